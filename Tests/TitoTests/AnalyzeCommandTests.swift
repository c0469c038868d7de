import Foundation
import Testing
import TinyTorch
@testable import TitoCommands

@Suite("tito analyze")
struct AnalyzeCommandTests {
    @Test("--json parses in the documented schema and agrees with theory")
    func json() throws {
        let run = try tito(["analyze", "relu", "sigmoid", "tanh", "--json", "--quick"])
        #expect(run.status == 0)
        let analysis = try ActivationAnalysis.jsonDecoder().decode(ActivationAnalysis.self, from: Data(run.output.utf8))
        #expect(analysis.schema == "tinytorch.analyze" && analysis.version == 1)
        #expect(analysis.settings == .quick)
        #expect(analysis.activations.map(\.key) == ["relu", "sigmoid", "tanh"])
        let (relu, sigmoid, tanh) = (analysis.activations[0], analysis.activations[1], analysis.activations[2])
        #expect(sigmoid.properties.atZero == 0.5)
        #expect(sigmoid.properties.maxAbsDerivative?.value == 0.25 && sigmoid.properties.maxAbsDerivative?.at == 0)
        #expect(tanh.properties.maxAbsDerivative?.value == 1)
        #expect(abs(relu.properties.sparsity - 0.5) < 0.05)
        let afterTen = try #require(sigmoid.gradientFlow?.sizes.first { $0.layers == 10 }?.relativeRMS)
        #expect(afterTen < pow(0.25, 10) * 1.5)
        #expect(relu.cost.ratioToReLU.map { abs($0 - 1) < 1e-12 } ?? false)
        #expect(relu.properties.atPositiveInfinity == .infinity)
    }

    @Test("The raw JSON keeps its field names (the schema is a contract)")
    func schemaFields() throws {
        let run = try tito(["analyze", "softmax", "--json", "--quick"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["schema", "version", "settings", "copy", "activations"])
        let record = try #require((object["activations"] as? [[String: Any]])?.first)
        #expect(Set(record.keys) == ["key", "name", "kind", "properties", "gradientFlow", "cost", "notes"])
        let properties = try #require(record["properties"] as? [String: Any])
        #expect(Set(properties.keys) == ["rangeObserved", "meanOnNormal", "zeroCentred", "sparsity"])   // nil fields are left out
        #expect(record["kind"] as? String == "alongLastAxis")
        let cost = try #require(record["cost"] as? [String: Any])
        #expect(Set(cost.keys) == ["millisecondsPerMillion", "elementsPerNanosecond", "ratioToReLU", "fractionOfCopyBandwidth"])
    }

    @Test("Softmax2d is measured on images, GLU on its diagonal x·σ(x); the kinds name their input rules")
    func channelsAndHalving() throws {
        let run = try tito(["analyze", "softmax2d", "glu", "--json", "--quick"])
        #expect(run.status == 0)
        let analysis = try ActivationAnalysis.jsonDecoder().decode(ActivationAnalysis.self, from: Data(run.output.utf8))
        let (softmax2d, glu) = (analysis.activations[0], analysis.activations[1])
        #expect(softmax2d.kind == "alongChannels" && glu.kind == "halvingLastAxis")
        #expect(softmax2d.properties.atZero == nil && softmax2d.gradientFlow != nil)
        #expect(softmax2d.properties.rangeObserved.min >= 0 && softmax2d.properties.rangeObserved.max <= 1)
        #expect(glu.properties.atZero == 0 && glu.properties.derivativeAtZero == 0.5)
        let steepest = try #require(glu.properties.maxAbsDerivative)   // x·σ(x) is steepest, 1.0998, near x = 2.40
        #expect(abs(steepest.value - 1.0998) < 1e-3 && abs(steepest.at - 2.4) < 0.05)
        #expect(glu.gradientFlow == nil)
        #expect(glu.notes.contains { $0.contains("measured on its diagonal: both halves equal to the sweep (a = b = x)") })
    }

    @Test("Every catalog entry has a row in each of the four tables (on a small sample, to stay fast)")
    func everyEntry() {
        var settings = AnalysisSettings.quick
        (settings.sweepStep, settings.normalRows, settings.gradientRows, settings.layerCounts) = (0.25, 4, 4, [2])
        (settings.costElements, settings.costMinimumRuns) = (1 << 10, 1)
        let analysis = ActivationAnalysis.measure(ActivationCatalog.entries, settings: settings)
        for table in AnalysisTables.all(analysis) {
            #expect(table.rows.prefix(ActivationCatalog.entries.count).map(\.first) == ActivationCatalog.entries.map(\.activation.name),
                    "\(table.title)")
        }
    }

    @Test("Without --json: the four tables, with measured figures")
    func tables() throws {
        let run = try tito(["analyze", "sigmoid", "--quick"])
        #expect(run.status == 0)
        for title in ["Mathematical properties (measured)", "Derivatives (measured through backward)",
                      "Gradient flow: size of the gradient after n layers (relative to the start)", "Cost of forward on this machine (measured)"] {
            #expect(run.lines.contains(title))
        }
        #expect(run.lines.contains { $0.hasPrefix("Sigmoid") && $0.contains("point-symmetric about (0, 0.5)") && $0.contains("non-decreasing") })
        #expect(run.lines.contains { $0.hasPrefix("Sigmoid") && $0.contains("x ≤ −6.91 and x ≥ 6.91") })
    }

    @Test("Unknown names list the valid ones and exit 2")
    func unknown() throws {
        let run = try tito(["analyze", "nope", "--quick"])
        #expect(run.status == 2 && run.errors.hasPrefix("error: unknown activation 'nope'; valid names: relu, "))
    }
}
