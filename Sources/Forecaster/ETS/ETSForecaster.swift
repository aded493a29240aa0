import Foundation

/// `--model ets`: automatic ETS (`AutoETS`, R `ets`), the model with the lowest AICc.
public struct ETSForecaster: ForecastModel {
    public var options: ETSOptions

    public init(options: ETSOptions = ETSOptions()) { self.options = options }

    /// - Throws: `ForecasterError.fitFailed` (model `ets`) for the `ETSError`s of `AutoETS.fit`.
    public func fit(_ y: [Double], period: Int) throws -> ETSModel {
        do { return try AutoETS.fit(y, period: period, options: options) } catch let e as ETSError {
            throw ForecasterError.fitFailed(model: "ets", detail: e.description)
        }
    }
}

/// The `auto` member `ets(akaike)`: every `AutoETS` candidate, combined with Akaike weights
/// (`ETSAkaikeWeights`); on the log scale the additive candidates only.
public struct AkaikeETSForecaster: ForecastModel {
    public init() {}

    /// - Throws: `ForecasterError.fitFailed` (model `ets(akaike)`) for the `ETSError`s of the fit.
    public func fit(_ y: [Double], period: Int) throws -> FittedModel {
        try Self.fit(y, period: period, options: ETSOptions(), name: "ets(akaike)")
    }

    /// The additive candidates fitted to `log y` (positive data only), back-transformed.
    public func fitLogScale(_ y: [Double], period: Int) throws -> FittedModel? {
        let name = "ets(akaike,log)"
        guard y.allSatisfy({ $0 > 0 }) else {
            throw ForecasterError.invalidData(model: name, detail: "a log-scale fit needs positive data")
        }
        return .logScale(try Self.fit(y.map { log($0) }, period: period, options: ETSOptions(additiveOnly: true),
                                      name: name))
    }

    private static func fit(_ y: [Double], period: Int, options: ETSOptions, name: String) throws -> FittedModel {
        do { return try ETSAkaikeWeights.fit(y, period: period, options: options) } catch let e as ETSError {
            throw ForecasterError.fitFailed(model: name, detail: e.description)
        }
    }
}

extension ETSModel: FittedForecast {
    public static var fileKey: String { "ets" }

    /// `forecast(horizon:levels:paths:seed:covariance:)` with the default paths and seed.
    /// - Throws: `ETSError` (`FittedModel.forecast` reports it as `ForecasterError.fitFailed`).
    public func forecast(horizon: Int, levels: [Double], covariance: Bool) throws -> Forecast {
        try forecast(horizon: horizon, levels: levels, paths: 5000, seed: 20_240_601, covariance: covariance,
                     gammaSlotAsR: false)
    }

    public var fittedValues: [Double]? { fitted }
    public var fitResiduals: [Double]? { residuals }
    public var informationCriteria: InformationCriteria? {
        guard let l = logLikelihood, let aic, let aicc, let bic else { return nil }
        return InformationCriteria(logLikelihood: l, aic: aic, aicc: aicc, bic: bic)
    }
    public var asFittedModel: FittedModel { .ets(self) }
}
