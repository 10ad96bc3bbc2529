import Testing
@testable import WartaKit

@Suite struct MarkupEscapingTests {
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
}
