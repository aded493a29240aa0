/// Bai & Perron's (1998) sequential test of `l + 1` against `l` breaks, `supF(l+1 | l)`.
///
/// Given the optimal `l`-break partition, each of its `l + 1` segments is searched for one
/// further break (both pieces at least `h` long); the statistic compares the best refined
/// partition with the `l`-break fit in the same F form as `Fstats`:
///
///     F(l+1 | l) = (RSS_l − RSS_{l+1}*) / (RSS_{l+1}* / (n − (l + 2)k)),
///
/// where `RSS_{l+1}*` is the smallest RSS over all segments and split dates. For `l = 0` it
/// is exactly `supF` with trimming `from = h`. The p-value treats the segment statistics
/// as independent supF statistics (their asymptotic law, Bai & Perron 1998 Prop. 9): each
/// segment's p-value comes from Hansen's (1997) approximation with that segment's trimming
/// `λᵢ`, and `p = 1 − Πᵢ(1 − pᵢ(Fᵢ))` is evaluated at the overall statistic. strucchange has
/// no such test; the statistic is checked against a brute-force refit in R.
public struct SequentialSupF: Sendable, Codable, Equatable {
    /// The number of breaks under the null, `l`.
    public let nullBreaks: Int
    /// `F(l+1 | l)`.
    public let statistic: Double
    /// The segment (0-based) whose split gives the statistic.
    public let segment: Int
    /// The added break point (1-based last observation of the earlier piece).
    public let breakpoint: Int
    /// Trimming parameter `λᵢ` of each searchable segment (NaN where a segment is shorter
    /// than `2h` and cannot be split).
    public let segmentLambdas: [Double]
    /// Asymptotic p-value (see the type description).
    public let pValue: Double

    /// Runs the test for `l` breaks on the partition stored in `breakpoints`.
    ///
    /// - Throws: `BreaksError.invalidInput` if `l` was not estimated;
    ///   `BreaksError.noCandidateBreaks` when no segment is at least `2h` long.
    /// - Complexity: O(n·k²).
    public init(_ regression: BreakRegression, breakpoints: Breakpoints, nullBreaks l: Int) throws {
        let bps = try breakpoints.breakpoints(l)
        let n = regression.count, k = regression.regressorCount, h = breakpoints.minimumSegment
        let triangle = RSSTriangle(regression)
        var kernel = RecursiveLeastSquares(k: k)
        let bounds = [0] + bps + [n]
        var forward = [Double](repeating: 0, count: n)
        var backward = [Double](repeating: 0, count: n)
        var segRSS = [Double](repeating: 0, count: l + 1)
        var bestSplit = [Double](repeating: .infinity, count: l + 1)
        var bestAt = [Int](repeating: 0, count: l + 1)
        var lambdas = [Double](repeating: .nan, count: l + 1)
        for i in 0...l {
            let s = bounds[i] + 1, e = bounds[i + 1], len = e - s + 1
            forward.withUnsafeMutableBufferPointer { triangle.forward(from: s, to: e, into: $0, kernel: &kernel) }
            segRSS[i] = forward[len - 1]
            guard len >= 2 * h else { continue }
            backward.withUnsafeMutableBufferPointer { triangle.backward(from: e, downTo: s, into: $0, kernel: &kernel) }
            // Split after τ: RSS(s, τ) + RSS(τ + 1, e), τ = s+h−1 … e−h.
            for tau in (s + h - 1)...(e - h) {
                let v = forward[tau - s] + backward[e - tau - 1]
                if v < bestSplit[i] { bestSplit[i] = v; bestAt[i] = tau }
            }
            let from = Double(h), to = Double(len - h), m = Double(len)
            lambdas[i] = ((m - from) * to) / (from * (m - to))
        }
        let total = segRSS.reduce(0, +)
        var seg = -1
        var bestRSS = Double.infinity
        for i in 0...l where bestSplit[i].isFinite {
            let v = total - segRSS[i] + bestSplit[i]
            if v < bestRSS { bestRSS = v; seg = i }
        }
        guard seg >= 0 else {
            throw BreaksError.noCandidateBreaks("no segment of the \(l)-break partition is at least 2h = \(2 * h) long")
        }
        let df = Double(n - (l + 2) * k)
        let stat = (total - bestRSS) / (bestRSS / df)
        var survive = 1.0
        for i in 0...l where lambdas[i].isFinite {
            survive *= 1 - HansenPValue.pValue(stat, test: .supF, regressors: k, lambda: lambdas[i])
        }
        nullBreaks = l
        statistic = stat
        segment = seg
        breakpoint = bestAt[seg]
        segmentLambdas = lambdas
        pValue = 1 - survive
    }
}
