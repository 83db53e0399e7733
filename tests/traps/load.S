/* A load from an unmapped page in the middle of a block: SIGSEGV at that load, addr reported. */
.text; .globl _start
_start: li a0, 0x123458; li a1, 5; addi a1, a1, 1
fault_here: ld a2, 8(a0)
	addi a1, a1, 1; li a7, 93; ecall
