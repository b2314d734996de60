// Command figs is a terminal article reader for people who check numbers.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		os.Exit(1)
	}
}

// env is what every subcommand may use of the process: its streams.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// run executes figs with args and reports any error on stderr as one line.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	e := env{stdin: stdin, stdout: stdout, stderr: stderr}
	root := newRootCmd(e)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	return fang.Execute(ctx, root,
		fang.WithoutManpage(),
		fang.WithErrorHandler(func(w io.Writer, _ fang.Styles, err error) {
			if errors.Is(err, errSilent) {
				return
			}
			fmt.Fprintf(w, "figs: %s\n", oneLine(err.Error()))
		}),
	)
}

// errSilent is returned by commands that already reported their errors.
var errSilent = errors.New("errors reported")

func newRootCmd(e env) *cobra.Command {
	var g globalFlags
	root := &cobra.Command{
		Use:   "figs [SOURCE]",
		Short: "Read articles in the terminal and check every figure they cite",
		Long: "figs shows an article in a scrollable pane with every figure it cites " +
			"(money, distances, areas, counts, percentages, durations, dates) in a sidebar, " +
			"jumps between them, and keeps a verdict and note per figure.",
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRead(cmd.Context(), e, g, args)
		},
	}
	g.register(root)
	root.AddCommand(
		newFactsCmd(e, &g),
		newCatCmd(e, &g),
		newReviewCmd(e, &g),
		newServeCmd(e, &g),
	)
	return root
}
