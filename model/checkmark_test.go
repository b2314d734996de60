package model

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// checkMarkOn is a mark on check k of checks, keyed as the store keys it.
func checkMarkOn(text string, facts []Fact, checks []Check, k int, v Verdict, at time.Time) CheckMark {
	return CheckMark{Check: k, Key: CheckKeys(text, facts, checks)[k], Kind: checks[k].Kind, Verdict: v, Updated: at}
}

func TestCheckKeys(t *testing.T) {
	text := "Sales grew 30% to 12 million, from 8 million. Costs fell 10% to 45 million from 60 million."
	facts := factsAt(text, "30%", "12 million", "8 million", "10%", "45 million", "60 million")
	checks := []Check{
		{Kind: CheckChange, Facts: []int{0, 1, 2}},
		{Kind: CheckChange, Facts: []int{3, 4, 5}},
		{Kind: CheckDirection, Facts: []int{1, 2}},
	}
	keys := CheckKeys(text, facts, checks)
	seen := map[string]bool{}
	for k, key := range keys {
		if !IsCheckKey(key) {
			t.Errorf("key %q is not a check key", key)
		}
		if seen[key] {
			t.Errorf("check %d shares its key %q", k, key)
		}
		seen[key] = true
		kind, figs := parseCheckKey(key)
		if kind != checks[k].Kind || len(figs) != len(checks[k].Facts) {
			t.Errorf("key %q splits into %q %q", key, kind, figs)
		}
	}
	for _, fk := range FigureKeys(text, facts) {
		if IsCheckKey(fk) {
			t.Errorf("figure key %q taken for a check key", fk)
		}
	}
	if CheckKeys(text, facts, nil) != nil {
		t.Error("keys of no checks")
	}
}

func TestAttachChecks(t *testing.T) {
	old := "Sales grew 30% to 12 million, from 8 million.\n\nCosts fell 10% to 45 million from 60 million."
	oldFacts := factsAt(old, "30%", "12 million", "8 million", "10%", "45 million", "60 million")
	oldChecks := []Check{{Kind: CheckChange, Facts: []int{0, 1, 2}}, {Kind: CheckChange, Facts: []int{3, 4, 5}}}
	t0 := time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)
	marks := []CheckMark{
		checkMarkOn(old, oldFacts, oldChecks, 0, Verified, t0),
		checkMarkOn(old, oldFacts, oldChecks, 1, Disputed, t0.Add(time.Minute)),
	}
	attached := func(ms []CheckMark) string {
		var s []string
		for _, m := range ms {
			s = append(s, string(m.Verdict)+"="+strconv.Itoa(m.Check))
		}
		return strings.Join(s, " ")
	}
	tests := []struct {
		name    string
		text    string
		figures []string
		checks  []Check
		want    string
	}{
		{"unchanged", old, []string{"30%", "12 million", "8 million", "10%", "45 million", "60 million"},
			oldChecks, "verified=0 disputed=1"},
		{"a paragraph in front: the checks move down the list",
			"Staff rose 5% to 2,100, from 2,000.\n\n" + old,
			[]string{"5%", "2,100", "2,000", "30%", "12 million", "8 million", "10%", "45 million", "60 million"},
			[]Check{{Kind: CheckChange, Facts: []int{0, 1, 2}}, {Kind: CheckChange, Facts: []int{3, 4, 5}}, {Kind: CheckChange, Facts: []int{6, 7, 8}}},
			"verified=1 disputed=2"},
		{"words next to a figure edited: found by its figures",
			"Sales this year grew 30% to 12 million, from 8 million.\n\nCosts fell 10% to 45 million from 60 million.",
			[]string{"30%", "12 million", "8 million", "10%", "45 million", "60 million"},
			oldChecks, "verified=0 disputed=1"},
		{"a figure corrected: that check is gone, its mark with it",
			"Sales grew 50% to 12 million, from 8 million.\n\nCosts fell 10% to 45 million from 60 million.",
			[]string{"50%", "12 million", "8 million", "10%", "45 million", "60 million"},
			[]Check{{Kind: CheckChange, Facts: []int{3, 4, 5}}}, "verified=-1 disputed=0"},
		{"same figures, another kind of check", old,
			[]string{"30%", "12 million", "8 million", "10%", "45 million", "60 million"},
			[]Check{{Kind: CheckDirection, Facts: []int{0, 1, 2}}}, "verified=-1 disputed=-1"},
		{"no checks", old, []string{"30%"}, nil, "verified=-1 disputed=-1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := AttachChecks(marks, tt.text, factsAt(tt.text, tt.figures...), tt.checks)
			if s := attached(got); s != tt.want {
				t.Errorf("attached %s, want %s", s, tt.want)
			}
		})
	}
	if marks[0].Check != 0 || marks[1].Check != 1 {
		t.Error("AttachChecks changed its input")
	}
}

// TestAttachChecksOneMarkPerCheck: two stored marks that both fit one check
// after an edit: the check takes the one under its key, else the latest.
func TestAttachChecksOneMarkPerCheck(t *testing.T) {
	text := "Sales grew 30% to 12 million, from 8 million."
	facts := factsAt(text, "30%", "12 million", "8 million")
	checks := []Check{{Kind: CheckChange, Facts: []int{0, 1, 2}}}
	t0 := time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)
	exact := checkMarkOn(text, facts, checks, 0, Verified, t0)
	edited := "In all, sales grew 30% to 12 million, from 8 million."
	efacts := factsAt(edited, "30%", "12 million", "8 million")
	older := checkMarkOn(edited, efacts, checks, 0, Unsure, t0.Add(-time.Hour))
	newer := checkMarkOn(edited, efacts, checks, 0, Disputed, t0.Add(time.Hour))

	got := AttachChecks([]CheckMark{newer, exact}, text, facts, checks)
	if got[1].Check != 0 || got[0].Check != -1 {
		t.Errorf("by key: got %+v", got)
	}
	// in the edited text neither key is exact… but newer's is: use a third text
	third := "In all, sales grew 30% to 12 million, from 8 million last year."
	tfacts := factsAt(third, "30%", "12 million", "8 million")
	got = AttachChecks([]CheckMark{older, newer}, third, tfacts, checks)
	if got[1].Check != 0 || got[0].Check != -1 {
		t.Errorf("latest: got %+v", got)
	}
}
