package main

import (
	"errors"

	"github.com/spf13/cobra"
)

func newServeCmd(e env, g *globalFlags) *cobra.Command {
	return &cobra.Command{
		Use:   "serve",
		Short: "not yet built",
		RunE: func(cmd *cobra.Command, args []string) error {
			return errors.New("serve: not yet built")
		},
	}
}
