import Foundation
import Testing
@testable import TinyTorch

/// The float building blocks of GELU's fast tiers: exact products, the exponent-field scaling and the
/// exponentials of the tanh and exact forms.
@Suite("GELU fast-tier building blocks")
struct GELUKernelTests {
    /// Deterministic floats spread over many binades of both signs.
    private static let samples: [Float] = (0..<4096).map { i in
        let mantissa = Float(1 + (i &* 2_654_435_761 % 8_388_608)) / 8_388_608
        let exponent = Float(i % 40 - 20)
        return (i % 2 == 0 ? 1 : -1) * (1 + mantissa) * Float.pow2(exponent)
    }

    @Test("exactProduct's high + low is the exact product, high its rounding")
    func exactProductIsExact() {
        for start in stride(from: 0, to: Self.samples.count - 16, by: 8) {
            let a = FloatVector(Self.samples[start..<start + 8])
            let b = FloatVector(Self.samples[start + 8..<start + 16])
            let (high, low) = exactProduct(a, b)
            for lane in 0..<8 {
                // A product of two floats has at most 48 bits: exact in double.
                let exact = Double(a[lane]) * Double(b[lane])
                #expect(high[lane] == a[lane] * b[lane])
                #expect(Double(high[lane]) + Double(low[lane]) == exact, "lane \(lane): \(a[lane]) · \(b[lane])")
            }
        }
    }

    @Test("FloatExponential.raised multiplies by 2^(n+64) exactly")
    func raisedScalesTheExponent() {
        for n in [-189, -150, -126, -64, -1, 0, 1, 40, 62] {
            let k = FloatVector(repeating: Float(n)) + FloatExponential.roundingShift
            let p = FloatVector((0..<8).map { 0.5 + Float($0) * 0.1875 })   // 0.5 … 1.8125
            let raised = FloatExponential.raised(p, by: k)
            for lane in 0..<8 {
                #expect(Double(raised[lane]) == Double(p[lane]) * Double.pow2(Double(n + 64)), "n = \(n)")
            }
        }
    }

    @Test("GELUTanhKernel.fastExponent: n + f is −z·log₂e to within 2⁻²³, f within [−0.51, 0.51]")
    func tanhExponentIsAccurate() {
        let c1 = 2 * GELU.sqrt2OverPi, c3 = c1 * GELU.cubic
        let xs = (0...18_800).map { Float(-11.5) + Float($0) / 1000 }   // −11.5 … 7.3
        for start in stride(from: 0, to: xs.count - 8, by: 8) {
            let x = FloatVector(xs[start..<start + 8])
            let (f, k) = GELUTanhKernel.fastExponent(x)
            for lane in 0..<8 {
                let exact = -Double(x[lane]) * (c1 + c3 * Double(x[lane]) * Double(x[lane])) / log(2.0)
                let n = Double(k[lane] - FloatExponential.roundingShift)
                #expect(abs(Double(f[lane])) <= 0.51, "x = \(x[lane])")
                #expect(abs(n + Double(f[lane]) - exact) <= 0x1p-23, "x = \(x[lane]): w = \(exact)")
            }
        }
    }

    @Test("GELUTanhKernel.exp2Polynomial is 2^f within 2e-7 on [−0.51, 0.51]: the fit, 1.04e-7, and its roundings")
    func exp2PolynomialIsAccurate() {
        for start in stride(from: -5_100, to: 5_100, by: 8) {
            let f = FloatVector((0..<8).map { Float(start + $0) / 10_000 })
            let p = GELUTanhKernel.exp2Polynomial(f)
            for lane in 0..<8 {
                let exact = exp2(Double(f[lane]))
                #expect(abs(Double(p[lane]) / exact - 1) <= 2e-7, "f = \(f[lane])")
            }
        }
    }

    @Test("GELUErfKernel.fastGaussian is e^(−m²/2)·2⁶⁴ within 2.5e-7 (relative) for m ∈ [0, 13.15]")
    func fastGaussianIsAccurate() {
        let ms = (0...13_150).map { Float($0) / 1000 }
        for start in stride(from: 0, to: ms.count - 8, by: 8) {
            let m = FloatVector(ms[start..<start + 8])
            let g = GELUErfKernel.fastGaussian(m)
            for lane in 0..<8 {
                let exact = exp(-Double(m[lane]) * Double(m[lane]) / 2) * 0x1p64
                #expect(abs(Double(g[lane]) / exact - 1) <= 2.5e-7, "m = \(m[lane])")
            }
        }
    }
}

private extension Float {
    static func pow2(_ e: Float) -> Float { Float(sign: .plus, exponent: Int(e), significand: 1) }
}

private extension Double {
    static func pow2(_ e: Double) -> Double { Double(sign: .plus, exponent: Int(e), significand: 1) }
}
