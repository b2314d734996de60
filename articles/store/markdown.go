package store

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"figs/model"
)

// verdictSign marks a verdict the way the reader's sidebar does, readable
// without colour.
func verdictSign(v model.Verdict) string { return v.Normal().Symbol() + " " + string(v.Normal()) }

const mdTime = "2006-01-02 15:04 UTC"

// writeMarkdown writes the report a desk reads: a summary and one table row
// per figure, then the orphaned marks.
func writeMarkdown(w io.Writer, r review) error {
	bw := bufio.NewWriter(w)
	title := oneLineText(r.article.Title)
	if title == "" {
		title = "Untitled"
	}
	fmt.Fprintf(bw, "# Review: %s\n\n", title)
	fmt.Fprintf(bw, "- Source: %s\n", oneLineText(r.article.Source))
	fmt.Fprintf(bw, "- Article: %s\n", r.hash[:12])
	s := r.summary
	fmt.Fprintf(bw, "- Progress: %s (%d verified, %d disputed, %d unsure, %d unchecked)\n",
		progress(s), s.Verified, s.Disputed, s.Unsure, s.Unchecked)
	fmt.Fprintf(bw, "- Figures: %d in all, %s (dates and ordinals are not reviewed; a comparison is one item)\n",
		s.Figures, model.FormatCount(s.Items, "review item", "review items"))
	if len(r.orphans) > 0 {
		fmt.Fprintf(bw, "- Orphaned marks: %d\n", len(r.orphans))
	}
	if len(r.figures) > 0 {
		fmt.Fprint(bw, "\n## Figures\n\n| # | Figure | Kind | Verdict | Note | Reviewer | Updated |\n|---|---|---|---|---|---|---|\n")
		for _, f := range r.figures {
			fmt.Fprintf(bw, "| %d | %s | %s | %s | %s | %s | %s |\n",
				f.fact.ID, cell(figureLabel(f.fact.Display, f.fact.Text)), cell(string(f.fact.Kind)), verdictSign(f.mark.Verdict),
				cell(f.mark.Note), cell(reviewerName(f.mark.Reviewer)), updated(f.mark, mdTime))
		}
	}
	writeMarkdownChecks(bw, r)
	if len(r.orphans) > 0 {
		fmt.Fprint(bw, "\n## Orphaned marks\n\nThese figures are no longer in the article as marked.\n\n| Figure | Verdict | Note | Reviewer | Updated |\n|---|---|---|---|---|\n")
		for _, m := range r.orphans {
			fmt.Fprintf(bw, "| %s | %s | %s | %s | %s |\n",
				cell(m.Text), verdictSign(m.Verdict), cell(m.Note), cell(reviewerName(m.Reviewer)), updated(m, mdTime))
		}
	}
	if r.withHistory {
		writeMarkdownHistory(bw, r)
	}
	return bw.Flush()
}

// writeMarkdownChecks writes the consistency checks, each with the
// verdicts of its figures and the verdict and note on the check itself: a
// check is closed once it has a verdict, or each of its figures has one
// (verified: the figures stand despite the flag; disputed: they are wrong).
func writeMarkdownChecks(bw *bufio.Writer, r review) {
	if len(r.checks) == 0 {
		return
	}
	fmt.Fprint(bw, "\n## Checks\n\nDisagreements among the article's figures; a check is closed once it has a verdict of its own or each of its figures has one.\n\n| Kind | Check | Figures | Verdict | Note | Status |\n|---|---|---|---|---|---|\n")
	for _, c := range r.checks {
		var figs []string
		for j, f := range c.check.Facts {
			figs = append(figs, fmt.Sprintf("#%d %s", f, verdictSign(c.verdicts[j])))
		}
		verdict := ""
		if v := c.mark.Verdict.Normal(); v != model.Unchecked {
			verdict = verdictSign(v) + " by " + reviewerName(c.mark.Reviewer)
			if !c.mark.Updated.IsZero() {
				verdict += ", " + c.mark.Updated.UTC().Format(mdTime)
			}
		}
		status := "closed"
		if c.open() {
			status = "open"
		}
		fmt.Fprintf(bw, "| %s | %s | %s | %s | %s | %s |\n", cell(string(c.check.Kind)), cell(c.check.Message),
			cell(strings.Join(figs, ", ")), cell(verdict), cell(c.mark.Note), status)
	}
}

// writeMarkdownHistory writes the values later saves replaced.
func writeMarkdownHistory(bw *bufio.Writer, r review) {
	fmt.Fprint(bw, "\n## History\n\n")
	if len(r.history) == 0 {
		fmt.Fprint(bw, "No verdict or note has been changed since it was given.\n")
		return
	}
	fmt.Fprint(bw, "Values a later save replaced, oldest first.\n\n| # | Figure | Field | Was | By | At | Became | By | At |\n|---|---|---|---|---|---|---|---|---|\n")
	for _, h := range r.history {
		id := "–"
		if i := historyID(r, h); i >= 0 {
			id = fmt.Sprint(i)
		} else if h.Check {
			id = "check"
		}
		was, became := cell(h.Old), cell(h.New)
		if h.Field == "verdict" {
			was, became = verdictSign(model.Verdict(h.Old)), verdictSign(model.Verdict(h.New))
		}
		fmt.Fprintf(bw, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", id, cell(h.Text), h.Field,
			was, cell(reviewerName(h.OldBy)), h.OldAt.Format(mdTime), became, cell(reviewerName(h.NewBy)), h.NewAt.Format(mdTime))
	}
}

// figureLabel shows the compact form and, when it differs, the text as
// written in the article.
func figureLabel(display, text string) string {
	switch {
	case display == "":
		return text
	case display == text:
		return display
	}
	return display + " (“" + text + "”)"
}

// cell makes s safe inside one Markdown table cell.
func cell(s string) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), "\r\n", "\n")
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(s, "\n", "<br>")
}

// oneLineText folds s onto one line.
func oneLineText(s string) string { return strings.Join(strings.Fields(s), " ") }
