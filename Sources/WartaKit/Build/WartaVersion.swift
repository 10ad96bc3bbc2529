/// The release, printed by `warta --version` and in the generator meta tag.
public enum WartaVersion {
    public static let current = "0.1.0"
}
