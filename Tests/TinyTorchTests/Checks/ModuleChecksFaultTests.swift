import Foundation
import Testing
@testable import TinyTorch

/// The checks catch the mistakes learners make: each faulty implementation below fails
/// exactly the checks that describe its fault, and passes the others.
@Suite("Module checks catch faulty implementations")
struct ModuleChecksFaultTests {
    /// The ids of the checks `subject` fails, without the subject's prefix.
    func failures(_ subject: ActivationUnderTest, _ specific: (ActivationUnderTest) -> [ModuleCheck]) -> Set<String> {
        let group = ModuleChecks.activationGroup(subject, specificChecks: specific(subject))
        return Set(group.checks.map { $0.run() }.filter { !$0.passed }.map { String($0.id.drop { $0 != "." }.dropFirst()) })
    }

    func elementwise(_ name: String, _ f: @escaping @Sendable (Float) -> Float,
                     derivative: (@Sendable (Float) -> Float)? = nil) -> ActivationUnderTest {
        var backward: (@Sendable (Tensor, Tensor) -> Tensor)? = nil
        if let derivative {
            backward = { x, g in Tensor(shape: x.shape, data: zip(x.data, g.data).map { derivative($0) * $1 }) }
        }
        return ActivationUnderTest(name: name, kind: .elementwise, forward: { $0.map(f) }, backward: backward)
    }

    @Test("A skeleton that returns its input fails ReLU's value checks, and the message shows input, value and expectation")
    func identityReLU() throws {
        let skeleton = elementwise("ReLU", { $0 })
        #expect(failures(skeleton, ActivationChecks.relu) == ["negative-inputs", "range", "extremes", "nonlinear-layer"])
        let line = ActivationChecks.relu(skeleton)[0].run().detail
        #expect(line == "relu([-3.0, -2.0, -1.0, -0.5, 0.0]) gave [-3.0, -2.0, -1.0, -0.5, 0.0], expected [0.0, 0.0, 0.0, 0.0, 0.0]")
    }

    @Test("max(0, x) drops NaN")
    func maxDropsNaN() {
        #expect(failures(elementwise("ReLU", { max(0, $0) }), ActivationChecks.relu) == ["nan"])
    }

    @Test("A ReLU whose derivative has the wrong sign fails both gradient checks")
    func wrongGradient() {
        let subject = elementwise("ReLU", { $0 > 0 || $0.isNaN ? $0 : 0 }, derivative: { $0 > 0 ? -1 : 0 })
        #expect(failures(subject, ActivationChecks.relu) == ["gradient", "finite-differences"])
    }

    @Test("The textbook sigmoid 1/(1 + e^−x) loses only its subnormal tail")
    func textbookSigmoid() {
        let subject = elementwise("Sigmoid", { 1 / (1 + exp(-$0)) }, derivative: { x in
            let s = 1 / (1 + exp(-x)); return s * (1 - s)
        })
        #expect(failures(subject, ActivationChecks.sigmoid) == ["tail"])
    }

    @Test("The other textbook sigmoid e^x/(1 + e^x) overflows")
    func overflowingSigmoid() {
        let subject = elementwise("Sigmoid", { exp($0) / (1 + exp($0)) })
        #expect(failures(subject, ActivationChecks.sigmoid) == ["extremes", "finite", "monotone"])
    }

    @Test("tanh as a quotient of exponentials cancels near 0 and overflows far out")
    func quotientTanh() {
        let subject = elementwise("Tanh", { (exp($0) - exp(-$0)) / (exp($0) + exp(-$0)) })
        #expect(failures(subject, ActivationChecks.tanh) == ["near-zero", "extremes", "finite"])
    }

    @Test("GELU as ½x(1 + erf(x/√2)) loses its negative tail and gives NaN at −∞")
    func erfGELU() {
        let subject = elementwise("GELU", { 0.5 * $0 * (1 + erf($0 / 2.0.squareRoot().asFloat)) })
        #expect(failures(subject, { ActivationChecks.gelu($0, approximation: .none) }) == ["extremes", "tail"])
    }

    @Test("Softmax without the max shift overflows; over the whole tensor it mixes rows")
    func softmaxFaults() {
        let unshifted = ActivationUnderTest(name: "Softmax", kind: .alongLastAxis) { x in
            guard x.rank > 0 else { return x.map { _ in 1 } }   // a 0-d tensor is one line of one value
            return Kernels.mapLines(x, alongAxis: x.rank - 1) { line in
                let e = line.map { exp($0) }, total = e.reduce(0, +)
                return e.map { $0 / total }
            }
        }
        #expect(failures(unshifted, ActivationChecks.softmax) == ["large-inputs", "finite"])
        let wholeTensor = ActivationUnderTest(name: "Softmax", kind: .alongLastAxis) { x in
            guard x.count > 0 else { return x }
            let m = x.max(), e = x.map { exp($0 - m) }
            return e / e.sum()
        }
        #expect(failures(wholeTensor, ActivationChecks.softmax).isSuperset(of: ["sums-to-one", "matmul-rows", "batch"]))
    }

    @Test("An activation that writes into its input, or flattens it, is caught")
    func sideEffectsAndShapes() {
        let writer = ActivationUnderTest(name: "Sneaky", kind: .elementwise) { x in
            x.data.withUnsafeBufferPointer { UnsafeMutablePointer(mutating: $0.baseAddress)?[0] = 0 }
            return x
        }
        #expect(failures(writer, { _ in [] }).contains("input-untouched"))
        let flattener = ActivationUnderTest(name: "Flat", kind: .elementwise) { Tensor($0.data) }
        #expect(failures(flattener, { _ in [] }) == ["shape", "batch"])
    }
}

private extension Double {
    var asFloat: Float { Float(self) }
}
