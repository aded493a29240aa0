import Foundation
import AlmanacNumerics
import Testing
@testable import Breaks

/// The null error model re-estimates the regression's level steps with its ARIMA errors.
@Suite struct NullErrorProcessTests {
    /// A random walk with no break, regressed by OLS on an intercept and a step at row 150 of
    /// 200. The OLS step is the gap between two segment means of the walk, many innovation
    /// standard deviations; differenced, the OLS residuals have a jump of that size at the
    /// step. Fitted with the step as a regressor (regression with ARIMA errors), the error
    /// model's innovations are the walk's own increments again: no outlier at the step, and
    /// the innovation variance is the increments'. The error model fitted to the OLS
    /// residuals alone keeps the jump.
    @Test func stepsAreReestimatedWithTheErrors() throws {
        var rng = RandomSource(seed: 4)
        var u = [Double](repeating: 0, count: 200)
        for t in 1..<200 { u[t] = u[t - 1] + rng.normal() }
        let step = (0..<200).map { $0 >= 150 ? 1.0 : 0.0 }
        let x = try Matrix(columns: [[Double](repeating: 1, count: 200), step])
        let ols = try LinearRegression(y: u, x: x)
        let gap = ols.coefficients[1]
        let increments = (1..<200).map { u[$0] - u[$0 - 1] }
        let maxIncrement = increments.map(abs).max()!
        #expect(abs(gap) > 2 * maxIncrement, "the OLS step (\(gap)) should dwarf every increment (max \(maxIncrement))")

        let withSteps = try NullErrorProcess(residuals: ols.residuals, period: 1, shiftStarts: [150])
        #expect(withSteps.model.spec.d == 1)
        #expect(withSteps.shiftDesign?.columns == 1)
        #expect(withSteps.paths.innovations.map(abs).max()! < maxIncrement + 0.5)

        let withoutSteps = try NullErrorProcess(residuals: ols.residuals, period: 1)
        #expect(withoutSteps.shiftDesign == nil)
        #expect(withoutSteps.paths.innovations.map(abs).max()! > abs(gap) / 2)
    }
}
