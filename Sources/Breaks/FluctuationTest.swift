import AlmanacNumerics
import Foundation

extension EmpiricalFluctuation {
    /// strucchange's process statistic with the `max` functional, as `sctest.efp` computes
    /// it: the starting value of a CUSUM is dropped, the Rec-CUSUM is divided by its
    /// linear boundary shape `1 + 2t` (t = j/n), and the maximum absolute value is taken.
    public var statistic: Double {
        var x = process
        if limit != .brownianBridgeIncrements { x.removeFirst() }
        let m = Double(x.count)
        var stat = 0.0
        for (i, v) in x.enumerated() {
            let scaled = limit == .brownianMotion ? v / (1 + 2 * Double(i + 1) / m) : v
            stat = max(stat, abs(scaled))
        }
        return stat
    }

    /// The fluctuation test (`sctest(efp)`): statistic and its p-value from
    /// `FluctuationPValue`.
    public func test() -> BreakTestResult {
        let names: [Kind: (String, String)] = [
            .olsCUSUM: ("OLS-based CUSUM test", "S0"),
            .recursiveCUSUM: ("Recursive CUSUM test", "S"),
            .olsMOSUM: ("OLS-based MOSUM test", "M0"),
        ]
        let s = statistic
        let (method, name) = names[kind] ?? (kind.rawValue, "f(efp)")
        return BreakTestResult(method: method, statisticName: name, statistic: s,
                               pValue: FluctuationPValue.pValue(s, limit: limit, bandwidth: bandwidth ?? 0))
    }

    /// The level-`alpha` boundary of the process (`boundary(efp)`), one value per process
    /// point: the critical value `c` solving `p(c) = alpha` on `[0, 20]` by Brent's method,
    /// then `c·(1 + 2t)` (t = 0…1 along the process) for the Rec-CUSUM and `c` otherwise.
    ///
    /// - Throws: `BreaksError.invalidInput` when `alpha` is not in (0, 1) or no critical
    ///   value exists in `[0, 20]`.
    public func boundary(alpha: Double = 0.05) throws -> [Double] {
        guard alpha > 0, alpha < 1 else { throw BreaksError.invalidInput("alpha = \(alpha)") }
        let lim = limit, bw = bandwidth ?? 0
        guard let c = (try? Brent.root(lower: 0, upper: 20) { FluctuationPValue.pValue($0, limit: lim, bandwidth: bw) - alpha })?.root else {
            throw BreaksError.invalidInput("no critical value for alpha = \(alpha)")
        }
        let n = process.count
        if lim == .brownianMotion {
            return (0..<n).map { c + 2 * c * Double($0) / Double(n - 1) }
        }
        return [Double](repeating: c, count: n)
    }
}
