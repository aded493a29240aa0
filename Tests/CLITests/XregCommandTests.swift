import Foundation
import Testing
import TestSupport

/// `almanac forecast --xreg`: the CLI reproduces R's `forecast(Arima(y, xreg = X), xreg = Xf)`
/// (Tests/Fixtures/xreg/xreg.json, make_fixtures.R) and refuses bad drivers with one line.
@Suite struct XregCommandTests {
    struct Reference: Decodable {
        var name: String
        var mean: [Double]
        var lower80: [Double]
        var upper80: [Double]
        var lower95: [Double]
        var upper95: [Double]
    }

    func reference(_ name: String) throws -> Reference {
        let all = try Fixtures.json([Reference].self, Fixtures.url("xreg/xreg.json"))
        return try #require(all.first { $0.name == name })
    }

    /// Runs `forecast --format json` and compares every step with R to 1e-4.
    func check(_ args: [String], against name: String) throws {
        let r = try CLIRun.run(["forecast"] + args + ["--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let ref = try reference(name)
        let series = try #require(r.json()["series"] as? [[String: Any]])
        let steps = try #require(series.first?["forecast"] as? [[String: Any]])
        #expect(steps.count == ref.mean.count)
        for (t, s) in steps.enumerated() {
            for (key, value) in [("mean", ref.mean[t]), ("lo80", ref.lower80[t]), ("hi80", ref.upper80[t]),
                                 ("lo95", ref.lower95[t]), ("hi95", ref.upper95[t])] {
                let ours = try #require(s[key] as? Double)
                #expect(abs(ours - value) <= 1e-4, "\(name) \(key)[\(t)]: \(ours) vs R \(value)")
            }
        }
    }

    @Test func seatbeltsTwoDriversFixedOrders() throws {
        try check(["Tests/Fixtures/xreg/seatbelts_drivers_history.csv", "--xreg", "Datasets/reference/seatbelts.csv",
                   "--xreg-columns", "PetrolPrice,law", "--order", "1,0,1,0,1,1"],
                  against: "seatbelts drivers ~ PetrolPrice + law (1,0,1)(0,1,1)")
    }

    @Test func seatbeltsLogScale() throws {
        try check(["Tests/Fixtures/xreg/seatbelts_drivers_history.csv", "--xreg", "Datasets/reference/seatbelts.csv",
                   "--xreg-columns", "PetrolPrice,law", "--order", "1,0,1,0,1,1", "--log"],
                  against: "seatbelts log drivers ~ PetrolPrice + law (1,0,1)(0,1,1)")
    }

    @Test func turnoverAutoARIMAWithDrivers() throws {
        try check(["Datasets/russia-serbia-turnover.csv", "--column", "turnover", "--xreg", "Datasets/russia-serbia-drivers.csv",
                   "--xreg-columns", "oil,rub"], against: "auto.arima turnover ~ oil + rub")
    }

    @Test func turnoverLogFixedOrders() throws {
        try check(["Datasets/russia-serbia-turnover.csv", "--column", "turnover", "--xreg", "Datasets/russia-serbia-drivers.csv",
                   "--xreg-columns", "oil,rub", "--order", "1,1,1,0,1,1", "--log"], against: "turnover ~ oil + rub log (1,1,1)(0,1,1)")
    }

    /// Every bad driver input: exit 64/65 and one line naming the file:line or the flag.
    @Test func badDriversAreOneLineErrors() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let drivers = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Datasets/russia-serbia-drivers.csv"), encoding: .utf8)
        let nan = try dir.write("nan.csv", drivers.split(separator: "\n").map { $0.hasPrefix("2027-03,") ? "2027-03,NA,81.02" : String($0) }.joined(separator: "\n"))
        let gap = try dir.write("gap.csv", drivers.replacingOccurrences(of: "2027-03,", with: "2027-04,"))
        let late = try dir.write("late.csv", drivers.replacingOccurrences(of: "2010-01,78.79,29.41\n", with: ""))
        let cut = try #require(drivers.range(of: "2026-10,"))
        let past = try dir.write("past.csv", String(drivers[..<cut.lowerBound]))
        let flat = try dir.write("flat.csv", "date,one\n" + (0..<216).map { "\(2010 + $0 / 12)-\(String(format: "%02d", $0 % 12 + 1)),1" }.joined(separator: "\n"))
        let base = ["forecast", "Datasets/russia-serbia-turnover.csv", "--column", "turnover", "--order", "0,1,1,0,1,1"]
        let cases: [([String], String)] = [
            (["--xreg", "Datasets/russia-serbia-drivers.csv", "--xreg-columns", "oil,gas"], "--xreg-columns: no column 'gas'"),
            (["--xreg", "Datasets/russia-serbia-drivers.csv", "--horizon", "24"], "--horizon 24: Datasets/russia-serbia-drivers.csv has driver values for only 15 periods after 2026-09"),
            (["--xreg", nan], "\(nan):208: missing value of 'oil' at 2027-03"),
            (["--xreg", gap], "\(gap):208: date 2027-04 where 2027-03 was expected"),
            (["--xreg", late], "\(late):2: drivers start at 2010-02, after the series' first date 2010-01"),
            (["--xreg", past], "\(past): no driver rows after the series' last date 2026-09"),
            (["--xreg", flat], "--xreg-columns: driver 'one' is constant"),
            (["--xreg", "Datasets/russia-serbia-drivers.csv", "--model", "ets"], "--model ets: drivers, scenarios"),
        ]
        try CLIRun.expectOneLineRefusals(base, cases)
    }
}
