/// A position in the chart's user units (the viewBox), y growing downwards as in SVG.
struct ChartPoint: Hashable, Sendable {
    var x: Double
    var y: Double
}

struct ChartRect: Hashable, Sendable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var minX: Double { x }
    var maxX: Double { x + width }
    var minY: Double { y }
    var maxY: Double { y + height }
    var midX: Double { x + width / 2 }
    var midY: Double { y + height / 2 }

    /// A rectangle between two corners in any order, so bars below a zero line need no special case.
    init(x0: Double, y0: Double, x1: Double, y1: Double) {
        x = min(x0, x1)
        y = min(y0, y1)
        width = abs(x1 - x0)
        height = abs(y1 - y0)
    }

    init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
}

enum TextAnchor: String, Sendable {
    case start, middle, end
}

/// A piece of text placed in the chart; `fullText` is set when `lines` had to be shortened, so the
/// drawing can offer the whole text as a tooltip.
struct PlacedText: Hashable, Sendable {
    var lines: [String]
    var position: ChartPoint
    var anchor: TextAnchor
    var fullText: String?

    init(_ text: String, at position: ChartPoint, anchor: TextAnchor) {
        lines = [text]
        self.position = position
        self.anchor = anchor
    }

    init(lines: [String], at position: ChartPoint, anchor: TextAnchor, fullText: String?) {
        self.lines = lines
        self.position = position
        self.anchor = anchor
        self.fullText = fullText
    }

    var text: String { lines.joined(separator: " ") }
}
