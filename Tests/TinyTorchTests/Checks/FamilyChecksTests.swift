import Foundation
import Testing
@testable import TinyTorch

/// The family's checks (FamilyChecks.swift) catch the textbook forms the issue warns about:
/// each faulty implementation fails exactly the checks that describe its fault.
extension ModuleChecksFaultTests {
    @Test("Mish in the fast form x·n/(n + 2), n = eˣ(eˣ + 2), is NaN at −∞ and for large inputs")
    func fastMish() {
        let subject = elementwise("Mish", { x in
            let e = exp(x), n = e * (e + 2)
            return x * n / (n + 2)
        })
        #expect(failures(subject, ActivationChecks.mish) == ["negative-infinity", "large-inputs", "finite"])
    }

    @Test("Softplus as log(1 + eˣ) overflows for large inputs and loses its negative tail")
    func textbookSoftplus() {
        let subject = elementwise("Softplus", { log(1 + exp($0)) })
        #expect(failures(subject, { ActivationChecks.softplus($0, form: Softplus()) }) == ["large-inputs", "negative-tail", "finite"])
    }

    @Test("LogSigmoid as log(σ(x)) is −∞ at −1000 and 0 where its tiny value belongs")
    func textbookLogSigmoid() {
        let subject = elementwise("LogSigmoid", { log(1 / (1 + exp(-$0))) })
        #expect(failures(subject, ActivationChecks.logSigmoid) == ["tails", "finite"])
        let line = ActivationChecks.logSigmoid(subject)[1].run().detail
        #expect(line.hasPrefix("logsigmoid([-1000.0, -100.0, 20.0, 100.0, 1000.0]) gave [-inf, "))
    }

    @Test("LogSoftmax without the max shift overflows for [1000, 1001, 1002]")
    func unshiftedLogSoftmax() {
        let subject = ActivationUnderTest(name: "LogSoftmax", kind: .alongLastAxis) { x in
            guard x.rank > 0 else { return x.map { _ in 0 } }   // a 0-d tensor is one line of one value
            return Kernels.mapLines(x, alongAxis: x.rank - 1) { line in
                let logSum = log(line.map { exp($0) }.reduce(0, +))
                return line.map { $0 - logSum }
            }
        }
        #expect(failures(subject, ActivationChecks.logSoftmax) == ["large-inputs", "finite"])
    }

    @Test("Clamps built from max/min or one comparison turn NaN into a bound")
    func clampsDropNaN() {
        let relu6 = elementwise("ReLU6", { min(max(0, $0), 6) })
        #expect(failures(relu6, { ActivationChecks.clamp($0, matching: ReLU6(), kinks: [0, 6]) }) == ["pieces", "nan"])
        let threshold = elementwise("Threshold", { $0 > 0 ? $0 : 0 })
        #expect(failures(threshold, { ActivationChecks.clamp($0, matching: Threshold(threshold: 0, value: 0), kinks: [0]) })
                == ["pieces", "nan"])
        let hardshrink = elementwise("Hardshrink", { abs($0) > 0.5 ? $0 : 0 })
        #expect(failures(hardshrink, { ActivationChecks.clamp($0, matching: Hardshrink(), kinks: [-0.5, 0.5]) })
                == ["pieces", "nan"])
    }

    @Test("A clamp that is off at a kink fails only the pieces check")
    func clampOffAtKink() {
        let hardtanh = elementwise("Hardtanh", { $0.isNaN ? $0 : ($0 <= -1 ? -1 : ($0 >= 1 ? 1 : $0.nextUp)) })
        #expect(failures(hardtanh, { ActivationChecks.clamp($0, matching: Hardtanh(), kinks: [-1, 1]) }) == ["pieces"])
    }

    @Test("GLU with its halves swapped, σ(a)·b, fails the formula and the gates")
    func swappedGLU() {
        let swapped = ActivationUnderTest(name: "GLU", kind: .halvingLastAxis) { x in
            let n = x.shape.last!, half = n / 2
            return Tensor(shape: Array(x.shape.dropLast()) + [half], data: (0..<x.count / max(n, 1)).flatMap { line in
                (0..<half).map { k in Sigmoid().value(at: x.data[line * n + k]) * x.data[line * n + half + k] }
            })
        }
        #expect(failures(swapped, ActivationChecks.glu) == ["formula", "gates"])
    }

    @Test("Softmax2d over the last axis instead of the channels fails both channel checks")
    func softmax2dOverWidth() {
        let overWidth = ActivationUnderTest(name: "Softmax2d", kind: .alongChannels) { Softmax(axis: -1)($0) }
        #expect(failures(overWidth, ActivationChecks.softmax2d) == ["formula", "channels-sum-to-one"])
    }
}
