/* sigaltstack with SA_ONSTACK: a runaway recursion overflows the stack, and the SIGSEGV handler,
 * running on the alternate stack, leaves by siglongjmp; sigaltstack's answers in and out of the
 * handler (SS_ONSTACK, EPERM while on it, SS_DISABLE, ENOMEM); and a handler without SA_ONSTACK
 * staying on the ordinary stack. Output compared with the native build. */
#define _GNU_SOURCE
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int failures;
#define CHECK(c) do { if (!(c)) { printf("FAIL line %d: %s\n", __LINE__, #c); failures++; } } while (0)

#define ALT_SIZE (64 * 1024)
static char *alt;
static sigjmp_buf env;
static volatile int on_alt, flags_inside, eperm_inside, handled;

static int within_alt(const void *p)
{
	return (const char *)p >= alt && (const char *)p < alt + ALT_SIZE;
}

static void on_segv(int sig, siginfo_t *si, void *uc)
{
	(void)si, (void)uc;
	char here;
	on_alt = within_alt(&here);
	stack_t now, again = { .ss_sp = alt, .ss_size = ALT_SIZE };
	sigaltstack(NULL, &now);
	flags_inside = now.ss_flags;
	eperm_inside = sigaltstack(&again, NULL) == -1 && errno == EPERM;
	handled = sig;
	siglongjmp(env, 1);
}

static void on_usr1(int sig)
{
	char here;
	on_alt = within_alt(&here);
	handled = sig;
}

static volatile int never = -1; /* an end the compiler cannot see through */

/* Recurses until the stack runs out; the volatile buffer keeps every frame big and real. */
static int deep(int n)
{
	volatile char frame[1024];
	if (n == never) return 0;
	frame[0] = (char)n;
	frame[sizeof frame - 1] = (char)n;
	return deep(n + 1) + frame[0] + frame[sizeof frame - 1];
}

int main(void)
{
	alt = malloc(ALT_SIZE);
	stack_t ss = { .ss_sp = alt, .ss_size = ALT_SIZE, .ss_flags = 0 }, old;
	CHECK(sigaltstack(NULL, &old) == 0 && (old.ss_flags & SS_DISABLE));
	stack_t tiny = { .ss_sp = alt, .ss_size = 512 };
	CHECK(sigaltstack(&tiny, NULL) == -1 && errno == ENOMEM);
	CHECK(sigaltstack(&ss, NULL) == 0);
	CHECK(sigaltstack(NULL, &old) == 0 && old.ss_sp == alt && old.ss_size == ALT_SIZE && old.ss_flags == 0);

	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	sigaction(SIGSEGV, &sa, NULL);

	for (int round = 0; round < 2; round++) {
		handled = 0;
		if (sigsetjmp(env, 1) == 0) {
			deep(0);
			printf("not reached\n");
		}
		CHECK(handled == SIGSEGV && on_alt && flags_inside == SS_ONSTACK && eperm_inside);
		printf("overflow %d: recovered %d, on the alternate stack %d, SS_ONSTACK %d, EPERM %d\n", round,
		       handled == SIGSEGV, on_alt, flags_inside == SS_ONSTACK, eperm_inside);
	}
	CHECK(sigaltstack(NULL, &old) == 0 && old.ss_flags == 0);

	/* without SA_ONSTACK the handler keeps the ordinary stack */
	signal(SIGUSR1, on_usr1);
	raise(SIGUSR1);
	CHECK(handled == SIGUSR1 && !on_alt);
	printf("plain handler on the alternate stack: %d\n", on_alt);

	stack_t off = { .ss_flags = SS_DISABLE };
	CHECK(sigaltstack(&off, NULL) == 0);
	CHECK(sigaltstack(NULL, &old) == 0 && old.ss_flags == SS_DISABLE);
	printf("%d failures\n", failures);
	return failures != 0;
}
