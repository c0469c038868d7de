import Testing
import TinyTorch

@Suite("SiLU")
struct SiLUTests {
    @Test("x·σ(x): the example, zero and the minimum")
    func values() {
        let y = SiLU()(Tensor([-1, 0, 1]))
        #expect(y == Tensor([-0.26894143, 0, 0.7310586]))
        #expect(silu(Tensor([-1.2784645])).data[0] == SiLU().value(at: -1.2784645))
        #expect(SiLU().value(at: -1.2784645) > -0.27847 && SiLU().value(at: -1.2784645) < -0.27846)
    }

    @Test("keeps its negative tail and the limits in both tiers")
    func tails() {
        for tier in Precision.allCases {
            let y = SiLU(precision: tier)(Tensor([-100, -1000, -.infinity, .infinity, .nan, -0.0])).data
            #expect(y[0] < 0 && y[0] > -4e-42, "\(tier): \(y[0])")   // −3.7835e-42, a subnormal
            #expect(y[1] == 0 && y[2] == 0 && y[2].sign == .minus, "\(tier)")
            #expect(y[3] == .infinity && y[4].isNaN && y[5].bitPattern == (-0.0 as Float).bitPattern, "\(tier)")
        }
        #expect(SiLU().value(at: -100).bitPattern == SiLU()(Tensor([-100])).data[0].bitPattern)
    }

    @Test("the derivative is ½ at 0, tends to 1 and 0, and crosses 0 near −1.28")
    func derivative() {
        let g = SiLU().backward(Tensor([0, 40, -40, -1.2, -1.4, .infinity, -.infinity]), gradOutput: Tensor.ones(shape: [7])).data
        #expect(g[0] == 0.5 && g[1] == 1)
        #expect(g[2] < 0 && g[2] > -1e-15)
        #expect(g[3] > 0 && g[4] < 0)
        #expect(g[5] == 1 && g[6] == 0)
    }
}
