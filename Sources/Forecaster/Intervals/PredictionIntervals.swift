import AlmanacNumerics

/// Normal-theory prediction intervals, the form R `forecast` uses for its linear models.
public enum PredictionIntervals {
    /// Validates interval levels the way R `forecast` does: levels in (0, 1) are read as
    /// fractions and scaled to percent; anything outside (0, 99.99] is refused.
    public static func validatedLevels(_ levels: [Double]) throws -> [Double] {
        guard !levels.isEmpty else { return [] }
        guard levels.allSatisfy({ $0.isFinite }) else {
            throw ForecasterError.invalidOption("interval levels must be finite: \(levels)")
        }
        if let lo = levels.min(), let hi = levels.max(), lo > 0, hi < 1 {
            return levels.map { $0 * 100 }
        }
        if let lo = levels.min(), let hi = levels.max(), lo <= 0 || hi > 99.99 {
            throw ForecasterError.invalidOption("interval levels must lie in (0, 99.99] percent: \(levels)")
        }
        return levels
    }

    /// Bounds `mean[h] ∓ z · se[h]` with `z = Φ⁻¹(0.5 + level/200)` for each level.
    ///
    /// - Returns: `lower[k][h]`, `upper[k][h]` for `levels[k]`.
    public static func normal(mean: [Double], standardErrors se: [Double], levels: [Double])
        throws -> (lower: [[Double]], upper: [[Double]])
    {
        var lower: [[Double]] = []
        var upper: [[Double]] = []
        for level in levels {
            let z = try Normal.quantile(0.5 + level / 200)
            lower.append(zip(mean, se).map { $0 - z * $1 })
            upper.append(zip(mean, se).map { $0 + z * $1 })
        }
        return (lower, upper)
    }
}
