package tui

import (
	"testing"

	"charm.land/bubbles/v2/key"
)

// TestKeymapNoClash fails when one key does two things in the same mode.
func TestKeymapNoClash(t *testing.T) {
	for mode, bindings := range defaultKeyMap().modes() {
		seen := map[string]string{}
		for _, b := range bindings {
			if len(b.Keys()) == 0 {
				t.Errorf("mode %s: binding %q has no keys", mode, b.Help().Desc)
			}
			for _, k := range b.Keys() {
				if other, ok := seen[k]; ok {
					t.Errorf("mode %s: key %q is bound to both %q and %q", mode, k, other, b.Help().Desc)
				}
				seen[k] = b.Help().Desc
			}
		}
	}
}

// TestKeymapHelp checks that every reading key is shown in the full help.
func TestKeymapHelp(t *testing.T) {
	k := defaultKeyMap()
	inHelp := map[string]bool{}
	for _, col := range k.FullHelp() {
		for _, b := range col {
			inHelp[b.Help().Desc] = true
		}
	}
	for _, b := range k.readerBindings() {
		if b.Help().Desc == k.Count.Help().Desc {
			continue // a count is part of N%, shown there
		}
		if !inHelp[b.Help().Desc] {
			t.Errorf("key %v (%s) is not in the full help", b.Keys(), b.Help().Desc)
		}
	}
}

// TestReviewKeysKeepReadingKeys pins the keys the issues name.
func TestReviewKeysKeepReadingKeys(t *testing.T) {
	k := defaultKeyMap()
	want := map[string]key.Binding{
		"u": k.HalfUp, "c": k.Copy, "v": k.Verify, "x": k.Dispute, "U": k.Unsure,
		"backspace": k.ClearVerdict, "a": k.Note, "!": k.UncheckedOnly, "E": k.Export,
		"R": k.Reload, "L": k.Library, "M": k.Mouse, "=": k.Pin, "t": k.Filter, "/": k.Search,
		"n": k.NextFigure, "]": k.NextFigure, "N": k.PrevFigure, "[": k.PrevFigure, "%": k.Percent,
		"alt+enter": k.NoteNewline,
	}
	for s, b := range want {
		if !key.Matches(keyPress(s), b) {
			t.Errorf("key %q does not trigger %q", s, b.Help().Desc)
		}
	}
}
