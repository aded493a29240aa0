import Foundation
import Testing
import TestSupport

/// Options outside their documented limits are refused with one line and status 64 (65 for
/// dates outside the data), before any work; none is accepted silently.
@Suite struct HostileOptionTests {
    let nile = "Datasets/reference/nile.csv"
    let m3 = "Datasets/m3-monthly.csv"

    @Test func limitsAndNonsense() throws {
        let cases: [([String], String)] = [
            (["forecast", nile, "--horizon", "10001"], "--horizon must be at most 10000"),
            (["forecast", nile, "--horizon", "9223372036854775807"], "--horizon must be at most"),
            (["forecast", "Datasets/reference/airpassengers.csv", "--annual", "--horizon", "1201"], "at most 1200 with annual totals"),
            (["forecast", nile, "--horizon", "-5"], "--horizon must be at least 1, got -5"),
            (["forecast", nile, "--jobs", "0"], "--jobs must be at least 1"),
            (["forecast", nile, "--frequency", "0"], "--frequency must be between 1 and 1000"),
            (["describe", nile, "--frequency", "100000"], "--frequency must be between 1 and 1000"),
            (["impact", nile, "--at", "1900", "--simulations", "100000000"], "--simulations must be between 100 and 100000"),
            (["benchmark", m3, "--windows", "5", "--horizon", "0"], "--horizon must be at least 1"),
            (["benchmark", m3, "--models", ""], "--models ''"),
            (["benchmark", m3, "--models", "ets,,theta"], "--models"),
            (["benchmark", m3, "--jobs", "0"], "--jobs must be at least 1"),
            (["benchmark", m3, "--frequency", "0"], "--frequency must be between 1 and 1000"),
            (["breaks", nile, "--format", "csv"], "breaks has no CSV output"),
            (["breaks", nile, "--trim", "0.9"], "--trim must be in (0, 0.5)"),
            (["report", nile, "--trim", "0.9", "-o", "/tmp/almanac-never.html"], "--trim must be in (0, 0.5)"),
            (["describe", nile, "--acf-lags", "-1"], "--acf-lags must be at least 1"),
            (["benchmark", "Datasets/reference/airpassengers.csv", "--windows", "9223372036854775807",
              "--step", "9223372036854775807", "--horizon", "12"], "--windows must be between 1 and 10000"),
            (["benchmark", "Datasets/reference/airpassengers.csv", "--windows", "3", "--step", "9223372036854775807"],
             "--step must be between 1 and 100000"),
        ]
        for (args, message) in cases {
            let r = try CLIRun.run(args)
            Adversary.expectFailure(r, status: 64, contains: message, args.joined(separator: " "))
        }
    }

    @Test func negativeValuesAreReadAsValues() throws {
        let level = try CLIRun.run(["forecast", nile, "--level", "-5"])
        Adversary.expectFailure(level, status: 65, contains: "interval levels must lie in (0, 99.99]", "--level -5")
        let at = try CLIRun.run(["impact", nile, "--at", "-5"])
        Adversary.expectFailure(at, status: 65, contains: "-5 is not within 1871…1970", "--at -5")
    }

    @Test func reportImpactDateOutsideTheDataFails() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let r = try CLIRun.run(["report", "Datasets/russia-serbia-turnover.csv", "--column", "turnover",
                                "--impact-at", "2099-01", "-o", dir.path("r.html")])
        Adversary.expectFailure(r, status: 65, contains: "--impact-at 2099-01: outside the data", "report --impact-at")
        #expect(!FileManager.default.fileExists(atPath: dir.path("r.html")))
    }

    @Test func shortHIsHelpEverywhere() throws {
        for command in ["forecast", "report", "benchmark", "breaks", "impact", "describe"] {
            let r = try CLIRun.run([command, "-h"])
            #expect(r.status == 0 && r.stdout.contains("USAGE:"), "\(command) -h: \(r.stderr)")
        }
    }

    @Test func frequencyOnDatedDataIsNotIgnoredSilently() throws {
        let r = try CLIRun.run(["describe", "Datasets/reference/airpassengers.csv", "--frequency", "7"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("warning: --frequency 7 ignored"), "\(r.stderr)")
    }

    @Test func benchmarkCSVIsCSVAndQuotesNames() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        var text = "series,split,t,value\n"
        for i in 1...30 { text += "\"a,b\",train,\(i),\(100 + i % 5)\n" }
        for i in 31...36 { text += "\"a,b\",test,\(i),\(100 + i % 5)\n" }
        let path = try dir.write("comma.csv", text)
        let r = try CLIRun.run(["benchmark", path, "--models", "naive,snaive", "--format", "csv",
                                "--forecasts", dir.path("fc.csv")])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("model,series,"), "\(r.stdout)")
        let fc = try String(contentsOfFile: dir.path("fc.csv"), encoding: .utf8)
        let lines = fc.split(separator: "\n")
        #expect(lines.count == 13)
        #expect(lines.dropFirst().allSatisfy { $0.contains(",\"a,b\",") }, "\(lines.prefix(3))")
    }
}
