// tanh within 1 ULP from eight polynomial pieces: Tanh's accurate tier in x86-64 FMA builds.
//
// The method (table-driven piecewise polynomials, as vector math libraries do it):
//
//   - |x| < 0.75:      tanh x = x + x³·Q(x²),               Q of degree 6.
//   - 0.75 ≤ |x|:      tanh x = c₀ + u·P(u),  u = |x| − o,   P of degree 6, per piece,
//     on seven pieces [0.75, 1), [1, 1.5), [1.5, 2), [2, 3), [3, 4), [4, 6), [6, 9.02]
//     (the last one is held at 9.021311, where the result is 1; see `saturation`).
//   - the sign of x is put back at the end, so the tier is exactly odd.
//
// Why it stays within 1 ULP. The result is rounded once, in the last fused multiply-add, and
// what is added there to the exact part (x, or the float c₀) is small against it: x³·Q is at
// most 18% of the result, u·P at most 13%. So the roundings inside x³ (two), Q and P (about one
// ULP of the small term each) shrink to a few hundredths of a ULP of the result, and the fits
// themselves are within 0.09 ULP (scripts/fit-tanh-pieces.py prints each piece's figure).
// Tiny x gives x itself: x³·Q underflows or rounds away in the final fma.
//
// The piece of |x| comes from its bits, without arithmetic: the exponent and the first mantissa
// bit (bits >> 22) split every binade in two, [1, 1.5)·2ᵉ and [1.5, 2)·2ᵉ; 252 subtracted gives
// 1 for [0.75, 1) up to 7 for [6, 8), and everything below 0.75 is piece 0 (the small form).
// The origin o of a piece is built from the bits too: the piece's lower end with the mantissa
// bits 0x270651 set, 0.61 of the way across every piece, a place chosen (by a search in the
// fitting script) where tanh(o) is within 0.05 ULP of the float c₀, so that the fit is not
// spoiled near u = 0, where u·P vanishes and cannot correct c₀. u = |x| − o is exact (Sterbenz:
// |x| and o are within a factor of 2).
//
// Each coefficient is fetched per lane from an 8-entry table (one ymm register: entry i holds
// piece i's coefficient) with one `vpermps`. Piece 0 shares the same Horner chain, evaluated at
// x² instead of u; three selects switch the variable, the factor (x³ or u) and the addend
// (x or c₀). On the Zen 3 machine of docs/performance.md a `vpermps` costs about two FMAs of
// throughput, so the 8 lookups, not the 7 FMAs, set the speed.
//
// Measured over all 2³² inputs: at most 0.75 ULP (near |x| = 0.743, the top of the small form,
// where the roundings of x³ count most), monotone, exactly odd
// (`tito verify tanh --exhaustive`, FMA build).

#if arch(x86_64) && canImport(_Builtin_intrinsics.intel) && TINYTORCH_FMA
import _Builtin_intrinsics.intel

/// tanh from eight polynomial pieces (see the file's notes): Tanh's accurate tier in x86-64 FMA builds.
enum TanhPieces {
    /// Below this |x| tanh x = x + x³·Q(x²) (piece 0).
    static let smallLimit: Float = 0.75

    /// |x| is held here: the first float at which c₀ + u·P(u) of the last piece rounds to 1
    /// (tanh(9.021311) = 1 − 2.8e-8 rounds to 1 too), so that the result stays 1 beyond it and
    /// the last piece never flickers between 1 and its float below.
    static let saturation: Float = 9.021_311

    /// The largest float of piece 7's binade half [6, 8): the piece index and origin are taken
    /// from |x| held here, so that [8, 9.02] stays in piece 7.
    static let lastPieceTop: Float = 7.999_999_5

    /// The mantissa bits of every piece's origin (see the file's notes).
    static let originMantissa: UInt32 = 0x27_0651

    /// Per lane, the piece of a magnitude m ∈ [0, saturation] (or NaN): 0 below 0.75, then
    /// 1 ... 7 for [0.75, 1), [1, 1.5), [1.5, 2), [2, 3), [3, 4), [4, 6), [6, 9.02].
    ///
    /// ```swift
    /// TanhPieces.piece(of: FloatVector(0.5, 0.75, 1, 1.5, 2, 3, 4, 9))   // (0, 1, 2, 3, 4, 5, 6, 7)
    /// ```
    @inline(__always)
    static func piece(of m: FloatVector) -> SIMD8<Int32> {
        let key = SIMD8<Int32>(truncatingIfNeeded: held(m).bits &>> 22) &- 252
        return key & ~(key &>> 31)   // negative keys (below 0.75) become 0
    }

    /// Per lane, the origin o of m's piece (pieces 1 ... 7; meaningless in piece 0).
    ///
    /// ```swift
    /// TanhPieces.origin(of: FloatVector(repeating: 1.2))   // 1.3048803 in every lane
    /// ```
    @inline(__always)
    static func origin(of m: FloatVector) -> FloatVector {
        FloatVector(bits: (held(m).bits & 0xFFC0_0000) | originMantissa)
    }

    /// m held to ``lastPieceTop`` (NaN stays NaN): what the piece and origin are read from.
    @inline(__always)
    private static func held(_ m: FloatVector) -> FloatVector {
        m.replacing(with: lastPieceTop, where: m .> lastPieceTop)
    }

    /// Lane i of the result is `table[index[i]]` (`vpermps`, index in 0 ... 7).
    @inline(__always)
    static func lookup(_ table: FloatVector, _ index: SIMD8<Int32>) -> FloatVector {
        _mm256_permutevar8x32_ps(table, unsafeBitCast(index, to: __m256i.self))
    }

    /// tanh(x) per lane, within 0.75 ULP (see the file's notes).
    ///
    /// ```swift
    /// TanhPieces.value(FloatVector(repeating: 1))   // 0.7615942 in every lane
    /// ```
    @inline(__always)
    static func value(_ x: FloatVector) -> FloatVector {
        // The coefficients, fitted by scripts/fit-tanh-pieces.py: entry i of each row belongs to
        // piece i. Piece 0 holds Q (lowest degree first); pieces 1 ... 7 hold c₀ and P.
        let c0 = FloatVector(0, 0.71748394, 0.8629742, 0.9473091, 0.9892384, 0.99853677, 0.99994147, 0.9999989)
        let p0 = FloatVector(-0.3333333, 0.4852168, 0.2552755, 0.102605514, 0.021407444, 0.0029243263,
                             0.00011703244, 2.1479566e-06)
        let p1 = FloatVector(0.13333246, -0.3481368, -0.22029501, -0.09719931, -0.021177156, -0.0029200518,
                             -0.00011701751, -2.1450742e-06)
        let p2 = FloatVector(-0.05395551, 0.088041686, 0.10501821, 0.057875462, 0.013812489, 0.0019411449,
                             7.840501e-05, 1.4059467e-06)
        let p3 = FloatVector(0.021781024, 0.053255055, -0.017265039, -0.022416731, -0.006603999, -0.0009648039,
                             -3.9167753e-05, -7.0291765e-07)
        let p4 = FloatVector(-0.008529918, -0.055377923, -0.014600716, 0.004265564, 0.00241664, 0.00037940603,
                             1.4417558e-05, 3.146445e-07)
        let p5 = FloatVector(0.0028767025, -0.008876105, 0.0144266, 0.0011877011, -0.00065320666, -0.0001252234,
                             -5.25071e-06, -1.1305231e-07)
        let p6 = FloatVector(-0.0005825063, -0.10519939, -0.0020598182, -0.0022483547, 5.89238e-05, 4.1369876e-05,
                             2.594282e-06, 1.9696502e-08)

        let magnitude = x.magnitude
        let m = magnitude.atMost(saturation)
        let index = piece(of: m)
        let small = m .< smallLimit
        let u = m - origin(of: m)          // exact
        let square = m * m
        let t = u.replacing(with: square, where: small)
        var p = lookup(p6, index)
        p = fma(p, t, lookup(p5, index))
        p = fma(p, t, lookup(p4, index))
        p = fma(p, t, lookup(p3, index))
        p = fma(p, t, lookup(p2, index))
        p = fma(p, t, lookup(p1, index))
        p = fma(p, t, lookup(p0, index))
        let factor = u.replacing(with: m * square, where: small)
        let addend = lookup(c0, index).replacing(with: m, where: small)
        let result = fma(factor, p, addend)   // tanh|x| ≥ +0: x's sign bit (x ^ |x|) flips it to tanh(x)
        return FloatVector(bits: result.bits ^ (x.bits ^ magnitude.bits))
    }
}
#endif
