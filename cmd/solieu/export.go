package main

import (
	"context"
	"errors"
)

// ExportCommand is being written; this placeholder keeps the build whole.
type ExportCommand struct{ Main *Main }

// Run reports that the command is not there yet.
func (c *ExportCommand) Run(ctx context.Context, args []string) error {
	return errors.New("export: not implemented yet")
}
