/// Segment residual sums of squares `RSS(i, j)` of a `BreakRegression`, computed by
/// recursive residuals: row `i` of the triangle is the running sum of squared recursive
/// residuals of the regression started at observation `i` (strucchange's `RSS.triang`).
///
/// Indices are 1-based observation numbers as in strucchange, so `RSS(i, j)` is the RSS of
/// the OLS fit to rows `i…j` (0-based rows `i−1 ..< j`). Each row costs O((n − i)·k²) by
/// Givens updates (O(n − i) for `y ~ 1`, by the running-mean update), so the whole triangle
/// is O(n²·k²) without ever refitting a segment. Rows are produced on demand into a caller
/// buffer, so memory stays O(n) even when the triangle itself (n²/2 values) would not fit.
public struct RSSTriangle: Sendable {
    /// Number of observations `n`.
    public let count: Int
    /// Number of regressors `k`.
    public let regressorCount: Int
    let design: [Double]   // row-major n × k
    let y: [Double]
    let interceptOnly: Bool
    /// 1/t for t = 0…n (entry 0 unused), so the running-mean update needs no division.
    let reciprocals: [Double]

    public init(_ regression: BreakRegression) {
        count = regression.count
        regressorCount = regression.regressorCount
        design = regression.rowMajorDesign
        y = regression.y
        interceptOnly = regression.isInterceptOnly
        reciprocals = (0...regression.count).map { $0 == 0 ? 0 : 1 / Double($0) }
    }

    /// Fills `out[j − i]` with `RSS(i, j)` for `j = i…end` (1-based, inclusive), walking
    /// forward from observation `i`. Entries for the first `k` observations of the segment
    /// are the RSS of an exactly (or under-) determined fit, i.e. 0 up to rounding.
    ///
    /// - Complexity: O((end − i)·k²), no allocation for `y ~ 1`.
    func forward(from i: Int, to end: Int, into out: UnsafeMutableBufferPointer<Double>,
                 kernel: inout RecursiveLeastSquares) {
        if interceptOnly {
            y.withUnsafeBufferPointer { yp in
                reciprocals.withUnsafeBufferPointer { inv in
                    var mean = 0.0, rss = 0.0
                    var t = 1
                    for obs in i...end {
                        let d = yp[obs - 1] - mean
                        // RSS_t = RSS_{t−1} + (t−1)/t · (y_t − ȳ_{t−1})²
                        rss += d * d * (1 - inv[t])
                        mean += d * inv[t]
                        out[obs - i] = rss
                        t += 1
                    }
                }
            }
            return
        }
        kernel.reset()
        let k = regressorCount
        design.withUnsafeBufferPointer { xp in
            guard let base = xp.baseAddress else { return }
            for obs in i...end {
                _ = kernel.add(base + (obs - 1) * k, y[obs - 1])
                out[obs - i] = kernel.rss
            }
        }
    }

    /// Fills `out[end − j]` with `RSS(j, end)` for `j = end, end−1, …, i`, walking backward
    /// from observation `end` (the regression run in reverse time).
    ///
    /// - Complexity: O((end − i)·k²).
    func backward(from end: Int, downTo i: Int, into out: UnsafeMutableBufferPointer<Double>,
                  kernel: inout RecursiveLeastSquares) {
        kernel.reset()
        let k = regressorCount
        design.withUnsafeBufferPointer { xp in
            guard let base = xp.baseAddress else { return }
            var obs = end
            while obs >= i {
                _ = kernel.add(base + (obs - 1) * k, y[obs - 1])
                out[end - obs] = kernel.rss
                obs -= 1
            }
        }
    }

    /// `RSS(i, j)` for one segment (1-based, inclusive).
    ///
    /// - Throws: `BreaksError.dateOutsideSample` when the segment is not inside `1…n`,
    ///   `BreaksError.segmentTooShort` when it has fewer than `k` observations.
    /// - Complexity: O((j − i)·k²).
    public func rss(_ i: Int, _ j: Int) throws -> Double {
        guard i >= 1, j <= count, i <= j else {
            throw BreaksError.dateOutsideSample("segment \(i)…\(j) of observations 1…\(count)")
        }
        guard j - i + 1 >= regressorCount else {
            throw BreaksError.segmentTooShort("\(j - i + 1) observations for \(regressorCount) coefficients")
        }
        var kernel = RecursiveLeastSquares(k: regressorCount)
        var buffer = [Double](repeating: 0, count: j - i + 1)
        buffer.withUnsafeMutableBufferPointer { forward(from: i, to: j, into: $0, kernel: &kernel) }
        return buffer[j - i]
    }

    /// Row `i` of the triangle as strucchange stores it: `RSS(i, j)` for `j = i…n`, with
    /// NaN for the first `k` entries, where the fit is exactly determined.
    ///
    /// - Throws: `BreaksError.dateOutsideSample` when `i` is not in `1…n`.
    public func row(start i: Int) throws -> [Double] {
        guard i >= 1, i <= count else {
            throw BreaksError.dateOutsideSample("start \(i) of observations 1…\(count)")
        }
        var kernel = RecursiveLeastSquares(k: regressorCount)
        var buffer = [Double](repeating: 0, count: count - i + 1)
        buffer.withUnsafeMutableBufferPointer { forward(from: i, to: count, into: $0, kernel: &kernel) }
        for t in 0..<min(regressorCount, buffer.count) { buffer[t] = .nan }
        return buffer
    }
}

extension RSSTriangle {
    /// The RSS of every prefix and every suffix of the sample: `RSS(1, i) = forward[i − 1]`
    /// and `RSS(i + 1, n) = backward[n − i − 1]`, so one break after row `i` costs two lookups.
    ///
    /// - Complexity: O(n·k²).
    func prefixAndSuffixRSS() -> (forward: [Double], backward: [Double]) {
        let n = count
        var kernel = RecursiveLeastSquares(k: regressorCount)
        var forward = [Double](repeating: 0, count: n)
        var backward = [Double](repeating: 0, count: n)
        forward.withUnsafeMutableBufferPointer { self.forward(from: 1, to: n, into: $0, kernel: &kernel) }
        backward.withUnsafeMutableBufferPointer { self.backward(from: n, downTo: 1, into: $0, kernel: &kernel) }
        return (forward, backward)
    }
}
