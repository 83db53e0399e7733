/* Guest threads: one host thread each, the list of live threads, and stopping the world.
 *
 * clone with CLONE_VM|CLONE_THREAD makes a host thread (pthread_create) that runs a copy of the
 * caller's cpu with a0 = 0, the new stack and TLS, through the function exec registered with
 * os_threads_init. Its tid is its host tid, so gettid, tgkill and futexes on tids need no
 * translation. exit (93) ends one thread: its clear_child_tid word is zeroed and futex-woken (what
 * pthread_join waits for), and the host thread ends; the last thread's exit ends the process with
 * its status (what the host kernel reports for a thread group whose threads exit one by one).
 *
 * Stopping the world (for a block store flush, or fork) uses a count of threads running guest
 * code: os_guest_enter/os_guest_leave bracket every engine run, os_threads_stop sets cpu.pending
 * on every thread (the engines leave at the next block boundary) and waits for the count to reach
 * zero, and os_guest_enter waits while the world is stopped. A thread in a system call is outside
 * guest code, so a futex wait never holds up a stop.
 *
 *   os_threads_init(t, run);                 // exec's loop, before the first guest instruction
 *   int64_t tid = os_thread_clone(cpu, flags, sp, ptid, tls, ctid);   // from clone
 *   os_thread_exit(cpu, status);             // from exit: returns only for the last thread
 */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "internal.h"
#include "process.h"
#include "thread.h"

__thread struct os_thread *os_self;

#define GUEST_SS_DISABLE 2 /* a new thread starts without an alternate signal stack */

/* One lock for the list and the world state: every use is short and none is on a hot path. */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t all_outside = PTHREAD_COND_INITIALIZER; /* in_guest reached 0 while stopping */
static pthread_cond_t resumed = PTHREAD_COND_INITIALIZER;     /* stopping went back to 0 */
static struct os_thread *threads;  /* the live threads */
static struct os_thread *first;    /* the first thread: not heap memory, never freed */
static int live;                   /* threads in the list */
static int in_guest;               /* threads between os_guest_enter and os_guest_leave */
static int stopping;               /* a stop is in force */
static uint64_t ended_instret;     /* instret of the threads that have ended */
static void (*run_thread)(struct cpu *cpu);

void os_threads_init(struct os_thread *t, __attribute__((noreturn)) void (*run)(struct cpu *cpu))
{
	pthread_mutex_lock(&lock);
	run_thread = run;
	if (!first) {
		first = t;
		t->next = NULL;
		threads = t;
		live = 1;
	}
	pthread_mutex_unlock(&lock);
}

void os_guest_enter(struct os_thread *t)
{
	pthread_mutex_lock(&lock);
	while (stopping) pthread_cond_wait(&resumed, &lock);
	t->in_guest = 1;
	in_guest++;
	pthread_mutex_unlock(&lock);
}

void os_guest_leave(struct os_thread *t)
{
	if (!t->in_guest) return; /* only this thread changes its own flag */
	pthread_mutex_lock(&lock);
	t->in_guest = 0;
	if (--in_guest == 0 && stopping) pthread_cond_signal(&all_outside);
	pthread_mutex_unlock(&lock);
}

void os_threads_stop(void)
{
	pthread_mutex_lock(&lock);
	while (stopping) pthread_cond_wait(&resumed, &lock);
	stopping = 1;
	for (struct os_thread *t = threads; t; t = t->next)
		if (t != os_self) t->cpu.pending = 1; /* leave at the next block boundary */
	while (in_guest) pthread_cond_wait(&all_outside, &lock);
	pthread_mutex_unlock(&lock);
}

void os_threads_resume(void)
{
	pthread_mutex_lock(&lock);
	stopping = 0;
	pthread_cond_broadcast(&resumed);
	pthread_mutex_unlock(&lock);
}

uint64_t os_threads_instret(void)
{
	pthread_mutex_lock(&lock);
	uint64_t sum = ended_instret;
	for (struct os_thread *t = threads; t; t = t->next) sum += t->cpu.instret; /* others' are racy */
	pthread_mutex_unlock(&lock);
	return sum;
}

void os_threads_after_fork(void)
{
	/* The child has one host thread, this one; the others' structures are simply forgotten. The
	 * locks may have been held by threads that do not exist here: start them afresh. */
	lock = (pthread_mutex_t)PTHREAD_MUTEX_INITIALIZER;
	all_outside = (pthread_cond_t)PTHREAD_COND_INITIALIZER;
	resumed = (pthread_cond_t)PTHREAD_COND_INITIALIZER;
	os_self->next = NULL;
	os_self->in_guest = 0;
	os_self->tid = (int)gettid();
	threads = os_self;
	live = 1;
	in_guest = 0;
	stopping = 0;
}

int os_threads_live(void)
{
	pthread_mutex_lock(&lock);
	int n = live;
	pthread_mutex_unlock(&lock);
	return n;
}

/* --- clone ------------------------------------------------------------------------------------ */

/* What the parent hands its new host thread; the parent waits on ready until the child has its
 * tid, has written the SETTID words and is on the list, as Linux has done all that when clone
 * returns. */
struct start {
	struct os_thread *t;
	uint64_t flags, ptid, ctid;
	int tid; /* the child's, for the parent: t itself may be gone by the time the parent looks */
	sem_t ready;
};

static void *thread_main(void *arg)
{
	struct start *s = arg;
	struct os_thread *t = s->t;
	t->tid = (int)gettid();
	uint32_t tid = (uint32_t)t->tid;
	/* Linux ignores a bad address here too */
	if (s->flags & CLONE_PARENT_SETTID) (void)mem_copy_to_guest(s->ptid, &tid, sizeof tid);
	if (s->flags & CLONE_CHILD_SETTID) (void)mem_copy_to_guest(s->ctid, &tid, sizeof tid);
	pthread_mutex_lock(&lock);
	t->next = threads;
	threads = t;
	live++;
	pthread_mutex_unlock(&lock);
	s->tid = t->tid;
	sem_post(&s->ready); /* s is gone after this */

	mem_thread_init();
	os_self = t;
	run_thread(&t->cpu);
	abort(); /* run_thread never returns: threads end in os_thread_exit */
}

int64_t os_thread_clone(struct cpu *cpu, uint64_t flags, uint64_t sp, uint64_t ptid, uint64_t tls, uint64_t ctid)
{
	struct os_thread *t = malloc(sizeof *t);
	if (!t) return -EAGAIN;
	*t = *os_thread_of(cpu); /* registers, FP state, blocked signals */
	t->cpu.x[ISA_REG_A0] = 0;
	if (sp) t->cpu.x[ISA_REG_SP] = sp;
	if (flags & CLONE_SETTLS) t->cpu.x[ISA_REG_TP] = tls;
	t->cpu.pc = cpu->pc + 4; /* past the ecall, as the parent will be */
	t->cpu.reservation = ~0ull;
	t->cpu.instret = 0;
	t->cpu.pending = 0;
	t->cpu.exit_reason = CPU_EXIT_NONE;
	t->clear_child_tid = flags & CLONE_CHILD_CLEARTID ? ctid : 0;
	t->robust_list = 0;
	t->in_guest = 0;
	t->next = NULL;
	t->sigpending = 0;
	t->signal_arrived = 0; /* the parent's pending work is the parent's */
	t->saved_sigmask_valid = 0;
	t->syscall_interrupted = 0;
	t->altstack_sp = t->altstack_size = 0;
	t->altstack_flags = GUEST_SS_DISABLE;

	struct start s = { .t = t, .flags = flags, .ptid = ptid, .ctid = ctid };
	sem_init(&s.ready, 0, 0);
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	pthread_t h;
	int e = pthread_create(&h, &attr, thread_main, &s);
	pthread_attr_destroy(&attr);
	if (e) {
		sem_destroy(&s.ready);
		free(t);
		return -EAGAIN;
	}
	while (sem_wait(&s.ready) && errno == EINTR) continue;
	sem_destroy(&s.ready);
	return s.tid;
}

/* --- exit ------------------------------------------------------------------------------------- */

int os_thread_exit(struct cpu *cpu, int status)
{
	struct os_thread *t = os_thread_of(cpu);
	pthread_mutex_lock(&lock);
	for (struct os_thread **p = &threads; *p; p = &(*p)->next)
		if (*p == t) {
			*p = t->next;
			live--;
			break;
		}
	int last = live == 0;
	ended_instret += t->cpu.instret;
	pthread_mutex_unlock(&lock);
	if (last) return status; /* the host kernel, too, reports the last thread's status */

	if (t->clear_child_tid) {
		uint32_t zero = 0;
		if (mem_copy_to_guest(t->clear_child_tid, &zero, sizeof zero) == 0)
			syscall(SYS_futex, mem_host(t->clear_child_tid), FUTEX_WAKE, 1, NULL, NULL, 0);
	}
	mem_thread_exit();
	if (t != first) free(t);
	os_self = NULL;
	pthread_exit(NULL);
}


/* --- identity ------------------------------------------------------------------------------- */

OS_HANDLER(gettid) { return os_self->tid; }

OS_HANDLER(set_tid_address)
{
	os_self->clear_child_tid = a[0];
	return os_self->tid;
}

#define ROBUST_LIST_HEAD_SIZE 24 /* struct robust_list_head, 64-bit */

/* Recorded and returned; the kernel's walk of the list at thread death (marking futexes of dead
 * owners) is not done. */
OS_HANDLER(set_robust_list)
{
	if (a[1] != ROBUST_LIST_HEAD_SIZE) return -EINVAL;
	os_self->robust_list = a[0];
	return 0;
}

OS_HANDLER(get_robust_list)
{
	uint64_t head = 0, size = ROBUST_LIST_HEAD_SIZE;
	int found = 0;
	pthread_mutex_lock(&lock);
	for (struct os_thread *t = threads; t; t = t->next)
		if (!a[0] ? t == os_self : t->tid == (int)a[0]) {
			head = t->robust_list;
			found = 1;
		}
	pthread_mutex_unlock(&lock);
	if (!found) return -ESRCH; /* threads of other processes: not ours to read */
	if (mem_copy_to_guest(a[1], &head, sizeof head) < 0 || mem_copy_to_guest(a[2], &size, sizeof size) < 0)
		return -EFAULT;
	return 0;
}
