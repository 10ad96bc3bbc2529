/// Page-number navigation for lists.
enum Pagination {
    static func context(_ page: PageContext, number: Int, count: Int, path: (Int) -> String) -> [String: Any]? {
        guard count > 1 else { return nil }
        let strings = page.environment.strings
        return TemplateValues.compact([
            "label": UIStrings.fill(strings.pageOf, String(number), String(count)),
            "previous": number > 1 ? page.link(path(number - 1)) : nil,
            "next": number < count ? page.link(path(number + 1)) : nil,
            "pages": (1...count).map { ["number": $0, "url": page.link(path($0)), "current": $0 == number] },
        ])
    }
}
