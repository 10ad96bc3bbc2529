/// A Markdown file split into its YAML front matter and body.
///
/// The front matter must open on the very first line with `---` and close with a line of `---`;
/// anything else is a mistake worth reporting, because a page silently published without its
/// title or date is worse than a build error.
public struct FrontMatter: Sendable, Equatable {
    public var yaml: String
    /// Line (1-based) of the first YAML line in the file; used to map YAML positions to the file.
    public var yamlFirstLine: Int
    public var body: String
    /// Line (1-based) of the first body line in the file.
    public var bodyFirstLine: Int

    public static func split(_ text: String, path: String) -> Result<FrontMatter, Diagnostic> {
        split(text, path: path, keepBody: true)
    }

    /// `keepBody: false` leaves `body` empty, for a caller that reads the body again later.
    static func split(_ text: String, path: String, keepBody: Bool) -> Result<FrontMatter, Diagnostic> {
        // Reads line by line only as far as the closing `---`; the body is taken as it is.
        let utf8 = text.utf8
        let firstEnd = utf8.firstIndex(of: 0x0A) ?? utf8.endIndex
        guard isDelimiter(utf8[utf8.startIndex..<firstEnd], dots: false) else {
            return .failure(.error(
                SourceLocation(path: path, line: 1, column: 1),
                "missing front matter: the file must start with a line `---`, then the fields (title, date …), then another `---`"))
        }
        var closing: (start: String.Index, end: String.Index, index: Int)?
        if firstEnd < utf8.endIndex {
            var lineStart = utf8.index(after: firstEnd)
            var index = 0
            while true {
                let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
                if isDelimiter(utf8[lineStart..<lineEnd], dots: true) {
                    closing = (lineStart, lineEnd, index)
                    break
                }
                if lineEnd == utf8.endIndex { break }
                lineStart = utf8.index(after: lineEnd)
                index += 1
            }
        }
        guard let closing else {
            return .failure(.error(
                SourceLocation(path: path, line: 1, column: 1),
                "front matter is not closed: add a line `---` after the last field"))
        }
        let yamlStart = utf8.index(after: firstEnd)
        let yaml = closing.index == 0 ? "" : String(text[yamlStart..<utf8.index(before: closing.start)])
        let body = !keepBody || closing.end == utf8.endIndex ? "" : String(text[utf8.index(after: closing.end)...])
        return .success(FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: closing.index + 3))
    }

    /// Where the body starts in a file's UTF-8 (LF line endings), by the same rules as `split`;
    /// nil when the front matter is missing or not closed.
    static func bodyStart(_ text: ArraySlice<UInt8>) -> Int? {
        var lineStart = text.startIndex
        var isFirst = true
        while lineStart <= text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(of: 0x0A) ?? text.endIndex
            let line = text[lineStart..<lineEnd]
            if isFirst {
                guard isDelimiter(line, dots: false) else { return nil }
                isFirst = false
            } else if isDelimiter(line, dots: true) {
                return lineEnd == text.endIndex ? text.endIndex : lineEnd + 1
            }
            if lineEnd == text.endIndex { return nil }
            lineStart = lineEnd + 1
        }
        return nil
    }

    private static func isDelimiter(_ line: ArraySlice<UInt8>, dots: Bool) -> Bool {
        var line = line
        while let last = line.last, last == 0x20 || last == 0x09 { line.removeLast() }
        return line.elementsEqual("---".utf8) || (dots && line.elementsEqual("...".utf8))
    }

    /// `---` (or, closing, `...`) with nothing after it but spaces and tabs.
    private static func isDelimiter(_ line: Substring.UTF8View, dots: Bool) -> Bool {
        var line = line
        while let last = line.last, last == 0x20 || last == 0x09 { line.removeLast() }
        return line.elementsEqual("---".utf8) || (dots && line.elementsEqual("...".utf8))
    }
}

extension FrontMatter {
    /// Splits a content file and parses its front matter, reporting problems; nil when unusable.
    static func fields(of source: SourceText, keepBody: Bool = true, log: DiagnosticLog) -> (FrontMatter, YAMLFields)? {
        switch split(source.text, path: source.path, keepBody: keepBody) {
        case .failure(let problem):
            log.report(problem)
            return nil
        case .success(let document):
            guard let fields = YAMLFields.parse(document.yaml, path: source.path, firstLine: document.yamlFirstLine, log: log) else {
                return nil
            }
            return (document, fields)
        }
    }

    func markdown(contentPath: String, file: String) -> MarkdownSource {
        MarkdownSource(contentPath: contentPath, text: body, location: SourceLocation(path: file, line: bodyFirstLine))
    }
}
