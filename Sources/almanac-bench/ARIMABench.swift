import Forecaster
import Foundation

/// `almanac-bench arima M3FILE [limit]`: auto-ARIMA on the M3 monthly training series on one
/// thread, timed per series: the speed figures of `Benchmarks/arima/RESULTS.md`.
enum ARIMABench {
    /// One auto-ARIMA choice.
    struct Choice: Sendable, Equatable {
        var series: String
        var p: Int, d: Int, q: Int, P: Int, D: Int, Q: Int
        var mean: Bool
        var drift: Bool
        var aicc: Double
        /// Wall-clock seconds.
        var seconds: Double
        /// CPU seconds of the calling thread (robust to other load on the machine).
        var cpuSeconds: Double
    }

    /// Runs `AutoARIMA()` (R defaults, period 12) on `limit` M3 monthly series after `offset`
    /// on the calling thread and returns the choices with per-series wall time.
    static func choices(m3Path: String, limit: Int, offset: Int = 0) throws -> [Choice] {
        let data = try M3Data.load(m3Path, limit: max(0, offset) + limit)
        var out: [Choice] = []
        for series in data.dropFirst(max(0, offset)) {
            let id = series.id, y = series.train
            let t0 = BenchClock.wallSeconds()
            let c0 = BenchClock.threadCPUSeconds()
            let m = try AutoARIMA().fit(y, period: 12)
            let c1 = BenchClock.threadCPUSeconds()
            let t1 = BenchClock.wallSeconds()
            let s = m.spec
            out.append(Choice(series: id, p: s.p, d: s.d, q: s.q, P: s.P, D: s.D, Q: s.Q,
                              mean: m.coefficientNames.contains("intercept"),
                              drift: m.coefficientNames.contains("drift"), aicc: m.aicc,
                              seconds: t1 - t0, cpuSeconds: c1 - c0))
        }
        return out
    }

    /// Times auto-ARIMA on the first `limit` M3 monthly series (one thread) and returns a
    /// CSV of the choices followed by a summary line with the total seconds.
    static func run(m3Path: String, limit: Int = 1428, offset: Int = 0) throws -> String {
        let t0 = BenchClock.wallSeconds()
        let c0 = BenchClock.threadCPUSeconds()
        let cs = try choices(m3Path: m3Path, limit: limit, offset: offset)
        let cpu = BenchClock.threadCPUSeconds() - c0
        let total = BenchClock.wallSeconds() - t0
        var lines = ["series,p,d,q,P,D,Q,mean,drift,aicc,seconds,cpu_seconds"]
        for c in cs {
            lines.append("\(c.series),\(c.p),\(c.d),\(c.q),\(c.P),\(c.D),\(c.Q),\(c.mean ? 1 : 0),\(c.drift ? 1 : 0),"
                + String(format: "%.10g,%.4f,%.4f", c.aicc, c.seconds, c.cpuSeconds))
        }
        lines.append(String(format: "# auto-ARIMA on %d M3 monthly series, one thread: wall %.3f s (%.4f s/series), CPU %.3f s (%.4f s/series)",
                            cs.count, total, total / Double(max(cs.count, 1)), cpu, cpu / Double(max(cs.count, 1))))
        // The total above includes reading the file; the sum of the per-series CPU times is
        // the model fitting alone.
        let fitting = cs.reduce(0) { $0 + $1.cpuSeconds }
        lines.append(String(format: "# CPU in AutoARIMA().fit alone (sum over series): %.3f s (%.4f s/series)",
                            fitting, fitting / Double(max(cs.count, 1))))
        return lines.joined(separator: "\n")
    }
}
