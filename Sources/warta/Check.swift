import ArgumentParser
import Foundation
import WartaKit

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check content, data and templates without writing anything.",
        discussion: """
            Runs every check `warta build` runs and lists all problems as path:line:column.
            Exits with status 1 when there is an error.

            Example:
              warta check --root ~/situs-dinsos
              warta check --format json --lang en
            """)

    @OptionGroup var project: ProjectOptions

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: .long, help: "text (for people) or json (for editors and other tools).")
    var format: Format = .text

    func run() throws {
        let root = project.rootURL
        let report = SiteBuild.run(BuildOptions(root: root, output: nil, includeDrafts: project.drafts))
        if format == .json {
            print(ReportPrinter.printer(for: report, project: project).json(report.diagnostics), terminator: "")
            if !report.succeeded { throw ExitCode.failure }
            return
        }
        ReportPrinter.printDiagnostics(report, project: project, includingNotes: true)
        if !report.succeeded { throw ExitCode.failure }
        print("no errors: \(report.pageCount) pages, \(report.newsCount) news, \(report.programCount) programmes, \(report.datasetCount) datasets")
    }
}
