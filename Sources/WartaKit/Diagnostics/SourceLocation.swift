/// A place in a source file, 1-based, as editors expect in `path:line:column`.
public struct SourceLocation: Hashable, Sendable, Comparable {
    /// Path as the user should see it: relative to the project root where possible.
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }

    /// The same file, `lines` further down; used to map positions inside front matter
    /// or a fenced block back to the file that holds them.
    public func offset(lines: Int, column newColumn: Int? = nil) -> SourceLocation {
        SourceLocation(path: path, line: line + lines, column: newColumn ?? column)
    }
}
