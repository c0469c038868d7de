import Foundation
import Synchronization
import Testing
@testable import TinyTorch

@Suite("Worker pool")
struct WorkerPoolTests {
    /// Other tests call kernels concurrently, so a call may find the pool busy: then it must run
    /// nothing, and the test waits a little and tries again until 200 jobs have run.
    @Test("every part runs exactly once (or none, when the pool is busy), for more parts than threads, many jobs in a row",
          arguments: [1, 2, 3, 8, 64])
    func everyPartOnce(parts: Int) throws {
        guard #available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *) else { return }
        let pool = try #require(WorkerPool.shared, "a machine with one processor has no pool")
        var jobsRun = 0
        while jobsRun < 200 {
            var counts = [Int](repeating: 0, count: parts)
            let ran = counts.withUnsafeMutableBufferPointer { buffer in
                let counts = SharedBuffer(buffer)   // each part touches only its own slot
                return pool.run(parts: parts) { part in counts[part] += 1 }
            }
            #expect(counts == [Int](repeating: ran ? 1 : 0, count: parts))
            if ran { jobsRun += 1 } else { Thread.sleep(forTimeInterval: 0.000_1) }
        }
    }

    @Test("a call made from inside a part finds the pool busy and runs nothing")
    func nestedCallIsRefused() throws {
        guard #available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *) else { return }
        let pool = try #require(WorkerPool.shared, "a machine with one processor has no pool")
        let nested = Atomic<Int>(0), outer = Atomic<Int>(0)
        while outer.load(ordering: .relaxed) == 0 {   // until the outer call gets the pool
            _ = pool.run(parts: 1) { _ in
                outer.wrappingAdd(1, ordering: .relaxed)
                if pool.run(parts: 1, { _ in nested.wrappingAdd(1, ordering: .relaxed) }) { nested.wrappingAdd(100, ordering: .relaxed) }
            }
        }
        #expect(nested.load(ordering: .relaxed) == 0)
    }
}
