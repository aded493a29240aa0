import Foundation
import Numerics

/// An ordinary least-squares fit for the auxiliary regressions of the unit-root tests
/// (ADF, Phillips–Perron, KPSS detrending, OCSB), computed as R's `lm` would: through a
/// Householder QR of the design (Numerics' `PivotedQR`, never the normal equations).
///
/// Like `lm`, columns that are numerically dependent on earlier ones are *aliased*: dropped
/// from the fit, with NaN coefficient and standard error (R's NA). The criterion is LINPACK
/// `dqrdc2`'s: a column is aliased when its norm after projection on the earlier kept
/// columns falls below 1e-7 of its own norm (of 1 for a zero column). Callers whose
/// statistic is the t-ratio of an aliased column must treat it as undefined.
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

    /// R's `lm` rank tolerance.
    static let tolerance = 1e-7

    /// Fits y on the given columns (no implicit intercept: pass a column of ones).
    /// - Throws: `.invalidArgument` when there are not more rows than estimable
    ///   coefficients (no residual degrees of freedom), `.nonFinite` for NaN/Inf data.
    /// - Complexity: O(n p³) for p columns (p ≤ 6 here).
    init(y: [Double], columns: [[Double]]) throws {
        let n = y.count
        let p = columns.count
        var kept: [Int] = []
        var aliased: [Int] = []
        for j in 0..<p {
            let column = columns[j]
            var norm = 0.0
            for v in column { norm += v * v }
            norm = norm.squareRoot()
            var remaining = column
            if !kept.isEmpty {
                let basis = try PivotedQR(Matrix(columns: kept.map { columns[$0] }), tolerance: 0)
                let b = try basis.solve(column)
                for (slot, k) in kept.enumerated() {
                    let c = b[slot]
                    columns[k].withUnsafeBufferPointer { x in
                        for i in 0..<n { remaining[i] -= c * x[i] }
                    }
                }
            }
            var left = 0.0
            for v in remaining { left += v * v }
            let scale = norm == 0 ? 1 : norm
            if left.squareRoot() < AuxiliaryRegression.tolerance * scale {
                aliased.append(j)
            } else {
                kept.append(j)
            }
        }
        let rank = kept.count
        guard n > rank else {
            throw NumericsError.invalidArgument("\(n) observations for \(rank) regression coefficients")
        }
        var beta = [Double](repeating: .nan, count: p)
        var se = [Double](repeating: .nan, count: p)
        var residuals = y
        var rss = 0.0
        if rank > 0 {
            let qr = try PivotedQR(Matrix(columns: kept.map { columns[$0] }), tolerance: 0)
            let b = try qr.solve(y)
            for (slot, j) in kept.enumerated() {
                beta[j] = b[slot]
                let c = b[slot]
                columns[j].withUnsafeBufferPointer { x in
                    for i in 0..<n { residuals[i] -= c * x[i] }
                }
            }
            for e in residuals { rss += e * e }
            let sigma2 = rss / Double(n - rank)
            let unscaled = try qr.inverseGramOfLeadingColumns()
            for k in 0..<rank { se[kept[qr.pivot[k]]] = (sigma2 * unscaled[k, k]).squareRoot() }
        } else {
            for e in residuals { rss += e * e }
        }
        self.coefficients = beta
        self.standardErrors = se
        self.residuals = residuals
        self.rss = rss
        self.count = n
        self.residualDF = n - rank
        self.aliased = aliased
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
