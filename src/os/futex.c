/* futex on guest memory: the host kernel does the work on the host address of the guest word.
 *
 * Guest memory is host memory at mem_base + addr, and every guest thread is a host thread of this
 * process, so a host futex on that address compares, sleeps and wakes exactly as Linux would for
 * the guest: FUTEX_WAIT, WAKE, REQUEUE, CMP_REQUEUE, WAKE_OP, WAIT_BITSET, WAKE_BITSET, with
 * FUTEX_PRIVATE_FLAG and FUTEX_CLOCK_REALTIME. Operation numbers, flags, the WAKE_OP encoding and
 * struct timespec are the same on riscv64 and x86-64 (checked below), so arguments pass through
 * once the addresses are checked and translated. A relative timeout (WAIT) and an absolute one
 * (the BITSET forms) mean what they mean to the host kernel. The PI operations are -ENOSYS.
 *
 *   futex(&word, FUTEX_WAIT_PRIVATE, 1, NULL)   -> sleeps while word == 1 until woken
 */
#define _GNU_SOURCE
#include <linux/futex.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "internal.h"

/* asm-generic futex.h, as riscv64 has it */
enum {
	GUEST_FUTEX_WAIT = 0, GUEST_FUTEX_WAKE = 1, GUEST_FUTEX_REQUEUE = 3, GUEST_FUTEX_CMP_REQUEUE = 4,
	GUEST_FUTEX_WAKE_OP = 5, GUEST_FUTEX_WAIT_BITSET = 9, GUEST_FUTEX_WAKE_BITSET = 10,
	GUEST_FUTEX_PRIVATE = 128, GUEST_FUTEX_CLOCK_REALTIME = 256,
};
_Static_assert(FUTEX_WAIT == GUEST_FUTEX_WAIT && FUTEX_WAKE == GUEST_FUTEX_WAKE &&
	       FUTEX_REQUEUE == GUEST_FUTEX_REQUEUE && FUTEX_CMP_REQUEUE == GUEST_FUTEX_CMP_REQUEUE &&
	       FUTEX_WAKE_OP == GUEST_FUTEX_WAKE_OP && FUTEX_WAIT_BITSET == GUEST_FUTEX_WAIT_BITSET &&
	       FUTEX_WAKE_BITSET == GUEST_FUTEX_WAKE_BITSET && FUTEX_PRIVATE_FLAG == GUEST_FUTEX_PRIVATE &&
	       FUTEX_CLOCK_REALTIME == GUEST_FUTEX_CLOCK_REALTIME, "host futex values are not asm-generic");
/* struct timespec on riscv64: two 64-bit fields, as on x86-64 */
_Static_assert(sizeof(struct timespec) == 16, "host struct timespec is not 64-bit");

#define FUTEX_WORD 4

/* Host address of a guest futex word: aligned, mapped and readable (with write too when the
 * operation stores to it); NULL otherwise. */
static uint32_t *futex_word(uint64_t addr, int prot)
{
	if (addr & (FUTEX_WORD - 1)) return NULL;
	return os_guest_buf(addr, FUTEX_WORD, prot);
}

OS_HANDLER(futex)
{
	int op = (int)a[1];
	int cmd = op & ~(GUEST_FUTEX_PRIVATE | GUEST_FUTEX_CLOCK_REALTIME);
	uint32_t val = (uint32_t)a[2], val3 = (uint32_t)a[5];
	if (a[0] & (FUTEX_WORD - 1)) return -EINVAL;
	uint32_t *uaddr = futex_word(a[0], PROT_READ), *uaddr2 = NULL;
	if (!uaddr) return -EFAULT;
	if ((op & GUEST_FUTEX_CLOCK_REALTIME) && cmd != GUEST_FUTEX_WAIT && cmd != GUEST_FUTEX_WAIT_BITSET)
		return -ENOSYS; /* as Linux answers it */
	struct timespec ts, *timeout = NULL;
	switch (cmd) {
	case GUEST_FUTEX_WAIT:
	case GUEST_FUTEX_WAIT_BITSET:
		if (a[3]) {
			if (mem_copy_from_guest(&ts, a[3], sizeof ts) < 0) return -EFAULT;
			timeout = &ts;
		}
		return os_host_result(syscall(SYS_futex, uaddr, op, val, timeout, NULL, val3));
	case GUEST_FUTEX_WAKE:
	case GUEST_FUTEX_WAKE_BITSET:
		return os_host_result(syscall(SYS_futex, uaddr, op, val, NULL, NULL, val3));
	case GUEST_FUTEX_REQUEUE:
	case GUEST_FUTEX_CMP_REQUEUE:
	case GUEST_FUTEX_WAKE_OP:
		/* the fourth argument is a count here (val2), not a timeout; WAKE_OP stores to uaddr2 */
		if (a[4] & (FUTEX_WORD - 1)) return -EINVAL;
		if (!(uaddr2 = futex_word(a[4], cmd == GUEST_FUTEX_WAKE_OP ? PROT_READ | PROT_WRITE : PROT_READ)))
			return -EFAULT;
		return os_host_result(syscall(SYS_futex, uaddr, op, val, (unsigned long)(uint32_t)a[3], uaddr2, val3));
	default:
		return -ENOSYS;
	}
}
