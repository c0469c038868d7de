import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TinyTorch
@testable import TitoCommands

@Suite("tito report")
struct ReportCommandTests {
    @Test("Writes one self-contained, well-formed page with every activation, its derivative, the tables and the checks")
    func page() throws {
        let dir = try TemporaryDirectory()
        let out = dir.file("site/report")
        let run = try tito(["report", "--quick", "--output", out])
        #expect(run.status == 0)
        #expect(run.lines.first == "Report written to \(out)/index.html")
        #expect(run.lines.contains("Summary"))
        #expect(run.lines.last { !$0.isEmpty } == "Checks: \(ModuleChecks.allChecks(for: .all).count) passed, 0 failed")

        let html = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(!html.contains("http://") || !html.contains("src=") )
        #expect(!html.contains("<script") && !html.contains("<link"))
        let page = try xmlDocument(html)
        let labels = try elements("path", in: page).map { attribute("data-label", of: $0) }
        for entry in ActivationCatalog.entries {
            let name = entry.activation.name
            #expect(labels.contains(name), "\(name)")
            #expect(labels.contains(name + "′") || labels.contains(name + " ∂yᵢ/∂xᵢ"), "\(name)′")
        }
        let captions = try elements("caption", in: page).map { $0.stringValue ?? "" }
        #expect(captions == ["Mathematical properties (measured)", "Derivatives (measured through backward)",
                             "Gradient flow: size of the gradient after n layers (relative to the start)",
                             "Cost of forward on this machine (measured)", "Numerical contract and accuracy (measured)"])
        let accuracyRows = try page.nodes(forXPath: "(//*[local-name()='table'])[5]//*[local-name()='tbody']/*[local-name()='tr']")
        #expect(accuracyRows.count == ActivationCatalog.entries.count + 1)   // and logSumExp, last
        #expect(accuracyRows.last?.stringValue?.hasPrefix("logSumExp≤ 1 ULP") == true)
        for entry in ActivationCatalog.entries {
            #expect(accuracyRows.contains { $0.stringValue?.hasPrefix(entry.activation.name) == true }, "\(entry.key)")
        }
        let withReference = ActivationCatalog.entries.filter { Verifier.verify(anyActivation: $0.activation, inputs: [1]) != nil }
        #expect(accuracyRows.filter { ($0.stringValue ?? "").hasSuffix("yes") }.count == withReference.count + 1)
        #expect(!accuracyRows.contains { ($0.stringValue ?? "").hasSuffix("NO") })
        let tally = try elements("p", in: page).first { attribute("class", of: $0) == "tally" }?.stringValue
        #expect(tally == "\(ModuleChecks.allChecks(for: .all).count) passed, 0 failed")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["index.html"])
    }

    @Test("An output that is a file is one clear line, exit 1")
    func outputIsAFile() throws {
        let dir = try TemporaryDirectory()
        #expect(FileManager.default.createFile(atPath: dir.file("taken"), contents: Data()))
        let run = try tito(["report", "--quick", "--output", dir.file("taken")])
        #expect(run.status == 1)
        #expect(run.errors == "error: cannot write into \(dir.file("taken")): it is a file, not a directory\n")
    }

    @Test("An index.html that is a directory is one clear line, exit 1")
    func pageIsADirectory() throws {
        let dir = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir.file("index.html"), withIntermediateDirectories: false)
        let run = try tito(["report", "--quick", "--output", dir.path])
        #expect(run.status == 1)
        #expect(run.errors == "error: cannot write \(dir.file("index.html")): it is a directory\n")
    }
}
