package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// tags strips HTML crudely: enough to run the HTML corpus through the
// engine, which must hold its invariants on any text.
var tags = regexp.MustCompile(`(?s)<script.*?</script>|<style.*?</style>|<[^>]*>`)

// TestCorpus runs every file of ../shared/corpora through Extract in both
// languages and checks the invariants.
func TestCorpus(t *testing.T) {
	for _, path := range corpusFiles(t) {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		if strings.HasSuffix(path, ".html") {
			text = tags.ReplaceAllString(text, " ")
		}
		name := filepath.Base(filepath.Dir(path)) + "/" + filepath.Base(path)
		for _, lang := range []string{"", "de", "en"} {
			checkInvariants(t, name+" "+lang, text, Extract(text, Options{Lang: lang}))
		}
	}
}
