import Foundation
import Breaks
import AlmanacNumerics

/// `almanac-bench breaks [repetitions]`: timing of the Bai–Perron estimation on synthetic
/// series (`Benchmarks/breaks/RESULTS.md`).
///
/// The data are a deterministic hash of the time index (`frac(sin(12.9898 t)·43758.5453)`
/// and friends) rather than a random generator, so that Benchmarks/breaks/bench.R can
/// rebuild the identical series in R and time strucchange on the same input.
enum BreaksBench {
    /// Pseudo-noise in [0, 1) from the time index; identical in R: `(sin(t*a)*43758.5453) %% 1`.
    static func hash(_ t: Double, _ a: Double) -> Double {
        let v = Foundation.sin(t * a) * 43758.5453
        return v - Foundation.floor(v)
    }

    /// `y_t = 10 + 2·1(t > 0.6n) + x1_t + 4(u_t − ½)` with `x1_t = hash(t, 78.233)`,
    /// `x2_t = cos(t/7)` and `u_t = hash(t, 12.9898)`, `t = 1…n`.
    static func data(_ n: Int) -> (y: [Double], x1: [Double], x2: [Double]) {
        var y = [Double](), x1 = [Double](), x2 = [Double]()
        for i in 1...n {
            let t = Double(i)
            let a = hash(t, 78.233), b = Foundation.cos(t / 7)
            x1.append(a); x2.append(b)
            y.append(10 + (Double(i) > 0.6 * Double(n) ? 2 : 0) + a + 4 * (hash(t, 12.9898) - 0.5))
        }
        return (y, x1, x2)
    }

    /// Runs the benchmark cases and returns a plain-text report (one line per case:
    /// name, best wall time and best CPU time of `repetitions` runs in seconds, the
    /// BIC-optimal breaks found).
    ///
    /// Cases: `breakpoints(y ~ 1)` and `breakpoints(y ~ x1 + x2)` at `n = 1000` (h = 0.15),
    /// and `breakpoints(y ~ 1)` at `n = 10000` with `M = 5`.
    static func run(repetitions: Int = 3) -> String {
        var lines = ["case\twall s\tcpu s\tbreaks"]
        func time(_ name: String, _ body: () throws -> [Int]) {
            var best = Double.infinity, bestCPU = Double.infinity
            var found: [Int] = []
            for _ in 0..<max(1, repetitions) {
                let start = BenchClock.wallSeconds()
                let cpu = BenchClock.processCPUSeconds()
                do { found = try body() } catch { lines.append("\(name)\tfailed: \(error)"); return }
                bestCPU = min(bestCPU, BenchClock.processCPUSeconds() - cpu)
                best = min(best, BenchClock.wallSeconds() - start)
            }
            lines.append("\(name)\t\(String(format: "%.4f", best))\t\(String(format: "%.4f", bestCPU))\t\(found)")
        }
        let small = data(1000), large = data(10000)
        time("breakpoints(y ~ 1), n = 1000") {
            try Breakpoints(try BreakRegression.mean(small.y)).optimalBreaks
        }
        time("breakpoints(y ~ x1 + x2), n = 1000") {
            let x = try Matrix(columns: [[Double](repeating: 1, count: 1000), small.x1, small.x2])
            return try Breakpoints(try BreakRegression(y: small.y, x: x)).optimalBreaks
        }
        time("breakpoints(y ~ 1), n = 10000, M = 5") {
            try Breakpoints(try BreakRegression.mean(large.y), maxBreaks: 5).optimalBreaks
        }
        return lines.joined(separator: "\n")
    }
}
