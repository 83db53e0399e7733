/* Guest loads and stores for the engines: one compare and one host access.
 *
 * Addresses at or past MEM_GUEST_LIMIT fault here; everything below is guarded by the host page
 * protections that mirror the guest's (mem/fault.c turns a host SIGSEGV into mem_fault). A
 * misaligned access is allowed, as Linux allows it on riscv64; one that runs past the limit lands in
 * the guard pages. The caller must have made cpu->pc exact before calling.
 */
#ifndef ISOMORPH_MEM_ACCESS_H
#define ISOMORPH_MEM_ACCESS_H

#include <string.h>
#include "mem.h"

#define MEM_ACCESSORS(bits, type)                                                        \
	static inline type mem_ld##bits(uint64_t a)                                          \
	{                                                                                    \
		type v;                                                                          \
		if (__builtin_expect(a >= MEM_GUEST_LIMIT, 0)) mem_fault(a, MEM_READ);          \
		memcpy(&v, mem_base + a, sizeof v);                                              \
		return v;                                                                        \
	}                                                                                    \
	static inline void mem_st##bits(uint64_t a, type v)                                  \
	{                                                                                    \
		if (__builtin_expect(a >= MEM_GUEST_LIMIT, 0)) mem_fault(a, MEM_WRITE);         \
		memcpy(mem_base + a, &v, sizeof v);                                              \
	}

MEM_ACCESSORS(8, uint8_t)
MEM_ACCESSORS(16, uint16_t)
MEM_ACCESSORS(32, uint32_t)
MEM_ACCESSORS(64, uint64_t)
#undef MEM_ACCESSORS

/* Host pointer for an atomic access (LR, SC, AMO) of size bytes at a, after the range check.
 * Atomics must be naturally aligned: a misaligned one faults with MEM_MISALIGNED, which the
 * guest sees as SIGBUS (BUS_ADRALN), as on riscv64 Linux. */
static inline void *mem_atomic_ptr(uint64_t a, unsigned size, int access)
{
	if (__builtin_expect(a & (size - 1), 0)) mem_fault(a, access | MEM_MISALIGNED);
	if (__builtin_expect(a >= MEM_GUEST_LIMIT, 0)) mem_fault(a, access);
	return mem_base + a;
}

#endif
