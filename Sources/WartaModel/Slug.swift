import Foundation

/// URL-safe names for pages. A slug is built from letters, digits and single hyphens only, so it
/// can never climb out of `output/` (`..`, `/`) or hide a file (leading dot).
package enum Slug {
    /// `Bansos 2024: Tahap II` → `bansos-2024-tahap-ii`; nil when nothing usable is left.
    package static func make(_ text: String) -> String? {
        if let ascii = makeFromASCII(text) { return ascii.isEmpty ? nil : ascii }
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
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

    /// The same for ASCII text without Foundation's folding, which for ASCII only lowercases;
    /// nil when the text is not ASCII.
    private static func makeFromASCII(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let isDigit = byte >= 0x30 && byte <= 0x39
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            if isDigit || isUpper || isLower {
                if pendingHyphen && !bytes.isEmpty { bytes.append(0x2D) }
                pendingHyphen = false
                bytes.append(isUpper ? byte + 0x20 : byte)
            } else {
                pendingHyphen = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    package static func isValid(_ slug: String) -> Bool {
        make(slug) == slug
    }
}
