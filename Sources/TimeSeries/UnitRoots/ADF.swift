import Foundation
import AlmanacNumerics

/// The augmented Dickey–Fuller unit-root test (Said & Dickey 1984), as `urca::ur.df` — the
/// form R forecast's `ndiffs(test = "adf")` uses — and `tseries::adf.test`.
///
/// With z_t = Δy_t, the test regression over t = k+2…n (k lagged differences) is
///
///     z_t = β y_{t−1} [+ α] [+ δ t] + Σ_{j=1}^{k} γ_j z_{t−j} + ε_t,
///
/// and the statistic is the t-ratio τ = β̂ / se(β̂). The null hypothesis is a unit root
/// (β = 0); large negative τ rejects it. With a constant (`drift`) urca also reports
/// φ₁ (F-test of β = α = 0); with a trend φ₂ (β = α = δ = 0) and φ₃ (β = δ = 0).
///
/// The p-value interpolates τ linearly in urca's Dickey–Fuller table (Hamilton 1994,
/// Table B.6; 1%, 5%, 10% for the sample-size row of n − 1 differences) and is clamped to
/// [0.01, 0.10], exactly as forecast's `ndiffs`. For the trend model `tseriesPValue` gives
/// `tseries::adf.test`'s p-value (Banerjee et al. 1993 table, interpolated in n and τ,
/// clamped to [0.01, 0.99]).
public struct ADF: Sendable, Codable, Equatable {
    /// Deterministic terms of the test regression (urca's `type`).
    public enum Model: String, Sendable, Codable, CaseIterable {
        case none, drift, trend

        /// `.level` → `.drift`, `.trend` → `.trend`, as forecast's `ndiffs`.
        public init(_ d: UnitRoot.Deterministic) { self = d == .level ? .drift : .trend }
    }

    /// How the number of lagged differences is chosen (urca's `selectlags`).
    public enum LagSelection: String, Sendable, Codable {
        /// Use exactly `lags`.
        case fixed
        /// Minimise AIC / BIC over 1…`lags` lagged differences (urca never selects 0).
        case aic, bic
    }

    /// Significance levels of `criticalValues`.
    public static let significanceLevels: [Double] = [0.01, 0.05, 0.10]

    public let model: Model
    /// The maximum (or fixed) number of lagged differences asked for.
    public let maxLags: Int
    /// The number of lagged differences in the final regression.
    public let lags: Int
    /// τ, the t-ratio of the coefficient of y_{t−1}.
    public let statistic: Double
    /// φ₁ (drift) or φ₂, φ₃ (trend); empty for `.none`.
    public let phi: [Double]
    /// Length of the series (n); the regression uses n − 1 − lags rows.
    public let count: Int

    /// urca's τ critical values (1%, 5%, 10%) for this model and sample size.
    public var criticalValues: [Double] { ADF.tauTable(model)[ADF.sizeRow(differences: count - 1)] }

    /// p-value interpolated in `criticalValues` as forecast does, clamped to [0.01, 0.10].
    public var pValue: Double {
        TableInterpolation.approx(statistic, x: criticalValues, y: ADF.significanceLevels)
    }

    /// `tseries::adf.test`'s p-value for the trend model; nil for the other models.
    public var tseriesPValue: Double? {
        model == .trend ? ADF.tseriesPValue(statistic, differences: count - 1) : nil
    }

    /// Runs `urca::ur.df(x, type: model, lags: lags, selectlags: selection)`.
    /// - Throws: `NumericsError.nonFinite` if `x` holds NaN (urca stops on NAs);
    ///   `NumericsError.invalidArgument` for negative `lags` or a series so short that R stops
    ///   with an error (no row left for τ); `NumericsError.rankDeficient` when y_{t−1} is
    ///   collinear with the deterministic terms (e.g. a constant series). Other collinear
    ///   columns (lagged differences) are dropped as R's `lm` does.
    ///   A series with rows for τ but no residual degrees of freedom gives τ = NaN, as R.
    /// - Complexity: O(n · k²) per regression, k = number of coefficients.
    public init(_ x: [Double], model: Model = .trend, lags: Int = 1,
                selection: LagSelection = .fixed) throws {
        guard !x.contains(where: { $0.isNaN }) else {
            throw NumericsError.nonFinite("ADF: the series has missing values")
        }
        guard lags >= 0 else { throw NumericsError.invalidArgument("ADF: lags must be ≥ 0") }
        self.model = model
        self.maxLags = lags
        self.count = x.count
        let z = (1..<max(x.count, 1)).map { x[$0] - x[$0 - 1] }
        var k = lags
        if k > 0 && selection != .fixed {
            var best = Double.infinity
            var bestK = 1
            for candidate in 1...k {
                let fit = try ADF.regression(x: x, z: z, rows: k, lags: candidate, model: model)
                let rowCount = Double(z.count - k)
                let ic = selection == .aic ? fit.aic(penalty: 2) : fit.aic(penalty: log(rowCount))
                // which.min keeps the first minimum.
                if ic < best { best = ic; bestK = candidate }
            }
            k = bestK
        }
        self.lags = k
        // R's lm on too few rows: with no residual degrees of freedom (but the τ column still
        // estimable) urca reports τ = NaN; with even fewer rows it stops with an error.
        let rows = z.count - lags
        let tauIndex = model == .none ? 0 : 1
        guard rows > tauIndex else {
            throw NumericsError.invalidArgument(
                "ADF: \(x.count) observations are too few for \(lags) lagged differences")
        }
        if rows <= ADF.coefficientCount(model: model, lags: k) {
            self.statistic = .nan
            self.phi = [Double](repeating: .nan, count: model == .none ? 0 : (model == .drift ? 1 : 2))
            return
        }
        // After selection urca keeps the sample of the largest lag order (rows = lags asked).
        let full = try ADF.regression(x: x, z: z, rows: lags, lags: k, model: model)
        let beta = model == .none ? 0 : 1
        // An aliased y_{t−1} (e.g. a constant series) leaves τ undefined; urca would then
        // report the t-ratio of another coefficient.
        guard !full.aliased.contains(beta) else {
            throw NumericsError.rankDeficient(rank: full.count - full.residualDF,
                                              columns: full.coefficients.count, aliased: full.aliased)
        }
        self.statistic = full.tValue(beta)
        // φ statistics compare with restricted fits on the same rows (urca via anova).
        let lagColumns = ADF.lagColumns(z: z, rows: lags, lags: k)
        let target = Array(z[lags...])
        switch model {
        case .none:
            self.phi = []
        case .drift:
            let r1 = try AuxiliaryRegression.rssOnly(y: target, columns: lagColumns)
            self.phi = [full.fStatistic(restrictedRSS: r1.rss, restrictedDF: r1.df)]
        case .trend:
            let r2 = try AuxiliaryRegression.rssOnly(y: target, columns: lagColumns)
            let ones = [Double](repeating: 1, count: target.count)
            let r3 = try AuxiliaryRegression.rssOnly(y: target, columns: [ones] + lagColumns)
            self.phi = [full.fStatistic(restrictedRSS: r2.rss, restrictedDF: r2.df),
                        full.fStatistic(restrictedRSS: r3.rss, restrictedDF: r3.df)]
        }
    }

    /// `tseries::adf.test(x, k)`: the trend model with k lagged differences, default
    /// k = ⌊(n − 1)^{1/3}⌋. Read `statistic`, `lags` and `tseriesPValue`.
    /// - Throws: as `init`.
    public static func tseries(_ x: [Double], k: Int? = nil) throws -> ADF {
        let lags = k ?? Int(pow(Double(max(x.count - 1, 0)), 1.0 / 3.0))
        return try ADF(x, model: .trend, lags: lags, selection: .fixed)
    }

    /// The regression for `lags` lagged differences on rows t = rows+1…(n−1) of z
    /// (0-based z index), i.e. dropping the first `rows` differences as urca does so that
    /// all candidate lag orders share the same sample.
    static func regression(x: [Double], z: [Double], rows: Int, lags: Int,
                           model: Model) throws -> AuxiliaryRegression {
        let m = z.count - rows
        let coefficients = coefficientCount(model: model, lags: lags)
        guard m > coefficients else {
            throw NumericsError.invalidArgument(
                "ADF: \(x.count) observations are too few for \(coefficients) coefficients")
        }
        let target = Array(z[rows...])
        // urca: z.lag.1 = y[lags:n] (1-based) → x[rows + i], tt = lags:n → rows + 1 + i.
        let level = (0..<m).map { x[rows + $0] }
        var columns: [[Double]] = []
        switch model {
        case .none:
            columns = [level]
        case .drift:
            columns = [[Double](repeating: 1, count: m), level]
        case .trend:
            columns = [[Double](repeating: 1, count: m), level, (0..<m).map { Double(rows + 1 + $0) }]
        }
        columns += lagColumns(z: z, rows: rows, lags: lags)
        return try AuxiliaryRegression(y: target, columns: columns)
    }

    /// Coefficients of the test regression: y_{t−1}, deterministic terms, lagged differences.
    static func coefficientCount(model: Model, lags: Int) -> Int {
        1 + (model == .none ? 0 : 1) + (model == .trend ? 1 : 0) + lags
    }

    /// Columns z_{t−1}…z_{t−lags} for rows t = rows…z.count−1.
    static func lagColumns(z: [Double], rows: Int, lags: Int) -> [[Double]] {
        guard lags > 0 else { return [] }
        return (1...lags).map { j in (rows..<z.count).map { z[$0 - j] } }
    }

    /// urca's sample-size row: n < 25, < 50, < 100, < 250, < 500, ≥ 500 (n = differences).
    static func sizeRow(differences n: Int) -> Int {
        switch n {
        case ..<25: return 0
        case ..<50: return 1
        case ..<100: return 2
        case ..<250: return 3
        case ..<500: return 4
        default: return 5
        }
    }

    /// urca's τ critical values (1%, 5%, 10%) by sample-size row.
    static func tauTable(_ model: Model) -> [[Double]] {
        switch model {
        case .none:
            return [[-2.66, -1.95, -1.6], [-2.62, -1.95, -1.61], [-2.6, -1.95, -1.61],
                    [-2.58, -1.95, -1.62], [-2.58, -1.95, -1.62], [-2.58, -1.95, -1.62]]
        case .drift:
            return [[-3.75, -3, -2.63], [-3.58, -2.93, -2.6], [-3.51, -2.89, -2.58],
                    [-3.46, -2.88, -2.57], [-3.44, -2.87, -2.57], [-3.43, -2.86, -2.57]]
        case .trend:
            return [[-4.38, -3.6, -3.24], [-4.15, -3.5, -3.18], [-4.04, -3.45, -3.15],
                    [-3.99, -3.43, -3.13], [-3.98, -3.42, -3.13], [-3.96, -3.41, -3.12]]
        }
    }

    /// tseries' table: quantiles of τ (trend model) at probabilities `tablep` (columns)
    /// for sample sizes `tableT` (rows), interpolated first in n, then in τ.
    static func tseriesPValue(_ tau: Double, differences n: Int) -> Double {
        let table: [[Double]] = [
            [4.38, 4.15, 4.04, 3.99, 3.98, 3.96], [3.95, 3.8, 3.73, 3.69, 3.68, 3.66],
            [3.6, 3.5, 3.45, 3.43, 3.42, 3.41], [3.24, 3.18, 3.15, 3.13, 3.13, 3.12],
            [1.14, 1.19, 1.22, 1.23, 1.24, 1.25], [0.8, 0.87, 0.9, 0.92, 0.93, 0.94],
            [0.5, 0.58, 0.62, 0.64, 0.65, 0.66], [0.15, 0.24, 0.28, 0.31, 0.32, 0.33],
        ]
        let tableT: [Double] = [25, 50, 100, 250, 500, 100_000]
        let tablep: [Double] = [0.01, 0.025, 0.05, 0.1, 0.9, 0.95, 0.975, 0.99]
        let interpolated = table.map { column in
            TableInterpolation.approx(Double(n), x: tableT, y: column.map { -$0 })
        }
        return TableInterpolation.approx(tau, x: interpolated, y: tablep)
    }
}
