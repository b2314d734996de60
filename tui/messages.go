package tui

import (
	"time"

	"figs/model"
	"figs/model/extract"
)

// figuresMsg is sent by extractCmd with the figures of the next chunk of the article.
type figuresMsg struct {
	gen   int // the article generation it belongs to
	chunk extract.Chunk
	lang  string // with the first chunk: the language guessed
}

// errMsg is sent by any command that failed; the App shows it in the status line.
type errMsg struct{ err error }

// marksMsg is sent by loadMarksCmd with the marks of the open article.
type marksMsg struct {
	gen        int
	marks      []model.Mark
	checkMarks []model.CheckMark // as the store has them: Check -1
	loaded     loads             // which of the two were loaded
}

// markSavedMsg is sent by saveMarkCmd once the store has made the mark
// durable: mark is the figure's mark as stored, set the fields the save changed.
type markSavedMsg struct {
	gen  int
	mark model.Mark
	set  model.MarkFields
	sent time.Time // when the edit saved was made (its Mark.Updated)
}

// positionMsg is sent by loadPositionCmd with the remembered reading position.
type positionMsg struct {
	gen    int
	offset int
	ok     bool
}

// reportMsg is sent by writeReportCmd with the path of the written report.
type reportMsg struct{ path string }

// entriesMsg is sent by loadEntriesCmd with the articles of the library.
type entriesMsg struct{ entries []model.ArticleInfo }

// articleMsg is sent by openArticleCmd with an article opened from the library.
type articleMsg struct{ article model.Article }

// positionSavedMsg is sent by savePositionCmd once the position is stored.
type positionSavedMsg struct{}

// positionTickMsg is sent by the timer schedulePositionSave starts after a scroll.
type positionTickMsg struct{ gen, seq int }

// linesMsg is sent by wrapRestCmd with the layout of the rest of a long article.
type linesMsg struct {
	gen, width, from int
	factsTo          int // the blocks whose figures the layout knew of
	lines            []line
}
