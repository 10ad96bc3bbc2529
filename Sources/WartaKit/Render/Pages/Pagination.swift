/// Page-number navigation for lists.
enum Pagination {
    /// Up to this many pages every number is shown; beyond it, the first, the last and those near
    /// the current page, with gaps between. Listing every number would make each of n list pages
    /// O(n) long, and a site with thousands of news O(n²) to build.
    static let allNumbersUpTo = 9
    /// Numbers shown on each side of the current page in a long list.
    static let neighbours = 2

    static func context(_ page: PageContext, number: Int, count: Int, path: (Int) -> String) -> [String: Any]? {
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

    /// The page numbers shown, ascending.
    static func numbers(current: Int, count: Int) -> [Int] {
        if count <= allNumbersUpTo { return Array(1...count) }
        let low = max(1, current - neighbours), high = min(count, current + neighbours)
        var shown = Array(low...high)
        if low > 1 { shown.insert(1, at: 0) }
        if high < count { shown.append(count) }
        return shown
    }

    /// How many pages `items` take at `perPage` a page; an empty list is still one page.
    static func pageCount(items: Int, perPage: Int) -> Int {
        max(1, (items + perPage - 1) / perPage)
    }
}
