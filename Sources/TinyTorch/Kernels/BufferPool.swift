import Foundation

// Reusing large outputs.
//
// A fresh 64 MiB array (16M floats) is mapped from the kernel on every call, and touching its
// pages for the first time costs more than computing a sigmoid into them: PyTorch, JAX and MLX
// lose 5–8× at that size for this reason (../shared/peers/README.md, "alloc at 16M"). So outputs
// of at least ``BufferPool/minimumCount`` elements come from a pool of arrays whose pages are
// already mapped.
//
// The pool cannot see when a `[Float]` dies, so a pooled tensor carries a ``BufferPool/Lease``:
// a small object that all copies of the tensor share and that holds a second reference to the
// array. When the last copy of the tensor goes away, the lease's `deinit` hands the array back.
// Value semantics are untouched: the pool writes into a recycled array through Swift's
// copy-on-write check, so an array still referenced elsewhere (say, `let d = y.data`) is copied,
// never overwritten. The price: the first in-place change of a pooled tensor through `Tensor`'s
// own API copies it once (the lease holds a reference too); the kernels' `into:` and `inPlace:`
// forms release the lease first and so never copy.

/// Recycles the storage of large kernel outputs.
final class BufferPool: @unchecked Sendable {   // `free` and `bytes` are only touched under `lock`
    /// The pool behind every kernel output.
    static let shared = BufferPool()

    /// Outputs with at least this many elements (1 MiB) are pooled; malloc serves smaller ones well.
    static let minimumCount = 1 << 18

    /// The most memory kept for reuse; arrays handed back beyond it are freed.
    static let capacityBytes = 512 << 20

    private let lock = NSLock()
    private var free: [Int: [[Float]]] = [:]
    private var bytes = 0

    /// A recycled array of exactly `count` elements, if one is free.
    func take(count: Int) -> [Float]? {
        lock.lock()
        defer { lock.unlock() }
        guard let array = free[count]?.popLast() else { return nil }
        bytes -= count * MemoryLayout<Float>.stride
        return array
    }

    /// Keeps `array` for reuse, unless that would exceed ``capacityBytes``.
    func recycle(_ array: [Float]) {
        let size = array.count * MemoryLayout<Float>.stride
        lock.lock()
        defer { lock.unlock() }
        guard bytes + size <= BufferPool.capacityBytes else { return }
        free[array.count, default: []].append(array)
        bytes += size
    }

    /// Frees every array kept for reuse.
    func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        free = [:]
        bytes = 0
    }

    /// Shared by all copies of one pooled tensor; returns the array to the pool when the last goes.
    final class Lease: @unchecked Sendable {   // `array` changes only while uniquely referenced
        private var array: [Float]?

        init(_ array: [Float]) { self.array = array }

        /// Gives up the pool's claim: the array is freed with its tensor instead of recycled.
        /// Called only by the tensor that holds the only reference to this lease.
        func forfeit() { array = nil }

        deinit {
            if let array { BufferPool.shared.recycle(array) }
        }
    }
}

extension Kernels {
    /// Frees the large output buffers the kernels keep for reuse (up to 512 MiB).
    ///
    /// ```swift
    /// Kernels.releaseReusableBuffers()
    /// ```
    public static func releaseReusableBuffers() {
        BufferPool.shared.removeAll()
    }

    /// A new tensor of `shape` whose `count` elements `fill` writes; large ones reuse pooled storage.
    static func makeTensor(shape: [Int], count: Int, _ fill: (SharedBuffer<Float>) -> Void) -> Tensor {
        guard count >= BufferPool.minimumCount else {
            return Tensor(uncheckedShape: shape, data: [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
                fill(SharedBuffer(buffer))
                initialized = count
            })
        }
        var data: [Float]
        if let recycled = BufferPool.shared.take(count: count) {
            data = recycled
            data.withUnsafeMutableBufferPointer { fill(SharedBuffer($0)) }   // copies if still shared
        } else {
            data = [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
                fill(SharedBuffer(buffer))
                initialized = count
            }
        }
        var tensor = Tensor(uncheckedShape: shape, data: data)
        tensor.storageLease = BufferPool.Lease(data)
        return tensor
    }
}

extension Tensor {
    /// Prepares `data` to be overwritten in place: a pooled tensor that holds the only reference
    /// to its lease takes the array back from the pool, so writing to it copies nothing.
    mutating func releaseStorageLease() {
        if isKnownUniquelyReferenced(&storageLease) { storageLease?.forfeit() }
        storageLease = nil
    }
}
