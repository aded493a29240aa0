/// Why an optimizer stopped. The raw values follow R `optim`'s `convergence` codes where
/// R has one (`rCode`), so results can be compared with R output directly.
public enum StopReason: String, Codable, Sendable, Equatable {
    /// The relative (or absolute) function-value tolerance was met (R code 0).
    case converged
    /// The iteration / function-evaluation limit was reached first (R code 1).
    case maxIterations
    /// Nelder–Mead: a shrink step did not reduce the simplex size (R code 10, "degeneracy").
    case degenerateSimplex
    /// The objective was not finite at the starting point; nothing was optimised.
    case nonFiniteInitialValue
    /// A finite-difference or analytic gradient was not finite (R stops with an error here).
    case nonFiniteGradient
    /// The starting point itself contained NaN or ±Inf.
    case invalidStart

    /// The matching R `optim()$convergence` code (non-R stops map to 51, R's "warning" code).
    public var rCode: Int {
        switch self {
        case .converged: return 0
        case .maxIterations: return 1
        case .degenerateSimplex: return 10
        case .nonFiniteInitialValue, .nonFiniteGradient, .invalidStart: return 51
        }
    }
}

/// The outcome of a multivariate minimisation (`NelderMead`, `BFGS`).
///
/// `iterations` counts algorithm iterations (BFGS: gradient evaluations, R's `counts[2]`;
/// Nelder–Mead: simplex updates). `functionEvaluations` counts objective calls made by the
/// algorithm proper, as R's `counts[1]`; finite-difference gradient calls are counted
/// separately in `gradientFunctionEvaluations` so the figures stay comparable with R.
public struct OptimizationResult: Codable, Sendable, Equatable {
    /// The best point found.
    public var x: [Double]
    /// The objective at `x` (+∞ if the objective was never finite).
    public var value: Double
    public var iterations: Int
    public var functionEvaluations: Int
    /// Objective calls spent on finite-difference gradients (0 with an analytic gradient).
    public var gradientFunctionEvaluations: Int
    /// Number of gradient evaluations (BFGS; 0 for Nelder–Mead). R's `counts[2]`.
    public var gradientEvaluations: Int
    public var converged: Bool
    public var stopReason: StopReason

    public init(x: [Double], value: Double, iterations: Int, functionEvaluations: Int,
                gradientFunctionEvaluations: Int = 0, gradientEvaluations: Int = 0,
                converged: Bool, stopReason: StopReason) {
        self.x = x
        self.value = value
        self.iterations = iterations
        self.functionEvaluations = functionEvaluations
        self.gradientFunctionEvaluations = gradientFunctionEvaluations
        self.gradientEvaluations = gradientEvaluations
        self.converged = converged
        self.stopReason = stopReason
    }
}

/// The outcome of a one-dimensional minimisation (`Brent.minimize`).
public struct ScalarOptimizationResult: Codable, Sendable, Equatable {
    /// The abscissa of the minimum (R `optimize()$minimum`).
    public var x: Double
    /// The objective at `x` (R `optimize()$objective`).
    public var value: Double
    public var iterations: Int
    public var functionEvaluations: Int
    public var converged: Bool
    public var stopReason: StopReason
}
