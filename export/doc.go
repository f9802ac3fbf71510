// Package export writes documents (the records of documents.jsonl, see
// package extract) as an analyst's Excel workbook, as CSV or as JSON Lines.
//
// The workbook has six sheets, named in Vietnamese by default and in English
// with Options.Lang "en": a summary of what went in (Tổng hợp), a comparison
// of every metric across groups of documents (So sánh), the tidy long table
// of figures (Số liệu), the consistency findings (Kiểm tra), the documents
// (Tài liệu) and the metric taxonomy (Chỉ số).
//
// Every sheet is written with excelize's StreamWriter, except the two small
// ones (summary, taxonomy), which no stream touches. An Exporter reads each
// document once: figures, documents and checks go to their sheets as they
// arrive, and the comparison is built at Close from a compact in-memory index
// of about 32 bytes per figure, so a million figures export in bounded
// memory. Past Excel's 1,048,576 rows the figures continue on "Số liệu (2)".
//
// Text from articles is always written as text, never as a formula; characters
// XML cannot hold are dropped and cells are cut at Excel's 32,767 characters
// with a visible mark. Numbers stay real numbers, shown the Vietnamese way
// (3.912; 35,34%) through locale-tagged number formats.
//
// Output goes to an io.Writer; CreateFile gives a file that appears under its
// name only when the export succeeded.
package export
