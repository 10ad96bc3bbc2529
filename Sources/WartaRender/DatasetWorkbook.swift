import Foundation
import CXlsxWriter
import WartaCore
import WartaModel
/// A dataset as an Excel workbook, for people who open data in a spreadsheet: numbers stored as
/// numbers (so they sum and chart without retyping, whatever the reader's regional settings), a bold
/// header, and a second sheet with the title, source, date, unit and notes.
///
/// libxlsxwriter writes only to a file, so the workbook is written to a private temporary file and
/// read back. Its creation time (which also dates the zip entries) is the data's date, so the same
/// dataset gives the same bytes.
package enum DatasetWorkbook {
    package static func render(_ dataset: Dataset, strings: UIStrings) -> [UInt8] {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("warta-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).xlsx").path
        defer { unlink(path) }
        guard let workbook = workbook_new(path) else { return [] }

        var properties = lxw_doc_properties()
        let title = strdup(dataset.title), author = strdup(dataset.source.name)
        defer { free(title); free(author) }
        properties.title = UnsafeMutablePointer(title)
        properties.author = UnsafeMutablePointer(author)
        // 0 would mean "now" to libxlsxwriter, which also dates the zip entries with it; 1980-01-01 is
        // the earliest date a zip entry can hold.
        properties.created = time_t(dataset.updated.map { $0.daysSinceEpoch * 86_400 } ?? 315_532_800)
        workbook_set_properties(workbook, &properties)

        let bold = workbook_add_format(workbook)
        format_set_bold(bold)
        let data = workbook_add_worksheet(workbook, "Data")
        for (column, heading) in dataset.columns.enumerated() {
            let unit = heading.unit ?? (heading.kind.isNumeric ? dataset.unit : nil)
            worksheet_write_string(data, 0, lxw_col_t(column), unit.map { "\(heading.label) (\($0))" } ?? heading.label, bold)
        }
        for (index, row) in dataset.rows.enumerated() {
            let line = lxw_row_t(index + 1)
            for (column, value) in row.enumerated() {
                let format = dataset.totalRows.contains(index) ? bold : nil
                switch value {
                case .number(let number): worksheet_write_number(data, line, lxw_col_t(column), number, format)
                case .text(let text): worksheet_write_string(data, line, lxw_col_t(column), text, format)
                case .missing: break
                }
            }
        }
        worksheet_freeze_panes(data, 1, 0)

        let about = workbook_add_worksheet(workbook, strings.numberStyle == .indonesian ? "Keterangan" : "About")
        var entries: [(String, String)] = [("Judul / Title", dataset.title), ("Sumber / Source", dataset.source.name)]
        if let url = dataset.source.url { entries.append(("Tautan sumber / Source link", url)) }
        if let updated = dataset.updated { entries.append(("Data per / As of", updated.iso)) }
        if let unit = dataset.unit { entries.append(("Satuan / Unit", unit)) }
        if dataset.isSample { entries.append(("Contoh / Sample", strings.sampleDataNotice)) }
        for note in dataset.notes { entries.append(("Catatan / Note", note)) }
        for (line, entry) in entries.enumerated() {
            worksheet_write_string(about, lxw_row_t(line), 0, entry.0, bold)
            worksheet_write_string(about, lxw_row_t(line), 1, entry.1, nil)
        }
        worksheet_set_column(about, 0, 0, 28, nil)
        worksheet_set_column(about, 1, 1, 80, nil)

        guard workbook_close(workbook) == LXW_NO_ERROR, let bytes = FileManager.default.contents(atPath: path) else { return [] }
        return [UInt8](bytes)
    }
}
