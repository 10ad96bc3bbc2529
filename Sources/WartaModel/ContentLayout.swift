/// Where a project's inputs live: every folder and file name Warta reads, named once.
package enum ContentLayout {
    /// The folder of everything the site says, below the project folder.
    package static let contentFolder = "content"
    /// The Mustache templates and the stylesheet, below the project folder.
    package static let templatesFolder = "templates"
    /// The site's configuration, below `content/`.
    package static let siteConfiguration = "site.yml"

    /// The folders of `content/`, each for one kind of input.
    package enum Folder: String, CaseIterable, Sendable {
        case news, programs, pages, statistics, media

        /// The folder with its trailing slash, as content paths start (`news/2024/a.md`).
        package var prefix: String { rawValue + "/" }
    }

    /// `content/site.yml`, as diagnostics name it.
    package static var siteConfigurationPath: String { contentFolder + "/" + siteConfiguration }
}
