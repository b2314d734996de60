package model

// Kind is the kind of a figure.
type Kind string

// The kinds of figure. Dates and ordinals are found but are not quantities.
const (
	KindMoney       Kind = "money"
	KindPercent     Kind = "percent"
	KindDistance    Kind = "distance"
	KindArea        Kind = "area"
	KindVolume      Kind = "volume"
	KindMass        Kind = "mass"
	KindTemperature Kind = "temperature"
	KindSpeed       Kind = "speed"
	KindDuration    Kind = "duration"
	KindCount       Kind = "count"
	KindDate        Kind = "date"
	KindOrdinal     Kind = "ordinal"
	KindNumber      Kind = "number"
)

// Kinds lists every kind in the order the reader shows them.
var Kinds = []Kind{
	KindMoney, KindPercent, KindDistance, KindArea, KindVolume, KindMass,
	KindTemperature, KindSpeed, KindDuration, KindCount, KindNumber,
	KindOrdinal, KindDate,
}

// IsQuantity reports whether figures of kind k measure something
// (dates and ordinals do not).
func (k Kind) IsQuantity() bool { return k != KindDate && k != KindOrdinal }

// Qualifier values: how a figure's value is bounded or approximated.
const (
	QualNone    = ""
	QualLess    = "<"
	QualMore    = ">"
	QualAtMost  = "<="
	QualAtLeast = ">="
	QualAbout   = "~"
)

// Fact is one figure found in an article's text.
type Fact struct {
	ID        int      `json:"id"` // index in reading order
	Kind      Kind     `json:"kind"`
	Text      string   `json:"text"`      // Article.Text[Start:End]
	Start     int      `json:"start"`     // byte offset into Article.Text
	End       int      `json:"end"`       // byte offset, exclusive
	Value     float64  `json:"value"`     // resolved value; the low end of a range
	Max       *float64 `json:"max"`       // the high end of a range, or nil
	Unit      string   `json:"unit"`      // canonical unit symbol or ISO 4217 code
	Qualifier string   `json:"qualifier"` // one of the Qual* values
	Noun      string   `json:"noun"`      // the counted noun of a count, as written (nominative)
	Label     string   `json:"label"`     // a few words saying what the figure measures
	Display   string   `json:"display"`   // compact English form: "35 billion USD"
}

// Comparison ties two figures of one kind and unit: A is the newer or
// subject value, B the one it is compared with.
type Comparison struct {
	A       int     `json:"a"` // Fact.ID of the newer or subject value
	B       int     `json:"b"` // Fact.ID of the value compared with
	Ratio   float64 `json:"ratio"`
	Delta   float64 `json:"delta"`
	Display string  `json:"display"` // "35 vs 20 billion USD (+75%)"
}

// Facts is everything extraction found in one text.
type Facts struct {
	Lang        string       `json:"lang"`
	Facts       []Fact       `json:"facts"`
	Comparisons []Comparison `json:"comparisons"`
}
