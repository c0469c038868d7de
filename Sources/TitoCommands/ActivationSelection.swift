import TinyTorch

/// Turning the names on the command line into catalog entries.
enum ActivationSelection {
    /// The entries named by `names` (case-insensitive, in the order given, duplicates dropped),
    /// or every entry when `names` is empty.
    ///
    /// - Throws: ``TitoError/usage(_:)`` listing the valid names when one is unknown.
    static func entries(named names: [String]) throws(TitoError) -> [ActivationCatalog.Entry] {
        guard !names.isEmpty else { return ActivationCatalog.entries }
        var chosen: [ActivationCatalog.Entry] = []
        for name in names {
            guard let entry = ActivationCatalog.entry(named: name) else {
                throw .usage("unknown activation '\(name)'; valid names: \(ActivationCatalog.keys.joined(separator: ", "))")
            }
            if !chosen.contains(where: { $0.key == entry.key }) { chosen.append(entry) }
        }
        return chosen
    }
}
