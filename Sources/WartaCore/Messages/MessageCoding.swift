import Foundation

/// A message or hint as one line of text and back, for the build manifest, which keeps the
/// problems of files it does not read again. JSON of the typed value (never its rendering), so
/// that a build in another language after `--lang` still prints it in that language.
package enum MessageCoding {
    package static func text(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding an enum of strings and numbers cannot fail.
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    package static func value<Value: Decodable>(_ type: Value.Type, from text: String) -> Value? {
        try? JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
