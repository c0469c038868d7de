import Foundation
import Testing
@testable import TinyTorch

/// The module's checks, run by Swift Testing: the same values `tito test` prints.
@Suite("Module checks")
struct ModuleChecksTests {
    @Test("Every module check passes on the library", arguments: ModuleChecks.allChecks(for: .all))
    func libraryPasses(_ check: ModuleCheck) {
        let result = check.run()
        #expect(result.passed, "\(result.summary): \(result.detail)")
    }

    @Test("Check ids are unique and name their subject")
    func uniqueIDs() {
        let ids = ModuleChecks.allChecks(for: .all).map(\.id)
        #expect(Set(ids).count == ids.count)
        for group in ModuleChecks.groups(for: .activations) {
            let prefixes = Set(group.checks.map { String($0.id.prefix { $0 != "." }) })
            #expect(prefixes.count == 1, "\(group.title): \(prefixes)")
        }
    }

    @Test("Every catalog entry gets a group, and the known activations cover all five areas")
    func coverage() {
        let groups = ModuleChecks.groups(for: .activations)
        #expect(groups.map(\.title) == ActivationCatalog.entries.map(\.activation.name))
        let known: Set = ["relu", "sigmoid", "tanh", "gelu", "gelu_tanh", "gelu_sigmoid", "softmax"]
        for (entry, group) in zip(ActivationCatalog.entries, groups) where known.contains(entry.key) {
            #expect(Set(group.checks.map(\.area)) == Set(CheckArea.allCases), "\(entry.key)")
            #expect(group.checks.count >= 12, "\(entry.key) has \(group.checks.count) checks")
        }
    }

    @Test("An activation without backward gets no gradient checks, and a note saying so")
    func withoutBackward() {
        let mine = ActivationUnderTest(name: "ReLU", kind: .elementwise) { $0.map { $0 > 0 || $0.isNaN ? $0 : 0 } }
        let group = ModuleChecks.activationGroup(mine, specificChecks: ActivationChecks.relu(mine))
        #expect(!group.checks.contains { $0.usesBackward })
        #expect(group.notes == ["ReLU has no backward pass yet: gradient checks skipped"])
        #expect(group.checks.allSatisfy { $0.run().passed })
    }

    @Test("Kinds are inferred from the activation, or taken from the catalog entry")
    func kinds() {
        #expect(ActivationUnderTest(ReLU()).kind == .elementwise)
        #expect(ActivationUnderTest(Softmax()).kind == .alongLastAxis)
        #expect(ActivationUnderTest(HalvingGate()).kind == .halvingLastAxis)
        for entry in ActivationCatalog.entries {
            #expect(ActivationUnderTest(entry).kind == entry.kind, "\(entry.key)")
        }
    }

    @Test("A halving activation is checked for halving its last axis, and passes every generic check")
    func halving() throws {
        let subject = ActivationUnderTest(HalvingGate())
        let group = ModuleChecks.activationGroup(subject, specificChecks: [])
        let shape = try #require(group.checks.first { $0.id.hasSuffix(".shape") })
        #expect(shape.summary == "HalvingGate halves the last axis of 2-d, 3-d, 4-d and empty tensors")
        #expect(group.notes.isEmpty)
        for check in group.checks {
            let result = check.run()
            #expect(result.passed, "\(result.summary): \(result.detail)")
        }
    }

    @Test("The shape check lists the ranks each kind accepts")
    func shapeSummaries() {
        func summary(_ key: String) -> String? {
            ModuleChecks.activationGroup(for: ActivationCatalog.entry(named: key)!).checks.first { $0.id == key + ".shape" }?.summary
        }
        #expect(summary("relu") == "ReLU keeps the shape of 0-d, 1-d, 2-d, 3-d, 4-d and empty tensors")
        #expect(summary("softmax") == "Softmax keeps the shape of 0-d, 1-d, 2-d, 3-d, 4-d and empty tensors")
        #expect(summary("softmax2d") == "Softmax2d keeps the shape of 3-d, 4-d and empty tensors")
        #expect(summary("glu") == "GLU halves the last axis of 2-d, 3-d, 4-d and empty tensors")
    }

    @Test("A result is Codable, for a learner's workspace to report through JSON")
    func codable() throws {
        let result = ActivationChecks.relu(ActivationUnderTest(ReLU()))[0].run()
        let decoded = try JSONDecoder().decode(CheckResult.self, from: JSONEncoder().encode(result))
        #expect(decoded == result)
    }
}

/// A gated unit over the last axis, a·σ(b) with [a, b] the two halves: an activation
/// that changes its input's shape, like the GLU the catalog may gain.
struct HalvingGate: Activation {
    var name: String { "HalvingGate" }

    func forward(_ x: Tensor) -> Tensor {
        let n = x.shape.last!, half = n / 2, lines = x.count / max(n, 1)
        let data = (0..<lines).flatMap { line in
            (0..<half).map { k in
                let a = x.data[line * n + k], b = x.data[line * n + half + k]
                return a * Sigmoid().value(at: b)
            }
        }
        return Tensor(shape: Array(x.shape.dropLast()) + [half], data: data)
    }

    func backward(_ x: Tensor, gradOutput: Tensor) -> Tensor {
        let n = x.shape.last!, half = n / 2, lines = x.count / max(n, 1)
        var grad = [Float](repeating: 0, count: x.count)
        for line in 0..<lines {
            for k in 0..<half {
                let a = x.data[line * n + k], b = x.data[line * n + half + k], g = gradOutput.data[line * half + k]
                grad[line * n + k] = g * Sigmoid().value(at: b)
                grad[line * n + half + k] = g * a * Sigmoid().derivative(at: b)
            }
        }
        return Tensor(shape: x.shape, data: grad)
    }
}
