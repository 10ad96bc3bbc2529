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

    var rootURL: URL { URL(fileURLWithPath: root).standardizedFileURL }
}

/// Prints a report's diagnostics and summary the same way for every command.
enum ReportPrinter {
    static func printDiagnostics(_ report: BuildReport, root: URL) {
        let useColour = isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let printer = DiagnosticPrinter(root: root, useColour: useColour)
        for diagnostic in report.diagnostics where diagnostic.severity != .note {
            FileHandle.standardError.write(Data((printer.format(diagnostic) + "\n").utf8))
        }
        if !report.diagnostics.isEmpty {
            FileHandle.standardError.write(Data((printer.summary(report.diagnostics) + "\n").utf8))
        }
    }
}
