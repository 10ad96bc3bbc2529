import WartaModel
/// News grouped by tag. Tags that differ only in case or punctuation (`Bansos`, `bansos`) share
/// one slug and one page, shown under the spelling used most often.
package struct TopicIndex: Sendable {
    package struct Topic: Sendable {
        package var slug: String
        package var name: String
        /// Indexes into `Site.news`, newest first.
        package var articles: [Int]
    }

    /// By name, as readers scan an index.
    package private(set) var topics: [Topic] = []
    private var positions: [String: Int] = [:]
    /// Tags as written → position, so that listing an article's tags does not slug them again.
    private var positionsByTag: [String: Int] = [:]

    package init(news: [NewsArticle]) {
        // Each spelling is looked up once per use and slugged once per site: a site has thousands
        // of articles but a few dozen spellings.
        var spellingIDs: [String: Int] = [:]
        var spellings: [(text: String, slugID: Int?, uses: Int)] = []
        var slugIDs: [String: Int] = [:]
        var slugs: [(slug: String, members: [Int])] = []
        var articleSlugIDs: [Int] = []
        for index in news.indices {
            articleSlugIDs.removeAll(keepingCapacity: true)
            for tag in news[index].tags {
                let spellingID = spellingIDs[tag.value] ?? {
                    let slugID = Slug.make(tag.value).map { slug in
                        slugIDs[slug] ?? {
                            slugs.append((slug, []))
                            slugIDs[slug] = slugs.count - 1
                            return slugs.count - 1
                        }()
                    }
                    spellings.append((tag.value, slugID, 0))
                    spellingIDs[tag.value] = spellings.count - 1
                    return spellings.count - 1
                }()
                // An article tagged `Bansos` and `bansos` is listed once under their topic.
                guard let slugID = spellings[spellingID].slugID, !articleSlugIDs.contains(slugID) else { continue }
                articleSlugIDs.append(slugID)
                spellings[spellingID].uses += 1
                slugs[slugID].members.append(index)
            }
        }
        // Named by the spelling most articles use (ties: the first in code-point order).
        var names: [String?] = Array(repeating: nil, count: slugs.count)
        var nameUses: [Int] = Array(repeating: 0, count: slugs.count)
        for spelling in spellings {
            guard let slugID = spelling.slugID, spelling.uses > 0 else { continue }
            if names[slugID] == nil || spelling.uses > nameUses[slugID] || (spelling.uses == nameUses[slugID] && spelling.text < names[slugID]!) {
                names[slugID] = spelling.text
                nameUses[slugID] = spelling.uses
            }
        }
        topics = slugs.indices.compactMap { id in
            names[id].map { Topic(slug: slugs[id].slug, name: $0, articles: slugs[id].members) }
        }.sorted { ($0.name.lowercased(), $0.slug) < ($1.name.lowercased(), $1.slug) }
        for (position, topic) in topics.enumerated() { positions[topic.slug] = position }
        for spelling in spellings {
            if let slugID = spelling.slugID, let position = positions[slugs[slugID].slug] { positionsByTag[spelling.text] = position }
        }
    }

    package func topic(forTag tag: String) -> Topic? {
        position(forTag: tag).map { topics[$0] }
    }

    /// Where the topic of `tag` is in `topics`.
    package func position(forTag tag: String) -> Int? {
        positionsByTag[tag] ?? Slug.make(tag).flatMap { positions[$0] }
    }
}
