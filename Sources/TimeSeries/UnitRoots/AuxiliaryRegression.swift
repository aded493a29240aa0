import Foundation
import AlmanacNumerics

/// An ordinary least-squares fit for the auxiliary regressions of the unit-root tests
/// (ADF, Phillips–Perron, KPSS detrending, OCSB): Numerics' `LinearRegression` (R's `lm`
/// through a Householder QR, never the normal equations) reduced to what the tests read.
///
/// Like `lm`, columns that are numerically dependent on earlier ones are *aliased*
/// (`RankPolicy.dropAliased`): dropped from the fit, with NaN coefficient and standard error
/// (R's NA). Callers whose statistic is the t-ratio of an aliased column must treat it as
/// undefined.
struct AuxiliaryRegression {
    /// β̂ in the order of the given columns; NaN for aliased columns.
    let coefficients: [Double]
    /// Classical standard errors √(σ̂² [(XᵀX)⁻¹]_jj), σ̂² = RSS / (n − rank); NaN if aliased.
    let standardErrors: [Double]
    let residuals: [Double]
    /// Residual sum of squares.
    let rss: Double
    /// Rows n.
    let count: Int
    /// Residual degrees of freedom n − rank.
    let residualDF: Int
    /// 0-based indices of the aliased columns.
    let aliased: [Int]

    /// Fits y on the given columns (no implicit intercept: pass a column of ones).
    /// - Throws: `.invalidArgument` when there are not more rows than estimable
    ///   coefficients (no residual degrees of freedom), `.nonFinite` for NaN/Inf data.
    /// - Complexity: O(n p²) (O(n p³) when columns are aliased).
    init(y: [Double], columns: [[Double]]) throws {
        let fit = try LinearRegression(y: y, x: Matrix(columns: columns), rankPolicy: .dropAliased)
        guard fit.residualDF > 0 else {
            throw NumericsError.invalidArgument(
                "\(fit.observations) observations for \(fit.rank) regression coefficients")
        }
        self.coefficients = fit.coefficients
        self.standardErrors = try fit.standardErrors(.classical)
        self.residuals = fit.residuals
        self.rss = fit.rss
        self.count = fit.observations
        self.residualDF = fit.residualDF
        self.aliased = fit.aliased
    }

    /// The t-ratio β̂_j / se(β̂_j).
    func tValue(_ j: Int) -> Double { coefficients[j] / standardErrors[j] }

    /// R's `AIC(lm)` generalised to penalty k per parameter (k = 2 AIC, log n BIC):
    /// −2 logL + k (p + 1), logL = −n/2 (log 2π + 1 − log n + log RSS); the +1 counts σ².
    func aic(penalty k: Double) -> Double {
        let n = Double(count)
        let logLik = -0.5 * n * (log(2 * Double.pi) + 1 - log(n) + log(rss))
        let parameters = Double(count - residualDF + 1)
        return -2 * logLik + k * parameters
    }

    /// F statistic of this (unrestricted) fit against a nested restricted one, as R's
    /// `anova(restricted, unrestricted)$F[2]`: ((RSS₀ − RSS₁)/(df₀ − df₁)) / (RSS₁/df₁).
    func fStatistic(restrictedRSS: Double, restrictedDF: Int) -> Double {
        ((restrictedRSS - rss) / Double(restrictedDF - residualDF)) / (rss / Double(residualDF))
    }

    /// RSS and residual degrees of freedom of y on `columns` (possibly none: RSS = Σy²).
    static func rssOnly(y: [Double], columns: [[Double]]) throws -> (rss: Double, df: Int) {
        if columns.isEmpty { return (y.reduce(0) { $0 + $1 * $1 }, y.count) }
        let fit = try AuxiliaryRegression(y: y, columns: columns)
        return (fit.rss, fit.residualDF)
    }
}
