/* A jump into the (non-executable) stack: SIGSEGV with the fault at the target pc. */
.text; .globl _start
_start: addi sp, sp, -16; sw zero, 0(sp); mv t0, sp
fault_here: jr t0
	li a0, 0; li a7, 93; ecall
