package tui

import (
	"runtime"

	tea "charm.land/bubbletea/v2"

	"figs/model"
	"figs/model/extract"
)

// document is the open article and what is known of it so far: its
// figures, found chunk by chunk by extract.Run (the one extraction path, the
// one figs facts takes) in the background, from the first layout on. The
// first frame does not wait for them: the language guess, the lexicons and
// the first chunk take a few milliseconds, and the frame is laid out again
// where a figure found later is broken across lines (articlePane.setFacts).
type document struct {
	article  model.Article
	title    string // the title as shown: one line, no controls
	gen      int    // bumped when another article is opened, to drop stale results
	override string // the language asked for; "" or "auto" guesses
	run      extract.Run
	lang     string // the language of the figures, known with the first chunk
	started  bool   // whether the search for figures has started
	fig      figures
}

// open makes a the document's article; its figures are not searched yet.
// lang overrides the article's language unless "" or "auto".
func (d *document) open(a model.Article, lang string) {
	d.gen++
	d.article = a
	d.title = displayTitle(a)
	d.override = lang
	d.run = extract.Run{Text: a.Text, Blocks: extract.Blocks(a)}
	d.lang, d.started = "", false
	d.fig = newFigures(len(a.Text))
}

// loaded reports whether an article with text is open.
func (d document) loaded() bool { return d.article.Text != "" }

// start lets the search for figures begin: the reader calls it with the
// first layout, so that the search does not compete with the start-up.
func (d *document) start() { d.started = true }

// addChunk takes in the figures of the next chunk and returns the first
// block they cover; ok is false for a chunk of another article.
func (d *document) addChunk(msg figuresMsg) (from int, ok bool) {
	if msg.gen != d.gen {
		return 0, false
	}
	if msg.lang != "" {
		d.lang, d.run.Lang = msg.lang, msg.lang
	}
	from = d.fig.nextBlk
	d.fig.add(msg.chunk)
	return from, true
}

// found is the figures found so far, as the store takes them.
func (d document) found() model.Facts { return d.fig.found(d.lang) }

// extractCmd finds the figures of the next chunks of whole blocks, one
// chunk per CPU side by side; first the language and the first, small chunk
// (extract.FirstChunk), so that the first figures come at once. It is nil
// once every figure is known.
func (d document) extractCmd() tea.Cmd {
	if !d.started || d.fig.complete() {
		return nil
	}
	gen, run, from := d.gen, d.run, d.fig.nextBlk
	if d.lang == "" {
		a, override := d.article, d.override
		return func() tea.Msg {
			run.Lang = extract.ArticleLang(a, override)
			return figuresMsg{gen: gen, chunk: run.First(), lang: run.Lang}
		}
	}
	return func() tea.Msg {
		return figuresMsg{gen: gen, chunk: run.Next(from, runtime.GOMAXPROCS(0))}
	}
}

// displayTitle is the title of a as the header shows it: one line without
// control characters, and not longer than any screen.
func displayTitle(a model.Article) string {
	t := a.Title
	if t == "" {
		t = a.Source
	}
	if len(t) > 600 {
		t = t[:runeStart(t, 600)]
	}
	return joinFields(clean(t))
}
