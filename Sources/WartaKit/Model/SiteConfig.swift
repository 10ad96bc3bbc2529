import Foundation

/// `content/site.yml`: who publishes the site and how it is laid out.
public struct SiteConfig: Sendable {
    public var title: String
    public var description: String
    /// Absolute, ending in `/` (`https://example.go.id/dinsos/`); canonical URLs, feed and sitemap use it.
    public var baseURL: String
    public var language: String
    public var timeZone: TimeZone
    public var organisation: Organisation
    public var menu: [MenuItem]
    public var newsPerPage: Int
    /// Authors' raw HTML and `javascript:` links pass through only when this is true.
    public var allowRawHTML: Bool
    /// Datasets shown as key-figure tiles on the home page.
    public var keyFigures: [Located<String>]

    public init(
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

    /// The path part of `baseURL` (`/dinsos/`), for pages that cannot use relative links (404).
    public var basePath: String {
        guard let url = URL(string: baseURL) else { return "/" }
        let path = url.path
        return path.hasSuffix("/") ? path : path + "/"
    }

    public struct Organisation: Sendable {
        public var name: String
        public var address: String?
        public var phone: String?
        public var email: String?
        public var openingHours: String?

        public init(name: String, address: String? = nil, phone: String? = nil, email: String? = nil, openingHours: String? = nil) {
            self.name = name
            self.address = address
            self.phone = phone
            self.email = email
            self.openingHours = openingHours
        }
    }

    public struct MenuItem: Sendable {
        public enum Target: Sendable {
            /// A path inside the site, like `/berita/`.
            case sitePath(String)
            /// A page from `content/pages/`, by slug.
            case page(Located<String>)
        }

        public var title: String
        public var target: Target

        public init(title: String, target: Target) {
            self.title = title
            self.target = target
        }
    }
}
