package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newFactsCmd(e env, g *globalFlags) *cobra.Command {
	return &cobra.Command{
		Use:   "facts",
		Short: "not yet built",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("facts: not yet built")
		},
	}
}
