/// Fill patterns laid over bars of the second and later series, so grouped and stacked bars can
/// be told apart without seeing colour. Drawn in the background colour over the series colour.
package enum BarPatterns {
    package static func id(series: Int, idPrefix: String) -> String {
        "\(idPrefix)-pattern-\(series % ChartPalette.slotCount + 1)"
    }

    package static func defs(seriesCount: Int, idPrefix: String) -> [SVGNode] {
        (0..<min(seriesCount, ChartPalette.slotCount)).filter(ChartPalette.hasPattern).map { series in
            .element("pattern", [
                SVGAttribute("id", id(series: series, idPrefix: idPrefix)),
                SVGAttribute("patternUnits", "userSpaceOnUse"),
                SVGAttribute("width", 8), SVGAttribute("height", 8),
            ], [content(slot: series % ChartPalette.slotCount)])
        }
    }

    /// The pattern over `rect`, or nil for the plain first series.
    package static func overlay(_ rect: ChartRect, series: Int, idPrefix: String) -> SVGNode? {
        guard ChartPalette.hasPattern(series) else { return nil }
        return .element("rect", [
            SVGAttribute("class", "wc-pattern"),
            SVGAttribute("x", rect.x), SVGAttribute("y", rect.y),
            SVGAttribute("width", rect.width), SVGAttribute("height", rect.height),
            SVGAttribute("fill", "url(#\(id(series: series, idPrefix: idPrefix)))"),
        ], [])
    }

    private static func content(slot: Int) -> SVGNode {
        func lines(_ segments: [(Double, Double, Double, Double)]) -> SVGNode {
            var path = SVGPath()
            for (x0, y0, x1, y1) in segments {
                path.move(to: ChartPoint(x: x0, y: y0))
                path.line(to: ChartPoint(x: x1, y: y1))
            }
            return .path(path, class: "wc-hatch")
        }
        switch slot {
        case 1: return lines([(0, 8, 8, 0), (-2, 2, 2, -2), (6, 10, 10, 6)])  // diagonal
        case 2: return .element("circle", [SVGAttribute("class", "wc-hatch-dot"), SVGAttribute("cx", 4),
                                           SVGAttribute("cy", 4), SVGAttribute("r", 1.6)], [])
        case 3: return lines([(0, 4, 8, 4)])  // horizontal
        default: return lines([(0, 0, 8, 8), (8, 0, 0, 8)])  // crossed
        }
    }
}
