package store

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"figs/model"
)

// reviewedBridge is a store holding a review of the bridge article made on
// an earlier version (one figure since changed, so its mark is orphaned),
// and the current version with its facts.
func reviewedBridge(t *testing.T) (*Store, model.Article, []model.Fact) {
	t.Helper()
	s := openTemp(t)
	old, ofacts := article(t, "bridge.txt",
		"The bridge\n\nThe bridge is 12 km long. It cost 35 million euros and took 4 years.\n\nTraffic grew by 20 percent.",
		"12 km", "35 million euros", "4 years", "20 percent")
	kinds := []model.Kind{model.KindDistance, model.KindMoney, model.KindDuration, model.KindPercent}
	displays := []string{"12 km", "35 million EUR", "4 years", "20%"}
	for i := range ofacts {
		ofacts[i].Kind, ofacts[i].Display = kinds[i], displays[i]
	}
	at := time.Date(2026, 5, 1, 9, 30, 0, 0, time.UTC)
	ben := model.Reviewer{Name: "ben", Fingerprint: "SHA256:q3Jx"}
	mustSave(t, s, old, figures(ofacts), model.Mark{FactID: 0, Verdict: model.Verified, Note: "council map, sheet 4", Reviewer: ana, Updated: at})
	mustSave(t, s, old, figures(ofacts), model.Mark{FactID: 1, Verdict: model.Disputed, Note: "budget says 38 million | see p. 12\nsecond line, \"quoted\"", Reviewer: ben, Updated: at.Add(time.Hour)})
	mustSave(t, s, old, figures(ofacts), model.Mark{FactID: 2, Verdict: model.Unsure, Reviewer: ana, Updated: at.Add(2 * time.Hour)})
	mustSave(t, s, old, figures(ofacts), model.Mark{FactID: 3, Note: "look for the 2025 count", Reviewer: ana, Updated: at.Add(3 * time.Hour)})

	a, facts := article(t, "bridge.txt",
		"The bridge\n\nThe bridge is 12 km long. It cost 35 million euros and took 5 years.\n\nTraffic grew by 20 percent.",
		"12 km", "35 million euros", "5 years", "20 percent")
	displays[2] = "5 years"
	for i := range facts {
		facts[i].Kind, facts[i].Display = kinds[i], displays[i]
	}
	return s, a, facts
}

func TestExport(t *testing.T) {
	s, a, facts := reviewedBridge(t)
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := s.Export(context.Background(), a, figures(facts), ExportOptions{Format: format}, &buf); err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, buf.Bytes())
		})
	}
}

func TestExportJSONShape(t *testing.T) {
	s, a, facts := reviewedBridge(t)
	var buf bytes.Buffer
	if err := s.Export(context.Background(), a, figures(facts), ExportOptions{Format: "json"}, &buf); err != nil {
		t.Fatal(err)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	keysOf := func(raw json.RawMessage) []string {
		var m map[string]any
		if err := json.Unmarshal(raw, &m); err != nil {
			t.Fatal(err)
		}
		var keys []string
		for k := range m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		return keys
	}
	var figures []json.RawMessage
	json.Unmarshal(doc["figures"], &figures)
	for name, tt := range map[string]struct {
		raw  json.RawMessage
		want []string
	}{
		"article": {doc["article"], []string{"hash", "source", "title"}},
		"figure":  {figures[0], []string{"display", "id", "kind", "note", "reviewer", "text", "updated", "verdict"}},
		"summary": {doc["summary"], []string{"disputed", "figures", "items", "unchecked", "unsure", "verified"}},
	} {
		if got := keysOf(tt.raw); !slices.Equal(got, tt.want) {
			t.Errorf("%s keys = %v, want %v", name, got, tt.want)
		}
	}
}

func TestExportEmptyAndUnknown(t *testing.T) {
	s := openTemp(t)
	a, _ := article(t, "empty.txt", "Nothing\n\nNo figures at all.")
	var buf bytes.Buffer
	if err := s.Export(context.Background(), a, model.Facts{}, ExportOptions{Format: "json"}, &buf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"figures": []`) {
		t.Errorf("empty export has no empty figures list:\n%s", buf.String())
	}
	buf.Reset()
	if err := s.Export(context.Background(), a, model.Facts{}, ExportOptions{Format: "claimreview"}, &buf); err != nil || strings.TrimSpace(buf.String()) != "[]" {
		t.Errorf("empty claimreview = %q, %v; want []", buf.String(), err)
	}
	if err := s.Export(context.Background(), a, model.Facts{}, ExportOptions{Format: "pdf"}, &buf); err == nil || !strings.Contains(err.Error(), "pdf") {
		t.Errorf("unknown format: err = %v", err)
	}
}

func TestSentenceAround(t *testing.T) {
	text := "Title\n\nIt was cold. The road is 3.5 km long! Really? Yes.\n\n12 km"
	tests := []struct {
		fig, want string
	}{
		{"3.5 km", "The road is 3.5 km long!"},
		{"12 km", "12 km"},
		{"cold", "It was cold."},
		{"Title", "Title"},
	}
	for _, tt := range tests {
		i := strings.Index(text, tt.fig)
		if got := sentenceAround(text, i, i+len(tt.fig), "x"); got != tt.want {
			t.Errorf("sentenceAround(%q) = %q, want %q", tt.fig, got, tt.want)
		}
	}
	if got := sentenceAround(text, -1, 3, "fallback"); got != "fallback" {
		t.Errorf("bad offsets gave %q", got)
	}
}

func TestWriteReport(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	dir := t.TempDir()
	src := filepath.Join(dir, "bridge.txt")
	if err := os.WriteFile(src, []byte(bridge), 0o600); err != nil {
		t.Fatal(err)
	}
	local, facts := article(t, src, bridge, "12 km")
	mustSave(t, s, local, figures(facts), model.Mark{FactID: 0, Verdict: model.Verified, Reviewer: ana})

	tests := []struct {
		name, source, wantPath string
	}{
		{"local file", src, filepath.Join(dir, "bridge.review.md")},
		{"url", "https://example.org/news/bridge", filepath.Join(filepath.Dir(s.Path()), "the-bridge-")},
		{"default article", "default", filepath.Join(filepath.Dir(s.Path()), "the-bridge-")},
		{"stdin", "-", filepath.Join(filepath.Dir(s.Path()), "the-bridge-")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, facts := article(t, tt.source, bridge, "12 km")
			path, err := s.WriteReport(ctx, a, figures(facts))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(path, tt.wantPath) || !strings.HasSuffix(path, ".review.md") {
				t.Errorf("report at %q, want %q...", path, tt.wantPath)
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(string(data), "# Review: The bridge\n") {
				t.Errorf("report starts %q", string(data)[:min(40, len(data))])
			}
		})
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "bridge.review.md")); !strings.Contains(string(data), "✓ verified") {
		t.Errorf("local report lacks the mark:\n%s", data)
	}
}

func TestWriteReportFallsBackWhenArticleDirIsReadOnly(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("skipping: root can write to a read-only directory")
	}
	s := openTemp(t)
	dir := t.TempDir()
	src := filepath.Join(dir, "bridge.txt")
	os.WriteFile(src, []byte(bridge), 0o600)
	os.Chmod(dir, 0o500)
	t.Cleanup(func() { os.Chmod(dir, 0o700) })
	a, facts := article(t, src, bridge, "12 km")
	path, err := s.WriteReport(context.Background(), a, figures(facts))
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(path) != filepath.Dir(s.Path()) {
		t.Errorf("report at %q, want it in the data dir %q", path, filepath.Dir(s.Path()))
	}
}
