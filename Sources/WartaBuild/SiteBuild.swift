import Foundation

/// A build as named steps: load content and templates, plan every output file, render the plan
/// in parallel into a staging area, and publish only if nothing went wrong. `warta check` runs the
/// very same steps with output discarded, so the two can never disagree about what is an error.
///
/// The steps live in `BuildSession`, which can also keep what it read and rendered for the next
/// build; a one-off build is a session used once (it still skips work the manifest in the output
/// folder shows to be done already).
package enum SiteBuild {
    /// One complete build; `BuildSession` is the entry point for repeated builds of one project.
    package static func run(_ options: BuildOptions) -> BuildReport {
        BuildSession(options: options, keepsState: false).build()
    }
}
