import Foundation

/// Writing files so that an interrupted run never leaves half a file: the bytes go
/// to a temporary name in the same directory, which is then renamed over the target.
enum FileOutput {
    /// Writes `text` to `path` atomically.
    ///
    /// - Throws: ``TitoError/failure(_:)`` naming the path and the reason.
    static func write(_ text: String, to path: String) throws(TitoError) {
        try checkWritable(path)
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
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

    /// Throws the error ``write(_:to:)`` would throw for `path` because of where it points: its
    /// directory is missing or not writable, or `path` is a directory. A command that works for
    /// a while before it writes calls this first, so that a mistyped path costs no run.
    ///
    /// ```swift
    /// try FileOutput.checkWritable("/nonexistent/out.json")
    /// // error: cannot write /nonexistent/out.json: the directory /nonexistent does not exist
    /// ```
    static func checkWritable(_ path: String) throws(TitoError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .failure("cannot write \(path): the directory \(directory.path) does not exist")
        }
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .failure("cannot write \(path): it is a directory")
        }
        guard FileManager.default.isWritableFile(atPath: directory.path) else {
            throw .failure("cannot write \(path): the directory \(directory.path) is not writable")
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
