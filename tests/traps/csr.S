/* A write to a read-only CSR (cycle) is illegal even though reading it is not. */
.text; .globl _start
_start: rdcycle a1
fault_here: csrw cycle, a1
	li a0, 0; li a7, 93; ecall
