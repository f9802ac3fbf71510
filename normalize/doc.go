// Package normalize turns Vietnamese text as found on the web and in old
// office files into one comparable form, and keeps the way back to the
// original bytes.
//
// Decode turns input bytes into UTF-8: UTF-8 and UTF-16 as they are, and
// the legacy Vietnamese encodings Windows-1258, TCVN3 (ABC) and VNI by
// scoring each decoding against common Vietnamese syllables.
//
// New builds a Text: the original string and a normalized view of it (NFC,
// invisible characters removed, look-alikes mapped, one tone-mark
// placement, spaces and line ends unified) with an offset map, so that a
// span found in Text.Norm maps back to the exact bytes of Text.Orig
// (OrigSpan). The same stages are golang.org/x/text/transform
// Transformers (Invisible, LookAlikes, Tone, Spaces, composed by Chain) for
// use on streams.
//
// Numbers finds the numbers of a text the Vietnamese way ("3.912" is 3912,
// "20,9" is 20.9, "hai mươi mốt" is 21, "1,5 nghìn" is 1500) and says which
// are dates, ratios, codes or ordinals. An Expander spells out the
// abbreviations of party-building reports ("ĐV" is "đảng viên") with the
// offset map kept; its Normalize is New and Expand in one go, writing the
// normalized text once, and NormalizeInto does it in a Buffer whose memory
// serves text after text of a batch.
//
// Word lists and tables are data files embedded from data/ (look-alikes,
// abbreviations, number-word exclusions, legacy code pages, common
// syllables); each has a Parse function so that a user can replace it.
// The package does no I/O beyond its readers.
package normalize
