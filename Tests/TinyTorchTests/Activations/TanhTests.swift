import Testing
import TinyTorch

@Suite("Tanh")
struct TanhTests {
    let tanh = Tanh()

    @Test("the course's example")
    func example() {
        #expect(tanh(Tensor([0, 1, -1])).isApproximatelyEqual(to: Tensor([0, 0.76, -0.76]), absoluteTolerance: 0.005, relativeTolerance: 0))
    }

    @Test("exactly odd, bit for bit, over the whole sample")
    func odd() {
        let xs = Verifier.sampleInputs().filter { !$0.isNaN }
        let positive = tanh(Tensor(xs)).data, negative = tanh(-Tensor(xs)).data
        for (p, n) in zip(positive, negative) {
            #expect(p.bitPattern ^ n.bitPattern == 0x8000_0000)
        }
    }

    @Test("special values and range")
    func specials() {
        #expect(tanh.value(at: -0.0).sign == .minus && tanh.value(at: -0.0) == 0)
        #expect(tanh.value(at: .infinity) == 1)
        #expect(tanh.value(at: -.infinity) == -1)
        #expect(tanh.value(at: .nan).isNaN)
        #expect(tanh.value(at: .leastNonzeroMagnitude) == .leastNonzeroMagnitude)
        let y = tanh(Tensor.randomNormal(shape: [10_000], standardDeviation: 20, seed: 2))
        #expect(y.min() >= -1 && y.max() <= 1)
    }

    @Test("accurate near zero: no 1 − 2/(e^2x + 1) cancellation")
    func nearZero() {
        #expect(tanh.value(at: 1e-3).bitPattern == 0x3A83_126C)   // correctly rounded (mpmath)
        #expect(tanh.value(at: 1e-20) == 1e-20)
        #expect(tanh.value(at: 0.1).bitPattern == 0x3DCC_1EBC)
    }

    @Test("derivative 1 − tanh² as 1/cosh², stable in the tails")
    func derivative() {
        #expect(tanh.derivative(at: 0) == 1)
        #expect(tanh.derivative(at: 20) > 0)   // 1 − tanh²(20) would be exactly 0 in float
        #expect(tanh.derivative(at: -.infinity) == 0)
    }
}
