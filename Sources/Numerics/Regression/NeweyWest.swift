import Foundation

/// Newey–West heteroskedasticity-and-autocorrelation-consistent (HAC) long-run
/// covariance of estimating functions (scores), as R's `sandwich::NeweyWest`,
/// `sandwich::bwNeweyWest` and `sandwich::meatHAC`.
///
/// For scores `u_t` (rows of an `n × k` matrix; for OLS `u_t = e_t x_t`) and Bartlett
/// weights `w_j = 1 − j/(L + 1)`, the meat is
/// `Ω = Σ_t u_t u_tᵀ + Σ_{j=1}^{L} w_j Σ_t (u_t u_{t+j}ᵀ + u_{t+j} u_tᵀ)`.
/// With prewhitening the scores are first filtered by a VAR(1) without intercept fitted
/// by least squares, `u_t = A u_{t−1} + ũ_t` (R's `ar(…, order.max = 1, aic = FALSE,
/// demean = FALSE, method = "ols")`); `Ω` is computed from `ũ` and recoloured,
/// `D Ω Dᵀ` with `D = (I − A)⁻¹`. `adjust` multiplies by `n/(n − k)`.
public enum NeweyWest {
    /// Bartlett weights for lag truncation `L`: `1 + j·(−1/(L + 1))`, `j = 0 … L + 1`
    /// (R's `seq(1, 0, by = -(1/(lag + 1)))`, computed the same way so the weights are
    /// bit-identical). `count` keeps only the first weights: with `n` observations weights
    /// beyond `w_{n−1}` multiply no cross-product (sandwich drops them too), and an
    /// automatic lag can be far larger than `n`.
    public static func bartlettWeights(lag: Int, count: Int? = nil) -> [Double] {
        let by = -(1 / Double(lag + 1))
        let end = min(lag + 2, max(0, count ?? Int.max))
        return (0..<end).map { 1 + Double($0) * by }
    }

    /// VAR(1) prewhitening by least squares without intercept.
    /// - Returns: the `(n − 1) × k` residuals and `D = (I − A)⁻¹`.
    /// - Throws: `.singular` when the lagged scores are collinear or `I − A` is singular;
    ///   `.invalidArgument` for fewer than 3 rows.
    public static func prewhiten(_ u: Matrix) throws -> (residuals: Matrix, recolour: Matrix) {
        let n = u.rows, k = u.columns
        guard n >= 3 else {
            throw NumericsError.invalidArgument("VAR(1) prewhitening needs at least 3 observations, got \(n)")
        }
        let lagged = u.selecting(rows: Array(0..<(n - 1)))
        let current = u.selecting(rows: Array(1..<n))
        // Aᵀ = (XᵀX)⁻¹ Xᵀ Y with X the lagged and Y the current scores.
        let xx = lagged.gram
        let xy = try Matrix.multiply(lagged, transposeA: true, current)
        let at = try xx.solve(xy)
        let fittedPart = try lagged * at
        let residuals = try current - fittedPart
        var iMinusA = Matrix.identity(k)
        for i in 0..<k { for j in 0..<k { iMinusA[i, j] -= at[j, i] } }
        return (residuals, try iMinusA.inverse())
    }

    /// Automatic Bartlett lag selection of Newey & West (1994), as `bwNeweyWest`
    /// (the lag R uses is `floor` of this value).
    ///
    /// `weights` combine the score columns into `h_t = u_t·w` (sandwich gives an
    /// intercept weight 0, others 1). With `m = ⌊c·(n/100)^{2/9}⌋` (`c = 3` prewhitened,
    /// 4 otherwise) and `σ_j = Σ h_t h_{t+j} / n'`: `s0 = σ_0 + 2Σσ_j`, `s1 = 2Σ jσ_j`,
    /// bandwidth `1.1447 ((s1/s0)²)^{1/3} n^{1/3}`.
    ///
    /// - Throws: `.invalidArgument` for too few observations or a degenerate `s0`.
    /// - Complexity: O(n·k² + n·m).
    public static func bandwidth(scores: Matrix, weights: [Double], prewhite: Bool) throws -> Double {
        let n0 = scores.rows, k = scores.columns
        guard weights.count == k else {
            throw NumericsError.dimensionMismatch("\(weights.count) weights for \(k) score columns")
        }
        let w = k < 2 ? [Double](repeating: 1, count: k) : weights
        let m = Int((Double(prewhite ? 3 : 4) * pow(Double(n0) / 100, 2.0 / 9.0)).rounded(.down))
        var u = scores
        if prewhite { u = try prewhiten(scores).residuals }
        let n = u.rows
        guard m < n else {
            throw NumericsError.invalidArgument("\(n0) observations are too few for Newey–West lag selection")
        }
        let hw = try u.multiply(w)
        var sigma = [Double](repeating: 0, count: m + 1)
        for j in 0...m {
            var s = 0.0
            for t in 0..<(n - j) { s += hw[t] * hw[t + j] }
            sigma[j] = s / Double(n)
        }
        var s0 = sigma[0], s1 = 0.0
        for j in stride(from: 1, through: m, by: 1) {
            s0 += 2 * sigma[j]
            s1 += 2 * Double(j) * sigma[j]
        }
        let rate = 1.0 / 3.0
        let value = 1.1447 * pow(pow(s1 / s0, 2), rate) * pow(Double(n + (prewhite ? 1 : 0)), rate)
        guard value.isFinite else {
            throw NumericsError.invalidArgument("Newey–West bandwidth is not finite (zero spectral density estimate)")
        }
        return value
    }

    /// The HAC meat `Ω` (sandwich's `meatHAC` times `n`): the weighted sum of score
    /// cross-products, prewhitened and recoloured, optionally adjusted by `n/(n − k)`.
    ///
    /// - Parameters:
    ///   - scores: the `n × k` estimating-function contributions (rows are observations).
    ///   - weights: kernel weights `w_0, w_1, …` (e.g. `bartlettWeights`); those
    ///     beyond the available lags are ignored, as in sandwich.
    ///   - prewhite: whether to prewhiten the scores with a VAR(1) and recolour the result.
    ///   - adjust: whether to multiply by `n/(n − k)`.
    /// - Complexity: O(n·k²·L).
    public static func meat(scores: Matrix, weights: [Double], prewhite: Bool, adjust: Bool) throws -> Matrix {
        let nOrig = scores.rows, k = scores.columns
        var u = scores
        var recolour: Matrix? = nil
        if prewhite {
            let p = try prewhiten(scores)
            u = p.residuals
            recolour = p.recolour
        }
        let n = u.rows
        let w = Array(weights.prefix(n))
        var utu = Matrix(rows: k, columns: k)
        if let w0 = w.first {
            utu = (0.5 * w0) * u.gram
        }
        u.storage.withUnsafeBufferPointer { pu in
            for lag in stride(from: 1, to: w.count, by: 1) where w[lag] != 0 {
                for a in 0..<k {
                    for b in 0..<k {
                        var s = 0.0
                        let ca = a * n, cb = b * n
                        for t in 0..<(n - lag) { s += pu[ca + t] * pu[cb + t + lag] }
                        utu[a, b] += w[lag] * s
                    }
                }
            }
        }
        var sym = try utu + utu.transposed
        if adjust { sym = (Double(nOrig) / Double(nOrig - k)) * sym }
        if let d = recolour {
            sym = try Matrix.multiply(try d * sym, d, transposeB: true)
        }
        return sym
    }
}
