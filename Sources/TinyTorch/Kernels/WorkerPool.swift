// Threads that stay awake between kernel calls, so that splitting a call over several threads
// pays from tens of thousands of elements instead of hundreds of thousands.
//
// Waking a parked thread (what `DispatchQueue.concurrentPerform` does on every call) takes about
// 14 µs here, as long as the fast sigmoid needs for 40,000 elements. Like OpenMP runtimes and
// ONNX Runtime, the pool's workers instead spin for a moment after each job, watching one atomic
// counter, and only then park on a condition variable. A call that comes while they spin starts
// them within a fraction of a microsecond.
//
// One job at a time: the calling thread publishes the job, works on parts itself, and returns
// when every part is done and no worker still holds the job. A second caller arriving meanwhile
// (or a call made from inside a part) does not wait: it uses `concurrentPerform` instead.

import Foundation
import Synchronization

/// A fixed set of worker threads that run the parts of one job at a time alongside the caller.
///
/// ```swift
/// WorkerPool.shared?.run(parts: 4) { part in print(part) }   // parts 0…3, on up to 2 threads here
/// ```
@available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *)
final class WorkerPool: @unchecked Sendable {
    /// One worker per processor besides the caller's; `nil` on a single-processor machine.
    static let shared: WorkerPool? = {
        let workers = ProcessInfo.processInfo.activeProcessorCount - 1
        return workers > 0 ? WorkerPool(workers: workers) : nil
    }()

    /// How long a worker keeps watching for the next job after finishing one.
    static let spinTime: UInt64 = 500_000   // nanoseconds

    /// `2·g + 1` while job `g` is open to workers, `2·g` once it is closed.
    private let state = Atomic<Int>(0)
    /// The next part to hand out, and how many parts are finished.
    private let nextPart = Atomic<Int>(0)
    private let finishedParts = Atomic<Int>(0)
    /// Workers that have seen the open job and may be reading ``job``.
    private let activeWorkers = Atomic<Int>(0)
    /// Workers parked on ``wakeUp``.
    private let sleepers = Atomic<Int>(0)
    /// Whether a caller owns the pool.
    private let busy = Atomic<Bool>(false)
    private let wakeUp = NSCondition()
    /// The open job: its part count and body. Written only while no worker can read it.
    private var job: (parts: Int, body: (Int) -> Void)?

    private init(workers: Int) {
        for _ in 0..<workers {
            let thread = Thread { [unowned self] in self.workerLoop() }
            thread.name = "TinyTorch worker"
            thread.start()
        }
    }

    /// Runs `body(part)` for every part in `0..<parts`, on the calling thread and the workers;
    /// returns when all are done. Returns `false` without running anything if another call owns
    /// the pool.
    func run(parts: Int, _ body: (Int) -> Void) -> Bool {
        guard busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else {
            return false
        }
        defer { busy.store(false, ordering: .releasing) }
        withoutActuallyEscaping(body) { body in
            job = (parts, body)
            nextPart.store(0, ordering: .relaxed)
            finishedParts.store(0, ordering: .relaxed)
            let open = state.load(ordering: .relaxed) + 1
            state.store(open, ordering: .sequentiallyConsistent)
            if sleepers.load(ordering: .sequentiallyConsistent) > 0 {
                wakeUp.lock()
                wakeUp.broadcast()
                wakeUp.unlock()
            }
            runParts()
            spin(until: { finishedParts.load(ordering: .acquiring) == parts })
            // Close the job, then wait for workers that saw it open to let go of it.
            state.store(open + 1, ordering: .sequentiallyConsistent)
            spin(until: { activeWorkers.load(ordering: .sequentiallyConsistent) == 0 })
            job = nil
        }
        return true
    }

    /// Takes parts of the open job until none is left.
    private func runParts() {
        guard let (parts, body) = job else { return }
        while true {
            let part = nextPart.wrappingAdd(1, ordering: .relaxed).oldValue
            guard part < parts else { return }
            body(part)
            finishedParts.wrappingAdd(1, ordering: .releasing)
        }
    }

    private func workerLoop() {
        var seen = 0
        while true {
            let open = waitForJob(after: seen)
            seen = open
            // Counted as active before checking that the job is still open: then the caller,
            // which closes the job before waiting for the active count to reach 0, cannot
            // return while this worker reads the job.
            activeWorkers.wrappingAdd(1, ordering: .sequentiallyConsistent)
            if state.load(ordering: .sequentiallyConsistent) == open { runParts() }
            activeWorkers.wrappingSubtract(1, ordering: .sequentiallyConsistent)
        }
    }

    /// Waits until `done()`: checks it in a tight loop for a while, then yields the processor
    /// between checks, because on a machine with more busy threads than processors the thread
    /// being waited for may need this one's processor to finish.
    private func spin(until done: () -> Bool) {
        var checks = 0
        while !done() {
            checks += 1
            if checks > 2_000 { sched_yield() }
        }
    }

    /// Spins for ``spinTime`` watching for a job newer than `seen`, then parks until one opens.
    private func waitForJob(after seen: Int) -> Int {
        func openJob() -> Int? {
            let current = state.load(ordering: .sequentiallyConsistent)
            return current & 1 == 1 && current != seen ? current : nil
        }
        let deadline = DispatchTime.now().uptimeNanoseconds + Self.spinTime
        var open: Int?
        spin(until: { open = openJob(); return open != nil || DispatchTime.now().uptimeNanoseconds > deadline })
        if let open { return open }
        wakeUp.lock()
        defer { wakeUp.unlock() }
        sleepers.wrappingAdd(1, ordering: .sequentiallyConsistent)
        defer { sleepers.wrappingSubtract(1, ordering: .sequentiallyConsistent) }
        while true {
            if let open = openJob() { return open }
            wakeUp.wait()
        }
    }
}
