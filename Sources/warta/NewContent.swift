import Foundation
import WartaSite
import WartaCore
import WartaModel
import WartaLoad

/// `warta new`: starts a content file with every field it needs, so that writing begins from a
/// complete front matter instead of a copied and half-edited one. It never overwrites a file.
package enum NewContent {
    package enum Kind: String, CaseIterable, Sendable {
        case news, program, page, dataset
    }

    package enum Failure: Error, CustomStringConvertible, Equatable {
        case noProject(String)
        case exists(String)
        case noSlug(String)
        case invalidSlug(String, suggestion: String?)
        case reservedName(String)
        case sameAddress(String, existing: String)
        case cannotWrite(String, reason: String)

        package var description: String {
            switch self {
            case .noProject(let root):
                return "\(root) has no content/ folder; run `warta new` in the project folder or pass --root"
            case .exists(let path):
                return "\(path) already exists; Warta does not overwrite files (choose another title or pass --slug)"
            case .noSlug(let title):
                return "cannot make a file name from \"\(title)\": it has no letters or digits; pass --slug"
            case .invalidSlug(let slug, let suggestion):
                return "\"\(slug)\" cannot be a file name: use lowercase letters, digits and hyphens"
                    + (suggestion.map { " (e.g. \($0))" } ?? "")
            case .reservedName(let slug):
                return "\"\(slug)\" is an address Warta uses itself; choose another name with --slug"
            case .sameAddress(let slug, let existing):
                return "\(existing) already has the address \"\(slug)\"; choose another title or pass --slug"
            case .cannotWrite(let path, let reason):
                return "cannot write \(path): \(reason)"
            }
        }
    }

    /// Creates the file(s) and returns their paths relative to `root`.
    /// - Parameters:
    ///   - text: the title (news, programme, page) or the id (dataset).
    ///   - title: a dataset's title; ignored for the other kinds.
    ///   - slug: the file name to use instead of one made from the title.
    ///   - now: "today", read in the site's time zone.
    package static func create(_ kind: Kind, _ text: String, title: String? = nil, slug: String? = nil,
                              root: URL, now: Date = Date()) throws -> [String] {
        let content = root.appendingPathComponent("content")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure.noProject(root.path)
        }
        let today = Self.today(now, timeZone: siteTimeZone(root: root))
        let name = try fileName(kind: kind, text: text, slug: slug)

        switch kind {
        case .news:
            let folder = "content/news/\(today.prefix(4))"
            try refuseSameAddress(slug: name, root: root, except: folder)
            return [try write(newsTemplate(title: text, date: today), to: "\(folder)/\(name).md", root: root)]
        case .program:
            return [try write(programTemplate(title: text), to: "content/programs/\(name).md", root: root)]
        case .page:
            if SiteRoutes.reservedTopLevelNames.contains(name) { throw Failure.reservedName(name) }
            return [try write(pageTemplate(title: text), to: "content/pages/\(name).md", root: root)]
        case .dataset:
            let metadata = "content/statistics/\(name).md", table = "content/statistics/\(name).csv"
            for path in [metadata, table] where FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) {
                throw Failure.exists(path)
            }
            let written = try write(datasetTemplate(id: name, title: title ?? "", date: today), to: metadata, root: root)
            do {
                return [written, try write(datasetTable, to: table, root: root)]
            } catch {
                try? FileManager.default.removeItem(at: root.appendingPathComponent(written))
                throw error
            }
        }
    }

    /// `YYYY-MM-DD` of `date` in `timeZone`.
    package static func today(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    /// The zone of `site.yml`, or Asia/Pontianak (the default Warta uses) when it cannot be read.
    package static func siteTimeZone(root: URL) -> TimeZone {
        let fallback = TimeZone(identifier: "Asia/Pontianak") ?? TimeZone(secondsFromGMT: 7 * 3600)!
        return SiteConfigFile.read(root: root)?.timeZone ?? fallback
    }

    private static func fileName(kind: Kind, text: String, slug: String?) throws -> String {
        if kind == .dataset || slug != nil {
            let name = slug ?? text
            guard Slug.isValid(name) else { throw Failure.invalidSlug(name, suggestion: Slug.make(name)) }
            return name
        }
        guard let made = Slug.make(text) else { throw Failure.noSlug(text) }
        return made
    }

    /// A news address must be unique across years: `berita/<slug>/`.
    private static func refuseSameAddress(slug: String, root: URL, except folder: String) throws {
        let news = root.appendingPathComponent("content/news")
        for year in (try? FileManager.default.contentsOfDirectory(atPath: news.path)) ?? [] where "content/news/\(year)" != folder {
            let path = "content/news/\(year)/\(slug).md"
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) {
                throw Failure.sameAddress(slug, existing: path)
            }
        }
    }

    /// Creates the file only if it does not exist (`O_EXCL`), so that nothing is ever overwritten,
    /// even by two commands at once.
    private static func write(_ text: String, to path: String, root: URL) throws -> String {
        let url = root.appendingPathComponent(path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw Failure.cannotWrite(path, reason: error.localizedDescription)
        }
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else {
            if errno == EEXIST { throw Failure.exists(path) }
            throw Failure.cannotWrite(path, reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { throw Failure.cannotWrite(path, reason: String(cString: strerror(errno))) }
            offset += count
        }
        return path
    }

    /// A YAML string in double quotes: safe for titles with `: `, `#`, quotes or a leading `-`.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n", "\r", "\t": result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    static func newsTemplate(title: String, date: String) -> String {
        """
        ---
        title: \(quoted(title))
        date: \(date)
        summary: ""
        tags: []
        draft: true
        # Fill in `summary` (one or two sentences for lists, search engines and WhatsApp previews)
        # and `tags` (e.g. [bansos, pangan]); remove `draft: true` to publish the article.
        # Optional fields: remove the # in front of a line to use it.
        # programs: [pkh]                            names of files in content/programs
        # image: ../../media/foto.jpg                a picture in content/media
        # image_alt: What the photo shows, for readers who cannot see it
        # source: {name: ANTARA News Kalimantan Barat, url: https://…}
        # author: Tim Humas
        # sample: true                               marks an illustrative article
        # slug: another-address                      a different web address
        ---

        """
    }

    static func programTemplate(title: String) -> String {
        """
        ---
        title: \(quoted(title))
        summary: ""
        # `summary` is required: one or two sentences about the programme, for lists and search engines.
        # Optional fields: remove the # in front of a line to use it.
        # order: 10                                  position in lists (smaller comes first)
        # funding: APBN Kementerian Sosial
        # eligibility: [Terdaftar di DTKS]           who may receive it, one item per condition
        # how_to_apply: [Datang ke kelurahan]        the steps, in order
        # contact: Dinas Sosial Kota Pontianak
        # datasets: [kpm-pkh]                        statistics shown on the programme page
        ---

        """
    }

    static func pageTemplate(title: String) -> String {
        """
        ---
        title: \(quoted(title))
        # Optional fields: remove the # in front of a line to use it.
        # summary: One or two sentences for search engines and link previews.
        # menu_order: 10                             position among the pages
        ---

        """
    }

    /// The header line only; the rows are the editor's to add.
    static let datasetTable = "tahun;nilai\n"

    static func datasetTemplate(id: String, title: String, date: String) -> String {
        """
        ---
        # The table is \(id).csv beside this file: one header line with the column names, then one
        # line per row, as a spreadsheet saves it ("Save as CSV"). Leave a cell empty when there is
        # no figure; it is shown as a gap, never as zero. Fields marked * are required.
        title: \(quoted(title))
        #   * what the figures are, e.g. Persentase penduduk miskin Kota Pontianak
        source: {name: ""}
        #   * who published the figures; add the address of the publication if there is one:
        #     source: {name: BPS Kota Pontianak, url: https://pontianakkota.bps.go.id/}
        locale: id
        #   how numbers are written in the CSV: id = 4,20 and 11.314; en = 4.20 and 11,314
        sample: false
        #   true = illustrative numbers; every page showing them then says so
        columns:
          - {name: tahun, label: Tahun, type: year}
          - {name: nilai, label: Nilai, type: number}
        #   one entry per CSV column: `name` * is the column's name in the header line, `label` what
        #   readers see, `type` one of category, year, date, number, percent, and `unit` (optional)
        #   the unit of that column, e.g. {name: persen, label: Persentase, type: percent, unit: "%"}
        chart:
          type: line
          x: tahun
          series: [nilai]
        #   how the dataset is drawn: `type` line, bar, hbar, grouped, stacked or figure (big number);
        #   `x` the column along the bottom; `series` the columns drawn as lines or bars;
        #   `caption` (optional) a text under the chart
        # description: One or two sentences about the figures, for lists and search engines.
        # updated: \(date)
        #   the "data per" date shown with the chart (YYYY-MM-DD)
        # unit: KPM
        #   the unit of all values, when the columns do not name one
        # delimiter: ";"
        #   the CSV separator ("," ";" or tab), only when Warta guesses it wrong
        # notes: [Angka 2023 dihitung dari penurunan 0,25 poin.]
        #   remarks shown under the chart
        # Below the closing line, in Markdown: how the figures were collected, and what to keep in
        # mind when reading them. It is shown on the dataset's page.
        ---

        """
    }
}
