package main

import (
	"context"
	"errors"
)

// EvalCommand is being written; this placeholder keeps the build whole.
type EvalCommand struct{ Main *Main }

// Run reports that the command is not there yet.
func (c *EvalCommand) Run(ctx context.Context, args []string) error {
	return errors.New("eval: not implemented yet")
}
