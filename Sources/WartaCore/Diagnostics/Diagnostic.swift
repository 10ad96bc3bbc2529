/// One problem found in the user's content, config, templates or data.
/// Problems are values, collected over a whole run, so that all of them are reported at once.
package struct Diagnostic: Hashable, Sendable, Error {
    package enum Severity: String, Sendable, Comparable {
        case error, warning, note

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        package static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    package var severity: Severity
    package var location: SourceLocation
    package var message: String
    /// A suggestion the reader can act on, e.g. `did you mean "pkh"?`.
    package var hint: String?

    package init(_ severity: Severity, _ location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    package static func error(_ location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, location, message, hint: hint)
    }

    package static func warning(_ location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, location, message, hint: hint)
    }

    /// `path:line:column: severity: message`, the form compilers print and editors make clickable.
    package var compilerStyle: String {
        "\(location.path):\(location.line):\(location.column): \(severity.rawValue): \(message)"
    }
}
