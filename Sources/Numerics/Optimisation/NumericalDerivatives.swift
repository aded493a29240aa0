/// Finite-difference derivatives exactly as R's `optim` / `optimHess` compute them, so that
/// standard errors derived from a Hessian (e.g. ARIMA coefficient covariances) agree with R.
public enum NumericalDerivatives {
    /// Central-difference gradient `gᵢ = (f(x + hᵢeᵢ) − f(x − hᵢeᵢ)) / (2hᵢ)` with
    /// `hᵢ = step · parscaleᵢ` (R: `ndeps` on the scaled parameters `x / parscale`,
    /// converted back to the user's units).
    ///
    /// - Throws: `NumericsError.invalidArgument` for a non-positive step, a zero or
    ///   mismatched `parscale` or a non-finite `x`; `NumericsError.nonFinite` if a difference
    ///   quotient is not finite (R stops with "non-finite finite-difference value").
    /// - Complexity: 2n objective calls.
    public static func gradient(at x: [Double], step: Double = 1e-3, parscale: [Double]? = nil,
                                _ f: (UnsafeBufferPointer<Double>) -> Double) throws -> [Double] {
        let scale = try validate(x, step, parscale)
        var g = [Double](repeating: 0, count: x.count)
        var point = x.map { $0 }
        var p = zip(x, scale).map { $0 / $1 }
        try scaledGradient(&p, &point, scale, step, &g, f)
        // g is d f / d p; convert to the user's parameters: d f / d x = g / parscale.
        for i in 0..<g.count { g[i] /= scale[i] }
        return g
    }

    /// The Hessian as R's `optimHess(par, fn, control = list(ndeps = step, parscale = …))`:
    /// for each i, the numerical gradient (above) at `p ± εᵢ eᵢ` with `εᵢ = step/parscaleᵢ`
    /// on the scaled parameters, `Hᵢⱼ = (gⱼ(p + εᵢeᵢ) − gⱼ(p − εᵢeᵢ)) / (2εᵢ·sᵢ·sⱼ)`, then
    /// symmetrised as `(H + Hᵀ)/2`. The result is in the user's units.
    ///
    /// - Throws: as `gradient`.
    /// - Complexity: 4n² objective calls.
    public static func hessian(at x: [Double], step: Double = 1e-3, parscale: [Double]? = nil,
                               _ f: (UnsafeBufferPointer<Double>) -> Double) throws -> Matrix {
        let scale = try validate(x, step, parscale)
        let n = x.count
        var p = zip(x, scale).map { $0 / $1 }
        var point = x.map { $0 }
        var g1 = [Double](repeating: 0, count: n)
        var g2 = [Double](repeating: 0, count: n)
        var h = Matrix(rows: n, columns: n)
        for i in 0..<n {
            let eps = step / scale[i]
            let pi = p[i]
            p[i] = pi + eps
            try scaledGradient(&p, &point, scale, step, &g1, f)
            p[i] = pi - eps
            try scaledGradient(&p, &point, scale, step, &g2, f)
            p[i] = pi
            for j in 0..<n {
                h.storage[j + i * n] = (g1[j] - g2[j]) / (2 * eps * scale[i] * scale[j])
            }
        }
        for j in 0..<n {
            for i in (j + 1)..<max(n, j + 1) {
                let s = 0.5 * (h.storage[i + j * n] + h.storage[j + i * n])
                h.storage[i + j * n] = s
                h.storage[j + i * n] = s
            }
        }
        return h
    }

    private static func validate(_ x: [Double], _ step: Double, _ parscale: [Double]?) throws -> [Double] {
        guard step > 0, step.isFinite else {
            throw NumericsError.invalidArgument("finite-difference step must be positive, got \(step)")
        }
        guard x.allSatisfy({ $0.isFinite }) else {
            throw NumericsError.invalidArgument("finite-difference point must be finite")
        }
        guard let ps = parscale else { return [Double](repeating: 1, count: x.count) }
        guard ps.count == x.count, ps.allSatisfy({ $0.isFinite && $0 != 0 }) else {
            throw NumericsError.invalidArgument("parscale must have one finite non-zero entry per parameter")
        }
        return ps
    }

    /// R's `fmingr` numerical branch: derivative with respect to the scaled parameters `p`.
    private static func scaledGradient(_ p: inout [Double], _ point: inout [Double], _ scale: [Double],
                                       _ eps: Double, _ g: inout [Double],
                                       _ f: (UnsafeBufferPointer<Double>) -> Double) throws {
        let n = p.count
        for i in 0..<n { point[i] = p[i] * scale[i] }
        for i in 0..<n {
            point[i] = (p[i] + eps) * scale[i]
            let v1 = point.withUnsafeBufferPointer { f($0) }
            point[i] = (p[i] - eps) * scale[i]
            let v2 = point.withUnsafeBufferPointer { f($0) }
            g[i] = (v1 - v2) / (2 * eps)
            guard g[i].isFinite else {
                throw NumericsError.nonFinite("finite-difference derivative \(i) is not finite")
            }
            point[i] = p[i] * scale[i]
        }
    }
}
