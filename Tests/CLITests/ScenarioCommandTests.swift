import Foundation
import Testing
import TestSupport

/// `almanac forecast --scenario`: output, JSON, chart, determinism and one-line errors.
@Suite struct ScenarioCommandTests {
    static let base = ["forecast", "Datasets/russia-serbia-turnover.csv", "--column", "turnover", "--order", "0,1,1,0,1,1"]

    /// In series units a known step shifts every later month by its size exactly, and an
    /// estimated one by ±β̂ with the interval β̂ ± 1.96·se; JSON carries both, twice the same.
    @Test func scenariosInJSON() throws {
        let args = Self.base + ["--annual", "--scenario", "lift:step@2027-01=25", "--scenario", "again:pulse@2027-02=-estimated@2022-03",
                                "--format", "json"]
        let r = try CLIRun.run(args)
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try r.json()
        let scenarios = try #require(doc["scenarios"] as? [[String: Any]])
        #expect(scenarios.map { $0["name"] as? String } == ["baseline", "lift", "again"])
        let base = try #require(scenarios[0]["forecast"] as? [[String: Any]])
        let lift = try #require(scenarios[1]["forecast"] as? [[String: Any]])
        #expect(lift.count == 15)
        for t in 0..<15 {
            let b = try #require(base[t]["mean"] as? Double), s = try #require(lift[t]["mean"] as? Double)
            #expect(abs(s - b - (t >= 3 ? 25 : 0)) < 1e-9, "step \(t)")
        }
        let again = scenarios[2]
        let effect = try #require(again["effect"] as? Double), se = try #require(again["effect_standard_error"] as? Double)
        #expect(se > 0)
        let feb = try #require((again["forecast"] as? [[String: Any]])?[4]["difference"] as? [String: Any])
        #expect(abs(try #require(feb["value"] as? Double) - effect) < 1e-9)
        #expect(abs(try #require(feb["hi95"] as? Double) - (effect + 1.959963984540054 * se)) < 1e-6)
        let annual = try #require(scenarios[1]["annual"] as? [[String: Any]])
        let y2027 = try #require(annual.first { $0["year"] as? Int == 2027 })
        #expect(abs(try #require((y2027["difference"] as? [String: Any])?["value"] as? Double) - 12 * 25) < 1e-9)
        #expect(try CLIRun.run(args).stdout == r.stdout)
    }

    @Test func chartOverlaysScenarios() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let svg = dir.path("s.svg")
        let r = try CLIRun.run(Self.base + ["--scenario", "lift:step@2027-01=25", "--scenario", "cut:ramp@2027-01=-3", "--plot", svg])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(text.contains("lift") && text.contains("cut") && text.contains("baseline"))
    }

    /// Every bad --scenario: exit 64 and one line naming the flag (or the file and line).
    @Test func badScenariosAreOneLineErrors() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let file = try dir.write("s.csv", "name,kind,date,size\nok,step,2027-01,1\nbad,step,2027-01,big\n")
        let cases: [([String], String)] = [
            (["--scenario", "x:jump@2027-01=1"], "--scenario 'x:jump@2027-01=1': unknown kind 'jump'"),
            (["--scenario", "x:step@2027-01=lots"], "--scenario 'x:step@2027-01=lots': size 'lots' is not a number"),
            (["--scenario", "x:step@Jan27=1"], "--scenario 'x:step@Jan27=1': cannot read the date 'Jan27'"),
            (["--scenario", "x:step@2026-09=1"], "--scenario x: date 2026-09 is not after the end of the history (2026-09)"),
            (["--scenario", "x:step@2027-01=1", "--scenario", "x:ramp@2027-02=1"], "--scenario: duplicate scenario name 'x'"),
            (["--scenario", "x:step@2030-01=1"], "--scenario x: date 2030-01 is after the last forecast period"),
            (["--scenario", "x:step@2027-01=estimated@2031-01"], "--scenario x: estimated@2031-01 must be a date inside the history"),
            (["--scenario", "step@2027-01=1"], "--scenario 'step@2027-01=1': give NAME:KIND@DATE=SIZE"),
            (["--scenarios", file], "\(file):3: 'bad:step@2027-01=big'"),
            (["--scenario", "x:step@2027-01=1e200"], "--scenario x: size 1e+200 is too large"),
            (["--log", "--scenario", "x:step@2027-01=150"], "--scenario x: size 150.0 is too large for the log scale"),
        ]
        for (extra, prefix) in cases {
            let r = try CLIRun.run(Self.base + extra)
            #expect(r.status == 64, "\(extra): \(r.status)")
            #expect(r.stderr.hasPrefix("almanac: error: \(prefix)"), "\(extra): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1 && r.stdout.isEmpty, "\(r.stderr)")
        }
    }

    /// A scenarios file gives byte for byte what the same --scenario flags give.
    @Test func scenariosFileEqualsFlags() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let file = try dir.write("s.csv", "name,kind,date,size\nlift,step,2027-01,25\ncut,ramp,2027-03,-2\n")
        let a = try CLIRun.run(Self.base + ["--annual", "--scenarios", file])
        let b = try CLIRun.run(Self.base + ["--annual", "--scenario", "lift:step@2027-01=25", "--scenario", "cut:ramp@2027-03=-2"])
        #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
        #expect(a.stdout == b.stdout)
        #expect(a.stdout.contains("Calendar-year totals by scenario"))
    }

    /// With --log the annual totals are sums of log-normals: in JSON they are the baseline's
    /// `scenarios` entry (the series' `annual` stays empty), their point the median.
    @Test func logTotalsInJSON() throws {
        let r = try CLIRun.run(Self.base + ["--log", "--annual", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try r.json()
        let scenarios = try #require(doc["scenarios"] as? [[String: Any]])
        #expect(scenarios.count == 1 && scenarios[0]["name"] as? String == "baseline")
        let annual = try #require(scenarios[0]["annual"] as? [[String: Any]])
        #expect(annual.map { $0["year"] as? Int } == [2026, 2027])
        let y = annual[1]
        let total = try #require(y["total"] as? Double), lo = try #require(y["lo95"] as? Double), hi = try #require(y["hi95"] as? Double)
        #expect(lo < total && total < hi)
        // Skewed to the right, as a sum of log-normals is.
        #expect(hi - total > total - lo)
    }
}
