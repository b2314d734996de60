package store

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"figs/model"
)

// TestClaimReviewAppearance checks that only a web address becomes the url
// of the work a claim appears in; a file path or the default article is
// its name.
func TestClaimReviewAppearance(t *testing.T) {
	for _, c := range []struct{ source, url, name string }{
		{"https://example.org/news/bridge", "https://example.org/news/bridge", ""},
		{"HTTP://example.org/a", "HTTP://example.org/a", ""},
		{"default", "", "default"},
		{"/home/ana/bridge.txt", "", "/home/ana/bridge.txt"},
		{"bridge.txt", "", "bridge.txt"},
		{"file:///home/ana/bridge.txt", "", "file:///home/ana/bridge.txt"},
		{"https:bridge", "", "https:bridge"},
	} {
		t.Run(c.source, func(t *testing.T) {
			s := openTemp(t)
			a, facts := article(t, c.source, "The bridge\n\nIt is 12 km long.", "12 km")
			mustSave(t, s, a, figures(facts), model.Mark{FactID: 0, Verdict: model.Verified, Reviewer: ana})
			var buf bytes.Buffer
			if err := s.Export(context.Background(), a, figures(facts), ExportOptions{Format: "claimreview"}, &buf); err != nil {
				t.Fatal(err)
			}
			var out []struct {
				ItemReviewed struct {
					Appearance map[string]string `json:"appearance"`
				} `json:"itemReviewed"`
			}
			if err := json.Unmarshal(buf.Bytes(), &out); err != nil || len(out) != 1 {
				t.Fatalf("claimreview = %s, %v; want one review", buf.String(), err)
			}
			got := out[0].ItemReviewed.Appearance
			want := map[string]string{"@type": "CreativeWork", "headline": "The bridge"}
			if c.url != "" {
				want["url"] = c.url
			}
			if c.name != "" {
				want["name"] = c.name
			}
			if len(got) != len(want) {
				t.Errorf("appearance = %v, want %v", got, want)
			}
			for k, v := range want {
				if got[k] != v {
					t.Errorf("appearance[%q] = %q, want %q (appearance %v)", k, got[k], v, got)
				}
			}
		})
	}
}
