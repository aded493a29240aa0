import Foundation
import TestSupport

/// The R reference values in Tests/Fixtures/diagnostics/reference.json
/// (made by make_diagnostics.R in the same folder).
struct DiagnosticsReference: Decodable {
    struct Box: Decodable {
        let lag: Int
        let fitdf: Int
        let type: String
        let statistic: Double
        let df: Int
        let p: Double
    }
    struct KPSSValues: Decodable {
        let lag: Int
        let level: Double
        let levelP: Double
        let trend: Double
        let trendP: Double
        let tseriesLevel: Double
        let tseriesLevelP: Double
        let tseriesLevelLag: Int
        let tseriesTrend: Double
        let tseriesTrendP: Double
    }
    struct URDF: Decodable {
        let drift: Double
        let driftPhi1: Double
        let driftP: Double
        let trend: Double
        let trendPhi2: Double
        let trendPhi3: Double
        let trendP: Double
        let driftAIC: Double
        let driftAICLags: Int
        let trendBIC: Double
        let trendBICLags: Int
    }
    struct PP: Decodable {
        let constant: Double
        let constantP: Double
        let lag: Int
        let trend: Double
        let trendP: Double
    }
    struct ADFValues: Decodable {
        let statistic: Double
        let lag: Int
        let p: Double
    }
    struct Ndiffs: Decodable {
        let kpssLevel: Int
        let kpssTrend: Int
        let adfLevel: Int
        let adfTrend: Int
        let ppLevel: Int
        let ppTrend: Int
        let kpssAlpha01: Int
        let kpssAlpha10: Int
    }
    struct OCSBValues: Decodable {
        let statistic: Double
        let critical: Double
        let lagOrder: Int
        let fixed0: Double
        let nsdiffs: Int
    }
    struct Series: Decodable {
        let name: String
        let file: String
        let column: String
        let period: Int
        let log: Bool
        let n: Int
        let acf: [Double]
        let pacf: [Double]
        let box: [Box]
        let kpss: KPSSValues
        let urdf: URDF
        let pp: PP
        let adf: ADFValues
        let ndiffs: Ndiffs
        let ocsb: OCSBValues?

        /// The series values read from the shared reference dataset.
        func values() throws -> [Double] {
            let table = try Fixtures.csv(Fixtures.dataset("reference/\(file)"))
            let x = table[column] ?? []
            return log ? x.map { Foundation.log($0) } : x
        }
    }
    struct Degenerate: Decodable {
        let constAcf: [Double?]
        let constNdiffs: Int
        let naAcf: [Double]
        let naPacf: [Double]
        let naLjungBox: Double
        let naLjungBoxP: Double
        let naBoxPierce: Double
        let fitdfEqualLagP: Double
        let naNdiffs: Int
        let naNdiffsAdf: Int
        let linearNdiffs: Int
        let linearNdiffsTrend: Int
        let shortNdiffs: Int
        let shortNdiffsAdf: Int
        let alphaLowNdiffs: Int
        let alphaHighNdiffs: Int
    }
    /// What each test returns in R on a short prefix: "error", "NaN" or a p-value.
    struct Short: Decodable {
        let n: Int
        let kpssLevel: String
        let kpssTrend: String
        let adfLevel: String
        let adfTrend: String
        let ppLevel: String
        let ppTrend: String
        let ndiffsKpss: Int
        let ndiffsAdf: Int
        let ndiffsPp: Int
        let ndiffsKpssTrend: Int
        let ndiffsAdfTrend: Int
        let ndiffsPpTrend: Int
    }
    let series: [Series]
    let degenerate: Degenerate
    let short: [Short]
    struct OCSBShort: Decodable {
        let n: Int
        let statistic: Double?
        let lagOrder: Int?
    }
    let ocsbShort: [OCSBShort]
    struct BoxResidual: Decodable {
        let series: String
        let lag: Int
        let fitdf: Int
        let type: String
        let statistic: Double
        let df: Int
        let p: Double
    }
    let boxResiduals: [BoxResidual]

    /// The near-white series of `boxResiduals`, built as in make_diagnostics.R.
    static func residualSeries(_ name: String) throws -> [Double] {
        func diff(_ x: [Double], _ lag: Int = 1) -> [Double] {
            x.count > lag ? (lag..<x.count).map { x[$0] - x[$0 - lag] } : []
        }
        func read(_ file: String) throws -> [Double] {
            try Fixtures.csv(Fixtures.dataset("reference/\(file)"))["value"] ?? []
        }
        switch name {
        case "airline": return diff(diff(try read("airpassengers.csv").map { Foundation.log($0) }), 12)
        case "nileDiff": return diff(try read("nile.csv"))
        case "realintDiff": return diff(try read("realint.csv"))
        default: return []
        }
    }
    /// The seasonal series whose prefixes make the `ocsbShort` cases (R: 1-based sin(1:60)).
    static let ocsbBase: [Double] = (0..<60).map { (i: Int) -> Double in
        let season = Double(i % 12)
        let trend = Double(i) / 10
        return season + trend + Foundation.sin(Double(i + 1))
    }
    /// The series whose prefixes make the `short` cases.
    static let shortBase: [Double] = [1, 3, 2, 5, 4, 7, 6, 9]

    static func load() throws -> DiagnosticsReference {
        try Fixtures.json(DiagnosticsReference.self, Fixtures.url("diagnostics/reference.json"))
    }

    /// AirPassengers with observations 3, 17, 18 and 60 (1-based) missing, as in the R script.
    static func airPassengersWithGaps() throws -> [Double] {
        var x = try Fixtures.csv(Fixtures.dataset("reference/airpassengers.csv"))["value"] ?? []
        for i in [3, 17, 18, 60] where i - 1 < x.count { x[i - 1] = .nan }
        return x
    }
}
