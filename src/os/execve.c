/* execve: a riscv64 program runs under a new isomorph, anything else natively.
 *
 * The first bytes of the file decide, as the kernel's binfmt handlers would:
 *   riscv64 ELF           the VM re-executes itself (/proc/self/exe) with its own options (engine,
 *                         --strace, --stats), --argv0=<the guest's argv[0]>, the path and argv[1..]
 *   #!interpreter [arg]   when the interpreter is a riscv64 ELF, it runs under the VM with the argv
 *                         Linux gives it: interpreter (as written), arg if any, the script path,
 *                         argv[1..]; otherwise the host kernel runs the script
 *   anything else         host execve (x86-64 programs, host scripts; errors are the host's)
 * The guest's environment goes to the new program as it is. Descriptors, ignored signals and the
 * blocked mask carry over through the host execve, as Linux carries them.
 *
 *   os_set_vm_options(n, options);   // main, once: what a re-executed VM is given
 *   os_sys_execve(cpu, a);           // does not return on success; -errno otherwise
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "internal.h"

#define ELF_HEAD 20                 /* enough for e_ident and e_machine */
#define ELF_CLASS64 2
#define ELF_MACHINE_OFFSET 18
#define EM_RISCV 243
#define SCRIPT_HEAD 256             /* the kernel reads this much of a #! line (BINPRM_BUF_SIZE) */
#define ARG_MAX_LEN (32 * 4096)     /* MAX_ARG_STRLEN: the longest argument Linux takes */
#define ARGV0_OPTION "--argv0="

static char *const *vm_options;
static int n_vm_options;

void os_set_vm_options(int n, char *const *options)
{
	n_vm_options = n;
	vm_options = options;
}

/* Reads up to len bytes from the start of path; the count, or -1. */
static ssize_t read_head(const char *path, char *buf, size_t len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) return -1;
	ssize_t n = pread(fd, buf, len, 0);
	close(fd);
	return n;
}

static int is_guest_elf(const char *path)
{
	unsigned char h[ELF_HEAD];
	if (read_head(path, (char *)h, sizeof h) != (ssize_t)sizeof h) return 0;
	return memcmp(h, "\177ELF", 4) == 0 && h[4] == ELF_CLASS64 &&
	       (h[ELF_MACHINE_OFFSET] | h[ELF_MACHINE_OFFSET + 1] << 8) == EM_RISCV;
}

/* A guest list of string pointers (argv, envp) ending in NULL, as host pointers into guest memory
 * (malloc'd array, NULL-terminated, with room for extra leading entries). 0, or -EFAULT / -E2BIG /
 * -ENOMEM. */
static int guest_strings(uint64_t addr, size_t extra, char ***out, size_t *count)
{
	size_t n = 0, cap = 16;
	char **v = malloc((cap + extra + 1) * sizeof *v);
	if (!v) return -ENOMEM;
	for (; addr; n++) {
		uint64_t p;
		if (mem_copy_from_guest(&p, addr + n * sizeof p, sizeof p) < 0) goto fault;
		if (!p) break;
		const char *s = mem_guest_string(p, ARG_MAX_LEN);
		if (!s) {
			free(v);
			return mem_check(p, 1, PROT_READ) < 0 ? -EFAULT : -E2BIG;
		}
		if (n == cap) {
			cap *= 2;
			char **w = realloc(v, (cap + extra + 1) * sizeof *v);
			if (!w) {
				free(v);
				return -ENOMEM;
			}
			v = w;
		}
		v[extra + n] = (char *)s;
	}
	v[extra + n] = NULL;
	*out = v;
	*count = n;
	return 0;
fault:
	free(v);
	return -EFAULT;
}

/* Runs prog under a new VM with guest argv argv0, args[0..n): builds the VM's command line and
 * executes the VM. Returns only on failure, -errno. */
static int64_t exec_under_vm(const char *prog, const char *argv0, char *const *args, size_t n, char *const *envp)
{
	if (access(prog, X_OK) < 0) return -os_guest_errno(errno);
	size_t total = 1 + n_vm_options + 3 + n + 1;
	char **v = malloc(total * sizeof *v);
	char *argv0_option = malloc(sizeof ARGV0_OPTION + strlen(argv0));
	if (!v || !argv0_option) {
		free(v);
		free(argv0_option);
		return -ENOMEM;
	}
	char self[PATH_MAX];
	ssize_t len = readlink("/proc/self/exe", self, sizeof self - 1); /* the VM: the host's view */
	self[len > 0 ? len : 0] = 0;
	size_t k = 0;
	v[k++] = len > 0 ? self : "isomorph";
	for (int i = 0; i < n_vm_options; i++) v[k++] = vm_options[i];
	strcpy(argv0_option, ARGV0_OPTION);
	strcat(argv0_option, argv0);
	v[k++] = argv0_option;
	v[k++] = "--";
	v[k++] = (char *)prog;
	for (size_t i = 0; i < n; i++) v[k++] = args[i];
	v[k] = NULL;
	execve("/proc/self/exe", v, envp);
	int e = errno;
	free(v);
	free(argv0_option);
	return -os_guest_errno(e);
}

/* A script whose interpreter runs under the VM: 1 and its interpreter and optional argument
 * (pointers into line); 0 when the host should run path. */
static int guest_script(const char *path, char *line, size_t size, char **interp, char **arg)
{
	ssize_t n = read_head(path, line, size - 1);
	if (n < 2 || line[0] != '#' || line[1] != '!') return 0;
	line[n] = 0;
	char *nl = strchr(line, '\n');
	if (nl) *nl = 0;
	char *p = line + 2;
	while (*p == ' ' || *p == '\t') p++;
	if (!*p) return 0;
	*interp = p;
	while (*p && *p != ' ' && *p != '\t') p++;
	*arg = NULL;
	if (*p) {
		*p++ = 0;
		while (*p == ' ' || *p == '\t') p++;
		char *end = p + strlen(p);
		while (end > p && (end[-1] == ' ' || end[-1] == '\t')) *--end = 0;
		if (*p) *arg = p; /* the rest of the line is one argument */
	}
	return is_guest_elf(os_host_path(*interp));
}

OS_HANDLER(execve)
{
	const char *path;
	int r = os_guest_path(a[0], &path);
	if (r) return r;
	char **argv = NULL, **envp = NULL;
	size_t argc = 0, envc = 0;
	const size_t script_extra = 2; /* room to put the interpreter's argument and the path in front */
	if ((r = guest_strings(a[1], script_extra, &argv, &argc)) ||
	    (r = guest_strings(a[2], 0, &envp, &envc))) {
		free(argv);
		return r;
	}
	const char *host_path = os_host_path(path);
	char **args = argv + script_extra; /* the guest's argv, NULL-terminated */
	char line[SCRIPT_HEAD], *interp, *opt;
	int64_t result;
	if (is_guest_elf(host_path)) {
		result = exec_under_vm(host_path, argc ? args[0] : path, argc ? args + 1 : args,
				       argc ? argc - 1 : 0, envp);
	} else if (guest_script(host_path, line, sizeof line, &interp, &opt)) {
		/* interpreter [opt] path argv[1..] */
		char **v = args + (argc ? 1 : 0) - 1;
		size_t n = (argc ? argc - 1 : 0) + 1;
		*v = (char *)path;
		if (opt) {
			*--v = opt;
			n++;
		}
		result = exec_under_vm(os_host_path(interp), interp, v, n, envp);
	} else {
		execve(host_path, args, envp);
		result = -os_guest_errno(errno);
	}
	free(argv);
	free(envp);
	return result;
}
