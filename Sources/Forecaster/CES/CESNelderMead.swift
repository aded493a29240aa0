/// statsforecast's bounded Nelder–Mead (`nm::NelderMead` in `nelder_mead.h`), ported so
/// that CES estimates follow the same path: adaptive coefficients (Gao & Han 2012:
/// expansion `1 + 2/d`, contraction `3/4 − 1/(2d)`, shrink `1 − 1/d`), every trial point
/// clamped to the box, stop when the population standard deviation of the simplex values
/// falls below `tolStd` or after `maxIterations`.
///
/// Almanac's `AlmanacNumerics.NelderMead` is R's `nmmin` (unbounded, relative tolerance on the
/// spread, different simplex); the two reach different optima on the flat CES likelihood,
/// so parity needs this one. The public header differs from the compiled statsforecast
/// 2.1.1 in two places, where we follow the binary (checked by replaying its optimiser on
/// 27 M3 series × 4 types and 24 more F fits: identical estimates on all): the shrink moves every vertex but the best (the header skips row 0
/// instead), and the vertices are ranked before the convergence test, so a converged
/// search returns the best vertex of the final simplex (the header returns the best of
/// the previous ranking). At the iteration limit the best of the last ranking is
/// returned, not the point the last step found, exactly as statsforecast does.
struct CESNelderMead {
    let dimension: Int
    var initialStep = 0.05
    var zeroPerturbation = 1e-4
    var alpha = 1.0
    var maxIterations = 1000
    var tolStd = 1e-4
    private var simplex: [Double]
    private var values: [Double]
    private var order: [Int]
    private var centroid: [Double]
    private var trial: [Double]
    private var second: [Double]

    init(dimension d: Int) {
        dimension = d
        simplex = [Double](repeating: 0, count: (d + 1) * d)
        values = [Double](repeating: 0, count: d + 1)
        order = [Int](repeating: 0, count: d + 1)
        centroid = [Double](repeating: 0, count: d)
        trial = [Double](repeating: 0, count: d)
        second = [Double](repeating: 0, count: d)
    }

    /// Minimises `f` over the box `[lower, upper]` from `x0`.
    /// - Returns: the returned vertex, its value and the iteration count.
    /// - Complexity: O(maxIterations · (d² + cost of f)).
    mutating func minimize(from x0: [Double], lower: [Double], upper: [Double],
                           _ f: (UnsafeBufferPointer<Double>) -> Double) -> (x: [Double], value: Double, iterations: Int) {
        let d = dimension
        let gamma = 1.0 + 2.0 / Double(d)
        let rho = 0.75 - 1.0 / Double(2 * d)
        let sigma = 1.0 - 1.0 / Double(d)
        func clamp(_ v: Double, _ j: Int) -> Double { Swift.min(Swift.max(v, lower[j]), upper[j]) }
        for i in 0...d {
            for j in 0..<d { simplex[i * d + j] = clamp(x0[j], j) }
        }
        for i in 0..<d {
            let v = simplex[i * d + i]
            simplex[i * d + i] = clamp(v == 0 ? zeroPerturbation : v * (1.0 + initialStep), i)
        }
        func evaluate(_ row: Int) -> Double {
            simplex.withUnsafeBufferPointer { f(UnsafeBufferPointer(rebasing: $0[(row * d)..<(row * d + d)])) }
        }
        for i in 0...d { values[i] = evaluate(i) }
        var best = 0
        var iteration = 0
        while iteration < maxIterations {
            sortOrder()
            best = order[0]
            if standardDeviation() < tolStd { break }
            let worst = order[d], secondWorst = order[d - 1]
            for j in 0..<d { centroid[j] = (columnSum(j) - simplex[worst * d + j]) / Double(d) }
            for j in 0..<d { trial[j] = clamp(centroid[j] + alpha * (centroid[j] - simplex[worst * d + j]), j) }
            let fr = trial.withUnsafeBufferPointer { f($0) }
            iteration += 1
            if values[best] <= fr && fr < values[secondWorst] {
                replace(worst, with: trial, value: fr)
                continue
            }
            if fr < values[best] {
                for j in 0..<d { second[j] = clamp(centroid[j] + gamma * (trial[j] - centroid[j]), j) }
                let fe = second.withUnsafeBufferPointer { f($0) }
                if fe < fr { replace(worst, with: second, value: fe) } else { replace(worst, with: trial, value: fr) }
                continue
            }
            if values[secondWorst] <= fr && fr < values[worst] {
                for j in 0..<d { second[j] = clamp(centroid[j] + rho * (trial[j] - centroid[j]), j) }
                let fc = second.withUnsafeBufferPointer { f($0) }
                if fc <= fr {
                    replace(worst, with: second, value: fc)
                    continue
                }
            } else {
                for j in 0..<d { second[j] = clamp(centroid[j] - rho * (trial[j] - centroid[j]), j) }
                let fc = second.withUnsafeBufferPointer { f($0) }
                if fc < values[worst] {
                    replace(worst, with: second, value: fc)
                    continue
                }
            }
            for i in 0...d where i != best {
                for j in 0..<d {
                    simplex[i * d + j] = clamp(simplex[best * d + j] + sigma * (simplex[i * d + j] - simplex[best * d + j]), j)
                }
                values[i] = evaluate(i)
            }
        }
        return (Array(simplex[(best * d)..<(best * d + d)]), values[best], iteration + 1)
    }

    /// The sum of column `j` over all vertices in Eigen's order for a column-wise sum
    /// (`packetwise_redux_impl`: the first row, then blocks of four rows summed pairwise,
    /// then the rest one by one). The centroid is `(Σ rows − worst) / d` as statsforecast
    /// computes it; this order is what makes the 4-parameter (F) searches agree bit for bit.
    private func columnSum(_ j: Int) -> Double {
        let d = dimension, rows = d + 1
        var p = simplex[j]
        var i = 1
        let blocks = (rows - 1) & ~3
        while i < blocks {
            p += (simplex[i * d + j] + simplex[(i + 1) * d + j]) + (simplex[(i + 2) * d + j] + simplex[(i + 3) * d + j])
            i += 4
        }
        while i < rows {
            p += simplex[i * d + j]
            i += 1
        }
        return p
    }

    private mutating func replace(_ row: Int, with x: [Double], value: Double) {
        for j in 0..<dimension { simplex[row * dimension + j] = x[j] }
        values[row] = value
    }

    /// The population standard deviation of the vertex values (NaN when one is infinite,
    /// which, as in statsforecast, never stops the search).
    private func standardDeviation() -> Double {
        var mean = 0.0
        for v in values { mean += v }
        mean /= Double(values.count)
        var ss = 0.0
        for v in values { ss += (v - mean) * (v - mean) }
        return (ss / Double(values.count)).squareRoot()
    }

    /// Indices of `values` in ascending order, ties in index order (libstdc++'s `std::sort`
    /// is an insertion sort, hence stable, below 16 elements).
    private mutating func sortOrder() {
        for i in 0..<order.count { order[i] = i }
        for i in 1..<order.count {
            let v = order[i]
            var j = i
            while j > 0 && values[v] < values[order[j - 1]] {
                order[j] = order[j - 1]
                j -= 1
            }
            order[j] = v
        }
    }
}
