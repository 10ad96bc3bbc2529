import Testing
@testable import WartaCore
@testable import WartaModel
@testable import WartaLoad
@testable import WartaMarkdown
@testable import WartaCharts
@testable import WartaSite
@testable import WartaRender
@testable import WartaBuild
import WartaTestSupport

/// Tags become topics: spellings that slug alike share one topic, named by the spelling most
/// articles use, and an article is listed once under a topic however many of its spellings it has.
@Suite struct TopicIndexTests {
    static func article(_ number: Int, tags: [String]) -> NewsArticle {
        let location = SourceLocation(path: "content/news/\(number).md", line: 2, column: 1)
        return NewsArticle(
            slug: "berita-\(number)", title: "Berita \(number)", date: Timestamp(secondsSince1970: Int64(number), utcOffsetSeconds: 25_200),
            dateLocation: location, summary: nil, tags: tags.map { Located($0, at: location) }, programs: [], image: nil, imageAlt: nil,
            source: nil, author: nil, isDraft: false, isSample: false,
            body: MarkdownSource(contentPath: "news/\(number).md", text: "", location: location))
    }

    @Test func spellingsShareATopicNamedByTheMostUsed() {
        let news = [
            Self.article(0, tags: ["Bansos", "PKH"]),
            Self.article(1, tags: ["bansos", "BANSOS", "Lansia"]),
            Self.article(2, tags: ["bansos"]),
            Self.article(3, tags: ["PKH", "pkh", "!!!"]),
            Self.article(4, tags: ["Bansos"]),
            Self.article(5, tags: ["pkh"]),
        ]
        let index = TopicIndex(news: news)
        // By name, case aside; `!!!` has no slug and makes no topic.
        #expect(index.topics.map(\.slug) == ["bansos", "lansia", "pkh"])
        // `bansos` is used by articles 1 and 2, `Bansos` by 0 and 4: a tie, broken by code-point
        // order; article 1's `BANSOS` was not counted, since the article is listed once.
        #expect(index.topics.map(\.name) == ["Bansos", "Lansia", "PKH"])
        #expect(index.topics.map(\.articles) == [[0, 1, 2, 4], [1], [0, 3, 5]])
        #expect(index.topic(forTag: "BANSOS")?.slug == "bansos")
        #expect(index.position(forTag: "pkh") == 2)
        #expect(index.position(forTag: "P.K.H") == nil)
        #expect(index.topic(forTag: "!!!") == nil)
    }

    @Test func theMostUsedSpellingWins() {
        let news = [Self.article(0, tags: ["Rumah Layak Huni"]), Self.article(1, tags: ["rumah layak huni"]),
                    Self.article(2, tags: ["rumah layak huni"])]
        #expect(TopicIndex(news: news).topics.map(\.name) == ["rumah layak huni"])
    }
}
