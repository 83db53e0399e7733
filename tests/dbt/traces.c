/* Traces: branches taken more often than not, which --engine=auto follows into their targets once
 * the interpreter has seen them go that way (the block decoded again, the branch on the opposite
 * condition leaving for the fall-through). Each part checks its results against a second way of
 * computing them:
 *   - a bytecode interpreter whose handlers go back to the dispatch through a branch almost always
 *     taken (`if (!trap) goto dispatch`), the shape of lua's and sqlite's loops;
 *   - a branch whose bias turns over halfway through the run: the shape chosen from the first
 *     half is wrong for the second, which may only cost time;
 *   - loads after followed branches that fault (SIGSEGV with the address and the pc of the load,
 *     resumed by siglongjmp);
 *   - with the argument "instret", the instructions each part retired (rdinstret), which every
 *     engine must count as the switch engine does.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

#define P 1000003

#include "selfcheck.h"

/* --- a bytecode interpreter ------------------------------------------------------------------- */
enum op { MULI, ADD, TRAP_IF, DEC_JNZ, HALT };
struct insn { uint8_t op, rd, rs; int32_t imm; };
struct vm {
	long r[4];
	volatile int trap; /* set by TRAP_IF only: every handler tests it on its way back */
	long traps;
};

__attribute__((noinline)) static long run_vm(struct vm *vm, const struct insn *code)
{
	const struct insn *pc = code;
dispatch:;
	const struct insn *in = pc++;
	switch (in->op) {
	case MULI: vm->r[in->rd] = vm->r[in->rd] * in->imm % P; break;
	case ADD: vm->r[in->rd] += vm->r[in->rs]; break;
	case TRAP_IF: if ((vm->r[in->rs] & in->imm) == 0) vm->trap = 1; break;
	case DEC_JNZ: if (--vm->r[in->rd]) pc = code + in->imm; break;
	case HALT: return vm->r[in->rd];
	}
	if (__builtin_expect(!vm->trap, 1)) goto dispatch;
	vm->trap = 0;
	vm->traps++;
	goto dispatch;
}

/* acc = 1; for i = n down to 1: acc = acc * 3 % P + i, a trap where i % 64 == 0 */
static void bytecode(long n)
{
	static const struct insn program[] = {
		{ MULI, 0, 0, 3 }, { ADD, 0, 1, 0 }, { TRAP_IF, 0, 1, 63 }, { DEC_JNZ, 1, 0, 0 }, { HALT, 0, 0, 0 },
	};
	struct vm vm = { .r = { 1, n } };
	long got = run_vm(&vm, program);
	long acc = 1, traps = 0;
	for (long i = n; i >= 1; i--) {
		acc = acc * 3 % P + i;
		traps += i % 64 == 0;
	}
	check("bytecode result", got, acc);
	check("bytecode traps", vm.traps, traps);
	printf("bytecode %ld traps %ld\n", got, vm.traps);
}

/* --- a bias that turns over ------------------------------------------------------------------- */
__attribute__((noinline)) static long turnover(const uint8_t *flags, long n)
{
	long a = 0, b = 0;
	for (long i = 0; i < n; i++) {
		if (flags[i]) { /* taken in the first half, not in the second */
			a += i;
			continue;
		}
		b ^= i * 7;
		b += a & 15;
	}
	return a * 31 + b;
}

static void bias_turns_over(void)
{
	static uint8_t flags[200000];
	long n = sizeof flags, a = 0, b = 0;
	for (long i = 0; i < n; i++) flags[i] = i < n / 2 ? (i % 97 != 0) : (i % 89 == 0);
	long got = turnover(flags, n);
	for (long i = 0; i < n; i++) {
		if (flags[i]) a += i;
		else b = (b ^ (i * 7)) + (a & 15);
	}
	check("turnover", got, a * 31 + b);
	printf("turnover %ld\n", got);
}

/* --- faults after followed branches ----------------------------------------------------------- */
static sigjmp_buf resume;
static volatile uintptr_t fault_addr, fault_pc;
static volatile long sink;

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	fault_addr = (uintptr_t)si->si_addr;
	fault_pc = ((ucontext_t *)ctx)->uc_mcontext.__gregs[REG_PC];
	siglongjmp(resume, 1);
}

/* Sums *ptrs[i] where keys[i] is odd (almost always): a bad pointer faults in the followed path. */
__attribute__((noinline)) static long sum_odd(long *const *ptrs, const long *keys, long n)
{
	long s = 0;
	for (long i = 0; i < n; i++) {
		if (keys[i] & 1) {
			s += *ptrs[i];
			continue;
		}
		s -= keys[i];
	}
	return s;
}

static void faults(void)
{
	static long values[1024], keys[1024];
	static long *ptrs[1024];
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigaction(SIGSEGV, &sa, NULL);
	long want = 0;
	for (int i = 0; i < 1024; i++) {
		values[i] = i * 3 + 1;
		keys[i] = i % 50 == 0 ? 2 * i : 2 * i + 1;
		ptrs[i] = &values[i];
		want += keys[i] & 1 ? values[i] : -keys[i];
	}
	for (int round = 0; round < 300; round++) check("sum_odd", sum_odd(ptrs, keys, 1024), want);
	uintptr_t first_pc = 0;
	for (int k = 0; k < 4; k++) {
		int bad = 101 + 200 * k; /* odd keys there: the followed path loads through it */
		long *saved = ptrs[bad];
		ptrs[bad] = (long *)(uintptr_t)(0x10 + 8 * k);
		if (sigsetjmp(resume, 1) == 0) {
			sink = sum_odd(ptrs, keys, 1024);
			printf("FAIL no fault at %d\n", bad);
			failures++;
		} else {
			check("fault address", (long)fault_addr, (long)(0x10 + 8 * k));
			if (k == 0) first_pc = fault_pc;
			check("fault pc same load", (long)fault_pc, (long)first_pc);
		}
		ptrs[bad] = saved;
	}
	printf("faults at 0x%lx + 8k, pc stable: %s\n", 0x10ul, failures ? "no" : "yes");
}

int main(int argc, char **argv)
{
	show_instret = argc > 1 && strcmp(argv[1], "instret") == 0;
	uint64_t t0 = rdinstret();
	bytecode(300000);
	uint64_t t1 = rdinstret();
	report("bytecode", t0, t1);
	t0 = rdinstret();
	bias_turns_over();
	t1 = rdinstret();
	report("turnover", t0, t1);
	faults();
	if (failures) return 1;
	printf("ok\n");
	return 0;
}
