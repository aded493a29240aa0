/// Cleans a user series before automatic forecasting, recording what was done.
///
/// - Leading missing values are dropped (nothing to learn from them).
/// - Trailing missing values are dropped and counted in `skipped`: the forecast origin is
///   the last observation, so the first `skipped` forecast steps fall on the missing
///   periods and are discarded (the caller forecasts `horizon + skipped` steps).
/// - Internal gaps are filled by linear interpolation between the neighbouring
///   observations (ETS/ARIMA/decomposition need complete data).
/// - Infinite values are treated as missing.
struct SeriesPreparation: Sendable, Equatable {
    var values: [Double]
    /// Missing periods between the last observation and the forecast origin.
    var skipped: Int
    var warnings: [String]

    /// - Returns: nil when no value is finite.
    /// - Complexity: O(n).
    init?(_ raw: [Double]) {
        var warnings: [String] = []
        let infinite = raw.filter(\.isInfinite).count
        let y = raw.map { $0.isFinite ? $0 : Double.nan }
        if infinite > 0 { warnings.append("\(infinite) infinite value(s) treated as missing") }
        guard let first = y.firstIndex(where: { !$0.isNaN }), let last = y.lastIndex(where: { !$0.isNaN }) else {
            return nil
        }
        if first > 0 { warnings.append("\(first) leading missing value(s) dropped") }
        skipped = y.count - 1 - last
        if skipped > 0 {
            warnings.append("\(skipped) trailing missing value(s): forecasts start after the last observation")
        }
        var v = Array(y[first...last])
        var gaps = 0
        var i = 0
        while i < v.count {
            if v[i].isNaN {
                var j = i
                while v[j].isNaN { j += 1 }  // v.last is finite, so this stops
                let a = v[i - 1], b = v[j], span = Double(j - i + 1)
                for k in i..<j { v[k] = a + (b - a) * Double(k - i + 1) / span }
                gaps += j - i
                i = j
            }
            i += 1
        }
        if gaps > 0 { warnings.append("\(gaps) internal missing value(s) filled by linear interpolation") }
        values = v
        self.warnings = warnings
    }
}
