import Foundation

/// Writing files so that an interrupted run never leaves half a file: the bytes go
/// to a temporary name in the same directory, which is then renamed over the target.
enum FileOutput {
    /// Writes `text` to `path` atomically.
    ///
    /// - Throws: ``TitoError/failure(_:)`` naming the path and the reason.
    static func write(_ text: String, to path: String) throws(TitoError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .failure("cannot write \(path): the directory \(directory.path) does not exist")
        }
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .failure("cannot write \(path): it is a directory")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            throw .failure("cannot write \(path): \(reason(error))")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let why = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .failure("cannot write \(path): \(why)")
        }
    }

    /// Creates `path` as a directory (and its parents) unless it already is one.
    static func makeDirectory(_ path: String) throws(TitoError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .failure("cannot write into \(path): it is a file, not a directory") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .failure("cannot create the directory \(path): \(reason(error))")
        }
    }

    /// The underlying POSIX reason of a Foundation file error ("Permission denied"), when there is one.
    private static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(code)))
        }
        return error.localizedDescription
    }
}
