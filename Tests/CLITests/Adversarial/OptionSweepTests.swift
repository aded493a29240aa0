import Foundation
import Testing
import TestSupport

/// Defects found by the randomized option-combination sweep
/// (`Benchmarks/sweep/option-combinations.py`, `Benchmarks/sweep/RESULTS-options.md`): before
/// their fixes each of these trapped or exited 0 with `nan`/`Inf` where a number or a verdict
/// belongs.
@Suite struct OptionSweepTests {
    let nile = "Datasets/reference/nile.csv"

    /// `estimated@` with nothing after the `@` indexed past the end of a split (trap, signal 4).
    @Test func estimatedEffectWithoutADateIsRefused() throws {
        for size in ["-estimated@", "estimated@", "estimated@ "] {
            let r = try CLIRun.run(["forecast", nile, "--scenario", "a:step@1971=\(size)"])
            Adversary.expectFailure(r, status: 64, contains: "cannot read the date '' of the estimated effect", size)
        }
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let file = try dir.write("s.csv", "name,kind,date,size\nx,step,1971,-estimated@\n")
        let r = try CLIRun.run(["forecast", nile, "--scenarios", file])
        Adversary.expectFailure(r, status: 64, contains: "of the estimated effect", "--scenarios")
    }

    /// Two observations after the date leave the Newey–West covariance undefined: the line
    /// printed "HAC Wald = NA (df 1), p = nan: not significant at 10%".
    @Test func undefinedHACTestHasNoPValueAndNoVerdict() throws {
        let r = try CLIRun.run(["breaks", "Datasets/reference/usaccdeaths.csv", "--at", "1978-11", "--errors", "iid", "--hac"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.lowercased().contains("nan"), "\(r.stdout)")
        #expect(r.stdout.contains("HAC Wald = NA (df 1): not defined (HAC covariance undefined)"), "\(r.stdout)")
    }

    /// An undefined omnibus test printed "omnibus χ²(293) = NA, p = nan".
    @Test func undefinedOmnibusTestPrintsNA() throws {
        let r = try CLIRun.run(["impact", "Datasets/reference/usincexp.csv", "--column", "income", "--at", "1976-10",
                                "--model", "arima", "--order", "0,5,0", "--bootstrap", "199"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.lowercased().contains("nan"), "\(r.stdout)")
        #expect(r.stdout.contains("= NA, p = NA"), "\(r.stdout)")
    }

    /// Three observations for an intercept and two drivers: σ² = SS/0 and every interval was
    /// (−Inf, Inf) with exit 0.
    @Test func driversWithoutResidualDegreesOfFreedomAreRefused() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let file = try dir.write("three.csv", "date,value\n2015-01,1\n2015-02,2\n2015-03,3\n")
        let r = try CLIRun.run(["forecast", file, "--horizon", "2", "--xreg", "Datasets/russia-serbia-drivers.csv"])
        Adversary.expectFailure(r, status: 65, contains: "3 observations leave no degrees of freedom for the error variance", "--xreg")
    }

    /// The seat-belt law dummy is 0 for ten years before 1979-03: the counterfactual had no
    /// error variance, and impact printed "ran Inf% above", z = Inf, "significant at 1%".
    @Test func constantPrePeriodIsRefused() throws {
        let r = try CLIRun.run(["impact", "Datasets/reference/seatbelts.csv", "--column", "law", "--at", "1979-03"])
        Adversary.expectFailure(r, status: 65, contains: "the 122 observations before the event are all 0.0", "law")
    }

    /// Five differences on the log scale overflow the counterfactual: "cumulative effect -Inf".
    @Test func overflowingCounterfactualIsRefused() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        var csv = "date,value\n"
        let bumps = [0.0, 5.0, 10.0, 15.0]
        for i in 0..<40 { csv += "\(2000 + i / 4)Q\(i % 4 + 1),\(50 + bumps[i % 4] + Double((i * 7) % 3) * 0.5)\n" }
        let file = try dir.write("q.csv", csv)
        let r = try CLIRun.run(["impact", file, "--at", "2007Q1", "--model", "arima", "--order", "0,5,0", "--log"])
        Adversary.expectFailure(r, status: 65, contains: "is not finite or has no error variance", "--order 0,5,0 --log")
    }

    /// A series that constant segments fit exactly (10, then 1000) gave sup.F ≈ 2.7e32,
    /// BIC −Inf and break-date intervals NA, with exit 0.
    @Test func exactlyFittingSegmentsAreRefused() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        var csv = "date,value\n"
        for i in 0..<72 { csv += String(format: "%04d-%02d,%d\n", 2015 + i / 12, i % 12 + 1, i < 36 ? 10 : 1000) }
        let file = try dir.write("steps.csv", csv)
        for extra in [["--bootstrap", "19"], ["--errors", "iid"]] {
            let r = try CLIRun.run(["breaks", file] + extra)
            Adversary.expectFailure(r, status: 65, contains: "fits the series exactly with 1 break(s) (after 2017-12)",
                                    extra.joined(separator: " "))
        }
    }

    /// Naive2 forecasting every window exactly (the seat-belt law dummy) made OWA Inf in the
    /// table and "Infinity" in the JSON; undefined metrics were written as the strings "NaN".
    @Test func undefinedBenchmarkMetricsAreNAAndNull() throws {
        let args = ["benchmark", "Datasets/reference/seatbelts.csv", "--column", "law", "--windows", "6", "--models", "mean"]
        let table = try CLIRun.run(args)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(!table.stdout.contains("Inf"), "\(table.stdout)")
        let json = try CLIRun.run(args + ["--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(!json.stdout.contains("Infinity") && !json.stdout.contains("NaN"), "\(json.stdout)")
        let summaries = try json.json()["summaries"] as? [[String: Any]] ?? []
        #expect(summaries.first?["OWA"] is NSNull, "\(json.stdout)")

        // A baseline with null metrics is written and read back.
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let base = dir.path("base.json")
        let write = try CLIRun.run(args + ["--write-baseline", base])
        #expect(write.status == 0, "\(write.stderr)")
        let text = (try? String(contentsOfFile: base, encoding: .utf8)) ?? ""
        #expect(text.contains("null") && !text.contains("NaN") && !text.contains("Infinity"), "\(text)")
        let gate = try CLIRun.run(args + ["--baseline", base])
        #expect(gate.status == 0, "\(gate.stderr)")
    }
}
