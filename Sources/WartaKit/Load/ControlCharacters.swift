/// C0 control characters other than tab, line feed and carriage return are not allowed in HTML or
/// XML, and U+0001 is Warta's own `RootMarker`. Text read from content and templates has them
/// replaced by U+FFFD (shown as �), which marks the spot without breaking a page.
enum ControlCharacters {
    static func replaced(in text: String) -> String {
        // Whole files come through here: their bytes are scanned in place.
        let clean = text.utf8.withContiguousStorageIfAvailable { !$0.contains(where: isReplaced) } ?? !text.utf8.contains(where: isReplaced)
        if clean { return text }
        var cleaned = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            cleaned.append(scalar.value < 0x80 && isReplaced(UInt8(scalar.value)) ? "\u{FFFD}" : scalar)
        }
        return String(cleaned)
    }

    private static func isReplaced(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
    }
}
