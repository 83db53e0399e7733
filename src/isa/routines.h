/* Known routines: library code every engine may run as one computation (see routines.c).
 *
 *   struct isa_insn code[ISA_ROUTINE_MAX_INSNS];
 *   uint64_t got;
 *   enum isa_routine r = isa_routine_at(pc, host_bytes_at_pc, bytes_to_page_end, code, &got);
 *   if (r != ISA_ROUTINE_NONE) {
 *       struct isa_routine_scan s = isa_routine_scan(r, x[ISA_REG_A0]);
 *       ... tab = the 8 bytes at got; byte = the byte at tab + s.idx (both reads the caller's) ...
 *       instret += isa_routine_finish(r, x, s, tab, byte);
 *   }
 */
#ifndef ISOMORPH_ISA_ROUTINES_H
#define ISOMORPH_ISA_ROUTINES_H

#include <stddef.h>
#include <stdint.h>

#include "insn.h"

enum isa_routine {
	ISA_ROUTINE_NONE = 0,
	ISA_ROUTINE_CTZDI2, /* libgcc's __ctzdi2 (GCC 12, rv64gc) */
	ISA_ROUTINE_CLZDI2, /* libgcc's __clzdi2 */
	ISA_ROUTINE_COUNT
};

/* Instructions in the longest known routine (routines.c checks it). */
#define ISA_ROUTINE_MAX_INSNS 32

/* What every engine needs to know of a routine besides its code. Both routines find a byte of
 * their argument (at bit k, a multiple of 8), read their table (__clz_tab, through a GOT entry)
 * at that byte, and return. */
struct isa_routine_info {
	const char *name;
	uint8_t n_insns;
	uint8_t got_at[2]; /* its two auipc + ld pairs naming the GOT entry (auipc's index) */
	uint8_t ret_at;    /* one of its returns */
	uint64_t counts;   /* instructions it runs, ret included, when it stops at bit k: byte k / 8 */
	uint32_t reads;    /* x registers it reads (as a mask) */
	uint32_t writes;   /* x registers it may write */
};
extern const struct isa_routine_info isa_routines[ISA_ROUTINE_COUNT];

/* Which known routine starts at pc, matched byte for byte (the addresses of its data left free),
 * all of it on pc's page. code: the host copy of the bytes at pc, avail of them (up to the end of
 * pc's page). On a match, out gets its decoded instructions and *got the address of the GOT
 * entry it loads; ISA_ROUTINE_NONE when nothing matches, or when its two GOT loads name different
 * entries or the entry's 8 bytes cross a page (its reads would not be the two fixed ones). */
enum isa_routine isa_routine_at(uint64_t pc, const uint8_t *code, size_t avail, struct isa_insn out[ISA_ROUTINE_MAX_INSNS],
				uint64_t *got);

/* The byte a routine stops at, for argument x: at bit k, idx = x's byte there (ctz: of x & -x). */
struct isa_routine_scan {
	unsigned k;   /* 0, 8, ... 56 */
	uint64_t idx; /* 0..255: where it reads the table */
};
struct isa_routine_scan isa_routine_scan(enum isa_routine r, uint64_t x);

/* Whether the 256 bytes at tab are __clz_tab's own: tab[i] = the bit length of i (0 for 0). A
 * translator that knows this (and that the bytes cannot change unseen) need not read them. */
int isa_routine_table_is_clz_tab(const uint8_t tab[256]);

/* The registers the routine leaves (x: the guest's, a0 its argument on entry), given tab (the
 * GOT entry's value) and byte, tab[s.idx]. Returns the instructions it ran, ret included. */
unsigned isa_routine_finish(enum isa_routine r, uint64_t x[32], struct isa_routine_scan s, uint64_t tab, uint8_t byte);

#endif
