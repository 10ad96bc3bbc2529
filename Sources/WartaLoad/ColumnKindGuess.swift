import WartaModel
/// The type of a column the metadata does not declare, guessed from its name and cells; the guesses
/// are listed in a note so an author can see and correct them.
///
/// Years and region codes are digits that must never be grouped (`2010`, `6171`, not `2.010`), so
/// they are recognised before numbers. A column is numeric when any cell reads as a number in
/// either language's style, so one mistyped figure is reported instead of turning the column into
/// text, and a file in the other style still has numbers to chart.
enum ColumnKindGuess {
    static func kind(of name: String, at index: Int, cells: [String]) -> DatasetColumn.Kind {
        let filled = cells.filter { !$0.isEmpty }
        let lowered = name.lowercased()
        let allDigits = !filled.isEmpty && filled.allSatisfy { $0.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }
        let words = lowered.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let namedLikeCode = words.contains { ["kode", "code", "id", "kd", "bps", "nomor", "no"].contains($0) }
            || lowered.hasPrefix("kode") || lowered.hasPrefix("kd")
        if namedLikeCode, allDigits { return .code }
        let namedLikeYear = ["tahun", "year", "periode", "period"].contains { lowered.contains($0) }
        if allDigits, filled.allSatisfy({ $0.count == 4 && (1800...2200).contains(Int($0) ?? 0) }), index == 0 || namedLikeYear {
            return .year
        }
        if index == 0 { return .category }
        let numeric = filled.contains { NumberReading($0, wholeNumbers: false) != .notANumber }
        return numeric ? .number : .category
    }
}
