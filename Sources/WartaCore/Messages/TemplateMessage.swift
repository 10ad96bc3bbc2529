/// Problems with the templates folder and the Mustache templates in it.
package enum TemplateMessage: MessageText {
    case folderMissing
    case unreadable
    case requiredMissing
    case stylesheetMissing
    case syntax(Syntax)
    case missingPartial(template: String, partial: String)
    case emptyInShared(tag: String, folder: String)

    /// What the Mustache parser found wrong.
    package enum Syntax: Hashable, Sendable, Codable {
        case closingTagMismatch, unclosedTag, unclosedSection, badDelimiterChange, transformOnInherited, onlyBlocksInParent,
             unknownSetting
        /// An error the parser gives no kind for, in its own words.
        case other(String)

        var rendering: Rendering {
            switch self {
            case .closingTagMismatch:
                Rendering(id: "tag penutup {{/…}} tidak cocok dengan bagian yang ditutupnya",
                          en: "a closing tag {{/…}} does not match the section it closes")
            case .unclosedTag:
                Rendering(id: "sebuah tag tidak ditutup dengan }}", en: "a tag is not closed with }}")
            case .unclosedSection:
                Rendering(id: "bagian {{#…}} atau {{^…}} tidak pernah ditutup dengan {{/…}}",
                          en: "a section {{#…}} or {{^…}} is never closed with {{/…}}")
            case .badDelimiterChange:
                Rendering(id: "penggantian pembatas {{=… …=}} salah tulis", en: "badly formed delimiter change {{=… …=}}")
            case .transformOnInherited:
                Rendering(id: "transformasi tidak dapat dipakai pada bagian warisan", en: "a transform cannot be applied to an inherited section")
            case .onlyBlocksInParent:
                Rendering(id: "hanya penimpaan {{$blok}} yang boleh ada di dalam {{<induk}} … {{/induk}}",
                          en: "only {{$block}} overrides may stand inside {{<parent}} … {{/parent}}")
            case .unknownSetting:
                Rendering(id: "pengaturan {{% … }} tidak dikenal", en: "unknown {{% … }} setting")
            case .other(let text):
                Rendering(both: text)
            }
        }
    }

    package enum Kind: CaseIterable, Hashable, Sendable {
        case folderMissing, unreadable, requiredMissing, stylesheetMissing, syntax, missingPartial, emptyInShared
    }

    package var kind: Kind {
        switch self {
        case .folderMissing: .folderMissing
        case .unreadable: .unreadable
        case .requiredMissing: .requiredMissing
        case .stylesheetMissing: .stylesheetMissing
        case .syntax: .syntax
        case .missingPartial: .missingPartial
        case .emptyInShared: .emptyInShared
        }
    }

    package var rendering: Rendering {
        switch self {
        case .folderMissing:
            Rendering(id: "folder templates tidak ada", en: "the templates folder is missing")
        case .unreadable:
            Rendering(id: "templat tidak dapat dibaca", en: "cannot read template")
        case .requiredMissing:
            Rendering(id: "templat wajib ini tidak ada", en: "required template is missing")
        case .stylesheetMissing:
            Rendering(id: "lembar gaya (stylesheet) tidak ada", en: "the stylesheet is missing")
        case .syntax(let syntax):
            Rendering(id: "kesalahan penulisan templat: \(syntax.rendering.indonesian)", en: "template syntax error: \(syntax.rendering.english)")
        case .missingPartial(let template, let partial):
            Rendering(id: "templat `\(template)` memuat `\(partial)`, yang tidak ada di templates/",
                      en: "template `\(template)` includes `\(partial)`, which is not in templates/")
        case .emptyInShared(let tag, let folder):
            Rendering(id: "`\(tag)` kosong di sini: templat di templates/\(folder) dibuat sekali untuk banyak halaman",
                      en: "`\(tag)` is empty here: templates in templates/\(folder) are made once for many pages")
        }
    }
}
