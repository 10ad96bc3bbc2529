/// How much a chart can hold and still be read on a phone; larger datasets are published as
/// tables and downloads.
package enum ChartLimits {
    package static let linePoints = 1000
    package static let categories = 200
}
