import AlmanacNumerics

/// The forecast of a sum over forecast steps — a next-year total — with its own interval.
///
/// The total of steps `S` has mean `Σ_{h∈S} μ_h` and error variance `1ᵀ Σ_S 1`, the sum of
/// every entry of the forecast-error covariance restricted to `S`: the errors of
/// neighbouring months are positively correlated, so adding monthly bounds (or monthly
/// variances) misstates the uncertainty of the total. Bounds are normal:
/// `total ± z · √(1ᵀΣ_S 1)`, plus any already-observed part `known`, which has no error.
public struct HorizonSum: Sendable, Codable, Equatable {
    /// The steps (0-based horizon indices) summed.
    public var steps: [Int]
    /// Observed values added to the total (e.g. the months of the current year already known).
    public var known: Double
    public var total: Double
    public var standardError: Double
    public var levels: [Double]
    public var lower: [Double]
    public var upper: [Double]

    /// - Throws: `ForecasterError.invalidOption` when the forecast has no error covariance
    ///   or a step is outside the horizon.
    /// - Complexity: O(|S|²).
    public init(_ forecast: Forecast, steps: [Int], known: Double = 0) throws {
        guard let cov = forecast.errorCovariance else {
            throw ForecasterError.invalidOption("model \(forecast.model) gives no forecast-error covariance; totals need one")
        }
        guard steps.allSatisfy({ $0 >= 0 && $0 < forecast.horizon }) else {
            throw ForecasterError.invalidOption("steps \(steps) outside the forecast horizon \(forecast.horizon)")
        }
        var mean = known, variance = 0.0
        for i in steps {
            mean += forecast.mean[i]
            for j in steps { variance += cov[i, j] }
        }
        let se = max(variance, 0).squareRoot()
        var lower: [Double] = [], upper: [Double] = []
        for level in forecast.levels {
            let z = try Normal.quantile(0.5 + level / 200)
            lower.append(mean - z * se)
            upper.append(mean + z * se)
        }
        self.steps = steps
        self.known = known
        self.total = mean
        self.standardError = se
        self.levels = forecast.levels
        self.lower = lower
        self.upper = upper
    }
}

extension HorizonSum {
    /// A total whose bounds come from elsewhere (e.g. the quantiles of simulated paths).
    public init(steps: [Int], known: Double, total: Double, standardError: Double, levels: [Double],
                lower: [Double], upper: [Double]) {
        self.steps = steps
        self.known = known
        self.total = total
        self.standardError = standardError
        self.levels = levels
        self.lower = lower
        self.upper = upper
    }
}
