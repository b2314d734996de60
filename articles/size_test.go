package articles

import "testing"

func TestHumanSize(t *testing.T) {
	for _, c := range []struct {
		n    int64
		want string
	}{
		{0, "0 bytes"},
		{1, "1 byte"},
		{2, "2 bytes"},
		{1 << 10, "1 KiB"},
		{1500, "1500 bytes"},
		{32 << 20, "32 MiB"},
		{1 << 30, "1 GiB"},
	} {
		if got := humanSize(c.n); got != c.want {
			t.Errorf("humanSize(%d) = %q, want %q", c.n, got, c.want)
		}
	}
}
