import Foundation
import AlmanacNumerics

/// Confidence intervals for break dates (Bai 1997), as strucchange's
/// `confint(breakpoints, level, het.reg, het.err)` with its default `vcov. = NULL`.
///
/// For break `j` between segments with coefficients `β₁`, `β₂`, the shift is `δ = β₂ − β₁`,
/// `Qᵢ = XᵢᵀXᵢ/nᵢ` (or the full-sample `XᵀX/n` when regressors are homogeneous) and
/// `σᵢ²` the segment's residual variance `RSSᵢ/nᵢ` (or the pooled `RSS/n`). The rescaled
/// break-date estimator converges to `argmax V` with `ξ = δᵀQ₂δ/δᵀQ₁δ`, `φᵢ = σᵢ`; the
/// `α/2` and `1 − α/2` quantiles `q` of `argmax V` (Brent roots of `PargmaxV.cdf`) map
/// back to observations by `q·σ₁²/(δᵀQ₁δ)`, and the interval is
/// `[b − ⌈upper⌉, b − ⌊lower⌋]` — strucchange's convention, reproduced exactly.
public struct BreakpointConfidence: Sendable, Codable, Equatable {
    /// One break's interval, in 1-based observation numbers (NaN-free: a break whose
    /// interval cannot be computed has `lower == nil`).
    public struct Interval: Sendable, Codable, Equatable {
        public let lower: Int?
        public let breakpoint: Int
        public let upper: Int?
    }

    public let level: Double
    public let intervals: [Interval]
    /// Source-series positions (0-based) of each row, for attaching dates.
    public let observationIndex: [Int]

    /// Intervals for the `m`-break solution (default: the BIC-optimal `m`).
    ///
    /// - Parameters:
    ///   - regression: the model the breakpoints were estimated on.
    ///   - breakpoints: the Bai–Perron fit whose break dates get intervals.
    ///   - m: the number of breaks, `1…M`; `nil` takes BIC's choice.
    ///   - level: the confidence level, a fraction in (0, 1).
    ///   - heterogeneousRegressors: strucchange's `het.reg` (segment-specific `Qᵢ`).
    ///   - heterogeneousErrors: `het.err` (segment-specific `σᵢ²`).
    /// - Throws: `BreaksError.noCandidateBreaks` for `m = 0`; `BreaksError.invalidInput`
    ///   for a level outside (0, 1) or an `m` not estimated; Numerics errors from the
    ///   segment fits.
    /// - Complexity: O(n·k²) for the fits plus a few hundred `pargmaxV` evaluations per break.
    public init(_ regression: BreakRegression, breakpoints: Breakpoints, breaks m: Int? = nil,
                level: Double = 0.95, heterogeneousRegressors: Bool = true,
                heterogeneousErrors: Bool = true) throws {
        guard level > 0, level < 1 else { throw BreaksError.invalidInput("confidence level \(level)") }
        let nb = m ?? breakpoints.bicOptimalBreaks
        let bps = try breakpoints.breakpoints(nb)
        guard !bps.isEmpty else {
            throw BreaksError.noCandidateBreaks("cannot compute confidence intervals for 0 breaks")
        }
        let n = regression.count, k = regression.regressorCount
        let a2 = (1 - level) / 2
        let bounds = [0] + bps + [n]
        // Segment fits.
        var coefs: [[Double]] = [], segRSS: [Double] = [], segGram: [Matrix] = [], segN: [Int] = []
        for i in 0..<(bounds.count - 1) {
            let rows = Array(bounds[i]..<bounds[i + 1])
            let xs = regression.x.selecting(rows: rows)
            let fit = try LinearRegression(y: rows.map { regression.y[$0] }, x: xs, rankPolicy: .dropAliased)
            coefs.append(fit.coefficients.map { $0.isFinite ? $0 : 0 })
            segRSS.append(fit.rss)
            segGram.append(xs.gram)
            segN.append(rows.count)
        }
        let pooledSigma2 = segRSS.reduce(0, +) / Double(n)
        let fullQ = regression.x.gram
        func scaled(_ g: Matrix, _ c: Int) -> Matrix { (1 / Double(c)) * g }
        func quad(_ d: [Double], _ q: Matrix) -> Double {
            var s = 0.0
            for i in 0..<k { for j in 0..<k { s += d[i] * q[i, j] * d[j] } }
            return s
        }
        var sigma2 = heterogeneousErrors ? segRSS[0] / Double(segN[0]) : pooledSigma2
        var q2 = heterogeneousRegressors ? scaled(segGram[0], segN[0]) : scaled(fullQ, n)
        var out: [Interval] = []
        for j in 1..<(bounds.count - 1) {
            let sigma1 = sigma2, q1 = q2
            let delta = (0..<k).map { coefs[j][$0] - coefs[j - 1][$0] }
            if heterogeneousRegressors { q2 = scaled(segGram[j], segN[j]) }
            if heterogeneousErrors { sigma2 = segRSS[j] / Double(segN[j]) }
            let qprod1 = quad(delta, q1), qprod2 = quad(delta, q2)
            let xi = heterogeneousRegressors ? qprod2 / qprod1 : 1
            let phi1 = sigma1.squareRoot(), phi2 = sigma2.squareRoot()
            let cdf = { (x: Double) in PargmaxV.cdf(x, xi: xi, phi1: phi1, phi2: phi2) }
            let p0 = cdf(0)
            let b = bounds[j]
            guard p0.isFinite, p0 >= a2, p0 <= 1 - a2 else {
                out.append(Interval(lower: nil, breakpoint: b, upper: nil)); continue
            }
            var ub = 0.0, lb = 0.0
            while cdf(ub) < 1 - a2 && ub < 1e9 { ub += 1000 }
            while cdf(lb) > a2 && lb > -1e9 { lb -= 1000 }
            guard let up = (try? Brent.root(lower: 0, upper: ub) { cdf($0) - (1 - a2) })?.root,
                  let lo = (try? Brent.root(lower: lb, upper: 0) { cdf($0) - a2 })?.root else {
                out.append(Interval(lower: nil, breakpoint: b, upper: nil)); continue
            }
            let scale = sigma1 / qprod1
            guard (up * scale).isFinite, (lo * scale).isFinite, abs(up * scale) < 1e15, abs(lo * scale) < 1e15 else {
                out.append(Interval(lower: nil, breakpoint: b, upper: nil)); continue
            }
            out.append(Interval(lower: b - Int((up * scale).rounded(.up)), breakpoint: b,
                                upper: b - Int((lo * scale).rounded(.down))))
        }
        self.level = level
        self.intervals = out
        self.observationIndex = regression.observationIndex
    }
}
