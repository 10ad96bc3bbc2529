import Mustache

/// One entry of a list's page-number navigation (`{{#pages}}`): a gap (`{{#gap}}`), or a link
/// (`{{#link}}`) with `{{number}}`, `{{url}}` and `{{#current}}`. Each list page reads five names
/// for each of its entries, so they are answered by a switch rather than a dictionary lookup and
/// the dictionary's conformance check. A gap has no names but `gap` and `link`, as before.
package struct PageNumberEntry: MustacheParent, Sendable {
    private enum Kind {
        case gap
        case link(number: TemplateNumber, url: TemplateText, isCurrent: Bool)
    }

    private let kind: Kind

    private init(_ kind: Kind) { self.kind = kind }

    package static let gap = PageNumberEntry(.gap)

    package static func link(number: Int, url: String, isCurrent: Bool) -> PageNumberEntry {
        PageNumberEntry(.link(number: TemplateNumber(number), url: TemplateText(url), isCurrent: isCurrent))
    }

    package func child(named name: String) -> Any? {
        switch (kind, name) {
        case (.gap, "gap"): return true
        case (.gap, "link"): return false
        case (.link, "gap"): return false
        case (.link, "link"): return true
        case (.link(let number, _, _), "number"): return number
        case (.link(_, let url, _), "url"): return url
        case (.link(_, _, let isCurrent), "current"): return isCurrent
        default: return nil
        }
    }
}
