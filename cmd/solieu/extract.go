package main

import (
	"context"
	"errors"
)

// ExtractCommand is being written; this placeholder keeps the build whole.
type ExtractCommand struct{ Main *Main }

// Run reports that the command is not there yet.
func (c *ExtractCommand) Run(ctx context.Context, args []string) error {
	return errors.New("extract: not implemented yet")
}
