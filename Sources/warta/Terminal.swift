import ArgumentParser
import Foundation
import WartaCore

/// How much the commands print: `--quiet` only errors, `--verbose` also notes (such as drafts left out).
struct OutputOptions: ParsableArguments {
    @Flag(name: [.customShort("q"), .long], help: "Print only errors.")
    var quiet = false

    @Flag(name: [.customShort("v"), .long], help: "Also print notes, such as drafts that were left out.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }

    var verbosity: Verbosity { quiet ? .quiet : verbose ? .verbose : .normal }
}

enum Verbosity: Comparable {
    case quiet, normal, verbose

    /// Whether problems of this severity are printed.
    func shows(_ severity: Diagnostic.Severity) -> Bool {
        switch self {
        case .quiet: return severity == .error
        case .normal: return severity != .note
        case .verbose: return true
        }
    }
}

/// Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org).
enum Terminal {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) != 0 }

    static func usesColour(_ fd: Int32) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        return isTerminal(fd) && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    enum Colour: String {
        case red = "31", green = "32", yellow = "33", cyan = "36", dim = "2"
    }

    static func paint(_ text: String, _ colour: Colour, bold: Bool = false, enabled: Bool) -> String {
        guard enabled else { return text }
        return "\u{1B}[\(bold ? "1;" : "")\(colour.rawValue)m\(text)\u{1B}[0m"
    }

    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func seconds(_ value: Double) -> String {
        String(format: "%.2f s", value)
    }
}

/// A one-line progress bar on standard error for builds that take longer than a second, drawn
/// only on a terminal, and erased again when the build ends.
final class ProgressBar: @unchecked Sendable {
    private let enabled: Bool
    private let delay: Double
    private let lock = NSLock()
    private var started = Date()
    private var lastDrawn = Date.distantPast
    private var drawn = false

    init(enabled: Bool = Terminal.isTerminal(STDERR_FILENO), delay: Double = 1) {
        self.enabled = enabled
        self.delay = delay
    }

    /// Starts timing a new build (the bar is reused across the rebuilds of `warta serve`).
    func begin() {
        lock.lock(); defer { lock.unlock() }
        started = Date()
        lastDrawn = .distantPast
    }

    /// For `BuildOptions.progress`: called from rendering threads.
    var callback: @Sendable (Int, Int) -> Void {
        { [self] done, total in update(done, total) }
    }

    func update(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        lock.lock(); defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(started) >= delay, now.timeIntervalSince(lastDrawn) >= 0.08 || done == total else { return }
        lastDrawn = now
        let width = 30
        let filled = min(width, done * width / total)
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[2Krendering [\(bar)] \(done)/\(total) files".utf8))
        drawn = true
    }

    /// Erases the bar, so that the summary starts on a clean line.
    func finish() {
        lock.lock(); defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        drawn = false
    }
}
