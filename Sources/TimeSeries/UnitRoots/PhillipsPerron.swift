import Foundation
import AlmanacNumerics

/// The Phillips–Perron unit-root test, Z-τ form, as `urca::ur.pp(x, type = "Z-tau")` —
/// the form R forecast's `ndiffs(test = "pp")` uses.
///
/// With y_t regressed on y_{t−1} and a constant (`.level`, urca "constant") or a constant
/// and the centred trend t − n/2 (`.trend`), residual variance s = Σe²/n, Bartlett long-run
/// variance σ̂² with l = ⌊4 (n/100)^¼⌋ lags and λ' = (σ̂² − s)/(2σ̂²),
///
///     Z_τ = √(s/σ̂²) · (ρ̂ − 1)/se(ρ̂) − λ' σ̂ / √D,
///
/// where D = n⁻² Σ (y_t − ȳ)² for the constant model and D = M (Phillips & Perron 1988) for
/// the trend model; n is the number of differences. Large negative values reject a unit
/// root. The p-value interpolates in MacKinnon's (1991) response-surface critical values
/// (1%, 5%, 10%) and is clamped to [0.01, 0.10], as forecast does.
public struct PhillipsPerron: Sendable, Codable, Equatable {
    /// Significance levels of `criticalValues`.
    public static let significanceLevels: [Double] = [0.01, 0.05, 0.10]

    public let type: UnitRoot.Deterministic
    /// Z_τ.
    public let statistic: Double
    /// Bartlett truncation lag l.
    public let lag: Int
    /// n, the number of differences (observations − 1).
    public let count: Int

    /// MacKinnon (1991) critical values at 1%, 5%, 10% for n, as urca.
    public var criticalValues: [Double] {
        let n = Double(count)
        switch type {
        case .level:
            return [-3.4335 - 5.999 / n - 29.25 / (n * n),
                    -2.8621 - 2.738 / n - 8.36 / (n * n),
                    -2.5671 - 1.438 / n - 4.48 / (n * n)]
        case .trend:
            return [-3.9638 - 8.353 / n - 47.44 / (n * n),
                    -3.4126 - 4.039 / n - 17.83 / (n * n),
                    -3.1279 - 2.418 / n - 7.58 / (n * n)]
        }
    }

    /// p-value interpolated in `criticalValues`, clamped to [0.01, 0.10].
    public var pValue: Double {
        TableInterpolation.approx(statistic, x: criticalValues, y: PhillipsPerron.significanceLevels)
    }

    /// Runs the test (urca's `lags = "short"`, or a given truncation lag).
    /// - Parameters:
    ///   - x: the series; NaN values are removed first (urca's `na.omit`).
    ///   - type: `.level` (urca model "constant") or `.trend`.
    ///   - lag: Bartlett truncation lag; nil = ⌊4 (n/100)^¼⌋.
    /// - Throws: `NumericsError.invalidArgument` when R stops with an error (fewer than 3
    ///   observations, 4 for `.trend`); `NumericsError` from the regression when collinear.
    ///   With exactly one observation more (no residual degrees of freedom) the statistic is
    ///   NaN, as R.
    /// - Complexity: O(n · l).
    public init(_ x: [Double], type: UnitRoot.Deterministic = .level, lag: Int? = nil) throws {
        let series = x.filter { !$0.isNaN }
        let n = series.count - 1
        // urca reads coefficient rows 2 (constant model) and 3 (trend model) of the lm
        // summary: fewer rows than that is an error in R; no residual degrees of freedom
        // gives NaN.
        let needed = type == .level ? 2 : 3
        guard n >= needed else {
            throw NumericsError.invalidArgument("Phillips–Perron: \(series.count) observations are too few")
        }
        let y = Array(series[1...])
        let lagged = Array(series[0..<n])
        let l = lag.map { max($0, 0) } ?? Int(4 * pow(Double(n) / 100, 0.25))
        let nn = Double(n)
        self.type = type
        self.lag = l
        self.count = n
        if n <= needed {
            self.statistic = .nan
            return
        }
        let ones = [Double](repeating: 1, count: n)
        let columns = type == .level ? [ones, lagged]
            : [ones, lagged, (1...n).map { Double($0) - nn / 2 }]
        let fit = try AuxiliaryRegression(y: y, columns: columns)
        guard fit.aliased.isEmpty else {
            throw NumericsError.rankDeficient(rank: n - fit.residualDF, columns: columns.count,
                                              aliased: fit.aliased)
        }
        let variance = LongRunVariance.bartlett(fit.residuals, lag: l)
        let s = variance.shortRun
        let sig = variance.longRun
        let lambdaPrime = 0.5 * (sig - s) / sig
        let tstat = (fit.coefficients[1] - 1) / fit.standardErrors[1]
        let mean = y.reduce(0, +) / nn
        var sumY = 0.0, sumY2 = 0.0, sumTY = 0.0, sumDev2 = 0.0
        for (i, v) in y.enumerated() {
            sumY += v
            sumY2 += v * v
            sumTY += Double(i + 1) * v
            sumDev2 += (v - mean) * (v - mean)
        }
        let myybar = sumDev2 / (nn * nn)
        let denominator: Double
        switch type {
        case .level:
            denominator = myybar
        case .trend:
            let myy = sumY2 / (nn * nn)
            let mty = pow(nn, -2.5) * sumTY
            let my = pow(nn, -1.5) * sumY
            denominator = (1 - 1 / (nn * nn)) * myy - 12 * mty * mty + 12 * (1 + 1 / nn) * mty * my
                - (4 + 6 / nn + 2 / (nn * nn)) * my * my
        }
        self.statistic = (s / sig).squareRoot() * tstat - lambdaPrime * sig.squareRoot() / denominator.squareRoot()
    }
}
