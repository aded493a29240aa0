/// The outcome of a structural-change test (R's `htest` for `sctest`).
public struct BreakTestResult: Sendable, Codable, Equatable {
    /// What was tested, in strucchange's words (e.g. "supF test", "OLS-based CUSUM test").
    public let method: String
    /// Name of the statistic as strucchange prints it (`sup.F`, `S0`, `M0`, `F`, …).
    public let statisticName: String
    /// The test statistic.
    public let statistic: Double
    /// Its p-value.
    public let pValue: Double

    public init(method: String, statisticName: String, statistic: Double, pValue: Double) {
        self.method = method
        self.statisticName = statisticName
        self.statistic = statistic
        self.pValue = pValue
    }
}
