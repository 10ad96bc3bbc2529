import ArgumentParser
import Foundation
import WartaModel

extension NewContent.Kind: ExpressibleByArgument {}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a news article, programme, page or dataset with complete front matter.",
        discussion: """
            Creates the file(s) and prints the path, ready to open in an editor.
            The file name is made from the title (lowercase, hyphens); the date is
            today's in the site's time zone. An existing file is never overwritten.

              news      content/news/<year>/<name>.md, a draft until you publish it
              program   content/programs/<name>.md
              page      content/pages/<name>.md
              dataset   content/statistics/<id>.csv (the header line) and <id>.md
                        (every field explained)

            Examples:
              warta new news "Penyaluran BPNT Tahap IV"
              warta new program "Program Keluarga Harapan (PKH)" --slug pkh
              warta new page "Layanan Pengaduan"
              warta new dataset kpm-bpnt --title "Jumlah KPM BPNT Kota Pontianak"
              nano "$(warta new news "Rapat koordinasi DTKS")"
            """)

    @Argument(help: ArgumentHelp("What to create: news, program, page or dataset.", valueName: "kind"))
    var kind: NewContent.Kind

    @Argument(help: ArgumentHelp("The title; for a dataset its id (lowercase letters, digits, hyphens).", valueName: "title-or-id"))
    var name: String

    @Option(name: .long, help: ArgumentHelp("The file name (and web address) to use instead of one made from the title.", valueName: "NAME"))
    var slug: String?

    @Option(name: .long, help: ArgumentHelp("A dataset's title.", valueName: "TEXT"))
    var title: String?

    @Option(name: .long, help: ArgumentHelp("The project folder, holding content/ and templates/.", valueName: "DIR"))
    var root: String = "."

    @OptionGroup var printing: OutputOptions

    func run() throws {
        let rootURL = URL(fileURLWithPath: root).standardizedFileURL
        let created: [String]
        do {
            created = try NewContent.create(kind, name, title: title, slug: slug, root: rootURL)
        } catch let failure as NewContent.Failure {
            Terminal.standardError(Terminal.paint("error:", .red, bold: true, enabled: Terminal.usesColour(STDERR_FILENO)) + " \(failure)")
            throw ExitCode.failure
        }
        for path in created { print(path) }
        guard printing.verbosity != .quiet else { return }
        switch kind {
        case .news:
            Terminal.standardError("fill in summary and tags; the article is a draft until you remove `draft: true` (preview it with `warta serve --drafts`)")
        case .program:
            Terminal.standardError("fill in summary (required) and the description; the programme is published with the next build")
        case .page:
            Terminal.standardError("write the page below the front matter; it is published with the next build")
        case .dataset:
            Terminal.standardError("fill in the title and source, then the rows of the CSV; `warta check` lists what is still missing")
        }
    }
}
