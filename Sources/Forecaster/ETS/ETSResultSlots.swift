/// Slots written by index from concurrent workers (each index exactly once). Raw storage
/// avoids the dynamic exclusivity check a class-owned array would trip under concurrency.
final class ETSResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Result<T, ETSError>>
    private let count: Int
    init(count: Int) {
        self.count = count
        slots = UnsafeMutablePointer.allocate(capacity: max(count, 1))
        slots.initialize(repeating: .failure(.noModelFitted), count: count)
    }
    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
    func set(_ i: Int, _ v: Result<T, ETSError>) { slots[i] = v }
    func values() -> [Result<T, ETSError>] { (0..<count).map { slots[$0] } }
}
