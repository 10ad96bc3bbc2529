import Foundation
import WartaCore
import WartaBuild

/// The problems of a failed build as the browser overlay shows them: where, what, the offending
/// line with a caret under the column, and the hint, all in the language of messages.
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
    init?(report: BuildReport, root: URL, locale: SiteLocale) {
        guard !report.succeeded else { return nil }
        let language = locale.messages
        let strings = PreviewStrings(language)
        let shown = report.diagnostics.filter { $0.severity != .note }
        let errors = shown.filter { $0.severity == .error }.count
        title = strings.problemsTitle
        intro = strings.problemsIntro
        summary = ConsoleMessage.problemCounts(errors: errors, warnings: shown.count - errors).text(in: language)
        hintLabel = strings.hintLabel
        omitted = max(0, shown.count - Self.limit)
        problems = shown.prefix(Self.limit).map { diagnostic in
            let location = diagnostic.location
            let excerpt = SourceExcerpt(location, root: root)
            return Problem(
                location: "\(location.path):\(location.line):\(location.column)",
                severity: diagnostic.severity.rawValue,
                severityLabel: diagnostic.severity == .error ? strings.errorLabel : strings.warningLabel,
                message: diagnostic.message.text(in: language), line: excerpt?.line, caret: excerpt?.caret,
                hint: diagnostic.hint?.text(in: language))
        }
    }

    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
    }
}
