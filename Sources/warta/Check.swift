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
            """)

    @OptionGroup var project: ProjectOptions

    func run() throws {
        let root = project.rootURL
        let report = SiteBuild.run(BuildOptions(root: root, output: nil, includeDrafts: project.drafts))
        ReportPrinter.printDiagnostics(report, root: root)
        if !report.succeeded { throw ExitCode.failure }
        print("no errors: \(report.pageCount) pages, \(report.newsCount) news, \(report.programCount) programmes, \(report.datasetCount) datasets")
    }
}
