package tui

import (
	"image/color"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"

	"figs/model"
)

// sgr is a style reduced to the escape sequences that switch it on and off,
// so the article pane can style spans without calling lipgloss per frame.
type sgr struct{ on, off string }

func toSGR(s lipgloss.Style) sgr {
	out := s.Render("x")
	i := strings.LastIndex(out, "x")
	if i < 0 {
		return sgr{}
	}
	return sgr{on: out[:i], off: out[i+1:]}
}

func (s sgr) wrap(b *strings.Builder, text string) {
	b.WriteString(s.on)
	b.WriteString(text)
	b.WriteString(s.off)
}

// styles holds every style of the reader, built for a dark or light background.
type styles struct {
	isDark bool

	title, heading, meta, quote, code, item, body sgr
	quoteBar                                      string
	kind                                          map[model.Kind]sgr
	selected, match, currentMatch                 sgr

	header, headerDim, footer, status, errStatus lipgloss.Style
	sideTitle, sideDim, sideRow, sideSelected    lipgloss.Style
	sideKind                                     map[model.Kind]lipgloss.Style
	detail, detailLabel, barA, barB, pin         lipgloss.Style
	verified, disputed, unsure, unchecked        lipgloss.Style
	border, notice, progress, progressEmpty      lipgloss.Style
	overlay                                      lipgloss.Style

	// the sidebar rows are drawn every frame, so their styles are kept as sgr too
	rowKind             map[model.Kind]sgr
	rowVerdict          map[model.Verdict]sgr
	rowSelected, rowDim sgr
	// the one column before a row's kind: a check's ⚠, another reviewer's
	// initial, an unsaved edit's *
	rowNote map[noteTone]sgr
}

func newStyles(isDark bool) styles {
	ld := lipgloss.LightDark(isDark)
	var (
		fg     = ld(lipgloss.Color("#1f2328"), lipgloss.Color("#d8dee4"))
		accent = ld(lipgloss.Color("#8250df"), lipgloss.Color("#c297ff"))
		// Over a 16-colour terminal the renderer takes the nearest of the
		// 16 colours, and dark greys become black, invisible on a dark
		// background; bluish greys become blue and golden yellows red. So
		// the dim colour is a neutral grey (bright black on light, white on
		// dark), the yellow leans to green (yellow, bright yellow), and the
		// rules and empty bars are the terminal's own greys: bright black
		// on dark, white on light, which the terminal's theme keeps visible.
		dim     = ld(lipgloss.Color("#707070"), lipgloss.Color("#909090"))
		heading = ld(lipgloss.Color("#0550ae"), lipgloss.Color("#79c0ff"))
		line    = ruleColor(isDark)
		green   = ld(lipgloss.Color("#1a7f37"), lipgloss.Color("#56d364"))
		red     = ld(lipgloss.Color("#cf222e"), lipgloss.Color("#ff7b72"))
		yellow  = ld(lipgloss.Color("#8a7a00"), lipgloss.Color("#d7d75f"))
		matchBg = ld(lipgloss.Color("#fff8c5"), lipgloss.Color("#4d4000"))
		barBg   = ruleColor(isDark)
	)
	kindColor := map[model.Kind]color.Color{
		model.KindMoney:       green,
		model.KindPercent:     yellow,
		model.KindDistance:    heading,
		model.KindArea:        heading,
		model.KindVolume:      heading,
		model.KindMass:        accent,
		model.KindTemperature: red,
		model.KindSpeed:       accent,
		model.KindDuration:    yellow,
		model.KindCount:       accent,
		model.KindNumber:      dim,
		model.KindOrdinal:     dim,
		model.KindDate:        dim,
	}
	base := lipgloss.NewStyle()
	s := styles{
		isDark:   isDark,
		title:    toSGR(base.Bold(true).Foreground(accent)),
		heading:  toSGR(base.Bold(true).Foreground(heading)),
		meta:     toSGR(base.Italic(true).Foreground(dim)),
		quote:    toSGR(base.Italic(true)),
		code:     toSGR(base.Foreground(dim)),
		item:     toSGR(base),
		body:     toSGR(base),
		quoteBar: base.Foreground(line).Render("│") + " ",
		kind:     map[model.Kind]sgr{},

		selected:     toSGR(base.Reverse(true).Bold(true)),
		match:        toSGR(base.Background(matchBg).Underline(true)),
		currentMatch: toSGR(base.Reverse(true).Underline(true)),

		header:    base.Bold(true).Foreground(fg),
		headerDim: base.Foreground(dim),
		footer:    base.Foreground(dim),
		status:    base.Foreground(green),
		errStatus: base.Foreground(red).Bold(true),

		sideTitle:    base.Bold(true).Foreground(accent),
		sideDim:      base.Foreground(dim),
		sideRow:      base,
		sideSelected: base.Reverse(true),
		sideKind:     map[model.Kind]lipgloss.Style{},

		detail:      base.Border(lipgloss.RoundedBorder()).BorderForeground(line).Padding(0, 1),
		detailLabel: base.Foreground(dim),
		barA:        base.Foreground(accent),
		barB:        base.Foreground(dim),
		pin:         base.Foreground(yellow),

		verified:  base.Foreground(green).Bold(true),
		disputed:  base.Foreground(red).Bold(true),
		unsure:    base.Foreground(yellow).Bold(true),
		unchecked: base.Foreground(dim),

		border:        base.Foreground(line),
		notice:        base.Bold(true).Foreground(red),
		progress:      base.Foreground(accent),
		progressEmpty: base.Foreground(barBg),
		overlay:       base.Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1),
	}
	s.rowKind = map[model.Kind]sgr{}
	for k, c := range kindColor {
		s.kind[k] = toSGR(base.Foreground(c).Underline(true))
		s.sideKind[k] = base.Foreground(c)
		s.rowKind[k] = toSGR(s.sideKind[k])
	}
	s.rowVerdict = map[model.Verdict]sgr{}
	for _, v := range []model.Verdict{model.Unchecked, model.Verified, model.Disputed, model.Unsure} {
		s.rowVerdict[v] = toSGR(s.verdictStyle(v))
	}
	s.rowSelected = toSGR(s.sideSelected)
	s.rowDim = toSGR(s.sideDim)
	s.rowNote = map[noteTone]sgr{
		toneCheck:       toSGR(base.Foreground(yellow).Bold(true)),
		toneCheckClosed: toSGR(s.sideDim),
		tonePresence:    toSGR(base.Foreground(heading).Bold(true)),
		toneUnsaved:     toSGR(base.Foreground(red).Bold(true)),
	}
	return s
}

// ruleColor is the colour of rules, borders and empty bars: the terminal's
// white on light backgrounds and bright black on dark ones.
func ruleColor(isDark bool) color.Color {
	return lipgloss.LightDark(isDark)(lipgloss.Color("7"), lipgloss.Color("8"))
}

// helpStyles are the help bubble's own styles with separators that stay
// visible on 16 colours: its dark grey turns black there.
func helpStyles(isDark bool) help.Styles {
	line := ruleColor(isDark)
	h := help.DefaultStyles(isDark)
	h.ShortSeparator = h.ShortSeparator.Foreground(line)
	h.FullSeparator = h.FullSeparator.Foreground(line)
	h.Ellipsis = h.Ellipsis.Foreground(line)
	return h
}

// kindSymbol tells the kinds apart without colour.
func kindSymbol(k model.Kind) string {
	switch k {
	case model.KindMoney:
		return "$"
	case model.KindPercent:
		return "%"
	case model.KindDistance:
		return "↔"
	case model.KindArea:
		return "□"
	case model.KindVolume:
		return "▣"
	case model.KindMass:
		return "●"
	case model.KindTemperature:
		return "°"
	case model.KindSpeed:
		return "»"
	case model.KindDuration:
		return "⧖"
	case model.KindCount:
		return "#"
	case model.KindDate:
		return "◷"
	case model.KindOrdinal:
		return "º"
	case model.KindNumber:
		return "~"
	}
	return "~"
}

func (s *styles) verdictStyle(v model.Verdict) lipgloss.Style {
	switch v {
	case model.Verified:
		return s.verified
	case model.Disputed:
		return s.disputed
	case model.Unsure:
		return s.unsure
	case model.Unchecked:
		return s.unchecked
	}
	return s.unchecked
}
