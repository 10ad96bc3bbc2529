import Foundation
import Mustache
import WartaCore
import WartaModel
import WartaMarkdown
import WartaCharts
import WartaSite

/// Everything page rendering reads, built once per build and shared by all rendering threads.
///
/// A class, read-only after it is made: pages pass it around constantly, and copying a struct of
/// this size (the site, every interface string) cost a retain per field on every pass.
package final class RenderEnvironment: Sendable {
    package let site: Site
    package let strings: UIStrings
    package let templates: TemplateSet
    package let index: ContentIndex
    package let topics: TopicIndex
    package let charts: ChartRenderer
    /// Interface strings as a template dictionary (`{{t.news}}`), made once.
    package let stringTable: [String: TemplateText]
    /// Each topic's name and link, shared by every news item tagged with it.
    private let topicLinks: [TopicLinkView]
    /// News items as lists show them, with their card, once per article and heading level. Pages
    /// are rendered newest news first (`ListedNews.renderingOrder`), so the lists showing an
    /// article come close together and only the latest few thousand cards need keeping.
    private let listItems = MadeOnce<NewsCardKey, NewsItemView>(limit: 4096)
    /// `#fragment` links seen while rendering, checked against rendered ids afterwards.
    package let anchors = AnchorIndex()
    /// Each dataset's own chart, resolved and checked once per build; absent when it has none.
    package let datasetCharts: [String: ChartSpec]
    /// The site block, menu and rendered chrome templates of pages, by menu section.
    private let chromes: MadeOnce<String, PageChrome>
    /// Whether the build makes a search index, so the search page can use it.
    package let searchIndexed: Bool

    package func chrome(_ section: String, make: () -> PageChrome) -> PageChrome {
        chromes.value(section, make: make)
    }

    /// Problems with datasets' own charts are reported to `log`, once.
    package init(site: Site, templates: TemplateSet, searchIndexed: Bool = false, log: DiagnosticLog) {
        self.site = site
        self.searchIndexed = searchIndexed
        self.chromes = MadeOnce()
        self.strings = site.config.locale.strings
        // The two indexes of a large site take a while each; they are made side by side.
        let pair = ParallelMap.map([0, 1]) { which -> (ContentIndex?, TopicIndex?) in
            which == 0 ? (ContentIndex(site: site), nil) : (nil, TopicIndex(news: site.news))
        }
        self.index = pair[0].0!
        self.topics = pair[1].1!
        self.charts = ChartRenderer(strings: strings)
        var table: [String: TemplateText] = [:]
        for child in Mirror(reflecting: strings).children {
            if let label = child.label, let text = child.value as? String { table[label] = TemplateText(text) }
        }
        self.stringTable = table
        self.templates = templates.folding(TemplateConstants(strings: table.mapValues(\.text), language: site.config.language))
        self.topicLinks = Self.topicLinks(topics, templates: self.templates, strings: table, language: site.config.language,
                                          style: site.config.links)
        var charts: [String: ChartSpec] = [:]
        for dataset in site.datasets {
            charts[dataset.id] = Self.resolveChart(for: dataset, requested: nil, at: nil, log: log)
        }
        self.datasetCharts = charts
    }

    /// For a site whose articles changed in place only (same addresses, dates, tags and
    /// programmes, so the same index and topics): everything but the site and the cards is reused,
    /// the chrome of each menu section included.
    package init(site: Site, reusing previous: RenderEnvironment) {
        self.site = site
        self.searchIndexed = previous.searchIndexed
        self.chromes = previous.chromes
        self.strings = previous.strings
        self.templates = previous.templates
        self.index = previous.index
        self.topics = previous.topics
        self.charts = previous.charts
        self.topicLinks = previous.topicLinks
        self.stringTable = previous.stringTable
        self.datasetCharts = previous.datasetCharts
    }

    /// The texts and links of `site.news[index]` as a list shows it; its links start from
    /// `RootMarker`, so they are the same on every page. Made when asked for, not kept: its article
    /// page and its cards ask once each.
    package func newsItem(_ index: Int) -> NewsItemTexts {
        let article = site.news[index]
        return NewsItemTexts(
            title: TemplateText(article.title),
            listedTitle: article.isSample ? TemplateText(UIStrings.fill(strings.sampleTitle, article.title)) : nil,
            url: TemplateText(SiteRoutes.link(prefix: RootMarker.string, to: SiteRoutes.article(article.slug), style: site.config.links)),
            date: TemplateText(strings.longDate(article.date.localDay)),
            datetime: TemplateText(article.date.rfc3339),
            summary: article.summary.map(TemplateText.init),
            isSample: article.isSample,
            tags: article.tags.compactMap { topics.position(forTag: $0.value).map { topicLinks[$0] } })
    }

    /// An article's title where a link to it travels alone (a list, the feed, its neighbours'
    /// pages): "Contoh: …" for a sample article.
    package func listedTitle(of article: NewsArticle) -> String {
        article.isSample ? UIStrings.fill(strings.sampleTitle, article.title) : article.title
    }

    /// Each topic's name, address and card, made once: every news item's tags are these.
    private static func topicLinks(_ topics: TopicIndex, templates: TemplateSet, strings: [String: TemplateText],
                                   language: String, style: SiteConfig.LinkStyle) -> [TopicLinkView] {
        topics.topics.map { topic in
            let name = TemplateText(topic.name)
            let url = TemplateText(SiteRoutes.link(prefix: RootMarker.string, to: SiteRoutes.topic(topic.slug), style: style))
            let card = templates.has(TemplateSet.topicCard)
                ? TemplateText(templates.renderShared(["name": name, "url": url, "t": strings, "lang": TemplateText(language)],
                                                      template: TemplateSet.topicCard))
                : nil
            return TopicLinkView(name: name, url: url, card: card)
        }
    }

    /// `site.news[index]` in a list under a heading of level `heading`, with its card (the item
    /// rendered by `templates/cards/news`, when the templates have one).
    package func newsListItem(_ index: Int, heading: Int) -> NewsItemView {
        listItems.value(NewsCardKey(index: index, heading: heading)) {
            let texts = newsItem(index)
            guard templates.has(TemplateSet.newsCard) else {
                return NewsItemView(index: index, heading: heading, card: nil, texts: texts, environment: self)
            }
            let values = NewsCardValues(texts: texts, heading: heading, strings: stringTable, language: site.config.language)
            let card = TemplateText(templates.renderShared(TemplateReference(values), template: TemplateSet.newsCard))
            return NewsItemView(index: index, heading: heading, card: card, texts: nil, environment: self)
        }
    }

    /// The build's pages are all rendered: its cards go now rather than with the environment,
    /// which a session keeps (a later build makes cards of its own).
    package func finishedRendering() {
        listItems.removeAll()
    }

    package func chart(for dataset: Dataset) -> ChartSpec? { datasetCharts[dataset.id] }

    /// A chart asked for in a ```chart block, completed from the dataset's own and checked.
    package func chartSpec(for dataset: Dataset, overriding requested: ChartSpec, at location: SourceLocation, log: DiagnosticLog) -> ChartSpec? {
        Self.resolveChart(for: dataset, requested: requested, at: location, log: log)
    }

    /// What the author asked for, completed from the dataset's own `chart:` block or, failing that,
    /// a default chosen from its column types; checked against its columns and its size.
    package static func resolveChart(for dataset: Dataset, requested: ChartSpec?, at location: SourceLocation?, log: DiagnosticLog) -> ChartSpec? {
        let fallback = dataset.chart.flatMap { own in own.x.isEmpty ? nil : own } ?? ChartDefaults.spec(for: dataset)
        var spec = requested ?? dataset.chart ?? fallback
        guard var chosen = spec else { return nil }
        if chosen.x.isEmpty { chosen.x = fallback?.x ?? "" }
        if chosen.series.isEmpty { chosen.series = fallback?.series ?? [] }
        spec = chosen
        let at = location ?? dataset.chartLocation ?? dataset.metadataLocation
        let problems = ChartValidation.problems(chosen, in: dataset, at: at)
        log.report(contentsOf: problems)
        if problems.contains(where: { $0.severity == .error }) { return nil }
        let limit = chosen.kind == .line ? ChartLimits.linePoints : ChartLimits.categories
        if dataset.rows.count > limit {
            log.warning(at, .chart(.tooManyRows(dataset: dataset.id, rows: dataset.rows.count, limit: limit)))
            return nil
        }
        return spec
    }

    /// Markdown rendered into `page`, with links and chart blocks resolved for it.
    package func html(of markdown: MarkdownSource, on page: String, log: DiagnosticLog) -> String {
        if markdown.deferred != nil { return htmlFragment(of: markdown, on: page, log: log).description }
        let output = markdownRenderer(on: page).render(markdown)
        log.report(contentsOf: output.diagnostics)
        return ControlCharacters.replaced(in: output.html)
    }

    /// The same as bytes for the page template. A body not kept in memory is read again here and
    /// handed to cmark as the file's bytes.
    package func htmlFragment(of markdown: MarkdownSource, on page: String, log: DiagnosticLog) -> HTMLFragment {
        let renderer = markdownRenderer(on: page)
        guard let deferred = markdown.deferred else {
            let output = renderer.render(markdown)
            log.report(contentsOf: output.diagnostics)
            return HTMLFragment(Array(ControlCharacters.replaced(in: output.html).utf8))
        }
        guard let bytes = deferred.loadBytes(contentPath: markdown.contentPath) else {
            log.error(SourceLocation(path: markdown.location.path), .file(.changedDuringBuild))
            return HTMLFragment([])
        }
        let (html, diagnostics) = bytes.withUnsafeBufferPointer { buffer -> ([UInt8], [Diagnostic]) in
            buffer.withMemoryRebound(to: CChar.self) { text in
                renderer.renderBytes(markdown, text: text.baseAddress ?? UnsafePointer(bitPattern: 1)!, count: text.count)
            }
        }
        log.report(contentsOf: diagnostics)
        return HTMLFragment(ControlCharacters.replaced(in: html))
    }

    private func markdownRenderer(on page: String) -> MarkdownRenderer {
        MarkdownRenderer(
            options: .init(allowRawHTML: site.config.allowRawHTML),
            links: ContentLinks(index: index, page: page, anchors: anchors),
            blocks: EmbeddedBlocks(environment: self, page: page))
    }
}

/// The part of a page's template context that depends on the page only through its section of
/// the menu.
package struct PageChrome: @unchecked Sendable {
    package var site: [String: Any]
    package var menu: [[String: Any]]
    /// Each chrome template's output (`header` for `templates/chrome/header.mustache`).
    package var rendered: [String: TemplateText]
    /// The site's templates with that output written in where they show it (`{{{chrome.header}}}`),
    /// for the section's pages.
    package var templates: TemplateSet
}

private struct NewsCardKey: Hashable {
    package var index: Int
    package var heading: Int
}

/// HTML made elsewhere (by cmark), kept as bytes on its way into a page: it is written into the
/// page unchanged by `{{{…}}}`, and reads as its text anywhere else.
package struct HTMLFragment: MustacheCustomRenderable, CustomStringConvertible, Sendable {
    package let bytes: [UInt8]

    package init(_ bytes: [UInt8]) { self.bytes = bytes }

    package var description: String { UTF8Text.repaired(bytes) }
    package var renderText: String { description }
    package var isNull: Bool { false }
}
