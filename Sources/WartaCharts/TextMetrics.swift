/// Estimated text widths for layout. SVG gives no way to measure text before it is drawn, and the
/// reader's font is unknown, so widths come from Helvetica-like advance widths padded by 15 % for
/// wider system fonts (DejaVu Sans is the widest common one), and by 10 % more for bold text.
/// Overestimating only costs a little whitespace; underestimating makes text collide.
package enum TextMetrics {
    package static func width(of text: some StringProtocol, fontSize: Double = ChartTheme.fontSize, bold: Bool = false) -> Double {
        var thousandths = 0
        for scalar in text.unicodeScalars {
            thousandths += advance(of: scalar)
        }
        return Double(thousandths) / 1000 * fontSize * (bold ? 1.265 : 1.15)
    }

    private static func advance(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 32 && value < 127 {
            return asciiAdvances[Int(value) - 32]
        }
        switch value {
        case 0x00A0, 0x2009, 0x202F: return 278  // spaces
        case 0x2013, 0x2014, 0x2212: return 556  // dashes, minus
        case 0x2026: return 1000  // ellipsis
        case 0x25B2, 0x25BC, 0x25B6, 0x25C0: return 800  // triangles of key-figure changes
        case 0x00C0...0x024F: return 600  // accented Latin
        case 0x1100...0xFFDC: return 1000  // wide scripts
        default: return 600
        }
    }

    /// Advance widths of U+0020 … U+007E in thousandths of an em (Helvetica metrics).
    private static let asciiAdvances: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // space … /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556,  // 0 … 9
        278, 278, 584, 584, 584, 556, 1015,  // : … @
        667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,  // A … M
        722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611,  // N … Z
        278, 278, 278, 469, 556, 333,  // [ … `
        556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,  // a … m
        556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500,  // n … z
        334, 260, 334, 584,  // { … ~
    ]
}
