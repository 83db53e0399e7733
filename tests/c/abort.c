/* A guest that dies of a signal must kill the VM with the same signal: abort() raises SIGABRT,
 * after output is flushed. The runner compares the exit status with the native program's. */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
	printf("about to abort\n");
	fflush(stdout);
	abort();
}
