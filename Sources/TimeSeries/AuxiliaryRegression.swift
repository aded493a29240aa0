import Foundation
import Numerics

/// An ordinary least-squares fit for the auxiliary regressions of the unit-root tests
/// (ADF, Phillips–Perron, KPSS detrending, OCSB), computed as R's `lm` would: through a
/// Householder QR of the design (Numerics' `PivotedQR`, never the normal equations).
///
/// The unit-root statistics are t-ratios of single coefficients, so a design whose columns
/// are numerically dependent (R's `lm` would mark one aliased, and the test's t-ratio would
/// then be NA or of another column) is reported as `NumericsError.rankDeficient`.
struct AuxiliaryRegression {
    /// β̂ in the order of the given columns.
    let coefficients: [Double]
    /// Classical standard errors √(σ̂² [(XᵀX)⁻¹]_jj), σ̂² = RSS / (n − p).
    let standardErrors: [Double]
    let residuals: [Double]
    /// Residual sum of squares.
    let rss: Double
    /// Rows n.
    let count: Int
    /// Residual degrees of freedom n − p.
    let residualDF: Int

    /// Fits y on the given columns (no implicit intercept: pass a column of ones).
    /// - Throws: `.rankDeficient` for dependent columns, `.invalidArgument` when there are
    ///   not more rows than columns, `.nonFinite` for NaN/Inf data.
    /// - Complexity: O(n p²).
    init(y: [Double], columns: [[Double]]) throws {
        let n = y.count
        let p = columns.count
        guard n > p else {
            throw NumericsError.invalidArgument("\(n) observations for \(p) regression coefficients")
        }
        let design = try Matrix(columns: columns)
        let qr = try PivotedQR(design)
        guard qr.isFullRank else {
            throw NumericsError.rankDeficient(rank: qr.rank, columns: p, aliased: qr.aliased)
        }
        let beta = try qr.solve(y)
        var residuals = y
        for j in 0..<p {
            let b = beta[j]
            columns[j].withUnsafeBufferPointer { c in
                for i in 0..<n { residuals[i] -= b * c[i] }
            }
        }
        var rss = 0.0
        for e in residuals { rss += e * e }
        let sigma2 = rss / Double(n - p)
        let unscaled = try qr.inverseGramOfLeadingColumns()
        var se = [Double](repeating: .nan, count: p)
        for k in 0..<p { se[qr.pivot[k]] = (sigma2 * unscaled[k, k]).squareRoot() }
        self.coefficients = beta
        self.standardErrors = se
        self.residuals = residuals
        self.rss = rss
        self.count = n
        self.residualDF = n - p
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
