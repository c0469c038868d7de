import Testing
@testable import TinyTorch

/// The float building blocks of GELU's fast tiers: exact products and the exponent-field scaling.
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
}

private extension Float {
    static func pow2(_ e: Float) -> Float { Float(sign: .plus, exponent: Int(e), significand: 1) }
}

private extension Double {
    static func pow2(_ e: Double) -> Double { Double(sign: .plus, exponent: Int(e), significand: 1) }
}
