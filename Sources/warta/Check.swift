import ArgumentParser
import Foundation
import WartaCore
import WartaBuild

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check content, data and templates without writing anything.",
        discussion: """
            Runs every check `warta build` runs and lists all problems as
            path:line:column. Exits with status 1 when there is an error.

            Examples:
              warta check
              warta check --root ~/situs-dinsos --drafts
              warta check --format json --lang en    (for editors and other tools)
            """)

    @OptionGroup var project: ProjectOptions

    @OptionGroup var threads: ThreadOptions

    @OptionGroup var printing: OutputOptions

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: .long, help: "text (for people) or json (for editors and other tools).")
    var format: Format = .text

    func run() throws {
        let root = project.rootURL
        let verbosity = printing.verbosity
        let bar = ProgressBar(enabled: format == .text && verbosity != .quiet && Terminal.isTerminal(STDERR_FILENO))
        let report = SiteBuild.run(BuildOptions(root: root, output: nil, includeDrafts: project.drafts, jobs: threads.jobs,
                                                progress: bar.callback))
        bar.finish()
        if format == .json {
            print(ReportPrinter.printer(for: report, project: project).json(report.diagnostics), terminator: "")
            if !report.succeeded { throw ExitCode.failure }
            return
        }
        // A check is asked for to learn everything, notes such as left-out drafts included.
        ReportPrinter.printDiagnostics(report, project: project, verbosity: verbosity == .quiet ? .quiet : .verbose)
        if !report.succeeded { throw ExitCode.failure }
        guard verbosity != .quiet else { return }
        let language = ReportPrinter.language(of: report, project: project)
        let colour = Terminal.usesColour(STDOUT_FILENO)
        print("\(Terminal.paint(ConsoleMessage.noErrors.text(in: language), .green, bold: true, enabled: colour)): "
              + ReportPrinter.counts(report, in: language) + " " + ConsoleMessage.took(duration: Terminal.seconds(report.seconds)).text(in: language))
    }
}
