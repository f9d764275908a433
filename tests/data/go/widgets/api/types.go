// Package api is a tiny invented service, written for the spec_audit tests (not Ollama's code).
package api

import "time"

// Duration is how long to keep a widget reserved: seconds or a Go duration string.
type Duration struct {
	time.Duration
}

func (d Duration) MarshalJSON() ([]byte, error) { return []byte(`"` + d.String() + `"`), nil }

// Audit is embedded in Widget; encoding/json promotes its fields.
type Audit struct {
	Revision int `json:"revision,omitempty"`
}

type Widget struct {
	ID       string    `json:"id"`
	Label    string    `json:"label,omitempty"`
	Price    float64   `json:"price"`
	Tags     []string  `json:"tags,omitempty"`
	Made     time.Time `json:"made"`
	Secret   string    `json:"-"`
	internal int
	Audit
}

type ListWidgetsResponse struct {
	Widgets []Widget `json:"widgets"`
}

type CreateWidgetRequest struct {
	Label   string            `json:"label"`
	Price   *float64          `json:"price,omitempty"`
	Hold    *Duration         `json:"hold,omitempty"`
	Options map[string]any    `json:"options"`
}
