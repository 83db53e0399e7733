/* Memory system calls: brk, mmap, munmap, mprotect, mremap, madvise, msync, mlock, each a thin
 * check in front of mem/, which owns the guest address space.
 *
 *   os_sys_mmap(cpu, a);   // a = { addr, len, prot, flags, fd, offset } -> guest address or -errno
 */
#define _GNU_SOURCE
#include <unistd.h>
#include "internal.h"

/* asm-generic mman-common.h values, as mem/ takes them */
#define GUEST_MAP_ANONYMOUS 0x20
#define GUEST_MADV_DONTNEED 4
_Static_assert(MAP_ANONYMOUS == GUEST_MAP_ANONYMOUS && MADV_DONTNEED == GUEST_MADV_DONTNEED &&
	       MS_ASYNC == 1 && MS_INVALIDATE == 2 && MS_SYNC == 4,
	       "host mman values are not asm-generic");

OS_HANDLER(brk) { return (int64_t)mem_brk(a[0]); }

/* Decoded and translated blocks are copies of guest code. When pages that were executable are
 * unmapped, replaced or made non-executable (dlclose, a JIT flipping W^X), the copies must go:
 * exit as riscv_flush_icache does, so exec drops them before the guest runs on. Linux does the
 * same for the instruction cache, which is why such programs need no fence.i of their own. */
static void forget_code_in(struct cpu *cpu, uint64_t addr, uint64_t len)
{
	if (mem_code_protection) return; /* mem/ queues the code pages it unmaps or changes itself */
	uint64_t start = addr & ~(MEM_PAGE_SIZE - 1);
	if (start >= MEM_GUEST_LIMIT) return;
	uint64_t end = len > MEM_GUEST_LIMIT - addr ? MEM_GUEST_LIMIT : addr + len;
	for (uint64_t p = start; p < end; p += MEM_PAGE_SIZE) {
		int prot = mem_page_prot(p);
		if (prot >= 0 && (prot & PROT_EXEC)) {
			cpu->exit_reason = CPU_EXIT_FENCE_I;
			return;
		}
	}
}

OS_HANDLER(mmap)
{
	uint64_t addr = a[0], len = a[1], off = a[5];
	int prot = (int)a[2], flags = (int)a[3], fd = (int)a[4];
	if (off & (MEM_PAGE_SIZE - 1)) return -EINVAL;
	int anonymous = flags & GUEST_MAP_ANONYMOUS;
	if (!anonymous && fd < 0) return -EBADF;
	if (flags & MAP_FIXED) forget_code_in(cpu, addr, len);
	/* mem_mmap names file mappings after the descriptor's path itself */
	return mem_mmap(addr, len, prot, flags, anonymous ? -1 : fd, anonymous ? 0 : off);
}

OS_HANDLER(munmap)
{
	forget_code_in(cpu, a[0], a[1]);
	return mem_munmap(a[0], a[1]);
}

OS_HANDLER(mprotect)
{
	if (!((int)a[2] & PROT_EXEC)) forget_code_in(cpu, a[0], a[1]);
	return mem_mprotect(a[0], a[1], (int)a[2]);
}

OS_HANDLER(mremap)
{
	forget_code_in(cpu, a[0], a[1]);
	return mem_mremap(a[0], a[1], a[2], (int)a[3], a[4]);
}

/* Page-aligned guest range [addr, addr+len rounded up) that is wholly mapped: 0, or -EINVAL for a
 * misaligned start, -ENOMEM for a hole (as madvise and msync report them). */
static int mapped_range(uint64_t addr, uint64_t *len)
{
	if (addr & (MEM_PAGE_SIZE - 1)) return -EINVAL;
	*len = (*len + MEM_PAGE_SIZE - 1) & ~(MEM_PAGE_SIZE - 1);
	if (addr + *len < addr || addr + *len > MEM_GUEST_LIMIT) return -ENOMEM;
	for (uint64_t p = addr; p < addr + *len; p += MEM_PAGE_SIZE)
		if (mem_page_prot(p) < 0) return -ENOMEM;
	return 0;
}

/* MADV_DONTNEED must drop the pages: private anonymous memory reads back as zeros, private file
 * memory as the file. The host pages mirror the guest's, so the host call does exactly that.
 * Every other advice is only a hint: accepted. */
OS_HANDLER(madvise)
{
	uint64_t len = a[1];
	int err = mapped_range(a[0], &len);
	if (err || len == 0 || (int)a[2] != GUEST_MADV_DONTNEED) return err;
	return os_host_result(madvise(mem_host(a[0]), len, MADV_DONTNEED));
}

/* Shared file mappings are host shared mappings of the same file: the host msync does it. */
OS_HANDLER(msync)
{
	uint64_t len = a[1];
	int err = mapped_range(a[0], &len);
	if (err) return err;
	return os_host_result(msync(mem_host(a[0]), len, (int)a[2]));
}

/* mlock/munlock: the range must be mapped; the VM's memory is not locked (a hint for a guest). */
OS_HANDLER(mlock)
{
	uint64_t start = a[0] & ~(MEM_PAGE_SIZE - 1);
	uint64_t len = a[1] + (a[0] - start);
	if (len < a[1]) return -ENOMEM;
	return mapped_range(start, &len);
}
