/* F and D fused multiply-add: fmadd, fmsub, fnmsub, fnmadd in every rounding mode.
 * Generated at test-writing time: every case ran under qemu-riscv64 7.2 (softfloat, the
 * reference), whose result bits and fflags are the expected values; the edge values
 * follow the F/D chapters of the unprivileged spec (NaN boxing, canonical NaN, fcvt
 * saturation, tininess after rounding, every rounding mode static and through frm).
 * Each case has two checks (result, then flags). A failing check prints its
 * number (tests/asm/test.h). */
#include "test.h"

TEST_BEGIN
	fsflags zero
	/* fmadd.s 0xffffffff3f000000 0x7fc0000000000000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; li t0, 0xffffffffbf800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(1, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(2, 0x0)
	/* fmadd.s 0xffffffffbf000000 0xffffffffbf000000 0xffffffff80000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffbf000000; fmv.d.x f12, t0; li t0, 0xffffffff80000000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(3, f10, 0xffffffff3e800000)
	CHECK_FLAGS(4, 0x0)
	/* fmadd.s 0xffffffffbf800000 0xffffffffffc12345 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(5, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(6, 0x0)
	/* fmadd.s 0xffffffff3f800000 0xffffffffbf800000 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffff3f000000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(7, f10, 0xffffffffbf000000)
	CHECK_FLAGS(8, 0x0)
	/* fmadd.s 0xffffffffffc12345 0xffffffffff800000 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; li t0, 0xffffffff3f000000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(9, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(10, 0x0)
	/* fmadd.s 0xffffffffbf000000 0xffffffffffc12345 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; li t0, 0xffffffff40200000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(11, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(12, 0x0)
	/* fmadd.s 0xffffffff3f000000 0xffffffff40200000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; li t0, 0xffffffff40200000; fmv.d.x f12, t0; li t0, 0xffffffffbf800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(13, f10, 0xffffffff3e800000)
	CHECK_FLAGS(14, 0x0)
	/* fmadd.s 0xffffffff7fc00000 0xffffffff3f000000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; li t0, 0x7fc0000000000000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(15, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(16, 0x0)
	/* fmadd.s 0xffffffffffc12345 0xffffffff40200000 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff40200000; fmv.d.x f12, t0; li t0, 0xffffffff40200000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(17, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(18, 0x0)
	/* fmadd.s 0xffffffff7f800000 0xffffffff7f800001 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800001; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(19, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(20, 0x10)
	/* fmadd.s 0xffffffff00000000 0xffffffff7fc00000 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(21, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(22, 0x0)
	/* fmadd.s 0xffffffff80000000 0xffffffff40200000 0xffffffff7f800000 rm=rne frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff40200000; fmv.d.x f12, t0; li t0, 0xffffffff7f800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(23, f10, 0xffffffff7f800000)
	CHECK_FLAGS(24, 0x0)
	/* fmadd.s 0xffffffffc0200000 0xffffffff00000000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; li t0, 0xffffffff00000000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(25, f10, 0xffffffff00000000)
	CHECK_FLAGS(26, 0x0)
	/* fmadd.s 0xffffffffbf800000 0xffffffff7f7fffff 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; li t0, 0xffffffff40200000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(27, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(28, 0x1)
	/* fmadd.s 0xffffffff3f800000 0xffffffff3f000000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(29, f10, 0xffffffffff800000)
	CHECK_FLAGS(30, 0x0)
	/* fmadd.s 0xffffffff3f800000 0xffffffffbf800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0x7fc0000000000000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(31, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(32, 0x0)
	/* fmadd.s 0xffffffff7f800000 0xffffffffff800000 0xffffffff80000000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; li t0, 0xffffffff80000000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(33, f10, 0xffffffffff800000)
	CHECK_FLAGS(34, 0x0)
	/* fmadd.s 0xffffffff40200000 0xffffffffbf800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(35, f10, 0xffffffffff800000)
	CHECK_FLAGS(36, 0x0)
	/* fmadd.s 0x7fc0000000000000 0xffffffffc0200000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; li t0, 0x7fc0000000000000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(37, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(38, 0x0)
	/* fmadd.s 0xffffffff40200000 0xffffffff40200000 0xffffffff7f800000 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; li t0, 0xffffffff40200000; fmv.d.x f12, t0; li t0, 0xffffffff7f800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(39, f10, 0xffffffff7f800000)
	CHECK_FLAGS(40, 0x0)
	/* fmadd.s 0xffffffff3f800000 0xffffffff80000000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff80000000; fmv.d.x f12, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(41, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(42, 0x0)
	/* fmadd.s 0xffffffffc0200000 0xffffffff7fc00000 0xffffffff7f800000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; li t0, 0xffffffff7f800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(43, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(44, 0x0)
	/* fmadd.s 0xffffffffff800000 0xffffffff7f800000 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(45, f10, 0xffffffffff800000)
	CHECK_FLAGS(46, 0x0)
	/* fmadd.s 0xffffffff7f800001 0xffffffffc0200000 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; li t0, 0xffffffff3f000000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(47, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(48, 0x10)
	/* fmadd.s 0xffffffff7f7fffff 0xffffffffc0200000 0xffffffff7f800001 rm=rne frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; li t0, 0xffffffff7f800001; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(49, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(50, 0x10)
	/* fmadd.s 0xffffffff7f800001 0xffffffffc0200000 0xffffffff3fc00000 rm=rne frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; li t0, 0xffffffff3fc00000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(51, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(52, 0x10)
	/* fmadd.s 0xffffffff3fc00000 0xffffffffbf800000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffffbf800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(53, f10, 0xffffffffc0200000)
	CHECK_FLAGS(54, 0x0)
	/* fmadd.s 0xffffffff7f800000 0xffffffff40200000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff40200000; fmv.d.x f12, t0; li t0, 0xffffffff00000000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(55, f10, 0xffffffff7f800000)
	CHECK_FLAGS(56, 0x0)
	/* fmadd.s 0xffffffff7fc00000 0xffffffffc0200000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; li t0, 0x7fc0000000000000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(57, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(58, 0x0)
	/* fmadd.s 0xffffffff40200000 0xffffffffff800000 0xffffffff7fc00000 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; li t0, 0xffffffff7fc00000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(59, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(60, 0x0)
	/* fmadd.s 0xffffffff3fc00000 0xffffffff3f000000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; li t0, 0x7fc0000000000000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(61, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(62, 0x0)
	/* fmadd.s 0xffffffffc0200000 0xffffffffff800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; li t0, 0xffffffff00000000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(63, f10, 0xffffffff7f800000)
	CHECK_FLAGS(64, 0x0)
	/* fmadd.s 0xffffffff00000000 0xffffffffbf800000 0xffffffff7f800000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffff7f800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(65, f10, 0xffffffff7f800000)
	CHECK_FLAGS(66, 0x0)
	/* fmadd.s 0xffffffffbf000000 0xffffffff40200000 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff40200000; fmv.d.x f12, t0; li t0, 0xffffffffbf000000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(67, f10, 0xffffffffbfe00000)
	CHECK_FLAGS(68, 0x0)
	/* fmadd.s 0xffffffff3f800000 0xffffffff7fc00000 0xffffffff7f800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; li t0, 0xffffffff7f800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(69, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(70, 0x0)
	/* fmadd.s 0xffffffff7f7fffff 0x7fc0000000000000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; li t0, 0xffffffffbf800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(71, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(72, 0x0)
	/* fmadd.s 0xffffffff80000000 0x7fc0000000000000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; li t0, 0xffffffffffc12345; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(73, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(74, 0x0)
	/* fmadd.s 0xffffffff3f000000 0xffffffff7f800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(75, f10, 0xffffffff7f800000)
	CHECK_FLAGS(76, 0x0)
	/* fmadd.s 0xffffffff00000000 0xffffffff40200000 0xffffffff7f800000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff40200000; fmv.d.x f12, t0; li t0, 0xffffffff7f800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(77, f10, 0xffffffff7f800000)
	CHECK_FLAGS(78, 0x0)
	/* fmadd.s 0xffffffff40200000 0xffffffff7f800001 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; li t0, 0xffffffff7f800001; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(79, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(80, 0x10)
	/* fmadd.s 0xffffffffffc12345 0xffffffff3fc00000 0xffffffff7f800001 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff3fc00000; fmv.d.x f12, t0; li t0, 0xffffffff7f800001; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(81, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(82, 0x10)
	/* fmadd.s 0xffffffffc0200000 0xffffffffff800000 0xffffffff7f800000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; li t0, 0xffffffff7f800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(83, f10, 0xffffffff7f800000)
	CHECK_FLAGS(84, 0x0)
	/* fmadd.s 0xffffffff3fc00000 0xffffffffbf800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffffc0200000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(85, f10, 0xffffffffc0800000)
	CHECK_FLAGS(86, 0x0)
	/* fmadd.s 0xffffffff7f800001 0xffffffffffc12345 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(87, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(88, 0x10)
	/* fmadd.s 0xffffffff7f800000 0x7fc0000000000000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; li t0, 0xffffffffffc12345; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(89, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(90, 0x0)
	/* fmadd.s 0xffffffffbf000000 0xffffffff80000000 0xffffffff80000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff80000000; fmv.d.x f12, t0; li t0, 0xffffffff80000000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(91, f10, 0xffffffff00000000)
	CHECK_FLAGS(92, 0x0)
	/* fmadd.s 0xffffffffff800000 0x7fc0000000000000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; li t0, 0xffffffffffc12345; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(93, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(94, 0x0)
	/* fmadd.s 0xffffffffbf000000 0xffffffff7f7fffff 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; li t0, 0xffffffff40200000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(95, f10, 0xfffffffffeffffff)
	CHECK_FLAGS(96, 0x1)
	/* fmadd.s 0x7fc0000000000000 0xffffffff7f800000 0xffffffff7fc00000 rm=rne frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; li t0, 0xffffffff7fc00000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(97, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(98, 0x0)
	/* fmadd.s 0xffffffff7f7fffff 0xffffffff7f7fffff 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; li t0, 0xffffffffbf800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(99, f10, 0xffffffff7f800000)
	CHECK_FLAGS(100, 0x5)
	/* fmadd.s 0xffffffffffc12345 0xffffffff7fc00000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; li t0, 0xffffffffc0200000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(101, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(102, 0x0)
	/* fmadd.s 0xffffffff7fc00000 0xffffffff80000000 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff80000000; fmv.d.x f12, t0; li t0, 0xffffffff3f000000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(103, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(104, 0x0)
	/* fmadd.s 0xffffffff3fc00000 0xffffffff3fc00000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff3fc00000; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(105, f10, 0xffffffffff800000)
	CHECK_FLAGS(106, 0x0)
	/* fmadd.s 0xffffffff40200000 0xffffffff00000000 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; li t0, 0xffffffff3f000000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(107, f10, 0xffffffff3f000000)
	CHECK_FLAGS(108, 0x0)
	/* fmadd.s 0xffffffffbf000000 0xffffffff7f800001 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800001; fmv.d.x f12, t0; li t0, 0xffffffff40200000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(109, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(110, 0x10)
	/* fmadd.s 0xffffffff7fc00000 0xffffffff3f800000 0xffffffff3fc00000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffff3fc00000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(111, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(112, 0x0)
	/* fmadd.s 0x7fc0000000000000 0xffffffffbf000000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffffbf000000; fmv.d.x f12, t0; li t0, 0xffffffffbf800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(113, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(114, 0x0)
	/* fmadd.s 0xffffffff7f800001 0xffffffffff800000 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; li t0, 0xffffffff40200000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(115, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(116, 0x10)
	/* fmadd.s 0xffffffff00000000 0xffffffff3fc00000 0xffffffff7fc00000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff3fc00000; fmv.d.x f12, t0; li t0, 0xffffffff7fc00000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(117, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(118, 0x0)
	/* fmadd.s 0x7fc0000000000000 0x7fc0000000000000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; li t0, 0xffffffff00000000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(119, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(120, 0x0)
	/* fmadd.s 0xffffffff7f2ef504 0xffffffff01097988 0xffffffff1fb23ef0 rm=rne frm=None */
	li t0, 0xffffffff7f2ef504; fmv.d.x f11, t0; li t0, 0xffffffff01097988; fmv.d.x f12, t0; li t0, 0xffffffff1fb23ef0; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(121, f10, 0xffffffff40bbe85c)
	CHECK_FLAGS(122, 0x1)
	/* fmadd.s 0xffffffffc0708baf 0xffffffff80a00000 0xffffffff49eb3486 rm=rne frm=None */
	li t0, 0xffffffffc0708baf; fmv.d.x f11, t0; li t0, 0xffffffff80a00000; fmv.d.x f12, t0; li t0, 0xffffffff49eb3486; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(123, f10, 0xffffffff49eb3486)
	CHECK_FLAGS(124, 0x1)
	/* fmadd.s 0xffffffff35d00000 0xffffffff80f28dc5 0xffffffffc0766ab9 rm=rne frm=None */
	li t0, 0xffffffff35d00000; fmv.d.x f11, t0; li t0, 0xffffffff80f28dc5; fmv.d.x f12, t0; li t0, 0xffffffffc0766ab9; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(125, f10, 0xffffffffc0766ab9)
	CHECK_FLAGS(126, 0x1)
	/* fmadd.s 0xffffffff005e3356 0xffffffffff1d507e 0xffffffff000c0000 rm=rne frm=None */
	li t0, 0xffffffff005e3356; fmv.d.x f11, t0; li t0, 0xffffffffff1d507e; fmv.d.x f12, t0; li t0, 0xffffffff000c0000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(127, f10, 0xffffffffbfe78c69)
	CHECK_FLAGS(128, 0x1)
	/* fmadd.s 0xffffffff3fb49cb7 0xffffffff809a517f 0xffffffff8126ceef rm=rne frm=None */
	li t0, 0xffffffff3fb49cb7; fmv.d.x f11, t0; li t0, 0xffffffff809a517f; fmv.d.x f12, t0; li t0, 0xffffffff8126ceef; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(129, f10, 0xffffffff8189d75a)
	CHECK_FLAGS(130, 0x1)
	/* fmadd.s 0xffffffff49f28a24 0xffffffff810625b3 0xffffffffff0fd887 rm=rne frm=None */
	li t0, 0xffffffff49f28a24; fmv.d.x f11, t0; li t0, 0xffffffff810625b3; fmv.d.x f12, t0; li t0, 0xffffffffff0fd887; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(131, f10, 0xffffffffff0fd887)
	CHECK_FLAGS(132, 0x1)
	/* fmadd.s 0xffffffffbf644573 0xffffffff8ebf32e8 0xffffffff00f00000 rm=rne frm=None */
	li t0, 0xffffffffbf644573; fmv.d.x f11, t0; li t0, 0xffffffff8ebf32e8; fmv.d.x f12, t0; li t0, 0xffffffff00f00000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(133, f10, 0xffffffff0eaa7d35)
	CHECK_FLAGS(134, 0x1)
	/* fmadd.s 0xffffffffc0140000 0xffffffff7f400000 0xffffffff011108bd rm=rne frm=None */
	li t0, 0xffffffffc0140000; fmv.d.x f11, t0; li t0, 0xffffffff7f400000; fmv.d.x f12, t0; li t0, 0xffffffff011108bd; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(135, f10, 0xffffffffff800000)
	CHECK_FLAGS(136, 0x5)
	/* fmadd.s 0xffffffff95abc31f 0xffffffff80778ad7 0xffffffff8111510e rm=rne frm=None */
	li t0, 0xffffffff95abc31f; fmv.d.x f11, t0; li t0, 0xffffffff80778ad7; fmv.d.x f12, t0; li t0, 0xffffffff8111510e; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(137, f10, 0xffffffff8111510e)
	CHECK_FLAGS(138, 0x1)
	/* fmadd.s 0xffffffff3fb40000 0xffffffff932c0000 0xffffffffff3fb167 rm=rne frm=None */
	li t0, 0xffffffff3fb40000; fmv.d.x f11, t0; li t0, 0xffffffff932c0000; fmv.d.x f12, t0; li t0, 0xffffffffff3fb167; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(139, f10, 0xffffffffff3fb167)
	CHECK_FLAGS(140, 0x1)
	/* fmadd.s 0xffffffff3fb9c80c 0xffffffff7f32fc67 0xffffffff4c680000 rm=rne frm=None */
	li t0, 0xffffffff3fb9c80c; fmv.d.x f11, t0; li t0, 0xffffffff7f32fc67; fmv.d.x f12, t0; li t0, 0xffffffff4c680000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(141, f10, 0xffffffff7f800000)
	CHECK_FLAGS(142, 0x5)
	/* fmadd.s 0xffffffff35949e6b 0xffffffffbf800000 0xffffffffd1ba98f0 rm=rne frm=None */
	li t0, 0xffffffff35949e6b; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffffd1ba98f0; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(143, f10, 0xffffffffd1ba98f0)
	CHECK_FLAGS(144, 0x1)
	/* fmadd.s 0xffffffff3f83201a 0xffffffffc01751d1 0xffffffff3f83201a rm=rne frm=None */
	li t0, 0xffffffff3f83201a; fmv.d.x f11, t0; li t0, 0xffffffffc01751d1; fmv.d.x f12, t0; li t0, 0xffffffff3f83201a; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(145, f10, 0xffffffffbfb2e744)
	CHECK_FLAGS(146, 0x1)
	/* fmadd.s 0xffffffff804b9b09 0xffffffff40280000 0xffffffff804b9b09 rm=rne frm=None */
	li t0, 0xffffffff804b9b09; fmv.d.x f11, t0; li t0, 0xffffffff40280000; fmv.d.x f12, t0; li t0, 0xffffffff804b9b09; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(147, f10, 0xffffffff81090900)
	CHECK_FLAGS(148, 0x1)
	/* fmadd.s 0xffffffff007c29ba 0xffffffff35d6e41e 0xffffffff007c29ba rm=rne frm=None */
	li t0, 0xffffffff007c29ba; fmv.d.x f11, t0; li t0, 0xffffffff35d6e41e; fmv.d.x f12, t0; li t0, 0xffffffff007c29ba; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(149, f10, 0xffffffff007c29c7)
	CHECK_FLAGS(150, 0x3)
	/* fmadd.s 0xffffffff7f23c331 0xffffffff800e653a 0xffffffff7f23c331 rm=rne frm=None */
	li t0, 0xffffffff7f23c331; fmv.d.x f11, t0; li t0, 0xffffffff800e653a; fmv.d.x f12, t0; li t0, 0xffffffff7f23c331; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(151, f10, 0xffffffff7f23c331)
	CHECK_FLAGS(152, 0x1)
	/* fmadd.s 0xffffffff002a4afe 0xffffffff0003c545 0xffffffff002a4afe rm=rne frm=None */
	li t0, 0xffffffff002a4afe; fmv.d.x f11, t0; li t0, 0xffffffff0003c545; fmv.d.x f12, t0; li t0, 0xffffffff002a4afe; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(153, f10, 0xffffffff002a4afe)
	CHECK_FLAGS(154, 0x3)
	/* fmadd.s 0xffffffff81626e51 0xffffffffbf8b505d 0xffffffff81626e51 rm=rne frm=None */
	li t0, 0xffffffff81626e51; fmv.d.x f11, t0; li t0, 0xffffffffbf8b505d; fmv.d.x f12, t0; li t0, 0xffffffff81626e51; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(155, f10, 0xffffffff00280749)
	CHECK_FLAGS(156, 0x3)
	/* fmadd.s 0xffffffff3d05b27d 0xffffffffc07550f3 0xffffffff80240000 rm=rtz frm=None */
	li t0, 0xffffffff3d05b27d; fmv.d.x f11, t0; li t0, 0xffffffffc07550f3; fmv.d.x f12, t0; li t0, 0xffffffff80240000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rtz
	CHECK_F(157, f10, 0xffffffffbe001e18)
	CHECK_FLAGS(158, 0x1)
	/* fmadd.s 0xffffffffb5a05981 0xffffffff49f9c27f 0xffffffff40614078 rm=rtz frm=None */
	li t0, 0xffffffffb5a05981; fmv.d.x f11, t0; li t0, 0xffffffff49f9c27f; fmv.d.x f12, t0; li t0, 0xffffffff40614078; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rtz
	CHECK_F(159, f10, 0xffffffff3f899f2c)
	CHECK_FLAGS(160, 0x1)
	/* fmadd.s 0xffffffff00780000 0xffffffff35bfdcc2 0xffffffff7f27969a rm=rtz frm=None */
	li t0, 0xffffffff00780000; fmv.d.x f11, t0; li t0, 0xffffffff35bfdcc2; fmv.d.x f12, t0; li t0, 0xffffffff7f27969a; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rtz
	CHECK_F(161, f10, 0xffffffff7f27969a)
	CHECK_FLAGS(162, 0x1)
	/* fmadd.s 0xffffffff801b49b7 0xffffffffb5dbe4ce 0xffffffff1dd8cd93 rm=rtz frm=None */
	li t0, 0xffffffff801b49b7; fmv.d.x f11, t0; li t0, 0xffffffffb5dbe4ce; fmv.d.x f12, t0; li t0, 0xffffffff1dd8cd93; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rtz
	CHECK_F(163, f10, 0xffffffff1dd8cd93)
	CHECK_FLAGS(164, 0x1)
	/* fmadd.s 0xffffffff3f1a6a9b 0xffffffffff615c72 0xffffffff01401bbc rm=rtz frm=None */
	li t0, 0xffffffff3f1a6a9b; fmv.d.x f11, t0; li t0, 0xffffffffff615c72; fmv.d.x f12, t0; li t0, 0xffffffff01401bbc; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rtz
	CHECK_F(165, f10, 0xffffffffff07ef75)
	CHECK_FLAGS(166, 0x1)
	/* fmadd.s 0xffffffff00ba3c39 0xffffffff885b541a 0xffffffff3ffb3fa9 rm=rtz frm=None */
	li t0, 0xffffffff00ba3c39; fmv.d.x f11, t0; li t0, 0xffffffff885b541a; fmv.d.x f12, t0; li t0, 0xffffffff3ffb3fa9; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rtz
	CHECK_F(167, f10, 0xffffffff3ffb3fa8)
	CHECK_FLAGS(168, 0x1)
	/* fmadd.s 0xffffffff8fd00000 0xffffffff359c0000 0xffffffffbfacb8f1 rm=rtz frm=None */
	li t0, 0xffffffff8fd00000; fmv.d.x f11, t0; li t0, 0xffffffff359c0000; fmv.d.x f12, t0; li t0, 0xffffffffbfacb8f1; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rtz
	CHECK_F(169, f10, 0xffffffffbfacb8f1)
	CHECK_FLAGS(170, 0x1)
	/* fmadd.s 0xffffffff9d892fe6 0xffffffff9db40000 0xffffffff98587630 rm=rtz frm=None */
	li t0, 0xffffffff9d892fe6; fmv.d.x f11, t0; li t0, 0xffffffff9db40000; fmv.d.x f12, t0; li t0, 0xffffffff98587630; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rtz
	CHECK_F(171, f10, 0xffffffff9858762f)
	CHECK_FLAGS(172, 0x1)
	/* fmadd.s 0xffffffff49ad8a46 0xffffffff95f73fc2 0xffffffff00b5dc7c rm=rtz frm=None */
	li t0, 0xffffffff49ad8a46; fmv.d.x f11, t0; li t0, 0xffffffff95f73fc2; fmv.d.x f12, t0; li t0, 0xffffffff00b5dc7c; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rtz
	CHECK_F(173, f10, 0xffffffffa0279ba2)
	CHECK_FLAGS(174, 0x1)
	/* fmadd.s 0xffffffff318c5db8 0xffffffff3f9c0000 0xffffffff00780000 rm=rtz frm=None */
	li t0, 0xffffffff318c5db8; fmv.d.x f11, t0; li t0, 0xffffffff3f9c0000; fmv.d.x f12, t0; li t0, 0xffffffff00780000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rtz
	CHECK_F(175, f10, 0xffffffff31ab1238)
	CHECK_FLAGS(176, 0x1)
	/* fmadd.s 0xffffffff919c0000 0xffffffff803ae657 0xffffffff49cfe795 rm=rtz frm=None */
	li t0, 0xffffffff919c0000; fmv.d.x f11, t0; li t0, 0xffffffff803ae657; fmv.d.x f12, t0; li t0, 0xffffffff49cfe795; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rtz
	CHECK_F(177, f10, 0xffffffff49cfe795)
	CHECK_FLAGS(178, 0x1)
	/* fmadd.s 0xffffffff807c3ed5 0xffffffff802cc7a5 0xffffffff96f5e493 rm=rtz frm=None */
	li t0, 0xffffffff807c3ed5; fmv.d.x f11, t0; li t0, 0xffffffff802cc7a5; fmv.d.x f12, t0; li t0, 0xffffffff96f5e493; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rtz
	CHECK_F(179, f10, 0xffffffff96f5e492)
	CHECK_FLAGS(180, 0x1)
	/* fmadd.s 0xffffffffb681d0a7 0xffffffff40000000 0xffffffffb681d0a7 rm=rtz frm=None */
	li t0, 0xffffffffb681d0a7; fmv.d.x f11, t0; li t0, 0xffffffff40000000; fmv.d.x f12, t0; li t0, 0xffffffffb681d0a7; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rtz
	CHECK_F(181, f10, 0xffffffffb742b8fa)
	CHECK_FLAGS(182, 0x1)
	/* fmadd.s 0xffffffff00bc0000 0xffffffffbf08f23b 0xffffffff00bc0000 rm=rtz frm=None */
	li t0, 0xffffffff00bc0000; fmv.d.x f11, t0; li t0, 0xffffffffbf08f23b; fmv.d.x f12, t0; li t0, 0xffffffff00bc0000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rtz
	CHECK_F(183, f10, 0xffffffff00576e1c)
	CHECK_FLAGS(184, 0x3)
	/* fmadd.s 0xffffffffff66c22d 0xffffffffb5778e98 0xffffffffff66c22d rm=rtz frm=None */
	li t0, 0xffffffffff66c22d; fmv.d.x f11, t0; li t0, 0xffffffffb5778e98; fmv.d.x f12, t0; li t0, 0xffffffffff66c22d; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rtz
	CHECK_F(185, f10, 0xffffffffff66c21f)
	CHECK_FLAGS(186, 0x1)
	/* fmadd.s 0xffffffff3f4c0000 0xffffffff95cd1a4e 0xffffffff3f4c0000 rm=rtz frm=None */
	li t0, 0xffffffff3f4c0000; fmv.d.x f11, t0; li t0, 0xffffffff95cd1a4e; fmv.d.x f12, t0; li t0, 0xffffffff3f4c0000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rtz
	CHECK_F(187, f10, 0xffffffff3f4bffff)
	CHECK_FLAGS(188, 0x1)
	/* fmadd.s 0xffffffff00fc0000 0xffffffffb58f5a5a 0xffffffff00fc0000 rm=rtz frm=None */
	li t0, 0xffffffff00fc0000; fmv.d.x f11, t0; li t0, 0xffffffffb58f5a5a; fmv.d.x f12, t0; li t0, 0xffffffff00fc0000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rtz
	CHECK_F(189, f10, 0xffffffff00fbffee)
	CHECK_FLAGS(190, 0x1)
	/* fmadd.s 0xffffffffff2c782e 0xffffffff3f9e593b 0xffffffffff2c782e rm=rtz frm=None */
	li t0, 0xffffffffff2c782e; fmv.d.x f11, t0; li t0, 0xffffffff3f9e593b; fmv.d.x f12, t0; li t0, 0xffffffffff2c782e; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rtz
	CHECK_F(191, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(192, 0x5)
	/* fmadd.s 0xffffffffc988fed7 0xffffffff80df09f5 0xffffffff3f580000 rm=rdn frm=None */
	li t0, 0xffffffffc988fed7; fmv.d.x f11, t0; li t0, 0xffffffff80df09f5; fmv.d.x f12, t0; li t0, 0xffffffff3f580000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rdn
	CHECK_F(193, f10, 0xffffffff3f580000)
	CHECK_FLAGS(194, 0x1)
	/* fmadd.s 0xffffffff01080000 0xffffffff8f28b0be 0xffffffff13013e4b rm=rdn frm=None */
	li t0, 0xffffffff01080000; fmv.d.x f11, t0; li t0, 0xffffffff8f28b0be; fmv.d.x f12, t0; li t0, 0xffffffff13013e4b; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rdn
	CHECK_F(195, f10, 0xffffffff13013e4a)
	CHECK_FLAGS(196, 0x1)
	/* fmadd.s 0xffffffffbf8c0000 0xffffffff4f891e60 0xffffffffc99c0000 rm=rdn frm=None */
	li t0, 0xffffffffbf8c0000; fmv.d.x f11, t0; li t0, 0xffffffff4f891e60; fmv.d.x f12, t0; li t0, 0xffffffffc99c0000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rdn
	CHECK_F(197, f10, 0xffffffffcf9602f9)
	CHECK_FLAGS(198, 0x0)
	/* fmadd.s 0xffffffff3f500000 0xffffffffbfe80000 0xffffffff579c0000 rm=rdn frm=None */
	li t0, 0xffffffff3f500000; fmv.d.x f11, t0; li t0, 0xffffffffbfe80000; fmv.d.x f12, t0; li t0, 0xffffffff579c0000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rdn
	CHECK_F(199, f10, 0xffffffff579bffff)
	CHECK_FLAGS(200, 0x1)
	/* fmadd.s 0xffffffff3f4bb351 0xffffffffbf7c0000 0xffffffff804a7473 rm=rdn frm=None */
	li t0, 0xffffffff3f4bb351; fmv.d.x f11, t0; li t0, 0xffffffffbf7c0000; fmv.d.x f12, t0; li t0, 0xffffffff804a7473; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rdn
	CHECK_F(201, f10, 0xffffffffbf488484)
	CHECK_FLAGS(202, 0x1)
	/* fmadd.s 0xffffffff49dacafd 0xffffffff8010ea68 0xffffffffbdd25cdb rm=rdn frm=None */
	li t0, 0xffffffff49dacafd; fmv.d.x f11, t0; li t0, 0xffffffff8010ea68; fmv.d.x f12, t0; li t0, 0xffffffffbdd25cdb; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rdn
	CHECK_F(203, f10, 0xffffffffbdd25cdc)
	CHECK_FLAGS(204, 0x1)
	/* fmadd.s 0xffffffffb5ae497e 0xffffffff00980000 0xffffffff80bf3050 rm=rdn frm=None */
	li t0, 0xffffffffb5ae497e; fmv.d.x f11, t0; li t0, 0xffffffff00980000; fmv.d.x f12, t0; li t0, 0xffffffff80bf3050; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rdn
	CHECK_F(205, f10, 0xffffffff80bf305d)
	CHECK_FLAGS(206, 0x1)
	/* fmadd.s 0xffffffff7f71575d 0xffffffff3f188efd 0xffffffff3bbd84ab rm=rdn frm=None */
	li t0, 0xffffffff7f71575d; fmv.d.x f11, t0; li t0, 0xffffffff3f188efd; fmv.d.x f12, t0; li t0, 0xffffffff3bbd84ab; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rdn
	CHECK_F(207, f10, 0xffffffff7f0fd2ac)
	CHECK_FLAGS(208, 0x1)
	/* fmadd.s 0xffffffff0025f868 0xffffffff81783345 0xffffffff49d00000 rm=rdn frm=None */
	li t0, 0xffffffff0025f868; fmv.d.x f11, t0; li t0, 0xffffffff81783345; fmv.d.x f12, t0; li t0, 0xffffffff49d00000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rdn
	CHECK_F(209, f10, 0xffffffff49cfffff)
	CHECK_FLAGS(210, 0x1)
	/* fmadd.s 0xffffffffbf81679a 0xffffffff3f2de49b 0xffffffff35af20b7 rm=rdn frm=None */
	li t0, 0xffffffffbf81679a; fmv.d.x f11, t0; li t0, 0xffffffff3f2de49b; fmv.d.x f12, t0; li t0, 0xffffffff35af20b7; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rdn
	CHECK_F(211, f10, 0xffffffffbf2fcd0e)
	CHECK_FLAGS(212, 0x1)
	/* fmadd.s 0xffffffff3f3fc02a 0xffffffff3ff75e6d 0xffffffff7f16b1e5 rm=rdn frm=None */
	li t0, 0xffffffff3f3fc02a; fmv.d.x f11, t0; li t0, 0xffffffff3ff75e6d; fmv.d.x f12, t0; li t0, 0xffffffff7f16b1e5; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rdn
	CHECK_F(213, f10, 0xffffffff7f16b1e5)
	CHECK_FLAGS(214, 0x1)
	/* fmadd.s 0xffffffffff24e6fb 0xffffffffbfb96b53 0xffffffffbfdb6059 rm=rdn frm=None */
	li t0, 0xffffffffff24e6fb; fmv.d.x f11, t0; li t0, 0xffffffffbfb96b53; fmv.d.x f12, t0; li t0, 0xffffffffbfdb6059; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rdn
	CHECK_F(215, f10, 0xffffffff7f6ee01a)
	CHECK_FLAGS(216, 0x1)
	/* fmadd.s 0xffffffff41c334f4 0xffffffff40739745 0xffffffff41c334f4 rm=rdn frm=None */
	li t0, 0xffffffff41c334f4; fmv.d.x f11, t0; li t0, 0xffffffff40739745; fmv.d.x f12, t0; li t0, 0xffffffff41c334f4; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rdn
	CHECK_F(217, f10, 0xffffffff42ea8bd9)
	CHECK_FLAGS(218, 0x1)
	/* fmadd.s 0xffffffff01564728 0xffffffff36665fe7 0xffffffff01564728 rm=rdn frm=None */
	li t0, 0xffffffff01564728; fmv.d.x f11, t0; li t0, 0xffffffff36665fe7; fmv.d.x f12, t0; li t0, 0xffffffff01564728; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rdn
	CHECK_F(219, f10, 0xffffffff01564758)
	CHECK_FLAGS(220, 0x1)
	/* fmadd.s 0xffffffff01799733 0xffffffff80e2b627 0xffffffff01799733 rm=rdn frm=None */
	li t0, 0xffffffff01799733; fmv.d.x f11, t0; li t0, 0xffffffff80e2b627; fmv.d.x f12, t0; li t0, 0xffffffff01799733; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rdn
	CHECK_F(221, f10, 0xffffffff01799732)
	CHECK_FLAGS(222, 0x1)
	/* fmadd.s 0xffffffff00a67cdb 0xffffffff3f592f15 0xffffffff00a67cdb rm=rdn frm=None */
	li t0, 0xffffffff00a67cdb; fmv.d.x f11, t0; li t0, 0xffffffff3f592f15; fmv.d.x f12, t0; li t0, 0xffffffff00a67cdb; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rdn
	CHECK_F(223, f10, 0xffffffff0119dda7)
	CHECK_FLAGS(224, 0x1)
	/* fmadd.s 0xffffffff49dc9893 0xffffffff3f3350f6 0xffffffff49dc9893 rm=rdn frm=None */
	li t0, 0xffffffff49dc9893; fmv.d.x f11, t0; li t0, 0xffffffff3f3350f6; fmv.d.x f12, t0; li t0, 0xffffffff49dc9893; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rdn
	CHECK_F(225, f10, 0xffffffff4a3b8e82)
	CHECK_FLAGS(226, 0x1)
	/* fmadd.s 0xffffffffff43aae2 0xffffffffb5d332fb 0xffffffffff43aae2 rm=rdn frm=None */
	li t0, 0xffffffffff43aae2; fmv.d.x f11, t0; li t0, 0xffffffffb5d332fb; fmv.d.x f12, t0; li t0, 0xffffffffff43aae2; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rdn
	CHECK_F(227, f10, 0xffffffffff43aace)
	CHECK_FLAGS(228, 0x1)
	/* fmadd.s 0xffffffff00848309 0xffffffff00b31c48 0xffffffff3c1a122a rm=rup frm=None */
	li t0, 0xffffffff00848309; fmv.d.x f11, t0; li t0, 0xffffffff00b31c48; fmv.d.x f12, t0; li t0, 0xffffffff3c1a122a; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rup
	CHECK_F(229, f10, 0xffffffff3c1a122b)
	CHECK_FLAGS(230, 0x1)
	/* fmadd.s 0xffffffffff480000 0xffffffff007305ab 0xffffffff35880000 rm=rup frm=None */
	li t0, 0xffffffffff480000; fmv.d.x f11, t0; li t0, 0xffffffff007305ab; fmv.d.x f12, t0; li t0, 0xffffffff35880000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rup
	CHECK_F(231, f10, 0xffffffffc033b8d6)
	CHECK_FLAGS(232, 0x1)
	/* fmadd.s 0xffffffffbfaa69c7 0xffffffff49f69edf 0xffffffff00f38dba rm=rup frm=None */
	li t0, 0xffffffffbfaa69c7; fmv.d.x f11, t0; li t0, 0xffffffff49f69edf; fmv.d.x f12, t0; li t0, 0xffffffff00f38dba; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rup
	CHECK_F(233, f10, 0xffffffffca242b66)
	CHECK_FLAGS(234, 0x1)
	/* fmadd.s 0xffffffff00c80000 0xffffffff80600000 0xffffffff498aaecb rm=rup frm=None */
	li t0, 0xffffffff00c80000; fmv.d.x f11, t0; li t0, 0xffffffff80600000; fmv.d.x f12, t0; li t0, 0xffffffff498aaecb; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rup
	CHECK_F(235, f10, 0xffffffff498aaecb)
	CHECK_FLAGS(236, 0x1)
	/* fmadd.s 0xffffffffbf580000 0xffffffff008f8424 0xffffffffb5940000 rm=rup frm=None */
	li t0, 0xffffffffbf580000; fmv.d.x f11, t0; li t0, 0xffffffff008f8424; fmv.d.x f12, t0; li t0, 0xffffffffb5940000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rup
	CHECK_F(237, f10, 0xffffffffb5940000)
	CHECK_FLAGS(238, 0x1)
	/* fmadd.s 0xffffffffff443954 0xffffffff49e40000 0xffffffffff52e743 rm=rup frm=None */
	li t0, 0xffffffffff443954; fmv.d.x f11, t0; li t0, 0xffffffff49e40000; fmv.d.x f12, t0; li t0, 0xffffffffff52e743; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rup
	CHECK_F(239, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(240, 0x5)
	/* fmadd.s 0xffffffff36940000 0xffffffff81080000 0xffffffff804c0000 rm=rup frm=None */
	li t0, 0xffffffff36940000; fmv.d.x f11, t0; li t0, 0xffffffff81080000; fmv.d.x f12, t0; li t0, 0xffffffff804c0000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rup
	CHECK_F(241, f10, 0xffffffff804c004e)
	CHECK_FLAGS(242, 0x3)
	/* fmadd.s 0xffffffffc04960d5 0xffffffff01270b26 0xffffffff35aa00de rm=rup frm=None */
	li t0, 0xffffffffc04960d5; fmv.d.x f11, t0; li t0, 0xffffffff01270b26; fmv.d.x f12, t0; li t0, 0xffffffff35aa00de; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rup
	CHECK_F(243, f10, 0xffffffff35aa00de)
	CHECK_FLAGS(244, 0x1)
	/* fmadd.s 0xffffffff35b40000 0xffffffff3f9a0b09 0xffffffffb5d8d8f3 rm=rup frm=None */
	li t0, 0xffffffff35b40000; fmv.d.x f11, t0; li t0, 0xffffffff3f9a0b09; fmv.d.x f12, t0; li t0, 0xffffffffb5d8d8f3; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rup
	CHECK_F(245, f10, 0xffffffffb0e5b960)
	CHECK_FLAGS(246, 0x0)
	/* fmadd.s 0xffffffffc0540000 0xffffffffcf322609 0xffffffffbf293a14 rm=rup frm=None */
	li t0, 0xffffffffc0540000; fmv.d.x f11, t0; li t0, 0xffffffffcf322609; fmv.d.x f12, t0; li t0, 0xffffffffbf293a14; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rup
	CHECK_F(247, f10, 0xffffffff50138780)
	CHECK_FLAGS(248, 0x1)
	/* fmadd.s 0xffffffff80a2ff14 0xffffffff407b6061 0xffffffffc0780000 rm=rup frm=None */
	li t0, 0xffffffff80a2ff14; fmv.d.x f11, t0; li t0, 0xffffffff407b6061; fmv.d.x f12, t0; li t0, 0xffffffffc0780000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rup
	CHECK_F(249, f10, 0xffffffffc0780000)
	CHECK_FLAGS(250, 0x1)
	/* fmadd.s 0xffffffffc996e5cb 0xffffffff8321a423 0xffffffff0012cbc2 rm=rup frm=None */
	li t0, 0xffffffffc996e5cb; fmv.d.x f11, t0; li t0, 0xffffffff8321a423; fmv.d.x f12, t0; li t0, 0xffffffff0012cbc2; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rup
	CHECK_F(251, f10, 0xffffffff0d3e8e8a)
	CHECK_FLAGS(252, 0x1)
	/* fmadd.s 0xffffffffc9d00000 0xffffffff00ec1286 0xffffffffc9d00000 rm=rup frm=None */
	li t0, 0xffffffffc9d00000; fmv.d.x f11, t0; li t0, 0xffffffff00ec1286; fmv.d.x f12, t0; li t0, 0xffffffffc9d00000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rup
	CHECK_F(253, f10, 0xffffffffc9d00000)
	CHECK_FLAGS(254, 0x1)
	/* fmadd.s 0xffffffff81092b71 0xffffffff80860753 0xffffffff81092b71 rm=rup frm=None */
	li t0, 0xffffffff81092b71; fmv.d.x f11, t0; li t0, 0xffffffff80860753; fmv.d.x f12, t0; li t0, 0xffffffff81092b71; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rup
	CHECK_F(255, f10, 0xffffffff81092b70)
	CHECK_FLAGS(256, 0x1)
	/* fmadd.s 0xffffffff01600000 0xffffffffb5eade75 0xffffffff01600000 rm=rup frm=None */
	li t0, 0xffffffff01600000; fmv.d.x f11, t0; li t0, 0xffffffffb5eade75; fmv.d.x f12, t0; li t0, 0xffffffff01600000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rup
	CHECK_F(257, f10, 0xffffffff015fffe7)
	CHECK_FLAGS(258, 0x1)
	/* fmadd.s 0xffffffff00cc6930 0xffffffffd6100000 0xffffffff00cc6930 rm=rup frm=None */
	li t0, 0xffffffff00cc6930; fmv.d.x f11, t0; li t0, 0xffffffffd6100000; fmv.d.x f12, t0; li t0, 0xffffffff00cc6930; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rup
	CHECK_F(259, f10, 0xffffffff9765f655)
	CHECK_FLAGS(260, 0x1)
	/* fmadd.s 0xffffffff403d7fc6 0xffffffffbff6bd6f 0xffffffff403d7fc6 rm=rup frm=None */
	li t0, 0xffffffff403d7fc6; fmv.d.x f11, t0; li t0, 0xffffffffbff6bd6f; fmv.d.x f12, t0; li t0, 0xffffffff403d7fc6; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rup
	CHECK_F(261, f10, 0xffffffffc02fca3d)
	CHECK_FLAGS(262, 0x1)
	/* fmadd.s 0xffffffff3f3f77e1 0xffffffff02e40000 0xffffffff3f3f77e1 rm=rup frm=None */
	li t0, 0xffffffff3f3f77e1; fmv.d.x f11, t0; li t0, 0xffffffff02e40000; fmv.d.x f12, t0; li t0, 0xffffffff3f3f77e1; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rup
	CHECK_F(263, f10, 0xffffffff3f3f77e2)
	CHECK_FLAGS(264, 0x1)
	/* fmadd.s 0xffffffff80b1fc7f 0xffffffff84b4208c 0xffffffff0c7ab9e5 rm=rmm frm=None */
	li t0, 0xffffffff80b1fc7f; fmv.d.x f11, t0; li t0, 0xffffffff84b4208c; fmv.d.x f12, t0; li t0, 0xffffffff0c7ab9e5; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rmm
	CHECK_F(265, f10, 0xffffffff0c7ab9e5)
	CHECK_FLAGS(266, 0x1)
	/* fmadd.s 0xffffffffb8400000 0xffffffffbf97b694 0xffffffff012a49b6 rm=rmm frm=None */
	li t0, 0xffffffffb8400000; fmv.d.x f11, t0; li t0, 0xffffffffbf97b694; fmv.d.x f12, t0; li t0, 0xffffffff012a49b6; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rmm
	CHECK_F(267, f10, 0xffffffff386391de)
	CHECK_FLAGS(268, 0x1)
	/* fmadd.s 0xffffffff7f20474c 0xffffffffb5e00000 0xffffffff80b657ea rm=rmm frm=None */
	li t0, 0xffffffff7f20474c; fmv.d.x f11, t0; li t0, 0xffffffffb5e00000; fmv.d.x f12, t0; li t0, 0xffffffff80b657ea; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rmm
	CHECK_F(269, f10, 0xfffffffff58c3e63)
	CHECK_FLAGS(270, 0x1)
	/* fmadd.s 0xffffffff80dc0000 0xffffffff3f4938bf 0xffffffff815e5d4d rm=rmm frm=None */
	li t0, 0xffffffff80dc0000; fmv.d.x f11, t0; li t0, 0xffffffff3f4938bf; fmv.d.x f12, t0; li t0, 0xffffffff815e5d4d; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rmm
	CHECK_F(271, f10, 0xffffffff819a69d8)
	CHECK_FLAGS(272, 0x1)
	/* fmadd.s 0xffffffffc9f3f1fb 0xffffffff805c1aee 0xffffffff40600000 rm=rmm frm=None */
	li t0, 0xffffffffc9f3f1fb; fmv.d.x f11, t0; li t0, 0xffffffff805c1aee; fmv.d.x f12, t0; li t0, 0xffffffff40600000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rmm
	CHECK_F(273, f10, 0xffffffff40600000)
	CHECK_FLAGS(274, 0x1)
	/* fmadd.s 0xffffffff4079238b 0xffffffff8113d3f6 0xffffffff01516065 rm=rmm frm=None */
	li t0, 0xffffffff4079238b; fmv.d.x f11, t0; li t0, 0xffffffff8113d3f6; fmv.d.x f12, t0; li t0, 0xffffffff01516065; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rmm
	CHECK_F(275, f10, 0xffffffff81b70b2f)
	CHECK_FLAGS(276, 0x1)
	/* fmadd.s 0xffffffff002a223c 0xffffffffbfe00000 0xffffffff7f13cf3b rm=rmm frm=None */
	li t0, 0xffffffff002a223c; fmv.d.x f11, t0; li t0, 0xffffffffbfe00000; fmv.d.x f12, t0; li t0, 0xffffffff7f13cf3b; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rmm
	CHECK_F(277, f10, 0xffffffff7f13cf3b)
	CHECK_FLAGS(278, 0x1)
	/* fmadd.s 0xffffffff35ef486e 0xffffffff80c4de98 0xffffffffc9954e56 rm=rmm frm=None */
	li t0, 0xffffffff35ef486e; fmv.d.x f11, t0; li t0, 0xffffffff80c4de98; fmv.d.x f12, t0; li t0, 0xffffffffc9954e56; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rmm
	CHECK_F(279, f10, 0xffffffffc9954e56)
	CHECK_FLAGS(280, 0x1)
	/* fmadd.s 0xffffffff7f5de794 0xffffffff80a944db 0xffffffff80a13a33 rm=rmm frm=None */
	li t0, 0xffffffff7f5de794; fmv.d.x f11, t0; li t0, 0xffffffff80a944db; fmv.d.x f12, t0; li t0, 0xffffffff80a13a33; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rmm
	CHECK_F(281, f10, 0xffffffffc092b990)
	CHECK_FLAGS(282, 0x1)
	/* fmadd.s 0xffffffff00580000 0xffffffffc0755edf 0xffffffffbfb889a8 rm=rmm frm=None */
	li t0, 0xffffffff00580000; fmv.d.x f11, t0; li t0, 0xffffffffc0755edf; fmv.d.x f12, t0; li t0, 0xffffffffbfb889a8; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rmm
	CHECK_F(283, f10, 0xffffffffbfb889a8)
	CHECK_FLAGS(284, 0x1)
	/* fmadd.s 0xffffffff35a0173a 0xffffffff3fa50d1b 0xffffffff7f400000 rm=rmm frm=None */
	li t0, 0xffffffff35a0173a; fmv.d.x f11, t0; li t0, 0xffffffff3fa50d1b; fmv.d.x f12, t0; li t0, 0xffffffff7f400000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rmm
	CHECK_F(285, f10, 0xffffffff7f400000)
	CHECK_FLAGS(286, 0x1)
	/* fmadd.s 0xffffffffff3f21c6 0xffffffff80b93f46 0xffffffff3f40d699 rm=rmm frm=None */
	li t0, 0xffffffffff3f21c6; fmv.d.x f11, t0; li t0, 0xffffffff80b93f46; fmv.d.x f12, t0; li t0, 0xffffffff3f40d699; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rmm
	CHECK_F(287, f10, 0xffffffff40a26979)
	CHECK_FLAGS(288, 0x1)
	/* fmadd.s 0xffffffff3f380000 0xffffffff80c80000 0xffffffff3f380000 rm=rmm frm=None */
	li t0, 0xffffffff3f380000; fmv.d.x f11, t0; li t0, 0xffffffff80c80000; fmv.d.x f12, t0; li t0, 0xffffffff3f380000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rmm
	CHECK_F(289, f10, 0xffffffff3f380000)
	CHECK_FLAGS(290, 0x1)
	/* fmadd.s 0xffffffff7f5bab7d 0xffffffff80aaef1a 0xffffffff7f5bab7d rm=rmm frm=None */
	li t0, 0xffffffff7f5bab7d; fmv.d.x f11, t0; li t0, 0xffffffff80aaef1a; fmv.d.x f12, t0; li t0, 0xffffffff7f5bab7d; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rmm
	CHECK_F(291, f10, 0xffffffff7f5bab7d)
	CHECK_FLAGS(292, 0x1)
	/* fmadd.s 0xffffffff802e9a50 0xffffffff35bb3edb 0xffffffff802e9a50 rm=rmm frm=None */
	li t0, 0xffffffff802e9a50; fmv.d.x f11, t0; li t0, 0xffffffff35bb3edb; fmv.d.x f12, t0; li t0, 0xffffffff802e9a50; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rmm
	CHECK_F(293, f10, 0xffffffff802e9a54)
	CHECK_FLAGS(294, 0x3)
	/* fmadd.s 0xffffffff49f06913 0xffffffffb5fb200a 0xffffffff49f06913 rm=rmm frm=None */
	li t0, 0xffffffff49f06913; fmv.d.x f11, t0; li t0, 0xffffffffb5fb200a; fmv.d.x f12, t0; li t0, 0xffffffff49f06913; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rmm
	CHECK_F(295, f10, 0xffffffff49f068f6)
	CHECK_FLAGS(296, 0x1)
	/* fmadd.s 0xffffffff7f6245a1 0xffffffff01580000 0xffffffff7f6245a1 rm=rmm frm=None */
	li t0, 0xffffffff7f6245a1; fmv.d.x f11, t0; li t0, 0xffffffff01580000; fmv.d.x f12, t0; li t0, 0xffffffff7f6245a1; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rmm
	CHECK_F(297, f10, 0xffffffff7f6245a1)
	CHECK_FLAGS(298, 0x1)
	/* fmadd.s 0xffffffff3ff5fb91 0xffffffffc00fb66a 0xffffffff3ff5fb91 rm=rmm frm=None */
	li t0, 0xffffffff3ff5fb91; fmv.d.x f11, t0; li t0, 0xffffffffc00fb66a; fmv.d.x f12, t0; li t0, 0xffffffff3ff5fb91; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rmm
	CHECK_F(299, f10, 0xffffffffc0192fd1)
	CHECK_FLAGS(300, 0x1)
	/* fmadd.s 0xffffffffc05c5650 0xffffffff497b8052 0xffffffff016cc46f rm=None frm=0 */
	li t0, 0xffffffffc05c5650; fmv.d.x f11, t0; li t0, 0xffffffff497b8052; fmv.d.x f12, t0; li t0, 0xffffffff016cc46f; fmv.d.x f13, t0; fsrmi 0; fmadd.s f10, f11, f12, f13
	CHECK_F(301, f10, 0xffffffffca587712)
	CHECK_FLAGS(302, 0x1)
	/* fmadd.s 0xffffffff49c851f7 0xffffffff04fd64da 0xffffffffc9e40000 rm=None frm=0 */
	li t0, 0xffffffff49c851f7; fmv.d.x f11, t0; li t0, 0xffffffff04fd64da; fmv.d.x f12, t0; li t0, 0xffffffffc9e40000; fmv.d.x f13, t0; fsrmi 0; fmadd.s f10, f11, f12, f13
	CHECK_F(303, f10, 0xffffffffc9e40000)
	CHECK_FLAGS(304, 0x1)
	/* fmadd.s 0xffffffffc057d2a5 0xffffffffa1051ebc 0xffffffff00beeb58 rm=None frm=0 */
	li t0, 0xffffffffc057d2a5; fmv.d.x f11, t0; li t0, 0xffffffffa1051ebc; fmv.d.x f12, t0; li t0, 0xffffffff00beeb58; fmv.d.x f13, t0; fsrmi 0; fmadd.s f10, f11, f12, f13
	CHECK_F(305, f10, 0xffffffff21e074b2)
	CHECK_FLAGS(306, 0x1)
	/* fmadd.s 0xffffffffdadc0000 0xffffffffb5c00000 0xffffffff011a65c9 rm=None frm=0 */
	li t0, 0xffffffffdadc0000; fmv.d.x f11, t0; li t0, 0xffffffffb5c00000; fmv.d.x f12, t0; li t0, 0xffffffff011a65c9; fmv.d.x f13, t0; fsrmi 0; fmadd.s f10, f11, f12, f13
	CHECK_F(307, f10, 0xffffffff51250000)
	CHECK_FLAGS(308, 0x1)
	/* fmadd.s 0xffffffffc003a4d8 0xffffffffc9800000 0xffffffff8bc89353 rm=None frm=1 */
	li t0, 0xffffffffc003a4d8; fmv.d.x f11, t0; li t0, 0xffffffffc9800000; fmv.d.x f12, t0; li t0, 0xffffffff8bc89353; fmv.d.x f13, t0; fsrmi 1; fmadd.s f10, f11, f12, f13
	CHECK_F(309, f10, 0xffffffff4a03a4d7)
	CHECK_FLAGS(310, 0x1)
	/* fmadd.s 0xffffffff35fc0000 0xffffffff3fac0000 0xffffffff3f1cfd93 rm=None frm=1 */
	li t0, 0xffffffff35fc0000; fmv.d.x f11, t0; li t0, 0xffffffff3fac0000; fmv.d.x f12, t0; li t0, 0xffffffff3f1cfd93; fmv.d.x f13, t0; fsrmi 1; fmadd.s f10, f11, f12, f13
	CHECK_F(311, f10, 0xffffffff3f1cfdbd)
	CHECK_FLAGS(312, 0x1)
	/* fmadd.s 0xffffffff35f40000 0xffffffff3f6cc7c6 0xffffffff00840000 rm=None frm=1 */
	li t0, 0xffffffff35f40000; fmv.d.x f11, t0; li t0, 0xffffffff3f6cc7c6; fmv.d.x f12, t0; li t0, 0xffffffff00840000; fmv.d.x f13, t0; fsrmi 1; fmadd.s f10, f11, f12, f13
	CHECK_F(313, f10, 0xffffffff35e1ae68)
	CHECK_FLAGS(314, 0x1)
	/* fmadd.s 0xffffffffa8de4987 0xffffffffbf725b9e 0xffffffff801c0000 rm=None frm=1 */
	li t0, 0xffffffffa8de4987; fmv.d.x f11, t0; li t0, 0xffffffffbf725b9e; fmv.d.x f12, t0; li t0, 0xffffffff801c0000; fmv.d.x f13, t0; fsrmi 1; fmadd.s f10, f11, f12, f13
	CHECK_F(315, f10, 0xffffffff28d2710e)
	CHECK_FLAGS(316, 0x1)
	/* fmadd.s 0xffffffff8ef37710 0xffffffff0116c830 0xffffffff00000000 rm=None frm=2 */
	li t0, 0xffffffff8ef37710; fmv.d.x f11, t0; li t0, 0xffffffff0116c830; fmv.d.x f12, t0; li t0, 0xffffffff00000000; fmv.d.x f13, t0; fsrmi 2; fmadd.s f10, f11, f12, f13
	CHECK_F(317, f10, 0xffffffff80000001)
	CHECK_FLAGS(318, 0x3)
	/* fmadd.s 0xffffffff48d79cc7 0xffffffffff500000 0xffffffff00659477 rm=None frm=2 */
	li t0, 0xffffffff48d79cc7; fmv.d.x f11, t0; li t0, 0xffffffffff500000; fmv.d.x f12, t0; li t0, 0xffffffff00659477; fmv.d.x f13, t0; fsrmi 2; fmadd.s f10, f11, f12, f13
	CHECK_F(319, f10, 0xffffffffff800000)
	CHECK_FLAGS(320, 0x5)
	/* fmadd.s 0xffffffffbfec7ed9 0xffffffffbf5a292d 0xffffffff84486431 rm=None frm=2 */
	li t0, 0xffffffffbfec7ed9; fmv.d.x f11, t0; li t0, 0xffffffffbf5a292d; fmv.d.x f12, t0; li t0, 0xffffffff84486431; fmv.d.x f13, t0; fsrmi 2; fmadd.s f10, f11, f12, f13
	CHECK_F(321, f10, 0xffffffff3fc98a0e)
	CHECK_FLAGS(322, 0x1)
	/* fmadd.s 0xffffffffc0140000 0xffffffffb5d625d2 0xffffffffc054a23a rm=None frm=2 */
	li t0, 0xffffffffc0140000; fmv.d.x f11, t0; li t0, 0xffffffffb5d625d2; fmv.d.x f12, t0; li t0, 0xffffffffc054a23a; fmv.d.x f13, t0; fsrmi 2; fmadd.s f10, f11, f12, f13
	CHECK_F(323, f10, 0xffffffffc054a22b)
	CHECK_FLAGS(324, 0x1)
	/* fmadd.s 0xffffffff00ec0000 0xffffffff22580000 0xffffffff7f6c0000 rm=None frm=3 */
	li t0, 0xffffffff00ec0000; fmv.d.x f11, t0; li t0, 0xffffffff22580000; fmv.d.x f12, t0; li t0, 0xffffffff7f6c0000; fmv.d.x f13, t0; fsrmi 3; fmadd.s f10, f11, f12, f13
	CHECK_F(325, f10, 0xffffffff7f6c0001)
	CHECK_FLAGS(326, 0x1)
	/* fmadd.s 0xffffffff35d00000 0xffffffff404c0000 0xffffffff44ec0000 rm=None frm=3 */
	li t0, 0xffffffff35d00000; fmv.d.x f11, t0; li t0, 0xffffffff404c0000; fmv.d.x f12, t0; li t0, 0xffffffff44ec0000; fmv.d.x f13, t0; fsrmi 3; fmadd.s f10, f11, f12, f13
	CHECK_F(327, f10, 0xffffffff44ec0001)
	CHECK_FLAGS(328, 0x1)
	/* fmadd.s 0xffffffff7f619263 0xffffffff3fab86c2 0xffffffff29ecd0f3 rm=None frm=3 */
	li t0, 0xffffffff7f619263; fmv.d.x f11, t0; li t0, 0xffffffff3fab86c2; fmv.d.x f12, t0; li t0, 0xffffffff29ecd0f3; fmv.d.x f13, t0; fsrmi 3; fmadd.s f10, f11, f12, f13
	CHECK_F(329, f10, 0xffffffff7f800000)
	CHECK_FLAGS(330, 0x5)
	/* fmadd.s 0xffffffff005be11e 0xffffffff12200000 0xffffffff801f37b3 rm=None frm=3 */
	li t0, 0xffffffff005be11e; fmv.d.x f11, t0; li t0, 0xffffffff12200000; fmv.d.x f12, t0; li t0, 0xffffffff801f37b3; fmv.d.x f13, t0; fsrmi 3; fmadd.s f10, f11, f12, f13
	CHECK_F(331, f10, 0xffffffff801f37b2)
	CHECK_FLAGS(332, 0x3)
	/* fmadd.s 0xffffffffff2ef77d 0xffffffff7f493f02 0xffffffff016c0000 rm=None frm=4 */
	li t0, 0xffffffffff2ef77d; fmv.d.x f11, t0; li t0, 0xffffffff7f493f02; fmv.d.x f12, t0; li t0, 0xffffffff016c0000; fmv.d.x f13, t0; fsrmi 4; fmadd.s f10, f11, f12, f13
	CHECK_F(333, f10, 0xffffffffff800000)
	CHECK_FLAGS(334, 0x5)
	/* fmadd.s 0xffffffff1b3c0000 0xffffffff3f180000 0xffffffffc0680000 rm=None frm=4 */
	li t0, 0xffffffff1b3c0000; fmv.d.x f11, t0; li t0, 0xffffffff3f180000; fmv.d.x f12, t0; li t0, 0xffffffffc0680000; fmv.d.x f13, t0; fsrmi 4; fmadd.s f10, f11, f12, f13
	CHECK_F(335, f10, 0xffffffffc0680000)
	CHECK_FLAGS(336, 0x1)
	/* fmadd.s 0xffffffff3f0da15c 0xffffffff17700000 0xffffffff0135986a rm=None frm=4 */
	li t0, 0xffffffff3f0da15c; fmv.d.x f11, t0; li t0, 0xffffffff17700000; fmv.d.x f12, t0; li t0, 0xffffffff0135986a; fmv.d.x f13, t0; fsrmi 4; fmadd.s f10, f11, f12, f13
	CHECK_F(337, f10, 0xffffffff1704c746)
	CHECK_FLAGS(338, 0x1)
	/* fmadd.s 0xffffffffc00f64cf 0xffffffff3fba08bc 0xffffffff80ebc25b rm=None frm=4 */
	li t0, 0xffffffffc00f64cf; fmv.d.x f11, t0; li t0, 0xffffffff3fba08bc; fmv.d.x f12, t0; li t0, 0xffffffff80ebc25b; fmv.d.x f13, t0; fsrmi 4; fmadd.s f10, f11, f12, f13
	CHECK_F(339, f10, 0xffffffffc0506846)
	CHECK_FLAGS(340, 0x1)
	/* fmsub.s 0xffffffff40200000 0xffffffff7f800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; li t0, 0xffffffffc0200000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(341, f10, 0xffffffff7f800000)
	CHECK_FLAGS(342, 0x0)
	/* fmsub.s 0xffffffffbf800000 0xffffffff3f800000 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(343, f10, 0xffffffffc0000000)
	CHECK_FLAGS(344, 0x0)
	/* fmsub.s 0xffffffff7f800000 0xffffffff7f800001 0xffffffff7fc00000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800001; fmv.d.x f12, t0; li t0, 0xffffffff7fc00000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(345, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(346, 0x10)
	/* fmsub.s 0xffffffff7f800001 0xffffffff7f7fffff 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; li t0, 0xffffffffbf800000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(347, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(348, 0x10)
	/* fmsub.s 0xffffffff00000000 0xffffffff80000000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff80000000; fmv.d.x f12, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(349, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(350, 0x0)
	/* fmsub.s 0xffffffff3f800000 0xffffffff40200000 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff40200000; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(351, f10, 0xffffffff3fc00000)
	CHECK_FLAGS(352, 0x0)
	/* fmsub.s 0xffffffff40200000 0xffffffffbf800000 0xffffffff7f800001 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffff7f800001; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(353, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(354, 0x10)
	/* fmsub.s 0xffffffff7f800000 0x7fc0000000000000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; li t0, 0x7fc0000000000000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(355, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(356, 0x0)
	/* fmsub.s 0xffffffff7f800000 0xffffffff7f800001 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800001; fmv.d.x f12, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(357, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(358, 0x10)
	/* fmsub.s 0xffffffff3fc00000 0xffffffff3f800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0x7fc0000000000000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(359, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(360, 0x0)
	/* fmsub.s 0xffffffffbf000000 0xffffffff80000000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff80000000; fmv.d.x f12, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(361, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(362, 0x0)
	/* fmsub.s 0xffffffffffc12345 0xffffffffbf800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffffc0200000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(363, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(364, 0x0)
	/* fmsub.s 0xffffffff7f7fffff 0xffffffffbf000000 0xffffffff7fc00000 rm=rne frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffffbf000000; fmv.d.x f12, t0; li t0, 0xffffffff7fc00000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(365, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(366, 0x0)
	/* fmsub.s 0xffffffff80000000 0xffffffffc0200000 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; li t0, 0xffffffffbf000000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(367, f10, 0xffffffff3f000000)
	CHECK_FLAGS(368, 0x0)
	/* fmsub.s 0xffffffffffc12345 0xffffffffff800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; li t0, 0xffffffffc0200000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(369, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(370, 0x0)
	/* fmsub.s 0xffffffffbf000000 0xffffffff80000000 0xffffffff3fc00000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff80000000; fmv.d.x f12, t0; li t0, 0xffffffff3fc00000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(371, f10, 0xffffffffbfc00000)
	CHECK_FLAGS(372, 0x0)
	/* fmsub.s 0xffffffff7f800001 0xffffffffbf800000 0xffffffff80000000 rm=rne frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffff80000000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(373, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(374, 0x10)
	/* fmsub.s 0xffffffff3f800000 0xffffffffffc12345 0xffffffff80000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; li t0, 0xffffffff80000000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(375, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(376, 0x0)
	/* fmsub.s 0xffffffff3f800000 0xffffffff80000000 0xffffffff7fc00000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff80000000; fmv.d.x f12, t0; li t0, 0xffffffff7fc00000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(377, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(378, 0x0)
	/* fmsub.s 0xffffffff3f800000 0xffffffff3f000000 0xffffffff80000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; li t0, 0xffffffff80000000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(379, f10, 0xffffffff3f000000)
	CHECK_FLAGS(380, 0x0)
	/* fmsub.s 0xffffffffbf000000 0xffffffffbf800000 0xffffffff7f800000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffff7f800000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(381, f10, 0xffffffffff800000)
	CHECK_FLAGS(382, 0x0)
	/* fmsub.s 0xffffffff7fc00000 0xffffffff80000000 0xffffffff7fc00000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff80000000; fmv.d.x f12, t0; li t0, 0xffffffff7fc00000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(383, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(384, 0x0)
	/* fmsub.s 0xffffffff7f800001 0xffffffff3f800000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffffffc12345; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(385, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(386, 0x10)
	/* fmsub.s 0xffffffffbf000000 0xffffffff7f800001 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800001; fmv.d.x f12, t0; li t0, 0xffffffff3f000000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(387, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(388, 0x10)
	/* fmsub.s 0xffffffffffc12345 0xffffffff3f800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(389, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(390, 0x0)
	/* fmsub.s 0xffffffff40200000 0xffffffffffc12345 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; li t0, 0xffffffffc0200000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(391, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(392, 0x0)
	/* fmsub.s 0x7fc0000000000000 0xffffffffbf800000 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(393, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(394, 0x0)
	/* fmsub.s 0xffffffff80000000 0xffffffff7f800001 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800001; fmv.d.x f12, t0; li t0, 0xffffffffbf000000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(395, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(396, 0x10)
	/* fmsub.s 0xffffffff00000000 0xffffffff3f000000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(397, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(398, 0x0)
	/* fmsub.s 0xffffffff3f800000 0xffffffff3f000000 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; li t0, 0xffffffff40200000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(399, f10, 0xffffffffc0000000)
	CHECK_FLAGS(400, 0x0)
	/* fmsub.s 0xffffffff3f800000 0xffffffffffc12345 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; li t0, 0x7fc0000000000000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(401, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(402, 0x0)
	/* fmsub.s 0xffffffff3f000000 0xffffffff7f800001 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800001; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(403, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(404, 0x10)
	/* fmsub.s 0xffffffffbf000000 0xffffffff7f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; li t0, 0xffffffff00000000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(405, f10, 0xffffffffff800000)
	CHECK_FLAGS(406, 0x0)
	/* fmsub.s 0xffffffffbf800000 0xffffffff40200000 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff40200000; fmv.d.x f12, t0; li t0, 0xffffffffbf000000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(407, f10, 0xffffffffc0000000)
	CHECK_FLAGS(408, 0x0)
	/* fmsub.s 0xffffffffc0200000 0xffffffff80000000 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff80000000; fmv.d.x f12, t0; li t0, 0xffffffffbf000000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(409, f10, 0xffffffff3f000000)
	CHECK_FLAGS(410, 0x0)
	/* fmsub.s 0xffffffff7fc00000 0x7fc0000000000000 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; li t0, 0xffffffff40200000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(411, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(412, 0x0)
	/* fmsub.s 0xffffffff7f800001 0xffffffff3f800000 0xffffffff7fc00000 rm=rne frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffff7fc00000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(413, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(414, 0x10)
	/* fmsub.s 0x7fc0000000000000 0x7fc0000000000000 0xffffffff7fc00000 rm=rne frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; li t0, 0xffffffff7fc00000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(415, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(416, 0x0)
	/* fmsub.s 0xffffffff7f7fffff 0xffffffffbf000000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffffbf000000; fmv.d.x f12, t0; li t0, 0xffffffffbf800000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(417, f10, 0xfffffffffeffffff)
	CHECK_FLAGS(418, 0x1)
	/* fmsub.s 0xffffffffbf800000 0x7fc0000000000000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; li t0, 0x7fc0000000000000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(419, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(420, 0x0)
	/* fmsub.s 0xffffffff7f800000 0xffffffffbf000000 0xffffffff7f800001 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf000000; fmv.d.x f12, t0; li t0, 0xffffffff7f800001; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(421, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(422, 0x10)
	/* fmsub.s 0xffffffffffc12345 0x7fc0000000000000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(423, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(424, 0x0)
	/* fmsub.s 0xffffffff7f7fffff 0xffffffff3f000000 0xffffffff7f800000 rm=rne frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; li t0, 0xffffffff7f800000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(425, f10, 0xffffffffff800000)
	CHECK_FLAGS(426, 0x0)
	/* fmsub.s 0xffffffff00000000 0xffffffffff800000 0xffffffff7f800001 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; li t0, 0xffffffff7f800001; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(427, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(428, 0x10)
	/* fmsub.s 0xffffffff7f800000 0xffffffffbf000000 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf000000; fmv.d.x f12, t0; li t0, 0xffffffff40200000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(429, f10, 0xffffffffff800000)
	CHECK_FLAGS(430, 0x0)
	/* fmsub.s 0xffffffff3fc00000 0xffffffff7f800000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; li t0, 0xffffffffffc12345; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(431, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(432, 0x0)
	/* fmsub.s 0xffffffff3fc00000 0xffffffff80000000 0xffffffff7f800000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff80000000; fmv.d.x f12, t0; li t0, 0xffffffff7f800000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(433, f10, 0xffffffffff800000)
	CHECK_FLAGS(434, 0x0)
	/* fmsub.s 0xffffffffbf800000 0x7fc0000000000000 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; li t0, 0xffffffffbf000000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(435, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(436, 0x0)
	/* fmsub.s 0xffffffff40200000 0xffffffff3f800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(437, f10, 0xffffffff7f800000)
	CHECK_FLAGS(438, 0x0)
	/* fmsub.s 0xffffffff3fc00000 0xffffffff7f7fffff 0xffffffff7f800001 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; li t0, 0xffffffff7f800001; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(439, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(440, 0x10)
	/* fmsub.s 0xffffffff3f000000 0xffffffffbf800000 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffffbf000000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(441, f10, 0xffffffff00000000)
	CHECK_FLAGS(442, 0x0)
	/* fmsub.s 0xffffffff40200000 0xffffffff7f800001 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; li t0, 0xffffffff7f800001; fmv.d.x f12, t0; li t0, 0xffffffff40200000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(443, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(444, 0x10)
	/* fmsub.s 0xffffffff7f7fffff 0xffffffff7f800001 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800001; fmv.d.x f12, t0; li t0, 0xffffffff3f000000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(445, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(446, 0x10)
	/* fmsub.s 0xffffffff3f000000 0xffffffff7f800001 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800001; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(447, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(448, 0x10)
	/* fmsub.s 0xffffffffc0200000 0xffffffffff800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(449, f10, 0xffffffff7f800000)
	CHECK_FLAGS(450, 0x0)
	/* fmsub.s 0xffffffff7f7fffff 0xffffffff3f800000 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(451, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(452, 0x1)
	/* fmsub.s 0xffffffffbf800000 0xffffffffbf800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(453, f10, 0xffffffff7f800000)
	CHECK_FLAGS(454, 0x0)
	/* fmsub.s 0xffffffffffc12345 0xffffffffffc12345 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; li t0, 0xffffffff00000000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(455, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(456, 0x0)
	/* fmsub.s 0xffffffffc0200000 0xffffffff80000000 0xffffffff7f800000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff80000000; fmv.d.x f12, t0; li t0, 0xffffffff7f800000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(457, f10, 0xffffffffff800000)
	CHECK_FLAGS(458, 0x0)
	/* fmsub.s 0xffffffffbf800000 0xffffffffc0200000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(459, f10, 0xffffffff7f800000)
	CHECK_FLAGS(460, 0x0)
	/* fmsub.s 0xffffffff1d170aff 0xffffffffc058d203 0xffffffff850c0000 rm=rne frm=None */
	li t0, 0xffffffff1d170aff; fmv.d.x f11, t0; li t0, 0xffffffffc058d203; fmv.d.x f12, t0; li t0, 0xffffffff850c0000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(461, f10, 0xffffffff9dffda60)
	CHECK_FLAGS(462, 0x1)
	/* fmsub.s 0xffffffff0b9927c0 0xffffffff3ff2351d 0xffffffff801c0000 rm=rne frm=None */
	li t0, 0xffffffff0b9927c0; fmv.d.x f11, t0; li t0, 0xffffffff3ff2351d; fmv.d.x f12, t0; li t0, 0xffffffff801c0000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(463, f10, 0xffffffff0c10e75a)
	CHECK_FLAGS(464, 0x1)
	/* fmsub.s 0xffffffff95714b0a 0xffffffff8602831a 0xffffffff00b90b33 rm=rne frm=None */
	li t0, 0xffffffff95714b0a; fmv.d.x f11, t0; li t0, 0xffffffff8602831a; fmv.d.x f12, t0; li t0, 0xffffffff00b90b33; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(465, f10, 0xffffffff80b90b33)
	CHECK_FLAGS(466, 0x1)
	/* fmsub.s 0xffffffff35e301bc 0xffffffff017d0dad 0xffffffff35bba742 rm=rne frm=None */
	li t0, 0xffffffff35e301bc; fmv.d.x f11, t0; li t0, 0xffffffff017d0dad; fmv.d.x f12, t0; li t0, 0xffffffff35bba742; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(467, f10, 0xffffffffb5bba742)
	CHECK_FLAGS(468, 0x1)
	/* fmsub.s 0xffffffffbfc38741 0xffffffff40640000 0xffffffffbf0e0f44 rm=rne frm=None */
	li t0, 0xffffffffbfc38741; fmv.d.x f11, t0; li t0, 0xffffffff40640000; fmv.d.x f12, t0; li t0, 0xffffffffbf0e0f44; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(469, f10, 0xffffffffc09c628d)
	CHECK_FLAGS(470, 0x1)
	/* fmsub.s 0xffffffffff180000 0xffffffff9ed97c3a 0xffffffff012e6f73 rm=rne frm=None */
	li t0, 0xffffffffff180000; fmv.d.x f11, t0; li t0, 0xffffffff9ed97c3a; fmv.d.x f12, t0; li t0, 0xffffffff012e6f73; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(471, f10, 0xffffffff5e8121c2)
	CHECK_FLAGS(472, 0x1)
	/* fmsub.s 0xffffffff3fe323e6 0xffffffffb5f0c245 0xffffffffc03bb99a rm=rne frm=None */
	li t0, 0xffffffff3fe323e6; fmv.d.x f11, t0; li t0, 0xffffffffb5f0c245; fmv.d.x f12, t0; li t0, 0xffffffffc03bb99a; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(473, f10, 0xffffffff403bb98d)
	CHECK_FLAGS(474, 0x1)
	/* fmsub.s 0xffffffff49937ebc 0xffffffff016c0000 0xffffffffc0506e3a rm=rne frm=None */
	li t0, 0xffffffff49937ebc; fmv.d.x f11, t0; li t0, 0xffffffff016c0000; fmv.d.x f12, t0; li t0, 0xffffffffc0506e3a; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(475, f10, 0xffffffff40506e3a)
	CHECK_FLAGS(476, 0x1)
	/* fmsub.s 0xffffffff003eeaa4 0xffffffff7f1e7901 0xffffffff7f078440 rm=rne frm=None */
	li t0, 0xffffffff003eeaa4; fmv.d.x f11, t0; li t0, 0xffffffff7f1e7901; fmv.d.x f12, t0; li t0, 0xffffffff7f078440; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(477, f10, 0xffffffffff078440)
	CHECK_FLAGS(478, 0x1)
	/* fmsub.s 0xffffffffb59f32c8 0xffffffff7f64527e 0xffffffff35980000 rm=rne frm=None */
	li t0, 0xffffffffb59f32c8; fmv.d.x f11, t0; li t0, 0xffffffff7f64527e; fmv.d.x f12, t0; li t0, 0xffffffff35980000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(479, f10, 0xfffffffff58dfc87)
	CHECK_FLAGS(480, 0x1)
	/* fmsub.s 0xffffffff21800000 0xffffffff35ca233f 0xffffffff49c00000 rm=rne frm=None */
	li t0, 0xffffffff21800000; fmv.d.x f11, t0; li t0, 0xffffffff35ca233f; fmv.d.x f12, t0; li t0, 0xffffffff49c00000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(481, f10, 0xffffffffc9c00000)
	CHECK_FLAGS(482, 0x1)
	/* fmsub.s 0xffffffffff3c9df9 0xffffffff816c98c2 0xffffffff3f1e7336 rm=rne frm=None */
	li t0, 0xffffffffff3c9df9; fmv.d.x f11, t0; li t0, 0xffffffff816c98c2; fmv.d.x f12, t0; li t0, 0xffffffff3f1e7336; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(483, f10, 0xffffffff41246afb)
	CHECK_FLAGS(484, 0x1)
	/* fmsub.s 0xffffffffbfc971c8 0xffffffff01380000 0xffffffffbfc971c8 rm=rne frm=None */
	li t0, 0xffffffffbfc971c8; fmv.d.x f11, t0; li t0, 0xffffffff01380000; fmv.d.x f12, t0; li t0, 0xffffffffbfc971c8; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(485, f10, 0xffffffff3fc971c8)
	CHECK_FLAGS(486, 0x1)
	/* fmsub.s 0xffffffff3fc80000 0xffffffff9497638d 0xffffffff3fc80000 rm=rne frm=None */
	li t0, 0xffffffff3fc80000; fmv.d.x f11, t0; li t0, 0xffffffff9497638d; fmv.d.x f12, t0; li t0, 0xffffffff3fc80000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(487, f10, 0xffffffffbfc80000)
	CHECK_FLAGS(488, 0x1)
	/* fmsub.s 0xffffffff3fb00000 0xffffffffbf100000 0xffffffff3fb00000 rm=rne frm=None */
	li t0, 0xffffffff3fb00000; fmv.d.x f11, t0; li t0, 0xffffffffbf100000; fmv.d.x f12, t0; li t0, 0xffffffff3fb00000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(489, f10, 0xffffffffc0098000)
	CHECK_FLAGS(490, 0x0)
	/* fmsub.s 0xffffffff00c00000 0xffffffffbfbc0000 0xffffffff00c00000 rm=rne frm=None */
	li t0, 0xffffffff00c00000; fmv.d.x f11, t0; li t0, 0xffffffffbfbc0000; fmv.d.x f12, t0; li t0, 0xffffffff00c00000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(491, f10, 0xffffffff816d0000)
	CHECK_FLAGS(492, 0x0)
	/* fmsub.s 0xffffffff7f600000 0xffffffff49940000 0xffffffff7f600000 rm=rne frm=None */
	li t0, 0xffffffff7f600000; fmv.d.x f11, t0; li t0, 0xffffffff49940000; fmv.d.x f12, t0; li t0, 0xffffffff7f600000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(493, f10, 0xffffffff7f800000)
	CHECK_FLAGS(494, 0x5)
	/* fmsub.s 0xffffffff32ac12e8 0xffffffff8013fc4c 0xffffffff32ac12e8 rm=rne frm=None */
	li t0, 0xffffffff32ac12e8; fmv.d.x f11, t0; li t0, 0xffffffff8013fc4c; fmv.d.x f12, t0; li t0, 0xffffffff32ac12e8; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(495, f10, 0xffffffffb2ac12e8)
	CHECK_FLAGS(496, 0x1)
	/* fmsub.s 0xffffffffb5f80000 0xffffffffc01b0d82 0xffffffff3fe00000 rm=rtz frm=None */
	li t0, 0xffffffffb5f80000; fmv.d.x f11, t0; li t0, 0xffffffffc01b0d82; fmv.d.x f12, t0; li t0, 0xffffffff3fe00000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rtz
	CHECK_F(497, f10, 0xffffffffbfdfffda)
	CHECK_FLAGS(498, 0x1)
	/* fmsub.s 0xffffffff35ddbdd2 0xffffffffb5e00000 0xffffffff1f65b5b1 rm=rtz frm=None */
	li t0, 0xffffffff35ddbdd2; fmv.d.x f11, t0; li t0, 0xffffffffb5e00000; fmv.d.x f12, t0; li t0, 0xffffffff1f65b5b1; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rtz
	CHECK_F(499, f10, 0xffffffffac420617)
	CHECK_FLAGS(500, 0x1)
	/* fmsub.s 0xffffffff010c0000 0xffffffff40740000 0xffffffff93c56cae rm=rtz frm=None */
	li t0, 0xffffffff010c0000; fmv.d.x f11, t0; li t0, 0xffffffff40740000; fmv.d.x f12, t0; li t0, 0xffffffff93c56cae; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rtz
	CHECK_F(501, f10, 0xffffffff13c56cae)
	CHECK_FLAGS(502, 0x1)
	/* fmsub.s 0xffffffff49cc42ec 0xffffffff568a8889 0xffffffff7f025a2d rm=rtz frm=None */
	li t0, 0xffffffff49cc42ec; fmv.d.x f11, t0; li t0, 0xffffffff568a8889; fmv.d.x f12, t0; li t0, 0xffffffff7f025a2d; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rtz
	CHECK_F(503, f10, 0xffffffffff025a2c)
	CHECK_FLAGS(504, 0x1)
	/* fmsub.s 0xffffffff43906b0d 0xffffffff7f41700d 0xffffffff8109e44b rm=rtz frm=None */
	li t0, 0xffffffff43906b0d; fmv.d.x f11, t0; li t0, 0xffffffff7f41700d; fmv.d.x f12, t0; li t0, 0xffffffff8109e44b; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rtz
	CHECK_F(505, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(506, 0x5)
	/* fmsub.s 0xffffffff00100000 0xffffffff7f7c9745 0xffffffff00cb69eb rm=rtz frm=None */
	li t0, 0xffffffff00100000; fmv.d.x f11, t0; li t0, 0xffffffff7f7c9745; fmv.d.x f12, t0; li t0, 0xffffffff00cb69eb; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rtz
	CHECK_F(507, f10, 0xffffffff3efc9744)
	CHECK_FLAGS(508, 0x1)
	/* fmsub.s 0xffffffff00ac0000 0xffffffffbf80d4bf 0xffffffff00240000 rm=rtz frm=None */
	li t0, 0xffffffff00ac0000; fmv.d.x f11, t0; li t0, 0xffffffffbf80d4bf; fmv.d.x f12, t0; li t0, 0xffffffff00240000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rtz
	CHECK_F(509, f10, 0xffffffff80d11de0)
	CHECK_FLAGS(510, 0x1)
	/* fmsub.s 0xffffffff3a600000 0xffffffffc6180000 0xffffffffc9f00000 rm=rtz frm=None */
	li t0, 0xffffffff3a600000; fmv.d.x f11, t0; li t0, 0xffffffffc6180000; fmv.d.x f12, t0; li t0, 0xffffffffc9f00000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rtz
	CHECK_F(511, f10, 0xffffffff49efffbd)
	CHECK_FLAGS(512, 0x1)
	/* fmsub.s 0xffffffff3f300000 0xffffffffbf86cd8b 0xffffffff4c7fbe2d rm=rtz frm=None */
	li t0, 0xffffffff3f300000; fmv.d.x f11, t0; li t0, 0xffffffffbf86cd8b; fmv.d.x f12, t0; li t0, 0xffffffff4c7fbe2d; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rtz
	CHECK_F(513, f10, 0xffffffffcc7fbe2d)
	CHECK_FLAGS(514, 0x1)
	/* fmsub.s 0xffffffffbf407dca 0xffffffff3f4ed6f6 0xffffffffc5f9696a rm=rtz frm=None */
	li t0, 0xffffffffbf407dca; fmv.d.x f11, t0; li t0, 0xffffffff3f4ed6f6; fmv.d.x f12, t0; li t0, 0xffffffffc5f9696a; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rtz
	CHECK_F(515, f10, 0xffffffff45f9648d)
	CHECK_FLAGS(516, 0x1)
	/* fmsub.s 0xffffffffff07f370 0xffffffff53f28680 0xffffffff35b44b02 rm=rtz frm=None */
	li t0, 0xffffffffff07f370; fmv.d.x f11, t0; li t0, 0xffffffff53f28680; fmv.d.x f12, t0; li t0, 0xffffffff35b44b02; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rtz
	CHECK_F(517, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(518, 0x5)
	/* fmsub.s 0xffffffffbf304178 0xffffffff00454861 0xffffffffc9d081e4 rm=rtz frm=None */
	li t0, 0xffffffffbf304178; fmv.d.x f11, t0; li t0, 0xffffffff00454861; fmv.d.x f12, t0; li t0, 0xffffffffc9d081e4; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rtz
	CHECK_F(519, f10, 0xffffffff49d081e3)
	CHECK_FLAGS(520, 0x1)
	/* fmsub.s 0xffffffff40728e6b 0xffffffff943c0000 0xffffffff40728e6b rm=rtz frm=None */
	li t0, 0xffffffff40728e6b; fmv.d.x f11, t0; li t0, 0xffffffff943c0000; fmv.d.x f12, t0; li t0, 0xffffffff40728e6b; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rtz
	CHECK_F(521, f10, 0xffffffffc0728e6b)
	CHECK_FLAGS(522, 0x1)
	/* fmsub.s 0xffffffff3d6c0000 0xffffffff89f33747 0xffffffff3d6c0000 rm=rtz frm=None */
	li t0, 0xffffffff3d6c0000; fmv.d.x f11, t0; li t0, 0xffffffff89f33747; fmv.d.x f12, t0; li t0, 0xffffffff3d6c0000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rtz
	CHECK_F(523, f10, 0xffffffffbd6c0000)
	CHECK_FLAGS(524, 0x1)
	/* fmsub.s 0xffffffff81200000 0xffffffff0cdc0000 0xffffffff81200000 rm=rtz frm=None */
	li t0, 0xffffffff81200000; fmv.d.x f11, t0; li t0, 0xffffffff0cdc0000; fmv.d.x f12, t0; li t0, 0xffffffff81200000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rtz
	CHECK_F(525, f10, 0xffffffff011fffff)
	CHECK_FLAGS(526, 0x1)
	/* fmsub.s 0xffffffff81182e5a 0xffffffffb591f2ab 0xffffffff81182e5a rm=rtz frm=None */
	li t0, 0xffffffff81182e5a; fmv.d.x f11, t0; li t0, 0xffffffffb591f2ab; fmv.d.x f12, t0; li t0, 0xffffffff81182e5a; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rtz
	CHECK_F(527, f10, 0xffffffff01182e64)
	CHECK_FLAGS(528, 0x1)
	/* fmsub.s 0xffffffff00d84f4a 0xffffffffff790809 0xffffffff00d84f4a rm=rtz frm=None */
	li t0, 0xffffffff00d84f4a; fmv.d.x f11, t0; li t0, 0xffffffffff790809; fmv.d.x f12, t0; li t0, 0xffffffff00d84f4a; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rtz
	CHECK_F(529, f10, 0xffffffffc0d26be9)
	CHECK_FLAGS(530, 0x1)
	/* fmsub.s 0xffffffff004c0000 0xffffffffbf980000 0xffffffff004c0000 rm=rtz frm=None */
	li t0, 0xffffffff004c0000; fmv.d.x f11, t0; li t0, 0xffffffffbf980000; fmv.d.x f12, t0; li t0, 0xffffffff004c0000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rtz
	CHECK_F(531, f10, 0xffffffff80a64000)
	CHECK_FLAGS(532, 0x0)
	/* fmsub.s 0xffffffffbf9a9ea0 0xffffffff400fee4c 0xffffffff8094e2b5 rm=rdn frm=None */
	li t0, 0xffffffffbf9a9ea0; fmv.d.x f11, t0; li t0, 0xffffffff400fee4c; fmv.d.x f12, t0; li t0, 0xffffffff8094e2b5; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rdn
	CHECK_F(533, f10, 0xffffffffc02ddd12)
	CHECK_FLAGS(534, 0x1)
	/* fmsub.s 0xffffffffff7316a2 0xffffffff406c0000 0xffffffffc068fc3d rm=rdn frm=None */
	li t0, 0xffffffffff7316a2; fmv.d.x f11, t0; li t0, 0xffffffff406c0000; fmv.d.x f12, t0; li t0, 0xffffffffc068fc3d; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rdn
	CHECK_F(535, f10, 0xffffffffff800000)
	CHECK_FLAGS(536, 0x5)
	/* fmsub.s 0xffffffffc0240fdb 0xffffffffb5ac321b 0xffffffff81254f6a rm=rdn frm=None */
	li t0, 0xffffffffc0240fdb; fmv.d.x f11, t0; li t0, 0xffffffffb5ac321b; fmv.d.x f12, t0; li t0, 0xffffffff81254f6a; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rdn
	CHECK_F(537, f10, 0xffffffff365cb587)
	CHECK_FLAGS(538, 0x1)
	/* fmsub.s 0xffffffff805eb975 0xffffffff3f30f932 0xffffffffc9de123b rm=rdn frm=None */
	li t0, 0xffffffff805eb975; fmv.d.x f11, t0; li t0, 0xffffffff3f30f932; fmv.d.x f12, t0; li t0, 0xffffffffc9de123b; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rdn
	CHECK_F(539, f10, 0xffffffff49de123a)
	CHECK_FLAGS(540, 0x1)
	/* fmsub.s 0xffffffffcd7c0000 0xffffffff3f553d53 0xffffffff0096a234 rm=rdn frm=None */
	li t0, 0xffffffffcd7c0000; fmv.d.x f11, t0; li t0, 0xffffffff3f553d53; fmv.d.x f12, t0; li t0, 0xffffffff0096a234; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rdn
	CHECK_F(541, f10, 0xffffffffcd51e85e)
	CHECK_FLAGS(542, 0x1)
	/* fmsub.s 0xffffffffb5f00000 0xffffffff49940000 0xffffffffbf480000 rm=rdn frm=None */
	li t0, 0xffffffffb5f00000; fmv.d.x f11, t0; li t0, 0xffffffff49940000; fmv.d.x f12, t0; li t0, 0xffffffffbf480000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rdn
	CHECK_F(543, f10, 0xffffffffbfb18000)
	CHECK_FLAGS(544, 0x0)
	/* fmsub.s 0xffffffff4ca40000 0xffffffff93bad10f 0xffffffffc06c0000 rm=rdn frm=None */
	li t0, 0xffffffff4ca40000; fmv.d.x f11, t0; li t0, 0xffffffff93bad10f; fmv.d.x f12, t0; li t0, 0xffffffffc06c0000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rdn
	CHECK_F(545, f10, 0xffffffff406bffff)
	CHECK_FLAGS(546, 0x1)
	/* fmsub.s 0xffffffff00365ed4 0xffffffff499a2f39 0xffffffffc9ec0000 rm=rdn frm=None */
	li t0, 0xffffffff00365ed4; fmv.d.x f11, t0; li t0, 0xffffffff499a2f39; fmv.d.x f12, t0; li t0, 0xffffffffc9ec0000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rdn
	CHECK_F(547, f10, 0xffffffff49ec0000)
	CHECK_FLAGS(548, 0x1)
	/* fmsub.s 0xffffffff3f0e451b 0xffffffff0f9911cb 0xffffffffd67c0000 rm=rdn frm=None */
	li t0, 0xffffffff3f0e451b; fmv.d.x f11, t0; li t0, 0xffffffff0f9911cb; fmv.d.x f12, t0; li t0, 0xffffffffd67c0000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rdn
	CHECK_F(549, f10, 0xffffffff567c0000)
	CHECK_FLAGS(550, 0x1)
	/* fmsub.s 0xffffffff0094452a 0xffffffff49b0615e 0xffffffff00ca474f rm=rdn frm=None */
	li t0, 0xffffffff0094452a; fmv.d.x f11, t0; li t0, 0xffffffff49b0615e; fmv.d.x f12, t0; li t0, 0xffffffff00ca474f; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rdn
	CHECK_F(551, f10, 0xffffffff0acc4fd6)
	CHECK_FLAGS(552, 0x1)
	/* fmsub.s 0xffffffffbf0c0000 0xffffffffbf1b4329 0xffffffff7f246c8a rm=rdn frm=None */
	li t0, 0xffffffffbf0c0000; fmv.d.x f11, t0; li t0, 0xffffffffbf1b4329; fmv.d.x f12, t0; li t0, 0xffffffff7f246c8a; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rdn
	CHECK_F(553, f10, 0xffffffffff246c8a)
	CHECK_FLAGS(554, 0x1)
	/* fmsub.s 0xffffffffff7b80ea 0xffffffff498ca991 0xffffffff49cbd569 rm=rdn frm=None */
	li t0, 0xffffffffff7b80ea; fmv.d.x f11, t0; li t0, 0xffffffff498ca991; fmv.d.x f12, t0; li t0, 0xffffffff49cbd569; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rdn
	CHECK_F(555, f10, 0xffffffffff800000)
	CHECK_FLAGS(556, 0x5)
	/* fmsub.s 0xffffffffc9900000 0xffffffff3ff40000 0xffffffffc9900000 rm=rdn frm=None */
	li t0, 0xffffffffc9900000; fmv.d.x f11, t0; li t0, 0xffffffff3ff40000; fmv.d.x f12, t0; li t0, 0xffffffffc9900000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rdn
	CHECK_F(557, f10, 0xffffffffc9828000)
	CHECK_FLAGS(558, 0x0)
	/* fmsub.s 0xffffffff00ce7a9e 0xffffffff87199bdf 0xffffffff00ce7a9e rm=rdn frm=None */
	li t0, 0xffffffff00ce7a9e; fmv.d.x f11, t0; li t0, 0xffffffff87199bdf; fmv.d.x f12, t0; li t0, 0xffffffff00ce7a9e; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rdn
	CHECK_F(559, f10, 0xffffffff80ce7a9f)
	CHECK_FLAGS(560, 0x1)
	/* fmsub.s 0xffffffff7f49f656 0xffffffffb5ec282e 0xffffffff7f49f656 rm=rdn frm=None */
	li t0, 0xffffffff7f49f656; fmv.d.x f11, t0; li t0, 0xffffffffb5ec282e; fmv.d.x f12, t0; li t0, 0xffffffff7f49f656; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rdn
	CHECK_F(561, f10, 0xffffffffff49f66e)
	CHECK_FLAGS(562, 0x1)
	/* fmsub.s 0xffffffff49a1a73c 0xffffffffb5800000 0xffffffff49a1a73c rm=rdn frm=None */
	li t0, 0xffffffff49a1a73c; fmv.d.x f11, t0; li t0, 0xffffffffb5800000; fmv.d.x f12, t0; li t0, 0xffffffff49a1a73c; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rdn
	CHECK_F(563, f10, 0xffffffffc9a1a747)
	CHECK_FLAGS(564, 0x1)
	/* fmsub.s 0xffffffff17532303 0xffffffff80f1b346 0xffffffff17532303 rm=rdn frm=None */
	li t0, 0xffffffff17532303; fmv.d.x f11, t0; li t0, 0xffffffff80f1b346; fmv.d.x f12, t0; li t0, 0xffffffff17532303; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rdn
	CHECK_F(565, f10, 0xffffffff97532304)
	CHECK_FLAGS(566, 0x1)
	/* fmsub.s 0xffffffffc52edc53 0xffffffff856acb5b 0xffffffffc52edc53 rm=rdn frm=None */
	li t0, 0xffffffffc52edc53; fmv.d.x f11, t0; li t0, 0xffffffff856acb5b; fmv.d.x f12, t0; li t0, 0xffffffffc52edc53; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rdn
	CHECK_F(567, f10, 0xffffffff452edc53)
	CHECK_FLAGS(568, 0x1)
	/* fmsub.s 0xffffffff01487fa1 0xffffffff7f4c0000 0xffffffff00ea73ef rm=rup frm=None */
	li t0, 0xffffffff01487fa1; fmv.d.x f11, t0; li t0, 0xffffffff7f4c0000; fmv.d.x f12, t0; li t0, 0xffffffff00ea73ef; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rup
	CHECK_F(569, f10, 0xffffffff411fc5b5)
	CHECK_FLAGS(570, 0x1)
	/* fmsub.s 0xffffffffbfda85e2 0xffffffff00862a27 0xffffffff3fc00000 rm=rup frm=None */
	li t0, 0xffffffffbfda85e2; fmv.d.x f11, t0; li t0, 0xffffffff00862a27; fmv.d.x f12, t0; li t0, 0xffffffff3fc00000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rup
	CHECK_F(571, f10, 0xffffffffbfc00000)
	CHECK_FLAGS(572, 0x1)
	/* fmsub.s 0xffffffffb5e977b1 0xffffffff7f5f5b5e 0xffffffff3fc9ccb5 rm=rup frm=None */
	li t0, 0xffffffffb5e977b1; fmv.d.x f11, t0; li t0, 0xffffffff7f5f5b5e; fmv.d.x f12, t0; li t0, 0xffffffff3fc9ccb5; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rup
	CHECK_F(573, f10, 0xfffffffff5cbb296)
	CHECK_FLAGS(574, 0x1)
	/* fmsub.s 0xffffffff003c2403 0xffffffff009fe443 0xffffffff80087981 rm=rup frm=None */
	li t0, 0xffffffff003c2403; fmv.d.x f11, t0; li t0, 0xffffffff009fe443; fmv.d.x f12, t0; li t0, 0xffffffff80087981; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rup
	CHECK_F(575, f10, 0xffffffff00087982)
	CHECK_FLAGS(576, 0x3)
	/* fmsub.s 0xffffffff3f480000 0xffffffff35f42afe 0xffffffffa9c5bfd3 rm=rup frm=None */
	li t0, 0xffffffff3f480000; fmv.d.x f11, t0; li t0, 0xffffffff35f42afe; fmv.d.x f12, t0; li t0, 0xffffffffa9c5bfd3; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rup
	CHECK_F(577, f10, 0xffffffff35bec198)
	CHECK_FLAGS(578, 0x1)
	/* fmsub.s 0xffffffff35f80000 0xffffffff82ef049d 0xffffffff0c140000 rm=rup frm=None */
	li t0, 0xffffffff35f80000; fmv.d.x f11, t0; li t0, 0xffffffff82ef049d; fmv.d.x f12, t0; li t0, 0xffffffff0c140000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rup
	CHECK_F(579, f10, 0xffffffff8c140000)
	CHECK_FLAGS(580, 0x1)
	/* fmsub.s 0xffffffff80828357 0xffffffff3fd40000 0xffffffff3ffe7cfb rm=rup frm=None */
	li t0, 0xffffffff80828357; fmv.d.x f11, t0; li t0, 0xffffffff3fd40000; fmv.d.x f12, t0; li t0, 0xffffffff3ffe7cfb; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rup
	CHECK_F(581, f10, 0xffffffffbffe7cfb)
	CHECK_FLAGS(582, 0x1)
	/* fmsub.s 0xffffffffbf040000 0xffffffff28600000 0xffffffffff680000 rm=rup frm=None */
	li t0, 0xffffffffbf040000; fmv.d.x f11, t0; li t0, 0xffffffff28600000; fmv.d.x f12, t0; li t0, 0xffffffffff680000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rup
	CHECK_F(583, f10, 0xffffffff7f680000)
	CHECK_FLAGS(584, 0x1)
	/* fmsub.s 0xffffffff3f300c40 0xffffffff4999b8d9 0xffffffff00c00000 rm=rup frm=None */
	li t0, 0xffffffff3f300c40; fmv.d.x f11, t0; li t0, 0xffffffff4999b8d9; fmv.d.x f12, t0; li t0, 0xffffffff00c00000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rup
	CHECK_F(585, f10, 0xffffffff49536ce1)
	CHECK_FLAGS(586, 0x1)
	/* fmsub.s 0xffffffff8ba40000 0xffffffff90e61955 0xffffffff16ae0e02 rm=rup frm=None */
	li t0, 0xffffffff8ba40000; fmv.d.x f11, t0; li t0, 0xffffffff90e61955; fmv.d.x f12, t0; li t0, 0xffffffff16ae0e02; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rup
	CHECK_F(587, f10, 0xffffffff96ae0e01)
	CHECK_FLAGS(588, 0x1)
	/* fmsub.s 0xffffffffff43e0ff 0xffffffff402a9a61 0xffffffff49e9ceca rm=rup frm=None */
	li t0, 0xffffffffff43e0ff; fmv.d.x f11, t0; li t0, 0xffffffff402a9a61; fmv.d.x f12, t0; li t0, 0xffffffff49e9ceca; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rup
	CHECK_F(589, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(590, 0x5)
	/* fmsub.s 0xffffffff02200000 0xffffffff00407889 0xffffffffbf200000 rm=rup frm=None */
	li t0, 0xffffffff02200000; fmv.d.x f11, t0; li t0, 0xffffffff00407889; fmv.d.x f12, t0; li t0, 0xffffffffbf200000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rup
	CHECK_F(591, f10, 0xffffffff3f200001)
	CHECK_FLAGS(592, 0x1)
	/* fmsub.s 0xffffffffb5f5207d 0xffffffff015c0000 0xffffffffb5f5207d rm=rup frm=None */
	li t0, 0xffffffffb5f5207d; fmv.d.x f11, t0; li t0, 0xffffffff015c0000; fmv.d.x f12, t0; li t0, 0xffffffffb5f5207d; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rup
	CHECK_F(593, f10, 0xffffffff35f5207d)
	CHECK_FLAGS(594, 0x1)
	/* fmsub.s 0xffffffff3ae2b373 0xffffffff81680000 0xffffffff3ae2b373 rm=rup frm=None */
	li t0, 0xffffffff3ae2b373; fmv.d.x f11, t0; li t0, 0xffffffff81680000; fmv.d.x f12, t0; li t0, 0xffffffff3ae2b373; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rup
	CHECK_F(595, f10, 0xffffffffbae2b373)
	CHECK_FLAGS(596, 0x1)
	/* fmsub.s 0xffffffffff5c0000 0xffffffff80e80000 0xffffffffff5c0000 rm=rup frm=None */
	li t0, 0xffffffffff5c0000; fmv.d.x f11, t0; li t0, 0xffffffff80e80000; fmv.d.x f12, t0; li t0, 0xffffffffff5c0000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rup
	CHECK_F(597, f10, 0xffffffff7f5c0001)
	CHECK_FLAGS(598, 0x1)
	/* fmsub.s 0xffffffffbfea87ef 0xffffffffc00c2503 0xffffffffbfea87ef rm=rup frm=None */
	li t0, 0xffffffffbfea87ef; fmv.d.x f11, t0; li t0, 0xffffffffc00c2503; fmv.d.x f12, t0; li t0, 0xffffffffbfea87ef; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rup
	CHECK_F(599, f10, 0xffffffff40bb063b)
	CHECK_FLAGS(600, 0x1)
	/* fmsub.s 0xffffffffbf780000 0xffffffff35f746a0 0xffffffffbf780000 rm=rup frm=None */
	li t0, 0xffffffffbf780000; fmv.d.x f11, t0; li t0, 0xffffffff35f746a0; fmv.d.x f12, t0; li t0, 0xffffffffbf780000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rup
	CHECK_F(601, f10, 0xffffffff3f77ffe3)
	CHECK_FLAGS(602, 0x1)
	/* fmsub.s 0xffffffff8731a5b1 0xffffffff006eb9ab 0xffffffff8731a5b1 rm=rup frm=None */
	li t0, 0xffffffff8731a5b1; fmv.d.x f11, t0; li t0, 0xffffffff006eb9ab; fmv.d.x f12, t0; li t0, 0xffffffff8731a5b1; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rup
	CHECK_F(603, f10, 0xffffffff0731a5b1)
	CHECK_FLAGS(604, 0x1)
	/* fmsub.s 0xffffffff4023824b 0xffffffffff757610 0xffffffff3fe5d53f rm=rmm frm=None */
	li t0, 0xffffffff4023824b; fmv.d.x f11, t0; li t0, 0xffffffffff757610; fmv.d.x f12, t0; li t0, 0xffffffff3fe5d53f; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rmm
	CHECK_F(605, f10, 0xffffffffff800000)
	CHECK_FLAGS(606, 0x5)
	/* fmsub.s 0xffffffff3fa87d0f 0xffffffff89f73e60 0xffffffff80886ca1 rm=rmm frm=None */
	li t0, 0xffffffff3fa87d0f; fmv.d.x f11, t0; li t0, 0xffffffff89f73e60; fmv.d.x f12, t0; li t0, 0xffffffff80886ca1; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rmm
	CHECK_F(607, f10, 0xffffffff8a22b9a6)
	CHECK_FLAGS(608, 0x1)
	/* fmsub.s 0xffffffffbf1b38e8 0xffffffff026c0000 0xffffffff001d8b00 rm=rmm frm=None */
	li t0, 0xffffffffbf1b38e8; fmv.d.x f11, t0; li t0, 0xffffffff026c0000; fmv.d.x f12, t0; li t0, 0xffffffff001d8b00; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rmm
	CHECK_F(609, f10, 0xffffffff8212c9d6)
	CHECK_FLAGS(610, 0x1)
	/* fmsub.s 0xffffffff00300000 0xffffffffc0140000 0xffffffff35c7f783 rm=rmm frm=None */
	li t0, 0xffffffff00300000; fmv.d.x f11, t0; li t0, 0xffffffffc0140000; fmv.d.x f12, t0; li t0, 0xffffffff35c7f783; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rmm
	CHECK_F(611, f10, 0xffffffffb5c7f783)
	CHECK_FLAGS(612, 0x1)
	/* fmsub.s 0xffffffff3fd0c7e3 0xffffffffc04ddabb 0xffffffff015f5263 rm=rmm frm=None */
	li t0, 0xffffffff3fd0c7e3; fmv.d.x f11, t0; li t0, 0xffffffffc04ddabb; fmv.d.x f12, t0; li t0, 0xffffffff015f5263; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rmm
	CHECK_F(613, f10, 0xffffffffc0a7e274)
	CHECK_FLAGS(614, 0x1)
	/* fmsub.s 0xffffffff402b761f 0xffffffffbf4bc582 0xffffffff8160b5ab rm=rmm frm=None */
	li t0, 0xffffffff402b761f; fmv.d.x f11, t0; li t0, 0xffffffffbf4bc582; fmv.d.x f12, t0; li t0, 0xffffffff8160b5ab; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rmm
	CHECK_F(615, f10, 0xffffffffc0087af4)
	CHECK_FLAGS(616, 0x1)
	/* fmsub.s 0xffffffffb59c5531 0xffffffffc0780000 0xffffffff37624222 rm=rmm frm=None */
	li t0, 0xffffffffb59c5531; fmv.d.x f11, t0; li t0, 0xffffffffc0780000; fmv.d.x f12, t0; li t0, 0xffffffff37624222; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rmm
	CHECK_F(617, f10, 0xffffffffb71688de)
	CHECK_FLAGS(618, 0x1)
	/* fmsub.s 0xffffffffbf7bb972 0xffffffff35fd3ec3 0xffffffffbfa80000 rm=rmm frm=None */
	li t0, 0xffffffffbf7bb972; fmv.d.x f11, t0; li t0, 0xffffffff35fd3ec3; fmv.d.x f12, t0; li t0, 0xffffffffbfa80000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rmm
	CHECK_F(619, f10, 0xffffffff3fa7fff0)
	CHECK_FLAGS(620, 0x1)
	/* fmsub.s 0xffffffffff12fe2f 0xffffffff8032f376 0xffffffff8111e286 rm=rmm frm=None */
	li t0, 0xffffffffff12fe2f; fmv.d.x f11, t0; li t0, 0xffffffff8032f376; fmv.d.x f12, t0; li t0, 0xffffffff8111e286; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rmm
	CHECK_F(621, f10, 0xffffffff3f6a0b82)
	CHECK_FLAGS(622, 0x1)
	/* fmsub.s 0xffffffff3f3c7ff9 0xffffffffc10b13dc 0xffffffff0144987a rm=rmm frm=None */
	li t0, 0xffffffff3f3c7ff9; fmv.d.x f11, t0; li t0, 0xffffffffc10b13dc; fmv.d.x f12, t0; li t0, 0xffffffff0144987a; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rmm
	CHECK_F(623, f10, 0xffffffffc0ccd037)
	CHECK_FLAGS(624, 0x1)
	/* fmsub.s 0xffffffffff1aaecd 0xffffffff4d396435 0xffffffffc8f80000 rm=rmm frm=None */
	li t0, 0xffffffffff1aaecd; fmv.d.x f11, t0; li t0, 0xffffffff4d396435; fmv.d.x f12, t0; li t0, 0xffffffffc8f80000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rmm
	CHECK_F(625, f10, 0xffffffffff800000)
	CHECK_FLAGS(626, 0x5)
	/* fmsub.s 0xffffffffff380000 0xffffffff81291be1 0xffffffff8062022b rm=rmm frm=None */
	li t0, 0xffffffffff380000; fmv.d.x f11, t0; li t0, 0xffffffff81291be1; fmv.d.x f12, t0; li t0, 0xffffffff8062022b; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rmm
	CHECK_F(627, f10, 0xffffffff40f31813)
	CHECK_FLAGS(628, 0x1)
	/* fmsub.s 0xffffffff40500000 0xffffffffc078a1b2 0xffffffff40500000 rm=rmm frm=None */
	li t0, 0xffffffff40500000; fmv.d.x f11, t0; li t0, 0xffffffffc078a1b2; fmv.d.x f12, t0; li t0, 0xffffffff40500000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rmm
	CHECK_F(629, f10, 0xffffffffc17e0361)
	CHECK_FLAGS(630, 0x1)
	/* fmsub.s 0xffffffff1cac0000 0xffffffffc057fe70 0xffffffff1cac0000 rm=rmm frm=None */
	li t0, 0xffffffff1cac0000; fmv.d.x f11, t0; li t0, 0xffffffffc057fe70; fmv.d.x f12, t0; li t0, 0xffffffff1cac0000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rmm
	CHECK_F(631, f10, 0xffffffff9dbc1ef3)
	CHECK_FLAGS(632, 0x1)
	/* fmsub.s 0xffffffff00419843 0xffffffffc0102719 0xffffffff00419843 rm=rmm frm=None */
	li t0, 0xffffffff00419843; fmv.d.x f11, t0; li t0, 0xffffffffc0102719; fmv.d.x f12, t0; li t0, 0xffffffff00419843; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rmm
	CHECK_F(633, f10, 0xffffffff80d556ec)
	CHECK_FLAGS(634, 0x1)
	/* fmsub.s 0xffffffffc9f40000 0xffffffffbf183f60 0xffffffffc9f40000 rm=rmm frm=None */
	li t0, 0xffffffffc9f40000; fmv.d.x f11, t0; li t0, 0xffffffffbf183f60; fmv.d.x f12, t0; li t0, 0xffffffffc9f40000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rmm
	CHECK_F(635, f10, 0xffffffff4a428e34)
	CHECK_FLAGS(636, 0x1)
	/* fmsub.s 0xffffffff00f7aa77 0xffffffffbf340000 0xffffffff00f7aa77 rm=rmm frm=None */
	li t0, 0xffffffff00f7aa77; fmv.d.x f11, t0; li t0, 0xffffffffbf340000; fmv.d.x f12, t0; li t0, 0xffffffff00f7aa77; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rmm
	CHECK_F(637, f10, 0xffffffff8152e729)
	CHECK_FLAGS(638, 0x1)
	/* fmsub.s 0xffffffffbf179781 0xffffffff009b353b 0xffffffffbf179781 rm=rmm frm=None */
	li t0, 0xffffffffbf179781; fmv.d.x f11, t0; li t0, 0xffffffff009b353b; fmv.d.x f12, t0; li t0, 0xffffffffbf179781; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rmm
	CHECK_F(639, f10, 0xffffffff3f179781)
	CHECK_FLAGS(640, 0x1)
	/* fmsub.s 0xffffffffc044675b 0xffffffffbf1e3716 0xffffffff3f440000 rm=None frm=0 */
	li t0, 0xffffffffc044675b; fmv.d.x f11, t0; li t0, 0xffffffffbf1e3716; fmv.d.x f12, t0; li t0, 0xffffffff3f440000; fmv.d.x f13, t0; fsrmi 0; fmsub.s f10, f11, f12, f13
	CHECK_F(641, f10, 0xffffffff3f90c41a)
	CHECK_FLAGS(642, 0x1)
	/* fmsub.s 0xffffffff807addc4 0xffffffffd9c2a079 0xffffffff47740000 rm=None frm=0 */
	li t0, 0xffffffff807addc4; fmv.d.x f11, t0; li t0, 0xffffffffd9c2a079; fmv.d.x f12, t0; li t0, 0xffffffff47740000; fmv.d.x f13, t0; fsrmi 0; fmsub.s f10, f11, f12, f13
	CHECK_F(643, f10, 0xffffffffc7740000)
	CHECK_FLAGS(644, 0x1)
	/* fmsub.s 0xffffffff35a8c574 0xffffffff005c0000 0xffffffff404dbbf2 rm=None frm=0 */
	li t0, 0xffffffff35a8c574; fmv.d.x f11, t0; li t0, 0xffffffff005c0000; fmv.d.x f12, t0; li t0, 0xffffffff404dbbf2; fmv.d.x f13, t0; fsrmi 0; fmsub.s f10, f11, f12, f13
	CHECK_F(645, f10, 0xffffffffc04dbbf2)
	CHECK_FLAGS(646, 0x1)
	/* fmsub.s 0xffffffffb5abce05 0xffffffffbf87d0ed 0xffffffff02080000 rm=None frm=0 */
	li t0, 0xffffffffb5abce05; fmv.d.x f11, t0; li t0, 0xffffffffbf87d0ed; fmv.d.x f12, t0; li t0, 0xffffffff02080000; fmv.d.x f13, t0; fsrmi 0; fmsub.s f10, f11, f12, f13
	CHECK_F(647, f10, 0xffffffff35b64bb6)
	CHECK_FLAGS(648, 0x1)
	/* fmsub.s 0xffffffff0113d155 0xffffffffff180000 0xffffffffbf6b9226 rm=None frm=1 */
	li t0, 0xffffffff0113d155; fmv.d.x f11, t0; li t0, 0xffffffffff180000; fmv.d.x f12, t0; li t0, 0xffffffffbf6b9226; fmv.d.x f13, t0; fsrmi 1; fmsub.s f10, f11, f12, f13
	CHECK_F(649, f10, 0xffffffffc0921650)
	CHECK_FLAGS(650, 0x1)
	/* fmsub.s 0xffffffff00149d83 0xffffffffbfe594e1 0xffffffff01140000 rm=None frm=1 */
	li t0, 0xffffffff00149d83; fmv.d.x f11, t0; li t0, 0xffffffffbfe594e1; fmv.d.x f12, t0; li t0, 0xffffffff01140000; fmv.d.x f13, t0; fsrmi 1; fmsub.s f10, f11, f12, f13
	CHECK_F(651, f10, 0xffffffff81267ce3)
	CHECK_FLAGS(652, 0x1)
	/* fmsub.s 0xffffffff8176b0d2 0xffffffff3fd0a63a 0xffffffff0b039aaa rm=None frm=1 */
	li t0, 0xffffffff8176b0d2; fmv.d.x f11, t0; li t0, 0xffffffff3fd0a63a; fmv.d.x f12, t0; li t0, 0xffffffff0b039aaa; fmv.d.x f13, t0; fsrmi 1; fmsub.s f10, f11, f12, f13
	CHECK_F(653, f10, 0xffffffff8b039ac3)
	CHECK_FLAGS(654, 0x1)
	/* fmsub.s 0xffffffffbfe9cbcd 0xffffffff35fba785 0xffffffff81600000 rm=None frm=1 */
	li t0, 0xffffffffbfe9cbcd; fmv.d.x f11, t0; li t0, 0xffffffff35fba785; fmv.d.x f12, t0; li t0, 0xffffffff81600000; fmv.d.x f13, t0; fsrmi 1; fmsub.s f10, f11, f12, f13
	CHECK_F(655, f10, 0xffffffffb665d3cf)
	CHECK_FLAGS(656, 0x1)
	/* fmsub.s 0xffffffffb5a98602 0xffffffff3f300000 0xffffffff8e5d5ee6 rm=None frm=2 */
	li t0, 0xffffffffb5a98602; fmv.d.x f11, t0; li t0, 0xffffffff3f300000; fmv.d.x f12, t0; li t0, 0xffffffff8e5d5ee6; fmv.d.x f13, t0; fsrmi 2; fmsub.s f10, f11, f12, f13
	CHECK_F(657, f10, 0xffffffffb5691843)
	CHECK_FLAGS(658, 0x1)
	/* fmsub.s 0xffffffffb5f80000 0xffffffff35dc0000 0xffffffffcfa00000 rm=None frm=2 */
	li t0, 0xffffffffb5f80000; fmv.d.x f11, t0; li t0, 0xffffffff35dc0000; fmv.d.x f12, t0; li t0, 0xffffffffcfa00000; fmv.d.x f13, t0; fsrmi 2; fmsub.s f10, f11, f12, f13
	CHECK_F(659, f10, 0xffffffff4f9fffff)
	CHECK_FLAGS(660, 0x1)
	/* fmsub.s 0xffffffff8051490e 0xffffffff806ddd58 0xffffffff3fb267f6 rm=None frm=2 */
	li t0, 0xffffffff8051490e; fmv.d.x f11, t0; li t0, 0xffffffff806ddd58; fmv.d.x f12, t0; li t0, 0xffffffff3fb267f6; fmv.d.x f13, t0; fsrmi 2; fmsub.s f10, f11, f12, f13
	CHECK_F(661, f10, 0xffffffffbfb267f6)
	CHECK_FLAGS(662, 0x1)
	/* fmsub.s 0xffffffff1e9acf4a 0xffffffff800e8e92 0xffffffff9e39d990 rm=None frm=2 */
	li t0, 0xffffffff1e9acf4a; fmv.d.x f11, t0; li t0, 0xffffffff800e8e92; fmv.d.x f12, t0; li t0, 0xffffffff9e39d990; fmv.d.x f13, t0; fsrmi 2; fmsub.s f10, f11, f12, f13
	CHECK_F(663, f10, 0xffffffff1e39d98f)
	CHECK_FLAGS(664, 0x1)
	/* fmsub.s 0xffffffff013a5320 0xffffffff7f5e97fe 0xffffffff00f93d73 rm=None frm=3 */
	li t0, 0xffffffff013a5320; fmv.d.x f11, t0; li t0, 0xffffffff7f5e97fe; fmv.d.x f12, t0; li t0, 0xffffffff00f93d73; fmv.d.x f13, t0; fsrmi 3; fmsub.s f10, f11, f12, f13
	CHECK_F(665, f10, 0xffffffff412202b6)
	CHECK_FLAGS(666, 0x1)
	/* fmsub.s 0xffffffff0056ea2c 0xffffffff3f994156 0xffffffff0ec98ae8 rm=None frm=3 */
	li t0, 0xffffffff0056ea2c; fmv.d.x f11, t0; li t0, 0xffffffff3f994156; fmv.d.x f12, t0; li t0, 0xffffffff0ec98ae8; fmv.d.x f13, t0; fsrmi 3; fmsub.s f10, f11, f12, f13
	CHECK_F(667, f10, 0xffffffff8ec98ae7)
	CHECK_FLAGS(668, 0x1)
	/* fmsub.s 0xffffffff3f680000 0xffffffff35e7d027 0xffffffffff380000 rm=None frm=3 */
	li t0, 0xffffffff3f680000; fmv.d.x f11, t0; li t0, 0xffffffff35e7d027; fmv.d.x f12, t0; li t0, 0xffffffffff380000; fmv.d.x f13, t0; fsrmi 3; fmsub.s f10, f11, f12, f13
	CHECK_F(669, f10, 0xffffffff7f380001)
	CHECK_FLAGS(670, 0x1)
	/* fmsub.s 0xffffffffb58edafd 0xffffffff37cc0000 0xffffffff86a40000 rm=None frm=3 */
	li t0, 0xffffffffb58edafd; fmv.d.x f11, t0; li t0, 0xffffffff37cc0000; fmv.d.x f12, t0; li t0, 0xffffffff86a40000; fmv.d.x f13, t0; fsrmi 3; fmsub.s f10, f11, f12, f13
	CHECK_F(671, f10, 0xffffffffade3ad03)
	CHECK_FLAGS(672, 0x1)
	/* fmsub.s 0xffffffff49a2eca2 0xffffffff1a265393 0xffffffff80233383 rm=None frm=4 */
	li t0, 0xffffffff49a2eca2; fmv.d.x f11, t0; li t0, 0xffffffff1a265393; fmv.d.x f12, t0; li t0, 0xffffffff80233383; fmv.d.x f13, t0; fsrmi 4; fmsub.s f10, f11, f12, f13
	CHECK_F(673, f10, 0xffffffff2453b543)
	CHECK_FLAGS(674, 0x1)
	/* fmsub.s 0xffffffffb5d8e866 0xffffffffbffc62d1 0xffffffff8052f07a rm=None frm=4 */
	li t0, 0xffffffffb5d8e866; fmv.d.x f11, t0; li t0, 0xffffffffbffc62d1; fmv.d.x f12, t0; li t0, 0xffffffff8052f07a; fmv.d.x f13, t0; fsrmi 4; fmsub.s f10, f11, f12, f13
	CHECK_F(675, f10, 0xffffffff3655d87e)
	CHECK_FLAGS(676, 0x1)
	/* fmsub.s 0xffffffffc9bb2ed5 0xffffffff3f600000 0xffffffffcab639b1 rm=None frm=4 */
	li t0, 0xffffffffc9bb2ed5; fmv.d.x f11, t0; li t0, 0xffffffff3f600000; fmv.d.x f12, t0; li t0, 0xffffffffcab639b1; fmv.d.x f13, t0; fsrmi 4; fmsub.s f10, f11, f12, f13
	CHECK_F(677, f10, 0xffffffff4a8d4772)
	CHECK_FLAGS(678, 0x1)
	/* fmsub.s 0xffffffff3f3184e8 0xffffffff816f9475 0xffffffff3506e9ea rm=None frm=4 */
	li t0, 0xffffffff3f3184e8; fmv.d.x f11, t0; li t0, 0xffffffff816f9475; fmv.d.x f12, t0; li t0, 0xffffffff3506e9ea; fmv.d.x f13, t0; fsrmi 4; fmsub.s f10, f11, f12, f13
	CHECK_F(679, f10, 0xffffffffb506e9ea)
	CHECK_FLAGS(680, 0x1)
	/* fnmsub.s 0xffffffff3f000000 0xffffffffc0200000 0xffffffff7f800001 rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; li t0, 0xffffffff7f800001; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(681, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(682, 0x10)
	/* fnmsub.s 0xffffffff3f800000 0x7fc0000000000000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(683, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(684, 0x0)
	/* fnmsub.s 0xffffffff80000000 0xffffffff3f800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(685, f10, 0xffffffffff800000)
	CHECK_FLAGS(686, 0x0)
	/* fnmsub.s 0xffffffffbf000000 0xffffffff7f7fffff 0xffffffff7f800000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; li t0, 0xffffffff7f800000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(687, f10, 0xffffffff7f800000)
	CHECK_FLAGS(688, 0x0)
	/* fnmsub.s 0xffffffff00000000 0xffffffff80000000 0xffffffff7fc00000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff80000000; fmv.d.x f12, t0; li t0, 0xffffffff7fc00000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(689, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(690, 0x0)
	/* fnmsub.s 0x7fc0000000000000 0xffffffffffc12345 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(691, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(692, 0x0)
	/* fnmsub.s 0xffffffff3fc00000 0xffffffff40200000 0xffffffff3fc00000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff40200000; fmv.d.x f12, t0; li t0, 0xffffffff3fc00000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(693, f10, 0xffffffffc0100000)
	CHECK_FLAGS(694, 0x0)
	/* fnmsub.s 0xffffffff7f800001 0xffffffff7fc00000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; li t0, 0xffffffffffc12345; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(695, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(696, 0x10)
	/* fnmsub.s 0xffffffff7f7fffff 0xffffffff7f800001 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800001; fmv.d.x f12, t0; li t0, 0xffffffffbf800000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(697, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(698, 0x10)
	/* fnmsub.s 0xffffffffbf800000 0xffffffff7fc00000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(699, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(700, 0x0)
	/* fnmsub.s 0xffffffffc0200000 0xffffffff3f000000 0xffffffff7f800000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; li t0, 0xffffffff7f800000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(701, f10, 0xffffffff7f800000)
	CHECK_FLAGS(702, 0x0)
	/* fnmsub.s 0xffffffffc0200000 0xffffffff7f800000 0xffffffff80000000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; li t0, 0xffffffff80000000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(703, f10, 0xffffffff7f800000)
	CHECK_FLAGS(704, 0x0)
	/* fnmsub.s 0xffffffffff800000 0xffffffffffc12345 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; li t0, 0xffffffffc0200000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(705, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(706, 0x0)
	/* fnmsub.s 0xffffffff7fc00000 0xffffffff7f800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(707, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(708, 0x0)
	/* fnmsub.s 0xffffffffbf000000 0xffffffff7f7fffff 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(709, f10, 0xffffffff7effffff)
	CHECK_FLAGS(710, 0x1)
	/* fnmsub.s 0xffffffff7f7fffff 0xffffffff7f800001 0xffffffff3fc00000 rm=rne frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800001; fmv.d.x f12, t0; li t0, 0xffffffff3fc00000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(711, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(712, 0x10)
	/* fnmsub.s 0xffffffffc0200000 0xffffffff40200000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff40200000; fmv.d.x f12, t0; li t0, 0xffffffff00000000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(713, f10, 0xffffffff40c80000)
	CHECK_FLAGS(714, 0x0)
	/* fnmsub.s 0xffffffffc0200000 0xffffffffffc12345 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; li t0, 0xffffffffc0200000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(715, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(716, 0x0)
	/* fnmsub.s 0x7fc0000000000000 0xffffffff7f800000 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; li t0, 0xffffffffbf000000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(717, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(718, 0x0)
	/* fnmsub.s 0xffffffff3fc00000 0xffffffff3fc00000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff3fc00000; fmv.d.x f12, t0; li t0, 0xffffffff00000000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(719, f10, 0xffffffffc0100000)
	CHECK_FLAGS(720, 0x0)
	/* fnmsub.s 0xffffffffffc12345 0xffffffffc0200000 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; li t0, 0xffffffffbf000000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(721, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(722, 0x0)
	/* fnmsub.s 0xffffffff7fc00000 0xffffffffbf000000 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffbf000000; fmv.d.x f12, t0; li t0, 0xffffffffbf000000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(723, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(724, 0x0)
	/* fnmsub.s 0xffffffffffc12345 0xffffffff7f800001 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f800001; fmv.d.x f12, t0; li t0, 0xffffffffbf000000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(725, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(726, 0x10)
	/* fnmsub.s 0xffffffff40200000 0xffffffffbf000000 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; li t0, 0xffffffffbf000000; fmv.d.x f12, t0; li t0, 0xffffffff40200000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(727, f10, 0xffffffff40700000)
	CHECK_FLAGS(728, 0x0)
	/* fnmsub.s 0xffffffff7f800000 0xffffffff3f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffff00000000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(729, f10, 0xffffffffff800000)
	CHECK_FLAGS(730, 0x0)
	/* fnmsub.s 0x7fc0000000000000 0xffffffff80000000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff80000000; fmv.d.x f12, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(731, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(732, 0x0)
	/* fnmsub.s 0xffffffff7fc00000 0xffffffffbf800000 0xffffffff7f800001 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffff7f800001; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(733, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(734, 0x10)
	/* fnmsub.s 0x7fc0000000000000 0xffffffff80000000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff80000000; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(735, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(736, 0x0)
	/* fnmsub.s 0xffffffff80000000 0xffffffff00000000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; li t0, 0xffffffffffc12345; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(737, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(738, 0x0)
	/* fnmsub.s 0xffffffff3f000000 0xffffffff3f800000 0xffffffff3fc00000 rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffff3fc00000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(739, f10, 0xffffffff3f800000)
	CHECK_FLAGS(740, 0x0)
	/* fnmsub.s 0xffffffffffc12345 0xffffffffbf800000 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffffbf000000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(741, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(742, 0x0)
	/* fnmsub.s 0xffffffff3f000000 0xffffffffffc12345 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; li t0, 0xffffffff00000000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(743, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(744, 0x0)
	/* fnmsub.s 0xffffffff80000000 0xffffffffff800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(745, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(746, 0x10)
	/* fnmsub.s 0x7fc0000000000000 0xffffffffbf800000 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffff3f000000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(747, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(748, 0x0)
	/* fnmsub.s 0xffffffff3f000000 0xffffffffbf000000 0xffffffff7f800001 rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; li t0, 0xffffffffbf000000; fmv.d.x f12, t0; li t0, 0xffffffff7f800001; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(749, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(750, 0x10)
	/* fnmsub.s 0xffffffff7f800000 0xffffffff3f800000 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(751, f10, 0xffffffffff800000)
	CHECK_FLAGS(752, 0x0)
	/* fnmsub.s 0xffffffff80000000 0xffffffffc0200000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(753, f10, 0xffffffffff800000)
	CHECK_FLAGS(754, 0x0)
	/* fnmsub.s 0xffffffff7f800001 0xffffffffbf800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffffc0200000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(755, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(756, 0x10)
	/* fnmsub.s 0xffffffff7f7fffff 0x7fc0000000000000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; li t0, 0x7fc0000000000000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(757, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(758, 0x0)
	/* fnmsub.s 0xffffffff40200000 0xffffffff80000000 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; li t0, 0xffffffff80000000; fmv.d.x f12, t0; li t0, 0xffffffff40200000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(759, f10, 0xffffffff40200000)
	CHECK_FLAGS(760, 0x0)
	/* fnmsub.s 0xffffffff00000000 0xffffffff7f800001 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800001; fmv.d.x f12, t0; li t0, 0xffffffffbf000000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(761, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(762, 0x10)
	/* fnmsub.s 0xffffffffbf000000 0xffffffffbf000000 0xffffffff7f800001 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffbf000000; fmv.d.x f12, t0; li t0, 0xffffffff7f800001; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(763, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(764, 0x10)
	/* fnmsub.s 0xffffffff40200000 0xffffffffbf800000 0xffffffff80000000 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffff80000000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(765, f10, 0xffffffff40200000)
	CHECK_FLAGS(766, 0x0)
	/* fnmsub.s 0xffffffff7fc00000 0xffffffff3f000000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(767, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(768, 0x0)
	/* fnmsub.s 0xffffffffff800000 0xffffffff00000000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; li t0, 0xffffffffbf800000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(769, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(770, 0x10)
	/* fnmsub.s 0xffffffff00000000 0xffffffff7fc00000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; li t0, 0xffffffffffc12345; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(771, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(772, 0x0)
	/* fnmsub.s 0xffffffff80000000 0xffffffff7f7fffff 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; li t0, 0x7fc0000000000000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(773, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(774, 0x0)
	/* fnmsub.s 0xffffffff3f800000 0xffffffff3f000000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(775, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(776, 0x1)
	/* fnmsub.s 0xffffffff3f800000 0xffffffff00000000 0xffffffff80000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; li t0, 0xffffffff80000000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(777, f10, 0xffffffff80000000)
	CHECK_FLAGS(778, 0x0)
	/* fnmsub.s 0xffffffff00000000 0xffffffffffc12345 0xffffffff7fc00000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; li t0, 0xffffffff7fc00000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(779, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(780, 0x0)
	/* fnmsub.s 0xffffffffffc12345 0xffffffffbf000000 0xffffffff7f800001 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffbf000000; fmv.d.x f12, t0; li t0, 0xffffffff7f800001; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(781, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(782, 0x10)
	/* fnmsub.s 0xffffffff40200000 0xffffffff7f7fffff 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; li t0, 0xffffffffbf800000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(783, f10, 0xffffffffff800000)
	CHECK_FLAGS(784, 0x5)
	/* fnmsub.s 0xffffffff00000000 0xffffffff3fc00000 0xffffffff7f800001 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff3fc00000; fmv.d.x f12, t0; li t0, 0xffffffff7f800001; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(785, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(786, 0x10)
	/* fnmsub.s 0xffffffff00000000 0xffffffffbf800000 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffff3f000000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(787, f10, 0xffffffff3f000000)
	CHECK_FLAGS(788, 0x0)
	/* fnmsub.s 0xffffffffffc12345 0xffffffff7f7fffff 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; li t0, 0xffffffffc0200000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(789, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(790, 0x0)
	/* fnmsub.s 0xffffffffff800000 0xffffffffbf800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0x7fc0000000000000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(791, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(792, 0x0)
	/* fnmsub.s 0xffffffff3f000000 0xffffffff7f800001 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800001; fmv.d.x f12, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(793, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(794, 0x10)
	/* fnmsub.s 0xffffffff7f800001 0x7fc0000000000000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; li t0, 0xffffffff00000000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(795, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(796, 0x10)
	/* fnmsub.s 0xffffffff7fc00000 0xffffffff3f000000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(797, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(798, 0x0)
	/* fnmsub.s 0xffffffff40200000 0xffffffffbf800000 0xffffffff7f800001 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffff7f800001; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(799, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(800, 0x10)
	/* fnmsub.s 0xffffffff807d5cbb 0xffffffffc01378c2 0xffffffffff0f8ce8 rm=rne frm=None */
	li t0, 0xffffffff807d5cbb; fmv.d.x f11, t0; li t0, 0xffffffffc01378c2; fmv.d.x f12, t0; li t0, 0xffffffffff0f8ce8; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(801, f10, 0xffffffffff0f8ce8)
	CHECK_FLAGS(802, 0x1)
	/* fnmsub.s 0xffffffff7f50aa2e 0xffffffffff400000 0xffffffff002ee3df rm=rne frm=None */
	li t0, 0xffffffff7f50aa2e; fmv.d.x f11, t0; li t0, 0xffffffffff400000; fmv.d.x f12, t0; li t0, 0xffffffff002ee3df; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(803, f10, 0xffffffff7f800000)
	CHECK_FLAGS(804, 0x5)
	/* fnmsub.s 0xffffffff00325786 0xffffffff801976d7 0xffffffff5e0c0000 rm=rne frm=None */
	li t0, 0xffffffff00325786; fmv.d.x f11, t0; li t0, 0xffffffff801976d7; fmv.d.x f12, t0; li t0, 0xffffffff5e0c0000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(805, f10, 0xffffffff5e0c0000)
	CHECK_FLAGS(806, 0x1)
	/* fnmsub.s 0xffffffff0177c1fa 0xffffffff3f70c1b8 0xffffffff3fe6c91c rm=rne frm=None */
	li t0, 0xffffffff0177c1fa; fmv.d.x f11, t0; li t0, 0xffffffff3f70c1b8; fmv.d.x f12, t0; li t0, 0xffffffff3fe6c91c; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(807, f10, 0xffffffff3fe6c91c)
	CHECK_FLAGS(808, 0x1)
	/* fnmsub.s 0xffffffff7f62f3a2 0xffffffff3f640000 0xffffffffb5980000 rm=rne frm=None */
	li t0, 0xffffffff7f62f3a2; fmv.d.x f11, t0; li t0, 0xffffffff3f640000; fmv.d.x f12, t0; li t0, 0xffffffffb5980000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(809, f10, 0xffffffffff4a20fc)
	CHECK_FLAGS(810, 0x1)
	/* fnmsub.s 0xffffffff00e00000 0xffffffff35c40000 0xffffffff01132e6b rm=rne frm=None */
	li t0, 0xffffffff00e00000; fmv.d.x f11, t0; li t0, 0xffffffff35c40000; fmv.d.x f12, t0; li t0, 0xffffffff01132e6b; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(811, f10, 0xffffffff01132e60)
	CHECK_FLAGS(812, 0x1)
	/* fnmsub.s 0xffffffff35da04bb 0xffffffff35a243ba 0xffffffffc014677a rm=rne frm=None */
	li t0, 0xffffffff35da04bb; fmv.d.x f11, t0; li t0, 0xffffffff35a243ba; fmv.d.x f12, t0; li t0, 0xffffffffc014677a; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(813, f10, 0xffffffffc014677a)
	CHECK_FLAGS(814, 0x1)
	/* fnmsub.s 0xffffffff00796679 0xffffffff0bce3b9e 0xffffffffb5f0df65 rm=rne frm=None */
	li t0, 0xffffffff00796679; fmv.d.x f11, t0; li t0, 0xffffffff0bce3b9e; fmv.d.x f12, t0; li t0, 0xffffffffb5f0df65; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(815, f10, 0xffffffffb5f0df65)
	CHECK_FLAGS(816, 0x1)
	/* fnmsub.s 0xffffffff80138684 0xffffffff7f532d69 0xffffffff7f7c0000 rm=rne frm=None */
	li t0, 0xffffffff80138684; fmv.d.x f11, t0; li t0, 0xffffffff7f532d69; fmv.d.x f12, t0; li t0, 0xffffffff7f7c0000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(817, f10, 0xffffffff7f7c0000)
	CHECK_FLAGS(818, 0x1)
	/* fnmsub.s 0xffffffffc031b79e 0xffffffff3fc588d5 0xffffffff7f2f98fa rm=rne frm=None */
	li t0, 0xffffffffc031b79e; fmv.d.x f11, t0; li t0, 0xffffffff3fc588d5; fmv.d.x f12, t0; li t0, 0xffffffff7f2f98fa; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(819, f10, 0xffffffff7f2f98fa)
	CHECK_FLAGS(820, 0x1)
	/* fnmsub.s 0xffffffff3fe68511 0xffffffffbf6b1128 0xffffffff96221794 rm=rne frm=None */
	li t0, 0xffffffff3fe68511; fmv.d.x f11, t0; li t0, 0xffffffffbf6b1128; fmv.d.x f12, t0; li t0, 0xffffffff96221794; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(821, f10, 0xffffffff3fd3ab99)
	CHECK_FLAGS(822, 0x1)
	/* fnmsub.s 0xffffffff0019f09a 0xffffffff0171b4d4 0xffffffff3f880e6f rm=rne frm=None */
	li t0, 0xffffffff0019f09a; fmv.d.x f11, t0; li t0, 0xffffffff0171b4d4; fmv.d.x f12, t0; li t0, 0xffffffff3f880e6f; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(823, f10, 0xffffffff3f880e6f)
	CHECK_FLAGS(824, 0x1)
	/* fnmsub.s 0xffffffff011fac57 0xffffffffff00735e 0xffffffff011fac57 rm=rne frm=None */
	li t0, 0xffffffff011fac57; fmv.d.x f11, t0; li t0, 0xffffffffff00735e; fmv.d.x f12, t0; li t0, 0xffffffff011fac57; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(825, f10, 0xffffffff40a03c41)
	CHECK_FLAGS(826, 0x1)
	/* fnmsub.s 0xffffffff49d00000 0xffffffffbf7a9790 0xffffffff49d00000 rm=rne frm=None */
	li t0, 0xffffffff49d00000; fmv.d.x f11, t0; li t0, 0xffffffffbf7a9790; fmv.d.x f12, t0; li t0, 0xffffffff49d00000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(827, f10, 0xffffffff4a4dcd92)
	CHECK_FLAGS(828, 0x1)
	/* fnmsub.s 0xffffffff3fb38beb 0xffffffff017859d4 0xffffffff3fb38beb rm=rne frm=None */
	li t0, 0xffffffff3fb38beb; fmv.d.x f11, t0; li t0, 0xffffffff017859d4; fmv.d.x f12, t0; li t0, 0xffffffff3fb38beb; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(829, f10, 0xffffffff3fb38beb)
	CHECK_FLAGS(830, 0x1)
	/* fnmsub.s 0xffffffffff080000 0xffffffff008344b3 0xffffffffff080000 rm=rne frm=None */
	li t0, 0xffffffffff080000; fmv.d.x f11, t0; li t0, 0xffffffff008344b3; fmv.d.x f12, t0; li t0, 0xffffffffff080000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(831, f10, 0xffffffffff080000)
	CHECK_FLAGS(832, 0x1)
	/* fnmsub.s 0xffffffff80d00000 0xffffffff89c80c12 0xffffffff80d00000 rm=rne frm=None */
	li t0, 0xffffffff80d00000; fmv.d.x f11, t0; li t0, 0xffffffff89c80c12; fmv.d.x f12, t0; li t0, 0xffffffff80d00000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(833, f10, 0xffffffff80d00000)
	CHECK_FLAGS(834, 0x1)
	/* fnmsub.s 0xffffffff3f440000 0xffffffff00c80000 0xffffffff3f440000 rm=rne frm=None */
	li t0, 0xffffffff3f440000; fmv.d.x f11, t0; li t0, 0xffffffff00c80000; fmv.d.x f12, t0; li t0, 0xffffffff3f440000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(835, f10, 0xffffffff3f440000)
	CHECK_FLAGS(836, 0x1)
	/* fnmsub.s 0xffffffff9fa17b93 0xffffffff35fc0000 0xffffffff01164bf7 rm=rtz frm=None */
	li t0, 0xffffffff9fa17b93; fmv.d.x f11, t0; li t0, 0xffffffff35fc0000; fmv.d.x f12, t0; li t0, 0xffffffff01164bf7; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rtz
	CHECK_F(837, f10, 0xffffffff161ef5a4)
	CHECK_FLAGS(838, 0x1)
	/* fnmsub.s 0xffffffffd2f4495d 0xffffffff4033661c 0xffffffff80fee7c1 rm=rtz frm=None */
	li t0, 0xffffffffd2f4495d; fmv.d.x f11, t0; li t0, 0xffffffff4033661c; fmv.d.x f12, t0; li t0, 0xffffffff80fee7c1; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rtz
	CHECK_F(839, f10, 0xffffffff53ab30bb)
	CHECK_FLAGS(840, 0x1)
	/* fnmsub.s 0xffffffff996d76fa 0xffffffff80c27ddb 0xffffffff015a3498 rm=rtz frm=None */
	li t0, 0xffffffff996d76fa; fmv.d.x f11, t0; li t0, 0xffffffff80c27ddb; fmv.d.x f12, t0; li t0, 0xffffffff015a3498; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rtz
	CHECK_F(841, f10, 0xffffffff015a3497)
	CHECK_FLAGS(842, 0x1)
	/* fnmsub.s 0xffffffff200ea023 0xffffffffc066cf4f 0xffffffffb5ed9bf7 rm=rtz frm=None */
	li t0, 0xffffffff200ea023; fmv.d.x f11, t0; li t0, 0xffffffffc066cf4f; fmv.d.x f12, t0; li t0, 0xffffffffb5ed9bf7; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rtz
	CHECK_F(843, f10, 0xffffffffb5ed9bf6)
	CHECK_FLAGS(844, 0x1)
	/* fnmsub.s 0xffffffff499b6e87 0xffffffffb5f08535 0xffffffffbf6dbb9a rm=rtz frm=None */
	li t0, 0xffffffff499b6e87; fmv.d.x f11, t0; li t0, 0xffffffffb5f08535; fmv.d.x f12, t0; li t0, 0xffffffffbf6dbb9a; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rtz
	CHECK_F(845, f10, 0xffffffff3fad3331)
	CHECK_FLAGS(846, 0x1)
	/* fnmsub.s 0xffffffffbfa82902 0xffffffffc9dcba2a 0xffffffffff580000 rm=rtz frm=None */
	li t0, 0xffffffffbfa82902; fmv.d.x f11, t0; li t0, 0xffffffffc9dcba2a; fmv.d.x f12, t0; li t0, 0xffffffffff580000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rtz
	CHECK_F(847, f10, 0xffffffffff580000)
	CHECK_FLAGS(848, 0x1)
	/* fnmsub.s 0xffffffff0aa00000 0xffffffff01300000 0xffffffff81256604 rm=rtz frm=None */
	li t0, 0xffffffff0aa00000; fmv.d.x f11, t0; li t0, 0xffffffff01300000; fmv.d.x f12, t0; li t0, 0xffffffff81256604; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rtz
	CHECK_F(849, f10, 0xffffffff81256604)
	CHECK_FLAGS(850, 0x1)
	/* fnmsub.s 0xffffffffff3eb6eb 0xffffffffff7c0000 0xffffffff81411343 rm=rtz frm=None */
	li t0, 0xffffffffff3eb6eb; fmv.d.x f11, t0; li t0, 0xffffffffff7c0000; fmv.d.x f12, t0; li t0, 0xffffffff81411343; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rtz
	CHECK_F(851, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(852, 0x5)
	/* fnmsub.s 0xffffffff813f17b6 0xffffffff800d509b 0xffffffff814b0b98 rm=rtz frm=None */
	li t0, 0xffffffff813f17b6; fmv.d.x f11, t0; li t0, 0xffffffff800d509b; fmv.d.x f12, t0; li t0, 0xffffffff814b0b98; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rtz
	CHECK_F(853, f10, 0xffffffff814b0b98)
	CHECK_FLAGS(854, 0x1)
	/* fnmsub.s 0xffffffff4017194d 0xffffffff7f600000 0xffffffffb5e329ad rm=rtz frm=None */
	li t0, 0xffffffff4017194d; fmv.d.x f11, t0; li t0, 0xffffffff7f600000; fmv.d.x f12, t0; li t0, 0xffffffffb5e329ad; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rtz
	CHECK_F(855, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(856, 0x5)
	/* fnmsub.s 0xffffffff80513857 0xffffffff406c0000 0xffffffffbffdbccd rm=rtz frm=None */
	li t0, 0xffffffff80513857; fmv.d.x f11, t0; li t0, 0xffffffff406c0000; fmv.d.x f12, t0; li t0, 0xffffffffbffdbccd; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rtz
	CHECK_F(857, f10, 0xffffffffbffdbccc)
	CHECK_FLAGS(858, 0x1)
	/* fnmsub.s 0xffffffff56b40000 0xffffffff810c59ed 0xffffffffb5eef413 rm=rtz frm=None */
	li t0, 0xffffffff56b40000; fmv.d.x f11, t0; li t0, 0xffffffff810c59ed; fmv.d.x f12, t0; li t0, 0xffffffffb5eef413; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rtz
	CHECK_F(859, f10, 0xffffffffb5eef412)
	CHECK_FLAGS(860, 0x1)
	/* fnmsub.s 0xffffffff7f540000 0xffffffff4912d14e 0xffffffff7f540000 rm=rtz frm=None */
	li t0, 0xffffffff7f540000; fmv.d.x f11, t0; li t0, 0xffffffff4912d14e; fmv.d.x f12, t0; li t0, 0xffffffff7f540000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rtz
	CHECK_F(861, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(862, 0x5)
	/* fnmsub.s 0xffffffff001dfc3f 0xffffffff4065c031 0xffffffff001dfc3f rm=rtz frm=None */
	li t0, 0xffffffff001dfc3f; fmv.d.x f11, t0; li t0, 0xffffffff4065c031; fmv.d.x f12, t0; li t0, 0xffffffff001dfc3f; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rtz
	CHECK_F(863, f10, 0xffffffff804da85e)
	CHECK_FLAGS(864, 0x3)
	/* fnmsub.s 0xffffffff4caca20e 0xffffffff00309e71 0xffffffff4caca20e rm=rtz frm=None */
	li t0, 0xffffffff4caca20e; fmv.d.x f11, t0; li t0, 0xffffffff00309e71; fmv.d.x f12, t0; li t0, 0xffffffff4caca20e; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rtz
	CHECK_F(865, f10, 0xffffffff4caca20d)
	CHECK_FLAGS(866, 0x1)
	/* fnmsub.s 0xffffffff000c0000 0xffffffff84c3415a 0xffffffff000c0000 rm=rtz frm=None */
	li t0, 0xffffffff000c0000; fmv.d.x f11, t0; li t0, 0xffffffff84c3415a; fmv.d.x f12, t0; li t0, 0xffffffff000c0000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rtz
	CHECK_F(867, f10, 0xffffffff000c0000)
	CHECK_FLAGS(868, 0x3)
	/* fnmsub.s 0xffffffff00edde72 0xffffffff54840000 0xffffffff00edde72 rm=rtz frm=None */
	li t0, 0xffffffff00edde72; fmv.d.x f11, t0; li t0, 0xffffffff54840000; fmv.d.x f12, t0; li t0, 0xffffffff00edde72; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rtz
	CHECK_F(869, f10, 0xffffffff95f54d65)
	CHECK_FLAGS(870, 0x1)
	/* fnmsub.s 0xffffffff403b2e99 0xffffffff40180000 0xffffffff403b2e99 rm=rtz frm=None */
	li t0, 0xffffffff403b2e99; fmv.d.x f11, t0; li t0, 0xffffffff40180000; fmv.d.x f12, t0; li t0, 0xffffffff403b2e99; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rtz
	CHECK_F(871, f10, 0xffffffffc080b009)
	CHECK_FLAGS(872, 0x1)
	/* fnmsub.s 0xffffffffff348718 0xffffffff40081025 0xffffffff00ac0000 rm=rdn frm=None */
	li t0, 0xffffffffff348718; fmv.d.x f11, t0; li t0, 0xffffffff40081025; fmv.d.x f12, t0; li t0, 0xffffffff00ac0000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rdn
	CHECK_F(873, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(874, 0x5)
	/* fnmsub.s 0xffffffff802c0000 0xffffffff012c36ff 0xffffffffc0300000 rm=rdn frm=None */
	li t0, 0xffffffff802c0000; fmv.d.x f11, t0; li t0, 0xffffffff012c36ff; fmv.d.x f12, t0; li t0, 0xffffffffc0300000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rdn
	CHECK_F(875, f10, 0xffffffffc0300000)
	CHECK_FLAGS(876, 0x1)
	/* fnmsub.s 0xffffffff3f0431c1 0xffffffff35c40000 0xffffffff7f6ac431 rm=rdn frm=None */
	li t0, 0xffffffff3f0431c1; fmv.d.x f11, t0; li t0, 0xffffffff35c40000; fmv.d.x f12, t0; li t0, 0xffffffff7f6ac431; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rdn
	CHECK_F(877, f10, 0xffffffff7f6ac430)
	CHECK_FLAGS(878, 0x1)
	/* fnmsub.s 0xffffffffbfce5994 0xffffffff3fba270b 0xffffffff00beb9a8 rm=rdn frm=None */
	li t0, 0xffffffffbfce5994; fmv.d.x f11, t0; li t0, 0xffffffff3fba270b; fmv.d.x f12, t0; li t0, 0xffffffff00beb9a8; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rdn
	CHECK_F(879, f10, 0xffffffff40160c8e)
	CHECK_FLAGS(880, 0x1)
	/* fnmsub.s 0xffffffffc0312983 0xffffffff35ac0000 0xffffffffbfc4cd1c rm=rdn frm=None */
	li t0, 0xffffffffc0312983; fmv.d.x f11, t0; li t0, 0xffffffff35ac0000; fmv.d.x f12, t0; li t0, 0xffffffffbfc4cd1c; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rdn
	CHECK_F(881, f10, 0xffffffffbfc4ccff)
	CHECK_FLAGS(882, 0x1)
	/* fnmsub.s 0xffffffff8123169c 0xffffffff80933fde 0xffffffff3ff39902 rm=rdn frm=None */
	li t0, 0xffffffff8123169c; fmv.d.x f11, t0; li t0, 0xffffffff80933fde; fmv.d.x f12, t0; li t0, 0xffffffff3ff39902; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rdn
	CHECK_F(883, f10, 0xffffffff3ff39901)
	CHECK_FLAGS(884, 0x1)
	/* fnmsub.s 0xffffffff00680000 0xffffffffabe35d9d 0xffffffff80d40000 rm=rdn frm=None */
	li t0, 0xffffffff00680000; fmv.d.x f11, t0; li t0, 0xffffffffabe35d9d; fmv.d.x f12, t0; li t0, 0xffffffff80d40000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rdn
	CHECK_F(885, f10, 0xffffffff80d40000)
	CHECK_FLAGS(886, 0x1)
	/* fnmsub.s 0xffffffff000d39fb 0xffffffff80aa3cd6 0xffffffff7f280000 rm=rdn frm=None */
	li t0, 0xffffffff000d39fb; fmv.d.x f11, t0; li t0, 0xffffffff80aa3cd6; fmv.d.x f12, t0; li t0, 0xffffffff7f280000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rdn
	CHECK_F(887, f10, 0xffffffff7f280000)
	CHECK_FLAGS(888, 0x1)
	/* fnmsub.s 0xffffffffbfeef69a 0xffffffff005d4485 0xffffffff0cff1e40 rm=rdn frm=None */
	li t0, 0xffffffffbfeef69a; fmv.d.x f11, t0; li t0, 0xffffffff005d4485; fmv.d.x f12, t0; li t0, 0xffffffff0cff1e40; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rdn
	CHECK_F(889, f10, 0xffffffff0cff1e40)
	CHECK_FLAGS(890, 0x1)
	/* fnmsub.s 0xffffffff00df0a59 0xffffffff017b42cd 0xffffffff43140000 rm=rdn frm=None */
	li t0, 0xffffffff00df0a59; fmv.d.x f11, t0; li t0, 0xffffffff017b42cd; fmv.d.x f12, t0; li t0, 0xffffffff43140000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rdn
	CHECK_F(891, f10, 0xffffffff4313ffff)
	CHECK_FLAGS(892, 0x1)
	/* fnmsub.s 0xffffffff80580000 0xffffffff3f0527f9 0xffffffff01100000 rm=rdn frm=None */
	li t0, 0xffffffff80580000; fmv.d.x f11, t0; li t0, 0xffffffff3f0527f9; fmv.d.x f12, t0; li t0, 0xffffffff01100000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rdn
	CHECK_F(893, f10, 0xffffffff0126e2de)
	CHECK_FLAGS(894, 0x1)
	/* fnmsub.s 0xffffffff49980000 0xffffffffbf85177a 0xffffffff00a47d1d rm=rdn frm=None */
	li t0, 0xffffffff49980000; fmv.d.x f11, t0; li t0, 0xffffffffbf85177a; fmv.d.x f12, t0; li t0, 0xffffffff00a47d1d; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rdn
	CHECK_F(895, f10, 0xffffffff499e0be0)
	CHECK_FLAGS(896, 0x1)
	/* fnmsub.s 0xffffffffc0410d5a 0xffffffff012b8865 0xffffffffc0410d5a rm=rdn frm=None */
	li t0, 0xffffffffc0410d5a; fmv.d.x f11, t0; li t0, 0xffffffff012b8865; fmv.d.x f12, t0; li t0, 0xffffffffc0410d5a; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rdn
	CHECK_F(897, f10, 0xffffffffc0410d5a)
	CHECK_FLAGS(898, 0x1)
	/* fnmsub.s 0xffffffff3f780e3d 0xffffffff00dc0000 0xffffffff3f780e3d rm=rdn frm=None */
	li t0, 0xffffffff3f780e3d; fmv.d.x f11, t0; li t0, 0xffffffff00dc0000; fmv.d.x f12, t0; li t0, 0xffffffff3f780e3d; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rdn
	CHECK_F(899, f10, 0xffffffff3f780e3c)
	CHECK_FLAGS(900, 0x1)
	/* fnmsub.s 0xffffffffbf708684 0xffffffff01296d95 0xffffffffbf708684 rm=rdn frm=None */
	li t0, 0xffffffffbf708684; fmv.d.x f11, t0; li t0, 0xffffffff01296d95; fmv.d.x f12, t0; li t0, 0xffffffffbf708684; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rdn
	CHECK_F(901, f10, 0xffffffffbf708684)
	CHECK_FLAGS(902, 0x1)
	/* fnmsub.s 0xffffffffc5dfb286 0xffffffff150e3b4c 0xffffffffc5dfb286 rm=rdn frm=None */
	li t0, 0xffffffffc5dfb286; fmv.d.x f11, t0; li t0, 0xffffffff150e3b4c; fmv.d.x f12, t0; li t0, 0xffffffffc5dfb286; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rdn
	CHECK_F(903, f10, 0xffffffffc5dfb286)
	CHECK_FLAGS(904, 0x1)
	/* fnmsub.s 0xffffffff461f5a95 0xffffffffbf100000 0xffffffff461f5a95 rm=rdn frm=None */
	li t0, 0xffffffff461f5a95; fmv.d.x f11, t0; li t0, 0xffffffffbf100000; fmv.d.x f12, t0; li t0, 0xffffffff461f5a95; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rdn
	CHECK_F(905, f10, 0xffffffff4678fd88)
	CHECK_FLAGS(906, 0x1)
	/* fnmsub.s 0xffffffffd87b56f7 0xffffffffc9f2ec1f 0xffffffffd87b56f7 rm=rdn frm=None */
	li t0, 0xffffffffd87b56f7; fmv.d.x f11, t0; li t0, 0xffffffffc9f2ec1f; fmv.d.x f12, t0; li t0, 0xffffffffd87b56f7; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rdn
	CHECK_F(907, f10, 0xffffffffe2ee8010)
	CHECK_FLAGS(908, 0x1)
	/* fnmsub.s 0xffffffffbf0c89e6 0xffffffff003e80bf 0xffffffff49880000 rm=rup frm=None */
	li t0, 0xffffffffbf0c89e6; fmv.d.x f11, t0; li t0, 0xffffffff003e80bf; fmv.d.x f12, t0; li t0, 0xffffffff49880000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rup
	CHECK_F(909, f10, 0xffffffff49880001)
	CHECK_FLAGS(910, 0x1)
	/* fnmsub.s 0xffffffff80680000 0xffffffff80580000 0xffffffff3fc80000 rm=rup frm=None */
	li t0, 0xffffffff80680000; fmv.d.x f11, t0; li t0, 0xffffffff80580000; fmv.d.x f12, t0; li t0, 0xffffffff3fc80000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rup
	CHECK_F(911, f10, 0xffffffff3fc80000)
	CHECK_FLAGS(912, 0x1)
	/* fnmsub.s 0xffffffff7f6edc4d 0xffffffff35bd65c5 0xffffffff4001e788 rm=rup frm=None */
	li t0, 0xffffffff7f6edc4d; fmv.d.x f11, t0; li t0, 0xffffffff35bd65c5; fmv.d.x f12, t0; li t0, 0xffffffff4001e788; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rup
	CHECK_F(913, f10, 0xfffffffff5b0b799)
	CHECK_FLAGS(914, 0x1)
	/* fnmsub.s 0xffffffffbfbe3134 0xffffffff0133f314 0xffffffff49f394f5 rm=rup frm=None */
	li t0, 0xffffffffbfbe3134; fmv.d.x f11, t0; li t0, 0xffffffff0133f314; fmv.d.x f12, t0; li t0, 0xffffffff49f394f5; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rup
	CHECK_F(915, f10, 0xffffffff49f394f6)
	CHECK_FLAGS(916, 0x1)
	/* fnmsub.s 0xffffffffbfd0c1ba 0xffffffff49853271 0xffffffff3f2522f9 rm=rup frm=None */
	li t0, 0xffffffffbfd0c1ba; fmv.d.x f11, t0; li t0, 0xffffffff49853271; fmv.d.x f12, t0; li t0, 0xffffffff3f2522f9; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rup
	CHECK_F(917, f10, 0xffffffff49d93b95)
	CHECK_FLAGS(918, 0x1)
	/* fnmsub.s 0xffffffff805c0000 0xffffffffb5e28136 0xffffffff07d0029e rm=rup frm=None */
	li t0, 0xffffffff805c0000; fmv.d.x f11, t0; li t0, 0xffffffffb5e28136; fmv.d.x f12, t0; li t0, 0xffffffff07d0029e; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rup
	CHECK_F(919, f10, 0xffffffff07d0029e)
	CHECK_FLAGS(920, 0x1)
	/* fnmsub.s 0xffffffff3f3401c8 0xffffffff08cf4d36 0xffffffffbf827eba rm=rup frm=None */
	li t0, 0xffffffff3f3401c8; fmv.d.x f11, t0; li t0, 0xffffffff08cf4d36; fmv.d.x f12, t0; li t0, 0xffffffffbf827eba; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rup
	CHECK_F(921, f10, 0xffffffffbf827eba)
	CHECK_FLAGS(922, 0x1)
	/* fnmsub.s 0xffffffff7f2abe39 0xffffffff1fd90fa1 0xffffffff49b00000 rm=rup frm=None */
	li t0, 0xffffffff7f2abe39; fmv.d.x f11, t0; li t0, 0xffffffff1fd90fa1; fmv.d.x f12, t0; li t0, 0xffffffff49b00000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rup
	CHECK_F(923, f10, 0xffffffffdf90c5aa)
	CHECK_FLAGS(924, 0x1)
	/* fnmsub.s 0xffffffffbfc80000 0xffffffffd4848b42 0xffffffff0004398c rm=rup frm=None */
	li t0, 0xffffffffbfc80000; fmv.d.x f11, t0; li t0, 0xffffffffd4848b42; fmv.d.x f12, t0; li t0, 0xffffffff0004398c; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rup
	CHECK_F(925, f10, 0xffffffffd4cf1997)
	CHECK_FLAGS(926, 0x1)
	/* fnmsub.s 0xffffffff8073cf04 0xffffffff8139535a 0xffffffff7f39e811 rm=rup frm=None */
	li t0, 0xffffffff8073cf04; fmv.d.x f11, t0; li t0, 0xffffffff8139535a; fmv.d.x f12, t0; li t0, 0xffffffff7f39e811; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rup
	CHECK_F(927, f10, 0xffffffff7f39e811)
	CHECK_FLAGS(928, 0x1)
	/* fnmsub.s 0xffffffffc06e0494 0xffffffff49f17bc4 0xffffffff01480000 rm=rup frm=None */
	li t0, 0xffffffffc06e0494; fmv.d.x f11, t0; li t0, 0xffffffff49f17bc4; fmv.d.x f12, t0; li t0, 0xffffffff01480000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rup
	CHECK_F(929, f10, 0xffffffff4ae08562)
	CHECK_FLAGS(930, 0x1)
	/* fnmsub.s 0xffffffff03a80000 0xffffffff95300000 0xffffffffbf519428 rm=rup frm=None */
	li t0, 0xffffffff03a80000; fmv.d.x f11, t0; li t0, 0xffffffff95300000; fmv.d.x f12, t0; li t0, 0xffffffffbf519428; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rup
	CHECK_F(931, f10, 0xffffffffbf519427)
	CHECK_FLAGS(932, 0x1)
	/* fnmsub.s 0xffffffffc9b1cb55 0xffffffffc05c0000 0xffffffffc9b1cb55 rm=rup frm=None */
	li t0, 0xffffffffc9b1cb55; fmv.d.x f11, t0; li t0, 0xffffffffc05c0000; fmv.d.x f12, t0; li t0, 0xffffffffc9b1cb55; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rup
	CHECK_F(933, f10, 0xffffffffcac53d92)
	CHECK_FLAGS(934, 0x1)
	/* fnmsub.s 0xffffffff0db00000 0xffffffff813c0000 0xffffffff0db00000 rm=rup frm=None */
	li t0, 0xffffffff0db00000; fmv.d.x f11, t0; li t0, 0xffffffff813c0000; fmv.d.x f12, t0; li t0, 0xffffffff0db00000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rup
	CHECK_F(935, f10, 0xffffffff0db00001)
	CHECK_FLAGS(936, 0x1)
	/* fnmsub.s 0xffffffffb5ab7506 0xffffffff7f040000 0xffffffffb5ab7506 rm=rup frm=None */
	li t0, 0xffffffffb5ab7506; fmv.d.x f11, t0; li t0, 0xffffffff7f040000; fmv.d.x f12, t0; li t0, 0xffffffffb5ab7506; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rup
	CHECK_F(937, f10, 0xffffffff7530d0af)
	CHECK_FLAGS(938, 0x1)
	/* fnmsub.s 0xffffffff54480000 0xffffffff98a40000 0xffffffff54480000 rm=rup frm=None */
	li t0, 0xffffffff54480000; fmv.d.x f11, t0; li t0, 0xffffffff98a40000; fmv.d.x f12, t0; li t0, 0xffffffff54480000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rup
	CHECK_F(939, f10, 0xffffffff54480001)
	CHECK_FLAGS(940, 0x1)
	/* fnmsub.s 0xffffffffbf5e422e 0xffffffff80e1a8fa 0xffffffffbf5e422e rm=rup frm=None */
	li t0, 0xffffffffbf5e422e; fmv.d.x f11, t0; li t0, 0xffffffff80e1a8fa; fmv.d.x f12, t0; li t0, 0xffffffffbf5e422e; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rup
	CHECK_F(941, f10, 0xffffffffbf5e422e)
	CHECK_FLAGS(942, 0x1)
	/* fnmsub.s 0xffffffff3593ec95 0xffffffff00d2d4ca 0xffffffff3593ec95 rm=rup frm=None */
	li t0, 0xffffffff3593ec95; fmv.d.x f11, t0; li t0, 0xffffffff00d2d4ca; fmv.d.x f12, t0; li t0, 0xffffffff3593ec95; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rup
	CHECK_F(943, f10, 0xffffffff3593ec95)
	CHECK_FLAGS(944, 0x1)
	/* fnmsub.s 0xffffffff00940000 0xffffffff49dc8735 0xffffffff35a452f0 rm=rmm frm=None */
	li t0, 0xffffffff00940000; fmv.d.x f11, t0; li t0, 0xffffffff49dc8735; fmv.d.x f12, t0; li t0, 0xffffffff35a452f0; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rmm
	CHECK_F(945, f10, 0xffffffff35a452f0)
	CHECK_FLAGS(946, 0x1)
	/* fnmsub.s 0xffffffff0001824d 0xffffffff4ef61223 0xffffffff05ca64d4 rm=rmm frm=None */
	li t0, 0xffffffff0001824d; fmv.d.x f11, t0; li t0, 0xffffffff4ef61223; fmv.d.x f12, t0; li t0, 0xffffffff05ca64d4; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rmm
	CHECK_F(947, f10, 0xffffffff8cb9a585)
	CHECK_FLAGS(948, 0x1)
	/* fnmsub.s 0xffffffff005ce3be 0xffffffff88800000 0xffffffff3f058d96 rm=rmm frm=None */
	li t0, 0xffffffff005ce3be; fmv.d.x f11, t0; li t0, 0xffffffff88800000; fmv.d.x f12, t0; li t0, 0xffffffff3f058d96; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rmm
	CHECK_F(949, f10, 0xffffffff3f058d96)
	CHECK_FLAGS(950, 0x1)
	/* fnmsub.s 0xffffffff35c15572 0xffffffffdbbb9bf8 0xffffffff7f4269c1 rm=rmm frm=None */
	li t0, 0xffffffff35c15572; fmv.d.x f11, t0; li t0, 0xffffffffdbbb9bf8; fmv.d.x f12, t0; li t0, 0xffffffff7f4269c1; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rmm
	CHECK_F(951, f10, 0xffffffff7f4269c1)
	CHECK_FLAGS(952, 0x1)
	/* fnmsub.s 0xffffffff9ba61b98 0xffffffff000637e7 0xffffffff3fe161b7 rm=rmm frm=None */
	li t0, 0xffffffff9ba61b98; fmv.d.x f11, t0; li t0, 0xffffffff000637e7; fmv.d.x f12, t0; li t0, 0xffffffff3fe161b7; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rmm
	CHECK_F(953, f10, 0xffffffff3fe161b7)
	CHECK_FLAGS(954, 0x1)
	/* fnmsub.s 0xffffffffcb64605d 0xffffffffbcbf73a2 0xffffffff3f4c0000 rm=rmm frm=None */
	li t0, 0xffffffffcb64605d; fmv.d.x f11, t0; li t0, 0xffffffffbcbf73a2; fmv.d.x f12, t0; li t0, 0xffffffff3f4c0000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rmm
	CHECK_F(955, f10, 0xffffffffc8aacaf4)
	CHECK_FLAGS(956, 0x1)
	/* fnmsub.s 0xffffffff49bc0000 0xffffffffff160519 0xffffffff3f402c34 rm=rmm frm=None */
	li t0, 0xffffffff49bc0000; fmv.d.x f11, t0; li t0, 0xffffffffff160519; fmv.d.x f12, t0; li t0, 0xffffffff3f402c34; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rmm
	CHECK_F(957, f10, 0xffffffff7f800000)
	CHECK_FLAGS(958, 0x5)
	/* fnmsub.s 0xffffffffc07e76d7 0xffffffff80837dd0 0xffffffffbf1c0000 rm=rmm frm=None */
	li t0, 0xffffffffc07e76d7; fmv.d.x f11, t0; li t0, 0xffffffff80837dd0; fmv.d.x f12, t0; li t0, 0xffffffffbf1c0000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rmm
	CHECK_F(959, f10, 0xffffffffbf1c0000)
	CHECK_FLAGS(960, 0x1)
	/* fnmsub.s 0xffffffff3720569e 0xffffffff7f1552ed 0xffffffff4c600000 rm=rmm frm=None */
	li t0, 0xffffffff3720569e; fmv.d.x f11, t0; li t0, 0xffffffff7f1552ed; fmv.d.x f12, t0; li t0, 0xffffffff4c600000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rmm
	CHECK_F(961, f10, 0xfffffffff6bb0cb4)
	CHECK_FLAGS(962, 0x1)
	/* fnmsub.s 0xffffffff81380000 0xffffffff3f5a8166 0xffffffffb5d80000 rm=rmm frm=None */
	li t0, 0xffffffff81380000; fmv.d.x f11, t0; li t0, 0xffffffff3f5a8166; fmv.d.x f12, t0; li t0, 0xffffffffb5d80000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rmm
	CHECK_F(963, f10, 0xffffffffb5d80000)
	CHECK_FLAGS(964, 0x1)
	/* fnmsub.s 0xffffffff4b5a598d 0xffffffff8753aa40 0xffffffff3fb80000 rm=rmm frm=None */
	li t0, 0xffffffff4b5a598d; fmv.d.x f11, t0; li t0, 0xffffffff8753aa40; fmv.d.x f12, t0; li t0, 0xffffffff3fb80000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rmm
	CHECK_F(965, f10, 0xffffffff3fb80000)
	CHECK_FLAGS(966, 0x1)
	/* fnmsub.s 0xffffffff3f940000 0xffffffff3faabcd3 0xffffffff40394300 rm=rmm frm=None */
	li t0, 0xffffffff3f940000; fmv.d.x f11, t0; li t0, 0xffffffff3faabcd3; fmv.d.x f12, t0; li t0, 0xffffffff40394300; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rmm
	CHECK_F(967, f10, 0xffffffff3fad1bac)
	CHECK_FLAGS(968, 0x1)
	/* fnmsub.s 0xffffffffff4548b6 0xffffffff878fee97 0xffffffffff4548b6 rm=rmm frm=None */
	li t0, 0xffffffffff4548b6; fmv.d.x f11, t0; li t0, 0xffffffff878fee97; fmv.d.x f12, t0; li t0, 0xffffffffff4548b6; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rmm
	CHECK_F(969, f10, 0xffffffffff4548b6)
	CHECK_FLAGS(970, 0x1)
	/* fnmsub.s 0xffffffff35e4a24e 0xffffffffd2d80000 0xffffffff35e4a24e rm=rmm frm=None */
	li t0, 0xffffffff35e4a24e; fmv.d.x f11, t0; li t0, 0xffffffffd2d80000; fmv.d.x f12, t0; li t0, 0xffffffff35e4a24e; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rmm
	CHECK_F(971, f10, 0xffffffff4940e8f2)
	CHECK_FLAGS(972, 0x1)
	/* fnmsub.s 0xffffffff81503ea3 0xffffffff40162d20 0xffffffff81503ea3 rm=rmm frm=None */
	li t0, 0xffffffff81503ea3; fmv.d.x f11, t0; li t0, 0xffffffff40162d20; fmv.d.x f12, t0; li t0, 0xffffffff81503ea3; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rmm
	CHECK_F(973, f10, 0xffffffff018c3380)
	CHECK_FLAGS(974, 0x1)
	/* fnmsub.s 0xffffffff802f42bc 0xffffffffc9f658b4 0xffffffff802f42bc rm=rmm frm=None */
	li t0, 0xffffffff802f42bc; fmv.d.x f11, t0; li t0, 0xffffffffc9f658b4; fmv.d.x f12, t0; li t0, 0xffffffff802f42bc; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rmm
	CHECK_F(975, f10, 0xffffffff8a35ea09)
	CHECK_FLAGS(976, 0x1)
	/* fnmsub.s 0xffffffff811812e3 0xffffffff80226cb0 0xffffffff811812e3 rm=rmm frm=None */
	li t0, 0xffffffff811812e3; fmv.d.x f11, t0; li t0, 0xffffffff80226cb0; fmv.d.x f12, t0; li t0, 0xffffffff811812e3; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rmm
	CHECK_F(977, f10, 0xffffffff811812e3)
	CHECK_FLAGS(978, 0x1)
	/* fnmsub.s 0xffffffff81300000 0xffffffff012c0000 0xffffffff81300000 rm=rmm frm=None */
	li t0, 0xffffffff81300000; fmv.d.x f11, t0; li t0, 0xffffffff012c0000; fmv.d.x f12, t0; li t0, 0xffffffff81300000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rmm
	CHECK_F(979, f10, 0xffffffff81300000)
	CHECK_FLAGS(980, 0x1)
	/* fnmsub.s 0xffffffffc9800000 0xffffffffbd17854a 0xffffffff1d0acc02 rm=None frm=0 */
	li t0, 0xffffffffc9800000; fmv.d.x f11, t0; li t0, 0xffffffffbd17854a; fmv.d.x f12, t0; li t0, 0xffffffff1d0acc02; fmv.d.x f13, t0; fsrmi 0; fnmsub.s f10, f11, f12, f13
	CHECK_F(981, f10, 0xffffffffc717854a)
	CHECK_FLAGS(982, 0x1)
	/* fnmsub.s 0xffffffff40617d80 0xffffffff3fd98c2a 0xffffffffb5aeafe2 rm=None frm=0 */
	li t0, 0xffffffff40617d80; fmv.d.x f11, t0; li t0, 0xffffffff3fd98c2a; fmv.d.x f12, t0; li t0, 0xffffffffb5aeafe2; fmv.d.x f13, t0; fsrmi 0; fnmsub.s f10, f11, f12, f13
	CHECK_F(983, f10, 0xffffffffc0bf9eda)
	CHECK_FLAGS(984, 0x1)
	/* fnmsub.s 0xffffffff40658ad4 0xffffffff40300000 0xffffffff804b9c18 rm=None frm=0 */
	li t0, 0xffffffff40658ad4; fmv.d.x f11, t0; li t0, 0xffffffff40300000; fmv.d.x f12, t0; li t0, 0xffffffff804b9c18; fmv.d.x f13, t0; fsrmi 0; fnmsub.s f10, f11, f12, f13
	CHECK_F(985, f10, 0xffffffffc11dcf72)
	CHECK_FLAGS(986, 0x1)
	/* fnmsub.s 0xffffffff3ff61bd2 0xffffffff00b01617 0xffffffff9c06ea9f rm=None frm=0 */
	li t0, 0xffffffff3ff61bd2; fmv.d.x f11, t0; li t0, 0xffffffff00b01617; fmv.d.x f12, t0; li t0, 0xffffffff9c06ea9f; fmv.d.x f13, t0; fsrmi 0; fnmsub.s f10, f11, f12, f13
	CHECK_F(987, f10, 0xffffffff9c06ea9f)
	CHECK_FLAGS(988, 0x1)
	/* fnmsub.s 0xffffffffbf2faa86 0xffffffff8077a8f3 0xffffffffbff00000 rm=None frm=1 */
	li t0, 0xffffffffbf2faa86; fmv.d.x f11, t0; li t0, 0xffffffff8077a8f3; fmv.d.x f12, t0; li t0, 0xffffffffbff00000; fmv.d.x f13, t0; fsrmi 1; fnmsub.s f10, f11, f12, f13
	CHECK_F(989, f10, 0xffffffffbff00000)
	CHECK_FLAGS(990, 0x1)
	/* fnmsub.s 0xffffffff00e62925 0xffffffff7f148a76 0xffffffffc98e46a9 rm=None frm=1 */
	li t0, 0xffffffff00e62925; fmv.d.x f11, t0; li t0, 0xffffffff7f148a76; fmv.d.x f12, t0; li t0, 0xffffffffc98e46a9; fmv.d.x f13, t0; fsrmi 1; fnmsub.s f10, f11, f12, f13
	CHECK_F(991, f10, 0xffffffffc98e46ca)
	CHECK_FLAGS(992, 0x1)
	/* fnmsub.s 0xffffffff0fc54edc 0xffffffff3fb1e5f4 0xffffffffc98b2366 rm=None frm=1 */
	li t0, 0xffffffff0fc54edc; fmv.d.x f11, t0; li t0, 0xffffffff3fb1e5f4; fmv.d.x f12, t0; li t0, 0xffffffffc98b2366; fmv.d.x f13, t0; fsrmi 1; fnmsub.s f10, f11, f12, f13
	CHECK_F(993, f10, 0xffffffffc98b2366)
	CHECK_FLAGS(994, 0x1)
	/* fnmsub.s 0xffffffff3f63e31c 0xffffffff802b873d 0xffffffff00d80000 rm=None frm=1 */
	li t0, 0xffffffff3f63e31c; fmv.d.x f11, t0; li t0, 0xffffffff802b873d; fmv.d.x f12, t0; li t0, 0xffffffff00d80000; fmv.d.x f13, t0; fsrmi 1; fnmsub.s f10, f11, f12, f13
	CHECK_F(995, f10, 0xffffffff00febf88)
	CHECK_FLAGS(996, 0x1)
	/* fnmsub.s 0xffffffff40480000 0xffffffff35af08a2 0xffffffff49e561e8 rm=None frm=2 */
	li t0, 0xffffffff40480000; fmv.d.x f11, t0; li t0, 0xffffffff35af08a2; fmv.d.x f12, t0; li t0, 0xffffffff49e561e8; fmv.d.x f13, t0; fsrmi 2; fnmsub.s f10, f11, f12, f13
	CHECK_F(997, f10, 0xffffffff49e561e7)
	CHECK_FLAGS(998, 0x1)
	/* fnmsub.s 0xffffffff35e80000 0xffffffff001e0fc8 0xffffffff903229a8 rm=None frm=2 */
	li t0, 0xffffffff35e80000; fmv.d.x f11, t0; li t0, 0xffffffff001e0fc8; fmv.d.x f12, t0; li t0, 0xffffffff903229a8; fmv.d.x f13, t0; fsrmi 2; fnmsub.s f10, f11, f12, f13
	CHECK_F(999, f10, 0xffffffff903229a9)
	CHECK_FLAGS(1000, 0x1)
	/* fnmsub.s 0xffffffff809951ba 0xffffffff401eaff2 0xffffffff00609b57 rm=None frm=2 */
	li t0, 0xffffffff809951ba; fmv.d.x f11, t0; li t0, 0xffffffff401eaff2; fmv.d.x f12, t0; li t0, 0xffffffff00609b57; fmv.d.x f13, t0; fsrmi 2; fnmsub.s f10, f11, f12, f13
	CHECK_F(1001, f10, 0xffffffff016e614c)
	CHECK_FLAGS(1002, 0x1)
	/* fnmsub.s 0xffffffff81780000 0xffffffff3f3c5f96 0xffffffffc9da05a6 rm=None frm=2 */
	li t0, 0xffffffff81780000; fmv.d.x f11, t0; li t0, 0xffffffff3f3c5f96; fmv.d.x f12, t0; li t0, 0xffffffffc9da05a6; fmv.d.x f13, t0; fsrmi 2; fnmsub.s f10, f11, f12, f13
	CHECK_F(1003, f10, 0xffffffffc9da05a6)
	CHECK_FLAGS(1004, 0x1)
	/* fnmsub.s 0xffffffff3c140000 0xffffffffff380000 0xffffffff20a83a83 rm=None frm=3 */
	li t0, 0xffffffff3c140000; fmv.d.x f11, t0; li t0, 0xffffffffff380000; fmv.d.x f12, t0; li t0, 0xffffffff20a83a83; fmv.d.x f13, t0; fsrmi 3; fnmsub.s f10, f11, f12, f13
	CHECK_F(1005, f10, 0xffffffff7bd4c001)
	CHECK_FLAGS(1006, 0x1)
	/* fnmsub.s 0xffffffff498b647d 0xffffffffbf577935 0xffffffff0ab2e26d rm=None frm=3 */
	li t0, 0xffffffff498b647d; fmv.d.x f11, t0; li t0, 0xffffffffbf577935; fmv.d.x f12, t0; li t0, 0xffffffff0ab2e26d; fmv.d.x f13, t0; fsrmi 3; fnmsub.s f10, f11, f12, f13
	CHECK_F(1007, f10, 0xffffffff496aa6c9)
	CHECK_FLAGS(1008, 0x1)
	/* fnmsub.s 0xffffffff00a80000 0xffffffffb5c2b875 0xffffffff80458d15 rm=None frm=3 */
	li t0, 0xffffffff00a80000; fmv.d.x f11, t0; li t0, 0xffffffffb5c2b875; fmv.d.x f12, t0; li t0, 0xffffffff80458d15; fmv.d.x f13, t0; fsrmi 3; fnmsub.s f10, f11, f12, f13
	CHECK_F(1009, f10, 0xffffffff80458d05)
	CHECK_FLAGS(1010, 0x3)
	/* fnmsub.s 0xffffffffc0058215 0xffffffff01d80000 0xffffffff40300000 rm=None frm=3 */
	li t0, 0xffffffffc0058215; fmv.d.x f11, t0; li t0, 0xffffffff01d80000; fmv.d.x f12, t0; li t0, 0xffffffff40300000; fmv.d.x f13, t0; fsrmi 3; fnmsub.s f10, f11, f12, f13
	CHECK_F(1011, f10, 0xffffffff40300001)
	CHECK_FLAGS(1012, 0x1)
	/* fnmsub.s 0xffffffff80646dbe 0xffffffff80a7a6d6 0xffffffff403c0000 rm=None frm=4 */
	li t0, 0xffffffff80646dbe; fmv.d.x f11, t0; li t0, 0xffffffff80a7a6d6; fmv.d.x f12, t0; li t0, 0xffffffff403c0000; fmv.d.x f13, t0; fsrmi 4; fnmsub.s f10, f11, f12, f13
	CHECK_F(1013, f10, 0xffffffff403c0000)
	CHECK_FLAGS(1014, 0x1)
	/* fnmsub.s 0xffffffff0163160a 0xffffffff7f4740d8 0xffffffff00a90f56 rm=None frm=4 */
	li t0, 0xffffffff0163160a; fmv.d.x f11, t0; li t0, 0xffffffff7f4740d8; fmv.d.x f12, t0; li t0, 0xffffffff00a90f56; fmv.d.x f13, t0; fsrmi 4; fnmsub.s f10, f11, f12, f13
	CHECK_F(1015, f10, 0xffffffffc130bfa7)
	CHECK_FLAGS(1016, 0x1)
	/* fnmsub.s 0xffffffffbf080000 0xffffffff004d266e 0xffffffffbfc40000 rm=None frm=4 */
	li t0, 0xffffffffbf080000; fmv.d.x f11, t0; li t0, 0xffffffff004d266e; fmv.d.x f12, t0; li t0, 0xffffffffbfc40000; fmv.d.x f13, t0; fsrmi 4; fnmsub.s f10, f11, f12, f13
	CHECK_F(1017, f10, 0xffffffffbfc40000)
	CHECK_FLAGS(1018, 0x1)
	/* fnmsub.s 0xffffffff4aedc84a 0xffffffff3f746264 0xffffffffff097d37 rm=None frm=4 */
	li t0, 0xffffffff4aedc84a; fmv.d.x f11, t0; li t0, 0xffffffff3f746264; fmv.d.x f12, t0; li t0, 0xffffffffff097d37; fmv.d.x f13, t0; fsrmi 4; fnmsub.s f10, f11, f12, f13
	CHECK_F(1019, f10, 0xffffffffff097d37)
	CHECK_FLAGS(1020, 0x1)
	/* fnmadd.s 0xffffffffff800000 0xffffffff3fc00000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff3fc00000; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1021, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1022, 0x0)
	/* fnmadd.s 0xffffffff00000000 0xffffffffffc12345 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; li t0, 0xffffffff3f000000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1023, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1024, 0x0)
	/* fnmadd.s 0xffffffff7fc00000 0xffffffff80000000 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff80000000; fmv.d.x f12, t0; li t0, 0xffffffffbf000000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1025, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1026, 0x0)
	/* fnmadd.s 0xffffffff3fc00000 0xffffffff80000000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff80000000; fmv.d.x f12, t0; li t0, 0xffffffffffc12345; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1027, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1028, 0x0)
	/* fnmadd.s 0xffffffff40200000 0xffffffff7fc00000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; li t0, 0xffffffffbf800000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1029, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1030, 0x0)
	/* fnmadd.s 0xffffffff3f800000 0xffffffffbf800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffffc0200000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1031, f10, 0xffffffff40600000)
	CHECK_FLAGS(1032, 0x0)
	/* fnmadd.s 0xffffffff3f800000 0xffffffffbf000000 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf000000; fmv.d.x f12, t0; li t0, 0xffffffff3f000000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1033, f10, 0xffffffff00000000)
	CHECK_FLAGS(1034, 0x0)
	/* fnmadd.s 0xffffffff80000000 0xffffffff3f000000 0xffffffff3fc00000 rm=rne frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; li t0, 0xffffffff3fc00000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1035, f10, 0xffffffffbfc00000)
	CHECK_FLAGS(1036, 0x0)
	/* fnmadd.s 0xffffffffbf000000 0xffffffff80000000 0xffffffff7fc00000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff80000000; fmv.d.x f12, t0; li t0, 0xffffffff7fc00000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1037, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1038, 0x0)
	/* fnmadd.s 0xffffffff7f800000 0xffffffff80000000 0xffffffff7fc00000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff80000000; fmv.d.x f12, t0; li t0, 0xffffffff7fc00000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1039, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1040, 0x10)
	/* fnmadd.s 0xffffffff7fc00000 0xffffffff40200000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff40200000; fmv.d.x f12, t0; li t0, 0xffffffffffc12345; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1041, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1042, 0x0)
	/* fnmadd.s 0xffffffffbf000000 0xffffffff3f000000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; li t0, 0xffffffffc0200000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1043, f10, 0xffffffff40300000)
	CHECK_FLAGS(1044, 0x0)
	/* fnmadd.s 0xffffffff7f800000 0xffffffff3f800000 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1045, f10, 0xffffffffff800000)
	CHECK_FLAGS(1046, 0x0)
	/* fnmadd.s 0xffffffffbf800000 0xffffffffbf000000 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffffbf000000; fmv.d.x f12, t0; li t0, 0xffffffffbf000000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1047, f10, 0xffffffff00000000)
	CHECK_FLAGS(1048, 0x0)
	/* fnmadd.s 0xffffffffbf000000 0xffffffff3fc00000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff3fc00000; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1049, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1050, 0x0)
	/* fnmadd.s 0xffffffff00000000 0xffffffff7f7fffff 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; li t0, 0xffffffffbf800000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1051, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1052, 0x0)
	/* fnmadd.s 0xffffffff00000000 0x7fc0000000000000 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; li t0, 0xffffffff40200000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1053, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1054, 0x0)
	/* fnmadd.s 0xffffffffbf000000 0xffffffff7f800001 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800001; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1055, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1056, 0x10)
	/* fnmadd.s 0xffffffff3f800000 0xffffffff7f7fffff 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; li t0, 0xffffffff00000000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1057, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(1058, 0x0)
	/* fnmadd.s 0xffffffff80000000 0xffffffffffc12345 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; li t0, 0xffffffffffc12345; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1059, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1060, 0x0)
	/* fnmadd.s 0xffffffff00000000 0xffffffffbf800000 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffff40200000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1061, f10, 0xffffffffc0200000)
	CHECK_FLAGS(1062, 0x0)
	/* fnmadd.s 0xffffffff7f800001 0xffffffff7f800001 0xffffffff80000000 rm=rne frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f800001; fmv.d.x f12, t0; li t0, 0xffffffff80000000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1063, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1064, 0x10)
	/* fnmadd.s 0xffffffff3f000000 0xffffffffffc12345 0xffffffff7f800001 rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; li t0, 0xffffffff7f800001; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1065, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1066, 0x10)
	/* fnmadd.s 0xffffffffbf000000 0xffffffff7f800000 0xffffffff7fc00000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; li t0, 0xffffffff7fc00000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1067, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1068, 0x0)
	/* fnmadd.s 0xffffffff3fc00000 0xffffffffc0200000 0xffffffff7f800000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; li t0, 0xffffffff7f800000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1069, f10, 0xffffffffff800000)
	CHECK_FLAGS(1070, 0x0)
	/* fnmadd.s 0xffffffffbf000000 0xffffffff80000000 0xffffffff7fc00000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff80000000; fmv.d.x f12, t0; li t0, 0xffffffff7fc00000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1071, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1072, 0x0)
	/* fnmadd.s 0xffffffffff800000 0xffffffff3fc00000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff3fc00000; fmv.d.x f12, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1073, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1074, 0x0)
	/* fnmadd.s 0xffffffff00000000 0xffffffff3fc00000 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff3fc00000; fmv.d.x f12, t0; li t0, 0xffffffffbf000000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1075, f10, 0xffffffff3f000000)
	CHECK_FLAGS(1076, 0x0)
	/* fnmadd.s 0xffffffff3f800000 0xffffffff80000000 0xffffffff7f800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff80000000; fmv.d.x f12, t0; li t0, 0xffffffff7f800000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1077, f10, 0xffffffffff800000)
	CHECK_FLAGS(1078, 0x0)
	/* fnmadd.s 0xffffffff7fc00000 0xffffffffffc12345 0xffffffff3fc00000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; li t0, 0xffffffff3fc00000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1079, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1080, 0x0)
	/* fnmadd.s 0xffffffff00000000 0xffffffff40200000 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff40200000; fmv.d.x f12, t0; li t0, 0xffffffff3f000000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1081, f10, 0xffffffffbf000000)
	CHECK_FLAGS(1082, 0x0)
	/* fnmadd.s 0x7fc0000000000000 0xffffffff7fc00000 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; li t0, 0xffffffff3f000000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1083, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1084, 0x0)
	/* fnmadd.s 0xffffffff7fc00000 0xffffffffffc12345 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; li t0, 0xffffffffffc12345; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1085, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1086, 0x0)
	/* fnmadd.s 0xffffffff80000000 0xffffffff00000000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1087, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(1088, 0x0)
	/* fnmadd.s 0xffffffff40200000 0xffffffffffc12345 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1089, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1090, 0x0)
	/* fnmadd.s 0xffffffff40200000 0xffffffff7fc00000 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1091, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1092, 0x0)
	/* fnmadd.s 0xffffffff3fc00000 0xffffffff7f800001 0xffffffff80000000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f800001; fmv.d.x f12, t0; li t0, 0xffffffff80000000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1093, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1094, 0x10)
	/* fnmadd.s 0xffffffffffc12345 0x7fc0000000000000 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1095, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1096, 0x0)
	/* fnmadd.s 0x7fc0000000000000 0xffffffffbf800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffffc0200000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1097, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1098, 0x0)
	/* fnmadd.s 0xffffffff7f800000 0xffffffffffc12345 0xffffffff7f800001 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; li t0, 0xffffffff7f800001; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1099, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1100, 0x10)
	/* fnmadd.s 0xffffffff00000000 0xffffffffbf800000 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffff3f000000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1101, f10, 0xffffffffbf000000)
	CHECK_FLAGS(1102, 0x0)
	/* fnmadd.s 0xffffffff7f800000 0xffffffff7f800000 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; li t0, 0xffffffff40200000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1103, f10, 0xffffffffff800000)
	CHECK_FLAGS(1104, 0x0)
	/* fnmadd.s 0xffffffff7fc00000 0xffffffff3f800000 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffff3f000000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1105, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1106, 0x0)
	/* fnmadd.s 0xffffffff3f000000 0xffffffff40200000 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; li t0, 0xffffffff40200000; fmv.d.x f12, t0; li t0, 0xffffffff40200000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1107, f10, 0xffffffffc0700000)
	CHECK_FLAGS(1108, 0x0)
	/* fnmadd.s 0xffffffffbf000000 0xffffffff7f800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; li t0, 0x7fc0000000000000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1109, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1110, 0x0)
	/* fnmadd.s 0xffffffffffc12345 0xffffffff7f7fffff 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; li t0, 0x7fc0000000000000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1111, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1112, 0x0)
	/* fnmadd.s 0xffffffff7f800000 0xffffffffc0200000 0xffffffff7f800000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; li t0, 0xffffffff7f800000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1113, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1114, 0x10)
	/* fnmadd.s 0xffffffffbf000000 0xffffffffff800000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; li t0, 0xffffffffbf800000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1115, f10, 0xffffffffff800000)
	CHECK_FLAGS(1116, 0x0)
	/* fnmadd.s 0xffffffff3f000000 0xffffffffffc12345 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1117, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1118, 0x0)
	/* fnmadd.s 0xffffffff3f000000 0xffffffff7f800001 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800001; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1119, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1120, 0x10)
	/* fnmadd.s 0xffffffff3fc00000 0xffffffffc0200000 0xffffffff80000000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; li t0, 0xffffffff80000000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1121, f10, 0xffffffff40700000)
	CHECK_FLAGS(1122, 0x0)
	/* fnmadd.s 0x7fc0000000000000 0xffffffff7fc00000 0xffffffff7f800001 rm=rne frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; li t0, 0xffffffff7f800001; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1123, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1124, 0x10)
	/* fnmadd.s 0xffffffff7fc00000 0xffffffff7fc00000 0xffffffff7f800000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; li t0, 0xffffffff7f800000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1125, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1126, 0x0)
	/* fnmadd.s 0xffffffff7f800001 0xffffffff80000000 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff80000000; fmv.d.x f12, t0; li t0, 0xffffffffbf000000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1127, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1128, 0x10)
	/* fnmadd.s 0xffffffff00000000 0xffffffff7fc00000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; li t0, 0xffffffffc0200000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1129, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1130, 0x0)
	/* fnmadd.s 0xffffffff3f800000 0xffffffff7fc00000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; li t0, 0x7fc0000000000000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1131, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1132, 0x0)
	/* fnmadd.s 0xffffffff3f000000 0xffffffffffc12345 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; li t0, 0xffffffffffc12345; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1133, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1134, 0x0)
	/* fnmadd.s 0xffffffffc0200000 0xffffffffbf800000 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1135, f10, 0xffffffffc0600000)
	CHECK_FLAGS(1136, 0x0)
	/* fnmadd.s 0xffffffff7f800000 0xffffffff3fc00000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff3fc00000; fmv.d.x f12, t0; li t0, 0xffffffffffc12345; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1137, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1138, 0x0)
	/* fnmadd.s 0xffffffff3f000000 0xffffffffc0200000 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1139, f10, 0xffffffff3e800000)
	CHECK_FLAGS(1140, 0x0)
	/* fnmadd.s 0xffffffff8164ad35 0xffffffffff740000 0xffffffff80e63ff4 rm=rne frm=None */
	li t0, 0xffffffff8164ad35; fmv.d.x f11, t0; li t0, 0xffffffffff740000; fmv.d.x f12, t0; li t0, 0xffffffff80e63ff4; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1141, f10, 0xffffffffc159f517)
	CHECK_FLAGS(1142, 0x1)
	/* fnmadd.s 0xffffffff01031cc1 0xffffffff00e933c9 0xffffffffbf999407 rm=rne frm=None */
	li t0, 0xffffffff01031cc1; fmv.d.x f11, t0; li t0, 0xffffffff00e933c9; fmv.d.x f12, t0; li t0, 0xffffffffbf999407; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1143, f10, 0xffffffff3f999407)
	CHECK_FLAGS(1144, 0x1)
	/* fnmadd.s 0xffffffff407c0000 0xffffffff005af43b 0xffffffff265c0000 rm=rne frm=None */
	li t0, 0xffffffff407c0000; fmv.d.x f11, t0; li t0, 0xffffffff005af43b; fmv.d.x f12, t0; li t0, 0xffffffff265c0000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1145, f10, 0xffffffffa65c0000)
	CHECK_FLAGS(1146, 0x1)
	/* fnmadd.s 0xffffffff8078a6bb 0xffffffff00700000 0xffffffffc9b01730 rm=rne frm=None */
	li t0, 0xffffffff8078a6bb; fmv.d.x f11, t0; li t0, 0xffffffff00700000; fmv.d.x f12, t0; li t0, 0xffffffffc9b01730; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1147, f10, 0xffffffff49b01730)
	CHECK_FLAGS(1148, 0x1)
	/* fnmadd.s 0xffffffff3fe02af2 0xffffffff7f29bc6b 0xffffffffb5a275f6 rm=rne frm=None */
	li t0, 0xffffffff3fe02af2; fmv.d.x f11, t0; li t0, 0xffffffff7f29bc6b; fmv.d.x f12, t0; li t0, 0xffffffffb5a275f6; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1149, f10, 0xffffffffff800000)
	CHECK_FLAGS(1150, 0x5)
	/* fnmadd.s 0xffffffff3fd40000 0xffffffffff7d4245 0xffffffff001a55f6 rm=rne frm=None */
	li t0, 0xffffffff3fd40000; fmv.d.x f11, t0; li t0, 0xffffffffff7d4245; fmv.d.x f12, t0; li t0, 0xffffffff001a55f6; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1151, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1152, 0x5)
	/* fnmadd.s 0xffffffffd6240000 0xffffffff35ec0000 0xffffffffc9f04dce rm=rne frm=None */
	li t0, 0xffffffffd6240000; fmv.d.x f11, t0; li t0, 0xffffffff35ec0000; fmv.d.x f12, t0; li t0, 0xffffffffc9f04dce; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1153, f10, 0xffffffff4c9af137)
	CHECK_FLAGS(1154, 0x1)
	/* fnmadd.s 0xffffffff29100000 0xffffffffff1d92d6 0xffffffff00e00000 rm=rne frm=None */
	li t0, 0xffffffff29100000; fmv.d.x f11, t0; li t0, 0xffffffffff1d92d6; fmv.d.x f12, t0; li t0, 0xffffffff00e00000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1155, f10, 0xffffffff68b14531)
	CHECK_FLAGS(1156, 0x1)
	/* fnmadd.s 0xffffffff40318988 0xffffffff005c611c 0xffffffff3f229356 rm=rne frm=None */
	li t0, 0xffffffff40318988; fmv.d.x f11, t0; li t0, 0xffffffff005c611c; fmv.d.x f12, t0; li t0, 0xffffffff3f229356; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1157, f10, 0xffffffffbf229356)
	CHECK_FLAGS(1158, 0x1)
	/* fnmadd.s 0xffffffffc0208e4f 0xffffffff80286dc3 0xffffffff405f9702 rm=rne frm=None */
	li t0, 0xffffffffc0208e4f; fmv.d.x f11, t0; li t0, 0xffffffff80286dc3; fmv.d.x f12, t0; li t0, 0xffffffff405f9702; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1159, f10, 0xffffffffc05f9702)
	CHECK_FLAGS(1160, 0x1)
	/* fnmadd.s 0xffffffff34d65182 0xffffffff80ff36cc 0xffffffffc05eea8a rm=rne frm=None */
	li t0, 0xffffffff34d65182; fmv.d.x f11, t0; li t0, 0xffffffff80ff36cc; fmv.d.x f12, t0; li t0, 0xffffffffc05eea8a; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1161, f10, 0xffffffff405eea8a)
	CHECK_FLAGS(1162, 0x1)
	/* fnmadd.s 0xffffffffbf538ece 0xffffffffbf65e55c 0xffffffff36380000 rm=rne frm=None */
	li t0, 0xffffffffbf538ece; fmv.d.x f11, t0; li t0, 0xffffffffbf65e55c; fmv.d.x f12, t0; li t0, 0xffffffff36380000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1163, f10, 0xffffffffbf3dfc77)
	CHECK_FLAGS(1164, 0x1)
	/* fnmadd.s 0xffffffffff1bdd1c 0xffffffffbfe53fe6 0xffffffffff1bdd1c rm=rne frm=None */
	li t0, 0xffffffffff1bdd1c; fmv.d.x f11, t0; li t0, 0xffffffffbfe53fe6; fmv.d.x f12, t0; li t0, 0xffffffffff1bdd1c; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1165, f10, 0xfffffffffef6948e)
	CHECK_FLAGS(1166, 0x1)
	/* fnmadd.s 0xffffffffbf5c0000 0xffffffff5c940000 0xffffffffbf5c0000 rm=rne frm=None */
	li t0, 0xffffffffbf5c0000; fmv.d.x f11, t0; li t0, 0xffffffff5c940000; fmv.d.x f12, t0; li t0, 0xffffffffbf5c0000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1167, f10, 0xffffffff5c7e6000)
	CHECK_FLAGS(1168, 0x1)
	/* fnmadd.s 0xffffffffbf009d3c 0xffffffff35f911ef 0xffffffffbf009d3c rm=rne frm=None */
	li t0, 0xffffffffbf009d3c; fmv.d.x f11, t0; li t0, 0xffffffff35f911ef; fmv.d.x f12, t0; li t0, 0xffffffffbf009d3c; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1169, f10, 0xffffffff3f009d4c)
	CHECK_FLAGS(1170, 0x1)
	/* fnmadd.s 0xffffffff3fc1a369 0xffffffff0f600000 0xffffffff3fc1a369 rm=rne frm=None */
	li t0, 0xffffffff3fc1a369; fmv.d.x f11, t0; li t0, 0xffffffff0f600000; fmv.d.x f12, t0; li t0, 0xffffffff3fc1a369; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1171, f10, 0xffffffffbfc1a369)
	CHECK_FLAGS(1172, 0x1)
	/* fnmadd.s 0xffffffff13ad540e 0xffffffff81439c22 0xffffffff13ad540e rm=rne frm=None */
	li t0, 0xffffffff13ad540e; fmv.d.x f11, t0; li t0, 0xffffffff81439c22; fmv.d.x f12, t0; li t0, 0xffffffff13ad540e; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1173, f10, 0xffffffff93ad540e)
	CHECK_FLAGS(1174, 0x1)
	/* fnmadd.s 0xffffffffbf796df0 0xffffffff49f6fab3 0xffffffffbf796df0 rm=rne frm=None */
	li t0, 0xffffffffbf796df0; fmv.d.x f11, t0; li t0, 0xffffffff49f6fab3; fmv.d.x f12, t0; li t0, 0xffffffffbf796df0; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rne
	CHECK_F(1175, f10, 0xffffffff49f0a3f0)
	CHECK_FLAGS(1176, 0x1)
	/* fnmadd.s 0xffffffff35e90322 0xffffffff3f42473d 0xffffffffbf880000 rm=rtz frm=None */
	li t0, 0xffffffff35e90322; fmv.d.x f11, t0; li t0, 0xffffffff3f42473d; fmv.d.x f12, t0; li t0, 0xffffffffbf880000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rtz
	CHECK_F(1177, f10, 0xffffffff3f87fff4)
	CHECK_FLAGS(1178, 0x1)
	/* fnmadd.s 0xffffffffb5c00000 0xffffffff8e4cde99 0xffffffffbf3afc48 rm=rtz frm=None */
	li t0, 0xffffffffb5c00000; fmv.d.x f11, t0; li t0, 0xffffffff8e4cde99; fmv.d.x f12, t0; li t0, 0xffffffffbf3afc48; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rtz
	CHECK_F(1179, f10, 0xffffffff3f3afc47)
	CHECK_FLAGS(1180, 0x1)
	/* fnmadd.s 0xffffffff35940000 0xffffffff406fb305 0xffffffff35d80000 rm=rtz frm=None */
	li t0, 0xffffffff35940000; fmv.d.x f11, t0; li t0, 0xffffffff406fb305; fmv.d.x f12, t0; li t0, 0xffffffff35d80000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rtz
	CHECK_F(1181, f10, 0xffffffffb6c0937e)
	CHECK_FLAGS(1182, 0x1)
	/* fnmadd.s 0xffffffff3012a807 0xffffffffc9f39c3d 0xffffffff00b971b2 rm=rtz frm=None */
	li t0, 0xffffffff3012a807; fmv.d.x f11, t0; li t0, 0xffffffffc9f39c3d; fmv.d.x f12, t0; li t0, 0xffffffff00b971b2; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rtz
	CHECK_F(1183, f10, 0xffffffff3a8b8eff)
	CHECK_FLAGS(1184, 0x1)
	/* fnmadd.s 0xffffffff3fe8e053 0xffffffff234d3f84 0xffffffff95f40000 rm=rtz frm=None */
	li t0, 0xffffffff3fe8e053; fmv.d.x f11, t0; li t0, 0xffffffff234d3f84; fmv.d.x f12, t0; li t0, 0xffffffff95f40000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rtz
	CHECK_F(1185, f10, 0xffffffffa3bab569)
	CHECK_FLAGS(1186, 0x1)
	/* fnmadd.s 0xffffffff812f9724 0xffffffffd3a55f03 0xffffffff3f7f33c5 rm=rtz frm=None */
	li t0, 0xffffffff812f9724; fmv.d.x f11, t0; li t0, 0xffffffffd3a55f03; fmv.d.x f12, t0; li t0, 0xffffffff3f7f33c5; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rtz
	CHECK_F(1187, f10, 0xffffffffbf7f33c5)
	CHECK_FLAGS(1188, 0x1)
	/* fnmadd.s 0xffffffff81109271 0xffffffffc03e4e66 0xffffffff00554e36 rm=rtz frm=None */
	li t0, 0xffffffff81109271; fmv.d.x f11, t0; li t0, 0xffffffffc03e4e66; fmv.d.x f12, t0; li t0, 0xffffffff00554e36; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rtz
	CHECK_F(1189, f10, 0xffffffff81ec4579)
	CHECK_FLAGS(1190, 0x1)
	/* fnmadd.s 0xffffffffbff8fa08 0xffffffffb5a90822 0xffffffffb5bc0000 rm=rtz frm=None */
	li t0, 0xffffffffbff8fa08; fmv.d.x f11, t0; li t0, 0xffffffffb5a90822; fmv.d.x f12, t0; li t0, 0xffffffffb5bc0000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rtz
	CHECK_F(1191, f10, 0xffffffffb58cc9f0)
	CHECK_FLAGS(1192, 0x1)
	/* fnmadd.s 0xffffffff40457844 0xffffffff80b4933d 0xffffffff80c58c15 rm=rtz frm=None */
	li t0, 0xffffffff40457844; fmv.d.x f11, t0; li t0, 0xffffffff80b4933d; fmv.d.x f12, t0; li t0, 0xffffffff80c58c15; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rtz
	CHECK_F(1193, f10, 0xffffffff01bcad28)
	CHECK_FLAGS(1194, 0x1)
	/* fnmadd.s 0xffffffff01465faa 0xffffffff3f700000 0xffffffffb5f5ca05 rm=rtz frm=None */
	li t0, 0xffffffff01465faa; fmv.d.x f11, t0; li t0, 0xffffffff3f700000; fmv.d.x f12, t0; li t0, 0xffffffffb5f5ca05; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rtz
	CHECK_F(1195, f10, 0xffffffff35f5ca04)
	CHECK_FLAGS(1196, 0x1)
	/* fnmadd.s 0xffffffffbf01fca3 0xffffffffff1c0000 0xffffffff7f424211 rm=rtz frm=None */
	li t0, 0xffffffffbf01fca3; fmv.d.x f11, t0; li t0, 0xffffffffff1c0000; fmv.d.x f12, t0; li t0, 0xffffffff7f424211; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rtz
	CHECK_F(1197, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(1198, 0x5)
	/* fnmadd.s 0xffffffff3f800000 0xffffffff01680000 0xffffffff49ab9799 rm=rtz frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff01680000; fmv.d.x f12, t0; li t0, 0xffffffff49ab9799; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rtz
	CHECK_F(1199, f10, 0xffffffffc9ab9799)
	CHECK_FLAGS(1200, 0x1)
	/* fnmadd.s 0xffffffff0010deda 0xffffffffbfe00000 0xffffffff0010deda rm=rtz frm=None */
	li t0, 0xffffffff0010deda; fmv.d.x f11, t0; li t0, 0xffffffffbfe00000; fmv.d.x f12, t0; li t0, 0xffffffff0010deda; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rtz
	CHECK_F(1201, f10, 0xffffffff000ca723)
	CHECK_FLAGS(1202, 0x3)
	/* fnmadd.s 0xffffffff3fbe4e1d 0xffffffff81798961 0xffffffff3fbe4e1d rm=rtz frm=None */
	li t0, 0xffffffff3fbe4e1d; fmv.d.x f11, t0; li t0, 0xffffffff81798961; fmv.d.x f12, t0; li t0, 0xffffffff3fbe4e1d; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rtz
	CHECK_F(1203, f10, 0xffffffffbfbe4e1c)
	CHECK_FLAGS(1204, 0x1)
	/* fnmadd.s 0xffffffffac373d91 0xffffffffff0bfede 0xffffffffac373d91 rm=rtz frm=None */
	li t0, 0xffffffffac373d91; fmv.d.x f11, t0; li t0, 0xffffffffff0bfede; fmv.d.x f12, t0; li t0, 0xffffffffac373d91; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rtz
	CHECK_F(1205, f10, 0xffffffffebc869b7)
	CHECK_FLAGS(1206, 0x1)
	/* fnmadd.s 0xffffffffc050e688 0xffffffffbf78b657 0xffffffffc050e688 rm=rtz frm=None */
	li t0, 0xffffffffc050e688; fmv.d.x f11, t0; li t0, 0xffffffffbf78b657; fmv.d.x f12, t0; li t0, 0xffffffffc050e688; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rtz
	CHECK_F(1207, f10, 0xffffffff3dbe4d2b)
	CHECK_FLAGS(1208, 0x1)
	/* fnmadd.s 0xffffffffc01919f5 0xffffffff405f14d4 0xffffffffc01919f5 rm=rtz frm=None */
	li t0, 0xffffffffc01919f5; fmv.d.x f11, t0; li t0, 0xffffffff405f14d4; fmv.d.x f12, t0; li t0, 0xffffffffc01919f5; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rtz
	CHECK_F(1209, f10, 0xffffffff412bb08e)
	CHECK_FLAGS(1210, 0x1)
	/* fnmadd.s 0xffffffff00a06526 0xffffffff8458fd8a 0xffffffff00a06526 rm=rtz frm=None */
	li t0, 0xffffffff00a06526; fmv.d.x f11, t0; li t0, 0xffffffff8458fd8a; fmv.d.x f12, t0; li t0, 0xffffffff00a06526; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rtz
	CHECK_F(1211, f10, 0xffffffff80a06525)
	CHECK_FLAGS(1212, 0x1)
	/* fnmadd.s 0xffffffffb5836dcd 0xffffffff35e274fc 0xffffffff00ac0000 rm=rdn frm=None */
	li t0, 0xffffffffb5836dcd; fmv.d.x f11, t0; li t0, 0xffffffff35e274fc; fmv.d.x f12, t0; li t0, 0xffffffff00ac0000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rdn
	CHECK_F(1213, f10, 0xffffffff2be885fc)
	CHECK_FLAGS(1214, 0x1)
	/* fnmadd.s 0xffffffff812c0000 0xffffffff4009ab3c 0xffffffffc0068c93 rm=rdn frm=None */
	li t0, 0xffffffff812c0000; fmv.d.x f11, t0; li t0, 0xffffffff4009ab3c; fmv.d.x f12, t0; li t0, 0xffffffffc0068c93; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rdn
	CHECK_F(1215, f10, 0xffffffff40068c93)
	CHECK_FLAGS(1216, 0x1)
	/* fnmadd.s 0xffffffff3fe3a03d 0xffffffffce840152 0xffffffff80d4f24e rm=rdn frm=None */
	li t0, 0xffffffff3fe3a03d; fmv.d.x f11, t0; li t0, 0xffffffffce840152; fmv.d.x f12, t0; li t0, 0xffffffff80d4f24e; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rdn
	CHECK_F(1217, f10, 0xffffffff4eeabf97)
	CHECK_FLAGS(1218, 0x1)
	/* fnmadd.s 0xffffffff812e6420 0xffffffffc9a00000 0xffffffff812222e8 rm=rdn frm=None */
	li t0, 0xffffffff812e6420; fmv.d.x f11, t0; li t0, 0xffffffffc9a00000; fmv.d.x f12, t0; li t0, 0xffffffff812222e8; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rdn
	CHECK_F(1219, f10, 0xffffffff8b59fd1e)
	CHECK_FLAGS(1220, 0x1)
	/* fnmadd.s 0xffffffff00154bf7 0xffffffff7f58249e 0xffffffff81640000 rm=rdn frm=None */
	li t0, 0xffffffff00154bf7; fmv.d.x f11, t0; li t0, 0xffffffff7f58249e; fmv.d.x f12, t0; li t0, 0xffffffff81640000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rdn
	CHECK_F(1221, f10, 0xffffffffbf0fd922)
	CHECK_FLAGS(1222, 0x1)
	/* fnmadd.s 0xffffffffbfcf85b9 0xffffffff5ae40000 0xffffffff017c07ef rm=rdn frm=None */
	li t0, 0xffffffffbfcf85b9; fmv.d.x f11, t0; li t0, 0xffffffff5ae40000; fmv.d.x f12, t0; li t0, 0xffffffff017c07ef; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rdn
	CHECK_F(1223, f10, 0xffffffff5b38d318)
	CHECK_FLAGS(1224, 0x1)
	/* fnmadd.s 0xffffffff80000000 0xffffffffbff2d3be 0xffffffff40380000 rm=rdn frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffffbff2d3be; fmv.d.x f12, t0; li t0, 0xffffffff40380000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rdn
	CHECK_F(1225, f10, 0xffffffffc0380000)
	CHECK_FLAGS(1226, 0x0)
	/* fnmadd.s 0xffffffffc9c40000 0xffffffff01540000 0xffffffff40149a57 rm=rdn frm=None */
	li t0, 0xffffffffc9c40000; fmv.d.x f11, t0; li t0, 0xffffffff01540000; fmv.d.x f12, t0; li t0, 0xffffffff40149a57; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rdn
	CHECK_F(1227, f10, 0xffffffffc0149a57)
	CHECK_FLAGS(1228, 0x1)
	/* fnmadd.s 0xffffffffbfd4f46f 0xffffffff80cc0000 0xffffffff1c9b0581 rm=rdn frm=None */
	li t0, 0xffffffffbfd4f46f; fmv.d.x f11, t0; li t0, 0xffffffff80cc0000; fmv.d.x f12, t0; li t0, 0xffffffff1c9b0581; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rdn
	CHECK_F(1229, f10, 0xffffffff9c9b0582)
	CHECK_FLAGS(1230, 0x1)
	/* fnmadd.s 0xffffffff3fab9918 0xffffffffb5b3f57f 0xffffffff411be71b rm=rdn frm=None */
	li t0, 0xffffffff3fab9918; fmv.d.x f11, t0; li t0, 0xffffffffb5b3f57f; fmv.d.x f12, t0; li t0, 0xffffffff411be71b; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rdn
	CHECK_F(1231, f10, 0xffffffffc11be71a)
	CHECK_FLAGS(1232, 0x1)
	/* fnmadd.s 0xffffffff49f39064 0xffffffff2ea00000 0xffffffff3fd324b2 rm=rdn frm=None */
	li t0, 0xffffffff49f39064; fmv.d.x f11, t0; li t0, 0xffffffff2ea00000; fmv.d.x f12, t0; li t0, 0xffffffff3fd324b2; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rdn
	CHECK_F(1233, f10, 0xffffffffbfd32974)
	CHECK_FLAGS(1234, 0x1)
	/* fnmadd.s 0xffffffffff67bc19 0xffffffff35873a6f 0xffffffffbd480000 rm=rdn frm=None */
	li t0, 0xffffffffff67bc19; fmv.d.x f11, t0; li t0, 0xffffffff35873a6f; fmv.d.x f12, t0; li t0, 0xffffffffbd480000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rdn
	CHECK_F(1235, f10, 0xffffffff7574d22c)
	CHECK_FLAGS(1236, 0x1)
	/* fnmadd.s 0xffffffff179eb779 0xffffffffbf580000 0xffffffff179eb779 rm=rdn frm=None */
	li t0, 0xffffffff179eb779; fmv.d.x f11, t0; li t0, 0xffffffffbf580000; fmv.d.x f12, t0; li t0, 0xffffffff179eb779; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rdn
	CHECK_F(1237, f10, 0xffffffff96466558)
	CHECK_FLAGS(1238, 0x1)
	/* fnmadd.s 0xffffffff003c41ff 0xffffffff80911102 0xffffffff003c41ff rm=rdn frm=None */
	li t0, 0xffffffff003c41ff; fmv.d.x f11, t0; li t0, 0xffffffff80911102; fmv.d.x f12, t0; li t0, 0xffffffff003c41ff; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rdn
	CHECK_F(1239, f10, 0xffffffff803c41ff)
	CHECK_FLAGS(1240, 0x3)
	/* fnmadd.s 0xffffffff4043f666 0xffffffffbf7ac54f 0xffffffff4043f666 rm=rdn frm=None */
	li t0, 0xffffffff4043f666; fmv.d.x f11, t0; li t0, 0xffffffffbf7ac54f; fmv.d.x f12, t0; li t0, 0xffffffff4043f666; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rdn
	CHECK_F(1241, f10, 0xffffffffbd8017aa)
	CHECK_FLAGS(1242, 0x1)
	/* fnmadd.s 0xffffffff3fcbfce3 0xffffffff80efc297 0xffffffff3fcbfce3 rm=rdn frm=None */
	li t0, 0xffffffff3fcbfce3; fmv.d.x f11, t0; li t0, 0xffffffff80efc297; fmv.d.x f12, t0; li t0, 0xffffffff3fcbfce3; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rdn
	CHECK_F(1243, f10, 0xffffffffbfcbfce3)
	CHECK_FLAGS(1244, 0x1)
	/* fnmadd.s 0xffffffffc9cc0000 0xffffffff35847cbf 0xffffffffc9cc0000 rm=rdn frm=None */
	li t0, 0xffffffffc9cc0000; fmv.d.x f11, t0; li t0, 0xffffffff35847cbf; fmv.d.x f12, t0; li t0, 0xffffffffc9cc0000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rdn
	CHECK_F(1245, f10, 0xffffffff49cc000d)
	CHECK_FLAGS(1246, 0x1)
	/* fnmadd.s 0xffffffff7f56ac01 0xffffffff004c0000 0xffffffff7f56ac01 rm=rdn frm=None */
	li t0, 0xffffffff7f56ac01; fmv.d.x f11, t0; li t0, 0xffffffff004c0000; fmv.d.x f12, t0; li t0, 0xffffffff7f56ac01; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rdn
	CHECK_F(1247, f10, 0xffffffffff56ac02)
	CHECK_FLAGS(1248, 0x1)
	/* fnmadd.s 0xffffffff3f000000 0xffffffff7f7d4cad 0xffffffff80c8e4f8 rm=rup frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7d4cad; fmv.d.x f12, t0; li t0, 0xffffffff80c8e4f8; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rup
	CHECK_F(1249, f10, 0xfffffffffefd4cac)
	CHECK_FLAGS(1250, 0x1)
	/* fnmadd.s 0xffffffff87d80000 0xffffffffb59c2add 0xffffffff81840000 rm=rup frm=None */
	li t0, 0xffffffff87d80000; fmv.d.x f11, t0; li t0, 0xffffffffb59c2add; fmv.d.x f12, t0; li t0, 0xffffffff81840000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rup
	CHECK_F(1251, f10, 0xffffffff0182f878)
	CHECK_FLAGS(1252, 0x1)
	/* fnmadd.s 0xffffffff7f100000 0xffffffff3f400000 0xffffffffc9ac0000 rm=rup frm=None */
	li t0, 0xffffffff7f100000; fmv.d.x f11, t0; li t0, 0xffffffff3f400000; fmv.d.x f12, t0; li t0, 0xffffffffc9ac0000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rup
	CHECK_F(1253, f10, 0xfffffffffed7ffff)
	CHECK_FLAGS(1254, 0x1)
	/* fnmadd.s 0xffffffff80c39ae5 0xffffffff5a303fbe 0xffffffff7f4520fb rm=rup frm=None */
	li t0, 0xffffffff80c39ae5; fmv.d.x f11, t0; li t0, 0xffffffff5a303fbe; fmv.d.x f12, t0; li t0, 0xffffffff7f4520fb; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rup
	CHECK_F(1255, f10, 0xffffffffff4520fa)
	CHECK_FLAGS(1256, 0x1)
	/* fnmadd.s 0xffffffff3f2e8379 0xffffffff3f640000 0xffffffff35b8af58 rm=rup frm=None */
	li t0, 0xffffffff3f2e8379; fmv.d.x f11, t0; li t0, 0xffffffff3f640000; fmv.d.x f12, t0; li t0, 0xffffffff35b8af58; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rup
	CHECK_F(1257, f10, 0xffffffffbf1b6d2e)
	CHECK_FLAGS(1258, 0x1)
	/* fnmadd.s 0xffffffffff4a383b 0xffffffffb01ce734 0xffffffff88a1a2e4 rm=rup frm=None */
	li t0, 0xffffffffff4a383b; fmv.d.x f11, t0; li t0, 0xffffffffb01ce734; fmv.d.x f12, t0; li t0, 0xffffffff88a1a2e4; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rup
	CHECK_F(1259, f10, 0xffffffffeff7e1cb)
	CHECK_FLAGS(1260, 0x1)
	/* fnmadd.s 0xffffffff0011e790 0xffffffff7f100000 0xffffffffc04c0000 rm=rup frm=None */
	li t0, 0xffffffff0011e790; fmv.d.x f11, t0; li t0, 0xffffffff7f100000; fmv.d.x f12, t0; li t0, 0xffffffffc04c0000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rup
	CHECK_F(1261, f10, 0xffffffff4037db7e)
	CHECK_FLAGS(1262, 0x0)
	/* fnmadd.s 0xffffffff01474f10 0xffffffff4e01132d 0xffffffff23100000 rm=rup frm=None */
	li t0, 0xffffffff01474f10; fmv.d.x f11, t0; li t0, 0xffffffff4e01132d; fmv.d.x f12, t0; li t0, 0xffffffff23100000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rup
	CHECK_F(1263, f10, 0xffffffffa3100000)
	CHECK_FLAGS(1264, 0x1)
	/* fnmadd.s 0xffffffffd5dd0eeb 0xffffffff49837b01 0xffffffff00d7525d rm=rup frm=None */
	li t0, 0xffffffffd5dd0eeb; fmv.d.x f11, t0; li t0, 0xffffffff49837b01; fmv.d.x f12, t0; li t0, 0xffffffff00d7525d; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rup
	CHECK_F(1265, f10, 0xffffffff5fe311b3)
	CHECK_FLAGS(1266, 0x1)
	/* fnmadd.s 0xffffffffa0b40000 0xffffffffff7b7428 0xffffffff3fca393e rm=rup frm=None */
	li t0, 0xffffffffa0b40000; fmv.d.x f11, t0; li t0, 0xffffffffff7b7428; fmv.d.x f12, t0; li t0, 0xffffffff3fca393e; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rup
	CHECK_F(1267, f10, 0xffffffffe0b0cdac)
	CHECK_FLAGS(1268, 0x1)
	/* fnmadd.s 0xffffffffb78d9704 0xffffffff816c6a88 0xffffffff358dd3d7 rm=rup frm=None */
	li t0, 0xffffffffb78d9704; fmv.d.x f11, t0; li t0, 0xffffffff816c6a88; fmv.d.x f12, t0; li t0, 0xffffffff358dd3d7; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rup
	CHECK_F(1269, f10, 0xffffffffb58dd3d7)
	CHECK_FLAGS(1270, 0x1)
	/* fnmadd.s 0xffffffff49b38606 0xffffffff801a7bd6 0xffffffffbf47629b rm=rup frm=None */
	li t0, 0xffffffff49b38606; fmv.d.x f11, t0; li t0, 0xffffffff801a7bd6; fmv.d.x f12, t0; li t0, 0xffffffffbf47629b; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rup
	CHECK_F(1271, f10, 0xffffffff3f47629c)
	CHECK_FLAGS(1272, 0x1)
	/* fnmadd.s 0xffffffff7f3fc381 0xffffffff0f3c0000 0xffffffff7f3fc381 rm=rup frm=None */
	li t0, 0xffffffff7f3fc381; fmv.d.x f11, t0; li t0, 0xffffffff0f3c0000; fmv.d.x f12, t0; li t0, 0xffffffff7f3fc381; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rup
	CHECK_F(1273, f10, 0xffffffffff3fc381)
	CHECK_FLAGS(1274, 0x1)
	/* fnmadd.s 0xffffffff80601f26 0xffffffffb6d8c706 0xffffffff80601f26 rm=rup frm=None */
	li t0, 0xffffffff80601f26; fmv.d.x f11, t0; li t0, 0xffffffffb6d8c706; fmv.d.x f12, t0; li t0, 0xffffffff80601f26; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rup
	CHECK_F(1275, f10, 0xffffffff00601efe)
	CHECK_FLAGS(1276, 0x3)
	/* fnmadd.s 0xffffffff00794f89 0xffffffffb5f15e64 0xffffffff00794f89 rm=rup frm=None */
	li t0, 0xffffffff00794f89; fmv.d.x f11, t0; li t0, 0xffffffffb5f15e64; fmv.d.x f12, t0; li t0, 0xffffffff00794f89; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rup
	CHECK_F(1277, f10, 0xffffffff80794f7a)
	CHECK_FLAGS(1278, 0x3)
	/* fnmadd.s 0xffffffff7f2957c6 0xffffffff405ae8ca 0xffffffff7f2957c6 rm=rup frm=None */
	li t0, 0xffffffff7f2957c6; fmv.d.x f11, t0; li t0, 0xffffffff405ae8ca; fmv.d.x f12, t0; li t0, 0xffffffff7f2957c6; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rup
	CHECK_F(1279, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(1280, 0x5)
	/* fnmadd.s 0xffffffff3fb80000 0xffffffffb5c8003f 0xffffffff3fb80000 rm=rup frm=None */
	li t0, 0xffffffff3fb80000; fmv.d.x f11, t0; li t0, 0xffffffffb5c8003f; fmv.d.x f12, t0; li t0, 0xffffffff3fb80000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rup
	CHECK_F(1281, f10, 0xffffffffbfb7ffee)
	CHECK_FLAGS(1282, 0x1)
	/* fnmadd.s 0xffffffff8057f8eb 0xffffffff3f580000 0xffffffff8057f8eb rm=rup frm=None */
	li t0, 0xffffffff8057f8eb; fmv.d.x f11, t0; li t0, 0xffffffff3f580000; fmv.d.x f12, t0; li t0, 0xffffffff8057f8eb; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rup
	CHECK_F(1283, f10, 0xffffffff00a232f2)
	CHECK_FLAGS(1284, 0x1)
	/* fnmadd.s 0xffffffffc9c12bfc 0xffffffff803b3cde 0xffffffff35a6c2de rm=rmm frm=None */
	li t0, 0xffffffffc9c12bfc; fmv.d.x f11, t0; li t0, 0xffffffff803b3cde; fmv.d.x f12, t0; li t0, 0xffffffff35a6c2de; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rmm
	CHECK_F(1285, f10, 0xffffffffb5a6c2de)
	CHECK_FLAGS(1286, 0x1)
	/* fnmadd.s 0xffffffffc9cc0000 0xffffffffc9ac0000 0xffffffff801431e6 rm=rmm frm=None */
	li t0, 0xffffffffc9cc0000; fmv.d.x f11, t0; li t0, 0xffffffffc9ac0000; fmv.d.x f12, t0; li t0, 0xffffffff801431e6; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rmm
	CHECK_F(1287, f10, 0xffffffffd4091000)
	CHECK_FLAGS(1288, 0x1)
	/* fnmadd.s 0xffffffffbfc1e525 0xffffffff7f5c0000 0xffffffff003c0000 rm=rmm frm=None */
	li t0, 0xffffffffbfc1e525; fmv.d.x f11, t0; li t0, 0xffffffff7f5c0000; fmv.d.x f12, t0; li t0, 0xffffffff003c0000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rmm
	CHECK_F(1289, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1290, 0x5)
	/* fnmadd.s 0xffffffffbfa0700d 0xffffffffc9b80000 0xffffffffff500000 rm=rmm frm=None */
	li t0, 0xffffffffbfa0700d; fmv.d.x f11, t0; li t0, 0xffffffffc9b80000; fmv.d.x f12, t0; li t0, 0xffffffffff500000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rmm
	CHECK_F(1291, f10, 0xffffffff7f500000)
	CHECK_FLAGS(1292, 0x1)
	/* fnmadd.s 0xffffffff499aa547 0xffffffffc0680000 0xffffffff4039a393 rm=rmm frm=None */
	li t0, 0xffffffff499aa547; fmv.d.x f11, t0; li t0, 0xffffffffc0680000; fmv.d.x f12, t0; li t0, 0xffffffff4039a393; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rmm
	CHECK_F(1293, f10, 0xffffffff4a8c25c3)
	CHECK_FLAGS(1294, 0x1)
	/* fnmadd.s 0xffffffffbf10b3d0 0xffffffffb5bc0000 0xffffffff7f1c0000 rm=rmm frm=None */
	li t0, 0xffffffffbf10b3d0; fmv.d.x f11, t0; li t0, 0xffffffffb5bc0000; fmv.d.x f12, t0; li t0, 0xffffffff7f1c0000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rmm
	CHECK_F(1295, f10, 0xffffffffff1c0000)
	CHECK_FLAGS(1296, 0x1)
	/* fnmadd.s 0xffffffff013eb6b3 0xffffffff80c548fb 0xffffffffff1f8300 rm=rmm frm=None */
	li t0, 0xffffffff013eb6b3; fmv.d.x f11, t0; li t0, 0xffffffff80c548fb; fmv.d.x f12, t0; li t0, 0xffffffffff1f8300; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rmm
	CHECK_F(1297, f10, 0xffffffff7f1f8300)
	CHECK_FLAGS(1298, 0x1)
	/* fnmadd.s 0xffffffff7f6f0aa9 0xffffffff8034ddc5 0xffffffff80a1682b rm=rmm frm=None */
	li t0, 0xffffffff7f6f0aa9; fmv.d.x f11, t0; li t0, 0xffffffff8034ddc5; fmv.d.x f12, t0; li t0, 0xffffffff80a1682b; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rmm
	CHECK_F(1299, f10, 0xffffffff3fc574fa)
	CHECK_FLAGS(1300, 0x1)
	/* fnmadd.s 0xffffffff80180000 0xffffffff3fc597de 0xffffffff8031e1a8 rm=rmm frm=None */
	li t0, 0xffffffff80180000; fmv.d.x f11, t0; li t0, 0xffffffff3fc597de; fmv.d.x f12, t0; li t0, 0xffffffff8031e1a8; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rmm
	CHECK_F(1301, f10, 0xffffffff0056ee22)
	CHECK_FLAGS(1302, 0x3)
	/* fnmadd.s 0xffffffffbf2a94a6 0xffffffff80af13d1 0xffffffffb5ca1477 rm=rmm frm=None */
	li t0, 0xffffffffbf2a94a6; fmv.d.x f11, t0; li t0, 0xffffffff80af13d1; fmv.d.x f12, t0; li t0, 0xffffffffb5ca1477; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rmm
	CHECK_F(1303, f10, 0xffffffff35ca1477)
	CHECK_FLAGS(1304, 0x1)
	/* fnmadd.s 0xffffffffc028feb0 0xffffffffbf014406 0xffffffffff080000 rm=rmm frm=None */
	li t0, 0xffffffffc028feb0; fmv.d.x f11, t0; li t0, 0xffffffffbf014406; fmv.d.x f12, t0; li t0, 0xffffffffff080000; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rmm
	CHECK_F(1305, f10, 0xffffffff7f080000)
	CHECK_FLAGS(1306, 0x1)
	/* fnmadd.s 0xffffffff7f100000 0xffffffff8ed95e13 0xffffffff9d2340d4 rm=rmm frm=None */
	li t0, 0xffffffff7f100000; fmv.d.x f11, t0; li t0, 0xffffffff8ed95e13; fmv.d.x f12, t0; li t0, 0xffffffff9d2340d4; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rmm
	CHECK_F(1307, f10, 0xffffffff4e7489d5)
	CHECK_FLAGS(1308, 0x1)
	/* fnmadd.s 0xffffffff7f4821cc 0xffffffffff374cba 0xffffffff7f4821cc rm=rmm frm=None */
	li t0, 0xffffffff7f4821cc; fmv.d.x f11, t0; li t0, 0xffffffffff374cba; fmv.d.x f12, t0; li t0, 0xffffffff7f4821cc; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rmm
	CHECK_F(1309, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1310, 0x5)
	/* fnmadd.s 0xffffffff35eda726 0xffffffffb5b52d54 0xffffffff35eda726 rm=rmm frm=None */
	li t0, 0xffffffff35eda726; fmv.d.x f11, t0; li t0, 0xffffffffb5b52d54; fmv.d.x f12, t0; li t0, 0xffffffff35eda726; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rmm
	CHECK_F(1311, f10, 0xffffffffb5eda711)
	CHECK_FLAGS(1312, 0x1)
	/* fnmadd.s 0xffffffff4012fea7 0xffffffff3fc80000 0xffffffff4012fea7 rm=rmm frm=None */
	li t0, 0xffffffff4012fea7; fmv.d.x f11, t0; li t0, 0xffffffff3fc80000; fmv.d.x f12, t0; li t0, 0xffffffff4012fea7; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rmm
	CHECK_F(1313, f10, 0xffffffffc0bc5646)
	CHECK_FLAGS(1314, 0x1)
	/* fnmadd.s 0xffffffff00bc7b44 0xffffffff0124d870 0xffffffff00bc7b44 rm=rmm frm=None */
	li t0, 0xffffffff00bc7b44; fmv.d.x f11, t0; li t0, 0xffffffff0124d870; fmv.d.x f12, t0; li t0, 0xffffffff00bc7b44; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rmm
	CHECK_F(1315, f10, 0xffffffff80bc7b44)
	CHECK_FLAGS(1316, 0x1)
	/* fnmadd.s 0xffffffff3f94bdf9 0xffffffffbf189f5e 0xffffffff3f94bdf9 rm=rmm frm=None */
	li t0, 0xffffffff3f94bdf9; fmv.d.x f11, t0; li t0, 0xffffffffbf189f5e; fmv.d.x f12, t0; li t0, 0xffffffff3f94bdf9; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rmm
	CHECK_F(1317, f10, 0xffffffffbef04252)
	CHECK_FLAGS(1318, 0x1)
	/* fnmadd.s 0xffffffffb589d9c0 0xffffffff4003b168 0xffffffffb589d9c0 rm=rmm frm=None */
	li t0, 0xffffffffb589d9c0; fmv.d.x f11, t0; li t0, 0xffffffff4003b168; fmv.d.x f12, t0; li t0, 0xffffffffb589d9c0; fmv.d.x f13, t0; fnmadd.s f10, f11, f12, f13, rmm
	CHECK_F(1319, f10, 0xffffffff3652c0ca)
	CHECK_FLAGS(1320, 0x1)
	/* fnmadd.s 0xffffffff49fb383f 0xffffffffb58f8722 0xffffffffc9f40000 rm=None frm=0 */
	li t0, 0xffffffff49fb383f; fmv.d.x f11, t0; li t0, 0xffffffffb58f8722; fmv.d.x f12, t0; li t0, 0xffffffffc9f40000; fmv.d.x f13, t0; fsrmi 0; fnmadd.s f10, f11, f12, f13
	CHECK_F(1321, f10, 0xffffffff49f40012)
	CHECK_FLAGS(1322, 0x1)
	/* fnmadd.s 0xffffffff7f51367d 0xffffffffbff32405 0xffffffffb5ee3fba rm=None frm=0 */
	li t0, 0xffffffff7f51367d; fmv.d.x f11, t0; li t0, 0xffffffffbff32405; fmv.d.x f12, t0; li t0, 0xffffffffb5ee3fba; fmv.d.x f13, t0; fsrmi 0; fnmadd.s f10, f11, f12, f13
	CHECK_F(1323, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1324, 0x5)
	/* fnmadd.s 0xffffffff97bb21a5 0xffffffff2febd374 0xffffffffc9fd6bec rm=None frm=0 */
	li t0, 0xffffffff97bb21a5; fmv.d.x f11, t0; li t0, 0xffffffff2febd374; fmv.d.x f12, t0; li t0, 0xffffffffc9fd6bec; fmv.d.x f13, t0; fsrmi 0; fnmadd.s f10, f11, f12, f13
	CHECK_F(1325, f10, 0xffffffff49fd6bec)
	CHECK_FLAGS(1326, 0x1)
	/* fnmadd.s 0xffffffffb74d9a36 0xffffffffc03c0000 0xffffffff49c80000 rm=None frm=0 */
	li t0, 0xffffffffb74d9a36; fmv.d.x f11, t0; li t0, 0xffffffffc03c0000; fmv.d.x f12, t0; li t0, 0xffffffff49c80000; fmv.d.x f13, t0; fsrmi 0; fnmadd.s f10, f11, f12, f13
	CHECK_F(1327, f10, 0xffffffffc9c80000)
	CHECK_FLAGS(1328, 0x1)
	/* fnmadd.s 0xffffffff3fa03c21 0xffffffff3f100000 0xffffffff80e26e8e rm=None frm=1 */
	li t0, 0xffffffff3fa03c21; fmv.d.x f11, t0; li t0, 0xffffffff3f100000; fmv.d.x f12, t0; li t0, 0xffffffff80e26e8e; fmv.d.x f13, t0; fsrmi 1; fnmadd.s f10, f11, f12, f13
	CHECK_F(1329, f10, 0xffffffffbf3443a5)
	CHECK_FLAGS(1330, 0x1)
	/* fnmadd.s 0xffffffffff6ee5c4 0xffffffff1d812e83 0xffffffffbfe80000 rm=None frm=1 */
	li t0, 0xffffffffff6ee5c4; fmv.d.x f11, t0; li t0, 0xffffffff1d812e83; fmv.d.x f12, t0; li t0, 0xffffffffbfe80000; fmv.d.x f13, t0; fsrmi 1; fnmadd.s f10, f11, f12, f13
	CHECK_F(1331, f10, 0xffffffff5d711a5e)
	CHECK_FLAGS(1332, 0x1)
	/* fnmadd.s 0xffffffff49a00000 0xffffffff039bc70f 0xffffffffbf9d3abc rm=None frm=1 */
	li t0, 0xffffffff49a00000; fmv.d.x f11, t0; li t0, 0xffffffff039bc70f; fmv.d.x f12, t0; li t0, 0xffffffffbf9d3abc; fmv.d.x f13, t0; fsrmi 1; fnmadd.s f10, f11, f12, f13
	CHECK_F(1333, f10, 0xffffffff3f9d3abb)
	CHECK_FLAGS(1334, 0x1)
	/* fnmadd.s 0xffffffff816c0000 0xffffffffff32919b 0xffffffff80f96e88 rm=None frm=1 */
	li t0, 0xffffffff816c0000; fmv.d.x f11, t0; li t0, 0xffffffffff32919b; fmv.d.x f12, t0; li t0, 0xffffffff80f96e88; fmv.d.x f13, t0; fsrmi 1; fnmadd.s f10, f11, f12, f13
	CHECK_F(1335, f10, 0xffffffffc1249e3a)
	CHECK_FLAGS(1336, 0x1)
	/* fnmadd.s 0xffffffffb5801f42 0xffffffffc4640000 0xffffffff991c1f47 rm=None frm=2 */
	li t0, 0xffffffffb5801f42; fmv.d.x f11, t0; li t0, 0xffffffffc4640000; fmv.d.x f12, t0; li t0, 0xffffffff991c1f47; fmv.d.x f13, t0; fsrmi 2; fnmadd.s f10, f11, f12, f13
	CHECK_F(1337, f10, 0xffffffffba6437ae)
	CHECK_FLAGS(1338, 0x1)
	/* fnmadd.s 0xffffffff1dd0d073 0xffffffff26d00000 0xffffffff3fe40000 rm=None frm=2 */
	li t0, 0xffffffff1dd0d073; fmv.d.x f11, t0; li t0, 0xffffffff26d00000; fmv.d.x f12, t0; li t0, 0xffffffff3fe40000; fmv.d.x f13, t0; fsrmi 2; fnmadd.s f10, f11, f12, f13
	CHECK_F(1339, f10, 0xffffffffbfe40001)
	CHECK_FLAGS(1340, 0x1)
	/* fnmadd.s 0xffffffffc04c9b29 0xffffffff0122a8aa 0xffffffff00188d4c rm=None frm=2 */
	li t0, 0xffffffffc04c9b29; fmv.d.x f11, t0; li t0, 0xffffffff0122a8aa; fmv.d.x f12, t0; li t0, 0xffffffff00188d4c; fmv.d.x f13, t0; fsrmi 2; fnmadd.s f10, f11, f12, f13
	CHECK_F(1341, f10, 0xffffffff01fddea8)
	CHECK_FLAGS(1342, 0x1)
	/* fnmadd.s 0xffffffff80b6feef 0xffffffff810c9a3f 0xffffffff3fe7894b rm=None frm=2 */
	li t0, 0xffffffff80b6feef; fmv.d.x f11, t0; li t0, 0xffffffff810c9a3f; fmv.d.x f12, t0; li t0, 0xffffffff3fe7894b; fmv.d.x f13, t0; fsrmi 2; fnmadd.s f10, f11, f12, f13
	CHECK_F(1343, f10, 0xffffffffbfe7894c)
	CHECK_FLAGS(1344, 0x1)
	/* fnmadd.s 0xffffffffc066b9ae 0xffffffff40387533 0xffffffff3fb01087 rm=None frm=3 */
	li t0, 0xffffffffc066b9ae; fmv.d.x f11, t0; li t0, 0xffffffff40387533; fmv.d.x f12, t0; li t0, 0xffffffff3fb01087; fmv.d.x f13, t0; fsrmi 3; fnmadd.s f10, f11, f12, f13
	CHECK_F(1345, f10, 0xffffffff41103d06)
	CHECK_FLAGS(1346, 0x1)
	/* fnmadd.s 0xffffffffbfc4ad22 0xffffffff00f00000 0xffffffffc027c064 rm=None frm=3 */
	li t0, 0xffffffffbfc4ad22; fmv.d.x f11, t0; li t0, 0xffffffff00f00000; fmv.d.x f12, t0; li t0, 0xffffffffc027c064; fmv.d.x f13, t0; fsrmi 3; fnmadd.s f10, f11, f12, f13
	CHECK_F(1347, f10, 0xffffffff4027c065)
	CHECK_FLAGS(1348, 0x1)
	/* fnmadd.s 0xffffffffff180000 0xffffffff812db399 0xffffffffcc240000 rm=None frm=3 */
	li t0, 0xffffffffff180000; fmv.d.x f11, t0; li t0, 0xffffffff812db399; fmv.d.x f12, t0; li t0, 0xffffffffcc240000; fmv.d.x f13, t0; fsrmi 3; fnmadd.s f10, f11, f12, f13
	CHECK_F(1349, f10, 0xffffffff4c23ffff)
	CHECK_FLAGS(1350, 0x1)
	/* fnmadd.s 0xffffffffa0cea973 0xffffffffbf7cf9e1 0xffffffff3faf566e rm=None frm=3 */
	li t0, 0xffffffffa0cea973; fmv.d.x f11, t0; li t0, 0xffffffffbf7cf9e1; fmv.d.x f12, t0; li t0, 0xffffffff3faf566e; fmv.d.x f13, t0; fsrmi 3; fnmadd.s f10, f11, f12, f13
	CHECK_F(1351, f10, 0xffffffffbfaf566e)
	CHECK_FLAGS(1352, 0x1)
	/* fnmadd.s 0xffffffff35cd8898 0xffffffffff0787c8 0xffffffffbf29ce9c rm=None frm=4 */
	li t0, 0xffffffff35cd8898; fmv.d.x f11, t0; li t0, 0xffffffffff0787c8; fmv.d.x f12, t0; li t0, 0xffffffffbf29ce9c; fmv.d.x f13, t0; fsrmi 4; fnmadd.s f10, f11, f12, f13
	CHECK_F(1353, f10, 0xffffffff7559a018)
	CHECK_FLAGS(1354, 0x1)
	/* fnmadd.s 0xffffffff3fd40000 0xffffffff3f5c0000 0xffffffff49fa5c3a rm=None frm=4 */
	li t0, 0xffffffff3fd40000; fmv.d.x f11, t0; li t0, 0xffffffff3f5c0000; fmv.d.x f12, t0; li t0, 0xffffffff49fa5c3a; fmv.d.x f13, t0; fsrmi 4; fnmadd.s f10, f11, f12, f13
	CHECK_F(1355, f10, 0xffffffffc9fa5c45)
	CHECK_FLAGS(1356, 0x1)
	/* fnmadd.s 0xffffffff35826125 0xffffffff0179a134 0xffffffff80f40000 rm=None frm=4 */
	li t0, 0xffffffff35826125; fmv.d.x f11, t0; li t0, 0xffffffff0179a134; fmv.d.x f12, t0; li t0, 0xffffffff80f40000; fmv.d.x f13, t0; fsrmi 4; fnmadd.s f10, f11, f12, f13
	CHECK_F(1357, f10, 0xffffffff00f3ffe0)
	CHECK_FLAGS(1358, 0x1)
	/* fnmadd.s 0xffffffffbf80113e 0xffffffff40740000 0xffffffff499c0000 rm=None frm=4 */
	li t0, 0xffffffffbf80113e; fmv.d.x f11, t0; li t0, 0xffffffff40740000; fmv.d.x f12, t0; li t0, 0xffffffff499c0000; fmv.d.x f13, t0; fsrmi 4; fnmadd.s f10, f11, f12, f13
	CHECK_F(1359, f10, 0xffffffffc99bffe1)
	CHECK_FLAGS(1360, 0x1)
	/* fmadd.d 0xc004000000000000 0xc004000000000000 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1361, f10, 0x401d000000000000)
	CHECK_FLAGS(1362, 0x0)
	/* fmadd.d 0x3ff8000000000000 0x3ff8000000000000 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0x3ff8000000000000; fmv.d.x f12, t0; li t0, 0x3fe0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1363, f10, 0x4006000000000000)
	CHECK_FLAGS(1364, 0x0)
	/* fmadd.d 0x4004000000000000 0x7ff8000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; li t0, 0xfff8000000001234; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1365, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1366, 0x0)
	/* fmadd.d 0xbfe0000000000000 0x8000000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x8000000000000000; fmv.d.x f12, t0; li t0, 0xfff0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1367, f10, 0xfff0000000000000)
	CHECK_FLAGS(1368, 0x0)
	/* fmadd.d 0x3fe0000000000000 0x0 0x7ff0000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; li t0, 0x7ff0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1369, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1370, 0x0)
	/* fmadd.d 0xbfe0000000000000 0x3ff0000000000000 0x7ff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x7ff0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1371, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1372, 0x0)
	/* fmadd.d 0xbfe0000000000000 0x8000000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x8000000000000000; fmv.d.x f12, t0; li t0, 0xc004000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1373, f10, 0xc004000000000000)
	CHECK_FLAGS(1374, 0x0)
	/* fmadd.d 0x3fe0000000000000 0xfff8000000001234 0xc004000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; li t0, 0xc004000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1375, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1376, 0x0)
	/* fmadd.d 0x3ff8000000000000 0xbfe0000000000000 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xbfe0000000000000; fmv.d.x f12, t0; li t0, 0xbfe0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1377, f10, 0xbff4000000000000)
	CHECK_FLAGS(1378, 0x0)
	/* fmadd.d 0x7ff8000000000000 0xfff0000000000000 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; li t0, 0x3ff8000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1379, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1380, 0x0)
	/* fmadd.d 0xbff0000000000000 0xbff0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; li t0, 0xc004000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1381, f10, 0xbff8000000000000)
	CHECK_FLAGS(1382, 0x0)
	/* fmadd.d 0x8000000000000000 0x7ff0000000000000 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1383, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1384, 0x10)
	/* fmadd.d 0x8000000000000000 0x7fefffffffffffff 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; li t0, 0xbfe0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1385, f10, 0xbfe0000000000000)
	CHECK_FLAGS(1386, 0x0)
	/* fmadd.d 0x7fefffffffffffff 0x7fefffffffffffff 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1387, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1388, 0x10)
	/* fmadd.d 0x7ff0000000000000 0x4004000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x4004000000000000; fmv.d.x f12, t0; li t0, 0xc004000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1389, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1390, 0x0)
	/* fmadd.d 0x0 0x7fefffffffffffff 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1391, f10, 0x3ff0000000000000)
	CHECK_FLAGS(1392, 0x0)
	/* fmadd.d 0x0 0x8000000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x8000000000000000; fmv.d.x f12, t0; li t0, 0x7fefffffffffffff; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1393, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(1394, 0x0)
	/* fmadd.d 0xfff8000000001234 0x7ff0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; li t0, 0xc004000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1395, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1396, 0x0)
	/* fmadd.d 0x7fefffffffffffff 0x7fefffffffffffff 0x7ff8000000000000 rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; li t0, 0x7ff8000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1397, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1398, 0x0)
	/* fmadd.d 0x7ff0000000000001 0xbfe0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xbfe0000000000000; fmv.d.x f12, t0; li t0, 0xbff0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1399, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1400, 0x10)
	/* fmadd.d 0x7fefffffffffffff 0x7ff8000000000000 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; li t0, 0x3ff8000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1401, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1402, 0x0)
	/* fmadd.d 0xfff8000000001234 0x3ff8000000000000 0x0 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x3ff8000000000000; fmv.d.x f12, t0; li t0, 0x0; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1403, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1404, 0x0)
	/* fmadd.d 0x7ff8000000000000 0x8000000000000000 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x8000000000000000; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1405, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1406, 0x0)
	/* fmadd.d 0x7ff0000000000001 0x7ff0000000000001 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000001; fmv.d.x f12, t0; li t0, 0xbfe0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1407, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1408, 0x10)
	/* fmadd.d 0xc004000000000000 0x7fefffffffffffff 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1409, f10, 0xfff0000000000000)
	CHECK_FLAGS(1410, 0x5)
	/* fmadd.d 0x7fefffffffffffff 0xbfe0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbfe0000000000000; fmv.d.x f12, t0; li t0, 0xfff0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1411, f10, 0xfff0000000000000)
	CHECK_FLAGS(1412, 0x0)
	/* fmadd.d 0x4004000000000000 0x7fefffffffffffff 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; li t0, 0x3fe0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1413, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1414, 0x5)
	/* fmadd.d 0xbff0000000000000 0x3ff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x7fefffffffffffff; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1415, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(1416, 0x1)
	/* fmadd.d 0xc004000000000000 0x7ff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; li t0, 0x7fefffffffffffff; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1417, f10, 0xfff0000000000000)
	CHECK_FLAGS(1418, 0x0)
	/* fmadd.d 0x7ff8000000000000 0xbfe0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbfe0000000000000; fmv.d.x f12, t0; li t0, 0xfff8000000001234; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1419, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1420, 0x0)
	/* fmadd.d 0x7ff8000000000000 0x3ff0000000000000 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1421, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1422, 0x10)
	/* fmadd.d 0x7ff8000000000000 0x7fefffffffffffff 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; li t0, 0x3fe0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1423, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1424, 0x0)
	/* fmadd.d 0x8000000000000000 0xfff0000000000000 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; li t0, 0x3fe0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1425, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1426, 0x10)
	/* fmadd.d 0x3fe0000000000000 0xbfe0000000000000 0x7ff0000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; li t0, 0xbfe0000000000000; fmv.d.x f12, t0; li t0, 0x7ff0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1427, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1428, 0x0)
	/* fmadd.d 0xc004000000000000 0xbfe0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xbfe0000000000000; fmv.d.x f12, t0; li t0, 0x7fefffffffffffff; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1429, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(1430, 0x1)
	/* fmadd.d 0x7fefffffffffffff 0xbfe0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbfe0000000000000; fmv.d.x f12, t0; li t0, 0x7fefffffffffffff; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1431, f10, 0x7fdfffffffffffff)
	CHECK_FLAGS(1432, 0x0)
	/* fmadd.d 0x7ff0000000000001 0xfff0000000000000 0x8000000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; li t0, 0x8000000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1433, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1434, 0x10)
	/* fmadd.d 0x0 0x7ff8000000000000 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; li t0, 0xbfe0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1435, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1436, 0x0)
	/* fmadd.d 0x7ff0000000000000 0x3ff0000000000000 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1437, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1438, 0x10)
	/* fmadd.d 0x3fe0000000000000 0xfff0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; li t0, 0xfff0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1439, f10, 0xfff0000000000000)
	CHECK_FLAGS(1440, 0x0)
	/* fmadd.d 0x3ff0000000000000 0x7ff8000000000000 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; li t0, 0x3fe0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1441, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1442, 0x0)
	/* fmadd.d 0x3ff8000000000000 0x4004000000000000 0x0 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0x4004000000000000; fmv.d.x f12, t0; li t0, 0x0; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1443, f10, 0x400e000000000000)
	CHECK_FLAGS(1444, 0x0)
	/* fmadd.d 0x0 0x7fefffffffffffff 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; li t0, 0xfff8000000001234; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1445, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1446, 0x0)
	/* fmadd.d 0x7fefffffffffffff 0xfff0000000000000 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1447, f10, 0xfff0000000000000)
	CHECK_FLAGS(1448, 0x0)
	/* fmadd.d 0xfff8000000001234 0x3fe0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; li t0, 0xc004000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1449, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1450, 0x0)
	/* fmadd.d 0x3fe0000000000000 0xfff8000000001234 0x7ff8000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; li t0, 0x7ff8000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1451, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1452, 0x0)
	/* fmadd.d 0x7ff0000000000000 0x8000000000000000 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x8000000000000000; fmv.d.x f12, t0; li t0, 0x3ff8000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1453, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1454, 0x10)
	/* fmadd.d 0x7ff0000000000001 0xbff0000000000000 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1455, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1456, 0x10)
	/* fmadd.d 0xfff0000000000000 0x8000000000000000 0x7ff8000000000000 rm=rne frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x8000000000000000; fmv.d.x f12, t0; li t0, 0x7ff8000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1457, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1458, 0x10)
	/* fmadd.d 0xc004000000000000 0x7ff8000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; li t0, 0xfff8000000001234; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1459, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1460, 0x0)
	/* fmadd.d 0xbfe0000000000000 0xbff0000000000000 0x4004000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; li t0, 0x4004000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1461, f10, 0x4008000000000000)
	CHECK_FLAGS(1462, 0x0)
	/* fmadd.d 0xbfe0000000000000 0x3ff0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0xfff0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1463, f10, 0xfff0000000000000)
	CHECK_FLAGS(1464, 0x0)
	/* fmadd.d 0x7ff0000000000001 0x0 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; li t0, 0xfff8000000001234; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1465, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1466, 0x10)
	/* fmadd.d 0x7fefffffffffffff 0x3ff8000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff8000000000000; fmv.d.x f12, t0; li t0, 0xc004000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1467, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1468, 0x5)
	/* fmadd.d 0xc004000000000000 0xbfe0000000000000 0x4004000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xbfe0000000000000; fmv.d.x f12, t0; li t0, 0x4004000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1469, f10, 0x400e000000000000)
	CHECK_FLAGS(1470, 0x0)
	/* fmadd.d 0x3fe0000000000000 0x7fefffffffffffff 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1471, f10, 0x7fdfffffffffffff)
	CHECK_FLAGS(1472, 0x1)
	/* fmadd.d 0xbfe0000000000000 0xbff0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; li t0, 0xfff8000000001234; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1473, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1474, 0x0)
	/* fmadd.d 0x7fefffffffffffff 0x3ff8000000000000 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff8000000000000; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1475, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1476, 0x5)
	/* fmadd.d 0xc004000000000000 0xc004000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; li t0, 0xc004000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1477, f10, 0x400e000000000000)
	CHECK_FLAGS(1478, 0x0)
	/* fmadd.d 0x0 0x7fefffffffffffff 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; li t0, 0x7fefffffffffffff; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1479, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(1480, 0x0)
	/* fmadd.d 0xbff1800000000000 0xc1372af9f89e542b 0xc13a557daa7cecfd rm=rne frm=None */
	li t0, 0xbff1800000000000; fmv.d.x f11, t0; li t0, 0xc1372af9f89e542b; fmv.d.x f12, t0; li t0, 0xc13a557daa7cecfd; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1481, f10, 0xc0efcf8851f81dbf)
	CHECK_FLAGS(1482, 0x0)
	/* fmadd.d 0xc136d2cab1fc8c00 0x9b80ef29d2ec1097 0xbfec4c6e5fca54d2 rm=rne frm=None */
	li t0, 0xc136d2cab1fc8c00; fmv.d.x f11, t0; li t0, 0x9b80ef29d2ec1097; fmv.d.x f12, t0; li t0, 0xbfec4c6e5fca54d2; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1483, f10, 0xbfec4c6e5fca54d2)
	CHECK_FLAGS(1484, 0x1)
	/* fmadd.d 0x802f8fe9b754f763 0x2c4efd3718b599 0xbfe9318aaea72727 rm=rne frm=None */
	li t0, 0x802f8fe9b754f763; fmv.d.x f11, t0; li t0, 0x2c4efd3718b599; fmv.d.x f12, t0; li t0, 0xbfe9318aaea72727; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1485, f10, 0xbfe9318aaea72727)
	CHECK_FLAGS(1486, 0x1)
	/* fmadd.d 0xbeb95056d2d1360b 0xc00d3b02048b9fc8 0x1259a0c19e92c6 rm=rne frm=None */
	li t0, 0xbeb95056d2d1360b; fmv.d.x f11, t0; li t0, 0xc00d3b02048b9fc8; fmv.d.x f12, t0; li t0, 0x1259a0c19e92c6; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1487, f10, 0x3ed71f7c67c0361c)
	CHECK_FLAGS(1488, 0x1)
	/* fmadd.d 0x3ffa3ce28a1de6d3 0x1cb2283e7893aeac 0xc009000000000000 rm=rne frm=None */
	li t0, 0x3ffa3ce28a1de6d3; fmv.d.x f11, t0; li t0, 0x1cb2283e7893aeac; fmv.d.x f12, t0; li t0, 0xc009000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1489, f10, 0xc009000000000000)
	CHECK_FLAGS(1490, 0x1)
	/* fmadd.d 0x2151d750de5d37 0xffe22e02572dc96c 0x3eb1daabbb67d9f7 rm=rne frm=None */
	li t0, 0x2151d750de5d37; fmv.d.x f11, t0; li t0, 0xffe22e02572dc96c; fmv.d.x f12, t0; li t0, 0x3eb1daabbb67d9f7; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1491, f10, 0xc013addfc7317656)
	CHECK_FLAGS(1492, 0x1)
	/* fmadd.d 0x3ff7000000000000 0x4135d76c5171c092 0xbeb1ae2fcfd4a641 rm=rne frm=None */
	li t0, 0x3ff7000000000000; fmv.d.x f11, t0; li t0, 0x4135d76c5171c092; fmv.d.x f12, t0; li t0, 0xbeb1ae2fcfd4a641; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1493, f10, 0x413f65abb5137324)
	CHECK_FLAGS(1494, 0x1)
	/* fmadd.d 0x8002800000000000 0x1d35745a20fc6a64 0xbfe6800000000000 rm=rne frm=None */
	li t0, 0x8002800000000000; fmv.d.x f11, t0; li t0, 0x1d35745a20fc6a64; fmv.d.x f12, t0; li t0, 0xbfe6800000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1495, f10, 0xbfe6800000000000)
	CHECK_FLAGS(1496, 0x1)
	/* fmadd.d 0x3fee5c62b993bb50 0xc0088d469c56e183 0x31cfadea5647f rm=rne frm=None */
	li t0, 0x3fee5c62b993bb50; fmv.d.x f11, t0; li t0, 0xc0088d469c56e183; fmv.d.x f12, t0; li t0, 0x31cfadea5647f; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1497, f10, 0xc0074b541c9d44e8)
	CHECK_FLAGS(1498, 0x1)
	/* fmadd.d 0x3eb7339f163095d0 0x80241d8cbf2ecb45 0xc0085999e69421aa rm=rne frm=None */
	li t0, 0x3eb7339f163095d0; fmv.d.x f11, t0; li t0, 0x80241d8cbf2ecb45; fmv.d.x f12, t0; li t0, 0xc0085999e69421aa; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1499, f10, 0xc0085999e69421aa)
	CHECK_FLAGS(1500, 0x1)
	/* fmadd.d 0xbfe6800000000000 0x2f312b6644f590 0xc13cad8f7e169a26 rm=rne frm=None */
	li t0, 0xbfe6800000000000; fmv.d.x f11, t0; li t0, 0x2f312b6644f590; fmv.d.x f12, t0; li t0, 0xc13cad8f7e169a26; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1501, f10, 0xc13cad8f7e169a26)
	CHECK_FLAGS(1502, 0x1)
	/* fmadd.d 0xc006fa98ef20e634 0xbfe8facd3d9a06a1 0x167e800000000000 rm=rne frm=None */
	li t0, 0xc006fa98ef20e634; fmv.d.x f11, t0; li t0, 0xbfe8facd3d9a06a1; fmv.d.x f12, t0; li t0, 0x167e800000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1503, f10, 0x4001f00bdfc4e7e3)
	CHECK_FLAGS(1504, 0x1)
	/* fmadd.d 0xdab79bb9e8c57 0xffe650f9d6337fcf 0xdab79bb9e8c57 rm=rne frm=None */
	li t0, 0xdab79bb9e8c57; fmv.d.x f11, t0; li t0, 0xffe650f9d6337fcf; fmv.d.x f12, t0; li t0, 0xdab79bb9e8c57; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1505, f10, 0xc00310f6363c0d7c)
	CHECK_FLAGS(1506, 0x1)
	/* fmadd.d 0xc134197e7baea314 0xffe4000000000000 0xc134197e7baea314 rm=rne frm=None */
	li t0, 0xc134197e7baea314; fmv.d.x f11, t0; li t0, 0xffe4000000000000; fmv.d.x f12, t0; li t0, 0xc134197e7baea314; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1507, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1508, 0x5)
	/* fmadd.d 0xc002000000000000 0x800a800000000000 0xc002000000000000 rm=rne frm=None */
	li t0, 0xc002000000000000; fmv.d.x f11, t0; li t0, 0x800a800000000000; fmv.d.x f12, t0; li t0, 0xc002000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1509, f10, 0xc002000000000000)
	CHECK_FLAGS(1510, 0x1)
	/* fmadd.d 0x400c1364d7dfbb1a 0x3eb9c90c89771493 0x400c1364d7dfbb1a rm=rne frm=None */
	li t0, 0x400c1364d7dfbb1a; fmv.d.x f11, t0; li t0, 0x3eb9c90c89771493; fmv.d.x f12, t0; li t0, 0x400c1364d7dfbb1a; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1511, f10, 0x400c1367abd12e59)
	CHECK_FLAGS(1512, 0x1)
	/* fmadd.d 0xbffcb46005d5323a 0xc138800000000000 0xbffcb46005d5323a rm=rne frm=None */
	li t0, 0xbffcb46005d5323a; fmv.d.x f11, t0; li t0, 0xc138800000000000; fmv.d.x f12, t0; li t0, 0xbffcb46005d5323a; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1513, f10, 0x4145fa189ed43a46)
	CHECK_FLAGS(1514, 0x1)
	/* fmadd.d 0x7fe8724a7e923d0c 0x1c9fed169f3f6dad 0x7fe8724a7e923d0c rm=rne frm=None */
	li t0, 0x7fe8724a7e923d0c; fmv.d.x f11, t0; li t0, 0x1c9fed169f3f6dad; fmv.d.x f12, t0; li t0, 0x7fe8724a7e923d0c; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(1515, f10, 0x7fe8724a7e923d0c)
	CHECK_FLAGS(1516, 0x1)
	/* fmadd.d 0x3fe2800000000000 0x97e2f49c8a9d2208 0x1ba63fdf706dbaa2 rm=rtz frm=None */
	li t0, 0x3fe2800000000000; fmv.d.x f11, t0; li t0, 0x97e2f49c8a9d2208; fmv.d.x f12, t0; li t0, 0x1ba63fdf706dbaa2; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rtz
	CHECK_F(1517, f10, 0x1ba63fdf706dbaa1)
	CHECK_FLAGS(1518, 0x1)
	/* fmadd.d 0x80145c6b8bb457be 0xc004000000000000 0xbfec000000000000 rm=rtz frm=None */
	li t0, 0x80145c6b8bb457be; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; li t0, 0xbfec000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rtz
	CHECK_F(1519, f10, 0xbfebffffffffffff)
	CHECK_FLAGS(1520, 0x1)
	/* fmadd.d 0xc00c97f3d7671fd0 0xc0040d841f764958 0x201e83b5e1f585 rm=rtz frm=None */
	li t0, 0xc00c97f3d7671fd0; fmv.d.x f11, t0; li t0, 0xc0040d841f764958; fmv.d.x f12, t0; li t0, 0x201e83b5e1f585; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rtz
	CHECK_F(1521, f10, 0x4021eb0c309ab465)
	CHECK_FLAGS(1522, 0x1)
	/* fmadd.d 0x3ff6d0979813bd1e 0xffe3800000000000 0xc04cca5005d7029f rm=rtz frm=None */
	li t0, 0x3ff6d0979813bd1e; fmv.d.x f11, t0; li t0, 0xffe3800000000000; fmv.d.x f12, t0; li t0, 0xc04cca5005d7029f; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rtz
	CHECK_F(1523, f10, 0xffebce38c1580e7c)
	CHECK_FLAGS(1524, 0x1)
	/* fmadd.d 0xffe3c23d0e996e17 0xffe0800000000000 0x3ff6b7d33a83a794 rm=rtz frm=None */
	li t0, 0xffe3c23d0e996e17; fmv.d.x f11, t0; li t0, 0xffe0800000000000; fmv.d.x f12, t0; li t0, 0x3ff6b7d33a83a794; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rtz
	CHECK_F(1525, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(1526, 0x5)
	/* fmadd.d 0x139728ff810582 0x3ffe91f4c96c9ae2 0xbff8000000000000 rm=rtz frm=None */
	li t0, 0x139728ff810582; fmv.d.x f11, t0; li t0, 0x3ffe91f4c96c9ae2; fmv.d.x f12, t0; li t0, 0xbff8000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rtz
	CHECK_F(1527, f10, 0xbff7ffffffffffff)
	CHECK_FLAGS(1528, 0x1)
	/* fmadd.d 0x85e35bdbe2772f95 0xbfeebf6c646dfe96 0xbfe6c88f762bd6de rm=rtz frm=None */
	li t0, 0x85e35bdbe2772f95; fmv.d.x f11, t0; li t0, 0xbfeebf6c646dfe96; fmv.d.x f12, t0; li t0, 0xbfe6c88f762bd6de; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rtz
	CHECK_F(1529, f10, 0xbfe6c88f762bd6dd)
	CHECK_FLAGS(1530, 0x1)
	/* fmadd.d 0xbebd962f73a6fc52 0x802e1a6b166d23d8 0x251e03886ae9c7 rm=rtz frm=None */
	li t0, 0xbebd962f73a6fc52; fmv.d.x f11, t0; li t0, 0x802e1a6b166d23d8; fmv.d.x f12, t0; li t0, 0x251e03886ae9c7; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rtz
	CHECK_F(1531, f10, 0x251e0703121a83)
	CHECK_FLAGS(1532, 0x1)
	/* fmadd.d 0x413b800000000000 0x1c800000000000 0x3014000000000000 rm=rtz frm=None */
	li t0, 0x413b800000000000; fmv.d.x f11, t0; li t0, 0x1c800000000000; fmv.d.x f12, t0; li t0, 0x3014000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rtz
	CHECK_F(1533, f10, 0x3014000000000000)
	CHECK_FLAGS(1534, 0x1)
	/* fmadd.d 0x4dc1743f8b09d147 0xa327615c58abf48d 0x3ff6000000000000 rm=rtz frm=None */
	li t0, 0x4dc1743f8b09d147; fmv.d.x f11, t0; li t0, 0xa327615c58abf48d; fmv.d.x f12, t0; li t0, 0x3ff6000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rtz
	CHECK_F(1535, f10, 0x3ff5ffffffffffff)
	CHECK_FLAGS(1536, 0x1)
	/* fmadd.d 0xbebb000000000000 0x4457f1ad2c46a6cb 0x5d3a8f833a1efd96 rm=rtz frm=None */
	li t0, 0xbebb000000000000; fmv.d.x f11, t0; li t0, 0x4457f1ad2c46a6cb; fmv.d.x f12, t0; li t0, 0x5d3a8f833a1efd96; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rtz
	CHECK_F(1537, f10, 0x5d3a8f833a1efd95)
	CHECK_FLAGS(1538, 0x1)
	/* fmadd.d 0x2bfe83588a0043 0x4800000000000 0xbeba3f4120011d72 rm=rtz frm=None */
	li t0, 0x2bfe83588a0043; fmv.d.x f11, t0; li t0, 0x4800000000000; fmv.d.x f12, t0; li t0, 0xbeba3f4120011d72; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rtz
	CHECK_F(1539, f10, 0xbeba3f4120011d71)
	CHECK_FLAGS(1540, 0x1)
	/* fmadd.d 0xbffd800000000000 0x7fed116630dbb471 0xbffd800000000000 rm=rtz frm=None */
	li t0, 0xbffd800000000000; fmv.d.x f11, t0; li t0, 0x7fed116630dbb471; fmv.d.x f12, t0; li t0, 0xbffd800000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rtz
	CHECK_F(1541, f10, 0xffefffffffffffff)
	CHECK_FLAGS(1542, 0x5)
	/* fmadd.d 0x18ac75bf1c0218 0xa7fa800000000000 0x18ac75bf1c0218 rm=rtz frm=None */
	li t0, 0x18ac75bf1c0218; fmv.d.x f11, t0; li t0, 0xa7fa800000000000; fmv.d.x f12, t0; li t0, 0x18ac75bf1c0218; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rtz
	CHECK_F(1543, f10, 0x18ac75bf1c0217)
	CHECK_FLAGS(1544, 0x1)
	/* fmadd.d 0xc13cee4554e9e882 0x8013000000000000 0xc13cee4554e9e882 rm=rtz frm=None */
	li t0, 0xc13cee4554e9e882; fmv.d.x f11, t0; li t0, 0x8013000000000000; fmv.d.x f12, t0; li t0, 0xc13cee4554e9e882; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rtz
	CHECK_F(1545, f10, 0xc13cee4554e9e881)
	CHECK_FLAGS(1546, 0x1)
	/* fmadd.d 0x3ffb000000000000 0xffe1ce46d7fe6c61 0x3ffb000000000000 rm=rtz frm=None */
	li t0, 0x3ffb000000000000; fmv.d.x f11, t0; li t0, 0xffe1ce46d7fe6c61; fmv.d.x f12, t0; li t0, 0x3ffb000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rtz
	CHECK_F(1547, f10, 0xffee0c178c7d56e3)
	CHECK_FLAGS(1548, 0x1)
	/* fmadd.d 0xd5d347c0cfb5d 0x82ba000000000000 0xd5d347c0cfb5d rm=rtz frm=None */
	li t0, 0xd5d347c0cfb5d; fmv.d.x f11, t0; li t0, 0x82ba000000000000; fmv.d.x f12, t0; li t0, 0xd5d347c0cfb5d; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rtz
	CHECK_F(1549, f10, 0xd5d347c0cfb5c)
	CHECK_FLAGS(1550, 0x3)
	/* fmadd.d 0x31a1afc067e2c3f 0x8029000000000000 0x31a1afc067e2c3f rm=rtz frm=None */
	li t0, 0x31a1afc067e2c3f; fmv.d.x f11, t0; li t0, 0x8029000000000000; fmv.d.x f12, t0; li t0, 0x31a1afc067e2c3f; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rtz
	CHECK_F(1551, f10, 0x31a1afc067e2c3e)
	CHECK_FLAGS(1552, 0x1)
	/* fmadd.d 0x8003214e60db6317 0x3ffb329051885e08 0x801025d7c57dfc91 rm=rdn frm=None */
	li t0, 0x8003214e60db6317; fmv.d.x f11, t0; li t0, 0x3ffb329051885e08; fmv.d.x f12, t0; li t0, 0x801025d7c57dfc91; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rdn
	CHECK_F(1553, f10, 0x801577f05993935e)
	CHECK_FLAGS(1554, 0x1)
	/* fmadd.d 0xbff8aabbd88ac375 0x2dd780d26ecaf9 0x1904c4d658e4f575 rm=rdn frm=None */
	li t0, 0xbff8aabbd88ac375; fmv.d.x f11, t0; li t0, 0x2dd780d26ecaf9; fmv.d.x f12, t0; li t0, 0x1904c4d658e4f575; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rdn
	CHECK_F(1555, f10, 0x1904c4d658e4f574)
	CHECK_FLAGS(1556, 0x1)
	/* fmadd.d 0x23a4b9fc8ff3f1 0x1ed1021a18441d 0x800f103e408ff6c5 rm=rdn frm=None */
	li t0, 0x23a4b9fc8ff3f1; fmv.d.x f11, t0; li t0, 0x1ed1021a18441d; fmv.d.x f12, t0; li t0, 0x800f103e408ff6c5; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rdn
	CHECK_F(1557, f10, 0x800f103e408ff6c5)
	CHECK_FLAGS(1558, 0x3)
	/* fmadd.d 0x8007800000000000 0xc1361b99a903113d 0xbeb88294e6ecd7c4 rm=rdn frm=None */
	li t0, 0x8007800000000000; fmv.d.x f11, t0; li t0, 0xc1361b99a903113d; fmv.d.x f12, t0; li t0, 0xbeb88294e6ecd7c4; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rdn
	CHECK_F(1559, f10, 0xbeb88294e6ecd7c4)
	CHECK_FLAGS(1560, 0x1)
	/* fmadd.d 0xc71506730b1cbc62 0xc003800000000000 0xbd4e000000000000 rm=rdn frm=None */
	li t0, 0xc71506730b1cbc62; fmv.d.x f11, t0; li t0, 0xc003800000000000; fmv.d.x f12, t0; li t0, 0xbd4e000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rdn
	CHECK_F(1561, f10, 0x47299fdc358b0597)
	CHECK_FLAGS(1562, 0x1)
	/* fmadd.d 0x802c000000000000 0xdc0800000000000 0x131fe15aae94f rm=rdn frm=None */
	li t0, 0x802c000000000000; fmv.d.x f11, t0; li t0, 0xdc0800000000000; fmv.d.x f12, t0; li t0, 0x131fe15aae94f; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rdn
	CHECK_F(1563, f10, 0x131fe15aae94e)
	CHECK_FLAGS(1564, 0x3)
	/* fmadd.d 0x9a8ed15a1b8a9d41 0xc29febe5b33b5e4 0xd77800000000000 rm=rdn frm=None */
	li t0, 0x9a8ed15a1b8a9d41; fmv.d.x f11, t0; li t0, 0xc29febe5b33b5e4; fmv.d.x f12, t0; li t0, 0xd77800000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rdn
	CHECK_F(1565, f10, 0xd777fffffffffff)
	CHECK_FLAGS(1566, 0x1)
	/* fmadd.d 0x8ecf821020fb3e5a 0xffeb800000000000 0xbc873f2784363fb6 rm=rdn frm=None */
	li t0, 0x8ecf821020fb3e5a; fmv.d.x f11, t0; li t0, 0xffeb800000000000; fmv.d.x f12, t0; li t0, 0xbc873f2784363fb6; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rdn
	CHECK_F(1567, f10, 0x4ecb13c5dc57e995)
	CHECK_FLAGS(1568, 0x1)
	/* fmadd.d 0x8017ef42701aeedc 0x3fe8a3053487042f 0x413a97b62d4f89b0 rm=rdn frm=None */
	li t0, 0x8017ef42701aeedc; fmv.d.x f11, t0; li t0, 0x3fe8a3053487042f; fmv.d.x f12, t0; li t0, 0x413a97b62d4f89b0; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rdn
	CHECK_F(1569, f10, 0x413a97b62d4f89af)
	CHECK_FLAGS(1570, 0x1)
	/* fmadd.d 0x9800000000000 0x30c8dd3ce122e 0x4006c4f879cc0787 rm=rdn frm=None */
	li t0, 0x9800000000000; fmv.d.x f11, t0; li t0, 0x30c8dd3ce122e; fmv.d.x f12, t0; li t0, 0x4006c4f879cc0787; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rdn
	CHECK_F(1571, f10, 0x4006c4f879cc0787)
	CHECK_FLAGS(1572, 0x1)
	/* fmadd.d 0xbff8e4140e11d5fe 0xc13a000000000000 0xe53ac5ce5b8e601 rm=rdn frm=None */
	li t0, 0xbff8e4140e11d5fe; fmv.d.x f11, t0; li t0, 0xc13a000000000000; fmv.d.x f12, t0; li t0, 0xe53ac5ce5b8e601; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rdn
	CHECK_F(1573, f10, 0x414439504b6e7dde)
	CHECK_FLAGS(1574, 0x1)
	/* fmadd.d 0x15673bd075069916 0x7fef000000000000 0x27790711446ddc2e rm=rdn frm=None */
	li t0, 0x15673bd075069916; fmv.d.x f11, t0; li t0, 0x7fef000000000000; fmv.d.x f12, t0; li t0, 0x27790711446ddc2e; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rdn
	CHECK_F(1575, f10, 0x556681f1f15e644d)
	CHECK_FLAGS(1576, 0x1)
	/* fmadd.d 0x80139982a6d3727e 0x3fff800000000000 0x80139982a6d3727e rm=rdn frm=None */
	li t0, 0x80139982a6d3727e; fmv.d.x f11, t0; li t0, 0x3fff800000000000; fmv.d.x f12, t0; li t0, 0x80139982a6d3727e; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rdn
	CHECK_F(1577, f10, 0x802d17ddefa1ddf4)
	CHECK_FLAGS(1578, 0x1)
	/* fmadd.d 0x3800000000000 0x17622e6453375ebf 0x3800000000000 rm=rdn frm=None */
	li t0, 0x3800000000000; fmv.d.x f11, t0; li t0, 0x17622e6453375ebf; fmv.d.x f12, t0; li t0, 0x3800000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rdn
	CHECK_F(1579, f10, 0x3800000000000)
	CHECK_FLAGS(1580, 0x3)
	/* fmadd.d 0xffe5ba6d7b2ed21d 0x40090c134e0f7368 0xffe5ba6d7b2ed21d rm=rdn frm=None */
	li t0, 0xffe5ba6d7b2ed21d; fmv.d.x f11, t0; li t0, 0x40090c134e0f7368; fmv.d.x f12, t0; li t0, 0xffe5ba6d7b2ed21d; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rdn
	CHECK_F(1581, f10, 0xfff0000000000000)
	CHECK_FLAGS(1582, 0x5)
	/* fmadd.d 0x7fe5000000000000 0x400d8724b992f57e 0x7fe5000000000000 rm=rdn frm=None */
	li t0, 0x7fe5000000000000; fmv.d.x f11, t0; li t0, 0x400d8724b992f57e; fmv.d.x f12, t0; li t0, 0x7fe5000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rdn
	CHECK_F(1583, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(1584, 0x5)
	/* fmadd.d 0xbfe9800000000000 0x180cd013010bd5 0xbfe9800000000000 rm=rdn frm=None */
	li t0, 0xbfe9800000000000; fmv.d.x f11, t0; li t0, 0x180cd013010bd5; fmv.d.x f12, t0; li t0, 0xbfe9800000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rdn
	CHECK_F(1585, f10, 0xbfe9800000000001)
	CHECK_FLAGS(1586, 0x1)
	/* fmadd.d 0x3ff7000000000000 0xb0b1dacd73c7330d 0x3ff7000000000000 rm=rdn frm=None */
	li t0, 0x3ff7000000000000; fmv.d.x f11, t0; li t0, 0xb0b1dacd73c7330d; fmv.d.x f12, t0; li t0, 0x3ff7000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rdn
	CHECK_F(1587, f10, 0x3ff6ffffffffffff)
	CHECK_FLAGS(1588, 0x1)
	/* fmadd.d 0x3eba000000000000 0x3fe9973e26f8a58d 0x80190d2642a09ec1 rm=rup frm=None */
	li t0, 0x3eba000000000000; fmv.d.x f11, t0; li t0, 0x3fe9973e26f8a58d; fmv.d.x f12, t0; li t0, 0x80190d2642a09ec1; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rup
	CHECK_F(1589, f10, 0x3eb4cae27faa0683)
	CHECK_FLAGS(1590, 0x1)
	/* fmadd.d 0x9daacd9e6e24308a 0x13648822717366 0xbfefff03bcfe6006 rm=rup frm=None */
	li t0, 0x9daacd9e6e24308a; fmv.d.x f11, t0; li t0, 0x13648822717366; fmv.d.x f12, t0; li t0, 0xbfefff03bcfe6006; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rup
	CHECK_F(1591, f10, 0xbfefff03bcfe6006)
	CHECK_FLAGS(1592, 0x1)
	/* fmadd.d 0x3eb6800000000000 0x800ac1cc431d409e 0x800ade67465bd4d6 rm=rup frm=None */
	li t0, 0x3eb6800000000000; fmv.d.x f11, t0; li t0, 0x800ac1cc431d409e; fmv.d.x f12, t0; li t0, 0x800ade67465bd4d6; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rup
	CHECK_F(1593, f10, 0x800ade68386448bc)
	CHECK_FLAGS(1594, 0x3)
	/* fmadd.d 0x8e0bb87b3ada1 0x3ff545535e77e786 0xbeb30aa03df0404b rm=rup frm=None */
	li t0, 0x8e0bb87b3ada1; fmv.d.x f11, t0; li t0, 0x3ff545535e77e786; fmv.d.x f12, t0; li t0, 0xbeb30aa03df0404b; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rup
	CHECK_F(1595, f10, 0xbeb30aa03df0404a)
	CHECK_FLAGS(1596, 0x1)
	/* fmadd.d 0x801c49fb7e9394e0 0xbffd800000000000 0x3fe4cdc2eb2aeabf rm=rup frm=None */
	li t0, 0x801c49fb7e9394e0; fmv.d.x f11, t0; li t0, 0xbffd800000000000; fmv.d.x f12, t0; li t0, 0x3fe4cdc2eb2aeabf; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rup
	CHECK_F(1597, f10, 0x3fe4cdc2eb2aeac0)
	CHECK_FLAGS(1598, 0x1)
	/* fmadd.d 0x9c7697c342a4b0bb 0xc13f800000000000 0xa3ac53b3ae566a49 rm=rup frm=None */
	li t0, 0x9c7697c342a4b0bb; fmv.d.x f11, t0; li t0, 0xc13f800000000000; fmv.d.x f12, t0; li t0, 0xa3ac53b3ae566a49; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rup
	CHECK_F(1599, f10, 0xa3ac53b3ae566a48)
	CHECK_FLAGS(1600, 0x1)
	/* fmadd.d 0x1018821c33155b07 0xbebe886aaeef4134 0x2c217d4b9f1ee79b rm=rup frm=None */
	li t0, 0x1018821c33155b07; fmv.d.x f11, t0; li t0, 0xbebe886aaeef4134; fmv.d.x f12, t0; li t0, 0x2c217d4b9f1ee79b; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rup
	CHECK_F(1601, f10, 0x2c217d4b9f1ee79b)
	CHECK_FLAGS(1602, 0x1)
	/* fmadd.d 0x3ebd1e35af6db329 0x8010800000000000 0xc137800000000000 rm=rup frm=None */
	li t0, 0x3ebd1e35af6db329; fmv.d.x f11, t0; li t0, 0x8010800000000000; fmv.d.x f12, t0; li t0, 0xc137800000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rup
	CHECK_F(1603, f10, 0xc137800000000000)
	CHECK_FLAGS(1604, 0x1)
	/* fmadd.d 0x18f6fe66e06501 0x80190598370d5ec9 0xc474d4e407d966b5 rm=rup frm=None */
	li t0, 0x18f6fe66e06501; fmv.d.x f11, t0; li t0, 0x80190598370d5ec9; fmv.d.x f12, t0; li t0, 0xc474d4e407d966b5; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rup
	CHECK_F(1605, f10, 0xc474d4e407d966b5)
	CHECK_FLAGS(1606, 0x1)
	/* fmadd.d 0x4001235074e6c1e7 0x800b7977ca316728 0xc13b9bbd583361b9 rm=rup frm=None */
	li t0, 0x4001235074e6c1e7; fmv.d.x f11, t0; li t0, 0x800b7977ca316728; fmv.d.x f12, t0; li t0, 0xc13b9bbd583361b9; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rup
	CHECK_F(1607, f10, 0xc13b9bbd583361b9)
	CHECK_FLAGS(1608, 0x1)
	/* fmadd.d 0x4131000000000000 0xbfe59b595defbb70 0x3ff3a52b6d6f2d84 rm=rup frm=None */
	li t0, 0x4131000000000000; fmv.d.x f11, t0; li t0, 0xbfe59b595defbb70; fmv.d.x f12, t0; li t0, 0x3ff3a52b6d6f2d84; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rup
	CHECK_F(1609, f10, 0xc126f50c7f294979)
	CHECK_FLAGS(1610, 0x1)
	/* fmadd.d 0x134d13e214560a21 0x3ebdde7e45d5aef1 0x802a800000000000 rm=rup frm=None */
	li t0, 0x134d13e214560a21; fmv.d.x f11, t0; li t0, 0x3ebdde7e45d5aef1; fmv.d.x f12, t0; li t0, 0x802a800000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rup
	CHECK_F(1611, f10, 0x121b2431909a48f3)
	CHECK_FLAGS(1612, 0x1)
	/* fmadd.d 0x413a1f9477860ee4 0x18000000000000 0x413a1f9477860ee4 rm=rup frm=None */
	li t0, 0x413a1f9477860ee4; fmv.d.x f11, t0; li t0, 0x18000000000000; fmv.d.x f12, t0; li t0, 0x413a1f9477860ee4; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rup
	CHECK_F(1613, f10, 0x413a1f9477860ee5)
	CHECK_FLAGS(1614, 0x1)
	/* fmadd.d 0x2df047fed7c65 0x802c800000000000 0x2df047fed7c65 rm=rup frm=None */
	li t0, 0x2df047fed7c65; fmv.d.x f11, t0; li t0, 0x802c800000000000; fmv.d.x f12, t0; li t0, 0x2df047fed7c65; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rup
	CHECK_F(1615, f10, 0x2df047fed7c65)
	CHECK_FLAGS(1616, 0x3)
	/* fmadd.d 0x2c95800000000000 0xf47901ee58aa963 0x2c95800000000000 rm=rup frm=None */
	li t0, 0x2c95800000000000; fmv.d.x f11, t0; li t0, 0xf47901ee58aa963; fmv.d.x f12, t0; li t0, 0x2c95800000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rup
	CHECK_F(1617, f10, 0x2c95800000000001)
	CHECK_FLAGS(1618, 0x1)
	/* fmadd.d 0x7fef4ff984df596c 0x400598ef522d5699 0x7fef4ff984df596c rm=rup frm=None */
	li t0, 0x7fef4ff984df596c; fmv.d.x f11, t0; li t0, 0x400598ef522d5699; fmv.d.x f12, t0; li t0, 0x7fef4ff984df596c; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rup
	CHECK_F(1619, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1620, 0x5)
	/* fmadd.d 0xc13c000000000000 0x8abd931d14861224 0xc13c000000000000 rm=rup frm=None */
	li t0, 0xc13c000000000000; fmv.d.x f11, t0; li t0, 0x8abd931d14861224; fmv.d.x f12, t0; li t0, 0xc13c000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rup
	CHECK_F(1621, f10, 0xc13bffffffffffff)
	CHECK_FLAGS(1622, 0x1)
	/* fmadd.d 0x3fea308406a442a7 0xffed000000000000 0x3fea308406a442a7 rm=rup frm=None */
	li t0, 0x3fea308406a442a7; fmv.d.x f11, t0; li t0, 0xffed000000000000; fmv.d.x f12, t0; li t0, 0x3fea308406a442a7; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rup
	CHECK_F(1623, f10, 0xffe7bbf7a604dc67)
	CHECK_FLAGS(1624, 0x1)
	/* fmadd.d 0xbeb6c7809e74339d 0xb23ba9b30cf98e8f 0xc00e1b98b1e36532 rm=rmm frm=None */
	li t0, 0xbeb6c7809e74339d; fmv.d.x f11, t0; li t0, 0xb23ba9b30cf98e8f; fmv.d.x f12, t0; li t0, 0xc00e1b98b1e36532; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rmm
	CHECK_F(1625, f10, 0xc00e1b98b1e36532)
	CHECK_FLAGS(1626, 0x1)
	/* fmadd.d 0x68eabc953c5a34c 0x81d3242e49076f2a 0xd79bc21a08413 rm=rmm frm=None */
	li t0, 0x68eabc953c5a34c; fmv.d.x f11, t0; li t0, 0x81d3242e49076f2a; fmv.d.x f12, t0; li t0, 0xd79bc21a08413; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rmm
	CHECK_F(1627, f10, 0xd79bc21a08413)
	CHECK_FLAGS(1628, 0x3)
	/* fmadd.d 0x400ecc197cd7fc9f 0x1c09000000000000 0xbfef800000000000 rm=rmm frm=None */
	li t0, 0x400ecc197cd7fc9f; fmv.d.x f11, t0; li t0, 0x1c09000000000000; fmv.d.x f12, t0; li t0, 0xbfef800000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rmm
	CHECK_F(1629, f10, 0xbfef800000000000)
	CHECK_FLAGS(1630, 0x1)
	/* fmadd.d 0x239a000000000000 0xf3f8452a4e589b 0xffeb1c370dceec55 rm=rmm frm=None */
	li t0, 0x239a000000000000; fmv.d.x f11, t0; li t0, 0xf3f8452a4e589b; fmv.d.x f12, t0; li t0, 0xffeb1c370dceec55; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rmm
	CHECK_F(1631, f10, 0xffeb1c370dceec55)
	CHECK_FLAGS(1632, 0x1)
	/* fmadd.d 0xc137000000000000 0xc0000dffa1fcf836 0xffe697c6e65851c8 rm=rmm frm=None */
	li t0, 0xc137000000000000; fmv.d.x f11, t0; li t0, 0xc0000dffa1fcf836; fmv.d.x f12, t0; li t0, 0xffe697c6e65851c8; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rmm
	CHECK_F(1633, f10, 0xffe697c6e65851c8)
	CHECK_FLAGS(1634, 0x1)
	/* fmadd.d 0x2e63000000000000 0x28f0800000000000 0xbff2000000000000 rm=rmm frm=None */
	li t0, 0x2e63000000000000; fmv.d.x f11, t0; li t0, 0x28f0800000000000; fmv.d.x f12, t0; li t0, 0xbff2000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rmm
	CHECK_F(1635, f10, 0xbff2000000000000)
	CHECK_FLAGS(1636, 0x1)
	/* fmadd.d 0x3ebcb37e5fa859b1 0xbff7000000000000 0x3fe12521859803f2 rm=rmm frm=None */
	li t0, 0x3ebcb37e5fa859b1; fmv.d.x f11, t0; li t0, 0xbff7000000000000; fmv.d.x f12, t0; li t0, 0x3fe12521859803f2; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rmm
	CHECK_F(1637, f10, 0x3fe1251c5d574ec2)
	CHECK_FLAGS(1638, 0x1)
	/* fmadd.d 0x802a000000000000 0x400237623fe76671 0x9da800000000000 rm=rmm frm=None */
	li t0, 0x802a000000000000; fmv.d.x f11, t0; li t0, 0x400237623fe76671; fmv.d.x f12, t0; li t0, 0x9da800000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rmm
	CHECK_F(1639, f10, 0x9da800000000000)
	CHECK_FLAGS(1640, 0x1)
	/* fmadd.d 0x41336564013836a4 0x359378937a75f994 0xbfe1800000000000 rm=rmm frm=None */
	li t0, 0x41336564013836a4; fmv.d.x f11, t0; li t0, 0x359378937a75f994; fmv.d.x f12, t0; li t0, 0xbfe1800000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rmm
	CHECK_F(1641, f10, 0xbfe1800000000000)
	CHECK_FLAGS(1642, 0x1)
	/* fmadd.d 0x3eb4a891536cf999 0x41311b397aeb978a 0xaa35eb7bab502e64 rm=rmm frm=None */
	li t0, 0x3eb4a891536cf999; fmv.d.x f11, t0; li t0, 0x41311b397aeb978a; fmv.d.x f12, t0; li t0, 0xaa35eb7bab502e64; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rmm
	CHECK_F(1643, f10, 0x3ff61641151bcde8)
	CHECK_FLAGS(1644, 0x1)
	/* fmadd.d 0x8003ed45b8e9b7e6 0xbfe88286539d4a38 0xf0229a6a8087f rm=rmm frm=None */
	li t0, 0x8003ed45b8e9b7e6; fmv.d.x f11, t0; li t0, 0xbfe88286539d4a38; fmv.d.x f12, t0; li t0, 0xf0229a6a8087f; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rmm
	CHECK_F(1645, f10, 0x120422586d384b)
	CHECK_FLAGS(1646, 0x1)
	/* fmadd.d 0x3ff757a16d6fd707 0x801f800000000000 0xffe0800000000000 rm=rmm frm=None */
	li t0, 0x3ff757a16d6fd707; fmv.d.x f11, t0; li t0, 0x801f800000000000; fmv.d.x f12, t0; li t0, 0xffe0800000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rmm
	CHECK_F(1647, f10, 0xffe0800000000000)
	CHECK_FLAGS(1648, 0x1)
	/* fmadd.d 0xbffc8b526d96591b 0xc13d60a636eb3a8e 0xbffc8b526d96591b rm=rmm frm=None */
	li t0, 0xbffc8b526d96591b; fmv.d.x f11, t0; li t0, 0xc13d60a636eb3a8e; fmv.d.x f12, t0; li t0, 0xbffc8b526d96591b; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rmm
	CHECK_F(1649, f10, 0x414a347809f6f754)
	CHECK_FLAGS(1650, 0x1)
	/* fmadd.d 0xca9800000000000 0x1d12987f53e28e 0xca9800000000000 rm=rmm frm=None */
	li t0, 0xca9800000000000; fmv.d.x f11, t0; li t0, 0x1d12987f53e28e; fmv.d.x f12, t0; li t0, 0xca9800000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rmm
	CHECK_F(1651, f10, 0xca9800000000000)
	CHECK_FLAGS(1652, 0x1)
	/* fmadd.d 0x53b68360f6ee67e8 0x80107e4d5bf43933 0x53b68360f6ee67e8 rm=rmm frm=None */
	li t0, 0x53b68360f6ee67e8; fmv.d.x f11, t0; li t0, 0x80107e4d5bf43933; fmv.d.x f12, t0; li t0, 0x53b68360f6ee67e8; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rmm
	CHECK_F(1653, f10, 0x53b68360f6ee67e8)
	CHECK_FLAGS(1654, 0x1)
	/* fmadd.d 0xc000c7ea028fc0c9 0x1951bce3289751 0xc000c7ea028fc0c9 rm=rmm frm=None */
	li t0, 0xc000c7ea028fc0c9; fmv.d.x f11, t0; li t0, 0x1951bce3289751; fmv.d.x f12, t0; li t0, 0xc000c7ea028fc0c9; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rmm
	CHECK_F(1655, f10, 0xc000c7ea028fc0c9)
	CHECK_FLAGS(1656, 0x1)
	/* fmadd.d 0x80076fdc1651e549 0x1ce000000000000 0x80076fdc1651e549 rm=rmm frm=None */
	li t0, 0x80076fdc1651e549; fmv.d.x f11, t0; li t0, 0x1ce000000000000; fmv.d.x f12, t0; li t0, 0x80076fdc1651e549; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rmm
	CHECK_F(1657, f10, 0x80076fdc1651e549)
	CHECK_FLAGS(1658, 0x3)
	/* fmadd.d 0xdcff800000000000 0x9773800000000000 0xdcff800000000000 rm=rmm frm=None */
	li t0, 0xdcff800000000000; fmv.d.x f11, t0; li t0, 0x9773800000000000; fmv.d.x f12, t0; li t0, 0xdcff800000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rmm
	CHECK_F(1659, f10, 0xdcff800000000000)
	CHECK_FLAGS(1660, 0x1)
	/* fmadd.d 0xc00022a214bffa7d 0xbebbee229c68bddc 0x801f8d288e978088 rm=None frm=0 */
	li t0, 0xc00022a214bffa7d; fmv.d.x f11, t0; li t0, 0xbebbee229c68bddc; fmv.d.x f12, t0; li t0, 0x801f8d288e978088; fmv.d.x f13, t0; fsrmi 0; fmadd.d f10, f11, f12, f13
	CHECK_F(1661, f10, 0x3ecc2a97954c5758)
	CHECK_FLAGS(1662, 0x1)
	/* fmadd.d 0xc009800000000000 0x3ffe800000000000 0x800b800000000000 rm=None frm=0 */
	li t0, 0xc009800000000000; fmv.d.x f11, t0; li t0, 0x3ffe800000000000; fmv.d.x f12, t0; li t0, 0x800b800000000000; fmv.d.x f13, t0; fsrmi 0; fmadd.d f10, f11, f12, f13
	CHECK_F(1663, f10, 0xc0184e0000000000)
	CHECK_FLAGS(1664, 0x1)
	/* fmadd.d 0x1ec6b30dcae07a 0xbfeebadb653a6b26 0xc136800000000000 rm=None frm=0 */
	li t0, 0x1ec6b30dcae07a; fmv.d.x f11, t0; li t0, 0xbfeebadb653a6b26; fmv.d.x f12, t0; li t0, 0xc136800000000000; fmv.d.x f13, t0; fsrmi 0; fmadd.d f10, f11, f12, f13
	CHECK_F(1665, f10, 0xc136800000000000)
	CHECK_FLAGS(1666, 0x1)
	/* fmadd.d 0x8023000000000000 0xbfedbeec436a529e 0x32ad58c85dfd4acc rm=None frm=0 */
	li t0, 0x8023000000000000; fmv.d.x f11, t0; li t0, 0xbfedbeec436a529e; fmv.d.x f12, t0; li t0, 0x32ad58c85dfd4acc; fmv.d.x f13, t0; fsrmi 0; fmadd.d f10, f11, f12, f13
	CHECK_F(1667, f10, 0x32ad58c85dfd4acc)
	CHECK_FLAGS(1668, 0x1)
	/* fmadd.d 0x9887000000000000 0x99d0000000000000 0xbeb51d345c666971 rm=None frm=1 */
	li t0, 0x9887000000000000; fmv.d.x f11, t0; li t0, 0x99d0000000000000; fmv.d.x f12, t0; li t0, 0xbeb51d345c666971; fmv.d.x f13, t0; fsrmi 1; fmadd.d f10, f11, f12, f13
	CHECK_F(1669, f10, 0xbeb51d345c666970)
	CHECK_FLAGS(1670, 0x1)
	/* fmadd.d 0x4002b704f669fdf3 0xbfe3f2c0b2b0b34d 0x400af6375c3fd118 rm=None frm=1 */
	li t0, 0x4002b704f669fdf3; fmv.d.x f11, t0; li t0, 0xbfe3f2c0b2b0b34d; fmv.d.x f12, t0; li t0, 0x400af6375c3fd118; fmv.d.x f13, t0; fsrmi 1; fmadd.d f10, f11, f12, f13
	CHECK_F(1671, f10, 0x3ffe972743946e61)
	CHECK_FLAGS(1672, 0x1)
	/* fmadd.d 0x15436d36d1e94681 0xc13828dfde515899 0x4130000000000000 rm=None frm=1 */
	li t0, 0x15436d36d1e94681; fmv.d.x f11, t0; li t0, 0xc13828dfde515899; fmv.d.x f12, t0; li t0, 0x4130000000000000; fmv.d.x f13, t0; fsrmi 1; fmadd.d f10, f11, f12, f13
	CHECK_F(1673, f10, 0x412fffffffffffff)
	CHECK_FLAGS(1674, 0x1)
	/* fmadd.d 0x1b9eb3703e03baff 0x800a000000000000 0x27ee00f4bb6f1a rm=None frm=1 */
	li t0, 0x1b9eb3703e03baff; fmv.d.x f11, t0; li t0, 0x800a000000000000; fmv.d.x f12, t0; li t0, 0x27ee00f4bb6f1a; fmv.d.x f13, t0; fsrmi 1; fmadd.d f10, f11, f12, f13
	CHECK_F(1675, f10, 0x27ee00f4bb6f19)
	CHECK_FLAGS(1676, 0x1)
	/* fmadd.d 0xbfe5457282e04062 0xbeba23e98028e243 0xffe76c941fe538e9 rm=None frm=2 */
	li t0, 0xbfe5457282e04062; fmv.d.x f11, t0; li t0, 0xbeba23e98028e243; fmv.d.x f12, t0; li t0, 0xffe76c941fe538e9; fmv.d.x f13, t0; fsrmi 2; fmadd.d f10, f11, f12, f13
	CHECK_F(1677, f10, 0xffe76c941fe538e9)
	CHECK_FLAGS(1678, 0x1)
	/* fmadd.d 0x834d95e819ce3e77 0xffed968e8e950219 0xbeb06909798d1074 rm=None frm=2 */
	li t0, 0x834d95e819ce3e77; fmv.d.x f11, t0; li t0, 0xffed968e8e950219; fmv.d.x f12, t0; li t0, 0xbeb06909798d1074; fmv.d.x f13, t0; fsrmi 2; fmadd.d f10, f11, f12, f13
	CHECK_F(1679, f10, 0x434b5b0cd464cbc7)
	CHECK_FLAGS(1680, 0x1)
	/* fmadd.d 0x80047923936d0351 0x4133000000000000 0x4001800000000000 rm=None frm=2 */
	li t0, 0x80047923936d0351; fmv.d.x f11, t0; li t0, 0x4133000000000000; fmv.d.x f12, t0; li t0, 0x4001800000000000; fmv.d.x f13, t0; fsrmi 2; fmadd.d f10, f11, f12, f13
	CHECK_F(1681, f10, 0x40017fffffffffff)
	CHECK_FLAGS(1682, 0x1)
	/* fmadd.d 0xa27f1b1fd434df30 0x3fe527c89f04e6fe 0x106261c73c90b583 rm=None frm=2 */
	li t0, 0xa27f1b1fd434df30; fmv.d.x f11, t0; li t0, 0x3fe527c89f04e6fe; fmv.d.x f12, t0; li t0, 0x106261c73c90b583; fmv.d.x f13, t0; fsrmi 2; fmadd.d f10, f11, f12, f13
	CHECK_F(1683, f10, 0xa2749078f627cb47)
	CHECK_FLAGS(1684, 0x1)
	/* fmadd.d 0x93d33bb52186d 0xd21e0808d806ec33 0x8908c70beefe6ea rm=None frm=3 */
	li t0, 0x93d33bb52186d; fmv.d.x f11, t0; li t0, 0xd21e0808d806ec33; fmv.d.x f12, t0; li t0, 0x8908c70beefe6ea; fmv.d.x f13, t0; fsrmi 3; fmadd.d f10, f11, f12, f13
	CHECK_F(1685, f10, 0x92315764b46fae3a)
	CHECK_FLAGS(1686, 0x1)
	/* fmadd.d 0x413d5ea384d1b5bc 0xbfe9800000000000 0x4139611d957a5d71 rm=None frm=3 */
	li t0, 0x413d5ea384d1b5bc; fmv.d.x f11, t0; li t0, 0xbfe9800000000000; fmv.d.x f12, t0; li t0, 0x4139611d957a5d71; fmv.d.x f13, t0; fsrmi 3; fmadd.d f10, f11, f12, f13
	CHECK_F(1687, f10, 0x40ff9b347a3409f3)
	CHECK_FLAGS(1688, 0x0)
	/* fmadd.d 0x802b17617d0658d2 0xc6d4000000000000 0x2246000000000000 rm=None frm=3 */
	li t0, 0x802b17617d0658d2; fmv.d.x f11, t0; li t0, 0xc6d4000000000000; fmv.d.x f12, t0; li t0, 0x2246000000000000; fmv.d.x f13, t0; fsrmi 3; fmadd.d f10, f11, f12, f13
	CHECK_F(1689, f10, 0x2246000000000001)
	CHECK_FLAGS(1690, 0x1)
	/* fmadd.d 0x5f8cdad7597c8000 0x16aa2bd0f1c918 0x968e6d2272ef2626 rm=None frm=3 */
	li t0, 0x5f8cdad7597c8000; fmv.d.x f11, t0; li t0, 0x16aa2bd0f1c918; fmv.d.x f12, t0; li t0, 0x968e6d2272ef2626; fmv.d.x f13, t0; fsrmi 3; fmadd.d f10, f11, f12, f13
	CHECK_F(1691, f10, 0x1fb46fe6280adae8)
	CHECK_FLAGS(1692, 0x1)
	/* fmadd.d 0xc1344105ed8a61c6 0xbeb688bcb6b7c054 0x80080872fe19dbcc rm=None frm=4 */
	li t0, 0xc1344105ed8a61c6; fmv.d.x f11, t0; li t0, 0xbeb688bcb6b7c054; fmv.d.x f12, t0; li t0, 0x80080872fe19dbcc; fmv.d.x f13, t0; fsrmi 4; fmadd.d f10, f11, f12, f13
	CHECK_F(1693, f10, 0x3ffc867fbc534462)
	CHECK_FLAGS(1694, 0x1)
	/* fmadd.d 0xbfe8800000000000 0xc136e99828f0362c 0x4138317dc2a69d5b rm=None frm=4 */
	li t0, 0xbfe8800000000000; fmv.d.x f11, t0; li t0, 0xc136e99828f0362c; fmv.d.x f12, t0; li t0, 0x4138317dc2a69d5b; fmv.d.x f13, t0; fsrmi 4; fmadd.d f10, f11, f12, f13
	CHECK_F(1695, f10, 0x4144de2b20ff436a)
	CHECK_FLAGS(1696, 0x1)
	/* fmadd.d 0xffeb967fc0493ccb 0x16f1c5efbfaf45d 0xbebebc3824f9eb1c rm=None frm=4 */
	li t0, 0xffeb967fc0493ccb; fmv.d.x f11, t0; li t0, 0x16f1c5efbfaf45d; fmv.d.x f12, t0; li t0, 0xbebebc3824f9eb1c; fmv.d.x f13, t0; fsrmi 4; fmadd.d f10, f11, f12, f13
	CHECK_F(1697, f10, 0xc16ad24155635027)
	CHECK_FLAGS(1698, 0x1)
	/* fmadd.d 0x1b8564dbdc9c8c 0xc0094c2360a268e1 0x4a2eaf70af43b984 rm=None frm=4 */
	li t0, 0x1b8564dbdc9c8c; fmv.d.x f11, t0; li t0, 0xc0094c2360a268e1; fmv.d.x f12, t0; li t0, 0x4a2eaf70af43b984; fmv.d.x f13, t0; fsrmi 4; fmadd.d f10, f11, f12, f13
	CHECK_F(1699, f10, 0x4a2eaf70af43b984)
	CHECK_FLAGS(1700, 0x1)
	/* fmsub.d 0x4004000000000000 0xfff0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; li t0, 0xfff8000000001234; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1701, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1702, 0x0)
	/* fmsub.d 0x7ff0000000000001 0xfff8000000001234 0x8000000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; li t0, 0x8000000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1703, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1704, 0x10)
	/* fmsub.d 0xfff0000000000000 0x8000000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x8000000000000000; fmv.d.x f12, t0; li t0, 0x7fefffffffffffff; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1705, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1706, 0x10)
	/* fmsub.d 0x3fe0000000000000 0xc004000000000000 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; li t0, 0x3ff8000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1707, f10, 0xc006000000000000)
	CHECK_FLAGS(1708, 0x0)
	/* fmsub.d 0x7ff8000000000000 0xc004000000000000 0x7ff8000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; li t0, 0x7ff8000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1709, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1710, 0x0)
	/* fmsub.d 0x3ff8000000000000 0xc004000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; li t0, 0xc004000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1711, f10, 0xbff4000000000000)
	CHECK_FLAGS(1712, 0x0)
	/* fmsub.d 0xbfe0000000000000 0xc004000000000000 0x7ff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; li t0, 0x7ff0000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1713, f10, 0xfff0000000000000)
	CHECK_FLAGS(1714, 0x0)
	/* fmsub.d 0x7ff8000000000000 0x7ff0000000000001 0x4004000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000001; fmv.d.x f12, t0; li t0, 0x4004000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1715, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1716, 0x10)
	/* fmsub.d 0xbff0000000000000 0xfff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; li t0, 0x7fefffffffffffff; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1717, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1718, 0x0)
	/* fmsub.d 0xc004000000000000 0xbff0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; li t0, 0xfff0000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1719, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1720, 0x0)
	/* fmsub.d 0x3fe0000000000000 0x4004000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; li t0, 0x4004000000000000; fmv.d.x f12, t0; li t0, 0xc004000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1721, f10, 0x400e000000000000)
	CHECK_FLAGS(1722, 0x0)
	/* fmsub.d 0x3ff0000000000000 0x0 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1723, f10, 0xbff0000000000000)
	CHECK_FLAGS(1724, 0x0)
	/* fmsub.d 0x3ff8000000000000 0x7ff8000000000000 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; li t0, 0x3ff8000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1725, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1726, 0x0)
	/* fmsub.d 0x0 0x7ff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; li t0, 0x7fefffffffffffff; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1727, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1728, 0x10)
	/* fmsub.d 0x8000000000000000 0xfff0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; li t0, 0xbff0000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1729, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1730, 0x10)
	/* fmsub.d 0x7ff0000000000001 0x7ff0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; li t0, 0xfff0000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1731, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1732, 0x10)
	/* fmsub.d 0x3fe0000000000000 0x4004000000000000 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; li t0, 0x4004000000000000; fmv.d.x f12, t0; li t0, 0xbfe0000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1733, f10, 0x3ffc000000000000)
	CHECK_FLAGS(1734, 0x0)
	/* fmsub.d 0x3fe0000000000000 0x3fe0000000000000 0x0 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; li t0, 0x0; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1735, f10, 0x3fd0000000000000)
	CHECK_FLAGS(1736, 0x0)
	/* fmsub.d 0x7ff8000000000000 0xfff8000000001234 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1737, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1738, 0x10)
	/* fmsub.d 0x7ff0000000000000 0x0 0xc004000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; li t0, 0xc004000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1739, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1740, 0x10)
	/* fmsub.d 0x7ff0000000000000 0x7ff0000000000001 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000001; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1741, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1742, 0x10)
	/* fmsub.d 0xfff8000000001234 0x3ff0000000000000 0x0 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x0; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1743, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1744, 0x0)
	/* fmsub.d 0xc004000000000000 0xbfe0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xbfe0000000000000; fmv.d.x f12, t0; li t0, 0xfff0000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1745, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1746, 0x0)
	/* fmsub.d 0xc004000000000000 0x8000000000000000 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x8000000000000000; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1747, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1748, 0x10)
	/* fmsub.d 0xbfe0000000000000 0xbff0000000000000 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1749, f10, 0xbfe0000000000000)
	CHECK_FLAGS(1750, 0x0)
	/* fmsub.d 0x7ff0000000000001 0xfff0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; li t0, 0xfff8000000001234; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1751, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1752, 0x10)
	/* fmsub.d 0xfff0000000000000 0xc004000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; li t0, 0xbff0000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1753, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1754, 0x0)
	/* fmsub.d 0x7ff8000000000000 0x4004000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x4004000000000000; fmv.d.x f12, t0; li t0, 0xbff0000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1755, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1756, 0x0)
	/* fmsub.d 0x3ff8000000000000 0x3fe0000000000000 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; li t0, 0x3ff8000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1757, f10, 0xbfe8000000000000)
	CHECK_FLAGS(1758, 0x0)
	/* fmsub.d 0xbff0000000000000 0x7ff0000000000001 0x7ff8000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000001; fmv.d.x f12, t0; li t0, 0x7ff8000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1759, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1760, 0x10)
	/* fmsub.d 0xc004000000000000 0x3ff0000000000000 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1761, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1762, 0x10)
	/* fmsub.d 0x3fe0000000000000 0xbfe0000000000000 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; li t0, 0xbfe0000000000000; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1763, f10, 0xbff4000000000000)
	CHECK_FLAGS(1764, 0x0)
	/* fmsub.d 0xbfe0000000000000 0x8000000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x8000000000000000; fmv.d.x f12, t0; li t0, 0xc004000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1765, f10, 0x4004000000000000)
	CHECK_FLAGS(1766, 0x0)
	/* fmsub.d 0x7fefffffffffffff 0xbfe0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbfe0000000000000; fmv.d.x f12, t0; li t0, 0x7fefffffffffffff; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1767, f10, 0xfff0000000000000)
	CHECK_FLAGS(1768, 0x5)
	/* fmsub.d 0x8000000000000000 0x3ff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x7fefffffffffffff; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1769, f10, 0xffefffffffffffff)
	CHECK_FLAGS(1770, 0x0)
	/* fmsub.d 0x7fefffffffffffff 0x4004000000000000 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x4004000000000000; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1771, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1772, 0x10)
	/* fmsub.d 0xc004000000000000 0x7ff0000000000001 0x4004000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000001; fmv.d.x f12, t0; li t0, 0x4004000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1773, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1774, 0x10)
	/* fmsub.d 0x7ff8000000000000 0x7ff0000000000000 0x7ff8000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; li t0, 0x7ff8000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1775, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1776, 0x0)
	/* fmsub.d 0xc004000000000000 0x7ff0000000000001 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000001; fmv.d.x f12, t0; li t0, 0xfff0000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1777, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1778, 0x10)
	/* fmsub.d 0x8000000000000000 0xbfe0000000000000 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xbfe0000000000000; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1779, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1780, 0x10)
	/* fmsub.d 0x0 0x4004000000000000 0x8000000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x4004000000000000; fmv.d.x f12, t0; li t0, 0x8000000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1781, f10, 0x0)
	CHECK_FLAGS(1782, 0x0)
	/* fmsub.d 0x0 0x3ff8000000000000 0x8000000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x3ff8000000000000; fmv.d.x f12, t0; li t0, 0x8000000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1783, f10, 0x0)
	CHECK_FLAGS(1784, 0x0)
	/* fmsub.d 0xc004000000000000 0x3ff0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0xfff8000000001234; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1785, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1786, 0x0)
	/* fmsub.d 0x7ff0000000000001 0x7fefffffffffffff 0x7ff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; li t0, 0x7ff0000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1787, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1788, 0x10)
	/* fmsub.d 0x7ff8000000000000 0x7fefffffffffffff 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1789, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1790, 0x10)
	/* fmsub.d 0x7fefffffffffffff 0xc004000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; li t0, 0x7fefffffffffffff; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1791, f10, 0xfff0000000000000)
	CHECK_FLAGS(1792, 0x5)
	/* fmsub.d 0x7ff0000000000001 0x3fe0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; li t0, 0x7fefffffffffffff; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1793, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1794, 0x10)
	/* fmsub.d 0x3ff0000000000000 0xfff8000000001234 0x7ff8000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; li t0, 0x7ff8000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1795, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1796, 0x0)
	/* fmsub.d 0xbfe0000000000000 0x4004000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x4004000000000000; fmv.d.x f12, t0; li t0, 0xbff0000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1797, f10, 0xbfd0000000000000)
	CHECK_FLAGS(1798, 0x0)
	/* fmsub.d 0xbff0000000000000 0x7ff8000000000000 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; li t0, 0xbfe0000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1799, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1800, 0x0)
	/* fmsub.d 0x0 0xfff8000000001234 0x4004000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; li t0, 0x4004000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1801, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1802, 0x0)
	/* fmsub.d 0x7ff8000000000000 0x3ff0000000000000 0x8000000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x8000000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1803, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1804, 0x0)
	/* fmsub.d 0x7fefffffffffffff 0x7fefffffffffffff 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; li t0, 0xbfe0000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1805, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1806, 0x5)
	/* fmsub.d 0x8000000000000000 0xfff8000000001234 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1807, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1808, 0x0)
	/* fmsub.d 0x0 0x8000000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x8000000000000000; fmv.d.x f12, t0; li t0, 0x7fefffffffffffff; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1809, f10, 0xffefffffffffffff)
	CHECK_FLAGS(1810, 0x0)
	/* fmsub.d 0xbfe0000000000000 0x0 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; li t0, 0xfff0000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1811, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1812, 0x0)
	/* fmsub.d 0xbff0000000000000 0x0 0x4004000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; li t0, 0x4004000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1813, f10, 0xc004000000000000)
	CHECK_FLAGS(1814, 0x0)
	/* fmsub.d 0xbff0000000000000 0x3ff0000000000000 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x3fe0000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1815, f10, 0xbff8000000000000)
	CHECK_FLAGS(1816, 0x0)
	/* fmsub.d 0xc004000000000000 0xc004000000000000 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1817, f10, 0x4015000000000000)
	CHECK_FLAGS(1818, 0x0)
	/* fmsub.d 0x8000000000000000 0xbff0000000000000 0x7ff8000000000000 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; li t0, 0x7ff8000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1819, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1820, 0x0)
	/* fmsub.d 0x7fed10f15dc0bddd 0xbff94887bab875e8 0xd352ffd00b9114a2 rm=rne frm=None */
	li t0, 0x7fed10f15dc0bddd; fmv.d.x f11, t0; li t0, 0xbff94887bab875e8; fmv.d.x f12, t0; li t0, 0xd352ffd00b9114a2; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1821, f10, 0xfff0000000000000)
	CHECK_FLAGS(1822, 0x5)
	/* fmsub.d 0x3ff1e669a7697b84 0xbff345313011c39e 0x3eb3000000000000 rm=rne frm=None */
	li t0, 0x3ff1e669a7697b84; fmv.d.x f11, t0; li t0, 0xbff345313011c39e; fmv.d.x f12, t0; li t0, 0x3eb3000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1823, f10, 0xbff58f0755d9e6e4)
	CHECK_FLAGS(1824, 0x1)
	/* fmsub.d 0xbff6de2a13ea275b 0xc135800000000000 0x4004bc8f3d688709 rm=rne frm=None */
	li t0, 0xbff6de2a13ea275b; fmv.d.x f11, t0; li t0, 0xc135800000000000; fmv.d.x f12, t0; li t0, 0x4004bc8f3d688709; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1825, f10, 0x413eba85f330bd35)
	CHECK_FLAGS(1826, 0x1)
	/* fmsub.d 0xbfff2f767107ee9d 0xc00a86fbfba688d7 0xc007000000000000 rm=rne frm=None */
	li t0, 0xbfff2f767107ee9d; fmv.d.x f11, t0; li t0, 0xc00a86fbfba688d7; fmv.d.x f12, t0; li t0, 0xc007000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1827, f10, 0x4022ad0e46abaf23)
	CHECK_FLAGS(1828, 0x1)
	/* fmsub.d 0x802cfff748470c4d 0xbff6d46767bb0ee8 0x4009000000000000 rm=rne frm=None */
	li t0, 0x802cfff748470c4d; fmv.d.x f11, t0; li t0, 0xbff6d46767bb0ee8; fmv.d.x f12, t0; li t0, 0x4009000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1829, f10, 0xc009000000000000)
	CHECK_FLAGS(1830, 0x1)
	/* fmsub.d 0x4006c59f795309f7 0xc064800000000000 0x3fe5d2368902f275 rm=rne frm=None */
	li t0, 0x4006c59f795309f7; fmv.d.x f11, t0; li t0, 0xc064800000000000; fmv.d.x f12, t0; li t0, 0x3fe5d2368902f275; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1831, f10, 0xc07d381d6eb6e63e)
	CHECK_FLAGS(1832, 0x1)
	/* fmsub.d 0x800bd53fee7ec24e 0xb5b3e3eca23a7 0xdeaa003233548b65 rm=rne frm=None */
	li t0, 0x800bd53fee7ec24e; fmv.d.x f11, t0; li t0, 0xb5b3e3eca23a7; fmv.d.x f12, t0; li t0, 0xdeaa003233548b65; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1833, f10, 0x5eaa003233548b65)
	CHECK_FLAGS(1834, 0x1)
	/* fmsub.d 0xffea800000000000 0x57f61d31cf2eedb8 0xc13d880fe156f784 rm=rne frm=None */
	li t0, 0xffea800000000000; fmv.d.x f11, t0; li t0, 0x57f61d31cf2eedb8; fmv.d.x f12, t0; li t0, 0xc13d880fe156f784; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1835, f10, 0xfff0000000000000)
	CHECK_FLAGS(1836, 0x5)
	/* fmsub.d 0x3feb886ef936505b 0x3fe6a0eeed507ac0 0xbfff800000000000 rm=rne frm=None */
	li t0, 0x3feb886ef936505b; fmv.d.x f11, t0; li t0, 0x3fe6a0eeed507ac0; fmv.d.x f12, t0; li t0, 0xbfff800000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1837, f10, 0x40049e1102471e3b)
	CHECK_FLAGS(1838, 0x1)
	/* fmsub.d 0xc00548e1e586dadf 0xbfef096eb7b3219e 0xbebc800000000000 rm=rne frm=None */
	li t0, 0xc00548e1e586dadf; fmv.d.x f11, t0; li t0, 0xbfef096eb7b3219e; fmv.d.x f12, t0; li t0, 0xbebc800000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1839, f10, 0x4004a4e1de9ba8da)
	CHECK_FLAGS(1840, 0x1)
	/* fmsub.d 0x20800000000000 0x8800000000000 0xe78000000000000 rm=rne frm=None */
	li t0, 0x20800000000000; fmv.d.x f11, t0; li t0, 0x8800000000000; fmv.d.x f12, t0; li t0, 0xe78000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1841, f10, 0x8e78000000000000)
	CHECK_FLAGS(1842, 0x1)
	/* fmsub.d 0x3ff5ad960fb2e2e9 0x4005588a0dacfc48 0x3ff69d5181a7f1c4 rm=rne frm=None */
	li t0, 0x3ff5ad960fb2e2e9; fmv.d.x f11, t0; li t0, 0x4005588a0dacfc48; fmv.d.x f12, t0; li t0, 0x3ff69d5181a7f1c4; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1843, f10, 0x40019d21f8d2da00)
	CHECK_FLAGS(1844, 0x1)
	/* fmsub.d 0xbeb55903364b8dc8 0xffe7800000000000 0xbeb55903364b8dc8 rm=rne frm=None */
	li t0, 0xbeb55903364b8dc8; fmv.d.x f11, t0; li t0, 0xffe7800000000000; fmv.d.x f12, t0; li t0, 0xbeb55903364b8dc8; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1845, f10, 0x7eaf5abcb7bef83e)
	CHECK_FLAGS(1846, 0x1)
	/* fmsub.d 0x4000800000000000 0xf3ee8c69d2441 0x4000800000000000 rm=rne frm=None */
	li t0, 0x4000800000000000; fmv.d.x f11, t0; li t0, 0xf3ee8c69d2441; fmv.d.x f12, t0; li t0, 0x4000800000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1847, f10, 0xc000800000000000)
	CHECK_FLAGS(1848, 0x1)
	/* fmsub.d 0x7fe1800000000000 0x4005be41f1ed40c7 0x7fe1800000000000 rm=rne frm=None */
	li t0, 0x7fe1800000000000; fmv.d.x f11, t0; li t0, 0x4005be41f1ed40c7; fmv.d.x f12, t0; li t0, 0x7fe1800000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1849, f10, 0x7fee10304136fdb3)
	CHECK_FLAGS(1850, 0x1)
	/* fmsub.d 0x4d1af94a915f2 0xb81058061ca19d72 0x4d1af94a915f2 rm=rne frm=None */
	li t0, 0x4d1af94a915f2; fmv.d.x f11, t0; li t0, 0xb81058061ca19d72; fmv.d.x f12, t0; li t0, 0x4d1af94a915f2; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1851, f10, 0x8004d1af94a915f2)
	CHECK_FLAGS(1852, 0x3)
	/* fmsub.d 0x970c6f2bdd22d03d 0x914e67dfe0ee805c 0x970c6f2bdd22d03d rm=rne frm=None */
	li t0, 0x970c6f2bdd22d03d; fmv.d.x f11, t0; li t0, 0x914e67dfe0ee805c; fmv.d.x f12, t0; li t0, 0x970c6f2bdd22d03d; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1853, f10, 0x170c6f2bdd22d03d)
	CHECK_FLAGS(1854, 0x1)
	/* fmsub.d 0x4135164cd48e2a66 0x93dd2df5c21ba11f 0x4135164cd48e2a66 rm=rne frm=None */
	li t0, 0x4135164cd48e2a66; fmv.d.x f11, t0; li t0, 0x93dd2df5c21ba11f; fmv.d.x f12, t0; li t0, 0x4135164cd48e2a66; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rne
	CHECK_F(1855, f10, 0xc135164cd48e2a66)
	CHECK_FLAGS(1856, 0x1)
	/* fmsub.d 0xc00d308122cee446 0x413c56280c9722fa 0x802ae2efd80a7c6d rm=rtz frm=None */
	li t0, 0xc00d308122cee446; fmv.d.x f11, t0; li t0, 0x413c56280c9722fa; fmv.d.x f12, t0; li t0, 0x802ae2efd80a7c6d; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rtz
	CHECK_F(1857, f10, 0xc159d907e1a00c7b)
	CHECK_FLAGS(1858, 0x1)
	/* fmsub.d 0x3455dd783ddcf 0xc00653743008f327 0x800f800000000000 rm=rtz frm=None */
	li t0, 0x3455dd783ddcf; fmv.d.x f11, t0; li t0, 0xc00653743008f327; fmv.d.x f12, t0; li t0, 0x800f800000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rtz
	CHECK_F(1859, f10, 0x65f1ec044d51b)
	CHECK_FLAGS(1860, 0x3)
	/* fmsub.d 0x0 0x8006cb716f90b912 0x80296439af7396de rm=rtz frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x8006cb716f90b912; fmv.d.x f12, t0; li t0, 0x80296439af7396de; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rtz
	CHECK_F(1861, f10, 0x296439af7396de)
	CHECK_FLAGS(1862, 0x0)
	/* fmsub.d 0x8005bf1acf237161 0xbebc541427c8fe39 0x4138800000000000 rm=rtz frm=None */
	li t0, 0x8005bf1acf237161; fmv.d.x f11, t0; li t0, 0xbebc541427c8fe39; fmv.d.x f12, t0; li t0, 0x4138800000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rtz
	CHECK_F(1863, f10, 0xc1387fffffffffff)
	CHECK_FLAGS(1864, 0x1)
	/* fmsub.d 0xc00761acdd9791c8 0x1633d2999ffd99 0xffe5ac5f8f95307f rm=rtz frm=None */
	li t0, 0xc00761acdd9791c8; fmv.d.x f11, t0; li t0, 0x1633d2999ffd99; fmv.d.x f12, t0; li t0, 0xffe5ac5f8f95307f; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rtz
	CHECK_F(1865, f10, 0x7fe5ac5f8f95307e)
	CHECK_FLAGS(1866, 0x1)
	/* fmsub.d 0xbfe9000000000000 0xffe7800000000000 0x2a71ab530ceac817 rm=rtz frm=None */
	li t0, 0xbfe9000000000000; fmv.d.x f11, t0; li t0, 0xffe7800000000000; fmv.d.x f12, t0; li t0, 0x2a71ab530ceac817; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rtz
	CHECK_F(1867, f10, 0x7fe25bffffffffff)
	CHECK_FLAGS(1868, 0x1)
	/* fmsub.d 0x3fe76ad58df27808 0x3ebd30821c30e80b 0xc00621217d8d466c rm=rtz frm=None */
	li t0, 0x3fe76ad58df27808; fmv.d.x f11, t0; li t0, 0x3ebd30821c30e80b; fmv.d.x f12, t0; li t0, 0xc00621217d8d466c; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rtz
	CHECK_F(1869, f10, 0x40062122286fce68)
	CHECK_FLAGS(1870, 0x1)
	/* fmsub.d 0x522e55113d6ef2fd 0x3eb7000000000000 0x1de28fce6b4a9403 rm=rtz frm=None */
	li t0, 0x522e55113d6ef2fd; fmv.d.x f11, t0; li t0, 0x3eb7000000000000; fmv.d.x f12, t0; li t0, 0x1de28fce6b4a9403; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rtz
	CHECK_F(1871, f10, 0x50f5cd246427bea5)
	CHECK_FLAGS(1872, 0x1)
	/* fmsub.d 0x27800000000000 0xbeba55a8812bb586 0x944800000000000 rm=rtz frm=None */
	li t0, 0x27800000000000; fmv.d.x f11, t0; li t0, 0xbeba55a8812bb586; fmv.d.x f12, t0; li t0, 0x944800000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rtz
	CHECK_F(1873, f10, 0x8944800000000000)
	CHECK_FLAGS(1874, 0x1)
	/* fmsub.d 0xd9e7800000000000 0xffe97edd69ef509a 0x3fe9484365c86eb3 rm=rtz frm=None */
	li t0, 0xd9e7800000000000; fmv.d.x f11, t0; li t0, 0xffe97edd69ef509a; fmv.d.x f12, t0; li t0, 0x3fe9484365c86eb3; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rtz
	CHECK_F(1875, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(1876, 0x5)
	/* fmsub.d 0x3fe1d8cc97ee4b0d 0x26ca3c5e7ca26e12 0x802f5b380d4c5920 rm=rtz frm=None */
	li t0, 0x3fe1d8cc97ee4b0d; fmv.d.x f11, t0; li t0, 0x26ca3c5e7ca26e12; fmv.d.x f12, t0; li t0, 0x802f5b380d4c5920; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rtz
	CHECK_F(1877, f10, 0x26bd43a2dad4539e)
	CHECK_FLAGS(1878, 0x1)
	/* fmsub.d 0xc13b14b98e929bb2 0xffe86ab766aee903 0x317d000000000000 rm=rtz frm=None */
	li t0, 0xc13b14b98e929bb2; fmv.d.x f11, t0; li t0, 0xffe86ab766aee903; fmv.d.x f12, t0; li t0, 0x317d000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rtz
	CHECK_F(1879, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(1880, 0x5)
	/* fmsub.d 0x3ff1000000000000 0x8018800000000000 0x3ff1000000000000 rm=rtz frm=None */
	li t0, 0x3ff1000000000000; fmv.d.x f11, t0; li t0, 0x8018800000000000; fmv.d.x f12, t0; li t0, 0x3ff1000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rtz
	CHECK_F(1881, f10, 0xbff1000000000000)
	CHECK_FLAGS(1882, 0x1)
	/* fmsub.d 0x8007800000000000 0x3eba800000000000 0x8007800000000000 rm=rtz frm=None */
	li t0, 0x8007800000000000; fmv.d.x f11, t0; li t0, 0x3eba800000000000; fmv.d.x f12, t0; li t0, 0x8007800000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rtz
	CHECK_F(1883, f10, 0x77fff39400000)
	CHECK_FLAGS(1884, 0x0)
	/* fmsub.d 0xc006000000000000 0x8008c3f345885176 0xc006000000000000 rm=rtz frm=None */
	li t0, 0xc006000000000000; fmv.d.x f11, t0; li t0, 0x8008c3f345885176; fmv.d.x f12, t0; li t0, 0xc006000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rtz
	CHECK_F(1885, f10, 0x4006000000000000)
	CHECK_FLAGS(1886, 0x1)
	/* fmsub.d 0x3feab114a00454f1 0x16000000000000 0x3feab114a00454f1 rm=rtz frm=None */
	li t0, 0x3feab114a00454f1; fmv.d.x f11, t0; li t0, 0x16000000000000; fmv.d.x f12, t0; li t0, 0x3feab114a00454f1; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rtz
	CHECK_F(1887, f10, 0xbfeab114a00454f0)
	CHECK_FLAGS(1888, 0x1)
	/* fmsub.d 0x6000000000000 0x7fe37ae0861bb7f7 0x6000000000000 rm=rtz frm=None */
	li t0, 0x6000000000000; fmv.d.x f11, t0; li t0, 0x7fe37ae0861bb7f7; fmv.d.x f12, t0; li t0, 0x6000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rtz
	CHECK_F(1889, f10, 0x3fed3850c92993f2)
	CHECK_FLAGS(1890, 0x1)
	/* fmsub.d 0xbffac67280882ed4 0xbebb800000000000 0xbffac67280882ed4 rm=rtz frm=None */
	li t0, 0xbffac67280882ed4; fmv.d.x f11, t0; li t0, 0xbebb800000000000; fmv.d.x f12, t0; li t0, 0xbffac67280882ed4; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rtz
	CHECK_F(1891, f10, 0x3ffac67560d97ba2)
	CHECK_FLAGS(1892, 0x1)
	/* fmsub.d 0x3ffbbf3dfbc1f3ea 0x4003800000000000 0x802a2001f6b7b1b5 rm=rdn frm=None */
	li t0, 0x3ffbbf3dfbc1f3ea; fmv.d.x f11, t0; li t0, 0x4003800000000000; fmv.d.x f12, t0; li t0, 0x802a2001f6b7b1b5; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rdn
	CHECK_F(1893, f10, 0x4010e889c56a30a2)
	CHECK_FLAGS(1894, 0x1)
	/* fmsub.d 0xc0023398f0421c72 0xbeb25842c73f2a27 0x7fed000000000000 rm=rdn frm=None */
	li t0, 0xc0023398f0421c72; fmv.d.x f11, t0; li t0, 0xbeb25842c73f2a27; fmv.d.x f12, t0; li t0, 0x7fed000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rdn
	CHECK_F(1895, f10, 0xffed000000000000)
	CHECK_FLAGS(1896, 0x1)
	/* fmsub.d 0xbfec800000000000 0x3451edc2aed0652c 0x5eece1e64a470453 rm=rdn frm=None */
	li t0, 0xbfec800000000000; fmv.d.x f11, t0; li t0, 0x3451edc2aed0652c; fmv.d.x f12, t0; li t0, 0x5eece1e64a470453; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rdn
	CHECK_F(1897, f10, 0xdeece1e64a470454)
	CHECK_FLAGS(1898, 0x1)
	/* fmsub.d 0x9eeb800000000000 0xbfe6f3e05078ae1b 0xbfe42aa93b80aa48 rm=rdn frm=None */
	li t0, 0x9eeb800000000000; fmv.d.x f11, t0; li t0, 0xbfe6f3e05078ae1b; fmv.d.x f12, t0; li t0, 0xbfe42aa93b80aa48; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rdn
	CHECK_F(1899, f10, 0x3fe42aa93b80aa48)
	CHECK_FLAGS(1900, 0x1)
	/* fmsub.d 0x7fe448bc2355c83d 0x11d15e14d2be8e0d 0x3eb5f6f475e27eb7 rm=rdn frm=None */
	li t0, 0x7fe448bc2355c83d; fmv.d.x f11, t0; li t0, 0x11d15e14d2be8e0d; fmv.d.x f12, t0; li t0, 0x3eb5f6f475e27eb7; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rdn
	CHECK_F(1901, f10, 0x51c6048d9cf22204)
	CHECK_FLAGS(1902, 0x1)
	/* fmsub.d 0x29146cbb9f536620 0x802325353b6c3a47 0x3fe3ac8624962b8d rm=rdn frm=None */
	li t0, 0x29146cbb9f536620; fmv.d.x f11, t0; li t0, 0x802325353b6c3a47; fmv.d.x f12, t0; li t0, 0x3fe3ac8624962b8d; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rdn
	CHECK_F(1903, f10, 0xbfe3ac8624962b8e)
	CHECK_FLAGS(1904, 0x1)
	/* fmsub.d 0x3fe4c0af0937d721 0x7fe3d49d9a7ee3aa 0xc0084432e4402f58 rm=rdn frm=None */
	li t0, 0x3fe4c0af0937d721; fmv.d.x f11, t0; li t0, 0x7fe3d49d9a7ee3aa; fmv.d.x f12, t0; li t0, 0xc0084432e4402f58; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rdn
	CHECK_F(1905, f10, 0x7fd9b89555452732)
	CHECK_FLAGS(1906, 0x1)
	/* fmsub.d 0xbffe122f4497d984 0xc135000000000000 0x7feb0d970d8064c9 rm=rdn frm=None */
	li t0, 0xbffe122f4497d984; fmv.d.x f11, t0; li t0, 0xc135000000000000; fmv.d.x f12, t0; li t0, 0x7feb0d970d8064c9; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rdn
	CHECK_F(1907, f10, 0xffeb0d970d8064c9)
	CHECK_FLAGS(1908, 0x1)
	/* fmsub.d 0xbfe8caf0f3f935e5 0x11800000000000 0x7fef2260537b52ae rm=rdn frm=None */
	li t0, 0xbfe8caf0f3f935e5; fmv.d.x f11, t0; li t0, 0x11800000000000; fmv.d.x f12, t0; li t0, 0x7fef2260537b52ae; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rdn
	CHECK_F(1909, f10, 0xffef2260537b52af)
	CHECK_FLAGS(1910, 0x1)
	/* fmsub.d 0x4134afc1f758e9c8 0xffe0800000000000 0x134bad5dd4ca7b rm=rdn frm=None */
	li t0, 0x4134afc1f758e9c8; fmv.d.x f11, t0; li t0, 0xffe0800000000000; fmv.d.x f12, t0; li t0, 0x134bad5dd4ca7b; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rdn
	CHECK_F(1911, f10, 0xfff0000000000000)
	CHECK_FLAGS(1912, 0x5)
	/* fmsub.d 0x1e4ce844be2f66 0xbfe74c593dbdbb38 0xbeba800000000000 rm=rdn frm=None */
	li t0, 0x1e4ce844be2f66; fmv.d.x f11, t0; li t0, 0xbfe74c593dbdbb38; fmv.d.x f12, t0; li t0, 0xbeba800000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rdn
	CHECK_F(1913, f10, 0x3eba7fffffffffff)
	CHECK_FLAGS(1914, 0x1)
	/* fmsub.d 0xc13331c9a2944928 0x27800000000000 0x8007c3a847ac5df8 rm=rdn frm=None */
	li t0, 0xc13331c9a2944928; fmv.d.x f11, t0; li t0, 0x27800000000000; fmv.d.x f12, t0; li t0, 0x8007c3a847ac5df8; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rdn
	CHECK_F(1915, f10, 0x816c311fe8ac8936)
	CHECK_FLAGS(1916, 0x1)
	/* fmsub.d 0x8001b9a8e99ceee9 0xbff9800000000000 0x8001b9a8e99ceee9 rm=rdn frm=None */
	li t0, 0x8001b9a8e99ceee9; fmv.d.x f11, t0; li t0, 0xbff9800000000000; fmv.d.x f12, t0; li t0, 0x8001b9a8e99ceee9; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rdn
	CHECK_F(1917, f10, 0x4798e1def0bac)
	CHECK_FLAGS(1918, 0x3)
	/* fmsub.d 0xf000000000000 0x3fe2583402e5deef 0xf000000000000 rm=rdn frm=None */
	li t0, 0xf000000000000; fmv.d.x f11, t0; li t0, 0x3fe2583402e5deef; fmv.d.x f12, t0; li t0, 0xf000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rdn
	CHECK_F(1919, f10, 0x800666a79ea43f80)
	CHECK_FLAGS(1920, 0x3)
	/* fmsub.d 0x5d1cc874f660e8a 0x413bc1414a877f88 0x5d1cc874f660e8a rm=rdn frm=None */
	li t0, 0x5d1cc874f660e8a; fmv.d.x f11, t0; li t0, 0x413bc1414a877f88; fmv.d.x f12, t0; li t0, 0x5d1cc874f660e8a; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rdn
	CHECK_F(1921, f10, 0x71ee01efb2fe294)
	CHECK_FLAGS(1922, 0x1)
	/* fmsub.d 0x3eb8800000000000 0x3fe1162f46206eb3 0x3eb8800000000000 rm=rdn frm=None */
	li t0, 0x3eb8800000000000; fmv.d.x f11, t0; li t0, 0x3fe1162f46206eb3; fmv.d.x f12, t0; li t0, 0x3eb8800000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rdn
	CHECK_F(1923, f10, 0xbea6d6079c9e567e)
	CHECK_FLAGS(1924, 0x1)
	/* fmsub.d 0x8018000000000000 0x802a65347b79eed7 0x8018000000000000 rm=rdn frm=None */
	li t0, 0x8018000000000000; fmv.d.x f11, t0; li t0, 0x802a65347b79eed7; fmv.d.x f12, t0; li t0, 0x8018000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rdn
	CHECK_F(1925, f10, 0x18000000000000)
	CHECK_FLAGS(1926, 0x1)
	/* fmsub.d 0x1f334bb15c232c 0x8011170c70dc2a03 0x1f334bb15c232c rm=rdn frm=None */
	li t0, 0x1f334bb15c232c; fmv.d.x f11, t0; li t0, 0x8011170c70dc2a03; fmv.d.x f12, t0; li t0, 0x1f334bb15c232c; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rdn
	CHECK_F(1927, f10, 0x801f334bb15c232d)
	CHECK_FLAGS(1928, 0x1)
	/* fmsub.d 0x1711800000000000 0xc00d800000000000 0x413ba58d0cfa6526 rm=rup frm=None */
	li t0, 0x1711800000000000; fmv.d.x f11, t0; li t0, 0xc00d800000000000; fmv.d.x f12, t0; li t0, 0x413ba58d0cfa6526; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rup
	CHECK_F(1929, f10, 0xc13ba58d0cfa6526)
	CHECK_FLAGS(1930, 0x1)
	/* fmsub.d 0xc515000000000000 0xb1ed5298d5f28057 0x8001000000000000 rm=rup frm=None */
	li t0, 0xc515000000000000; fmv.d.x f11, t0; li t0, 0xb1ed5298d5f28057; fmv.d.x f12, t0; li t0, 0x8001000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rup
	CHECK_F(1931, f10, 0x37133e344c67243a)
	CHECK_FLAGS(1932, 0x1)
	/* fmsub.d 0x3fe91b912d517520 0x3ff30587d306c2d5 0x413d55e9d9796588 rm=rup frm=None */
	li t0, 0x3fe91b912d517520; fmv.d.x f11, t0; li t0, 0x3ff30587d306c2d5; fmv.d.x f12, t0; li t0, 0x413d55e9d9796588; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rup
	CHECK_F(1933, f10, 0xc13d55e8eaae1450)
	CHECK_FLAGS(1934, 0x1)
	/* fmsub.d 0xce373a59ac30d65a 0x8010000000000000 0xc13878913d0f62e1 rm=rup frm=None */
	li t0, 0xce373a59ac30d65a; fmv.d.x f11, t0; li t0, 0x8010000000000000; fmv.d.x f12, t0; li t0, 0xc13878913d0f62e1; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rup
	CHECK_F(1935, f10, 0x413878913d0f62e2)
	CHECK_FLAGS(1936, 0x1)
	/* fmsub.d 0xbff6800000000000 0x3eb8abc72591bf59 0x3ff2800000000000 rm=rup frm=None */
	li t0, 0xbff6800000000000; fmv.d.x f11, t0; li t0, 0x3eb8abc72591bf59; fmv.d.x f12, t0; li t0, 0x3ff2800000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rup
	CHECK_F(1937, f10, 0xbff280022b1900cd)
	CHECK_FLAGS(1938, 0x1)
	/* fmsub.d 0x3fe440a4799f89fb 0xbeb5497f5127b754 0x9fec000000000000 rm=rup frm=None */
	li t0, 0x3fe440a4799f89fb; fmv.d.x f11, t0; li t0, 0xbeb5497f5127b754; fmv.d.x f12, t0; li t0, 0x9fec000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rup
	CHECK_F(1939, f10, 0xbeaaf1dff5df58a7)
	CHECK_FLAGS(1940, 0x1)
	/* fmsub.d 0x3ff3154fdca8a8a1 0xbebe000000000000 0x372800000000000 rm=rup frm=None */
	li t0, 0x3ff3154fdca8a8a1; fmv.d.x f11, t0; li t0, 0xbebe000000000000; fmv.d.x f12, t0; li t0, 0x372800000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rup
	CHECK_F(1941, f10, 0xbec1e3fadede1e16)
	CHECK_FLAGS(1942, 0x1)
	/* fmsub.d 0x80207bad331a8458 0x801094fc3fcd840d 0x3eb2000000000000 rm=rup frm=None */
	li t0, 0x80207bad331a8458; fmv.d.x f11, t0; li t0, 0x801094fc3fcd840d; fmv.d.x f12, t0; li t0, 0x3eb2000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rup
	CHECK_F(1943, f10, 0xbeb1ffffffffffff)
	CHECK_FLAGS(1944, 0x1)
	/* fmsub.d 0x11578c5b5f8185 0xc00d335cc4b3393d 0xc00af2aa7a89346a rm=rup frm=None */
	li t0, 0x11578c5b5f8185; fmv.d.x f11, t0; li t0, 0xc00d335cc4b3393d; fmv.d.x f12, t0; li t0, 0xc00af2aa7a89346a; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rup
	CHECK_F(1945, f10, 0x400af2aa7a89346a)
	CHECK_FLAGS(1946, 0x1)
	/* fmsub.d 0x1f71800000000000 0x98e1bd6f41340 0x3fef000000000000 rm=rup frm=None */
	li t0, 0x1f71800000000000; fmv.d.x f11, t0; li t0, 0x98e1bd6f41340; fmv.d.x f12, t0; li t0, 0x3fef000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rup
	CHECK_F(1947, f10, 0xbfeeffffffffffff)
	CHECK_FLAGS(1948, 0x1)
	/* fmsub.d 0xbfe2000000000000 0x9ebe1bf289eeb578 0x7fe6a5562cae1645 rm=rup frm=None */
	li t0, 0xbfe2000000000000; fmv.d.x f11, t0; li t0, 0x9ebe1bf289eeb578; fmv.d.x f12, t0; li t0, 0x7fe6a5562cae1645; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rup
	CHECK_F(1949, f10, 0xffe6a5562cae1644)
	CHECK_FLAGS(1950, 0x1)
	/* fmsub.d 0x276e1182864a3889 0x800b015317f43b21 0x4001928da59a40e4 rm=rup frm=None */
	li t0, 0x276e1182864a3889; fmv.d.x f11, t0; li t0, 0x800b015317f43b21; fmv.d.x f12, t0; li t0, 0x4001928da59a40e4; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rup
	CHECK_F(1951, f10, 0xc001928da59a40e4)
	CHECK_FLAGS(1952, 0x1)
	/* fmsub.d 0xbffe000000000000 0x3eb344e32e8eb5c1 0xbffe000000000000 rm=rup frm=None */
	li t0, 0xbffe000000000000; fmv.d.x f11, t0; li t0, 0x3eb344e32e8eb5c1; fmv.d.x f12, t0; li t0, 0xbffe000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rup
	CHECK_F(1953, f10, 0x3ffdfffdbded608c)
	CHECK_FLAGS(1954, 0x1)
	/* fmsub.d 0x800f000000000000 0xffe32e982b961a52 0x800f000000000000 rm=rup frm=None */
	li t0, 0x800f000000000000; fmv.d.x f11, t0; li t0, 0xffe32e982b961a52; fmv.d.x f12, t0; li t0, 0x800f000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rup
	CHECK_F(1955, f10, 0x4001fbaea8dcb8ad)
	CHECK_FLAGS(1956, 0x1)
	/* fmsub.d 0x57671f6486af6a85 0xbeb4000000000000 0x57671f6486af6a85 rm=rup frm=None */
	li t0, 0x57671f6486af6a85; fmv.d.x f11, t0; li t0, 0xbeb4000000000000; fmv.d.x f12, t0; li t0, 0x57671f6486af6a85; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rup
	CHECK_F(1957, f10, 0xd7671f665523450a)
	CHECK_FLAGS(1958, 0x1)
	/* fmsub.d 0x5bef000000000000 0xc133caa0c1f60f5c 0x5bef000000000000 rm=rup frm=None */
	li t0, 0x5bef000000000000; fmv.d.x f11, t0; li t0, 0xc133caa0c1f60f5c; fmv.d.x f12, t0; li t0, 0x5bef000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rup
	CHECK_F(1959, f10, 0xdd332c4cb3e65ee1)
	CHECK_FLAGS(1960, 0x1)
	/* fmsub.d 0xbeb8902dc88b0997 0xc00e52b88cc16776 0xbeb8902dc88b0997 rm=rup frm=None */
	li t0, 0xbeb8902dc88b0997; fmv.d.x f11, t0; li t0, 0xc00e52b88cc16776; fmv.d.x f12, t0; li t0, 0xbeb8902dc88b0997; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rup
	CHECK_F(1961, f10, 0x3edd6ab57c897e18)
	CHECK_FLAGS(1962, 0x1)
	/* fmsub.d 0xbfe14eecde0e0b5d 0x8027800000000000 0xbfe14eecde0e0b5d rm=rup frm=None */
	li t0, 0xbfe14eecde0e0b5d; fmv.d.x f11, t0; li t0, 0x8027800000000000; fmv.d.x f12, t0; li t0, 0xbfe14eecde0e0b5d; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rup
	CHECK_F(1963, f10, 0x3fe14eecde0e0b5e)
	CHECK_FLAGS(1964, 0x1)
	/* fmsub.d 0x7fed11b0c1fc024c 0xbfe2800000000000 0x1f000000000000 rm=rmm frm=None */
	li t0, 0x7fed11b0c1fc024c; fmv.d.x f11, t0; li t0, 0xbfe2800000000000; fmv.d.x f12, t0; li t0, 0x1f000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rmm
	CHECK_F(1965, f10, 0xffe0ce3a3025b154)
	CHECK_FLAGS(1966, 0x1)
	/* fmsub.d 0x8018e65c5d3d3736 0x3eb004196633eaa9 0xcd5cba82e9c4 rm=rmm frm=None */
	li t0, 0x8018e65c5d3d3736; fmv.d.x f11, t0; li t0, 0x3eb004196633eaa9; fmv.d.x f12, t0; li t0, 0xcd5cba82e9c4; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rmm
	CHECK_F(1967, f10, 0x8000cd5e494ec179)
	CHECK_FLAGS(1968, 0x3)
	/* fmsub.d 0x8011d24c3e330c83 0x80093e88a48b09db 0xbffc9e33be8f2922 rm=rmm frm=None */
	li t0, 0x8011d24c3e330c83; fmv.d.x f11, t0; li t0, 0x80093e88a48b09db; fmv.d.x f12, t0; li t0, 0xbffc9e33be8f2922; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rmm
	CHECK_F(1969, f10, 0x3ffc9e33be8f2922)
	CHECK_FLAGS(1970, 0x1)
	/* fmsub.d 0x800ed6d8803e62ae 0x8006000000000000 0x3ebbd84f6ce9b322 rm=rmm frm=None */
	li t0, 0x800ed6d8803e62ae; fmv.d.x f11, t0; li t0, 0x8006000000000000; fmv.d.x f12, t0; li t0, 0x3ebbd84f6ce9b322; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rmm
	CHECK_F(1971, f10, 0xbebbd84f6ce9b322)
	CHECK_FLAGS(1972, 0x1)
	/* fmsub.d 0x3ff4ebd13dc75228 0x413d6ae852721fb2 0xcfa66e17f0de0f87 rm=rmm frm=None */
	li t0, 0x3ff4ebd13dc75228; fmv.d.x f11, t0; li t0, 0x413d6ae852721fb2; fmv.d.x f12, t0; li t0, 0xcfa66e17f0de0f87; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rmm
	CHECK_F(1973, f10, 0x4fa66e17f0de0f87)
	CHECK_FLAGS(1974, 0x1)
	/* fmsub.d 0x3ffea51d0e6fd6b3 0xa865e2ab18c8ce2e 0x4132800000000000 rm=rmm frm=None */
	li t0, 0x3ffea51d0e6fd6b3; fmv.d.x f11, t0; li t0, 0xa865e2ab18c8ce2e; fmv.d.x f12, t0; li t0, 0x4132800000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rmm
	CHECK_F(1975, f10, 0xc132800000000000)
	CHECK_FLAGS(1976, 0x1)
	/* fmsub.d 0x801c577fca3c6293 0x19c575bf7db282 0x8018800000000000 rm=rmm frm=None */
	li t0, 0x801c577fca3c6293; fmv.d.x f11, t0; li t0, 0x19c575bf7db282; fmv.d.x f12, t0; li t0, 0x8018800000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rmm
	CHECK_F(1977, f10, 0x18800000000000)
	CHECK_FLAGS(1978, 0x1)
	/* fmsub.d 0xbfe8800000000000 0x3fea000000000000 0xcce4f1bef6bef68a rm=rmm frm=None */
	li t0, 0xbfe8800000000000; fmv.d.x f11, t0; li t0, 0x3fea000000000000; fmv.d.x f12, t0; li t0, 0xcce4f1bef6bef68a; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rmm
	CHECK_F(1979, f10, 0x4ce4f1bef6bef68a)
	CHECK_FLAGS(1980, 0x1)
	/* fmsub.d 0x413d9c48b67d5af9 0xd0e3000000000000 0x68edb83507f09dc rm=rmm frm=None */
	li t0, 0x413d9c48b67d5af9; fmv.d.x f11, t0; li t0, 0xd0e3000000000000; fmv.d.x f12, t0; li t0, 0x68edb83507f09dc; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rmm
	CHECK_F(1981, f10, 0xd23194cb2c5a6e04)
	CHECK_FLAGS(1982, 0x1)
	/* fmsub.d 0x3ff5716e8ebebacc 0x7fe81384f226b6bb 0x50ee000000000000 rm=rmm frm=None */
	li t0, 0x3ff5716e8ebebacc; fmv.d.x f11, t0; li t0, 0x7fe81384f226b6bb; fmv.d.x f12, t0; li t0, 0x50ee000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rmm
	CHECK_F(1983, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1984, 0x5)
	/* fmsub.d 0x2f1788f4afdd5 0x28cfe85029ed71 0x800f8eb1459d5413 rm=rmm frm=None */
	li t0, 0x2f1788f4afdd5; fmv.d.x f11, t0; li t0, 0x28cfe85029ed71; fmv.d.x f12, t0; li t0, 0x800f8eb1459d5413; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rmm
	CHECK_F(1985, f10, 0xf8eb1459d5413)
	CHECK_FLAGS(1986, 0x3)
	/* fmsub.d 0x3ff5037792ce1e32 0x29a2b706a2b583bf 0xc136000000000000 rm=rmm frm=None */
	li t0, 0x3ff5037792ce1e32; fmv.d.x f11, t0; li t0, 0x29a2b706a2b583bf; fmv.d.x f12, t0; li t0, 0xc136000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rmm
	CHECK_F(1987, f10, 0x4136000000000000)
	CHECK_FLAGS(1988, 0x1)
	/* fmsub.d 0x3ff9b33381078281 0x6800000000000 0x3ff9b33381078281 rm=rmm frm=None */
	li t0, 0x3ff9b33381078281; fmv.d.x f11, t0; li t0, 0x6800000000000; fmv.d.x f12, t0; li t0, 0x3ff9b33381078281; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rmm
	CHECK_F(1989, f10, 0xbff9b33381078281)
	CHECK_FLAGS(1990, 0x1)
	/* fmsub.d 0x7fe2852c5629b00d 0x4000000000000 0x7fe2852c5629b00d rm=rmm frm=None */
	li t0, 0x7fe2852c5629b00d; fmv.d.x f11, t0; li t0, 0x4000000000000; fmv.d.x f12, t0; li t0, 0x7fe2852c5629b00d; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rmm
	CHECK_F(1991, f10, 0xffe2852c5629b00d)
	CHECK_FLAGS(1992, 0x1)
	/* fmsub.d 0x4136000000000000 0x3fe0a7e8b03c1577 0x4136000000000000 rm=rmm frm=None */
	li t0, 0x4136000000000000; fmv.d.x f11, t0; li t0, 0x3fe0a7e8b03c1577; fmv.d.x f12, t0; li t0, 0x4136000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rmm
	CHECK_F(1993, f10, 0xc12519200dad627c)
	CHECK_FLAGS(1994, 0x1)
	/* fmsub.d 0xbfe123136c9be261 0xbfe4000000000000 0xbfe123136c9be261 rm=rmm frm=None */
	li t0, 0xbfe123136c9be261; fmv.d.x f11, t0; li t0, 0xbfe4000000000000; fmv.d.x f12, t0; li t0, 0xbfe123136c9be261; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rmm
	CHECK_F(1995, f10, 0x3febd8ff907d4fde)
	CHECK_FLAGS(1996, 0x1)
	/* fmsub.d 0xbeb553776e37c8fc 0xac7a51836f3d1226 0xbeb553776e37c8fc rm=rmm frm=None */
	li t0, 0xbeb553776e37c8fc; fmv.d.x f11, t0; li t0, 0xac7a51836f3d1226; fmv.d.x f12, t0; li t0, 0xbeb553776e37c8fc; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rmm
	CHECK_F(1997, f10, 0x3eb553776e37c8fc)
	CHECK_FLAGS(1998, 0x1)
	/* fmsub.d 0xffe8000000000000 0x8001e0de5677652b 0xffe8000000000000 rm=rmm frm=None */
	li t0, 0xffe8000000000000; fmv.d.x f11, t0; li t0, 0x8001e0de5677652b; fmv.d.x f12, t0; li t0, 0xffe8000000000000; fmv.d.x f13, t0; fmsub.d f10, f11, f12, f13, rmm
	CHECK_F(1999, f10, 0x7fe8000000000000)
	CHECK_FLAGS(2000, 0x1)
	/* fmsub.d 0xbffd000000000000 0x3ffcdd806c59b97d 0xbfecb27fa67bbff7 rm=None frm=0 */
	li t0, 0xbffd000000000000; fmv.d.x f11, t0; li t0, 0x3ffcdd806c59b97d; fmv.d.x f12, t0; li t0, 0xbfecb27fa67bbff7; fmv.d.x f13, t0; fsrmi 0; fmsub.d f10, f11, f12, f13
	CHECK_F(2001, f10, 0xc002fc1c7892601c)
	CHECK_FLAGS(2002, 0x1)
	/* fmsub.d 0x4132ae1f1e97a447 0x1d86b68fe3be08a7 0x8000000000000 rm=None frm=0 */
	li t0, 0x4132ae1f1e97a447; fmv.d.x f11, t0; li t0, 0x1d86b68fe3be08a7; fmv.d.x f12, t0; li t0, 0x8000000000000; fmv.d.x f13, t0; fsrmi 0; fmsub.d f10, f11, f12, f13
	CHECK_F(2003, f10, 0x1eca848f6a26d787)
	CHECK_FLAGS(2004, 0x1)
	/* fmsub.d 0x3fffa39b831434ef 0x4002c7397dd6b4c9 0xbfece560c147a5e7 rm=None frm=0 */
	li t0, 0x3fffa39b831434ef; fmv.d.x f11, t0; li t0, 0x4002c7397dd6b4c9; fmv.d.x f12, t0; li t0, 0xbfece560c147a5e7; fmv.d.x f13, t0; fsrmi 0; fmsub.d f10, f11, f12, f13
	CHECK_F(2005, f10, 0x40162dadd8d3da00)
	CHECK_FLAGS(2006, 0x1)
	/* fmsub.d 0x28280213df8de 0xbfff500bf8655c90 0x3fff39c3af928049 rm=None frm=0 */
	li t0, 0x28280213df8de; fmv.d.x f11, t0; li t0, 0xbfff500bf8655c90; fmv.d.x f12, t0; li t0, 0x3fff39c3af928049; fmv.d.x f13, t0; fsrmi 0; fmsub.d f10, f11, f12, f13
	CHECK_F(2007, f10, 0xbfff39c3af928049)
	CHECK_FLAGS(2008, 0x1)
	/* fmsub.d 0xc000800000000000 0xbebb81a6cc88474d 0xb4a72ad2cdfe88e4 rm=None frm=1 */
	li t0, 0xc000800000000000; fmv.d.x f11, t0; li t0, 0xbebb81a6cc88474d; fmv.d.x f12, t0; li t0, 0xb4a72ad2cdfe88e4; fmv.d.x f13, t0; fsrmi 1; fmsub.d f10, f11, f12, f13
	CHECK_F(2009, f10, 0x3ecc5db402ec8987)
	CHECK_FLAGS(2010, 0x1)
	/* fmsub.d 0xbeb0d38f4735beaa 0x90d579d5d96a7e12 0x3800000000000 rm=None frm=1 */
	li t0, 0xbeb0d38f4735beaa; fmv.d.x f11, t0; li t0, 0x90d579d5d96a7e12; fmv.d.x f12, t0; li t0, 0x3800000000000; fmv.d.x f13, t0; fsrmi 1; fmsub.d f10, f11, f12, f13
	CHECK_F(2011, f10, 0xf9695ccde09ba0c)
	CHECK_FLAGS(2012, 0x1)
	/* fmsub.d 0x3c7641b20f22021a 0x3fe327f6f2518396 0x7fe01f36d4b796d7 rm=None frm=1 */
	li t0, 0x3c7641b20f22021a; fmv.d.x f11, t0; li t0, 0x3fe327f6f2518396; fmv.d.x f12, t0; li t0, 0x7fe01f36d4b796d7; fmv.d.x f13, t0; fsrmi 1; fmsub.d f10, f11, f12, f13
	CHECK_F(2013, f10, 0xffe01f36d4b796d6)
	CHECK_FLAGS(2014, 0x1)
	/* fmsub.d 0x22e0800000000000 0x4134814d34b1b525 0x8012bf24da79e4a4 rm=None frm=1 */
	li t0, 0x22e0800000000000; fmv.d.x f11, t0; li t0, 0x4134814d34b1b525; fmv.d.x f12, t0; li t0, 0x8012bf24da79e4a4; fmv.d.x f13, t0; fsrmi 1; fmsub.d f10, f11, f12, f13
	CHECK_F(2015, f10, 0x242525579e5742ce)
	CHECK_FLAGS(2016, 0x1)
	/* fmsub.d 0x400eb28f96460ef6 0x3ff7609fbafd0dae 0xffee7542d4386e68 rm=None frm=2 */
	li t0, 0x400eb28f96460ef6; fmv.d.x f11, t0; li t0, 0x3ff7609fbafd0dae; fmv.d.x f12, t0; li t0, 0xffee7542d4386e68; fmv.d.x f13, t0; fsrmi 2; fmsub.d f10, f11, f12, f13
	CHECK_F(2017, f10, 0x7fee7542d4386e68)
	CHECK_FLAGS(2018, 0x1)
	/* fmsub.d 0xae983fae862329b0 0x3fff000000000000 0x8027800000000000 rm=None frm=2 */
	li t0, 0xae983fae862329b0; fmv.d.x f11, t0; li t0, 0x3fff000000000000; fmv.d.x f12, t0; li t0, 0x8027800000000000; fmv.d.x f13, t0; fsrmi 2; fmsub.d f10, f11, f12, f13
	CHECK_F(2019, f10, 0xaea77db111f21063)
	CHECK_FLAGS(2020, 0x1)
	/* fmsub.d 0x17800000000000 0xbebc9d8d4e05d35a 0x41384556c17cd128 rm=None frm=2 */
	li t0, 0x17800000000000; fmv.d.x f11, t0; li t0, 0xbebc9d8d4e05d35a; fmv.d.x f12, t0; li t0, 0x41384556c17cd128; fmv.d.x f13, t0; fsrmi 2; fmsub.d f10, f11, f12, f13
	CHECK_F(2021, f10, 0xc1384556c17cd129)
	CHECK_FLAGS(2022, 0x1)
	/* fmsub.d 0xbeb43d00934f1e61 0xbfed000000000000 0xc134eb55ec76a09b rm=None frm=2 */
	li t0, 0xbeb43d00934f1e61; fmv.d.x f11, t0; li t0, 0xbfed000000000000; fmv.d.x f12, t0; li t0, 0xc134eb55ec76a09b; fmv.d.x f13, t0; fsrmi 2; fmsub.d f10, f11, f12, f13
	CHECK_F(2023, f10, 0x4134eb55ec76b2f2)
	CHECK_FLAGS(2024, 0x1)
	/* fmsub.d 0x238bc74b58e17829 0x19884ecd5d301562 0x80283b1174ecf4b0 rm=None frm=3 */
	li t0, 0x238bc74b58e17829; fmv.d.x f11, t0; li t0, 0x19884ecd5d301562; fmv.d.x f12, t0; li t0, 0x80283b1174ecf4b0; fmv.d.x f13, t0; fsrmi 3; fmsub.d f10, f11, f12, f13
	CHECK_F(2025, f10, 0x283b1174ecf4c6)
	CHECK_FLAGS(2026, 0x1)
	/* fmsub.d 0xf9980580ad396 0x3eb5800000000000 0xbeb8e7f25c25d94a rm=None frm=3 */
	li t0, 0xf9980580ad396; fmv.d.x f11, t0; li t0, 0x3eb5800000000000; fmv.d.x f12, t0; li t0, 0xbeb8e7f25c25d94a; fmv.d.x f13, t0; fsrmi 3; fmsub.d f10, f11, f12, f13
	CHECK_F(2027, f10, 0x3eb8e7f25c25d94b)
	CHECK_FLAGS(2028, 0x1)
	/* fmsub.d 0x8029800000000000 0xbff1800000000000 0x10e725d5c08303 rm=None frm=3 */
	li t0, 0x8029800000000000; fmv.d.x f11, t0; li t0, 0xbff1800000000000; fmv.d.x f12, t0; li t0, 0x10e725d5c08303; fmv.d.x f13, t0; fsrmi 3; fmsub.d f10, f11, f12, f13
	CHECK_F(2029, f10, 0x23706d151fbe7f)
	CHECK_FLAGS(2030, 0x1)
	/* fmsub.d 0x800b3b35a03f307b 0xb0b54e62965154f9 0x2326800000000000 rm=None frm=3 */
	li t0, 0x800b3b35a03f307b; fmv.d.x f11, t0; li t0, 0xb0b54e62965154f9; fmv.d.x f12, t0; li t0, 0x2326800000000000; fmv.d.x f13, t0; fsrmi 3; fmsub.d f10, f11, f12, f13
	CHECK_F(2031, f10, 0xa3267fffffffffff)
	CHECK_FLAGS(2032, 0x1)
	/* fmsub.d 0x8027800000000000 0xc0063964097d11d2 0xacd74d16b9092828 rm=None frm=4 */
	li t0, 0x8027800000000000; fmv.d.x f11, t0; li t0, 0xc0063964097d11d2; fmv.d.x f12, t0; li t0, 0xacd74d16b9092828; fmv.d.x f13, t0; fsrmi 4; fmsub.d f10, f11, f12, f13
	CHECK_F(2033, f10, 0x2cd74d16b9092828)
	CHECK_FLAGS(2034, 0x1)
	/* fmsub.d 0x400b800000000000 0x30d9bc371a5cf 0x1ecf00e094e6d5 rm=None frm=4 */
	li t0, 0x400b800000000000; fmv.d.x f11, t0; li t0, 0x30d9bc371a5cf; fmv.d.x f12, t0; li t0, 0x1ecf00e094e6d5; fmv.d.x f13, t0; fsrmi 4; fmsub.d f10, f11, f12, f13
	CHECK_F(2035, f10, 0x8014503970be3cdd)
	CHECK_FLAGS(2036, 0x1)
	/* fmsub.d 0xbff5a649a59291de 0x413769e56ec0cd9f 0xbff0a9f2f81449a4 rm=None frm=4 */
	li t0, 0xbff5a649a59291de; fmv.d.x f11, t0; li t0, 0x413769e56ec0cd9f; fmv.d.x f12, t0; li t0, 0xbff0a9f2f81449a4; fmv.d.x f13, t0; fsrmi 4; fmsub.d f10, f11, f12, f13
	CHECK_F(2037, f10, 0xc13fae52888c41cd)
	CHECK_FLAGS(2038, 0x1)
	/* fmsub.d 0xc003edc4dbe7b63c 0x7fe3800000000000 0x801716a5bd8f594d rm=None frm=4 */
	li t0, 0xc003edc4dbe7b63c; fmv.d.x f11, t0; li t0, 0x7fe3800000000000; fmv.d.x f12, t0; li t0, 0x801716a5bd8f594d; fmv.d.x f13, t0; fsrmi 4; fmsub.d f10, f11, f12, f13
	CHECK_F(2039, f10, 0xfff0000000000000)
	CHECK_FLAGS(2040, 0x5)
	/* fnmsub.d 0x7fefffffffffffff 0x4004000000000000 0x7ff8000000000000 rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x4004000000000000; fmv.d.x f12, t0; li t0, 0x7ff8000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2041, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2042, 0x0)
	/* fnmsub.d 0xbff0000000000000 0x0 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2043, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2044, 0x10)
	/* fnmsub.d 0x7fefffffffffffff 0x3fe0000000000000 0x4004000000000000 rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; li t0, 0x4004000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2045, f10, 0xffdfffffffffffff)
	CHECK_FLAGS(2046, 0x1)
	/* fnmsub.d 0x3ff0000000000000 0x3fe0000000000000 0x7ff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; li t0, 0x7ff0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2047, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2048, 0x0)
	/* fnmsub.d 0x7fefffffffffffff 0x4004000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x4004000000000000; fmv.d.x f12, t0; li t0, 0xc004000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2049, f10, 0xfff0000000000000)
	CHECK_FLAGS(2050, 0x5)
	/* fnmsub.d 0xfff8000000001234 0x7ff0000000000001 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff0000000000001; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2051, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2052, 0x10)
	/* fnmsub.d 0x4004000000000000 0xc004000000000000 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; li t0, 0xbfe0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2053, f10, 0x4017000000000000)
	CHECK_FLAGS(2054, 0x0)
	/* fnmsub.d 0x7fefffffffffffff 0xbff0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; li t0, 0xfff8000000001234; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2055, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2056, 0x0)
	/* fnmsub.d 0x7ff0000000000001 0xfff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; li t0, 0x7fefffffffffffff; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2057, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2058, 0x10)
	/* fnmsub.d 0x7ff0000000000000 0x7ff8000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; li t0, 0xc004000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2059, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2060, 0x0)
	/* fnmsub.d 0x3fe0000000000000 0xc004000000000000 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; li t0, 0x3ff8000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2061, f10, 0x4006000000000000)
	CHECK_FLAGS(2062, 0x0)
	/* fnmsub.d 0x7ff0000000000001 0x7ff0000000000000 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; li t0, 0xbfe0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2063, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2064, 0x10)
	/* fnmsub.d 0xbff0000000000000 0x0 0x0 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; li t0, 0x0; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2065, f10, 0x0)
	CHECK_FLAGS(2066, 0x0)
	/* fnmsub.d 0xbfe0000000000000 0xfff0000000000000 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; li t0, 0x3ff8000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2067, f10, 0xfff0000000000000)
	CHECK_FLAGS(2068, 0x0)
	/* fnmsub.d 0x0 0x7ff0000000000000 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; li t0, 0x3fe0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2069, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2070, 0x10)
	/* fnmsub.d 0x3fe0000000000000 0xfff8000000001234 0x4004000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; li t0, 0x4004000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2071, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2072, 0x0)
	/* fnmsub.d 0x7fefffffffffffff 0xc004000000000000 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; li t0, 0xbfe0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2073, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2074, 0x5)
	/* fnmsub.d 0x7fefffffffffffff 0x7ff0000000000001 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000001; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2075, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2076, 0x10)
	/* fnmsub.d 0x7ff0000000000001 0xc004000000000000 0x8000000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; li t0, 0x8000000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2077, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2078, 0x10)
	/* fnmsub.d 0x4004000000000000 0x3ff8000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; li t0, 0x3ff8000000000000; fmv.d.x f12, t0; li t0, 0xbff0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2079, f10, 0xc013000000000000)
	CHECK_FLAGS(2080, 0x0)
	/* fnmsub.d 0x8000000000000000 0xfff8000000001234 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; li t0, 0x3fe0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2081, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2082, 0x0)
	/* fnmsub.d 0x7ff0000000000000 0xbff0000000000000 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; li t0, 0x3ff8000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2083, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2084, 0x0)
	/* fnmsub.d 0xfff8000000001234 0x8000000000000000 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x8000000000000000; fmv.d.x f12, t0; li t0, 0xbfe0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2085, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2086, 0x0)
	/* fnmsub.d 0x3fe0000000000000 0xfff8000000001234 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2087, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2088, 0x0)
	/* fnmsub.d 0xbff0000000000000 0xfff8000000001234 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2089, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2090, 0x0)
	/* fnmsub.d 0xfff0000000000000 0xfff8000000001234 0x7ff8000000000000 rm=rne frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; li t0, 0x7ff8000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2091, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2092, 0x0)
	/* fnmsub.d 0xbfe0000000000000 0xc004000000000000 0x4004000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; li t0, 0x4004000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2093, f10, 0x3ff4000000000000)
	CHECK_FLAGS(2094, 0x0)
	/* fnmsub.d 0xc004000000000000 0x8000000000000000 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x8000000000000000; fmv.d.x f12, t0; li t0, 0x3fe0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2095, f10, 0x3fe0000000000000)
	CHECK_FLAGS(2096, 0x0)
	/* fnmsub.d 0x0 0xfff8000000001234 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; li t0, 0xbfe0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2097, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2098, 0x0)
	/* fnmsub.d 0x7ff0000000000001 0xfff0000000000000 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; li t0, 0x3fe0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2099, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2100, 0x10)
	/* fnmsub.d 0xbff0000000000000 0xbff0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; li t0, 0xfff0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2101, f10, 0xfff0000000000000)
	CHECK_FLAGS(2102, 0x0)
	/* fnmsub.d 0x3fe0000000000000 0xc004000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; li t0, 0x7fefffffffffffff; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2103, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2104, 0x1)
	/* fnmsub.d 0xbfe0000000000000 0x3fe0000000000000 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; li t0, 0x3ff8000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2105, f10, 0x3ffc000000000000)
	CHECK_FLAGS(2106, 0x0)
	/* fnmsub.d 0x3ff8000000000000 0xbff0000000000000 0x0 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; li t0, 0x0; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2107, f10, 0x3ff8000000000000)
	CHECK_FLAGS(2108, 0x0)
	/* fnmsub.d 0x4004000000000000 0x0 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; li t0, 0x3fe0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2109, f10, 0x3fe0000000000000)
	CHECK_FLAGS(2110, 0x0)
	/* fnmsub.d 0x7ff0000000000001 0x7ff8000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; li t0, 0xfff8000000001234; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2111, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2112, 0x10)
	/* fnmsub.d 0xfff8000000001234 0x7ff8000000000000 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; li t0, 0xbfe0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2113, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2114, 0x0)
	/* fnmsub.d 0x7fefffffffffffff 0x3ff0000000000000 0x7ff0000000000000 rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x7ff0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2115, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2116, 0x0)
	/* fnmsub.d 0x7ff0000000000000 0x7fefffffffffffff 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2117, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2118, 0x10)
	/* fnmsub.d 0x7fefffffffffffff 0x7ff0000000000001 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000001; fmv.d.x f12, t0; li t0, 0x3ff8000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2119, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2120, 0x10)
	/* fnmsub.d 0x4004000000000000 0xbfe0000000000000 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; li t0, 0xbfe0000000000000; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2121, f10, 0x4002000000000000)
	CHECK_FLAGS(2122, 0x0)
	/* fnmsub.d 0x8000000000000000 0xfff0000000000000 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; li t0, 0x3fe0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2123, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2124, 0x10)
	/* fnmsub.d 0x7fefffffffffffff 0x7fefffffffffffff 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; li t0, 0xbff0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2125, f10, 0xfff0000000000000)
	CHECK_FLAGS(2126, 0x5)
	/* fnmsub.d 0x7ff8000000000000 0xbfe0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbfe0000000000000; fmv.d.x f12, t0; li t0, 0xc004000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2127, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2128, 0x0)
	/* fnmsub.d 0xbfe0000000000000 0x4004000000000000 0x7ff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x4004000000000000; fmv.d.x f12, t0; li t0, 0x7ff0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2129, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2130, 0x0)
	/* fnmsub.d 0xfff8000000001234 0x7ff0000000000001 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff0000000000001; fmv.d.x f12, t0; li t0, 0x3fe0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2131, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2132, 0x10)
	/* fnmsub.d 0xbff0000000000000 0x7ff0000000000000 0x8000000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; li t0, 0x8000000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2133, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2134, 0x0)
	/* fnmsub.d 0x3fe0000000000000 0xbff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; li t0, 0x7fefffffffffffff; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2135, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2136, 0x1)
	/* fnmsub.d 0xfff8000000001234 0x7fefffffffffffff 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2137, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2138, 0x0)
	/* fnmsub.d 0x3ff0000000000000 0xfff8000000001234 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; li t0, 0x3fe0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2139, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2140, 0x0)
	/* fnmsub.d 0xbfe0000000000000 0x7ff0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; li t0, 0xfff8000000001234; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2141, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2142, 0x0)
	/* fnmsub.d 0xbff0000000000000 0xbff0000000000000 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; li t0, 0x3ff8000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2143, f10, 0x3fe0000000000000)
	CHECK_FLAGS(2144, 0x0)
	/* fnmsub.d 0x8000000000000000 0x7ff8000000000000 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; li t0, 0x3fe0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2145, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2146, 0x0)
	/* fnmsub.d 0x8000000000000000 0xfff8000000001234 0x7ff8000000000000 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; li t0, 0x7ff8000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2147, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2148, 0x0)
	/* fnmsub.d 0x7ff0000000000000 0x3ff0000000000000 0x7ff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x7ff0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2149, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2150, 0x10)
	/* fnmsub.d 0x3fe0000000000000 0x0 0x7ff8000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; li t0, 0x7ff8000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2151, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2152, 0x0)
	/* fnmsub.d 0x7ff8000000000000 0x0 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; li t0, 0x7fefffffffffffff; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2153, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2154, 0x0)
	/* fnmsub.d 0xfff0000000000000 0x7fefffffffffffff 0xc004000000000000 rm=rne frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; li t0, 0xc004000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2155, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2156, 0x0)
	/* fnmsub.d 0xfff8000000001234 0x3fe0000000000000 0x7ff0000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; li t0, 0x7ff0000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2157, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2158, 0x0)
	/* fnmsub.d 0xc004000000000000 0xfff8000000001234 0x0 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; li t0, 0x0; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2159, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2160, 0x0)
	/* fnmsub.d 0x8005472aa396a34c 0x3ff4000000000000 0x2a469352a6a38c rm=rne frm=None */
	li t0, 0x8005472aa396a34c; fmv.d.x f11, t0; li t0, 0x3ff4000000000000; fmv.d.x f12, t0; li t0, 0x2a469352a6a38c; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2161, f10, 0x2d930df8e4c99c)
	CHECK_FLAGS(2162, 0x1)
	/* fnmsub.d 0xb3d7324cbf4925f5 0x3ebd3e8656137e00 0xbffaf3db70de711c rm=rne frm=None */
	li t0, 0xb3d7324cbf4925f5; fmv.d.x f11, t0; li t0, 0x3ebd3e8656137e00; fmv.d.x f12, t0; li t0, 0xbffaf3db70de711c; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2163, f10, 0xbffaf3db70de711c)
	CHECK_FLAGS(2164, 0x1)
	/* fnmsub.d 0x858a67b2e571b 0xbff22a99883551f2 0x18b5d6acd6d32086 rm=rne frm=None */
	li t0, 0x858a67b2e571b; fmv.d.x f11, t0; li t0, 0xbff22a99883551f2; fmv.d.x f12, t0; li t0, 0x18b5d6acd6d32086; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2165, f10, 0x18b5d6acd6d32086)
	CHECK_FLAGS(2166, 0x1)
	/* fnmsub.d 0x3eb45055b13c9f30 0xbfefb444c1249f7a 0x801e800000000000 rm=rne frm=None */
	li t0, 0x3eb45055b13c9f30; fmv.d.x f11, t0; li t0, 0xbfefb444c1249f7a; fmv.d.x f12, t0; li t0, 0x801e800000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2167, f10, 0x3eb420428b098c49)
	CHECK_FLAGS(2168, 0x1)
	/* fnmsub.d 0x800f000000000000 0x7febdceb4b988af0 0x2858c66af6f6b6 rm=rne frm=None */
	li t0, 0x800f000000000000; fmv.d.x f11, t0; li t0, 0x7febdceb4b988af0; fmv.d.x f12, t0; li t0, 0x2858c66af6f6b6; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2169, f10, 0x400a1f1c96df0241)
	CHECK_FLAGS(2170, 0x1)
	/* fnmsub.d 0x86bbae3edeeae676 0xa4378ff317d06f27 0x17b064b2205bcfc1 rm=rne frm=None */
	li t0, 0x86bbae3edeeae676; fmv.d.x f11, t0; li t0, 0xa4378ff317d06f27; fmv.d.x f12, t0; li t0, 0x17b064b2205bcfc1; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2171, f10, 0x17b064b2205bcfc1)
	CHECK_FLAGS(2172, 0x1)
	/* fnmsub.d 0x8016000000000000 0xbc0e000000000000 0x24a28e87098b54 rm=rne frm=None */
	li t0, 0x8016000000000000; fmv.d.x f11, t0; li t0, 0xbc0e000000000000; fmv.d.x f12, t0; li t0, 0x24a28e87098b54; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2173, f10, 0x24a28e87098b54)
	CHECK_FLAGS(2174, 0x1)
	/* fnmsub.d 0x6000000000000 0x98cd35070cc7344d 0x8f7e82b2c01a65a8 rm=rne frm=None */
	li t0, 0x6000000000000; fmv.d.x f11, t0; li t0, 0x98cd35070cc7344d; fmv.d.x f12, t0; li t0, 0x8f7e82b2c01a65a8; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2175, f10, 0x8f7e82b2c01a65a8)
	CHECK_FLAGS(2176, 0x1)
	/* fnmsub.d 0xbebdab4dff73b856 0x7fee1ea42eb343ad 0x9ee05fb03c0fb9c3 rm=rne frm=None */
	li t0, 0xbebdab4dff73b856; fmv.d.x f11, t0; li t0, 0x7fee1ea42eb343ad; fmv.d.x f12, t0; li t0, 0x9ee05fb03c0fb9c3; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2177, f10, 0x7ebbed01f1d82b99)
	CHECK_FLAGS(2178, 0x1)
	/* fnmsub.d 0xdc7a8d6581f3c2e8 0x16800000000000 0x3eb7800000000000 rm=rne frm=None */
	li t0, 0xdc7a8d6581f3c2e8; fmv.d.x f11, t0; li t0, 0x16800000000000; fmv.d.x f12, t0; li t0, 0x3eb7800000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2179, f10, 0x3eb7800000000000)
	CHECK_FLAGS(2180, 0x1)
	/* fnmsub.d 0x2800000000000 0xc00e800000000000 0x801e13e81cd90492 rm=rne frm=None */
	li t0, 0x2800000000000; fmv.d.x f11, t0; li t0, 0xc00e800000000000; fmv.d.x f12, t0; li t0, 0x801e13e81cd90492; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2181, f10, 0x80148be81cd90492)
	CHECK_FLAGS(2182, 0x0)
	/* fnmsub.d 0x80260d2182b89d73 0xc131c01f32813fee 0x6800000000000 rm=rne frm=None */
	li t0, 0x80260d2182b89d73; fmv.d.x f11, t0; li t0, 0xc131c01f32813fee; fmv.d.x f12, t0; li t0, 0x6800000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2183, f10, 0x816876bbf810e6a4)
	CHECK_FLAGS(2184, 0x1)
	/* fnmsub.d 0xd0e0e70e4a782 0x7feaf0f6a6ab1e60 0xd0e0e70e4a782 rm=rne frm=None */
	li t0, 0xd0e0e70e4a782; fmv.d.x f11, t0; li t0, 0x7feaf0f6a6ab1e60; fmv.d.x f12, t0; li t0, 0xd0e0e70e4a782; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2185, f10, 0xc005fb73902c7296)
	CHECK_FLAGS(2186, 0x1)
	/* fnmsub.d 0x8029ecdf3eeb4627 0x802bd882ffabca81 0x8029ecdf3eeb4627 rm=rne frm=None */
	li t0, 0x8029ecdf3eeb4627; fmv.d.x f11, t0; li t0, 0x802bd882ffabca81; fmv.d.x f12, t0; li t0, 0x8029ecdf3eeb4627; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2187, f10, 0x8029ecdf3eeb4627)
	CHECK_FLAGS(2188, 0x1)
	/* fnmsub.d 0x3ffd013872d1a1f4 0x81d9cf0ed4651f3e 0x3ffd013872d1a1f4 rm=rne frm=None */
	li t0, 0x3ffd013872d1a1f4; fmv.d.x f11, t0; li t0, 0x81d9cf0ed4651f3e; fmv.d.x f12, t0; li t0, 0x3ffd013872d1a1f4; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2189, f10, 0x3ffd013872d1a1f4)
	CHECK_FLAGS(2190, 0x1)
	/* fnmsub.d 0x3ff8c8a298b0e95b 0x3ffd000000000000 0x3ff8c8a298b0e95b rm=rne frm=None */
	li t0, 0x3ff8c8a298b0e95b; fmv.d.x f11, t0; li t0, 0x3ffd000000000000; fmv.d.x f12, t0; li t0, 0x3ff8c8a298b0e95b; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2191, f10, 0xbff423041c0fbd9a)
	CHECK_FLAGS(2192, 0x1)
	/* fnmsub.d 0xab3e800000000000 0xbff252d7199babb4 0xab3e800000000000 rm=rne frm=None */
	li t0, 0xab3e800000000000; fmv.d.x f11, t0; li t0, 0xbff252d7199babb4; fmv.d.x f12, t0; li t0, 0xab3e800000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2193, f10, 0xab505b7a82342fd4)
	CHECK_FLAGS(2194, 0x1)
	/* fnmsub.d 0x3eb2000000000000 0x3eba35c664278e3f 0x3eb2000000000000 rm=rne frm=None */
	li t0, 0x3eb2000000000000; fmv.d.x f11, t0; li t0, 0x3eba35c664278e3f; fmv.d.x f12, t0; li t0, 0x3eb2000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rne
	CHECK_F(2195, f10, 0x3eb1fffe28380cf5)
	CHECK_FLAGS(2196, 0x1)
	/* fnmsub.d 0x2b98000000000000 0xfa47684bbaf42 0xbff353786920082e rm=rtz frm=None */
	li t0, 0x2b98000000000000; fmv.d.x f11, t0; li t0, 0xfa47684bbaf42; fmv.d.x f12, t0; li t0, 0xbff353786920082e; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rtz
	CHECK_F(2197, f10, 0xbff353786920082e)
	CHECK_FLAGS(2198, 0x1)
	/* fnmsub.d 0x3fec800000000000 0x3eba800000000000 0x4006938ac2ede8ee rm=rtz frm=None */
	li t0, 0x3fec800000000000; fmv.d.x f11, t0; li t0, 0x3eba800000000000; fmv.d.x f12, t0; li t0, 0x4006938ac2ede8ee; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rtz
	CHECK_F(2199, f10, 0x4006938a061de8ee)
	CHECK_FLAGS(2200, 0x0)
	/* fnmsub.d 0xffe2fef5edbc56ed 0xbff2d73e31dd62cb 0x59dedef8733e9d49 rm=rtz frm=None */
	li t0, 0xffe2fef5edbc56ed; fmv.d.x f11, t0; li t0, 0xbff2d73e31dd62cb; fmv.d.x f12, t0; li t0, 0x59dedef8733e9d49; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rtz
	CHECK_F(2201, f10, 0xffe65e608b4b15ec)
	CHECK_FLAGS(2202, 0x1)
	/* fnmsub.d 0x3cf1f386519c6a51 0x400d000000000000 0xc00829cae8214bed rm=rtz frm=None */
	li t0, 0x3cf1f386519c6a51; fmv.d.x f11, t0; li t0, 0x400d000000000000; fmv.d.x f12, t0; li t0, 0xc00829cae8214bed; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rtz
	CHECK_F(2203, f10, 0xc00829cae8214c0d)
	CHECK_FLAGS(2204, 0x1)
	/* fnmsub.d 0x3ffe758bbd9fb2a0 0xbeb9f413bf770602 0x800f000000000000 rm=rtz frm=None */
	li t0, 0x3ffe758bbd9fb2a0; fmv.d.x f11, t0; li t0, 0xbeb9f413bf770602; fmv.d.x f12, t0; li t0, 0x800f000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rtz
	CHECK_F(2205, f10, 0x3ec8b42841b482c1)
	CHECK_FLAGS(2206, 0x1)
	/* fnmsub.d 0x8020980553435add 0x8003039f99970d76 0x3ff2480be7942677 rm=rtz frm=None */
	li t0, 0x8020980553435add; fmv.d.x f11, t0; li t0, 0x8003039f99970d76; fmv.d.x f12, t0; li t0, 0x3ff2480be7942677; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rtz
	CHECK_F(2207, f10, 0x3ff2480be7942676)
	CHECK_FLAGS(2208, 0x1)
	/* fnmsub.d 0x7feaa9e0ec6aa54b 0xc002062a4dee411d 0x4131a75d73cd6837 rm=rtz frm=None */
	li t0, 0x7feaa9e0ec6aa54b; fmv.d.x f11, t0; li t0, 0xc002062a4dee411d; fmv.d.x f12, t0; li t0, 0x4131a75d73cd6837; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rtz
	CHECK_F(2209, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2210, 0x5)
	/* fnmsub.d 0xfdbe131bb91518a 0x2d000000000000 0xbebe9f819fe45e1d rm=rtz frm=None */
	li t0, 0xfdbe131bb91518a; fmv.d.x f11, t0; li t0, 0x2d000000000000; fmv.d.x f12, t0; li t0, 0xbebe9f819fe45e1d; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rtz
	CHECK_F(2211, f10, 0xbebe9f819fe45e1d)
	CHECK_FLAGS(2212, 0x1)
	/* fnmsub.d 0xbebb800000000000 0x8029a7185bccc03d 0xffeb0c1d172034ea rm=rtz frm=None */
	li t0, 0xbebb800000000000; fmv.d.x f11, t0; li t0, 0x8029a7185bccc03d; fmv.d.x f12, t0; li t0, 0xffeb0c1d172034ea; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rtz
	CHECK_F(2213, f10, 0xffeb0c1d172034ea)
	CHECK_FLAGS(2214, 0x1)
	/* fnmsub.d 0xbffb800000000000 0x413526b831e3f1ed 0x136ad66668d7fc7d rm=rtz frm=None */
	li t0, 0xbffb800000000000; fmv.d.x f11, t0; li t0, 0x413526b831e3f1ed; fmv.d.x f12, t0; li t0, 0x136ad66668d7fc7d; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rtz
	CHECK_F(2215, f10, 0x41422d464adfe3e7)
	CHECK_FLAGS(2216, 0x1)
	/* fnmsub.d 0x1000000000000 0x800293be741a3981 0x16a99ab992a5f9 rm=rtz frm=None */
	li t0, 0x1000000000000; fmv.d.x f11, t0; li t0, 0x800293be741a3981; fmv.d.x f12, t0; li t0, 0x16a99ab992a5f9; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rtz
	CHECK_F(2217, f10, 0x16a99ab992a5f9)
	CHECK_FLAGS(2218, 0x1)
	/* fnmsub.d 0x800d89f6a261d9c4 0x90220b0cd69440f5 0x3fef800000000000 rm=rtz frm=None */
	li t0, 0x800d89f6a261d9c4; fmv.d.x f11, t0; li t0, 0x90220b0cd69440f5; fmv.d.x f12, t0; li t0, 0x3fef800000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rtz
	CHECK_F(2219, f10, 0x3fef7fffffffffff)
	CHECK_FLAGS(2220, 0x1)
	/* fnmsub.d 0x3eb16011a773a23e 0x3fe5df131cae3c44 0x3eb16011a773a23e rm=rtz frm=None */
	li t0, 0x3eb16011a773a23e; fmv.d.x f11, t0; li t0, 0x3fe5df131cae3c44; fmv.d.x f12, t0; li t0, 0x3eb16011a773a23e; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rtz
	CHECK_F(2221, f10, 0x3e95ff98d7aeafe9)
	CHECK_FLAGS(2222, 0x1)
	/* fnmsub.d 0x7fe33bdb739c2db0 0x5571b8db43e3ea9f 0x7fe33bdb739c2db0 rm=rtz frm=None */
	li t0, 0x7fe33bdb739c2db0; fmv.d.x f11, t0; li t0, 0x5571b8db43e3ea9f; fmv.d.x f12, t0; li t0, 0x7fe33bdb739c2db0; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rtz
	CHECK_F(2223, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2224, 0x5)
	/* fnmsub.d 0x80089ddf29187286 0x3eb5ad5d0383773d 0x80089ddf29187286 rm=rtz frm=None */
	li t0, 0x80089ddf29187286; fmv.d.x f11, t0; li t0, 0x3eb5ad5d0383773d; fmv.d.x f12, t0; li t0, 0x80089ddf29187286; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rtz
	CHECK_F(2225, f10, 0x80089dde6e4f52df)
	CHECK_FLAGS(2226, 0x3)
	/* fnmsub.d 0x400c7c3c7d10c5fd 0x7fe641f23d2742ac 0x400c7c3c7d10c5fd rm=rtz frm=None */
	li t0, 0x400c7c3c7d10c5fd; fmv.d.x f11, t0; li t0, 0x7fe641f23d2742ac; fmv.d.x f12, t0; li t0, 0x400c7c3c7d10c5fd; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rtz
	CHECK_F(2227, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2228, 0x5)
	/* fnmsub.d 0x3ff5800000000000 0x1b4c9258ffbfb5 0x3ff5800000000000 rm=rtz frm=None */
	li t0, 0x3ff5800000000000; fmv.d.x f11, t0; li t0, 0x1b4c9258ffbfb5; fmv.d.x f12, t0; li t0, 0x3ff5800000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rtz
	CHECK_F(2229, f10, 0x3ff57fffffffffff)
	CHECK_FLAGS(2230, 0x1)
	/* fnmsub.d 0xc135f2e2ea60a99a 0x3ebf800000000000 0xc135f2e2ea60a99a rm=rtz frm=None */
	li t0, 0xc135f2e2ea60a99a; fmv.d.x f11, t0; li t0, 0x3ebf800000000000; fmv.d.x f12, t0; li t0, 0xc135f2e2ea60a99a; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rtz
	CHECK_F(2231, f10, 0xc135f2e036fdbdc3)
	CHECK_FLAGS(2232, 0x1)
	/* fnmsub.d 0xbebd5e3e46a72e3c 0xbfe78e5d264f171f 0x413af74dfaeeac8a rm=rdn frm=None */
	li t0, 0xbebd5e3e46a72e3c; fmv.d.x f11, t0; li t0, 0xbfe78e5d264f171f; fmv.d.x f12, t0; li t0, 0x413af74dfaeeac8a; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rdn
	CHECK_F(2233, f10, 0x413af74dfaee96eb)
	CHECK_FLAGS(2234, 0x1)
	/* fnmsub.d 0x782285c26e9bc6b 0xc000800000000000 0x95cd7a8a2e3206d4 rm=rdn frm=None */
	li t0, 0x782285c26e9bc6b; fmv.d.x f11, t0; li t0, 0xc000800000000000; fmv.d.x f12, t0; li t0, 0x95cd7a8a2e3206d4; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rdn
	CHECK_F(2235, f10, 0x95cd7a8a2e3206d4)
	CHECK_FLAGS(2236, 0x1)
	/* fnmsub.d 0xbff9634ea589dcc0 0x400c800000000000 0x800b737811dc74dc rm=rdn frm=None */
	li t0, 0xbff9634ea589dcc0; fmv.d.x f11, t0; li t0, 0x400c800000000000; fmv.d.x f12, t0; li t0, 0x800b737811dc74dc; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rdn
	CHECK_F(2237, f10, 0x40169c720b6ec89a)
	CHECK_FLAGS(2238, 0x1)
	/* fnmsub.d 0x82a3000000000000 0x3ffd96fd61013c98 0x7f0b62b4d73b8 rm=rdn frm=None */
	li t0, 0x82a3000000000000; fmv.d.x f11, t0; li t0, 0x3ffd96fd61013c98; fmv.d.x f12, t0; li t0, 0x7f0b62b4d73b8; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rdn
	CHECK_F(2239, f10, 0x2b191a67198bdf6)
	CHECK_FLAGS(2240, 0x1)
	/* fnmsub.d 0x40053365e2a1e6dd 0xce33e084f92709b7 0x413ec579d82d1dcd rm=rdn frm=None */
	li t0, 0x40053365e2a1e6dd; fmv.d.x f11, t0; li t0, 0xce33e084f92709b7; fmv.d.x f12, t0; li t0, 0x413ec579d82d1dcd; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rdn
	CHECK_F(2241, f10, 0x4e4a5688c1b1463c)
	CHECK_FLAGS(2242, 0x1)
	/* fnmsub.d 0xbeba800000000000 0xc008568889bf8b40 0x1850f5a45137db rm=rdn frm=None */
	li t0, 0xbeba800000000000; fmv.d.x f11, t0; li t0, 0xc008568889bf8b40; fmv.d.x f12, t0; li t0, 0x1850f5a45137db; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rdn
	CHECK_F(2243, f10, 0xbed427a912129f51)
	CHECK_FLAGS(2244, 0x1)
	/* fnmsub.d 0x4138800000000000 0x801dca041a3580fe 0xc51800000000000 rm=rdn frm=None */
	li t0, 0x4138800000000000; fmv.d.x f11, t0; li t0, 0x801dca041a3580fe; fmv.d.x f12, t0; li t0, 0xc51800000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rdn
	CHECK_F(2245, f10, 0xc51800000000000)
	CHECK_FLAGS(2246, 0x1)
	/* fnmsub.d 0x40085a8227e03c3a 0x9b6f800000000000 0x801ea83d61f7c465 rm=rdn frm=None */
	li t0, 0x40085a8227e03c3a; fmv.d.x f11, t0; li t0, 0x9b6f800000000000; fmv.d.x f12, t0; li t0, 0x801ea83d61f7c465; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rdn
	CHECK_F(2247, f10, 0x1b87f9181f40bb49)
	CHECK_FLAGS(2248, 0x1)
	/* fnmsub.d 0xbff85a828e6e6df9 0xbff4c20d06d45e49 0x1b22e5be712455a7 rm=rdn frm=None */
	li t0, 0xbff85a828e6e6df9; fmv.d.x f11, t0; li t0, 0xbff4c20d06d45e49; fmv.d.x f12, t0; li t0, 0x1b22e5be712455a7; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rdn
	CHECK_F(2249, f10, 0xbfff988074f847e1)
	CHECK_FLAGS(2250, 0x1)
	/* fnmsub.d 0x3ff8debd3363b7c1 0x3ff7000000000000 0x55b4a355080d5567 rm=rdn frm=None */
	li t0, 0x3ff8debd3363b7c1; fmv.d.x f11, t0; li t0, 0x3ff7000000000000; fmv.d.x f12, t0; li t0, 0x55b4a355080d5567; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rdn
	CHECK_F(2251, f10, 0x55b4a355080d5566)
	CHECK_FLAGS(2252, 0x1)
	/* fnmsub.d 0x400b800000000000 0x3feb54028cc00462 0x3ebcf799a7a822b1 rm=rdn frm=None */
	li t0, 0x400b800000000000; fmv.d.x f11, t0; li t0, 0x3feb54028cc00462; fmv.d.x f12, t0; li t0, 0x3ebcf799a7a822b1; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rdn
	CHECK_F(2253, f10, 0xc0077c3149383687)
	CHECK_FLAGS(2254, 0x1)
	/* fnmsub.d 0x8006da7ec43f1472 0x413502a23ce56ece 0x7800000000000 rm=rdn frm=None */
	li t0, 0x8006da7ec43f1472; fmv.d.x f11, t0; li t0, 0x413502a23ce56ece; fmv.d.x f12, t0; li t0, 0x7800000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rdn
	CHECK_F(2255, f10, 0x141ffcf4f88ef87)
	CHECK_FLAGS(2256, 0x1)
	/* fnmsub.d 0x72ebc974cf30e08 0x413a9426cb2d25e9 0x72ebc974cf30e08 rm=rdn frm=None */
	li t0, 0x72ebc974cf30e08; fmv.d.x f11, t0; li t0, 0x413a9426cb2d25e9; fmv.d.x f12, t0; li t0, 0x72ebc974cf30e08; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rdn
	CHECK_F(2257, f10, 0x8879878777800df0)
	CHECK_FLAGS(2258, 0x1)
	/* fnmsub.d 0xc135000000000000 0x368102344f1ec009 0xc135000000000000 rm=rdn frm=None */
	li t0, 0xc135000000000000; fmv.d.x f11, t0; li t0, 0x368102344f1ec009; fmv.d.x f12, t0; li t0, 0xc135000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rdn
	CHECK_F(2259, f10, 0xc135000000000000)
	CHECK_FLAGS(2260, 0x1)
	/* fnmsub.d 0x1f000000000000 0x413e533b376f7442 0x1f000000000000 rm=rdn frm=None */
	li t0, 0x1f000000000000; fmv.d.x f11, t0; li t0, 0x413e533b376f7442; fmv.d.x f12, t0; li t0, 0x1f000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rdn
	CHECK_F(2261, f10, 0x816d60a065b3f8a0)
	CHECK_FLAGS(2262, 0x1)
	/* fnmsub.d 0xba8e542d01d99efa 0x800554d68af56e38 0xba8e542d01d99efa rm=rdn frm=None */
	li t0, 0xba8e542d01d99efa; fmv.d.x f11, t0; li t0, 0x800554d68af56e38; fmv.d.x f12, t0; li t0, 0xba8e542d01d99efa; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rdn
	CHECK_F(2263, f10, 0xba8e542d01d99efb)
	CHECK_FLAGS(2264, 0x1)
	/* fnmsub.d 0x11800000000000 0x40006d1390d9b442 0x11800000000000 rm=rdn frm=None */
	li t0, 0x11800000000000; fmv.d.x f11, t0; li t0, 0x40006d1390d9b442; fmv.d.x f12, t0; li t0, 0x11800000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rdn
	CHECK_F(2265, f10, 0x80126e9accdc3a51)
	CHECK_FLAGS(2266, 0x1)
	/* fnmsub.d 0x7fe8929270f3f64e 0x800200764adb7dd8 0x7fe8929270f3f64e rm=rdn frm=None */
	li t0, 0x7fe8929270f3f64e; fmv.d.x f11, t0; li t0, 0x800200764adb7dd8; fmv.d.x f12, t0; li t0, 0x7fe8929270f3f64e; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rdn
	CHECK_F(2267, f10, 0x7fe8929270f3f64e)
	CHECK_FLAGS(2268, 0x1)
	/* fnmsub.d 0xc384000000000000 0x413c5fccc9d3a6ee 0xc136a145b400aa85 rm=rup frm=None */
	li t0, 0xc384000000000000; fmv.d.x f11, t0; li t0, 0x413c5fccc9d3a6ee; fmv.d.x f12, t0; li t0, 0xc136a145b400aa85; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rup
	CHECK_F(2269, f10, 0x44d1bbdffe244855)
	CHECK_FLAGS(2270, 0x1)
	/* fnmsub.d 0x3fec5537b5af41f6 0xdf18a4d640445179 0x4006cbe767809d4f rm=rup frm=None */
	li t0, 0x3fec5537b5af41f6; fmv.d.x f11, t0; li t0, 0xdf18a4d640445179; fmv.d.x f12, t0; li t0, 0x4006cbe767809d4f; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rup
	CHECK_F(2271, f10, 0x5f15d1dc38920f54)
	CHECK_FLAGS(2272, 0x1)
	/* fnmsub.d 0xbf654f1cfb959da 0x3fe662d612b9424d 0x7fe69625347216b9 rm=rup frm=None */
	li t0, 0xbf654f1cfb959da; fmv.d.x f11, t0; li t0, 0x3fe662d612b9424d; fmv.d.x f12, t0; li t0, 0x7fe69625347216b9; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rup
	CHECK_F(2273, f10, 0x7fe69625347216b9)
	CHECK_FLAGS(2274, 0x1)
	/* fnmsub.d 0x3fe69cfab931a959 0x8020324c32923eff 0x80112b0185725ad3 rm=rup frm=None */
	li t0, 0x3fe69cfab931a959; fmv.d.x f11, t0; li t0, 0x8020324c32923eff; fmv.d.x f12, t0; li t0, 0x80112b0185725ad3; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rup
	CHECK_F(2275, f10, 0x5b90f74623a5f)
	CHECK_FLAGS(2276, 0x3)
	/* fnmsub.d 0x41344d1740df02f8 0x2c800000000000 0xc0062f4a92eca5c5 rm=rup frm=None */
	li t0, 0x41344d1740df02f8; fmv.d.x f11, t0; li t0, 0x2c800000000000; fmv.d.x f12, t0; li t0, 0xc0062f4a92eca5c5; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rup
	CHECK_F(2277, f10, 0xc0062f4a92eca5c5)
	CHECK_FLAGS(2278, 0x1)
	/* fnmsub.d 0x3ebfb8eea3eda995 0x7fe3ec619e41be10 0x1ea6f44552d631 rm=rup frm=None */
	li t0, 0x3ebfb8eea3eda995; fmv.d.x f11, t0; li t0, 0x7fe3ec619e41be10; fmv.d.x f12, t0; li t0, 0x1ea6f44552d631; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rup
	CHECK_F(2279, f10, 0xfeb3c02256c3bcb3)
	CHECK_FLAGS(2280, 0x1)
	/* fnmsub.d 0x801d79f55f711f98 0x9c7132d2a81c0d23 0x40041f2ec5d44c13 rm=rup frm=None */
	li t0, 0x801d79f55f711f98; fmv.d.x f11, t0; li t0, 0x9c7132d2a81c0d23; fmv.d.x f12, t0; li t0, 0x40041f2ec5d44c13; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rup
	CHECK_F(2281, f10, 0x40041f2ec5d44c13)
	CHECK_FLAGS(2282, 0x1)
	/* fnmsub.d 0xbfe1000000000000 0x1cb366c8c9a11b 0x801b30b8db46ccf2 rm=rup frm=None */
	li t0, 0xbfe1000000000000; fmv.d.x f11, t0; li t0, 0x1cb366c8c9a11b; fmv.d.x f12, t0; li t0, 0x801b30b8db46ccf2; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rup
	CHECK_F(2283, f10, 0x800bf16a409baf5b)
	CHECK_FLAGS(2284, 0x3)
	/* fnmsub.d 0xc008f1df30a0572d 0xbfe40a8495b21921 0x400a33ca4a894824 rm=rup frm=None */
	li t0, 0xc008f1df30a0572d; fmv.d.x f11, t0; li t0, 0xbfe40a8495b21921; fmv.d.x f12, t0; li t0, 0x400a33ca4a894824; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rup
	CHECK_F(2285, f10, 0x3ff528d7b7f8557a)
	CHECK_FLAGS(2286, 0x1)
	/* fnmsub.d 0x3ff5480b0134031f 0x174e23941fedb6b1 0xbeb41d1c2a254f1d rm=rup frm=None */
	li t0, 0x3ff5480b0134031f; fmv.d.x f11, t0; li t0, 0x174e23941fedb6b1; fmv.d.x f12, t0; li t0, 0xbeb41d1c2a254f1d; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rup
	CHECK_F(2287, f10, 0xbeb41d1c2a254f1d)
	CHECK_FLAGS(2288, 0x1)
	/* fnmsub.d 0xc00a000000000000 0x7feaaf11fdd57139 0xc00dc74fbf039c90 rm=rup frm=None */
	li t0, 0xc00a000000000000; fmv.d.x f11, t0; li t0, 0x7feaaf11fdd57139; fmv.d.x f12, t0; li t0, 0xc00dc74fbf039c90; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rup
	CHECK_F(2289, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2290, 0x5)
	/* fnmsub.d 0xc139c60a22931c98 0x5ab41ccc37e4249a 0x3fe631cf9ec57d7c rm=rup frm=None */
	li t0, 0xc139c60a22931c98; fmv.d.x f11, t0; li t0, 0x5ab41ccc37e4249a; fmv.d.x f12, t0; li t0, 0x3fe631cf9ec57d7c; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rup
	CHECK_F(2291, f10, 0x5c0032f819fef0f1)
	CHECK_FLAGS(2292, 0x1)
	/* fnmsub.d 0xbfe2f3b0a6920c0f 0x54f7737906e0890a 0xbfe2f3b0a6920c0f rm=rup frm=None */
	li t0, 0xbfe2f3b0a6920c0f; fmv.d.x f11, t0; li t0, 0x54f7737906e0890a; fmv.d.x f12, t0; li t0, 0xbfe2f3b0a6920c0f; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rup
	CHECK_F(2293, f10, 0x54ebc714d02c6ef7)
	CHECK_FLAGS(2294, 0x1)
	/* fnmsub.d 0x513ae53339b366e0 0xb9cfc1ae50ea3 0x513ae53339b366e0 rm=rup frm=None */
	li t0, 0x513ae53339b366e0; fmv.d.x f11, t0; li t0, 0xb9cfc1ae50ea3; fmv.d.x f12, t0; li t0, 0x513ae53339b366e0; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rup
	CHECK_F(2295, f10, 0x513ae53339b366e0)
	CHECK_FLAGS(2296, 0x1)
	/* fnmsub.d 0x14800000000000 0x2b44bebdc28792 0x14800000000000 rm=rup frm=None */
	li t0, 0x14800000000000; fmv.d.x f11, t0; li t0, 0x2b44bebdc28792; fmv.d.x f12, t0; li t0, 0x14800000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rup
	CHECK_F(2297, f10, 0x14800000000000)
	CHECK_FLAGS(2298, 0x1)
	/* fnmsub.d 0xc00ff09954f7d2a9 0xbeb20cb0f835db00 0xc00ff09954f7d2a9 rm=rup frm=None */
	li t0, 0xc00ff09954f7d2a9; fmv.d.x f11, t0; li t0, 0xbeb20cb0f835db00; fmv.d.x f12, t0; li t0, 0xc00ff09954f7d2a9; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rup
	CHECK_F(2299, f10, 0xc00ff09b9577f633)
	CHECK_FLAGS(2300, 0x1)
	/* fnmsub.d 0xc9c6000000000000 0x2d33f1f6106516 0xc9c6000000000000 rm=rup frm=None */
	li t0, 0xc9c6000000000000; fmv.d.x f11, t0; li t0, 0x2d33f1f6106516; fmv.d.x f12, t0; li t0, 0xc9c6000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rup
	CHECK_F(2301, f10, 0xc9c5ffffffffffff)
	CHECK_FLAGS(2302, 0x1)
	/* fnmsub.d 0x3fe5800000000000 0xb3c0800000000000 0x3fe5800000000000 rm=rup frm=None */
	li t0, 0x3fe5800000000000; fmv.d.x f11, t0; li t0, 0xb3c0800000000000; fmv.d.x f12, t0; li t0, 0x3fe5800000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rup
	CHECK_F(2303, f10, 0x3fe5800000000001)
	CHECK_FLAGS(2304, 0x1)
	/* fnmsub.d 0xc130000000000000 0xc0002c63d74edd91 0x40079ea9622171ff rm=rmm frm=None */
	li t0, 0xc130000000000000; fmv.d.x f11, t0; li t0, 0xc0002c63d74edd91; fmv.d.x f12, t0; li t0, 0x40079ea9622171ff; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rmm
	CHECK_F(2305, f10, 0xc1402c625d64476f)
	CHECK_FLAGS(2306, 0x1)
	/* fnmsub.d 0x7febc9db6619767f 0xbfec000000000000 0x400b000000000000 rm=rmm frm=None */
	li t0, 0x7febc9db6619767f; fmv.d.x f11, t0; li t0, 0xbfec000000000000; fmv.d.x f12, t0; li t0, 0x400b000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rmm
	CHECK_F(2307, f10, 0x7fe8509ff95647af)
	CHECK_FLAGS(2308, 0x1)
	/* fnmsub.d 0xc4bb1a41ca6a1 0x5fc2907e1bc8a134 0x3ff1000000000000 rm=rmm frm=None */
	li t0, 0xc4bb1a41ca6a1; fmv.d.x f11, t0; li t0, 0x5fc2907e1bc8a134; fmv.d.x f12, t0; li t0, 0x3ff1000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rmm
	CHECK_F(2309, f10, 0x3ff1000000000000)
	CHECK_FLAGS(2310, 0x1)
	/* fnmsub.d 0x3ffa5766284833d3 0x3ff1e232dcd74197 0x2a5930502c5ad2 rm=rmm frm=None */
	li t0, 0x3ffa5766284833d3; fmv.d.x f11, t0; li t0, 0x3ff1e232dcd74197; fmv.d.x f12, t0; li t0, 0x2a5930502c5ad2; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rmm
	CHECK_F(2311, f10, 0xbffd7142ca790fe0)
	CHECK_FLAGS(2312, 0x1)
	/* fnmsub.d 0x8027e1b85bd68d8b 0x2dc7f1916b4c1c4a 0xbfe559ba2bfd7882 rm=rmm frm=None */
	li t0, 0x8027e1b85bd68d8b; fmv.d.x f11, t0; li t0, 0x2dc7f1916b4c1c4a; fmv.d.x f12, t0; li t0, 0xbfe559ba2bfd7882; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rmm
	CHECK_F(2313, f10, 0xbfe559ba2bfd7882)
	CHECK_FLAGS(2314, 0x1)
	/* fnmsub.d 0x4133000000000000 0x3ffef9c736dd7320 0x800a800000000000 rm=rmm frm=None */
	li t0, 0x4133000000000000; fmv.d.x f11, t0; li t0, 0x3ffef9c736dd7320; fmv.d.x f12, t0; li t0, 0x800a800000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rmm
	CHECK_F(2315, f10, 0xc142644e48937c5b)
	CHECK_FLAGS(2316, 0x1)
	/* fnmsub.d 0x3ff5c8e21b64b6a8 0x84e6000000000000 0xa5e8028b26edb409 rm=rmm frm=None */
	li t0, 0x3ff5c8e21b64b6a8; fmv.d.x f11, t0; li t0, 0x84e6000000000000; fmv.d.x f12, t0; li t0, 0xa5e8028b26edb409; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rmm
	CHECK_F(2317, f10, 0xa5e8028b26edb409)
	CHECK_FLAGS(2318, 0x1)
	/* fnmsub.d 0xa800000000000 0xffe3bff52b397316 0x80033d2419592d05 rm=rmm frm=None */
	li t0, 0xa800000000000; fmv.d.x f11, t0; li t0, 0xffe3bff52b397316; fmv.d.x f12, t0; li t0, 0x80033d2419592d05; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rmm
	CHECK_F(2319, f10, 0x3ff9ebf1c8bb670d)
	CHECK_FLAGS(2320, 0x1)
	/* fnmsub.d 0x80005e5f161c18dc 0x3fff7e86dab3d903 0x25800000000000 rm=rmm frm=None */
	li t0, 0x80005e5f161c18dc; fmv.d.x f11, t0; li t0, 0x3fff7e86dab3d903; fmv.d.x f12, t0; li t0, 0x25800000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rmm
	CHECK_F(2321, f10, 0x25dce141856d77)
	CHECK_FLAGS(2322, 0x1)
	/* fnmsub.d 0x802b800000000000 0xb30bcc0af65bb51a 0x4c72db4aa2d3c958 rm=rmm frm=None */
	li t0, 0x802b800000000000; fmv.d.x f11, t0; li t0, 0xb30bcc0af65bb51a; fmv.d.x f12, t0; li t0, 0x4c72db4aa2d3c958; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rmm
	CHECK_F(2323, f10, 0x4c72db4aa2d3c958)
	CHECK_FLAGS(2324, 0x1)
	/* fnmsub.d 0x24c7f02242dccf 0xbfe62ea561bb724a 0xc138800000000000 rm=rmm frm=None */
	li t0, 0x24c7f02242dccf; fmv.d.x f11, t0; li t0, 0xbfe62ea561bb724a; fmv.d.x f12, t0; li t0, 0xc138800000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rmm
	CHECK_F(2325, f10, 0xc138800000000000)
	CHECK_FLAGS(2326, 0x1)
	/* fnmsub.d 0xbff0598228ecd889 0xbffb000000000000 0x3ff197ec8bae5498 rm=rmm frm=None */
	li t0, 0xbff0598228ecd889; fmv.d.x f11, t0; li t0, 0xbffb000000000000; fmv.d.x f12, t0; li t0, 0x3ff197ec8bae5498; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rmm
	CHECK_F(2327, f10, 0xbfe3fe3e32c2b19e)
	CHECK_FLAGS(2328, 0x1)
	/* fnmsub.d 0x3eb2800000000000 0xbeb3000000000000 0x3eb2800000000000 rm=rmm frm=None */
	li t0, 0x3eb2800000000000; fmv.d.x f11, t0; li t0, 0xbeb3000000000000; fmv.d.x f12, t0; li t0, 0x3eb2800000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rmm
	CHECK_F(2329, f10, 0x3eb280015f800000)
	CHECK_FLAGS(2330, 0x0)
	/* fnmsub.d 0x2b0545058bba75a1 0x3feffa16d27e9545 0x2b0545058bba75a1 rm=rmm frm=None */
	li t0, 0x2b0545058bba75a1; fmv.d.x f11, t0; li t0, 0x3feffa16d27e9545; fmv.d.x f12, t0; li t0, 0x2b0545058bba75a1; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rmm
	CHECK_F(2331, f10, 0x2a5f6e2d6a5c1e87)
	CHECK_FLAGS(2332, 0x1)
	/* fnmsub.d 0x3ff5b102675226da 0xbfff000000000000 0x3ff5b102675226da rm=rmm frm=None */
	li t0, 0x3ff5b102675226da; fmv.d.x f11, t0; li t0, 0xbfff000000000000; fmv.d.x f12, t0; li t0, 0x3ff5b102675226da; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rmm
	CHECK_F(2333, f10, 0x400fdbfb87c0a910)
	CHECK_FLAGS(2334, 0x1)
	/* fnmsub.d 0x80084c6d80fb7640 0x130f429a39c87e 0x80084c6d80fb7640 rm=rmm frm=None */
	li t0, 0x80084c6d80fb7640; fmv.d.x f11, t0; li t0, 0x130f429a39c87e; fmv.d.x f12, t0; li t0, 0x80084c6d80fb7640; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rmm
	CHECK_F(2335, f10, 0x80084c6d80fb7640)
	CHECK_FLAGS(2336, 0x3)
	/* fnmsub.d 0x801a000000000000 0x1eb9e0dcbc93b9a3 0x801a000000000000 rm=rmm frm=None */
	li t0, 0x801a000000000000; fmv.d.x f11, t0; li t0, 0x1eb9e0dcbc93b9a3; fmv.d.x f12, t0; li t0, 0x801a000000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rmm
	CHECK_F(2337, f10, 0x801a000000000000)
	CHECK_FLAGS(2338, 0x1)
	/* fnmsub.d 0x95f800000000000 0x1b000000000000 0x95f800000000000 rm=rmm frm=None */
	li t0, 0x95f800000000000; fmv.d.x f11, t0; li t0, 0x1b000000000000; fmv.d.x f12, t0; li t0, 0x95f800000000000; fmv.d.x f13, t0; fnmsub.d f10, f11, f12, f13, rmm
	CHECK_F(2339, f10, 0x95f800000000000)
	CHECK_FLAGS(2340, 0x1)
	/* fnmsub.d 0xc13a8d52e2a04c2d 0x400be10f06bcb925 0xc005845b669f3f5a rm=None frm=0 */
	li t0, 0xc13a8d52e2a04c2d; fmv.d.x f11, t0; li t0, 0x400be10f06bcb925; fmv.d.x f12, t0; li t0, 0xc005845b669f3f5a; fmv.d.x f13, t0; fsrmi 0; fnmsub.d f10, f11, f12, f13
	CHECK_F(2341, f10, 0x415721fb69b3cdd5)
	CHECK_FLAGS(2342, 0x1)
	/* fnmsub.d 0x916b81c5f9ec0d79 0x4137000000000000 0x29800000000000 rm=None frm=0 */
	li t0, 0x916b81c5f9ec0d79; fmv.d.x f11, t0; li t0, 0x4137000000000000; fmv.d.x f12, t0; li t0, 0x29800000000000; fmv.d.x f13, t0; fsrmi 0; fnmsub.d f10, f11, f12, f13
	CHECK_F(2343, f10, 0x12b3c5464ba1a9af)
	CHECK_FLAGS(2344, 0x1)
	/* fnmsub.d 0x41396b8ece9c4723 0x93281ed085375 0xffe62ad45a6e5b12 rm=None frm=0 */
	li t0, 0x41396b8ece9c4723; fmv.d.x f11, t0; li t0, 0x93281ed085375; fmv.d.x f12, t0; li t0, 0xffe62ad45a6e5b12; fmv.d.x f13, t0; fsrmi 0; fnmsub.d f10, f11, f12, f13
	CHECK_F(2345, f10, 0xffe62ad45a6e5b12)
	CHECK_FLAGS(2346, 0x1)
	/* fnmsub.d 0x400370dea5cb6b13 0xffe3000000000000 0x4e04e58391a042d rm=None frm=0 */
	li t0, 0x400370dea5cb6b13; fmv.d.x f11, t0; li t0, 0xffe3000000000000; fmv.d.x f12, t0; li t0, 0x4e04e58391a042d; fmv.d.x f13, t0; fsrmi 0; fnmsub.d f10, f11, f12, f13
	CHECK_F(2347, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2348, 0x5)
	/* fnmsub.d 0x800795bd58a14a8c 0x8006687f0ad5c8fc 0x2a4328783ad7d01c rm=None frm=1 */
	li t0, 0x800795bd58a14a8c; fmv.d.x f11, t0; li t0, 0x8006687f0ad5c8fc; fmv.d.x f12, t0; li t0, 0x2a4328783ad7d01c; fmv.d.x f13, t0; fsrmi 1; fnmsub.d f10, f11, f12, f13
	CHECK_F(2349, f10, 0x2a4328783ad7d01b)
	CHECK_FLAGS(2350, 0x1)
	/* fnmsub.d 0x59d95c4ba4a7568f 0x231b9712c166fd 0xc0091ad25ea652d6 rm=None frm=1 */
	li t0, 0x59d95c4ba4a7568f; fmv.d.x f11, t0; li t0, 0x231b9712c166fd; fmv.d.x f12, t0; li t0, 0xc0091ad25ea652d6; fmv.d.x f13, t0; fsrmi 1; fnmsub.d f10, f11, f12, f13
	CHECK_F(2351, f10, 0xc0091ad25ea652d6)
	CHECK_FLAGS(2352, 0x1)
	/* fnmsub.d 0xa000000000000 0x3fe4000000000000 0x8020276061253940 rm=None frm=1 */
	li t0, 0xa000000000000; fmv.d.x f11, t0; li t0, 0x3fe4000000000000; fmv.d.x f12, t0; li t0, 0x8020276061253940; fmv.d.x f13, t0; fsrmi 1; fnmsub.d f10, f11, f12, f13
	CHECK_F(2353, f10, 0x8023476061253940)
	CHECK_FLAGS(2354, 0x0)
	/* fnmsub.d 0x3ff6de84b929ff1a 0xc55a000000000000 0x28a453bd27fe2d03 rm=None frm=1 */
	li t0, 0x3ff6de84b929ff1a; fmv.d.x f11, t0; li t0, 0xc55a000000000000; fmv.d.x f12, t0; li t0, 0x28a453bd27fe2d03; fmv.d.x f13, t0; fsrmi 1; fnmsub.d f10, f11, f12, f13
	CHECK_F(2355, f10, 0x456294cbd6721f45)
	CHECK_FLAGS(2356, 0x1)
	/* fnmsub.d 0xc130babcf5281ac6 0x3ff1509c5a136797 0x8008fe3909074bcb rm=None frm=2 */
	li t0, 0xc130babcf5281ac6; fmv.d.x f11, t0; li t0, 0x3ff1509c5a136797; fmv.d.x f12, t0; li t0, 0x8008fe3909074bcb; fmv.d.x f13, t0; fsrmi 2; fnmsub.d f10, f11, f12, f13
	CHECK_F(2357, f10, 0x41321ab1f0256c32)
	CHECK_FLAGS(2358, 0x1)
	/* fnmsub.d 0x8015000000000000 0x4007c351b7012c47 0x150c0835bd1cbd rm=None frm=2 */
	li t0, 0x8015000000000000; fmv.d.x f11, t0; li t0, 0x4007c351b7012c47; fmv.d.x f12, t0; li t0, 0x150c0835bd1cbd; fmv.d.x f13, t0; fsrmi 2; fnmsub.d f10, f11, f12, f13
	CHECK_F(2359, f10, 0x34db2fad880c3d)
	CHECK_FLAGS(2360, 0x1)
	/* fnmsub.d 0x7fe2800000000000 0x9134800000000000 0xffe4ecfb77a9aa40 rm=None frm=2 */
	li t0, 0x7fe2800000000000; fmv.d.x f11, t0; li t0, 0x9134800000000000; fmv.d.x f12, t0; li t0, 0xffe4ecfb77a9aa40; fmv.d.x f13, t0; fsrmi 2; fnmsub.d f10, f11, f12, f13
	CHECK_F(2361, f10, 0xffe4ecfb77a9aa40)
	CHECK_FLAGS(2362, 0x1)
	/* fnmsub.d 0xbebe576089cb7a4e 0x9206993a8d9eb7c8 0x3ebf800000000000 rm=None frm=2 */
	li t0, 0xbebe576089cb7a4e; fmv.d.x f11, t0; li t0, 0x9206993a8d9eb7c8; fmv.d.x f12, t0; li t0, 0x3ebf800000000000; fmv.d.x f13, t0; fsrmi 2; fnmsub.d f10, f11, f12, f13
	CHECK_F(2363, f10, 0x3ebf7fffffffffff)
	CHECK_FLAGS(2364, 0x1)
	/* fnmsub.d 0x886192c0a0461f5e 0xbfe1c0c8a5753a6d 0x8012800000000000 rm=None frm=3 */
	li t0, 0x886192c0a0461f5e; fmv.d.x f11, t0; li t0, 0xbfe1c0c8a5753a6d; fmv.d.x f12, t0; li t0, 0x8012800000000000; fmv.d.x f13, t0; fsrmi 3; fnmsub.d f10, f11, f12, f13
	CHECK_F(2365, f10, 0x88537faa11efc1f9)
	CHECK_FLAGS(2366, 0x1)
	/* fnmsub.d 0xbfedbb42f75dfe09 0xc001782650c67989 0xc005327a57c43123 rm=None frm=3 */
	li t0, 0xbfedbb42f75dfe09; fmv.d.x f11, t0; li t0, 0xc001782650c67989; fmv.d.x f12, t0; li t0, 0xc005327a57c43123; fmv.d.x f13, t0; fsrmi 3; fnmsub.d f10, f11, f12, f13
	CHECK_F(2367, f10, 0xc012b6cbdfdceaaa)
	CHECK_FLAGS(2368, 0x1)
	/* fnmsub.d 0x80041ca10e567f7a 0x8007b09391840312 0x802e178d6d4e85a4 rm=None frm=3 */
	li t0, 0x80041ca10e567f7a; fmv.d.x f11, t0; li t0, 0x8007b09391840312; fmv.d.x f12, t0; li t0, 0x802e178d6d4e85a4; fmv.d.x f13, t0; fsrmi 3; fnmsub.d f10, f11, f12, f13
	CHECK_F(2369, f10, 0x802e178d6d4e85a4)
	CHECK_FLAGS(2370, 0x1)
	/* fnmsub.d 0x1c1d2855bdb5312d 0xbffe6acff56cc652 0xc763800000000000 rm=None frm=3 */
	li t0, 0x1c1d2855bdb5312d; fmv.d.x f11, t0; li t0, 0xbffe6acff56cc652; fmv.d.x f12, t0; li t0, 0xc763800000000000; fmv.d.x f13, t0; fsrmi 3; fnmsub.d f10, f11, f12, f13
	CHECK_F(2371, f10, 0xc7637fffffffffff)
	CHECK_FLAGS(2372, 0x1)
	/* fnmsub.d 0x413911209de4f722 0x2e6b5af570549 0xffe4800000000000 rm=None frm=4 */
	li t0, 0x413911209de4f722; fmv.d.x f11, t0; li t0, 0x2e6b5af570549; fmv.d.x f12, t0; li t0, 0xffe4800000000000; fmv.d.x f13, t0; fsrmi 4; fnmsub.d f10, f11, f12, f13
	CHECK_F(2373, f10, 0xffe4800000000000)
	CHECK_FLAGS(2374, 0x1)
	/* fnmsub.d 0xc00604aa4a6c0f7e 0x3ffef7a6778059b7 0xffefb3c416d39ce3 rm=None frm=4 */
	li t0, 0xc00604aa4a6c0f7e; fmv.d.x f11, t0; li t0, 0x3ffef7a6778059b7; fmv.d.x f12, t0; li t0, 0xffefb3c416d39ce3; fmv.d.x f13, t0; fsrmi 4; fnmsub.d f10, f11, f12, f13
	CHECK_F(2375, f10, 0xffefb3c416d39ce3)
	CHECK_FLAGS(2376, 0x1)
	/* fnmsub.d 0x91307961fdc10e00 0xbffa000000000000 0x800dee62a3136a54 rm=None frm=4 */
	li t0, 0x91307961fdc10e00; fmv.d.x f11, t0; li t0, 0xbffa000000000000; fmv.d.x f12, t0; li t0, 0x800dee62a3136a54; fmv.d.x f13, t0; fsrmi 4; fnmsub.d f10, f11, f12, f13
	CHECK_F(2377, f10, 0x913ac53f3c59b6c0)
	CHECK_FLAGS(2378, 0x1)
	/* fnmsub.d 0x3ff4062a9f0d0de4 0x14e9730dd62cab 0xc001b3dd8e06dc5b rm=None frm=4 */
	li t0, 0x3ff4062a9f0d0de4; fmv.d.x f11, t0; li t0, 0x14e9730dd62cab; fmv.d.x f12, t0; li t0, 0xc001b3dd8e06dc5b; fmv.d.x f13, t0; fsrmi 4; fnmsub.d f10, f11, f12, f13
	CHECK_F(2379, f10, 0xc001b3dd8e06dc5b)
	CHECK_FLAGS(2380, 0x1)
	/* fnmadd.d 0x0 0xfff8000000001234 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2381, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2382, 0x10)
	/* fnmadd.d 0x7fefffffffffffff 0x7fefffffffffffff 0x8000000000000000 rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; li t0, 0x8000000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2383, f10, 0xfff0000000000000)
	CHECK_FLAGS(2384, 0x5)
	/* fnmadd.d 0x4004000000000000 0x0 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; li t0, 0xfff0000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2385, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2386, 0x0)
	/* fnmadd.d 0x7ff0000000000000 0x7fefffffffffffff 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2387, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2388, 0x10)
	/* fnmadd.d 0x7ff8000000000000 0x7ff0000000000001 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000001; fmv.d.x f12, t0; li t0, 0x7fefffffffffffff; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2389, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2390, 0x10)
	/* fnmadd.d 0x3fe0000000000000 0xfff8000000001234 0xc004000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; li t0, 0xc004000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2391, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2392, 0x0)
	/* fnmadd.d 0x3ff8000000000000 0x0 0x0 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; li t0, 0x0; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2393, f10, 0x8000000000000000)
	CHECK_FLAGS(2394, 0x0)
	/* fnmadd.d 0x3fe0000000000000 0xfff8000000001234 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; li t0, 0xbff0000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2395, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2396, 0x0)
	/* fnmadd.d 0x3ff8000000000000 0x3ff8000000000000 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0x3ff8000000000000; fmv.d.x f12, t0; li t0, 0x3fe0000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2397, f10, 0xc006000000000000)
	CHECK_FLAGS(2398, 0x0)
	/* fnmadd.d 0x7ff8000000000000 0xbfe0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbfe0000000000000; fmv.d.x f12, t0; li t0, 0xfff0000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2399, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2400, 0x0)
	/* fnmadd.d 0x4004000000000000 0x7ff8000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; li t0, 0xfff8000000001234; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2401, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2402, 0x0)
	/* fnmadd.d 0xbfe0000000000000 0x7ff0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; li t0, 0xbff0000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2403, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2404, 0x0)
	/* fnmadd.d 0x3ff8000000000000 0x3ff0000000000000 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2405, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2406, 0x10)
	/* fnmadd.d 0x7ff0000000000000 0x8000000000000000 0x0 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x8000000000000000; fmv.d.x f12, t0; li t0, 0x0; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2407, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2408, 0x10)
	/* fnmadd.d 0x3fe0000000000000 0xbff0000000000000 0x4004000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; li t0, 0x4004000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2409, f10, 0xc000000000000000)
	CHECK_FLAGS(2410, 0x0)
	/* fnmadd.d 0xfff0000000000000 0x7ff8000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; li t0, 0xc004000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2411, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2412, 0x0)
	/* fnmadd.d 0x0 0x3fe0000000000000 0x7ff0000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; li t0, 0x7ff0000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2413, f10, 0xfff0000000000000)
	CHECK_FLAGS(2414, 0x0)
	/* fnmadd.d 0xfff8000000001234 0x4004000000000000 0x0 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x4004000000000000; fmv.d.x f12, t0; li t0, 0x0; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2415, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2416, 0x0)
	/* fnmadd.d 0xbfe0000000000000 0x8000000000000000 0x7ff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x8000000000000000; fmv.d.x f12, t0; li t0, 0x7ff0000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2417, f10, 0xfff0000000000000)
	CHECK_FLAGS(2418, 0x0)
	/* fnmadd.d 0x7ff0000000000001 0xc004000000000000 0x7ff8000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; li t0, 0x7ff8000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2419, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2420, 0x10)
	/* fnmadd.d 0xbff0000000000000 0x7ff0000000000001 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000001; fmv.d.x f12, t0; li t0, 0xfff0000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2421, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2422, 0x10)
	/* fnmadd.d 0xbfe0000000000000 0xfff8000000001234 0xc004000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; li t0, 0xc004000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2423, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2424, 0x0)
	/* fnmadd.d 0x8000000000000000 0x7ff8000000000000 0x0 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; li t0, 0x0; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2425, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2426, 0x0)
	/* fnmadd.d 0x3fe0000000000000 0x8000000000000000 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; li t0, 0x8000000000000000; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2427, f10, 0xbff0000000000000)
	CHECK_FLAGS(2428, 0x0)
	/* fnmadd.d 0x7ff0000000000000 0x3fe0000000000000 0x7ff8000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; li t0, 0x7ff8000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2429, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2430, 0x0)
	/* fnmadd.d 0x8000000000000000 0x4004000000000000 0x4004000000000000 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x4004000000000000; fmv.d.x f12, t0; li t0, 0x4004000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2431, f10, 0xc004000000000000)
	CHECK_FLAGS(2432, 0x0)
	/* fnmadd.d 0x3ff0000000000000 0xfff0000000000000 0x4004000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; li t0, 0x4004000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2433, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2434, 0x0)
	/* fnmadd.d 0x8000000000000000 0xfff0000000000000 0x4004000000000000 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; li t0, 0x4004000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2435, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2436, 0x10)
	/* fnmadd.d 0x7ff0000000000001 0x0 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; li t0, 0xfff0000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2437, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2438, 0x10)
	/* fnmadd.d 0x4004000000000000 0x0 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; li t0, 0x3fe0000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2439, f10, 0xbfe0000000000000)
	CHECK_FLAGS(2440, 0x0)
	/* fnmadd.d 0x4004000000000000 0x3fe0000000000000 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; li t0, 0x3ff8000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2441, f10, 0xc006000000000000)
	CHECK_FLAGS(2442, 0x0)
	/* fnmadd.d 0x3fe0000000000000 0xc004000000000000 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; li t0, 0xbfe0000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2443, f10, 0x3ffc000000000000)
	CHECK_FLAGS(2444, 0x0)
	/* fnmadd.d 0x8000000000000000 0x3fe0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; li t0, 0xfff8000000001234; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2445, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2446, 0x0)
	/* fnmadd.d 0x7fefffffffffffff 0xfff8000000001234 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2447, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2448, 0x10)
	/* fnmadd.d 0xfff8000000001234 0xbff0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; li t0, 0xfff0000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2449, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2450, 0x0)
	/* fnmadd.d 0x4004000000000000 0x8000000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; li t0, 0x8000000000000000; fmv.d.x f12, t0; li t0, 0xfff0000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2451, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2452, 0x0)
	/* fnmadd.d 0x7fefffffffffffff 0x3fe0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; li t0, 0xbff0000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2453, f10, 0xffdfffffffffffff)
	CHECK_FLAGS(2454, 0x1)
	/* fnmadd.d 0x7ff0000000000000 0x7ff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; li t0, 0x7fefffffffffffff; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2455, f10, 0xfff0000000000000)
	CHECK_FLAGS(2456, 0x0)
	/* fnmadd.d 0xbff0000000000000 0x4004000000000000 0x0 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x4004000000000000; fmv.d.x f12, t0; li t0, 0x0; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2457, f10, 0x4004000000000000)
	CHECK_FLAGS(2458, 0x0)
	/* fnmadd.d 0x7ff8000000000000 0x8000000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x8000000000000000; fmv.d.x f12, t0; li t0, 0xfff0000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2459, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2460, 0x0)
	/* fnmadd.d 0x7fefffffffffffff 0x0 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; li t0, 0xbfe0000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2461, f10, 0x3fe0000000000000)
	CHECK_FLAGS(2462, 0x0)
	/* fnmadd.d 0x8000000000000000 0x7fefffffffffffff 0xc004000000000000 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; li t0, 0xc004000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2463, f10, 0x4004000000000000)
	CHECK_FLAGS(2464, 0x0)
	/* fnmadd.d 0x7ff0000000000000 0x3ff8000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff8000000000000; fmv.d.x f12, t0; li t0, 0xc004000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2465, f10, 0xfff0000000000000)
	CHECK_FLAGS(2466, 0x0)
	/* fnmadd.d 0x8000000000000000 0x7fefffffffffffff 0xc004000000000000 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; li t0, 0xc004000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2467, f10, 0x4004000000000000)
	CHECK_FLAGS(2468, 0x0)
	/* fnmadd.d 0xfff0000000000000 0x3ff8000000000000 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff8000000000000; fmv.d.x f12, t0; li t0, 0x3ff8000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2469, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2470, 0x0)
	/* fnmadd.d 0x4004000000000000 0x7ff8000000000000 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; li t0, 0x3ff8000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2471, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2472, 0x0)
	/* fnmadd.d 0x3ff8000000000000 0x7ff0000000000001 0xc004000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000001; fmv.d.x f12, t0; li t0, 0xc004000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2473, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2474, 0x10)
	/* fnmadd.d 0x7ff8000000000000 0x8000000000000000 0x7ff0000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x8000000000000000; fmv.d.x f12, t0; li t0, 0x7ff0000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2475, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2476, 0x0)
	/* fnmadd.d 0x7ff0000000000000 0x3ff0000000000000 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x3ff8000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2477, f10, 0xfff0000000000000)
	CHECK_FLAGS(2478, 0x0)
	/* fnmadd.d 0x7fefffffffffffff 0xfff0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; li t0, 0xfff0000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2479, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2480, 0x0)
	/* fnmadd.d 0x8000000000000000 0x3ff0000000000000 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2481, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2482, 0x10)
	/* fnmadd.d 0x4004000000000000 0x3ff0000000000000 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2483, f10, 0xc00c000000000000)
	CHECK_FLAGS(2484, 0x0)
	/* fnmadd.d 0x3fe0000000000000 0x7fefffffffffffff 0x0 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; li t0, 0x0; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2485, f10, 0xffdfffffffffffff)
	CHECK_FLAGS(2486, 0x0)
	/* fnmadd.d 0xbfe0000000000000 0x7fefffffffffffff 0xc004000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; li t0, 0xc004000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2487, f10, 0x7fdfffffffffffff)
	CHECK_FLAGS(2488, 0x1)
	/* fnmadd.d 0x3ff8000000000000 0xc004000000000000 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; li t0, 0x3fe0000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2489, f10, 0x400a000000000000)
	CHECK_FLAGS(2490, 0x0)
	/* fnmadd.d 0x3ff8000000000000 0xc004000000000000 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; li t0, 0xbfe0000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2491, f10, 0x4011000000000000)
	CHECK_FLAGS(2492, 0x0)
	/* fnmadd.d 0xbff0000000000000 0x3ff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x7fefffffffffffff; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2493, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2494, 0x1)
	/* fnmadd.d 0x7ff0000000000001 0x7ff0000000000000 0x4004000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; li t0, 0x4004000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2495, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2496, 0x10)
	/* fnmadd.d 0x3fe0000000000000 0xfff0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; li t0, 0xfff8000000001234; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2497, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2498, 0x0)
	/* fnmadd.d 0xfff0000000000000 0x8000000000000000 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x8000000000000000; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2499, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2500, 0x10)
	/* fnmadd.d 0xbfec800000000000 0x39d4800000000000 0x3fe90cb5f05a9c65 rm=rne frm=None */
	li t0, 0xbfec800000000000; fmv.d.x f11, t0; li t0, 0x39d4800000000000; fmv.d.x f12, t0; li t0, 0x3fe90cb5f05a9c65; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2501, f10, 0xbfe90cb5f05a9c65)
	CHECK_FLAGS(2502, 0x1)
	/* fnmadd.d 0x8f9fa4664c1ecb83 0xbeb493dc70adc990 0x3fee000000000000 rm=rne frm=None */
	li t0, 0x8f9fa4664c1ecb83; fmv.d.x f11, t0; li t0, 0xbeb493dc70adc990; fmv.d.x f12, t0; li t0, 0x3fee000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2503, f10, 0xbfee000000000000)
	CHECK_FLAGS(2504, 0x1)
	/* fnmadd.d 0xc006000000000000 0xad9b800000000000 0x5096000000000000 rm=rne frm=None */
	li t0, 0xc006000000000000; fmv.d.x f11, t0; li t0, 0xad9b800000000000; fmv.d.x f12, t0; li t0, 0x5096000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2505, f10, 0xd096000000000000)
	CHECK_FLAGS(2506, 0x1)
	/* fnmadd.d 0x22800000000000 0x4b2a000000000000 0x3ff7000000000000 rm=rne frm=None */
	li t0, 0x22800000000000; fmv.d.x f11, t0; li t0, 0x4b2a000000000000; fmv.d.x f12, t0; li t0, 0x3ff7000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2507, f10, 0xbff7000000000000)
	CHECK_FLAGS(2508, 0x1)
	/* fnmadd.d 0x8017000000000000 0x2e38000000000000 0xc0050140228ed5ae rm=rne frm=None */
	li t0, 0x8017000000000000; fmv.d.x f11, t0; li t0, 0x2e38000000000000; fmv.d.x f12, t0; li t0, 0xc0050140228ed5ae; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2509, f10, 0x40050140228ed5ae)
	CHECK_FLAGS(2510, 0x1)
	/* fnmadd.d 0x413f176038b6abc0 0x1a479ab51780f5 0x8029000000000000 rm=rne frm=None */
	li t0, 0x413f176038b6abc0; fmv.d.x f11, t0; li t0, 0x1a479ab51780f5; fmv.d.x f12, t0; li t0, 0x8029000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2511, f10, 0x8169888ecc046022)
	CHECK_FLAGS(2512, 0x1)
	/* fnmadd.d 0xc000d607f10c19ca 0xffecc67a8da989eb 0xbfe8000000000000 rm=rne frm=None */
	li t0, 0xc000d607f10c19ca; fmv.d.x f11, t0; li t0, 0xffecc67a8da989eb; fmv.d.x f12, t0; li t0, 0xbfe8000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2513, f10, 0xfff0000000000000)
	CHECK_FLAGS(2514, 0x5)
	/* fnmadd.d 0x3eb2478438624cf6 0x3fec54f8e14268b6 0x7fe8000000000000 rm=rne frm=None */
	li t0, 0x3eb2478438624cf6; fmv.d.x f11, t0; li t0, 0x3fec54f8e14268b6; fmv.d.x f12, t0; li t0, 0x7fe8000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2515, f10, 0xffe8000000000000)
	CHECK_FLAGS(2516, 0x1)
	/* fnmadd.d 0x95843cbe46fb2473 0x3ebb800000000000 0x3eba3c2aa29eed55 rm=rne frm=None */
	li t0, 0x95843cbe46fb2473; fmv.d.x f11, t0; li t0, 0x3ebb800000000000; fmv.d.x f12, t0; li t0, 0x3eba3c2aa29eed55; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2517, f10, 0xbeba3c2aa29eed55)
	CHECK_FLAGS(2518, 0x1)
	/* fnmadd.d 0x17033f0a17c4d3f0 0xbff2000000000000 0xbebb800000000000 rm=rne frm=None */
	li t0, 0x17033f0a17c4d3f0; fmv.d.x f11, t0; li t0, 0xbff2000000000000; fmv.d.x f12, t0; li t0, 0xbebb800000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2519, f10, 0x3ebb800000000000)
	CHECK_FLAGS(2520, 0x1)
	/* fnmadd.d 0x7fe6644787a68e20 0x4c008c17a060a 0xc133a48af6273d94 rm=rne frm=None */
	li t0, 0x7fe6644787a68e20; fmv.d.x f11, t0; li t0, 0x4c008c17a060a; fmv.d.x f12, t0; li t0, 0xc133a48af6273d94; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2521, f10, 0x4133a48a216d0dee)
	CHECK_FLAGS(2522, 0x1)
	/* fnmadd.d 0x3fe9000000000000 0x8022f31247eca7ae 0x400d851a9ffcbe9a rm=rne frm=None */
	li t0, 0x3fe9000000000000; fmv.d.x f11, t0; li t0, 0x8022f31247eca7ae; fmv.d.x f12, t0; li t0, 0x400d851a9ffcbe9a; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2523, f10, 0xc00d851a9ffcbe9a)
	CHECK_FLAGS(2524, 0x1)
	/* fnmadd.d 0x3feb800000000000 0x4000000000000 0x3feb800000000000 rm=rne frm=None */
	li t0, 0x3feb800000000000; fmv.d.x f11, t0; li t0, 0x4000000000000; fmv.d.x f12, t0; li t0, 0x3feb800000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2525, f10, 0xbfeb800000000000)
	CHECK_FLAGS(2526, 0x1)
	/* fnmadd.d 0xbebf4afc34836fb0 0x1d28800000000000 0xbebf4afc34836fb0 rm=rne frm=None */
	li t0, 0xbebf4afc34836fb0; fmv.d.x f11, t0; li t0, 0x1d28800000000000; fmv.d.x f12, t0; li t0, 0xbebf4afc34836fb0; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2527, f10, 0x3ebf4afc34836fb0)
	CHECK_FLAGS(2528, 0x1)
	/* fnmadd.d 0xc00efbdbb39b1f7c 0x3eb7000000000000 0xc00efbdbb39b1f7c rm=rne frm=None */
	li t0, 0xc00efbdbb39b1f7c; fmv.d.x f11, t0; li t0, 0x3eb7000000000000; fmv.d.x f12, t0; li t0, 0xc00efbdbb39b1f7c; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2529, f10, 0x400efbde7c3bdc9f)
	CHECK_FLAGS(2530, 0x1)
	/* fnmadd.d 0x8018ffefabe33cf6 0xf000000000000 0x8018ffefabe33cf6 rm=rne frm=None */
	li t0, 0x8018ffefabe33cf6; fmv.d.x f11, t0; li t0, 0xf000000000000; fmv.d.x f12, t0; li t0, 0x8018ffefabe33cf6; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2531, f10, 0x18ffefabe33cf6)
	CHECK_FLAGS(2532, 0x1)
	/* fnmadd.d 0x8bef000000000000 0x7fec800000000000 0x8bef000000000000 rm=rne frm=None */
	li t0, 0x8bef000000000000; fmv.d.x f11, t0; li t0, 0x7fec800000000000; fmv.d.x f12, t0; li t0, 0x8bef000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2533, f10, 0x4beb9c0000000000)
	CHECK_FLAGS(2534, 0x1)
	/* fnmadd.d 0x800c896df980ec1a 0xbeb0b288158a58b7 0x800c896df980ec1a rm=rne frm=None */
	li t0, 0x800c896df980ec1a; fmv.d.x f11, t0; li t0, 0xbeb0b288158a58b7; fmv.d.x f12, t0; li t0, 0x800c896df980ec1a; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2535, f10, 0xc896d282bd3fa)
	CHECK_FLAGS(2536, 0x3)
	/* fnmadd.d 0x800020ee236b62b5 0x3eba7f9f6a1a0167 0x4004141fdb14707b rm=rtz frm=None */
	li t0, 0x800020ee236b62b5; fmv.d.x f11, t0; li t0, 0x3eba7f9f6a1a0167; fmv.d.x f12, t0; li t0, 0x4004141fdb14707b; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2537, f10, 0xc004141fdb14707a)
	CHECK_FLAGS(2538, 0x1)
	/* fnmadd.d 0xdc67000000000000 0x3ffb0443756394fc 0x2fa6275fec2d58fd rm=rtz frm=None */
	li t0, 0xdc67000000000000; fmv.d.x f11, t0; li t0, 0x3ffb0443756394fc; fmv.d.x f12, t0; li t0, 0x2fa6275fec2d58fd; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2539, f10, 0x5c736b107c5f9315)
	CHECK_FLAGS(2540, 0x1)
	/* fnmadd.d 0x3fe9000000000000 0x3eb6800000000000 0x32cc9606c48847ae rm=rtz frm=None */
	li t0, 0x3fe9000000000000; fmv.d.x f11, t0; li t0, 0x3eb6800000000000; fmv.d.x f12, t0; li t0, 0x32cc9606c48847ae; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2541, f10, 0xbeb1940000000000)
	CHECK_FLAGS(2542, 0x1)
	/* fnmadd.d 0x5ad7000000000000 0x2fc0abe2177fcb 0x7feee81d1739a234 rm=rtz frm=None */
	li t0, 0x5ad7000000000000; fmv.d.x f11, t0; li t0, 0x2fc0abe2177fcb; fmv.d.x f12, t0; li t0, 0x7feee81d1739a234; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2543, f10, 0xffeee81d1739a234)
	CHECK_FLAGS(2544, 0x1)
	/* fnmadd.d 0x472f800000000000 0xbeb1287aecb0db05 0xbeb51a19b852411f rm=rtz frm=None */
	li t0, 0x472f800000000000; fmv.d.x f11, t0; li t0, 0xbeb1287aecb0db05; fmv.d.x f12, t0; li t0, 0xbeb51a19b852411f; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2545, f10, 0x45f0e3d900fe1798)
	CHECK_FLAGS(2546, 0x1)
	/* fnmadd.d 0x4000800000000000 0x400ee45bbc58a060 0x8023000000000000 rm=rtz frm=None */
	li t0, 0x4000800000000000; fmv.d.x f11, t0; li t0, 0x400ee45bbc58a060; fmv.d.x f12, t0; li t0, 0x8023000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2547, f10, 0xc01fdb7e9a3b6562)
	CHECK_FLAGS(2548, 0x1)
	/* fnmadd.d 0x3eba88871a4ba506 0xb3bb422cdc3ed 0x166233689cea1c rm=rtz frm=None */
	li t0, 0x3eba88871a4ba506; fmv.d.x f11, t0; li t0, 0xb3bb422cdc3ed; fmv.d.x f12, t0; li t0, 0x166233689cea1c; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2549, f10, 0x8016623492aadafa)
	CHECK_FLAGS(2550, 0x1)
	/* fnmadd.d 0xd942ee66b8a45605 0x801784b4978ca58e 0x11b672fd4b263a rm=rtz frm=None */
	li t0, 0xd942ee66b8a45605; fmv.d.x f11, t0; li t0, 0x801784b4978ca58e; fmv.d.x f12, t0; li t0, 0x11b672fd4b263a; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2551, f10, 0x996bd3b8263377f9)
	CHECK_FLAGS(2552, 0x1)
	/* fnmadd.d 0xbeb4800000000000 0xc00c3566bf849b38 0x967c537a61af09fe rm=rtz frm=None */
	li t0, 0xbeb4800000000000; fmv.d.x f11, t0; li t0, 0xc00c3566bf849b38; fmv.d.x f12, t0; li t0, 0x967c537a61af09fe; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2553, f10, 0xbed21235d2b0f36f)
	CHECK_FLAGS(2554, 0x1)
	/* fnmadd.d 0x413f800000000000 0x3ff3d5166cfe6332 0xd984000000000000 rm=rtz frm=None */
	li t0, 0x413f800000000000; fmv.d.x f11, t0; li t0, 0x3ff3d5166cfe6332; fmv.d.x f12, t0; li t0, 0xd984000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2555, f10, 0x5983ffffffffffff)
	CHECK_FLAGS(2556, 0x1)
	/* fnmadd.d 0x3fe1000000000000 0x7fe3000000000000 0x7fe65c7ca615e5bf rm=rtz frm=None */
	li t0, 0x3fe1000000000000; fmv.d.x f11, t0; li t0, 0x7fe3000000000000; fmv.d.x f12, t0; li t0, 0x7fe65c7ca615e5bf; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2557, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2558, 0x5)
	/* fnmadd.d 0x18000000000000 0x8802800000000000 0x3ebb78c106aba377 rm=rtz frm=None */
	li t0, 0x18000000000000; fmv.d.x f11, t0; li t0, 0x8802800000000000; fmv.d.x f12, t0; li t0, 0x3ebb78c106aba377; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2559, f10, 0xbebb78c106aba376)
	CHECK_FLAGS(2560, 0x1)
	/* fnmadd.d 0xdcba000000000000 0x3fe2800000000000 0xdcba000000000000 rm=rtz frm=None */
	li t0, 0xdcba000000000000; fmv.d.x f11, t0; li t0, 0x3fe2800000000000; fmv.d.x f12, t0; li t0, 0xdcba000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2561, f10, 0x5cc4840000000000)
	CHECK_FLAGS(2562, 0x0)
	/* fnmadd.d 0x3eb822bfe979f663 0x3fff6ec08034e893 0x3eb822bfe979f663 rm=rtz frm=None */
	li t0, 0x3eb822bfe979f663; fmv.d.x f11, t0; li t0, 0x3fff6ec08034e893; fmv.d.x f12, t0; li t0, 0x3eb822bfe979f663; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2563, f10, 0xbed1e34941e80ac2)
	CHECK_FLAGS(2564, 0x1)
	/* fnmadd.d 0xbffd78465ba2b838 0x3ff466762fa7eb00 0xbffd78465ba2b838 rm=rtz frm=None */
	li t0, 0xbffd78465ba2b838; fmv.d.x f11, t0; li t0, 0x3ff466762fa7eb00; fmv.d.x f12, t0; li t0, 0xbffd78465ba2b838; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2565, f10, 0x4010c2d5af60f1a1)
	CHECK_FLAGS(2566, 0x1)
	/* fnmadd.d 0xffe1cdb9d372d7f8 0xaec6de9e4d65baca 0xffe1cdb9d372d7f8 rm=rtz frm=None */
	li t0, 0xffe1cdb9d372d7f8; fmv.d.x f11, t0; li t0, 0xaec6de9e4d65baca; fmv.d.x f12, t0; li t0, 0xffe1cdb9d372d7f8; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2567, f10, 0x7fe1cdb9d372d7f7)
	CHECK_FLAGS(2568, 0x1)
	/* fnmadd.d 0x2d862526e49dea 0x346b2b0f0ccf1 0x2d862526e49dea rm=rtz frm=None */
	li t0, 0x2d862526e49dea; fmv.d.x f11, t0; li t0, 0x346b2b0f0ccf1; fmv.d.x f12, t0; li t0, 0x2d862526e49dea; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2569, f10, 0x802d862526e49dea)
	CHECK_FLAGS(2570, 0x1)
	/* fnmadd.d 0x7fe2a0088bce078a 0x801c800000000000 0x7fe2a0088bce078a rm=rtz frm=None */
	li t0, 0x7fe2a0088bce078a; fmv.d.x f11, t0; li t0, 0x801c800000000000; fmv.d.x f12, t0; li t0, 0x7fe2a0088bce078a; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2571, f10, 0xffe2a0088bce0789)
	CHECK_FLAGS(2572, 0x1)
	/* fnmadd.d 0x8009d63061705aea 0x800d800000000000 0x82ce3e12c9fe1b65 rm=rdn frm=None */
	li t0, 0x8009d63061705aea; fmv.d.x f11, t0; li t0, 0x800d800000000000; fmv.d.x f12, t0; li t0, 0x82ce3e12c9fe1b65; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2573, f10, 0x2ce3e12c9fe1b64)
	CHECK_FLAGS(2574, 0x1)
	/* fnmadd.d 0xbeb07ef38ac51565 0xbeb8b3ee4c66b988 0x10000000000000 rm=rdn frm=None */
	li t0, 0xbeb07ef38ac51565; fmv.d.x f11, t0; li t0, 0xbeb8b3ee4c66b988; fmv.d.x f12, t0; li t0, 0x10000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2575, f10, 0xbd7977ef43f3ba97)
	CHECK_FLAGS(2576, 0x1)
	/* fnmadd.d 0xce420b0371e5f8cf 0x3eb0800000000000 0x3ff99d2fa5de015b rm=rdn frm=None */
	li t0, 0xce420b0371e5f8cf; fmv.d.x f11, t0; li t0, 0x3eb0800000000000; fmv.d.x f12, t0; li t0, 0x3ff99d2fa5de015b; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2577, f10, 0x4d029b5b8d752895)
	CHECK_FLAGS(2578, 0x1)
	/* fnmadd.d 0x7fefbe15238e6da7 0xbff4c10c74ed08f8 0xffed800000000000 rm=rdn frm=None */
	li t0, 0x7fefbe15238e6da7; fmv.d.x f11, t0; li t0, 0xbff4c10c74ed08f8; fmv.d.x f12, t0; li t0, 0xffed800000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2579, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2580, 0x5)
	/* fnmadd.d 0x7fec4d150d5afc4a 0x4009800000000000 0x801a000000000000 rm=rdn frm=None */
	li t0, 0x7fec4d150d5afc4a; fmv.d.x f11, t0; li t0, 0x4009800000000000; fmv.d.x f12, t0; li t0, 0x801a000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2581, f10, 0xfff0000000000000)
	CHECK_FLAGS(2582, 0x5)
	/* fnmadd.d 0xad154c45ab6822d6 0x80106da351ff3f49 0xb3e95825c5dc7f0a rm=rdn frm=None */
	li t0, 0xad154c45ab6822d6; fmv.d.x f11, t0; li t0, 0x80106da351ff3f49; fmv.d.x f12, t0; li t0, 0xb3e95825c5dc7f0a; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2583, f10, 0x33e95825c5dc7f09)
	CHECK_FLAGS(2584, 0x1)
	/* fnmadd.d 0xffe7acb9cad6eeef 0x315cf4ff5879834c 0x56ff99b45af067e rm=rdn frm=None */
	li t0, 0xffe7acb9cad6eeef; fmv.d.x f11, t0; li t0, 0x315cf4ff5879834c; fmv.d.x f12, t0; li t0, 0x56ff99b45af067e; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2585, f10, 0x71556c648404257f)
	CHECK_FLAGS(2586, 0x1)
	/* fnmadd.d 0xbffcb7bf4fb93730 0x4136800000000000 0x801c6f45c6da869a rm=rdn frm=None */
	li t0, 0xbffcb7bf4fb93730; fmv.d.x f11, t0; li t0, 0x4136800000000000; fmv.d.x f12, t0; li t0, 0x801c6f45c6da869a; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2587, f10, 0x41443132840e3acd)
	CHECK_FLAGS(2588, 0x1)
	/* fnmadd.d 0x41380106cfa4ca80 0x802fe6fce4c8c827 0xbeb32d46261f27f7 rm=rdn frm=None */
	li t0, 0x41380106cfa4ca80; fmv.d.x f11, t0; li t0, 0x802fe6fce4c8c827; fmv.d.x f12, t0; li t0, 0xbeb32d46261f27f7; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2589, f10, 0x3eb32d46261f27f7)
	CHECK_FLAGS(2590, 0x1)
	/* fnmadd.d 0x801236bac8def8c4 0xc001383eb253ed86 0x3eb7800000000000 rm=rdn frm=None */
	li t0, 0x801236bac8def8c4; fmv.d.x f11, t0; li t0, 0xc001383eb253ed86; fmv.d.x f12, t0; li t0, 0x3eb7800000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2591, f10, 0xbeb7800000000001)
	CHECK_FLAGS(2592, 0x1)
	/* fnmadd.d 0xbeb2a94e0a0683a8 0x8012aadad9037234 0x934108a7205ef432 rm=rdn frm=None */
	li t0, 0xbeb2a94e0a0683a8; fmv.d.x f11, t0; li t0, 0x8012aadad9037234; fmv.d.x f12, t0; li t0, 0x934108a7205ef432; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2593, f10, 0x134108a7205ef431)
	CHECK_FLAGS(2594, 0x1)
	/* fnmadd.d 0x510b7d3c17144 0xec27cd95268ec 0x413ee41e24e7e7a7 rm=rdn frm=None */
	li t0, 0x510b7d3c17144; fmv.d.x f11, t0; li t0, 0xec27cd95268ec; fmv.d.x f12, t0; li t0, 0x413ee41e24e7e7a7; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2595, f10, 0xc13ee41e24e7e7a8)
	CHECK_FLAGS(2596, 0x1)
	/* fnmadd.d 0xbebf800000000000 0x8020c1ec8af3336c 0xbebf800000000000 rm=rdn frm=None */
	li t0, 0xbebf800000000000; fmv.d.x f11, t0; li t0, 0x8020c1ec8af3336c; fmv.d.x f12, t0; li t0, 0xbebf800000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2597, f10, 0x3ebf7fffffffffff)
	CHECK_FLAGS(2598, 0x1)
	/* fnmadd.d 0x80047a876de433f9 0x3fe622c809c87826 0x80047a876de433f9 rm=rdn frm=None */
	li t0, 0x80047a876de433f9; fmv.d.x f11, t0; li t0, 0x3fe622c809c87826; fmv.d.x f12, t0; li t0, 0x80047a876de433f9; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2599, f10, 0x793a2b882cdb3)
	CHECK_FLAGS(2600, 0x3)
	/* fnmadd.d 0xa31062f1df435 0x8b00df9910283c7d 0xa31062f1df435 rm=rdn frm=None */
	li t0, 0xa31062f1df435; fmv.d.x f11, t0; li t0, 0x8b00df9910283c7d; fmv.d.x f12, t0; li t0, 0xa31062f1df435; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2601, f10, 0x800a31062f1df435)
	CHECK_FLAGS(2602, 0x3)
	/* fnmadd.d 0x801d4ca594c4ed19 0x802de062d2049e75 0x801d4ca594c4ed19 rm=rdn frm=None */
	li t0, 0x801d4ca594c4ed19; fmv.d.x f11, t0; li t0, 0x802de062d2049e75; fmv.d.x f12, t0; li t0, 0x801d4ca594c4ed19; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2603, f10, 0x1d4ca594c4ed18)
	CHECK_FLAGS(2604, 0x1)
	/* fnmadd.d 0xc13e0f489df77e84 0x4005e0c4008fe728 0xc13e0f489df77e84 rm=rdn frm=None */
	li t0, 0xc13e0f489df77e84; fmv.d.x f11, t0; li t0, 0x4005e0c4008fe728; fmv.d.x f12, t0; li t0, 0xc13e0f489df77e84; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2605, f10, 0x415c10fce99e0419)
	CHECK_FLAGS(2606, 0x1)
	/* fnmadd.d 0x802b6eb47d38bd99 0x904aa59c985f6cc7 0x802b6eb47d38bd99 rm=rdn frm=None */
	li t0, 0x802b6eb47d38bd99; fmv.d.x f11, t0; li t0, 0x904aa59c985f6cc7; fmv.d.x f12, t0; li t0, 0x802b6eb47d38bd99; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2607, f10, 0x2b6eb47d38bd98)
	CHECK_FLAGS(2608, 0x1)
	/* fnmadd.d 0xbff15d6a8e94f7c1 0x3ff70cdac087b51e 0x8018660131f37f96 rm=rup frm=None */
	li t0, 0xbff15d6a8e94f7c1; fmv.d.x f11, t0; li t0, 0x3ff70cdac087b51e; fmv.d.x f12, t0; li t0, 0x8018660131f37f96; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rup
	CHECK_F(2609, f10, 0x3ff9043ca6a13201)
	CHECK_FLAGS(2610, 0x1)
	/* fnmadd.d 0x1fb3800000000000 0xbeb6e8e260d5cfca 0x2ed81b7960f8b586 rm=rup frm=None */
	li t0, 0x1fb3800000000000; fmv.d.x f11, t0; li t0, 0xbeb6e8e260d5cfca; fmv.d.x f12, t0; li t0, 0x2ed81b7960f8b586; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rup
	CHECK_F(2611, f10, 0xaed81b7960f8b585)
	CHECK_FLAGS(2612, 0x1)
	/* fnmadd.d 0x3ffd800000000000 0xbfe81a1af8838347 0x413c2ae16f0f4a51 rm=rup frm=None */
	li t0, 0x3ffd800000000000; fmv.d.x f11, t0; li t0, 0xbfe81a1af8838347; fmv.d.x f12, t0; li t0, 0x413c2ae16f0f4a51; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rup
	CHECK_F(2613, f10, 0xc13c2ae00b8e3c7f)
	CHECK_FLAGS(2614, 0x1)
	/* fnmadd.d 0x27800000000000 0x20904a746ab992 0x41306fa40a9a3dde rm=rup frm=None */
	li t0, 0x27800000000000; fmv.d.x f11, t0; li t0, 0x20904a746ab992; fmv.d.x f12, t0; li t0, 0x41306fa40a9a3dde; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rup
	CHECK_F(2615, f10, 0xc1306fa40a9a3dde)
	CHECK_FLAGS(2616, 0x1)
	/* fnmadd.d 0x428e050bc78b4f24 0xc00ead12b46808f0 0x801d000000000000 rm=rup frm=None */
	li t0, 0x428e050bc78b4f24; fmv.d.x f11, t0; li t0, 0xc00ead12b46808f0; fmv.d.x f12, t0; li t0, 0x801d000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rup
	CHECK_F(2617, f10, 0x42acc717ded5fea0)
	CHECK_FLAGS(2618, 0x1)
	/* fnmadd.d 0x41304cf17be1bbb4 0xaafd800000000000 0x2694ae1e76d7fb rm=rup frm=None */
	li t0, 0x41304cf17be1bbb4; fmv.d.x f11, t0; li t0, 0xaafd800000000000; fmv.d.x f12, t0; li t0, 0x2694ae1e76d7fb; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rup
	CHECK_F(2619, f10, 0x2c3e0ddd3c683214)
	CHECK_FLAGS(2620, 0x1)
	/* fnmadd.d 0x3eb83d460ea7abd8 0x8c220a1eca79155f 0x9fb9a056c33ce29 rm=rup frm=None */
	li t0, 0x3eb83d460ea7abd8; fmv.d.x f11, t0; li t0, 0x8c220a1eca79155f; fmv.d.x f12, t0; li t0, 0x9fb9a056c33ce29; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rup
	CHECK_F(2621, f10, 0xaeb540c8ddb516d)
	CHECK_FLAGS(2622, 0x1)
	/* fnmadd.d 0x1d06a3b52ba77d38 0x9aef800000000000 0x801c5b47afe23c13 rm=rup frm=None */
	li t0, 0x1d06a3b52ba77d38; fmv.d.x f11, t0; li t0, 0x9aef800000000000; fmv.d.x f12, t0; li t0, 0x801c5b47afe23c13; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rup
	CHECK_F(2623, f10, 0x1c5b47afe23c14)
	CHECK_FLAGS(2624, 0x1)
	/* fnmadd.d 0x8003800525937e81 0xbebec70527813b4b 0xbeb2c22564e80226 rm=rup frm=None */
	li t0, 0x8003800525937e81; fmv.d.x f11, t0; li t0, 0xbebec70527813b4b; fmv.d.x f12, t0; li t0, 0xbeb2c22564e80226; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rup
	CHECK_F(2625, f10, 0x3eb2c22564e80226)
	CHECK_FLAGS(2626, 0x1)
	/* fnmadd.d 0x802f989fa9a355aa 0x18000000000000 0x3fe4bb03f2ac6dcf rm=rup frm=None */
	li t0, 0x802f989fa9a355aa; fmv.d.x f11, t0; li t0, 0x18000000000000; fmv.d.x f12, t0; li t0, 0x3fe4bb03f2ac6dcf; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rup
	CHECK_F(2627, f10, 0xbfe4bb03f2ac6dce)
	CHECK_FLAGS(2628, 0x1)
	/* fnmadd.d 0x400701a480ec63f7 0xbfee9c2d2a696a8d 0x3ff3a8ce358b148b rm=rup frm=None */
	li t0, 0x400701a480ec63f7; fmv.d.x f11, t0; li t0, 0xbfee9c2d2a696a8d; fmv.d.x f12, t0; li t0, 0x3ff3a8ce358b148b; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rup
	CHECK_F(2629, f10, 0x3ff85ad731b3b61c)
	CHECK_FLAGS(2630, 0x1)
	/* fnmadd.d 0x4139b99e256b1b7a 0x24000000000000 0xbffcfb5e5f35724f rm=rup frm=None */
	li t0, 0x4139b99e256b1b7a; fmv.d.x f11, t0; li t0, 0x24000000000000; fmv.d.x f12, t0; li t0, 0xbffcfb5e5f35724f; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rup
	CHECK_F(2631, f10, 0x3ffcfb5e5f35724f)
	CHECK_FLAGS(2632, 0x1)
	/* fnmadd.d 0xa9600ca270ce7bc4 0x8008800000000000 0xa9600ca270ce7bc4 rm=rup frm=None */
	li t0, 0xa9600ca270ce7bc4; fmv.d.x f11, t0; li t0, 0x8008800000000000; fmv.d.x f12, t0; li t0, 0xa9600ca270ce7bc4; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rup
	CHECK_F(2633, f10, 0x29600ca270ce7bc4)
	CHECK_FLAGS(2634, 0x1)
	/* fnmadd.d 0x413f425e765762da 0x3ff029110c8fe060 0x413f425e765762da rm=rup frm=None */
	li t0, 0x413f425e765762da; fmv.d.x f11, t0; li t0, 0x3ff029110c8fe060; fmv.d.x f12, t0; li t0, 0x413f425e765762da; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rup
	CHECK_F(2635, f10, 0xc14f6a7c26e6a0df)
	CHECK_FLAGS(2636, 0x1)
	/* fnmadd.d 0x413893001066e0da 0x1cb139aa9c2635 0x413893001066e0da rm=rup frm=None */
	li t0, 0x413893001066e0da; fmv.d.x f11, t0; li t0, 0x1cb139aa9c2635; fmv.d.x f12, t0; li t0, 0x413893001066e0da; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rup
	CHECK_F(2637, f10, 0xc13893001066e0da)
	CHECK_FLAGS(2638, 0x1)
	/* fnmadd.d 0xbebf3b7d97195c5f 0x3eba800000000000 0xbebf3b7d97195c5f rm=rup frm=None */
	li t0, 0xbebf3b7d97195c5f; fmv.d.x f11, t0; li t0, 0x3eba800000000000; fmv.d.x f12, t0; li t0, 0xbebf3b7d97195c5f; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rup
	CHECK_F(2639, f10, 0x3ebf3b80d2c1dc84)
	CHECK_FLAGS(2640, 0x1)
	/* fnmadd.d 0xffef000000000000 0x3e20800000000000 0xffef000000000000 rm=rup frm=None */
	li t0, 0xffef000000000000; fmv.d.x f11, t0; li t0, 0x3e20800000000000; fmv.d.x f12, t0; li t0, 0xffef000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rup
	CHECK_F(2641, f10, 0x7fef000000ffc000)
	CHECK_FLAGS(2642, 0x0)
	/* fnmadd.d 0xc13445d0d7490663 0x5c5c800000000000 0xc13445d0d7490663 rm=rup frm=None */
	li t0, 0xc13445d0d7490663; fmv.d.x f11, t0; li t0, 0x5c5c800000000000; fmv.d.x f12, t0; li t0, 0xc13445d0d7490663; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rup
	CHECK_F(2643, f10, 0x5da20e2dffbd09b1)
	CHECK_FLAGS(2644, 0x1)
	/* fnmadd.d 0x7fe79e966e9df48a 0x8020000000000000 0x3fea000000000000 rm=rmm frm=None */
	li t0, 0x7fe79e966e9df48a; fmv.d.x f11, t0; li t0, 0x8020000000000000; fmv.d.x f12, t0; li t0, 0x3fea000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2645, f10, 0x40145e966e9df48a)
	CHECK_FLAGS(2646, 0x0)
	/* fnmadd.d 0x4007000000000000 0xcf4f000000000000 0xffe3800000000000 rm=rmm frm=None */
	li t0, 0x4007000000000000; fmv.d.x f11, t0; li t0, 0xcf4f000000000000; fmv.d.x f12, t0; li t0, 0xffe3800000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2647, f10, 0x7fe3800000000000)
	CHECK_FLAGS(2648, 0x1)
	/* fnmadd.d 0x3ff1800000000000 0xba51c809f2470f62 0x400a800000000000 rm=rmm frm=None */
	li t0, 0x3ff1800000000000; fmv.d.x f11, t0; li t0, 0xba51c809f2470f62; fmv.d.x f12, t0; li t0, 0x400a800000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2649, f10, 0xc00a800000000000)
	CHECK_FLAGS(2650, 0x1)
	/* fnmadd.d 0x3eb5fe4b3c9b2555 0x3ff8e360375b7eff 0x8024b3261480c49b rm=rmm frm=None */
	li t0, 0x3eb5fe4b3c9b2555; fmv.d.x f11, t0; li t0, 0x3ff8e360375b7eff; fmv.d.x f12, t0; li t0, 0x8024b3261480c49b; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2651, f10, 0xbec11afe7417f221)
	CHECK_FLAGS(2652, 0x1)
	/* fnmadd.d 0x8018800000000000 0x3fff0f1aa4b7c8a5 0x1e17edd4abfb1d3c rm=rmm frm=None */
	li t0, 0x8018800000000000; fmv.d.x f11, t0; li t0, 0x3fff0f1aa4b7c8a5; fmv.d.x f12, t0; li t0, 0x1e17edd4abfb1d3c; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2653, f10, 0x9e17edd4abfb1d3c)
	CHECK_FLAGS(2654, 0x1)
	/* fnmadd.d 0x9d938d5de08cb910 0xc00b469ade8274c2 0xc0063e5b72eb77ae rm=rmm frm=None */
	li t0, 0x9d938d5de08cb910; fmv.d.x f11, t0; li t0, 0xc00b469ade8274c2; fmv.d.x f12, t0; li t0, 0xc0063e5b72eb77ae; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2655, f10, 0x40063e5b72eb77ae)
	CHECK_FLAGS(2656, 0x1)
	/* fnmadd.d 0x7fee800000000000 0x19dea8fb97d217 0x41362fa0acf1925d rm=rmm frm=None */
	li t0, 0x7fee800000000000; fmv.d.x f11, t0; li t0, 0x19dea8fb97d217; fmv.d.x f12, t0; li t0, 0x41362fa0acf1925d; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2657, f10, 0xc1362fa6d6ffd650)
	CHECK_FLAGS(2658, 0x1)
	/* fnmadd.d 0x3fe6000000000000 0xbfe1000000000000 0x801a000000000000 rm=rmm frm=None */
	li t0, 0x3fe6000000000000; fmv.d.x f11, t0; li t0, 0xbfe1000000000000; fmv.d.x f12, t0; li t0, 0x801a000000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2659, f10, 0x3fd7600000000000)
	CHECK_FLAGS(2660, 0x1)
	/* fnmadd.d 0x120b7e0b451de64d 0x4e00000000000000 0x8008800000000000 rm=rmm frm=None */
	li t0, 0x120b7e0b451de64d; fmv.d.x f11, t0; li t0, 0x4e00000000000000; fmv.d.x f12, t0; li t0, 0x8008800000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2661, f10, 0xa01b7e0b451de64d)
	CHECK_FLAGS(2662, 0x1)
	/* fnmadd.d 0xbff5000000000000 0x4136a8f9b008faf8 0x15800000000000 rm=rmm frm=None */
	li t0, 0xbff5000000000000; fmv.d.x f11, t0; li t0, 0x4136a8f9b008faf8; fmv.d.x f12, t0; li t0, 0x15800000000000; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2663, f10, 0x413dbdc7b70bc965)
	CHECK_FLAGS(2664, 0x1)
	/* fnmadd.d 0x8017800000000000 0x7fee000000000000 0xeda7e98a50d16 rm=rmm frm=None */
	li t0, 0x8017800000000000; fmv.d.x f11, t0; li t0, 0x7fee000000000000; fmv.d.x f12, t0; li t0, 0xeda7e98a50d16; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2665, f10, 0x4016080000000000)
	CHECK_FLAGS(2666, 0x1)
	/* fnmadd.d 0xbfe45a90b95a2b3a 0xc007800000000000 0x413f7b6fa5e8e34a rm=rmm frm=None */
	li t0, 0xbfe45a90b95a2b3a; fmv.d.x f11, t0; li t0, 0xc007800000000000; fmv.d.x f12, t0; li t0, 0x413f7b6fa5e8e34a; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2667, f10, 0xc13f7b7184392c4e)
	CHECK_FLAGS(2668, 0x1)
	/* fnmadd.d 0xd6b2074aec2c7d47 0x9b37800000000000 0xd6b2074aec2c7d47 rm=rmm frm=None */
	li t0, 0xd6b2074aec2c7d47; fmv.d.x f11, t0; li t0, 0x9b37800000000000; fmv.d.x f12, t0; li t0, 0xd6b2074aec2c7d47; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2669, f10, 0x56b2074aec2c7d47)
	CHECK_FLAGS(2670, 0x1)
	/* fnmadd.d 0x3ff76dea5a1f6012 0x801a11461cdb3a9a 0x3ff76dea5a1f6012 rm=rmm frm=None */
	li t0, 0x3ff76dea5a1f6012; fmv.d.x f11, t0; li t0, 0x801a11461cdb3a9a; fmv.d.x f12, t0; li t0, 0x3ff76dea5a1f6012; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2671, f10, 0xbff76dea5a1f6012)
	CHECK_FLAGS(2672, 0x1)
	/* fnmadd.d 0xffe5b81f3137364a 0x7fe23708e6a9a258 0xffe5b81f3137364a rm=rmm frm=None */
	li t0, 0xffe5b81f3137364a; fmv.d.x f11, t0; li t0, 0x7fe23708e6a9a258; fmv.d.x f12, t0; li t0, 0xffe5b81f3137364a; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2673, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2674, 0x5)
	/* fnmadd.d 0x3fff03622d00c972 0x3ebd800000000000 0x3fff03622d00c972 rm=rmm frm=None */
	li t0, 0x3fff03622d00c972; fmv.d.x f11, t0; li t0, 0x3ebd800000000000; fmv.d.x f12, t0; li t0, 0x3fff03622d00c972; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2675, f10, 0xbfff0365bfe499a2)
	CHECK_FLAGS(2676, 0x1)
	/* fnmadd.d 0x5d612ff01009d35e 0xc009cb31f4a7bb25 0x5d612ff01009d35e rm=rmm frm=None */
	li t0, 0x5d612ff01009d35e; fmv.d.x f11, t0; li t0, 0xc009cb31f4a7bb25; fmv.d.x f12, t0; li t0, 0x5d612ff01009d35e; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2677, f10, 0x5d731d34f07458b2)
	CHECK_FLAGS(2678, 0x1)
	/* fnmadd.d 0x1f6550a02c666 0xda3a9041a4199aca 0x1f6550a02c666 rm=rmm frm=None */
	li t0, 0x1f6550a02c666; fmv.d.x f11, t0; li t0, 0xda3a9041a4199aca; fmv.d.x f12, t0; li t0, 0x1f6550a02c666; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2679, f10, 0x1a2a0fd9d3c0fc8f)
	CHECK_FLAGS(2680, 0x1)
	/* fnmadd.d 0xc00f800000000000 0x1aaa5305df9b27 0xbff1064b797450b1 rm=None frm=0 */
	li t0, 0xc00f800000000000; fmv.d.x f11, t0; li t0, 0x1aaa5305df9b27; fmv.d.x f12, t0; li t0, 0xbff1064b797450b1; fmv.d.x f13, t0; fsrmi 0; fnmadd.d f10, f11, f12, f13
	CHECK_F(2681, f10, 0x3ff1064b797450b1)
	CHECK_FLAGS(2682, 0x1)
	/* fnmadd.d 0xbfff000000000000 0x1df1e518cb47c9 0xc1320e3ed631c5e3 rm=None frm=0 */
	li t0, 0xbfff000000000000; fmv.d.x f11, t0; li t0, 0x1df1e518cb47c9; fmv.d.x f12, t0; li t0, 0xc1320e3ed631c5e3; fmv.d.x f13, t0; fsrmi 0; fnmadd.d f10, f11, f12, f13
	CHECK_F(2683, f10, 0x41320e3ed631c5e3)
	CHECK_FLAGS(2684, 0x1)
	/* fnmadd.d 0x5d3d8bcc8b063faa 0x8005000000000000 0xc0071f2769fde3c2 rm=None frm=0 */
	li t0, 0x5d3d8bcc8b063faa; fmv.d.x f11, t0; li t0, 0x8005000000000000; fmv.d.x f12, t0; li t0, 0xc0071f2769fde3c2; fmv.d.x f13, t0; fsrmi 0; fnmadd.d f10, f11, f12, f13
	CHECK_F(2685, f10, 0x40071f2769fde3c2)
	CHECK_FLAGS(2686, 0x1)
	/* fnmadd.d 0xbfe7e17beddcd4f8 0xbff1800000000000 0x3ebf2d1152fce3bd rm=None frm=0 */
	li t0, 0xbfe7e17beddcd4f8; fmv.d.x f11, t0; li t0, 0xbff1800000000000; fmv.d.x f12, t0; li t0, 0x3ebf2d1152fce3bd; fmv.d.x f13, t0; fsrmi 0; fnmadd.d f10, f11, f12, f13
	CHECK_F(2687, f10, 0xbfea1ea371cbb34f)
	CHECK_FLAGS(2688, 0x1)
	/* fnmadd.d 0x3ffa800000000000 0x3feb43ae2082583a 0xbebb53ef28ee5b8f rm=None frm=1 */
	li t0, 0x3ffa800000000000; fmv.d.x f11, t0; li t0, 0x3feb43ae2082583a; fmv.d.x f12, t0; li t0, 0xbebb53ef28ee5b8f; fmv.d.x f13, t0; fsrmi 1; fnmadd.d f10, f11, f12, f13
	CHECK_F(2689, f10, 0xbff6940a7dacfe81)
	CHECK_FLAGS(2690, 0x1)
	/* fnmadd.d 0x8eb72192963c3f67 0x9feb4a554a0d2 0x4db5d722e67e6142 rm=None frm=1 */
	li t0, 0x8eb72192963c3f67; fmv.d.x f11, t0; li t0, 0x9feb4a554a0d2; fmv.d.x f12, t0; li t0, 0x4db5d722e67e6142; fmv.d.x f13, t0; fsrmi 1; fnmadd.d f10, f11, f12, f13
	CHECK_F(2691, f10, 0xcdb5d722e67e6141)
	CHECK_FLAGS(2692, 0x1)
	/* fnmadd.d 0xbff07b645e77fc95 0x7fe1b9c6db1a0166 0xbfe35a21be9187e8 rm=None frm=1 */
	li t0, 0xbff07b645e77fc95; fmv.d.x f11, t0; li t0, 0x7fe1b9c6db1a0166; fmv.d.x f12, t0; li t0, 0xbfe35a21be9187e8; fmv.d.x f13, t0; fsrmi 1; fnmadd.d f10, f11, f12, f13
	CHECK_F(2693, f10, 0x7fe2427a35919084)
	CHECK_FLAGS(2694, 0x1)
	/* fnmadd.d 0xffe7f1a301082440 0x7feb000000000000 0xd7725d813722872e rm=None frm=1 */
	li t0, 0xffe7f1a301082440; fmv.d.x f11, t0; li t0, 0x7feb000000000000; fmv.d.x f12, t0; li t0, 0xd7725d813722872e; fmv.d.x f13, t0; fsrmi 1; fnmadd.d f10, f11, f12, f13
	CHECK_F(2695, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2696, 0x5)
	/* fnmadd.d 0xc008afba0a064aa9 0x4139000000000000 0x8016055041bb794d rm=None frm=2 */
	li t0, 0xc008afba0a064aa9; fmv.d.x f11, t0; li t0, 0x4139000000000000; fmv.d.x f12, t0; li t0, 0x8016055041bb794d; fmv.d.x f13, t0; fsrmi 2; fnmadd.d f10, f11, f12, f13
	CHECK_F(2697, f10, 0x4153494957d4ea54)
	CHECK_FLAGS(2698, 0x1)
	/* fnmadd.d 0x2d800000000000 0xc0052747ac16c1a4 0x9f73dbf42740ca6f rm=None frm=2 */
	li t0, 0x2d800000000000; fmv.d.x f11, t0; li t0, 0xc0052747ac16c1a4; fmv.d.x f12, t0; li t0, 0x9f73dbf42740ca6f; fmv.d.x f13, t0; fsrmi 2; fnmadd.d f10, f11, f12, f13
	CHECK_F(2699, f10, 0x1f73dbf42740ca6f)
	CHECK_FLAGS(2700, 0x1)
	/* fnmadd.d 0x3ffb000000000000 0x1043862f0e26c0 0x5000000000000 rm=None frm=2 */
	li t0, 0x3ffb000000000000; fmv.d.x f11, t0; li t0, 0x1043862f0e26c0; fmv.d.x f12, t0; li t0, 0x5000000000000; fmv.d.x f13, t0; fsrmi 2; fnmadd.d f10, f11, f12, f13
	CHECK_F(2701, f10, 0x802038f937b3f0b2)
	CHECK_FLAGS(2702, 0x0)
	/* fnmadd.d 0xbeb7000000000000 0x800c800000000000 0x800bd8f1d6a0320a rm=None frm=2 */
	li t0, 0xbeb7000000000000; fmv.d.x f11, t0; li t0, 0x800c800000000000; fmv.d.x f12, t0; li t0, 0x800bd8f1d6a0320a; fmv.d.x f13, t0; fsrmi 2; fnmadd.d f10, f11, f12, f13
	CHECK_F(2703, f10, 0xbd8f0b720320a)
	CHECK_FLAGS(2704, 0x0)
	/* fnmadd.d 0xdce4000000000000 0x400918e8e9c7750f 0x800477171bf25983 rm=None frm=3 */
	li t0, 0xdce4000000000000; fmv.d.x f11, t0; li t0, 0x400918e8e9c7750f; fmv.d.x f12, t0; li t0, 0x800477171bf25983; fmv.d.x f13, t0; fsrmi 3; fnmadd.d f10, f11, f12, f13
	CHECK_F(2705, f10, 0x5cff5f2324395253)
	CHECK_FLAGS(2706, 0x1)
	/* fnmadd.d 0xc2cb6183028e8f23 0xbeb0b425e65a61e4 0x99f7800000000000 rm=None frm=3 */
	li t0, 0xc2cb6183028e8f23; fmv.d.x f11, t0; li t0, 0xbeb0b425e65a61e4; fmv.d.x f12, t0; li t0, 0x99f7800000000000; fmv.d.x f13, t0; fsrmi 3; fnmadd.d f10, f11, f12, f13
	CHECK_F(2707, f10, 0xc18c95cce01eb021)
	CHECK_FLAGS(2708, 0x1)
	/* fnmadd.d 0x894d8689a3c79321 0xbfebf8756dc3aca8 0xffe4c6b9b1dd5f4e rm=None frm=3 */
	li t0, 0x894d8689a3c79321; fmv.d.x f11, t0; li t0, 0xbfebf8756dc3aca8; fmv.d.x f12, t0; li t0, 0xffe4c6b9b1dd5f4e; fmv.d.x f13, t0; fsrmi 3; fnmadd.d f10, f11, f12, f13
	CHECK_F(2709, f10, 0x7fe4c6b9b1dd5f4e)
	CHECK_FLAGS(2710, 0x1)
	/* fnmadd.d 0xbff110e00e31d9a1 0x40049d214f1c6793 0x4004800000000000 rm=None frm=3 */
	li t0, 0xbff110e00e31d9a1; fmv.d.x f11, t0; li t0, 0x40049d214f1c6793; fmv.d.x f12, t0; li t0, 0x4004800000000000; fmv.d.x f13, t0; fsrmi 3; fnmadd.d f10, f11, f12, f13
	CHECK_F(2711, f10, 0x3fc7cb12f7954bf3)
	CHECK_FLAGS(2712, 0x1)
	/* fnmadd.d 0x480b800000000000 0x0 0xc00e800000000000 rm=None frm=4 */
	li t0, 0x480b800000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; li t0, 0xc00e800000000000; fmv.d.x f13, t0; fsrmi 4; fnmadd.d f10, f11, f12, f13
	CHECK_F(2713, f10, 0x400e800000000000)
	CHECK_FLAGS(2714, 0x0)
	/* fnmadd.d 0x3ebd000000000000 0x1c1a797525c36827 0xffe7000000000000 rm=None frm=4 */
	li t0, 0x3ebd000000000000; fmv.d.x f11, t0; li t0, 0x1c1a797525c36827; fmv.d.x f12, t0; li t0, 0xffe7000000000000; fmv.d.x f13, t0; fsrmi 4; fnmadd.d f10, f11, f12, f13
	CHECK_F(2715, f10, 0x7fe7000000000000)
	CHECK_FLAGS(2716, 0x1)
	/* fnmadd.d 0x3ffecaaf7bc4704b 0x3ffa4a00b4fe2317 0x2a56010993acda rm=None frm=4 */
	li t0, 0x3ffecaaf7bc4704b; fmv.d.x f11, t0; li t0, 0x3ffa4a00b4fe2317; fmv.d.x f12, t0; li t0, 0x2a56010993acda; fmv.d.x f13, t0; fsrmi 4; fnmadd.d f10, f11, f12, f13
	CHECK_F(2717, f10, 0xc0094be3f886772e)
	CHECK_FLAGS(2718, 0x1)
	/* fnmadd.d 0xffea800000000000 0x400c1e7bcc829abd 0xc134000000000000 rm=None frm=4 */
	li t0, 0xffea800000000000; fmv.d.x f11, t0; li t0, 0x400c1e7bcc829abd; fmv.d.x f12, t0; li t0, 0xc134000000000000; fmv.d.x f13, t0; fsrmi 4; fnmadd.d f10, f11, f12, f13
	CHECK_F(2719, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2720, 0x5)
	/* fmadd.s 0xffffffff7f800000 0xffffffff00000000 0xffffffff7fc00000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; li t0, 0xffffffff7fc00000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(2721, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(2722, 0x10)
	/* fmadd.s 0xffffffff7f800000 0xffffffff00000000 0xffffffff7fc00000 rm=rtz frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; li t0, 0xffffffff7fc00000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rtz
	CHECK_F(2723, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(2724, 0x10)
	/* fmadd.s 0xffffffff7f800000 0xffffffff00000000 0xffffffff7fc00000 rm=rdn frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; li t0, 0xffffffff7fc00000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rdn
	CHECK_F(2725, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(2726, 0x10)
	/* fmadd.s 0xffffffff7f800000 0xffffffff00000000 0xffffffff7fc00000 rm=rup frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; li t0, 0xffffffff7fc00000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rup
	CHECK_F(2727, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(2728, 0x10)
	/* fmadd.s 0xffffffff7f800000 0xffffffff00000000 0xffffffff7fc00000 rm=rmm frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; li t0, 0xffffffff7fc00000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rmm
	CHECK_F(2729, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(2730, 0x10)
	/* fmadd.d 0x0 0xfff0000000000000 0x7ff8000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; li t0, 0x7ff8000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(2731, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2732, 0x10)
	/* fmadd.d 0x0 0xfff0000000000000 0x7ff8000000000000 rm=rtz frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; li t0, 0x7ff8000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2733, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2734, 0x10)
	/* fmadd.d 0x0 0xfff0000000000000 0x7ff8000000000000 rm=rdn frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; li t0, 0x7ff8000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2735, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2736, 0x10)
	/* fmadd.d 0x0 0xfff0000000000000 0x7ff8000000000000 rm=rup frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; li t0, 0x7ff8000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rup
	CHECK_F(2737, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2738, 0x10)
	/* fmadd.d 0x0 0xfff0000000000000 0x7ff8000000000000 rm=rmm frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; li t0, 0x7ff8000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2739, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2740, 0x10)
	/* fmadd.d 0x7ff0000000000000 0x0 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(2741, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2742, 0x10)
	/* fmadd.d 0x7ff0000000000000 0x0 0x7ff0000000000001 rm=rtz frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2743, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2744, 0x10)
	/* fmadd.d 0x7ff0000000000000 0x0 0x7ff0000000000001 rm=rdn frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2745, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2746, 0x10)
	/* fmadd.d 0x7ff0000000000000 0x0 0x7ff0000000000001 rm=rup frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rup
	CHECK_F(2747, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2748, 0x10)
	/* fmadd.d 0x7ff0000000000000 0x0 0x7ff0000000000001 rm=rmm frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; li t0, 0x7ff0000000000001; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2749, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2750, 0x10)
	/* fmadd.s 0xffffffff7f800000 0xffffffff3f800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(2751, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(2752, 0x10)
	/* fmadd.s 0xffffffff7f800000 0xffffffff3f800000 0xffffffffff800000 rm=rtz frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rtz
	CHECK_F(2753, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(2754, 0x10)
	/* fmadd.s 0xffffffff7f800000 0xffffffff3f800000 0xffffffffff800000 rm=rdn frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rdn
	CHECK_F(2755, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(2756, 0x10)
	/* fmadd.s 0xffffffff7f800000 0xffffffff3f800000 0xffffffffff800000 rm=rup frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rup
	CHECK_F(2757, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(2758, 0x10)
	/* fmadd.s 0xffffffff7f800000 0xffffffff3f800000 0xffffffffff800000 rm=rmm frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffffff800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rmm
	CHECK_F(2759, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(2760, 0x10)
	/* fmsub.s 0xffffffff3f800001 0xffffffff3f800001 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffff3f800001; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rne
	CHECK_F(2761, f10, 0xffffffff34800000)
	CHECK_FLAGS(2762, 0x1)
	/* fmsub.s 0xffffffff3f800001 0xffffffff3f800001 0xffffffff3f800000 rm=rtz frm=None */
	li t0, 0xffffffff3f800001; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rtz
	CHECK_F(2763, f10, 0xffffffff34800000)
	CHECK_FLAGS(2764, 0x1)
	/* fmsub.s 0xffffffff3f800001 0xffffffff3f800001 0xffffffff3f800000 rm=rdn frm=None */
	li t0, 0xffffffff3f800001; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rdn
	CHECK_F(2765, f10, 0xffffffff34800000)
	CHECK_FLAGS(2766, 0x1)
	/* fmsub.s 0xffffffff3f800001 0xffffffff3f800001 0xffffffff3f800000 rm=rup frm=None */
	li t0, 0xffffffff3f800001; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rup
	CHECK_F(2767, f10, 0xffffffff34800001)
	CHECK_FLAGS(2768, 0x1)
	/* fmsub.s 0xffffffff3f800001 0xffffffff3f800001 0xffffffff3f800000 rm=rmm frm=None */
	li t0, 0xffffffff3f800001; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fmsub.s f10, f11, f12, f13, rmm
	CHECK_F(2769, f10, 0xffffffff34800001)
	CHECK_FLAGS(2770, 0x1)
	/* fmadd.d 0x3ca0000000000000 0x3ff0000000000000 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(2771, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2772, 0x1)
	/* fmadd.d 0x3ca0000000000000 0x3ff0000000000000 0x3ff0000000000000 rm=rtz frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2773, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2774, 0x1)
	/* fmadd.d 0x3ca0000000000000 0x3ff0000000000000 0x3ff0000000000000 rm=rdn frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2775, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2776, 0x1)
	/* fmadd.d 0x3ca0000000000000 0x3ff0000000000000 0x3ff0000000000000 rm=rup frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rup
	CHECK_F(2777, f10, 0x3ff0000000000001)
	CHECK_FLAGS(2778, 0x1)
	/* fmadd.d 0x3ca0000000000000 0x3ff0000000000000 0x3ff0000000000000 rm=rmm frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x3ff0000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2779, f10, 0x3ff0000000000001)
	CHECK_FLAGS(2780, 0x1)
	/* fmadd.d 0x3ff0000000000001 0x3ff0000000000001 0x0 rm=rne frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000001; fmv.d.x f12, t0; li t0, 0x0; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(2781, f10, 0x3ff0000000000002)
	CHECK_FLAGS(2782, 0x1)
	/* fmadd.d 0x3ff0000000000001 0x3ff0000000000001 0x0 rm=rtz frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000001; fmv.d.x f12, t0; li t0, 0x0; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2783, f10, 0x3ff0000000000002)
	CHECK_FLAGS(2784, 0x1)
	/* fmadd.d 0x3ff0000000000001 0x3ff0000000000001 0x0 rm=rdn frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000001; fmv.d.x f12, t0; li t0, 0x0; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2785, f10, 0x3ff0000000000002)
	CHECK_FLAGS(2786, 0x1)
	/* fmadd.d 0x3ff0000000000001 0x3ff0000000000001 0x0 rm=rup frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000001; fmv.d.x f12, t0; li t0, 0x0; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rup
	CHECK_F(2787, f10, 0x3ff0000000000003)
	CHECK_FLAGS(2788, 0x1)
	/* fmadd.d 0x3ff0000000000001 0x3ff0000000000001 0x0 rm=rmm frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000001; fmv.d.x f12, t0; li t0, 0x0; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2789, f10, 0x3ff0000000000002)
	CHECK_FLAGS(2790, 0x1)
	/* fnmadd.d 0x0 0x3ff0000000000000 0x0 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x0; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rne
	CHECK_F(2791, f10, 0x8000000000000000)
	CHECK_FLAGS(2792, 0x0)
	/* fnmadd.d 0x0 0x3ff0000000000000 0x0 rm=rtz frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x0; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2793, f10, 0x8000000000000000)
	CHECK_FLAGS(2794, 0x0)
	/* fnmadd.d 0x0 0x3ff0000000000000 0x0 rm=rdn frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x0; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2795, f10, 0x8000000000000000)
	CHECK_FLAGS(2796, 0x0)
	/* fnmadd.d 0x0 0x3ff0000000000000 0x0 rm=rup frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x0; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rup
	CHECK_F(2797, f10, 0x8000000000000000)
	CHECK_FLAGS(2798, 0x0)
	/* fnmadd.d 0x0 0x3ff0000000000000 0x0 rm=rmm frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x0; fmv.d.x f13, t0; fnmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2799, f10, 0x8000000000000000)
	CHECK_FLAGS(2800, 0x0)
	/* fmadd.d 0x8000000000000000 0x3ff0000000000000 0x8000000000000000 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x8000000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(2801, f10, 0x8000000000000000)
	CHECK_FLAGS(2802, 0x0)
	/* fmadd.d 0x8000000000000000 0x3ff0000000000000 0x8000000000000000 rm=rtz frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x8000000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2803, f10, 0x8000000000000000)
	CHECK_FLAGS(2804, 0x0)
	/* fmadd.d 0x8000000000000000 0x3ff0000000000000 0x8000000000000000 rm=rdn frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x8000000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2805, f10, 0x8000000000000000)
	CHECK_FLAGS(2806, 0x0)
	/* fmadd.d 0x8000000000000000 0x3ff0000000000000 0x8000000000000000 rm=rup frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x8000000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rup
	CHECK_F(2807, f10, 0x8000000000000000)
	CHECK_FLAGS(2808, 0x0)
	/* fmadd.d 0x8000000000000000 0x3ff0000000000000 0x8000000000000000 rm=rmm frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; li t0, 0x8000000000000000; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2809, f10, 0x8000000000000000)
	CHECK_FLAGS(2810, 0x0)
	/* fnmsub.s 0xffffffff3f800000 0xffffffff3f800000 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rne
	CHECK_F(2811, f10, 0xffffffff00000000)
	CHECK_FLAGS(2812, 0x0)
	/* fnmsub.s 0xffffffff3f800000 0xffffffff3f800000 0xffffffff3f800000 rm=rtz frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rtz
	CHECK_F(2813, f10, 0xffffffff00000000)
	CHECK_FLAGS(2814, 0x0)
	/* fnmsub.s 0xffffffff3f800000 0xffffffff3f800000 0xffffffff3f800000 rm=rdn frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rdn
	CHECK_F(2815, f10, 0xffffffff80000000)
	CHECK_FLAGS(2816, 0x0)
	/* fnmsub.s 0xffffffff3f800000 0xffffffff3f800000 0xffffffff3f800000 rm=rup frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rup
	CHECK_F(2817, f10, 0xffffffff00000000)
	CHECK_FLAGS(2818, 0x0)
	/* fnmsub.s 0xffffffff3f800000 0xffffffff3f800000 0xffffffff3f800000 rm=rmm frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fnmsub.s f10, f11, f12, f13, rmm
	CHECK_F(2819, f10, 0xffffffff00000000)
	CHECK_FLAGS(2820, 0x0)
	/* fmadd.s 0xffffffff00800000 0xffffffff3f7fffff 0xffffffff80000000 rm=rne frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; li t0, 0xffffffff80000000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(2821, f10, 0xffffffff00800000)
	CHECK_FLAGS(2822, 0x3)
	/* fmadd.s 0xffffffff00800000 0xffffffff3f7fffff 0xffffffff80000000 rm=rtz frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; li t0, 0xffffffff80000000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rtz
	CHECK_F(2823, f10, 0xffffffff007fffff)
	CHECK_FLAGS(2824, 0x3)
	/* fmadd.s 0xffffffff00800000 0xffffffff3f7fffff 0xffffffff80000000 rm=rdn frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; li t0, 0xffffffff80000000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rdn
	CHECK_F(2825, f10, 0xffffffff007fffff)
	CHECK_FLAGS(2826, 0x3)
	/* fmadd.s 0xffffffff00800000 0xffffffff3f7fffff 0xffffffff80000000 rm=rup frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; li t0, 0xffffffff80000000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rup
	CHECK_F(2827, f10, 0xffffffff00800000)
	CHECK_FLAGS(2828, 0x3)
	/* fmadd.s 0xffffffff00800000 0xffffffff3f7fffff 0xffffffff80000000 rm=rmm frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; li t0, 0xffffffff80000000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rmm
	CHECK_F(2829, f10, 0xffffffff00800000)
	CHECK_FLAGS(2830, 0x3)
	/* fmadd.d 0x7fefffffffffffff 0x4000000000000000 0xffefffffffffffff rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; li t0, 0xffefffffffffffff; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rne
	CHECK_F(2831, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2832, 0x0)
	/* fmadd.d 0x7fefffffffffffff 0x4000000000000000 0xffefffffffffffff rm=rtz frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; li t0, 0xffefffffffffffff; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rtz
	CHECK_F(2833, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2834, 0x0)
	/* fmadd.d 0x7fefffffffffffff 0x4000000000000000 0xffefffffffffffff rm=rdn frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; li t0, 0xffefffffffffffff; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rdn
	CHECK_F(2835, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2836, 0x0)
	/* fmadd.d 0x7fefffffffffffff 0x4000000000000000 0xffefffffffffffff rm=rup frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; li t0, 0xffefffffffffffff; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rup
	CHECK_F(2837, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2838, 0x0)
	/* fmadd.d 0x7fefffffffffffff 0x4000000000000000 0xffefffffffffffff rm=rmm frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; li t0, 0xffefffffffffffff; fmv.d.x f13, t0; fmadd.d f10, f11, f12, f13, rmm
	CHECK_F(2839, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2840, 0x0)
	/* fmadd.s 0x3f800000 0xffffffff3f800000 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rne
	CHECK_F(2841, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(2842, 0x0)
	/* fmadd.s 0x3f800000 0xffffffff3f800000 0xffffffff3f800000 rm=rtz frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rtz
	CHECK_F(2843, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(2844, 0x0)
	/* fmadd.s 0x3f800000 0xffffffff3f800000 0xffffffff3f800000 rm=rdn frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rdn
	CHECK_F(2845, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(2846, 0x0)
	/* fmadd.s 0x3f800000 0xffffffff3f800000 0xffffffff3f800000 rm=rup frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rup
	CHECK_F(2847, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(2848, 0x0)
	/* fmadd.s 0x3f800000 0xffffffff3f800000 0xffffffff3f800000 rm=rmm frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; li t0, 0xffffffff3f800000; fmv.d.x f13, t0; fmadd.s f10, f11, f12, f13, rmm
	CHECK_F(2849, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(2850, 0x0)
TEST_END
