/// Variable-metric (BFGS) minimiser, a port of R's `vmmin` (src/appl/optim.c), the engine
/// behind `optim(method = "BFGS")`, so that iterates and counts agree with R.
///
/// Algorithm: keeps an approximation `B` of the inverse Hessian (reset to the identity at
/// the start, after an uphill direction, when `sᵀy ≤ 0`, and every `2n` gradients). The
/// search direction `t = −B g` is followed by R's backtracking line search: start at step 1,
/// multiply by 0.2 until the Armijo condition `f ≤ f_min + 1e-4 · step · gᵀt` holds or the
/// step no longer changes any coordinate (`10 + xᵢ == 10 + xᵢ'`). The update is the BFGS
/// formula `B ← B + ((1 + yᵀBy/sᵀy) ssᵀ − B y sᵀ − s yᵀB)/sᵀy`. It stops when the relative
/// decrease `|f − f_min| ≤ reltol·(|f_min| + reltol)`, when `f ≤ abstol`, when no step
/// changes the point right after a reset, or after `maxIterations` gradient evaluations.
///
/// Without an analytic gradient the gradient is R's central difference on the scaled
/// parameters `p = x / parscale`: `gᵢ = (f((p + εeᵢ)·s) − f((p − εeᵢ)·s)) / (2ε)`,
/// `ε = ndeps = 1e-3`. Non-finite objective values are treated as +∞ (the line search
/// rejects them); a non-finite gradient stops with `.nonFiniteGradient`.
///
/// - Complexity: O(n²) arithmetic per iteration plus 2n objective calls for a numerical
///   gradient; all vectors and the n×n metric are allocated once in `init`.
public struct BFGS: Sendable {
    public struct Options: Sendable, Codable, Equatable {
        /// Relative convergence tolerance (R `reltol`).
        public var relativeTolerance: Double = 1.490116119384765625e-8
        /// Stop once the value is ≤ this (R `abstol`, default -Inf).
        public var absoluteTolerance: Double = -.infinity
        /// Maximum number of iterations (R `maxit`, default 100).
        public var maxIterations: Int = 100
        /// Finite-difference step on the scaled parameters (R `ndeps`).
        public var ndeps: Double = 1e-3
        /// Per-parameter scaling (R `parscale`); `nil` means all ones.
        public var parscale: [Double]? = nil
        public init() {}
    }

    public private(set) var dimension: Int
    public var options: Options
    /// One buffer for all vectors: b, g, t, X, c, x(user scale), scale; then the n×n metric.
    private var workspace: [Double]

    public init(dimension: Int, options: Options = Options()) {
        self.dimension = max(dimension, 0)
        self.options = options
        workspace = []
        allocate(self.dimension)
    }

    private mutating func allocate(_ n: Int) {
        dimension = n
        workspace = [Double](repeating: 0, count: 7 * n + n * n)
    }

    /// Minimises `f` from `x0` with R's central-difference gradient.
    public mutating func minimize(from x0: [Double],
                                  _ f: (UnsafeBufferPointer<Double>) -> Double) -> OptimizationResult {
        run(from: x0, analytic: false, gradient: { _, _ in }, f)
    }

    /// Minimises `f` from `x0` with an analytic gradient `gradient(x, g)` that writes
    /// ∂f/∂xᵢ (in the user's, unscaled parameters) into `g`.
    public mutating func minimize(from x0: [Double],
                                  gradient: (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void,
                                  _ f: (UnsafeBufferPointer<Double>) -> Double) -> OptimizationResult {
        run(from: x0, analytic: true, gradient: gradient, f)
    }

    private mutating func run(from x0: [Double], analytic: Bool,
                              gradient: (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void,
                              _ f: (UnsafeBufferPointer<Double>) -> Double) -> OptimizationResult {
        let n = x0.count
        if n != dimension { allocate(n) }
        guard x0.allSatisfy({ $0.isFinite }) else {
            return OptimizationResult(x: x0, value: .nan, iterations: 0, functionEvaluations: 0,
                                      converged: false, stopReason: .invalidStart)
        }
        let opts = options
        var result = OptimizationResult(x: x0, value: .infinity, iterations: 0, functionEvaluations: 0,
                                        converged: false, stopReason: .maxIterations)
        workspace.withUnsafeMutableBufferPointer { w in
            guard let base = w.baseAddress else {
                // n == 0: nothing to optimise; evaluate once like R does for maxit <= 0.
                let v = f(UnsafeBufferPointer(start: nil, count: 0))
                result = OptimizationResult(x: [], value: v, iterations: 0, functionEvaluations: 1,
                                            converged: v.isFinite, stopReason: v.isFinite ? .converged : .nonFiniteInitialValue)
                return
            }
            let scale = base + 6 * n
            for i in 0..<n { scale[i] = 1 }
            if let ps = opts.parscale, ps.count == n, ps.allSatisfy({ $0.isFinite && $0 != 0 }) {
                for i in 0..<n { scale[i] = ps[i] }
            }
            result = Self.vmmin(n: n, x0: x0, opts: opts, base: base, analytic: analytic, gradient: gradient, f)
        }
        return result
    }

    // swiftlint:disable function_body_length cyclomatic_complexity
    private static func vmmin(n: Int, x0: [Double], opts: Options, base: UnsafeMutablePointer<Double>,
                              analytic: Bool,
                              gradient grad: (UnsafeBufferPointer<Double>, UnsafeMutableBufferPointer<Double>) -> Void,
                              _ f: (UnsafeBufferPointer<Double>) -> Double) -> OptimizationResult {
        let b = base, g = base + n, t = base + 2 * n, X = base + 3 * n, c = base + 4 * n
        let xu = base + 5 * n, scale = base + 6 * n, B = base + 7 * n
        let userPoint = UnsafeBufferPointer(start: xu, count: n)
        var gradientCalls = 0
        // B[i][j] (lower triangle used, j ≤ i) → B[i*n + j]
        func fminfn() -> Double {
            for i in 0..<n { xu[i] = b[i] * scale[i] }
            return f(userPoint)
        }
        func fmingr() -> Bool {
            if analytic {
                for i in 0..<n { xu[i] = b[i] * scale[i] }
                grad(userPoint, UnsafeMutableBufferPointer(start: g, count: n))
                for i in 0..<n { g[i] *= scale[i] }
            } else {
                let eps = opts.ndeps
                for i in 0..<n { xu[i] = b[i] * scale[i] }
                for i in 0..<n {
                    xu[i] = (b[i] + eps) * scale[i]
                    let v1 = f(userPoint)
                    xu[i] = (b[i] - eps) * scale[i]
                    let v2 = f(userPoint)
                    g[i] = (v1 - v2) / (2 * eps)
                    xu[i] = b[i] * scale[i]
                    gradientCalls += 2
                }
            }
            for i in 0..<n where !g[i].isFinite { return false }
            return true
        }
        func finish(_ fmin: Double, _ funcount: Int, _ gradcount: Int, _ reason: StopReason) -> OptimizationResult {
            var xs = [Double](repeating: 0, count: n)
            for i in 0..<n { xs[i] = b[i] * scale[i] }
            return OptimizationResult(x: xs, value: fmin, iterations: gradcount, functionEvaluations: funcount,
                                      gradientFunctionEvaluations: gradientCalls, gradientEvaluations: gradcount,
                                      converged: reason == .converged, stopReason: reason)
        }

        for i in 0..<n { b[i] = x0[i] / scale[i] }
        let stepredn = 0.2, acctol = 0.0001, reltest = 10.0
        let maxit = opts.maxIterations
        let reltol = opts.relativeTolerance, abstol = opts.absoluteTolerance
        if maxit <= 0 {
            return finish(fminfn(), 0, 0, .converged)
        }
        var f0 = fminfn()
        guard f0.isFinite else { return finish(.infinity, 1, 0, .nonFiniteInitialValue) }
        var fmin = f0
        var funcount = 1, gradcount = 1
        guard fmingr() else { return finish(fmin, funcount, gradcount, .nonFiniteGradient) }
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
                if i + 1 < n { for j in (i + 1)..<n { s -= B[j * n + i] * g[j] } }
                t[i] = s
                gradproj += s * g[i]
            }
            if gradproj < 0 {  // downhill
                var steplength = 1.0
                var accpoint = false
                repeat {
                    count = 0
                    for i in 0..<n {
                        b[i] = X[i] + steplength * t[i]
                        if reltest + X[i] == reltest + b[i] { count += 1 }
                    }
                    if count < n {
                        f0 = fminfn()
                        funcount += 1
                        accpoint = f0.isFinite && f0 <= fmin + gradproj * steplength * acctol
                        if !accpoint { steplength *= stepredn }
                    }
                } while !(count == n || accpoint)
                let enough = f0 > abstol && abs(f0 - fmin) > reltol * (abs(fmin) + reltol)
                if !enough {
                    count = n
                    fmin = f0
                }
                if count < n {  // making progress
                    fmin = f0
                    guard fmingr() else { return finish(fmin, funcount, gradcount + 1, .nonFiniteGradient) }
                    gradcount += 1
                    iter += 1
                    var D1 = 0.0
                    for i in 0..<n {
                        t[i] *= steplength
                        c[i] = g[i] - c[i]
                        D1 += t[i] * c[i]
                    }
                    if D1 > 0 {
                        var D2 = 0.0
                        for i in 0..<n {
                            var s = 0.0
                            for j in 0...i { s += B[i * n + j] * c[j] }
                            if i + 1 < n { for j in (i + 1)..<n { s += B[j * n + i] * c[j] } }
                            X[i] = s
                            D2 += s * c[i]
                        }
                        D2 = 1.0 + D2 / D1
                        for i in 0..<n {
                            for j in 0...i {
                                B[i * n + j] += (D2 * t[i] * t[j] - X[i] * t[j] - t[i] * X[j]) / D1
                            }
                        }
                    } else {
                        ilast = gradcount
                    }
                } else if ilast < gradcount {  // no progress: reset once
                    count = 0
                    ilast = gradcount
                }
            } else {  // uphill: reset unless just reset
                count = 0
                if ilast == gradcount { count = n } else { ilast = gradcount }
            }
            if iter >= maxit { break }
            if gradcount - ilast > 2 * n { ilast = gradcount }  // periodic restart
        } while count != n || ilast != gradcount
        // When the loop ends by convergence `b` may hold the last (rejected or accepted) trial
        // point; R returns `b` as is, and so do we.
        return finish(fmin, funcount, gradcount, iter < maxit ? .converged : .maxIterations)
    }
}
