/* A fault inside hot, chained translated code: a loop sums a buffer word by word with its
 * registers pinned, then walks off the end of the mapped pages. The fault line (pc, address) must
 * be the threaded engine's; under --lockstep=dbt the registers at the fault are compared too. */
	.text
	.globl _start
_start:
	lla a0, buf
	li a1, 0
	li s0, 0
loop:
	ld a2, 0(a0)
	add a1, a1, a2
	addi a0, a0, 8
	addi s0, s0, 1
	andi a3, s0, 7
	bnez a3, loop
	j loop
	.bss
	.balign 4096
buf:
	.space 8192
