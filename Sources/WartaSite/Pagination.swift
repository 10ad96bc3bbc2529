import WartaCore
/// Page-number navigation for lists.
package enum Pagination {
    /// Up to this many pages every number is shown; beyond it, the first, the last and those near
    /// the current page, with gaps between. Listing every number would make each of n list pages
    /// O(n) long, and a site with thousands of news O(n²) to build.
    package static let allNumbersUpTo = 9
    /// Numbers shown on each side of the current page in a long list.
    package static let neighbours = 2

    /// The page numbers shown, ascending.
    package static func numbers(current: Int, count: Int) -> [Int] {
        if count <= allNumbersUpTo { return Array(1...count) }
        let low = max(1, current - neighbours), high = min(count, current + neighbours)
        var shown = Array(low...high)
        if low > 1 { shown.insert(1, at: 0) }
        if high < count { shown.append(count) }
        return shown
    }

    /// How many pages `items` take at `perPage` a page; an empty list is still one page.
    package static func pageCount(items: Int, perPage: Int) -> Int {
        max(1, (items + perPage - 1) / perPage)
    }
}
