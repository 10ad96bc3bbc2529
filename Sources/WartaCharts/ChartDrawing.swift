import WartaCore
/// A chart's marks as SVG nodes, laid out in a `ChartTheme.width`-wide area whose top is y = 0;
/// `SVGDocument` places it under the title and above the footer.
package struct ChartDrawing: Sendable {
    package var height: Double
    package var nodes: [SVGNode]
    /// Reusable definitions (bar patterns) that go into `<defs>`.
    package var defs: [SVGNode] = []
    /// Things the reader must know to read the chart correctly, printed in the footer.
    package var notes: [String] = []

    /// Drawn when there is nothing to chart, so the page still says why the chart is empty.
    package static func noData(strings: UIStrings) -> ChartDrawing {
        let height = 3 * ChartTheme.lineHeight
        return ChartDrawing(height: height, nodes: [
            .text(PlacedText(strings.chartMissingValue, at: ChartPoint(x: ChartTheme.width / 2, y: height / 2 + 6),
                             anchor: .middle), class: "wc-missing"),
        ])
    }
}
