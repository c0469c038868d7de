import Testing
import TinyTorch

@Suite("ReLU")
struct ReLUTests {
    let relu = ReLU()

    @Test("the course's example")
    func example() {
        #expect(relu(Tensor([-2, -1, 0, 1, 2])) == Tensor([0, 0, 0, 1, 2]))
        #expect(relu.forward(Tensor([[-2, -1, 0, 1, 2]])) == Tensor([[0, 0, 0, 1, 2]]))
        #expect(ReLUTests.relu2(Tensor([3, -3])) == Tensor([3, 0]))
    }
    static let relu2 = relu(_:)

    @Test("special values: NaN propagates, −∞ → 0, subnormals pass, −0 → 0")
    func specials() {
        let y = relu(Tensor([.nan, -.infinity, .infinity, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, -0.0])).data
        #expect(y[0].isNaN)
        #expect(y[1] == 0 && y[1].sign == .plus)
        #expect(y[2] == .infinity)
        #expect(y[3] == .leastNonzeroMagnitude)
        #expect(y[4] == 0)
        #expect(y[5] == 0 && y[5].sign == .plus)
    }

    @Test("derivative: 1 above zero, 0 at and below zero")
    func derivative() {
        let g = relu.backward(Tensor([-1, 0, -0.0, 2, .nan]), gradOutput: Tensor([5, 5, 5, 5, 5])).data
        #expect(Array(g.prefix(4)) == [0, 0, 0, 5])
        #expect(g[4].isNaN)
    }
}
