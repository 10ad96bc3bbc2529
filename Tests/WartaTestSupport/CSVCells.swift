import PropertyBased

/// Generators of CSV cell text, shared by the reader's tests and the download writer's.
package enum CSVCells {
    /// Text that stresses quoting: delimiters, quotes, every line break, padding, combining marks
    /// (which merge with a preceding quote or comma into one Character), emoji and a BOM character.
    package static let tricky = Gen<Character?>.element(of: [
        "a", "Z", "7", " ", "\t", ",", ";", "\"", "\n", "\r", "\r\n", "'", "=", "-",
        "é", "Ş", "中", "👍", "🇮🇩", "\u{301}", "\u{FEFF}", "\u{A0}",
    ] as [Character]).map { $0! }.string(of: 0...6)
}
