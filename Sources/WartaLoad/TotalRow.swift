import Foundation
import WartaCore
import WartaModel
/// Finds the row that adds up the others (`Jumlah`, `Total`, or `Kota Pontianak` under its
/// kecamatan), so the table can show it as a total and charts and "highest" sentences leave it out:
/// a total charted as one more district is always the tallest bar.
///
/// A row named `Jumlah`/`Total` is a total whatever its figures, and a warning says so when it does not
/// equal the sum of the rows above (a wrong total is a wrong published number). A last row named after
/// a region (`Kota …`, `Kabupaten …`, `Provinsi …`) is a total only when it equals the sum, since it may
/// just as well be a region in a list of regions.
enum TotalRow {
    static let totalNames = ["jumlah", "total", "grand total", "jumlah total", "total keseluruhan", "jumlah keseluruhan"]
    static let regionPrefixes = ["kota ", "kabupaten ", "kab. ", "provinsi ", "prov. "]

    static func isNamedTotal(_ label: String) -> Bool {
        let lowered = label.lowercased().trimmingCharacters(in: .whitespaces)
        return totalNames.contains(lowered) || lowered.hasPrefix("jumlah ") && lowered.count < 24
    }

    /// Row indices that are totals. `lines`: where each row stands in the file, for the warning.
    static func find(in rows: [[DataValue]], columns: [DatasetColumn], lines: [Int], csvPath: String, log: DiagnosticLog) -> Set<Int> {
        guard rows.count >= 3, let first = columns.first, !first.kind.isNumeric else { return [] }
        let labelColumn = 0
        // Percentages and rates are not sums of their parts, so only counts and amounts are checked.
        let summed = columns.indices.filter { columns[$0].kind == .number || columns[$0].kind == .count }
        func label(_ row: Int) -> String? {
            if case .text(let text) = rows[row][labelColumn] { return text }
            return nil
        }
        func sums(excluding total: Int) -> [(column: Int, written: Double, sum: Double)] {
            summed.compactMap { column in
                guard let written = rows[total][column].number else { return nil }
                let sum = rows.indices.filter { $0 != total }.compactMap { rows[$0][column].number }.reduce(0, +)
                return (column, written, sum)
            }
        }
        func matches(_ entry: (column: Int, written: Double, sum: Double)) -> Bool {
            abs(entry.written - entry.sum) <= max(1e-9, abs(entry.sum) * 1e-9) + 0.005
        }

        if let total = rows.indices.first(where: { label($0).map(isNamedTotal) ?? false }) {
            for entry in sums(excluding: total) where !matches(entry) {
                log.warning(SourceLocation(path: csvPath, line: lines[total], column: 1),
                            .dataset(.totalRowMismatch(label: label(total) ?? "", column: columns[entry.column].name,
                                                       written: entry.written, sum: entry.sum)))
            }
            return [total]
        }
        let last = rows.count - 1
        if let name = label(last)?.lowercased(), regionPrefixes.contains(where: name.hasPrefix) {
            let entries = sums(excluding: last)
            if !entries.isEmpty, entries.allSatisfy(matches) { return [last] }
        }
        return []
    }
}
