import Foundation

extension SpecialFunctions {
    /// Regularized incomplete beta `I_x(a, b) = B(x; a, b)/B(a, b)`, `a, b > 0`, `0 ≤ x ≤ 1`.
    ///
    /// - Throws: `NumericsError.invalidArgument` for non-positive or NaN shapes or `x ∉ [0, 1]`.
    /// - Complexity: O(1) iterations away from the mean `a/(a+b)`, O(√min(a, b)) near it.
    public static func regularizedBeta(a: Double, b: Double, x: Double) throws -> Double {
        guard x >= 0, x <= 1 else {
            throw NumericsError.invalidArgument("incomplete beta needs 0 ≤ x ≤ 1, got x = \(x)")
        }
        return try betaTails(a: a, b: b, x: x, y: 1 - x).lower
    }

    /// Both tails `(I_x(a,b), 1 − I_x(a,b))` given `x` and its complement `y = 1 − x`
    /// (callers pass `y` computed directly, e.g. `t²/(ν+t²)`, to keep it exact).
    ///
    /// Method: DiDonato & Morris's continued fraction (TOMS 708, `bfrac`) for the tail below
    /// the mean, `λ = a − (a+b)x ≥ 0`; beyond the mean the symmetry `I_x(a,b) = 1 − I_y(b,a)`
    /// is used, so the fraction always yields the small tail and both returned tails keep
    /// their relative precision. Unlike the textbook fraction (whose leading terms contain
    /// `1 − (a+b)x/(a+1)` and lose `a·ε` when x ≈ 1, i.e. 1e-7 at a = 5e9), `bfrac` takes
    /// `λ` formed from the exact complement `y` (`(a+b)y − b` when a > b), so t with ν = 1e10
    /// keeps full precision. The prefactor `xᵃyᵇ/B(a,b)` is `betaPowerTerm`.
    /// `delta`, if given, is `x·b − y·a` computed by the caller without cancellation (e.g. from
    /// the original statistic); far in the tails of large-parameter distributions this
    /// difference decides the result, and forming it from rounded `x`, `y` would cost up to
    /// `a·ε`-sized perturbations (2.5e-12 at F(1e6, 1e6) with p ≈ 1e-300).
    static func betaTails(a: Double, b: Double, x: Double, y: Double, delta: Double? = nil) throws -> (lower: Double, upper: Double) {
        guard a > 0, b > 0, a.isFinite, b.isFinite else {
            throw NumericsError.invalidArgument("incomplete beta needs finite a, b > 0, got a = \(a), b = \(b)")
        }
        guard x >= 0, y >= 0, x <= 1, y <= 1 else {
            throw NumericsError.invalidArgument("incomplete beta needs 0 ≤ x ≤ 1, got x = \(x)")
        }
        if x == 0 { return (0, 1) }
        if y == 0 { return (1, 0) }
        // λ = a − (a+b)x = a·y − b·x = −delta.
        let lambda = delta.map { -$0 } ?? (a > b ? (a + b) * y - b : a - (a + b) * x)
        if lambda >= 0 {
            let lower = betaContinuedFraction(a: a, b: b, x: x, y: y, lambda: lambda)
            return (lower, 1 - lower)
        }
        let upper = betaContinuedFraction(a: b, b: a, x: y, y: x, lambda: -lambda)
        return (1 - upper, upper)
    }

    /// `I_x(a, b)` for `λ = (a+b)y − b ≥ 0` by TOMS 708 `bfrac` (three-term recurrence for the
    /// convergents, rescaled each step). O(1) iterations in the tails, O(√min(a,b)) at the mean.
    static func betaContinuedFraction(a: Double, b: Double, x: Double, y: Double, lambda: Double) -> Double {
        let front = betaPowerTerm(a: a, b: b, x: x, y: y, delta: -lambda)
        if front == 0 { return 0 }
        return front * betaFractionFactor(a: a, b: b, x: x, y: y, lambda: lambda)
    }

    /// The continued-fraction factor of `bfrac` (the value divided by `xᵃyᵇ/B(a,b)`).
    static func betaFractionFactor(a: Double, b: Double, x: Double, y: Double, lambda: Double) -> Double {
        let c = lambda + 1, c0 = b / a, c1 = 1 / a + 1, yp1 = y + 1
        var n = 0.0, p = 1.0, s = a + 1
        var an = 0.0, bn = 1.0, anp1 = 1.0, bnp1 = c / c1
        var r = c1 / c
        while n < 1_000_000 {
            n += 1
            var t = n / a
            let w = n * (b - n) * x
            var e = a / s
            let alpha = p * (p + c0) * e * e * (w * x)
            e = (t + 1) / (c1 + t + t)
            let beta = n + w / s + e * (c + n * yp1)
            p = t + 1
            s += 2
            t = alpha * an + beta * anp1; an = anp1; anp1 = t
            t = alpha * bn + beta * bnp1; bn = bnp1; bnp1 = t
            let r0 = r
            r = anp1 / bnp1
            if abs(r - r0) <= 2.3e-16 * r { break }
            if !r.isFinite { return .nan }  // degenerate shapes (e.g. a = 1e-300) overflow the recurrence
            an /= bnp1
            bn /= bnp1
            anp1 = r
            bnp1 = 1
        }
        return r
    }
}
