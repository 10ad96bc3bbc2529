/// Checks what files say about each other: unique slugs, and that every programme, dataset and
/// page named somewhere exists. Links inside Markdown are checked when it is rendered.
public enum SiteReferences {
    public static func check(_ site: Site, log: DiagnosticLog) {
        reportDuplicates(site.news.map { ($0.slug, $0.body.location.with(line: 1)) }, kind: "news item", log: log)
        reportDuplicates(site.programs.map { ($0.slug, $0.location) }, kind: "programme", log: log)
        reportDuplicates(site.pages.map { ($0.slug, $0.location) }, kind: "page", log: log)

        for page in site.pages where SiteRoutes.reservedTopLevelNames.contains(page.slug) {
            log.error(page.location, "the page address /\(page.slug)/ is used by Warta itself; rename the file or set another `slug:`")
        }

        let programSlugs = site.programs.map(\.slug)
        let datasetIDs = site.datasets.map(\.id)
        for article in site.news {
            for program in article.programs where !programSlugs.contains(program.value) {
                log.error(program.location, "unknown programme `\(program.value)` (programmes: \(programSlugs.joined(separator: ", ")))",
                          hint: Suggestion.hint(for: program.value, in: programSlugs))
            }
            for tag in article.tags where Slug.make(tag.value) == nil {
                log.error(tag.location, "tag `\(tag.value)` needs at least one letter or digit")
            }
        }
        for program in site.programs {
            for dataset in program.datasets where !datasetIDs.contains(dataset.value) {
                log.error(dataset.location, "unknown dataset `\(dataset.value)` (datasets: \(datasetIDs.joined(separator: ", ")))",
                          hint: Suggestion.hint(for: dataset.value, in: datasetIDs))
            }
        }
        for figure in site.config.keyFigures where !datasetIDs.contains(figure.value) {
            log.error(figure.location, "unknown dataset `\(figure.value)` in `key_figures`", hint: Suggestion.hint(for: figure.value, in: datasetIDs))
        }
        for item in site.config.menu {
            if case .page(let slug) = item.target, site.page(slug.value) == nil {
                log.error(slug.location, "menu item \"\(item.title)\" names page `\(slug.value)`, which is not in content/pages",
                          hint: Suggestion.hint(for: slug.value, in: site.pages.map(\.slug)))
            }
        }
    }

    private static func reportDuplicates(_ items: [(String, SourceLocation)], kind: String, log: DiagnosticLog) {
        // Sorting every item by place is only needed to tell which of two is the first.
        var slugs = Set<String>()
        guard items.contains(where: { !slugs.insert($0.0).inserted }) else { return }
        var firstSeen: [String: SourceLocation] = [:]
        for (slug, location) in items.sorted(by: { $0.1 < $1.1 }) {
            if let first = firstSeen[slug] {
                log.error(location, "another \(kind) already has the address `\(slug)` (\(first.path)); give one of them a different file name or `slug:`")
            } else {
                firstSeen[slug] = location
            }
        }
    }
}
