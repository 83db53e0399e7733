/* Sockets in one process: unix socketpairs (stream, datagram, seqpacket with truncation), a
 * descriptor passed with SCM_RIGHTS and peer credentials, a loopback TCP echo through a
 * non-blocking connect and accept4, UDP with sendto/recvfrom and sendmmsg/recvmmsg, a unix socket
 * bound to a path, socket options, and the errors of each. Prints only what is the same natively
 * and on riscv64 (no ports, pids or addresses). */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>

static int failures;
#define CHECK(cond) do { if (!(cond)) { printf("FAIL line %d: %s (errno %d)\n", __LINE__, #cond, errno); failures++; } } while (0)

static void pairs(void)
{
	int sv[2];
	CHECK(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) == 0);
	CHECK((fcntl(sv[0], F_GETFD) & FD_CLOEXEC) != 0);
	CHECK(send(sv[0], "hello", 5, 0) == 5);
	char buf[64] = { 0 };
	CHECK(recv(sv[1], buf, sizeof buf, 0) == 5);
	printf("stream pair: %s\n", buf);

	/* a pipe's write end passed over the pair, with a payload in two iovecs */
	int p[2];
	CHECK(pipe(p) == 0);
	union { struct cmsghdr align; char buf[CMSG_SPACE(sizeof(int))]; } control;
	memset(&control, 0, sizeof control);
	struct iovec iov[2] = { { "fd", 2 }, { "!!", 2 } };
	struct msghdr m = { .msg_iov = iov, .msg_iovlen = 2, .msg_control = control.buf,
			    .msg_controllen = sizeof control.buf };
	struct cmsghdr *c = CMSG_FIRSTHDR(&m);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &p[1], sizeof(int));
	CHECK(sendmsg(sv[0], &m, 0) == 4);

	char got[16] = { 0 };
	struct iovec in = { got, sizeof got };
	union { struct cmsghdr align; char buf[CMSG_SPACE(sizeof(int)) + 16]; } rcontrol;
	memset(&rcontrol, 0, sizeof rcontrol);
	struct msghdr r = { .msg_iov = &in, .msg_iovlen = 1, .msg_control = rcontrol.buf,
			    .msg_controllen = sizeof rcontrol.buf };
	CHECK(recvmsg(sv[1], &r, MSG_CMSG_CLOEXEC) == 4);
	c = CMSG_FIRSTHDR(&r);
	int passed = -1;
	if (c && c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) memcpy(&passed, CMSG_DATA(c), sizeof passed);
	printf("payload %s, controllen %d, one fd passed %d, cloexec %d\n", got, r.msg_controllen == CMSG_SPACE(sizeof(int)),
	       passed >= 0 && CMSG_NXTHDR(&r, c) == NULL, passed >= 0 && (fcntl(passed, F_GETFD) & FD_CLOEXEC));
	CHECK(write(passed, "via", 3) == 3);
	CHECK(read(p[0], buf, sizeof buf) == 3);
	printf("write through the passed fd: %.3s\n", buf);
	close(passed);
	close(p[0]);
	close(p[1]);

	struct ucred cred;
	socklen_t len = sizeof cred;
	CHECK(getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &cred, &len) == 0);
	printf("peer credentials are ours: %d\n", len == sizeof cred && cred.pid == getpid() && cred.uid == getuid());
	CHECK(shutdown(sv[0], SHUT_WR) == 0);
	printf("after shutdown: %zd\n", recv(sv[1], buf, sizeof buf, 0));
	close(sv[0]);
	close(sv[1]);

	CHECK(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv) == 0);
	CHECK(send(sv[0], "0123456789", 10, 0) == 10);
	in = (struct iovec){ got, 4 };
	r = (struct msghdr){ .msg_iov = &in, .msg_iovlen = 1 };
	ssize_t n = recvmsg(sv[1], &r, 0);
	printf("seqpacket truncated: %zd %.4s, MSG_TRUNC %d\n", n, got, (r.msg_flags & MSG_TRUNC) != 0);
	close(sv[0]);
	close(sv[1]);

	CHECK(socketpair(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK, 0, sv) == 0);
	CHECK(send(sv[0], "one", 3, 0) == 3 && send(sv[0], "three", 5, 0) == 5);
	printf("datagrams: %zd", recv(sv[1], buf, sizeof buf, 0));
	printf(" %zd", recv(sv[1], buf, sizeof buf, 0));
	n = recv(sv[1], buf, sizeof buf, 0);
	printf(" then %zd %s\n", n, n < 0 && errno == EAGAIN ? "EAGAIN" : "?");
	close(sv[0]);
	close(sv[1]);
	CHECK(socketpair(AF_UNIX, SOCK_STREAM, 0, (int *)16) == -1 && errno == EFAULT);
}

static struct sockaddr_in loopback(unsigned short port)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(port) };
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	return a;
}

static void tcp(void)
{
	int l = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	CHECK(l >= 0);
	int one = 1;
	CHECK(setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) == 0);
	struct sockaddr_in a = loopback(0);
	CHECK(bind(l, (struct sockaddr *)&a, sizeof a) == 0);
	socklen_t len = sizeof a;
	CHECK(getsockname(l, (struct sockaddr *)&a, &len) == 0);
	printf("bound to loopback: %d, port chosen %d\n", len == sizeof a && a.sin_addr.s_addr == htonl(INADDR_LOOPBACK),
	       a.sin_port != 0);
	CHECK(listen(l, 4) == 0);

	int c = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	int r = connect(c, (struct sockaddr *)&a, sizeof a);
	printf("non-blocking connect: %s\n", r == 0 || errno == EINPROGRESS ? "started" : "failed");
	struct pollfd pf = { l, POLLIN, 0 };
	CHECK(poll(&pf, 1, 5000) == 1);
	struct sockaddr_in peer;
	len = sizeof peer;
	int s = accept4(l, (struct sockaddr *)&peer, &len, SOCK_CLOEXEC);
	CHECK(s >= 0);
	pf = (struct pollfd){ c, POLLOUT, 0 };
	CHECK(poll(&pf, 1, 5000) == 1);
	int err = -1;
	len = sizeof err;
	CHECK(getsockopt(c, SOL_SOCKET, SO_ERROR, &err, &len) == 0);
	printf("connected: SO_ERROR %d\n", err);
	struct sockaddr_in mine, theirs;
	len = sizeof mine;
	CHECK(getsockname(c, (struct sockaddr *)&mine, &len) == 0);
	len = sizeof theirs;
	CHECK(getpeername(s, (struct sockaddr *)&theirs, &len) == 0);
	printf("accepted peer is the client: %d %d\n", theirs.sin_port == mine.sin_port, peer.sin_port == mine.sin_port);

	CHECK(setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one) == 0);
	int nodelay = 0;
	len = sizeof nodelay;
	CHECK(getsockopt(c, IPPROTO_TCP, TCP_NODELAY, &nodelay, &len) == 0);
	printf("TCP_NODELAY: %d\n", nodelay != 0);

	/* echo: the client sends, the server echoes back upper-cased */
	const char *msg = "echo over loopback";
	CHECK(send(c, msg, strlen(msg), 0) == (ssize_t)strlen(msg));
	char buf[64] = { 0 };
	size_t got = 0;
	while (got < strlen(msg)) {
		ssize_t n = recv(s, buf + got, sizeof buf - 1 - got, 0);
		if (n <= 0) break;
		got += (size_t)n;
	}
	for (size_t i = 0; i < got; i++) buf[i] = buf[i] >= 'a' && buf[i] <= 'z' ? buf[i] - 32 : buf[i];
	CHECK(send(s, buf, got, MSG_NOSIGNAL) == (ssize_t)got);
	char back[64] = { 0 };
	got = 0;
	pf = (struct pollfd){ c, POLLIN, 0 };
	while (got < strlen(msg) && poll(&pf, 1, 5000) == 1) {
		ssize_t n = recv(c, back + got, sizeof back - 1 - got, 0);
		if (n <= 0) break;
		got += (size_t)n;
	}
	printf("echoed: %s\n", back);
	CHECK(shutdown(c, SHUT_WR) == 0);
	printf("server sees end: %zd\n", recv(s, buf, sizeof buf, 0));
	CHECK(recv(c, (char *)16, 8, MSG_DONTWAIT) == -1);
	close(s);
	close(c);

	/* nothing listens on the listener's port once it is closed */
	close(l);
	c = socket(AF_INET, SOCK_STREAM, 0);
	r = connect(c, (struct sockaddr *)&a, sizeof a);
	printf("connect to a closed port: %s\n", r == -1 && errno == ECONNREFUSED ? "ECONNREFUSED" : "?");
	CHECK(bind(c, (struct sockaddr *)&a, 3) == -1 && errno == EINVAL);
	CHECK(bind(c, (struct sockaddr *)16, sizeof a) == -1 && errno == EFAULT);
	CHECK(getsockopt(c, SOL_SOCKET, SO_ERROR, &err, (socklen_t *)16) == -1 && errno == EFAULT);
	CHECK(setsockopt(c, SOL_SOCKET, SO_REUSEADDR, (int *)16, sizeof one) == -1 && errno == EFAULT);
	close(c);
	CHECK(socket(12345, SOCK_STREAM, 0) == -1 && errno == EAFNOSUPPORT);
}

static void udp(void)
{
	int x = socket(AF_INET, SOCK_DGRAM, 0), y = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in ax = loopback(0), ay = loopback(0);
	CHECK(bind(x, (struct sockaddr *)&ax, sizeof ax) == 0 && bind(y, (struct sockaddr *)&ay, sizeof ay) == 0);
	socklen_t len = sizeof ax;
	CHECK(getsockname(x, (struct sockaddr *)&ax, &len) == 0);
	len = sizeof ay;
	CHECK(getsockname(y, (struct sockaddr *)&ay, &len) == 0);
	CHECK(sendto(x, "ping", 4, 0, (struct sockaddr *)&ay, sizeof ay) == 4);
	char buf[32] = { 0 };
	struct sockaddr_in from;
	len = sizeof from;
	ssize_t n = recvfrom(y, buf, sizeof buf, 0, (struct sockaddr *)&from, &len);
	printf("udp: %zd %s, from the sender %d\n", n, buf, len == sizeof from && from.sin_port == ax.sin_port);

	/* three datagrams out in one sendmmsg, in with one recvmmsg */
	const char *words[3] = { "alpha", "be", "gamma!" };
	struct mmsghdr out[3], in[4];
	struct iovec oiov[3], iiov[4];
	char ibuf[4][16];
	memset(out, 0, sizeof out);
	memset(in, 0, sizeof in);
	memset(ibuf, 0, sizeof ibuf);
	for (int i = 0; i < 3; i++) {
		oiov[i] = (struct iovec){ (void *)words[i], strlen(words[i]) };
		out[i].msg_hdr = (struct msghdr){ .msg_name = &ay, .msg_namelen = sizeof ay, .msg_iov = &oiov[i], .msg_iovlen = 1 };
	}
	for (int i = 0; i < 4; i++) {
		iiov[i] = (struct iovec){ ibuf[i], sizeof ibuf[i] };
		in[i].msg_hdr = (struct msghdr){ .msg_iov = &iiov[i], .msg_iovlen = 1 };
	}
	int sent = sendmmsg(x, out, 3, 0);
	printf("sendmmsg: %d, lengths %u %u %u\n", sent, out[0].msg_len, out[1].msg_len, out[2].msg_len);
	int got = recvmmsg(y, in, 4, MSG_WAITFORONE, NULL);
	printf("recvmmsg: %d:", got);
	for (int i = 0; i < got; i++) printf(" %s/%u", ibuf[i], in[i].msg_len);
	printf("\n");
	CHECK(recvfrom(y, buf, sizeof buf, MSG_DONTWAIT, NULL, NULL) == -1 && errno == EAGAIN);
	close(x);
	close(y);
}

static void unix_path(void)
{
	struct sockaddr_un a = { .sun_family = AF_UNIX };
	snprintf(a.sun_path, sizeof a.sun_path, "sock-%d", 1);
	unlink(a.sun_path);
	int l = socket(AF_UNIX, SOCK_STREAM, 0);
	CHECK(bind(l, (struct sockaddr *)&a, sizeof a) == 0);
	CHECK(listen(l, 1) == 0);
	int c = socket(AF_UNIX, SOCK_STREAM, 0);
	CHECK(connect(c, (struct sockaddr *)&a, sizeof a) == 0);
	int s = accept(l, NULL, NULL);
	CHECK(s >= 0);
	struct sockaddr_un peer;
	socklen_t len = sizeof peer;
	CHECK(getpeername(c, (struct sockaddr *)&peer, &len) == 0);
	printf("unix peer path: %s\n", peer.sun_path);
	CHECK(write(c, "unix", 4) == 4);
	char buf[8] = { 0 };
	CHECK(read(s, buf, sizeof buf) == 4);
	printf("unix stream: %s\n", buf);
	close(s);
	close(c);
	close(l);
	unlink(a.sun_path);
	CHECK(connect(socket(AF_UNIX, SOCK_STREAM, 0), (struct sockaddr *)&a, sizeof a) == -1 && errno == ENOENT);
}

int main(void)
{
	pairs();
	tcp();
	udp();
	unix_path();
	printf("%s\n", failures ? "FAILED" : "ok");
	return failures != 0;
}
