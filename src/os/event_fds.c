/* Descriptors that deliver events: eventfd, timerfd and inotify, each a host descriptor of the
 * same kind. What the guest reads from them (an 8-byte counter, an 8-byte expiration count,
 * struct inotify_event) and struct itimerspec are laid out alike on riscv64 and x86-64, so only
 * the creation flags (O_CLOEXEC and O_NONBLOCK under other names) need translating.
 *
 *   os_sys_timerfd_settime(cpu, a);   // a = { fd, flags, new itimerspec *, old itimerspec * }
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>
#include "internal.h"

#define GUEST_O_NONBLOCK 00004000 /* asm-generic */
#define GUEST_O_CLOEXEC 02000000
#define GUEST_EFD_SEMAPHORE 1
#define GUEST_TFD_TIMER_ABSTIME 1
#define GUEST_TFD_TIMER_CANCEL_ON_SET 2
_Static_assert(sizeof(struct itimerspec) == 32 && EFD_SEMAPHORE == GUEST_EFD_SEMAPHORE &&
	       TFD_TIMER_ABSTIME == GUEST_TFD_TIMER_ABSTIME &&
	       TFD_TIMER_CANCEL_ON_SET == GUEST_TFD_TIMER_CANCEL_ON_SET && IN_MODIFY == 2 &&
	       IN_CREATE == 0x100 && IN_DELETE == 0x200 && IN_ONLYDIR == 0x01000000,
	       "event descriptor constants are not asm-generic");

/* The host's flags for the guest's close-on-exec/non-blocking pair plus extra (passed through);
 * -1 if the guest set anything else. */
static int creation_flags(uint64_t guest, uint64_t extra)
{
	if (guest & ~(uint64_t)(GUEST_O_NONBLOCK | GUEST_O_CLOEXEC | extra)) return -1;
	return os_open_flags_to_host(guest & (GUEST_O_NONBLOCK | GUEST_O_CLOEXEC)) | (int)(guest & extra);
}

OS_HANDLER(eventfd2)
{
	int flags = creation_flags(a[1], GUEST_EFD_SEMAPHORE);
	return flags < 0 ? -EINVAL : os_host_result(eventfd((unsigned)a[0], flags));
}

/* --- timerfd ------------------------------------------------------------------------------- */

OS_HANDLER(timerfd_create)
{
	int flags = creation_flags(a[1], 0);
	return flags < 0 ? -EINVAL : os_host_result(timerfd_create((clockid_t)a[0], flags));
}

OS_HANDLER(timerfd_settime)
{
	struct itimerspec new, old;
	if (mem_copy_from_guest(&new, a[2], sizeof new) < 0) return -EFAULT;
	if (a[3] && !os_guest_buf(a[3], sizeof old, PROT_WRITE)) return -EFAULT;
	if (timerfd_settime((int)a[0], (int)a[1], &new, &old) < 0) return -os_guest_errno(errno);
	return a[3] && mem_copy_to_guest(a[3], &old, sizeof old) < 0 ? -EFAULT : 0;
}

OS_HANDLER(timerfd_gettime)
{
	struct itimerspec cur;
	if (timerfd_gettime((int)a[0], &cur) < 0) return -os_guest_errno(errno);
	return mem_copy_to_guest(a[1], &cur, sizeof cur) < 0 ? -EFAULT : 0;
}

/* --- inotify ------------------------------------------------------------------------------- */

OS_HANDLER(inotify_init1)
{
	int flags = creation_flags(a[0], 0);
	return flags < 0 ? -EINVAL : os_host_result(inotify_init1(flags));
}

OS_HANDLER(inotify_add_watch)
{
	const char *path;
	int err = os_guest_path(a[1], &path);
	return err ? err : os_host_result(inotify_add_watch((int)a[0], os_host_path(path), (uint32_t)a[2]));
}

OS_HANDLER(inotify_rm_watch) { return os_host_result(inotify_rm_watch((int)a[0], (int)a[1])); }
