import Foundation

#if os(Linux)
import Glibc

/// glibc's `sched_setaffinity(2)`, which the Glibc module hides behind `_GNU_SOURCE`.
@_silgen_name("sched_setaffinity")
private func setAffinity(_ pid: pid_t, _ size: Int, _ mask: UnsafePointer<cpu_set_t>) -> Int32
#endif

/// How `tito bench` times one cell: the method of `../shared/peers/bench_peers.py`, so that our
/// figures and the peers' compare one to one.
///
/// Warm up with at least 2 calls and 20 ms; batch calls so that one timed sample lasts at least
/// 1 ms; take between 5 and 41 samples, about `targetSeconds` in all; report the median time per
/// call (and the quartiles).
struct BenchTiming: Equatable {
    /// Median nanoseconds per call.
    var nanosecondsPerCall: Double
    /// First and third quartiles of the per-call samples.
    var p25: Double, p75: Double
    /// Timed samples, and calls per sample.
    var reps: Int, batch: Int

    /// Times `call` as described above.
    static func measure(targetSeconds: Double, minimumReps: Int = 5, maximumReps: Int = 41,
                        _ call: () -> Void) -> BenchTiming {
        let start = now()
        var calls = 0
        var elapsed = 0.0
        repeat {
            call()
            calls += 1
            elapsed = now() - start
        } while calls < 2 || elapsed < 0.02
        let single = elapsed / Double(calls)
        let batch = max(1, Int((1e-3 / single).rounded(.up)))
        let reps = Int(min(Double(maximumReps), max(Double(minimumReps), targetSeconds / (Double(batch) * single))))
        var samples: [Double] = []
        for _ in 0..<reps {
            let t = now()
            for _ in 0..<batch { call() }
            samples.append((now() - t) * 1e9 / Double(batch))
        }
        samples.sort()
        let middle = samples.count / 2
        let median = samples.count % 2 == 1 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2
        func quantile(_ q: Double) -> Double { samples[min(samples.count - 1, Int(q * Double(samples.count)))] }
        return BenchTiming(nanosecondsPerCall: median, p25: quantile(0.25), p75: quantile(0.75), reps: reps, batch: batch)
    }

    /// Seconds on a monotonic clock.
    private static func now() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) * 1e-9
    }
}

/// Facts about the machine that the bench records next to its figures.
enum BenchMachine {
    /// CPUs' worth of busy time during `seconds` while this process sleeps (from `/proc/stat`;
    /// `nil` where there is none): other processes skew every timing, multi-threaded ones badly.
    static func backgroundLoad(seconds: Double = 0.5) -> Double? {
        func snapshot() -> (total: Int, idle: Int)? {
            guard let text = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
                  let line = text.split(separator: "\n").first else { return nil }
            let fields = line.split(separator: " ").dropFirst().compactMap { Int($0) }
            guard fields.count > 4 else { return nil }
            return (fields.reduce(0, +), fields[3] + fields[4])
        }
        guard let before = snapshot() else { return nil }
        Thread.sleep(forTimeInterval: seconds)
        guard let after = snapshot(), after.total > before.total else { return nil }
        let busy = 1 - Double(after.idle - before.idle) / Double(after.total - before.total)
        return busy * Double(ProcessInfo.processInfo.activeProcessorCount)
    }

    /// The CPU's model name (`/proc/cpuinfo`), or the architecture.
    static func cpuModel() -> String {
        if let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
           let line = text.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
           let name = line.split(separator: ":", maxSplits: 1).last {
            return name.trimmingCharacters(in: .whitespaces)
        }
        #if arch(arm64)
        return "arm64"
        #else
        return "x86_64"
        #endif
    }

    /// Pins the calling thread to CPUs `0..<count`, as bench_peers.py pins its process when it
    /// runs fewer threads than there are CPUs. Returns the CPUs, or `nil` where pinning is not
    /// available or not needed.
    static func pin(toFirst count: Int) -> [Int]? {
        #if os(Linux)
        guard count < ProcessInfo.processInfo.activeProcessorCount, count >= 1, count <= 64 else { return nil }
        var set = cpu_set_t()
        withUnsafeMutableBytes(of: &set) { bytes in
            bytes.storeBytes(of: count == 64 ? UInt64.max : (UInt64(1) << UInt64(count)) - 1, as: UInt64.self)
        }
        guard setAffinity(0, MemoryLayout<cpu_set_t>.size, &set) == 0 else { return nil }
        return Array(0..<count)
        #else
        return nil
        #endif
    }
}
