import WartaCore
import WartaModel
import WartaCharts
/// A chart as it appears in a page: `<figure>` with the inline SVG, the caption, a sentence
/// saying what the data shows, the source and the date of the data.
package enum ChartFigureHTML {
    package static func render(_ dataset: Dataset, spec: ChartSpec, idPrefix: String, charts: ChartRenderer, strings: UIStrings,
                              datasetLink: String?) -> String {
        let caption = spec.caption ?? dataset.title
        var html = "<figure class=\"chart chart-\(spec.kind.rawValue)\">"
        html += charts.inlineSVG(dataset, spec: spec, idPrefix: idPrefix)
        html += "<figcaption><strong>\(MarkupEscaping.text(caption))</strong> "
        html += "<span class=\"chart-summary\">\(MarkupEscaping.text(charts.describe(dataset, spec: spec)))</span>"
        // The drawing already shows source and date; screen readers get them here, since they read
        // only the chart's title and description.
        var meta = UIStrings.fill(strings.chartSourcePrefix, dataset.source.name)
        if let updated = dataset.updated { meta += " · " + UIStrings.fill(strings.dataAsOf, strings.mediumDate(updated)) }
        if dataset.isSample { meta += " · " + strings.sampleDataNotice }
        html += "<span class=\"visually-hidden\">\(MarkupEscaping.text(meta))</span>"
        if let datasetLink {
            html += "<span class=\"chart-meta\"><a href=\"\(MarkupEscaping.attribute(datasetLink))\">\(MarkupEscaping.text(strings.dataTable))</a></span>"
        }
        html += "</figcaption></figure>"
        return html
    }
}
