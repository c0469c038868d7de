import Testing
@testable import TinyTorch

/// `∂/∂xᵢ Σⱼ gⱼ·f(x)ⱼ` by central differences with step `h`, summed in double precision:
/// what `backward(x, gradOutput: g)` must return.
func numericalGradient(of f: (Tensor) -> Tensor, at x: Tensor, gradOutput g: Tensor, step h: Float = 1e-2) -> [Float] {
    func loss(_ x: Tensor) -> Double {
        zip(f(x).data, g.data).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
    }
    return x.data.indices.map { i in
        var plus = x, minus = x
        plus.data[i] += h
        minus.data[i] -= h
        return Float((loss(plus) - loss(minus)) / (2 * Double(h)))
    }
}

/// Points away from every kink of the family (0, ±0.5, ±1, ±3, 6, the thresholds).
let smoothPoints = Tensor([-3.7, -2.2, -1.3, -0.7, -0.4, -0.2, 0.3, 0.6, 0.9, 1.7, 2.2, 4.1, 6.6])

func expectClose(_ analytic: [Float], _ numeric: [Float], tolerance: Float = 2e-3,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    for (a, n) in zip(analytic, numeric) {
        #expect((a - n).magnitude <= tolerance * (1 + n.magnitude), "analytic \(a) vs numeric \(n)",
                sourceLocation: sourceLocation)
    }
}

@Suite("Family backward passes against central finite differences")
struct FamilyGradientTests {
    @Test("elementwise activations", arguments: familyElementwise)
    func elementwise(_ activation: any ReferenceEvaluable) {
        let g = Tensor.randomUniform(shape: smoothPoints.shape, in: -2..<2, seed: 5)
        expectClose(activation.backward(smoothPoints, gradOutput: g).data,
                    numericalGradient(of: activation.forward, at: smoothPoints, gradOutput: g))
    }

    static let lineActivations: [any Activation] = [
        LogSoftmax(), LogSoftmax(axis: 0), Softmin(), Softmin(axis: 0), Softmax2d(), GLU(), GLU(axis: 0),
        PReLU(), PReLU(weight: Tensor([0.1, -0.3, 0.7])), RReLU(), RReLU(mode: .training(seed: 11)),
    ]

    @Test("line-wise and channel-wise activations on a (2, 3, 2, 2) tensor", arguments: lineActivations)
    func linewise(_ activation: any Activation) {
        let x = Tensor.randomNormal(shape: [2, 3, 2, 2], standardDeviation: 2, seed: 1)
        let y = activation.forward(x)
        let g = Tensor.randomUniform(shape: y.shape, in: -1..<1, seed: 2)
        expectClose(activation.backward(x, gradOutput: g).data,
                    numericalGradient(of: activation.forward, at: x, gradOutput: g, step: 1e-3))
    }

    @Test("PReLU's weight gradient, shared and per channel", arguments: [Tensor([0.25]), Tensor([0.1, -0.3, 0.7])])
    func preluWeight(_ weight: Tensor) {
        let x = Tensor.randomNormal(shape: [2, 3, 4], seed: 3)
        let g = Tensor.randomUniform(shape: x.shape, in: -1..<1, seed: 4)
        let analytic = PReLU(weight: weight).backwardWithWeightGradient(x, gradOutput: g).weight
        let numeric = numericalGradient(of: { PReLU(weight: $0)(x) }, at: weight, gradOutput: g, step: 1e-2)
        #expect(analytic.shape == weight.shape)
        expectClose(analytic.data, numeric)
    }

    @Test("logSumExp's gradient is the softmax")
    func logSumExpGradient() {
        let x = Tensor([0.5, -1, 2, 0])
        let numeric = numericalGradient(of: { logSumExp($0) }, at: x, gradOutput: Tensor(1), step: 1e-3)
        expectClose(softmax(x).data, numeric)
    }
}
