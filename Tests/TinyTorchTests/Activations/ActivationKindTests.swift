import Testing
@testable import TinyTorch

@Suite("The catalog's input rules")
struct ActivationKindTests {
    @Test("Each kind accepts its shapes, gives its output shape, and lays lines out in order")
    func rules() {
        #expect(ActivationKind.elementwise.accepts([]) && ActivationKind.alongLastAxis.accepts([]))
        #expect(!ActivationKind.alongChannels.accepts([4]) && !ActivationKind.alongChannels.accepts([1, 2, 3, 4, 5]))
        #expect(ActivationKind.alongChannels.accepts([3, 4, 5]) && ActivationKind.alongChannels.accepts([2, 3, 4, 5]))
        #expect(!ActivationKind.halvingLastAxis.accepts([]) && !ActivationKind.halvingLastAxis.accepts([2, 5]))
        #expect(ActivationKind.halvingLastAxis.outputShape(for: [2, 0, 6]) == [2, 0, 3])
        #expect(ActivationKind.alongChannels.outputShape(for: [2, 3, 4]) == [2, 3, 4])
        let lines = Tensor([[1, 2, 3], [4, 5, 6]])
        for kind in ActivationKind.allCases {
            let input = kind.input(fromLines: lines)
            #expect(input.data == lines.data)
            #expect(input.shape == (kind == .alongChannels ? [2, 3, 1, 1] : [2, 3]))
        }
        #expect(ActivationKind.halvingLastAxis.sweep([1, 2]) == Tensor([1, 2, 1, 2]))
        #expect(ActivationKind.alongChannels.sweep([1, 2]).shape == [2, 1, 1])
        #expect(ActivationKind.halvingLastAxis.slopes(fromSweepGradient: Tensor([1, 2, 10, 20])) == [11, 22])
    }

    @Test("Every catalog entry takes the sweep and lines its kind lays out, and returns the promised shape")
    func everyEntryTakesItsInputs() {
        for entry in ActivationCatalog.entries {
            let x = entry.kind.input(fromLines: Tensor.randomNormal(shape: [3, 8], seed: 1))
            #expect(entry.activation(x).shape == entry.kind.outputShape(for: x.shape), "\(entry.key)")
            #expect(entry.activation(entry.kind.sweep([-1, 0, 1])).count == 3, "\(entry.key)")
        }
    }

    @Test("The catalog states the kinds of its line-wise, channel-wise and halving entries")
    func catalogKinds() {
        let kinds = Dictionary(uniqueKeysWithValues: ActivationCatalog.entries.map { ($0.key, $0.kind) })
        #expect(kinds["softmax"] == .alongLastAxis && kinds["log_softmax"] == .alongLastAxis && kinds["softmin"] == .alongLastAxis)
        #expect(kinds["softmax2d"] == .alongChannels && kinds["glu"] == .halvingLastAxis)
        #expect(kinds["prelu"] == .elementwise && kinds["rrelu"] == .elementwise && kinds["relu"] == .elementwise)
    }

    @Test("An entry for an activation that is not elementwise must state its kind")
    func entryNeedsKind() async {
        await #expect(processExitsWith: .failure) {
            _ = ActivationCatalog.Entry(key: "softmax", activation: Softmax(), summary: "no kind")
        }
    }

    @Test("Softmax2d is verified as 16 channels per 1 × 1 image, within its 2-ULP bound")
    func softmax2dVerified() throws {
        let report = try #require(Verifier.verify(anyActivation: Softmax2d())).value
        #expect(report.holds && report.bound == 2)
        #expect(report.checked == Verifier.verifyLines(Softmax()).checked)
    }
}
