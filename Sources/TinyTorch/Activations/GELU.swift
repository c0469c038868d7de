import Foundation

/// The Gaussian error linear unit: the input weighted by how likely a standard
/// normal variable is to be below it.
///
/// ```
/// GELU(x)  = x · Φ(x),                 Φ(x) = ½·erfc(−x/√2)        (.none, exact)
/// GELUₜ(x) = ½x·(1 + tanh(u)) = x·σ(2u), u = √(2/π)·(x + 0.044715x³)  (.tanh)
/// GELUₛ(x) = x · σ(1.702x)                                          (.sigmoid)
/// ```
///
/// - **Why these forms are stable:** `½(1 + erf(x/√2))` cancels for negative x (erf → −1)
///   and loses every digit below x ≈ −5.5; `Φ(x) = ½·erfc(−x/√2)` keeps full relative
///   accuracy down to the smallest float. Likewise `½(1 + tanh u)` is evaluated as σ(2u),
///   which never subtracts. Everything runs in double precision (x³ cannot overflow there)
///   and is rounded once. At −∞ the product `x·Φ(x)` would be `−∞·0 = NaN`; we return −0.
/// - **Derivatives:** `GELU′ = Φ(x) + x·φ(x)` with `φ(x) = e^(−x²/2)/√(2π)`;
///   `GELUₜ′ = s + 2x·s(1 − s)·u′` with `s = σ(2u)`, `u′ = √(2/π)(1 + 0.134145x²)`;
///   `GELUₛ′ = s + 1.702x·s(1 − s)` with `s = σ(1.702x)`. All are ½ at 0.
/// - **Properties:** range ≈ [−0.17, ∞) (minimum −0.16997 at x ≈ −0.7518 for the exact form);
///   `GELU(0) = 0`; not monotone (dips below zero for negative x); neither odd nor even;
///   `GELU(+∞) = +∞`, `GELU(−∞) = −0`, NaN propagates; no overflow for any input.
/// - **Accuracy:** ``Precision/accurate`` (the default) is within 1 ULP of the true value for
///   every float32 input in all three forms: at most 0.56, 0.53 and 0.53 ULP over all 2³² inputs
///   (`tito verify gelu gelu_tanh gelu_sigmoid --exhaustive`, FMA build). ``Precision/fast``
///   computes the exact form in float: within 12 ULP (measured 9.54 with FMA, 10.20 without) for
///   results ≥ 1e-30. The tanh and sigmoid forms' fast tier is float too, with the exponent
///   carried in more than one float (the tail needs it): within 5 ULP (measured 4.14 and 4.27
///   with FMA, 4.08 and 4.58 without) for results ≥ 1e-30. Tensors go through the vectorized
///   kernels in `Kernels/GELUErfKernel.swift` and `Kernels/GELUApproximationKernels.swift`;
///   ``value(at:)`` is the scalar definition.
///
/// ```swift
/// let gelu = GELU()
/// gelu(Tensor([-1, 0, 1]))   // [-0.15865526, 0.0, 0.8413448]
/// ```
public struct GELU: ElementwiseActivation {
    /// Which formula GELU evaluates.
    public enum Approximation: String, Sendable, CaseIterable {
        /// The exact form `x·Φ(x)` via `erfc` (PyTorch's default).
        case none
        /// PyTorch's tanh form `½x(1 + tanh(√(2/π)(x + 0.044715x³)))`.
        case tanh
        /// The course's form `x·σ(1.702x)`.
        case sigmoid
    }

    /// The formula used.
    public let approximation: Approximation

    /// The accuracy tier of the tensor kernels.
    public let precision: Precision

    /// Makes a GELU that evaluates the given formula (exact by default) in the given tier
    /// (``Precision/accurate`` by default).
    ///
    /// ```swift
    /// let exact = GELU()
    /// let tanhForm = GELU(approximation: .tanh)
    /// let quick = GELU(approximation: .none, precision: .fast)
    /// ```
    public init(approximation: Approximation = .none, precision: Precision = .accurate) {
        self.approximation = approximation
        self.precision = precision
    }

    /// `"GELU"`, `"GELU (tanh)"` or `"GELU (sigmoid)"`, with `", fast"` or `" (fast)"` in the fast tier.
    public var name: String {
        let fast = precision == .fast
        switch approximation {
        case .none: return fast ? "GELU (fast)" : "GELU"
        case .tanh: return fast ? "GELU (tanh, fast)" : "GELU (tanh)"
        case .sigmoid: return fast ? "GELU (sigmoid, fast)" : "GELU (sigmoid)"
        }
    }

    static let sqrt2OverPi = 0.797_884_560_802_865_4   // √(2/π)
    static let cubic = 0.044_715
    static let sigmoidScale = 1.702

    /// The gate g(x) in GELU(x) = x·g(x): Φ(x), σ(2u) or σ(1.702x), in double precision.
    func gate(_ x: Double) -> Double {
        switch approximation {
        case .none: 0.5 * erfc(-x * 0.5.squareRoot())
        case .tanh: Sigmoid.logistic(2 * GELU.sqrt2OverPi * (x + GELU.cubic * x * x * x))
        case .sigmoid: Sigmoid.logistic(GELU.sigmoidScale * x)
        }
    }

    /// GELU(x) = x·g(x); −0 where the gate is exactly 0 (which avoids −∞·0 = NaN).
    ///
    /// ```swift
    /// GELU().value(at: -.infinity)   // -0.0
    /// ```
    public func value(at x: Float) -> Float {
        let x = Double(x)
        let g = gate(x)
        return g == 0 ? -0.0 : Float(x * g)
    }

    /// GELU′(x) for the chosen form; 0 at −∞ and 1 at +∞.
    ///
    /// ```swift
    /// GELU().derivative(at: 0)   // 0.5
    /// ```
    public func derivative(at x: Float) -> Float {
        if x.isInfinite { return x > 0 ? 1 : 0 }
        let x = Double(x)
        let g = gate(x)
        let slope: Double   // x · g′(x)
        switch approximation {
        case .none:
            slope = x * exp(-0.5 * x * x) / (2 * Double.pi).squareRoot()
        case .tanh:
            let du = GELU.sqrt2OverPi * (1 + 3 * GELU.cubic * x * x)
            slope = x * g * (1 - g) * 2 * du
        case .sigmoid:
            slope = x * GELU.sigmoidScale * g * (1 - g)
        }
        return Float(g + slope)
    }
}

/// x·Φ(x) (or an approximation) elementwise: the free-function twin of ``GELU``.
///
/// ```swift
/// gelu(Tensor([0]))                          // [0.0]
/// gelu(Tensor([1]), approximation: .tanh)    // [0.841192]
/// gelu(Tensor([1]), precision: .fast)        // [0.8413447]
/// ```
public func gelu(_ x: Tensor, approximation: GELU.Approximation = .none, precision: Precision = .accurate) -> Tensor {
    GELU(approximation: approximation, precision: precision)(x)
}
