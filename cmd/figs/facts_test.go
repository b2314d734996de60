package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runFactsCmd(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), append([]string{"facts"}, args...), strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestFactsJSONDefault(t *testing.T) {
	out, stderr, err := runFactsCmd(t, "", "--json")
	if err != nil {
		t.Fatalf("figs facts --json: %v (%s)", err, stderr)
	}
	var doc factsDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("output is not one JSON document: %v\n%s", err, out)
	}
	if doc.Source != "default" || doc.Lang != "de" || doc.Title == "" {
		t.Errorf("source %q lang %q title %q, want default, de and a title", doc.Source, doc.Lang, doc.Title)
	}
	found := false
	for _, f := range doc.Facts {
		if f.Text == "35 Milliarden US-Dollar" && f.Value == 35e9 && f.Unit == "USD" && f.Display == "35 billion USD" {
			found = true
		}
	}
	if !found {
		t.Errorf("35 Milliarden US-Dollar missing from %d facts", len(doc.Facts))
	}
	if len(doc.Comparisons) != 1 || doc.Comparisons[0].Ratio != 1.75 {
		t.Errorf("comparisons = %+v, want one with ratio 1.75", doc.Comparisons)
	}
	if !strings.Contains(out, `"max": null`) && !strings.Contains(out, `"max":null`) {
		t.Errorf("facts without a range should say max null")
	}
}

func TestFactsJSONLinesAndErrors(t *testing.T) {
	dir := t.TempDir()
	en := filepath.Join(dir, "en.txt")
	if err := os.WriteFile(en, []byte("Prices\n\nThe firm paid $35 billion, up from $20 billion last year.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	out, stderr, err := runFactsCmd(t, "Der Umsatz stieg um 3,5 Prozent.\n", "--jsonl", en, missing, "-")
	if err == nil {
		t.Errorf("a missing source must fail the command")
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want one per readable source:\n%s", len(lines), out)
	}
	var a, b factsDoc
	if err := json.Unmarshal([]byte(lines[0]), &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(lines[1]), &b); err != nil {
		t.Fatal(err)
	}
	if a.Source != en || a.Lang != "en" || len(a.Comparisons) != 1 {
		t.Errorf("first line: source %q lang %q comparisons %+v", a.Source, a.Lang, a.Comparisons)
	}
	if b.Source != "-" || b.Lang != "de" || len(b.Facts) != 1 || b.Facts[0].Unit != "%" {
		t.Errorf("stdin line: source %q lang %q facts %+v", b.Source, b.Lang, b.Facts)
	}
	if n := strings.Count(stderr, "\n"); n != 1 || !strings.HasPrefix(stderr, "figs: ") || !strings.Contains(stderr, "missing.txt") {
		t.Errorf("stderr = %q, want one line naming the missing source", stderr)
	}
}

func TestFactsTable(t *testing.T) {
	out, stderr, err := runFactsCmd(t, "", "--lang", "de")
	if err != nil {
		t.Fatalf("figs facts: %v (%s)", err, stderr)
	}
	for _, want := range []string{"AT", "KIND", "FIGURE", "LABEL", "money", "35 billion USD", ">1,000 km²", "50 km", "35 vs 20 billion USD"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

// TestFactsTableCount checks the count in a source's heading is in the
// right number: "1 figure", "2 figures", "0 figures".
func TestFactsTableCount(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Es kostete 1.000 Euro.", "- (de, 1 figure)\n"},
		{"It cost 1,000 euros and took 3 years.", "- (en, 2 figures)\n"},
		{"No figure here.", "- (en, 0 figures)\n"},
	} {
		out, stderr, err := runFactsCmd(t, c.text, "-")
		if err != nil {
			t.Fatalf("figs facts - <%q: %v (%s)", c.text, err, stderr)
		}
		if !strings.HasPrefix(out, c.want) {
			t.Errorf("figs facts - <%q starts %q, want %q", c.text, strings.SplitAfter(out, "\n")[0], c.want)
		}
	}
}

func TestFactsBadFlags(t *testing.T) {
	if _, stderr, err := runFactsCmd(t, "", "--lang", "fr"); err == nil || strings.Count(stderr, "\n") != 1 {
		t.Errorf("--lang fr: err %v, stderr %q; want one line and an error", err, stderr)
	}
	if _, _, err := runFactsCmd(t, "", "--json", "--jsonl"); err == nil {
		t.Errorf("--json with --jsonl must fail")
	}
}

// TestFactsChecks: figures that contradict each other are listed as checks
// in every output, naming the figures by their IDs in "facts".
func TestFactsChecks(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "checks.txt")
	text := "Results\n\nPassenger numbers grew 30% to 12 million, from 8 million a year earlier. " +
		"Of the 120 delegates, 70 backed the plan and 62 opposed it.\n"
	if err := os.WriteFile(src, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	out, stderr, err := runFactsCmd(t, "", "--json", src)
	if err != nil {
		t.Fatalf("figs facts --json: %v (%s)", err, stderr)
	}
	var doc factsDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("output is not one JSON document: %v\n%s", err, out)
	}
	if len(doc.Checks) != 2 {
		t.Fatalf("checks = %+v, want a change and a parts check", doc.Checks)
	}
	want := []struct {
		kind    string
		figures []string
		message string
	}{
		{"change", []string{"30%", "12 million", "8 million"}, "stated +30%, values give +50%"},
		{"parts", []string{"120 delegates", "70", "62"}, "parts add up to 132"},
	}
	for i, w := range want {
		c := doc.Checks[i]
		var figures []string
		for _, id := range c.Facts {
			if id < 0 || id >= len(doc.Facts) || doc.Facts[id].ID != id {
				t.Fatalf("check %+v names figure %d, not an ID of facts", c, id)
			}
			figures = append(figures, doc.Facts[id].Text)
		}
		if string(c.Kind) != w.kind || strings.Join(figures, "|") != strings.Join(w.figures, "|") || !strings.Contains(c.Message, w.message) {
			t.Errorf("check %d = %s %q: %s, want %s %q: %s…", i, c.Kind, figures, c.Message, w.kind, w.figures, w.message)
		}
	}
	if !strings.Contains(out, `"checks":[{"kind":"change","facts":[`) {
		t.Errorf("checks are not written as {\"kind\", \"facts\", \"message\"}:\n%s", out)
	}

	out, _, err = runFactsCmd(t, "", "--jsonl", src, src)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var d factsDoc
		if err := json.Unmarshal([]byte(line), &d); err != nil || len(d.Checks) != 2 {
			t.Errorf("jsonl line has %d checks (%v), want 2: %s", len(d.Checks), err, line)
		}
	}

	out, _, err = runFactsCmd(t, "", src)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"(en, 6 figures, 2 checks)", "check change #0 #1 #2 at 3:24: stated +30%, values give +50% (8 million → 12 million)",
		"check parts #3 #4 #5 at 3:81: parts add up to 132 (70 + 62), more than the whole of 120 delegates"} {
		if !strings.Contains(out, w) {
			t.Errorf("table lacks %q:\n%s", w, out)
		}
	}
	if i, j := strings.Index(out, "AT"), strings.Index(out, "check change"); i < 0 || j < i {
		t.Errorf("checks must follow the figures:\n%s", out)
	}
}

// TestFactsNoChecks: an article whose figures agree has an empty "checks"
// array, not null, and the table no check line.
func TestFactsNoChecks(t *testing.T) {
	out, _, err := runFactsCmd(t, "", "--json")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"checks":[]`) {
		t.Errorf("the default article's checks are not an empty array:\n%.300s…", out)
	}
	out, _, err = runFactsCmd(t, "", "--lang", "de")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "\ncheck ") || strings.Contains(out, " checks)") {
		t.Errorf("the default article lists checks:\n%s", out)
	}
}
