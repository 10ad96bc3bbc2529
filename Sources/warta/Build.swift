import ArgumentParser
import Foundation
import WartaKit

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site into the output folder.",
        discussion: """
            Everything is checked first; if anything is wrong, every problem is listed and the
            output folder is left exactly as it was.

            Examples:
              warta build
              warta build --root ~/situs-dinsos --output /var/www/dinsos
              warta build --base-url https://staging.example.go.id/dinsos/ --drafts
            """)

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: ROOT/output).", valueName: "DIR"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Use this public address instead of base_url in site.yml.", valueName: "URL"))
    var baseURL: String?

    func run() throws {
        let root = project.rootURL
        let outputURL = output.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? root.appendingPathComponent("output")
        let report = SiteBuild.run(BuildOptions(root: root, output: outputURL, baseURL: baseURL, includeDrafts: project.drafts))
        ReportPrinter.printDiagnostics(report, project: project)
        guard report.succeeded, let written = report.output else {
            FileHandle.standardError.write(Data("build failed; \(outputURL.path) was not changed\n".utf8))
            throw ExitCode.failure
        }
        print("""
            \(report.pageCount) pages (\(report.newsCount) news, \(report.programCount) programmes, \(report.datasetCount) datasets) \
            in \(String(format: "%.2f", report.seconds)) s: \(written.written) written, \(written.unchanged) unchanged, \(written.removed) removed
            site: \(outputURL.path)/index.html
            """)
    }
}
