import Dispatch
import Foundation

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
