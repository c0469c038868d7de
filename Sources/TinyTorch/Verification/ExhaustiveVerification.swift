import Dispatch
import Foundation

extension Verifier {
    /// The 2³² float32 bit patterns, as blocks of 65,536 consecutive patterns.
    public static let exhaustiveBlockCount = 1 << 16

    /// Checks `activation`'s value and derivative on every float32 input — all 2³² bit patterns,
    /// NaNs, infinities and subnormals included — against its double-precision reference
    /// (``ReferenceEvaluable/doubleReferenceValue(at:)``, a hundred-millionth of a float ULP from
    /// the true value), on `threads` threads. `progress` is called with the number of blocks done
    /// after each block. `blocks` selects a part of the range (tests check a few blocks).
    ///
    /// The values and derivatives come from the tensor kernels (``Activation/forward(_:into:)``
    /// and ``Activation/backward(_:gradOutput:into:)``), in the activation's own tier. For a
    /// monotone activation (``ReferenceEvaluable/isMonotone``) the value report also counts the
    /// neighbouring inputs whose results step back (``Verifier/Report/monotonicityBreaks``).
    ///
    /// ```swift
    /// let (value, _) = Verifier.verifyExhaustively(Sigmoid(), threads: 2)
    /// value.maxError <= 1   // true: every float32 input
    /// ```
    public static func verifyExhaustively(_ activation: some ReferenceEvaluable, threads: Int,
                                          blocks: Range<Int> = 0..<exhaustiveBlockCount,
                                          progress: @Sendable (Int) -> Void = { _ in })
        -> (value: Report, derivative: Report)
    {
        let work = ExhaustiveWork(blocks: blocks, activation: activation)
        DispatchQueue.concurrentPerform(iterations: Swift.max(1, threads)) { _ in
            Kernels.$maximumThreads.withValue(1) {
                work.run(activation, progress: progress)
            }
        }
        return (work.valueWithBlockBoundaries(monotone: activation.isMonotone), work.derivative)
    }
}

/// The shared state of one exhaustive run: which block is next, and the merged reports.
private final class ExhaustiveWork: @unchecked Sendable {   // every field is touched under `lock`
    private let lock = NSLock()
    private var next: Int
    private let end: Int
    private var done = 0
    private(set) var value: Verifier.Report
    private(set) var derivative: Verifier.Report
    /// Each block's first and last result, for the monotonicity check across block boundaries.
    private var ends: [Int: (first: Float, last: Float)] = [:]

    init(blocks: Range<Int>, activation: some ReferenceEvaluable) {
        next = blocks.lowerBound
        end = blocks.upperBound
        value = Verifier.Report(function: activation.name, bound: activation.accuracyBound,
                                boundedFrom: activation.boundedFrom)
        derivative = Verifier.Report(function: activation.name + "′", bound: nil)
    }

    private func takeBlock() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < end else { return nil }
        next += 1
        return next - 1
    }

    private func finish(_ block: Int, _ value: Verifier.Report, _ derivative: Verifier.Report,
                        ends: (first: Float, last: Float)) -> Int {
        lock.lock()
        defer { lock.unlock() }
        self.ends[block] = ends
        self.value.merge(value)
        self.derivative.merge(derivative)
        done += 1
        return done
    }

    /// One worker: takes blocks until none are left.
    func run(_ activation: some ReferenceEvaluable, progress: @Sendable (Int) -> Void) {
        let size = 1 << 16
        var x = Tensor.zeros(shape: [size]), y = x, slope = x
        let ones = Tensor.ones(shape: [size])
        while let block = takeBlock() {
            for i in 0..<size { x.data[i] = Float(bitPattern: UInt32(block) << 16 | UInt32(i)) }
            activation.forward(x, into: &y)
            activation.backward(x, gradOutput: ones, into: &slope)
            var value = Verifier.Report(function: "", bound: nil, boundedFrom: self.value.boundedFrom)
            var derivative = Verifier.Report(function: "", bound: nil)
            for i in 0..<size {
                let input = x.data[i], wide = Double(input)
                let exact = activation.doubleReferenceValue(at: wide)
                value.record(input: input, result: y.data[i], reference: exact,
                             error: ULP.error(of: y.data[i], doubleReference: exact))
                let exactSlope = activation.doubleReferenceDerivative(at: wide)
                derivative.record(input: input, result: slope.data[i], reference: exactSlope,
                                  error: ULP.error(of: slope.data[i], doubleReference: exactSlope))
            }
            if activation.isMonotone { value.monotonicityBreaks = ExhaustiveWork.breaks(in: y.data, block: block) }
            progress(finish(block, value, derivative, ends: (y.data[0], y.data[size - 1])))
        }
    }

    /// Neighbouring inputs within one block whose results step back. The patterns of a block
    /// below 0x8000 rise with x; those of a negative block fall (the sign bit is set), so there a
    /// step forward in the block is a step back in x. NaN inputs and results are skipped.
    private static func breaks(in y: [Float], block: Int) -> Int {
        let rising = block < 0x8000
        var count = 0
        for i in 0..<y.count - 1 where !y[i].isNaN && !y[i + 1].isNaN {
            if rising ? y[i + 1] < y[i] : y[i + 1] > y[i] { count += 1 }
        }
        return count
    }

    /// The value report with the pairs across block boundaries added to its monotonicity check
    /// (the last input of a block and the first of the next are neighbours too).
    func valueWithBlockBoundaries(monotone: Bool) -> Verifier.Report {
        guard monotone else { return value }
        var report = value
        for (block, end) in ends {
            guard block & 0x7FFF != 0x7FFF, let next = ends[block + 1], !end.last.isNaN, !next.first.isNaN else { continue }
            if block < 0x8000 ? next.first < end.last : next.first > end.last { report.monotonicityBreaks += 1 }
        }
        return report
    }
}
