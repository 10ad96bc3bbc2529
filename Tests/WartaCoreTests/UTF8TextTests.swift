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

@Suite struct UTF8TextTests {
    /// Bytes drawn from ASCII, valid sequences of every length, and pieces that are not UTF-8
    /// (lone continuation bytes, cut-off sequences, overlong forms, surrogates, 0xFF), in runs
    /// that fall on and across word boundaries: both functions give exactly what the standard
    /// library gives for the whole buffer.
    @Test func sameTextAsTheStandardLibraryForAnyBytes() {
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("Pontianak ".utf8), Array("0123456789abcdef".utf8), [0x0A],
            Array("é".utf8), Array("—".utf8), Array("“".utf8), Array("😀".utf8), Array("e\u{301}".utf8),
            [0x80], [0xBF], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xFF],
        ]
        var generator = SplitMix(seed: 0x5741_5254_4100)
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 12) {
                let piece = pieces[Int(generator.next() % UInt64(pieces.count))]
                for _ in 0...Int(generator.next() % 3) { bytes += piece }
            }
            let expectedValid = String(validating: bytes, as: UTF8.self)
            #expect(UTF8Text.validated(bytes[...]) == expectedValid, "\(bytes)")
            let repaired = UTF8Text.repaired(bytes)
            #expect(Array(repaired.utf8) == Array(String(decoding: bytes, as: UTF8.self).utf8), "\(bytes)")
        }
    }

    @Test func wholeTextsAndEdges() {
        let article = "Jumlah KPM PKH 11.314 — turun 0,25 poin “ekstrem 0” ✓\n"
        #expect(UTF8Text.validated(Array(article.utf8)[...]) == article)
        #expect(UTF8Text.validated([][...]) == "")
        #expect(UTF8Text.validated([0x61, 0xC3][...]) == nil)
        #expect(UTF8Text.repaired([0x61, 0xC3]) == "a\u{FFFD}")
    }
}

/// A small seeded generator, so a failure repeats.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
