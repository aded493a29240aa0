import Foundation
import TimeSeries

/// Warns about an observation so far from the rest (a million median absolute deviations)
/// that every model fitted to the series will be dominated by it: one 1e200 value in a series
/// near 110 gave a forecast mean of 198 821 without a word.
func warnAboutExtremeValues(_ series: TimeSeries, input: String) {
    let finite = series.values.filter(\.isFinite).sorted()
    guard finite.count >= 5 else { return }
    func median(_ x: [Double]) -> Double { x.count % 2 == 1 ? x[x.count / 2] : (x[x.count / 2 - 1] + x[x.count / 2]) / 2 }
    let m = median(finite)
    let mad = median(finite.map { abs($0 - m) }.sorted())
    // Mostly equal values (intermittent series) have MAD 0: fall back to the mean absolute
    // deviation, so that an ordinary spike is not flagged.
    let scale = mad > 0 ? mad : finite.reduce(0) { $0 + abs($1 - m) } / Double(finite.count)
    guard scale > 0 else { return }
    guard let i = series.values.indices.max(by: { abs(series.values[$0] - m).nanToZero < abs(series.values[$1] - m).nanToZero }),
          abs(series.values[i] - m) > 1e6 * scale else { return }
    StandardStreams.error("almanac: warning: \(input): observation \(i + 1) (\(series.date(at: i))) = \(series.values[i]) is more than a million median absolute deviations from the median \(m); every result will be dominated by it\n")
}

private extension Double {
    var nanToZero: Double { isNaN ? 0 : self }
}
