import TimeSeries

/// The classical multiplicative seasonal adjustment shared by the Theta method and
/// Naive2: `x_t / S_t` with `S` from `decompose(x, type = "multiplicative")`, and the
/// indices that reseasonalise forecasts, `tail(S, m)` repeated (step `h` uses
/// `S_{n−m+1+((h−1) mod m)}`, i.e. the figure continues from the last observation).
struct SeasonalAdjustment: Sendable, Codable, Equatable {
    var period: Int
    /// The seasonally adjusted history.
    var adjusted: [Double]
    /// The seasonal component over the history.
    var seasonal: [Double]
    /// The last `period` seasonal values; forecast step `h` uses `future[(h − 1) % period]`.
    var future: [Double]

    /// The index that multiplies forecast step `h` (1-based).
    @inline(__always) func index(step h: Int) -> Double { future[(h - 1) % period] }

    /// Decomposes `x` multiplicatively, or returns nil when the indices are unusable:
    /// thetaf refuses (with a warning) indices with `|S| < 10⁻⁴`; zeros or negative data
    /// give non-finite or non-positive indices, which we refuse in the same way rather
    /// than divide by them.
    ///
    /// - Throws: `InputError` from the decomposition (fewer than two periods, internal NaN).
    /// - Complexity: O(n·m).
    static func multiplicative(_ x: [Double], period: Int) throws -> SeasonalAdjustment? {
        let d = try ClassicalDecomposition.decompose(x, period: period, type: .multiplicative)
        guard d.seasonal.allSatisfy({ $0.isFinite && abs($0) >= 1e-4 }) else { return nil }
        let adjusted = zip(x, d.seasonal).map { $0 / $1 }
        guard adjusted.allSatisfy(\.isFinite) else { return nil }
        return SeasonalAdjustment(period: period, adjusted: adjusted, seasonal: d.seasonal,
                                  future: Array(d.seasonal.suffix(period)))
    }
}
