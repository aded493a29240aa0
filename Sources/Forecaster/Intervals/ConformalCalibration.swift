import Foundation

/// Rolling-origin calibration of conformal intervals on the series itself.
///
/// **Origins.** For a series of `n` values and horizon `H`, the calibration origins are
/// `oⱼ = n − H − (j − 1)·s`, `j = 1, …, K` (`K = origins`, `s = step`): each forecast from
/// `y[0..<oⱼ]` is refitted from scratch with the same method and scored on the `H` values
/// after it, so every origin has a full horizon and the last calibration window ends at the
/// end of the data. An origin is used only when it leaves at least `minimumHistory` values
/// to fit (`max(2·period, 10)` by default); a fit that fails at an origin is skipped.
///
/// **Calibration set.** The scores `ConformalIntervals.score` of all steps of all usable
/// origins, `N = H·K'` for `K'` usable origins, pooled over horizons; per level `L` the factor
/// is their conformal quantile at rank `⌈(N + 1)·L/100⌉`.
///
/// **When the history is too short.** The factor exists when `N ≥ L/(100 − L)` rounded up
/// for the highest level (19 scores for 95%, 99 for 99%). A series needs
/// `minimumHistory + H` values for one origin and `minimumHistory + H + (K − 1)·s` for all
/// `K`; with too few usable origins the calibration is `nil` and callers keep the model
/// interval and say so in a warning.
public struct ConformalCalibration: Sendable, Codable, Equatable {
    /// Levels in percent, as in the forecast.
    public var levels: [Double]
    /// The stretch factor per level.
    public var factors: [Double]
    /// The calibration origins used (number of values fitted at each).
    public var origins: [Int]
    /// The number of scores (`H` per origin).
    public var scores: Int

    /// Options of the calibration.
    public struct Options: Sendable, Codable, Equatable {
        /// `K`, the most origins (each a refit).
        public var origins: Int
        /// `s`, the periods between origins; nil: `max(period, ⌈H/2⌉)` — one seasonal period
        /// (every calibration window starts at the same phase of the season as the forecast),
        /// and at least half the horizon (windows that overlap less carry more information).
        /// Chosen on the M3 training holdouts: `Benchmarks/m3/choose_conformal_step.sh`.
        public var step: Int?
        /// Fewest values fitted at an origin; nil: `max(2·period, 10)`.
        public var minimumHistory: Int?

        public init(origins: Int = 8, step: Int? = nil, minimumHistory: Int? = nil) {
            self.origins = origins
            self.step = step
            self.minimumHistory = minimumHistory
        }

        /// The step used for seasonal period `period`.
        public func step(period: Int, horizon: Int) -> Int { step ?? max(1, period, (horizon + 1) / 2) }

        /// The minimum history used for seasonal period `period`.
        public func minimumHistory(period: Int) -> Int { minimumHistory ?? max(2 * period, 10) }

        /// The origins (values fitted) for a series of `n` values and horizon `horizon`,
        /// latest first.
        public func origins(n: Int, period: Int, horizon: Int) -> [Int] {
            let s = step(period: period, horizon: horizon), m = minimumHistory(period: period)
            return (0..<max(0, origins)).map { n - horizon - $0 * s }.filter { $0 >= m }
        }
    }

    /// A forecast of `horizon` steps at `levels` from the clean history `y`.
    public typealias Forecaster = (_ y: [Double], _ horizon: Int, _ levels: [Double]) throws -> Forecast

    /// Calibrates on `y` (finite values); nil when there are too few usable origins.
    /// `observe` sees each usable origin's forecast with the number of values it was fitted on
    /// (the benchmark's `--calibration-records` writes them; it does not change the result).
    /// - Complexity: one call of `forecaster` per origin (at most `options.origins`).
    public static func calibrate(_ y: [Double], period: Int, horizon: Int, levels: [Double], options: Options,
                                 observe: (_ origin: Int, _ forecast: Forecast) -> Void = { _, _ in },
                                 forecaster: Forecaster) -> ConformalCalibration? {
        var scores: [[Double]] = levels.map { _ in [] }
        var used: [Int] = []
        for origin in options.origins(n: y.count, period: period, horizon: horizon) {
            guard let fc = try? forecaster(Array(y[..<origin]), horizon, levels), fc.horizon == horizon,
                  fc.levels == levels, fc.mean.allSatisfy(\.isFinite) else { continue }
            used.append(origin)
            observe(origin, fc)
            for k in levels.indices {
                for h in 0..<horizon {
                    scores[k].append(ConformalIntervals.score(actual: y[origin + h], mean: fc.mean[h],
                                                              lower: fc.lower[k][h], upper: fc.upper[k][h]))
                }
            }
        }
        var factors: [Double] = []
        for k in levels.indices {
            guard let f = ConformalIntervals.quantile(scores[k], level: levels[k]), f.isFinite else { return nil }
            factors.append(f)
        }
        return ConformalCalibration(levels: levels, factors: factors, origins: used, scores: used.count * horizon)
    }

    /// The values a series needs for one calibration origin that yields a finite factor at
    /// every level: `minimumHistory + H + (K₀ − 1)·s` with `K₀ = ⌈minimumScores/H⌉`.
    public static func neededHistory(period: Int, horizon: Int, levels: [Double], options: Options) -> Int {
        let needed = levels.map(ConformalIntervals.minimumScores(level:)).max() ?? 1
        let k0 = (needed + horizon - 1) / horizon
        return options.minimumHistory(period: period) + horizon + (k0 - 1) * options.step(period: period, horizon: horizon)
    }

    /// A one-line description, e.g. "conformal: 8 origins, 144 scores, factor 1.08 at 80%, 1.21 at 95%".
    public var summary: String {
        let f = zip(levels, factors).map { "\(Self.format($0.1)) at \(Self.format($0.0))%" }.joined(separator: ", ")
        return "conformal intervals: \(origins.count) origins, \(scores) scores, model interval width × \(f)"
    }

    private static func format(_ x: Double) -> String {
        let r = (x * 1000).rounded() / 1000
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
