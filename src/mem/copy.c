/* Checked access to guest memory for system calls and instruction fetch.
 *
 * Unlike the engines' fast path (access.h), these consult the page table first, so a bad guest
 * pointer becomes -EFAULT (or a guest fault for mem_fetch) instead of a host signal.
 *
 *   if (mem_copy_from_guest(&ts, uaddr, sizeof ts)) return -EFAULT;
 *   const char *path = mem_guest_string(upath, PATH_MAX);   // NULL: -EFAULT or -ENAMETOOLONG
 *   uint32_t insn = mem_fetch(pc);
 */
#include <errno.h>
#include <string.h>
#include "internal.h"

#define PARCEL_BYTES 2           /* RISC-V instructions come in 16-bit parcels */
#define INSN_LEN_MASK 3          /* low two bits 11: a 32-bit instruction */

int mem_check(uint64_t addr, uint64_t len, int prot)
{
	if (!len) return 0;
	if (addr >= MEM_GUEST_LIMIT || len > MEM_GUEST_LIMIT - addr) return -EFAULT;
	prot &= MEM_PROT_MASK;
	for (uint64_t p = page_down(addr); p < addr + len; p += MEM_PAGE_SIZE) {
		int have = mem_page_prot(p);
		if (have < 0 || (have & prot) != prot) return -EFAULT;
	}
	if (prot & PROT_WRITE) mem_code_make_writable(addr, len);
	return 0;
}

int mem_copy_from_guest(void *dst, uint64_t src, size_t len)
{
	if (mem_check(src, len, PROT_READ)) return -EFAULT;
	memcpy(dst, mem_host(src), len);
	return 0;
}

int mem_copy_to_guest(uint64_t dst, const void *src, size_t len)
{
	if (mem_check(dst, len, PROT_WRITE)) return -EFAULT;
	memcpy(mem_host(dst), src, len);
	return 0;
}

const char *mem_guest_string(uint64_t addr, size_t max)
{
	uint64_t a = addr;
	while (a - addr < max) {
		if (mem_check(a, 1, PROT_READ)) return NULL;
		uint64_t chunk = page_down(a) + MEM_PAGE_SIZE - a;
		if (chunk > max - (a - addr)) chunk = max - (a - addr);
		if (memchr(mem_host(a), 0, chunk)) return mem_host(addr);
		a += chunk;
	}
	return NULL;
}

/* The 16-bit parcel at pc, after checking its page is executable. */
static uint32_t fetch_parcel(uint64_t pc, uint64_t fault_pc)
{
	int prot = mem_page_prot(pc);
	if (prot < 0 || !(prot & PROT_EXEC) || pc > MEM_GUEST_LIMIT - PARCEL_BYTES) mem_fault(fault_pc, MEM_EXEC);
	uint16_t v;
	memcpy(&v, mem_host(pc), sizeof v);
	return v;
}

uint32_t mem_fetch(uint64_t pc)
{
	uint32_t lo = fetch_parcel(pc, pc);
	if ((lo & INSN_LEN_MASK) != INSN_LEN_MASK) return lo;
	return lo | fetch_parcel(pc + PARCEL_BYTES, pc) << 16;
}
