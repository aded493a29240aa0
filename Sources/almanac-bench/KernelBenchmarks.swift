import Breaks
import Forecaster
import Foundation
import AlmanacNumerics

/// `almanac-bench kernels`: the inner kernels of Almanac timed in isolation, each through
/// its public entry point (the likelihood recursions themselves are internal to Forecaster):
///
/// - ARIMA exact likelihood: `ARIMA(1,1,1)(0,1,1)[12]` with `method: .ml` and every
///   coefficient fixed (R's `arima(fixed = …)`), which evaluates the Kalman-filter
///   likelihood once at the given coefficients and then runs the filter once more for the
///   residuals, i.e. two filter passes plus model assembly, on log AirPassengers (n = 144).
///   The fixed coefficients are the ML estimates of a full fit, so the evaluation is at
///   the optimum. The full ML fit is timed next to it for scale.
/// - ETS likelihood: `ETS(M,A,M)` on AirPassengers with `maxEvaluations: 0`, which
///   evaluates R's `lik` once at the `ets()` starting values (heuristic initial states)
///   and then runs the filter once more for residuals and states. The full fit follows.
/// - OLS: `LinearRegression` (pivoted QR) on n = 1000, k = 5 (intercept + 4 N(0,1)
///   regressors from the seeded `RandomSource`).
/// - Bai–Perron: every row of the RSS triangle (`RSSTriangle.row`) at T = 1000, and the
///   whole `Breakpoints` estimation (h = 0.15) at T = 1000, for `y ~ 1` and `y ~ x1 + x2`
///   on the deterministic series of `BreaksBench` (rebuilt here from the same formula).
enum KernelBenchmarks {
    /// R `datasets::AirPassengers`, 1949-01 … 1960-12 (same as Datasets/reference/airpassengers.csv).
    static let airPassengers: [Double] = [
        112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118, 115, 126, 141, 135, 125, 149, 170, 170, 158, 133, 114, 140,
        145, 150, 178, 163, 172, 178, 199, 199, 184, 162, 146, 166, 171, 180, 193, 181, 183, 218, 230, 242, 209, 191, 172, 194,
        196, 196, 236, 235, 229, 243, 264, 272, 237, 211, 180, 201, 204, 188, 235, 227, 234, 264, 302, 293, 259, 229, 203, 229,
        242, 233, 267, 269, 270, 315, 364, 347, 312, 274, 237, 278, 284, 277, 317, 313, 318, 374, 413, 405, 355, 306, 271, 306,
        315, 301, 356, 348, 355, 422, 465, 467, 404, 347, 305, 336, 340, 318, 362, 348, 363, 435, 491, 505, 404, 359, 310, 337,
        360, 342, 406, 396, 420, 472, 548, 559, 463, 407, 362, 405, 417, 391, 419, 461, 472, 535, 622, 606, 508, 461, 390, 432,
    ]

    /// `frac(sin(a·t)·43758.5453)`, the deterministic pseudo-noise of `BreaksBench`
    /// (and of Benchmarks/breaks/bench.R).
    static func hash(_ t: Double, _ a: Double) -> Double {
        let v = Foundation.sin(t * a) * 43758.5453
        return v - Foundation.floor(v)
    }

    /// `y_t = 10 + 2·1(t > 0.6n) + x1_t + 4(u_t − ½)`, `x1_t = hash(t, 78.233)`, `x2_t = cos(t/7)`.
    static func breaksData(_ n: Int) -> (y: [Double], x1: [Double], x2: [Double]) {
        var y = [Double](), x1 = [Double](), x2 = [Double]()
        for i in 1...n {
            let t = Double(i)
            let a = hash(t, 78.233)
            x1.append(a)
            x2.append(Foundation.cos(t / 7))
            y.append(10 + (Double(i) > 0.6 * Double(n) ? 2 : 0) + a + 4 * (hash(t, 12.9898) - 0.5))
        }
        return (y, x1, x2)
    }

    /// Runs every kernel and returns a tab-separated table (one line per kernel) followed
    /// by the values the kernels computed, so a reader can check they did real work.
    ///
    /// - Complexity: dominated by `repetitions` full `Breakpoints` runs at T = 1000.
    static func run(warmup: Int = 3, repetitions: Int = 15) throws -> String {
        var timer = KernelTimer(warmup: warmup, repetitions: repetitions)
        var samples: [KernelTimer.Sample] = []
        var notes: [String] = []

        // ARIMA: the airline model on log AirPassengers.
        let logAP = airPassengers.map { Foundation.log($0) }
        let airline = ARIMA(p: 1, d: 1, q: 1, P: 0, D: 1, Q: 1, period: 12, method: .ml)
        let mle = try airline.fit(logAP)
        notes.append("ARIMA(1,1,1)(0,1,1)[12] ML on log AirPassengers: coef \(mle.coefficients.map { String(format: "%.6f", $0) }) loglik \(String(format: "%.4f", mle.logLikelihood))")
        samples.append(try timer.measure("ARIMA(1,1,1)(0,1,1)[12] exact likelihood, fixed coef (n=144)", inner: 200) {
            try airline.fit(logAP, fixed: mle.coefficients).logLikelihood
        })
        samples.append(try timer.measure("ARIMA(1,1,1)(0,1,1)[12] full ML fit (n=144)", inner: 5) {
            try airline.fit(logAP).logLikelihood
        })

        // ETS: multiplicative error, additive trend, multiplicative season.
        let mam = ETSSpec(error: .multiplicative, trend: .additive, season: .multiplicative)
        let once = try ETS.fit(airPassengers, period: 12, spec: mam, options: ETSOptions(maxEvaluations: 0))
        let full = try ETS.fit(airPassengers, period: 12, spec: mam)
        notes.append("ETS(M,A,M) on AirPassengers: loglik at start values \(String(format: "%.4f", once.logLikelihood ?? .nan)), at the MLE \(String(format: "%.4f", full.logLikelihood ?? .nan)) (alpha \(String(format: "%.4f", full.alpha)))")
        samples.append(try timer.measure("ETS(M,A,M) likelihood, one evaluation (n=144)", inner: 500) {
            try ETS.fit(airPassengers, period: 12, spec: mam, options: ETSOptions(maxEvaluations: 0)).logLikelihood ?? 0
        })
        samples.append(try timer.measure("ETS(M,A,M) full ML fit (n=144)", inner: 5) {
            try ETS.fit(airPassengers, period: 12, spec: mam).logLikelihood ?? 0
        })

        // OLS n = 1000, k = 5.
        var rng = RandomSource(seed: 20_260_101)
        let n = 1000
        var columns = [[Double](repeating: 1, count: n)]
        for _ in 0..<4 { columns.append((0..<n).map { _ in rng.normal() }) }
        let y = (0..<n).map { i in 1 + 0.5 * columns[1][i] - 2 * columns[2][i] + 0.25 * columns[4][i] + rng.normal() }
        let x = try Matrix(columns: columns)
        let ols = try LinearRegression(y: y, x: x)
        notes.append("OLS n=1000 k=5: coefficients \(ols.coefficients.map { String(format: "%.6f", $0) }) rss \(String(format: "%.6f", ols.rss))")
        samples.append(try timer.measure("OLS LinearRegression (n=1000, k=5)", inner: 100) {
            try LinearRegression(y: y, x: x).rss
        })

        // Bai–Perron at T = 1000.
        let d = breaksData(1000)
        let mean = try BreakRegression.mean(d.y)
        let xr = try BreakRegression(y: d.y, x: try Matrix(columns: [[Double](repeating: 1, count: 1000), d.x1, d.x2]))
        func triangle(_ r: BreakRegression) throws -> Double {
            let t = RSSTriangle(r)
            var s = 0.0
            for i in 1...(r.count - r.regressorCount) {
                if let last = try t.row(start: i).last { s += last }
            }
            return s
        }
        samples.append(try timer.measure("RSS triangle y ~ 1, all rows (T=1000)", inner: 3) { try triangle(mean) })
        samples.append(try timer.measure("RSS triangle y ~ x1 + x2, all rows (T=1000)", inner: 1) { try triangle(xr) })
        let bpMean = try Breakpoints(mean), bpX = try Breakpoints(xr)
        notes.append("breakpoints(y ~ 1) T=1000: BIC breaks \(bpMean.optimalBreaks); breakpoints(y ~ x1 + x2): \(bpX.optimalBreaks)")
        samples.append(try timer.measure("Breakpoints y ~ 1, h=0.15 (T=1000)", inner: 3) {
            Double(try Breakpoints(mean).optimalBreaks.count)
        })
        samples.append(try timer.measure("Breakpoints y ~ x1 + x2, h=0.15 (T=1000)", inner: 1) {
            Double(try Breakpoints(xr).optimalBreaks.count)
        })

        var lines = ["kernel\tCPU median/call\tCPU MAD\tCPU min – max\twall median/call\tbatches×calls"]
        lines += samples.map(KernelTimer.line)
        lines.append("")
        lines += notes
        lines.append("warm-up \(warmup) calls, \(repetitions) timed batches per kernel; checksum \(timer.checksum)")
        return lines.joined(separator: "\n")
    }
}
