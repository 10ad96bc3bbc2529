import WartaCore
import WartaModel
/// The slug of a content file: its `slug:` field when given, else its file name, normalised either way.
package enum PageSlug {
    package static func resolve(override: Located<String>?, fileName contentPath: String, log: DiagnosticLog, location: SourceLocation) -> String? {
        if let override {
            guard let slug = Slug.make(override.value) else {
                log.error(override.location, .reference(.slugWithoutLetters))
                return nil
            }
            return slug
        }
        let name = contentPath.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(contentPath[contentPath.index(after: $0)...]) } ?? contentPath
        let stem = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
        guard let slug = Slug.make(stem) else {
            log.error(location, .reference(.unusableFileName))
            return nil
        }
        return slug
    }
}
