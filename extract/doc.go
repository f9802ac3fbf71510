// Package extract turns the text of a Vietnamese party-building report into
// figures: each number that reports a metric of the taxonomy, with its
// value, unit, modality, bound, qualifiers and the exact source span, plus
// the document's subject, province and period, and consistency checks of
// totals against their parts.
//
// Extraction is rule based. The rules are data (rules.txt, embedded) that a
// user can extend or replace; see Rules.
package extract
