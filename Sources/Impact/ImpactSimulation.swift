import Foundation
import AlmanacNumerics

/// Joint draws of the original-scale counterfactual of a log-scale model, for the
/// cumulative effect (a sum of log-normals has no closed-form quantiles).
///
/// Draw `e ~ N(0, Σ)` through `e = L z` with `Σ = LLᵀ` (Cholesky; for a semidefinite `Σ`
/// the symmetric square root with negative eigenvalues clipped), and form the counterfactual
/// path `exp(μ_h + e_h)`. The generator is seeded (`RandomSource`), so results are
/// deterministic.
enum ImpactSimulation {
    /// Cumulative sums of the simulated counterfactual: `paths[r][h] = Σ_{i≤h} exp(μ_i + e_i)`,
    /// stored as an H × R column-major matrix (column r is one path).
    ///
    /// - Complexity: O(H²·R) (one `dgemm`), memory O(H·R).
    static func cumulativePaths(mean: [Double], covariance: Matrix, count r: Int, seed: UInt64) throws -> Matrix {
        let h = mean.count
        let root = try squareRoot(covariance)
        var rng = RandomSource(seed: seed)
        var z = Matrix(rows: h, columns: r)
        z.storage.withUnsafeMutableBufferPointer { p in
            for i in 0..<(h * r) { p[i] = rng.normal() }
        }
        var e = try Matrix.multiply(root, z)
        e.storage.withUnsafeMutableBufferPointer { p in
            for c in 0..<r {
                var running = 0.0
                for i in 0..<h {
                    running += exp(mean[i] + p[c * h + i])
                    p[c * h + i] = running
                }
            }
        }
        return e
    }

    /// A matrix `L` with `L Lᵀ = Σ`.
    static func squareRoot(_ s: Matrix) throws -> Matrix {
        if let c = try? Cholesky(s) { return c.lower }
        let eig = try SymmetricEigen(s)
        var v = eig.vectors
        for j in 0..<v.columns {
            let f = max(eig.values[j], 0).squareRoot()
            for i in 0..<v.rows { v[i, j] *= f }
        }
        return v
    }

    /// Type-7 sample quantile (R's default) of `x`, which is sorted in place.
    static func quantile(_ x: inout [Double], _ p: Double) -> Double {
        x.sort()
        let pos = p * Double(x.count - 1)
        let lo = Int(pos.rounded(.down)), hi = min(lo + 1, x.count - 1)
        return x[lo] + (pos - Double(lo)) * (x[hi] - x[lo])
    }
}
