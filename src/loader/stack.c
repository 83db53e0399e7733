/* The initial stack, laid out as Linux's binfmt_elf does (create_elf_tables), without the
 * randomisation. From the top (MEM_STACK_TOP) down:
 *
 *   8 bytes of zero                    top - 8 ...
 *   execfn string                      (AT_EXECFN points here)
 *   environment strings                envp[envc-1] highest, envp[0] lowest
 *   argument strings                   argv[argc-1] highest, argv[0] lowest
 *   (align down to 16)
 *   16 random bytes                    (AT_RANDOM)
 *   (align so that sp ends up 16-byte aligned)
 *   auxv pairs, AT_NULL last
 *   envp[0..envc-1], NULL
 *   argv[0..argc-1], NULL
 *   argc                               <- sp
 *
 *   loader_build_stack(img, path, argv, envp, err, sizeof err);   // img->phdr etc. already set
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <unistd.h>
#include "internal.h"

#define STACK_ALIGN 16ull
#define AT_RANDOM_BYTES 16
#define MAX_STRING_BYTES (LOADER_STACK_SIZE / 4)   /* Linux's ARG_MAX: a quarter of the stack rlimit */
#define GUEST_CLKTCK 100
#define HWCAP_EXT(letter) (1ull << ((letter) - 'A'))
#define GUEST_HWCAP (HWCAP_EXT('I') | HWCAP_EXT('M') | HWCAP_EXT('A') | HWCAP_EXT('F') | HWCAP_EXT('D') | HWCAP_EXT('C'))

static size_t count(char *const v[])
{
	size_t n = 0;
	while (v && v[n]) n++;
	return n;
}

/* Copies the strings v[0..n) below *p, last one highest, recording their guest addresses. */
static void push_strings(uint64_t *p, char *const v[], size_t n, uint64_t *addr)
{
	for (size_t i = n; i-- > 0;) {
		size_t len = strlen(v[i]) + 1;
		*p -= len;
		memcpy(mem_host(*p), v[i], len);
		addr[i] = *p;
	}
}

static void put_word(uint64_t *at, uint64_t v)
{
	memcpy(mem_host(*at), &v, sizeof v);
	*at += sizeof v;
}

int loader_build_stack(struct loader_image *img, const char *execfn, char *const argv[], char *const envp[], char *err,
		       size_t errlen)
{
	size_t argc = count(argv), envc = count(envp), total = strlen(execfn) + 1;
	for (size_t i = 0; i < argc; i++) total += strlen(argv[i]) + 1;
	for (size_t i = 0; i < envc; i++) total += strlen(envp[i]) + 1;
	if (total > MAX_STRING_BYTES)
		return loader_error(err, errlen, LOADER_EXIT_CANNOT_RUN, execfn, "argument list too long (%zu bytes)", total);

	int prot = PROT_READ | PROT_WRITE | (img->exec_stack ? PROT_EXEC : 0);
	int64_t r = mem_mmap(LOADER_STACK_LOW, LOADER_STACK_SIZE, prot,
			     MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_GROWSDOWN | MAP_NORESERVE, -1, 0);
	if (r < 0) return loader_error(err, errlen, LOADER_EXIT_CANNOT_RUN, execfn, "cannot map the stack");
	mem_set_mapping_name(LOADER_STACK_LOW, LOADER_STACK_SIZE, "[stack]");

	uint64_t *addrs = malloc((argc + envc + 1) * sizeof *addrs);
	if (!addrs) return loader_error(err, errlen, LOADER_EXIT_CANNOT_RUN, execfn, "out of memory");
	uint64_t *argv_at = addrs, *envp_at = addrs + argc, execfn_at;
	uint64_t p = MEM_STACK_TOP - sizeof(uint64_t);
	char *const fn[] = { (char *)execfn };
	push_strings(&p, fn, 1, &execfn_at);
	push_strings(&p, envp, envc, envp_at);
	push_strings(&p, argv, argc, argv_at);
	p &= ~(STACK_ALIGN - 1);
	p -= AT_RANDOM_BYTES;
	uint64_t random_at = p;
	uint8_t rnd[AT_RANDOM_BYTES];
	if (getrandom(rnd, sizeof rnd, 0) != (ssize_t)sizeof rnd) memset(rnd, 0x5a, sizeof rnd);
	memcpy(mem_host(random_at), rnd, sizeof rnd);

	/* In Linux's order (create_elf_tables). */
	const uint64_t auxv[][2] = {
		{ AT_HWCAP, GUEST_HWCAP },   { AT_PAGESZ, MEM_PAGE_SIZE },  { AT_CLKTCK, GUEST_CLKTCK },
		{ AT_PHDR, img->phdr },      { AT_PHENT, sizeof(Elf64_Phdr) }, { AT_PHNUM, img->phnum },
		{ AT_BASE, img->interp_base }, { AT_FLAGS, 0 },             { AT_ENTRY, img->prog_entry },
		{ AT_UID, getuid() },        { AT_EUID, geteuid() },        { AT_GID, getgid() },
		{ AT_EGID, getegid() },      { AT_SECURE, 0 },              { AT_RANDOM, random_at },
		{ AT_EXECFN, execfn_at },    { AT_NULL, 0 },
	};
	size_t words = 1 + (argc + 1) + (envc + 1) + 2 * (sizeof auxv / sizeof auxv[0]);
	uint64_t sp = (p - words * sizeof(uint64_t)) & ~(STACK_ALIGN - 1), at = sp;
	put_word(&at, argc);
	for (size_t i = 0; i < argc; i++) put_word(&at, argv_at[i]);
	put_word(&at, 0);
	for (size_t i = 0; i < envc; i++) put_word(&at, envp_at[i]);
	put_word(&at, 0);
	for (size_t i = 0; i < sizeof auxv / sizeof auxv[0]; i++) {
		put_word(&at, auxv[i][0]);
		put_word(&at, auxv[i][1]);
	}
	free(addrs);
	img->stack_pointer = sp;
	return 0;
}
