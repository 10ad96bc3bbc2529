import WartaCore
import WartaSite
/// `/topik/` (every tag with its count) and `/topik/<tag>/`.
package enum TopicPages {
    package static func list(_ page: PageContext) -> PageValues {
        let strings = page.environment.strings
        let topics = page.environment.topics.topics.map { topic -> [String: Any] in
            ["name": topic.name, "url": page.link(SiteRoutes.topic(topic.slug)),
             "count": UIStrings.fill(strings.articlesCount, strings.numberStyle.format(Double(topic.articles.count)))]
        }
        return page.context(title: strings.topics, description: nil, main: ["heading": strings.topics, "topics": topics])
    }

    package static func topic(_ page: PageContext, index: Int, number: Int = 1, count: Int = 1) -> PageValues {
        let environment = page.environment
        let topic = environment.topics.topics[index]
        let strings = environment.strings
        let heading = UIStrings.fill(strings.newsAboutTopic, topic.name)
        let perPage = environment.site.config.newsPerPage
        let title = number == 1 ? heading : "\(heading) – \(UIStrings.fill(strings.pageOf, String(number), String(count)))"
        let list = page.newsList(Array(ListedNews.page(number, of: topic.articles, perPage: perPage)), heading: 2)
        return page.context(title: title, description: nil, main: TemplateValues.compact([
            "heading": heading,
            "items": list.items,
            "cards": list.cards,
            "allTopics": page.link(SiteRoutes.topics),
            "pagination": Pagination.context(page, number: number, count: count) { SiteRoutes.topic(topic.slug, page: $0) },
        ]))
    }
}
