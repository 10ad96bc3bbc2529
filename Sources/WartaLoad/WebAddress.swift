import Foundation
import WartaCore

/// Addresses written in front matter (a source's `url`), which reach pages as links: only web
/// addresses are accepted, so a `javascript:` or `data:` URL can never become a clickable link.
package enum WebAddress {
    package static func check(_ url: Located<String>, field: String, log: DiagnosticLog) -> String? {
        let scheme = URL(string: url.value)?.scheme?.lowercased()
        guard scheme == "https" || scheme == "http" else {
            log.error(url.location, .reference(.notAWebAddress(field: field)))
            return nil
        }
        return url.value
    }
}
