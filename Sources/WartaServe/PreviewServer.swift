import Foundation
import WartaCore
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import WartaBuild

/// What `warta serve` is asked to do.
package struct PreviewOptions: Sendable {
    /// The project folder, holding `content/` and `templates/`.
    package var root: URL
    /// The address to listen on; loopback by default, so the preview is not shown to the network.
    package var host: String
    /// 0 picks a free port (for tests).
    package var port: Int
    package var includeDrafts: Bool
    /// Where the preview builds the site; never the user's `output/`. Default: `ROOT/.warta-serve`.
    package var buildFolder: URL?
    /// How often content/ and templates/ are looked at.
    package var pollInterval: Duration
    /// Stop gracefully on SIGINT (Ctrl-C) and SIGTERM; off when embedded, e.g. in tests.
    package var handlesSignals: Bool
    /// Passed on to the builds, for a progress bar.
    package var progress: (@Sendable (Int, Int) -> Void)?
    /// `--lang`: the language of messages and of the overlay, instead of the site's.
    package var messageLanguage: Language?

    package init(root: URL, host: String = "127.0.0.1", port: Int = 8080, includeDrafts: Bool = false,
                buildFolder: URL? = nil, pollInterval: Duration = .milliseconds(300), handlesSignals: Bool = true,
                progress: (@Sendable (Int, Int) -> Void)? = nil, messageLanguage: Language? = nil) {
        self.root = root
        self.host = host
        self.port = port
        self.includeDrafts = includeDrafts
        self.buildFolder = buildFolder
        self.pollInterval = pollInterval
        self.handlesSignals = handlesSignals
        self.progress = progress
        self.messageLanguage = messageLanguage
    }

    package static let defaultBuildFolderName = ".warta-serve"
}

/// What happens, for the command line to print.
package enum PreviewEvent: Sendable {
    /// A build starts; `changed` names the files whose change started it (empty for the first).
    case building(changed: [String])
    case built(BuildReport, initial: Bool)
    /// The server accepts connections; `siteURL` is the home page of the preview.
    case listening(siteURL: String)
    case stopping
}

package enum PreviewError: Error, CustomStringConvertible, Equatable {
    case noProject(String)
    case portInUse(host: String, port: Int)
    case cannotListen(host: String, port: Int, reason: String)

    package var description: String {
        switch self {
        case .noProject(let root):
            return "\(root) has no content/ folder; run `warta serve` in the project folder or pass --root"
        case .portInUse(let host, let port):
            return "port \(port) on \(host) is already in use (is another `warta serve` running?); choose another with --port"
        case .cannotListen(let host, let port, let reason):
            return "cannot listen on \(host):\(port): \(reason)"
        }
    }
}

/// The preview server: builds the site, serves it over HTTP, rebuilds when content or templates
/// change and tells open pages to reload (or shows why the build failed).
package final class PreviewServer: @unchecked Sendable {
    package let options: PreviewOptions
    private let onEvent: @Sendable (PreviewEvent) -> Void
    private let hub = ReloadHub()
    private let lock = NSLock()
    private var group: ServiceGroup?
    private var stopRequested = false
    private var resolvedPort: Int?

    package init(options: PreviewOptions, onEvent: @escaping @Sendable (PreviewEvent) -> Void = { _ in }) {
        self.options = options
        self.onEvent = onEvent
    }

    package var buildFolder: URL {
        options.buildFolder ?? options.root.appendingPathComponent(PreviewOptions.defaultBuildFolderName)
    }

    /// The port in use once `run()` has resolved it (useful with port 0).
    package var port: Int? {
        lock.lock(); defer { lock.unlock() }
        return resolvedPort
    }

    /// Builds, serves and watches until `stop()` or a signal; throws `PreviewError` when the server
    /// cannot start.
    package func run() async throws {
        var isDirectory: ObjCBool = false
        let content = options.root.appendingPathComponent("content")
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PreviewError.noProject(options.root.path)
        }
        let port: Int
        switch PortProbe.probe(host: options.host, port: options.port) {
        case .available(let free): port = free
        case .unknownHost(let reason): throw PreviewError.cannotListen(host: options.host, port: options.port, reason: reason)
        case .failed(let code, let reason):
            if code == EADDRINUSE { throw PreviewError.portInUse(host: options.host, port: options.port) }
            throw PreviewError.cannotListen(host: options.host, port: options.port, reason: reason)
        }
        lock.withLock { resolvedPort = port }

        let origin = "http://\(Self.urlHost(options.host)):\(port)"
        let builder = PreviewBuilder(root: options.root, output: buildFolder, includeDrafts: options.includeDrafts,
                                     origin: origin, progress: options.progress, messageLanguage: options.messageLanguage)
        onEvent(.building(changed: []))
        let first = await builder.build()
        publish(first, builder: builder)
        onEvent(.built(first, initial: true))

        var quiet = Logger(label: "warta.serve")
        quiet.logLevel = .critical
        let onEvent = self.onEvent
        let app = Application(
            responder: PreviewResponder(builder: builder, hub: hub),
            configuration: ApplicationConfiguration(address: .hostname(options.host, port: port), serverName: "warta"),
            onServerRunning: { _ in onEvent(.listening(siteURL: origin + builder.facts.basePath)) },
            logger: quiet)
        let watcher = WatchService(root: options.root, interval: options.pollInterval, builder: builder, hub: hub,
                                   onEvent: onEvent, publish: { [self] report in self.publish(report, builder: builder) })
        // Services stop in reverse order: the watcher first, which ends the event streams that
        // would otherwise keep the HTTP server waiting.
        var configuration = ServiceGroupConfiguration(
            services: [app, watcher],
            gracefulShutdownSignals: options.handlesSignals ? [.sigint, .sigterm] : [],
            logger: quiet)
        configuration.maximumGracefulShutdownDuration = .seconds(5)
        let group = ServiceGroup(configuration: configuration)

        let stopEarly = lock.withLock {
            self.group = group
            return stopRequested
        }
        if stopEarly { return }

        do {
            try await group.run()
        } catch {
            throw Self.translate(error, host: options.host, port: port)
        }
    }

    /// Stops gracefully: open pages are let go, the port is closed, `run()` returns.
    package func stop() async {
        let group = lock.withLock {
            stopRequested = true
            return self.group
        }
        onEvent(.stopping)
        await group?.triggerGracefulShutdown()
    }

    private func publish(_ report: BuildReport, builder: PreviewBuilder) {
        let facts = builder.facts
        let problems = PreviewProblems(report: report, root: options.root, locale: facts.locale)
        let written = report.output
        let changed = (written?.written ?? 0) + (written?.removed ?? 0) > 0
        hub.buildFinished(
            problems: problems, changedFiles: changed, basePath: facts.basePath,
            lastBuild: .init(succeeded: report.succeeded, seconds: report.seconds, pages: report.pageCount,
                             written: written?.written ?? 0, unchanged: written?.unchanged ?? 0, removed: written?.removed ?? 0))
    }

    static func urlHost(_ host: String) -> String {
        if host == "0.0.0.0" || host == "::" || host.isEmpty { return "localhost" }
        return host.contains(":") ? "[\(host)]" : host
    }

    static func translate(_ error: any Error, host: String, port: Int) -> any Error {
        if let io = error as? IOError {
            if io.errnoCode == EADDRINUSE { return PreviewError.portInUse(host: host, port: port) }
            return PreviewError.cannotListen(host: host, port: port, reason: String(cString: strerror(io.errnoCode)))
        }
        return error
    }
}

/// Watches content/ and templates/ and rebuilds after a change has settled.
struct WatchService: Service {
    let root: URL
    let interval: Duration
    let builder: PreviewBuilder
    let hub: ReloadHub
    let onEvent: @Sendable (PreviewEvent) -> Void
    let publish: @Sendable (BuildReport) -> Void

    static let folders = ["content", "templates"]
    /// How long a save must stay still before building: editors write a file in several steps.
    static let settle: Duration = .milliseconds(150)
    static let heartbeat: Duration = .seconds(15)

    func run() async throws {
        await cancelWhenGracefulShutdown { await self.watch() }
        hub.close()
    }

    private func watch() async {
        let clock = ContinuousClock()
        var seen = ContentSnapshot(root: root, folders: Self.folders)
        var lastBeat = clock.now
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            if Task.isCancelled { break }
            if clock.now - lastBeat > Self.heartbeat {
                hub.heartbeat()
                lastBeat = clock.now
            }
            var current = ContentSnapshot(root: root, folders: Self.folders)
            if current == seen { continue }
            for _ in 0..<20 {
                try? await Task.sleep(for: Self.settle)
                let again = ContentSnapshot(root: root, folders: Self.folders)
                if again == current { break }
                current = again
            }
            let changed = current.changes(since: seen)
            // Taken before building: whatever is saved during the build is seen on the next round.
            seen = current
            onEvent(.building(changed: changed))
            let report = await builder.build()
            publish(report)
            onEvent(.built(report, initial: false))
        }
    }
}
