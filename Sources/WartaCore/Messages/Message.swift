/// What a diagnostic says: one typed message from one of the families. Arguments keep what the
/// file says exactly as written; only Warta's own words are rendered in the reader's language.
///
/// A new message is a case in its family's file (typed arguments; its Indonesian and English side
/// by side in the family's `rendering`, and its `Kind`: the compiler asks for both), plus a sample
/// in `MessageSamples` (Tests/WartaCoreTests/MessageCatalogueTests.swift), which the compiler asks
/// for too.
package enum Message: Hashable, Sendable, Codable {
    case file(FileMessage)
    case frontMatter(FrontMatterMessage)
    case reference(ReferenceMessage)
    case siteConfig(SiteConfigMessage)
    case dataset(DatasetMessage)
    case chart(ChartMessage)
    case template(TemplateMessage)
    case output(OutputMessage)
    case service(ServiceMessage)

    package var rendering: Rendering {
        switch self {
        case .file(let message): message.rendering
        case .frontMatter(let message): message.rendering
        case .reference(let message): message.rendering
        case .siteConfig(let message): message.rendering
        case .dataset(let message): message.rendering
        case .chart(let message): message.rendering
        case .template(let message): message.rendering
        case .output(let message): message.rendering
        case .service(let message): message.rendering
        }
    }

    package func text(in language: Language) -> String { rendering.text(in: language) }
    package var indonesian: String { rendering.indonesian }
    package var english: String { rendering.english }
}
