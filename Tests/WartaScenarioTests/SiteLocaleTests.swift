import Foundation
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

/// site.yml's `language` decides pages, dates, numbers and messages together.
@Suite struct SiteLocaleTests {
    static func project(language: String) throws -> FixtureProject {
        let siteYML = FixtureProject.minimalSiteYML.replacingOccurrences(of: "language: id", with: "language: \(language)")
        return try FixtureProject(files: [
            "content/news/2024/bansos.md": FixtureProject.article(title: "Bansos", date: "2024-11-12", extra: "tags: [lansia]\n"),
            "content/statistics/penerima.md": """
                ---
                title: Penerima bantuan
                source: {name: BPS}
                locale: id
                columns:
                  - {name: kecamatan, label: Kecamatan, type: category}
                  - {name: penerima, label: Penerima, type: number}
                  - {name: persen, label: Persen, type: percent}
                ---
                Metode.

                """,
            "content/statistics/penerima.csv": "kecamatan;penerima;persen\nPontianak Barat;11.314;4,20\nPontianak Kota;2.001;3,15\n",
        ], siteYML: siteYML)
    }

    @Test func anEnglishSiteHasEnglishPages() throws {
        let project = try Self.project(language: "en")
        #expect(project.build().errorLines == [])
        let strings = UIStrings.english
        let article = try #require(project.page("berita/bansos/index.html"))
        #expect(article.contains("<html lang=\"en\""))
        #expect(article.contains("Tuesday, 12 November 2024"))
        #expect(article.contains(strings.skipToContent) && article.contains(strings.tags))
        #expect(!article.contains(UIStrings.indonesian.skipToContent) && !article.contains("Selasa"))

        let list = try #require(project.page("berita/index.html"))
        #expect(list.contains("<html lang=\"en\""))
        #expect(list.contains("<h1>\(strings.news)</h1>") && list.contains(strings.skipToContent))
        #expect(list.contains(">Tuesday, 12 November 2024</time>"))
        #expect(!list.contains(UIStrings.indonesian.skipToContent))

        let dataset = try #require(project.page("statistik/penerima/index.html"))
        #expect(dataset.contains("<html lang=\"en\""))
        #expect(dataset.contains(strings.downloadCSV) && dataset.contains(strings.dataTable))
        #expect(dataset.contains("11,314") && dataset.contains("4.20"))
        #expect(!dataset.contains("11.314") && !dataset.contains("4,20"))
    }

    @Test func anIndonesianSiteIsAsBefore() throws {
        let project = try Self.project(language: "id")
        #expect(project.build().errorLines == [])
        let strings = UIStrings.indonesian
        let article = try #require(project.page("berita/bansos/index.html"))
        #expect(article.contains("<html lang=\"id\""))
        #expect(article.contains("Selasa, 12 November 2024"))
        #expect(article.contains(strings.skipToContent))
        let dataset = try #require(project.page("statistik/penerima/index.html"))
        #expect(dataset.contains("11.314") && dataset.contains("4,20"))
        #expect(dataset.contains(strings.downloadCSV))
    }

    /// Messages follow the site's language unless `--lang` says otherwise; pages never follow `--lang`.
    @Test func messagesFollowTheSiteAndLangOverridesOnlyThem() throws {
        let english = try Self.project(language: "en")
        #expect(english.check().language == .english)
        #expect(try Self.project(language: "id").check().language == .indonesian)
        let locale = SiteLocale(siteLanguage: "en-GB", messages: .indonesian)
        #expect(locale.language == .english && locale.messages == .indonesian && locale.strings.languageCode == "en")
        #expect(SiteLocale(siteLanguage: "id").messages == .indonesian)
        #expect(SiteLocale(siteLanguage: "jv").language == .indonesian, "a language Warta does not speak falls back to Indonesian")
    }

    static func placeholders(_ text: String) -> Set<String> {
        Set(text.matches(of: /%[0-9]/).map { String($0.output) })
    }

    /// Every interface string has an English rendering of its own.
    @Test func theEnglishTableIsComplete() {
        let english = Dictionary(uniqueKeysWithValues: Mirror(reflecting: UIStrings.english).children.compactMap { child in
            (child.value as? String).map { (child.label!, $0) }
        })
        let indonesian = Mirror(reflecting: UIStrings.indonesian).children.compactMap { child in
            (child.value as? String).map { (child.label!, $0) }
        }
        #expect(english.count == indonesian.count)
        // Strings that are the same word in both languages, or only placeholders.
        let same: Set<String> = ["feedTitle", "chartSingleValue", "news", "menu"]
        for (name, text) in indonesian where !same.contains(name) && name != "languageCode" && name != "openGraphLocale" {
            #expect(english[name] != nil && english[name] != text, "\(name) is not translated")
            #expect(Self.placeholders(english[name] ?? "") == Self.placeholders(text), "\(name) fills other blanks")
        }
    }
}
