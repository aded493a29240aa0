import Foundation
import Testing
import TestSupport

/// `forecast --xreg-uncertainty coefficients` (statsmodels fixture) and the drivers' own
/// intervals (`NAME-lo-95,NAME-hi-95` columns, ex-ante simulation) through the CLI.
@Suite struct DriverUncertaintyCommandTests {
    struct Reference: Decodable {
        struct Case: Decodable { var name: String; var mean, lower80, upper80, lower95, upper95: [Double] }
        var cases: [Case]
    }

    func steps(_ args: [String]) throws -> [[String: Any]] {
        let r = try CLIRun.run(["forecast"] + args + ["--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let series = try #require(r.json()["series"] as? [[String: Any]])
        return try #require(series.first?["forecast"] as? [[String: Any]])
    }

    func annual(_ args: [String]) throws -> [String: Any] {
        let r = try CLIRun.run(["forecast"] + args + ["--annual", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let series = try #require(r.json()["series"] as? [[String: Any]])
        return try #require((series.first?["annual"] as? [[String: Any]])?.last)
    }

    /// Seasonal, two drivers: statsmodels' intervals with the coefficients as diffuse states,
    /// to 1e-4 relative (CoefficientUncertaintyTests gives the reasons for the tolerance).
    @Test func coefficientsMatchStatsmodels() throws {
        let name = "seatbelts drivers ~ PetrolPrice + law (1,0,1)(0,1,1)"
        let all = try Fixtures.json(Reference.self, Fixtures.url("xreg/coefficient_uncertainty.json")).cases
        let ref = try #require(all.first { $0.name == name })
        let s = try steps(["Tests/Fixtures/xreg/seatbelts_drivers_history.csv", "--xreg", "Datasets/reference/seatbelts.csv",
                           "--xreg-columns", "PetrolPrice,law", "--order", "1,0,1,0,1,1", "--xreg-uncertainty", "coefficients"])
        #expect(s.count == ref.mean.count)
        for (t, step) in s.enumerated() {
            for (key, value) in [("mean", ref.mean[t]), ("lo80", ref.lower80[t]), ("hi80", ref.upper80[t]),
                                 ("lo95", ref.lower95[t]), ("hi95", ref.upper95[t])] {
                let ours = try #require(step[key] as? Double)
                #expect(abs(ours - value) <= 1e-4 * abs(value), "\(key)[\(t)]: \(ours) vs statsmodels \(value)")
            }
        }
    }

    /// Wide driver intervals (oil ± 150, rub ± 40 at 95%, in units, where the drivers'
    /// share of each step's variance is 10–40%, far beyond the 2.7% Monte-Carlo error of a
    /// bound) widen every bound around the same means; persistent driver errors widen the
    /// annual total more than independent ones; the output is byte-identical from run to
    /// run (seeded).
    @Test func driverIntervalsWidenDeterministically() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Datasets/russia-serbia-drivers.csv"), encoding: .utf8)
        var rows = ["date,oil,rub,oil-lo-95,oil-hi-95,rub-lo-95,rub-hi-95"]
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",").map(String.init)
            if f[0] > "2026-09", let oil = Double(f[1]), let rub = Double(f[2]) {
                rows.append("\(line),\(oil - 150),\(oil + 150),\(rub - 40),\(rub + 40)")
            } else {
                rows.append("\(line),,,,")
            }
        }
        let wideFile = try dir.write("wide.csv", rows.joined(separator: "\n") + "\n")
        let base = ["Datasets/russia-serbia-turnover.csv", "--column", "turnover", "--order", "0,1,1,0,1,1"]
        let plain = try steps(base + ["--xreg", "Datasets/russia-serbia-drivers.csv"])
        let wide = try steps(base + ["--xreg", wideFile])
        #expect(plain.count == wide.count)
        for (p, w) in zip(plain, wide) {
            #expect(abs((p["mean"] as! Double) - (w["mean"] as! Double)) <= 1e-9 * (p["mean"] as! Double))
            #expect((w["hi95"] as! Double) > (p["hi95"] as! Double) && (w["lo95"] as! Double) < (p["lo95"] as! Double))
        }
        let width = { (a: [String: Any]) in (a["hi95"] as! Double) - (a["lo95"] as! Double) }
        let none = try annual(base + ["--xreg", "Datasets/russia-serbia-drivers.csv"])
        let persistent = try annual(base + ["--xreg", wideFile])
        let independent = try annual(base + ["--xreg", wideFile, "--driver-errors", "independent"])
        // Over 2027 the persistent driver errors add about 22% to the total's variance, the
        // independent ones about 2% (within the Monte-Carlo error, so not compared with none).
        #expect(width(persistent) > width(independent) && width(persistent) > width(none))
        let args = ["forecast"] + base + ["--log", "--xreg", "Datasets/russia-serbia-driver-intervals.csv", "--annual"]
        let first = try CLIRun.run(args), second = try CLIRun.run(args)
        #expect(first.status == 0 && first.stdout == second.stdout)
    }

    /// Bad driver intervals and option clashes: one line naming the file:line or the flag.
    @Test func badDriverIntervalsAreOneLineErrors() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Datasets/russia-serbia-driver-intervals.csv"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func edit(_ name: String, _ change: (String) -> String) throws -> String {
            try dir.write(name, lines.map(change).joined(separator: "\n"))
        }
        let loOnly = try edit("lo-only.csv") { line in
            line.split(separator: ",", omittingEmptySubsequences: false).enumerated().filter { $0.offset != 4 }.map { String($0.element) }.joined(separator: ",")
        }
        let inverted = try edit("inverted.csv") { $0.hasPrefix("2027-03,") ? "2027-03,60.76,81.02,90.00,80.00,69.34,92.70" : $0 }
        let missing = try edit("missing.csv") { $0.hasPrefix("2027-03,") ? "2027-03,60.76,81.02,NA,80.00,69.34,92.70" : $0 }
        let base = ["forecast", "Datasets/russia-serbia-turnover.csv", "--column", "turnover", "--order", "0,1,1,0,1,1"]
        let cases: [([String], String)] = [
            (["--xreg", loOnly], "\(loOnly):1: column 'oil-lo-95' has no partner 'oil-hi-95'"),
            (["--xreg", inverted], "\(inverted):208: 'oil-lo-95' 90.0 is above 'oil-hi-95' 80.0 at 2027-03"),
            (["--xreg", missing], "\(missing):208: missing 'oil-lo-95' at 2027-03"),
            (["--xreg", "Datasets/russia-serbia-drivers.csv", "--driver-errors", "independent"], "--driver-errors: Datasets/russia-serbia-drivers.csv has no driver interval columns"),
            (["--driver-errors", "independent"], "--driver-errors needs --xreg FILE"),
            (["--xreg", "Datasets/russia-serbia-driver-intervals.csv", "--scenario", "w:step@2027-01=-0.1"], "--scenario: scenarios with driver intervals"),
            (["--xreg-uncertainty", "coefficients", "--log", "--scenario", "lifted:step@2027-01=-estimated@2025-10"], "--xreg-uncertainty coefficients: a scenario reusing an estimated effect"),
            (["--xreg", "Datasets/russia-serbia-driver-intervals.csv", "--xreg-columns", "oil-lo-95"], "--xreg-columns: 'oil-lo-95' is a bound of the interval of 'oil'"),
        ]
        try CLIRun.expectOneLineRefusals(base, cases)
    }
}
