import Foundation

/// A member of `combo`, `auto` or a combination of your own: a registered model
/// (`ModelRegistry`) fitted on a scale.
///
/// Its `rawValue` is the name warnings and benchmarks use: the model's name (`arima`) on
/// the original scale, its log name (`arima(log)`, `ets(akaike,log)`) on the log scale.
public struct CombinationMember: Sendable, Hashable, CustomStringConvertible {
    /// The registered model's name.
    public var model: String
    public var scale: ModelScale

    public init(_ model: String, scale: ModelScale = .original) {
        self.model = model
        self.scale = scale
    }

    /// The member named `rawValue` (a registered model's name or log name), nil if none.
    public init?(rawValue: String) {
        for entry in ModelRegistry.models {
            if entry.name == rawValue { self.init(entry.name); return }
            if entry.logName == rawValue { self.init(entry.name, scale: .log); return }
        }
        return nil
    }

    public var rawValue: String {
        let entry = ModelRegistry.model(named: model)
        switch scale {
        case .original: return model
        case .log: return entry?.logName ?? "\(model)(log)"
        }
    }

    public var description: String { rawValue }

    /// Fits the member to clean data.
    /// - Throws: `ForecasterError` when the member cannot fit the series or its model is not registered.
    public func fit(_ y: [Double], period: Int) throws -> FittedModel {
        guard let entry = ModelRegistry.model(named: model) else {
            throw ForecasterError.invalidOption("no registered model '\(model)'")
        }
        return try entry.fit(y, period: period, scale: scale)
    }

    /// Automatic ETS (`AutoETS`, R `ets`).
    public static let ets = CombinationMember("ets")
    /// All `AutoETS` candidates combined with Akaike (AICc) weights (`ETSAkaikeWeights`).
    public static let etsAkaike = CombinationMember("ets(akaike)")
    /// `etsAkaike` on `log y` with the additive models only (positive data only), back-transformed.
    public static let logETSAkaike = CombinationMember("ets(akaike)", scale: .log)
    /// Automatic ARIMA (`AutoARIMA`, R `auto.arima`).
    public static let arima = CombinationMember("arima")
    /// Automatic ARIMA on `log y` (`auto.arima(lambda = 0)` without bias adjustment), back-transformed.
    public static let logARIMA = CombinationMember("arima", scale: .log)
    /// The Theta method (R `thetaf`).
    public static let theta = CombinationMember("theta")
    /// The Theta method on `log y` (positive data only), back-transformed.
    public static let logTheta = CombinationMember("theta", scale: .log)
    /// The Dynamic Optimised Theta Method (Fiorucci et al. 2016, statsforecast `DynamicOptimizedTheta`).
    public static let dotm = CombinationMember("dotm")
    /// DOTM on `log y` (positive data only), back-transformed.
    public static let logDOTM = CombinationMember("dotm", scale: .log)
    /// Complex Exponential Smoothing, type chosen by AICc (Svetunkov & Kourentzes; statsforecast `AutoCES`).
    public static let ces = CombinationMember("ces")
    /// CES on `log y` (positive data only), back-transformed.
    public static let logCES = CombinationMember("ces", scale: .log)
}
