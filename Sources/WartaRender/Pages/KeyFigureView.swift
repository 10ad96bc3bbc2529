import WartaCore
import WartaModel
import WartaCharts
import WartaSite
/// A key-figure tile: a big number, its period, and its change against the previous period.
package enum KeyFigureView {
    package static func context(_ figure: KeyFigure, dataset: Dataset, page: PageContext) -> [String: Any] {
        let strings = page.environment.strings
        return TemplateValues.compact([
            "label": figure.label,
            "value": figure.valueText,
            "period": figure.periodText,
            "change": figure.changeText,
            "changeSentence": figure.changeSentence,
            "direction": "\(figure.direction)",
            "source": UIStrings.fill(strings.chartSourcePrefix, dataset.source.name),
            "url": page.link(SiteRoutes.dataset(dataset.id)),
            "isSample": dataset.isSample,
        ])
    }
}
