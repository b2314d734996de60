package tui

import "strconv"

// countOf writes a count with its noun in the right number: "1 figure",
// "8 figures", "0 figures".
func countOf(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
