/// The documented limits on what a forecast may ask for (README, "Limits"). Without them a
/// horizon of 2⁶³ − 1 overflows, 100 000 steps with an H×H error covariance allocate 80 GB,
/// and 10⁸ simulated paths allocate 45 GB.
public enum ForecastLimits {
    /// Longest horizon. Means and bounds cost time and memory linear in the horizon.
    public static let maxHorizon = 10_000
    /// Longest horizon when the H×H error covariance is built (`covariance: true`, as for
    /// calendar-year totals and impact analysis): 1200 steps = 100 years of months, 11 MB.
    public static let maxCovarianceHorizon = 1_200
    /// Most simulated paths (impact analysis on the log scale).
    public static let maxSimulations = 100_000

    /// Throws `ForecasterError.invalidOption` for a horizon outside the limits.
    public static func check(horizon: Int, covariance: Bool) throws {
        guard horizon >= 1 else { throw ForecasterError.invalidOption("horizon must be at least 1, got \(horizon)") }
        let limit = covariance ? maxCovarianceHorizon : maxHorizon
        guard horizon <= limit else {
            throw ForecasterError.invalidOption("horizon \(horizon) is beyond the limit of \(limit) periods\(covariance ? " when the error covariance is needed (annual totals, impact)" : "")")
        }
    }
}
