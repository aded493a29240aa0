import Foundation
import Forecaster
import AlmanacNumerics

/// The parametric bootstrap of the intervention likelihood-ratio test (Davison & Hinkley
/// 1997, §4.2 and ch. 8).
///
/// Under "no intervention effect" the series is the null model: the same ARIMA orders, mean,
/// drift and controls, without the intervention regressors. A replicate is generated from
/// that fit, its regression part plus an ARIMA error path (`ARIMAPathSimulator`: innovations
/// resampled from the null model's residuals, the observed first `d + sD` errors as start);
/// both models are refitted to it at the fixed orders (exact diffuse ML without the
/// coefficients' covariance), and its `LR* = 2(ℓ₁* − ℓ₀*)` is ranked against the data's, which
/// is recomputed by the same two fits. The p-value is `(1 + #{LR* ≥ LR})/(B + 1)`; a test at
/// level α rejects when it is at most α.
///
/// **Why.** `LR ~ χ²(k)` holds as the sample grows with the noise model known up to its
/// coefficients. On ten-year monthly series with AR(1) noise (φ = 0.5) around a fixed seasonal
/// pattern, auto-ARIMA's orders and their estimates leave the χ² test rejecting 7.6% of 1,000
/// no-effect series at 5% with the step 55 months before the end
/// (`Benchmarks/breaks/size-power/RESULTS.md`). Refitting both models on every replicate puts
/// the finite-sample behaviour of the estimates into the reference distribution. As for the
/// counterfactual's bootstrap, the orders are kept, not searched again.
enum InterventionBootstrap {
    /// The bootstrap p-value of the likelihood ratio.
    struct Result {
        var pValue: Double
        /// The data's `LR` from the same fits as the replicates'.
        var statistic: Double
        /// Replicates whose two refits succeeded, the `B` of the p-value.
        var replications: Int
    }

    /// - Parameters:
    ///   - nullModel: the fit without the intervention regressors (orders, mean, drift and
    ///     controls as the intervention model's).
    ///   - y: the series on the model scale (NaN = missing).
    ///   - xreg: the intervention model's regressors: the intervention columns, then `controls`'.
    ///   - controls: the further regressors of both models (n × m), or nil.
    ///   - replications: `B`.
    ///   - seed: replicate `r` draws from `RandomSource(seed ^ mix(r))`, so the result does not
    ///     depend on how the replicates are spread over cores.
    /// - Returns: nil when the data's two fits fail or fewer than half the replicates' do.
    /// - Complexity: `2B + 2` ARIMA fits of the whole series, spread over the cores.
    static func pValue(nullModel: ARIMAModel, y: [Double], xreg full: Matrix, controls: Matrix?,
                       replications: Int, seed: UInt64) -> Result? {
        let n = y.count
        guard replications > 0, full.rows == n else { return nil }
        var spec = nullModel.spec
        spec.includeMean = nullModel.coefficientNames.contains("intercept")
        spec.includeDrift = nullModel.coefficientNames.contains("drift")
        let nullSpec = spec
        @Sendable func ratio(_ series: [Double]) -> Double? {
            guard let m0 = try? nullSpec.fitWithoutCovariance(series, xreg: controls, exactDiffuse: true),
                  let m1 = try? nullSpec.fitWithoutCovariance(series, xreg: full, exactDiffuse: true) else { return nil }
            let lr = 2 * (m1.logLikelihood - m0.logLikelihood)
            return lr.isFinite ? max(0, lr) : nil
        }
        guard let observed = ratio(y) else { return nil }
        let mean = nullModel.regressionMean(from: 0, count: n, xreg: controls)
        let simulator = ARIMAPathSimulator(model: nullModel, observed: y, mean: mean)
        let slots = OrderedResults<Double>(count: replications)
        DispatchQueue.concurrentPerform(iterations: replications) { r in
            var rng = RandomSource(seed: seed ^ (UInt64(r + 1) &* 0xA24B_AED4_963E_E407))
            var path: [Double] = [], scratch: [Double] = []
            simulator.simulate(count: n, rng: &rng, into: &path, scratch: &scratch)
            let series = (0..<n).map { y[$0].isFinite ? mean[$0] + path[$0] : .nan }
            if let lr = ratio(series) { slots.set(r, lr) }
        }
        let done = slots.values
        guard done.count * 2 >= replications else { return nil }
        let exceed = done.filter { $0 >= observed }.count
        return Result(pValue: Double(1 + exceed) / Double(done.count + 1), statistic: observed,
                      replications: done.count)
    }
}
