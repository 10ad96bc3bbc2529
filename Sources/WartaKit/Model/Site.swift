/// Everything loaded from `content/`, checked, ready to be planned into pages.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Newest first; drafts are already removed unless the build asked for them.
    public var news: [NewsArticle]
    /// By `order`, then title.
    public var programs: [Program]
    public var pages: [StaticPage]
    /// By id.
    public var datasets: [Dataset]
    /// Files from `content/media/`, relative to it, sorted.
    public var mediaFiles: [String]

    public init(config: SiteConfig, news: [NewsArticle], programs: [Program], pages: [StaticPage],
                datasets: [Dataset], mediaFiles: [String]) {
        self.config = config
        self.news = news
        self.programs = programs
        self.pages = pages
        self.datasets = datasets
        self.mediaFiles = mediaFiles
    }

    public func program(_ slug: String) -> Program? { programs.first { $0.slug == slug } }
    public func dataset(_ id: String) -> Dataset? { datasets.first { $0.id == id } }
    public func page(_ slug: String) -> StaticPage? { pages.first { $0.slug == slug } }
}
