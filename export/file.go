package export

import (
	"errors"
	"os"
	"path/filepath"
)

// File is an output file written under a temporary name beside its final
// one ("report.xlsx.123456.tmp") and renamed only by Commit, so that a
// failed export never leaves a half-written file and never touches an
// earlier one of the same name.
type File struct {
	*os.File
	name string
	done bool
}

// CreateFile starts writing the file name.
func CreateFile(name string) (*File, error) {
	dir, base := filepath.Split(name)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, base+".*.tmp")
	if err != nil {
		return nil, err
	}
	return &File{File: f, name: name}, nil
}

// Commit flushes the file to disk and gives it its name.
func (f *File) Commit() error {
	if f.done {
		return errors.New("export: file already closed")
	}
	f.done = true
	err := f.File.Sync()
	if cerr := f.File.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		// CreateTemp makes the file private; give it the usual mode.
		err = os.Chmod(f.File.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.File.Name(), f.name)
	}
	if err != nil {
		os.Remove(f.File.Name())
	}
	return err
}

// Abort removes the temporary file. It is safe to call after Commit, which
// makes it a no-op, so that "defer f.Abort()" cleans up on every error path.
func (f *File) Abort() {
	if f.done {
		return
	}
	f.done = true
	f.File.Close()
	os.Remove(f.File.Name())
}
