import Foundation
import Forecaster
import AlmanacNumerics

/// Intervention analysis (Box & Tiao 1975): regression with (seasonal) ARIMA errors on step,
/// pulse and ramp regressors at event dates,
///
/// `yₜ = Σᵢ ωᵢ xᵢₜ + zₜᵀγ + ηₜ`,  `φ(B)Φ(Bᵐ)(1−B)ᵈ(1−Bᵐ)ᴰ ηₜ = θ(B)Θ(Bᵐ) εₜ`,
///
/// where `xᵢ` are the intervention regressors (`Intervention`) and `z` optional further
/// regressors. The orders are given or chosen by auto-ARIMA on the series *with* the
/// regressors (`auto.arima(y, xreg = X)`), so the differencing and ARMA orders describe the
/// noise after the interventions. Each effect `ωᵢ` is reported with its standard error from
/// the ML fit's Hessian (`InterventionEffect`), and all of them are tested jointly by the
/// likelihood ratio against the *same* ARIMA orders without the intervention regressors:
/// `LR = 2 (ℓ₁ − ℓ₀) ~ χ²(k)` with `k` the number of intervention regressors.
///
/// Keeping the orders fixed makes the two models nested; re-running auto-ARIMA without the
/// regressors would let an unmodelled level shift masquerade as extra differencing.
///
/// With `bootstrap > 0` the LR test's p-value comes from a parametric bootstrap of the null
/// model instead of χ²(k) (`InterventionBootstrap`; the χ² value stays in `chiSquaredPValue`).
public struct InterventionAnalysis: Sendable, Codable, Equatable {
    /// The fit with the intervention regressors.
    public var model: ARIMAModel
    /// The fit at the same orders (and mean/drift) without them.
    public var nullModel: ARIMAModel
    public var effects: [InterventionEffect]
    /// `2 (ℓ₁ − ℓ₀)`, floored at 0 (an optimiser can end a hair below the nested optimum).
    public var likelihoodRatio: Double
    public var degreesOfFreedom: Int
    /// The LR test's p-value: the bootstrap's when `bootstrapReplications > 0`, else χ²(k)'s.
    public var pValue: Double
    /// The χ²(k) p-value of `likelihoodRatio`.
    public var chiSquaredPValue: Double
    /// Replicates behind a bootstrap `pValue` (0: the χ² reference).
    public var bootstrapReplications: Int
    /// True when the orders came from auto-ARIMA.
    public var ordersChosenAutomatically: Bool

    /// Fits the intervention model and its null model.
    ///
    /// - Parameters:
    ///   - y: the series (NaN = missing), on the scale to be modelled (take logs first for
    ///     percentage effects).
    ///   - period: seasonal period (1 for none).
    ///   - interventions: the regressors, 0-based positions in `y`.
    ///   - orders: the ARIMA specification; `nil` chooses it with `search`.
    ///   - search: the auto-ARIMA settings used when `orders` is nil.
    ///   - regressors: further regressors (n × k) kept in both models, with `regressorNames`.
    ///   - regressorNames: labels of the `regressors` columns.
    ///   - level: interval level as a fraction.
    ///   - bootstrap: replicates of the LR test's parametric bootstrap (0: the χ²(k) reference).
    ///   - seed: the bootstrap's seed.
    /// - Throws: `ImpactError.invalidInput` for no interventions, an index outside the sample,
    ///   mismatched regressors, a bad level or a negative `bootstrap`; `ForecasterError` when a fit fails.
    /// - Complexity: one auto-ARIMA search (when `orders` is nil) plus two ARIMA fits, and
    ///   `2·bootstrap + 2` more with the bootstrap.
    public static func fit(_ y: [Double], period: Int, interventions: [Intervention], orders: ARIMA? = nil,
                           search: AutoARIMA = AutoARIMA(), regressors: Matrix? = nil,
                           regressorNames: [String]? = nil, level: Double = 0.95,
                           bootstrap: Int = 0, seed: UInt64 = 20_240_601) throws -> InterventionAnalysis {
        let n = y.count
        guard !interventions.isEmpty else { throw ImpactError.invalidInput("no intervention regressors given") }
        guard level > 0, level < 1 else { throw ImpactError.invalidInput("confidence level \(level) outside (0, 1)") }
        guard bootstrap >= 0 else { throw ImpactError.invalidInput("\(bootstrap) bootstrap replications") }
        let design: Matrix
        do { design = try Intervention.design(interventions, count: n) } catch {
            throw ImpactError.dateOutsideSample("an intervention falls outside the \(n) observations")
        }
        var columns = (0..<design.columns).map { design.column($0) }
        var names = interventions.map(\.name)
        var extraNames: [String] = []
        if let z = regressors {
            guard z.rows == n else {
                throw ImpactError.invalidInput("regressors have \(z.rows) rows but the series has \(n)")
            }
            extraNames = (0..<z.columns).map { j in
                if let r = regressorNames, j < r.count { return r[j] }
                return "x\(j + 1)"
            }
            columns += (0..<z.columns).map { z.column($0) }
            names += extraNames
        }
        let xreg = try Matrix(columns: columns)
        let model: ARIMAModel
        if let orders {
            model = try orders.fit(y, xreg: xreg, xregNames: names)
        } else {
            let chosen = try search.fit(y, period: period, xreg: xreg)
            // Refit at the chosen orders with our column names (auto-ARIMA names them xreg1…).
            // R's arithmetic can fail near the invertibility boundary where the search's
            // exact-diffuse fit did not (about 5% of no-effect seasonal AR series in the size
            // harness): then the search's own fit, with our names, is the model.
            if let refit = try? chosen.spec.fit(y, xreg: xreg, xregNames: names) {
                model = refit
            } else {
                var renamed = chosen
                let k = chosen.coefficientNames.count - names.count
                for (i, name) in names.enumerated() where k + i >= 0 { renamed.coefficientNames[k + i] = name }
                model = renamed
            }
        }
        // The null model keeps the orders, mean/drift and any further regressors.
        var nullSpec = model.spec
        nullSpec.includeMean = model.coefficientNames.contains("intercept")
        nullSpec.includeDrift = model.coefficientNames.contains("drift")
        // Only its likelihood enters the test: no Hessian, which can fail near the
        // invertibility boundary (5% of no-effect AR(1) series in the size harness).
        func fitNull(exactDiffuse: Bool) throws -> ARIMAModel {
            if let z = regressors { return try nullSpec.fitWithoutCovariance(y, xreg: z, xregNames: extraNames, exactDiffuse: exactDiffuse) }
            return try nullSpec.fitWithoutCovariance(y, exactDiffuse: exactDiffuse)
        }
        let nullModel: ARIMAModel
        do { nullModel = try fitNull(exactDiffuse: false) } catch { nullModel = try fitNull(exactDiffuse: true) }
        let se = model.standardErrors
        var effects: [InterventionEffect] = []
        for (i, iv) in interventions.enumerated() {
            guard let k = model.coefficientNames.firstIndex(of: names[i]) else {
                throw ImpactError.invalidInput("the fit dropped the regressor \(names[i]) (constant or collinear)")
            }
            effects.append(try InterventionEffect(intervention: iv, name: names[i], estimate: model.coefficients[k],
                                                  standardError: se[k], level: level))
        }
        let lr = max(0, 2 * (model.logLikelihood - nullModel.logLikelihood))
        let df = interventions.count
        let p = try ChiSquared(df: Double(df)).sf(lr)
        var pValue = p, replications = 0
        if bootstrap > 0, let b = InterventionBootstrap.pValue(nullModel: nullModel, y: y, xreg: xreg,
                                                                controls: regressors, replications: bootstrap, seed: seed) {
            pValue = b.pValue
            replications = b.replications
        }
        return InterventionAnalysis(model: model, nullModel: nullModel, effects: effects, likelihoodRatio: lr,
                                    degreesOfFreedom: df, pValue: pValue, chiSquaredPValue: p,
                                    bootstrapReplications: replications, ordersChosenAutomatically: orders == nil)
    }
}
