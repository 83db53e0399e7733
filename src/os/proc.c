/* The guest's view of /proc: the files whose host content would describe the VM instead of the
 * guest. An open of one of them gets a memory file filled with what a riscv64 Linux would show:
 *
 *   /proc/self/maps      the guest's mappings (mem/)
 *   /proc/self/auxv      the auxiliary vector the loader built, AT_NULL pair included
 *   /proc/self/cmdline   the guest's argv, each string NUL-terminated
 *   /proc/self/environ   the guest's initial environment, likewise
 *   /proc/self/comm      the program's name
 *   /proc/self/stat      the host's line with the guest's name, size and layout addresses
 *   /proc/self/status    the host's text with the guest's name and sizes
 *   /proc/cpuinfo        one riscv64 entry per host CPU
 *
 * ("self" also as thread-self, our pid or self/task/TID.) Everything else under /proc goes to the host.
 * argv, environment and auxv are copied off the initial stack before the guest runs, as Linux
 * keeps its own copies: what the guest later writes over its stack does not change them.
 *
 *   os_record_initial_stack(img.stack_pointer);    // once, after the loader built the stack
 *   if (os_proc_open(path, host_flags, &r)) return r;   // in openat: r is an fd or -errno
 */
#define _GNU_SOURCE
#include <elf.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "internal.h"

#define GUEST_ISA "rv64imafdc_zicntr_zicsr_zifencei_zba_zbb_zbs"
#define GUEST_MMU "sv39" /* MEM_GUEST_LIMIT is an Sv39-sized user space */
#define TASK_COMM_LEN 16
#define AUXV_MAX 64      /* pairs; Linux's saved_auxv holds fewer */
#define ARG_STRING_MAX (32 * 4096) /* Linux's MAX_ARG_STRLEN */

/* What Linux keeps of the process image (mm->arg_start and friends, saved_auxv). */
static struct {
	char *args, *env;       /* the strings, each NUL-terminated, back to back */
	size_t args_len, env_len;
	uint64_t arg_start, arg_end, env_start, env_end; /* their guest addresses */
	uint64_t auxv[AUXV_MAX][2];
	size_t auxv_pairs;      /* AT_NULL included */
	uint64_t start_stack;   /* where argc sits */
	char comm[TASK_COMM_LEN];
} image;

/* Copies count strings whose guest addresses are the words at vec into a malloc'd block. The
 * loader placed them back to back, so [*start, *end) is their guest range. */
static char *copy_strings(uint64_t vec, uint64_t count, size_t *len, uint64_t *start, uint64_t *end)
{
	size_t total = 0;
	char *all = NULL;
	*start = *end = 0;
	for (uint64_t i = 0; i < count; i++) {
		uint64_t at;
		if (mem_copy_from_guest(&at, vec + i * sizeof at, sizeof at) < 0) break;
		const char *s = mem_guest_string(at, ARG_STRING_MAX);
		if (!s) break;
		size_t n = strlen(s) + 1;
		char *grown = realloc(all, total + n);
		if (!grown) break;
		all = grown;
		memcpy(all + total, s, n);
		total += n;
		if (i == 0) *start = at;
		*end = at + n;
	}
	*len = total;
	return all;
}

void os_record_initial_stack(uint64_t sp)
{
	uint64_t argc = 0;
	if (mem_copy_from_guest(&argc, sp, sizeof argc) < 0) return;
	image.start_stack = sp;
	uint64_t argv = sp + sizeof argc, envp = argv + (argc + 1) * sizeof(uint64_t);
	image.args = copy_strings(argv, argc, &image.args_len, &image.arg_start, &image.arg_end);
	uint64_t envc = 0, word;
	while (mem_copy_from_guest(&word, envp + envc * sizeof word, sizeof word) == 0 && word) envc++;
	image.env = copy_strings(envp, envc, &image.env_len, &image.env_start, &image.env_end);
	uint64_t auxv = envp + (envc + 1) * sizeof(uint64_t);
	image.auxv_pairs = 0;
	while (image.auxv_pairs < AUXV_MAX) {
		uint64_t *pair = image.auxv[image.auxv_pairs];
		if (mem_copy_from_guest(pair, auxv + image.auxv_pairs * 16, 16) < 0) break;
		image.auxv_pairs++;
		if (pair[0] == AT_NULL) break;
	}
	/* comm: the last part of the path execve was given (AT_EXECFN), at most 15 bytes */
	const char *execfn = NULL;
	for (size_t i = 0; i < image.auxv_pairs; i++)
		if (image.auxv[i][0] == AT_EXECFN) execfn = mem_guest_string(image.auxv[i][1], ARG_STRING_MAX);
	if (!execfn) execfn = os_exe_path;
	const char *base = strrchr(execfn, '/');
	snprintf(image.comm, sizeof image.comm, "%s", base ? base + 1 : execfn);
}

/* --- the guest's mappings, summed up ------------------------------------------------------- */

struct layout {
	uint64_t vsize;                 /* bytes mapped */
	uint64_t start_code, end_code;  /* the program's executable mapping */
	uint64_t start_data, end_data;  /* its writable one */
	uint64_t start_brk;             /* the heap */
};

/* Reads the maps text mem/ writes back into a malloc'd string (NULL on failure). */
static char *maps_text(void)
{
	int fd = memfd_create("maps", MFD_CLOEXEC);
	if (fd < 0) return NULL;
	mem_write_maps(fd);
	off_t size = lseek(fd, 0, SEEK_CUR);
	char *text = size >= 0 ? malloc((size_t)size + 1) : NULL;
	if (text && pread(fd, text, (size_t)size, 0) != size) {
		free(text);
		text = NULL;
	}
	if (text) text[size] = 0;
	close(fd);
	return text;
}

static struct layout guest_layout(void)
{
	struct layout l = { 0 };
	char *text = maps_text();
	for (char *line = text; line && *line;) {
		char *next = strchr(line, '\n');
		if (next) *next++ = 0;
		unsigned long long start, end;
		char perms[5];
		int name_at = 0;
		if (sscanf(line, "%llx-%llx %4s %*x %*s %*u %n", &start, &end, perms, &name_at) >= 3) {
			const char *name = name_at ? line + name_at : "";
			l.vsize += end - start;
			int own = strcmp(name, os_exe_path) == 0;
			if (own && perms[2] == 'x' && !l.start_code) l.start_code = start, l.end_code = end;
			if (own && perms[1] == 'w') l.start_data = l.start_data ? l.start_data : start, l.end_data = end;
			if (strcmp(name, "[heap]") == 0) l.start_brk = start;
		}
		line = next;
	}
	free(text);
	if (!l.start_brk) l.start_brk = mem_brk(0);
	return l;
}

/* --- the generated files ------------------------------------------------------------------- */

static void put_cpuinfo(FILE *f)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	for (long i = 0; i < (n > 0 ? n : 1); i++)
		fprintf(f, "processor\t: %ld\nhart\t\t: %ld\nisa\t\t: %s\nmmu\t\t: %s\n"
			"mvendorid\t: 0x0\nmarchid\t\t: 0x0\nmimpid\t\t: 0x0\nhart isa\t: %s\n\n",
			i, i, GUEST_ISA, GUEST_MMU, GUEST_ISA);
}

/* Reads a whole small host file into a malloc'd string; NULL on failure. */
static char *host_text(const char *path)
{
	FILE *f = fopen(path, "re");
	if (!f) return NULL;
	char *text = NULL;
	size_t cap = 0;
	ssize_t n = getdelim(&text, &cap, 0, f);
	fclose(f);
	if (n < 0) {
		free(text);
		return NULL;
	}
	return text;
}

/* The host's stat line with the guest's name, virtual size and addresses. Fields are 1-based as
 * in proc(5); 2 is the name in parentheses, which may itself hold spaces. */
static void put_stat(FILE *f)
{
	char *text = host_text("/proc/self/stat");
	char *close_paren = text ? strrchr(text, ')') : NULL;
	if (!close_paren) {
		free(text);
		return;
	}
	*close_paren = 0;
	fprintf(f, "%d (%s)", (int)getpid(), image.comm);
	struct layout l = guest_layout();
	char *save = NULL;
	int field = 3;
	for (char *v = strtok_r(close_paren + 1, " \n", &save); v; v = strtok_r(NULL, " \n", &save), field++) {
		uint64_t guest;
		switch (field) {
		case 23: guest = l.vsize; break;
		case 26: guest = l.start_code; break;
		case 27: guest = l.end_code; break;
		case 28: guest = image.start_stack; break;
		case 29: case 30: guest = 0; break; /* kstkesp, kstkeip: 0 unless dumping */
		case 45: guest = l.start_data; break;
		case 46: guest = l.end_data; break;
		case 47: guest = l.start_brk; break;
		case 48: guest = image.arg_start; break;
		case 49: guest = image.arg_end; break;
		case 50: guest = image.env_start; break;
		case 51: guest = image.env_end; break;
		default: fprintf(f, " %s", v); continue;
		}
		fprintf(f, " %" PRIu64, guest);
	}
	fputc('\n', f);
	free(text);
}

/* The host's status text with the guest's name and virtual sizes (the VM's reservation would
 * otherwise show as hundreds of gigabytes). */
static void put_status(FILE *f)
{
	char *text = host_text("/proc/self/status");
	if (!text) return;
	struct layout l = guest_layout();
	char *save = NULL;
	for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		if (strncmp(line, "Name:", 5) == 0) fprintf(f, "Name:\t%s\n", image.comm);
		else if (strncmp(line, "VmPeak:", 7) == 0 || strncmp(line, "VmSize:", 7) == 0)
			fprintf(f, "%.7s\t%8" PRIu64 " kB\n", line, l.vsize / 1024);
		else if (strncmp(line, "VmExe:", 6) == 0)
			fprintf(f, "VmExe:\t%8" PRIu64 " kB\n", (l.end_code - l.start_code) / 1024);
		else fprintf(f, "%s\n", line);
	}
	free(text);
}

enum proc_file { PROC_MAPS, PROC_AUXV, PROC_CMDLINE, PROC_ENVIRON, PROC_COMM, PROC_STAT, PROC_STATUS,
		 PROC_CPUINFO };

static const struct { const char *name; enum proc_file file; } self_files[] = {
	{ "maps", PROC_MAPS },       { "auxv", PROC_AUXV }, { "cmdline", PROC_CMDLINE },
	{ "environ", PROC_ENVIRON }, { "comm", PROC_COMM }, { "stat", PROC_STAT },
	{ "status", PROC_STATUS },
};

static void put_file(FILE *f, enum proc_file file, int fd)
{
	switch (file) {
	case PROC_MAPS:
		fflush(f);
		mem_write_maps(fd);
		break;
	case PROC_AUXV: fwrite(image.auxv, 16, image.auxv_pairs, f); break;
	case PROC_CMDLINE: fwrite(image.args, 1, image.args_len, f); break;
	case PROC_ENVIRON: fwrite(image.env, 1, image.env_len, f); break;
	case PROC_COMM: fprintf(f, "%s\n", image.comm); break;
	case PROC_STAT: put_stat(f); break;
	case PROC_STATUS: put_status(f); break;
	case PROC_CPUINFO: put_cpuinfo(f); break;
	}
}

/* A memory file holding the generated content, positioned at its start: an fd or -errno. */
static int generated(enum proc_file file, int host_flags)
{
	int fd = memfd_create("proc", MFD_ALLOW_SEALING | ((host_flags & O_CLOEXEC) ? MFD_CLOEXEC : 0));
	if (fd < 0) return -os_guest_errno(errno);
	int dup_fd = dup(fd); /* the stdio stream owns this one */
	FILE *f = dup_fd >= 0 ? fdopen(dup_fd, "w") : NULL;
	if (!f) {
		int err = errno;
		if (dup_fd >= 0) close(dup_fd);
		close(fd);
		return -os_guest_errno(err);
	}
	put_file(f, file, fd);
	fclose(f);
	lseek(fd, 0, SEEK_SET);
	/* read-only like the real thing: the guest cannot change what it reads */
	fcntl(fd, F_ADD_SEALS, F_SEAL_WRITE | F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL);
	return fd;
}

/* "task/TID/X" for the guest's own thread (glibc reads its thread name there): X; else rest. */
static const char *own_task(const char *rest)
{
	char own[32];
	int n = snprintf(own, sizeof own, "task/%d/", (int)gettid());
	return strncmp(rest, own, (size_t)n) == 0 ? rest + n : rest;
}

int os_proc_open(const char *path, int host_flags, int64_t *result)
{
	const char *self = os_proc_self(path);
	if (self) self = own_task(self);
	int file = -1;
	if (self) {
		for (size_t i = 0; i < sizeof self_files / sizeof self_files[0]; i++)
			if (strcmp(self, self_files[i].name) == 0) file = (int)self_files[i].file;
	} else if (strcmp(path, "/proc/cpuinfo") == 0) {
		file = PROC_CPUINFO;
	}
	if (file < 0) return 0;
	if ((host_flags & O_ACCMODE) != O_RDONLY) {
		*result = -EACCES;
		return 1;
	}
	*result = generated((enum proc_file)file, host_flags);
	return 1;
}
