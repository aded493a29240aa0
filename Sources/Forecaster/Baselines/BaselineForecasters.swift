/// `--model naive`: the last value carried forward (`LagWalk.naive`).
public struct NaiveForecaster: ForecastModel {
    public init() {}
    public func fit(_ y: [Double], period: Int) throws -> LagWalk { try LagWalk.naive(y) }
}

/// `--model snaive`: the value one season earlier (`LagWalk.seasonalNaive`).
public struct SeasonalNaiveForecaster: ForecastModel {
    public init() {}
    public func fit(_ y: [Double], period: Int) throws -> LagWalk { try LagWalk.seasonalNaive(y, period: period) }
}

/// `--model drift`: random walk with drift (`LagWalk.drift`, R `rwf(drift = TRUE)`).
public struct DriftForecaster: ForecastModel {
    public init() {}
    public func fit(_ y: [Double], period: Int) throws -> LagWalk { try LagWalk.drift(y) }
}

/// `--model naive2`: naive on the seasonally adjusted series (`Naive2`, the M4 benchmark).
public struct Naive2Forecaster: ForecastModel {
    public init() {}
    public func fit(_ y: [Double], period: Int) throws -> Naive2 { try Naive2(y, period: period) }
}

/// `--model mean`: the mean of the series (`MeanForecast`, R `meanf`).
public struct MeanForecaster: ForecastModel {
    public init() {}
    public func fit(_ y: [Double], period: Int) throws -> MeanForecast { try MeanForecast(y) }
}

extension LagWalk: FittedForecast {
    public static var fileKey: String { "lagWalk" }
    public var asFittedModel: FittedModel { .lagWalk(self) }
}

extension Naive2: FittedForecast {
    public static var fileKey: String { "naive2" }
    public var asFittedModel: FittedModel { .naive2(self) }
}

extension MeanForecast: FittedForecast {
    public static var fileKey: String { "mean" }
    public var asFittedModel: FittedModel { .mean(self) }
}
