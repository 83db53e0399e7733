/* Sockets for the guest: each guest socket is a host socket of the same domain and type.
 *
 * riscv64 and x86-64 agree on everything a socket call carries: address families, socket types
 * and their SOCK_NONBLOCK/SOCK_CLOEXEC bits (checked below), socket addresses (byte layouts),
 * option numbers (both use asm-generic socket.h) and values, struct msghdr, struct cmsghdr and the
 * control-message alignment (8 on both), struct mmsghdr. So buffers are checked and handed to the
 * host kernel in place; only struct msghdr needs rebuilding, because it holds guest pointers.
 * Socket options that carry pointers themselves (BPF filters) are refused.
 *
 *   os_sys_recvmsg(cpu, a);   // a = { fd, struct msghdr *, flags }
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stddef.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>
#include "internal.h"

_Static_assert(AF_UNIX == 1 && AF_INET == 2 && AF_INET6 == 10 && AF_NETLINK == 16 && SOCK_STREAM == 1 &&
	       SOCK_DGRAM == 2 && SOCK_SEQPACKET == 5 && SOCK_NONBLOCK == 04000 &&
	       SOCK_CLOEXEC == 02000000 && SOL_SOCKET == 1 && SO_REUSEADDR == 2 && SO_ERROR == 4 &&
	       SO_RCVTIMEO == 20 && SO_PEERCRED == 17 && SCM_RIGHTS == 1 && MSG_DONTWAIT == 0x40 &&
	       MSG_NOSIGNAL == 0x4000 && MSG_WAITFORONE == 0x10000 && MSG_CMSG_CLOEXEC == 0x40000000,
	       "host socket constants are not asm-generic");
_Static_assert(sizeof(struct msghdr) == 56 && sizeof(struct cmsghdr) == 16 && sizeof(struct mmsghdr) == 64,
	       "socket structures differ from riscv64's");

#define SOCKADDR_MAX ((uint64_t)sizeof(struct sockaddr_storage)) /* Linux refuses longer */
#define SOCK_TYPE_MASK 0xf

/* The guest's struct msghdr: the host's layout, with guest addresses in the pointer fields. */
struct guest_msghdr {
	uint64_t name;
	uint32_t namelen, pad1;
	uint64_t iov, iovlen;
	uint64_t control, controllen;
	int32_t flags, pad2;
};
_Static_assert(sizeof(struct guest_msghdr) == sizeof(struct msghdr), "msghdr layout");

/* --- addresses ----------------------------------------------------------------------------- */

/* A socket address the guest passes in: host pointer for [addr, addr+len), NULL with *err. */
static const void *addr_in(uint64_t addr, uint64_t len, int *err)
{
	*err = 0;
	if (len > SOCKADDR_MAX) {
		*err = -EINVAL;
		return NULL;
	}
	const void *p = os_guest_buf(addr, len, PROT_READ);
	if (!p) *err = -EFAULT;
	return p;
}

/* An address the call fills: addr with its length word at len_at (both 0: the guest does not
 * want it). Sets *host and *host_len for the host call. 0 or -errno. */
static int addr_out(uint64_t addr, uint64_t len_at, void **host, socklen_t **host_len)
{
	*host = NULL;
	*host_len = NULL;
	if (!addr) return 0;
	socklen_t *len = os_guest_buf(len_at, sizeof *len, PROT_READ | PROT_WRITE);
	if (!len) return -EFAULT;
	if ((int)*len < 0) return -EINVAL;
	if (!(*host = os_guest_buf(addr, *len, PROT_WRITE))) return -EFAULT;
	*host_len = len;
	return 0;
}

/* socket type with the guest's SOCK_NONBLOCK / SOCK_CLOEXEC bits made the host's */
static int sock_type(uint64_t guest)
{
	return (int)(guest & SOCK_TYPE_MASK) | os_open_flags_to_host(guest & ~(uint64_t)SOCK_TYPE_MASK);
}

/* --- making and connecting sockets --------------------------------------------------------- */

OS_HANDLER(socket) { return os_host_result(socket((int)a[0], sock_type(a[1]), (int)a[2])); }

OS_HANDLER(socketpair)
{
	int sv[2];
	if (!os_guest_buf(a[3], sizeof sv, PROT_WRITE)) return -EFAULT;
	if (socketpair((int)a[0], sock_type(a[1]), (int)a[2], sv) < 0) return -os_guest_errno(errno);
	if (mem_copy_to_guest(a[3], sv, sizeof sv) < 0) {
		close(sv[0]);
		close(sv[1]);
		return -EFAULT;
	}
	return 0;
}

OS_HANDLER(bind)
{
	int err;
	const void *sa = addr_in(a[1], (uint32_t)a[2], &err);
	return err ? err : os_host_result(bind((int)a[0], sa, (socklen_t)a[2]));
}

OS_HANDLER(connect)
{
	int err;
	const void *sa = addr_in(a[1], (uint32_t)a[2], &err);
	return err ? err : os_host_result(connect((int)a[0], sa, (socklen_t)a[2]));
}

OS_HANDLER(listen) { return os_host_result(listen((int)a[0], (int)a[1])); }

OS_HANDLER(accept4)
{
	void *sa;
	socklen_t *len;
	int err = addr_out(a[1], a[2], &sa, &len);
	if (err) return err;
	uint64_t flags = a[3];
	if (flags & ~(uint64_t)(SOCK_NONBLOCK | SOCK_CLOEXEC)) return -EINVAL;
	return os_host_result(accept4((int)a[0], sa, len, os_open_flags_to_host(flags)));
}

OS_HANDLER(accept)
{
	uint64_t b[OS_ARGS] = { a[0], a[1], a[2], 0 };
	return os_sys_accept4(cpu, b);
}

OS_HANDLER(getsockname)
{
	void *sa;
	socklen_t *len;
	int err = addr_out(a[1], a[2], &sa, &len);
	if (!err && !sa) err = -EFAULT;
	return err ? err : os_host_result(getsockname((int)a[0], sa, len));
}

OS_HANDLER(getpeername)
{
	void *sa;
	socklen_t *len;
	int err = addr_out(a[1], a[2], &sa, &len);
	if (!err && !sa) err = -EFAULT;
	return err ? err : os_host_result(getpeername((int)a[0], sa, len));
}

OS_HANDLER(shutdown) { return os_host_result(shutdown((int)a[0], (int)a[1])); }

/* --- options ------------------------------------------------------------------------------- */

/* Options whose value holds a user pointer the host kernel would follow. */
static int carries_pointer(int level, int name)
{
	return level == SOL_SOCKET && (name == SO_ATTACH_FILTER || name == SO_ATTACH_REUSEPORT_CBPF);
}

OS_HANDLER(setsockopt)
{
	int level = (int)a[1], name = (int)a[2];
	if (carries_pointer(level, name)) return -EOPNOTSUPP;
	const void *val = os_guest_buf(a[3], (uint32_t)a[4], PROT_READ);
	if (!val) return -EFAULT;
	return os_host_result(setsockopt((int)a[0], level, name, val, (socklen_t)a[4]));
}

OS_HANDLER(getsockopt)
{
	int level = (int)a[1], name = (int)a[2];
	if (carries_pointer(level, name) || (level == IPPROTO_TCP && name == TCP_ZEROCOPY_RECEIVE))
		return -EOPNOTSUPP;
	void *val;
	socklen_t *len;
	int err = addr_out(a[3], a[4], &val, &len);
	if (!err && !len) err = -EFAULT;
	return err ? err : os_host_result(getsockopt((int)a[0], level, name, val, len));
}

/* --- data ---------------------------------------------------------------------------------- */

OS_HANDLER(sendto)
{
	const void *buf = os_guest_buf(a[1], a[2], PROT_READ);
	if (!buf) return -EFAULT;
	int err = 0;
	const void *sa = a[4] ? addr_in(a[4], (uint32_t)a[5], &err) : NULL;
	if (err) return err;
	return os_host_result(sendto((int)a[0], buf, a[2], (int)a[3], sa, sa ? (socklen_t)a[5] : 0));
}

OS_HANDLER(recvfrom)
{
	void *buf = os_guest_buf(a[1], a[2], PROT_WRITE);
	if (!buf) return -EFAULT;
	void *sa;
	socklen_t *len;
	int err = addr_out(a[4], a[5], &sa, &len);
	return err ? err : os_host_result(recvfrom((int)a[0], buf, a[2], (int)a[3], sa, len));
}

/* A host msghdr for the guest's at addr, its iovecs in iov (GUEST_IOV_MAX of them); buffers
 * checked for prot (PROT_READ to send, PROT_WRITE to receive). 0 or -errno. */
static int msghdr_from_guest(struct msghdr *m, struct iovec *iov, uint64_t addr, int prot)
{
	struct guest_msghdr g;
	if (mem_copy_from_guest(&g, addr, sizeof g) < 0) return -EFAULT;
	*m = (struct msghdr){ .msg_namelen = g.namelen, .msg_iov = iov, .msg_iovlen = g.iovlen,
			      .msg_controllen = g.controllen, .msg_flags = g.flags };
	if (g.name) {
		if (g.namelen > SOCKADDR_MAX && prot == PROT_READ) return -EINVAL;
		if (!(m->msg_name = os_guest_buf(g.name, g.namelen, prot))) return -EFAULT;
	} else {
		m->msg_namelen = 0;
	}
	int err = os_iov_from_guest(iov, g.iov, g.iovlen, prot);
	if (err) return err == -EINVAL ? -EMSGSIZE : err;
	if (g.control && !(m->msg_control = os_guest_buf(g.control, g.controllen, prot))) return -EFAULT;
	if (!g.control) m->msg_controllen = 0;
	return 0;
}

OS_HANDLER(sendmsg)
{
	struct msghdr m;
	struct iovec iov[OS_GUEST_IOV_MAX];
	int err = msghdr_from_guest(&m, iov, a[1], PROT_READ);
	return err ? err : os_host_result(sendmsg((int)a[0], &m, (int)a[2]));
}

/* What recvmsg reports back in the guest's msghdr at addr: the lengths it used and the flags. */
static int msghdr_results_to_guest(uint64_t addr, const struct msghdr *m)
{
	uint32_t namelen = m->msg_namelen;
	uint64_t controllen = m->msg_controllen;
	int32_t flags = m->msg_flags;
	if (mem_copy_to_guest(addr + offsetof(struct guest_msghdr, namelen), &namelen, sizeof namelen) < 0 ||
	    mem_copy_to_guest(addr + offsetof(struct guest_msghdr, controllen), &controllen, sizeof controllen) < 0 ||
	    mem_copy_to_guest(addr + offsetof(struct guest_msghdr, flags), &flags, sizeof flags) < 0)
		return -EFAULT;
	return 0;
}

OS_HANDLER(recvmsg)
{
	struct msghdr m;
	struct iovec iov[OS_GUEST_IOV_MAX];
	int err = msghdr_from_guest(&m, iov, a[1], PROT_WRITE);
	if (err) return err;
	ssize_t r = recvmsg((int)a[0], &m, (int)a[2]);
	if (r < 0) return -os_guest_errno(errno);
	return msghdr_results_to_guest(a[1], &m) < 0 ? -EFAULT : r;
}

/* sendmmsg and recvmmsg: one message at a time, each length stored in its mmsghdr as the kernel
 * does; a failure after the first message ends the batch with the count so far. recvmmsg's
 * timeout is checked after each message, as Linux does. */
#define MMSG_STRIDE 64          /* struct mmsghdr */
#define MMSG_LEN_OFFSET 56      /* its msg_len */
#define UIO_MAXIOV_BATCH 1024   /* Linux's UIO_MAXIOV caps vlen */

/* One message of the batch, the mmsghdr at at: its length, or -errno. */
static int64_t one_message(int fd, uint64_t at, int flags, int sending)
{
	struct msghdr m;
	struct iovec iov[OS_GUEST_IOV_MAX];
	int err = msghdr_from_guest(&m, iov, at, sending ? PROT_READ : PROT_WRITE);
	if (err) return err;
	ssize_t r = sending ? sendmsg(fd, &m, flags) : recvmsg(fd, &m, flags);
	if (r < 0) return -os_guest_errno(errno);
	if (!sending && msghdr_results_to_guest(at, &m) < 0) return -EFAULT;
	uint32_t len = (uint32_t)r;
	return mem_copy_to_guest(at + MMSG_LEN_OFFSET, &len, sizeof len) < 0 ? -EFAULT : r;
}

static int64_t mmsg(const uint64_t *a, int sending, const struct timespec *deadline)
{
	uint64_t vlen = a[2] < UIO_MAXIOV_BATCH ? a[2] : UIO_MAXIOV_BATCH;
	int flags = (int)a[3] & ~MSG_WAITFORONE;
	uint64_t done = 0;
	for (; done < vlen; done++) {
		int64_t r = one_message((int)a[0], a[1] + done * MMSG_STRIDE, flags, sending);
		if (r < 0) return done ? (int64_t)done : r;
		if ((int)a[3] & MSG_WAITFORONE) flags |= MSG_DONTWAIT;
		struct timespec now;
		if (deadline && clock_gettime(CLOCK_MONOTONIC, &now) == 0 &&
		    (now.tv_sec > deadline->tv_sec || (now.tv_sec == deadline->tv_sec && now.tv_nsec >= deadline->tv_nsec)))
			return (int64_t)done + 1;
	}
	return (int64_t)done;
}

OS_HANDLER(sendmmsg) { return mmsg(a, 1, NULL); }

OS_HANDLER(recvmmsg)
{
	struct timespec timeout, deadline;
	if (!a[4]) return mmsg(a, 0, NULL);
	if (mem_copy_from_guest(&timeout, a[4], sizeof timeout) < 0) return -EFAULT;
	if (timeout.tv_sec < 0 || timeout.tv_nsec < 0 || timeout.tv_nsec >= 1000000000) return -EINVAL;
	clock_gettime(CLOCK_MONOTONIC, &deadline);
	deadline.tv_sec += timeout.tv_sec + (deadline.tv_nsec + timeout.tv_nsec) / 1000000000;
	deadline.tv_nsec = (deadline.tv_nsec + timeout.tv_nsec) % 1000000000;
	return mmsg(a, 0, &deadline);
}
