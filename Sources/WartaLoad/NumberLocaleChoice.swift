import WartaCore
/// Decides, for one CSV file, whether its numbers are written the Indonesian way (`11.314`, `4,20`)
/// or the English way (`11,314`, `4.20`), from the cells themselves.
///
/// The delimiter alone settles nothing: Indonesian Excel writes `;`, but so does every European
/// spreadsheet, and Google Sheets writes `,` in every language. A cell that can be read only one way
/// (`4,20`, `0.5`, `1.234.567`) settles the file; a cell read differently each way (`1.234`, `"2,345"`)
/// is an error when nothing settles it, because guessing is how a site publishes 2,345 families
/// instead of 2.345.
package enum NumberLocaleChoice {
    package struct Cell: Sendable {
        package var reading: NumberReading
        package var text: String
        package var column: String
        package var location: SourceLocation

        package init(reading: NumberReading, text: String, column: String, location: SourceLocation) {
            self.reading = reading
            self.text = text
            self.column = column
            self.location = location
        }
    }

    /// The style to read the file with, and the cells already reported (so they are not reported
    /// again as "not a number"). `declared` is the metadata's `locale`; `fallback` the site's.
    package static func choose(_ cells: [Cell], declared: NumberStyle?, fallback: NumberStyle, metadata: SourceLocation,
                               log: DiagnosticLog) -> (style: NumberStyle, reported: Set<Int>) {
        var indonesianOnly: [Int] = [], englishOnly: [Int] = []
        for (index, cell) in cells.enumerated() {
            if case .only(let style, _) = cell.reading {
                if style == .indonesian { indonesianOnly.append(index) } else { englishOnly.append(index) }
            }
        }
        func code(_ style: NumberStyle) -> String { style == .english ? "en" : "id" }
        func other(_ style: NumberStyle) -> NumberStyle { style == .english ? .indonesian : .english }

        if let declared {
            let against = declared == .english ? indonesianOnly : englishOnly
            // One cell is a typo, reported as such; many are a file saved in the other language.
            guard against.count >= 2 else { return (declared, []) }
            let first = cells[against[0]]
            log.error(first.location, .dataset(.cellsInOtherStyle(count: against.count, first: first.text,
                                                                     english: declared == .indonesian, against: .declaredLocale)),
                      hint: against.count * 2 > cells.count ? .changeLocale(code(other(declared))) : .writeNumbersOneWay)
            return (declared, Set(against))
        }

        if indonesianOnly.isEmpty && englishOnly.isEmpty {
            var reported = Set<Int>()
            for (index, cell) in cells.enumerated() {
                guard case .differs(let id, let en) = cell.reading else { continue }
                log.error(cell.location, .dataset(.ambiguousNumber(value: cell.text, column: cell.column, asIndonesian: id, asEnglish: en)),
                          hint: .chooseLocale)
                reported.insert(index)
            }
            return (fallback, reported)
        }

        let style: NumberStyle = indonesianOnly.count == englishOnly.count ? fallback
            : indonesianOnly.count > englishOnly.count ? .indonesian : .english
        let minority = style == .indonesian ? englishOnly : indonesianOnly
        if minority.count >= 2 {
            let first = cells[minority[0]]
            log.error(first.location, .dataset(.cellsInOtherStyle(count: minority.count, first: first.text, english: style == .indonesian,
                                                                     against: .otherCells(style == .indonesian ? indonesianOnly.count : englishOnly.count))),
                      hint: .writeNumbersOneWay)
            return (style, Set(minority))
        }
        if style != fallback, minority.isEmpty {
            // Read correctly, but the author may not know the file is in the other language's style.
            let evidence = style == .english ? englishOnly : indonesianOnly
            let first = cells[evidence[0]]
            log.warning(metadata, .dataset(.cellsInOtherStyle(count: evidence.count, first: first.text,
                                                                 english: style == .english, against: .nothing)),
                        hint: .setLocale(code(style)))
        }
        return (style, [])
    }
}
