/* The code cache and the run-time side of translated code: the fixed routines (enter, exits, the
 * hashed jump cache, out-of-range accesses), chaining, flushing, and turning a host fault inside
 * translated code back into exact guest state.
 *
 *   dbt_init(&o, helpers);                 // maps the cache, writes the fixed routines
 *   struct dbt_exit x = dbt_run(cpu, b, 0);
 *   dbt_link(x, next);                     // patch the exit into a jump (or fill a jump cache)
 *   dbt_flush();                           // everything goes: translations, chains, caches
 *
 * Layout: | fixed routines and constants | translations, bump-allocated | free |
 * A translation's direct exit is a patchable `jmp rel32` that first points just past itself, at
 * code that stores the target pc and leaves with the jmp's address as the site to link. Indirect
 * exits (the return-address stack, inline slots, the hashed cache) are indirect.c's. Flushing
 * resets the bump pointer and empties the hashed cache, so no chain or cache entry survives into
 * new code; return-address stacks are cleared as each thread comes back in (dbt_run).
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>
#include <asm/prctl.h>
#include <sys/syscall.h>

#include "internal.h"
#include "../mem/mem.h"

struct dbt_state dbt;
__thread uint64_t dbt_site_generation;
struct dbt_stats dbt_stats;

_Static_assert((long)offsetof(struct cpu, x) + 8 - DBT_CPU_BIAS >= -128 && (long)offsetof(struct cpu, mem_limit) - DBT_CPU_BIAS <= 127,
	       "x1..x31 and mem_limit a one-byte displacement from HOST_CPU");

/* ORDER PIN: the guest registers most used by compiled code, and their host homes. */
const uint8_t dbt_pinned_guest[DBT_PINNED] = { 2, 10, 11, 12, 13, 14, 15, 8, 9 };
const uint8_t dbt_pinned_host[DBT_PINNED] = { X86_RBP, X86_R12, X86_R13, X86_RSI, X86_RDI,
					      X86_R8,  X86_R9,  X86_R10, X86_R11 };
/* gregs[] index of each host register (sys/ucontext.h), for restoring pins at a fault. */
static const int greg_of[16] = {
	[X86_RAX] = REG_RAX, [X86_RCX] = REG_RCX, [X86_RDX] = REG_RDX, [X86_RBX] = REG_RBX,
	[X86_RSP] = REG_RSP, [X86_RBP] = REG_RBP, [X86_RSI] = REG_RSI, [X86_RDI] = REG_RDI,
	[X86_R8] = REG_R8,   [X86_R9] = REG_R9,   [X86_R10] = REG_R10, [X86_R11] = REG_R11,
	[X86_R12] = REG_R12, [X86_R13] = REG_R13, [X86_R14] = REG_R14, [X86_R15] = REG_R15,
};
static const int saved_regs[] = { X86_RBX, X86_RBP, X86_R12, X86_R13, X86_R14, X86_R15 };
#define N_SAVED (int)(sizeof saved_regs / sizeof saved_regs[0])

#define CPU_X(r) CPU_F(offsetof(struct cpu, x) + 8 * (r))

static void write_pins_back(struct x86_buf *e)
{
	for (int i = 0; i < dbt.opt.pins; i++) x86_store(e, X86_W64, CPU_X(dbt_pinned_guest[i]), dbt_pinned_host[i]);
}

static void load_pins(struct x86_buf *e)
{
	for (int i = 0; i < dbt.opt.pins; i++) x86_load(e, X86_W64, dbt_pinned_host[i], CPU_X(dbt_pinned_guest[i]));
}

#define CPU_INSTRET CPU_F(offsetof(struct cpu, instret))

void dbt_instret_store(struct x86_buf *e) { x86_sse_rm(e, PFX_F2, OPC2_MOVSD_STORE, HOST_INSTRET_XMM, CPU_INSTRET); }
void dbt_instret_load(struct x86_buf *e) { x86_sse_rm(e, PFX_F2, OPC2_MOVSD_LOAD, HOST_INSTRET_XMM, CPU_INSTRET); }
static void instret_op(struct x86_buf *e, uint8_t opc2, uint32_t n)
{
	if (!n) return;
	x86_sse_rm(e, PFX_OPSIZE, opc2, HOST_INSTRET_XMM, x86_mem(X86_RIP, 0));
	if (!e->full) x86_patch_rel32(e->p - 4, dbt.r.counts_const + 16 * n);
}
void dbt_instret_add(struct x86_buf *e, uint32_t n) { instret_op(e, OPC2_PADDQ, n); }
void dbt_instret_sub(struct x86_buf *e, uint32_t n) { instret_op(e, OPC2_PSUBQ, n); }

void dbt_count_code(struct x86_buf *e, enum dbt_code_counter c)
{
	if (!dbt.opt.stats) return;
	op_rm(e, 0, X86_W64, 0, OPC_GRP5, 0, x86_mem(X86_RIP, 0), 0); /* inc qword [rip + ...] */
	if (!e->full) x86_patch_rel32(e->p - 4, &dbt.r.counters[c]);
}

static void *reserve_table(size_t n, size_t size);
__attribute__((noreturn)) static void oob_fault(struct cpu *cpu, const uint8_t *ret, uint64_t addr, int access);

static uint8_t *constant(struct x86_buf *e, uint64_t v)
{
	while ((uintptr_t)e->p & 7) x86_byte(e, 0xcc);
	uint8_t *at = e->p;
	x86_u64(e, v);
	return at;
}

/* The fixed routines; see struct dbt_routines. */
static void make_routines(void)
{
	struct x86_buf e = { .p = dbt.base, .end = dbt.end };
	struct dbt_routines *r = &dbt.r;

	r->table_const = constant(&e, (uint64_t)(uintptr_t)dbt.ib);
	r->page_table_const = constant(&e, (uint64_t)(uintptr_t)mem_page_protections());
	r->counters = (uint64_t *)(void *)constant(&e, 0);
	for (int i = 1; i < DBT_CODE_COUNTERS; i++) constant(&e, 0);
	while ((uintptr_t)e.p & 15) x86_byte(&e, 0xcc); /* legacy SSE memory operands are aligned */
	r->box_const = e.p;
	x86_u64(&e, 0xffffffff00000000ull);
	x86_u64(&e, 0);
	r->nan_s_const = e.p;
	x86_u64(&e, DBT_NAN_S);
	x86_u64(&e, 0);
	r->nan_d_const = e.p;
	x86_u64(&e, DBT_NAN_D);
	x86_u64(&e, 0);
	r->inf_d_twice_const = e.p;
	x86_u64(&e, 0x7ff0000000000000ull << 1);
	x86_u64(&e, 0);
	r->counts_const = e.p;
	for (uint64_t n = 0; n <= ISA_BLOCK_MAX_INSNS; n++) {
		x86_u64(&e, n);
		x86_u64(&e, 0);
	}
	for (int i = ISA_ROUTINE_NONE + 1; i < ISA_ROUTINE_COUNT; i++) {
		r->routine_counts[i] = e.p; /* 16-aligned: the entries before are 16 bytes each */
		dbt_routine_counts(&e, (enum isa_routine)i, 0);
	}

	/* enter(cpu = rdi, code = rsi): callee-saved registers pushed, rsp 16-aligned for calls. */
	r->enter = (struct dbt_exit (*)(struct cpu *, void *))(void *)e.p;
	for (int i = 0; i < N_SAVED; i++) x86_push(&e, saved_regs[i]);
	x86_alu_ri(&e, X86_SUB, X86_W64, X86_RSP, 8 + 16);
	x86_lea(&e, HOST_CPU, x86_mem(X86_RDI, DBT_CPU_BIAS));
	x86_mov_ri(&e, HOST_T1, MEM_GUEST_LIMIT, 0);
	x86_store(&e, X86_W64, CPU_LIMIT, HOST_T1);
	/* the return-address stack (indirect.c) grows from here: empty, its bottom entry's pc odd */
	x86_store_i(&e, X86_W64, x86_mem(X86_RSP, 8), -1);
	x86_store(&e, X86_W64, CPU_F(offsetof(struct cpu, host_sp)), X86_RSP);
	x86_lea(&e, HOST_T1, x86_mem(X86_RSP, -DBT_SHADOW_BYTES));
	x86_store(&e, X86_W64, CPU_F(offsetof(struct cpu, host_sp_limit)), HOST_T1);
	x86_mov_rr(&e, X86_W64, HOST_T0, X86_RSI);
	load_pins(&e);
	dbt_instret_load(&e);
	x86_jmp_r(&e, HOST_T0);

	/* exit_direct: rax = site */
	r->exit_direct = e.p;
	x86_store_i(&e, X86_W32, CPU_F(offsetof(struct cpu, exit_reason)), CPU_EXIT_BLOCK);
	x86_mov_ri(&e, HOST_T2, DBT_SITE_DIRECT, 0);
	uint8_t *to_exit = x86_jmp(&e, NULL);

	r->exit_plain = e.p;
	x86_mov_ri(&e, HOST_T0, 0, 0);
	x86_mov_ri(&e, HOST_T2, 0, 0);

	r->exit = e.p;
	if (!e.full) x86_patch_rel32(to_exit, r->exit);
	write_pins_back(&e);
	dbt_instret_store(&e);
	uint8_t *to_epilogue = x86_jmp(&e, NULL);

	r->exit_after_call = e.p;
	x86_mov_ri(&e, HOST_T0, 0, 0);
	x86_mov_ri(&e, HOST_T2, 0, 0);
	for (int i = 0; i < dbt.opt.pins; i++)
		if (!dbt_host_caller_saved(dbt_pinned_host[i]))
			x86_store(&e, X86_W64, CPU_X(dbt_pinned_guest[i]), dbt_pinned_host[i]);
	if (!e.full) x86_patch_rel32(to_epilogue, e.p);
	uint8_t *epilogue = e.p;
	x86_load(&e, X86_W64, X86_RSP, CPU_F(offsetof(struct cpu, host_sp)));
	x86_alu_ri(&e, X86_ADD, X86_W64, X86_RSP, 8 + 16);
	for (int i = N_SAVED - 1; i >= 0; i--) x86_pop(&e, saved_regs[i]);
	x86_ret(&e);

	dbt_ib_make_routines(&e);
	dbt_syscall_make_routine(&e, epilogue);

	/* oob[k]: called from a stub, [rsp] = its return address, rax = guest address. */
	static const int access_of[DBT_OOB_KINDS] = {
		[DBT_OOB_READ] = MEM_READ, [DBT_OOB_WRITE] = MEM_WRITE, [DBT_OOB_ATOMIC] = MEM_READ | MEM_WRITE,
		[DBT_OOB_ATOMIC_MISALIGNED] = MEM_READ | MEM_WRITE | MEM_MISALIGNED,
	};
	for (int k = 0; k < DBT_OOB_KINDS; k++) {
		r->oob[k] = e.p;
		write_pins_back(&e);
		dbt_instret_store(&e);
		x86_lea(&e, X86_RDI, x86_mem(HOST_CPU, -DBT_CPU_BIAS));
		x86_load(&e, X86_W64, X86_RSI, x86_mem(X86_RSP, 0));
		x86_mov_rr(&e, X86_W64, X86_RDX, HOST_T0);
		x86_mov_ri(&e, X86_RCX, (uint64_t)access_of[k], 0);
		x86_alu_ri(&e, X86_SUB, X86_W64, X86_RSP, 8);
		x86_mov_ri(&e, HOST_T0, (uint64_t)(uintptr_t)oob_fault, 0);
		x86_call_r(&e, HOST_T0);
		x86_byte(&e, 0x0f); /* ud2: oob_fault does not return */
		x86_byte(&e, 0x0b);
	}
	if (e.full) {
		fprintf(stderr, "isomorph: --code-cache is too small\n");
		exit(2);
	}
	while ((uintptr_t)e.p & 63) x86_byte(&e, 0xcc);
	dbt.start = dbt.next = e.p;
}

void dbt_init(const struct dbt_options *options, dbt_helper_fn *const *helpers)
{
	dbt.opt = *options;
	if (!dbt.opt.pin || dbt.opt.pins < 0) dbt.opt.pins = 0;
	if (dbt.opt.pins > DBT_PINNED) dbt.opt.pins = DBT_PINNED;
	dbt.helpers = helpers;
	/* Within 2 GiB of itself so rel32 reaches everything; one mapping, RWX: code is patched in place. */
	if (dbt.opt.cache_size > (1ull << 30)) dbt.opt.cache_size = 1ull << 30;
	dbt.base = mmap(NULL, dbt.opt.cache_size, PROT_READ | PROT_WRITE | PROT_EXEC,
			MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	dbt.ib = malloc(DBT_IB_SIZE * sizeof *dbt.ib);
	if (dbt.base == MAP_FAILED || !dbt.ib) {
		perror("isomorph: code cache");
		exit(1);
	}
	dbt.end = dbt.base + dbt.opt.cache_size;
	/* a translation takes at least 64 bytes; an access at least 8 */
	dbt.cap_rec = (uint32_t)(dbt.opt.cache_size / 64);
	dbt.cap_acc = (uint32_t)(dbt.opt.cache_size / 8);
	dbt.rec = reserve_table(dbt.cap_rec, sizeof *dbt.rec);
	dbt.acc = reserve_table(dbt.cap_acc, sizeof *dbt.acc);
	make_routines();
	dbt_ib_clear();
	mem_host_fault_hook = dbt_fault_hook;
}

void dbt_flush(void)
{
	for (uint32_t i = 0; i < dbt.n_rec; i++) dbt.rec[i]->block->translation = NULL;
	dbt.n_rec = dbt.n_acc = 0;
	dbt.next = dbt.start;
	dbt_ib_clear();
	dbt_links_clear();
	dbt.generation++;
	dbt_stats.cache_flushes++;
}

/* Translated code reaches guest memory through the GS base (glibc uses only FS on x86-64) when
 * mem_base is not 0: mem_base in every thread that runs it, set at its first run (fork keeps it,
 * as it keeps this variable; a new thread starts with neither). At 0 it is not used. */
static __thread uint8_t *gs_base;

static void set_gs_base(void)
{
	if (syscall(SYS_arch_prctl, ARCH_SET_GS, (unsigned long)(uintptr_t)mem_base)) {
		perror("isomorph: arch_prctl(ARCH_SET_GS)");
		exit(1);
	}
	gs_base = mem_base;
}

struct dbt_exit dbt_run(struct cpu *cpu, struct isa_block *b, int one_block)
{
	const struct dbt_record *rec = b->translation;
	if (__builtin_expect(gs_base != mem_base, 0)) set_gs_base();
	dbt_stats.runs++;
	struct dbt_exit x = dbt.r.enter(cpu, one_block ? rec->body : rec->code);
	dbt_site_generation = __atomic_load_n(&dbt.generation, __ATOMIC_RELAXED);
	return x;
}

void dbt_link(struct dbt_exit x, struct isa_block *target)
{
	if (!x.site || !target || !target->translation || dbt_site_generation != dbt.generation) return;
	struct dbt_record *t = target->translation;
	if (x.kind == DBT_SITE_DIRECT) {
		if (!dbt.opt.chain) return;
		const struct dbt_record *from = dbt_record_at(x.site);
		dbt_chain(x.site, t, from ? from->block->pc : 0);
		return;
	}
	if (dbt.opt.ibcache) dbt_ib_link(x.site, target);
}

/* The tables never move (a fault in another thread may be reading them): reserved whole at init
 * for the most a full cache can need, committed by the host as they fill. */
int dbt_note_record(struct dbt_record *rec)
{
	if (dbt.n_rec == dbt.cap_rec) return 0;
	dbt.rec[dbt.n_rec] = rec;
	__atomic_store_n(&dbt.n_rec, dbt.n_rec + 1, __ATOMIC_RELEASE);
	return 1;
}

int dbt_note_access(uint32_t host_off, uint32_t insn, const uint8_t held[16], uint16_t lazy, uint8_t run,
		    const uint8_t fheld[16])
{
	if (dbt.n_acc == dbt.cap_acc) return 0;
	struct dbt_access *a = &dbt.acc[dbt.n_acc++];
	a->host_off = host_off;
	a->insn = insn;
	memcpy(a->held, held, sizeof a->held);
	a->lazy = lazy;
	a->run = run;
	memcpy(a->fheld, fheld, sizeof a->fheld);
	return 1;
}

int dbt_empty(void) { return dbt.n_rec == 0; }

static void *reserve_table(size_t n, size_t size)
{
	void *p = mmap(NULL, n * size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED) {
		perror("isomorph: code cache tables");
		exit(1);
	}
	return p;
}

const struct dbt_record *dbt_record_at(const uint8_t *p)
{
	if (p < dbt.start || p >= dbt.next) return NULL;
	uint32_t lo = 0, hi = __atomic_load_n(&dbt.n_rec, __ATOMIC_ACQUIRE); /* last record starting at or before p */
	while (hi - lo > 1) {
		uint32_t mid = (lo + hi) / 2;
		if (dbt.rec[mid]->code <= p) lo = mid;
		else hi = mid;
	}
	if (lo >= hi) return NULL;
	const struct dbt_record *r = dbt.rec[lo];
	return p >= r->code && p < r->code + r->size ? r : NULL;
}

const struct dbt_access *dbt_access_at(const struct dbt_record *rec, const uint8_t *p)
{
	uint32_t off = (uint32_t)(p - rec->code);
	for (uint32_t i = 0; i < rec->n_access; i++)
		if (dbt.acc[rec->first_access + i].host_off == off) return &dbt.acc[rec->first_access + i];
	return NULL;
}

void dbt_fix_state(struct cpu *cpu, const struct dbt_record *rec, const struct dbt_access *a, uint64_t *addr)
{
	const struct isa_block *b = rec->block;
	uint32_t insn = a->run ? dbt_gather_replay(cpu, b, a->insn, a->run, addr) : a->insn;
	cpu->pc = b->insns[insn].pc;
	cpu->instret -= b->n_guest - (uint32_t)insn - 1; /* the block counted itself whole at entry */
}

static void oob_fault(struct cpu *cpu, const uint8_t *ret, uint64_t addr, int access)
{
	const struct dbt_record *rec = dbt_record_at(ret - 1);
	const struct dbt_access *a = rec ? dbt_access_at(rec, ret) : NULL;
	if (!a) {
		fprintf(stderr, "isomorph: internal error: dbt: out-of-range access from unknown code %p\n", (void *)ret);
		abort();
	}
	dbt_fix_state(cpu, rec, a, &addr); /* the stub stored the dirty pool registers */
	mem_fault(addr, access);
}

int dbt_fault_hook(void *ucontext, uint64_t *addr)
{
	ucontext_t *uc = ucontext;
	const uint8_t *rip = (const uint8_t *)uc->uc_mcontext.gregs[REG_RIP];
	const struct dbt_record *rec = dbt_record_at(rip);
	if (!rec) return 0;
	const struct dbt_access *a = dbt_access_at(rec, rip);
	if (!a) return 0;
	struct cpu *cpu = (struct cpu *)(uc->uc_mcontext.gregs[REG_RBX] - DBT_CPU_BIAS);
	uint64_t host[16];
	for (int h = 0; h < 16; h++) {
		host[h] = (uint64_t)uc->uc_mcontext.gregs[greg_of[h]];
		if (a->lazy >> h & 1) host[h] = (uint64_t)(int64_t)(int32_t)host[h];
	}
	for (int i = 0; i < dbt.opt.pins; i++) cpu->x[dbt_pinned_guest[i]] = host[dbt_pinned_host[i]];
	for (int h = 0; h < 16; h++)
		if (a->held[h]) cpu->x[a->held[h]] = host[h];
	for (int x = 0; x < 16; x++) {
		if (!a->fheld[x]) continue;
		uint64_t v;
		memcpy(&v, uc->uc_mcontext.fpregs->_xmm[x].element, sizeof v);
		int single = a->fheld[x] & DBT_FHELD_BOX;
		if (a->fheld[x] & DBT_FHELD_NAN) { /* the host's NaN, as translated code leaves it (fp.c) */
			if (single && ((uint32_t)v & 0x7fffffffu) > 0x7f800000u) v = DBT_NAN_S;
			if (!single && (v & ~(1ull << 63)) > 0x7ff0000000000000ull) v = DBT_NAN_D;
		}
		if (single) v |= 0xffffffff00000000ull;
		cpu->f[(a->fheld[x] & ~(DBT_FHELD_BOX | DBT_FHELD_NAN)) - 1] = v;
	}
	const uint32_t *instret = uc->uc_mcontext.fpregs->_xmm[HOST_INSTRET_XMM].element;
	cpu->instret = (uint64_t)instret[1] << 32 | instret[0];
	dbt_fix_state(cpu, rec, a, addr);
	return 1;
}

void dbt_print_stats(FILE *f)
{
#define STAT(field, text) fprintf(f, "  %-44s %12llu\n", text, (unsigned long long)dbt_stats.field);
#include "stats.inc"
#undef STAT
	static const char *const counted[DBT_CODE_COUNTERS] = {
		[DBT_COUNT_IB_HITS] = "dbt: indirect jumps found in the hash cache",
		[DBT_COUNT_RAS_HITS] = "dbt: returns predicted by the return stack",
		[DBT_COUNT_RAS_MISSES] = "dbt: returns the return stack got wrong",
		[DBT_COUNT_IDIOM_RUNS] = "dbt: runs of routines translated whole",
		[DBT_COUNT_SIDE_EXITS] = "dbt: side exits taken",
	};
	for (int i = 0; i < DBT_CODE_COUNTERS; i++)
		fprintf(f, "  %-44s %12llu\n", counted[i], (unsigned long long)(dbt.r.counters ? dbt.r.counters[i] : 0));
}
