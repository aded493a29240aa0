import AlmanacNumerics

/// Hansen's (1997) approximate asymptotic p-values for the supF, aveF and expF tests,
/// exactly as strucchange's `pvalue.Fstats`.
///
/// For `k` regressors and trimming `τ` (from `λ`: `τ = λ` if `λ < 1`, else `1/(1 + √λ)`),
/// the tabulated response surface gives, at each of 25 grid values `τ = 0.49, 0.48, …, 0.01`,
/// `p(x) = 1 − χ²_ν(max(0, Σⱼ βⱼ xʲ))`; p-values between grid points are linearly
/// interpolated, `τ ≥ 0.49` blends towards the `χ²_k` law of the single-date test at `τ = 0.5`,
/// and `τ ≤ 0.01` uses the last grid row. More than 40 regressors use the `k = 40` surface
/// and `χ²₄₀` (strucchange does the same, with a warning).
///
/// Upper tails are evaluated with the survival function rather than `1 − cdf`, so very
/// small p-values are resolved where R prints its `1 − pchisq` floor of 2.2e-16.
public enum HansenPValue {
    /// The three functionals of the F statistic sequence.
    public enum Functional: String, Sendable, Codable, CaseIterable {
        case supF, aveF, expF
    }

    /// The approximate p-value of statistic `x`.
    ///
    /// - Complexity: O(1) (25 polynomial evaluations); the tables are parsed once.
    public static func pValue(_ x: Double, test: Functional, regressors k: Int, lambda: Double) -> Double {
        guard x.isFinite, k >= 1, lambda > 0 else { return .nan }
        let table: CriticalValueTables.Table
        switch test {
        case .supF: table = CriticalValueTables.hansenSup
        case .aveF: table = CriticalValueTables.hansenAve
        case .expF: table = CriticalValueTables.hansenExp
        }
        let kk = min(k, 40)
        let m = table.columns - 1
        let tau = lambda < 1 ? lambda : 1 / (1 + lambda.squareRoot())
        func chiSquaredSurvival(_ q: Double, _ df: Double) -> Double {
            guard let d = try? ChiSquared(df: df) else { return .nan }
            return d.sf(q)
        }
        func gridPValue(_ row: Int) -> Double {   // row 1…25, as R's pp[row]
            let r = (kk - 1) * 25 + row - 1
            var power = 1.0, s = 0.0
            for j in 0..<m { s += table[r, j] * power; power *= x }
            return chiSquaredSurvival(max(s, 0), table[r, m])
        }
        if tau == 0.5 { return chiSquaredSurvival(x, Double(kk)) }
        if tau <= 0.01 { return gridPValue(25) }
        if tau >= 0.49 {
            return ((0.5 - tau) * gridPValue(1) + (tau - 0.49) * chiSquaredSurvival(x, Double(kk))) * 100
        }
        let taua = (0.51 - tau) * 50
        let tau1 = Int(taua.rounded(.down))
        let w = taua - Double(tau1)
        return (1 - w) * gridPValue(tau1) + w * gridPValue(tau1 + 1)
    }
}
