/// A message's text in every language Warta speaks, written side by side.
///
/// Why one switch per message family that returns both languages together, rather than one switch
/// per language or a table: a translator reads each English sentence next to its Indonesian one;
/// a case without both renderings does not compile; and adding a language adds one field here,
/// after which the compiler lists every case still to translate. Both texts are built only when a
/// message is printed, which happens only when there is a problem.
package struct Rendering: Sendable {
    package var indonesian: String
    package var english: String

    package init(id indonesian: String, en english: String) {
        self.indonesian = indonesian
        self.english = english
    }

    /// The same text in both languages: a name, a path or a number only.
    package init(both text: String) {
        self.init(id: text, en: text)
    }

    package func text(in language: Language) -> String {
        switch language {
        case .indonesian: indonesian
        case .english: english
        }
    }

    /// `1 error`, `2 errors`: English inflects a counted noun, Indonesian does not.
    package static func english(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }

    /// Names as a list: `a, b, c` (names from content stay as they were written).
    package static func list(_ names: [String]) -> String {
        names.joined(separator: ", ")
    }

    /// `` `a`, `b` ``
    package static func quotedList(_ names: [String]) -> String {
        names.map { "`\($0)`" }.joined(separator: ", ")
    }
}

/// A family of messages (files, front matter, datasets …): typed cases with typed arguments,
/// rendered in every language by one switch. `Kind` names each case without its arguments, so
/// that a test can list every message there is (see `MessageCatalogueTests`).
package protocol MessageText: Hashable, Sendable, Codable {
    associatedtype Kind: CaseIterable, Hashable, Sendable
    var rendering: Rendering { get }
    var kind: Kind { get }
}

extension MessageText {
    package func text(in language: Language) -> String { rendering.text(in: language) }
    package var indonesian: String { rendering.indonesian }
    package var english: String { rendering.english }
}
