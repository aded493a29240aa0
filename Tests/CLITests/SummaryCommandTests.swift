import Foundation
import Testing

/// The answer-first summaries of `forecast --annual`, `breaks`, `impact` (text and JSON).
@Suite struct SummaryCommandTests {
    func object(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func forecastStartsWithNextYearsTotal() throws {
        let args = ["forecast", "Datasets/russia-serbia-turnover.csv", "--column", "turnover", "--annual", "--model", "ets"]
        let text = try CLIRun.run(args)
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "In short:")
        #expect(lines[1].hasPrefix("  2027 turnover: "))
        #expect(lines[1].contains("on 2026 (95%: "))
        let json = try object(CLIRun.run(args + ["--format", "json"]).stdout)
        let series = try #require((json["series"] as? [[String: Any]])?.first)
        let summary = try #require(series["summary"] as? [String: Any])
        let annual = try #require(series["annual"] as? [[String: Any]])
        let y2027 = try #require(annual.first { $0["year"] as? Int == 2027 })
        #expect(summary["year"] as? Int == 2027)
        #expect(summary["total"] as? Double == y2027["total"] as? Double)
        #expect(summary["upper"] as? Double == y2027["hi95"] as? Double)
        let y2026 = try #require(annual.first { $0["year"] as? Int == 2026 })
        let prev = try #require(y2026["total"] as? Double), next = try #require(y2027["total"] as? Double)
        let change = try #require(summary["change_percent"] as? Double)
        #expect(abs(change - 100 * (next - prev) / prev) < 1e-9)
    }

    @Test func breaksSummaryAtNileEvents() throws {
        let run = try CLIRun.run(["breaks", "Datasets/reference/nile.csv", "--at", "1899", "--bootstrap", "99", "--format", "json"])
        #expect(run.status == 0)
        let summary = try #require(try object(run.stdout)["summary"] as? [String: Any])
        let event = try #require((summary["events"] as? [[String: Any]])?.first)
        #expect(event["status"] as? String == "tested")
        #expect(event["significant_5pct"] as? Bool == true)
        #expect(event["post_periods"] as? Int == 72)
        #expect(summary["breaks_at_unknown_dates"] as? [String] == ["1898"])

        // Three years after the event: quoted as early signs, without a verdict.
        let recent = try CLIRun.run(["breaks", "Datasets/reference/nile.csv", "--at", "1968", "--bootstrap", "99"])
        #expect(recent.status == 0)
        #expect(recent.stdout.hasPrefix("In short:\n  1968 [--at 1968]: too recent to test reliably (3 years after); early signs: level "))
    }

    /// Five observations after the event: the automatic Newey–West lag was astronomically
    /// large and allocating its weights trapped; three after: the HAC bandwidth was undefined
    /// and failed the whole command.
    @Test func eventsNearTheEndNoLongerCrash() throws {
        for date in ["1966", "1968"] {
            let run = try CLIRun.run(["breaks", "Datasets/reference/nile.csv", "--at", date, "--errors", "iid", "--hac"])
            #expect(run.status == 0, "\(date): \(run.stderr)")
            #expect(run.stdout.contains("break at \(date): F = "))
        }
    }

    @Test func impactStartsWithTheRelativeEffect() throws {
        // 199 replicates: the default 999 took about a minute per run in the debug build.
        let args = ["impact", "Datasets/russia-serbia-turnover.csv", "--column", "turnover", "--at", "2022-03", "--bootstrap", "199"]
        let text = try CLIRun.run(args)
        #expect(text.stdout.hasPrefix("In short:\n  After 2022-03 turnover ran "))
        let json = try object(CLIRun.run(args + ["--format", "json"]).stdout)
        let summary = try #require(json["summary"] as? [String: Any])
        let relative = try #require(json["relative"] as? [String: Any])
        let estimate = try #require(relative["estimate"] as? Double)
        #expect(abs((summary["relative_percent"] as? Double ?? .nan) - 100 * estimate) < 1e-9)
    }
}

/// `--format csv --annual` is one rectangular CSV table (it used to be two tables in one file).
@Suite struct AnnualCSVTests {
    @Test func oneTableWithKindColumn() throws {
        let run = try CLIRun.run(["forecast", "Datasets/russia-serbia-turnover.csv", "--column", "turnover", "--annual",
                                  "--model", "ets", "--format", "csv"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "date,kind,mean,lo80,hi80,lo95,hi95,observed,forecast")
        #expect(lines.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 9 })
        #expect(lines[1].hasPrefix("2026-10,forecast,"))
        let totals = lines.filter { $0.contains(",annual_total,") }
        #expect(totals.count == 2)
        #expect(totals[0].hasPrefix("2026,annual_total,") && totals[0].hasSuffix(",9,3"))
        #expect(totals[1].hasPrefix("2027,annual_total,") && totals[1].hasSuffix(",0,12"))
    }
}

/// The scenario sentence: a known step of −30 a month from 2027-01, in series units, takes
/// exactly 12 × 30 = 360 off the 2027 total, with no uncertainty of its own.
@Suite struct ScenarioSummaryTests {
    @Test func knownStepInUnits() throws {
        let args = ["forecast", "Datasets/russia-serbia-turnover.csv", "--column", "turnover",
                    "--xreg", "Datasets/russia-serbia-drivers.csv", "--xreg-columns", "oil,rub", "--order", "1,0,1,0,1,1",
                    "--annual", "--scenario", "wider:step@2027-01=-30"]
        let text = try CLIRun.run(args)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("In short:\n  2027 turnover: "))
        #expect(text.stdout.contains("Scenario wider (step at 2027-01, -30): 2027 turnover "))
        #expect(text.stdout.contains("-360.0 on the baseline (95%: -360.0 to -360.0)."))
        let json = try CLIRun.run(args + ["--format", "json"])
        let doc = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let summary = try #require(doc["scenario_summary"] as? [String: Any])
        let wider = try #require((summary["scenarios"] as? [[String: Any]])?.first { $0["name"] as? String == "wider" })
        #expect(abs((wider["difference"] as? Double ?? .nan) + 360) < 1e-9)
    }
}
