/* An AMO past the top of the guest address space (aligned, so not SIGBUS): SIGSEGV at the
 * amoadd (translated, the out-of-range path of a locked xadd). */
.text; .globl _start
_start: li a0, 1; slli a0, a0, 45; li a1, 7
fault_here: amoadd.d a2, a1, (a0)
	li a0, 0; li a7, 93; ecall
