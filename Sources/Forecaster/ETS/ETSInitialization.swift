import Foundation

/// Starting values for the optimiser, as R `forecast:::initparam` and `forecast:::initstate`.
enum ETSInitialization {
    /// R's default usual bounds for (α, β, γ, φ).
    static let lower = (1e-4, 1e-4, 1e-4, 0.8)
    static let upper = (0.9999, 0.9999, 0.9999, 0.98)

    /// Starting smoothing parameters (R `initparam`, bounds "both"): α = l + 0.2(u − l)/m,
    /// β = l + 0.1(min(u, α) − l), γ = l + 0.05(min(u, 1 − α) − l), φ = l + 0.99(u − l),
    /// with R's fall-backs when these leave [0, α], [0, 1 − α] or [0, 1].
    /// Returns the estimated parameters in optimiser order (α, β?, γ?, φ?).
    static func parameters(spec: ETSSpec, period m: Int) -> [Double] {
        let md = Double(spec.season == .none ? 1 : m)
        var alpha = lower.0 + 0.2 * (upper.0 - lower.0) / md
        if alpha > 1 || alpha < 0 { alpha = lower.0 + 2e-3 }
        var out = [alpha]
        if spec.trend != .none {
            let u = min(upper.1, alpha)
            var beta = lower.1 + 0.1 * (u - lower.1)
            if beta < 0 || beta > alpha { beta = alpha - 1e-3 }
            out.append(beta)
        }
        if spec.season != .none {
            let u = min(upper.2, 1 - alpha)
            var gamma = lower.2 + 0.05 * (u - lower.2)
            if gamma < 0 || gamma > 1 - alpha { gamma = 1 - alpha - 1e-3 }
            out.append(gamma)
        }
        if spec.damped {
            var phi = lower.3 + 0.99 * (upper.3 - lower.3)
            if phi < 0 || phi > 1 { phi = upper.3 - 1e-3 }
            out.append(phi)
        }
        return out
    }

    /// Heuristic initial states (R `initstate`): the seasonal indices from a classical
    /// decomposition (or, with fewer than three seasons, from a regression on a linear trend
    /// and one Fourier pair), then level and growth from the first `max(10, 2m)` seasonally
    /// adjusted values (mean, or a least-squares line). Returns `[ℓ, b?, s₁ … s_{m−1}]`
    /// (the last seasonal index is implied by normalisation).
    /// - Throws: `ETSError.insufficientData` for seasonal models with fewer than 4 points.
    /// - Complexity: O(n·m).
    static func states(_ y: [Double], spec: ETSSpec, period: Int) throws -> [Double] {
        let n = y.count
        var adjusted = y
        var seasonStates: [Double] = []
        if spec.season != .none {
            let m = period
            guard n >= 4 else { throw ETSError.insufficientData(needed: 4, available: n) }
            let multiplicative = spec.season == .multiplicative
            var seasonal: [Double]
            if n < 3 * m {
                let (c0, c1) = fourierTrendCoefficients(y, period: m)
                seasonal = (0..<n).map { i in
                    let trend = c0 + c1 * Double(i + 1)
                    return multiplicative ? y[i] / trend : y[i] - trend
                }
            } else {
                seasonal = ETSClassicalSeasonal.figure(y, period: m, multiplicative: multiplicative)
            }
            seasonStates = (1..<m).reversed().map { seasonal[$0] }
            if multiplicative {
                seasonStates = seasonStates.map { max($0, 0.01) }
                let total = seasonStates.reduce(0, +)
                if total > Double(m) {
                    let denom = seasonStates.reduce(0) { $0 + ($1 + 0.01) }
                    seasonStates = seasonStates.map { $0 / denom }
                }
                for i in 0..<n { adjusted[i] = y[i] / max(seasonal[i], 0.01) }
            } else {
                for i in 0..<n { adjusted[i] = y[i] - seasonal[i] }
            }
        }
        let m = spec.season == .none ? 1 : period
        let maxn = min(max(10, 2 * m), adjusted.count)
        var out: [Double]
        switch spec.trend {
        case .none:
            out = [adjusted[0..<maxn].reduce(0, +) / Double(maxn)]
        case .additive:
            var (l0, b0) = lineFit(adjusted, count: maxn)
            if abs(l0 + b0) < 1e-8 { l0 *= 1 + 1e-3; b0 *= 1 - 1e-3 }
            out = [l0, b0]
        case .multiplicative:
            let (a, s) = lineFit(adjusted, count: maxn)
            var l0 = a + s
            if abs(l0) < 1e-8 { l0 = 1e-7 }
            var b0 = (a + 2 * s) / l0
            l0 = l0 / b0
            if abs(b0) > 1e10 { b0 = (b0 < 0 ? -1 : 1) * 1e10 }
            if l0 < 1e-8 || b0 < 1e-8 {
                l0 = max(adjusted[0], 1e-3)
                b0 = max(adjusted[1] / adjusted[0], 1e-3)
            }
            out = [l0, b0]
        }
        return out + seasonStates
    }

    /// Least-squares line through `(i, y[i−1])`, `i = 1…count` (R `lsfit(1:maxn, y)`).
    static func lineFit(_ y: [Double], count: Int) -> (intercept: Double, slope: Double) {
        let nd = Double(count)
        let xbar = (nd + 1) / 2
        var ybar = 0.0
        for i in 0..<count { ybar += y[i] }
        ybar /= nd
        var sxy = 0.0, sxx = 0.0
        for i in 0..<count {
            let dx = Double(i + 1) - xbar
            sxy += dx * (y[i] - ybar)
            sxx += dx * dx
        }
        let slope = sxx > 0 ? sxy / sxx : 0
        return (ybar - slope * xbar, slope)
    }

    /// Intercept and trend coefficient of `y ~ 1 + t + sin(2πt/m) + cos(2πt/m)` (R
    /// `tslm(y ~ trend + fourier(y, 1))`), solved by modified Gram–Schmidt least squares.
    /// The sine column is dropped when it vanishes (m = 2), as `fourier` does.
    static func fourierTrendCoefficients(_ y: [Double], period m: Int) -> (Double, Double) {
        let n = y.count
        var columns: [[Double]] = [
            [Double](repeating: 1, count: n),
            (0..<n).map { Double($0 + 1) },
        ]
        if m != 2 { columns.append((0..<n).map { sin(2 * Double.pi * Double($0 + 1) / Double(m)) }) }
        columns.append((0..<n).map { cos(2 * Double.pi * Double($0 + 1) / Double(m)) })
        let beta = leastSquares(columns: columns, y: y)
        return (beta[0], beta[1])
    }

    /// Least squares by modified Gram–Schmidt; collinear columns get coefficient 0.
    static func leastSquares(columns: [[Double]], y: [Double]) -> [Double] {
        let k = columns.count, n = y.count
        var q = columns
        var r = [Double](repeating: 0, count: k * k)
        var rhs = [Double](repeating: 0, count: k)
        var active = [Bool](repeating: true, count: k)
        var resid = y
        for j in 0..<k {
            var norm = 0.0
            for i in 0..<n { norm += q[j][i] * q[j][i] }
            norm = norm.squareRoot()
            if norm < 1e-9 * Double(n).squareRoot() { active[j] = false; continue }
            r[j * k + j] = norm
            for i in 0..<n { q[j][i] /= norm }
            for l in (j + 1)..<max(k, j + 1) {
                var dot = 0.0
                for i in 0..<n { dot += q[j][i] * q[l][i] }
                r[j * k + l] = dot
                for i in 0..<n { q[l][i] -= dot * q[j][i] }
            }
            var dot = 0.0
            for i in 0..<n { dot += q[j][i] * resid[i] }
            rhs[j] = dot
            for i in 0..<n { resid[i] -= dot * q[j][i] }
        }
        var beta = [Double](repeating: 0, count: k)
        for j in stride(from: k - 1, through: 0, by: -1) where active[j] {
            var s = rhs[j]
            for l in (j + 1)..<max(k, j + 1) where active[l] { s -= r[j * k + l] * beta[l] }
            beta[j] = s / r[j * k + j]
        }
        return beta
    }
}
