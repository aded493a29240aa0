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
