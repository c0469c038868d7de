import Foundation
import Testing
@testable import TinyTorch

/// The double precision exponentials the accurate tiers are built on (Exponential.swift).
@Suite("Double precision exponentials")
struct ExponentialTests {
    /// Relative error of `approximation` against `exact`.
    private static func relativeError(_ approximation: Double, _ exact: Double) -> Double {
        abs(approximation - exact) / exact
    }

    @Test("DoubleExponential.exp2 is 2^w within 1.9e-9 (relative) over its whole range [−1022, 1023]")
    func exp2IsWithinItsBound() {
        // 4,096 exponents with every fractional part, and the ends of the range.
        let exponents = (0..<4096).map { -1022 + Double($0) * 2045 / 4095 } + [-1022, -0.5, 0, 0.5, 1023]
        for start in stride(from: 0, to: exponents.count - 3, by: 4) {
            let w = DoubleVector(exponents[start..<start + 4])
            let power = DoubleExponential.exp2(w)
            for lane in 0..<4 {
                #expect(Self.relativeError(power[lane], Foundation.exp2(w[lane])) < 1.9e-9, "w = \(w[lane])")
            }
        }
    }

    @Test("DoubleExponential.exp is e^a within 4.5e-9 (relative) over [−708, 709]: the fit, 4.42e-9 at r = ±ln2/2")
    func expIsWithinItsBound() {
        let arguments = (0..<4096).map { -708 + Double($0) * 1417 / 4095 }
        for start in stride(from: 0, to: arguments.count, by: 4) {
            let a = DoubleVector(arguments[start..<start + 4])
            let power = DoubleExponential.exp(a)
            for lane in 0..<4 {
                #expect(Self.relativeError(power[lane], Foundation.exp(a[lane])) < 4.5e-9, "a = \(a[lane])")
            }
        }
    }
}
