package store

import (
	"encoding/csv"
	"io"
	"strconv"
	"time"
)

// writeCSV writes one row per figure, then one per orphaned mark (id -1,
// orphaned true), for spreadsheets.
func writeCSV(w io.Writer, r review) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "kind", "text", "display", "verdict", "note", "reviewer", "fingerprint", "updated", "orphaned"})
	for _, f := range r.figures {
		m := f.mark
		cw.Write([]string{strconv.Itoa(f.fact.ID), string(f.fact.Kind), f.fact.Text, f.fact.Display,
			string(m.Verdict), m.Note, m.Reviewer.Name, m.Reviewer.Fingerprint, updated(m, time.RFC3339), "false"})
	}
	for _, m := range r.orphans {
		cw.Write([]string{"-1", "", m.Text, "", string(m.Verdict), m.Note, m.Reviewer.Name, m.Reviewer.Fingerprint,
			updated(m, time.RFC3339), "true"})
	}
	cw.Flush()
	return cw.Error()
}
