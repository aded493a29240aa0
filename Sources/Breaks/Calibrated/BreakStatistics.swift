import Foundation
import AlmanacNumerics

/// Every statistic a break verdict rests on, computed from one regression in one pass, so
/// that the observed data and each bootstrap replicate go through the same arithmetic.
///
/// - Unknown date: strucchange's `supF`, `aveF`, `expF` (trimmed as `Fstats(from:)`), the
///   OLS-CUSUM, Rec-CUSUM and OLS-MOSUM statistics of `sctest(efp)`.
/// - At each event (the regime starting after row `b`): the level-shift statistic
///   (`LevelShift`) and the all-coefficient statistic (`CoefficientChange`: Chow's F, or
///   Chow's predictive F when one side is short).
struct BreakStatistics: Sendable {
    /// supF, aveF, expF, OLS-CUSUM, Rec-CUSUM, OLS-MOSUM (NaN where undefined).
    var unknownDate: [Double]
    var levelShifts: [LevelShift?]
    var coefficientChanges: [CoefficientChange?]

    /// (method, statistic name) of `unknownDate`, as strucchange prints them.
    static let unknownDateNames = [("supF test", "sup.F"), ("aveF test", "ave.F"), ("expF test", "exp.F"),
                                   ("OLS-based CUSUM test", "S0"), ("Recursive CUSUM test", "S"),
                                   ("OLS-based MOSUM test", "M0")]

    init(unknownDate: [Double], levelShifts: [LevelShift?], coefficientChanges: [CoefficientChange?]) {
        self.unknownDate = unknownDate
        self.levelShifts = levelShifts
        self.coefficientChanges = coefficientChanges
    }

    /// - Parameters:
    ///   - breakRows: for each event, the number of rows before its regime starts.
    ///   - trim: `Fstats(from:)` and the MOSUM bandwidth.
    /// - Complexity: O(n·k²) plus one (k+1)-column OLS per event.
    ///   - filter: the null error model's innovations filter; the level-shift statistic is
    ///     then the GLS one (`LevelShift.init(_:breakRow:filter:)`).
    init(_ regression: BreakRegression, breakRows: [Int], trim: Double, filter: ErrorFilter? = nil) {
        var u = [Double](repeating: .nan, count: 6)
        if let f = try? FStatistics(regression, from: trim) {
            u[0] = f.supF; u[1] = f.aveF; u[2] = f.expF
        }
        let kinds: [EmpiricalFluctuation.Kind] = [.olsCUSUM, .recursiveCUSUM, .olsMOSUM]
        for (j, kind) in kinds.enumerated() {
            if let p = try? EmpiricalFluctuation(regression, kind: kind, h: trim) { u[3 + j] = p.statistic }
        }
        unknownDate = u
        levelShifts = breakRows.map { b in
            if let filter { return try? LevelShift(regression, breakRow: b, filter: filter) }
            return try? LevelShift(regression, breakRow: b)
        }
        coefficientChanges = breakRows.map { try? CoefficientChange(regression, breakRow: $0) }
    }
}

/// The hypothesis an event implies: the level moved at the event while the other
/// coefficients (seasonal pattern, lags) stayed. The regression gains one step regressor
/// `Sₜ = 1(t > b)`,
///
///     y = Xβ + δS + u,
///
/// and `δ̂` is the shift (with `--log`, `100(exp δ̂ − 1)`% of the level). The statistic is
/// the OLS `F = t²` for `δ = 0` with one numerator degree of freedom; its reference
/// distribution comes from the caller (F(1, n − k − 1) under iid errors, the null bootstrap
/// otherwise), since OLS standard errors ignore serial correlation.
public struct LevelShift: Sendable, Codable, Equatable {
    public var estimate: Double
    /// The OLS standard error of `δ̂` (valid only under iid errors; the calibrated interval
    /// rescales it by a bootstrap quantile of |t|).
    public var standardError: Double
    public var statistic: Double
    public var postRows: Int

    init(estimate: Double, standardError: Double, statistic: Double, postRows: Int) {
        self.estimate = estimate
        self.standardError = standardError
        self.statistic = statistic
        self.postRows = postRows
    }

    /// - Throws: `BreaksError.segmentTooShort` with fewer than two rows on a side, or when
    ///   the step is collinear with the design or the fit is exact.
    init(_ regression: BreakRegression, breakRow b: Int) throws {
        let n = regression.count, k = regression.regressorCount
        guard b >= 2, n - b >= 1 else {
            throw BreaksError.segmentTooShort("a level shift after row \(b) of \(n) leaves too few observations on a side")
        }
        guard n - k - 1 >= 2 else {
            throw BreaksError.segmentTooShort("\(n) observations for \(k + 1) coefficients")
        }
        var storage = regression.x.storage
        storage.reserveCapacity(n * (k + 1))
        for t in 0..<n { storage.append(t >= b ? 1 : 0) }
        let x = try Matrix(rows: n, columns: k + 1, columnMajor: storage)
        let fit = try LinearRegression(y: regression.y, x: x)
        let df = Double(n - k - 1)
        let s2 = fit.rss / df
        let se = (s2 * fit.unscaledCovariance[k, k]).squareRoot()
        let scale = regression.y.reduce(0) { $0 + $1 * $1 }
        guard se > 0, se.isFinite, fit.rss > 1e-12 * scale else {
            throw BreaksError.segmentTooShort("the level-shift regression fits exactly")
        }
        estimate = fit.coefficients[k]
        standardError = se
        statistic = (estimate / se) * (estimate / se)
        postRows = n - b
    }
}

extension LevelShift {
    /// The level shift in a regression with ARIMA errors, by GLS with the error model given
    /// (the data's estimate for the data, each replicate's own re-estimate for a bootstrap
    /// replicate): the response, every column of the design and the step go through the same
    /// innovations filter (`ErrorFilter`), and `δ̂`, its standard error and `F = t²` come
    /// from OLS on the filtered data (columns the filter annihilates, such as the intercept
    /// under a difference, are dropped as aliased). With white-noise errors this is the
    /// plain `LevelShift`. Rows are taken as consecutive; a missing value inside the
    /// span shortens the series seen by the filter.
    ///
    /// - Throws: `BreaksError.segmentTooShort` when the step is aliased after filtering,
    ///   no residual degree of freedom is left, or the fit is exact.
    /// - Complexity: O(n·(k + 1)·(d + p + q)) for the filter plus one OLS fit.
    init(_ regression: BreakRegression, breakRow b: Int, filter: ErrorFilter) throws {
        let n = regression.count, k = regression.regressorCount
        guard b >= 2, n - b >= 1, b > filter.lost else {
            throw BreaksError.segmentTooShort("a level shift after row \(b) of \(n) leaves too few observations on a side")
        }
        let m = n - filter.lost
        var storage: [Double] = []
        storage.reserveCapacity(m * (k + 1))
        let x = regression.x
        for j in 0..<k { storage.append(contentsOf: filter.apply((0..<n).map { x[$0, j] })) }
        storage.append(contentsOf: filter.apply((0..<n).map { $0 >= b ? 1.0 : 0.0 }))
        let y = filter.apply(regression.y)
        let design = try Matrix(rows: m, columns: k + 1, columnMajor: storage)
        let fit = try LinearRegression(y: y, x: design, rankPolicy: .dropAliased)
        guard !fit.aliased.contains(k), fit.residualDF >= 2 else {
            throw BreaksError.segmentTooShort("the step is not identified after filtering by the error model")
        }
        let s2 = fit.rss / Double(fit.residualDF)
        let se = (s2 * fit.unscaledCovariance[k, k]).squareRoot()
        let scale = y.reduce(0) { $0 + $1 * $1 }
        guard se > 0, se.isFinite, fit.rss > 1e-12 * scale else {
            throw BreaksError.segmentTooShort("the level-shift regression fits exactly")
        }
        self.init(estimate: fit.coefficients[k], standardError: se,
                  statistic: (fit.coefficients[k] / se) * (fit.coefficients[k] / se), postRows: n - b)
    }
}

/// All coefficients change at the event: Chow's (1960) F when both segments can be fitted
/// with room to spare, and Chow's predictive (forecast) test when one side has fewer than
/// `2k` observations — the segment that is too short to estimate its own coefficients is
/// predicted from the other (Chow 1960, section 3):
///
///     F_pred = ((RSS − RSS_long)/n_short) / (RSS_long/(n_long − k)).
///
/// Andrews (2003) calibrates the predictive statistic by subsampling when the short side is
/// very short; here the null bootstrap plays that role (serially correlated errors), and
/// under iid Gaussian errors `F_pred ~ F(n_short, n_long − k)` exactly.
public struct CoefficientChange: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case chow = "Chow F"
        case predictive = "Chow predictive F"
    }

    public var kind: Kind
    public var statistic: Double
    public var df1: Int
    public var df2: Int

    /// - Throws: `BreaksError.segmentTooShort` when the longer side cannot be fitted with
    ///   a residual degree of freedom or the fit is exact.
    init(_ regression: BreakRegression, breakRow b: Int) throws {
        let n = regression.count, k = regression.regressorCount
        guard b >= 1, b < n else { throw BreaksError.dateOutsideSample("break after row \(b) of \(n)") }
        let (forward, backward) = RSSTriangle(regression).prefixAndSuffixRSS()
        let full = forward[n - 1]
        let rss1 = forward[b - 1], rss2 = backward[n - b - 1]
        let n1 = b, n2 = n - b
        let scale = regression.y.reduce(0) { $0 + $1 * $1 }
        if n1 >= 2 * k, n2 >= 2 * k {
            let u = rss1 + rss2
            guard u > 1e-12 * scale else { throw BreaksError.segmentTooShort("both segments fit exactly") }
            kind = .chow
            df1 = k; df2 = n - 2 * k
            statistic = max(0, (full - u) / Double(k)) / (u / Double(df2))
        } else {
            let (longRSS, nLong, nShort) = n1 >= n2 ? (rss1, n1, n2) : (rss2, n2, n1)
            guard nLong - k >= 1 else {
                throw BreaksError.segmentTooShort("\(nLong) observations in the longer segment for \(k) coefficients")
            }
            guard longRSS > 1e-12 * scale else { throw BreaksError.segmentTooShort("the longer segment fits exactly") }
            kind = .predictive
            df1 = nShort; df2 = nLong - k
            statistic = max(0, (full - longRSS) / Double(nShort)) / (longRSS / Double(df2))
        }
    }

    /// The p-value under iid Gaussian errors.
    var iidPValue: Double { (try? FDistribution(df1: Double(df1), df2: Double(df2)).sf(statistic)) ?? .nan }
}
