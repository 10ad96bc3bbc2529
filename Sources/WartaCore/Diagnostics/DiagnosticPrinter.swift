import Foundation

/// Prints diagnostics for people: the compiler-style line editors make clickable, the offending
/// source line with a caret under the column, and a hint where one is known.
package struct DiagnosticPrinter: Sendable {
    /// Project folder, to read source lines from.
    package var root: URL
    package var useColour: Bool
    package var language: Language

    package init(root: URL, useColour: Bool, language: Language) {
        self.root = root
        self.useColour = useColour
        self.language = language
    }

    package func format(_ diagnostic: Diagnostic) -> String {
        var text = paint(diagnostic.compilerStyle(in: language), diagnostic.severity)
        if diagnostic.severity != .note, let excerpt = SourceExcerpt(diagnostic.location, root: root) {
            text += "\n    \(excerpt.line)\n    \(excerpt.caret)"
        }
        if let hint = diagnostic.hint {
            text += "\n    \(ConsoleMessage.hintLabel.text(in: language)): \(hint.text(in: language))"
        }
        return text
    }

    package func summary(_ diagnostics: [Diagnostic]) -> String {
        ConsoleMessage.problemCounts(errors: diagnostics.filter { $0.severity == .error }.count,
                                     warnings: diagnostics.filter { $0.severity == .warning }.count).text(in: language)
    }

    /// One JSON object per diagnostic, for editors and other tools (`warta check --format json`).
    package func json(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.map { diagnostic -> String in
            var fields = [
                "\"path\": \(JSONText.string(diagnostic.location.path))",
                "\"line\": \(diagnostic.location.line)",
                "\"column\": \(diagnostic.location.column)",
                "\"severity\": \(JSONText.string(diagnostic.severity.rawValue))",
                "\"message\": \(JSONText.string(diagnostic.message.text(in: language)))",
            ]
            if let hint = diagnostic.hint { fields.append("\"hint\": \(JSONText.string(hint.text(in: language)))") }
            return "  {" + fields.joined(separator: ", ") + "}"
        }
        return items.isEmpty ? "[]\n" : "[\n" + items.joined(separator: ",\n") + "\n]\n"
    }

    private func paint(_ text: String, _ severity: Diagnostic.Severity) -> String {
        guard useColour else { return text }
        let code = severity == .error ? "31" : severity == .warning ? "33" : "36"
        return "\u{1B}[1;\(code)m\(text)\u{1B}[0m"
    }
}
