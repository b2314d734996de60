package check

import (
	"embed"
	"strconv"
	"strings"
	"sync"
)

// wordFiles holds the wordings of each language, one file per language
// (words_de.txt, words_en.txt): data beside the code that reads it.
//
//go:embed words_*.txt
var wordFiles embed.FS

// The parsed wordings are built on first use, once, and only read after.
var (
	germanWords  = sync.OnceValue(func() *wording { return mustWording("de") })
	englishWords = sync.OnceValue(func() *wording { return mustWording("en") })
)

// wordsOf returns the wordings of lang, English for any language without
// its own.
func wordsOf(lang string) *wording {
	if lang == "de" {
		return germanWords()
	}
	return englishWords()
}

// phrase is one wording: lower-case words, each matching a token's word
// exactly or, ending in "*", any word it begins. val is the number the
// wording stands for (a factor or a share), bound '>' or '<' when it says
// "more" or "less than" val.
type phrase struct {
	words []string
	val   float64
	bound byte
}

// list is one section of a wording file, indexed by first word.
type list struct {
	byFirst  map[string][]phrase
	prefixed []phrase        // phrases whose first word ends in "*"
	last     map[string]bool // the last word of every phrase, for endsAt
	lastPre  []string        // last words ending in "*", without it
}

// wording is every list of one language.
type wording struct {
	lang                                  string
	rise, fall, to, from, since, alone    list
	filler, by, about, nearly, over       list
	under, negation, rate, adjusted       list
	clauseBreak, multiple, fraction       list
	whole, notWhole, wholeOf, partOf      list
	notParts, definite, indefinite, attrs list
	riseParticle, fallParticle            list
}

func mustWording(lang string) *wording {
	data, err := wordFiles.ReadFile("words_" + lang + ".txt")
	if err != nil {
		panic("check: missing wordings for " + lang) // embedded: a build error, not input
	}
	w, err := parseWording(lang, string(data))
	if err != nil {
		panic("check: words_" + lang + ".txt: " + err.Error())
	}
	return w
}

// parseWording reads a wording file: "[section]" lines open a section,
// "#" lines are comments, every other line is a phrase, optionally led by
// a number.
func parseWording(lang, data string) (*wording, error) {
	w := &wording{lang: lang}
	sections := map[string]*list{
		"rise": &w.rise, "fall": &w.fall, "to": &w.to, "from": &w.from, "since": &w.since,
		"since-alone": &w.alone, "filler": &w.filler, "by": &w.by, "about": &w.about,
		"nearly": &w.nearly, "over": &w.over, "under": &w.under, "negation": &w.negation,
		"rate": &w.rate, "adjusted": &w.adjusted, "clause-break": &w.clauseBreak,
		"multiple": &w.multiple, "fraction": &w.fraction, "whole": &w.whole,
		"not-whole": &w.notWhole, "whole-of": &w.wholeOf, "part-of": &w.partOf,
		"not-parts": &w.notParts, "definite": &w.definite, "indefinite": &w.indefinite,
		"attributive": &w.attrs, "rise-particle": &w.riseParticle, "fall-particle": &w.fallParticle,
	}
	var cur *list
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if name, ok := strings.CutPrefix(line, "["); ok {
			name = strings.TrimSuffix(name, "]")
			if cur = sections[name]; cur == nil {
				return nil, errorf("line %d: unknown section %q", n+1, name)
			}
			continue
		}
		if cur == nil {
			return nil, errorf("line %d: phrase before any section", n+1)
		}
		fields := strings.Fields(line)
		var p phrase
		if c := fields[0][0]; c >= '0' && c <= '9' || c == '>' || c == '<' {
			num := fields[0]
			if c == '>' || c == '<' {
				p.bound, num = c, num[1:]
			}
			v, err := strconv.ParseFloat(num, 64)
			if err != nil || len(fields) < 2 {
				return nil, errorf("line %d: bad value %q", n+1, fields[0])
			}
			p.val, fields = v, fields[1:]
		}
		p.words = fields
		cur.add(p)
	}
	for name, l := range sections {
		if len(l.byFirst) == 0 && len(l.prefixed) == 0 {
			return nil, errorf("section %q is missing or empty", name)
		}
	}
	return w, nil
}

func (l *list) add(p phrase) {
	lw := p.words[len(p.words)-1]
	if pre, ok := strings.CutSuffix(lw, "*"); ok {
		l.lastPre = append(l.lastPre, pre)
	} else {
		if l.last == nil {
			l.last = map[string]bool{}
		}
		l.last[lw] = true
	}
	if first := p.words[0]; strings.HasSuffix(first, "*") {
		l.prefixed = append(l.prefixed, p)
		return
	}
	if l.byFirst == nil {
		l.byFirst = map[string][]phrase{}
	}
	// longest phrases first, so "up from" wins over "up"
	ps := append(l.byFirst[p.words[0]], p)
	for i := len(ps) - 1; i > 0 && len(ps[i].words) > len(ps[i-1].words); i-- {
		ps[i], ps[i-1] = ps[i-1], ps[i]
	}
	l.byFirst[p.words[0]] = ps
}

// wordMatches reports whether pattern word p matches word w.
func wordMatches(p, w string) bool {
	if pre, ok := strings.CutSuffix(p, "*"); ok {
		return strings.HasPrefix(w, pre)
	}
	return p == w
}

// match tries the phrases of l at token i of toks and returns the longest
// that matches and the index just after it.
func (l *list) match(toks []token, i int) (phrase, int, bool) {
	if i < 0 || i >= len(toks) || toks[i].kind != tWord {
		return phrase{}, i, false
	}
	try := func(p phrase) (int, bool) {
		k := i
		for _, pw := range p.words {
			// a later word may be a figure in words: "one in four"
			if k >= len(toks) || toks[k].kind == tPunct || toks[k].kind == tFig && k == i || !wordMatches(pw, toks[k].lower) {
				return i, false
			}
			k++
		}
		return k, true
	}
	for _, p := range l.byFirst[toks[i].lower] {
		if j, ok := try(p); ok {
			return p, j, true
		}
	}
	for _, p := range l.prefixed {
		if j, ok := try(p); ok {
			return p, j, true
		}
	}
	return phrase{}, i, false
}

// at reports whether a phrase of l starts at token i.
func (l *list) at(toks []token, i int) bool {
	_, _, ok := l.match(toks, i)
	return ok
}

// endsAt reports whether a phrase of l ends just before token j (its last
// word is token j-1), and returns where the longest such phrase starts.
func (l *list) endsAt(toks []token, j int) (int, bool) {
	if j <= 0 || j > len(toks) || !l.endsWith(toks[j-1].lower) {
		return j, false
	}
	for i := max(j-4, 0); i < j; i++ {
		if _, k, ok := l.match(toks, i); ok && k == j {
			return i, true
		}
	}
	return j, false
}

// endsWith reports whether some phrase of l may end in word w.
func (l *list) endsWith(w string) bool {
	if l.last[w] {
		return true
	}
	for _, pre := range l.lastPre {
		if strings.HasPrefix(w, pre) {
			return true
		}
	}
	return false
}

// anyIn reports whether a phrase of l starts among tokens [from, to).
func (l *list) anyIn(toks []token, from, to int) bool {
	for i := max(from, 0); i < to && i < len(toks); i++ {
		if l.at(toks, i) {
			return true
		}
	}
	return false
}
