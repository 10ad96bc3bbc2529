/// Makes arbitrary text safe inside HTML and XML (including SVG), so content authors can write
/// `A & B` or `<script>` in a title and readers see exactly that.
package enum MarkupEscaping {
    /// For element content. `"` and `'` are escaped too, so the result is also safe in attributes
    /// and callers cannot pick the wrong function for a quoted context.
    package static func text(_ raw: String) -> String {
        escape(raw, newlines: false)
    }

    /// For a double- or single-quoted attribute value. Newlines and tabs become character
    /// references because XML attribute normalisation would otherwise turn them into spaces.
    package static func attribute(_ raw: String) -> String {
        escape(raw, newlines: true)
    }

    private static func escape(_ raw: String, newlines: Bool) -> String {
        // Fast path: most values contain nothing to escape. Every value of every page comes here,
        // so the bytes are scanned in place where the string stores them contiguously.
        let clean = raw.utf8.withContiguousStorageIfAvailable { isClean($0, newlines: newlines) }
            ?? !raw.utf8.contains { needsEscaping($0, newlines: newlines) }
        if clean { return raw }
        var result = ""
        result.reserveCapacity(raw.utf8.count + 16)
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n" where newlines: result += "&#10;"
            case "\r" where newlines: result += "&#13;"
            case "\t" where newlines: result += "&#9;"
            default:
                // Control characters other than tab/newline are not allowed in XML 1.0 at all.
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\r" && scalar != "\t" {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// True when `escape` would leave these bytes as they are (`newlines`: as an attribute): each
    /// byte's flag is looked up in a table.
    package static func isClean(_ bytes: UnsafeBufferPointer<UInt8>, newlines: Bool) -> Bool {
        (newlines ? attributeFlags : textFlags).withUnsafeBufferPointer { table in
            !bytes.containsFlagged { table[Int($0)] }
        }
    }

    private static let textFlags: [UInt8] = (0...255).map { needsEscaping(UInt8($0), newlines: false) ? 1 : 0 }
    private static let attributeFlags: [UInt8] = (0...255).map { needsEscaping(UInt8($0), newlines: true) ? 1 : 0 }

    private static func needsEscaping(_ byte: UInt8, newlines: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"):
            return true
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
            return newlines
        default:
            return byte < 0x20
        }
    }
}
