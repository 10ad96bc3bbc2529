/// The outcome of a publish run.
package struct PublishSummary: Sendable, Equatable {
    package let uploaded: Int
    package let deleted: Int
    package let foldersRemoved: Int
    package let bytes: Int64
    package let seconds: Double
    /// Reconnections after a dropped connection.
    package let retries: Int
    /// The plan's warnings, carried along for the final report.
    package let problems: [PublishProblem]

    package var indonesian: String {
        "\(NumberText.indonesian(uploaded)) berkas diunggah (\(NumberText.indonesian(bytes)) bita), "
            + "\(NumberText.indonesian(deleted)) dihapus, dalam \(Self.seconds(seconds, decimal: ",")) detik"
            + (retries > 0 ? ", \(NumberText.indonesian(retries)) kali tersambung ulang" : "")
    }

    package var english: String {
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
