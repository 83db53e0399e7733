/* Private to loader/: one ELF object (the program or its interpreter) from open to mapped.
 *
 *   struct elf_object o;
 *   int rc = elf_open(&o, path, 1, err, errlen);      // validates every header field it uses
 *   if (!rc) rc = elf_map(&o, bias, err, errlen);      // maps the PT_LOADs at vaddr + bias
 *   elf_close(&o);
 */
#ifndef ISOMORPH_LOADER_INTERNAL_H
#define ISOMORPH_LOADER_INTERNAL_H

#include <elf.h>
#include <stddef.h>
#include <stdint.h>
#include "../mem/mem.h"
#include "loader.h"

#define LOADER_EXIT_NOT_FOUND 127
#define LOADER_EXIT_CANNOT_RUN 126
#define LOADER_STACK_SIZE (8ull << 20)              /* the initial stack: Linux's default rlimit */
#define LOADER_STACK_LOW (MEM_STACK_TOP - LOADER_STACK_SIZE)
#define LOADER_MIN_ADDR 0x10000ull                  /* Linux's default vm.mmap_min_addr */

struct elf_object {
	const char *path;       /* as given, for messages and mapping names */
	int fd;                 /* host descriptor, -1 when closed */
	uint64_t size;          /* file size */
	Elf64_Ehdr eh;
	Elf64_Phdr *ph;         /* eh.e_phnum headers, malloc'd */
	char *interp;           /* PT_INTERP path (malloc'd) or NULL */
	int exec_stack;         /* PT_GNU_STACK has PF_X */
	uint64_t lo, hi;        /* page-aligned span of the PT_LOADs, before the bias */
	uint64_t phdr_vaddr;    /* where the program headers are in memory, before the bias */
	uint64_t bias;          /* set by elf_map */
};

/* Opens and validates path as a riscv64 ELF executable or shared object. Returns 0, or 126/127
 * with "path: reason" in err. check_exec: require execute permission as execve does. */
int elf_open(struct elf_object *o, const char *path, int check_exec, char *err, size_t errlen);
/* Maps o's PT_LOAD segments at their vaddr + bias and names them. 0, or 126 with err. */
int elf_map(struct elf_object *o, uint64_t bias, char *err, size_t errlen);
void elf_close(struct elf_object *o);

/* Maps the stack and lays out execfn, argv, envp and auxv as Linux does; fills
 * img->stack_pointer. 0, or 126 with err (argument list too long). */
int loader_build_stack(struct loader_image *img, const char *execfn, char *const argv[], char *const envp[],
		       char *err, size_t errlen);

/* "path: reason" into err; returns code. */
__attribute__((format(printf, 5, 6))) int loader_error(char *err, size_t errlen, int code, const char *path,
						       const char *fmt, ...);

#endif
