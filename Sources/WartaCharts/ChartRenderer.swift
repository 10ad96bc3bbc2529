import WartaCore
import WartaModel
/// Turns a dataset and a chart spec into SVG, a description and key figures. Pure: the same input
/// gives the same bytes, so pages only change when their data does.
package struct ChartRenderer: Sendable {
    package let strings: UIStrings

    package init(strings: UIStrings) {
        self.strings = strings
    }

    /// Inline SVG for an HTML page. `idPrefix` keeps element ids unique when several charts share a page.
    package func inlineSVG(_ dataset: Dataset, spec: ChartSpec, idPrefix: String) -> String {
        document(dataset, spec: spec, idPrefix: SVGDocument.identifier(idPrefix)).inline(idPrefix: idPrefix)
    }

    /// A complete standalone SVG document (XML declaration, xmlns, embedded <style>).
    package func standaloneSVG(_ dataset: Dataset, spec: ChartSpec) -> String {
        let prefix = SVGDocument.identifier(dataset.id)
        return document(dataset, spec: spec, idPrefix: prefix).standalone(idPrefix: prefix)
    }

    /// The sentence used in <desc>, also shown in HTML under the chart (figcaption).
    package func describe(_ dataset: Dataset, spec: ChartSpec) -> String {
        ChartDescription.sentence(for: ChartData(dataset: dataset, spec: spec, strings: strings), kind: spec.kind,
                                  title: title(dataset, spec: spec), strings: strings)
    }

    /// Key figures: one tile per series of `spec` (latest non-missing value, change vs the previous non-missing row).
    package func keyFigures(_ dataset: Dataset, spec: ChartSpec) -> [KeyFigure] {
        ChartData(dataset: dataset, spec: spec, strings: strings).map { KeyFigure.figures(for: $0, strings: strings) } ?? []
    }

    private func title(_ dataset: Dataset, spec: ChartSpec) -> String {
        spec.caption ?? dataset.title
    }

    private func document(_ dataset: Dataset, spec: ChartSpec, idPrefix: String) -> SVGDocument {
        let data = ChartData(dataset: dataset, spec: spec, strings: strings)
        let drawing: ChartDrawing
        if let data, data.count > 0 {
            switch spec.kind {
            case .line:
                drawing = LineChart(data: data, strings: strings).drawing(strings: strings, idPrefix: idPrefix)
            case .bar, .hbar, .grouped, .stacked:
                drawing = BarChart(data: data, kind: spec.kind, strings: strings).drawing(idPrefix: idPrefix)
            case .figure:
                drawing = FigureTiles(figures: KeyFigure.figures(for: data, strings: strings)).drawing
            }
        } else {
            drawing = .noData(strings: strings)
        }
        return SVGDocument(
            title: title(dataset, spec: spec),
            description: ChartDescription.sentence(for: data, kind: spec.kind, title: title(dataset, spec: spec),
                                                   strings: strings),
            kind: spec.kind, drawing: drawing, dataset: dataset, strings: strings)
    }
}
