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

/// The example site in `content/`, built as `make site` builds it.
@Suite struct ExampleSiteTests {
    static func build(into output: URL, jobs: Int? = nil) -> BuildReport {
        SiteBuild.run(BuildOptions(root: FixtureProject.repositoryRoot, output: output, jobs: jobs))
    }

    static func files(in folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let path = walker?.nextObject() as? String {
            // Warta's own bookkeeping (build cache, marker) is not part of the published site.
            if path.hasPrefix(".warta-") { continue }
            let url = folder.appendingPathComponent(path)
            if let data = FileManager.default.contents(atPath: url.path), (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                files[path] = data
            }
        }
        return files
    }

    /// The second build runs on one thread: rendering on every core must not change a byte.
    @Test func buildsCleanlyAndIdenticallyTwice() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("warta-example-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let first = Self.build(into: base.appendingPathComponent("satu"))
        let second = Self.build(into: base.appendingPathComponent("dua"), jobs: 1)
        #expect(first.diagnostics.filter { $0.severity != .note }.map(\.compilerStyle) == [])
        #expect(second.succeeded)
        let a = Self.files(in: base.appendingPathComponent("satu")), b = Self.files(in: base.appendingPathComponent("dua"))
        #expect(a.count > 60)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, bytes) in a { #expect(b[path] == bytes, "\(path) differs between two builds") }
    }

    @Test func showsTheSeedFiguresWithTheirSource() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("warta-example-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(Self.build(into: output).succeeded)
        func page(_ path: String) throws -> String {
            try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
        }
        let home = try page("index.html")
        #expect(home.contains("11.314 KPM"))
        #expect(home.contains("4,20 %"))
        #expect(home.contains("▼ 0,25 poin"))
        let article = try page("berita/pemkot-pontianak-bina-11314-kpm-pkh/index.html")
        #expect(article.contains("Selasa, 12 November 2024"))
        #expect(article.contains("ANTARA News Kalimantan Barat"))
        #expect(article.contains("<figure class=\"chart chart-line\">"), "the seed article embeds its chart")
        #expect(article.contains("Persentase penduduk miskin turun dari 4,45 % (2023) menjadi 4,20 % (2024)."))
        #expect(article.components(separatedBy: "Menurutnya saat pertemuan").count == 2, "the duplicated body appears once")
        let sample = try page("statistik/kpm-per-kecamatan-contoh/index.html")
        #expect(sample.contains("Data contoh: angka pada tabel ini hanya ilustrasi, bukan data resmi."))
    }
}
