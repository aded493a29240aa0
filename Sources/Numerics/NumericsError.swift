/// Errors raised by the numerics layer. Nothing in `Numerics` traps on user data:
/// every failure a caller can provoke with its input surfaces as one of these.
public enum NumericsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Shapes that do not fit the operation, e.g. a 3×2 times a 3×2.
    case dimensionMismatch(String)
    /// An input contained NaN or ±Inf where finite values are required.
    case nonFinite(String)
    /// A matrix that is singular (or numerically so) where an inverse or solve was asked.
    case singular(String)
    /// A matrix that is not positive definite where Cholesky was asked.
    case notPositiveDefinite(String)
    /// A design whose columns are linearly dependent; `aliased` are 0-based column indices.
    case rankDeficient(rank: Int, columns: Int, aliased: [Int])
    /// An argument outside its domain (e.g. a probability of 1.5).
    case invalidArgument(String)
    /// An iterative LAPACK routine failed to converge (`info > 0`).
    case noConvergence(String)
    /// LAPACK reported an illegal argument (`info < 0`): a bug on our side, reported not trapped.
    case lapack(routine: String, info: Int)

    public var description: String {
        switch self {
        case .dimensionMismatch(let s): return "dimension mismatch: \(s)"
        case .nonFinite(let s): return "non-finite value: \(s)"
        case .singular(let s): return "singular matrix: \(s)"
        case .notPositiveDefinite(let s): return "matrix is not positive definite: \(s)"
        case .rankDeficient(let rank, let columns, let aliased):
            return "rank-deficient design: rank \(rank) of \(columns) columns; aliased columns \(aliased)"
        case .invalidArgument(let s): return "invalid argument: \(s)"
        case .noConvergence(let s): return "no convergence: \(s)"
        case .lapack(let routine, let info):
            return "LAPACK \(routine) rejected argument \(-info) (info = \(info))"
        }
    }
}
