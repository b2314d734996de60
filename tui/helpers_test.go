package tui

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"figs/model"
	"figs/model/testkit"
)

// parsePlain builds an article the way the plain-text loader does: blocks
// split on blank lines, the first one the title. tui may not import
// articles, so the tests carry this small copy.
func parsePlain(source, s string) model.Article {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	a := model.Article{Source: source}
	var b strings.Builder
	for _, para := range strings.Split(s, "\n\n") {
		para = strings.TrimSpace(para)
		if para == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		kind := model.BlockParagraph
		if len(a.Blocks) == 0 {
			kind = model.BlockTitle
			a.Title = para
		}
		start := b.Len()
		b.WriteString(para)
		a.Blocks = append(a.Blocks, model.Block{Kind: kind, Start: start, End: b.Len()})
	}
	a.Text = b.String()
	return a
}

// defaultArticle is the embedded default article, read from its file.
func defaultArticle(tb testing.TB) model.Article {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join(testkit.ModuleRoot(tb), "articles", "default.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	return parsePlain("default", string(data))
}

// keyPress turns a key name as the keymap writes it into a key press.
func keyPress(s string) tea.KeyPressMsg {
	switch s {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "alt+enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter, Mod: tea.ModAlt}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r := []rune(s)
	return tea.KeyPressMsg{Code: r[0], Text: s}
}

// send passes msg to m and runs the commands it returns until none is left,
// the way the program would (quit and terminal queries are dropped).
func send(tb testing.TB, m App, msg tea.Msg) App {
	tb.Helper()
	next, cmd := m.Update(msg)
	m = next.(App)
	return run(tb, m, cmd)
}

var cmdType = reflect.TypeOf(tea.Cmd(nil))

func run(tb testing.TB, m App, cmd tea.Cmd) App {
	tb.Helper()
	if cmd == nil {
		return m
	}
	msg := cmd()
	if msg == nil {
		return m
	}
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == cmdType {
		for i := range v.Len() {
			m = run(tb, m, v.Index(i).Interface().(tea.Cmd))
		}
		return m
	}
	switch msg.(type) {
	case tea.QuitMsg:
		return m
	}
	if reflect.TypeOf(msg).PkgPath() != reflect.TypeOf(m).PkgPath() {
		return m // terminal requests: background colour, clipboard, blink
	}
	return send(tb, m, msg)
}

// press sends keys to m one after the other.
func press(tb testing.TB, m App, keys ...string) App {
	tb.Helper()
	for _, k := range keys {
		m = send(tb, m, keyPress(k))
	}
	return m
}

// typeText types s into m, one key per rune.
func typeText(tb testing.TB, m App, s string) App {
	tb.Helper()
	for _, r := range s {
		m = send(tb, m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return m
}

// start opens a on a w x h screen with every figure counted.
func start(tb testing.TB, a model.Article, opts Options, w, h int) App {
	tb.Helper()
	m := New(a, opts)
	m.pos.delay = 0 // a test runs commands one by one: no timers
	m = run(tb, m, m.Init())
	return send(tb, m, tea.WindowSizeMsg{Width: w, Height: h})
}

func resizeMsg(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }
