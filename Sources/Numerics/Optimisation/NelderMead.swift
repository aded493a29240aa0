/// Nelder–Mead simplex minimiser, a line-by-line port of R's `nmmin` (src/appl/optim.c),
/// the engine behind `optim(method = "Nelder-Mead")`, so that iterates, function counts and
/// results agree with R.
///
/// Algorithm (R's variant): the initial simplex is `x0` plus, for each coordinate `i`, the
/// vertex `x0 + step·eᵢ` with `step = max(0.1·maxᵢ|x0ᵢ|, 0.1 if that is 0)`. Each iteration
/// reflects the worst vertex through the centroid of the others (`alpha`), expands
/// (`gamma`) if the reflection is the new best, otherwise contracts (`beta`) towards the
/// centroid, and shrinks the simplex towards the best vertex if the contraction fails.
/// It stops when `f_high ≤ f_low + reltol·(|f(x0)| + reltol)` (R computes this scaled
/// tolerance once, from the starting value, and so do we) or `f_low ≤ abstol`, or when
/// `maxIterations` *function evaluations* have been used (R's `maxit` for this method
/// counts evaluations, not iterations).
///
/// Non-finite objective values are replaced by `1e35` (R's `big`), i.e. treated as +∞.
/// Parameters are optimised on the scale `x / parscale` as in R.
///
/// - Complexity: O(n) objective calls per iteration plus O(n²) arithmetic for the centroid;
///   the simplex and scratch vectors are allocated once in `init`, not per iteration.
public struct NelderMead: Sendable {
    public struct Options: Sendable, Codable, Equatable {
        /// Reflection coefficient (R `alpha`).
        public var alpha: Double = 1.0
        /// Contraction coefficient (R `beta`).
        public var beta: Double = 0.5
        /// Expansion coefficient (R `gamma`).
        public var gamma: Double = 2.0
        /// Relative convergence tolerance (R `reltol`, `sqrt(.Machine$double.eps)`).
        public var relativeTolerance: Double = 1.490116119384765625e-8
        /// Stop once the best value is ≤ this (R `abstol`, default -Inf).
        public var absoluteTolerance: Double = -.infinity
        /// Maximum number of function evaluations (R `maxit`, default 500).
        public var maxIterations: Int = 500
        /// Per-parameter scaling (R `parscale`); `nil` means all ones.
        public var parscale: [Double]? = nil
        public init() {}
    }

    public private(set) var dimension: Int
    public var options: Options
    /// Simplex: (n + 1) rows × (n + 2) columns, column-major as in R's `P[i][j]`:
    /// rows 0..<n coordinates, row n the function value; column n+1 holds the centroid.
    private var simplex: [Double]
    /// Trial point `Bvec` (scaled) and the user-scale evaluation point.
    private var trial: [Double]
    private var point: [Double]

    /// R's replacement for non-finite objective values.
    static let big = 1.0e35

    public init(dimension: Int, options: Options = Options()) {
        self.dimension = max(dimension, 0)
        self.options = options
        simplex = []
        trial = []
        point = []
        allocate(self.dimension)
    }

    private mutating func allocate(_ n: Int) {
        dimension = n
        simplex = [Double](repeating: 0, count: (n + 1) * (n + 2))
        trial = [Double](repeating: 0, count: n)
        point = [Double](repeating: 0, count: n)
    }

    /// Minimises `f` from `x0`. If `x0.count` differs from `dimension` the workspace is
    /// re-sized once (a setup cost, not a per-iteration one).
    public mutating func minimize(from x0: [Double],
                                  _ f: (UnsafeBufferPointer<Double>) -> Double) -> OptimizationResult {
        let n = x0.count
        if n != dimension { allocate(n) }
        guard x0.allSatisfy({ $0.isFinite }) else {
            return OptimizationResult(x: x0, value: .nan, iterations: 0, functionEvaluations: 0,
                                      converged: false, stopReason: .invalidStart)
        }
        var scale = [Double](repeating: 1, count: n)
        if let ps = options.parscale, ps.count == n, ps.allSatisfy({ $0.isFinite && $0 != 0 }) {
            scale = ps
        }
        let opts = options
        var result = OptimizationResult(x: x0, value: .infinity, iterations: 0, functionEvaluations: 0,
                                        converged: false, stopReason: .maxIterations)
        simplex.withUnsafeMutableBufferPointer { pBuf in
            trial.withUnsafeMutableBufferPointer { bBuf in
                point.withUnsafeMutableBufferPointer { xBuf in
                    scale.withUnsafeBufferPointer { sBuf in
                        result = Self.run(n: n, x0: x0, opts: opts, P: pBuf, B: bBuf, X: xBuf, scale: sBuf, f)
                    }
                }
            }
        }
        return result
    }

    // swiftlint:disable function_body_length
    private static func run(n: Int, x0: [Double], opts: Options,
                            P: UnsafeMutableBufferPointer<Double>, B: UnsafeMutableBufferPointer<Double>,
                            X: UnsafeMutableBufferPointer<Double>, scale: UnsafeBufferPointer<Double>,
                            _ f: (UnsafeBufferPointer<Double>) -> Double) -> OptimizationResult {
        let rows = n + 1
        // P[i][j] of R  →  P[i + j*rows]
        @inline(__always) func at(_ i: Int, _ j: Int) -> Int { i + j * rows }
        let evalPoint = UnsafeBufferPointer(X)
        func fmin() -> Double {
            for i in 0..<n { X[i] = B[i] * scale[i] }
            let v = f(evalPoint)
            return v.isFinite ? v : big
        }
        for i in 0..<n { B[i] = x0[i] / scale[i] }
        if opts.maxIterations <= 0 {
            let v = fmin()
            return OptimizationResult(x: x0, value: v, iterations: 0, functionEvaluations: 0,
                                      converged: true, stopReason: .converged)
        }
        var fv = fmin()
        if fv == big {
            return OptimizationResult(x: x0, value: .infinity, iterations: 0, functionEvaluations: 1,
                                      converged: false, stopReason: .nonFiniteInitialValue)
        }
        var funcount = 1
        let alpha = opts.alpha, bet = opts.beta, gamm = opts.gamma
        let intol = opts.relativeTolerance
        let convtol = intol * (abs(fv) + intol)
        let n1 = n + 1
        let C = n + 2
        P[at(n1 - 1, 0)] = fv
        for i in 0..<n { P[at(i, 0)] = B[i] }
        var L = 1
        var size = 0.0
        var step = 0.0
        for i in 0..<n where 0.1 * abs(B[i]) > step { step = 0.1 * abs(B[i]) }
        if step == 0 { step = 0.1 }
        if n >= 1 {
            for j in 2...n1 {
                for i in 0..<n { P[at(i, j - 1)] = B[i] }
                var trystep = step
                while P[at(j - 2, j - 1)] == B[j - 2] {
                    P[at(j - 2, j - 1)] = B[j - 2] + trystep
                    trystep *= 10
                }
                size += trystep
            }
        }
        var oldsize = size
        var calcvert = true
        var iterations = 0
        var reason = StopReason.maxIterations
        repeat {
            if calcvert {
                for j in 0..<n1 where j + 1 != L {
                    for i in 0..<n { B[i] = P[at(i, j)] }
                    fv = fmin()
                    funcount += 1
                    P[at(n1 - 1, j)] = fv
                }
                calcvert = false
            }
            var VL = P[at(n1 - 1, L - 1)]
            var VH = VL
            var H = L
            for j in 1...n1 where j != L {
                let fj = P[at(n1 - 1, j - 1)]
                if fj < VL { L = j; VL = fj }
                if fj > VH { H = j; VH = fj }
            }
            if VH <= VL + convtol || VL <= opts.absoluteTolerance {
                reason = .converged
                break
            }
            iterations += 1
            // Centroid, summed column by column: each coordinate adds its terms in R's order
            // (so the result is bit-identical) but the n sums proceed side by side instead of
            // as one long chain of dependent additions.
            let centroid = P.baseAddress! + (C - 1) * rows
            for i in 0..<n { centroid[i] = -P[at(i, H - 1)] }
            for j in 0..<n1 {
                let column = P.baseAddress! + j * rows
                for i in 0..<n { centroid[i] += column[i] }
            }
            for i in 0..<n { centroid[i] /= Double(n) }
            for i in 0..<n { B[i] = (1.0 + alpha) * P[at(i, C - 1)] - alpha * P[at(i, H - 1)] }
            fv = fmin()
            funcount += 1
            let VR = fv
            if VR < VL {
                P[at(n1 - 1, C - 1)] = fv
                for i in 0..<n {
                    let e = gamm * B[i] + (1 - gamm) * P[at(i, C - 1)]
                    P[at(i, C - 1)] = B[i]
                    B[i] = e
                }
                fv = fmin()
                funcount += 1
                if fv < VR {
                    for i in 0..<n { P[at(i, H - 1)] = B[i] }
                    P[at(n1 - 1, H - 1)] = fv
                } else {
                    for i in 0..<n { P[at(i, H - 1)] = P[at(i, C - 1)] }
                    P[at(n1 - 1, H - 1)] = VR
                }
            } else {
                if VR < VH {
                    for i in 0..<n { P[at(i, H - 1)] = B[i] }
                    P[at(n1 - 1, H - 1)] = VR
                }
                for i in 0..<n { B[i] = (1 - bet) * P[at(i, H - 1)] + bet * P[at(i, C - 1)] }
                fv = fmin()
                funcount += 1
                if fv < P[at(n1 - 1, H - 1)] {
                    for i in 0..<n { P[at(i, H - 1)] = B[i] }
                    P[at(n1 - 1, H - 1)] = fv
                } else if VR >= VH {
                    // Shrink towards the best vertex.
                    calcvert = true
                    size = 0
                    for j in 0..<n1 where j + 1 != L {
                        for i in 0..<n {
                            P[at(i, j)] = bet * (P[at(i, j)] - P[at(i, L - 1)]) + P[at(i, L - 1)]
                            size += abs(P[at(i, j)] - P[at(i, L - 1)])
                        }
                    }
                    if size < oldsize {
                        oldsize = size
                    } else {
                        reason = .degenerateSimplex
                        break
                    }
                }
            }
        } while funcount <= opts.maxIterations
        if funcount > opts.maxIterations { reason = .maxIterations }  // R: fail = 1 overrides
        var xs = [Double](repeating: 0, count: n)
        for i in 0..<n { xs[i] = P[at(i, L - 1)] * scale[i] }
        let best = P[at(n1 - 1, L - 1)]
        return OptimizationResult(x: xs, value: best == big ? .infinity : best, iterations: iterations,
                                  functionEvaluations: funcount,
                                  converged: reason == .converged, stopReason: reason)
    }
}
