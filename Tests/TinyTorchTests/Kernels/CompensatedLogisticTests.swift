import Foundation
import Testing
@testable import TinyTorch

/// Every `stride`-th float in [−16, 16], padded with zeros to a multiple of 8.
private func sampleWithinLimit(stride: UInt32) -> [Float] {
    var values: [Float] = []
    let limit = Logistic.compensatedLimit.bitPattern
    for bits in Swift.stride(from: UInt32(0), through: limit, by: Int(stride)) {
        values += [Float(bitPattern: bits), -Float(bitPattern: bits)]
    }
    values += [Logistic.compensatedLimit, -Logistic.compensatedLimit]
    while values.count % vectorWidth != 0 { values.append(0) }
    return values
}

/// The kernel applied to `values`, 8 at a time.
private func map(_ values: [Float], _ kernel: (FloatVector) -> FloatVector) -> [Float] {
    values.withUnsafeBufferPointer { input in
        Swift.stride(from: 0, to: values.count, by: vectorWidth).flatMap { i in
            let y = kernel(FloatVector(loadingFrom: input.baseAddress! + i))
            return (0..<vectorWidth).map { y[$0] }
        }
    }
}

@Suite("Compensated logistic")
struct CompensatedLogisticTests {
    @Test("a vector leaves the compensated path exactly when a lane is beyond 16 or NaN")
    func rangeCheck() {
        let inside: [Float] = [0, -0.0, 16, -16, .leastNonzeroMagnitude, 3, -7, 15.999999]
        #expect(!FloatVector(inside).hasLane(beyond: 16))
        for outside: Float in [Float(16).nextUp, -Float(16).nextUp, .infinity, -.infinity, .nan, -.nan, 1e30] {
            var lanes = inside
            lanes[5] = outside
            #expect(FloatVector(lanes).hasLane(beyond: 16), "\(outside)")
        }
    }

    @Test("a block of 64 values is in range exactly when no lane is beyond 16 or NaN (the loop's integer maximum)")
    func blockRangeCheck() {
        var block = (0..<64).map { Float($0 % 33) - 16 }   // −16 … 16, both ends included
        block[7] = -0.0
        block[8] = .leastNonzeroMagnitude
        #expect(block.withUnsafeBufferPointer { blockIsInRange($0.baseAddress!, 16) })
        for outside: Float in [Float(16).nextUp, -Float(16).nextUp, .infinity, -.infinity, .nan, -.nan, 1e30] {
            for position in [0, 37, 63] {
                var lanes = block
                lanes[position] = outside
                #expect(!lanes.withUnsafeBufferPointer { blockIsInRange($0.baseAddress!, 16) }, "\(outside) at \(position)")
            }
        }
    }

    @Test("the three-level tail is t + (e^u − 1 − u) within the fit's 3.5e-9·e^u and a few roundings of the small result")
    func tailMatchesExponential() {
        let u = stride(from: -0.35, through: 0.35, by: 0.001).map { Float($0) }
        for i in Swift.stride(from: 0, to: u.count - vectorWidth, by: vectorWidth) {
            let v = FloatVector(u[i..<i + vectorWidth]), t = FloatVector(repeating: 3e-8)
            let tail = Logistic.compensatedTail(v, plus: t)
            for lane in 0..<vectorWidth {
                let x = Double(v[lane])
                let exact = 3e-8 + (exp(x) - 1 - x)
                let allowed = 3.5e-9 * exp(x) + 4 * Double(tail[lane].magnitude.ulp)
                #expect(abs(Double(tail[lane]) - exact) <= allowed, "u = \(v[lane])")
            }
        }
    }

    #if TINYTORCH_FMA || arch(arm64)
    /// The reduction u = −x − n·ln2f is exact only with a fused multiply-add.
    @Test("(1 + e^(−x))·2⁻ⁿ as high + low is within 2^−25 of the true value, low is below 2^−20 of high, and 2⁻ⁿ is a power of two")
    func dividedDenominator() {
        let x = sampleWithinLimit(stride: 4099)
        for i in Swift.stride(from: 0, to: x.count, by: vectorWidth) {
            let v = FloatVector(x[i..<i + vectorWidth])
            let (high, low, inverseScale) = Logistic.dividedDenominator(v)
            for lane in 0..<vectorWidth {
                let scale = Double(inverseScale[lane])
                #expect(scale.significand == 1 && abs(scale.exponent) <= 23, "x = \(v[lane]): 2⁻ⁿ = \(scale)")
                let exact = (1 + exp(-Double(v[lane]))) * scale
                let error = abs(Double(high[lane]) + Double(low[lane]) - exact) / exact
                #expect(error < 0x1p-25, "x = \(v[lane]): relative error \(error)")
                #expect(abs(low[lane]) <= high[lane] * 0x1p-20, "x = \(v[lane])")
            }
        }
    }

    @Test("the compensated sigmoid and SiLU are within 1 ULP on [−16, 16], like the double precision path")
    func withinOneULP() {
        let x = sampleWithinLimit(stride: 997)
        let sigmoid = map(x, SigmoidKernel.accurateValue), wideSigmoid = map(x, SigmoidKernel.doublePrecisionValue)
        let silu = map(x, SiLUKernel.accurateValue), wideSilu = map(x, SiLUKernel.doublePrecisionValue)
        for i in x.indices {
            let s = Sigmoid.logistic(Double(x[i]))
            #expect(ULP.error(of: sigmoid[i], doubleReference: s) <= 1, "sigmoid(\(x[i])) = \(sigmoid[i])")
            #expect(ULP.error(of: silu[i], doubleReference: Double(x[i]) * s) <= 1, "silu(\(x[i])) = \(silu[i])")
            #expect(ULP.error(of: wideSigmoid[i], doubleReference: s) <= 1, "wide sigmoid(\(x[i]))")
            #expect(ULP.error(of: wideSilu[i], doubleReference: Double(x[i]) * s) <= 1, "wide silu(\(x[i]))")
        }
    }

    @Test("a lane's result does not depend on its neighbours: an out-of-range lane changes only itself")
    func lanesAreIndependent() {
        let x = sampleWithinLimit(stride: 7919)
        for start in stride(from: 0, to: x.count - vectorWidth, by: vectorWidth) {
            var v = FloatVector(x[start..<start + vectorWidth])
            let alone = (SigmoidKernel.accurateValue(v), SiLUKernel.accurateValue(v))
            let outsider = start / vectorWidth % vectorWidth
            v[outsider] = [Float.nan, 100, -.infinity, -17][start / vectorWidth % 4]
            let mixed = (SigmoidKernel.accurateValue(v), SiLUKernel.accurateValue(v))
            for lane in 0..<vectorWidth where lane != outsider {
                #expect(mixed.0[lane].bitPattern == alone.0[lane].bitPattern, "sigmoid(\(v[lane]))")
                #expect(mixed.1[lane].bitPattern == alone.1[lane].bitPattern, "silu(\(v[lane]))")
            }
        }
    }
    #endif
}
