import Foundation

/// Bai–Perron estimation of `m = 0…M` structural breaks by the global minimisation of the
/// total residual sum of squares over all partitions with minimum segment size `h`
/// (strucchange's `breakpoints` and `summary(breakpoints)`).
///
/// Break points follow strucchange: a break `b` (1-based) is the last observation of the
/// earlier segment, so segments are `1…b₁, b₁+1…b₂, …, b_m+1…n`. Map `b` to a date with
/// `regression.observationIndex[b − 1]`.
public struct Breakpoints: Sendable, Codable, Equatable {
    /// Number of observations `n`.
    public let count: Int
    /// Number of regressors `k`.
    public let regressorCount: Int
    /// Minimum segment size in observations.
    public let minimumSegment: Int
    /// Largest number of breaks considered, `M = ⌈n/h⌉ − 2` unless fewer were asked.
    public let maximumBreaks: Int
    /// Minimal total RSS for `m = 0…M` breaks.
    ///
    /// Not necessarily decreasing in `m`: every segment must hold `h` observations, so for
    /// large `m` the admissible break dates are confined. For the Nile (n = 100, h = 15)
    /// five breaks leave a slack of 10 observations, the first break must fall in 15…25 and
    /// cannot sit at the 1898 shift (observation 28); hence `summary(breakpoints)`'s
    /// RSS 1659994 for m = 5 above 1507888 for m = 4, which we reproduce.
    public let rss: [Double]
    /// The optimal break points for `m = 0…M` (`breaks[0]` is empty).
    public let breaks: [[Int]]
    /// Source-series positions (0-based) of each row, for attaching dates.
    public let observationIndex: [Int]

    /// Runs the dynamic programme.
    ///
    /// - Parameters:
    ///   - regression: the model whose coefficients may break.
    ///   - h: minimum segment size; a value below 1 is a fraction of `n` (floored, as
    ///     strucchange's `h = 0.15`), otherwise a number of observations.
    ///   - maxBreaks: `M`; `nil` uses strucchange's `⌈n/h⌉ − 2` (at least 1), larger requests
    ///     are capped there.
    /// - Throws: `BreaksError.segmentTooShort` when `h ≤ k`; `BreaksError.noCandidateBreaks`
    ///   when `h > ⌊n/2⌋` (not even one break fits) or `maxBreaks < 1`.
    /// - Complexity: O(n²·k²) for the triangle rows (O(n²) for `y ~ 1`) plus O(n²·M) for the
    ///   recursion; O(n·M) memory — the triangle is streamed one row at a time.
    public init(_ regression: BreakRegression, h: Double = 0.15, maxBreaks: Int? = nil) throws {
        let n = regression.count, k = regression.regressorCount
        guard h > 0, h.isFinite, h <= Double(n) else {
            throw BreaksError.invalidInput("minimum segment size h = \(h) for \(n) observations")
        }
        let hh = h < 1 ? Int((Double(n) * h).rounded(.down)) : Int(h.rounded(.down))
        guard hh > k else {
            throw BreaksError.segmentTooShort(
                "minimum segment size \(hh) must exceed the number of regressors \(k)")
        }
        guard hh <= n / 2 else {
            throw BreaksError.noCandidateBreaks(
                "minimum segment size \(hh) is more than half of the \(n) observations")
        }
        // strucchange's cap ⌈n/h⌉ − 2 is 0 when n = 2h exactly, where one break still fits
        // (strucchange then fails); we allow that one break.
        let cap = max(1, Int((Double(n) / Double(hh)).rounded(.up)) - 2)
        var mMax = cap
        if let requested = maxBreaks {
            guard requested >= 1 else { throw BreaksError.noCandidateBreaks("maxBreaks = \(requested) < 1") }
            mMax = min(requested, cap)
        }
        let triangle = RSSTriangle(regression)
        let (rssByM, argmin) = Breakpoints.optimise(triangle, h: hh, maxBreaks: mMax)
        var breaks: [[Int]] = [[]]
        for m in 1...mMax {
            var bp = [Int](repeating: 0, count: m)
            var end = n
            var level = m
            while level >= 1 {
                end = argmin[level][end]
                bp[level - 1] = end
                level -= 1
            }
            breaks.append(bp)
        }
        self.count = n
        self.regressorCount = k
        self.minimumSegment = hh
        self.maximumBreaks = mMax
        self.rss = rssByM
        self.breaks = breaks
        self.observationIndex = regression.observationIndex
    }

    /// One streaming pass over segment starts `s = 1…n−h+1`: when row `s` of the triangle
    /// is produced, every `best[m][s−1]` is final (it only involves segments starting
    /// before `s`), so all levels are relaxed from the same row. Relaxing with strict `<`
    /// in increasing `s` keeps the earliest minimiser, as R's `which.min`.
    static func optimise(_ triangle: RSSTriangle, h: Int, maxBreaks mMax: Int) -> ([Double], [[Int]]) {
        let n = triangle.count
        var best = [[Double]](repeating: [Double](repeating: .infinity, count: n + 1), count: mMax + 1)
        var arg = [[Int]](repeating: [Int](repeating: 0, count: n + 1), count: mMax + 1)
        var row = [Double](repeating: 0, count: n)
        var kernel = RecursiveLeastSquares(k: triangle.regressorCount)
        var rss0 = Double.nan
        for s in 1...(n - h + 1) {
            let levels = s == 1 ? 0 : min(mMax, (s - 1) / h)
            if s > 1 && levels == 0 { continue }
            row.withUnsafeMutableBufferPointer { triangle.forward(from: s, to: n, into: $0, kernel: &kernel) }
            if s == 1 {
                for e in h...n { best[0][e] = row[e - 1] }
                rss0 = row[n - 1]
                continue
            }
            let firstEnd = s + h - 1
            row.withUnsafeBufferPointer { rp in
                for m in 1...levels {
                    let base = best[m - 1][s - 1]
                    if !base.isFinite { continue }
                    // Level m is only ever read at e ≤ n − h (as the base of level m + 1,
                    // whose last segment needs h rows) and at e = n (its total RSS).
                    let lastEnd = m == mMax ? firstEnd - 1 : n - h
                    best[m].withUnsafeMutableBufferPointer { bp in
                        arg[m].withUnsafeMutableBufferPointer { ap in
                            var e = firstEnd
                            while e <= lastEnd {
                                let v = base + rp[e - s]
                                if v < bp[e] { bp[e] = v; ap[e] = s - 1 }
                                e += 1
                            }
                            let v = base + rp[n - s]
                            if v < bp[n] { bp[n] = v; ap[n] = s - 1 }
                        }
                    }
                }
            }
        }
        var rss = [rss0]
        for m in stride(from: 1, through: mMax, by: 1) { rss.append(best[m][n]) }
        return (rss, arg)
    }

    /// `−2 log L + penalty · df` with strucchange's Gaussian log-likelihood
    /// `log L = −n/2 (log RSS + 1 − log n + log 2π)` and `df = (k + 1)(m + 1)`.
    func informationCriterion(breaks m: Int, penalty: Double) -> Double {
        let n = Double(count)
        let logL = -0.5 * n * (Foundation.log(rss[m]) + 1 - Foundation.log(n) + Foundation.log(2 * Double.pi))
        return -2 * logL + penalty * Double((regressorCount + 1) * (m + 1))
    }

    /// BIC for `m = 0…M` as `summary(breakpoints)` prints it (penalty `log n`).
    public var bic: [Double] { (0...maximumBreaks).map { informationCriterion(breaks: $0, penalty: Foundation.log(Double(count))) } }

    /// LWZ criterion of Liu, Wu & Zidek (1997) for `m = 0…M`:
    /// `log(RSS/(n − p)) + p·c₀(log n)^{2+δ₀}/n` with `p = (m+1)k + m`, `c₀ = 0.299`,
    /// `δ₀ = 0.1` (the constants Bai & Perron 2003 use). strucchange does not print it.
    public var lwz: [Double] {
        let n = Double(count)
        return (0...maximumBreaks).map { m in
            let p = Double((m + 1) * regressorCount + m)
            return Foundation.log(rss[m] / (n - p)) + p / n * 0.299 * pow(Foundation.log(n), 2.1)
        }
    }

    /// The number of breaks minimising BIC (the first minimum, as R's `which.min`).
    public var bicOptimalBreaks: Int { Breakpoints.firstMinimum(bic) }

    /// The number of breaks minimising LWZ.
    public var lwzOptimalBreaks: Int { Breakpoints.firstMinimum(lwz) }

    /// The BIC-optimal break points (empty for no break).
    public var optimalBreaks: [Int] { breaks[bicOptimalBreaks] }

    /// Break points for `m` breaks.
    /// - Throws: `BreaksError.invalidInput` when `m` is not in `0…M`.
    public func breakpoints(_ m: Int) throws -> [Int] {
        guard m >= 0, m <= maximumBreaks else {
            throw BreaksError.invalidInput("\(m) breaks requested; 0…\(maximumBreaks) were estimated")
        }
        return breaks[m]
    }

    /// Source-series positions (0-based) of the last observation before each break.
    public func breakObservations(_ m: Int) throws -> [Int] {
        try breakpoints(m).map { observationIndex[$0 - 1] }
    }

    static func firstMinimum(_ v: [Double]) -> Int {
        var best = 0
        for i in v.indices where v[i] < v[best] { best = i }
        return best
    }
}
