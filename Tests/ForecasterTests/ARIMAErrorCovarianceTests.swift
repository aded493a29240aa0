import Foundation
import AlmanacNumerics
import Testing
import TestSupport
@testable import Forecaster

/// SplitMix64-seeded xoshiro256** with Box–Muller normals: a deterministic generator
/// for the simulation check.
struct TestRNG {
    var s: (UInt64, UInt64, UInt64, UInt64)
    init(seed: UInt64) {
        var z = seed
        func next() -> UInt64 {
            z &+= 0x9E3779B97F4A7C15
            var x = z
            x = (x ^ (x >> 30)) &* 0xBF58476D1CE4E5B9
            x = (x ^ (x >> 27)) &* 0x94D049BB133111EB
            return x ^ (x >> 31)
        }
        s = (next(), next(), next(), next())
    }
    mutating func nextUInt() -> UInt64 {
        let result = ((s.1 &* 5) << 7 | (s.1 &* 5) >> 57) &* 9
        let t = s.1 << 17
        s.2 ^= s.0; s.3 ^= s.1; s.1 ^= s.2; s.0 ^= s.3; s.2 ^= t
        s.3 = (s.3 << 45) | (s.3 >> 19)
        return result
    }
    mutating func uniform() -> Double { (Double(nextUInt() >> 11) + 0.5) / 9007199254740992.0 }
    mutating func normal() -> Double {
        (-2 * log(uniform())).squareRoot() * cos(2 * Double.pi * uniform())
    }
}

@Suite struct ARIMAErrorCovarianceTests {
    /// Simulates 10,000 future paths of the fitted state-space model — the final state
    /// drawn from N(a_n, σ²P_n) via a symmetric square root, then αₜ₊₁ = Tαₜ + Rεₜ with
    /// T built densely from (φ, Δ) — and compares the variance of the 12-step total with
    /// 1ᵀΣ1 from `Forecast.errorCovariance`, within 4 Monte-Carlo standard errors; the
    /// sum of the marginal variances (which ignores the correlation) must be rejected.
    @Test(arguments: [1, 3, 27])
    func twelveMonthTotalMatchesSimulation(_ index: Int) throws {
        let all = try Fixtures.json([ARIMAParityCase].self, Fixtures.url("arima/parity.json"))
        let c = all[index]  // log AirPassengers, USAccDeaths, WWWusage with drift (make_parity.R)
        let m = try c.fit()
        let h = 12
        let f = try m.forecast(horizon: h, levels: [95])
        let sigma = try #require(f.errorCovariance)
        var total = 0.0
        for i in 0..<h { for j in 0..<h { total += sigma[i, j] } }
        var marginal = 0.0
        for i in 0..<h { marginal += sigma[i, i] }

        let p = m.phi.count, q = m.theta.count, r = max(p, q + 1), d = m.delta.count, rd = r + d
        var T = [Double](repeating: 0, count: rd * rd)  // column-major, as R's makeARIMA
        for i in 0..<p { T[i] = m.phi[i] }
        if r > 1 { for i in 1..<r { T[(i - 1) + rd * i] = 1 } }
        if d > 0 {
            let z = [1.0] + [Double](repeating: 0, count: r - 1) + m.delta
            for j in 0..<rd { T[r + rd * j] = z[j] }
            if d > 1 { for i in 2...d { T[(r + i - 1) + rd * (r + i - 2)] = 1 } }
        }
        let R = [1.0] + (0..<(r - 1)).map { $0 < q ? m.theta[$0] : 0 } + [Double](repeating: 0, count: d)
        let Z = [1.0] + [Double](repeating: 0, count: r - 1) + m.delta
        let eig = try Matrix(rows: rd, columns: rd, columnMajor: m.stateCovariance.map { $0 * m.sigma2 })
        let root = try symmetricSquareRoot(eig)
        let s = m.sigma2.squareRoot()
        var rng = TestRNG(seed: 20260101 + UInt64(index))
        let paths = 10_000
        var sums = [Double](repeating: 0, count: paths)
        var alpha = [Double](repeating: 0, count: rd), next = alpha, xi = alpha
        for k in 0..<paths {
            for i in 0..<rd { xi[i] = rng.normal() }
            for i in 0..<rd {
                var v = m.stateMean[i]
                for j in 0..<rd { v += root[i + rd * j] * xi[j] }
                alpha[i] = v
            }
            var acc = 0.0
            for _ in 0..<h {
                let e = s * rng.normal()
                for i in 0..<rd {
                    var v = R[i] * e
                    for j in 0..<rd { v += T[i + rd * j] * alpha[j] }
                    next[i] = v
                }
                alpha = next
                var y = 0.0
                for i in 0..<rd { y += Z[i] * alpha[i] }
                acc += y
            }
            sums[k] = acc
        }
        let mean = sums.reduce(0, +) / Double(paths)
        let variance = sums.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(paths - 1)
        let mcSE = total * (2.0 / Double(paths - 1)).squareRoot()
        #expect(abs(variance - total) < 4 * mcSE, "\(c.name): simulated \(variance) vs 1ᵀΣ1 \(total) (±\(mcSE))")
        #expect(abs(variance - marginal) > 4 * mcSE, "\(c.name): marginal sum \(marginal) not rejected")
        // The simulated error-process paths average to the state forecasts (the regression
        // part, e.g. drift, is deterministic and left out of both).
        let meanTotal = m.kalmanForecast(h).mean.reduce(0, +)
        #expect(abs(mean - meanTotal) < 4 * (total / Double(paths)).squareRoot(), "\(c.name) mean \(mean) vs \(meanTotal)")
    }

    /// Square root by the symmetric eigendecomposition (negative round-off eigenvalues → 0).
    func symmetricSquareRoot(_ a: Matrix) throws -> [Double] {
        let n = a.rows
        var w = a.storage
        // Jacobi eigenvalue iteration: small matrices only.
        var v = [Double](repeating: 0, count: n * n)
        for i in 0..<n { v[i + n * i] = 1 }
        for _ in 0..<100 {
            var off = 0.0
            for i in 0..<n { for j in 0..<n where i != j { off += w[i + n * j] * w[i + n * j] } }
            if off < 1e-30 { break }
            for p in 0..<n { for q in (p + 1)..<n where q < n {
                let apq = w[p + n * q]
                if abs(apq) < 1e-300 { continue }
                let theta = (w[q + n * q] - w[p + n * p]) / (2 * apq)
                let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                let c = 1 / (t * t + 1).squareRoot(), s = t * c
                for k in 0..<n {
                    let akp = w[k + n * p], akq = w[k + n * q]
                    w[k + n * p] = c * akp - s * akq; w[k + n * q] = s * akp + c * akq
                }
                for k in 0..<n {
                    let apk = w[p + n * k], aqk = w[q + n * k]
                    w[p + n * k] = c * apk - s * aqk; w[q + n * k] = s * apk + c * aqk
                }
                for k in 0..<n {
                    let vkp = v[k + n * p], vkq = v[k + n * q]
                    v[k + n * p] = c * vkp - s * vkq; v[k + n * q] = s * vkp + c * vkq
                }
            } }
        }
        var out = [Double](repeating: 0, count: n * n)
        for k in 0..<n {
            let lam = max(0, w[k + n * k]).squareRoot()
            for i in 0..<n { for j in 0..<n { out[i + n * j] += v[i + n * k] * lam * v[j + n * k] } }
        }
        return out
    }
}
