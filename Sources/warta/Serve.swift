import ArgumentParser
import Foundation
import WartaCore
import WartaBuild
import WartaServe

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site in a browser, rebuilt and reloaded whenever you save.",
        discussion: """
            Builds the site into ROOT/.warta-serve/ (never into output/) and serves
            it at http://HOST:PORT/ under the same sub-path as base_url, so links
            behave as they will online. content/ and templates/ are watched: after a
            save the site is rebuilt and open pages reload themselves. If the rebuild
            fails, the problems are shown over the page in the browser and printed
            here; the last good site stays served until the file is fixed.
            Stop with Ctrl-C.

            The reload script is added to pages only as the preview sends them;
            `warta build` output never contains it.

            Examples:
              warta serve
              warta serve --drafts --port 8000 --root ~/situs-dinsos
              warta serve --host 0.0.0.0    (phones on the same network can look too)
            """)

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: ArgumentHelp("The address to listen on.", valueName: "HOST"))
    var host: String = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("The port to listen on.", valueName: "N"))
    var port: Int = 8080

    @OptionGroup var printing: OutputOptions

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
    }

    func run() async throws {
        let root = project.rootURL
        let console = ServeConsole(project: project, verbosity: printing.verbosity)
        let server = PreviewServer(
            options: PreviewOptions(root: root, host: host, port: port, includeDrafts: project.drafts, progress: console.bar.callback,
                                    messageLanguage: project.lang),
            onEvent: { console.show($0) })
        do {
            try await server.run()
        } catch let error as PreviewError {
            Terminal.standardError(console.paintError("error:") + " \(error)")
            throw ExitCode.failure
        }
        console.stopped()
    }
}

/// What `warta serve` prints: one line per rebuild with its time, and the problems of a failed one.
final class ServeConsole: @unchecked Sendable {
    let project: ProjectOptions
    let verbosity: Verbosity
    let bar: ProgressBar
    private let lock = NSLock()
    private let colourOut = Terminal.usesColour(STDOUT_FILENO)
    private let colourErr = Terminal.usesColour(STDERR_FILENO)
    private var changed: [String] = []
    /// Known once the first build has read site.yml; until then Indonesian, Warta's default.
    private var language: Language

    private func say(_ message: ConsoleMessage) -> String { message.text(in: language) }

    init(project: ProjectOptions, verbosity: Verbosity) {
        self.project = project
        self.verbosity = verbosity
        self.language = project.lang ?? .indonesian
        self.bar = ProgressBar(enabled: verbosity != .quiet && Terminal.isTerminal(STDERR_FILENO))
    }

    func show(_ event: PreviewEvent) {
        lock.lock(); defer { lock.unlock() }
        switch event {
        case .building(let files):
            changed = files
            bar.begin()
        case .built(let report, let initial):
            bar.finish()
            built(report, initial: initial)
        case .listening(let url):
            guard verbosity != .quiet else { return }
            print(say(.serving(url: Terminal.paint(url, .cyan, bold: true, enabled: colourOut))))
            print(say(.watching))
            flush()
        case .stopping:
            break
        }
    }

    private func built(_ report: BuildReport, initial: Bool) {
        language = ReportPrinter.language(of: report, project: project)
        let time = Self.clock()
        let cause = initial ? say(.firstBuild) : describe(changed)
        if report.succeeded, let files = report.output {
            ReportPrinter.printDiagnostics(report, project: project, verbosity: verbosity)
            if verbosity != .quiet {
                print("\(Terminal.paint(time, .dim, enabled: colourOut)) \(cause): \(Terminal.paint(say(.built), .green, bold: true, enabled: colourOut)) "
                      + "\(ReportPrinter.counts(report, in: language)) \(say(.took(duration: Terminal.seconds(report.seconds)))): \(ReportPrinter.files(files, in: language))")
            }
        } else {
            ReportPrinter.printDiagnostics(report, project: project, verbosity: verbosity)
            let errors = report.diagnostics.filter { $0.severity == .error }.count
            Terminal.standardError("\(time) \(cause): \(paintError(say(.buildFailed))) "
                                   + say(.failedInPreview(errors: errors, duration: Terminal.seconds(report.seconds), firstBuild: initial)))
        }
        flush()
    }

    func stopped() {
        guard verbosity != .quiet else { return }
        print(say(.stopped))
        flush()
    }

    func paintError(_ text: String) -> String {
        Terminal.paint(text, .red, bold: true, enabled: colourErr)
    }

    private func describe(_ files: [String]) -> String {
        switch files.count {
        case 0: return say(.rebuild)
        default: return say(.changed(file: files[0], others: files.count - 1))
        }
    }

    /// Lines appear at once even when standard output is a pipe (e.g. `warta serve | tee log`).
    private func flush() { fflush(nil) }

    private static func clock() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: Date())
    }
}
