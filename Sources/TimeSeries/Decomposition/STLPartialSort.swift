/// The partial quicksort (Singleton's ACM algorithm 347 variant `psort`) that R's STL
/// Fortran uses to find the median absolute residual for the robustness weights.
///
/// Why not a plain sort: R asks `psort` for the order statistics `n/2 + 1` and
/// `n − (n/2 + 1) + 1` *in that (descending) order*, while the algorithm's bookkeeping
/// of which target positions fall in which segment assumes ascending targets. For even
/// n it can therefore stop before both positions hold their true order statistics, and
/// R's "median" is then another value. To reproduce `stl(…, robust = TRUE)` we follow
/// the same partitioning and bookkeeping step for step (a plain sort agrees for odd n
/// and for most even-n passes, but not all).
enum STLPartialSort {
    /// Rearranges `a[1…n]` (1-based: `a[k − 1]`) as R's `psort(a, n, targets, 2)` does.
    /// - Complexity: O(n) expected; no heap allocation (stacks live on the stack).
    static func run(_ a: UnsafeMutablePointer<Double>, n: Int, targets: (Int, Int)) {
        guard n >= 2 else { return }
        func A(_ k: Int) -> Double { a[k - 1] }
        func set(_ k: Int, _ v: Double) { a[k - 1] = v }
        func ind(_ q: Int) -> Int { q == 1 ? targets.0 : targets.1 }  // 1-based ind(1), ind(2)
        let depth = 64
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 4 * (depth + 1)) { stack in
            guard let il = stack.baseAddress else { return }
            let iu = il + (depth + 1), indl = iu + (depth + 1), indu = indl + (depth + 1)
            var jl = 1, ju = 2
            indl[1] = 1
            indu[1] = 2
            var i = 1, j = n, m = 1
            var k = 0, l = 0
            enum Step { case outer, pop, whileLarge, partition, insertion }
            var step = Step.outer
            while true {
                switch step {
                case .outer:
                    step = i < j ? .partition : .pop
                case .pop:
                    m -= 1
                    if m == 0 { return }
                    i = il[m]; j = iu[m]; jl = indl[m]; ju = indu[m]
                    step = jl <= ju ? .whileLarge : .pop
                case .whileLarge:
                    step = j - i > 10 ? .partition : .insertion
                case .partition:
                    // Median-of-three pivot t at the middle position ij.
                    k = i
                    let ij = (i + j) / 2
                    var t = A(ij)
                    if A(i) > t { set(ij, A(i)); set(i, t); t = A(ij) }
                    l = j
                    if A(j) < t {
                        set(ij, A(j)); set(j, t); t = A(ij)
                        if A(i) > t { set(ij, A(i)); set(i, t); t = A(ij) }
                    }
                    while true {
                        l -= 1
                        if A(l) <= t {
                            let tt = A(l)
                            repeat { k += 1 } while !(A(k) >= t)
                            if k > l { break }
                            set(l, A(k)); set(k, tt)
                        }
                    }
                    // Push one part, continue with the other, and split the targets between them.
                    guard m <= depth else { return }
                    indl[m] = jl; indu[m] = ju
                    let p = m
                    m += 1
                    step = .whileLarge
                    if l - i <= j - k {
                        il[p] = k; iu[p] = j; j = l
                        while true {
                            if jl > ju { step = .pop; break }
                            if ind(ju) > j { ju -= 1 } else { indl[p] = ju + 1; break }
                        }
                    } else {
                        il[p] = i; iu[p] = l; i = k
                        while true {
                            if jl > ju { step = .pop; break }
                            if ind(jl) < i { jl += 1 } else { indu[p] = jl - 1; break }
                        }
                    }
                case .insertion:
                    // Straight insertion on a short segment; a[i − 1] is a sentinel from an
                    // earlier partition, so it only runs when i ≠ 1 (else partition again).
                    step = .outer
                    if i != 1 {
                        i -= 1
                        while true {
                            i += 1
                            if i == j { step = .pop; break }
                            let t = A(i + 1)
                            if A(i) > t {
                                k = i
                                repeat {
                                    set(k + 1, A(k))
                                    k -= 1
                                } while k >= 1 && !(t >= A(k))
                                set(k + 1, t)
                            }
                        }
                    }
                }
            }
        }
    }
}
