import Testing
import TinyTorch

/// Properties every activation in the catalog must have.
@Suite("Every activation")
struct ActivationContractTests {
    static let keys = ActivationCatalog.keys

    @Test("gives the shape its kind promises for 0-d to 4-d and zero-size tensors, and a gradient in the input's shape",
          arguments: keys)
    func shapes(key: String) {
        let entry = ActivationCatalog.entry(named: key)!
        for shape in [[], [5], [2, 4], [2, 3, 4], [2, 3, 2, 4], [0], [3, 0], [2, 0, 4]] where entry.kind.accepts(shape) {
            let x = Tensor.randomNormal(shape: shape, seed: 11)
            let output = entry.kind.outputShape(for: shape)
            #expect(entry.activation(x).shape == output, "\(key) on shape \(shape)")
            #expect(entry.activation.backward(x, gradOutput: Tensor.ones(shape: output)).shape == shape)
        }
    }

    @Test("returns a new tensor and leaves its input untouched", arguments: keys)
    func inputUntouched(key: String) {
        let entry = ActivationCatalog.entry(named: key)!, activation = entry.activation
        let x = entry.kind.input(fromLines: Tensor.randomNormal(shape: [4, 8], standardDeviation: 3, seed: 12))
        let copy = x
        var y = activation(x)
        y += Tensor(1)
        #expect(x == copy)
        #expect(activation.forward(x) == activation(x))
    }

    @Test("backward matches central finite differences", arguments: keys)
    func finiteDifferences(key: String) {
        let entry = ActivationCatalog.entry(named: key)!, activation = entry.activation
        // Points away from kinks (ReLU at 0), in float-friendly magnitudes.
        let x = entry.kind.input(fromLines: Tensor([[-2.5, -1.3, -0.6, 0.4, 1.1, 2.7], [0.3, -0.2, 1.9, -3.1, 0.8, -0.9]]))
        let g = Tensor.randomNormal(shape: activation(x).shape, seed: 13)
        let analytic = activation.backward(x, gradOutput: g)
        let h: Float = 1e-2
        for i in 0..<x.count {
            var up = x.data, down = x.data
            up[i] += h
            down[i] -= h
            let plus = Tensor(shape: x.shape, data: up), minus = Tensor(shape: x.shape, data: down)
            // L = Σ g·f(x); ∂L/∂xᵢ by central differences (accumulated in double).
            let lPlus = zip(g.data, activation(plus).data).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
            let lMinus = zip(g.data, activation(minus).data).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
            let numeric = (lPlus - lMinus) / (2 * Double(h))
            #expect(abs(Double(analytic.data[i]) - numeric) <= 2e-3 * (1 + abs(numeric)),
                    "\(key) at element \(i): analytic \(analytic.data[i]), numeric \(numeric)")
        }
    }

    @Test("a gradient of the wrong shape names both shapes")
    func gradientShape() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Sigmoid().backward(Tensor([1, 2]), gradOutput: Tensor([1, 2, 3]))
        }
        #expect(standardError(of: result).contains("gradOutput has shape [3] but the input has shape [2]"))
    }

    @Test("names are found case-insensitively by key or display name")
    func catalogLookup() {
        #expect(ActivationCatalog.entry(named: "ReLU")?.key == "relu")
        #expect(ActivationCatalog.entry(named: "GELU (tanh)")?.key == "gelu_tanh")
        #expect(ActivationCatalog.entry(named: "gelu-sigmoid")?.key == "gelu_sigmoid")
        #expect(ActivationCatalog.entry(named: "swish-ish") == nil)
        #expect(Set(ActivationCatalog.keys).count == ActivationCatalog.keys.count)
    }
}

/// The seed's "integration with tensor operations" area.
@Suite("Activations with tensor operations")
struct ActivationIntegrationTests {
    @Test("ReLU then Sigmoid: every output in [0.5, 1)")
    func chain() {
        let x = Tensor.randomNormal(shape: [100], standardDeviation: 5, seed: 21)
        let y = Sigmoid()(ReLU()(x))
        #expect(y.min() >= 0.5 && y.max() <= 1)
    }

    @Test("arithmetic on outputs: tanh(x) = 2σ(2x) − 1")
    func arithmetic() {
        let x = Tensor.linspace(from: -4, to: 4, count: 81)
        let viaSigmoid = 2 * Sigmoid()(2 * x) - 1
        #expect(Tanh()(x).isApproximatelyEqual(to: viaSigmoid, absoluteTolerance: 1e-6, relativeTolerance: 0))
    }

    @Test("matmul then ReLU is no longer linear")
    func nonlinearity() {
        let w = Tensor([[1, -1], [-1, 1]])
        let a = Tensor([2, 0]), b = Tensor([0, 2])
        let linearSum = matmul(w, a) + matmul(w, b)
        #expect(matmul(w, a + b) == linearSum)   // a linear layer alone is additive
        let layer = { (v: Tensor) in ReLU()(matmul(w, v)) }
        #expect(layer(a + b) == Tensor([0, 0]))
        #expect(layer(a) + layer(b) == Tensor([2, 2]))   // ReLU breaks additivity
    }

    @Test("broadcasting after an activation: a bias added per column")
    func broadcasting() {
        let y = Sigmoid()(Tensor.zeros(shape: [3, 2])) + Tensor([1, -1])
        #expect(y == Tensor([[1.5, -0.5], [1.5, -0.5], [1.5, -0.5]]))
    }
}
