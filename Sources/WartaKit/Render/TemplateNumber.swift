import Mustache

/// A whole number in a template context (a heading level, a page number). A plain `Int` is printed
/// through `String(describing:)` after four dynamic casts, as a plain `String` is (`TemplateText`);
/// this is printed after one, and keeps swift-mustache's number transforms
/// (`{{plusone(number)}}`, `{{#even(number)}}`).
struct TemplateNumber: MustacheCustomRenderable, MustacheTransformable, CustomStringConvertible, Sendable {
    let value: Int

    init(_ value: Int) { self.value = value }

    var renderText: String { String(value) }
    var isNull: Bool { false }
    var description: String { renderText }

    func transform(_ name: String) -> Any? { value.transform(name) }
}
