import Testing
import TinyTorch

/// The numerical contract: ULP error against reference-precision values over the dense sample
/// (every binade of both signs, zeros, subnormals, infinities, NaN, a fine grid on [−20, 20]).
@Suite("Accuracy in ULP")
struct AccuracyTests {
    static let elementwise = ActivationCatalog.entries.filter { $0.activation is any ReferenceEvaluable }.map(\.key)

    @Test("every elementwise activation keeps its bound", arguments: elementwise)
    func contract(key: String) {
        let activation = ActivationCatalog.entry(named: key)!.activation as! any ReferenceEvaluable
        let (value, _) = Verifier.verify(activation)
        #expect(value.holds, "\(value)")
        #expect(value.checked == Verifier.sampleInputs().count)
    }

    @Test("the seed's smooth functions are within 1 ULP and ReLU is exact")
    func seedFunctions() {
        #expect(Verifier.verify(ReLU()).value.maxError == 0)
        for activation in [Sigmoid(), Tanh()] as [any ReferenceEvaluable] {
            #expect(Verifier.verify(activation).value.maxError <= 1)
        }
        for form in GELU.Approximation.allCases {
            #expect(Verifier.verify(GELU(approximation: form)).value.maxError <= 1)
        }
    }

    @Test("softmax within 2 ULP of the reference softmax of the same inputs")
    func softmax() {
        let report = Verifier.verifySoftmax()
        #expect(report.maxError <= 2, "\(report)")
    }
}

@Suite("ULP measurement")
struct ULPTests {
    @Test("spacing follows the binade, the binade below on powers of two, and 2^−149 at the bottom")
    func spacing() {
        #expect(ULP.spacing(at: 3) == ReferenceReal(Float(3).ulp))
        #expect(ULP.spacing(at: 1) == ReferenceReal(Float(1).nextDown.ulp))
        #expect(ULP.spacing(at: 0) == ReferenceReal(Float.leastNonzeroMagnitude))
        #expect(ULP.spacing(at: ReferenceReal(Float.leastNonzeroMagnitude) * 3) == ReferenceReal(Float.leastNonzeroMagnitude))
    }

    @Test("errors of simple cases")
    func errors() {
        #expect(ULP.error(of: 1, reference: 1) == 0)
        #expect(ULP.error(of: Float(3).nextUp, reference: 3) == 1)
        #expect(ULP.error(of: 1, reference: 1 + ReferenceReal(Float(1).ulp) / 2) == 0.5)
        #expect(ULP.error(of: .nan, reference: 1) == .infinity)
        #expect(ULP.error(of: .nan, reference: .nan) == 0)
        #expect(ULP.error(of: .infinity, reference: .infinity) == 0)
        #expect(ULP.error(of: 0, reference: ReferenceReal(Float.leastNonzeroMagnitude)) == 1)
        #expect(ULP.error(of: .infinity, reference: ReferenceReal(Float.greatestFiniteMagnitude) * 2) == 0)
    }
}
