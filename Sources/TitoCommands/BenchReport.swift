import Foundation
import TinyTorch

/// One timed cell, in the fields of a bench_peers.py JSON record.
struct BenchRecord: Equatable {
    var peer = "tinytorch"
    var op: String
    var size: Int
    var mode: String
    var threads: Int
    var timing: BenchTiming

    /// Elements per nanosecond.
    var gelemPerSecond: Double { Double(size) / timing.nanosecondsPerCall }

    init(peer: String = "tinytorch", op: String, size: Int, mode: String, threads: Int, timing: BenchTiming) {
        self.peer = peer
        self.op = op
        self.size = size
        self.mode = mode
        self.threads = threads
        self.timing = timing
    }

    /// The record as bench_peers.py writes it.
    var dictionary: [String: Any] {
        ["peer": peer, "op": op, "size": size, "mode": mode, "threads": threads, "gelem_per_s": gelemPerSecond,
         "ns_per_call": timing.nanosecondsPerCall, "p25_ns": timing.p25, "p75_ns": timing.p75,
         "reps": timing.reps, "batch": timing.batch]
    }
}

/// What `tito bench` prints and writes: the tables, the JSON, and the comparison with the peers.
struct BenchReport {
    let records: [BenchRecord]
    let sizes: [Int]
    let threads: Int
    let pinned: [Int]?
    let load: (before: Double?, after: Double?)
    let started: Date
    let targetSeconds: Double
    let seed: UInt64
    let mode: String

    /// One table per mode, ops as rows and sizes as columns, as bench_peers.py prints them.
    func tables() -> [String] {
        var lines: [String] = []
        for mode in ["alloc", "into"] where records.contains(where: { $0.mode == mode }) {
            let modeRecords = records.filter { $0.mode == mode }
            let table = Table(
                title: "tito bench, mode=\(mode), threads=\(threads)\(pinned.map { ", pinned to CPUs \($0)" } ?? "")",
                header: ["op"] + sizes.map(BenchReport.grouped),
                rows: BenchReport.ops(in: modeRecords).map { op in
                    [op] + sizes.map { size in
                        modeRecords.first { $0.op == op && $0.size == size }.map { BenchReport.figure($0.gelemPerSecond) } ?? "-"
                    }
                },
                footnote: "Gelem/s (elements per ns), median of repeated calls. \(Kernels.buildDescription). "
                    + "CPU: \(BenchMachine.cpuModel()) ×\(ProcessInfo.processInfo.activeProcessorCount); "
                    + "background CPU load before/after: \(BenchReport.load(load.before)) / \(BenchReport.load(load.after)).")
            lines += table.text(style: .plain) + [""]
        }
        return lines
    }

    /// The JSON file: bench_peers.py's schema (`meta`, `results`), peer `"tinytorch"`.
    func json() throws(TitoError) -> String {
        let meta: [String: Any] = [
            "date": ISO8601DateFormatter().string(from: started), "cpu": BenchMachine.cpuModel(),
            "cpu_count": ProcessInfo.processInfo.activeProcessorCount, "pinned_cpus": pinned as Any? ?? NSNull(),
            "threads": threads, "mode": mode, "isolated_processes": false,
            "versions": ["tinytorch": Kernels.buildDescription], "unavailable": [String: String](),
            "sizes": sizes, "target_s": targetSeconds,
            "input": "standard_normal * 3, float32, seed \(seed) (TinyTorch SeededGenerator)",
            "elapsed_s": Date().timeIntervalSince(started),
            "background_load_cpus": [load.before as Any? ?? NSNull(), load.after as Any? ?? NSNull()],
            "warnings": [String](),
        ]
        do {
            let data = try JSONSerialization.data(withJSONObject: ["meta": meta, "results": records.map(\.dictionary)],
                                                  options: [.prettyPrinted, .sortedKeys])
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            throw .failure("cannot encode the results as JSON: \(error)")
        }
    }

    /// Per op, size, mode and thread count: our Gelem/s, the best peer's, the ratio, and the target
    /// (fast tier, relu and copy ≥ 1.0; the accurate tier and softmax ≥ 0.8; every op ≥ 1.0 at 1,000).
    func comparison(with peers: [BenchRecord]) -> [String] {
        var rows: [[String]] = []
        var met = 0
        for record in records {
            let name = record.op.hasSuffix("_fast") ? String(record.op.dropLast(5)) : record.op
            let rivals = peers.filter { $0.op == name && $0.size == record.size && $0.mode == record.mode && $0.threads == record.threads }
            guard let best = rivals.max(by: { $0.gelemPerSecond < $1.gelemPerSecond }) else { continue }
            let ratio = record.gelemPerSecond / best.gelemPerSecond
            let target = record.size <= 1000 || record.op.hasSuffix("_fast") || ["relu", "copy"].contains(record.op) ? 1.0 : 0.8
            if ratio >= target { met += 1 }
            rows.append([record.op, BenchReport.grouped(record.size), record.mode, "\(record.threads)",
                         BenchReport.figure(record.gelemPerSecond), BenchReport.figure(best.gelemPerSecond), best.peer,
                         String(format: "%.2f", ratio), String(format: "%.1f", target), ratio >= target ? "yes" : "NO"])
        }
        let table = Table(title: "tito bench against the best peer",
                          header: ["op", "size", "mode", "threads", "tinytorch", "best peer", "peer", "ratio", "target", "met"],
                          rows: rows,
                          footnote: "\(met) of \(rows.count) cells meet the target. Gelem/s; peers from bench_peers.py --json; "
                              + "targets: fast tier, relu and copy ≥ 1.0×, accurate tier and softmax ≥ 0.8×, every op ≥ 1.0× at 1,000 elements.")
        return table.text(style: .plain)
    }

    /// The records of a JSON file written by bench_peers.py --json.
    static func peerRecords(at path: String) throws(TitoError) -> [BenchRecord] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .usage("cannot read \(path)")
        }
        // Python writes NaN and Infinity, which are not JSON; no field we read holds them.
        let text = String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "-Infinity", with: "null")
            .replacingOccurrences(of: "Infinity", with: "null")
            .replacingOccurrences(of: "NaN", with: "null")
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
              let results = object["results"] as? [[String: Any]] else {
            throw .usage("\(path) is not a bench_peers.py --json file (no \"results\" list)")
        }
        return results.compactMap { result in
            guard let peer = result["peer"] as? String, let op = result["op"] as? String,
                  let size = result["size"] as? Int, let mode = result["mode"] as? String,
                  let ns = result["ns_per_call"] as? Double else { return nil }
            let threads = result["threads"] as? Int ?? 0
            let timing = BenchTiming(nanosecondsPerCall: ns, p25: result["p25_ns"] as? Double ?? ns,
                                     p75: result["p75_ns"] as? Double ?? ns, reps: result["reps"] as? Int ?? 0,
                                     batch: result["batch"] as? Int ?? 0)
            return BenchRecord(peer: peer, op: op, size: size, mode: mode, threads: threads, timing: timing)
        }
    }

    /// The ops in the order first timed.
    private static func ops(in records: [BenchRecord]) -> [String] {
        var seen: [String] = []
        for record in records where !seen.contains(record.op) { seen.append(record.op) }
        return seen
    }

    /// Three significant digits, as bench_peers.py prints.
    static func figure(_ value: Double) -> String {
        value < 100 ? String(format: "%.3g", value) : String(format: "%.0f", value)
    }

    static func grouped(_ n: Int) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.groupingSeparator = ","
        return formatter.string(from: NSNumber(value: n)) ?? "\(n)"
    }

    private static func load(_ value: Double?) -> String {
        value.map { String(format: "%.2f", $0) } ?? "n/a"
    }
}
