import Foundation
import AlmanacNumerics

/// Empirical fluctuation processes of residuals (strucchange's `efp`; Kuan & Hornik 1995,
/// Ploberger & Krämer 1992, Brown, Durbin & Evans 1975, Chu, Hornik & Kuan 1995).
///
/// - OLS-CUSUM: `W⁰(t) = Σ_{s≤t} ûₛ / (σ̂√n)`, `t = 0…n`, with OLS residuals `û` and
///   `σ̂² = Σ(ûₛ − ū)²/(n − k)`; limit: Brownian bridge.
/// - Rec-CUSUM: `W(t) = Σ_{s≤t} wₛ / (σ̃√(n − k))` over the recursive residuals `w`, with
///   `σ̃` their standard deviation; limit: Brownian motion.
/// - OLS-MOSUM: `M⁰(t) = Σ_{s=t+1}^{t+⌊nh⌋} ûₛ / (σ̂√n)`, `t = 0…n − ⌊nh⌋`; limit: increments
///   of a Brownian bridge.
public struct EmpiricalFluctuation: Sendable, Codable, Equatable {
    /// The processes implemented.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case olsCUSUM = "OLS-CUSUM"
        case recursiveCUSUM = "Rec-CUSUM"
        case olsMOSUM = "OLS-MOSUM"
    }

    /// The limiting process the boundaries and p-values refer to.
    public enum Limit: String, Sendable, Codable {
        case brownianBridge = "Brownian bridge"
        case brownianMotion = "Brownian motion"
        case brownianBridgeIncrements = "Brownian bridge increments"
    }

    public let kind: Kind
    /// The process values.
    public let process: [Double]
    /// For each process value, the 1-based number of the last observation it covers
    /// (0 for the starting value of a CUSUM); the MOSUM value is placed at the window's
    /// centre as strucchange's time axis does, `t + ⌊nh⌋ − ⌊0.5 + ⌊nh⌋/2⌋`.
    public let observationNumbers: [Int]
    /// The MOSUM bandwidth `h` (a fraction of `n`), `nil` for CUSUMs.
    public let bandwidth: Double?
    /// Number of observations `n`.
    public let count: Int
    /// Number of regressors `k`.
    public let regressorCount: Int
    /// Source-series positions (0-based) of each row, for attaching dates.
    public let observationIndex: [Int]

    public var limit: Limit {
        switch kind {
        case .olsCUSUM: return .brownianBridge
        case .recursiveCUSUM: return .brownianMotion
        case .olsMOSUM: return .brownianBridgeIncrements
        }
    }

    /// Computes the process.
    ///
    /// - Parameters:
    ///   - regression: the model whose residuals the process accumulates.
    ///   - kind: OLS-CUSUM, Rec-CUSUM or OLS-MOSUM (strucchange's `efp` `type`).
    ///   - h: MOSUM bandwidth as a fraction of `n` (strucchange's default 0.15); ignored
    ///     by the CUSUMs.
    /// - Throws: `BreaksError.segmentTooShort` when `n ≤ k + 1`; `BreaksError.invalidInput`
    ///   when the MOSUM window `⌊nh⌋` is empty or longer than the sample, or the residual
    ///   variance is zero; Numerics errors from the OLS fit.
    /// - Complexity: O(n·k²).
    public init(_ regression: BreakRegression, kind: Kind, h: Double = 0.15) throws {
        let n = regression.count, k = regression.regressorCount
        guard n > k + 1 else {
            throw BreaksError.segmentTooShort("\(n) observations for \(k) coefficients")
        }
        var bandwidth: Double? = nil
        switch kind {
        case .recursiveCUSUM:
            let w = try RecursiveResiduals.compute(regression)
            let sigma = EmpiricalFluctuation.standardDeviation(w, df: Double(w.count - 1))
            guard sigma > 0 else { throw BreaksError.invalidInput("recursive residuals have zero variance") }
            let scale = 1 / (sigma * Double(n - k).squareRoot())
            process = EmpiricalFluctuation.cumulative(w, scale: scale)
            observationNumbers = Array(k...n)
        case .olsCUSUM, .olsMOSUM:
            let fit = try LinearRegression(y: regression.y, x: regression.x)
            let e = fit.residuals
            let sigma = EmpiricalFluctuation.standardDeviation(e, df: Double(fit.residualDF))
            guard sigma > 0 else { throw BreaksError.invalidInput("OLS residuals have zero variance") }
            let cusum = EmpiricalFluctuation.cumulative(e, scale: 1 / (sigma * Double(n).squareRoot()))
            if kind == .olsCUSUM {
                process = cusum
                observationNumbers = Array(0...n)
            } else {
                guard h > 0, h <= 1 else {
                    throw BreaksError.invalidInput("MOSUM bandwidth h = \(h) is not in (0, 1]")
                }
                let nh = Int((Double(n) * h).rounded(.down))
                guard nh >= 1 else {
                    throw BreaksError.invalidInput("MOSUM window ⌊\(n)·\(h)⌋ = \(nh) observations")
                }
                process = (0...(n - nh)).map { cusum[$0 + nh] - cusum[$0] }
                let shift = nh - Int((0.5 + Double(nh) / 2).rounded(.down))
                observationNumbers = (0...(n - nh)).map { $0 + 1 + shift }
                bandwidth = h
            }
        }
        self.kind = kind
        self.bandwidth = bandwidth
        self.count = n
        self.regressorCount = k
        self.observationIndex = regression.observationIndex
    }

    /// `sd(x)·√((len − 1)/df)` as strucchange's `sdev`: deviations from the mean over `df`.
    static func standardDeviation(_ x: [Double], df: Double) -> Double {
        let mean = x.reduce(0, +) / Double(x.count)
        var s = 0.0
        for v in x { s += (v - mean) * (v - mean) }
        return (s / df).squareRoot()
    }

    /// `cumsum(c(0, x)) · scale`.
    static func cumulative(_ x: [Double], scale: Double) -> [Double] {
        var out = [Double](repeating: 0, count: x.count + 1)
        var s = 0.0
        for (i, v) in x.enumerated() { s += v; out[i + 1] = s * scale }
        return out
    }
}
