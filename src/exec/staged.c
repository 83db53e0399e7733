/* Staged emulation: the manager's side of the translator (engines dbt and auto).
 *
 * A block starts in the threaded interpreter, one block per run so that control comes back here
 * at every boundary and each entry is counted (b->exec_count). Once a block has run --hot times
 * (0 for --engine=dbt) it is translated; from then on translated code runs, chained to the blocks
 * it reaches (exits patched into jumps once both ends are translated) and through the jump
 * caches, and comes back only for what needs the manager: a cold or untranslated block, an
 * indirect target no cache knows, a system call, a trap, a pending signal.
 *
 * Hotness follows control flow: code that hot code leads to is about to run often too, and every
 * time translated code leaves for an untranslated block is a dispatcher trip. So a block that
 * translated code left for is translated from its second run on (FOLLOW_HOT), whatever --hot says
 * (its third, TRACE_SAMPLES, when it has side exits and traces are on), and a block being
 * translated takes with it its direct successors that have run as often (they are linked to it
 * at once). Only code that cold code alone reaches waits for --hot runs: start-up
 * and one-time paths stay in the interpreter.
 *
 *   exec_staged_init(options);           // once, for engines dbt and auto
 *   exec_staged_run(cpu, b);             // in place of an interpreter run; returns on an exit
 *
 * Threads share the code cache: translating and linking happen under translate_lock, and a full
 * cache is never flushed from here: it asks the block store for a flush (which stops the world
 * where there are threads) and returns to the loop.
 *
 * The C helpers translated code calls for the ops it does not inline are made here, from the
 * interpreters' one semantics file (interp/semantics.inc): one function per op. exec/ is the part
 * that may know both interp/ and dbt/, so the semantics stay written once.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "blocks.h"
#include "exec.h"
#include "lockstep.h"
#include "staged.h"
#include "../dbt/dbt.h"
#include "../interp/engine.h"

#define DEFAULT_HOT 16
#define DEFAULT_CODE_CACHE (64ull << 20)
/* Runs after which a block that translated code leaves for (a direct exit to untranslated code, a
 * register jump no cache knew) is translated: hotness follows control flow out of hot code. */
#define FOLLOW_HOT 1
/* Runs in the interpreter, at least, before a block with side exits is translated when traces are
 * on (in place of FOLLOW_HOT): its shape is chosen from them, and a single run is often a first
 * call's. lua's luaD_precall, first seen calling a Lua function, then calls C functions all
 * along: side exits taken 47 M -> 36 M a run with two. */
#define TRACE_SAMPLES 2
/* Guest instructions a thread runs before control flow makes blocks hot (FOLLOW_HOT, and the
 * successors translated along with a block): until then only --hot runs do. A start-up's code
 * mostly runs a few times (the dynamic loader's relocations, libc's set-up), and translating each
 * block that translated code left for, at its second run, cost more than interpreting it: a
 * dynamic hello world translated 136 blocks, 52 this way (3.36 -> 2.97 ms CPU). Past the start
 * the rule keeps the manager out of hot code's neighbourhood as before (dispatcher trips per
 * million guest instructions: speedtest1 5.6 -> 7.0, lua 1.0 -> 2.2; times the same). */
#define WARM_UP_INSNS (2u << 20)
/* Blocks translated at most along with one, as its direct successors (translate_successors). */
#define EAGER_MAX 16
/* Branches a block is decoded again to follow into their targets, at most (likely_taken). */
#define LIKELY_MAX 16

/* --- one helper per op, from semantics.inc --------------------------------------------------- */
#define CASE(id) static void helper_##id(struct cpu *cpu __attribute__((unused)), \
					 const struct isa_insn *in __attribute__((unused)))
#define NEXT
#define TAKE(target) do { cpu->pc = (target); cpu->exit_reason = CPU_EXIT_BLOCK; return; } while (0)
#define FALL do { cpu->pc = in->pc + in->len; cpu->exit_reason = CPU_EXIT_BLOCK; return; } while (0)
#define FOLLOW(target) TAKE(target) /* translated inline, never through its helper */
#define LEAVE_INDIRECT(target) TAKE(target)
#define JUMP_INDIRECT(target) TAKE(target)
#define EXIT(reason, newpc) do { cpu->pc = (newpc); cpu->exit_reason = (reason); return; } while (0)
#define SYNC_PC (cpu->pc = in->pc)
#define INSTRET_AHEAD 0 /* translated code makes instret exact for a helper (tx_call_helper) */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#include "../interp/semantics.inc"
#pragma GCC diagnostic pop
#undef CASE
#undef NEXT
#undef TAKE
#undef FALL
#undef FOLLOW
#undef LEAVE_INDIRECT
#undef JUMP_INDIRECT
#undef EXIT
#undef SYNC_PC
#undef INSTRET_AHEAD

/* ORDER OP */
static dbt_helper_fn *const helpers[ISA_OP_COUNT] = {
	[ISA_OP_ILLEGAL] = helper_ILLEGAL,
#define INSN(id, name, match, mask, fmt, flags) [ISA_OP_##id] = helper_##id,
#include "../isa/insn.def"
#undef INSN
	[ISA_OP_BLOCK_END] = helper_BLOCK_END,
	[ISA_OP_CALL_ROUTINE] = helper_CALL_ROUTINE,
	[ISA_OP_JAL_FOLLOWED] = helper_JAL_FOLLOWED,
	[ISA_OP_RET_FOLLOWED] = helper_RET_FOLLOWED,
};

/* --- the manager's loop for translated code ---------------------------------------------------- */
static uint64_t hot;
static int traces; /* blocks reshaped along the branches the interpreter saw taken */
static uint64_t interpreted_runs; /* blocks run in the interpreter here */

/* The interpreter runs one block per call here: a link it made would keep it from ever coming
 * back to find the successor translated. */
static struct isa_block *no_successor(uint64_t pc)
{
	(void)pc;
	return NULL;
}

/* --- traces: branches followed the way the interpreter saw them go ------------------------------
 * A block goes on along each conditional branch's fall-through and leaves where one is taken
 * (a side exit: the dirty registers stored, then a jump to the target's translation). Where the
 * interpreter saw a branch taken on most runs that reached it, the block is decoded again before
 * it is translated, going on at the branch's target instead (exec_block_reshape), and with the
 * shapes of the blocks there (the traced path is theirs): an interpreter's `goto dispatch` at the
 * end of each handler then becomes each handler's own copy of the dispatch, its register jump
 * predicted from that handler's history. The counts are the interpreter's (the runs before a
 * block is hot), one per side exit taken, kept in the branch's decoded instruction (rs3, which a
 * branch has no use for: insn.h): racy between threads and saturating at 255, a guide, never
 * trusted for correctness (every shape is right; only speed depends on the guess). In a 256 KiB
 * table beside the blocks, hashed by instruction, the counts cost a static hello world a hundred
 * page faults (62 of its 64 pages touched, most read and then written) and, made smaller, lost
 * counts to collisions (speedtest1 followed a quarter fewer branches). */
static uint32_t taken_count(const struct isa_insn *branch)
{
	return __atomic_load_n(&branch->rs3, __ATOMIC_RELAXED);
}

/* b's interpreted run left for pc: counts the side exit that went there, if one did. */
static void count_side_exit(const struct isa_block *b, uint64_t pc)
{
	for (uint32_t i = 0; i + 1 < b->n_insns; i++) {
		struct isa_insn *in = (struct isa_insn *)&b->insns[i];
		if (isa_ops[in->op].fmt != ISA_FMT_B || in->pc + (uint64_t)in->imm != pc) continue;
		uint8_t taken = __atomic_load_n(&in->rs3, __ATOMIC_RELAXED);
		if (taken < UINT8_MAX) __atomic_store_n(&in->rs3, (uint8_t)(taken + 1), __ATOMIC_RELAXED);
		return;
	}
}

/* Adds to likely[n..] the pcs of b's branches to follow: taken on most of b's interpreted runs
 * that reached them, or followed by b already (b reshaped); then, depth permitting, those of the
 * block at each such branch's target. A branch into a loop on itself is not followed: the loop
 * stays whole, entered by a side exit (the translator keeps its registers in host registers round
 * after round; a copy of its body in a trace would run it a round at a time). Returns the new
 * count. */
static uint32_t likely_taken(const struct isa_block *b, uint64_t likely[LIKELY_MAX], uint32_t n, int depth)
{
	uint64_t reach = b->exec_count < UINT8_MAX ? b->exec_count : UINT8_MAX; /* as the counts saturate */
	for (uint32_t i = 0; i + 1 < b->n_insns && n < LIKELY_MAX; i++) {
		const struct isa_insn *in = &b->insns[i];
		if (isa_ops[in->op].fmt != ISA_FMT_B) continue;
		int followed = isa_branch_followed(in);
		uint64_t taken = followed ? 0 : taken_count(in);
		if (!followed && (taken == 0 || 2 * taken <= reach)) {
			reach -= taken < reach ? taken : reach;
			continue;
		}
		reach -= taken < reach ? taken : reach;
		uint64_t target = in->pc + (uint64_t)(followed ? in->imm2 : in->imm);
		const struct isa_block *next = exec_block_find(target);
		if (next && next != b && isa_block_loops(next)) continue;
		likely[n++] = in->pc;
		if (next && next != b && depth > 0) n = likely_taken(next, likely, n, depth - 1);
	}
	return n;
}

/* Whether b has run often enough to be translated when translated code leaves for it. */
static int followed_enough(const struct isa_block *b)
{
	if (b->exec_count < FOLLOW_HOT) return 0;
	if (!traces || b->exec_count >= TRACE_SAMPLES) return 1;
	for (uint32_t i = 0; i + 1 < b->n_insns; i++)
		if (isa_ops[b->insns[i].op].fmt == ISA_FMT_B) return 0;
	return 1;
}

/* b, or b decoded again along the branches it would leave by most often, to translate now. A
 * block reshaped already is what its runs in the interpreter (if any) measured. */
static struct isa_block *traced(struct isa_block *b)
{
	uint64_t likely[LIKELY_MAX];
	for (uint32_t i = 0; i + 1 < b->n_insns; i++)
		if (isa_branch_followed(&b->insns[i])) return b;
	uint32_t n = traces ? likely_taken(b, likely, 0, 2) : 0;
	return n ? exec_block_reshape(b, likely, n) : b;
}

static pthread_mutex_t translate_lock = PTHREAD_MUTEX_INITIALIZER;

/* Translates b (unless another thread just did). Returns 0 when the cache is full: a flush of
 * the block store (and with it the cache) is requested; the caller returns to the loop. A block
 * an empty cache cannot hold stays interpreted. */
static int translate(struct isa_block *b)
{
	pthread_mutex_lock(&translate_lock);
	int ok = b->translation || dbt_translate(b) || dbt_empty();
	pthread_mutex_unlock(&translate_lock);
	if (!ok) exec_blocks_request_flush();
	return ok;
}

/* exec_blocks_on_invalidate's hook: b's code changed; its translation must not be entered again. */
static int invalidate(struct isa_block *b)
{
	pthread_mutex_lock(&translate_lock);
	int ok = dbt_invalidate(b);
	pthread_mutex_unlock(&translate_lock);
	return ok;
}

/* The guest pcs b's translation leaves for directly: its side exits (branches taken before its
 * end), and at its end a branch's target and fall-through, a jump's target, a call's return point,
 * the pc after an ecall or after a block cut by the length bound. Returns how many, in out. */
static int direct_successors(const struct isa_block *b, uint64_t out[ISA_BLOCK_MAX_INSNS + 2])
{
	int n = 0;
	for (uint32_t i = 0; i + 1 < b->n_insns; i++)
		if (isa_ops[b->insns[i].op].fmt == ISA_FMT_B) out[n++] = b->insns[i].pc + (uint64_t)b->insns[i].imm;
	const struct isa_insn *last = &b->insns[b->n_insns - 1];
	uint64_t npc = last->pc + last->len;
	if (isa_ops[last->op].fmt == ISA_FMT_B || last->op == ISA_OP_JAL) {
		out[n++] = last->pc + (uint64_t)last->imm;
		if (last->op != ISA_OP_JAL || last->rd) out[n++] = npc;
	} else if (last->op == ISA_OP_JALR) {
		if (last->rd) out[n++] = npc;
	} else if (last->op == ISA_OP_BLOCK_END) {
		out[n++] = last->pc;
	} else if (last->op == ISA_OP_ECALL) {
		out[n++] = npc;
	}
	return n;
}

/* Translates b's direct successors that have run before (and theirs, up to EAGER_MAX blocks):
 * code next to hot code is about to run, and translated with it now its exits are linked at once
 * (links.c) instead of each leaving for the manager the first time. */
static void translate_successors(struct isa_block *b)
{
	struct isa_block *todo[EAGER_MAX];
	int n = 0, made = 0;
	todo[n++] = b;
	while (n > 0 && made < EAGER_MAX) {
		struct isa_block *from = todo[--n];
		uint64_t pcs[ISA_BLOCK_MAX_INSNS + 2];
		int k = direct_successors(from, pcs);
		for (int i = 0; i < k && made < EAGER_MAX; i++) {
			struct isa_block *s = exec_block_find(pcs[i]);
			if (!s || s->translation || !followed_enough(s)) continue;
			s = traced(s);
			if (!translate(s)) return;
			made++;
			if (n < EAGER_MAX) todo[n++] = s;
		}
	}
}

static void link(struct dbt_exit from, struct isa_block *to)
{
	if (!from.site) return;
	pthread_mutex_lock(&translate_lock);
	if (!dbt_retired(to)) dbt_link(from, to); /* retired since found: a link could loop */
	pthread_mutex_unlock(&translate_lock);
}

static void interpret_one(struct cpu *cpu, struct isa_block *b)
{
	interpreted_runs++;
	interp_threaded_run(cpu, b, no_successor);
	/* a block boundary (a signal's exit there too: --lockstep's way to stop at the end) */
	if (cpu->exit_reason == CPU_EXIT_BLOCK || cpu->exit_reason == CPU_EXIT_SIGNAL) count_side_exit(b, cpu->pc);
}

void exec_staged_run(struct cpu *cpu, struct isa_block *b)
{
	struct dbt_exit from = { 0 };
	for (;;) {
		int warm = cpu->instret >= WARM_UP_INSNS;
		if (!b->translation && (b->exec_count >= hot || (warm && from.site && followed_enough(b)))) {
			b = traced(b);
			if (!translate(b)) {
				cpu->pc = b->pc; /* back to the loop, which flushes */
				cpu->exit_reason = CPU_EXIT_BLOCK;
				return;
			}
			if (warm) translate_successors(b);
		}
		if (b->translation) {
			link(from, b);
			from = dbt_run(cpu, b, 0);
		} else {
			from = (struct dbt_exit){ 0 };
			interpret_one(cpu, b);
		}
		if (cpu->exit_reason != CPU_EXIT_BLOCK) return;
		b = exec_block_get(cpu->pc);
		if (!b) return; /* the loop flushes the block store or raises the fetch fault */
		cpu->exit_reason = CPU_EXIT_NONE;
	}
}

/* --lockstep=dbt|auto: b alone, translated once it has run --hot times (at once for dbt), decoded
 * again first when the interpreter saw it leave by a branch more often than not: the new shape
 * is the block the next look-up finds, b runs once more in the interpreter. cpu->pending is set,
 * so the next block's entry check stops any jump cache; a direct exit leaves unchained (chaining
 * is off in lockstep). Both end the block as a pending signal would. */
static void lockstep_one(struct cpu *cpu, struct isa_block *b)
{
	if (!b->translation && b->exec_count >= hot && traced(b) == b)
		translate(b); /* when full: interpreted now, flushed at the next loop */
	if (b->translation) dbt_run(cpu, b, 1);
	else interpret_one(cpu, b);
	if (cpu->exit_reason == CPU_EXIT_BLOCK) cpu->exit_reason = CPU_EXIT_SIGNAL;
}

/* dbt_options.syscall: loop.c's, which knows the engine bracket and the manager's ecall path. */
static enum dbt_syscall_end syscall_in_code(struct cpu *cpu)
{
	return (enum dbt_syscall_end)exec_syscall_in_code(cpu);
}

void exec_staged_init(const struct exec_options *o)
{
	hot = o->engine == EXEC_ENGINE_DBT ? 0 : o->hot >= 0 ? (uint64_t)o->hot : DEFAULT_HOT;
	traces = !o->no_traces;
	struct dbt_options d = {
		.cache_size = o->code_cache ? o->code_cache : DEFAULT_CODE_CACHE,
		.chain = !o->no_chain && !o->lockstep,
		.ibcache = !o->no_ibcache,
		.pin = !o->no_pin,
		.pins = o->pins >= 0 ? o->pins : 9,
		.ras = o->ras,
		.idioms = !o->no_idioms,
		.fusion = !o->no_fusion,
		.loop_bases = !o->no_loop_bases,
		.stats = o->stats,
		.dump = o->dump_blocks,
		.perf_map = o->perf_map,
		/* lockstep runs one block at a time: an ecall leaves, as a trap does */
		.syscall = o->no_inline_syscalls || o->lockstep ? NULL : syscall_in_code,
		.whole_blocks = o->lockstep,
	};
	dbt_init(&d, helpers);
	exec_blocks_on_flush(dbt_flush);
	if (!o->lockstep) exec_blocks_on_invalidate(invalidate); /* lockstep: whole flushes, as threaded */
	if (o->lockstep) exec_lockstep_tested = lockstep_one;
}

void exec_staged_print_stats(FILE *f)
{
	fprintf(f, "  %-44s %12llu\n", "blocks run in the interpreter by the stager", (unsigned long long)interpreted_runs);
	dbt_print_stats(f);
}
