import Dispatch
import Foundation
import AlmanacNumerics

/// Break tests whose p-values are calibrated for serially correlated, seasonal errors by
/// the parametric null bootstrap (`NullBootstrap`): every statistic of `BreakStatistics`
/// is computed on the data and on `replications` bootstrap series generated with no
/// break, and its p-value is the share of replicates at least as extreme,
/// `(1 + #{S* ≥ S})/(B' + 1)` over the `B'` replicates where it is defined.
///
/// The level-shift statistic is a GLS one: it filters the series and the design by the
/// error model estimated on the data. Each replicate's level shift is judged the same way,
/// with the error model's coefficients re-estimated on that replicate (same orders, plus the
/// data's bias correction), so the bootstrap distribution includes the estimation error of
/// the filter. Holding the data's filter fixed in the replicates instead treated it as
/// known, and the level-shift verdict rejected 8.5% (φ = 0.8) and 10.5% (φ = 0.9) of 2,000
/// no-break AR(1) series of 120 months at 5% (Benchmarks/breaks/size-power/RESULTS.md).
/// An error model without ARMA coefficients has nothing to re-estimate.
///
/// The level-shift interval is the symmetric bootstrap-t interval
/// `δ̂ ± c·se(δ̂)`, `c` the `level` quantile of the replicates' `|t*|`: it excludes 0
/// exactly when the test rejects at `1 − level`.
///
/// Replicate `i` draws from its own generator seeded by `(seed, i)`, so results do not
/// depend on the number of cores.
public struct CalibratedBreakTests: Sendable {
    /// The calibrated result at one event.
    public struct EventTest: Sendable {
        /// Rows of the regression before the new regime.
        public var breakRow: Int
        public var levelShift: LevelShift?
        public var levelShiftPValue: Double?
        /// The bootstrap-t interval for the shift `δ` on the model scale.
        public var levelShiftInterval: ClosedRange<Double>?
        public var coefficientChange: CoefficientChange?
        public var coefficientPValue: Double?
        /// Why a test could not be run, when one could not.
        public var notes: [String]
    }

    public var replications: Int
    public var seed: UInt64
    public var level: Double
    /// supF, aveF, expF, OLS-CUSUM, Rec-CUSUM, OLS-MOSUM with bootstrap p-values
    /// (nil where the statistic is undefined on the data).
    public var unknownDate: [BreakTestResult?]
    public var events: [EventTest]
    /// The error model of the null bootstrap, e.g. `ARIMA(1,0,0)(0,0,1)[12]`.
    public var errorModel: String

    /// - Parameters:
    ///   - bootstrap: the null model (no break) the replicate series are generated from.
    ///   - regression: the model fitted to the data, on which the observed statistics are computed.
    ///   - breakRows: for each event, the number of rows before its regime starts.
    ///   - trim: `Fstats(from:)` and MOSUM bandwidth, as for the iid tests.
    ///   - replications: bootstrap replicates `B` (999 gives p-values to ±0.007 at 5%).
    ///   - seed: the base seed; replicate `i` uses a generator seeded by `(seed, i)`.
    ///   - level: the level of the bootstrap-t interval for each level shift, a fraction.
    ///   - parallel: spread the replicates over the cores (deterministic either way).
    ///   - reestimateFilter: re-estimate the GLS filter in each replicate (default); false
    ///     holds the data's filter fixed (the measurement's comparison).
    /// - Throws: `BreaksError.invalidInput` for `replications < 19` or a level outside (0, 1).
    /// - Complexity: B·O(n·k² + events·n·k²) plus one ARMA refit per replicate.
    public init(bootstrap: NullBootstrap, regression: BreakRegression, breakRows: [Int], trim: Double,
                replications: Int = 999, seed: UInt64 = 20_140_301, level: Double = 0.95,
                parallel: Bool = true, reestimateFilter: Bool = true) throws {
        guard replications >= 19 else {
            throw BreaksError.invalidInput("\(replications) bootstrap replications; at least 19 are needed for a 5% test")
        }
        guard level > 0, level < 1 else { throw BreaksError.invalidInput("confidence level \(level)") }
        let filter = bootstrap.errors.filter
        let observed = BreakStatistics(regression, breakRows: breakRows, trim: trim, filter: filter)
        let draws = Self.replicate(bootstrap, filter: filter, breakRows: breakRows, trim: trim, count: replications,
                                   seed: seed, parallel: parallel, reestimate: reestimateFilter)

        func pValue(_ s: Double, _ sample: [Double]) -> Double? {
            guard s.isFinite else { return nil }
            let defined = sample.filter(\.isFinite)
            guard !defined.isEmpty else { return nil }
            let exceed = defined.reduce(0) { $0 + ($1 >= s ? 1 : 0) }
            return Double(1 + exceed) / Double(defined.count + 1)
        }
        unknownDate = (0..<observed.unknownDate.count).map { j in
            let s = observed.unknownDate[j]
            guard let p = pValue(s, draws.map { $0.unknownDate[j] }) else { return nil }
            let (method, name) = BreakStatistics.unknownDateNames[j]
            return BreakTestResult(method: method, statisticName: name, statistic: s, pValue: p)
        }
        events = breakRows.indices.map { e in
            var test = EventTest(breakRow: breakRows[e], notes: [])
            if let ls = observed.levelShifts[e] {
                let t = draws.map { $0.levelShifts[e].map { $0.statistic.squareRoot() } ?? .nan }
                test.levelShift = ls
                test.levelShiftPValue = pValue(ls.statistic.squareRoot(), t)
                let sorted = t.filter(\.isFinite).sorted()
                if !sorted.isEmpty {
                    let idx = min(sorted.count - 1, max(0, Int((level * Double(sorted.count + 1)).rounded(.up)) - 1))
                    let c = sorted[idx] * ls.standardError
                    test.levelShiftInterval = (ls.estimate - c)...(ls.estimate + c)
                }
            } else {
                test.notes.append("the level shift cannot be estimated (too few observations on a side, or an exact fit)")
            }
            if let cc = observed.coefficientChanges[e] {
                test.coefficientChange = cc
                test.coefficientPValue = pValue(cc.statistic, draws.map { $0.coefficientChanges[e]?.statistic ?? .nan })
            } else {
                test.notes.append("the all-coefficient test cannot be run (a segment has no residual degree of freedom or fits exactly)")
            }
            return test
        }
        self.replications = replications
        self.seed = seed
        self.level = level
        errorModel = bootstrap.errors.description
    }

    /// The statistics of `count` null replicates, in replicate order, with the level shift
    /// by GLS under the filter re-estimated on each replicate (`reestimate`; the data's
    /// `filter` where the refit fails) or under the data's `filter`.
    static func replicate(_ bootstrap: NullBootstrap, filter: ErrorFilter, breakRows: [Int], trim: Double, count: Int,
                          seed: UInt64, parallel: Bool, reestimate: Bool) -> [BreakStatistics] {
        let chunk = 32
        let chunks = (count + chunk - 1) / chunk
        let store = ResultStore(count: count, width: BreakStatistics.unknownDateNames.count, events: breakRows.count)
        let work: @Sendable (Int) -> Void = { c in
            var path: [Double] = [], scratch: [Double] = []
            for i in (c * chunk)..<min(count, (c + 1) * chunk) {
                var rng = RandomSource(seed: seed ^ (UInt64(i + 1) &* 0x9E37_79B9_7F4A_7C15))
                if let rep = try? bootstrap.replicate(rng: &rng, errorPath: &path, scratch: &scratch) {
                    let own = reestimate ? bootstrap.reestimated(fromPath: path)?.filter : nil
                    store.set(i, BreakStatistics(rep, breakRows: breakRows, trim: trim, filter: own ?? filter))
                }
            }
        }
        if parallel, chunks > 1 {
            DispatchQueue.concurrentPerform(iterations: chunks, execute: work)
        } else {
            for c in 0..<chunks { work(c) }
        }
        return store.results
    }
}

/// Per-replicate results written by index from concurrent chunks.
private final class ResultStore: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var results: [BreakStatistics]

    init(count: Int, width: Int, events: Int) {
        let missing = BreakStatistics(unknownDate: [Double](repeating: .nan, count: width),
                                      levelShifts: [LevelShift?](repeating: nil, count: events),
                                      coefficientChanges: [CoefficientChange?](repeating: nil, count: events))
        results = [BreakStatistics](repeating: missing, count: count)
    }

    func set(_ i: Int, _ value: BreakStatistics) {
        lock.lock(); results[i] = value; lock.unlock()
    }
}
