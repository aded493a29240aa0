import Foundation

/// The models `combo` and `auto` combine.
enum CombinationMember: String, Sendable, Codable, CaseIterable {
    /// Automatic ETS (`AutoETS`, R `ets`).
    case ets
    /// All `AutoETS` candidates combined with Akaike (AICc) weights (`ETSAkaikeWeights`).
    case etsAkaike = "ets(akaike)"
    /// `etsAkaike` on `log y` with the additive models only (positive data only), back-transformed.
    case logETSAkaike = "ets(akaike,log)"
    /// Automatic ARIMA (`AutoARIMA`, R `auto.arima`).
    case arima
    /// Automatic ARIMA on `log y` (`auto.arima(lambda = 0)`, positive data only), back-transformed.
    case logARIMA = "arima(log)"
    /// The Theta method (R `thetaf`).
    case theta
    /// The Theta method on `log y` (positive data only), back-transformed.
    case logTheta = "theta(log)"
    /// The Dynamic Optimised Theta Method (Fiorucci et al. 2016, statsforecast `DynamicOptimizedTheta`).
    case dotm
    /// DOTM on `log y` (positive data only), back-transformed.
    case logDOTM = "dotm(log)"
    /// Complex Exponential Smoothing, type chosen by AICc (Svetunkov & Kourentzes; statsforecast `AutoCES`).
    case ces
    /// CES on `log y` (positive data only), back-transformed.
    case logCES = "ces(log)"

    /// Fits the member to clean data.
    /// - Throws: `ForecasterError` when the member cannot fit the series.
    func fit(_ y: [Double], period: Int) throws -> FittedModel {
        switch self {
        case .ets: return try ForecastMethod.fit(.ets, y, period: period)
        case .etsAkaike: return try akaikeETS(y, period: period, options: ETSOptions())
        case .logETSAkaike:
            return .logScale(try akaikeETS(logOf(y), period: period, options: ETSOptions(additiveOnly: true)))
        case .arima: return try ForecastMethod.fit(.arima, y, period: period)
        case .logARIMA:
            // The same as auto.arima(lambda = 0) without bias adjustment, labelled "(log)".
            return .logScale(try ForecastMethod.fit(.arima, logOf(y), period: period))
        case .theta: return .theta(try Theta.fit(y, period: period))
        case .logTheta: return .theta(try Theta.fit(y, period: period, logScale: true))
        case .dotm: return try ForecastMethod.fit(.dotm, y, period: period)
        case .logDOTM: return .dotm(try DynamicOptimisedTheta.fit(y, period: period, logScale: true))
        case .ces: return try ForecastMethod.fit(.ces, y, period: period)
        case .logCES: return .logScale(try ForecastMethod.fit(.ces, logOf(y), period: period))
        }
    }

    /// `log y` for the log-scale members.
    /// - Throws: `ForecasterError.invalidData` unless every value is positive.
    private func logOf(_ y: [Double]) throws -> [Double] {
        guard y.allSatisfy({ $0 > 0 }) else {
            throw ForecasterError.invalidData(model: rawValue, detail: "a log-scale fit needs positive data")
        }
        return y.map { log($0) }
    }

    /// `ETSAkaikeWeights.fit` with its errors as `ForecasterError`s naming this member.
    private func akaikeETS(_ y: [Double], period: Int, options: ETSOptions) throws -> FittedModel {
        do { return try ETSAkaikeWeights.fit(y, period: period, options: options) } catch let e as ETSError {
            throw ForecasterError.fitFailed(model: rawValue, detail: e.description)
        }
    }
}
