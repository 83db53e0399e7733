/* Fused multiply-adds whose destination is one of their multiplicands (fmadd.d f1, f1, f2, f3),
 * fed by the values translated code keeps as the host made them: a NaN an add left with its
 * payload (RISC-V's is the canonical one, made only when something sees the bits), an addend NaN
 * beside an inexact product (no flag may stay), inf * 0 + qNaN (invalid, which x86 need not
 * raise), a signaling multiplicand, an overflow. Expected bits and flags by the F/D chapters of
 * the unprivileged spec; the same under qemu-riscv64 (tests/run.sh runs both). */
#include "test.h"

#define D(freg, bits) li t0, bits; fmv.d.x freg, t0
#define QNAN_PAYLOAD 0x7ff8000000001234
#define CANONICAL_D 0x7ff8000000000000
#define CANONICAL_S 0xffffffff7fc00000
/* checks n and n + 1: freg's bits, then the flags (cleared) */
#define EXPECT(n, freg, bits, flags) CHECK_F(n, freg, bits) CHECK_FLAGS(n + 1, flags)

TEST_BEGIN
	fsflags zero
	D(f9, 0x3ff0000000000000) /* 1.0 */
	/* a NaN with a payload through an add, then in place as the first multiplicand */
	D(f1, QNAN_PAYLOAD); D(f2, 0x4000000000000000); D(f3, 0x3ff0000000000000)
	fadd.d f1, f1, f9
	fmadd.d f1, f1, f2, f3
	EXPECT(1, f1, CANONICAL_D, 0)
	/* a product made just before, in place as the second multiplicand: -(1 * 6) + 1 */
	D(f5, 0x4008000000000000); D(f6, 0x4000000000000000); D(f8, 0x3ff0000000000000)
	fmul.d f4, f5, f6
	fnmsub.d f4, f9, f4, f8
	EXPECT(3, f4, 0xc014000000000000, 0)
	/* inf * 0 + qNaN in place: invalid */
	D(f1, 0x7ff0000000000000); D(f2, 0); D(f3, CANONICAL_D)
	fmadd.d f1, f1, f2, f3
	EXPECT(5, f1, CANONICAL_D, 0x10)
	/* the same with the addend the host's NaN and the zero the destination */
	D(f1, 0x7ff0000000000000); D(f2, 0); D(f3, QNAN_PAYLOAD)
	fadd.d f3, f3, f9
	fmsub.d f2, f1, f2, f3
	EXPECT(7, f2, CANONICAL_D, 0x10)
	/* a signaling NaN multiplicand in place: invalid */
	D(f1, 0x7ff0000000000001); D(f2, 0x4000000000000000); D(f3, 0x3ff0000000000000)
	fnmadd.d f1, f1, f2, f3
	EXPECT(9, f1, CANONICAL_D, 0x10)
	/* a NaN addend beside an inexact product (0.1 * 3): no flag at all */
	D(f1, 0x3fb999999999999a); D(f2, 0x4008000000000000); D(f3, QNAN_PAYLOAD)
	fadd.d f3, f3, f9
	fmadd.d f2, f1, f2, f3
	EXPECT(11, f2, CANONICAL_D, 0)
	/* an overflow in place: 1e300 * 1e300 + 0 */
	D(f1, 0x7e37e43c8800759c); D(f2, 0x7e37e43c8800759c); D(f3, 0)
	fmadd.d f2, f1, f2, f3
	EXPECT(13, f2, 0x7ff0000000000000, 0x05)
	/* destination, first multiplicand and addend one register: 2 * 3 + 2 */
	D(f1, 0x4000000000000000); D(f2, 0x4008000000000000)
	fmadd.d f1, f1, f2, f1
	EXPECT(15, f1, 0x4020000000000000, 0)
	/* single: a payload NaN through an add, in place */
	D(f1, 0xffffffff7fc01234); D(f2, 0xffffffff40000000); D(f3, 0xffffffff3f800000); D(f7, 0xffffffff3f800000)
	fadd.s f1, f1, f7
	fmadd.s f1, f1, f2, f3
	EXPECT(17, f1, CANONICAL_S, 0)
	/* single: inf * 0 + qNaN, the zero the destination */
	D(f1, 0xffffffff7f800000); D(f2, 0xffffffff00000000); D(f3, CANONICAL_S)
	fmadd.s f2, f1, f2, f3
	EXPECT(19, f2, CANONICAL_S, 0x10)
	/* single: an exact product in place, 1.5 * 2 - 0.5 */
	D(f1, 0xffffffff3fc00000); D(f2, 0xffffffff40000000); D(f3, 0xffffffff3f000000)
	fmsub.s f1, f1, f2, f3
	EXPECT(21, f1, 0xffffffff40200000, 0)
	/* the same instructions again in a loop: hot enough for --engine=auto to translate them */
	li s0, 40
1:	D(f1, QNAN_PAYLOAD); D(f2, 0x3fb999999999999a); D(f3, 0x4008000000000000)
	fadd.d f1, f1, f9
	fmadd.d f2, f2, f3, f1
	fmv.x.d s1, f2
	li t1, CANONICAL_D
	bne s1, t1, 2f
	D(f4, 0x4008000000000000); D(f5, 0x4000000000000000)
	fmul.d f4, f4, f5
	fnmsub.d f4, f9, f4, f9
	fmv.x.d s2, f4
	li t1, 0xc014000000000000
	bne s2, t1, 3f
	addi s0, s0, -1
	bnez s0, 1b
	CHECK_FLAGS(23, 0)
	TEST_END
2:	FAIL(24)
3:	FAIL(25)
