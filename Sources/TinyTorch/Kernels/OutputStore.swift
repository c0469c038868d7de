// How a kernel loop writes its results: through the caches, or past them.
//
// An ordinary store to a line that is not in the cache first reads that line from memory (the
// core must own the whole 64-byte line before changing part of it), and writes it back when it
// is evicted later. For an output far larger than the last-level cache — 16M floats are 64 MiB,
// this machine's L3 is 32 MiB — that read is pure waste: the line is overwritten entirely and
// will have left the cache before anybody reads it. A non-temporal ("streaming") store writes
// whole lines straight to memory, so a loop such as ReLU moves 2 bytes of memory per byte of
// output instead of 3. For outputs that fit in the cache it is the other way round (the next
// reader finds them there), so the loops stream only from ``Kernels/streamingThreshold`` on.
//
// Streaming stores are weakly ordered: before another thread may read the output, the storing
// thread issues a full fence (``StreamingStore/finish()``). On arm64 and where the fence is not
// available, the streaming store is an ordinary one.

#if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
import _Builtin_intrinsics.intel
#endif
import Synchronization

/// Where a loop's full vectors go. A loop is generic over it, so each kind gets its own code.
protocol OutputStore {
    /// Stores the 8 lanes of `v` at `pointer`.
    static func store(_ v: FloatVector, to pointer: UnsafeMutablePointer<Float>)
    /// How many elements from `output` on a loop writes first (as one partial vector), so that
    /// its full vectors start where this kind of store needs them to (at most 7).
    static func leadingCount(_ output: UnsafeMutablePointer<Float>) -> Int
    /// Makes this thread's stores visible to the threads that synchronize with it afterwards.
    static func finish()
}

/// Ordinary stores, through the caches.
enum CachedStore: OutputStore {
    @inline(__always)
    static func store(_ v: FloatVector, to pointer: UnsafeMutablePointer<Float>) { v.store(to: pointer) }

    @inline(__always)
    static func leadingCount(_ output: UnsafeMutablePointer<Float>) -> Int { 0 }

    @inline(__always)
    static func finish() {}
}

/// Non-temporal stores, past the caches (x86-64): `pointer` must be 32-byte aligned
/// (``leadingCount(_:)`` says how many elements come first).
enum StreamingStore: OutputStore {
    /// Whether this build can stream: x86-64 with the fence of the Synchronization module.
    static var isAvailable: Bool {
        #if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
        if #available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *) { return true }
        #endif
        return false
    }

    @inline(__always)
    static func store(_ v: FloatVector, to pointer: UnsafeMutablePointer<Float>) {
        #if arch(x86_64) && canImport(_Builtin_intrinsics.intel) && TINYTORCH_FMA
        _mm256_stream_ps(pointer, v)   // one 256-bit store (AVX comes with FMA)
        #elseif arch(x86_64) && canImport(_Builtin_intrinsics.intel)
        _mm_stream_ps(pointer, v.lowHalf)   // SSE: the vector is two registers anyway
        _mm_stream_ps(pointer + 4, v.highHalf)
        #else
        v.store(to: pointer)
        #endif
    }

    /// Up to the next 32-byte boundary (arrays of this size start 16 bytes past one on Linux).
    @inline(__always)
    static func leadingCount(_ output: UnsafeMutablePointer<Float>) -> Int {
        let bytesPastBoundary = Int(bitPattern: output) & 31
        return (bytesPastBoundary == 0 ? 0 : 32 - bytesPastBoundary) / MemoryLayout<Float>.stride
    }

    @inline(__always)
    static func finish() {
        #if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
        if #available(macOS 15.0, iOS 18.0, watchOS 11.0, tvOS 18.0, visionOS 2.0, *) {
            atomicMemoryFence(ordering: .sequentiallyConsistent)
        }
        #endif
    }
}

extension Kernels {
    /// Outputs of at least this many elements (16 MiB, half this machine's last-level cache) are
    /// written with streaming stores (measured; docs/performance.md, "Storage").
    static let streamingThreshold = 1 << 22

    /// Whether a loop writing `count` floats to `output` should stream them past the caches.
    static func streams(_ count: Int, to output: UnsafeMutablePointer<Float>) -> Bool {
        count >= streamingThreshold && StreamingStore.isAvailable
    }
}
