/// News grouped by tag. Tags that differ only in case or punctuation (`Bansos`, `bansos`) share
/// one slug and one page, shown under the spelling used most often.
public struct TopicIndex: Sendable {
    public struct Topic: Sendable {
        public var slug: String
        public var name: String
        /// Indexes into `Site.news`, newest first.
        public var articles: [Int]
    }

    /// By name, as readers scan an index.
    public private(set) var topics: [Topic] = []
    private var positions: [String: Int] = [:]
    /// Tags as written → position, so that listing an article's tags does not slug them again.
    private var positionsByTag: [String: Int] = [:]

    public init(news: [NewsArticle]) {
        var spellings: [String: [String: Int]] = [:]
        var members: [String: [Int]] = [:]
        var slugsByTag: [String: String?] = [:]
        for (index, article) in news.enumerated() {
            var seen: Set<String> = []
            for tag in article.tags {
                let known = slugsByTag[tag.value]
                let slug = known ?? Slug.make(tag.value)
                if known == nil { slugsByTag[tag.value] = .some(slug) }
                guard let slug, seen.insert(slug).inserted else { continue }
                spellings[slug, default: [:]][tag.value, default: 0] += 1
                members[slug, default: []].append(index)
            }
        }
        topics = members.map { slug, articles in
            let name = spellings[slug]!.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.first!.key
            return Topic(slug: slug, name: name, articles: articles)
        }.sorted { ($0.name.lowercased(), $0.slug) < ($1.name.lowercased(), $1.slug) }
        for (position, topic) in topics.enumerated() { positions[topic.slug] = position }
        for (tag, slug) in slugsByTag {
            if let slug, let position = positions[slug] { positionsByTag[tag] = position }
        }
    }

    public func topic(forTag tag: String) -> Topic? {
        position(forTag: tag).map { topics[$0] }
    }

    /// Where the topic of `tag` is in `topics`.
    public func position(forTag tag: String) -> Int? {
        positionsByTag[tag] ?? Slug.make(tag).flatMap { positions[$0] }
    }
}
