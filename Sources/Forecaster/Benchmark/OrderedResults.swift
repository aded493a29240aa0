import Foundation

/// Results written by index from worker threads and read back in input order, so parallel
/// batch work gives the same output order (and bytes) as a serial run.
public final class OrderedResults<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    public init(count: Int) { slots = [T?](repeating: nil, count: count) }

    public func set(_ i: Int, _ value: T) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    /// The values set so far, in index order.
    public var values: [T] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}

/// A thread-safe counter of finished items (for progress reporting).
public final class SharedCounter: @unchecked Sendable {
    private var n = 0
    private let lock = NSLock()

    public init() {}

    /// Increments and returns the new count.
    public func increment() -> Int {
        lock.lock()
        n += 1
        let v = n
        lock.unlock()
        return v
    }
}
