import Foundation
import TestSupport

/// Loads the series the R fixtures were generated from (see Tests/Fixtures/ets/make_fixtures.R).
enum ETSFixtureData {
    struct Case {
        var id: Int
        var series: String
        var request: String
        var method: String
        var logLik: Double
        var aicc: Double
        var sigma2: Double
        var alpha: Double, beta: Double, gamma: Double, phi: Double
        var horizon: Int
    }

    static func cases() throws -> [Case] {
        let t = try Fixtures.csvStrings(Fixtures.url("ets/fits.csv"))
        let n = t["case"]?.count ?? 0
        func d(_ k: String, _ i: Int) -> Double { Double(t[k]![i]) ?? .nan }
        return (0..<n).map { i in
            Case(id: Int(t["case"]![i])!, series: t["series"]![i], request: t["request"]![i],
                 method: t["method"]![i], logLik: d("loglik", i), aicc: d("aicc", i), sigma2: d("sigma2", i),
                 alpha: d("alpha", i), beta: d("beta", i), gamma: d("gamma", i), phi: d("phi", i),
                 horizon: Int(t["h"]![i])!)
        }
    }

    /// Forecast rows keyed by case id: (mean, lo80, hi80, lo95, hi95) per step.
    static func forecasts() throws -> [Int: [[Double]]] {
        let t = try Fixtures.csv(Fixtures.url("ets/forecasts.csv"))
        var out: [Int: [[Double]]] = [:]
        for i in 0..<(t["case"]?.count ?? 0) {
            out[Int(t["case"]![i]), default: []].append(
                [t["mean"]![i], t["lo80"]![i], t["hi80"]![i], t["lo95"]![i], t["hi95"]![i]])
        }
        return out
    }

    /// Training parts of the M3 monthly series, keyed by id.
    static func m3Train() throws -> [String: [Double]] { M3Monthly.shared.train }

    static func series(_ name: String) throws -> (values: [Double], period: Int) {
        if name.hasPrefix("m3:") {
            return (try m3Train()[String(name.dropFirst(3))] ?? [], 12)
        }
        let v = try Fixtures.csv(Fixtures.dataset("reference/\(name).csv"))["value"] ?? []
        switch name {
        case "co2": return (Array(v.suffix(120)), 12)
        case "nile": return (v, 1)
        default: return (v, 12)
        }
    }
}
