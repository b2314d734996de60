package tui

import (
	"runtime"

	tea "charm.land/bubbletea/v2"

	"figs/model"
	"figs/model/extract"
)

// document is the open article and what is known of it so far: its
// figures, found chunk by chunk by extract.Run (the one extraction path, the
// one figs facts takes), the first chunk before the first frame and the rest
// in the background.
type document struct {
	article model.Article
	title   string // the title as shown: one line, no controls
	gen     int    // bumped when another article is opened, to drop stale results
	run     extract.Run
	lang    string
	counted bool // whether the first chunk has been searched
	fig     figures
}

// open makes a the document's article; its figures are not searched yet.
func (d *document) open(a model.Article) {
	d.gen++
	d.article = a
	d.title = displayTitle(a)
	d.run = extract.Run{Text: a.Text, Blocks: extract.Blocks(a)}
	d.lang, d.counted = "", false
	d.fig = newFigures(len(a.Text))
}

// loaded reports whether an article with text is open.
func (d document) loaded() bool { return d.article.Text != "" }

// countFirst guesses the language and searches the first chunk, once: the
// reader does it before its first layout, so that the layout breaks no
// figure across lines. It reports whether it searched.
func (d *document) countFirst(override string) bool {
	if d.counted {
		return false
	}
	d.counted = true
	d.lang = extract.ArticleLang(d.article, override)
	d.run.Lang = d.lang
	d.fig.add(d.run.First())
	return true
}

// addChunk takes in the figures of the next chunk and returns the first
// block they cover; ok is false for a chunk of another article.
func (d *document) addChunk(msg figuresMsg) (from int, ok bool) {
	if msg.gen != d.gen {
		return 0, false
	}
	from = d.fig.nextBlk
	d.fig.add(msg.chunk)
	return from, true
}

// found is the figures found so far, as the store takes them.
func (d document) found() model.Facts { return d.fig.found(d.lang) }

// extractCmd finds the figures of the next chunks of whole blocks, one
// chunk per CPU side by side; nil once every figure is known.
func (d document) extractCmd() tea.Cmd {
	if !d.counted || d.fig.complete() {
		return nil
	}
	gen, run, from := d.gen, d.run, d.fig.nextBlk
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
