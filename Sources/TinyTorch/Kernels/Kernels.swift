import Dispatch
import Foundation

/// The loops that apply activations to whole tensors.
///
/// Activations say *what* to compute for one element; this namespace decides *how* to run it
/// over many. The library's activations have vector kernels (8 elements per step, SIMD, in two
/// ``Precision`` tiers: `SigmoidKernel.swift` and its siblings); any other elementwise activation
/// runs its scalar ``ElementwiseActivation/value(at:)`` through ``map(_:_:)``. Above a size
/// threshold (measured per kernel, docs/performance.md) the work is split into contiguous parts,
/// one per thread. Each element's result depends only on its own input, so the output is
/// bitwise identical whatever the thread count.
///
/// ```swift
/// Kernels.map(Tensor([1, 2])) { $0 * 2 }            // [2.0, 4.0]
/// Kernels.$maximumThreads.withValue(1) {            // one thread for this scope
///     Sigmoid()(Tensor.zeros(shape: [1 << 20]))
/// }
/// ```
public enum Kernels {
    /// The most threads one kernel call may use: every active processor unless a scope sets
    /// fewer with `Kernels.$maximumThreads.withValue(n) { … }`.
    @TaskLocal public static var maximumThreads = ProcessInfo.processInfo.activeProcessorCount

    /// How this build compiled the kernels: for the host CPU with fused multiply-adds
    /// (`TINYTORCH_TARGET_CPU` set, see Package.swift), or for the architecture's baseline.
    ///
    /// ```swift
    /// print(Kernels.buildDescription)   // e.g. "kernels: SIMD8, built for the host CPU with FMA"
    /// ```
    public static var buildDescription: String {
        #if TINYTORCH_FMA
        "kernels: SIMD8, built for the host CPU with FMA (TINYTORCH_TARGET_CPU)"
        #elseif arch(arm64)
        "kernels: SIMD8 on NEON with FMA"
        #else
        "kernels: SIMD8 for baseline x86-64 (SSE2, no FMA); TINYTORCH_TARGET_CPU=native builds them for this CPU"
        #endif
    }

    /// Elements below which a scalar ``map(_:_:)`` stays on the calling thread.
    public static let parallelThreshold = 1 << 12

    /// `transform` applied to every element of `x`, keeping its shape.
    ///
    /// ```swift
    /// Kernels.map(Tensor([1, 2])) { $0 * 2 }   // [2.0, 4.0]
    /// ```
    public static func map(_ x: Tensor, _ transform: @Sendable (Float) -> Float) -> Tensor {
        makeTensor(shape: x.shape, count: x.count) { output in
            x.data.withUnsafeBufferPointer { input in
                let input = SharedBuffer(input)
                forEachPart(of: x.count, threshold: parallelThreshold) { range in
                    for i in range { output[i] = transform(input[i]) }
                }
            }
        }
    }

    /// `combine(x[i], y[i])` for every element of two tensors of the same shape.
    ///
    /// - Precondition: `x.shape == y.shape`.
    ///
    /// ```swift
    /// Kernels.zipMap(Tensor([1, 2]), Tensor([3, 4]), *)   // [3.0, 8.0]
    /// ```
    public static func zipMap(_ x: Tensor, _ y: Tensor, _ combine: @Sendable (Float, Float) -> Float) -> Tensor {
        precondition(x.shape == y.shape, "Kernels.zipMap: shapes \(x.shape) and \(y.shape) differ")
        return makeTensor(shape: x.shape, count: x.count) { output in
            x.data.withUnsafeBufferPointer { a in
                y.data.withUnsafeBufferPointer { b in
                    let (a, b) = (SharedBuffer(a), SharedBuffer(b))
                    forEachPart(of: x.count, threshold: parallelThreshold) { range in
                        for i in range { output[i] = combine(a[i], b[i]) }
                    }
                }
            }
        }
    }

    /// Runs `body` over `0..<count`: on the calling thread below `threshold` elements, otherwise
    /// split into contiguous parts (one per thread, about one per `threshold / 2` elements, at
    /// most ``maximumThreads``) run concurrently: on the ``WorkerPool``'s threads, which stay
    /// awake briefly between calls, or by `concurrentPerform` when the pool is taken. Part
    /// boundaries fall on multiples of `alignment` (a power of two), so that work organised in
    /// blocks of that size (the fast tier's range check) sees the same blocks whatever the
    /// number of parts.
    static func forEachPart(of count: Int, threshold: Int, alignment: Int = 64,
                            _ body: @Sendable (Range<Int>) -> Void) {
        let parts = Swift.min(maximumThreads, count / Swift.max(alignment, threshold / 2))
        guard parts > 1 else {
            body(0..<count)
            return
        }
        let runPart: @Sendable (Int) -> Void = { part in
            let start = count * part / parts & ~(alignment - 1)
            let end = part == parts - 1 ? count : count * (part + 1) / parts & ~(alignment - 1)
            body(start..<end)
        }
        if #available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *),
           let pool = WorkerPool.shared, pool.run(parts: parts, runPart) {
            return
        }
        DispatchQueue.concurrentPerform(iterations: parts, execute: runPart)
    }
}

/// A buffer pointer that parts running on several threads may share: each part reads or
/// writes only its own disjoint range, so no two threads touch one element.
struct SharedBuffer<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>

    init(_ buffer: UnsafeMutableBufferPointer<Element>) { base = buffer.baseAddress ?? UnsafeMutablePointer(bitPattern: 16)! }
    init(_ buffer: UnsafeBufferPointer<Element>) { base = UnsafeMutablePointer(mutating: buffer.baseAddress ?? UnsafePointer(bitPattern: 16)!) }

    subscript(index: Int) -> Element {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }
}
