import Foundation
import WartaCore
import WartaBuild

/// The problems of a failed build as the browser overlay shows them: where, what, the offending
/// line with a caret under the column, and the hint. Labels come from the site's UI strings.
struct PreviewProblems: Sendable, Encodable, Equatable {
    struct Problem: Sendable, Encodable, Equatable {
        var location: String
        var severity: String
        var severityLabel: String
        var message: String
        var line: String?
        var caret: String?
        var hint: String?
    }

    var title: String
    var intro: String
    var summary: String
    var hintLabel: String
    var problems: [Problem]
    /// Problems not listed because there were too many to read in a browser.
    var omitted: Int

    static let limit = 50

    /// Nil when the build succeeded: warnings alone do not cover the page.
    init?(report: BuildReport, root: URL, strings: UIStrings) {
        guard !report.succeeded else { return nil }
        let language = MessageLanguage.forSite(strings.languageCode)
        let shown = report.diagnostics.filter { $0.severity != .note }
        let errors = shown.filter { $0.severity == .error }.count
        title = strings.previewProblemsTitle
        intro = strings.previewProblemsIntro
        summary = UIStrings.fill(strings.previewProblemCount, String(errors), String(shown.count - errors))
        hintLabel = strings.previewHintLabel
        omitted = max(0, shown.count - Self.limit)
        problems = shown.prefix(Self.limit).map { diagnostic in
            let location = diagnostic.location
            let excerpt = SourceExcerpt(location, root: root)
            return Problem(
                location: "\(location.path):\(location.line):\(location.column)",
                severity: diagnostic.severity.rawValue,
                severityLabel: diagnostic.severity == .error ? strings.previewErrorLabel : strings.previewWarningLabel,
                message: MessageCatalogue.translate(diagnostic.message, to: language), line: excerpt?.line, caret: excerpt?.caret,
                hint: diagnostic.hint.map { MessageCatalogue.translate($0, to: language) })
        }
    }

    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
    }
}
