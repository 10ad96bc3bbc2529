import ArgumentParser
import Foundation
import WartaKit

@main
struct Warta: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warta",
        abstract: "Builds a public-information website from Markdown news, programme pages and CSV statistics.",
        discussion: """
            Run from the project folder (the one holding content/ and templates/):
              warta build            write the site into output/
              warta check            find every problem without writing anything
            """,
        version: WartaVersion.current,
        subcommands: [Build.self, Check.self]
    )
}

/// Options shared by the commands that read a project.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The project folder, holding content/ and templates/.", valueName: "DIR"))
    var root: String = "."

    @Flag(name: .long, help: "Include articles marked `draft: true`.")
    var drafts = false

    @Option(name: .long, help: ArgumentHelp("Language of messages: id or en (default: the site's language).", valueName: "LANG"))
    var lang: MessageLanguage?

    var rootURL: URL { URL(fileURLWithPath: root).standardizedFileURL }
}

/// Prints a report's diagnostics and summary the same way for every command.
enum ReportPrinter {
    static func printer(for report: BuildReport, project: ProjectOptions) -> DiagnosticPrinter {
        let useColour = isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        return DiagnosticPrinter(root: project.rootURL, useColour: useColour, language: project.lang ?? report.language)
    }

    /// Notes (such as skipped drafts) are for `check`; a build shows only what needs attention.
    static func printDiagnostics(_ report: BuildReport, project: ProjectOptions, includingNotes: Bool = false) {
        let printer = printer(for: report, project: project)
        let shown = report.diagnostics.filter { includingNotes || $0.severity != .note }
        for diagnostic in shown {
            FileHandle.standardError.write(Data((printer.format(diagnostic) + "\n").utf8))
        }
        if !shown.isEmpty {
            FileHandle.standardError.write(Data((printer.summary(report.diagnostics) + "\n").utf8))
        }
    }
}

extension MessageLanguage: ExpressibleByArgument {}
