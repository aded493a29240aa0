/// Standardized recursive residuals (strucchange's `recresid`).
public enum RecursiveResiduals {
    /// `wₜ = (yₜ − xₜᵀβ̂ₜ₋₁)/√(1 + xₜᵀ(Xₜ₋₁ᵀXₜ₋₁)⁻¹xₜ)` for `t = k+1…n`, where `β̂ₜ₋₁` is the
    /// OLS fit to the first `t − 1` rows. Under the null of constant coefficients with
    /// i.i.d. N(0, σ²) errors they are i.i.d. N(0, σ²) (Brown, Durbin & Evans 1975).
    ///
    /// Computed by Givens updates (see `RecursiveLeastSquares`), not by refitting.
    ///
    /// - Returns: `n − k` residuals.
    /// - Throws: `BreaksError.segmentTooShort` when `n ≤ k`.
    /// - Complexity: O(n·k²).
    public static func compute(_ regression: BreakRegression) throws -> [Double] {
        let n = regression.count, k = regression.regressorCount
        guard n > k else {
            throw BreaksError.segmentTooShort("\(n) observations for \(k) coefficients")
        }
        var kernel = RecursiveLeastSquares(k: k)
        var out = [Double](repeating: 0, count: n - k)
        let rows = regression.rowMajorDesign
        rows.withUnsafeBufferPointer { xp in
            guard let base = xp.baseAddress else { return }
            for t in 0..<n {
                let w = kernel.add(base + t * k, regression.y[t])
                if t >= k { out[t - k] = w }
            }
        }
        return out
    }
}
