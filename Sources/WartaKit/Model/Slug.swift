import Foundation

/// URL-safe names for pages. A slug is built from letters, digits and single hyphens only, so it
/// can never climb out of `output/` (`..`, `/`) or hide a file (leading dot).
public enum Slug {
    /// `Bansos 2024: Tahap II` → `bansos-2024-tahap-ii`; nil when nothing usable is left.
    public static func make(_ text: String) -> String? {
        // Folding accents is slow; most slugs are plain ASCII and need none.
        let folded = text.utf8.allSatisfy { $0 < 0x80 } ? text
            : text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var slug = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? nil : slug.lowercased()
    }

    public static func isValid(_ slug: String) -> Bool {
        make(slug) == slug
    }
}
