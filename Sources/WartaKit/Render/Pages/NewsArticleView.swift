import Mustache

/// What `templates/article.mustache` reads of its article, besides what every page has: the
/// item's texts as lists show them, then the body, author, source, programmes, lead image and the
/// neighbouring articles. An article page reads some thirty names; a switch answers each, where a
/// dictionary (made anew for every page) would hash it first.
struct NewsArticleView: MustacheParent {
    var texts: NewsItemTexts
    var body: HTMLFragment
    var author: TemplateText?
    var source: [String: Any]?
    var programs: [TitledLinkView]
    var image: [String: String]?
    /// The older article.
    var previous: TitledLinkView?
    /// The newer article.
    var next: TitledLinkView?

    func child(named name: String) -> Any? {
        switch name {
        case "body": return body
        case "author": return author
        case "source": return source
        case "programs": return programs
        case "image": return image
        case "previous": return previous
        case "next": return next
        default: return texts.child(named: name)
        }
    }
}
