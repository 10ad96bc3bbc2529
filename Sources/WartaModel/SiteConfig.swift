import Foundation
import WartaCore

/// `content/site.yml`: who publishes the site and how it is laid out.
package struct SiteConfig: Sendable {
    package var title: String
    package var description: String
    /// Absolute, ending in `/` (`https://example.go.id/dinsos/`); canonical URLs, feed and sitemap use it.
    package var baseURL: String
    package var language: String
    package var timeZone: TimeZone
    package var organisation: Organisation
    package var menu: [MenuItem]
    package var newsPerPage: Int
    /// Authors' raw HTML and `javascript:` links pass through only when this is true.
    package var allowRawHTML: Bool
    /// Datasets shown as key-figure tiles on the home page.
    package var keyFigures: [Located<String>]
    /// Where `warta publish` sends the site when no target is given (`sftp://user@host/path/`).
    package var publishTarget: Located<String>?

    package init(
        title: String, description: String, baseURL: String, language: String = "id",
        timeZone: TimeZone, organisation: Organisation, menu: [MenuItem] = [], newsPerPage: Int = 10,
        allowRawHTML: Bool = false, keyFigures: [Located<String>] = []
    ) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.timeZone = timeZone
        self.organisation = organisation
        self.menu = menu
        self.newsPerPage = newsPerPage
        self.allowRawHTML = allowRawHTML
        self.keyFigures = keyFigures
    }

    /// Pages, numbers, dates and messages all take their language from this one decision.
    package var locale: SiteLocale { SiteLocale(siteLanguage: language) }

    /// The path part of `baseURL` (`/dinsos/`), for pages that cannot use relative links (404).
    package var basePath: String {
        guard let url = URL(string: baseURL) else { return "/" }
        let path = url.path
        return path.hasSuffix("/") ? path : path + "/"
    }

    package struct Organisation: Sendable {
        package var name: String
        package var address: String?
        package var phone: String?
        package var email: String?
        package var openingHours: String?

        package init(name: String, address: String? = nil, phone: String? = nil, email: String? = nil, openingHours: String? = nil) {
            self.name = name
            self.address = address
            self.phone = phone
            self.email = email
            self.openingHours = openingHours
        }
    }

    package struct MenuItem: Sendable {
        package enum Target: Sendable {
            /// A path inside the site, like `/berita/`.
            case sitePath(String)
            /// A page from `content/pages/`, by slug.
            case page(Located<String>)
        }

        package var title: String
        package var target: Target

        package init(title: String, target: Target) {
            self.title = title
            self.target = target
        }
    }
}
