import Foundation
import Testing
import TestSupport
@testable import Forecaster
import TimeSeries

@Suite struct SavedModelTests {
    static let air: [Double] = try! Fixtures.csv(Fixtures.dataset("reference/airpassengers.csv"))["value"]!

    func history() throws -> TimeSeries {
        try TimeSeries(name: "airpassengers", start: .month(1949, 1), frequency: .monthly, values: Self.air)
    }

    func models() throws -> [FittedModel] {
        let y = Self.air
        let ets = FittedModel.ets(try AutoETS.fit(y, period: 12))
        let arima = FittedModel.arima(try AutoARIMA().fit(y, period: 12))
        let theta = FittedModel.theta(try Theta.fit(y, period: 12))
        return [ets, arima, theta,
                .lagWalk(try LagWalk.drift(y)), .mean(try MeanForecast(y)), .naive2(try Naive2(y, period: 12)),
                .flat(3.5),
                .ensemble(.init(members: [ets, arima, theta], rule: .mean, intervals: .pooledStandardError,
                                widthFactor: 1.1, label: "combo"))]
    }

    /// Save, load, forecast: the same bytes, for every kind of model, at a new horizon too.
    @Test func reloadGivesByteIdenticalForecasts() throws {
        for model in try models() {
            // The header must name a method and the model's own label: loading checks both.
            let label = try model.forecast(horizon: 1, levels: [80]).model
            let saved = SavedModel(method: "auto", chosen: label, history: try history(), skipped: 0, warnings: [],
                                   model: model)
            let text = try saved.encoded()
            let loaded = try SavedModel.decode(Data(text.utf8), source: "m.json")
            #expect(loaded == saved)
            #expect(try loaded.encoded() == text)
            for h in [18, 30] {
                #expect(try loaded.forecast(horizon: h, levels: [80, 95]) == (try saved.forecast(horizon: h, levels: [80, 95])))
            }
        }
    }

    @Test func ensembleForecastIsTheCombinationOfItsMembers() throws {
        let all = try models()
        guard case .ensemble(let e) = all.last! else { Issue.record("expected an ensemble"); return }
        let members = try e.members.map { try $0.forecast(horizon: 12, levels: [95]) }
        let direct = try ForecastCombination.combine(members, rule: .mean, intervals: .pooledStandardError,
                                                     widthFactor: 1.1, levels: [95])
        let fc = try FittedModel.ensemble(e).forecast(horizon: 12, levels: [95])
        #expect(fc.mean == direct.mean && fc.upper == direct.upper)
        #expect(fc.model.hasPrefix("combo(ETS("))
    }

    @Test func unknownVersionAndCorruptFilesAreRefused() throws {
        let saved = SavedModel(method: "naive", chosen: "naive", history: try history(), skipped: 0, warnings: [],
                               model: .lagWalk(try LagWalk.naive(Self.air)))
        let text = try saved.encoded()
        let future = text.replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 2")
        #expect(future != text)
        do { _ = try SavedModel.decode(Data(future.utf8), source: "m.json"); Issue.record("accepted version 2") } catch {
            #expect("\(error)".contains("m.json: model file version 2; this Almanac reads version 1"))
        }
        let corrupt = text.replacingOccurrences(of: "\"sigma2\"", with: "\"sigma_two\"")
        do { _ = try SavedModel.decode(Data(corrupt.utf8), source: "m.json"); Issue.record("accepted a corrupt file") } catch {
            #expect("\(error)".contains("m.json: corrupted model file: missing 'sigma2'"))
        }
        do { _ = try SavedModel.decode(Data("[1,2]".utf8), source: "m.json"); Issue.record("accepted an array") } catch {
            #expect("\(error)".contains("not a model file"))
        }
        do { _ = try SavedModel.decode(Data("{\"schema\": \"other\", \"version\": 1}".utf8), source: "m.json"); Issue.record("accepted another schema") } catch {
            #expect("\(error)".contains("not an Almanac model file"))
        }
    }
}
