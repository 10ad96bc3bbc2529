import Foundation
import Mustache
import WartaCore
import WartaModel

/// The site's Mustache templates from `templates/`, each parsed once, with syntax errors and
/// missing partials reported with their positions (swift-mustache itself renders a missing
/// partial as nothing, silently).
package struct TemplateSet: Sendable {
    package let library: MustacheLibrary
    /// `templates/assets/style.css`, the site's hand-written stylesheet.
    package let stylesheet: String
    /// Templates in `templates/chrome/` (the site header, the footer): they see only `lang`, `t`,
    /// `site` and `menu`, so each is rendered once per menu section instead of once per page, and
    /// pages include the result as `{{{chrome.header}}}`.
    package let chromeTemplates: [String]
    package static let chromeFolder = "chrome/"
    /// `templates/cards/news`: a news item as lists show it, rendered once per article and heading
    /// level and included as `{{{card}}}`. It sees the item's values, `t` and `lang`.
    package static let newsCard = "cards/news"
    /// `templates/cards/topic`: a tag as news items show it, rendered once per topic and included
    /// as `{{{card}}}` inside `{{#tags}}`. It sees `name`, `url`, `t` and `lang`.
    package static let topicCard = "cards/topic"
    /// Each template's text as read, or as a previous `folding(_:)` left it, to fold further.
    private let texts: [String: String]
    /// Templates made once for many pages, with the names they cannot see.
    private static let shared: [(folder: String, unseen: Set<Substring>)] = [
        (chromeFolder, ["page", "chrome"]),
        ("cards/", ["page", "site", "menu", "chrome"]),
    ]
    /// Page templates every site needs.
    package static let required = [
        "home", "news-list", "article", "topic-list", "topic", "program-list", "program", "dataset-list", "dataset",
        "page", "404",
    ]

    package static func load(from directory: URL, displayPrefix: String = ContentLayout.templatesFolder, log: DiagnosticLog) -> TemplateSet? {
        MarkupContentType.registerOnce()
        var library = MustacheLibrary()
        var texts: [String: (String, String)] = [:]
        let base = directory.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: base) else {
            log.error(SourceLocation(path: displayPrefix), .template(.folderMissing))
            return nil
        }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.hasSuffix(".mustache") { files.append(relative) }
        }
        var failed = false
        for relative in files.sorted() {
            let display = "\(displayPrefix)/\(relative)"
            let name = String(relative.dropLast(".mustache".count))
            guard let bytes = FileManager.default.contents(atPath: base + "/" + relative) else {
                log.error(SourceLocation(path: display), .template(.unreadable)); failed = true; continue
            }
            switch SourceText.decode([UInt8](bytes), path: display) {
            case .failure(let problem):
                log.report(problem); failed = true
            case .success(let source):
                do {
                    library.register(try MustacheTemplate(string: MarkupContentType.pragma + source.text), named: name)
                    texts[name] = (display, source.text)
                } catch let error as MustacheTemplate.ParserError {
                    log.error(SourceLocation(path: display, line: error.context.lineNumber - MarkupContentType.pragmaLines,
                                             column: error.context.columnNumber),
                              .template(.syntax(Self.explain(error.error))), hint: .templateLine(error.context.line.trimmingCharacters(in: .whitespaces)))
                    failed = true
                } catch {
                    log.error(SourceLocation(path: display), .template(.syntax(.other("\(error)")))); failed = true
                }
            }
        }
        for name in required where texts[name] == nil && !failed {
            log.error(SourceLocation(path: "\(displayPrefix)/\(name).mustache"), .template(.requiredMissing))
            failed = true
        }
        for (name, (display, text)) in texts.sorted(by: { $0.key < $1.key }) {
            let tags = TemplateTag.find(in: text)
            for reference in tags where reference.isPartial && texts[reference.name] == nil {
                log.error(SourceLocation(path: display, line: reference.line, column: reference.column),
                          .template(.missingPartial(template: name, partial: reference.name)),
                          hint: Suggestion.hint(for: reference.name, in: texts.keys))
                failed = true
            }
            guard let rule = shared.first(where: { name.hasPrefix($0.folder) }) else { continue }
            for tag in tags where ![Character("!"), "/"].contains(tag.marker) && !tag.isPartial && rule.unseen.contains(tag.root) {
                log.warning(SourceLocation(path: display, line: tag.line, column: tag.column),
                            .template(.emptyInShared(tag: tag.name, folder: rule.folder)), hint: .moveToOwnTemplate)
            }
        }
        let cssPath = "\(displayPrefix)/assets/style.css"
        var stylesheet = ""
        if let bytes = FileManager.default.contents(atPath: base + "/assets/style.css") {
            switch SourceText.decode([UInt8](bytes), path: cssPath) {
            case .success(let source): stylesheet = source.text
            case .failure(let problem): log.report(problem); failed = true
            }
        } else {
            log.error(SourceLocation(path: cssPath), .template(.stylesheetMissing)); failed = true
        }
        if failed { return nil }
        let chrome = texts.keys.filter { $0.hasPrefix(chromeFolder) }.sorted()
        return TemplateSet(library: library, stylesheet: stylesheet, chromeTemplates: chrome, texts: texts.mapValues(\.1))
    }

    /// The same templates with `constants` written into their text. Each parsed without error as
    /// read, and a folded constant is plain text, so each parses again; a template the constants
    /// do not touch is kept as it is (so folding a section's chrome reparses only the layout).
    package func folding(_ constants: TemplateConstants) -> TemplateSet {
        var folded = library
        var foldedTexts = texts
        for (name, text) in texts {
            let changed = constants.fold(text)
            if changed != text, let template = try? MustacheTemplate(string: MarkupContentType.pragma + changed) {
                folded.register(template, named: name)
                foldedTexts[name] = changed
            }
        }
        return TemplateSet(library: folded, stylesheet: stylesheet, chromeTemplates: chromeTemplates, texts: foldedTexts)
    }

    /// Whether the site has the template `name` (a card template is optional).
    package func has(_ name: String) -> Bool { texts[name] != nil }

    package func render(_ context: Any, template: String) -> String {
        library.render(context, withTemplate: template) ?? ""
    }

    /// A chrome or card template's output for `{{{…}}}` on a line of its own, which gives the
    /// output's last line its end. Kept for the whole build, so copied into storage of its own
    /// size: the rendered string has room to grow, up to twice its length. (A slice of a string
    /// is copied whole; copying its bytes one by one into new storage cost ten times as much.)
    package func renderShared(_ context: Any, template: String) -> String {
        let output = render(context, template: template)
        let utf8 = output.utf8
        let end = utf8.last == UInt8(ascii: "\n") ? utf8.index(before: utf8.endIndex) : utf8.endIndex
        return String(output[..<end])
    }

    private static func explain(_ error: Error) -> TemplateMessage.Syntax {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: .closingTagMismatch
        case .unfinishedName: .unclosedTag
        case .expectedSectionEnd: .unclosedSection
        case .invalidSetDelimiter: .badDelimiterChange
        case .transformAppliedToInheritanceSection: .transformOnInherited
        case .illegalTokenInsideInheritSection, .textInsideInheritSection: .onlyBlocksInParent
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: .unknownSetting
        case nil: .other("\(error)")
        }
    }
}
