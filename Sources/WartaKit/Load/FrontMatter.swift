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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            return .failure(.error(
                SourceLocation(path: path, line: 1, column: 1),
                "missing front matter: the file must start with a line `---`, then the fields (title, date …), then another `---`"))
        }
        lines.removeFirst()
        guard let closing = lines.firstIndex(where: { $0.trimmingTrailingSpaces == "---" || $0.trimmingTrailingSpaces == "..." }) else {
            return .failure(.error(
                SourceLocation(path: path, line: 1, column: 1),
                "front matter is not closed: add a line `---` after the last field"))
        }
        let yaml = lines[..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return .success(FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: closing + 3))
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s
    }
}

extension FrontMatter {
    /// Splits a content file and parses its front matter, reporting problems; nil when unusable.
    static func fields(of source: SourceText, log: DiagnosticLog) -> (FrontMatter, YAMLFields)? {
        switch split(source.text, path: source.path) {
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
