import Foundation

/// Work that holds its thread while it waits (reading a file, SQLite) or runs long without a suspension point
/// (hashing a file's bytes), run on a dispatch queue and awaited. Swift's tasks share one thread per core: a
/// task that blocks one leaves the other tasks, workers' answers among them, waiting for no reason.
enum Blocking {
    /// `work`'s result, from a thread of `queue` (by default the global queue, whose threads are not those
    /// Swift's tasks share). A serial `queue` runs such work one piece at a time.
    static func run<T: Sendable, E: Error>(on queue: DispatchQueue = .global(),
                                            _ work: @escaping @Sendable () throws(E) -> T) async throws(E) -> T {
        let result: Result<T, E> = await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: Result { () throws(E) in try work() }) }
        }
        return try result.get()
    }
}
