/// Input preparation shared by `ETS.fit` and `AutoETS`.
enum ETSData {
    /// The longest run of non-missing values (R `na.contiguous`; the first run wins ties).
    /// - Throws: `ETSError.insufficientData` when every value is missing.
    static func contiguous(_ y: [Double]) throws -> [Double] {
        var bestStart = 0, bestLength = 0, runStart = 0
        for i in 0...y.count {
            if i == y.count || !y[i].isFinite {
                if i - runStart > bestLength { bestStart = runStart; bestLength = i - runStart }
                runStart = i + 1
            }
        }
        guard bestLength > 0 else { throw ETSError.insufficientData(needed: 1, available: 0) }
        return Array(y[bestStart..<(bestStart + bestLength)])
    }

    /// R `is.constant`: `all.equal(x, rep(x[1]))`, i.e. mean |xᵢ − x₁| ≤ 1.5·10⁻⁸ relative to
    /// mean |xᵢ| (absolute when that mean is below the tolerance).
    static func isConstant(_ y: [Double]) -> Bool {
        guard let first = y.first else { return true }
        let tolerance = 1.5e-8
        var diff = 0.0, scale = 0.0
        for v in y { diff += abs(v - first); scale += abs(v) }
        let nd = Double(y.count)
        diff /= nd
        scale /= nd
        if scale.isFinite && scale > tolerance { diff /= scale }
        return diff <= tolerance
    }

    /// R's answer for a constant series (`ses(y, alpha = 0.99999, initial = "simple")`):
    /// ETS(A,N,N) with α = 0.99999, ℓ₀ = y₁, zero residuals and σ² = 0, so forecasts are
    /// the constant with zero-width intervals. No likelihood is reported (as in R).
    static func constantModel(_ y: [Double]) -> ETSModel {
        let alpha = 0.99999
        var level = y[0]
        var fitted = [Double](repeating: 0, count: y.count)
        var residuals = fitted
        for i in 0..<y.count {
            fitted[i] = level
            residuals[i] = y[i] - level
            level = level + alpha * (y[i] - level)
        }
        var sse = 0.0
        for e in residuals { sse += e * e }
        return ETSModel(spec: ETSSpec(error: .additive, trend: .none, season: .none), period: 1,
                        alpha: alpha, beta: nil, gamma: nil, phi: nil, initialState: [y[0]],
                        finalState: [level], logLikelihood: nil, aic: nil, aicc: nil, bic: nil,
                        sigma2: sse / Double(y.count), parameterCount: 2, observations: y,
                        fitted: fitted, residuals: residuals)
    }
}
