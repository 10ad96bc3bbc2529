/// Why a link or image address written in Markdown or front matter leads nowhere.
package enum LinkProblem: MessageText {
    case outsideContent(url: String)
    case missingFile(url: String, file: String)
    case missingAnchor(url: String, fragment: String)

    package enum Kind: CaseIterable, Hashable, Sendable {
        case outsideContent, missingFile, missingAnchor
    }

    package var kind: Kind {
        switch self {
        case .outsideContent: .outsideContent
        case .missingFile: .missingFile
        case .missingAnchor: .missingAnchor
        }
    }

    package var rendering: Rendering {
        switch self {
        case .outsideContent(let url):
            Rendering(id: "tautan `\(url)` menunjuk ke luar content/", en: "link `\(url)` points outside content/")
        case .missingFile(let url, let file):
            Rendering(id: "tautan `\(url)` menunjuk ke content/\(file), yang tidak ada",
                      en: "link `\(url)` points to content/\(file), which does not exist")
        case .missingAnchor(let url, let fragment):
            Rendering(id: "tautan `\(url)` menunjuk ke `#\(fragment)`, yang bukan judul bagian atau jangkar di halaman itu",
                      en: "link `\(url)` points to `#\(fragment)`, which is not a heading or anchor on that page")
        }
    }
}
