package main

import (
	"context"
	"os"
	"runtime/debug"

	"figs/articles"
	"figs/model"
)

// loadSource loads the one source in args (a file, "-" for stdin, or an
// http/https URL), or the default article when args is empty.
func loadSource(ctx context.Context, e env, g globalFlags, args []string) (model.Article, error) {
	if len(args) == 0 {
		return articles.Default()
	}
	return articles.Load(ctx, args[0], sourceOptions(e, g))
}

// sourceOptions are the loading options the global flags and streams give.
func sourceOptions(e env, g globalFlags) articles.Options {
	return articles.Options{MaxSize: g.maxSize, Stdin: e.stdin, Version: figsVersion()}
}

// sourceFolder returns the library of the folder named by args, or nil
// when args names no folder (no source, a file, "-", a URL).
func sourceFolder(e env, g globalFlags, args []string) (*articles.Folder, error) {
	if len(args) == 0 || args[0] == "-" {
		return nil, nil
	}
	st, err := os.Stat(args[0])
	if err != nil || !st.IsDir() {
		return nil, nil
	}
	return articles.OpenFolder(args[0], sourceOptions(e, g))
}

// figsVersion is the module version figs was built as, for the User-Agent.
func figsVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}
