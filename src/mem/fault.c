/* Guest faults: the host SIGSEGV/SIGBUS handler and mem_fault, both unwinding to mem_fault_target.
 *
 * Guest memory is accessed directly through the reserved region, so a guest access that breaks
 * the guest protections raises a host signal with si_addr inside the region. While guest code
 * runs (mem_fault_target set), that is a guest fault: it is recorded in mem_last_fault and the
 * handler long-jumps to the exec loop, which raises the guest signal. Anything else is a VM bug.
 *
 *   sigjmp_buf jb;
 *   if (sigsetjmp(jb, 1)) { deliver(mem_last_fault); } // the fault lands here
 *   mem_fault_target = &jb; run_guest(); mem_fault_target = NULL;
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>
#include "internal.h"

#define PF_ERR_WRITE 2ull            /* x86 page-fault error code: the access was a write */
#define ALT_STACK_SIZE (64u << 10)   /* room for the handler (and the message) after an overflow */

__thread sigjmp_buf *mem_fault_target;
int (*mem_host_fault_hook)(void *ucontext, uint64_t *guest_addr);
__thread struct mem_fault_info mem_last_fault;

void (*mem_sent_fault_signal)(int sig, siginfo_t *si, void *host_ucontext);

static int guest_si_code(uint64_t addr)
{
	return mem_page_prot(addr) < 0 ? SEGV_MAPERR : SEGV_ACCERR;
}

void mem_fault(uint64_t addr, int access)
{
	if (!mem_fault_target) {
		char msg[96];
		snprintf(msg, sizeof msg, "guest fault at 0x%llx outside guest code", (unsigned long long)addr);
		mem_panic(msg);
	}
	mem_last_fault.addr = addr;
	mem_last_fault.access = access;
	if (access & MEM_MISALIGNED) {
		mem_last_fault.signo = SIGBUS;
		mem_last_fault.si_code = BUS_ADRALN;
	} else {
		mem_last_fault.signo = SIGSEGV;
		mem_last_fault.si_code = guest_si_code(addr);
	}
	siglongjmp(*mem_fault_target, 1);
}

/* Appends "0x" and v in hex to *p: the handler may not call printf. */
static void put_hex(char **p, uint64_t v)
{
	char digits[16];
	int n = 0;
	do digits[n++] = "0123456789abcdef"[v & 15]; while (v >>= 4);
	*(*p)++ = '0';
	*(*p)++ = 'x';
	while (n) *(*p)++ = digits[--n];
}

static void put_str(char **p, const char *s)
{
	while (*s) *(*p)++ = *s++;
}

static uint64_t host_pc(const ucontext_t *uc)
{
#ifdef __x86_64__
	return uc->uc_mcontext.gregs[REG_RIP];
#else
	(void)uc;
	return 0;
#endif
}

static int host_access(const ucontext_t *uc)
{
#ifdef __x86_64__
	return (uc->uc_mcontext.gregs[REG_ERR] & PF_ERR_WRITE) ? MEM_WRITE : MEM_READ;
#else
	(void)uc;
	return MEM_READ;
#endif
}

static void on_host_fault(int sig, siginfo_t *si, void *ctx)
{
	const ucontext_t *uc = ctx;
	uint8_t *a = si->si_addr;
	/* the guest address, wrapped to 64 bits as the guest computed it (the guard below 0 too) */
	uint64_t g = (uint64_t)(uintptr_t)a - (uint64_t)(uintptr_t)mem_base;
	/* A write to a page kept read-only for its code (code.c), from guest code or the VM: the
	 * page is writable again when this returns, and the write is retried. */
	if (sig == SIGSEGV && si->si_code == SEGV_ACCERR && mem_page_table && g < MEM_GUEST_LIMIT &&
	    host_access(uc) == MEM_WRITE && mem_code_write_fault(g))
		return;
	if (mem_fault_target && mem_page_table && (g < MEM_GUEST_LIMIT + MEM_GUARD_SIZE || g >= -MEM_GUARD_SIZE) &&
	    si->si_code > 0 /* raised by the hardware, not sent */) {
		if (mem_host_fault_hook) mem_host_fault_hook(ctx, &g); /* translated code: exact guest state */
		mem_last_fault.addr = g;
		mem_last_fault.access = host_access(uc);
		mem_last_fault.signo = sig;
		mem_last_fault.si_code = sig == SIGBUS ? BUS_ADRERR : guest_si_code(g);
		siglongjmp(*mem_fault_target, 1);
	}
	if (si->si_code <= 0 && mem_sent_fault_signal) { /* kill -SEGV from somewhere: not a fault */
		mem_sent_fault_signal(sig, si, ctx);
		return;
	}
	char msg[128], *p = msg;
	put_str(&p, "isomorph: internal error: host ");
	put_str(&p, sig == SIGBUS ? "SIGBUS" : "SIGSEGV");
	put_str(&p, " at ");
	put_hex(&p, (uint64_t)a);
	put_str(&p, " (pc ");
	put_hex(&p, host_pc(uc));
	put_str(&p, ")\n");
	if (write(STDERR_FILENO, msg, p - msg) < 0) { /* nothing left to report to */ }
	signal(sig, SIG_DFL);
	raise(sig);
	/* Still here (the signal was sent, not raised by an access): returning would loop or lose it. */
	_exit(128 + sig);
}

/* This host thread's alternate signal stack, unmapped by mem_thread_exit. */
static __thread void *alt_stack;

void mem_thread_init(void)
{
	stack_t ss = { .ss_size = ALT_STACK_SIZE };
	ss.ss_sp = mmap(NULL, ALT_STACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (ss.ss_sp == MAP_FAILED || sigaltstack(&ss, NULL)) mem_panic("mem_thread_init: no alternate signal stack");
	alt_stack = ss.ss_sp;
}

void mem_thread_exit(void)
{
	stack_t off = { .ss_flags = SS_DISABLE };
	mem_fault_target = NULL;
	if (!alt_stack || sigaltstack(&off, NULL)) return; /* keep a stack the kernel may still use */
	munmap(alt_stack, ALT_STACK_SIZE);
	alt_stack = NULL;
}

void mem_install_fault_handler(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_host_fault;
	/* SA_NODEFER: leaving by siglongjmp must not leave SIGSEGV blocked, whatever savemask was. */
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	mem_thread_init();
	if (sigaction(SIGSEGV, &sa, NULL) || sigaction(SIGBUS, &sa, NULL)) mem_panic("mem_init: sigaction");
}
