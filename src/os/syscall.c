/* System-call dispatch: the guest's a7 picks a handler from the table syscall.def expands into;
 * also --strace lines, --stats counters, the errno mapping and the guest-pointer helpers.
 *
 *   os_init(&(struct os_config){ .exe_path = argv[i], .strace = 1 });
 *   os_syscall(cpu);       // after the engine stops at an ecall: a0 = result or -errno
 *   os_print_stats(stderr);
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <dirent.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "internal.h"
#include "signal.h"

#define OS_SYSCALL_LIMIT 512   /* above the highest asm-generic number we name */
#define STRACE_STRING_MAX 32   /* strace's default -s */
#define AT_FDCWD_GUEST (-100)  /* asm-generic AT_FDCWD */

struct sysent {
	const char *name;
	os_handler *handler;
	char ret;          /* result kind, as in syscall.def */
	const char *args;  /* argument kinds */
};

/* Entries without a handler only name a call we do not carry out. */
static const struct sysent table[OS_SYSCALL_LIMIT] = {
#define SYSCALL(num, name, handler, ret, args) [num] = { #name, os_sys_##handler, ret, args },
#define UNSUPPORTED(num, name) [num] = { #name, NULL, 'd', "" },
#include "syscall.def"
#undef UNSUPPORTED
#undef SYSCALL
};

static struct os_config config;
static uint64_t counts[OS_SYSCALL_LIMIT];
static uint64_t count_out_of_range;
char os_exe_path[PATH_MAX];

/* Errno values: asm-generic on riscv64 and on x86-64, so the mapping is the identity; these
 * checks are what makes it so. */
_Static_assert(EPERM == 1 && ENOENT == 2 && EINTR == 4 && EBADF == 9 && EAGAIN == 11 &&
	       ENOMEM == 12 && EACCES == 13 && EFAULT == 14 && EEXIST == 17 && ENOTDIR == 20 &&
	       EISDIR == 21 && EINVAL == 22 && ENOTTY == 25 && ENOSPC == 28 && ESPIPE == 29 &&
	       EPIPE == 32 && ERANGE == 34 && ENAMETOOLONG == 36 && ENOSYS == 38 && ENOTEMPTY == 39 &&
	       ELOOP == 40 && ETIMEDOUT == 110 && EOPNOTSUPP == 95, "host errno is not asm-generic");

int os_guest_errno(int host_errno) { return host_errno; }

void *os_guest_buf(uint64_t addr, uint64_t len, int prot)
{
	/* not NULL, which means a bad range, when guest memory starts at host address 0 */
	static char nothing;
	if (len == 0) return addr != 0 && addr < MEM_GUEST_LIMIT ? mem_host(addr) : &nothing;
	if (addr + len < addr || mem_check(addr, len, prot) < 0) return NULL;
	return mem_host(addr);
}

uint64_t os_guest_prefix(uint64_t addr, uint64_t len, int prot)
{
	if (os_guest_buf(addr, len, prot)) return len;
	uint64_t done = 0;
	while (done < len) {
		uint64_t at = addr + done;
		uint64_t chunk = MEM_PAGE_SIZE - (at & (MEM_PAGE_SIZE - 1));
		if (chunk > len - done) chunk = len - done;
		if (at < addr || mem_check(at, chunk, prot) < 0) break;
		done += chunk;
	}
	return done;
}

int os_guest_path(uint64_t addr, const char **path)
{
	*path = mem_guest_string(addr, PATH_MAX);
	if (*path) return 0;
	return mem_check(addr, 1, PROT_READ) < 0 ? -EFAULT : -ENAMETOOLONG;
}

const char *os_proc_self(const char *path)
{
	static const char *const selves[] = { "/proc/self/", "/proc/thread-self/" };
	if (strncmp(path, "/proc/", 6) != 0) return NULL; /* most paths: no getpid() for them */
	for (size_t i = 0; i < sizeof selves / sizeof selves[0]; i++) {
		size_t n = strlen(selves[i]);
		if (strncmp(path, selves[i], n) == 0) return path + n;
	}
	char own[32];
	int n = snprintf(own, sizeof own, "/proc/%d/", (int)getpid());
	return strncmp(path, own, n) == 0 ? path + n : NULL;
}

/* The names at the top of the sysroot, read once: a path whose first component is not among
 * them (/tmp, /home, /etc...) is the host's without a look at the sysroot, which a program that
 * checks for files over and over (sqlite's journal) would otherwise pay a failing lstat for each
 * time. Like qemu-riscv64 -L, which reads its tree at start, a name added there later is not seen. */
#define SYSROOT_TOP_MAX 64
static char sysroot_top[SYSROOT_TOP_MAX][NAME_MAX + 1];
static int n_sysroot_top = -1; /* -1: not read (or too many names: look each time) */
static pthread_once_t sysroot_top_once = PTHREAD_ONCE_INIT;

static void read_sysroot_top(void)
{
	DIR *d = opendir(config.sysroot);
	if (!d) return;
	int n = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (n == SYSROOT_TOP_MAX) {
			n = -1;
			break;
		}
		snprintf(sysroot_top[n++], sizeof sysroot_top[0], "%s", de->d_name);
	}
	closedir(d);
	n_sysroot_top = n;
}

/* Whether the sysroot may hold path (absolute): its first component is at the sysroot's top. */
static int in_sysroot_top(const char *path)
{
	pthread_once(&sysroot_top_once, read_sysroot_top);
	if (n_sysroot_top < 0) return 1;
	while (*path == '/') path++;
	size_t len = strcspn(path, "/");
	for (int i = 0; i < n_sysroot_top; i++)
		if (strlen(sysroot_top[i]) == len && memcmp(sysroot_top[i], path, len) == 0) return 1;
	return 0;
}

/* An absolute path names the sysroot's file when the sysroot has one by that name, as under
 * qemu-riscv64 -L: the guest's /lib/ld-linux-riscv64-lp64d.so.1 and /usr/lib/... come from the
 * riscv64 tree, while /etc, /tmp, /home and the rest stay the host's. The result lives in one of
 * a few per-thread buffers, enough for the two paths of rename or link. */
const char *os_host_path(const char *path)
{
	const char *rest = os_proc_self(path);
	if (rest) return strcmp(rest, "exe") == 0 ? os_exe_path : path;
	if (!config.sysroot || !config.sysroot[0] || path[0] != '/' || strcmp(path, "/") == 0) return path;
	if (!in_sysroot_top(path)) return path;
	static __thread char buffers[4][PATH_MAX];
	static __thread unsigned next;
	char *host = buffers[next++ % 4];
	struct stat st;
	if (snprintf(host, PATH_MAX, "%s%s", config.sysroot, path) >= PATH_MAX || lstat(host, &st) < 0) return path;
	return host;
}

OS_HANDLER(nosys) { return -ENOSYS; }

void os_init(const struct os_config *cfg)
{
	config = *cfg;
	os_signals_init();
	const char *exe = cfg->exe_path ? cfg->exe_path : "";
	if (!realpath(exe, os_exe_path)) {
		/* keep what we were given, made absolute */
		char cwd[PATH_MAX];
		int n;
		if (exe[0] != '/' && getcwd(cwd, sizeof cwd))
			n = snprintf(os_exe_path, sizeof os_exe_path, "%s/%s", cwd, exe);
		else
			n = snprintf(os_exe_path, sizeof os_exe_path, "%s", exe);
		if (n >= (int)sizeof os_exe_path) os_exe_path[0] = 0; /* no sensible answer */
	}
}

/* --- strace ------------------------------------------------------------------------------ */

static void print_quoted(FILE *f, uint64_t addr, uint64_t len)
{
	uint64_t shown = len < STRACE_STRING_MAX ? len : STRACE_STRING_MAX;
	const unsigned char *s = os_guest_buf(addr, shown, PROT_READ);
	if (!s) {
		fprintf(f, "0x%llx", (unsigned long long)addr);
		return;
	}
	fputc('"', f);
	for (uint64_t i = 0; i < shown; i++) {
		switch (s[i]) {
		case '\n': fputs("\\n", f); break;
		case '\t': fputs("\\t", f); break;
		case '\r': fputs("\\r", f); break;
		case '"': fputs("\\\"", f); break;
		case '\\': fputs("\\\\", f); break;
		default:
			if (isprint(s[i])) fputc(s[i], f);
			else fprintf(f, "\\x%02x", s[i]);
		}
	}
	fputc('"', f);
	if (shown < len) fputs("...", f);
}

static void print_string(FILE *f, uint64_t addr)
{
	const char *s = mem_guest_string(addr, PATH_MAX);
	if (s) print_quoted(f, addr, strlen(s));
	else fprintf(f, "0x%llx", (unsigned long long)addr);
}

static void print_value(FILE *f, char kind, uint64_t v)
{
	switch (kind) {
	case 'u': fprintf(f, "%llu", (unsigned long long)v); break;
	case 'o': fprintf(f, "0%llo", (unsigned long long)v); break;
	case 'x': fprintf(f, "0x%llx", (unsigned long long)v); break;
	case 'p':
		if (v) fprintf(f, "0x%llx", (unsigned long long)v);
		else fputs("NULL", f);
		break;
	case 'f':
		if ((int)v == AT_FDCWD_GUEST) {
			fputs("AT_FDCWD", f);
			break;
		}
		/* fall through */
	default: fprintf(f, "%lld", (long long)(int64_t)v); break;
	}
}

static void print_result(FILE *f, char kind, int64_t r, int exited)
{
	if (exited) {
		fputs(" = ?\n", f);
		return;
	}
	if (r < 0 && r > -4096) {
		const char *name = strerrorname_np((int)-r);
		fprintf(f, " = -1 %s (%s)\n", name ? name : "E?", strerror((int)-r));
		return;
	}
	fputs(" = ", f);
	print_value(f, kind, (uint64_t)r);
	fputc('\n', f);
}

static void strace_line(const struct sysent *e, const uint64_t *a, int64_t r, int exited)
{
	FILE *f = stderr;
	fprintf(f, "%s(", e->name);
	for (int i = 0; e->args[i]; i++) {
		if (i) fputs(", ", f);
		switch (e->args[i]) {
		case 's': print_string(f, a[i]); break;
		case 'w': print_quoted(f, a[i], a[i + 1]); break;
		case 'r':
			if (r >= 0) print_quoted(f, a[i], (uint64_t)r);
			else print_value(f, 'p', a[i]);
			break;
		default: print_value(f, e->args[i], a[i]); break;
		}
	}
	fputc(')', f);
	print_result(f, e->ret, r, exited);
}

/* --- dispatch ---------------------------------------------------------------------------- */

void os_syscall(struct cpu *cpu)
{
	uint64_t num = cpu->x[ISA_REG_A7];
	uint64_t a[OS_ARGS];
	for (int i = 0; i < OS_ARGS; i++) a[i] = cpu->x[ISA_REG_A0 + i];

	const struct sysent *e = num < OS_SYSCALL_LIMIT ? &table[num] : NULL;
	if (num < OS_SYSCALL_LIMIT) counts[num]++;
	else count_out_of_range++;

	if (!e || !e->handler) {
		if (config.strace) {
			const char *name = e ? e->name : NULL;
			fprintf(stderr, "[isomorph] syscall %llu (%s) not supported: -ENOSYS\n",
				(unsigned long long)num, name ? name : "unknown");
		}
		cpu->x[ISA_REG_A0] = (uint64_t)-ENOSYS;
		return;
	}
	int64_t r = e->handler(cpu, a);
	if (r == -EINTR) os_syscall_interrupted(cpu, (int)num, a[0]); /* restart or not: signal.c */
	int exited = cpu->exit_reason == CPU_EXIT_EXIT;
	if (config.strace) strace_line(e, a, r, exited);
	if (!exited) cpu->x[ISA_REG_A0] = (uint64_t)r;
}

/* --- stats ------------------------------------------------------------------------------- */

static int by_count(const void *x, const void *y)
{
	uint64_t cx = counts[*(const int *)x], cy = counts[*(const int *)y];
	if (cx != cy) return cx < cy ? 1 : -1;
	return *(const int *)x - *(const int *)y;
}

void os_print_stats(FILE *f)
{
	int order[OS_SYSCALL_LIMIT], n = 0;
	for (int i = 0; i < OS_SYSCALL_LIMIT; i++)
		if (counts[i]) order[n++] = i;
	qsort(order, n, sizeof order[0], by_count);
	fprintf(f, "  system calls by name:\n");
	for (int i = 0; i < n; i++) {
		int num = order[i];
		const char *name = table[num].name;
		char unknown[32];
		if (!name) {
			snprintf(unknown, sizeof unknown, "syscall_%d", num);
			name = unknown;
		}
		fprintf(f, "    %-42s %12llu\n", name, (unsigned long long)counts[num]);
	}
	if (count_out_of_range)
		fprintf(f, "    %-42s %12llu\n", "(numbers out of range)", (unsigned long long)count_out_of_range);
}
