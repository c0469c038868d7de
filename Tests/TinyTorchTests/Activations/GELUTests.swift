import Testing
import TinyTorch

@Suite("GELU")
struct GELUTests {
    @Test("the three forms agree near the origin and differ as documented")
    func forms() {
        let x = Tensor.linspace(from: -3, to: 3, count: 61)
        let exact = GELU()(x), viaTanh = GELU(approximation: .tanh)(x), viaSigmoid = gelu(x, approximation: .sigmoid)
        #expect(exact.isApproximatelyEqual(to: viaTanh, absoluteTolerance: 1e-3, relativeTolerance: 0))
        #expect(exact.isApproximatelyEqual(to: viaSigmoid, absoluteTolerance: 0.03, relativeTolerance: 0))
        #expect(GELU().approximation == .none)
        #expect(GELU(approximation: .tanh).name == "GELU (tanh)")
    }

    @Test("special values in every form", arguments: GELU.Approximation.allCases)
    func specials(_ approximation: GELU.Approximation) {
        let gelu = GELU(approximation: approximation)
        #expect(gelu.value(at: 0) == 0)
        #expect(gelu.value(at: -.infinity) == 0)
        #expect(gelu.value(at: .infinity) == .infinity)
        #expect(gelu.value(at: .nan).isNaN)
        #expect(gelu.value(at: .greatestFiniteMagnitude) == .greatestFiniteMagnitude)
        #expect(gelu.value(at: -.greatestFiniteMagnitude) == 0)
        #expect(gelu.derivative(at: 0) == 0.5)
        #expect(gelu.derivative(at: -.infinity) == 0 && gelu.derivative(at: .infinity) == 1)
        // No overflow or NaN anywhere: every finite input gives a finite output.
        let outputs = gelu(Tensor(Verifier.sampleInputs().filter(\.isFinite))).data
        #expect(outputs.allSatisfy { $0.isFinite })
    }

    @Test("the negative tail keeps its relative accuracy (correctly rounded values from mpmath)")
    func negativeTail() {
        #expect(GELU().value(at: -10).bitPattern == 0x9AB8_3C9B)           // −7.619853e-23
        #expect(GELU().value(at: -13).bitPattern == 0x81D8_7B8A)           // −7.952314e-38
        #expect(GELU().value(at: -5).bitPattern == 0xB5C0_5E5D)
        #expect(GELU(approximation: .tanh).value(at: -9).bitPattern == 0x9129_6A98)
        #expect(GELU(approximation: .sigmoid).value(at: -40).bitPattern == 0x9109_7F12)
        #expect(GELU().value(at: 1).bitPattern == 0x3F57_625F)
        #expect(GELU(approximation: .tanh).value(at: 1).bitPattern == 0x3F57_585C)
        #expect(GELU(approximation: .sigmoid).value(at: 1).bitPattern == 0x3F58_8612)
    }

    @Test("minimum of the exact form is about −0.17 near x = −0.75")
    func minimum() {
        let x = Tensor.linspace(from: -3, to: 0, count: 3001)
        let y = GELU()(x)
        #expect(abs(y.min() - -0.16997) < 1e-4)
    }
}
