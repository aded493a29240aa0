import Foundation

/// Times one kernel: `warmup` untimed calls, then `repetitions` timed batches of `inner`
/// calls each; every batch gives one per-call time (batch time / `inner`). Reported are
/// the median per-call time and its spread (minimum, maximum and the median absolute
/// deviation), for both wall-clock time and the calling thread's CPU time.
///
/// Why both clocks: the benchmark machine is shared, and a descheduled thread keeps the
/// wall clock running but not its CPU clock, so CPU time is the load-independent figure
/// and wall time shows how much the load disturbed the run. Why batches: a single call of
/// a microsecond kernel is below the clocks' useful resolution.
struct KernelTimer {
    struct Sample {
        var name: String
        var inner: Int
        var wall: [Double]   // seconds per call, one entry per batch
        var cpu: [Double]

        static func median(_ v: [Double]) -> Double {
            let s = v.sorted()
            let n = s.count
            return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2])
        }
        static func mad(_ v: [Double]) -> Double {
            let m = median(v)
            return median(v.map { abs($0 - m) })
        }
    }

    var warmup: Int
    var repetitions: Int
    /// Results are folded in here and printed so the optimiser cannot drop a kernel call.
    var checksum = 0.0

    /// - Complexity: `(warmup + repetitions·inner)` calls of `body`.
    mutating func measure(_ name: String, inner: Int, _ body: () throws -> Double) rethrows -> Sample {
        for _ in 0..<warmup { checksum += try body() }
        var wall: [Double] = [], cpu: [Double] = []
        wall.reserveCapacity(repetitions)
        cpu.reserveCapacity(repetitions)
        for _ in 0..<max(1, repetitions) {
            let w0 = BenchClock.wallSeconds(), c0 = BenchClock.threadCPUSeconds()
            for _ in 0..<max(1, inner) { checksum += try body() }
            let c1 = BenchClock.threadCPUSeconds(), w1 = BenchClock.wallSeconds()
            wall.append((w1 - w0) / Double(max(1, inner)))
            cpu.append((c1 - c0) / Double(max(1, inner)))
        }
        return Sample(name: name, inner: inner, wall: wall, cpu: cpu)
    }

    /// A time in the most readable unit (ns, µs, ms or s), three significant digits.
    static func format(_ seconds: Double) -> String {
        let (v, unit): (Double, String) =
            seconds < 1e-6 ? (seconds * 1e9, "ns") :
            seconds < 1e-3 ? (seconds * 1e6, "us") :
            seconds < 1 ? (seconds * 1e3, "ms") : (seconds, "s")
        return String(format: v < 10 ? "%.2f %@" : v < 100 ? "%.1f %@" : "%.0f %@", v, unit)
    }

    /// One tab-separated line: name, median CPU, CPU MAD, CPU min–max, median wall, calls.
    static func line(_ s: Sample) -> String {
        let cpuMin = s.cpu.min() ?? .nan, cpuMax = s.cpu.max() ?? .nan
        return [s.name, format(Sample.median(s.cpu)), format(Sample.mad(s.cpu)),
                "\(format(cpuMin)) – \(format(cpuMax))", format(Sample.median(s.wall)),
                "\(s.wall.count)×\(s.inner)"].joined(separator: "\t")
    }
}
