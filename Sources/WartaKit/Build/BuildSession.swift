/// Repeated builds of one project, as `warta serve` makes them after every save.
///
/// A session is where state kept between builds belongs (what was read, what was rendered), so
/// that a later build can redo only what a change affects. Every build still goes through the
/// same steps as `warta build`, and so reports the same problems.
public final class BuildSession: @unchecked Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    public func build() -> BuildReport {
        SiteBuild.runSteps(options)
    }
}
