// Softmax on vectors, one line at a time (Softmax.swift has the formula and the rules for
// special lines).
//
// A line of n values takes three passes:
//   1. m = max xᵢ and the smallest xᵢ (NaN is found in pass 2, where it makes the sum NaN);
//   2. eᵢ = e^(xᵢ)·2⁻ʲ for one constant j per line (a common factor cancels in eᵢ/S), each rounded
//      once to float and stored in the output, and S = Σ eᵢ of the unrounded values, in double;
//   3. yᵢ = eᵢ·(1/S) rounded once (see ``SoftmaxKernel/scale(_:_:by:)``).
// Pass 2 is the cost, and has two loops:
//   - the float loop (SoftmaxExponential.swift), in the FMA build on x86-64, for lines within 85
//     below and 60 above the largest of their first 8 values (the reference that fixes j) and
//     within ±65536: 8 lanes per step, a table-driven float exponential with an exact argument
//     reduction, ≈ 25 vector operations per 8 lanes with pass 1 folded in (it tracks the range as
//     it goes, so the line is read once less; when the output is the input, pass 1 runs first,
//     as the line must still be there if it turns out not to be covered);
//   - the double loop everywhere else (−∞ entries, far-apart values, and every other build):
//     e^(xᵢ − m) in double (j = m exactly; the difference of two floats is exact in double, so
//     shifting such a line by a constant that keeps its values exact changes no bit),
//     ≈ 15 vector operations per 4 lanes with the conversions. When every xᵢ ≥ m − 700, e^(xᵢ − m)
//     is a normal double and the loop needs no clamp; that, and one specialized loop per case
//     instead of a test inside one, made it 8–17% faster (`tito bench --ops softmax --sizes
//     65536,1048576 --threads 1 --mode into`, 2026-11-30: 1.06–1.10 → 1.17–1.23 Gelem/s).
// Measured (`tito bench --ops softmax --sizes 65536,1048576,16777216 --threads 1 --mode into
// --no-backward`, medians of 5 runs alternating the three binaries, a shared machine, 2026-11-30),
// Gelem/s at 65,536 / 1,048,576 / 16,777,216 elements: double loop 0.91 / 0.92 / 0.58; float loop
// after a range pass 1.05 / 1.01 / 0.64; float loop with pass 1 folded in 1.17 / 1.16 / 0.78.
// The float loop's results depend on the xᵢ themselves, not only on xᵢ − m: a shifted line gives the same
// probabilities within the bound below, not always the same bits.
//
// Error bound: yᵢ = fl(êᵢ·(1/S)) with êᵢ the stored float, so the error is ½ ULP (the last
// product) + 1 ULP (êᵢ's own rounding, relative 2⁻²⁴ at worst) + twice the error ε of eᵢ before
// that rounding (once in êᵢ, once through S); S and 1/S add at most 0.02 (a relative 2⁻³⁰, when
// 1/S is so small that its low float part is subnormal; 2⁻⁴⁰ otherwise). The contract is 2 ULP,
// so ε must stay below 0.25 float ULP: a plain float exponential (≈ 1 ULP) does not, hence the
// exact reduction and the table (|r| ≤ 0.0445) of the float loop. Float loop: ε ≤ 0.125 float ULP
// (measured over every float input it takes, SoftmaxExponential.swift), so every yᵢ is within
// ½ + 1 + 2·0.125 + 0.02 = 1.77 ULP of the softmax computed in double and not rounded. Double
// loop: its exponential is within 4.4e-9 relative (measured over [−20, 0]; ε = 0.074), so 1.65
// ULP. Tests pin 1.77 on lines of up to 10⁶ values (SoftmaxLineTests); `tito verify softmax`
// measured 1.46 ULP (FMA build; 1.33 with the double loop).
// Lines whose maximum is ±∞, or that hold a NaN, follow ``Softmax/probabilities(_:)``.
//
// Computing the exponentials twice (a sum pass, then a pass that writes e^(xᵢ − m)/S directly)
// reads x once less but was slower at every size measured with the double exponential (a
// throwaway probe, 2026-11-30: 0.79 against 1.10 Gelem/s at 1M, 0.44 against 0.51 at 16M).
//
// A long line is cut into blocks of ``SoftmaxKernel/blockSize`` elements, the unit of work of its
// threads; each block's sum is accumulated in a fixed order and the block sums are added in
// block order, and j depends on the line's first values only, so the result is bitwise identical
// whatever the number of threads, and whether the output is the input or not.

/// Softmax's line kernels.
enum SoftmaxKernel {
    /// Elements per block of a long line.
    static let blockSize = 1 << 14
    /// Elements below which softmax stays on one thread (measured; docs/performance.md).
    static let parallelThreshold = 1 << 15

    /// Writes the softmax of `x[0..<n]` to `y` (which may be `x`); a line of at least
    /// ``parallelThreshold`` elements is split over threads when `parallel`.
    static func line(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, count n: Int, parallel: Bool) {
        guard n > 0 else { return }
        let input = SharedBuffer(UnsafeBufferPointer(start: x, count: n))
        let output = SharedBuffer(UnsafeMutableBufferPointer(start: y, count: n))
        let parallel = parallel && n >= parallelThreshold
        let total = rangeAndExponentials(input, output, n, parallel)
        guard !total.isNaN else { return special(x, y, n) }
        let inverse = 1 / total
        _ = forEachBlock(n, parallel, 0) { start, count in
            scale(output.base + start, count, by: inverse)
            return 0
        }
    }

    /// Passes 1 and 2: writes eᵢ = e^(xᵢ)·2⁻ʲ rounded once to `y` and returns Σ eᵢ (unrounded);
    /// NaN for a line that holds a NaN or whose maximum is not finite. In the FMA build on
    /// x86-64, lines that ``LineExponential`` covers take its float loop, which finds the range
    /// as it goes (when `y` is not `x`, so that x is still there for a line it turns out not to
    /// cover); every other line, and every other build, the double-precision loop (j = m
    /// exactly: e^(xᵢ − m)) after a pass for the range.
    private static func rangeAndExponentials(_ x: SharedBuffer<Float>, _ y: SharedBuffer<Float>, _ n: Int,
                                             _ parallel: Bool) -> Double {
        var known: (lowest: Float, highest: Float)?
        #if arch(x86_64) && canImport(_Builtin_intrinsics.intel) && TINYTORCH_FMA
        if let exponential = LineExponential(reference: LineExponential.reference(of: x.base, count: n)) {
            let storeBlock = { @Sendable (start: Int, count: Int) in
                exponential.store(x.base + start, to: y.base + start, count: count)
            }
            let placeholder = (total: 0.0, lowest: Float(0), highest: Float(0))
            if x.base == y.base {
                let range = lineRange(x, n, parallel)
                guard exponential.covers(lowest: range.lowest, highest: range.highest) else {
                    return doubleExponentials(x, y, n, parallel, range)
                }
                return forEachBlock(n, parallel, placeholder, storeBlock).reduce(0) { $0 + $1.total }
            }
            let blocks = forEachBlock(n, parallel, placeholder, storeBlock)
            let range = combined(blocks.lazy.map { (lowest: $0.lowest, highest: $0.highest) })
            if exponential.covers(lowest: range.lowest, highest: range.highest) {
                return blocks.reduce(0) { $0 + $1.total }
            }
            known = range
        }
        #endif
        return doubleExponentials(x, y, n, parallel, known ?? lineRange(x, n, parallel))
    }

    /// The smallest and largest value of a line, NaNs ignored.
    private static func lineRange(_ x: SharedBuffer<Float>, _ n: Int,
                                  _ parallel: Bool) -> (lowest: Float, highest: Float) {
        let ranges = forEachBlock(n, parallel, (lowest: Float.infinity, highest: -Float.infinity)) { start, count in
            range(x.base + start, count)
        }
        return combined(ranges)
    }

    /// The range that spans every range of `ranges` (the blocks of one line).
    private static func combined(_ ranges: some Sequence<(lowest: Float, highest: Float)>) -> (lowest: Float, highest: Float) {
        ranges.reduce((lowest: Float.infinity, highest: -Float.infinity)) {
            (lowest: Swift.min($0.lowest, $1.lowest), highest: Swift.max($0.highest, $1.highest))
        }
    }

    /// Pass 2 in double precision for a line in [`range.lowest`, `range.highest`]: e^(xᵢ − m),
    /// m = `range.highest` (NaN for a line whose maximum is not finite).
    private static func doubleExponentials(_ x: SharedBuffer<Float>, _ y: SharedBuffer<Float>, _ n: Int,
                                           _ parallel: Bool, _ range: (lowest: Float, highest: Float)) -> Double {
        let m = range.highest
        guard m.isFinite else { return .nan }
        let clamped = Double(range.lowest) < Double(m) - 700
        return forEachBlock(n, parallel, 0.0) { start, count in
            exponentials(x.base + start, y.base + start, count, shift: m, clamped: clamped)
        }.reduce(0, +)
    }

    /// Writes `yᵢ·(gᵢ − Σⱼ gⱼyⱼ)` to `dx`, with y the softmax of `x` (computed into `dx` first).
    static func lineBackward(_ x: UnsafePointer<Float>, _ g: UnsafePointer<Float>, _ dx: UnsafeMutablePointer<Float>,
                             count n: Int, parallel: Bool) {
        line(x, dx, count: n, parallel: parallel)
        let y = SharedBuffer(UnsafeMutableBufferPointer(start: dx, count: n))
        let gradient = SharedBuffer(UnsafeBufferPointer(start: g, count: n))
        let parallel = parallel && n >= parallelThreshold
        let dot = forEachBlock(n, parallel, 0.0) { start, count in
            dotProduct(y.base + start, gradient.base + start, count)
        }.reduce(0, +)
        _ = forEachBlock(n, parallel, 0) { start, count in
            gradientStep(y.base + start, gradient.base + start, count, dot: dot)
            return 0
        }
    }

    /// Σ yᵢ·gᵢ over `n` elements, in double (each product exact), in a fixed order.
    private static func dotProduct(_ y: UnsafePointer<Float>, _ g: UnsafePointer<Float>, _ n: Int) -> Double {
        var low = DoubleVector(repeating: 0), high = DoubleVector(repeating: 0)
        var i = 0
        while i &+ vectorWidth <= n {
            let (yLow, yHigh) = FloatVector(loadingFrom: y + i).widened
            let (gLow, gHigh) = FloatVector(loadingFrom: g + i).widened
            low = fma(yLow, gLow, low)
            high = fma(yHigh, gHigh, high)
            i &+= vectorWidth
        }
        var sum = ((low[0] + low[1]) + (low[2] + low[3])) + ((high[0] + high[1]) + (high[2] + high[3]))
        while i < n {
            sum += Double(y[i]) * Double(g[i])
            i += 1
        }
        return sum
    }

    /// `y[i] = yᵢ·(gᵢ − dot)` in double, rounded once.
    private static func gradientStep(_ y: UnsafeMutablePointer<Float>, _ g: UnsafePointer<Float>, _ n: Int, dot: Double) {
        @inline(__always) func step(_ y: FloatVector, _ g: FloatVector) -> FloatVector {
            inDoublePrecision(y, g) { y, g in y * (g - dot) }
        }
        var i = 0
        while i &+ vectorWidth <= n {
            step(FloatVector(loadingFrom: y + i), FloatVector(loadingFrom: g + i)).store(to: y + i)
            i &+= vectorWidth
        }
        if i < n {
            step(FloatVector(loadingFrom: y + i, count: n - i), FloatVector(loadingFrom: g + i, count: n - i))
                .store(to: y + i, count: n - i)
        }
    }

    /// The softmax of a line with a NaN or an infinite maximum, by the rules of ``Softmax``.
    private static func special(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int) {
        let special = Softmax.probabilities(Array(UnsafeBufferPointer(start: x, count: n)))
        for i in 0..<n { y[i] = special[i] }
    }

    /// `body(start, count)` for every block of a line of `n` elements, on several threads when
    /// `parallel`; the results in block order (`placeholder` only fills the array beforehand).
    private static func forEachBlock<R: Sendable>(_ n: Int, _ parallel: Bool, _ placeholder: R,
                                                  _ body: @Sendable (Int, Int) -> R) -> [R] {
        let blocks = (n + blockSize - 1) / blockSize
        var results = [R](repeating: placeholder, count: blocks)
        results.withUnsafeMutableBufferPointer { buffer in
            let out = SharedBuffer(buffer)
            Kernels.forEachPart(of: blocks, threshold: parallel ? 2 : blocks + 1, alignment: 1) { range in
                for b in range { out[b] = body(b * blockSize, Swift.min(blockSize, n - b * blockSize)) }
            }
        }
        return results
    }

    /// The smallest and the largest of `x[0..<n]`, NaNs ignored (±∞ for a line of NaNs only).
    private static func range(_ x: UnsafePointer<Float>, _ n: Int) -> (lowest: Float, highest: Float) {
        var low = FloatVector(repeating: .infinity), high = FloatVector(repeating: -.infinity)
        var i = 0
        while i &+ vectorWidth <= n {
            let v = FloatVector(loadingFrom: x + i)
            low = low.replacing(with: v, where: v .< low)
            high = high.replacing(with: v, where: v .> high)
            i &+= vectorWidth
        }
        if i < n {
            let v = FloatVector(loadingFrom: x + i, count: n - i, padding: .nan)
            low = low.replacing(with: v, where: v .< low)
            high = high.replacing(with: v, where: v .> high)
        }
        return ((0..<vectorWidth).reduce(Float.infinity) { Swift.min($0, low[$1]) },
                (0..<vectorWidth).reduce(-Float.infinity) { Swift.max($0, high[$1]) })
    }

    /// Writes `e^(xᵢ − m)` (computed in double, rounded once) to `e[0..<n]` and returns their sum,
    /// accumulated in double in a fixed order (NaN if an xᵢ is NaN). The difference of two floats
    /// is exact in double. When every xᵢ ≥ m − 700 (`clamped` false: almost every line),
    /// e^(xᵢ − m) ≥ e^(−700) is a normal double and the loop needs no clamp; otherwise (a −∞
    /// entry, values far apart) differences below −150 are held there: e^(−150)/S is 0 in float.
    private static func exponentials(_ x: UnsafePointer<Float>, _ e: UnsafeMutablePointer<Float>, _ n: Int,
                                     shift m: Float, clamped: Bool) -> Double {
        // One specialized loop for each (a closure or a test inside the loop costs more than the clamp).
        clamped ? storeExponentials(x, e, n, ClampedDifference(m)) : storeExponentials(x, e, n, ExactDifference(m))
    }

    /// Writes `e^(shift(xᵢ))` rounded to float to `e[0..<n]` and returns the sum of the unrounded values.
    private static func storeExponentials<Shift: LineShift>(_ x: UnsafePointer<Float>, _ e: UnsafeMutablePointer<Float>,
                                                            _ n: Int, _ shift: Shift) -> Double {
        var low = DoubleVector(repeating: 0), high = DoubleVector(repeating: 0)
        var i = 0
        while i &+ vectorWidth <= n {
            let (a, b) = FloatVector(loadingFrom: x + i).widened
            let (ea, eb) = (DoubleExponential.exp(shift(a)), DoubleExponential.exp(shift(b)))
            low += ea
            high += eb
            FloatVector(rounding: ea, eb).store(to: e + i)
            i &+= vectorWidth
        }
        if i < n {
            // The padding lanes (copies of the last element) are stored nowhere and not summed.
            let tail = n - i
            let (a, b) = FloatVector(loadingFrom: x + i, count: tail, padding: x[n - 1]).widened
            let (ea, eb) = (DoubleExponential.exp(shift(a)), DoubleExponential.exp(shift(b)))
            FloatVector(rounding: ea, eb).store(to: e + i, count: tail)
            for lane in 0..<tail { low[0] += lane < 4 ? ea[lane] : eb[lane - 4] }
        }
        let s = low + high
        return (s[0] + s[1]) + (s[2] + s[3])
    }

    /// x − m in double (exact) for ``storeExponentials(_:_:_:_:)``.
    private protocol LineShift {
        func callAsFunction(_ a: DoubleVector) -> DoubleVector
    }

    /// x − m, for lines whose every difference is above −700.
    private struct ExactDifference: LineShift {
        let m: DoubleVector
        init(_ m: Float) { self.m = DoubleVector(repeating: Double(m)) }
        @inline(__always) func callAsFunction(_ a: DoubleVector) -> DoubleVector { a - m }
    }

    /// x − m held at −150 or above (e^(−150)/S is 0 in float), for −∞ and far-apart values.
    private struct ClampedDifference: LineShift {
        let m: DoubleVector
        init(_ m: Float) { self.m = DoubleVector(repeating: Double(m)) }
        @inline(__always) func callAsFunction(_ a: DoubleVector) -> DoubleVector { (a - m).atLeast(-150) }
    }

    /// `e[i] = e[i]·inverse` with one rounding per element: with FMA, as e·high + e·low fused
    /// (inverse = high + low to 2⁻⁴⁸); without, as a product in double rounded once to float
    /// (an unfused e·high + e·low would round twice, up to 1 ULP, and break the 2-ULP bound).
    private static func scale(_ e: UnsafeMutablePointer<Float>, _ n: Int, by inverse: Double) {
        let high = Float(inverse), low = Float(inverse - Double(Float(inverse)))
        @inline(__always) func scaled(_ v: FloatVector) -> FloatVector {
            #if TINYTORCH_FMA || arch(arm64)
            return fma(v, high, v * low)
            #else
            return inDoublePrecision(v) { $0 * inverse }
            #endif
        }
        var i = 0
        while i &+ vectorWidth <= n {
            scaled(FloatVector(loadingFrom: e + i)).store(to: e + i)
            i &+= vectorWidth
        }
        if i < n {
            scaled(FloatVector(loadingFrom: e + i, count: n - i)).store(to: e + i, count: n - i)
        }
    }
}

extension Kernels {
    // Softmax on tensors. `shape` and `axis` describe the lines (the axis already checked; a 0-d
    // tensor comes as shape [1], axis 0); the result always has `x`'s own shape.

    /// Softmax of `x` along `axis`, in a new tensor (pooled when large).
    static func softmax(_ x: Tensor, shape: [Int], axis: Int) -> Tensor {
        makeTensor(shape: x.shape, count: x.count) { output in
            x.data.withUnsafeBufferPointer { input in
                softmaxLines(shape: shape, axis: axis, SharedBuffer(input), output)
            }
        }
    }

    /// Softmax of `x` along `axis`, written into `output` (same shape).
    static func softmax(_ x: Tensor, shape: [Int], axis: Int, into output: inout Tensor) {
        output.releaseStorageLease()
        output.data.withUnsafeMutableBufferPointer { buffer in
            x.data.withUnsafeBufferPointer { input in
                softmaxLines(shape: shape, axis: axis, SharedBuffer(input), SharedBuffer(buffer))
            }
        }
    }

    /// Softmax of `x` along `axis`, in `x`'s own storage.
    static func softmax(inPlace x: inout Tensor, shape: [Int], axis: Int) {
        x.releaseStorageLease()
        x.data.withUnsafeMutableBufferPointer { buffer in
            softmaxLines(shape: shape, axis: axis, SharedBuffer(buffer), SharedBuffer(buffer))
        }
    }

    /// Softmax's vector–Jacobian product along `axis`, in a new tensor.
    static func softmaxBackward(_ x: Tensor, _ gradOutput: Tensor, shape: [Int], axis: Int) -> Tensor {
        makeTensor(shape: x.shape, count: x.count) { output in
            x.data.withUnsafeBufferPointer { input in
                gradOutput.data.withUnsafeBufferPointer { g in
                    softmaxBackwardLines(shape: shape, axis: axis, SharedBuffer(input), SharedBuffer(g), output)
                }
            }
        }
    }

    /// Softmax's vector–Jacobian product along `axis`, written into `gradInput` (same shape).
    static func softmaxBackward(_ x: Tensor, _ gradOutput: Tensor, shape: [Int], axis: Int, into gradInput: inout Tensor) {
        gradInput.releaseStorageLease()
        gradInput.data.withUnsafeMutableBufferPointer { buffer in
            x.data.withUnsafeBufferPointer { input in
                gradOutput.data.withUnsafeBufferPointer { g in
                    softmaxBackwardLines(shape: shape, axis: axis, SharedBuffer(input), SharedBuffer(g), SharedBuffer(buffer))
                }
            }
        }
    }

    private static func softmaxLines(shape: [Int], axis: Int, _ x: SharedBuffer<Float>, _ y: SharedBuffer<Float>) {
        forEachLine(shape: shape, axis: axis, x, nil, y) { x, _, y, n, parallel in
            SoftmaxKernel.line(x, y, count: n, parallel: parallel)
        }
    }

    private static func softmaxBackwardLines(shape: [Int], axis: Int, _ x: SharedBuffer<Float>,
                                             _ g: SharedBuffer<Float>, _ dx: SharedBuffer<Float>) {
        forEachLine(shape: shape, axis: axis, x, g, dx) { x, g, dx, n, parallel in
            SoftmaxKernel.lineBackward(x, g!, dx, count: n, parallel: parallel)
        }
    }

    /// Runs `body(x, g, y, n, parallel)` on every line along `axis` of `shape`, the tensor viewed as
    /// [outer, n, inner]. Contiguous lines (inner = 1) are passed where they lie: one long line
    /// splits over threads itself (`parallel`), many lines are spread over threads. Strided lines
    /// go through contiguous copies. `g`, if given, is walked like `x`.
    private static func forEachLine(
        shape: [Int], axis: Int, _ x: SharedBuffer<Float>, _ g: SharedBuffer<Float>?, _ y: SharedBuffer<Float>,
        _ body: @Sendable (UnsafePointer<Float>, UnsafePointer<Float>?, UnsafeMutablePointer<Float>, Int, Bool) -> Void
    ) {
        let outer = shape[..<axis].reduce(1, *), n = shape[axis], inner = shape[(axis + 1)...].reduce(1, *)
        guard outer * n * inner > 0 else { return }
        if inner == 1 {
            guard outer > 1 else { return body(x.base, g?.base, y.base, n, true) }
            forEachPart(of: outer, threshold: Swift.max(2, SoftmaxKernel.parallelThreshold / n)) { rows in
                for o in rows { body(x.base + o * n, g.map { $0.base + o * n }, y.base + o * n, n, false) }
            }
            return
        }
        var xs = [Float](repeating: 0, count: n), gs = xs, ys = xs
        for o in 0..<outer {
            for i in 0..<inner {
                for k in 0..<n { xs[k] = x[(o * n + k) * inner + i] }
                if let g { for k in 0..<n { gs[k] = g[(o * n + k) * inner + i] } }
                ys.withUnsafeMutableBufferPointer { line in
                    body(xs, g == nil ? nil : gs, line.baseAddress!, n, true)
                }
                for k in 0..<n { y[(o * n + k) * inner + i] = ys[k] }
            }
        }
    }
}
