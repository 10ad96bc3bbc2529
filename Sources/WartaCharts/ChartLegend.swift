/// Series names with their swatches, flowed into rows across the chart's width. Shown for charts
/// with several series, next to (never instead of) the direct labels on the marks.
package struct ChartLegend: Hashable, Sendable {
    package struct Entry: Hashable, Sendable {
        package var series: Int
        package var label: String
        /// Left edge of the swatch, vertically centred on the row.
        package var swatch: ChartPoint
        package var text: PlacedText
    }

    package static let swatchWidth = 28.0
    package static let rowHeight = ChartTheme.lineHeight + 6

    package var entries: [Entry]
    package var height: Double

    package init(labels: [String], top: Double) {
        let left = ChartTheme.padding
        let right = ChartTheme.width - ChartTheme.padding
        let textLimit = right - left - Self.swatchWidth - 6
        var x = left
        var row = 0
        var entries: [Entry] = []
        for (index, label) in labels.enumerated() {
            let text = TextWrapping.fit(label, width: textLimit)
            let entryWidth = Self.swatchWidth + 6 + TextMetrics.width(of: text)
            if x > left && x + entryWidth > right {
                row += 1
                x = left
            }
            let centerY = top + Double(row) * Self.rowHeight + Self.rowHeight / 2
            var placed = PlacedText(text, at: ChartPoint(x: x + Self.swatchWidth + 6,
                                                         y: centerY + ChartTheme.fontSize * 0.35), anchor: .start)
            if text != label { placed.fullText = label }
            entries.append(Entry(series: index, label: label, swatch: ChartPoint(x: x, y: centerY), text: placed))
            x += entryWidth + 18
        }
        self.entries = entries
        height = labels.isEmpty ? 0 : Double(row + 1) * Self.rowHeight
    }
}

package extension ChartLegend {
    package enum Swatch { case line, bar }

    package func nodes(swatch: Swatch, idPrefix: String) -> [SVGNode] {
        entries.flatMap { entry -> [SVGNode] in
            let slot = ChartPalette.seriesClass(entry.series)
            let swatchNodes: [SVGNode]
            switch swatch {
            case .line:
                let center = ChartPoint(x: entry.swatch.x + Self.swatchWidth / 2, y: entry.swatch.y)
                swatchNodes = [
                    .line(from: entry.swatch, to: ChartPoint(x: entry.swatch.x + Self.swatchWidth, y: entry.swatch.y),
                          class: "wc-line \(slot)"),
                    ChartPalette.marker(entry.series).node(at: center, radius: ChartTheme.markerRadius,
                                                           class: "wc-marker \(slot)", title: entry.label),
                ]
            case .bar:
                let rect = ChartRect(x: entry.swatch.x + 4, y: entry.swatch.y - 9, width: Self.swatchWidth - 8, height: 18)
                swatchNodes = [.rect(rect, class: "wc-swatch \(slot)")]
                    + (BarPatterns.overlay(rect, series: entry.series, idPrefix: idPrefix).map { [$0] } ?? [])
            }
            return swatchNodes + [.text(entry.text, class: "wc-legend")]
        }
    }
}
