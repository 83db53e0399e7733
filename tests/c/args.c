/* test-args: alpha beta -x --flag=1 -- last */
/* The guest's argv is the program's own: options after PROG belong to the guest, not to the VM,
 * and argv/envp/auxv sit where the ABI says (16-byte aligned stack, envp after argv's NULL). */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>

extern char **environ;

int main(int argc, char **argv)
{
	printf("argc=%d\n", argc);
	for (int i = 1; i < argc; i++) printf("argv[%d]=%s\n", i, argv[i]);
	printf("argv[argc] is NULL: %d\n", argv[argc] == NULL);
	printf("environ follows argv: %d\n", environ == argv + argc + 1);
	printf("page size %lu, secure %lu\n", getauxval(AT_PAGESZ), getauxval(AT_SECURE));
	const unsigned char *random = (const unsigned char *)getauxval(AT_RANDOM);
	printf("AT_RANDOM present: %d\n", random != NULL);
	printf("AT_EXECFN names the program: %d\n",
	       getauxval(AT_EXECFN) && strstr((const char *)getauxval(AT_EXECFN), "args") != NULL);
	return 0;
}
