import Foundation
import AlmanacNumerics

/// The Osborn–Chui–Smith–Birchenhall (1988) seasonal unit-root test, exactly as R forecast
/// 8.20's `ocsb.test` — the test behind `nsdiffs(test = "ocsb")`.
///
/// With period m, w_t = Δ_m Δ x_t, and lag order p, forecast first fits the AR(p)
/// w_t = Σ_{k=1}^{p} β_k w_{t−k} + e_t (no constant), filters
/// Z4_t = Δ_m x_t − Σ β_k Δ_m x_{t−k} and Z5_t = Δx_t − Σ β_k Δx_{t−k}, and then fits
///
///     w_t = Σ_{k=1}^{p} γ_k w_{t−k} + δ₄ Z4_{t−1} + δ₅ Z5_{t−m} + ε_t.
///
/// The statistic is the t-ratio of δ₅; the null hypothesis of a seasonal unit root is kept
/// (so a seasonal difference is needed) when it exceeds the critical value from forecast's
/// `calcOCSBCritVal` — a response surface in log m for the 5% level (Osborn et al. 1999).
///
/// Lag selection reproduces forecast: for p = 1…maxLag the regression is fitted on the
/// common sample (the first maxLag usable rows dropped) and the information criterion
/// compared; if the minimum is at p = k, the test uses lag order k − 1 on its own sample
/// (forecast's `maxlag <- id - 1`, kept for parity).
public struct OCSB: Sendable, Codable, Equatable {
    /// How the lag order is chosen (forecast's `lag.method`).
    public enum LagSelection: String, Sendable, Codable {
        /// Use `maxLag` itself.
        case fixed
        /// forecast's selection by AIC (what `nsdiffs` uses), BIC or AICc.
        case aic, bic, aicc
    }

    /// The seasonal period m.
    public let period: Int
    /// t-ratio of Z5_{t−m} (forecast's `statistics`).
    public let statistic: Double
    /// t-ratio of Z4_{t−1}, reported for completeness.
    public let z4Statistic: Double
    /// The 5% critical value for this period (`calcOCSBCritVal`).
    public let criticalValue: Double
    /// The lag order p of the final regression (forecast's `lag.order`).
    public let lagOrder: Int
    /// Rows in the final regression.
    public let count: Int

    /// forecast's decision: a seasonal difference is needed when statistic > critical value.
    public var needsSeasonalDifference: Bool { statistic > criticalValue }

    /// forecast's `calcOCSBCritVal(m)`:
    /// −0.2937411 exp(−0.2850853 (log m − 0.7656451) − 0.05983644 (log m − 0.7656451)²) − 1.652202.
    public static func criticalValue(period m: Int) -> Double {
        let u = log(Double(m)) - 0.7656451
        return -0.2937411 * exp(-0.2850853 * u + (-0.05983644) * (u * u)) - 1.652202
    }

    /// Runs the test; the defaults are those `nsdiffs(test = "ocsb")` uses.
    /// - Parameters:
    ///   - x: the series (no missing values: R stops on internal NAs).
    ///   - period: m ≥ 2.
    ///   - maxLag: the largest AR lag order considered (forecast's `maxlag`; 3 in nsdiffs).
    ///   - selection: `.aic` (nsdiffs) or `.fixed` (ocsb.test's own default, with maxLag 0).
    /// - Throws: `NumericsError.invalidArgument` for m < 2, negative maxLag or a series too
    ///   short for the regressions, or when the final regression has no solution: a t-ratio
    ///   is undefined (R: "Model did not reach a solution") or the fit is exact (R returns
    ///   rounding noise there); `.nonFinite` for NaN or ±∞. Collinear AR lags are dropped
    ///   as R's `lm` does.
    /// - Complexity: O(maxLag · n · maxLag²).
    public init(_ x: [Double], period: Int, maxLag: Int = 3, selection: LagSelection = .aic) throws {
        guard period >= 2 else {
            throw NumericsError.invalidArgument("OCSB: data must be seasonal (period ≥ 2), got \(period)")
        }
        guard maxLag >= 0 else { throw NumericsError.invalidArgument("OCSB: maxLag must be ≥ 0") }
        guard !x.contains(where: { !$0.isFinite }) else {
            throw NumericsError.nonFinite("OCSB: the series has missing or infinite values")
        }
        let series = OCSB.Differences(x, period: period)
        var order = maxLag
        if maxLag > 0 && selection != .fixed {
            var best = Double.infinity
            var bestIndex = 1
            for lag in 1...maxLag {
                let fit = try series.fit(lag: lag, trim: maxLag)
                let n = Double(fit.count)
                let k = Double(fit.count - fit.residualDF)
                let ic: Double
                switch selection {
                case .aic, .fixed: ic = fit.aic(penalty: 2)
                case .bic: ic = fit.aic(penalty: log(n))
                case .aicc: ic = fit.aic(penalty: 2) + 2 * (k + 1) * (k + 2) / (n - k - 2)
                }
                if ic < best { best = ic; bestIndex = lag }
            }
            order = bestIndex - 1
        }
        let fit = try series.fit(lag: order, trim: order)
        let z5 = fit.coefficients.count - 1
        self.period = period
        self.statistic = fit.tValue(z5)
        self.z4Statistic = fit.tValue(z5 - 1)
        self.criticalValue = OCSB.criticalValue(period: period)
        self.lagOrder = order
        self.count = fit.count
        // An exact fit (possible for short series) leaves t-ratios that are ratios of rounding
        // noise: R returns them (±1e13 and a random decision); we report no solution instead.
        let scale = series.dmd1.reduce(0) { $1.isNaN ? $0 : $0 + $1 * $1 }
        guard statistic.isFinite, z4Statistic.isFinite, fit.rss > 1e-20 * scale else {
            throw NumericsError.invalidArgument("OCSB: the model did not reach a solution")
        }
    }

    /// Δx, Δ_m x and Δ_mΔx on the original 0-based time index (NaN where undefined).
    struct Differences {
        let m: Int
        let n: Int
        let d1: [Double]
        let dm: [Double]
        let dmd1: [Double]

        init(_ x: [Double], period m: Int) {
            self.m = m
            self.n = x.count
            var d1 = [Double](repeating: .nan, count: x.count)
            var dm = d1
            var both = d1
            for t in 0..<x.count {
                if t >= 1 { d1[t] = x[t] - x[t - 1] }
                if t >= m { dm[t] = x[t] - x[t - m] }
                if t >= m + 1 { both[t] = dm[t] - dm[t - 1] }
            }
            self.d1 = d1
            self.dm = dm
            self.dmd1 = both
        }

        /// forecast's `fitOCSB(x, lag, maxlag = trim)`: rows t = m + 1 + trim … n − 1.
        func fit(lag p: Int, trim: Int) throws -> AuxiliaryRegression {
            let first = m + 1 + trim
            let rows = n - first
            guard rows > p + 2 else {
                throw NumericsError.invalidArgument(
                    "OCSB: \(n) observations are too few for period \(m) and lag order \(p)")
            }
            let target = Array(dmd1[first..<n])
            let lagged = (0..<p).map { k in (first..<n).map { dmd1[$0 - k - 1] } }
            // The AR(p) filter; with p = 0 forecast regresses on a zero column whose
            // coefficient is NA, so the prediction is 0 and Z4 = Δ_m x, Z5 = Δx.
            // Aliased AR coefficients (NA in R) do not enter predict.lm: use 0.
            let beta = p > 0
                ? try AuxiliaryRegression(y: target, columns: lagged).coefficients.map { $0.isNaN ? 0 : $0 }
                : []
            func filtered(_ s: [Double], at t: Int) -> Double {
                var v = s[t]
                for k in 0..<p { v -= beta[k] * s[t - k - 1] }
                return v
            }
            let z4 = (first..<n).map { filtered(dm, at: $0 - 1) }
            let z5 = (first..<n).map { filtered(d1, at: $0 - m) }
            return try AuxiliaryRegression(y: target, columns: lagged + [z4, z5])
        }
    }
}
