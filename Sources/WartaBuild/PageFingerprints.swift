import WartaCore
import WartaModel
import WartaLoad
import WartaSite
import WartaRender
/// For every planned file, a hash of everything its bytes are made from, so that a build renders
/// only files whose hash differs from the one recorded when they were last written.
///
/// What each kind of page reads, and so what its fingerprint covers:
///
/// - every page: `global` — the Warta binary, the build options, every template and the
///   stylesheet, `site.yml`, and every programme, page and dataset file (these are few and
///   appear on many pages, so a change to one of them renders the whole site again);
/// - a news item wherever it is listed: its *card* — title, address, date, summary, sample flag
///   and, for each tag, the topic's name and address (the name is the spelling most articles use);
/// - an article's own page: the bytes of its file, its card, and title and address of the
///   articles before and after it;
/// - lists (news pages, topic pages, a programme's latest news, the home page): page number,
///   page count and the cards of the items shown;
/// - the topic index: every topic's name, address and count; the feed: title, address, date,
///   author, tags and summary of the latest articles; the sitemap: every page's address;
/// - any page with Markdown: the content files its links were resolved against and where they
///   lead now (recorded while rendering, see `LinkDependencies`), combined in by `withLinks`.
///
/// A page whose fingerprint is unchanged would come out byte for byte the same; tests compare an
/// incremental build after all kinds of edits with a full build of the same content.
package struct PageFingerprints {
    package let global: UInt64
    private var site: Site
    private let topics: TopicIndex
    private var content: ContentDirectory
    private var hashes: [String: UInt64]
    private var cards: [UInt64]
    private let sitemap: UInt64

    package init(global: UInt64, site: Site, topics: TopicIndex, plan: SitePlan, hashes: [String: UInt64], content: ContentDirectory) {
        self.global = global
        self.site = site
        self.topics = topics
        self.content = content
        self.hashes = hashes
        let news = site.news
        cards = ParallelMap.map(Array(news.indices)) { Self.card(news[$0], topics: topics) }
        // The sitemap's pages by their files, which name them as well without a new string each.
        var pages = StableHasher()
        for entry in plan.entries where SitePlan.isPublicPage(entry.path) { pages.combine(entry.path) }
        sitemap = pages.finalize()
    }

    /// The same reading `site` (for `BuildSession` taking the news out while it edits them).
    package func withSite(_ site: Site) -> PageFingerprints {
        var updated = self
        updated.site = site
        return updated
    }

    /// The same after articles changed in place (see `RenderEnvironment.init(site:reusing:)`):
    /// only their cards are worked out again.
    package func updating(site: Site, hashes: [String: UInt64], content: ContentDirectory, changed: [Int]) -> PageFingerprints {
        var updated = withSite(site)
        updated.hashes = hashes
        updated.content = content
        for index in changed { updated.cards[index] = Self.card(site.news[index], topics: topics) }
        return updated
    }

    private static func card(_ article: NewsArticle, topics: TopicIndex) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(article.title)
        hasher.combine(article.slug)
        hasher.combine(article.date.secondsSince1970)
        hasher.combine(article.date.utcOffsetSeconds)
        hasher.combine(article.summary)
        hasher.combine(article.isSample)
        for tag in article.tags {
            let topic = topics.topic(forTag: tag.value)
            hasher.combine(topic?.slug)
            hasher.combine(topic?.name)
        }
        return hasher.finalize()
    }

    /// Everything but the links, for one planned file. `reads` is told the index of every article
    /// whose data went in, so that a build can find the files showing an edited article without
    /// working out every fingerprint again.
    package func inputs(_ entry: SitePlan.Entry, reads: ((Int) -> Void)? = nil) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(global)
        hasher.combine(entry.path)
        let news = site.news
        func card(_ index: Int) {
            reads?(index)
            hasher.combine(cards[index])
        }
        switch entry.item {
        case .home:
            hasher.combine("home")
        case .newsList(let number, let count):
            hasher.combine("news-list")
            hasher.combine(number)
            hasher.combine(count)
        case .article(let index):
            let article = news[index]
            hasher.combine("article")
            hasher.combine(article.body.contentPath)
            hasher.combine(hashes[article.body.contentPath] ?? 0)
            card(index)
            for neighbour in [index + 1, index - 1] {
                if neighbour >= 0 && neighbour < news.count {
                    reads?(neighbour)
                    hasher.combine(news[neighbour].title)
                    hasher.combine(news[neighbour].slug)
                    hasher.combine(news[neighbour].isSample)
                } else {
                    hasher.combine("-")
                }
            }
        case .topicList:
            hasher.combine("topic-list")
            for topic in topics.topics {
                hasher.combine(topic.slug)
                hasher.combine(topic.name)
                hasher.combine(topic.articles.count)
            }
        case .topic(let index, let number, let count):
            let topic = topics.topics[index]
            hasher.combine("topic")
            hasher.combine(topic.slug)
            hasher.combine(topic.name)
            hasher.combine(number)
            hasher.combine(count)
        case .program(let index):
            hasher.combine("program")
            hasher.combine(index)
        case .feed:
            hasher.combine("feed")
            for (index, article) in news.prefix(AtomFeed.entryLimit).enumerated() {
                reads?(index)
                hasher.combine(article.title)
                hasher.combine(article.slug)
                hasher.combine(article.date.secondsSince1970)
                hasher.combine(article.date.utcOffsetSeconds)
                hasher.combine(article.author)
                hasher.combine(article.summary)
                hasher.combine(article.isSample)
                hasher.combine(article.tags.count)
                for tag in article.tags { hasher.combine(tag.value) }
            }
        case .sitemap(let part, let parts):
            hasher.combine("sitemap")
            hasher.combine(part)
            hasher.combine(parts)
            hasher.combine(sitemap)
        case .media(let file):
            hasher.combine("media")
            let signature = content.signature(of: "media/" + file)
            hasher.combine(signature?.size ?? -1)
            hasher.combine(signature?.modified ?? -1)
            hasher.combine(signature?.changed ?? -1)
            hasher.combine(signature?.inode ?? 0)
        case .programList, .datasetList, .notFound, .robots, .stylesheet, .search, .searchScript:
            hasher.combine("\(entry.item)")
        case .dataset(let index), .staticPage(let index):
            hasher.combine("\(entry.item)")
            hasher.combine(index)
        case .datasetDownload(let index, let format):
            hasher.combine("download")
            hasher.combine(index)
            hasher.combine(format)
        }
        for index in ListedNews(site: site, topics: topics).listed(by: entry.item) ?? [] { card(index) }
        return hasher.finalize()
    }

    /// `inputs` together with where each linked content file leads now.
    package static func withLinks(_ inputs: UInt64, _ files: [String], index: ContentIndex) -> UInt64 {
        guard !files.isEmpty else { return inputs }
        var hasher = StableHasher()
        hasher.combine(inputs)
        for file in files {
            hasher.combine(file)
            hasher.combine(index.pathsByFile[file])
        }
        return hasher.finalize()
    }
}
