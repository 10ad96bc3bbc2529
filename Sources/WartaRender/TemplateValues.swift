/// Template contexts are dictionaries without nil values (swift-mustache prints a nil that is
/// wrapped in `Any` as the word "nil" and treats it as true), whose text is `TemplateText`.
package enum TemplateValues {
    package static func compact(_ values: [String: Any?]) -> [String: Any] {
        values.compactMapValues { value in
            switch value {
            case let text as String: return TemplateText(text)
            default: return value
            }
        }
    }
}
