import Mustache

/// A news item's texts and links as every list shows them.
package struct NewsItemTexts: Sendable {
    package var title: TemplateText
    /// The title as a link to the article shows it: "Contoh: …" for a sample (nil: the title).
    package var listedTitle: TemplateText?
    package var url: TemplateText
    package var date: TemplateText
    package var datetime: TemplateText
    package var summary: TemplateText?
    package var isSample: Bool
    package var tags: [TopicLinkView]

    package func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "listedTitle": return listedTitle ?? title
        case "url": return url
        case "date": return date
        case "datetime": return datetime
        case "summary": return summary
        case "isSample": return isSample
        case "tags": return tags
        default: return nil
        }
    }
}

/// A news item in a list (`{{#items}}`): its card (`{{{card}}}`), the level of its heading
/// (`{{itemHeading}}`) and its texts. Shared by every list that shows the article under that
/// heading, and read by swift-mustache through `child(named:)`: no dictionary is made per page.
///
/// Where the templates have a card, the card is all a list needs, so the texts are not kept
/// beside it; a template that reads them anyway gets them made again.
package final class NewsItemView: MustacheParent, Sendable {
    private let kept: NewsItemTexts?
    package let heading: Int
    package let card: TemplateText?
    private let index: Int
    /// The environment that made the view, which outlives every page rendered with it.
    private unowned let environment: RenderEnvironment

    package init(index: Int, heading: Int, card: TemplateText?, texts: NewsItemTexts?, environment: RenderEnvironment) {
        self.index = index
        self.heading = heading
        self.card = card
        self.kept = texts
        self.environment = environment
    }

    package var texts: NewsItemTexts { kept ?? environment.newsItem(index) }

    package func child(named name: String) -> Any? {
        switch name {
        case "card": return card
        case "itemHeading": return TemplateNumber(heading)
        default: return texts.child(named: name)
        }
    }
}

/// What `templates/cards/news` sees: the item's texts, `itemHeading`, `t` and `lang`.
package struct NewsCardValues: MustacheParent {
    package let texts: NewsItemTexts
    package let heading: Int
    package let strings: [String: TemplateText]
    package let language: String

    package func child(named name: String) -> Any? {
        switch name {
        case "itemHeading": return TemplateNumber(heading)
        case "t": return strings
        case "lang": return TemplateText(language)
        default: return texts.child(named: name)
        }
    }
}

/// A topic a news item is tagged with: `{{name}}`, `{{url}}`, and `{{{card}}}`, the two as
/// `templates/cards/topic` writes them (nil without that template). Printing the card reads one
/// name per tag instead of two, on every news page and card.
package struct TopicLinkView: MustacheParent, Sendable {
    package let name: TemplateText
    package let url: TemplateText
    package let card: TemplateText?

    package func child(named field: String) -> Any? {
        switch field {
        case "name": return name
        case "url": return url
        case "card": return card
        default: return nil
        }
    }
}
