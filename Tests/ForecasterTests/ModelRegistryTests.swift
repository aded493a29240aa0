import Foundation
import Testing
import TestSupport
@testable import Forecaster
import TimeSeries

/// The model interface: every registered model, on both scales, and both ensembles survive
/// a model file unchanged; the registry feeds `ForecastMethod` and `CombinationMember`.
@Suite struct ModelRegistryTests {
    static let air: [Double] = try! Fixtures.csv(Fixtures.dataset("reference/airpassengers.csv"))["value"]!

    func history() throws -> TimeSeries {
        try TimeSeries(name: "airpassengers", start: .month(1949, 1), frequency: .monthly, values: Self.air)
    }

    /// Every registered model (CES, DOTM and `sdrift` included) on the original and the log
    /// scale, plus `auto` and `combo`: save, load, forecast give the same bytes.
    @Test func everyRegisteredModelRoundTripsThroughAModelFile() throws {
        var models: [(String, FittedModel)] = []
        for entry in ModelRegistry.models {
            for scale in ModelScale.allCases {
                let member = CombinationMember(entry.name, scale: scale)
                models.append((member.rawValue, try member.fit(Self.air, period: 12)))
            }
        }
        for method in [ForecastMethod.auto, .combo] {
            models.append((method.rawValue, try method.run(Self.air, period: 12, horizon: 1).model))
        }
        #expect(models.count == 2 * ModelRegistry.models.count + 2)
        for (name, model) in models {
            // The header as the CLI writes it: a method `--model` accepts (an unlisted member
            // stands in `auto`, which may hold any member) and the label the model forecasts
            // under; loading checks both.
            let base = String(name.prefix { $0 != "(" })
            let method = ForecastMethod(rawValue: base)?.rawValue ?? ForecastMethod.auto.rawValue
            let chosen = try model.forecast(horizon: 1, levels: [80], covariance: false).model
            let saved = SavedModel(method: method, chosen: chosen, history: try history(), skipped: 0, warnings: [],
                                   model: model)
            let text = try saved.encoded()
            let loaded = try SavedModel.decode(Data(text.utf8), source: "\(name).json")
            #expect(loaded == saved, "\(name)")
            #expect(try loaded.encoded() == text, "\(name)")
            for h in [1, 18] {
                #expect(try loaded.forecast(horizon: h, levels: [80, 95]) == (try saved.forecast(horizon: h, levels: [80, 95])),
                        "\(name)")
            }
        }
    }

    @Test func everyListedModelIsAMethodAndAMember() throws {
        let names = Set(ForecastMethod.allCases.map(\.rawValue))
        for entry in ModelRegistry.models {
            #expect(names.contains(entry.name) == entry.listed, "\(entry.name)")
            #expect(CombinationMember(rawValue: entry.name) == CombinationMember(entry.name))
            #expect(CombinationMember(rawValue: entry.logName) == CombinationMember(entry.name, scale: .log))
        }
        #expect(ForecastMethod(rawValue: "sdrift") != nil)
        #expect(ForecastMethod(rawValue: "ets(akaike)") == nil)
        #expect(CombinationMember.logETSAkaike.rawValue == "ets(akaike,log)")
        #expect(CombinationMember.logARIMA.rawValue == "arima(log)")
        let keys = ModelRegistry.models.map { $0.fittedType.fileKey }
        #expect(Set(keys).count == Set(keys.map { $0 }).count)
    }

    @Test func fittedModelsReportTheirFit() throws {
        let ets = try ETSForecaster().fit(Self.air, period: 12)
        #expect(ets.informationCriteria?.aicc == ets.aicc)
        #expect(ets.fittedValues?.count == Self.air.count)
        let arima = try ARIMAForecaster().fit(Self.air, period: 12)
        #expect(arima.informationCriteria?.bic == arima.bic)
        #expect(arima.fitResiduals == arima.residuals)
        #expect(try ThetaForecaster().fit(Self.air, period: 12).informationCriteria == nil)
    }

    /// The worked example of docs/guides/adding-a-model.md equals R's `rwf(lag = 12, drift = TRUE)`
    /// as `LagWalk` computes it.
    @Test func seasonalDriftIsTheSeasonalLagWalkWithDrift() throws {
        let fc = try ForecastMethod(rawValue: "sdrift")!.forecast(Self.air, period: 12, horizon: 30, levels: [80, 95])
        let walk = try LagWalk(Self.air, lag: 12, drift: true, name: "sdrift").forecast(horizon: 30, levels: [80, 95])
        for h in 0..<30 {
            #expect(abs(fc.mean[h] - walk.mean[h]) <= 1e-9 * abs(walk.mean[h]))
            #expect(abs(fc.upper[1][h] - walk.upper[1][h]) <= 1e-9 * abs(walk.upper[1][h]))
            for j in 0..<30 {
                #expect(abs(fc.errorCovariance![h, j] - walk.errorCovariance![h, j]) <= 1e-9 * (1 + abs(walk.errorCovariance![h, j])))
            }
        }
    }

    /// A combination of your own members, the new model among them.
    @Test func aRegisteredModelJoinsACombination() throws {
        let members = [CombinationMember("sdrift"), CombinationMember("theta", scale: .log)]
        let r = try ForecastMethod.combination(Self.air, members: members, period: 12, horizon: 12)
        #expect(r.forecast.model.hasPrefix("combo(sdrift+theta"))
        #expect(r.warnings.isEmpty)
    }
}
