package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// headerInput is what the header line shows: the title on the left; on the
// right the review progress, then any segments other parts add (the count
// of other reviewers present, of open checks, the store's state), then the
// reading position.
type headerInput struct {
	title    string
	progress string
	extras   []string
	alert    string // what is wrong (the database is down), drawn first, in the error colour
	percent  int
}

// drawHeader draws the header line, exactly w columns wide.
func drawHeader(st *styles, w int, in headerInput) string {
	right := in.progress
	for _, x := range in.extras {
		right += " · " + x
	}
	right += fmt.Sprintf(" · %d%%", in.percent)
	alert := ""
	if in.alert != "" {
		alert = in.alert + " · "
	}
	rw := ansi.StringWidth(alert) + ansi.StringWidth(right)
	left, lw := truncPlain(in.title, max(w-rw-2, 0))
	var b strings.Builder
	b.WriteString(st.header.Render(left))
	b.WriteString(strings.Repeat(" ", max(w-lw-rw, 0)))
	if alert != "" {
		b.WriteString(st.errStatus.Render(alert))
	}
	b.WriteString(st.headerDim.Render(right))
	if lw+rw > w || !simpleText(left) {
		return fit(b.String(), w)
	}
	return b.String()
}
