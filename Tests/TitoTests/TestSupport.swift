import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import TitoCommands

/// What an in-process run of `tito` produced.
struct Run {
    var status: Int32
    var output: String
    var errors: String
    var lines: [String] { output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}

/// Parses `arguments` as `tito` does and runs the subcommand on a capturing console:
/// the output, the error line and the exit status, without a process.
func tito(_ arguments: [String], terminal: Bool = false, environment: [String: String] = [:]) throws -> Run {
    let parsed = try Tito.parseAsRoot(arguments)
    let command = try #require(parsed as? any ConsoleCommand, "\(arguments) is not a console command")
    let console = Console.capturing(isTerminal: terminal, environment: environment)
    do {
        let status = try command.execute(on: console)
        return Run(status: status, output: console.output, errors: console.errors)
    } catch {
        return Run(status: error.exitCode, output: console.output, errors: "error: \(error.message)\n")
    }
}

/// A fresh empty directory, removed when the returned token is released at the end of a test.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "tito-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    /// The names in the directory, hidden ones included (to catch leftover temporary files).
    func contents() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: path).sorted() }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// Parses `text` as XML (so it is well-formed) and returns the document.
func xmlDocument(_ text: String) throws -> XMLDocument {
    try XMLDocument(xmlString: text, options: [])
}

/// The elements named `name` anywhere under `node`, whatever their namespace.
func elements(_ name: String, in node: XMLNode) throws -> [XMLElement] {
    let start = (node as? XMLDocument)?.rootElement() ?? node
    return try start.nodes(forXPath: "descendant-or-self::*[local-name()='\(name)']").compactMap { $0 as? XMLElement }
}

/// The value of attribute `name`, or "".
func attribute(_ name: String, of element: XMLElement) -> String {
    element.attributes?.first { $0.name == name }?.stringValue ?? ""
}
