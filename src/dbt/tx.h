/* One translation in the making: what translate.c (the integer core, exits, memory) shares with
 * the files that translate one family of instructions (fp.c). Private to src/dbt/.
 *
 *   int r = tx_src_x(t, in->rs1, HOST_T0);   // a host register holding guest rs1
 *   ... compute into d = tx_work_reg(t, in, 0) ...
 *   tx_store_x(t, in->rd, d);                // guest rd = d
 *   tx_call_helper(t, in, idx);              // anything not inlined: the op's C helper
 */
#ifndef ISOMORPH_DBT_TX_H
#define ISOMORPH_DBT_TX_H

#include <stddef.h>
#include <stdint.h>

#include "internal.h"
#include "../isa/cpu.h"
#include "../mem/mem.h"

#define CPU_X(r) CPU_F(offsetof(struct cpu, x) + 8 * (r))
#define CPU_FR(r) CPU_F(offsetof(struct cpu, f) + 8 * (r))
#define CPU_PC CPU_F(offsetof(struct cpu, pc))
#define CPU_REASON CPU_F(offsetof(struct cpu, exit_reason))
#define CPU_INSTRET CPU_F(offsetof(struct cpu, instret))
#define CPU_PENDING CPU_F(offsetof(struct cpu, pending))
/* Guest memory at host register reg + disp: the host address itself when guest memory starts at
 * host address 0 (mem/region.c), else through the GS base, mem_base in translated code. */
static inline struct x86_mem tx_guest_mem(int reg, int32_t disp)
{
	struct x86_mem m = x86_mem(reg, disp);
	return mem_base ? x86_gs(m) : m;
}
#define GUEST(reg, disp) tx_guest_mem((reg), (int32_t)(disp))

/* One guest memory access as its host instruction, kept so that it can be emitted twice: in the
 * body on GUEST(base, imm), and again on GUEST(rax, 0) in its out-of-range stub. */
enum tx_mem_kind { TX_LOAD_SX, TX_LOAD_ZX, TX_STORE, TX_SSE_LOAD, TX_SSE_STORE, TX_XCHG, TX_XADD };
struct tx_mem_op {
	enum tx_mem_kind kind;
	int w;       /* bytes: X86_W8..X86_W64 (integer kinds) */
	int reg;     /* the register loaded or stored (an xmm register for the SSE kinds); for an
		      * atomic kind, the operand in and the old memory value out */
	int prefix;  /* SSE kinds: PFX_F2 (double) or PFX_F3 (single) */
	uint8_t run; /* a byte gather's load: the instructions it stands for (gather.c), else 0 */
};

/* An out-of-range stub to emit after the body: the base register was at or past the limit. */
struct oob_stub {
	uint8_t *jae;     /* rel32 of the jae (or, misaligned, the jne) that reaches it */
	int misaligned;   /* an atomic's address not naturally aligned: the guest's SIGBUS, no retry */
	uint8_t *resume;  /* just after the body's access */
	int base;         /* host register holding guest rs1 */
	int32_t imm;
	struct tx_mem_op op;
	uint32_t insn;
	uint8_t held[16]; /* dirty pool registers there (tx_regs_dirty_map) */
	uint16_t lazy;    /* host registers to sign-extend from 32 bits there (tx_regs_dirty_map) */
	uint8_t fheld[16]; /* dirty f registers there (dbt_fp_dirty_map) */
};

/* A side exit to emit after the body: a conditional branch taken before the block's end. */
#define TX_SIDE_JUMPS 3
struct side_exit {
	uint8_t *jcc[TX_SIDE_JUMPS]; /* rel32s of the jumps taking it (a branch's jcc; a routine call's bails), NULL after the last */
	uint64_t target;  /* guest pc */
	const struct isa_insn *indirect; /* a followed return's guard: leaves as this jalr, rax its target (target unused) */
	uint32_t rest;    /* the block's instructions after the branch (counted at entry) */
	uint8_t held[16]; /* dirty pool registers there (tx_regs_dirty_map) */
	uint16_t lazy;    /* host registers to sign-extend from 32 bits there */
	uint8_t fheld[16]; /* dirty f registers there (dbt_fp_dirty_map) */
};

/* A direct exit of the translation being made: linked once both ends are translated (links.c). */
struct tx_exit {
	uint64_t target;  /* guest pc */
	uint8_t *site;    /* the rel32 a link patches */
};
#define TX_MAX_EXITS (ISA_BLOCK_MAX_INSNS + 4)

/* Where the guest x registers are at one point of a translation (regs.c). */
struct tx_regstate {
	int8_t where[32];   /* host register holding guest r's current value, or -1: in cpu->x */
	int8_t holder[16];  /* guest register in pool register h, or -1 */
	uint32_t dirty;     /* guest registers in pool registers newer than cpu->x */
	/* A W instruction's result is a 32-bit value sign-extended; the extension is put off while
	 * only instructions that read the low half (or keep the form: and, or, xor) use it. */
	uint32_t lazy;      /* guest registers whose host register holds the low half, the upper one stale */
	uint32_t sx32;      /* guest registers known to hold a sign-extended 32-bit value (lazy or not) */
	uint32_t checked;   /* guest registers whose value was range-checked as a base (translate.c) */
};

/* What fp.c knows of the f registers at the point of the code emitted so far (zero: nothing). */
struct tx_fp {
	int8_t xmm[32];  /* xmm register holding a copy of f[r], plus one (0: none) */
	uint32_t dirty;  /* f[r]'s copy is newer than cpu->f (then it is a whole value, singles boxed) */
	uint32_t low32;  /* the copy of f[r] is a single result: only its low 32 bits are f[r]'s */
	uint32_t boxed;  /* f[r] is known NaN-boxed */
	uint32_t nan;    /* f[r]'s copy is an arithmetic result whose NaN, if it is one, is the host's (fp.c) */
	uint32_t nan_single; /* ... a single's (else a double's) */
	int frm_rne;     /* frm is known to be RNE (checked since the last write of frm or helper) */
	uint16_t busy;   /* xmm registers the instruction being translated reads */
	uint8_t victim;  /* next xmm register to take */
};

/* What a self-loop's head may take as known when the round itself keeps it so: checked once before
 * the loop instead of at every round (fp.c, regs.c). */
struct tx_assume {
	uint32_t boxed;  /* f registers NaN-boxed */
	int frm_rne;     /* frm is RNE */
	uint32_t sx32;   /* x registers holding sign-extended 32-bit values */
	uint32_t lazy;   /* ... of which the round may leave these lazy at the back edge (no settling) */
	uint32_t nan;    /* f registers holding no NaN (the round may leave the host's NaNs there) */
	uint32_t checked; /* x registers taken as compared bases (tx_regs_loop_bases) */
};

/* An arithmetic result the host made a NaN: made RISC-V's canonical one out of line (fp.c). */
struct nan_fix {
	uint8_t *jp;      /* rel32 of the jp that reaches it */
	uint8_t *resume;  /* just after it */
	int8_t xmm;       /* the result's register */
	int8_t dbl;
	int8_t mul_a, mul_b; /* the fused multiply-add's multiplicands (invalid for inf * 0) */
};

/* An FP instruction's slow paths, emitted after the body (fp.c): the jumps that reach them, the
 * instruction, and what the translation knew where the inline form ended (the rejoin point). */
#define TX_SLOW_JUMPS 8 /* jumps of one FP inline form to one of its slow paths, at most */
struct fp_slow_path {
	const struct isa_insn *in;
	uint32_t idx;
	uint8_t *rejoin_from[TX_SLOW_JUMPS];  /* jumps to the path that calls the helper and rejoins */
	int n_rejoin;
	uint8_t *leave_from[TX_SLOW_JUMPS];   /* jumps to the path that calls the helper and leaves */
	int n_leave;
	uint8_t *rejoin;          /* where the inline form ended */
	struct tx_regstate rs;
	struct tx_fp fp;          /* at the rejoin point */
	struct tx_fp fp_start;    /* at the instruction's start: the f registers dirty at its jumps */
};

struct tx {
	struct x86_buf e;
	struct isa_block *b;
	uint8_t *code;
	uint32_t n_oob;
	uint32_t n_side;
	int failed;                       /* out of side-table memory */
	/* guest x registers (regs.c) */
	struct tx_regstate rs;            /* now */
	struct tx_regstate head;          /* at the loop head of a self-loop */
	uint16_t pool;                    /* host registers allocated per block */
	uint16_t locked;                  /* pool registers the current instruction holds */
	uint16_t avail;                   /* pool registers the current instruction may allocate */
	uint32_t global;                  /* guest registers with a global pin */
	uint32_t written;                 /* x registers the block writes, globals too (tx_regs_begin) */
	uint32_t cur;                     /* index of the instruction being translated */
	uint32_t uses[ISA_BLOCK_MAX_INSNS + 1]; /* x registers each instruction reads or writes (no globals; the appended block end too) */
	uint64_t read_by[32];             /* instructions (bit i: the ith) reading each x register (no globals) */
	uint64_t written_by[32];          /* ... and writing it */
	uint64_t impure;                  /* ... that may fault, exit or call: guest state is seen there */
	uint8_t *loop;                    /* a block branching to itself: where the next round starts */
	int no_alloc;                     /* the instruction may not move x registers (fp.c) */
	int accept_lazy;                  /* the instruction reads only low halves: lazy sources stay so */
	int saw_lazy;                     /* ... and it was given one */
	struct tx_fp fp;                  /* fp.c's */
	struct tx_fp fp_start;            /* at the start of the FP instruction being translated */
	struct tx_fp fp_head;             /* a self-loop's f registers at its head (second pass) */
	int fp_head_set;
	struct tx_fp fp_back;             /* ... and at its back edge (first pass) */
	uint32_t fp_box_checked;          /* f registers whose NaN-boxing the body checks (first pass) */
	int fp_frm_checked;               /* ... and whether it checks frm */
	uint32_t sx32_back, lazy_back;    /* x registers sign-extended, lazy, at its back edge (first pass) */
	uint32_t checked_back;            /* x registers compared as bases at its back edge (first pass) */
	uint32_t wants_sx32;              /* x registers a compare would read as low halves, were both known sign-extended */
	struct tx_assume assume;          /* what a self-loop's head assumes (second pass), checked on the way in */
	uint8_t *to_fallback[96];         /* the jumps of those checks: to a translation that assumes nothing */
	int n_to_fallback;
	int assume_broken;                /* the back edge does not know what the head assumes */
	struct tx_exit exits[TX_MAX_EXITS]; /* its direct exits (links.c); more are linked by the manager */
	int n_exits;
	uint32_t n_fp_slow;
	uint32_t n_nan_fixes;
	uint64_t rot_at, rot_skip;        /* rotate.c's plan: the ors made rotates, the shifts left out */
	uint8_t rot_src[64];              /* ... each rotate's source register */
	uint8_t rot_left[64];             /* ... and left amount (| 0x80: 32-bit, sign-extended) */
	/* not cleared between translations (counted by n_oob, n_side, n_fp_slow, n_nan_fixes; each
	 * entry filled whole when made): keep last. Clearing the stubs too took 20 KiB of memset a
	 * pass, a tenth of translating a short block. */
	struct oob_stub oob[2 * ISA_BLOCK_MAX_INSNS]; /* an atomic may take two */
	struct side_exit side[ISA_BLOCK_MAX_INSNS];
	struct nan_fix nan_fixes[ISA_BLOCK_MAX_INSNS];
	struct fp_slow_path fp_slow[ISA_BLOCK_MAX_INSNS];
};

/* --- direct exits linked at translation time (links.c), under the translate lock --- */
/* rec was just published: exits waiting for its pc and its own exits to translated targets are
 * linked; its other exits wait for their targets. */
void dbt_links_made(struct dbt_record *rec, const struct tx_exit *exits, int n);

/* Out-of-line code that leaves for the instruction after in (index idx), which has run: the dirty
 * registers stored, the block's count corrected, a chainable exit. What the translation knows of
 * the registers does not change (the inline code goes on elsewhere). */
void tx_leave_after(struct tx *t, const struct isa_insn *in, uint32_t idx);

/* --- guest x registers (regs.c) --- */
/* host = guest register r (flags clobbered when r is x0) */
void tx_load_x(struct tx *t, int host, unsigned r);
/* A host register holding guest r: its own, or scratch loaded with it. */
int tx_src_x(struct tx *t, unsigned r, int scratch);
/* guest r = host (nothing for x0) */
void tx_store_x(struct tx *t, unsigned r, int host);
/* guest r = the low half of host sign-extended: done now, or put off when lazy */
void tx_store_x32(struct tx *t, unsigned r, int host, int lazy);
/* Whether guest r holds a sign-extended 32-bit value (x0 does). */
int tx_is_sx32(const struct tx *t, unsigned r);
/* Every put-off sign extension done (before anything reads whole registers or cpu->x). */
void tx_settle(struct tx *t);
/* The put-off sign extensions of the integer registers in reads, done. */
void tx_settle_reads(struct tx *t, const struct isa_insn *in);
/* The host register holding guest r now, or -1 (then it is in cpu->x). */
int tx_reg_of(struct tx *t, unsigned r);
/* HOST_T1 and HOST_T2 emptied and kept from the allocator until the next tx_regs_insn. */
void tx_regs_take_scratch(struct tx *t);
/* Whether guest r's value is overwritten from instruction idx on before anything reads it or
 * could see it (a fault, a helper, an exit); never for a global. */
int tx_unseen_after(const struct tx *t, uint32_t idx, unsigned r);
/* The x registers in reads and writes (x0 left out; a known routine's call included). */
void tx_operands(const struct isa_insn *in, uint32_t *reads, uint32_t *writes);
/* Whether no instruction in [from, to) of the block writes guest r. */
int tx_unwritten_between(const struct tx *t, uint32_t from, uint32_t to, unsigned r);
/* Guest r's value in its pool register is dropped unstored (it is unseen: tx_unseen_after). */
void tx_forget_x(struct tx *t, unsigned r);
/* Stores the dirty pool registers to cpu->x (before an exit; flags kept). */
void tx_writeback(struct tx *t);
/* Before the body: the pool set up, for a self-loop the head's registers loaded. */
void tx_regs_begin(struct tx *t, int loops);
/* At instruction idx: its operands' registers stay put while it is translated. */
void tx_regs_insn(struct tx *t, uint32_t idx);
/* At a self-loop's back edge: registers moved back to where the head has them. */
void tx_regs_to_head(struct tx *t);
/* On the way into a self-loop's head: jcc cc to the fallback translation (a check of what the
 * head assumes failed; to_fallback). */
void tx_to_fallback(struct tx *t, enum x86_cc cc);
/* After the first pass: the x registers the second may assume sign-extended at the head (into
 * a->sx32, a->lazy): those the round leaves so and lazy, or that a compare reads (regs.c). */
void tx_regs_loop_assumable(const struct tx *t, struct tx_assume *a);
/* After the first pass: the x registers a self-loop's head may take as compared bases
 * (tx_regstate.checked), compared once on the way in: those the round compared and then only
 * stepped (regs.c). */
uint32_t tx_regs_loop_bases(const struct tx *t);
/* After lui or auipc wrote value to r: a base below the guest limit (the limit translated code
 * compares with is MEM_GUEST_LIMIT, cache.c's enter) needs no compare, as if it had one. */
void tx_regs_constant(struct tx *t, unsigned r, uint64_t value);
/* After an addi or a move from src wrote rd: rd takes src's compare (src_checked: src was
 * compared before the write). */
void tx_regs_derived(struct tx *t, const struct isa_insn *in, unsigned src, int src_checked);
/* For each host register, the guest register there newer than cpu->x, or 0; returns the host
 * registers whose guest value is their low half sign-extended. */
uint16_t tx_regs_dirty_map(const struct tx *t, uint8_t held[16]);
/* Around a helper call: before (after = 0) stores what the helper may read; after (1) reloads
 * what the call clobbered or wrote. */
void tx_regs_around_call(struct tx *t, const struct isa_insn *in, int after);

/* Where to build rd's value: its own host register, unless a later operand read (rs2, when
 * reads_rs2) would see it clobbered; else HOST_T0. */
int tx_work_reg(struct tx *t, const struct isa_insn *in, int reads_rs2);

/* --- memory (translate.c) --- */
/* Access op at guest address rs1 + in->imm for instruction idx, base the host register holding
 * guest rs1 (tx_src_x): `cmp base, [cpu.mem_limit]; jae stub; op [base + imm]` (GUEST). */
void tx_guest_access(struct tx *t, const struct isa_insn *in, uint32_t idx, int base, struct tx_mem_op op);

/* The op's C helper, with the guest state it needs exact and a trap check after. */
void tx_call_helper(struct tx *t, const struct isa_insn *in, uint32_t idx);

/* --- families (one file each) --- */
/* At the start of a block's body (idioms.c): when the block starts a routine known whole, its
 * whole effect and return, falling into the ordinary translation when it cannot be certain. */
void dbt_idiom(struct tx *t);
/* ISA_OP_CALL_ROUTINE at instruction idx (idioms.c): ra, then the routine's whole effect, or a
 * side exit to the routine when one of its reads would fault. */
void dbt_routine_call(struct tx *t, const struct isa_insn *in, uint32_t idx);
/* F and D (fp.c): 1 when it translated in, 0 when in is not one it handles. */
int dbt_fp_insn(struct tx *t, const struct isa_insn *in, uint32_t idx);
/* At instruction first (gather.c): when it starts a byte gather, the whole run translated as one
 * load per base; returns the instructions translated, 0 when none. */
uint32_t dbt_gather(struct tx *t, uint32_t first);
/* The length of the byte gather dbt_gather would make at first (it takes HOST_T1 and HOST_T2), or 0. */
uint32_t dbt_gather_length(const struct tx *t, uint32_t first);
/* Before a pass over the block's instructions (rotate.c): which ors of two shifts become one
 * rotate and which of the shifts nothing sees, leaving out the instructions in taken (those
 * other fusions translate). */
void dbt_rotate_plan(struct tx *t, uint64_t taken);
/* At instruction idx: 1 when rotate.c translated it (a rotate, or a shift left out), else 0. */
uint32_t dbt_rotate(struct tx *t, uint32_t idx);
/* tx_call_helper calls it after emitting the call: C code clobbers every xmm register (the dirty
 * f registers were stored before it: tx_writeback). */
void dbt_fp_after_call(struct tx *t);
/* Stores the dirty f registers to cpu->f (tx_writeback, before an exit or a call). */
void dbt_fp_writeback(struct tx *t);
/* For each xmm register, one plus the f register there newer than cpu->f, or 0. */
void dbt_fp_dirty_map(const struct tx *t, uint8_t fheld[16]);
/* The slow paths of the FP instructions translated, after the body (translate.c's stubs). */
void dbt_fp_slow_paths(struct tx *t);
/* The out-of-line code making the NaN results of fused multiply-adds canonical, after the body. */
void dbt_fp_nan_fixes(struct tx *t);
/* xmm made RISC-V's canonical NaN if it holds a NaN (single: its low half); flags kept. */
void dbt_fp_canonical_nan(struct x86_buf *e, int xmm, int single);
/* A self-loop's f registers: loaded at the head (when fp_head_set), back where the head has
 * them at the back edge (or, first pass, where they are noted in fp_back); whether a second pass
 * with fp_head = fp_back pays. */
void dbt_fp_loop_head(struct tx *t);
void dbt_fp_loop_back(struct tx *t);
int dbt_fp_loop_worth(const struct tx *t);
/* After the first pass: what the second may assume at the head of f registers and frm (assume):
 * what the first pass checked in the body and still knew at the back edge. The second pass checks it before the loop
 * (to_fallback: the jumps taken when it does not hold) and sets assume_broken when its back edge
 * no longer knows it. */
struct tx_assume dbt_fp_loop_assumable(const struct tx *t);

#endif
