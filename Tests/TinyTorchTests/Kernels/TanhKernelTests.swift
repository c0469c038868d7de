import Foundation
import Testing
@testable import TinyTorch

/// `kernel` applied to `values` (padded with zeros to a multiple of 8), 8 at a time.
private func map(_ values: [Float], _ kernel: (FloatVector) -> FloatVector) -> [Float] {
    var padded = values
    while padded.count % vectorWidth != 0 { padded.append(0) }
    return Swift.stride(from: 0, to: padded.count, by: vectorWidth).flatMap { i in
        let y = kernel(FloatVector(padded[i..<i + vectorWidth]))
        return (0..<vectorWidth).map { y[$0] }
    }.prefix(values.count).map { $0 }
}

@Suite("Tanh kernel")
struct TanhKernelTests {
    /// Every `stride`-th positive float up to 9.2 (where tanh reaches 1), and its negation.
    func sample(stride: UInt32) -> [Float] {
        Swift.stride(from: UInt32(0), through: Float(9.2).bitPattern, by: Int(stride))
            .flatMap { [Float(bitPattern: $0), -Float(bitPattern: $0)] }
    }

    @Test("the accurate tier is within 1 ULP of tanh on a strided sample of [−9.2, 9.2]")
    func withinOneULP() {
        let x = sample(stride: 1009)
        let y = map(x, TanhKernel.accurateValue)
        for (input, output) in zip(x, y) {
            #expect(ULP.error(of: output, doubleReference: Foundation.tanh(Double(input))) <= 1, "tanh(\(input)) = \(output)")
        }
    }

    @Test("the accurate tier is monotone across its seams: |x| = 2^−12, the rounding to 1 near 9, the hold at 9.1")
    func monotoneAtSeams() {
        for seam: Float in [0x1p-12, 9.02, TanhKernel.compensatedSaturation] {
            let x = (-4096...4096).map { Float(bitPattern: UInt32(Int(seam.bitPattern) + $0)) }
            let y = map(x, TanhKernel.accurateValue)
            for i in 1..<y.count {
                #expect(y[i] >= y[i - 1], "tanh(\(x[i])) = \(y[i]) < tanh(\(x[i - 1])) = \(y[i - 1])")
            }
        }
    }
}
