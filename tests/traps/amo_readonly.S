/* An AMO on the program's own (read-only, executable) text: SIGSEGV at the amoswap, the word
 * unchanged (translated, a locked xchg that faults before it writes). */
.text; .globl _start
_start: lla a0, _start; li a1, 7
fault_here: amoswap.w a2, a1, (a0)
	li a0, 0; li a7, 93; ecall
