extension WorkspaceTemplate {
    /// `Sources/MyActivations/Activations.swift`: the learner's file. Each function has the doc
    /// comment a learner needs (formula, range, what "numerically stable" means for it, a hint
    /// toward the stable form) and a `TODO` body that compiles and returns its input unchanged:
    /// wrong, so the checks fail, but harmless, so they report instead of crashing.
    static let skeleton = #"""
    // Your Activations module: implement ReLU, Sigmoid and Tanh here (then, if you like, GELU and Softmax).
    //
    //   tito test              builds this package and runs the module's checks on your types
    //   tito plot relu         draws your ReLU beside the reference and their difference
    //   tito module status     shows which checks pass, per function
    //   tito module complete   records the module as done once ReLU, Sigmoid and Tanh pass every check
    //
    // `Tensor` comes from TinyTorch: `x.shape`, `x.data` (the elements in row-major order),
    // `x.map { … }` (a new tensor of the same shape, a closure applied to every element),
    // arithmetic with broadcasting (`x + 1`, `2 * x`, `x / y`), `x.max(alongAxis: -1, keepingDimensions: true)`.
    // Foundation gives the scalar functions: exp, expm1, log, erf, erfc, …
    //
    // Each body below is a TODO that returns its input unchanged: it compiles, and the checks tell you
    // what is wrong with it. Replace it with your implementation.

    import Foundation
    import TinyTorch

    // MARK: - ReLU

    /// The rectified linear unit: keeps positive values and replaces the rest by zero.
    ///
    /// ```
    /// ReLU(x) = max(0, x)
    /// ```
    ///
    /// - Range: [0, ∞). ReLU(0) = 0, ReLU(−3) = 0, ReLU(2) = 2.
    /// - Numerically stable means: the output is exact for every input, however large or tiny.
    ///   ReLU only compares and selects, so there is nothing to round — as long as you never
    ///   compute *with* the input (no `x * something`): ±∞, the largest floats and the subnormals
    ///   must come out exactly right. A NaN input should give NaN (a bug upstream stays visible).
    /// - Hint: work element by element with `x.map { … }`. Try your closure on `.nan` in a
    ///   playground: comparisons with NaN are always false.
    public struct ReLU: Sendable {
        public init() {}

        /// ReLU applied to every element of `x`; the result has `x`'s shape.
        public func forward(_ x: Tensor) -> Tensor {
            // TODO: implement ReLU. Returning the input unchanged is wrong on purpose.
            return x
        }

        /// The same as `forward(x)`, so you can write `relu(x)`.
        public func callAsFunction(_ x: Tensor) -> Tensor { forward(x) }
    }

    // MARK: - Sigmoid

    /// The logistic sigmoid: squashes any real number into (0, 1), a probability.
    ///
    /// ```
    /// σ(x) = 1 / (1 + e^(−x))
    /// ```
    ///
    /// - Range: (0, 1). σ(0) = 0.5 exactly, σ(x) → 1 as x → ∞, σ(x) → 0 as x → −∞,
    ///   and σ(−x) = 1 − σ(x).
    /// - Numerically stable means: no intermediate value overflows and nothing is lost for large |x|.
    ///   A Float holds at most about 3.4e38, so e^(−x) is already +∞ for x < −88.7. The result
    ///   1/(1 + ∞) = 0 may look harmless, but the true σ(−100) ≈ 3.8e-44 is a perfectly good
    ///   (subnormal) Float, and the equivalent form e^x/(1 + e^x) gives ∞/∞ = NaN for large x.
    /// - Hint: there are two exact forms of σ. For each sign of x, one of them only ever
    ///   computes an exponential that is at most 1. Choose per element.
    public struct Sigmoid: Sendable {
        public init() {}

        /// σ applied to every element of `x`; the result has `x`'s shape.
        public func forward(_ x: Tensor) -> Tensor {
            // TODO: implement Sigmoid. Returning the input unchanged is wrong on purpose.
            return x
        }

        /// The same as `forward(x)`.
        public func callAsFunction(_ x: Tensor) -> Tensor { forward(x) }
    }

    // MARK: - Tanh

    /// The hyperbolic tangent: a zero-centred S-curve.
    ///
    /// ```
    /// tanh(x) = (e^x − e^(−x)) / (e^x + e^(−x)) = 2σ(2x) − 1
    /// ```
    ///
    /// - Range: [−1, 1] (the true values lie strictly inside; in Float they round to ±1 for |x| > 9).
    ///   tanh(0) = 0, and tanh is odd: tanh(−x) = −tanh(x) exactly.
    /// - Numerically stable means two things here. At large |x|, e^x overflows (above 88.7) and
    ///   ∞/∞ is NaN, where the answer is simply ±1. Near 0, forms such as 2σ(2x) − 1 or
    ///   1 − 2/(e^(2x) + 1) subtract two numbers close to 1 and lose every digit:
    ///   tanh(1e-8) must be 1e-8, not 0.
    /// - Hint: use the symmetry to compute only for |x|, where e^(−2|x|) is at most 1, and give
    ///   the result the sign of x. Near zero, look at what `expm1` is for.
    public struct Tanh: Sendable {
        public init() {}

        /// tanh applied to every element of `x`; the result has `x`'s shape.
        public func forward(_ x: Tensor) -> Tensor {
            // TODO: implement Tanh. Returning the input unchanged is wrong on purpose.
            return x
        }

        /// The same as `forward(x)`.
        public func callAsFunction(_ x: Tensor) -> Tensor { forward(x) }
    }

    // MARK: - Optional: GELU

    /// The Gaussian error linear unit (the transformer default): x weighted by the probability
    /// that a standard normal variable is below x.
    ///
    /// ```
    /// GELU(x) = x · Φ(x),   Φ(x) = ½ · (1 + erf(x / √2))
    /// ```
    ///
    /// - Range: about [−0.17, ∞); GELU(0) = 0; close to ReLU for |x| ≥ 6. The checks compare with
    ///   this exact form (the tanh approximation is off by up to 5e-4: too far).
    /// - Numerically stable means: for negative x, 1 + erf(x/√2) subtracts two numbers close to 1
    ///   and the tail (GELU(−8) ≈ −5e-15) is lost; and at x = −∞ the product −∞ · 0 is NaN,
    ///   where the limit is 0.
    /// - Hint: Foundation has a complementary error function that does not cancel; rewrite Φ
    ///   with it. Then deal with the one input where the product is undefined.
    public struct GELU: Sendable {
        public init() {}

        /// GELU applied to every element of `x`; the result has `x`'s shape.
        public func forward(_ x: Tensor) -> Tensor {
            // TODO (optional): implement GELU. Returning the input unchanged is wrong on purpose.
            return x
        }

        /// The same as `forward(x)`.
        public func callAsFunction(_ x: Tensor) -> Tensor { forward(x) }
    }

    // MARK: - Optional: Softmax

    /// Turns each row (the last axis) into probabilities that sum to 1.
    ///
    /// ```
    /// softmax(x)ᵢ = e^(xᵢ) / Σⱼ e^(xⱼ)      (over the last axis)
    /// ```
    ///
    /// - Range: every output in [0, 1], each row sums to 1; equal inputs give 1/n each;
    ///   a masked entry (−∞) gives exactly 0. A 0-d tensor (one number) is one row of one value;
    ///   an empty tensor gives an empty tensor of the same shape.
    /// - Numerically stable means: e^1000 is +∞ in Float, so softmax([1000, 1001, 1002]) would be
    ///   ∞/∞ = NaN, although it equals softmax([1, 2, 3]).
    /// - Hint: adding the same constant to every entry of a row does not change the result
    ///   (the factor cancels). Pick the constant so that no exponent is positive.
    ///   `x.max(alongAxis: -1, keepingDimensions: true)` broadcasts against `x`.
    public struct Softmax: Sendable {
        public init() {}

        /// Softmax of every row of `x` (along its last axis); the result has `x`'s shape.
        public func forward(_ x: Tensor) -> Tensor {
            // TODO (optional): implement Softmax. Returning the input unchanged is wrong on purpose.
            return x
        }

        /// The same as `forward(x)`.
        public func callAsFunction(_ x: Tensor) -> Tensor { forward(x) }
    }

    // MARK: - Going further: backward

    // Make one of your types conform to TinyTorch's `Activation` protocol by adding
    //     public var name: String { "ReLU" }
    //     public func backward(_ x: Tensor, gradOutput: Tensor) -> Tensor { … }   // gradOutput · f′(x)
    // (`extension ReLU: Activation { … }`), and `tito test` checks your gradient as well.

    """#
}
