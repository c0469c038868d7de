import Foundation
import Testing
@testable import TinyTorch

/// The largest error of `y` in ULP against the double-precision softmax of `x` (one line).
private func worstError(_ x: [Float], _ y: [Float]) -> Double {
    zip(Softmax.probabilities(x), y).map { reference, got in
        reference.isNaN ? (got.isNaN ? 0 : .infinity) : abs(Double(got) - Double(reference)) / Double(reference.ulp)
    }.max() ?? 0
}

/// The largest error of `y` in ULP against the softmax of `x` computed in double and not rounded
/// to float (the kernel's own bound, tighter than the contract, is measured against this).
private func worstUnroundedError(_ x: [Float], _ y: [Float]) -> Double {
    let m = Double(x.max()!)
    let e = x.map { Foundation.exp(Double($0) - m) }
    let total = e.reduce(0, +)
    return zip(e, y).map { e, got in abs(Double(got) - e / total) / Double(Float(e / total).ulp) }.max() ?? 0
}

/// The softmax of one line, by the kernel, with the threads the test allows.
private func kernelSoftmax(_ x: [Float]) -> [Float] {
    Softmax()(Tensor(shape: [x.count], data: x)).data
}

@Suite("Softmax line kernel: both loops of pass 2")
struct SoftmaxLineTests {
    @Test("lines within 700 of their maximum (no clamp) and far-apart ones (clamped) stay within 2 ULP")
    func bothLoops() {
        for (count, scale, seed) in [(7, 3, 1), (1001, 3, 2), (70_001, 3, 3), (5_003, 40, 4), (3_001, 400, 5)] as [(Int, Float, UInt64)] {
            var x = Tensor.randomNormal(shape: [count], standardDeviation: scale, seed: seed).data
            let unclamped = kernelSoftmax(x)
            #expect(worstError(x, unclamped) <= 2, "\(count) values of scale \(scale)")
            x[count / 2] = -.infinity   // the clamped loop: −∞ is a masked entry, giving exactly 0
            let clamped = kernelSoftmax(x)
            #expect(clamped[count / 2] == 0)
            #expect(worstError(x, clamped) <= 2, "\(count) values of scale \(scale), one −∞")
        }
    }

    @Test("within the kernel's construction bound, 1.77 ULP of the unrounded softmax (1.65 in the double loop), with or without FMA")
    func constructionBound() {
        for (count, scale, seed) in [(1_000_003, 3, 100), (65_537, 10, 102), (100_001, 30, 103)] as [(Int, Float, UInt64)] {
            let x = Tensor.randomNormal(shape: [count], standardDeviation: scale, seed: seed).data
            let worst = worstUnroundedError(x, kernelSoftmax(x))
            #expect(worst <= 1.77, "\(count) values of scale \(scale): \(worst) ULP")
        }
    }

    @Test("values more than 700 below the maximum give 0; the others are unchanged by them")
    func farBelow() {
        let y = kernelSoftmax([0, -800, -1e30, 0])
        #expect(y == [0.5, 0, 0, 0.5])
    }

    @Test("a NaN anywhere, in either loop and in a later block of a long line, makes the line NaN")
    func nanThroughTheSum() {
        for x: [Float] in [[1, .nan, 2], [1, -.infinity, .nan], [.nan, .nan]] {
            #expect(kernelSoftmax(x).allSatisfy { $0.isNaN }, "\(x)")
        }
        var long = Tensor.randomNormal(shape: [100_003], standardDeviation: 3, seed: 9).data
        long[90_000] = .nan
        #expect(kernelSoftmax(long).allSatisfy { $0.isNaN })
    }

    @Test("a line shifted by a constant that keeps its values exact gives the same probabilities: to the bit in the double-precision loop, within 2 ULP in the float one")
    func shiftInvariance() {
        let x = (0..<1003).map { Float($0 % 61) / 4 - 7 }   // quarters: exact after adding 4096
        let shifted = kernelSoftmax(x.map { $0 + 4096 })
        #expect(worstError(x, shifted) <= 2)
        #if !(arch(x86_64) && canImport(_Builtin_intrinsics.intel) && TINYTORCH_FMA)
        #expect(kernelSoftmax(x) == shifted)   // e^(xᵢ − m) with xᵢ − m exact in double
        #endif
    }

    @Test("the float loop's edges: a line 85 wide (its smallest values are tiny but normal) and one just wider, values near ±65536 and just beyond")
    func floatLoopDomain() {
        for span: Float in [85, 85.01, 20] {
            for top: Float in [0, 65536, -65536 + span, 70_000, 1e-3] {
                let x = (0..<517).map { top - span * Float(($0 * 37) % 517) / 516 }
                let y = kernelSoftmax(x)
                #expect(worstError(x, y) <= 2, "span \(span), maximum \(top)")
                #expect(y.allSatisfy { $0 > 0 }, "span \(span), maximum \(top): nothing is flushed to 0")
            }
        }
    }

    @Test("in place or into another tensor, the same bits: also for lines that rise more than 60 above their first values, fall 85 below them, or start with −∞ or NaN")
    func inPlace() {
        let normal = Tensor.randomNormal(shape: [70_001], standardDeviation: 3, seed: 12).data
        let rising = (0..<1000).map { Float($0) / 10 }   // the reference is 0.7, the maximum 99.9
        let falling = (0..<1000).map { Float(-$0) / 10 }
        let masked = [-Float.infinity] + (1..<40).map { Float($0 % 7) }
        for line in [normal, rising, falling, masked, [.nan] + normal.prefix(20)] {
            let into = kernelSoftmax(line)
            var inPlace = Tensor(shape: [line.count], data: line)
            Softmax().apply(inPlace: &inPlace)
            #expect(inPlace.data.map(\.bitPattern) == into.map(\.bitPattern), "\(line.prefix(3))…")
            #expect(worstError(line, into) <= 2, "\(line.prefix(3))…")
        }
    }

    @Test("the same bits wherever the output lies (every alignment) and whatever the thread count")
    func addressIndependence() {
        let x = Tensor.randomNormal(shape: [70_001], standardDeviation: 3, seed: 11).data
        let reference = Kernels.$maximumThreads.withValue(1) { kernelSoftmax(x) }
        var buffer = [Float](repeating: 0, count: x.count + 8)
        for offset in 0..<8 {
            buffer.withUnsafeMutableBufferPointer { out in
                x.withUnsafeBufferPointer { SoftmaxKernel.line($0.baseAddress!, out.baseAddress! + offset, count: x.count, parallel: true) }
            }
            #expect(Array(buffer[offset..<offset + x.count]) == reference, "output offset \(offset)")
        }
    }
}
