import WartaCore
/// A small SVG element tree. Chart models are turned into nodes, and only `SVGNode` turns nodes into
/// bytes, so escaping and number formatting happen in exactly one place.
package indirect enum SVGNode: Hashable, Sendable {
    case element(String, [SVGAttribute], [SVGNode])
    case text(String)

    package func write(to output: inout String) {
        switch self {
        case .text(let content):
            output += MarkupEscaping.text(content)
        case .element(let name, let attributes, let children):
            output += "<" + name
            for attribute in attributes {
                output += " " + attribute.name + "=\"" + MarkupEscaping.attribute(attribute.value) + "\""
            }
            guard !children.isEmpty else {
                output += "/>"
                return
            }
            output += ">"
            // Whitespace between text children would show up in the rendering; between
            // structural children it keeps the file readable in a diff.
            let structural = children.allSatisfy { if case .element = $0 { return $0.isStructural } else { return false } }
            for child in children {
                if structural { output += "\n" }
                child.write(to: &output)
            }
            if structural { output += "\n" }
            output += "</" + name + ">"
        }
    }

    private var isStructural: Bool {
        if case .element(let name, _, _) = self { return name != "tspan" }
        return false
    }

    package var serialized: String {
        var output = ""
        write(to: &output)
        return output
    }
}

package struct SVGAttribute: Hashable, Sendable {
    package var name: String
    package var value: String

    package init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    package init(_ name: String, _ number: Double) {
        self.init(name, SVGNumber.format(number))
    }
}

package extension SVGNode {
    package static func group(class className: String, _ children: [SVGNode]) -> SVGNode {
        .element("g", [SVGAttribute("class", className)], children)
    }

    /// Value labels over a halo in the background colour, which keeps them legible where they cross
    /// lines or bars. The halo is a stroked copy drawn underneath rather than CSS `paint-order`,
    /// which validators and older SVG renderers do not know.
    package static func valueLabels(_ labels: [PlacedText]) -> [SVGNode] {
        let halos = labels.map { label -> SVGNode in
            var copy = label
            copy.fullText = nil
            return .text(copy, class: "wc-halo")
        }
        return [.group(class: "wc-halos", halos), .group(class: "wc-values", labels.map { .text($0, class: "wc-value") })]
    }

    package static func title(_ text: String) -> SVGNode {
        .element("title", [], [.text(text)])
    }

    package static func rect(_ rect: ChartRect, class className: String, title: String? = nil) -> SVGNode {
        .element("rect", [
            SVGAttribute("class", className),
            SVGAttribute("x", rect.x), SVGAttribute("y", rect.y),
            SVGAttribute("width", rect.width), SVGAttribute("height", rect.height),
        ], title.map { [.title($0)] } ?? [])
    }

    package static func line(from start: ChartPoint, to end: ChartPoint, class className: String) -> SVGNode {
        .element("line", [
            SVGAttribute("class", className),
            SVGAttribute("x1", start.x), SVGAttribute("y1", start.y),
            SVGAttribute("x2", end.x), SVGAttribute("y2", end.y),
        ], [])
    }

    package static func path(_ path: SVGPath, class className: String, title: String? = nil) -> SVGNode {
        .element("path", [SVGAttribute("class", className), SVGAttribute("d", path.data)],
                 title.map { [.title($0)] } ?? [])
    }

    /// Multi-line text is one `<text>` with a `<tspan>` per line so that it is read as one phrase.
    package static func text(_ placed: PlacedText, class className: String, lineHeight: Double = ChartTheme.lineHeight,
                     rotation: Double? = nil) -> SVGNode {
        var attributes = [
            SVGAttribute("class", className),
            SVGAttribute("x", placed.position.x), SVGAttribute("y", placed.position.y),
        ]
        if placed.anchor != .start { attributes.append(SVGAttribute("text-anchor", placed.anchor.rawValue)) }
        if let rotation {
            attributes.append(SVGAttribute(
                "transform",
                "rotate(\(SVGNumber.format(rotation)) \(SVGNumber.format(placed.position.x)) \(SVGNumber.format(placed.position.y)))"))
        }
        var children: [SVGNode] = placed.fullText.map { [.title($0)] } ?? []
        if placed.lines.count == 1 {
            children.append(.text(placed.lines[0]))
        } else {
            for (index, line) in placed.lines.enumerated() {
                children.append(.element("tspan", [
                    SVGAttribute("x", placed.position.x), SVGAttribute("dy", index == 0 ? 0 : lineHeight),
                ], [.text(line)]))
            }
        }
        return .element("text", attributes, children)
    }
}

/// Path data (`d`) with coordinates printed by `SVGNumber`.
package struct SVGPath: Hashable, Sendable {
    package private(set) var data = ""

    package mutating func move(to point: ChartPoint) {
        data += "M" + SVGNumber.format(point.x) + " " + SVGNumber.format(point.y)
    }

    package mutating func line(to point: ChartPoint) {
        data += "L" + SVGNumber.format(point.x) + " " + SVGNumber.format(point.y)
    }

    package mutating func close() {
        data += "Z"
    }

    /// A polyline through `points`.
    package static func polyline(_ points: [ChartPoint]) -> SVGPath {
        var path = SVGPath()
        for (index, point) in points.enumerated() {
            if index == 0 { path.move(to: point) } else { path.line(to: point) }
        }
        return path
    }
}
