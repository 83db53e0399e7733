/* Host system calls that a guest signal interrupts, with no lost wake-up.
 *
 * A guest signal arrives as a host signal whose handler (signal.c) only records it and sets the
 * thread's signal_arrived flag; delivery happens later, between guest instructions. A call that
 * blocks (read on a pipe, ppoll, sigsuspend, nanosleep) must then return EINTR, but a signal that
 * lands after the VM last looked and before the host call starts would be seen only when the call
 * ends, perhaps never. So the check and the syscall instruction sit together in a few lines of
 * assembly, and the host handler, finding the interrupted host pc between the check and the
 * syscall instruction, moves it to an exit that returns -EINTR (the scheme of QEMU's safe_syscall).
 * A signal during the call interrupts it the usual way: the host handlers have no SA_RESTART. After
 * the call, the flag stays set and the exec loop delivers.
 *
 *   long r = os_blocking_syscall(SYS_read, fd, (long)buf, len, 0, 0, 0);
 *   if (r < 0 && errno == EINTR) ... the guest sees EINTR, or the call restarts (SA_RESTART)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <ucontext.h>
#include "signal.h"

#ifdef __x86_64__
/* long blocking_syscall(const volatile int *flag, long nr, long a1, .., long a6)
 * System V arguments: rdi flag, rsi nr, rdx a1, rcx a2, r8 a3, r9 a4, stack a5 a6.
 * Linux syscall: rax nr, rdi a1, rsi a2, rdx a3, r10 a4, r8 a5, r9 a6; returns rax (-errno). */
__asm__(".text\n"
	".globl isomorph_blocking_syscall\n"
	".type isomorph_blocking_syscall, @function\n"
	"isomorph_blocking_syscall:\n"
	"	movq %rdi, %r11\n"
	"	movq %rsi, %rax\n"
	"	movq %rdx, %rdi\n"
	"	movq %rcx, %rsi\n"
	"	movq %r8, %rdx\n"
	"	movq %r9, %r10\n"
	"	movq 8(%rsp), %r8\n"
	"	movq 16(%rsp), %r9\n"
	".globl isomorph_blocking_window_start\n"
	"isomorph_blocking_window_start:\n"
	"	cmpl $0, (%r11)\n"
	"	jne isomorph_blocking_eintr\n"
	"	syscall\n"
	".globl isomorph_blocking_window_end\n"
	"isomorph_blocking_window_end:\n"
	"	ret\n"
	".globl isomorph_blocking_eintr\n"
	"isomorph_blocking_eintr:\n"
	"	movq $-4, %rax\n" /* -EINTR */
	"	ret\n"
	".size isomorph_blocking_syscall, .-isomorph_blocking_syscall\n");

_Static_assert(EINTR == 4, "EINTR");
long isomorph_blocking_syscall(const volatile int *flag, long nr, long a1, long a2, long a3, long a4, long a5,
			       long a6);
extern const char isomorph_blocking_window_start[], isomorph_blocking_window_end[], isomorph_blocking_eintr[];

long os_blocking_syscall(long nr, long a1, long a2, long a3, long a4, long a5, long a6)
{
	static const volatile int never = 0; /* no guest thread yet: nothing to deliver */
	const volatile int *flag = os_self ? &os_self->signal_arrived : &never;
	long r = isomorph_blocking_syscall(flag, nr, a1, a2, a3, a4, a5, a6);
	if (r < 0 && r > -4096) {
		errno = (int)-r;
		return -1;
	}
	return r;
}

void os_blocking_interrupt(void *host_ucontext)
{
	ucontext_t *uc = host_ucontext;
	uintptr_t pc = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
	if (pc >= (uintptr_t)isomorph_blocking_window_start && pc < (uintptr_t)isomorph_blocking_window_end)
		uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)isomorph_blocking_eintr;
}
#else
#error "os/blocking.c: the interruptible system call needs a port to this host"
#endif
