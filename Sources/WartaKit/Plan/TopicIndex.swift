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
    /// Tag as written → its topic's position; pages look tags up thousands of times.
    private var positionsByTag: [String: Int] = [:]

    public init(news: [NewsArticle]) {
        var spellings: [String: [String: Int]] = [:]
        var members: [String: [Int]] = [:]
        var slugByTag: [String: String] = [:]
        for (index, article) in news.enumerated() {
            var seen: Set<String> = []
            for tag in article.tags {
                if slugByTag[tag.value] == nil { slugByTag[tag.value] = Slug.make(tag.value) ?? "" }
                guard let slug = slugByTag[tag.value], !slug.isEmpty, seen.insert(slug).inserted else { continue }
                spellings[slug, default: [:]][tag.value, default: 0] += 1
                members[slug, default: []].append(index)
            }
        }
        topics = members.map { slug, articles in
            let name = spellings[slug]!.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.first!.key
            return Topic(slug: slug, name: name, articles: articles)
        }.sorted { ($0.name.lowercased(), $0.slug) < ($1.name.lowercased(), $1.slug) }
        for (position, topic) in topics.enumerated() { positions[topic.slug] = position }
        for (tag, slug) in slugByTag { positionsByTag[tag] = positions[slug] }
    }

    public func topic(forTag tag: String) -> Topic? {
        positionsByTag[tag].map { topics[$0] }
    }
}
