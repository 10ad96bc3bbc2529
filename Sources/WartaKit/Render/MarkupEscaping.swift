/// Escaping for text placed into HTML, SVG and XML (Atom, sitemap). One function per context,
/// used everywhere content reaches markup that Mustache does not already escape.
public enum MarkupEscaping {
    /// Text content: `<`, `>` and `&` (quotes too, so the result is also safe inside attributes).
    public static func text(_ string: String) -> String {
        attribute(string)
    }

    /// Attribute values, quoted with `"` or `'`.
    public static func attribute(_ string: String) -> String {
        guard string.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return string
        }
        var result = ""
        result.reserveCapacity(string.utf8.count + 16)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
