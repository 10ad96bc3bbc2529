import Foundation
import WartaCore
import WartaModel

/// Loads `content/` into a `Site`: reads and parses every file (in parallel). References between
/// files are checked by the build's next step (`SiteReferences`, in WartaSite).
package struct ContentLoader: Sendable {
    package var includeDrafts: Bool
    /// The moment against which dates count as "in the future".
    package var now: Date

    package init(includeDrafts: Bool = false, now: Date = Date()) {
        self.includeDrafts = includeDrafts
        self.now = now
    }

    /// A loaded site with a hash of each content file read, for the fingerprints of `BuildSession`.
    package struct Loaded {
        package var site: Site
        /// Content path → hash of the file's bytes (a dataset's `.md` covers its `.csv` too).
        package var hashes: [String: UInt64]
    }

    /// Loads through `cache`: a file whose size, dates and inode are those it had when last parsed
    /// is not read again, and the problems found then are reported again. News bodies are not
    /// kept: they are read again when their page is rendered, so memory does not grow with them.
    package func load(_ content: ContentDirectory, log: DiagnosticLog, cache: SourceCache) -> Loaded? {
        guard content.files.contains(ContentLayout.siteConfiguration) else {
            log.error(SourceLocation(path: content.displayPath(ContentLayout.siteConfiguration)), .file(.siteConfigMissing))
            return nil
        }
        let configEntry = SourceCache.parse(ContentLayout.siteConfiguration, in: content, cache: cache, log: log) { source, _, log in
            .config(source.flatMap { SiteConfigParser.parse($0, log: log) })
        }
        guard case .config(let parsedConfig) = configEntry.value, let config = parsedConfig else { return nil }

        let newsFiles = content.files(under: ContentLayout.Folder.news.rawValue, withExtension: "md")
        let programFiles = content.files(under: ContentLayout.Folder.programs.rawValue, withExtension: "md")
        let pageFiles = content.files(under: ContentLayout.Folder.pages.rawValue, withExtension: "md")
        let datasetFiles = content.files(under: ContentLayout.Folder.statistics.rawValue, withExtension: "md")
        reportStrayFiles(content, log: log)

        let style = config.locale.numbers
        // The time zone and number style come from site.yml: they are part of what a cached parse depended on.
        let datasetContext = "\(style)"
        let newsEntries = ParallelMap.map(newsFiles) { path -> SourceCache.Entry in
            Self.parseNews(path, in: content, config: config, cache: cache, log: log)
        }
        let news = newsEntries.compactMap(\.value.news)
        let programEntries = ParallelMap.map(programFiles) { path -> SourceCache.Entry in
            SourceCache.parse(path, in: content, cache: cache, log: log) { source, _, log in
                .program(source.flatMap { ProgramParser.parse($0, contentPath: path, log: log) })
            }
        }
        let programs = programEntries.compactMap(\.value.program)
        let pageEntries = ParallelMap.map(pageFiles) { path -> SourceCache.Entry in
            SourceCache.parse(path, in: content, cache: cache, log: log) { source, _, log in
                .page(source.flatMap { StaticPageParser.parse($0, contentPath: path, log: log) })
            }
        }
        let pages = pageEntries.compactMap(\.value.page)
        let datasetEntries = ParallelMap.map(datasetFiles) { path -> SourceCache.Entry in
            let csv = String(path.dropLast(3)) + ".csv"
            return SourceCache.parse(path, alongWith: csv, in: content, context: datasetContext, cache: cache, log: log) { _, _, log in
                .dataset(DatasetParser.parse(metadataPath: path, in: content, defaultStyle: style, log: log))
            }
        }
        let datasets = datasetEntries.compactMap(\.value.dataset)
        var hashes: [String: UInt64] = [:]
        hashes.reserveCapacity(1 + newsFiles.count + programFiles.count + pageFiles.count + datasetFiles.count)
        hashes[ContentLayout.siteConfiguration] = configEntry.hash
        for (paths, entries) in [(newsFiles, newsEntries), (programFiles, programEntries), (pageFiles, pageEntries), (datasetFiles, datasetEntries)] {
            // By index: iterating the entries would copy each, with the whole article inside.
            for index in paths.indices { hashes[paths[index]] = entries[index].hash }
        }

        let nowSeconds = Int64(now.timeIntervalSince1970)
        // By index, reading fields in place: `for article in news` would copy every article.
        for index in news.indices where news[index].date.secondsSince1970 > nowSeconds && !news[index].isDraft {
            let article = news[index]
            log.warning(article.dateLocation, .reference(.futureDate(shown: config.locale.strings.longDate(article.date.localDay))))
        }
        // Newest first. The order is worked out on a compact list of dates and positions, and the
        // articles are then copied once, into a list exactly as long as needed: sorting the
        // articles themselves moves hundreds of bytes at a time (a quarter slower at 100,000).
        let keys = news.indices.filter { includeDrafts || !news[$0].isDraft }.map { (date: news[$0].date, position: $0) }
        let order = keys.sorted { a, b in
            a.date != b.date ? a.date > b.date : news[a.position].slug < news[b.position].slug
        }
        var published: [NewsArticle] = []
        published.reserveCapacity(order.count)
        for key in order { published.append(news[key.position]) }
        for index in news.indices where news[index].isDraft && !includeDrafts {
            let draft = news[index]
            log.report(Diagnostic(.note, draft.body.location.with(line: 1), .reference(.draftNotPublished(title: draft.title))))
        }

        let site = Site(
            config: config,
            news: published,
            programs: programs.sorted { ($0.order, $0.title, $0.slug) < ($1.order, $1.title, $1.slug) },
            pages: pages.sorted { ($0.menuOrder ?? .max, $0.slug) < ($1.menuOrder ?? .max, $1.slug) },
            datasets: datasets.sorted { $0.id < $1.id },
            mediaFiles: content.files(under: ContentLayout.Folder.media.rawValue).map { String($0.dropFirst(ContentLayout.Folder.media.prefix.count)) })
        return Loaded(site: site, hashes: hashes)
    }

    /// One news file through the cache, its body left in the file (see `MarkdownSource.deferred`).
    package static func parseNews(_ path: String, in content: ContentDirectory, config: SiteConfig, cache: SourceCache,
                          log: DiagnosticLog) -> SourceCache.Entry {
        SourceCache.parse(path, in: content, context: config.timeZone.identifier, cache: cache, log: log) { source, signature, log in
            guard let source, var article = NewsArticleParser.parse(source, contentPath: path, timeZone: config.timeZone, keepBody: false,
                                                                    log: log) else {
                return .news(nil)
            }
            article.body.deferred = MarkdownSource.Deferred(folder: content.basePath, signature: signature)
            return .news(article)
        }
    }

    private func reportStrayFiles(_ content: ContentDirectory, log: DiagnosticLog) {
        let media = ContentLayout.Folder.media.prefix, statistics = ContentLayout.Folder.statistics.prefix
        for file in content.files where file != ContentLayout.siteConfiguration {
            let inKnownFolder = ContentLayout.Folder.allCases.contains { file.hasPrefix($0.prefix) }
            let isExpectedType = file.hasPrefix(media) || file.hasSuffix(".md") || (file.hasPrefix(statistics) && file.hasSuffix(".csv"))
            if !inKnownFolder || !isExpectedType {
                log.warning(SourceLocation(path: content.displayPath(file)), .file(.unusedFile))
            }
        }
    }
}
