package main

import (
	"context"
	"errors"
)

// EvalHTMLCommand is being written; this placeholder keeps the build whole.
type EvalHTMLCommand struct{ Main *Main }

// Run reports that the command is not there yet.
func (c *EvalHTMLCommand) Run(ctx context.Context, args []string) error {
	return errors.New("evalhtml: not implemented yet")
}
