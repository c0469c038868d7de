import Foundation
import Testing
@testable import TitoCommands

@Suite("tito bench")
struct BenchTests {
    @Test("writes bench_peers.py's JSON schema and compares with a peers' file")
    func jsonAndCompare() throws {
        let directory = try TemporaryDirectory()
        let ours = directory.file("tt.json"), peers = directory.file("peers.json")
        // A peers' file as bench_peers.py writes it (Python's NaN included).
        let peerJSON = """
        {"meta": {"threads": 1}, "results": [
         {"peer": "onnxruntime", "op": "sigmoid", "size": 1000, "mode": "into", "threads": 1,
          "gelem_per_s": 0.5, "ns_per_call": 2000.0, "p25_ns": 1900.0, "p75_ns": 2100.0, "reps": 5, "batch": 1,
          "max_abs_err_vs_f64": NaN}]}
        """
        try Data(peerJSON.utf8).write(to: URL(fileURLWithPath: peers))
        let run = try tito(["bench", "--ops", "sigmoid,copy", "--sizes", "1000", "--mode", "into", "--threads", "1",
                            "--target-seconds", "0.001", "--no-backward", "--json", ours, "--compare", peers])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("sigmoid_fast"))
        #expect(run.output.contains("tito bench against the best peer"))
        #expect(run.output.contains("onnxruntime"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: ours))) as? [String: Any])
        let meta = try #require(object["meta"] as? [String: Any])
        #expect(meta["threads"] as? Int == 1)
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(Set(results.compactMap { $0["op"] as? String }) == ["sigmoid", "sigmoid_fast", "copy"])
        for record in results {
            #expect(record["peer"] as? String == "tinytorch")
            #expect(record["size"] as? Int == 1000 && record["mode"] as? String == "into")
            for key in ["gelem_per_s", "ns_per_call", "p25_ns", "p75_ns"] { #expect((record[key] as? Double ?? 0) > 0, "\(key)") }
        }
    }

    @Test("an activation with one tier is timed whichever tier is asked for")
    func singleTierUnderEveryPrecision() throws {
        for precision in ["fast", "accurate"] {
            let run = try tito(["bench", "--ops", "relu,sigmoid", "--sizes", "1000", "--mode", "into", "--threads", "1",
                                "--target-seconds", "0.001", "--no-backward", "--precision", precision])
            #expect(run.status == 0, "\(run.errors)")
            let rows = run.lines.compactMap { $0.split(separator: " ").first.map(String.init) }
            #expect(rows.contains("relu"), "--precision \(precision): \(run.output)")
            #expect(rows.contains("sigmoid_fast") == (precision == "fast"), "\(run.output)")
        }
    }

    @Test("bad input is one line and exit code 2", arguments: [
        (["bench", "--ops", "swish"], "unknown op 'swish'"),
        (["bench", "--sizes", "10,-3"], "--sizes: '-3' is not a positive element count"),
        (["bench", "--compare", "/nonexistent/peers.json", "--sizes", "8"], "cannot read /nonexistent/peers.json"),
    ])
    func badInput(arguments: [String], message: String) throws {
        let run = try tito(arguments)
        #expect(run.status == 2)
        #expect(run.errors == "error: \(message)\n" || run.errors.hasPrefix("error: \(message)"), "\(run.errors)")
    }

    @Test("a --json path that cannot be written fails before any cell is timed")
    func unwritableJSONFailsFirst() throws {
        let directory = try TemporaryDirectory()
        for (path, reason) in [(directory.file("missing/out.json"), "the directory \(directory.file("missing")) does not exist"),
                               (directory.path, "it is a directory")] {
            let run = try tito(["bench", "--ops", "relu", "--sizes", "1000", "--threads", "1", "--json", path])
            #expect(run.status == 1)
            #expect(run.errors == "error: cannot write \(path): \(reason)\n")
            #expect(run.output.isEmpty, "timed before failing: \(run.output)")
        }
        #expect(try directory.contents().isEmpty)
    }
}
