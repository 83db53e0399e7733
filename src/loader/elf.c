/* ELF64 parsing and validation: nothing from the file is trusted before it is checked here.
 *
 * Reads the ELF header and the program headers with pread (the segments themselves are mapped
 * later, by elf_map), and rejects, with one line naming the problem, anything binfmt_elf would
 * refuse or that could make mapping go wrong: bad magic, class, byte order, version, machine,
 * type, header sizes, headers past the end of the file, segments past the end of the file or the
 * address space, overlapping or wrapping segments, an entry point outside executable code.
 *
 *   struct elf_object o;
 *   if ((rc = elf_open(&o, "hello", 1, err, sizeof err))) return rc;
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "internal.h"

#define MAX_PHDR_BYTES 65536u     /* binfmt_elf refuses more program headers than this */
#define SCRIPT_MAGIC "#!"
#define PAGE_MASK (MEM_PAGE_SIZE - 1)
#define DEL 0x7f
#define ESCAPE_LEN 4              /* "\\xNN" */

/* The message may quote names from the command line or the file (a PT_INTERP path), which can hold
 * any byte: control bytes are written as \xNN so that the message stays one printable line. */
int loader_error(char *err, size_t errlen, int code, const char *path, const char *fmt, ...)
{
	char raw[2 * PATH_MAX + 256] = "";
	int n = snprintf(raw, sizeof raw, "%s: ", path);
	if (n >= 0 && (size_t)n < sizeof raw) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(raw + n, sizeof raw - n, fmt, ap);
		va_end(ap);
	}
	size_t o = 0;
	for (const unsigned char *c = (const unsigned char *)raw; *c && o + 1 < errlen; c++) {
		if (*c >= ' ' && *c != DEL) {
			err[o++] = (char)*c;
		} else if (o + ESCAPE_LEN < errlen) {
			snprintf(err + o, errlen - o, "\\x%02x", *c);
			o += ESCAPE_LEN;
		} else {
			break;
		}
	}
	if (errlen) err[o] = 0;
	return code;
}

/* Names of the machines one is likely to meet by mistake. */
static const struct { unsigned machine; const char *name; } machines[] = {
	{ EM_386, "i386" },       { EM_X86_64, "x86-64" },   { EM_ARM, "32-bit ARM" },
	{ EM_AARCH64, "AArch64" }, { EM_PPC, "PowerPC" },    { EM_PPC64, "PowerPC64" },
	{ EM_S390, "s390" },      { EM_MIPS, "MIPS" },       { EM_SPARCV9, "SPARC64" },
	{ EM_IA_64, "IA-64" },    { EM_LOONGARCH, "LoongArch" },
};

static const char *machine_name(unsigned m, char *buf, size_t len)
{
	for (size_t i = 0; i < sizeof machines / sizeof machines[0]; i++)
		if (machines[i].machine == m) return machines[i].name;
	snprintf(buf, len, "machine %u", m);
	return buf;
}

/* "path: Is a directory" or "path: Permission denied (not a regular file)" unless st is a
 * regular file's (execve says EACCES for devices, pipes, sockets); 0 for a regular file. */
static int check_regular(const struct stat *st, const char *path, char *err, size_t errlen)
{
	if (S_ISDIR(st->st_mode)) return loader_error(err, errlen, LOADER_EXIT_CANNOT_RUN, path, "%s", strerror(EISDIR));
	if (!S_ISREG(st->st_mode))
		return loader_error(err, errlen, LOADER_EXIT_CANNOT_RUN, path, "%s (not a regular file)", strerror(EACCES));
	return 0;
}

/* Only a regular file is opened: opening a FIFO would block until a writer comes, and opening a
 * device can have effects. The path is checked before open, and the descriptor after (O_NONBLOCK
 * in case a FIFO took the file's place in between). */
static int open_file(struct elf_object *o, const char *path, int check_exec, char *err, size_t errlen)
{
	struct stat st;
	int rc;
	o->fd = -1;
	if (stat(path, &st) || (o->fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)) < 0) {
		int e = errno;
		return loader_error(err, errlen, e == ENOENT ? LOADER_EXIT_NOT_FOUND : LOADER_EXIT_CANNOT_RUN, path,
				    "%s", strerror(e));
	}
	if ((rc = check_regular(&st, path, err, errlen))) return rc;
	if (fstat(o->fd, &st)) return loader_error(err, errlen, LOADER_EXIT_CANNOT_RUN, path, "%s", strerror(errno));
	if ((rc = check_regular(&st, path, err, errlen))) return rc;
	if (check_exec && access(path, X_OK))
		return loader_error(err, errlen, LOADER_EXIT_CANNOT_RUN, path, "%s", strerror(errno));
	o->size = (uint64_t)st.st_size;
	return 0;
}

/* The identification and header fields, checked in the order a reader would want them named. */
static int check_header(struct elf_object *o, char *err, size_t errlen)
{
	const Elf64_Ehdr *e = &o->eh;
	const char *p = o->path;
	char buf[32];
	int bad = LOADER_EXIT_CANNOT_RUN;
	ssize_t got = pread(o->fd, &o->eh, sizeof o->eh, 0);
	if (got < 0) return loader_error(err, errlen, bad, p, "cannot read: %s", strerror(errno));
	if (got == 0) return loader_error(err, errlen, bad, p, "not an ELF executable (empty file)");
	if (got >= 2 && !memcmp(e->e_ident, SCRIPT_MAGIC, 2))
		return loader_error(err, errlen, bad, p, "is a script (#!), not an ELF executable; run it with its interpreter");
	if (got < SELFMAG || memcmp(e->e_ident, ELFMAG, SELFMAG))
		return loader_error(err, errlen, bad, p, "not an ELF executable (no ELF magic number)");
	if (e->e_ident[EI_CLASS] == ELFCLASS32)
		return loader_error(err, errlen, bad, p, "is a 32-bit ELF, not a 64-bit RISC-V executable");
	if (e->e_ident[EI_CLASS] != ELFCLASS64)
		return loader_error(err, errlen, bad, p, "bad ELF class %u", e->e_ident[EI_CLASS]);
	if (got < (ssize_t)sizeof *e) return loader_error(err, errlen, bad, p, "truncated ELF header (%zd bytes)", got);
	if (e->e_ident[EI_DATA] != ELFDATA2LSB)
		return loader_error(err, errlen, bad, p, "is a big-endian (or unknown byte order) ELF, not little-endian RISC-V");
	if (e->e_ident[EI_VERSION] != EV_CURRENT || e->e_version != EV_CURRENT)
		return loader_error(err, errlen, bad, p, "unknown ELF version %u", e->e_ident[EI_VERSION]);
	if (e->e_machine != EM_RISCV)
		return loader_error(err, errlen, bad, p, "is an %s ELF, not RISC-V", machine_name(e->e_machine, buf, sizeof buf));
	if (e->e_type == ET_REL)
		return loader_error(err, errlen, bad, p, "is a relocatable object (.o), not an executable");
	if (e->e_type == ET_CORE) return loader_error(err, errlen, bad, p, "is a core dump, not an executable");
	if (e->e_type != ET_EXEC && e->e_type != ET_DYN)
		return loader_error(err, errlen, bad, p, "unknown ELF type %u", e->e_type);
	if (e->e_phentsize != sizeof(Elf64_Phdr))
		return loader_error(err, errlen, bad, p, "bad program header size %u (want %zu)", e->e_phentsize,
				    sizeof(Elf64_Phdr));
	if (e->e_phnum == 0) return loader_error(err, errlen, bad, p, "no program headers");
	if ((uint64_t)e->e_phnum * sizeof(Elf64_Phdr) > MAX_PHDR_BYTES)
		return loader_error(err, errlen, bad, p, "too many program headers (%u)", e->e_phnum);
	uint64_t phsize = (uint64_t)e->e_phnum * sizeof(Elf64_Phdr);
	if (e->e_phoff > o->size || phsize > o->size - e->e_phoff)
		return loader_error(err, errlen, bad, p, "truncated: program headers at 0x%llx run past the end of the file",
				    (unsigned long long)e->e_phoff);
	return 0;
}

static int read_interp(struct elf_object *o, const Elf64_Phdr *ph, char *err, size_t errlen)
{
	int bad = LOADER_EXIT_CANNOT_RUN;
	if (o->interp) return loader_error(err, errlen, bad, o->path, "more than one PT_INTERP");
	if (ph->p_filesz < 2 || ph->p_filesz > PATH_MAX)
		return loader_error(err, errlen, bad, o->path, "bad PT_INTERP size %llu", (unsigned long long)ph->p_filesz);
	o->interp = malloc(ph->p_filesz);
	if (!o->interp || pread(o->fd, o->interp, ph->p_filesz, ph->p_offset) != (ssize_t)ph->p_filesz)
		return loader_error(err, errlen, bad, o->path, "cannot read PT_INTERP");
	if (o->interp[ph->p_filesz - 1] || strlen(o->interp) != ph->p_filesz - 1)
		return loader_error(err, errlen, bad, o->path, "PT_INTERP is not a NUL-terminated path");
	return 0;
}

/* Every segment, alone and against the others; also finds the span, PT_INTERP, PT_GNU_STACK. */
static int check_segments(struct elf_object *o, char *err, size_t errlen)
{
	int bad = LOADER_EXIT_CANNOT_RUN, loads = 0, rc;
	const char *p = o->path;
	int64_t phdr_from_pt_phdr = -1;
	o->lo = UINT64_MAX;
	o->hi = 0;
	for (unsigned i = 0; i < o->eh.e_phnum; i++) {
		const Elf64_Phdr *ph = &o->ph[i];
		if (ph->p_type != PT_LOAD && ph->p_type != PT_INTERP) {
			if (ph->p_type == PT_GNU_STACK) o->exec_stack = !!(ph->p_flags & PF_X);
			if (ph->p_type == PT_PHDR) phdr_from_pt_phdr = (int64_t)ph->p_vaddr;
			continue;
		}
		if (ph->p_offset > o->size || ph->p_filesz > o->size - ph->p_offset)
			return loader_error(err, errlen, bad, p,
					    "truncated or corrupt: segment %u (file bytes 0x%llx+0x%llx) runs past the end of the file (%llu bytes)",
					    i, (unsigned long long)ph->p_offset, (unsigned long long)ph->p_filesz,
					    (unsigned long long)o->size);
		if (ph->p_type == PT_INTERP) {
			if ((rc = read_interp(o, ph, err, errlen))) return rc;
			continue;
		}
		loads++;
		if (ph->p_filesz > ph->p_memsz)
			return loader_error(err, errlen, bad, p, "segment %u: file size 0x%llx is larger than its memory size 0x%llx",
					    i, (unsigned long long)ph->p_filesz, (unsigned long long)ph->p_memsz);
		if (ph->p_align > 1 && (ph->p_align & (ph->p_align - 1)))
			return loader_error(err, errlen, bad, p, "segment %u: alignment 0x%llx is not a power of two", i,
					    (unsigned long long)ph->p_align);
		if ((ph->p_offset & PAGE_MASK) != (ph->p_vaddr & PAGE_MASK))
			return loader_error(err, errlen, bad, p, "segment %u: offset 0x%llx and address 0x%llx differ modulo the page size",
					    i, (unsigned long long)ph->p_offset, (unsigned long long)ph->p_vaddr);
		if (ph->p_vaddr > UINT64_MAX - ph->p_memsz || ph->p_vaddr + ph->p_memsz > UINT64_MAX - PAGE_MASK)
			return loader_error(err, errlen, bad, p, "segment %u: address range wraps around", i);
		uint64_t end = ph->p_vaddr + ph->p_memsz;
		if (ph->p_memsz == 0) continue;
		for (unsigned j = 0; j < i; j++) {
			const Elf64_Phdr *q = &o->ph[j];
			if (q->p_type == PT_LOAD && q->p_memsz && ph->p_vaddr < q->p_vaddr + q->p_memsz && q->p_vaddr < end)
				return loader_error(err, errlen, bad, p, "segments %u and %u overlap", j, i);
		}
		if (ph->p_vaddr < o->lo) o->lo = ph->p_vaddr;
		if (end > o->hi) o->hi = end;
	}
	if (!loads || o->lo == UINT64_MAX) return loader_error(err, errlen, bad, p, "no loadable segments");
	o->lo &= ~PAGE_MASK;
	o->hi = (o->hi + PAGE_MASK) & ~PAGE_MASK;
	if (o->hi - o->lo > MEM_GUEST_LIMIT)
		return loader_error(err, errlen, bad, p, "segments span 0x%llx bytes, more than the guest address space",
				    (unsigned long long)(o->hi - o->lo));

	/* The entry must be in executable code; the program headers should be in a segment. */
	int entry_ok = 0;
	uint64_t phend = o->eh.e_phoff + (uint64_t)o->eh.e_phnum * sizeof(Elf64_Phdr);
	o->phdr_vaddr = UINT64_MAX;
	for (unsigned i = 0; i < o->eh.e_phnum; i++) {
		const Elf64_Phdr *ph = &o->ph[i];
		if (ph->p_type != PT_LOAD) continue;
		if ((ph->p_flags & PF_X) && o->eh.e_entry >= ph->p_vaddr && o->eh.e_entry - ph->p_vaddr < ph->p_memsz)
			entry_ok = 1;
		if (o->phdr_vaddr == UINT64_MAX && ph->p_offset <= o->eh.e_phoff && phend <= ph->p_offset + ph->p_filesz)
			o->phdr_vaddr = ph->p_vaddr + (o->eh.e_phoff - ph->p_offset);
	}
	if (!entry_ok)
		return loader_error(err, errlen, bad, p, "entry point 0x%llx is not inside an executable segment",
				    (unsigned long long)o->eh.e_entry);
	if (phdr_from_pt_phdr >= 0) o->phdr_vaddr = (uint64_t)phdr_from_pt_phdr;
	if (o->phdr_vaddr == UINT64_MAX) o->phdr_vaddr = o->lo + o->eh.e_phoff; /* as older kernels guess */
	return 0;
}

int elf_open(struct elf_object *o, const char *path, int check_exec, char *err, size_t errlen)
{
	int rc;
	memset(o, 0, sizeof *o);
	o->path = path;
	if ((rc = open_file(o, path, check_exec, err, errlen))) return rc;
	if ((rc = check_header(o, err, errlen))) return rc;
	size_t phbytes = (size_t)o->eh.e_phnum * sizeof(Elf64_Phdr);
	o->ph = malloc(phbytes);
	if (!o->ph || pread(o->fd, o->ph, phbytes, o->eh.e_phoff) != (ssize_t)phbytes)
		return loader_error(err, errlen, LOADER_EXIT_CANNOT_RUN, path, "cannot read the program headers");
	return check_segments(o, err, errlen);
}

void elf_close(struct elf_object *o)
{
	if (o->fd >= 0) close(o->fd);
	o->fd = -1;
	free(o->ph);
	o->ph = NULL;
	free(o->interp);
	o->interp = NULL;
}
