package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newReviewCmd(e env, g *globalFlags) *cobra.Command {
	return &cobra.Command{
		Use:   "review",
		Short: "not yet built",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("review: not yet built")
		},
	}
}
