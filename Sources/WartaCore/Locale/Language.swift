/// The languages Warta speaks: to readers (pages) and to editors (messages).
package enum Language: String, Sendable, CaseIterable, Codable {
    case indonesian = "id"
    case english = "en"

    /// A site.yml `language` code: `en`, `en-GB` … are English; anything else is Indonesian,
    /// Warta's default, since its interface has no third language to fall back on.
    package init(code: String) {
        self = code.lowercased().hasPrefix("en") ? .english : .indonesian
    }
}
