import Dispatch

/// The loops that apply scalar functions to whole tensors.
///
/// Activations say *what* to compute for one element; this namespace decides
/// *how* to run it over many: in chunks, on several threads above
/// ``parallelThreshold`` elements. Each element's result depends only on its
/// own input, so the output is bitwise identical whatever the thread count.
public enum Kernels {
    /// Below this many elements a map runs on the calling thread; above it,
    /// the work is split into ``chunkSize``-element chunks spread over the cores.
    public static let parallelThreshold = 1 << 16

    /// Elements per chunk when running in parallel.
    public static let chunkSize = 1 << 14

    /// `transform` applied to every element of `x`, keeping its shape.
    ///
    /// ```swift
    /// Kernels.map(Tensor([1, 2])) { $0 * 2 }   // [2.0, 4.0]
    /// ```
    public static func map(_ x: Tensor, _ transform: @Sendable (Float) -> Float) -> Tensor {
        let n = x.count
        let data = [Float](unsafeUninitializedCapacity: n) { output, initialized in
            x.data.withUnsafeBufferPointer { input in
                let (input, output) = (SharedBuffer(input), SharedBuffer(output))
                forEachChunk(of: n) { range in
                    for i in range { output[i] = transform(input[i]) }
                }
            }
            initialized = n
        }
        return Tensor(uncheckedShape: x.shape, data: data)
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
        let n = x.count
        let data = [Float](unsafeUninitializedCapacity: n) { output, initialized in
            x.data.withUnsafeBufferPointer { a in
                y.data.withUnsafeBufferPointer { b in
                    let (a, b, output) = (SharedBuffer(a), SharedBuffer(b), SharedBuffer(output))
                    forEachChunk(of: n) { range in
                        for i in range { output[i] = combine(a[i], b[i]) }
                    }
                }
            }
            initialized = n
        }
        return Tensor(uncheckedShape: x.shape, data: data)
    }

    /// Runs `body` over `0..<count` in chunks: inline below the threshold,
    /// otherwise concurrently. Chunks never overlap.
    static func forEachChunk(of count: Int, _ body: @Sendable (Range<Int>) -> Void) {
        guard count > parallelThreshold else {
            body(0..<count)
            return
        }
        let chunks = (count + chunkSize - 1) / chunkSize
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = chunk * chunkSize
            body(start..<Swift.min(start + chunkSize, count))
        }
    }
}

/// A buffer pointer that chunks running on several threads may share: each chunk
/// reads or writes only its own disjoint range, so no two threads touch one element.
struct SharedBuffer<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>

    init(_ buffer: UnsafeMutableBufferPointer<Element>) { base = buffer.baseAddress ?? UnsafeMutablePointer(bitPattern: 16)! }
    init(_ buffer: UnsafeBufferPointer<Element>) { base = UnsafeMutablePointer(mutating: buffer.baseAddress ?? UnsafePointer(bitPattern: 16)!) }

    subscript(index: Int) -> Element {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }
}
