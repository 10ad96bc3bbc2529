/// How series are told apart. Colour is never the only cue: each series slot also has its own
/// marker shape, line dash and bar pattern.
///
/// The colours are the Okabe–Ito colours that reach at least 3:1 against white
/// (blue 5.2, vermillion 3.9, bluish green 3.4, reddish purple 3.1, black 21), in an order whose
/// neighbours stay distinct for protanopia, deuteranopia and tritanopia.
package enum ChartPalette {
    package static let colours = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#000000"]

    package static var slotCount: Int { colours.count }

    /// CSS class carrying the colour of a series (`wc-s1` …), cycling when there are more series than slots.
    package static func seriesClass(_ index: Int) -> String {
        "wc-s\(index % slotCount + 1)"
    }

    package static func marker(_ index: Int) -> MarkerShape {
        MarkerShape.allCases[index % MarkerShape.allCases.count]
    }

    /// Whether bars of this series get a pattern overlay; the first series stays plain.
    package static func hasPattern(_ index: Int) -> Bool {
        index % slotCount != 0
    }
}

package enum MarkerShape: CaseIterable, Sendable {
    case circle, square, triangle, diamond, triangleDown

    /// The marker centred on `center`, with roughly the area of a circle of `radius`.
    package func node(at c: ChartPoint, radius r: Double, class className: String, title: String) -> SVGNode {
        let corners: [(Double, Double)]
        switch self {
        case .circle:
            return .element("circle", [
                SVGAttribute("class", className),
                SVGAttribute("cx", c.x), SVGAttribute("cy", c.y), SVGAttribute("r", r),
            ], [.title(title)])
        case .square:
            let h = r * 0.9
            corners = [(-h, -h), (h, -h), (h, h), (-h, h)]
        case .triangle:
            let h = r * 1.25
            corners = [(0, -h), (h, h * 0.8), (-h, h * 0.8)]
        case .triangleDown:
            let h = r * 1.25
            corners = [(0, h), (h, -h * 0.8), (-h, -h * 0.8)]
        case .diamond:
            let h = r * 1.3
            corners = [(0, -h), (h, 0), (0, h), (-h, 0)]
        }
        var path = SVGPath.polyline(corners.map { ChartPoint(x: c.x + $0.0, y: c.y + $0.1) })
        path.close()
        return .path(path, class: className, title: title)
    }
}
