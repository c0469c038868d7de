import Foundation

/// The content of `tito-module.json`, the small file that marks a workspace and records its progress.
///
/// ```json
/// {
///   "completed" : { "at" : "2026-12-01T10:42:00Z", "checksPassed" : 19, "functions" : ["ReLU", "Sigmoid", "Tanh"] },
///   "format" : 1,
///   "module" : "activations",
///   "started" : "2026-12-01T09:00:00Z"
/// }
/// ```
/// `completed` is absent until `tito module complete` has seen every required check pass.
struct ModuleRecord: Codable, Equatable {
    /// The version of this layout; a later `tito` reads every earlier one.
    static let currentFormat = 1

    /// When the module was completed, with what it covered.
    struct Completion: Codable, Equatable {
        /// When `tito module complete` succeeded.
        var at: Date
        /// How many checks passed in that run.
        var checksPassed: Int
        /// The functions whose checks all passed, in course order.
        var functions: [String]
    }

    var format = ModuleRecord.currentFormat
    /// The course module: `"activations"`.
    var module: String
    /// When `tito module start` made the workspace.
    var started: Date
    /// Set by `tito module complete`.
    var completed: Completion?

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self) + Data("\n".utf8)
    }

    static func decode(_ data: Data) throws -> ModuleRecord {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(ModuleRecord.self, from: data)
    }
}
