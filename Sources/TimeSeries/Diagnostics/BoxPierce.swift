/// The Box–Pierce portmanteau test (Box & Pierce 1970), as R `Box.test(x, lag, type = "Box-Pierce", fitdf)`.
///
///     Q = n Σ_{k=1}^{h} r(k)²,   Q ~ χ²_{h − fitdf} under white noise,
///
/// with r(k) the sample autocorrelations (NaN treated with `na.pass`) and n the number of
/// observed values. Prefer `LjungBox`, whose small-sample distribution is closer to χ².
public enum BoxPierce {
    /// - Parameters:
    ///   - x: the series; NaN = missing.
    ///   - lag: h (R's default 1).
    ///   - fitdf: degrees of freedom to subtract (R's default 0).
    /// - Returns: the test; NaN statistic when `lag < 1`, `lag ≥ count` or the series is constant.
    /// - Complexity: O(n · lag).
    public static func test(_ x: [Double], lag: Int = 1, fitdf: Int = 0) -> PortmanteauTest {
        guard let (r, n) = PortmanteauTest.autocorrelations(x, lag: lag) else {
            return PortmanteauTest(kind: .boxPierce, statistic: .nan, lag: lag, fitdf: fitdf,
                                   count: x.reduce(0) { $1.isNaN ? $0 : $0 + 1 })
        }
        var sum = 0.0
        for v in r { sum += v * v }
        return PortmanteauTest(kind: .boxPierce, statistic: Double(n) * sum,
                               lag: lag, fitdf: fitdf, count: n)
    }
}
