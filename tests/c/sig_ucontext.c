/* reference: qemu
 * The riscv64 signal frame as a handler sees it: SIGILL and SIGTRAP with si_addr and the saved pc
 * at the trapping instruction, registers and FP state read from uc_mcontext, and a handler that
 * changes the saved pc, a0 and fcsr so the interrupted code resumes with them. Also the frame's
 * alignment, the uc_sigmask of the interrupted code and the handler's a2 being the ucontext.
 * riscv-specific, so the reference is qemu-riscv64. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

static int failures;
#define CHECK(c) do { if (!(c)) { printf("FAIL line %d: %s\n", __LINE__, #c); failures++; } } while (0)

extern char ill_here[], brk_here[];
static volatile int hits, seen_code, seen_addr_ok, seen_pc_ok, seen_a1, seen_fa0_ok, seen_mask_usr2, aligned;

static void on_trap(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;
	mcontext_t *mc = &uc->uc_mcontext;
	uintptr_t where = sig == SIGILL ? (uintptr_t)ill_here : (uintptr_t)brk_here;
	char here;
	hits++;
	seen_code = si->si_code;
	seen_addr_ok = (uintptr_t)si->si_addr == where;
	seen_pc_ok = mc->__gregs[REG_PC] == where;
	seen_a1 = (int)mc->__gregs[REG_A0 + 1];
	aligned = ((uintptr_t)uc & 15) == 0 && ((uintptr_t)&here < (uintptr_t)uc); /* the frame is above */
	seen_mask_usr2 = sigismember(&uc->uc_sigmask, SIGUSR2);
	if (sig == SIGILL) {
		mc->__gregs[REG_PC] += 4; /* skip the 4-byte illegal instruction */
		mc->__gregs[REG_A0] = 1111;
	} else {
		double fa0;
		memcpy(&fa0, &mc->__fpregs.__d.__f[10], sizeof fa0);
		seen_fa0_ok = fa0 == 2.5;
		mc->__gregs[REG_PC] += 4; /* past the ebreak */
		mc->__gregs[REG_A0] = 2222;
		mc->__fpregs.__d.__fcsr = (1 << 5) | 0x1; /* frm RTZ, NX */
		double changed = -7.0;
		memcpy(&mc->__fpregs.__d.__f[10], &changed, sizeof changed);
	}
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_trap;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGILL, &sa, NULL);
	sigaction(SIGTRAP, &sa, NULL);
	sigset_t usr2;
	sigemptyset(&usr2);
	sigaddset(&usr2, SIGUSR2);
	sigprocmask(SIG_BLOCK, &usr2, NULL);

	/* an illegal instruction (all zero bits), a0 changed by the handler */
	register long a0 __asm__("a0") = 5;
	register long a1 __asm__("a1") = 77;
	__asm__ volatile(".globl ill_here\nill_here: .4byte 0\n" : "+r"(a0) : "r"(a1) : "memory");
	long after = a0; /* register variables hold only around the asm */
	CHECK(hits == 1 && seen_code == ILL_ILLOPC && seen_addr_ok && seen_pc_ok && seen_a1 == 77 && after == 1111);
	CHECK(aligned && seen_mask_usr2);
	printf("SIGILL: code ILL_ILLOPC %d, si_addr %d, pc %d, a1 %d, a0 now %ld\n", seen_code == ILL_ILLOPC,
	       seen_addr_ok, seen_pc_ok, seen_a1, after);

	/* ebreak, with fa0 and fcsr in the frame */
	register double fa0 __asm__("fa0") = 2.5;
	a0 = 6;
	a1 = 88;
	__asm__ volatile("fsflags zero\n.globl brk_here\nbrk_here: .4byte 0x00100073\n"
			 : "+r"(a0), "+f"(fa0) : "r"(a1) : "memory");
	unsigned fcsr;
	__asm__ volatile("frcsr %0" : "=r"(fcsr));
	long a0_after = a0;
	double fa0_after = fa0;
	CHECK(hits == 2 && seen_code == TRAP_BRKPT && seen_addr_ok && seen_pc_ok && seen_a1 == 88 && seen_fa0_ok);
	CHECK(a0_after == 2222 && fa0_after == -7.0 && fcsr == ((1 << 5) | 1));
	__asm__ volatile("fscsr zero");
	printf("SIGTRAP: code TRAP_BRKPT %d, si_addr %d, pc %d, fa0 seen %d, a0 now %ld, fa0 now %g, fcsr 0x%x\n",
	       seen_code == TRAP_BRKPT, seen_addr_ok, seen_pc_ok, seen_fa0_ok, a0_after, fa0_after, fcsr);
	printf("%d failures\n", failures);
	return failures != 0;
}
