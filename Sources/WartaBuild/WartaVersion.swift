/// The release, printed by `warta --version` and in the generator meta tag.
package enum WartaVersion {
    package static let current = "0.1.0"
}
