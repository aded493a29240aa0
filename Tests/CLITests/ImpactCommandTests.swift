import Foundation
import Testing
import TestSupport

/// `almanac impact` end to end: the seatbelt law (1983-02) on log UK driver deaths with the
/// ARIMA orders R's auto.arima picks, (1,0,1)(0,1,1)[12].
@Suite struct ImpactCommandTests {
    @Test func seatbeltLawJSON() throws {
        let r = try CLIRun.run(["impact", "Datasets/reference/ukdriverdeaths.csv", "--at", "1983-02", "--log",
                                "--model", "arima", "--order", "1,0,1,0,1,1", "--format", "json", "--bootstrap", "199"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try r.json()
        #expect(doc["schema"] as? String == "almanac.impact" && doc["version"] as? Int == 1)
        #expect(doc["event"] as? String == "1983-02")
        let pw = try #require(doc["pointwise"] as? [String: Any])
        let actual = try #require(pw["actual"] as? [Double])
        let cf = try #require(pw["counterfactual"] as? [Double])
        let effect = try #require(pw["effect"] as? [Double])
        #expect(actual.count == 23)  // 1983-02 … 1984-12
        for i in actual.indices { #expect(isClose(effect[i], actual[i] - cf[i], rel: 1e-9, abs: 1e-9)) }
        let cum = try #require(doc["cumulative"] as? [String: Any])
        let est = try #require(cum["estimate"] as? Double)
        #expect(isClose(est, effect.reduce(0, +), rel: 1e-9))
        // The law saved lives: a negative effect, significant at 5%.
        #expect(est < 0)
        #expect(try #require(cum["upper"] as? Double) < 0)
        let again = try CLIRun.run(["impact", "Datasets/reference/ukdriverdeaths.csv", "--at", "1983-02", "--log",
                                    "--model", "arima", "--order", "1,0,1,0,1,1", "--format", "json", "--bootstrap", "199"])
        #expect(again.stdout == r.stdout)
    }

    /// The no-effect p-values come from the parametric bootstrap by default, and the JSON says
    /// so; `--bootstrap 0` gives the normal and F approximations, which the bootstrap run keeps
    /// beside its own (the same model and data, so the same values).
    @Test func bootstrapIsTheDefaultReference() throws {
        let args = ["impact", "Datasets/reference/ukdriverdeaths.csv", "--at", "1983-02", "--log",
                    "--model", "arima", "--order", "1,0,1,0,1,1", "--format", "json"]
        let boot = try #require(try CLIRun.run(args).json()["tests"] as? [String: Any])
        #expect(boot["reference"] as? String == "parametric bootstrap")
        #expect(boot["bootstrap_replications"] as? Int == 999)
        let bz = try #require(boot["cumulative_z"] as? [String: Any])
        let p = try #require(bz["p_value"] as? Double)
        #expect(p > 0 && p <= 1 && abs(p * 1000 - (p * 1000).rounded()) < 1e-6)  // k/1000
        let plain = try #require(try CLIRun.run(args + ["--bootstrap", "0"]).json()["tests"] as? [String: Any])
        #expect(plain["reference"] as? String == "normal and F")
        let pz = try #require(plain["cumulative_z"] as? [String: Any])
        #expect(try #require(bz["normal_p_value"] as? Double) == (try #require(pz["p_value"] as? Double)))
        let bad = try CLIRun.run(["impact", "Datasets/reference/ukdriverdeaths.csv", "--at", "1983-02", "--bootstrap", "-1"])
        #expect(bad.status != 0 && bad.stderr.contains("--bootstrap"))
    }

    @Test func eventOutsideTheDataIsAnError() throws {
        let r = try CLIRun.run(["impact", "Datasets/reference/ukdriverdeaths.csv", "--at", "1990-01"])
        #expect(r.status == 65 && r.stderr.hasPrefix("almanac: error: "))
    }
}
