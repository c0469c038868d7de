import Foundation
import Testing
@testable import TinyTorch

@Suite("Family behaviour: values, parameters, shapes, the catalog")
struct FamilyBehaviourTests {
    @Test("rectifiers on the seed's input")
    func rectifiers() {
        let x = Tensor([-2, -1, 0, 1, 2])
        #expect(LeakyReLU(negativeSlope: 0.5)(x) == Tensor([-1, -0.5, 0, 1, 2]))
        #expect(PReLU(initialValue: 0.5)(x) == Tensor([-1, -0.5, 0, 1, 2]))
        #expect(ReLU6()(Tensor([-1, 3, 6, 9])) == Tensor([0, 3, 6, 6]))
        #expect(ReLUSquared()(x) == Tensor([0, 0, 0, 1, 4]))
        #expect(Threshold(threshold: 1, value: -7)(x) == Tensor([-7, -7, -7, -7, 2]))
        #expect(Step()(x) == Tensor([0, 0, 0, 1, 1]))
        #expect(Hardtanh(min: -1.5, max: 0.5)(x) == Tensor([-1.5, -1, 0, 0.5, 0.5]))
        #expect(Hardshrink(lambda: 1)(x) == Tensor([-2, 0, 0, 0, 2]))
        #expect(Softshrink(lambda: 1)(x) == Tensor([-1, 0, 0, 0, 1]))
        #expect(SparseSigmoid()(x) == Tensor([0, 0, 0.5, 1, 1]))
        #expect(Hardsigmoid()(Tensor([-3, 0, 3])) == Tensor([0, 0.5, 1]))
        #expect(Hardswish()(Tensor([-3, -1.5, 3])) == Tensor([0, -0.375, 3]))
    }

    @Test("free-function twins equal their types")
    func twins() {
        let x = Tensor.randomNormal(shape: [3, 4], standardDeviation: 3, seed: 9)
        #expect(leakyReLU(x, negativeSlope: 0.2) == LeakyReLU(negativeSlope: 0.2)(x))
        #expect(prelu(x, weight: Tensor([0.3])) == PReLU(initialValue: 0.3)(x))
        #expect(rrelu(x, mode: .training(seed: 1)) == RReLU(mode: .training(seed: 1))(x))
        #expect(relu6(x) == ReLU6()(x) && reluSquared(x) == ReLUSquared()(x))
        #expect(threshold(x, threshold: 0.5, value: 2) == Threshold(threshold: 0.5, value: 2)(x))
        #expect(step(x, threshold: 1) == Step(threshold: 1)(x))
        #expect(elu(x, alpha: 2) == ELU(alpha: 2)(x) && celu(x, alpha: 2) == CELU(alpha: 2)(x) && selu(x) == SELU()(x))
        #expect(mish(x) == Mish()(x) && softplus(x, beta: 2) == Softplus(beta: 2)(x) && logSigmoid(x) == LogSigmoid()(x))
        #expect(softsign(x) == Softsign()(x) && squareplus(x, b: 1) == Squareplus(b: 1)(x))
        #expect(sparsePlus(x) == SparsePlus()(x) && sparseSigmoid(x) == SparseSigmoid()(x))
        #expect(hardtanh(x, min: -2, max: 2) == Hardtanh(min: -2, max: 2)(x))
        #expect(hardsigmoid(x) == Hardsigmoid()(x) && hardswish(x) == Hardswish()(x))
        #expect(hardshrink(x, lambda: 1) == Hardshrink(lambda: 1)(x) && softshrink(x, lambda: 1) == Softshrink(lambda: 1)(x))
        #expect(tanhshrink(x) == Tanhshrink()(x))
        #expect(logSoftmax(x, axis: 0) == LogSoftmax(axis: 0)(x) && softmin(x, axis: 0) == Softmin(axis: 0)(x))
        #expect(glu(x) == GLU()(x))
        let image = x.reshaped(to: [2, 3, 2])
        #expect(softmax2d(image) == Softmax2d()(image))
    }

    @Test("CELU with α = 1 and RReLU in evaluation are ELU and LeakyReLU bit for bit")
    func equalities() {
        let x = Tensor(Verifier.sampleInputs())
        #expect(CELU()(x).data.map(\.bitPattern) == ELU()(x).data.map(\.bitPattern))
        let rrelu = RReLU(lower: 0.1, upper: 0.3)
        #expect(rrelu(x).data.map(\.bitPattern) == LeakyReLU(negativeSlope: rrelu.meanSlope)(x).data.map(\.bitPattern))
    }

    @Test("RReLU in training: seeded slopes in [lower, upper), the same in forward and backward")
    func rreluTraining() {
        let x = Tensor.filled(with: -1, shape: [1000])
        let rrelu = RReLU(lower: 0.125, upper: 1.0 / 3, mode: .training(seed: 42))
        let slopes = -rrelu(x)
        #expect(slopes.data.allSatisfy { $0 >= 0.125 && $0 < 1.0 / 3 })
        #expect(Set(slopes.data).count > 900)                                  // random, not one value
        #expect(rrelu(x) == RReLU(lower: 0.125, upper: 1.0 / 3, mode: .training(seed: 42))(x))   // seeded
        #expect(rrelu(x) != RReLU(lower: 0.125, upper: 1.0 / 3, mode: .training(seed: 43))(x))
        #expect(rrelu.backward(x, gradOutput: Tensor.ones(shape: [1000])) == slopes)
        #expect(abs(slopes.mean() - rrelu.meanSlope) < 0.01)
        #expect(RReLU(lower: 0.2, upper: 0.2, mode: .training(seed: 1))(Tensor([-1])) == Tensor([-0.2]))
        #expect(rrelu(Tensor([3])) == Tensor([3]))
    }

    @Test("PReLU: one weight per channel on axis 1")
    func preluChannels() {
        let prelu = PReLU(weight: Tensor([0.5, 2]))
        let x = Tensor([[[-1, 1]], [[-1, 1]]]).reshaped(to: [1, 2, 2])   // N = 1, C = 2, L = 2
        #expect(prelu(x) == Tensor([[[-0.5, 1], [-2, 1]]]))
        let g = prelu.backwardWithWeightGradient(x, gradOutput: Tensor.ones(shape: [1, 2, 2]))
        #expect(g.input == Tensor([[[0.5, 1], [2, 1]]]))
        #expect(g.weight == Tensor([-1, -1]))
        #expect(PReLU(count: 3).weight == Tensor([0.25, 0.25, 0.25]))
    }

    @Test("LogSoftmax of [1000, 1001, 1002] equals that of [1, 2, 3]; e^y sums to 1")
    func logSoftmaxShift() {
        let y = LogSoftmax()(Tensor([1, 2, 3]))
        #expect(LogSoftmax()(Tensor([1000, 1001, 1002])) == y)
        #expect(abs(y.data.map { Foundation.exp(Double($0)) }.reduce(0, +) - 1) < 1e-6)
        #expect(LogSoftmax()(Tensor([0, -1000])) == Tensor([0, -1000]))   // log(softmax) would give −∞
        #expect(LogSoftmax()(Tensor([0, -69])).data[0] == -Float(Foundation.exp(-69.0)))   // log1p, not log(1 + …)
    }

    @Test("LogSoftmax special lines follow Softmax's decisions")
    func logSoftmaxSpecialLines() {
        let inf = Float.infinity
        #expect(LogSoftmax()(Tensor([-inf, -inf])) == Tensor([-inf, -inf]))
        #expect(LogSoftmax()(Tensor([0, -inf])) == Tensor([0, -inf]))
        #expect(LogSoftmax()(Tensor([inf, 0, inf])) == Tensor([-Float(Foundation.log(2.0)), -inf, -Float(Foundation.log(2.0))]))
        #expect(LogSoftmax()(Tensor([1, .nan])).data.allSatisfy { $0.isNaN })
        #expect(LogSoftmax()(Tensor(shape: [2, 0], data: [])).shape == [2, 0])
        #expect(LogSoftmax()(Tensor(7)) == Tensor(0))                       // a 0-d tensor is one line
        #expect(LogSoftmax(axis: 0).backward(Tensor(7), gradOutput: Tensor(2)) == Tensor(0))
        #expect(LogSoftmax()(Tensor([1, 5, -2])) == LogSoftmax()(Tensor([1, 5, -2]) + 30))
    }

    @Test("logSumExp: stable, any axis, keeping dimensions, special lines")
    func logSumExpCases() {
        #expect(logSumExp(Tensor([1000, 1000])) == Tensor(Float(1000 + Foundation.log(2.0))))
        #expect(logSumExp(Tensor([0, -69])) == Tensor(Float(Foundation.exp(-69.0))))
        let x = Tensor([[1, 2, 3], [4, 5, 6]])
        #expect(logSumExp(x, axis: 0).shape == [3])
        #expect(logSumExp(x, axis: -1, keepingDimensions: true).shape == [2, 1])
        #expect(logSumExp(x, axis: 0) == Tensor([Float(4 + Foundation.log1p(Foundation.exp(-3.0))),
                                               Float(5 + Foundation.log1p(Foundation.exp(-3.0))),
                                               Float(6 + Foundation.log1p(Foundation.exp(-3.0)))]))
        let inf = Float.infinity
        #expect(logSumExp(Tensor([-inf, -inf])) == Tensor(-inf))
        #expect(logSumExp(Tensor([1, inf])) == Tensor(inf))
        #expect(logSumExp(Tensor([1, .nan])).data[0].isNaN)
        #expect(logSumExp(Tensor(shape: [2, 0], data: [])) == Tensor([-inf, -inf]))
    }

    @Test("Softmin is softmax of −x; Softmax2d normalises channels of (C,H,W) and (N,C,H,W)")
    func softminAndSoftmax2d() {
        let x = Tensor.randomNormal(shape: [2, 3, 4, 5], seed: 8)
        #expect(Softmin(axis: 1)(x) == Softmax(axis: 1)(-x))
        let y = Softmax2d()(x)
        let sums = y.sum(alongAxis: 1)
        #expect(sums.data.allSatisfy { abs($0 - 1) < 1e-6 })
        #expect(Softmax2d()(x.reshaped(to: [6, 4, 5])) == Softmax(axis: 0)(x.reshaped(to: [6, 4, 5])))
        #expect(Softmin()(Tensor([1, 2, 3])) == Softmax()(Tensor([-1, -2, -3])))
    }

    @Test("GLU halves the axis and gates the first half by σ of the second")
    func gluHalves() {
        let x = Tensor([[1, 2, 0, 1000], [3, 4, -1000, 0]])
        #expect(GLU()(x) == Tensor([[0.5, 2], [0, 2]]))
        #expect(GLU(axis: 0)(x).shape == [1, 4])
        #expect(GLU(axis: 0)(x) == Tensor([[Float(Sigmoid.logistic(3)), Float(2 * Sigmoid.logistic(4)), 0, 500]]))
        let gradient = GLU().backward(x, gradOutput: Tensor.ones(shape: [2, 2]))
        #expect(gradient.shape == [2, 4])
    }

    static let shapes: [[Int]] = [[], [5], [2, 3], [2, 2, 2], [0], [3, 0, 2]]

    @Test("elementwise activations keep every shape and leave the input untouched", arguments: shapes)
    func shapesKept(_ shape: [Int]) {
        let x = Tensor.randomNormal(shape: shape, seed: 4)
        let copy = x
        for activation in familyElementwise as [any Activation] + [PReLU(), RReLU(mode: .training(seed: 2))] {
            #expect(activation(x).shape == shape, "\(activation.name)")
            #expect(activation.backward(x, gradOutput: x).shape == shape, "\(activation.name)")
        }
        #expect(x == copy)
    }

    @Test("axis-wise activations keep shapes of rank 1 to 3, empty axes included",
          arguments: [[5], [2, 4], [2, 2, 2], [2, 0], [3, 0, 2]] as [[Int]])
    func axisShapes(_ shape: [Int]) {
        let x = Tensor.randomNormal(shape: shape, seed: 6)
        for activation: any Activation in [LogSoftmax(), LogSoftmax(axis: 0), Softmin(), Softmin(axis: 0)] {
            #expect(activation(x).shape == shape)
            #expect(activation.backward(x, gradOutput: x).shape == shape)
        }
    }

    @Test("the catalog lists the whole family under lowercase snake_case keys")
    func catalog() {
        let family = ["leaky_relu", "prelu", "rrelu", "relu6", "relu_squared", "threshold", "step", "elu", "celu",
                      "selu", "mish", "softplus", "log_sigmoid", "softsign", "squareplus", "sparse_plus",
                      "sparse_sigmoid", "hardtanh", "hardsigmoid", "hardswish", "hardshrink", "softshrink",
                      "tanhshrink", "log_softmax", "softmin", "softmax2d", "glu"]
        let keys = ActivationCatalog.keys
        #expect(Set(keys).count == keys.count)
        #expect(Set(family).isSubset(of: Set(keys)))
        #expect(keys.allSatisfy { $0.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "_" } })
        #expect(ActivationCatalog.entry(named: "LeakyReLU")?.key == "leaky_relu")
        #expect(ActivationCatalog.entry(named: "log-softmax")?.key == "log_softmax")
        #expect(ActivationCatalog.entry(named: "Softmax2d")?.key == "softmax2d")
        #expect(ActivationCatalog.entry(named: "GLU")?.key == "glu")
    }
}
