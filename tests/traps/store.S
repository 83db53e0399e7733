/* A store to the program's own (read-only, executable) text: SIGSEGV at the store. */
.text; .globl _start
_start: lla a0, _start; li a1, 7
fault_here: sw a1, 0(a0)
	li a0, 0; li a7, 93; ecall
