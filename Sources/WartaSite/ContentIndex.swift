import WartaModel
/// Which page each content file becomes, so that Markdown can link to files (`../programs/pkh.md`)
/// and get page URLs.
package struct ContentIndex: Sendable {
    /// Content path (relative to `content/`) → site path.
    package private(set) var pathsByFile: [String: String] = [:]
    /// How links to those pages end (`site.yml`'s `links`).
    package let linkStyle: SiteConfig.LinkStyle

    package init(site: Site) {
        linkStyle = site.config.links
        pathsByFile.reserveCapacity(site.news.count + site.programs.count + site.pages.count + 2 * site.datasets.count + site.mediaFiles.count)
        // By index: `for article in site.news` would copy every article for two of its fields.
        for index in site.news.indices {
            pathsByFile[site.news[index].body.contentPath] = SiteRoutes.article(site.news[index].slug)
        }
        for program in site.programs { pathsByFile[program.body.contentPath] = SiteRoutes.program(program.slug) }
        for page in site.pages { pathsByFile[page.body.contentPath] = SiteRoutes.page(page.slug) }
        for dataset in site.datasets {
            pathsByFile["statistics/\(dataset.id).md"] = SiteRoutes.dataset(dataset.id)
            pathsByFile["statistics/\(dataset.id).csv"] = SiteRoutes.datasetFile(dataset.id, extension: "csv")
        }
        for file in site.mediaFiles { pathsByFile["media/\(file)"] = SiteRoutes.media(file) }
    }

    package func sitePath(forContentFile file: String) -> String? {
        LinkDependencies.note(file)
        return pathsByFile[file]
    }
}
