package extension BarChart {
    package func drawing(idPrefix: String) -> ChartDrawing {
        let vertical = orientation == .vertical
        var nodes = header.nodes(swatch: .bar, idPrefix: idPrefix)

        func valueLine(_ value: Double, class className: String) -> SVGNode {
            let position = scale(value)
            return vertical
                ? .line(from: ChartPoint(x: plot.minX, y: position), to: ChartPoint(x: plot.maxX, y: position), class: className)
                : .line(from: ChartPoint(x: position, y: plot.minY), to: ChartPoint(x: position, y: plot.maxY), class: className)
        }

        nodes.append(.group(class: "wc-grid-lines", ticks.values.filter { $0 != 0 }.map { valueLine($0, class: "wc-grid") }))
        nodes.append(.group(class: "wc-ticks", tickLabels.map { .text($0, class: "wc-tick") }))
        nodes.append(.group(class: "wc-categories", categoryLabels.map { .text($0, class: "wc-category") }))
        nodes.append(.group(class: "wc-bars", bars.map { bar in
            var children: [SVGNode] = [.title(bar.tooltip), .rect(bar.rect, class: "wc-bar \(ChartPalette.seriesClass(bar.series))")]
            if let overlay = BarPatterns.overlay(bar.rect, series: bar.series, idPrefix: idPrefix) {
                children.append(overlay)
            }
            return .element("g", [SVGAttribute("class", "wc-mark")], children)
        }))
        // Over the bars, so that the baseline stays visible where bars meet it.
        nodes.append(valueLine(0, class: "wc-zero"))

        let labels = bars.compactMap(\.label) + totals
        if !labels.isEmpty {
            nodes += SVGNode.valueLabels(labels)
        }
        nodes += missing.map { marker in
            var text = marker.text
            text.fullText = marker.tooltip
            return .text(text, class: "wc-missing", rotation: marker.rotated ? -90 : nil)
        }
        let defs = header.legend.map { BarPatterns.defs(seriesCount: $0.entries.count, idPrefix: idPrefix) } ?? []
        return ChartDrawing(height: height, nodes: nodes, defs: defs)
    }
}
