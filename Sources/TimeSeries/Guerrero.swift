import Foundation
import AlmanacNumerics

extension BoxCox {
    /// Guerrero's (1993) choice of λ, exactly as `forecast:::guerrero(x, lower, upper)`:
    ///
    /// The last `⌊n/m⌋·m` observations are cut into consecutive sub-series of length
    /// `m = round(max(2, period))` (a non-seasonal series uses pairs). For each sub-series j
    /// with mean `x̄_j` and standard deviation `s_j` (missing values skipped) the ratio
    /// `r_j(λ) = s_j / x̄_j^{1−λ}` is formed; λ minimises the coefficient of variation
    /// `sd(r)/mean(r)` (non-finite ratios skipped) over `[lower, upper]` with Brent's
    /// method at R `optimize`'s default tolerance `ε^{1/4}`.
    ///
    /// Guerrero's method assumes positive data (R warns otherwise; ratios with negative
    /// means become NaN and are skipped). Returns 1 (no transform) when fewer than two
    /// complete sub-series exist or the bounds are not an interval.
    /// - Complexity: O(n) once, then O(n/m) per objective evaluation (about 20–40 of them).
    public static func guerreroLambda(_ x: [Double], period: Int, lower: Double = -1, upper: Double = 2) -> Double {
        let m = max(2, period)
        let years = x.count / m
        guard years >= 2 else { return 1 }
        let offset = x.count - years * m
        // Sub-series means and standard deviations do not depend on λ: compute them once.
        var means = [Double](repeating: .nan, count: years)
        var sds = [Double](repeating: .nan, count: years)
        for j in 0..<years {
            let block = x[(offset + j * m)..<(offset + (j + 1) * m)].filter { !$0.isNaN }
            means[j] = SampleMoments.mean(block)
            sds[j] = SampleMoments.standardDeviation(block)
        }
        // Preallocated: the objective runs once per Brent step.
        var ratios = [Double](repeating: .nan, count: years)
        let objective: (Double) -> Double = { lam in
            var k = 0
            for j in 0..<years {
                let r = sds[j] / pow(means[j], 1 - lam)
                if !r.isNaN { ratios[k] = r; k += 1 }
            }
            let finite = ratios[0..<k]
            return SampleMoments.standardDeviation(finite) / SampleMoments.mean(finite)
        }
        guard let result = try? Brent.minimize(lower: lower, upper: upper, objective) else { return 1 }
        return result.x
    }
}

/// R's `mean` and `sd` for the sub-series statistics.
private enum SampleMoments {
    /// Arithmetic mean with R's refinement pass (`mean.default`: the mean of the deviations
    /// from a first mean is added back); NaN for an empty sample.
    static func mean<C: Collection>(_ v: C) -> Double where C.Element == Double {
        guard !v.isEmpty else { return .nan }
        let n = Double(v.count)
        let m = v.reduce(0, +) / n
        guard m.isFinite else { return m }
        return m + v.reduce(0) { $0 + ($1 - m) } / n
    }

    /// Sample standard deviation (n − 1 denominator, two-pass as R `sd`); NaN below two values.
    static func standardDeviation<C: Collection>(_ v: C) -> Double where C.Element == Double {
        guard v.count >= 2 else { return .nan }
        let m = mean(v)
        return (v.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(v.count - 1)).squareRoot()
    }
}
