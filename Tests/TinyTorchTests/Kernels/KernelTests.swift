import Foundation
import Testing
@testable import TinyTorch

/// Every activation with a vector kernel, in each of its tiers, labelled like `tito bench`'s ops.
private let vectorized: [(String, any Activation)] = {
    var all: [(String, any Activation)] = [("relu", ReLU())]
    for tier in Precision.allCases {
        let suffix = tier == .fast ? "_fast" : ""
        all += [("sigmoid" + suffix, Sigmoid(precision: tier)), ("tanh" + suffix, Tanh(precision: tier)),
                ("silu" + suffix, SiLU(precision: tier))]
        all += GELU.Approximation.allCases.map { ("gelu_\($0)" + suffix, GELU(approximation: $0, precision: tier)) }
    }
    return all
}()

/// N(0, 9) with special values, huge values and subnormals sprinkled in (every block of the fast
/// tier's range check sees some of them), and a length that is not a multiple of 8.
private func mixedInput(count: Int, seed: UInt64) -> Tensor {
    var x = Tensor.randomNormal(shape: [count], standardDeviation: 3, seed: seed)
    let specials: [Float] = [.nan, .infinity, -.infinity, 0, -0.0, 1e30, -1e30, 90, -90, 1e-40, -1e-40, 200, -200]
    for (i, value) in specials.enumerated() { x.data[(i * 7919 + 13) % count] = value }
    return x
}

/// How many elements differ in their bits (NaNs of any payload count as equal); −1 for different shapes.
private func differences(_ a: Tensor, _ b: Tensor) -> Int {
    guard a.shape == b.shape else { return -1 }
    return zip(a.data, b.data).count { $0.bitPattern != $1.bitPattern && !($0.isNaN && $1.isNaN) }
}

@Suite("Vector kernels")
struct KernelTests {
    @Test("forward and backward are bitwise identical for 1, 2, 3 and 8 threads")
    func threadCountDoesNotChangeBits() {
        let x = mixedInput(count: 200_003, seed: 1)
        let g = Tensor.randomNormal(shape: x.shape, seed: 2)
        for (label, activation) in vectorized + [("softmax", Softmax())] {
            let reference = Kernels.$maximumThreads.withValue(1) { (activation(x), activation.backward(x, gradOutput: g)) }
            for threads in [2, 3, 8] {
                let (y, dx) = Kernels.$maximumThreads.withValue(threads) { (activation(x), activation.backward(x, gradOutput: g)) }
                #expect(differences(y, reference.0) == 0, "\(label) forward, \(threads) threads")
                #expect(differences(dx, reference.1) == 0, "\(label) backward, \(threads) threads")
            }
        }
    }

    @Test("into and in-place forms give the same bits as forward and backward", arguments: [0, 1, 7, 8, 9, 1023, 1025, 1 << 18 | 3])
    func intoAndInPlace(count: Int) {
        let input = count == 0 ? Tensor(shape: [0], data: []) : mixedInput(count: count, seed: UInt64(count))
        let g = Tensor.randomNormal(shape: input.shape, seed: 3)
        for (label, activation) in vectorized + [("softmax", Softmax())] {
            let y = activation(input)
            var into = Tensor.zeros(shape: input.shape)
            activation.forward(input, into: &into)
            var inPlace = input
            activation.apply(inPlace: &inPlace)
            #expect(differences(into, y) == 0, "\(label) into, \(count) elements")
            #expect(differences(inPlace, y) == 0, "\(label) in place, \(count) elements")
            var dx = Tensor.zeros(shape: input.shape)
            activation.backward(input, gradOutput: g, into: &dx)
            #expect(differences(dx, activation.backward(input, gradOutput: g)) == 0, "\(label) backward into, \(count) elements")
        }
    }

    @Test("the fast tier keeps its documented bound (at most 16 ULP), specials and tails on the dense sample")
    func fastTierContract() {
        for (label, activation) in vectorized where (activation as? any PrecisionTiered)?.precision == .fast {
            let evaluable = activation as! any ReferenceEvaluable
            let (value, _) = Verifier.verify(evaluable)
            #expect(value.holds, "\(label): \(value)")
            #expect(value.failures == 0, "\(label): \(value.failures) lost tails or NaN/∞")
            #expect(value.bound! <= 16 && value.boundedFrom == 1e-30)
        }
    }

    @Test("special values in both tiers, also inside a block that the fast tier computes in float")
    func specialValues() {
        let specials: [Float] = [.nan, .infinity, -.infinity, -0.0, 0]
        for tier in Precision.allCases {
            // Alone, and among ordinary values (a block whose range check fails goes to the accurate path).
            for padding in [0, 100] {
                let x = Tensor(specials + Array(repeating: 0.5, count: padding))
                let sigmoid = Sigmoid(precision: tier)(x).data, tanh = Tanh(precision: tier)(x).data
                let silu = SiLU(precision: tier)(x).data
                #expect(sigmoid[0].isNaN && sigmoid[1] == 1 && sigmoid[2] == 0 && sigmoid[3] == 0.5 && sigmoid[4] == 0.5)
                #expect(tanh[0].isNaN && tanh[1] == 1 && tanh[2] == -1)
                #expect(tanh[3].bitPattern == (-0.0 as Float).bitPattern && tanh[4].bitPattern == 0)
                #expect(silu[0].isNaN && silu[1] == .infinity && silu[2] == 0 && silu[3] == 0)
                for form in GELU.Approximation.allCases {
                    let gelu = GELU(approximation: form, precision: tier)(x).data
                    #expect(gelu[0].isNaN && gelu[1] == .infinity && gelu[2] == 0 && gelu[3] == 0 && gelu[4] == 0, "\(form) \(tier)")
                }
            }
        }
    }

    @Test("tanh is exactly odd and sigmoid's tails survive in both tiers")
    func symmetryAndTails() {
        let x = mixedInput(count: 20_000, seed: 4)
        for tier in Precision.allCases {
            let plus = Tanh(precision: tier)(x).data, minus = Tanh(precision: tier)(-x).data
            #expect(zip(plus, minus).allSatisfy { $0.isNaN || $0.bitPattern == (-$1).bitPattern }, "\(tier)")
            let tail = Sigmoid(precision: tier)(Tensor([-80, -87, -100, -103])).data
            #expect(tail.allSatisfy { $0 > 0 }, "\(tier): \(tail)")
        }
    }

    @Test("the fast scaled denominator takes its argument as one float or as a pair, on [−130, 40]")
    func scaledDenominator() {
        var x: [Float] = Array(stride(from: Float(-130), through: 40, by: 0.37)) + [-130, 0, 40]
        while x.count % vectorWidth != 0 { x.append(0) }
        for i in stride(from: 0, to: x.count, by: vectorWidth) {
            let high = FloatVector(x[i..<i + vectorWidth])
            let low = high * 0x1p-27   // a pair's low part: below half an ULP of high
            let single = Logistic.fastScaledDenominator(high)
            let plain = Logistic.fastScaledDenominator(high: high, low: .zero)
            let pair = Logistic.fastScaledDenominator(high: high, low: low)
            for lane in 0..<vectorWidth {
                #expect(single[lane].bitPattern == plain[lane].bitPattern, "x = \(high[lane])")
                // D·2⁶⁴ = 1 + e^(−(high + low)) within 4 ULP (3.2 measured without FMA); dropping
                // the low part would cost up to 16 (|x|·2⁻²⁷ relative at x = −130).
                let exact = 1 + exp(-(Double(high[lane]) + Double(low[lane])))
                let error = abs(Double(pair[lane]) * 0x1p64 - exact) / exact
                #expect(error < 4 * 0x1p-24, "x = \(high[lane]): relative error \(error)")
            }
        }
    }

    @Test("an exhaustive check of a few pairs of blocks of bit patterns: +0 and subnormals, −100, −∞ and NaN", arguments: [0x0000, 0xC2C8, 0xFF7F])
    func exhaustiveBlocks(block: Int) {
        for (label, activation) in vectorized {
            guard let evaluable = activation as? any ReferenceEvaluable else { continue }
            let (value, _) = Verifier.verifyExhaustively(evaluable, threads: 2, blocks: block..<block + 2)
            #expect(value.holds, "\(label), block \(block): \(value)")
            #expect(value.checked == 2 << 16)
            #expect(value.monotonicityBreaks == 0, "\(label), block \(block)")
        }
    }

    @Test("the double-precision ULP measure agrees with the extended-precision one")
    func ulpMeasures() {
        var generator = SeededGenerator(seed: 5)
        for _ in 0..<20_000 {
            let bits = UInt32(truncatingIfNeeded: generator.next())
            let got = Float(bitPattern: bits)
            guard got.isFinite else { continue }
            let reference = Double(got) * (1 + Double(Int(generator.next() % 2001) - 1000) * 1e-9)
            let fast = ULP.error(of: got, doubleReference: reference)
            let slow = ULP.error(of: got, reference: ReferenceReal(reference))
            #expect(abs(fast - slow) <= 1e-9 * Swift.max(1, slow), "\(got) vs \(reference)")
        }
    }
}

@Suite("Softmax kernel")
struct SoftmaxKernelTests {
    @Test("a long line split over threads, many rows, and a strided axis match the line-by-line reference")
    func layouts() {
        let long = Tensor.randomNormal(shape: [100_003], standardDeviation: 3, seed: 6)
        let rows = Tensor.randomNormal(shape: [3000, 37], standardDeviation: 3, seed: 7)
        for (x, axis) in [(long, -1), (rows, -1), (rows, 0)] {
            let y = Softmax(axis: axis)(x)
            let one = Kernels.$maximumThreads.withValue(1) { Softmax(axis: axis)(x) }
            #expect(differences(y, one) == 0, "shape \(x.shape), axis \(axis)")
            // Against the scalar double-precision definition, line by line.
            let lines = axis == 0 ? x.transposed() : x
            let reference = Kernels.mapLines(lines, alongAxis: lines.rank - 1) { Softmax.probabilities($0) }
            let got = axis == 0 ? y.transposed() : y
            let worst = zip(got.data, reference.data).map { abs(Double($0) - Double($1)) / Double($1.ulp) }.max() ?? 0
            #expect(worst <= 2, "shape \(x.shape), axis \(axis): \(worst) ULP")
        }
    }

    @Test("special lines: all −∞, +∞ entries, NaN, and an empty axis")
    func specialLines() {
        let y = Softmax()(Tensor([[-.infinity, -.infinity], [0, .infinity], [.nan, 1], [1000, 1000]]))
        #expect(y.data[0] == 0 && y.data[1] == 0)
        #expect(y.data[2] == 0 && y.data[3] == 1)
        #expect(y.data[4].isNaN && y.data[5].isNaN)
        #expect(y.data[6] == 0.5 && y.data[7] == 0.5)
        #expect(Softmax()(Tensor(shape: [2, 0], data: [])).shape == [2, 0])
    }
}

@Suite("Output buffer pool")
struct BufferPoolTests {
    @Test("a recycled buffer never changes an array still in use")
    func valueSemantics() {
        let count = BufferPool.minimumCount + 5
        let x = Tensor.filled(with: 0, shape: [count])
        var kept = Sigmoid()(x).data   // the tensor dies here, its array lives on in `kept`
        for _ in 0..<3 {
            let y = Sigmoid()(Tensor.filled(with: 1, shape: [count]))
            #expect(y.data[0] == Sigmoid().value(at: 1))
        }
        #expect(kept.allSatisfy { $0 == 0.5 })
        kept[0] = 2   // still a normal, uniquely owned array
        #expect(kept[0] == 2)
    }

    @Test("a pooled output can be changed in place, and its copies keep their values")
    func pooledMutation() {
        let count = BufferPool.minimumCount
        var y = ReLU()(Tensor.filled(with: -1, shape: [count]))
        let copy = y
        Sigmoid().apply(inPlace: &y)
        #expect(y.data.allSatisfy { $0 == 0.5 })
        #expect(copy.data.allSatisfy { $0 == 0 })
        Kernels.releaseReusableBuffers()
    }
}
