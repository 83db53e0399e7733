/* The valid program the bad-input suite truncates and corrupts (tests/bad/suite.sh). */
#include <stdio.h>

int main(void)
{
	puts("hello");
	return 0;
}
