import AlmanacNumerics

extension FStatistics {
    /// supF / aveF / expF test on the sequence, as strucchange's `sctest.Fstats`.
    ///
    /// When trimming leaves one candidate date (`λ = 1`) the supF and aveF statistics are a
    /// single Chow statistic and, unless `asymptotic`, strucchange reports
    /// `1 − pf(F, k, n − 2k)` evaluated on the undivided statistic; we do the same, for
    /// parity. Otherwise the p-value is Hansen's (1997) approximation (`HansenPValue`).
    public func test(_ functional: HansenPValue.Functional, asymptotic: Bool = false) -> BreakTestResult {
        let stat: Double, name: String
        switch functional {
        case .supF: stat = supF; name = "sup.F"
        case .aveF: stat = aveF; name = "ave.F"
        case .expF: stat = expF; name = "exp.F"
        }
        if lambda == 1 && functional != .expF && !asymptotic {
            let p = (try? FDistribution(df1: Double(regressorCount), df2: Double(count - 2 * regressorCount)))?.sf(stat) ?? .nan
            return BreakTestResult(method: "Chow test", statisticName: name, statistic: stat, pValue: p)
        }
        let p = HansenPValue.pValue(stat, test: functional, regressors: regressorCount, lambda: lambda)
        return BreakTestResult(method: "\(functional.rawValue) test", statisticName: name, statistic: stat, pValue: p)
    }
}
