/// Rolling-origin evaluation (time-series cross-validation): `windows` forecast origins,
/// `step` periods apart, the last ending exactly at the end of the data, each scored on
/// the `horizon` values after it.
public enum RollingOrigin {
    /// - Throws: `ForecasterError.tooShort` when the first origin would leave fewer than two
    ///   seasonal cycles (or 4 values) of history.
    public static func windows(_ y: [Double], period: Int, name: String, windows: Int, step: Int,
                               horizon: Int) throws -> [BenchmarkSeries] {
        guard windows >= 1, step >= 1, horizon >= 1 else {
            throw ForecasterError.invalidOption("rolling origin needs windows, step and horizon of at least 1")
        }
        // Huge windows × step must be a refusal, not an arithmetic-overflow trap.
        let (span, overflow) = (windows - 1).multipliedReportingOverflow(by: step)
        guard !overflow, span <= y.count, horizon <= y.count else {
            throw ForecasterError.invalidOption("rolling origin: \(windows) windows \(step) apart with horizon \(horizon) need more than the \(y.count) observations")
        }
        let lastOrigin = y.count - horizon
        let firstOrigin = lastOrigin - span
        let minimum = max(4, 2 * period)
        guard firstOrigin >= minimum else {
            throw ForecasterError.tooShort(model: "rolling origin", observations: y.count,
                                           needed: minimum + horizon + (windows - 1) * step)
        }
        return (0..<windows).map { k in
            let origin = firstOrigin + k * step
            return BenchmarkSeries(id: "\(name.isEmpty ? "series" : name)@\(origin)", train: Array(y[..<origin]),
                                   test: Array(y[origin..<(origin + horizon)]), period: period)
        }
    }
}
