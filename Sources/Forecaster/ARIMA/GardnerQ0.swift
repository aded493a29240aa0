/// The stationary covariance `Q0` of the ARMA part of the state vector, by the method
/// of Gardner, Harvey & Phillips (1980, Applied Statistics AS 154) as in R's `getQ0`.
///
/// For the state-space form with `r = max(p, q + 1)`, `Q0` solves
/// `Q0 = T Q0 Tᵀ + R Rᵀ` with `R = (1, θ₁, …, θ_{r−1})ᵀ`. The `r(r+1)/2` unknowns of the
/// symmetric `Q0` are found by a Givens-rotation least-squares solve (`inclu2`), row by
/// row, with the unknowns reordered to bring leading zeros into the rows; for a pure
/// MA model `Q0` follows by back-substitution. R's `SSinit = "Gardner1980"` default:
/// it is known to be inaccurate for near-non-stationary seasonal AR, and we keep it
/// for parity.
///
/// - Complexity: O(np³) worst case with `np = r(r+1)/2`, in practice much less because
///   the rows are sparse; memory O(np²/2), preallocated in `GardnerQ0Workspace`.
final class GardnerQ0Workspace {
    let r: Int
    let np: Int
    let nrbar: Int
    private let v: UnsafeMutablePointer<Double>
    private let xnext: UnsafeMutablePointer<Double>
    private let xrow: UnsafeMutablePointer<Double>
    private let rbar: UnsafeMutablePointer<Double>
    private let thetab: UnsafeMutablePointer<Double>

    init(r: Int) {
        self.r = r
        np = r * (r + 1) / 2
        nrbar = max(1, np * (np - 1) / 2)
        v = .allocate(capacity: np)
        xnext = .allocate(capacity: np)
        xrow = .allocate(capacity: np)
        rbar = .allocate(capacity: nrbar)
        thetab = .allocate(capacity: np)
    }

    deinit {
        v.deallocate(); xnext.deallocate(); xrow.deallocate(); rbar.deallocate(); thetab.deallocate()
    }

    /// Writes `Q0` (r×r, column-major) into `out` for AR coefficients `phi[0..<p]` and
    /// MA coefficients `theta[0..<q]`, `r = max(p, q+1)` fixed at construction.
    func compute(phi: UnsafePointer<Double>, p: Int, theta: UnsafePointer<Double>, q: Int,
                 into P: UnsafeMutablePointer<Double>) {
        let r = self.r, np = self.np
        var ind = 0
        for j in 0..<r {
            let vj = j == 0 ? 1.0 : (j - 1 < q ? theta[j - 1] : 0)
            for i in j..<r {
                let vi = i == 0 ? 1.0 : (i - 1 < q ? theta[i - 1] : 0)
                v[ind] = vi * vj
                ind += 1
            }
        }
        if r == 1 {
            P[0] = p == 0 ? 1.0 : 1.0 / (1.0 - phi[0] * phi[0])
            return
        }
        if p > 0 {
            for i in 0..<nrbar { rbar[i] = 0 }
            for i in 0..<np { P[i] = 0; thetab[i] = 0; xnext[i] = 0 }
            ind = 0
            var ind1 = -1
            let npr = np - r
            let npr1 = npr + 1
            var indj = npr
            var ind2 = npr - 1
            for j in 0..<r {
                let phij = j < p ? phi[j] : 0
                xnext[indj] = 0; indj += 1
                var indi = npr1 + j
                for i in j..<r {
                    let ynext = v[ind]; ind += 1
                    let phii = i < p ? phi[i] : 0
                    if j != r - 1 {
                        xnext[indj] = -phii
                        if i != r - 1 {
                            xnext[indi] -= phij
                            ind1 += 1
                            xnext[ind1] = -1
                        }
                    }
                    xnext[npr] = -phii * phij
                    ind2 += 1
                    if ind2 >= np { ind2 = 0 }
                    xnext[ind2] += 1
                    // The row's non-zeros lie among these positions: start the rotations
                    // at the first of them instead of scanning the leading zeros.
                    var start = min(npr, ind2, indj)
                    if i != r - 1 { start = min(start, ind1, indi) }
                    inclu2(ynext, P, from: start)
                    xnext[ind2] = 0
                    if i != r - 1 {
                        xnext[indi] = 0; indi += 1
                        xnext[ind1] = 0
                    }
                }
            }
            var ithisr = nrbar - 1
            var im = np - 1
            for i in 0..<np {
                var bi = thetab[im]
                var jm = np - 1
                for _ in 0..<i {
                    bi -= rbar[ithisr] * P[jm]
                    ithisr -= 1; jm -= 1
                }
                P[im] = bi
                im -= 1
            }
            // Re-order P back to the natural packed order.
            ind = npr
            for i in 0..<r { xnext[i] = P[ind]; ind += 1 }
            ind = np - 1
            ind1 = npr - 1
            for _ in 0..<npr { P[ind] = P[ind1]; ind -= 1; ind1 -= 1 }
            for i in 0..<r { P[i] = xnext[i] }
        } else {
            // Pure MA: back-substitution.
            var indn = np
            ind = np
            for i in 0..<r {
                for j in 0...i {
                    ind -= 1
                    P[ind] = v[ind]
                    if j != 0 { indn -= 1; P[ind] += P[indn] }
                }
            }
        }
        // Unpack the packed lower triangle into the full symmetric matrix.
        ind = np
        for i in stride(from: r - 1, to: 0, by: -1) {
            for j in stride(from: r - 1, through: i, by: -1) {
                ind -= 1
                P[r * i + j] = P[ind]
            }
        }
        for i in 0..<(r - 1) {
            for j in (i + 1)..<r { P[i + r * j] = P[j + r * i] }
        }
    }

    /// Givens update of the triangular system by the row `xnext` with response `ynext`
    /// (AS 154 `inclu2`); `d` holds the diagonal. `xnext` is zero before `start`.
    @inline(__always)
    private func inclu2(_ ynextIn: Double, _ d: UnsafeMutablePointer<Double>, from start: Int) {
        var ynext = ynextIn
        for i in start..<np { xrow[i] = xnext[i] }
        // Offset of row `start` in the packed upper triangle `rbar`.
        var ithisr = start * (np - 1) - start * (start - 1) / 2
        for i in start..<np {
            let xi = xrow[i]
            if xi != 0 {
                let di = d[i]
                let dpi = di + xi * xi
                d[i] = dpi
                let cbar = di / dpi
                let sbar = xi / dpi
                var k = i + 1
                // Four lanes at a time: the same operations per element as the scalar
                // loop (no reassociation), so results are bit-identical.
                let vxi = SIMD4<Double>(repeating: xi)
                let vc = SIMD4<Double>(repeating: cbar)
                let vs = SIMD4<Double>(repeating: sbar)
                let xr = UnsafeMutableRawPointer(xrow)
                let rb = UnsafeMutableRawPointer(rbar)
                let stride8 = MemoryLayout<Double>.stride
                while k + 4 <= np {
                    let xk = xr.loadUnaligned(fromByteOffset: k * stride8, as: SIMD4<Double>.self)
                    let rbthis = rb.loadUnaligned(fromByteOffset: ithisr * stride8, as: SIMD4<Double>.self)
                    xr.storeBytes(of: xk - vxi * rbthis, toByteOffset: k * stride8, as: SIMD4<Double>.self)
                    rb.storeBytes(of: vc * rbthis + vs * xk, toByteOffset: ithisr * stride8, as: SIMD4<Double>.self)
                    ithisr += 4
                    k += 4
                }
                while k < np {
                    let xk = xrow[k]
                    let rbthis = rbar[ithisr]
                    xrow[k] = xk - xi * rbthis
                    rbar[ithisr] = cbar * rbthis + sbar * xk
                    ithisr += 1
                    k += 1
                }
                let xk = ynext
                ynext = xk - xi * thetab[i]
                thetab[i] = cbar * thetab[i] + sbar * xk
                if di == 0 { return }
            } else {
                ithisr += np - i - 1
            }
        }
    }
}
