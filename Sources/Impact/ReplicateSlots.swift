import Foundation

/// Per-replicate results of a bootstrap, written by index from concurrent workers, so the
/// result does not depend on how the replicates were spread over the cores.
final class ReplicateSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Value?]

    init(count: Int) { storage = [Value?](repeating: nil, count: count) }

    func set(_ i: Int, _ value: Value?) {
        lock.lock(); storage[i] = value; lock.unlock()
    }

    var values: [Value?] {
        lock.lock(); defer { lock.unlock() }
        return storage
    }
}
