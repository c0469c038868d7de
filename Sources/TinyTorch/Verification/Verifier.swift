import Foundation

/// Measures how far the library's float32 results are from the exact values.
///
/// The default sample is dense and deterministic: special values, then
/// ``mantissasPerBinade`` mantissas in every binade of both signs (subnormals
/// included), then a fine grid over [−20, 20]. `tito verify` prints its reports;
/// the test suite asserts the contracts on it.
///
/// ```swift
/// let report = Verifier.verify(Sigmoid())
/// report.maxError <= 1   // true
/// ```
public enum Verifier {
    /// How many mantissas the sample takes from each binade.
    public static let mantissasPerBinade = 64

    /// Values every sample starts with: zeros, infinities, NaN, the float32 limits.
    public static let specialValues: [Float] = [
        0, -0.0, .infinity, -.infinity, .nan,
        .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude, -.leastNormalMagnitude,
        .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1, -1, 0.5, -0.5,
    ]

    /// The deterministic sample: specials, every binade × both signs, and a grid on [−20, 20] in steps of 1/256.
    ///
    /// ```swift
    /// Verifier.sampleInputs().count   // 15 + 2·255·64 + 10_241
    /// ```
    public static func sampleInputs() -> [Float] {
        var inputs = specialValues
        var generator = SeededGenerator(seed: 2026)
        for biasedExponent in UInt32(0)...254 {
            for k in 0..<mantissasPerBinade {
                // First and last mantissa of the binade, then random ones.
                let mantissa: UInt32 = k == 0 ? 0 : k == 1 ? 0x7F_FFFF : UInt32(truncatingIfNeeded: generator.next()) & 0x7F_FFFF
                let bits = biasedExponent << 23 | mantissa
                if bits == 0 { continue }
                inputs.append(Float(bitPattern: bits))
                inputs.append(Float(bitPattern: bits | 0x8000_0000))
            }
        }
        for i in -5120...5120 { inputs.append(Float(i) / 256) }
        return inputs
    }

    /// What a verification found for one function over a set of inputs.
    public struct Report: Sendable, CustomStringConvertible {
        /// What was checked, e.g. `"sigmoid"` or `"sigmoid′"`.
        public var function: String
        /// How many inputs were checked.
        public var checked: Int = 0
        /// The largest error in ULP.
        public var maxError: Double = 0
        /// The input where ``maxError`` occurred (the first one on ties).
        public var worstInput: Float = 0
        /// The result there.
        public var worstResult: Float = 0
        /// The reference there, rounded to float for display.
        public var worstReference: Double = 0
        /// How many results are off by 1 ULP or more.
        public var atLeastOneULP: Int = 0
        /// The contract in ULP, if the function has one (`nil` for derivatives).
        public var bound: Double?
        /// The smallest |true value| the bound covers (1e-30 in the fast tier, else 0); the
        /// errors of smaller results go to ``maxErrorBelowBound``.
        public var boundedFrom: Double = 0
        /// The largest error among results whose true value is below ``boundedFrom``.
        public var maxErrorBelowBound: Double = 0
        /// Results that break a promise of every tier, however small: NaN where the true value
        /// is a number (or the reverse), ±∞ where it is finite, or a lost tail — 0 or ±1 where
        /// the true value is a normal float more than 16 ULP away.
        public var failures: Int = 0
        /// The first input with a failure.
        public var firstFailure: Float?
        /// For a monotone activation checked exhaustively: how many pairs of neighbouring inputs
        /// x < x′ gave f(x) > f(x′).
        public var monotonicityBreaks = 0

        /// Makes an empty report for `function`, with a bound that covers results of magnitude
        /// ≥ `boundedFrom`.
        ///
        /// ```swift
        /// Verifier.Report(function: "relu", bound: 0)
        /// ```
        public init(function: String, bound: Double?, boundedFrom: Double = 0) {
            self.function = function
            self.bound = bound
            self.boundedFrom = boundedFrom
        }

        /// Whether the contract holds (always true without a bound).
        public var holds: Bool { bound.map { maxError <= $0 && failures == 0 && monotonicityBreaks == 0 } ?? true }

        /// Records one result against an extended-precision reference.
        mutating func record(input: Float, result: Float, reference: ReferenceReal) {
            record(input: input, result: result, reference: Double(reference),
                   error: ULP.error(of: result, reference: reference))
        }

        /// Records one result whose error against `reference` is `error` ULP.
        mutating func record(input: Float, result: Float, reference: Double, error: Double) {
            checked += 1
            if error >= 1 { atLeastOneULP += 1 }
            let lostTail = (result == 0 || result.magnitude == 1) && error > 16
                && reference.magnitude >= Double(Float.leastNormalMagnitude)
            if result.isNaN != reference.isNaN || (result.isInfinite && error.isInfinite) || lostTail {
                failures += 1
                if firstFailure == nil { firstFailure = input }
            }
            guard reference.magnitude >= boundedFrom || reference.isNaN else {
                maxErrorBelowBound = Swift.max(maxErrorBelowBound, error)
                return
            }
            if error > maxError || checked == 1 {
                maxError = error
                worstInput = input
                worstResult = result
                worstReference = reference
            }
        }

        /// Folds another report over different inputs into this one.
        mutating func merge(_ other: Report) {
            checked += other.checked
            atLeastOneULP += other.atLeastOneULP
            failures += other.failures
            firstFailure = firstFailure ?? other.firstFailure
            monotonicityBreaks += other.monotonicityBreaks
            maxErrorBelowBound = Swift.max(maxErrorBelowBound, other.maxErrorBelowBound)
            if other.maxError > maxError {
                maxError = other.maxError
                worstInput = other.worstInput
                worstResult = other.worstResult
                worstReference = other.worstReference
            }
        }

        /// One line: `sigmoid  max 0.50 ULP at x = -16.6 (got …, exact …), 0 ≥ 1 ULP of 42,000`.
        public var description: String {
            "\(function): max \(Verifier.format(maxError)) ULP at x = \(worstInput) (got \(worstResult), exact \(worstReference)); \(atLeastOneULP) of \(checked) off by ≥ 1 ULP"
        }
    }

    /// Formats an error in ULP with two decimals (`inf` for infinity).
    public static func format(_ error: Double) -> String {
        error.isInfinite ? "inf" : String(format: "%.2f", error)
    }

    /// Checks `activation`'s value (``Activation/forward(_:)``) and derivative (as
    /// ``Activation/backward(_:gradOutput:)`` gives it for a gradient of 1) at every input
    /// against its reference: the tensor kernels, in the activation's own tier.
    ///
    /// ```swift
    /// let (value, derivative) = Verifier.verify(Tanh(), inputs: [0, 1, -1])
    /// ```
    public static func verify(_ activation: some ReferenceEvaluable, inputs: [Float] = sampleInputs())
        -> (value: Report, derivative: Report)
    {
        var value = Report(function: activation.name, bound: activation.accuracyBound,
                           boundedFrom: activation.boundedFrom)
        var derivative = Report(function: activation.name + "′", bound: nil)
        let x = Tensor(inputs)
        let outputs = activation.forward(x).data
        let slopes = activation.backward(x, gradOutput: Tensor.ones(shape: x.shape)).data   // 1·f′(x)
        for (i, x) in inputs.enumerated() {
            value.record(input: x, result: outputs[i], reference: activation.referenceValue(at: ReferenceReal(x)))
            derivative.record(input: x, result: slopes[i], reference: activation.referenceDerivative(at: ReferenceReal(x)))
        }
        return (value, derivative)
    }

    /// Checks ``Softmax`` on the sample taken as rows of `rowLength` values, against the
    /// reference-precision softmax of the same float inputs. Its bound is 2 ULP.
    ///
    /// ```swift
    /// Verifier.verifySoftmax().maxError <= 2   // true
    /// ```
    public static func verifySoftmax(inputs: [Float] = sampleInputs(), rowLength: Int = 16) -> Report {
        verifyLines(Softmax(), inputs: inputs, rowLength: rowLength)
    }
}
