import AlmanacNumerics

/// The outcome of a portmanteau test of residual autocorrelation (Box–Pierce or Ljung–Box),
/// the fields of R's `Box.test` result.
public struct PortmanteauTest: Sendable, Codable, Equatable {
    /// Which statistic was computed.
    public enum Kind: String, Sendable, Codable { case ljungBox, boxPierce }

    public let kind: Kind
    /// Q = n Σ r(k)² (Box–Pierce) or Q* = n(n+2) Σ r(k)²/(n−k) (Ljung–Box), k = 1…lag.
    public let statistic: Double
    /// Degrees of freedom `lag − fitdf` of the χ² reference distribution.
    public let df: Int
    /// P(χ²_df ≥ statistic). NaN when the statistic is NaN or df < 0; 0 when df = 0 and the
    /// statistic is positive (the χ²₀ distribution is a point mass at 0, as R's `pchisq`).
    public let pValue: Double
    /// The number of autocorrelations summed.
    public let lag: Int
    /// The number of fitted parameters subtracted from the degrees of freedom.
    public let fitdf: Int
    /// Observed (non-NaN) values used, R's `sum(!is.na(x))`.
    public let count: Int

    /// Assembles the test from its statistic; computes the upper-tail χ² probability.
    ///
    /// R reports `1 - pchisq(Q, df)`, which underflows to 0 below about 1e-16; we use the
    /// survival function directly, so tiny p-values keep their digits (|difference| < 1e-16).
    init(kind: Kind, statistic: Double, lag: Int, fitdf: Int, count: Int) {
        self.kind = kind
        self.statistic = statistic
        self.lag = lag
        self.fitdf = fitdf
        self.count = count
        self.df = lag - fitdf
        self.pValue = PortmanteauTest.upperTail(statistic, df: lag - fitdf)
    }

    static func upperTail(_ q: Double, df: Int) -> Double {
        if q.isNaN || df < 0 { return .nan }
        if df == 0 { return q > 0 ? 0 : 1 }
        guard let chi = try? ChiSquared(df: Double(df)) else { return .nan }
        return chi.sf(q)
    }

    /// The shared computation: r(1)…r(lag) with R's `na.pass` ACF, n observed values.
    /// Returns nil when R's statistic would be NA: lag < 1 or lag ≥ n (too few lags exist).
    static func autocorrelations(_ x: [Double], lag: Int) -> (r: [Double], n: Int)? {
        let n = x.reduce(0) { $1.isNaN ? $0 : $0 + 1 }
        // R: acf clamps lag.max to length(x) − 1 and `obs` then holds NA.
        guard lag >= 1, lag <= x.count - 1, n > 0 else { return nil }
        let r = Autocorrelation.acf(x, maxLag: lag)
        return (Array(r[1...lag]), n)
    }
}
