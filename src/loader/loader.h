/* The ELF loader: maps a riscv64 Linux executable (and its interpreter, later) into the guest
 * address space and builds the initial stack exactly as Linux's binfmt_elf does.
 *
 *   struct loader_image img;
 *   char err[256];
 *   int rc = loader_load(&img, path, argv, envp, err, sizeof err);
 *   if (rc) { fprintf(stderr, "isomorph: %s\n", err); exit(rc); }   // rc is 126 or 127
 *   cpu.pc = img.entry; cpu.x[ISA_REG_SP] = img.stack_pointer;
 */
#ifndef ISOMORPH_LOADER_LOADER_H
#define ISOMORPH_LOADER_LOADER_H

#include <stddef.h>
#include <stdint.h>

struct loader_image {
	uint64_t entry;         /* where the guest starts: the interpreter's entry, or the program's */
	uint64_t prog_entry;    /* the program's own entry (AT_ENTRY) */
	uint64_t load_bias;     /* added to the program's addresses (0 for ET_EXEC) */
	uint64_t phdr;          /* guest address of the program headers (AT_PHDR) */
	uint64_t phnum;
	uint64_t interp_base;   /* AT_BASE: the interpreter's load address, 0 when static */
	uint64_t brk_start;     /* first heap address */
	uint64_t stack_pointer; /* initial sp: points at argc */
	int exec_stack;         /* PT_GNU_STACK asked for an executable stack */
};

/* Loads the program at path (argv[0] is the guest's argv[0]; envp its environment), maps it,
 * sets the heap start (mem_brk_init) and builds the initial stack.
 * Returns 0, or the exit status a shell would give (127: not found; 126: found but cannot be run:
 * a directory, no permission, not an ELF, wrong machine/class, truncated or corrupt) with one line
 * naming the problem in err (no trailing newline, prefixed with the path). */
int loader_load(struct loader_image *img, const char *path, char *const argv[], char *const envp[],
		char *err, size_t errlen);

/* The directory PT_INTERP paths are looked up in (-L): "" or NULL for the host's root. */
void loader_set_sysroot(const char *dir);

#endif
