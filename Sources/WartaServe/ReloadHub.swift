import Foundation

/// The browsers that are looking at the preview, each listening on `/_warta/events`
/// (Server-Sent Events), and what they are told:
///
/// - `hello` on connecting, with the token of the site version being served; a page that was
///   loaded from an older version (or from an earlier run of `warta serve`) reloads itself;
/// - `reload` after a successful rebuild that changed files;
/// - `problems` after a failed rebuild (the overlay), also sent on connecting while it stands;
/// - `ok` when a rebuild succeeded without changing any file, to take the overlay down.
final class ReloadHub: @unchecked Sendable {
    struct State: Sendable {
        /// Counts site versions worth reloading for.
        var generation = 0
        var problems: PreviewProblems?
        var basePath = "/"
        var lastBuild: LastBuild?
    }

    struct LastBuild: Sendable, Encodable {
        var succeeded: Bool
        var seconds: Double
        var pages: Int
        var written: Int
        var unchanged: Int
        var removed: Int
    }

    /// Different for every run of the server, so pages left open across a restart reload too.
    let serverID = UUID().uuidString.prefix(8).lowercased()
    private let lock = NSLock()
    private var state = State()
    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]
    private var closed = false

    var current: State {
        lock.lock(); defer { lock.unlock() }
        return state
    }

    var listenerCount: Int {
        lock.lock(); defer { lock.unlock() }
        return listeners.count
    }

    /// The token pages carry (`data-warta-version`) to tell whether they show the latest build.
    func token(_ state: State) -> String { "\(serverID)-\(state.generation)" }

    /// A stream of encoded events for one browser; it ends when the server shuts down.
    func subscribe() -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(64))
        lock.lock()
        if closed {
            lock.unlock()
            continuation.finish()
            return stream
        }
        listeners[id] = continuation
        let snapshot = state
        lock.unlock()
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        continuation.yield("retry: 1000\n\n")
        continuation.yield(Self.event("hello", #"{"version":"\#(token(snapshot))","base":\#(Self.quoted(snapshot.basePath))}"#))
        if let problems = snapshot.problems { continuation.yield(Self.event("problems", problems.json())) }
        return stream
    }

    /// Records the outcome of a build and tells every browser.
    /// - Parameter changedFiles: whether the published site changed, i.e. whether pages are stale.
    func buildFinished(problems: PreviewProblems?, changedFiles: Bool, basePath: String, lastBuild: LastBuild) {
        lock.lock()
        state.lastBuild = lastBuild
        let hadProblems = state.problems != nil
        let baseChanged = state.basePath != basePath
        state.problems = problems
        state.basePath = basePath
        var message: String?
        if problems != nil {
            message = Self.event("problems", problems!.json())
        } else if changedFiles || hadProblems || baseChanged {
            state.generation += 1
            message = Self.event("reload", #"{"version":"\#(token(state))","base":\#(Self.quoted(basePath))}"#)
        } else {
            message = Self.event("ok", "{}")
        }
        let targets = Array(listeners.values)
        lock.unlock()
        if let message { for target in targets { target.yield(message) } }
    }

    /// A comment line: keeps proxies from closing idle connections and finds browsers that left.
    func heartbeat() {
        broadcast(": ping\n\n")
    }

    /// Ends every stream, so that open connections do not hold up a graceful shutdown.
    func close() {
        lock.lock()
        closed = true
        let targets = Array(listeners.values)
        listeners.removeAll()
        lock.unlock()
        for target in targets { target.finish() }
    }

    private func broadcast(_ text: String) {
        lock.lock()
        let targets = Array(listeners.values)
        lock.unlock()
        for target in targets { target.yield(text) }
    }

    private func remove(_ id: UUID) {
        lock.lock(); defer { lock.unlock() }
        listeners[id] = nil
    }

    static func event(_ name: String, _ data: String) -> String {
        // A data field ends at a line break; JSON from JSONEncoder has none, but stay safe.
        let lines = data.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)" }
        return "event: \(name)\n" + lines.joined(separator: "\n") + "\n\n"
    }

    static func quoted(_ text: String) -> String {
        let data = try? JSONEncoder().encode(text)
        return data.flatMap { String(data: $0, encoding: .utf8) } ?? "\"/\""
    }
}
