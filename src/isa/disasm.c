/* The disassembler: struct isa_insn -> assembler text, for traces, --strace-style logs and tests.
 *
 *   char text[64];
 *   isa_disasm(&in, text, sizeof text);   // "addi a0,a0,1"
 *
 * The text is what `riscv64-linux-gnu-objdump -d -M no-aliases` (binutils 2.40) prints for the
 * 32-bit form, with one space instead of objdump's tab after the mnemonic:
 *   - ABI register names; decimal I/S immediates; shift amounts, lui/auipc fields in hex;
 *   - branch and jump targets as absolute hex addresses without 0x, as objdump prints them
 *     (objdump's " <symbol>" and "# comment" annotations are not produced);
 *   - the rounding mode only when it is static (objdump omits dyn), and never for the exact
 *     conversions fcvt.d.s, fcvt.d.w, fcvt.d.wu with rne, which objdump prints bare;
 *   - CSR names for the user-level CSRs (fflags, frm, fcsr, the counters), else a hex number.
 * A compressed instruction prints as the 32-bit instruction it expands to ("c.addi a0,1" prints
 * "addi a0,a0,1"), since that is the form every engine executes. An illegal word prints as
 * objdump's ".4byte 0x..." (".2byte 0x..." for a 16-bit parcel). The call of a known routine that
 * the block store makes of a jal (ISA_OP_CALL_ROUTINE) prints as the jal, followed by
 * " <__ctzdi2, run whole>"; a jal the block goes on through (ISA_OP_JAL_FOLLOWED) and the
 * return of a call it follows (ISA_OP_RET_FOLLOWED), by " <followed>"; a conditional branch the
 * block goes on through (isa_branch_followed), as the inverted branch it runs, then
 * " <followed to TARGET>".
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include "cpu.h"
#include "insn.h"
#include "routines.h"

static const char *const xreg_names[32] = {
	"zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3", "a4",
	"a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4",
	"t5", "t6",
};
static const char *const freg_names[32] = {
	"ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "fs0", "fs1", "fa0", "fa1", "fa2",
	"fa3", "fa4", "fa5", "fa6", "fa7", "fs2", "fs3", "fs4", "fs5", "fs6", "fs7", "fs8", "fs9",
	"fs10", "fs11", "ft8", "ft9", "ft10", "ft11",
};
#define REG_MASK 31u

/* Contract: r is taken modulo 32; never NULL. */
const char *isa_xreg_name(unsigned r) { return xreg_names[r & REG_MASK]; }
const char *isa_freg_name(unsigned r) { return freg_names[r & REG_MASK]; }

static const char *const rm_names[8] = { "rne", "rtz", "rdn", "rup", "rmm", "unknown", "unknown", "dyn" };

/* User-level CSRs by number. The counters 3..31 (hpmcounterN) and their RV32 high halves
 * (0xc80 + n) follow a pattern and are named in csr_name(). */
enum {
	CSR_FFLAGS = 0x001, CSR_FRM = 0x002, CSR_FCSR = 0x003,
	CSR_CYCLE = 0xc00, CSR_TIME = 0xc01, CSR_INSTRET = 0xc02,
	CSR_HPM_FIRST = 0xc03, CSR_HPM_LAST = 0xc1f,
	CSR_HIGH = 0x080, /* cycleh = cycle + CSR_HIGH ... */
};
static const struct { uint16_t num; const char *name; } csr_table[] = {
	{ CSR_FFLAGS, "fflags" }, { CSR_FRM, "frm" }, { CSR_FCSR, "fcsr" },
	{ CSR_CYCLE, "cycle" }, { CSR_TIME, "time" }, { CSR_INSTRET, "instret" },
	{ CSR_CYCLE + CSR_HIGH, "cycleh" }, { CSR_TIME + CSR_HIGH, "timeh" },
	{ CSR_INSTRET + CSR_HIGH, "instreth" },
};

/* Writes the name of csr into buf[size]. */
static void csr_name(unsigned csr, char *buf, size_t size)
{
	for (size_t i = 0; i < sizeof csr_table / sizeof csr_table[0]; i++) {
		if (csr_table[i].num == csr) {
			snprintf(buf, size, "%s", csr_table[i].name);
			return;
		}
	}
	if (csr >= CSR_HPM_FIRST && csr <= CSR_HPM_LAST)
		snprintf(buf, size, "hpmcounter%u", csr - CSR_CYCLE);
	else if (csr >= CSR_HPM_FIRST + CSR_HIGH && csr <= CSR_HPM_LAST + CSR_HIGH)
		snprintf(buf, size, "hpmcounter%uh", csr - CSR_CYCLE - CSR_HIGH);
	else
		snprintf(buf, size, "0x%x", csr);
}

/* A fence's pred or succ set: "iorw" letters, or "unknown" for the empty set (as objdump). */
static void fence_set(unsigned set, char *buf)
{
	static const char letters[] = "iorw"; /* bit 3 .. bit 0 */
	char *p = buf;
	for (unsigned i = 0; i < 4; i++)
		if (set & (8u >> i)) *p++ = letters[i];
	*p = 0;
	if (p == buf) snprintf(buf, 8, "unknown");
}

#define FENCE_SET_BITS 4
#define FENCE_SET_MASK 0xfu
#define FENCE_TSO      0x833 /* fm = 1000, pred = succ = rw */
#define U_FIELD_MASK   0xfffffu
#define U_SHIFT        12

/* Whether the rounding mode rm of op appears in the text. */
static int show_rm(unsigned op, unsigned rm)
{
	if (rm == ISA_RM_DYN) return 0;
	/* binutils 2.40 knows these exact conversions only with rm = rne, and prints them bare */
	if (rm == ISA_RM_RNE &&
	    (op == ISA_OP_FCVT_D_S || op == ISA_OP_FCVT_D_W || op == ISA_OP_FCVT_D_WU))
		return 0;
	return 1;
}

/* A bounded appender: keeps writing as long as there is room, always NUL-terminated. */
struct out { char *buf; size_t size, len; };

__attribute__((format(printf, 2, 3)))
static void put(struct out *o, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	size_t room = o->len < o->size ? o->size - o->len : 0;
	int n = vsnprintf(room ? o->buf + o->len : NULL, room, fmt, ap);
	va_end(ap);
	if (n > 0) o->len += (size_t)n;
}

/* Contract (insn.h): writes at most size bytes, NUL-terminated when size > 0; returns the length
 * of what was written (short of the full text when truncated). */
int isa_disasm(const struct isa_insn *in, char *buf, size_t size)
{
	struct out o = { buf, size, 0 };
	if (size) buf[0] = 0;
	unsigned op = in->op < ISA_OP_COUNT ? in->op : ISA_OP_ILLEGAL;
	const struct isa_op_info *info = &isa_ops[op];

	if (op == ISA_OP_ILLEGAL) {
		put(&o, "%s 0x%" PRIx32, in->len == 2 ? ".2byte" : ".4byte", in->bits);
		goto done;
	}
	if (op == ISA_OP_FENCE && in->imm == FENCE_TSO) {
		put(&o, "fence.tso");
		goto done;
	}

	static const char *const aqrl_suffix[4] = { "", ".rl", ".aq", ".aqrl" };
	const char *suffix = info->fmt == ISA_FMT_AMO || info->fmt == ISA_FMT_LR ? aqrl_suffix[in->rm & 3] : "";
	put(&o, "%s%s", info->name, suffix);
	if (info->fmt != ISA_FMT_NONE) put(&o, " ");

	const char *xd = isa_xreg_name(in->rd), *xs1 = isa_xreg_name(in->rs1), *xs2 = isa_xreg_name(in->rs2);
	const char *fd = isa_freg_name(in->rd), *fs1 = isa_freg_name(in->rs1), *fs2 = isa_freg_name(in->rs2);
	uint64_t target = in->pc + (uint64_t)in->imm;
	char tmp[2][16];

	switch ((enum isa_fmt)info->fmt) {
	case ISA_FMT_NONE:     break;
	case ISA_FMT_R:        put(&o, "%s,%s,%s", xd, xs1, xs2); break;
	case ISA_FMT_R1:       put(&o, "%s,%s", xd, xs1); break;
	case ISA_FMT_I:        put(&o, "%s,%s,%" PRId64, xd, xs1, in->imm); break;
	case ISA_FMT_SHIFT:
	case ISA_FMT_SHIFTW:   put(&o, "%s,%s,0x%" PRIx64, xd, xs1, in->imm); break;
	case ISA_FMT_LOAD:     put(&o, "%s,%" PRId64 "(%s)", xd, in->imm, xs1); break;
	case ISA_FMT_STORE:    put(&o, "%s,%" PRId64 "(%s)", xs2, in->imm, xs1); break;
	case ISA_FMT_B:        put(&o, "%s,%s,%" PRIx64, xs1, xs2, target); break;
	case ISA_FMT_U:        put(&o, "%s,0x%" PRIx64, xd, ((uint64_t)in->imm >> U_SHIFT) & U_FIELD_MASK); break;
	case ISA_FMT_J:        put(&o, "%s,%" PRIx64, xd, target); break;
	case ISA_FMT_FENCE:
		fence_set((unsigned)(in->imm >> FENCE_SET_BITS) & FENCE_SET_MASK, tmp[0]);
		fence_set((unsigned)in->imm & FENCE_SET_MASK, tmp[1]);
		put(&o, "%s,%s", tmp[0], tmp[1]);
		break;
	case ISA_FMT_CSR:
		csr_name((unsigned)in->imm, tmp[0], sizeof tmp[0]);
		put(&o, "%s,%s,%s", xd, tmp[0], xs1);
		break;
	case ISA_FMT_CSRI:
		csr_name((unsigned)in->imm, tmp[0], sizeof tmp[0]);
		put(&o, "%s,%s,%u", xd, tmp[0], in->rs1);
		break;
	case ISA_FMT_AMO:      put(&o, "%s,%s,(%s)", xd, xs2, xs1); break;
	case ISA_FMT_LR:       put(&o, "%s,(%s)", xd, xs1); break;
	case ISA_FMT_FLOAD:    put(&o, "%s,%" PRId64 "(%s)", fd, in->imm, xs1); break;
	case ISA_FMT_FSTORE:   put(&o, "%s,%" PRId64 "(%s)", fs2, in->imm, xs1); break;
	case ISA_FMT_F_R4:     put(&o, "%s,%s,%s,%s", fd, fs1, fs2, isa_freg_name(in->rs3)); break;
	case ISA_FMT_F_FFF_RM:
	case ISA_FMT_F_FFF:    put(&o, "%s,%s,%s", fd, fs1, fs2); break;
	case ISA_FMT_F_FF_RM:  put(&o, "%s,%s", fd, fs1); break;
	case ISA_FMT_X_FF:     put(&o, "%s,%s,%s", xd, fs1, fs2); break;
	case ISA_FMT_X_F:
	case ISA_FMT_X_F_RM:   put(&o, "%s,%s", xd, fs1); break;
	case ISA_FMT_F_X:
	case ISA_FMT_F_X_RM:   put(&o, "%s,%s", fd, xs1); break;
	}
	if ((info->flags & ISA_F_RM) && show_rm(op, in->rm)) put(&o, ",%s", rm_names[in->rm & 7]);
	if (op == ISA_OP_CALL_ROUTINE && in->rs3 < ISA_ROUTINE_COUNT && in->rs3 != ISA_ROUTINE_NONE)
		put(&o, " <%s, run whole>", isa_routines[in->rs3].name);
	if (op == ISA_OP_JAL_FOLLOWED || op == ISA_OP_RET_FOLLOWED) put(&o, " <followed>");
	if (isa_branch_followed(in)) put(&o, " <followed to %" PRIx64 ">", in->pc + (uint64_t)(int64_t)in->imm2);
done:
	return (int)(o.len < size ? o.len : (size ? size - 1 : 0));
}
