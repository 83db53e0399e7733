/* Self-checking assembly tests: no libc, _start, exit status 0 when every check passes, else the
 * number of the first failing check. Each test runs under every engine and qemu-riscv64, and the
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
#define TEST_END   li a0, 0; li a7, 93; ecall;
#define FAIL(n)    li a0, n; li a7, 93; ecall;
/* Exit with n unless register reg holds the 64-bit value val. */
#define CHECK(n, reg, val) li t6, val; beq reg, t6, 1f; FAIL(n) 1:
/* Exit with n unless the accrued FP flags equal flags; clears them. */
#define CHECK_FLAGS(n, flags) frflags t5; fsflags zero; li t6, flags; beq t5, t6, 1f; FAIL(n) 1:
/* Exit with n unless FP register freg holds the raw 64-bit pattern val. */
#define CHECK_F(n, freg, val) fmv.x.d t5, freg; li t6, val; beq t5, t6, 1f; FAIL(n) 1:
