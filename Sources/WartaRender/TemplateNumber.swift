import Mustache

/// A whole number in a template context (a heading level, a page number). A plain `Int` is printed
/// through `String(describing:)` after four dynamic casts, as a plain `String` is (`TemplateText`);
/// this is printed after one, and keeps swift-mustache's number transforms
/// (`{{plusone(number)}}`, `{{#even(number)}}`).
package struct TemplateNumber: MustacheCustomRenderable, MustacheTransformable, CustomStringConvertible, Sendable {
    package let value: Int

    package init(_ value: Int) { self.value = value }

    package var renderText: String { String(value) }
    package var isNull: Bool { false }
    package var description: String { renderText }

    package func transform(_ name: String) -> Any? { value.transform(name) }
}
