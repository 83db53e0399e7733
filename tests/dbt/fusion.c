/* Guest instruction sequences the translator makes one host sequence (--no-fusion: not).
 *
 * slli+srli by 32 (rv64gc's zero-extension, src/dbt/translate.c): on a 32-bit result whose sign
 * extension the translator put off, on a register in memory and in a host register, with the
 * shift right by 32 and by other amounts; checked here and printed.
 *
 * Byte gathers (src/dbt/gather.c): words read byte by byte, as GCC emits them for rv64gc, which
 * the translator turns into one load per base. Printed, to be compared with qemu-riscv64:
 *  - every register each sequence leaves, at every alignment, and checked here against memcpy;
 *  - the same with the intermediate registers overwritten right after (the translator drops them);
 *  - big-endian words (sqlite's get4byte, slliw: sign-extended; 8 bytes with slli; 3 of them);
 *  - faults where the word runs into a page that cannot be read, at every byte: the fault's pc
 *    within the sequence, si_addr, and every register of the sequence as the handler sees them
 *    (the bytes loaded before the faulting one in program order, the rest as they were);
 *  - a fault on a base far past the guest's address space (si_addr not printed: qemu reports 0).
 *
 * Rotates (src/dbt/rotate.c): two shifts of one register or-ed (xor-ed, added) together, which
 * the translator makes one rotate, leaving out the shifts nothing else sees. Checked here and
 * printed: 64-bit in place (xxhash's lane), 32-bit sign-extended (sha256's round) with one half
 * made before a load, which a fault there sees, and one made after; with add, one half read
 * again after (it stays); both halves left in their registers; and the fault at that load, with
 * the half made before it and the register the other half goes to as they were there.
 * Each sequence runs 3000 times before the faults, so that the staged engine has translated it.
 * usage: fusion
 */
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

/* --- the sequences ------------------------------------------------------------------------- */
/* zstd's MEM_readLE64 (GCC 12, rv64gc): t1 = the 8 bytes at p; out: t1 a2 s5 t2 t0 t6 */
#define READ8                                                                                      \
	"lbu t1,1(t5)\n\tlbu a2,0(t5)\n\tlbu s5,2(t5)\n\tlbu t2,3(t5)\n\tlbu t0,4(t5)\n\t"            \
	"slli t1,t1,8\n\tlbu t6,5(t5)\n\tor t1,t1,a2\n\tslli s5,s5,16\n\tlbu a2,6(t5)\n\t"           \
	"or s5,s5,t1\n\tslli t2,t2,24\n\tlbu t1,7(t5)\n\tor t2,t2,s5\n\tslli t0,t0,32\n\t"           \
	"or t0,t0,t2\n\tslli t6,t6,40\n\tor t6,t6,t0\n\tslli a2,a2,48\n\tor a2,a2,t6\n\t"            \
	"slli t1,t1,56\n\tor t1,t1,a2\n\t"
#define ZERO8 "li t1,0\n\tli a2,0\n\tli s5,0\n\tli t2,0\n\tli t0,0\n\tli t6,0\n\t"

/* two 4-byte words interleaved, from a5 and a4, each base overwritten by its last byte
 * (zstd's ZSTD_count): a5 = the word at a5, a4 = the word at a4; out: a6 a0 t1 a2 a7 a3 a5 a4 */
#define READ4X2                                                                                    \
	"lbu a6,1(a5)\n\tlbu a0,1(a4)\n\tlbu t1,0(a5)\n\tlbu a2,2(a5)\n\tlbu a7,0(a4)\n\t"             \
	"lbu a3,2(a4)\n\tlbu a5,3(a5)\n\tlbu a4,3(a4)\n\tslli a6,a6,8\n\tslli a0,a0,8\n\t"            \
	"or a6,a6,t1\n\tslli a2,a2,16\n\tor a0,a0,a7\n\tslli a3,a3,16\n\tor a2,a2,a6\n\t"            \
	"slli a5,a5,24\n\tor a3,a3,a0\n\tslli a4,a4,24\n\tor a5,a5,a2\n\tor a4,a4,a3\n\t"
#define ZERO4X2 "li a6,0\n\tli a0,0\n\tli t1,0\n\tli a2,0\n\tli a7,0\n\tli a3,0\n\t"

/* a 2-byte word with add for or: a1 = the 2 bytes at a0; out: a1 a2 */
#define READ2 "lbu a1,1(a0)\n\tlbu a2,0(a0)\n\tslli a1,a1,8\n\tadd a1,a1,a2\n\t"
#define ZERO2 "li a1,0\n\tli a2,0\n\t"

/* sqlite's get4byte (big-endian, slliw: the result sign-extended): a5 = the word at a0;
 * out: a5 a3 a2 a4 */
#define READ4BE                                                                                    \
	"lbu a5,0(a0)\n\tlbu a3,1(a0)\n\tlbu a2,3(a0)\n\tlbu a4,2(a0)\n\tslliw a5,a5,24\n\t"        \
	"slliw a3,a3,16\n\tor a5,a5,a3\n\tor a5,a5,a2\n\tslliw a4,a4,8\n\tor a5,a5,a4\n\t"
#define ZERO4BE "li a5,0\n\tli a3,0\n\tli a2,0\n\tli a4,0\n\t"
/* big-endian 8 and 3 bytes with slli: t1 = the 8 bytes at t5 (t2 the first 3 of them) */
#define READ8BE                                                                                    \
	"lbu t1,0(t5)\n\tlbu t2,1(t5)\n\tlbu t3,2(t5)\n\tslli t1,t1,16\n\tslli t2,t2,8\n\t"      \
	"or t2,t2,t1\n\tor t2,t2,t3\n\tlbu t1,3(t5)\n\tlbu t3,4(t5)\n\tlbu t4,5(t5)\n\t"          \
	"slli t1,t1,32\n\tslli t3,t3,24\n\tslli t4,t4,16\n\tor t1,t1,t3\n\tor t1,t1,t4\n\t"       \
	"lbu t3,6(t5)\n\tlbu t4,7(t5)\n\tslli t3,t3,8\n\tor t1,t1,t4\n\tor t1,t1,t3\n\t"          \
	"slli t3,t2,40\n\tor t1,t1,t3\n\t"

/* Each sequence in a function of its own, its first instruction at a global label (the fault pc
 * is printed from it); out[] gets the registers listed above. */
__attribute__((noinline)) static void read8(const uint8_t *p, uint64_t out[6])
{
	register const uint8_t *t5 __asm__("t5") = p;
	register uint64_t t1 __asm__("t1"), a2 __asm__("a2"), s5 __asm__("s5"), t2 __asm__("t2"), t0 __asm__("t0"), t6 __asm__("t6");
	__asm__ volatile(ZERO8 ".globl read8_at\nread8_at:\n\t" READ8
			 : "=&r"(t1), "=&r"(a2), "=&r"(s5), "=&r"(t2), "=&r"(t0), "=&r"(t6)
			 : "r"(t5)
			 : "memory");
	out[0] = t1, out[1] = a2, out[2] = s5, out[3] = t2, out[4] = t0, out[5] = t6;
}
/* the same, the intermediates overwritten before anything sees them */
__attribute__((noinline)) static uint64_t read8_dead(const uint8_t *p)
{
	register const uint8_t *t5 __asm__("t5") = p;
	register uint64_t t1 __asm__("t1");
	__asm__ volatile(READ8 "li a2,1\n\tli s5,2\n\tli t2,3\n\tli t0,4\n\tli t6,5\n\t"
			 : "=&r"(t1)
			 : "r"(t5)
			 : "a2", "s5", "t2", "t0", "t6", "memory");
	return t1;
}
__attribute__((noinline)) static void read4x2(const uint8_t *p, const uint8_t *q, uint64_t out[8])
{
	register const uint8_t *a5 __asm__("a5") = p, *a4 __asm__("a4") = q;
	register uint64_t a6 __asm__("a6"), a0 __asm__("a0"), t1 __asm__("t1"), a2 __asm__("a2"), a7 __asm__("a7"), a3 __asm__("a3");
	__asm__ volatile(ZERO4X2 ".globl read4x2_at\nread4x2_at:\n\t" READ4X2
			 : "=&r"(a6), "=&r"(a0), "=&r"(t1), "=&r"(a2), "=&r"(a7), "=&r"(a3), "+r"(a5), "+r"(a4)
			 :
			 : "memory");
	out[0] = a6, out[1] = a0, out[2] = t1, out[3] = a2, out[4] = a7, out[5] = a3;
	out[6] = (uint64_t)(uintptr_t)a5, out[7] = (uint64_t)(uintptr_t)a4;
}
__attribute__((noinline)) static void read2(const uint8_t *p, uint64_t out[2])
{
	register const uint8_t *a0 __asm__("a0") = p;
	register uint64_t a1 __asm__("a1"), a2 __asm__("a2");
	__asm__ volatile(ZERO2 ".globl read2_at\nread2_at:\n\t" READ2 : "=&r"(a1), "=&r"(a2) : "r"(a0) : "memory");
	out[0] = a1, out[1] = a2;
}
__attribute__((noinline)) static void read4be(const uint8_t *p, uint64_t out[4])
{
	register const uint8_t *a0 __asm__("a0") = p;
	register uint64_t a5 __asm__("a5"), a3 __asm__("a3"), a2 __asm__("a2"), a4 __asm__("a4");
	__asm__ volatile(ZERO4BE ".globl read4be_at\nread4be_at:\n\t" READ4BE
			 : "=&r"(a5), "=&r"(a3), "=&r"(a2), "=&r"(a4)
			 : "r"(a0)
			 : "memory");
	out[0] = a5, out[1] = a3, out[2] = a2, out[3] = a4;
}
__attribute__((noinline)) static void read8be(const uint8_t *p, uint64_t out[4])
{
	register const uint8_t *t5 __asm__("t5") = p;
	register uint64_t t1 __asm__("t1"), t2 __asm__("t2"), t3 __asm__("t3"), t4 __asm__("t4");
	__asm__ volatile(READ8BE : "=&r"(t1), "=&r"(t2), "=&r"(t3), "=&r"(t4) : "r"(t5) : "memory");
	out[0] = t1, out[1] = t2, out[2] = t3, out[3] = t4;
}
extern const char read8_at[], read4x2_at[], read2_at[], read4be_at[];

/* --- zero-extension pairs ------------------------------------------------------------------ */
/* (uint32_t)(a + b) << 32 >> K, the pair on one register holding a W instruction's sum (its sign
 * extension put off: t1 = t1...) and from another holding the whole 64-bit sum (t2 = t0...) */
#define ZEXT(K)                                                                                    \
	__attribute__((noinline)) static void zext##K(uint64_t a, uint64_t b, uint64_t out[2])        \
	{                                                                                          \
		uint64_t same, other;                                                              \
		__asm__ volatile("add t0, %[a], %[b]\n\taddw t1, %[a], %[b]\n\t"                     \
				 "slli t1, t1, 32\n\tsrli t1, t1, " #K "\n\t"                           \
				 "slli t2, t0, 32\n\tsrli t2, t2, " #K "\n\t"                           \
				 "mv %[same], t1\n\tmv %[other], t2\n\t"                                 \
				 : [same] "=r"(same), [other] "=r"(other)                                  \
				 : [a] "r"(a), [b] "r"(b)                                                  \
				 : "t0", "t1", "t2");                                                      \
		out[0] = same, out[1] = other;                                                     \
	}
ZEXT(32)
ZEXT(30)
ZEXT(1)
ZEXT(33)
ZEXT(63)

static int zext_check(uint64_t a, uint64_t b, uint64_t *sum)
{
	static void (*const f[])(uint64_t, uint64_t, uint64_t[2]) = { zext32, zext30, zext1, zext33, zext63 };
	static const int k[] = { 32, 30, 1, 33, 63 };
	int bad = 0;
	for (int i = 0; i < 5; i++) {
		uint64_t out[2], want = (uint64_t)(uint32_t)(a + b) << 32 >> k[i];
		f[i](a, b, out);
		bad += out[0] != want || out[1] != want;
		*sum = *sum * 31 + out[0] + out[1];
	}
	return bad;
}

/* --- rotates -------------------------------------------------------------------------------- */
static uint64_t rotl64(uint64_t x, unsigned k) { return x << k | x >> (64 - k); }
static uint64_t ror32sx(uint64_t x, unsigned n)
{
	uint32_t v = (uint32_t)x;
	return (uint64_t)(int64_t)(int32_t)(v >> n | v << (32 - n));
}

/* xxhash's lane: t3 = x << K; x >>= 64 - K in place; x |= t3; t3 overwritten at once */
#define ROL64(K)                                                                                   \
	__attribute__((noinline)) static uint64_t rol64_##K(uint64_t x)                             \
	{                                                                                          \
		register uint64_t a3 __asm__("a3") = x, t3 __asm__("t3");                             \
		__asm__ volatile("slli t3,a3," #K "\n\tsrli a3,a3,64-" #K "\n\tor a3,a3,t3\n\tli t3,0"      \
				 : "+r"(a3), "=&r"(t3));                                              \
		return a3;                                                                         \
	}
ROL64(1)
ROL64(13)
ROL64(31)
ROL64(32)
ROL64(33)
ROL64(63)

/* sha256's shape, 32-bit: t3's half made before a load (seen by a fault there: it stays), a0's
 * after it; then both halves of another after it, with xor; out: a0 t3 a1 t1 */
#define ROR32(N)                                                                                   \
	__attribute__((noinline)) static void ror32_##N(uint64_t x, const uint32_t *p, uint64_t out[4]) \
	{                                                                                          \
		register uint64_t a3 __asm__("a3") = x, a0 __asm__("a0"), t3 __asm__("t3"), a1 __asm__("a1"), \
			t1 __asm__("t1"), t2 __asm__("t2");                                           \
		register const uint32_t *a4 __asm__("a4") = p;                                      \
		__asm__ volatile(".globl ror32_" #N "_at\nror32_" #N "_at:\n\t"                      \
				 "slliw t3,a3,32-" #N "\n\tlw a1,0(a4)\n\tsrliw a0,a3," #N "\n\tsrliw t1,a3," #N "\n\t" \
				 "or a0,a0,t3\n\tslliw t2,a3,32-" #N "\n\txor t1,t1,t2\n\tli t2,0"             \
				 : "=&r"(a0), "=&r"(t3), "=&r"(a1), "=&r"(t1), "=&r"(t2)                   \
				 : "r"(a3), "r"(a4)                                                   \
				 : "memory");                                                         \
		out[0] = a0, out[1] = t3, out[2] = a1, out[3] = t1;                                   \
	}
ROR32(1)
ROR32(6)
ROR32(11)
ROR32(25)
ROR32(31)
extern const char ror32_6_at[];

/* with add; t4's half read again after (it stays), t5's overwritten; and two halves left in
 * their registers (nothing to leave out); out: t6 t4 a5 a6 a7 */
#define ROLADD(K)                                                                                  \
	__attribute__((noinline)) static void roladd_##K(uint64_t x, uint64_t out[5])              \
	{                                                                                          \
		register uint64_t a3 __asm__("a3") = x, t4 __asm__("t4"), t5 __asm__("t5"), t6 __asm__("t6"), \
			a5 __asm__("a5"), a6 __asm__("a6"), a7 __asm__("a7");                           \
		__asm__ volatile("srli t4,a3,64-" #K "\n\tslli t5,a3," #K "\n\tadd t6,t4,t5\n\tadd t4,t4,t4\n\t" \
				 "li t5,0\n\tslliw a5,a3," #K "%%32\n\tsrliw a6,a3,32-(" #K "%%32)\n\tor a7,a5,a6" \
				 : "=&r"(t4), "=&r"(t5), "=&r"(t6), "=&r"(a5), "=&r"(a6), "=&r"(a7)       \
				 : "r"(a3));                                                          \
		out[0] = t6, out[1] = t4, out[2] = a5, out[3] = a6, out[4] = a7;                      \
	}
ROLADD(5)
ROLADD(40)

static int rotate_check(uint64_t x, const uint32_t *p, uint64_t *sum)
{
	static uint64_t (*const f64[])(uint64_t) = { rol64_1, rol64_13, rol64_31, rol64_32, rol64_33, rol64_63 };
	static const unsigned k64[] = { 1, 13, 31, 32, 33, 63 };
	static void (*const f32[])(uint64_t, const uint32_t *, uint64_t[4]) = { ror32_1, ror32_6, ror32_11, ror32_25, ror32_31 };
	static const unsigned n32[] = { 1, 6, 11, 25, 31 };
	static void (*const fadd[])(uint64_t, uint64_t[5]) = { roladd_5, roladd_40 };
	static const unsigned kadd[] = { 5, 40 };
	int bad = 0;
	for (int i = 0; i < 6; i++) {
		uint64_t v = f64[i](x);
		bad += v != rotl64(x, k64[i]);
		*sum = *sum * 31 + v;
	}
	for (int i = 0; i < 5; i++) {
		uint64_t out[4], n = n32[i];
		f32[i](x, p, out);
		bad += out[0] != ror32sx(x, n) || out[3] != ror32sx(x, n) || out[2] != (uint64_t)(int64_t)(int32_t)*p ||
		       out[1] != (uint64_t)(int64_t)(int32_t)((uint32_t)x << (32 - n));
		*sum = *sum * 31 + out[0] + out[1] + out[2] + out[3];
	}
	for (int i = 0; i < 2; i++) {
		uint64_t out[5], k = kadd[i], k32 = k % 32;
		fadd[i](x, out);
		bad += out[0] != rotl64(x, (unsigned)k) || out[1] != 2 * (x >> (64 - k)) ||
		       out[2] != (uint64_t)(int64_t)(int32_t)((uint32_t)x << k32) || out[3] != (uint32_t)x >> (32 - k32) ||
		       out[4] != (out[2] | out[3]);
		*sum = *sum * 31 + out[0] + out[1] + out[2] + out[3] + out[4];
	}
	return bad;
}

/* --- faults -------------------------------------------------------------------------------- */
static sigjmp_buf back;
static volatile uintptr_t fault_pc, fault_addr;
static volatile uint64_t fault_x[32];

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	ucontext_t *uc = ctx;
	fault_pc = uc->uc_mcontext.__gregs[0];
	for (int r = 1; r < 32; r++) fault_x[r] = uc->uc_mcontext.__gregs[r];
	fault_addr = (uintptr_t)si->si_addr;
	siglongjmp(back, 1);
}

/* One sequence on p (and q) that must fault: where, and the registers the sequence writes. */
static void fault_case(const char *what, int kind, const uint8_t *p, const uint8_t *q, const char *label,
		       const uint8_t *page, int show_addr)
{
	static const int regs8[] = { 6, 12, 21, 7, 5, 31 }, regs4x2[] = { 16, 10, 6, 12, 17, 13 }, regs2[] = { 11, 12 },
			 regs4be[] = { 15, 13, 12, 14 };
	const int *regs = kind == 8 ? regs8 : kind == 4 ? regs4x2 : kind == 2 ? regs2 : regs4be;
	int n = kind == 8 ? 6 : kind == 4 ? 6 : kind == 2 ? 2 : 4;
	uint64_t out[8];
	if (sigsetjmp(back, 1)) {
		printf("%s: fault at +%ld", what, (long)(fault_pc - (uintptr_t)label));
		if (show_addr) printf(" addr page%+ld", (long)(fault_addr - (uintptr_t)page));
		for (int i = 0; i < n; i++) printf(" x%d=%#llx", regs[i], (unsigned long long)fault_x[regs[i]]);
		printf("\n");
		return;
	}
	if (kind == 8) read8(p, out);
	else if (kind == 4) read4x2(p, q, out);
	else if (kind == 2) read2(p, out);
	else read4be(p, out);
	printf("%s: no fault\n", what);
}

static uint64_t le(const uint8_t *p, int n)
{
	uint64_t v = 0;
	memcpy(&v, p, (size_t)n); /* the host is little-endian too */
	return v;
}
static uint64_t be(const uint8_t *p, int n)
{
	uint64_t v = 0;
	for (int i = 0; i < n; i++) v = v << 8 | p[i];
	return v;
}

int main(void)
{
	/* two pages: the first readable, filled with distinct bytes; the second not */
	uint8_t *map = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (map == MAP_FAILED) return 1;
	for (int i = 0; i < 4096; i++) map[i] = (uint8_t)(i * 37 + (i >> 8) * 11 + 1);
	mprotect(map + 4096, 4096, PROT_NONE);
	uint8_t *guard = map + 4096;

	/* values: every alignment, many times (hot), checked against memcpy and printed */
	uint64_t sum = 0, out[8];
	int bad = 0;
	for (int round = 0; round < 3000; round++) {
		const uint8_t *p = map + 64 + (round * 7) % 3000, *q = map + 100 + (round * 13) % 3000;
		read8(p, out);
		bad += out[0] != le(p, 8) || out[1] != le(p, 7) || out[2] != le(p, 3) || out[3] != le(p, 4) ||
		       out[4] != le(p, 5) || out[5] != le(p, 6);
		sum = sum * 31 + out[0] + out[1] + out[2] + out[3] + out[4] + out[5];
		uint64_t d = read8_dead(p);
		bad += d != le(p, 8);
		sum = sum * 31 + d;
		read4x2(p, q, out);
		bad += out[6] != le(p, 4) || out[7] != le(q, 4) || out[0] != le(p, 2) || out[1] != le(q, 2) ||
		       out[2] != p[0] || out[3] != le(p, 3) || out[4] != q[0] || out[5] != le(q, 3);
		for (int i = 0; i < 8; i++) sum = sum * 31 + out[i];
		read2(p, out);
		bad += out[0] != le(p, 2) || out[1] != p[0];
		sum = sum * 31 + out[0] + out[1];
		read4be(q, out);
		bad += out[0] != (uint64_t)(int64_t)(int32_t)(uint32_t)be(q, 4) || out[1] != (uint64_t)q[1] << 16 ||
		       out[2] != q[3] || out[3] != (uint64_t)q[2] << 8;
		sum = sum * 31 + out[0] + out[1] + out[2] + out[3];
		read8be(p, out);
		bad += out[0] != be(p, 8) || out[1] != be(p, 3) || out[2] != be(p, 3) << 40 ||
		       out[3] != p[7];
		sum = sum * 31 + out[0] + out[1] + out[2] + out[3];
	}
	printf("values: %d wrong, sum %#llx\n", bad, (unsigned long long)sum);
	uint64_t zsum = 0;
	int zbad = 0;
	for (int round = 0; round < 3000; round++) {
		uint64_t a = 0x9e3779b97f4a7c15ull * (uint64_t)(round + 1), b = (uint64_t)round << 29 ^ 0x7fffffffull;
		zbad += zext_check(a, b, &zsum);
	}
	printf("zext: %d wrong, sum %#llx\n", zbad, (unsigned long long)zsum);
	bad += zbad;
	uint64_t rsum = 0;
	int rbad = 0;
	for (int round = 0; round < 3000; round++) {
		uint64_t x = 0x9e3779b97f4a7c15ull * (uint64_t)(round + 7) ^ (uint64_t)round << 31;
		rbad += rotate_check(x, (const uint32_t *)(const void *)(map + 4 * (round % 1000)), &rsum);
	}
	printf("rotate: %d wrong, sum %#llx\n", rbad, (unsigned long long)rsum);
	bad += rbad;
	for (int k = 0; k < 8; k++) { /* the last readable bytes, printed */
		read8(guard - 8 - k, out);
		printf("read8 end-%d: %#llx %#llx %#llx\n", 8 + k, (unsigned long long)out[0], (unsigned long long)out[3], (unsigned long long)out[5]);
	}

	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, NULL);
	char what[64];
	for (int k = 1; k <= 8; k++) { /* the word's last k bytes on the guard page */
		snprintf(what, sizeof what, "read8 across, %d bytes out", k);
		fault_case(what, 8, guard - 8 + k, NULL, read8_at, guard, 1);
	}
	for (int k = 1; k <= 4; k++) {
		snprintf(what, sizeof what, "read4x2 first across, %d bytes out", k);
		fault_case(what, 4, guard - 4 + k, map + 200, read4x2_at, guard, 1);
		snprintf(what, sizeof what, "read4x2 second across, %d bytes out", k);
		fault_case(what, 4, map + 200, guard - 4 + k, read4x2_at, guard, 1);
	}
	for (int k = 1; k <= 2; k++) {
		snprintf(what, sizeof what, "read2 across, %d bytes out", k);
		fault_case(what, 2, guard - 2 + k, NULL, read2_at, guard, 1);
	}
	for (int k = 1; k <= 4; k++) {
		snprintf(what, sizeof what, "read4be across, %d bytes out", k);
		fault_case(what, 5, guard - 4 + k, NULL, read4be_at, guard, 1);
	}
	/* the load between a rotate's halves, on the guard page: the half made before it is there */
	if (sigsetjmp(back, 1)) {
		printf("ror32 load out: fault at +%ld addr page%+ld a0=%#llx t3=%#llx t1=%#llx\n", (long)(fault_pc - (uintptr_t)ror32_6_at),
		       (long)(fault_addr - (uintptr_t)guard), (unsigned long long)fault_x[10], (unsigned long long)fault_x[28],
		       (unsigned long long)fault_x[6]);
	} else {
		ror32_6(0x89abcdef12345678ull, (const uint32_t *)(const void *)(guard + 8), out);
		printf("ror32 load out: no fault\n");
	}
	fault_case("read8 far past the address space", 8, (const uint8_t *)(uintptr_t)0x7ff000000000ull, NULL, read8_at, guard, 0);
	fault_case("read4x2 second far past", 4, map + 300, (const uint8_t *)(uintptr_t)0x7ff000000000ull, read4x2_at, guard, 0);
	/* hot again after the faults */
	read8(map + 1001, out);
	printf("after: %#llx\n", (unsigned long long)out[0]);
	return bad != 0;
}
