import Mustache

/// A news item's texts and links as every list shows them, made once per article.
struct NewsItemTexts: Sendable {
    var title: TemplateText
    var url: TemplateText
    var date: TemplateText
    var datetime: TemplateText
    var summary: TemplateText?
    var isSample: Bool
    var tags: [TopicLinkView]

    /// The same as a template dictionary, for a page to add its own values to.
    var values: [String: Any] {
        var values: [String: Any] = [
            "title": title, "url": url, "date": date, "datetime": datetime, "isSample": isSample, "tags": tags,
        ]
        if let summary { values["summary"] = summary }
        return values
    }
}

/// A news item in a list (`{{#items}}`): its texts, the level of its heading (`{{itemHeading}}`)
/// and its card (`{{{card}}}`). Shared by every list that shows the article under that heading,
/// and read by swift-mustache through `child(named:)`: no dictionary is made per page.
final class NewsItemView: MustacheParent, Sendable {
    let texts: NewsItemTexts
    let heading: Int
    let card: TemplateText?

    init(texts: NewsItemTexts, heading: Int, card: TemplateText?) {
        self.texts = texts
        self.heading = heading
        self.card = card
    }

    func child(named name: String) -> Any? {
        switch name {
        case "title": return texts.title
        case "url": return texts.url
        case "date": return texts.date
        case "datetime": return texts.datetime
        case "summary": return texts.summary
        case "isSample": return texts.isSample
        case "tags": return texts.tags
        case "itemHeading": return heading
        case "card": return card
        default: return nil
        }
    }
}

/// A topic a news item is tagged with: `{{name}}` and `{{url}}`.
struct TopicLinkView: MustacheParent, Sendable {
    let name: TemplateText
    let url: TemplateText

    func child(named field: String) -> Any? {
        switch field {
        case "name": return name
        case "url": return url
        default: return nil
        }
    }
}
