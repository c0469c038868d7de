import Foundation
import Testing
@testable import TinyTorch

/// The measured properties agree with what the formulas say.
@Suite("Analysis")
struct AnalysisTests {
    static let analysis = ActivationAnalysis.measure(ActivationCatalog.entries, settings: .quick)

    func record(_ key: String) throws -> ActivationAnalysis.Record {
        try #require(Self.analysis.activations.first { $0.key == key })
    }

    @Test("Sigmoid: σ(0) = 0.5, max σ′ = 0.25 at 0, range (0, 1) reached at ±∞, point-symmetric, saturates near 6.9")
    func sigmoid() throws {
        let p = try record("sigmoid").properties
        #expect(p.atZero == 0.5)
        #expect(p.maxAbsDerivative == .init(value: 0.25, at: 0, from: 0, to: 0))
        #expect(p.derivativeAtZero == 0.25)
        #expect(p.rangeObserved == .init(min: 0, max: 1))
        #expect(p.symmetry == .init(kind: .point, centre: 0.5))
        #expect(p.monotonicity == .nonDecreasing)
        #expect(!p.zeroCentred)
        #expect(p.sparsity == 0)
        let s = try #require(p.saturation)
        let (negative, positive) = (try #require(s.negative), try #require(s.positive))
        #expect(abs(negative - 6.9) < 0.1 && abs(positive - 6.9) < 0.1)
    }

    @Test("Tanh: odd, zero-centred, max tanh′ = 1 at 0, saturates near 4.1")
    func tanh() throws {
        let p = try record("tanh").properties
        #expect(p.symmetry == .init(kind: .odd, centre: nil))
        #expect(p.zeroCentred)
        #expect(p.maxAbsDerivative?.value == 1 && p.maxAbsDerivative?.at == 0)
        #expect(p.rangeObserved == .init(min: -1, max: 1))
        #expect(abs((p.saturation?.positive ?? 0) - 4.1) < 0.1)
    }

    @Test("ReLU: half of N(0, 1) becomes exactly zero, f′ = 1 on the whole positive side, no symmetry, no saturation on the right")
    func relu() throws {
        let p = try record("relu").properties
        #expect(abs(p.sparsity - 0.5) < 0.05)
        #expect(p.symmetry?.kind == MeasuredProperties.Symmetry.Kind.none)
        #expect(p.maxAbsDerivative?.value == 1 && p.maxAbsDerivative?.to == 20)
        #expect(p.saturation?.positive == nil && p.saturation?.negative == 0)
        #expect(p.atPositiveInfinity == .infinity && p.atNegativeInfinity == 0)
        #expect(p.derivativeAtZero == 0)
    }

    @Test("GELU dips to about −0.17 and is not monotone; Softmax gets batch properties only")
    func geluAndSoftmax() throws {
        let gelu = try record("gelu").properties
        #expect(abs(gelu.rangeObserved.min - -0.16997) < 1e-3)
        #expect(gelu.monotonicity == MeasuredProperties.Monotonicity.none)
        #expect(gelu.derivativeAtZero == 0.5)
        let softmax = try record("softmax")
        #expect(softmax.properties.atZero == nil && softmax.properties.symmetry == nil)
        #expect(abs(softmax.properties.meanOnNormal - 1.0 / 64) < 1e-6)
        #expect(!softmax.notes.isEmpty)
    }

    @Test("Gradient flow: sigmoid vanishes below 0.25ⁿ, ReLU keeps about 0.71ⁿ, tanh lies between")
    func gradientFlow() throws {
        func sizes(_ key: String) throws -> [Double] { try #require(record(key).gradientFlow).sizes.map(\.relativeRMS) }
        let sigmoid = try sizes("sigmoid"), relu = try sizes("relu"), tanh = try sizes("tanh")
        #expect(try record("sigmoid").gradientFlow?.sizes.map(\.layers) == [10, 20, 50])
        #expect(sigmoid[0] < pow(0.25, 10) * 1.5)
        #expect(sigmoid[0] > 0 && sigmoid[1] < sigmoid[0] && sigmoid[2] < sigmoid[1])
        #expect(abs(log(relu[0]) / 10 - log(0.5.squareRoot())) < 0.05)
        #expect(tanh[0] < relu[0] * 2 && tanh[0] > sigmoid[0] * 1000)
    }

    @Test("Costs are positive and ReLU's ratio to itself is 1")
    func costs() throws {
        let relu = try record("relu").cost
        #expect(relu.millisecondsPerMillion > 0 && relu.elementsPerNanosecond > 0)
        #expect(try record("sigmoid").cost.ratioToReLU ?? 0 > 0)
        #expect(Self.analysis.copy.elementsPerNanosecond > 0)
        #expect(relu.fractionOfCopyBandwidth ?? 0 > 0)
    }

    @Test("The JSON form round-trips, infinities included")
    func json() throws {
        let data = try ActivationAnalysis.jsonEncoder().encode(Self.analysis)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"schema\" : \"tinytorch.analyze\""))
        #expect(text.contains("\"atPositiveInfinity\" : \"inf\""))
        let decoded = try ActivationAnalysis.jsonDecoder().decode(ActivationAnalysis.self, from: data)
        #expect(decoded.activations.map(\.key) == Self.analysis.activations.map(\.key))
        #expect(decoded.activations[0].properties == Self.analysis.activations[0].properties)
    }

    @Test("Curves: elementwise derivative from backward, Softmax's Jacobian diagonal y(1 − y), a halving gate's diagonal")
    func curves() throws {
        let sigmoid = try #require(ActivationCurve(ActivationUnderTest(Sigmoid()), from: -1, to: 1, count: 3))
        #expect(sigmoid.y == [Sigmoid().value(at: -1), 0.5, Sigmoid().value(at: 1)])
        #expect(sigmoid.derivative?[1] == 0.25)
        let softmax = try #require(ActivationCurve(ActivationUnderTest(Softmax()), from: -1, to: 1, count: 5))
        let diagonal = try #require(softmax.derivative)
        for (y, d) in zip(softmax.y, diagonal) { #expect(abs(d - y * (1 - y)) < 1e-6) }
        // A halving activation on its diagonal a = b = x: x·σ(x), slope σ(x) + x·σ′(x).
        let gate = try #require(ActivationCurve(ActivationUnderTest(HalvingGate()), from: -1, to: 1, count: 5))
        let slopes = try #require(gate.derivative)
        for (x, (y, slope)) in zip(gate.x, zip(gate.y, slopes)) {
            #expect(y == x * Sigmoid().value(at: x))
            #expect(abs(slope - (Sigmoid().value(at: x) + x * Sigmoid().derivative(at: x))) < 1e-6)
        }
    }
}
