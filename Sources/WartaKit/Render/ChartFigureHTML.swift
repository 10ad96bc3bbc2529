/// A chart as it appears in a page: `<figure>` with the inline SVG, the caption, a sentence
/// saying what the data shows, the source and the date of the data.
public enum ChartFigureHTML {
    public static func render(_ dataset: Dataset, spec: ChartSpec, idPrefix: String, charts: ChartRenderer, strings: UIStrings,
                              datasetLink: String?) -> String {
        let caption = spec.caption ?? dataset.title
        var html = "<figure class=\"chart chart-\(spec.kind.rawValue)\">"
        html += charts.inlineSVG(dataset, spec: spec, idPrefix: idPrefix)
        html += "<figcaption><strong>\(MarkupEscaping.text(caption))</strong> "
        html += "<span class=\"chart-summary\">\(MarkupEscaping.text(charts.describe(dataset, spec: spec)))</span>"
        html += "<span class=\"chart-meta\">"
        html += MarkupEscaping.text(UIStrings.fill(strings.chartSourcePrefix, dataset.source.name))
        if let updated = dataset.updated {
            html += " · " + MarkupEscaping.text(UIStrings.fill(strings.dataAsOf, strings.mediumDate(updated)))
        }
        if dataset.isSample { html += " · <em>\(MarkupEscaping.text(strings.sampleDataNotice))</em>" }
        if let datasetLink {
            html += " · <a href=\"\(MarkupEscaping.attribute(datasetLink))\">\(MarkupEscaping.text(strings.dataTable))</a>"
        }
        html += "</span></figcaption></figure>"
        return html
    }
}
