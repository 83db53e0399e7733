/* ebreak: SIGTRAP at the ebreak (the compressed form, c.ebreak, here). */
.text; .globl _start
_start: li a0, 0
fault_here: ebreak
	li a7, 93; ecall
