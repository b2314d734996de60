package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newCatCmd(e env, g *globalFlags) *cobra.Command {
	return &cobra.Command{
		Use:   "cat",
		Short: "not yet built",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("cat: not yet built")
		},
	}
}
