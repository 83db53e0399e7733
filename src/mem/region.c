/* The reserved host region behind the guest address space, and the guest page table.
 *
 * mem_init() reserves MEM_GUEST_LIMIT bytes of host address space with MEM_GUARD_SIZE more on
 * each side (PROT_NONE, MAP_NORESERVE: costs no memory until mapped) and one protection byte per
 * guest page, likewise committed lazily by the host, so mem_page_prot is one load. The guards are
 * never mapped: an access computed as base + offset that lands just below guest address 0 or just
 * past the limit faults there, and becomes a guest fault at base + offset (wrapped to 64 bits).
 *
 * The region goes at host address 0 when it can (mem_base = 0): a guest address is then its host
 * address, and translated code addresses guest memory without a segment base, which costs a
 * cycle on every load (a chain of dependent loads runs a quarter faster without). The host keeps
 * [0, MMAP_MIN_ADDR) and the top of the address space (the guard below 0) unmapped for us; the
 * host's own mappings (a PIE executable, libraries, stacks) sit far above 2^38 on x86-64 Linux.
 * Where that range is taken (a sanitizer's shadow memory, a non-PIE build) or
 * ISOMORPH_MEM=offset asks, the region goes wherever the host puts it, at an offset:
 *
 *   mem_init();
 *   mem_page_prot(0x10000);    // -1: nothing mapped yet
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "internal.h"

uint8_t *mem_base;
uint8_t *mem_page_table;
pthread_mutex_t mem_lock = PTHREAD_MUTEX_INITIALIZER;

void mem_panic(const char *what)
{
	fprintf(stderr, "isomorph: internal error: %s\n", what);
	abort();
}

static void *reserve(uint64_t len, int prot, const char *what)
{
	void *p = mmap(NULL, len, prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED) {
		fprintf(stderr, "isomorph: cannot reserve %llu MiB of address space for %s: %s\n",
			(unsigned long long)(len >> 20), what, strerror(errno));
		exit(1);
	}
	return p;
}

/* The region at host address 0, from MMAP_MIN_ADDR to the guard past the limit. */
static int reserve_at_zero(void)
{
	const char *layout = getenv("ISOMORPH_MEM");
	if (layout && !strcmp(layout, "offset")) return 0;
	void *want = (void *)(uintptr_t)MMAP_MIN_ADDR;
	uint64_t len = MEM_GUEST_LIMIT + MEM_GUARD_SIZE - MMAP_MIN_ADDR;
	void *p = mmap(want, len, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
	if (p == want) return 1;
	if (p != MAP_FAILED) munmap(p, len); /* a kernel without MAP_FIXED_NOREPLACE took it as a hint */
	return 0;
}

void mem_init(void)
{
	if (mem_page_table) return;
	if (!reserve_at_zero())
		mem_base = (uint8_t *)reserve(MEM_GUARD_SIZE + MEM_GUEST_LIMIT + MEM_GUARD_SIZE, PROT_NONE,
					      "the guest address space") + MEM_GUARD_SIZE;
	mem_page_table = reserve(MEM_PAGE_COUNT, PROT_READ | PROT_WRITE, "the guest page table");
	mem_install_fault_handler();
}

void mem_host_reserve(uint64_t start, uint64_t end)
{
	if (!mem_base && start < MMAP_MIN_ADDR) start = MMAP_MIN_ADDR; /* the host's own gap */
	if (end <= start) return;
	if (mmap(mem_base + start, end - start, PROT_NONE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0) == MAP_FAILED)
		mem_panic("mem_host_reserve: cannot re-reserve guest range");
}

void mem_pt_set(uint64_t start, uint64_t end, uint8_t value)
{
	if (end > start) memset(mem_page_table + (start >> MEM_PAGE_SHIFT), value, (end - start) >> MEM_PAGE_SHIFT);
}

const uint8_t *mem_page_protections(void) { return mem_page_table; }

int mem_page_prot(uint64_t addr)
{
	if (addr >= MEM_GUEST_LIMIT) return -1;
	uint8_t e = mem_page_table[addr >> MEM_PAGE_SHIFT];
	return e ? (e & MEM_PROT_MASK) : -1;
}
