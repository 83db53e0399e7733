/* An AMO must be naturally aligned: SIGBUS at the amoadd. */
.text; .globl _start
_start: addi sp, sp, -16; addi a0, sp, 1; li a1, 1
fault_here: amoadd.w a2, a1, (a0)
	li a0, 0; li a7, 93; ecall
