import Mustache

/// A template context value that swift-mustache copies for the price of one retain.
///
/// swift-mustache casts each object on its context stack to `MustacheParent` at every name it
/// looks up, and the cast copies the value: a struct wider than three words goes into a new heap
/// box, each of its fields retained, and is released again after. A class is not copied, but is
/// cast more slowly than a struct. A struct whose only field is a reference is neither (measured:
/// docs/performance.md).
package struct TemplateReference<Value: MustacheParent>: MustacheParent {
    private final class Storage {
        package let value: Value

        package init(_ value: Value) { self.value = value }
    }

    private let storage: Storage

    package init(_ value: Value) { storage = Storage(value) }

    package var value: Value { storage.value }

    package func child(named name: String) -> Any? { storage.value.child(named: name) }
}
