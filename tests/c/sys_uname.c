/* reference: qemu
 * uname as a riscv64 guest sees it: the machine is riscv64 whatever the host is. */
#include <stdio.h>
#include <sys/utsname.h>

int main(void)
{
	struct utsname u;
	if (uname(&u) != 0) return 1;
	printf("%s %s\n", u.sysname, u.machine);
	return 0;
}
