import Foundation

/// The standard normal distribution N(0, 1).
///
/// - `cdf`/`sf` use the C library's `erfc` with the argument `x/√2` carried in double-double
///   precision and a first-order correction, so the rounding of `x/√2` (which would cost a
///   relative error ≈ x²·ε, 1.6e-13 at x = 38) does not reach the tails: `sf(40)` ≈ 3.7e-350
///   underflows only because it is below the double range, `sf(37.5)` ≈ 4.6e-308 is accurate.
/// - `quantile` is Wichura's AS241 (PPND16), accurate to about 1e-16 relative, for
///   `1e-308 ≲ p ≤ 1 − 1e-16`; `quantile(0) = −∞`, `quantile(1) = +∞`.
public enum Normal {
    static let invSqrt2Hi = 0.7071067811865476
    static let invSqrt2Lo = -4.833646656726457e-17
    static let twoOverSqrtPi = 1.1283791670955126
    static let invSqrt2Pi = 0.3989422804014327
    static let logSqrt2Pi = 0.9189385332046728

    /// Φ(−t) for t ≥ 0: `½·erfc(t/√2)` with `t/√2 = zh + zl` exactly (to ~1e-32) and
    /// `erfc(zh + zl) ≈ erfc(zh) − zl·(2/√π)·exp(−zh²)`.
    static func upperTail(_ t: Double) -> Double {
        if t == .infinity { return 0 }
        let zh = t * invSqrt2Hi
        let zl = fma(t, invSqrt2Hi, -zh) + t * invSqrt2Lo
        let e = erfc(zh)
        let correction = zl * twoOverSqrtPi * exp(-zh * zh)
        return 0.5 * (e - correction)
    }

    /// Φ(x) = P(Z ≤ x). NaN for NaN.
    public static func cdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        return x <= 0 ? upperTail(-x) : 1 - upperTail(x)
    }

    /// 1 − Φ(x) = P(Z > x), computed directly (not as 1 − cdf) so it keeps relative precision
    /// in the upper tail.
    public static func sf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        return x >= 0 ? upperTail(x) : 1 - upperTail(-x)
    }

    /// log(1 − Φ(x)), finite far beyond the double range of `sf` (e.g. `logSF(40)` ≈ −804.6).
    /// For x ≥ 37 it uses the asymptotic Mills-ratio series
    /// `1 − Φ(x) = φ(x)/x · (1 − 1/x² + 3/x⁴ − 15/x⁶ + …)` (seven terms: < 1e-17 there).
    public static func logSF(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x < 0 { return log1p(-upperTail(-x)) }
        if x < 37 { return log(upperTail(x)) }
        if x == .infinity { return -.infinity }
        let r = 1 / (x * x)
        let series = 1 + r * (-1 + r * (3 + r * (-15 + r * (105 + r * (-945 + r * (10395 + r * -135135))))))
        return -0.5 * x * x - logSqrt2Pi - log(x) + log(series)
    }

    /// log Φ(x) = `logSF(−x)`.
    public static func logCDF(_ x: Double) -> Double {
        logSF(-x)
    }

    /// φ(x) = exp(−x²/2)/√(2π), with x² split exactly (`fma`) so the exponent is exact.
    public static func pdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        let ax = abs(x)
        if ax > 40 { return 0 }  // φ(40) ≈ 1e-348, below the double range.
        let hi = ax * ax
        let lo = fma(ax, ax, -hi)
        return invSqrt2Pi * exp(-0.5 * hi) * exp(-0.5 * lo)
    }

    /// log φ(x) = −x²/2 − log √(2π).
    public static func logPDF(_ x: Double) -> Double {
        -0.5 * x * x - logSqrt2Pi
    }

    /// Φ⁻¹(p) by AS241 (Wichura 1988, algorithm PPND16): a rational approximation in
    /// `q = p − ½` for |q| ≤ 0.425, otherwise in `r = √(−log min(p, 1−p))`, split at r = 5.
    ///
    /// - Throws: `NumericsError.invalidArgument` for p outside [0, 1] or NaN.
    public static func quantile(_ p: Double) throws -> Double {
        try QuantileSolver.check(p, "normal quantile", "p")
        return ppnd16(p)
    }

    /// The upper-tail quantile: the x with `sf(x) = q`, accurate for tiny q (e.g. 1e-300).
    ///
    /// - Throws: `NumericsError.invalidArgument` for q outside [0, 1] or NaN.
    public static func inverseSurvival(_ q: Double) throws -> Double {
        try QuantileSolver.check(q, "normal inverse survival", "q")
        return -ppnd16(q)
    }

    /// AS241 for p ∈ [0, 1].
    static func ppnd16(_ p: Double) -> Double {
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        let q = p - 0.5
        if abs(q) <= 0.425 {
            let r = 0.180625 - q * q
            let num = (((((((2.5090809287301226727e+3 * r + 3.3430575583588128105e+4) * r
                + 6.7265770927008700853e+4) * r + 4.5921953931549871457e+4) * r
                + 1.3731693765509461125e+4) * r + 1.9715909503065514427e+3) * r
                + 1.3314166789178437745e+2) * r + 3.3871328727963666080e+0)
            let den = (((((((5.2264952788528545610e+3 * r + 2.8729085735721942674e+4) * r
                + 3.9307895800092710610e+4) * r + 2.1213794301586595867e+4) * r
                + 5.3941960214247511077e+3) * r + 6.8718700749205790830e+2) * r
                + 4.2313330701600911252e+1) * r + 1.0)
            return q * num / den
        }
        var r = q < 0 ? p : 1 - p
        r = (-log(r)).squareRoot()
        var value: Double
        if r <= 5 {
            r -= 1.6
            let num = (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r
                + 2.41780725177450611770e-1) * r + 1.27045825245236838258e+0) * r
                + 3.64784832476320460504e+0) * r + 5.76949722146069140550e+0) * r
                + 4.63033784615654529590e+0) * r + 1.42343711074968357734e+0)
            let den = (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r
                + 1.51986665636164571966e-2) * r + 1.48103976427480074590e-1) * r
                + 6.89767334985100004550e-1) * r + 1.67638483018380384940e+0) * r
                + 2.05319162663775882187e+0) * r + 1.0)
            value = num / den
        } else {
            r -= 5
            let num = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r
                + 1.24266094738807843860e-3) * r + 2.65321895265761230930e-2) * r
                + 2.96560571828504891230e-1) * r + 1.78482653991729133580e+0) * r
                + 5.46378491116411436990e+0) * r + 6.65790464350110377720e+0)
            let den = (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r
                + 1.84631831751005468180e-5) * r + 7.86869131145613259100e-4) * r
                + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r
                + 5.99832206555887937690e-1) * r + 1.0)
            value = num / den
        }
        return q < 0 ? -value : value
    }
}
