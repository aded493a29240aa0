import Foundation
import Forecaster
import AlmanacNumerics

/// Counterfactual impact of an event, in the spirit of CausalImpact (Brodersen et al. 2015)
/// with a forecasting model in place of the Bayesian structural time series: fit a model to
/// the pre-event period, forecast the post-event period as the counterfactual "no event"
/// path, and compare it with what happened.
///
/// With `yₜ` observed and `ŷₜ` the counterfactual for the `H` post-event periods:
/// - pointwise effect `yₜ − ŷₜ`, interval from the forecast interval of `ŷₜ`;
/// - cumulative effect `Σ(yₜ − ŷₜ)` with variance `1ᵀΣ1`, where `Σ` is the H × H covariance
///   of the forecast errors across horizons (`Forecast.errorCovariance`, `HorizonSum`) — the
///   errors are positively correlated, so summing pointwise variances would understate it;
/// - average effect (cumulative / H) and relative effect `Σyₜ / Σŷₜ − 1`, whose interval
///   maps the interval of `Σŷₜ` through the monotone `Y/S − 1`;
/// - `pValue`: two-sided z-test of "no effect" on the cumulative error of the model scale,
///   `z = Σeₜ / √(1ᵀΣ1)`. It is aimed at what an intervention usually does — a sustained shift
///   in one direction — and is the frequentist twin of CausalImpact's posterior tail
///   probability of the cumulative effect. `chiSquared = eᵀΣ⁻¹e` is the omnibus
///   alternative (any departure, including effects that cancel). Σ is scaled by an estimated
///   σ², and `eᵀΣ⁻¹e` is the sum of the post-period one-step innovations squared over σ̂², so
///   its p-value refers `chiSquared / H` to `F(H, ν)`, `ν` the pre-period model's residual
///   degrees of freedom — Chow's (1960) predictive F (with `χ²(H)` it rejected 12% of
///   no-effect AR(1) series at 5%; Benchmarks/breaks/size-power/RESULTS.md). It loses power to a steady
///   shift as H grows, and it weighs most the directions of smallest forecast variance, where
///   the parameter uncertainty and any misspecification of the pre-period model matter
///   most — on simulated no-effect SARIMA data with auto-selected orders it rejected far too
///   often — so it is reported as a diagnostic, not the headline.
///
/// Log-scale models (`logScale`) are fitted and tested on `log y`; effects are reported on
/// the original scale. The pointwise counterfactual is the log-normal mean
/// `exp(μₜ + Σₜₜ/2)` (so cumulative = sum of pointwise, unlike medians), its interval
/// `exp(μₜ ± z √Σₜₜ)` exactly (quantiles survive monotone maps). Sums of log-normals have no
/// closed form, so the cumulative/average/relative intervals are quantiles of `simulations`
/// seeded joint draws `exp(μ + Le)`, `LLᵀ = Σ` (`ImpactSimulation`); their point estimates use
/// the exact means.
///
/// **Bootstrap p-values** (`bootstrap` > 0, ARIMA counterfactuals; `almanac impact`'s
/// default): `pValue` and `chiSquaredPValue` come from `CounterfactualBootstrap`, which refits
/// the counterfactual's orders on series simulated from it without an effect, and the
/// cumulative, average and relative intervals become the bootstrap-t interval (the spread of
/// every running total rescaled by `q*·se₀ / (q·√(1ᵀΣ1))`, `q*` the bootstrap quantile of the
/// studentised cumulative error and `se₀` its innovations-only scale), so the interval excludes
/// no effect when the test rejects. The normal and F references over-reject on seasonally
/// integrated data: on no-effect airline-model series (146 months before, 55 after, log
/// scale) 8.4% and 11.7% at 5%, the bootstrap 6.1% and 9.3%
/// (Benchmarks/breaks/size-power/RESULTS.md). The pointwise intervals stay
/// Gaussian. `normalPValue` and `fPValue` keep the references' values.
///
/// **Coefficient uncertainty.** For ARIMA counterfactuals Σ includes, by default, the
/// coefficients' sampling error by the delta method, `Σ + G V Gᵀ`
/// (`ARIMAModel.coefficientForecastCovariance`): over a long post period a counterfactual's
/// drift, mean and ARMA estimates err in ways the innovations alone do not cover (on simulated
/// no-effect AR(1) series, φ = 0.8, 55 months after, the cumulative test rejected 7.7% at 5%
/// without it and 6.3% with it; Benchmarks/breaks/size-power/RESULTS.md). CausalImpact's
/// posterior includes its parameters' uncertainty too. `coefficientUncertainty: false` gives
/// R `forecast.Arima`'s Σ. Order-selection uncertainty is still left out.
///
/// `Codable`: fields that can be non-finite (`chiSquared` when Σ is singular, `preFitted`
/// before a model's first fitted value) need a `JSONEncoder` with a
/// `nonConformingFloatEncodingStrategy`; the summaries (`ImpactEstimate`) omit them.
public struct CounterfactualImpact: Sendable, Codable, Equatable {
    /// The fitted counterfactual model, e.g. "ARIMA(1,0,1)(0,1,1)[12]".
    public var model: String
    /// 0-based index of the first post-event observation.
    public var eventIndex: Int
    public var logScale: Bool
    /// Interval level as a fraction.
    public var level: Double
    public var controls: [String]
    /// Post-event observations, original scale.
    public var actual: [Double]
    public var counterfactual: [Double]
    public var counterfactualLower: [Double]
    public var counterfactualUpper: [Double]
    public var effect: [Double]
    public var effectLower: [Double]
    public var effectUpper: [Double]
    /// Running cumulative effect through each post-event period, with its interval.
    public var cumulativeEffect: [Double]
    public var cumulativeLower: [Double]
    public var cumulativeUpper: [Double]
    /// Over the whole post period.
    public var cumulative: ImpactEstimate
    public var average: ImpactEstimate
    /// As a fraction of the counterfactual total (0.1 = 10%).
    public var relative: ImpactEstimate
    /// Cumulative error on the model scale and its standard error `√(1ᵀΣ1)`.
    public var modelScaleCumulativeError: Double
    public var modelScaleCumulativeSE: Double
    public var z: Double
    public var pValue: Double
    public var chiSquared: Double
    /// `P(F(H, ν) ≥ chiSquared / H)`; the `χ²(H)` tail when `ν` is unknown.
    public var chiSquaredPValue: Double
    /// `ν`, the residual degrees of freedom of the pre-period model the omnibus p-value uses
    /// (nil in results saved before it was recorded).
    public var chiSquaredResidualDF: Int?
    /// Replicates of the parametric bootstrap (`CounterfactualBootstrap`) behind `pValue` and
    /// `chiSquaredPValue`; nil when they refer `z` to the normal and `chiSquared` to F.
    public var bootstrapReplications: Int? = nil
    /// With the bootstrap, the normal-reference p-value of `z` and the F-reference p-value of
    /// `chiSquared`, kept for comparison (nil without it).
    public var normalPValue: Double? = nil
    public var fPValue: Double? = nil
    /// Joint draws used for the log-scale aggregates (0 on the level scale).
    public var simulations: Int
    /// The counterfactual forecast on the model scale (log when `logScale`).
    public var forecast: Forecast
    /// One-step fitted values of the pre-event period on the original scale (`exp` of the
    /// log-scale fit when `logScale`; NaN where the model gives none), for the pre-period
    /// residuals `y − ŷ` that show how well the model tracked the series before the event.
    public var preFitted: [Double]

    public var horizon: Int { actual.count }

    /// The fewest observed values before the event a counterfactual is fitted to: two seasonal
    /// cycles, and at least 8.
    public static func minimumPrePeriod(period: Int) -> Int { max(8, 2 * max(period, 1)) }

    /// Estimates the impact of an event at `eventIndex`.
    ///
    /// - Parameters:
    ///   - y: the whole series (NaN = missing; the post period must be complete).
    ///   - period: seasonal period.
    ///   - eventIndex: the first observation affected (0-based); the model sees `y[..<eventIndex]`.
    ///   - controls: series unaffected by the event (n × k), regressors of an ARIMA model
    ///     (already on the scale wanted, e.g. logged); complete over the post period.
    ///   - controlNames: labels of the control columns; missing ones are `control1`, `control2`, ….
    ///   - model: see ``ImpactModel``.
    ///   - logScale: model `log y` (requires y > 0).
    ///   - level: interval level, a fraction.
    ///   - simulations: joint draws of the post-period paths for log-scale aggregates (100 or more).
    ///   - seed: the seed of those draws and of the bootstrap replicates.
    ///   - coefficientUncertainty: add the ARIMA coefficients' sampling error to the
    ///     counterfactual's error covariance (`ARIMAModel.coefficientForecastCovariance`, delta
    ///     method); false gives R's `forecast.Arima` covariance. ETS counterfactuals keep theirs.
    ///   - bootstrap: replicates of the parametric bootstrap of the p-values and the
    ///     cumulative interval (0: the normal and F references; ignored for ETS). Seeded by `seed`.
    /// - Throws: `ImpactError` for unusable inputs, `ForecasterError` when the model fails.
    /// - Complexity: the model fit, plus O(H³) for the intervals and O(H²·simulations) on the log
    ///   scale, plus `bootstrap` refits of the model.
    public static func estimate(_ y: [Double], period: Int, eventIndex: Int, controls: Matrix? = nil,
                                controlNames: [String]? = nil, model: ImpactModel = .auto,
                                logScale: Bool = false, level: Double = 0.95, simulations: Int = 4000,
                                seed: UInt64 = 20_240_601, coefficientUncertainty: Bool = true,
                                bootstrap: Int = 0) throws -> CounterfactualImpact {
        let n = y.count
        guard eventIndex >= 1, eventIndex < n else {
            throw ImpactError.dateOutsideSample("the event must fall after the first and within the \(n) observations")
        }
        guard n - eventIndex <= ForecastLimits.maxCovarianceHorizon else {
            throw ImpactError.invalidInput("\(n - eventIndex) observations after the event; at most \(ForecastLimits.maxCovarianceHorizon) can be compared with a counterfactual")
        }
        guard level > 0, level < 1 else { throw ImpactError.invalidInput("confidence level \(level) outside (0, 1)") }
        guard bootstrap >= 0, bootstrap <= 99_999 else {
            throw ImpactError.invalidInput("bootstrap replications must be between 0 and 99999 (got \(bootstrap))")
        }
        guard simulations >= 100 else { throw ImpactError.invalidInput("at least 100 simulations are needed") }
        guard simulations <= ForecastLimits.maxSimulations else {
            throw ImpactError.invalidInput("at most \(ForecastLimits.maxSimulations) simulations (got \(simulations))")
        }
        // A counterfactual fitted to a handful of points has no error variance worth the name:
        // one point gave "p < 1e-16" with zero-width intervals, 2–5 points confident verdicts.
        let needed = minimumPrePeriod(period: period)
        let observedBefore = y[..<eventIndex].filter(\.isFinite).count
        guard observedBefore >= needed else {
            throw ImpactError.segmentTooShort("\(observedBefore) observations before the event; the counterfactual model needs at least \(needed) (two seasonal cycles, and at least 8)")
        }
        // A constant pre-period (a dummy that is still 0, say) gives a counterfactual without
        // error variance: zero-width intervals, z = Inf and "significant at 1%".
        let pre = y[..<eventIndex].filter(\.isFinite)
        if let first = pre.first, controls == nil, pre.allSatisfy({ $0 == first }) {
            throw ImpactError.invalidInput("the \(observedBefore) observations before the event are all \(first): a counterfactual fitted to a constant has no error variance, so no effect can be tested")
        }
        let post = Array(y[eventIndex...])
        if let bad = post.firstIndex(where: { !$0.isFinite }) {
            throw ImpactError.invalidInput("observation \(eventIndex + bad + 1) is missing; the post-event period must be complete")
        }
        if logScale, let bad = y.firstIndex(where: { $0.isFinite && $0 <= 0 }) {
            // 1-based, as BreakRegression.scaled and the CLI number observations.
            throw ImpactError.invalidInput("log scale needs positive values; observation \(bad + 1) is \(y[bad])")
        }
        let ym = logScale ? y.map { $0.isFinite ? log($0) : .nan } : y
        let h = n - eventIndex
        // The log-scale draws cost simulations × h²: bounded to keep a run within minutes.
        // Each bootstrap replicate forms and factorises an H × H covariance: bounded likewise.
        guard Double(bootstrap) * Double(h) * Double(h) * Double(h) <= 2e11 else {
            throw ImpactError.invalidInput("\(bootstrap) bootstrap replicates over \(h) post-event periods is too much work (replicates × periods³ must stay below 2e11); use fewer --bootstrap, or 0 for the normal and F approximations")
        }
        guard !logScale || Double(simulations) * Double(h) * Double(h) <= 1e10 else {
            throw ImpactError.invalidInput("\(simulations) simulations over \(h) post-event periods is too much work (simulations × periods² must stay below 1e10); use fewer --simulations")
        }
        let (fc, fittedModelScale, residualDF, arima) = try counterfactualForecast(Array(ym[..<eventIndex]), period: period, horizon: h, controls: controls,
                                            controlNames: controlNames, eventIndex: eventIndex, model: model,
                                            level: level, logScale: logScale,
                                            coefficientUncertainty: coefficientUncertainty)
        guard let sigma = fc.errorCovariance, sigma.rows == h, sigma.columns == h else {
            throw ImpactError.invalidInput("model \(fc.model) gives no forecast-error covariance")
        }
        let q = try Normal.quantile(0.5 + level / 2)
        let sigmaTotal = ErrorCovarianceForms.total(sigma)
        var boot: CounterfactualBootstrap.PValues? = nil
        if bootstrap > 0, let m = arima {
            boot = CounterfactualBootstrap.pValues(model: m, pre: Array(ym[..<eventIndex]), post: Array(ym[eventIndex...]),
                                                   x: controls, level: level, replications: bootstrap, seed: seed)
        }
        // The bootstrap-t interval of the cumulative error is ±q*·se₀; the Gaussian one ±q·√(1ᵀΣ1).
        // Their ratio rescales the spread of every running total, so the interval of the
        // cumulative effect agrees with the bootstrap test.
        let spread = boot.map { $0.criticalZ * $0.standardError / (q * max(sigmaTotal, 0).squareRoot()) } ?? 1
        var aggregateSigma = sigma
        if spread.isFinite, spread > 0 {
            aggregateSigma.storage = sigma.storage.map { $0 * spread * spread }
        }
        let sd = (0..<h).map { max(sigma[$0, $0], 0).squareRoot() }

        // Pointwise counterfactual on the original scale.
        var cf = fc.mean, cfLo = fc.mean, cfHi = fc.mean
        for t in 0..<h {
            if logScale {
                cf[t] = exp(fc.mean[t] + sd[t] * sd[t] / 2)
                cfLo[t] = exp(fc.mean[t] - q * sd[t]); cfHi[t] = exp(fc.mean[t] + q * sd[t])
            } else {
                cfLo[t] = fc.mean[t] - q * sd[t]; cfHi[t] = fc.mean[t] + q * sd[t]
            }
        }
        let effect = (0..<h).map { post[$0] - cf[$0] }

        // Running totals: actual Y_h, counterfactual S_h and its interval.
        var cumY = [Double](repeating: 0, count: h), cumS = cumY, sLo = cumY, sHi = cumY, sSE = cumY
        var runY = 0.0, runS = 0.0
        for t in 0..<h { runY += post[t]; runS += cf[t]; cumY[t] = runY; cumS[t] = runS }
        let alpha = 1 - level
        var draws = 0
        if logScale {
            draws = simulations
            let paths = try ImpactSimulation.cumulativePaths(mean: fc.mean, covariance: aggregateSigma, count: simulations, seed: seed)
            var column = [Double](repeating: 0, count: simulations)
            for t in 0..<h {
                for r in 0..<simulations { column[r] = paths[t, r] }
                sLo[t] = ImpactSimulation.quantile(&column, alpha / 2)
                sHi[t] = ImpactSimulation.quantile(&column, 1 - alpha / 2)
                sSE[t] = .nan
            }
        } else {
            for t in 0..<h {
                let total = try HorizonSum(fc, steps: Array(0...t))
                let se = total.standardError * (spread.isFinite && spread > 0 ? spread : 1)
                sSE[t] = se
                sLo[t] = total.total - q * se
                sHi[t] = total.total + q * se
            }
        }
        let cumEffect = (0..<h).map { cumY[$0] - cumS[$0] }
        let cumLo = (0..<h).map { cumY[$0] - sHi[$0] }
        let cumHi = (0..<h).map { cumY[$0] - sLo[$0] }
        let last = h - 1
        let cumulative = ImpactEstimate(estimate: cumEffect[last], standardError: sSE[last],
                                        lower: cumLo[last], upper: cumHi[last])
        let hd = Double(h)
        let average = ImpactEstimate(estimate: cumulative.estimate / hd, standardError: cumulative.standardError / hd,
                                     lower: cumulative.lower / hd, upper: cumulative.upper / hd)
        // Y/S − 1 decreases in S > 0: the bounds of S map to the bounds of the ratio.
        let yTot = cumY[last]
        let relative = ImpactEstimate(estimate: yTot / cumS[last] - 1, standardError: .nan,
                                      lower: sHi[last] > 0 ? yTot / sHi[last] - 1 : .nan,
                                      upper: sLo[last] > 0 ? yTot / sLo[last] - 1 : .nan)

        // Tests on the model scale, where the errors are Gaussian.
        let e = (0..<h).map { ym[eventIndex + $0] - fc.mean[$0] }
        let cse = max(sigmaTotal, 0).squareRoot()
        let eSum = e.reduce(0, +)
        let z = eSum / cse
        // An overflowing counterfactual (e.g. five differences on the log scale) or one
        // without error variance supports no interval and no test: refuse, never print ±Inf.
        let finite = cf.allSatisfy(\.isFinite) && cse > 0 && cse.isFinite && z.isFinite
            && [cumulative.estimate, cumulative.lower, cumulative.upper].allSatisfy(\.isFinite) && !relative.estimate.isInfinite
        guard finite else {
            throw ImpactError.invalidInput("the counterfactual from \(fc.model) is not finite or has no error variance (it overflows, or fits the pre-event data exactly): no effect can be tested; choose another model or order")
        }
        let chi2 = ErrorCovarianceForms.quadratic(e, sigma)
        var chi2P = Double.nan
        if chi2.isFinite {
            chi2P = residualDF > 0 ? try FDistribution(df1: hd, df2: Double(residualDF)).sf(chi2 / hd)
                                   : try ChiSquared(df: hd).sf(chi2)
        }
        var p = 2 * Normal.sf(abs(z))
        let normalP = boot == nil ? nil : p, fP = boot == nil ? nil : chi2P
        if let boot {
            p = boot.cumulative
            chi2P = boot.omnibus
        }
        return CounterfactualImpact(
            model: fc.model, eventIndex: eventIndex, logScale: logScale, level: level,
            controls: Self.columnLabels(controls, controlNames),
            actual: post, counterfactual: cf, counterfactualLower: cfLo, counterfactualUpper: cfHi,
            effect: effect, effectLower: (0..<h).map { post[$0] - cfHi[$0] },
            effectUpper: (0..<h).map { post[$0] - cfLo[$0] },
            cumulativeEffect: cumEffect, cumulativeLower: cumLo, cumulativeUpper: cumHi,
            cumulative: cumulative, average: average, relative: relative,
            modelScaleCumulativeError: eSum, modelScaleCumulativeSE: cse, z: z, pValue: p,
            chiSquared: chi2, chiSquaredPValue: chi2P, chiSquaredResidualDF: residualDF > 0 ? residualDF : nil,
            bootstrapReplications: boot?.replications, normalPValue: normalP, fPValue: fP,
            simulations: draws, forecast: fc,
            preFitted: logScale ? fittedModelScale.map { exp($0) } : fittedModelScale)
    }

    static func columnLabels(_ x: Matrix?, _ names: [String]?) -> [String] {
        guard let x else { return [] }
        return (0..<x.columns).map { j in
            if let names, j < names.count { return names[j] }
            return "control\(j + 1)"
        }
    }

    /// The model-scale forecast of the post period from the pre period, and the model's
    /// one-step fitted values of the pre period.
    static func counterfactualForecast(_ pre: [Double], period: Int, horizon h: Int, controls: Matrix?,
                                       controlNames: [String]?, eventIndex: Int, model: ImpactModel,
                                       level: Double, logScale: Bool,
                                       coefficientUncertainty: Bool) throws -> (Forecast, [Double], Int, ARIMAModel?) {
        /// Observations used minus estimated coefficients (0 when none are left).
        func residualDF(_ m: ARIMAModel) -> Int { max(0, m.nobs - m.mask.filter { $0 }.count) }
        var xPre: Matrix? = nil, xPost: Matrix? = nil
        if let c = controls {
            guard c.rows == eventIndex + h else {
                throw ImpactError.invalidInput("controls have \(c.rows) rows but the series has \(eventIndex + h)")
            }
            let p = c.selecting(rows: Array(0..<eventIndex)), f = c.selecting(rows: Array(eventIndex..<(eventIndex + h)))
            guard f.storage.allSatisfy(\.isFinite) else {
                throw ImpactError.invalidInput("a control series is missing in the post-event period")
            }
            xPre = p; xPost = f
        }
        let levels = [level * 100]
        /// An ARIMA counterfactual: its forecast (with the coefficients' term when asked),
        /// fitted values and residual degrees of freedom.
        func arimaCounterfactual(_ m: ARIMAModel) throws -> (Forecast, [Double], Int, ARIMAModel?) {
            let added = coefficientUncertainty ? m.coefficientForecastCovariance(horizon: h, xreg: xPre, futureXreg: xPost) : nil
            return (try m.forecast(horizon: h, levels: levels, xreg: xPost, added: added), Self.padded(m.fitted, to: pre.count), residualDF(m), m)
        }
        switch model {
        case .auto:
            return try arimaCounterfactual(try CounterfactualDifferencing.autoARIMA(pre, period: period, xreg: xPre))
        case .arima(let spec):
            return try arimaCounterfactual(try spec.fit(pre, xreg: xPre, xregNames: controls == nil ? nil : Self.columnLabels(controls, controlNames)))
        case .ets:
            guard controls == nil else {
                throw ImpactError.invalidInput("ETS takes no control series; use the ARIMA model (--model arima or auto)")
            }
            do {
                // On log values only additive ETS forms, as forecast::ets does with a Box–Cox
                // lambda: the errors are then Gaussian on the log scale, which the log-normal
                // back-transformation and the tests assume.
                var options = ETSOptions()
                options.additiveOnly = logScale
                let m = try AutoETS.fit(pre, period: period, options: options)
                let used = m.observations.filter(\.isFinite).count
                return (try m.forecast(horizon: h, levels: levels, covariance: true), Self.padded(m.fitted, to: pre.count),
                        max(0, used - m.parameterCount), nil)
            } catch let e as ETSError {
                throw ForecasterError.fitFailed(model: "ets", detail: e.description)
            }
        }
    }

    /// Fitted values aligned to the end of the pre period (a model that dropped leading
    /// missing values returns fewer), NaN-padded at the front.
    static func padded(_ fitted: [Double], to n: Int) -> [Double] {
        if fitted.count >= n { return Array(fitted.suffix(n)) }
        return [Double](repeating: .nan, count: n - fitted.count) + fitted
    }
}
