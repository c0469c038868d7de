import Testing
import TinyTorch
@testable import TitoCommands

@Suite("tito demo and tito verify")
struct DemoAndVerifyTests {
    @Test("demo prints the seed's examples")
    func demo() {
        let text = Demo.text()
        #expect(text.contains("relu(Tensor([-2.0, -1.0, 0.0, 1.0, 2.0]))     → [0.0, 0.0, 0.0, 1.0, 2.0]"))
        #expect(text.contains("→ [0.5, 0.7310586, 0.26894143]"))
        #expect(text.contains("→ [0.0, 0.7615942, -0.7615942]"))
        #expect(text.contains("Input:   [[-2.0, -1.0, 0.0, 1.0, 2.0]]"))
        #expect(text.contains("ReLU:    [[0.0, 0.0, 0.0, 1.0, 2.0]]"))
        #expect(text.contains("Sigmoid: [[0.11920292, 0.26894143, 0.5, 0.7310586, 0.8807971]]"))
        #expect(text.contains("Tanh:    [[-0.9640276, -0.7615942, 0.0, 0.7615942, 0.9640276]]"))
    }

    @Test("verify reports every activation and holds the contracts")
    func verifyTable() {
        let (text, holds) = Verify.table(for: ActivationCatalog.entries)
        #expect(holds)
        for key in ActivationCatalog.keys {
            #expect(text.contains("\n" + key + " "), "missing row for \(key)")
        }
    }

    @Test("verify without names adds logSumExp, which holds its 1-ULP contract")
    func verifyLogSumExp() throws {
        let (text, holds) = Verify.table(for: [], withLogSumExp: true)
        #expect(holds)
        let row = try #require(text.split(separator: "\n").first { $0.hasPrefix("logsumexp ") })
        let columns = row.split(separator: " ", omittingEmptySubsequences: true)
        #expect(columns[1] == "one" && columns[2] == "tier" && columns[3] == "≤" && columns[4] == "1.00")
        #expect(!Verify.table(for: [ActivationCatalog.entries[0]]).0.contains("logsumexp"))
    }

    @Test("verify parses names case-insensitively and rejects unknown ones")
    func verifyParsing() throws {
        #expect(throws: Never.self) { try Verify.parse(["Sigmoid", "GELU_TANH"]) }
        #expect(throws: (any Error).self) { try Verify.parse(["swish-ish"]) }
    }
}
