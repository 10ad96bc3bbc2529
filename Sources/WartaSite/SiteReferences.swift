import WartaCore
import WartaModel
/// Checks what files say about each other: unique slugs, and that every programme, dataset and
/// page named somewhere exists. Links inside Markdown are checked when it is rendered.
package enum SiteReferences {
    package static func check(_ site: Site, log: DiagnosticLog) {
        reportDuplicates(site.news.map(\.slug), at: { site.news[$0].body.location.with(line: 1) }, kind: .newsItem, log: log)
        reportDuplicates(site.programs.map(\.slug), at: { site.programs[$0].location }, kind: .programme, log: log)
        reportDuplicates(site.pages.map(\.slug), at: { site.pages[$0].location }, kind: .page, log: log)

        for page in site.pages where SiteRoutes.reservedTopLevelNames.contains(page.slug) {
            log.error(page.location, .reference(.reservedAddress(slug: page.slug)))
        }

        let programSlugs = site.programs.map(\.slug)
        let datasetIDs = site.datasets.map(\.id)
        // A site has thousands of articles but a few dozen tags: each spelling is slugged once.
        var tagHasSlug: [String: Bool] = [:]
        for index in site.news.indices {
            for program in site.news[index].programs where !programSlugs.contains(program.value) {
                log.error(program.location, .reference(.unknownProgramme(program.value, known: programSlugs)),
                          hint: Suggestion.hint(for: program.value, in: programSlugs))
            }
            for tag in site.news[index].tags {
                let valid = tagHasSlug[tag.value] ?? {
                    let valid = Slug.make(tag.value) != nil
                    tagHasSlug[tag.value] = valid
                    return valid
                }()
                if !valid { log.error(tag.location, .reference(.tagWithoutLetters(tag.value))) }
            }
        }
        for program in site.programs {
            for dataset in program.datasets where !datasetIDs.contains(dataset.value) {
                log.error(dataset.location, .reference(.unknownDatasetOf(dataset.value, known: datasetIDs)),
                          hint: Suggestion.hint(for: dataset.value, in: datasetIDs))
            }
        }
        for figure in site.config.keyFigures where !datasetIDs.contains(figure.value) {
            log.error(figure.location, .reference(.unknownKeyFigure(figure.value)), hint: Suggestion.hint(for: figure.value, in: datasetIDs))
        }
        for item in site.config.menu {
            if case .page(let slug) = item.target, site.page(slug.value) == nil {
                log.error(slug.location, .reference(.menuPageMissing(title: item.title, slug: slug.value)),
                          hint: Suggestion.hint(for: slug.value, in: site.pages.map(\.slug)))
            }
        }
        for task in site.config.tasks {
            if case .site(.page(let slug)) = task.target, site.page(slug.value) == nil {
                log.error(slug.location, .service(.taskPageMissing(task: task.title, page: slug.value)),
                          hint: Suggestion.hint(for: slug.value, in: site.pages.map(\.slug)))
            }
        }
        if let logo = site.config.logo, !logo.value.hasPrefix("media/") || !site.mediaFiles.contains(String(logo.value.dropFirst("media/".count))) {
            log.error(logo.location, .service(.logoMissing(logo.value)),
                      hint: Suggestion.hint(for: logo.value, in: site.mediaFiles.map { "media/" + $0 }) ?? .putLogoInMedia)
        }
    }

    /// Tasks that link to a path of the site must lead to a page it has.
    package static func checkTaskPaths(_ site: Site, plan: SitePlan, log: DiagnosticLog) {
        let tasks = site.config.tasks.compactMap { task -> (SiteConfig.Task, String)? in
            if case .site(.sitePath(let path)) = task.target { return (task, path) }
            return nil
        }
        guard !tasks.isEmpty else { return }
        let files = Set(plan.entries.map(\.path))
        for (task, path) in tasks where !files.contains(SiteRoutes.file(for: path)) {
            log.error(task.location, .service(.taskPathMissing(task: task.title, path: path)),
                      hint: Suggestion.hint(for: "/" + path, in: plan.publicPages.map { "/" + $0 }))
        }
    }

    /// `location` gives the place of the item at an index: it is only asked for when there is a
    /// duplicate, since sorting every item by place is only needed to tell which of two is the first.
    private static func reportDuplicates(_ slugs: [String], at location: (Int) -> SourceLocation, kind: ReferenceMessage.ContentKind, log: DiagnosticLog) {
        var seen = Set<String>()
        seen.reserveCapacity(slugs.count)
        guard slugs.contains(where: { !seen.insert($0).inserted }) else { return }
        let items = slugs.indices.map { (slugs[$0], location($0)) }
        var firstSeen: [String: SourceLocation] = [:]
        for (slug, location) in items.sorted(by: { $0.1 < $1.1 }) {
            if let first = firstSeen[slug] {
                log.error(location, .reference(.duplicateAddress(kind, slug: slug, firstPath: first.path)))
            } else {
                firstSeen[slug] = location
            }
        }
    }
}
