/// How much a chart can hold and still be read on a phone; larger datasets are published as
/// tables and downloads.
enum ChartLimits {
    static let linePoints = 1000
    static let categories = 200
}
