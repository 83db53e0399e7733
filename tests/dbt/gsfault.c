/* Guest accesses at the edges of the address space and of mappings, where translated code's
 * address check (the base register alone against the limit, the offset added by the access
 * itself) must still give what riscv64 Linux gives: the access, or SIGSEGV with si_addr =
 * base + offset wrapped to 64 bits, at the faulting pc with every register intact. Built -O2
 * -static -pthread for riscv64; its output is compared with qemu-riscv64's (tests/dbt/suite.sh)
 * under every engine.
 *
 *   edges     loads, stores, FP loads and stores with base + offset just below 0, at -2048, at
 *             0 through a wrapped base, just above the top of the Sv39 space (2^38) and
 *             2 KiB past it, and with a base at or past the top brought back below it by a
 *             negative offset (a page mapped at the top: the access must happen)
 *   mapping   the first and last bytes of a mapping between two PROT_NONE pages, and one byte
 *             beyond each end
 *   walks     loops stepping their base register round after round (by 1 to 2040 bytes, up and
 *             down) until an access leaves the mapped pages: past the top, into the guard beyond
 *             it, into a PROT_NONE page; one entered with its base past the top and an offset
 *             back below it (translated code compares such a base once, on the way into the
 *             loop: the fault must still come at the round and address it comes on hardware)
 *   threads   threads each running the probes and a load/store loop (each host thread needs
 *             the translator's memory base of its own)
 *   kernel    (argument "kernel": not compared with qemu-riscv64, which differs from Linux there)
 *             addresses that are no Sv39 address, and si_code past the top, checked by the
 *             program itself against what riscv64 Linux reports
 * A SIGSEGV handler checks the pc (the faulting instruction's, taken with lla in the probe) and
 * registers the probe set before the access, records si_addr and si_code, and siglongjmps out.
 * Each probe runs many times, so that it is translated under --engine=auto; every run must agree
 * with the first.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

#define TOP (1ull << 38)   /* the end of the Sv39 user address space */
#define PAGE 4096ull
#define ROUNDS 40          /* past the translator's hot threshold */

struct outcome {
	int faulted;
	uint64_t addr;     /* si_addr */
	int code;          /* si_code */
	int regs_ok;       /* pc and the registers set before the access were intact */
	int walk;          /* a walk's: rounds is recorded */
	uint64_t rounds;   /* the rounds a walk had left when it faulted (a2) */
	uint64_t value;    /* a load's result (a0), when it did not fault */
};

static __thread sigjmp_buf *jump;
static __thread struct outcome *current;

/* The values the probes put in registers before the access (the handler checks them). */
#define K3 0x1234
#define K4 (2 * K3)

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	const unsigned long *x = ((ucontext_t *)ctx)->uc_mcontext.__gregs; /* [0] = pc, [n] = xn */
	current->faulted = 1;
	current->addr = (uint64_t)(uintptr_t)si->si_addr;
	current->code = si->si_code;
	/* t2 (x7) = the access's address (lla), t3 (x28) = K3, t4 (x29) = K4, a1 (x11) = the base */
	current->regs_ok = x[0] == x[7] && x[28] == K3 && x[29] == K4;
	if (current->walk) current->rounds = x[12];
	siglongjmp(*jump, 1);
}

/* A probe: the access insn second on base a1 (after first, another access or nothing), after t3
 * and t4 are set (t3 read again after it, so a translator keeps it in a register across the
 * access), t2 = the second access's pc. a0 comes back. Two accesses on one base: a translator that
 * range-checks a base once per block must still fault at the second when the first was back in
 * range from a base past the top. */
#define PROBE2(name, first, second)                                                               \
	static uint64_t name(uint64_t base)                                                       \
	{                                                                                         \
		register uint64_t a1 asm("a1") = base;                                            \
		register uint64_t a0 asm("a0") = 0;                                               \
		asm volatile("li t3, %2\n\t"                                                      \
			     "add t4, t3, t3\n\t"                                                 \
			     "fmv.d.x ft0, t4\n\t"                                                \
			     first "\n\t"                                                         \
			     "lla t2, 1f\n"                                                       \
			     "1:\t" second "\n\t"                                                  \
			     "add t5, t4, t3\n\t"                                                 \
			     "add t6, t5, t3\n\t"                                                 \
			     : "+r"(a0)                                                           \
			     : "r"(a1), "i"(K3)                                                   \
			     : "t2", "t3", "t4", "t5", "t6", "ft0", "memory");                   \
		return a0;                                                                        \
	}
PROBE2(ld_m8_p8, "ld a0, -8(a1)", "ld a0, 8(a1)")
PROBE2(sd_m16_p2040, "sd t4, -16(a1)", "sd t4, 2040(a1)")
/* a compared base given another register's value by addi (not a step of its own): 2^50 + 2^42 */
#define FAR 0x4010000000000ull
PROBE2(far_p8, "ld a0, -8(a1)\n\tlui t5, 0x401\n\tslli t5, t5, 28\n\taddi a1, t5, 16", "ld a0, 8(a1)")

/* a register made from a compared base by addi or a move (c.mv: add rd, x0, rs2), read through
 * without a compare of its own: it still faults at its own address */
/* (the name: the access lands 4080 bytes past the base) */
PROBE2(addi_p4080, "ld a0, -8(a1)\n\taddi t6, a1, 2040", "ld a0, 2040(t6)")
PROBE2(mv_p8, "ld a0, -8(a1)\n\tc.mv t6, a1", "ld a0, 8(t6)")

#define PROBE(name, insn) PROBE2(name, "", insn)

PROBE(ld_m16, "ld a0, -16(a1)")
PROBE(ld_m8, "ld a0, -8(a1)")
PROBE(ld_0, "ld a0, 0(a1)")
PROBE(ld_p8, "ld a0, 8(a1)")
PROBE(ld_zero_m8, "ld a0, -8(zero)")
PROBE(lb_m2048, "lb a0, -2048(a1)")
PROBE(lbu_m2048, "lbu a0, -2048(a1)")
PROBE(lbu_m1, "lbu a0, -1(a1)")
PROBE(lh_p2047, "lh a0, 2047(a1)")
PROBE(lw_p16, "lw a0, 16(a1)")
PROBE(lwu_m4, "lwu a0, -4(a1)")
PROBE(lb_p1, "lb a0, 1(a1)")
PROBE(sd_m8, "sd t4, -8(a1)")
PROBE(sd_0, "sd t4, 0(a1)")
PROBE(sd_p8, "sd t4, 8(a1)")
PROBE(sb_m1, "sb t3, -1(a1)")
PROBE(sh_p2046, "sh t3, 2046(a1)")
PROBE(sw_m2048, "sw t3, -2048(a1)")
PROBE(fld_m8, "fld ft0, -8(a1)\n\tfmv.x.d a0, ft0")
PROBE(fld_p8, "fld ft0, 8(a1)\n\tfmv.x.d a0, ft0")
PROBE(flw_m4, "flw ft0, -4(a1)\n\tfmv.x.w a0, ft0")
PROBE(flw_m2048, "flw ft0, -2048(a1)\n\tfmv.x.w a0, ft0")
PROBE(fsd_m8, "fsd ft0, -8(a1)")
PROBE(fsd_p8, "fsd ft0, 8(a1)")
PROBE(fsw_m2048, "fsw ft0, -2048(a1)")
PROBE(fsw_p2044, "fsw ft0, 2044(a1)")

/* A walk: a loop of one block (its access first) stepping a1 by step each round, WALK_ROUNDS
 * rounds or until the access faults; a3 is what a load read (a0 sums it), a2 the rounds left,
 * t2 the access's pc. Entered by falling into it, its first round runs in the block before it
 * (the loop's own block comes in with the base stepped once, after an access through it);
 * entered by a register jump (WALK_JR), the loop's own block runs the first round. */
#define WALK_ROUNDS 24
#define WALK(name, access, step) WALK_IN(name, access, step, "")
#define WALK_JR(name, access, step) WALK_IN(name, access, step, "jr t2\n")
#define WALK_IN(name, access, step, entry)                                                        \
	static uint64_t name(uint64_t base)                                                       \
	{                                                                                         \
		register uint64_t a1 asm("a1") = base;                                            \
		register uint64_t a0 asm("a0") = 0;                                               \
		register uint64_t a2 asm("a2") = WALK_ROUNDS;                                     \
		asm volatile("li t3, %3\n\t"                                                      \
			     "add t4, t3, t3\n\t"                                                 \
			     "fmv.d.x ft0, t4\n\t"                                                \
			     "li a3, 0\n\t"                                                       \
			     "lla t2, 1f\n\t"                                                     \
			     entry                                                                \
			     "1:\t" access "\n\t"                                                 \
			     "add a0, a0, a3\n\t"                                                 \
			     "addi a1, a1, " #step "\n\t"                                         \
			     "addi a2, a2, -1\n\t"                                                \
			     "bnez a2, 1b\n\t"                                                    \
			     : "+r"(a0), "+r"(a1), "+r"(a2)                                       \
			     : "i"(K3)                                                            \
			     : "a3", "t2", "t3", "t4", "ft0", "memory");                          \
		return a0;                                                                        \
	}
WALK(walk_ld_0, "ld a3, 0(a1)", 8)
WALK(walk_ld_0_down, "ld a3, 0(a1)", -8)
WALK(walk_lbu_m1, "lbu a3, -1(a1)", 1)
WALK(walk_ld_m16, "ld a3, -16(a1)", 8)
WALK(walk_ld_m2048, "ld a3, -2048(a1)", 2040)
WALK(walk_lw_p2044, "lw a3, 2044(a1)", 1000)
WALK(walk_sd_p8, "sd t4, 8(a1)", 8)
WALK(walk_fld_0, "fld ft0, 0(a1)\n\tfmv.x.d a3, ft0", 8)
WALK(walk_fsw_m4, "fsw ft0, -4(a1)", 4)
WALK_JR(walk_jr_ld_0, "ld a3, 0(a1)", 8)
WALK_JR(walk_jr_sd_m8, "sd t4, -8(a1)", 8)

/* A walk through a register made from the loop's base: a1, read every round, is compared on the
 * way in only; t6 = a1 + 8, read first, takes its compare from a1 and must still fault where it
 * leaves the mapped pages (its address, round and registers exact). */
static uint64_t walk_from_p8(uint64_t base)
{
	register uint64_t a1 asm("a1") = base;
	register uint64_t a0 asm("a0") = 0;
	register uint64_t a2 asm("a2") = WALK_ROUNDS;
	asm volatile("li t3, %3\n\t"
		     "add t4, t3, t3\n\t"
		     "li a3, 0\n\t"
		     "lla t2, 1f\n"
		     "0:\taddi t6, a1, 8\n"
		     "1:\tld a3, 0(t6)\n\t"
		     "ld a4, 0(a1)\n\t"
		     "add a0, a0, a3\n\t"
		     "add a0, a0, a4\n\t"
		     "addi a1, a1, 8\n\t"
		     "addi a2, a2, -1\n\t"
		     "bnez a2, 0b\n\t"
		     : "+r"(a0), "+r"(a1), "+r"(a2)
		     : "i"(K3)
		     : "a3", "a4", "t2", "t3", "t4", "t6", "memory");
	return a0;
}

/* A chase: a loop of one block, entered by a register jump, following a list (a1 = a1->next at
 * offset 8) for WALK_ROUNDS rounds or until the load faults: a base the loop loads, not steps,
 * is compared every round. */
static uint64_t chase_p8(uint64_t base)
{
	register uint64_t a1 asm("a1") = base;
	register uint64_t a2 asm("a2") = WALK_ROUNDS;
	asm volatile("li t3, %2\n\t"
		     "add t4, t3, t3\n\t"
		     "lla t2, 1f\n\t"
		     "jr t2\n"
		     "1:\tld a1, 8(a1)\n\t"
		     "addi a2, a2, -1\n\t"
		     "bnez a2, 1b\n\t"
		     : "+r"(a1), "+r"(a2)
		     : "i"(K3)
		     : "t2", "t3", "t4", "memory");
	return a1;
}

struct probe {
	const char *name;
	uint64_t (*fn)(uint64_t);
	uint64_t base;
};
/* The offset a probe's name ends with: _m16 is -16, _p8 is 8, _0 is 0. */
static int64_t offset_of(const char *name)
{
	const char *u = strrchr(name, '_');
	if (u[1] == '0') return 0;
	int64_t v = strtoll(u + 2, NULL, 10);
	return u[1] == 'm' ? -v : v;
}

static int rounds_differ; /* probes whose later rounds differed from their first */

/* Runs p ROUNDS times; the first outcome, or a complaint when a later one differs. */
static struct outcome run(const struct probe *p)
{
	struct outcome first = { 0 };
	for (volatile int i = 0; i < ROUNDS; i++) {
		struct outcome o = { 0 };
		sigjmp_buf here;
		jump = &here;
		current = &o;
		o.walk = !strncmp(p->name, "walk", 4);
		if (!sigsetjmp(here, 1)) o.value = p->fn(p->base);
		if (i == 0) first = o;
		else if (memcmp(&o, &first, sizeof o)) {
			printf("  %s: round %d differs from the first\n", p->name, i);
			rounds_differ++;
			break;
		}
	}
	return first;
}

static uint8_t *top_page;  /* mapped at TOP - PAGE, or NULL */
static uint8_t *mid_page;  /* mapped between two PROT_NONE pages (its address varies by runner) */

/* An address, relative to mid_page when near it. */
static void put_addr(uint64_t a)
{
	uint64_t mid = (uint64_t)(uintptr_t)mid_page;
	if (a + PAGE >= mid && a < mid + 2 * PAGE) printf("mid%+lld", (long long)(a - mid));
	else printf("%#llx", (unsigned long long)a);
}

static void show(const struct probe *p, const struct outcome *o)
{
	printf("  %-10s base ", p->name);
	put_addr(p->base);
	if (o->faulted) {
		printf(": SIGSEGV addr ");
		put_addr(o->addr);
		/* just past the top qemu-riscv64 has the guard page of its own stack (SEGV_ACCERR),
		 * Linux nothing (SEGV_MAPERR): checked by "kernel" */
		if (o->addr < TOP || o->addr >= TOP + 2 * PAGE) printf(" code %d", o->code);
		if (o->walk) printf(" in round %llu", (unsigned long long)(WALK_ROUNDS - o->rounds + 1));
		printf(" regs %s\n", o->regs_ok ? "ok" : "WRONG");
	} else {
		printf(": value %#llx\n", (unsigned long long)o->value);
	}
}

static void set_pages(void)
{
	if (top_page) memset(top_page, 0x5a, PAGE);
	for (uint64_t i = 0; i < PAGE; i++) mid_page[i] = (uint8_t)(i * 7 + 3);
	uint64_t tail = 0x1122334455667788ull;
	memcpy(top_page ? top_page + PAGE - 8 : mid_page, &tail, 8);
}

/* Every probe (print: each outcome); a checksum of the outcomes into *sum. Returns how many
 * faulted with the pc or registers wrong. */
static int edges(int print, uint64_t *sum)
{
	const uint64_t mid = (uint64_t)(uintptr_t)mid_page;
	const struct probe probes[] = {
		/* below guest address 0 */
		{ "ld_m16", ld_m16, 8 },
		{ "ld_m8", ld_m8, 0 },
		{ "ld_zero_m8", ld_zero_m8, 0 },
		{ "lb_m2048", lb_m2048, 0 },
		{ "lbu_m2048", lbu_m2048, 2047 },
		{ "lbu_m1", lbu_m1, 0 },
		{ "sd_m8", sd_m8, 4 },
		{ "sw_m2048", sw_m2048, 2044 },
		{ "fld_m8", fld_m8, 0 },
		{ "fsw_m2048", fsw_m2048, 16 },
		/* wrapped bases */
		{ "ld_p8", ld_p8, (uint64_t)-8 },
		{ "lb_p1", lb_p1, (uint64_t)-1 },
		{ "lw_p16", lw_p16, (uint64_t)-16 },
		{ "fld_p8", fld_p8, (uint64_t)-4 },
		/* above the top */
		{ "ld_0", ld_0, TOP },
		{ "ld_p8", ld_p8, TOP - 8 },
		{ "lh_p2047", lh_p2047, TOP - 1 },
		{ "sh_p2046", sh_p2046, TOP - 2 },
		{ "fsd_p8", fsd_p8, TOP - 8 },
		{ "fsw_p2044", fsw_p2044, TOP },
		{ "ld_m8", ld_m8, TOP + PAGE },
		{ "sd_0", sd_0, TOP + 2048 },
		/* a base at or past the top, an offset back into the top page */
		{ "ld_m8", ld_m8, TOP },
		{ "ld_m16", ld_m16, TOP + 8 },
		{ "lwu_m4", lwu_m4, TOP },
		{ "lbu_m2048", lbu_m2048, TOP + 2047 },
		{ "flw_m2048", flw_m2048, TOP + 2040 },
		{ "fld_m8", fld_m8, TOP },
		{ "sd_m8", sd_m8, TOP },
		{ "sb_m1", sb_m1, TOP },
		{ "fsd_m8", fsd_m8, TOP },
		{ "ld_m8", ld_m8, TOP }, /* what the stores left */
		/* through a register made from a compared base */
		{ "addi_p4080", addi_p4080, TOP - 8 },
		{ "addi_p4080", addi_p4080, TOP - 2048 },
		{ "mv_p8", mv_p8, TOP - 8 },
		{ "mv_p8", mv_p8, TOP - 16 },
		{ "addi_p4080", addi_p4080, mid + PAGE - 8 },
		{ "mv_p8", mv_p8, mid + PAGE - 8 },
		/* a mapping between PROT_NONE pages: its edges, and one byte beyond */
		{ "ld_0", ld_0, mid },
		{ "lbu_m1", lbu_m1, mid },
		{ "ld_m8", ld_m8, mid + 8 },
		{ "ld_m8", ld_m8, mid + PAGE },
		{ "ld_p8", ld_p8, mid + PAGE - 8 },
		{ "lb_p1", lb_p1, mid + PAGE - 1 },
		{ "sb_m1", sb_m1, mid },
		{ "sd_m8", sd_m8, mid + PAGE },
		{ "sd_p8", sd_p8, mid + PAGE - 8 },
		{ "flw_m4", flw_m4, mid + PAGE },
		{ "fld_m8", fld_m8, mid + 8 },
		{ "fsd_m8", fsd_m8, mid + PAGE },
		{ "fsd_p8", fsd_p8, mid + PAGE - 8 },
		{ "lwu_m4", lwu_m4, mid + PAGE },
		{ "ld_m8", ld_m8, mid + PAGE },
		/* walks up past the top, into the guard beyond it by large steps, entered past the
		 * top (the offset back in range), down and up out of the middle mapping */
		{ "walk_ld_0", walk_ld_0, TOP - 64 },
		{ "walk_lbu_m1", walk_lbu_m1, TOP - 5 },
		{ "walk_sd_p8", walk_sd_p8, TOP - 72 },
		{ "walk_fld_0", walk_fld_0, TOP - 40 },
		{ "walk_fsw_m4", walk_fsw_m4, TOP - 24 },
		{ "walk_ld_m16", walk_ld_m16, TOP + 8 },
		{ "walk_ld_m2048", walk_ld_m2048, TOP - 1952 },
		{ "walk_lw_p2044", walk_lw_p2044, TOP - 6040 },
		{ "walk_ld_0_down", walk_ld_0_down, mid + 24 },
		{ "walk_ld_0", walk_ld_0, mid + PAGE - 40 },
		{ "walk_lbu_m1", walk_lbu_m1, mid + PAGE - 3 },
		/* entered by a register jump: the loop's own block runs the first round (far past
		 * the top in "kernel": qemu-riscv64 has its own mappings there) */
		{ "walk_jr_ld_0", walk_jr_ld_0, TOP - 16 },
		{ "walk_jr_sd_m8", walk_jr_sd_m8, TOP },
		{ "walk_jr_ld_0", walk_jr_ld_0, mid + PAGE - 8 },
		{ "walk_from_p8", walk_from_p8, TOP - 64 },
		{ "walk_from_p8", walk_from_p8, mid + PAGE - 48 },
		{ "ld_m8", ld_m8, TOP }, /* what the walks' stores left */
	};
	int bad = 0;
	for (size_t i = 0; i < sizeof probes / sizeof probes[0]; i++) {
		const struct probe *p = &probes[i];
		struct outcome o = run(p);
		if (print) show(p, &o);
		if (o.faulted && !o.regs_ok) bad++;
		*sum = *sum * 31 + o.faulted * 7 + o.addr + o.value + o.rounds;
	}
	return bad;
}

/* --- threads --------------------------------------------------------------------------------- */
#define THREADS 4
struct job {
	int id;
	uint64_t sum, loop, probes;
	int bad;
};

/* The probes' stores overlap (sd at TOP - 8, sb at TOP - 1, ...): one thread's pass at a time, or
 * a load could see another thread's pass halfway. The loop before runs in all threads at once. */
static pthread_mutex_t probing = PTHREAD_MUTEX_INITIALIZER;

static void *worker(void *arg)
{
	struct job *j = arg;
	static __thread uint64_t data[512];
	for (int round = 0; round < 200; round++)
		for (int i = 0; i < 512; i++) {
			data[i] += (uint64_t)(i ^ round) * (uint64_t)(j->id + 1);
			j->loop += data[(i * 7) & 511];
		}
	pthread_mutex_lock(&probing);
	j->bad = edges(0, &j->probes);
	pthread_mutex_unlock(&probing);
	return NULL;
}

/* Where qemu-riscv64 is no reference: it reports si_addr 0 for an address that is no Sv39 one
 * (bits 63..38 not all equal), and maps its own things just past 2^38 (SEGV_ACCERR there).
 * riscv64 Linux reports base + offset and SEGV_MAPERR (no mapping there); each is checked here.
 * Returns the number wrong. */
static int kernel(void)
{
	const struct probe probes[] = {
		{ "ld_m8", ld_m8, 0x8000000000000000ull },
		{ "ld_p8", ld_p8, 0x7ffffffffffffff0ull },
		{ "sd_m8", sd_m8, 0x8000000000000000ull },
		{ "fld_m8", fld_m8, 0x8000000000000000ull },
		{ "lbu_m2048", lbu_m2048, 0xffffffc000000000ull },
		{ "ld_0", ld_0, TOP },
		{ "lh_p2047", lh_p2047, TOP - 1 },
		{ "fsw_p2044", fsw_p2044, TOP },
		{ "sd_0", sd_0, TOP + 2048 },
		{ "ld_m8", ld_m8, (uint64_t)-8 },
		{ "ld_m8_p8", ld_m8_p8, TOP },               /* the first back in range, the second not */
		{ "sd_m16_p2040", sd_m16_p2040, TOP + 8 },
		{ "lb_m2048", lb_m2048, 0 },
		/* loops entered with their base past the guard beyond the top: the way in must
		 * compare it (their later rounds' bases are not compared) */
		{ "walk_jr_ld_0", walk_jr_ld_0, TOP + (1ull << 21) },
		{ "walk_jr_sd_m8", walk_jr_sd_m8, TOP + (1ull << 24) + 8 },
		{ "walk_jr_ld_0", walk_jr_ld_0, 0x3000000000000ull },
	};
	int wrong = 0;
	/* the two-access probes' first access lands on the last page below TOP */
	void *top = mmap((void *)(uintptr_t)(TOP - PAGE), PAGE, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	if (top != (void *)(uintptr_t)(TOP - PAGE)) {
		printf("kernel: the page below TOP could not be mapped\n");
		return 1;
	}
	for (size_t i = 0; i < sizeof probes / sizeof probes[0]; i++) {
		const struct probe *p = &probes[i];
		struct outcome o = run(p);
		uint64_t want = p->base + (uint64_t)offset_of(p->name);
		if (!o.faulted || o.addr != want || o.code != SEGV_MAPERR || !o.regs_ok) {
			printf("kernel: %s base %#llx: ", p->name, (unsigned long long)p->base);
			if (o.faulted)
				printf("addr %#llx code %d regs %s, want addr %#llx code %d\n", (unsigned long long)o.addr, o.code,
				       o.regs_ok ? "ok" : "WRONG", (unsigned long long)want, SEGV_MAPERR);
			else
				printf("no fault\n");
			wrong++;
		}
	}
	/* a list on the top page whose last node points past the guard beyond the top */
	const uint64_t wild = TOP + (1ull << 22);
	uint64_t *node = top;
	node[1] = (uint64_t)(uintptr_t)&node[8];
	node[9] = (uint64_t)(uintptr_t)&node[16];
	node[17] = wild;
	/* and a base moved far by another register's value: where each faults is not base + offset */
	const struct { struct probe p; uint64_t want; } moved[] = {
		{ { "chase_p8", chase_p8, (uint64_t)(uintptr_t)node }, wild + 8 },
		{ { "far_p8", far_p8, TOP - 8 }, FAR + 16 + 8 },
	};
	for (size_t i = 0; i < sizeof moved / sizeof moved[0]; i++) {
		struct outcome o = run(&moved[i].p);
		if (!o.faulted || o.addr != moved[i].want || o.code != SEGV_MAPERR || !o.regs_ok) {
			printf("kernel: %s to %#llx: ", moved[i].p.name, (unsigned long long)moved[i].want);
			if (o.faulted) printf("addr %#llx code %d regs %s\n", (unsigned long long)o.addr, o.code, o.regs_ok ? "ok" : "WRONG");
			else printf("no fault\n");
			wrong++;
		}
	}
	wrong += rounds_differ;
	printf("kernel: %d of %d probes not as riscv64 Linux reports them\n", wrong,
	       (int)(sizeof probes / sizeof probes[0] + sizeof moved / sizeof moved[0]));
	return wrong;
}

int main(int argc, char **argv)
{
	struct sigaction sa = { .sa_sigaction = on_segv, .sa_flags = SA_SIGINFO | SA_NODEFER };
	sigaction(SIGSEGV, &sa, NULL);
	if (argc > 1 && !strcmp(argv[1], "kernel")) return kernel() != 0;
	void *top = mmap((void *)(uintptr_t)(TOP - PAGE), PAGE, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	top_page = top == (void *)(uintptr_t)(TOP - PAGE) ? top : NULL;
	printf("top page: %s\n", top_page ? "mapped" : "not mapped");
	uint8_t *three = mmap(NULL, 3 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (three == MAP_FAILED || mprotect(three + PAGE, PAGE, PROT_READ | PROT_WRITE)) {
		printf("mmap failed\n");
		return 1;
	}
	mid_page = three + PAGE;
	set_pages();

	printf("edges (the middle mapping's address varies: its lines are relative to it)\n");
	uint64_t sum = 0;
	int bad = edges(1, &sum);
	printf("edges: %d with registers wrong\n", bad);

	/* the stores write constants: after one pass a whole pass leaves the pages as they were, so
	 * each thread's pass (one at a time) sees what this second pass sees */
	uint64_t want = 0;
	edges(0, &want);
	struct job jobs[THREADS];
	pthread_t tid[THREADS];
	for (int i = 0; i < THREADS; i++) {
		jobs[i] = (struct job){ .id = i };
		pthread_create(&tid[i], NULL, worker, &jobs[i]);
	}
	for (int i = 0; i < THREADS; i++) pthread_join(tid[i], NULL);
	for (int i = 0; i < THREADS; i++)
		printf("thread %d: loop %llu, probes %s, %d with registers wrong\n", i, (unsigned long long)jobs[i].loop,
		       jobs[i].probes == want ? "as in main" : "DIFFER", jobs[i].bad);
	return 0;
}
