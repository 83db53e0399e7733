/* A store far above any mapping (and above the guest address space's end): SIGSEGV, never a
 * write into the VM. */
.text; .globl _start
_start: li a0, -4096; li a1, 7
fault_here: sd a1, 0(a0)
	li a0, 0; li a7, 93; ecall
