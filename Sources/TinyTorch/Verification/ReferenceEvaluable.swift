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
}

extension Sigmoid: ReferenceEvaluable {
    /// σ(x) by the per-sign form.
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal { referenceLogistic(x) }
    /// e^(−|x|)/(1 + e^(−|x|))².
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        let e = exp(-x.magnitude)
        return e / ((1 + e) * (1 + e))
    }
    /// 1 ULP.
    public var accuracyBound: Double { 1 }
}

extension Tanh: ReferenceEvaluable {
    /// tanh(x).
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal { tanh(x) }
    /// 1/cosh²(x).
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        let c = cosh(x)
        return 1 / (c * c)
    }
    /// 1 ULP.
    public var accuracyBound: Double { 1 }
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

    /// 1 ULP in every form.
    public var accuracyBound: Double { 1 }
}
