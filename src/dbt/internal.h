/* What the translator's files share: the code cache, its records of translations, the fixed
 * routines every translation jumps to, and the register convention. Private to src/dbt/.
 */
#ifndef ISOMORPH_DBT_INTERNAL_H
#define ISOMORPH_DBT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "dbt.h"
#include "x86.h"
#include "../isa/routines.h"

/* Host registers with a fixed role in translated code. */
enum {
	HOST_CPU = X86_RBX,  /* struct cpu * + DBT_CPU_BIAS (guest memory needs no register: its base is 0 or GS's) */
	HOST_T0 = X86_RAX,   /* scratch (results, addresses) */
	HOST_T1 = X86_RCX,   /* scratch (shift counts, store values) */
	HOST_T2 = X86_RDX,   /* scratch (mulh, exit kinds) */
};
/* HOST_CPU points DBT_CPU_BIAS bytes into struct cpu, so that x1..x31 and mem_limit are all a
 * one-byte displacement away (-128..+120): every spill, reload and address check is three bytes
 * shorter than with a four-byte displacement, which x16..x31 took from the struct's start. */
#define DBT_CPU_BIAS 136
#define CPU_F(offset) x86_mem(HOST_CPU, (int32_t)(offset) - DBT_CPU_BIAS)
#define CPU_LIMIT CPU_F(offsetof(struct cpu, mem_limit))

/* xmm15 holds the guest's instret inside translated code: loaded by enter, stored by exit, around
 * C calls and at faults. Each block adds its length there at entry (paddq from a constant): a
 * register add, where `add [cpu.instret], n` chained every block to the one before through a
 * store-to-load forward (about five cycles a block in tight loops). fp.c's xmm registers stop
 * below it. */
#define HOST_INSTRET_XMM 15

/* Whether host register h is clobbered by a C call (SysV). */
static inline int dbt_host_caller_saved(int h)
{
	return h == X86_RAX || h == X86_RCX || h == X86_RDX || h == X86_RSI || h == X86_RDI ||
	       (h >= X86_R8 && h <= X86_R11);
}

#define DBT_PINNED 9
/* Guest registers kept in host registers (when pinning is on), and where: ORDER PIN. */
extern const uint8_t dbt_pinned_guest[DBT_PINNED];
extern const uint8_t dbt_pinned_host[DBT_PINNED];

/* One memory access of a translation: the host offset (from the translation's start) of the
 * instruction that touches guest memory, or of the return address of its out-of-range stub, and
 * the index of its guest instruction in the block. */
struct dbt_access {
	uint32_t host_off;
	uint32_t insn;
	uint8_t held[16]; /* by host register: the guest register there newer than cpu->x, or 0 */
	uint16_t lazy;    /* host registers whose guest value is their low half sign-extended */
	uint8_t run;      /* a byte gather's load: the instructions from insn it stands for, else 0 */
	uint8_t fheld[16]; /* by xmm register: one plus the f register there newer than cpu->f, or 0;
			    * | DBT_FHELD_BOX: a single, its upper half to be set to ones;
			    * | DBT_FHELD_NAN: a NaN there is to be made the canonical one */
};
#define DBT_FHELD_BOX 0x80
#define DBT_FHELD_NAN 0x40
/* RISC-V's canonical NaNs (every NaN result is one) */
#define DBT_NAN_S 0x7fc00000ull
#define DBT_NAN_D 0x7ff8000000000000ull

/* One translation, in the order made (which is host address order: the cache is bump-allocated). */
struct dbt_record {
	uint8_t *code;            /* entry with the pending-signal check */
	uint8_t *body;            /* entry past it */
	uint32_t size;            /* host bytes, stubs included */
	struct isa_block *block;
	uint32_t first_access;    /* its entries in the access table */
	uint32_t n_access;
	uint8_t *ib_entry;        /* its indirect entry (dbt_ib_entry), running into code */
	uint32_t past_check;      /* direct exits chained to body (links.c): the head of their list, or 0 */
};

/* The guest fault an out-of-range (or misaligned atomic) access raises: its mem_fault access. */
enum dbt_oob { DBT_OOB_READ, DBT_OOB_WRITE, DBT_OOB_ATOMIC, DBT_OOB_ATOMIC_MISALIGNED, DBT_OOB_KINDS };

/* The fixed routines at the start of the cache, made once at init. */
struct dbt_routines {
	struct dbt_exit (*enter)(struct cpu *cpu, void *code); /* saves host state, loads pins, jumps */
	uint8_t *exit;          /* rax = site, rdx = kind: writes pins back, returns from enter */
	uint8_t *exit_plain;    /* exit with no site (reason already in cpu) */
	uint8_t *exit_after_call; /* the same after a helper call: only callee-saved pins written back */
	uint8_t *exit_direct;   /* rax = site: exit_reason = CPU_EXIT_BLOCK, kind DIRECT */
	uint8_t *ib_miss;       /* rax = guest pc, rdx = site: exit, kind INDIRECT */
	uint8_t *oob[DBT_OOB_KINDS]; /* by enum dbt_oob: call here with rax = the faulting guest address */
	uint8_t *counts_const;  /* 16-byte entries: entry n holds (n, 0), for paddq into HOST_INSTRET_XMM */
	uint8_t *routine_counts[ISA_ROUTINE_COUNT]; /* a call of each known routine's (dbt_routine_counts) */
	uint8_t *box_const;     /* 16 bytes, aligned: ones in bits 32-63, for orps (NaN-boxing a single) */
	uint8_t *nan_s_const;   /* 16 bytes, aligned: the canonical NaN, single (movss) */
	uint8_t *nan_d_const;   /* ... and double (movsd) */
	uint8_t *inf_d_twice_const; /* 8 bytes: a double infinity's bits shifted left by one (NaNs are above) */
	uint8_t *table_const;   /* 8 bytes: address of the hashed jump cache */
	uint8_t *page_table_const; /* 8 bytes: address of the guest page table (mem_page_protections) */
	uint64_t *counters;     /* DBT_COUNT_* in the cache, bumped by translated code under --stats */
};

/* Counters that translated code bumps itself (only with dbt.opt.stats). */
enum dbt_code_counter { DBT_COUNT_IB_HITS, DBT_COUNT_RAS_HITS, DBT_COUNT_RAS_MISSES, DBT_COUNT_IDIOM_RUNS, DBT_COUNT_SIDE_EXITS, DBT_CODE_COUNTERS };

/* Hashed indirect-jump cache: guest pc -> a translation's indirect entry, direct-mapped. */
#define DBT_IB_BITS 16
#define DBT_IB_SIZE (1u << DBT_IB_BITS)
/* Inline slots per indirect jump (see dbt_ib_link). */
#define DBT_IB_SLOTS 2
#define DBT_IB_SLOT_BYTES 19

struct dbt_state {
	struct dbt_options opt;
	dbt_helper_fn *const *helpers;
	uint8_t *base, *end;     /* the whole mapping */
	uint8_t *start;          /* first byte after the fixed routines */
	uint8_t *next;           /* bump pointer */
	struct dbt_routines r;
	uint8_t **ib;            /* DBT_IB_SIZE entries: ib_miss or an indirect entry (indirect.c) */
	struct dbt_record **rec; /* translations alive (each record sits in the cache before its code) */
	uint32_t n_rec, cap_rec;
	struct dbt_access *acc;
	uint32_t n_acc, cap_acc;
	uint64_t generation;     /* flushes so far: sites from an older generation are stale */
};
extern __thread uint64_t dbt_site_generation; /* the generation of this thread's last exit */
extern struct dbt_state dbt;

/* Counters (--stats), written once in stats.inc. */
struct dbt_stats {
#define STAT(field, text) uint64_t field;
#include "stats.inc"
#undef STAT
};
extern struct dbt_stats dbt_stats;

/* HOST_INSTRET_XMM += n (0 <= n <= ISA_BLOCK_MAX_INSNS), and the stores and loads that keep
 * cpu->instret exact around C calls (cache.c). */
void dbt_instret_add(struct x86_buf *e, uint32_t n);
void dbt_instret_sub(struct x86_buf *e, uint32_t n);
void dbt_instret_store(struct x86_buf *e);
void dbt_instret_load(struct x86_buf *e);

/* A direct exit's site (a rel32 inside one cache line) patched to jump to to's translation, safe
 * under running threads: the one way chains are made (dbt_link, links.c). from_pc: the guest pc
 * of the block the exit leaves, or 0 when it is no block's (a redirect stub). (links.c) */
void dbt_chain(uint8_t *site, struct dbt_record *to, uint64_t from_pc);

/* Appends a record to dbt.rec. 0 when out of memory. */
int dbt_note_record(struct dbt_record *rec);
/* Appends an access entry for the translation being made. 0 when out of memory. */
int dbt_note_access(uint32_t host_off, uint32_t insn, const uint8_t held[16], uint16_t lazy, uint8_t run,
		    const uint8_t fheld[16]);
/* A byte gather's load faulted (gather.c): the guest state at the run's first instruction is
 * taken on, in cpu->x, to the first load of the run that faults, whose index it returns, *addr its
 * address (in: the address the host faulted at; its page is taken as unreadable). */
uint32_t dbt_gather_replay(struct cpu *cpu, const struct isa_block *b, uint32_t first, uint32_t n, uint64_t *addr);
/* The translation holding host address p, or NULL. */
const struct dbt_record *dbt_record_at(const uint8_t *p);
/* The access at host address p in rec, or NULL. */
const struct dbt_access *dbt_access_at(const struct dbt_record *rec, const uint8_t *p);
/* Guest state at access a that faulted, its registers restored: cpu->pc, instret made exact (for a
 * byte gather, at the load of the run that faults, whose address *addr becomes). */
void dbt_fix_state(struct cpu *cpu, const struct dbt_record *rec, const struct dbt_access *a, uint64_t *addr);

/* Known routine r's instruction counts for instret (idioms.c): 16-byte entries, 16-aligned, the
 * one at 16 * (k / 8) holding (the instructions r runs when it stops at bit k, less less_by, 0). */
void dbt_routine_counts(struct x86_buf *e, enum isa_routine r, uint32_t less_by);

/* inc qword [the counter c] in translated code, when --stats asked for counters. */
void dbt_count_code(struct x86_buf *e, enum dbt_code_counter c);

/* --- register jumps (indirect.c) --- */
/* ib_miss, at e (after dbt.r.exit and table_const are set). */
void dbt_ib_make_routines(struct x86_buf *e);
/* Every hashed entry back to ib_miss (while no translated code runs). */
void dbt_ib_clear(void);
/* An indirect site missed target (translated): a free inline slot and the hash entry get it. */
void dbt_ib_link(uint8_t *site, struct isa_block *target);
/* The indirect entry of the translation of guest pc, emitted right before its code. */
void dbt_ib_entry(struct x86_buf *e, uint64_t pc);
/* The most bytes of host stack the shadow stack of calls takes (16 per call not yet returned);
 * past it, the next call empties it. */
#define DBT_SHADOW_BYTES (64 * 1024)
/* A call's return, predicted by the host (--ras): at run time the return pc is pushed on the host
 * stack, then the host return address of a landing in the calling block (it drops the pc, then a
 * `jmp rel32` chained to the return pc's translation like any direct exit); a return whose target
 * is the pushed pc `ret`s to it. Both below clobber rcx and flags, keep rax, and return NULL when in is no call (jal or jalr
 * with rd = ra or t0) or the buffer is full.
 * jal: the pushes and the call itself as one `call rel32`. Returns its rel32, the site of the direct
 * exit to the callee, and the landing's in *landing; both first aimed by the caller. */
uint8_t *dbt_ras_call(struct x86_buf *e, const struct isa_insn *in, uint64_t ret_pc, uint8_t **landing);
/* jalr: the pushes only (a `call` over the landing). Returns the landing's rel32; the caller aims
 * it at a direct exit to ret_pc. */
uint8_t *dbt_ras_push(struct x86_buf *e, const struct isa_insn *in, uint64_t ret_pc);
/* jalr's exit, target pc in rax: the RAS for a return, then the inline slots, the hashed cache
 * and the manager. */
void dbt_indirect_exit(struct x86_buf *e, const struct isa_insn *in);

/* Whether b was retired before it had a translation (invalidate.c): it was given a first
 * instruction that ends it, so that a translation made of it later only leaves for its pc. */
int dbt_dropped_untranslated(const struct isa_block *b);

/* --- direct exits linked at translation time (links.c; dbt_links_made in tx.h) --- */
/* rec was retired: nothing is linked to it from now on. */
void dbt_links_retired(struct dbt_record *rec);
/* A flush: no site is left. */
void dbt_links_clear(void);

/* --dump-blocks and --perf-map for rec (dump.c). */
void dbt_dump(const struct dbt_record *rec);

#endif
