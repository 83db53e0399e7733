/* reference: qemu (with -L: opens of absolute paths that exist in the sysroot get the sysroot's
 * file). The guest reads its own C library's ELF header by absolute path and reports the machine:
 * riscv64 (243) only if the path went to the sysroot, as under qemu-riscv64 -L. Paths the sysroot
 * does not have (/etc/hostname's directory, /tmp) stay the host's. */
#include <elf.h>
#include <stdio.h>
#include <sys/stat.h>

int main(void)
{
	const char *paths[] = { "/lib/libc.so.6", "/lib/ld-linux-riscv64-lp64d.so.1" };
	for (int i = 0; i < 2; i++) {
		FILE *f = fopen(paths[i], "rb");
		Elf64_Ehdr eh;
		if (!f || fread(&eh, sizeof eh, 1, f) != 1) {
			printf("%s: cannot read\n", paths[i]);
			return 1;
		}
		fclose(f);
		printf("%s: e_machine %d\n", paths[i], eh.e_machine);
	}
	struct stat st;
	printf("/tmp is a directory: %d\n", stat("/tmp", &st) == 0 && S_ISDIR(st.st_mode));
	printf("/ is a directory: %d\n", stat("/", &st) == 0 && S_ISDIR(st.st_mode));
	return 0;
}
