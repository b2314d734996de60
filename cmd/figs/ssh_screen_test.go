package main

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// screen is a small terminal emulator for tests: enough of VT100/xterm
// (cursor moves, erases, insert/delete, scroll regions, repeat) to rebuild
// what a reviewer sees from the bytes a session sent. Colours and modes are
// ignored.
type screen struct {
	w, h          int
	cells         [][]string
	x, y          int
	top, bottom   int // scroll region, inclusive rows
	savedX, saved int
	last          string // last printed grapheme, for REP
}

func newScreen(w, h int) *screen {
	s := &screen{}
	s.resize(w, h)
	return s
}

// resize changes the size, keeping what fits, as a terminal window does.
func (s *screen) resize(w, h int) {
	cells := make([][]string, h)
	for y := range cells {
		cells[y] = make([]string, w)
		for x := range cells[y] {
			cells[y][x] = " "
			if y < len(s.cells) && x < len(s.cells[y]) {
				cells[y][x] = s.cells[y][x]
			}
		}
	}
	s.w, s.h, s.cells = w, h, cells
	s.top, s.bottom = 0, h-1
	s.x, s.y = min(s.x, w-1), min(s.y, h-1)
}

// String returns the screen's rows, right-trimmed, one per line.
func (s *screen) String() string {
	rows := make([]string, s.h)
	for y := range s.cells {
		rows[y] = s.row(y)
	}
	return strings.Join(rows, "\n")
}

// row returns row y, right-trimmed.
func (s *screen) row(y int) string {
	return strings.TrimRight(strings.Join(s.cells[y], ""), " ")
}

// feed interprets data.
func (s *screen) feed(data string) {
	p := ansi.NewParser()
	var state byte
	for len(data) > 0 {
		seq, width, n, newState := ansi.DecodeSequence(data, state, p)
		state = newState
		data = data[n:]
		switch {
		case width > 0:
			s.print(seq, width)
		case len(seq) == 1:
			s.control(seq[0])
		case strings.HasPrefix(seq, "\x1b["):
			s.csi(ansi.Cmd(p.Command()), p.Params())
		case len(seq) == 2 && seq[0] == 0x1b:
			s.esc(seq[1])
		}
	}
}

func (s *screen) print(g string, width int) {
	if s.x+width > s.w {
		s.x = 0
		s.lineFeed()
	}
	s.cells[s.y][s.x] = g
	for i := 1; i < width && s.x+i < s.w; i++ {
		s.cells[s.y][s.x+i] = ""
	}
	s.x += width
	s.last = g
}

func (s *screen) control(c byte) {
	switch c {
	case '\r':
		s.x = 0
	case '\n', '\v', '\f':
		s.lineFeed()
	case '\b':
		s.x = max(0, s.x-1)
	case '\t':
		s.x = min(s.w-1, (s.x/8+1)*8)
	}
}

func (s *screen) esc(c byte) {
	switch c {
	case '7':
		s.savedX, s.saved = s.x, s.y
	case '8':
		s.x, s.y = s.savedX, s.saved
	case 'D':
		s.lineFeed()
	case 'E':
		s.x = 0
		s.lineFeed()
	case 'M':
		if s.y == s.top {
			s.scrollDown(1)
		} else {
			s.y = max(0, s.y-1)
		}
	}
}

func (s *screen) lineFeed() {
	if s.y == s.bottom {
		s.scrollUp(1)
		return
	}
	s.y = min(s.h-1, s.y+1)
}

// scrollUp moves the scroll region up n rows, blanking the bottom.
func (s *screen) scrollUp(n int) {
	for range n {
		copy(s.cells[s.top:s.bottom+1], s.cells[s.top+1:s.bottom+1])
		s.cells[s.bottom] = blankRow(s.w)
	}
}

// scrollDown moves the scroll region down n rows, blanking the top.
func (s *screen) scrollDown(n int) {
	for range n {
		copy(s.cells[s.top+1:s.bottom+1], s.cells[s.top:s.bottom])
		s.cells[s.top] = blankRow(s.w)
	}
}

func blankRow(w int) []string {
	r := make([]string, w)
	for i := range r {
		r[i] = " "
	}
	return r
}

func (s *screen) erase(y, from, to int) {
	for x := max(0, from); x < min(s.w, to); x++ {
		s.cells[y][x] = " "
	}
}

func (s *screen) csi(cmd ansi.Cmd, params ansi.Params) {
	if cmd.Prefix() != 0 || cmd.Intermediate() != 0 {
		return // private modes and the like
	}
	arg := func(i, def int) int {
		v, _, _ := params.Param(i, def)
		if v == 0 {
			v = def
		}
		return v
	}
	n := arg(0, 1)
	switch cmd.Final() {
	case 'H', 'f':
		s.y, s.x = clamp(arg(0, 1)-1, s.h), clamp(arg(1, 1)-1, s.w)
	case 'A':
		s.y = max(0, s.y-n)
	case 'B':
		s.y = min(s.h-1, s.y+n)
	case 'C':
		s.x = min(s.w-1, s.x+n)
	case 'D':
		s.x = max(0, s.x-n)
	case 'E':
		s.x, s.y = 0, min(s.h-1, s.y+n)
	case 'F':
		s.x, s.y = 0, max(0, s.y-n)
	case 'G', '`':
		s.x = clamp(n-1, s.w)
	case 'd':
		s.y = clamp(n-1, s.h)
	case 'J':
		s.eraseDisplay(func() int { v, _, _ := params.Param(0, 0); return v }())
	case 'K':
		switch v, _, _ := params.Param(0, 0); v {
		case 0:
			s.erase(s.y, s.x, s.w)
		case 1:
			s.erase(s.y, 0, s.x+1)
		case 2:
			s.erase(s.y, 0, s.w)
		}
	case 'X':
		s.erase(s.y, s.x, s.x+n)
	case '@':
		row := s.cells[s.y]
		copy(row[min(s.w, s.x+n):], row[s.x:])
		s.erase(s.y, s.x, s.x+n)
	case 'P':
		row := s.cells[s.y]
		copy(row[s.x:], row[min(s.w, s.x+n):])
		s.erase(s.y, s.w-n, s.w)
	case 'L', 'M':
		if s.y < s.top || s.y > s.bottom {
			return
		}
		top := s.top
		s.top = s.y
		if cmd.Final() == 'L' {
			s.scrollDown(n)
		} else {
			s.scrollUp(n)
		}
		s.top = top
	case 'S':
		s.scrollUp(n)
	case 'T':
		s.scrollDown(n)
	case 'r':
		s.top, s.bottom = clamp(arg(0, 1)-1, s.h), clamp(arg(1, s.h)-1, s.h)
		s.x, s.y = 0, 0
	case 'b':
		for range n {
			if s.last != "" {
				s.print(s.last, 1)
			}
		}
	}
}

func (s *screen) eraseDisplay(mode int) {
	switch mode {
	case 0:
		s.erase(s.y, s.x, s.w)
		for y := s.y + 1; y < s.h; y++ {
			s.erase(y, 0, s.w)
		}
	case 1:
		for y := 0; y < s.y; y++ {
			s.erase(y, 0, s.w)
		}
		s.erase(s.y, 0, s.x+1)
	case 2, 3:
		for y := range s.h {
			s.erase(y, 0, s.w)
		}
	}
}

func clamp(v, n int) int { return max(0, min(v, n-1)) }
