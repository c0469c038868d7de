import Foundation

/// An elementwise activation that can state its exact value and derivative in
/// ``ReferenceReal`` precision, in a form that does not cancel: the yardstick
/// that ``Verifier`` measures the float32 results against.
///
/// ```swift
/// Sigmoid().referenceValue(at: 0)   // 0.5
/// ```
public protocol ReferenceEvaluable: ElementwiseActivation {
    /// f(x), accurate to far better than a float32 ULP.
    ///
    /// ```swift
    /// Tanh().referenceValue(at: 1)   // 0.76159415595576488812
    /// ```
    func referenceValue(at x: ReferenceReal) -> ReferenceReal

    /// f′(x), accurate to far better than a float32 ULP.
    ///
    /// ```swift
    /// Tanh().referenceDerivative(at: 0)   // 1
    /// ```
    func referenceDerivative(at x: ReferenceReal) -> ReferenceReal

    /// The contract for ``ElementwiseActivation/value(at:)``: the largest allowed error in ULP
    /// (0 for exact activations, 1 for the smooth ones).
    var accuracyBound: Double { get }

    /// The smallest |true value| that ``accuracyBound`` applies to: 0 (every result) except in
    /// the ``Precision/fast`` tier, whose bound covers results of magnitude ≥ 1e-30.
    var boundedFrom: Double { get }

    /// f(x) in double precision, in the same non-cancelling form (relative error ~1e-16, a
    /// hundred-millionth of a float ULP): what `tito verify --exhaustive` compares all 2³²
    /// inputs against, being several times faster than ``referenceValue(at:)``.
    ///
    /// ```swift
    /// Sigmoid().doubleReferenceValue(at: 0)   // 0.5
    /// ```
    func doubleReferenceValue(at x: Double) -> Double

    /// f′(x) in double precision, in a non-cancelling form.
    ///
    /// ```swift
    /// Sigmoid().doubleReferenceDerivative(at: 0)   // 0.25
    /// ```
    func doubleReferenceDerivative(at x: Double) -> Double

    /// Whether the contract includes monotonicity (non-decreasing over all floats): then the
    /// exhaustive check also compares the results of every pair of neighbouring inputs.
    var isMonotone: Bool { get }
}

extension ReferenceEvaluable {
    /// 1e-30 in the fast tier, 0 otherwise.
    public var boundedFrom: Double {
        (self as? any PrecisionTiered)?.precision == .fast ? 1e-30 : 0
    }

    /// `false`: no monotonicity promised unless an activation says so.
    public var isMonotone: Bool { false }

    /// The extended-precision reference rounded to double (slow; activations override it).
    public func doubleReferenceValue(at x: Double) -> Double {
        Double(referenceValue(at: ReferenceReal(x)))
    }

    /// The extended-precision reference rounded to double (slow; activations override it).
    public func doubleReferenceDerivative(at x: Double) -> Double {
        Double(referenceDerivative(at: ReferenceReal(x)))
    }
}

/// σ(x) without overflow or cancellation in reference precision.
func referenceLogistic(_ x: ReferenceReal) -> ReferenceReal {
    if x >= 0 { return 1 / (1 + exp(-x)) }
    let e = exp(x)
    return e / (1 + e)
}

extension ReLU: ReferenceEvaluable {
    /// `max(0, x)`, NaN propagated.
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal { x.isNaN ? x : (x > 0 ? x : 0) }
    /// `1` for x > 0, else `0`.
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal { x.isNaN ? x : (x > 0 ? 1 : 0) }
    /// ReLU is exact: 0 ULP.
    public var accuracyBound: Double { 0 }
    /// ReLU never decreases.
    public var isMonotone: Bool { true }
    /// `max(0, x)`, NaN propagated.
    public func doubleReferenceValue(at x: Double) -> Double { x.isNaN ? x : (x > 0 ? x : 0) }
    /// `1` for x > 0, else `0`.
    public func doubleReferenceDerivative(at x: Double) -> Double { x.isNaN ? x : (x > 0 ? 1 : 0) }
}

extension Sigmoid: ReferenceEvaluable {
    /// σ(x) by the per-sign form.
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal { referenceLogistic(x) }
    /// e^(−|x|)/(1 + e^(−|x|))².
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        let e = exp(-x.magnitude)
        return e / ((1 + e) * (1 + e))
    }
    /// 1 ULP; 4 ULP in the fast tier.
    public var accuracyBound: Double { precision == .fast ? FastTierBounds.sigmoid : 1 }
    /// Monotone in the accurate tier (the fast tier's last bit may step back).
    public var isMonotone: Bool { precision == .accurate }
    /// σ(x) by the per-sign form.
    public func doubleReferenceValue(at x: Double) -> Double { Sigmoid.logistic(x) }
    /// e^(−|x|)/(1 + e^(−|x|))².
    public func doubleReferenceDerivative(at x: Double) -> Double {
        let e = exp(-x.magnitude)
        return e / ((1 + e) * (1 + e))
    }
}

extension Tanh: ReferenceEvaluable {
    /// tanh(x).
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal { tanh(x) }
    /// 1/cosh²(x).
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        let c = cosh(x)
        return 1 / (c * c)
    }
    /// 1 ULP; 7 ULP in the fast tier.
    public var accuracyBound: Double { precision == .fast ? FastTierBounds.tanh : 1 }
    /// Monotone in the accurate tier (the fast tier's last bit may step back).
    public var isMonotone: Bool { precision == .accurate }
    /// tanh(x).
    public func doubleReferenceValue(at x: Double) -> Double { tanh(x) }
    /// 1/cosh²(x).
    public func doubleReferenceDerivative(at x: Double) -> Double {
        let c = cosh(x)
        return 1 / (c * c)
    }
}

extension GELU: ReferenceEvaluable {
    private func referenceGate(_ x: ReferenceReal) -> ReferenceReal {
        switch approximation {
        case .none: return erfc(-x / ReferenceReal(2).squareRoot()) / 2
        case .tanh:
            let c = (2 / ReferenceReal.pi).squareRoot()
            return referenceLogistic(2 * c * (x + ReferenceReal(0.044715) * x * x * x))
        case .sigmoid: return referenceLogistic(ReferenceReal(1.702) * x)
        }
    }

    /// x·Φ(x) (Φ = ½erfc(−x/√2)), x·σ(2u) or x·σ(1.702x); −0 at −∞.
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal {
        let g = referenceGate(x)
        return g == 0 ? -0.0 : x * g
    }

    /// Φ(x) + xφ(x), s + 2x·s(1 − s)·u′ or s + 1.702x·s(1 − s).
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        if x.isInfinite { return x > 0 ? 1 : 0 }
        let g = referenceGate(x)
        switch approximation {
        case .none:
            return g + x * exp(-x * x / 2) / (2 * ReferenceReal.pi).squareRoot()
        case .tanh:
            let c = (2 / ReferenceReal.pi).squareRoot()
            let du = c * (1 + 3 * ReferenceReal(0.044715) * x * x)
            return g + x * g * (1 - g) * 2 * du
        case .sigmoid:
            return g + x * ReferenceReal(1.702) * g * (1 - g)
        }
    }

    /// 1 ULP in every form; in the fast tier 12 ULP for the exact form, 5 for the tanh and
    /// sigmoid forms.
    public var accuracyBound: Double {
        guard precision == .fast else { return 1 }
        switch approximation {
        case .none: return FastTierBounds.gelu
        case .tanh, .sigmoid: return FastTierBounds.geluApproximations
        }
    }

    /// x·g(x) with the gate in double precision; −0 where the gate is 0.
    public func doubleReferenceValue(at x: Double) -> Double {
        let g = gate(x)
        return g == 0 ? -0.0 : x * g
    }

    /// GELU′(x) for the chosen form, in double precision.
    public func doubleReferenceDerivative(at x: Double) -> Double {
        if x.isInfinite { return x > 0 ? 1 : 0 }
        let g = gate(x)
        switch approximation {
        case .none:
            return g + x * exp(-0.5 * x * x) / (2 * Double.pi).squareRoot()
        case .tanh:
            let du = GELU.sqrt2OverPi * (1 + 3 * GELU.cubic * x * x)
            return g + x * g * (1 - g) * 2 * du
        case .sigmoid:
            return g + x * GELU.sigmoidScale * g * (1 - g)
        }
    }
}

extension SiLU: ReferenceEvaluable {
    /// x·σ(x); −0 where σ is 0.
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal {
        let s = referenceLogistic(x)
        return s == 0 ? -0.0 : x * s
    }
    /// σ(x) + x·σ(x)(1 − σ(x)), with σ(1 − σ) = e^(−|x|)/(1 + e^(−|x|))² (no cancellation).
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        if x.isInfinite { return x > 0 ? 1 : 0 }
        let e = exp(-x.magnitude)
        return referenceLogistic(x) + x * e / ((1 + e) * (1 + e))
    }
    /// 1 ULP; 5 ULP in the fast tier.
    public var accuracyBound: Double { precision == .fast ? FastTierBounds.silu : 1 }
    /// x·σ(x) in double precision.
    public func doubleReferenceValue(at x: Double) -> Double {
        let s = Sigmoid.logistic(x)
        return s == 0 ? -0.0 : x * s
    }
    /// σ(x) + x·e^(−|x|)/(1 + e^(−|x|))² in double precision.
    public func doubleReferenceDerivative(at x: Double) -> Double {
        if x.isInfinite { return x > 0 ? 1 : 0 }
        let e = exp(-x.magnitude)
        return Sigmoid.logistic(x) + x * e / ((1 + e) * (1 + e))
    }
}

/// The documented error bounds of the ``Precision/fast`` tier, in ULP, for results of magnitude
/// ≥ 1e-30 (the maximum measured over all 2³² inputs, rounded up; docs/performance.md).
enum FastTierBounds {
    static let sigmoid = 4.0
    static let tanh = 7.0
    static let silu = 5.0
    static let gelu = 12.0
    /// GELU's tanh and sigmoid forms.
    static let geluApproximations = 5.0
}
