import Foundation
import AlmanacNumerics
import TimeSeries

/// The Theta method of Assimakopoulos & Nikolopoulos (2000) in the form of Hyndman &
/// Billah (2003), exactly as R `forecast::thetaf` (8.20):
///
/// 1. Seasonality: for period `m > 1`, a non-constant series with `n > 2m` is tested with
///    the 90% ACF test (`SeasonalityTest`); if seasonal, `x` is divided by the classical
///    multiplicative seasonal component (unless an index is below 10⁻⁴ in magnitude).
/// 2. Simple exponential smoothing of the adjusted series (ETS(A,N,N) by MSE, as `ses`)
///    gives `α`, the last level `ℓ_n` and `σ²`.
/// 3. Drift: half the OLS slope `b` of the adjusted series on `0…n−1`;
///    `ŷ_{n+h} = ℓ_n + (b/2)·((h − 1) + (1 − (1 − α)^n)/α)`, with `α ≥ 10⁻¹⁰`.
/// 4. Reseasonalise with the last `m` seasonal indices, repeated.
///
/// Intervals are thetaf's: `ŷ ± z·σ·√(1 + (h − 1)α²)` (the SES variance on the adjusted
/// scale, not reseasonalised and without the drift's estimation error).
///
/// `logScale: true` fits the same method to `log y` (Box–Cox λ = 0, positive data only) and
/// back-transforms mean and bounds with `exp` (the median forecast, as R `forecast` without
/// bias adjustment); `auto` uses it as a combination member.
public enum Theta {
    /// Fits the Theta method to `y` (complete data) with seasonal period `period`.
    ///
    /// - Throws: `ForecasterError.tooShort` for fewer than 7 observations (R would fall
    ///   back to a Holt–Winters fit), `.nonFiniteData` for missing or infinite values,
    ///   `.invalidOption` for a period below 1.
    /// - Complexity: O(n·m) for the test and decomposition plus the SES optimisation,
    ///   O(evaluations · n).
    public static func fit(_ y: [Double], period: Int, logScale: Bool = false) throws -> ThetaModel {
        if logScale {
            guard y.allSatisfy({ $0 > 0 }) else {
                throw ForecasterError.invalidData(model: "theta(log)", detail: "a log-scale fit needs positive data")
            }
            var model = try fit(y.map { log($0) }, period: period)
            model.logScale = true
            return model
        }
        guard period >= 1 else { throw ForecasterError.invalidOption("period must be at least 1, got \(period)") }
        guard y.allSatisfy(\.isFinite) else {
            throw ForecasterError.nonFiniteData(model: "theta", detail: "missing or infinite value in the series")
        }
        guard y.count > 6 else { throw ForecasterError.tooShort(model: "theta", observations: y.count, needed: 7) }
        let n = y.count
        var adjustment: SeasonalAdjustment? = nil
        if SeasonalityTest.isSeasonal(y, period: period, confidence: 0.90, rule: .moreThanTwoPeriods) {
            adjustment = try SeasonalAdjustment.multiplicative(y, period: period)
        }
        let x = adjustment?.adjusted ?? y
        let ses = try SimpleExponentialSmoothing(x)
        let slope = olsSlope(x)
        return ThetaModel(period: period, count: n, alpha: max(1e-10, ses.alpha), level: ses.level,
                          drift: slope / 2, sigma2: ses.sigma2, seasonalIndices: adjustment?.future)
    }

    /// The least-squares slope of `x` on `t = 0…n−1` (R `lsfit(0:(n−1), x)`), by centred sums.
    static func olsSlope(_ x: [Double]) -> Double {
        let n = Double(x.count)
        let tBar = (n - 1) / 2
        let xBar = Vector.mean(x)
        var sxy = 0.0, sxx = 0.0
        for (i, v) in x.enumerated() {
            let dt = Double(i) - tBar
            sxy += dt * (v - xBar)
            sxx += dt * dt
        }
        return sxx > 0 ? sxy / sxx : 0
    }
}

/// A fitted Theta model (see `Theta`). `Codable` so the CLI can store it.
public struct ThetaModel: Sendable, Codable, Equatable {
    public var period: Int
    /// The number of observations fitted (the `n` in the drift term).
    public var count: Int
    /// The SES smoothing parameter (floored at 10⁻¹⁰ as thetaf).
    public var alpha: Double
    /// The last SES level `ℓ_n` on the adjusted scale.
    public var level: Double
    /// Half the OLS trend slope, `b/2` (thetaf's `drift`).
    public var drift: Double
    /// The SES innovation variance on the adjusted scale.
    public var sigma2: Double
    /// The last `period` multiplicative seasonal indices, nil when not deseasonalised.
    public var seasonalIndices: [Double]?
    /// Fitted to `log y`: forecasts are back-transformed with `exp`.
    public var logScale: Bool = false

    public var isSeasonal: Bool { seasonalIndices != nil }

    /// Point forecasts and thetaf's intervals at `levels` (percent).
    ///
    /// `errorCovariance` is the SES error covariance the intervals are built on:
    /// `Σ_ij = σ²(1 + α²(i − 1))` on the diagonal and `σ²(α + α²(min(i, j) − 1))` off it
    /// (on the log scale for a log-scale fit, as `Forecast` defines it: before the
    /// back-transformation).
    /// - Complexity: O(h²) for the covariance.
    /// `covariance: false` skips the O(h²) error covariance.
    public func forecast(horizon: Int, levels: [Double] = [80, 95], covariance: Bool = true) throws -> Forecast {
        guard horizon >= 1 else { throw ForecasterError.invalidOption("horizon must be at least 1") }
        let levels = try PredictionIntervals.validatedLevels(levels)
        let start = (1 - pow(1 - alpha, Double(count))) / alpha
        var mean = [Double](repeating: 0, count: horizon)
        var se = [Double](repeating: 0, count: horizon)
        let sigma = sigma2.squareRoot()
        for h in 0..<horizon {
            var f = level + drift * (Double(h) + start)
            if let s = seasonalIndices { f *= s[h % s.count] }
            mean[h] = f
            se[h] = sigma * (Double(h) * alpha * alpha + 1).squareRoot()
        }
        var cov = Matrix(rows: covariance ? horizon : 0, columns: covariance ? horizon : 0)
        for j in 0..<(covariance ? horizon : 0) {
            for i in 0..<horizon {
                let k = Double(min(i, j))
                cov[i, j] = i == j ? sigma2 * (1 + alpha * alpha * k) : sigma2 * (alpha + alpha * alpha * k)
            }
        }
        var (lower, upper) = try PredictionIntervals.normal(mean: mean, standardErrors: se, levels: levels)
        if logScale {
            mean = mean.map { exp($0) }
            lower = lower.map { $0.map { exp($0) } }
            upper = upper.map { $0.map { exp($0) } }
        }
        return Forecast(model: logScale ? "theta(log)" : "theta", mean: mean, levels: levels, lower: lower, upper: upper,
                        errorCovariance: covariance ? cov : nil)
    }
}
