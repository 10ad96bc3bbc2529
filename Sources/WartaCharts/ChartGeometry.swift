/// A position in the chart's user units (the viewBox), y growing downwards as in SVG.
package struct ChartPoint: Hashable, Sendable {
    package var x: Double
    package var y: Double
}

package struct ChartRect: Hashable, Sendable {
    package var x: Double
    package var y: Double
    package var width: Double
    package var height: Double

    package var minX: Double { x }
    package var maxX: Double { x + width }
    package var minY: Double { y }
    package var maxY: Double { y + height }
    package var midX: Double { x + width / 2 }
    package var midY: Double { y + height / 2 }

    /// A rectangle between two corners in any order, so bars below a zero line need no special case.
    package init(x0: Double, y0: Double, x1: Double, y1: Double) {
        x = min(x0, x1)
        y = min(y0, y1)
        width = abs(x1 - x0)
        height = abs(y1 - y0)
    }

    package init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
}

package enum TextAnchor: String, Sendable {
    case start, middle, end
}

/// A piece of text placed in the chart; `fullText` is set when `lines` had to be shortened, so the
/// drawing can offer the whole text as a tooltip.
package struct PlacedText: Hashable, Sendable {
    package var lines: [String]
    package var position: ChartPoint
    package var anchor: TextAnchor
    package var fullText: String?

    package init(_ text: String, at position: ChartPoint, anchor: TextAnchor) {
        lines = [text]
        self.position = position
        self.anchor = anchor
    }

    package init(lines: [String], at position: ChartPoint, anchor: TextAnchor, fullText: String?) {
        self.lines = lines
        self.position = position
        self.anchor = anchor
        self.fullText = fullText
    }

    package var text: String { lines.joined(separator: " ") }
}
