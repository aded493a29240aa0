import Foundation
import Testing
import TestSupport

/// Hand-edited model files are validated field by field on `--load` and refused with a
/// one-line message naming the field, instead of trapping or forecasting nonsense.
@Suite(.serialized) struct EditedModelFileTests {
    /// Fits `model` to AirPassengers, applies `edit` to the saved JSON and loads it.
    func loadEdited(_ model: String, _ edit: (inout [String: Any]) -> Void) throws -> CLIRun {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let saved = dir.path("model.json")
        let fit = try CLIRun.run(["forecast", "Datasets/reference/airpassengers.csv", "--model", model, "--save", saved])
        #expect(fit.status == 0, "\(fit.stderr)")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: saved))) as? [String: Any])
        edit(&json)
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: saved))
        return try CLIRun.run(["forecast", "--load", saved])
    }

    /// Sets `model.<case>._0.<field>`.
    func setField(_ json: inout [String: Any], _ kind: String, _ field: String, _ value: Any) {
        var model = json["model"] as! [String: Any]
        var wrapper = model[kind] as! [String: Any]
        var inner = wrapper["_0"] as! [String: Any]
        inner[field] = value
        wrapper["_0"] = inner
        model[kind] = wrapper
        json["model"] = model
    }

    @Test func invalidFieldsAreRefused() throws {
        let cases: [(String, String, String, Any, String)] = [
            ("snaive", "lagWalk", "lag", 0, "lag"),
            ("theta", "theta", "seasonalIndices", [Double](), "seasonalIndices"),
            ("theta", "theta", "count", -5, "count"),
            ("ets", "ets", "finalState", [400.0, 1.0], "finalState"),
            ("ets", "ets", "period", 0, "period"),
            ("ets", "ets", "period", 100_000, "period"),
            ("ets", "ets", "sigma2", -1.0, "sigma2"),
            ("dotm", "dotm", "mse", -2.0, "mse"),
        ]
        for (model, kind, field, value, named) in cases {
            let r = try loadEdited(model) { setField(&$0, kind, field, value) }
            Adversary.expectFailure(r, status: 65, contains: "invalid model file: model.\(named)", "\(model).\(field) = \(value)")
        }
    }

    @Test func headerMustMatchTheModel() throws {
        let r = try loadEdited("theta") { $0["chosen"] = "ETS(M,Ad,M)" }
        Adversary.expectFailure(r, status: 65, contains: "the header says 'ETS(M,Ad,M)' but the model is 'theta'", "chosen")
        let m = try loadEdited("theta") { $0["method"] = "prophet" }
        Adversary.expectFailure(m, status: 65, contains: "unknown method 'prophet'", "method")
    }
}
