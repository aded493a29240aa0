/// Seasonal-trend decomposition by loess (Cleveland, Cleveland, McRae & Terpenning 1990),
/// exactly as R's `stats::stl`.
///
/// The series is split as `x = S + T + R`. Each *inner* pass, starting from T = 0:
/// 1. detrend `x − T`; smooth every cycle-subseries (all Januaries, …) by loess with span
///    `seasonalWindow` and degree `seasonalDegree`, extending each by one fitted value at
///    either end (so the result C has n + 2m values);
/// 2. low-pass filter C: moving averages of lengths m, m and 3, then loess with span
///    `lowPassWindow`; the seasonal is `S = C − L` (on the middle n values);
/// 3. deseasonalise `x − S` and smooth it by loess with span `trendWindow` into T.
/// With `robust`, *outer* passes compute robustness weights ρ_i = B(|x_i − S_i − T_i| / h),
/// h = 6·median|x − S − T|, B the bisquare `(1 − u²)²` on |u| < 1, and rerun the inner
/// loop with every loess weight multiplied by ρ. Loess fits are made every `jump`
/// positions and interpolated linearly between them, as R does.
///
/// `.periodic` seasonal windows are R's `s.window = "periodic"`: span 10n + 1 with degree
/// 0 (a weighted mean per cycle-subseries), then the seasonal values are replaced by
/// their mean per cycle position; the trend is kept from the loop.
public enum STL {
    /// R's `s.window`: a loess span for the cycle-subseries, or "periodic".
    public enum SeasonalWindow: Codable, Sendable, Equatable {
        case periodic
        case span(Int)
    }

    /// Decomposes `x` (no missing values) with seasonal period `period`. Parameters
    /// mirror R's `stl` and default as R does (defaults are evaluated from the values the
    /// caller gave, as R's lazy defaults are):
    /// - `trendWindow`: `nextodd(⌈1.5·m / (1 − 1.5/s)⌉)` with s the seasonal span;
    /// - `lowPassWindow`: `nextodd(m)`; `lowPassDegree`: `trendDegree`;
    /// - jumps: `⌈window/10⌉`; `inner`: 2 (1 when robust); `outer`: 0 (15 when robust).
    /// Spans are then made odd and at least 3 inside the algorithm, as the Fortran does.
    ///
    /// - Throws: `InputError` when `period < 2`, `x.count ≤ 2·period` (R: "series is not
    ///   periodic or has less than two periods"), `x` has NaN/±Inf (R's `na.fail`), a
    ///   degree is not 0 or 1, a numeric seasonal span is below 1, or below 2 without an
    ///   explicit `trendWindow` (R's default trend span would then be negative and R
    ///   returns garbage), or a window, jump or iteration count is below 1 (outer below 0).
    /// - Complexity: O((inner·(outer + 1)) · n · (s/jumpₛ + t/jumpₜ + l/jumpₗ)) time with
    ///   spans s, t, l; O(n + m) memory, allocated once.
    public static func decompose(_ x: [Double], period: Int, seasonalWindow: SeasonalWindow = .periodic,
                                 seasonalDegree: Int = 0, trendWindow: Int? = nil, trendDegree: Int = 1,
                                 lowPassWindow: Int? = nil, lowPassDegree: Int? = nil,
                                 seasonalJump: Int? = nil, trendJump: Int? = nil, lowPassJump: Int? = nil,
                                 robust: Bool = false, inner: Int? = nil, outer: Int? = nil) throws -> STLDecomposition {
        let n = x.count
        func fail(_ message: String) -> InputError { InputError(file: "<series>", "stl: " + message) }
        guard period >= 2, n > 2 * period else {
            throw fail("series is not periodic or has less than two periods (period \(period), \(n) observations)")
        }
        if let bad = x.firstIndex(where: { !$0.isFinite }) {
            throw fail("observation \(bad + 1) is not a finite number")
        }
        var sDegree = seasonalDegree
        let sWindow: Int
        switch seasonalWindow {
        case .periodic:
            sWindow = 10 * n + 1
            sDegree = 0
        case .span(let s):
            // s = 1 is usable only with an explicit trend window: R's default would be negative.
            guard s >= (trendWindow == nil ? 2 : 1) else {
                throw fail("seasonal window must be at least \(trendWindow == nil ? 2 : 1), got \(s)")
            }
            sWindow = s
        }
        let lDegree = lowPassDegree ?? trendDegree
        for (name, d) in [("seasonal", sDegree), ("trend", trendDegree), ("low-pass", lDegree)] where d != 0 && d != 1 {
            throw fail("\(name) degree must be 0 or 1, got \(d)")
        }
        // Only used with s ≥ 2: the denominator is at least 0.25, so the value is finite and positive.
        let tWindow = trendWindow ?? nextOdd((1.5 * Double(period) / (1 - 1.5 / Double(sWindow))).rounded(.up))
        let lWindow = lowPassWindow ?? nextOdd(Double(period))
        let sJump = seasonalJump ?? ceilTenth(sWindow)
        let tJump = trendJump ?? ceilTenth(tWindow)
        let lJump = lowPassJump ?? ceilTenth(lWindow)
        let innerPasses = inner ?? (robust ? 1 : 2)
        let outerPasses = outer ?? (robust ? 15 : 0)
        for (name, v) in [("trend window", tWindow), ("low-pass window", lWindow), ("seasonal jump", sJump),
                          ("trend jump", tJump), ("low-pass jump", lJump), ("inner iterations", innerPasses)] where v < 1 {
            throw fail("\(name) must be at least 1, got \(v)")
        }
        guard outerPasses >= 0 else { throw fail("outer iterations must be at least 0, got \(outerPasses)") }

        let engine = STLEngine(n: n, period: period, seasonalSpan: sWindow, trendSpan: tWindow, lowPassSpan: lWindow,
                               seasonalDegree: sDegree, trendDegree: trendDegree, lowPassDegree: lDegree,
                               seasonalJump: sJump, trendJump: tJump, lowPassJump: lJump, inner: innerPasses)
        engine.run(x, outer: outerPasses)

        var seasonal = engine.season
        if case .periodic = seasonalWindow {
            // R: tapply(seasonal, cycle(x), mean)[cycle(x)] — positions i ≡ j (mod m) share a mean.
            var bucket: [Double] = []
            bucket.reserveCapacity(n / period + 1)
            for j in 0..<period {
                bucket.removeAll(keepingCapacity: true)
                for i in stride(from: j, to: n, by: period) { bucket.append(seasonal[i]) }
                let mean = RMean.of(bucket)
                for i in stride(from: j, to: n, by: period) { seasonal[i] = mean }
            }
        }
        let trend = engine.trend
        var remainder = [Double](repeating: 0, count: n)
        for i in 0..<n { remainder[i] = x[i] - seasonal[i] - trend[i] }
        return STLDecomposition(data: x, period: period, seasonal: seasonal, trend: trend, remainder: remainder,
                                weights: engine.robustnessWeights,
                                seasonalWindow: sWindow, trendWindow: tWindow, lowPassWindow: lWindow,
                                seasonalDegree: sDegree, trendDegree: trendDegree, lowPassDegree: lDegree,
                                seasonalJump: sJump, trendJump: tJump, lowPassJump: lJump,
                                inner: innerPasses, outer: outerPasses)
    }

    /// R's `nextodd`: round, then add one if even.
    static func nextOdd(_ x: Double) -> Int {
        var k = Int(x.rounded(.toNearestOrEven))
        if k % 2 == 0 { k += 1 }
        return k
    }

    /// R's `ceiling(window / 10)`.
    private static func ceilTenth(_ w: Int) -> Int { Int((Double(w) / 10).rounded(.up)) }
}
