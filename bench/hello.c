/* The start-up workload (bench/run --startup): as little as a C program does, so that its time is
 * the runner's own start-up and the C library's, static or dynamic. */
#include <stdio.h>

int main(void)
{
	puts("hello, world");
	return 0;
}
