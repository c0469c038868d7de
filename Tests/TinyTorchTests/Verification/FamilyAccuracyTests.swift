import Foundation
import Testing
@testable import TinyTorch

/// Every elementwise activation of the family, with default and non-default parameters.
let familyElementwise: [any ReferenceEvaluable] = [
    LeakyReLU(), LeakyReLU(negativeSlope: 0.2), LeakyReLU(negativeSlope: 0),
    ReLU6(), ReLUSquared(), Threshold(threshold: 0.1, value: 20), Step(), Step(threshold: -1.5),
    ELU(), ELU(alpha: 0.3), CELU(), CELU(alpha: 2.5), SELU(),
    Mish(), Softplus(), Softplus(beta: 3, threshold: 10), LogSigmoid(), Softsign(),
    Squareplus(), Squareplus(b: 0.01), SparsePlus(), SparseSigmoid(),
    Hardtanh(), Hardtanh(min: -0.25, max: 6.5), Hardsigmoid(), Hardswish(),
    Hardshrink(), Hardshrink(lambda: 0), Softshrink(), Softshrink(lambda: 2), Tanhshrink(),
]

/// The line-wise activations with a reference, along the last axis.
let familyLinewise: [any LineReferenceEvaluable] = [LogSoftmax(), Softmin(), GLU(), Softmax()]

@Suite("Family accuracy against the reference-precision verifier")
struct FamilyAccuracyTests {
    @Test("value within its ULP bound on the dense sample; derivative agrees on every special value",
          arguments: familyElementwise)
    func elementwiseContract(_ activation: any ReferenceEvaluable) {
        let (value, derivative) = Verifier.verify(activation)
        #expect(value.holds, "\(value)")
        #expect(derivative.maxError.isFinite, "\(derivative)")
    }

    @Test("line-wise activations within their ULP bound", arguments: familyLinewise)
    func linewiseContract(_ activation: any LineReferenceEvaluable) {
        let report = Verifier.verifyLines(activation)
        #expect(report.checked > 20_000)
        #expect(report.holds, "\(report)")
    }

    @Test("logSumExp within 1 ULP on the sample")
    func logSumExpContract() {
        let report = Verifier.verifyLogSumExp()
        #expect(report.holds, "\(report)")
    }

    @Test("the verifier catches a cancelling form: x − tanh(x) computed directly breaks 1 ULP")
    func verifierCatchesCancellation() {
        struct NaiveTanhshrink: ReferenceEvaluable {
            var name: String { "naive tanhshrink" }
            func value(at x: Float) -> Float { Float(Double(x) - tanh(Double(x))) }
            func derivative(at x: Float) -> Float { Tanhshrink().derivative(at: x) }
            func referenceValue(at x: ReferenceReal) -> ReferenceReal { Tanhshrink().referenceValue(at: x) }
            func referenceDerivative(at x: ReferenceReal) -> ReferenceReal { Tanhshrink().referenceDerivative(at: x) }
            var accuracyBound: Double { 1 }
        }
        #expect(!Verifier.verify(NaiveTanhshrink()).value.holds)
    }
}
