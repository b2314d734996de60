package main

import (
	"fmt"
	"os"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
)

// startTrace notes when the steps of the reader's start happen, for
// FIGS_START_TRACE=FILE: the first frame's budget is a few milliseconds, and
// a profiler sees only processor time, not the waits between the steps.
type startTrace struct {
	path  string
	start time.Time

	mu    sync.Mutex
	lines []string
	seen  map[string]bool
}

// mark notes step, once, with the time since the start; a nil trace notes nothing.
func (t *startTrace) mark(step string) {
	if t == nil {
		return
	}
	d := time.Since(t.start)
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.seen[step] {
		return
	}
	if t.seen == nil {
		t.seen = map[string]bool{}
	}
	t.seen[step] = true
	t.lines = append(t.lines, fmt.Sprintf("%8.3f ms  %s", float64(d.Microseconds())/1000, step))
	if step == "first frame rendered" {
		t.write() // a benchmark kills figs soon after its first frame
	}
}

// close writes the steps to the trace file; a trace that cannot be written
// is lost, as it is only a measurement.
func (t *startTrace) close() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.write()
}

func (t *startTrace) write() {
	var b []byte
	for _, l := range t.lines {
		b = append(b, l...)
		b = append(b, '\n')
	}
	_ = os.WriteFile(t.path, b, 0o600)
}

// tracedModel is the reader with its first messages and frames noted.
type tracedModel struct {
	tea.Model
	tr *startTrace
}

// Init implements tea.Model.
func (m tracedModel) Init() tea.Cmd {
	m.tr.mark("init")
	return m.Model.Init()
}

// Update implements tea.Model.
func (m tracedModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	name := fmt.Sprintf("%T", msg)
	m.tr.mark("message " + name)
	inner, cmd := m.Model.Update(msg)
	m.tr.mark("handled " + name)
	m.Model = inner
	return m, cmd
}

// View implements tea.Model.
func (m tracedModel) View() tea.View {
	v := m.Model.View()
	if v.Content != "" {
		m.tr.mark("first frame rendered")
	}
	return v
}
