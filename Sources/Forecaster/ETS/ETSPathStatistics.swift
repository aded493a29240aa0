import AlmanacNumerics

/// Summaries of simulated sample paths stored row-major (`paths × h`).
enum ETSPathStatistics {
    /// R `quantile(type = 8)` (median-unbiased) of an ascending-sorted sample.
    static func quantileType8(_ sorted: [Double], _ p: Double) -> Double {
        let n = sorted.count
        guard n > 0 else { return .nan }
        let fuzz = 4 * Double.ulpOfOne
        let nppm = 1.0 / 3 + p * (Double(n) + 1.0 / 3)
        let j = Int((nppm + fuzz).rounded(.down))
        var g = nppm - Double(j)
        if abs(g) < fuzz { g = 0 }
        func x(_ k: Int) -> Double { sorted[min(max(k, 1), n) - 1] }
        return g == 0 ? x(j) : (1 - g) * x(j) + g * x(j + 1)
    }

    /// Sample covariance (divisor N − 1) across paths, skipping paths containing NaN.
    static func covariance(_ sample: [Double], paths: Int, horizon h: Int) -> Matrix {
        var means = [Double](repeating: 0, count: h)
        var used = 0
        var valid = [Bool](repeating: true, count: paths)
        for r in 0..<paths {
            for i in 0..<h where sample[r * h + i].isNaN { valid[r] = false; break }
            guard valid[r] else { continue }
            used += 1
            for i in 0..<h { means[i] += sample[r * h + i] }
        }
        var out = Matrix(rows: h, columns: h)
        guard used > 1 else { return out }
        for i in 0..<h { means[i] /= Double(used) }
        if h > blasHorizon, let fast = blasCovariance(sample, valid: valid, used: used, means: means, horizon: h) {
            return fast
        }
        // Upper triangle accumulated column-major in a flat buffer (the hot loop of simulated
        // ETS forecasts: paths × h²/2); same summation order as the textbook double loop.
        var acc = [Double](repeating: 0, count: h * h)
        sample.withUnsafeBufferPointer { x in
            means.withUnsafeBufferPointer { mu in
                acc.withUnsafeMutableBufferPointer { c in
                    for r in 0..<paths where valid[r] {
                        let row = r * h
                        for i in 0..<h {
                            let di = x[row + i] - mu[i]
                            for j in i..<h { c[j * h + i] += di * (x[row + j] - mu[j]) }
                        }
                    }
                }
            }
        }
        for i in 0..<h {
            for j in i..<h {
                let v = acc[j * h + i] / Double(used - 1)
                out[i, j] = v
                out[j, i] = v
            }
        }
        return out
    }

    /// Horizons above which the covariance goes through BLAS (`dgemm` on the centred paths):
    /// the loop below costs paths × h²/2 scalar steps, 14 s at h = 1200; BLAS takes well
    /// under a second. Short horizons keep the loop's exact summation order.
    static let blasHorizon = 120

    /// `XᵀX / (N − 1)` for the centred valid paths `X` (N × h); nil if the product fails.
    static func blasCovariance(_ sample: [Double], valid: [Bool], used: Int, means: [Double], horizon h: Int) -> Matrix? {
        var x = Matrix(rows: used, columns: h)
        var row = 0
        for r in valid.indices where valid[r] {
            for i in 0..<h { x[row, i] = sample[r * h + i] - means[i] }
            row += 1
        }
        return try? Matrix.multiply(x, transposeA: true, x, alpha: 1 / Double(used - 1))
    }
}
