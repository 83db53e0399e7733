/* isomorph [options] PROG [ARGS...]: runs a RISC-V 64-bit Linux program on this machine.
 *
 * Parses the options, loads the program into a fresh guest address space and hands it to the
 * emulation manager. Everything about the guest happens below loader/ and exec/.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "exec/exec.h"
#include "isa/cpu.h"
#include "loader/loader.h"
#include "mem/mem.h"
#include "os/os.h"
#include "os/thread.h"

#define ISOMORPH_VERSION "0.1.0"
#define EXIT_USAGE 2
#define DEFAULT_SYSROOT "/usr/riscv64-linux-gnu" /* Debian's libc6-riscv64-cross */

extern char **environ;

static void usage(FILE *f)
{
	char engines[64] = "";
	for (int e = 0; e < EXEC_ENGINE_COUNT; e++)
		snprintf(engines + strlen(engines), sizeof engines - strlen(engines), "%s%s", e ? " | " : "",
			 exec_engine_name(e));
	fprintf(f,
		"usage: isomorph [options] PROG [ARGS...]\n"
		"Runs a RISC-V 64-bit Linux program (RV64GC, static or dynamic) on this x86-64 machine.\n"
		"\n"
		"options:\n"
		"  --engine=NAME   execution engine: %s (default %s)\n"
		"  --lockstep=NAME run engine NAME and the switch engine side by side, comparing the guest\n"
		"                  state after every block; stop at the first difference (exit status 3)\n"
		"  -L DIR          riscv64 sysroot: the ELF interpreter and absolute paths that exist\n"
		"                  under DIR come from there (also $ISOMORPH_SYSROOT or $QEMU_LD_PREFIX;\n"
		"                  default " DEFAULT_SYSROOT " when it exists)\n"
		"  --hot=N         auto: executions before a block is translated (default 16; 0: at once);\n"
		"                  a block that translated code leaves for is translated at its second run\n"
		"                  (its third with side exits, whose trace those runs choose)\n"
		"  --code-cache=SIZE  bytes of translated code kept (K, M, G suffixes; default 64M)\n"
		"  --no-chain      dbt, auto: do not link translated blocks with direct jumps\n"
		"  --no-ibcache    dbt, auto: no inline or hashed caches for register jumps\n"
		"  --no-pin        dbt, auto: keep every guest register in memory\n"
		"  --pins=N        dbt, auto: how many guest registers (sp a0-a5 s0 s1, in that order) keep\n"
		"                  one host register everywhere (default 9); the other host registers are\n"
		"                  allocated block by block\n"
		"  --ras           dbt, auto: a return-address stack predicts returns (off by default: it\n"
		"                  costs more than it saves on the benchmarks; --no-ras: off)\n"
		"  --no-idioms     dbt, auto: no known routine (libgcc's __ctzdi2, __clzdi2) translated whole\n"
		"  --no-fusion     dbt, auto: no guest instruction sequence translated as one (a word read\n"
		"                  byte by byte as one load, slli+srli by 32 as one zero-extension, two\n"
		"                  shifts or-ed as one rotate)\n"
		"  --no-loop-bases dbt, auto: a self-loop compares its base registers with the guest limit\n"
		"                  every round (by default once on the way in, for bases it only steps)\n"
		"  --no-inline-syscalls  dbt, auto: a system call leaves translated code for the manager\n"
		"  --no-superblocks  every conditional branch, jump and call ends a block (no side exits,\n"
		"                  no jumps or calls followed; all engines)\n"
		"  --no-traces     auto: a hot block keeps the shape it was decoded in (by default it is\n"
		"                  decoded again to go on where the interpreter saw its branches go)\n"
		"  --dump-blocks   dbt, auto: print each translation (guest code, host bytes) on stderr\n"
		"  --perf-map      dbt, auto: name each translation in /tmp/perf-PID.map (for perf report)\n"
		"  --strace        print each guest system call on stderr\n"
		"  --stats         print execution counters on stderr at exit\n"
		"  --help          this text\n"
		"  --version       version\n"
		"  --              end of options\n",
		engines, exec_engine_name(EXEC_ENGINE_DEFAULT));
}

__attribute__((noreturn)) static void usage_error(const char *fmt, const char *arg)
{
	fprintf(stderr, "isomorph: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, " (try 'isomorph --help')\n");
	exit(EXIT_USAGE);
}

/* -L, else the environment (ours, then qemu's name for it), else Debian's cross sysroot if there. */
static const char *choose_sysroot(const char *given)
{
	if (given) {
		struct stat st;
		if (stat(given, &st) < 0 || !S_ISDIR(st.st_mode)) usage_error("-L %s: not a directory", given);
		return given;
	}
	const char *env = getenv("ISOMORPH_SYSROOT");
	if (!env) env = getenv("QEMU_LD_PREFIX");
	if (env) return env;
	return access(DEFAULT_SYSROOT, F_OK) == 0 ? DEFAULT_SYSROOT : "";
}

int main(int argc, char **argv)
{
	struct exec_options exec_opts = { .engine = EXEC_ENGINE_DEFAULT, .hot = -1, .pins = -1 };
	struct os_config os_cfg = { 0 };
	int engine_given = 0, lockstep_engine = -1;
	const char *sysroot = NULL;
	const char *argv0 = NULL; /* --argv0: the guest's argv[0] when it is not PROG (a guest's execve) */
	char **vm_options = calloc(argc, sizeof *vm_options);
	int n_vm_options = 0;
	int i;
	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		const char *a = argv[i];
		int first = i; /* an option may take the next word too */
		if (strcmp(a, "--") == 0) {
			i++;
			break;
		} else if (strncmp(a, "--argv0=", sizeof "--argv0=" - 1) == 0) {
			argv0 = a + sizeof "--argv0=" - 1;
			continue;
		} else if (strncmp(a, "--engine=", 9) == 0) {
			int e = exec_engine_by_name(a + 9);
			if (e < 0) usage_error("unknown engine '%s'", a + 9);
			exec_opts.engine = e;
			engine_given = 1;
		} else if (strncmp(a, "--lockstep=", sizeof "--lockstep=" - 1) == 0) {
			const char *name = a + sizeof "--lockstep=" - 1;
			lockstep_engine = exec_engine_by_name(name);
			if (lockstep_engine < 0) usage_error("unknown engine '%s'", name);
			if (lockstep_engine == EXEC_ENGINE_SWITCH)
				usage_error("--lockstep=%s: switch is the reference; name the engine to compare with it", name);
		} else if (strcmp(a, "-L") == 0) {
			if (++i >= argc) usage_error("%s", "-L needs a directory");
			sysroot = argv[i];
		} else if (strncmp(a, "--hot=", 6) == 0) {
			char *end;
			long n = strtol(a + 6, &end, 10);
			if (!a[6] || *end || n < 0) usage_error("--hot wants a count, not '%s'", a + 6);
			exec_opts.hot = n;
		} else if (strncmp(a, "--code-cache=", 13) == 0) {
			char *end;
			unsigned long long n = strtoull(a + 13, &end, 10);
			int shift = *end == 'K' || *end == 'k' ? 10 : *end == 'M' || *end == 'm' ? 20 : *end == 'G' || *end == 'g' ? 30 : 0;
			if (shift) end++;
			if (!a[13] || *end || a[13] == '-' || n == 0 || n > (1ull << (40 - shift)))
				usage_error("--code-cache wants a size such as 4M, not '%s'", a + 13);
			exec_opts.code_cache = n << shift;
		} else if (strcmp(a, "--no-chain") == 0) {
			exec_opts.no_chain = 1;
		} else if (strcmp(a, "--no-ibcache") == 0) {
			exec_opts.no_ibcache = 1;
		} else if (strncmp(a, "--pins=", 7) == 0) {
			char *end;
			long n = strtol(a + 7, &end, 10);
			if (!a[7] || *end || n < 0 || n > 9) usage_error("--pins wants a count from 0 to 9, not '%s'", a + 7);
			exec_opts.pins = (int)n;
		} else if (strcmp(a, "--ras") == 0 || strcmp(a, "--no-ras") == 0) {
			exec_opts.ras = a[2] == 'r';
		} else if (strcmp(a, "--no-idioms") == 0) {
			exec_opts.no_idioms = 1;
		} else if (strcmp(a, "--no-fusion") == 0) {
			exec_opts.no_fusion = 1;
		} else if (strcmp(a, "--no-loop-bases") == 0) {
			exec_opts.no_loop_bases = 1;
		} else if (strcmp(a, "--no-inline-syscalls") == 0) {
			exec_opts.no_inline_syscalls = 1;
		} else if (strcmp(a, "--no-superblocks") == 0) {
			exec_opts.no_superblocks = 1;
		} else if (strcmp(a, "--no-traces") == 0) {
			exec_opts.no_traces = 1;
		} else if (strcmp(a, "--no-pin") == 0) {
			exec_opts.no_pin = 1;
		} else if (strcmp(a, "--dump-blocks") == 0) {
			exec_opts.dump_blocks = 1;
		} else if (strcmp(a, "--perf-map") == 0) {
			exec_opts.perf_map = 1;
		} else if (strcmp(a, "--strace") == 0) {
			os_cfg.strace = 1;
		} else if (strcmp(a, "--stats") == 0) {
			exec_opts.stats = 1;
		} else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			usage(stdout);
			return 0;
		} else if (strcmp(a, "--version") == 0) {
			printf("isomorph %s\n", ISOMORPH_VERSION);
			return 0;
		} else {
			usage_error("unknown option '%s'", a);
		}
		while (vm_options && first <= i) vm_options[n_vm_options++] = argv[first++];
	}
	if (i >= argc) usage_error("%s", "no program given");
	if (lockstep_engine >= 0) {
		if (engine_given && exec_opts.engine != (enum exec_engine)lockstep_engine)
			usage_error("%s", "--engine and --lockstep name different engines");
		exec_opts.engine = lockstep_engine;
		exec_opts.lockstep = 1;
	}

	const char *prog = argv[i];
	char exe[PATH_MAX];
	if (!realpath(prog, exe)) snprintf(exe, sizeof exe, "%s", prog);
	os_cfg.exe_path = exe;
	os_cfg.sysroot = choose_sysroot(sysroot);
	loader_set_sysroot(os_cfg.sysroot);
	if (argv0) argv[i] = (char *)argv0;

	mem_init();
	os_init(&os_cfg);
	os_set_vm_options(n_vm_options, vm_options);
	struct loader_image img;
	char err[512];
	int rc = loader_load(&img, prog, argv + i, environ, err, sizeof err);
	if (rc) {
		fprintf(stderr, "isomorph: %s\n", err);
		return rc;
	}
	os_record_initial_stack(img.stack_pointer);

	static struct os_thread main_thread;
	struct cpu *cpu = &main_thread.cpu;
	cpu->pc = img.entry;
	cpu->x[ISA_REG_SP] = img.stack_pointer;
	cpu->reservation = ~0ull;
	main_thread.tid = getpid();
	main_thread.sigmask = os_inherited_sigmask(); /* a blocked set survives execve */
	os_self = &main_thread;
	exec_run(cpu, &exec_opts);
}
