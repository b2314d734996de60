package tui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
)

// keyMap is every key of the reader, in one place, so the help shows them all
// and a test can prove that no key does two things in one mode.
type keyMap struct {
	// reading
	Down, Up, PageDown, PageUp, HalfDown, HalfUp, Top, Bottom key.Binding
	Count, Percent                                            key.Binding
	// figures
	NextFigure, PrevFigure, Focus, Jump, Filter, Pin, Copy key.Binding
	NextCheck, PrevCheck                                   key.Binding
	CheckVerify, CheckDispute, CheckNote                   key.Binding
	// search
	Search, ClearSearch, SearchSubmit, SearchCancel key.Binding
	// review
	Verify, Dispute, Unsure, ClearVerdict, Note, UncheckedOnly, Export, Reload key.Binding
	NoteSave, NoteCancel, NoteNewline                                          key.Binding
	// screen
	Sidebar, Mouse, Library, Help, Quit, ForceQuit key.Binding
	// library picker
	LibraryOpen, LibraryBack key.Binding
}

func defaultKeyMap() keyMap {
	return keyMap{
		Down:     key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("j/↓", "down")),
		Up:       key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("k/↑", "up")),
		PageDown: key.NewBinding(key.WithKeys("space", "f", "pgdown"), key.WithHelp("space/f", "page down")),
		PageUp:   key.NewBinding(key.WithKeys("b", "pgup"), key.WithHelp("b", "page up")),
		HalfDown: key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "half page down")),
		HalfUp:   key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "half page up")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "top")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "bottom")),
		Count: key.NewBinding(key.WithKeys("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
			key.WithHelp("0-9", "count")),
		Percent: key.NewBinding(key.WithKeys("%"), key.WithHelp("N%", "go to percent")),

		NextFigure: key.NewBinding(key.WithKeys("n", "]"), key.WithHelp("n", "next figure")),
		PrevFigure: key.NewBinding(key.WithKeys("N", "["), key.WithHelp("N", "prev figure")),
		Focus:      key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "switch pane")),
		Jump:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "jump to figure")),
		Filter:     key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "filter kind")),
		Pin:        key.NewBinding(key.WithKeys("="), key.WithHelp("=", "pin figure")),
		Copy:       key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "copy figure")),
		NextCheck:  key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "next check ⚠"), key.WithDisabled()),
		PrevCheck:  key.NewBinding(key.WithKeys("W"), key.WithHelp("W", "prev check ⚠"), key.WithDisabled()),
		// V, X and A mark the check itself, as v, x and a mark a figure.
		CheckVerify:  key.NewBinding(key.WithKeys("V"), key.WithHelp("V", "check verified"), key.WithDisabled()),
		CheckDispute: key.NewBinding(key.WithKeys("X"), key.WithHelp("X", "check disputed"), key.WithDisabled()),
		CheckNote:    key.NewBinding(key.WithKeys("A"), key.WithHelp("A", "check note"), key.WithDisabled()),

		Search:       key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		ClearSearch:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear search / library")),
		SearchSubmit: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "find")),
		SearchCancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),

		Verify:        key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "verified")),
		Dispute:       key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "disputed")),
		Unsure:        key.NewBinding(key.WithKeys("U"), key.WithHelp("U", "unsure")),
		ClearVerdict:  key.NewBinding(key.WithKeys("backspace"), key.WithHelp("⌫", "clear verdict")),
		Note:          key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "note")),
		UncheckedOnly: key.NewBinding(key.WithKeys("!"), key.WithHelp("!", "unchecked only")),
		Export:        key.NewBinding(key.WithKeys("E"), key.WithHelp("E", "write report")),
		Reload:        key.NewBinding(key.WithKeys("R"), key.WithHelp("R", "reload marks")),
		NoteSave:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save note")),
		NoteCancel:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		NoteNewline:   key.NewBinding(key.WithKeys("alt+enter"), key.WithHelp("alt+enter", "new line")),

		Sidebar: key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sidebar")),
		Mouse:   key.NewBinding(key.WithKeys("M"), key.WithHelp("M", "mouse on/off")),
		Library: key.NewBinding(key.WithKeys("L"), key.WithHelp("L", "library")),
		Help:    key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys")),
		Quit:    key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		// ForceQuit works in every mode, even while typing.
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),

		LibraryOpen: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		LibraryBack: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back to article")),
	}
}

// enableChecks turns the keys of consistency checks on when the article
// has checks, off when it has none.
func (k *keyMap) enableChecks(on bool) {
	for _, b := range []*key.Binding{&k.NextCheck, &k.PrevCheck, &k.CheckVerify, &k.CheckDispute, &k.CheckNote} {
		b.SetEnabled(on)
	}
}

// readerBindings are the keys live while reading the article; a key may be
// bound only once among them.
func (k keyMap) readerBindings() []key.Binding {
	return []key.Binding{
		k.Down, k.Up, k.PageDown, k.PageUp, k.HalfDown, k.HalfUp, k.Top, k.Bottom,
		k.Count, k.Percent,
		k.NextFigure, k.PrevFigure, k.Focus, k.Jump, k.Filter, k.Pin, k.Copy,
		k.NextCheck, k.PrevCheck, k.CheckVerify, k.CheckDispute, k.CheckNote,
		k.Search, k.ClearSearch,
		k.Verify, k.Dispute, k.Unsure, k.ClearVerdict, k.Note, k.UncheckedOnly, k.Export, k.Reload,
		k.Sidebar, k.Mouse, k.Library, k.Help, k.Quit, k.ForceQuit,
	}
}

// modes lists the bindings live in each input mode of the App.
func (k keyMap) modes() map[string][]key.Binding {
	return map[string][]key.Binding{
		"reader":  k.readerBindings(),
		"search":  {k.SearchSubmit, k.SearchCancel, k.ForceQuit},
		"note":    {k.NoteSave, k.NoteCancel, k.NoteNewline, k.ForceQuit},
		"library": append(listBrowseBindings(), k.LibraryOpen, k.LibraryBack, k.Quit, k.ForceQuit),
	}
}

// ShortHelp implements help.KeyMap.
func (k keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.NextFigure, k.PrevFigure, k.Focus, k.Search, k.Verify, k.Dispute, k.Note, k.Help, k.Quit}
}

// FullHelp implements help.KeyMap.
func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Down, k.Up, k.PageDown, k.PageUp, k.HalfDown, k.HalfUp, k.Top, k.Bottom, k.Percent},
		{k.NextFigure, k.PrevFigure, k.Focus, k.Jump, k.Filter, k.Pin, k.Copy, k.NextCheck, k.PrevCheck, k.Search, k.ClearSearch},
		{k.Verify, k.Dispute, k.Unsure, k.ClearVerdict, k.Note, k.CheckVerify, k.CheckDispute, k.CheckNote, k.UncheckedOnly, k.Export, k.Reload},
		{k.Sidebar, k.Mouse, k.Library, k.Help, k.Quit},
	}
}

// searchHelp is the help while typing a search.
type searchHelp struct{ k keyMap }

// ShortHelp implements help.KeyMap.
func (h searchHelp) ShortHelp() []key.Binding {
	return []key.Binding{h.k.SearchSubmit, h.k.SearchCancel}
}

// FullHelp implements help.KeyMap.
func (h searchHelp) FullHelp() [][]key.Binding { return [][]key.Binding{h.ShortHelp()} }

// noteHelp is the help while editing a note.
type noteHelp struct{ k keyMap }

// ShortHelp implements help.KeyMap.
func (h noteHelp) ShortHelp() []key.Binding {
	return []key.Binding{h.k.NoteSave, h.k.NoteNewline, h.k.NoteCancel}
}

// FullHelp implements help.KeyMap.
func (h noteHelp) FullHelp() [][]key.Binding { return [][]key.Binding{h.ShortHelp()} }

// listBrowseBindings are the keys the library list handles itself while
// no filter is typed (its quit keys are turned off: the App quits).
func listBrowseBindings() []key.Binding {
	l := list.DefaultKeyMap()
	return []key.Binding{l.CursorUp, l.CursorDown, l.PrevPage, l.NextPage, l.GoToStart, l.GoToEnd, l.Filter, l.ShowFullHelp}
}
