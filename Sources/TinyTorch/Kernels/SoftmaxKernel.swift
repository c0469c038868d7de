// Softmax on vectors, one line at a time (Softmax.swift has the formula and the rules for
// special lines).
//
// A line of n values takes three passes:
//   1. m = max xᵢ, and whether any xᵢ is NaN;
//   2. eᵢ = e^(xᵢ − m) in double precision (the difference of two floats is exact there), each
//      rounded once to float and stored in the output, and S = Σ eᵢ summed in double;
//   3. yᵢ = eᵢ·(1/S), with 1/S carried as a float pair hi + lo, so that the only roundings that
//      matter are eᵢ's (≤ 1 ULP relative) and the product's (½ ULP): every element is within
//      1.5 ULP of the double-precision softmax of the same inputs (the contract is 2).
// Lines whose maximum is NaN or ±∞ follow ``Softmax/probabilities(_:)``.
//
// A long line is cut into blocks of ``SoftmaxKernel/blockSize`` elements, the unit of work of its
// threads; each block's sum is accumulated in a fixed order and the block sums are added in
// block order, so the result is bitwise identical whatever the number of threads.

/// Softmax's line kernels.
enum SoftmaxKernel {
    /// Elements per block of a long line.
    static let blockSize = 1 << 14
    /// Elements below which softmax stays on one thread (measured; docs/performance.md).
    static let parallelThreshold = 1 << 16

    /// Writes the softmax of `x[0..<n]` to `y` (which may be `x`); a line of at least
    /// ``parallelThreshold`` elements is split over threads when `parallel`.
    static func line(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, count n: Int, parallel: Bool) {
        guard n > 0 else { return }
        let input = SharedBuffer(UnsafeBufferPointer(start: x, count: n))
        let output = SharedBuffer(UnsafeMutableBufferPointer(start: y, count: n))
        let parallel = parallel && n >= parallelThreshold
        let m = forEachBlock(n, parallel) { start, count in maximum(input.base + start, count) }
            .reduce(-Float.infinity) { $0.isNaN || $1.isNaN ? .nan : Swift.max($0, $1) }
        guard m.isFinite else {
            let special = Softmax.probabilities(Array(UnsafeBufferPointer(start: x, count: n)))
            for i in 0..<n { y[i] = special[i] }
            return
        }
        let total = forEachBlock(n, parallel) { start, count in
            exponentials(input.base + start, output.base + start, count, shift: m)
        }.reduce(0, +)
        let inverse = 1 / total
        let high = Float(inverse)
        let low = Float(inverse - Double(high))
        _ = forEachBlock(n, parallel) { start, count in
            scale(output.base + start, count, high, low)
            return 0
        }
    }

    /// Writes `yᵢ·(gᵢ − Σⱼ gⱼyⱼ)` to `dx`, with y the softmax of `x` (computed into `dx` first).
    static func lineBackward(_ x: UnsafePointer<Float>, _ g: UnsafePointer<Float>, _ dx: UnsafeMutablePointer<Float>,
                             count n: Int, parallel: Bool) {
        line(x, dx, count: n, parallel: parallel)
        let y = SharedBuffer(UnsafeMutableBufferPointer(start: dx, count: n))
        let gradient = SharedBuffer(UnsafeBufferPointer(start: g, count: n))
        let parallel = parallel && n >= parallelThreshold
        let dot = forEachBlock(n, parallel) { start, count in
            var sum = 0.0
            for i in start..<start + count { sum += Double(y[i]) * Double(gradient[i]) }
            return sum
        }.reduce(0, +)
        _ = forEachBlock(n, parallel) { start, count in
            for i in start..<start + count { y[i] = Float(Double(y[i]) * (Double(gradient[i]) - dot)) }
            return 0
        }
    }

    /// `body(start, count)` for every block of a line of `n` elements, on several threads when
    /// `parallel`; the results in block order.
    private static func forEachBlock<R: Sendable & Numeric>(_ n: Int, _ parallel: Bool,
                                                            _ body: @Sendable (Int, Int) -> R) -> [R] {
        let blocks = (n + blockSize - 1) / blockSize
        var results = [R](repeating: 0, count: blocks)
        results.withUnsafeMutableBufferPointer { buffer in
            let out = SharedBuffer(buffer)
            Kernels.forEachPart(of: blocks, threshold: parallel ? 2 : blocks + 1, alignment: 1) { range in
                for b in range { out[b] = body(b * blockSize, Swift.min(blockSize, n - b * blockSize)) }
            }
        }
        return results
    }

    /// The largest of `x[0..<n]`, or NaN if any is NaN.
    private static func maximum(_ x: UnsafePointer<Float>, _ n: Int) -> Float {
        var best = FloatVector(repeating: -.infinity)
        var nan = SIMD8<Int32>(repeating: 0)
        var i = 0
        while i &+ vectorWidth <= n {
            let v = FloatVector(loadingFrom: x + i)
            best = best.replacing(with: v, where: v .> best)
            nan |= v.rangeSlack(.infinity)
            i &+= vectorWidth
        }
        if i < n {
            let v = FloatVector(loadingFrom: x + i, count: n - i, padding: -.infinity)
            best = best.replacing(with: v, where: v .> best)
            nan |= v.rangeSlack(.infinity)
        }
        if nan.hasNegativeLane { return .nan }
        return (0..<vectorWidth).reduce(-Float.infinity) { Swift.max($0, best[$1]) }
    }

    /// Writes `e^(xᵢ − m)` (computed in double, rounded once) to `e[0..<n]` and returns their sum,
    /// accumulated in double in a fixed order. Differences below −150 are held there: e^(−150)/S
    /// is 0 in float anyway.
    private static func exponentials(_ x: UnsafePointer<Float>, _ e: UnsafeMutablePointer<Float>, _ n: Int,
                                     shift m: Float) -> Double {
        let shift = Double(m)
        var low = DoubleVector(repeating: 0), high = DoubleVector(repeating: 0)
        @inline(__always) func step(_ v: FloatVector) -> FloatVector {
            let (a, b) = v.widened
            let ea = DoubleExponential.exp((a - shift).atLeast(-150))
            let eb = DoubleExponential.exp((b - shift).atLeast(-150))
            low += ea
            high += eb
            return FloatVector(rounding: ea, eb)
        }
        var i = 0
        while i &+ vectorWidth <= n {
            step(FloatVector(loadingFrom: x + i)).store(to: e + i)
            i &+= vectorWidth
        }
        if i < n {
            step(FloatVector(loadingFrom: x + i, count: n - i, padding: -.infinity)).store(to: e + i, count: n - i)
        }
        let s = low + high
        return (s[0] + s[1]) + (s[2] + s[3])
    }

    /// `e[i] = e[i]·(high + low)` with one rounding per element.
    private static func scale(_ e: UnsafeMutablePointer<Float>, _ n: Int, _ high: Float, _ low: Float) {
        var i = 0
        while i &+ vectorWidth <= n {
            let v = FloatVector(loadingFrom: e + i)
            fma(v, high, v * low).store(to: e + i)
            i &+= vectorWidth
        }
        while i < n {
            e[i] = e[i] * high + e[i] * low
            i += 1
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
