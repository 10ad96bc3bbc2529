import Foundation

/// Loads `content/` into a `Site`: reads and parses every file (in parallel), then checks that
/// slugs are unique and that references between files (programmes, datasets, menu pages) exist.
public struct ContentLoader: Sendable {
    public var includeDrafts: Bool
    /// The moment against which dates count as "in the future".
    public var now: Date

    public init(includeDrafts: Bool = false, now: Date = Date()) {
        self.includeDrafts = includeDrafts
        self.now = now
    }

    public func load(_ content: ContentDirectory, log: DiagnosticLog) -> Site? {
        guard content.files.contains("site.yml") else {
            log.error(SourceLocation(path: content.displayPath("site.yml")), "site configuration is missing: create content/site.yml with at least `title` and `base_url`")
            return nil
        }
        guard let configText = content.text("site.yml", log: log),
              let config = SiteConfigParser.parse(configText, log: log) else { return nil }

        let newsFiles = content.files(under: "news", withExtension: "md")
        let programFiles = content.files(under: "programs", withExtension: "md")
        let pageFiles = content.files(under: "pages", withExtension: "md")
        let datasetFiles = content.files(under: "statistics", withExtension: "md")
        reportStrayFiles(content, log: log)

        let style = NumberStyle.forLanguage(config.language)
        let news = ParallelMap.compactMap(newsFiles) { path -> NewsArticle? in
            guard let text = content.text(path, log: log) else { return nil }
            return NewsArticleParser.parse(text, contentPath: path, timeZone: config.timeZone, log: log)
        }
        let programs = ParallelMap.compactMap(programFiles) { path -> Program? in
            content.text(path, log: log).flatMap { ProgramParser.parse($0, contentPath: path, log: log) }
        }
        let pages = ParallelMap.compactMap(pageFiles) { path -> StaticPage? in
            content.text(path, log: log).flatMap { StaticPageParser.parse($0, contentPath: path, log: log) }
        }
        let datasets = ParallelMap.compactMap(datasetFiles) { path -> Dataset? in
            DatasetParser.parse(metadataPath: path, in: content, defaultStyle: style, log: log)
        }

        let nowSeconds = Int64(now.timeIntervalSince1970)
        for article in news where article.date.secondsSince1970 > nowSeconds && !article.isDraft {
            log.warning(article.dateLocation,
                        "`date` is in the future (\(UIStrings.forLanguage(config.language).longDate(article.date.localDay))); the article is published now but shows that date")
        }
        var published = news.filter { includeDrafts || !$0.isDraft }
        for draft in news where draft.isDraft && !includeDrafts {
            log.report(Diagnostic(.note, draft.body.location.with(line: 1), "draft \"\(draft.title)\" is not published (build with --drafts to preview it)"))
        }
        published.sort { $0.date != $1.date ? $0.date > $1.date : $0.slug < $1.slug }

        let site = Site(
            config: config,
            news: published,
            programs: programs.sorted { ($0.order, $0.title, $0.slug) < ($1.order, $1.title, $1.slug) },
            pages: pages.sorted { ($0.menuOrder ?? .max, $0.slug) < ($1.menuOrder ?? .max, $1.slug) },
            datasets: datasets.sorted { $0.id < $1.id },
            mediaFiles: content.files(under: "media").map { String($0.dropFirst("media/".count)) })
        SiteReferences.check(site, log: log)
        return site
    }

    private func reportStrayFiles(_ content: ContentDirectory, log: DiagnosticLog) {
        let known = ["news/", "programs/", "pages/", "statistics/", "media/"]
        for file in content.files where file != "site.yml" {
            let inKnownFolder = known.contains { file.hasPrefix($0) }
            let isExpectedType = file.hasPrefix("media/") || file.hasSuffix(".md") || (file.hasPrefix("statistics/") && file.hasSuffix(".csv"))
            if !inKnownFolder || !isExpectedType {
                log.warning(SourceLocation(path: content.displayPath(file)),
                            "this file is not used: Markdown goes in news/, programs/, pages/ or statistics/, data (.csv) in statistics/, images and downloads in media/")
            }
        }
    }
}

extension SourceLocation {
    func with(line: Int) -> SourceLocation { SourceLocation(path: path, line: line, column: 1) }
}
