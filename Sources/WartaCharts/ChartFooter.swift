import WartaCore
import WartaModel
/// The lines under every chart: notes about how to read it, the source and the "Data per" date,
/// and the sample-data notice — so a chart copied out of its page still says where it comes from.
package struct ChartFooter: Hashable, Sendable {
    package struct Line: Hashable, Sendable {
        package var text: PlacedText
        package var className: String
    }

    package var lines: [Line]
    package var height: Double

    package init(dataset: Dataset, notes: [String], strings: UIStrings, top: Double) {
        let width = ChartTheme.width - 2 * ChartTheme.padding
        var items = notes.map { ($0, "wc-note") }
        let source = UIStrings.fill(strings.chartSourcePrefix, dataset.source.name)
        if let updated = dataset.updated {
            let asOf = UIStrings.fill(strings.dataAsOf, strings.mediumDate(updated))
            let together = source + " · " + asOf
            if TextMetrics.width(of: together) <= width {
                items.append((together, "wc-source"))
            } else {
                items.append((source, "wc-source"))
                items.append((asOf, "wc-source"))
            }
        } else {
            items.append((source, "wc-source"))
        }
        if dataset.isSample {
            items.append((strings.sampleDataNotice, "wc-note"))
        }

        var y = top + 8
        lines = items.map { text, className in
            let wrapped = TextWrapping.wrap(text, width: width, maxLines: 4)
            let line = Line(text: PlacedText(lines: wrapped.lines,
                                             at: ChartPoint(x: ChartTheme.padding, y: y + ChartTheme.fontSize),
                                             anchor: .start, fullText: wrapped.isTruncated ? text : nil),
                            className: className)
            y += Double(wrapped.lines.count) * ChartTheme.lineHeight
            return line
        }
        height = y - top
    }

    package var nodes: [SVGNode] {
        lines.map { .text($0.text, class: $0.className) }
    }
}
