import ArgumentParser
import Foundation
import WartaCore
import WartaBuild

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site into the output folder.",
        discussion: """
            Everything is checked first; if anything is wrong, every problem is
            listed and the output folder is left exactly as it was. Files whose
            content did not change keep their date, so an upload sends only what
            changed. On a terminal, a build longer than a second shows progress.

            Examples:
              warta build
              warta build --root ~/situs-dinsos --output /var/www/dinsos
              warta build --base-url https://staging.example.go.id/dinsos/ --drafts
              warta build --quiet    (print only errors, e.g. from cron)
            """)

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: ROOT/output).", valueName: "DIR"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Use this package address instead of base_url in site.yml.", valueName: "URL"))
    var baseURL: String?

    @Flag(name: .long, help: "Do not index the site for its search page, even when Pagefind is installed.")
    var noSearch = false

    @OptionGroup var threads: ThreadOptions

    @OptionGroup var printing: OutputOptions

    func run() throws {
        let root = project.rootURL
        let outputURL = output.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? root.appendingPathComponent("output")
        let verbosity = printing.verbosity
        let bar = ProgressBar(enabled: verbosity != .quiet && Terminal.isTerminal(STDERR_FILENO))
        var options = BuildOptions(root: root, output: outputURL, baseURL: baseURL, includeDrafts: project.drafts,
                                   jobs: threads.jobs, progress: bar.callback)
        options.search = noSearch ? .off : .pagefind
        let waitingLanguage = project.lang ?? .indonesian
        options.waitingForLock = {
            Terminal.standardError(ConsoleMessage.waitingForOtherBuild.text(in: waitingLanguage))
        }
        let report = SiteBuild.run(options)
        bar.finish()
        ReportPrinter.printDiagnostics(report, project: project, verbosity: verbosity)
        let language = ReportPrinter.language(of: report, project: project)
        guard report.succeeded, let written = report.output else {
            Terminal.standardError(Terminal.paint(ConsoleMessage.buildFailed.text(in: language), .red, bold: true,
                                                  enabled: Terminal.usesColour(STDERR_FILENO))
                + "; " + ConsoleMessage.notChanged(path: outputURL.path).text(in: language))
            throw ExitCode.failure
        }
        guard verbosity != .quiet else { return }
        let colour = Terminal.usesColour(STDOUT_FILENO)
        print("""
            \(Terminal.paint(ConsoleMessage.built.text(in: language), .green, bold: true, enabled: colour)) \
            \(ReportPrinter.counts(report, in: language)) \(ConsoleMessage.took(duration: Terminal.seconds(report.seconds)).text(in: language)): \
            \(ReportPrinter.files(written, in: language))
            \(ConsoleMessage.siteAt(path: "\(outputURL.path)/index.html").text(in: language))
            """)
        switch report.searchIndex {
        case .indexed(let seconds)?: print(ServiceMessage.searchIndexMade(duration: Terminal.seconds(seconds)).text(in: language))
        case .reused?: print(ServiceMessage.searchIndexKept.text(in: language))
        case .notInstalled?: print(ServiceMessage.searchIndexNotInstalled.text(in: language))
        case .failed?: print(ServiceMessage.searchIndexNotMade.text(in: language))
        case .outOfDate?, nil: break
        }
    }
}
