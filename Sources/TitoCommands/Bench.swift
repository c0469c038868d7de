import ArgumentParser
import Foundation
import TinyTorch

/// `tito bench`: the kernels' throughput, measured like `../shared/peers/bench_peers.py` measures
/// NumPy, PyTorch, JAX, MLX and ONNX Runtime, so that every row compares one to one.
struct Bench: ConsoleCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time the activation kernels the way bench_peers.py times its peers.",
        discussion: """
        Same ops, sizes, modes, input (seeded standard normal × 3) and units (Gelem/s = elements per \
        ns, the median of repeated timed calls after a warm-up) as ../shared/peers/bench_peers.py, \
        plus backward (op names ending in _backward) and a copy baseline. Each tier has its own op \
        name: sigmoid is the accurate tier, sigmoid_fast the fast one. Build with -c release and \
        TINYTORCH_TARGET_CPU=native for the SIMD kernels (README, "Performance").
        """
    )

    enum Mode: String, ExpressibleByArgument, CaseIterable {
        case alloc, into, both
    }

    static let allOps = ["copy", "relu", "sigmoid", "tanh", "gelu", "gelu_tanh", "gelu_sigmoid", "silu", "softmax"]

    @Option(help: "Comma-separated ops: \(Bench.allOps.joined(separator: ", ")) (default: all).")
    var ops = Bench.allOps.joined(separator: ",")

    @Option(help: "Comma-separated element counts.")
    var sizes = "1000,65536,1048576,16777216"

    @Option(help: "Threads the kernels may use (default: every processor). With fewer threads than processors the process is pinned to the first ones, as bench_peers.py does.")
    var threads = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "alloc: every call returns a new tensor; into: every call writes into one preallocated tensor; both.")
    var mode: Mode = .both

    @Option(help: "Tiers to time: accurate, fast or both (activations with one tier, like relu, are always timed).")
    var precision: Verify.Tiers = .both

    @Flag(inversion: .prefixedNo, help: "Also time backward (gradient of 1·f).")
    var backward = true

    @Option(help: "Write every cell as JSON, in bench_peers.py's schema, to this path.")
    var json: String?

    @Option(help: "A JSON file written by bench_peers.py --json to compare with; repeat for several thread counts.")
    var compare: [String] = []

    @Option(help: "Timed seconds per cell after warm-up.")
    var targetSeconds = 0.2

    @Option(help: "Seed of the input.")
    var seed: UInt64 = 0

    func validate() throws {
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1, got \(threads)") }
        guard targetSeconds > 0 else { throw ValidationError("--target-seconds must be positive, got \(targetSeconds)") }
    }

    func execute(on console: Console) throws(TitoError) -> Int32 {
        let chosenOps = try Bench.parseOps(ops)
        let chosenSizes = try Bench.parseSizes(sizes)
        var peers: [BenchRecord] = []
        for path in compare { peers += try BenchReport.peerRecords(at: path) }
        if let json { try FileOutput.checkWritable(json) }   // before the timings, not after them
        let pinned = BenchMachine.pin(toFirst: threads)
        let loadBefore = BenchMachine.backgroundLoad()
        let started = Date()
        let modes: [Mode] = mode == .both ? [.alloc, .into] : [mode]
        let cells = Bench.cells(ops: chosenOps, sizes: chosenSizes, modes: modes, tiers: precision,
                                backward: backward, seed: seed)
        var records: [BenchRecord] = []
        Kernels.$maximumThreads.withValue(threads) {
            for (index, cell) in cells.enumerated() {
                console.progress("Timing \(index + 1)/\(cells.count): \(cell.op), \(cell.size) elements, \(cell.mode)")
                let timing = BenchTiming.measure(targetSeconds: targetSeconds, cell.run)
                records.append(BenchRecord(op: cell.op, size: cell.size, mode: cell.mode, threads: threads, timing: timing))
            }
        }
        console.progress("")
        let loadAfter = BenchMachine.backgroundLoad(seconds: 0.3)
        let report = BenchReport(records: records, sizes: chosenSizes, threads: threads, pinned: pinned,
                                 load: (loadBefore, loadAfter), started: started, targetSeconds: targetSeconds,
                                 seed: seed, mode: mode.rawValue)
        for line in report.tables() { console.line(line) }
        if !peers.isEmpty {
            console.line()
            for line in report.comparison(with: peers) { console.line(line) }
        }
        if let json {
            try FileOutput.write(report.json(), to: json)
            console.line("wrote \(json)")
        }
        return 0
    }

    /// One timed cell: an op at one size in one mode.
    struct Cell {
        let op: String
        let size: Int
        let mode: String
        let run: () -> Void
    }

    /// Every cell, in the order bench_peers.py times them: mode, then op, then size.
    static func cells(ops: [String], sizes: [Int], modes: [Mode], tiers: Verify.Tiers, backward: Bool,
                      seed: UInt64) -> [Cell] {
        let inputs = Dictionary(uniqueKeysWithValues: sizes.map { size in
            (size, (x: Tensor.randomNormal(shape: [size], standardDeviation: 3, seed: seed),
                    g: Tensor.randomNormal(shape: [size], seed: seed + 1)))
        })
        var cells: [Cell] = []
        for mode in modes {
            let into = mode == .into
            for op in ops {
                if op == "copy" {
                    cells += sizes.map { size in copyCell(inputs[size]!.x, into: into) }
                    continue
                }
                let entry = ActivationCatalog.entry(named: op)!
                for (label, activation) in Verify.variants(of: entry, tiers: tiers) {
                    cells += sizes.map { size in forwardCell(label, activation, inputs[size]!.x, into: into) }
                    if backward {
                        cells += sizes.map { size in
                            backwardCell(label + "_backward", activation, inputs[size]!.x, inputs[size]!.g, into: into)
                        }
                    }
                }
            }
        }
        return cells
    }

    private static func forwardCell(_ op: String, _ activation: any Activation, _ x: Tensor, into: Bool) -> Cell {
        var y = Tensor.zeros(shape: x.shape)
        return Cell(op: op, size: x.count, mode: into ? "into" : "alloc") {
            if into { activation.forward(x, into: &y) } else { y = activation.forward(x) }
        }
    }

    private static func backwardCell(_ op: String, _ activation: any Activation, _ x: Tensor, _ g: Tensor,
                                     into: Bool) -> Cell {
        var dx = Tensor.zeros(shape: x.shape)
        return Cell(op: op, size: x.count, mode: into ? "into" : "alloc") {
            if into { activation.backward(x, gradOutput: g, into: &dx) } else { dx = activation.backward(x, gradOutput: g) }
        }
    }

    /// The baseline: a copy of x (alloc: into a new array, as `x.copy()`; into: over an existing one).
    private static func copyCell(_ x: Tensor, into: Bool) -> Cell {
        let source = x.data
        var target = source.map { $0 + 0 }   // distinct storage
        return Cell(op: "copy", size: x.count, mode: into ? "into" : "alloc") {
            source.withUnsafeBufferPointer { from in
                if into {
                    target.withUnsafeMutableBufferPointer { to in to.baseAddress!.update(from: from.baseAddress!, count: from.count) }
                } else {
                    target = [Float](unsafeUninitializedCapacity: from.count) { to, count in
                        to.baseAddress!.initialize(from: from.baseAddress!, count: from.count)
                        count = from.count
                    }
                }
            }
        }
    }

    static func parseOps(_ text: String) throws(TitoError) -> [String] {
        let ops = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard !ops.isEmpty else { throw .usage("--ops is empty; valid ops: \(allOps.joined(separator: ", "))") }
        for op in ops where !allOps.contains(op) {
            throw .usage("unknown op '\(op)'; valid ops: \(allOps.joined(separator: ", "))")
        }
        return ops
    }

    static func parseSizes(_ text: String) throws(TitoError) -> [Int] {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        var sizes: [Int] = []
        for part in parts {
            guard let size = Int(part.replacingOccurrences(of: "_", with: "")), size > 0 else {
                throw .usage("--sizes: '\(part)' is not a positive element count")
            }
            sizes.append(size)
        }
        guard !sizes.isEmpty else { throw .usage("--sizes is empty") }
        return sizes
    }
}
