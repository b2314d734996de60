// Package model holds the nouns of figs: articles, the figures found in them,
// and the review marks kept on those figures. It imports only the standard
// library, so every other package can depend on it.
package model
