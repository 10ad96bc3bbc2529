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

@Suite struct AnchorIndexTests {
    @Test func findsEveryIdAttribute() {
        let html = ##"<h2 id="latar">A</h2><p class="x" id="b-2">x</p><a href="#latar">a</a><div data-id="no" hid="no" id="">"##
        #expect(AnchorIndex.ids(in: Array(html.utf8)) == ["latar", "b-2", ""])
    }

    /// Pages that end inside or right after an attribute must not read past their last byte.
    @Test func pageEndsAnywhere() {
        let cases: [(String, Set<String>)] = [
            ("", []), ("=", []), ("=\"", []), ("a=b", []), (" id=", []), (" id=\"", [""]), (" id=\"x", ["x"]),
            ("<p id=\"x\"", ["x"]), ("<p id=\"x\" id=", ["x"]),
        ]
        for (html, expected) in cases {
            #expect(AnchorIndex.ids(in: Array(html.utf8)) == expected, "\(html)")
        }
    }
}
