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
    /// A file in `content/media/` (`media/logo.svg`): the header emblem and the favicon.
    package var logo: Located<String>?
    /// A line under the site's name in the header.
    package var tagline: String?
    /// What citizens come for, first on the home page.
    package var tasks: [Task]
    /// How in-site links end: see `LinkStyle`.
    package var links: LinkStyle
    /// Where `warta publish` sends the site when no target is given (`sftp://user@host/path/`).
    package var publishTarget: Located<String>?

    package init(
        title: String, description: String, baseURL: String, language: String = "id",
        timeZone: TimeZone, organisation: Organisation, menu: [MenuItem] = [], newsPerPage: Int = 10,
        allowRawHTML: Bool = false, keyFigures: [Located<String>] = [], logo: Located<String>? = nil, tagline: String? = nil,
        tasks: [Task] = [], links: LinkStyle = .indexFile
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
        self.logo = logo
        self.tagline = tagline
        self.tasks = tasks
        self.links = links
    }

    /// Pages, numbers, dates and messages all take their language from this one decision.
    package var locale: SiteLocale { SiteLocale(siteLanguage: language) }

    /// The path part of `baseURL` (`/dinsos/`), for pages that cannot use relative links (404).
    package var basePath: String {
        guard let url = URL(string: baseURL) else { return "/" }
        let path = url.path
        return path.hasSuffix("/") ? path : path + "/"
    }

    /// How links between the site's pages end. Canonical, Open Graph, feed and sitemap addresses
    /// are directory addresses (`…/berita/`) either way.
    package enum LinkStyle: String, Sendable {
        /// `berita/index.html`: works from a web server and opened straight from disk (`file://`).
        case indexFile = "index.html"
        /// `berita/`: the addresses people copy from a web server are clean; from disk a folder shows.
        case directory
    }

    package struct Organisation: Sendable {
        package var name: String
        package var address: String?
        /// A map of the address (any web address, e.g. OpenStreetMap or Google Maps).
        package var mapURL: String?
        package var phone: String?
        package var whatsapp: String?
        package var email: String?
        package var openingHours: String?

        package init(name: String, address: String? = nil, mapURL: String? = nil, phone: String? = nil, whatsapp: String? = nil,
                     email: String? = nil, openingHours: String? = nil) {
            self.name = name
            self.address = address
            self.mapURL = mapURL
            self.phone = phone
            self.whatsapp = whatsapp
            self.email = email
            self.openingHours = openingHours
        }

        /// Whether citizens have any way to reach the office: a phone, WhatsApp, email or address.
        package var canBeContacted: Bool {
            [address, phone, whatsapp, email].contains { !($0 ?? "").isEmpty }
        }
    }

    /// A service on the home page: a page of the site or an official service elsewhere.
    package struct Task: Sendable {
        package enum Target: Sendable {
            /// A path inside the site (`/berita/`) or a page from `content/pages/`, as menu items name them.
            case site(MenuItem.Target)
            /// An absolute http(s) address, e.g. https://cekbansos.kemensos.go.id.
            case external(url: String, host: String)
        }

        package var title: String
        package var description: String?
        package var target: Target
        /// Where `site.yml` lists it.
        package var location: SourceLocation

        package init(title: String, description: String? = nil, target: Target, location: SourceLocation) {
            self.title = title
            self.description = description
            self.target = target
            self.location = location
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
