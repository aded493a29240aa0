import Foundation
import Testing
import TestSupport
@testable import AlmanacNumerics

/// Reference problems written exactly as in Tests/Fixtures/optimization/make_fixtures.R, so
/// floating-point evaluation order matches R and iteration counts can be compared exactly.
enum OptimizationProblems {
    static func sq(_ v: Double) -> Double { v * v }
    static func rosenbrock(_ x: UnsafeBufferPointer<Double>) -> Double {
        100 * sq(x[1] - sq(x[0])) + sq(1 - x[0])
    }
    static func rosenbrockGradient(_ x: UnsafeBufferPointer<Double>, _ g: UnsafeMutableBufferPointer<Double>) {
        g[0] = -400 * x[0] * (x[1] - sq(x[0])) - 2 * (1 - x[0])
        g[1] = 200 * (x[1] - sq(x[0]))
    }
    static func wood(_ x: UnsafeBufferPointer<Double>) -> Double {
        100 * sq(sq(x[0]) - x[1]) + sq(1 - x[0]) + 90 * sq(sq(x[2]) - x[3]) + sq(1 - x[2])
            + 10.1 * (sq(x[1] - 1) + sq(x[3] - 1)) + 19.8 * (x[1] - 1) * (x[3] - 1)
    }
    static func quad3(_ x: UnsafeBufferPointer<Double>) -> Double {
        sq(x[0] - 1) + 10 * sq(x[1] + 2) + 0.5 * sq(x[2] - 300) + x[0] * x[1]
    }
    static func expfun(_ x: UnsafeBufferPointer<Double>) -> Double {
        exp(0.3 * x[0]) + x[0] * sq(x[1]) + log(1 + sq(x[1])) + sin(x[0] * x[1])
    }
    static func named(_ name: String) -> (UnsafeBufferPointer<Double>) -> Double {
        switch name {
        case "rosenbrock": return rosenbrock
        case "wood": return wood
        case "quad3": return quad3
        default: return expfun
        }
    }
    static func scalar(_ name: String) -> (Double) -> Double {
        switch name {
        case "f1": return { sq($0 - 1.0 / 3.0) }
        case "f2": return { sin($0) }
        case "f3": return { x in (x > -1 && x < 4) ? exp(-1 / abs(x - 1)) : 10 }
        default: return { x in pow(x, 4) - 3 * pow(x, 3) + 2 }  // R `^` calls pow() unless the power is 2
        }
    }
}

struct OptimRun: Decodable {
    let name, method, problem: String
    let start: [Double]
    let parscale: [Double]?
    let analyticGradient: Bool
    let maxit: Int?
    let abstol, alpha, beta, gamma, reltol: Double?
    let par: [Double]
    let value: Double
    let fncount, grcount, convergence: Int
}
struct HessianRun: Decodable {
    let name, problem: String
    let at: [Double]
    let parscale: [Double]?
    let hessian: [Double]
}
struct OptimizeRun: Decodable {
    let name, problem: String
    let lower, upper, tol, minimum, objective: Double
}
struct UnirootRun: Decodable {
    let name, problem: String
    let lower, upper, tol, root, froot, estimPrec: Double
    let iter: Int
}
struct OptimReference: Decodable {
    let optim: [OptimRun]
    let hessian: [HessianRun]
    let optimize: [OptimizeRun]
    let uniroot: [UnirootRun]
}

@Suite struct OptimizerTests {
    let reference: OptimReference
    init() throws {
        reference = try Fixtures.json(OptimReference.self, Fixtures.url("optimization/optim_reference.json"))
    }

    @Test func optimMatchesR() throws {
        #expect(reference.optim.count == 15)
        for run in reference.optim {
            let f = OptimizationProblems.named(run.problem)
            let result: OptimizationResult
            if run.method == "BFGS" {
                var options = BFGS.Options()
                options.parscale = run.parscale
                if let m = run.maxit { options.maxIterations = m }
                if let a = run.abstol { options.absoluteTolerance = a }
                if let r = run.reltol { options.relativeTolerance = r }
                var bfgs = BFGS(dimension: run.start.count, options: options)
                result = run.analyticGradient
                    ? bfgs.minimize(from: run.start, gradient: OptimizationProblems.rosenbrockGradient, f)
                    : bfgs.minimize(from: run.start, f)
                #expect(result.gradientEvaluations == run.grcount, "\(run.name) gradient count")
            } else {
                var options = NelderMead.Options()
                options.parscale = run.parscale
                if let m = run.maxit { options.maxIterations = m }
                if let a = run.abstol { options.absoluteTolerance = a }
                if let r = run.reltol { options.relativeTolerance = r }
                if let a = run.alpha { options.alpha = a }
                if let b = run.beta { options.beta = b }
                if let g = run.gamma { options.gamma = g }
                var nm = NelderMead(dimension: run.start.count, options: options)
                result = nm.minimize(from: run.start, f)
            }
            #expect(result.functionEvaluations == run.fncount, "\(run.name) function count \(result.functionEvaluations) vs R \(run.fncount)")
            #expect(result.stopReason.rCode == run.convergence, "\(run.name)")
            for (a, b) in zip(result.x, run.par) {
                #expect(isClose(a, b, rel: 1e-10, abs: 1e-12), "\(run.name) par \(a) vs R \(b)")
            }
            #expect(isClose(result.value, run.value, rel: 1e-9, abs: 1e-20), "\(run.name) value \(result.value) vs R \(run.value)")
        }
    }

    @Test func optimHessMatchesR() throws {
        for run in reference.hessian {
            let h = try NumericalDerivatives.hessian(at: run.at, parscale: run.parscale,
                                                     OptimizationProblems.named(run.problem))
            #expect(h.rows == run.at.count && h.columns == run.at.count)
            for (a, b) in zip(h.storage, run.hessian) {
                #expect(isClose(a, b, rel: 1e-9, abs: 1e-10), "\(run.name): \(a) vs R \(b)")
            }
            #expect(h[0, 1] == h[1, 0])
        }
    }

    @Test func brentMatchesROptimize() throws {
        #expect(reference.optimize.count == 5)
        for run in reference.optimize {
            let r = try Brent.minimize(lower: run.lower, upper: run.upper, tolerance: run.tol,
                                       OptimizationProblems.scalar(run.problem))
            #expect(isClose(r.x, run.minimum, rel: 1e-13), "\(run.name): \(r.x) vs R \(run.minimum)")
            #expect(isClose(r.value, run.objective, rel: 1e-12, abs: 1e-300), "\(run.name)")
        }
    }

    @Test func brentRootMatchesRUniroot() throws {
        #expect(reference.uniroot.count == 4)
        for run in reference.uniroot {
            let f: (Double) -> Double
            switch run.problem {
            case "g1": f = { pow($0, 3) - $0 - 1 }
            case "g2": f = { cos($0) - $0 }
            case "g3": f = { exp($0) - 5 }
            default: f = { $0 - 1 }
            }
            let r = try Brent.root(lower: run.lower, upper: run.upper, tolerance: run.tol, f)
            #expect(r.root == run.root, "\(run.name): \(r.root) vs R \(run.root)")
            #expect(r.iterations == run.iter, "\(run.name) iterations")
            #expect(isClose(r.value, run.froot, rel: 1e-12, abs: 1e-300))
            #expect(isClose(r.estimatedPrecision, run.estimPrec, rel: 1e-12))
            #expect(r.converged)
        }
        #expect(throws: NumericsError.self) { try Brent.root(lower: 0, upper: 1) { $0 + 1 } }
        let capped = try Brent.root(lower: 0, upper: 3, tolerance: 1e-14, maxIterations: 2) { exp($0) - 5 }
        #expect(!capped.converged)
    }

    @Test func gradientIsCentralDifference() throws {
        // Central differences are exact up to the third derivative: for the Rosenbrock quartic,
        // (f(x+h) − f(x−h))/2h = ∂f/∂x₀ + h²/6·∂³f/∂x₀³ with ∂³f/∂x₀³ = 2400·x₀, while f is
        // quadratic in x₁ so that component is exact. At (−1.2, 1), h = 1e-3:
        // ∂f/∂x₀ = −215.6, correction 1e-6/6·(−2880) = −4.8e-4; ∂f/∂x₁ = −88.
        let g = try NumericalDerivatives.gradient(at: [-1.2, 1], OptimizationProblems.rosenbrock)
        #expect(abs(g[0] - (-215.6 - 4.8e-4)) < 1e-9)
        #expect(abs(g[1] - (-88.0)) < 1e-9)
        // With parscale s the step is h·s in the user's units: the x₀ correction scales by s².
        let gs = try NumericalDerivatives.gradient(at: [-1.2, 1], parscale: [2, 1], OptimizationProblems.rosenbrock)
        #expect(abs(gs[0] - (-215.6 - 4 * 4.8e-4)) < 1e-9)
        #expect(abs(gs[1] - (-88.0)) < 1e-9)
    }

    @Test func nonFiniteObjectiveIsTreatedAsInfinite() {
        // Minimum of (x−2)² restricted to x > 0; negative trial points return NaN.
        var nm = NelderMead(dimension: 1)
        let r = nm.minimize(from: [5]) { x in x[0] > 0 ? (x[0] - 2) * (x[0] - 2) : .nan }
        #expect(r.converged)
        #expect(abs(r.x[0] - 2) < 1e-3)
        var bfgs = BFGS(dimension: 1)
        let b = bfgs.minimize(from: [0.5]) { x in x[0] > 0 ? (x[0] - 2) * (x[0] - 2) - log(x[0]) : .infinity }
        #expect(b.converged)
        // Minimiser of (x−2)² − log x: 2x² − 4x − 1 = 0 → x = 1 + √1.5.
        #expect(abs(b.x[0] - (1 + 1.5.squareRoot())) < 1e-4)
    }

    @Test func invalidInputsAreReportedNotTrapped() {
        var nm = NelderMead(dimension: 2)
        #expect(nm.minimize(from: [.nan, 1], OptimizationProblems.rosenbrock).stopReason == .invalidStart)
        #expect(nm.minimize(from: [1, 1]) { _ in .nan }.stopReason == .nonFiniteInitialValue)
        var bfgs = BFGS(dimension: 2)
        #expect(bfgs.minimize(from: [1, 1]) { _ in .infinity }.stopReason == .nonFiniteInitialValue)
        #expect(throws: NumericsError.self) { try Brent.minimize(lower: 1, upper: 0) { $0 } }
        #expect(throws: NumericsError.self) { try Brent.minimize(lower: 0, upper: .infinity) { $0 } }
        #expect(throws: NumericsError.self) { try NumericalDerivatives.hessian(at: [1], step: 0) { $0[0] } }
        #expect(throws: NumericsError.self) {
            try NumericalDerivatives.gradient(at: [1, 2], parscale: [1, 0]) { $0[0] }
        }
    }

    @Test func maxIterationsIsReported() {
        var options = BFGS.Options()
        options.maxIterations = 5
        var bfgs = BFGS(dimension: 2, options: options)
        let r = bfgs.minimize(from: [-1.2, 1], OptimizationProblems.rosenbrock)
        #expect(r.stopReason == .maxIterations && r.stopReason.rCode == 1 && !r.converged)
        #expect(r.iterations == 5)
    }
}
