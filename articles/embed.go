package articles

import (
	"embed"
	"fmt"

	"figs/model"
)

// embedded holds the default article and the sample articles of the
// embedded library, so figs opens something useful with no arguments and
// needs no file beside the binary.
//
//go:embed default.txt samples
var embedded embed.FS

// DefaultSource is the source name of the embedded default article.
const DefaultSource = "default"

// defaultName is the default article's name in the embedded library.
const defaultName = "default.txt"

// Default returns the embedded default article, cleaned like any other.
func Default() (model.Article, error) {
	data, err := embedded.ReadFile(defaultName)
	if err != nil {
		return model.Article{}, fmt.Errorf("read default article: %w", err)
	}
	return Parse(DefaultSource, data, Options{})
}
