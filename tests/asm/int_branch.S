/* RV64I control transfer: every branch taken and not taken with signed/unsigned edge values,
 * backward loops, jal and jalr link values, jalr with an offset, an odd target (bit 0 cleared) and
 * rd equal to rs1. Uncompressed encodings throughout (compressed.S covers c.j, c.beqz, ...). */
#include "test.h"
	.option norvc
/* TAKEN(n, op, a, b): "op a, b" must branch; NOT_TAKEN must not. */
#define TAKEN(n, op, a, b) li a1, a; li a2, b; op a1, a2, 2f; FAIL(n) 2:
#define NOT_TAKEN(n, op, a, b) li a1, a; li a2, b; op a1, a2, 2f; j 3f; 2: FAIL(n) 3:
#define MIN 0x8000000000000000
#define MAX 0x7fffffffffffffff
TEST_BEGIN
	TAKEN(1, beq, 0, 0)
	TAKEN(2, beq, -1, -1)
	TAKEN(3, beq, MIN, MIN)
	NOT_TAKEN(4, beq, 0, 1)
	NOT_TAKEN(5, beq, 0x100000000, 0)        /* differ only above bit 31 */
	NOT_TAKEN(6, beq, MIN, 0)

	TAKEN(10, bne, 0, 1)
	TAKEN(11, bne, 0x100000000, 0)
	TAKEN(12, bne, MIN, MAX)
	NOT_TAKEN(13, bne, -1, -1)
	NOT_TAKEN(14, bne, 0, 0)

	TAKEN(20, blt, -1, 0)
	TAKEN(21, blt, MIN, MAX)
	TAKEN(22, blt, MIN, -1)
	TAKEN(23, blt, 0, 1)
	TAKEN(24, blt, 0xffffffff80000000, 0x7fffffff)
	NOT_TAKEN(25, blt, 0, 0)
	NOT_TAKEN(26, blt, 0, -1)
	NOT_TAKEN(27, blt, MAX, MIN)
	NOT_TAKEN(28, blt, 1, 1)
	NOT_TAKEN(29, blt, 0x80000000, 0x7fffffff)

	TAKEN(30, bge, 0, 0)
	TAKEN(31, bge, 0, -1)
	TAKEN(32, bge, MAX, MIN)
	TAKEN(33, bge, -1, -1)
	TAKEN(34, bge, 0x80000000, 0x7fffffff)
	NOT_TAKEN(35, bge, -1, 0)
	NOT_TAKEN(36, bge, MIN, MAX)
	NOT_TAKEN(37, bge, MIN, -1)

	TAKEN(40, bltu, 0, 1)
	TAKEN(41, bltu, 0, -1)
	TAKEN(42, bltu, MAX, MIN)
	TAKEN(43, bltu, 0x7fffffff, 0x80000000)
	TAKEN(44, bltu, 0xfffffffffffffffe, -1)
	NOT_TAKEN(45, bltu, -1, 0)
	NOT_TAKEN(46, bltu, MIN, MAX)
	NOT_TAKEN(47, bltu, 5, 5)
	NOT_TAKEN(48, bltu, 0x100000000, 0xffffffff)

	TAKEN(50, bgeu, 0, 0)
	TAKEN(51, bgeu, -1, 0)
	TAKEN(52, bgeu, MIN, MAX)
	TAKEN(53, bgeu, -1, -1)
	TAKEN(54, bgeu, 0x100000000, 0xffffffff)
	NOT_TAKEN(55, bgeu, 0, 1)
	NOT_TAKEN(56, bgeu, MAX, MIN)
	NOT_TAKEN(57, bgeu, 0, -1)

	/* x0 as an operand, and one register against itself */
	li a1, -5
	bltz a1, 2f
	FAIL(1)
2:	bgez a1, 3f
	j 4f
3:	FAIL(2)
4:	beq a1, a1, 5f
	FAIL(3)
5:	bne zero, zero, 6f
	j 7f
6:	FAIL(4)
7:
	/* a backward branch loop: 1000 iterations */
	li a0, 1000
	li a1, 0
8:	addi a1, a1, 3
	addi a0, a0, -1
	bnez a0, 8b
	CHECK(5, a1, 3000)

	/* jal: rd gets the address after the jal */
	jal a0, 2f
3:	FAIL(6)
2:	la a1, 3b
	sub a0, a0, a1
	CHECK(7, a0, 0)
	/* jal with rd = x0 (j) writes nothing */
	j 2f
	FAIL(8)
2:	CHECK(9, zero, 0)
	/* a backward jal */
	j 4f
5:	jal a2, 6f
	FAIL(10)
4:	j 5b
6:	la a1, 5b
	addi a1, a1, 4
	sub a2, a2, a1
	CHECK(11, a2, 0)

	/* jalr: target = rs1 + imm with bit 0 cleared, rd = address after the jalr */
	la a1, 2f
	jalr a0, 0(a1)
3:	FAIL(12)
2:	la a2, 3b
	sub a0, a0, a2
	CHECK(13, a0, 0)
	/* positive and negative offsets */
	la a1, 2f
	addi a1, a1, -16
	jalr a0, 16(a1)
	FAIL(14)
2:	la a1, 2f
	addi a1, a1, 100
	jalr a0, -100(a1)
	FAIL(15)
2:	/* odd target: bit 0 is dropped */
	la a1, 2f
	addi a1, a1, 1
	jalr a0, 0(a1)
	FAIL(16)
2:	la a1, 2f
	jalr a0, 1(a1)
	FAIL(17)
2:	/* rd = rs1: the target comes from the old value */
	la a1, 2f
	jalr a1, 0(a1)
3:	FAIL(18)
2:	la a2, 3b
	sub a1, a1, a2
	CHECK(19, a1, 0)
	/* a call and return through ra, twice (the second reuses any cached target) */
	li s1, 0
	call 5f
	call 5f
	CHECK(20, s1, 2)
	/* an indirect jump whose target changes each time */
	la s2, 6f
	la s3, 7f
	li s4, 0
	li s5, 4
9:	andi t0, s5, 1
	mv t1, s2
	beqz t0, 2f
	mv t1, s3
2:	jalr t1
	addi s5, s5, -1
	bnez s5, 9b
	CHECK(21, s4, 0x0202)
	TEST_END

5:	addi s1, s1, 1
	ret
6:	addi s4, s4, 1
	ret
7:	addi s4, s4, 0x100
	ret
