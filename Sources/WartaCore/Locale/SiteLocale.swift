/// The one decision about language for a run: made once from site.yml's `language`, and read by
/// pages (interface strings, dates, numbers) and by messages alike. `--lang` changes only the
/// language of messages, since it is the editor's choice, not the readers'.
package struct SiteLocale: Sendable {
    /// The language of pages.
    package let language: Language
    /// The language of diagnostics, console lines and the preview overlay.
    package let messages: Language

    package init(siteLanguage code: String, messages override: Language? = nil) {
        language = Language(code: code)
        messages = override ?? language
    }

    package init(_ language: Language, messages override: Language? = nil) {
        self.language = language
        messages = override ?? language
    }

    /// Interface strings of pages, with their dates.
    package var strings: UIStrings { language == .english ? .english : .indonesian }
    package var numbers: NumberStyle { strings.numberStyle }
}
