import Mustache

/// A page's template context: what every page has (`lang`, `t`, `site`, `menu`, `chrome`, `page`)
/// and the page's own values (`main`), which win where a name is in both. Read by swift-mustache
/// through `child(named:)`, so the two are not merged into a new dictionary for every page, and
/// the page's root is not a dictionary whose conformance swift-mustache looks up at every name.
package struct PageValues: MustacheParent {
    package let language: String
    package let strings: [String: TemplateText]
    package let chrome: PageChrome
    package let head: TemplateReference<PageHead>
    package let main: any MustacheParent

    package func child(named name: String) -> Any? {
        if let value = main.child(named: name) { return value }
        switch name {
        case "lang": return TemplateText(language)
        case "t": return strings
        case "site": return chrome.site
        case "menu": return chrome.menu
        case "chrome": return chrome.rendered
        case "page": return head
        default: return nil
        }
    }
}

/// `{{page.…}}`: what the layout's head says about the page.
package struct PageHead: MustacheParent {
    package let title: TemplateText
    /// The title with the site's name, for `<title>`.
    package let fullTitle: TemplateText
    package let description: TemplateText
    package let canonical: TemplateText
    package let openGraphType: TemplateText
    package let openGraphImage: TemplateText?
    package let isHome: Bool
    /// Whether the search index takes the page's content (`data-pagefind-body`): articles,
    /// programmes, pages and datasets, not lists, the search page or the 404.
    package let searchable: Bool

    package func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "fullTitle": return fullTitle
        case "description": return description
        case "canonical": return canonical
        case "ogType": return openGraphType
        case "ogImage": return openGraphImage
        case "isHome": return isHome
        case "searchable": return searchable
        default: return nil
        }
    }
}
