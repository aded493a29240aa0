/// The overall F test of a linear regression (R's `summary.lm()$fstatistic`): all
/// non-intercept coefficients zero, `F = (MSS / (rank − i)) / σ̂²` on
/// `(rank − i, n − rank)` degrees of freedom (`i = 1` with an intercept).
public struct FTest: Sendable, Codable, Equatable {
    public let statistic: Double
    public let numeratorDF: Int
    public let denominatorDF: Int
    /// Upper-tail probability `P(F > statistic)`.
    public let pValue: Double
}

/// One row of a coefficient table (R's `coef(summary(fit))` or `lmtest::coeftest`).
public struct CoefficientRow: Sendable, Codable, Equatable {
    public let name: String
    public let estimate: Double
    public let standardError: Double
    /// `estimate / standardError`.
    public let tStatistic: Double
    /// Two-sided `2 P(T_{n−rank} > |t|)`; NaN for aliased coefficients or without
    /// residual degrees of freedom.
    public let pValue: Double
}

extension LinearRegression {
    /// The overall F test, or `nil` when there is nothing to test (only an intercept)
    /// or no residual degrees of freedom — R prints no F statistic then either.
    public var fTest: FTest? {
        let numerator = rank - (hasIntercept ? 1 : 0)
        guard numerator > 0, residualDF > 0 else { return nil }
        let f = (modelSumOfSquares / Double(numerator)) / (sigma * sigma)
        guard let dist = try? FDistribution(df1: Double(numerator), df2: Double(residualDF)) else { return nil }
        return FTest(statistic: f, numeratorDF: numerator, denominatorDF: residualDF,
                     pValue: f.isNaN ? .nan : dist.sf(f))
    }

    /// Estimates, standard errors under `estimator`, t statistics and two-sided
    /// p-values from Student's t on `n − rank` degrees of freedom (as `summary.lm` for
    /// `.classical` and as `lmtest::coeftest(fit, vcov = …)` otherwise).
    ///
    /// - Throws: whatever `covariance(_:)` throws.
    public func coefficientTable(_ estimator: CovarianceEstimator = .classical) throws -> [CoefficientRow] {
        let se = try standardErrors(estimator)
        let t: StudentT? = residualDF > 0 ? (try? StudentT(df: Double(residualDF))) : nil
        return coefficients.indices.map { j in
            let stat = coefficients[j] / se[j]
            let p: Double
            if let t, !stat.isNaN { p = 2 * t.sf(abs(stat)) } else { p = .nan }
            return CoefficientRow(name: names[j], estimate: coefficients[j], standardError: se[j],
                                  tStatistic: stat, pValue: p)
        }
    }
}
