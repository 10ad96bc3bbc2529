import Foundation
import WartaCore
import WartaModel

/// Reads `content/site.yml`.
package enum SiteConfigParser {
    package static func parse(_ source: SourceText, log: DiagnosticLog) -> SiteConfig? {
        guard let fields = YAMLFields.parse(source.text, path: source.path, firstLine: 1, log: log) else { return nil }
        let title = fields.string("title", required: true)
        let description = fields.string("description") ?? ""
        let baseURL = fields.located("base_url", required: true)
        let language = fields.string("language") ?? "id"
        let zoneName = fields.located("timezone")
        let newsPerPage = fields.int("news_per_page") ?? 10
        let allowRawHTML = fields.bool("allow_raw_html") ?? false
        let keyFigures = fields.strings("key_figures")
        let publishTarget = fields.located("publish")

        let logo = fields.located("logo")
        let tagline = fields.string("tagline")
        let linkStyle = fields.located("links")

        var organisation = SiteConfig.Organisation(name: title ?? "")
        if let org = fields.mapping("organisation") {
            organisation = SiteConfig.Organisation(
                name: org.string("name", required: true) ?? "",
                address: org.string("address"),
                mapURL: org.located("map_url").flatMap { WebAddress.check($0, field: "map_url", log: log) },
                phone: org.string("phone"),
                whatsapp: org.string("whatsapp"),
                email: org.string("email"),
                openingHours: org.string("opening_hours"))
            org.warnAboutUnknownKeys(in: .group("organisation"))
        }
        if title != nil, !organisation.canBeContacted {
            log.warning(fields.has("organisation") ? fields.location(ofKey: "organisation") : fields.location,
                        .service(.noContactDetails), hint: .addContactDetails)
        }

        var menu: [SiteConfig.MenuItem] = []
        for item in fields.mappings("menu") {
            let itemTitle = item.string("title", required: true)
            let url = item.string("url")
            let page = item.located("page")
            item.warnAboutUnknownKeys(in: .menuItem)
            guard let itemTitle else { continue }
            if let page {
                menu.append(.init(title: itemTitle, target: .page(page)))
            } else if let url, url.hasPrefix("/"), !url.contains("..") {
                menu.append(.init(title: itemTitle, target: .sitePath(String(url.dropFirst()))))
            } else {
                log.error(item.location, .siteConfig(.menuItemWithoutTarget))
            }
        }
        var tasks: [SiteConfig.Task] = []
        for item in fields.mappings("tasks") {
            let taskTitle = item.string("title", required: true)
            let description = item.string("description")
            let url = item.located("url")
            let page = item.located("page")
            item.warnAboutUnknownKeys(in: .task)
            guard let taskTitle else { continue }
            if let page {
                tasks.append(.init(title: taskTitle, description: description, target: .site(.page(page)), location: item.location))
            } else if let url, url.value.hasPrefix("/"), !url.value.hasPrefix("//"), !url.value.contains("..") {
                tasks.append(.init(title: taskTitle, description: description, target: .site(.sitePath(String(url.value.dropFirst()))), location: url.location))
            } else if let url, let address = WebAddress.check(url, field: "url", log: log) {
                let host = URL(string: address)?.host ?? address
                tasks.append(.init(title: taskTitle, description: description, target: .external(url: address, host: host), location: url.location))
            } else if url == nil {
                log.error(item.location, .service(.taskWithoutTarget))
            }
        }
        var links = SiteConfig.LinkStyle.indexFile
        if let linkStyle {
            if let style = SiteConfig.LinkStyle(rawValue: linkStyle.value) {
                links = style
            } else {
                log.error(linkStyle.location, .service(.unknownLinkStyle), hint: .linkStyles)
            }
        }
        fields.warnAboutUnknownKeys(in: .siteConfig)

        var normalisedBase = baseURL?.value ?? ""
        if let baseURL {
            let parsed = URL(string: baseURL.value)
            if parsed?.scheme == nil || parsed?.host == nil || !(["http", "https"].contains(parsed?.scheme ?? "")) {
                log.error(baseURL.location, .siteConfig(.baseURLNotAbsolute))
            }
            if !normalisedBase.hasSuffix("/") { normalisedBase += "/" }
        }
        var zone = TimeZone(identifier: "Asia/Pontianak") ?? TimeZone(secondsFromGMT: 7 * 3600)!
        if let zoneName {
            if let named = TimeZone(identifier: zoneName.value) {
                zone = named
            } else {
                log.error(zoneName.location, .siteConfig(.unknownTimeZone(zoneName.value)), hint: .timeZoneNames)
            }
        }
        if newsPerPage < 1 {
            log.error(fields.location(ofKey: "news_per_page"), .siteConfig(.newsPerPageTooSmall))
        }
        // Credentials never land in the project: a password written into the target is an error.
        if let publishTarget, URLComponents(string: publishTarget.value)?.password != nil {
            log.error(publishTarget.location, .siteConfig(.passwordInPublishTarget))
        }
        guard let title else { return nil }
        var config = SiteConfig(
            title: title, description: description, baseURL: normalisedBase, language: language, timeZone: zone,
            organisation: organisation, menu: menu, newsPerPage: max(1, newsPerPage), allowRawHTML: allowRawHTML,
            keyFigures: keyFigures, logo: logo.map { Located(String($0.value.drop { $0 == "/" }), at: $0.location) },
            tagline: tagline, tasks: tasks, links: links)
        config.publishTarget = publishTarget
        return config
    }
}
