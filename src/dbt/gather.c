/* Byte gathers: a little-endian word built from its bytes becomes one host load.
 *
 * rv64gc has no unaligned load a compiler may count on, so a 2-, 4- or 8-byte word read from an
 * address of unknown alignment (memcpy into an integer, zstd's MEM_read64 and the like) is a byte
 * load per byte, each shifted to its place and or-ed in:
 *
 *   lbu t1,1(t5); lbu a2,0(t5); lbu s5,2(t5); slli t1,t1,8; or t1,t1,a2; slli s5,s5,16; ...
 *
 * A big-endian word (sqlite's get4byte, network byte order) is the same with the places reversed,
 * often with slliw (the result sign-extended from bit 31). A run of such instructions (lbu, slli
 * or slliw by whole bytes, or (add) of two values made of disjoint bytes of the same base, in the
 * same order) is one host load per base register it reads bytes from (at most two), when those
 * bytes are exactly 2, 4 or 8 consecutive ones (bswap for big-endian values): all the loads at the run's start, before any
 * register changes, and then each register the run leaves a value in, unless the code after
 * overwrites it unseen, gets that value cut from its word (two or three shifts).
 *
 * A fault on one of the loads is made exact by running the run again, one instruction at a time,
 * from its start (dbt_gather_replay): the first byte load in program order whose page cannot be
 * read is the guest's fault, with the registers the instructions before it wrote.
 */
#include "tx.h"
#include <sys/mman.h>

#include "../mem/mem.h"

enum { MAX_GROUPS = 2, MIN_RUN = 4 };

/* What a guest register holds inside a run: bytes of one base, each in its place (bits 8k..8k+7
 * for place k), their offsets rising with the place (little-endian) or falling (big-endian). */
struct value {
	int8_t group;  /* the base its bytes come from, or -1: not made in the run */
	int8_t dir;    /* +1: the offset rises by one a place, -1: falls by one, 0: one byte alone */
	uint8_t mask;  /* places present */
	uint8_t sx;    /* sign-extended from bit 31 (a slliw made it: place 3 is present) */
	int32_t first; /* offset of the byte at the lowest place present */
};
static int low_place(const struct value *v) { return __builtin_ctz(v->mask); }
static int high_place(const struct value *v) { return 31 - __builtin_clz(v->mask); }

struct run {
	uint32_t first, end;  /* instructions [first, end) */
	int n_groups;
	struct {
		uint8_t base;     /* guest register, not written in the run before its loads */
		int32_t origin;   /* offset of the group's first load */
		uint16_t loaded;  /* offsets loaded: bit origin - 8 + k */
	} group[MAX_GROUPS];
	uint32_t written;     /* guest registers written */
	struct value v[32];
};

static int group_of(struct run *r, unsigned base, int32_t off)
{
	for (int g = 0; g < r->n_groups; g++)
		if (r->group[g].base == base) return off - r->group[g].origin >= -7 && off - r->group[g].origin <= 7 ? g : -1;
	if (r->n_groups == MAX_GROUPS) return -1;
	r->group[r->n_groups].base = (uint8_t)base;
	r->group[r->n_groups].origin = off;
	r->group[r->n_groups].loaded = 0;
	return r->n_groups++;
}

/* One instruction more for the run: 0 when in is not one of its kind. */
static int step(struct run *r, const struct isa_insn *in)
{
	const struct value *a = &r->v[in->rs1], *b = &r->v[in->rs2];
	struct value out;
	switch (in->op) {
	case ISA_OP_LBU: {
		if (in->rs1 == 0 || (r->written >> in->rs1 & 1)) return 0;
		int g = group_of(r, in->rs1, (int32_t)in->imm);
		if (g < 0) return 0;
		r->group[g].loaded |= (uint16_t)(1u << (in->imm - r->group[g].origin + 8));
		out = (struct value){ .group = (int8_t)g, .mask = 1, .first = (int32_t)in->imm };
		break;
	}
	case ISA_OP_SLLI: case ISA_OP_SLLIW: {
		int w = in->op == ISA_OP_SLLIW;
		/* whole bytes, none shifted out; a sign-extended value shifts its sign bits too */
		if (a->group < 0 || in->rs1 == 0 || in->imm % 8 || a->sx || (unsigned)a->mask << (in->imm / 8) > (w ? 0x0fu : 0xffu))
			return 0;
		out = *a;
		out.mask = (uint8_t)(a->mask << (in->imm / 8));
		out.sx = (uint8_t)(w && (out.mask & 8));
		break;
	}
	case ISA_OP_OR: case ISA_OP_ADD: { /* the same on disjoint bytes */
		if (in->rs1 == 0 || in->rs2 == 0 || a->group < 0 || a->group != b->group || (a->mask & b->mask)) return 0;
		if ((a->sx || b->sx) && (a->mask | b->mask) > 0x0f) return 0; /* sign bits over bytes */
		int dp = low_place(b) - low_place(a), doff = b->first - a->first;
		int dir = a->dir ? a->dir : b->dir ? b->dir : (doff == dp ? 1 : doff == -dp ? -1 : 0);
		if (!dir || (a->dir && a->dir != dir) || (b->dir && b->dir != dir) || doff != dir * dp) return 0;
		out = (struct value){ .group = a->group, .dir = (int8_t)dir, .mask = a->mask | b->mask,
				      .sx = (uint8_t)(a->sx | b->sx), .first = dp > 0 ? a->first : b->first };
		break;
	}
	default:
		return 0;
	}
	if (in->rd) {
		r->v[in->rd] = out;
		r->written |= 1u << in->rd;
	}
	return 1;
}

/* The run from first to at most limit. */
static void scan(const struct tx *t, uint32_t first, uint32_t limit, struct run *r)
{
	memset(r, 0, sizeof *r);
	for (int g = 0; g < 32; g++) r->v[g].group = -1;
	r->first = first;
	uint32_t i = first;
	while (i < limit && step(r, &t->b->insns[i])) i++;
	r->end = i;
}

static int contiguous(unsigned mask) { return mask && ((mask >> __builtin_ctz(mask)) & ((mask >> __builtin_ctz(mask)) + 1)) == 0; }

/* Width in bytes of group g's word (2, 4 or 8), or 0 when its bytes are not such a word. */
static int width(const struct run *r, int g)
{
	unsigned loaded = r->group[g].loaded;
	int n = __builtin_popcount(loaded);
	return (n == 2 || n == 4 || n == 8) && contiguous(loaded) ? n : 0;
}
static int32_t lowest(const struct run *r, int g) { return r->group[g].origin - 8 + __builtin_ctz(r->group[g].loaded); }

static int valid(const struct run *r)
{
	if (r->end - r->first < MIN_RUN || r->n_groups == 0) return 0;
	for (int g = 0; g < r->n_groups; g++)
		if (!width(r, g)) return 0;
	for (unsigned x = 1; x < 32; x++)
		if ((r->written >> x & 1) && !contiguous(r->v[x].mask)) return 0;
	return 1;
}

/* The longest valid run from first, if any. */
static int find(const struct tx *t, uint32_t first, struct run *r)
{
	scan(t, first, t->b->n_insns, r);
	while (!valid(r)) {
		if (r->end - r->first <= MIN_RUN) return 0;
		scan(t, first, r->end - 1, r);
	}
	return 1;
}

/* The offsets v's bytes come from: n of them from lo_v on. */
static void span(const struct value *v, int32_t *lo_v, int *n)
{
	*n = high_place(v) - low_place(v) + 1;
	*lo_v = v->dir < 0 ? v->first - (*n - 1) : v->first;
}

/* d (holding v's n bytes in memory order at its low end, the rest zero) to v's form: the bytes
 * reversed for big-endian, placed, sign-extended. */
static void place(struct x86_buf *e, int d, const struct value *v, int n)
{
	if (v->dir < 0) {
		x86_bswap(e, n == 8 ? X86_W64 : X86_W32, d);
		if (n < 4) x86_shift_ri(e, X86_SHR, X86_W32, d, (uint8_t)(32 - 8 * n));
	}
	if (low_place(v)) x86_shift_ri(e, X86_SHL, X86_W64, d, (uint8_t)(8 * low_place(v)));
	if (v->sx) x86_movsx_rr(e, X86_W32, d, d);
}

/* d = v, cut from word (its group's bytes, the one at offset lo at bit 0): shifts. */
static void cut(struct x86_buf *e, int d, int word, int32_t lo, const struct value *v)
{
	int32_t from;
	int n;
	span(v, &from, &n);
	int bottom = 8 * (from - lo), top = 8 * (from - lo + n); /* bits of word wanted */
	if (bottom == 0 && top == 32) {
		x86_mov_rr(e, X86_W32, d, word); /* zero-extends */
	} else {
		x86_mov_rr(e, X86_W64, d, word);
		if (top < 64) x86_shift_ri(e, X86_SHL, X86_W64, d, (uint8_t)(64 - top));
		int right = (top < 64 ? 64 - top : 0) + bottom;
		if (right) x86_shift_ri(e, X86_SHR, X86_W64, d, (uint8_t)right);
	}
	if (v->dir < 0 && n != 2 && n != 4 && n != 8) { /* reversed whole, then down to its n bytes */
		x86_bswap(e, X86_W64, d);
		x86_shift_ri(e, X86_SHR, X86_W64, d, (uint8_t)(64 - 8 * n));
		struct value le = *v;
		le.dir = 1;
		place(e, d, &le, n);
		return;
	}
	place(e, d, v, n);
}

/* d = v loaded again from guest memory at base (host register) + offsets within its group's word
 * [lo, lo + w), which the word's load showed readable; 0 when no load of 1, 2, 4 or 8 bytes (and
 * one mask or shift) gives it. */
static int reload(struct x86_buf *e, int d, int base, int32_t lo, int w, const struct value *v)
{
	int32_t from;
	int n;
	span(v, &from, &n);
	if (n == 1 || n == 2 || n == 4 || n == 8) {
		x86_load_zx(e, n == 1 ? X86_W8 : n == 2 ? X86_W16 : n == 4 ? X86_W32 : X86_W64, d, GUEST(base, from));
	} else if (n == 3 && v->dir >= 0 && from + 4 <= lo + w) {
		x86_load_zx(e, X86_W32, d, GUEST(base, from));
		x86_alu_ri(e, X86_AND, X86_W32, d, 0xffffff);
	} else if (n == 3 && v->dir >= 0) {
		x86_load_zx(e, X86_W32, d, GUEST(base, from - 1));
		x86_shift_ri(e, X86_SHR, X86_W32, d, 8);
	} else {
		return 0;
	}
	place(e, d, v, n);
	return 1;
}

static int found(const struct tx *t, uint32_t first, struct run *r)
{
	return dbt.opt.fusion && t->b->insns[first].op == ISA_OP_LBU && find(t, first, r);
}

uint32_t dbt_gather_length(const struct tx *t, uint32_t first)
{
	struct run r;
	return found(t, first, &r) ? r.end - first : 0;
}

uint32_t dbt_gather(struct tx *t, uint32_t first)
{
	const struct isa_insn *in = &t->b->insns[first];
	struct run r;
	if (!found(t, first, &r)) return 0;
	static const int word[MAX_GROUPS] = { HOST_T1, HOST_T2 };
	int base[MAX_GROUPS];
	uint32_t bases = 0;
	tx_regs_take_scratch(t);
	for (int g = 0; g < r.n_groups; g++) {
		struct isa_insn load = *in; /* what tx_guest_access reads of it: base and offset */
		load.rs1 = r.group[g].base;
		load.imm = lowest(&r, g);
		base[g] = tx_src_x(t, load.rs1, HOST_T0);
		bases |= 1u << load.rs1;
		tx_guest_access(t, &load, first, base[g],
				(struct tx_mem_op){ .kind = TX_LOAD_ZX, .w = width(&r, g) == 8 ? X86_W64 : width(&r, g) == 4 ? X86_W32 : X86_W16,
						    .reg = word[g], .run = (uint8_t)(r.end - first) });
	}
	/* Every register the run leaves a value in and something may see: the others first, loaded
	 * again through their group's base where one load gives it (the bases kept in their host
	 * registers meanwhile: HOST_T0, where the others may be built, is not one), then the bases,
	 * cut from the words. A host fault on those loads (another thread unmapped the word since)
	 * has no guest state to make exact: the guest gets its fault at the last one known. */
	tx_regs_insn(t, r.end - 1);
	tx_regs_take_scratch(t);
	for (int pass = 0; pass < 2; pass++) {
		for (int g = 0; g < r.n_groups; g++)
			if (pass == 0 && base[g] != HOST_T0) t->locked |= (uint16_t)(1u << base[g]);
		for (unsigned x = 1; x < 32; x++) {
			if (!(r.written >> x & 1) || (bases >> x & 1) != (unsigned)pass) continue;
			if (tx_unseen_after(t, r.end, x)) {
				tx_forget_x(t, x);
				continue;
			}
			struct isa_insn to = { .rd = (uint8_t)x };
			int d = tx_work_reg(t, &to, 0);
			int g = r.v[x].group;
			if (pass == 1 || base[g] == HOST_T0 || !reload(&t->e, d, base[g], lowest(&r, g), width(&r, g), &r.v[x]))
				cut(&t->e, d, word[g], lowest(&r, g), &r.v[x]);
			tx_store_x(t, x, d);
		}
	}
	dbt_stats.gathers++;
	dbt_stats.gathered += r.end - first;
	return r.end - first;
}

/* Whether guest address a can be read (not on the page of avoid, which the host found it could not). */
static int readable(uint64_t a, uint64_t avoid)
{
	int prot = mem_page_prot(a);
	return prot >= 0 && (prot & PROT_READ) && a / MEM_PAGE_SIZE != avoid / MEM_PAGE_SIZE;
}

uint32_t dbt_gather_replay(struct cpu *cpu, const struct isa_block *b, uint32_t first, uint32_t n, uint64_t *addr)
{
	uint64_t at_first[32];
	memcpy(at_first, cpu->x, sizeof at_first);
	for (uint32_t i = first; i < first + n && i < b->n_insns; i++) {
		const struct isa_insn *in = &b->insns[i];
		uint64_t v;
		switch (in->op) {
		case ISA_OP_LBU: {
			uint64_t a = cpu->x[in->rs1] + (uint64_t)in->imm;
			if (!readable(a, *addr)) {
				*addr = a;
				return i;
			}
			v = *((const volatile uint8_t *)mem_base + a);
			break;
		}
		case ISA_OP_SLLI: v = cpu->x[in->rs1] << (in->imm & 63); break;
		case ISA_OP_SLLIW: v = (uint64_t)(int64_t)(int32_t)(uint32_t)(cpu->x[in->rs1] << (in->imm & 31)); break;
		case ISA_OP_OR: v = cpu->x[in->rs1] | cpu->x[in->rs2]; break;
		case ISA_OP_ADD: v = cpu->x[in->rs1] + cpu->x[in->rs2]; break;
		default: n = 0; continue; /* not a run dbt_gather made */
		}
		if (in->rd) cpu->x[in->rd] = v;
	}
	/* no load of the run faults now (another thread changed the mapping): the start, as the host saw it */
	memcpy(cpu->x, at_first, sizeof at_first);
	return first;
}
