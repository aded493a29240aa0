/// Cross-learning interval calibration (`--intervals calibrated`): each series' conformal
/// factor shrunk towards a factor pooled over the batch of series it is forecast with.
///
/// For series `i` with `Nᵢ` calibration scores at level `L` (`CalibrationScores`, the
/// normalised rolling-origin scores of `--intervals conformal`), own conformal factor `fᵢ`
/// (the `⌈(Nᵢ + 1)·L/100⌉`-th smallest score) and target `t`,
///
///     f = w·fᵢ + (1 − w)·t,   w = Nᵢ/(Nᵢ + κ),
///
/// and the model interval is stretched about the point forecast by `f`
/// (`ConformalIntervals.apply`: `[ŷ − f·(ŷ − l), ŷ + f·(u − ŷ)]`, then nested across levels).
/// When `fᵢ` does not exist (fewer than `L/(100 − L)` scores, e.g. 19 at 95%, or an infinite
/// score at that rank) `f = t`.
///
/// **Target.** In a batch (`benchmark`, or `forecast` on a long CSV with at least
/// `minimumBatch` series) `t` is the batch-pooled factor: the conformal quantile of the scores
/// of all series of the batch together (`CalibrationScores.pooled`). For a single series (or a
/// smaller batch, or the streaming mode, which sees one series at a time) `t` is `prior`, a
/// constant per level: the pooled factor of `auto` on all M3 training holdouts
/// (Benchmarks/m3/calibration/choose_calibration-output.txt). For a level without a prior,
/// `t = 1`, the model's own width.
///
/// **Why.** A factor from the 16–144 overlapping scores of one series is noisy (the MSIS cost of
/// `--intervals conformal`); a pooled factor fits the batch's level of miscalibration but not
/// the series'. Shrinkage weights the series' own evidence by its amount. `κ` was chosen on the
/// M3 training holdouts of all four frequencies only (docs/calibration.md).
public enum ShrunkCalibration {
    /// `κ`, the number of scores at which a series' own factor gets half the weight.
    public static let kappa = 10.0

    /// The target for a series forecast alone, per level in percent: the pooled factor of
    /// `auto` over the calibration scores of all M3 training holdouts.
    public static let prior: [Double: Double] = [80: 1.010, 95: 1.159]

    /// The fewest series for which `forecast --intervals calibrated` pools over the batch.
    public static let minimumBatch = 10

    /// `w·own + (1 − w)·target` with `w = count/(count + κ)`; `target` when `own` is nil.
    public static func factor(own: Double?, count: Int, target: Double, kappa: Double = kappa) -> Double {
        guard let own else { return target }
        let w = Double(count) / (Double(count) + kappa)
        return w * own + (1 - w) * target
    }

    /// The targets per level: the batch-pooled factors when given (a missing one falls back to
    /// the prior), else the prior; 1 for a level without a prior.
    public static func targets(levels: [Double], pooled: [Double?]? = nil) -> [Double] {
        levels.indices.map { k in pooled?[k] ?? prior[levels[k]] ?? 1 }
    }

    /// `forecast` with each level's interval stretched by the shrunk factor of `scores`.
    public static func apply(_ forecast: Forecast, scores: CalibrationScores, targets: [Double],
                             kappa: Double = kappa) -> Forecast {
        let factors = forecast.levels.indices.map { k -> Double in
            guard let j = scores.levels.firstIndex(of: forecast.levels[k]) else { return targets[k] }
            return factor(own: scores.own(j), count: scores.count(j), target: targets[k], kappa: kappa)
        }
        return ConformalIntervals.apply(factors: factors, to: forecast)
    }
}
