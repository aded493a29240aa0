import Foundation

/// Elementwise and structural transforms of a series' values (`[Double]`, NaN = missing).
/// Differencing, lags and moving averages are in extensions beside this file; Box–Cox is
/// ``BoxCox``.
public enum Transforms {
    /// Natural logarithm of each value (non-positive values give NaN / −∞: check positivity
    /// first with ``SeriesRequirements``).
    public static func log(_ x: [Double]) -> [Double] { x.map(naturalLog) }

    /// The inverse of ``log(_:)``.
    public static func exp(_ x: [Double]) -> [Double] { x.map(exponential) }
}

// File-scope wrappers: inside `Transforms`, `log`/`exp` name the static members.
private func naturalLog(_ x: Double) -> Double { log(x) }
private func exponential(_ x: Double) -> Double { exp(x) }
