import Foundation

// Reference values and derivatives for the elementwise activations of the family, in
// ReferenceReal precision. Each is written from the definition in a form that does not
// cancel in that precision, so that it is the true value to far better than a float ULP.
// Bounds: 0 = exact, 0.5 = correctly rounded, 1 = the smooth functions' contract.

/// `x` with NaN kept and `y` otherwise: the shape of every piecewise rule below.
private func propagatingNaN(_ x: ReferenceReal, _ y: @autoclosure () -> ReferenceReal) -> ReferenceReal {
    x.isNaN ? x : y()
}

/// `log(1 + e^z)` without overflow or cancellation: `max(z, 0) + log1p(e^(−|z|))`.
private func referenceSoftplus(_ z: ReferenceReal) -> ReferenceReal {
    let tail = log1p(exp(-z.magnitude))
    return z > 0 ? z + tail : tail
}

// MARK: - Rectifiers

extension LeakyReLU: ReferenceEvaluable {
    /// `x` for x > 0, else `a·x` (0 at −∞ when a = 0).
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal {
        let a = ReferenceReal(negativeSlope)
        return x > 0 ? x : (a == 0 && x.isInfinite ? 0 : a * x)
    }
    /// `1` for x > 0, else `a`.
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        propagatingNaN(x, x > 0 ? 1 : ReferenceReal(negativeSlope))
    }
    /// Correctly rounded: 0.5 ULP.
    public var accuracyBound: Double { 0.5 }
}

extension ReLU6: ReferenceEvaluable {
    /// `min(max(0, x), 6)`.
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal {
        propagatingNaN(x, x < 0 ? 0 : (x > 6 ? 6 : x))
    }
    /// `1` on (0, 6), else `0`.
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        propagatingNaN(x, x > 0 && x < 6 ? 1 : 0)
    }
    /// Exact: 0 ULP.
    public var accuracyBound: Double { 0 }
}

extension ReLUSquared: ReferenceEvaluable {
    /// `x²` for x > 0, else `0`.
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal {
        propagatingNaN(x, x > 0 ? x * x : 0)
    }
    /// `2x` for x > 0, else `0`.
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        propagatingNaN(x, x > 0 ? 2 * x : 0)
    }
    /// Correctly rounded: 0.5 ULP.
    public var accuracyBound: Double { 0.5 }
}

extension Threshold: ReferenceEvaluable {
    /// `x` for x > threshold, else `value`.
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal {
        propagatingNaN(x, x > ReferenceReal(threshold) ? x : ReferenceReal(value))
    }
    /// `1` for x > threshold, else `0`.
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        propagatingNaN(x, x > ReferenceReal(threshold) ? 1 : 0)
    }
    /// Exact: 0 ULP.
    public var accuracyBound: Double { 0 }
}

extension Step: ReferenceEvaluable {
    /// `1` for x > threshold, else `0`.
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal {
        propagatingNaN(x, x > ReferenceReal(threshold) ? 1 : 0)
    }
    /// `0`.
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal { propagatingNaN(x, 0) }
    /// Exact: 0 ULP.
    public var accuracyBound: Double { 0 }
}

// MARK: - Exponential family

extension ELU: ReferenceEvaluable {
    /// `x` for x > 0, else `α·expm1(x)`.
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal {
        x > 0 ? x : ReferenceReal(alpha) * expm1(x)
    }
    /// `1` for x > 0, else `α·eˣ`.
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        x > 0 ? 1 : ReferenceReal(alpha) * exp(x)
    }
    /// 1 ULP.
    public var accuracyBound: Double { 1 }
}

extension CELU: ReferenceEvaluable {
    /// `x` for x > 0, else `α·expm1(x/α)`.
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal {
        let alpha = ReferenceReal(alpha)
        return x > 0 ? x : alpha * expm1(x / alpha)
    }
    /// `1` for x > 0, else `e^(x/α)`.
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        x > 0 ? 1 : exp(x / ReferenceReal(alpha))
    }
    /// 1 ULP.
    public var accuracyBound: Double { 1 }
}

extension SELU: ReferenceEvaluable {
    private static let referenceAlpha: ReferenceReal = 1.6732632423543772848170429916717
    private static let referenceScale: ReferenceReal = 1.0507009873554804934193349852946

    /// `λx` for x > 0, else `λα·expm1(x)`, with the constants in reference precision.
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal {
        SELU.referenceScale * (x > 0 ? x : SELU.referenceAlpha * expm1(x))
    }
    /// `λ` for x > 0, else `λα·eˣ`.
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        SELU.referenceScale * (x > 0 ? 1 : SELU.referenceAlpha * exp(x))
    }
    /// 1 ULP.
    public var accuracyBound: Double { 1 }
}

// MARK: - Smooth gates

extension Mish: ReferenceEvaluable {
    /// `x·tanh(softplus(x))` from the definition; −0 where softplus underflows (x = −∞).
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal {
        let s = referenceSoftplus(x)
        return s == 0 ? -0.0 : x * tanh(s)
    }
    /// `tanh(s) + x·σ(x)/cosh²(s)` with `s = softplus(x)`; 1 at +∞, 0 at −∞.
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        if x.isInfinite { return x > 0 ? 1 : 0 }
        let s = referenceSoftplus(x)
        let c = cosh(s)
        return tanh(s) + x * referenceLogistic(x) / (c * c)
    }
    /// 1 ULP.
    public var accuracyBound: Double { 1 }
}

extension Softplus: ReferenceEvaluable {
    /// `x` for βx > threshold, else `softplus(βx)/β`.
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal {
        let beta = ReferenceReal(beta)
        return beta * x > ReferenceReal(threshold) ? x : referenceSoftplus(beta * x) / beta
    }
    /// `1` for βx > threshold, else `σ(βx)`.
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        let z = ReferenceReal(beta) * x
        return z > ReferenceReal(threshold) ? 1 : referenceLogistic(z)
    }
    /// 1 ULP.
    public var accuracyBound: Double { 1 }
}

extension LogSigmoid: ReferenceEvaluable {
    /// `−softplus(−x)`.
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal { -referenceSoftplus(-x) }
    /// `σ(−x)`.
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal { referenceLogistic(-x) }
    /// 1 ULP.
    public var accuracyBound: Double { 1 }
}

extension Softsign: ReferenceEvaluable {
    /// `x/(1 + |x|)`; ±1 at ±∞.
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal {
        x.isInfinite ? (x > 0 ? 1 : -1) : x / (1 + x.magnitude)
    }
    /// `1/(1 + |x|)²`.
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        1 / ((1 + x.magnitude) * (1 + x.magnitude))
    }
    /// 1 ULP.
    public var accuracyBound: Double { 1 }
}

extension Squareplus: ReferenceEvaluable {
    /// `(x + s)/2` for x ≥ 0, `b/(2(s − x))` for x < 0, `s = √(x² + b)`.
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal {
        let b = ReferenceReal(b)
        let s = (x * x + b).squareRoot()
        return x < 0 ? b / (2 * (s - x)) : (x + s) / 2
    }
    /// `(1 + x/s)/2` for x ≥ 0, `b/(2s(s − x))` for x < 0; 1 at +∞.
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        if x == .infinity { return 1 }
        let b = ReferenceReal(b)
        let s = (x * x + b).squareRoot()
        return x < 0 ? b / (2 * s * (s - x)) : (1 + x / s) / 2
    }
    /// 1 ULP.
    public var accuracyBound: Double { 1 }
}

extension SparsePlus: ReferenceEvaluable {
    /// `0`, `(x + 1)²/4` or `x`.
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal {
        propagatingNaN(x, x <= -1 ? 0 : (x >= 1 ? x : (x + 1) * (x + 1) / 4))
    }
    /// `0`, `(x + 1)/2` or `1`.
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        propagatingNaN(x, x <= -1 ? 0 : (x >= 1 ? 1 : (x + 1) / 2))
    }
    /// 1 ULP.
    public var accuracyBound: Double { 1 }
}

extension SparseSigmoid: ReferenceEvaluable {
    /// `0`, `(x + 1)/2` or `1`.
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal {
        propagatingNaN(x, x <= -1 ? 0 : (x >= 1 ? 1 : (x + 1) / 2))
    }
    /// `1/2` on (−1, 1), else `0`.
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        propagatingNaN(x, x > -1 && x < 1 ? 0.5 : 0)
    }
    /// Correctly rounded: 0.5 ULP.
    public var accuracyBound: Double { 0.5 }
}

// MARK: - Hard variants

extension Hardtanh: ReferenceEvaluable {
    /// `x` clipped to `[min, max]`.
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal {
        let (low, high) = (ReferenceReal(min), ReferenceReal(max))
        return propagatingNaN(x, x < low ? low : (x > high ? high : x))
    }
    /// `1` strictly inside, else `0`.
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        propagatingNaN(x, x > ReferenceReal(min) && x < ReferenceReal(max) ? 1 : 0)
    }
    /// Exact: 0 ULP.
    public var accuracyBound: Double { 0 }
}

extension Hardsigmoid: ReferenceEvaluable {
    /// `(x + 3)/6` clipped to `[0, 1]`.
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal {
        propagatingNaN(x, x <= -3 ? 0 : (x >= 3 ? 1 : (x + 3) / 6))
    }
    /// `1/6` on (−3, 3), else `0`.
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        propagatingNaN(x, x > -3 && x < 3 ? 1 / 6 : 0)
    }
    /// Correctly rounded: 0.5 ULP.
    public var accuracyBound: Double { 0.5 }
}

extension Hardswish: ReferenceEvaluable {
    /// `0`, `x(x + 3)/6` or `x`.
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal {
        propagatingNaN(x, x <= -3 ? 0 : (x >= 3 ? x : x * (x + 3) / 6))
    }
    /// `0` below −3, `(2x + 3)/6` on [−3, 3], `1` above 3.
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        propagatingNaN(x, x < -3 ? 0 : (x > 3 ? 1 : (2 * x + 3) / 6))
    }
    /// 1 ULP.
    public var accuracyBound: Double { 1 }
}

extension Hardshrink: ReferenceEvaluable {
    /// `x` for |x| > λ, else `0`.
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal {
        propagatingNaN(x, x.magnitude > ReferenceReal(lambda) ? x : 0)
    }
    /// `1` for |x| > λ, else `0`.
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        propagatingNaN(x, x.magnitude > ReferenceReal(lambda) ? 1 : 0)
    }
    /// Exact: 0 ULP.
    public var accuracyBound: Double { 0 }
}

extension Softshrink: ReferenceEvaluable {
    /// `x − λ`, `x + λ` or `0`.
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal {
        let lambda = ReferenceReal(lambda)
        return propagatingNaN(x, x > lambda ? x - lambda : (x < -lambda ? x + lambda : 0))
    }
    /// `1` for |x| > λ, else `0`.
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        propagatingNaN(x, x.magnitude > ReferenceReal(lambda) ? 1 : 0)
    }
    /// Correctly rounded: 0.5 ULP.
    public var accuracyBound: Double { 0.5 }
}

extension Tanhshrink: ReferenceEvaluable {
    /// `x − tanh(x)`, from the Taylor series below |x| = 1/16 (where the difference would cancel).
    public func referenceValue(at x: ReferenceReal) -> ReferenceReal {
        x.magnitude < ReferenceReal(Tanhshrink.seriesLimit) ? Tanhshrink.series(x) : x - tanh(x)
    }
    /// `tanh²(x)`.
    public func referenceDerivative(at x: ReferenceReal) -> ReferenceReal {
        let t = tanh(x)
        return t * t
    }
    /// 1 ULP.
    public var accuracyBound: Double { 1 }
}
