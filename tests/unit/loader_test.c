/* Unit tests for loader/: acceptance and every rejection of hand-built ELF images, and the initial
 * stack layout of a valid one, checked against the layout binfmt_elf documents (see stack.c).
 * The images are made here, in memory, and written to a temporary file.
 * Usage: build-X/unit/loader_test   (prints "loader_test: N passed, N failed")
 */
#define _GNU_SOURCE
#include <elf.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "loader/loader.h"
#include "mem/mem.h"
#include "unit.h"


#define PG 4096ull
#define TEXT_VADDR 0x10000ull
#define DATA_OFF 0x100ull
#define DATA_VADDR (0x20000ull + DATA_OFF)
#define DATA_FILESZ 8ull
#define DATA_MEMSZ 0x2000ull
#define FILE_SIZE 0x200ull
#define ENTRY (TEXT_VADDR + 0xc0)
#define NPH 3

/* The test image: text (R+X, from offset 0, headers included), data + bss (RW), PT_GNU_STACK. */
struct image {
	union {
		uint8_t bytes[FILE_SIZE];
		struct { Elf64_Ehdr eh; Elf64_Phdr ph[NPH]; };
	};
	size_t size;
};

static void make_image(struct image *im)
{
	memset(im, 0, sizeof *im);
	im->size = FILE_SIZE;
	Elf64_Ehdr *e = &im->eh;
	memcpy(e->e_ident, ELFMAG, SELFMAG);
	e->e_ident[EI_CLASS] = ELFCLASS64;
	e->e_ident[EI_DATA] = ELFDATA2LSB;
	e->e_ident[EI_VERSION] = EV_CURRENT;
	e->e_type = ET_EXEC;
	e->e_machine = EM_RISCV;
	e->e_version = EV_CURRENT;
	e->e_entry = ENTRY;
	e->e_phoff = sizeof(Elf64_Ehdr);
	e->e_ehsize = sizeof(Elf64_Ehdr);
	e->e_phentsize = sizeof(Elf64_Phdr);
	e->e_phnum = NPH;
	im->ph[0] = (Elf64_Phdr){ .p_type = PT_LOAD, .p_flags = PF_R | PF_X, .p_offset = 0, .p_vaddr = TEXT_VADDR,
				  .p_paddr = TEXT_VADDR, .p_filesz = DATA_OFF, .p_memsz = DATA_OFF, .p_align = PG };
	im->ph[1] = (Elf64_Phdr){ .p_type = PT_LOAD, .p_flags = PF_R | PF_W, .p_offset = DATA_OFF, .p_vaddr = DATA_VADDR,
				  .p_paddr = DATA_VADDR, .p_filesz = DATA_FILESZ, .p_memsz = DATA_MEMSZ, .p_align = PG };
	im->ph[2] = (Elf64_Phdr){ .p_type = PT_GNU_STACK, .p_flags = PF_R | PF_W };
	im->bytes[0xc0] = 0x13; /* addi x0,x0,0 at the entry */
	for (unsigned i = 0; i < DATA_FILESZ; i++) im->bytes[DATA_OFF + i] = 0x11 * (i + 1);
	memset(im->bytes + DATA_OFF + DATA_FILESZ, 0xff, 16); /* past p_filesz: must read as zero */
}

static char path[64];
static char err[512];
static char *const test_argv[] = { "prog", "first arg", "", NULL };
static char *const test_envp[] = { "A=1", "LONGER=two words", NULL };

static int load(const struct image *im, struct loader_image *img)
{
	FILE *f = fopen(path, "wb");
	fwrite(im->bytes, 1, im->size, f);
	fclose(f);
	chmod(path, 0755);
	err[0] = 0;
	return loader_load(img, path, test_argv, test_envp, err, sizeof err);
}

static uint64_t word(uint64_t a) { uint64_t v; memcpy(&v, mem_host(a), 8); return v; }
static const char *str(uint64_t a) { return mem_host(a); }

static uint64_t auxval(uint64_t sp, uint64_t type, int *found)
{
	uint64_t a = sp + 8;
	while (word(a)) a += 8; /* argv */
	a += 8;
	while (word(a)) a += 8; /* envp */
	for (a += 8;; a += 16) {
		if (word(a) == type) { *found = 1; return word(a + 8); }
		if (word(a) == AT_NULL) { *found = 0; return 0; }
	}
}

static void test_valid(void)
{
	struct image im;
	struct loader_image img;
	make_image(&im);
	int rc = load(&im, &img);
	CHECK(rc == 0);
	if (rc) { printf("  %s\n", err); return; }
	CHECK(img.entry == ENTRY && img.prog_entry == ENTRY && img.load_bias == 0 && img.interp_base == 0);
	CHECK(img.phdr == TEXT_VADDR + sizeof(Elf64_Ehdr) && img.phnum == NPH);
	CHECK(img.brk_start == ((DATA_VADDR + DATA_MEMSZ + PG - 1) & ~(PG - 1)));
	CHECK(mem_page_prot(TEXT_VADDR) == (PROT_READ | PROT_EXEC));
	CHECK(mem_page_prot(DATA_VADDR) == (PROT_READ | PROT_WRITE));
	CHECK(mem_page_prot(DATA_VADDR + DATA_MEMSZ - 1) == (PROT_READ | PROT_WRITE));
	CHECK(mem_page_prot(img.brk_start) == -1);
	CHECK(memcmp(mem_host(TEXT_VADDR), im.bytes, DATA_OFF) == 0);
	CHECK(memcmp(mem_host(DATA_VADDR), im.bytes + DATA_OFF, DATA_FILESZ) == 0);
	uint8_t zero[64] = { 0 };
	CHECK(memcmp(mem_host(DATA_VADDR + DATA_FILESZ), zero, sizeof zero) == 0);
	CHECK(memcmp(mem_host(DATA_VADDR - DATA_OFF), zero, sizeof zero) != 0 || 1); /* before vaddr: file bytes, unchecked */

	/* the stack, as binfmt_elf lays it out */
	uint64_t sp = img.stack_pointer;
	CHECK(sp % 16 == 0 && sp < MEM_STACK_TOP && sp > MEM_STACK_TOP - (8u << 20));
	CHECK(mem_page_prot(sp) == (PROT_READ | PROT_WRITE)); /* PT_GNU_STACK without PF_X */
	CHECK(word(sp) == 3);
	uint64_t argv0 = word(sp + 8);
	CHECK(!strcmp(str(argv0), "prog") && !strcmp(str(word(sp + 16)), "first arg") && !strcmp(str(word(sp + 24)), ""));
	CHECK(word(sp + 32) == 0);
	CHECK(!strcmp(str(word(sp + 40)), "A=1") && !strcmp(str(word(sp + 48)), "LONGER=two words") && word(sp + 56) == 0);
	/* strings packed upward: argv[0] lowest, then the rest, then envp, then execfn, 8 bytes below the top */
	CHECK(word(sp + 16) == argv0 + 5 && word(sp + 24) == argv0 + 15 && word(sp + 40) == argv0 + 16);
	CHECK(word(sp + 48) == argv0 + 20);
	uint64_t execfn = argv0 + 20 + strlen("LONGER=two words") + 1;
	CHECK(execfn + strlen(path) + 1 == MEM_STACK_TOP - 8 && word(MEM_STACK_TOP - 8) == 0);
	int f;
	struct { uint64_t type, want; } expect[] = {
		{ AT_PHDR, img.phdr }, { AT_PHENT, sizeof(Elf64_Phdr) }, { AT_PHNUM, NPH }, { AT_PAGESZ, PG },
		{ AT_BASE, 0 }, { AT_FLAGS, 0 }, { AT_ENTRY, ENTRY }, { AT_UID, getuid() }, { AT_EUID, geteuid() },
		{ AT_GID, getgid() }, { AT_EGID, getegid() }, { AT_SECURE, 0 }, { AT_CLKTCK, 100 },
		{ AT_EXECFN, execfn },
		/* I M A F D C: bits 8, 12, 0, 5, 3, 2 */
		{ AT_HWCAP, (1u << 8) | (1u << 12) | (1u << 0) | (1u << 5) | (1u << 3) | (1u << 2) },
	};
	for (size_t i = 0; i < sizeof expect / sizeof expect[0]; i++) {
		uint64_t v = auxval(sp, expect[i].type, &f);
		if (!f || v != expect[i].want) printf("  auxv %llu = 0x%llx (found %d), want 0x%llx\n",
			(unsigned long long)expect[i].type, (unsigned long long)v, f, (unsigned long long)expect[i].want);
		CHECK(f && v == expect[i].want);
	}
	CHECK(!strcmp(str(execfn), path));
	uint64_t rnd = auxval(sp, AT_RANDOM, &f);
	CHECK(f && rnd % 16 == 0 && rnd + 16 <= argv0 && rnd > sp);
	/* auxv ends right where the 16-byte-aligned region below the random bytes starts */
	uint64_t a = sp + 8 * (1 + 4 + 3);
	while (word(a) != AT_NULL) a += 16;
	CHECK(a + 16 <= rnd && rnd - (a + 16) < 16);
	/* the heap works from brk_start */
	CHECK(mem_brk(img.brk_start + 10) == img.brk_start + 10);
}

static void test_pie_and_stack_exec(void)
{
	struct image im;
	struct loader_image img;
	make_image(&im);
	im.eh.e_type = ET_DYN;
	im.ph[2].p_flags |= PF_X;
	CHECK(load(&im, &img) == 0);
	CHECK(img.load_bias == MEM_PIE_BASE - TEXT_VADDR && img.entry == ENTRY + img.load_bias);
	CHECK(img.phdr == MEM_PIE_BASE + sizeof(Elf64_Ehdr));
	CHECK(mem_page_prot(MEM_PIE_BASE) == (PROT_READ | PROT_EXEC) && img.exec_stack);
	CHECK(mem_page_prot(img.stack_pointer) == (PROT_READ | PROT_WRITE | PROT_EXEC));
}

/* A mutation of the valid image and a phrase its message must contain. */
typedef void mutate_fn(struct image *);
static void m_magic(struct image *im) { im->bytes[1] = 'X'; }
static void m_script(struct image *im) { memcpy(im->bytes, "#!/bin/sh\necho hi\n", 18); im->size = 18; }
static void m_empty(struct image *im) { im->size = 0; }
static void m_class32(struct image *im) { im->eh.e_ident[EI_CLASS] = ELFCLASS32; }
static void m_bigendian(struct image *im) { im->eh.e_ident[EI_DATA] = ELFDATA2MSB; }
static void m_version(struct image *im) { im->eh.e_version = 2; }
static void m_x86(struct image *im) { im->eh.e_machine = EM_X86_64; }
static void m_aarch64(struct image *im) { im->eh.e_machine = EM_AARCH64; }
static void m_rel(struct image *im) { im->eh.e_type = ET_REL; }
static void m_phentsize(struct image *im) { im->eh.e_phentsize = 32; }
static void m_phnum0(struct image *im) { im->eh.e_phnum = 0; }
static void m_phnum_huge(struct image *im) { im->eh.e_phnum = 0xffff; }
static void m_phoff(struct image *im) { im->eh.e_phoff = 0x10000; }
static void m_phoff_wrap(struct image *im) { im->eh.e_phoff = UINT64_MAX - 8; }
static void m_trunc_header(struct image *im) { im->size = 40; }
static void m_trunc_phdrs(struct image *im) { im->size = 100; }
static void m_seg_past_eof(struct image *im) { im->ph[1].p_filesz = 0x1000; im->ph[1].p_memsz = 0x2000; }
static void m_filesz(struct image *im) { im->ph[1].p_memsz = 4; }
static void m_congruence(struct image *im) { im->ph[1].p_vaddr += 8; }
static void m_wrap(struct image *im) { im->ph[1].p_vaddr = UINT64_MAX - 0xeff; }
static void m_overlap(struct image *im) { im->ph[0].p_memsz = 0x200; im->ph[1].p_vaddr = TEXT_VADDR + DATA_OFF; }
static void m_entry(struct image *im) { im->eh.e_entry = DATA_VADDR; }
static void m_entry_out(struct image *im) { im->eh.e_entry = 0x5000000; }
static void m_too_high(struct image *im) { im->ph[1].p_vaddr = MEM_GUEST_LIMIT + DATA_OFF; }
static void m_too_low(struct image *im) { im->ph[0].p_vaddr = 0; im->eh.e_entry = 0xc0; }
static void m_noload(struct image *im) { im->ph[0].p_type = PT_NOTE; im->ph[1].p_type = PT_NOTE; }
static void m_align(struct image *im) { im->ph[1].p_align = 0x1800; }
static void m_interp_missing(struct image *im)
{
	im->ph[2] = (Elf64_Phdr){ .p_type = PT_INTERP, .p_offset = 0x180, .p_filesz = 12 };
	memcpy(im->bytes + 0x180, "/nowhere/ld", 12);
}
static void m_interp_unterminated(struct image *im)
{
	m_interp_missing(im);
	im->bytes[0x180 + 11] = 'x';
}

static void test_rejections(void)
{
	static const struct { const char *name; mutate_fn *fn; const char *phrase; } cases[] = {
		{ "magic", m_magic, "not an ELF" },
		{ "script", m_script, "script" },
		{ "empty", m_empty, "empty" },
		{ "class32", m_class32, "32-bit" },
		{ "bigendian", m_bigendian, "big-endian" },
		{ "version", m_version, "version" },
		{ "x86-64", m_x86, "is an x86-64 ELF, not RISC-V" },
		{ "aarch64", m_aarch64, "AArch64" },
		{ "relocatable", m_rel, "relocatable" },
		{ "phentsize", m_phentsize, "program header size" },
		{ "phnum0", m_phnum0, "no program headers" },
		{ "phnum huge", m_phnum_huge, "too many program headers" },
		{ "phoff past end", m_phoff, "past the end" },
		{ "phoff wrap", m_phoff_wrap, "past the end" },
		{ "truncated header", m_trunc_header, "truncated" },
		{ "truncated phdrs", m_trunc_phdrs, "truncated" },
		{ "segment past eof", m_seg_past_eof, "past the end of the file" },
		{ "filesz > memsz", m_filesz, "larger than its memory size" },
		{ "congruence", m_congruence, "modulo the page size" },
		{ "wrap", m_wrap, "wraps" },
		{ "overlap", m_overlap, "overlap" },
		{ "entry in data", m_entry, "entry point" },
		{ "entry outside", m_entry_out, "entry point" },
		{ "too high", m_too_high, "past the guest address space" },
		{ "too low", m_too_low, "below the lowest" },
		{ "no PT_LOAD", m_noload, "no loadable segments" },
		{ "alignment", m_align, "power of two" },
		{ "interp missing", m_interp_missing, "not found" },
		{ "interp unterminated", m_interp_unterminated, "PT_INTERP" },
	};
	setenv("ISOMORPH_SYSROOT", "/nonexistent-sysroot", 1);
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct image im;
		struct loader_image img;
		make_image(&im);
		cases[i].fn(&im);
		int rc = load(&im, &img);
		int ok = rc == 126 && strstr(err, cases[i].phrase) && !strncmp(err, path, strlen(path)) && !strchr(err, '\n');
		if (!ok) printf("  case %s: rc %d, err \"%s\"\n", cases[i].name, rc, err);
		CHECK(ok);
	}
	unsetenv("ISOMORPH_SYSROOT");
}

static void test_files(void)
{
	struct loader_image img;
	CHECK(loader_load(&img, "/nonexistent/prog", test_argv, test_envp, err, sizeof err) == 127);
	CHECK(!strcmp(err, "/nonexistent/prog: No such file or directory"));
	CHECK(loader_load(&img, "/tmp", test_argv, test_envp, err, sizeof err) == 126);
	CHECK(!strcmp(err, "/tmp: Is a directory"));
	CHECK(loader_load(&img, "/dev/null", test_argv, test_envp, err, sizeof err) == 126);
	/* no execute permission (root passes only when some x bit is set, as with execve) */
	struct image im;
	make_image(&im);
	CHECK(load(&im, &img) == 0);
	chmod(path, 0644);
	CHECK(loader_load(&img, path, test_argv, test_envp, err, sizeof err) == 126 && strstr(err, "Permission denied"));
}

int main(void)
{
	mem_init();
	snprintf(path, sizeof path, "/tmp/loader_test_%d", (int)getpid());
	test_valid();
	test_pie_and_stack_exec();
	test_rejections();
	test_files();
	unlink(path);
	return unit_summary("loader_test");
}
