/* libFuzzer target: arbitrary bytes as the program file given to the ELF loader (src/loader/).
 *
 * Each input is written to a memfd, loaded in-process with loader_load through /proc/self/fd/N,
 * and the guest address space is emptied again (mem_munmap of all of it) before the next input.
 * A PT_INTERP is looked up in a private sysroot made at start-up: /lib/ld.so there is a small
 * valid ET_DYN interpreter written by this file, /lib/ld-exec.so the same as ET_EXEC,
 * /lib/ld-linux-riscv64-lp64d.so.1 a link to the real one when the cross toolchain has it (so
 * inputs reach the interpreter's loading too), and /lib/fifo a FIFO (opening it for reading
 * would block: the loader must refuse it unopened).
 *
 * Invariants checked, aborting on the first one broken:
 *   - the result is 0, or 126 with a non-empty, single-line, printable message that starts with
 *     the path of the program or of its interpreter, then ": " (no input can make an existing
 *     file "not found");
 *   - while the loader runs, every host mmap, mprotect, munmap and mremap it makes lies inside the
 *     guest region (the calls are wrapped at link time: -Wl,--wrap=mmap ...), and every mmap is
 *     MAP_FIXED there, so the loader can never place anything outside the guest region;
 *   - after a successful load: the entry and the program's own entry are on mapped guest pages
 *     (not necessarily executable ones: a later segment sharing the page sets its protection, as
 *     on Linux); the stack pointer is 16-byte aligned on a writable page of the stack; the heap start is
 *     page-aligned and below the stack; nothing is mapped below the lowest mappable address.
 * Crashes and sanitizer reports are libFuzzer's to catch.
 *
 *   make fuzz                                           # builds $BUILD/fuzz/loader_fuzz and runs it
 *   build/fuzz/loader_fuzz -dict=tests/fuzz/loader.dict tests/fuzz/corpus/loader
 */
#define _GNU_SOURCE
#include <elf.h>
#include <ftw.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#include "loader/loader.h"
#include "mem/mem.h"

#define EXIT_CANNOT_RUN 126
#define STACK_SIZE (8ull << 20)   /* the loader's initial stack (loader/internal.h) */
#define MIN_ADDR 0x10000ull       /* the loader's lowest address (loader/internal.h) */
#define REAL_INTERP "/usr/riscv64-linux-gnu/lib/ld-linux-riscv64-lp64d.so.1"


static int fd = -1;
static char path[64];
static char sysroot[64];
static char fifo[96];   /* the sysroot's FIFO */
static int guarding; /* 1 while loader_load runs: host mapping calls are checked */

__attribute__((noreturn, format(printf, 1, 2))) static void broken(const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "loader_fuzz: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

/* --- host mapping calls, checked while the loader runs ------------------------------------ */

void *__real_mmap(void *addr, size_t len, int prot, int flags, int hfd, off_t off);
int __real_munmap(void *addr, size_t len);
int __real_mprotect(void *addr, size_t len, int prot);
void *__real_mremap(void *old, size_t old_len, size_t new_len, int flags, ...);

static void inside(const char *call, const void *addr, size_t len)
{
	uintptr_t a = (uintptr_t)addr, lo = (uintptr_t)mem_base, hi = lo + MEM_GUEST_LIMIT;
	if (a < lo || a > hi || len > hi - a)
		broken("%s(%p, 0x%zx) outside the guest region [%p, %p)", call, addr, len, (void *)lo, (void *)hi);
}

void *__wrap_mmap(void *addr, size_t len, int prot, int flags, int hfd, off_t off)
{
	if (guarding) {
		if (!(flags & MAP_FIXED)) broken("mmap(%p, 0x%zx) without MAP_FIXED while loading", addr, len);
		inside("mmap", addr, len);
	}
	return __real_mmap(addr, len, prot, flags, hfd, off);
}

int __wrap_munmap(void *addr, size_t len)
{
	if (guarding) inside("munmap", addr, len);
	return __real_munmap(addr, len);
}

int __wrap_mprotect(void *addr, size_t len, int prot)
{
	if (guarding) inside("mprotect", addr, len);
	return __real_mprotect(addr, len, prot);
}

void *__wrap_mremap(void *old, size_t old_len, size_t new_len, int flags, ...)
{
	void *to = NULL;
	if (flags & MREMAP_FIXED) {
		va_list ap;
		va_start(ap, flags);
		to = va_arg(ap, void *);
		va_end(ap);
	}
	if (guarding) {
		inside("mremap", old, old_len);
		if (flags & MREMAP_FIXED) inside("mremap", to, new_len);
		else if (new_len > old_len) inside("mremap", old, new_len);
	}
	return __real_mremap(old, old_len, new_len, flags, to);
}

/* --- the private sysroot ------------------------------------------------------------------- */

#define EXEC_INTERP_VADDR 0x40000000ull /* where the ET_EXEC interpreter asks to be */

/* A minimal valid interpreter: one R+X PT_LOAD of the whole file, entry on an addi; type ET_DYN
 * (loaded anywhere, as ld.so is) or ET_EXEC (at EXEC_INTERP_VADDR). */
static void write_interp(const char *file, unsigned type)
{
	uint64_t vaddr = type == ET_EXEC ? EXEC_INTERP_VADDR : 0;
	struct { Elf64_Ehdr eh; Elf64_Phdr ph; uint32_t code; } im;
	memset(&im, 0, sizeof im);
	memcpy(im.eh.e_ident, ELFMAG, SELFMAG);
	im.eh.e_ident[EI_CLASS] = ELFCLASS64;
	im.eh.e_ident[EI_DATA] = ELFDATA2LSB;
	im.eh.e_ident[EI_VERSION] = EV_CURRENT;
	im.eh.e_type = (Elf64_Half)type;
	im.eh.e_machine = EM_RISCV;
	im.eh.e_version = EV_CURRENT;
	im.eh.e_entry = vaddr + offsetof(__typeof__(im), code);
	im.eh.e_phoff = sizeof im.eh;
	im.eh.e_ehsize = sizeof im.eh;
	im.eh.e_phentsize = sizeof im.ph;
	im.eh.e_phnum = 1;
	im.ph = (Elf64_Phdr){ .p_type = PT_LOAD, .p_flags = PF_R | PF_X, .p_vaddr = vaddr, .p_paddr = vaddr,
			      .p_filesz = sizeof im, .p_memsz = sizeof im, .p_align = 4096 };
	im.code = 0x00000013; /* addi zero,zero,0 */
	FILE *f = fopen(file, "wb");
	if (!f || fwrite(&im, sizeof im, 1, f) != 1 || fclose(f)) broken("cannot write %s", file);
}

static int remove_entry(const char *p, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st, (void)flag, (void)ftw;
	return remove(p);
}

static void remove_sysroot(void) { nftw(sysroot, remove_entry, 8, FTW_DEPTH | FTW_PHYS); }

static void make_sysroot(void)
{
	char lib[128], file[160];
	snprintf(sysroot, sizeof sysroot, "/tmp/loader_fuzz_sysroot_XXXXXX");
	if (!mkdtemp(sysroot)) broken("cannot make a sysroot in /tmp");
	atexit(remove_sysroot);
	snprintf(lib, sizeof lib, "%s/lib", sysroot);
	mkdir(lib, 0755);
	snprintf(file, sizeof file, "%s/ld.so", lib);
	write_interp(file, ET_DYN);
	snprintf(file, sizeof file, "%s/ld-exec.so", lib);
	write_interp(file, ET_EXEC);
	snprintf(fifo, sizeof fifo, "%s/fifo", lib);
	if (mkfifo(fifo, 0755)) broken("cannot make %s", fifo);
	if (access(REAL_INTERP, R_OK) == 0) {
		snprintf(file, sizeof file, "%s/ld-linux-riscv64-lp64d.so.1", lib);
		if (symlink(REAL_INTERP, file)) broken("cannot link %s", file);
	}
	loader_set_sysroot(sysroot);
}

/* --- one input ----------------------------------------------------------------------------- */

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	mem_init();
	make_sysroot();
	fd = memfd_create("loader_fuzz", MFD_CLOEXEC);
	if (fd < 0 || fchmod(fd, 0755)) broken("cannot make a memfd");
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	return 0;
}

static void check_message(int rc, const char *err)
{
	size_t n = strlen(err);
	/* the file the message is about: the program, or its interpreter in the sysroot */
	size_t plen = !strncmp(err, sysroot, strlen(sysroot)) ? strcspn(err, ":") : strlen(path);
	if (rc != EXIT_CANNOT_RUN) broken("status %d (\"%s\"), want 0 or %d", rc, err, EXIT_CANNOT_RUN);
	if ((strncmp(err, path, plen) && strncmp(err, sysroot, strlen(sysroot))) || strncmp(err + plen, ": ", 2) ||
	    n <= plen + 2)
		broken("message does not name the file: \"%s\"", err);
	/* refused before opening (an open would block, or be cut short by a signal: EINTR) */
	if (!strncmp(err, fifo, strlen(fifo)) && !strstr(err, "not a regular file"))
		broken("the FIFO was not refused as such: \"%s\"", err);
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)err[i] < 0x20 || err[i] == 0x7f)
			broken("message byte %zu is 0x%02x: \"%s\"", i, (unsigned char)err[i], err);
}

static void check_image(const struct loader_image *img)
{
	uint64_t stack_low = MEM_STACK_TOP - STACK_SIZE;
	if (mem_page_prot(img->entry) < 0) broken("entry 0x%llx is not mapped", (unsigned long long)img->entry);
	if (mem_page_prot(img->prog_entry) < 0)
		broken("program entry 0x%llx is not mapped", (unsigned long long)img->prog_entry);
	uint64_t sp = img->stack_pointer;
	if (sp % 16 || sp < stack_low || sp >= MEM_STACK_TOP || mem_page_prot(sp) < 0 || !(mem_page_prot(sp) & PROT_WRITE))
		broken("stack pointer 0x%llx", (unsigned long long)sp);
	if (img->brk_start % MEM_PAGE_SIZE || img->brk_start > stack_low || img->brk_start < MIN_ADDR)
		broken("heap start 0x%llx", (unsigned long long)img->brk_start);
	for (uint64_t a = 0; a < MIN_ADDR; a += MEM_PAGE_SIZE)
		if (mem_page_prot(a) >= 0) broken("page 0x%llx below the lowest address is mapped", (unsigned long long)a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char *const argv[] = { "prog", NULL };
	static char *const envp[] = { "A=1", NULL };
	struct loader_image img;
	char err[512];
	if (ftruncate(fd, 0) || pwrite(fd, data, size, 0) != (ssize_t)size) broken("cannot write the memfd");
	err[0] = 0;
	guarding = 1;
	int rc = loader_load(&img, path, argv, envp, err, sizeof err);
	guarding = 0;
	if (rc) check_message(rc, err);
	else check_image(&img);
	mem_munmap(0, MEM_GUEST_LIMIT);
	return 0;
}
