/// The models `combo` and `auto` combine.
enum CombinationMember: String, Sendable, Codable, CaseIterable {
    /// Automatic ETS (`AutoETS`, R `ets`).
    case ets
    /// All `AutoETS` candidates combined with Akaike (AICc) weights (`ETSAkaikeWeights`).
    case etsAkaike = "ets(akaike)"
    /// Automatic ARIMA (`AutoARIMA`, R `auto.arima`).
    case arima
    /// The Theta method (R `thetaf`).
    case theta
    /// The Theta method on `log y` (positive data only), back-transformed.
    case logTheta = "theta(log)"
    /// The Dynamic Optimised Theta Method (Fiorucci et al. 2016, statsforecast `DynamicOptimizedTheta`).
    case dotm

    /// Fits the member to clean data.
    /// - Throws: `ForecasterError` when the member cannot fit the series.
    func fit(_ y: [Double], period: Int) throws -> FittedModel {
        switch self {
        case .ets: return try ForecastMethod.fit(.ets, y, period: period)
        case .etsAkaike:
            do { return try ETSAkaikeWeights.fit(y, period: period) } catch let e as ETSError {
                throw ForecasterError.fitFailed(model: rawValue, detail: e.description)
            }
        case .arima: return try ForecastMethod.fit(.arima, y, period: period)
        case .theta: return .theta(try Theta.fit(y, period: period))
        case .logTheta: return .theta(try Theta.fit(y, period: period, logScale: true))
        case .dotm: return .dotm(try DynamicOptimisedTheta.fit(y, period: period))
        }
    }
}
