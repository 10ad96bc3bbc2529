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

@Suite struct TemplateConstantsTests {
    let constants = TemplateConstants(strings: ["tags": "Topik", "odd": "A & <B>", "curly": "{{x}}", "brace": "{x", "closing": "x}"],
                                      language: "id")

    @Test func plainTagsBecomeTheTextTheyWouldPrint() {
        #expect(constants.fold("<h2>{{t.tags}}</h2> {{ t.tags }}") == "<h2>Topik</h2> Topik")
        #expect(constants.fold("<html lang=\"{{lang}}\">") == "<html lang=\"id\">")
        let header = "<header>\u{1}index.html</header>"
        let chrome = TemplateConstants(chrome: ["header": header])
        #expect(chrome.fold("{{{chrome.header}}}\n{{chrome.header}}") == header + "\n" + MarkupContentType().escapeText(header))
        #expect(constants.fold("{{t.odd}}|{{{t.odd}}}|{{& t.odd}}") == "A &amp; &lt;B&gt;|A & <B>|A & <B>")
    }

    @Test func everythingElseIsLeftToMustache() {
        let text = "{{#t.tags}}x{{/t.tags}} {{^t.tags}}y{{/t.tags}} {{t.unknown}} {{title}} {{uppercased(t.tags)}} {{! t.tags }} {{>partials/x}}"
        #expect(constants.fold(text) == text)
        #expect(constants.fold("{{t.curly}}") == "{{t.curly}}", "a string that reads as a tag stays a lookup")
        #expect(constants.fold("{{{t.brace}}}{x}}") == "{{{t.brace}}}{x}}", "nor may one make a tag with the text beside it")
        #expect(constants.fold("{{t.closing}}") == "{{t.closing}}")
        #expect(constants.fold("{{=<% %>=}}<% t.tags %> {{t.tags}}") == "{{=<% %>=}}<% t.tags %> {{t.tags}}")
        #expect(constants.fold("{{t.tags") == "{{t.tags")
    }

    /// The site's own templates render the same bytes with and without the constants written in.
    @Test func foldedTemplatesRenderTheSamePages() throws {
        let project = try FixtureProject(files: [
            "content/news/2024/a.md": FixtureProject.article(title: "A", date: "2024-11-12", extra: "tags: [pkh]\nsample: true\nauthor: Humas\n"),
            "content/news/2024/b.md": FixtureProject.article(title: "B", date: "2024-11-13"),
        ])
        let log = DiagnosticLog()
        let set = try #require(TemplateSet.load(from: project.root.appendingPathComponent("templates"), log: log))
        let folded = set.folding(TemplateConstants(strings: ["tags": "Topik", "author": "Penulis", "sampleArticleNotice": "Contoh <b>"],
                                                      language: "id"))
        let context: [String: Any] = [
            "t": ["tags": "Topik", "author": "Penulis", "sampleArticleNotice": "Contoh <b>"],
            "lang": "id", "title": "A", "author": "Humas", "isSample": true, "tags": [["name": "pkh", "url": "u"]],
        ]
        let plain = set.render(context, template: "article")
        #expect(plain.contains("Penulis: Humas") && plain.contains("Contoh &lt;b&gt;"))
        #expect(folded.render(context, template: "article") == plain)
        // The strings are in the folded text itself: they print without `t` in the context.
        var withoutStrings = context
        withoutStrings["t"] = nil
        #expect(folded.render(withoutStrings, template: "article").contains("Penulis: Humas"))
        #expect(!set.render(withoutStrings, template: "article").contains("Penulis"))
    }
}
