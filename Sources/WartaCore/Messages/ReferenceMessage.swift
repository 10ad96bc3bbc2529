/// Problems with news, addresses and what files say about each other (programmes, datasets,
/// pages, links).
package enum ReferenceMessage: MessageText {
    case invalidDate(String)
    /// `shown`: the date as the article page shows it, in the language of the site.
    case futureDate(shown: String)
    case imageWithoutAlt
    case brokenImage(LinkProblem)
    case brokenLink(LinkProblem)
    case notAWebAddress(field: String)
    case slugWithoutLetters
    case unusableFileName
    case draftNotPublished(title: String)
    case duplicateAddress(ContentKind, slug: String, firstPath: String)
    case reservedAddress(slug: String)
    case unknownProgramme(String, known: [String])
    case unknownKeyFigure(String)
    case unknownDatasetOf(String, known: [String])
    case unknownDataset(String)
    case tagWithoutLetters(String)
    case menuPageMissing(title: String, slug: String)
    case unparseableMarkdown

    /// What has an address of its own.
    package enum ContentKind: String, Hashable, Sendable, Codable, CaseIterable {
        case newsItem, programme, page

        var rendering: Rendering {
            switch self {
            case .newsItem: Rendering(id: "berita", en: "news item")
            case .programme: Rendering(id: "program", en: "programme")
            case .page: Rendering(id: "halaman", en: "page")
            }
        }
    }

    package enum Kind: CaseIterable, Hashable, Sendable {
        case invalidDate, futureDate, imageWithoutAlt, brokenImage, brokenLink, notAWebAddress, slugWithoutLetters,
             unusableFileName, draftNotPublished, duplicateAddress, reservedAddress, unknownProgramme, unknownKeyFigure,
             unknownDatasetOf, unknownDataset, tagWithoutLetters, menuPageMissing, unparseableMarkdown
    }

    package var kind: Kind {
        switch self {
        case .invalidDate: .invalidDate
        case .futureDate: .futureDate
        case .imageWithoutAlt: .imageWithoutAlt
        case .brokenImage: .brokenImage
        case .brokenLink: .brokenLink
        case .notAWebAddress: .notAWebAddress
        case .slugWithoutLetters: .slugWithoutLetters
        case .unusableFileName: .unusableFileName
        case .draftNotPublished: .draftNotPublished
        case .duplicateAddress: .duplicateAddress
        case .reservedAddress: .reservedAddress
        case .unknownProgramme: .unknownProgramme
        case .unknownKeyFigure: .unknownKeyFigure
        case .unknownDatasetOf: .unknownDatasetOf
        case .unknownDataset: .unknownDataset
        case .tagWithoutLetters: .tagWithoutLetters
        case .menuPageMissing: .menuPageMissing
        case .unparseableMarkdown: .unparseableMarkdown
        }
    }

    package var rendering: Rendering {
        switch self {
        case .invalidDate(let text):
            Rendering(id: "`date` bukan tanggal yang benar: \"\(text)\"", en: "`date` is not a valid date: \"\(text)\"")
        case .futureDate(let shown):
            Rendering(id: "`date` ada di masa depan (\(shown)); berita tetap terbit sekarang tetapi menampilkan tanggal itu",
                      en: "`date` is in the future (\(shown)); the article is published now but shows that date")
        case .imageWithoutAlt:
            Rendering(id: "`image` tidak punya `image_alt`: jelaskan isi gambar untuk pembaca yang tidak dapat melihatnya",
                      en: "`image` has no `image_alt`: describe the picture for readers who cannot see it")
        case .brokenImage(let problem):
            Rendering(id: "`image`: \(problem.rendering.indonesian)", en: "`image`: \(problem.rendering.english)")
        case .brokenLink(let problem):
            problem.rendering
        case .notAWebAddress(let field):
            Rendering(id: "`\(field)` harus alamat web yang diawali https:// atau http://",
                      en: "`\(field)` must be a web address starting with https:// or http://")
        case .slugWithoutLetters:
            Rendering(id: "`slug` harus memuat huruf atau angka", en: "`slug` must contain letters or digits")
        case .unusableFileName:
            Rendering(id: "nama berkas tidak menghasilkan alamat yang bisa dipakai; ganti namanya atau tambahkan `slug:`",
                      en: "the file name gives no usable address; rename it or add `slug:`")
        case .draftNotPublished(let title):
            Rendering(id: "draf \"\(title)\" tidak diterbitkan (bangun dengan --drafts untuk melihatnya)",
                      en: "draft \"\(title)\" is not published (build with --drafts to preview it)")
        case .duplicateAddress(let kind, let slug, let firstPath):
            Rendering(id: "\(kind.rendering.indonesian) lain sudah memakai alamat `\(slug)` (\(firstPath)); beri salah satunya nama berkas atau `slug:` yang berbeda",
                      en: "another \(kind.rendering.english) already has the address `\(slug)` (\(firstPath)); give one of them a different file name or `slug:`")
        case .reservedAddress(let slug):
            Rendering(id: "alamat halaman /\(slug)/ dipakai Warta sendiri; ganti nama berkas atau pakai `slug:` lain",
                      en: "the page address /\(slug)/ is used by Warta itself; rename the file or set another `slug:`")
        case .unknownProgramme(let slug, let known):
            Rendering(id: "program `\(slug)` tidak dikenal (program yang ada: \(Rendering.list(known)))",
                      en: "unknown programme `\(slug)` (programmes: \(Rendering.list(known)))")
        case .unknownKeyFigure(let id):
            Rendering(id: "data `\(id)` di `key_figures` tidak dikenal", en: "unknown dataset `\(id)` in `key_figures`")
        case .unknownDatasetOf(let id, let known):
            Rendering(id: "data `\(id)` tidak dikenal (data yang ada: \(Rendering.list(known)))",
                      en: "unknown dataset `\(id)` (datasets: \(Rendering.list(known)))")
        case .unknownDataset(let id):
            Rendering(id: "data `\(id)` tidak dikenal", en: "unknown dataset `\(id)`")
        case .tagWithoutLetters(let tag):
            Rendering(id: "topik `\(tag)` harus memuat setidaknya satu huruf atau angka", en: "tag `\(tag)` needs at least one letter or digit")
        case .menuPageMissing(let title, let slug):
            Rendering(id: "butir menu \"\(title)\" menunjuk halaman `\(slug)`, yang tidak ada di content/pages",
                      en: "menu item \"\(title)\" names page `\(slug)`, which is not in content/pages")
        case .unparseableMarkdown:
            Rendering(id: "Markdown tidak dapat dibaca", en: "cannot parse Markdown")
        }
    }
}
