import Testing
@testable import TinyTorch

/// `true` when `a` and `b` are the same float, NaN equal to NaN (the sign of zero is compared too).
func same(_ a: Float, _ b: Float) -> Bool {
    a.isNaN ? b.isNaN : a.bitPattern == b.bitPattern
}

@Suite("Family special values and the issue's traps")
struct FamilySpecialValueTests {
    @Test("NaN propagates through every elementwise activation and its derivative", arguments: familyElementwise)
    func nanPropagates(_ activation: any ReferenceEvaluable) {
        #expect(activation.value(at: .nan).isNaN)
        #expect(activation.derivative(at: .nan).isNaN)
    }

    @Test("finite inputs never give NaN; the limits at ±∞ are the reference's", arguments: familyElementwise)
    func limits(_ activation: any ReferenceEvaluable) {
        for x in Verifier.sampleInputs() where !x.isNaN {
            #expect(!activation.value(at: x).isNaN, "\(activation.name)(\(x))")
        }
        for x: Float in [.infinity, -.infinity] {
            #expect(Float(activation.referenceValue(at: ReferenceReal(x))) == activation.value(at: x),
                    "\(activation.name)(\(x))")
        }
    }

    @Test("Mish(−∞) = 0, not NaN; Mish and Softplus do not overflow for large inputs")
    func mishAndSoftplusTails() {
        #expect(Mish().value(at: -.infinity) == 0)
        #expect(Mish().derivative(at: -.infinity) == 0)
        for x: Float in [89, 100, 1000, 1e30, .greatestFiniteMagnitude] {
            #expect(Mish().value(at: x) == x)
            #expect(Softplus().value(at: x) == x)
            #expect(Softplus(threshold: .infinity).value(at: x) == x)   // the log form alone does not overflow either
        }
        #expect(Mish().value(at: .infinity) == .infinity)
    }

    @Test("ReLU6, Hardtanh, Threshold and the shrinks propagate NaN")
    func clampsKeepNaN() {
        let clamps: [any ElementwiseActivation] = [ReLU6(), Hardtanh(), Threshold(threshold: 0, value: -1),
                                                   Hardshrink(), Softshrink(), Tanhshrink()]
        for activation in clamps {
            let y = activation(Tensor([.nan, 1, .nan]))
            #expect(y.data[0].isNaN && y.data[2].isNaN, "\(activation.name)")
        }
    }

    @Test("LogSigmoid(−1000) = −1000 and LogSigmoid(1000) = −0, not −∞ or NaN")
    func logSigmoidTails() {
        #expect(LogSigmoid().value(at: -1000) == -1000)
        #expect(same(LogSigmoid().value(at: 1000), -0.0))
        #expect(LogSigmoid().value(at: 100) < 0)                       // ≈ −3.7e-44, a subnormal
        #expect(LogSigmoid().value(at: 100).isSubnormal)
        #expect(LogSigmoid().value(at: -.infinity) == -.infinity)
    }

    @Test("the ELU family keeps tiny negative inputs (expm1, not exp − 1)")
    func tinyNegativeInputs() {
        for x: Float in [-1e-8, -1e-20, -Float.leastNormalMagnitude / 64] {   // the last is subnormal
            #expect(ELU().value(at: x) == x)
            #expect(CELU(alpha: 2).value(at: x) == x)
        }
        let x: Float = -1e-8
        #expect(SELU().value(at: x) == Float(SELU.scale * SELU.alpha * Double(x)))
    }

    @Test("SELU uses the exact constants")
    func seluConstants() {
        #expect(SELU.alpha == 1.6732632423543772848170429916717)
        #expect(SELU.scale == 1.0507009873554804934193349852946)
        #expect(SELU().value(at: -.infinity) == Float(-SELU.scale * SELU.alpha))
    }

    @Test("Tanhshrink near 0 gives x³/3, exactly odd")
    func tanhshrinkNearZero() {
        for x: Float in [1e-4, 3e-3, 0.05, 0.0625, 0.07] {
            #expect(same(Tanhshrink().value(at: -x), -Tanhshrink().value(at: x)))
        }
        let x = ReferenceReal(Float(1e-4))
        #expect(ULP.error(of: Tanhshrink().value(at: 1e-4), reference: x * x * x / 3) <= 0.5)   // x⁵ is far below a ULP
        #expect(same(Tanhshrink().value(at: -0.0), -0.0))
        #expect(same(Tanhshrink().value(at: -1e-30), -0.0))
    }

    @Test("subnormal inputs: rectifiers pass positive ones, the ELU family and Softsign return them")
    func subnormals() {
        let tiny = Float.leastNonzeroMagnitude * 5
        for activation: any ElementwiseActivation in [LeakyReLU(), ReLU6(), Hardtanh(), ELU(), CELU(), Softsign(),
                                                      Threshold(threshold: 0, value: 0), Hardshrink(lambda: 0)] {
            #expect(activation.value(at: tiny) == tiny, "\(activation.name)")
        }
        #expect(ELU().value(at: -tiny) == -tiny)
        #expect(LeakyReLU(negativeSlope: 0.5).value(at: -tiny) == -tiny / 2)
    }

    @Test("values at zero and the sign of −0")
    func zeros() {
        #expect(Softplus().value(at: 0) == Float(0.6931471805599453))
        #expect(LogSigmoid().value(at: 0) == -Float(0.6931471805599453))
        #expect(Squareplus().value(at: 0) == 1)
        #expect(SparsePlus().value(at: 0) == 0.25)
        #expect(Hardsigmoid().value(at: 0) == 0.5)
        #expect(SparseSigmoid().value(at: 0) == 0.5)
        #expect(Mish().derivative(at: 0) == 0.6)
        for activation: any ElementwiseActivation in [Hardtanh(), Softsign(), Tanhshrink(), Mish(), Hardswish(),
                                                      Softshrink(), ELU(), SELU()] {
            #expect(activation.value(at: -0.0) == 0, "\(activation.name)")
        }
    }

    @Test("LeakyReLU with slope 0 is ReLU, even at −∞")
    func leakyWithZeroSlope() {
        #expect(same(LeakyReLU(negativeSlope: 0).value(at: -.infinity), 0))
        #expect(LeakyReLU().value(at: -.infinity) == -.infinity)
    }
}
