import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Auto-ARIMA on the M3 monthly competition data, timed: the routine behind the
/// speed figures in `Benchmarks/arima/RESULTS.md`, exposed so that a bench executable
/// can call it.
public enum ARIMABenchmark {
    /// Reads the long-form M3 file (`series,split,t,value`), train split, in file order.
    public static func loadM3(path: String) throws -> (ids: [String], series: [String: [Double]]) {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw ForecasterError.invalidArgument("cannot read \(path)")
        }
        var ids: [String] = []
        var rows: [String: [(Int, Double)]] = [:]
        for (lineNo, line) in text.split(whereSeparator: \.isNewline).enumerated() where lineNo > 0 {
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            guard f.count >= 4, f[1] == "train", let t = Int(f[2]) else { continue }
            let id = String(f[0])
            if rows[id] == nil { ids.append(id); rows[id] = [] }
            rows[id]?.append((t, Double(f[3]) ?? .nan))
        }
        var out: [String: [Double]] = [:]
        for (k, v) in rows { out[k] = v.sorted { $0.0 < $1.0 }.map { $0.1 } }
        return (ids, out)
    }
}

extension ARIMABenchmark {
    /// One auto-ARIMA choice.
    public struct Choice: Sendable, Equatable {
        public var series: String
        public var p: Int, d: Int, q: Int, P: Int, D: Int, Q: Int
        public var mean: Bool
        public var drift: Bool
        public var aicc: Double
        /// Wall-clock seconds.
        public var seconds: Double
        /// CPU seconds of the calling thread (robust to other load on the machine).
        public var cpuSeconds: Double
    }

    /// CPU time of the calling thread in seconds.
    public static func threadCPUSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Runs `AutoARIMA()` (R defaults, period 12) on `limit` M3 monthly series after `offset`
    /// on the calling thread and returns the choices with per-series wall time.
    public static func choices(m3Path: String, limit: Int, offset: Int = 0) throws -> [Choice] {
        let data = try loadM3(path: m3Path)
        var out: [Choice] = []
        for id in data.ids.dropFirst(max(0, offset)).prefix(limit) {
            guard let y = data.series[id] else { continue }
            let t0 = DispatchTime.now().uptimeNanoseconds
            let c0 = threadCPUSeconds()
            let m = try AutoARIMA().fit(y, period: 12)
            let c1 = threadCPUSeconds()
            let t1 = DispatchTime.now().uptimeNanoseconds
            let s = m.spec
            out.append(Choice(series: id, p: s.p, d: s.d, q: s.q, P: s.P, D: s.D, Q: s.Q,
                              mean: m.coefficientNames.contains("intercept"),
                              drift: m.coefficientNames.contains("drift"), aicc: m.aicc,
                              seconds: Double(t1 - t0) / 1e9, cpuSeconds: c1 - c0))
        }
        return out
    }

    /// Times auto-ARIMA on the first `limit` M3 monthly series (one thread) and returns a
    /// CSV of the choices followed by a summary line with the total seconds.
    public static func run(m3Path: String, limit: Int = 1428, offset: Int = 0) throws -> String {
        let t0 = DispatchTime.now().uptimeNanoseconds
        let c0 = threadCPUSeconds()
        let cs = try choices(m3Path: m3Path, limit: limit, offset: offset)
        let cpu = threadCPUSeconds() - c0
        let total = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
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
