package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"figs/model"
)

// The output formats of figs cat.
const (
	catText     = "text"
	catMarkdown = "md"
)

func newCatCmd(e env, g *globalFlags) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "cat [--format text|md] [SOURCE]",
		Short: "Print the cleaned article: the text the reader shows and figure offsets point into",
		Long: "cat prints an article as figs reads it: title, byline and date, then the blocks, " +
			"with terminal escapes, controls and web boilerplate removed. SOURCE is a file " +
			"(.txt, .md, .html, or sniffed), - for stdin, or an http(s) URL; without it, the " +
			"default article. The text format is exactly the text that figs facts offsets point into.",
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != catText && format != catMarkdown {
				return fmt.Errorf("cat: unknown format %q (want text or md)", format)
			}
			a, err := loadSource(cmd.Context(), e, *g, args)
			if err != nil {
				return err
			}
			w := bufio.NewWriter(e.stdout)
			if format == catMarkdown {
				writeMarkdown(w, a)
			} else {
				w.WriteString(a.Text)
				w.WriteByte('\n')
			}
			if err := w.Flush(); err != nil {
				return fmt.Errorf("cat: %w", err)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", catText, "output format: text or md")
	return cmd
}

// writeMarkdown writes a as Markdown: the title as a level-1 heading, the
// meta line in italics, headings at level 2, "-" for bullet items, "> " for
// quotes and fenced code.
func writeMarkdown(w *bufio.Writer, a model.Article) {
	for i, b := range a.Blocks {
		text := a.BlockText(b)
		if i > 0 {
			w.WriteString("\n")
			if b.Kind != model.BlockListItem || a.Blocks[i-1].Kind != model.BlockListItem {
				w.WriteString("\n")
			}
		}
		switch b.Kind {
		case model.BlockTitle:
			w.WriteString("# " + text)
		case model.BlockMeta:
			w.WriteString("*" + text + "*")
		case model.BlockHeading:
			w.WriteString("## " + text)
		case model.BlockListItem:
			if rest, ok := strings.CutPrefix(text, "• "); ok {
				text = "- " + rest
			}
			w.WriteString(text)
		case model.BlockQuote:
			w.WriteString("> " + text)
		case model.BlockCode:
			fence := codeFence(text)
			w.WriteString(fence + "\n" + text + "\n" + fence)
		default:
			w.WriteString(text)
		}
	}
	w.WriteString("\n")
}

// codeFence returns a backtick fence longer than any backtick run in code.
func codeFence(code string) string {
	longest, run := 0, 0
	for _, r := range code {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return strings.Repeat("`", max(3, longest+1))
}
