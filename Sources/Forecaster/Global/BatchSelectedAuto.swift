import Dispatch
import Foundation

/// `auto` with its members and interval width chosen on the batch's own training data
/// (`almanac benchmark --models auto-batch`): cross-learning of the combination rule instead
/// of constants tuned on one collection.
///
/// `auto`'s ten members and its width factor 1.15 were chosen on the training holdout of M3
/// monthly. On other collections neither need be right (on M3 yearly the ×1.15 intervals
/// cover 0.929, on M3 other two members are far weaker than the rest). This model makes the
/// same choice `Benchmarks/m3/choose_auto.py` made, on every batch it is given:
///
/// 1. **Holdout.** Each series long enough (`n − H ≥ 7`, a positive MASE scale) gives up its
///    last `H` training values; the ten members and Naive2 forecast them from the rest.
///    A member that fails or explodes on a series is scored as Naive2 there.
/// 2. **Members.** The members are ranked by their OWA over the holdout (M4: mean sMAPE and
///    mean MASE relative to Naive2's), and `k` ∈ 2…10 is the number of best members whose
///    combination (`auto`'s trimmed mean and trimmed quantile averaging) has the lowest
///    holdout OWA; on a tie the larger `k`.
/// 3. **Width.** Among the widths 0.50, 0.55, …, 2.00 whose holdout 95% coverage (pooled over
///    all steps) lies in 0.93–0.97, the one with the lowest mean MSIS; if none, the width
///    whose coverage is closest to 0.95 (on a tie the smaller).
/// 4. **Forecasts.** Every series is forecast by `auto`'s ensemble over the chosen members
///    (in `auto`'s order) with the chosen width. With all ten members and width 1.15 this is
///    `auto` exactly.
///
/// Nothing is taken from the data being forecast beyond the training values, and the batch
/// is all the choice sees; a batch with fewer than `minimumSeries` scorable series throws
/// (`GlobalModels.forecast` then falls back to `auto`). What it gave on the four M3
/// collections: `Benchmarks/m3/RESULTS.md` (`member_selection.py` reproduces the choice).
///
/// - Complexity: about twice `auto`'s fits (every member on the holdout and the chosen
///   members on the full series), spread over the cores; the choice itself is O(N·H·K²).
public struct BatchSelectedAuto: GlobalForecastModel {
    public let name = "auto-batch"
    /// Fewest series with a holdout for the choice to be made on the batch.
    public var minimumSeries = 20
    /// The candidate width factors (non-positive ones are ignored; none left: `auto`'s 1.15).
    public var widths: [Double] = (0...30).map { Double(50 + 5 * $0) / 100 }  // 0.50, 0.55, …, 2.00 (exact decimals: 1.15 is auto's)
    /// The band the holdout 95% coverage must fall in.
    public var coverageBand: ClosedRange<Double> = 0.93...0.97

    /// What `choose` picked on a batch's holdout, with the holdout scores behind it.
    public struct Choice: Sendable, Equatable {
        public var members: [CombinationMember]
        public var widthFactor: Double
        public var holdoutOWA: Double
        public var holdoutCoverage95: Double
        public var scoredSeries: Int
    }

    public init() {}

    public func forecastBatch(_ batch: [[Double]], period: Int, horizon: Int, levels: [Double]) throws -> [Forecast?] {
        try forecastBatchDescribed(batch, period: period, horizon: horizon, levels: levels).forecasts
    }

    /// The forecasts and the choice in words, e.g. "6 members (ets(akaike), …) at width 1.10,
    /// chosen on the holdout of 174 series (OWA 0.6369, 95% coverage 0.955)".
    public func forecastBatchDescribed(_ batch: [[Double]], period: Int, horizon: Int,
                                       levels: [Double]) throws -> (forecasts: [Forecast?], description: String?) {
        let choice = try choose(batch, period: period, horizon: horizon)
        let text = "\(choice.members.count) members (\(choice.members.map(\.rawValue).joined(separator: ", "))) at width "
            + String(format: "%.2f", choice.widthFactor) + ", chosen on the last \(horizon) training values of "
            + "\(choice.scoredSeries) series (holdout OWA " + String(format: "%.4f", choice.holdoutOWA)
            + ", 95% coverage " + String(format: "%.3f", choice.holdoutCoverage95) + ")"
        return (forecast(batch, choice: choice, period: period, horizon: horizon, levels: levels), text)
    }

    /// Every series of `batch` forecast by `auto`'s ensemble over `choice`'s members and width
    /// (step 4), without the error covariance (the benchmark scores bounds only).
    public func forecast(_ batch: [[Double]], choice: Choice, period: Int, horizon: Int, levels: [Double]) -> [Forecast?] {
        let policy = AutoPolicy.default
        let members = policy.members.filter { choice.members.contains($0) }
        return Self.parallelMap(batch.count) { i in
            let r = AutoForecaster.ensemble(batch[i], period: period, horizon: horizon, levels: levels, members: members,
                                            rule: policy.rule, intervals: policy.intervals,
                                            widthFactor: choice.widthFactor, label: name, covariance: false)
            return r.forecast
        }
    }

    /// The members and width chosen on the holdout of `batch` (steps 1–3 above).
    /// - Throws: `ForecasterError.invalidOption` when fewer than `minimumSeries` series can be scored.
    public func choose(_ batch: [[Double]], period: Int, horizon h: Int) throws -> Choice {
        let all = AutoPolicy.default.members
        struct Holdout { var series: BenchmarkSeries; var naive2: Forecast; var members: [Forecast] }
        let holdouts: [Holdout?] = Self.parallelMap(batch.count) { i in
            let y = batch[i]
            guard y.count - h >= 7 else { return nil }
            let train = Array(y.prefix(y.count - h))
            let scale = Accuracy.scale(insample: train, period: period)
            guard scale.isFinite, scale > 0,
                  let naive2 = try? ForecastMethod.naive2.forecast(train, period: period, horizon: h, levels: [95],
                                                                   covariance: false) else { return nil }
            let limit = 100 * (train.map(abs).max() ?? 0)
            let members = all.map { m -> Forecast in
                guard let f = try? m.fit(train, period: period).forecast(horizon: h, levels: [95], covariance: false),
                      f.isSane(limit: limit) else { return naive2 }
                return f
            }
            let series = BenchmarkSeries(id: String(i), train: train, test: Array(y.suffix(h)), period: period)
            return Holdout(series: series, naive2: naive2, members: members)
        }
        let scored = holdouts.compactMap { $0 }
        guard scored.count >= minimumSeries else {
            throw ForecasterError.invalidOption("auto-batch needs at least \(minimumSeries) series with a holdout of \(h) values, got \(scored.count)")
        }
        // Every candidate is scored over the holdout as `almanac benchmark` scores a model.
        func scores(_ forecasts: [Forecast]) -> [SeriesScore] {
            zip(scored, forecasts).map { o, f in AccuracyBenchmark.score(o.series) { _, _, _ in f } }
        }
        let naive2 = scores(scored.map(\.naive2))
        func summary(_ forecasts: [Forecast]) -> BenchmarkSummary {
            AccuracyBenchmark.summarize(model: name, scores(forecasts), naive2: naive2, seconds: 0)
        }
        let single = all.indices.map { j in summary(scored.map { $0.members[j] }).OWA ?? .nan }
        let ranking = all.indices.sorted { single[$0] < single[$1] || (single[$0] == single[$1] && $0 < $1) }
        // The `k` best members' combination on each series at `width` (Naive2 where it fails).
        func combined(_ k: Int, width: Double) -> [Forecast] {
            let chosen = ranking.prefix(k).sorted()  // auto's order
            return scored.map { o in
                (try? ForecastCombination.combine(chosen.map { o.members[$0] }, rule: .trimmedMean,
                                                  intervals: .trimmedQuantiles, widthFactor: width, levels: [95],
                                                  covariance: false)) ?? o.naive2
            }
        }
        var bestK = all.count, bestOWA = Double.infinity
        for k in stride(from: all.count, through: 2, by: -1) {
            let v = summary(combined(k, width: 1)).OWA ?? .nan
            if v < bestOWA { bestOWA = v; bestK = k }
        }
        let positive = widths.filter { $0 > 0 && $0.isFinite }
        let candidates = positive.isEmpty ? [AutoPolicy.default.widthFactor] : positive
        var best: (width: Double, msis: Double, coverage: Double)? = nil
        var closest = (width: candidates[0], gap: Double.infinity, coverage: Double.nan)
        for w in candidates {
            let s = summary(combined(bestK, width: w))
            if coverageBand.contains(s.coverage95), s.MSIS < best?.msis ?? .infinity {
                best = (w, s.MSIS, s.coverage95)
            }
            if abs(s.coverage95 - 0.95) < closest.gap { closest = (w, abs(s.coverage95 - 0.95), s.coverage95) }
        }
        return Choice(members: ranking.prefix(bestK).sorted().map { all[$0] },
                      widthFactor: best?.width ?? closest.width, holdoutOWA: bestOWA,
                      holdoutCoverage95: best?.coverage ?? closest.coverage, scoredSeries: scored.count)
    }

    /// `body(0..<count)` computed over the cores, results in index order.
    static func parallelMap<T>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let box = OrderedResults<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { box.set($0, body($0)) }
        return box.values
    }
}
