package main

import (
	"context"
	"errors"
	"fmt"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"

	"figs/articles"
	"figs/model"
	"figs/tui"
)

// handle is the Bubble Tea handler of a session: it picks what the reviewer
// sees (the library, the article named on the ssh command line, or the
// default article) and returns a fresh reader for this session alone. A
// refused session gets a one-line message and a nil model.
func (s *sshServer) handle(sess ssh.Session) (tea.Model, []tea.ProgramOption) {
	art, err := s.sessionArticle(sess)
	if err != nil {
		s.cfg.logger.Warn("article refused", "user", cleanUser(sess.User()),
			"fingerprint", fingerprint(sess.PublicKey()), "err", err)
		refuse(sess, err.Error())
		return nil, nil
	}
	reviewer := model.Reviewer{Name: cleanUser(sess.User()), Fingerprint: fingerprint(sess.PublicKey())}
	app := s.cfg.newApp(art, s.sessionOptions(sess.Context(), reviewer, len(sess.Command()) == 0))
	// Each session's program must not react to the server's own signals:
	// shutdown is the server's job, and tells the reviewer. A frame goes
	// out on the renderer's next tick: at tui.FrameRate a key waits least.
	return app, []tea.ProgramOption{tea.WithoutSignalHandler(), tea.WithFPS(tui.FrameRate)}
}

// sessionArticle returns the article a session opens: the one named by the
// ssh command, resolved inside the library only, or the default article.
func (s *sshServer) sessionArticle(sess ssh.Session) (model.Article, error) {
	args := sess.Command()
	switch {
	case len(args) == 0:
		return s.cfg.article, nil
	case len(args) > 1:
		return model.Article{}, fmt.Errorf("give one article name, not %d words", len(args))
	case s.cfg.library == nil:
		return model.Article{}, fmt.Errorf("this server has no library to open %q from", args[0])
	}
	a, err := s.cfg.library.Open(sess.Context(), args[0])
	switch {
	case errors.Is(err, articles.ErrOutsideLibrary):
		return model.Article{}, fmt.Errorf("cannot open %q: it is outside the library", args[0])
	case err != nil:
		return model.Article{}, fmt.Errorf("cannot open %q: %w", args[0], err)
	}
	return a, nil
}

// sessionOptions are the reader options of one session. browse is true
// when the reviewer named no article, so the library (if any) opens first.
func (s *sshServer) sessionOptions(ctx context.Context, r model.Reviewer, browse bool) tui.Options {
	live, _ := s.cfg.store.(tui.LiveStore)
	return tui.Options{
		Live:           live,
		Store:          s.cfg.store,
		Reviewer:       r,
		Library:        s.cfg.library,
		StartInLibrary: browse && s.cfg.library != nil,
		Lang:           s.cfg.lang,
		Context:        ctx,
	}
}
