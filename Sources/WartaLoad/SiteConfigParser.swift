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
            org.warnAboutUnknownKeys(context: "`organisation`")
        }
        if title != nil, !organisation.canBeContacted {
            log.warning(fields.has("organisation") ? fields.location(ofKey: "organisation") : fields.location,
                        "the site gives citizens no way to contact the office",
                        hint: "add `phone:`, `whatsapp:`, `email:` or `address:` under `organisation:` in site.yml")
        }

        var menu: [SiteConfig.MenuItem] = []
        for item in fields.mappings("menu") {
            let itemTitle = item.string("title", required: true)
            let url = item.string("url")
            let page = item.located("page")
            item.warnAboutUnknownKeys(context: "a menu item")
            guard let itemTitle else { continue }
            if let page {
                menu.append(.init(title: itemTitle, target: .page(page)))
            } else if let url, url.hasPrefix("/"), !url.contains("..") {
                menu.append(.init(title: itemTitle, target: .sitePath(String(url.dropFirst()))))
            } else {
                log.error(item.location, "a menu item needs `url:` (a path in the site starting with `/`, like /berita/) or `page:` (the slug of a page in content/pages)")
            }
        }
        var tasks: [SiteConfig.Task] = []
        for item in fields.mappings("tasks") {
            let taskTitle = item.string("title", required: true)
            let description = item.string("description")
            let url = item.located("url")
            let page = item.located("page")
            item.warnAboutUnknownKeys(context: "a task")
            guard let taskTitle else { continue }
            if let page {
                tasks.append(.init(title: taskTitle, description: description, target: .site(.page(page)), location: item.location))
            } else if let url, url.value.hasPrefix("/"), !url.value.hasPrefix("//"), !url.value.contains("..") {
                tasks.append(.init(title: taskTitle, description: description, target: .site(.sitePath(String(url.value.dropFirst()))), location: url.location))
            } else if let url, let address = WebAddress.check(url, field: "url", log: log) {
                let host = URL(string: address)?.host ?? address
                tasks.append(.init(title: taskTitle, description: description, target: .external(url: address, host: host), location: url.location))
            } else if url == nil {
                log.error(item.location, "a task needs `url:` (a path in the site like /program/dtks/, or an official service's https:// address) or `page:` (the slug of a page in content/pages)")
            }
        }
        var links = SiteConfig.LinkStyle.indexFile
        if let linkStyle {
            if let style = SiteConfig.LinkStyle(rawValue: linkStyle.value) {
                links = style
            } else {
                log.error(linkStyle.location, "`links` must be `index.html` or `directory`",
                          hint: "index.html: links work from a web server and from disk; directory: clean addresses, for a site on a web server")
            }
        }
        fields.warnAboutUnknownKeys(context: "site.yml")

        var normalisedBase = baseURL?.value ?? ""
        if let baseURL {
            let parsed = URL(string: baseURL.value)
            if parsed?.scheme == nil || parsed?.host == nil || !(["http", "https"].contains(parsed?.scheme ?? "")) {
                log.error(baseURL.location, "`base_url` must be an absolute http(s) address such as https://example.go.id/dinsos/")
            }
            if !normalisedBase.hasSuffix("/") { normalisedBase += "/" }
        }
        var zone = TimeZone(identifier: "Asia/Pontianak") ?? TimeZone(secondsFromGMT: 7 * 3600)!
        if let zoneName {
            if let named = TimeZone(identifier: zoneName.value) {
                zone = named
            } else {
                log.error(zoneName.location, "unknown time zone `\(zoneName.value)`", hint: "use a name such as Asia/Pontianak, Asia/Jakarta, Asia/Makassar or Asia/Jayapura")
            }
        }
        if newsPerPage < 1 {
            log.error(fields.location(ofKey: "news_per_page"), "`news_per_page` must be at least 1")
        }
        guard let title else { return nil }
        return SiteConfig(
            title: title, description: description, baseURL: normalisedBase, language: language, timeZone: zone,
            organisation: organisation, menu: menu, newsPerPage: max(1, newsPerPage), allowRawHTML: allowRawHTML,
            keyFigures: keyFigures, logo: logo.map { Located(String($0.value.drop { $0 == "/" }), at: $0.location) },
            tagline: tagline, tasks: tasks, links: links)
    }
}
