/* Self-checking assembly tests: no libc, _start, exit status 0 when every check passes; otherwise
 * the first failing check prints "FAIL check N" and the test exits with status 1. Each test runs under every engine and qemu-riscv64, and the
 * exit status and output must agree.
 *
 *   #include "test.h"
 *   TEST_BEGIN
 *     li a0, 1; addi a1, a0, 2
 *     CHECK(1, a1, 3)
 *   TEST_END
 *
 * t5 and t6 are scratch for the macros: do not keep values in them across a CHECK.
 */
#define TEST_BEGIN .text; .globl _start; _start:
#define TEST_END   li a0, 0; li a7, 93; ecall; TEST_FAIL_ROUTINE
#define FAIL(n)    li a0, n; j test_fail;
/* test_fail: a0 holds the failing check's number; prints it in decimal and exits 1. */
#define TEST_FAIL_ROUTINE \
	.section .rodata; test_fail_text: .ascii "FAIL check "; \
	.section .bss; test_fail_digits: .space 24; .text; \
	.option push; .option norelax; /* gp is not set up without a C runtime */ \
	test_fail: mv s11, a0; lla s10, test_fail_digits + 23; li t1, '\n'; sb t1, 0(s10); li t1, 10; \
	2: addi s10, s10, -1; remu t2, s11, t1; addi t2, t2, '0'; sb t2, 0(s10); divu s11, s11, t1; bnez s11, 2b; \
	li a0, 1; lla a1, test_fail_text; li a2, 11; li a7, 64; ecall; \
	li a0, 1; mv a1, s10; lla a2, test_fail_digits + 24; sub a2, a2, s10; li a7, 64; ecall; \
	li a0, 1; li a7, 93; ecall; .option pop;
/* Exit with n unless register reg holds the 64-bit value val. */
#define CHECK(n, reg, val) li t6, val; beq reg, t6, 1f; FAIL(n) 1:
/* Exit with n unless the accrued FP flags equal flags; clears them. */
#define CHECK_FLAGS(n, flags) frflags t5; fsflags zero; li t6, flags; beq t5, t6, 1f; FAIL(n) 1:
/* Exit with n unless FP register freg holds the raw 64-bit pattern val. */
#define CHECK_F(n, freg, val) fmv.x.d t5, freg; li t6, val; beq t5, t6, 1f; FAIL(n) 1:
