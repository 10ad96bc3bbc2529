/// Everything loaded from `content/`, checked, ready to be planned into pages.
package struct Site: Sendable {
    package var config: SiteConfig
    /// Newest first; drafts are already removed unless the build asked for them.
    package var news: [NewsArticle]
    /// By `order`, then title.
    package var programs: [Program]
    package var pages: [StaticPage]
    /// By id.
    package var datasets: [Dataset]
    /// Files from `content/media/`, relative to it, sorted.
    package var mediaFiles: [String]

    package init(config: SiteConfig, news: [NewsArticle], programs: [Program], pages: [StaticPage],
                datasets: [Dataset], mediaFiles: [String]) {
        self.config = config
        self.news = news
        self.programs = programs
        self.pages = pages
        self.datasets = datasets
        self.mediaFiles = mediaFiles
    }

    package func program(_ slug: String) -> Program? { programs.first { $0.slug == slug } }
    package func dataset(_ id: String) -> Dataset? { datasets.first { $0.id == id } }
    package func page(_ slug: String) -> StaticPage? { pages.first { $0.slug == slug } }
}
