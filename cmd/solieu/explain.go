package main

import (
	"context"
	"errors"
)

// ExplainCommand is being written; this placeholder keeps the build whole.
type ExplainCommand struct{ Main *Main }

// Run reports that the command is not there yet.
func (c *ExplainCommand) Run(ctx context.Context, args []string) error {
	return errors.New("explain: not implemented yet")
}
