/* F and D non-arithmetic: fmin/fmax (NaN and signed zero rules), sign injection,
 * feq/flt/fle (quiet vs signaling), fclass of every class, fmv and NaN boxing.
 * Generated at test-writing time: every case ran under qemu-riscv64 7.2 (softfloat, the
 * reference), whose result bits and fflags are the expected values; the edge values
 * follow the F/D chapters of the unprivileged spec (NaN boxing, canonical NaN, fcvt
 * saturation, tininess after rounding, every rounding mode static and through frm).
 * Each case has two checks (result, then flags). A failing check prints its
 * number (tests/asm/test.h). */
#include "test.h"

TEST_BEGIN
	fsflags zero
	/* fmin.s 0xffffffff00000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(1, f10, 0xffffffff00000000)
	CHECK_FLAGS(2, 0x0)
	/* fmin.s 0xffffffff00000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(3, f10, 0xffffffff00000000)
	CHECK_FLAGS(4, 0x0)
	/* fmin.s 0xffffffff00000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(5, f10, 0xffffffff00000000)
	CHECK_FLAGS(6, 0x0)
	/* fmin.s 0xffffffff00000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(7, f10, 0xffffffff00000000)
	CHECK_FLAGS(8, 0x0)
	/* fmin.s 0xffffffff00000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(9, f10, 0xffffffff00000000)
	CHECK_FLAGS(10, 0x0)
	/* fmin.s 0xffffffff00000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(11, f10, 0xffffffff00000000)
	CHECK_FLAGS(12, 0x0)
	/* fmin.s 0xffffffff00000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(13, f10, 0xffffffff00000000)
	CHECK_FLAGS(14, 0x0)
	/* fmin.s 0xffffffff00000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(15, f10, 0xffffffff00000000)
	CHECK_FLAGS(16, 0x0)
	/* fmin.s 0xffffffff80000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(17, f10, 0xffffffff80000000)
	CHECK_FLAGS(18, 0x0)
	/* fmin.s 0xffffffff80000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(19, f10, 0xffffffff80000000)
	CHECK_FLAGS(20, 0x0)
	/* fmin.s 0xffffffff80000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(21, f10, 0xffffffff80000000)
	CHECK_FLAGS(22, 0x0)
	/* fmin.s 0xffffffff80000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(23, f10, 0xffffffff80000000)
	CHECK_FLAGS(24, 0x0)
	/* fmin.s 0xffffffff80000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(25, f10, 0xffffffff80000000)
	CHECK_FLAGS(26, 0x0)
	/* fmin.s 0xffffffff80000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(27, f10, 0xffffffff80000000)
	CHECK_FLAGS(28, 0x0)
	/* fmin.s 0xffffffff80000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(29, f10, 0xffffffff80000000)
	CHECK_FLAGS(30, 0x0)
	/* fmin.s 0xffffffff80000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(31, f10, 0xffffffff80000000)
	CHECK_FLAGS(32, 0x0)
	/* fmin.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(33, f10, 0xffffffff00000000)
	CHECK_FLAGS(34, 0x0)
	/* fmin.s 0xffffffff3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(35, f10, 0xffffffff3f800000)
	CHECK_FLAGS(36, 0x0)
	/* fmin.s 0xffffffff3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(37, f10, 0xffffffff3f800000)
	CHECK_FLAGS(38, 0x0)
	/* fmin.s 0xffffffff3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(39, f10, 0xffffffff00000001)
	CHECK_FLAGS(40, 0x0)
	/* fmin.s 0xffffffff3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(41, f10, 0xffffffff3f800000)
	CHECK_FLAGS(42, 0x0)
	/* fmin.s 0xffffffff3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(43, f10, 0xffffffff3f800000)
	CHECK_FLAGS(44, 0x0)
	/* fmin.s 0xffffffff3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(45, f10, 0xffffffff3f800000)
	CHECK_FLAGS(46, 0x0)
	/* fmin.s 0xffffffff3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(47, f10, 0xffffffff3f800000)
	CHECK_FLAGS(48, 0x0)
	/* fmin.s 0xffffffffbf800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(49, f10, 0xffffffffbf800000)
	CHECK_FLAGS(50, 0x0)
	/* fmin.s 0xffffffffbf800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(51, f10, 0xffffffffbf800000)
	CHECK_FLAGS(52, 0x0)
	/* fmin.s 0xffffffffbf800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(53, f10, 0xffffffffbf800000)
	CHECK_FLAGS(54, 0x0)
	/* fmin.s 0xffffffffbf800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(55, f10, 0xffffffffbf800000)
	CHECK_FLAGS(56, 0x0)
	/* fmin.s 0xffffffffbf800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(57, f10, 0xffffffffbf800000)
	CHECK_FLAGS(58, 0x0)
	/* fmin.s 0xffffffffbf800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(59, f10, 0xffffffffbf800000)
	CHECK_FLAGS(60, 0x0)
	/* fmin.s 0xffffffffbf800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(61, f10, 0xffffffffbf800000)
	CHECK_FLAGS(62, 0x0)
	/* fmin.s 0xffffffffbf800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(63, f10, 0xffffffffbf800000)
	CHECK_FLAGS(64, 0x0)
	/* fmin.s 0xffffffff7f7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(65, f10, 0xffffffff00000000)
	CHECK_FLAGS(66, 0x0)
	/* fmin.s 0xffffffff7f7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(67, f10, 0xffffffff3f800000)
	CHECK_FLAGS(68, 0x0)
	/* fmin.s 0xffffffff7f7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(69, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(70, 0x0)
	/* fmin.s 0xffffffff7f7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(71, f10, 0xffffffff00000001)
	CHECK_FLAGS(72, 0x0)
	/* fmin.s 0xffffffff7f7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(73, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(74, 0x0)
	/* fmin.s 0xffffffff7f7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(75, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(76, 0x0)
	/* fmin.s 0xffffffff7f7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(77, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(78, 0x0)
	/* fmin.s 0xffffffff7f7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(79, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(80, 0x0)
	/* fmin.s 0xffffffffff7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(81, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(82, 0x0)
	/* fmin.s 0xffffffffff7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(83, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(84, 0x0)
	/* fmin.s 0xffffffffff7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(85, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(86, 0x0)
	/* fmin.s 0xffffffffff7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(87, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(88, 0x0)
	/* fmin.s 0xffffffffff7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(89, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(90, 0x0)
	/* fmin.s 0xffffffffff7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(91, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(92, 0x0)
	/* fmin.s 0xffffffffff7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(93, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(94, 0x0)
	/* fmin.s 0xffffffffff7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(95, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(96, 0x0)
	/* fmin.s 0xffffffff00000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(97, f10, 0xffffffff00000000)
	CHECK_FLAGS(98, 0x0)
	/* fmin.s 0xffffffff00000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(99, f10, 0xffffffff00000001)
	CHECK_FLAGS(100, 0x0)
	/* fmin.s 0xffffffff00000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(101, f10, 0xffffffff00000001)
	CHECK_FLAGS(102, 0x0)
	/* fmin.s 0xffffffff00000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(103, f10, 0xffffffff00000001)
	CHECK_FLAGS(104, 0x0)
	/* fmin.s 0xffffffff00000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(105, f10, 0xffffffff00000001)
	CHECK_FLAGS(106, 0x0)
	/* fmin.s 0xffffffff00000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(107, f10, 0xffffffff00000001)
	CHECK_FLAGS(108, 0x0)
	/* fmin.s 0xffffffff00000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(109, f10, 0xffffffff00000001)
	CHECK_FLAGS(110, 0x0)
	/* fmin.s 0xffffffff00000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(111, f10, 0xffffffff00000001)
	CHECK_FLAGS(112, 0x0)
	/* fmin.s 0xffffffff80000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(113, f10, 0xffffffff80000001)
	CHECK_FLAGS(114, 0x0)
	/* fmin.s 0xffffffff80000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(115, f10, 0xffffffff80000001)
	CHECK_FLAGS(116, 0x0)
	/* fmin.s 0xffffffff80000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(117, f10, 0xffffffff80000001)
	CHECK_FLAGS(118, 0x0)
	/* fmin.s 0xffffffff80000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(119, f10, 0xffffffff80000001)
	CHECK_FLAGS(120, 0x0)
	/* fmin.s 0xffffffff80000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(121, f10, 0xffffffff80000001)
	CHECK_FLAGS(122, 0x0)
	/* fmin.s 0xffffffff80000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(123, f10, 0xffffffff80000001)
	CHECK_FLAGS(124, 0x0)
	/* fmin.s 0xffffffff80000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(125, f10, 0xffffffff80000001)
	CHECK_FLAGS(126, 0x0)
	/* fmin.s 0xffffffff80000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(127, f10, 0xffffffff80000001)
	CHECK_FLAGS(128, 0x0)
	/* fmin.s 0xffffffff7f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(129, f10, 0xffffffff00000000)
	CHECK_FLAGS(130, 0x0)
	/* fmin.s 0xffffffff7f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(131, f10, 0xffffffff3f800000)
	CHECK_FLAGS(132, 0x0)
	/* fmin.s 0xffffffff7f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(133, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(134, 0x0)
	/* fmin.s 0xffffffff7f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(135, f10, 0xffffffff00000001)
	CHECK_FLAGS(136, 0x0)
	/* fmin.s 0xffffffff7f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(137, f10, 0xffffffff7f800000)
	CHECK_FLAGS(138, 0x0)
	/* fmin.s 0xffffffff7f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(139, f10, 0xffffffff7f800000)
	CHECK_FLAGS(140, 0x0)
	/* fmin.s 0xffffffff7f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(141, f10, 0xffffffff7f800000)
	CHECK_FLAGS(142, 0x0)
	/* fmin.s 0xffffffff7f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(143, f10, 0xffffffff7f800000)
	CHECK_FLAGS(144, 0x0)
	/* fmin.s 0xffffffffff800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(145, f10, 0xffffffffff800000)
	CHECK_FLAGS(146, 0x0)
	/* fmin.s 0xffffffffff800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(147, f10, 0xffffffffff800000)
	CHECK_FLAGS(148, 0x0)
	/* fmin.s 0xffffffffff800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(149, f10, 0xffffffffff800000)
	CHECK_FLAGS(150, 0x0)
	/* fmin.s 0xffffffffff800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(151, f10, 0xffffffffff800000)
	CHECK_FLAGS(152, 0x0)
	/* fmin.s 0xffffffffff800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(153, f10, 0xffffffffff800000)
	CHECK_FLAGS(154, 0x0)
	/* fmin.s 0xffffffffff800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(155, f10, 0xffffffffff800000)
	CHECK_FLAGS(156, 0x0)
	/* fmin.s 0xffffffffff800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(157, f10, 0xffffffffff800000)
	CHECK_FLAGS(158, 0x0)
	/* fmin.s 0xffffffffff800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(159, f10, 0xffffffffff800000)
	CHECK_FLAGS(160, 0x0)
	/* fmin.s 0xffffffff7fc00000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(161, f10, 0xffffffff00000000)
	CHECK_FLAGS(162, 0x0)
	/* fmin.s 0xffffffff7fc00000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(163, f10, 0xffffffff3f800000)
	CHECK_FLAGS(164, 0x0)
	/* fmin.s 0xffffffff7fc00000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(165, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(166, 0x0)
	/* fmin.s 0xffffffff7fc00000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(167, f10, 0xffffffff00000001)
	CHECK_FLAGS(168, 0x0)
	/* fmin.s 0xffffffff7fc00000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(169, f10, 0xffffffff7f800000)
	CHECK_FLAGS(170, 0x0)
	/* fmin.s 0xffffffff7fc00000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(171, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(172, 0x0)
	/* fmin.s 0xffffffff7fc00000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(173, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(174, 0x0)
	/* fmin.s 0xffffffff7fc00000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(175, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(176, 0x0)
	/* fmin.s 0xffffffff7f800001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(177, f10, 0xffffffff00000000)
	CHECK_FLAGS(178, 0x10)
	/* fmin.s 0xffffffff7f800001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(179, f10, 0xffffffff3f800000)
	CHECK_FLAGS(180, 0x10)
	/* fmin.s 0xffffffff7f800001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(181, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(182, 0x10)
	/* fmin.s 0xffffffff7f800001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(183, f10, 0xffffffff00000001)
	CHECK_FLAGS(184, 0x10)
	/* fmin.s 0xffffffff7f800001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(185, f10, 0xffffffff7f800000)
	CHECK_FLAGS(186, 0x10)
	/* fmin.s 0xffffffff7f800001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(187, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(188, 0x10)
	/* fmin.s 0xffffffff7f800001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(189, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(190, 0x10)
	/* fmin.s 0xffffffff7f800001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(191, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(192, 0x10)
	/* fmin.s 0xffffffffffc12345 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(193, f10, 0xffffffff00000000)
	CHECK_FLAGS(194, 0x0)
	/* fmin.s 0xffffffffffc12345 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(195, f10, 0xffffffff3f800000)
	CHECK_FLAGS(196, 0x0)
	/* fmin.s 0xffffffffffc12345 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(197, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(198, 0x0)
	/* fmin.s 0xffffffffffc12345 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(199, f10, 0xffffffff00000001)
	CHECK_FLAGS(200, 0x0)
	/* fmin.s 0xffffffffffc12345 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(201, f10, 0xffffffff7f800000)
	CHECK_FLAGS(202, 0x0)
	/* fmin.s 0xffffffffffc12345 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(203, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(204, 0x0)
	/* fmin.s 0xffffffffffc12345 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(205, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(206, 0x0)
	/* fmin.s 0xffffffffffc12345 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(207, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(208, 0x0)
	/* fmin.s 0x3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(209, f10, 0xffffffff00000000)
	CHECK_FLAGS(210, 0x0)
	/* fmin.s 0x3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(211, f10, 0xffffffff3f800000)
	CHECK_FLAGS(212, 0x0)
	/* fmin.s 0x3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(213, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(214, 0x0)
	/* fmin.s 0x3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(215, f10, 0xffffffff00000001)
	CHECK_FLAGS(216, 0x0)
	/* fmin.s 0x3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(217, f10, 0xffffffff7f800000)
	CHECK_FLAGS(218, 0x0)
	/* fmin.s 0x3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(219, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(220, 0x0)
	/* fmin.s 0x3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(221, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(222, 0x0)
	/* fmin.s 0x3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(223, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(224, 0x0)
	/* fmin.s 0x7fc0000000000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(225, f10, 0xffffffff00000000)
	CHECK_FLAGS(226, 0x0)
	/* fmin.s 0x7fc0000000000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(227, f10, 0xffffffff3f800000)
	CHECK_FLAGS(228, 0x0)
	/* fmin.s 0x7fc0000000000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(229, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(230, 0x0)
	/* fmin.s 0x7fc0000000000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(231, f10, 0xffffffff00000001)
	CHECK_FLAGS(232, 0x0)
	/* fmin.s 0x7fc0000000000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(233, f10, 0xffffffff7f800000)
	CHECK_FLAGS(234, 0x0)
	/* fmin.s 0x7fc0000000000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(235, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(236, 0x0)
	/* fmin.s 0x7fc0000000000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(237, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(238, 0x0)
	/* fmin.s 0x7fc0000000000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmin.s f10, f11, f12
	CHECK_F(239, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(240, 0x0)
	/* fmax.s 0xffffffff00000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(241, f10, 0xffffffff00000000)
	CHECK_FLAGS(242, 0x0)
	/* fmax.s 0xffffffff00000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(243, f10, 0xffffffff3f800000)
	CHECK_FLAGS(244, 0x0)
	/* fmax.s 0xffffffff00000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(245, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(246, 0x0)
	/* fmax.s 0xffffffff00000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(247, f10, 0xffffffff00000001)
	CHECK_FLAGS(248, 0x0)
	/* fmax.s 0xffffffff00000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(249, f10, 0xffffffff7f800000)
	CHECK_FLAGS(250, 0x0)
	/* fmax.s 0xffffffff00000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(251, f10, 0xffffffff00000000)
	CHECK_FLAGS(252, 0x0)
	/* fmax.s 0xffffffff00000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(253, f10, 0xffffffff00000000)
	CHECK_FLAGS(254, 0x0)
	/* fmax.s 0xffffffff00000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(255, f10, 0xffffffff00000000)
	CHECK_FLAGS(256, 0x0)
	/* fmax.s 0xffffffff80000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(257, f10, 0xffffffff00000000)
	CHECK_FLAGS(258, 0x0)
	/* fmax.s 0xffffffff80000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(259, f10, 0xffffffff3f800000)
	CHECK_FLAGS(260, 0x0)
	/* fmax.s 0xffffffff80000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(261, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(262, 0x0)
	/* fmax.s 0xffffffff80000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(263, f10, 0xffffffff00000001)
	CHECK_FLAGS(264, 0x0)
	/* fmax.s 0xffffffff80000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(265, f10, 0xffffffff7f800000)
	CHECK_FLAGS(266, 0x0)
	/* fmax.s 0xffffffff80000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(267, f10, 0xffffffff80000000)
	CHECK_FLAGS(268, 0x0)
	/* fmax.s 0xffffffff80000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(269, f10, 0xffffffff80000000)
	CHECK_FLAGS(270, 0x0)
	/* fmax.s 0xffffffff80000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(271, f10, 0xffffffff80000000)
	CHECK_FLAGS(272, 0x0)
	/* fmax.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(273, f10, 0xffffffff3f800000)
	CHECK_FLAGS(274, 0x0)
	/* fmax.s 0xffffffff3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(275, f10, 0xffffffff3f800000)
	CHECK_FLAGS(276, 0x0)
	/* fmax.s 0xffffffff3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(277, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(278, 0x0)
	/* fmax.s 0xffffffff3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(279, f10, 0xffffffff3f800000)
	CHECK_FLAGS(280, 0x0)
	/* fmax.s 0xffffffff3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(281, f10, 0xffffffff7f800000)
	CHECK_FLAGS(282, 0x0)
	/* fmax.s 0xffffffff3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(283, f10, 0xffffffff3f800000)
	CHECK_FLAGS(284, 0x0)
	/* fmax.s 0xffffffff3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(285, f10, 0xffffffff3f800000)
	CHECK_FLAGS(286, 0x0)
	/* fmax.s 0xffffffff3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(287, f10, 0xffffffff3f800000)
	CHECK_FLAGS(288, 0x0)
	/* fmax.s 0xffffffffbf800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(289, f10, 0xffffffff00000000)
	CHECK_FLAGS(290, 0x0)
	/* fmax.s 0xffffffffbf800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(291, f10, 0xffffffff3f800000)
	CHECK_FLAGS(292, 0x0)
	/* fmax.s 0xffffffffbf800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(293, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(294, 0x0)
	/* fmax.s 0xffffffffbf800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(295, f10, 0xffffffff00000001)
	CHECK_FLAGS(296, 0x0)
	/* fmax.s 0xffffffffbf800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(297, f10, 0xffffffff7f800000)
	CHECK_FLAGS(298, 0x0)
	/* fmax.s 0xffffffffbf800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(299, f10, 0xffffffffbf800000)
	CHECK_FLAGS(300, 0x0)
	/* fmax.s 0xffffffffbf800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(301, f10, 0xffffffffbf800000)
	CHECK_FLAGS(302, 0x0)
	/* fmax.s 0xffffffffbf800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(303, f10, 0xffffffffbf800000)
	CHECK_FLAGS(304, 0x0)
	/* fmax.s 0xffffffff7f7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(305, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(306, 0x0)
	/* fmax.s 0xffffffff7f7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(307, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(308, 0x0)
	/* fmax.s 0xffffffff7f7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(309, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(310, 0x0)
	/* fmax.s 0xffffffff7f7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(311, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(312, 0x0)
	/* fmax.s 0xffffffff7f7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(313, f10, 0xffffffff7f800000)
	CHECK_FLAGS(314, 0x0)
	/* fmax.s 0xffffffff7f7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(315, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(316, 0x0)
	/* fmax.s 0xffffffff7f7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(317, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(318, 0x0)
	/* fmax.s 0xffffffff7f7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(319, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(320, 0x0)
	/* fmax.s 0xffffffffff7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(321, f10, 0xffffffff00000000)
	CHECK_FLAGS(322, 0x0)
	/* fmax.s 0xffffffffff7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(323, f10, 0xffffffff3f800000)
	CHECK_FLAGS(324, 0x0)
	/* fmax.s 0xffffffffff7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(325, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(326, 0x0)
	/* fmax.s 0xffffffffff7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(327, f10, 0xffffffff00000001)
	CHECK_FLAGS(328, 0x0)
	/* fmax.s 0xffffffffff7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(329, f10, 0xffffffff7f800000)
	CHECK_FLAGS(330, 0x0)
	/* fmax.s 0xffffffffff7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(331, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(332, 0x0)
	/* fmax.s 0xffffffffff7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(333, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(334, 0x0)
	/* fmax.s 0xffffffffff7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(335, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(336, 0x0)
	/* fmax.s 0xffffffff00000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(337, f10, 0xffffffff00000001)
	CHECK_FLAGS(338, 0x0)
	/* fmax.s 0xffffffff00000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(339, f10, 0xffffffff3f800000)
	CHECK_FLAGS(340, 0x0)
	/* fmax.s 0xffffffff00000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(341, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(342, 0x0)
	/* fmax.s 0xffffffff00000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(343, f10, 0xffffffff00000001)
	CHECK_FLAGS(344, 0x0)
	/* fmax.s 0xffffffff00000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(345, f10, 0xffffffff7f800000)
	CHECK_FLAGS(346, 0x0)
	/* fmax.s 0xffffffff00000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(347, f10, 0xffffffff00000001)
	CHECK_FLAGS(348, 0x0)
	/* fmax.s 0xffffffff00000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(349, f10, 0xffffffff00000001)
	CHECK_FLAGS(350, 0x0)
	/* fmax.s 0xffffffff00000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(351, f10, 0xffffffff00000001)
	CHECK_FLAGS(352, 0x0)
	/* fmax.s 0xffffffff80000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(353, f10, 0xffffffff00000000)
	CHECK_FLAGS(354, 0x0)
	/* fmax.s 0xffffffff80000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(355, f10, 0xffffffff3f800000)
	CHECK_FLAGS(356, 0x0)
	/* fmax.s 0xffffffff80000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(357, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(358, 0x0)
	/* fmax.s 0xffffffff80000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(359, f10, 0xffffffff00000001)
	CHECK_FLAGS(360, 0x0)
	/* fmax.s 0xffffffff80000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(361, f10, 0xffffffff7f800000)
	CHECK_FLAGS(362, 0x0)
	/* fmax.s 0xffffffff80000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(363, f10, 0xffffffff80000001)
	CHECK_FLAGS(364, 0x0)
	/* fmax.s 0xffffffff80000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(365, f10, 0xffffffff80000001)
	CHECK_FLAGS(366, 0x0)
	/* fmax.s 0xffffffff80000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(367, f10, 0xffffffff80000001)
	CHECK_FLAGS(368, 0x0)
	/* fmax.s 0xffffffff7f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(369, f10, 0xffffffff7f800000)
	CHECK_FLAGS(370, 0x0)
	/* fmax.s 0xffffffff7f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(371, f10, 0xffffffff7f800000)
	CHECK_FLAGS(372, 0x0)
	/* fmax.s 0xffffffff7f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(373, f10, 0xffffffff7f800000)
	CHECK_FLAGS(374, 0x0)
	/* fmax.s 0xffffffff7f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(375, f10, 0xffffffff7f800000)
	CHECK_FLAGS(376, 0x0)
	/* fmax.s 0xffffffff7f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(377, f10, 0xffffffff7f800000)
	CHECK_FLAGS(378, 0x0)
	/* fmax.s 0xffffffff7f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(379, f10, 0xffffffff7f800000)
	CHECK_FLAGS(380, 0x0)
	/* fmax.s 0xffffffff7f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(381, f10, 0xffffffff7f800000)
	CHECK_FLAGS(382, 0x0)
	/* fmax.s 0xffffffff7f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(383, f10, 0xffffffff7f800000)
	CHECK_FLAGS(384, 0x0)
	/* fmax.s 0xffffffffff800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(385, f10, 0xffffffff00000000)
	CHECK_FLAGS(386, 0x0)
	/* fmax.s 0xffffffffff800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(387, f10, 0xffffffff3f800000)
	CHECK_FLAGS(388, 0x0)
	/* fmax.s 0xffffffffff800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(389, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(390, 0x0)
	/* fmax.s 0xffffffffff800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(391, f10, 0xffffffff00000001)
	CHECK_FLAGS(392, 0x0)
	/* fmax.s 0xffffffffff800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(393, f10, 0xffffffff7f800000)
	CHECK_FLAGS(394, 0x0)
	/* fmax.s 0xffffffffff800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(395, f10, 0xffffffffff800000)
	CHECK_FLAGS(396, 0x0)
	/* fmax.s 0xffffffffff800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(397, f10, 0xffffffffff800000)
	CHECK_FLAGS(398, 0x0)
	/* fmax.s 0xffffffffff800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(399, f10, 0xffffffffff800000)
	CHECK_FLAGS(400, 0x0)
	/* fmax.s 0xffffffff7fc00000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(401, f10, 0xffffffff00000000)
	CHECK_FLAGS(402, 0x0)
	/* fmax.s 0xffffffff7fc00000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(403, f10, 0xffffffff3f800000)
	CHECK_FLAGS(404, 0x0)
	/* fmax.s 0xffffffff7fc00000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(405, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(406, 0x0)
	/* fmax.s 0xffffffff7fc00000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(407, f10, 0xffffffff00000001)
	CHECK_FLAGS(408, 0x0)
	/* fmax.s 0xffffffff7fc00000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(409, f10, 0xffffffff7f800000)
	CHECK_FLAGS(410, 0x0)
	/* fmax.s 0xffffffff7fc00000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(411, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(412, 0x0)
	/* fmax.s 0xffffffff7fc00000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(413, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(414, 0x0)
	/* fmax.s 0xffffffff7fc00000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(415, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(416, 0x0)
	/* fmax.s 0xffffffff7f800001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(417, f10, 0xffffffff00000000)
	CHECK_FLAGS(418, 0x10)
	/* fmax.s 0xffffffff7f800001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(419, f10, 0xffffffff3f800000)
	CHECK_FLAGS(420, 0x10)
	/* fmax.s 0xffffffff7f800001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(421, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(422, 0x10)
	/* fmax.s 0xffffffff7f800001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(423, f10, 0xffffffff00000001)
	CHECK_FLAGS(424, 0x10)
	/* fmax.s 0xffffffff7f800001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(425, f10, 0xffffffff7f800000)
	CHECK_FLAGS(426, 0x10)
	/* fmax.s 0xffffffff7f800001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(427, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(428, 0x10)
	/* fmax.s 0xffffffff7f800001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(429, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(430, 0x10)
	/* fmax.s 0xffffffff7f800001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(431, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(432, 0x10)
	/* fmax.s 0xffffffffffc12345 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(433, f10, 0xffffffff00000000)
	CHECK_FLAGS(434, 0x0)
	/* fmax.s 0xffffffffffc12345 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(435, f10, 0xffffffff3f800000)
	CHECK_FLAGS(436, 0x0)
	/* fmax.s 0xffffffffffc12345 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(437, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(438, 0x0)
	/* fmax.s 0xffffffffffc12345 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(439, f10, 0xffffffff00000001)
	CHECK_FLAGS(440, 0x0)
	/* fmax.s 0xffffffffffc12345 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(441, f10, 0xffffffff7f800000)
	CHECK_FLAGS(442, 0x0)
	/* fmax.s 0xffffffffffc12345 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(443, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(444, 0x0)
	/* fmax.s 0xffffffffffc12345 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(445, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(446, 0x0)
	/* fmax.s 0xffffffffffc12345 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(447, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(448, 0x0)
	/* fmax.s 0x3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(449, f10, 0xffffffff00000000)
	CHECK_FLAGS(450, 0x0)
	/* fmax.s 0x3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(451, f10, 0xffffffff3f800000)
	CHECK_FLAGS(452, 0x0)
	/* fmax.s 0x3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(453, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(454, 0x0)
	/* fmax.s 0x3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(455, f10, 0xffffffff00000001)
	CHECK_FLAGS(456, 0x0)
	/* fmax.s 0x3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(457, f10, 0xffffffff7f800000)
	CHECK_FLAGS(458, 0x0)
	/* fmax.s 0x3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(459, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(460, 0x0)
	/* fmax.s 0x3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(461, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(462, 0x0)
	/* fmax.s 0x3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(463, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(464, 0x0)
	/* fmax.s 0x7fc0000000000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(465, f10, 0xffffffff00000000)
	CHECK_FLAGS(466, 0x0)
	/* fmax.s 0x7fc0000000000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(467, f10, 0xffffffff3f800000)
	CHECK_FLAGS(468, 0x0)
	/* fmax.s 0x7fc0000000000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(469, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(470, 0x0)
	/* fmax.s 0x7fc0000000000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(471, f10, 0xffffffff00000001)
	CHECK_FLAGS(472, 0x0)
	/* fmax.s 0x7fc0000000000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(473, f10, 0xffffffff7f800000)
	CHECK_FLAGS(474, 0x0)
	/* fmax.s 0x7fc0000000000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(475, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(476, 0x0)
	/* fmax.s 0x7fc0000000000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(477, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(478, 0x0)
	/* fmax.s 0x7fc0000000000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(479, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(480, 0x0)
	/* fsgnj.s 0xffffffff00000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(481, f10, 0xffffffff00000000)
	CHECK_FLAGS(482, 0x0)
	/* fsgnj.s 0xffffffff00000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(483, f10, 0xffffffff00000000)
	CHECK_FLAGS(484, 0x0)
	/* fsgnj.s 0xffffffff00000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(485, f10, 0xffffffff00000000)
	CHECK_FLAGS(486, 0x0)
	/* fsgnj.s 0xffffffff00000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(487, f10, 0xffffffff00000000)
	CHECK_FLAGS(488, 0x0)
	/* fsgnj.s 0xffffffff00000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(489, f10, 0xffffffff00000000)
	CHECK_FLAGS(490, 0x0)
	/* fsgnj.s 0xffffffff00000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(491, f10, 0xffffffff00000000)
	CHECK_FLAGS(492, 0x0)
	/* fsgnj.s 0xffffffff00000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(493, f10, 0xffffffff80000000)
	CHECK_FLAGS(494, 0x0)
	/* fsgnj.s 0xffffffff00000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(495, f10, 0xffffffff00000000)
	CHECK_FLAGS(496, 0x0)
	/* fsgnj.s 0xffffffff80000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(497, f10, 0xffffffff00000000)
	CHECK_FLAGS(498, 0x0)
	/* fsgnj.s 0xffffffff80000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(499, f10, 0xffffffff00000000)
	CHECK_FLAGS(500, 0x0)
	/* fsgnj.s 0xffffffff80000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(501, f10, 0xffffffff00000000)
	CHECK_FLAGS(502, 0x0)
	/* fsgnj.s 0xffffffff80000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(503, f10, 0xffffffff00000000)
	CHECK_FLAGS(504, 0x0)
	/* fsgnj.s 0xffffffff80000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(505, f10, 0xffffffff00000000)
	CHECK_FLAGS(506, 0x0)
	/* fsgnj.s 0xffffffff80000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(507, f10, 0xffffffff00000000)
	CHECK_FLAGS(508, 0x0)
	/* fsgnj.s 0xffffffff80000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(509, f10, 0xffffffff80000000)
	CHECK_FLAGS(510, 0x0)
	/* fsgnj.s 0xffffffff80000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(511, f10, 0xffffffff00000000)
	CHECK_FLAGS(512, 0x0)
	/* fsgnj.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(513, f10, 0xffffffff3f800000)
	CHECK_FLAGS(514, 0x0)
	/* fsgnj.s 0xffffffff3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(515, f10, 0xffffffff3f800000)
	CHECK_FLAGS(516, 0x0)
	/* fsgnj.s 0xffffffff3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(517, f10, 0xffffffff3f800000)
	CHECK_FLAGS(518, 0x0)
	/* fsgnj.s 0xffffffff3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(519, f10, 0xffffffff3f800000)
	CHECK_FLAGS(520, 0x0)
	/* fsgnj.s 0xffffffff3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(521, f10, 0xffffffff3f800000)
	CHECK_FLAGS(522, 0x0)
	/* fsgnj.s 0xffffffff3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(523, f10, 0xffffffff3f800000)
	CHECK_FLAGS(524, 0x0)
	/* fsgnj.s 0xffffffff3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(525, f10, 0xffffffffbf800000)
	CHECK_FLAGS(526, 0x0)
	/* fsgnj.s 0xffffffff3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(527, f10, 0xffffffff3f800000)
	CHECK_FLAGS(528, 0x0)
	/* fsgnj.s 0xffffffffbf800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(529, f10, 0xffffffff3f800000)
	CHECK_FLAGS(530, 0x0)
	/* fsgnj.s 0xffffffffbf800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(531, f10, 0xffffffff3f800000)
	CHECK_FLAGS(532, 0x0)
	/* fsgnj.s 0xffffffffbf800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(533, f10, 0xffffffff3f800000)
	CHECK_FLAGS(534, 0x0)
	/* fsgnj.s 0xffffffffbf800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(535, f10, 0xffffffff3f800000)
	CHECK_FLAGS(536, 0x0)
	/* fsgnj.s 0xffffffffbf800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(537, f10, 0xffffffff3f800000)
	CHECK_FLAGS(538, 0x0)
	/* fsgnj.s 0xffffffffbf800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(539, f10, 0xffffffff3f800000)
	CHECK_FLAGS(540, 0x0)
	/* fsgnj.s 0xffffffffbf800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(541, f10, 0xffffffffbf800000)
	CHECK_FLAGS(542, 0x0)
	/* fsgnj.s 0xffffffffbf800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(543, f10, 0xffffffff3f800000)
	CHECK_FLAGS(544, 0x0)
	/* fsgnj.s 0xffffffff7f7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(545, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(546, 0x0)
	/* fsgnj.s 0xffffffff7f7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(547, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(548, 0x0)
	/* fsgnj.s 0xffffffff7f7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(549, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(550, 0x0)
	/* fsgnj.s 0xffffffff7f7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(551, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(552, 0x0)
	/* fsgnj.s 0xffffffff7f7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(553, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(554, 0x0)
	/* fsgnj.s 0xffffffff7f7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(555, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(556, 0x0)
	/* fsgnj.s 0xffffffff7f7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(557, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(558, 0x0)
	/* fsgnj.s 0xffffffff7f7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(559, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(560, 0x0)
	/* fsgnj.s 0xffffffffff7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(561, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(562, 0x0)
	/* fsgnj.s 0xffffffffff7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(563, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(564, 0x0)
	/* fsgnj.s 0xffffffffff7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(565, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(566, 0x0)
	/* fsgnj.s 0xffffffffff7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(567, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(568, 0x0)
	/* fsgnj.s 0xffffffffff7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(569, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(570, 0x0)
	/* fsgnj.s 0xffffffffff7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(571, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(572, 0x0)
	/* fsgnj.s 0xffffffffff7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(573, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(574, 0x0)
	/* fsgnj.s 0xffffffffff7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(575, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(576, 0x0)
	/* fsgnj.s 0xffffffff00000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(577, f10, 0xffffffff00000001)
	CHECK_FLAGS(578, 0x0)
	/* fsgnj.s 0xffffffff00000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(579, f10, 0xffffffff00000001)
	CHECK_FLAGS(580, 0x0)
	/* fsgnj.s 0xffffffff00000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(581, f10, 0xffffffff00000001)
	CHECK_FLAGS(582, 0x0)
	/* fsgnj.s 0xffffffff00000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(583, f10, 0xffffffff00000001)
	CHECK_FLAGS(584, 0x0)
	/* fsgnj.s 0xffffffff00000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(585, f10, 0xffffffff00000001)
	CHECK_FLAGS(586, 0x0)
	/* fsgnj.s 0xffffffff00000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(587, f10, 0xffffffff00000001)
	CHECK_FLAGS(588, 0x0)
	/* fsgnj.s 0xffffffff00000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(589, f10, 0xffffffff80000001)
	CHECK_FLAGS(590, 0x0)
	/* fsgnj.s 0xffffffff00000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(591, f10, 0xffffffff00000001)
	CHECK_FLAGS(592, 0x0)
	/* fsgnj.s 0xffffffff80000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(593, f10, 0xffffffff00000001)
	CHECK_FLAGS(594, 0x0)
	/* fsgnj.s 0xffffffff80000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(595, f10, 0xffffffff00000001)
	CHECK_FLAGS(596, 0x0)
	/* fsgnj.s 0xffffffff80000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(597, f10, 0xffffffff00000001)
	CHECK_FLAGS(598, 0x0)
	/* fsgnj.s 0xffffffff80000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(599, f10, 0xffffffff00000001)
	CHECK_FLAGS(600, 0x0)
	/* fsgnj.s 0xffffffff80000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(601, f10, 0xffffffff00000001)
	CHECK_FLAGS(602, 0x0)
	/* fsgnj.s 0xffffffff80000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(603, f10, 0xffffffff00000001)
	CHECK_FLAGS(604, 0x0)
	/* fsgnj.s 0xffffffff80000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(605, f10, 0xffffffff80000001)
	CHECK_FLAGS(606, 0x0)
	/* fsgnj.s 0xffffffff80000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(607, f10, 0xffffffff00000001)
	CHECK_FLAGS(608, 0x0)
	/* fsgnj.s 0xffffffff7f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(609, f10, 0xffffffff7f800000)
	CHECK_FLAGS(610, 0x0)
	/* fsgnj.s 0xffffffff7f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(611, f10, 0xffffffff7f800000)
	CHECK_FLAGS(612, 0x0)
	/* fsgnj.s 0xffffffff7f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(613, f10, 0xffffffff7f800000)
	CHECK_FLAGS(614, 0x0)
	/* fsgnj.s 0xffffffff7f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(615, f10, 0xffffffff7f800000)
	CHECK_FLAGS(616, 0x0)
	/* fsgnj.s 0xffffffff7f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(617, f10, 0xffffffff7f800000)
	CHECK_FLAGS(618, 0x0)
	/* fsgnj.s 0xffffffff7f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(619, f10, 0xffffffff7f800000)
	CHECK_FLAGS(620, 0x0)
	/* fsgnj.s 0xffffffff7f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(621, f10, 0xffffffffff800000)
	CHECK_FLAGS(622, 0x0)
	/* fsgnj.s 0xffffffff7f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(623, f10, 0xffffffff7f800000)
	CHECK_FLAGS(624, 0x0)
	/* fsgnj.s 0xffffffffff800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(625, f10, 0xffffffff7f800000)
	CHECK_FLAGS(626, 0x0)
	/* fsgnj.s 0xffffffffff800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(627, f10, 0xffffffff7f800000)
	CHECK_FLAGS(628, 0x0)
	/* fsgnj.s 0xffffffffff800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(629, f10, 0xffffffff7f800000)
	CHECK_FLAGS(630, 0x0)
	/* fsgnj.s 0xffffffffff800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(631, f10, 0xffffffff7f800000)
	CHECK_FLAGS(632, 0x0)
	/* fsgnj.s 0xffffffffff800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(633, f10, 0xffffffff7f800000)
	CHECK_FLAGS(634, 0x0)
	/* fsgnj.s 0xffffffffff800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(635, f10, 0xffffffff7f800000)
	CHECK_FLAGS(636, 0x0)
	/* fsgnj.s 0xffffffffff800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(637, f10, 0xffffffffff800000)
	CHECK_FLAGS(638, 0x0)
	/* fsgnj.s 0xffffffffff800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(639, f10, 0xffffffff7f800000)
	CHECK_FLAGS(640, 0x0)
	/* fsgnj.s 0xffffffff7fc00000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(641, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(642, 0x0)
	/* fsgnj.s 0xffffffff7fc00000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(643, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(644, 0x0)
	/* fsgnj.s 0xffffffff7fc00000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(645, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(646, 0x0)
	/* fsgnj.s 0xffffffff7fc00000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(647, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(648, 0x0)
	/* fsgnj.s 0xffffffff7fc00000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(649, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(650, 0x0)
	/* fsgnj.s 0xffffffff7fc00000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(651, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(652, 0x0)
	/* fsgnj.s 0xffffffff7fc00000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(653, f10, 0xffffffffffc00000)
	CHECK_FLAGS(654, 0x0)
	/* fsgnj.s 0xffffffff7fc00000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(655, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(656, 0x0)
	/* fsgnj.s 0xffffffff7f800001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(657, f10, 0xffffffff7f800001)
	CHECK_FLAGS(658, 0x0)
	/* fsgnj.s 0xffffffff7f800001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(659, f10, 0xffffffff7f800001)
	CHECK_FLAGS(660, 0x0)
	/* fsgnj.s 0xffffffff7f800001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(661, f10, 0xffffffff7f800001)
	CHECK_FLAGS(662, 0x0)
	/* fsgnj.s 0xffffffff7f800001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(663, f10, 0xffffffff7f800001)
	CHECK_FLAGS(664, 0x0)
	/* fsgnj.s 0xffffffff7f800001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(665, f10, 0xffffffff7f800001)
	CHECK_FLAGS(666, 0x0)
	/* fsgnj.s 0xffffffff7f800001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(667, f10, 0xffffffff7f800001)
	CHECK_FLAGS(668, 0x0)
	/* fsgnj.s 0xffffffff7f800001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(669, f10, 0xffffffffff800001)
	CHECK_FLAGS(670, 0x0)
	/* fsgnj.s 0xffffffff7f800001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(671, f10, 0xffffffff7f800001)
	CHECK_FLAGS(672, 0x0)
	/* fsgnj.s 0xffffffffffc12345 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(673, f10, 0xffffffff7fc12345)
	CHECK_FLAGS(674, 0x0)
	/* fsgnj.s 0xffffffffffc12345 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(675, f10, 0xffffffff7fc12345)
	CHECK_FLAGS(676, 0x0)
	/* fsgnj.s 0xffffffffffc12345 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(677, f10, 0xffffffff7fc12345)
	CHECK_FLAGS(678, 0x0)
	/* fsgnj.s 0xffffffffffc12345 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(679, f10, 0xffffffff7fc12345)
	CHECK_FLAGS(680, 0x0)
	/* fsgnj.s 0xffffffffffc12345 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(681, f10, 0xffffffff7fc12345)
	CHECK_FLAGS(682, 0x0)
	/* fsgnj.s 0xffffffffffc12345 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(683, f10, 0xffffffff7fc12345)
	CHECK_FLAGS(684, 0x0)
	/* fsgnj.s 0xffffffffffc12345 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(685, f10, 0xffffffffffc12345)
	CHECK_FLAGS(686, 0x0)
	/* fsgnj.s 0xffffffffffc12345 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(687, f10, 0xffffffff7fc12345)
	CHECK_FLAGS(688, 0x0)
	/* fsgnj.s 0x3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(689, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(690, 0x0)
	/* fsgnj.s 0x3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(691, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(692, 0x0)
	/* fsgnj.s 0x3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(693, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(694, 0x0)
	/* fsgnj.s 0x3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(695, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(696, 0x0)
	/* fsgnj.s 0x3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(697, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(698, 0x0)
	/* fsgnj.s 0x3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(699, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(700, 0x0)
	/* fsgnj.s 0x3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(701, f10, 0xffffffffffc00000)
	CHECK_FLAGS(702, 0x0)
	/* fsgnj.s 0x3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(703, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(704, 0x0)
	/* fsgnj.s 0x7fc0000000000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(705, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(706, 0x0)
	/* fsgnj.s 0x7fc0000000000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(707, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(708, 0x0)
	/* fsgnj.s 0x7fc0000000000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(709, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(710, 0x0)
	/* fsgnj.s 0x7fc0000000000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(711, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(712, 0x0)
	/* fsgnj.s 0x7fc0000000000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(713, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(714, 0x0)
	/* fsgnj.s 0x7fc0000000000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(715, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(716, 0x0)
	/* fsgnj.s 0x7fc0000000000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(717, f10, 0xffffffffffc00000)
	CHECK_FLAGS(718, 0x0)
	/* fsgnj.s 0x7fc0000000000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(719, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(720, 0x0)
	/* fsgnjn.s 0xffffffff00000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(721, f10, 0xffffffff80000000)
	CHECK_FLAGS(722, 0x0)
	/* fsgnjn.s 0xffffffff00000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(723, f10, 0xffffffff80000000)
	CHECK_FLAGS(724, 0x0)
	/* fsgnjn.s 0xffffffff00000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(725, f10, 0xffffffff80000000)
	CHECK_FLAGS(726, 0x0)
	/* fsgnjn.s 0xffffffff00000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(727, f10, 0xffffffff80000000)
	CHECK_FLAGS(728, 0x0)
	/* fsgnjn.s 0xffffffff00000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(729, f10, 0xffffffff80000000)
	CHECK_FLAGS(730, 0x0)
	/* fsgnjn.s 0xffffffff00000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(731, f10, 0xffffffff80000000)
	CHECK_FLAGS(732, 0x0)
	/* fsgnjn.s 0xffffffff00000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(733, f10, 0xffffffff00000000)
	CHECK_FLAGS(734, 0x0)
	/* fsgnjn.s 0xffffffff00000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(735, f10, 0xffffffff80000000)
	CHECK_FLAGS(736, 0x0)
	/* fsgnjn.s 0xffffffff80000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(737, f10, 0xffffffff80000000)
	CHECK_FLAGS(738, 0x0)
	/* fsgnjn.s 0xffffffff80000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(739, f10, 0xffffffff80000000)
	CHECK_FLAGS(740, 0x0)
	/* fsgnjn.s 0xffffffff80000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(741, f10, 0xffffffff80000000)
	CHECK_FLAGS(742, 0x0)
	/* fsgnjn.s 0xffffffff80000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(743, f10, 0xffffffff80000000)
	CHECK_FLAGS(744, 0x0)
	/* fsgnjn.s 0xffffffff80000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(745, f10, 0xffffffff80000000)
	CHECK_FLAGS(746, 0x0)
	/* fsgnjn.s 0xffffffff80000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(747, f10, 0xffffffff80000000)
	CHECK_FLAGS(748, 0x0)
	/* fsgnjn.s 0xffffffff80000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(749, f10, 0xffffffff00000000)
	CHECK_FLAGS(750, 0x0)
	/* fsgnjn.s 0xffffffff80000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(751, f10, 0xffffffff80000000)
	CHECK_FLAGS(752, 0x0)
	/* fsgnjn.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(753, f10, 0xffffffffbf800000)
	CHECK_FLAGS(754, 0x0)
	/* fsgnjn.s 0xffffffff3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(755, f10, 0xffffffffbf800000)
	CHECK_FLAGS(756, 0x0)
	/* fsgnjn.s 0xffffffff3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(757, f10, 0xffffffffbf800000)
	CHECK_FLAGS(758, 0x0)
	/* fsgnjn.s 0xffffffff3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(759, f10, 0xffffffffbf800000)
	CHECK_FLAGS(760, 0x0)
	/* fsgnjn.s 0xffffffff3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(761, f10, 0xffffffffbf800000)
	CHECK_FLAGS(762, 0x0)
	/* fsgnjn.s 0xffffffff3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(763, f10, 0xffffffffbf800000)
	CHECK_FLAGS(764, 0x0)
	/* fsgnjn.s 0xffffffff3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(765, f10, 0xffffffff3f800000)
	CHECK_FLAGS(766, 0x0)
	/* fsgnjn.s 0xffffffff3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(767, f10, 0xffffffffbf800000)
	CHECK_FLAGS(768, 0x0)
	/* fsgnjn.s 0xffffffffbf800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(769, f10, 0xffffffffbf800000)
	CHECK_FLAGS(770, 0x0)
	/* fsgnjn.s 0xffffffffbf800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(771, f10, 0xffffffffbf800000)
	CHECK_FLAGS(772, 0x0)
	/* fsgnjn.s 0xffffffffbf800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(773, f10, 0xffffffffbf800000)
	CHECK_FLAGS(774, 0x0)
	/* fsgnjn.s 0xffffffffbf800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(775, f10, 0xffffffffbf800000)
	CHECK_FLAGS(776, 0x0)
	/* fsgnjn.s 0xffffffffbf800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(777, f10, 0xffffffffbf800000)
	CHECK_FLAGS(778, 0x0)
	/* fsgnjn.s 0xffffffffbf800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(779, f10, 0xffffffffbf800000)
	CHECK_FLAGS(780, 0x0)
	/* fsgnjn.s 0xffffffffbf800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(781, f10, 0xffffffff3f800000)
	CHECK_FLAGS(782, 0x0)
	/* fsgnjn.s 0xffffffffbf800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(783, f10, 0xffffffffbf800000)
	CHECK_FLAGS(784, 0x0)
	/* fsgnjn.s 0xffffffff7f7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(785, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(786, 0x0)
	/* fsgnjn.s 0xffffffff7f7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(787, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(788, 0x0)
	/* fsgnjn.s 0xffffffff7f7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(789, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(790, 0x0)
	/* fsgnjn.s 0xffffffff7f7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(791, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(792, 0x0)
	/* fsgnjn.s 0xffffffff7f7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(793, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(794, 0x0)
	/* fsgnjn.s 0xffffffff7f7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(795, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(796, 0x0)
	/* fsgnjn.s 0xffffffff7f7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(797, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(798, 0x0)
	/* fsgnjn.s 0xffffffff7f7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(799, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(800, 0x0)
	/* fsgnjn.s 0xffffffffff7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(801, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(802, 0x0)
	/* fsgnjn.s 0xffffffffff7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(803, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(804, 0x0)
	/* fsgnjn.s 0xffffffffff7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(805, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(806, 0x0)
	/* fsgnjn.s 0xffffffffff7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(807, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(808, 0x0)
	/* fsgnjn.s 0xffffffffff7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(809, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(810, 0x0)
	/* fsgnjn.s 0xffffffffff7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(811, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(812, 0x0)
	/* fsgnjn.s 0xffffffffff7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(813, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(814, 0x0)
	/* fsgnjn.s 0xffffffffff7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(815, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(816, 0x0)
	/* fsgnjn.s 0xffffffff00000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(817, f10, 0xffffffff80000001)
	CHECK_FLAGS(818, 0x0)
	/* fsgnjn.s 0xffffffff00000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(819, f10, 0xffffffff80000001)
	CHECK_FLAGS(820, 0x0)
	/* fsgnjn.s 0xffffffff00000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(821, f10, 0xffffffff80000001)
	CHECK_FLAGS(822, 0x0)
	/* fsgnjn.s 0xffffffff00000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(823, f10, 0xffffffff80000001)
	CHECK_FLAGS(824, 0x0)
	/* fsgnjn.s 0xffffffff00000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(825, f10, 0xffffffff80000001)
	CHECK_FLAGS(826, 0x0)
	/* fsgnjn.s 0xffffffff00000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(827, f10, 0xffffffff80000001)
	CHECK_FLAGS(828, 0x0)
	/* fsgnjn.s 0xffffffff00000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(829, f10, 0xffffffff00000001)
	CHECK_FLAGS(830, 0x0)
	/* fsgnjn.s 0xffffffff00000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(831, f10, 0xffffffff80000001)
	CHECK_FLAGS(832, 0x0)
	/* fsgnjn.s 0xffffffff80000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(833, f10, 0xffffffff80000001)
	CHECK_FLAGS(834, 0x0)
	/* fsgnjn.s 0xffffffff80000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(835, f10, 0xffffffff80000001)
	CHECK_FLAGS(836, 0x0)
	/* fsgnjn.s 0xffffffff80000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(837, f10, 0xffffffff80000001)
	CHECK_FLAGS(838, 0x0)
	/* fsgnjn.s 0xffffffff80000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(839, f10, 0xffffffff80000001)
	CHECK_FLAGS(840, 0x0)
	/* fsgnjn.s 0xffffffff80000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(841, f10, 0xffffffff80000001)
	CHECK_FLAGS(842, 0x0)
	/* fsgnjn.s 0xffffffff80000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(843, f10, 0xffffffff80000001)
	CHECK_FLAGS(844, 0x0)
	/* fsgnjn.s 0xffffffff80000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(845, f10, 0xffffffff00000001)
	CHECK_FLAGS(846, 0x0)
	/* fsgnjn.s 0xffffffff80000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(847, f10, 0xffffffff80000001)
	CHECK_FLAGS(848, 0x0)
	/* fsgnjn.s 0xffffffff7f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(849, f10, 0xffffffffff800000)
	CHECK_FLAGS(850, 0x0)
	/* fsgnjn.s 0xffffffff7f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(851, f10, 0xffffffffff800000)
	CHECK_FLAGS(852, 0x0)
	/* fsgnjn.s 0xffffffff7f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(853, f10, 0xffffffffff800000)
	CHECK_FLAGS(854, 0x0)
	/* fsgnjn.s 0xffffffff7f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(855, f10, 0xffffffffff800000)
	CHECK_FLAGS(856, 0x0)
	/* fsgnjn.s 0xffffffff7f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(857, f10, 0xffffffffff800000)
	CHECK_FLAGS(858, 0x0)
	/* fsgnjn.s 0xffffffff7f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(859, f10, 0xffffffffff800000)
	CHECK_FLAGS(860, 0x0)
	/* fsgnjn.s 0xffffffff7f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(861, f10, 0xffffffff7f800000)
	CHECK_FLAGS(862, 0x0)
	/* fsgnjn.s 0xffffffff7f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(863, f10, 0xffffffffff800000)
	CHECK_FLAGS(864, 0x0)
	/* fsgnjn.s 0xffffffffff800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(865, f10, 0xffffffffff800000)
	CHECK_FLAGS(866, 0x0)
	/* fsgnjn.s 0xffffffffff800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(867, f10, 0xffffffffff800000)
	CHECK_FLAGS(868, 0x0)
	/* fsgnjn.s 0xffffffffff800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(869, f10, 0xffffffffff800000)
	CHECK_FLAGS(870, 0x0)
	/* fsgnjn.s 0xffffffffff800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(871, f10, 0xffffffffff800000)
	CHECK_FLAGS(872, 0x0)
	/* fsgnjn.s 0xffffffffff800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(873, f10, 0xffffffffff800000)
	CHECK_FLAGS(874, 0x0)
	/* fsgnjn.s 0xffffffffff800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(875, f10, 0xffffffffff800000)
	CHECK_FLAGS(876, 0x0)
	/* fsgnjn.s 0xffffffffff800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(877, f10, 0xffffffff7f800000)
	CHECK_FLAGS(878, 0x0)
	/* fsgnjn.s 0xffffffffff800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(879, f10, 0xffffffffff800000)
	CHECK_FLAGS(880, 0x0)
	/* fsgnjn.s 0xffffffff7fc00000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(881, f10, 0xffffffffffc00000)
	CHECK_FLAGS(882, 0x0)
	/* fsgnjn.s 0xffffffff7fc00000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(883, f10, 0xffffffffffc00000)
	CHECK_FLAGS(884, 0x0)
	/* fsgnjn.s 0xffffffff7fc00000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(885, f10, 0xffffffffffc00000)
	CHECK_FLAGS(886, 0x0)
	/* fsgnjn.s 0xffffffff7fc00000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(887, f10, 0xffffffffffc00000)
	CHECK_FLAGS(888, 0x0)
	/* fsgnjn.s 0xffffffff7fc00000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(889, f10, 0xffffffffffc00000)
	CHECK_FLAGS(890, 0x0)
	/* fsgnjn.s 0xffffffff7fc00000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(891, f10, 0xffffffffffc00000)
	CHECK_FLAGS(892, 0x0)
	/* fsgnjn.s 0xffffffff7fc00000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(893, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(894, 0x0)
	/* fsgnjn.s 0xffffffff7fc00000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(895, f10, 0xffffffffffc00000)
	CHECK_FLAGS(896, 0x0)
	/* fsgnjn.s 0xffffffff7f800001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(897, f10, 0xffffffffff800001)
	CHECK_FLAGS(898, 0x0)
	/* fsgnjn.s 0xffffffff7f800001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(899, f10, 0xffffffffff800001)
	CHECK_FLAGS(900, 0x0)
	/* fsgnjn.s 0xffffffff7f800001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(901, f10, 0xffffffffff800001)
	CHECK_FLAGS(902, 0x0)
	/* fsgnjn.s 0xffffffff7f800001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(903, f10, 0xffffffffff800001)
	CHECK_FLAGS(904, 0x0)
	/* fsgnjn.s 0xffffffff7f800001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(905, f10, 0xffffffffff800001)
	CHECK_FLAGS(906, 0x0)
	/* fsgnjn.s 0xffffffff7f800001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(907, f10, 0xffffffffff800001)
	CHECK_FLAGS(908, 0x0)
	/* fsgnjn.s 0xffffffff7f800001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(909, f10, 0xffffffff7f800001)
	CHECK_FLAGS(910, 0x0)
	/* fsgnjn.s 0xffffffff7f800001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(911, f10, 0xffffffffff800001)
	CHECK_FLAGS(912, 0x0)
	/* fsgnjn.s 0xffffffffffc12345 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(913, f10, 0xffffffffffc12345)
	CHECK_FLAGS(914, 0x0)
	/* fsgnjn.s 0xffffffffffc12345 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(915, f10, 0xffffffffffc12345)
	CHECK_FLAGS(916, 0x0)
	/* fsgnjn.s 0xffffffffffc12345 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(917, f10, 0xffffffffffc12345)
	CHECK_FLAGS(918, 0x0)
	/* fsgnjn.s 0xffffffffffc12345 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(919, f10, 0xffffffffffc12345)
	CHECK_FLAGS(920, 0x0)
	/* fsgnjn.s 0xffffffffffc12345 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(921, f10, 0xffffffffffc12345)
	CHECK_FLAGS(922, 0x0)
	/* fsgnjn.s 0xffffffffffc12345 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(923, f10, 0xffffffffffc12345)
	CHECK_FLAGS(924, 0x0)
	/* fsgnjn.s 0xffffffffffc12345 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(925, f10, 0xffffffff7fc12345)
	CHECK_FLAGS(926, 0x0)
	/* fsgnjn.s 0xffffffffffc12345 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(927, f10, 0xffffffffffc12345)
	CHECK_FLAGS(928, 0x0)
	/* fsgnjn.s 0x3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(929, f10, 0xffffffffffc00000)
	CHECK_FLAGS(930, 0x0)
	/* fsgnjn.s 0x3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(931, f10, 0xffffffffffc00000)
	CHECK_FLAGS(932, 0x0)
	/* fsgnjn.s 0x3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(933, f10, 0xffffffffffc00000)
	CHECK_FLAGS(934, 0x0)
	/* fsgnjn.s 0x3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(935, f10, 0xffffffffffc00000)
	CHECK_FLAGS(936, 0x0)
	/* fsgnjn.s 0x3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(937, f10, 0xffffffffffc00000)
	CHECK_FLAGS(938, 0x0)
	/* fsgnjn.s 0x3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(939, f10, 0xffffffffffc00000)
	CHECK_FLAGS(940, 0x0)
	/* fsgnjn.s 0x3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(941, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(942, 0x0)
	/* fsgnjn.s 0x3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(943, f10, 0xffffffffffc00000)
	CHECK_FLAGS(944, 0x0)
	/* fsgnjn.s 0x7fc0000000000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(945, f10, 0xffffffffffc00000)
	CHECK_FLAGS(946, 0x0)
	/* fsgnjn.s 0x7fc0000000000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(947, f10, 0xffffffffffc00000)
	CHECK_FLAGS(948, 0x0)
	/* fsgnjn.s 0x7fc0000000000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(949, f10, 0xffffffffffc00000)
	CHECK_FLAGS(950, 0x0)
	/* fsgnjn.s 0x7fc0000000000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(951, f10, 0xffffffffffc00000)
	CHECK_FLAGS(952, 0x0)
	/* fsgnjn.s 0x7fc0000000000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(953, f10, 0xffffffffffc00000)
	CHECK_FLAGS(954, 0x0)
	/* fsgnjn.s 0x7fc0000000000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(955, f10, 0xffffffffffc00000)
	CHECK_FLAGS(956, 0x0)
	/* fsgnjn.s 0x7fc0000000000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(957, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(958, 0x0)
	/* fsgnjn.s 0x7fc0000000000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(959, f10, 0xffffffffffc00000)
	CHECK_FLAGS(960, 0x0)
	/* fsgnjx.s 0xffffffff00000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(961, f10, 0xffffffff00000000)
	CHECK_FLAGS(962, 0x0)
	/* fsgnjx.s 0xffffffff00000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(963, f10, 0xffffffff00000000)
	CHECK_FLAGS(964, 0x0)
	/* fsgnjx.s 0xffffffff00000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(965, f10, 0xffffffff00000000)
	CHECK_FLAGS(966, 0x0)
	/* fsgnjx.s 0xffffffff00000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(967, f10, 0xffffffff00000000)
	CHECK_FLAGS(968, 0x0)
	/* fsgnjx.s 0xffffffff00000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(969, f10, 0xffffffff00000000)
	CHECK_FLAGS(970, 0x0)
	/* fsgnjx.s 0xffffffff00000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(971, f10, 0xffffffff00000000)
	CHECK_FLAGS(972, 0x0)
	/* fsgnjx.s 0xffffffff00000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(973, f10, 0xffffffff80000000)
	CHECK_FLAGS(974, 0x0)
	/* fsgnjx.s 0xffffffff00000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(975, f10, 0xffffffff00000000)
	CHECK_FLAGS(976, 0x0)
	/* fsgnjx.s 0xffffffff80000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(977, f10, 0xffffffff80000000)
	CHECK_FLAGS(978, 0x0)
	/* fsgnjx.s 0xffffffff80000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(979, f10, 0xffffffff80000000)
	CHECK_FLAGS(980, 0x0)
	/* fsgnjx.s 0xffffffff80000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(981, f10, 0xffffffff80000000)
	CHECK_FLAGS(982, 0x0)
	/* fsgnjx.s 0xffffffff80000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(983, f10, 0xffffffff80000000)
	CHECK_FLAGS(984, 0x0)
	/* fsgnjx.s 0xffffffff80000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(985, f10, 0xffffffff80000000)
	CHECK_FLAGS(986, 0x0)
	/* fsgnjx.s 0xffffffff80000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(987, f10, 0xffffffff80000000)
	CHECK_FLAGS(988, 0x0)
	/* fsgnjx.s 0xffffffff80000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(989, f10, 0xffffffff00000000)
	CHECK_FLAGS(990, 0x0)
	/* fsgnjx.s 0xffffffff80000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(991, f10, 0xffffffff80000000)
	CHECK_FLAGS(992, 0x0)
	/* fsgnjx.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(993, f10, 0xffffffff3f800000)
	CHECK_FLAGS(994, 0x0)
	/* fsgnjx.s 0xffffffff3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(995, f10, 0xffffffff3f800000)
	CHECK_FLAGS(996, 0x0)
	/* fsgnjx.s 0xffffffff3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(997, f10, 0xffffffff3f800000)
	CHECK_FLAGS(998, 0x0)
	/* fsgnjx.s 0xffffffff3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(999, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1000, 0x0)
	/* fsgnjx.s 0xffffffff3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1001, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1002, 0x0)
	/* fsgnjx.s 0xffffffff3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1003, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1004, 0x0)
	/* fsgnjx.s 0xffffffff3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1005, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1006, 0x0)
	/* fsgnjx.s 0xffffffff3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1007, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1008, 0x0)
	/* fsgnjx.s 0xffffffffbf800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1009, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1010, 0x0)
	/* fsgnjx.s 0xffffffffbf800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1011, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1012, 0x0)
	/* fsgnjx.s 0xffffffffbf800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1013, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1014, 0x0)
	/* fsgnjx.s 0xffffffffbf800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1015, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1016, 0x0)
	/* fsgnjx.s 0xffffffffbf800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1017, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1018, 0x0)
	/* fsgnjx.s 0xffffffffbf800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1019, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1020, 0x0)
	/* fsgnjx.s 0xffffffffbf800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1021, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1022, 0x0)
	/* fsgnjx.s 0xffffffffbf800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1023, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1024, 0x0)
	/* fsgnjx.s 0xffffffff7f7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1025, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(1026, 0x0)
	/* fsgnjx.s 0xffffffff7f7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1027, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(1028, 0x0)
	/* fsgnjx.s 0xffffffff7f7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1029, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(1030, 0x0)
	/* fsgnjx.s 0xffffffff7f7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1031, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(1032, 0x0)
	/* fsgnjx.s 0xffffffff7f7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1033, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(1034, 0x0)
	/* fsgnjx.s 0xffffffff7f7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1035, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(1036, 0x0)
	/* fsgnjx.s 0xffffffff7f7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1037, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(1038, 0x0)
	/* fsgnjx.s 0xffffffff7f7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1039, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(1040, 0x0)
	/* fsgnjx.s 0xffffffffff7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1041, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(1042, 0x0)
	/* fsgnjx.s 0xffffffffff7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1043, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(1044, 0x0)
	/* fsgnjx.s 0xffffffffff7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1045, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(1046, 0x0)
	/* fsgnjx.s 0xffffffffff7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1047, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(1048, 0x0)
	/* fsgnjx.s 0xffffffffff7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1049, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(1050, 0x0)
	/* fsgnjx.s 0xffffffffff7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1051, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(1052, 0x0)
	/* fsgnjx.s 0xffffffffff7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1053, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(1054, 0x0)
	/* fsgnjx.s 0xffffffffff7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1055, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(1056, 0x0)
	/* fsgnjx.s 0xffffffff00000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1057, f10, 0xffffffff00000001)
	CHECK_FLAGS(1058, 0x0)
	/* fsgnjx.s 0xffffffff00000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1059, f10, 0xffffffff00000001)
	CHECK_FLAGS(1060, 0x0)
	/* fsgnjx.s 0xffffffff00000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1061, f10, 0xffffffff00000001)
	CHECK_FLAGS(1062, 0x0)
	/* fsgnjx.s 0xffffffff00000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1063, f10, 0xffffffff00000001)
	CHECK_FLAGS(1064, 0x0)
	/* fsgnjx.s 0xffffffff00000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1065, f10, 0xffffffff00000001)
	CHECK_FLAGS(1066, 0x0)
	/* fsgnjx.s 0xffffffff00000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1067, f10, 0xffffffff00000001)
	CHECK_FLAGS(1068, 0x0)
	/* fsgnjx.s 0xffffffff00000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1069, f10, 0xffffffff80000001)
	CHECK_FLAGS(1070, 0x0)
	/* fsgnjx.s 0xffffffff00000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1071, f10, 0xffffffff00000001)
	CHECK_FLAGS(1072, 0x0)
	/* fsgnjx.s 0xffffffff80000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1073, f10, 0xffffffff80000001)
	CHECK_FLAGS(1074, 0x0)
	/* fsgnjx.s 0xffffffff80000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1075, f10, 0xffffffff80000001)
	CHECK_FLAGS(1076, 0x0)
	/* fsgnjx.s 0xffffffff80000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1077, f10, 0xffffffff80000001)
	CHECK_FLAGS(1078, 0x0)
	/* fsgnjx.s 0xffffffff80000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1079, f10, 0xffffffff80000001)
	CHECK_FLAGS(1080, 0x0)
	/* fsgnjx.s 0xffffffff80000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1081, f10, 0xffffffff80000001)
	CHECK_FLAGS(1082, 0x0)
	/* fsgnjx.s 0xffffffff80000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1083, f10, 0xffffffff80000001)
	CHECK_FLAGS(1084, 0x0)
	/* fsgnjx.s 0xffffffff80000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1085, f10, 0xffffffff00000001)
	CHECK_FLAGS(1086, 0x0)
	/* fsgnjx.s 0xffffffff80000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1087, f10, 0xffffffff80000001)
	CHECK_FLAGS(1088, 0x0)
	/* fsgnjx.s 0xffffffff7f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1089, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1090, 0x0)
	/* fsgnjx.s 0xffffffff7f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1091, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1092, 0x0)
	/* fsgnjx.s 0xffffffff7f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1093, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1094, 0x0)
	/* fsgnjx.s 0xffffffff7f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1095, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1096, 0x0)
	/* fsgnjx.s 0xffffffff7f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1097, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1098, 0x0)
	/* fsgnjx.s 0xffffffff7f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1099, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1100, 0x0)
	/* fsgnjx.s 0xffffffff7f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1101, f10, 0xffffffffff800000)
	CHECK_FLAGS(1102, 0x0)
	/* fsgnjx.s 0xffffffff7f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1103, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1104, 0x0)
	/* fsgnjx.s 0xffffffffff800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1105, f10, 0xffffffffff800000)
	CHECK_FLAGS(1106, 0x0)
	/* fsgnjx.s 0xffffffffff800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1107, f10, 0xffffffffff800000)
	CHECK_FLAGS(1108, 0x0)
	/* fsgnjx.s 0xffffffffff800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1109, f10, 0xffffffffff800000)
	CHECK_FLAGS(1110, 0x0)
	/* fsgnjx.s 0xffffffffff800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1111, f10, 0xffffffffff800000)
	CHECK_FLAGS(1112, 0x0)
	/* fsgnjx.s 0xffffffffff800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1113, f10, 0xffffffffff800000)
	CHECK_FLAGS(1114, 0x0)
	/* fsgnjx.s 0xffffffffff800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1115, f10, 0xffffffffff800000)
	CHECK_FLAGS(1116, 0x0)
	/* fsgnjx.s 0xffffffffff800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1117, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1118, 0x0)
	/* fsgnjx.s 0xffffffffff800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1119, f10, 0xffffffffff800000)
	CHECK_FLAGS(1120, 0x0)
	/* fsgnjx.s 0xffffffff7fc00000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1121, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1122, 0x0)
	/* fsgnjx.s 0xffffffff7fc00000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1123, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1124, 0x0)
	/* fsgnjx.s 0xffffffff7fc00000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1125, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1126, 0x0)
	/* fsgnjx.s 0xffffffff7fc00000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1127, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1128, 0x0)
	/* fsgnjx.s 0xffffffff7fc00000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1129, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1130, 0x0)
	/* fsgnjx.s 0xffffffff7fc00000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1131, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1132, 0x0)
	/* fsgnjx.s 0xffffffff7fc00000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1133, f10, 0xffffffffffc00000)
	CHECK_FLAGS(1134, 0x0)
	/* fsgnjx.s 0xffffffff7fc00000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1135, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1136, 0x0)
	/* fsgnjx.s 0xffffffff7f800001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1137, f10, 0xffffffff7f800001)
	CHECK_FLAGS(1138, 0x0)
	/* fsgnjx.s 0xffffffff7f800001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1139, f10, 0xffffffff7f800001)
	CHECK_FLAGS(1140, 0x0)
	/* fsgnjx.s 0xffffffff7f800001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1141, f10, 0xffffffff7f800001)
	CHECK_FLAGS(1142, 0x0)
	/* fsgnjx.s 0xffffffff7f800001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1143, f10, 0xffffffff7f800001)
	CHECK_FLAGS(1144, 0x0)
	/* fsgnjx.s 0xffffffff7f800001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1145, f10, 0xffffffff7f800001)
	CHECK_FLAGS(1146, 0x0)
	/* fsgnjx.s 0xffffffff7f800001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1147, f10, 0xffffffff7f800001)
	CHECK_FLAGS(1148, 0x0)
	/* fsgnjx.s 0xffffffff7f800001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1149, f10, 0xffffffffff800001)
	CHECK_FLAGS(1150, 0x0)
	/* fsgnjx.s 0xffffffff7f800001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1151, f10, 0xffffffff7f800001)
	CHECK_FLAGS(1152, 0x0)
	/* fsgnjx.s 0xffffffffffc12345 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1153, f10, 0xffffffffffc12345)
	CHECK_FLAGS(1154, 0x0)
	/* fsgnjx.s 0xffffffffffc12345 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1155, f10, 0xffffffffffc12345)
	CHECK_FLAGS(1156, 0x0)
	/* fsgnjx.s 0xffffffffffc12345 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1157, f10, 0xffffffffffc12345)
	CHECK_FLAGS(1158, 0x0)
	/* fsgnjx.s 0xffffffffffc12345 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1159, f10, 0xffffffffffc12345)
	CHECK_FLAGS(1160, 0x0)
	/* fsgnjx.s 0xffffffffffc12345 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1161, f10, 0xffffffffffc12345)
	CHECK_FLAGS(1162, 0x0)
	/* fsgnjx.s 0xffffffffffc12345 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1163, f10, 0xffffffffffc12345)
	CHECK_FLAGS(1164, 0x0)
	/* fsgnjx.s 0xffffffffffc12345 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1165, f10, 0xffffffff7fc12345)
	CHECK_FLAGS(1166, 0x0)
	/* fsgnjx.s 0xffffffffffc12345 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1167, f10, 0xffffffffffc12345)
	CHECK_FLAGS(1168, 0x0)
	/* fsgnjx.s 0x3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1169, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1170, 0x0)
	/* fsgnjx.s 0x3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1171, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1172, 0x0)
	/* fsgnjx.s 0x3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1173, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1174, 0x0)
	/* fsgnjx.s 0x3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1175, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1176, 0x0)
	/* fsgnjx.s 0x3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1177, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1178, 0x0)
	/* fsgnjx.s 0x3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1179, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1180, 0x0)
	/* fsgnjx.s 0x3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1181, f10, 0xffffffffffc00000)
	CHECK_FLAGS(1182, 0x0)
	/* fsgnjx.s 0x3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1183, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1184, 0x0)
	/* fsgnjx.s 0x7fc0000000000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1185, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1186, 0x0)
	/* fsgnjx.s 0x7fc0000000000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1187, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1188, 0x0)
	/* fsgnjx.s 0x7fc0000000000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1189, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1190, 0x0)
	/* fsgnjx.s 0x7fc0000000000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1191, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1192, 0x0)
	/* fsgnjx.s 0x7fc0000000000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1193, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1194, 0x0)
	/* fsgnjx.s 0x7fc0000000000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1195, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1196, 0x0)
	/* fsgnjx.s 0x7fc0000000000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1197, f10, 0xffffffffffc00000)
	CHECK_FLAGS(1198, 0x0)
	/* fsgnjx.s 0x7fc0000000000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1199, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1200, 0x0)
	/* feq.s 0xffffffff00000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1201, a0, 0x1)
	CHECK_FLAGS(1202, 0x0)
	/* feq.s 0xffffffff00000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1203, a0, 0x0)
	CHECK_FLAGS(1204, 0x0)
	/* feq.s 0xffffffff00000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1205, a0, 0x0)
	CHECK_FLAGS(1206, 0x0)
	/* feq.s 0xffffffff00000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1207, a0, 0x0)
	CHECK_FLAGS(1208, 0x0)
	/* feq.s 0xffffffff00000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1209, a0, 0x0)
	CHECK_FLAGS(1210, 0x0)
	/* feq.s 0xffffffff00000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1211, a0, 0x0)
	CHECK_FLAGS(1212, 0x0)
	/* feq.s 0xffffffff00000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1213, a0, 0x0)
	CHECK_FLAGS(1214, 0x0)
	/* feq.s 0xffffffff00000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1215, a0, 0x0)
	CHECK_FLAGS(1216, 0x0)
	/* feq.s 0xffffffff80000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1217, a0, 0x1)
	CHECK_FLAGS(1218, 0x0)
	/* feq.s 0xffffffff80000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1219, a0, 0x0)
	CHECK_FLAGS(1220, 0x0)
	/* feq.s 0xffffffff80000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1221, a0, 0x0)
	CHECK_FLAGS(1222, 0x0)
	/* feq.s 0xffffffff80000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1223, a0, 0x0)
	CHECK_FLAGS(1224, 0x0)
	/* feq.s 0xffffffff80000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1225, a0, 0x0)
	CHECK_FLAGS(1226, 0x0)
	/* feq.s 0xffffffff80000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1227, a0, 0x0)
	CHECK_FLAGS(1228, 0x0)
	/* feq.s 0xffffffff80000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1229, a0, 0x0)
	CHECK_FLAGS(1230, 0x0)
	/* feq.s 0xffffffff80000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1231, a0, 0x0)
	CHECK_FLAGS(1232, 0x0)
	/* feq.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1233, a0, 0x0)
	CHECK_FLAGS(1234, 0x0)
	/* feq.s 0xffffffff3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1235, a0, 0x1)
	CHECK_FLAGS(1236, 0x0)
	/* feq.s 0xffffffff3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1237, a0, 0x0)
	CHECK_FLAGS(1238, 0x0)
	/* feq.s 0xffffffff3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1239, a0, 0x0)
	CHECK_FLAGS(1240, 0x0)
	/* feq.s 0xffffffff3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1241, a0, 0x0)
	CHECK_FLAGS(1242, 0x0)
	/* feq.s 0xffffffff3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1243, a0, 0x0)
	CHECK_FLAGS(1244, 0x0)
	/* feq.s 0xffffffff3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1245, a0, 0x0)
	CHECK_FLAGS(1246, 0x0)
	/* feq.s 0xffffffff3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1247, a0, 0x0)
	CHECK_FLAGS(1248, 0x0)
	/* feq.s 0xffffffffbf800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1249, a0, 0x0)
	CHECK_FLAGS(1250, 0x0)
	/* feq.s 0xffffffffbf800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1251, a0, 0x0)
	CHECK_FLAGS(1252, 0x0)
	/* feq.s 0xffffffffbf800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1253, a0, 0x0)
	CHECK_FLAGS(1254, 0x0)
	/* feq.s 0xffffffffbf800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1255, a0, 0x0)
	CHECK_FLAGS(1256, 0x0)
	/* feq.s 0xffffffffbf800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1257, a0, 0x0)
	CHECK_FLAGS(1258, 0x0)
	/* feq.s 0xffffffffbf800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1259, a0, 0x0)
	CHECK_FLAGS(1260, 0x0)
	/* feq.s 0xffffffffbf800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1261, a0, 0x0)
	CHECK_FLAGS(1262, 0x0)
	/* feq.s 0xffffffffbf800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1263, a0, 0x0)
	CHECK_FLAGS(1264, 0x0)
	/* feq.s 0xffffffff7f7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1265, a0, 0x0)
	CHECK_FLAGS(1266, 0x0)
	/* feq.s 0xffffffff7f7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1267, a0, 0x0)
	CHECK_FLAGS(1268, 0x0)
	/* feq.s 0xffffffff7f7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1269, a0, 0x1)
	CHECK_FLAGS(1270, 0x0)
	/* feq.s 0xffffffff7f7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1271, a0, 0x0)
	CHECK_FLAGS(1272, 0x0)
	/* feq.s 0xffffffff7f7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1273, a0, 0x0)
	CHECK_FLAGS(1274, 0x0)
	/* feq.s 0xffffffff7f7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1275, a0, 0x0)
	CHECK_FLAGS(1276, 0x0)
	/* feq.s 0xffffffff7f7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1277, a0, 0x0)
	CHECK_FLAGS(1278, 0x0)
	/* feq.s 0xffffffff7f7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1279, a0, 0x0)
	CHECK_FLAGS(1280, 0x0)
	/* feq.s 0xffffffffff7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1281, a0, 0x0)
	CHECK_FLAGS(1282, 0x0)
	/* feq.s 0xffffffffff7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1283, a0, 0x0)
	CHECK_FLAGS(1284, 0x0)
	/* feq.s 0xffffffffff7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1285, a0, 0x0)
	CHECK_FLAGS(1286, 0x0)
	/* feq.s 0xffffffffff7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1287, a0, 0x0)
	CHECK_FLAGS(1288, 0x0)
	/* feq.s 0xffffffffff7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1289, a0, 0x0)
	CHECK_FLAGS(1290, 0x0)
	/* feq.s 0xffffffffff7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1291, a0, 0x0)
	CHECK_FLAGS(1292, 0x0)
	/* feq.s 0xffffffffff7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1293, a0, 0x0)
	CHECK_FLAGS(1294, 0x0)
	/* feq.s 0xffffffffff7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1295, a0, 0x0)
	CHECK_FLAGS(1296, 0x0)
	/* feq.s 0xffffffff00000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1297, a0, 0x0)
	CHECK_FLAGS(1298, 0x0)
	/* feq.s 0xffffffff00000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1299, a0, 0x0)
	CHECK_FLAGS(1300, 0x0)
	/* feq.s 0xffffffff00000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1301, a0, 0x0)
	CHECK_FLAGS(1302, 0x0)
	/* feq.s 0xffffffff00000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1303, a0, 0x1)
	CHECK_FLAGS(1304, 0x0)
	/* feq.s 0xffffffff00000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1305, a0, 0x0)
	CHECK_FLAGS(1306, 0x0)
	/* feq.s 0xffffffff00000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1307, a0, 0x0)
	CHECK_FLAGS(1308, 0x0)
	/* feq.s 0xffffffff00000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1309, a0, 0x0)
	CHECK_FLAGS(1310, 0x0)
	/* feq.s 0xffffffff00000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1311, a0, 0x0)
	CHECK_FLAGS(1312, 0x0)
	/* feq.s 0xffffffff80000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1313, a0, 0x0)
	CHECK_FLAGS(1314, 0x0)
	/* feq.s 0xffffffff80000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1315, a0, 0x0)
	CHECK_FLAGS(1316, 0x0)
	/* feq.s 0xffffffff80000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1317, a0, 0x0)
	CHECK_FLAGS(1318, 0x0)
	/* feq.s 0xffffffff80000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1319, a0, 0x0)
	CHECK_FLAGS(1320, 0x0)
	/* feq.s 0xffffffff80000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1321, a0, 0x0)
	CHECK_FLAGS(1322, 0x0)
	/* feq.s 0xffffffff80000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1323, a0, 0x0)
	CHECK_FLAGS(1324, 0x0)
	/* feq.s 0xffffffff80000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1325, a0, 0x0)
	CHECK_FLAGS(1326, 0x0)
	/* feq.s 0xffffffff80000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1327, a0, 0x0)
	CHECK_FLAGS(1328, 0x0)
	/* feq.s 0xffffffff7f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1329, a0, 0x0)
	CHECK_FLAGS(1330, 0x0)
	/* feq.s 0xffffffff7f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1331, a0, 0x0)
	CHECK_FLAGS(1332, 0x0)
	/* feq.s 0xffffffff7f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1333, a0, 0x0)
	CHECK_FLAGS(1334, 0x0)
	/* feq.s 0xffffffff7f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1335, a0, 0x0)
	CHECK_FLAGS(1336, 0x0)
	/* feq.s 0xffffffff7f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1337, a0, 0x1)
	CHECK_FLAGS(1338, 0x0)
	/* feq.s 0xffffffff7f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1339, a0, 0x0)
	CHECK_FLAGS(1340, 0x0)
	/* feq.s 0xffffffff7f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1341, a0, 0x0)
	CHECK_FLAGS(1342, 0x0)
	/* feq.s 0xffffffff7f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1343, a0, 0x0)
	CHECK_FLAGS(1344, 0x0)
	/* feq.s 0xffffffffff800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1345, a0, 0x0)
	CHECK_FLAGS(1346, 0x0)
	/* feq.s 0xffffffffff800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1347, a0, 0x0)
	CHECK_FLAGS(1348, 0x0)
	/* feq.s 0xffffffffff800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1349, a0, 0x0)
	CHECK_FLAGS(1350, 0x0)
	/* feq.s 0xffffffffff800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1351, a0, 0x0)
	CHECK_FLAGS(1352, 0x0)
	/* feq.s 0xffffffffff800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1353, a0, 0x0)
	CHECK_FLAGS(1354, 0x0)
	/* feq.s 0xffffffffff800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1355, a0, 0x0)
	CHECK_FLAGS(1356, 0x0)
	/* feq.s 0xffffffffff800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1357, a0, 0x0)
	CHECK_FLAGS(1358, 0x0)
	/* feq.s 0xffffffffff800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1359, a0, 0x0)
	CHECK_FLAGS(1360, 0x0)
	/* feq.s 0xffffffff7fc00000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1361, a0, 0x0)
	CHECK_FLAGS(1362, 0x0)
	/* feq.s 0xffffffff7fc00000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1363, a0, 0x0)
	CHECK_FLAGS(1364, 0x0)
	/* feq.s 0xffffffff7fc00000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1365, a0, 0x0)
	CHECK_FLAGS(1366, 0x0)
	/* feq.s 0xffffffff7fc00000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1367, a0, 0x0)
	CHECK_FLAGS(1368, 0x0)
	/* feq.s 0xffffffff7fc00000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1369, a0, 0x0)
	CHECK_FLAGS(1370, 0x0)
	/* feq.s 0xffffffff7fc00000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1371, a0, 0x0)
	CHECK_FLAGS(1372, 0x0)
	/* feq.s 0xffffffff7fc00000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1373, a0, 0x0)
	CHECK_FLAGS(1374, 0x0)
	/* feq.s 0xffffffff7fc00000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1375, a0, 0x0)
	CHECK_FLAGS(1376, 0x0)
	/* feq.s 0xffffffff7f800001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1377, a0, 0x0)
	CHECK_FLAGS(1378, 0x10)
	/* feq.s 0xffffffff7f800001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1379, a0, 0x0)
	CHECK_FLAGS(1380, 0x10)
	/* feq.s 0xffffffff7f800001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1381, a0, 0x0)
	CHECK_FLAGS(1382, 0x10)
	/* feq.s 0xffffffff7f800001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1383, a0, 0x0)
	CHECK_FLAGS(1384, 0x10)
	/* feq.s 0xffffffff7f800001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1385, a0, 0x0)
	CHECK_FLAGS(1386, 0x10)
	/* feq.s 0xffffffff7f800001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1387, a0, 0x0)
	CHECK_FLAGS(1388, 0x10)
	/* feq.s 0xffffffff7f800001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1389, a0, 0x0)
	CHECK_FLAGS(1390, 0x10)
	/* feq.s 0xffffffff7f800001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1391, a0, 0x0)
	CHECK_FLAGS(1392, 0x10)
	/* feq.s 0xffffffffffc12345 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1393, a0, 0x0)
	CHECK_FLAGS(1394, 0x0)
	/* feq.s 0xffffffffffc12345 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1395, a0, 0x0)
	CHECK_FLAGS(1396, 0x0)
	/* feq.s 0xffffffffffc12345 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1397, a0, 0x0)
	CHECK_FLAGS(1398, 0x0)
	/* feq.s 0xffffffffffc12345 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1399, a0, 0x0)
	CHECK_FLAGS(1400, 0x0)
	/* feq.s 0xffffffffffc12345 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1401, a0, 0x0)
	CHECK_FLAGS(1402, 0x0)
	/* feq.s 0xffffffffffc12345 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1403, a0, 0x0)
	CHECK_FLAGS(1404, 0x0)
	/* feq.s 0xffffffffffc12345 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1405, a0, 0x0)
	CHECK_FLAGS(1406, 0x0)
	/* feq.s 0xffffffffffc12345 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1407, a0, 0x0)
	CHECK_FLAGS(1408, 0x0)
	/* feq.s 0x3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1409, a0, 0x0)
	CHECK_FLAGS(1410, 0x0)
	/* feq.s 0x3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1411, a0, 0x0)
	CHECK_FLAGS(1412, 0x0)
	/* feq.s 0x3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1413, a0, 0x0)
	CHECK_FLAGS(1414, 0x0)
	/* feq.s 0x3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1415, a0, 0x0)
	CHECK_FLAGS(1416, 0x0)
	/* feq.s 0x3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1417, a0, 0x0)
	CHECK_FLAGS(1418, 0x0)
	/* feq.s 0x3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1419, a0, 0x0)
	CHECK_FLAGS(1420, 0x0)
	/* feq.s 0x3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1421, a0, 0x0)
	CHECK_FLAGS(1422, 0x0)
	/* feq.s 0x3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1423, a0, 0x0)
	CHECK_FLAGS(1424, 0x0)
	/* feq.s 0x7fc0000000000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1425, a0, 0x0)
	CHECK_FLAGS(1426, 0x0)
	/* feq.s 0x7fc0000000000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1427, a0, 0x0)
	CHECK_FLAGS(1428, 0x0)
	/* feq.s 0x7fc0000000000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1429, a0, 0x0)
	CHECK_FLAGS(1430, 0x0)
	/* feq.s 0x7fc0000000000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1431, a0, 0x0)
	CHECK_FLAGS(1432, 0x0)
	/* feq.s 0x7fc0000000000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1433, a0, 0x0)
	CHECK_FLAGS(1434, 0x0)
	/* feq.s 0x7fc0000000000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1435, a0, 0x0)
	CHECK_FLAGS(1436, 0x0)
	/* feq.s 0x7fc0000000000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1437, a0, 0x0)
	CHECK_FLAGS(1438, 0x0)
	/* feq.s 0x7fc0000000000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(1439, a0, 0x0)
	CHECK_FLAGS(1440, 0x0)
	/* flt.s 0xffffffff00000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1441, a0, 0x0)
	CHECK_FLAGS(1442, 0x0)
	/* flt.s 0xffffffff00000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1443, a0, 0x1)
	CHECK_FLAGS(1444, 0x0)
	/* flt.s 0xffffffff00000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1445, a0, 0x1)
	CHECK_FLAGS(1446, 0x0)
	/* flt.s 0xffffffff00000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1447, a0, 0x1)
	CHECK_FLAGS(1448, 0x0)
	/* flt.s 0xffffffff00000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1449, a0, 0x1)
	CHECK_FLAGS(1450, 0x0)
	/* flt.s 0xffffffff00000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1451, a0, 0x0)
	CHECK_FLAGS(1452, 0x10)
	/* flt.s 0xffffffff00000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1453, a0, 0x0)
	CHECK_FLAGS(1454, 0x10)
	/* flt.s 0xffffffff00000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1455, a0, 0x0)
	CHECK_FLAGS(1456, 0x10)
	/* flt.s 0xffffffff80000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1457, a0, 0x0)
	CHECK_FLAGS(1458, 0x0)
	/* flt.s 0xffffffff80000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1459, a0, 0x1)
	CHECK_FLAGS(1460, 0x0)
	/* flt.s 0xffffffff80000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1461, a0, 0x1)
	CHECK_FLAGS(1462, 0x0)
	/* flt.s 0xffffffff80000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1463, a0, 0x1)
	CHECK_FLAGS(1464, 0x0)
	/* flt.s 0xffffffff80000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1465, a0, 0x1)
	CHECK_FLAGS(1466, 0x0)
	/* flt.s 0xffffffff80000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1467, a0, 0x0)
	CHECK_FLAGS(1468, 0x10)
	/* flt.s 0xffffffff80000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1469, a0, 0x0)
	CHECK_FLAGS(1470, 0x10)
	/* flt.s 0xffffffff80000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1471, a0, 0x0)
	CHECK_FLAGS(1472, 0x10)
	/* flt.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1473, a0, 0x0)
	CHECK_FLAGS(1474, 0x0)
	/* flt.s 0xffffffff3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1475, a0, 0x0)
	CHECK_FLAGS(1476, 0x0)
	/* flt.s 0xffffffff3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1477, a0, 0x1)
	CHECK_FLAGS(1478, 0x0)
	/* flt.s 0xffffffff3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1479, a0, 0x0)
	CHECK_FLAGS(1480, 0x0)
	/* flt.s 0xffffffff3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1481, a0, 0x1)
	CHECK_FLAGS(1482, 0x0)
	/* flt.s 0xffffffff3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1483, a0, 0x0)
	CHECK_FLAGS(1484, 0x10)
	/* flt.s 0xffffffff3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1485, a0, 0x0)
	CHECK_FLAGS(1486, 0x10)
	/* flt.s 0xffffffff3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1487, a0, 0x0)
	CHECK_FLAGS(1488, 0x10)
	/* flt.s 0xffffffffbf800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1489, a0, 0x1)
	CHECK_FLAGS(1490, 0x0)
	/* flt.s 0xffffffffbf800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1491, a0, 0x1)
	CHECK_FLAGS(1492, 0x0)
	/* flt.s 0xffffffffbf800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1493, a0, 0x1)
	CHECK_FLAGS(1494, 0x0)
	/* flt.s 0xffffffffbf800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1495, a0, 0x1)
	CHECK_FLAGS(1496, 0x0)
	/* flt.s 0xffffffffbf800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1497, a0, 0x1)
	CHECK_FLAGS(1498, 0x0)
	/* flt.s 0xffffffffbf800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1499, a0, 0x0)
	CHECK_FLAGS(1500, 0x10)
	/* flt.s 0xffffffffbf800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1501, a0, 0x0)
	CHECK_FLAGS(1502, 0x10)
	/* flt.s 0xffffffffbf800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1503, a0, 0x0)
	CHECK_FLAGS(1504, 0x10)
	/* flt.s 0xffffffff7f7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1505, a0, 0x0)
	CHECK_FLAGS(1506, 0x0)
	/* flt.s 0xffffffff7f7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1507, a0, 0x0)
	CHECK_FLAGS(1508, 0x0)
	/* flt.s 0xffffffff7f7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1509, a0, 0x0)
	CHECK_FLAGS(1510, 0x0)
	/* flt.s 0xffffffff7f7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1511, a0, 0x0)
	CHECK_FLAGS(1512, 0x0)
	/* flt.s 0xffffffff7f7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1513, a0, 0x1)
	CHECK_FLAGS(1514, 0x0)
	/* flt.s 0xffffffff7f7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1515, a0, 0x0)
	CHECK_FLAGS(1516, 0x10)
	/* flt.s 0xffffffff7f7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1517, a0, 0x0)
	CHECK_FLAGS(1518, 0x10)
	/* flt.s 0xffffffff7f7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1519, a0, 0x0)
	CHECK_FLAGS(1520, 0x10)
	/* flt.s 0xffffffffff7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1521, a0, 0x1)
	CHECK_FLAGS(1522, 0x0)
	/* flt.s 0xffffffffff7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1523, a0, 0x1)
	CHECK_FLAGS(1524, 0x0)
	/* flt.s 0xffffffffff7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1525, a0, 0x1)
	CHECK_FLAGS(1526, 0x0)
	/* flt.s 0xffffffffff7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1527, a0, 0x1)
	CHECK_FLAGS(1528, 0x0)
	/* flt.s 0xffffffffff7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1529, a0, 0x1)
	CHECK_FLAGS(1530, 0x0)
	/* flt.s 0xffffffffff7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1531, a0, 0x0)
	CHECK_FLAGS(1532, 0x10)
	/* flt.s 0xffffffffff7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1533, a0, 0x0)
	CHECK_FLAGS(1534, 0x10)
	/* flt.s 0xffffffffff7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1535, a0, 0x0)
	CHECK_FLAGS(1536, 0x10)
	/* flt.s 0xffffffff00000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1537, a0, 0x0)
	CHECK_FLAGS(1538, 0x0)
	/* flt.s 0xffffffff00000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1539, a0, 0x1)
	CHECK_FLAGS(1540, 0x0)
	/* flt.s 0xffffffff00000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1541, a0, 0x1)
	CHECK_FLAGS(1542, 0x0)
	/* flt.s 0xffffffff00000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1543, a0, 0x0)
	CHECK_FLAGS(1544, 0x0)
	/* flt.s 0xffffffff00000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1545, a0, 0x1)
	CHECK_FLAGS(1546, 0x0)
	/* flt.s 0xffffffff00000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1547, a0, 0x0)
	CHECK_FLAGS(1548, 0x10)
	/* flt.s 0xffffffff00000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1549, a0, 0x0)
	CHECK_FLAGS(1550, 0x10)
	/* flt.s 0xffffffff00000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1551, a0, 0x0)
	CHECK_FLAGS(1552, 0x10)
	/* flt.s 0xffffffff80000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1553, a0, 0x1)
	CHECK_FLAGS(1554, 0x0)
	/* flt.s 0xffffffff80000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1555, a0, 0x1)
	CHECK_FLAGS(1556, 0x0)
	/* flt.s 0xffffffff80000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1557, a0, 0x1)
	CHECK_FLAGS(1558, 0x0)
	/* flt.s 0xffffffff80000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1559, a0, 0x1)
	CHECK_FLAGS(1560, 0x0)
	/* flt.s 0xffffffff80000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1561, a0, 0x1)
	CHECK_FLAGS(1562, 0x0)
	/* flt.s 0xffffffff80000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1563, a0, 0x0)
	CHECK_FLAGS(1564, 0x10)
	/* flt.s 0xffffffff80000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1565, a0, 0x0)
	CHECK_FLAGS(1566, 0x10)
	/* flt.s 0xffffffff80000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1567, a0, 0x0)
	CHECK_FLAGS(1568, 0x10)
	/* flt.s 0xffffffff7f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1569, a0, 0x0)
	CHECK_FLAGS(1570, 0x0)
	/* flt.s 0xffffffff7f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1571, a0, 0x0)
	CHECK_FLAGS(1572, 0x0)
	/* flt.s 0xffffffff7f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1573, a0, 0x0)
	CHECK_FLAGS(1574, 0x0)
	/* flt.s 0xffffffff7f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1575, a0, 0x0)
	CHECK_FLAGS(1576, 0x0)
	/* flt.s 0xffffffff7f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1577, a0, 0x0)
	CHECK_FLAGS(1578, 0x0)
	/* flt.s 0xffffffff7f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1579, a0, 0x0)
	CHECK_FLAGS(1580, 0x10)
	/* flt.s 0xffffffff7f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1581, a0, 0x0)
	CHECK_FLAGS(1582, 0x10)
	/* flt.s 0xffffffff7f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1583, a0, 0x0)
	CHECK_FLAGS(1584, 0x10)
	/* flt.s 0xffffffffff800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1585, a0, 0x1)
	CHECK_FLAGS(1586, 0x0)
	/* flt.s 0xffffffffff800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1587, a0, 0x1)
	CHECK_FLAGS(1588, 0x0)
	/* flt.s 0xffffffffff800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1589, a0, 0x1)
	CHECK_FLAGS(1590, 0x0)
	/* flt.s 0xffffffffff800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1591, a0, 0x1)
	CHECK_FLAGS(1592, 0x0)
	/* flt.s 0xffffffffff800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1593, a0, 0x1)
	CHECK_FLAGS(1594, 0x0)
	/* flt.s 0xffffffffff800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1595, a0, 0x0)
	CHECK_FLAGS(1596, 0x10)
	/* flt.s 0xffffffffff800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1597, a0, 0x0)
	CHECK_FLAGS(1598, 0x10)
	/* flt.s 0xffffffffff800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1599, a0, 0x0)
	CHECK_FLAGS(1600, 0x10)
	/* flt.s 0xffffffff7fc00000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1601, a0, 0x0)
	CHECK_FLAGS(1602, 0x10)
	/* flt.s 0xffffffff7fc00000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1603, a0, 0x0)
	CHECK_FLAGS(1604, 0x10)
	/* flt.s 0xffffffff7fc00000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1605, a0, 0x0)
	CHECK_FLAGS(1606, 0x10)
	/* flt.s 0xffffffff7fc00000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1607, a0, 0x0)
	CHECK_FLAGS(1608, 0x10)
	/* flt.s 0xffffffff7fc00000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1609, a0, 0x0)
	CHECK_FLAGS(1610, 0x10)
	/* flt.s 0xffffffff7fc00000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1611, a0, 0x0)
	CHECK_FLAGS(1612, 0x10)
	/* flt.s 0xffffffff7fc00000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1613, a0, 0x0)
	CHECK_FLAGS(1614, 0x10)
	/* flt.s 0xffffffff7fc00000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1615, a0, 0x0)
	CHECK_FLAGS(1616, 0x10)
	/* flt.s 0xffffffff7f800001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1617, a0, 0x0)
	CHECK_FLAGS(1618, 0x10)
	/* flt.s 0xffffffff7f800001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1619, a0, 0x0)
	CHECK_FLAGS(1620, 0x10)
	/* flt.s 0xffffffff7f800001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1621, a0, 0x0)
	CHECK_FLAGS(1622, 0x10)
	/* flt.s 0xffffffff7f800001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1623, a0, 0x0)
	CHECK_FLAGS(1624, 0x10)
	/* flt.s 0xffffffff7f800001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1625, a0, 0x0)
	CHECK_FLAGS(1626, 0x10)
	/* flt.s 0xffffffff7f800001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1627, a0, 0x0)
	CHECK_FLAGS(1628, 0x10)
	/* flt.s 0xffffffff7f800001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1629, a0, 0x0)
	CHECK_FLAGS(1630, 0x10)
	/* flt.s 0xffffffff7f800001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1631, a0, 0x0)
	CHECK_FLAGS(1632, 0x10)
	/* flt.s 0xffffffffffc12345 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1633, a0, 0x0)
	CHECK_FLAGS(1634, 0x10)
	/* flt.s 0xffffffffffc12345 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1635, a0, 0x0)
	CHECK_FLAGS(1636, 0x10)
	/* flt.s 0xffffffffffc12345 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1637, a0, 0x0)
	CHECK_FLAGS(1638, 0x10)
	/* flt.s 0xffffffffffc12345 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1639, a0, 0x0)
	CHECK_FLAGS(1640, 0x10)
	/* flt.s 0xffffffffffc12345 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1641, a0, 0x0)
	CHECK_FLAGS(1642, 0x10)
	/* flt.s 0xffffffffffc12345 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1643, a0, 0x0)
	CHECK_FLAGS(1644, 0x10)
	/* flt.s 0xffffffffffc12345 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1645, a0, 0x0)
	CHECK_FLAGS(1646, 0x10)
	/* flt.s 0xffffffffffc12345 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1647, a0, 0x0)
	CHECK_FLAGS(1648, 0x10)
	/* flt.s 0x3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1649, a0, 0x0)
	CHECK_FLAGS(1650, 0x10)
	/* flt.s 0x3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1651, a0, 0x0)
	CHECK_FLAGS(1652, 0x10)
	/* flt.s 0x3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1653, a0, 0x0)
	CHECK_FLAGS(1654, 0x10)
	/* flt.s 0x3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1655, a0, 0x0)
	CHECK_FLAGS(1656, 0x10)
	/* flt.s 0x3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1657, a0, 0x0)
	CHECK_FLAGS(1658, 0x10)
	/* flt.s 0x3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1659, a0, 0x0)
	CHECK_FLAGS(1660, 0x10)
	/* flt.s 0x3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1661, a0, 0x0)
	CHECK_FLAGS(1662, 0x10)
	/* flt.s 0x3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1663, a0, 0x0)
	CHECK_FLAGS(1664, 0x10)
	/* flt.s 0x7fc0000000000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1665, a0, 0x0)
	CHECK_FLAGS(1666, 0x10)
	/* flt.s 0x7fc0000000000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1667, a0, 0x0)
	CHECK_FLAGS(1668, 0x10)
	/* flt.s 0x7fc0000000000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1669, a0, 0x0)
	CHECK_FLAGS(1670, 0x10)
	/* flt.s 0x7fc0000000000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1671, a0, 0x0)
	CHECK_FLAGS(1672, 0x10)
	/* flt.s 0x7fc0000000000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1673, a0, 0x0)
	CHECK_FLAGS(1674, 0x10)
	/* flt.s 0x7fc0000000000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1675, a0, 0x0)
	CHECK_FLAGS(1676, 0x10)
	/* flt.s 0x7fc0000000000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1677, a0, 0x0)
	CHECK_FLAGS(1678, 0x10)
	/* flt.s 0x7fc0000000000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1679, a0, 0x0)
	CHECK_FLAGS(1680, 0x10)
	/* fle.s 0xffffffff00000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1681, a0, 0x1)
	CHECK_FLAGS(1682, 0x0)
	/* fle.s 0xffffffff00000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1683, a0, 0x1)
	CHECK_FLAGS(1684, 0x0)
	/* fle.s 0xffffffff00000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1685, a0, 0x1)
	CHECK_FLAGS(1686, 0x0)
	/* fle.s 0xffffffff00000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1687, a0, 0x1)
	CHECK_FLAGS(1688, 0x0)
	/* fle.s 0xffffffff00000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1689, a0, 0x1)
	CHECK_FLAGS(1690, 0x0)
	/* fle.s 0xffffffff00000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1691, a0, 0x0)
	CHECK_FLAGS(1692, 0x10)
	/* fle.s 0xffffffff00000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1693, a0, 0x0)
	CHECK_FLAGS(1694, 0x10)
	/* fle.s 0xffffffff00000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1695, a0, 0x0)
	CHECK_FLAGS(1696, 0x10)
	/* fle.s 0xffffffff80000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1697, a0, 0x1)
	CHECK_FLAGS(1698, 0x0)
	/* fle.s 0xffffffff80000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1699, a0, 0x1)
	CHECK_FLAGS(1700, 0x0)
	/* fle.s 0xffffffff80000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1701, a0, 0x1)
	CHECK_FLAGS(1702, 0x0)
	/* fle.s 0xffffffff80000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1703, a0, 0x1)
	CHECK_FLAGS(1704, 0x0)
	/* fle.s 0xffffffff80000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1705, a0, 0x1)
	CHECK_FLAGS(1706, 0x0)
	/* fle.s 0xffffffff80000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1707, a0, 0x0)
	CHECK_FLAGS(1708, 0x10)
	/* fle.s 0xffffffff80000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1709, a0, 0x0)
	CHECK_FLAGS(1710, 0x10)
	/* fle.s 0xffffffff80000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1711, a0, 0x0)
	CHECK_FLAGS(1712, 0x10)
	/* fle.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1713, a0, 0x0)
	CHECK_FLAGS(1714, 0x0)
	/* fle.s 0xffffffff3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1715, a0, 0x1)
	CHECK_FLAGS(1716, 0x0)
	/* fle.s 0xffffffff3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1717, a0, 0x1)
	CHECK_FLAGS(1718, 0x0)
	/* fle.s 0xffffffff3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1719, a0, 0x0)
	CHECK_FLAGS(1720, 0x0)
	/* fle.s 0xffffffff3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1721, a0, 0x1)
	CHECK_FLAGS(1722, 0x0)
	/* fle.s 0xffffffff3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1723, a0, 0x0)
	CHECK_FLAGS(1724, 0x10)
	/* fle.s 0xffffffff3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1725, a0, 0x0)
	CHECK_FLAGS(1726, 0x10)
	/* fle.s 0xffffffff3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1727, a0, 0x0)
	CHECK_FLAGS(1728, 0x10)
	/* fle.s 0xffffffffbf800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1729, a0, 0x1)
	CHECK_FLAGS(1730, 0x0)
	/* fle.s 0xffffffffbf800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1731, a0, 0x1)
	CHECK_FLAGS(1732, 0x0)
	/* fle.s 0xffffffffbf800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1733, a0, 0x1)
	CHECK_FLAGS(1734, 0x0)
	/* fle.s 0xffffffffbf800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1735, a0, 0x1)
	CHECK_FLAGS(1736, 0x0)
	/* fle.s 0xffffffffbf800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1737, a0, 0x1)
	CHECK_FLAGS(1738, 0x0)
	/* fle.s 0xffffffffbf800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1739, a0, 0x0)
	CHECK_FLAGS(1740, 0x10)
	/* fle.s 0xffffffffbf800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1741, a0, 0x0)
	CHECK_FLAGS(1742, 0x10)
	/* fle.s 0xffffffffbf800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1743, a0, 0x0)
	CHECK_FLAGS(1744, 0x10)
	/* fle.s 0xffffffff7f7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1745, a0, 0x0)
	CHECK_FLAGS(1746, 0x0)
	/* fle.s 0xffffffff7f7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1747, a0, 0x0)
	CHECK_FLAGS(1748, 0x0)
	/* fle.s 0xffffffff7f7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1749, a0, 0x1)
	CHECK_FLAGS(1750, 0x0)
	/* fle.s 0xffffffff7f7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1751, a0, 0x0)
	CHECK_FLAGS(1752, 0x0)
	/* fle.s 0xffffffff7f7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1753, a0, 0x1)
	CHECK_FLAGS(1754, 0x0)
	/* fle.s 0xffffffff7f7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1755, a0, 0x0)
	CHECK_FLAGS(1756, 0x10)
	/* fle.s 0xffffffff7f7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1757, a0, 0x0)
	CHECK_FLAGS(1758, 0x10)
	/* fle.s 0xffffffff7f7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1759, a0, 0x0)
	CHECK_FLAGS(1760, 0x10)
	/* fle.s 0xffffffffff7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1761, a0, 0x1)
	CHECK_FLAGS(1762, 0x0)
	/* fle.s 0xffffffffff7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1763, a0, 0x1)
	CHECK_FLAGS(1764, 0x0)
	/* fle.s 0xffffffffff7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1765, a0, 0x1)
	CHECK_FLAGS(1766, 0x0)
	/* fle.s 0xffffffffff7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1767, a0, 0x1)
	CHECK_FLAGS(1768, 0x0)
	/* fle.s 0xffffffffff7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1769, a0, 0x1)
	CHECK_FLAGS(1770, 0x0)
	/* fle.s 0xffffffffff7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1771, a0, 0x0)
	CHECK_FLAGS(1772, 0x10)
	/* fle.s 0xffffffffff7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1773, a0, 0x0)
	CHECK_FLAGS(1774, 0x10)
	/* fle.s 0xffffffffff7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1775, a0, 0x0)
	CHECK_FLAGS(1776, 0x10)
	/* fle.s 0xffffffff00000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1777, a0, 0x0)
	CHECK_FLAGS(1778, 0x0)
	/* fle.s 0xffffffff00000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1779, a0, 0x1)
	CHECK_FLAGS(1780, 0x0)
	/* fle.s 0xffffffff00000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1781, a0, 0x1)
	CHECK_FLAGS(1782, 0x0)
	/* fle.s 0xffffffff00000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1783, a0, 0x1)
	CHECK_FLAGS(1784, 0x0)
	/* fle.s 0xffffffff00000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1785, a0, 0x1)
	CHECK_FLAGS(1786, 0x0)
	/* fle.s 0xffffffff00000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1787, a0, 0x0)
	CHECK_FLAGS(1788, 0x10)
	/* fle.s 0xffffffff00000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1789, a0, 0x0)
	CHECK_FLAGS(1790, 0x10)
	/* fle.s 0xffffffff00000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1791, a0, 0x0)
	CHECK_FLAGS(1792, 0x10)
	/* fle.s 0xffffffff80000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1793, a0, 0x1)
	CHECK_FLAGS(1794, 0x0)
	/* fle.s 0xffffffff80000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1795, a0, 0x1)
	CHECK_FLAGS(1796, 0x0)
	/* fle.s 0xffffffff80000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1797, a0, 0x1)
	CHECK_FLAGS(1798, 0x0)
	/* fle.s 0xffffffff80000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1799, a0, 0x1)
	CHECK_FLAGS(1800, 0x0)
	/* fle.s 0xffffffff80000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1801, a0, 0x1)
	CHECK_FLAGS(1802, 0x0)
	/* fle.s 0xffffffff80000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1803, a0, 0x0)
	CHECK_FLAGS(1804, 0x10)
	/* fle.s 0xffffffff80000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1805, a0, 0x0)
	CHECK_FLAGS(1806, 0x10)
	/* fle.s 0xffffffff80000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1807, a0, 0x0)
	CHECK_FLAGS(1808, 0x10)
	/* fle.s 0xffffffff7f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1809, a0, 0x0)
	CHECK_FLAGS(1810, 0x0)
	/* fle.s 0xffffffff7f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1811, a0, 0x0)
	CHECK_FLAGS(1812, 0x0)
	/* fle.s 0xffffffff7f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1813, a0, 0x0)
	CHECK_FLAGS(1814, 0x0)
	/* fle.s 0xffffffff7f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1815, a0, 0x0)
	CHECK_FLAGS(1816, 0x0)
	/* fle.s 0xffffffff7f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1817, a0, 0x1)
	CHECK_FLAGS(1818, 0x0)
	/* fle.s 0xffffffff7f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1819, a0, 0x0)
	CHECK_FLAGS(1820, 0x10)
	/* fle.s 0xffffffff7f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1821, a0, 0x0)
	CHECK_FLAGS(1822, 0x10)
	/* fle.s 0xffffffff7f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1823, a0, 0x0)
	CHECK_FLAGS(1824, 0x10)
	/* fle.s 0xffffffffff800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1825, a0, 0x1)
	CHECK_FLAGS(1826, 0x0)
	/* fle.s 0xffffffffff800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1827, a0, 0x1)
	CHECK_FLAGS(1828, 0x0)
	/* fle.s 0xffffffffff800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1829, a0, 0x1)
	CHECK_FLAGS(1830, 0x0)
	/* fle.s 0xffffffffff800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1831, a0, 0x1)
	CHECK_FLAGS(1832, 0x0)
	/* fle.s 0xffffffffff800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1833, a0, 0x1)
	CHECK_FLAGS(1834, 0x0)
	/* fle.s 0xffffffffff800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1835, a0, 0x0)
	CHECK_FLAGS(1836, 0x10)
	/* fle.s 0xffffffffff800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1837, a0, 0x0)
	CHECK_FLAGS(1838, 0x10)
	/* fle.s 0xffffffffff800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1839, a0, 0x0)
	CHECK_FLAGS(1840, 0x10)
	/* fle.s 0xffffffff7fc00000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1841, a0, 0x0)
	CHECK_FLAGS(1842, 0x10)
	/* fle.s 0xffffffff7fc00000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1843, a0, 0x0)
	CHECK_FLAGS(1844, 0x10)
	/* fle.s 0xffffffff7fc00000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1845, a0, 0x0)
	CHECK_FLAGS(1846, 0x10)
	/* fle.s 0xffffffff7fc00000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1847, a0, 0x0)
	CHECK_FLAGS(1848, 0x10)
	/* fle.s 0xffffffff7fc00000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1849, a0, 0x0)
	CHECK_FLAGS(1850, 0x10)
	/* fle.s 0xffffffff7fc00000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1851, a0, 0x0)
	CHECK_FLAGS(1852, 0x10)
	/* fle.s 0xffffffff7fc00000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1853, a0, 0x0)
	CHECK_FLAGS(1854, 0x10)
	/* fle.s 0xffffffff7fc00000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1855, a0, 0x0)
	CHECK_FLAGS(1856, 0x10)
	/* fle.s 0xffffffff7f800001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1857, a0, 0x0)
	CHECK_FLAGS(1858, 0x10)
	/* fle.s 0xffffffff7f800001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1859, a0, 0x0)
	CHECK_FLAGS(1860, 0x10)
	/* fle.s 0xffffffff7f800001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1861, a0, 0x0)
	CHECK_FLAGS(1862, 0x10)
	/* fle.s 0xffffffff7f800001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1863, a0, 0x0)
	CHECK_FLAGS(1864, 0x10)
	/* fle.s 0xffffffff7f800001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1865, a0, 0x0)
	CHECK_FLAGS(1866, 0x10)
	/* fle.s 0xffffffff7f800001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1867, a0, 0x0)
	CHECK_FLAGS(1868, 0x10)
	/* fle.s 0xffffffff7f800001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1869, a0, 0x0)
	CHECK_FLAGS(1870, 0x10)
	/* fle.s 0xffffffff7f800001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1871, a0, 0x0)
	CHECK_FLAGS(1872, 0x10)
	/* fle.s 0xffffffffffc12345 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1873, a0, 0x0)
	CHECK_FLAGS(1874, 0x10)
	/* fle.s 0xffffffffffc12345 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1875, a0, 0x0)
	CHECK_FLAGS(1876, 0x10)
	/* fle.s 0xffffffffffc12345 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1877, a0, 0x0)
	CHECK_FLAGS(1878, 0x10)
	/* fle.s 0xffffffffffc12345 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1879, a0, 0x0)
	CHECK_FLAGS(1880, 0x10)
	/* fle.s 0xffffffffffc12345 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1881, a0, 0x0)
	CHECK_FLAGS(1882, 0x10)
	/* fle.s 0xffffffffffc12345 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1883, a0, 0x0)
	CHECK_FLAGS(1884, 0x10)
	/* fle.s 0xffffffffffc12345 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1885, a0, 0x0)
	CHECK_FLAGS(1886, 0x10)
	/* fle.s 0xffffffffffc12345 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1887, a0, 0x0)
	CHECK_FLAGS(1888, 0x10)
	/* fle.s 0x3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1889, a0, 0x0)
	CHECK_FLAGS(1890, 0x10)
	/* fle.s 0x3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1891, a0, 0x0)
	CHECK_FLAGS(1892, 0x10)
	/* fle.s 0x3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1893, a0, 0x0)
	CHECK_FLAGS(1894, 0x10)
	/* fle.s 0x3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1895, a0, 0x0)
	CHECK_FLAGS(1896, 0x10)
	/* fle.s 0x3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1897, a0, 0x0)
	CHECK_FLAGS(1898, 0x10)
	/* fle.s 0x3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1899, a0, 0x0)
	CHECK_FLAGS(1900, 0x10)
	/* fle.s 0x3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1901, a0, 0x0)
	CHECK_FLAGS(1902, 0x10)
	/* fle.s 0x3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1903, a0, 0x0)
	CHECK_FLAGS(1904, 0x10)
	/* fle.s 0x7fc0000000000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1905, a0, 0x0)
	CHECK_FLAGS(1906, 0x10)
	/* fle.s 0x7fc0000000000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1907, a0, 0x0)
	CHECK_FLAGS(1908, 0x10)
	/* fle.s 0x7fc0000000000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1909, a0, 0x0)
	CHECK_FLAGS(1910, 0x10)
	/* fle.s 0x7fc0000000000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1911, a0, 0x0)
	CHECK_FLAGS(1912, 0x10)
	/* fle.s 0x7fc0000000000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1913, a0, 0x0)
	CHECK_FLAGS(1914, 0x10)
	/* fle.s 0x7fc0000000000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1915, a0, 0x0)
	CHECK_FLAGS(1916, 0x10)
	/* fle.s 0x7fc0000000000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1917, a0, 0x0)
	CHECK_FLAGS(1918, 0x10)
	/* fle.s 0x7fc0000000000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(1919, a0, 0x0)
	CHECK_FLAGS(1920, 0x10)
	/* fclass.s 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1921, a0, 0x10)
	CHECK_FLAGS(1922, 0x0)
	/* fclass.s 0xffffffff80000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1923, a0, 0x8)
	CHECK_FLAGS(1924, 0x0)
	/* fclass.s 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1925, a0, 0x40)
	CHECK_FLAGS(1926, 0x0)
	/* fclass.s 0xffffffffbf800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1927, a0, 0x2)
	CHECK_FLAGS(1928, 0x0)
	/* fclass.s 0xffffffff3fc00000 rm=None frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1929, a0, 0x40)
	CHECK_FLAGS(1930, 0x0)
	/* fclass.s 0xffffffff40200000 rm=None frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1931, a0, 0x40)
	CHECK_FLAGS(1932, 0x0)
	/* fclass.s 0xffffffffc0200000 rm=None frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1933, a0, 0x2)
	CHECK_FLAGS(1934, 0x0)
	/* fclass.s 0xffffffff3f000000 rm=None frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1935, a0, 0x40)
	CHECK_FLAGS(1936, 0x0)
	/* fclass.s 0xffffffffbf000000 rm=None frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1937, a0, 0x2)
	CHECK_FLAGS(1938, 0x0)
	/* fclass.s 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1939, a0, 0x40)
	CHECK_FLAGS(1940, 0x0)
	/* fclass.s 0xffffffffff7fffff rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1941, a0, 0x2)
	CHECK_FLAGS(1942, 0x0)
	/* fclass.s 0xffffffff00800000 rm=None frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1943, a0, 0x40)
	CHECK_FLAGS(1944, 0x0)
	/* fclass.s 0xffffffff007fffff rm=None frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1945, a0, 0x20)
	CHECK_FLAGS(1946, 0x0)
	/* fclass.s 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1947, a0, 0x20)
	CHECK_FLAGS(1948, 0x0)
	/* fclass.s 0xffffffff80000001 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1949, a0, 0x4)
	CHECK_FLAGS(1950, 0x0)
	/* fclass.s 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1951, a0, 0x80)
	CHECK_FLAGS(1952, 0x0)
	/* fclass.s 0xffffffffff800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1953, a0, 0x1)
	CHECK_FLAGS(1954, 0x0)
	/* fclass.s 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1955, a0, 0x200)
	CHECK_FLAGS(1956, 0x0)
	/* fclass.s 0xffffffff7f800001 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1957, a0, 0x100)
	CHECK_FLAGS(1958, 0x0)
	/* fclass.s 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1959, a0, 0x200)
	CHECK_FLAGS(1960, 0x0)
	/* fclass.s 0xffffffff3f800001 rm=None frm=None */
	li t0, 0xffffffff3f800001; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1961, a0, 0x40)
	CHECK_FLAGS(1962, 0x0)
	/* fclass.s 0xffffffff33800000 rm=None frm=None */
	li t0, 0xffffffff33800000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1963, a0, 0x40)
	CHECK_FLAGS(1964, 0x0)
	/* fclass.s 0xffffffff40400000 rm=None frm=None */
	li t0, 0xffffffff40400000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1965, a0, 0x40)
	CHECK_FLAGS(1966, 0x0)
	/* fclass.s 0xffffffff3dcccccd rm=None frm=None */
	li t0, 0xffffffff3dcccccd; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1967, a0, 0x40)
	CHECK_FLAGS(1968, 0x0)
	/* fclass.s 0xffffffff501502f9 rm=None frm=None */
	li t0, 0xffffffff501502f9; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1969, a0, 0x40)
	CHECK_FLAGS(1970, 0x0)
	/* fclass.s 0xffffffff4f32d05e rm=None frm=None */
	li t0, 0xffffffff4f32d05e; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1971, a0, 0x40)
	CHECK_FLAGS(1972, 0x0)
	/* fclass.s 0xffffffff4f000000 rm=None frm=None */
	li t0, 0xffffffff4f000000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1973, a0, 0x40)
	CHECK_FLAGS(1974, 0x0)
	/* fclass.s 0xffffffffcf000000 rm=None frm=None */
	li t0, 0xffffffffcf000000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1975, a0, 0x2)
	CHECK_FLAGS(1976, 0x0)
	/* fclass.s 0xffffffff5f000000 rm=None frm=None */
	li t0, 0xffffffff5f000000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1977, a0, 0x40)
	CHECK_FLAGS(1978, 0x0)
	/* fclass.s 0xffffffff5f800000 rm=None frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1979, a0, 0x40)
	CHECK_FLAGS(1980, 0x0)
	/* fclass.s 0xffffffffdf000000 rm=None frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1981, a0, 0x2)
	CHECK_FLAGS(1982, 0x0)
	/* fclass.s 0xffffffff4b800001 rm=None frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1983, a0, 0x40)
	CHECK_FLAGS(1984, 0x0)
	/* fclass.s 0xffffffff3f7fffff rm=None frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1985, a0, 0x40)
	CHECK_FLAGS(1986, 0x0)
	/* fclass.s 0x3f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1987, a0, 0x200)
	CHECK_FLAGS(1988, 0x0)
	/* fclass.s 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(1989, a0, 0x200)
	CHECK_FLAGS(1990, 0x0)
	/* fmin.d 0x0 0x0 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(1991, f10, 0x0)
	CHECK_FLAGS(1992, 0x0)
	/* fmin.d 0x0 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(1993, f10, 0x0)
	CHECK_FLAGS(1994, 0x0)
	/* fmin.d 0x0 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(1995, f10, 0x0)
	CHECK_FLAGS(1996, 0x0)
	/* fmin.d 0x0 0x1 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(1997, f10, 0x0)
	CHECK_FLAGS(1998, 0x0)
	/* fmin.d 0x0 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(1999, f10, 0x0)
	CHECK_FLAGS(2000, 0x0)
	/* fmin.d 0x0 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2001, f10, 0x0)
	CHECK_FLAGS(2002, 0x0)
	/* fmin.d 0x0 0xfff8000000001234 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2003, f10, 0x0)
	CHECK_FLAGS(2004, 0x0)
	/* fmin.d 0x0 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2005, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2006, 0x0)
	/* fmin.d 0x8000000000000000 0x0 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2007, f10, 0x8000000000000000)
	CHECK_FLAGS(2008, 0x0)
	/* fmin.d 0x8000000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2009, f10, 0x8000000000000000)
	CHECK_FLAGS(2010, 0x0)
	/* fmin.d 0x8000000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2011, f10, 0x8000000000000000)
	CHECK_FLAGS(2012, 0x0)
	/* fmin.d 0x8000000000000000 0x1 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2013, f10, 0x8000000000000000)
	CHECK_FLAGS(2014, 0x0)
	/* fmin.d 0x8000000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2015, f10, 0x8000000000000000)
	CHECK_FLAGS(2016, 0x0)
	/* fmin.d 0x8000000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2017, f10, 0x8000000000000000)
	CHECK_FLAGS(2018, 0x0)
	/* fmin.d 0x8000000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2019, f10, 0x8000000000000000)
	CHECK_FLAGS(2020, 0x0)
	/* fmin.d 0x8000000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2021, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2022, 0x0)
	/* fmin.d 0x3ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2023, f10, 0x0)
	CHECK_FLAGS(2024, 0x0)
	/* fmin.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2025, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2026, 0x0)
	/* fmin.d 0x3ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2027, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2028, 0x0)
	/* fmin.d 0x3ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2029, f10, 0x1)
	CHECK_FLAGS(2030, 0x0)
	/* fmin.d 0x3ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2031, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2032, 0x0)
	/* fmin.d 0x3ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2033, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2034, 0x0)
	/* fmin.d 0x3ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2035, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2036, 0x0)
	/* fmin.d 0x3ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2037, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2038, 0x0)
	/* fmin.d 0xbff0000000000000 0x0 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2039, f10, 0xbff0000000000000)
	CHECK_FLAGS(2040, 0x0)
	/* fmin.d 0xbff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2041, f10, 0xbff0000000000000)
	CHECK_FLAGS(2042, 0x0)
	/* fmin.d 0xbff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2043, f10, 0xbff0000000000000)
	CHECK_FLAGS(2044, 0x0)
	/* fmin.d 0xbff0000000000000 0x1 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2045, f10, 0xbff0000000000000)
	CHECK_FLAGS(2046, 0x0)
	/* fmin.d 0xbff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2047, f10, 0xbff0000000000000)
	CHECK_FLAGS(2048, 0x0)
	/* fmin.d 0xbff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2049, f10, 0xbff0000000000000)
	CHECK_FLAGS(2050, 0x0)
	/* fmin.d 0xbff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2051, f10, 0xbff0000000000000)
	CHECK_FLAGS(2052, 0x0)
	/* fmin.d 0xbff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2053, f10, 0xbff0000000000000)
	CHECK_FLAGS(2054, 0x0)
	/* fmin.d 0x7fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2055, f10, 0x0)
	CHECK_FLAGS(2056, 0x0)
	/* fmin.d 0x7fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2057, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2058, 0x0)
	/* fmin.d 0x7fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2059, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2060, 0x0)
	/* fmin.d 0x7fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2061, f10, 0x1)
	CHECK_FLAGS(2062, 0x0)
	/* fmin.d 0x7fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2063, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2064, 0x0)
	/* fmin.d 0x7fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2065, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2066, 0x0)
	/* fmin.d 0x7fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2067, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2068, 0x0)
	/* fmin.d 0x7fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2069, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2070, 0x0)
	/* fmin.d 0xffefffffffffffff 0x0 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2071, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2072, 0x0)
	/* fmin.d 0xffefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2073, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2074, 0x0)
	/* fmin.d 0xffefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2075, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2076, 0x0)
	/* fmin.d 0xffefffffffffffff 0x1 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2077, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2078, 0x0)
	/* fmin.d 0xffefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2079, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2080, 0x0)
	/* fmin.d 0xffefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2081, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2082, 0x0)
	/* fmin.d 0xffefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2083, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2084, 0x0)
	/* fmin.d 0xffefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2085, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2086, 0x0)
	/* fmin.d 0x1 0x0 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2087, f10, 0x0)
	CHECK_FLAGS(2088, 0x0)
	/* fmin.d 0x1 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2089, f10, 0x1)
	CHECK_FLAGS(2090, 0x0)
	/* fmin.d 0x1 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2091, f10, 0x1)
	CHECK_FLAGS(2092, 0x0)
	/* fmin.d 0x1 0x1 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2093, f10, 0x1)
	CHECK_FLAGS(2094, 0x0)
	/* fmin.d 0x1 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2095, f10, 0x1)
	CHECK_FLAGS(2096, 0x0)
	/* fmin.d 0x1 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2097, f10, 0x1)
	CHECK_FLAGS(2098, 0x0)
	/* fmin.d 0x1 0xfff8000000001234 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2099, f10, 0x1)
	CHECK_FLAGS(2100, 0x0)
	/* fmin.d 0x1 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2101, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2102, 0x0)
	/* fmin.d 0x8000000000000001 0x0 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2103, f10, 0x8000000000000001)
	CHECK_FLAGS(2104, 0x0)
	/* fmin.d 0x8000000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2105, f10, 0x8000000000000001)
	CHECK_FLAGS(2106, 0x0)
	/* fmin.d 0x8000000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2107, f10, 0x8000000000000001)
	CHECK_FLAGS(2108, 0x0)
	/* fmin.d 0x8000000000000001 0x1 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2109, f10, 0x8000000000000001)
	CHECK_FLAGS(2110, 0x0)
	/* fmin.d 0x8000000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2111, f10, 0x8000000000000001)
	CHECK_FLAGS(2112, 0x0)
	/* fmin.d 0x8000000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2113, f10, 0x8000000000000001)
	CHECK_FLAGS(2114, 0x0)
	/* fmin.d 0x8000000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2115, f10, 0x8000000000000001)
	CHECK_FLAGS(2116, 0x0)
	/* fmin.d 0x8000000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2117, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2118, 0x0)
	/* fmin.d 0x7ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2119, f10, 0x0)
	CHECK_FLAGS(2120, 0x0)
	/* fmin.d 0x7ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2121, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2122, 0x0)
	/* fmin.d 0x7ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2123, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2124, 0x0)
	/* fmin.d 0x7ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2125, f10, 0x1)
	CHECK_FLAGS(2126, 0x0)
	/* fmin.d 0x7ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2127, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2128, 0x0)
	/* fmin.d 0x7ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2129, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2130, 0x0)
	/* fmin.d 0x7ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2131, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2132, 0x0)
	/* fmin.d 0x7ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2133, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2134, 0x0)
	/* fmin.d 0xfff0000000000000 0x0 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2135, f10, 0xfff0000000000000)
	CHECK_FLAGS(2136, 0x0)
	/* fmin.d 0xfff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2137, f10, 0xfff0000000000000)
	CHECK_FLAGS(2138, 0x0)
	/* fmin.d 0xfff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2139, f10, 0xfff0000000000000)
	CHECK_FLAGS(2140, 0x0)
	/* fmin.d 0xfff0000000000000 0x1 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2141, f10, 0xfff0000000000000)
	CHECK_FLAGS(2142, 0x0)
	/* fmin.d 0xfff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2143, f10, 0xfff0000000000000)
	CHECK_FLAGS(2144, 0x0)
	/* fmin.d 0xfff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2145, f10, 0xfff0000000000000)
	CHECK_FLAGS(2146, 0x0)
	/* fmin.d 0xfff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2147, f10, 0xfff0000000000000)
	CHECK_FLAGS(2148, 0x0)
	/* fmin.d 0xfff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2149, f10, 0xfff0000000000000)
	CHECK_FLAGS(2150, 0x0)
	/* fmin.d 0x7ff8000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2151, f10, 0x0)
	CHECK_FLAGS(2152, 0x0)
	/* fmin.d 0x7ff8000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2153, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2154, 0x0)
	/* fmin.d 0x7ff8000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2155, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2156, 0x0)
	/* fmin.d 0x7ff8000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2157, f10, 0x1)
	CHECK_FLAGS(2158, 0x0)
	/* fmin.d 0x7ff8000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2159, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2160, 0x0)
	/* fmin.d 0x7ff8000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2161, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2162, 0x0)
	/* fmin.d 0x7ff8000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2163, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2164, 0x0)
	/* fmin.d 0x7ff8000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2165, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2166, 0x0)
	/* fmin.d 0x7ff0000000000001 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2167, f10, 0x0)
	CHECK_FLAGS(2168, 0x10)
	/* fmin.d 0x7ff0000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2169, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2170, 0x10)
	/* fmin.d 0x7ff0000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2171, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2172, 0x10)
	/* fmin.d 0x7ff0000000000001 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2173, f10, 0x1)
	CHECK_FLAGS(2174, 0x10)
	/* fmin.d 0x7ff0000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2175, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2176, 0x10)
	/* fmin.d 0x7ff0000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2177, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2178, 0x10)
	/* fmin.d 0x7ff0000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2179, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2180, 0x10)
	/* fmin.d 0x7ff0000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2181, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2182, 0x10)
	/* fmin.d 0xfff8000000001234 0x0 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2183, f10, 0x0)
	CHECK_FLAGS(2184, 0x0)
	/* fmin.d 0xfff8000000001234 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2185, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2186, 0x0)
	/* fmin.d 0xfff8000000001234 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2187, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2188, 0x0)
	/* fmin.d 0xfff8000000001234 0x1 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2189, f10, 0x1)
	CHECK_FLAGS(2190, 0x0)
	/* fmin.d 0xfff8000000001234 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2191, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2192, 0x0)
	/* fmin.d 0xfff8000000001234 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2193, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2194, 0x0)
	/* fmin.d 0xfff8000000001234 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2195, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2196, 0x0)
	/* fmin.d 0xfff8000000001234 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2197, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2198, 0x0)
	/* fmin.d 0x3fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2199, f10, 0x0)
	CHECK_FLAGS(2200, 0x0)
	/* fmin.d 0x3fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2201, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(2202, 0x0)
	/* fmin.d 0x3fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2203, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(2204, 0x0)
	/* fmin.d 0x3fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2205, f10, 0x1)
	CHECK_FLAGS(2206, 0x0)
	/* fmin.d 0x3fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2207, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(2208, 0x0)
	/* fmin.d 0x3fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2209, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(2210, 0x0)
	/* fmin.d 0x3fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2211, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(2212, 0x0)
	/* fmin.d 0x3fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2213, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2214, 0x0)
	/* fmin.d 0xbcb0000000000000 0x0 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2215, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2216, 0x0)
	/* fmin.d 0xbcb0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2217, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2218, 0x0)
	/* fmin.d 0xbcb0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2219, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2220, 0x0)
	/* fmin.d 0xbcb0000000000000 0x1 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2221, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2222, 0x0)
	/* fmin.d 0xbcb0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2223, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2224, 0x0)
	/* fmin.d 0xbcb0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2225, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2226, 0x0)
	/* fmin.d 0xbcb0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2227, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2228, 0x0)
	/* fmin.d 0xbcb0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(2229, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2230, 0x0)
	/* fmax.d 0x0 0x0 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2231, f10, 0x0)
	CHECK_FLAGS(2232, 0x0)
	/* fmax.d 0x0 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2233, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2234, 0x0)
	/* fmax.d 0x0 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2235, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2236, 0x0)
	/* fmax.d 0x0 0x1 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2237, f10, 0x1)
	CHECK_FLAGS(2238, 0x0)
	/* fmax.d 0x0 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2239, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2240, 0x0)
	/* fmax.d 0x0 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2241, f10, 0x0)
	CHECK_FLAGS(2242, 0x0)
	/* fmax.d 0x0 0xfff8000000001234 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2243, f10, 0x0)
	CHECK_FLAGS(2244, 0x0)
	/* fmax.d 0x0 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2245, f10, 0x0)
	CHECK_FLAGS(2246, 0x0)
	/* fmax.d 0x8000000000000000 0x0 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2247, f10, 0x0)
	CHECK_FLAGS(2248, 0x0)
	/* fmax.d 0x8000000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2249, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2250, 0x0)
	/* fmax.d 0x8000000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2251, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2252, 0x0)
	/* fmax.d 0x8000000000000000 0x1 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2253, f10, 0x1)
	CHECK_FLAGS(2254, 0x0)
	/* fmax.d 0x8000000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2255, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2256, 0x0)
	/* fmax.d 0x8000000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2257, f10, 0x8000000000000000)
	CHECK_FLAGS(2258, 0x0)
	/* fmax.d 0x8000000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2259, f10, 0x8000000000000000)
	CHECK_FLAGS(2260, 0x0)
	/* fmax.d 0x8000000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2261, f10, 0x8000000000000000)
	CHECK_FLAGS(2262, 0x0)
	/* fmax.d 0x3ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2263, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2264, 0x0)
	/* fmax.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2265, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2266, 0x0)
	/* fmax.d 0x3ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2267, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2268, 0x0)
	/* fmax.d 0x3ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2269, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2270, 0x0)
	/* fmax.d 0x3ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2271, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2272, 0x0)
	/* fmax.d 0x3ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2273, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2274, 0x0)
	/* fmax.d 0x3ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2275, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2276, 0x0)
	/* fmax.d 0x3ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2277, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2278, 0x0)
	/* fmax.d 0xbff0000000000000 0x0 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2279, f10, 0x0)
	CHECK_FLAGS(2280, 0x0)
	/* fmax.d 0xbff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2281, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2282, 0x0)
	/* fmax.d 0xbff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2283, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2284, 0x0)
	/* fmax.d 0xbff0000000000000 0x1 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2285, f10, 0x1)
	CHECK_FLAGS(2286, 0x0)
	/* fmax.d 0xbff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2287, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2288, 0x0)
	/* fmax.d 0xbff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2289, f10, 0xbff0000000000000)
	CHECK_FLAGS(2290, 0x0)
	/* fmax.d 0xbff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2291, f10, 0xbff0000000000000)
	CHECK_FLAGS(2292, 0x0)
	/* fmax.d 0xbff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2293, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2294, 0x0)
	/* fmax.d 0x7fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2295, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2296, 0x0)
	/* fmax.d 0x7fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2297, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2298, 0x0)
	/* fmax.d 0x7fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2299, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2300, 0x0)
	/* fmax.d 0x7fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2301, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2302, 0x0)
	/* fmax.d 0x7fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2303, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2304, 0x0)
	/* fmax.d 0x7fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2305, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2306, 0x0)
	/* fmax.d 0x7fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2307, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2308, 0x0)
	/* fmax.d 0x7fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2309, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2310, 0x0)
	/* fmax.d 0xffefffffffffffff 0x0 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2311, f10, 0x0)
	CHECK_FLAGS(2312, 0x0)
	/* fmax.d 0xffefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2313, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2314, 0x0)
	/* fmax.d 0xffefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2315, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2316, 0x0)
	/* fmax.d 0xffefffffffffffff 0x1 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2317, f10, 0x1)
	CHECK_FLAGS(2318, 0x0)
	/* fmax.d 0xffefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2319, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2320, 0x0)
	/* fmax.d 0xffefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2321, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2322, 0x0)
	/* fmax.d 0xffefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2323, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2324, 0x0)
	/* fmax.d 0xffefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2325, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2326, 0x0)
	/* fmax.d 0x1 0x0 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2327, f10, 0x1)
	CHECK_FLAGS(2328, 0x0)
	/* fmax.d 0x1 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2329, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2330, 0x0)
	/* fmax.d 0x1 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2331, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2332, 0x0)
	/* fmax.d 0x1 0x1 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2333, f10, 0x1)
	CHECK_FLAGS(2334, 0x0)
	/* fmax.d 0x1 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2335, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2336, 0x0)
	/* fmax.d 0x1 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2337, f10, 0x1)
	CHECK_FLAGS(2338, 0x0)
	/* fmax.d 0x1 0xfff8000000001234 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2339, f10, 0x1)
	CHECK_FLAGS(2340, 0x0)
	/* fmax.d 0x1 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2341, f10, 0x1)
	CHECK_FLAGS(2342, 0x0)
	/* fmax.d 0x8000000000000001 0x0 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2343, f10, 0x0)
	CHECK_FLAGS(2344, 0x0)
	/* fmax.d 0x8000000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2345, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2346, 0x0)
	/* fmax.d 0x8000000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2347, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2348, 0x0)
	/* fmax.d 0x8000000000000001 0x1 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2349, f10, 0x1)
	CHECK_FLAGS(2350, 0x0)
	/* fmax.d 0x8000000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2351, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2352, 0x0)
	/* fmax.d 0x8000000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2353, f10, 0x8000000000000001)
	CHECK_FLAGS(2354, 0x0)
	/* fmax.d 0x8000000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2355, f10, 0x8000000000000001)
	CHECK_FLAGS(2356, 0x0)
	/* fmax.d 0x8000000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2357, f10, 0x8000000000000001)
	CHECK_FLAGS(2358, 0x0)
	/* fmax.d 0x7ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2359, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2360, 0x0)
	/* fmax.d 0x7ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2361, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2362, 0x0)
	/* fmax.d 0x7ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2363, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2364, 0x0)
	/* fmax.d 0x7ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2365, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2366, 0x0)
	/* fmax.d 0x7ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2367, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2368, 0x0)
	/* fmax.d 0x7ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2369, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2370, 0x0)
	/* fmax.d 0x7ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2371, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2372, 0x0)
	/* fmax.d 0x7ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2373, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2374, 0x0)
	/* fmax.d 0xfff0000000000000 0x0 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2375, f10, 0x0)
	CHECK_FLAGS(2376, 0x0)
	/* fmax.d 0xfff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2377, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2378, 0x0)
	/* fmax.d 0xfff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2379, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2380, 0x0)
	/* fmax.d 0xfff0000000000000 0x1 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2381, f10, 0x1)
	CHECK_FLAGS(2382, 0x0)
	/* fmax.d 0xfff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2383, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2384, 0x0)
	/* fmax.d 0xfff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2385, f10, 0xfff0000000000000)
	CHECK_FLAGS(2386, 0x0)
	/* fmax.d 0xfff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2387, f10, 0xfff0000000000000)
	CHECK_FLAGS(2388, 0x0)
	/* fmax.d 0xfff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2389, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2390, 0x0)
	/* fmax.d 0x7ff8000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2391, f10, 0x0)
	CHECK_FLAGS(2392, 0x0)
	/* fmax.d 0x7ff8000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2393, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2394, 0x0)
	/* fmax.d 0x7ff8000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2395, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2396, 0x0)
	/* fmax.d 0x7ff8000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2397, f10, 0x1)
	CHECK_FLAGS(2398, 0x0)
	/* fmax.d 0x7ff8000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2399, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2400, 0x0)
	/* fmax.d 0x7ff8000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2401, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2402, 0x0)
	/* fmax.d 0x7ff8000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2403, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2404, 0x0)
	/* fmax.d 0x7ff8000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2405, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2406, 0x0)
	/* fmax.d 0x7ff0000000000001 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2407, f10, 0x0)
	CHECK_FLAGS(2408, 0x10)
	/* fmax.d 0x7ff0000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2409, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2410, 0x10)
	/* fmax.d 0x7ff0000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2411, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2412, 0x10)
	/* fmax.d 0x7ff0000000000001 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2413, f10, 0x1)
	CHECK_FLAGS(2414, 0x10)
	/* fmax.d 0x7ff0000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2415, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2416, 0x10)
	/* fmax.d 0x7ff0000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2417, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2418, 0x10)
	/* fmax.d 0x7ff0000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2419, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2420, 0x10)
	/* fmax.d 0x7ff0000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2421, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2422, 0x10)
	/* fmax.d 0xfff8000000001234 0x0 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2423, f10, 0x0)
	CHECK_FLAGS(2424, 0x0)
	/* fmax.d 0xfff8000000001234 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2425, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2426, 0x0)
	/* fmax.d 0xfff8000000001234 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2427, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2428, 0x0)
	/* fmax.d 0xfff8000000001234 0x1 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2429, f10, 0x1)
	CHECK_FLAGS(2430, 0x0)
	/* fmax.d 0xfff8000000001234 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2431, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2432, 0x0)
	/* fmax.d 0xfff8000000001234 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2433, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2434, 0x0)
	/* fmax.d 0xfff8000000001234 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2435, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2436, 0x0)
	/* fmax.d 0xfff8000000001234 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2437, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2438, 0x0)
	/* fmax.d 0x3fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2439, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(2440, 0x0)
	/* fmax.d 0x3fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2441, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2442, 0x0)
	/* fmax.d 0x3fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2443, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2444, 0x0)
	/* fmax.d 0x3fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2445, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(2446, 0x0)
	/* fmax.d 0x3fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2447, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2448, 0x0)
	/* fmax.d 0x3fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2449, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(2450, 0x0)
	/* fmax.d 0x3fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2451, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(2452, 0x0)
	/* fmax.d 0x3fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2453, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(2454, 0x0)
	/* fmax.d 0xbcb0000000000000 0x0 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2455, f10, 0x0)
	CHECK_FLAGS(2456, 0x0)
	/* fmax.d 0xbcb0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2457, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2458, 0x0)
	/* fmax.d 0xbcb0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2459, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2460, 0x0)
	/* fmax.d 0xbcb0000000000000 0x1 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2461, f10, 0x1)
	CHECK_FLAGS(2462, 0x0)
	/* fmax.d 0xbcb0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2463, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2464, 0x0)
	/* fmax.d 0xbcb0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2465, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2466, 0x0)
	/* fmax.d 0xbcb0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2467, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2468, 0x0)
	/* fmax.d 0xbcb0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2469, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2470, 0x0)
	/* fsgnj.d 0x0 0x0 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2471, f10, 0x0)
	CHECK_FLAGS(2472, 0x0)
	/* fsgnj.d 0x0 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2473, f10, 0x0)
	CHECK_FLAGS(2474, 0x0)
	/* fsgnj.d 0x0 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2475, f10, 0x0)
	CHECK_FLAGS(2476, 0x0)
	/* fsgnj.d 0x0 0x1 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2477, f10, 0x0)
	CHECK_FLAGS(2478, 0x0)
	/* fsgnj.d 0x0 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2479, f10, 0x0)
	CHECK_FLAGS(2480, 0x0)
	/* fsgnj.d 0x0 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2481, f10, 0x0)
	CHECK_FLAGS(2482, 0x0)
	/* fsgnj.d 0x0 0xfff8000000001234 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2483, f10, 0x8000000000000000)
	CHECK_FLAGS(2484, 0x0)
	/* fsgnj.d 0x0 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2485, f10, 0x8000000000000000)
	CHECK_FLAGS(2486, 0x0)
	/* fsgnj.d 0x8000000000000000 0x0 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2487, f10, 0x0)
	CHECK_FLAGS(2488, 0x0)
	/* fsgnj.d 0x8000000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2489, f10, 0x0)
	CHECK_FLAGS(2490, 0x0)
	/* fsgnj.d 0x8000000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2491, f10, 0x0)
	CHECK_FLAGS(2492, 0x0)
	/* fsgnj.d 0x8000000000000000 0x1 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2493, f10, 0x0)
	CHECK_FLAGS(2494, 0x0)
	/* fsgnj.d 0x8000000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2495, f10, 0x0)
	CHECK_FLAGS(2496, 0x0)
	/* fsgnj.d 0x8000000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2497, f10, 0x0)
	CHECK_FLAGS(2498, 0x0)
	/* fsgnj.d 0x8000000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2499, f10, 0x8000000000000000)
	CHECK_FLAGS(2500, 0x0)
	/* fsgnj.d 0x8000000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2501, f10, 0x8000000000000000)
	CHECK_FLAGS(2502, 0x0)
	/* fsgnj.d 0x3ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2503, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2504, 0x0)
	/* fsgnj.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2505, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2506, 0x0)
	/* fsgnj.d 0x3ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2507, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2508, 0x0)
	/* fsgnj.d 0x3ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2509, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2510, 0x0)
	/* fsgnj.d 0x3ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2511, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2512, 0x0)
	/* fsgnj.d 0x3ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2513, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2514, 0x0)
	/* fsgnj.d 0x3ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2515, f10, 0xbff0000000000000)
	CHECK_FLAGS(2516, 0x0)
	/* fsgnj.d 0x3ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2517, f10, 0xbff0000000000000)
	CHECK_FLAGS(2518, 0x0)
	/* fsgnj.d 0xbff0000000000000 0x0 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2519, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2520, 0x0)
	/* fsgnj.d 0xbff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2521, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2522, 0x0)
	/* fsgnj.d 0xbff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2523, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2524, 0x0)
	/* fsgnj.d 0xbff0000000000000 0x1 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2525, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2526, 0x0)
	/* fsgnj.d 0xbff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2527, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2528, 0x0)
	/* fsgnj.d 0xbff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2529, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2530, 0x0)
	/* fsgnj.d 0xbff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2531, f10, 0xbff0000000000000)
	CHECK_FLAGS(2532, 0x0)
	/* fsgnj.d 0xbff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2533, f10, 0xbff0000000000000)
	CHECK_FLAGS(2534, 0x0)
	/* fsgnj.d 0x7fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2535, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2536, 0x0)
	/* fsgnj.d 0x7fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2537, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2538, 0x0)
	/* fsgnj.d 0x7fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2539, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2540, 0x0)
	/* fsgnj.d 0x7fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2541, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2542, 0x0)
	/* fsgnj.d 0x7fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2543, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2544, 0x0)
	/* fsgnj.d 0x7fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2545, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2546, 0x0)
	/* fsgnj.d 0x7fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2547, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2548, 0x0)
	/* fsgnj.d 0x7fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2549, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2550, 0x0)
	/* fsgnj.d 0xffefffffffffffff 0x0 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2551, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2552, 0x0)
	/* fsgnj.d 0xffefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2553, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2554, 0x0)
	/* fsgnj.d 0xffefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2555, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2556, 0x0)
	/* fsgnj.d 0xffefffffffffffff 0x1 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2557, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2558, 0x0)
	/* fsgnj.d 0xffefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2559, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2560, 0x0)
	/* fsgnj.d 0xffefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2561, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2562, 0x0)
	/* fsgnj.d 0xffefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2563, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2564, 0x0)
	/* fsgnj.d 0xffefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2565, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2566, 0x0)
	/* fsgnj.d 0x1 0x0 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2567, f10, 0x1)
	CHECK_FLAGS(2568, 0x0)
	/* fsgnj.d 0x1 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2569, f10, 0x1)
	CHECK_FLAGS(2570, 0x0)
	/* fsgnj.d 0x1 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2571, f10, 0x1)
	CHECK_FLAGS(2572, 0x0)
	/* fsgnj.d 0x1 0x1 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2573, f10, 0x1)
	CHECK_FLAGS(2574, 0x0)
	/* fsgnj.d 0x1 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2575, f10, 0x1)
	CHECK_FLAGS(2576, 0x0)
	/* fsgnj.d 0x1 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2577, f10, 0x1)
	CHECK_FLAGS(2578, 0x0)
	/* fsgnj.d 0x1 0xfff8000000001234 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2579, f10, 0x8000000000000001)
	CHECK_FLAGS(2580, 0x0)
	/* fsgnj.d 0x1 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2581, f10, 0x8000000000000001)
	CHECK_FLAGS(2582, 0x0)
	/* fsgnj.d 0x8000000000000001 0x0 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2583, f10, 0x1)
	CHECK_FLAGS(2584, 0x0)
	/* fsgnj.d 0x8000000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2585, f10, 0x1)
	CHECK_FLAGS(2586, 0x0)
	/* fsgnj.d 0x8000000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2587, f10, 0x1)
	CHECK_FLAGS(2588, 0x0)
	/* fsgnj.d 0x8000000000000001 0x1 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2589, f10, 0x1)
	CHECK_FLAGS(2590, 0x0)
	/* fsgnj.d 0x8000000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2591, f10, 0x1)
	CHECK_FLAGS(2592, 0x0)
	/* fsgnj.d 0x8000000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2593, f10, 0x1)
	CHECK_FLAGS(2594, 0x0)
	/* fsgnj.d 0x8000000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2595, f10, 0x8000000000000001)
	CHECK_FLAGS(2596, 0x0)
	/* fsgnj.d 0x8000000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2597, f10, 0x8000000000000001)
	CHECK_FLAGS(2598, 0x0)
	/* fsgnj.d 0x7ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2599, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2600, 0x0)
	/* fsgnj.d 0x7ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2601, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2602, 0x0)
	/* fsgnj.d 0x7ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2603, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2604, 0x0)
	/* fsgnj.d 0x7ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2605, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2606, 0x0)
	/* fsgnj.d 0x7ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2607, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2608, 0x0)
	/* fsgnj.d 0x7ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2609, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2610, 0x0)
	/* fsgnj.d 0x7ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2611, f10, 0xfff0000000000000)
	CHECK_FLAGS(2612, 0x0)
	/* fsgnj.d 0x7ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2613, f10, 0xfff0000000000000)
	CHECK_FLAGS(2614, 0x0)
	/* fsgnj.d 0xfff0000000000000 0x0 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2615, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2616, 0x0)
	/* fsgnj.d 0xfff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2617, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2618, 0x0)
	/* fsgnj.d 0xfff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2619, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2620, 0x0)
	/* fsgnj.d 0xfff0000000000000 0x1 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2621, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2622, 0x0)
	/* fsgnj.d 0xfff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2623, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2624, 0x0)
	/* fsgnj.d 0xfff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2625, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2626, 0x0)
	/* fsgnj.d 0xfff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2627, f10, 0xfff0000000000000)
	CHECK_FLAGS(2628, 0x0)
	/* fsgnj.d 0xfff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2629, f10, 0xfff0000000000000)
	CHECK_FLAGS(2630, 0x0)
	/* fsgnj.d 0x7ff8000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2631, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2632, 0x0)
	/* fsgnj.d 0x7ff8000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2633, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2634, 0x0)
	/* fsgnj.d 0x7ff8000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2635, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2636, 0x0)
	/* fsgnj.d 0x7ff8000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2637, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2638, 0x0)
	/* fsgnj.d 0x7ff8000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2639, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2640, 0x0)
	/* fsgnj.d 0x7ff8000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2641, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2642, 0x0)
	/* fsgnj.d 0x7ff8000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2643, f10, 0xfff8000000000000)
	CHECK_FLAGS(2644, 0x0)
	/* fsgnj.d 0x7ff8000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2645, f10, 0xfff8000000000000)
	CHECK_FLAGS(2646, 0x0)
	/* fsgnj.d 0x7ff0000000000001 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2647, f10, 0x7ff0000000000001)
	CHECK_FLAGS(2648, 0x0)
	/* fsgnj.d 0x7ff0000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2649, f10, 0x7ff0000000000001)
	CHECK_FLAGS(2650, 0x0)
	/* fsgnj.d 0x7ff0000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2651, f10, 0x7ff0000000000001)
	CHECK_FLAGS(2652, 0x0)
	/* fsgnj.d 0x7ff0000000000001 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2653, f10, 0x7ff0000000000001)
	CHECK_FLAGS(2654, 0x0)
	/* fsgnj.d 0x7ff0000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2655, f10, 0x7ff0000000000001)
	CHECK_FLAGS(2656, 0x0)
	/* fsgnj.d 0x7ff0000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2657, f10, 0x7ff0000000000001)
	CHECK_FLAGS(2658, 0x0)
	/* fsgnj.d 0x7ff0000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2659, f10, 0xfff0000000000001)
	CHECK_FLAGS(2660, 0x0)
	/* fsgnj.d 0x7ff0000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2661, f10, 0xfff0000000000001)
	CHECK_FLAGS(2662, 0x0)
	/* fsgnj.d 0xfff8000000001234 0x0 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2663, f10, 0x7ff8000000001234)
	CHECK_FLAGS(2664, 0x0)
	/* fsgnj.d 0xfff8000000001234 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2665, f10, 0x7ff8000000001234)
	CHECK_FLAGS(2666, 0x0)
	/* fsgnj.d 0xfff8000000001234 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2667, f10, 0x7ff8000000001234)
	CHECK_FLAGS(2668, 0x0)
	/* fsgnj.d 0xfff8000000001234 0x1 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2669, f10, 0x7ff8000000001234)
	CHECK_FLAGS(2670, 0x0)
	/* fsgnj.d 0xfff8000000001234 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2671, f10, 0x7ff8000000001234)
	CHECK_FLAGS(2672, 0x0)
	/* fsgnj.d 0xfff8000000001234 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2673, f10, 0x7ff8000000001234)
	CHECK_FLAGS(2674, 0x0)
	/* fsgnj.d 0xfff8000000001234 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2675, f10, 0xfff8000000001234)
	CHECK_FLAGS(2676, 0x0)
	/* fsgnj.d 0xfff8000000001234 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2677, f10, 0xfff8000000001234)
	CHECK_FLAGS(2678, 0x0)
	/* fsgnj.d 0x3fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2679, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(2680, 0x0)
	/* fsgnj.d 0x3fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2681, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(2682, 0x0)
	/* fsgnj.d 0x3fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2683, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(2684, 0x0)
	/* fsgnj.d 0x3fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2685, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(2686, 0x0)
	/* fsgnj.d 0x3fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2687, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(2688, 0x0)
	/* fsgnj.d 0x3fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2689, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(2690, 0x0)
	/* fsgnj.d 0x3fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2691, f10, 0xbfefffffffffffff)
	CHECK_FLAGS(2692, 0x0)
	/* fsgnj.d 0x3fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2693, f10, 0xbfefffffffffffff)
	CHECK_FLAGS(2694, 0x0)
	/* fsgnj.d 0xbcb0000000000000 0x0 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2695, f10, 0x3cb0000000000000)
	CHECK_FLAGS(2696, 0x0)
	/* fsgnj.d 0xbcb0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2697, f10, 0x3cb0000000000000)
	CHECK_FLAGS(2698, 0x0)
	/* fsgnj.d 0xbcb0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2699, f10, 0x3cb0000000000000)
	CHECK_FLAGS(2700, 0x0)
	/* fsgnj.d 0xbcb0000000000000 0x1 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2701, f10, 0x3cb0000000000000)
	CHECK_FLAGS(2702, 0x0)
	/* fsgnj.d 0xbcb0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2703, f10, 0x3cb0000000000000)
	CHECK_FLAGS(2704, 0x0)
	/* fsgnj.d 0xbcb0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2705, f10, 0x3cb0000000000000)
	CHECK_FLAGS(2706, 0x0)
	/* fsgnj.d 0xbcb0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2707, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2708, 0x0)
	/* fsgnj.d 0xbcb0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(2709, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2710, 0x0)
	/* fsgnjn.d 0x0 0x0 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2711, f10, 0x8000000000000000)
	CHECK_FLAGS(2712, 0x0)
	/* fsgnjn.d 0x0 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2713, f10, 0x8000000000000000)
	CHECK_FLAGS(2714, 0x0)
	/* fsgnjn.d 0x0 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2715, f10, 0x8000000000000000)
	CHECK_FLAGS(2716, 0x0)
	/* fsgnjn.d 0x0 0x1 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2717, f10, 0x8000000000000000)
	CHECK_FLAGS(2718, 0x0)
	/* fsgnjn.d 0x0 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2719, f10, 0x8000000000000000)
	CHECK_FLAGS(2720, 0x0)
	/* fsgnjn.d 0x0 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2721, f10, 0x8000000000000000)
	CHECK_FLAGS(2722, 0x0)
	/* fsgnjn.d 0x0 0xfff8000000001234 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2723, f10, 0x0)
	CHECK_FLAGS(2724, 0x0)
	/* fsgnjn.d 0x0 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2725, f10, 0x0)
	CHECK_FLAGS(2726, 0x0)
	/* fsgnjn.d 0x8000000000000000 0x0 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2727, f10, 0x8000000000000000)
	CHECK_FLAGS(2728, 0x0)
	/* fsgnjn.d 0x8000000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2729, f10, 0x8000000000000000)
	CHECK_FLAGS(2730, 0x0)
	/* fsgnjn.d 0x8000000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2731, f10, 0x8000000000000000)
	CHECK_FLAGS(2732, 0x0)
	/* fsgnjn.d 0x8000000000000000 0x1 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2733, f10, 0x8000000000000000)
	CHECK_FLAGS(2734, 0x0)
	/* fsgnjn.d 0x8000000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2735, f10, 0x8000000000000000)
	CHECK_FLAGS(2736, 0x0)
	/* fsgnjn.d 0x8000000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2737, f10, 0x8000000000000000)
	CHECK_FLAGS(2738, 0x0)
	/* fsgnjn.d 0x8000000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2739, f10, 0x0)
	CHECK_FLAGS(2740, 0x0)
	/* fsgnjn.d 0x8000000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2741, f10, 0x0)
	CHECK_FLAGS(2742, 0x0)
	/* fsgnjn.d 0x3ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2743, f10, 0xbff0000000000000)
	CHECK_FLAGS(2744, 0x0)
	/* fsgnjn.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2745, f10, 0xbff0000000000000)
	CHECK_FLAGS(2746, 0x0)
	/* fsgnjn.d 0x3ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2747, f10, 0xbff0000000000000)
	CHECK_FLAGS(2748, 0x0)
	/* fsgnjn.d 0x3ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2749, f10, 0xbff0000000000000)
	CHECK_FLAGS(2750, 0x0)
	/* fsgnjn.d 0x3ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2751, f10, 0xbff0000000000000)
	CHECK_FLAGS(2752, 0x0)
	/* fsgnjn.d 0x3ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2753, f10, 0xbff0000000000000)
	CHECK_FLAGS(2754, 0x0)
	/* fsgnjn.d 0x3ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2755, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2756, 0x0)
	/* fsgnjn.d 0x3ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2757, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2758, 0x0)
	/* fsgnjn.d 0xbff0000000000000 0x0 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2759, f10, 0xbff0000000000000)
	CHECK_FLAGS(2760, 0x0)
	/* fsgnjn.d 0xbff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2761, f10, 0xbff0000000000000)
	CHECK_FLAGS(2762, 0x0)
	/* fsgnjn.d 0xbff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2763, f10, 0xbff0000000000000)
	CHECK_FLAGS(2764, 0x0)
	/* fsgnjn.d 0xbff0000000000000 0x1 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2765, f10, 0xbff0000000000000)
	CHECK_FLAGS(2766, 0x0)
	/* fsgnjn.d 0xbff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2767, f10, 0xbff0000000000000)
	CHECK_FLAGS(2768, 0x0)
	/* fsgnjn.d 0xbff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2769, f10, 0xbff0000000000000)
	CHECK_FLAGS(2770, 0x0)
	/* fsgnjn.d 0xbff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2771, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2772, 0x0)
	/* fsgnjn.d 0xbff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2773, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2774, 0x0)
	/* fsgnjn.d 0x7fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2775, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2776, 0x0)
	/* fsgnjn.d 0x7fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2777, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2778, 0x0)
	/* fsgnjn.d 0x7fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2779, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2780, 0x0)
	/* fsgnjn.d 0x7fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2781, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2782, 0x0)
	/* fsgnjn.d 0x7fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2783, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2784, 0x0)
	/* fsgnjn.d 0x7fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2785, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2786, 0x0)
	/* fsgnjn.d 0x7fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2787, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2788, 0x0)
	/* fsgnjn.d 0x7fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2789, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2790, 0x0)
	/* fsgnjn.d 0xffefffffffffffff 0x0 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2791, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2792, 0x0)
	/* fsgnjn.d 0xffefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2793, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2794, 0x0)
	/* fsgnjn.d 0xffefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2795, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2796, 0x0)
	/* fsgnjn.d 0xffefffffffffffff 0x1 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2797, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2798, 0x0)
	/* fsgnjn.d 0xffefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2799, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2800, 0x0)
	/* fsgnjn.d 0xffefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2801, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2802, 0x0)
	/* fsgnjn.d 0xffefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2803, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2804, 0x0)
	/* fsgnjn.d 0xffefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2805, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2806, 0x0)
	/* fsgnjn.d 0x1 0x0 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2807, f10, 0x8000000000000001)
	CHECK_FLAGS(2808, 0x0)
	/* fsgnjn.d 0x1 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2809, f10, 0x8000000000000001)
	CHECK_FLAGS(2810, 0x0)
	/* fsgnjn.d 0x1 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2811, f10, 0x8000000000000001)
	CHECK_FLAGS(2812, 0x0)
	/* fsgnjn.d 0x1 0x1 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2813, f10, 0x8000000000000001)
	CHECK_FLAGS(2814, 0x0)
	/* fsgnjn.d 0x1 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2815, f10, 0x8000000000000001)
	CHECK_FLAGS(2816, 0x0)
	/* fsgnjn.d 0x1 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2817, f10, 0x8000000000000001)
	CHECK_FLAGS(2818, 0x0)
	/* fsgnjn.d 0x1 0xfff8000000001234 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2819, f10, 0x1)
	CHECK_FLAGS(2820, 0x0)
	/* fsgnjn.d 0x1 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2821, f10, 0x1)
	CHECK_FLAGS(2822, 0x0)
	/* fsgnjn.d 0x8000000000000001 0x0 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2823, f10, 0x8000000000000001)
	CHECK_FLAGS(2824, 0x0)
	/* fsgnjn.d 0x8000000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2825, f10, 0x8000000000000001)
	CHECK_FLAGS(2826, 0x0)
	/* fsgnjn.d 0x8000000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2827, f10, 0x8000000000000001)
	CHECK_FLAGS(2828, 0x0)
	/* fsgnjn.d 0x8000000000000001 0x1 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2829, f10, 0x8000000000000001)
	CHECK_FLAGS(2830, 0x0)
	/* fsgnjn.d 0x8000000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2831, f10, 0x8000000000000001)
	CHECK_FLAGS(2832, 0x0)
	/* fsgnjn.d 0x8000000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2833, f10, 0x8000000000000001)
	CHECK_FLAGS(2834, 0x0)
	/* fsgnjn.d 0x8000000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2835, f10, 0x1)
	CHECK_FLAGS(2836, 0x0)
	/* fsgnjn.d 0x8000000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2837, f10, 0x1)
	CHECK_FLAGS(2838, 0x0)
	/* fsgnjn.d 0x7ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2839, f10, 0xfff0000000000000)
	CHECK_FLAGS(2840, 0x0)
	/* fsgnjn.d 0x7ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2841, f10, 0xfff0000000000000)
	CHECK_FLAGS(2842, 0x0)
	/* fsgnjn.d 0x7ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2843, f10, 0xfff0000000000000)
	CHECK_FLAGS(2844, 0x0)
	/* fsgnjn.d 0x7ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2845, f10, 0xfff0000000000000)
	CHECK_FLAGS(2846, 0x0)
	/* fsgnjn.d 0x7ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2847, f10, 0xfff0000000000000)
	CHECK_FLAGS(2848, 0x0)
	/* fsgnjn.d 0x7ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2849, f10, 0xfff0000000000000)
	CHECK_FLAGS(2850, 0x0)
	/* fsgnjn.d 0x7ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2851, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2852, 0x0)
	/* fsgnjn.d 0x7ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2853, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2854, 0x0)
	/* fsgnjn.d 0xfff0000000000000 0x0 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2855, f10, 0xfff0000000000000)
	CHECK_FLAGS(2856, 0x0)
	/* fsgnjn.d 0xfff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2857, f10, 0xfff0000000000000)
	CHECK_FLAGS(2858, 0x0)
	/* fsgnjn.d 0xfff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2859, f10, 0xfff0000000000000)
	CHECK_FLAGS(2860, 0x0)
	/* fsgnjn.d 0xfff0000000000000 0x1 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2861, f10, 0xfff0000000000000)
	CHECK_FLAGS(2862, 0x0)
	/* fsgnjn.d 0xfff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2863, f10, 0xfff0000000000000)
	CHECK_FLAGS(2864, 0x0)
	/* fsgnjn.d 0xfff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2865, f10, 0xfff0000000000000)
	CHECK_FLAGS(2866, 0x0)
	/* fsgnjn.d 0xfff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2867, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2868, 0x0)
	/* fsgnjn.d 0xfff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2869, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2870, 0x0)
	/* fsgnjn.d 0x7ff8000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2871, f10, 0xfff8000000000000)
	CHECK_FLAGS(2872, 0x0)
	/* fsgnjn.d 0x7ff8000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2873, f10, 0xfff8000000000000)
	CHECK_FLAGS(2874, 0x0)
	/* fsgnjn.d 0x7ff8000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2875, f10, 0xfff8000000000000)
	CHECK_FLAGS(2876, 0x0)
	/* fsgnjn.d 0x7ff8000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2877, f10, 0xfff8000000000000)
	CHECK_FLAGS(2878, 0x0)
	/* fsgnjn.d 0x7ff8000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2879, f10, 0xfff8000000000000)
	CHECK_FLAGS(2880, 0x0)
	/* fsgnjn.d 0x7ff8000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2881, f10, 0xfff8000000000000)
	CHECK_FLAGS(2882, 0x0)
	/* fsgnjn.d 0x7ff8000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2883, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2884, 0x0)
	/* fsgnjn.d 0x7ff8000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2885, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2886, 0x0)
	/* fsgnjn.d 0x7ff0000000000001 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2887, f10, 0xfff0000000000001)
	CHECK_FLAGS(2888, 0x0)
	/* fsgnjn.d 0x7ff0000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2889, f10, 0xfff0000000000001)
	CHECK_FLAGS(2890, 0x0)
	/* fsgnjn.d 0x7ff0000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2891, f10, 0xfff0000000000001)
	CHECK_FLAGS(2892, 0x0)
	/* fsgnjn.d 0x7ff0000000000001 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2893, f10, 0xfff0000000000001)
	CHECK_FLAGS(2894, 0x0)
	/* fsgnjn.d 0x7ff0000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2895, f10, 0xfff0000000000001)
	CHECK_FLAGS(2896, 0x0)
	/* fsgnjn.d 0x7ff0000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2897, f10, 0xfff0000000000001)
	CHECK_FLAGS(2898, 0x0)
	/* fsgnjn.d 0x7ff0000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2899, f10, 0x7ff0000000000001)
	CHECK_FLAGS(2900, 0x0)
	/* fsgnjn.d 0x7ff0000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2901, f10, 0x7ff0000000000001)
	CHECK_FLAGS(2902, 0x0)
	/* fsgnjn.d 0xfff8000000001234 0x0 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2903, f10, 0xfff8000000001234)
	CHECK_FLAGS(2904, 0x0)
	/* fsgnjn.d 0xfff8000000001234 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2905, f10, 0xfff8000000001234)
	CHECK_FLAGS(2906, 0x0)
	/* fsgnjn.d 0xfff8000000001234 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2907, f10, 0xfff8000000001234)
	CHECK_FLAGS(2908, 0x0)
	/* fsgnjn.d 0xfff8000000001234 0x1 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2909, f10, 0xfff8000000001234)
	CHECK_FLAGS(2910, 0x0)
	/* fsgnjn.d 0xfff8000000001234 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2911, f10, 0xfff8000000001234)
	CHECK_FLAGS(2912, 0x0)
	/* fsgnjn.d 0xfff8000000001234 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2913, f10, 0xfff8000000001234)
	CHECK_FLAGS(2914, 0x0)
	/* fsgnjn.d 0xfff8000000001234 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2915, f10, 0x7ff8000000001234)
	CHECK_FLAGS(2916, 0x0)
	/* fsgnjn.d 0xfff8000000001234 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2917, f10, 0x7ff8000000001234)
	CHECK_FLAGS(2918, 0x0)
	/* fsgnjn.d 0x3fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2919, f10, 0xbfefffffffffffff)
	CHECK_FLAGS(2920, 0x0)
	/* fsgnjn.d 0x3fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2921, f10, 0xbfefffffffffffff)
	CHECK_FLAGS(2922, 0x0)
	/* fsgnjn.d 0x3fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2923, f10, 0xbfefffffffffffff)
	CHECK_FLAGS(2924, 0x0)
	/* fsgnjn.d 0x3fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2925, f10, 0xbfefffffffffffff)
	CHECK_FLAGS(2926, 0x0)
	/* fsgnjn.d 0x3fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2927, f10, 0xbfefffffffffffff)
	CHECK_FLAGS(2928, 0x0)
	/* fsgnjn.d 0x3fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2929, f10, 0xbfefffffffffffff)
	CHECK_FLAGS(2930, 0x0)
	/* fsgnjn.d 0x3fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2931, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(2932, 0x0)
	/* fsgnjn.d 0x3fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2933, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(2934, 0x0)
	/* fsgnjn.d 0xbcb0000000000000 0x0 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2935, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2936, 0x0)
	/* fsgnjn.d 0xbcb0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2937, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2938, 0x0)
	/* fsgnjn.d 0xbcb0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2939, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2940, 0x0)
	/* fsgnjn.d 0xbcb0000000000000 0x1 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2941, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2942, 0x0)
	/* fsgnjn.d 0xbcb0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2943, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2944, 0x0)
	/* fsgnjn.d 0xbcb0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2945, f10, 0xbcb0000000000000)
	CHECK_FLAGS(2946, 0x0)
	/* fsgnjn.d 0xbcb0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2947, f10, 0x3cb0000000000000)
	CHECK_FLAGS(2948, 0x0)
	/* fsgnjn.d 0xbcb0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2949, f10, 0x3cb0000000000000)
	CHECK_FLAGS(2950, 0x0)
	/* fsgnjx.d 0x0 0x0 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2951, f10, 0x0)
	CHECK_FLAGS(2952, 0x0)
	/* fsgnjx.d 0x0 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2953, f10, 0x0)
	CHECK_FLAGS(2954, 0x0)
	/* fsgnjx.d 0x0 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2955, f10, 0x0)
	CHECK_FLAGS(2956, 0x0)
	/* fsgnjx.d 0x0 0x1 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2957, f10, 0x0)
	CHECK_FLAGS(2958, 0x0)
	/* fsgnjx.d 0x0 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2959, f10, 0x0)
	CHECK_FLAGS(2960, 0x0)
	/* fsgnjx.d 0x0 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2961, f10, 0x0)
	CHECK_FLAGS(2962, 0x0)
	/* fsgnjx.d 0x0 0xfff8000000001234 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2963, f10, 0x8000000000000000)
	CHECK_FLAGS(2964, 0x0)
	/* fsgnjx.d 0x0 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2965, f10, 0x8000000000000000)
	CHECK_FLAGS(2966, 0x0)
	/* fsgnjx.d 0x8000000000000000 0x0 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2967, f10, 0x8000000000000000)
	CHECK_FLAGS(2968, 0x0)
	/* fsgnjx.d 0x8000000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2969, f10, 0x8000000000000000)
	CHECK_FLAGS(2970, 0x0)
	/* fsgnjx.d 0x8000000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2971, f10, 0x8000000000000000)
	CHECK_FLAGS(2972, 0x0)
	/* fsgnjx.d 0x8000000000000000 0x1 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2973, f10, 0x8000000000000000)
	CHECK_FLAGS(2974, 0x0)
	/* fsgnjx.d 0x8000000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2975, f10, 0x8000000000000000)
	CHECK_FLAGS(2976, 0x0)
	/* fsgnjx.d 0x8000000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2977, f10, 0x8000000000000000)
	CHECK_FLAGS(2978, 0x0)
	/* fsgnjx.d 0x8000000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2979, f10, 0x0)
	CHECK_FLAGS(2980, 0x0)
	/* fsgnjx.d 0x8000000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2981, f10, 0x0)
	CHECK_FLAGS(2982, 0x0)
	/* fsgnjx.d 0x3ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2983, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2984, 0x0)
	/* fsgnjx.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2985, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2986, 0x0)
	/* fsgnjx.d 0x3ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2987, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2988, 0x0)
	/* fsgnjx.d 0x3ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2989, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2990, 0x0)
	/* fsgnjx.d 0x3ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2991, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2992, 0x0)
	/* fsgnjx.d 0x3ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2993, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2994, 0x0)
	/* fsgnjx.d 0x3ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2995, f10, 0xbff0000000000000)
	CHECK_FLAGS(2996, 0x0)
	/* fsgnjx.d 0x3ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2997, f10, 0xbff0000000000000)
	CHECK_FLAGS(2998, 0x0)
	/* fsgnjx.d 0xbff0000000000000 0x0 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(2999, f10, 0xbff0000000000000)
	CHECK_FLAGS(3000, 0x0)
	/* fsgnjx.d 0xbff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3001, f10, 0xbff0000000000000)
	CHECK_FLAGS(3002, 0x0)
	/* fsgnjx.d 0xbff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3003, f10, 0xbff0000000000000)
	CHECK_FLAGS(3004, 0x0)
	/* fsgnjx.d 0xbff0000000000000 0x1 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3005, f10, 0xbff0000000000000)
	CHECK_FLAGS(3006, 0x0)
	/* fsgnjx.d 0xbff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3007, f10, 0xbff0000000000000)
	CHECK_FLAGS(3008, 0x0)
	/* fsgnjx.d 0xbff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3009, f10, 0xbff0000000000000)
	CHECK_FLAGS(3010, 0x0)
	/* fsgnjx.d 0xbff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3011, f10, 0x3ff0000000000000)
	CHECK_FLAGS(3012, 0x0)
	/* fsgnjx.d 0xbff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3013, f10, 0x3ff0000000000000)
	CHECK_FLAGS(3014, 0x0)
	/* fsgnjx.d 0x7fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3015, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(3016, 0x0)
	/* fsgnjx.d 0x7fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3017, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(3018, 0x0)
	/* fsgnjx.d 0x7fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3019, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(3020, 0x0)
	/* fsgnjx.d 0x7fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3021, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(3022, 0x0)
	/* fsgnjx.d 0x7fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3023, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(3024, 0x0)
	/* fsgnjx.d 0x7fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3025, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(3026, 0x0)
	/* fsgnjx.d 0x7fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3027, f10, 0xffefffffffffffff)
	CHECK_FLAGS(3028, 0x0)
	/* fsgnjx.d 0x7fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3029, f10, 0xffefffffffffffff)
	CHECK_FLAGS(3030, 0x0)
	/* fsgnjx.d 0xffefffffffffffff 0x0 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3031, f10, 0xffefffffffffffff)
	CHECK_FLAGS(3032, 0x0)
	/* fsgnjx.d 0xffefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3033, f10, 0xffefffffffffffff)
	CHECK_FLAGS(3034, 0x0)
	/* fsgnjx.d 0xffefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3035, f10, 0xffefffffffffffff)
	CHECK_FLAGS(3036, 0x0)
	/* fsgnjx.d 0xffefffffffffffff 0x1 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3037, f10, 0xffefffffffffffff)
	CHECK_FLAGS(3038, 0x0)
	/* fsgnjx.d 0xffefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3039, f10, 0xffefffffffffffff)
	CHECK_FLAGS(3040, 0x0)
	/* fsgnjx.d 0xffefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3041, f10, 0xffefffffffffffff)
	CHECK_FLAGS(3042, 0x0)
	/* fsgnjx.d 0xffefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3043, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(3044, 0x0)
	/* fsgnjx.d 0xffefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3045, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(3046, 0x0)
	/* fsgnjx.d 0x1 0x0 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3047, f10, 0x1)
	CHECK_FLAGS(3048, 0x0)
	/* fsgnjx.d 0x1 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3049, f10, 0x1)
	CHECK_FLAGS(3050, 0x0)
	/* fsgnjx.d 0x1 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3051, f10, 0x1)
	CHECK_FLAGS(3052, 0x0)
	/* fsgnjx.d 0x1 0x1 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3053, f10, 0x1)
	CHECK_FLAGS(3054, 0x0)
	/* fsgnjx.d 0x1 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3055, f10, 0x1)
	CHECK_FLAGS(3056, 0x0)
	/* fsgnjx.d 0x1 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3057, f10, 0x1)
	CHECK_FLAGS(3058, 0x0)
	/* fsgnjx.d 0x1 0xfff8000000001234 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3059, f10, 0x8000000000000001)
	CHECK_FLAGS(3060, 0x0)
	/* fsgnjx.d 0x1 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3061, f10, 0x8000000000000001)
	CHECK_FLAGS(3062, 0x0)
	/* fsgnjx.d 0x8000000000000001 0x0 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3063, f10, 0x8000000000000001)
	CHECK_FLAGS(3064, 0x0)
	/* fsgnjx.d 0x8000000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3065, f10, 0x8000000000000001)
	CHECK_FLAGS(3066, 0x0)
	/* fsgnjx.d 0x8000000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3067, f10, 0x8000000000000001)
	CHECK_FLAGS(3068, 0x0)
	/* fsgnjx.d 0x8000000000000001 0x1 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3069, f10, 0x8000000000000001)
	CHECK_FLAGS(3070, 0x0)
	/* fsgnjx.d 0x8000000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3071, f10, 0x8000000000000001)
	CHECK_FLAGS(3072, 0x0)
	/* fsgnjx.d 0x8000000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3073, f10, 0x8000000000000001)
	CHECK_FLAGS(3074, 0x0)
	/* fsgnjx.d 0x8000000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3075, f10, 0x1)
	CHECK_FLAGS(3076, 0x0)
	/* fsgnjx.d 0x8000000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3077, f10, 0x1)
	CHECK_FLAGS(3078, 0x0)
	/* fsgnjx.d 0x7ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3079, f10, 0x7ff0000000000000)
	CHECK_FLAGS(3080, 0x0)
	/* fsgnjx.d 0x7ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3081, f10, 0x7ff0000000000000)
	CHECK_FLAGS(3082, 0x0)
	/* fsgnjx.d 0x7ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3083, f10, 0x7ff0000000000000)
	CHECK_FLAGS(3084, 0x0)
	/* fsgnjx.d 0x7ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3085, f10, 0x7ff0000000000000)
	CHECK_FLAGS(3086, 0x0)
	/* fsgnjx.d 0x7ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3087, f10, 0x7ff0000000000000)
	CHECK_FLAGS(3088, 0x0)
	/* fsgnjx.d 0x7ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3089, f10, 0x7ff0000000000000)
	CHECK_FLAGS(3090, 0x0)
	/* fsgnjx.d 0x7ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3091, f10, 0xfff0000000000000)
	CHECK_FLAGS(3092, 0x0)
	/* fsgnjx.d 0x7ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3093, f10, 0xfff0000000000000)
	CHECK_FLAGS(3094, 0x0)
	/* fsgnjx.d 0xfff0000000000000 0x0 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3095, f10, 0xfff0000000000000)
	CHECK_FLAGS(3096, 0x0)
	/* fsgnjx.d 0xfff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3097, f10, 0xfff0000000000000)
	CHECK_FLAGS(3098, 0x0)
	/* fsgnjx.d 0xfff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3099, f10, 0xfff0000000000000)
	CHECK_FLAGS(3100, 0x0)
	/* fsgnjx.d 0xfff0000000000000 0x1 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3101, f10, 0xfff0000000000000)
	CHECK_FLAGS(3102, 0x0)
	/* fsgnjx.d 0xfff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3103, f10, 0xfff0000000000000)
	CHECK_FLAGS(3104, 0x0)
	/* fsgnjx.d 0xfff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3105, f10, 0xfff0000000000000)
	CHECK_FLAGS(3106, 0x0)
	/* fsgnjx.d 0xfff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3107, f10, 0x7ff0000000000000)
	CHECK_FLAGS(3108, 0x0)
	/* fsgnjx.d 0xfff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3109, f10, 0x7ff0000000000000)
	CHECK_FLAGS(3110, 0x0)
	/* fsgnjx.d 0x7ff8000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3111, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3112, 0x0)
	/* fsgnjx.d 0x7ff8000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3113, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3114, 0x0)
	/* fsgnjx.d 0x7ff8000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3115, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3116, 0x0)
	/* fsgnjx.d 0x7ff8000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3117, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3118, 0x0)
	/* fsgnjx.d 0x7ff8000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3119, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3120, 0x0)
	/* fsgnjx.d 0x7ff8000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3121, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3122, 0x0)
	/* fsgnjx.d 0x7ff8000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3123, f10, 0xfff8000000000000)
	CHECK_FLAGS(3124, 0x0)
	/* fsgnjx.d 0x7ff8000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3125, f10, 0xfff8000000000000)
	CHECK_FLAGS(3126, 0x0)
	/* fsgnjx.d 0x7ff0000000000001 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3127, f10, 0x7ff0000000000001)
	CHECK_FLAGS(3128, 0x0)
	/* fsgnjx.d 0x7ff0000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3129, f10, 0x7ff0000000000001)
	CHECK_FLAGS(3130, 0x0)
	/* fsgnjx.d 0x7ff0000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3131, f10, 0x7ff0000000000001)
	CHECK_FLAGS(3132, 0x0)
	/* fsgnjx.d 0x7ff0000000000001 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3133, f10, 0x7ff0000000000001)
	CHECK_FLAGS(3134, 0x0)
	/* fsgnjx.d 0x7ff0000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3135, f10, 0x7ff0000000000001)
	CHECK_FLAGS(3136, 0x0)
	/* fsgnjx.d 0x7ff0000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3137, f10, 0x7ff0000000000001)
	CHECK_FLAGS(3138, 0x0)
	/* fsgnjx.d 0x7ff0000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3139, f10, 0xfff0000000000001)
	CHECK_FLAGS(3140, 0x0)
	/* fsgnjx.d 0x7ff0000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3141, f10, 0xfff0000000000001)
	CHECK_FLAGS(3142, 0x0)
	/* fsgnjx.d 0xfff8000000001234 0x0 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3143, f10, 0xfff8000000001234)
	CHECK_FLAGS(3144, 0x0)
	/* fsgnjx.d 0xfff8000000001234 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3145, f10, 0xfff8000000001234)
	CHECK_FLAGS(3146, 0x0)
	/* fsgnjx.d 0xfff8000000001234 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3147, f10, 0xfff8000000001234)
	CHECK_FLAGS(3148, 0x0)
	/* fsgnjx.d 0xfff8000000001234 0x1 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3149, f10, 0xfff8000000001234)
	CHECK_FLAGS(3150, 0x0)
	/* fsgnjx.d 0xfff8000000001234 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3151, f10, 0xfff8000000001234)
	CHECK_FLAGS(3152, 0x0)
	/* fsgnjx.d 0xfff8000000001234 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3153, f10, 0xfff8000000001234)
	CHECK_FLAGS(3154, 0x0)
	/* fsgnjx.d 0xfff8000000001234 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3155, f10, 0x7ff8000000001234)
	CHECK_FLAGS(3156, 0x0)
	/* fsgnjx.d 0xfff8000000001234 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3157, f10, 0x7ff8000000001234)
	CHECK_FLAGS(3158, 0x0)
	/* fsgnjx.d 0x3fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3159, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(3160, 0x0)
	/* fsgnjx.d 0x3fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3161, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(3162, 0x0)
	/* fsgnjx.d 0x3fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3163, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(3164, 0x0)
	/* fsgnjx.d 0x3fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3165, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(3166, 0x0)
	/* fsgnjx.d 0x3fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3167, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(3168, 0x0)
	/* fsgnjx.d 0x3fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3169, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(3170, 0x0)
	/* fsgnjx.d 0x3fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3171, f10, 0xbfefffffffffffff)
	CHECK_FLAGS(3172, 0x0)
	/* fsgnjx.d 0x3fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3173, f10, 0xbfefffffffffffff)
	CHECK_FLAGS(3174, 0x0)
	/* fsgnjx.d 0xbcb0000000000000 0x0 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3175, f10, 0xbcb0000000000000)
	CHECK_FLAGS(3176, 0x0)
	/* fsgnjx.d 0xbcb0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3177, f10, 0xbcb0000000000000)
	CHECK_FLAGS(3178, 0x0)
	/* fsgnjx.d 0xbcb0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3179, f10, 0xbcb0000000000000)
	CHECK_FLAGS(3180, 0x0)
	/* fsgnjx.d 0xbcb0000000000000 0x1 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3181, f10, 0xbcb0000000000000)
	CHECK_FLAGS(3182, 0x0)
	/* fsgnjx.d 0xbcb0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3183, f10, 0xbcb0000000000000)
	CHECK_FLAGS(3184, 0x0)
	/* fsgnjx.d 0xbcb0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3185, f10, 0xbcb0000000000000)
	CHECK_FLAGS(3186, 0x0)
	/* fsgnjx.d 0xbcb0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3187, f10, 0x3cb0000000000000)
	CHECK_FLAGS(3188, 0x0)
	/* fsgnjx.d 0xbcb0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3189, f10, 0x3cb0000000000000)
	CHECK_FLAGS(3190, 0x0)
	/* feq.d 0x0 0x0 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3191, a0, 0x1)
	CHECK_FLAGS(3192, 0x0)
	/* feq.d 0x0 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3193, a0, 0x0)
	CHECK_FLAGS(3194, 0x0)
	/* feq.d 0x0 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3195, a0, 0x0)
	CHECK_FLAGS(3196, 0x0)
	/* feq.d 0x0 0x1 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3197, a0, 0x0)
	CHECK_FLAGS(3198, 0x0)
	/* feq.d 0x0 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3199, a0, 0x0)
	CHECK_FLAGS(3200, 0x0)
	/* feq.d 0x0 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3201, a0, 0x0)
	CHECK_FLAGS(3202, 0x0)
	/* feq.d 0x0 0xfff8000000001234 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3203, a0, 0x0)
	CHECK_FLAGS(3204, 0x0)
	/* feq.d 0x0 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3205, a0, 0x0)
	CHECK_FLAGS(3206, 0x0)
	/* feq.d 0x8000000000000000 0x0 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3207, a0, 0x1)
	CHECK_FLAGS(3208, 0x0)
	/* feq.d 0x8000000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3209, a0, 0x0)
	CHECK_FLAGS(3210, 0x0)
	/* feq.d 0x8000000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3211, a0, 0x0)
	CHECK_FLAGS(3212, 0x0)
	/* feq.d 0x8000000000000000 0x1 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3213, a0, 0x0)
	CHECK_FLAGS(3214, 0x0)
	/* feq.d 0x8000000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3215, a0, 0x0)
	CHECK_FLAGS(3216, 0x0)
	/* feq.d 0x8000000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3217, a0, 0x0)
	CHECK_FLAGS(3218, 0x0)
	/* feq.d 0x8000000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3219, a0, 0x0)
	CHECK_FLAGS(3220, 0x0)
	/* feq.d 0x8000000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3221, a0, 0x0)
	CHECK_FLAGS(3222, 0x0)
	/* feq.d 0x3ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3223, a0, 0x0)
	CHECK_FLAGS(3224, 0x0)
	/* feq.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3225, a0, 0x1)
	CHECK_FLAGS(3226, 0x0)
	/* feq.d 0x3ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3227, a0, 0x0)
	CHECK_FLAGS(3228, 0x0)
	/* feq.d 0x3ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3229, a0, 0x0)
	CHECK_FLAGS(3230, 0x0)
	/* feq.d 0x3ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3231, a0, 0x0)
	CHECK_FLAGS(3232, 0x0)
	/* feq.d 0x3ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3233, a0, 0x0)
	CHECK_FLAGS(3234, 0x0)
	/* feq.d 0x3ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3235, a0, 0x0)
	CHECK_FLAGS(3236, 0x0)
	/* feq.d 0x3ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3237, a0, 0x0)
	CHECK_FLAGS(3238, 0x0)
	/* feq.d 0xbff0000000000000 0x0 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3239, a0, 0x0)
	CHECK_FLAGS(3240, 0x0)
	/* feq.d 0xbff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3241, a0, 0x0)
	CHECK_FLAGS(3242, 0x0)
	/* feq.d 0xbff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3243, a0, 0x0)
	CHECK_FLAGS(3244, 0x0)
	/* feq.d 0xbff0000000000000 0x1 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3245, a0, 0x0)
	CHECK_FLAGS(3246, 0x0)
	/* feq.d 0xbff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3247, a0, 0x0)
	CHECK_FLAGS(3248, 0x0)
	/* feq.d 0xbff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3249, a0, 0x0)
	CHECK_FLAGS(3250, 0x0)
	/* feq.d 0xbff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3251, a0, 0x0)
	CHECK_FLAGS(3252, 0x0)
	/* feq.d 0xbff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3253, a0, 0x0)
	CHECK_FLAGS(3254, 0x0)
	/* feq.d 0x7fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3255, a0, 0x0)
	CHECK_FLAGS(3256, 0x0)
	/* feq.d 0x7fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3257, a0, 0x0)
	CHECK_FLAGS(3258, 0x0)
	/* feq.d 0x7fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3259, a0, 0x1)
	CHECK_FLAGS(3260, 0x0)
	/* feq.d 0x7fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3261, a0, 0x0)
	CHECK_FLAGS(3262, 0x0)
	/* feq.d 0x7fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3263, a0, 0x0)
	CHECK_FLAGS(3264, 0x0)
	/* feq.d 0x7fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3265, a0, 0x0)
	CHECK_FLAGS(3266, 0x0)
	/* feq.d 0x7fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3267, a0, 0x0)
	CHECK_FLAGS(3268, 0x0)
	/* feq.d 0x7fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3269, a0, 0x0)
	CHECK_FLAGS(3270, 0x0)
	/* feq.d 0xffefffffffffffff 0x0 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3271, a0, 0x0)
	CHECK_FLAGS(3272, 0x0)
	/* feq.d 0xffefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3273, a0, 0x0)
	CHECK_FLAGS(3274, 0x0)
	/* feq.d 0xffefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3275, a0, 0x0)
	CHECK_FLAGS(3276, 0x0)
	/* feq.d 0xffefffffffffffff 0x1 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3277, a0, 0x0)
	CHECK_FLAGS(3278, 0x0)
	/* feq.d 0xffefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3279, a0, 0x0)
	CHECK_FLAGS(3280, 0x0)
	/* feq.d 0xffefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3281, a0, 0x0)
	CHECK_FLAGS(3282, 0x0)
	/* feq.d 0xffefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3283, a0, 0x0)
	CHECK_FLAGS(3284, 0x0)
	/* feq.d 0xffefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3285, a0, 0x0)
	CHECK_FLAGS(3286, 0x0)
	/* feq.d 0x1 0x0 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3287, a0, 0x0)
	CHECK_FLAGS(3288, 0x0)
	/* feq.d 0x1 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3289, a0, 0x0)
	CHECK_FLAGS(3290, 0x0)
	/* feq.d 0x1 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3291, a0, 0x0)
	CHECK_FLAGS(3292, 0x0)
	/* feq.d 0x1 0x1 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3293, a0, 0x1)
	CHECK_FLAGS(3294, 0x0)
	/* feq.d 0x1 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3295, a0, 0x0)
	CHECK_FLAGS(3296, 0x0)
	/* feq.d 0x1 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3297, a0, 0x0)
	CHECK_FLAGS(3298, 0x0)
	/* feq.d 0x1 0xfff8000000001234 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3299, a0, 0x0)
	CHECK_FLAGS(3300, 0x0)
	/* feq.d 0x1 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3301, a0, 0x0)
	CHECK_FLAGS(3302, 0x0)
	/* feq.d 0x8000000000000001 0x0 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3303, a0, 0x0)
	CHECK_FLAGS(3304, 0x0)
	/* feq.d 0x8000000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3305, a0, 0x0)
	CHECK_FLAGS(3306, 0x0)
	/* feq.d 0x8000000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3307, a0, 0x0)
	CHECK_FLAGS(3308, 0x0)
	/* feq.d 0x8000000000000001 0x1 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3309, a0, 0x0)
	CHECK_FLAGS(3310, 0x0)
	/* feq.d 0x8000000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3311, a0, 0x0)
	CHECK_FLAGS(3312, 0x0)
	/* feq.d 0x8000000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3313, a0, 0x0)
	CHECK_FLAGS(3314, 0x0)
	/* feq.d 0x8000000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3315, a0, 0x0)
	CHECK_FLAGS(3316, 0x0)
	/* feq.d 0x8000000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3317, a0, 0x0)
	CHECK_FLAGS(3318, 0x0)
	/* feq.d 0x7ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3319, a0, 0x0)
	CHECK_FLAGS(3320, 0x0)
	/* feq.d 0x7ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3321, a0, 0x0)
	CHECK_FLAGS(3322, 0x0)
	/* feq.d 0x7ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3323, a0, 0x0)
	CHECK_FLAGS(3324, 0x0)
	/* feq.d 0x7ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3325, a0, 0x0)
	CHECK_FLAGS(3326, 0x0)
	/* feq.d 0x7ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3327, a0, 0x1)
	CHECK_FLAGS(3328, 0x0)
	/* feq.d 0x7ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3329, a0, 0x0)
	CHECK_FLAGS(3330, 0x0)
	/* feq.d 0x7ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3331, a0, 0x0)
	CHECK_FLAGS(3332, 0x0)
	/* feq.d 0x7ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3333, a0, 0x0)
	CHECK_FLAGS(3334, 0x0)
	/* feq.d 0xfff0000000000000 0x0 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3335, a0, 0x0)
	CHECK_FLAGS(3336, 0x0)
	/* feq.d 0xfff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3337, a0, 0x0)
	CHECK_FLAGS(3338, 0x0)
	/* feq.d 0xfff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3339, a0, 0x0)
	CHECK_FLAGS(3340, 0x0)
	/* feq.d 0xfff0000000000000 0x1 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3341, a0, 0x0)
	CHECK_FLAGS(3342, 0x0)
	/* feq.d 0xfff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3343, a0, 0x0)
	CHECK_FLAGS(3344, 0x0)
	/* feq.d 0xfff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3345, a0, 0x0)
	CHECK_FLAGS(3346, 0x0)
	/* feq.d 0xfff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3347, a0, 0x0)
	CHECK_FLAGS(3348, 0x0)
	/* feq.d 0xfff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3349, a0, 0x0)
	CHECK_FLAGS(3350, 0x0)
	/* feq.d 0x7ff8000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3351, a0, 0x0)
	CHECK_FLAGS(3352, 0x0)
	/* feq.d 0x7ff8000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3353, a0, 0x0)
	CHECK_FLAGS(3354, 0x0)
	/* feq.d 0x7ff8000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3355, a0, 0x0)
	CHECK_FLAGS(3356, 0x0)
	/* feq.d 0x7ff8000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3357, a0, 0x0)
	CHECK_FLAGS(3358, 0x0)
	/* feq.d 0x7ff8000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3359, a0, 0x0)
	CHECK_FLAGS(3360, 0x0)
	/* feq.d 0x7ff8000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3361, a0, 0x0)
	CHECK_FLAGS(3362, 0x0)
	/* feq.d 0x7ff8000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3363, a0, 0x0)
	CHECK_FLAGS(3364, 0x0)
	/* feq.d 0x7ff8000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3365, a0, 0x0)
	CHECK_FLAGS(3366, 0x0)
	/* feq.d 0x7ff0000000000001 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3367, a0, 0x0)
	CHECK_FLAGS(3368, 0x10)
	/* feq.d 0x7ff0000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3369, a0, 0x0)
	CHECK_FLAGS(3370, 0x10)
	/* feq.d 0x7ff0000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3371, a0, 0x0)
	CHECK_FLAGS(3372, 0x10)
	/* feq.d 0x7ff0000000000001 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3373, a0, 0x0)
	CHECK_FLAGS(3374, 0x10)
	/* feq.d 0x7ff0000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3375, a0, 0x0)
	CHECK_FLAGS(3376, 0x10)
	/* feq.d 0x7ff0000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3377, a0, 0x0)
	CHECK_FLAGS(3378, 0x10)
	/* feq.d 0x7ff0000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3379, a0, 0x0)
	CHECK_FLAGS(3380, 0x10)
	/* feq.d 0x7ff0000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3381, a0, 0x0)
	CHECK_FLAGS(3382, 0x10)
	/* feq.d 0xfff8000000001234 0x0 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3383, a0, 0x0)
	CHECK_FLAGS(3384, 0x0)
	/* feq.d 0xfff8000000001234 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3385, a0, 0x0)
	CHECK_FLAGS(3386, 0x0)
	/* feq.d 0xfff8000000001234 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3387, a0, 0x0)
	CHECK_FLAGS(3388, 0x0)
	/* feq.d 0xfff8000000001234 0x1 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3389, a0, 0x0)
	CHECK_FLAGS(3390, 0x0)
	/* feq.d 0xfff8000000001234 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3391, a0, 0x0)
	CHECK_FLAGS(3392, 0x0)
	/* feq.d 0xfff8000000001234 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3393, a0, 0x0)
	CHECK_FLAGS(3394, 0x0)
	/* feq.d 0xfff8000000001234 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3395, a0, 0x0)
	CHECK_FLAGS(3396, 0x0)
	/* feq.d 0xfff8000000001234 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3397, a0, 0x0)
	CHECK_FLAGS(3398, 0x0)
	/* feq.d 0x3fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3399, a0, 0x0)
	CHECK_FLAGS(3400, 0x0)
	/* feq.d 0x3fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3401, a0, 0x0)
	CHECK_FLAGS(3402, 0x0)
	/* feq.d 0x3fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3403, a0, 0x0)
	CHECK_FLAGS(3404, 0x0)
	/* feq.d 0x3fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3405, a0, 0x0)
	CHECK_FLAGS(3406, 0x0)
	/* feq.d 0x3fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3407, a0, 0x0)
	CHECK_FLAGS(3408, 0x0)
	/* feq.d 0x3fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3409, a0, 0x0)
	CHECK_FLAGS(3410, 0x0)
	/* feq.d 0x3fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3411, a0, 0x0)
	CHECK_FLAGS(3412, 0x0)
	/* feq.d 0x3fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3413, a0, 0x0)
	CHECK_FLAGS(3414, 0x0)
	/* feq.d 0xbcb0000000000000 0x0 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3415, a0, 0x0)
	CHECK_FLAGS(3416, 0x0)
	/* feq.d 0xbcb0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3417, a0, 0x0)
	CHECK_FLAGS(3418, 0x0)
	/* feq.d 0xbcb0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3419, a0, 0x0)
	CHECK_FLAGS(3420, 0x0)
	/* feq.d 0xbcb0000000000000 0x1 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3421, a0, 0x0)
	CHECK_FLAGS(3422, 0x0)
	/* feq.d 0xbcb0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3423, a0, 0x0)
	CHECK_FLAGS(3424, 0x0)
	/* feq.d 0xbcb0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3425, a0, 0x0)
	CHECK_FLAGS(3426, 0x0)
	/* feq.d 0xbcb0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3427, a0, 0x0)
	CHECK_FLAGS(3428, 0x0)
	/* feq.d 0xbcb0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(3429, a0, 0x1)
	CHECK_FLAGS(3430, 0x0)
	/* flt.d 0x0 0x0 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3431, a0, 0x0)
	CHECK_FLAGS(3432, 0x0)
	/* flt.d 0x0 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3433, a0, 0x1)
	CHECK_FLAGS(3434, 0x0)
	/* flt.d 0x0 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3435, a0, 0x1)
	CHECK_FLAGS(3436, 0x0)
	/* flt.d 0x0 0x1 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3437, a0, 0x1)
	CHECK_FLAGS(3438, 0x0)
	/* flt.d 0x0 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3439, a0, 0x1)
	CHECK_FLAGS(3440, 0x0)
	/* flt.d 0x0 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3441, a0, 0x0)
	CHECK_FLAGS(3442, 0x10)
	/* flt.d 0x0 0xfff8000000001234 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3443, a0, 0x0)
	CHECK_FLAGS(3444, 0x10)
	/* flt.d 0x0 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3445, a0, 0x0)
	CHECK_FLAGS(3446, 0x0)
	/* flt.d 0x8000000000000000 0x0 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3447, a0, 0x0)
	CHECK_FLAGS(3448, 0x0)
	/* flt.d 0x8000000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3449, a0, 0x1)
	CHECK_FLAGS(3450, 0x0)
	/* flt.d 0x8000000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3451, a0, 0x1)
	CHECK_FLAGS(3452, 0x0)
	/* flt.d 0x8000000000000000 0x1 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3453, a0, 0x1)
	CHECK_FLAGS(3454, 0x0)
	/* flt.d 0x8000000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3455, a0, 0x1)
	CHECK_FLAGS(3456, 0x0)
	/* flt.d 0x8000000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3457, a0, 0x0)
	CHECK_FLAGS(3458, 0x10)
	/* flt.d 0x8000000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3459, a0, 0x0)
	CHECK_FLAGS(3460, 0x10)
	/* flt.d 0x8000000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3461, a0, 0x0)
	CHECK_FLAGS(3462, 0x0)
	/* flt.d 0x3ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3463, a0, 0x0)
	CHECK_FLAGS(3464, 0x0)
	/* flt.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3465, a0, 0x0)
	CHECK_FLAGS(3466, 0x0)
	/* flt.d 0x3ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3467, a0, 0x1)
	CHECK_FLAGS(3468, 0x0)
	/* flt.d 0x3ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3469, a0, 0x0)
	CHECK_FLAGS(3470, 0x0)
	/* flt.d 0x3ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3471, a0, 0x1)
	CHECK_FLAGS(3472, 0x0)
	/* flt.d 0x3ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3473, a0, 0x0)
	CHECK_FLAGS(3474, 0x10)
	/* flt.d 0x3ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3475, a0, 0x0)
	CHECK_FLAGS(3476, 0x10)
	/* flt.d 0x3ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3477, a0, 0x0)
	CHECK_FLAGS(3478, 0x0)
	/* flt.d 0xbff0000000000000 0x0 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3479, a0, 0x1)
	CHECK_FLAGS(3480, 0x0)
	/* flt.d 0xbff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3481, a0, 0x1)
	CHECK_FLAGS(3482, 0x0)
	/* flt.d 0xbff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3483, a0, 0x1)
	CHECK_FLAGS(3484, 0x0)
	/* flt.d 0xbff0000000000000 0x1 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3485, a0, 0x1)
	CHECK_FLAGS(3486, 0x0)
	/* flt.d 0xbff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3487, a0, 0x1)
	CHECK_FLAGS(3488, 0x0)
	/* flt.d 0xbff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3489, a0, 0x0)
	CHECK_FLAGS(3490, 0x10)
	/* flt.d 0xbff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3491, a0, 0x0)
	CHECK_FLAGS(3492, 0x10)
	/* flt.d 0xbff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3493, a0, 0x1)
	CHECK_FLAGS(3494, 0x0)
	/* flt.d 0x7fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3495, a0, 0x0)
	CHECK_FLAGS(3496, 0x0)
	/* flt.d 0x7fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3497, a0, 0x0)
	CHECK_FLAGS(3498, 0x0)
	/* flt.d 0x7fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3499, a0, 0x0)
	CHECK_FLAGS(3500, 0x0)
	/* flt.d 0x7fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3501, a0, 0x0)
	CHECK_FLAGS(3502, 0x0)
	/* flt.d 0x7fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3503, a0, 0x1)
	CHECK_FLAGS(3504, 0x0)
	/* flt.d 0x7fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3505, a0, 0x0)
	CHECK_FLAGS(3506, 0x10)
	/* flt.d 0x7fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3507, a0, 0x0)
	CHECK_FLAGS(3508, 0x10)
	/* flt.d 0x7fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3509, a0, 0x0)
	CHECK_FLAGS(3510, 0x0)
	/* flt.d 0xffefffffffffffff 0x0 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3511, a0, 0x1)
	CHECK_FLAGS(3512, 0x0)
	/* flt.d 0xffefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3513, a0, 0x1)
	CHECK_FLAGS(3514, 0x0)
	/* flt.d 0xffefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3515, a0, 0x1)
	CHECK_FLAGS(3516, 0x0)
	/* flt.d 0xffefffffffffffff 0x1 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3517, a0, 0x1)
	CHECK_FLAGS(3518, 0x0)
	/* flt.d 0xffefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3519, a0, 0x1)
	CHECK_FLAGS(3520, 0x0)
	/* flt.d 0xffefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3521, a0, 0x0)
	CHECK_FLAGS(3522, 0x10)
	/* flt.d 0xffefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3523, a0, 0x0)
	CHECK_FLAGS(3524, 0x10)
	/* flt.d 0xffefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3525, a0, 0x1)
	CHECK_FLAGS(3526, 0x0)
	/* flt.d 0x1 0x0 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3527, a0, 0x0)
	CHECK_FLAGS(3528, 0x0)
	/* flt.d 0x1 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3529, a0, 0x1)
	CHECK_FLAGS(3530, 0x0)
	/* flt.d 0x1 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3531, a0, 0x1)
	CHECK_FLAGS(3532, 0x0)
	/* flt.d 0x1 0x1 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3533, a0, 0x0)
	CHECK_FLAGS(3534, 0x0)
	/* flt.d 0x1 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3535, a0, 0x1)
	CHECK_FLAGS(3536, 0x0)
	/* flt.d 0x1 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3537, a0, 0x0)
	CHECK_FLAGS(3538, 0x10)
	/* flt.d 0x1 0xfff8000000001234 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3539, a0, 0x0)
	CHECK_FLAGS(3540, 0x10)
	/* flt.d 0x1 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3541, a0, 0x0)
	CHECK_FLAGS(3542, 0x0)
	/* flt.d 0x8000000000000001 0x0 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3543, a0, 0x1)
	CHECK_FLAGS(3544, 0x0)
	/* flt.d 0x8000000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3545, a0, 0x1)
	CHECK_FLAGS(3546, 0x0)
	/* flt.d 0x8000000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3547, a0, 0x1)
	CHECK_FLAGS(3548, 0x0)
	/* flt.d 0x8000000000000001 0x1 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3549, a0, 0x1)
	CHECK_FLAGS(3550, 0x0)
	/* flt.d 0x8000000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3551, a0, 0x1)
	CHECK_FLAGS(3552, 0x0)
	/* flt.d 0x8000000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3553, a0, 0x0)
	CHECK_FLAGS(3554, 0x10)
	/* flt.d 0x8000000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3555, a0, 0x0)
	CHECK_FLAGS(3556, 0x10)
	/* flt.d 0x8000000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3557, a0, 0x0)
	CHECK_FLAGS(3558, 0x0)
	/* flt.d 0x7ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3559, a0, 0x0)
	CHECK_FLAGS(3560, 0x0)
	/* flt.d 0x7ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3561, a0, 0x0)
	CHECK_FLAGS(3562, 0x0)
	/* flt.d 0x7ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3563, a0, 0x0)
	CHECK_FLAGS(3564, 0x0)
	/* flt.d 0x7ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3565, a0, 0x0)
	CHECK_FLAGS(3566, 0x0)
	/* flt.d 0x7ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3567, a0, 0x0)
	CHECK_FLAGS(3568, 0x0)
	/* flt.d 0x7ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3569, a0, 0x0)
	CHECK_FLAGS(3570, 0x10)
	/* flt.d 0x7ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3571, a0, 0x0)
	CHECK_FLAGS(3572, 0x10)
	/* flt.d 0x7ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3573, a0, 0x0)
	CHECK_FLAGS(3574, 0x0)
	/* flt.d 0xfff0000000000000 0x0 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3575, a0, 0x1)
	CHECK_FLAGS(3576, 0x0)
	/* flt.d 0xfff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3577, a0, 0x1)
	CHECK_FLAGS(3578, 0x0)
	/* flt.d 0xfff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3579, a0, 0x1)
	CHECK_FLAGS(3580, 0x0)
	/* flt.d 0xfff0000000000000 0x1 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3581, a0, 0x1)
	CHECK_FLAGS(3582, 0x0)
	/* flt.d 0xfff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3583, a0, 0x1)
	CHECK_FLAGS(3584, 0x0)
	/* flt.d 0xfff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3585, a0, 0x0)
	CHECK_FLAGS(3586, 0x10)
	/* flt.d 0xfff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3587, a0, 0x0)
	CHECK_FLAGS(3588, 0x10)
	/* flt.d 0xfff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3589, a0, 0x1)
	CHECK_FLAGS(3590, 0x0)
	/* flt.d 0x7ff8000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3591, a0, 0x0)
	CHECK_FLAGS(3592, 0x10)
	/* flt.d 0x7ff8000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3593, a0, 0x0)
	CHECK_FLAGS(3594, 0x10)
	/* flt.d 0x7ff8000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3595, a0, 0x0)
	CHECK_FLAGS(3596, 0x10)
	/* flt.d 0x7ff8000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3597, a0, 0x0)
	CHECK_FLAGS(3598, 0x10)
	/* flt.d 0x7ff8000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3599, a0, 0x0)
	CHECK_FLAGS(3600, 0x10)
	/* flt.d 0x7ff8000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3601, a0, 0x0)
	CHECK_FLAGS(3602, 0x10)
	/* flt.d 0x7ff8000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3603, a0, 0x0)
	CHECK_FLAGS(3604, 0x10)
	/* flt.d 0x7ff8000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3605, a0, 0x0)
	CHECK_FLAGS(3606, 0x10)
	/* flt.d 0x7ff0000000000001 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3607, a0, 0x0)
	CHECK_FLAGS(3608, 0x10)
	/* flt.d 0x7ff0000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3609, a0, 0x0)
	CHECK_FLAGS(3610, 0x10)
	/* flt.d 0x7ff0000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3611, a0, 0x0)
	CHECK_FLAGS(3612, 0x10)
	/* flt.d 0x7ff0000000000001 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3613, a0, 0x0)
	CHECK_FLAGS(3614, 0x10)
	/* flt.d 0x7ff0000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3615, a0, 0x0)
	CHECK_FLAGS(3616, 0x10)
	/* flt.d 0x7ff0000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3617, a0, 0x0)
	CHECK_FLAGS(3618, 0x10)
	/* flt.d 0x7ff0000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3619, a0, 0x0)
	CHECK_FLAGS(3620, 0x10)
	/* flt.d 0x7ff0000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3621, a0, 0x0)
	CHECK_FLAGS(3622, 0x10)
	/* flt.d 0xfff8000000001234 0x0 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3623, a0, 0x0)
	CHECK_FLAGS(3624, 0x10)
	/* flt.d 0xfff8000000001234 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3625, a0, 0x0)
	CHECK_FLAGS(3626, 0x10)
	/* flt.d 0xfff8000000001234 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3627, a0, 0x0)
	CHECK_FLAGS(3628, 0x10)
	/* flt.d 0xfff8000000001234 0x1 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3629, a0, 0x0)
	CHECK_FLAGS(3630, 0x10)
	/* flt.d 0xfff8000000001234 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3631, a0, 0x0)
	CHECK_FLAGS(3632, 0x10)
	/* flt.d 0xfff8000000001234 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3633, a0, 0x0)
	CHECK_FLAGS(3634, 0x10)
	/* flt.d 0xfff8000000001234 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3635, a0, 0x0)
	CHECK_FLAGS(3636, 0x10)
	/* flt.d 0xfff8000000001234 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3637, a0, 0x0)
	CHECK_FLAGS(3638, 0x10)
	/* flt.d 0x3fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3639, a0, 0x0)
	CHECK_FLAGS(3640, 0x0)
	/* flt.d 0x3fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3641, a0, 0x1)
	CHECK_FLAGS(3642, 0x0)
	/* flt.d 0x3fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3643, a0, 0x1)
	CHECK_FLAGS(3644, 0x0)
	/* flt.d 0x3fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3645, a0, 0x0)
	CHECK_FLAGS(3646, 0x0)
	/* flt.d 0x3fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3647, a0, 0x1)
	CHECK_FLAGS(3648, 0x0)
	/* flt.d 0x3fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3649, a0, 0x0)
	CHECK_FLAGS(3650, 0x10)
	/* flt.d 0x3fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3651, a0, 0x0)
	CHECK_FLAGS(3652, 0x10)
	/* flt.d 0x3fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3653, a0, 0x0)
	CHECK_FLAGS(3654, 0x0)
	/* flt.d 0xbcb0000000000000 0x0 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3655, a0, 0x1)
	CHECK_FLAGS(3656, 0x0)
	/* flt.d 0xbcb0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3657, a0, 0x1)
	CHECK_FLAGS(3658, 0x0)
	/* flt.d 0xbcb0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3659, a0, 0x1)
	CHECK_FLAGS(3660, 0x0)
	/* flt.d 0xbcb0000000000000 0x1 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3661, a0, 0x1)
	CHECK_FLAGS(3662, 0x0)
	/* flt.d 0xbcb0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3663, a0, 0x1)
	CHECK_FLAGS(3664, 0x0)
	/* flt.d 0xbcb0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3665, a0, 0x0)
	CHECK_FLAGS(3666, 0x10)
	/* flt.d 0xbcb0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3667, a0, 0x0)
	CHECK_FLAGS(3668, 0x10)
	/* flt.d 0xbcb0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3669, a0, 0x0)
	CHECK_FLAGS(3670, 0x0)
	/* fle.d 0x0 0x0 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3671, a0, 0x1)
	CHECK_FLAGS(3672, 0x0)
	/* fle.d 0x0 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3673, a0, 0x1)
	CHECK_FLAGS(3674, 0x0)
	/* fle.d 0x0 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3675, a0, 0x1)
	CHECK_FLAGS(3676, 0x0)
	/* fle.d 0x0 0x1 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3677, a0, 0x1)
	CHECK_FLAGS(3678, 0x0)
	/* fle.d 0x0 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3679, a0, 0x1)
	CHECK_FLAGS(3680, 0x0)
	/* fle.d 0x0 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3681, a0, 0x0)
	CHECK_FLAGS(3682, 0x10)
	/* fle.d 0x0 0xfff8000000001234 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3683, a0, 0x0)
	CHECK_FLAGS(3684, 0x10)
	/* fle.d 0x0 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3685, a0, 0x0)
	CHECK_FLAGS(3686, 0x0)
	/* fle.d 0x8000000000000000 0x0 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3687, a0, 0x1)
	CHECK_FLAGS(3688, 0x0)
	/* fle.d 0x8000000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3689, a0, 0x1)
	CHECK_FLAGS(3690, 0x0)
	/* fle.d 0x8000000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3691, a0, 0x1)
	CHECK_FLAGS(3692, 0x0)
	/* fle.d 0x8000000000000000 0x1 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3693, a0, 0x1)
	CHECK_FLAGS(3694, 0x0)
	/* fle.d 0x8000000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3695, a0, 0x1)
	CHECK_FLAGS(3696, 0x0)
	/* fle.d 0x8000000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3697, a0, 0x0)
	CHECK_FLAGS(3698, 0x10)
	/* fle.d 0x8000000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3699, a0, 0x0)
	CHECK_FLAGS(3700, 0x10)
	/* fle.d 0x8000000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3701, a0, 0x0)
	CHECK_FLAGS(3702, 0x0)
	/* fle.d 0x3ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3703, a0, 0x0)
	CHECK_FLAGS(3704, 0x0)
	/* fle.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3705, a0, 0x1)
	CHECK_FLAGS(3706, 0x0)
	/* fle.d 0x3ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3707, a0, 0x1)
	CHECK_FLAGS(3708, 0x0)
	/* fle.d 0x3ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3709, a0, 0x0)
	CHECK_FLAGS(3710, 0x0)
	/* fle.d 0x3ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3711, a0, 0x1)
	CHECK_FLAGS(3712, 0x0)
	/* fle.d 0x3ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3713, a0, 0x0)
	CHECK_FLAGS(3714, 0x10)
	/* fle.d 0x3ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3715, a0, 0x0)
	CHECK_FLAGS(3716, 0x10)
	/* fle.d 0x3ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3717, a0, 0x0)
	CHECK_FLAGS(3718, 0x0)
	/* fle.d 0xbff0000000000000 0x0 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3719, a0, 0x1)
	CHECK_FLAGS(3720, 0x0)
	/* fle.d 0xbff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3721, a0, 0x1)
	CHECK_FLAGS(3722, 0x0)
	/* fle.d 0xbff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3723, a0, 0x1)
	CHECK_FLAGS(3724, 0x0)
	/* fle.d 0xbff0000000000000 0x1 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3725, a0, 0x1)
	CHECK_FLAGS(3726, 0x0)
	/* fle.d 0xbff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3727, a0, 0x1)
	CHECK_FLAGS(3728, 0x0)
	/* fle.d 0xbff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3729, a0, 0x0)
	CHECK_FLAGS(3730, 0x10)
	/* fle.d 0xbff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3731, a0, 0x0)
	CHECK_FLAGS(3732, 0x10)
	/* fle.d 0xbff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3733, a0, 0x1)
	CHECK_FLAGS(3734, 0x0)
	/* fle.d 0x7fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3735, a0, 0x0)
	CHECK_FLAGS(3736, 0x0)
	/* fle.d 0x7fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3737, a0, 0x0)
	CHECK_FLAGS(3738, 0x0)
	/* fle.d 0x7fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3739, a0, 0x1)
	CHECK_FLAGS(3740, 0x0)
	/* fle.d 0x7fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3741, a0, 0x0)
	CHECK_FLAGS(3742, 0x0)
	/* fle.d 0x7fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3743, a0, 0x1)
	CHECK_FLAGS(3744, 0x0)
	/* fle.d 0x7fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3745, a0, 0x0)
	CHECK_FLAGS(3746, 0x10)
	/* fle.d 0x7fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3747, a0, 0x0)
	CHECK_FLAGS(3748, 0x10)
	/* fle.d 0x7fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3749, a0, 0x0)
	CHECK_FLAGS(3750, 0x0)
	/* fle.d 0xffefffffffffffff 0x0 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3751, a0, 0x1)
	CHECK_FLAGS(3752, 0x0)
	/* fle.d 0xffefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3753, a0, 0x1)
	CHECK_FLAGS(3754, 0x0)
	/* fle.d 0xffefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3755, a0, 0x1)
	CHECK_FLAGS(3756, 0x0)
	/* fle.d 0xffefffffffffffff 0x1 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3757, a0, 0x1)
	CHECK_FLAGS(3758, 0x0)
	/* fle.d 0xffefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3759, a0, 0x1)
	CHECK_FLAGS(3760, 0x0)
	/* fle.d 0xffefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3761, a0, 0x0)
	CHECK_FLAGS(3762, 0x10)
	/* fle.d 0xffefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3763, a0, 0x0)
	CHECK_FLAGS(3764, 0x10)
	/* fle.d 0xffefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3765, a0, 0x1)
	CHECK_FLAGS(3766, 0x0)
	/* fle.d 0x1 0x0 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3767, a0, 0x0)
	CHECK_FLAGS(3768, 0x0)
	/* fle.d 0x1 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3769, a0, 0x1)
	CHECK_FLAGS(3770, 0x0)
	/* fle.d 0x1 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3771, a0, 0x1)
	CHECK_FLAGS(3772, 0x0)
	/* fle.d 0x1 0x1 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3773, a0, 0x1)
	CHECK_FLAGS(3774, 0x0)
	/* fle.d 0x1 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3775, a0, 0x1)
	CHECK_FLAGS(3776, 0x0)
	/* fle.d 0x1 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3777, a0, 0x0)
	CHECK_FLAGS(3778, 0x10)
	/* fle.d 0x1 0xfff8000000001234 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3779, a0, 0x0)
	CHECK_FLAGS(3780, 0x10)
	/* fle.d 0x1 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3781, a0, 0x0)
	CHECK_FLAGS(3782, 0x0)
	/* fle.d 0x8000000000000001 0x0 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3783, a0, 0x1)
	CHECK_FLAGS(3784, 0x0)
	/* fle.d 0x8000000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3785, a0, 0x1)
	CHECK_FLAGS(3786, 0x0)
	/* fle.d 0x8000000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3787, a0, 0x1)
	CHECK_FLAGS(3788, 0x0)
	/* fle.d 0x8000000000000001 0x1 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3789, a0, 0x1)
	CHECK_FLAGS(3790, 0x0)
	/* fle.d 0x8000000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3791, a0, 0x1)
	CHECK_FLAGS(3792, 0x0)
	/* fle.d 0x8000000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3793, a0, 0x0)
	CHECK_FLAGS(3794, 0x10)
	/* fle.d 0x8000000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3795, a0, 0x0)
	CHECK_FLAGS(3796, 0x10)
	/* fle.d 0x8000000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3797, a0, 0x0)
	CHECK_FLAGS(3798, 0x0)
	/* fle.d 0x7ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3799, a0, 0x0)
	CHECK_FLAGS(3800, 0x0)
	/* fle.d 0x7ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3801, a0, 0x0)
	CHECK_FLAGS(3802, 0x0)
	/* fle.d 0x7ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3803, a0, 0x0)
	CHECK_FLAGS(3804, 0x0)
	/* fle.d 0x7ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3805, a0, 0x0)
	CHECK_FLAGS(3806, 0x0)
	/* fle.d 0x7ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3807, a0, 0x1)
	CHECK_FLAGS(3808, 0x0)
	/* fle.d 0x7ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3809, a0, 0x0)
	CHECK_FLAGS(3810, 0x10)
	/* fle.d 0x7ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3811, a0, 0x0)
	CHECK_FLAGS(3812, 0x10)
	/* fle.d 0x7ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3813, a0, 0x0)
	CHECK_FLAGS(3814, 0x0)
	/* fle.d 0xfff0000000000000 0x0 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3815, a0, 0x1)
	CHECK_FLAGS(3816, 0x0)
	/* fle.d 0xfff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3817, a0, 0x1)
	CHECK_FLAGS(3818, 0x0)
	/* fle.d 0xfff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3819, a0, 0x1)
	CHECK_FLAGS(3820, 0x0)
	/* fle.d 0xfff0000000000000 0x1 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3821, a0, 0x1)
	CHECK_FLAGS(3822, 0x0)
	/* fle.d 0xfff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3823, a0, 0x1)
	CHECK_FLAGS(3824, 0x0)
	/* fle.d 0xfff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3825, a0, 0x0)
	CHECK_FLAGS(3826, 0x10)
	/* fle.d 0xfff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3827, a0, 0x0)
	CHECK_FLAGS(3828, 0x10)
	/* fle.d 0xfff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3829, a0, 0x1)
	CHECK_FLAGS(3830, 0x0)
	/* fle.d 0x7ff8000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3831, a0, 0x0)
	CHECK_FLAGS(3832, 0x10)
	/* fle.d 0x7ff8000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3833, a0, 0x0)
	CHECK_FLAGS(3834, 0x10)
	/* fle.d 0x7ff8000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3835, a0, 0x0)
	CHECK_FLAGS(3836, 0x10)
	/* fle.d 0x7ff8000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3837, a0, 0x0)
	CHECK_FLAGS(3838, 0x10)
	/* fle.d 0x7ff8000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3839, a0, 0x0)
	CHECK_FLAGS(3840, 0x10)
	/* fle.d 0x7ff8000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3841, a0, 0x0)
	CHECK_FLAGS(3842, 0x10)
	/* fle.d 0x7ff8000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3843, a0, 0x0)
	CHECK_FLAGS(3844, 0x10)
	/* fle.d 0x7ff8000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3845, a0, 0x0)
	CHECK_FLAGS(3846, 0x10)
	/* fle.d 0x7ff0000000000001 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3847, a0, 0x0)
	CHECK_FLAGS(3848, 0x10)
	/* fle.d 0x7ff0000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3849, a0, 0x0)
	CHECK_FLAGS(3850, 0x10)
	/* fle.d 0x7ff0000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3851, a0, 0x0)
	CHECK_FLAGS(3852, 0x10)
	/* fle.d 0x7ff0000000000001 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3853, a0, 0x0)
	CHECK_FLAGS(3854, 0x10)
	/* fle.d 0x7ff0000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3855, a0, 0x0)
	CHECK_FLAGS(3856, 0x10)
	/* fle.d 0x7ff0000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3857, a0, 0x0)
	CHECK_FLAGS(3858, 0x10)
	/* fle.d 0x7ff0000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3859, a0, 0x0)
	CHECK_FLAGS(3860, 0x10)
	/* fle.d 0x7ff0000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3861, a0, 0x0)
	CHECK_FLAGS(3862, 0x10)
	/* fle.d 0xfff8000000001234 0x0 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3863, a0, 0x0)
	CHECK_FLAGS(3864, 0x10)
	/* fle.d 0xfff8000000001234 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3865, a0, 0x0)
	CHECK_FLAGS(3866, 0x10)
	/* fle.d 0xfff8000000001234 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3867, a0, 0x0)
	CHECK_FLAGS(3868, 0x10)
	/* fle.d 0xfff8000000001234 0x1 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3869, a0, 0x0)
	CHECK_FLAGS(3870, 0x10)
	/* fle.d 0xfff8000000001234 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3871, a0, 0x0)
	CHECK_FLAGS(3872, 0x10)
	/* fle.d 0xfff8000000001234 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3873, a0, 0x0)
	CHECK_FLAGS(3874, 0x10)
	/* fle.d 0xfff8000000001234 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3875, a0, 0x0)
	CHECK_FLAGS(3876, 0x10)
	/* fle.d 0xfff8000000001234 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3877, a0, 0x0)
	CHECK_FLAGS(3878, 0x10)
	/* fle.d 0x3fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3879, a0, 0x0)
	CHECK_FLAGS(3880, 0x0)
	/* fle.d 0x3fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3881, a0, 0x1)
	CHECK_FLAGS(3882, 0x0)
	/* fle.d 0x3fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3883, a0, 0x1)
	CHECK_FLAGS(3884, 0x0)
	/* fle.d 0x3fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3885, a0, 0x0)
	CHECK_FLAGS(3886, 0x0)
	/* fle.d 0x3fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3887, a0, 0x1)
	CHECK_FLAGS(3888, 0x0)
	/* fle.d 0x3fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3889, a0, 0x0)
	CHECK_FLAGS(3890, 0x10)
	/* fle.d 0x3fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3891, a0, 0x0)
	CHECK_FLAGS(3892, 0x10)
	/* fle.d 0x3fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3893, a0, 0x0)
	CHECK_FLAGS(3894, 0x0)
	/* fle.d 0xbcb0000000000000 0x0 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3895, a0, 0x1)
	CHECK_FLAGS(3896, 0x0)
	/* fle.d 0xbcb0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3897, a0, 0x1)
	CHECK_FLAGS(3898, 0x0)
	/* fle.d 0xbcb0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3899, a0, 0x1)
	CHECK_FLAGS(3900, 0x0)
	/* fle.d 0xbcb0000000000000 0x1 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3901, a0, 0x1)
	CHECK_FLAGS(3902, 0x0)
	/* fle.d 0xbcb0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3903, a0, 0x1)
	CHECK_FLAGS(3904, 0x0)
	/* fle.d 0xbcb0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3905, a0, 0x0)
	CHECK_FLAGS(3906, 0x10)
	/* fle.d 0xbcb0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3907, a0, 0x0)
	CHECK_FLAGS(3908, 0x10)
	/* fle.d 0xbcb0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(3909, a0, 0x1)
	CHECK_FLAGS(3910, 0x0)
	/* fclass.d 0x0 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3911, a0, 0x10)
	CHECK_FLAGS(3912, 0x0)
	/* fclass.d 0x8000000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3913, a0, 0x8)
	CHECK_FLAGS(3914, 0x0)
	/* fclass.d 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3915, a0, 0x40)
	CHECK_FLAGS(3916, 0x0)
	/* fclass.d 0xbff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3917, a0, 0x2)
	CHECK_FLAGS(3918, 0x0)
	/* fclass.d 0x3ff8000000000000 rm=None frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3919, a0, 0x40)
	CHECK_FLAGS(3920, 0x0)
	/* fclass.d 0x4004000000000000 rm=None frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3921, a0, 0x40)
	CHECK_FLAGS(3922, 0x0)
	/* fclass.d 0xc004000000000000 rm=None frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3923, a0, 0x2)
	CHECK_FLAGS(3924, 0x0)
	/* fclass.d 0x3fe0000000000000 rm=None frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3925, a0, 0x40)
	CHECK_FLAGS(3926, 0x0)
	/* fclass.d 0xbfe0000000000000 rm=None frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3927, a0, 0x2)
	CHECK_FLAGS(3928, 0x0)
	/* fclass.d 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3929, a0, 0x40)
	CHECK_FLAGS(3930, 0x0)
	/* fclass.d 0xffefffffffffffff rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3931, a0, 0x2)
	CHECK_FLAGS(3932, 0x0)
	/* fclass.d 0x10000000000000 rm=None frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3933, a0, 0x40)
	CHECK_FLAGS(3934, 0x0)
	/* fclass.d 0xfffffffffffff rm=None frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3935, a0, 0x20)
	CHECK_FLAGS(3936, 0x0)
	/* fclass.d 0x1 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3937, a0, 0x20)
	CHECK_FLAGS(3938, 0x0)
	/* fclass.d 0x8000000000000001 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3939, a0, 0x4)
	CHECK_FLAGS(3940, 0x0)
	/* fclass.d 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3941, a0, 0x80)
	CHECK_FLAGS(3942, 0x0)
	/* fclass.d 0xfff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3943, a0, 0x1)
	CHECK_FLAGS(3944, 0x0)
	/* fclass.d 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3945, a0, 0x200)
	CHECK_FLAGS(3946, 0x0)
	/* fclass.d 0x7ff0000000000001 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3947, a0, 0x100)
	CHECK_FLAGS(3948, 0x0)
	/* fclass.d 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3949, a0, 0x200)
	CHECK_FLAGS(3950, 0x0)
	/* fclass.d 0x3ff0000000000001 rm=None frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3951, a0, 0x40)
	CHECK_FLAGS(3952, 0x0)
	/* fclass.d 0x3ca0000000000000 rm=None frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3953, a0, 0x40)
	CHECK_FLAGS(3954, 0x0)
	/* fclass.d 0x4008000000000000 rm=None frm=None */
	li t0, 0x4008000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3955, a0, 0x40)
	CHECK_FLAGS(3956, 0x0)
	/* fclass.d 0x3fb999999999999a rm=None frm=None */
	li t0, 0x3fb999999999999a; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3957, a0, 0x40)
	CHECK_FLAGS(3958, 0x0)
	/* fclass.d 0x41dfffffffe00000 rm=None frm=None */
	li t0, 0x41dfffffffe00000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3959, a0, 0x40)
	CHECK_FLAGS(3960, 0x0)
	/* fclass.d 0x41e0000000000000 rm=None frm=None */
	li t0, 0x41e0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3961, a0, 0x40)
	CHECK_FLAGS(3962, 0x0)
	/* fclass.d 0xc1e0000000000000 rm=None frm=None */
	li t0, 0xc1e0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3963, a0, 0x2)
	CHECK_FLAGS(3964, 0x0)
	/* fclass.d 0xc1e0000000100000 rm=None frm=None */
	li t0, 0xc1e0000000100000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3965, a0, 0x2)
	CHECK_FLAGS(3966, 0x0)
	/* fclass.d 0x43e0000000000000 rm=None frm=None */
	li t0, 0x43e0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3967, a0, 0x40)
	CHECK_FLAGS(3968, 0x0)
	/* fclass.d 0xc3e0000000000000 rm=None frm=None */
	li t0, 0xc3e0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3969, a0, 0x2)
	CHECK_FLAGS(3970, 0x0)
	/* fclass.d 0x43f0000000000000 rm=None frm=None */
	li t0, 0x43f0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3971, a0, 0x40)
	CHECK_FLAGS(3972, 0x0)
	/* fclass.d 0x43efffffffffffff rm=None frm=None */
	li t0, 0x43efffffffffffff; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3973, a0, 0x40)
	CHECK_FLAGS(3974, 0x0)
	/* fclass.d 0x41efffffffe00000 rm=None frm=None */
	li t0, 0x41efffffffe00000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3975, a0, 0x40)
	CHECK_FLAGS(3976, 0x0)
	/* fclass.d 0x3ff0000010000000 rm=None frm=None */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3977, a0, 0x40)
	CHECK_FLAGS(3978, 0x0)
	/* fclass.d 0x3810000000000000 rm=None frm=None */
	li t0, 0x3810000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3979, a0, 0x40)
	CHECK_FLAGS(3980, 0x0)
	/* fclass.d 0x3690000000000000 rm=None frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3981, a0, 0x40)
	CHECK_FLAGS(3982, 0x0)
	/* fclass.d 0x47efffffe0000000 rm=None frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3983, a0, 0x40)
	CHECK_FLAGS(3984, 0x0)
	/* fclass.d 0x47efffff00000000 rm=None frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3985, a0, 0x40)
	CHECK_FLAGS(3986, 0x0)
	/* fclass.d 0x36a0000000000000 rm=None frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3987, a0, 0x40)
	CHECK_FLAGS(3988, 0x0)
	/* fclass.d 0x3fefffffffffffff rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3989, a0, 0x40)
	CHECK_FLAGS(3990, 0x0)
	/* fclass.d 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(3991, a0, 0x2)
	CHECK_FLAGS(3992, 0x0)
	/* fmv.x.w 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(3993, a0, 0x0)
	CHECK_FLAGS(3994, 0x0)
	/* fmv.x.w 0xffffffff80000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(3995, a0, 0xffffffff80000000)
	CHECK_FLAGS(3996, 0x0)
	/* fmv.x.w 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(3997, a0, 0x3f800000)
	CHECK_FLAGS(3998, 0x0)
	/* fmv.x.w 0xffffffffbf800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(3999, a0, 0xffffffffbf800000)
	CHECK_FLAGS(4000, 0x0)
	/* fmv.x.w 0xffffffff3fc00000 rm=None frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4001, a0, 0x3fc00000)
	CHECK_FLAGS(4002, 0x0)
	/* fmv.x.w 0xffffffff40200000 rm=None frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4003, a0, 0x40200000)
	CHECK_FLAGS(4004, 0x0)
	/* fmv.x.w 0xffffffffc0200000 rm=None frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4005, a0, 0xffffffffc0200000)
	CHECK_FLAGS(4006, 0x0)
	/* fmv.x.w 0xffffffff3f000000 rm=None frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4007, a0, 0x3f000000)
	CHECK_FLAGS(4008, 0x0)
	/* fmv.x.w 0xffffffffbf000000 rm=None frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4009, a0, 0xffffffffbf000000)
	CHECK_FLAGS(4010, 0x0)
	/* fmv.x.w 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4011, a0, 0x7f7fffff)
	CHECK_FLAGS(4012, 0x0)
	/* fmv.x.w 0xffffffffff7fffff rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4013, a0, 0xffffffffff7fffff)
	CHECK_FLAGS(4014, 0x0)
	/* fmv.x.w 0xffffffff00800000 rm=None frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4015, a0, 0x800000)
	CHECK_FLAGS(4016, 0x0)
	/* fmv.x.w 0xffffffff007fffff rm=None frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4017, a0, 0x7fffff)
	CHECK_FLAGS(4018, 0x0)
	/* fmv.x.w 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4019, a0, 0x1)
	CHECK_FLAGS(4020, 0x0)
	/* fmv.x.w 0xffffffff80000001 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4021, a0, 0xffffffff80000001)
	CHECK_FLAGS(4022, 0x0)
	/* fmv.x.w 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4023, a0, 0x7f800000)
	CHECK_FLAGS(4024, 0x0)
	/* fmv.x.w 0xffffffffff800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4025, a0, 0xffffffffff800000)
	CHECK_FLAGS(4026, 0x0)
	/* fmv.x.w 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4027, a0, 0x7fc00000)
	CHECK_FLAGS(4028, 0x0)
	/* fmv.x.w 0xffffffff7f800001 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4029, a0, 0x7f800001)
	CHECK_FLAGS(4030, 0x0)
	/* fmv.x.w 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4031, a0, 0xffffffffffc12345)
	CHECK_FLAGS(4032, 0x0)
	/* fmv.x.w 0xffffffff3f800001 rm=None frm=None */
	li t0, 0xffffffff3f800001; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4033, a0, 0x3f800001)
	CHECK_FLAGS(4034, 0x0)
	/* fmv.x.w 0xffffffff33800000 rm=None frm=None */
	li t0, 0xffffffff33800000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4035, a0, 0x33800000)
	CHECK_FLAGS(4036, 0x0)
	/* fmv.x.w 0xffffffff40400000 rm=None frm=None */
	li t0, 0xffffffff40400000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4037, a0, 0x40400000)
	CHECK_FLAGS(4038, 0x0)
	/* fmv.x.w 0xffffffff3dcccccd rm=None frm=None */
	li t0, 0xffffffff3dcccccd; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4039, a0, 0x3dcccccd)
	CHECK_FLAGS(4040, 0x0)
	/* fmv.x.w 0xffffffff501502f9 rm=None frm=None */
	li t0, 0xffffffff501502f9; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4041, a0, 0x501502f9)
	CHECK_FLAGS(4042, 0x0)
	/* fmv.x.w 0xffffffff4f32d05e rm=None frm=None */
	li t0, 0xffffffff4f32d05e; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4043, a0, 0x4f32d05e)
	CHECK_FLAGS(4044, 0x0)
	/* fmv.x.w 0xffffffff4f000000 rm=None frm=None */
	li t0, 0xffffffff4f000000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4045, a0, 0x4f000000)
	CHECK_FLAGS(4046, 0x0)
	/* fmv.x.w 0xffffffffcf000000 rm=None frm=None */
	li t0, 0xffffffffcf000000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4047, a0, 0xffffffffcf000000)
	CHECK_FLAGS(4048, 0x0)
	/* fmv.x.w 0xffffffff5f000000 rm=None frm=None */
	li t0, 0xffffffff5f000000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4049, a0, 0x5f000000)
	CHECK_FLAGS(4050, 0x0)
	/* fmv.x.w 0xffffffff5f800000 rm=None frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4051, a0, 0x5f800000)
	CHECK_FLAGS(4052, 0x0)
	/* fmv.x.w 0xffffffffdf000000 rm=None frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4053, a0, 0xffffffffdf000000)
	CHECK_FLAGS(4054, 0x0)
	/* fmv.x.w 0xffffffff4b800001 rm=None frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4055, a0, 0x4b800001)
	CHECK_FLAGS(4056, 0x0)
	/* fmv.x.w 0xffffffff3f7fffff rm=None frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4057, a0, 0x3f7fffff)
	CHECK_FLAGS(4058, 0x0)
	/* fmv.x.w 0x3f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4059, a0, 0x3f800000)
	CHECK_FLAGS(4060, 0x0)
	/* fmv.x.w 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(4061, a0, 0x0)
	CHECK_FLAGS(4062, 0x0)
	/* fmv.x.d 0x0 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fmv.x.d a0, f11
	CHECK(4063, a0, 0x0)
	CHECK_FLAGS(4064, 0x0)
	/* fmv.x.d 0x8000000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; fmv.x.d a0, f11
	CHECK(4065, a0, 0x8000000000000000)
	CHECK_FLAGS(4066, 0x0)
	/* fmv.x.d 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fmv.x.d a0, f11
	CHECK(4067, a0, 0x3ff0000000000000)
	CHECK_FLAGS(4068, 0x0)
	/* fmv.x.d 0xbff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fmv.x.d a0, f11
	CHECK(4069, a0, 0xbff0000000000000)
	CHECK_FLAGS(4070, 0x0)
	/* fmv.x.d 0x3ff8000000000000 rm=None frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fmv.x.d a0, f11
	CHECK(4071, a0, 0x3ff8000000000000)
	CHECK_FLAGS(4072, 0x0)
	/* fmv.x.d 0x4004000000000000 rm=None frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fmv.x.d a0, f11
	CHECK(4073, a0, 0x4004000000000000)
	CHECK_FLAGS(4074, 0x0)
	/* fmv.x.d 0xc004000000000000 rm=None frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fmv.x.d a0, f11
	CHECK(4075, a0, 0xc004000000000000)
	CHECK_FLAGS(4076, 0x0)
	/* fmv.x.d 0x3fe0000000000000 rm=None frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fmv.x.d a0, f11
	CHECK(4077, a0, 0x3fe0000000000000)
	CHECK_FLAGS(4078, 0x0)
	/* fmv.w.x 0x0 rm=None frm=None */
	li a1, 0x0; fmv.w.x f10, a1
	CHECK_F(4079, f10, 0xffffffff00000000)
	CHECK_FLAGS(4080, 0x0)
	/* fmv.d.x 0x0 rm=None frm=None */
	li a1, 0x0; fmv.d.x f10, a1
	CHECK_F(4081, f10, 0x0)
	CHECK_FLAGS(4082, 0x0)
	/* fmv.w.x 0x1 rm=None frm=None */
	li a1, 0x1; fmv.w.x f10, a1
	CHECK_F(4083, f10, 0xffffffff00000001)
	CHECK_FLAGS(4084, 0x0)
	/* fmv.d.x 0x1 rm=None frm=None */
	li a1, 0x1; fmv.d.x f10, a1
	CHECK_F(4085, f10, 0x1)
	CHECK_FLAGS(4086, 0x0)
	/* fmv.w.x 0xffffffffffffffff rm=None frm=None */
	li a1, 0xffffffffffffffff; fmv.w.x f10, a1
	CHECK_F(4087, f10, 0xffffffffffffffff)
	CHECK_FLAGS(4088, 0x0)
	/* fmv.d.x 0xffffffffffffffff rm=None frm=None */
	li a1, 0xffffffffffffffff; fmv.d.x f10, a1
	CHECK_F(4089, f10, 0xffffffffffffffff)
	CHECK_FLAGS(4090, 0x0)
	/* fmv.w.x 0x7fffffff rm=None frm=None */
	li a1, 0x7fffffff; fmv.w.x f10, a1
	CHECK_F(4091, f10, 0xffffffff7fffffff)
	CHECK_FLAGS(4092, 0x0)
	/* fmv.d.x 0x7fffffff rm=None frm=None */
	li a1, 0x7fffffff; fmv.d.x f10, a1
	CHECK_F(4093, f10, 0x7fffffff)
	CHECK_FLAGS(4094, 0x0)
	/* fmv.w.x 0x80000000 rm=None frm=None */
	li a1, 0x80000000; fmv.w.x f10, a1
	CHECK_F(4095, f10, 0xffffffff80000000)
	CHECK_FLAGS(4096, 0x0)
	/* fmv.d.x 0x80000000 rm=None frm=None */
	li a1, 0x80000000; fmv.d.x f10, a1
	CHECK_F(4097, f10, 0x80000000)
	CHECK_FLAGS(4098, 0x0)
	/* fmv.w.x 0xffffffff80000000 rm=None frm=None */
	li a1, 0xffffffff80000000; fmv.w.x f10, a1
	CHECK_F(4099, f10, 0xffffffff80000000)
	CHECK_FLAGS(4100, 0x0)
	/* fmv.d.x 0xffffffff80000000 rm=None frm=None */
	li a1, 0xffffffff80000000; fmv.d.x f10, a1
	CHECK_F(4101, f10, 0xffffffff80000000)
	CHECK_FLAGS(4102, 0x0)
	/* fmv.w.x 0xffffffff rm=None frm=None */
	li a1, 0xffffffff; fmv.w.x f10, a1
	CHECK_F(4103, f10, 0xffffffffffffffff)
	CHECK_FLAGS(4104, 0x0)
	/* fmv.d.x 0xffffffff rm=None frm=None */
	li a1, 0xffffffff; fmv.d.x f10, a1
	CHECK_F(4105, f10, 0xffffffff)
	CHECK_FLAGS(4106, 0x0)
	/* fmv.w.x 0x1000001 rm=None frm=None */
	li a1, 0x1000001; fmv.w.x f10, a1
	CHECK_F(4107, f10, 0xffffffff01000001)
	CHECK_FLAGS(4108, 0x0)
	/* fmv.d.x 0x1000001 rm=None frm=None */
	li a1, 0x1000001; fmv.d.x f10, a1
	CHECK_F(4109, f10, 0x1000001)
	CHECK_FLAGS(4110, 0x0)
	/* fmv.w.x 0xfffffffffeffffff rm=None frm=None */
	li a1, 0xfffffffffeffffff; fmv.w.x f10, a1
	CHECK_F(4111, f10, 0xfffffffffeffffff)
	CHECK_FLAGS(4112, 0x0)
	/* fmv.d.x 0xfffffffffeffffff rm=None frm=None */
	li a1, 0xfffffffffeffffff; fmv.d.x f10, a1
	CHECK_F(4113, f10, 0xfffffffffeffffff)
	CHECK_FLAGS(4114, 0x0)
	/* fmv.w.x 0x7fffffffffffffff rm=None frm=None */
	li a1, 0x7fffffffffffffff; fmv.w.x f10, a1
	CHECK_F(4115, f10, 0xffffffffffffffff)
	CHECK_FLAGS(4116, 0x0)
	/* fmv.d.x 0x7fffffffffffffff rm=None frm=None */
	li a1, 0x7fffffffffffffff; fmv.d.x f10, a1
	CHECK_F(4117, f10, 0x7fffffffffffffff)
	CHECK_FLAGS(4118, 0x0)
TEST_END
