import Mustache

/// Text in a template context. swift-mustache prints a plain `String` only after asking, through
/// four dynamic casts (about 90 ns each on Linux), whether it is a template, a lambda, an optional
/// or text-streamable; a value that says it is `MustacheCustomRenderable` is printed after one.
/// Transforms such as `{{uppercased(title)}}` work as they do on a `String`. Inside its own section
/// (`{{#author}}…{{t.author}}…{{/author}}`) it has no names of its own, which swift-mustache learns
/// from `child(named:)` instead of reflecting on the value with `Mirror`.
struct TemplateText: MustacheCustomRenderable, MustacheTransformable, MustacheParent, CustomStringConvertible, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    var renderText: String { text }
    var isNull: Bool { false }
    var description: String { text }

    func transform(_ name: String) -> Any? { text.transform(name) }

    func child(named: String) -> Any? { nil }
}
