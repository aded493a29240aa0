import Forecaster

extension ARIMAPathSimulator {
    /// The error paths of a fitted regression with ARIMA errors: `model`'s recursions,
    /// started from the first `d + sD` observed errors `y − mean` (`mean` its regression part
    /// over the same positions).
    init(model: ARIMAModel, observed y: [Double], mean: [Double]) {
        let start = (0..<min(model.delta.count, y.count)).map { y[$0] - mean[$0] }
        self.init(model: model, initial: start)
    }
}
