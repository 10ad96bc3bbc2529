import Mustache

/// A page's template context: what every page has (`lang`, `t`, `site`, `menu`, `chrome`, `page`)
/// and the page's own values (`main`), which win where a name is in both. Read by swift-mustache
/// through `child(named:)`, so the two are not merged into a new dictionary for every page, and
/// the page's root is not a dictionary whose conformance swift-mustache looks up at every name.
struct PageValues: MustacheParent {
    let language: String
    let strings: [String: TemplateText]
    let chrome: PageChrome
    let head: TemplateReference<PageHead>
    let main: any MustacheParent

    func child(named name: String) -> Any? {
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
struct PageHead: MustacheParent {
    let title: TemplateText
    /// The title with the site's name, for `<title>`.
    let fullTitle: TemplateText
    let description: TemplateText
    let canonical: TemplateText
    let openGraphType: TemplateText
    let openGraphImage: TemplateText?
    let isHome: Bool

    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "fullTitle": return fullTitle
        case "description": return description
        case "canonical": return canonical
        case "ogType": return openGraphType
        case "ogImage": return openGraphImage
        case "isHome": return isHome
        default: return nil
        }
    }
}
