import AlmanacNumerics

/// Intervention regressors for regression with ARIMA errors (Box & Tiao 1975), e.g. a
/// sanction date at 0-based index `at` in a series of length `n`:
///
/// - step:  `xₜ = 1` for `t ≥ at`, else 0 (a permanent level shift);
/// - pulse: `xₜ = 1` for `t = at`, else 0 (a one-off effect);
/// - ramp:  `xₜ = t − at + 1` for `t ≥ at`, else 0 (a change of slope from `at`).
///
/// `future(horizon:)` continues a regressor beyond the sample for forecasting.
public enum Intervention: Sendable, Codable, Equatable {
    case step(at: Int)
    case pulse(at: Int)
    case ramp(at: Int)

    /// Value at 0-based time `t`.
    public func value(at t: Int) -> Double {
        switch self {
        case .step(let at): return t >= at ? 1 : 0
        case .pulse(let at): return t == at ? 1 : 0
        case .ramp(let at): return t >= at ? Double(t - at + 1) : 0
        }
    }

    /// Values for `t = 0..<n`.
    public func values(count n: Int) -> [Double] { (0..<max(n, 0)).map { value(at: $0) } }

    /// Values for `t = n..<n+horizon`, the continuation after a sample of length `n`.
    public func future(after n: Int, horizon: Int) -> [Double] { (0..<max(horizon, 0)).map { value(at: n + $0) } }

    /// A short column name: "step28", "pulse42", "ramp39".
    public var name: String {
        switch self {
        case .step(let at): return "step\(at)"
        case .pulse(let at): return "pulse\(at)"
        case .ramp(let at): return "ramp\(at)"
        }
    }

    /// The n×k design of several interventions (columns in the given order).
    ///
    /// - Throws: `ForecasterError.invalidArgument` when an index lies outside `0..<n`.
    public static func design(_ list: [Intervention], count n: Int) throws -> Matrix {
        for iv in list {
            let at: Int
            switch iv { case .step(let a), .pulse(let a), .ramp(let a): at = a }
            guard at >= 0 && at < n else {
                throw ForecasterError.invalidArgument("intervention index \(at) outside 0..<\(n)")
            }
        }
        return try Matrix(columns: list.map { $0.values(count: n) })
    }

    /// Future values (horizon × k) of several interventions after a sample of length `n`.
    public static func futureDesign(_ list: [Intervention], after n: Int, horizon: Int) throws -> Matrix {
        try Matrix(columns: list.map { $0.future(after: n, horizon: horizon) })
    }
}
