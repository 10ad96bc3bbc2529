/// The outcome of a publish run.
public struct PublishSummary: Sendable, Equatable {
    public let uploaded: Int
    public let deleted: Int
    public let foldersRemoved: Int
    public let bytes: Int64
    public let seconds: Double
    /// Reconnections after a dropped connection.
    public let retries: Int
    /// The plan's warnings, carried along for the final report.
    public let problems: [PublishProblem]

    public var indonesian: String {
        "\(NumberText.indonesian(uploaded)) berkas diunggah (\(NumberText.indonesian(bytes)) bita), "
            + "\(NumberText.indonesian(deleted)) dihapus, dalam \(Self.seconds(seconds, decimal: ",")) detik"
            + (retries > 0 ? ", \(NumberText.indonesian(retries)) kali tersambung ulang" : "")
    }

    public var english: String {
        "\(NumberText.english(uploaded)) files uploaded (\(NumberText.english(bytes)) bytes), "
            + "\(NumberText.english(deleted)) deleted, in \(Self.seconds(seconds, decimal: ".")) s"
            + (retries > 0 ? ", \(NumberText.english(retries)) reconnections" : "")
    }

    /// Two decimals: `4,20` / `4.20`.
    private static func seconds(_ value: Double, decimal: String) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)\(decimal)\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
