package tui

import (
	"github.com/charmbracelet/x/ansi"

	"figs/model"
)

// orphansOf keeps the marks of figures that the article no longer has: the
// store returns them with FactID -1 after the text changed.
func orphansOf(marks []model.Mark) []model.Mark {
	var out []model.Mark
	for _, mk := range marks {
		if mk.FactID < 0 {
			out = append(out, mk)
		}
	}
	return out
}

// orphanLines lists the orphaned marks for the full help, at most limit
// lines, each at most w columns: the verdict, the figure's text as it was
// marked, and the note.
func (m review) orphanLines(st *styles, w, limit int) []string {
	n := len(m.orphans)
	if n == 0 || limit < 2 {
		return nil
	}
	head := model.FormatCount(n, "orphaned mark", "orphaned marks") + ": figures no longer in the text"
	lines := []string{ansi.Truncate(st.detailLabel.Render(head), w, "…")}
	shown := min(n, limit-1)
	if shown < n {
		shown = max(limit-2, 0)
	}
	for _, mk := range m.orphans[:shown] {
		v := mk.Verdict.Normal()
		text := v.Symbol() + " " + joinFields(clean(mk.Text)) + " · " + string(v)
		if mk.Note != "" {
			text += " · note: " + joinFields(clean(mk.Note))
		}
		body, _ := truncPlain(text, w)
		lines = append(lines, body)
	}
	if shown < n {
		lines = append(lines, ansi.Truncate(st.sideDim.Render("… and "+model.FormatCount(n-shown, "more", "more")), w, "…"))
	}
	return lines
}
