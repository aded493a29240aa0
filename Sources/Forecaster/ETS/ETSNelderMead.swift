/// The Nelder–Mead simplex minimiser exactly as R's `nmmin` (src/appl/optim.c), which
/// R `forecast::ets` calls through its own C entry point `etsNelderMead` with
/// `abstol = −Inf`, `reltol = √ε`, reflection 1, contraction 0.5, expansion 2 and
/// `maxit = 2000`.
///
/// A dedicated copy lives here (rather than the general `Numerics` optimiser) because
/// model *selection* parity with R depends on reproducing every step of R's simplex:
/// the initial step `0.1·max|xᵢ|`, its degenerate-coordinate retry, the convergence test
/// `f_high ≤ f_low + reltol·(|f₀| + reltol)` against the *initial* value, the shrink
/// failure exit, and the evaluation-count limit.
/// Non-finite objective values are treated as `1e35` (R's `big`).
struct ETSNelderMead {
    let dimension: Int
    /// (n + 1) rows (coordinates, then value) × (n + 2) columns (vertices, then centroid).
    private var simplex: [Double]
    private var trial: [Double]

    init(dimension: Int) {
        self.dimension = dimension
        simplex = [Double](repeating: 0, count: (dimension + 1) * (dimension + 2))
        trial = [Double](repeating: 0, count: dimension)
    }

    struct Result {
        var x: [Double]
        var value: Double
        var evaluations: Int
        /// 0 converged, 1 iteration limit, 10 shrink failed (R's `fail` codes).
        var code: Int
    }

    mutating func minimize(from x0: [Double], maxEvaluations maxit: Int = 2000,
                           reltol: Double = 1.490116119384765625e-8,
                           _ f: (UnsafeBufferPointer<Double>) -> Double) -> Result {
        let n = dimension
        let big = 1.0e35
        let alpha = 1.0, beta = 0.5, gamma = 2.0
        let rows = n + 1
        let n1 = n + 1
        let c = n + 2
        var fail = 0
        var funcount = 0
        var low = 1  // R's 1-based L
        for i in 0..<n { trial[i] = x0[i] }
        return simplex.withUnsafeMutableBufferPointer { pb -> Result in
            trial.withUnsafeMutableBufferPointer { bb -> Result in
                let P = pb.baseAddress!
                let B = bb.baseAddress!
                let bvec = UnsafeBufferPointer(start: B, count: n)
                // P[i][j] in R → P[i + j·rows] here (column j = vertex j).
                @inline(__always) func at(_ i: Int, _ j: Int) -> UnsafeMutablePointer<Double> { P + i + j * rows }
                func eval() -> Double {
                    let v = f(bvec)
                    return v.isFinite ? v : big
                }
                var fval = f(bvec)
                if !fval.isFinite {
                    return Result(x: x0, value: .infinity, evaluations: 1, code: 2)
                }
                funcount = 1
                let convtol = reltol * (abs(fval) + reltol)
                at(n1 - 1, 0).pointee = fval
                for i in 0..<n { at(i, 0).pointee = B[i] }
                var size = 0.0
                var step = 0.0
                for i in 0..<n where 0.1 * abs(B[i]) > step { step = 0.1 * abs(B[i]) }
                if step == 0 { step = 0.1 }
                if n > 0 {
                    for j in 2...n1 {
                        for i in 0..<n { at(i, j - 1).pointee = B[i] }
                        var trystep = step
                        while at(j - 2, j - 1).pointee == B[j - 2] {
                            at(j - 2, j - 1).pointee = B[j - 2] + trystep
                            trystep *= 10
                        }
                        size += trystep
                    }
                }
                var oldsize = size
                var calcvert = true
                repeat {
                    if calcvert {
                        for j in 0..<n1 where j + 1 != low {
                            for i in 0..<n { B[i] = at(i, j).pointee }
                            fval = eval()
                            funcount += 1
                            at(n1 - 1, j).pointee = fval
                        }
                        calcvert = false
                    }
                    var vl = at(n1 - 1, low - 1).pointee
                    var vh = vl
                    var high = low
                    for j in 1...n1 where j != low {
                        let v = at(n1 - 1, j - 1).pointee
                        if v < vl { low = j; vl = v }
                        if v > vh { high = j; vh = v }
                    }
                    if vh <= vl + convtol { break }
                    for i in 0..<n {
                        var temp = -at(i, high - 1).pointee
                        for j in 0..<n1 { temp += at(i, j).pointee }
                        at(i, c - 1).pointee = temp / Double(n)
                    }
                    for i in 0..<n { B[i] = (1.0 + alpha) * at(i, c - 1).pointee - alpha * at(i, high - 1).pointee }
                    fval = eval()
                    funcount += 1
                    let vr = fval
                    if vr < vl {
                        at(n1 - 1, c - 1).pointee = fval
                        for i in 0..<n {
                            let e = gamma * B[i] + (1 - gamma) * at(i, c - 1).pointee
                            at(i, c - 1).pointee = B[i]
                            B[i] = e
                        }
                        fval = eval()
                        funcount += 1
                        if fval < vr {
                            for i in 0..<n { at(i, high - 1).pointee = B[i] }
                            at(n1 - 1, high - 1).pointee = fval
                        } else {
                            for i in 0..<n { at(i, high - 1).pointee = at(i, c - 1).pointee }
                            at(n1 - 1, high - 1).pointee = vr
                        }
                    } else {
                        if vr < vh {
                            for i in 0..<n { at(i, high - 1).pointee = B[i] }
                            at(n1 - 1, high - 1).pointee = vr
                        }
                        for i in 0..<n { B[i] = (1 - beta) * at(i, high - 1).pointee + beta * at(i, c - 1).pointee }
                        fval = eval()
                        funcount += 1
                        if fval < at(n1 - 1, high - 1).pointee {
                            for i in 0..<n { at(i, high - 1).pointee = B[i] }
                            at(n1 - 1, high - 1).pointee = fval
                        } else if vr >= vh {
                            calcvert = true
                            size = 0
                            for j in 0..<n1 where j + 1 != low {
                                for i in 0..<n {
                                    let pl = at(i, low - 1).pointee
                                    at(i, j).pointee = beta * (at(i, j).pointee - pl) + pl
                                    size += abs(at(i, j).pointee - pl)
                                }
                            }
                            if size < oldsize { oldsize = size } else { fail = 10; break }
                        }
                    }
                } while funcount <= maxit
                var x = [Double](repeating: 0, count: n)
                for i in 0..<n { x[i] = at(i, low - 1).pointee }
                if funcount > maxit { fail = 1 }
                return Result(x: x, value: at(n1 - 1, low - 1).pointee, evaluations: funcount, code: fail)
            }
        }
    }
}
