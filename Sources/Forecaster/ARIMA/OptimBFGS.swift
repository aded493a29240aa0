/// Variable-metric minimiser with central-difference gradients, a line-for-line port of
/// R's `optim(method = "BFGS")` (`vmmin`, Nash 1990) including `parscale`, `ndeps = 1e-3`,
/// `reltol = √ε`, `maxit = 100`, and of `optimhess` for the Hessian.
///
/// Almanac's `Numerics` provides a general BFGS; the ARIMA estimator keeps this exact
/// port because R's fitted coefficients *are* the point where this particular algorithm
/// stops (its acceptance test, reset rule and gradient steps), and auto-ARIMA parity
/// (which model wins by AICc) depends on reproducing that stopping point.
struct OptimBFGS {
    struct Result {
        var par: [Double]
        var value: Double
        /// 0 converged, 1 `maxit` reached (R's `convergence`).
        var convergence: Int
        var functionCount: Int
        var gradientCount: Int
    }

    /// A non-finite finite-difference gradient: R stops with an error there.
    struct NonFiniteGradient: Error {}

    var parscale: [Double]
    var ndeps = 1e-3
    var reltol = 1.490116119384765625e-8
    var abstol = -Double.infinity
    var maxit = 100

    /// Minimises `fn` from `par` (on the original scale). `fn` receives the original-scale
    /// parameters.
    func minimize(_ par: [Double], _ fn: ([Double]) -> Double) throws -> Result {
        let n = par.count
        var x = [Double](repeating: 0, count: n)  // scratch, original scale
        func f(_ b: [Double]) -> Double {
            for i in 0..<n { x[i] = b[i] * parscale[i] }
            return fn(x)
        }
        func gr(_ b: [Double], _ g: inout [Double]) throws {
            var bb = b
            for i in 0..<n {
                let eps = ndeps
                bb[i] = b[i] + eps
                let v1 = f(bb)
                bb[i] = b[i] - eps
                let v2 = f(bb)
                let df = (v1 - v2) / (2 * eps)
                guard df.isFinite else { throw NonFiniteGradient() }
                g[i] = df
                bb[i] = b[i]
            }
        }
        var b = (0..<n).map { par[$0] / parscale[$0] }
        if maxit <= 0 || n == 0 {
            let v = f(b)
            return Result(par: par, value: v, convergence: 0, functionCount: 0, gradientCount: 0)
        }
        var g = [Double](repeating: 0, count: n)
        var t = [Double](repeating: 0, count: n)
        var X = [Double](repeating: 0, count: n)
        var c = [Double](repeating: 0, count: n)
        var B = [Double](repeating: 0, count: n * n)  // lower triangle, B[i*n+j], j ≤ i
        var fval = f(b)
        guard fval.isFinite else {
            throw ForecasterError.estimationFailed("initial value in 'vmmin' is not finite")
        }
        var fmin = fval
        var funcount = 1, gradcount = 1
        try gr(b, &g)
        var iter = 1
        var ilast = gradcount
        var count = 0
        repeat {
            if ilast == gradcount {
                for i in 0..<n {
                    for j in 0..<i { B[i * n + j] = 0 }
                    B[i * n + i] = 1
                }
            }
            for i in 0..<n { X[i] = b[i]; c[i] = g[i] }
            var gradproj = 0.0
            for i in 0..<n {
                var s = 0.0
                for j in 0...i { s -= B[i * n + j] * g[j] }
                var j = i + 1
                while j < n { s -= B[j * n + i] * g[j]; j += 1 }
                t[i] = s
                gradproj += s * g[i]
            }
            if gradproj < 0 {
                var steplength = 1.0
                var accpoint = false
                repeat {
                    count = 0
                    for i in 0..<n {
                        b[i] = X[i] + steplength * t[i]
                        if 10.0 + X[i] == 10.0 + b[i] { count += 1 }
                    }
                    if count < n {
                        fval = f(b)
                        funcount += 1
                        accpoint = fval.isFinite && fval <= fmin + gradproj * steplength * 1e-4
                        if !accpoint { steplength *= 0.2 }
                    }
                } while !(count == n || accpoint)
                let enough = fval > abstol && abs(fval - fmin) > reltol * (abs(fmin) + reltol)
                if !enough {
                    count = n
                    fmin = fval
                }
                if count < n {
                    fmin = fval
                    try gr(b, &g)
                    gradcount += 1
                    iter += 1
                    var d1 = 0.0
                    for i in 0..<n {
                        t[i] = steplength * t[i]
                        c[i] = g[i] - c[i]
                        d1 += t[i] * c[i]
                    }
                    if d1 > 0 {
                        var d2 = 0.0
                        for i in 0..<n {
                            var s = 0.0
                            for j in 0...i { s += B[i * n + j] * c[j] }
                            var j = i + 1
                            while j < n { s += B[j * n + i] * c[j]; j += 1 }
                            X[i] = s
                            d2 += s * c[i]
                        }
                        d2 = 1 + d2 / d1
                        for i in 0..<n {
                            for j in 0...i {
                                B[i * n + j] += (d2 * t[i] * t[j] - X[i] * t[j] - t[i] * X[j]) / d1
                            }
                        }
                    } else {
                        ilast = gradcount
                    }
                } else {
                    if ilast < gradcount {
                        count = 0
                        ilast = gradcount
                    }
                }
            } else {
                count = 0
                if ilast == gradcount { count = n } else { ilast = gradcount }
            }
            if iter >= maxit { break }
            if gradcount - ilast > 2 * n { ilast = gradcount }
        } while count != n || ilast != gradcount
        let out = (0..<n).map { b[$0] * parscale[$0] }
        return Result(par: out, value: fmin, convergence: iter < maxit ? 0 : 1,
                      functionCount: funcount, gradientCount: gradcount)
    }

    /// R's `optimhess`: central differences of the finite-difference gradient, on the
    /// original scale, symmetrised. Column-major n×n.
    func hessian(at par: [Double], _ fn: ([Double]) -> Double) throws -> [Double] {
        let n = par.count
        var x = [Double](repeating: 0, count: n)
        func f(_ b: [Double]) -> Double {
            for i in 0..<n { x[i] = b[i] * parscale[i] }
            return fn(x)
        }
        func gr(_ b: [Double]) throws -> [Double] {
            var bb = b
            var g = [Double](repeating: 0, count: n)
            for i in 0..<n {
                bb[i] = b[i] + ndeps
                let v1 = f(bb)
                bb[i] = b[i] - ndeps
                let v2 = f(bb)
                let df = (v1 - v2) / (2 * ndeps)
                guard df.isFinite else { throw NonFiniteGradient() }
                g[i] = df
                bb[i] = b[i]
            }
            return g
        }
        var dpar = (0..<n).map { par[$0] / parscale[$0] }
        var h = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            let eps = ndeps / parscale[i]
            dpar[i] += eps
            let df1 = try gr(dpar)
            dpar[i] -= 2 * eps
            let df2 = try gr(dpar)
            for j in 0..<n {
                h[i * n + j] = (df1[j] - df2[j]) / (2 * eps * parscale[i] * parscale[j])
            }
            dpar[i] += eps
        }
        for i in 0..<n {
            for j in 0..<i {
                let tmp = 0.5 * (h[i * n + j] + h[j * n + i])
                h[i * n + j] = tmp
                h[j * n + i] = tmp
            }
        }
        return h
    }
}
