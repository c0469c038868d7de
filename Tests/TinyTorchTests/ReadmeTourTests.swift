import Testing
import TinyTorch

/// The README's tour, line by line: if a printed value there changes, this fails.
@Suite("README tour")
struct ReadmeTourTests {
    @Test("every value the tour shows")
    func tour() {
        #expect(ReLU()(Tensor([-2, -1, 0, 1, 2])).description == "[0.0, 0.0, 0.0, 1.0, 2.0]")
        #expect(Sigmoid()(Tensor([0, 1, -1])).description == "[0.5, 0.7310586, 0.26894143]")
        #expect(Sigmoid().value(at: -100).description == "3.8e-44")
        #expect(Tanh().forward(Tensor([0, 1, -1])).description == "[0.0, 0.7615942, -0.7615942]")
        #expect(GELU()(Tensor([-1, 0, 1])).description == "[-0.15865526, 0.0, 0.8413448]")
        #expect(GELU(approximation: .tanh)(Tensor([1])).description == "[0.841192]")
        let probabilities = Softmax()(Tensor([1, 2, 3]))
        #expect(probabilities.description == "[0.09003057, 0.24472848, 0.66524094]")
        let shifted = Softmax()(Tensor([1000, 1001, 1002]))
        #expect(zip(shifted.data, probabilities.data).allSatisfy { abs($0 - $1) <= 2 * $1.ulp }, "\(shifted)")
        #expect(ReLU()(Tensor([[-2, -1, 0, 1, 2]])).description == "[[0.0, 0.0, 0.0, 1.0, 2.0]]")
        #expect(Sigmoid().backward(Tensor([0]), gradOutput: Tensor([1])).description == "[0.25]")
        let w = Tensor([[1, -1], [-1, 1]])
        #expect((ReLU()(matmul(w, Tensor([2, 0]))) + 1).description == "[3.0, 1.0]")
        #expect(Tensor([[1, 2], [3, 4]]).sum(alongAxis: -1).description == "[3.0, 7.0]")
    }
}
