import CLAPACK
import Foundation

/// R's parameter-space checks for ETS estimation with `bounds = "both"`.
///
/// *Usual* bounds (Hyndman et al. 2008, §5.2): `lower ≤ α ≤ upper`, `lower ≤ β ≤ min(α, upper)`,
/// `lower ≤ γ ≤ min(1 − α, upper)`, `lower_φ ≤ φ ≤ upper_φ`.
///
/// *Admissible* (forecastable) region (ch. 10): for non-seasonal models
/// `1 − 1/φ < α < 1 + 1/φ` and `α(φ − 1) < β < (1 + φ)(2 − α)`; for seasonal models the
/// linear restrictions on γ, α, β plus all roots of the characteristic polynomial
/// `z^{m+1} + (α+β−φ) z^m + (α+β−αφ) z^{m−1} + … + (α+β−αφ+γ−1) z + φ(1−α−γ)`
/// within `|z| ≤ 1 + 10⁻¹⁰`.
///
/// The root condition is decided by a Schur–Cohn step-down on `p((1+10⁻¹⁰) z)` (O(m²), no
/// allocation). When β = 0 and φ = 1 the polynomial has the exact root `z = 1`, which is
/// divided out first. If any reflection coefficient lies within 10⁻⁷ of the unit circle
/// the decision is delegated to the companion-matrix eigenvalues (LAPACK `dgeev`), which
/// is what R's `polyroot` approximates.
final class ETSAdmissibility {
    let period: Int
    // Raw buffers: class-owned arrays would pay dynamic exclusivity checks per access.
    private let coefficients: UnsafeMutablePointer<Double>
    private let scratch: UnsafeMutablePointer<Double>
    private var companion: [Double]
    private var realParts: [Double]
    private var imaginaryParts: [Double]
    private var work: [Double]

    init(period: Int) {
        self.period = max(period, 1)
        let d = self.period + 1
        coefficients = UnsafeMutablePointer.allocate(capacity: d + 1)
        coefficients.initialize(repeating: 0, count: d + 1)
        scratch = UnsafeMutablePointer.allocate(capacity: d + 1)
        scratch.initialize(repeating: 0, count: d + 1)
        companion = [Double](repeating: 0, count: d * d)
        realParts = [Double](repeating: 0, count: d)
        imaginaryParts = [Double](repeating: 0, count: d)
        work = [Double](repeating: 0, count: max(4 * d, 64) * 2)
    }

    deinit {
        coefficients.deallocate()
        scratch.deallocate()
    }

    /// R `EtsTargetFunction::check_params` for bounds "both": usual then admissible.
    /// `lower`/`upper` are R's 4-vectors (α, β, γ, φ).
    func accepts(_ par: ETSRecursion.Smoothing, form: ETSRecursion.Form, damped: Bool,
                 lower: (Double, Double, Double, Double), upper: (Double, Double, Double, Double)) -> Bool {
        let a = par.alpha, b = par.beta, g = par.gamma, phi = par.phi
        let hasTrend = form.trend > 0, seasonal = form.season > 0
        if a < lower.0 || a > upper.0 { return false }
        if hasTrend && (b < lower.1 || b > a || b > upper.1) { return false }
        if damped && (phi < lower.3 || phi > upper.3) { return false }
        if seasonal && (g < lower.2 || g > 1 - a || g > upper.2) { return false }
        return admissible(par, hasTrend: hasTrend, seasonal: seasonal)
    }

    // One-entry memo: Nelder–Mead often moves only the initial-state coordinates, leaving
    // (α, β, γ, φ) and hence the answer unchanged.
    private var lastKey: (Double, Double, Double, Double, Bool, Bool) = (.nan, .nan, .nan, .nan, false, false)
    private var lastAnswer = false

    /// The admissible-region test alone (R `admissible()` with all present parameters estimated).
    func admissible(_ par: ETSRecursion.Smoothing, hasTrend: Bool, seasonal: Bool) -> Bool {
        let key = (par.alpha, par.beta, par.gamma, par.phi, hasTrend, seasonal)
        if key == lastKey { return lastAnswer }
        let answer = computeAdmissible(par, hasTrend: hasTrend, seasonal: seasonal)
        lastKey = key
        lastAnswer = answer
        return answer
    }

    private func computeAdmissible(_ par: ETSRecursion.Smoothing, hasTrend: Bool, seasonal: Bool) -> Bool {
        let a = par.alpha, phi = par.phi, g = par.gamma
        let b = hasTrend ? par.beta : 0
        if phi < 0 || phi > 1 + 1e-8 { return false }
        if !seasonal {
            if a < 1 - 1 / phi || a > 1 + 1 / phi { return false }
            if hasTrend && (b < a * (phi - 1) || b > (1 + phi) * (2 - a)) { return false }
            return true
        }
        let m = period
        guard m > 1 else { return true }
        let md = Double(m)
        let d = 1 - 1 / phi - a
        if g < (d > 0 ? d : 0) || g > 1 + 1 / phi - a { return false }
        if a < 1 - 1 / phi - g * (1 - md + phi + phi * md) / (2 * phi * md) { return false }
        if b < -(1 - phi) * (g / md + a) { return false }
        return rootsInsideUnitCircle(alpha: a, beta: b, gamma: g, phi: phi)
    }

    /// Fills `coefficients` with the characteristic polynomial in descending powers.
    private func fillDescending(alpha a: Double, beta b: Double, gamma g: Double, phi: Double) -> Int {
        let m = period
        coefficients[0] = 1
        coefficients[1] = a + b - phi
        if m >= 2 {
            for i in 0..<(m - 2) { coefficients[2 + i] = a + b - a * phi }
        }
        coefficients[m] = a + b - a * phi + g - 1
        coefficients[m + 1] = phi * (1 - a - g)
        return m + 1
    }

    private func rootsInsideUnitCircle(alpha: Double, beta: Double, gamma: Double, phi: Double) -> Bool {
        var degree = fillDescending(alpha: alpha, beta: beta, gamma: gamma, phi: phi)
        if beta == 0 && phi == 1 {
            // Divide out the exact unit root (synthetic division by z − 1).
            for i in 1..<degree { coefficients[i] += coefficients[i - 1] }
            degree -= 1
        }
        switch schurCohn(degree: degree) {
        case .some(let stable): return stable
        case .none:
            let deg = fillDescending(alpha: alpha, beta: beta, gamma: gamma, phi: phi)
            return maxRootModulus(degree: deg) <= 1 + 1e-10
        }
    }

    /// Step-down test on the descending `coefficients[0...degree]` scaled to radius
    /// 1 + 10⁻¹⁰. Returns nil when a reflection coefficient is too close to ±1 to decide.
    private func schurCohn(degree: Int) -> Bool? {
        guard degree > 0 else { return true }
        let radius = 1 + 1e-10
        // Ascending coefficients of p(radius · z).
        var scale = 1.0
        for i in 0...degree {
            scratch[i] = coefficients[degree - i] * scale
            scale *= radius
        }
        var deg = degree
        var cur = scratch, nxt = coefficients
        while deg > 0 {
            let k = cur[0] / cur[deg]
            if !k.isFinite { return nil }
            let ak = abs(k)
            if abs(ak - 1) < 1e-7 { return nil }
            if ak > 1 { return false }
            // (c_d·p − c₀·p*)/z scaled by 1/c_d² (a constant factor: roots unchanged).
            for i in 0..<deg { nxt[i] = cur[i + 1] - k * cur[deg - 1 - i] }
            swap(&cur, &nxt)
            deg -= 1
        }
        return true
    }

    /// Largest root modulus from the companion-matrix eigenvalues (LAPACK dgeev).
    private func maxRootModulus(degree n: Int) -> Double {
        for i in 0..<(n * n) { companion[i] = 0 }
        // Column-major companion: first row −a₁…−a_n, ones on the subdiagonal.
        for j in 0..<n { companion[j * n] = -coefficients[j + 1] / coefficients[0] }
        for i in 1..<n { companion[(i - 1) * n + i] = 1 }
        var nn = Int32(n), lda = Int32(n), one: Int32 = 1, lwork = Int32(work.count), info: Int32 = 0
        var dummy = 0.0, dummy2 = 0.0
        let jobN: [CChar] = [78, 0]  // "N"
        companion.withUnsafeMutableBufferPointer { a in
            realParts.withUnsafeMutableBufferPointer { wr in
                imaginaryParts.withUnsafeMutableBufferPointer { wi in
                    work.withUnsafeMutableBufferPointer { w in
                        dgeev_(jobN, jobN, &nn, a.baseAddress, &lda, wr.baseAddress, wi.baseAddress,
                               &dummy, &one, &dummy2, &one, w.baseAddress, &lwork, &info, 1, 1)
                    }
                }
            }
        }
        if info != 0 { return .infinity }
        var best = 0.0
        for i in 0..<n { best = max(best, (realParts[i] * realParts[i] + imaginaryParts[i] * imaginaryParts[i]).squareRoot()) }
        return best
    }
}
