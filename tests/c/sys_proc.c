/* /proc as a program sees itself: cmdline and environ against argv and the environment, auxv
 * against getauxval, maps against where code, stack, heap and a fresh mapping really are, stat and
 * status against getpid, the program name and each other, cpuinfo for this machine (riscv64: an
 * isa line starting rv64). Prints only what is the same natively and on riscv64.
 * test-args: alpha beta-gamma */
#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <unistd.h>

static int failures;
#define CHECK(cond) do { if (!(cond)) { printf("FAIL line %d: %s (errno %d)\n", __LINE__, #cond, errno); failures++; } } while (0)

extern char **environ;
static char text[1 << 16];

/* Reads the whole file into text; its length, or -1. */
static long slurp(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) return -1;
	long n = 0, r;
	while (n < (long)sizeof text - 1 && (r = read(fd, text + n, sizeof text - 1 - n)) > 0) n += r;
	close(fd);
	text[n] = 0;
	return n;
}

/* Do the NUL-separated strings in text[0..n) equal v[0..]? */
static int same_strings(long n, char **v)
{
	long at = 0;
	for (; *v; v++) {
		size_t len = strlen(*v) + 1;
		if (at + (long)len > n || memcmp(text + at, *v, len) != 0) return 0;
		at += len;
	}
	return at == n;
}

static void cmdline_environ(char **argv)
{
	long n = slurp("/proc/self/cmdline");
	CHECK(n > 0);
	printf("cmdline is argv: %d\n", same_strings(n, argv));
	n = slurp("/proc/self/environ");
	CHECK(n >= 0);
	printf("environ is the environment: %d\n", same_strings(n, environ));
}

static void auxv(void)
{
	long n = slurp("/proc/self/auxv");
	CHECK(n > 0 && n % 16 == 0);
	uint64_t *pairs = (uint64_t *)text;
	long count = n / 16, matching = 0, seen_pagesz = 0, seen_phdr = 0;
	for (long i = 0; i < count - 1; i++) {
		uint64_t type = pairs[2 * i], value = pairs[2 * i + 1];
		/* glibc on x86-64 keeps its own AT_HWCAP (the CPU features it found) */
		if (getauxval(type) == value || type == AT_HWCAP) matching++;
		else printf("auxv type %llu differs\n", (unsigned long long)type);
		seen_pagesz |= type == AT_PAGESZ && value == (uint64_t)sysconf(_SC_PAGESIZE);
		seen_phdr |= type == AT_PHDR;
	}
	CHECK(pairs[2 * (count - 1)] == AT_NULL);
	printf("auxv entries match getauxval: %d\n", matching == count - 1 && count > 8);
	printf("auxv has AT_PAGESZ and AT_PHDR: %d %d\n", (int)seen_pagesz, (int)seen_phdr);
}

/* The maps line holding addr: its permissions and name copied out; 0 if none. */
static int mapping_of(uintptr_t addr, char perms[5], char *name, size_t name_size)
{
	if (slurp("/proc/self/maps") <= 0) return 0;
	unsigned long long last_end = 0;
	int found = 0, ordered = 1;
	for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
		unsigned long long start, end, off, ino;
		unsigned major, minor;
		char p[5];
		int name_at = 0;
		if (sscanf(line, "%llx-%llx %4s %llx %x:%x %llu %n", &start, &end, p, &off, &major, &minor,
			   &ino, &name_at) < 7) {
			printf("bad maps line: %s\n", line);
			return 0;
		}
		ordered &= start >= last_end && end > start && start % 4096 == 0 && end % 4096 == 0;
		last_end = end;
		if (addr >= start && addr < end) {
			found = 1;
			memcpy(perms, p, 5);
			snprintf(name, name_size, "%s", name_at ? line + name_at : "");
		}
	}
	CHECK(ordered);
	return found;
}

static void maps(char **argv)
{
	char perms[5], name[4096];
	int local = 0;
	CHECK(mapping_of((uintptr_t)&local, perms, name, sizeof name));
	printf("stack: %s %s\n", perms, name);
	CHECK(mapping_of((uintptr_t)&maps, perms, name, sizeof name));
	const char *base = strrchr(argv[0], '/');
	const char *tail = strrchr(name, '/');
	printf("code: %s, in the program file: %d\n", perms, tail && strcmp(tail, base ? base : argv[0]) == 0);
	void *heap = malloc(100);
	CHECK(mapping_of((uintptr_t)heap, perms, name, sizeof name));
	printf("small malloc: %s %s\n", perms, name);
	free(heap);
	char *m = mmap(NULL, 3 * 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(m != MAP_FAILED);
	CHECK(mprotect(m + 4096, 4096, PROT_READ | PROT_WRITE) == 0);
	CHECK(mapping_of((uintptr_t)m + 4096, perms, name, sizeof name));
	printf("mprotected middle page: %s [%s]\n", perms, name);
	CHECK(munmap(m, 3 * 4096) == 0);
	printf("after munmap: %d\n", mapping_of((uintptr_t)m + 4096, perms, name, sizeof name));
}

/* Fields of /proc/self/stat, 1-based; the name (field 2) into comm. */
static int stat_fields(unsigned long long *f, int max, char *comm, size_t comm_size)
{
	if (slurp("/proc/self/stat") <= 0) return 0;
	char *open_paren = strchr(text, '('), *close_paren = strrchr(text, ')');
	if (!open_paren || !close_paren) return 0;
	snprintf(comm, comm_size, "%.*s", (int)(close_paren - open_paren - 1), open_paren + 1);
	f[1] = strtoull(text, NULL, 10);
	int i = 3;
	char *save;
	for (char *v = strtok_r(close_paren + 2, " \n", &save); v && i < max; v = strtok_r(NULL, " \n", &save))
		f[i++] = v[0] >= '0' && v[0] <= '9' ? strtoull(v, NULL, 10) : (unsigned long long)v[0];
	return i;
}

static void stat_status(char **argv)
{
	unsigned long long f[64] = { 0 };
	char comm[64];
	int n = stat_fields(f, 64, comm, sizeof comm);
	CHECK(n >= 52);
	const char *base = strrchr(argv[0], '/');
	char want[16];
	snprintf(want, sizeof want, "%s", base ? base + 1 : argv[0]);
	printf("stat: pid %d, name is the program's %d, state %c, ppid %d\n", f[1] == (unsigned long long)getpid(),
	       strcmp(comm, want) == 0, (int)f[3], f[4] == (unsigned long long)getppid());
	int local;
	uintptr_t code = (uintptr_t)&stat_status;
	printf("stat: code in [startcode, endcode) %d\n", code >= f[26] && code < f[27]);
	printf("stat: stack below startstack %d\n", (uintptr_t)&local < f[28]);
	printf("stat: argv in [arg_start, arg_end) %d\n", (uintptr_t)argv[0] == f[48] &&
	       (uintptr_t)argv[1] < f[49] && f[49] <= f[50]);
	printf("stat: environ in [env_start, env_end) %d\n",
	       !environ[0] || ((uintptr_t)environ[0] >= f[50] && (uintptr_t)environ[0] < f[51]));
	unsigned long long vsize = f[23];
	printf("stat: vsize under 4 GiB %d\n", vsize > 0 && vsize < (4ull << 30));

	CHECK(slurp("/proc/self/status") > 0);
	char name[64] = "";
	unsigned long long vm_size = 0;
	int pid = 0;
	for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
		sscanf(line, "Name:\t%63s", name);
		sscanf(line, "Pid:\t%d", &pid);
		sscanf(line, "VmSize:\t%llu kB", &vm_size);
	}
	printf("status: name %d, pid %d, VmSize near stat's vsize %d\n", strcmp(name, want) == 0,
	       pid == getpid(), vm_size * 1024 + (1 << 20) > vsize && vm_size * 1024 < vsize + (1 << 20));
	CHECK(slurp("/proc/self/comm") > 0);
	printf("comm: %d\n", strncmp(text, want, strlen(want)) == 0 && text[strlen(want)] == '\n');
	char own[64];
	snprintf(own, sizeof own, "/proc/%d/cmdline", (int)getpid());
	printf("/proc/PID is self: %d\n", slurp(own) > 0 && strcmp(text, argv[0]) == 0);
	snprintf(own, sizeof own, "/proc/self/task/%d/comm", (int)gettid());
	printf("task comm: %d\n", slurp(own) > 0 && strncmp(text, want, strlen(want)) == 0);
}

static void cpuinfo(void)
{
	CHECK(slurp("/proc/cpuinfo") > 0);
	int processors = 0, isa_ok = 0;
	for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
		processors += strncmp(line, "processor", 9) == 0;
#ifdef __riscv
		if (strncmp(line, "isa", 3) == 0) {
			const char *v = strchr(line, ':');
			isa_ok += v && strncmp(v, ": rv64imafdc", 12) == 0 && strstr(v, "_zba_zbb_zbs");
		}
#else
		isa_ok += strncmp(line, "flags", 5) == 0;
#endif
	}
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	printf("cpuinfo: one entry per CPU %d, each with the machine's ISA %d\n", processors == cpus,
	       isa_ok == cpus);
}

int main(int argc, char **argv)
{
	CHECK(argc == 3);
	cmdline_environ(argv);
	auxv();
	maps(argv);
	stat_status(argv);
	cpuinfo();
	printf("%s\n", failures ? "FAILED" : "ok");
	return failures != 0;
}
