import ArgumentParser
import Foundation
import WartaBuild
import WartaCore
import WartaLoad
import WartaPublish

struct Publish: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site, then upload what changed to the office's web host.",
        discussion: """
            Builds first (as `warta build` does) and publishes only a site that built
            without errors. Then compares with what the host already has and sends only
            new and changed files, in an order that never leaves a broken link online
            (assets and new pages first, then changed pages, then lists and the home
            page, deletions last). A dropped connection is retried; a run that was cut
            off is resumed by running the command again.

            The target is the one given here, or `publish:` in content/site.yml:
              sftp://user@host/path/   (SSH agent, ~/.ssh/id_ed25519 or id_rsa, or --key)
              ftps://user@host/path/   (password from ~/.netrc or WARTA_PUBLISH_PASSWORD)
              ftp://user@host/path/    (unencrypted: a warning)
              file:///mnt/share/situs/ (a mounted folder)
            Passwords never go in site.yml. Host keys are checked against
            ~/.ssh/known_hosts, as ssh does; a host seen for the first time needs
            --accept-new-host-key once.

            Examples:
              warta publish sftp://humas@web.pontianak.go.id/var/www/dinsos/
              warta publish --dry-run              (list what would change)
              warta publish file:///mnt/situs/dinsos/
            """)

    @Argument(help: ArgumentHelp("Where to publish (default: `publish` in site.yml).", valueName: "TARGET"))
    var target: String?

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: ArgumentHelp("The built site to publish (default: ROOT/output).", valueName: "DIR"))
    var output: String?

    @Flag(name: .long, help: "List what would be uploaded and deleted; change nothing on the host.")
    var dryRun = false

    @Flag(name: .long, help: "Trust and remember the host key of a server seen for the first time.")
    var acceptNewHostKey = false

    @Option(name: .long, help: ArgumentHelp("The SSH key file to log in with (default: the agent, then ~/.ssh/id_*).", valueName: "FILE"))
    var key: String?

    @OptionGroup var threads: ThreadOptions

    @OptionGroup var printing: OutputOptions

    func run() throws {
        let root = project.rootURL
        let outputURL = output.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? root.appendingPathComponent("output")
        let verbosity = printing.verbosity

        // Only a site that builds without errors is published, and always the site as the content is now.
        let bar = ProgressBar(enabled: verbosity != .quiet && Terminal.isTerminal(STDERR_FILENO))
        let report = SiteBuild.run(BuildOptions(root: root, output: outputURL, includeDrafts: false, jobs: threads.jobs,
                                                progress: bar.callback))
        bar.finish()
        ReportPrinter.printDiagnostics(report, project: project, verbosity: verbosity)
        let language = ReportPrinter.language(of: report, project: project)
        guard report.succeeded else {
            Terminal.standardError(Terminal.paint(ConsoleMessage.publishRefused.text(in: language), .red, bold: true,
                                                  enabled: Terminal.usesColour(STDERR_FILENO)))
            throw ExitCode.failure
        }

        guard let text = target ?? SiteConfigFile.read(root: root)?.publishTarget?.value else {
            Terminal.standardError(ConsoleMessage.publishTargetMissing.text(in: language))
            throw ExitCode.validationFailure
        }
        let parsed = PublishTarget.parse(text)
        for problem in parsed.problems { show(problem, in: language) }
        guard let publishTarget = parsed.target, !parsed.problems.contains(where: { $0.severity == .error }) else {
            throw ExitCode.failure
        }

        var options = PublishOptions.standard()
        options.keyFile = key
        options.acceptNewHostKey = acceptNewHostKey
        let publisher = Publisher(target: publishTarget, options: options)
        do {
            let plan = try publisher.plan(siteFolder: outputURL.path)
            for problem in plan.problems { show(problem, in: language) }
            if dryRun {
                print(plan.rendered(), terminator: "")
                return
            }
            let progress = PublishProgressLine(enabled: verbosity != .quiet && Terminal.isTerminal(STDERR_FILENO))
            let summary = try publisher.run(plan) { progress.show($0) }
            progress.finish()
            for problem in summary.problems { show(problem, in: language) }
            if verbosity != .quiet { print(language == .indonesian ? summary.indonesian : summary.english) }
        } catch {
            show(error, in: language)
            throw ExitCode.failure
        }
    }

    private func show(_ problem: PublishProblem, in language: Language) {
        let label = problem.severity == .error ? ConsoleMessage.errorLabel : ConsoleMessage.warningLabel
        let colour: Terminal.Colour = problem.severity == .error ? .red : .yellow
        Terminal.standardError(Terminal.paint(label.text(in: language), colour, bold: true, enabled: Terminal.usesColour(STDERR_FILENO))
            + ": " + (language == .indonesian ? problem.indonesian : problem.english))
    }
}

/// One line on the terminal that says how far an upload is: `12/40 berita/a/index.html`.
final class PublishProgressLine {
    private let enabled: Bool
    private var shown = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func show(_ progress: PublishProgress) {
        guard enabled, let step = progress.step else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(progress.index + 1)/\(progress.count) \(step.path)".utf8))
        shown = true
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
