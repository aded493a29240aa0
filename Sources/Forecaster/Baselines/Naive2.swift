import Foundation
import AlmanacNumerics
import TimeSeries

/// Naive2, the M4 competition's seasonally adjusted naive benchmark (the OWA reference).
///
/// If the M4 seasonality test passes (`SeasonalityTest` with the organisers' rule: n ≥ 3m
/// and `|r_m| > 1.645·√((1 + 2Σ_{k<m} r_k²)/n)`), the series is divided by the classical
/// multiplicative seasonal component, forecast by the naive method (last adjusted value),
/// and multiplied by the last `m` seasonal indices, repeated. Otherwise it is plain naive.
///
/// Intervals (not part of M4's point benchmark): the naive intervals of the adjusted
/// series multiplied by the step's seasonal index `s_h`; the error covariance across
/// horizons is the naive one scaled the same way, `Σ_ij · s_i · s_j`.
public struct Naive2: Sendable, Codable, Equatable {
    /// The naive walk on the (adjusted) series.
    public var walk: LagWalk
    /// The last `period` seasonal indices (step h uses `indices[(h − 1) % period]`), nil
    /// when the series was not deseasonalised.
    public var seasonalIndices: [Double]?

    public var isSeasonal: Bool { seasonalIndices != nil }

    /// The M4 organisers' critical value (their code uses 1.645, not qnorm(0.95)).
    static let criticalValue = 1.645

    /// - Throws: `ForecasterError` from the naive fit (all missing, infinite values, one
    ///   observation).
    /// - Complexity: O(n·m).
    public init(_ y: [Double], period: Int) throws {
        guard period >= 1 else { throw ForecasterError.invalidOption("period must be at least 1, got \(period)") }
        var indices: [Double]? = nil
        if Self.isSeasonal(y, period: period),
           let adj = try? SeasonalAdjustment.multiplicative(y, period: period) {
            indices = adj.future
            walk = try LagWalk(adj.adjusted, lag: 1, drift: false, name: "naive2")
        } else {
            walk = try LagWalk(y, lag: 1, drift: false, name: "naive2")
        }
        seasonalIndices = indices
    }

    /// The M4 `SeasonalityTest`: n ≥ 3m and the standardised lag-m autocorrelation above
    /// 1.645. R's `acf` default `lag.max = ⌊10·log10(n)⌋` must reach lag m, else the M4 code
    /// gets NA and answers "not seasonal"; so do we.
    static func isSeasonal(_ y: [Double], period m: Int) -> Bool {
        guard m > 1, y.count >= 3 * m, Int((10 * log10(Double(y.count))).rounded(.down)) >= m,
              let stat = SeasonalityTest.statistic(y, period: m, rule: .atLeastThreePeriods) else { return false }
        return stat > criticalValue
    }

    /// Forecasts `horizon` steps with intervals at `levels` (percent).
    /// - Complexity: O(h²) for the covariance.
    public func forecast(horizon: Int, levels: [Double] = [80, 95], covariance: Bool = true) throws -> Forecast {
        var fc = try walk.forecast(horizon: horizon, levels: levels, covariance: covariance)
        fc.model = "naive2"
        guard let s = seasonalIndices else { return fc }
        let factor = (0..<horizon).map { s[$0 % s.count] }
        for h in 0..<horizon {
            fc.mean[h] *= factor[h]
            for k in fc.levels.indices {
                fc.lower[k][h] *= factor[h]
                fc.upper[k][h] *= factor[h]
            }
        }
        if var cov = fc.errorCovariance {
            for j in 0..<horizon { for i in 0..<horizon { cov[i, j] *= factor[i] * factor[j] } }
            fc.errorCovariance = cov
        }
        return fc
    }
}
