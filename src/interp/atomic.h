/* The A extension on guest memory for the interpreters: AMOs, LR and SC as host atomics, so they
 * stay atomic when guest threads run on host threads. All sequentially consistent, which covers
 * any aq/rl combination.
 *
 *   cpu->pc = in->pc;                                   // exact before any guest access
 *   old = interp_amo64(addr, INTERP_AMO_ADD, operand);  // the value before, as amoadd.d returns it
 */
#ifndef ISOMORPH_INTERP_ATOMIC_H
#define ISOMORPH_INTERP_ATOMIC_H

#include <stdint.h>
#include "../isa/cpu.h"
#include "../isa/semantics.h"
#include "../mem/access.h"

enum interp_amo { INTERP_AMO_SWAP, INTERP_AMO_ADD, INTERP_AMO_XOR, INTERP_AMO_AND, INTERP_AMO_OR,
	INTERP_AMO_MIN, INTERP_AMO_MAX, INTERP_AMO_MINU, INTERP_AMO_MAXU };

#define INTERP_NO_RESERVATION (~0ull)
#define INTERP_SEQ __ATOMIC_SEQ_CST

/* One template per width (utype, stype: the unsigned and signed access types). interp_amoN does
 * op at a with operand v and returns the old memory value zero-extended; the caller sign-extends
 * (W forms). op is a constant at every call site, so the switch folds away. Faults (misaligned,
 * unmapped, read-only) unwind through mem_fault before anything is written. */
#define INTERP_ATOMIC_WIDTH(bits, utype, stype)                                                     \
	static inline utype interp_amo##bits(uint64_t a, enum interp_amo op, utype v)                   \
	{                                                                                                \
		utype *p = mem_atomic_ptr(a, sizeof(utype), MEM_READ | MEM_WRITE);                          \
		utype old, new;                                                                              \
		switch (op) {                                                                                \
		case INTERP_AMO_SWAP: return __atomic_exchange_n(p, v, INTERP_SEQ);                         \
		case INTERP_AMO_ADD: return __atomic_fetch_add(p, v, INTERP_SEQ);                           \
		case INTERP_AMO_XOR: return __atomic_fetch_xor(p, v, INTERP_SEQ);                           \
		case INTERP_AMO_AND: return __atomic_fetch_and(p, v, INTERP_SEQ);                           \
		case INTERP_AMO_OR: return __atomic_fetch_or(p, v, INTERP_SEQ);                             \
		default: break;                                                                              \
		}                                                                                            \
		old = __atomic_load_n(p, INTERP_SEQ);                                                        \
		do {                                                                                         \
			int less = op == INTERP_AMO_MIN || op == INTERP_AMO_MAX ? (stype)old < (stype)v : old < v; \
			int take_old = op == INTERP_AMO_MIN || op == INTERP_AMO_MINU ? less : !less;          \
			new = take_old ? old : v;                                                                \
		} while (!__atomic_compare_exchange_n(p, &old, new, 0, INTERP_SEQ, INTERP_SEQ));            \
		return old;                                                                                  \
	}                                                                                                \
	/* lr: loads and reserves a. */                                                                 \
	static inline utype interp_lr##bits(struct cpu *cpu, uint64_t a)                                \
	{                                                                                                \
		utype v = __atomic_load_n((utype *)mem_atomic_ptr(a, sizeof(utype), MEM_READ), INTERP_SEQ); \
		cpu->reservation = a;                                                                        \
		cpu->reservation_value = v;                                                                  \
		return v;                                                                                    \
	}                                                                                                \
	/* sc: stores v at a if a is reserved and still holds the value lr read (compare-and-swap);    \
	 * any sc drops the reservation. Returns sc's rd: 0 on success, 1 on failure. */              \
	static inline uint64_t interp_sc##bits(struct cpu *cpu, uint64_t a, utype v)                  \
	{                                                                                                \
		utype *p = mem_atomic_ptr(a, sizeof(utype), MEM_WRITE);                                     \
		utype expect = (utype)cpu->reservation_value;                                               \
		int ok = cpu->reservation == a &&                                                            \
			 __atomic_compare_exchange_n(p, &expect, v, 0, INTERP_SEQ, INTERP_SEQ);              \
		cpu->reservation = INTERP_NO_RESERVATION;                                                    \
		return !ok;                                                                                  \
	}

INTERP_ATOMIC_WIDTH(32, uint32_t, int32_t)
INTERP_ATOMIC_WIDTH(64, uint64_t, int64_t)
#undef INTERP_ATOMIC_WIDTH

#endif
