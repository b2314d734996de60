package extract

import (
	"os"
	"path/filepath"
	"reflect"
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

// TestAnchorFilter checks that skipping the opening words with no anchor
// close behind (see anchorNear) changes nothing: every corpus file gives
// the same figures, labels and comparisons with and without the filter.
func TestAnchorFilter(t *testing.T) {
	files := corpusFiles(t)
	if testing.Short() {
		files = files[:min(len(files), 60)]
	}
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		if strings.HasSuffix(path, ".html") {
			text = tags.ReplaceAllString(text, " ")
		}
		for _, lang := range []string{"de", "en"} {
			fast, all := extract(text, Options{Lang: lang}, false), extract(text, Options{Lang: lang}, true)
			if !reflect.DeepEqual(fast, all) {
				t.Errorf("%s (%s): the anchor filter changes the result:\nfiltered %+v\nexhaustive %+v", filepath.Base(path), lang, fast.Facts, all.Facts)
			}
		}
	}
}
