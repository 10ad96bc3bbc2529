import WartaCore
import WartaModel

package extension MarkdownSource.Deferred {
    /// The body's bytes as they were when the front matter was read, with line endings and
    /// control characters as `SourceText` makes them; nil when the file has changed since.
    package func loadBytes(contentPath: String) -> [UInt8]? {
        let file = folder + "/" + contentPath
        guard let (bytes, now) = PosixFiles.readWithSignature(file), now == signature else { return nil }
        var text = UTF8Text.droppingByteOrderMark(bytes[...])
        if text.containsByte(0x0D) {
            guard case .success(let source) = SourceText.decode(bytes, path: file) else { return nil }
            text = Array(source.text.utf8)[...]
        }
        guard let start = FrontMatter.bodyStart(text) else { return nil }
        return ControlCharacters.replaced(in: Array(text[start...]))
    }
}
