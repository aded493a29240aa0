import Foundation

/// The sequence of Chow F statistics for a single break at every admissible date
/// (strucchange's `Fstats`; Andrews 1993, Andrews & Ploberger 1994).
///
/// For a break after observation `i` (1-based, the last row of the first segment),
///
///     Fᵢ = (RSS − RSS₁(i) − RSS₂(i)) / ((RSS₁(i) + RSS₂(i)) / (n − 2k)),
///
/// the Wald form strucchange uses (not divided by `k`). `RSS₁(i) = RSS(1, i)` and
/// `RSS₂(i) = RSS(i+1, n)` come from one forward and one backward recursive pass, so the
/// whole sequence costs O(n·k²) rather than a pair of refits per date.
public struct FStatistics: Sendable, Codable, Equatable {
    /// `Fᵢ` for `i = from…to`.
    public let statistics: [Double]
    /// First candidate break (1-based observation number).
    public let from: Int
    /// Last candidate break.
    public let to: Int
    /// Number of observations `n`.
    public let count: Int
    /// Number of regressors `k`.
    public let regressorCount: Int
    /// RSS of the model without a break.
    public let rss: Double
    /// Source-series positions (0-based) of each row, for attaching dates.
    public let observationIndex: [Int]

    /// Computes the sequence with strucchange's trimming rules.
    ///
    /// - Parameters:
    ///   - regression: the model tested for a single break at an unknown date.
    ///   - from: first candidate; below 1 a fraction of `n` (`⌊from·n⌋`), else an
    ///     observation number. Raised to `k + 1` if smaller (strucchange does the same,
    ///     with a warning).
    ///   - to: last candidate; `nil` is `n − from`; below 1 a fraction. Lowered to
    ///     `n − k − 1` if larger.
    /// - Throws: `BreaksError.noCandidateBreaks` when trimming leaves no date
    ///   (`from > to`); `BreaksError.segmentTooShort` when `n < 2k + 2`.
    /// - Complexity: O(n·k²) time, O(n) memory.
    public init(_ regression: BreakRegression, from: Double = 0.15, to: Double? = nil) throws {
        let n = regression.count, k = regression.regressorCount
        guard n >= 2 * k + 2 else {
            throw BreaksError.segmentTooShort("\(n) observations cannot hold two segments of \(k + 1)")
        }
        guard from > 0, from.isFinite, from < Double(n) else { throw BreaksError.invalidInput("from = \(from)") }
        if let t = to, !(t > 0 && t.isFinite && t < Double(n)) { throw BreaksError.invalidInput("to = \(t)") }
        var lo: Int, hi: Int
        if from < 1 {
            lo = Int((from * Double(n)).rounded(.down))
            hi = to.map { Int(($0 < 1 ? $0 * Double(n) : $0).rounded(.down)) } ?? (n - lo)
        } else {
            lo = Int(from.rounded(.down))
            hi = to.map { Int($0.rounded(.down)) } ?? (n - lo)
        }
        lo = max(lo, k + 1)
        hi = min(hi, n - k - 1)
        guard lo <= hi else {
            throw BreaksError.noCandidateBreaks("trimming leaves first candidate \(lo) after last candidate \(hi) (n = \(n))")
        }
        let (forward, backward) = RSSTriangle(regression).prefixAndSuffixRSS()
        let full = forward[n - 1]
        let df = Double(n - 2 * k)
        // RSS(1, i) = forward[i − 1];  RSS(i + 1, n) = backward[n − i − 1].
        statistics = (lo...hi).map { i in
            let u = forward[i - 1] + backward[n - i - 1]
            return (full - u) / (u / df)
        }
        self.from = lo
        self.to = hi
        self.count = n
        self.regressorCount = k
        self.rss = full
        self.observationIndex = regression.observationIndex
    }

    /// The trimming parameter `λ = ((n − from)·to)/(from·(n − to))` that indexes Hansen's
    /// p-value tables (strucchange's `par`).
    public var lambda: Double {
        let n = Double(count), a = Double(from), b = Double(to)
        return ((n - a) * b) / (a * (n - b))
    }

    /// `supF = maxᵢ Fᵢ` (Andrews 1993).
    public var supF: Double { statistics.max() ?? .nan }

    /// `aveF`, the mean of the sequence (Andrews & Ploberger 1994).
    public var aveF: Double { statistics.reduce(0, +) / Double(statistics.count) }

    /// `expF = log(mean(exp(Fᵢ/2)))` (Andrews & Ploberger 1994), evaluated as a
    /// log-sum-exp so that large statistics do not overflow.
    public var expF: Double {
        let half = statistics.map { 0.5 * $0 }
        let top = half.max() ?? 0
        let s = half.reduce(0) { $0 + Foundation.exp($1 - top) }
        return top + Foundation.log(s / Double(half.count))
    }

    /// The break point with the largest F (first maximum, as R's `which.max`).
    public var breakpoint: Int {
        var best = 0
        for i in statistics.indices where statistics[i] > statistics[best] { best = i }
        return from + best
    }

    /// Source-series position (0-based) of the last observation before the supF break.
    public var breakObservation: Int { observationIndex[breakpoint - 1] }

    /// RSS of the two-segment fit at the supF break, `RSS/(1 + supF/(n − 2k))`.
    public var minimumRSS: Double { rss / (1 + supF / Double(count - 2 * regressorCount)) }
}
