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

/// One sample of every message there is. Each family's samples are a switch over its `Kind`, so a
/// new case does not compile until it has a sample here; `everyCaseHasASample` checks that the
/// sample is of the kind it stands for.
enum MessageSamples {
    /// Names as they come from content: never translated, so kept out of the stop-list check.
    static let fromContent = ["tittle", "teks", "pkh", "bpnt-2024", "Penyaluran BPNT", "kecamatan", "kpm", "news/a.md",
                              "output", "raw parser words", "Rabu, 2 Januari 2030", "while scanning", "x: y", "syarat", "#syarat", "/tmp/situs"]

    static func sample(_ kind: FileMessage.Kind) -> FileMessage {
        switch kind {
        case .cannotRead: .cannotRead
        case .changedDuringBuild: .changedDuringBuild
        case .notUTF8: .notUTF8
        case .controlCharacters: .controlCharacters(count: 3, first: "U+0007")
        case .symbolicLink: .symbolicLink
        case .unusedFile: .unusedFile
        case .siteConfigMissing: .siteConfigMissing
        }
    }

    static func sample(_ kind: FrontMatterMessage.Kind) -> FrontMatterMessage {
        switch kind {
        case .missing: .missing
        case .notClosed: .notClosed
        case .notAMapping: .notAMapping
        case .invalidYAML: .invalidYAML(problem: "raw parser words", context: "while scanning", contextLine: 7)
        case .unreadableYAML: .unreadableYAML("raw parser words")
        case .duplicateKeys: .duplicateKeys(["tittle", "pkh"])
        case .missingField: .missingField("tittle")
        case .emptyField: .emptyField("tittle")
        case .wrongType: .wrongType(field: "tittle", expected: .wholeNumber)
        case .itemNotMapping: .itemNotMapping(field: "tittle")
        case .itemNotText: .itemNotText(field: "tittle")
        case .unknownField: .unknownField(name: "teks", in: .news)
        }
    }

    static func sample(_ kind: ReferenceMessage.Kind) -> ReferenceMessage {
        switch kind {
        case .invalidDate: .invalidDate("kemarin")
        case .futureDate: .futureDate(shown: "Rabu, 2 Januari 2030")
        case .imageWithoutAlt: .imageWithoutAlt
        case .brokenImage: .brokenImage(.missingFile(url: "pkh", file: "news/a.md"))
        case .brokenLink: .brokenLink(.outsideContent(url: "pkh"))
        case .notAWebAddress: .notAWebAddress(field: "tittle")
        case .slugWithoutLetters: .slugWithoutLetters
        case .unusableFileName: .unusableFileName
        case .draftNotPublished: .draftNotPublished(title: "Penyaluran BPNT")
        case .duplicateAddress: .duplicateAddress(.programme, slug: "pkh", firstPath: "news/a.md")
        case .reservedAddress: .reservedAddress(slug: "pkh")
        case .unknownProgramme: .unknownProgramme("pkh", known: ["bpnt-2024", "kpm"])
        case .unknownKeyFigure: .unknownKeyFigure("pkh")
        case .unknownDatasetOf: .unknownDatasetOf("pkh", known: ["bpnt-2024"])
        case .unknownDataset: .unknownDataset("pkh")
        case .tagWithoutLetters: .tagWithoutLetters("pkh")
        case .menuPageMissing: .menuPageMissing(title: "Penyaluran BPNT", slug: "pkh")
        case .unparseableMarkdown: .unparseableMarkdown
        }
    }

    static func sample(_ kind: LinkProblem.Kind) -> LinkProblem {
        switch kind {
        case .outsideContent: .outsideContent(url: "pkh")
        case .missingFile: .missingFile(url: "pkh", file: "news/a.md")
        case .missingAnchor: .missingAnchor(url: "pkh", fragment: "syarat")
        }
    }

    static func sample(_ kind: SiteConfigMessage.Kind) -> SiteConfigMessage {
        switch kind {
        case .menuItemWithoutTarget: .menuItemWithoutTarget
        case .baseURLNotAbsolute: .baseURLNotAbsolute
        case .unknownTimeZone: .unknownTimeZone("pkh")
        case .newsPerPageTooSmall: .newsPerPageTooSmall
        case .passwordInPublishTarget: .passwordInPublishTarget
        }
    }

    static func sample(_ kind: DatasetMessage.Kind) -> DatasetMessage {
        switch kind {
        case .badFileName: .badFileName
        case .unknownColumnType: .unknownColumnType("pkh", allowed: ["kecamatan", "kpm"])
        case .updatedNotADate: .updatedNotADate
        case .badLocale: .badLocale
        case .badDelimiter: .badDelimiter
        case .csvMissing: .csvMissing(path: "news/a.md")
        case .columnNotInHeader: .columnNotInHeader("pkh", header: ["kecamatan", "kpm"])
        case .notAYear: .notAYear(value: "pkh", column: "kecamatan")
        case .notADate: .notADate(value: "pkh", column: "kecamatan")
        case .notANumber: .notANumber(value: "pkh", column: "kecamatan", decimalComma: true)
        case .emptyCSV: .emptyCSV
        case .unnamedHeaderColumn: .unnamedHeaderColumn(3)
        case .duplicateColumnName: .duplicateColumnName("kecamatan", firstColumn: 1)
        case .rowWidth: .rowWidth(fields: 3, header: 2)
        case .quoteInUnquotedValue: .quoteInUnquotedValue
        case .unclosedQuote: .unclosedQuote
        case .textAfterClosingQuote: .textAfterClosingQuote
        case .invalidUTF8Byte: .invalidUTF8Byte(byte: "0xE9", line: 4)
        case .ambiguousNumber: .ambiguousNumber(value: "pkh", column: "kecamatan", asIndonesian: 2.345, asEnglish: 2345)
        case .cellsInOtherStyle: .cellsInOtherStyle(count: 513, first: "pkh", english: true, against: .otherCells(2))
        case .fractionInCount: .fractionInCount(value: "pkh", column: "kecamatan")
        case .inferredColumns: .inferredColumns(["kecamatan: category", "kpm: count"])
        case .titleRowsSkipped: .titleRowsSkipped(2)
        case .footerRowsAsNotes: .footerRowsAsNotes(2)
        case .blankRowsDropped: .blankRowsDropped(3)
        case .headerRowOutOfRange: .headerRowOutOfRange(9, records: 4)
        case .totalRowMismatch: .totalRowMismatch(label: "pkh", column: "kecamatan", written: 12700, sum: 12600)
        case .repeatedX: .repeatedX(value: "pkh", column: "kecamatan", lines: [2, 5, 9])
        case .pivotCellTwice: .pivotCellTwice(index: "pkh", series: "kecamatan", lines: [2, 5])
        case .whereMatchesNothing: .whereMatchesNothing(column: "kecamatan")
        case .missingPortalField: .missingPortalField("pkh")
        }
    }

    static func sample(_ kind: ChartMessage.Kind) -> ChartMessage {
        switch kind {
        case .unknownType: .unknownType("pkh", allowed: ["kecamatan", "kpm"])
        case .unknownColumn: .unknownColumn(role: .series, name: "kecamatan", dataset: "bpnt-2024")
        case .numericX: .numericX(column: "kpm")
        case .noSeries: .noSeries
        case .seriesTwice: .seriesTwice("kpm")
        case .seriesNotNumeric: .seriesNotNumeric("kecamatan", kind: "kpm")
        case .stackedNegative: .stackedNegative(series: "kpm")
        case .tooManySeries: .tooManySeries(9, limit: 8)
        case .tooManyRows: .tooManyRows(dataset: "bpnt-2024", rows: 600, limit: 500)
        case .noRows: .noRows(dataset: "bpnt-2024")
        }
    }

    static func sample(_ kind: TemplateMessage.Kind) -> TemplateMessage {
        switch kind {
        case .folderMissing: .folderMissing
        case .unreadable: .unreadable
        case .requiredMissing: .requiredMissing
        case .stylesheetMissing: .stylesheetMissing
        case .syntax: .syntax(.unclosedSection)
        case .missingPartial: .missingPartial(template: "pkh", partial: "kpm")
        case .emptyInShared: .emptyInShared(tag: "pkh", folder: "kpm")
        }
    }

    static func sample(_ kind: OutputMessage.Kind) -> OutputMessage {
        switch kind {
        case .refused: .refused(.foreignFiles(path: "/tmp/situs"))
        case .collision: .collision(pages: 2, path: "news/a.md")
        case .cannotPrepare: .cannotPrepare(reason: "raw parser words")
        case .cannotWrite: .cannotWrite(path: "news/a.md", reason: "raw parser words")
        case .publishingFailed: .publishingFailed(reason: "raw parser words")
        case .pageTooLarge: .pageTooLarge(path: "news/a.md", kilobytes: 1200)
        case .anotherBuildRunning: .anotherBuildRunning(seconds: 60)
        case .lockUnavailable: .lockUnavailable(reason: "raw parser words")
        }
    }

    static func sample(_ kind: ServiceMessage.Kind) -> ServiceMessage {
        switch kind {
        case .noContactDetails: .noContactDetails
        case .taskWithoutTarget: .taskWithoutTarget
        case .taskPageMissing: .taskPageMissing(task: "Penyaluran BPNT", page: "pkh")
        case .taskPathMissing: .taskPathMissing(task: "Penyaluran BPNT", path: "program/pkh/")
        case .logoMissing: .logoMissing("media/lambang.svg")
        case .unknownLinkStyle: .unknownLinkStyle
        case .searchIndexerMissing: .searchIndexerMissing
        case .previewHasNoSearchIndex: .previewHasNoSearchIndex
        case .previewSearchIndexOutOfDate: .previewSearchIndexOutOfDate
        case .cannotKeepSearchIndex: .cannotKeepSearchIndex(reason: "raw parser words")
        case .searchIndexingFailed: .searchIndexingFailed(problem: "raw parser words")
        case .searchIndexerExited: .searchIndexerExited(status: 3)
        case .cannotMoveSearchIndex: .cannotMoveSearchIndex(reason: "raw parser words")
        case .searchIndexMade: .searchIndexMade(duration: "0.42 s")
        case .searchIndexKept: .searchIndexKept
        case .searchIndexNotInstalled: .searchIndexNotInstalled
        case .searchIndexNotMade: .searchIndexNotMade
        }
    }

    static func sample(_ kind: Hint.Kind) -> Hint {
        switch kind {
        case .didYouMean: .didYouMean("pkh")
        case .deletePastedControlCharacters: .deletePastedControlCharacters
        case .quoteValueWithColon: .quoteValueWithColon
        case .dateFormat: .dateFormat
        case .timeZoneNames: .timeZoneNames
        case .renameTo: .renameTo("bpnt-2024")
        case .trailingDelimiter: .trailingDelimiter
        case .quoteDecimalComma: .quoteDecimalComma
        case .quoteWholeValue: .quoteWholeValue
        case .doubleTheQuotes: .doubleTheQuotes
        case .saveSpreadsheetAsUTF8: .saveSpreadsheetAsUTF8
        case .declareCategory: .declareCategory
        case .columns: .columns(["kecamatan", "kpm"])
        case .numericColumns: .numericColumns(["kpm"])
        case .useGrouped: .useGrouped
        case .splitChart: .splitChart
        case .templateLine: .templateLine("x: y")
        case .moveToOwnTemplate: .moveToOwnTemplate
        case .splitLargePage: .splitLargePage
        case .setLocale: .setLocale("en")
        case .chooseLocale: .chooseLocale
        case .changeLocale: .changeLocale("en")
        case .writeNumbersOneWay: .writeNumbersOneWay
        case .useNumberForFractions: .useNumberForFractions
        case .declareColumns: .declareColumns
        case .usePivot: .usePivot(index: "kecamatan", series: "pkh", value: "kpm")
        case .addContactDetails: .addContactDetails
        case .putLogoInMedia: .putLogoInMedia
        case .linkStyles: .linkStyles
        case .installPagefind: .installPagefind
        case .buildMakesSearchIndex: .buildMakesSearchIndex
        case .runPagefindForDetails: .runPagefindForDetails
        }
    }

    static func sample(_ kind: ConsoleMessage.Kind) -> ConsoleMessage {
        switch kind {
        case .hintLabel: .hintLabel
        case .problemCounts: .problemCounts(errors: 2, warnings: 1)
        case .pageCounts: .pageCounts(pages: 42, news: 8, programmes: 5, datasets: 7)
        case .fileCounts: .fileCounts(written: 12, unchanged: 280, removed: 0)
        case .built: .built
        case .noErrors: .noErrors
        case .buildFailed: .buildFailed
        case .notChanged: .notChanged(path: "/tmp/situs")
        case .siteAt: .siteAt(path: "/tmp/situs")
        case .took: .took(duration: "0.42 s")
        case .serving: .serving(url: "/tmp/situs")
        case .watching: .watching
        case .firstBuild: .firstBuild
        case .rebuild: .rebuild
        case .changed: .changed(file: "news/a.md", others: 2)
        case .failedInPreview: .failedInPreview(errors: 3, duration: "0.42 s", firstBuild: true)
        case .stopped: .stopped
        case .waitingForOtherBuild: .waitingForOtherBuild
        case .publishRefused: .publishRefused
        case .publishTargetMissing: .publishTargetMissing
        case .errorLabel: .errorLabel
        case .warningLabel: .warningLabel
        }
    }

    /// A family's kinds, each with its sample; fails when a sample is of another kind.
    static func all<Family: MessageText>(_ sample: (Family.Kind) -> Family) -> [(kind: Family.Kind, message: Family)] {
        Family.Kind.allCases.map { ($0, sample($0)) }
    }

    /// Every rendering with the name of what it renders, the closed vocabularies inside messages
    /// (what a field must be, where a field stands, which folder refuses) included.
    static var renderings: [(name: String, rendering: Rendering)] {
        func named<Family: MessageText>(_ items: [(kind: Family.Kind, message: Family)]) -> [(String, Rendering)] {
            items.map { ("\(Family.self).\($0.kind)", $0.message.rendering) }
        }
        var result: [(String, Rendering)] = []
        result += named(all(sample as (FileMessage.Kind) -> FileMessage))
        result += named(all(sample as (FrontMatterMessage.Kind) -> FrontMatterMessage))
        result += named(all(sample as (ReferenceMessage.Kind) -> ReferenceMessage))
        result += named(all(sample as (LinkProblem.Kind) -> LinkProblem))
        result += named(all(sample as (SiteConfigMessage.Kind) -> SiteConfigMessage))
        result += named(all(sample as (DatasetMessage.Kind) -> DatasetMessage))
        result += named(all(sample as (ChartMessage.Kind) -> ChartMessage))
        result += named(all(sample as (TemplateMessage.Kind) -> TemplateMessage))
        result += named(all(sample as (OutputMessage.Kind) -> OutputMessage))
        result += named(all(sample as (ServiceMessage.Kind) -> ServiceMessage))
        result += named(all(sample as (Hint.Kind) -> Hint))
        result += named(all(sample as (ConsoleMessage.Kind) -> ConsoleMessage))
        for expected in FrontMatterMessage.Expected.allCases {
            result.append(("wrongType.\(expected)", FrontMatterMessage.wrongType(field: "tittle", expected: expected).rendering))
        }
        let places: [FrontMatterMessage.Place] = [.news, .programme, .page, .dataset, .siteConfig, .menuItem, .column, .tableBlock,
                                                  .task, .group("tittle")]
        for place in places {
            result.append(("unknownField.\(place)", FrontMatterMessage.unknownField(name: "teks", in: place).rendering))
        }
        let refusals: [OutputMessage.Refusal] = [.fileSystemRoot, .homeFolder, .projectFolder, .protectedFolder("output"),
                                                 .isAFile(path: "/tmp/situs"), .foreignFiles(path: "/tmp/situs")]
        for refusal in refusals { result.append(("refused.\(refusal)", OutputMessage.refused(refusal).rendering)) }
        let syntax: [TemplateMessage.Syntax] = [.closingTagMismatch, .unclosedTag, .unclosedSection, .badDelimiterChange,
                                                .transformOnInherited, .onlyBlocksInParent, .unknownSetting, .other("raw parser words")]
        for problem in syntax { result.append(("syntax.\(problem)", TemplateMessage.syntax(problem).rendering)) }
        for kind in ReferenceMessage.ContentKind.allCases {
            result.append(("duplicateAddress.\(kind)", ReferenceMessage.duplicateAddress(kind, slug: "pkh", firstPath: "news/a.md").rendering))
        }
        for kind in LinkProblem.Kind.allCases {
            result.append(("brokenImage.\(kind)", ReferenceMessage.brokenImage(sample(kind)).rendering))
        }
        // Both forms of the messages that count.
        result.append(("controlCharacters.1", FileMessage.controlCharacters(count: 1, first: "U+0007").rendering))
        result.append(("changed.0", ConsoleMessage.changed(file: "news/a.md", others: 0).rendering))
        result.append(("failedInPreview.rebuild", ConsoleMessage.failedInPreview(errors: 1, duration: "0.42 s", firstBuild: false).rendering))
        return result
    }
}

@Suite struct MessageCatalogueTests {
    @Test func everyCaseHasASampleOfItsKind() {
        func check<Family: MessageText>(_ sample: (Family.Kind) -> Family) {
            for (kind, message) in MessageSamples.all(sample) {
                #expect(message.kind == kind, "the sample for \(Family.self).\(kind) is a \(message.kind)")
            }
        }
        check(MessageSamples.sample as (FileMessage.Kind) -> FileMessage)
        check(MessageSamples.sample as (FrontMatterMessage.Kind) -> FrontMatterMessage)
        check(MessageSamples.sample as (ReferenceMessage.Kind) -> ReferenceMessage)
        check(MessageSamples.sample as (LinkProblem.Kind) -> LinkProblem)
        check(MessageSamples.sample as (SiteConfigMessage.Kind) -> SiteConfigMessage)
        check(MessageSamples.sample as (DatasetMessage.Kind) -> DatasetMessage)
        check(MessageSamples.sample as (ChartMessage.Kind) -> ChartMessage)
        check(MessageSamples.sample as (TemplateMessage.Kind) -> TemplateMessage)
        check(MessageSamples.sample as (OutputMessage.Kind) -> OutputMessage)
        check(MessageSamples.sample as (ServiceMessage.Kind) -> ServiceMessage)
        check(MessageSamples.sample as (Hint.Kind) -> Hint)
        check(MessageSamples.sample as (ConsoleMessage.Kind) -> ConsoleMessage)
    }

    /// English words that have no business in an Indonesian sentence.
    static let englishWords: Set<String> = [
        "the", "is", "are", "must", "file", "files", "field", "fields", "not", "cannot", "missing", "unknown", "should", "write",
        "add", "of", "and", "or", "to", "with", "be", "has", "have", "use", "this", "it", "was", "were", "does", "which", "only",
        "more", "than", "from", "at", "on", "line", "column", "value", "name", "error", "errors", "warning", "warnings", "built",
        "build", "changed", "there", "empty", "page", "template", "chart", "series", "dataset", "rows", "row",
        "while", "in", "an", "no", "for", "its", "one", "each", "item", "key", "did", "you", "mean", "hint", "rename",
    ]

    /// The words of a rendering that Warta wrote: what is quoted (`…`, "…"), paths and addresses,
    /// and names from content taken out.
    static func ownWords(_ text: String) -> [String] {
        var rest = text
        for quoted in [#"`[^`]*`"#, #""[^"]*""#, #"\{\{[^}]*\}\}"#] {
            rest = rest.replacingOccurrences(of: quoted, with: " ", options: .regularExpression)
        }
        for name in MessageSamples.fromContent { rest = rest.replacingOccurrences(of: name, with: " ") }
        return rest.split(separator: " ").filter { !$0.contains("/") && !$0.contains(".") }
            .flatMap { $0.split(whereSeparator: { !$0.isLetter }) }.map { $0.lowercased() }
    }

    @Test func everyMessageHasTwoRenderingsWithNoEnglishInTheIndonesian() {
        let renderings = MessageSamples.renderings
        #expect(renderings.count > 150)
        for (name, rendering) in renderings {
            #expect(!rendering.indonesian.isEmpty && !rendering.english.isEmpty, "\(name) is empty")
            #expect(rendering.indonesian != rendering.english, "\(name) is not translated: \(rendering.english)")
            for text in [rendering.indonesian, rendering.english] {
                #expect(text.range(of: #"%[0-9]|\\\(|Optional\("#, options: .regularExpression) == nil, "\(name): \(text)")
            }
            let english = Self.ownWords(rendering.indonesian).filter { Self.englishWords.contains($0) }
            #expect(english.isEmpty, "\(name) has English words \(english) in: \(rendering.indonesian)")
        }
    }

    /// Guards the check above: it finds English where there is some.
    @Test func theStopListFindsEnglish() {
        #expect(Self.ownWords("isian `title` must be text").contains("must"))
        #expect(!Self.ownWords("isian `the file` di content/pages").contains("the"))
    }

    @Test func rendersWithArgumentsAsWritten() {
        #expect(FrontMatterMessage.missingField("title").indonesian == "isian wajib `title` belum ada")
        #expect(FrontMatterMessage.wrongType(field: "news_per_page", expected: .wholeNumber).indonesian
            == "`news_per_page` harus berupa bilangan bulat")
        #expect(FrontMatterMessage.unknownField(name: "tittle", in: .news).indonesian
            == "isian `tittle` tidak dikenal di bagian depan berita; isian ini diabaikan")
        #expect(Hint.didYouMean("pkh").indonesian == "maksud Anda \"pkh\"?")
        #expect(FrontMatterMessage.missingField("title").english == "missing required field `title`")
        // The parser's own words are quoted as they are, set apart from Warta's.
        let yaml = FrontMatterMessage.invalidYAML(problem: "found character that cannot start any token",
                                                  context: "while scanning for the next token", contextLine: 8)
        #expect(yaml.indonesian == "penulisan YAML salah: found character that cannot start any token (while scanning for the next token, mulai baris 8)")
        #expect(yaml.english == "invalid YAML: found character that cannot start any token (while scanning for the next token on line 8)")
        // Text from content goes in as it is, even when it looks like a placeholder or a phrase Warta translates.
        #expect(FrontMatterMessage.unknownField(name: "%1", in: .group("text")).indonesian
            == "isian `%1` tidak dikenal di `text`; isian ini diabaikan")
    }

    @Test func pluralsInEnglishOnly() {
        #expect(ConsoleMessage.problemCounts(errors: 1, warnings: 0).english == "1 error, 0 warnings")
        #expect(ConsoleMessage.problemCounts(errors: 2, warnings: 1).english == "2 errors, 1 warning")
        #expect(ConsoleMessage.problemCounts(errors: 1, warnings: 2).indonesian == "1 kesalahan, 2 peringatan")
        #expect(DatasetMessage.rowWidth(fields: 1, header: 2).english == "row has 1 field but the header has 2")
        #expect(DatasetMessage.rowWidth(fields: 3, header: 2).english == "row has 3 fields but the header has 2")
        #expect(DatasetMessage.rowWidth(fields: 1, header: 2).indonesian == "baris ini berisi 1 nilai, padahal baris judul berisi 2")
        #expect(ConsoleMessage.pageCounts(pages: 1, news: 1, programmes: 1, datasets: 1).english == "1 page (1 news, 1 programme, 1 dataset)")
    }

    /// The bug the regex catalogue had: it translated the field's name too (`text` → "berupa teks",
    /// `page` → "halaman"), so the message named a field the file does not have.
    @Test(arguments: ["text", "page", "a list", "programme"])
    func unknownFieldIsNamedAsWritten(_ field: String) throws {
        let project = try FixtureProject(files: ["content/news/a.md": "---\ntitle: A\ndate: 2024-11-12\n\(field): x\n---\nIsi.\n"])
        let report = project.check()
        let unknown = try #require(report.diagnostics.first { $0.location.path == "content/news/a.md" && $0.severity == .warning })
        #expect(unknown.compilerStyle(in: .indonesian)
            == "content/news/a.md:4:1: warning: isian `\(field)` tidak dikenal di bagian depan berita; isian ini diabaikan")
        #expect(unknown.compilerStyle(in: .english)
            == "content/news/a.md:4:1: warning: unknown field `\(field)` in news front matter; it is ignored")
    }

    @Test func printerShowsTheLineAndACaretInTheSiteLanguage() throws {
        let project = try FixtureProject(files: ["content/news/a.md": "---\ntitle: A\ndate: 2024-13-45\n---\n"])
        let report = project.check()
        let diagnostic = try #require(report.diagnostics.first { $0.severity == .error })
        let printed = DiagnosticPrinter(root: project.root, useColour: false, language: .indonesian).format(diagnostic)
        #expect(printed == """
            content/news/a.md:3:7: error: `date` bukan tanggal yang benar: "2024-13-45"
                date: 2024-13-45
                      ^
                saran: tulis sebagai TTTT-BB-HH (2024-11-12) atau dengan jam dan zona (2024-11-12T10:00:00+07:00)
            """)
        let english = DiagnosticPrinter(root: project.root, useColour: false, language: .english)
        #expect(english.format(diagnostic).hasSuffix(
            "\n    hint: write it as YYYY-MM-DD (2024-11-12) or with a time and offset (2024-11-12T10:00:00+07:00)"))
        #expect(english.summary(report.diagnostics) == "1 error, 0 warnings")
    }

    @Test func jsonOutputIsParseableInEitherLanguage() throws {
        let project = try FixtureProject(files: ["content/news/a.md": "---\ntitle: \"A \\\"kutip\\\"\"\ndate: kemarin\n---\n"])
        let report = project.check()
        for (language, start) in [(Language.english, "`date` is not a valid date"), (.indonesian, "`date` bukan tanggal yang benar")] {
            let json = DiagnosticPrinter(root: project.root, useColour: false, language: language).json(report.diagnostics)
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
            #expect(parsed.contains { ($0["message"] as? String)?.hasPrefix(start) == true && $0["line"] as? Int == 3 })
        }
    }
}
