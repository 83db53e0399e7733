/* qemu-riscv64 7.2 bug, found by tests/fuzz-isa (seed 7, program 43, segment 0 with
 * ISAGEN_QEMU_BUGS=1, reduced by tests/fuzz-isa/reduce to this one instruction).
 *
 * ctzw counts the trailing zeros of the low word of rs1 only. The Zbb spec (ctzw): "counts the
 * number of 0's before the first 1, starting at the least-significant bit and going up to bit 31;
 * if bits 31..0 are all zero the result is 32". isomorph gives 32 here; qemu 7.2 goes on counting
 * into the upper word and gives 51. (With rs1 = 0 qemu gives 32, as the spec says.)
 *
 * The exit status is ctzw's result:
 *   riscv64-linux-gnu-gcc -nostdlib -static -march=rv64gc_zbb -o ctzw qemu-ctzw.S
 *   build/isomorph ./ctzw; echo $?      # 32
 *   qemu-riscv64 ./ctzw; echo $?        # 51
 * The generator steers around it: ctzw's operand is always sign-extended from its low word first
 * (isagen.c, gen_op), so a zero low word means a zero register.
 */
	.globl _start
_start:
	li	s6, 0xfff8000000000000
	ctzw	a0, s6
	li	a7, 93
	ecall
