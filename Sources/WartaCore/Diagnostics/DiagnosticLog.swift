import Foundation

/// Collects diagnostics from every stage of a run, from any thread.
package final class DiagnosticLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Diagnostic] = []

    package init() {}

    package func report(_ diagnostic: Diagnostic) {
        lock.lock(); defer { lock.unlock() }
        items.append(diagnostic)
    }

    package func report(contentsOf diagnostics: [Diagnostic]) {
        lock.lock(); defer { lock.unlock() }
        items.append(contentsOf: diagnostics)
    }

    package func error(_ location: SourceLocation, _ message: Message, hint: Hint? = nil) {
        report(.error(location, message, hint: hint))
    }

    package func warning(_ location: SourceLocation, _ message: Message, hint: Hint? = nil) {
        report(.warning(location, message, hint: hint))
    }

    /// Sorted by file and position so that output is stable whatever order threads reported in.
    package var all: [Diagnostic] {
        lock.lock(); defer { lock.unlock() }
        return items.sorted(by: Diagnostic.precedes)
    }

    package var hasErrors: Bool {
        lock.lock(); defer { lock.unlock() }
        return items.contains { $0.severity == .error }
    }

    package func count(_ severity: Diagnostic.Severity) -> Int {
        lock.lock(); defer { lock.unlock() }
        return items.filter { $0.severity == severity }.count
    }
}
