import WartaCore
/// What stands above the plot of line and bar charts: a legend when there are several series, and
/// the unit they are measured in (`Satuan: KPM`) when they share one, so marks can carry bare numbers.
package struct ChartHeader: Hashable, Sendable {
    package var legend: ChartLegend?
    package var unitCaption: PlacedText?
    package var height: Double

    package init(data: ChartData, strings: UIStrings) {
        var top = 0.0
        if data.series.count > 1 {
            let legend = ChartLegend(labels: data.series.map(\.label), top: top)
            self.legend = legend
            top += legend.height + 4
        }
        let captions = Set(data.series.map(\.format.caption))
        if captions.count == 1, let caption = captions.first ?? nil {
            unitCaption = PlacedText("\(strings.unit): \(caption)",
                                     at: ChartPoint(x: ChartTheme.padding, y: top + ChartTheme.fontSize), anchor: .start)
            top += ChartTheme.lineHeight + 4
        }
        height = top
    }
}

package extension ChartHeader {
    package func nodes(swatch: ChartLegend.Swatch, idPrefix: String) -> [SVGNode] {
        (legend?.nodes(swatch: swatch, idPrefix: idPrefix) ?? []) + (unitCaption.map { [.text($0, class: "wc-caption")] } ?? [])
    }
}
