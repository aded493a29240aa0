/// The normalised rolling-origin scores of one series, per level: for every step `h` of every
/// calibration origin `o` (`ConformalCalibration`), `r = ConformalIntervals.score(y[o + h], ŷ, l, u)`,
/// the factor by which the model interval at that level must be stretched about `ŷ` to contain
/// the value that occurred. They are what `--intervals conformal` takes a quantile of
/// (`own`), and what `ShrunkCalibration` pools over a batch of series (`pooled`).
public struct CalibrationScores: Sendable, Equatable {
    /// Levels in percent, as in the forecast.
    public var levels: [Double]
    /// The scores per level (same order as `levels`).
    public var scores: [[Double]]

    public init(levels: [Double], scores: [[Double]]? = nil) {
        self.levels = levels
        self.scores = scores ?? levels.map { _ in [] }
    }

    /// Adds the scores of one origin's forecast against the values that followed it
    /// (`actual[h]` for step `h`; steps beyond `actual` are not scored).
    public mutating func add(_ forecast: Forecast, actual: ArraySlice<Double>) {
        for k in levels.indices {
            guard let j = forecast.levels.firstIndex(of: levels[k]) else { continue }
            for (h, y) in zip(0..<forecast.horizon, actual) {
                scores[k].append(ConformalIntervals.score(actual: y, mean: forecast.mean[h],
                                                          lower: forecast.lower[j][h], upper: forecast.upper[j][h]))
            }
        }
    }

    /// `N`, the number of scores at level index `k`.
    public func count(_ k: Int) -> Int { scores[k].count }

    /// The series' own conformal factor at level index `k`: the `⌈(N + 1)·L/100⌉`-th smallest
    /// score; nil when `N` is too small (`N < L/(100 − L)`) or the factor is not finite.
    public func own(_ k: Int) -> Double? {
        guard let f = ConformalIntervals.quantile(scores[k], level: levels[k]), f.isFinite else { return nil }
        return f
    }

    /// The batch-pooled factor per level: the conformal quantile of the scores of all series
    /// together, `⌈(ΣNᵢ + 1)·L/100⌉`-th smallest (nil when there are too few or it is not finite).
    public static func pooled(_ batch: [CalibrationScores], levels: [Double]) -> [Double?] {
        levels.map { level in
            let all = batch.flatMap { s in s.levels.firstIndex(of: level).map { s.scores[$0] } ?? [] }
            guard let f = ConformalIntervals.quantile(all, level: level), f.isFinite else { return nil }
            return f
        }
    }
}
