import Mustache

/// A link shown by its title: `{{title}}` and `{{url}}` (an article's previous and next article,
/// its programmes). Answered by a switch: a dictionary costs a hashed lookup and a conditional
/// conformance check at every name.
package struct TitledLinkView: MustacheParent, Sendable {
    package let title: TemplateText
    package let url: TemplateText

    package init(title: String, url: String) {
        self.title = TemplateText(title)
        self.url = TemplateText(url)
    }

    package func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "url": return url
        default: return nil
        }
    }
}
