import PropertyBased
import Testing
@testable import WartaCore
@testable import WartaModel
@testable import WartaLoad
@testable import WartaMarkdown
@testable import WartaCharts
@testable import WartaSite
@testable import WartaRender
@testable import WartaBuild
import WartaTestSupport

@Suite struct SlugTests {
    @Test func normalisesTitles() {
        #expect(Slug.make("Bansos 2024: Tahap II") == "bansos-2024-tahap-ii")
        #expect(Slug.make("  Kecamatan Pontianak   Utara ") == "kecamatan-pontianak-utara")
        #expect(Slug.make("Café Sehat") == "cafe-sehat")
        #expect(Slug.make("../../etc/passwd") == "etc-passwd")
        #expect(Slug.make(".tersembunyi") == "tersembunyi")
        #expect(Slug.make("👍🇮🇩") == nil)
        #expect(Slug.make("") == nil)
    }

    @Test func neverEscapesTheOutputFolder() async {
        let piece = Gen<Character?>.element(of: ["a", "Z", "9", ".", "/", "\\", " ", "-", "é", "👍", "\u{0}", "%", ":"] as [Character])
            .map { $0! }.string(of: 0...20)
        await propertyCheck(count: 1000, input: piece) { text in
            guard let slug = Slug.make(text) else { return }
            #expect(!slug.isEmpty)
            #expect(!slug.contains(".."))
            #expect(!slug.contains("/"))
            #expect(!slug.hasPrefix("."))
            #expect(!slug.hasPrefix("-") && !slug.hasSuffix("-"))
            #expect(slug.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
            #expect(Slug.make(slug) == slug, "a slug is its own slug")
        }
    }
}
