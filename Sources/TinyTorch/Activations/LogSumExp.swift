import Foundation

// log Σ eˣ along an axis: the smooth maximum, and the normaliser of ``LogSoftmax``.

/// The logarithm of the sum of exponentials along `axis`: a smooth maximum, and the
/// log of softmax's denominator.
///
/// ```
/// logSumExp(x) = log Σⱼ e^(xⱼ) = m + log1p(Σ_{j≠k} e^(xⱼ − m)),   m = xₖ = maxⱼ xⱼ
/// ```
///
/// - **Why this form is stable:** `e^x` overflows float above 88.7, so the textbook sum is ∞
///   for `[1000, 1001]`. Factoring out the maximum makes every exponent ≤ 0 (Swift for
///   TensorFlow's softmax forgot this). The largest term is then exactly 1, and
///   `log(1 + rest)` would round `1 + rest` and lose `rest` when it is tiny
///   (`logSumExp([0, −69]) = 1e-30`, not 0), so we take `log1p(rest)`. Differences, exponentials
///   and the sum run in double precision; the result is rounded once.
/// - **Derivative:** `∂/∂xᵢ logSumExp(x) = softmax(x)ᵢ`.
/// - **Properties:** `max(x) ≤ logSumExp(x) ≤ max(x) + log n`; `logSumExp(x + c) = logSumExp(x) + c`.
/// - **Special lines:** a line with NaN gives NaN; with `+∞`, `+∞`; all `−∞` (or an empty axis)
///   gives `−∞` (the log of an empty sum); `−∞` entries beside finite ones contribute nothing.
/// - **Accuracy:** the error is below one float ULP of the result plus `2⁻⁵²·|m|`: within
///   1 ULP unless the result is much smaller than the maximum (e.g. `m ≈ −log n`, where
///   `m` and the logarithm cancel). Measured by the tests (`Verifier.verifyLogSumExp`).
///
/// - Parameters:
///   - x: the tensor.
///   - axis: the axis to reduce (the last by default); negative values count from the end.
///   - keepingDimensions: keep the reduced axis with length 1, so the result broadcasts against `x`.
/// - Precondition: `-rank <= axis < rank`; the message names both.
///
/// ```swift
/// logSumExp(Tensor([1000, 1000]))              // 1000.6932 (as a 0-d tensor)
/// logSumExp(Tensor([[0, 0], [1, 1]]), axis: 0)  // [1.3132616, 1.3132616]
/// ```
public func logSumExp(_ x: Tensor, axis: Int = -1, keepingDimensions: Bool = false) -> Tensor {
    let axis = x.normalizedAxis(axis, function: "logSumExp")
    if x.shape[axis] == 0 {
        var shape = x.shape
        if keepingDimensions { shape[axis] = 1 } else { shape.remove(at: axis) }
        return Tensor.filled(with: -.infinity, shape: shape)
    }
    // Each line is replaced by copies of its log-sum-exp; the max along the axis then keeps
    // exactly that value (NaN included) and gives the reduced shape.
    let broadcast = Kernels.mapLines(x, alongAxis: axis) { line in
        let parts = LogSumExpParts(line)
        return [Float](repeating: Float(parts.max + parts.logSum), count: line.count)
    }
    return broadcast.max(alongAxis: axis, keepingDimensions: keepingDimensions)
}

/// log Σ e^(xⱼ) of one line split as `max + logSum`, with `logSum = log1p(Σ_{j≠k} e^(xⱼ − max))`
/// in double precision. ``LogSoftmax`` subtracts `logSum` from `xᵢ − max` without rounding either first.
struct LogSumExpParts {
    /// The line's largest element (NaN if it has a NaN, −∞ if it is empty or all −∞).
    let max: Double
    /// `log Σ e^(xⱼ − max)`, in `[0, log n]`; 0 when `max` is not finite.
    let logSum: Double

    init(_ line: [Float]) {
        if line.contains(where: \.isNaN) {
            (max, logSum) = (.nan, .nan)
            return
        }
        guard let top = line.indices.max(by: { line[$0] < line[$1] }), line[top].isFinite else {
            (max, logSum) = (Double(line.max() ?? -.infinity), 0)
            return
        }
        let m = Double(line[top])
        var rest = 0.0
        for j in line.indices where j != top { rest += exp(Double(line[j]) - m) }
        (max, logSum) = (m, log1p(rest))
    }
}
