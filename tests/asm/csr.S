/* Zicsr on the user CSRs: fflags, frm and fcsr (reads, writes, set/clear, immediate forms, field
 * masking, the views agreeing with each other), and the read-only counters: time and cycle never go
 * back, instret grows across a loop. */
#include "test.h"
TEST_BEGIN
	/* start from a clean fcsr */
	csrw fcsr, zero
	frcsr a0
	CHECK(1, a0, 0)
	/* frm: swap returns the old value; fcsr shows it in bits 7..5 */
	li a1, 3
	fsrm a0, a1
	CHECK(2, a0, 0)
	frrm a0
	CHECK(3, a0, 3)
	frcsr a0
	CHECK(4, a0, 0x60)
	/* fflags: written through fsflags, seen in fcsr bits 4..0 */
	li a1, 0x1f
	fsflags a0, a1
	CHECK(5, a0, 0)
	frflags a0
	CHECK(6, a0, 0x1f)
	frcsr a0
	CHECK(7, a0, 0x7f)
	/* writes keep only the field's bits */
	li a1, 0xffffffe0
	fsflags a1
	frflags a0
	CHECK(8, a0, 0)
	li a1, 0xfffffffc
	fsrm a1
	frrm a0
	CHECK(9, a0, 4)
	li a1, 0xfffff0a5
	fscsr a0, a1             /* a0 = old fcsr: frm 4, flags 0 */
	CHECK(10, a0, 0x80)
	frcsr a0
	CHECK(11, a0, 0xa5)
	frrm a0
	CHECK(12, a0, 5)
	frflags a0
	CHECK(13, a0, 5)
	/* csrrs / csrrc with registers */
	li a1, 0x0a
	csrrs a0, fflags, a1
	CHECK(14, a0, 0x05)
	frflags a0
	CHECK(15, a0, 0x0f)
	li a1, 0x03
	csrrc a0, fflags, a1
	CHECK(16, a0, 0x0f)
	frflags a0
	CHECK(17, a0, 0x0c)
	/* rs1 = x0: a pure read */
	csrrs a0, fflags, zero
	CHECK(18, a0, 0x0c)
	csrrc a0, fcsr, zero
	CHECK(19, a0, 0xac)
	/* immediate forms */
	csrrwi a0, frm, 1
	CHECK(20, a0, 5)
	csrrsi a0, frm, 2
	CHECK(21, a0, 1)
	frrm a0
	CHECK(22, a0, 3)
	csrrci a0, frm, 1
	CHECK(23, a0, 3)
	frrm a0
	CHECK(24, a0, 2)
	csrrwi a0, fflags, 0x1f
	CHECK(25, a0, 0x0c)
	csrrci a0, fflags, 0x10
	CHECK(26, a0, 0x1f)
	csrrsi a0, fflags, 0
	CHECK(27, a0, 0x0f)
	frcsr a0
	CHECK(28, a0, 0x4f)
	/* rd = x0 writes without reading back into a register */
	csrrw zero, fcsr, zero
	frcsr a0
	CHECK(29, a0, 0)
	/* csrrw with rd = rs1: the old value goes to rd, the write uses rs1's old value */
	li a0, 0x21
	csrrw a0, fcsr, a0
	CHECK(30, a0, 0)
	frcsr a0
	CHECK(31, a0, 0x21)
	csrw fcsr, zero

	/* time: never goes back, and moves over a long loop */
	rdtime s0
	rdtime s1
	bgeu s1, s0, 2f
	FAIL(32)
2:	li a0, 2000000
3:	addi a0, a0, -1
	bnez a0, 3b
	rdtime s2
	bltu s1, s2, 2f
	FAIL(33)
2:	/* cycle: never goes back */
	rdcycle s0
	rdcycle s1
	bgeu s1, s0, 2f
	FAIL(34)
2:	/* instret: grows by at least the 3000 instructions of a loop (qemu-riscv64 counts host
	 * ticks here, so there is no upper bound to check) */
	rdinstret s0
	li a0, 1000
3:	addi a0, a0, -1
	nop
	bnez a0, 3b
	rdinstret s1
	sub a0, s1, s0
	li a1, 3000
	bgeu a0, a1, 2f
	FAIL(35)
2:	/* the counters are read-only but readable with csrrs/csrrc rs1 = x0 */
	csrrs a0, instret, zero
	csrrc a0, cycle, zero
	csrrsi a0, time, 0
	TEST_END
