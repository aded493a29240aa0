import Foundation

/// Special functions behind the probability distributions: log-gamma, log-beta and the
/// regularized incomplete gamma and beta functions (in IncompleteGamma.swift and
/// IncompleteBeta.swift).
///
/// Accuracy strategy. Tail probabilities down to ~1e-300 must keep full relative precision,
/// so the power prefactors `xᵃe⁻ˣ/Γ(a)` and `xᵃyᵇ/B(a,b)` are never formed from differences
/// of large log-gammas (which would cancel catastrophically for a, b ≈ 1e6). Instead Γ is
/// written as Stirling's formula times `exp(δ(a))`, where `δ` is the small Stirling
/// remainder, and the large terms are combined analytically into `a·log1pmx(u)` with
/// `log1pmx(u) = log(1+u) − u`, evaluated without cancellation (Temme; DiDonato & Morris).
public enum SpecialFunctions {
    static let logSqrt2Pi = 0.918938533204672741780329736406  // log √(2π)

    /// `log Γ(x)` for `x > 0` (and `log|Γ(x)|` for negative non-integers; +∞ at the poles).
    /// Uses the C library's `lgamma_r` (reentrant; a few ulps).
    public static func logGamma(_ x: Double) -> Double {
        var sign: Int32 = 0
        return lgamma_r(x, &sign)
    }

    /// Stirling's remainder `δ(x) = log Γ(x) − ((x − ½) log x − x + log √(2π))` for `x > 0`.
    /// For `x ≥ 10` from the asymptotic series `Σ B₂ₖ / (2k(2k−1) x²ᵏ⁻¹)` (eight terms; the
    /// first omitted term is < 2e-18 there), otherwise by subtraction (absolute error a few
    /// 1e-16, which is all its uses need since δ only enters exponents).
    static func stirlingCorrection(_ x: Double) -> Double {
        if x >= 10 {
            let r = 1 / x, r2 = r * r
            // Coefficients B₂ₖ/(2k(2k−1)), k = 1…8.
            let s = 1.0 / 12 + r2 * (-1.0 / 360 + r2 * (1.0 / 1260 + r2 * (-1.0 / 1680 + r2 * (1.0 / 1188
                + r2 * (-691.0 / 360360 + r2 * (1.0 / 156 + r2 * (-3617.0 / 122400)))))))
            return s * r
        }
        return logGamma(x) - ((x - 0.5) * log(x) - x + logSqrt2Pi)
    }

    /// `log(1 + u) − u` for `u > −1`, accurate also for small |u| where the difference cancels:
    /// with `r = u/(2+u)`, `log(1+u) = 2·atanh r`, so `log(1+u) − u = −r·u + 2(r³/3 + r⁵/5 + …)`.
    static func log1pmx(_ u: Double) -> Double {
        if abs(u) > 0.5 { return log1p(u) - u }
        let r = u / (2 + u), r2 = r * r
        var term = r * r2, sum = 0.0, k = 3.0
        while true {
            let add = term / k
            sum += add
            if abs(add) <= 1e-17 * abs(sum) { break }
            term *= r2
            k += 2
        }
        return -r * u + 2 * sum
    }

    /// `a·(log(x/a) + 1 − x/a)` = `a·log1pmx((x − a)/a)` without forming `log(x/a)` when x ≈ a
    /// nor `log1p(−1 + tiny)` when x ≪ a.
    static func scaledLog1pmx(_ x: Double, _ a: Double) -> Double {
        let u = (x - a) / a
        if abs(u) <= 0.5 { return a * log1pmx(u) }
        // log(x/a) keeps a·ε·|log(x/a)| of error (log x − log a would cost a·ε·|log x|, 5e-13 at
        // a = 500); only when x/a overflows fall back to the difference (u = ∞ then gives −∞).
        let r = x / a
        return a * ((r.isFinite ? log(r) : log(x) - log(a)) - u)
    }

    /// `log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b)` for `a, b > 0`, with the large terms
    /// combined analytically when max(a, b) ≥ 10 so that e.g. `log B(5e9, ½)` keeps full
    /// precision.
    public static func logBeta(_ a0: Double, _ b0: Double) -> Double {
        let a = max(a0, b0), b = min(a0, b0)  // a ≥ b
        if a < 10 { return logGamma(a) + logGamma(b) - logGamma(a + b) }
        let c = a + b
        if b < 10 {
            // log Γ(a) − log Γ(a+b) = −(a−½)·log1pmx(b/a) + ½·b/a − b·log(a+b) + δ(a) − δ(a+b)
            let ba = b / a
            let diff = -(a - 0.5) * log1pmx(ba) + 0.5 * ba - b * log(c)
                + stirlingCorrection(a) - stirlingCorrection(c)
            return logGamma(b) + diff
        }
        // Both ≥ 10: ½log(2π) − ½log(b·a/c) − a·log(1 + b/a) − b·log(1 + a/b) + δ's.
        return logSqrt2Pi - 0.5 * log(b * (a / c)) - a * log1p(b / a) - b * log1p(a / b)
            + stirlingCorrection(a) + stirlingCorrection(b) - stirlingCorrection(c)
    }

    /// `xᵃ e⁻ˣ / Γ(a)` for `a > 0, x ≥ 0`, computed as
    /// `√(a/2π) · exp(a·log1pmx((x−a)/a) − δ(a))` so that it keeps relative precision for
    /// large `a` (the direct form would cancel `a log x` against `log Γ(a)`).
    static func gammaPowerTerm(a: Double, x: Double) -> Double {
        if x == 0 { return 0 }
        if !x.isFinite { return 0 }
        if a < 10 && x < 700 {
            // Small a: every factor is O(1) except xᵃ and e⁻ˣ, which `pow`/`exp` give to an ulp;
            // the log form would lose |a·log x|·ε (7e-14 at x = 1e-240).
            return pow(x, a) * exp(-x) / tgamma(a)
        }
        return (a / (2 * Double.pi)).squareRoot() * exp(scaledLog1pmx(x, a) - stirlingCorrection(a))
    }

    /// `log(xᵃ e⁻ˣ / Γ(a))` in the Stirling form (absolute error a few ε·|result|); finite
    /// where `gammaPowerTerm` underflows.
    static func logGammaPowerTerm(a: Double, x: Double) -> Double {
        if x == 0 || !x.isFinite { return -.infinity }
        return 0.5 * log(a / (2 * Double.pi)) + scaledLog1pmx(x, a) - stirlingCorrection(a)
    }

    /// `log(xᵃ yᵇ / B(a, b))` in the Stirling form; finite where `betaPowerTerm` underflows.
    static func logBetaPowerTerm(a: Double, b: Double, x: Double, y: Double, delta: Double? = nil) -> Double {
        if x <= 0 || y <= 0 { return -.infinity }
        let c = a + b
        let x0 = a / c, y0 = b / c
        let d = delta ?? (x * b - y * a)
        let u = d / a, v = -d / b
        let ta = abs(u) <= 0.5 ? a * log1pmx(u) : a * (log(x / x0) - u)
        let tb = abs(v) <= 0.5 ? b * log1pmx(v) : b * (log(y / y0) - v)
        let corr = stirlingCorrection(c) - stirlingCorrection(a) - stirlingCorrection(b)
        return 0.5 * log(b * x0 / (2 * Double.pi)) + ta + tb + corr
    }

    /// `xᵃ yᵇ / B(a, b)` for `a, b > 0`, `x ∈ [0, 1]`, `y = 1 − x` supplied separately so that
    /// neither complement loses precision. With `x₀ = a/(a+b)`, `u = x/x₀ − 1 = (xb − ya)/a`,
    /// `v = y/y₀ − 1 = (ya − xb)/b` (so `a·u + b·v = 0`):
    /// `xᵃyᵇ/B = √(b·x₀/2π) · exp(a·log1pmx(u) + b·log1pmx(v) + δ(a+b) − δ(a) − δ(b))`.
    /// `delta = x·b − y·a` may be supplied when the caller can form it without cancellation.
    static func betaPowerTerm(a: Double, b: Double, x: Double, y: Double, delta: Double? = nil) -> Double {
        if x <= 0 || y <= 0 { return 0 }
        if a < 10 && b < 10 {
            // Small shapes: B(a, b) is O(1)…O(1/min(a,b)) and `pow` is accurate to an ulp, while
            // the log form would lose |a·log x|·ε far in the tails.
            let p = pow(x, a) * pow(y, b)
            if p.isNormal { return p / exp(logBeta(a, b)) }
        }
        let c = a + b
        let x0 = a / c
        let d = delta ?? (x * b - y * a)
        let u = d / a, v = -d / b
        let ta = abs(u) <= 0.5 ? a * log1pmx(u) : a * (log(x / x0) - u)
        let y0 = b / c
        let tb = abs(v) <= 0.5 ? b * log1pmx(v) : b * (log(y / y0) - v)
        let corr = stirlingCorrection(c) - stirlingCorrection(a) - stirlingCorrection(b)
        return (b * x0 / (2 * Double.pi)).squareRoot() * exp(ta + tb + corr)
    }
}
