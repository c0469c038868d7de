// How an elementwise activation runs over contiguous storage: a vector kernel for 8 elements
// in each precision tier, and the loops that feed it. (VectorizedActivation.swift connects the
// kernels to the activations and to tensors; Kernels.swift splits the work over threads.)

/// The vectorized form of an elementwise activation: f and the gradient product g·f′ on
/// 8 lanes at a time, in each ``Precision`` tier.
///
/// A kernel is a caseless enum of static functions, so that every loop over it is specialized
/// and inlined. Only the accurate functions are required: a kernel with a single exact tier
/// (ReLU) gets the fast ones for free.
protocol ElementwiseKernel: Sendable {
    /// f(x) per lane, within 1 ULP (or exact) for every input.
    static func accurateValue(_ x: FloatVector) -> FloatVector
    /// f(x) per lane within the activation's documented fast bound, for every input.
    static func fastValue(_ x: FloatVector) -> FloatVector
    /// g·f′(x) per lane, computed as accurately as the value.
    static func accurateGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector
    /// g·f′(x) per lane in the fast tier.
    static func fastGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector
    /// The inputs the accurate tier's common case covers: |x| ≤ this (`.infinity`, the default:
    /// one path for every input). A kernel with a narrower range gives
    /// ``accurateValueInRange(_:)`` for vectors inside it, and its ``accurateValue(_:)`` must
    /// return the same bits there; the loop then checks a whole block of vectors at once and
    /// runs blocks inside the range without a branch per vector.
    static var accurateRange: Float { get }
    /// f(x) per lane for vectors whose lanes all lie within ``accurateRange``.
    static func accurateValueInRange(_ x: FloatVector) -> FloatVector
    /// Elements from which an accurate-tier call is split over threads: where the split saves
    /// more than the ≈ 2 µs a split costs with the ``WorkerPool``'s threads awake (measured;
    /// docs/performance.md).
    static var parallelThreshold: Int { get }
    /// The same for the fast tier, which does the same work in about half the time: by default
    /// twice ``parallelThreshold``.
    static var fastParallelThreshold: Int { get }

    /// `output[i] = f(input[i])` for `i` in `0..<count`; `input` may be `output` (in place);
    /// `streaming`: full vectors go past the caches (OutputStore.swift).
    /// (Implemented once below; a requirement so that calls through `any ElementwiseKernel.Type`
    /// reach the loop specialized for each kernel.)
    static func forward(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>,
                        count: Int, precision: Precision, streaming: Bool)

    /// `gradInput[i] = gradOutput[i]·f′(x[i])`; `gradInput` may alias either input.
    static func backward(_ x: UnsafePointer<Float>, _ gradOutput: UnsafePointer<Float>,
                         _ gradInput: UnsafeMutablePointer<Float>, count: Int, precision: Precision, streaming: Bool)
}

extension ElementwiseKernel {
    static var fastParallelThreshold: Int { 2 * parallelThreshold }
    static var accurateRange: Float { .infinity }
    static func accurateValueInRange(_ x: FloatVector) -> FloatVector { accurateValue(x) }
    static func fastValue(_ x: FloatVector) -> FloatVector { accurateValue(x) }
    static func fastGradient(_ x: FloatVector, _ gradOutput: FloatVector) -> FloatVector {
        accurateGradient(x, gradOutput)
    }

    /// `output[i] = f(input[i])` for `i` in `0..<count`; `input` may be `output` (in place).
    static func forward(_ input: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>,
                        count: Int, precision: Precision, streaming: Bool) {
        switch (precision, streaming) {
        case (.accurate, false): map(AccurateTier.self, CachedStore.self, input, output, count)
        case (.fast, false): map(FastTier.self, CachedStore.self, input, output, count)
        case (.accurate, true): map(AccurateTier.self, StreamingStore.self, input, output, count)
        case (.fast, true): map(FastTier.self, StreamingStore.self, input, output, count)
        }
    }

    /// `gradInput[i] = gradOutput[i]·f′(x[i])`; `gradInput` may alias either input.
    static func backward(_ x: UnsafePointer<Float>, _ gradOutput: UnsafePointer<Float>,
                         _ gradInput: UnsafeMutablePointer<Float>, count: Int, precision: Precision, streaming: Bool) {
        switch (precision, streaming) {
        case (.accurate, false): zipMap(AccurateTier.self, CachedStore.self, x, gradOutput, gradInput, count)
        case (.fast, false): zipMap(FastTier.self, CachedStore.self, x, gradOutput, gradInput, count)
        case (.accurate, true): zipMap(AccurateTier.self, StreamingStore.self, x, gradOutput, gradInput, count)
        case (.fast, true): zipMap(FastTier.self, StreamingStore.self, x, gradOutput, gradInput, count)
        }
    }

    // The two loops. Each handles 8 elements per step; the last, partial vector is computed on a
    // zero-padded copy, so every element goes through the same vector code and its result never
    // depends on where it sits: that is why the output is bitwise identical for any thread split
    // (parts start on multiples of 8); a streaming loop also computes its up to 7 leading
    // elements that way, so that its full vectors are stored on 32-byte boundaries (OutputStore.swift).
    // They are generic over the kernel (Self), the tier and the store, so that each combination
    // gets its own loop with the kernel inlined (a function passed as a value stayed an indirect
    // call per vector).

    @inline(__always)
    private static func map<T: Tier, S: OutputStore>(_ tier: T.Type, _ store: S.Type, _ input: UnsafePointer<Float>,
                                                     _ output: UnsafeMutablePointer<Float>, _ count: Int) {
        var i = Swift.min(S.leadingCount(output), count)
        if i > 0 {
            T.value(Self.self, FloatVector(loadingFrom: input, count: i)).store(to: output, count: i)
        }
        let range = T.range(Self.self)
        if range < .infinity {
            // Blocks of 8 vectors: one range check, then the common case with no branch.
            let block = 8 &* vectorWidth
            while i &+ block <= count {
                if blockIsInRange(input + i, range) {
                    for v in stride(from: i, to: i &+ block, by: vectorWidth) {
                        S.store(T.valueInRange(Self.self, FloatVector(loadingFrom: input + v)), to: output + v)
                    }
                } else {
                    for v in stride(from: i, to: i &+ block, by: vectorWidth) {
                        S.store(T.value(Self.self, FloatVector(loadingFrom: input + v)), to: output + v)
                    }
                }
                i &+= block
            }
        }
        while i &+ vectorWidth <= count {
            S.store(T.value(Self.self, FloatVector(loadingFrom: input + i)), to: output + i)
            i &+= vectorWidth
        }
        if i < count {
            T.value(Self.self, FloatVector(loadingFrom: input + i, count: count - i)).store(to: output + i, count: count - i)
        }
        S.finish()
    }

    @inline(__always)
    private static func zipMap<T: Tier, S: OutputStore>(_ tier: T.Type, _ store: S.Type, _ x: UnsafePointer<Float>,
                                                        _ g: UnsafePointer<Float>, _ output: UnsafeMutablePointer<Float>,
                                                        _ count: Int) {
        var i = Swift.min(S.leadingCount(output), count)
        if i > 0 {
            T.gradient(Self.self, FloatVector(loadingFrom: x, count: i), FloatVector(loadingFrom: g, count: i))
                .store(to: output, count: i)
        }
        while i &+ vectorWidth <= count {
            S.store(T.gradient(Self.self, FloatVector(loadingFrom: x + i), FloatVector(loadingFrom: g + i)), to: output + i)
            i &+= vectorWidth
        }
        if i < count {
            let n = count - i
            T.gradient(Self.self, FloatVector(loadingFrom: x + i, count: n), FloatVector(loadingFrom: g + i, count: n))
                .store(to: output + i, count: n)
        }
        S.finish()
    }
}

/// Whether all 8·``vectorWidth`` floats from `pointer` on have |x| ≤ `limit` (NaN has not): the
/// largest magnitude of the block, compared with the limit once. Magnitudes are compared as the
/// integers of their bit patterns, which order them as numbers and put NaN above every number:
/// two operations per vector (`vpand`, `vpmaxud`), where a float compare took four.
@inline(__always)
func blockIsInRange(_ pointer: UnsafePointer<Float>, _ limit: Float) -> Bool {
    var largest = SIMD8<Int32>(repeating: 0)
    for v in stride(from: 0, to: 8 &* vectorWidth, by: vectorWidth) {
        largest = largest.atLeast(FloatVector(loadingFrom: pointer + v).magnitudeBits)
    }
    return !largest.hasLane(above: Int32(bitPattern: limit.bitPattern))
}

/// A precision tier as a type: it picks a kernel's functions at compile time.
private protocol Tier {
    /// The range of the tier's common case (``ElementwiseKernel/accurateRange``; the fast tier has one path).
    static func range<K: ElementwiseKernel>(_ kernel: K.Type) -> Float
    static func valueInRange<K: ElementwiseKernel>(_ kernel: K.Type, _ x: FloatVector) -> FloatVector
    static func value<K: ElementwiseKernel>(_ kernel: K.Type, _ x: FloatVector) -> FloatVector
    static func gradient<K: ElementwiseKernel>(_ kernel: K.Type, _ x: FloatVector, _ g: FloatVector) -> FloatVector
}

private enum AccurateTier: Tier {
    @inline(__always)
    static func range<K: ElementwiseKernel>(_ kernel: K.Type) -> Float { K.accurateRange }

    @inline(__always)
    static func valueInRange<K: ElementwiseKernel>(_ kernel: K.Type, _ x: FloatVector) -> FloatVector {
        K.accurateValueInRange(x)
    }

    @inline(__always)
    static func value<K: ElementwiseKernel>(_ kernel: K.Type, _ x: FloatVector) -> FloatVector {
        K.accurateValue(x)
    }

    @inline(__always)
    static func gradient<K: ElementwiseKernel>(_ kernel: K.Type, _ x: FloatVector, _ g: FloatVector) -> FloatVector {
        K.accurateGradient(x, g)
    }
}

private enum FastTier: Tier {
    @inline(__always)
    static func range<K: ElementwiseKernel>(_ kernel: K.Type) -> Float { .infinity }

    @inline(__always)
    static func valueInRange<K: ElementwiseKernel>(_ kernel: K.Type, _ x: FloatVector) -> FloatVector {
        K.fastValue(x)
    }

    @inline(__always)
    static func value<K: ElementwiseKernel>(_ kernel: K.Type, _ x: FloatVector) -> FloatVector {
        K.fastValue(x)
    }

    @inline(__always)
    static func gradient<K: ElementwiseKernel>(_ kernel: K.Type, _ x: FloatVector, _ g: FloatVector) -> FloatVector {
        K.fastGradient(x, g)
    }
}
