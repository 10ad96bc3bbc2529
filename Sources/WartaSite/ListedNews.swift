import WartaModel
/// Which news a page lists, as indexes into `Site.news` (newest first): the one place that decides
/// it, for the pages themselves, for their fingerprints, and for the order pages are rendered in.
package struct ListedNews {
    package let site: Site
    package let topics: TopicIndex

    /// How many of the latest news the home page shows.
    package static let homeCount = 5
    /// A programme page shows its latest news only: with thousands of articles a complete list
    /// would make the page megabytes long for a phone.
    package static let programCount = 10

    /// Indexes of the programme's latest news, at most `programCount` (by index: copying every
    /// article to test it would cost more than the test).
    package static func latest(of program: String, in news: [NewsArticle]) -> [Int] {
        var found: [Int] = []
        for index in news.indices where news[index].programs.contains(where: { $0.value == program }) {
            found.append(index)
            if found.count == programCount { break }
        }
        return found
    }

    /// Page `number` (from 1) of a paginated list of `articles`.
    package static func page<Articles: Collection>(_ number: Int, of articles: Articles, perPage: Int) -> Articles.SubSequence {
        articles.dropFirst((number - 1) * perPage).prefix(perPage)
    }

    /// The news `item` lists, or nil for a page that lists none.
    package func listed(by item: SitePlan.Item) -> [Int]? {
        let perPage = site.config.newsPerPage
        switch item {
        case .home: return Array(site.news.indices.prefix(Self.homeCount))
        case .newsList(let number, _): return Array(Self.page(number, of: site.news.indices, perPage: perPage))
        case .topic(let index, let number, _): return Array(Self.page(number, of: topics.topics[index].articles, perPage: perPage))
        case .program(let index): return Self.latest(of: site.programs[index].slug, in: site.news)
        default: return nil
        }
    }

    /// Where `item` goes in the order of rendering: by the newest news it shows, so that a news
    /// list page and the topic pages showing the same news are rendered close together, and a card
    /// made for one is used by the others soon after (see `RenderEnvironment.newsListItem`).
    /// Every other page (the home page, programmes, datasets …) comes first.
    package func renderingOrder(of item: SitePlan.Item) -> Int {
        switch item {
        case .newsList(let number, _): return Self.page(number, of: site.news.indices, perPage: site.config.newsPerPage).first ?? -1
        case .topic(let index, let number, _):
            return Self.page(number, of: topics.topics[index].articles, perPage: site.config.newsPerPage).first ?? -1
        case .article(let index): return index
        default: return -1
        }
    }

    package init(site: Site, topics: TopicIndex) {
        self.site = site
        self.topics = topics
    }
}
