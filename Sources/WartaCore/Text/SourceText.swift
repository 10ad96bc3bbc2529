import Foundation

/// A content file's text, decoded the one way Warta accepts: UTF-8, with or without a BOM,
/// line endings normalised to LF so that positions agree with what editors show, and stray
/// control characters replaced (`ControlCharacters`).
package struct SourceText: Sendable {
    package var path: String
    package var text: String
    /// What decoding changed that the author should know about (control characters replaced);
    /// whoever reads the file for the build reports it.
    package var warnings: [Diagnostic]

    package init(path: String, text: String, warnings: [Diagnostic] = []) {
        self.path = path
        self.text = text
        self.warnings = warnings
    }

    /// Decodes bytes, or reports where the first byte that is not UTF-8 sits: a file saved as
    /// Windows-1252 would otherwise turn into mojibake on a package page.
    package static func decode(_ bytes: [UInt8], path: String) -> Result<SourceText, Diagnostic> {
        let body = UTF8Text.droppingByteOrderMark(bytes[...])

        // Valid UTF-8 (nearly every file) is taken whole; only invalid text is walked scalar by
        // scalar, to say where the first bad byte is. Both give the same text.
        if let text = UTF8Text.validated(body) {
            guard body.containsByte(0x0D) else { return .success(cleaned(text, path: path)) }
            var normalised: [UInt8] = []
            normalised.reserveCapacity(body.count)
            var previousWasCR = false
            for byte in body {
                if byte == 0x0D {
                    normalised.append(0x0A)
                    previousWasCR = true
                    continue
                }
                if !(byte == 0x0A && previousWasCR) { normalised.append(byte) }
                previousWasCR = false
            }
            return .success(cleaned(UTF8Text.repaired(normalised), path: path))
        }

        var line = 1, column = 1
        var iterator = body.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(body.count)
        var previousWasCR = false
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                // CRLF and lone CR both become one LF.
                if scalar == "\r" {
                    scalars.append("\n"); line += 1; column = 1; previousWasCR = true
                    continue decoding
                }
                if scalar == "\n" {
                    if !previousWasCR { scalars.append("\n"); line += 1; column = 1 }
                } else {
                    scalars.append(scalar); column += 1
                }
                previousWasCR = false
            case .emptyInput:
                break decoding
            case .error:
                return .failure(.error(
                    SourceLocation(path: path, line: line, column: column),
                    .file(.notUTF8)))
            }
        }
        return .success(cleaned(String(scalars), path: path))
    }

    /// The text with its control characters replaced, and a warning at the first of them: an
    /// invisible character pasted in with a copied text would otherwise show up on the page as �
    /// with nothing to say where it came from.
    private static func cleaned(_ text: String, path: String) -> SourceText {
        let replaced = ControlCharacters.replaced(in: text)
        guard replaced.utf8.count != text.utf8.count, let first = ControlCharacters.first(in: text) else {
            return SourceText(path: path, text: text)
        }
        let code = String(format: "U+%04X", first.value)
        let warning = Diagnostic.warning(SourceLocation(path: path, line: first.line, column: first.column),
                                         .file(.controlCharacters(count: first.count, first: code)),
                                         hint: .deletePastedControlCharacters)
        return SourceText(path: path, text: replaced, warnings: [warning])
    }

    package static func read(_ url: URL, displayPath: String) -> Result<SourceText, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(.error(SourceLocation(path: displayPath), .file(.cannotRead)))
        }
        return decode([UInt8](data), path: displayPath)
    }
}
