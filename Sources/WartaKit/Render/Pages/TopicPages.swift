/// `/topik/` (every tag with its count) and `/topik/<tag>/`.
enum TopicPages {
    static func list(_ page: PageContext) -> [String: Any] {
        let strings = page.environment.strings
        let topics = page.environment.topics.topics.map { topic -> [String: Any] in
            ["name": topic.name, "url": page.link(SiteRoutes.topic(topic.slug)),
             "count": UIStrings.fill(strings.articlesCount, strings.numberStyle.format(Double(topic.articles.count)))]
        }
        return page.context(title: strings.topics, description: nil, main: ["heading": strings.topics, "topics": topics])
    }

    static func topic(_ page: PageContext, index: Int) -> [String: Any] {
        let environment = page.environment
        let topic = environment.topics.topics[index]
        let heading = UIStrings.fill(environment.strings.newsAboutTopic, topic.name)
        return page.context(title: heading, description: nil, main: [
            "heading": heading,
            "itemHeading": 2,
            "items": topic.articles.map { page.newsItem(environment.site.news[$0]) },
            "allTopics": page.link(SiteRoutes.topics),
        ])
    }
}
