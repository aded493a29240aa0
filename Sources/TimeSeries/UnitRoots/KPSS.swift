import Foundation
import AlmanacNumerics

/// The KPSS stationarity test (Kwiatkowski, Phillips, Schmidt & Shin 1992), as
/// `urca::ur.kpss` — the form R forecast's `ndiffs` uses — and `tseries::kpss.test`.
///
/// The null hypothesis is (level or trend) stationarity. With e_t the residuals of y on a
/// constant (`.level`, urca "mu") or on a constant and t = 1…n (`.trend`, urca "tau"),
/// S_t = Σ_{s≤t} e_s their partial sums and σ̂² the Bartlett long-run variance with
/// truncation lag l,
///
///     KPSS = Σ S_t² / (n² σ̂²).
///
/// Large values reject stationarity. The p-value interpolates linearly in the KPSS (1992)
/// table of critical values (10%, 5%, 2.5%, 1%) and is clamped to [0.01, 0.10], exactly as
/// forecast's `ndiffs` (`approx(cval, c(.1, .05, .025, .01), rule = 2)`) and
/// `tseries::kpss.test` do.
public struct KPSS: Sendable, Codable, Equatable {
    /// How the truncation lag l is chosen.
    public enum LagRule: Sendable, Codable, Equatable {
        /// l = ⌊3√n/13⌋, the choice of forecast's `ndiffs` (Hobijn et al. 1998).
        case forecast
        /// l = ⌊4 (n/100)^¼⌋, urca's `lags = "short"`, tseries' `lshort = TRUE`.
        case short
        /// l = ⌊12 (n/100)^¼⌋, urca's `lags = "long"`, tseries' `lshort = FALSE`.
        case long
        /// A given l; a negative one falls back to `.short` as urca does (with a warning there).
        case fixed(Int)

        func lag(count n: Int) -> Int {
            let q = pow(Double(n) / 100, 0.25)
            switch self {
            case .forecast: return Int(3 * Double(n).squareRoot() / 13)
            case .short: return Int(4 * q)
            case .long: return Int(12 * q)
            case .fixed(let l): return l >= 0 ? l : LagRule.short.lag(count: n)
            }
        }
    }

    /// Significance levels of the tabulated critical values.
    public static let significanceLevels: [Double] = [0.10, 0.05, 0.025, 0.01]

    /// KPSS (1992) Table 1 critical values at `significanceLevels`.
    public static func criticalValues(_ type: UnitRoot.Deterministic) -> [Double] {
        switch type {
        case .level: return [0.347, 0.463, 0.574, 0.739]
        case .trend: return [0.119, 0.146, 0.176, 0.216]
        }
    }

    public let type: UnitRoot.Deterministic
    /// The KPSS statistic; NaN for an empty or constant series (zero long-run variance).
    public let statistic: Double
    /// The truncation lag l used.
    public let lag: Int
    /// Observations used (NaN values are dropped first, as urca's `na.omit`).
    public let count: Int

    /// Critical values at `KPSS.significanceLevels`.
    public var criticalValues: [Double] { KPSS.criticalValues(type) }

    /// Interpolated p-value, clamped to [0.01, 0.10]; NaN when the statistic is NaN.
    public var pValue: Double {
        TableInterpolation.approx(statistic, x: criticalValues, y: KPSS.significanceLevels)
    }

    /// Runs the test.
    /// - Parameters:
    ///   - x: the series; NaN values are removed first (urca's `na.omit`).
    ///   - type: `.level` (stationary around a constant) or `.trend` (around a linear trend).
    ///   - lag: the truncation-lag rule; `.forecast` is what `ndiffs` uses, `.short` gives
    ///     `tseries::kpss.test`'s defaults.
    /// - Complexity: O(n · l).
    public init(_ x: [Double], type: UnitRoot.Deterministic = .level, lag: LagRule = .forecast) {
        let y = x.filter { !$0.isNaN }
        let n = y.count
        self.type = type
        self.count = n
        self.lag = lag.lag(count: n)
        guard n > 0 else {
            self.statistic = .nan
            return
        }
        let residuals: [Double]
        switch type {
        case .level:
            let mean = Autocorrelation.observedMean(y)
            residuals = y.map { $0 - mean }
        case .trend:
            residuals = KPSS.detrended(y)
        }
        // Partial sums in extended precision, as R's cumsum() and sum() accumulate.
        #if arch(x86_64) && !os(Windows)
        var partial: Float80 = 0
        var sumSquares: Float80 = 0
        #else
        var partial = 0.0
        var sumSquares = 0.0
        #endif
        for e in residuals {
            partial += .init(e)
            let s = Double(partial)
            sumSquares += .init(s * s)
        }
        let numerator = Double(sumSquares) / Double(n * n)
        let variance = LongRunVariance.bartlett(residuals, lag: self.lag)
        self.statistic = numerator / variance.longRun
    }

    /// Residuals of y on (1, t), t = 1…n.
    ///
    /// When the line fits exactly (n ≤ 2, or residuals below 1e-10 of the spread of y) the
    /// residuals are set to zero, so the statistic is 0/0 = NaN: R's residuals would be
    /// rounding noise and its statistic an arbitrary ratio of noise. `ndiffs` then keeps the
    /// current d, the right answer for a series that is exactly a trend.
    static func detrended(_ y: [Double]) -> [Double] {
        let n = y.count
        let zeros = [Double](repeating: 0, count: n)
        guard n > 2 else { return zeros }
        let t = (1...n).map(Double.init)
        guard let fit = try? AuxiliaryRegression(y: y, columns: [[Double](repeating: 1, count: n), t]) else {
            return [Double](repeating: .nan, count: n)
        }
        let mean = Autocorrelation.observedMean(y)
        let spread = y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return fit.rss <= 1e-20 * spread ? zeros : fit.residuals
    }
}
