import AlmanacNumerics

/// Chow's (1960) test for coefficient changes at known break dates, with the estimated
/// changes and a heteroskedasticity-and-autocorrelation robust (Newey–West) Wald version.
///
/// With break points `b₁ < … < b_m` (1-based last observations of the earlier segments)
/// the unrestricted model lets all `k` coefficients differ between the `m + 1` segments:
///
///     F = ((RSS_r − RSS_u)/(m·k)) / (RSS_u/(n − (m+1)k))  ~  F(m·k, n − (m+1)k),
///
/// the `anova` comparison R prints (for one break, strucchange's `sctest(type = "Chow")`).
/// The changes are estimated in the equivalent parametrisation `y = Xβ + Σⱼ Dⱼ X γⱼ + u`,
/// `Dⱼ = 1(t > bⱼ)`, so `γⱼ` is the change of the coefficients at break `j`; intervals use
/// the `t(n − (m+1)k)` quantile. The robust version replaces the classical covariance of
/// `γ` by Newey–West (Bartlett kernel, automatic Newey–West (1994) lag, small-sample
/// adjustment — `sandwich::NeweyWest(lag = NULL, prewhite = FALSE, adjust = TRUE)`) and
/// refers `W = γ̂ᵀV̂⁻¹γ̂` to `χ²(m·k)`.
public struct ChowTest: Sendable, Codable, Equatable {
    /// A coefficient change at one break.
    public struct Change: Sendable, Codable, Equatable {
        /// Break index (0-based) and regressor name.
        public let breakIndex: Int
        public let regressor: String
        public let estimate: Double
        public let standardError: Double
        public let lower: Double
        public let upper: Double
        /// Newey–West standard error.
        public let robustStandardError: Double
    }

    public let breakpoints: [Int]
    public let statistic: Double
    public let df1: Int
    public let df2: Int
    public let pValue: Double
    public let changes: [Change]
    public let level: Double
    /// Newey–West Wald statistic, its degrees of freedom and χ² p-value.
    public let robustWald: Double
    public let robustDF: Int
    public let robustPValue: Double
    /// Source positions (0-based) of the last observation before each break.
    public let breakObservations: [Int]

    /// - Throws: `BreaksError.dateOutsideSample` when a break is not in `1…n−1`;
    ///   `BreaksError.invalidInput` for unsorted or repeated breaks or a level outside (0, 1);
    ///   `BreaksError.segmentTooShort` when a segment has fewer than `k` (`k + 1` for the
    ///   residual variance of a one-break test) observations; Numerics errors from OLS.
    /// - Complexity: O(n·(m k)²).
    public init(_ regression: BreakRegression, breakpoints bps: [Int], level: Double = 0.95) throws {
        let n = regression.count, k = regression.regressorCount, m = bps.count
        guard m >= 1 else { throw BreaksError.noCandidateBreaks("no break date given") }
        guard level > 0, level < 1 else { throw BreaksError.invalidInput("confidence level \(level)") }
        for b in bps where b < 1 || b >= n {
            throw BreaksError.dateOutsideSample("break after observation \(b) with observations 1…\(n)")
        }
        guard zip(bps, bps.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw BreaksError.invalidInput("break dates must be increasing and distinct: \(bps)")
        }
        let bounds = [0] + bps + [n]
        for i in 0..<(bounds.count - 1) where bounds[i + 1] - bounds[i] < k {
            throw BreaksError.segmentTooShort(
                "segment \(bounds[i] + 1)…\(bounds[i + 1]) has \(bounds[i + 1] - bounds[i]) observations for \(k) coefficients")
        }
        let p = (m + 1) * k
        guard n > p else {
            throw BreaksError.segmentTooShort("\(n) observations for \(p) coefficients")
        }
        var cols: [[Double]] = (0..<k).map { regression.x.column($0) }
        var names = regression.names
        for (j, b) in bps.enumerated() {
            for c in 0..<k {
                let base = regression.x.column(c)
                cols.append((0..<n).map { $0 >= b ? base[$0] : 0 })
                names.append("\(regression.names[c]):break\(j + 1)")
            }
        }
        let design = try Matrix(columns: cols)
        let restricted = try LinearRegression(y: regression.y, x: regression.x)
        let full = try LinearRegression(y: regression.y, x: design, names: names)
        guard full.rank == p else {
            throw BreaksError.segmentTooShort("the segment designs do not identify all \(p) coefficients (rank \(full.rank))")
        }
        let dfr = Double(n - p)
        let f = ((restricted.rss - full.rss) / Double(m * k)) / (full.rss / dfr)
        let fDist = try FDistribution(df1: Double(m * k), df2: dfr)
        let classical = try full.covariance(.classical)
        // The HAC covariance is a second opinion shown with --hac; data on which Newey–West's
        // bandwidth is undefined (a zero spectral density estimate, e.g. a regime of a few
        // exactly fitted points) leave it NaN rather than failing the Chow test itself.
        let hac = (try? full.covariance(.neweyWest(lag: nil, prewhite: false, adjust: true)))
            ?? Matrix(rows: p, columns: p, repeating: .nan)
        let tq = try StudentT(df: dfr).quantile(0.5 + level / 2)
        var changes: [Change] = []
        let idx = Array(k..<p)
        for (pos, i) in idx.enumerated() {
            let est = full.coefficients[i], se = classical[i, i].squareRoot()
            changes.append(Change(breakIndex: pos / k, regressor: regression.names[pos % k], estimate: est,
                                  standardError: se, lower: est - tq * se, upper: est + tq * se,
                                  robustStandardError: hac[i, i].squareRoot()))
        }
        let gamma = idx.map { full.coefficients[$0] }
        var vSub = Matrix(rows: idx.count, columns: idx.count)
        for (a, i) in idx.enumerated() { for (b, j) in idx.enumerated() { vSub[a, b] = hac[i, j] } }
        var wald = Double.nan
        if let solved = try? vSub.solve(gamma) {
            wald = 0
            for i in gamma.indices { wald += gamma[i] * solved[i] }
        }
        breakpoints = bps
        statistic = f
        df1 = m * k
        df2 = n - p
        pValue = fDist.sf(f)
        self.changes = changes
        self.level = level
        robustWald = wald
        robustDF = m * k
        robustPValue = wald.isFinite ? try ChiSquared(df: Double(m * k)).sf(wald) : .nan
        breakObservations = bps.map { regression.observationIndex[$0 - 1] }
    }
}
