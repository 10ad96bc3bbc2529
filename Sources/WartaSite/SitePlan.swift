import WartaModel
/// Every file the build will write, decided before anything is rendered.
///
/// The plan is data: `check` uses it to find URL collisions without rendering, `build` renders
/// its items in parallel, and each item says what it is made from.
package struct SitePlan: Sendable {
    package enum Item: Sendable {
        case home
        case newsList(page: Int, pageCount: Int)
        /// Index into `Site.news`.
        case article(Int)
        case topicList
        /// Index into `TopicIndex.topics`; topics are paginated like the news list.
        case topic(Int, page: Int, pageCount: Int)
        case programList
        case program(Int)
        case datasetList
        case dataset(Int)
        /// The data behind a dataset, for download: `csv`, `json` or the chart as `svg`.
        case datasetDownload(Int, format: String)
        case staticPage(Int)
        case notFound
        /// `cari/`: the search page, which also lists the site's sections for those without JavaScript.
        case search
        case searchScript
        case feed
        /// `sitemap.xml` (part 0) and, on sites too large for one sitemap, its parts 1…`parts`.
        case sitemap(part: Int, parts: Int)
        case robots
        case stylesheet
        case media(String)

        /// The sitemap and the feed, each made from every page or article at once.
        package var listsWholeSite: Bool {
            switch self {
            case .sitemap, .feed: return true
            default: return false
            }
        }
    }

    package struct Entry: Sendable {
        package var path: String
        package var item: Item
    }

    package private(set) var entries: [Entry] = []

    /// `datasetsWithCharts`: ids of datasets that get a standalone SVG beside their data files.
    package init(site: Site, topics: TopicIndex, datasetsWithCharts: Set<String>) {
        let perPage = site.config.newsPerPage
        let pageCount = Pagination.pageCount(items: site.news.count, perPage: perPage)
        // The plan lives through the whole build, one entry per file: room for exactly those
        // (a few more with sitemap parts), rather than up to twice as many.
        let topicPages = topics.topics.reduce(0) { $0 + Pagination.pageCount(items: $1.articles.count, perPage: perPage) }
        entries.reserveCapacity(pageCount + site.news.count + topicPages + site.programs.count + 4 * site.datasets.count
                                + site.pages.count + site.mediaFiles.count + 14)
        add(SiteRoutes.home, .home)
        for page in 1...pageCount { add(SiteRoutes.newsList(page: page), .newsList(page: page, pageCount: pageCount)) }
        for index in site.news.indices { add(SiteRoutes.article(site.news[index].slug), .article(index)) }
        add(SiteRoutes.topics, .topicList)
        for (index, topic) in topics.topics.enumerated() {
            let count = Pagination.pageCount(items: topic.articles.count, perPage: perPage)
            for page in 1...count { add(SiteRoutes.topic(topic.slug, page: page), .topic(index, page: page, pageCount: count)) }
        }
        add(SiteRoutes.programs, .programList)
        for (index, program) in site.programs.enumerated() { add(SiteRoutes.program(program.slug), .program(index)) }
        add(SiteRoutes.statistics, .datasetList)
        for (index, dataset) in site.datasets.enumerated() {
            add(SiteRoutes.dataset(dataset.id), .dataset(index))
            for format in ["csv", "xlsx", "json", "csv-metadata.json"] + (datasetsWithCharts.contains(dataset.id) ? ["svg"] : []) {
                add(SiteRoutes.datasetFile(dataset.id, extension: format), .datasetDownload(index, format: format))
            }
        }
        for (index, page) in site.pages.enumerated() { add(SiteRoutes.page(page.slug), .staticPage(index)) }
        add(SiteRoutes.notFound, .notFound)
        add(SiteRoutes.search, .search)
        add(SiteRoutes.searchScript, .searchScript)
        add(SiteRoutes.feed, .feed)
        // Every HTML page is planned by now.
        let parts = Sitemap.partCount(pageCount: entries.count { Self.isPublicPage($0.path) })
        add(SiteRoutes.sitemap, .sitemap(part: 0, parts: parts))
        if parts > 1 {
            for part in 1...parts { add(SiteRoutes.sitemapPart(part), .sitemap(part: part, parts: parts)) }
        }
        add(SiteRoutes.robots, .robots)
        add(SiteRoutes.stylesheet, .stylesheet)
        for file in site.mediaFiles { add(SiteRoutes.media(file), .media(file)) }
    }

    private mutating func add(_ path: String, _ item: Item) {
        entries.append(Entry(path: SiteRoutes.file(for: path), item: item))
    }

    /// Output files claimed twice, e.g. a page slug equal to a folder Warta uses.
    package var collisions: [String: Int] {
        var counts: [String: Int] = [:]
        for entry in entries { counts[entry.path, default: 0] += 1 }
        return counts.filter { $0.value > 1 }
    }

    /// Pages that belong in the sitemap: every HTML page but the 404.
    package var publicPages: [String] {
        entries.compactMap { entry in
            Self.isPublicPage(entry.path) ? String(entry.path.dropLast("index.html".count)) : nil
        }
    }

    /// Whether the file at `path` is a page of the sitemap (a directory page's `index.html`).
    package static func isPublicPage(_ path: String) -> Bool { path.hasSuffix("index.html") }
}
