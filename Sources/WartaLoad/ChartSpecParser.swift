import WartaCore
import WartaModel
/// Reads a `chart:` block (dataset metadata) or the body of a ```chart fenced block.
package enum ChartSpecParser {
    /// `x` and `series` may be left out, to be filled from the dataset's column types.
    package static func parse(_ fields: YAMLFields, log: DiagnosticLog, allowing extraKeys: Set<String> = []) -> ChartSpec? {
        let typeText = fields.located("type")
        let x = fields.string("x")
        let series = fields.strings("series").map(\.value)
        let caption = fields.string("caption")
        for key in extraKeys { _ = fields.string(key) }
        fields.warnAboutUnknownKeys(in: .group("chart"))
        var kind = ChartSpec.Kind.line
        if let typeText {
            guard let known = ChartSpec.Kind(rawValue: typeText.value) else {
                log.error(typeText.location, .chart(.unknownType(typeText.value, allowed: ChartSpec.Kind.allCases.map(\.rawValue))),
                          hint: Suggestion.hint(for: typeText.value, in: ChartSpec.Kind.allCases.map(\.rawValue)))
                return nil
            }
            kind = known
        }
        return ChartSpec(kind: kind, x: x ?? "", series: series, caption: caption)
    }
}
