package tui

import "github.com/charmbracelet/x/ansi"

// Screen sizes: below minWidth x minHeight only a notice is drawn; below
// wideWidth the sidebar gives way to a one-line figure bar and is drawn
// over the text when asked for.
const (
	minWidth   = 40
	minHeight  = 10
	wideWidth  = 80
	noteHeight = 3
)

// Sidebar widths: about a third of the screen, within these bounds; drawn
// over the text on narrow screens, overSidebar at most.
const (
	minSidebar  = 28
	maxSidebar  = 44
	overSidebar = 44
)

// sidePlace is where the sidebar is drawn.
type sidePlace int

const (
	sideHidden sidePlace = iota
	sideBeside           // beside the text, which is narrower
	sideOver             // over the right of the text (narrow screens)
)

// layout is where everything goes on a screen of one size, in one state:
// computed once in Update whenever the size, the sidebar or the note editor
// changes, from the styles' frame sizes, and used alike by rendering and by
// mouse hit-testing.
type layout struct {
	width, height int
	tooSmall      bool
	wide          bool
	side          sidePlace
	sideW         int // the sidebar's width, also when hidden
	sepW          int // the rule between the text and the sidebar
	paneW         int
	headerH       int
	bodyY, bodyH  int // first screen row of the text and the sidebar, and their height
	barY          int // the figure bar's row on narrow screens, or -1
	noteY         int // the note's title row, the editor below it, or -1
	footerY       int
	footerH       int
}

// layoutState is what of the reader's state changes the layout.
type layoutState struct {
	hideSide, narrowSide, note bool
}

func newLayout(st *styles, w, h int, s layoutState) layout {
	l := layout{width: w, height: h, barY: -1, noteY: -1}
	l.tooSmall = w < minWidth || h < minHeight
	l.wide = w >= wideWidth
	l.headerH = 1 + st.header.GetVerticalFrameSize()
	l.footerH = 1 + st.footer.GetVerticalFrameSize()
	l.sepW = ansi.StringWidth(st.border.Render(sideRule))
	if l.wide {
		l.sideW = min(max(w/3, minSidebar), maxSidebar)
	} else {
		l.sideW = min(overSidebar, max(w-6, 10))
	}
	switch {
	case l.wide && !s.hideSide:
		l.side = sideBeside
	case !l.wide && s.narrowSide:
		l.side = sideOver
	}
	l.bodyY = l.headerH
	rows := h - l.headerH - l.footerH
	if !l.wide {
		rows-- // the figure bar
	}
	if s.note {
		rows -= noteHeight + 1
	}
	l.bodyH = max(rows, 1)
	next := l.bodyY + l.bodyH
	if !l.wide {
		l.barY = next
		next++
	}
	if s.note {
		l.noteY = next
		next += noteHeight + 1
	}
	l.footerY = next
	l.paneW = w
	if l.side == sideBeside {
		l.paneW -= l.sideW + l.sepW
	}
	l.paneW = max(l.paneW, 1)
	return l
}

// sideRule is drawn between the text and the sidebar.
const sideRule = "│"

// sideShown reports whether the sidebar is on screen.
func (l layout) sideShown() bool { return l.side != sideHidden }

// inSidebar reports whether column x is on the sidebar.
func (l layout) inSidebar(x int) bool { return l.sideShown() && x >= l.width-l.sideW }

// coverW is how much of the text is left beside a sidebar drawn over it.
func (l layout) coverW() int { return max(l.width-l.sideW-l.sepW, 0) }
