import Mustache

/// Text in a template context. swift-mustache prints a plain `String` only after asking, through
/// four dynamic casts (about 90 ns each on Linux), whether it is a template, a lambda, an optional
/// or text-streamable; a value that says it is `MustacheCustomRenderable` is printed after one.
/// Transforms such as `{{uppercased(title)}}` work as they do on a `String`. Inside its own section
/// (`{{#author}}…{{t.author}}…{{/author}}`) it has no names of its own, which swift-mustache learns
/// from `child(named:)` instead of reflecting on the value with `Mirror`.
package struct TemplateText: MustacheCustomRenderable, MustacheTransformable, MustacheParent, CustomStringConvertible, Sendable {
    package let text: String

    package init(_ text: String) { self.text = text }

    package var renderText: String { text }
    package var isNull: Bool { false }
    package var description: String { text }

    package func transform(_ name: String) -> Any? { text.transform(name) }

    package func child(named: String) -> Any? { nil }
}
