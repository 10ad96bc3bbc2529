/// Text broken into lines that fit a width, for category labels, titles and footers.
package struct WrappedText: Hashable, Sendable {
    package var lines: [String]
    /// True when something had to be cut; the drawing then adds the full text as a `<title>`.
    package var isTruncated: Bool

    package var width: Double {
        lines.map { TextMetrics.width(of: $0) }.max() ?? 0
    }
}

package enum TextWrapping {
    package static let ellipsis = "…"

    /// Greedy word wrap into at most `maxLines` lines. A word wider than a whole line, or text left
    /// over after the last line, is cut and ends in an ellipsis.
    package static func wrap(_ text: String, width: Double, fontSize: Double = ChartTheme.fontSize, bold: Bool = false,
                     maxLines: Int = .max) -> WrappedText {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        var lines: [String] = []
        var current = ""
        var truncated = false
        for word in words {
            let candidate = current.isEmpty ? word : current + " " + word
            if TextMetrics.width(of: candidate, fontSize: fontSize, bold: bold) <= width {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current) }
            if TextMetrics.width(of: word, fontSize: fontSize, bold: bold) <= width {
                current = word
            } else {
                current = fit(word, width: width, fontSize: fontSize, bold: bold)
                truncated = true
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] = fit(lines[maxLines - 1], width: width, fontSize: fontSize, bold: bold,
                                      forceEllipsis: true)
            truncated = true
        }
        return WrappedText(lines: lines.isEmpty ? [""] : lines, isTruncated: truncated)
    }

    /// `text` shortened until it fits with a trailing ellipsis.
    package static func fit(_ text: String, width: Double, fontSize: Double = ChartTheme.fontSize, bold: Bool = false,
                    forceEllipsis: Bool = false) -> String {
        if !forceEllipsis && TextMetrics.width(of: text, fontSize: fontSize, bold: bold) <= width { return text }
        var kept = Substring(text)
        while !kept.isEmpty && TextMetrics.width(of: kept + ellipsis, fontSize: fontSize, bold: bold) > width {
            kept = kept.dropLast()
        }
        while kept.last == " " { kept = kept.dropLast() }
        return String(kept) + ellipsis
    }
}
