import Foundation

extension SpecialFunctions {
    /// Regularized lower incomplete gamma `P(a, x) = γ(a, x)/Γ(a)`, `a > 0`, `x ≥ 0`.
    ///
    /// - Throws: `NumericsError.invalidArgument` for `a ≤ 0`, `x < 0` or NaN arguments.
    /// - Complexity: O(√a) terms near the transition `x ≈ a`, O(1) elsewhere.
    public static func regularizedGammaP(a: Double, x: Double) throws -> Double {
        try gammaTails(a: a, x: x).p
    }

    /// Regularized upper incomplete gamma `Q(a, x) = Γ(a, x)/Γ(a) = 1 − P(a, x)`, computed
    /// directly (not as 1 − P) where it is the small tail, so values down to 1e-300 keep their
    /// relative precision.
    ///
    /// - Throws: `NumericsError.invalidArgument` for `a ≤ 0`, `x < 0` or NaN arguments.
    public static func regularizedGammaQ(a: Double, x: Double) throws -> Double {
        try gammaTails(a: a, x: x).q
    }

    /// Both tails `(P, Q)`. For `x < a + 1` the series
    /// `P = xᵃe⁻ˣ/Γ(a+1) · Σₙ xⁿ/((a+1)…(a+n))` gives P (then Q = 1 − P); otherwise the
    /// Legendre continued fraction `Q = xᵃe⁻ˣ/Γ(a) · 1/(x+1−a− 1·(1−a)/(x+3−a− …))`, evaluated
    /// by the modified Lentz method, gives Q (then P = 1 − Q). The complement is only formed
    /// for the tail that is not small, so both returned values are accurate.
    static func gammaTails(a: Double, x: Double) throws -> (p: Double, q: Double) {
        guard a > 0, a.isFinite else {
            throw NumericsError.invalidArgument("incomplete gamma needs finite a > 0, got a = \(a)")
        }
        guard x >= 0 else {  // also rejects NaN
            throw NumericsError.invalidArgument("incomplete gamma needs x ≥ 0, got x = \(x)")
        }
        if x == 0 { return (0, 1) }
        if x == .infinity { return (1, 0) }
        if x < a + 1 {
            let p = gammaSeries(a: a, x: x)
            return (p, 1 - p)
        }
        let q = gammaContinuedFraction(a: a, x: x)
        return (1 - q, q)
    }

    /// P(a, x) by the power series; converges for all x, fast for x < a + 1.
    static func gammaSeries(a: Double, x: Double) -> Double {
        let front = gammaPowerTerm(a: a, x: x) / a
        if front == 0 { return 0 }
        var ap = a, del = 1.0, sum = 1.0
        for _ in 0..<100_000 {
            ap += 1
            del *= x / ap
            sum += del
            if del < sum * 1e-17 { break }
        }
        return front * sum
    }

    /// Q(a, x) by the continued fraction (modified Lentz); fast for x > a + 1.
    static func gammaContinuedFraction(a: Double, x: Double) -> Double {
        let front = gammaPowerTerm(a: a, x: x)
        if front == 0 { return 0 }
        let tiny = 1e-300
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var h = d
        var i = 1.0
        while i < 100_000 {
            let an = -i * (i - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let del = d * c
            h *= del
            if abs(del - 1) < 3e-16 { break }
            i += 1
        }
        return front * h
    }
}
