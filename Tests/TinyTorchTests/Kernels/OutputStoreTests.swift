import Testing
@testable import TinyTorch

/// The kernels of every elementwise activation with a fast tier, and ReLU's.
private let kernels: [(String, any ElementwiseKernel.Type)] = [
    ("relu", ReLUKernel.self), ("sigmoid", SigmoidKernel.self), ("silu", SiLUKernel.self), ("tanh", TanhKernel.self),
    ("gelu", GELUErfKernel.self), ("gelu_tanh", GELUTanhKernel.self), ("gelu_sigmoid", GELUSigmoidKernel.self),
]

@Suite("Streaming stores")
struct OutputStoreTests {
    @Test("streaming and cached loops give the same bits at every alignment of the output", arguments: 0..<8)
    func sameBitsAtEveryAlignment(offset: Int) {
        let count = 1_000 + offset   // several blocks of the range check and a partial last vector
        var x = Tensor.randomNormal(shape: [count], standardDeviation: 3, seed: UInt64(offset)).data
        x[17] = .nan; x[101] = -.infinity; x[555] = 200
        let g = Tensor.randomNormal(shape: [count], seed: 9).data
        // Room for the output to start `offset` floats past a 32-byte boundary.
        let storage = UnsafeMutablePointer<Float>.allocate(capacity: count + 16)
        defer { storage.deallocate() }
        let aligned = UnsafeMutableRawPointer(storage).alignedUp(toMultipleOf: 32).assumingMemoryBound(to: Float.self)
        let output = aligned + offset
        #expect(StreamingStore.leadingCount(output) == (8 - offset) % 8)
        for (label, kernel) in kernels {
            for precision in Precision.allCases {
                var cached = [Float](repeating: 0, count: count), cachedGradient = cached
                kernel.forward(x, &cached, count: count, precision: precision, streaming: false)
                kernel.backward(x, g, &cachedGradient, count: count, precision: precision, streaming: false)
                output.initialize(repeating: 7, count: count)
                kernel.forward(x, output, count: count, precision: precision, streaming: true)
                let streamed = Array(UnsafeBufferPointer(start: output, count: count))
                kernel.backward(x, g, output, count: count, precision: precision, streaming: true)
                let streamedGradient = Array(UnsafeBufferPointer(start: output, count: count))
                #expect(streamed.map(\.bitPattern) == cached.map(\.bitPattern), "\(label) \(precision) forward, offset \(offset)")
                #expect(streamedGradient.map(\.bitPattern) == cachedGradient.map(\.bitPattern),
                        "\(label) \(precision) backward, offset \(offset)")
            }
        }
    }

    @Test("a call past the streaming threshold, split over two threads, matches small calls")
    func largeCallMatchesSmallCalls() {
        let count = Kernels.streamingThreshold + 13
        let x = Tensor.randomNormal(shape: [count], standardDeviation: 3, seed: 4)
        for activation in [ReLU(), Sigmoid(precision: .fast)] as [any Activation] {
            let large = Kernels.$maximumThreads.withValue(2) { activation(x) }
            let pieces = stride(from: 0, to: count, by: 1 << 16).flatMap { start in
                activation(Tensor(Array(x.data[start..<min(start + (1 << 16), count)]))).data
            }
            #expect(large.data.map(\.bitPattern) == pieces.map(\.bitPattern))
        }
    }
}
