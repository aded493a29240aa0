import ArgumentParser
import Forecaster

/// `--horizon` within `ForecastLimits`: at least 1, at most 10 000 periods, or 1200 when
/// annual totals need the H×H error covariance.
func validateHorizon(_ horizon: Int, annual: Bool) throws {
    guard horizon >= 1 else { throw ValidationError("--horizon must be at least 1, got \(horizon)") }
    let limit = annual ? ForecastLimits.maxCovarianceHorizon : ForecastLimits.maxHorizon
    guard horizon <= limit else {
        throw ValidationError("--horizon must be at most \(limit)\(annual ? " with annual totals" : "") (got \(horizon))")
    }
}
