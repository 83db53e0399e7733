/* The block store and map table (see blocks.h).
 *
 * A block runs from its pc to the first instruction that ends a block (ISA_F_END), an illegal one,
 * the last instruction on executable pages, the first on a page past BLOCK_PAGES, or
 * ISA_BLOCK_MAX_INSNS instructions; a block cut short gets an ISA_OP_BLOCK_END entry that falls
 * through to the next pc. A conditional branch does not end a block unless it branches back to the
 * block's start (a loop, which the translator keeps inside one translation): the block goes on
 * along its fall-through path, and the branch taken is a side exit. A jump (jal x0) does not end
 * it either, unless its target is in the block already (a loop again): it becomes
 * ISA_OP_JAL_FOLLOWED and the block goes on at the target, so its instructions need not be
 * consecutive. Nor does a call (jal ra) of a function that returns within CALL_FOLLOW_MAX
 * instructions: the block goes on into the callee, and its `ret` becomes ISA_OP_RET_FOLLOWED, a
 * guard that the return goes back to the call's return point, where the block goes on (a return
 * elsewhere leaves the block as the register jump it is). So a block is a superblock, one entry
 * and several exits, and a loop whose body has forward branches (a loop condition, an early exit,
 * an if/else rejoining by a jump, a call of a short function) is one block looping on itself
 * (--no-superblocks: every conditional branch, jump and call ends its block). Blocks are
 * bump-allocated from one arena; when it runs out the store asks for a flush rather than freeing
 * piecemeal.
 *
 * Calls of known routines. A `jal ra` whose target starts a routine every engine can run whole
 * (isa/routines.h: libgcc's __ctzdi2 and __clzdi2, byte for byte, all on one page, its GOT entry
 * below the guest limit) does not end the block either: it becomes ISA_OP_CALL_ROUTINE, the call
 * and the routine's whole effect as one instruction, and the block goes on at the return point.
 * So a loop that calls such a routine stays one block looping on itself. When the routine's reads
 * would fault, the instruction is a side exit to the routine. The routine's code is part of the
 * block's code: its page is code-protected too and one of the block's pages, so a write to the
 * routine drops the caller (a call to a routine on a page past BLOCK_PAGES ends the block as
 * before). When the table the routine's GOT entry names is __clz_tab's own bytes on read-only
 * pages, those pages become the block's too (table_known), so that the translator may take the
 * bytes as known. --no-idioms: none.
 *
 * Traces. A block is decoded along fall-throughs first; exec_block_reshape decodes it again going
 * on at the targets of branches its caller (the stager, from the interpreter's counts) found taken
 * more often than not, each such branch on the opposite condition so that taken leaves for the
 * old fall-through (isa_branch_followed). The new block is published in front of the old in the
 * map chain and the old leaves the map; it stays on its pages' chains, so a thread that found it
 * before runs correct code and a write to its code drops it as any block.
 *
 * Threads. Decoding and inserting happen under decode_lock; a look-up takes no lock: a block is
 * complete before it is published at the head of its hash chain (a release store, read with
 * acquire), and a published block never changes but for the links engines keep in succ[] (single
 * aligned pointer stores: a racing thread sees the old link or the new one, both valid blocks) and
 * exec_count (racy between threads, so --stats counts blocks executed approximately then).
 * A flush frees nothing while another thread might run a block: it stops the world first
 * (os_threads_stop: every thread leaves its engine at its next block boundary, and threads in
 * system calls are outside already), empties the store, and lets the world go on. Engine runs and
 * look-ups happen only between os_guest_enter and os_guest_leave (exec/loop.c), which is what the
 * stop waits for.
 *
 * Self-modifying code. Every page is marked a code page (mem_code_protect: read-only on the host)
 * before a block is decoded from it, so a later write to it faults and mem/ queues the page. The
 * queue is taken before every look-up (exec_blocks_drain): with an invalidation hook (the
 * translator's, exec_blocks_on_invalidate), each block with code on a queued page leaves the map
 * table and the hook turns every other way into it into an exit; the block's memory stays until the
 * next flush, so a thread still running it finishes it safely. Blocks are found per page through
 * a second set of chains (struct page_links, in front of each block in the arena). Without a hook
 * (the threaded engine links blocks in succ[], which nothing could redirect), or when the queue
 * overflowed, the store is flushed whole instead.
 */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "blocks.h"
#include "stats.h"
#include "../isa/cpu.h"
#include "../isa/routines.h"
#include "../mem/mem.h"
#include "../os/thread.h"

#define ARENA_SIZE (64u << 20)
/* Map table slots: 2^13 (64 KiB, chained). The table is looked up only when code leaves for the
 * manager or a translation is made, and a start-up faults in every page it touches twice (read,
 * then written): 2^18 slots cost a static hello world a hundred page faults, and speedtest1's
 * 11,500 blocks walk chains of 1.4 here. */
#define MAP_BITS 13
#define MAP_SIZE (1u << MAP_BITS)

static uint8_t *arena;

/* Instructions decoded before, by encoding (direct-mapped, under decode_lock): blocks overlap
 * (traces, followed calls, blocks decoded again along taken branches), so the block store meets
 * most instructions more than once (speedtest1 decodes 292,000 at 83,000 pcs), and an
 * instruction's decoded form is a function of its encoding alone, the pc aside. An entry keeps
 * the decoded form's bytes from bits on, copied back whole (a load of the op and rd just stored
 * one by one would wait for the stores: isa_decode). */
#define DECODED_BITS 12
static struct decoded {
	int64_t imm;
	uint8_t from_bits[sizeof(struct isa_insn) - offsetof(struct isa_insn, bits)]; /* len 0: empty */
} *decoded; /* 1 << DECODED_BITS, mapped in whole at start: looked up before it is written, a page
	     * would fault twice (read, then written), and a start-up touches nearly all of them */
_Static_assert(offsetof(struct isa_insn, bits) + sizeof(((struct decoded *)0)->from_bits) == sizeof(struct isa_insn) &&
		       offsetof(struct isa_insn, bits) == 24 && offsetof(struct isa_insn, len) == 35,
	       "struct decoded keeps struct isa_insn from bits to its end");

static size_t arena_used;
static struct isa_block *map[MAP_SIZE];
static int flush_wanted; /* set under decode_lock, read without */
static pthread_mutex_t decode_lock = PTHREAD_MUTEX_INITIALIZER;
static __thread int holds_decode_lock; /* a fault while decoding unwinds past the unlock */
static uint64_t executed_in_flushed; /* exec_count of blocks already forgotten */
static void (*prepare_block)(struct isa_block *);
static int side_exits_allowed = 1; /* superblocks (exec_blocks_init) */
/* Instructions of a callee a block follows a call into (its return included), at most: a short
 * leaf function, copied into each block that calls it. Longer ones cost more translation than
 * they save (following every call: sqlite's speedtest1 7% slower). */
#define CALL_FOLLOW_MAX 16
static int known_calls_allowed;    /* calls of known routines kept inside blocks (exec_blocks_init) */
static void (*on_flush)(void);
static int (*on_invalidate)(struct isa_block *);

#define PAGE_BITS 12
#define PAGE_BUCKETS (1u << 14) /* consecutive pages never share a bucket */
/* The pages a block's code lies on (its own instructions, those past the jumps it follows, the
 * known routines it calls), page-aligned, page[0] that of its pc. */
struct page_set {
	uint64_t page[BLOCK_PAGES];
	uint32_t n;
};
/* In front of each block in the arena: its pages, and its links in the chains of their buckets.
 * The block is on each bucket's chain once: a page whose bucket an earlier page of the set has
 * shares that page's link (next[] of the first). */
struct page_links {
	struct isa_block *next[BLOCK_PAGES];
	struct page_set pages;
};
static struct isa_block *page_chain[PAGE_BUCKETS]; /* under decode_lock */
static struct {
	uint64_t pages, blocks, whole_flushes;
} smc_stats;

static inline struct page_links *links_of(struct isa_block *b) { return (struct page_links *)b - 1; }
static inline uint32_t page_bucket(uint64_t addr) { return (uint32_t)(addr >> PAGE_BITS) & (PAGE_BUCKETS - 1); }
/* Which of b's links continues the chain of bucket (b is in it), or -1 when b is not. */
static inline int link_in(struct isa_block *b, uint32_t bucket)
{
	const struct page_set *s = &links_of(b)->pages;
	for (uint32_t i = 0; i < s->n; i++)
		if (page_bucket(s->page[i]) == bucket) return (int)i;
	return -1;
}
/* Whether b's link i is the first of its bucket (so b is on that bucket's chain through it). */
static inline int first_of_bucket(struct isa_block *b, uint32_t i)
{
	return link_in(b, page_bucket(links_of(b)->pages.page[i])) == (int)i;
}
static inline uint64_t page_of(uint64_t addr) { return addr & ~(uint64_t)(MEM_PAGE_SIZE - 1); }
static inline int page_in(const struct page_set *s, uint64_t page)
{
	for (uint32_t i = s->n; i-- > 0;) /* the latest first: code runs on */
		if (s->page[i] == page) return 1;
	return 0;
}
/* Whether b's code lies on the page at page. */
static inline int on_page(struct isa_block *b, uint64_t page) { return page_in(&links_of(b)->pages, page); }
/* Adds the pages of first and last (an instruction's first and last byte, or one address twice)
 * to s, both or neither. 0: s has no room for them. */
static int page_add(struct page_set *s, uint64_t first, uint64_t last)
{
	uint64_t a = page_of(first), b = page_of(last);
	int add_a = !page_in(s, a), add_b = b != a && !page_in(s, b);
	if (s->n + (uint32_t)(add_a + add_b) > BLOCK_PAGES) return 0;
	if (add_a) s->page[s->n++] = a;
	if (add_b) s->page[s->n++] = b;
	return 1;
}

/* Arena bytes a block of n_insns entries takes, its page links included. */
static inline size_t span(uint32_t n_insns)
{
	return (sizeof(struct page_links) + sizeof(struct isa_block) + n_insns * sizeof(struct isa_insn) + 15) & ~(size_t)15;
}

void exec_blocks_on_flush(void (*fn)(void)) { on_flush = fn; }
void exec_blocks_on_invalidate(int (*fn)(struct isa_block *)) { on_invalidate = fn; }

static inline uint32_t map_slot(uint64_t pc)
{
	/* Instructions are 2-byte aligned: drop bit 0, then mix the page bits into the index. */
	return (uint32_t)(((pc >> 1) ^ (pc >> (MAP_BITS + 1))) & (MAP_SIZE - 1));
}

void exec_blocks_init(void (*prepare)(struct isa_block *), int superblocks, int known_calls)
{
	prepare_block = prepare;
	side_exits_allowed = superblocks;
	known_calls_allowed = known_calls;
	if (arena) return;
	arena = mmap(NULL, ARENA_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	decoded = mmap(NULL, sizeof *decoded << DECODED_BITS, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
	if (arena == MAP_FAILED || decoded == MAP_FAILED) {
		perror("isomorph: block store");
		exit(1);
	}
}

/* Whether the page of addr is executable; if so it is code-protected first (a write from then on
 * faults, and drops the blocks decoded from it). *checked: the last page found so, whose checks
 * one decode need not repeat. */
static int fetchable(uint64_t addr, uint64_t *checked)
{
	uint64_t page = page_of(addr);
	if (page == *checked) return 1;
	int prot = mem_page_prot(addr); /* -1 past the guest limit or unmapped */
	if (prot < 0 || !(prot & PROT_EXEC)) return 0;
	mem_code_protect(addr);
	*checked = page;
	return 1;
}

/* Reads the instruction at pc if every byte of it lies on executable guest pages. */
static int fetch(uint64_t pc, uint32_t *bits, uint64_t *checked)
{
	uint16_t lo, hi;
	if (!fetchable(pc, checked)) return 0;
	memcpy(&lo, mem_host(pc), sizeof lo);
	if (isa_insn_length(lo) == 2) {
		*bits = lo;
		return 1;
	}
	uint64_t next = pc + 2;
	if (!fetchable(next, checked)) return 0;
	memcpy(&hi, mem_host(next), sizeof hi);
	*bits = (uint32_t)hi << 16 | lo;
	return 1;
}

uint64_t exec_routine_table(uint64_t got)
{
	uint64_t tab;
	int got_prot = mem_page_prot(got);
	if (got_prot < 0 || !(got_prot & PROT_READ)) return 0;
	memcpy(&tab, mem_host(got), sizeof tab); /* the 8 bytes are on one page (isa_routine_at) */
	if (tab == 0 || tab >= MEM_GUEST_LIMIT - 256) return 0;
	for (uint64_t a = tab; a <= tab + 255; a = page_of(a) + MEM_PAGE_SIZE) {
		int prot = mem_page_prot(a);
		if (prot < 0 || !(prot & PROT_READ) || (prot & PROT_WRITE)) return 0;
	}
	return tab;
}

/* Whether the table the GOT entry at got names is __clz_tab's own bytes on read-only pages: then
 * those pages join the block's (in with), marked code pages before the bytes are compared, so
 * that a write to the table, or an mprotect letting one, drops the block, and the translator may
 * take the bytes as known (src/dbt/idioms.c). A writable table is read at every call as before:
 * its page must not trap the data writes beside it. */
static int table_known(uint64_t got, struct page_set *with)
{
	uint64_t tab = exec_routine_table(got);
	struct page_set more = *with;
	if (!tab || !page_add(&more, tab, tab + 255)) return 0;
	mem_code_protect(tab);
	mem_code_protect(tab + 255);
	if (!isa_routine_table_is_clz_tab(mem_host(tab))) return 0;
	*with = more;
	return 1;
}

/* Whether in (a jal, decoded in the block being made) calls a known routine the block may run
 * whole; if so, in becomes ISA_OP_CALL_ROUTINE, and the routine's page joins the block's pages. */
static int call_of_known_routine(struct isa_insn *in, struct page_set *pages)
{
	if (!known_calls_allowed || in->op != ISA_OP_JAL || in->rd != ISA_REG_RA) return 0;
	uint64_t target = in->pc + (uint64_t)in->imm, page = page_of(target), checked = 1;
	struct page_set with = *pages;
	if (!page_add(&with, target, target) || !fetchable(target, &checked)) return 0;
	static struct isa_insn code[ISA_ROUTINE_MAX_INSNS]; /* under decode_lock */
	uint64_t got;
	enum isa_routine r = isa_routine_at(target, mem_host(target), page + MEM_PAGE_SIZE - target, code, &got);
	int64_t from_pc = (int64_t)(got - in->pc);
	if (r == ISA_ROUTINE_NONE || got >= MEM_GUEST_LIMIT || from_pc != (int32_t)from_pc) return 0;
	in->op = ISA_OP_CALL_ROUTINE;
	in->rs3 = (uint8_t)r;
	in->imm2 = (int32_t)from_pc;
	in->rm = (uint8_t)table_known(got, &with);
	*pages = with;
	exec_stats.routine_calls_decoded++;
	return 1;
}

/* Whether the block being made (b, its first n entries decoded, in the last) goes on through in
 * at its target: a jump (jal x0), or a call (jal ra) when no other call is being followed (the
 * decoder then takes it back unless the callee returns within CALL_FOLLOW_MAX instructions), unless
 * the target is an instruction of the block already (a loop, which stays one: the jump is its back
 * edge and ends the block) or the block is nearly full. */
static int follows(const struct isa_block *b, uint32_t n, const struct isa_insn *in, int in_call)
{
	if (!side_exits_allowed || in->op != ISA_OP_JAL) return 0;
	if (in->rd != ISA_REG_ZERO && (in->rd != ISA_REG_RA || in_call)) return 0;
	if (n + 2 > ISA_BLOCK_MAX_INSNS) return 0;
	uint64_t target = in->pc + (uint64_t)in->imm;
	for (uint32_t i = 0; i < n; i++)
		if (b->insns[i].pc == target) return 0;
	return 1;
}

/* isa_decode(in, pc, bits), from memory when the encoding was decoded before. */
static unsigned decode_one(struct isa_insn *in, uint64_t pc, uint32_t bits)
{
	if (isa_insn_length((uint16_t)bits) == 2) bits &= 0xffff;
	struct decoded *d = &decoded[(bits * 0x9e3779b1u) >> (32 - DECODED_BITS)];
	uint32_t kept;
	memcpy(&kept, d->from_bits, sizeof kept);
	uint8_t len = d->from_bits[offsetof(struct isa_insn, len) - offsetof(struct isa_insn, bits)];
	if (len && kept == bits) {
		in->handler = NULL;
		in->pc = pc;
		in->imm = d->imm;
		memcpy(&in->bits, d->from_bits, sizeof d->from_bits);
		return len;
	}
	len = (uint8_t)isa_decode(in, pc, bits);
	d->imm = in->imm;
	memcpy(d->from_bits, &in->bits, sizeof d->from_bits);
	return len;
}

/* Callees found to run CALL_FOLLOW_MAX instructions without returning, by pc (direct-mapped, a
 * guide): a call to one ends its block without decoding the callee again to find out. Every
 * call site of such a function probed its first 16 instructions and threw them away: a fifth of
 * a start-up's decoding, a quarter of speedtest1's. Only decodes that follow no branch (the
 * callee's own straight path) remember and ask, so every block comes out as it would without
 * the memory. */
#define LONG_CALLEES 1024
static uint64_t long_callees[LONG_CALLEES]; /* under decode_lock */

static uint64_t *long_callee_slot(uint64_t pc) { return &long_callees[(pc >> 1) & (LONG_CALLEES - 1)]; }
static int long_callee(uint64_t pc) { return *long_callee_slot(pc) == pc; }

/* Whether pc is one of the first n instructions of b. */
static int in_block(const struct isa_block *b, uint32_t n, uint64_t pc)
{
	for (uint32_t i = 0; i < n; i++)
		if (b->insns[i].pc == pc) return 1;
	return 0;
}

/* Whether the block being made (b, its first n entries decoded, in the last: a conditional branch)
 * goes on at the branch's target rather than its fall-through: the branch's pc is one of
 * likely[n_likely] (taken on most runs the interpreter saw: exec_block_reshape), its target is not
 * the block's start nor in the block already (a loop stays one) and the block has room. */
static int branch_follows(const struct isa_block *b, uint32_t n, const struct isa_insn *in, uint64_t pc,
			  const uint64_t *likely, uint32_t n_likely)
{
	if (!side_exits_allowed || isa_ops[in->op].fmt != ISA_FMT_B || n + 2 > ISA_BLOCK_MAX_INSNS) return 0;
	uint32_t k = 0;
	while (k < n_likely && likely[k] != in->pc) k++;
	uint64_t target = in->pc + (uint64_t)in->imm;
	return k < n_likely && target != pc && !in_block(b, n, target);
}

/* The branch on the opposite condition: beq <-> bne, blt <-> bge, bltu <-> bgeu. */
static uint16_t inverse_branch(uint16_t op)
{
	switch (op) {
	case ISA_OP_BEQ: return ISA_OP_BNE;
	case ISA_OP_BNE: return ISA_OP_BEQ;
	case ISA_OP_BLT: return ISA_OP_BGE;
	case ISA_OP_BGE: return ISA_OP_BLT;
	case ISA_OP_BLTU: return ISA_OP_BGEU;
	case ISA_OP_BGEU: return ISA_OP_BLTU;
	default: return op; /* not a conditional branch: never asked */
	}
}

/* Whether in is the return of the call being followed: `ret` (jalr x0, 0(ra)), its return point
 * within reach of imm2. The block goes on there, guarded (ISA_OP_RET_FOLLOWED). */
static int returns_from(const struct isa_insn *in, const struct isa_insn *call)
{
	if (in->op != ISA_OP_JALR || in->rd != ISA_REG_ZERO || in->rs1 != ISA_REG_RA || in->imm != 0) return 0;
	int64_t back = (int64_t)(call->pc + call->len - in->pc);
	return back == (int32_t)back;
}

static struct isa_block *find(uint64_t pc)
{
	for (struct isa_block *b = __atomic_load_n(&map[map_slot(pc)], __ATOMIC_ACQUIRE); b; b = b->hash_next)
		if (b->pc == pc) return b;
	return NULL;
}

int exec_block_covers(const struct isa_block *b, uint64_t first, uint64_t last)
{
	const struct page_set *s = &links_of((struct isa_block *)b)->pages;
	return page_in(s, page_of(first)) && page_in(s, page_of(last));
}

/* What decode() made of a block, counted once it is published. */
struct shape {
	int side_exits, followed, inverted;
};

/* Decodes the block at pc, going on at the targets of the conditional branches at the pcs in
 * likely[n_likely]; under decode_lock. publish() then makes it pc's block. */
static struct isa_block *decode(uint64_t pc, const uint64_t *likely, uint32_t n_likely, struct shape *shape)
{
	size_t need = sizeof(struct page_links) + sizeof(struct isa_block) + (ISA_BLOCK_MAX_INSNS + 1) * sizeof(struct isa_insn);
	if (arena_used + need > ARENA_SIZE) {
		__atomic_store_n(&flush_wanted, 1, __ATOMIC_RELAXED);
		return NULL;
	}
	struct isa_block *b = (struct isa_block *)(arena + arena_used + sizeof(struct page_links));
	struct page_links *l = links_of(b);
	l->pages.n = 0;
	uint64_t at = pc, checked = 1; /* no page yet (pages are aligned) */
	uint32_t n = 0, bits;
	int ended = 0, side_exits = 0, followed = 0, inverted = 0;
	/* The call being followed, if any: the block as it was just after it, which it goes back to
	 * (the call ending it) when the callee does not return soon enough. */
	struct {
		int open;
		uint32_t n;
		int side_exits, followed, inverted;
		struct page_set pages;
	} call = { 0 };
	for (;;) {
		if (n == ISA_BLOCK_MAX_INSNS || (call.open && n - call.n == CALL_FOLLOW_MAX)) goto stop;
		if (inverted && in_block(b, n, at)) goto stop; /* a followed branch led back into the block */
		if (!fetch(at, &bits, &checked) || !page_add(&l->pages, at, at + isa_insn_length((uint16_t)bits) - 1)) goto stop;
		struct isa_insn *in = &b->insns[n++];
		at += decode_one(in, at, bits);
		if (call_of_known_routine(in, &l->pages)) continue;
		if (call.open && returns_from(in, &b->insns[call.n - 1])) {
			in->op = ISA_OP_RET_FOLLOWED;
			in->imm2 = (int32_t)(b->insns[call.n - 1].pc + b->insns[call.n - 1].len - in->pc);
			at = in->pc + (uint64_t)(int64_t)in->imm2;
			call.open = 0;
			continue;
		}
		if (follows(b, n, in, call.open) &&
		    !(n_likely == 0 && in->rd != ISA_REG_ZERO && long_callee(in->pc + (uint64_t)in->imm))) {
			at = in->pc + (uint64_t)in->imm;
			if (in->rd != ISA_REG_ZERO)
				call = (typeof(call)){ 1, n, side_exits, followed, inverted, l->pages };
			in->op = ISA_OP_JAL_FOLLOWED;
			followed++;
			continue;
		}
		if (branch_follows(b, n, in, pc, likely, n_likely)) {
			/* on the opposite condition: taken is the side exit to the fall-through */
			at = in->pc + (uint64_t)in->imm;
			in->imm2 = (int32_t)in->imm;
			in->imm = in->len;
			in->op = inverse_branch(in->op);
			side_exits++;
			inverted++;
			continue;
		}
		int side_exit = side_exits_allowed && isa_ops[in->op].fmt == ISA_FMT_B && in->pc + (uint64_t)in->imm != pc;
		if (in->op == ISA_OP_ILLEGAL || ((isa_ops[in->op].flags & ISA_F_END) && !side_exit)) {
			ended = 1;
			goto stop;
		}
		side_exits += side_exit;
	}
stop:
	if (call.open) { /* the callee did not return in time: the call ends the block */
		uint64_t callee = b->insns[call.n - 1].pc + (uint64_t)b->insns[call.n - 1].imm;
		if (n - call.n == CALL_FOLLOW_MAX && n_likely == 0) *long_callee_slot(callee) = callee;
		n = call.n;
		side_exits = call.side_exits;
		followed = call.followed;
		inverted = call.inverted;
		l->pages = call.pages;
		b->insns[n - 1].op = ISA_OP_JAL;
		ended = 1;
	}
	if (n == 0) return NULL;
	b->n_guest = n;
	if (!ended) {
		struct isa_insn *end = &b->insns[n++];
		memset(end, 0, sizeof *end);
		end->op = ISA_OP_BLOCK_END;
		end->pc = at;
	}
	b->pc = pc;
	b->n_insns = n;
	b->exec_count = 0;
	b->translation = NULL;
	memset(b->succ, 0, sizeof b->succ);
	*shape = (struct shape){ side_exits, followed, inverted };
	return b;
}

/* Makes b, just decoded, pc's block: at the head of its map chain, where look-ups meet it first,
 * and in its pages' chains; under decode_lock. */
static void publish(struct isa_block *b, const struct shape *shape)
{
	struct page_links *l = links_of(b);
	arena_used += span(b->n_insns);
	if (prepare_block) prepare_block(b);
	uint32_t slot = map_slot(b->pc);
	b->hash_next = map[slot];
	__atomic_store_n(&map[slot], b, __ATOMIC_RELEASE);
	for (uint32_t i = 0; i < l->pages.n; i++) {
		l->next[i] = NULL;
		if (!first_of_bucket(b, i)) continue;
		uint32_t bucket = page_bucket(l->pages.page[i]);
		l->next[i] = page_chain[bucket];
		page_chain[bucket] = b;
	}
	exec_stats.blocks_decoded++;
	exec_stats.jumps_followed += (uint64_t)shape->followed;
	if (shape->side_exits) exec_stats.superblocks_decoded++;
	exec_stats.side_exits_decoded += (uint64_t)shape->side_exits;
	exec_stats.branches_followed += (uint64_t)shape->inverted;
}

/* Takes b out of the chain of bucket (b is in it). */
static void unchain_page(struct isa_block *b, uint32_t bucket)
{
	struct isa_block **pp = &page_chain[bucket];
	while (*pp != b) pp = &links_of(*pp)->next[link_in(*pp, bucket)];
	*pp = links_of(b)->next[link_in(b, bucket)];
}

/* Takes b out of the map table: a thread walking the chain now still gets past b (its hash_next
 * stays), and no look-up that starts later finds it. */
static void unmap(struct isa_block *b)
{
	struct isa_block **pp = &map[map_slot(b->pc)];
	while (*pp && *pp != b) pp = &(*pp)->hash_next;
	if (*pp) __atomic_store_n(pp, b->hash_next, __ATOMIC_RELEASE);
}

/* Drops b (which overlaps a queued page); under decode_lock. 0: the hook could not (flush all). */
static int drop(struct isa_block *b)
{
	for (uint32_t i = 0; i < links_of(b)->pages.n; i++)
		if (first_of_bucket(b, i)) unchain_page(b, page_bucket(links_of(b)->pages.page[i]));
	unmap(b);
	smc_stats.blocks++;
	return on_invalidate(b);
}

/* Drops the blocks with code on the page at page; under decode_lock. 0: flush all. */
static int drop_page(uint64_t page)
{
	uint32_t bucket = page_bucket(page);
	int ok = 1;
	struct isa_block *b = page_chain[bucket];
	while (b) {
		struct isa_block *next = links_of(b)->next[link_in(b, bucket)];
		if (on_page(b, page)) ok &= drop(b);
		b = next;
	}
	smc_stats.pages++;
	return ok;
}

int exec_blocks_drain(void)
{
	if (!__atomic_load_n(&mem_code_dirty, __ATOMIC_ACQUIRE)) return 0;
	uint64_t pages[64];
	int overflow, whole = !on_invalidate;
	size_t n;
	pthread_mutex_lock(&decode_lock);
	do {
		n = mem_code_take_dirty(pages, sizeof pages / sizeof pages[0], &overflow);
		whole |= overflow;
		for (size_t i = 0; i < n && !whole; i++) whole |= !drop_page(pages[i]);
	} while (n);
	if (whole) {
		__atomic_store_n(&flush_wanted, 1, __ATOMIC_RELAXED);
		smc_stats.whole_flushes++;
	}
	pthread_mutex_unlock(&decode_lock);
	return whole;
}

struct isa_block *exec_block_get(uint64_t pc)
{
	if (__atomic_load_n(&mem_code_dirty, __ATOMIC_RELAXED) && exec_blocks_drain()) return NULL;
	struct isa_block *b = find(pc);
	if (b) return b;
	pthread_mutex_lock(&decode_lock);
	holds_decode_lock = 1;
	b = find(pc); /* another thread may have decoded it meanwhile */
	struct shape shape;
	if (!b && (b = decode(pc, NULL, 0, &shape))) publish(b, &shape);
	holds_decode_lock = 0;
	pthread_mutex_unlock(&decode_lock);
	return b;
}

struct isa_block *exec_block_find(uint64_t pc) { return find(pc); }

struct isa_block *exec_block_reshape(struct isa_block *b, const uint64_t *likely, uint32_t n_likely)
{
	if (!n_likely) return b;
	pthread_mutex_lock(&decode_lock);
	holds_decode_lock = 1;
	struct isa_block *now = b;
	struct shape shape;
	/* still pc's block (not dropped, not reshaped by another thread), and the new shape differs;
	 * a loop on itself stays one (its first runs, often a first round, leave it early) */
	if (find(b->pc) == b && !b->translation && (now = decode(b->pc, likely, n_likely, &shape))) {
		if (!shape.inverted || (isa_block_loops(b) && !isa_block_loops(now))) {
			now = b; /* its arena space is taken by the next decode */
		} else {
			/* b leaves the map table but stays on its pages' chains: it is right for its pc
			 * still, for a thread that found it before, and dropped with them if they change */
			publish(now, &shape);
			unmap(b);
			exec_stats.blocks_reshaped++;
		}
	}
	holds_decode_lock = 0;
	pthread_mutex_unlock(&decode_lock);
	return now ? now : b;
}

void exec_blocks_after_fault(void)
{
	/* fetch reads guest code that another thread may unmap at that very moment */
	if (!holds_decode_lock) return;
	holds_decode_lock = 0;
	pthread_mutex_unlock(&decode_lock);
}

int exec_blocks_flush_wanted(void) { return __atomic_load_n(&flush_wanted, __ATOMIC_RELAXED); }
void exec_blocks_request_flush(void) { __atomic_store_n(&flush_wanted, 1, __ATOMIC_RELAXED); }


/* The first block in the arena at or after offset off (blocks lie back to back), or NULL. */
static struct isa_block *block_at(size_t off)
{
	return off < arena_used ? (struct isa_block *)(arena + off + sizeof(struct page_links)) : NULL;
}

/* Sum of exec_count over the blocks in the arena, dropped ones included. With clear, it also
 * empties the map table and page chains: slot by slot through the blocks, cheaper for the usual
 * few thousand blocks than clearing the tables whole at every flush. */
static uint64_t walk_arena(int clear)
{
	uint64_t sum = 0;
	size_t off = 0;
	for (struct isa_block *b; (b = block_at(off)); off += span(b->n_insns)) {
		sum += b->exec_count;
		if (!clear) continue;
		map[map_slot(b->pc)] = NULL;
		const struct page_set *s = &links_of(b)->pages;
		for (uint32_t i = 0; i < s->n; i++) page_chain[page_bucket(s->page[i])] = NULL;
	}
	return sum;
}

void exec_blocks_flush(void)
{
	os_threads_stop();
	if (on_flush) on_flush();
	executed_in_flushed += walk_arena(1);
	arena_used = 0;
	memset(long_callees, 0, sizeof long_callees);
	flush_wanted = 0;
	exec_stats.block_flushes++;
	os_threads_resume();
}

uint64_t exec_blocks_executed(void) { return executed_in_flushed + walk_arena(0); }

void exec_blocks_print_smc_stats(FILE *f)
{
	if (!mem_code_protection) {
		fprintf(f, "  %-44s %12s\n", "smc: code page protection", "off");
		return;
	}
	fprintf(f, "  %-44s %12llu\n", "smc: writable code pages write-protected", (unsigned long long)mem_code_stats.pages_protected);
	fprintf(f, "  %-44s %12llu\n", "smc: writes to code pages caught", (unsigned long long)mem_code_stats.write_faults);
	fprintf(f, "  %-44s %12llu\n", "smc: code pages a system call wrote", (unsigned long long)mem_code_stats.syscall_writes);
	fprintf(f, "  %-44s %12llu\n", "smc: code pages unmapped or mprotected", (unsigned long long)mem_code_stats.pages_dropped);
	fprintf(f, "  %-44s %12llu\n", "smc: pages invalidated", (unsigned long long)smc_stats.pages);
	fprintf(f, "  %-44s %12llu\n", "smc: blocks invalidated", (unsigned long long)smc_stats.blocks);
	fprintf(f, "  %-44s %12llu\n", "smc: whole flushes instead", (unsigned long long)smc_stats.whole_flushes);
}
