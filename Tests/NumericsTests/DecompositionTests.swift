import Foundation
import Testing
import TestSupport
@testable import AlmanacNumerics

/// Decompositions on matrices whose factors, eigenvalues or roots are known by hand.
@Suite struct DecompositionTests {
    func maxAbsDiff(_ a: Matrix, _ b: Matrix) -> Double {
        zip(a.storage, b.storage).map { abs($0 - $1) }.max() ?? 0
    }

    @Test func pivotedQRReconstructsAPEqualsQR() throws {
        let a = try Matrix(rowMajor: [[1, 2, 3], [4, 5, 6.5], [7, 8.5, 9], [1, 0, 2]])
        let qr = try PivotedQR(a)
        #expect(qr.rank == 3)
        #expect(qr.aliased.isEmpty)
        #expect(Set(qr.pivot) == [0, 1, 2])
        let q = try qr.thinQ()
        let qtq = try Matrix.multiply(q, transposeA: true, q)
        #expect(maxAbsDiff(qtq, .identity(3)) < 1e-14)
        let ap = a.selecting(columns: qr.pivot)
        #expect(maxAbsDiff(try q * qr.r, ap) < 1e-13)
        // |R_jj| non-increasing under column pivoting.
        let d = qr.r.diagonal.map(abs)
        #expect(d[0] >= d[1] && d[1] >= d[2])
        // Least squares: the exact solution of a consistent system is recovered.
        let x = [1.5, -2.0, 0.25]
        let b = try a.multiply(x)
        let solved = try qr.solve(b)
        for i in 0..<3 { #expect(abs(solved[i] - x[i]) < 1e-13) }
    }

    @Test func pivotedQRDetectsRankAndReportsAliasedColumns() throws {
        // Column 2 = column 0 + column 1; column 3 = 2 × column 0.
        let c0 = [1.0, 2, 3, 4, 5], c1 = [1.0, -1, 2, 0, 3]
        let a = try Matrix(columns: [c0, c1, zip(c0, c1).map(+), c0.map { 2 * $0 }])
        let qr = try PivotedQR(a)
        #expect(qr.rank == 2)
        #expect(qr.aliased.count == 2)
        #expect(!qr.isFullRank)
        // A zero matrix has rank 0, every column aliased.
        let z = try PivotedQR(Matrix(rows: 3, columns: 2))
        #expect(z.rank == 0)
        #expect(z.aliased == [0, 1])
    }

    @Test func pivotedQRInverseGramMatchesHandValue() throws {
        // AᵀA = [[2, 1], [1, 2]] → inverse (1/3)[[2, −1], [−1, 2]] (in pivot order).
        let a = try Matrix(rowMajor: [[1, 0], [1, 1], [0, 1]])
        let qr = try PivotedQR(a)
        let g = try qr.inverseGramOfLeadingColumns()
        #expect(abs(g[0, 0] - 2.0 / 3) < 1e-15)
        #expect(abs(g[1, 1] - 2.0 / 3) < 1e-15)
        #expect(abs(g[0, 1] + 1.0 / 3) < 1e-15)
    }

    @Test func choleskyFactorSolveInverseLogDet() throws {
        let a = try Matrix(rowMajor: [[4, 2], [2, 3]])
        let c = try Cholesky(a)
        #expect(c.lower[0, 0] == 2)
        #expect(c.lower[1, 0] == 1)
        #expect(abs(c.lower[1, 1] - 2.0.squareRoot()) < 1e-15)
        #expect(c.lower[0, 1] == 0)
        #expect(abs(c.logDeterminant - log(8.0)) < 1e-15)
        let x = try c.solve([2, 1])  // A x = b with x = (0.5, 0)
        #expect(abs(x[0] - 0.5) < 1e-15 && abs(x[1]) < 1e-15)
        let inv = try c.inverse()
        let expected = try Matrix(rowMajor: [[3.0 / 8, -2.0 / 8], [-2.0 / 8, 4.0 / 8]])
        #expect(maxAbsDiff(inv, expected) < 1e-15)
    }

    @Test func choleskyRefusesIndefiniteAndNonFinite() throws {
        #expect(throws: NumericsError.notPositiveDefinite("leading minor of order 2 is not positive")) {
            try Cholesky(try Matrix(rowMajor: [[1, 2], [2, 1]]))
        }
        #expect(throws: NumericsError.nonFinite("A[1, 1] = nan")) {
            try Cholesky(try Matrix(rowMajor: [[1, 0], [0, .nan]]))
        }
        #expect(throws: NumericsError.self) { try Cholesky(Matrix(rows: 2, columns: 3)) }
    }

    @Test func svdKnownSingularValuesAndReconstruction() throws {
        // σ² solve t² − 50t + 225 = 0 (‖A‖_F² = 50, det = 15): σ = √45, √5.
        let a = try Matrix(rowMajor: [[3, 0], [4, 5]])
        let s = try SVD(a)
        #expect(abs(s.singularValues[0] - 45.0.squareRoot()) < 1e-14)
        #expect(abs(s.singularValues[1] - 5.0.squareRoot()) < 1e-14)
        #expect(abs(s.conditionNumber - 3) < 1e-14)
        let rect = try Matrix(rowMajor: [[1, 2], [3, 4], [5, 6]])
        let t = try SVD(rect)
        let rebuilt = try t.u * Matrix.diagonal(t.singularValues) * t.vt
        #expect(maxAbsDiff(rebuilt, rect) < 1e-14)
        #expect(t.rank() == 2)
        #expect(throws: NumericsError.self) { try SVD(try Matrix(rowMajor: [[1, .infinity]])) }
    }

    @Test func symmetricEigenKnownSpectrum() throws {
        // Tridiagonal (2, −1): eigenvalues 2 − 2cos(kπ/4), k = 1, 2, 3.
        let a = try Matrix(rowMajor: [[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
        let e = try SymmetricEigen(a)
        let expected = [2 - 2.0.squareRoot(), 2, 2 + 2.0.squareRoot()]
        for k in 0..<3 { #expect(abs(e.values[k] - expected[k]) < 1e-14) }
        // A V = V Λ.
        let av = try a * e.vectors
        let vl = try e.vectors * Matrix.diagonal(e.values)
        #expect(maxAbsDiff(av, vl) < 1e-14)
    }

    @Test func generalEigenvaluesOfRotationAndTriangular() throws {
        let rot = try Eigen.general(try Matrix(rowMajor: [[0, -1], [1, 0]]))
        #expect(rot.count == 2)
        #expect(rot.allSatisfy { abs($0.re) < 1e-15 && abs(abs($0.im) - 1) < 1e-15 })
        #expect(rot[0].im == -rot[1].im)
        let tri = try Eigen.general(try Matrix(rowMajor: [[3, 1, 2], [0, -1, 4], [0, 0, 0.5]]))
        #expect(Set(tri.map { $0.re }) == [3, -1, 0.5])
        #expect(tri.allSatisfy { $0.im == 0 })
    }

    @Test func polynomialRootsKnown() throws {
        // (z − 1)(z − 2)(z − 3) = −6 + 11z − 6z² + z³.
        let r = try Polynomial.roots([-6, 11, -6, 1])
        #expect(r.count == 3)
        for (root, want) in zip(r, [1.0, 2, 3]) {
            #expect(abs(root.re - want) < 1e-13 && abs(root.im) < 1e-13)
        }
        // 1 + z² → ±i; trailing zeros drop the degree.
        let i = try Polynomial.roots([1, 0, 1, 0, 0])
        #expect(i.count == 2)
        #expect(i.allSatisfy { abs($0.re) < 1e-15 && abs($0.modulus - 1) < 1e-15 })
        // AR(2) polynomial 1 − 0.5z − 0.3z²: roots (−0.5 ± √(0.25 + 1.2)) / 0.6.
        let ar = try Polynomial.roots([1, -0.5, -0.3])
        let disc = (0.25 + 1.2).squareRoot()
        let expected = [(-0.5 + disc) / 0.6, (-0.5 - disc) / 0.6].sorted { abs($0) < abs($1) }
        for (root, want) in zip(ar, expected) { #expect(abs(root.re - want) < 1e-14) }
        #expect(try Polynomial.minimumRootModulus([1, -0.5, -0.3]) > 1)  // stationary
        #expect(try Polynomial.minimumRootModulus([1, -1.2]) < 1)  // explosive AR(1)
        for root in r {
            #expect(Polynomial.evaluate([-6, 11, -6, 1], at: root).modulus < 1e-12)
        }
        #expect(try Polynomial.roots([5]).isEmpty)
        #expect(throws: NumericsError.self) { try Polynomial.roots([0, 0]) }
        #expect(throws: NumericsError.self) { try Polynomial.roots([1, .nan]) }
    }

    @Test func luSolveInverseAndLogDeterminant() throws {
        let a = try Matrix(rowMajor: [[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
        #expect(abs(try a.logDeterminant() - log(4.0)) < 1e-15)  // det = n + 1
        let inv = try a.inverse()
        let expected = try Matrix(rowMajor: [[0.75, 0.5, 0.25], [0.5, 1, 0.5], [0.25, 0.5, 0.75]])
        #expect(maxAbsDiff(inv, expected) < 1e-15)
        let x = try a.solve([1, 0, 1])  // = (1, 1, 1)
        for v in x { #expect(abs(v - 1) < 1e-15) }
        let b = try a.solve(Matrix.identity(3))
        #expect(maxAbsDiff(b, expected) < 1e-15)
        let neg = try Matrix(rowMajor: [[1, 2], [3, 4]])  // det = −2
        #expect(abs(try neg.logDeterminant() - log(2.0)) < 1e-15)
        #expect(try LU(neg).determinantSign == -1)
    }

    @Test func singularMatricesThrowTyped() throws {
        let exact = try Matrix(rowMajor: [[1, 2], [2, 4]])
        #expect(throws: NumericsError.self) { try exact.solve([1, 1]) }
        #expect(throws: NumericsError.self) { try exact.inverse() }
        #expect(throws: NumericsError.singular("zero pivot: determinant is 0")) { try exact.logDeterminant() }
        // Numerically singular: rcond ≈ 1e-17 < ε, refused as R's solve does.
        let near = try Matrix(rowMajor: [[1, 1], [1, 1 + 1e-16 * 3]])
        #expect(throws: NumericsError.self) { try near.inverse() }
        #expect(throws: NumericsError.nonFinite("A[0, 1] = nan")) {
            try Matrix(rowMajor: [[1, .nan], [0, 1]]).inverse()
        }
        #expect(throws: NumericsError.self) { try Matrix(rows: 2, columns: 3).inverse() }
    }
}
