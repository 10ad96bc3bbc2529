/// What the site offers citizens: site.yml's contact details, tasks, logo and link style, and the
/// search index (Pagefind), with the line `warta build` prints about that index.
package enum ServiceMessage: MessageText {
    case noContactDetails
    case taskWithoutTarget
    /// `task`, `page`: as written in site.yml.
    case taskPageMissing(task: String, page: String)
    /// `path` without its leading `/`, as written in site.yml.
    case taskPathMissing(task: String, path: String)
    case logoMissing(String)
    case unknownLinkStyle
    case searchIndexerMissing
    /// The preview found no search index to keep.
    case previewHasNoSearchIndex
    /// The preview kept a search index made before its pages changed.
    case previewSearchIndexOutOfDate
    /// `reason`: the system's own words.
    case cannotKeepSearchIndex(reason: String)
    /// `problem`: Pagefind's own words.
    case searchIndexingFailed(problem: String)
    /// Pagefind failed without a word.
    case searchIndexerExited(status: Int)
    /// `reason`: the system's own words.
    case cannotMoveSearchIndex(reason: String)
    /// The summary line; `duration` already formatted (`0.42 s`).
    case searchIndexMade(duration: String)
    case searchIndexKept
    case searchIndexNotInstalled
    case searchIndexNotMade

    package enum Kind: CaseIterable, Hashable, Sendable {
        case noContactDetails, taskWithoutTarget, taskPageMissing, taskPathMissing, logoMissing, unknownLinkStyle,
             searchIndexerMissing, previewHasNoSearchIndex, previewSearchIndexOutOfDate, cannotKeepSearchIndex,
             searchIndexingFailed, searchIndexerExited, cannotMoveSearchIndex, searchIndexMade, searchIndexKept, searchIndexNotInstalled, searchIndexNotMade
    }

    package var kind: Kind {
        switch self {
        case .noContactDetails: .noContactDetails
        case .taskWithoutTarget: .taskWithoutTarget
        case .taskPageMissing: .taskPageMissing
        case .taskPathMissing: .taskPathMissing
        case .logoMissing: .logoMissing
        case .unknownLinkStyle: .unknownLinkStyle
        case .searchIndexerMissing: .searchIndexerMissing
        case .previewHasNoSearchIndex: .previewHasNoSearchIndex
        case .previewSearchIndexOutOfDate: .previewSearchIndexOutOfDate
        case .cannotKeepSearchIndex: .cannotKeepSearchIndex
        case .searchIndexingFailed: .searchIndexingFailed
        case .searchIndexerExited: .searchIndexerExited
        case .cannotMoveSearchIndex: .cannotMoveSearchIndex
        case .searchIndexMade: .searchIndexMade
        case .searchIndexKept: .searchIndexKept
        case .searchIndexNotInstalled: .searchIndexNotInstalled
        case .searchIndexNotMade: .searchIndexNotMade
        }
    }

    package var rendering: Rendering {
        switch self {
        case .noContactDetails:
            Rendering(id: "situs ini tidak memberi warga cara menghubungi kantor",
                      en: "the site gives citizens no way to contact the office")
        case .taskWithoutTarget:
            Rendering(id: "layanan perlu `url:` (alamat di situs seperti /program/dtks/, atau alamat https:// layanan resmi) atau `page:` (nama halaman di content/pages)",
                      en: "a task needs `url:` (a path in the site like /program/dtks/, or an official service's https:// address) or `page:` (the slug of a page in content/pages)")
        case .taskPageMissing(let task, let page):
            Rendering(id: "layanan \"\(task)\" menyebut halaman `\(page)`, yang tidak ada di content/pages",
                      en: "task \"\(task)\" names page `\(page)`, which is not in content/pages")
        case .taskPathMissing(let task, let path):
            Rendering(id: "layanan \"\(task)\" menautkan ke /\(path), yang bukan halaman situs ini",
                      en: "task \"\(task)\" links to /\(path), which is not a page of the site")
        case .logoMissing(let logo):
            Rendering(id: "`logo` menyebut \(logo), yang tidak ada di content/media", en: "`logo` names \(logo), which is not in content/media")
        case .unknownLinkStyle:
            Rendering(id: "`links` harus `index.html` atau `directory`", en: "`links` must be `index.html` or `directory`")
        case .searchIndexerMissing:
            Rendering(id: "Pagefind belum terpasang, jadi situs diterbitkan tanpa indeks pencarian",
                      en: "Pagefind is not installed, so the site is published without a search index")
        case .previewHasNoSearchIndex:
            Rendering(id: "pratinjau tidak membuat indeks pencarian, jadi halaman pencariannya tidak menemukan apa pun",
                      en: "the preview does not index the site for search, so its search page finds nothing")
        case .previewSearchIndexOutOfDate:
            Rendering(id: "pratinjau tidak memperbarui indeks pencarian: indeks pencarian lebih lama daripada halamannya",
                      en: "the preview does not index the site for search: the search index is older than the pages")
        case .cannotKeepSearchIndex(let reason):
            Rendering(id: "indeks pencarian tidak dapat dipertahankan: \(reason)", en: "cannot keep the search index: \(reason)")
        case .searchIndexingFailed(let problem):
            Rendering(id: "Pagefind gagal mengindeks situs: \(problem)", en: "Pagefind could not index the site: \(problem)")
        case .searchIndexerExited(let status):
            Rendering(id: "Pagefind gagal mengindeks situs (kode keluar \(status))", en: "Pagefind could not index the site (exit status \(status))")
        case .cannotMoveSearchIndex(let reason):
            Rendering(id: "indeks pencarian tidak dapat dipindahkan ke tempatnya: \(reason)",
                      en: "cannot move the search index into place: \(reason)")
        case .searchIndexMade(let duration):
            Rendering(id: "pencarian: indeks dibuat dalam \(duration)", en: "search: index made in \(duration)")
        case .searchIndexKept:
            Rendering(id: "pencarian: tidak ada halaman berubah, indeks tetap", en: "search: no page changed, index kept")
        case .searchIndexNotInstalled:
            Rendering(id: "pencarian: tanpa indeks (Pagefind belum terpasang: pip install pagefind-bin)",
                      en: "search: no index (Pagefind is not installed: pip install pagefind-bin)")
        case .searchIndexNotMade:
            Rendering(id: "pencarian: pengindeksan gagal, lihat peringatan di atas", en: "search: indexing failed, see the warning above")
        }
    }
}
