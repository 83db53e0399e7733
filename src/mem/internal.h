/* Private to mem/: the guest page table, the mapping list lock and the host-side helpers shared by
 * region.c, map.c, maps.c, fault.c and copy.c. Nothing outside src/mem/ includes this.
 */
#ifndef ISOMORPH_MEM_INTERNAL_H
#define ISOMORPH_MEM_INTERNAL_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/mman.h>
#include "mem.h"

#define MEM_PAGE_SHIFT 12
#define MMAP_MIN_ADDR 0x10000ull /* Linux's default vm.mmap_min_addr: nothing is mapped below */
#define MEM_PAGE_COUNT (MEM_GUEST_LIMIT >> MEM_PAGE_SHIFT)
#define MEM_PROT_MASK (PROT_READ | PROT_WRITE | PROT_EXEC)

/* One byte per guest page: 0 = unmapped, else PAGE_MAPPED | guest PROT_* bits, | PAGE_CODE when
 * blocks were decoded from the page and its host mapping is kept read-only for that (code.c). */
#define PAGE_MAPPED 0x80
#define PAGE_CODE 0x40
extern uint8_t *mem_page_table;

/* One guest mapping, as /proc/self/maps shows it. The list mem_maps[0..mem_nmaps) is sorted by
 * address, never overlapping, with neighbours of the same kind merged, as Linux merges its VMAs. */
struct mem_mapping {
	uint64_t start, end; /* guest addresses, page-aligned */
	uint64_t off;        /* file offset of start (0 when anonymous) */
	uint64_t dev, ino;   /* host file identity, 0 when anonymous */
	int prot;            /* guest PROT_* */
	int flags;           /* MAP_PRIVATE or MAP_SHARED, | MAP_ANONYMOUS */
	const char *name;    /* interned path, "[heap]", "[stack]", or NULL */
};
extern struct mem_mapping *mem_maps;
extern size_t mem_nmaps;

/* Guards the mapping list, the page table's writers and the break. */
extern pthread_mutex_t mem_lock;

static inline uint64_t page_down(uint64_t a) { return a & ~(MEM_PAGE_SIZE - 1); }
static inline uint64_t page_up(uint64_t a) { return (a + MEM_PAGE_SIZE - 1) & ~(MEM_PAGE_SIZE - 1); }

/* Sets the page-table entry of every page of [start, end) (page-aligned) to value. */
void mem_pt_set(uint64_t start, uint64_t end, uint8_t value);

/* Host protection that mirrors a guest one: exec is guest-only, and any accessible page is host
 * readable (x86 has no write-only or exec-only pages; mem_fetch reads code through the host). */
static inline int mem_host_prot(int prot)
{
	if (!(prot & MEM_PROT_MASK)) return PROT_NONE;
	return PROT_READ | (prot & PROT_WRITE);
}

/* code.c, under mem_lock: queues page for exec/ to drop its blocks. */
void mem_code_queue_locked(uint64_t page);
/* code.c, under mem_lock: the code pages in [start, end) lose PAGE_CODE and are queued, before
 * their mappings go or change (the caller sets their new host protection). */
void mem_code_forget_locked(uint64_t start, uint64_t end);

/* Makes [start, end) reserved-but-inaccessible host memory again, dropping its pages. */
void mem_host_reserve(uint64_t start, uint64_t end);

/* Installs the host SIGSEGV/SIGBUS handler (fault.c). */
void mem_install_fault_handler(void);

/* A VM bug: prints "isomorph: internal error: what" and aborts. */
__attribute__((noreturn, cold)) void mem_panic(const char *what);

#endif
