package model

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"figs/model/testkit"
)

var corpusNumber = regexp.MustCompile(`\d+(?:[.,]\d+)*%?`)

// corpusParagraphs reads a corpus file as cleaned paragraphs.
func corpusParagraphs(t *testing.T, path string) []string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var paras []string
	for _, p := range strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	return paras
}

// numberFacts stands in for extraction: every run of digits is a figure.
func numberFacts(text string) []Fact {
	var facts []Fact
	for _, loc := range corpusNumber.FindAllStringIndex(text, -1) {
		facts = append(facts, Fact{ID: len(facts), Text: text[loc[0]:loc[1]], Start: loc[0], End: loc[1]})
	}
	return facts
}

// TestAttachCorpus marks every figure of real news articles, edits each
// article, and checks where the marks land: a paragraph inserted at the
// top moves nothing, a word changed in the middle paragraph loses no mark,
// and a deleted paragraph orphans exactly its own figures.
func TestAttachCorpus(t *testing.T) {
	root := testkit.Corpora(t)
	var files []string
	for _, lang := range []string{"en-bbc", "de-news"} {
		m, _ := filepath.Glob(filepath.Join(root, lang, "*.txt"))
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("skipping: no corpus articles")
	}
	tested := 0
	for _, path := range files {
		paras := corpusParagraphs(t, path)
		if len(paras) < 4 {
			continue
		}
		text := strings.Join(paras, "\n\n")
		facts := numberFacts(text)
		if len(facts) == 0 {
			continue
		}
		tested++
		marks := make([]Mark, len(facts))
		keys := FigureKeys(text, facts)
		for i, f := range facts {
			marks[i] = Mark{FactID: i, Key: keys[i], Text: f.Text, Verdict: Verified, Note: strconv.Itoa(i)}
		}
		name := filepath.Base(path)

		// A new paragraph after the title shifts every figure.
		ins := "A new paragraph with 424242 words."
		edited := strings.Join(append([]string{paras[0], ins}, paras[1:]...), "\n\n")
		efacts := numberFacts(edited)
		for _, m := range Attach(marks, edited, efacts) {
			orig, _ := strconv.Atoi(m.Note)
			want := facts[orig].Start
			if want > len(paras[0]) {
				want += len(ins) + len("\n\n")
			}
			if m.FactID < 0 || efacts[m.FactID].Start != want {
				t.Errorf("%s, paragraph inserted: mark on %q went to %d", name, m.Text, m.FactID)
				break
			}
		}

		// The word just before the middle paragraph's first figure changes.
		mid := len(paras) / 2
		if loc := corpusNumber.FindStringIndex(paras[mid]); loc != nil {
			p := paras[mid]
			before := strings.LastIndex(strings.TrimRight(p[:loc[0]], " "), " ")
			if before > 0 {
				np := p[:before] + " zzz " + p[loc[0]:]
				edited := strings.Join(slicesReplace(paras, mid, np), "\n\n")
				efacts := numberFacts(edited)
				editAt := len(strings.Join(paras[:mid], "\n\n")) + len("\n\n") + before
				for _, m := range Attach(marks, edited, efacts) {
					orig, _ := strconv.Atoi(m.Note)
					want := facts[orig].Start
					if want > editAt {
						want += len(np) - len(p)
					}
					if m.FactID < 0 || efacts[m.FactID].Start != want {
						t.Errorf("%s, word changed: mark on %q went to %d", name, m.Text, m.FactID)
						break
					}
				}
			}
		}

		// The middle paragraph is deleted.
		kept := append(append([]string{}, paras[:mid]...), paras[mid+1:]...)
		edited = strings.Join(kept, "\n\n")
		gone := len(corpusNumber.FindAllString(paras[mid], -1))
		orphans := 0
		for _, m := range Attach(marks, edited, numberFacts(edited)) {
			if m.FactID < 0 {
				orphans++
			}
		}
		if orphans != gone {
			t.Errorf("%s, paragraph deleted: %d orphans, want %d", name, orphans, gone)
		}
	}
	t.Logf("%d corpus articles edited and re-attached", tested)
}

func slicesReplace(s []string, i int, v string) []string {
	out := append([]string{}, s...)
	out[i] = v
	return out
}
