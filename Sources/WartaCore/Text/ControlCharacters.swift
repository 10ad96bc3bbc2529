/// C0 control characters other than tab, line feed and carriage return are not allowed in HTML or
/// XML, and U+0001 is Warta's own `RootMarker`. Text read from content and templates has them
/// replaced by U+FFFD (shown as �), which marks the spot without breaking a page; a content file
/// also gets a warning at the first of them (`SourceText`).
package enum ControlCharacters {
    package static func replaced(in text: String) -> String {
        // Whole files come through here: their bytes are scanned in place.
        let clean = text.utf8.withContiguousStorageIfAvailable { !containsReplaced($0) } ?? !text.utf8.contains(where: isReplaced)
        if clean { return text }
        var cleaned = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            cleaned.append(scalar.value < 0x80 && isReplaced(UInt8(scalar.value)) ? "\u{FFFD}" : scalar)
        }
        return String(cleaned)
    }

    /// The same for UTF-8 bytes: each control character becomes the three bytes of U+FFFD.
    package static func replaced(in bytes: [UInt8]) -> [UInt8] {
        guard bytes.withUnsafeBufferPointer(containsReplaced) else { return bytes }
        var cleaned: [UInt8] = []
        cleaned.reserveCapacity(bytes.count + 16)
        for byte in bytes {
            if isReplaced(byte) { cleaned += [0xEF, 0xBF, 0xBD] } else { cleaned.append(byte) }
        }
        return cleaned
    }

    /// Every file, every article body and every rendered body is scanned like this, so the scan
    /// has no branch per byte (a word-at-a-time test fell back to bytes at every line feed).
    package static func containsReplaced(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.containsFlagged(replacedFlag)
    }

    /// 1 for a byte `isReplaced` holds true of, else 0, computed without branches.
    @inline(__always)
    private static func replacedFlag(_ byte: UInt8) -> UInt8 {
        func bit(_ condition: Bool) -> UInt8 { condition ? 1 : 0 }
        return bit(byte < 0x20) & ~(bit(byte == 0x09) | bit(byte == 0x0A) | bit(byte == 0x0D))
    }

    /// Where the first control character sits (line and column counted in characters, as editors
    /// do), which it is, and how many the text holds.
    package static func first(in text: String) -> (line: Int, column: Int, value: UInt32, count: Int)? {
        var line = 1, column = 1
        var found: (line: Int, column: Int, value: UInt32)?
        var count = 0
        for character in text {
            if let scalar = character.unicodeScalars.first, scalar.value < 0x80, isReplaced(UInt8(scalar.value)) {
                count += 1
                if found == nil { found = (line, column, scalar.value) }
            }
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return found.map { ($0.line, $0.column, $0.value, count) }
    }

    private static func isReplaced(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
    }
}
