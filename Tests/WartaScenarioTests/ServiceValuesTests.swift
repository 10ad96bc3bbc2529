import Foundation
import Testing
@testable import WartaCore
@testable import WartaModel
@testable import WartaBuild
import WartaTestSupport

/// What issue 20's design reads from the engine, as the published pages show it: the logo, the
/// home page's tasks, a programme's documents, the office's contact details, "Contoh" wherever a
/// sample travels, clean addresses and the search page.
@Suite struct ServiceValuesTests {
    static let serviceSiteYML = """
        title: Dinas Uji
        description: Situs uji
        base_url: https://example.go.id/dinsos/
        timezone: Asia/Pontianak
        logo: media/logo.svg
        tagline: Pemerintah Kota Uji
        organisation:
          name: Dinas Uji
          address: Jalan Uji 1, Pontianak
          phone: (0561) 000000 (contoh)
          whatsapp: 0812-0000-0000
          email: dinas@example.go.id
          opening_hours: Senin–Jumat
        tasks:
          - title: Cek penerima bansos
            description: Periksa status penerima.
            url: https://cekbansos.kemensos.go.id
          - title: Cara mendaftar DTKS
            url: /program/dtks/
          - title: Pengaduan
            page: pengaduan
        menu:
          - {title: Berita, url: /berita/}

        """

    static func project(siteYML: String = serviceSiteYML) throws -> FixtureProject {
        let project = try FixtureProject(files: [
            "content/programs/dtks.md": "---\ntitle: DTKS\nsummary: Data terpadu\ndocuments:\n  - KTP\n  - Kartu Keluarga (KK)\n---\nTentang DTKS.\n",
            "content/pages/pengaduan.md": "---\ntitle: Pengaduan\n---\nSampaikan pengaduan.\n",
            "content/news/2024/nyata.md": FixtureProject.article(title: "Berita nyata", date: "2024-03-01", extra: "summary: Ringkasan nyata.\n"),
            "content/news/2024/contoh.md": FixtureProject.article(title: "Berita uji", date: "2024-03-02",
                                                                   extra: "summary: Ringkasan uji.\nsample: true\n"),
        ], siteYML: siteYML)
        try project.write("content/media/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 4\"><rect width=\"4\" height=\"4\"/></svg>\n")
        return project
    }

    @Test func tasksLeadTheHomePage() throws {
        let project = try Self.project()
        #expect(project.build().errorLines == [])
        let home = try #require(project.page("index.html"))
        #expect(home.contains("""
            <li><h3><a href="https://cekbansos.kemensos.go.id">Cek penerima bansos</a></h3><p>Periksa status penerima.</p><p class="meta">Layanan resmi di cekbansos.kemensos.go.id</p></li>
            <li><h3><a href="program/dtks/index.html">Cara mendaftar DTKS</a></h3></li>
            <li><h3><a href="pengaduan/index.html">Pengaduan</a></h3></li>
            """))
        #expect(home.contains("<h2 id=\"layanan\" class=\"section-title\">Layanan yang sering dicari</h2>"))
    }

    @Test func aSiteWithoutTasksHasNoTaskSection() throws {
        let project = try FixtureProject()
        #expect(project.build().errorLines == [])
        #expect(try #require(project.page("index.html")).contains("id=\"layanan\"") == false)
    }

    @Test func aTaskMustLeadToAPageTheSiteHas() throws {
        let yml = Self.serviceSiteYML.replacingOccurrences(of: "url: /program/dtks/", with: "url: /program/dtk/")
        let report = try Self.project(siteYML: yml).build()
        #expect(report.errorLines.count == 1)
        #expect(report.errorLines.first?.contains("content/site.yml:") == true)
        #expect(report.errorLines.first?.contains("task \"Cara mendaftar DTKS\" links to /program/dtk/, which is not a page of the site") == true)
        #expect(report.diagnostics.first { $0.severity == .error }?.hint?.english == "did you mean \"/program/dtks/\"?")
    }

    @Test func theLogoIsTheEmblemAndTheFavicon() throws {
        let project = try Self.project()
        #expect(project.build().errorLines == [])
        let page = try #require(project.page("berita/index.html"))
        #expect(page.contains("<img class=\"brand-logo\" src=\"../media/logo.svg\" alt=\"\" width=\"56\" height=\"56\">"))
        #expect(page.contains("<link rel=\"icon\" href=\"../media/logo.svg\">"))
        #expect(page.contains("<span class=\"brand-name\">Dinas Uji<span class=\"brand-tagline\">Pemerintah Kota Uji</span></span>"))
    }

    @Test func aSiteWithoutALogoLinksToNone() throws {
        let project = try FixtureProject()
        #expect(project.build().errorLines == [])
        #expect(project.page("index.html")?.contains("logo") == false)
        #expect(project.page("assets/style.css")?.contains("logo.svg") == false, "the stylesheet must not name a file the site may lack")
    }

    @Test func aLogoThatIsNotInMediaIsAnError() throws {
        let report = try Self.project(siteYML: Self.serviceSiteYML.replacingOccurrences(of: "logo: media/logo.svg", with: "logo: media/lambang.svg")).build()
        #expect(report.errorLines == ["content/site.yml:5:7: error: `logo` names media/lambang.svg, which is not in content/media"])
    }

    @Test func programmePagesListTheDocumentsToBring() throws {
        let project = try Self.project()
        #expect(project.build().errorLines == [])
        let page = try #require(project.page("program/dtks/index.html"))
        #expect(page.contains("""
            <section aria-labelledby="dokumen">
            <h2 id="dokumen">Dokumen yang perlu dibawa</h2>
            <ul class="checklist">
            <li>KTP</li>
            <li>Kartu Keluarga (KK)</li>
            </ul>
            </section>
            """))
        #expect(page.contains("<li><a href=\"#dokumen\">Dokumen yang perlu dibawa</a></li>"))
    }

    @Test func contactDetailsAreLinks() throws {
        let project = try Self.project()
        #expect(project.build().errorLines == [])
        let footer = try #require(project.page("berita/index.html"))
        #expect(footer.contains("<dt>Alamat</dt><dd>Jalan Uji 1, Pontianak<br><a href=\"https://www.openstreetmap.org/search?query=Dinas%20Uji%2C%20Jalan%20Uji%201%2C%20Pontianak\">Lihat di peta</a></dd>"))
        #expect(footer.contains("<dt>Telepon</dt><dd><a href=\"tel:+62561000000\">(0561) 000000 (contoh)</a></dd>"))
        #expect(footer.contains("<dt>WhatsApp</dt><dd><a href=\"https://wa.me/6281200000000\">0812-0000-0000</a></dd>"))
        #expect(footer.contains("<dt>Surel</dt><dd><a href=\"mailto:dinas@example.go.id\">dinas@example.go.id</a></dd>"))
        #expect(try #require(project.page("program/dtks/index.html")).contains("<dt>Telepon</dt><dd><a href=\"tel:+62561000000\">"))
    }

    @Test func aMapAddressGivenIsUsedAsItIs() throws {
        let yml = Self.serviceSiteYML.replacingOccurrences(of: "  address: Jalan Uji 1, Pontianak\n",
                                                           with: "  address: Jalan Uji 1, Pontianak\n  map_url: https://www.openstreetmap.org/node/1\n")
        let project = try Self.project(siteYML: yml)
        #expect(project.build().errorLines == [])
        #expect(project.page("index.html")?.contains("<br><a href=\"https://www.openstreetmap.org/node/1\">Lihat di peta</a>") == true)
    }

    @Test func aSiteWithoutAnyContactIsAWarning() throws {
        let report = try FixtureProject(siteYML: FixtureProject.minimalSiteYML.replacingOccurrences(of: "  address: Jalan Uji 1, Pontianak\n", with: "")).build()
        #expect(report.errorLines == [])
        #expect(report.warningLines == ["content/site.yml:7:1: warning: the site gives citizens no way to contact the office"])
        #expect(try Self.project().build().warningLines == [])
    }

    @Test func sampleArticlesSayContohWhereverTheyTravel() throws {
        let project = try Self.project()
        #expect(project.build().errorLines == [])
        let article = try #require(project.page("berita/contoh/index.html"))
        #expect(article.contains("<title>Contoh: Berita uji – Dinas Uji</title>"))
        #expect(article.contains("<meta property=\"og:title\" content=\"Contoh: Berita uji\">"))
        #expect(article.contains("<meta property=\"og:description\" content=\"Contoh: Ringkasan uji.\">"))
        #expect(article.contains("<h1>Berita uji</h1>"), "the page itself says it below the heading")
        let feed = try #require(project.page("feed.xml"))
        #expect(feed.contains("<title>Contoh: Berita uji</title>"))
        #expect(feed.contains("<title>Berita nyata</title>"))
        let list = try #require(project.page("berita/index.html"))
        #expect(list.contains("<h2><a href=\"../berita/contoh/index.html\">Contoh: Berita uji</a></h2>"))
        #expect(list.contains("<h2><a href=\"../berita/nyata/index.html\">Berita nyata</a></h2>"))
        let neighbour = try #require(project.page("berita/nyata/index.html"))
        #expect(neighbour.contains("<a href=\"../../berita/contoh/index.html\" rel=\"next\">Contoh: Berita uji</a>"))
        #expect(neighbour.contains("<title>Berita nyata – Dinas Uji</title>"))
    }

    @Test func sampleDatasetsSayContohInTheirTitle() throws {
        let project = try Self.project()
        try project.write("content/statistics/kemiskinan.csv", "tahun;persen\n2023;4,45\n2024;4,20\n")
        try project.write("content/statistics/kemiskinan.md", FixtureProject.povertyMetadata)
        try project.replace("content/statistics/kemiskinan.md", "title:", "sample: true\ntitle:")
        #expect(project.build().errorLines == [])
        let page = try #require(project.page("statistik/kemiskinan/index.html"))
        #expect(page.contains("<meta property=\"og:title\" content=\"Contoh: "))
        #expect(page.contains("<title>Contoh: "))
    }

    @Test func directoryLinksAreCleanAndAbsoluteAddressesAlwaysAre() throws {
        let project = try Self.project(siteYML: Self.serviceSiteYML + "links: directory\n")
        #expect(project.build().errorLines == [])
        let home = try #require(project.page("index.html"))
        #expect(home.contains("<a class=\"brand\" href=\"./\">"))
        #expect(home.contains("<a href=\"./program/dtks/\">Cara mendaftar DTKS</a>"))
        let article = try #require(project.page("berita/nyata/index.html"))
        #expect(article.contains("<a href=\"../../berita/\""))
        #expect(article.contains("<form class=\"site-search\" action=\"../../cari/\" method=\"get\" role=\"search\">"))
        var pages: [String] = []
        let walker = FileManager.default.enumerator(atPath: project.output.path)
        while let path = walker?.nextObject() as? String {
            if path.hasSuffix(".html") || path.hasSuffix(".xml") { pages.append(path) }
        }
        #expect(pages.count > 8)
        for path in pages {
            let text = try #require(project.page(path))
            #expect(!text.contains("index.html\""), "\(path) links to an index.html")
            #expect(!text.contains("index.html</loc>") && !text.contains("index.html\"/>"), "\(path)")
        }
        #expect(try #require(project.page("404.html")).contains("<a href=\"/dinsos/berita/\">"))
    }

    @Test func indexFileLinksKeepTheSiteWorkingFromDisk() throws {
        let project = try Self.project()
        #expect(project.build().errorLines == [])
        let article = try #require(project.page("berita/nyata/index.html"))
        #expect(article.contains("<link rel=\"canonical\" href=\"https://example.go.id/dinsos/berita/nyata/\">"))
        #expect(article.contains("<meta property=\"og:url\" content=\"https://example.go.id/dinsos/berita/nyata/\">"))
        #expect(article.contains("<a class=\"brand\" href=\"../../index.html\">"))
        #expect(try #require(project.page("sitemap.xml")).contains("<loc>https://example.go.id/dinsos/berita/nyata/</loc>"))
        #expect(try #require(project.page("feed.xml")).contains("href=\"https://example.go.id/dinsos/berita/nyata/\""))
        #expect(try #require(project.page("sitemap.xml")).contains("index.html") == false)
    }

    @Test func anUnknownLinkStyleIsAnError() throws {
        let report = try Self.project(siteYML: Self.serviceSiteYML + "links: folders\n").build()
        #expect(report.errorLines.count == 1)
        #expect(report.errorLines.first?.hasSuffix("error: `links` must be `index.html` or `directory`") == true)
    }

    @Test func onlyContentIsMarkedForTheSearchIndex() throws {
        let project = try Self.project()
        #expect(project.build().errorLines == [])
        for path in ["berita/nyata/index.html", "program/dtks/index.html", "pengaduan/index.html"] {
            #expect(project.page(path)?.contains("<main id=\"isi\" class=\"wrap\" tabindex=\"-1\" data-pagefind-body>") == true, "\(path)")
        }
        for path in ["index.html", "berita/index.html", "cari/index.html", "404.html", "topik/index.html"] {
            #expect(project.page(path)?.contains("data-pagefind-body") == false, "\(path)")
        }
        #expect(project.page("berita/nyata/index.html")?.contains("<nav class=\"prev-next\" aria-label=\"Berita lain\" data-pagefind-ignore>") == true)
    }

    @Test func withoutAnIndexTheSearchPageStillLeadsOn() throws {
        let project = try Self.project()
        #expect(project.build().errorLines == [])
        let page = try #require(project.page("cari/index.html"))
        #expect(page.contains("<p class=\"notice\">Pencarian belum tersedia di situs ini"))
        #expect(!page.contains("<script"))
        #expect(page.contains("<li><a href=\"../topik/index.html\">Topik</a></li>"))
        #expect(page.contains("<li><a href=\"../program/dtks/index.html\">DTKS</a></li>"))
        #expect(page.contains("<li><a href=\"../pengaduan/index.html\">Pengaduan</a></li>"))
        #expect(project.page("berita/index.html")?.contains("<script") == false, "no page but the search page has a script")
        #expect(project.exists("assets/search.js"))
    }

    /// With Pagefind installed (`make deps` installs it) the build indexes the staged site, keeps
    /// the index while no page changes and makes it again when one does; without it the build
    /// says so and publishes the site without an index.
    @Test func theSearchIndexFollowsThePages() throws {
        let project = try Self.project()
        var options = BuildOptions(root: project.root, output: project.output)
        options.search = .pagefind
        let session = BuildSession(options: options)
        let first = session.build()
        #expect(first.errorLines == [])
        guard SearchIndexer.locate() != nil else {
            #expect(first.searchIndex == .notInstalled)
            #expect(first.diagnostics.contains { $0.severity == .note && $0.message == .service(.searchIndexerMissing) })
            #expect(!project.exists("pagefind"))
            return
        }
        guard case .indexed = first.searchIndex else { Issue.record("not indexed: \(String(describing: first.searchIndex))"); return }
        #expect(project.exists("pagefind/pagefind.js"))
        #expect(!project.exists("pagefind/pagefind-ui.js"), "Pagefind's own interface is not published")
        let search = try #require(project.page("cari/index.html"))
        #expect(search.contains("<script src=\"../assets/search.js\" defer></script>"))
        #expect(search.contains("data-root=\"../\""))
        let index = try FileManager.default.contentsOfDirectory(atPath: project.output.appendingPathComponent("pagefind/index").path)

        try project.append("templates/assets/style.css", "\n.x { margin: 0; }\n")
        let styled = session.build()
        #expect(styled.searchIndex == .reused)
        #expect(try FileManager.default.contentsOfDirectory(atPath: project.output.appendingPathComponent("pagefind/index").path) == index)

        try project.replace("content/news/2024/nyata.md", "Isi berita.", "Isi berita tentang lansia.")
        guard case .indexed = session.build().searchIndex else { Issue.record("an edited page was not indexed again"); return }
        #expect(project.exists("pagefind/pagefind.js"))

        #expect(session.build().output?.written == 0, "nothing changed: nothing written, nothing indexed")
    }
}
