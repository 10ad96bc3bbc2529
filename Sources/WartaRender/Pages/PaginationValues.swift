import WartaCore
import WartaSite

/// A list page's page-number navigation as template values; which numbers show is `Pagination`'s.
extension Pagination {
    package static func context(_ page: PageContext, number: Int, count: Int, path: (Int) -> String) -> [String: Any]? {
        guard count > 1 else { return nil }
        let strings = page.environment.strings
        var pages: [PageNumberEntry] = []
        var previousShown = 0
        for shown in numbers(current: number, count: count) {
            if shown > previousShown + 1 { pages.append(.gap) }
            pages.append(.link(number: shown, url: page.link(path(shown)), isCurrent: shown == number))
            previousShown = shown
        }
        return TemplateValues.compact([
            "label": UIStrings.fill(strings.pageOf, String(number), String(count)),
            "previous": number > 1 ? page.link(path(number - 1)) : nil,
            "next": number < count ? page.link(path(number + 1)) : nil,
            "pages": pages,
        ])
    }
}
