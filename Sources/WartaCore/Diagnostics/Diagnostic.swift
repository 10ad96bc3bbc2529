/// One problem found in the user's content, config, templates or data.
/// Problems are values, collected over a whole run, so that all of them are reported at once.
package struct Diagnostic: Hashable, Sendable, Error, Codable {
    package enum Severity: String, Sendable, Comparable, Codable {
        case error, warning, note

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        package static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    package var severity: Severity
    package var location: SourceLocation
    package var message: Message
    /// A step the reader can take, e.g. `did you mean "pkh"?`.
    package var hint: Hint?

    package init(_ severity: Severity, _ location: SourceLocation, _ message: Message, hint: Hint? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    package static func error(_ location: SourceLocation, _ message: Message, hint: Hint? = nil) -> Diagnostic {
        Diagnostic(.error, location, message, hint: hint)
    }

    package static func warning(_ location: SourceLocation, _ message: Message, hint: Hint? = nil) -> Diagnostic {
        Diagnostic(.warning, location, message, hint: hint)
    }

    /// `path:line:column: severity: message` in the reader's language, the form compilers print
    /// and editors make clickable (severity words stay English, as editors match them).
    package func compilerStyle(in language: Language) -> String {
        "\(location.path):\(location.line):\(location.column): \(severity.rawValue): \(message.text(in: language))"
    }

    /// In English, the language of the code and of its tests.
    package var compilerStyle: String { compilerStyle(in: .english) }

    /// Problems at the same place, of the same severity, in a stable order.
    package static func precedes(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        a.location != b.location ? a.location < b.location
            : a.severity != b.severity ? a.severity < b.severity
            : a.message.english < b.message.english
    }
}
