/// A place in a source file, 1-based, as editors expect in `path:line:column`.
package struct SourceLocation: Hashable, Sendable, Comparable, Codable {
    /// Path as the user should see it: relative to the project root where possible.
    package var path: String
    package var line: Int
    package var column: Int

    package init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }

    /// The same file, `lines` further down; used to map positions inside front matter
    /// or a fenced block back to the file that holds them.
    package func offset(lines: Int, column newColumn: Int? = nil) -> SourceLocation {
        SourceLocation(path: path, line: line + lines, column: newColumn ?? column)
    }
}

extension SourceLocation {
    /// The start of another line of the same file.
    package func with(line: Int) -> SourceLocation { SourceLocation(path: path, line: line, column: 1) }
}
