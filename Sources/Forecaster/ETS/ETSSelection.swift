import Foundation

/// The candidate loop of R `ets()`: every allowed (error, trend, season, damped)
/// combination is estimated and the one with the smallest information criterion kept
/// (strictly smaller, in R's order: error A, M; trend N, A, M; season N, A, M; damped
/// TRUE before FALSE).
enum ETSSelection {
    /// `errors`/`trends`/`seasons` nil means "Z" (automatic); `damped` nil means both.
    static func select(_ raw: [Double], period: Int, error: ETSErrorType?, trend: ETSTrendType?,
                       season: ETSSeasonType?, damped: Bool?, options: ETSOptions,
                       automatic: Bool) throws -> ETSModel {
        guard period >= 1 else { throw ETSError.invalidPeriod(period) }
        let y = try ETSData.contiguous(raw)
        if automatic && ETSData.isConstant(y) { return ETSData.constantModel(y) }
        let n = y.count
        let m = period
        var seasonChoice: ETSSeasonType? = season
        if n <= m { seasonChoice = ETSSeasonType.none }
        if m == 1 {
            if let s = seasonChoice, s != .none { throw ETSError.invalidPeriod(m) }
            seasonChoice = ETSSeasonType.none
        }
        if m > 24 {
            if let s = seasonChoice {
                if s != .none { throw ETSError.invalidPeriod(m) }
            } else {
                seasonChoice = ETSSeasonType.none
            }
        }
        let positive = y.allSatisfy { $0 > 0 }
        if options.restrict, let e = error, let t = trend, let s = seasonChoice {
            let spec = ETSSpec(error: e, trend: t, season: s, damped: damped ?? false)
            if spec.isRestricted || (options.additiveOnly && spec.needsPositiveData) {
                throw ETSError.forbiddenModel(spec.description)
            }
        }
        if !positive && (error == .multiplicative) { throw ETSError.nonPositiveData }
        if damped == true && trend == ETSTrendType.none { throw ETSError.forbiddenModel("damped without trend") }
        // R's minimum length: n > npars + 4 with npars counting only specified components.
        var npars = 2
        if let t = trend, t != .none { npars += 2 }
        if let s = seasonChoice, s != .none { npars += m }
        if damped == true { npars += 1 }
        if n <= npars + 4 { throw ETSError.insufficientData(needed: npars + 4, available: n) }

        let errors: [ETSErrorType] = error.map { [$0] } ?? [.additive, .multiplicative]
        let trends: [ETSTrendType] = trend.map { [$0] }
            ?? (options.allowMultiplicativeTrend ? [.none, .additive, .multiplicative] : [.none, .additive])
        let seasons: [ETSSeasonType] = seasonChoice.map { [$0] } ?? [.none, .additive, .multiplicative]
        let dampings: [Bool] = damped.map { [$0] } ?? [true, false]

        let estimator = ETSEstimator(y, period: m)
        var best: ETSModel? = nil
        var bestIC = Double.infinity
        for e in errors {
            for t in trends {
                for s in seasons {
                    for d in dampings {
                        if t == .none && d { continue }
                        let spec = ETSSpec(error: e, trend: t, season: s, damped: d)
                        if options.restrict {
                            if spec.isRestricted { continue }
                            if options.additiveOnly && spec.needsPositiveData { continue }
                        }
                        if !positive && spec.needsPositiveData { continue }
                        guard let fit = try? estimator.estimate(spec, maxEvaluations: options.maxEvaluations),
                              let ic = criterion(fit, options.criterion), !ic.isNaN else { continue }
                        if ic < bestIC {
                            best = fit
                            bestIC = ic
                        }
                    }
                }
            }
        }
        guard let model = best else { throw ETSError.noModelFitted }
        return model
    }

    static func criterion(_ model: ETSModel, _ c: ETSOptions.Criterion) -> Double? {
        switch c {
        case .aicc: return model.aicc
        case .aic: return model.aic
        case .bic: return model.bic
        }
    }
}

/// Fitting a given ETS form (R `ets(y, model = "MAdM")`).
public enum ETS {
    /// Estimates `spec` by maximum likelihood with R's defaults (bounds "both", initial
    /// states optimised, Nelder–Mead with at most 2000 evaluations).
    ///
    /// Missing values: the longest contiguous non-missing stretch is used (R's default
    /// `na.contiguous`). A seasonal spec on a series no longer than one period is fitted
    /// without season, as R does.
    /// - Throws: `ETSError` for forbidden combinations, non-positive data with
    ///   multiplicative error, invalid periods, or too little data (R would fall back to
    ///   `HoltWinters`-style fits for `n ≤ k + 4`; we report the shortage instead).
    /// - Complexity: O(evaluations · n), evaluations ≤ `options.maxEvaluations`.
    public static func fit(_ y: [Double], period: Int, spec: ETSSpec, options: ETSOptions = ETSOptions()) throws -> ETSModel {
        try ETSSelection.select(y, period: period, error: spec.error, trend: spec.trend, season: spec.season,
                                damped: spec.damped, options: options, automatic: false)
    }
}

/// Automatic ETS selection (R `ets(y)`, model "ZZZ").
public enum AutoETS {
    /// Fits every admissible candidate (multiplicative error/season only for positive data,
    /// season only for 1 < period ≤ 24 and n > period, damped and undamped trends) and
    /// returns the one with the smallest AICc (or `options.criterion`). A constant series
    /// gets R's fixed ETS(A,N,N) with α = 0.99999.
    /// - Throws: `ETSError.insufficientData` for n ≤ 6 (R would fit Holt–Winters-style
    ///   fallbacks there), `ETSError.noModelFitted` when nothing converges.
    /// - Complexity: O(candidates · evaluations · n); 15 candidates for positive monthly data.
    public static func fit(_ y: [Double], period: Int, options: ETSOptions = ETSOptions()) throws -> ETSModel {
        try ETSSelection.select(y, period: period, error: nil, trend: nil, season: nil, damped: options.damped,
                                options: options, automatic: true)
    }

    /// Fits many series in parallel over all cores; `results[i]` belongs to `series[i]`
    /// whatever the scheduling, so output is deterministic.
    public static func fitMany(_ series: [[Double]], period: Int, options: ETSOptions = ETSOptions())
        -> [Result<ETSModel, ETSError>] {
        let box = ResultBox<ETSModel>(count: series.count)
        DispatchQueue.concurrentPerform(iterations: series.count) { i in
            let r: Result<ETSModel, ETSError>
            do { r = .success(try fit(series[i], period: period, options: options)) } catch let e as ETSError {
                r = .failure(e)
            } catch { r = .failure(.noModelFitted) }
            box.set(i, r)
        }
        return box.values()
    }
}

/// Slots written by index from concurrent workers (each index exactly once). Raw storage
/// avoids the dynamic exclusivity check a class-owned array would trip under concurrency.
final class ResultBox<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Result<T, ETSError>>
    private let count: Int
    init(count: Int) {
        self.count = count
        slots = UnsafeMutablePointer.allocate(capacity: max(count, 1))
        slots.initialize(repeating: .failure(.noModelFitted), count: count)
    }
    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
    func set(_ i: Int, _ v: Result<T, ETSError>) { slots[i] = v }
    func values() -> [Result<T, ETSError>] { (0..<count).map { slots[$0] } }
}
