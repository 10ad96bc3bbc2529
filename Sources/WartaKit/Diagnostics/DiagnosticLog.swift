import Foundation

/// Collects diagnostics from every stage of a run, from any thread.
public final class DiagnosticLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Diagnostic] = []

    public init() {}

    public func report(_ diagnostic: Diagnostic) {
        lock.lock(); defer { lock.unlock() }
        items.append(diagnostic)
    }

    public func report(contentsOf diagnostics: [Diagnostic]) {
        lock.lock(); defer { lock.unlock() }
        items.append(contentsOf: diagnostics)
    }

    public func error(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        report(.error(location, message, hint: hint))
    }

    public func warning(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        report(.warning(location, message, hint: hint))
    }

    /// Sorted by file and position so that output is stable whatever order threads reported in.
    public var all: [Diagnostic] {
        lock.lock(); defer { lock.unlock() }
        return items.sorted { a, b in
            a.location != b.location ? a.location < b.location
                : a.severity != b.severity ? a.severity < b.severity
                : a.message < b.message
        }
    }

    public var hasErrors: Bool {
        lock.lock(); defer { lock.unlock() }
        return items.contains { $0.severity == .error }
    }

    public func count(_ severity: Diagnostic.Severity) -> Int {
        lock.lock(); defer { lock.unlock() }
        return items.filter { $0.severity == severity }.count
    }
}
