import Mustache

/// A news item's texts and links as every list shows them.
struct NewsItemTexts: Sendable {
    var title: TemplateText
    var url: TemplateText
    var date: TemplateText
    var datetime: TemplateText
    var summary: TemplateText?
    var isSample: Bool
    var tags: [TopicLinkView]

    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
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
final class NewsItemView: MustacheParent, Sendable {
    private let kept: NewsItemTexts?
    let heading: Int
    let card: TemplateText?
    private let index: Int
    /// The environment that made the view, which outlives every page rendered with it.
    private unowned let environment: RenderEnvironment

    init(index: Int, heading: Int, card: TemplateText?, texts: NewsItemTexts?, environment: RenderEnvironment) {
        self.index = index
        self.heading = heading
        self.card = card
        self.kept = texts
        self.environment = environment
    }

    var texts: NewsItemTexts { kept ?? environment.newsItem(index) }

    func child(named name: String) -> Any? {
        switch name {
        case "card": return card
        case "itemHeading": return TemplateNumber(heading)
        default: return texts.child(named: name)
        }
    }
}

/// What `templates/cards/news` sees: the item's texts, `itemHeading`, `t` and `lang`.
struct NewsCardValues: MustacheParent {
    let texts: NewsItemTexts
    let heading: Int
    let strings: [String: TemplateText]
    let language: String

    func child(named name: String) -> Any? {
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
/// name per tag instead of two: with a news page and a card per article, 3 % of a build.
struct TopicLinkView: MustacheParent, Sendable {
    let name: TemplateText
    let url: TemplateText
    let card: TemplateText?

    func child(named field: String) -> Any? {
        switch field {
        case "name": return name
        case "url": return url
        case "card": return card
        default: return nil
        }
    }
}
