import Foundation

/// Log-space tail probabilities, for p-values below the double range (≈ 2e-308).
///
/// Each returns `log` of the tail computed by the same algorithm as the value functions, but
/// with the power prefactor kept as a logarithm: `log(prefactor) + log(series or fraction)`.
/// Where the tail is representable it is simply `log(value)` (or `log1p(−other tail)`), so the
/// log forms agree with the value forms to rounding.
extension SpecialFunctions {
    /// Smallest tail value that is taken as is; below it the log is recomputed in log space.
    static let logSpaceThreshold = 1e-290

    /// `(log P(a, x), log Q(a, x))`.
    ///
    /// - Throws: `NumericsError.invalidArgument` as `regularizedGammaP`.
    static func logGammaTails(a: Double, x: Double) throws -> (logP: Double, logQ: Double) {
        let (p, q) = try gammaTails(a: a, x: x)
        if x == 0 || x == .infinity { return (log(p), log(q)) }
        if p >= logSpaceThreshold && q >= logSpaceThreshold { return (log(p), log(q)) }
        let small: Double  // log of the tiny tail
        let lowerIsSmall = p < q
        if a >= 1e5, let (w, c) = temmeParts(a: a, x: x) {
            // Q = φ(w)·(M(w) + c/√a), P = φ(w)·(M(−w) − c/√a), M the Mills ratio Φ̄/φ.
            let m = lowerIsSmall ? millsRatio(-w) - c / a.squareRoot() : millsRatio(w) + c / a.squareRoot()
            small = Normal.logPDF(w) + log(m)
        } else if lowerIsSmall {
            small = logGammaPowerTerm(a: a, x: x) - log(a) + log(gammaSeriesSum(a: a, x: x))
        } else {
            small = logGammaPowerTerm(a: a, x: x) + log(gammaFractionFactor(a: a, x: x))
        }
        return lowerIsSmall ? (small, log1p(-exp(small))) : (log1p(-exp(small)), small)
    }

    /// `(log I_x(a,b), log(1 − I_x(a,b)))` with the conventions of `betaTails`.
    static func logBetaTails(a: Double, b: Double, x: Double, y: Double,
                             delta: Double? = nil) throws -> (logLower: Double, logUpper: Double) {
        let (lo, up) = try betaTails(a: a, b: b, x: x, y: y, delta: delta)
        if x == 0 || y == 0 { return (log(lo), log(up)) }
        if lo >= logSpaceThreshold && up >= logSpaceThreshold { return (log(lo), log(up)) }
        let lambda = delta.map { -$0 } ?? (a > b ? (a + b) * y - b : a - (a + b) * x)
        let small: Double
        if lambda >= 0 {
            small = logBetaPowerTerm(a: a, b: b, x: x, y: y, delta: -lambda)
                + log(betaFractionFactor(a: a, b: b, x: x, y: y, lambda: lambda))
            return (small, log1p(-exp(small)))
        }
        small = logBetaPowerTerm(a: b, b: a, x: y, y: x, delta: lambda)
            + log(betaFractionFactor(a: b, b: a, x: y, y: x, lambda: -lambda))
        return (log1p(-exp(small)), small)
    }

    /// Mills ratio `M(w) = Φ̄(w)/φ(w)`; the asymptotic series beyond w = 37 where Φ̄ underflows.
    static func millsRatio(_ w: Double) -> Double {
        if w < 37 { return Normal.sf(w) / Normal.pdf(w) }
        let r = 1 / (w * w)
        return (1 + r * (-1 + r * (3 + r * (-15 + r * (105 + r * (-945 + r * (10395 + r * -135135))))))) / w
    }
}

extension ChiSquared {
    /// log P(X ≤ x), finite where `cdf` underflows.
    public func logCDF(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x <= 0 { return -.infinity }
        return (try? SpecialFunctions.logGammaTails(a: 0.5 * df, x: 0.5 * x).logP) ?? .nan
    }

    /// log P(X > x), finite where `sf` underflows (e.g. χ²₃ at x = 3000 ≈ e^−1496).
    public func logSF(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x <= 0 { return 0 }
        return (try? SpecialFunctions.logGammaTails(a: 0.5 * df, x: 0.5 * x).logQ) ?? .nan
    }
}

extension StudentT {
    /// log P(T ≤ t), finite where `cdf` underflows.
    public func logCDF(_ t: Double) -> Double { logSF(-t) }

    /// log P(T > t), finite where `sf` underflows (e.g. t₅ at 1e80).
    public func logSF(_ t: Double) -> Double {
        if t.isNaN { return .nan }
        if df > StudentT.normalLimitDF { return Normal.logSF(t) }
        let q = sf(t)
        if q >= SpecialFunctions.logSpaceThreshold { return log(q) }
        if t == .infinity { return -.infinity }
        // Here t > 0 is far in the upper tail: log(½·I_x(ν/2, ½)).
        let a = 0.5 * df
        let logX = log(df) - 2 * log(t)
        if logX < -460 {
            return log(0.5) + a * logX - log(a) - SpecialFunctions.logBeta(a, 0.5)
        }
        let t2 = t * t
        let delta = 0.5 * df * ((1 - t) * (1 + t)) / (df + t2)
        let l = (try? SpecialFunctions.logBetaTails(a: a, b: 0.5, x: df / (df + t2), y: t2 / (df + t2),
                                                    delta: delta).logLower) ?? .nan
        return log(0.5) + l
    }
}

extension FDistribution {
    /// log P(X ≤ x), finite where `cdf` underflows.
    public func logCDF(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x <= 0 { return -.infinity }
        return logTails(x).lower
    }

    /// log P(X > x), finite where `sf` underflows.
    public func logSF(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x <= 0 { return 0 }
        return logTails(x).upper
    }

    private func logTails(_ x: Double) -> (lower: Double, upper: Double) {
        if x == .infinity { return (0, -.infinity) }
        if let chi = chiLimit { return (chi.logCDF(x * df1), chi.logSF(x * df1)) }
        if let r = reciprocal { return (r.logSF(1 / x), r.logCDF(1 / x)) }
        if let s = logNormalScale { return (Normal.logCDF(log(x) / s), Normal.logSF(log(x) / s)) }
        let (u, v) = beta(x)
        guard let t = try? SpecialFunctions.logBetaTails(a: 0.5 * df1, b: 0.5 * df2, x: u, y: v,
                                                         delta: delta(x)) else { return (.nan, .nan) }
        return (t.logLower, t.logUpper)
    }
}
