/* Every RV64C instruction, written with its c. mnemonic so the assembler must emit the 16-bit
 * form (objdump of the binary shows them 2 bytes long): loads/stores (incl. sp-relative and FP),
 * immediates with their sign and scaling edges, register ops, jumps and branches. c.ebreak is left
 * to the trap tests, since it ends the program. */
#include "test.h"
	.data
	.balign 16
buf:	.dword 0x8000000180000002, 0x7ffffffffffffff0
	.text
TEST_BEGIN
	la s0, buf
	/* c.lw sign-extends, c.ld, with scaled offsets */
	c.lw a0, 0(s0)
	CHECK(1, a0, 0xffffffff80000002)
	c.lw a0, 4(s0)
	CHECK(2, a0, 0xffffffff80000001)
	c.ld a0, 8(s0)
	CHECK(3, a0, 0x7ffffffffffffff0)
	/* c.sw stores 32 bits, c.sd 64 */
	li a1, -1
	c.sd a1, 8(s0)
	li a2, 0x12345678
	c.sw a2, 12(s0)
	ld a0, 8(s0)
	CHECK(4, a0, 0x12345678ffffffff)
	/* c.fld / c.fsd */
	c.fld fa0, 0(s0)
	c.fsd fa0, 8(s0)
	ld a0, 8(s0)
	CHECK(5, a0, 0x8000000180000002)

	/* sp-relative: c.addi16sp, c.addi4spn, c.sdsp/c.ldsp, c.swsp/c.lwsp, c.fsdsp/c.fldsp */
	mv s1, sp
	c.addi16sp sp, -64
	sub a0, s1, sp
	CHECK(6, a0, 64)
	c.addi4spn a0, sp, 16
	sub a0, a0, sp
	CHECK(7, a0, 16)
	li a1, 0xfedcba9876543210
	c.sdsp a1, 8(sp)
	c.ldsp a2, 8(sp)
	CHECK(8, a2, 0xfedcba9876543210)
	c.swsp a1, 16(sp)
	c.lwsp a3, 16(sp)
	CHECK(9, a3, 0x76543210)
	li a1, 0x89abcdef
	c.swsp a1, 20(sp)
	c.lwsp a3, 20(sp)
	CHECK(10, a3, 0xffffffff89abcdef)
	c.fldsp fa1, 8(sp)
	c.fsdsp fa1, 24(sp)
	ld a0, 24(sp)
	CHECK(11, a0, 0xfedcba9876543210)
	c.addi16sp sp, 496
	c.addi16sp sp, -432
	sub a0, s1, sp
	CHECK(12, a0, 0)

	/* immediates: c.li, c.lui (sign-extended from bit 17), c.addi, c.addiw, c.nop */
	c.li a0, -32
	CHECK(13, a0, -32)
	c.li a0, 31
	CHECK(14, a0, 31)
	c.lui a0, 1
	CHECK(15, a0, 0x1000)
	c.lui a0, 0x1f
	CHECK(16, a0, 0x1f000)
	c.lui a0, 0xfffe0
	CHECK(17, a0, 0xfffffffffffe0000)
	c.li a0, 5
	c.addi a0, -6
	CHECK(18, a0, -1)
	c.addi a0, 31
	CHECK(19, a0, 30)
	c.nop
	li a0, 0x7fffffff
	c.addiw a0, 1
	CHECK(20, a0, 0xffffffff80000000)
	li a0, 0x100000005
	c.addiw a0, 0            /* sext.w */
	CHECK(21, a0, 5)

	/* shifts and c.andi */
	li a0, 0x8000000000000001
	c.srli a0, 63
	CHECK(22, a0, 1)
	li a0, 0x8000000000000000
	c.srai a0, 63
	CHECK(23, a0, -1)
	li a0, 0x8000000000000000
	c.srai a0, 1
	CHECK(24, a0, 0xc000000000000000)
	li a0, 3
	c.slli a0, 63
	CHECK(25, a0, 0x8000000000000000)
	li a0, 0x1234
	c.slli a0, 32
	CHECK(26, a0, 0x123400000000)
	li a0, -1
	c.andi a0, -32
	CHECK(27, a0, -32)
	li a0, 0xff
	c.andi a0, 0x1f
	CHECK(28, a0, 0x1f)

	/* register-register */
	li a0, 10
	li a1, 3
	c.sub a0, a1
	CHECK(29, a0, 7)
	c.xor a0, a1
	CHECK(30, a0, 4)
	c.or a0, a1
	CHECK(31, a0, 7)
	c.and a0, a1
	CHECK(32, a0, 3)
	li a0, 0x80000000
	li a1, 1
	c.subw a0, a1
	CHECK(33, a0, 0x7fffffff)
	c.addw a0, a1
	CHECK(34, a0, 0xffffffff80000000)
	li a2, 0x1122334455667788
	c.mv a3, a2
	CHECK(35, a3, 0x1122334455667788)
	li t0, 8
	c.add t0, a2
	CHECK(36, t0, 0x1122334455667790)

	/* c.j forward and back, c.beqz / c.bnez taken and not */
	c.j 2f
	FAIL(37)
3:	c.j 4f
2:	c.j 3b
4:	li a0, 0
	c.beqz a0, 2f
	FAIL(38)
2:	c.bnez a0, 3f
	c.j 4f
3:	FAIL(39)
4:	li a0, 0x100000000      /* nonzero only above bit 31 */
	c.bnez a0, 2f
	FAIL(40)
2:	c.beqz a0, 3f
	c.j 4f
3:	FAIL(41)
4:	li a0, 5                 /* a compressed loop */
	li a1, 0
5:	c.addi a1, 2
	c.addi a0, -1
	c.bnez a0, 5b
	CHECK(42, a1, 10)

	/* c.jr, c.jalr (link is pc + 2) */
	la a1, 2f
	c.jr a1
	FAIL(43)
2:	la a1, 2f
	c.jalr a1
3:	FAIL(44)
2:	la a2, 3b
	sub a0, ra, a2
	CHECK(45, a0, 0)
	TEST_END
