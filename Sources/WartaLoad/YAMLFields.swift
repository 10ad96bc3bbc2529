import Yams
import WartaCore

/// Typed, position-aware reading of one YAML mapping (front matter, `site.yml`, a nested block).
///
/// Decoding goes through Yams' node tree rather than `Codable` because the tree keeps the line and
/// column of every value, so a wrong type or a bad date is reported where it stands; and because
/// reading key by key lets every problem in a file be reported, not just the first.
package final class YAMLFields {
    private let mapping: Node.Mapping
    /// Each key's text (nil for a key that is not text) and its value, in order, read once.
    private let keyTexts: [String?]
    private let values: [Node]
    private let path: String
    /// Lines before the YAML text in its file (front matter starts on line 2).
    private let lineOffset: Int
    private let log: DiagnosticLog
    private let ownLocation: SourceLocation
    private var readKeys: Set<String> = []

    private init(mapping: Node.Mapping, path: String, lineOffset: Int, log: DiagnosticLog, location: SourceLocation) {
        self.mapping = mapping
        var keyTexts: [String?] = []
        var values: [Node] = []
        for (key, value) in mapping {
            keyTexts.append(key.scalar?.string)
            values.append(value)
        }
        self.keyTexts = keyTexts
        self.values = values
        self.path = path
        self.lineOffset = lineOffset
        self.log = log
        self.ownLocation = location
    }

    /// Composing makes no Swift values, so the parser never calls its constructor; it still needs
    /// one, and `Constructor.default` builds a new one (three dictionaries) at every call. A
    /// constructor holds only its maps, fixed at creation, so one serves every thread.
    nonisolated(unsafe) private static let constructor = Constructor.default

    /// Parses YAML text whose first line is line `firstLine` of `path`. Returns nil (and reports why)
    /// when the text is not a YAML mapping. Empty text is an empty mapping.
    package static func parse(_ yaml: String, path: String, firstLine: Int, log: DiagnosticLog) -> YAMLFields? {
        let lineOffset = firstLine - 1
        let fileStart = SourceLocation(path: path, line: firstLine, column: 1)
        do {
            // Values are read as text and typed by Warta, so Yams' implicit typing (a set of regular
            // expressions run on every scalar) is not wanted: the basic resolver skips it.
            guard let node = try Yams.compose(yaml: yaml, .basic, constructor, .utf8) else {
                return YAMLFields(mapping: Node.Mapping([]), path: path, lineOffset: lineOffset, log: log, location: fileStart)
            }
            guard let mapping = node.mapping else {
                log.error(location(of: node.mark, path: path, lineOffset: lineOffset) ?? fileStart,
                          .frontMatter(.notAMapping))
                return nil
            }
            return YAMLFields(mapping: mapping, path: path, lineOffset: lineOffset, log: log, location: fileStart)
        } catch let error as YamlError {
            log.report(diagnostic(for: error, path: path, lineOffset: lineOffset, fallback: fileStart))
            return nil
        } catch {
            log.error(fileStart, .frontMatter(.unreadableYAML("\(error)")))
            return nil
        }
    }

    private static func diagnostic(for error: YamlError, path: String, lineOffset: Int, fallback: SourceLocation) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            location(of: mark, path: path, lineOffset: lineOffset) ?? fallback
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let message = FrontMatterMessage.invalidYAML(problem: problem, context: context?.text,
                                                         contextLine: context.map { $0.mark.line + lineOffset })
            let hint: Hint? = problem.contains("mapping values are not allowed") ? .quoteValueWithColon : nil
            return .error(at(mark), .frontMatter(message), hint: hint)
        case let .duplicatedKeysInMapping(duplicates, context):
            let repeated = secondOccurrence(of: context.mark, in: context.text)
                .map { SourceLocation(path: path, line: $0 + lineOffset, column: context.mark.column) }
            return .error(repeated ?? at(context.mark),
                          .frontMatter(.duplicateKeys(duplicates)))
        case let .reader(problem, _, _, _):
            return .error(fallback, .frontMatter(.unreadableYAML(problem)))
        default:
            return .error(fallback, .frontMatter(.unreadableYAML("\(error)")))
        }
    }

    /// Yams marks the first of two equal keys; the mistake is usually the later one, added by
    /// someone who did not see the first.
    private static func secondOccurrence(of first: Mark, in yaml: String) -> Int? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.line <= lines.count else { return nil }
        let firstLine = lines[first.line - 1]
        let indent = first.column - 1
        guard let colon = firstLine.dropFirst(indent).firstIndex(of: ":") else { return nil }
        let key = firstLine[firstLine.index(firstLine.startIndex, offsetBy: indent)..<colon]
        for number in first.line..<lines.count {
            let line = lines[number]
            if line.dropFirst(indent).hasPrefix(key + ":"), line.prefix(indent).allSatisfy({ $0 == " " }) {
                return number + 1
            }
        }
        return nil
    }

    private static func location(of mark: Mark?, path: String, lineOffset: Int) -> SourceLocation? {
        mark.map { SourceLocation(path: path, line: $0.line + lineOffset, column: $0.column) }
    }

    /// Where this mapping starts; used for "missing key" messages.
    package var location: SourceLocation { ownLocation }

    package func location(of node: Node) -> SourceLocation {
        Self.location(of: node.mark, path: path, lineOffset: lineOffset) ?? ownLocation
    }

    package func location(ofKey key: String) -> SourceLocation {
        for (k, _) in mapping where k.string == key { return location(of: k) }
        return ownLocation
    }

    package func has(_ key: String) -> Bool { value(forKey: key) != nil }

    /// The value of a key written as plain text; the last one should a key repeat (Yams' rule).
    private func value(forKey key: String) -> Node? {
        guard let index = keyTexts.lastIndex(where: { $0 == key }) else { return nil }
        return values[index]
    }

    /// True when `key` holds a single non-null text rather than a list or a group; reports nothing.
    package func isText(_ key: String) -> Bool {
        guard let value = value(forKey: key), !Self.isNull(value) else { return false }
        return value.scalar != nil
    }

    package var keys: [String] { mapping.compactMap { $0.key.string } }

    private func node(_ key: String, required: Bool) -> Node? {
        readKeys.insert(key)
        guard let value = value(forKey: key), !Self.isNull(value) else {
            if required { log.error(ownLocation, .frontMatter(.missingField(key))) }
            return nil
        }
        return value
    }

    private static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private func typeError(_ key: String, _ node: Node, expected: FrontMatterMessage.Expected) {
        log.error(location(of: node), .frontMatter(.wrongType(field: key, expected: expected)))
    }

    package func string(_ key: String, required: Bool = false) -> String? {
        guard let value = node(key, required: required) else { return nil }
        guard let scalar = value.scalar else { typeError(key, value, expected: .text); return nil }
        let text = Self.text(of: scalar)
        // A visible ASCII character settles it without walking the text character by character.
        if required && !text.utf8.contains(where: { $0 > 0x20 && $0 < 0x7F }) && text.allSatisfy(\.isWhitespace) {
            log.error(location(of: value), .frontMatter(.emptyField(key)))
            return nil
        }
        return text
    }

    /// A string together with where it stands, for values checked later (references, dates).
    package func located(_ key: String, required: Bool = false) -> Located<String>? {
        guard let value = node(key, required: required) else { return nil }
        guard let scalar = value.scalar else { typeError(key, value, expected: .text); return nil }
        return Located(Self.text(of: scalar), at: location(of: value))
    }

    /// A scalar's text, without the control characters YAML can write as `"\x01"`.
    package static func text(of scalar: Node.Scalar) -> String {
        ControlCharacters.replaced(in: scalar.string)
    }

    package func int(_ key: String) -> Int? {
        guard let value = node(key, required: false) else { return nil }
        guard let number = value.scalar.flatMap({ Int($0.string) }) else {
            typeError(key, value, expected: .wholeNumber); return nil
        }
        return number
    }

    package func bool(_ key: String) -> Bool? {
        guard let value = node(key, required: false) else { return nil }
        switch value.scalar?.string.lowercased() {
        case "true", "yes", "ya": return true
        case "false", "no", "tidak": return false
        default: typeError(key, value, expected: .trueOrFalse); return nil
        }
    }

    /// A list of texts; a single text is accepted as a list of one, since that is what people write.
    package func strings(_ key: String) -> [Located<String>] {
        guard let value = node(key, required: false) else { return [] }
        if let scalar = value.scalar { return [Located(Self.text(of: scalar), at: location(of: value))] }
        guard let sequence = value.sequence else { typeError(key, value, expected: .list); return [] }
        var result: [Located<String>] = []
        for item in sequence {
            if let scalar = item.scalar {
                result.append(Located(Self.text(of: scalar), at: location(of: item)))
            } else {
                log.error(location(of: item), .frontMatter(.itemNotText(field: key)))
            }
        }
        return result
    }

    package func mapping(_ key: String, required: Bool = false) -> YAMLFields? {
        guard let value = node(key, required: required) else { return nil }
        guard let nested = value.mapping else { typeError(key, value, expected: .mapping); return nil }
        return YAMLFields(mapping: nested, path: path, lineOffset: lineOffset, log: log, location: location(of: value))
    }

    package func mappings(_ key: String) -> [YAMLFields] {
        guard let value = node(key, required: false) else { return [] }
        guard let sequence = value.sequence else { typeError(key, value, expected: .list); return [] }
        return sequence.compactMap { item in
            guard let nested = item.mapping else {
                log.error(location(of: item), .frontMatter(.itemNotMapping(field: key)))
                return nil
            }
            return YAMLFields(mapping: nested, path: path, lineOffset: lineOffset, log: log, location: location(of: item))
        }
    }

    /// Warns about keys nobody read: a misspelt `tittle:` must not vanish silently.
    package func warnAboutUnknownKeys(in place: FrontMatterMessage.Place) {
        // The key texts read once at the start; the mapping is walked again only for a key to report.
        for (index, name) in keyTexts.enumerated() {
            guard let name, !readKeys.contains(name) else { continue }
            let key = mapping[mapping.index(mapping.startIndex, offsetBy: index)].key
            log.warning(location(of: key), .frontMatter(.unknownField(name: name, in: place)),
                        hint: Suggestion.hint(for: name, in: readKeys.sorted()))
        }
    }
}
