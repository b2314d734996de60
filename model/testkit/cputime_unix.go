//go:build unix

package testkit

import (
	"syscall"
	"time"
)

// CPUTime returns the processor time this process has used, user and
// system, and whether it could be measured. Benchmarks report throughput
// by it because, on a machine shared with other work, it varies much less
// than wall time does.
func CPUTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
