/// What the break tests assume about the regression errors, and so where their p-values
/// come from.
///
/// strucchange's and sandwich's reference distributions (Andrews' supF tables, the
/// Brownian-bridge boundaries of CUSUM/MOSUM, the F distribution of Chow's test) assume
/// independent errors. Monthly turnover never has them: with AR(1) errors at φ = 0.8 the
/// OLS-CUSUM test rejects a true null 90% of the time at a nominal 5%
/// (`Benchmarks/breaks/size-power/RESULTS.md`).
public enum ErrorAssumption: String, Sendable, Codable, CaseIterable {
    /// Independent errors: strucchange's and sandwich's p-values, unchanged (parity mode).
    case iid
    /// Serially correlated errors: the statistics stay strucchange's, their p-values come
    /// from a parametric bootstrap of the null model with (seasonal) ARIMA errors chosen by
    /// AICc, autoregressive in the regular part (`NullErrorProcess`, `NullBootstrap`).
    case arima
}
