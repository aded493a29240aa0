import Foundation
import AlmanacNumerics

/// The Box–Cox power transform with parameter λ, as `forecast::BoxCox` /
/// `forecast::InvBoxCox`:
///
///     w = (sign(x)·|x|^λ − 1)/λ   (λ ≠ 0),     w = log x   (λ = 0),
///
/// and its inverse `x = sign(λw + 1)·|λw + 1|^(1/λ)` (λ ≠ 0), `x = e^w` (λ = 0).
/// As in R, for λ < 0 negative inputs give NaN (`x[x < 0] <- NA`) and, in the inverse,
/// `w > −1/λ` (outside the transform's range) gives NaN.
///
/// Back-transforming a forecast mean gives the forecast *median*; with bias adjustment
/// the mean is approximated by `x·(1 + σ²(1 − λ)/(2x^{2λ}))` where σ² is the forecast
/// variance on the transformed scale (`InvBoxCox(biasadj = TRUE, fvar = σ²)`).
public struct BoxCox: Hashable, Sendable, Codable {
    public var lambda: Double

    public init(lambda: Double) { self.lambda = lambda }

    /// The transformed values (NaN stays NaN).
    /// - Complexity: O(n).
    public func transform(_ x: [Double]) -> [Double] {
        let l = lambda
        if l == 0 { return x.map { log($0) } }
        return x.map { v in
            if l < 0 && v < 0 { return .nan }
            // R's sign(x)·|x|^λ literally: for x = 0 and λ < 0 that is 0·∞ = NaN, as in R.
            return (sign(v) * pow(abs(v), l) - 1) / l
        }
    }

    /// The back-transformed values (medians when `w` are forecast means).
    public func inverse(_ w: [Double]) -> [Double] {
        let l = lambda
        if l == 0 { return w.map { exp($0) } }
        return w.map { v in
            if l < 0 && v > -1 / l { return .nan }
            let xx = v * l + 1
            return sign(xx) * pow(abs(xx), 1 / l)
        }
    }

    /// Bias-adjusted back-transform: approximate means from forecast means `w` and their
    /// variances `variance` on the transformed scale (one per value; a single variance
    /// applies to all), `x·(1 + ½σ²(1 − λ)/x^{2λ})`.
    /// - Throws: `InputError` when the variance count is neither 1 nor `w.count`.
    public func inverse(_ w: [Double], biasAdjustedWith variance: [Double]) throws(InputError) -> [Double] {
        guard variance.count == w.count || variance.count == 1 else {
            throw InputError(file: "Box-Cox", "bias adjustment needs one forecast variance per value (\(w.count)) or a single one, got \(variance.count)")
        }
        let x = inverse(w)
        return x.indices.map { i in
            let s2 = variance.count == 1 ? variance[0] : variance[i]
            return x[i] * (1 + 0.5 * s2 * (1 - lambda) / pow(x[i], 2 * lambda))
        }
    }

    /// The transformed-scale forecast variances implied by a symmetric prediction
    /// interval, as `InvBoxCox` recovers them when `fvar` is a forecast:
    /// `σ² = ((upper − lower)/(2·z))²` with `z = Φ⁻¹((1 + level)/2)`. R uses the widest
    /// level of the forecast; pass that one.
    /// - Parameters:
    ///   - lower: the lower bounds of the interval, one per step.
    ///   - upper: the upper bounds, one per step.
    ///   - level: coverage as a fraction (0.95) or a percentage (95).
    /// - Throws: `InputError` for bounds of different lengths or a level outside (0, 100).
    public static func varianceFromInterval(lower: [Double], upper: [Double], level: Double) throws(InputError) -> [Double] {
        guard lower.count == upper.count else {
            throw InputError(file: "Box-Cox", "interval bounds differ in length: \(lower.count) lower, \(upper.count) upper")
        }
        let coverage = level > 1 ? level / 100 : level
        guard coverage > 0, coverage < 1, let z = try? Normal.quantile((coverage + 1) / 2) else {
            throw InputError(file: "Box-Cox", "interval level must be in (0, 1) or (0, 100), got \(level)")
        }
        return zip(lower, upper).map { lo, hi in
            let s = (hi - lo) / z / 2
            return s * s
        }
    }

    /// R's `sign`: −1, 0 or 1 (NaN stays NaN).
    private func sign(_ v: Double) -> Double { v > 0 ? 1 : (v < 0 ? -1 : v) }

    /// `forecast::BoxCox.lambda(x, method = "guerrero", lower, upper)`: 1 (no transform)
    /// when `x.count ≤ 2·period`; the lower bound is raised to 0 when any value is ≤ 0;
    /// otherwise ``guerreroLambda(_:period:lower:upper:)``.
    public static func lambda(_ x: [Double], period: Int, lower: Double = -1, upper: Double = 2) -> Double {
        if x.count <= 2 * period { return 1 }
        let lo = x.contains(where: { $0 <= 0 }) ? max(lower, 0) : lower
        return guerreroLambda(x, period: period, lower: lo, upper: upper)
    }
}

extension Transforms {
    /// `forecast::BoxCox(x, lambda)`; see ``BoxCox``.
    public static func boxCox(_ x: [Double], lambda: Double) -> [Double] {
        BoxCox(lambda: lambda).transform(x)
    }

    /// `forecast::InvBoxCox(w, lambda, biasadj, fvar)`: without `forecastVariance` the plain
    /// inverse (medians), with it the bias-adjusted means; see ``BoxCox``.
    /// - Throws: `InputError` when the variance count is neither 1 nor `w.count`.
    public static func inverseBoxCox(_ w: [Double], lambda: Double,
                                     forecastVariance: [Double]? = nil) throws(InputError) -> [Double] {
        let bc = BoxCox(lambda: lambda)
        guard let forecastVariance else { return bc.inverse(w) }
        return try bc.inverse(w, biasAdjustedWith: forecastVariance)
    }
}
