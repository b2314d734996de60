package check

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"figs/model"
	"figs/model/extract"
	"figs/model/testkit"
)

// tags strips HTML crudely: enough to run the saved pages through the
// checks, which must hold their promises on any text.
var tags = regexp.MustCompile(`(?s)<script.*?</script>|<style.*?</style>|<[^>]*>`)

// corpusDoc is one corpus file as text, with its language.
type corpusDoc struct {
	name, lang, text string
}

// corpus reads every article of ../shared/corpora: the German and English
// news as they are, the saved pages with their tags stripped.
func corpus(t testing.TB) []corpusDoc {
	t.Helper()
	root := testkit.Corpora(t)
	var docs []corpusDoc
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		name, _ := filepath.Rel(root, path)
		lang := ""
		switch {
		case strings.HasPrefix(name, "de-news"):
			lang = "de"
		case strings.HasPrefix(name, "en-bbc"):
			lang = "en"
		case strings.HasSuffix(name, "source.html"):
		default:
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		text := string(b)
		if lang == "" {
			text = tags.ReplaceAllString(text, " ")
			lang = extract.DetectLang(text)
		}
		docs = append(docs, corpusDoc{name: name, lang: lang, text: text})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) == 0 {
		t.Skip("skipping: no articles in the corpora")
	}
	return docs
}

// sentenceAround returns the sentence holding offset i of text, for logs.
func sentenceAround(text string, start, end int) string {
	lo := max(0, start-160)
	hi := min(len(text), end+100)
	for lo > 0 && !strings.ContainsAny(text[lo-1:lo], ".\n") && lo > start-400 {
		lo--
	}
	for lo < start && (text[lo]&0xC0) == 0x80 {
		lo++
	}
	for hi < len(text) && (text[hi]&0xC0) == 0x80 {
		hi++
	}
	return strings.Join(strings.Fields(text[lo:hi]), " ")
}

// TestCorpus runs the checks over every article of the corpora: each check
// names figures of its article, in order, with a one-line message; the
// default article gets none; and the checks raised stay few (a flood of
// them would be false alarms). With -v it lists every check raised and
// counts the comparisons made of each kind, for reading by hand.
func TestCorpus(t *testing.T) {
	docs := corpus(t)
	tried := map[model.CheckKind]int{}
	raised := map[model.CheckKind]int{}
	articles := 0
	for _, d := range docs {
		fs := extract.Extract(d.text, extract.Options{Lang: d.lang})
		var trace []model.Check
		cs := article(d.text, fs, &trace)
		for _, c := range trace {
			tried[c.Kind]++
			if testing.Verbose() && len(c.Facts) > 0 {
				f, l := fs.Facts[c.Facts[0]], fs.Facts[c.Facts[len(c.Facts)-1]]
				t.Logf("compared %s %v in %s: %s", c.Kind, c.Facts, d.name, sentenceAround(d.text, f.Start, l.End))
			}
		}
		if len(cs) > 0 {
			articles++
		}
		for _, c := range cs {
			raised[c.Kind]++
			if len(c.Facts) == 0 || !slices.IsSorted(c.Facts) || c.Facts[0] < 0 || c.Facts[len(c.Facts)-1] >= len(fs.Facts) {
				t.Errorf("%s: check %+v names no figures or figures out of range", d.name, c)
				continue
			}
			if c.Message == "" || strings.ContainsAny(c.Message, "\n\r") || !slices.Contains(model.CheckKinds, c.Kind) {
				t.Errorf("%s: check %+v: want a known kind and a one-line message", d.name, c)
			}
			f := fs.Facts[c.Facts[0]]
			t.Logf("%s: %s %v: %s\n    %s", d.name, c.Kind, c.Facts, c.Message, sentenceAround(d.text, f.Start, fs.Facts[c.Facts[len(c.Facts)-1]].End))
		}
	}
	for _, k := range model.CheckKinds {
		t.Logf("%-9s compared %4d times, raised %d", k, tried[k], raised[k])
	}
	t.Logf("%d articles, %d with a check", len(docs), articles)
	if articles*50 > len(docs) {
		t.Errorf("%d of %d articles raise a check: real articles rarely contradict themselves, so most of these are false alarms", articles, len(docs))
	}
}

// TestDefaultArticle: the article figs opens with raises no check.
func TestDefaultArticle(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(testkit.ModuleRoot(t), "articles", "default.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	fs := extract.Extract(text, extract.Options{})
	if len(fs.Facts) < 5 {
		t.Fatalf("the default article has %d figures, want several", len(fs.Facts))
	}
	if cs := Article(text, fs); len(cs) != 0 {
		t.Errorf("the default article raises checks:\n%s", describe(fs, cs))
	}
}
