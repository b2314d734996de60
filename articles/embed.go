package articles

import (
	"embed"

	"figs/model"
)

// embedded holds the default article, so figs opens something useful with no
// arguments and needs no file beside the binary.
//
//go:embed default.txt
var embedded embed.FS

// DefaultSource is the source name of the embedded default article.
const DefaultSource = "default"

// Default returns the embedded default article, cleaned like any other.
func Default() (model.Article, error) {
	data, err := embedded.ReadFile("default.txt")
	if err != nil {
		return model.Article{}, err
	}
	return Parse(DefaultSource, data, Options{})
}
