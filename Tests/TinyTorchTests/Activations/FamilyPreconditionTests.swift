import Testing
import TinyTorch

@Suite("Family preconditions name the parameter and its value")
struct FamilyPreconditionTests {
    @Test("Hardtanh with min ≥ max")
    func hardtanhBounds() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Hardtanh(min: 1, max: 1)
        }
        #expect(standardError(of: result).contains("min must be < max, got min 1.0 and max 1.0"))
    }

    @Test("Softplus with beta ≤ 0")
    func softplusBeta() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Softplus(beta: -2)
        }
        #expect(standardError(of: result).contains("beta must be finite and > 0, got -2.0"))
    }

    @Test("RReLU with lower > upper")
    func rreluBounds() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = RReLU(lower: 0.5, upper: 0.25)
        }
        #expect(standardError(of: result).contains("lower must be <= upper, got lower 0.5 > upper 0.25"))
    }

    @Test("Hardshrink and Softshrink with a negative lambda")
    func negativeLambda() async {
        let hard = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Hardshrink(lambda: -0.5)
        }
        #expect(standardError(of: hard).contains("Hardshrink: lambda must be >= 0, got -0.5"))
        let soft = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Softshrink(lambda: -1)
        }
        #expect(standardError(of: soft).contains("Softshrink: lambda must be finite and >= 0, got -1.0"))
    }

    @Test("CELU with alpha 0, Squareplus with b ≤ 0, LeakyReLU with a NaN slope")
    func otherParameters() async {
        let celu = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = CELU(alpha: 0)
        }
        #expect(standardError(of: celu).contains("CELU: alpha must be finite and nonzero, got 0.0"))
        let squareplus = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Squareplus(b: 0)
        }
        #expect(standardError(of: squareplus).contains("Squareplus: b must be finite and > 0, got 0.0"))
        let leaky = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = LeakyReLU(negativeSlope: .nan)
        }
        #expect(standardError(of: leaky).contains("LeakyReLU: negativeSlope must be finite, got nan"))
    }

    @Test("GLU on an odd axis, Softmax2d on a matrix, PReLU with the wrong channel count")
    func shapes() async {
        let glu = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = GLU()(Tensor([[1, 2, 3]]))
        }
        #expect(standardError(of: glu).contains("axis 1 of shape [1, 3] has odd length 3"))
        let softmax2d = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Softmax2d()(Tensor([[1, 2]]))
        }
        #expect(standardError(of: softmax2d).contains("rank 3 (C, H, W) or 4 (N, C, H, W), got shape [1, 2]"))
        let prelu = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = PReLU(count: 3)(Tensor([[1, 2]]))
        }
        #expect(standardError(of: prelu).contains("has 2 channels on axis 1 but weight has 3 values"))
    }
}
