import Mustache

/// What `templates/article.mustache` reads of its article, besides what every page has: the
/// item's texts as lists show them, then the body, author, source, programmes, lead image and the
/// neighbouring articles. An article page reads some thirty names; a switch answers each, where a
/// dictionary (made anew for every page) would hash it first.
package struct NewsArticleView: MustacheParent {
    package var texts: NewsItemTexts
    package var body: HTMLFragment
    package var author: TemplateText?
    package var source: [String: Any]?
    package var programs: [TitledLinkView]
    package var image: [String: String]?
    /// The older article.
    package var previous: TitledLinkView?
    /// The newer article.
    package var next: TitledLinkView?

    package func child(named name: String) -> Any? {
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
