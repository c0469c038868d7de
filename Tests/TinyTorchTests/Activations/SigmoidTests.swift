import Testing
import TinyTorch

@Suite("Sigmoid")
struct SigmoidTests {
    let sigmoid = Sigmoid()

    @Test("the course's example and the exact midpoint")
    func example() {
        let y = sigmoid(Tensor([0, 1, -1]))
        #expect(y.data[0] == 0.5)
        #expect(y.isApproximatelyEqual(to: Tensor([0.5, 0.73, 0.27]), absoluteTolerance: 0.005, relativeTolerance: 0))
        #expect(sigmoid.value(at: -0.0) == 0.5)
    }

    @Test("never overflows and keeps both tails")
    func tails() {
        #expect(sigmoid.value(at: 1000) == 1)
        #expect(sigmoid.value(at: -1000) == 0)
        #expect(sigmoid.value(at: -100).bitPattern == 0x1B)   // 3.7835e-44, a subnormal, correctly rounded
        #expect(sigmoid.value(at: -100).isSubnormal)
        #expect(sigmoid.value(at: -88) == Float(bitPattern: 0x0041_EDC4))
        #expect(sigmoid.value(at: -103) == .leastNonzeroMagnitude)
        #expect(sigmoid.value(at: .infinity) == 1)
        #expect(sigmoid.value(at: -.infinity) == 0)
        #expect(sigmoid.value(at: .nan).isNaN)
        #expect(sigmoid.value(at: .greatestFiniteMagnitude) == 1)
    }

    @Test("monotone non-decreasing and σ(−x) = 1 − σ(x) over the sample")
    func monotoneAndSymmetric() {
        let xs = Verifier.sampleInputs().filter { !$0.isNaN }.sorted()
        let ys = sigmoid(Tensor(xs)).data
        #expect(zip(ys, ys.dropFirst()).allSatisfy { $0 <= $1 })
        for x in xs where x >= 0 {
            // 1 − σ(x) is exact in float for x ≥ 0 (σ(x) ∈ [½, 1]); what remains is the rounding
            // of σ(x) (at most half of 2⁻²⁴) and of σ(−x) (half its own ULP).
            let lhs = sigmoid.value(at: -x), rhs = 1 - sigmoid.value(at: x)
            #expect((lhs - rhs).magnitude <= 0x1p-25 + lhs.ulp / 2, "x = \(x)")
        }
    }

    @Test("range stays in [0, 1]")
    func range() {
        let y = sigmoid(Tensor.randomNormal(shape: [10_000], standardDeviation: 50, seed: 1))
        #expect(y.min() >= 0 && y.max() <= 1)
    }

    @Test("derivative σ(1 − σ), 0.25 at 0, no cancellation in the tails")
    func derivative() {
        #expect(sigmoid.derivative(at: 0) == 0.25)
        #expect(sigmoid.derivative(at: -100) > 0)
        #expect(sigmoid.derivative(at: 100) == sigmoid.derivative(at: -100))
        #expect(sigmoid.derivative(at: .infinity) == 0)
        let g = sigmoid.backward(Tensor([0, 2]), gradOutput: Tensor([4, 1]))
        #expect(g.isApproximatelyEqual(to: Tensor([1, 0.10499359])))
    }
}
