/* Code pages: guest pages that decoded blocks were made from, kept read-only on the host so that
 * a write to them is seen (self-modifying code, a JIT rewriting its buffer without fence.i).
 *
 * exec/ calls mem_code_protect on every page before it decodes from it. A guest-writable code page
 * loses PROT_WRITE on the host (the guest page table keeps the guest's own protection, with
 * PAGE_CODE beside it). A write to it, from any engine, any thread or the VM itself, then raises a
 * host SIGSEGV; the fault handler calls mem_code_write_fault, which gives the page its host write
 * access back, queues the page and kicks the writing thread (its *mem_code_kick, cpu->pending, so
 * it leaves its engine at the next block boundary); the write is retried when the handler returns.
 * exec/ takes the queue (mem_code_take_dirty) before it looks up or runs the next block and drops
 * the page's blocks and translations. The next decode protects the page again. Pages whose code
 * goes away otherwise (munmap, mmap over them, mprotect without PROT_EXEC or with PROT_WRITE)
 * are queued the same way by map.c, and a system call about to write guest memory through the
 * host kernel (read into a code page) makes the pages writable first (mem_check with PROT_WRITE),
 * since the kernel would fail with EFAULT where a user-space write faults.
 *
 * Not caught: a write through another mapping of the same memory (a memfd or shared file mapped
 * twice, another process): mem_code_queue_shared queues the code pages of shared executable
 * mappings, which fence.i and riscv_flush_icache do.
 *
 * Locking: the page table's PAGE_CODE bits, host protections and the queue change under mem_lock,
 * also from the fault handler (the VM never writes guest memory while holding mem_lock, so the
 * interrupted thread cannot hold it).
 *
 *   mem_code_protect(pc);                       // before decoding at pc
 *   ... a guest store to the page: host fault, page queued, store retried ...
 *   while ((n = mem_code_take_dirty(pages, 64, &overflow))) drop_blocks_of(pages, n);
 */
#define _GNU_SOURCE
#include <sys/mman.h>
#include "internal.h"

#define DIRTY_MAX 512 /* queued pages; past it exec flushes everything */

int mem_code_protection = 1;
__thread volatile int *mem_code_kick;
struct mem_code_stats mem_code_stats;
int mem_code_dirty; /* pages are queued (or the queue overflowed); read without the lock */

static uint64_t dirty[DIRTY_MAX];
static unsigned n_dirty;
static int dirty_overflow;

static void host_protect(uint64_t page, int prot)
{
	if (mprotect(mem_base + page, MEM_PAGE_SIZE, prot)) mem_panic("mem_code: mprotect of a guest page failed");
}

void mem_code_protect(uint64_t addr)
{
	if (!mem_code_protection || addr >= MEM_GUEST_LIMIT) return;
	uint64_t page = page_down(addr);
	uint8_t *e = &mem_page_table[page >> MEM_PAGE_SHIFT];
	if (__atomic_load_n(e, __ATOMIC_RELAXED) & PAGE_CODE) return;
	pthread_mutex_lock(&mem_lock);
	uint8_t v = *e;
	if (v && !(v & PAGE_CODE)) {
		/* the bit first: a write that faults from here on finds it */
		__atomic_store_n(e, v | PAGE_CODE, __ATOMIC_RELEASE);
		if (v & PROT_WRITE) {
			host_protect(page, PROT_READ);
			mem_code_stats.pages_protected++;
		}
	}
	pthread_mutex_unlock(&mem_lock);
}

void mem_code_queue_locked(uint64_t page)
{
	if (n_dirty && dirty[n_dirty - 1] == page) return;
	if (n_dirty < DIRTY_MAX) dirty[n_dirty++] = page;
	else dirty_overflow = 1;
	__atomic_store_n(&mem_code_dirty, 1, __ATOMIC_RELEASE);
}

/* Gives page (PAGE_CODE set) its guest protection back on the host and queues it; under mem_lock. */
static void release_locked(uint64_t page)
{
	uint8_t *e = &mem_page_table[page >> MEM_PAGE_SHIFT];
	uint8_t v = *e;
	__atomic_store_n(e, v & ~PAGE_CODE, __ATOMIC_RELEASE);
	if (v & PROT_WRITE) host_protect(page, mem_host_prot(v & MEM_PROT_MASK));
	mem_code_queue_locked(page);
}

int mem_code_write_fault(uint64_t addr)
{
	if (!mem_code_protection || addr >= MEM_GUEST_LIMIT) return 0;
	uint64_t page = page_down(addr);
	int handled = 0;
	pthread_mutex_lock(&mem_lock);
	uint8_t v = mem_page_table[page >> MEM_PAGE_SHIFT];
	if (v && (v & PROT_WRITE)) {
		if (v & PAGE_CODE) {
			release_locked(page);
			mem_code_stats.write_faults++;
		} else {
			/* Another thread released it first, or the host page came from mremap still
			 * protected: mirror the guest protection again, then retry. */
			host_protect(page, mem_host_prot(v & MEM_PROT_MASK));
		}
		handled = 1;
	}
	pthread_mutex_unlock(&mem_lock);
	if (handled && mem_code_kick) *mem_code_kick = 1;
	return handled;
}

void mem_code_make_writable(uint64_t addr, uint64_t len)
{
	uint64_t end = addr + len;
	for (uint64_t p = page_down(addr); p < end; p += MEM_PAGE_SIZE) {
		uint8_t v = __atomic_load_n(&mem_page_table[p >> MEM_PAGE_SHIFT], __ATOMIC_RELAXED);
		if (!(v & PAGE_CODE) || !(v & PROT_WRITE)) continue;
		pthread_mutex_lock(&mem_lock);
		v = mem_page_table[p >> MEM_PAGE_SHIFT];
		if ((v & PAGE_CODE) && (v & PROT_WRITE)) {
			release_locked(p);
			mem_code_stats.syscall_writes++;
		}
		pthread_mutex_unlock(&mem_lock);
	}
}

void mem_code_queue_shared(void)
{
	if (!mem_code_protection) return;
	pthread_mutex_lock(&mem_lock);
	for (size_t i = 0; i < mem_nmaps; i++) {
		const struct mem_mapping *m = &mem_maps[i];
		if (!(m->flags & MAP_SHARED) || !(m->prot & PROT_EXEC)) continue;
		for (uint64_t p = m->start; p < m->end; p += MEM_PAGE_SIZE)
			if (mem_page_table[p >> MEM_PAGE_SHIFT] & PAGE_CODE) release_locked(p);
	}
	pthread_mutex_unlock(&mem_lock);
}

size_t mem_code_take_dirty(uint64_t *pages, size_t max, int *overflow)
{
	pthread_mutex_lock(&mem_lock);
	size_t n = n_dirty < max ? n_dirty : max;
	for (size_t i = 0; i < n; i++) pages[i] = dirty[n_dirty - n + i];
	n_dirty -= (unsigned)n;
	*overflow = dirty_overflow;
	dirty_overflow = 0;
	if (!n_dirty) __atomic_store_n(&mem_code_dirty, 0, __ATOMIC_RELEASE);
	pthread_mutex_unlock(&mem_lock);
	return n;
}

void mem_code_forget_locked(uint64_t start, uint64_t end)
{
	for (size_t i = 0; i < mem_nmaps; i++) {
		const struct mem_mapping *m = &mem_maps[i];
		if (m->end <= start || m->start >= end || !(m->prot & PROT_EXEC)) continue;
		uint64_t a = m->start > start ? m->start : start, b = m->end < end ? m->end : end;
		for (uint64_t p = a; p < b; p += MEM_PAGE_SIZE) {
			uint8_t v = mem_page_table[p >> MEM_PAGE_SHIFT];
			if (!(v & PAGE_CODE)) continue;
			__atomic_store_n(&mem_page_table[p >> MEM_PAGE_SHIFT], v & ~PAGE_CODE, __ATOMIC_RELEASE);
			mem_code_queue_locked(p);
			mem_code_stats.pages_dropped++;
		}
	}
}
