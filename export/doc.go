// Package export writes documents (the records of documents.jsonl, see
// package extract) as an analyst's Excel workbook, as CSV or as JSON Lines.
//
// The workbook has six sheets, named in Vietnamese by default and in English
// with Options.Lang "en": a summary of what went in (Tổng hợp), a comparison
// of every metric across groups of documents (So sánh), the tidy long table
// of figures (Số liệu), the consistency findings (Kiểm tra), the documents
// (Tài liệu) and the metric taxonomy (Chỉ số).
//
// The comparison and the three long tables are written with excelize's
// StreamWriter; the summary and the taxonomy, small, cell by cell; no sheet
// has two writers. The workbook takes two passes. While documents arrive,
// the Exporter keeps a compact index of about 24 bytes per figure for the
// comparison and spills each document, without its text, to a temporary
// documents.jsonl. At Close it knows how many sheets every table needs,
// creates them all in reading order, streams the comparison from the index
// and the figures, checks and documents from the spill, and streams the zip
// straight to the writer. A million figures export in bounded memory; past
// Excel's 1,048,576 rows the figures continue on "Số liệu (2)".
//
// Text from articles is always written as text, never as a formula; characters
// XML cannot hold are dropped and cells are cut at Excel's 32,767 characters
// with a visible mark. Numbers stay real numbers, shown the Vietnamese way
// (3.912; 35,34%) through locale-tagged number formats; shares are stored as
// fractions with a percent format (35,34% is 0.3534), as spreadsheets
// expect, while CSV keeps the reported 35.34.
//
// Output goes to an io.Writer; CreateFile gives a file that appears under its
// name only when the export succeeded.
package export
