/* A store through a bad pointer is the guest's SIGSEGV, and the VM dies of it like the native
 * program does; earlier output is already out. */
#include <stdint.h>
#include <stdio.h>

int main(int argc, char **argv)
{
	(void)argv;
	printf("before the fault\n");
	fflush(stdout);
	volatile uintptr_t bad = 0x10 * (uintptr_t)argc; /* not constant: the compiler cannot see it */
	*(volatile int *)bad = 1;
	printf("not reached\n");
	return 0;
}
