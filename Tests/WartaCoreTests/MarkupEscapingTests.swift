import Foundation
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

@Suite struct MarkupEscapingTests {
    @Test func escapesEveryMarkupCharacter() {
        #expect(MarkupEscaping.attribute("<script>\"'&") == "&lt;script&gt;&quot;&#39;&amp;")
        #expect(MarkupEscaping.text("aman 👍 مرحبا {{x}}") == "aman 👍 مرحبا {{x}}")
    }

    @Test func escapesMarkupCharacters() {
        #expect(MarkupEscaping.text("A & B <script>alert('x')</script> \"q\"")
            == "A &amp; B &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;q&quot;")
        #expect(MarkupEscaping.text("Bekasi Utara") == "Bekasi Utara")
    }

    @Test func attributesKeepNewlines() {
        #expect(MarkupEscaping.attribute("a\nb\t\"c\"") == "a&#10;b&#9;&quot;c&quot;")
        #expect(MarkupEscaping.text("a\nb") == "a\nb")
    }

    @Test func controlCharactersCannotBreakXML() {
        #expect(MarkupEscaping.text("a\u{1}b") == "a\u{FFFD}b")
    }

    /// Every byte value, alone and amid text, in text and in attributes: the table scan agrees with
    /// what escaping does.
    @Test func theScanFlagsExactlyWhatEscapingChanges() {
        for value in 0...0x7F {
            let text = "kata " + String(UnicodeScalar(UInt8(value))) + " kata"
            for (newlines, escape) in [(false, MarkupEscaping.text), (true, MarkupEscaping.attribute)] {
                let clean = Array(text.utf8).withUnsafeBufferPointer { MarkupEscaping.isClean($0, newlines: newlines) }
                #expect(clean == (escape(text) == text), "byte \(value), attribute: \(newlines)")
            }
        }
    }

    /// A value that starts with the root marker keeps it (the page resolves it) and is escaped
    /// after it; a marker anywhere else is a control character.
    @Test func theRootMarkerStaysAtTheStartOnly() {
        let escaping = MarkupContentType()
        #expect(escaping.escapeText("\u{1}berita/a/index.html") == "\u{1}berita/a/index.html")
        #expect(escaping.escapeText("\u{1}cari?q=a&b") == "\u{1}cari?q=a&amp;b")
        #expect(escaping.escapeText("\u{1}a\u{1}b") == "\u{1}a\u{FFFD}b")
        #expect(escaping.escapeText("a\u{1}") == "a\u{FFFD}")
    }

    /// Escaped text never contains a character that could open a tag, end an attribute or start an
    /// entity of its own, and unescaping gives the original back.
    @Test func escapingIsSafeAndReversible() async {
        let text = Gen<Character?>.element(of: ["<", ">", "&", "\"", "'", "a", " ", ";", "#", "👍", "\u{202E}"] as [Character])
            .map { $0! }.string(of: 0...30)
        await propertyCheck(count: 1000, input: text) { original in
            let escaped = MarkupEscaping.attribute(original)
            #expect(!escaped.contains("<") && !escaped.contains(">") && !escaped.contains("\"") && !escaped.contains("'"))
            let restored = escaped.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
            #expect(restored == original)
        }
    }
}
