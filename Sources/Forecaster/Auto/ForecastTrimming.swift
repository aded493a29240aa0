import AlmanacNumerics

extension Forecast {
    /// The forecast without its first `steps` steps (bounds and covariance alike), used when
    /// the forecast origin lies `steps` periods before the requested one.
    func droppingFirst(_ steps: Int) -> Forecast {
        guard steps > 0, steps < horizon else { return self }
        let h = horizon - steps
        var cov: Matrix? = nil
        if let c = errorCovariance {
            var m = Matrix(rows: h, columns: h)
            for j in 0..<h { for i in 0..<h { m[i, j] = c[i + steps, j + steps] } }
            cov = m
        }
        return Forecast(model: model, mean: Array(mean.dropFirst(steps)), levels: levels,
                        lower: lower.map { Array($0.dropFirst(steps)) },
                        upper: upper.map { Array($0.dropFirst(steps)) }, errorCovariance: cov)
    }

    /// True when every mean and bound is finite and no mean exceeds `limit` in magnitude.
    func isSane(limit: Double) -> Bool {
        mean.allSatisfy { $0.isFinite && abs($0) <= limit }
            && lower.allSatisfy { $0.allSatisfy(\.isFinite) } && upper.allSatisfy { $0.allSatisfy(\.isFinite) }
    }
}
