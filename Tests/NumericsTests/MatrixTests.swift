import Testing
@testable import AlmanacNumerics

@Suite struct MatrixTests {
    @Test func columnMajorLayout() throws {
        let a = try Matrix(rowMajor: [[1, 2, 3], [4, 5, 6]])
        #expect(a.storage == [1, 4, 2, 5, 3, 6])
        #expect(a[1, 2] == 6)
        #expect(a.transposed.storage == [1, 2, 3, 4, 5, 6])
    }

    @Test func gemmAndGemvAgainstHandComputed() throws {
        let a = try Matrix(rowMajor: [[1, 2], [3, 4], [5, 6]])
        let b = try Matrix(rowMajor: [[7, 8, 9], [10, 11, 12]])
        let c = try a * b
        #expect(c == (try Matrix(rowMajor: [[27, 30, 33], [61, 68, 75], [95, 106, 117]])))
        let ata = try Matrix.multiply(a, transposeA: true, a)
        #expect(ata == a.gram)
        #expect(ata == (try Matrix(rowMajor: [[35, 44], [44, 56]])))
        #expect(try a.multiply([1, -1]) == [-1, -1, -1])
        #expect(try a.multiply([1, 0, -1], transpose: true) == [-4, -4])
    }

    @Test func shapeMismatchThrows() throws {
        let a = Matrix(rows: 2, columns: 3)
        #expect(throws: NumericsError.self) { try a * a }
        #expect(throws: NumericsError.self) { try a.multiply([1, 2]) }
        #expect(throws: NumericsError.self) { try Matrix(rowMajor: [[1, 2], [3]]) }
    }

    @Test func vectorHelpers() {
        #expect(Vector.dot([1, 2, 3], [4, 5, 6]) == 32)
        var y = [1.0, 1, 1]
        Vector.axpy(2, [1, 2, 3], &y)
        #expect(y == [3, 5, 7])
        #expect(Vector.norm([3, 4]) == 5)
        #expect(Vector.sum([1e16, 1, -1e16]) == 1)
        #expect(Vector.variance([1, 2, 3, 4]) == 5.0 / 3.0)
    }

    @Test func blasRunsSingleThreadedByDefault() {
        #expect(BLASThreads.current == 1)
    }
}
