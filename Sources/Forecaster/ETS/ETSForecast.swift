import Foundation
import AlmanacNumerics

extension ETSModel {
    /// Point forecasts and prediction intervals, as R `forecast.ets` (`simulate = FALSE`).
    ///
    /// - Class 1 (A,N/A/Ad,N/A), class 2 (M,N/A/Ad,N/A), class 3 (M,N/A/Ad,M): analytic
    ///   means and variances (R `class1/2/3`); intervals `μ_h ± z·√v_h`. For ETS(A,N,A) and
    ///   ETS(M,N,A) we place γ on the newest seasonal state where R's `class1` misplaces it
    ///   (bounds differ from R by ≤ 2·10⁻⁴ relative; see `ETSVariance.class1`). The class-3 mean
    ///   carries R's σ² correction, so it differs slightly from the state-space point forecast.
    /// - Other forms (multiplicative trends, unrestricted combinations): the mean is the
    ///   point forecast and the bounds are type-8 quantiles of `paths` simulated paths
    ///   (seeded, so deterministic; R uses its global RNG, so its bounds differ by Monte
    ///   Carlo noise).
    ///
    /// `errorCovariance` (H × H) is exact for class 1: `Σ_ij = σ² Σ_{k=1}^{min(i,j)} c_{i−k} c_{j−k}`
    /// with `c₀ = 1` and ψ-weights `c_j = H F^{j−1} G`. For classes 2 and 3 it is the sample
    /// correlation of simulated paths rescaled to the analytic variances; otherwise the
    /// sample covariance of the paths.
    ///
    /// - Parameters:
    ///   - h: steps ahead (`horizon:`; R's default is 2m for seasonal data, 10 otherwise).
    ///   - levels: interval levels in percent, each in (0, 100); returned sorted as R does.
    ///   - paths: number of simulated paths where simulation is needed (R default 5000).
    ///   - seed: seed of the path generator.
    ///   - covariance: whether to compute `errorCovariance`.
    /// - Throws: `ETSError.invalidHorizon`, `.invalidLevel`, `.multiplicativeTrendFailure`.
    /// - Complexity: O(h·p) class 1, O(h²) class 2, O(h·(2m)³) class 3, plus O(paths·h)
    ///   when paths are simulated.
    public func forecast(horizon h: Int, levels: [Double] = [80, 95], paths: Int = 5000,
                         seed: UInt64 = 20_240_601, covariance: Bool = true) throws -> Forecast {
        try forecast(horizon: h, levels: levels, paths: paths, seed: seed, covariance: covariance,
                     gammaSlotAsR: false)
    }

    /// `gammaSlotAsR` reproduces R's class-1/2 γ placement (see `ETSVariance.class1`).
    func forecast(horizon h: Int, levels: [Double], paths: Int, seed: UInt64, covariance: Bool,
                  gammaSlotAsR: Bool) throws -> Forecast {
        guard h >= 1 else { throw ETSError.invalidHorizon(h) }
        for l in levels where !(l > 0 && l < 100) { throw ETSError.invalidLevel(l) }
        let levels = levels.sorted()
        let form = ETSRecursion.Form(spec)
        let sigma = sigma2.squareRoot()
        let pathCount = max(paths, 2)
        let needPaths = spec.varianceClass == nil || (covariance && spec.varianceClass != 1 && sigma2 > 0)
        var sample: [Double] = []
        if needPaths {
            sample = [Double](repeating: 0, count: pathCount * h)
            var random = RandomSource(seed: seed)
            let ring = UnsafeMutablePointer<Double>.allocate(capacity: max(period, 1))
            defer { ring.deallocate() }
            sample.withUnsafeMutableBufferPointer { buf in
                ETSRecursion.simulate(state: finalState, m: period, form: form, par: smoothing, sigma: sigma,
                                      horizon: h, paths: pathCount, random: &random, ring: ring,
                                      out: buf.baseAddress!)
            }
        }
        var mean: [Double]
        var lower = [[Double]](repeating: [Double](repeating: 0, count: h), count: levels.count)
        var upper = lower
        var cov: Matrix? = nil
        if let cls = spec.varianceClass {
            let moments: ETSVariance.Moments
            switch cls {
            case 1: moments = ETSVariance.class1(self, horizon: h, gammaSlotAsR: gammaSlotAsR)
            case 2: moments = ETSVariance.class2(self, horizon: h, gammaSlotAsR: gammaSlotAsR)
            default: moments = ETSVariance.class3(self, horizon: h)
            }
            mean = moments.mean
            for (k, level) in levels.enumerated() {
                let z = try abs(Normal.quantile((100 - level) / 200))
                for i in 0..<h {
                    let half = moments.variance[i].squareRoot() * z
                    lower[k][i] = mean[i] - half
                    upper[k][i] = mean[i] + half
                }
            }
            if covariance {
                if cls == 1 || sigma2 == 0 {
                    cov = Self.psiCovariance(psi: moments.psi, sigma2: sigma2, horizon: h)
                } else {
                    cov = Self.rescaled(ETSPathStatistics.covariance(sample, paths: pathCount, horizon: h),
                                        to: moments.variance)
                }
            }
        } else {
            mean = ETSRecursion.pointForecasts(state: finalState, m: period, form: form, phi: smoothing.phi,
                                               horizon: h)
            if mean.contains(where: { $0.isNaN }) { throw ETSError.multiplicativeTrendFailure }
            for i in 0..<h {
                var column = (0..<pathCount).map { sample[$0 * h + i] }.filter { !$0.isNaN }
                column.sort()
                for (k, level) in levels.enumerated() {
                    lower[k][i] = ETSPathStatistics.quantileType8(column, 0.5 - level / 200)
                    upper[k][i] = ETSPathStatistics.quantileType8(column, 0.5 + level / 200)
                }
            }
            if covariance { cov = ETSPathStatistics.covariance(sample, paths: pathCount, horizon: h) }
        }
        return Forecast(model: method, mean: mean, levels: levels, lower: lower, upper: upper, errorCovariance: cov)
    }

    /// Class-1 forecast-error covariance from the ψ-weights.
    static func psiCovariance(psi: [Double], sigma2: Double, horizon h: Int) -> Matrix {
        var out = Matrix(rows: h, columns: h)
        func c(_ j: Int) -> Double { j == 0 ? 1 : psi[j - 1] }
        for i in 0..<h {
            for j in i..<h {
                var s = 0.0
                for k in 0...i { s += c(i - k) * c(j - k) }
                out[i, j] = sigma2 * s
                out[j, i] = sigma2 * s
            }
        }
        return out
    }

    /// `D R D`: the correlation of `sample` with the analytic standard deviations `D`.
    static func rescaled(_ sample: Matrix, to variance: [Double]) -> Matrix {
        let h = variance.count
        var out = Matrix(rows: h, columns: h)
        for i in 0..<h {
            for j in 0..<h {
                let denom = (sample[i, i] * sample[j, j]).squareRoot()
                let r = denom > 0 ? sample[i, j] / denom : (i == j ? 1 : 0)
                out[i, j] = r * (variance[i] * variance[j]).squareRoot()
            }
        }
        return out
    }
}
