import Foundation
import Testing
@testable import TinyTorch

/// The double-precision logistic of SigmoidKernel.swift: x·σ(z) as one division, with no select.
@Suite("Double precision logistic")
struct LogisticTests {
    /// SiLU's exponent, w = −x·log₂e.
    private static func siluExponent(_ x: DoubleVector) -> DoubleVector { x * -DoubleExponential.log2e }

    /// x·σ(x) for one float through the vector path.
    private static func silu(_ x: Float) -> Float {
        Logistic.product(FloatVector(repeating: x), heldTo: 700, exponent: siluExponent)[0]
    }

    @Test("Logistic.product is x·σ(x) within 0.55 ULP from −100 to 100, tails included")
    func productIsWithinItsBound() {
        var worst = 0.0
        for i in 0...20_000 {
            let x = Float(-100 + Double(i) * 0.01 + 0.003_7)   // not on a grid of round numbers
            let exact = Double(x) / (1 + Foundation.exp(-Double(x)))
            let ulp = Double(Float(exact).ulp)
            worst = max(worst, abs(Double(Self.silu(x)) - exact) / ulp)
        }
        #expect(worst < 0.55, "worst: \(worst) ULP")
    }

    @Test("Logistic.value is σ(z) within 0.55 ULP from −100 to 100, and 0 and 1 beyond its hold of ±700")
    func valueIsWithinItsBound() {
        var worst = 0.0
        for i in 0...20_000 {
            let z = -100 + Double(i) * 0.01 + 0.003_7
            let exact = 1 / (1 + Foundation.exp(-z))
            let value = Float(Logistic.value(DoubleVector(repeating: z))[0])
            worst = max(worst, abs(Double(value) - exact) / Double(Float(exact).ulp))
        }
        #expect(worst < 0.55, "worst: \(worst) ULP")
        let limits = Logistic.value(DoubleVector(-.infinity, -1000, 1000, .infinity))
        #expect(Float(limits[0]) == 0 && Float(limits[1]) == 0)
        #expect(limits[2] == 1 && limits[3] == 1)
        #expect(Logistic.value(DoubleVector(repeating: .nan))[0].isNaN)
    }

    @Test("Logistic.product keeps the limits: x above the hold, −0 far below it, NaN")
    func productKeepsTheLimits() {
        #expect(Self.silu(.infinity) == .infinity)
        #expect(Self.silu(1000) == 1000)
        #expect(Self.silu(-.infinity) == 0 && Self.silu(-.infinity).sign == .minus)
        #expect(Self.silu(-1000) == 0 && Self.silu(-1000).sign == .minus)
        #expect(Self.silu(.nan).isNaN)
        #expect(Self.silu(0) == 0)
    }
}
