import WartaCore
package extension LineChart {
    package func drawing(strings: UIStrings, idPrefix: String) -> ChartDrawing {
        var nodes = header.nodes(swatch: .line, idPrefix: idPrefix)

        nodes.append(.group(class: "wc-grid-lines", ticks.values.map { value in
            let y = yScale(value)
            return .line(from: ChartPoint(x: plot.minX, y: y), to: ChartPoint(x: plot.maxX, y: y),
                         class: value == 0 ? "wc-zero" : "wc-grid")
        }))
        nodes.append(.group(class: "wc-ticks", tickLabels.map { .text($0, class: "wc-tick") }))
        nodes.append(.group(class: "wc-x-labels", xLabels.map { .text($0, class: "wc-tick") }))
        if !includesZero { nodes += brokenAxis }

        for (index, series) in series.enumerated() {
            let slot = ChartPalette.seriesClass(index)
            let shape = ChartPalette.marker(index)
            var marks: [SVGNode] = series.segments.filter { $0.count > 1 }.map {
                .path(.polyline($0), class: "wc-line \(slot)")
            }
            marks += series.points.map {
                shape.node(at: $0.position, radius: markerRadius, class: "wc-marker \(slot)", title: $0.tooltip)
            }
            nodes.append(.group(class: "wc-series", marks))
        }
        let labels = series.flatMap(\.valueLabels)
        if !labels.isEmpty {
            nodes += SVGNode.valueLabels(labels)
        }
        return ChartDrawing(height: height, nodes: nodes, notes: includesZero ? [] : [strings.chartAxisNotAtZero])
    }

    /// A y-axis line with a zigzag in the strip below the lowest tick (above the highest, for
    /// all-negative data), where the cut-off values down to zero would be.
    private var brokenAxis: [SVGNode] {
        let x = plot.minX
        let atBottom = ticks.lower > 0
        let (near, far) = atBottom ? (yScale(ticks.lower), plot.maxY) : (yScale(ticks.upper), plot.minY)
        let step = (far - near) / 6
        let zigzag = [(0.0, 1.0), (-5, 2), (5, 4), (0, 5), (0, 6)].map { dx, steps in
            ChartPoint(x: x + dx, y: near + step * steps)
        }
        return [
            .line(from: ChartPoint(x: x, y: atBottom ? plot.minY : plot.maxY), to: zigzag[0], class: "wc-axis"),
            .path(.polyline(zigzag), class: "wc-break"),
        ]
    }
}
