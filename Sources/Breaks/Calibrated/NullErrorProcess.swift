import Foundation
import Forecaster
import AlmanacNumerics
import TimeSeries

/// The error process of a break regression under the null of no break: a (seasonal) ARIMA
/// model chosen by auto-ARIMA (Hyndman & Khandakar 2008: `d` by KPSS, `D` by seasonal
/// strength, or by `SeasonalUnitRootLR` when the regression has seasonal dummies; orders by
/// AICc) for the OLS residuals `ûₜ = yₜ − xₜᵀβ̂`, without a mean (the regression has one).
///
/// The regular part is an **autoregressive sieve** (Kreiss 1992; Bühlmann 1997): AR orders
/// p ≤ 5 without regular MA terms (seasonal ARMA terms stay allowed), every candidate compared
/// rather than auto-ARIMA's stepwise walk. With MA terms allowed, the search chose MA(1) for
/// 11% and ARMA(2,2) — its starting model — for 4% of ten-year AR(1) series (φ = 0.5), and
/// the bootstrap from those fits rejected 12% and 23% of them at 5%: an MA(1) misses the slow
/// decay of the autocorrelations, and nearly cancelling ARMA factors make the GLS filter and
/// the bias correction unstable. An AR approximation captures the persistence that break
/// statistics react to, and the event verdicts, OLS-CUSUM and MOSUM came back inside 0.03–0.07
/// on ten-year series (`Benchmarks/breaks/size-power/RESULTS.md`, seventh session).
///
/// It generates error paths for the parametric bootstrap by the model's own recursions
/// (`ARIMAPathSimulator`), with innovations drawn with replacement from the centred model
/// residuals (so a heavy-tailed series keeps its tails), a burn-in long enough for the
/// slowest seasonal AR root to forget its start, and — for an integrated model — the
/// observed first `d + sD` residuals as initial values.
public struct NullErrorProcess: Sendable {
    /// The fitted error model.
    public let model: ARIMAModel
    /// The generator of the paths, with the model's expanded ARMA coefficients or their
    /// bias-corrected values (`ErrorModelBiasCorrection`).
    var paths: ARIMAPathSimulator
    /// The expanded AR coefficients the paths are generated with.
    var phi: [Double] {
        get { paths.phi }
        set { paths.phi = newValue }
    }
    /// The expanded MA coefficients the paths are generated with.
    var theta: [Double] {
        get { paths.theta }
        set { paths.theta = newValue }
    }
    /// The level steps of the regression the residuals come from (over the residuals'
    /// positions), re-estimated as regressors whenever the error model is fitted.
    let shiftDesign: Matrix?

    /// Fits the error model to residuals `û` (NaN = missing).
    ///
    /// - Parameters:
    ///   - residuals: the OLS residuals `û` in time order, NaN where a row is missing
    ///     (at least 8 finite values).
    ///   - period: the seasonal period of the error model (1 for none).
    ///   - seasonalMeans: the regression has seasonal dummies. Residuals from a
    ///     regression on seasonal means are negatively correlated at the seasonal lags by
    ///     construction (about −1/(m − 1) with m years of data); a seasonal ARMA term fitted to
    ///     that artefact would make every replicate — which goes through the same regression
    ///     again — too smooth at the seasonal frequencies, and the all-coefficient tests
    ///     oversized. So with seasonal dummies the error model is chosen without seasonal
    ///     terms, unless `SeasonalUnitRootLR` rejects a fixed seasonal pattern (evolving
    ///     seasonality, as in the airline model): then auto-ARIMA chooses it again with one
    ///     seasonal difference.
    ///   - shiftStarts: positions in `residuals` where a level shift of the fit the residuals
    ///     come from starts. Every fit of the error model (the order search, the
    ///     seasonal-unit-root test, each replicate's re-estimate) re-estimates those shifts as
    ///     regressors with the ARIMA errors: under (seasonal) differencing an OLS-estimated
    ///     shift leaves jumps in the residuals' differences (four outliers per step, each the
    ///     size of the OLS shift, which a random walk makes large). An order search on them
    ///     lost the airline model's regular MA term in 39% of airline series of 201 months
    ///     (often with seasonal AR terms for the seasonal MA), and on those the level-shift
    ///     verdict 12 months before the end rejected 15% of no-break series at 5%
    ///     (Benchmarks/breaks/size-power/RESULTS.md).
    /// - Throws: `BreaksError.invalidInput` when the residuals are constant or too few to fit.
    public init(residuals: [Double], period: Int, seasonalMeans: Bool = false, shiftStarts: [Int] = []) throws {
        let finite = residuals.filter(\.isFinite)
        guard finite.count >= 8 else {
            throw BreaksError.invalidInput("\(finite.count) residuals are too few to fit an error model")
        }
        var search = AutoARIMA()
        search.allowMean = false
        search.allowDrift = false
        search.maxd = 2
        search.seasonal = period > 1
        if seasonalMeans, period > 1 { search.seasonal = false }
        // An autoregressive sieve for the regular part (see the type's documentation).
        search.maxq = 0
        search.startq = 0
        search.stepwise = false
        let n = residuals.count
        let starts = Set(shiftStarts.filter { $0 > 0 && $0 < n }).sorted()
        let steps = starts.isEmpty ? nil : try? Intervention.design(starts.map { .step(at: $0) }, count: n)
        var fitted: ARIMAModel
        do {
            fitted = try search.fit(residuals, period: max(1, period), xreg: steps)
            if seasonalMeans, period > 1,
               SeasonalUnitRootLR.rejectsFixedSeasonality(residuals, steps: steps,
                                                          nonSeasonal: fitted.spec, period: period) {
                // The tested model's regular differencing is kept: chosen again by KPSS on
                // the seasonally differenced residuals it is often lost (d = 0 with a
                // near-unit AR root instead), and the bootstrap world is then less
                // persistent than the data.
                search.seasonal = true
                search.d = fitted.spec.d
                search.D = 1
                fitted = try search.fit(residuals, period: period, xreg: steps)
            }
        } catch {
            throw BreaksError.invalidInput("no ARIMA error model could be fitted to the residuals (\(error))")
        }
        guard fitted.constantForecast == nil, fitted.sigma2 > 0, fitted.sigma2.isFinite else {
            throw BreaksError.invalidInput("the residuals are constant: the regression fits the series exactly")
        }
        model = fitted
        shiftDesign = steps
        // The burn-in follows the regression's period even when the error model has no
        // seasonal terms (seasonal dummies in the regression), as it always has.
        paths = ARIMAPathSimulator(model: fitted, initial: Array(residuals.prefix(fitted.delta.count)), period: period)
    }

    /// The number of estimated ARMA coefficients (`p + q + P + Q`).
    var armaCount: Int { model.spec.p + model.spec.q + model.spec.P + model.spec.Q }

    /// The error model's name, e.g. `ARIMA(0,1,1)(0,1,1)[12]` (the re-estimated level steps
    /// are the regression's, not part of the error model).
    public var description: String {
        let s = model.spec.orderString
        return model.spec.d == 0 && model.spec.D == 0 ? s + " with zero mean" : s
    }

    /// The error model's orders fitted to `residuals` (NaN = missing) with the level steps
    /// re-estimated, as the data's model was fitted but without the order search: exact
    /// diffuse ML without the coefficients' covariance (`ARIMA.fitWithoutCovariance`), the
    /// likelihood the search itself maximises. The bias correction's refits used R's
    /// κ = 10⁶ filter with a Hessian per fit, and were nearly all of the bootstrap's cost on
    /// seasonal models: 300 airline series of 201 months took the size harness over 20
    /// minutes with the steps as regressors, and 64 s this way.
    func fitOrders(_ residuals: [Double]) throws -> ARIMAModel {
        try model.spec.fitWithoutCovariance(residuals, xreg: shiftDesign, exactDiffuse: true)
    }

    /// The same process with the ARMA coefficients `c` (`[ar…, ma…, sar…, sma…]`), or nil
    /// when their AR part is not stationary (a path would explode).
    func with(coefficients c: [Double]) -> NullErrorProcess? {
        guard c.count == armaCount, c.allSatisfy(\.isFinite) else { return nil }
        let e = ErrorModelBiasCorrection.expand(c, spec: model.spec)
        guard ErrorModelBiasCorrection.isStationary(e.phi) else { return nil }
        var copy = self
        copy.phi = e.phi
        copy.theta = e.theta
        return copy
    }

    /// The ARMA coefficients of the error model's orders refitted to `residuals` (NaN =
    /// missing), as the data's were but without the order search: the re-estimation in
    /// each replicate.
    func refit(_ residuals: [Double]) -> [Double]? {
        let m = armaCount
        guard m > 0, let c = try? fitOrders(residuals).coefficients,
              c.count >= m else { return nil }
        return Array(c.prefix(m))
    }

    /// The innovations filter of the (bias-corrected) model, for GLS statistics. The filter
    /// divides by `θ(B)`, so it needs an invertible MA part: a bias correction that pushed
    /// `θ` across the unit circle falls back to the fitted `θ`, shrunk towards zero if
    /// even that is not invertible (a unit MA root from the likelihood's pile-up).
    var filter: ErrorFilter {
        func invertible(_ t: [Double]) -> Bool { ErrorModelBiasCorrection.isStationary(t.map { -$0 }) }
        var ma = invertible(theta) ? theta : model.theta
        var shrink = 0
        while !invertible(ma), shrink < 50 {
            ma = ma.enumerated().map { $0.element * pow(0.98, Double($0.offset + 1)) }
            shrink += 1
        }
        return ErrorFilter(delta: model.delta, phi: phi, theta: invertible(ma) ? ma : [])
    }

    /// One error path of `count` values into `out` (resized as needed).
    ///
    /// - Complexity: O((count + burn-in)·(p + q)), no allocation once `scratch` has grown.
    func simulate(count: Int, rng: inout RandomSource, into out: inout [Double], scratch: inout [Double]) {
        paths.simulate(count: count, rng: &rng, into: &out, scratch: &scratch)
    }
}
