import ArgumentParser
import Foundation
import WartaCore
import WartaBuild

@main
struct Warta: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warta",
        abstract: "Builds a public-information website from Markdown news, programme pages and CSV statistics.",
        discussion: """
            Run from the project folder (the one holding content/ and templates/):
              warta serve          preview in a browser, rebuilt on every save
              warta new news "Penyaluran BPNT Tahap IV"
                                   start a news article with complete front matter
              warta check          find every problem without writing anything
              warta build          write the site into output/
              warta publish        build, then upload what changed to the web host

            `warta help <command>` explains a command's options, with examples.
            """,
        version: WartaVersion.current,
        subcommands: [Build.self, Check.self, Serve.self, New.self, Publish.self]
    )
}

/// Options shared by the commands that read a project.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The project folder, holding content/ and templates/.", valueName: "DIR"))
    var root: String = "."

    @Flag(name: .long, help: "Include articles marked `draft: true`.")
    var drafts = false

    @Option(name: .long, help: ArgumentHelp("Language of messages: id or en (default: the site's language).", valueName: "LANG"))
    var lang: Language?

    var rootURL: URL { URL(fileURLWithPath: root).standardizedFileURL }
}

/// The threads a build may use: fewer on a server shared with other work; one to compare with.
struct ThreadOptions: ParsableArguments {
    @Option(name: [.customShort("j"), .long], help: ArgumentHelp("Build with at most N threads (default: one per core). The site is the same for any N.", valueName: "N"))
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
    }
}

/// Prints a report's diagnostics and summary the same way for every command, in the language of
/// the site (or of `--lang`).
enum ReportPrinter {
    static func language(of report: BuildReport, project: ProjectOptions) -> Language {
        project.lang ?? report.language
    }

    static func printer(for report: BuildReport, project: ProjectOptions) -> DiagnosticPrinter {
        DiagnosticPrinter(root: project.rootURL, useColour: Terminal.usesColour(STDERR_FILENO), language: language(of: report, project: project))
    }

    static func printDiagnostics(_ report: BuildReport, project: ProjectOptions, verbosity: Verbosity = .normal) {
        let printer = printer(for: report, project: project)
        let shown = report.diagnostics.filter { verbosity.shows($0.severity) }
        for diagnostic in shown {
            FileHandle.standardError.write(Data((printer.format(diagnostic) + "\n").utf8))
        }
        if !shown.isEmpty {
            FileHandle.standardError.write(Data((printer.summary(report.diagnostics) + "\n").utf8))
        }
    }

    /// `42 pages (8 news, 5 programmes, 7 datasets)`
    static func counts(_ report: BuildReport, in language: Language) -> String {
        ConsoleMessage.pageCounts(pages: report.pageCount, news: report.newsCount, programmes: report.programCount,
                                  datasets: report.datasetCount).text(in: language)
    }

    /// `12 written, 280 unchanged, 0 removed`
    static func files(_ summary: StagedOutput.Summary, in language: Language) -> String {
        ConsoleMessage.fileCounts(written: summary.written, unchanged: summary.unchanged, removed: summary.removed).text(in: language)
    }
}

extension Language: ExpressibleByArgument {}
