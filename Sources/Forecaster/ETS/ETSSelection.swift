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
        let fits = try candidates(raw, period: period, error: error, trend: trend, season: season, damped: damped,
                                  options: options, automatic: automatic)
        var best: ETSModel? = nil
        var bestIC = Double.infinity
        for (fit, ic) in fits where ic < bestIC {
            best = fit
            bestIC = ic
        }
        guard let model = best else { throw ETSError.noModelFitted }
        return model
    }

    /// Every candidate `select` estimates, in R's order, with its information criterion
    /// (finite or +∞; candidates that fail to converge are left out). A constant series under
    /// automatic selection gives R's fixed ETS(A,N,N) alone, with criterion 0.
    static func candidates(_ raw: [Double], period: Int, error: ETSErrorType?, trend: ETSTrendType?,
                           season: ETSSeasonType?, damped: Bool?, options: ETSOptions,
                           automatic: Bool) throws -> [(model: ETSModel, criterion: Double)] {
        guard period >= 1 else { throw ETSError.invalidPeriod(period) }
        let y = try ETSData.contiguous(raw)
        if automatic && ETSData.isConstant(y) { return [(ETSData.constantModel(y), 0)] }
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
        var fits: [(model: ETSModel, criterion: Double)] = []
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
                        fits.append((fit, ic))
                    }
                }
            }
        }
        return fits
    }

    static func criterion(_ model: ETSModel, _ c: ETSOptions.Criterion) -> Double? {
        switch c {
        case .aicc: return model.aicc
        case .aic: return model.aic
        case .bic: return model.bic
        }
    }
}
