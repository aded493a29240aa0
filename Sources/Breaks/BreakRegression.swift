import Foundation
import AlmanacNumerics

/// The linear regression `y = Xβ + u` whose coefficients may change at break dates —
/// the model every test in this module is run on (Zeileis et al.'s `y ~ x` formula).
///
/// Rows are observations in time order. `observationIndex[t]` is the position of row `t`
/// in the series the design was built from (0-based), so results stated in rows (break
/// points, intervals, process time) can be mapped back to dates by the caller: rows lost
/// to lags or missing values are exactly the gaps in this index.
public struct BreakRegression: Sendable, Codable, Equatable {
    /// Response, one value per row.
    public let y: [Double]
    /// Design matrix, `n × k`, column-major.
    public let x: Matrix
    /// Regressor names, in column order (e.g. `"(Intercept)"`, `"ylag1"`).
    public let names: [String]
    /// Position of each row in the source series (0-based).
    public let observationIndex: [Int]

    /// Number of observations `n`.
    public var count: Int { y.count }
    /// Number of regressors `k`.
    public var regressorCount: Int { x.columns }

    /// A regression from an explicit response and design.
    ///
    /// - Parameters:
    ///   - y: the response, one finite value per row, in time order.
    ///   - x: the design matrix, `n × k`, one row per response value.
    ///   - names: regressor names in column order; defaults to `x1, x2, …`.
    ///   - observationIndex: source positions of the rows; defaults to `0..<n`.
    /// - Throws: `BreaksError.invalidInput` when shapes disagree, the design has no
    ///   columns, or a value is not finite (drop missing rows first, or use a builder).
    public init(y: [Double], x: Matrix, names: [String]? = nil, observationIndex: [Int]? = nil) throws {
        guard x.rows == y.count else {
            throw BreaksError.invalidInput("response has \(y.count) values but the design has \(x.rows) rows")
        }
        guard x.columns >= 1 else { throw BreaksError.invalidInput("the design has no regressors") }
        guard y.allSatisfy(\.isFinite), x.isFinite else {
            throw BreaksError.invalidInput("the response or design contains NaN or infinite values")
        }
        let nm = names ?? (0..<x.columns).map { "x\($0 + 1)" }
        guard nm.count == x.columns else {
            throw BreaksError.invalidInput("\(nm.count) names for \(x.columns) regressors")
        }
        let idx = observationIndex ?? Array(0..<y.count)
        guard idx.count == y.count else {
            throw BreaksError.invalidInput("\(idx.count) observation indices for \(y.count) rows")
        }
        self.y = y
        self.x = x
        self.names = nm
        self.observationIndex = idx
    }

    /// The scale the response is modelled on.
    public enum ValueScale: String, Sendable, Codable {
        case level, log, log10
    }

    /// Regressor terms a design can be built from.
    public enum Term: Sendable, Hashable, Codable {
        /// The constant, `(Intercept)`.
        case intercept
        /// A linear time trend `t = 1, 2, …` counted over the source series.
        case trend
        /// Seasonal dummies for seasons 2…period (season 1 is absorbed by the intercept,
        /// R's treatment contrasts for `factor(cycle(y))`); season of row t is `t mod period`
        /// counted from the first source observation.
        case seasonalDummies(period: Int)
        /// The response lagged by `lag` observations (`ylag<lag>`).
        case lag(Int)
    }

    /// Builds `y ~ terms` from a series, dropping the rows lost to lags and rows with a
    /// missing (NaN) response or regressor — what R's `ts.intersect` + `na.omit` do.
    ///
    /// - Parameters:
    ///   - series: the observations (NaN = missing).
    ///   - terms: regressors, e.g. `[.intercept, .lag(1), .lag(12)]` for the seatbelt model.
    ///   - scale: model the values themselves, their natural logarithm or `log10`.
    ///   - firstRow: drop source rows before this position (R's `window(start =)`), after
    ///     the lags have been formed from the full series.
    /// - Throws: `BreaksError.invalidInput` for non-positive values under a logarithm, an
    ///   empty term list, a period below 2 or a lag below 1; and when no row remains.
    /// - Complexity: O(n·k).
    public static func build(series: [Double], terms: [Term], scale: ValueScale = .level,
                             firstRow: Int = 0) throws -> BreakRegression {
        guard !terms.isEmpty else { throw BreaksError.invalidInput("no regressors requested") }
        let v = try scaled(series, scale: scale)
        var columns: [[Double]] = []
        var names: [String] = []
        let n = v.count
        for term in terms {
            switch term {
            case .intercept:
                columns.append([Double](repeating: 1, count: n)); names.append("(Intercept)")
            case .trend:
                columns.append((0..<n).map { Double($0 + 1) }); names.append("trend")
            case .seasonalDummies(let period):
                guard period >= 2 else { throw BreaksError.invalidInput("seasonal period \(period) < 2") }
                for s in 1..<period {
                    columns.append((0..<n).map { $0 % period == s ? 1 : 0 })
                    names.append("season\(s + 1)")
                }
            case .lag(let l):
                guard l >= 1 else { throw BreaksError.invalidInput("lag \(l) < 1") }
                columns.append((0..<n).map { $0 >= l ? v[$0 - l] : .nan })
                names.append("ylag\(l)")
            }
        }
        var keep: [Int] = []
        for t in max(0, firstRow)..<max(max(0, firstRow), n)
        where !v[t].isNaN && columns.allSatisfy({ !$0[t].isNaN }) {
            keep.append(t)
        }
        guard !keep.isEmpty else { throw BreaksError.invalidInput("no complete observations remain") }
        var storage: [Double] = []
        storage.reserveCapacity(keep.count * columns.count)
        for c in columns { for t in keep { storage.append(c[t]) } }
        let x = try Matrix(rows: keep.count, columns: columns.count, columnMajor: storage)
        return try BreakRegression(y: keep.map { v[$0] }, x: x, names: names, observationIndex: keep)
    }

    /// The values on the model scale (NaN stays NaN).
    ///
    /// - Throws: `BreaksError.invalidInput` for a non-positive value under a logarithm.
    public static func scaled(_ series: [Double], scale: ValueScale) throws -> [Double] {
        guard scale != .level else { return series }
        var v = series
        for i in v.indices where !v[i].isNaN {
            guard v[i] > 0 else {
                throw BreaksError.invalidInput("logarithm of the non-positive value \(v[i]) at observation \(i + 1)")
            }
            v[i] = scale == .log ? Foundation.log(v[i]) : Foundation.log10(v[i])
        }
        return v
    }

    /// `y ~ 1`: a shift in the mean.
    public static func mean(_ series: [Double], scale: ValueScale = .level) throws -> BreakRegression {
        try build(series: series, terms: [.intercept], scale: scale)
    }

    /// `y ~ t`: a shift in level or slope of a linear trend.
    public static func trend(_ series: [Double], scale: ValueScale = .level) throws -> BreakRegression {
        try build(series: series, terms: [.intercept, .trend], scale: scale)
    }

    /// `y ~ season`: a shift in the seasonal means.
    public static func seasonal(_ series: [Double], period: Int, scale: ValueScale = .level) throws -> BreakRegression {
        try build(series: series, terms: [.intercept, .seasonalDummies(period: period)], scale: scale)
    }

    /// `y ~ ylag_{l1} + ylag_{l2} + …`: an autoregressive model such as the seatbelt
    /// model `y ~ ylag1 + ylag12` (Zeileis et al. 2003).
    public static func laggedDependent(_ series: [Double], lags: [Int], scale: ValueScale = .level,
                                       firstRow: Int = 0) throws -> BreakRegression {
        try build(series: series, terms: [.intercept] + lags.map { .lag($0) }, scale: scale,
                  firstRow: firstRow)
    }

    /// The design's rows as one contiguous row-major buffer (`n·k` values), the layout
    /// the recursive least-squares kernels stream through.
    var rowMajorDesign: [Double] {
        let n = count, k = regressorCount
        var out = [Double](repeating: 0, count: n * k)
        for j in 0..<k { for i in 0..<n { out[i * k + j] = x.storage[i + j * n] } }
        return out
    }

    /// True when the design is the single constant column (`y ~ 1`), for which segment
    /// sums of squares have a closed-form update.
    var isInterceptOnly: Bool { regressorCount == 1 && x.storage.allSatisfy { $0 == 1 } }
}
