import Foundation
import WartaCore
import WartaModel

/// `content/site.yml` read on its own, for what needs the configuration without loading the site:
/// the preview server (its base path and language), `warta new` (the time zone) and a build that
/// stopped early (the language of its messages). Problems are left to the build to report.
package enum SiteConfigFile {
    package static func read(root: URL) -> SiteConfig? {
        let path = root.appendingPathComponent(ContentLayout.siteConfigurationPath).path
        guard let bytes = PosixFiles.read(path),
              case .success(let source) = SourceText.decode(bytes, path: ContentLayout.siteConfigurationPath) else { return nil }
        return SiteConfigParser.parse(source, log: DiagnosticLog())
    }
}
