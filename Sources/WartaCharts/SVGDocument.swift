import WartaCore
import WartaModel
/// Puts a chart drawing into an `<svg>` root: accessible name and description, footer, and for
/// standalone files the title, background and stylesheet that a page would otherwise provide.
package struct SVGDocument: Sendable {
    package var title: String
    package var description: String
    /// `line`, `bar` …, as the root's `wc-<kind>` class for per-kind styling.
    package var kind: ChartSpec.Kind
    package var drawing: ChartDrawing
    package var footer: ChartFooter

    package init(title: String, description: String, kind: ChartSpec.Kind, drawing: ChartDrawing, dataset: Dataset,
         strings: UIStrings) {
        self.title = title
        self.description = description
        self.kind = kind
        self.drawing = drawing
        footer = ChartFooter(dataset: dataset, notes: drawing.notes, strings: strings, top: 0)
    }

    /// For HTML pages: no size attributes (the page's CSS sizes it; the viewBox keeps its shape),
    /// no stylesheet (the site's includes `ChartStylesheet.css`), no background (the page's shows).
    package func inline(idPrefix: String) -> String {
        let prefix = Self.identifier(idPrefix)
        let body = content(top: ChartTheme.padding, idPrefix: prefix)
        return root(prefix: prefix, height: body.height, sized: false, extra: [], body: body.nodes).serialized
    }

    /// A file that renders alone: XML declaration, namespace, embedded stylesheet, background and a
    /// visible title, since there is no page around it to supply them.
    package func standalone(idPrefix: String) -> String {
        let prefix = Self.identifier(idPrefix)
        let titleLines = TextWrapping.wrap(title, width: ChartTheme.width - 2 * ChartTheme.padding,
                                           fontSize: ChartTheme.titleFontSize, bold: true, maxLines: 3)
        let titleLineHeight = ChartTheme.titleFontSize * 1.3
        let heading = PlacedText(lines: titleLines.lines,
                                 at: ChartPoint(x: ChartTheme.padding, y: ChartTheme.padding + ChartTheme.titleFontSize),
                                 anchor: .start, fullText: nil)
        let top = ChartTheme.padding + Double(titleLines.lines.count) * titleLineHeight + 10
        let body = content(top: top, idPrefix: prefix)
        let extra: [SVGNode] = [
            .element("style", [], [.text(ChartStylesheet.css)]),
            .rect(ChartRect(x: 0, y: 0, width: ChartTheme.width, height: body.height), class: "wc-bg"),
            .text(heading, class: "wc-title", lineHeight: titleLineHeight),
        ]
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + root(prefix: prefix, height: body.height, sized: true, extra: extra, body: body.nodes).serialized + "\n"
    }

    /// The chart and its footer starting at `top`, and the total height with bottom padding.
    private func content(top: Double, idPrefix: String) -> (nodes: [SVGNode], height: Double) {
        var nodes: [SVGNode] = []
        if !drawing.defs.isEmpty { nodes.append(.element("defs", [], drawing.defs)) }
        nodes.append(.element("g", [
            SVGAttribute("class", "wc-body"),
            SVGAttribute("transform", "translate(0 \(SVGNumber.format(top)))"),
        ], drawing.nodes))
        let footerTop = top + drawing.height
        nodes.append(.element("g", [
            SVGAttribute("class", "wc-footer"),
            SVGAttribute("transform", "translate(0 \(SVGNumber.format(footerTop)))"),
        ], footer.nodes))
        return (nodes, footerTop + footer.height + ChartTheme.padding)
    }

    private func root(prefix: String, height: Double, sized: Bool, extra: [SVGNode], body: [SVGNode]) -> SVGNode {
        var attributes = [SVGAttribute("xmlns", "http://www.w3.org/2000/svg")]
        if sized {
            attributes += [SVGAttribute("width", ChartTheme.width), SVGAttribute("height", height)]
        }
        attributes += [
            SVGAttribute("viewBox", "0 0 \(SVGNumber.format(ChartTheme.width)) \(SVGNumber.format(height))"),
            SVGAttribute("class", "wc wc-\(kind.rawValue)"),
            SVGAttribute("role", "img"),
            SVGAttribute("aria-labelledby", "\(prefix)-title \(prefix)-desc"),
        ]
        let labels: [SVGNode] = [
            .element("title", [SVGAttribute("id", "\(prefix)-title")], [.text(title)]),
            .element("desc", [SVGAttribute("id", "\(prefix)-desc")], [.text(description)]),
        ]
        return .element("svg", attributes, labels + extra + body)
    }

    /// An XML name usable as an id: letters, digits, `-` and `_`, starting with a letter.
    package static func identifier(_ raw: String) -> String {
        var result = String(raw.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
                ? Character(scalar) : "-"
        })
        if result.isEmpty { return "chart" }
        if !(result.unicodeScalars.first.map { $0.isASCII && $0.properties.isAlphabetic } ?? false) {
            result = "chart-" + result
        }
        return result
    }
}
