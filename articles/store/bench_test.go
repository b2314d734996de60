package store

import (
	"context"
	"testing"

	"figs/model"
)

// BenchmarkSaveMark measures one durable mark on a 96-figure article,
// including the disk sync.
func BenchmarkSaveMark(b *testing.B) {
	s := openTemp(b)
	a, facts := roadsArticle(b)
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		m := model.Mark{FactID: i % len(facts), Verdict: model.Verified, Reviewer: ana}
		if err := s.SaveMark(ctx, a, figures(facts), m); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkMarks measures loading and attaching the marks of a fully
// reviewed 96-figure article.
func BenchmarkMarks(b *testing.B) {
	s := openTemp(b)
	a, facts := roadsArticle(b)
	ctx := context.Background()
	for i := range facts {
		if err := s.SaveMark(ctx, a, figures(facts), model.Mark{FactID: i, Verdict: model.Verified, Reviewer: ana}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Marks(ctx, a, figures(facts)); err != nil {
			b.Fatal(err)
		}
	}
}
