/// Problems with front matter and the YAML fields in it (and in site.yml, which is read the same way).
package enum FrontMatterMessage: MessageText {
    case missing
    case notClosed
    case notAMapping
    /// The parser's own words (English), with where it was when it failed.
    case invalidYAML(problem: String, context: String?, contextLine: Int?)
    case unreadableYAML(String)
    case duplicateKeys([String])
    case missingField(String)
    case emptyField(String)
    case wrongType(field: String, expected: Expected)
    case itemNotMapping(field: String)
    case itemNotText(field: String)
    /// `name` exactly as written in the file.
    case unknownField(name: String, in: Place)

    /// What a field's value must be.
    package enum Expected: String, Hashable, Sendable, Codable, CaseIterable {
        case text, wholeNumber, trueOrFalse, list, mapping

        var rendering: Rendering {
            switch self {
            case .text: Rendering(id: "berupa teks", en: "text")
            case .wholeNumber: Rendering(id: "berupa bilangan bulat", en: "a whole number")
            case .trueOrFalse: Rendering(id: "true (ya) atau false (tidak)", en: "true or false")
            case .list: Rendering(id: "berupa daftar", en: "a list")
            case .mapping: Rendering(id: "berupa kelompok isian `nama: nilai`", en: "a group of `key: value` fields")
            }
        }
    }

    /// The group of fields a field stands in.
    package enum Place: Hashable, Sendable, Codable {
        case news, programme, page, dataset, siteConfig, menuItem, column, tableBlock
        /// An item of site.yml's `tasks`.
        case task
        /// A group under a field of its own, e.g. `source:` or `chart:`.
        case group(String)

        var rendering: Rendering {
            switch self {
            case .news: Rendering(id: "bagian depan berita", en: "news front matter")
            case .programme: Rendering(id: "bagian depan program", en: "programme front matter")
            case .page: Rendering(id: "bagian depan halaman", en: "page front matter")
            case .dataset: Rendering(id: "metadata data", en: "dataset metadata")
            case .siteConfig: Rendering(both: "site.yml")
            case .menuItem: Rendering(id: "butir menu", en: "a menu item")
            case .task: Rendering(id: "butir layanan", en: "a task")
            case .column: Rendering(id: "kolom", en: "a column")
            case .tableBlock: Rendering(id: "blok tabel", en: "a table block")
            case .group(let field): Rendering(both: "`\(field)`")
            }
        }
    }

    package enum Kind: CaseIterable, Hashable, Sendable {
        case missing, notClosed, notAMapping, invalidYAML, unreadableYAML, duplicateKeys, missingField, emptyField, wrongType,
             itemNotMapping, itemNotText, unknownField
    }

    package var kind: Kind {
        switch self {
        case .missing: .missing
        case .notClosed: .notClosed
        case .notAMapping: .notAMapping
        case .invalidYAML: .invalidYAML
        case .unreadableYAML: .unreadableYAML
        case .duplicateKeys: .duplicateKeys
        case .missingField: .missingField
        case .emptyField: .emptyField
        case .wrongType: .wrongType
        case .itemNotMapping: .itemNotMapping
        case .itemNotText: .itemNotText
        case .unknownField: .unknownField
        }
    }

    package var rendering: Rendering {
        switch self {
        case .missing:
            Rendering(id: "bagian depan (front matter) tidak ada: berkas harus diawali baris `---`, lalu isian (title, date …), lalu `---` lagi",
                      en: "missing front matter: the file must start with a line `---`, then the fields (title, date …), then another `---`")
        case .notClosed:
            Rendering(id: "bagian depan belum ditutup: tambahkan baris `---` setelah isian terakhir",
                      en: "front matter is not closed: add a line `---` after the last field")
        case .notAMapping:
            Rendering(id: "isian harus ditulis sebagai `nama: nilai`", en: "expected fields written as `key: value`")
        case .invalidYAML(let problem, let context, let line):
            // The parser's words stay as they are (its English), kept apart from ours by the comma.
            Rendering(id: "penulisan YAML salah: \(problem)" + (context.map { " (\($0), mulai baris \(line ?? 0))" } ?? ""),
                      en: "invalid YAML: \(problem)" + (context.map { " (\($0) on line \(line ?? 0))" } ?? ""))
        case .unreadableYAML(let problem):
            Rendering(id: "YAML tidak dapat dibaca: \(problem)", en: "cannot read YAML: \(problem)")
        case .duplicateKeys(let keys):
            Rendering(id: "isian \(Rendering.quotedList(keys)) ditulis lebih dari sekali; sisakan satu",
                      en: "the key \(Rendering.quotedList(keys)) appears more than once; keep one")
        case .missingField(let field):
            Rendering(id: "isian wajib `\(field)` belum ada", en: "missing required field `\(field)`")
        case .emptyField(let field):
            Rendering(id: "`\(field)` tidak boleh kosong", en: "`\(field)` must not be empty")
        case .wrongType(let field, let expected):
            Rendering(id: "`\(field)` harus \(expected.rendering.indonesian)", en: "`\(field)` must be \(expected.rendering.english)")
        case .itemNotMapping(let field):
            Rendering(id: "setiap butir `\(field)` harus berupa kelompok isian `nama: nilai`",
                      en: "each item of `\(field)` must be a group of `key: value` fields")
        case .itemNotText(let field):
            Rendering(id: "setiap butir `\(field)` harus berupa teks", en: "each item of `\(field)` must be text")
        case .unknownField(let name, let place):
            Rendering(id: "isian `\(name)` tidak dikenal di \(place.rendering.indonesian); isian ini diabaikan",
                      en: "unknown field `\(name)` in \(place.rendering.english); it is ignored")
        }
    }
}
