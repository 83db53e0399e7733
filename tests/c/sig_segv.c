/* SIGSEGV handlers: si_addr and si_code (SEGV_MAPERR for no mapping, SEGV_ACCERR for a protection),
 * a handler that makes the page accessible (mprotect, mmap) and returns so the access is retried,
 * and one that leaves a NULL dereference by siglongjmp. Output compared with the native build. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static int failures;
#define CHECK(c) do { if (!(c)) { printf("FAIL line %d: %s\n", __LINE__, #c); failures++; } } while (0)

static char *volatile page;
static long page_size;
static volatile int faults, last_code;
static void *volatile last_addr;
static volatile enum fix { FIX_MPROTECT_READ, FIX_MPROTECT_WRITE, FIX_MAP, FIX_JUMP } fix;
static sigjmp_buf env;

/* Faulting accesses go through volatile pointers, so the compiler keeps them in order with the
 * checks of what the handler recorded. */
static void poke(int offset, char v) { ((volatile char *)page)[offset] = v; }
static char peek(int offset) { return ((volatile char *)page)[offset]; }

static void on_segv(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	faults++;
	last_code = si->si_code;
	last_addr = si->si_addr;
	if (sig != SIGSEGV || si->si_signo != SIGSEGV) _exit(3);
	switch (fix) {
	case FIX_MPROTECT_READ: mprotect(page, page_size, PROT_READ); break;
	case FIX_MPROTECT_WRITE: mprotect(page, page_size, PROT_READ | PROT_WRITE); break;
	case FIX_MAP:
		mmap(page, page_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
		break;
	case FIX_JUMP: siglongjmp(env, 1);
	}
}

static const char *code_name(int code)
{
	return code == SEGV_MAPERR ? "SEGV_MAPERR" : code == SEGV_ACCERR ? "SEGV_ACCERR" : "other";
}

int main(void)
{
	page_size = sysconf(_SC_PAGESIZE);
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, NULL);

	page = mmap(NULL, page_size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(page != MAP_FAILED);

	/* a read of a PROT_NONE page, fixed by making it readable */
	fix = FIX_MPROTECT_READ;
	char c = peek(100);
	CHECK(faults == 1 && c == 0 && last_addr == page + 100 && last_code == SEGV_ACCERR);
	printf("read: %d fault, %s, offset %ld\n", faults, code_name(last_code), (long)((char *)last_addr - page));

	/* a write to the now read-only page, fixed by making it writable */
	fix = FIX_MPROTECT_WRITE;
	poke(200, 42);
	CHECK(faults == 2 && peek(200) == 42 && last_addr == page + 200 && last_code == SEGV_ACCERR);
	printf("write: %d faults, %s, offset %ld\n", faults, code_name(last_code), (long)((char *)last_addr - page));

	/* an unmapped page, mapped again by the handler */
	munmap(page, page_size);
	fix = FIX_MAP;
	poke(300, 7);
	CHECK(faults == 3 && peek(300) == 7 && peek(200) == 0 && last_code == SEGV_MAPERR && last_addr == page + 300);
	printf("unmapped: %d faults, %s, offset %ld\n", faults, code_name(last_code), (long)((char *)last_addr - page));

	/* a NULL dereference, left by siglongjmp; the mask is back afterwards */
	fix = FIX_JUMP;
	if (sigsetjmp(env, 1) == 0) {
		volatile int *volatile null = (int *)(uintptr_t)8;
		*null = 1;
		printf("not reached\n");
	}
	sigset_t cur;
	sigprocmask(SIG_BLOCK, NULL, &cur);
	CHECK(faults == 4 && last_addr == (void *)8 && last_code == SEGV_MAPERR && !sigismember(&cur, SIGSEGV));
	printf("null: %d faults, %s, addr %p\n", faults, code_name(last_code), last_addr);

	/* several rounds through the same handler */
	for (int i = 0; i < 5; i++) {
		mprotect(page, page_size, PROT_NONE);
		fix = FIX_MPROTECT_WRITE;
		poke(i, (char)i);
	}
	CHECK(faults == 9 && peek(4) == 4);
	printf("%d faults, %d failures\n", faults, failures);
	return failures != 0;
}
