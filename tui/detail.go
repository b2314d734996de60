package tui

import (
	"math"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"figs/model"
)

// detailBox is the box under the sidebar's rows: the selected figure, its
// sentence, the bars of a comparison, the comparison with a pinned figure,
// the note, and the lines other parts add (a check's message). It is drawn
// in Update when its inputs change; View only copies its lines.
type detailBox struct {
	lines []string
	key   detailKey
	drawn bool
}

// detailInput is everything the detail box draws from.
type detailInput struct {
	fig              figures
	text             string
	selected, pinned int
	note             string
	marksVer         int
	extra            []string
	width, height    int
}

// detailKey is what the box was drawn for. The figures only grow while an
// article is open, so their number stands for them, and marksVer for the note.
type detailKey struct {
	selected, pinned, width, height, facts, marksVer int
	dark                                             bool
	extra                                            string
}

func (m sidebar) detailInput(in sideInput) detailInput {
	return detailInput{
		fig: in.fig, text: in.text, selected: m.selected, pinned: m.pinned,
		note: in.rev.noteOf(m.selected), marksVer: in.rev.ver, extra: in.extra,
		width: m.width, height: m.height,
	}
}

// refresh draws the box again when its inputs changed.
func (m *detailBox) refresh(st *styles, in detailInput) {
	k := detailKey{
		selected: in.selected, pinned: in.pinned, width: in.width, height: in.height,
		facts: len(in.fig.facts), marksVer: in.marksVer, dark: st.isDark, extra: strings.Join(in.extra, "\n"),
	}
	if m.drawn && k == m.key {
		return
	}
	m.lines = drawDetail(st, in)
	m.key, m.drawn = k, true
}

// drawDetail draws the box, each line in.width columns; none on a short
// sidebar or without a selection.
func drawDetail(st *styles, in detailInput) []string {
	fig := in.fig
	if in.selected < 0 || in.selected >= len(fig.facts) || in.height < 12 {
		return nil
	}
	f := fig.facts[in.selected]
	inner := max(in.width-st.detail.GetHorizontalFrameSize(), 4)
	var lines []string
	display, start, end := displayOf(f), f.Start, f.End
	cmp, isCmp := fig.comparison(in.selected)
	if isCmp {
		// a comparison row: the comparison itself, in the sentences of both figures
		if cmp.Display != "" {
			display = cmp.Display
		}
		a, b := fig.facts[cmp.A], fig.facts[cmp.B]
		start, end = min(a.Start, b.Start), max(a.End, b.End)
	}
	head := st.sideKind[f.Kind].Render(kindSymbol(f.Kind)+" "+string(f.Kind)) + " " + st.sideTitle.Render(clean(display))
	lines = append(lines, ansi.Truncate(head, inner, "…"))
	sentence := joinFields(clean(sentenceAround(in.text, start, end)))
	wrapped := wrapPlain(sentence, inner)
	maxSentence := max(min(6, in.height/4), 2)
	if len(wrapped) > maxSentence {
		wrapped = wrapped[:maxSentence]
		wrapped[maxSentence-1] = ansi.Truncate(wrapped[maxSentence-1], inner-1, "") + "…"
	}
	lines = append(lines, wrapped...)
	if isCmp {
		lines = append(lines, comparisonBars(st, fig, cmp, inner)...)
	}
	if in.pinned >= 0 && in.pinned < len(fig.facts) && in.pinned != in.selected {
		p := fig.facts[in.pinned]
		if phrase, ok := pinPhrase(f, p); ok {
			lines = append(lines, ansi.Truncate(st.sideDim.Render("against pin "+clean(displayOf(p))+":"), inner, "…"),
				ansi.Truncate(st.pin.Render(phrase), inner, "…"))
		} else {
			lines = append(lines, ansi.Truncate(st.sideDim.Render("pin "+clean(displayOf(p))+": other unit"), inner, "…"))
		}
	}
	if in.note != "" {
		note := joinFields(clean(in.note))
		lines = append(lines, ansi.Truncate(st.detailLabel.Render("note: ")+note, inner, "…"))
	}
	for _, x := range in.extra {
		lines = append(lines, wrapHanging(x, inner)...)
	}
	box := strings.Split(st.detail.Width(in.width).Render(strings.Join(lines, "\n")), "\n")
	for i := range box {
		box[i] = fit(box[i], in.width)
	}
	return box
}

// comparisonBars draws the two values of c as bars of proportional length.
func comparisonBars(st *styles, fig figures, c model.Comparison, inner int) []string {
	a, b := fig.facts[c.A], fig.facts[c.B]
	la, lb := model.FormatQuantity(a.Value, a.Unit), model.FormatQuantity(b.Value, b.Unit)
	labelW := max(ansi.StringWidth(la), ansi.StringWidth(lb))
	barW := max(inner-labelW-1, 1)
	top := math.Max(math.Abs(a.Value), math.Abs(b.Value))
	n := func(v float64) int {
		if top == 0 {
			return 0
		}
		return max(int(math.Round(math.Abs(v)/top*float64(barW))), 1)
	}
	pad := func(s string) string { return s + strings.Repeat(" ", labelW-ansi.StringWidth(s)) }
	return []string{
		pad(la) + " " + st.barA.Render(strings.Repeat("█", n(a.Value))),
		pad(lb) + " " + st.barB.Render(strings.Repeat("█", n(b.Value))),
	}
}

// wrapHanging wraps x to w columns, its continuation lines indented as
// far as x is (the lines under a check: "  check note: …").
func wrapHanging(x string, w int) []string {
	body := strings.TrimLeft(x, " ")
	n := len(x) - len(body)
	if n == 0 || n >= w/2 {
		return strings.Split(ansi.Wrap(x, w, ""), "\n")
	}
	out := strings.Split(ansi.Wrap(body, w-n, ""), "\n")
	for i := range out {
		out[i] = x[:n] + out[i]
	}
	return out
}
