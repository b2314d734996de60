package check

import (
	"strconv"
	"strings"
	"testing"

	"figs/model"
	"figs/model/extract"
)

// replaceNumber returns text with the first number written in fact f
// replaced by num.
func replaceNumber(text string, f model.Fact, num string) (string, bool) {
	i := strings.IndexAny(f.Text, "0123456789")
	if i < 0 {
		return "", false
	}
	j := i
	for j < len(f.Text) && (f.Text[j] >= '0' && f.Text[j] <= '9' || (f.Text[j] == '.' || f.Text[j] == ',') && j+1 < len(f.Text) && f.Text[j+1] >= '0' && f.Text[j+1] <= '9') {
		j++
	}
	return text[:f.Start+i] + num + text[f.Start+j:], true
}

// TestCorpusMutations measures how often a check fires on the corpus's own
// sentences once their figures are made to disagree: every comparison the
// checks made over ../shared/corpora (all of them consistent) is broken on
// purpose, one at a time, and checked again. A stated change becomes three
// times its value and more, a move's two values swap places, a whole
// shrinks to 1, a share in words gets a percentage far off, one share of
// a vote grows to 99%.
func TestCorpusMutations(t *testing.T) {
	docs := corpus(t)
	type result struct{ tried, found int }
	res := map[model.CheckKind]*result{}
	for _, k := range model.CheckKinds {
		res[k] = &result{}
	}
	for _, d := range docs {
		fs := extract.Extract(d.text, extract.Options{Lang: d.lang})
		var trace []model.Check
		article(d.text, fs, &trace)
		for _, tr := range trace {
			mutated, ok := mutate(d.text, fs, tr)
			if !ok {
				continue
			}
			r := res[tr.Kind]
			r.tried++
			fs2 := extract.Extract(mutated, extract.Options{Lang: d.lang})
			for _, c := range Article(mutated, fs2) {
				if c.Kind == tr.Kind || tr.Kind == model.CheckDirection && c.Kind == model.CheckChange {
					r.found++
					break
				}
			}
		}
	}
	total, found := 0, 0
	for _, k := range model.CheckKinds {
		r := res[k]
		total += r.tried
		found += r.found
		t.Logf("%-9s %3d of %3d broken comparisons found", k, r.found, r.tried)
	}
	if total == 0 {
		t.Skip("no comparisons in the corpora")
	}
	t.Logf("all: %d of %d (%.0f%%)", found, total, 100*float64(found)/float64(total))
	if found*10 < total*7 {
		t.Errorf("only %d of %d broken comparisons raise a check, want 70%% or more", found, total)
	}
}

// mutate breaks the comparison tr made in text, or reports false when it
// cannot.
func mutate(text string, fs model.Facts, tr model.Check) (string, bool) {
	f := func(n int) model.Fact { return fs.Facts[tr.Facts[n]] }
	switch tr.Kind {
	case model.CheckChange:
		if len(tr.Facts) != 3 {
			return "", false
		}
		st := f(2)
		return replaceNumber(text, st, strconv.Itoa(int(st.Value)*3+9))
	case model.CheckMultiple:
		return "", false // a multiple is a word, not a figure
	case model.CheckDirection:
		if len(tr.Facts) != 2 {
			return "", false
		}
		a, b := f(0), f(1)
		if a.Value == b.Value {
			return "", false
		}
		return text[:a.Start] + b.Text + text[a.End:b.Start] + a.Text + text[b.End:], true
	case model.CheckParts:
		whole := f(len(tr.Facts) - 1)
		if len(tr.Facts) > 2 || f(0).Kind == model.KindCount {
			whole = f(0) // "Of the 120 delegates, 70 ... 62": the whole comes first
		}
		return replaceNumber(text, whole, "1")
	case model.CheckShares:
		p := f(0)
		if len(tr.Facts) == 1 {
			num := "97"
			if p.Value > 50 {
				num = "3"
			}
			return replaceNumber(text, p, num)
		}
		return replaceNumber(text, p, "99")
	}
	return "", false
}
