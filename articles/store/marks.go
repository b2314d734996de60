package store

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"figs/model"
)

// docKey groups the versions of one article: marks made on an earlier
// version of the same source re-attach to the current one. A local path is
// made absolute, so "a.txt", "./a.txt" and "/home/x/a.txt" are one article.
// Standard input has no stable name, so there only the exact text counts.
func docKey(a model.Article, hash string) string {
	switch {
	case a.Source == "" || a.Source == "-":
		return "hash:" + hash
	case a.Source == "default" || strings.Contains(a.Source, "://"):
		return "src:" + a.Source
	}
	if abs, err := filepath.Abs(a.Source); err == nil {
		return "src:" + abs
	}
	return "src:" + a.Source
}

// docKeys are the keys to look a up by: its docKey, and the source as
// given, which databases from schema version 1 stored.
func docKeys(a model.Article, hash string) (string, string) {
	key := docKey(a, hash)
	if strings.HasPrefix(key, "hash:") {
		return key, key
	}
	return key, "src:" + a.Source
}

// stored is one figure's latest mark as the store keeps it: the mark, and
// who set each of its fields and when. A save of one field carries the
// other field's author along, so attribution survives merges.
type stored struct {
	mark      model.Mark // Reviewer and Updated: who saved this row, and when
	verdictBy model.Reviewer
	verdictAt time.Time
	noteBy    model.Reviewer
	noteAt    time.Time
}

// shown is the mark as readers see it: Reviewer and Updated say who gave
// the verdict and when, or, for a figure with only a note, who wrote it.
func (s stored) shown() model.Mark {
	m := s.mark
	switch {
	case m.Verdict != model.Unchecked && s.verdictBy.Name != "":
		m.Reviewer, m.Updated = s.verdictBy, s.verdictAt
	case m.Note != "" && s.noteBy.Name != "":
		m.Reviewer, m.Updated = s.noteBy, s.noteAt
	}
	return m
}

// Marks returns the latest mark of each figure of a, attached to
// figs.Facts (Mark.FactID is the index in figs.Facts, -1 for an orphaned
// mark). Marks made on earlier versions of the same source are included and
// re-attached. A mark's Reviewer and Updated say who gave its verdict and
// when (for a mark with only a note, who wrote it). Marks only reads.
// Marks implements tui.Store.
func (s *Store) Marks(ctx context.Context, a model.Article, figs model.Facts) ([]model.Mark, error) {
	ctx, cancel := s.op(ctx)
	defer cancel()
	latest, err := latestMarks(ctx, s.eng.reader(), a, model.ArticleHash(a))
	if err != nil {
		return nil, fmt.Errorf("marks of %s: %w", a.Source, err)
	}
	marks := make([]model.Mark, len(latest))
	for i, l := range latest {
		marks[i] = l.shown()
	}
	return model.Attach(marks, a.Text, figs.Facts), nil
}

// latestMarks returns the latest row of every figure key of the versions
// of a, oldest first, leaving out figures whose latest row clears them.
func latestMarks(ctx context.Context, q conn, a model.Article, hash string) ([]stored, error) {
	key, alias := docKeys(a, hash)
	rs, err := q.query(ctx, `
SELECT m.fact_key, m.fact_text, m.verdict, m.note, m.reviewer, m.fingerprint, m.created,
	m.verdict_by, m.verdict_fp, m.verdict_at, m.note_by, m.note_fp, m.note_at
FROM marks m
WHERE m.id IN (
	SELECT max(m2.id) FROM marks m2 JOIN articles a2 ON a2.id = m2.article_id
	WHERE a2.doc IN (?, ?) GROUP BY m2.fact_key)
ORDER BY m.id`, key, alias)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []stored
	for rs.Next() {
		var st stored
		m := &st.mark
		var verdict string
		if err := rs.Scan(&m.Key, &m.Text, &verdict, &m.Note, &m.Reviewer.Name, &m.Reviewer.Fingerprint, &m.Updated,
			&st.verdictBy.Name, &st.verdictBy.Fingerprint, &st.verdictAt,
			&st.noteBy.Name, &st.noteBy.Fingerprint, &st.noteAt); err != nil {
			return nil, err
		}
		m.Verdict = model.Verdict(verdict)
		if cleared(*m) {
			continue
		}
		m.FactID = -1
		m.Updated = m.Updated.UTC()
		st.verdictAt, st.noteAt = st.verdictAt.UTC(), st.noteAt.UTC()
		out = append(out, st)
	}
	return out, rs.Err()
}

// cleared reports whether m says "no mark on this figure".
func cleared(m model.Mark) bool { return m.Verdict == model.Unchecked && m.Note == "" }

func validVerdict(v model.Verdict) bool {
	switch v {
	case model.Unchecked, model.Verified, model.Disputed, model.Unsure:
		return true
	}
	return false
}

// SaveMark records m on figs.Facts[m.FactID] of a as a new row and returns
// once the row is durable. Only the fields in m.Set change: the others are
// taken from the figure's latest mark inside the same transaction, under
// the article's write lock, so a note from one reviewer keeps another's
// newer verdict. When two reviewers set the same field, the later save
// wins and the value it replaced is kept in the history (see History). A
// mark that ends with Verdict Unchecked (or empty) and no note clears the
// figure. A zero m.Updated means now; times are kept to the microsecond. The progress snapshot figs review
// list shows is written here, with the mark. SaveMark implements
// tui.Store.
func (s *Store) SaveMark(ctx context.Context, a model.Article, figs model.Facts, m model.Mark) error {
	facts := figs.Facts
	if m.FactID < 0 || m.FactID >= len(facts) {
		noun := "figures"
		if len(facts) == 1 {
			noun = "figure"
		}
		return fmt.Errorf("save mark: figure %d out of range (%d %s)", m.FactID, len(facts), noun)
	}
	if m.Verdict == "" {
		m.Verdict = model.Unchecked
	}
	if !validVerdict(m.Verdict) {
		return fmt.Errorf("save mark: unknown verdict %q", m.Verdict)
	}
	if m.Updated.IsZero() {
		m.Updated = time.Now()
	}
	// Both engines keep microseconds (PostgreSQL's precision).
	m.Updated = m.Updated.UTC().Truncate(time.Microsecond)
	m.Key = model.FigureKeys(a.Text, facts)[m.FactID]
	m.Text = facts[m.FactID].Text
	hash := model.ArticleHash(a)
	doc := docKey(a, hash)

	ctx, cancel := s.op(ctx)
	defer cancel()
	err := s.eng.write(ctx, doc, func(c conn) error {
		articleID, err := upsertArticle(ctx, c, a, hash, doc, len(facts), m.Updated)
		if err != nil {
			return err
		}
		current, err := latestMarks(ctx, c, a, hash)
		if err != nil {
			return err
		}
		currentMarks := make([]model.Mark, len(current))
		for i, st := range current {
			currentMarks[i] = st.mark
		}
		var kept []model.Mark
		// Without a latest mark the figure is unmarked: a field the save
		// does not set is empty, not what the reviewer's screen showed.
		next := apply(m, stored{mark: model.Mark{Verdict: model.Unchecked}})
		var prev *stored
		for i, old := range model.Attach(currentMarks, a.Text, facts) {
			if old.FactID != m.FactID {
				kept = append(kept, old)
				continue
			}
			next = apply(m, current[i]) // oldest first: the latest wins
			prev = &current[i]
			// The figure's previous mark was stored under another key
			// (an earlier version of the text): clear that key too, or
			// it would re-attach here after this mark is cleared.
			if old.Key != m.Key {
				tomb := stored{mark: model.Mark{Key: old.Key, Text: old.Text, Verdict: model.Unchecked, Reviewer: m.Reviewer, Updated: m.Updated}}
				tomb.verdictAt, tomb.noteAt = m.Updated, m.Updated
				if err := insertMark(ctx, c, articleID, tomb); err != nil {
					return err
				}
			}
		}
		if prev != nil {
			if err := recordHistory(ctx, c, articleID, *prev, next); err != nil {
				return err
			}
		}
		if err := insertMark(ctx, c, articleID, next); err != nil {
			return err
		}
		if !cleared(next.mark) {
			kept = append(kept, next.mark)
		}
		sn, err := snapshotWithChecks(ctx, c, a, figs, kept)
		if err != nil {
			return err
		}
		if err := updateProgress(ctx, c, articleID, sn); err != nil {
			return err
		}
		return s.eng.announce(ctx, c, markEvent(doc, m))
	})
	if err != nil {
		return fmt.Errorf("save mark on %s: %w", a.Source, err)
	}
	return nil
}

// apply is the row a save of m writes over old, the figure's latest mark:
// the fields m sets are m's, with m's reviewer as their author; the others
// stay old's, with their author.
func apply(m model.Mark, old stored) stored {
	next := stored{mark: m, verdictBy: old.verdictBy, verdictAt: old.verdictAt, noteBy: old.noteBy, noteAt: old.noteAt}
	if m.Set.Has(model.MarkVerdict) {
		next.verdictBy, next.verdictAt = m.Reviewer, m.Updated
	} else {
		next.mark.Verdict = old.mark.Verdict
	}
	if m.Set.Has(model.MarkNote) {
		next.noteBy, next.noteAt = m.Reviewer, m.Updated
	} else {
		next.mark.Note = old.mark.Note
	}
	if next.verdictAt.IsZero() {
		next.verdictAt = m.Updated
	}
	if next.noteAt.IsZero() {
		next.noteAt = m.Updated
	}
	return next
}

// recordHistory keeps, for each field next changes, the value it replaces
// and who had set it.
func recordHistory(ctx context.Context, c conn, articleID int64, old, next stored) error {
	type change struct {
		field, from, to string
		fromBy, toBy    model.Reviewer
		fromAt, toAt    time.Time
	}
	var changes []change
	if old.mark.Verdict != next.mark.Verdict && old.mark.Verdict != model.Unchecked {
		changes = append(changes, change{"verdict", string(old.mark.Verdict), string(next.mark.Verdict),
			attributed(old.verdictBy, old.mark.Reviewer), next.verdictBy, old.verdictAt, next.verdictAt})
	}
	if old.mark.Note != next.mark.Note && old.mark.Note != "" {
		changes = append(changes, change{"note", old.mark.Note, next.mark.Note,
			attributed(old.noteBy, old.mark.Reviewer), next.noteBy, old.noteAt, next.noteAt})
	}
	for _, ch := range changes {
		_, err := c.exec(ctx, `
INSERT INTO mark_history (article_id, fact_key, fact_text, field, old_value, old_by, old_fp, old_at, new_value, new_by, new_fp, new_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			articleID, next.mark.Key, next.mark.Text, ch.field, ch.from, ch.fromBy.Name, ch.fromBy.Fingerprint, ch.fromAt,
			ch.to, ch.toBy.Name, ch.toBy.Fingerprint, ch.toAt)
		if err != nil {
			return fmt.Errorf("record history: %w", err)
		}
	}
	return nil
}

// attributed is by, or fallback for rows from before fields had authors.
func attributed(by, fallback model.Reviewer) model.Reviewer {
	if by.Name == "" {
		return fallback
	}
	return by
}

func upsertArticle(ctx context.Context, c conn, a model.Article, hash, doc string, figures int, now time.Time) (int64, error) {
	var id int64
	err := c.queryRow(ctx, `
INSERT INTO articles (hash, doc, source, title, updated, figures) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (hash) DO UPDATE SET doc = excluded.doc, title = excluded.title, updated = excluded.updated,
	figures = excluded.figures
RETURNING id`, hash, doc, a.Source, a.Title, now, figures).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("record article: %w", err)
	}
	return id, nil
}

func insertMark(ctx context.Context, c conn, articleID int64, st stored) error {
	m := st.mark
	_, err := c.exec(ctx, `
INSERT INTO marks (article_id, fact_key, fact_text, verdict, note, reviewer, fingerprint, created,
	verdict_by, verdict_fp, verdict_at, note_by, note_fp, note_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		articleID, m.Key, m.Text, string(m.Verdict), m.Note, m.Reviewer.Name, m.Reviewer.Fingerprint, m.Updated,
		st.verdictBy.Name, st.verdictBy.Fingerprint, st.verdictAt, st.noteBy.Name, st.noteBy.Fingerprint, st.noteAt)
	if err != nil {
		return fmt.Errorf("record mark: %w", err)
	}
	return nil
}

// snapshot is the progress figs review list shows for one article
// version: review items by verdict (Unchecked is not stored), the marks
// that no longer match a figure, and the consistency checks raised and
// still open.
type snapshot struct {
	sum                model.Summary
	orphaned           int
	checks, checksOpen int
}

// newSnapshot counts marks, attached to figs.Facts (or orphaned, FactID
// -1), by the review items of figs.
func newSnapshot(figs model.Facts, marks []model.Mark) snapshot {
	sn := snapshot{sum: model.Progress(figs.Facts, figs.Comparisons, marks)}
	sn.sum.Unchecked = 0
	for _, m := range marks {
		if m.FactID < 0 || m.FactID >= len(figs.Facts) {
			sn.orphaned++
		}
	}
	return sn
}

// countChecks adds to sn the checks a raises, whose figures are figs,
// and how many are open with the figures' marks (attached) and the
// checks' own marks cms.
func (sn *snapshot) countChecks(a model.Article, figs model.Facts, marks []model.Mark, cms []model.CheckMark) {
	rs := reviewChecks(a, figs, marks)
	takeCheckMarks(a, figs, rs, cms)
	sn.checks, sn.checksOpen = len(rs), 0
	for _, r := range rs {
		if r.open() {
			sn.checksOpen++
		}
	}
}

// progressOf is the snapshot of a with the latest marks of its figures
// and checks, read in c.
func progressOf(ctx context.Context, c conn, a model.Article, figs model.Facts) (snapshot, error) {
	current, err := latestMarks(ctx, c, a, model.ArticleHash(a))
	if err != nil {
		return snapshot{}, err
	}
	marks := make([]model.Mark, len(current))
	for i, st := range current {
		marks[i] = st.mark
	}
	return snapshotWithChecks(ctx, c, a, figs, model.Attach(marks, a.Text, figs.Facts))
}

// snapshotWithChecks counts marks, attached to figs.Facts, and the checks
// of a with their marks as read in c.
func snapshotWithChecks(ctx context.Context, c conn, a model.Article, figs model.Facts, marks []model.Mark) (snapshot, error) {
	sn := newSnapshot(figs, marks)
	cs, err := latestCheckMarks(ctx, c, a)
	if err != nil {
		return snapshot{}, err
	}
	sn.countChecks(a, figs, marks, checkMarksOf(cs))
	return sn, nil
}

// updateProgress stores the snapshot figs review list shows.
func updateProgress(ctx context.Context, c conn, articleID int64, sn snapshot) error {
	p := sn.sum
	_, err := c.exec(ctx, `UPDATE articles SET figures = ?, items = ?, verified = ?, disputed = ?, unsure = ?, orphaned = ?, checks = ?, checks_open = ? WHERE id = ?`,
		p.Figures, p.Items, p.Verified, p.Disputed, p.Unsure, sn.orphaned, sn.checks, sn.checksOpen, articleID)
	if err != nil {
		return fmt.Errorf("record progress: %w", err)
	}
	return nil
}
