import ArgumentParser
import Foundation
import TinyTorch

/// `tito verify`: every activation and its derivative, in each precision tier, against a
/// reference that does not cancel — on the dense sample, or with `--exhaustive` on all 2³² inputs.
struct Verify: ConsoleCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure each activation's error in ULP against a higher-precision reference, in both tiers.",
        discussion: """
        By default checks the dense deterministic sample (special values, 64 mantissas in every binade \
        of both signs, a grid on [-20, 20]) against x87 extended-precision references. With --exhaustive \
        checks all 2^32 float32 inputs against double-precision references, on every core (about a \
        minute per function and tier on two cores; build with -c release). Prints, per activation and \
        tier: the largest error in ULP and where, how many results are off by 1 ULP or more, the special \
        values, and the derivative's largest error. Exits 1 if a contract is broken.
        """
    )

    /// Which tiers to check.
    enum Tiers: String, ExpressibleByArgument, CaseIterable {
        case accurate, fast, both
    }

    @Argument(help: "Activations to verify (default: all). Names are case-insensitive.")
    var names: [String] = []

    @Flag(help: "Check all 2^32 float32 inputs instead of the sample.")
    var exhaustive = false

    @Option(help: "Threads for --exhaustive (default: every active processor).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Tiers to check: accurate, fast or both (activations with one tier are always checked).")
    var precision: Tiers = .both

    @OptionGroup var style: StyleOptions

    func validate() throws {
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1, got \(threads)") }
        for name in names where ActivationCatalog.entry(named: name) == nil {
            throw ValidationError("unknown activation '\(name)'; valid names: \(ActivationCatalog.keys.joined(separator: ", "))")
        }
    }

    func execute(on console: Console) throws(TitoError) -> Int32 {
        let entries = try ActivationSelection.entries(named: names)
        let started = Date()
        let (table, holds) = Verify.check(entries, tiers: precision, exhaustive: exhaustive, threads: threads,
                                          withLogSumExp: names.isEmpty && precision != .fast, on: console)
        console.progress("")
        for line in table.text(style: style.style(on: console)) { console.line(line) }
        if exhaustive {
            console.line(String(format: "%.0f s on %d threads, %@.", Date().timeIntervalSince(started), threads,
                                ISO8601DateFormatter().string(from: started)))
        }
        return holds ? 0 : 1
    }

    /// The default (sample) verification of `entries` in both tiers (and of
    /// ``logSumExp(_:axis:keepingDimensions:)``, the one function with a contract that is not an
    /// activation, when asked), as text, and whether every contract holds.
    static func table(for entries: [ActivationCatalog.Entry], withLogSumExp: Bool = false) -> (String, Bool) {
        let (table, holds) = check(entries, tiers: .both, exhaustive: false, threads: 1,
                                   withLogSumExp: withLogSumExp, on: .capturing())
        return (table.text(style: .plain).joined(separator: "\n") + "\n", holds)
    }

    /// Checks every entry in the chosen tiers; the softmax entry has one tier and is checked on the sample.
    static func check(_ entries: [ActivationCatalog.Entry], tiers: Tiers, exhaustive: Bool, threads: Int,
                      withLogSumExp: Bool = false, on console: Console) -> (Table, Bool) {
        let sample = Verifier.sampleInputs()
        var rows: [[String]] = []
        var holds = true
        for entry in entries {
            for (label, activation) in variants(of: entry, tiers: tiers) {
                if let evaluable = activation as? any ReferenceEvaluable {
                    let (value, slope) = exhaustive
                        ? exhaustively(evaluable, label: label, threads: threads, on: console)
                        : Verifier.verify(evaluable, inputs: sample)
                    var specials = specialValues(evaluable)
                    holds = holds && value.holds && specials == "ok"
                    if exhaustive && evaluable.isMonotone && value.monotonicityBreaks == 0 { specials += ", monotone" }
                    rows.append(row(label, precision(of: activation), value, specials: specials, derivative: slope))
                } else if let (report, slope) = Verifier.verify(anyActivation: activation, inputs: sample) {
                    holds = holds && report.holds
                    rows.append(row(label, "one tier", report, specials: "-", derivative: slope))
                } else {
                    rows.append([label, "-", "-", "-", "-", "-", "-", "-", "no fixed reference: learned or random slopes", "-", "-"])
                }
            }
        }
        if withLogSumExp {
            let report = Verifier.verifyLogSumExp(inputs: sample)
            holds = holds && report.holds
            rows.append(row("logsumexp", "one tier", report, specials: "-", derivative: nil))
        }
        let inputs = exhaustive
            ? "all 2^32 float32 inputs against double-precision references (line-wise activations such as softmax: the sample)"
            : "\(sample.count) inputs (specials, \(Verifier.mantissasPerBinade) mantissas × 255 binades × 2 signs, grid on [-20, 20] step 1/256) against extended-precision references"
        let table = Table(
            title: "Accuracy in ULP of the tensor kernels",
            header: ["activation", "tier", "bound", "max ULP", "at x", "≥ 1 ULP", "checked", "below 1e-30",
                     "special values", "f′ max ULP", "f′ at x"],
            rows: rows,
            footnote: "Inputs: \(inputs). The fast tier's bound covers results ≥ 1e-30; "
                + "below that it must only keep NaN, ±∞ and the tails (no 0 or ±1 for a normal true value). "
                + "Derivatives (backward with a gradient of 1) have no bound: they are largest next to f′'s zeros.")
        return (table, holds)
    }

    /// The activation in each requested tier, labelled like `tito bench`'s op names (`sigmoid`, `sigmoid_fast`).
    /// An activation with one tier (ReLU, exact) serves every choice, so `--precision fast` keeps it.
    static func variants(of entry: ActivationCatalog.Entry, tiers: Tiers) -> [(String, any Activation)] {
        guard let tiered = entry.activation as? any PrecisionTiered else { return [(entry.key, entry.activation)] }
        let chosen: [Precision] = tiers == .both ? [.accurate, .fast] : tiers == .fast ? [.fast] : [.accurate]
        return chosen.map { tier in (tier == .fast ? entry.key + "_fast" : entry.key, tiered.withPrecision(tier)) }
    }

    private static func precision(of activation: any Activation) -> String {
        if let tiered = activation as? any PrecisionTiered { return tiered.precision.rawValue }
        return (activation as? any ReferenceEvaluable)?.accuracyBound == 0 ? "exact" : "one tier"
    }

    /// The exhaustive check of one activation, with progress and the time left on a terminal.
    private static func exhaustively(_ activation: any ReferenceEvaluable, label: String, threads: Int,
                                     on console: Console) -> (value: Verifier.Report, derivative: Verifier.Report) {
        let started = Date()
        let total = Verifier.exhaustiveBlockCount
        let show = console.showsProgress   // the workers write the line themselves: Console stays on this thread
        return Verifier.verifyExhaustively(activation, threads: threads) { done in
            guard show, done % 256 == 0 else { return }
            let elapsed = Date().timeIntervalSince(started)
            let left = elapsed * Double(total - done) / Double(done)
            let text = String(format: "Verifying %@ on all 2^32 inputs: %.0f%%, about %.0f s left",
                              label, 100 * Double(done) / Double(total), left)
            FileHandle.standardError.write(Data(("\r\u{1B}[2K" + text).utf8))
        }
    }

    /// f(NaN), f(±∞), f(±0) against the reference rounded to float: `"ok"`, or the first mismatch.
    private static func specialValues(_ activation: any ReferenceEvaluable) -> String {
        let inputs: [Float] = [.nan, .infinity, -.infinity, -0.0, 0]
        let results = activation.forward(Tensor(inputs)).data
        for (x, y) in zip(inputs, results) {
            let expected = Float(activation.doubleReferenceValue(at: Double(x)))
            let same = expected.isNaN ? y.isNaN : y.bitPattern == expected.bitPattern
            if !same { return "f(\(x)) = \(y), not \(expected)" }
        }
        return "ok"
    }

    private static func row(_ label: String, _ tier: String, _ report: Verifier.Report, specials: String,
                            derivative: Verifier.Report?) -> [String] {
        let bound = report.bound.map { "≤ " + Verifier.format($0) } ?? "-"
        let tiny = report.boundedFrom > 0 ? Verifier.format(report.maxErrorBelowBound) : "-"
        let failures = report.failures > 0 ? "\(report.failures) lost tails or NaN/∞, first at x = \(report.firstFailure ?? 0)"
            : report.monotonicityBreaks > 0 ? "\(report.monotonicityBreaks) steps back: not monotone" : specials
        return [label, tier, bound + (report.holds ? "" : " ✗ broken"), Verifier.format(report.maxError),
                "\(report.worstInput)", "\(report.atLeastOneULP)", "\(report.checked)", tiny, failures,
                derivative.map { Verifier.format($0.maxError) } ?? "-", derivative.map { "\($0.worstInput)" } ?? "-"]
    }
}
