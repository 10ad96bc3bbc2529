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

/// Datasets and credits as the shared benchmark corpus writes them: a `source` given as just a
/// name, and CSV columns left undeclared, some of them text.
@Suite struct DatasetLoadingTests {
    static let undeclared = """
        ---
        title: Penerima per kecamatan
        source: "Dinas Sosial (data sintetis)"
        locale: en
        ---
        Catatan.

        """

    @Test func sourceMayBeJustAName() throws {
        let project = try FixtureProject(files: [
            "content/statistics/penerima.csv": "kecamatan,kelurahan,penerima\nPontianak Kota,Tengah,120\nPontianak Barat,Sungai Jawi,98\n",
            "content/statistics/penerima.md": Self.undeclared,
            "content/news/a.md": FixtureProject.article(title: "A", date: "2024-01-01", extra: "source: ANTARA\n"),
        ])
        let report = project.build()
        #expect(report.errorLines == [])
        let page = try #require(project.page("statistik/penerima/index.html"))
        #expect(page.contains("Dinas Sosial (data sintetis)"))
        #expect(try #require(project.page("berita/a/index.html")).contains("ANTARA"))
    }

    @Test func undeclaredTextColumnsAreCategories() throws {
        let project = try FixtureProject(files: [
            "content/statistics/penerima.csv": "kecamatan,kelurahan,penerima\nPontianak Kota,Tengah,120\nPontianak Barat,Sungai Jawi,98\n",
            "content/statistics/penerima.md": Self.undeclared,
        ])
        let report = project.build()
        #expect(report.errorLines == [])
        let json = try #require(project.page("statistik/penerima/penerima.json"))
        #expect(json.contains("Sungai Jawi"))
    }

    @Test func aMistypedFigureAmongNumbersIsStillAnError() throws {
        let project = try FixtureProject(files: [
            "content/statistics/penerima.csv": "kecamatan,penerima\nPontianak Kota,120\nPontianak Barat,9x8\n",
            "content/statistics/penerima.md": Self.undeclared,
        ])
        #expect(project.check().errorLines.contains { $0.hasPrefix("content/statistics/penerima.csv:3:17: error: `9x8` in column `penerima`") })
    }

    @Test func aSourceOfTheWrongKindIsReportedOnce() throws {
        let project = try FixtureProject(files: [
            "content/statistics/penerima.csv": "tahun,penerima\n2023,120\n",
            "content/statistics/penerima.md": "---\ntitle: Penerima\nsource: [BPS, Dinsos]\n---\n",
        ])
        let errors = project.check().errorLines.filter { $0.contains("`source`") }
        #expect(errors.count == 1)
    }
}
