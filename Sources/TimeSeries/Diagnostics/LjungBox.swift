/// The Ljung–Box portmanteau test (Ljung & Box 1978), as R `Box.test(x, lag, type = "Ljung-Box", fitdf)`.
///
///     Q* = n (n + 2) Σ_{k=1}^{h} r(k)² / (n − k),   Q* ~ χ²_{h − fitdf} under white noise,
///
/// with r(k) the sample autocorrelations (R's `acf`, NaN treated with `na.pass`) and n the
/// number of observed values. Hyndman's rule of thumb: h = 10 for non-seasonal data,
/// h = 2m for seasonal period m; fitdf = p + q for ARMA residuals.
public enum LjungBox {
    /// - Parameters:
    ///   - x: the series (usually model residuals); NaN = missing.
    ///   - lag: h, the number of autocorrelations summed (R's default 1).
    ///   - fitdf: degrees of freedom to subtract (R's default 0).
    /// - Returns: the test; its statistic is NaN (as R's NA) when `lag < 1` or `lag ≥ count`
    ///   (R cannot form r(lag)), or when the series is constant (R's NaN).
    /// - Complexity: O(n · lag).
    public static func test(_ x: [Double], lag: Int = 1, fitdf: Int = 0) -> PortmanteauTest {
        guard let (r, n) = PortmanteauTest.autocorrelations(x, lag: lag) else {
            return PortmanteauTest(kind: .ljungBox, statistic: .nan, lag: lag, fitdf: fitdf,
                                   count: x.reduce(0) { $1.isNaN ? $0 : $0 + 1 })
        }
        let nn = Double(n)
        var sum = 0.0
        for k in 1...lag { sum += 1 / (nn - Double(k)) * (r[k - 1] * r[k - 1]) }
        return PortmanteauTest(kind: .ljungBox, statistic: nn * (nn + 2) * sum,
                               lag: lag, fitdf: fitdf, count: n)
    }
}
