import Foundation
import WartaCore
import WartaModel

/// A Markdown file split into its YAML front matter and body.
///
/// The front matter must open on the very first line with `---` and close with a line of `---`;
/// anything else is a mistake worth reporting, because a page silently published without its
/// title or date is worse than a build error.
package struct FrontMatter: Sendable, Equatable {
    package var yaml: String
    /// Line (1-based) of the first YAML line in the file; used to map YAML positions to the file.
    package var yamlFirstLine: Int
    package var body: String
    /// Line (1-based) of the first body line in the file.
    package var bodyFirstLine: Int

    package static func split(_ text: String, path: String) -> Result<FrontMatter, Diagnostic> {
        split(text, path: path, keepBody: true)
    }

    /// `keepBody: false` leaves `body` empty, for a caller that reads the body again later.
    package static func split(_ text: String, path: String, keepBody: Bool) -> Result<FrontMatter, Diagnostic> {
        var text = text
        let delimiters = text.withUTF8 { delimiterLines(in: $0) }
        guard let delimiters else {
            return .failure(.error(
                SourceLocation(path: path, line: 1, column: 1),
                .frontMatter(.missing)))
        }
        guard let closing = delimiters.closing else {
            return .failure(.error(
                SourceLocation(path: path, line: 1, column: 1),
                .frontMatter(.notClosed)))
        }
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        let yaml = closing.line == 1 ? "" : String(text[index(delimiters.firstEnd + 1)..<index(closing.start - 1)])
        let body = !keepBody || closing.end == utf8.count ? "" : String(text[index(closing.end + 1)...])
        return .success(FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: closing.line + 2))
    }

    /// Where the body starts in a file's UTF-8 (LF line endings), by the same rules as `split`;
    /// nil when the front matter is missing or not closed.
    package static func bodyStart(_ text: ArraySlice<UInt8>) -> Int? {
        guard let closing = text.withUnsafeBufferPointer({ delimiterLines(in: $0)?.closing }) else { return nil }
        return text.startIndex + min(closing.end + 1, text.count)
    }

    /// The end of the first line when it is `---`, and the closing line's byte range and number
    /// (counted from 0 at the first line) when there is one; nil when the first line is not `---`.
    /// Read line by line only as far as the closing line, as bytes: the body is not looked at.
    private static func delimiterLines(in bytes: UnsafeBufferPointer<UInt8>) -> (firstEnd: Int, closing: (start: Int, end: Int, line: Int)?)? {
        func lineEnd(from start: Int) -> Int {
            guard start < bytes.count, let base = bytes.baseAddress, let found = memchr(base + start, 0x0A, bytes.count - start) else {
                return bytes.count
            }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
        let firstEnd = lineEnd(from: 0)
        guard isDelimiter(bytes[0..<firstEnd], dots: false) else { return nil }
        var start = firstEnd + 1, line = 1
        while start <= bytes.count {
            let end = lineEnd(from: start)
            if isDelimiter(bytes[start..<end], dots: true) { return (firstEnd, (start, end, line)) }
            start = end + 1
            line += 1
        }
        return (firstEnd, nil)
    }

    /// `---` (or, closing, `...`) with nothing after it but spaces and tabs.
    private static func isDelimiter(_ line: Slice<UnsafeBufferPointer<UInt8>>, dots: Bool) -> Bool {
        var line = line
        while let last = line.last, last == 0x20 || last == 0x09 { line.removeLast() }
        return line.elementsEqual("---".utf8) || (dots && line.elementsEqual("...".utf8))
    }
}

package extension FrontMatter {
    /// Splits a content file and parses its front matter, reporting problems; nil when unusable.
    package static func fields(of source: SourceText, keepBody: Bool = true, log: DiagnosticLog) -> (FrontMatter, YAMLFields)? {
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

    package func markdown(contentPath: String, file: String) -> MarkdownSource {
        MarkdownSource(contentPath: contentPath, text: body, location: SourceLocation(path: file, line: bodyFirstLine))
    }
}
