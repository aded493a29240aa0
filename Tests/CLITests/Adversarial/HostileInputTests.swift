import Foundation
import Testing
import TestSupport

/// Hostile input files: directories, endless streams, huge numbers and names, terminal
/// escapes. Every one ends in a one-line error or a clean result, never a trap or a hang.
@Suite struct HostileInputTests {
    @Test func directoryAsInput() throws {
        for command in [["forecast"], ["describe"], ["breaks"], ["impact", "--at", "2000-01"], ["report", "-o", "/tmp/almanac-never.html"]] {
            let r = try CLIRun.run([command[0], "/tmp"] + command.dropFirst())
            Adversary.expectFailure(r, status: 66, contains: "/tmp: is a directory", command[0])
        }
    }

    @Test func otherInputFilesAreCheckedAlike() throws {
        let nile = "Datasets/reference/nile.csv"
        Adversary.expectFailure(try CLIRun.run(["forecast", "--load", "/tmp"]), status: 66, contains: "/tmp: is a directory", "--load dir")
        Adversary.expectFailure(try CLIRun.run(["forecast", "--load", "/dev/null"]), status: 65, contains: "not a model file", "--load /dev/null")
        let base = try CLIRun.run(["benchmark", nile, "--windows", "2", "--models", "naive", "--baseline", "/dev/null"])
        Adversary.expectFailure(base, status: 65, contains: "not an almanac benchmark baseline", "--baseline /dev/null")
        #expect(!base.stderr.contains("permission"))
        Adversary.expectFailure(try CLIRun.run(["breaks", nile, "--events", "/tmp"]), status: 65, contains: "is a directory", "--events dir")
        Adversary.expectFailure(try CLIRun.run(["impact", nile, "--at", "1900", "--controls", "value"]), status: 64,
                                contains: "the outcome itself", "outcome as control")
        Adversary.expectFailure(try CLIRun.run(["impact", nile, "--at", "1900", "--controls", ",,"]), status: 64,
                                contains: "names no column", "empty controls")
    }

    @Test func degenerateImpactIsRefused() throws {
        let r = try CLIRun.run(["impact", "Datasets/russia-serbia-turnover.csv", "--column", "turnover", "--at", "2010-02"])
        Adversary.expectFailure(r, status: 65, contains: "1 observations before the event; the counterfactual model needs at least 24", "1-point pre-period")
        for at in ["2010-03", "2010-06"] {
            let s = try CLIRun.run(["impact", "Datasets/russia-serbia-turnover.csv", "--column", "turnover", "--at", at])
            #expect(s.status == 65 && !s.stdout.contains("significant"), "\(at): \(s.stdout)")
        }
        // breaks and impact name a non-positive value under --log the same way.
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        var text = "date,value\n"
        for i in 0..<60 { text += String(format: "%04d-%02d,%d\n", 2000 + i / 12, i % 12 + 1, i == 9 ? -5 : 100 + i % 7) }
        let path = try dir.write("neg.csv", text)
        let b = try CLIRun.run(["breaks", path, "--log"]), i = try CLIRun.run(["impact", path, "--at", "2003-01", "--log"])
        Adversary.expectFailure(b, status: 65, contains: "observation 10 (2000-10) is -5.0", "breaks --log")
        Adversary.expectFailure(i, status: 65, contains: "observation 10 (2000-10) is -5.0", "impact --log")
    }

    @Test func longSeasonalPeriodsStayBounded() throws {
        // Seasonal ARIMA at period 350 ran for minutes in 14 GB (O(m⁴) initial covariance).
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        var text = "t,value\n"
        for i in 1...1400 { text += "\(i),\(Double(i % 350) + Double(i * 7919 % 13))\n" }
        let path = try dir.write("p350.csv", text)
        let r = try CLIRun.shell("ulimit -v 4000000; timeout 120 \"$A\" forecast '\(path)' --frequency 350 --model arima")
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func explosiveForecastsAreFlagged() throws {
        // CES(P) on M3 N1405 grows to millions from a history below 11 000 (Benchmarks/sweep).
        let r = try CLIRun.shell("""
            awk -F, 'NR == 1 || $1 == "N1405"' Datasets/m3-monthly.csv | "$A" forecast - --frequency 12 --model ces --horizon 180
            """)
        #expect(r.status == 0)
        #expect(r.stderr.contains("warning: N1405: the forecast leaves the range of the data"), "\(r.stderr)")
        let wide = try CLIRun.shell("""
            awk -F, 'NR == 1 || $1 == "N1430"' Datasets/m3-monthly.csv | "$A" forecast - --frequency 12 --model ets --horizon 180
            """)
        #expect(wide.status == 0)
        #expect(wide.stderr.contains("the prediction intervals exceed 1000 times the largest observation"), "\(wide.stderr)")
    }

    @Test func endlessInputStopsAtTheLimit() throws {
        let r = try CLIRun.shell("timeout 120 \"$A\" describe /dev/zero")
        Adversary.expectFailure(r, status: 65, contains: "larger than 256 MiB", "/dev/zero")
    }

    @Test func hugeValuesAreRefusedWithTheirLine() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        var text = "date,value\n"
        for i in 0..<120 { text += String(format: "%04d-%02d,%@\n", 2000 + i / 12, i % 12 + 1, i == 60 ? "1e160" : "\(100 + i % 7)") }
        let path = try dir.write("outlier.csv", text)
        for command in [["breaks"], ["forecast"], ["describe"], ["impact", "--at", "2008-01"]] {
            let r = try CLIRun.run([command[0], path] + command.dropFirst())
            Adversary.expectFailure(r, status: 65, contains: "outlier.csv:62:2: '1e160'", command[0])
        }
        // Values up to the limit still work, breaks included (squares stay finite).
        let big = try dir.write("big.csv", text.replacingOccurrences(of: "1e160", with: "1e99"))
        let b = try CLIRun.run(["breaks", big, "--bootstrap", "19"])
        #expect(b.status == 0, "\(b.stderr)")
    }

    @Test func longAndEscapedNamesStayOnOneShortLine() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let longName = String(repeating: "x", count: 1 << 20)
        let path = try dir.write("long.csv", "date,\(longName)\n2020-01,1\n2020-02,2\n")
        let r = try CLIRun.run(["forecast", path, "--column", "nope"])
        Adversary.expectFailure(r, status: 65, contains: "long.csv", "1 MB column name")
        #expect(r.stderr.count < 2000, "\(r.stderr.count) characters of error")
        let esc = "a\u{1B}[31mred\u{1B}[0m"
        let e = try CLIRun.run(["forecast", "Datasets/reference/nile.csv", "--column", esc + "\nforged line"])
        Adversary.expectFailure(e, status: 65, contains: "\\u{1B}[31m", "escape in a column name")
        #expect(!e.stderr.contains("\u{1B}"))
        let labelled = try dir.write("esc.csv", "date,\"\(esc)\"\n2020-01,1\n2020-02,2\n2020-03,4\n2020-04,3\n")
        let d = try CLIRun.run(["describe", labelled])
        #expect(d.status == 0 && !d.stdout.contains("\u{1B}"), "\(d.stdout)")
    }
}
