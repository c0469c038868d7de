import Foundation

// Verification of the activations that work on whole lines along an axis (Softmax and kin):
// the sample is cut into rows, and each output row is compared with a reference-precision
// evaluation of the same float inputs.

/// An activation along an axis that can state its exact result for one line in
/// ``ReferenceReal`` precision: the yardstick of ``Verifier/verifyLines(_:inputs:rowLength:)``.
///
/// ```swift
/// LogSoftmax().referenceLine([0, 0])   // [-0.693…, -0.693…]
/// ```
public protocol LineReferenceEvaluable: Activation {
    /// The axis whose lines the activation maps (−3 for ``Softmax2d``, the channels).
    var axis: Int { get }

    /// The exact output for one line of finite inputs (as many values as the activation
    /// produces for that line).
    ///
    /// ```swift
    /// Softmax().referenceLine([0, 0])   // [0.5, 0.5]
    /// ```
    func referenceLine(_ line: [ReferenceReal]) -> [ReferenceReal]

    /// The contract in ULP for every element of the output.
    var accuracyBound: Double { get }
}

/// `e^(xᵢ − m)/Σⱼ e^(xⱼ − m)` of one line in reference precision.
private func referenceSoftmax(_ line: [ReferenceReal]) -> [ReferenceReal] {
    let m = line.max()!
    let e = line.map { exp($0 - m) }
    let total = e.reduce(0, +)
    return e.map { $0 / total }
}

/// `(m, log Σ e^(xⱼ − m))` of one line, the sum taken as `log1p` of the terms other than the maximum.
private func referenceLogSumExp(_ line: [ReferenceReal]) -> (max: ReferenceReal, logSum: ReferenceReal) {
    let top = line.indices.max { line[$0] < line[$1] }!
    let rest = line.indices.filter { $0 != top }.reduce(ReferenceReal(0)) { $0 + exp(line[$1] - line[top]) }
    return (line[top], log1p(rest))
}

extension Softmax: LineReferenceEvaluable {
    /// `e^(xᵢ − m)/Σⱼ e^(xⱼ − m)`.
    public func referenceLine(_ line: [ReferenceReal]) -> [ReferenceReal] { referenceSoftmax(line) }
    /// 2 ULP.
    public var accuracyBound: Double { 2 }
}

extension Softmin: LineReferenceEvaluable {
    /// The softmax of `−x`.
    public func referenceLine(_ line: [ReferenceReal]) -> [ReferenceReal] { referenceSoftmax(line.map { -$0 }) }
    /// 2 ULP, as ``Softmax``.
    public var accuracyBound: Double { 2 }
}

extension LogSoftmax: LineReferenceEvaluable {
    /// `(xᵢ − m) − log1p(Σ_{j≠k} e^(xⱼ − m))`.
    public func referenceLine(_ line: [ReferenceReal]) -> [ReferenceReal] {
        let (m, logSum) = referenceLogSumExp(line)
        return line.map { ($0 - m) - logSum }
    }
    /// 1 ULP.
    public var accuracyBound: Double { 1 }
}

extension Softmax2d: LineReferenceEvaluable {
    /// The channel axis, −3.
    public var axis: Int { -3 }
    /// `e^(xᵢ − m)/Σⱼ e^(xⱼ − m)` over the channels.
    public func referenceLine(_ line: [ReferenceReal]) -> [ReferenceReal] { referenceSoftmax(line) }
    /// 2 ULP, as ``Softmax``.
    public var accuracyBound: Double { 2 }
}

extension GLU: LineReferenceEvaluable {
    /// `aₖ·σ(bₖ)` for the two halves of the line.
    public func referenceLine(_ line: [ReferenceReal]) -> [ReferenceReal] {
        let half = line.count / 2
        return (0..<half).map { line[$0] * referenceLogistic(line[half + $0]) }
    }
    /// 1 ULP.
    public var accuracyBound: Double { 1 }
}

extension Verifier {
    /// The finite values of `inputs` as a `[rows, rowLength]` tensor (a partial last row is dropped).
    static func rows(of inputs: [Float], length rowLength: Int) -> Tensor {
        let finite = inputs.filter(\.isFinite)
        let rows = finite.count / rowLength
        return Tensor(shape: [rows, rowLength], data: Array(finite.prefix(rows * rowLength)))
    }

    /// Checks a line-wise activation on the finite sample taken as rows of `rowLength` values,
    /// against ``LineReferenceEvaluable/referenceLine(_:)`` of the same float inputs. The rows
    /// are laid along the activation's axis (as images `[rows, rowLength, 1, 1]` for axis −3);
    /// each output element is recorded with the input at the same position of its row.
    ///
    /// - Precondition: `axis` is negative, or 1 (the last axis of the rows); the message names it.
    ///
    /// ```swift
    /// Verifier.verifyLines(LogSoftmax()).maxError <= 1   // true
    /// ```
    public static func verifyLines(_ activation: some LineReferenceEvaluable, inputs: [Float] = sampleInputs(),
                                   rowLength: Int = 16) -> Report {
        precondition(activation.axis < 0 || activation.axis == 1,
                     "Verifier.verifyLines: \(activation.name) has axis \(activation.axis); rows are laid along a negative axis (or 1)")
        let x = rows(of: inputs, length: rowLength)
        let y = activation.forward(x.laidAlong(axis: min(activation.axis, -1)))   // axis 1 of the rows is their last, −1
        let width = y.shape[1]
        var report = Report(function: activation.name, bound: activation.accuracyBound)
        for r in 0..<x.shape[0] {
            let line = x.data[r * rowLength..<(r + 1) * rowLength]
            let reference = activation.referenceLine(line.map { ReferenceReal($0) })
            for k in 0..<width {
                report.record(input: line[line.startIndex + k], result: y.data[r * width + k], reference: reference[k])
            }
        }
        return report
    }

    /// Checks ``logSumExp(_:axis:keepingDimensions:)`` on the finite sample taken as rows of
    /// `rowLength` values; each result is recorded with its row's first input. Bound: 1 ULP.
    ///
    /// ```swift
    /// Verifier.verifyLogSumExp().maxError <= 1   // true
    /// ```
    public static func verifyLogSumExp(inputs: [Float] = sampleInputs(), rowLength: Int = 16) -> Report {
        let x = rows(of: inputs, length: rowLength)
        let y = logSumExp(x)
        var report = Report(function: "logSumExp", bound: 1)
        for r in 0..<x.shape[0] {
            let line = x.data[r * rowLength..<(r + 1) * rowLength].map { ReferenceReal($0) }
            let (m, logSum) = referenceLogSumExp(line)
            report.record(input: x.data[r * rowLength], result: y.data[r], reference: m + logSum)
        }
        return report
    }
}

extension Verifier {
    /// The reports for any activation that has a reference: value and derivative for an
    /// elementwise ``ReferenceEvaluable`` one, the output for a ``LineReferenceEvaluable`` one
    /// (no derivative report); `nil` for an activation without a reference (e.g. PReLU, whose
    /// slopes are learned weights).
    ///
    /// ```swift
    /// Verifier.verify(anyActivation: Sigmoid())?.value.maxError   // 0.5
    /// ```
    public static func verify(anyActivation activation: any Activation, inputs: [Float] = sampleInputs())
        -> (value: Report, derivative: Report?)?
    {
        if let elementwise = activation as? any ReferenceEvaluable {
            let (value, derivative) = verify(elementwise, inputs: inputs)
            return (value, derivative)
        }
        if let lines = activation as? any LineReferenceEvaluable, lines.axis < 0 || lines.axis == 1 {
            return (verifyLines(lines, inputs: inputs), nil)
        }
        return nil
    }
}
