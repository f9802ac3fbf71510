package main

import (
	"context"
	"errors"
)

// ScrapeCommand is being written; this placeholder keeps the build whole.
type ScrapeCommand struct{ Main *Main }

// Run reports that the command is not there yet.
func (c *ScrapeCommand) Run(ctx context.Context, args []string) error {
	return errors.New("scrape: not implemented yet")
}
