import Foundation

/// The content files a page's links were resolved against while it was rendered (`news/2024/a.md`,
/// `media/foto.jpg`), so that a later build knows to render the page again when one of them is
/// added, removed or moves to another address, and not otherwise.
///
/// Rendering a page happens on one thread from start to end, so the recorder in use is kept per
/// thread: `ContentIndex` notes every lookup without page code passing anything along.
package final class LinkDependencies {
    package private(set) var files: [String] = []

    package init() {}

    /// Runs `body` with lookups on this thread noted here.
    package func recording<T>(_ body: () -> T) -> T {
        let previous = pthread_getspecific(Self.key)
        pthread_setspecific(Self.key, Unmanaged.passUnretained(self).toOpaque())
        defer { pthread_setspecific(Self.key, previous) }
        return body()
    }

    /// Notes a lookup, if a page is being recorded on this thread.
    package static func note(_ file: String) {
        guard let current = pthread_getspecific(key) else { return }
        let recorder = Unmanaged<LinkDependencies>.fromOpaque(current).takeUnretainedValue()
        if !recorder.files.contains(file) { recorder.files.append(file) }
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()
}
