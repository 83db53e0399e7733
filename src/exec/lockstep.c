/* --lockstep=ENGINE (see lockstep.h): a debugging tool for users and a test of the engines. The
 * guest advances one block at a time; each block runs first on a copy of the guest state with the
 * reference switch engine, whose memory writes are logged and then undone, and then for real on the
 * engine under test. Everything the block changed is compared; the first difference stops the VM
 * with a report:
 *
 *   isomorph: lockstep: threaded differs from switch after block 0x10abc (n=7 instructions):
 *     0x10abc  addi a0,a0,1
 *     ...
 *     x10 (a0): switch 0x2 threaded 0x3
 *
 * A call of a known routine that the block runs whole (ISA_OP_CALL_ROUTINE) is followed by the
 * reference into the routine's own code (reference_run), so the engines' closed forms are checked
 * against the instructions they stand for; so are the jumps, calls and returns the block goes on
 * through (ISA_OP_JAL_FOLLOWED, ISA_OP_RET_FOLLOWED, the branches it follows), which the reference
 * takes.
 *
 * Exits (ecall, traps, fence.i) are left to exec's loop, so system calls run once; a guest fault
 * both engines agree on unwinds to exec's fault target and is reported as in a normal run.
 * Memory is checked where the reference wrote; a stray write of the engine under test elsewhere
 * goes unseen (the engines under test carry no per-instruction hooks). A block that reads a
 * counter (cycle, time, instret) runs on the engine under test alone: the values differ by design
 * (the host clock moves; the threaded engine counts instret a block at a time). A difference in a
 * block whose code another thread rewrote meanwhile is not reported: the reference ran the new code,
 * the engine under test the decoded old one, and the two raced as on hardware.
 */
#define _GNU_SOURCE
#include <setjmp.h>
#include <sys/mman.h>
#include <stdlib.h>
#include <string.h>

#include "lockstep.h"
#include "../interp/csr.h"
#include "../isa/fpu.h"
#include "../isa/insn.h"

#define REFERENCE_NAME "switch"
#define MAX_STORE_SIZE 8
#define NREGS 32 /* in each of x[] and f[] */
#define ROUTINE_STEPS 64 /* runs of interp_switch_step through a known routine (to each taken branch), at most */

/* ORDER cpu_exit (isa/cpu.h). CPU_EXIT_SIGNAL is how both sides stop at the block's end here. */
static const char *const exit_names[] = {
	"none", "ecall", "ebreak", "illegal", "fence.i", "block", "block end", "exit",
};

static const char *exit_name(enum cpu_exit e)
{
	return (unsigned)e < sizeof exit_names / sizeof exit_names[0] ? exit_names[e] : "?";
}

static int differ_u64(FILE *out, const char *what, const char *test_name, uint64_t ref, uint64_t test)
{
	if (ref == test) return 0;
	if (out)
		fprintf(out, "  %s: %s 0x%llx %s 0x%llx\n", what, REFERENCE_NAME, (unsigned long long)ref, test_name,
			(unsigned long long)test);
	return 1;
}

/* A register: kind "x" or "f", r its number, abi gives its ABI name (asked only when it differs). */
static int differ_reg(FILE *out, const char *test_name, const char *kind, unsigned r, const char *(*abi)(unsigned),
		      uint64_t ref, uint64_t test)
{
	if (ref == test) return 0;
	char what[32];
	snprintf(what, sizeof what, "%s%u (%s)", kind, r, abi(r));
	return differ_u64(out, what, test_name, ref, test);
}

static void describe_fault(char *buf, size_t size, const struct mem_fault_info *f)
{
	if (!f) snprintf(buf, size, "no fault");
	else
		snprintf(buf, size, "SIG%s addr=0x%llx access=%d", sigabbrev_np(f->signo), (unsigned long long)f->addr,
			 f->access);
}

static int differ_fault(FILE *out, const char *test_name, const struct mem_fault_info *ref,
			const struct mem_fault_info *test)
{
	if (!ref && !test) return 0;
	if (ref && test && ref->signo == test->signo && ref->addr == test->addr && ref->access == test->access)
		return 0;
	if (out) {
		char r[80], t[80];
		describe_fault(r, sizeof r, ref);
		describe_fault(t, sizeof t, test);
		fprintf(out, "  fault: %s %s, %s %s\n", REFERENCE_NAME, r, test_name, t);
	}
	return 1;
}

/* Index of the last log entry writing the byte at addr, or -1. */
static int last_writer(const struct interp_store_log *log, uint64_t addr)
{
	for (int i = (int)log->n - 1; i >= 0; i--)
		if (addr - log->entry[i].addr < log->entry[i].size) return i;
	return -1;
}

/* Entry i's range as the reference left it, against guest memory now. Entries whose every byte was
 * written again later are skipped: the later entry covers them. */
static int differ_store(FILE *out, const char *test_name, const struct interp_store_log *log, int i)
{
	const struct interp_store *e = &log->entry[i];
	uint8_t want[MAX_STORE_SIZE], now[MAX_STORE_SIZE];
	int owns = 0;
	for (uint32_t k = 0; k < e->size; k++) {
		int w = last_writer(log, e->addr + k);
		owns |= w == i;
		want[k] = (uint8_t)(log->entry[w].after >> (8 * (e->addr + k - log->entry[w].addr)));
	}
	if (!owns) return 0;
	memcpy(now, mem_host(e->addr), e->size);
	if (memcmp(want, now, e->size) == 0) return 0;
	if (out) {
		uint64_t w = 0, n = 0;
		memcpy(&w, want, e->size); /* little-endian host, as the guest */
		memcpy(&n, now, e->size);
		fprintf(out, "  mem 0x%llx (%u bytes): %s 0x%llx %s 0x%llx\n", (unsigned long long)e->addr, e->size,
			REFERENCE_NAME, (unsigned long long)w, test_name, (unsigned long long)n);
	}
	return 1;
}

int exec_lockstep_compare(const struct cpu *ref, const struct mem_fault_info *ref_fault, const struct cpu *test,
			  const struct mem_fault_info *test_fault, const struct interp_store_log *log,
			  const char *test_name, FILE *out)
{
	int n = 0;
	n += differ_u64(out, "pc", test_name, ref->pc, test->pc);
	if (ref->exit_reason != test->exit_reason) {
		n++;
		if (out)
			fprintf(out, "  exit: %s %s %s %s\n", REFERENCE_NAME, exit_name(ref->exit_reason), test_name,
				exit_name(test->exit_reason));
	} else if (ref->exit_reason == CPU_EXIT_ILLEGAL) {
		n += differ_u64(out, "illegal instruction bits", test_name, ref->trap_bits, test->trap_bits);
	}
	n += differ_fault(out, test_name, ref_fault, test_fault);
	for (unsigned r = 1; r < NREGS; r++)
		n += differ_reg(out, test_name, "x", r, isa_xreg_name, ref->x[r], test->x[r]);
	for (unsigned r = 0; r < NREGS; r++)
		n += differ_reg(out, test_name, "f", r, isa_freg_name, ref->f[r], test->f[r]);
	n += differ_u64(out, "fflags", test_name, ref->fflags, test->fflags);
	n += differ_u64(out, "frm", test_name, ref->frm, test->frm);
	n += differ_u64(out, "lr reservation", test_name, ref->reservation, test->reservation);
	n += differ_u64(out, "lr reserved value", test_name, ref->reservation_value, test->reservation_value);
	for (uint32_t i = 0; i < log->n; i++) n += differ_store(out, test_name, log, (int)i);
	return n;
}

/* Puts memory back as it was before the reference ran: writes undone newest first. */
static void undo(const struct interp_store_log *log)
{
	for (uint32_t i = log->n; i-- > 0;)
		memcpy(mem_host(log->entry[i].addr), &log->entry[i].before, log->entry[i].size);
}

__attribute__((noreturn)) static void report(const struct cpu *ref, const struct mem_fault_info *ref_fault,
					     const struct cpu *test, const struct mem_fault_info *test_fault,
					     const struct interp_store_log *log, const struct isa_block *b)
{
	fprintf(stderr, "isomorph: lockstep: %s differs from %s after block 0x%llx (n=%u instructions):\n",
		exec_lockstep_test_name, REFERENCE_NAME, (unsigned long long)b->pc, b->n_guest);
	for (uint32_t i = 0; i < b->n_guest; i++) {
		char text[64];
		isa_disasm(&b->insns[i], text, sizeof text);
		fprintf(stderr, "    0x%llx  %s\n", (unsigned long long)b->insns[i].pc, text);
	}
	exec_lockstep_compare(ref, ref_fault, test, test_fault, log, exec_lockstep_test_name, stderr);
	fflush(NULL);
	exit(EXEC_LOCKSTEP_DIFFERS);
}

/* Whether b reads a counter CSR, whose value no two runs share. */
static int reads_counter(const struct isa_block *b)
{
	for (uint32_t i = 0; i < b->n_guest; i++) {
		const struct isa_insn *in = &b->insns[i];
		unsigned fmt = isa_ops[in->op].fmt;
		if (fmt != ISA_FMT_CSR && fmt != ISA_FMT_CSRI) continue;
		unsigned csr = (unsigned)in->imm;
		if (csr >= INTERP_CSR_CYCLE && csr <= INTERP_CSR_INSTRET) return 1;
	}
	return 0;
}

int exec_lockstep_rewritten_elsewhere(const struct isa_block *b, const struct interp_store_log *log)
{
	int rewritten = 0;
	for (uint32_t i = 0; i < b->n_guest && !rewritten; i++) {
		const struct isa_insn *in = &b->insns[i];
		if (mem_check(in->pc, in->len, PROT_READ) < 0) return 0;
		uint32_t now = 0;
		memcpy(&now, mem_host(in->pc), in->len);
		uint32_t decoded = in->len == 2 ? (in->bits & 0xffff) : in->bits;
		rewritten = now != decoded;
	}
	if (!rewritten) return 0;
	for (uint32_t i = 0; i < log->n; i++)
		for (uint32_t k = 0; k < b->n_guest; k++)
			if (log->entry[i].addr < b->insns[k].pc + b->insns[k].len &&
			    b->insns[k].pc < log->entry[i].addr + log->entry[i].size)
				return 0;
	return 1;
}

/* The reference run of block b on ref: the switch engine, one instruction at a time, writes
 * logged. A call of a known routine that b runs whole (ISA_OP_CALL_ROUTINE) is followed into the
 * routine, which the reference runs instruction by instruction to its return, when the routine's
 * reads would succeed (the engines' own test, interp_call_routine, asked on a copy); else it stops
 * at the routine's start, as the engines leave for it. So the closed forms are checked against the
 * routine's code. */
static void reference_run(struct cpu *ref, const struct isa_block *b, struct interp_store_log *log)
{
	uint32_t from = 0; /* the first instruction of b not run yet */
	enum cpu_exit reason = ref->exit_reason; /* a step's stop at a jal is no exit: a fault later must see this */
	for (uint32_t i = 0; i < b->n_guest; i++) {
		const struct isa_insn *in = &b->insns[i];
		int goes_on_at_imm2 = in->op == ISA_OP_RET_FOLLOWED || isa_branch_followed(in);
		if (in->op != ISA_OP_CALL_ROUTINE && in->op != ISA_OP_JAL_FOLLOWED && !goes_on_at_imm2) continue;
		uint64_t before = ref->instret;
		interp_switch_step(ref, i + 1 - from, log); /* up to the jump, which leaves the step's block */
		uint64_t next = in->pc + (uint64_t)(goes_on_at_imm2 ? (int64_t)in->imm2 : in->imm);
		if (ref->instret - before != i + 1 - from || ref->pc != next) return;
		ref->exit_reason = reason;
		if (in->op != ISA_OP_CALL_ROUTINE) {
			from = i + 1;
			continue;
		}
		struct cpu probe = *ref;
		if (!interp_call_routine(&probe, in)) return;
		for (int steps = 0; ref->pc != in->pc + in->len; steps++) {
			if (steps == ROUTINE_STEPS) return; /* not the routine's return: the report says where */
			interp_switch_step(ref, INTERP_STORE_LOG_MAX, log);
		}
		from = i + 1;
	}
	interp_switch_step(ref, b->n_guest - from, log);
}

/* The engine under test on cpu for block b only: cpu->pending makes it leave at the block's end
 * (CPU_EXIT_SIGNAL, which exec's loop clears), unless an exit comes first. */
void (*exec_lockstep_tested)(struct cpu *cpu, struct isa_block *b);
const char *exec_lockstep_test_name = "threaded";

static void run_tested(struct cpu *cpu, struct isa_block *b, interp_lookup_fn *lookup)
{
	cpu->pending = 1;
	if (exec_lockstep_tested) exec_lockstep_tested(cpu, b);
	else interp_threaded_run(cpu, b, lookup);
}

/* Static: what is set between sigsetjmp and a guest fault's siglongjmp must survive the jump. */
static struct cpu ref;
static struct interp_store_log store_log;
static struct mem_fault_info ref_fault, test_fault;
static int ref_faulted, test_faulted;

void exec_lockstep_block(struct cpu *cpu, struct isa_block *b, interp_lookup_fn *lookup)
{
	/* No mask saved (a system call each time): the fault handler runs with SA_NODEFER and an
	 * empty sa_mask, so leaving it by siglongjmp leaves the mask as it was. */
	static sigjmp_buf here;
	sigjmp_buf *outer = mem_fault_target;

	if (reads_counter(b)) {
		run_tested(cpu, b, lookup);
		return;
	}
	fpu_fold_host_flags(cpu); /* each side starts on clear host flags and folds its own */
	ref = *cpu;
	store_log.n = 0;
	ref_faulted = test_faulted = 0;
	mem_fault_target = &here;
	if (sigsetjmp(here, 0)) {
		ref_faulted = 1;
		ref_fault = mem_last_fault;
	} else {
		reference_run(&ref, b, &store_log);
	}
	fpu_fold_host_flags(&ref);
	undo(&store_log);

	if (sigsetjmp(here, 0)) {
		test_faulted = 1;
		test_fault = mem_last_fault;
	} else {
		run_tested(cpu, b, lookup);
	}
	mem_fault_target = outer;
	fpu_fold_host_flags(cpu);

	const struct mem_fault_info *rf = ref_faulted ? &ref_fault : NULL, *tf = test_faulted ? &test_fault : NULL;
	if (exec_lockstep_compare(&ref, rf, cpu, tf, &store_log, exec_lockstep_test_name, NULL) &&
	    !exec_lockstep_rewritten_elsewhere(b, &store_log))
		report(&ref, rf, cpu, tf, &store_log, b);
	if (test_faulted) siglongjmp(*outer, 1); /* mem_last_fault is the agreed fault */
}
