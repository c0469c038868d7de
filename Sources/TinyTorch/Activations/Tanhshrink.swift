import Foundation

/// The tanh shrinkage: what is left of the input after ``Tanh`` has taken its part.
///
/// ```
/// Tanhshrink(x) = x − tanh(x)
/// ```
///
/// - **Why this form is accurate:** near 0, `tanh(x) ≈ x`, so `x − tanh(x)` subtracts two
///   nearly equal numbers: at `x = 10⁻³` it keeps about 31 of double's 53 bits, at `x = 10⁻⁸`
///   none at all. For `|x| < 1/16` we sum the Taylor series instead,
///   `x³/3 − 2x⁵/15 + 17x⁷/315 − 62x⁹/2835 + …` (nine terms; there each term is below 1/600
///   of the one before, so the remainder is below 2⁻⁸⁰ of the result); above that the subtraction loses at most
///   10 bits of 53. Both run in double precision on `|x|`, rounded once, with the sign of `x`
///   put back, so the function is exactly odd and tiny inputs give their true, tiny results
///   (`Tanhshrink(10⁻⁴) ≈ 3.3e-13`, not 0).
/// - **Derivative:** `1 − tanh′(x) = tanh²(x)`: no cancellation.
/// - **Properties:** range `(−∞, ∞)`; `Tanhshrink(0) = 0`; odd; monotone; flat at 0 (it starts as
///   `x³/3`); `Tanhshrink(±∞) = ±∞`, NaN propagates.
/// - **Accuracy:** within 1 ULP of the true value for every float32 input.
///   Measured: `swift run tito verify tanhshrink`.
///
/// ```swift
/// let tanhshrink = Tanhshrink()
/// tanhshrink(Tensor([-1, 0, 0.001]))   // [-0.23840584, 0.0, 3.3333325e-10]
/// ```
public struct Tanhshrink: ElementwiseActivation {
    /// Makes a tanh shrinkage; it has no parameters.
    ///
    /// ```swift
    /// let tanhshrink = Tanhshrink()
    /// ```
    public init() {}

    /// `"Tanhshrink"`.
    public var name: String { "Tanhshrink" }

    /// `x − tanh(x)`: the series below 1/16, the difference above, in double precision.
    ///
    /// ```swift
    /// Tanhshrink().value(at: 1)   // 0.23840584
    /// ```
    public func value(at x: Float) -> Float {
        let a = Double(x.magnitude)
        let y = Float(a < Tanhshrink.seriesLimit ? Tanhshrink.series(a) : a - tanh(a))
        return x.sign == .minus ? -y : y
    }

    /// `tanh²(x)`.
    ///
    /// ```swift
    /// Tanhshrink().derivative(at: 0)   // 0.0
    /// ```
    public func derivative(at x: Float) -> Float {
        let t = tanh(Double(x))
        return Float(t * t)
    }

    /// Below this magnitude the Taylor series replaces the cancelling difference.
    static let seriesLimit = 1.0 / 16

    /// The Taylor coefficients of `x − tanh(x) = Σₖ cₖ·x^(2k+3)` as exact fractions.
    private static let coefficients: [(numerator: Double, denominator: Double)] = [
        (1, 3), (-2, 15), (17, 315), (-62, 2835), (1382, 155_925), (-21844, 6_081_075),
        (929_569, 638_512_875), (-6_404_582, 10_854_718_875), (443_861_162, 1_856_156_927_625),
    ]

    /// `x − tanh(x)` from its first nine Taylor terms, in the precision of `T`; for `|x| < 1/16`
    /// the remainder is below 2⁻⁸⁰ of the result. The reference (`Float80`) uses it too.
    static func series<T: BinaryFloatingPoint>(_ x: T) -> T {
        let x2 = x * x
        var sum: T = 0
        for c in coefficients.reversed() {   // Horner, smallest terms first
            sum = sum * x2 + T(c.numerator) / T(c.denominator)
        }
        return sum * x2 * x
    }
}

/// `x − tanh(x)` elementwise: the free-function twin of ``Tanhshrink``.
///
/// ```swift
/// tanhshrink(Tensor([0]))   // [0.0]
/// ```
public func tanhshrink(_ x: Tensor) -> Tensor { Tanhshrink()(x) }
