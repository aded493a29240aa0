/// `--model theta`: the Theta method (`Theta`, R `thetaf`).
public struct ThetaForecaster: ForecastModel {
    public init() {}

    public func fit(_ y: [Double], period: Int) throws -> ThetaModel {
        try Theta.fit(y, period: period)
    }

    /// Theta on `log y`, back-transformed by the fitted model itself (`ThetaModel.logScale`).
    public func fitLogScale(_ y: [Double], period: Int) throws -> FittedModel? {
        .theta(try Theta.fit(y, period: period, logScale: true))
    }
}

extension ThetaModel: FittedForecast {
    public static var fileKey: String { "theta" }
    public var asFittedModel: FittedModel { .theta(self) }
}

/// `--model dotm`: the Dynamic Optimised Theta Method (`DynamicOptimisedTheta`).
public struct DOTMForecaster: ForecastModel {
    public init() {}

    public func fit(_ y: [Double], period: Int) throws -> DOTMModel {
        try DynamicOptimisedTheta.fit(y, period: period)
    }

    /// DOTM on `log y`, back-transformed by the fitted model itself (`DOTMModel.logScale`).
    public func fitLogScale(_ y: [Double], period: Int) throws -> FittedModel? {
        .dotm(try DynamicOptimisedTheta.fit(y, period: period, logScale: true))
    }
}

extension DOTMModel: FittedForecast {
    public static var fileKey: String { "dotm" }
    public var asFittedModel: FittedModel { .dotm(self) }
}
