package store

import (
	"context"
	"fmt"
	"time"

	"figs/model"
)

// CheckMarks returns the latest mark of each consistency check marked on
// a or an earlier version of the same source, oldest first, with Check -1:
// model.AttachChecks ties them to the checks of the current text. A mark's
// Reviewer and Updated say who gave its verdict and when (for a mark with
// only a note, who wrote it). CheckMarks implements tui.Store.
func (s *Store) CheckMarks(ctx context.Context, a model.Article) ([]model.CheckMark, error) {
	ctx, cancel := s.op(ctx)
	defer cancel()
	latest, err := latestCheckMarks(ctx, s.eng.reader(), a)
	if err != nil {
		return nil, fmt.Errorf("check marks of %s: %w", a.Source, err)
	}
	return checkMarksOf(latest), nil
}

// checkMarksOf are the check marks of cs as readers see them.
func checkMarksOf(cs []storedCheck) []model.CheckMark {
	out := make([]model.CheckMark, len(cs))
	for i, st := range cs {
		out[i] = checkMarkOf(st.shown(), st.kind)
	}
	return out
}

// storedCheck is a check's latest mark as the store keeps it: the fields
// of a figure's (the check's key as the figure key, its message as the
// text), so the rules of SaveMark on fields and their authors apply as
// they are, and the check's kind.
type storedCheck struct {
	stored
	kind model.CheckKind
}

func checkMarkOf(m model.Mark, kind model.CheckKind) model.CheckMark {
	return model.CheckMark{Check: -1, Key: m.Key, Kind: kind, Message: m.Text, Verdict: m.Verdict,
		Note: m.Note, Reviewer: m.Reviewer, Updated: m.Updated}
}

// latestCheckMarks returns the latest row of every check key of the
// versions of a, oldest first, leaving out checks whose latest row
// clears them.
func latestCheckMarks(ctx context.Context, q conn, a model.Article) ([]storedCheck, error) {
	key, alias := docKeys(a, model.ArticleHash(a))
	rs, err := q.query(ctx, `
SELECT c.check_key, c.kind, c.message, c.verdict, c.note, c.reviewer, c.fingerprint, c.created,
	c.verdict_by, c.verdict_fp, c.verdict_at, c.note_by, c.note_fp, c.note_at
FROM check_marks c
WHERE c.id IN (
	SELECT max(c2.id) FROM check_marks c2 JOIN articles a2 ON a2.id = c2.article_id
	WHERE a2.doc IN (?, ?) GROUP BY c2.check_key)
ORDER BY c.id`, key, alias)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []storedCheck
	for rs.Next() {
		var st storedCheck
		m := &st.mark
		var verdict, kind string
		if err := rs.Scan(&m.Key, &kind, &m.Text, &verdict, &m.Note, &m.Reviewer.Name, &m.Reviewer.Fingerprint, &m.Updated,
			&st.verdictBy.Name, &st.verdictBy.Fingerprint, &st.verdictAt,
			&st.noteBy.Name, &st.noteBy.Fingerprint, &st.noteAt); err != nil {
			return nil, err
		}
		m.Verdict, st.kind = model.Verdict(verdict), model.CheckKind(kind)
		if cleared(*m) {
			continue
		}
		m.FactID = -1
		m.Updated, st.verdictAt, st.noteAt = m.Updated.UTC(), st.verdictAt.UTC(), st.noteAt.UTC()
		out = append(out, st)
	}
	return out, rs.Err()
}

// SaveCheckMark records m on checks[m.Check], the consistency checks of a
// whose figures are figs, and returns the check's mark as stored once it
// is durable. As with SaveMark, only the fields in m.Set change, the
// others kept from the check's latest mark (on this or an earlier version
// of the text) under the article's write lock, a value replaced is kept in
// the history (HistoryEntry.Check), and the other stores on the database
// are told. A mark that ends with Verdict Unchecked and no note
// clears the check. A zero m.Updated means now. SaveCheckMark implements
// tui.Store.
func (s *Store) SaveCheckMark(ctx context.Context, a model.Article, figs model.Facts, checks []model.Check, m model.CheckMark) (model.CheckMark, error) {
	if m.Check < 0 || m.Check >= len(checks) {
		return model.CheckMark{}, fmt.Errorf("save check mark: check %d out of range (%d checks)", m.Check, len(checks))
	}
	c := checks[m.Check]
	for _, f := range c.Facts {
		if f < 0 || f >= len(figs.Facts) {
			return model.CheckMark{}, fmt.Errorf("save check mark: the check names figure %d of %d", f, len(figs.Facts))
		}
	}
	if m.Verdict == "" {
		m.Verdict = model.Unchecked
	}
	if !validVerdict(m.Verdict) {
		return model.CheckMark{}, fmt.Errorf("save check mark: unknown verdict %q", m.Verdict)
	}
	if m.Updated.IsZero() {
		m.Updated = time.Now()
	}
	m.Updated = m.Updated.UTC().Truncate(time.Microsecond)
	m.Key = model.CheckKeys(a.Text, figs.Facts, checks)[m.Check]
	m.Kind, m.Message = c.Kind, c.Message
	hash := model.ArticleHash(a)
	doc := docKey(a, hash)
	as := model.Mark{Key: m.Key, Text: m.Message, Verdict: m.Verdict, Note: m.Note,
		Reviewer: m.Reviewer, Updated: m.Updated, Set: m.Set}

	ctx, cancel := s.op(ctx)
	defer cancel()
	var saved model.CheckMark
	err := s.eng.write(ctx, doc, func(cn conn) error {
		articleID, err := upsertArticle(ctx, cn, a, hash, doc, len(figs.Facts), m.Updated)
		if err != nil {
			return err
		}
		current, err := latestCheckMarks(ctx, cn, a)
		if err != nil {
			return err
		}
		// the check's latest mark: under its key, or attached to it
		// from an earlier version of the text
		next := apply(as, stored{mark: model.Mark{Verdict: model.Unchecked}})
		for i, old := range model.AttachChecks(checkMarksOf(current), a.Text, figs.Facts, checks) {
			if old.Check != m.Check {
				continue
			}
			next = apply(as, current[i].stored)
			if err := recordHistory(ctx, cn, articleID, current[i].stored, next); err != nil {
				return err
			}
			if old.Key != m.Key {
				// cleared under its old key, or it would come back
				// there after this mark is cleared
				tomb := storedCheck{stored: stored{mark: model.Mark{Key: old.Key, Text: old.Message, Verdict: model.Unchecked,
					Reviewer: m.Reviewer, Updated: m.Updated}, verdictAt: m.Updated, noteAt: m.Updated}, kind: old.Kind}
				if err := insertCheckMark(ctx, cn, articleID, tomb); err != nil {
					return err
				}
			}
		}
		if err := insertCheckMark(ctx, cn, articleID, storedCheck{stored: next, kind: m.Kind}); err != nil {
			return err
		}
		saved = checkMarkOf(next.shown(), m.Kind)
		saved.Check = m.Check
		sn, err := progressOf(ctx, cn, a, figs)
		if err != nil {
			return err
		}
		if err := updateProgress(ctx, cn, articleID, sn); err != nil {
			return err
		}
		return s.eng.announce(ctx, cn, markEvent(doc, as))
	})
	if err != nil {
		return model.CheckMark{}, fmt.Errorf("save check mark on %s: %w", a.Source, err)
	}
	return saved, nil
}

func insertCheckMark(ctx context.Context, c conn, articleID int64, st storedCheck) error {
	m := st.mark
	_, err := c.exec(ctx, `
INSERT INTO check_marks (article_id, check_key, kind, message, verdict, note, reviewer, fingerprint, created,
	verdict_by, verdict_fp, verdict_at, note_by, note_fp, note_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		articleID, m.Key, string(st.kind), m.Text, string(m.Verdict), m.Note, m.Reviewer.Name, m.Reviewer.Fingerprint, m.Updated,
		st.verdictBy.Name, st.verdictBy.Fingerprint, st.verdictAt, st.noteBy.Name, st.noteBy.Fingerprint, st.noteAt)
	if err != nil {
		return fmt.Errorf("record check mark: %w", err)
	}
	return nil
}
