/* Scheduling and identity calls glibc programs make: nice/getpriority/setpriority, the scheduling
 * policy and its priority range, sched_rr_get_interval, supplementary groups, and network
 * interfaces by name, index and ioctl (the loopback interface), with their errors. Prints only
 * what is the same natively and on riscv64. */
#define _GNU_SOURCE
#include <errno.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static int failures;
#define CHECK(cond) do { if (!(cond)) { printf("FAIL line %d: %s (errno %d)\n", __LINE__, #cond, errno); failures++; } } while (0)

static void priorities(void)
{
	errno = 0;
	int before = getpriority(PRIO_PROCESS, 0);
	CHECK(errno == 0);
	printf("nice(0) is getpriority: %d\n", nice(0) == before);
	CHECK(setpriority(PRIO_PROCESS, 0, before + 1) == 0);
	errno = 0;
	printf("setpriority raised nice by one: %d\n", getpriority(PRIO_PROCESS, 0) == before + 1 && errno == 0);
	CHECK(getpriority(42, 0) == -1 && errno == EINVAL);

	printf("policy: %d\n", sched_getscheduler(0));
	struct sched_param p = { 99 };
	CHECK(sched_getparam(0, &p) == 0);
	printf("priority: %d\n", p.sched_priority);
	CHECK(sched_setparam(0, &p) == 0);
	CHECK(sched_setscheduler(0, SCHED_OTHER, &p) == 0);
	printf("FIFO range %d..%d, OTHER range %d..%d\n", sched_get_priority_min(SCHED_FIFO),
	       sched_get_priority_max(SCHED_FIFO), sched_get_priority_min(SCHED_OTHER), sched_get_priority_max(SCHED_OTHER));
	CHECK(sched_get_priority_max(1234) == -1 && errno == EINVAL);
	struct timespec ts = { -1, -1 };
	CHECK(sched_rr_get_interval(0, &ts) == 0);
	printf("rr interval read: %d\n", ts.tv_sec >= 0 && ts.tv_nsec >= 0);
	CHECK(sched_getparam(0, (struct sched_param *)16) == -1 && errno == EFAULT);
}

static void groups(void)
{
	int n = getgroups(0, NULL);
	CHECK(n >= 0);
	gid_t list[256];
	printf("getgroups count and list agree: %d\n", n <= 256 && getgroups(256, list) == n);
	if (n > 0) CHECK(getgroups(n, (gid_t *)16) == -1 && errno == EFAULT);
	CHECK(getgroups(-1, list) == -1 && errno == EINVAL);
}

static void interfaces(void)
{
	unsigned lo = if_nametoindex("lo");
	char name[IF_NAMESIZE] = "";
	printf("lo has an index: %d, named back: %s\n", lo > 0, if_indextoname(lo, name) ? name : "?");
	int s = socket(AF_INET, SOCK_DGRAM, 0);
	struct ifreq ifr;
	memset(&ifr, 0, sizeof ifr);
	strcpy(ifr.ifr_name, "lo");
	CHECK(ioctl(s, SIOCGIFFLAGS, &ifr) == 0);
	printf("lo is loopback and up: %d\n", (ifr.ifr_flags & IFF_LOOPBACK) && (ifr.ifr_flags & IFF_UP));
	CHECK(ioctl(s, SIOCGIFMTU, &ifr) == 0);
	printf("lo mtu set: %d\n", ifr.ifr_mtu > 0);
	strcpy(ifr.ifr_name, "no-such-if");
	CHECK(ioctl(s, SIOCGIFINDEX, &ifr) == -1 && errno == ENODEV);
	char buf[4096];
	struct ifconf ifc = { .ifc_len = sizeof buf, .ifc_buf = buf };
	CHECK(ioctl(s, SIOCGIFCONF, &ifc) == 0);
	int found = 0;
	for (int i = 0; i < ifc.ifc_len / (int)sizeof(struct ifreq); i++) found |= strcmp(ifc.ifc_req[i].ifr_name, "lo") == 0;
	printf("SIOCGIFCONF lists lo: %d\n", found);
	CHECK(ioctl(s, SIOCGIFFLAGS, (void *)16) == -1 && errno == EFAULT);
	close(s);
	struct ifaddrs *ifa;
	CHECK(getifaddrs(&ifa) == 0);
	found = 0;
	for (struct ifaddrs *i = ifa; i; i = i->ifa_next) found |= strcmp(i->ifa_name, "lo") == 0;
	printf("getifaddrs lists lo: %d\n", found);
	freeifaddrs(ifa);
}

int main(void)
{
	priorities();
	groups();
	interfaces();
	printf("%s\n", failures ? "FAILED" : "ok");
	return failures != 0;
}
