// Package check finds figures of one article that contradict each other: a
// stated change against the two values it relates, a multiple ("doubled",
// "halbiert") against its values, a word of direction against values that
// move the other way, parts above their whole, shares of one whole above
// 100%, and the same thing given two values.
//
// The checks read the figures package model/extract found and the words of
// their sentences, in English and German; the wordings they look for are
// data, in words_en.txt and words_de.txt. Every check allows for the
// rounding the text itself uses ("30%" is 29.5% to 30.5%, "12 million" 11.5
// to 12.5 million) and for its hedges ("about", "rund", "more than"), and
// stays silent where the wording leaves room for another reading: a false
// alarm costs a reviewer's trust, a missed one costs less.
//
// Everything here is a pure function of its input, keeps no state between
// calls and is safe for concurrent use.
package check

import (
	"cmp"
	"errors"
	"fmt"
	"slices"

	"figs/model"
)

// Article checks the figures facts of text (the text their offsets point
// into, as model/extract returns them for it) and returns the checks that
// fail, ordered by their first figure. facts.Lang picks the wordings:
// "de" German, anything else English. A check's Facts are Fact.IDs, which
// extract makes equal to the figures' indices in facts.Facts.
//
// The reader can show a check on the rows of its Facts, and its Message as
// the one-line reason; Kind.Weak() tells a "check this" from a contradiction.
// Figures that are not those of text (offsets out of range, out of order,
// overlapping, or Text not text[Start:End]) yield no checks, never a panic.
func Article(text string, facts model.Facts) []model.Check {
	return article(text, facts, nil)
}

// article is Article, recording in trace every comparison made.
func article(text string, facts model.Facts, trace *[]model.Check) []model.Check {
	fs := facts.Facts
	if len(fs) == 0 {
		return nil
	}
	// figures of another text, or out of order, are not checked
	prev := 0
	for _, f := range fs {
		if f.Start < prev || f.End < f.Start || f.End > len(text) || text[f.Start:f.End] != f.Text {
			return nil
		}
		prev = f.End
	}
	c := &checker{text: text, facts: fs, lang: facts.Lang, w: wordsOf(facts.Lang), trace: trace}
	c.eachSentence(func(s *sentence) {
		moves := c.moves(s)
		c.checkMoves(s, moves)
		if len(moves) == 0 {
			c.checkParts(s) // "von 100.000 auf 133.000" is no whole
		}
		c.checkShares(s)
		c.noteRepeats(s)
	})
	c.checkRepeats()
	slices.SortStableFunc(c.out, func(a, b model.Check) int { return cmp.Compare(a.Facts[0], b.Facts[0]) })
	return c.out
}

// checker holds one run of the checks over one article.
type checker struct {
	text    string
	facts   []model.Fact
	figs    []figure // the figures of the current sentence, read (see fig)
	figBase int      // index of the fact figs[0] reads
	lang    string
	w       *wording
	out     []model.Check
	repeats repeats
	trace   *[]model.Check // when not nil, every comparison made (see tried)
	arena   []byte         // lower-cased words of the current sentence
	pending []lowered      // which tokens' words lie in arena
}

// tried records that the figures facts (indices) were compared for a check
// of kind, whether or not it failed: tests read the trace to see what the
// checks looked at.
func (c *checker) tried(kind model.CheckKind, facts []int) {
	if c.trace == nil {
		return
	}
	ids := make([]int, len(facts))
	for n, i := range facts {
		ids[n] = c.facts[i].ID
	}
	*c.trace = append(*c.trace, model.Check{Kind: kind, Facts: ids})
}

// fig returns fact i as read for checking; i is a fact of the current
// sentence.
func (c *checker) fig(i int) figure { return c.figs[i-c.figBase] }

// add records a check on facts (indices), by ID.
func (c *checker) add(kind model.CheckKind, facts []int, msg string) {
	ids := make([]int, 0, len(facts))
	for _, i := range facts {
		ids = append(ids, c.facts[i].ID)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	c.out = append(c.out, model.Check{Kind: kind, Facts: ids, Message: msg})
}

func errorf(format string, args ...any) error { return errors.New(fmt.Sprintf(format, args...)) }
