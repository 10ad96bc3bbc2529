import Foundation
import PropertyBased
import Testing
@testable import WartaKit

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
