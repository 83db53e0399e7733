/* Unit tests for the decoder, the RVC expander and the disassembler (src/isa/).
 *
 * The encodings below were produced by assembling each source line (last column) with
 * riscv64-linux-gnu-as -march=rv64gc_zba_zbb_zbs and reading the words back with objdump; the
 * expected op, registers, rounding mode and immediate are what the operands written in that line
 * mean by the ISA manual, and the expected text is what objdump -d -M no-aliases printed for the
 * 32-bit word (tab after the mnemonic replaced by a space, " <symbol>" dropped).
 *
 *   make BUILD=build-isa build-isa/unit/decode_test && build-isa/unit/decode_test
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "isa/insn.h"
#include "compressed_ref.h"

static int passed, failed;

#define CHECK(cond, ...) do {                                        \
		if (cond) passed++;                                  \
		else { failed++; printf("FAIL: " __VA_ARGS__); printf("\n"); } \
	} while (0)

struct dcase {
	uint64_t pc;
	uint32_t bits;
	unsigned op, rd, rs1, rs2, rs3, rm;
	int64_t imm;
	const char *text;  /* objdump's text, or NULL (compressed forms; see tests/isa/suite.sh) */
	const char *src;   /* the assembler line the encoding came from */
};

/* One row per insn.def row (operands s11/t6/a5/fs3 or their FP twins, immediates with mixed bit
 * patterns), then immediates at their extremes and defaults, then every compressed form. */
static const struct dcase cases[] = {
	{ 0x0, 0xabcdedb7, ISA_OP_LUI, 27, 0, 0, 0, 0, -1412571136LL, "lui s11,0xabcde", "lui s11,0xabcde" },
	{ 0x4, 0xabcded97, ISA_OP_AUIPC, 27, 0, 0, 0, 0, -1412571136LL, "auipc s11,0xabcde", "auipc s11,0xabcde" },
	{ 0x8, 0xaa7aadef, ISA_OP_JAL, 27, 0, 0, 0, 0, -349530LL, "jal s11,fffffffffffaaaae", "jal s11,.-349530" },
	{ 0xc, 0xaaaf8de7, ISA_OP_JALR, 27, 31, 0, 0, 0, -1366LL, "jalr s11,-1366(t6)", "jalr s11,-1366(t6)" },
	{ 0x10, 0xd4ff8b63, ISA_OP_BEQ, 0, 31, 15, 0, 0, -2730LL, "beq t6,a5,fffffffffffff566", "beq t6,a5,.-2730" },
	{ 0x14, 0xd4ff9b63, ISA_OP_BNE, 0, 31, 15, 0, 0, -2730LL, "bne t6,a5,fffffffffffff56a", "bne t6,a5,.-2730" },
	{ 0x18, 0xd4ffcb63, ISA_OP_BLT, 0, 31, 15, 0, 0, -2730LL, "blt t6,a5,fffffffffffff56e", "blt t6,a5,.-2730" },
	{ 0x1c, 0xd4ffdb63, ISA_OP_BGE, 0, 31, 15, 0, 0, -2730LL, "bge t6,a5,fffffffffffff572", "bge t6,a5,.-2730" },
	{ 0x20, 0xd4ffeb63, ISA_OP_BLTU, 0, 31, 15, 0, 0, -2730LL, "bltu t6,a5,fffffffffffff576", "bltu t6,a5,.-2730" },
	{ 0x24, 0xd4fffb63, ISA_OP_BGEU, 0, 31, 15, 0, 0, -2730LL, "bgeu t6,a5,fffffffffffff57a", "bgeu t6,a5,.-2730" },
	{ 0x28, 0xaaaf8d83, ISA_OP_LB, 27, 31, 0, 0, 0, -1366LL, "lb s11,-1366(t6)", "lb s11,-1366(t6)" },
	{ 0x2c, 0xaaaf9d83, ISA_OP_LH, 27, 31, 0, 0, 0, -1366LL, "lh s11,-1366(t6)", "lh s11,-1366(t6)" },
	{ 0x30, 0xaaafad83, ISA_OP_LW, 27, 31, 0, 0, 0, -1366LL, "lw s11,-1366(t6)", "lw s11,-1366(t6)" },
	{ 0x34, 0xaaafbd83, ISA_OP_LD, 27, 31, 0, 0, 0, -1366LL, "ld s11,-1366(t6)", "ld s11,-1366(t6)" },
	{ 0x38, 0xaaafcd83, ISA_OP_LBU, 27, 31, 0, 0, 0, -1366LL, "lbu s11,-1366(t6)", "lbu s11,-1366(t6)" },
	{ 0x3c, 0xaaafdd83, ISA_OP_LHU, 27, 31, 0, 0, 0, -1366LL, "lhu s11,-1366(t6)", "lhu s11,-1366(t6)" },
	{ 0x40, 0xaaafed83, ISA_OP_LWU, 27, 31, 0, 0, 0, -1366LL, "lwu s11,-1366(t6)", "lwu s11,-1366(t6)" },
	{ 0x44, 0xaaff8523, ISA_OP_SB, 0, 31, 15, 0, 0, -1366LL, "sb a5,-1366(t6)", "sb a5,-1366(t6)" },
	{ 0x48, 0xaaff9523, ISA_OP_SH, 0, 31, 15, 0, 0, -1366LL, "sh a5,-1366(t6)", "sh a5,-1366(t6)" },
	{ 0x4c, 0xaaffa523, ISA_OP_SW, 0, 31, 15, 0, 0, -1366LL, "sw a5,-1366(t6)", "sw a5,-1366(t6)" },
	{ 0x50, 0xaaffb523, ISA_OP_SD, 0, 31, 15, 0, 0, -1366LL, "sd a5,-1366(t6)", "sd a5,-1366(t6)" },
	{ 0x54, 0xaaaf8d93, ISA_OP_ADDI, 27, 31, 0, 0, 0, -1366LL, "addi s11,t6,-1366", "addi s11,t6,-1366" },
	{ 0x58, 0xaaafad93, ISA_OP_SLTI, 27, 31, 0, 0, 0, -1366LL, "slti s11,t6,-1366", "slti s11,t6,-1366" },
	{ 0x5c, 0xaaafbd93, ISA_OP_SLTIU, 27, 31, 0, 0, 0, -1366LL, "sltiu s11,t6,-1366", "sltiu s11,t6,-1366" },
	{ 0x60, 0xaaafcd93, ISA_OP_XORI, 27, 31, 0, 0, 0, -1366LL, "xori s11,t6,-1366", "xori s11,t6,-1366" },
	{ 0x64, 0xaaafed93, ISA_OP_ORI, 27, 31, 0, 0, 0, -1366LL, "ori s11,t6,-1366", "ori s11,t6,-1366" },
	{ 0x68, 0xaaaffd93, ISA_OP_ANDI, 27, 31, 0, 0, 0, -1366LL, "andi s11,t6,-1366", "andi s11,t6,-1366" },
	{ 0x6c, 0x02df9d93, ISA_OP_SLLI, 27, 31, 0, 0, 0, 45LL, "slli s11,t6,0x2d", "slli s11,t6,45" },
	{ 0x70, 0x02dfdd93, ISA_OP_SRLI, 27, 31, 0, 0, 0, 45LL, "srli s11,t6,0x2d", "srli s11,t6,45" },
	{ 0x74, 0x42dfdd93, ISA_OP_SRAI, 27, 31, 0, 0, 0, 45LL, "srai s11,t6,0x2d", "srai s11,t6,45" },
	{ 0x78, 0x00ff8db3, ISA_OP_ADD, 27, 31, 15, 0, 0, 0LL, "add s11,t6,a5", "add s11,t6,a5" },
	{ 0x7c, 0x40ff8db3, ISA_OP_SUB, 27, 31, 15, 0, 0, 0LL, "sub s11,t6,a5", "sub s11,t6,a5" },
	{ 0x80, 0x00ff9db3, ISA_OP_SLL, 27, 31, 15, 0, 0, 0LL, "sll s11,t6,a5", "sll s11,t6,a5" },
	{ 0x84, 0x00ffadb3, ISA_OP_SLT, 27, 31, 15, 0, 0, 0LL, "slt s11,t6,a5", "slt s11,t6,a5" },
	{ 0x88, 0x00ffbdb3, ISA_OP_SLTU, 27, 31, 15, 0, 0, 0LL, "sltu s11,t6,a5", "sltu s11,t6,a5" },
	{ 0x8c, 0x00ffcdb3, ISA_OP_XOR, 27, 31, 15, 0, 0, 0LL, "xor s11,t6,a5", "xor s11,t6,a5" },
	{ 0x90, 0x00ffddb3, ISA_OP_SRL, 27, 31, 15, 0, 0, 0LL, "srl s11,t6,a5", "srl s11,t6,a5" },
	{ 0x94, 0x40ffddb3, ISA_OP_SRA, 27, 31, 15, 0, 0, 0LL, "sra s11,t6,a5", "sra s11,t6,a5" },
	{ 0x98, 0x00ffedb3, ISA_OP_OR, 27, 31, 15, 0, 0, 0LL, "or s11,t6,a5", "or s11,t6,a5" },
	{ 0x9c, 0x00fffdb3, ISA_OP_AND, 27, 31, 15, 0, 0, 0LL, "and s11,t6,a5", "and s11,t6,a5" },
	{ 0xa0, 0xaaaf8d9b, ISA_OP_ADDIW, 27, 31, 0, 0, 0, -1366LL, "addiw s11,t6,-1366", "addiw s11,t6,-1366" },
	{ 0xa4, 0x01df9d9b, ISA_OP_SLLIW, 27, 31, 0, 0, 0, 29LL, "slliw s11,t6,0x1d", "slliw s11,t6,29" },
	{ 0xa8, 0x01dfdd9b, ISA_OP_SRLIW, 27, 31, 0, 0, 0, 29LL, "srliw s11,t6,0x1d", "srliw s11,t6,29" },
	{ 0xac, 0x41dfdd9b, ISA_OP_SRAIW, 27, 31, 0, 0, 0, 29LL, "sraiw s11,t6,0x1d", "sraiw s11,t6,29" },
	{ 0xb0, 0x00ff8dbb, ISA_OP_ADDW, 27, 31, 15, 0, 0, 0LL, "addw s11,t6,a5", "addw s11,t6,a5" },
	{ 0xb4, 0x40ff8dbb, ISA_OP_SUBW, 27, 31, 15, 0, 0, 0LL, "subw s11,t6,a5", "subw s11,t6,a5" },
	{ 0xb8, 0x00ff9dbb, ISA_OP_SLLW, 27, 31, 15, 0, 0, 0LL, "sllw s11,t6,a5", "sllw s11,t6,a5" },
	{ 0xbc, 0x00ffddbb, ISA_OP_SRLW, 27, 31, 15, 0, 0, 0LL, "srlw s11,t6,a5", "srlw s11,t6,a5" },
	{ 0xc0, 0x40ffddbb, ISA_OP_SRAW, 27, 31, 15, 0, 0, 0LL, "sraw s11,t6,a5", "sraw s11,t6,a5" },
	{ 0xc4, 0x0f50000f, ISA_OP_FENCE, 0, 0, 0, 0, 0, 245LL, "fence iorw,ow", "fence iorw,ow" },
	{ 0xc8, 0x00000073, ISA_OP_ECALL, 0, 0, 0, 0, 0, 0LL, "ecall", "ecall" },
	{ 0xcc, 0x00100073, ISA_OP_EBREAK, 0, 0, 0, 0, 0, 0LL, "ebreak", "ebreak" },
	{ 0xd0, 0x0000100f, ISA_OP_FENCE_I, 0, 0, 0, 0, 0, 0LL, "fence.i", "fence.i" },
	{ 0xd4, 0x7c5f9df3, ISA_OP_CSRRW, 27, 31, 0, 0, 0, 1989LL, "csrrw s11,0x7c5,t6", "csrrw s11,0x7c5,t6" },
	{ 0xd8, 0x7c5fadf3, ISA_OP_CSRRS, 27, 31, 0, 0, 0, 1989LL, "csrrs s11,0x7c5,t6", "csrrs s11,0x7c5,t6" },
	{ 0xdc, 0x7c5fbdf3, ISA_OP_CSRRC, 27, 31, 0, 0, 0, 1989LL, "csrrc s11,0x7c5,t6", "csrrc s11,0x7c5,t6" },
	{ 0xe0, 0x7c5addf3, ISA_OP_CSRRWI, 27, 21, 0, 0, 0, 1989LL, "csrrwi s11,0x7c5,21", "csrrwi s11,0x7c5,21" },
	{ 0xe4, 0x7c5aedf3, ISA_OP_CSRRSI, 27, 21, 0, 0, 0, 1989LL, "csrrsi s11,0x7c5,21", "csrrsi s11,0x7c5,21" },
	{ 0xe8, 0x7c5afdf3, ISA_OP_CSRRCI, 27, 21, 0, 0, 0, 1989LL, "csrrci s11,0x7c5,21", "csrrci s11,0x7c5,21" },
	{ 0xec, 0x02ff8db3, ISA_OP_MUL, 27, 31, 15, 0, 0, 0LL, "mul s11,t6,a5", "mul s11,t6,a5" },
	{ 0xf0, 0x02ff9db3, ISA_OP_MULH, 27, 31, 15, 0, 0, 0LL, "mulh s11,t6,a5", "mulh s11,t6,a5" },
	{ 0xf4, 0x02ffadb3, ISA_OP_MULHSU, 27, 31, 15, 0, 0, 0LL, "mulhsu s11,t6,a5", "mulhsu s11,t6,a5" },
	{ 0xf8, 0x02ffbdb3, ISA_OP_MULHU, 27, 31, 15, 0, 0, 0LL, "mulhu s11,t6,a5", "mulhu s11,t6,a5" },
	{ 0xfc, 0x02ffcdb3, ISA_OP_DIV, 27, 31, 15, 0, 0, 0LL, "div s11,t6,a5", "div s11,t6,a5" },
	{ 0x100, 0x02ffddb3, ISA_OP_DIVU, 27, 31, 15, 0, 0, 0LL, "divu s11,t6,a5", "divu s11,t6,a5" },
	{ 0x104, 0x02ffedb3, ISA_OP_REM, 27, 31, 15, 0, 0, 0LL, "rem s11,t6,a5", "rem s11,t6,a5" },
	{ 0x108, 0x02fffdb3, ISA_OP_REMU, 27, 31, 15, 0, 0, 0LL, "remu s11,t6,a5", "remu s11,t6,a5" },
	{ 0x10c, 0x02ff8dbb, ISA_OP_MULW, 27, 31, 15, 0, 0, 0LL, "mulw s11,t6,a5", "mulw s11,t6,a5" },
	{ 0x110, 0x02ffcdbb, ISA_OP_DIVW, 27, 31, 15, 0, 0, 0LL, "divw s11,t6,a5", "divw s11,t6,a5" },
	{ 0x114, 0x02ffddbb, ISA_OP_DIVUW, 27, 31, 15, 0, 0, 0LL, "divuw s11,t6,a5", "divuw s11,t6,a5" },
	{ 0x118, 0x02ffedbb, ISA_OP_REMW, 27, 31, 15, 0, 0, 0LL, "remw s11,t6,a5", "remw s11,t6,a5" },
	{ 0x11c, 0x02fffdbb, ISA_OP_REMUW, 27, 31, 15, 0, 0, 0LL, "remuw s11,t6,a5", "remuw s11,t6,a5" },
	{ 0x120, 0x120fadaf, ISA_OP_LR_W, 27, 31, 0, 0, 1, 0LL, "lr.w.rl s11,(t6)", "lr.w.rl s11,(t6)" },
	{ 0x124, 0x1cffadaf, ISA_OP_SC_W, 27, 31, 15, 0, 2, 0LL, "sc.w.aq s11,a5,(t6)", "sc.w.aq s11,a5,(t6)" },
	{ 0x128, 0x0cffadaf, ISA_OP_AMOSWAP_W, 27, 31, 15, 0, 2, 0LL, "amoswap.w.aq s11,a5,(t6)", "amoswap.w.aq s11,a5,(t6)" },
	{ 0x12c, 0x04ffadaf, ISA_OP_AMOADD_W, 27, 31, 15, 0, 2, 0LL, "amoadd.w.aq s11,a5,(t6)", "amoadd.w.aq s11,a5,(t6)" },
	{ 0x130, 0x24ffadaf, ISA_OP_AMOXOR_W, 27, 31, 15, 0, 2, 0LL, "amoxor.w.aq s11,a5,(t6)", "amoxor.w.aq s11,a5,(t6)" },
	{ 0x134, 0x64ffadaf, ISA_OP_AMOAND_W, 27, 31, 15, 0, 2, 0LL, "amoand.w.aq s11,a5,(t6)", "amoand.w.aq s11,a5,(t6)" },
	{ 0x138, 0x44ffadaf, ISA_OP_AMOOR_W, 27, 31, 15, 0, 2, 0LL, "amoor.w.aq s11,a5,(t6)", "amoor.w.aq s11,a5,(t6)" },
	{ 0x13c, 0x84ffadaf, ISA_OP_AMOMIN_W, 27, 31, 15, 0, 2, 0LL, "amomin.w.aq s11,a5,(t6)", "amomin.w.aq s11,a5,(t6)" },
	{ 0x140, 0xa4ffadaf, ISA_OP_AMOMAX_W, 27, 31, 15, 0, 2, 0LL, "amomax.w.aq s11,a5,(t6)", "amomax.w.aq s11,a5,(t6)" },
	{ 0x144, 0xc4ffadaf, ISA_OP_AMOMINU_W, 27, 31, 15, 0, 2, 0LL, "amominu.w.aq s11,a5,(t6)", "amominu.w.aq s11,a5,(t6)" },
	{ 0x148, 0xe4ffadaf, ISA_OP_AMOMAXU_W, 27, 31, 15, 0, 2, 0LL, "amomaxu.w.aq s11,a5,(t6)", "amomaxu.w.aq s11,a5,(t6)" },
	{ 0x14c, 0x120fbdaf, ISA_OP_LR_D, 27, 31, 0, 0, 1, 0LL, "lr.d.rl s11,(t6)", "lr.d.rl s11,(t6)" },
	{ 0x150, 0x1cffbdaf, ISA_OP_SC_D, 27, 31, 15, 0, 2, 0LL, "sc.d.aq s11,a5,(t6)", "sc.d.aq s11,a5,(t6)" },
	{ 0x154, 0x0cffbdaf, ISA_OP_AMOSWAP_D, 27, 31, 15, 0, 2, 0LL, "amoswap.d.aq s11,a5,(t6)", "amoswap.d.aq s11,a5,(t6)" },
	{ 0x158, 0x04ffbdaf, ISA_OP_AMOADD_D, 27, 31, 15, 0, 2, 0LL, "amoadd.d.aq s11,a5,(t6)", "amoadd.d.aq s11,a5,(t6)" },
	{ 0x15c, 0x24ffbdaf, ISA_OP_AMOXOR_D, 27, 31, 15, 0, 2, 0LL, "amoxor.d.aq s11,a5,(t6)", "amoxor.d.aq s11,a5,(t6)" },
	{ 0x160, 0x64ffbdaf, ISA_OP_AMOAND_D, 27, 31, 15, 0, 2, 0LL, "amoand.d.aq s11,a5,(t6)", "amoand.d.aq s11,a5,(t6)" },
	{ 0x164, 0x44ffbdaf, ISA_OP_AMOOR_D, 27, 31, 15, 0, 2, 0LL, "amoor.d.aq s11,a5,(t6)", "amoor.d.aq s11,a5,(t6)" },
	{ 0x168, 0x84ffbdaf, ISA_OP_AMOMIN_D, 27, 31, 15, 0, 2, 0LL, "amomin.d.aq s11,a5,(t6)", "amomin.d.aq s11,a5,(t6)" },
	{ 0x16c, 0xa4ffbdaf, ISA_OP_AMOMAX_D, 27, 31, 15, 0, 2, 0LL, "amomax.d.aq s11,a5,(t6)", "amomax.d.aq s11,a5,(t6)" },
	{ 0x170, 0xc4ffbdaf, ISA_OP_AMOMINU_D, 27, 31, 15, 0, 2, 0LL, "amominu.d.aq s11,a5,(t6)", "amominu.d.aq s11,a5,(t6)" },
	{ 0x174, 0xe4ffbdaf, ISA_OP_AMOMAXU_D, 27, 31, 15, 0, 2, 0LL, "amomaxu.d.aq s11,a5,(t6)", "amomaxu.d.aq s11,a5,(t6)" },
	{ 0x178, 0xaaafad87, ISA_OP_FLW, 27, 31, 0, 0, 0, -1366LL, "flw fs11,-1366(t6)", "flw fs11,-1366(t6)" },
	{ 0x17c, 0xaaafbd87, ISA_OP_FLD, 27, 31, 0, 0, 0, -1366LL, "fld fs11,-1366(t6)", "fld fs11,-1366(t6)" },
	{ 0x180, 0xaaffa527, ISA_OP_FSW, 0, 31, 15, 0, 0, -1366LL, "fsw fa5,-1366(t6)", "fsw fa5,-1366(t6)" },
	{ 0x184, 0xaaffb527, ISA_OP_FSD, 0, 31, 15, 0, 0, -1366LL, "fsd fa5,-1366(t6)", "fsd fa5,-1366(t6)" },
	{ 0x188, 0x98ffbdc3, ISA_OP_FMADD_S, 27, 31, 15, 19, 3, 0LL, "fmadd.s fs11,ft11,fa5,fs3,rup", "fmadd.s fs11,ft11,fa5,fs3,rup" },
	{ 0x18c, 0x98ffbdc7, ISA_OP_FMSUB_S, 27, 31, 15, 19, 3, 0LL, "fmsub.s fs11,ft11,fa5,fs3,rup", "fmsub.s fs11,ft11,fa5,fs3,rup" },
	{ 0x190, 0x98ffbdcb, ISA_OP_FNMSUB_S, 27, 31, 15, 19, 3, 0LL, "fnmsub.s fs11,ft11,fa5,fs3,rup", "fnmsub.s fs11,ft11,fa5,fs3,rup" },
	{ 0x194, 0x98ffbdcf, ISA_OP_FNMADD_S, 27, 31, 15, 19, 3, 0LL, "fnmadd.s fs11,ft11,fa5,fs3,rup", "fnmadd.s fs11,ft11,fa5,fs3,rup" },
	{ 0x198, 0x9affbdc3, ISA_OP_FMADD_D, 27, 31, 15, 19, 3, 0LL, "fmadd.d fs11,ft11,fa5,fs3,rup", "fmadd.d fs11,ft11,fa5,fs3,rup" },
	{ 0x19c, 0x9affbdc7, ISA_OP_FMSUB_D, 27, 31, 15, 19, 3, 0LL, "fmsub.d fs11,ft11,fa5,fs3,rup", "fmsub.d fs11,ft11,fa5,fs3,rup" },
	{ 0x1a0, 0x9affbdcb, ISA_OP_FNMSUB_D, 27, 31, 15, 19, 3, 0LL, "fnmsub.d fs11,ft11,fa5,fs3,rup", "fnmsub.d fs11,ft11,fa5,fs3,rup" },
	{ 0x1a4, 0x9affbdcf, ISA_OP_FNMADD_D, 27, 31, 15, 19, 3, 0LL, "fnmadd.d fs11,ft11,fa5,fs3,rup", "fnmadd.d fs11,ft11,fa5,fs3,rup" },
	{ 0x1a8, 0x00ffadd3, ISA_OP_FADD_S, 27, 31, 15, 0, 2, 0LL, "fadd.s fs11,ft11,fa5,rdn", "fadd.s fs11,ft11,fa5,rdn" },
	{ 0x1ac, 0x08ffadd3, ISA_OP_FSUB_S, 27, 31, 15, 0, 2, 0LL, "fsub.s fs11,ft11,fa5,rdn", "fsub.s fs11,ft11,fa5,rdn" },
	{ 0x1b0, 0x10ffadd3, ISA_OP_FMUL_S, 27, 31, 15, 0, 2, 0LL, "fmul.s fs11,ft11,fa5,rdn", "fmul.s fs11,ft11,fa5,rdn" },
	{ 0x1b4, 0x18ffadd3, ISA_OP_FDIV_S, 27, 31, 15, 0, 2, 0LL, "fdiv.s fs11,ft11,fa5,rdn", "fdiv.s fs11,ft11,fa5,rdn" },
	{ 0x1b8, 0x580fcdd3, ISA_OP_FSQRT_S, 27, 31, 0, 0, 4, 0LL, "fsqrt.s fs11,ft11,rmm", "fsqrt.s fs11,ft11,rmm" },
	{ 0x1bc, 0x20ff8dd3, ISA_OP_FSGNJ_S, 27, 31, 15, 0, 0, 0LL, "fsgnj.s fs11,ft11,fa5", "fsgnj.s fs11,ft11,fa5" },
	{ 0x1c0, 0x20ff9dd3, ISA_OP_FSGNJN_S, 27, 31, 15, 0, 0, 0LL, "fsgnjn.s fs11,ft11,fa5", "fsgnjn.s fs11,ft11,fa5" },
	{ 0x1c4, 0x20ffadd3, ISA_OP_FSGNJX_S, 27, 31, 15, 0, 0, 0LL, "fsgnjx.s fs11,ft11,fa5", "fsgnjx.s fs11,ft11,fa5" },
	{ 0x1c8, 0x28ff8dd3, ISA_OP_FMIN_S, 27, 31, 15, 0, 0, 0LL, "fmin.s fs11,ft11,fa5", "fmin.s fs11,ft11,fa5" },
	{ 0x1cc, 0x28ff9dd3, ISA_OP_FMAX_S, 27, 31, 15, 0, 0, 0LL, "fmax.s fs11,ft11,fa5", "fmax.s fs11,ft11,fa5" },
	{ 0x1d0, 0xc00f9dd3, ISA_OP_FCVT_W_S, 27, 31, 0, 0, 1, 0LL, "fcvt.w.s s11,ft11,rtz", "fcvt.w.s s11,ft11,rtz" },
	{ 0x1d4, 0xc01f9dd3, ISA_OP_FCVT_WU_S, 27, 31, 0, 0, 1, 0LL, "fcvt.wu.s s11,ft11,rtz", "fcvt.wu.s s11,ft11,rtz" },
	{ 0x1d8, 0xc02f9dd3, ISA_OP_FCVT_L_S, 27, 31, 0, 0, 1, 0LL, "fcvt.l.s s11,ft11,rtz", "fcvt.l.s s11,ft11,rtz" },
	{ 0x1dc, 0xc03f9dd3, ISA_OP_FCVT_LU_S, 27, 31, 0, 0, 1, 0LL, "fcvt.lu.s s11,ft11,rtz", "fcvt.lu.s s11,ft11,rtz" },
	{ 0x1e0, 0xe00f8dd3, ISA_OP_FMV_X_W, 27, 31, 0, 0, 0, 0LL, "fmv.x.w s11,ft11", "fmv.x.w s11,ft11" },
	{ 0x1e4, 0xe00f9dd3, ISA_OP_FCLASS_S, 27, 31, 0, 0, 0, 0LL, "fclass.s s11,ft11", "fclass.s s11,ft11" },
	{ 0x1e8, 0xa0ffadd3, ISA_OP_FEQ_S, 27, 31, 15, 0, 0, 0LL, "feq.s s11,ft11,fa5", "feq.s s11,ft11,fa5" },
	{ 0x1ec, 0xa0ff9dd3, ISA_OP_FLT_S, 27, 31, 15, 0, 0, 0LL, "flt.s s11,ft11,fa5", "flt.s s11,ft11,fa5" },
	{ 0x1f0, 0xa0ff8dd3, ISA_OP_FLE_S, 27, 31, 15, 0, 0, 0LL, "fle.s s11,ft11,fa5", "fle.s s11,ft11,fa5" },
	{ 0x1f4, 0xd00fbdd3, ISA_OP_FCVT_S_W, 27, 31, 0, 0, 3, 0LL, "fcvt.s.w fs11,t6,rup", "fcvt.s.w fs11,t6,rup" },
	{ 0x1f8, 0xd01fbdd3, ISA_OP_FCVT_S_WU, 27, 31, 0, 0, 3, 0LL, "fcvt.s.wu fs11,t6,rup", "fcvt.s.wu fs11,t6,rup" },
	{ 0x1fc, 0xd02fbdd3, ISA_OP_FCVT_S_L, 27, 31, 0, 0, 3, 0LL, "fcvt.s.l fs11,t6,rup", "fcvt.s.l fs11,t6,rup" },
	{ 0x200, 0xd03fbdd3, ISA_OP_FCVT_S_LU, 27, 31, 0, 0, 3, 0LL, "fcvt.s.lu fs11,t6,rup", "fcvt.s.lu fs11,t6,rup" },
	{ 0x204, 0xf00f8dd3, ISA_OP_FMV_W_X, 27, 31, 0, 0, 0, 0LL, "fmv.w.x fs11,t6", "fmv.w.x fs11,t6" },
	{ 0x208, 0x02ffadd3, ISA_OP_FADD_D, 27, 31, 15, 0, 2, 0LL, "fadd.d fs11,ft11,fa5,rdn", "fadd.d fs11,ft11,fa5,rdn" },
	{ 0x20c, 0x0affadd3, ISA_OP_FSUB_D, 27, 31, 15, 0, 2, 0LL, "fsub.d fs11,ft11,fa5,rdn", "fsub.d fs11,ft11,fa5,rdn" },
	{ 0x210, 0x12ffadd3, ISA_OP_FMUL_D, 27, 31, 15, 0, 2, 0LL, "fmul.d fs11,ft11,fa5,rdn", "fmul.d fs11,ft11,fa5,rdn" },
	{ 0x214, 0x1affadd3, ISA_OP_FDIV_D, 27, 31, 15, 0, 2, 0LL, "fdiv.d fs11,ft11,fa5,rdn", "fdiv.d fs11,ft11,fa5,rdn" },
	{ 0x218, 0x5a0fcdd3, ISA_OP_FSQRT_D, 27, 31, 0, 0, 4, 0LL, "fsqrt.d fs11,ft11,rmm", "fsqrt.d fs11,ft11,rmm" },
	{ 0x21c, 0x22ff8dd3, ISA_OP_FSGNJ_D, 27, 31, 15, 0, 0, 0LL, "fsgnj.d fs11,ft11,fa5", "fsgnj.d fs11,ft11,fa5" },
	{ 0x220, 0x22ff9dd3, ISA_OP_FSGNJN_D, 27, 31, 15, 0, 0, 0LL, "fsgnjn.d fs11,ft11,fa5", "fsgnjn.d fs11,ft11,fa5" },
	{ 0x224, 0x22ffadd3, ISA_OP_FSGNJX_D, 27, 31, 15, 0, 0, 0LL, "fsgnjx.d fs11,ft11,fa5", "fsgnjx.d fs11,ft11,fa5" },
	{ 0x228, 0x2aff8dd3, ISA_OP_FMIN_D, 27, 31, 15, 0, 0, 0LL, "fmin.d fs11,ft11,fa5", "fmin.d fs11,ft11,fa5" },
	{ 0x22c, 0x2aff9dd3, ISA_OP_FMAX_D, 27, 31, 15, 0, 0, 0LL, "fmax.d fs11,ft11,fa5", "fmax.d fs11,ft11,fa5" },
	{ 0x230, 0x401fcdd3, ISA_OP_FCVT_S_D, 27, 31, 0, 0, 4, 0LL, "fcvt.s.d fs11,ft11,rmm", "fcvt.s.d fs11,ft11,rmm" },
	{ 0x234, 0x420f8dd3, ISA_OP_FCVT_D_S, 27, 31, 0, 0, 0, 0LL, "fcvt.d.s fs11,ft11", "fcvt.d.s fs11,ft11" },
	{ 0x238, 0xa2ffadd3, ISA_OP_FEQ_D, 27, 31, 15, 0, 0, 0LL, "feq.d s11,ft11,fa5", "feq.d s11,ft11,fa5" },
	{ 0x23c, 0xa2ff9dd3, ISA_OP_FLT_D, 27, 31, 15, 0, 0, 0LL, "flt.d s11,ft11,fa5", "flt.d s11,ft11,fa5" },
	{ 0x240, 0xa2ff8dd3, ISA_OP_FLE_D, 27, 31, 15, 0, 0, 0LL, "fle.d s11,ft11,fa5", "fle.d s11,ft11,fa5" },
	{ 0x244, 0xe20f9dd3, ISA_OP_FCLASS_D, 27, 31, 0, 0, 0, 0LL, "fclass.d s11,ft11", "fclass.d s11,ft11" },
	{ 0x248, 0xc20f9dd3, ISA_OP_FCVT_W_D, 27, 31, 0, 0, 1, 0LL, "fcvt.w.d s11,ft11,rtz", "fcvt.w.d s11,ft11,rtz" },
	{ 0x24c, 0xc21f9dd3, ISA_OP_FCVT_WU_D, 27, 31, 0, 0, 1, 0LL, "fcvt.wu.d s11,ft11,rtz", "fcvt.wu.d s11,ft11,rtz" },
	{ 0x250, 0xc22f9dd3, ISA_OP_FCVT_L_D, 27, 31, 0, 0, 1, 0LL, "fcvt.l.d s11,ft11,rtz", "fcvt.l.d s11,ft11,rtz" },
	{ 0x254, 0xc23f9dd3, ISA_OP_FCVT_LU_D, 27, 31, 0, 0, 1, 0LL, "fcvt.lu.d s11,ft11,rtz", "fcvt.lu.d s11,ft11,rtz" },
	{ 0x258, 0xd20f8dd3, ISA_OP_FCVT_D_W, 27, 31, 0, 0, 0, 0LL, "fcvt.d.w fs11,t6", "fcvt.d.w fs11,t6" },
	{ 0x25c, 0xd21f8dd3, ISA_OP_FCVT_D_WU, 27, 31, 0, 0, 0, 0LL, "fcvt.d.wu fs11,t6", "fcvt.d.wu fs11,t6" },
	{ 0x260, 0xd22fbdd3, ISA_OP_FCVT_D_L, 27, 31, 0, 0, 3, 0LL, "fcvt.d.l fs11,t6,rup", "fcvt.d.l fs11,t6,rup" },
	{ 0x264, 0xd23fbdd3, ISA_OP_FCVT_D_LU, 27, 31, 0, 0, 3, 0LL, "fcvt.d.lu fs11,t6,rup", "fcvt.d.lu fs11,t6,rup" },
	{ 0x268, 0xe20f8dd3, ISA_OP_FMV_X_D, 27, 31, 0, 0, 0, 0LL, "fmv.x.d s11,ft11", "fmv.x.d s11,ft11" },
	{ 0x26c, 0xf20f8dd3, ISA_OP_FMV_D_X, 27, 31, 0, 0, 0, 0LL, "fmv.d.x fs11,t6", "fmv.d.x fs11,t6" },
	{ 0x270, 0x20ffadb3, ISA_OP_SH1ADD, 27, 31, 15, 0, 0, 0LL, "sh1add s11,t6,a5", "sh1add s11,t6,a5" },
	{ 0x274, 0x20ffcdb3, ISA_OP_SH2ADD, 27, 31, 15, 0, 0, 0LL, "sh2add s11,t6,a5", "sh2add s11,t6,a5" },
	{ 0x278, 0x20ffedb3, ISA_OP_SH3ADD, 27, 31, 15, 0, 0, 0LL, "sh3add s11,t6,a5", "sh3add s11,t6,a5" },
	{ 0x27c, 0x08ff8dbb, ISA_OP_ADD_UW, 27, 31, 15, 0, 0, 0LL, "add.uw s11,t6,a5", "add.uw s11,t6,a5" },
	{ 0x280, 0x20ffadbb, ISA_OP_SH1ADD_UW, 27, 31, 15, 0, 0, 0LL, "sh1add.uw s11,t6,a5", "sh1add.uw s11,t6,a5" },
	{ 0x284, 0x20ffcdbb, ISA_OP_SH2ADD_UW, 27, 31, 15, 0, 0, 0LL, "sh2add.uw s11,t6,a5", "sh2add.uw s11,t6,a5" },
	{ 0x288, 0x20ffedbb, ISA_OP_SH3ADD_UW, 27, 31, 15, 0, 0, 0LL, "sh3add.uw s11,t6,a5", "sh3add.uw s11,t6,a5" },
	{ 0x28c, 0x0adf9d9b, ISA_OP_SLLI_UW, 27, 31, 0, 0, 0, 45LL, "slli.uw s11,t6,0x2d", "slli.uw s11,t6,45" },
	{ 0x290, 0x40fffdb3, ISA_OP_ANDN, 27, 31, 15, 0, 0, 0LL, "andn s11,t6,a5", "andn s11,t6,a5" },
	{ 0x294, 0x40ffedb3, ISA_OP_ORN, 27, 31, 15, 0, 0, 0LL, "orn s11,t6,a5", "orn s11,t6,a5" },
	{ 0x298, 0x40ffcdb3, ISA_OP_XNOR, 27, 31, 15, 0, 0, 0LL, "xnor s11,t6,a5", "xnor s11,t6,a5" },
	{ 0x29c, 0x600f9d93, ISA_OP_CLZ, 27, 31, 0, 0, 0, 0LL, "clz s11,t6", "clz s11,t6" },
	{ 0x2a0, 0x601f9d93, ISA_OP_CTZ, 27, 31, 0, 0, 0, 0LL, "ctz s11,t6", "ctz s11,t6" },
	{ 0x2a4, 0x602f9d93, ISA_OP_CPOP, 27, 31, 0, 0, 0, 0LL, "cpop s11,t6", "cpop s11,t6" },
	{ 0x2a8, 0x604f9d93, ISA_OP_SEXT_B, 27, 31, 0, 0, 0, 0LL, "sext.b s11,t6", "sext.b s11,t6" },
	{ 0x2ac, 0x605f9d93, ISA_OP_SEXT_H, 27, 31, 0, 0, 0, 0LL, "sext.h s11,t6", "sext.h s11,t6" },
	{ 0x2b0, 0x600f9d9b, ISA_OP_CLZW, 27, 31, 0, 0, 0, 0LL, "clzw s11,t6", "clzw s11,t6" },
	{ 0x2b4, 0x601f9d9b, ISA_OP_CTZW, 27, 31, 0, 0, 0, 0LL, "ctzw s11,t6", "ctzw s11,t6" },
	{ 0x2b8, 0x602f9d9b, ISA_OP_CPOPW, 27, 31, 0, 0, 0, 0LL, "cpopw s11,t6", "cpopw s11,t6" },
	{ 0x2bc, 0x080fcdbb, ISA_OP_ZEXT_H, 27, 31, 0, 0, 0, 0LL, "zext.h s11,t6", "zext.h s11,t6" },
	{ 0x2c0, 0x0affedb3, ISA_OP_MAX, 27, 31, 15, 0, 0, 0LL, "max s11,t6,a5", "max s11,t6,a5" },
	{ 0x2c4, 0x0afffdb3, ISA_OP_MAXU, 27, 31, 15, 0, 0, 0LL, "maxu s11,t6,a5", "maxu s11,t6,a5" },
	{ 0x2c8, 0x0affcdb3, ISA_OP_MIN, 27, 31, 15, 0, 0, 0LL, "min s11,t6,a5", "min s11,t6,a5" },
	{ 0x2cc, 0x0affddb3, ISA_OP_MINU, 27, 31, 15, 0, 0, 0LL, "minu s11,t6,a5", "minu s11,t6,a5" },
	{ 0x2d0, 0x60ff9db3, ISA_OP_ROL, 27, 31, 15, 0, 0, 0LL, "rol s11,t6,a5", "rol s11,t6,a5" },
	{ 0x2d4, 0x60ffddb3, ISA_OP_ROR, 27, 31, 15, 0, 0, 0LL, "ror s11,t6,a5", "ror s11,t6,a5" },
	{ 0x2d8, 0x60ff9dbb, ISA_OP_ROLW, 27, 31, 15, 0, 0, 0LL, "rolw s11,t6,a5", "rolw s11,t6,a5" },
	{ 0x2dc, 0x60ffddbb, ISA_OP_RORW, 27, 31, 15, 0, 0, 0LL, "rorw s11,t6,a5", "rorw s11,t6,a5" },
	{ 0x2e0, 0x62dfdd93, ISA_OP_RORI, 27, 31, 0, 0, 0, 45LL, "rori s11,t6,0x2d", "rori s11,t6,45" },
	{ 0x2e4, 0x61dfdd9b, ISA_OP_RORIW, 27, 31, 0, 0, 0, 29LL, "roriw s11,t6,0x1d", "roriw s11,t6,29" },
	{ 0x2e8, 0x287fdd93, ISA_OP_ORC_B, 27, 31, 0, 0, 0, 0LL, "orc.b s11,t6", "orc.b s11,t6" },
	{ 0x2ec, 0x6b8fdd93, ISA_OP_REV8, 27, 31, 0, 0, 0, 0LL, "rev8 s11,t6", "rev8 s11,t6" },
	{ 0x2f0, 0x48ff9db3, ISA_OP_BCLR, 27, 31, 15, 0, 0, 0LL, "bclr s11,t6,a5", "bclr s11,t6,a5" },
	{ 0x2f4, 0x4adf9d93, ISA_OP_BCLRI, 27, 31, 0, 0, 0, 45LL, "bclri s11,t6,0x2d", "bclri s11,t6,45" },
	{ 0x2f8, 0x48ffddb3, ISA_OP_BEXT, 27, 31, 15, 0, 0, 0LL, "bext s11,t6,a5", "bext s11,t6,a5" },
	{ 0x2fc, 0x4adfdd93, ISA_OP_BEXTI, 27, 31, 0, 0, 0, 45LL, "bexti s11,t6,0x2d", "bexti s11,t6,45" },
	{ 0x300, 0x68ff9db3, ISA_OP_BINV, 27, 31, 15, 0, 0, 0LL, "binv s11,t6,a5", "binv s11,t6,a5" },
	{ 0x304, 0x6adf9d93, ISA_OP_BINVI, 27, 31, 0, 0, 0, 45LL, "binvi s11,t6,0x2d", "binvi s11,t6,45" },
	{ 0x308, 0x28ff9db3, ISA_OP_BSET, 27, 31, 15, 0, 0, 0LL, "bset s11,t6,a5", "bset s11,t6,a5" },
	{ 0x30c, 0x2adf9d93, ISA_OP_BSETI, 27, 31, 0, 0, 0, 45LL, "bseti s11,t6,0x2d", "bseti s11,t6,45" },
	{ 0x310, 0x80058513, ISA_OP_ADDI, 10, 11, 0, 0, 0, -2048LL, "addi a0,a1,-2048", "addi a0,a1,-2048" },
	{ 0x314, 0x7ff58513, ISA_OP_ADDI, 10, 11, 0, 0, 0, 2047LL, "addi a0,a1,2047", "addi a0,a1,2047" },
	{ 0x318, 0x80a5b023, ISA_OP_SD, 0, 11, 10, 0, 0, -2048LL, "sd a0,-2048(a1)", "sd a0,-2048(a1)" },
	{ 0x31c, 0x7ea58fa3, ISA_OP_SB, 0, 11, 10, 0, 0, 2047LL, "sb a0,2047(a1)", "sb a0,2047(a1)" },
	{ 0x320, 0x80b50063, ISA_OP_BEQ, 0, 10, 11, 0, 0, -4096LL, "beq a0,a1,fffffffffffff320", "beq a0,a1,.-4096" },
	{ 0x324, 0x7eb51fe3, ISA_OP_BNE, 0, 10, 11, 0, 0, 4094LL, "bne a0,a1,1322", "bne a0,a1,.+4094" },
	{ 0x328, 0x80000537, ISA_OP_LUI, 10, 0, 0, 0, 0, -2147483648LL, "lui a0,0x80000", "lui a0,0x80000" },
	{ 0x32c, 0x7ffff537, ISA_OP_LUI, 10, 0, 0, 0, 0, 2147479552LL, "lui a0,0x7ffff", "lui a0,0x7ffff" },
	{ 0x330, 0xfffff517, ISA_OP_AUIPC, 10, 0, 0, 0, 0, -4096LL, "auipc a0,0xfffff", "auipc a0,0xfffff" },
	{ 0x334, 0x800000ef, ISA_OP_JAL, 1, 0, 0, 0, 0, -1048576LL, "jal ra,fffffffffff00334", "jal ra,.-1048576" },
	{ 0x338, 0x7ffff06f, ISA_OP_JAL, 0, 0, 0, 0, 0, 1048574LL, "jal zero,100336", "jal zero,.+1048574" },
	{ 0x33c, 0x43f5d513, ISA_OP_SRAI, 10, 11, 0, 0, 0, 63LL, "srai a0,a1,0x3f", "srai a0,a1,63" },
	{ 0x340, 0x00059513, ISA_OP_SLLI, 10, 11, 0, 0, 0, 0LL, "slli a0,a1,0x0", "slli a0,a1,0" },
	{ 0x344, 0x41f5d51b, ISA_OP_SRAIW, 10, 11, 0, 0, 0, 31LL, "sraiw a0,a1,0x1f", "sraiw a0,a1,31" },
	{ 0x348, 0xfff02573, ISA_OP_CSRRS, 10, 0, 0, 0, 0, 4095LL, "csrrs a0,0xfff,zero", "csrrs a0,0xfff,zero" },
	{ 0x34c, 0x001ff573, ISA_OP_CSRRCI, 10, 31, 0, 0, 0, 1LL, "csrrci a0,fflags,31", "csrrci a0,fflags,31" },
	{ 0x350, 0x02c5f553, ISA_OP_FADD_D, 10, 11, 12, 0, 7, 0LL, "fadd.d fa0,fa1,fa2", "fadd.d fa0,fa1,fa2" },
	{ 0x354, 0x6ac5f543, ISA_OP_FMADD_D, 10, 11, 12, 13, 7, 0LL, "fmadd.d fa0,fa1,fa2,fa3", "fmadd.d fa0,fa1,fa2,fa3" },
	{ 0x358, 0x0eb6352f, ISA_OP_AMOSWAP_D, 10, 12, 11, 0, 3, 0LL, "amoswap.d.aqrl a0,a1,(a2)", "amoswap.d.aqrl a0,a1,(a2)" },
	{ 0x35c, 0x18b6252f, ISA_OP_SC_W, 10, 12, 11, 0, 0, 0LL, "sc.w a0,a1,(a2)", "sc.w a0,a1,(a2)" },
	{ 0x360, 0x8330000f, ISA_OP_FENCE, 0, 0, 0, 0, 0, 2099LL, "fence.tso", "fence.tso" },
	{ 0x364, 0x0330000f, ISA_OP_FENCE, 0, 0, 0, 0, 0, 51LL, "fence rw,rw", "fence rw,rw" },
	{ 0x368, 0x00008067, ISA_OP_JALR, 0, 1, 0, 0, 0, 0LL, "jalr zero,0(ra)", "jalr zero,0(ra)" },
	{ 0x36c, 0x7e013fa7, ISA_OP_FSD, 0, 2, 0, 0, 0, 2047LL, "fsd ft0,2047(sp)", "fsd ft0,2047(sp)" },
	{ 0x370, 0x00001fe8, ISA_OP_ADDI, 10, 2, 0, 0, 0, 1020LL, NULL  /* objdump: c.addi4spn a0,sp,1020 */, "c.addi4spn a0,sp,1020" },
	{ 0x372, 0x00000040, ISA_OP_ADDI, 8, 2, 0, 0, 0, 4LL, NULL  /* objdump: c.addi4spn s0,sp,4 */, "c.addi4spn s0,sp,4" },
	{ 0x374, 0x00003ffc, ISA_OP_FLD, 15, 15, 0, 0, 0, 248LL, NULL  /* objdump: c.fld fa5,248(a5) */, "c.fld fa5,248(a5)" },
	{ 0x376, 0x00005fe0, ISA_OP_LW, 8, 15, 0, 0, 0, 124LL, NULL  /* objdump: c.lw s0,124(a5) */, "c.lw s0,124(a5)" },
	{ 0x378, 0x000040c8, ISA_OP_LW, 10, 9, 0, 0, 0, 4LL, NULL  /* objdump: c.lw a0,4(s1) */, "c.lw a0,4(s1)" },
	{ 0x37a, 0x00007fe8, ISA_OP_LD, 10, 15, 0, 0, 0, 248LL, NULL  /* objdump: c.ld a0,248(a5) */, "c.ld a0,248(a5)" },
	{ 0x37c, 0x0000bfe4, ISA_OP_FSD, 0, 15, 9, 0, 0, 248LL, NULL  /* objdump: c.fsd fs1,248(a5) */, "c.fsd fs1,248(a5)" },
	{ 0x37e, 0x0000dc7c, ISA_OP_SW, 0, 8, 15, 0, 0, 124LL, NULL  /* objdump: c.sw a5,124(s0) */, "c.sw a5,124(s0)" },
	{ 0x380, 0x0000e504, ISA_OP_SD, 0, 10, 9, 0, 0, 8LL, NULL  /* objdump: c.sd s1,8(a0) */, "c.sd s1,8(a0)" },
	{ 0x382, 0x00000001, ISA_OP_ADDI, 0, 0, 0, 0, 0, 0LL, NULL  /* objdump: c.addi zero,0 */, "c.nop" },
	{ 0x384, 0x00001501, ISA_OP_ADDI, 10, 10, 0, 0, 0, -32LL, NULL  /* objdump: c.addi a0,-32 */, "c.addi a0,-32" },
	{ 0x386, 0x00000dfd, ISA_OP_ADDI, 27, 27, 0, 0, 0, 31LL, NULL  /* objdump: c.addi s11,31 */, "c.addi s11,31" },
	{ 0x388, 0x0000357d, ISA_OP_ADDIW, 10, 10, 0, 0, 0, -1LL, NULL  /* objdump: c.addiw a0,-1 */, "c.addiw a0,-1" },
	{ 0x38a, 0x00002d81, ISA_OP_ADDIW, 27, 27, 0, 0, 0, 0LL, NULL  /* objdump: c.addiw s11,0 */, "c.addiw s11,0" },
	{ 0x38c, 0x00005501, ISA_OP_ADDI, 10, 0, 0, 0, 0, -32LL, NULL  /* objdump: c.li a0,-32 */, "c.li a0,-32" },
	{ 0x38e, 0x00004ffd, ISA_OP_ADDI, 31, 0, 0, 0, 0, 31LL, NULL  /* objdump: c.li t6,31 */, "c.li t6,31" },
	{ 0x390, 0x00007101, ISA_OP_ADDI, 2, 2, 0, 0, 0, -512LL, NULL  /* objdump: c.addi16sp sp,-512 */, "c.addi16sp sp,-512" },
	{ 0x392, 0x0000617d, ISA_OP_ADDI, 2, 2, 0, 0, 0, 496LL, NULL  /* objdump: c.addi16sp sp,496 */, "c.addi16sp sp,496" },
	{ 0x394, 0x00006141, ISA_OP_ADDI, 2, 2, 0, 0, 0, 16LL, NULL  /* objdump: c.addi16sp sp,16 */, "c.addi16sp sp,16" },
	{ 0x396, 0x00006505, ISA_OP_LUI, 10, 0, 0, 0, 0, 4096LL, NULL  /* objdump: c.lui a0,0x1 */, "c.lui a0,1" },
	{ 0x398, 0x00007dfd, ISA_OP_LUI, 27, 0, 0, 0, 0, -4096LL, NULL  /* objdump: c.lui s11,0xfffff */, "c.lui s11,0xfffff" },
	{ 0x39a, 0x00007281, ISA_OP_LUI, 5, 0, 0, 0, 0, -131072LL, NULL  /* objdump: c.lui t0,0xfffe0 */, "c.lui t0,0xfffe0" },
	{ 0x39c, 0x000060fd, ISA_OP_LUI, 1, 0, 0, 0, 0, 126976LL, NULL  /* objdump: c.lui ra,0x1f */, "c.lui ra,0x1f" },
	{ 0x39e, 0x00008005, ISA_OP_SRLI, 8, 8, 0, 0, 0, 1LL, NULL  /* objdump: c.srli s0,0x1 */, "c.srli s0,1" },
	{ 0x3a0, 0x000093fd, ISA_OP_SRLI, 15, 15, 0, 0, 0, 63LL, NULL  /* objdump: c.srli a5,0x3f */, "c.srli a5,63" },
	{ 0x3a2, 0x00009501, ISA_OP_SRAI, 10, 10, 0, 0, 0, 32LL, NULL  /* objdump: c.srai a0,0x20 */, "c.srai a0,32" },
	{ 0x3a4, 0x00009901, ISA_OP_ANDI, 10, 10, 0, 0, 0, -32LL, NULL  /* objdump: c.andi a0,-32 */, "c.andi a0,-32" },
	{ 0x3a6, 0x000088fd, ISA_OP_ANDI, 9, 9, 0, 0, 0, 31LL, NULL  /* objdump: c.andi s1,31 */, "c.andi s1,31" },
	{ 0x3a8, 0x00008c1d, ISA_OP_SUB, 8, 8, 15, 0, 0, 0LL, NULL  /* objdump: c.sub s0,a5 */, "c.sub s0,a5" },
	{ 0x3aa, 0x00008fa1, ISA_OP_XOR, 15, 15, 8, 0, 0, 0LL, NULL  /* objdump: c.xor a5,s0 */, "c.xor a5,s0" },
	{ 0x3ac, 0x00008d4d, ISA_OP_OR, 10, 10, 11, 0, 0, 0LL, NULL  /* objdump: c.or a0,a1 */, "c.or a0,a1" },
	{ 0x3ae, 0x00008cf1, ISA_OP_AND, 9, 9, 12, 0, 0, 0LL, NULL  /* objdump: c.and s1,a2 */, "c.and s1,a2" },
	{ 0x3b0, 0x00009e99, ISA_OP_SUBW, 13, 13, 14, 0, 0, 0LL, NULL  /* objdump: c.subw a3,a4 */, "c.subw a3,a4" },
	{ 0x3b2, 0x00009fa5, ISA_OP_ADDW, 15, 15, 9, 0, 0, 0LL, NULL  /* objdump: c.addw a5,s1 */, "c.addw a5,s1" },
	{ 0x3b4, 0x0000b001, ISA_OP_JAL, 0, 0, 0, 0, 0, -2048LL, NULL  /* objdump: c.j fffffffffffffbb4 */, "c.j .-2048" },
	{ 0x3b6, 0x0000affd, ISA_OP_JAL, 0, 0, 0, 0, 0, 2046LL, NULL  /* objdump: c.j bb4 */, "c.j .+2046" },
	{ 0x3b8, 0x0000bffd, ISA_OP_JAL, 0, 0, 0, 0, 0, -2LL, NULL  /* objdump: c.j 3b6 */, "c.j .-2" },
	{ 0x3ba, 0x0000ab91, ISA_OP_JAL, 0, 0, 0, 0, 0, 1364LL, NULL  /* objdump: c.j 90e */, "c.j .+1364" },
	{ 0x3bc, 0x0000d001, ISA_OP_BEQ, 0, 8, 0, 0, 0, -256LL, NULL  /* objdump: c.beqz s0,2bc */, "c.beqz s0,.-256" },
	{ 0x3be, 0x0000cffd, ISA_OP_BEQ, 0, 15, 0, 0, 0, 254LL, NULL  /* objdump: c.beqz a5,4bc */, "c.beqz a5,.+254" },
	{ 0x3c0, 0x0000fd7d, ISA_OP_BNE, 0, 10, 0, 0, 0, -2LL, NULL  /* objdump: c.bnez a0,3be */, "c.bnez a0,.-2" },
	{ 0x3c2, 0x0000e4cd, ISA_OP_BNE, 0, 9, 0, 0, 0, 170LL, NULL  /* objdump: c.bnez s1,46c */, "c.bnez s1,.+170" },
	{ 0x3c4, 0x0000157e, ISA_OP_SLLI, 10, 10, 0, 0, 0, 63LL, NULL  /* objdump: c.slli a0,0x3f */, "c.slli a0,63" },
	{ 0x3c6, 0x00000d86, ISA_OP_SLLI, 27, 27, 0, 0, 0, 1LL, NULL  /* objdump: c.slli s11,0x1 */, "c.slli s11,1" },
	{ 0x3c8, 0x00003dfe, ISA_OP_FLD, 27, 2, 0, 0, 0, 504LL, NULL  /* objdump: c.fldsp fs11,504(sp) */, "c.fldsp fs11,504(sp)" },
	{ 0x3ca, 0x00002002, ISA_OP_FLD, 0, 2, 0, 0, 0, 0LL, NULL  /* objdump: c.fldsp ft0,0(sp) */, "c.fldsp ft0,0(sp)" },
	{ 0x3cc, 0x0000557e, ISA_OP_LW, 10, 2, 0, 0, 0, 252LL, NULL  /* objdump: c.lwsp a0,252(sp) */, "c.lwsp a0,252(sp)" },
	{ 0x3ce, 0x00004f92, ISA_OP_LW, 31, 2, 0, 0, 0, 4LL, NULL  /* objdump: c.lwsp t6,4(sp) */, "c.lwsp t6,4(sp)" },
	{ 0x3d0, 0x00007ffe, ISA_OP_LD, 31, 2, 0, 0, 0, 504LL, NULL  /* objdump: c.ldsp t6,504(sp) */, "c.ldsp t6,504(sp)" },
	{ 0x3d2, 0x000060a2, ISA_OP_LD, 1, 2, 0, 0, 0, 8LL, NULL  /* objdump: c.ldsp ra,8(sp) */, "c.ldsp ra,8(sp)" },
	{ 0x3d4, 0x00008502, ISA_OP_JALR, 0, 10, 0, 0, 0, 0LL, NULL  /* objdump: c.jr a0 */, "c.jr a0" },
	{ 0x3d6, 0x0000857e, ISA_OP_ADD, 10, 0, 31, 0, 0, 0LL, NULL  /* objdump: c.mv a0,t6 */, "c.mv a0,t6" },
	{ 0x3d8, 0x00009002, ISA_OP_EBREAK, 0, 0, 0, 0, 0, 0LL, NULL  /* objdump: c.ebreak */, "c.ebreak" },
	{ 0x3da, 0x00009f82, ISA_OP_JALR, 1, 31, 0, 0, 0, 0LL, NULL  /* objdump: c.jalr t6 */, "c.jalr t6" },
	{ 0x3dc, 0x00009daa, ISA_OP_ADD, 27, 27, 10, 0, 0, 0LL, NULL  /* objdump: c.add s11,a0 */, "c.add s11,a0" },
	{ 0x3de, 0x0000bfee, ISA_OP_FSD, 0, 2, 27, 0, 0, 504LL, NULL  /* objdump: c.fsdsp fs11,504(sp) */, "c.fsdsp fs11,504(sp)" },
	{ 0x3e0, 0x0000dfaa, ISA_OP_SW, 0, 2, 10, 0, 0, 252LL, NULL  /* objdump: c.swsp a0,252(sp) */, "c.swsp a0,252(sp)" },
	{ 0x3e2, 0x0000fffe, ISA_OP_SD, 0, 2, 31, 0, 0, 504LL, NULL  /* objdump: c.sdsp t6,504(sp) */, "c.sdsp t6,504(sp)" },
	{ 0x3e4, 0x0000e406, ISA_OP_SD, 0, 2, 1, 0, 0, 8LL, NULL  /* objdump: c.sdsp ra,8(sp) */, "c.sdsp ra,8(sp)" },
};

static void test_cases(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct dcase *c = &cases[i];
		struct isa_insn in;
		unsigned len = isa_decode(&in, c->pc, c->bits);
		unsigned want_len = (c->bits & 3) == 3 ? 4 : 2;
		int ok = len == want_len && in.len == want_len && in.op == c->op && in.rd == c->rd &&
		         in.rs1 == c->rs1 && in.rs2 == c->rs2 && in.rs3 == c->rs3 && in.rm == c->rm &&
		         in.imm == c->imm && in.pc == c->pc && in.bits == c->bits && in.handler == NULL;
		CHECK(ok, "%s (%08" PRIx32 "): got op %s rd %u rs1 %u rs2 %u rs3 %u rm %u imm %" PRId64
		      " len %u; want op %s rd %u rs1 %u rs2 %u rs3 %u rm %u imm %" PRId64 " len %u",
		      c->src, c->bits, isa_ops[in.op].name, in.rd, in.rs1, in.rs2, in.rs3, in.rm, in.imm,
		      in.len, isa_ops[c->op].name, c->rd, c->rs1, c->rs2, c->rs3, c->rm, c->imm, want_len);
		if (c->text) {
			char text[64];
			int n = isa_disasm(&in, text, sizeof text);
			CHECK(strcmp(text, c->text) == 0 && n == (int)strlen(c->text),
			      "disasm %s: got \"%s\", want \"%s\"", c->src, text, c->text);
		}
	}
}

/* Words that must decode as illegal, with the reason from the spec. */
static const struct { uint32_t bits; const char *why; } illegal[] = {
	{ 0x00000000, "all-zero parcel" },
	{ 0xffffffff, "all-ones word (a >= 48-bit encoding)" },
	{ 0x0000001f, "48-bit encoding prefix" },
	{ 0x0000003f, "64-bit encoding prefix" },
	{ 0x0000007f, "long encoding prefix" },
	{ 0x00c5d553, "fadd.s with reserved rm 5" },
	{ 0x02c5e553, "fadd.d with reserved rm 6" },
	{ 0x6ac5d543, "fmadd.d with reserved rm 5" },
	{ 0xc005e553, "fcvt.w.s with reserved rm 6" },
	{ 0x04b50533, "OP with funct7 0x02" },
	{ 0x0200151b, "slliw with shamt[5] set" },
	{ 0xc0458553, "fcvt.w.s with rs2 = 4" },
	{ 0x1005a52f | 1u << 20, "lr.w with rs2 != 0" },
	{ 0x0000200f, "MISC-MEM funct3 2" },
	{ 0x00004073, "SYSTEM funct3 4" },
	{ 0x00002003 | 7u << 12, "LOAD funct3 7" },
	{ 0x00004023, "STORE funct3 4" },
	{ 0x00002063, "BRANCH funct3 2" },
	{ 0x00001067, "JALR funct3 1" },
	{ 0x0600005b, "custom-2 opcode" },
	{ 0x0000000b, "custom-0 opcode" },
	{ 0x00000057, "OP-V (not in RV64GC)" },
	{ 0x06c5f553, "OP-FP fmt 2 (half/quad)" },
	{ 0x00200073, "SYSTEM funct3 0, imm 2 (uret)" },
	{ 0x0004, "c.addi4spn with nzuimm 0" },
	{ 0x0010, "c.addi4spn with nzuimm 0 (rd x12)" },
	{ 0x6501, "c.lui a0 with nzimm 0" },
	{ 0x6101, "c.addi16sp with nzimm 0" },
	{ 0x2005, "c.addiw with rd x0" },
	{ 0x4002, "c.lwsp with rd x0" },
	{ 0x6002, "c.ldsp with rd x0" },
	{ 0x8002, "c.jr with rs1 x0" },
	{ 0x8000, "quadrant 0 funct3 100 (reserved)" },
	{ 0x9c41, "c.subw/c.addw block, funct2 10 (reserved)" },
	{ 0x9c61, "c.subw/c.addw block, funct2 11 (reserved)" },
};

static void test_illegal(void)
{
	for (size_t i = 0; i < sizeof illegal / sizeof illegal[0]; i++) {
		uint32_t bits = illegal[i].bits;
		unsigned want_len = (bits & 3) == 3 ? 4 : 2;
		struct isa_insn in;
		memset(&in, 0x5a, sizeof in);
		unsigned len = isa_decode(&in, 0x1000, bits);
		CHECK(in.op == ISA_OP_ILLEGAL && len == want_len && in.len == want_len &&
		      in.bits == bits && in.pc == 0x1000,
		      "%s (%08" PRIx32 "): got op %s len %u bits %" PRIx32, illegal[i].why, bits,
		      isa_ops[in.op < ISA_OP_COUNT ? in.op : 0].name, in.len, in.bits);
		if (want_len == 2)
			CHECK(isa_expand_compressed((uint16_t)bits) == 0, "expand %s: not 0", illegal[i].why);
	}
	/* The text of illegal words, as objdump prints undecodable data. */
	struct isa_insn in;
	char text[64];
	isa_decode(&in, 0, 0xffffffff);
	isa_disasm(&in, text, sizeof text);
	CHECK(strcmp(text, ".4byte 0xffffffff") == 0, "illegal text: %s", text);
	isa_decode(&in, 0, 0x0000);
	isa_disasm(&in, text, sizeof text);
	CHECK(strcmp(text, ".2byte 0x0") == 0, "illegal compressed text: %s", text);
}

/* A compressed parcel's upper half is ignored, and its expansion is the exact 32-bit word. */
static const struct { uint16_t c; uint32_t w; const char *src; } expansions[] = {
	/* from tests/isa/rvc.S: the parcel and the twin the assembler wrote for the spec's expansion */
	{ 0x0001, 0x00000013, "c.nop = addi zero,zero,0" },
	{ 0x0005, 0x00100013, "c.addi zero,1 (HINT) = addi zero,zero,1" },
	{ 0x4015, 0x00500013, "c.li zero,5 (HINT) = addi zero,zero,5" },
	{ 0x0006, 0x00101013, "c.slli zero,1 (HINT) = slli zero,zero,1" },
	{ 0x802a, 0x00a00033, "c.mv zero,a0 (HINT) = add zero,zero,a0" },
	{ 0x902a, 0x00a00033, "c.add zero,a0 (HINT) = add zero,zero,a0" },
	{ 0x6005, 0x00001037, "c.lui zero,1 (HINT) = lui zero,0x1" },
	{ 0x9002, 0x00100073, "c.ebreak = ebreak" },
	{ 0x8082, 0x00008067, "c.jr ra = jalr zero,0(ra)" },
	{ 0x9f82, 0x000f80e7, "c.jalr t6 = jalr ra,0(t6)" },
	{ 0x1501, 0xfe050513, "c.addi a0,-32 = addi a0,a0,-32" },
	{ 0x7dfd, 0xfffffdb7, "c.lui s11,0xfffff = lui s11,0xfffff" },
};

static void test_expansions(void)
{
	for (size_t i = 0; i < sizeof expansions / sizeof expansions[0]; i++) {
		uint32_t got = isa_expand_compressed(expansions[i].c);
		CHECK(got == expansions[i].w, "expand %s: got %08" PRIx32 ", want %08" PRIx32,
		      expansions[i].src, got, expansions[i].w);
		struct isa_insn in;
		isa_decode(&in, 0, 0xabcd0000u | expansions[i].c);
		CHECK(in.len == 2 && in.bits == expansions[i].c && in.op != ISA_OP_ILLEGAL,
		      "decode %s with junk in the upper half: len %u bits %" PRIx32, expansions[i].src,
		      in.len, in.bits);
	}
	/* The disassembly of a compressed form is that of its expansion. */
	struct isa_insn in;
	char text[64];
	isa_decode(&in, 0x10000, 0x1501);
	isa_disasm(&in, text, sizeof text);
	CHECK(strcmp(text, "addi a0,a0,-32") == 0, "c.addi text: %s", text);
	isa_decode(&in, 0x10000, 0xb001); /* c.j .-2048 */
	isa_disasm(&in, text, sizeof text);
	CHECK(strcmp(text, "jal zero,f800") == 0, "c.j text: %s", text);
}

/* The expander against the table-driven reference (compressed_ref.h) on every parcel; one CHECK
 * for all, naming the first that differs. */
static void test_all_parcels(void)
{
	unsigned differ = 0, first = 0;
	for (unsigned c = 0; c < 1u << 16; c++)
		if (isa_expand_compressed((uint16_t)c) != ref_expand_compressed((uint16_t)c) && differ++ == 0) first = c;
	CHECK(differ == 0, "%u parcels expand differently from the reference, first %04x: %08" PRIx32 " against %08" PRIx32,
	      differ, first, isa_expand_compressed((uint16_t)first), ref_expand_compressed((uint16_t)first));
}

/* Every row of the table decodes its own match word to itself: the buckets keep each row
 * reachable and more specific rows win over general ones. */
static void test_table(void)
{
	for (unsigned op = ISA_OP_ILLEGAL + 1; op < ISA_OP_BLOCK_END; op++) {
		const struct isa_op_info *r = &isa_ops[op];
		CHECK((r->match & ~r->mask) == 0, "%s: match has bits outside mask", r->name);
		struct isa_insn in;
		isa_decode(&in, 0, r->match);
		CHECK(in.op == op, "%s: its match word %08" PRIx32 " decodes as %s", r->name, r->match,
		      isa_ops[in.op].name);
	}
	CHECK(strcmp(isa_ops[ISA_OP_ILLEGAL].name, "illegal") == 0, "isa_ops[0] is not illegal");
	CHECK(isa_ops[ISA_OP_BLOCK_END].name != NULL, "BLOCK_END has no entry");
	CHECK(strcmp(isa_xreg_name(0), "zero") == 0 && strcmp(isa_xreg_name(8), "s0") == 0 &&
	      strcmp(isa_xreg_name(31), "t6") == 0, "isa_xreg_name");
	CHECK(strcmp(isa_freg_name(0), "ft0") == 0 && strcmp(isa_freg_name(10), "fa0") == 0 &&
	      strcmp(isa_freg_name(31), "ft11") == 0, "isa_freg_name");
}

/* isa_disasm never writes past size and always terminates. */
static void test_truncation(void)
{
	struct isa_insn in;
	isa_decode(&in, 0, 0x02c5f553); /* fadd.d fa0,fa1,fa2 */
	char buf[8];
	memset(buf, 'x', sizeof buf);
	isa_disasm(&in, buf, 5);
	CHECK(strcmp(buf, "fadd") == 0 && buf[5] == 'x', "truncated text: %.8s", buf);
}

int main(void)
{
	test_cases();
	test_illegal();
	test_expansions();
	test_all_parcels();
	test_table();
	test_truncation();
	printf("decode_test: %d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
