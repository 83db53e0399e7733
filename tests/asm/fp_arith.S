/* F and D arithmetic: fadd, fsub, fmul, fdiv, fsqrt in every rounding mode, with fflags.
 * Generated at test-writing time: every case ran under qemu-riscv64 7.2 (softfloat, the
 * reference), whose result bits and fflags are the expected values; the edge values
 * follow the F/D chapters of the unprivileged spec (NaN boxing, canonical NaN, fcvt
 * saturation, tininess after rounding, every rounding mode static and through frm).
 * Each case has two checks (result, then flags). A failing check prints its
 * number (tests/asm/test.h). */
#include "test.h"

TEST_BEGIN
	fsflags zero
	/* fadd.s 0xffffffff00000000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(1, f10, 0xffffffff00000000)
	CHECK_FLAGS(2, 0x0)
	/* fadd.s 0xffffffff00000000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(3, f10, 0xffffffffbf800000)
	CHECK_FLAGS(4, 0x0)
	/* fadd.s 0xffffffff00000000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(5, f10, 0xffffffffc0200000)
	CHECK_FLAGS(6, 0x0)
	/* fadd.s 0xffffffff00000000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(7, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(8, 0x0)
	/* fadd.s 0xffffffff00000000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(9, f10, 0xffffffff007fffff)
	CHECK_FLAGS(10, 0x0)
	/* fadd.s 0xffffffff00000000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(11, f10, 0xffffffffff800000)
	CHECK_FLAGS(12, 0x0)
	/* fadd.s 0xffffffff00000000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(13, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(14, 0x0)
	/* fadd.s 0xffffffff00000000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(15, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(16, 0x0)
	/* fadd.s 0xffffffff3f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(17, f10, 0xffffffff3f800000)
	CHECK_FLAGS(18, 0x0)
	/* fadd.s 0xffffffff3f800000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(19, f10, 0xffffffff00000000)
	CHECK_FLAGS(20, 0x0)
	/* fadd.s 0xffffffff3f800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(21, f10, 0xffffffffbfc00000)
	CHECK_FLAGS(22, 0x0)
	/* fadd.s 0xffffffff3f800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(23, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(24, 0x1)
	/* fadd.s 0xffffffff3f800000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(25, f10, 0xffffffff3f800000)
	CHECK_FLAGS(26, 0x1)
	/* fadd.s 0xffffffff3f800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(27, f10, 0xffffffffff800000)
	CHECK_FLAGS(28, 0x0)
	/* fadd.s 0xffffffff3f800000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(29, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(30, 0x0)
	/* fadd.s 0xffffffff3f800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(31, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(32, 0x0)
	/* fadd.s 0xffffffff3fc00000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(33, f10, 0xffffffff3fc00000)
	CHECK_FLAGS(34, 0x0)
	/* fadd.s 0xffffffff3fc00000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(35, f10, 0xffffffff3f000000)
	CHECK_FLAGS(36, 0x0)
	/* fadd.s 0xffffffff3fc00000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(37, f10, 0xffffffffbf800000)
	CHECK_FLAGS(38, 0x0)
	/* fadd.s 0xffffffff3fc00000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(39, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(40, 0x1)
	/* fadd.s 0xffffffff3fc00000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(41, f10, 0xffffffff3fc00000)
	CHECK_FLAGS(42, 0x1)
	/* fadd.s 0xffffffff3fc00000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(43, f10, 0xffffffffff800000)
	CHECK_FLAGS(44, 0x0)
	/* fadd.s 0xffffffff3fc00000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(45, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(46, 0x0)
	/* fadd.s 0xffffffff3fc00000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(47, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(48, 0x0)
	/* fadd.s 0xffffffffc0200000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(49, f10, 0xffffffffc0200000)
	CHECK_FLAGS(50, 0x0)
	/* fadd.s 0xffffffffc0200000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(51, f10, 0xffffffffc0600000)
	CHECK_FLAGS(52, 0x0)
	/* fadd.s 0xffffffffc0200000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(53, f10, 0xffffffffc0a00000)
	CHECK_FLAGS(54, 0x0)
	/* fadd.s 0xffffffffc0200000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(55, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(56, 0x1)
	/* fadd.s 0xffffffffc0200000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(57, f10, 0xffffffffc0200000)
	CHECK_FLAGS(58, 0x1)
	/* fadd.s 0xffffffffc0200000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(59, f10, 0xffffffffff800000)
	CHECK_FLAGS(60, 0x0)
	/* fadd.s 0xffffffffc0200000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(61, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(62, 0x0)
	/* fadd.s 0xffffffffc0200000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(63, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(64, 0x0)
	/* fadd.s 0xffffffffbf000000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(65, f10, 0xffffffffbf000000)
	CHECK_FLAGS(66, 0x0)
	/* fadd.s 0xffffffffbf000000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(67, f10, 0xffffffffbfc00000)
	CHECK_FLAGS(68, 0x0)
	/* fadd.s 0xffffffffbf000000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(69, f10, 0xffffffffc0400000)
	CHECK_FLAGS(70, 0x0)
	/* fadd.s 0xffffffffbf000000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(71, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(72, 0x1)
	/* fadd.s 0xffffffffbf000000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(73, f10, 0xffffffffbf000000)
	CHECK_FLAGS(74, 0x1)
	/* fadd.s 0xffffffffbf000000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(75, f10, 0xffffffffff800000)
	CHECK_FLAGS(76, 0x0)
	/* fadd.s 0xffffffffbf000000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(77, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(78, 0x0)
	/* fadd.s 0xffffffffbf000000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(79, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(80, 0x0)
	/* fadd.s 0xffffffffff7fffff 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(81, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(82, 0x0)
	/* fadd.s 0xffffffffff7fffff 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(83, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(84, 0x1)
	/* fadd.s 0xffffffffff7fffff 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(85, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(86, 0x1)
	/* fadd.s 0xffffffffff7fffff 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(87, f10, 0xffffffff00000000)
	CHECK_FLAGS(88, 0x0)
	/* fadd.s 0xffffffffff7fffff 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(89, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(90, 0x1)
	/* fadd.s 0xffffffffff7fffff 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(91, f10, 0xffffffffff800000)
	CHECK_FLAGS(92, 0x0)
	/* fadd.s 0xffffffffff7fffff 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(93, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(94, 0x0)
	/* fadd.s 0xffffffffff7fffff 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(95, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(96, 0x0)
	/* fadd.s 0xffffffff007fffff 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(97, f10, 0xffffffff007fffff)
	CHECK_FLAGS(98, 0x0)
	/* fadd.s 0xffffffff007fffff 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(99, f10, 0xffffffffbf800000)
	CHECK_FLAGS(100, 0x1)
	/* fadd.s 0xffffffff007fffff 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(101, f10, 0xffffffffc0200000)
	CHECK_FLAGS(102, 0x1)
	/* fadd.s 0xffffffff007fffff 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(103, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(104, 0x1)
	/* fadd.s 0xffffffff007fffff 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(105, f10, 0xffffffff00fffffe)
	CHECK_FLAGS(106, 0x0)
	/* fadd.s 0xffffffff007fffff 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(107, f10, 0xffffffffff800000)
	CHECK_FLAGS(108, 0x0)
	/* fadd.s 0xffffffff007fffff 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(109, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(110, 0x0)
	/* fadd.s 0xffffffff007fffff 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(111, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(112, 0x0)
	/* fadd.s 0xffffffff7f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(113, f10, 0xffffffff7f800000)
	CHECK_FLAGS(114, 0x0)
	/* fadd.s 0xffffffff7f800000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(115, f10, 0xffffffff7f800000)
	CHECK_FLAGS(116, 0x0)
	/* fadd.s 0xffffffff7f800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(117, f10, 0xffffffff7f800000)
	CHECK_FLAGS(118, 0x0)
	/* fadd.s 0xffffffff7f800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(119, f10, 0xffffffff7f800000)
	CHECK_FLAGS(120, 0x0)
	/* fadd.s 0xffffffff7f800000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(121, f10, 0xffffffff7f800000)
	CHECK_FLAGS(122, 0x0)
	/* fadd.s 0xffffffff7f800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(123, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(124, 0x10)
	/* fadd.s 0xffffffff7f800000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(125, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(126, 0x0)
	/* fadd.s 0xffffffff7f800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(127, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(128, 0x0)
	/* fadd.s 0xffffffff7fc00000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(129, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(130, 0x0)
	/* fadd.s 0xffffffff7fc00000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(131, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(132, 0x0)
	/* fadd.s 0xffffffff7fc00000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(133, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(134, 0x0)
	/* fadd.s 0xffffffff7fc00000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(135, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(136, 0x0)
	/* fadd.s 0xffffffff7fc00000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(137, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(138, 0x0)
	/* fadd.s 0xffffffff7fc00000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(139, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(140, 0x0)
	/* fadd.s 0xffffffff7fc00000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(141, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(142, 0x0)
	/* fadd.s 0xffffffff7fc00000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(143, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(144, 0x0)
	/* fadd.s 0xffffffffffc12345 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(145, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(146, 0x0)
	/* fadd.s 0xffffffffffc12345 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(147, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(148, 0x0)
	/* fadd.s 0xffffffffffc12345 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(149, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(150, 0x0)
	/* fadd.s 0xffffffffffc12345 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(151, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(152, 0x0)
	/* fadd.s 0xffffffffffc12345 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(153, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(154, 0x0)
	/* fadd.s 0xffffffffffc12345 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(155, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(156, 0x0)
	/* fadd.s 0xffffffffffc12345 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(157, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(158, 0x0)
	/* fadd.s 0xffffffffffc12345 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(159, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(160, 0x0)
	/* fadd.s 0x3f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(161, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(162, 0x0)
	/* fadd.s 0x3f800000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(163, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(164, 0x0)
	/* fadd.s 0x3f800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(165, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(166, 0x0)
	/* fadd.s 0x3f800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(167, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(168, 0x0)
	/* fadd.s 0x3f800000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(169, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(170, 0x0)
	/* fadd.s 0x3f800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(171, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(172, 0x0)
	/* fadd.s 0x3f800000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(173, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(174, 0x0)
	/* fadd.s 0x3f800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(175, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(176, 0x0)
	/* fadd.s 0xffffffff402121f6 0xffffffffc0280000 rm=rne frm=None */
	li t0, 0xffffffff402121f6; fmv.d.x f11, t0; li t0, 0xffffffffc0280000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(177, f10, 0xffffffffbddbc140)
	CHECK_FLAGS(178, 0x0)
	/* fadd.s 0xffffffff4a8fe7dc 0xffffffff3fd7684d rm=rne frm=None */
	li t0, 0xffffffff4a8fe7dc; fmv.d.x f11, t0; li t0, 0xffffffff3fd7684d; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(179, f10, 0xffffffff4a8fe7df)
	CHECK_FLAGS(180, 0x1)
	/* fadd.s 0xffffffff7f280000 0xffffffffbf300000 rm=rne frm=None */
	li t0, 0xffffffff7f280000; fmv.d.x f11, t0; li t0, 0xffffffffbf300000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(181, f10, 0xffffffff7f280000)
	CHECK_FLAGS(182, 0x1)
	/* fadd.s 0xffffffff13dd766f 0xffffffffff6d8c5e rm=rne frm=None */
	li t0, 0xffffffff13dd766f; fmv.d.x f11, t0; li t0, 0xffffffffff6d8c5e; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(183, f10, 0xffffffffff6d8c5e)
	CHECK_FLAGS(184, 0x1)
	/* fadd.s 0xffffffff3fac0000 0xffffffffb59356a0 rm=rne frm=None */
	li t0, 0xffffffff3fac0000; fmv.d.x f11, t0; li t0, 0xffffffffb59356a0; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(185, f10, 0xffffffff3fabfff7)
	CHECK_FLAGS(186, 0x1)
	/* fadd.s 0xffffffff1a6d0575 0xffffffffb5b3fea6 rm=rne frm=None */
	li t0, 0xffffffff1a6d0575; fmv.d.x f11, t0; li t0, 0xffffffffb5b3fea6; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(187, f10, 0xffffffffb5b3fea6)
	CHECK_FLAGS(188, 0x1)
	/* fadd.s 0xffffffff49aa6362 0xffffffff26970093 rm=rne frm=None */
	li t0, 0xffffffff49aa6362; fmv.d.x f11, t0; li t0, 0xffffffff26970093; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(189, f10, 0xffffffff49aa6362)
	CHECK_FLAGS(190, 0x1)
	/* fadd.s 0xffffffff95253359 0xffffffff7f7cd10d rm=rne frm=None */
	li t0, 0xffffffff95253359; fmv.d.x f11, t0; li t0, 0xffffffff7f7cd10d; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(191, f10, 0xffffffff7f7cd10d)
	CHECK_FLAGS(192, 0x1)
	/* fadd.s 0xffffffff358239dc 0xffffffffc062ccfd rm=rne frm=None */
	li t0, 0xffffffff358239dc; fmv.d.x f11, t0; li t0, 0xffffffffc062ccfd; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(193, f10, 0xffffffffc062ccf9)
	CHECK_FLAGS(194, 0x1)
	/* fadd.s 0xffffffff80468f56 0xffffffff80dc0000 rm=rne frm=None */
	li t0, 0xffffffff80468f56; fmv.d.x f11, t0; li t0, 0xffffffff80dc0000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(195, f10, 0xffffffff811147ab)
	CHECK_FLAGS(196, 0x0)
	/* fadd.s 0xffffffff3f814376 0xffffffffb0100000 rm=rne frm=None */
	li t0, 0xffffffff3f814376; fmv.d.x f11, t0; li t0, 0xffffffffb0100000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(197, f10, 0xffffffff3f814376)
	CHECK_FLAGS(198, 0x1)
	/* fadd.s 0xffffffff40382dee 0xffffffffff143ad1 rm=rne frm=None */
	li t0, 0xffffffff40382dee; fmv.d.x f11, t0; li t0, 0xffffffffff143ad1; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(199, f10, 0xffffffffff143ad1)
	CHECK_FLAGS(200, 0x1)
	/* fadd.s 0xffffffffbf140000 0xffffffff35f32afb rm=rne frm=None */
	li t0, 0xffffffffbf140000; fmv.d.x f11, t0; li t0, 0xffffffff35f32afb; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(201, f10, 0xffffffffbf13ffe2)
	CHECK_FLAGS(202, 0x1)
	/* fadd.s 0xffffffff40563d06 0xffffffff3f0c857d rm=rne frm=None */
	li t0, 0xffffffff40563d06; fmv.d.x f11, t0; li t0, 0xffffffff3f0c857d; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(203, f10, 0xffffffff40795e65)
	CHECK_FLAGS(204, 0x1)
	/* fadd.s 0xffffffff7f140000 0xffffffffbf62ae6b rm=rtz frm=None */
	li t0, 0xffffffff7f140000; fmv.d.x f11, t0; li t0, 0xffffffffbf62ae6b; fmv.d.x f12, t0; fadd.s f10, f11, f12, rtz
	CHECK_F(205, f10, 0xffffffff7f13ffff)
	CHECK_FLAGS(206, 0x1)
	/* fadd.s 0xffffffffc04c3a3a 0xffffffff00cf9e2a rm=rtz frm=None */
	li t0, 0xffffffffc04c3a3a; fmv.d.x f11, t0; li t0, 0xffffffff00cf9e2a; fmv.d.x f12, t0; fadd.s f10, f11, f12, rtz
	CHECK_F(207, f10, 0xffffffffc04c3a39)
	CHECK_FLAGS(208, 0x1)
	/* fadd.s 0xffffffff35d1bbe7 0xffffffffbf5a2563 rm=rtz frm=None */
	li t0, 0xffffffff35d1bbe7; fmv.d.x f11, t0; li t0, 0xffffffffbf5a2563; fmv.d.x f12, t0; fadd.s f10, f11, f12, rtz
	CHECK_F(209, f10, 0xffffffffbf5a2548)
	CHECK_FLAGS(210, 0x1)
	/* fadd.s 0xffffffff3fef41de 0xffffffff3f310a3b rm=rtz frm=None */
	li t0, 0xffffffff3fef41de; fmv.d.x f11, t0; li t0, 0xffffffff3f310a3b; fmv.d.x f12, t0; fadd.s f10, f11, f12, rtz
	CHECK_F(211, f10, 0xffffffff4023e37d)
	CHECK_FLAGS(212, 0x1)
	/* fadd.s 0xffffffff0de99e64 0xffffffff80eb75fa rm=rtz frm=None */
	li t0, 0xffffffff0de99e64; fmv.d.x f11, t0; li t0, 0xffffffff80eb75fa; fmv.d.x f12, t0; fadd.s f10, f11, f12, rtz
	CHECK_F(213, f10, 0xffffffff0de99e63)
	CHECK_FLAGS(214, 0x1)
	/* fadd.s 0xffffffffc04cc5b0 0xffffffff49f804a9 rm=rtz frm=None */
	li t0, 0xffffffffc04cc5b0; fmv.d.x f11, t0; li t0, 0xffffffff49f804a9; fmv.d.x f12, t0; fadd.s f10, f11, f12, rtz
	CHECK_F(215, f10, 0xffffffff49f8048f)
	CHECK_FLAGS(216, 0x1)
	/* fadd.s 0xffffffff47644003 0xffffffffbb800000 rm=rtz frm=None */
	li t0, 0xffffffff47644003; fmv.d.x f11, t0; li t0, 0xffffffffbb800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rtz
	CHECK_F(217, f10, 0xffffffff47644002)
	CHECK_FLAGS(218, 0x0)
	/* fadd.s 0xffffffffbf500000 0xffffffff17380000 rm=rtz frm=None */
	li t0, 0xffffffffbf500000; fmv.d.x f11, t0; li t0, 0xffffffff17380000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rtz
	CHECK_F(219, f10, 0xffffffffbf4fffff)
	CHECK_FLAGS(220, 0x1)
	/* fadd.s 0xffffffff3f056495 0xffffffff8080e6c6 rm=rtz frm=None */
	li t0, 0xffffffff3f056495; fmv.d.x f11, t0; li t0, 0xffffffff8080e6c6; fmv.d.x f12, t0; fadd.s f10, f11, f12, rtz
	CHECK_F(221, f10, 0xffffffff3f056494)
	CHECK_FLAGS(222, 0x1)
	/* fadd.s 0xffffffffbf8d7ef3 0xffffffffc9af6ec2 rm=rtz frm=None */
	li t0, 0xffffffffbf8d7ef3; fmv.d.x f11, t0; li t0, 0xffffffffc9af6ec2; fmv.d.x f12, t0; fadd.s f10, f11, f12, rtz
	CHECK_F(223, f10, 0xffffffffc9af6eca)
	CHECK_FLAGS(224, 0x1)
	/* fadd.s 0xffffffffff11c100 0xffffffff8b141efb rm=rtz frm=None */
	li t0, 0xffffffffff11c100; fmv.d.x f11, t0; li t0, 0xffffffff8b141efb; fmv.d.x f12, t0; fadd.s f10, f11, f12, rtz
	CHECK_F(225, f10, 0xffffffffff11c100)
	CHECK_FLAGS(226, 0x1)
	/* fadd.s 0xffffffffc0333edc 0xffffffffff52f8a9 rm=rtz frm=None */
	li t0, 0xffffffffc0333edc; fmv.d.x f11, t0; li t0, 0xffffffffff52f8a9; fmv.d.x f12, t0; fadd.s f10, f11, f12, rtz
	CHECK_F(227, f10, 0xffffffffff52f8a9)
	CHECK_FLAGS(228, 0x1)
	/* fadd.s 0xffffffff3ff519ca 0xffffffffb5ea1386 rm=rtz frm=None */
	li t0, 0xffffffff3ff519ca; fmv.d.x f11, t0; li t0, 0xffffffffb5ea1386; fmv.d.x f12, t0; fadd.s f10, f11, f12, rtz
	CHECK_F(229, f10, 0xffffffff3ff519bb)
	CHECK_FLAGS(230, 0x1)
	/* fadd.s 0xffffffffc0297839 0xffffffffbf814bf7 rm=rtz frm=None */
	li t0, 0xffffffffc0297839; fmv.d.x f11, t0; li t0, 0xffffffffbf814bf7; fmv.d.x f12, t0; fadd.s f10, f11, f12, rtz
	CHECK_F(231, f10, 0xffffffffc06a1e34)
	CHECK_FLAGS(232, 0x1)
	/* fadd.s 0xffffffff8015a94f 0xffffffffbf540000 rm=rdn frm=None */
	li t0, 0xffffffff8015a94f; fmv.d.x f11, t0; li t0, 0xffffffffbf540000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rdn
	CHECK_F(233, f10, 0xffffffffbf540001)
	CHECK_FLAGS(234, 0x1)
	/* fadd.s 0xffffffff3fffcce4 0xffffffffbf880000 rm=rdn frm=None */
	li t0, 0xffffffff3fffcce4; fmv.d.x f11, t0; li t0, 0xffffffffbf880000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rdn
	CHECK_F(235, f10, 0xffffffff3f6f99c8)
	CHECK_FLAGS(236, 0x0)
	/* fadd.s 0xffffffff49840000 0xffffffffa83cb7d0 rm=rdn frm=None */
	li t0, 0xffffffff49840000; fmv.d.x f11, t0; li t0, 0xffffffffa83cb7d0; fmv.d.x f12, t0; fadd.s f10, f11, f12, rdn
	CHECK_F(237, f10, 0xffffffff4983ffff)
	CHECK_FLAGS(238, 0x1)
	/* fadd.s 0xffffffff04898207 0xffffffffbf3908da rm=rdn frm=None */
	li t0, 0xffffffff04898207; fmv.d.x f11, t0; li t0, 0xffffffffbf3908da; fmv.d.x f12, t0; fadd.s f10, f11, f12, rdn
	CHECK_F(239, f10, 0xffffffffbf3908da)
	CHECK_FLAGS(240, 0x1)
	/* fadd.s 0xffffffff35ab2920 0xffffffff00e4a1fe rm=rdn frm=None */
	li t0, 0xffffffff35ab2920; fmv.d.x f11, t0; li t0, 0xffffffff00e4a1fe; fmv.d.x f12, t0; fadd.s f10, f11, f12, rdn
	CHECK_F(241, f10, 0xffffffff35ab2920)
	CHECK_FLAGS(242, 0x1)
	/* fadd.s 0xffffffff358c1780 0xffffffff002c0000 rm=rdn frm=None */
	li t0, 0xffffffff358c1780; fmv.d.x f11, t0; li t0, 0xffffffff002c0000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rdn
	CHECK_F(243, f10, 0xffffffff358c1780)
	CHECK_FLAGS(244, 0x1)
	/* fadd.s 0xffffffff9e2bc969 0xffffffff4013e795 rm=rdn frm=None */
	li t0, 0xffffffff9e2bc969; fmv.d.x f11, t0; li t0, 0xffffffff4013e795; fmv.d.x f12, t0; fadd.s f10, f11, f12, rdn
	CHECK_F(245, f10, 0xffffffff4013e794)
	CHECK_FLAGS(246, 0x1)
	/* fadd.s 0xffffffffb5ed2386 0xffffffff40300000 rm=rdn frm=None */
	li t0, 0xffffffffb5ed2386; fmv.d.x f11, t0; li t0, 0xffffffff40300000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rdn
	CHECK_F(247, f10, 0xffffffff402ffff8)
	CHECK_FLAGS(248, 0x1)
	/* fadd.s 0xffffffff81140000 0xffffffff7f13f309 rm=rdn frm=None */
	li t0, 0xffffffff81140000; fmv.d.x f11, t0; li t0, 0xffffffff7f13f309; fmv.d.x f12, t0; fadd.s f10, f11, f12, rdn
	CHECK_F(249, f10, 0xffffffff7f13f308)
	CHECK_FLAGS(250, 0x1)
	/* fadd.s 0xffffffff92fac54e 0xffffffff49de02e3 rm=rdn frm=None */
	li t0, 0xffffffff92fac54e; fmv.d.x f11, t0; li t0, 0xffffffff49de02e3; fmv.d.x f12, t0; fadd.s f10, f11, f12, rdn
	CHECK_F(251, f10, 0xffffffff49de02e2)
	CHECK_FLAGS(252, 0x1)
	/* fadd.s 0xffffffff00dcc2bb 0xffffffff805540d2 rm=rdn frm=None */
	li t0, 0xffffffff00dcc2bb; fmv.d.x f11, t0; li t0, 0xffffffff805540d2; fmv.d.x f12, t0; fadd.s f10, f11, f12, rdn
	CHECK_F(253, f10, 0xffffffff008781e9)
	CHECK_FLAGS(254, 0x0)
	/* fadd.s 0xffffffff4062670e 0xffffffffff140000 rm=rdn frm=None */
	li t0, 0xffffffff4062670e; fmv.d.x f11, t0; li t0, 0xffffffffff140000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rdn
	CHECK_F(255, f10, 0xffffffffff140000)
	CHECK_FLAGS(256, 0x1)
	/* fadd.s 0xffffffff3faf0113 0xffffffff3a083cac rm=rdn frm=None */
	li t0, 0xffffffff3faf0113; fmv.d.x f11, t0; li t0, 0xffffffff3a083cac; fmv.d.x f12, t0; fadd.s f10, f11, f12, rdn
	CHECK_F(257, f10, 0xffffffff3faf121a)
	CHECK_FLAGS(258, 0x1)
	/* fadd.s 0xffffffffc051abeb 0xffffffff40200000 rm=rdn frm=None */
	li t0, 0xffffffffc051abeb; fmv.d.x f11, t0; li t0, 0xffffffff40200000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rdn
	CHECK_F(259, f10, 0xffffffffbf46afac)
	CHECK_FLAGS(260, 0x0)
	/* fadd.s 0xffffffff80eaaf84 0xffffffffff6040db rm=rup frm=None */
	li t0, 0xffffffff80eaaf84; fmv.d.x f11, t0; li t0, 0xffffffffff6040db; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(261, f10, 0xffffffffff6040db)
	CHECK_FLAGS(262, 0x1)
	/* fadd.s 0xffffffff40100000 0xffffffff01600000 rm=rup frm=None */
	li t0, 0xffffffff40100000; fmv.d.x f11, t0; li t0, 0xffffffff01600000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(263, f10, 0xffffffff40100001)
	CHECK_FLAGS(264, 0x1)
	/* fadd.s 0xffffffff49a42bf9 0xffffffff8007f5fd rm=rup frm=None */
	li t0, 0xffffffff49a42bf9; fmv.d.x f11, t0; li t0, 0xffffffff8007f5fd; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(265, f10, 0xffffffff49a42bf9)
	CHECK_FLAGS(266, 0x1)
	/* fadd.s 0xffffffffbf7ab5a2 0xffffffff005d5082 rm=rup frm=None */
	li t0, 0xffffffffbf7ab5a2; fmv.d.x f11, t0; li t0, 0xffffffff005d5082; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(267, f10, 0xffffffffbf7ab5a1)
	CHECK_FLAGS(268, 0x1)
	/* fadd.s 0xffffffff80280000 0xffffffff006de031 rm=rup frm=None */
	li t0, 0xffffffff80280000; fmv.d.x f11, t0; li t0, 0xffffffff006de031; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(269, f10, 0xffffffff0045e031)
	CHECK_FLAGS(270, 0x0)
	/* fadd.s 0xffffffff00282996 0xffffffff0176065b rm=rup frm=None */
	li t0, 0xffffffff00282996; fmv.d.x f11, t0; li t0, 0xffffffff0176065b; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(271, f10, 0xffffffff01850d93)
	CHECK_FLAGS(272, 0x0)
	/* fadd.s 0xffffffff7f380000 0xffffffff00496729 rm=rup frm=None */
	li t0, 0xffffffff7f380000; fmv.d.x f11, t0; li t0, 0xffffffff00496729; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(273, f10, 0xffffffff7f380001)
	CHECK_FLAGS(274, 0x1)
	/* fadd.s 0xffffffff8098cc9a 0xffffffff18540000 rm=rup frm=None */
	li t0, 0xffffffff8098cc9a; fmv.d.x f11, t0; li t0, 0xffffffff18540000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(275, f10, 0xffffffff18540000)
	CHECK_FLAGS(276, 0x1)
	/* fadd.s 0xffffffff4983b3f5 0xffffffffbf8e712a rm=rup frm=None */
	li t0, 0xffffffff4983b3f5; fmv.d.x f11, t0; li t0, 0xffffffffbf8e712a; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(277, f10, 0xffffffff4983b3ed)
	CHECK_FLAGS(278, 0x1)
	/* fadd.s 0xffffffff000c0000 0xffffffff35fc0000 rm=rup frm=None */
	li t0, 0xffffffff000c0000; fmv.d.x f11, t0; li t0, 0xffffffff35fc0000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(279, f10, 0xffffffff35fc0001)
	CHECK_FLAGS(280, 0x1)
	/* fadd.s 0xffffffff4034468c 0xffffffff40601024 rm=rup frm=None */
	li t0, 0xffffffff4034468c; fmv.d.x f11, t0; li t0, 0xffffffff40601024; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(281, f10, 0xffffffff40ca2b58)
	CHECK_FLAGS(282, 0x0)
	/* fadd.s 0xffffffff3fbd22b2 0xffffffffb5fd5068 rm=rup frm=None */
	li t0, 0xffffffff3fbd22b2; fmv.d.x f11, t0; li t0, 0xffffffffb5fd5068; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(283, f10, 0xffffffff3fbd22a3)
	CHECK_FLAGS(284, 0x1)
	/* fadd.s 0xffffffffbf3d3747 0xffffffffbf8fb08b rm=rup frm=None */
	li t0, 0xffffffffbf3d3747; fmv.d.x f11, t0; li t0, 0xffffffffbf8fb08b; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(285, f10, 0xffffffffbfee4c2e)
	CHECK_FLAGS(286, 0x1)
	/* fadd.s 0xffffffff40180000 0xffffffff005cd313 rm=rup frm=None */
	li t0, 0xffffffff40180000; fmv.d.x f11, t0; li t0, 0xffffffff005cd313; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(287, f10, 0xffffffff40180001)
	CHECK_FLAGS(288, 0x1)
	/* fadd.s 0xffffffffc9c40240 0xffffffff00d10d8f rm=rmm frm=None */
	li t0, 0xffffffffc9c40240; fmv.d.x f11, t0; li t0, 0xffffffff00d10d8f; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(289, f10, 0xffffffffc9c40240)
	CHECK_FLAGS(290, 0x1)
	/* fadd.s 0xffffffff3fca53f9 0xffffffffff1da648 rm=rmm frm=None */
	li t0, 0xffffffff3fca53f9; fmv.d.x f11, t0; li t0, 0xffffffffff1da648; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(291, f10, 0xffffffffff1da648)
	CHECK_FLAGS(292, 0x1)
	/* fadd.s 0xffffffffbfa80000 0xffffffffff380000 rm=rmm frm=None */
	li t0, 0xffffffffbfa80000; fmv.d.x f11, t0; li t0, 0xffffffffff380000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(293, f10, 0xffffffffff380000)
	CHECK_FLAGS(294, 0x1)
	/* fadd.s 0xffffffff405907c9 0xffffffffbfe93a72 rm=rmm frm=None */
	li t0, 0xffffffff405907c9; fmv.d.x f11, t0; li t0, 0xffffffffbfe93a72; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(295, f10, 0xffffffff3fc8d520)
	CHECK_FLAGS(296, 0x0)
	/* fadd.s 0xffffffffbf792526 0xffffffff96bc0000 rm=rmm frm=None */
	li t0, 0xffffffffbf792526; fmv.d.x f11, t0; li t0, 0xffffffff96bc0000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(297, f10, 0xffffffffbf792526)
	CHECK_FLAGS(298, 0x1)
	/* fadd.s 0xffffffffff100000 0xffffffff40779b03 rm=rmm frm=None */
	li t0, 0xffffffffff100000; fmv.d.x f11, t0; li t0, 0xffffffff40779b03; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(299, f10, 0xffffffffff100000)
	CHECK_FLAGS(300, 0x1)
	/* fadd.s 0xffffffff8068f20b 0xffffffffff300000 rm=rmm frm=None */
	li t0, 0xffffffff8068f20b; fmv.d.x f11, t0; li t0, 0xffffffffff300000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(301, f10, 0xffffffffff300000)
	CHECK_FLAGS(302, 0x1)
	/* fadd.s 0xffffffff81640000 0xffffffffb5a7cbea rm=rmm frm=None */
	li t0, 0xffffffff81640000; fmv.d.x f11, t0; li t0, 0xffffffffb5a7cbea; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(303, f10, 0xffffffffb5a7cbea)
	CHECK_FLAGS(304, 0x1)
	/* fadd.s 0xffffffff8088eccd 0xffffffffc0539608 rm=rmm frm=None */
	li t0, 0xffffffff8088eccd; fmv.d.x f11, t0; li t0, 0xffffffffc0539608; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(305, f10, 0xffffffffc0539608)
	CHECK_FLAGS(306, 0x1)
	/* fadd.s 0xffffffff82d80000 0xffffffffbfc40000 rm=rmm frm=None */
	li t0, 0xffffffff82d80000; fmv.d.x f11, t0; li t0, 0xffffffffbfc40000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(307, f10, 0xffffffffbfc40000)
	CHECK_FLAGS(308, 0x1)
	/* fadd.s 0xffffffffc0140000 0xffffffffbfec0000 rm=rmm frm=None */
	li t0, 0xffffffffc0140000; fmv.d.x f11, t0; li t0, 0xffffffffbfec0000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(309, f10, 0xffffffffc0850000)
	CHECK_FLAGS(310, 0x0)
	/* fadd.s 0xffffffff1c8c0000 0xffffffff8075b052 rm=rmm frm=None */
	li t0, 0xffffffff1c8c0000; fmv.d.x f11, t0; li t0, 0xffffffff8075b052; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(311, f10, 0xffffffff1c8c0000)
	CHECK_FLAGS(312, 0x1)
	/* fadd.s 0xffffffff81067809 0xffffffff4010e6ee rm=rmm frm=None */
	li t0, 0xffffffff81067809; fmv.d.x f11, t0; li t0, 0xffffffff4010e6ee; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(313, f10, 0xffffffff4010e6ee)
	CHECK_FLAGS(314, 0x1)
	/* fadd.s 0xffffffff810b77d4 0xffffffff01740000 rm=rmm frm=None */
	li t0, 0xffffffff810b77d4; fmv.d.x f11, t0; li t0, 0xffffffff01740000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(315, f10, 0xffffffff00d11058)
	CHECK_FLAGS(316, 0x0)
	/* fadd.s 0xffffffff00c18271 0xffffffff00d79c60 rm=None frm=0 */
	li t0, 0xffffffff00c18271; fmv.d.x f11, t0; li t0, 0xffffffff00d79c60; fmv.d.x f12, t0; fsrmi 0; fadd.s f10, f11, f12
	CHECK_F(317, f10, 0xffffffff014c8f68)
	CHECK_FLAGS(318, 0x1)
	/* fadd.s 0xffffffff18343ba3 0xffffffff8078f8f0 rm=None frm=0 */
	li t0, 0xffffffff18343ba3; fmv.d.x f11, t0; li t0, 0xffffffff8078f8f0; fmv.d.x f12, t0; fsrmi 0; fadd.s f10, f11, f12
	CHECK_F(319, f10, 0xffffffff18343ba3)
	CHECK_FLAGS(320, 0x1)
	/* fadd.s 0xffffffff404ec823 0xffffffff12700000 rm=None frm=0 */
	li t0, 0xffffffff404ec823; fmv.d.x f11, t0; li t0, 0xffffffff12700000; fmv.d.x f12, t0; fsrmi 0; fadd.s f10, f11, f12
	CHECK_F(321, f10, 0xffffffff404ec823)
	CHECK_FLAGS(322, 0x1)
	/* fadd.s 0xffffffffc983439e 0xffffffff20dffc86 rm=None frm=0 */
	li t0, 0xffffffffc983439e; fmv.d.x f11, t0; li t0, 0xffffffff20dffc86; fmv.d.x f12, t0; fsrmi 0; fadd.s f10, f11, f12
	CHECK_F(323, f10, 0xffffffffc983439e)
	CHECK_FLAGS(324, 0x1)
	/* fadd.s 0xffffffffb5960cee 0xffffffff04025755 rm=None frm=1 */
	li t0, 0xffffffffb5960cee; fmv.d.x f11, t0; li t0, 0xffffffff04025755; fmv.d.x f12, t0; fsrmi 1; fadd.s f10, f11, f12
	CHECK_F(325, f10, 0xffffffffb5960ced)
	CHECK_FLAGS(326, 0x1)
	/* fadd.s 0xffffffff3fdc0000 0xffffffffb5ceefea rm=None frm=1 */
	li t0, 0xffffffff3fdc0000; fmv.d.x f11, t0; li t0, 0xffffffffb5ceefea; fmv.d.x f12, t0; fsrmi 1; fadd.s f10, f11, f12
	CHECK_F(327, f10, 0xffffffff3fdbfff3)
	CHECK_FLAGS(328, 0x1)
	/* fadd.s 0xffffffff3fb80000 0xffffffff35ecffca rm=None frm=1 */
	li t0, 0xffffffff3fb80000; fmv.d.x f11, t0; li t0, 0xffffffff35ecffca; fmv.d.x f12, t0; fsrmi 1; fadd.s f10, f11, f12
	CHECK_F(329, f10, 0xffffffff3fb8000e)
	CHECK_FLAGS(330, 0x1)
	/* fadd.s 0xffffffffc01d4a52 0xffffffffff5fa7af rm=None frm=1 */
	li t0, 0xffffffffc01d4a52; fmv.d.x f11, t0; li t0, 0xffffffffff5fa7af; fmv.d.x f12, t0; fsrmi 1; fadd.s f10, f11, f12
	CHECK_F(331, f10, 0xffffffffff5fa7af)
	CHECK_FLAGS(332, 0x1)
	/* fadd.s 0xffffffff4d700000 0xffffffffa4f80000 rm=None frm=2 */
	li t0, 0xffffffff4d700000; fmv.d.x f11, t0; li t0, 0xffffffffa4f80000; fmv.d.x f12, t0; fsrmi 2; fadd.s f10, f11, f12
	CHECK_F(333, f10, 0xffffffff4d6fffff)
	CHECK_FLAGS(334, 0x1)
	/* fadd.s 0xffffffff0096c83c 0xffffffff00840000 rm=None frm=2 */
	li t0, 0xffffffff0096c83c; fmv.d.x f11, t0; li t0, 0xffffffff00840000; fmv.d.x f12, t0; fsrmi 2; fadd.s f10, f11, f12
	CHECK_F(335, f10, 0xffffffff010d641e)
	CHECK_FLAGS(336, 0x0)
	/* fadd.s 0xffffffff005c9cf4 0xffffffff49b3170c rm=None frm=2 */
	li t0, 0xffffffff005c9cf4; fmv.d.x f11, t0; li t0, 0xffffffff49b3170c; fmv.d.x f12, t0; fsrmi 2; fadd.s f10, f11, f12
	CHECK_F(337, f10, 0xffffffff49b3170c)
	CHECK_FLAGS(338, 0x1)
	/* fadd.s 0xffffffff094d8af6 0xffffffffbf49d183 rm=None frm=2 */
	li t0, 0xffffffff094d8af6; fmv.d.x f11, t0; li t0, 0xffffffffbf49d183; fmv.d.x f12, t0; fsrmi 2; fadd.s f10, f11, f12
	CHECK_F(339, f10, 0xffffffffbf49d183)
	CHECK_FLAGS(340, 0x1)
	/* fadd.s 0xffffffffaf67fe44 0xffffffff8e529451 rm=None frm=3 */
	li t0, 0xffffffffaf67fe44; fmv.d.x f11, t0; li t0, 0xffffffff8e529451; fmv.d.x f12, t0; fsrmi 3; fadd.s f10, f11, f12
	CHECK_F(341, f10, 0xffffffffaf67fe44)
	CHECK_FLAGS(342, 0x1)
	/* fadd.s 0xffffffffbf430259 0xffffffff0012b2d7 rm=None frm=3 */
	li t0, 0xffffffffbf430259; fmv.d.x f11, t0; li t0, 0xffffffff0012b2d7; fmv.d.x f12, t0; fsrmi 3; fadd.s f10, f11, f12
	CHECK_F(343, f10, 0xffffffffbf430258)
	CHECK_FLAGS(344, 0x1)
	/* fadd.s 0xffffffffff2f7ddc 0xffffffff00140000 rm=None frm=3 */
	li t0, 0xffffffffff2f7ddc; fmv.d.x f11, t0; li t0, 0xffffffff00140000; fmv.d.x f12, t0; fsrmi 3; fadd.s f10, f11, f12
	CHECK_F(345, f10, 0xffffffffff2f7ddb)
	CHECK_FLAGS(346, 0x1)
	/* fadd.s 0xffffffffc0100000 0xffffffff35d3c4c9 rm=None frm=3 */
	li t0, 0xffffffffc0100000; fmv.d.x f11, t0; li t0, 0xffffffff35d3c4c9; fmv.d.x f12, t0; fsrmi 3; fadd.s f10, f11, f12
	CHECK_F(347, f10, 0xffffffffc00ffff9)
	CHECK_FLAGS(348, 0x1)
	/* fadd.s 0xffffffffc071c4a4 0xffffffffa8000000 rm=None frm=4 */
	li t0, 0xffffffffc071c4a4; fmv.d.x f11, t0; li t0, 0xffffffffa8000000; fmv.d.x f12, t0; fsrmi 4; fadd.s f10, f11, f12
	CHECK_F(349, f10, 0xffffffffc071c4a4)
	CHECK_FLAGS(350, 0x1)
	/* fadd.s 0xffffffff3f815311 0xffffffffff01c44f rm=None frm=4 */
	li t0, 0xffffffff3f815311; fmv.d.x f11, t0; li t0, 0xffffffffff01c44f; fmv.d.x f12, t0; fsrmi 4; fadd.s f10, f11, f12
	CHECK_F(351, f10, 0xffffffffff01c44f)
	CHECK_FLAGS(352, 0x1)
	/* fadd.s 0xffffffffbf426041 0xffffffffc9ddc38d rm=None frm=4 */
	li t0, 0xffffffffbf426041; fmv.d.x f11, t0; li t0, 0xffffffffc9ddc38d; fmv.d.x f12, t0; fsrmi 4; fadd.s f10, f11, f12
	CHECK_F(353, f10, 0xffffffffc9ddc393)
	CHECK_FLAGS(354, 0x1)
	/* fadd.s 0xffffffff80c6a8c2 0xffffffffc9c0492e rm=None frm=4 */
	li t0, 0xffffffff80c6a8c2; fmv.d.x f11, t0; li t0, 0xffffffffc9c0492e; fmv.d.x f12, t0; fsrmi 4; fadd.s f10, f11, f12
	CHECK_F(355, f10, 0xffffffffc9c0492e)
	CHECK_FLAGS(356, 0x1)
	/* fsub.s 0xffffffff00000000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(357, f10, 0xffffffff00000000)
	CHECK_FLAGS(358, 0x0)
	/* fsub.s 0xffffffff00000000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(359, f10, 0xffffffff3f800000)
	CHECK_FLAGS(360, 0x0)
	/* fsub.s 0xffffffff00000000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(361, f10, 0xffffffff40200000)
	CHECK_FLAGS(362, 0x0)
	/* fsub.s 0xffffffff00000000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(363, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(364, 0x0)
	/* fsub.s 0xffffffff00000000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(365, f10, 0xffffffff807fffff)
	CHECK_FLAGS(366, 0x0)
	/* fsub.s 0xffffffff00000000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(367, f10, 0xffffffff7f800000)
	CHECK_FLAGS(368, 0x0)
	/* fsub.s 0xffffffff00000000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(369, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(370, 0x0)
	/* fsub.s 0xffffffff00000000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(371, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(372, 0x0)
	/* fsub.s 0xffffffff3f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(373, f10, 0xffffffff3f800000)
	CHECK_FLAGS(374, 0x0)
	/* fsub.s 0xffffffff3f800000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(375, f10, 0xffffffff40000000)
	CHECK_FLAGS(376, 0x0)
	/* fsub.s 0xffffffff3f800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(377, f10, 0xffffffff40600000)
	CHECK_FLAGS(378, 0x0)
	/* fsub.s 0xffffffff3f800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(379, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(380, 0x1)
	/* fsub.s 0xffffffff3f800000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(381, f10, 0xffffffff3f800000)
	CHECK_FLAGS(382, 0x1)
	/* fsub.s 0xffffffff3f800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(383, f10, 0xffffffff7f800000)
	CHECK_FLAGS(384, 0x0)
	/* fsub.s 0xffffffff3f800000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(385, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(386, 0x0)
	/* fsub.s 0xffffffff3f800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(387, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(388, 0x0)
	/* fsub.s 0xffffffff3fc00000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(389, f10, 0xffffffff3fc00000)
	CHECK_FLAGS(390, 0x0)
	/* fsub.s 0xffffffff3fc00000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(391, f10, 0xffffffff40200000)
	CHECK_FLAGS(392, 0x0)
	/* fsub.s 0xffffffff3fc00000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(393, f10, 0xffffffff40800000)
	CHECK_FLAGS(394, 0x0)
	/* fsub.s 0xffffffff3fc00000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(395, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(396, 0x1)
	/* fsub.s 0xffffffff3fc00000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(397, f10, 0xffffffff3fc00000)
	CHECK_FLAGS(398, 0x1)
	/* fsub.s 0xffffffff3fc00000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(399, f10, 0xffffffff7f800000)
	CHECK_FLAGS(400, 0x0)
	/* fsub.s 0xffffffff3fc00000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(401, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(402, 0x0)
	/* fsub.s 0xffffffff3fc00000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(403, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(404, 0x0)
	/* fsub.s 0xffffffffc0200000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(405, f10, 0xffffffffc0200000)
	CHECK_FLAGS(406, 0x0)
	/* fsub.s 0xffffffffc0200000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(407, f10, 0xffffffffbfc00000)
	CHECK_FLAGS(408, 0x0)
	/* fsub.s 0xffffffffc0200000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(409, f10, 0xffffffff00000000)
	CHECK_FLAGS(410, 0x0)
	/* fsub.s 0xffffffffc0200000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(411, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(412, 0x1)
	/* fsub.s 0xffffffffc0200000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(413, f10, 0xffffffffc0200000)
	CHECK_FLAGS(414, 0x1)
	/* fsub.s 0xffffffffc0200000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(415, f10, 0xffffffff7f800000)
	CHECK_FLAGS(416, 0x0)
	/* fsub.s 0xffffffffc0200000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(417, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(418, 0x0)
	/* fsub.s 0xffffffffc0200000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(419, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(420, 0x0)
	/* fsub.s 0xffffffffbf000000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(421, f10, 0xffffffffbf000000)
	CHECK_FLAGS(422, 0x0)
	/* fsub.s 0xffffffffbf000000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(423, f10, 0xffffffff3f000000)
	CHECK_FLAGS(424, 0x0)
	/* fsub.s 0xffffffffbf000000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(425, f10, 0xffffffff40000000)
	CHECK_FLAGS(426, 0x0)
	/* fsub.s 0xffffffffbf000000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(427, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(428, 0x1)
	/* fsub.s 0xffffffffbf000000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(429, f10, 0xffffffffbf000000)
	CHECK_FLAGS(430, 0x1)
	/* fsub.s 0xffffffffbf000000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(431, f10, 0xffffffff7f800000)
	CHECK_FLAGS(432, 0x0)
	/* fsub.s 0xffffffffbf000000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(433, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(434, 0x0)
	/* fsub.s 0xffffffffbf000000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(435, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(436, 0x0)
	/* fsub.s 0xffffffffff7fffff 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(437, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(438, 0x0)
	/* fsub.s 0xffffffffff7fffff 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(439, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(440, 0x1)
	/* fsub.s 0xffffffffff7fffff 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(441, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(442, 0x1)
	/* fsub.s 0xffffffffff7fffff 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(443, f10, 0xffffffffff800000)
	CHECK_FLAGS(444, 0x5)
	/* fsub.s 0xffffffffff7fffff 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(445, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(446, 0x1)
	/* fsub.s 0xffffffffff7fffff 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(447, f10, 0xffffffff7f800000)
	CHECK_FLAGS(448, 0x0)
	/* fsub.s 0xffffffffff7fffff 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(449, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(450, 0x0)
	/* fsub.s 0xffffffffff7fffff 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(451, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(452, 0x0)
	/* fsub.s 0xffffffff007fffff 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(453, f10, 0xffffffff007fffff)
	CHECK_FLAGS(454, 0x0)
	/* fsub.s 0xffffffff007fffff 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(455, f10, 0xffffffff3f800000)
	CHECK_FLAGS(456, 0x1)
	/* fsub.s 0xffffffff007fffff 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(457, f10, 0xffffffff40200000)
	CHECK_FLAGS(458, 0x1)
	/* fsub.s 0xffffffff007fffff 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(459, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(460, 0x1)
	/* fsub.s 0xffffffff007fffff 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(461, f10, 0xffffffff00000000)
	CHECK_FLAGS(462, 0x0)
	/* fsub.s 0xffffffff007fffff 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(463, f10, 0xffffffff7f800000)
	CHECK_FLAGS(464, 0x0)
	/* fsub.s 0xffffffff007fffff 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(465, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(466, 0x0)
	/* fsub.s 0xffffffff007fffff 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(467, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(468, 0x0)
	/* fsub.s 0xffffffff7f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(469, f10, 0xffffffff7f800000)
	CHECK_FLAGS(470, 0x0)
	/* fsub.s 0xffffffff7f800000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(471, f10, 0xffffffff7f800000)
	CHECK_FLAGS(472, 0x0)
	/* fsub.s 0xffffffff7f800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(473, f10, 0xffffffff7f800000)
	CHECK_FLAGS(474, 0x0)
	/* fsub.s 0xffffffff7f800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(475, f10, 0xffffffff7f800000)
	CHECK_FLAGS(476, 0x0)
	/* fsub.s 0xffffffff7f800000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(477, f10, 0xffffffff7f800000)
	CHECK_FLAGS(478, 0x0)
	/* fsub.s 0xffffffff7f800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(479, f10, 0xffffffff7f800000)
	CHECK_FLAGS(480, 0x0)
	/* fsub.s 0xffffffff7f800000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(481, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(482, 0x0)
	/* fsub.s 0xffffffff7f800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(483, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(484, 0x0)
	/* fsub.s 0xffffffff7fc00000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(485, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(486, 0x0)
	/* fsub.s 0xffffffff7fc00000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(487, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(488, 0x0)
	/* fsub.s 0xffffffff7fc00000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(489, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(490, 0x0)
	/* fsub.s 0xffffffff7fc00000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(491, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(492, 0x0)
	/* fsub.s 0xffffffff7fc00000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(493, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(494, 0x0)
	/* fsub.s 0xffffffff7fc00000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(495, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(496, 0x0)
	/* fsub.s 0xffffffff7fc00000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(497, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(498, 0x0)
	/* fsub.s 0xffffffff7fc00000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(499, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(500, 0x0)
	/* fsub.s 0xffffffffffc12345 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(501, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(502, 0x0)
	/* fsub.s 0xffffffffffc12345 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(503, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(504, 0x0)
	/* fsub.s 0xffffffffffc12345 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(505, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(506, 0x0)
	/* fsub.s 0xffffffffffc12345 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(507, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(508, 0x0)
	/* fsub.s 0xffffffffffc12345 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(509, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(510, 0x0)
	/* fsub.s 0xffffffffffc12345 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(511, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(512, 0x0)
	/* fsub.s 0xffffffffffc12345 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(513, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(514, 0x0)
	/* fsub.s 0xffffffffffc12345 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(515, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(516, 0x0)
	/* fsub.s 0x3f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(517, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(518, 0x0)
	/* fsub.s 0x3f800000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(519, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(520, 0x0)
	/* fsub.s 0x3f800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(521, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(522, 0x0)
	/* fsub.s 0x3f800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(523, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(524, 0x0)
	/* fsub.s 0x3f800000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(525, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(526, 0x0)
	/* fsub.s 0x3f800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(527, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(528, 0x0)
	/* fsub.s 0x3f800000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(529, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(530, 0x0)
	/* fsub.s 0x3f800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(531, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(532, 0x0)
	/* fsub.s 0xffffffff8165663e 0xffffffffc9df20af rm=rne frm=None */
	li t0, 0xffffffff8165663e; fmv.d.x f11, t0; li t0, 0xffffffffc9df20af; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(533, f10, 0xffffffff49df20af)
	CHECK_FLAGS(534, 0x1)
	/* fsub.s 0xffffffff00d152f0 0xffffffffc001faa2 rm=rne frm=None */
	li t0, 0xffffffff00d152f0; fmv.d.x f11, t0; li t0, 0xffffffffc001faa2; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(535, f10, 0xffffffff4001faa2)
	CHECK_FLAGS(536, 0x1)
	/* fsub.s 0xffffffff35adeab4 0xffffffff805a0b41 rm=rne frm=None */
	li t0, 0xffffffff35adeab4; fmv.d.x f11, t0; li t0, 0xffffffff805a0b41; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(537, f10, 0xffffffff35adeab4)
	CHECK_FLAGS(538, 0x1)
	/* fsub.s 0xffffffff81240000 0xffffffff4061d5c1 rm=rne frm=None */
	li t0, 0xffffffff81240000; fmv.d.x f11, t0; li t0, 0xffffffff4061d5c1; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(539, f10, 0xffffffffc061d5c1)
	CHECK_FLAGS(540, 0x1)
	/* fsub.s 0xffffffff407c0000 0xffffffffbff40000 rm=rne frm=None */
	li t0, 0xffffffff407c0000; fmv.d.x f11, t0; li t0, 0xffffffffbff40000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(541, f10, 0xffffffff40bb0000)
	CHECK_FLAGS(542, 0x0)
	/* fsub.s 0xffffffff80028f47 0xffffffff35be2f2f rm=rne frm=None */
	li t0, 0xffffffff80028f47; fmv.d.x f11, t0; li t0, 0xffffffff35be2f2f; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(543, f10, 0xffffffffb5be2f2f)
	CHECK_FLAGS(544, 0x1)
	/* fsub.s 0xffffffff9dcf9f90 0xffffffffbfac0000 rm=rne frm=None */
	li t0, 0xffffffff9dcf9f90; fmv.d.x f11, t0; li t0, 0xffffffffbfac0000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(545, f10, 0xffffffff3fac0000)
	CHECK_FLAGS(546, 0x1)
	/* fsub.s 0xffffffffff6740de 0xffffffff8039af67 rm=rne frm=None */
	li t0, 0xffffffffff6740de; fmv.d.x f11, t0; li t0, 0xffffffff8039af67; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(547, f10, 0xffffffffff6740de)
	CHECK_FLAGS(548, 0x1)
	/* fsub.s 0xffffffff88b2b0e5 0xffffffff00cc0000 rm=rne frm=None */
	li t0, 0xffffffff88b2b0e5; fmv.d.x f11, t0; li t0, 0xffffffff00cc0000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(549, f10, 0xffffffff88b2b1b1)
	CHECK_FLAGS(550, 0x0)
	/* fsub.s 0xffffffff3f32f0e7 0xffffffff3f4f9cd0 rm=rne frm=None */
	li t0, 0xffffffff3f32f0e7; fmv.d.x f11, t0; li t0, 0xffffffff3f4f9cd0; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(551, f10, 0xffffffffbde55f48)
	CHECK_FLAGS(552, 0x0)
	/* fsub.s 0xffffffffc9aafeaa 0xffffffffce498f99 rm=rne frm=None */
	li t0, 0xffffffffc9aafeaa; fmv.d.x f11, t0; li t0, 0xffffffffce498f99; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(553, f10, 0xffffffff4e493a1a)
	CHECK_FLAGS(554, 0x1)
	/* fsub.s 0xffffffff3f3833e4 0xffffffffff264e98 rm=rne frm=None */
	li t0, 0xffffffff3f3833e4; fmv.d.x f11, t0; li t0, 0xffffffffff264e98; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(555, f10, 0xffffffff7f264e98)
	CHECK_FLAGS(556, 0x1)
	/* fsub.s 0xffffffffff740000 0xffffffff35c37029 rm=rne frm=None */
	li t0, 0xffffffffff740000; fmv.d.x f11, t0; li t0, 0xffffffff35c37029; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(557, f10, 0xffffffffff740000)
	CHECK_FLAGS(558, 0x1)
	/* fsub.s 0xffffffffc0200000 0xffffffffbfa00000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffbfa00000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(559, f10, 0xffffffffbfa00000)
	CHECK_FLAGS(560, 0x0)
	/* fsub.s 0xffffffffc1b4cec7 0xffffffff0c840000 rm=rtz frm=None */
	li t0, 0xffffffffc1b4cec7; fmv.d.x f11, t0; li t0, 0xffffffff0c840000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(561, f10, 0xffffffffc1b4cec7)
	CHECK_FLAGS(562, 0x1)
	/* fsub.s 0xffffffff40700000 0xffffffff3f380000 rm=rtz frm=None */
	li t0, 0xffffffff40700000; fmv.d.x f11, t0; li t0, 0xffffffff3f380000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(563, f10, 0xffffffff40420000)
	CHECK_FLAGS(564, 0x0)
	/* fsub.s 0xffffffff7f200000 0xffffffff3fd65668 rm=rtz frm=None */
	li t0, 0xffffffff7f200000; fmv.d.x f11, t0; li t0, 0xffffffff3fd65668; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(565, f10, 0xffffffff7f1fffff)
	CHECK_FLAGS(566, 0x1)
	/* fsub.s 0xffffffffc99b2214 0xffffffff8dce705d rm=rtz frm=None */
	li t0, 0xffffffffc99b2214; fmv.d.x f11, t0; li t0, 0xffffffff8dce705d; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(567, f10, 0xffffffffc99b2213)
	CHECK_FLAGS(568, 0x1)
	/* fsub.s 0xffffffff49deebb2 0xffffffffbf68d662 rm=rtz frm=None */
	li t0, 0xffffffff49deebb2; fmv.d.x f11, t0; li t0, 0xffffffffbf68d662; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(569, f10, 0xffffffff49deebb9)
	CHECK_FLAGS(570, 0x1)
	/* fsub.s 0xffffffff80680000 0xffffffffbf6d11e4 rm=rtz frm=None */
	li t0, 0xffffffff80680000; fmv.d.x f11, t0; li t0, 0xffffffffbf6d11e4; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(571, f10, 0xffffffff3f6d11e3)
	CHECK_FLAGS(572, 0x1)
	/* fsub.s 0xffffffff35929a1d 0xffffffff81268621 rm=rtz frm=None */
	li t0, 0xffffffff35929a1d; fmv.d.x f11, t0; li t0, 0xffffffff81268621; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(573, f10, 0xffffffff35929a1d)
	CHECK_FLAGS(574, 0x1)
	/* fsub.s 0xffffffff011c0000 0xffffffff7f4c0000 rm=rtz frm=None */
	li t0, 0xffffffff011c0000; fmv.d.x f11, t0; li t0, 0xffffffff7f4c0000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(575, f10, 0xffffffffff4bffff)
	CHECK_FLAGS(576, 0x1)
	/* fsub.s 0xffffffffc0635794 0xffffffffbf490a2b rm=rtz frm=None */
	li t0, 0xffffffffc0635794; fmv.d.x f11, t0; li t0, 0xffffffffbf490a2b; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(577, f10, 0xffffffffc0311509)
	CHECK_FLAGS(578, 0x1)
	/* fsub.s 0xffffffff8007fb13 0xffffffff7f09a0e3 rm=rtz frm=None */
	li t0, 0xffffffff8007fb13; fmv.d.x f11, t0; li t0, 0xffffffff7f09a0e3; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(579, f10, 0xffffffffff09a0e3)
	CHECK_FLAGS(580, 0x1)
	/* fsub.s 0xffffffff816c96e5 0xffffffff3f7cae1b rm=rtz frm=None */
	li t0, 0xffffffff816c96e5; fmv.d.x f11, t0; li t0, 0xffffffff3f7cae1b; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(581, f10, 0xffffffffbf7cae1b)
	CHECK_FLAGS(582, 0x1)
	/* fsub.s 0xffffffffbf113d56 0xffffffff99740000 rm=rtz frm=None */
	li t0, 0xffffffffbf113d56; fmv.d.x f11, t0; li t0, 0xffffffff99740000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(583, f10, 0xffffffffbf113d55)
	CHECK_FLAGS(584, 0x1)
	/* fsub.s 0xffffffffbfdb502a 0xffffffff46f6eb11 rm=rtz frm=None */
	li t0, 0xffffffffbfdb502a; fmv.d.x f11, t0; li t0, 0xffffffff46f6eb11; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(585, f10, 0xffffffffc6f6ee7e)
	CHECK_FLAGS(586, 0x1)
	/* fsub.s 0xffffffffff2e293a 0xffffffff590e2446 rm=rtz frm=None */
	li t0, 0xffffffffff2e293a; fmv.d.x f11, t0; li t0, 0xffffffff590e2446; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(587, f10, 0xffffffffff2e293a)
	CHECK_FLAGS(588, 0x1)
	/* fsub.s 0xffffffff499f6fcc 0xffffffff1d900000 rm=rdn frm=None */
	li t0, 0xffffffff499f6fcc; fmv.d.x f11, t0; li t0, 0xffffffff1d900000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(589, f10, 0xffffffff499f6fcb)
	CHECK_FLAGS(590, 0x1)
	/* fsub.s 0xffffffffc9f4efe1 0xffffffff800c0000 rm=rdn frm=None */
	li t0, 0xffffffffc9f4efe1; fmv.d.x f11, t0; li t0, 0xffffffff800c0000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(591, f10, 0xffffffffc9f4efe1)
	CHECK_FLAGS(592, 0x1)
	/* fsub.s 0xffffffffae280000 0xffffffff01450a53 rm=rdn frm=None */
	li t0, 0xffffffffae280000; fmv.d.x f11, t0; li t0, 0xffffffff01450a53; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(593, f10, 0xffffffffae280001)
	CHECK_FLAGS(594, 0x1)
	/* fsub.s 0xffffffff1eb40000 0xffffffff3597154f rm=rdn frm=None */
	li t0, 0xffffffff1eb40000; fmv.d.x f11, t0; li t0, 0xffffffff3597154f; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(595, f10, 0xffffffffb597154f)
	CHECK_FLAGS(596, 0x1)
	/* fsub.s 0xffffffff3f9a4d27 0xffffffffff0404a5 rm=rdn frm=None */
	li t0, 0xffffffff3f9a4d27; fmv.d.x f11, t0; li t0, 0xffffffffff0404a5; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(597, f10, 0xffffffff7f0404a5)
	CHECK_FLAGS(598, 0x1)
	/* fsub.s 0xffffffffb5964a3f 0xffffffff4077ca74 rm=rdn frm=None */
	li t0, 0xffffffffb5964a3f; fmv.d.x f11, t0; li t0, 0xffffffff4077ca74; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(599, f10, 0xffffffffc077ca79)
	CHECK_FLAGS(600, 0x1)
	/* fsub.s 0xffffffffc04c0000 0xffffffff43d7c091 rm=rdn frm=None */
	li t0, 0xffffffffc04c0000; fmv.d.x f11, t0; li t0, 0xffffffff43d7c091; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(601, f10, 0xffffffffc3d95891)
	CHECK_FLAGS(602, 0x0)
	/* fsub.s 0xffffffff3f15de0a 0xffffffffb5ec0000 rm=rdn frm=None */
	li t0, 0xffffffff3f15de0a; fmv.d.x f11, t0; li t0, 0xffffffffb5ec0000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(603, f10, 0xffffffff3f15de27)
	CHECK_FLAGS(604, 0x1)
	/* fsub.s 0xffffffff00100000 0xffffffff800f5fc4 rm=rdn frm=None */
	li t0, 0xffffffff00100000; fmv.d.x f11, t0; li t0, 0xffffffff800f5fc4; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(605, f10, 0xffffffff001f5fc4)
	CHECK_FLAGS(606, 0x0)
	/* fsub.s 0xffffffff8c8afb25 0xffffffffc9a0c487 rm=rdn frm=None */
	li t0, 0xffffffff8c8afb25; fmv.d.x f11, t0; li t0, 0xffffffffc9a0c487; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(607, f10, 0xffffffff49a0c486)
	CHECK_FLAGS(608, 0x1)
	/* fsub.s 0xffffffffc0434315 0xffffffff80440000 rm=rdn frm=None */
	li t0, 0xffffffffc0434315; fmv.d.x f11, t0; li t0, 0xffffffff80440000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(609, f10, 0xffffffffc0434315)
	CHECK_FLAGS(610, 0x1)
	/* fsub.s 0xffffffff81180990 0xffffffffbf8d1e30 rm=rdn frm=None */
	li t0, 0xffffffff81180990; fmv.d.x f11, t0; li t0, 0xffffffffbf8d1e30; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(611, f10, 0xffffffff3f8d1e2f)
	CHECK_FLAGS(612, 0x1)
	/* fsub.s 0xffffffffbfed5d1e 0xffffffff816e3aff rm=rdn frm=None */
	li t0, 0xffffffffbfed5d1e; fmv.d.x f11, t0; li t0, 0xffffffff816e3aff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(613, f10, 0xffffffffbfed5d1e)
	CHECK_FLAGS(614, 0x1)
	/* fsub.s 0xffffffffb5e9240e 0xffffffffbf4628cd rm=rdn frm=None */
	li t0, 0xffffffffb5e9240e; fmv.d.x f11, t0; li t0, 0xffffffffbf4628cd; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(615, f10, 0xffffffff3f4628af)
	CHECK_FLAGS(616, 0x1)
	/* fsub.s 0xffffffff3ffc4eaa 0xffffffffc02dba25 rm=rup frm=None */
	li t0, 0xffffffff3ffc4eaa; fmv.d.x f11, t0; li t0, 0xffffffffc02dba25; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(617, f10, 0xffffffff4095f0bd)
	CHECK_FLAGS(618, 0x0)
	/* fsub.s 0xffffffff3f252369 0xffffffff03734281 rm=rup frm=None */
	li t0, 0xffffffff3f252369; fmv.d.x f11, t0; li t0, 0xffffffff03734281; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(619, f10, 0xffffffff3f252369)
	CHECK_FLAGS(620, 0x1)
	/* fsub.s 0xffffffffc9e56991 0xffffffff8052e198 rm=rup frm=None */
	li t0, 0xffffffffc9e56991; fmv.d.x f11, t0; li t0, 0xffffffff8052e198; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(621, f10, 0xffffffffc9e56990)
	CHECK_FLAGS(622, 0x1)
	/* fsub.s 0xffffffffff64f548 0xffffffff00b80000 rm=rup frm=None */
	li t0, 0xffffffffff64f548; fmv.d.x f11, t0; li t0, 0xffffffff00b80000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(623, f10, 0xffffffffff64f548)
	CHECK_FLAGS(624, 0x1)
	/* fsub.s 0xffffffff00054bc4 0xffffffff3f1c0000 rm=rup frm=None */
	li t0, 0xffffffff00054bc4; fmv.d.x f11, t0; li t0, 0xffffffff3f1c0000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(625, f10, 0xffffffffbf1bffff)
	CHECK_FLAGS(626, 0x1)
	/* fsub.s 0xffffffff7f6642a8 0xffffffffff340000 rm=rup frm=None */
	li t0, 0xffffffff7f6642a8; fmv.d.x f11, t0; li t0, 0xffffffffff340000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(627, f10, 0xffffffff7f800000)
	CHECK_FLAGS(628, 0x5)
	/* fsub.s 0xffffffff3f500000 0xffffffff49d80000 rm=rup frm=None */
	li t0, 0xffffffff3f500000; fmv.d.x f11, t0; li t0, 0xffffffff49d80000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(629, f10, 0xffffffffc9d7fff9)
	CHECK_FLAGS(630, 0x1)
	/* fsub.s 0xffffffff87000000 0xffffffff4050e128 rm=rup frm=None */
	li t0, 0xffffffff87000000; fmv.d.x f11, t0; li t0, 0xffffffff4050e128; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(631, f10, 0xffffffffc050e128)
	CHECK_FLAGS(632, 0x1)
	/* fsub.s 0xffffffff098c0000 0xffffffff35a80000 rm=rup frm=None */
	li t0, 0xffffffff098c0000; fmv.d.x f11, t0; li t0, 0xffffffff35a80000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(633, f10, 0xffffffffb5a7ffff)
	CHECK_FLAGS(634, 0x1)
	/* fsub.s 0xffffffff35ec0000 0xffffffffbfd2c07e rm=rup frm=None */
	li t0, 0xffffffff35ec0000; fmv.d.x f11, t0; li t0, 0xffffffffbfd2c07e; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(635, f10, 0xffffffff3fd2c08d)
	CHECK_FLAGS(636, 0x1)
	/* fsub.s 0xffffffff3f777109 0xffffffff04580000 rm=rup frm=None */
	li t0, 0xffffffff3f777109; fmv.d.x f11, t0; li t0, 0xffffffff04580000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(637, f10, 0xffffffff3f777109)
	CHECK_FLAGS(638, 0x1)
	/* fsub.s 0xffffffffff29cce9 0xffffffffc06c0000 rm=rup frm=None */
	li t0, 0xffffffffff29cce9; fmv.d.x f11, t0; li t0, 0xffffffffc06c0000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(639, f10, 0xffffffffff29cce8)
	CHECK_FLAGS(640, 0x1)
	/* fsub.s 0xffffffff84367f42 0xffffffffa052c9aa rm=rup frm=None */
	li t0, 0xffffffff84367f42; fmv.d.x f11, t0; li t0, 0xffffffffa052c9aa; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(641, f10, 0xffffffff2052c9aa)
	CHECK_FLAGS(642, 0x1)
	/* fsub.s 0xffffffff01383f70 0xffffffff00680000 rm=rup frm=None */
	li t0, 0xffffffff01383f70; fmv.d.x f11, t0; li t0, 0xffffffff00680000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(643, f10, 0xffffffff01043f70)
	CHECK_FLAGS(644, 0x0)
	/* fsub.s 0xffffffffbf490965 0xffffffffbf64bed5 rm=rmm frm=None */
	li t0, 0xffffffffbf490965; fmv.d.x f11, t0; li t0, 0xffffffffbf64bed5; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(645, f10, 0xffffffff3dddab80)
	CHECK_FLAGS(646, 0x0)
	/* fsub.s 0xffffffff3fbbf668 0xffffffff02980000 rm=rmm frm=None */
	li t0, 0xffffffff3fbbf668; fmv.d.x f11, t0; li t0, 0xffffffff02980000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(647, f10, 0xffffffff3fbbf668)
	CHECK_FLAGS(648, 0x1)
	/* fsub.s 0xffffffffb5e13eaf 0xffffffff405862c7 rm=rmm frm=None */
	li t0, 0xffffffffb5e13eaf; fmv.d.x f11, t0; li t0, 0xffffffff405862c7; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(649, f10, 0xffffffffc05862ce)
	CHECK_FLAGS(650, 0x1)
	/* fsub.s 0xffffffff017f2829 0xffffffffbf6b2f81 rm=rmm frm=None */
	li t0, 0xffffffff017f2829; fmv.d.x f11, t0; li t0, 0xffffffffbf6b2f81; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(651, f10, 0xffffffff3f6b2f81)
	CHECK_FLAGS(652, 0x1)
	/* fsub.s 0xffffffffbfbabda5 0xffffffff49af1d2c rm=rmm frm=None */
	li t0, 0xffffffffbfbabda5; fmv.d.x f11, t0; li t0, 0xffffffff49af1d2c; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(653, f10, 0xffffffffc9af1d38)
	CHECK_FLAGS(654, 0x1)
	/* fsub.s 0xffffffffbfd00000 0xffffffff35a9b40a rm=rmm frm=None */
	li t0, 0xffffffffbfd00000; fmv.d.x f11, t0; li t0, 0xffffffff35a9b40a; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(655, f10, 0xffffffffbfd0000b)
	CHECK_FLAGS(656, 0x1)
	/* fsub.s 0xffffffffbfaee5e8 0xffffffff3f4530e2 rm=rmm frm=None */
	li t0, 0xffffffffbfaee5e8; fmv.d.x f11, t0; li t0, 0xffffffff3f4530e2; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(657, f10, 0xffffffffc008bf2d)
	CHECK_FLAGS(658, 0x1)
	/* fsub.s 0xffffffff49880000 0xffffffffff3cfd40 rm=rmm frm=None */
	li t0, 0xffffffff49880000; fmv.d.x f11, t0; li t0, 0xffffffffff3cfd40; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(659, f10, 0xffffffff7f3cfd40)
	CHECK_FLAGS(660, 0x1)
	/* fsub.s 0xffffffff923c0000 0xffffffff49e9f12f rm=rmm frm=None */
	li t0, 0xffffffff923c0000; fmv.d.x f11, t0; li t0, 0xffffffff49e9f12f; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(661, f10, 0xffffffffc9e9f12f)
	CHECK_FLAGS(662, 0x1)
	/* fsub.s 0xffffffff00240000 0xffffffff7f0c0000 rm=rmm frm=None */
	li t0, 0xffffffff00240000; fmv.d.x f11, t0; li t0, 0xffffffff7f0c0000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(663, f10, 0xffffffffff0c0000)
	CHECK_FLAGS(664, 0x1)
	/* fsub.s 0xffffffff0b1de2d2 0xffffffff821884e5 rm=rmm frm=None */
	li t0, 0xffffffff0b1de2d2; fmv.d.x f11, t0; li t0, 0xffffffff821884e5; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(665, f10, 0xffffffff0b1de2f8)
	CHECK_FLAGS(666, 0x1)
	/* fsub.s 0xffffffff49acca1e 0xffffffffc9a38c20 rm=rmm frm=None */
	li t0, 0xffffffff49acca1e; fmv.d.x f11, t0; li t0, 0xffffffffc9a38c20; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(667, f10, 0xffffffff4a282b1f)
	CHECK_FLAGS(668, 0x0)
	/* fsub.s 0xffffffffc9a5345d 0xffffffff35d06aa0 rm=rmm frm=None */
	li t0, 0xffffffffc9a5345d; fmv.d.x f11, t0; li t0, 0xffffffff35d06aa0; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(669, f10, 0xffffffffc9a5345d)
	CHECK_FLAGS(670, 0x1)
	/* fsub.s 0xffffffff80158688 0xffffffff815e3d0e rm=rmm frm=None */
	li t0, 0xffffffff80158688; fmv.d.x f11, t0; li t0, 0xffffffff815e3d0e; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(671, f10, 0xffffffff015379ca)
	CHECK_FLAGS(672, 0x0)
	/* fsub.s 0xffffffff35adb0ec 0xffffffff402a093c rm=None frm=0 */
	li t0, 0xffffffff35adb0ec; fmv.d.x f11, t0; li t0, 0xffffffff402a093c; fmv.d.x f12, t0; fsrmi 0; fsub.s f10, f11, f12
	CHECK_F(673, f10, 0xffffffffc02a0937)
	CHECK_FLAGS(674, 0x1)
	/* fsub.s 0xffffffff81177dbd 0xffffffff0dac0000 rm=None frm=0 */
	li t0, 0xffffffff81177dbd; fmv.d.x f11, t0; li t0, 0xffffffff0dac0000; fmv.d.x f12, t0; fsrmi 0; fsub.s f10, f11, f12
	CHECK_F(675, f10, 0xffffffff8dac0000)
	CHECK_FLAGS(676, 0x1)
	/* fsub.s 0xffffffff49e83c51 0xffffffffff389986 rm=None frm=0 */
	li t0, 0xffffffff49e83c51; fmv.d.x f11, t0; li t0, 0xffffffffff389986; fmv.d.x f12, t0; fsrmi 0; fsub.s f10, f11, f12
	CHECK_F(677, f10, 0xffffffff7f389986)
	CHECK_FLAGS(678, 0x1)
	/* fsub.s 0xffffffffff0bf800 0xffffffff42027418 rm=None frm=0 */
	li t0, 0xffffffffff0bf800; fmv.d.x f11, t0; li t0, 0xffffffff42027418; fmv.d.x f12, t0; fsrmi 0; fsub.s f10, f11, f12
	CHECK_F(679, f10, 0xffffffffff0bf800)
	CHECK_FLAGS(680, 0x1)
	/* fsub.s 0xffffffff1625adf5 0xffffffffbf207d29 rm=None frm=1 */
	li t0, 0xffffffff1625adf5; fmv.d.x f11, t0; li t0, 0xffffffffbf207d29; fmv.d.x f12, t0; fsrmi 1; fsub.s f10, f11, f12
	CHECK_F(681, f10, 0xffffffff3f207d29)
	CHECK_FLAGS(682, 0x1)
	/* fsub.s 0xffffffff190b0159 0xffffffff1749455a rm=None frm=1 */
	li t0, 0xffffffff190b0159; fmv.d.x f11, t0; li t0, 0xffffffff1749455a; fmv.d.x f12, t0; fsrmi 1; fsub.s f10, f11, f12
	CHECK_F(683, f10, 0xffffffff18fcda06)
	CHECK_FLAGS(684, 0x1)
	/* fsub.s 0xffffffff3feadebc 0xffffffff49b3a38d rm=None frm=1 */
	li t0, 0xffffffff3feadebc; fmv.d.x f11, t0; li t0, 0xffffffff49b3a38d; fmv.d.x f12, t0; fsrmi 1; fsub.s f10, f11, f12
	CHECK_F(685, f10, 0xffffffffc9b3a37e)
	CHECK_FLAGS(686, 0x1)
	/* fsub.s 0xffffffff000482eb 0xffffffff0035b4f8 rm=None frm=1 */
	li t0, 0xffffffff000482eb; fmv.d.x f11, t0; li t0, 0xffffffff0035b4f8; fmv.d.x f12, t0; fsrmi 1; fsub.s f10, f11, f12
	CHECK_F(687, f10, 0xffffffff8031320d)
	CHECK_FLAGS(688, 0x0)
	/* fsub.s 0xffffffff0117526f 0xffffffff3a518e88 rm=None frm=2 */
	li t0, 0xffffffff0117526f; fmv.d.x f11, t0; li t0, 0xffffffff3a518e88; fmv.d.x f12, t0; fsrmi 2; fsub.s f10, f11, f12
	CHECK_F(689, f10, 0xffffffffba518e88)
	CHECK_FLAGS(690, 0x1)
	/* fsub.s 0xffffffff358350b0 0xffffffff3fe2bbb5 rm=None frm=2 */
	li t0, 0xffffffff358350b0; fmv.d.x f11, t0; li t0, 0xffffffff3fe2bbb5; fmv.d.x f12, t0; fsrmi 2; fsub.s f10, f11, f12
	CHECK_F(691, f10, 0xffffffffbfe2bbad)
	CHECK_FLAGS(692, 0x1)
	/* fsub.s 0xffffffffbf49531f 0xffffffff405bcb76 rm=None frm=2 */
	li t0, 0xffffffffbf49531f; fmv.d.x f11, t0; li t0, 0xffffffff405bcb76; fmv.d.x f12, t0; fsrmi 2; fsub.s f10, f11, f12
	CHECK_F(693, f10, 0xffffffffc087101f)
	CHECK_FLAGS(694, 0x1)
	/* fsub.s 0xffffffff3f680000 0xffffffff35823f93 rm=None frm=2 */
	li t0, 0xffffffff3f680000; fmv.d.x f11, t0; li t0, 0xffffffff35823f93; fmv.d.x f12, t0; fsrmi 2; fsub.s f10, f11, f12
	CHECK_F(695, f10, 0xffffffff3f67ffef)
	CHECK_FLAGS(696, 0x1)
	/* fsub.s 0xffffffffb5880000 0xffffffffb43db109 rm=None frm=3 */
	li t0, 0xffffffffb5880000; fmv.d.x f11, t0; li t0, 0xffffffffb43db109; fmv.d.x f12, t0; fsrmi 3; fsub.s f10, f11, f12
	CHECK_F(697, f10, 0xffffffffb56093bd)
	CHECK_FLAGS(698, 0x1)
	/* fsub.s 0xffffffff014c0000 0xffffffff3ff40000 rm=None frm=3 */
	li t0, 0xffffffff014c0000; fmv.d.x f11, t0; li t0, 0xffffffff3ff40000; fmv.d.x f12, t0; fsrmi 3; fsub.s f10, f11, f12
	CHECK_F(699, f10, 0xffffffffbff3ffff)
	CHECK_FLAGS(700, 0x1)
	/* fsub.s 0xffffffff00868613 0xffffffff04900000 rm=None frm=3 */
	li t0, 0xffffffff00868613; fmv.d.x f11, t0; li t0, 0xffffffff04900000; fmv.d.x f12, t0; fsrmi 3; fsub.s f10, f11, f12
	CHECK_F(701, f10, 0xffffffff848f7979)
	CHECK_FLAGS(702, 0x1)
	/* fsub.s 0xffffffff8135b8c1 0xffffffffacc00000 rm=None frm=3 */
	li t0, 0xffffffff8135b8c1; fmv.d.x f11, t0; li t0, 0xffffffffacc00000; fmv.d.x f12, t0; fsrmi 3; fsub.s f10, f11, f12
	CHECK_F(703, f10, 0xffffffff2cc00000)
	CHECK_FLAGS(704, 0x1)
	/* fsub.s 0xffffffff3fdb98aa 0xffffffff1277505e rm=None frm=4 */
	li t0, 0xffffffff3fdb98aa; fmv.d.x f11, t0; li t0, 0xffffffff1277505e; fmv.d.x f12, t0; fsrmi 4; fsub.s f10, f11, f12
	CHECK_F(705, f10, 0xffffffff3fdb98aa)
	CHECK_FLAGS(706, 0x1)
	/* fsub.s 0xffffffff48cd2a61 0xffffffffc9b0892f rm=None frm=4 */
	li t0, 0xffffffff48cd2a61; fmv.d.x f11, t0; li t0, 0xffffffffc9b0892f; fmv.d.x f12, t0; fsrmi 4; fsub.s f10, f11, f12
	CHECK_F(707, f10, 0xffffffff49e3d3c7)
	CHECK_FLAGS(708, 0x1)
	/* fsub.s 0xffffffff00ece775 0xffffffff92da786c rm=None frm=4 */
	li t0, 0xffffffff00ece775; fmv.d.x f11, t0; li t0, 0xffffffff92da786c; fmv.d.x f12, t0; fsrmi 4; fsub.s f10, f11, f12
	CHECK_F(709, f10, 0xffffffff12da786c)
	CHECK_FLAGS(710, 0x1)
	/* fsub.s 0xffffffff0dea1aed 0xffffffff7f6793ac rm=None frm=4 */
	li t0, 0xffffffff0dea1aed; fmv.d.x f11, t0; li t0, 0xffffffff7f6793ac; fmv.d.x f12, t0; fsrmi 4; fsub.s f10, f11, f12
	CHECK_F(711, f10, 0xffffffffff6793ac)
	CHECK_FLAGS(712, 0x1)
	/* fmul.s 0xffffffff00000000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(713, f10, 0xffffffff00000000)
	CHECK_FLAGS(714, 0x0)
	/* fmul.s 0xffffffff00000000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(715, f10, 0xffffffff80000000)
	CHECK_FLAGS(716, 0x0)
	/* fmul.s 0xffffffff00000000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(717, f10, 0xffffffff80000000)
	CHECK_FLAGS(718, 0x0)
	/* fmul.s 0xffffffff00000000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(719, f10, 0xffffffff00000000)
	CHECK_FLAGS(720, 0x0)
	/* fmul.s 0xffffffff00000000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(721, f10, 0xffffffff00000000)
	CHECK_FLAGS(722, 0x0)
	/* fmul.s 0xffffffff00000000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(723, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(724, 0x10)
	/* fmul.s 0xffffffff00000000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(725, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(726, 0x0)
	/* fmul.s 0xffffffff00000000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(727, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(728, 0x0)
	/* fmul.s 0xffffffff3f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(729, f10, 0xffffffff00000000)
	CHECK_FLAGS(730, 0x0)
	/* fmul.s 0xffffffff3f800000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(731, f10, 0xffffffffbf800000)
	CHECK_FLAGS(732, 0x0)
	/* fmul.s 0xffffffff3f800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(733, f10, 0xffffffffc0200000)
	CHECK_FLAGS(734, 0x0)
	/* fmul.s 0xffffffff3f800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(735, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(736, 0x0)
	/* fmul.s 0xffffffff3f800000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(737, f10, 0xffffffff007fffff)
	CHECK_FLAGS(738, 0x0)
	/* fmul.s 0xffffffff3f800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(739, f10, 0xffffffffff800000)
	CHECK_FLAGS(740, 0x0)
	/* fmul.s 0xffffffff3f800000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(741, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(742, 0x0)
	/* fmul.s 0xffffffff3f800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(743, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(744, 0x0)
	/* fmul.s 0xffffffff3fc00000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(745, f10, 0xffffffff00000000)
	CHECK_FLAGS(746, 0x0)
	/* fmul.s 0xffffffff3fc00000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(747, f10, 0xffffffffbfc00000)
	CHECK_FLAGS(748, 0x0)
	/* fmul.s 0xffffffff3fc00000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(749, f10, 0xffffffffc0700000)
	CHECK_FLAGS(750, 0x0)
	/* fmul.s 0xffffffff3fc00000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(751, f10, 0xffffffff7f800000)
	CHECK_FLAGS(752, 0x5)
	/* fmul.s 0xffffffff3fc00000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(753, f10, 0xffffffff00bffffe)
	CHECK_FLAGS(754, 0x1)
	/* fmul.s 0xffffffff3fc00000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(755, f10, 0xffffffffff800000)
	CHECK_FLAGS(756, 0x0)
	/* fmul.s 0xffffffff3fc00000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(757, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(758, 0x0)
	/* fmul.s 0xffffffff3fc00000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(759, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(760, 0x0)
	/* fmul.s 0xffffffffc0200000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(761, f10, 0xffffffff80000000)
	CHECK_FLAGS(762, 0x0)
	/* fmul.s 0xffffffffc0200000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(763, f10, 0xffffffff40200000)
	CHECK_FLAGS(764, 0x0)
	/* fmul.s 0xffffffffc0200000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(765, f10, 0xffffffff40c80000)
	CHECK_FLAGS(766, 0x0)
	/* fmul.s 0xffffffffc0200000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(767, f10, 0xffffffffff800000)
	CHECK_FLAGS(768, 0x5)
	/* fmul.s 0xffffffffc0200000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(769, f10, 0xffffffff811fffff)
	CHECK_FLAGS(770, 0x1)
	/* fmul.s 0xffffffffc0200000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(771, f10, 0xffffffff7f800000)
	CHECK_FLAGS(772, 0x0)
	/* fmul.s 0xffffffffc0200000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(773, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(774, 0x0)
	/* fmul.s 0xffffffffc0200000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(775, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(776, 0x0)
	/* fmul.s 0xffffffffbf000000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(777, f10, 0xffffffff80000000)
	CHECK_FLAGS(778, 0x0)
	/* fmul.s 0xffffffffbf000000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(779, f10, 0xffffffff3f000000)
	CHECK_FLAGS(780, 0x0)
	/* fmul.s 0xffffffffbf000000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(781, f10, 0xffffffff3fa00000)
	CHECK_FLAGS(782, 0x0)
	/* fmul.s 0xffffffffbf000000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(783, f10, 0xfffffffffeffffff)
	CHECK_FLAGS(784, 0x0)
	/* fmul.s 0xffffffffbf000000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(785, f10, 0xffffffff80400000)
	CHECK_FLAGS(786, 0x3)
	/* fmul.s 0xffffffffbf000000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(787, f10, 0xffffffff7f800000)
	CHECK_FLAGS(788, 0x0)
	/* fmul.s 0xffffffffbf000000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(789, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(790, 0x0)
	/* fmul.s 0xffffffffbf000000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(791, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(792, 0x0)
	/* fmul.s 0xffffffffff7fffff 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(793, f10, 0xffffffff80000000)
	CHECK_FLAGS(794, 0x0)
	/* fmul.s 0xffffffffff7fffff 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(795, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(796, 0x0)
	/* fmul.s 0xffffffffff7fffff 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(797, f10, 0xffffffff7f800000)
	CHECK_FLAGS(798, 0x5)
	/* fmul.s 0xffffffffff7fffff 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(799, f10, 0xffffffffff800000)
	CHECK_FLAGS(800, 0x5)
	/* fmul.s 0xffffffffff7fffff 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(801, f10, 0xffffffffc07ffffd)
	CHECK_FLAGS(802, 0x1)
	/* fmul.s 0xffffffffff7fffff 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(803, f10, 0xffffffff7f800000)
	CHECK_FLAGS(804, 0x0)
	/* fmul.s 0xffffffffff7fffff 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(805, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(806, 0x0)
	/* fmul.s 0xffffffffff7fffff 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(807, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(808, 0x0)
	/* fmul.s 0xffffffff007fffff 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(809, f10, 0xffffffff00000000)
	CHECK_FLAGS(810, 0x0)
	/* fmul.s 0xffffffff007fffff 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(811, f10, 0xffffffff807fffff)
	CHECK_FLAGS(812, 0x0)
	/* fmul.s 0xffffffff007fffff 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(813, f10, 0xffffffff811fffff)
	CHECK_FLAGS(814, 0x1)
	/* fmul.s 0xffffffff007fffff 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(815, f10, 0xffffffff407ffffd)
	CHECK_FLAGS(816, 0x1)
	/* fmul.s 0xffffffff007fffff 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(817, f10, 0xffffffff00000000)
	CHECK_FLAGS(818, 0x3)
	/* fmul.s 0xffffffff007fffff 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(819, f10, 0xffffffffff800000)
	CHECK_FLAGS(820, 0x0)
	/* fmul.s 0xffffffff007fffff 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(821, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(822, 0x0)
	/* fmul.s 0xffffffff007fffff 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(823, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(824, 0x0)
	/* fmul.s 0xffffffff7f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(825, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(826, 0x10)
	/* fmul.s 0xffffffff7f800000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(827, f10, 0xffffffffff800000)
	CHECK_FLAGS(828, 0x0)
	/* fmul.s 0xffffffff7f800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(829, f10, 0xffffffffff800000)
	CHECK_FLAGS(830, 0x0)
	/* fmul.s 0xffffffff7f800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(831, f10, 0xffffffff7f800000)
	CHECK_FLAGS(832, 0x0)
	/* fmul.s 0xffffffff7f800000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(833, f10, 0xffffffff7f800000)
	CHECK_FLAGS(834, 0x0)
	/* fmul.s 0xffffffff7f800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(835, f10, 0xffffffffff800000)
	CHECK_FLAGS(836, 0x0)
	/* fmul.s 0xffffffff7f800000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(837, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(838, 0x0)
	/* fmul.s 0xffffffff7f800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(839, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(840, 0x0)
	/* fmul.s 0xffffffff7fc00000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(841, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(842, 0x0)
	/* fmul.s 0xffffffff7fc00000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(843, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(844, 0x0)
	/* fmul.s 0xffffffff7fc00000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(845, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(846, 0x0)
	/* fmul.s 0xffffffff7fc00000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(847, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(848, 0x0)
	/* fmul.s 0xffffffff7fc00000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(849, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(850, 0x0)
	/* fmul.s 0xffffffff7fc00000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(851, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(852, 0x0)
	/* fmul.s 0xffffffff7fc00000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(853, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(854, 0x0)
	/* fmul.s 0xffffffff7fc00000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(855, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(856, 0x0)
	/* fmul.s 0xffffffffffc12345 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(857, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(858, 0x0)
	/* fmul.s 0xffffffffffc12345 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(859, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(860, 0x0)
	/* fmul.s 0xffffffffffc12345 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(861, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(862, 0x0)
	/* fmul.s 0xffffffffffc12345 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(863, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(864, 0x0)
	/* fmul.s 0xffffffffffc12345 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(865, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(866, 0x0)
	/* fmul.s 0xffffffffffc12345 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(867, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(868, 0x0)
	/* fmul.s 0xffffffffffc12345 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(869, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(870, 0x0)
	/* fmul.s 0xffffffffffc12345 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(871, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(872, 0x0)
	/* fmul.s 0x3f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(873, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(874, 0x0)
	/* fmul.s 0x3f800000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(875, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(876, 0x0)
	/* fmul.s 0x3f800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(877, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(878, 0x0)
	/* fmul.s 0x3f800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(879, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(880, 0x0)
	/* fmul.s 0x3f800000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(881, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(882, 0x0)
	/* fmul.s 0x3f800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(883, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(884, 0x0)
	/* fmul.s 0x3f800000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(885, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(886, 0x0)
	/* fmul.s 0x3f800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(887, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(888, 0x0)
	/* fmul.s 0xffffffff80efa964 0xffffffffc9c5ee50 rm=rne frm=None */
	li t0, 0xffffffff80efa964; fmv.d.x f11, t0; li t0, 0xffffffffc9c5ee50; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(889, f10, 0xffffffff0b394c74)
	CHECK_FLAGS(890, 0x1)
	/* fmul.s 0xffffffffc0443b24 0xffffffffb59c0000 rm=rne frm=None */
	li t0, 0xffffffffc0443b24; fmv.d.x f11, t0; li t0, 0xffffffffb59c0000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(891, f10, 0xffffffff366f2814)
	CHECK_FLAGS(892, 0x1)
	/* fmul.s 0xffffffff40582b4c 0xffffffff405c5c27 rm=rne frm=None */
	li t0, 0xffffffff40582b4c; fmv.d.x f11, t0; li t0, 0xffffffff405c5c27; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(893, f10, 0xffffffff413a1306)
	CHECK_FLAGS(894, 0x1)
	/* fmul.s 0xffffffff3f340000 0xffffffff3fa1bf5f rm=rne frm=None */
	li t0, 0xffffffff3f340000; fmv.d.x f11, t0; li t0, 0xffffffff3fa1bf5f; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(895, f10, 0xffffffff3f63751e)
	CHECK_FLAGS(896, 0x1)
	/* fmul.s 0xffffffffd6980000 0xffffffff3fef126c rm=rne frm=None */
	li t0, 0xffffffffd6980000; fmv.d.x f11, t0; li t0, 0xffffffff3fef126c; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(897, f10, 0xffffffffd70df2f0)
	CHECK_FLAGS(898, 0x1)
	/* fmul.s 0xffffffff8022a0e7 0xffffffff80f40000 rm=rne frm=None */
	li t0, 0xffffffff8022a0e7; fmv.d.x f11, t0; li t0, 0xffffffff80f40000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(899, f10, 0xffffffff00000000)
	CHECK_FLAGS(900, 0x3)
	/* fmul.s 0xffffffffc0381aa6 0xffffffffff200000 rm=rne frm=None */
	li t0, 0xffffffffc0381aa6; fmv.d.x f11, t0; li t0, 0xffffffffff200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(901, f10, 0xffffffff7f800000)
	CHECK_FLAGS(902, 0x5)
	/* fmul.s 0xffffffff804396f2 0xffffffff2042bd50 rm=rne frm=None */
	li t0, 0xffffffff804396f2; fmv.d.x f11, t0; li t0, 0xffffffff2042bd50; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(903, f10, 0xffffffff80000000)
	CHECK_FLAGS(904, 0x3)
	/* fmul.s 0xffffffff3f0a4c55 0xffffffff80d3d2ac rm=rne frm=None */
	li t0, 0xffffffff3f0a4c55; fmv.d.x f11, t0; li t0, 0xffffffff80d3d2ac; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(905, f10, 0xffffffff80726eba)
	CHECK_FLAGS(906, 0x3)
	/* fmul.s 0xffffffff400c0000 0xffffffff7f0dd303 rm=rne frm=None */
	li t0, 0xffffffff400c0000; fmv.d.x f11, t0; li t0, 0xffffffff7f0dd303; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(907, f10, 0xffffffff7f800000)
	CHECK_FLAGS(908, 0x5)
	/* fmul.s 0xffffffff0092324f 0xffffffff810df7e0 rm=rne frm=None */
	li t0, 0xffffffff0092324f; fmv.d.x f11, t0; li t0, 0xffffffff810df7e0; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(909, f10, 0xffffffff80000000)
	CHECK_FLAGS(910, 0x3)
	/* fmul.s 0xffffffff3fb60d8c 0xffffffffc9cd56b4 rm=rne frm=None */
	li t0, 0xffffffff3fb60d8c; fmv.d.x f11, t0; li t0, 0xffffffffc9cd56b4; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(911, f10, 0xffffffffca120682)
	CHECK_FLAGS(912, 0x1)
	/* fmul.s 0xffffffffa1e40000 0xffffffffbfd00000 rm=rne frm=None */
	li t0, 0xffffffffa1e40000; fmv.d.x f11, t0; li t0, 0xffffffffbfd00000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(913, f10, 0xffffffff22394000)
	CHECK_FLAGS(914, 0x0)
	/* fmul.s 0xffffffffff340000 0xffffffffb5aca139 rm=rne frm=None */
	li t0, 0xffffffffff340000; fmv.d.x f11, t0; li t0, 0xffffffffb5aca139; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(915, f10, 0xffffffff7572c2b8)
	CHECK_FLAGS(916, 0x1)
	/* fmul.s 0xffffffffb5dc1d77 0xffffffff1c32cebe rm=rtz frm=None */
	li t0, 0xffffffffb5dc1d77; fmv.d.x f11, t0; li t0, 0xffffffff1c32cebe; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(917, f10, 0xffffffff9299be3f)
	CHECK_FLAGS(918, 0x1)
	/* fmul.s 0xffffffff00bc0000 0xffffffffc982f3d4 rm=rtz frm=None */
	li t0, 0xffffffff00bc0000; fmv.d.x f11, t0; li t0, 0xffffffffc982f3d4; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(919, f10, 0xffffffff8ac0561f)
	CHECK_FLAGS(920, 0x1)
	/* fmul.s 0xffffffffb5fdfce2 0xffffffff35a7c9c9 rm=rtz frm=None */
	li t0, 0xffffffffb5fdfce2; fmv.d.x f11, t0; li t0, 0xffffffff35a7c9c9; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(921, f10, 0xffffffffac26782a)
	CHECK_FLAGS(922, 0x1)
	/* fmul.s 0xffffffff91800000 0xffffffff40200000 rm=rtz frm=None */
	li t0, 0xffffffff91800000; fmv.d.x f11, t0; li t0, 0xffffffff40200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(923, f10, 0xffffffff92200000)
	CHECK_FLAGS(924, 0x0)
	/* fmul.s 0xffffffffad754de3 0xffffffff008f4cc3 rm=rtz frm=None */
	li t0, 0xffffffffad754de3; fmv.d.x f11, t0; li t0, 0xffffffff008f4cc3; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(925, f10, 0xffffffff80000000)
	CHECK_FLAGS(926, 0x3)
	/* fmul.s 0xffffffffff68c735 0xffffffff7f4f3c45 rm=rtz frm=None */
	li t0, 0xffffffffff68c735; fmv.d.x f11, t0; li t0, 0xffffffff7f4f3c45; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(927, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(928, 0x5)
	/* fmul.s 0xffffffffbf643e9d 0xffffffffb5880000 rm=rtz frm=None */
	li t0, 0xffffffffbf643e9d; fmv.d.x f11, t0; li t0, 0xffffffffb5880000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(929, f10, 0xffffffff35728286)
	CHECK_FLAGS(930, 0x1)
	/* fmul.s 0xffffffff401b7cfc 0xffffffff7f31a050 rm=rtz frm=None */
	li t0, 0xffffffff401b7cfc; fmv.d.x f11, t0; li t0, 0xffffffff7f31a050; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(931, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(932, 0x5)
	/* fmul.s 0xffffffffdb8cccad 0xffffffffb536e39e rm=rtz frm=None */
	li t0, 0xffffffffdb8cccad; fmv.d.x f11, t0; li t0, 0xffffffffb536e39e; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(933, f10, 0xffffffff51492d66)
	CHECK_FLAGS(934, 0x1)
	/* fmul.s 0xffffffff812db8b4 0xffffffffc9a40000 rm=rtz frm=None */
	li t0, 0xffffffff812db8b4; fmv.d.x f11, t0; li t0, 0xffffffffc9a40000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(935, f10, 0xffffffff0b5e94a6)
	CHECK_FLAGS(936, 0x1)
	/* fmul.s 0xffffffff80cc0000 0xffffffff49880000 rm=rtz frm=None */
	li t0, 0xffffffff80cc0000; fmv.d.x f11, t0; li t0, 0xffffffff49880000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(937, f10, 0xffffffff8ad8c000)
	CHECK_FLAGS(938, 0x0)
	/* fmul.s 0xffffffff00d40000 0xffffffff00006a97 rm=rtz frm=None */
	li t0, 0xffffffff00d40000; fmv.d.x f11, t0; li t0, 0xffffffff00006a97; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(939, f10, 0xffffffff00000000)
	CHECK_FLAGS(940, 0x3)
	/* fmul.s 0xffffffff01144b33 0xffffffff3fcd20dc rm=rtz frm=None */
	li t0, 0xffffffff01144b33; fmv.d.x f11, t0; li t0, 0xffffffff3fcd20dc; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(941, f10, 0xffffffff016da681)
	CHECK_FLAGS(942, 0x1)
	/* fmul.s 0xffffffff8042f308 0xffffffff404e1e4a rm=rtz frm=None */
	li t0, 0xffffffff8042f308; fmv.d.x f11, t0; li t0, 0xffffffff404e1e4a; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(943, f10, 0xffffffff80d79df1)
	CHECK_FLAGS(944, 0x1)
	/* fmul.s 0xffffffff010095d3 0xffffffffc01c0000 rm=rdn frm=None */
	li t0, 0xffffffff010095d3; fmv.d.x f11, t0; li t0, 0xffffffffc01c0000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(945, f10, 0xffffffff819cb69a)
	CHECK_FLAGS(946, 0x1)
	/* fmul.s 0xffffffffc830e73f 0xffffffff86a0286e rm=rdn frm=None */
	li t0, 0xffffffffc830e73f; fmv.d.x f11, t0; li t0, 0xffffffff86a0286e; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(947, f10, 0xffffffff0f5d58ef)
	CHECK_FLAGS(948, 0x1)
	/* fmul.s 0xffffffffbf06e973 0xffffffffff172f86 rm=rdn frm=None */
	li t0, 0xffffffffbf06e973; fmv.d.x f11, t0; li t0, 0xffffffffff172f86; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(949, f10, 0xffffffff7e9f597c)
	CHECK_FLAGS(950, 0x1)
	/* fmul.s 0xffffffff81453c82 0xffffffff0df00000 rm=rdn frm=None */
	li t0, 0xffffffff81453c82; fmv.d.x f11, t0; li t0, 0xffffffff0df00000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(951, f10, 0xffffffff80000001)
	CHECK_FLAGS(952, 0x3)
	/* fmul.s 0xffffffffc9f5009c 0xffffffffc01c0000 rm=rdn frm=None */
	li t0, 0xffffffffc9f5009c; fmv.d.x f11, t0; li t0, 0xffffffffc01c0000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(953, f10, 0xffffffff4a954c5f)
	CHECK_FLAGS(954, 0x1)
	/* fmul.s 0xffffffff40300000 0xffffffffc0340000 rm=rdn frm=None */
	li t0, 0xffffffff40300000; fmv.d.x f11, t0; li t0, 0xffffffffc0340000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(955, f10, 0xffffffffc0f78000)
	CHECK_FLAGS(956, 0x0)
	/* fmul.s 0xffffffff80c40000 0xffffffff35c00000 rm=rdn frm=None */
	li t0, 0xffffffff80c40000; fmv.d.x f11, t0; li t0, 0xffffffff35c00000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(957, f10, 0xffffffff80000013)
	CHECK_FLAGS(958, 0x3)
	/* fmul.s 0xffffffff8159b09e 0xffffffff49dc0000 rm=rdn frm=None */
	li t0, 0xffffffff8159b09e; fmv.d.x f11, t0; li t0, 0xffffffff49dc0000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(959, f10, 0xffffffff8bbb13c8)
	CHECK_FLAGS(960, 0x1)
	/* fmul.s 0xffffffff802c5d5f 0xffffffff00c068c4 rm=rdn frm=None */
	li t0, 0xffffffff802c5d5f; fmv.d.x f11, t0; li t0, 0xffffffff00c068c4; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(961, f10, 0xffffffff80000001)
	CHECK_FLAGS(962, 0x3)
	/* fmul.s 0xffffffff403c0000 0xffffffff358edf25 rm=rdn frm=None */
	li t0, 0xffffffff403c0000; fmv.d.x f11, t0; li t0, 0xffffffff358edf25; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(963, f10, 0xffffffff3651d7be)
	CHECK_FLAGS(964, 0x1)
	/* fmul.s 0xffffffffc01fb858 0xffffffff49ae43e3 rm=rdn frm=None */
	li t0, 0xffffffffc01fb858; fmv.d.x f11, t0; li t0, 0xffffffff49ae43e3; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(965, f10, 0xffffffffca59734e)
	CHECK_FLAGS(966, 0x1)
	/* fmul.s 0xffffffffa702c000 0xffffffff80a52ab2 rm=rdn frm=None */
	li t0, 0xffffffffa702c000; fmv.d.x f11, t0; li t0, 0xffffffff80a52ab2; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(967, f10, 0xffffffff00000000)
	CHECK_FLAGS(968, 0x3)
	/* fmul.s 0xffffffff4059140d 0xffffffffff6a7b92 rm=rdn frm=None */
	li t0, 0xffffffff4059140d; fmv.d.x f11, t0; li t0, 0xffffffffff6a7b92; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(969, f10, 0xffffffffff800000)
	CHECK_FLAGS(970, 0x5)
	/* fmul.s 0xffffffff001fad4b 0xffffffffc02e8162 rm=rdn frm=None */
	li t0, 0xffffffff001fad4b; fmv.d.x f11, t0; li t0, 0xffffffffc02e8162; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(971, f10, 0xffffffff80565f2e)
	CHECK_FLAGS(972, 0x3)
	/* fmul.s 0xffffffff00d75885 0xffffffff3ff80000 rm=rup frm=None */
	li t0, 0xffffffff00d75885; fmv.d.x f11, t0; li t0, 0xffffffff3ff80000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(973, f10, 0xffffffff01509dc1)
	CHECK_FLAGS(974, 0x1)
	/* fmul.s 0xffffffff003c0000 0xffffffff80900000 rm=rup frm=None */
	li t0, 0xffffffff003c0000; fmv.d.x f11, t0; li t0, 0xffffffff80900000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(975, f10, 0xffffffff80000000)
	CHECK_FLAGS(976, 0x3)
	/* fmul.s 0xffffffff3f7dc0b7 0xffffffffc9bddde6 rm=rup frm=None */
	li t0, 0xffffffff3f7dc0b7; fmv.d.x f11, t0; li t0, 0xffffffffc9bddde6; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(977, f10, 0xffffffffc9bc333a)
	CHECK_FLAGS(978, 0x1)
	/* fmul.s 0xffffffffa8740000 0xffffffff3f080000 rm=rup frm=None */
	li t0, 0xffffffffa8740000; fmv.d.x f11, t0; li t0, 0xffffffff3f080000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(979, f10, 0xffffffffa801a000)
	CHECK_FLAGS(980, 0x0)
	/* fmul.s 0xffffffff8039dee3 0xffffffff3f112b27 rm=rup frm=None */
	li t0, 0xffffffff8039dee3; fmv.d.x f11, t0; li t0, 0xffffffff3f112b27; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(981, f10, 0xffffffff8020d0ff)
	CHECK_FLAGS(982, 0x3)
	/* fmul.s 0xffffffff358e2709 0xffffffff80cb7a7e rm=rup frm=None */
	li t0, 0xffffffff358e2709; fmv.d.x f11, t0; li t0, 0xffffffff80cb7a7e; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(983, f10, 0xffffffff8000000e)
	CHECK_FLAGS(984, 0x3)
	/* fmul.s 0xffffffffc0380000 0xffffffffc9a00000 rm=rup frm=None */
	li t0, 0xffffffffc0380000; fmv.d.x f11, t0; li t0, 0xffffffffc9a00000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(985, f10, 0xffffffff4a660000)
	CHECK_FLAGS(986, 0x0)
	/* fmul.s 0xffffffff49cc0000 0xffffffffbf418252 rm=rup frm=None */
	li t0, 0xffffffff49cc0000; fmv.d.x f11, t0; li t0, 0xffffffffbf418252; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(987, f10, 0xffffffffc99a33d9)
	CHECK_FLAGS(988, 0x1)
	/* fmul.s 0xffffffff8163b64e 0xffffffff80adc4e2 rm=rup frm=None */
	li t0, 0xffffffff8163b64e; fmv.d.x f11, t0; li t0, 0xffffffff80adc4e2; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(989, f10, 0xffffffff00000001)
	CHECK_FLAGS(990, 0x3)
	/* fmul.s 0xffffffffc9a5e4d1 0xffffffff402780c0 rm=rup frm=None */
	li t0, 0xffffffffc9a5e4d1; fmv.d.x f11, t0; li t0, 0xffffffff402780c0; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(991, f10, 0xffffffffca591766)
	CHECK_FLAGS(992, 0x1)
	/* fmul.s 0xffffffffb5800000 0xffffffffc0140000 rm=rup frm=None */
	li t0, 0xffffffffb5800000; fmv.d.x f11, t0; li t0, 0xffffffffc0140000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(993, f10, 0xffffffff36140000)
	CHECK_FLAGS(994, 0x0)
	/* fmul.s 0xffffffffbf50c89f 0xffffffff15731a98 rm=rup frm=None */
	li t0, 0xffffffffbf50c89f; fmv.d.x f11, t0; li t0, 0xffffffff15731a98; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(995, f10, 0xffffffff9546441f)
	CHECK_FLAGS(996, 0x1)
	/* fmul.s 0xffffffff40700000 0xffffffff80a80000 rm=rup frm=None */
	li t0, 0xffffffff40700000; fmv.d.x f11, t0; li t0, 0xffffffff80a80000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(997, f10, 0xffffffff819d8000)
	CHECK_FLAGS(998, 0x0)
	/* fmul.s 0xffffffff3fb31a41 0xffffffff3f3e9fb3 rm=rup frm=None */
	li t0, 0xffffffff3fb31a41; fmv.d.x f11, t0; li t0, 0xffffffff3f3e9fb3; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(999, f10, 0xffffffff3f855d37)
	CHECK_FLAGS(1000, 0x1)
	/* fmul.s 0xffffffff49b9e3f2 0xffffffff7f70c80f rm=rmm frm=None */
	li t0, 0xffffffff49b9e3f2; fmv.d.x f11, t0; li t0, 0xffffffff7f70c80f; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(1001, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1002, 0x5)
	/* fmul.s 0xffffffffff1f8e5c 0xffffffff80b80000 rm=rmm frm=None */
	li t0, 0xffffffffff1f8e5c; fmv.d.x f11, t0; li t0, 0xffffffff80b80000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(1003, f10, 0xffffffff40655ca4)
	CHECK_FLAGS(1004, 0x1)
	/* fmul.s 0xffffffff246eae64 0xffffffff3fd00000 rm=rmm frm=None */
	li t0, 0xffffffff246eae64; fmv.d.x f11, t0; li t0, 0xffffffff3fd00000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(1005, f10, 0xffffffff24c1edb1)
	CHECK_FLAGS(1006, 0x1)
	/* fmul.s 0xffffffff49caa27b 0xffffffff00ea24d6 rm=rmm frm=None */
	li t0, 0xffffffff49caa27b; fmv.d.x f11, t0; li t0, 0xffffffff00ea24d6; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(1007, f10, 0xffffffff0b3955ad)
	CHECK_FLAGS(1008, 0x1)
	/* fmul.s 0xffffffffbf1441db 0xffffffff7f2de689 rm=rmm frm=None */
	li t0, 0xffffffffbf1441db; fmv.d.x f11, t0; li t0, 0xffffffff7f2de689; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(1009, f10, 0xfffffffffec96c07)
	CHECK_FLAGS(1010, 0x1)
	/* fmul.s 0xffffffff3f200000 0xffffffff013caa6a rm=rmm frm=None */
	li t0, 0xffffffff3f200000; fmv.d.x f11, t0; li t0, 0xffffffff013caa6a; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(1011, f10, 0xffffffff00ebd505)
	CHECK_FLAGS(1012, 0x1)
	/* fmul.s 0xffffffff813ffa33 0xffffffff40680000 rm=rmm frm=None */
	li t0, 0xffffffff813ffa33; fmv.d.x f11, t0; li t0, 0xffffffff40680000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(1013, f10, 0xffffffff822dfabe)
	CHECK_FLAGS(1014, 0x1)
	/* fmul.s 0xffffffff147ecf49 0xffffffffbf6c0000 rm=rmm frm=None */
	li t0, 0xffffffff147ecf49; fmv.d.x f11, t0; li t0, 0xffffffffbf6c0000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(1015, f10, 0xffffffff946ae717)
	CHECK_FLAGS(1016, 0x1)
	/* fmul.s 0xffffffffa78c0000 0xffffffff35ae3670 rm=rmm frm=None */
	li t0, 0xffffffffa78c0000; fmv.d.x f11, t0; li t0, 0xffffffff35ae3670; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(1017, f10, 0xffffffff9dbe8b8b)
	CHECK_FLAGS(1018, 0x1)
	/* fmul.s 0xffffffff9df08e2e 0xffffffff00b2a604 rm=rmm frm=None */
	li t0, 0xffffffff9df08e2e; fmv.d.x f11, t0; li t0, 0xffffffff00b2a604; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(1019, f10, 0xffffffff80000000)
	CHECK_FLAGS(1020, 0x3)
	/* fmul.s 0xffffffff801e7bb1 0xffffffff81414a86 rm=rmm frm=None */
	li t0, 0xffffffff801e7bb1; fmv.d.x f11, t0; li t0, 0xffffffff81414a86; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(1021, f10, 0xffffffff00000000)
	CHECK_FLAGS(1022, 0x3)
	/* fmul.s 0xffffffffb5c00000 0xffffffffff048660 rm=rmm frm=None */
	li t0, 0xffffffffb5c00000; fmv.d.x f11, t0; li t0, 0xffffffffff048660; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(1023, f10, 0xffffffff7546c990)
	CHECK_FLAGS(1024, 0x0)
	/* fmul.s 0xffffffffbfb20e75 0xffffffff00a40000 rm=rmm frm=None */
	li t0, 0xffffffffbfb20e75; fmv.d.x f11, t0; li t0, 0xffffffff00a40000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(1025, f10, 0xffffffff80e42286)
	CHECK_FLAGS(1026, 0x1)
	/* fmul.s 0xffffffffc9dccc5b 0xffffffffc98ac25f rm=rmm frm=None */
	li t0, 0xffffffffc9dccc5b; fmv.d.x f11, t0; li t0, 0xffffffffc98ac25f; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(1027, f10, 0xffffffff53ef5b9c)
	CHECK_FLAGS(1028, 0x1)
	/* fmul.s 0xffffffff00242a90 0xffffffff4134df08 rm=None frm=0 */
	li t0, 0xffffffff00242a90; fmv.d.x f11, t0; li t0, 0xffffffff4134df08; fmv.d.x f12, t0; fsrmi 0; fmul.s f10, f11, f12
	CHECK_F(1029, f10, 0xffffffff014c6b7c)
	CHECK_FLAGS(1030, 0x1)
	/* fmul.s 0xffffffff49883111 0xffffffff3f8ba6a5 rm=None frm=0 */
	li t0, 0xffffffff49883111; fmv.d.x f11, t0; li t0, 0xffffffff3f8ba6a5; fmv.d.x f12, t0; fsrmi 0; fmul.s f10, f11, f12
	CHECK_F(1031, f10, 0xffffffff49949698)
	CHECK_FLAGS(1032, 0x1)
	/* fmul.s 0xffffffff80fa1945 0xffffffffb59120f0 rm=None frm=0 */
	li t0, 0xffffffff80fa1945; fmv.d.x f11, t0; li t0, 0xffffffffb59120f0; fmv.d.x f12, t0; fsrmi 0; fmul.s f10, f11, f12
	CHECK_F(1033, f10, 0xffffffff00000012)
	CHECK_FLAGS(1034, 0x3)
	/* fmul.s 0xffffffffff3fb5d9 0xffffffffc985add0 rm=None frm=0 */
	li t0, 0xffffffffff3fb5d9; fmv.d.x f11, t0; li t0, 0xffffffffc985add0; fmv.d.x f12, t0; fsrmi 0; fmul.s f10, f11, f12
	CHECK_F(1035, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1036, 0x5)
	/* fmul.s 0xffffffff35c09c92 0xffffffff81701da0 rm=None frm=1 */
	li t0, 0xffffffff35c09c92; fmv.d.x f11, t0; li t0, 0xffffffff81701da0; fmv.d.x f12, t0; fsrmi 1; fmul.s f10, f11, f12
	CHECK_F(1037, f10, 0xffffffff8000002d)
	CHECK_FLAGS(1038, 0x3)
	/* fmul.s 0xffffffff401e5dbf 0xffffffff7f400000 rm=None frm=1 */
	li t0, 0xffffffff401e5dbf; fmv.d.x f11, t0; li t0, 0xffffffff7f400000; fmv.d.x f12, t0; fsrmi 1; fmul.s f10, f11, f12
	CHECK_F(1039, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(1040, 0x5)
	/* fmul.s 0xffffffff5756afa0 0xffffffffc06821a5 rm=None frm=1 */
	li t0, 0xffffffff5756afa0; fmv.d.x f11, t0; li t0, 0xffffffffc06821a5; fmv.d.x f12, t0; fsrmi 1; fmul.s f10, f11, f12
	CHECK_F(1041, f10, 0xffffffffd842ab60)
	CHECK_FLAGS(1042, 0x1)
	/* fmul.s 0xffffffff013005d8 0xffffffff49d820a4 rm=None frm=1 */
	li t0, 0xffffffff013005d8; fmv.d.x f11, t0; li t0, 0xffffffff49d820a4; fmv.d.x f12, t0; fsrmi 1; fmul.s f10, f11, f12
	CHECK_F(1043, f10, 0xffffffff0b949b5f)
	CHECK_FLAGS(1044, 0x1)
	/* fmul.s 0xffffffff8117fd1d 0xffffffff3ff698da rm=None frm=2 */
	li t0, 0xffffffff8117fd1d; fmv.d.x f11, t0; li t0, 0xffffffff3ff698da; fmv.d.x f12, t0; fsrmi 2; fmul.s f10, f11, f12
	CHECK_F(1045, f10, 0xffffffff819267fa)
	CHECK_FLAGS(1046, 0x1)
	/* fmul.s 0xffffffff30963568 0xffffffffbfd8580a rm=None frm=2 */
	li t0, 0xffffffff30963568; fmv.d.x f11, t0; li t0, 0xffffffffbfd8580a; fmv.d.x f12, t0; fsrmi 2; fmul.s f10, f11, f12
	CHECK_F(1047, f10, 0xffffffffb0fde170)
	CHECK_FLAGS(1048, 0x1)
	/* fmul.s 0xffffffff801f70c1 0xffffffff49b00000 rm=None frm=2 */
	li t0, 0xffffffff801f70c1; fmv.d.x f11, t0; li t0, 0xffffffff49b00000; fmv.d.x f12, t0; fsrmi 2; fmul.s f10, f11, f12
	CHECK_F(1049, f10, 0xffffffff89acec26)
	CHECK_FLAGS(1050, 0x1)
	/* fmul.s 0xffffffff0141d4a4 0xffffffff7f2b49f1 rm=None frm=2 */
	li t0, 0xffffffff0141d4a4; fmv.d.x f11, t0; li t0, 0xffffffff7f2b49f1; fmv.d.x f12, t0; fsrmi 2; fmul.s f10, f11, f12
	CHECK_F(1051, f10, 0xffffffff4101b105)
	CHECK_FLAGS(1052, 0x1)
	/* fmul.s 0xffffffff80d8f37d 0xffffffff805b7c46 rm=None frm=3 */
	li t0, 0xffffffff80d8f37d; fmv.d.x f11, t0; li t0, 0xffffffff805b7c46; fmv.d.x f12, t0; fsrmi 3; fmul.s f10, f11, f12
	CHECK_F(1053, f10, 0xffffffff00000001)
	CHECK_FLAGS(1054, 0x3)
	/* fmul.s 0xffffffffff4d4220 0xffffffff3f600000 rm=None frm=3 */
	li t0, 0xffffffffff4d4220; fmv.d.x f11, t0; li t0, 0xffffffff3f600000; fmv.d.x f12, t0; fsrmi 3; fmul.s f10, f11, f12
	CHECK_F(1055, f10, 0xffffffffff3399dc)
	CHECK_FLAGS(1056, 0x0)
	/* fmul.s 0xffffffff49f80000 0xffffffff810c345b rm=None frm=3 */
	li t0, 0xffffffff49f80000; fmv.d.x f11, t0; li t0, 0xffffffff810c345b; fmv.d.x f12, t0; fsrmi 3; fmul.s f10, f11, f12
	CHECK_F(1057, f10, 0xffffffff8b87d2b8)
	CHECK_FLAGS(1058, 0x1)
	/* fmul.s 0xffffffff8e2d5cfb 0xffffffffce7586cb rm=None frm=3 */
	li t0, 0xffffffff8e2d5cfb; fmv.d.x f11, t0; li t0, 0xffffffffce7586cb; fmv.d.x f12, t0; fsrmi 3; fmul.s f10, f11, f12
	CHECK_F(1059, f10, 0xffffffff1d264545)
	CHECK_FLAGS(1060, 0x1)
	/* fmul.s 0xffffffff81640000 0xffffffff397ac9b4 rm=None frm=4 */
	li t0, 0xffffffff81640000; fmv.d.x f11, t0; li t0, 0xffffffff397ac9b4; fmv.d.x f12, t0; fsrmi 4; fmul.s f10, f11, f12
	CHECK_F(1061, f10, 0xffffffff80001beb)
	CHECK_FLAGS(1062, 0x3)
	/* fmul.s 0xffffffff8104bb3e 0xffffffff81157862 rm=None frm=4 */
	li t0, 0xffffffff8104bb3e; fmv.d.x f11, t0; li t0, 0xffffffff81157862; fmv.d.x f12, t0; fsrmi 4; fmul.s f10, f11, f12
	CHECK_F(1063, f10, 0xffffffff00000000)
	CHECK_FLAGS(1064, 0x3)
	/* fmul.s 0xffffffff57df9979 0xffffffff004eefe1 rm=None frm=4 */
	li t0, 0xffffffff57df9979; fmv.d.x f11, t0; li t0, 0xffffffff004eefe1; fmv.d.x f12, t0; fsrmi 4; fmul.s f10, f11, f12
	CHECK_F(1065, f10, 0xffffffff1889e48f)
	CHECK_FLAGS(1066, 0x1)
	/* fmul.s 0xffffffffff6ae4f1 0xffffffff3f7881fb rm=None frm=4 */
	li t0, 0xffffffffff6ae4f1; fmv.d.x f11, t0; li t0, 0xffffffff3f7881fb; fmv.d.x f12, t0; fsrmi 4; fmul.s f10, f11, f12
	CHECK_F(1067, f10, 0xffffffffff64050d)
	CHECK_FLAGS(1068, 0x1)
	/* fdiv.s 0xffffffff00000000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1069, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1070, 0x10)
	/* fdiv.s 0xffffffff00000000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1071, f10, 0xffffffff80000000)
	CHECK_FLAGS(1072, 0x0)
	/* fdiv.s 0xffffffff00000000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1073, f10, 0xffffffff80000000)
	CHECK_FLAGS(1074, 0x0)
	/* fdiv.s 0xffffffff00000000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1075, f10, 0xffffffff00000000)
	CHECK_FLAGS(1076, 0x0)
	/* fdiv.s 0xffffffff00000000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1077, f10, 0xffffffff00000000)
	CHECK_FLAGS(1078, 0x0)
	/* fdiv.s 0xffffffff00000000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1079, f10, 0xffffffff80000000)
	CHECK_FLAGS(1080, 0x0)
	/* fdiv.s 0xffffffff00000000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1081, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1082, 0x0)
	/* fdiv.s 0xffffffff00000000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1083, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1084, 0x0)
	/* fdiv.s 0xffffffff3f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1085, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1086, 0x8)
	/* fdiv.s 0xffffffff3f800000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1087, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1088, 0x0)
	/* fdiv.s 0xffffffff3f800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1089, f10, 0xffffffffbecccccd)
	CHECK_FLAGS(1090, 0x1)
	/* fdiv.s 0xffffffff3f800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1091, f10, 0xffffffff00200000)
	CHECK_FLAGS(1092, 0x3)
	/* fdiv.s 0xffffffff3f800000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1093, f10, 0xffffffff7e800001)
	CHECK_FLAGS(1094, 0x1)
	/* fdiv.s 0xffffffff3f800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1095, f10, 0xffffffff80000000)
	CHECK_FLAGS(1096, 0x0)
	/* fdiv.s 0xffffffff3f800000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1097, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1098, 0x0)
	/* fdiv.s 0xffffffff3f800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1099, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1100, 0x0)
	/* fdiv.s 0xffffffff3fc00000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1101, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1102, 0x8)
	/* fdiv.s 0xffffffff3fc00000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1103, f10, 0xffffffffbfc00000)
	CHECK_FLAGS(1104, 0x0)
	/* fdiv.s 0xffffffff3fc00000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1105, f10, 0xffffffffbf19999a)
	CHECK_FLAGS(1106, 0x1)
	/* fdiv.s 0xffffffff3fc00000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1107, f10, 0xffffffff00300000)
	CHECK_FLAGS(1108, 0x3)
	/* fdiv.s 0xffffffff3fc00000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1109, f10, 0xffffffff7ec00002)
	CHECK_FLAGS(1110, 0x1)
	/* fdiv.s 0xffffffff3fc00000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1111, f10, 0xffffffff80000000)
	CHECK_FLAGS(1112, 0x0)
	/* fdiv.s 0xffffffff3fc00000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1113, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1114, 0x0)
	/* fdiv.s 0xffffffff3fc00000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1115, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1116, 0x0)
	/* fdiv.s 0xffffffffc0200000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1117, f10, 0xffffffffff800000)
	CHECK_FLAGS(1118, 0x8)
	/* fdiv.s 0xffffffffc0200000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1119, f10, 0xffffffff40200000)
	CHECK_FLAGS(1120, 0x0)
	/* fdiv.s 0xffffffffc0200000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1121, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1122, 0x0)
	/* fdiv.s 0xffffffffc0200000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1123, f10, 0xffffffff80500000)
	CHECK_FLAGS(1124, 0x3)
	/* fdiv.s 0xffffffffc0200000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1125, f10, 0xffffffffff200001)
	CHECK_FLAGS(1126, 0x1)
	/* fdiv.s 0xffffffffc0200000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1127, f10, 0xffffffff00000000)
	CHECK_FLAGS(1128, 0x0)
	/* fdiv.s 0xffffffffc0200000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1129, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1130, 0x0)
	/* fdiv.s 0xffffffffc0200000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1131, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1132, 0x0)
	/* fdiv.s 0xffffffffbf000000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1133, f10, 0xffffffffff800000)
	CHECK_FLAGS(1134, 0x8)
	/* fdiv.s 0xffffffffbf000000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1135, f10, 0xffffffff3f000000)
	CHECK_FLAGS(1136, 0x0)
	/* fdiv.s 0xffffffffbf000000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1137, f10, 0xffffffff3e4ccccd)
	CHECK_FLAGS(1138, 0x1)
	/* fdiv.s 0xffffffffbf000000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1139, f10, 0xffffffff80100000)
	CHECK_FLAGS(1140, 0x3)
	/* fdiv.s 0xffffffffbf000000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1141, f10, 0xfffffffffe000001)
	CHECK_FLAGS(1142, 0x1)
	/* fdiv.s 0xffffffffbf000000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1143, f10, 0xffffffff00000000)
	CHECK_FLAGS(1144, 0x0)
	/* fdiv.s 0xffffffffbf000000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1145, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1146, 0x0)
	/* fdiv.s 0xffffffffbf000000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1147, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1148, 0x0)
	/* fdiv.s 0xffffffffff7fffff 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1149, f10, 0xffffffffff800000)
	CHECK_FLAGS(1150, 0x8)
	/* fdiv.s 0xffffffffff7fffff 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1151, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(1152, 0x0)
	/* fdiv.s 0xffffffffff7fffff 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1153, f10, 0xffffffff7ecccccc)
	CHECK_FLAGS(1154, 0x0)
	/* fdiv.s 0xffffffffff7fffff 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1155, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1156, 0x0)
	/* fdiv.s 0xffffffffff7fffff 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1157, f10, 0xffffffffff800000)
	CHECK_FLAGS(1158, 0x5)
	/* fdiv.s 0xffffffffff7fffff 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1159, f10, 0xffffffff00000000)
	CHECK_FLAGS(1160, 0x0)
	/* fdiv.s 0xffffffffff7fffff 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1161, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1162, 0x0)
	/* fdiv.s 0xffffffffff7fffff 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1163, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1164, 0x0)
	/* fdiv.s 0xffffffff007fffff 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1165, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1166, 0x8)
	/* fdiv.s 0xffffffff007fffff 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1167, f10, 0xffffffff807fffff)
	CHECK_FLAGS(1168, 0x0)
	/* fdiv.s 0xffffffff007fffff 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1169, f10, 0xffffffff80333333)
	CHECK_FLAGS(1170, 0x3)
	/* fdiv.s 0xffffffff007fffff 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1171, f10, 0xffffffff00000000)
	CHECK_FLAGS(1172, 0x3)
	/* fdiv.s 0xffffffff007fffff 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1173, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1174, 0x0)
	/* fdiv.s 0xffffffff007fffff 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1175, f10, 0xffffffff80000000)
	CHECK_FLAGS(1176, 0x0)
	/* fdiv.s 0xffffffff007fffff 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1177, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1178, 0x0)
	/* fdiv.s 0xffffffff007fffff 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1179, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1180, 0x0)
	/* fdiv.s 0xffffffff7f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1181, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1182, 0x0)
	/* fdiv.s 0xffffffff7f800000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1183, f10, 0xffffffffff800000)
	CHECK_FLAGS(1184, 0x0)
	/* fdiv.s 0xffffffff7f800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1185, f10, 0xffffffffff800000)
	CHECK_FLAGS(1186, 0x0)
	/* fdiv.s 0xffffffff7f800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1187, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1188, 0x0)
	/* fdiv.s 0xffffffff7f800000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1189, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1190, 0x0)
	/* fdiv.s 0xffffffff7f800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1191, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1192, 0x10)
	/* fdiv.s 0xffffffff7f800000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1193, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1194, 0x0)
	/* fdiv.s 0xffffffff7f800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1195, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1196, 0x0)
	/* fdiv.s 0xffffffff7fc00000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1197, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1198, 0x0)
	/* fdiv.s 0xffffffff7fc00000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1199, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1200, 0x0)
	/* fdiv.s 0xffffffff7fc00000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1201, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1202, 0x0)
	/* fdiv.s 0xffffffff7fc00000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1203, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1204, 0x0)
	/* fdiv.s 0xffffffff7fc00000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1205, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1206, 0x0)
	/* fdiv.s 0xffffffff7fc00000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1207, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1208, 0x0)
	/* fdiv.s 0xffffffff7fc00000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1209, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1210, 0x0)
	/* fdiv.s 0xffffffff7fc00000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1211, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1212, 0x0)
	/* fdiv.s 0xffffffffffc12345 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1213, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1214, 0x0)
	/* fdiv.s 0xffffffffffc12345 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1215, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1216, 0x0)
	/* fdiv.s 0xffffffffffc12345 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1217, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1218, 0x0)
	/* fdiv.s 0xffffffffffc12345 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1219, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1220, 0x0)
	/* fdiv.s 0xffffffffffc12345 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1221, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1222, 0x0)
	/* fdiv.s 0xffffffffffc12345 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1223, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1224, 0x0)
	/* fdiv.s 0xffffffffffc12345 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1225, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1226, 0x0)
	/* fdiv.s 0xffffffffffc12345 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1227, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1228, 0x0)
	/* fdiv.s 0x3f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1229, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1230, 0x0)
	/* fdiv.s 0x3f800000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1231, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1232, 0x0)
	/* fdiv.s 0x3f800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1233, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1234, 0x0)
	/* fdiv.s 0x3f800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1235, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1236, 0x0)
	/* fdiv.s 0x3f800000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1237, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1238, 0x0)
	/* fdiv.s 0x3f800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1239, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1240, 0x0)
	/* fdiv.s 0x3f800000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1241, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1242, 0x0)
	/* fdiv.s 0x3f800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1243, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1244, 0x0)
	/* fdiv.s 0xffffffff40159a00 0xffffffff80675171 rm=rne frm=None */
	li t0, 0xffffffff40159a00; fmv.d.x f11, t0; li t0, 0xffffffff80675171; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1245, f10, 0xffffffffff395715)
	CHECK_FLAGS(1246, 0x1)
	/* fdiv.s 0xffffffff7f24cc18 0xffffffff01080000 rm=rne frm=None */
	li t0, 0xffffffff7f24cc18; fmv.d.x f11, t0; li t0, 0xffffffff01080000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1247, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1248, 0x5)
	/* fdiv.s 0xffffffff015d30ff 0xffffffffb5cf2ab6 rm=rne frm=None */
	li t0, 0xffffffff015d30ff; fmv.d.x f11, t0; li t0, 0xffffffffb5cf2ab6; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1249, f10, 0xffffffff8b08aa4b)
	CHECK_FLAGS(1250, 0x1)
	/* fdiv.s 0xffffffff3fc00000 0xffffffff2516d6eb rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff2516d6eb; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1251, f10, 0xffffffff5a22ed99)
	CHECK_FLAGS(1252, 0x1)
	/* fdiv.s 0xffffffffff43c3cc 0xffffffff0149eab4 rm=rne frm=None */
	li t0, 0xffffffffff43c3cc; fmv.d.x f11, t0; li t0, 0xffffffff0149eab4; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1253, f10, 0xffffffffff800000)
	CHECK_FLAGS(1254, 0x5)
	/* fdiv.s 0xffffffff01794a2d 0xffffffff7f5944d2 rm=rne frm=None */
	li t0, 0xffffffff01794a2d; fmv.d.x f11, t0; li t0, 0xffffffff7f5944d2; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1255, f10, 0xffffffff00000000)
	CHECK_FLAGS(1256, 0x3)
	/* fdiv.s 0xffffffff40580000 0xffffffff40538fe1 rm=rne frm=None */
	li t0, 0xffffffff40580000; fmv.d.x f11, t0; li t0, 0xffffffff40538fe1; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1257, f10, 0xffffffff3f82af61)
	CHECK_FLAGS(1258, 0x1)
	/* fdiv.s 0xffffffffb5840000 0xffffffff49fc0000 rm=rne frm=None */
	li t0, 0xffffffffb5840000; fmv.d.x f11, t0; li t0, 0xffffffff49fc0000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1259, f10, 0xffffffffab061862)
	CHECK_FLAGS(1260, 0x1)
	/* fdiv.s 0xffffffff00700000 0xffffffff9e13d3c3 rm=rne frm=None */
	li t0, 0xffffffff00700000; fmv.d.x f11, t0; li t0, 0xffffffff9e13d3c3; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1261, f10, 0xffffffffa1c1f4c9)
	CHECK_FLAGS(1262, 0x1)
	/* fdiv.s 0xffffffff00f5b43c 0xffffffff3fe00000 rm=rne frm=None */
	li t0, 0xffffffff00f5b43c; fmv.d.x f11, t0; li t0, 0xffffffff3fe00000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1263, f10, 0xffffffff008c66fe)
	CHECK_FLAGS(1264, 0x1)
	/* fdiv.s 0xffffffffbf880000 0xffffffffc007d708 rm=rne frm=None */
	li t0, 0xffffffffbf880000; fmv.d.x f11, t0; li t0, 0xffffffffc007d708; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1265, f10, 0xffffffff3f00269b)
	CHECK_FLAGS(1266, 0x1)
	/* fdiv.s 0xffffffffbfa4a701 0xffffffff81780000 rm=rne frm=None */
	li t0, 0xffffffffbfa4a701; fmv.d.x f11, t0; li t0, 0xffffffff81780000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1267, f10, 0xffffffff7da9f6b7)
	CHECK_FLAGS(1268, 0x1)
	/* fdiv.s 0xffffffff00862ff5 0xffffffff40d0a5d1 rm=rne frm=None */
	li t0, 0xffffffff00862ff5; fmv.d.x f11, t0; li t0, 0xffffffff40d0a5d1; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1269, f10, 0xffffffff00149483)
	CHECK_FLAGS(1270, 0x3)
	/* fdiv.s 0xffffffff49b01b54 0xffffffff812455d4 rm=rne frm=None */
	li t0, 0xffffffff49b01b54; fmv.d.x f11, t0; li t0, 0xffffffff812455d4; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(1271, f10, 0xffffffffff800000)
	CHECK_FLAGS(1272, 0x5)
	/* fdiv.s 0xffffffffb588f294 0xffffffff00dc0000 rm=rtz frm=None */
	li t0, 0xffffffffb588f294; fmv.d.x f11, t0; li t0, 0xffffffff00dc0000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(1273, f10, 0xfffffffff41f5b6f)
	CHECK_FLAGS(1274, 0x1)
	/* fdiv.s 0xffffffff3ffc0000 0xffffffff81280000 rm=rtz frm=None */
	li t0, 0xffffffff3ffc0000; fmv.d.x f11, t0; li t0, 0xffffffff81280000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(1275, f10, 0xfffffffffe400000)
	CHECK_FLAGS(1276, 0x0)
	/* fdiv.s 0xffffffff01040000 0xffffffff401e3a23 rm=rtz frm=None */
	li t0, 0xffffffff01040000; fmv.d.x f11, t0; li t0, 0xffffffff401e3a23; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(1277, f10, 0xffffffff006ac881)
	CHECK_FLAGS(1278, 0x3)
	/* fdiv.s 0xffffffff1b653907 0xffffffff3f62a408 rm=rtz frm=None */
	li t0, 0xffffffff1b653907; fmv.d.x f11, t0; li t0, 0xffffffff3f62a408; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(1279, f10, 0xffffffff1b81754f)
	CHECK_FLAGS(1280, 0x1)
	/* fdiv.s 0xffffffff01700000 0xffffffffb5bc0000 rm=rtz frm=None */
	li t0, 0xffffffff01700000; fmv.d.x f11, t0; li t0, 0xffffffffb5bc0000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(1281, f10, 0xffffffff8b23677d)
	CHECK_FLAGS(1282, 0x1)
	/* fdiv.s 0xffffffffb5cbb33a 0xffffffff00f80000 rm=rtz frm=None */
	li t0, 0xffffffffb5cbb33a; fmv.d.x f11, t0; li t0, 0xffffffff00f80000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(1283, f10, 0xfffffffff4524565)
	CHECK_FLAGS(1284, 0x1)
	/* fdiv.s 0xffffffff87b80000 0xffffffff3fa2e881 rm=rtz frm=None */
	li t0, 0xffffffff87b80000; fmv.d.x f11, t0; li t0, 0xffffffff3fa2e881; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(1285, f10, 0xffffffff8790927b)
	CHECK_FLAGS(1286, 0x1)
	/* fdiv.s 0xffffffff81185b7f 0xffffffffbfa95ec5 rm=rtz frm=None */
	li t0, 0xffffffff81185b7f; fmv.d.x f11, t0; li t0, 0xffffffffbfa95ec5; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(1287, f10, 0xffffffff00e64915)
	CHECK_FLAGS(1288, 0x1)
	/* fdiv.s 0xffffffffff368f4f 0xffffffffff1b8440 rm=rtz frm=None */
	li t0, 0xffffffffff368f4f; fmv.d.x f11, t0; li t0, 0xffffffffff1b8440; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(1289, f10, 0xffffffff3f96421d)
	CHECK_FLAGS(1290, 0x1)
	/* fdiv.s 0xffffffff80740000 0xffffffff0e340000 rm=rtz frm=None */
	li t0, 0xffffffff80740000; fmv.d.x f11, t0; li t0, 0xffffffff0e340000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(1291, f10, 0xffffffffb1a4fa4f)
	CHECK_FLAGS(1292, 0x1)
	/* fdiv.s 0xffffffff81661995 0xffffffff004a56d1 rm=rtz frm=None */
	li t0, 0xffffffff81661995; fmv.d.x f11, t0; li t0, 0xffffffff004a56d1; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(1293, f10, 0xffffffffc0c618f6)
	CHECK_FLAGS(1294, 0x1)
	/* fdiv.s 0xffffffffc9c00000 0xffffffff86cf68ad rm=rtz frm=None */
	li t0, 0xffffffffc9c00000; fmv.d.x f11, t0; li t0, 0xffffffff86cf68ad; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(1295, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(1296, 0x5)
	/* fdiv.s 0xffffffff59340000 0xffffffffbfbc0000 rm=rtz frm=None */
	li t0, 0xffffffff59340000; fmv.d.x f11, t0; li t0, 0xffffffffbfbc0000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(1297, f10, 0xffffffffd8f51b3b)
	CHECK_FLAGS(1298, 0x1)
	/* fdiv.s 0xffffffff3f387e13 0xffffffff80c00000 rm=rtz frm=None */
	li t0, 0xffffffff3f387e13; fmv.d.x f11, t0; li t0, 0xffffffff80c00000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(1299, f10, 0xfffffffffdf5fd6e)
	CHECK_FLAGS(1300, 0x1)
	/* fdiv.s 0xffffffffb5bc0000 0xffffffffff6f078e rm=rdn frm=None */
	li t0, 0xffffffffb5bc0000; fmv.d.x f11, t0; li t0, 0xffffffffff6f078e; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(1301, f10, 0xffffffff00000003)
	CHECK_FLAGS(1302, 0x3)
	/* fdiv.s 0xffffffffff4aa998 0xffffffff83cd16cd rm=rdn frm=None */
	li t0, 0xffffffffff4aa998; fmv.d.x f11, t0; li t0, 0xffffffff83cd16cd; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(1303, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(1304, 0x5)
	/* fdiv.s 0xffffffff406c0000 0xffffffff49b7b4ff rm=rdn frm=None */
	li t0, 0xffffffff406c0000; fmv.d.x f11, t0; li t0, 0xffffffff49b7b4ff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(1305, f10, 0xffffffff36246f8c)
	CHECK_FLAGS(1306, 0x1)
	/* fdiv.s 0xffffffff80b80000 0xffffffffc9b9b66f rm=rdn frm=None */
	li t0, 0xffffffff80b80000; fmv.d.x f11, t0; li t0, 0xffffffffc9b9b66f; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(1307, f10, 0xffffffff00000007)
	CHECK_FLAGS(1308, 0x3)
	/* fdiv.s 0xffffffff7f5b3794 0xffffffff49fc0000 rm=rdn frm=None */
	li t0, 0xffffffff7f5b3794; fmv.d.x f11, t0; li t0, 0xffffffff49fc0000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(1309, f10, 0xffffffff74deb25d)
	CHECK_FLAGS(1310, 0x1)
	/* fdiv.s 0xffffffff01400000 0xffffffffbf394a6c rm=rdn frm=None */
	li t0, 0xffffffff01400000; fmv.d.x f11, t0; li t0, 0xffffffffbf394a6c; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(1311, f10, 0xffffffff8184a284)
	CHECK_FLAGS(1312, 0x1)
	/* fdiv.s 0xffffffff0158f72f 0xffffffff000f5972 rm=rdn frm=None */
	li t0, 0xffffffff0158f72f; fmv.d.x f11, t0; li t0, 0xffffffff000f5972; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(1313, f10, 0xffffffff41e22974)
	CHECK_FLAGS(1314, 0x1)
	/* fdiv.s 0xffffffffc0600000 0xffffffff01000000 rm=rdn frm=None */
	li t0, 0xffffffffc0600000; fmv.d.x f11, t0; li t0, 0xffffffff01000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(1315, f10, 0xfffffffffee00000)
	CHECK_FLAGS(1316, 0x0)
	/* fdiv.s 0xffffffff7f040000 0xffffffff406faf14 rm=rdn frm=None */
	li t0, 0xffffffff7f040000; fmv.d.x f11, t0; li t0, 0xffffffff406faf14; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(1317, f10, 0xffffffff7e0cfc56)
	CHECK_FLAGS(1318, 0x1)
	/* fdiv.s 0xffffffff00ac0048 0xffffffff35a54e2e rm=rdn frm=None */
	li t0, 0xffffffff00ac0048; fmv.d.x f11, t0; li t0, 0xffffffff35a54e2e; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(1319, f10, 0xffffffff0a852f45)
	CHECK_FLAGS(1320, 0x1)
	/* fdiv.s 0xffffffffbf580000 0xffffffff14b80000 rm=rdn frm=None */
	li t0, 0xffffffffbf580000; fmv.d.x f11, t0; li t0, 0xffffffff14b80000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(1321, f10, 0xffffffffea1642c9)
	CHECK_FLAGS(1322, 0x1)
	/* fdiv.s 0xffffffff7f2f3bbd 0xffffffffbff96612 rm=rdn frm=None */
	li t0, 0xffffffff7f2f3bbd; fmv.d.x f11, t0; li t0, 0xffffffffbff96612; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(1323, f10, 0xfffffffffeb3df20)
	CHECK_FLAGS(1324, 0x1)
	/* fdiv.s 0xffffffff35f13c7f 0xffffffff00f40000 rm=rdn frm=None */
	li t0, 0xffffffff35f13c7f; fmv.d.x f11, t0; li t0, 0xffffffff00f40000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(1325, f10, 0xffffffff747d19b3)
	CHECK_FLAGS(1326, 0x1)
	/* fdiv.s 0xffffffffd38c0000 0xffffffff80c64afa rm=rdn frm=None */
	li t0, 0xffffffffd38c0000; fmv.d.x f11, t0; li t0, 0xffffffff80c64afa; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(1327, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(1328, 0x5)
	/* fdiv.s 0xffffffffbf8c0000 0xffffffff3f140000 rm=rup frm=None */
	li t0, 0xffffffffbf8c0000; fmv.d.x f11, t0; li t0, 0xffffffff3f140000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(1329, f10, 0xffffffffbff22983)
	CHECK_FLAGS(1330, 0x1)
	/* fdiv.s 0xffffffff3fd27cc2 0xffffffff01400000 rm=rup frm=None */
	li t0, 0xffffffff3fd27cc2; fmv.d.x f11, t0; li t0, 0xffffffff01400000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(1331, f10, 0xffffffff7e0c532c)
	CHECK_FLAGS(1332, 0x0)
	/* fdiv.s 0xffffffffbf381fcd 0xffffffff3fbb057d rm=rup frm=None */
	li t0, 0xffffffffbf381fcd; fmv.d.x f11, t0; li t0, 0xffffffff3fbb057d; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(1333, f10, 0xffffffffbefc08c2)
	CHECK_FLAGS(1334, 0x1)
	/* fdiv.s 0xffffffff0cf339f7 0xffffffff49efcc4f rm=rup frm=None */
	li t0, 0xffffffff0cf339f7; fmv.d.x f11, t0; li t0, 0xffffffff49efcc4f; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(1335, f10, 0xffffffff0281d47b)
	CHECK_FLAGS(1336, 0x1)
	/* fdiv.s 0xffffffff26e00000 0xffffffffff3a75f4 rm=rup frm=None */
	li t0, 0xffffffff26e00000; fmv.d.x f11, t0; li t0, 0xffffffffff3a75f4; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(1337, f10, 0xffffffff80000000)
	CHECK_FLAGS(1338, 0x3)
	/* fdiv.s 0xffffffff498c0000 0xffffffffbfd5e0a2 rm=rup frm=None */
	li t0, 0xffffffff498c0000; fmv.d.x f11, t0; li t0, 0xffffffffbfd5e0a2; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(1339, f10, 0xffffffffc9279294)
	CHECK_FLAGS(1340, 0x1)
	/* fdiv.s 0xffffffff3ffa5a4a 0xffffffffc9d6b6c2 rm=rup frm=None */
	li t0, 0xffffffff3ffa5a4a; fmv.d.x f11, t0; li t0, 0xffffffffc9d6b6c2; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(1341, f10, 0xffffffffb5953eeb)
	CHECK_FLAGS(1342, 0x1)
	/* fdiv.s 0xffffffff83836bf4 0xffffffffbf680000 rm=rup frm=None */
	li t0, 0xffffffff83836bf4; fmv.d.x f11, t0; li t0, 0xffffffffbf680000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(1343, f10, 0xffffffff0391045d)
	CHECK_FLAGS(1344, 0x1)
	/* fdiv.s 0xffffffff49eed312 0xffffffff010cd994 rm=rup frm=None */
	li t0, 0xffffffff49eed312; fmv.d.x f11, t0; li t0, 0xffffffff010cd994; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(1345, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1346, 0x5)
	/* fdiv.s 0xffffffffff340000 0xffffffff3f6ab312 rm=rup frm=None */
	li t0, 0xffffffffff340000; fmv.d.x f11, t0; li t0, 0xffffffff3f6ab312; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(1347, f10, 0xffffffffff44560f)
	CHECK_FLAGS(1348, 0x1)
	/* fdiv.s 0xffffffff49ac0000 0xffffffffff75c0ad rm=rup frm=None */
	li t0, 0xffffffff49ac0000; fmv.d.x f11, t0; li t0, 0xffffffffff75c0ad; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(1349, f10, 0xffffffff89b32c0a)
	CHECK_FLAGS(1350, 0x1)
	/* fdiv.s 0xffffffff00b80000 0xffffffff074c0580 rm=rup frm=None */
	li t0, 0xffffffff00b80000; fmv.d.x f11, t0; li t0, 0xffffffff074c0580; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(1351, f10, 0xffffffff38e6e0ae)
	CHECK_FLAGS(1352, 0x1)
	/* fdiv.s 0xffffffffbfb08ad5 0xffffffff0115a6f4 rm=rup frm=None */
	li t0, 0xffffffffbfb08ad5; fmv.d.x f11, t0; li t0, 0xffffffff0115a6f4; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(1353, f10, 0xfffffffffe16ffe5)
	CHECK_FLAGS(1354, 0x1)
	/* fdiv.s 0xffffffff999c4744 0xffffffff801da918 rm=rup frm=None */
	li t0, 0xffffffff999c4744; fmv.d.x f11, t0; li t0, 0xffffffff801da918; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(1355, f10, 0xffffffff59a89ad9)
	CHECK_FLAGS(1356, 0x1)
	/* fdiv.s 0xffffffff0103cdcc 0xffffffff00ee911d rm=rmm frm=None */
	li t0, 0xffffffff0103cdcc; fmv.d.x f11, t0; li t0, 0xffffffff00ee911d; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(1357, f10, 0xffffffff3f8d6f76)
	CHECK_FLAGS(1358, 0x1)
	/* fdiv.s 0xffffffff49a2a228 0xffffffff817c0000 rm=rmm frm=None */
	li t0, 0xffffffff49a2a228; fmv.d.x f11, t0; li t0, 0xffffffff817c0000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(1359, f10, 0xffffffffff800000)
	CHECK_FLAGS(1360, 0x5)
	/* fdiv.s 0xffffffff813c0000 0xffffffffb5c941d1 rm=rmm frm=None */
	li t0, 0xffffffff813c0000; fmv.d.x f11, t0; li t0, 0xffffffffb5c941d1; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(1361, f10, 0xffffffff0aef230d)
	CHECK_FLAGS(1362, 0x1)
	/* fdiv.s 0xffffffff27b251c0 0xffffffff00aca727 rm=rmm frm=None */
	li t0, 0xffffffff27b251c0; fmv.d.x f11, t0; li t0, 0xffffffff00aca727; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(1363, f10, 0xffffffff6684336f)
	CHECK_FLAGS(1364, 0x1)
	/* fdiv.s 0xffffffff00ec10e3 0xffffffff35c33da1 rm=rmm frm=None */
	li t0, 0xffffffff00ec10e3; fmv.d.x f11, t0; li t0, 0xffffffff35c33da1; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(1365, f10, 0xffffffff0a9ac3db)
	CHECK_FLAGS(1366, 0x1)
	/* fdiv.s 0xffffffff35aca2f8 0xffffffff4068297d rm=rmm frm=None */
	li t0, 0xffffffff35aca2f8; fmv.d.x f11, t0; li t0, 0xffffffff4068297d; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(1367, f10, 0xffffffff34be5cd2)
	CHECK_FLAGS(1368, 0x1)
	/* fdiv.s 0xffffffff80d40000 0xffffffff8172b1e6 rm=rmm frm=None */
	li t0, 0xffffffff80d40000; fmv.d.x f11, t0; li t0, 0xffffffff8172b1e6; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(1369, f10, 0xffffffff3edf9f50)
	CHECK_FLAGS(1370, 0x1)
	/* fdiv.s 0xffffffffc01ecb1b 0xffffffff811b94fd rm=rmm frm=None */
	li t0, 0xffffffffc01ecb1b; fmv.d.x f11, t0; li t0, 0xffffffff811b94fd; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(1371, f10, 0xffffffff7e82a45f)
	CHECK_FLAGS(1372, 0x1)
	/* fdiv.s 0xffffffffb5c5b573 0xffffffffb585aa98 rm=rmm frm=None */
	li t0, 0xffffffffb5c5b573; fmv.d.x f11, t0; li t0, 0xffffffffb585aa98; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(1373, f10, 0xffffffff3fbd53d8)
	CHECK_FLAGS(1374, 0x1)
	/* fdiv.s 0xffffffff3f1c0000 0xffffffff7f740000 rm=rmm frm=None */
	li t0, 0xffffffff3f1c0000; fmv.d.x f11, t0; li t0, 0xffffffff7f740000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(1375, f10, 0xffffffff00147582)
	CHECK_FLAGS(1376, 0x3)
	/* fdiv.s 0xffffffff49f1dac1 0xffffffff7f580000 rm=rmm frm=None */
	li t0, 0xffffffff49f1dac1; fmv.d.x f11, t0; li t0, 0xffffffff7f580000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(1377, f10, 0xffffffff0a0f5239)
	CHECK_FLAGS(1378, 0x1)
	/* fdiv.s 0xffffffff3f39060a 0xffffffffff4b9052 rm=rmm frm=None */
	li t0, 0xffffffff3f39060a; fmv.d.x f11, t0; li t0, 0xffffffffff4b9052; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(1379, f10, 0xffffffff801d15e4)
	CHECK_FLAGS(1380, 0x3)
	/* fdiv.s 0xffffffff358c0000 0xffffffff961c8a96 rm=rmm frm=None */
	li t0, 0xffffffff358c0000; fmv.d.x f11, t0; li t0, 0xffffffff961c8a96; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(1381, f10, 0xffffffffdee4f2f8)
	CHECK_FLAGS(1382, 0x1)
	/* fdiv.s 0xffffffffbc900000 0xffffffff00380000 rm=rmm frm=None */
	li t0, 0xffffffffbc900000; fmv.d.x f11, t0; li t0, 0xffffffff00380000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(1383, f10, 0xfffffffffc249249)
	CHECK_FLAGS(1384, 0x1)
	/* fdiv.s 0xffffffff802b5c92 0xffffffff00500000 rm=None frm=0 */
	li t0, 0xffffffff802b5c92; fmv.d.x f11, t0; li t0, 0xffffffff00500000; fmv.d.x f12, t0; fsrmi 0; fdiv.s f10, f11, f12
	CHECK_F(1385, f10, 0xffffffffbf0ac1d3)
	CHECK_FLAGS(1386, 0x1)
	/* fdiv.s 0xffffffff00080000 0xffffffff0126dca0 rm=None frm=0 */
	li t0, 0xffffffff00080000; fmv.d.x f11, t0; li t0, 0xffffffff0126dca0; fmv.d.x f12, t0; fsrmi 0; fdiv.s f10, f11, f12
	CHECK_F(1387, f10, 0xffffffff3cc460c9)
	CHECK_FLAGS(1388, 0x1)
	/* fdiv.s 0xffffffffb3940000 0xffffffffff4c0000 rm=None frm=0 */
	li t0, 0xffffffffb3940000; fmv.d.x f11, t0; li t0, 0xffffffffff4c0000; fmv.d.x f12, t0; fsrmi 0; fdiv.s f10, f11, f12
	CHECK_F(1389, f10, 0xffffffff00000000)
	CHECK_FLAGS(1390, 0x3)
	/* fdiv.s 0xffffffff2b340000 0xffffffff3f0cd22d rm=None frm=0 */
	li t0, 0xffffffff2b340000; fmv.d.x f11, t0; li t0, 0xffffffff3f0cd22d; fmv.d.x f12, t0; fsrmi 0; fdiv.s f10, f11, f12
	CHECK_F(1391, f10, 0xffffffff2ba39caa)
	CHECK_FLAGS(1392, 0x1)
	/* fdiv.s 0xffffffff3f763277 0xffffffff498cad58 rm=None frm=1 */
	li t0, 0xffffffff3f763277; fmv.d.x f11, t0; li t0, 0xffffffff498cad58; fmv.d.x f12, t0; fsrmi 1; fdiv.s f10, f11, f12
	CHECK_F(1393, f10, 0xffffffff356002d5)
	CHECK_FLAGS(1394, 0x1)
	/* fdiv.s 0xffffffff815c3218 0xffffffff80acb31e rm=None frm=1 */
	li t0, 0xffffffff815c3218; fmv.d.x f11, t0; li t0, 0xffffffff80acb31e; fmv.d.x f12, t0; fsrmi 1; fdiv.s f10, f11, f12
	CHECK_F(1395, f10, 0xffffffff402333e1)
	CHECK_FLAGS(1396, 0x1)
	/* fdiv.s 0xffffffff40140000 0xffffffffa0b149c3 rm=None frm=1 */
	li t0, 0xffffffff40140000; fmv.d.x f11, t0; li t0, 0xffffffffa0b149c3; fmv.d.x f12, t0; fsrmi 1; fdiv.s f10, f11, f12
	CHECK_F(1397, f10, 0xffffffffded5b567)
	CHECK_FLAGS(1398, 0x1)
	/* fdiv.s 0xffffffff912c0000 0xffffffff81780000 rm=None frm=1 */
	li t0, 0xffffffff912c0000; fmv.d.x f11, t0; li t0, 0xffffffff81780000; fmv.d.x f12, t0; fsrmi 1; fdiv.s f10, f11, f12
	CHECK_F(1399, f10, 0xffffffff4f318c63)
	CHECK_FLAGS(1400, 0x1)
	/* fdiv.s 0xffffffffb5cc9032 0xffffffff44800000 rm=None frm=2 */
	li t0, 0xffffffffb5cc9032; fmv.d.x f11, t0; li t0, 0xffffffff44800000; fmv.d.x f12, t0; fsrmi 2; fdiv.s f10, f11, f12
	CHECK_F(1401, f10, 0xffffffffb0cc9032)
	CHECK_FLAGS(1402, 0x0)
	/* fdiv.s 0xffffffffa6b01200 0xffffffff35b65e25 rm=None frm=2 */
	li t0, 0xffffffffa6b01200; fmv.d.x f11, t0; li t0, 0xffffffff35b65e25; fmv.d.x f12, t0; fsrmi 2; fdiv.s f10, f11, f12
	CHECK_F(1403, f10, 0xffffffffb07728f1)
	CHECK_FLAGS(1404, 0x1)
	/* fdiv.s 0xffffffffbff40000 0xffffffff49abbc96 rm=None frm=2 */
	li t0, 0xffffffffbff40000; fmv.d.x f11, t0; li t0, 0xffffffff49abbc96; fmv.d.x f12, t0; fsrmi 2; fdiv.s f10, f11, f12
	CHECK_F(1405, f10, 0xffffffffb5b5dc1e)
	CHECK_FLAGS(1406, 0x1)
	/* fdiv.s 0xffffffff1e62d410 0xffffffff35dc0000 rm=None frm=2 */
	li t0, 0xffffffff1e62d410; fmv.d.x f11, t0; li t0, 0xffffffff35dc0000; fmv.d.x f12, t0; fsrmi 2; fdiv.s f10, f11, f12
	CHECK_F(1407, f10, 0xffffffff2803f90d)
	CHECK_FLAGS(1408, 0x1)
	/* fdiv.s 0xffffffff01140000 0xffffffff9ac493bd rm=None frm=3 */
	li t0, 0xffffffff01140000; fmv.d.x f11, t0; li t0, 0xffffffff9ac493bd; fmv.d.x f12, t0; fsrmi 3; fdiv.s f10, f11, f12
	CHECK_F(1409, f10, 0xffffffffa5c0bd16)
	CHECK_FLAGS(1410, 0x1)
	/* fdiv.s 0xffffffffc76fa2df 0xffffffff254f102d rm=None frm=3 */
	li t0, 0xffffffffc76fa2df; fmv.d.x f11, t0; li t0, 0xffffffff254f102d; fmv.d.x f12, t0; fsrmi 3; fdiv.s f10, f11, f12
	CHECK_F(1411, f10, 0xffffffffe19422b8)
	CHECK_FLAGS(1412, 0x1)
	/* fdiv.s 0xffffffff3fa0e92d 0xffffffff0ebdb96c rm=None frm=3 */
	li t0, 0xffffffff3fa0e92d; fmv.d.x f11, t0; li t0, 0xffffffff0ebdb96c; fmv.d.x f12, t0; fsrmi 3; fdiv.s f10, f11, f12
	CHECK_F(1413, f10, 0xffffffff70591f0a)
	CHECK_FLAGS(1414, 0x1)
	/* fdiv.s 0xffffffff7f300000 0xffffffff811f213e rm=None frm=3 */
	li t0, 0xffffffff7f300000; fmv.d.x f11, t0; li t0, 0xffffffff811f213e; fmv.d.x f12, t0; fsrmi 3; fdiv.s f10, f11, f12
	CHECK_F(1415, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(1416, 0x5)
	/* fdiv.s 0xffffffff3ff52133 0xffffffff499b98bc rm=None frm=4 */
	li t0, 0xffffffff3ff52133; fmv.d.x f11, t0; li t0, 0xffffffff499b98bc; fmv.d.x f12, t0; fsrmi 4; fdiv.s f10, f11, f12
	CHECK_F(1417, f10, 0xffffffff35c9a74a)
	CHECK_FLAGS(1418, 0x1)
	/* fdiv.s 0xffffffffc9bb2895 0xffffffff403253d1 rm=None frm=4 */
	li t0, 0xffffffffc9bb2895; fmv.d.x f11, t0; li t0, 0xffffffff403253d1; fmv.d.x f12, t0; fsrmi 4; fdiv.s f10, f11, f12
	CHECK_F(1419, f10, 0xffffffffc90656bc)
	CHECK_FLAGS(1420, 0x1)
	/* fdiv.s 0xffffffffb5880000 0xffffffff3f340000 rm=None frm=4 */
	li t0, 0xffffffffb5880000; fmv.d.x f11, t0; li t0, 0xffffffff3f340000; fmv.d.x f12, t0; fsrmi 4; fdiv.s f10, f11, f12
	CHECK_F(1421, f10, 0xffffffffb5c16c17)
	CHECK_FLAGS(1422, 0x1)
	/* fdiv.s 0xffffffffc0051c21 0xffffffffb583a95c rm=None frm=4 */
	li t0, 0xffffffffc0051c21; fmv.d.x f11, t0; li t0, 0xffffffffb583a95c; fmv.d.x f12, t0; fsrmi 4; fdiv.s f10, f11, f12
	CHECK_F(1423, f10, 0xffffffff4a016875)
	CHECK_FLAGS(1424, 0x1)
	/* fsqrt.s 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1425, f10, 0xffffffff00000000)
	CHECK_FLAGS(1426, 0x0)
	/* fsqrt.s 0xffffffff80000000 rm=rne frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1427, f10, 0xffffffff80000000)
	CHECK_FLAGS(1428, 0x0)
	/* fsqrt.s 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1429, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1430, 0x0)
	/* fsqrt.s 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1431, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1432, 0x10)
	/* fsqrt.s 0xffffffff3fc00000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1433, f10, 0xffffffff3f9cc471)
	CHECK_FLAGS(1434, 0x1)
	/* fsqrt.s 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1435, f10, 0xffffffff3fca62c2)
	CHECK_FLAGS(1436, 0x1)
	/* fsqrt.s 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1437, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1438, 0x10)
	/* fsqrt.s 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1439, f10, 0xffffffff3f3504f3)
	CHECK_FLAGS(1440, 0x1)
	/* fsqrt.s 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1441, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1442, 0x10)
	/* fsqrt.s 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1443, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(1444, 0x1)
	/* fsqrt.s 0xffffffffff7fffff rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1445, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1446, 0x10)
	/* fsqrt.s 0xffffffff00800000 rm=rne frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1447, f10, 0xffffffff20000000)
	CHECK_FLAGS(1448, 0x0)
	/* fsqrt.s 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1449, f10, 0xffffffff1fffffff)
	CHECK_FLAGS(1450, 0x1)
	/* fsqrt.s 0xffffffff00000001 rm=rne frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1451, f10, 0xffffffff1a3504f3)
	CHECK_FLAGS(1452, 0x1)
	/* fsqrt.s 0xffffffff7f800000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1453, f10, 0xffffffff7f800000)
	CHECK_FLAGS(1454, 0x0)
	/* fsqrt.s 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1455, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1456, 0x10)
	/* fsqrt.s 0xffffffff7fc00000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1457, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1458, 0x0)
	/* fsqrt.s 0xffffffff7f800001 rm=rne frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1459, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1460, 0x10)
	/* fsqrt.s 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1461, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1462, 0x0)
	/* fsqrt.s 0xffffffff3f800001 rm=rne frm=None */
	li t0, 0xffffffff3f800001; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1463, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1464, 0x1)
	/* fsqrt.s 0x3f800000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1465, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1466, 0x0)
	/* fsqrt.s 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1467, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(1468, 0x0)
	/* fsqrt.s 0xffffffff3f2ad346 rm=rne frm=None */
	li t0, 0xffffffff3f2ad346; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1469, f10, 0xffffffff3f511ec8)
	CHECK_FLAGS(1470, 0x1)
	/* fsqrt.s 0xffffffff3acd05ff rm=rne frm=None */
	li t0, 0xffffffff3acd05ff; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1471, f10, 0xffffffff3d21ff35)
	CHECK_FLAGS(1472, 0x1)
	/* fsqrt.s 0xffffffff181c415f rm=rne frm=None */
	li t0, 0xffffffff181c415f; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1473, f10, 0xffffffff2bc800e1)
	CHECK_FLAGS(1474, 0x1)
	/* fsqrt.s 0xffffffff3f400000 rm=rne frm=None */
	li t0, 0xffffffff3f400000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1475, f10, 0xffffffff3f5db3d7)
	CHECK_FLAGS(1476, 0x1)
	/* fsqrt.s 0xffffffff00f0ce94 rm=rne frm=None */
	li t0, 0xffffffff00f0ce94; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1477, f10, 0xffffffff202f90cd)
	CHECK_FLAGS(1478, 0x1)
	/* fsqrt.s 0xffffffff7f36426e rm=rne frm=None */
	li t0, 0xffffffff7f36426e; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1479, f10, 0xffffffff5f580171)
	CHECK_FLAGS(1480, 0x1)
	/* fsqrt.s 0xffffffff49b40000 rm=rne frm=None */
	li t0, 0xffffffff49b40000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1481, f10, 0xffffffff4497ca11)
	CHECK_FLAGS(1482, 0x1)
	/* fsqrt.s 0xffffffff3f600000 rm=rne frm=None */
	li t0, 0xffffffff3f600000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1483, f10, 0xffffffff3f6f7751)
	CHECK_FLAGS(1484, 0x1)
	/* fsqrt.s 0xffffffff49a3f86a rm=rne frm=None */
	li t0, 0xffffffff49a3f86a; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1485, f10, 0xffffffff4490df82)
	CHECK_FLAGS(1486, 0x1)
	/* fsqrt.s 0xffffffff35c55f09 rm=rne frm=None */
	li t0, 0xffffffff35c55f09; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(1487, f10, 0xffffffff3a9ef1ec)
	CHECK_FLAGS(1488, 0x1)
	/* fsqrt.s 0xffffffff01211c91 rm=rtz frm=None */
	li t0, 0xffffffff01211c91; fmv.d.x f11, t0; fsqrt.s f10, f11, rtz
	CHECK_F(1489, f10, 0xffffffff204b166b)
	CHECK_FLAGS(1490, 0x1)
	/* fsqrt.s 0xffffffff3f1a04db rm=rtz frm=None */
	li t0, 0xffffffff3f1a04db; fmv.d.x f11, t0; fsqrt.s f10, f11, rtz
	CHECK_F(1491, f10, 0xffffffff3f469127)
	CHECK_FLAGS(1492, 0x1)
	/* fsqrt.s 0xffffffff35d40000 rm=rtz frm=None */
	li t0, 0xffffffff35d40000; fmv.d.x f11, t0; fsqrt.s f10, f11, rtz
	CHECK_F(1493, f10, 0xffffffff3aa4bae6)
	CHECK_FLAGS(1494, 0x1)
	/* fsqrt.s 0xffffffff016c00dc rm=rtz frm=None */
	li t0, 0xffffffff016c00dc; fmv.d.x f11, t0; fsqrt.s f10, f11, rtz
	CHECK_F(1495, f10, 0xffffffff2075cc64)
	CHECK_FLAGS(1496, 0x1)
	/* fsqrt.s 0xffffffff3f2bd328 rm=rtz frm=None */
	li t0, 0xffffffff3f2bd328; fmv.d.x f11, t0; fsqrt.s f10, f11, rtz
	CHECK_F(1497, f10, 0xffffffff3f51bb2c)
	CHECK_FLAGS(1498, 0x1)
	/* fsqrt.s 0xffffffff01780000 rm=rtz frm=None */
	li t0, 0xffffffff01780000; fmv.d.x f11, t0; fsqrt.s f10, f11, rtz
	CHECK_F(1499, f10, 0xffffffff207bf7df)
	CHECK_FLAGS(1500, 0x1)
	/* fsqrt.s 0xffffffff00d8758d rm=rtz frm=None */
	li t0, 0xffffffff00d8758d; fmv.d.x f11, t0; fsqrt.s f10, f11, rtz
	CHECK_F(1501, f10, 0xffffffff2026741a)
	CHECK_FLAGS(1502, 0x1)
	/* fsqrt.s 0xffffffff00b80000 rm=rtz frm=None */
	li t0, 0xffffffff00b80000; fmv.d.x f11, t0; fsqrt.s f10, f11, rtz
	CHECK_F(1503, f10, 0xffffffff20197773)
	CHECK_FLAGS(1504, 0x1)
	/* fsqrt.s 0xffffffff35df8cb3 rm=rtz frm=None */
	li t0, 0xffffffff35df8cb3; fmv.d.x f11, t0; fsqrt.s f10, f11, rtz
	CHECK_F(1505, f10, 0xffffffff3aa92863)
	CHECK_FLAGS(1506, 0x1)
	/* fsqrt.s 0xffffffff3f9c0000 rm=rtz frm=None */
	li t0, 0xffffffff3f9c0000; fmv.d.x f11, t0; fsqrt.s f10, f11, rtz
	CHECK_F(1507, f10, 0xffffffff3f8d4ee4)
	CHECK_FLAGS(1508, 0x1)
	/* fsqrt.s 0xffffffff3fa65619 rm=rdn frm=None */
	li t0, 0xffffffff3fa65619; fmv.d.x f11, t0; fsqrt.s f10, f11, rdn
	CHECK_F(1509, f10, 0xffffffff3f91ea1e)
	CHECK_FLAGS(1510, 0x1)
	/* fsqrt.s 0xffffffff58559569 rm=rdn frm=None */
	li t0, 0xffffffff58559569; fmv.d.x f11, t0; fsqrt.s f10, f11, rdn
	CHECK_F(1511, f10, 0xffffffff4be9d4fe)
	CHECK_FLAGS(1512, 0x1)
	/* fsqrt.s 0xffffffff2d451acf rm=rdn frm=None */
	li t0, 0xffffffff2d451acf; fmv.d.x f11, t0; fsqrt.s f10, f11, rdn
	CHECK_F(1513, f10, 0xffffffff3660a160)
	CHECK_FLAGS(1514, 0x1)
	/* fsqrt.s 0xffffffff49d4d54f rm=rdn frm=None */
	li t0, 0xffffffff49d4d54f; fmv.d.x f11, t0; fsqrt.s f10, f11, rdn
	CHECK_F(1515, f10, 0xffffffff44a50db1)
	CHECK_FLAGS(1516, 0x1)
	/* fsqrt.s 0xffffffff001c0000 rm=rdn frm=None */
	li t0, 0xffffffff001c0000; fmv.d.x f11, t0; fsqrt.s f10, f11, rdn
	CHECK_F(1517, f10, 0xffffffff1f6f7750)
	CHECK_FLAGS(1518, 0x1)
	/* fsqrt.s 0xffffffff17b00000 rm=rdn frm=None */
	li t0, 0xffffffff17b00000; fmv.d.x f11, t0; fsqrt.s f10, f11, rdn
	CHECK_F(1519, f10, 0xffffffff2b9617e2)
	CHECK_FLAGS(1520, 0x1)
	/* fsqrt.s 0xffffffff00f68c81 rm=rdn frm=None */
	li t0, 0xffffffff00f68c81; fmv.d.x f11, t0; fsqrt.s f10, f11, rdn
	CHECK_F(1521, f10, 0xffffffff2031a57c)
	CHECK_FLAGS(1522, 0x1)
	/* fsqrt.s 0xffffffff017ec750 rm=rdn frm=None */
	li t0, 0xffffffff017ec750; fmv.d.x f11, t0; fsqrt.s f10, f11, rdn
	CHECK_F(1523, f10, 0xffffffff207f6378)
	CHECK_FLAGS(1524, 0x1)
	/* fsqrt.s 0xffffffff3f54b949 rm=rdn frm=None */
	li t0, 0xffffffff3f54b949; fmv.d.x f11, t0; fsqrt.s f10, f11, rdn
	CHECK_F(1525, f10, 0xffffffff3f695c60)
	CHECK_FLAGS(1526, 0x1)
	/* fsqrt.s 0xffffffff3f8b223d rm=rdn frm=None */
	li t0, 0xffffffff3f8b223d; fmv.d.x f11, t0; fsqrt.s f10, f11, rdn
	CHECK_F(1527, f10, 0xffffffff3f857368)
	CHECK_FLAGS(1528, 0x1)
	/* fsqrt.s 0xffffffff00100000 rm=rup frm=None */
	li t0, 0xffffffff00100000; fmv.d.x f11, t0; fsqrt.s f10, f11, rup
	CHECK_F(1529, f10, 0xffffffff1f3504f4)
	CHECK_FLAGS(1530, 0x1)
	/* fsqrt.s 0xffffffff49ac0000 rm=rup frm=None */
	li t0, 0xffffffff49ac0000; fmv.d.x f11, t0; fsqrt.s f10, f11, rup
	CHECK_F(1531, f10, 0xffffffff449460be)
	CHECK_FLAGS(1532, 0x1)
	/* fsqrt.s 0xffffffff401e3409 rm=rup frm=None */
	li t0, 0xffffffff401e3409; fmv.d.x f11, t0; fsqrt.s f10, f11, rup
	CHECK_F(1533, f10, 0xffffffff3fc93f08)
	CHECK_FLAGS(1534, 0x1)
	/* fsqrt.s 0xffffffff01e45006 rm=rup frm=None */
	li t0, 0xffffffff01e45006; fmv.d.x f11, t0; fsqrt.s f10, f11, rup
	CHECK_F(1535, f10, 0xffffffff20aaf349)
	CHECK_FLAGS(1536, 0x1)
	/* fsqrt.s 0xffffffff35cfc468 rm=rup frm=None */
	li t0, 0xffffffff35cfc468; fmv.d.x f11, t0; fsqrt.s f10, f11, rup
	CHECK_F(1537, f10, 0xffffffff3aa313ca)
	CHECK_FLAGS(1538, 0x1)
	/* fsqrt.s 0xffffffff35d40000 rm=rup frm=None */
	li t0, 0xffffffff35d40000; fmv.d.x f11, t0; fsqrt.s f10, f11, rup
	CHECK_F(1539, f10, 0xffffffff3aa4bae7)
	CHECK_FLAGS(1540, 0x1)
	/* fsqrt.s 0xffffffff3f96d6a2 rm=rup frm=None */
	li t0, 0xffffffff3f96d6a2; fmv.d.x f11, t0; fsqrt.s f10, f11, rup
	CHECK_F(1541, f10, 0xffffffff3f8af366)
	CHECK_FLAGS(1542, 0x1)
	/* fsqrt.s 0xffffffff7f3b8958 rm=rup frm=None */
	li t0, 0xffffffff7f3b8958; fmv.d.x f11, t0; fsqrt.s f10, f11, rup
	CHECK_F(1543, f10, 0xffffffff5f5b1c40)
	CHECK_FLAGS(1544, 0x1)
	/* fsqrt.s 0xffffffff0161f7ee rm=rup frm=None */
	li t0, 0xffffffff0161f7ee; fmv.d.x f11, t0; fsqrt.s f10, f11, rup
	CHECK_F(1545, f10, 0xffffffff20708417)
	CHECK_FLAGS(1546, 0x1)
	/* fsqrt.s 0xffffffff15540000 rm=rup frm=None */
	li t0, 0xffffffff15540000; fmv.d.x f11, t0; fsqrt.s f10, f11, rup
	CHECK_F(1547, f10, 0xffffffff2a68f6aa)
	CHECK_FLAGS(1548, 0x1)
	/* fsqrt.s 0xffffffff3f5a7bfd rm=rmm frm=None */
	li t0, 0xffffffff3f5a7bfd; fmv.d.x f11, t0; fsqrt.s f10, f11, rmm
	CHECK_F(1549, f10, 0xffffffff3f6c7fdc)
	CHECK_FLAGS(1550, 0x1)
	/* fsqrt.s 0xffffffff49dfbcf7 rm=rmm frm=None */
	li t0, 0xffffffff49dfbcf7; fmv.d.x f11, t0; fsqrt.s f10, f11, rmm
	CHECK_F(1551, f10, 0xffffffff44a93aa5)
	CHECK_FLAGS(1552, 0x1)
	/* fsqrt.s 0xffffffff35bbe8da rm=rmm frm=None */
	li t0, 0xffffffff35bbe8da; fmv.d.x f11, t0; fsqrt.s f10, f11, rmm
	CHECK_F(1553, f10, 0xffffffff3a9b16a4)
	CHECK_FLAGS(1554, 0x1)
	/* fsqrt.s 0xffffffff00b4e7ce rm=rmm frm=None */
	li t0, 0xffffffff00b4e7ce; fmv.d.x f11, t0; fsqrt.s f10, f11, rmm
	CHECK_F(1555, f10, 0xffffffff20182baf)
	CHECK_FLAGS(1556, 0x1)
	/* fsqrt.s 0xffffffff49a3e8e9 rm=rmm frm=None */
	li t0, 0xffffffff49a3e8e9; fmv.d.x f11, t0; fsqrt.s f10, f11, rmm
	CHECK_F(1557, f10, 0xffffffff4490d8a8)
	CHECK_FLAGS(1558, 0x1)
	/* fsqrt.s 0xffffffff0031bebb rm=rmm frm=None */
	li t0, 0xffffffff0031bebb; fmv.d.x f11, t0; fsqrt.s f10, f11, rmm
	CHECK_F(1559, f10, 0xffffffff1f9f976f)
	CHECK_FLAGS(1560, 0x1)
	/* fsqrt.s 0xffffffff007aacd4 rm=rmm frm=None */
	li t0, 0xffffffff007aacd4; fmv.d.x f11, t0; fsqrt.s f10, f11, rmm
	CHECK_F(1561, f10, 0xffffffff1ffa9e59)
	CHECK_FLAGS(1562, 0x1)
	/* fsqrt.s 0xffffffff1280e61b rm=rmm frm=None */
	li t0, 0xffffffff1280e61b; fmv.d.x f11, t0; fsqrt.s f10, f11, rmm
	CHECK_F(1563, f10, 0xffffffff290072da)
	CHECK_FLAGS(1564, 0x1)
	/* fsqrt.s 0xffffffff7f4d81ec rm=rmm frm=None */
	li t0, 0xffffffff7f4d81ec; fmv.d.x f11, t0; fsqrt.s f10, f11, rmm
	CHECK_F(1565, f10, 0xffffffff5f655e58)
	CHECK_FLAGS(1566, 0x1)
	/* fsqrt.s 0xffffffff00580000 rm=rmm frm=None */
	li t0, 0xffffffff00580000; fmv.d.x f11, t0; fsqrt.s f10, f11, rmm
	CHECK_F(1567, f10, 0xffffffff1fd44395)
	CHECK_FLAGS(1568, 0x1)
	/* fadd.d 0x0 0x0 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1569, f10, 0x0)
	CHECK_FLAGS(1570, 0x0)
	/* fadd.d 0x0 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1571, f10, 0xbff0000000000000)
	CHECK_FLAGS(1572, 0x0)
	/* fadd.d 0x0 0xc004000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1573, f10, 0xc004000000000000)
	CHECK_FLAGS(1574, 0x0)
	/* fadd.d 0x0 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1575, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(1576, 0x0)
	/* fadd.d 0x0 0xfffffffffffff rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1577, f10, 0xfffffffffffff)
	CHECK_FLAGS(1578, 0x0)
	/* fadd.d 0x0 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1579, f10, 0xfff0000000000000)
	CHECK_FLAGS(1580, 0x0)
	/* fadd.d 0x0 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1581, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1582, 0x0)
	/* fadd.d 0x3ff0000000000000 0x0 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1583, f10, 0x3ff0000000000000)
	CHECK_FLAGS(1584, 0x0)
	/* fadd.d 0x3ff0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1585, f10, 0x0)
	CHECK_FLAGS(1586, 0x0)
	/* fadd.d 0x3ff0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1587, f10, 0xbff8000000000000)
	CHECK_FLAGS(1588, 0x0)
	/* fadd.d 0x3ff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1589, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(1590, 0x1)
	/* fadd.d 0x3ff0000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1591, f10, 0x3ff0000000000000)
	CHECK_FLAGS(1592, 0x1)
	/* fadd.d 0x3ff0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1593, f10, 0xfff0000000000000)
	CHECK_FLAGS(1594, 0x0)
	/* fadd.d 0x3ff0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1595, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1596, 0x0)
	/* fadd.d 0x3ff8000000000000 0x0 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1597, f10, 0x3ff8000000000000)
	CHECK_FLAGS(1598, 0x0)
	/* fadd.d 0x3ff8000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1599, f10, 0x3fe0000000000000)
	CHECK_FLAGS(1600, 0x0)
	/* fadd.d 0x3ff8000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1601, f10, 0xbff0000000000000)
	CHECK_FLAGS(1602, 0x0)
	/* fadd.d 0x3ff8000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1603, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(1604, 0x1)
	/* fadd.d 0x3ff8000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1605, f10, 0x3ff8000000000000)
	CHECK_FLAGS(1606, 0x1)
	/* fadd.d 0x3ff8000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1607, f10, 0xfff0000000000000)
	CHECK_FLAGS(1608, 0x0)
	/* fadd.d 0x3ff8000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1609, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1610, 0x0)
	/* fadd.d 0xc004000000000000 0x0 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1611, f10, 0xc004000000000000)
	CHECK_FLAGS(1612, 0x0)
	/* fadd.d 0xc004000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1613, f10, 0xc00c000000000000)
	CHECK_FLAGS(1614, 0x0)
	/* fadd.d 0xc004000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1615, f10, 0xc014000000000000)
	CHECK_FLAGS(1616, 0x0)
	/* fadd.d 0xc004000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1617, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(1618, 0x1)
	/* fadd.d 0xc004000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1619, f10, 0xc004000000000000)
	CHECK_FLAGS(1620, 0x1)
	/* fadd.d 0xc004000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1621, f10, 0xfff0000000000000)
	CHECK_FLAGS(1622, 0x0)
	/* fadd.d 0xc004000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1623, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1624, 0x0)
	/* fadd.d 0xbfe0000000000000 0x0 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1625, f10, 0xbfe0000000000000)
	CHECK_FLAGS(1626, 0x0)
	/* fadd.d 0xbfe0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1627, f10, 0xbff8000000000000)
	CHECK_FLAGS(1628, 0x0)
	/* fadd.d 0xbfe0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1629, f10, 0xc008000000000000)
	CHECK_FLAGS(1630, 0x0)
	/* fadd.d 0xbfe0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1631, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(1632, 0x1)
	/* fadd.d 0xbfe0000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1633, f10, 0xbfe0000000000000)
	CHECK_FLAGS(1634, 0x1)
	/* fadd.d 0xbfe0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1635, f10, 0xfff0000000000000)
	CHECK_FLAGS(1636, 0x0)
	/* fadd.d 0xbfe0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1637, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1638, 0x0)
	/* fadd.d 0xffefffffffffffff 0x0 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1639, f10, 0xffefffffffffffff)
	CHECK_FLAGS(1640, 0x0)
	/* fadd.d 0xffefffffffffffff 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1641, f10, 0xffefffffffffffff)
	CHECK_FLAGS(1642, 0x1)
	/* fadd.d 0xffefffffffffffff 0xc004000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1643, f10, 0xffefffffffffffff)
	CHECK_FLAGS(1644, 0x1)
	/* fadd.d 0xffefffffffffffff 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1645, f10, 0x0)
	CHECK_FLAGS(1646, 0x0)
	/* fadd.d 0xffefffffffffffff 0xfffffffffffff rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1647, f10, 0xffefffffffffffff)
	CHECK_FLAGS(1648, 0x1)
	/* fadd.d 0xffefffffffffffff 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1649, f10, 0xfff0000000000000)
	CHECK_FLAGS(1650, 0x0)
	/* fadd.d 0xffefffffffffffff 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1651, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1652, 0x0)
	/* fadd.d 0xfffffffffffff 0x0 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1653, f10, 0xfffffffffffff)
	CHECK_FLAGS(1654, 0x0)
	/* fadd.d 0xfffffffffffff 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1655, f10, 0xbff0000000000000)
	CHECK_FLAGS(1656, 0x1)
	/* fadd.d 0xfffffffffffff 0xc004000000000000 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1657, f10, 0xc004000000000000)
	CHECK_FLAGS(1658, 0x1)
	/* fadd.d 0xfffffffffffff 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1659, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(1660, 0x1)
	/* fadd.d 0xfffffffffffff 0xfffffffffffff rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1661, f10, 0x1ffffffffffffe)
	CHECK_FLAGS(1662, 0x0)
	/* fadd.d 0xfffffffffffff 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1663, f10, 0xfff0000000000000)
	CHECK_FLAGS(1664, 0x0)
	/* fadd.d 0xfffffffffffff 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1665, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1666, 0x0)
	/* fadd.d 0x7ff0000000000000 0x0 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1667, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1668, 0x0)
	/* fadd.d 0x7ff0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1669, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1670, 0x0)
	/* fadd.d 0x7ff0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1671, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1672, 0x0)
	/* fadd.d 0x7ff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1673, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1674, 0x0)
	/* fadd.d 0x7ff0000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1675, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1676, 0x0)
	/* fadd.d 0x7ff0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1677, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1678, 0x10)
	/* fadd.d 0x7ff0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1679, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1680, 0x0)
	/* fadd.d 0x7ff8000000000000 0x0 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1681, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1682, 0x0)
	/* fadd.d 0x7ff8000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1683, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1684, 0x0)
	/* fadd.d 0x7ff8000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1685, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1686, 0x0)
	/* fadd.d 0x7ff8000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1687, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1688, 0x0)
	/* fadd.d 0x7ff8000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1689, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1690, 0x0)
	/* fadd.d 0x7ff8000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1691, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1692, 0x0)
	/* fadd.d 0x7ff8000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1693, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1694, 0x0)
	/* fadd.d 0xfff8000000001234 0x0 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1695, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1696, 0x0)
	/* fadd.d 0xfff8000000001234 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1697, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1698, 0x0)
	/* fadd.d 0xfff8000000001234 0xc004000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1699, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1700, 0x0)
	/* fadd.d 0xfff8000000001234 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1701, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1702, 0x0)
	/* fadd.d 0xfff8000000001234 0xfffffffffffff rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1703, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1704, 0x0)
	/* fadd.d 0xfff8000000001234 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1705, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1706, 0x0)
	/* fadd.d 0xfff8000000001234 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1707, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1708, 0x0)
	/* fadd.d 0xc135bcf0c2c316cc 0x7fee4c7d890a33e6 rm=rne frm=None */
	li t0, 0xc135bcf0c2c316cc; fmv.d.x f11, t0; li t0, 0x7fee4c7d890a33e6; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1709, f10, 0x7fee4c7d890a33e6)
	CHECK_FLAGS(1710, 0x1)
	/* fadd.d 0xffee792e051e6d17 0x5d8b000000000000 rm=rne frm=None */
	li t0, 0xffee792e051e6d17; fmv.d.x f11, t0; li t0, 0x5d8b000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1711, f10, 0xffee792e051e6d17)
	CHECK_FLAGS(1712, 0x1)
	/* fadd.d 0x3ebc15050b7d562e 0xffe80a6aead8e9ad rm=rne frm=None */
	li t0, 0x3ebc15050b7d562e; fmv.d.x f11, t0; li t0, 0xffe80a6aead8e9ad; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1713, f10, 0xffe80a6aead8e9ad)
	CHECK_FLAGS(1714, 0x1)
	/* fadd.d 0x3ffe000000000000 0xc00f000000000000 rm=rne frm=None */
	li t0, 0x3ffe000000000000; fmv.d.x f11, t0; li t0, 0xc00f000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1715, f10, 0xc000000000000000)
	CHECK_FLAGS(1716, 0x0)
	/* fadd.d 0x9c37d22ab6a11b7e 0xffef000000000000 rm=rne frm=None */
	li t0, 0x9c37d22ab6a11b7e; fmv.d.x f11, t0; li t0, 0xffef000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1717, f10, 0xffef000000000000)
	CHECK_FLAGS(1718, 0x1)
	/* fadd.d 0xbebc000000000000 0x400b8d3d96fe3578 rm=rne frm=None */
	li t0, 0xbebc000000000000; fmv.d.x f11, t0; li t0, 0x400b8d3d96fe3578; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1719, f10, 0x400b8d3cb6fe3578)
	CHECK_FLAGS(1720, 0x0)
	/* fadd.d 0x3ff8e7ef606e2855 0xbffa542c18ca8106 rm=rne frm=None */
	li t0, 0x3ff8e7ef606e2855; fmv.d.x f11, t0; li t0, 0xbffa542c18ca8106; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1721, f10, 0xbfb6c3cb85c58b10)
	CHECK_FLAGS(1722, 0x0)
	/* fadd.d 0x125b91a511aa0cc5 0x4132eeaad9ae866d rm=rne frm=None */
	li t0, 0x125b91a511aa0cc5; fmv.d.x f11, t0; li t0, 0x4132eeaad9ae866d; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1723, f10, 0x4132eeaad9ae866d)
	CHECK_FLAGS(1724, 0x1)
	/* fadd.d 0xc13843fa062e71f8 0xdc04000000000000 rm=rne frm=None */
	li t0, 0xc13843fa062e71f8; fmv.d.x f11, t0; li t0, 0xdc04000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1725, f10, 0xdc04000000000000)
	CHECK_FLAGS(1726, 0x1)
	/* fadd.d 0xc132f00361e5d2fb 0x3ff01a5f40ec8cf0 rm=rne frm=None */
	li t0, 0xc132f00361e5d2fb; fmv.d.x f11, t0; li t0, 0x3ff01a5f40ec8cf0; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1727, f10, 0xc132f002603fdeec)
	CHECK_FLAGS(1728, 0x1)
	/* fadd.d 0x1f9c800000000000 0xeee800000000000 rm=rne frm=None */
	li t0, 0x1f9c800000000000; fmv.d.x f11, t0; li t0, 0xeee800000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1729, f10, 0x1f9c800000000000)
	CHECK_FLAGS(1730, 0x1)
	/* fadd.d 0xbffc517752181163 0xc134cb94034e4143 rm=rne frm=None */
	li t0, 0xbffc517752181163; fmv.d.x f11, t0; li t0, 0xc134cb94034e4143; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1731, f10, 0xc134cb95c865b665)
	CHECK_FLAGS(1732, 0x1)
	/* fadd.d 0x800406cb15fd2cd0 0x3fe5800000000000 rm=rne frm=None */
	li t0, 0x800406cb15fd2cd0; fmv.d.x f11, t0; li t0, 0x3fe5800000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1733, f10, 0x3fe5800000000000)
	CHECK_FLAGS(1734, 0x1)
	/* fadd.d 0x3ebeda4797c32e48 0xbeb9000000000000 rm=rne frm=None */
	li t0, 0x3ebeda4797c32e48; fmv.d.x f11, t0; li t0, 0xbeb9000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(1735, f10, 0x3e97691e5f0cb920)
	CHECK_FLAGS(1736, 0x0)
	/* fadd.d 0x801da29d9dcb781d 0x413aef10dd646fe6 rm=rtz frm=None */
	li t0, 0x801da29d9dcb781d; fmv.d.x f11, t0; li t0, 0x413aef10dd646fe6; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(1737, f10, 0x413aef10dd646fe5)
	CHECK_FLAGS(1738, 0x1)
	/* fadd.d 0x1ffc800000000000 0xbff1000000000000 rm=rtz frm=None */
	li t0, 0x1ffc800000000000; fmv.d.x f11, t0; li t0, 0xbff1000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(1739, f10, 0xbff0ffffffffffff)
	CHECK_FLAGS(1740, 0x1)
	/* fadd.d 0x800cef9b73bce702 0x802432282fb9bbe1 rm=rtz frm=None */
	li t0, 0x800cef9b73bce702; fmv.d.x f11, t0; li t0, 0x802432282fb9bbe1; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(1741, f10, 0x802aa9f5e9982f62)
	CHECK_FLAGS(1742, 0x0)
	/* fadd.d 0x7fed8c9e00388ec4 0x3fe46258c3b6a3b8 rm=rtz frm=None */
	li t0, 0x7fed8c9e00388ec4; fmv.d.x f11, t0; li t0, 0x3fe46258c3b6a3b8; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(1743, f10, 0x7fed8c9e00388ec4)
	CHECK_FLAGS(1744, 0x1)
	/* fadd.d 0x3ff9cb267349e86c 0xbfec000000000000 rm=rtz frm=None */
	li t0, 0x3ff9cb267349e86c; fmv.d.x f11, t0; li t0, 0xbfec000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(1745, f10, 0x3fe7964ce693d0d8)
	CHECK_FLAGS(1746, 0x0)
	/* fadd.d 0x802611e36159ec3c 0xe800000000000 rm=rtz frm=None */
	li t0, 0x802611e36159ec3c; fmv.d.x f11, t0; li t0, 0xe800000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(1747, f10, 0x801da3c6c2b3d878)
	CHECK_FLAGS(1748, 0x0)
	/* fadd.d 0xc13e5a1c639a8513 0x8009800000000000 rm=rtz frm=None */
	li t0, 0xc13e5a1c639a8513; fmv.d.x f11, t0; li t0, 0x8009800000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(1749, f10, 0xc13e5a1c639a8513)
	CHECK_FLAGS(1750, 0x1)
	/* fadd.d 0x3fe566038e6dedc7 0x800f800000000000 rm=rtz frm=None */
	li t0, 0x3fe566038e6dedc7; fmv.d.x f11, t0; li t0, 0x800f800000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(1751, f10, 0x3fe566038e6dedc6)
	CHECK_FLAGS(1752, 0x1)
	/* fadd.d 0x7feb85ee7a8a091d 0x4800000000000 rm=rtz frm=None */
	li t0, 0x7feb85ee7a8a091d; fmv.d.x f11, t0; li t0, 0x4800000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(1753, f10, 0x7feb85ee7a8a091d)
	CHECK_FLAGS(1754, 0x1)
	/* fadd.d 0x4134ec056895d5f8 0x82e39d922e118f0b rm=rtz frm=None */
	li t0, 0x4134ec056895d5f8; fmv.d.x f11, t0; li t0, 0x82e39d922e118f0b; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(1755, f10, 0x4134ec056895d5f7)
	CHECK_FLAGS(1756, 0x1)
	/* fadd.d 0x8005000000000000 0xbff0418a58afa89e rm=rtz frm=None */
	li t0, 0x8005000000000000; fmv.d.x f11, t0; li t0, 0xbff0418a58afa89e; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(1757, f10, 0xbff0418a58afa89e)
	CHECK_FLAGS(1758, 0x1)
	/* fadd.d 0x241b5689031dea 0x2d501ad7536fcd rm=rtz frm=None */
	li t0, 0x241b5689031dea; fmv.d.x f11, t0; li t0, 0x2d501ad7536fcd; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(1759, f10, 0x38b5b8b02b46db)
	CHECK_FLAGS(1760, 0x1)
	/* fadd.d 0x413b000000000000 0x7000000000000 rm=rtz frm=None */
	li t0, 0x413b000000000000; fmv.d.x f11, t0; li t0, 0x7000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(1761, f10, 0x413b000000000000)
	CHECK_FLAGS(1762, 0x1)
	/* fadd.d 0x80279b5862b2e77b 0xbff18ee7b62525bc rm=rtz frm=None */
	li t0, 0x80279b5862b2e77b; fmv.d.x f11, t0; li t0, 0xbff18ee7b62525bc; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(1763, f10, 0xbff18ee7b62525bc)
	CHECK_FLAGS(1764, 0x1)
	/* fadd.d 0xbffa800000000000 0xc009ac45e1c1ac8a rm=rdn frm=None */
	li t0, 0xbffa800000000000; fmv.d.x f11, t0; li t0, 0xc009ac45e1c1ac8a; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(1765, f10, 0xc0137622f0e0d645)
	CHECK_FLAGS(1766, 0x0)
	/* fadd.d 0x800ded4b81a38520 0x8029478e2da6f064 rm=rdn frm=None */
	li t0, 0x800ded4b81a38520; fmv.d.x f11, t0; li t0, 0x8029478e2da6f064; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(1767, f10, 0x80301f19f73c597a)
	CHECK_FLAGS(1768, 0x0)
	/* fadd.d 0x162633374f04eb 0x3fff5dd5adbc26db rm=rdn frm=None */
	li t0, 0x162633374f04eb; fmv.d.x f11, t0; li t0, 0x3fff5dd5adbc26db; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(1769, f10, 0x3fff5dd5adbc26db)
	CHECK_FLAGS(1770, 0x1)
	/* fadd.d 0x59aa8db263c86 0x8007b13c6f5a4878 rm=rdn frm=None */
	li t0, 0x59aa8db263c86; fmv.d.x f11, t0; li t0, 0x8007b13c6f5a4878; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(1771, f10, 0x8002169394340bf2)
	CHECK_FLAGS(1772, 0x0)
	/* fadd.d 0x1512003cc7c5dd 0x400f000000000000 rm=rdn frm=None */
	li t0, 0x1512003cc7c5dd; fmv.d.x f11, t0; li t0, 0x400f000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(1773, f10, 0x400f000000000000)
	CHECK_FLAGS(1774, 0x1)
	/* fadd.d 0x802b6d382e7a182c 0xffe7bc6f105eea18 rm=rdn frm=None */
	li t0, 0x802b6d382e7a182c; fmv.d.x f11, t0; li t0, 0xffe7bc6f105eea18; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(1775, f10, 0xffe7bc6f105eea19)
	CHECK_FLAGS(1776, 0x1)
	/* fadd.d 0x8004961407d7d323 0x400ec926030be676 rm=rdn frm=None */
	li t0, 0x8004961407d7d323; fmv.d.x f11, t0; li t0, 0x400ec926030be676; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(1777, f10, 0x400ec926030be675)
	CHECK_FLAGS(1778, 0x1)
	/* fadd.d 0x800e793741ef4820 0x56c4e1ae0ba7099d rm=rdn frm=None */
	li t0, 0x800e793741ef4820; fmv.d.x f11, t0; li t0, 0x56c4e1ae0ba7099d; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(1779, f10, 0x56c4e1ae0ba7099c)
	CHECK_FLAGS(1780, 0x1)
	/* fadd.d 0x40058d07b21f284c 0x116916f20bb70f60 rm=rdn frm=None */
	li t0, 0x40058d07b21f284c; fmv.d.x f11, t0; li t0, 0x116916f20bb70f60; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(1781, f10, 0x40058d07b21f284c)
	CHECK_FLAGS(1782, 0x1)
	/* fadd.d 0x3eb62b57c19af381 0x7fe5e5684477c935 rm=rdn frm=None */
	li t0, 0x3eb62b57c19af381; fmv.d.x f11, t0; li t0, 0x7fe5e5684477c935; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(1783, f10, 0x7fe5e5684477c935)
	CHECK_FLAGS(1784, 0x1)
	/* fadd.d 0xffea392d53da532b 0x801e734e8e89ce78 rm=rdn frm=None */
	li t0, 0xffea392d53da532b; fmv.d.x f11, t0; li t0, 0x801e734e8e89ce78; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(1785, f10, 0xffea392d53da532c)
	CHECK_FLAGS(1786, 0x1)
	/* fadd.d 0x90e6785e55479 0x8008cd74331737eb rm=rdn frm=None */
	li t0, 0x90e6785e55479; fmv.d.x f11, t0; li t0, 0x8008cd74331737eb; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(1787, f10, 0x40f352ce1c8e)
	CHECK_FLAGS(1788, 0x0)
	/* fadd.d 0x3eb4e0460edb89b8 0x1b000000000000 rm=rdn frm=None */
	li t0, 0x3eb4e0460edb89b8; fmv.d.x f11, t0; li t0, 0x1b000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(1789, f10, 0x3eb4e0460edb89b8)
	CHECK_FLAGS(1790, 0x1)
	/* fadd.d 0x400011db372d0c79 0x7fe2ff7b2effbba4 rm=rdn frm=None */
	li t0, 0x400011db372d0c79; fmv.d.x f11, t0; li t0, 0x7fe2ff7b2effbba4; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(1791, f10, 0x7fe2ff7b2effbba4)
	CHECK_FLAGS(1792, 0x1)
	/* fadd.d 0x3eb0d0b1f671f5a0 0x413dd4d636977440 rm=rup frm=None */
	li t0, 0x3eb0d0b1f671f5a0; fmv.d.x f11, t0; li t0, 0x413dd4d636977440; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(1793, f10, 0x413dd4d636978511)
	CHECK_FLAGS(1794, 0x1)
	/* fadd.d 0x3ebc000000000000 0x8463ec8f6d54a1ed rm=rup frm=None */
	li t0, 0x3ebc000000000000; fmv.d.x f11, t0; li t0, 0x8463ec8f6d54a1ed; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(1795, f10, 0x3ebc000000000000)
	CHECK_FLAGS(1796, 0x1)
	/* fadd.d 0xc130268681f49d23 0x800a800000000000 rm=rup frm=None */
	li t0, 0xc130268681f49d23; fmv.d.x f11, t0; li t0, 0x800a800000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(1797, f10, 0xc130268681f49d23)
	CHECK_FLAGS(1798, 0x1)
	/* fadd.d 0xc135c2a1d61352ed 0x8022897eb1942bac rm=rup frm=None */
	li t0, 0xc135c2a1d61352ed; fmv.d.x f11, t0; li t0, 0x8022897eb1942bac; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(1799, f10, 0xc135c2a1d61352ed)
	CHECK_FLAGS(1800, 0x1)
	/* fadd.d 0x3fe7ee53afcc8a40 0xc00a800000000000 rm=rup frm=None */
	li t0, 0x3fe7ee53afcc8a40; fmv.d.x f11, t0; li t0, 0xc00a800000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(1801, f10, 0xc004846b140cdd70)
	CHECK_FLAGS(1802, 0x0)
	/* fadd.d 0x3ff29783143834fd 0xdc836df564f48 rm=rup frm=None */
	li t0, 0x3ff29783143834fd; fmv.d.x f11, t0; li t0, 0xdc836df564f48; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(1803, f10, 0x3ff29783143834fe)
	CHECK_FLAGS(1804, 0x1)
	/* fadd.d 0xbfead8703c9c2970 0x28b7aeb8df5580 rm=rup frm=None */
	li t0, 0xbfead8703c9c2970; fmv.d.x f11, t0; li t0, 0x28b7aeb8df5580; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(1805, f10, 0xbfead8703c9c296f)
	CHECK_FLAGS(1806, 0x1)
	/* fadd.d 0x80270b88711596c7 0xc132f247649fc254 rm=rup frm=None */
	li t0, 0x80270b88711596c7; fmv.d.x f11, t0; li t0, 0xc132f247649fc254; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(1807, f10, 0xc132f247649fc254)
	CHECK_FLAGS(1808, 0x1)
	/* fadd.d 0x7fef6c87644454b9 0xffe514e1e3da7033 rm=rup frm=None */
	li t0, 0x7fef6c87644454b9; fmv.d.x f11, t0; li t0, 0xffe514e1e3da7033; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(1809, f10, 0x7fd4af4b00d3c90c)
	CHECK_FLAGS(1810, 0x0)
	/* fadd.d 0x3ffb800000000000 0x4137000000000000 rm=rup frm=None */
	li t0, 0x3ffb800000000000; fmv.d.x f11, t0; li t0, 0x4137000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(1811, f10, 0x41370001b8000000)
	CHECK_FLAGS(1812, 0x0)
	/* fadd.d 0x3fe88f6c024c30d1 0x413c58f7a9dd3239 rm=rup frm=None */
	li t0, 0x3fe88f6c024c30d1; fmv.d.x f11, t0; li t0, 0x413c58f7a9dd3239; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(1813, f10, 0x413c58f86e58924c)
	CHECK_FLAGS(1814, 0x1)
	/* fadd.d 0x7fe9000000000000 0xbff2000000000000 rm=rup frm=None */
	li t0, 0x7fe9000000000000; fmv.d.x f11, t0; li t0, 0xbff2000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(1815, f10, 0x7fe9000000000000)
	CHECK_FLAGS(1816, 0x1)
	/* fadd.d 0xffed000000000000 0xc00ced8771e89728 rm=rup frm=None */
	li t0, 0xffed000000000000; fmv.d.x f11, t0; li t0, 0xc00ced8771e89728; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(1817, f10, 0xffed000000000000)
	CHECK_FLAGS(1818, 0x1)
	/* fadd.d 0x1e7fbe66b7fca6ea 0xc000000000000 rm=rup frm=None */
	li t0, 0x1e7fbe66b7fca6ea; fmv.d.x f11, t0; li t0, 0xc000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(1819, f10, 0x1e7fbe66b7fca6eb)
	CHECK_FLAGS(1820, 0x1)
	/* fadd.d 0x267f02331aa35 0x52b809fb5a4541de rm=rmm frm=None */
	li t0, 0x267f02331aa35; fmv.d.x f11, t0; li t0, 0x52b809fb5a4541de; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(1821, f10, 0x52b809fb5a4541de)
	CHECK_FLAGS(1822, 0x1)
	/* fadd.d 0x800a800000000000 0xbeb7000000000000 rm=rmm frm=None */
	li t0, 0x800a800000000000; fmv.d.x f11, t0; li t0, 0xbeb7000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(1823, f10, 0xbeb7000000000000)
	CHECK_FLAGS(1824, 0x1)
	/* fadd.d 0xbff5000000000000 0x3ff9000000000000 rm=rmm frm=None */
	li t0, 0xbff5000000000000; fmv.d.x f11, t0; li t0, 0x3ff9000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(1825, f10, 0x3fd0000000000000)
	CHECK_FLAGS(1826, 0x0)
	/* fadd.d 0x800f559f2332a5ce 0x11d37f072d5d9f rm=rmm frm=None */
	li t0, 0x800f559f2332a5ce; fmv.d.x f11, t0; li t0, 0x11d37f072d5d9f; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(1827, f10, 0x27ddfe3fab7d1)
	CHECK_FLAGS(1828, 0x0)
	/* fadd.d 0xc00fbf29223c34ed 0xc139800000000000 rm=rmm frm=None */
	li t0, 0xc00fbf29223c34ed; fmv.d.x f11, t0; li t0, 0xc139800000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(1829, f10, 0xc1398003f7e52448)
	CHECK_FLAGS(1830, 0x1)
	/* fadd.d 0xffec7bfb16c5c40e 0x80251c8298aab074 rm=rmm frm=None */
	li t0, 0xffec7bfb16c5c40e; fmv.d.x f11, t0; li t0, 0x80251c8298aab074; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(1831, f10, 0xffec7bfb16c5c40e)
	CHECK_FLAGS(1832, 0x1)
	/* fadd.d 0x9f3ab802c03ebfc6 0x7feb000000000000 rm=rmm frm=None */
	li t0, 0x9f3ab802c03ebfc6; fmv.d.x f11, t0; li t0, 0x7feb000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(1833, f10, 0x7feb000000000000)
	CHECK_FLAGS(1834, 0x1)
	/* fadd.d 0x3ebf77418d7d630d 0x3fef800000000000 rm=rmm frm=None */
	li t0, 0x3ebf77418d7d630d; fmv.d.x f11, t0; li t0, 0x3fef800000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(1835, f10, 0x3fef8003eee831b0)
	CHECK_FLAGS(1836, 0x1)
	/* fadd.d 0x832510715691ab5c 0x1800000000000 rm=rmm frm=None */
	li t0, 0x832510715691ab5c; fmv.d.x f11, t0; li t0, 0x1800000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(1837, f10, 0x832510715691ab5b)
	CHECK_FLAGS(1838, 0x1)
	/* fadd.d 0x8018b16383705b64 0xbffb185d25c8e1de rm=rmm frm=None */
	li t0, 0x8018b16383705b64; fmv.d.x f11, t0; li t0, 0xbffb185d25c8e1de; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(1839, f10, 0xbffb185d25c8e1de)
	CHECK_FLAGS(1840, 0x1)
	/* fadd.d 0x13a77baaa629481f 0xaf61253bc2d10ddc rm=rmm frm=None */
	li t0, 0x13a77baaa629481f; fmv.d.x f11, t0; li t0, 0xaf61253bc2d10ddc; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(1841, f10, 0xaf61253bc2d10ddc)
	CHECK_FLAGS(1842, 0x1)
	/* fadd.d 0xffeeb2f14656442c 0x3fef000000000000 rm=rmm frm=None */
	li t0, 0xffeeb2f14656442c; fmv.d.x f11, t0; li t0, 0x3fef000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(1843, f10, 0xffeeb2f14656442c)
	CHECK_FLAGS(1844, 0x1)
	/* fadd.d 0x3fe3800000000000 0x19800000000000 rm=rmm frm=None */
	li t0, 0x3fe3800000000000; fmv.d.x f11, t0; li t0, 0x19800000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(1845, f10, 0x3fe3800000000000)
	CHECK_FLAGS(1846, 0x1)
	/* fadd.d 0x8004e5d278a5fccf 0x41347949c1e3e649 rm=rmm frm=None */
	li t0, 0x8004e5d278a5fccf; fmv.d.x f11, t0; li t0, 0x41347949c1e3e649; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(1847, f10, 0x41347949c1e3e649)
	CHECK_FLAGS(1848, 0x1)
	/* fadd.d 0xbebe6829d97da924 0x164d706e4ae7b8 rm=None frm=0 */
	li t0, 0xbebe6829d97da924; fmv.d.x f11, t0; li t0, 0x164d706e4ae7b8; fmv.d.x f12, t0; fsrmi 0; fadd.d f10, f11, f12
	CHECK_F(1849, f10, 0xbebe6829d97da924)
	CHECK_FLAGS(1850, 0x1)
	/* fadd.d 0x400c8d1c7f3d472f 0xbfee800000000000 rm=None frm=0 */
	li t0, 0x400c8d1c7f3d472f; fmv.d.x f11, t0; li t0, 0xbfee800000000000; fmv.d.x f12, t0; fsrmi 0; fadd.d f10, f11, f12
	CHECK_F(1851, f10, 0x4004ed1c7f3d472f)
	CHECK_FLAGS(1852, 0x0)
	/* fadd.d 0x802d652096fb4c83 0x80127eb50a89b24c rm=None frm=0 */
	li t0, 0x802d652096fb4c83; fmv.d.x f11, t0; li t0, 0x80127eb50a89b24c; fmv.d.x f12, t0; fsrmi 0; fadd.d f10, f11, f12
	CHECK_F(1853, f10, 0x8033523d8e2012d4)
	CHECK_FLAGS(1854, 0x1)
	/* fadd.d 0x1344b568c10c08 0xbebcde6902cc1ba3 rm=None frm=0 */
	li t0, 0x1344b568c10c08; fmv.d.x f11, t0; li t0, 0xbebcde6902cc1ba3; fmv.d.x f12, t0; fsrmi 0; fadd.d f10, f11, f12
	CHECK_F(1855, f10, 0xbebcde6902cc1ba3)
	CHECK_FLAGS(1856, 0x1)
	/* fadd.d 0x5f2323ec4a27a630 0x26800000000000 rm=None frm=1 */
	li t0, 0x5f2323ec4a27a630; fmv.d.x f11, t0; li t0, 0x26800000000000; fmv.d.x f12, t0; fsrmi 1; fadd.d f10, f11, f12
	CHECK_F(1857, f10, 0x5f2323ec4a27a630)
	CHECK_FLAGS(1858, 0x1)
	/* fadd.d 0x400a756d8bb3e3f6 0x198bb9d7d965a2 rm=None frm=1 */
	li t0, 0x400a756d8bb3e3f6; fmv.d.x f11, t0; li t0, 0x198bb9d7d965a2; fmv.d.x f12, t0; fsrmi 1; fadd.d f10, f11, f12
	CHECK_F(1859, f10, 0x400a756d8bb3e3f6)
	CHECK_FLAGS(1860, 0x1)
	/* fadd.d 0x8026f11aef56552f 0x8023800000000000 rm=None frm=1 */
	li t0, 0x8026f11aef56552f; fmv.d.x f11, t0; li t0, 0x8023800000000000; fmv.d.x f12, t0; fsrmi 1; fadd.d f10, f11, f12
	CHECK_F(1861, f10, 0x8035388d77ab2a97)
	CHECK_FLAGS(1862, 0x1)
	/* fadd.d 0xbff32cd30176e9e9 0x801717a5a0e91954 rm=None frm=1 */
	li t0, 0xbff32cd30176e9e9; fmv.d.x f11, t0; li t0, 0x801717a5a0e91954; fmv.d.x f12, t0; fsrmi 1; fadd.d f10, f11, f12
	CHECK_F(1863, f10, 0xbff32cd30176e9e9)
	CHECK_FLAGS(1864, 0x1)
	/* fadd.d 0x802274d79d9543ed 0xbfe81c905b51644f rm=None frm=2 */
	li t0, 0x802274d79d9543ed; fmv.d.x f11, t0; li t0, 0xbfe81c905b51644f; fmv.d.x f12, t0; fsrmi 2; fadd.d f10, f11, f12
	CHECK_F(1865, f10, 0xbfe81c905b516450)
	CHECK_FLAGS(1866, 0x1)
	/* fadd.d 0x2f2507fe6ad533 0x802c7978a29dbcff rm=None frm=2 */
	li t0, 0x2f2507fe6ad533; fmv.d.x f11, t0; li t0, 0x802c7978a29dbcff; fmv.d.x f12, t0; fsrmi 2; fadd.d f10, f11, f12
	CHECK_F(1867, f10, 0x5571eb79a3068)
	CHECK_FLAGS(1868, 0x0)
	/* fadd.d 0xdcb6000000000000 0xbeb3000000000000 rm=None frm=2 */
	li t0, 0xdcb6000000000000; fmv.d.x f11, t0; li t0, 0xbeb3000000000000; fmv.d.x f12, t0; fsrmi 2; fadd.d f10, f11, f12
	CHECK_F(1869, f10, 0xdcb6000000000001)
	CHECK_FLAGS(1870, 0x1)
	/* fadd.d 0x3fed000000000000 0xc13c0b4754221195 rm=None frm=2 */
	li t0, 0x3fed000000000000; fmv.d.x f11, t0; li t0, 0xc13c0b4754221195; fmv.d.x f12, t0; fsrmi 2; fadd.d f10, f11, f12
	CHECK_F(1871, f10, 0xc13c0b466c221195)
	CHECK_FLAGS(1872, 0x0)
	/* fadd.d 0x3fe0800000000000 0xbfe9800000000000 rm=None frm=3 */
	li t0, 0x3fe0800000000000; fmv.d.x f11, t0; li t0, 0xbfe9800000000000; fmv.d.x f12, t0; fsrmi 3; fadd.d f10, f11, f12
	CHECK_F(1873, f10, 0xbfd2000000000000)
	CHECK_FLAGS(1874, 0x0)
	/* fadd.d 0x843c800000000000 0xc13a20860737d065 rm=None frm=3 */
	li t0, 0x843c800000000000; fmv.d.x f11, t0; li t0, 0xc13a20860737d065; fmv.d.x f12, t0; fsrmi 3; fadd.d f10, f11, f12
	CHECK_F(1875, f10, 0xc13a20860737d065)
	CHECK_FLAGS(1876, 0x1)
	/* fadd.d 0xffef800000000000 0xbeb720ca84cdcaff rm=None frm=3 */
	li t0, 0xffef800000000000; fmv.d.x f11, t0; li t0, 0xbeb720ca84cdcaff; fmv.d.x f12, t0; fsrmi 3; fadd.d f10, f11, f12
	CHECK_F(1877, f10, 0xffef800000000000)
	CHECK_FLAGS(1878, 0x1)
	/* fadd.d 0xbeb599eead6624c0 0xc00fe0b43cf6396a rm=None frm=3 */
	li t0, 0xbeb599eead6624c0; fmv.d.x f11, t0; li t0, 0xc00fe0b43cf6396a; fmv.d.x f12, t0; fsrmi 3; fadd.d f10, f11, f12
	CHECK_F(1879, f10, 0xc00fe0b4e9c5aed5)
	CHECK_FLAGS(1880, 0x1)
	/* fadd.d 0x3fe4800000000000 0xc0075eaf744fdcde rm=None frm=4 */
	li t0, 0x3fe4800000000000; fmv.d.x f11, t0; li t0, 0xc0075eaf744fdcde; fmv.d.x f12, t0; fsrmi 4; fadd.d f10, f11, f12
	CHECK_F(1881, f10, 0xc0023eaf744fdcde)
	CHECK_FLAGS(1882, 0x0)
	/* fadd.d 0x3fec00b7e80e0af2 0x3fec4f32b06ac6e4 rm=None frm=4 */
	li t0, 0x3fec00b7e80e0af2; fmv.d.x f11, t0; li t0, 0x3fec4f32b06ac6e4; fmv.d.x f12, t0; fsrmi 4; fadd.d f10, f11, f12
	CHECK_F(1883, f10, 0x3ffc27f54c3c68eb)
	CHECK_FLAGS(1884, 0x0)
	/* fadd.d 0xffef800000000000 0xbeb8fc7a1081c232 rm=None frm=4 */
	li t0, 0xffef800000000000; fmv.d.x f11, t0; li t0, 0xbeb8fc7a1081c232; fmv.d.x f12, t0; fsrmi 4; fadd.d f10, f11, f12
	CHECK_F(1885, f10, 0xffef800000000000)
	CHECK_FLAGS(1886, 0x1)
	/* fadd.d 0xc00681816286ea39 0x7fef1d15963115de rm=None frm=4 */
	li t0, 0xc00681816286ea39; fmv.d.x f11, t0; li t0, 0x7fef1d15963115de; fmv.d.x f12, t0; fsrmi 4; fadd.d f10, f11, f12
	CHECK_F(1887, f10, 0x7fef1d15963115de)
	CHECK_FLAGS(1888, 0x1)
	/* fsub.d 0x0 0x0 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1889, f10, 0x0)
	CHECK_FLAGS(1890, 0x0)
	/* fsub.d 0x0 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1891, f10, 0x3ff0000000000000)
	CHECK_FLAGS(1892, 0x0)
	/* fsub.d 0x0 0xc004000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1893, f10, 0x4004000000000000)
	CHECK_FLAGS(1894, 0x0)
	/* fsub.d 0x0 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1895, f10, 0xffefffffffffffff)
	CHECK_FLAGS(1896, 0x0)
	/* fsub.d 0x0 0xfffffffffffff rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1897, f10, 0x800fffffffffffff)
	CHECK_FLAGS(1898, 0x0)
	/* fsub.d 0x0 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1899, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1900, 0x0)
	/* fsub.d 0x0 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1901, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1902, 0x0)
	/* fsub.d 0x3ff0000000000000 0x0 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1903, f10, 0x3ff0000000000000)
	CHECK_FLAGS(1904, 0x0)
	/* fsub.d 0x3ff0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1905, f10, 0x4000000000000000)
	CHECK_FLAGS(1906, 0x0)
	/* fsub.d 0x3ff0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1907, f10, 0x400c000000000000)
	CHECK_FLAGS(1908, 0x0)
	/* fsub.d 0x3ff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1909, f10, 0xffefffffffffffff)
	CHECK_FLAGS(1910, 0x1)
	/* fsub.d 0x3ff0000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1911, f10, 0x3ff0000000000000)
	CHECK_FLAGS(1912, 0x1)
	/* fsub.d 0x3ff0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1913, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1914, 0x0)
	/* fsub.d 0x3ff0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1915, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1916, 0x0)
	/* fsub.d 0x3ff8000000000000 0x0 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1917, f10, 0x3ff8000000000000)
	CHECK_FLAGS(1918, 0x0)
	/* fsub.d 0x3ff8000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1919, f10, 0x4004000000000000)
	CHECK_FLAGS(1920, 0x0)
	/* fsub.d 0x3ff8000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1921, f10, 0x4010000000000000)
	CHECK_FLAGS(1922, 0x0)
	/* fsub.d 0x3ff8000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1923, f10, 0xffefffffffffffff)
	CHECK_FLAGS(1924, 0x1)
	/* fsub.d 0x3ff8000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1925, f10, 0x3ff8000000000000)
	CHECK_FLAGS(1926, 0x1)
	/* fsub.d 0x3ff8000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1927, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1928, 0x0)
	/* fsub.d 0x3ff8000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1929, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1930, 0x0)
	/* fsub.d 0xc004000000000000 0x0 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1931, f10, 0xc004000000000000)
	CHECK_FLAGS(1932, 0x0)
	/* fsub.d 0xc004000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1933, f10, 0xbff8000000000000)
	CHECK_FLAGS(1934, 0x0)
	/* fsub.d 0xc004000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1935, f10, 0x0)
	CHECK_FLAGS(1936, 0x0)
	/* fsub.d 0xc004000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1937, f10, 0xffefffffffffffff)
	CHECK_FLAGS(1938, 0x1)
	/* fsub.d 0xc004000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1939, f10, 0xc004000000000000)
	CHECK_FLAGS(1940, 0x1)
	/* fsub.d 0xc004000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1941, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1942, 0x0)
	/* fsub.d 0xc004000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1943, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1944, 0x0)
	/* fsub.d 0xbfe0000000000000 0x0 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1945, f10, 0xbfe0000000000000)
	CHECK_FLAGS(1946, 0x0)
	/* fsub.d 0xbfe0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1947, f10, 0x3fe0000000000000)
	CHECK_FLAGS(1948, 0x0)
	/* fsub.d 0xbfe0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1949, f10, 0x4000000000000000)
	CHECK_FLAGS(1950, 0x0)
	/* fsub.d 0xbfe0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1951, f10, 0xffefffffffffffff)
	CHECK_FLAGS(1952, 0x1)
	/* fsub.d 0xbfe0000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1953, f10, 0xbfe0000000000000)
	CHECK_FLAGS(1954, 0x1)
	/* fsub.d 0xbfe0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1955, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1956, 0x0)
	/* fsub.d 0xbfe0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1957, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1958, 0x0)
	/* fsub.d 0xffefffffffffffff 0x0 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1959, f10, 0xffefffffffffffff)
	CHECK_FLAGS(1960, 0x0)
	/* fsub.d 0xffefffffffffffff 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1961, f10, 0xffefffffffffffff)
	CHECK_FLAGS(1962, 0x1)
	/* fsub.d 0xffefffffffffffff 0xc004000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1963, f10, 0xffefffffffffffff)
	CHECK_FLAGS(1964, 0x1)
	/* fsub.d 0xffefffffffffffff 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1965, f10, 0xfff0000000000000)
	CHECK_FLAGS(1966, 0x5)
	/* fsub.d 0xffefffffffffffff 0xfffffffffffff rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1967, f10, 0xffefffffffffffff)
	CHECK_FLAGS(1968, 0x1)
	/* fsub.d 0xffefffffffffffff 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1969, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1970, 0x0)
	/* fsub.d 0xffefffffffffffff 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1971, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1972, 0x0)
	/* fsub.d 0xfffffffffffff 0x0 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1973, f10, 0xfffffffffffff)
	CHECK_FLAGS(1974, 0x0)
	/* fsub.d 0xfffffffffffff 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1975, f10, 0x3ff0000000000000)
	CHECK_FLAGS(1976, 0x1)
	/* fsub.d 0xfffffffffffff 0xc004000000000000 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1977, f10, 0x4004000000000000)
	CHECK_FLAGS(1978, 0x1)
	/* fsub.d 0xfffffffffffff 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1979, f10, 0xffefffffffffffff)
	CHECK_FLAGS(1980, 0x1)
	/* fsub.d 0xfffffffffffff 0xfffffffffffff rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1981, f10, 0x0)
	CHECK_FLAGS(1982, 0x0)
	/* fsub.d 0xfffffffffffff 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1983, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1984, 0x0)
	/* fsub.d 0xfffffffffffff 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1985, f10, 0x7ff8000000000000)
	CHECK_FLAGS(1986, 0x0)
	/* fsub.d 0x7ff0000000000000 0x0 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1987, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1988, 0x0)
	/* fsub.d 0x7ff0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1989, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1990, 0x0)
	/* fsub.d 0x7ff0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1991, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1992, 0x0)
	/* fsub.d 0x7ff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1993, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1994, 0x0)
	/* fsub.d 0x7ff0000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1995, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1996, 0x0)
	/* fsub.d 0x7ff0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1997, f10, 0x7ff0000000000000)
	CHECK_FLAGS(1998, 0x0)
	/* fsub.d 0x7ff0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1999, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2000, 0x0)
	/* fsub.d 0x7ff8000000000000 0x0 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2001, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2002, 0x0)
	/* fsub.d 0x7ff8000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2003, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2004, 0x0)
	/* fsub.d 0x7ff8000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2005, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2006, 0x0)
	/* fsub.d 0x7ff8000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2007, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2008, 0x0)
	/* fsub.d 0x7ff8000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2009, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2010, 0x0)
	/* fsub.d 0x7ff8000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2011, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2012, 0x0)
	/* fsub.d 0x7ff8000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2013, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2014, 0x0)
	/* fsub.d 0xfff8000000001234 0x0 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2015, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2016, 0x0)
	/* fsub.d 0xfff8000000001234 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2017, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2018, 0x0)
	/* fsub.d 0xfff8000000001234 0xc004000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2019, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2020, 0x0)
	/* fsub.d 0xfff8000000001234 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2021, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2022, 0x0)
	/* fsub.d 0xfff8000000001234 0xfffffffffffff rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2023, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2024, 0x0)
	/* fsub.d 0xfff8000000001234 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2025, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2026, 0x0)
	/* fsub.d 0xfff8000000001234 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2027, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2028, 0x0)
	/* fsub.d 0x29800000000000 0xbff308dd0d974db1 rm=rne frm=None */
	li t0, 0x29800000000000; fmv.d.x f11, t0; li t0, 0xbff308dd0d974db1; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2029, f10, 0x3ff308dd0d974db1)
	CHECK_FLAGS(2030, 0x1)
	/* fsub.d 0xc13aad1d9331302b 0x8024c34cd358d81a rm=rne frm=None */
	li t0, 0xc13aad1d9331302b; fmv.d.x f11, t0; li t0, 0x8024c34cd358d81a; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2031, f10, 0xc13aad1d9331302b)
	CHECK_FLAGS(2032, 0x1)
	/* fsub.d 0x1e98f5497c5b3 0x1bd5800000000000 rm=rne frm=None */
	li t0, 0x1e98f5497c5b3; fmv.d.x f11, t0; li t0, 0x1bd5800000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2033, f10, 0x9bd5800000000000)
	CHECK_FLAGS(2034, 0x1)
	/* fsub.d 0x88b0b7e40a96ea1a 0xbfe3da90b23b0123 rm=rne frm=None */
	li t0, 0x88b0b7e40a96ea1a; fmv.d.x f11, t0; li t0, 0xbfe3da90b23b0123; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2035, f10, 0x3fe3da90b23b0123)
	CHECK_FLAGS(2036, 0x1)
	/* fsub.d 0x7fe3a07f1bff60f2 0xc13a1b2157236db2 rm=rne frm=None */
	li t0, 0x7fe3a07f1bff60f2; fmv.d.x f11, t0; li t0, 0xc13a1b2157236db2; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2037, f10, 0x7fe3a07f1bff60f2)
	CHECK_FLAGS(2038, 0x1)
	/* fsub.d 0x3eba65c5b4f85581 0xbff7800000000000 rm=rne frm=None */
	li t0, 0x3eba65c5b4f85581; fmv.d.x f11, t0; li t0, 0xbff7800000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2039, f10, 0x3ff78001a65c5b50)
	CHECK_FLAGS(2040, 0x1)
	/* fsub.d 0x3fef743a450b00cf 0xc8d379a58c9fd719 rm=rne frm=None */
	li t0, 0x3fef743a450b00cf; fmv.d.x f11, t0; li t0, 0xc8d379a58c9fd719; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2041, f10, 0x48d379a58c9fd719)
	CHECK_FLAGS(2042, 0x1)
	/* fsub.d 0xc6478a7db07e91f 0xc138b0d3cc5ae95e rm=rne frm=None */
	li t0, 0xc6478a7db07e91f; fmv.d.x f11, t0; li t0, 0xc138b0d3cc5ae95e; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2043, f10, 0x4138b0d3cc5ae95e)
	CHECK_FLAGS(2044, 0x1)
	/* fsub.d 0x8020000000000000 0x4130800000000000 rm=rne frm=None */
	li t0, 0x8020000000000000; fmv.d.x f11, t0; li t0, 0x4130800000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2045, f10, 0xc130800000000000)
	CHECK_FLAGS(2046, 0x1)
	/* fsub.d 0x3fff000000000000 0x3eb1000000000000 rm=rne frm=None */
	li t0, 0x3fff000000000000; fmv.d.x f11, t0; li t0, 0x3eb1000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2047, f10, 0x3ffefffef0000000)
	CHECK_FLAGS(2048, 0x0)
	/* fsub.d 0x3fe8532863fc49f9 0x413078bfdcfa8c58 rm=rne frm=None */
	li t0, 0x3fe8532863fc49f9; fmv.d.x f11, t0; li t0, 0x413078bfdcfa8c58; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2049, f10, 0xc13078bf1a614938)
	CHECK_FLAGS(2050, 0x1)
	/* fsub.d 0xbfef79a3d3e0e67f 0x800dc9fd8779496f rm=rne frm=None */
	li t0, 0xbfef79a3d3e0e67f; fmv.d.x f11, t0; li t0, 0x800dc9fd8779496f; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2051, f10, 0xbfef79a3d3e0e67f)
	CHECK_FLAGS(2052, 0x1)
	/* fsub.d 0x8c11000000000000 0x7fec452467c288ea rm=rne frm=None */
	li t0, 0x8c11000000000000; fmv.d.x f11, t0; li t0, 0x7fec452467c288ea; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2053, f10, 0xffec452467c288ea)
	CHECK_FLAGS(2054, 0x1)
	/* fsub.d 0x413d000000000000 0x4008a687616162fb rm=rne frm=None */
	li t0, 0x413d000000000000; fmv.d.x f11, t0; li t0, 0x4008a687616162fb; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(2055, f10, 0x413cfffceb2f13d4)
	CHECK_FLAGS(2056, 0x1)
	/* fsub.d 0x400713e95f8c02d2 0x14ffda912066df8a rm=rtz frm=None */
	li t0, 0x400713e95f8c02d2; fmv.d.x f11, t0; li t0, 0x14ffda912066df8a; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(2057, f10, 0x400713e95f8c02d1)
	CHECK_FLAGS(2058, 0x1)
	/* fsub.d 0x80063ed6f0c3d623 0x40052c74a2ff0162 rm=rtz frm=None */
	li t0, 0x80063ed6f0c3d623; fmv.d.x f11, t0; li t0, 0x40052c74a2ff0162; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(2059, f10, 0xc0052c74a2ff0162)
	CHECK_FLAGS(2060, 0x1)
	/* fsub.d 0x3ffe7bc62727263b 0xc1190a57ef453a90 rm=rtz frm=None */
	li t0, 0x3ffe7bc62727263b; fmv.d.x f11, t0; li t0, 0xc1190a57ef453a90; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(2061, f10, 0x41190a5f8e36c459)
	CHECK_FLAGS(2062, 0x1)
	/* fsub.d 0xc13b800000000000 0xf98815d64dbd2 rm=rtz frm=None */
	li t0, 0xc13b800000000000; fmv.d.x f11, t0; li t0, 0xf98815d64dbd2; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(2063, f10, 0xc13b800000000000)
	CHECK_FLAGS(2064, 0x1)
	/* fsub.d 0xbff5111c32e1767c 0x13bafb6552fee540 rm=rtz frm=None */
	li t0, 0xbff5111c32e1767c; fmv.d.x f11, t0; li t0, 0x13bafb6552fee540; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(2065, f10, 0xbff5111c32e1767c)
	CHECK_FLAGS(2066, 0x1)
	/* fsub.d 0x7fe5d05bf7ad23e5 0x9cb1bdd2c1d9c026 rm=rtz frm=None */
	li t0, 0x7fe5d05bf7ad23e5; fmv.d.x f11, t0; li t0, 0x9cb1bdd2c1d9c026; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(2067, f10, 0x7fe5d05bf7ad23e5)
	CHECK_FLAGS(2068, 0x1)
	/* fsub.d 0xa2df6d216976ca08 0x2df85ef0e21da2 rm=rtz frm=None */
	li t0, 0xa2df6d216976ca08; fmv.d.x f11, t0; li t0, 0x2df85ef0e21da2; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(2069, f10, 0xa2df6d216976ca08)
	CHECK_FLAGS(2070, 0x1)
	/* fsub.d 0x7fef36c14e1db7ea 0x54e787c398484d18 rm=rtz frm=None */
	li t0, 0x7fef36c14e1db7ea; fmv.d.x f11, t0; li t0, 0x54e787c398484d18; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(2071, f10, 0x7fef36c14e1db7e9)
	CHECK_FLAGS(2072, 0x1)
	/* fsub.d 0xbebb800000000000 0x7fed7ed0cb24a607 rm=rtz frm=None */
	li t0, 0xbebb800000000000; fmv.d.x f11, t0; li t0, 0x7fed7ed0cb24a607; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(2073, f10, 0xffed7ed0cb24a607)
	CHECK_FLAGS(2074, 0x1)
	/* fsub.d 0x8449d995e83d1913 0xc800000000000 rm=rtz frm=None */
	li t0, 0x8449d995e83d1913; fmv.d.x f11, t0; li t0, 0xc800000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(2075, f10, 0x8449d995e83d1913)
	CHECK_FLAGS(2076, 0x1)
	/* fsub.d 0xa681f212670e4740 0x400c1893f67e2d19 rm=rtz frm=None */
	li t0, 0xa681f212670e4740; fmv.d.x f11, t0; li t0, 0x400c1893f67e2d19; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(2077, f10, 0xc00c1893f67e2d19)
	CHECK_FLAGS(2078, 0x1)
	/* fsub.d 0xbffd800000000000 0x2cb00b368ea35d rm=rtz frm=None */
	li t0, 0xbffd800000000000; fmv.d.x f11, t0; li t0, 0x2cb00b368ea35d; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(2079, f10, 0xbffd800000000000)
	CHECK_FLAGS(2080, 0x1)
	/* fsub.d 0x8004d326ee518d7d 0xc13564eda6ed57e7 rm=rtz frm=None */
	li t0, 0x8004d326ee518d7d; fmv.d.x f11, t0; li t0, 0xc13564eda6ed57e7; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(2081, f10, 0x413564eda6ed57e6)
	CHECK_FLAGS(2082, 0x1)
	/* fsub.d 0x802b6b3f6b536041 0xbfee62a417c6a77e rm=rtz frm=None */
	li t0, 0x802b6b3f6b536041; fmv.d.x f11, t0; li t0, 0xbfee62a417c6a77e; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(2083, f10, 0x3fee62a417c6a77d)
	CHECK_FLAGS(2084, 0x1)
	/* fsub.d 0x1300df74df32e756 0xa000000000000 rm=rdn frm=None */
	li t0, 0x1300df74df32e756; fmv.d.x f11, t0; li t0, 0xa000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(2085, f10, 0x1300df74df32e755)
	CHECK_FLAGS(2086, 0x1)
	/* fsub.d 0x958b409afb7f0df5 0x137df7701f48c9 rm=rdn frm=None */
	li t0, 0x958b409afb7f0df5; fmv.d.x f11, t0; li t0, 0x137df7701f48c9; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(2087, f10, 0x958b409afb7f0df6)
	CHECK_FLAGS(2088, 0x1)
	/* fsub.d 0x9269800000000000 0x3ff0800000000000 rm=rdn frm=None */
	li t0, 0x9269800000000000; fmv.d.x f11, t0; li t0, 0x3ff0800000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(2089, f10, 0xbff0800000000001)
	CHECK_FLAGS(2090, 0x1)
	/* fsub.d 0x3fec6c06aefadcb2 0x3ebf8496b5571886 rm=rdn frm=None */
	li t0, 0x3fec6c06aefadcb2; fmv.d.x f11, t0; li t0, 0x3ebf8496b5571886; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(2091, f10, 0x3fec6c02be680607)
	CHECK_FLAGS(2092, 0x1)
	/* fsub.d 0x5db1e14340f36f85 0x4007800000000000 rm=rdn frm=None */
	li t0, 0x5db1e14340f36f85; fmv.d.x f11, t0; li t0, 0x4007800000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(2093, f10, 0x5db1e14340f36f84)
	CHECK_FLAGS(2094, 0x1)
	/* fsub.d 0x1f875136b322e5 0x8010000000000000 rm=rdn frm=None */
	li t0, 0x1f875136b322e5; fmv.d.x f11, t0; li t0, 0x8010000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(2095, f10, 0x27c3a89b599172)
	CHECK_FLAGS(2096, 0x1)
	/* fsub.d 0x273e000000000000 0xbff1f7229ace9535 rm=rdn frm=None */
	li t0, 0x273e000000000000; fmv.d.x f11, t0; li t0, 0xbff1f7229ace9535; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(2097, f10, 0x3ff1f7229ace9535)
	CHECK_FLAGS(2098, 0x1)
	/* fsub.d 0x406d4424b26d898a 0xbffd000000000000 rm=rdn frm=None */
	li t0, 0x406d4424b26d898a; fmv.d.x f11, t0; li t0, 0xbffd000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(2099, f10, 0x406d7e24b26d898a)
	CHECK_FLAGS(2100, 0x0)
	/* fsub.d 0xffe351e715a3a100 0x3eb8141e0f22ea25 rm=rdn frm=None */
	li t0, 0xffe351e715a3a100; fmv.d.x f11, t0; li t0, 0x3eb8141e0f22ea25; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(2101, f10, 0xffe351e715a3a101)
	CHECK_FLAGS(2102, 0x1)
	/* fsub.d 0x3ff1db5d17a76c71 0x4138b59175a5b7ea rm=rdn frm=None */
	li t0, 0x3ff1db5d17a76c71; fmv.d.x f11, t0; li t0, 0x4138b59175a5b7ea; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(2103, f10, 0xc138b59057efe670)
	CHECK_FLAGS(2104, 0x1)
	/* fsub.d 0x802cc589bffe809a 0x52f800000000000 rm=rdn frm=None */
	li t0, 0x802cc589bffe809a; fmv.d.x f11, t0; li t0, 0x52f800000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(2105, f10, 0x852f800000000001)
	CHECK_FLAGS(2106, 0x1)
	/* fsub.d 0x8020000000000000 0xbfffb2fba298e767 rm=rdn frm=None */
	li t0, 0x8020000000000000; fmv.d.x f11, t0; li t0, 0xbfffb2fba298e767; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(2107, f10, 0x3fffb2fba298e766)
	CHECK_FLAGS(2108, 0x1)
	/* fsub.d 0x4134101615e58f68 0x4133625508ccbd9f rm=rdn frm=None */
	li t0, 0x4134101615e58f68; fmv.d.x f11, t0; li t0, 0x4133625508ccbd9f; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(2109, f10, 0x40e5b821a31a3920)
	CHECK_FLAGS(2110, 0x0)
	/* fsub.d 0xb229800000000000 0x2a2f940cc6419f rm=rdn frm=None */
	li t0, 0xb229800000000000; fmv.d.x f11, t0; li t0, 0x2a2f940cc6419f; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(2111, f10, 0xb229800000000001)
	CHECK_FLAGS(2112, 0x1)
	/* fsub.d 0x3ebad47dec3d51fa 0x10000000000000 rm=rup frm=None */
	li t0, 0x3ebad47dec3d51fa; fmv.d.x f11, t0; li t0, 0x10000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(2113, f10, 0x3ebad47dec3d51fa)
	CHECK_FLAGS(2114, 0x1)
	/* fsub.d 0x80156e19587578a5 0x80298a90e0d0fb3f rm=rup frm=None */
	li t0, 0x80156e19587578a5; fmv.d.x f11, t0; li t0, 0x80298a90e0d0fb3f; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(2115, f10, 0x1da708692c7dd9)
	CHECK_FLAGS(2116, 0x0)
	/* fsub.d 0x46a14e4c09c1acbe 0x3a71df98938da707 rm=rup frm=None */
	li t0, 0x46a14e4c09c1acbe; fmv.d.x f11, t0; li t0, 0x3a71df98938da707; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(2117, f10, 0x46a14e4c09c1acbe)
	CHECK_FLAGS(2118, 0x1)
	/* fsub.d 0xbebd68ab17647f00 0x8007000000000000 rm=rup frm=None */
	li t0, 0xbebd68ab17647f00; fmv.d.x f11, t0; li t0, 0x8007000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(2119, f10, 0xbebd68ab17647eff)
	CHECK_FLAGS(2120, 0x1)
	/* fsub.d 0xa80c91dcf9d8f76e 0x80164e0052458113 rm=rup frm=None */
	li t0, 0xa80c91dcf9d8f76e; fmv.d.x f11, t0; li t0, 0x80164e0052458113; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(2121, f10, 0xa80c91dcf9d8f76d)
	CHECK_FLAGS(2122, 0x1)
	/* fsub.d 0xbeb0cd72553ee59b 0xf000000000000 rm=rup frm=None */
	li t0, 0xbeb0cd72553ee59b; fmv.d.x f11, t0; li t0, 0xf000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(2123, f10, 0xbeb0cd72553ee59b)
	CHECK_FLAGS(2124, 0x1)
	/* fsub.d 0x2800000000000 0x298796eb9048c8 rm=rup frm=None */
	li t0, 0x2800000000000; fmv.d.x f11, t0; li t0, 0x298796eb9048c8; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(2125, f10, 0x80284796eb9048c8)
	CHECK_FLAGS(2126, 0x0)
	/* fsub.d 0xac552d4d7100c010 0x45ca000000000000 rm=rup frm=None */
	li t0, 0xac552d4d7100c010; fmv.d.x f11, t0; li t0, 0x45ca000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(2127, f10, 0xc5ca000000000000)
	CHECK_FLAGS(2128, 0x1)
	/* fsub.d 0x7fe49b89bce2595f 0x13800000000000 rm=rup frm=None */
	li t0, 0x7fe49b89bce2595f; fmv.d.x f11, t0; li t0, 0x13800000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(2129, f10, 0x7fe49b89bce2595f)
	CHECK_FLAGS(2130, 0x1)
	/* fsub.d 0xbff6f7aa7bcb0086 0xbff6000000000000 rm=rup frm=None */
	li t0, 0xbff6f7aa7bcb0086; fmv.d.x f11, t0; li t0, 0xbff6000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(2131, f10, 0xbfaef54f796010c0)
	CHECK_FLAGS(2132, 0x0)
	/* fsub.d 0x800833b4e6a795f5 0xc5425898359909a6 rm=rup frm=None */
	li t0, 0x800833b4e6a795f5; fmv.d.x f11, t0; li t0, 0xc5425898359909a6; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(2133, f10, 0x45425898359909a6)
	CHECK_FLAGS(2134, 0x1)
	/* fsub.d 0x3ff31f9a10a46a89 0xbffd000000000000 rm=rup frm=None */
	li t0, 0x3ff31f9a10a46a89; fmv.d.x f11, t0; li t0, 0xbffd000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(2135, f10, 0x40080fcd08523545)
	CHECK_FLAGS(2136, 0x1)
	/* fsub.d 0x4132000000000000 0x4133a6422b6e5f8f rm=rup frm=None */
	li t0, 0x4132000000000000; fmv.d.x f11, t0; li t0, 0x4133a6422b6e5f8f; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(2137, f10, 0xc0fa6422b6e5f8f0)
	CHECK_FLAGS(2138, 0x0)
	/* fsub.d 0xc004000000000000 0xc00b000000000000 rm=rup frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xc00b000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(2139, f10, 0x3fec000000000000)
	CHECK_FLAGS(2140, 0x0)
	/* fsub.d 0x3ff2ab034f8c919c 0xc13f800000000000 rm=rmm frm=None */
	li t0, 0x3ff2ab034f8c919c; fmv.d.x f11, t0; li t0, 0xc13f800000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(2141, f10, 0x413f80012ab034f9)
	CHECK_FLAGS(2142, 0x1)
	/* fsub.d 0x83e1000000000000 0xc008f5f5cf003392 rm=rmm frm=None */
	li t0, 0x83e1000000000000; fmv.d.x f11, t0; li t0, 0xc008f5f5cf003392; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(2143, f10, 0x4008f5f5cf003392)
	CHECK_FLAGS(2144, 0x1)
	/* fsub.d 0x4134ae523276113b 0x4006000000000000 rm=rmm frm=None */
	li t0, 0x4134ae523276113b; fmv.d.x f11, t0; li t0, 0x4006000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(2145, f10, 0x4134ae4f7276113b)
	CHECK_FLAGS(2146, 0x0)
	/* fsub.d 0x3fe272b805fc9901 0x3ebe800000000000 rm=rmm frm=None */
	li t0, 0x3fe272b805fc9901; fmv.d.x f11, t0; li t0, 0x3ebe800000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(2147, f10, 0x3fe272b435fc9901)
	CHECK_FLAGS(2148, 0x0)
	/* fsub.d 0x4002000000000000 0x800a224147b99885 rm=rmm frm=None */
	li t0, 0x4002000000000000; fmv.d.x f11, t0; li t0, 0x800a224147b99885; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(2149, f10, 0x4002000000000000)
	CHECK_FLAGS(2150, 0x1)
	/* fsub.d 0xa942da24c066e 0xbebcfd6e464b419a rm=rmm frm=None */
	li t0, 0xa942da24c066e; fmv.d.x f11, t0; li t0, 0xbebcfd6e464b419a; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(2151, f10, 0x3ebcfd6e464b419a)
	CHECK_FLAGS(2152, 0x1)
	/* fsub.d 0xbff3d515819f586c 0xc1303b0894ac457a rm=rmm frm=None */
	li t0, 0xbff3d515819f586c; fmv.d.x f11, t0; li t0, 0xc1303b0894ac457a; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(2153, f10, 0x41303b07575aed60)
	CHECK_FLAGS(2154, 0x1)
	/* fsub.d 0xff7f9b7ce2d9c41 0x3fef8df8c55ee13d rm=rmm frm=None */
	li t0, 0xff7f9b7ce2d9c41; fmv.d.x f11, t0; li t0, 0x3fef8df8c55ee13d; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(2155, f10, 0xbfef8df8c55ee13d)
	CHECK_FLAGS(2156, 0x1)
	/* fsub.d 0x22d45c38f368144 0xc225e9756187be2f rm=rmm frm=None */
	li t0, 0x22d45c38f368144; fmv.d.x f11, t0; li t0, 0xc225e9756187be2f; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(2157, f10, 0x4225e9756187be2f)
	CHECK_FLAGS(2158, 0x1)
	/* fsub.d 0x413ea0c382396b69 0x802b965821c81d06 rm=rmm frm=None */
	li t0, 0x413ea0c382396b69; fmv.d.x f11, t0; li t0, 0x802b965821c81d06; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(2159, f10, 0x413ea0c382396b69)
	CHECK_FLAGS(2160, 0x1)
	/* fsub.d 0x2614bfa0d9e5ee 0x1db3c338a582ba rm=rmm frm=None */
	li t0, 0x2614bfa0d9e5ee; fmv.d.x f11, t0; li t0, 0x1db3c338a582ba; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(2161, f10, 0xe75bc090e4922)
	CHECK_FLAGS(2162, 0x0)
	/* fsub.d 0x800715933a761451 0x531e569ca7b5e385 rm=rmm frm=None */
	li t0, 0x800715933a761451; fmv.d.x f11, t0; li t0, 0x531e569ca7b5e385; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(2163, f10, 0xd31e569ca7b5e385)
	CHECK_FLAGS(2164, 0x1)
	/* fsub.d 0xc13bfb41b081ceab 0x40049ccca43644fb rm=rmm frm=None */
	li t0, 0xc13bfb41b081ceab; fmv.d.x f11, t0; li t0, 0x40049ccca43644fb; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(2165, f10, 0xc13bfb44441b6332)
	CHECK_FLAGS(2166, 0x1)
	/* fsub.d 0xbfffa63947168641 0xc1344c2fd2c86525 rm=rmm frm=None */
	li t0, 0xbfffa63947168641; fmv.d.x f11, t0; li t0, 0xc1344c2fd2c86525; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(2167, f10, 0x41344c2dd864d0b4)
	CHECK_FLAGS(2168, 0x1)
	/* fsub.d 0xc13389facb9db7ba 0x4002b123db5e56ec rm=None frm=0 */
	li t0, 0xc13389facb9db7ba; fmv.d.x f11, t0; li t0, 0x4002b123db5e56ec; fmv.d.x f12, t0; fsrmi 0; fsub.d f10, f11, f12
	CHECK_F(2169, f10, 0xc13389fd21c23326)
	CHECK_FLAGS(2170, 0x1)
	/* fsub.d 0x1ce5e2b8b6d33d 0x5d61000000000000 rm=None frm=0 */
	li t0, 0x1ce5e2b8b6d33d; fmv.d.x f11, t0; li t0, 0x5d61000000000000; fmv.d.x f12, t0; fsrmi 0; fsub.d f10, f11, f12
	CHECK_F(2171, f10, 0xdd61000000000000)
	CHECK_FLAGS(2172, 0x1)
	/* fsub.d 0x5000000000000 0xb67232330240610e rm=None frm=0 */
	li t0, 0x5000000000000; fmv.d.x f11, t0; li t0, 0xb67232330240610e; fmv.d.x f12, t0; fsrmi 0; fsub.d f10, f11, f12
	CHECK_F(2173, f10, 0x367232330240610e)
	CHECK_FLAGS(2174, 0x1)
	/* fsub.d 0x4007800000000000 0xc136e0ba75029cea rm=None frm=0 */
	li t0, 0x4007800000000000; fmv.d.x f11, t0; li t0, 0xc136e0ba75029cea; fmv.d.x f12, t0; fsrmi 0; fsub.d f10, f11, f12
	CHECK_F(2175, f10, 0x4136e0bd65029cea)
	CHECK_FLAGS(2176, 0x0)
	/* fsub.d 0xbfe706cadc87882b 0x16000000000000 rm=None frm=1 */
	li t0, 0xbfe706cadc87882b; fmv.d.x f11, t0; li t0, 0x16000000000000; fmv.d.x f12, t0; fsrmi 1; fsub.d f10, f11, f12
	CHECK_F(2177, f10, 0xbfe706cadc87882b)
	CHECK_FLAGS(2178, 0x1)
	/* fsub.d 0x413525eee78fd4c7 0x802efd15562ac6cb rm=None frm=1 */
	li t0, 0x413525eee78fd4c7; fmv.d.x f11, t0; li t0, 0x802efd15562ac6cb; fmv.d.x f12, t0; fsrmi 1; fsub.d f10, f11, f12
	CHECK_F(2179, f10, 0x413525eee78fd4c7)
	CHECK_FLAGS(2180, 0x1)
	/* fsub.d 0xbfe3fb45858dbd57 0xbfe9e6a57e3c93d3 rm=None frm=1 */
	li t0, 0xbfe3fb45858dbd57; fmv.d.x f11, t0; li t0, 0xbfe9e6a57e3c93d3; fmv.d.x f12, t0; fsrmi 1; fsub.d f10, f11, f12
	CHECK_F(2181, f10, 0x3fc7ad7fe2bb59f0)
	CHECK_FLAGS(2182, 0x0)
	/* fsub.d 0x7fed9069d0f9f756 0x21000000000000 rm=None frm=1 */
	li t0, 0x7fed9069d0f9f756; fmv.d.x f11, t0; li t0, 0x21000000000000; fmv.d.x f12, t0; fsrmi 1; fsub.d f10, f11, f12
	CHECK_F(2183, f10, 0x7fed9069d0f9f755)
	CHECK_FLAGS(2184, 0x1)
	/* fsub.d 0xc001800000000000 0x3fee000000000000 rm=None frm=2 */
	li t0, 0xc001800000000000; fmv.d.x f11, t0; li t0, 0x3fee000000000000; fmv.d.x f12, t0; fsrmi 2; fsub.d f10, f11, f12
	CHECK_F(2185, f10, 0xc009000000000000)
	CHECK_FLAGS(2186, 0x0)
	/* fsub.d 0xbebb3492613d136e 0xc0002a06b7ca00a4 rm=None frm=2 */
	li t0, 0xbebb3492613d136e; fmv.d.x f11, t0; li t0, 0xc0002a06b7ca00a4; fmv.d.x f12, t0; fsrmi 2; fsub.d f10, f11, f12
	CHECK_F(2187, f10, 0x40002a05de256d9a)
	CHECK_FLAGS(2188, 0x1)
	/* fsub.d 0x1c2b181c0fd1cd 0x802b75f53a04ecdd rm=None frm=2 */
	li t0, 0x1c2b181c0fd1cd; fmv.d.x f11, t0; li t0, 0x802b75f53a04ecdd; fmv.d.x f12, t0; fsrmi 2; fsub.d f10, f11, f12
	CHECK_F(2189, f10, 0x34c5c0a4066ae1)
	CHECK_FLAGS(2190, 0x1)
	/* fsub.d 0x800a8d0095e68eff 0xc13bf353327276c0 rm=None frm=2 */
	li t0, 0x800a8d0095e68eff; fmv.d.x f11, t0; li t0, 0xc13bf353327276c0; fmv.d.x f12, t0; fsrmi 2; fsub.d f10, f11, f12
	CHECK_F(2191, f10, 0x413bf353327276bf)
	CHECK_FLAGS(2192, 0x1)
	/* fsub.d 0x7feb67d8b01aa520 0x3ffa8d690ee63c4b rm=None frm=3 */
	li t0, 0x7feb67d8b01aa520; fmv.d.x f11, t0; li t0, 0x3ffa8d690ee63c4b; fmv.d.x f12, t0; fsrmi 3; fsub.d f10, f11, f12
	CHECK_F(2193, f10, 0x7feb67d8b01aa520)
	CHECK_FLAGS(2194, 0x1)
	/* fsub.d 0xbeb9000000000000 0x4131000000000000 rm=None frm=3 */
	li t0, 0xbeb9000000000000; fmv.d.x f11, t0; li t0, 0x4131000000000000; fmv.d.x f12, t0; fsrmi 3; fsub.d f10, f11, f12
	CHECK_F(2195, f10, 0xc131000000001900)
	CHECK_FLAGS(2196, 0x0)
	/* fsub.d 0x3ffc6236aa58ec92 0xc13044f532c31211 rm=None frm=3 */
	li t0, 0x3ffc6236aa58ec92; fmv.d.x f11, t0; li t0, 0xc13044f532c31211; fmv.d.x f12, t0; fsrmi 3; fsub.d f10, f11, f12
	CHECK_F(2197, f10, 0x413044f6f8e67cb7)
	CHECK_FLAGS(2198, 0x1)
	/* fsub.d 0x67368c07c10c421 0xffebd51eeae1643c rm=None frm=3 */
	li t0, 0x67368c07c10c421; fmv.d.x f11, t0; li t0, 0xffebd51eeae1643c; fmv.d.x f12, t0; fsrmi 3; fsub.d f10, f11, f12
	CHECK_F(2199, f10, 0x7febd51eeae1643d)
	CHECK_FLAGS(2200, 0x1)
	/* fsub.d 0x80222bb4ce2ac3ec 0x800db82d175b00bf rm=None frm=4 */
	li t0, 0x80222bb4ce2ac3ec; fmv.d.x f11, t0; li t0, 0x800db82d175b00bf; fmv.d.x f12, t0; fsrmi 4; fsub.d f10, f11, f12
	CHECK_F(2201, f10, 0x80169f3c84fa8719)
	CHECK_FLAGS(2202, 0x0)
	/* fsub.d 0x40022f5d555ad7c8 0xc00e0a75db37468d rm=None frm=4 */
	li t0, 0x40022f5d555ad7c8; fmv.d.x f11, t0; li t0, 0xc00e0a75db37468d; fmv.d.x f12, t0; fsrmi 4; fsub.d f10, f11, f12
	CHECK_F(2203, f10, 0x40181ce998490f2b)
	CHECK_FLAGS(2204, 0x1)
	/* fsub.d 0x4007d054760399fe 0x80008360504e4464 rm=None frm=4 */
	li t0, 0x4007d054760399fe; fmv.d.x f11, t0; li t0, 0x80008360504e4464; fmv.d.x f12, t0; fsrmi 4; fsub.d f10, f11, f12
	CHECK_F(2205, f10, 0x4007d054760399fe)
	CHECK_FLAGS(2206, 0x1)
	/* fsub.d 0x105d000000000000 0x16230e01851a59 rm=None frm=4 */
	li t0, 0x105d000000000000; fmv.d.x f11, t0; li t0, 0x16230e01851a59; fmv.d.x f12, t0; fsrmi 4; fsub.d f10, f11, f12
	CHECK_F(2207, f10, 0x105d000000000000)
	CHECK_FLAGS(2208, 0x1)
	/* fmul.d 0x0 0x0 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2209, f10, 0x0)
	CHECK_FLAGS(2210, 0x0)
	/* fmul.d 0x0 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2211, f10, 0x8000000000000000)
	CHECK_FLAGS(2212, 0x0)
	/* fmul.d 0x0 0xc004000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2213, f10, 0x8000000000000000)
	CHECK_FLAGS(2214, 0x0)
	/* fmul.d 0x0 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2215, f10, 0x0)
	CHECK_FLAGS(2216, 0x0)
	/* fmul.d 0x0 0xfffffffffffff rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2217, f10, 0x0)
	CHECK_FLAGS(2218, 0x0)
	/* fmul.d 0x0 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2219, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2220, 0x10)
	/* fmul.d 0x0 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2221, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2222, 0x0)
	/* fmul.d 0x3ff0000000000000 0x0 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2223, f10, 0x0)
	CHECK_FLAGS(2224, 0x0)
	/* fmul.d 0x3ff0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2225, f10, 0xbff0000000000000)
	CHECK_FLAGS(2226, 0x0)
	/* fmul.d 0x3ff0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2227, f10, 0xc004000000000000)
	CHECK_FLAGS(2228, 0x0)
	/* fmul.d 0x3ff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2229, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2230, 0x0)
	/* fmul.d 0x3ff0000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2231, f10, 0xfffffffffffff)
	CHECK_FLAGS(2232, 0x0)
	/* fmul.d 0x3ff0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2233, f10, 0xfff0000000000000)
	CHECK_FLAGS(2234, 0x0)
	/* fmul.d 0x3ff0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2235, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2236, 0x0)
	/* fmul.d 0x3ff8000000000000 0x0 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2237, f10, 0x0)
	CHECK_FLAGS(2238, 0x0)
	/* fmul.d 0x3ff8000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2239, f10, 0xbff8000000000000)
	CHECK_FLAGS(2240, 0x0)
	/* fmul.d 0x3ff8000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2241, f10, 0xc00e000000000000)
	CHECK_FLAGS(2242, 0x0)
	/* fmul.d 0x3ff8000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2243, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2244, 0x5)
	/* fmul.d 0x3ff8000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2245, f10, 0x17fffffffffffe)
	CHECK_FLAGS(2246, 0x1)
	/* fmul.d 0x3ff8000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2247, f10, 0xfff0000000000000)
	CHECK_FLAGS(2248, 0x0)
	/* fmul.d 0x3ff8000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2249, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2250, 0x0)
	/* fmul.d 0xc004000000000000 0x0 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2251, f10, 0x8000000000000000)
	CHECK_FLAGS(2252, 0x0)
	/* fmul.d 0xc004000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2253, f10, 0x4004000000000000)
	CHECK_FLAGS(2254, 0x0)
	/* fmul.d 0xc004000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2255, f10, 0x4019000000000000)
	CHECK_FLAGS(2256, 0x0)
	/* fmul.d 0xc004000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2257, f10, 0xfff0000000000000)
	CHECK_FLAGS(2258, 0x5)
	/* fmul.d 0xc004000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2259, f10, 0x8023ffffffffffff)
	CHECK_FLAGS(2260, 0x1)
	/* fmul.d 0xc004000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2261, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2262, 0x0)
	/* fmul.d 0xc004000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2263, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2264, 0x0)
	/* fmul.d 0xbfe0000000000000 0x0 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2265, f10, 0x8000000000000000)
	CHECK_FLAGS(2266, 0x0)
	/* fmul.d 0xbfe0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2267, f10, 0x3fe0000000000000)
	CHECK_FLAGS(2268, 0x0)
	/* fmul.d 0xbfe0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2269, f10, 0x3ff4000000000000)
	CHECK_FLAGS(2270, 0x0)
	/* fmul.d 0xbfe0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2271, f10, 0xffdfffffffffffff)
	CHECK_FLAGS(2272, 0x0)
	/* fmul.d 0xbfe0000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2273, f10, 0x8008000000000000)
	CHECK_FLAGS(2274, 0x3)
	/* fmul.d 0xbfe0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2275, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2276, 0x0)
	/* fmul.d 0xbfe0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2277, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2278, 0x0)
	/* fmul.d 0xffefffffffffffff 0x0 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2279, f10, 0x8000000000000000)
	CHECK_FLAGS(2280, 0x0)
	/* fmul.d 0xffefffffffffffff 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2281, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2282, 0x0)
	/* fmul.d 0xffefffffffffffff 0xc004000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2283, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2284, 0x5)
	/* fmul.d 0xffefffffffffffff 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2285, f10, 0xfff0000000000000)
	CHECK_FLAGS(2286, 0x5)
	/* fmul.d 0xffefffffffffffff 0xfffffffffffff rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2287, f10, 0xc00ffffffffffffd)
	CHECK_FLAGS(2288, 0x1)
	/* fmul.d 0xffefffffffffffff 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2289, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2290, 0x0)
	/* fmul.d 0xffefffffffffffff 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2291, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2292, 0x0)
	/* fmul.d 0xfffffffffffff 0x0 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2293, f10, 0x0)
	CHECK_FLAGS(2294, 0x0)
	/* fmul.d 0xfffffffffffff 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2295, f10, 0x800fffffffffffff)
	CHECK_FLAGS(2296, 0x0)
	/* fmul.d 0xfffffffffffff 0xc004000000000000 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2297, f10, 0x8023ffffffffffff)
	CHECK_FLAGS(2298, 0x1)
	/* fmul.d 0xfffffffffffff 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2299, f10, 0x400ffffffffffffd)
	CHECK_FLAGS(2300, 0x1)
	/* fmul.d 0xfffffffffffff 0xfffffffffffff rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2301, f10, 0x0)
	CHECK_FLAGS(2302, 0x3)
	/* fmul.d 0xfffffffffffff 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2303, f10, 0xfff0000000000000)
	CHECK_FLAGS(2304, 0x0)
	/* fmul.d 0xfffffffffffff 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2305, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2306, 0x0)
	/* fmul.d 0x7ff0000000000000 0x0 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2307, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2308, 0x10)
	/* fmul.d 0x7ff0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2309, f10, 0xfff0000000000000)
	CHECK_FLAGS(2310, 0x0)
	/* fmul.d 0x7ff0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2311, f10, 0xfff0000000000000)
	CHECK_FLAGS(2312, 0x0)
	/* fmul.d 0x7ff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2313, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2314, 0x0)
	/* fmul.d 0x7ff0000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2315, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2316, 0x0)
	/* fmul.d 0x7ff0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2317, f10, 0xfff0000000000000)
	CHECK_FLAGS(2318, 0x0)
	/* fmul.d 0x7ff0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2319, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2320, 0x0)
	/* fmul.d 0x7ff8000000000000 0x0 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2321, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2322, 0x0)
	/* fmul.d 0x7ff8000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2323, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2324, 0x0)
	/* fmul.d 0x7ff8000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2325, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2326, 0x0)
	/* fmul.d 0x7ff8000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2327, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2328, 0x0)
	/* fmul.d 0x7ff8000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2329, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2330, 0x0)
	/* fmul.d 0x7ff8000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2331, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2332, 0x0)
	/* fmul.d 0x7ff8000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2333, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2334, 0x0)
	/* fmul.d 0xfff8000000001234 0x0 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2335, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2336, 0x0)
	/* fmul.d 0xfff8000000001234 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2337, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2338, 0x0)
	/* fmul.d 0xfff8000000001234 0xc004000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2339, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2340, 0x0)
	/* fmul.d 0xfff8000000001234 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2341, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2342, 0x0)
	/* fmul.d 0xfff8000000001234 0xfffffffffffff rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2343, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2344, 0x0)
	/* fmul.d 0xfff8000000001234 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2345, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2346, 0x0)
	/* fmul.d 0xfff8000000001234 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2347, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2348, 0x0)
	/* fmul.d 0x10f1ef4773b29adc 0x3fe5309d17f216c0 rm=rne frm=None */
	li t0, 0x10f1ef4773b29adc; fmv.d.x f11, t0; li t0, 0x3fe5309d17f216c0; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2349, f10, 0x10e7c08bb4f9f5a9)
	CHECK_FLAGS(2350, 0x1)
	/* fmul.d 0x9f8f8b2edd285 0x272c8756c168e8 rm=rne frm=None */
	li t0, 0x9f8f8b2edd285; fmv.d.x f11, t0; li t0, 0x272c8756c168e8; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2351, f10, 0x0)
	CHECK_FLAGS(2352, 0x3)
	/* fmul.d 0x400c800000000000 0x2de4000000000000 rm=rne frm=None */
	li t0, 0x400c800000000000; fmv.d.x f11, t0; li t0, 0x2de4000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2353, f10, 0x2e01d00000000000)
	CHECK_FLAGS(2354, 0x0)
	/* fmul.d 0x7323ee9472065 0x801377efc806d9c0 rm=rne frm=None */
	li t0, 0x7323ee9472065; fmv.d.x f11, t0; li t0, 0x801377efc806d9c0; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2355, f10, 0x8000000000000000)
	CHECK_FLAGS(2356, 0x3)
	/* fmul.d 0x16c1745abca6bb 0xc002b2ee60787430 rm=rne frm=None */
	li t0, 0x16c1745abca6bb; fmv.d.x f11, t0; li t0, 0xc002b2ee60787430; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2357, f10, 0x802a981e1b5c7e4f)
	CHECK_FLAGS(2358, 0x1)
	/* fmul.d 0x3ffe45acfbeb6bdf 0xffe8aaf5fb4c8322 rm=rne frm=None */
	li t0, 0x3ffe45acfbeb6bdf; fmv.d.x f11, t0; li t0, 0xffe8aaf5fb4c8322; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2359, f10, 0xfff0000000000000)
	CHECK_FLAGS(2360, 0x5)
	/* fmul.d 0x3eb550e9fdd3041e 0x7fe6000000000000 rm=rne frm=None */
	li t0, 0x3eb550e9fdd3041e; fmv.d.x f11, t0; li t0, 0x7fe6000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2361, f10, 0x7ead4f41bd0225a9)
	CHECK_FLAGS(2362, 0x1)
	/* fmul.d 0x1606f60a3b205e 0x802de98b0179e672 rm=rne frm=None */
	li t0, 0x1606f60a3b205e; fmv.d.x f11, t0; li t0, 0x802de98b0179e672; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2363, f10, 0x8000000000000000)
	CHECK_FLAGS(2364, 0x3)
	/* fmul.d 0x3fe6000000000000 0x2d000000000000 rm=rne frm=None */
	li t0, 0x3fe6000000000000; fmv.d.x f11, t0; li t0, 0x2d000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2365, f10, 0x23f00000000000)
	CHECK_FLAGS(2366, 0x0)
	/* fmul.d 0x2d800000000000 0x11000000000000 rm=rne frm=None */
	li t0, 0x2d800000000000; fmv.d.x f11, t0; li t0, 0x11000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2367, f10, 0x0)
	CHECK_FLAGS(2368, 0x3)
	/* fmul.d 0xbff43aa0691bab93 0xc13d800000000000 rm=rne frm=None */
	li t0, 0xbff43aa0691bab93; fmv.d.x f11, t0; li t0, 0xc13d800000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2369, f10, 0x4142a60be0e5822c)
	CHECK_FLAGS(2370, 0x1)
	/* fmul.d 0xbffc495d558e070e 0xbff1800000000000 rm=rne frm=None */
	li t0, 0xbffc495d558e070e; fmv.d.x f11, t0; li t0, 0xbff1800000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2371, f10, 0x3ffef03e159357b7)
	CHECK_FLAGS(2372, 0x1)
	/* fmul.d 0xab4fea23d7024 0xbfe70aeaf30f05d1 rm=rne frm=None */
	li t0, 0xab4fea23d7024; fmv.d.x f11, t0; li t0, 0xbfe70aeaf30f05d1; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2373, f10, 0x8007b5be31085298)
	CHECK_FLAGS(2374, 0x3)
	/* fmul.d 0x1800000000000 0xc5a20f24c26bfa4d rm=rne frm=None */
	li t0, 0x1800000000000; fmv.d.x f11, t0; li t0, 0xc5a20f24c26bfa4d; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2375, f10, 0x858b16b723a1f774)
	CHECK_FLAGS(2376, 0x1)
	/* fmul.d 0x400adc8812320a32 0x8011e0a2eb1dba5c rm=rtz frm=None */
	li t0, 0x400adc8812320a32; fmv.d.x f11, t0; li t0, 0x8011e0a2eb1dba5c; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(2377, f10, 0x802e037187ee96be)
	CHECK_FLAGS(2378, 0x1)
	/* fmul.d 0xc00c000000000000 0x22765280e51d39 rm=rtz frm=None */
	li t0, 0xc00c000000000000; fmv.d.x f11, t0; li t0, 0x22765280e51d39; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(2379, f10, 0x8040278830c87991)
	CHECK_FLAGS(2380, 0x1)
	/* fmul.d 0x7fec000000000000 0xc1322b9080e91b33 rm=rtz frm=None */
	li t0, 0x7fec000000000000; fmv.d.x f11, t0; li t0, 0xc1322b9080e91b33; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(2381, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2382, 0x5)
	/* fmul.d 0xbff5a063ac20ee3a 0xc1375531df020db6 rm=rtz frm=None */
	li t0, 0xbff5a063ac20ee3a; fmv.d.x f11, t0; li t0, 0xc1375531df020db6; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(2383, f10, 0x413f89b6c191384d)
	CHECK_FLAGS(2384, 0x1)
	/* fmul.d 0xc009c73536de2588 0xbff4800000000000 rm=rtz frm=None */
	li t0, 0xc009c73536de2588; fmv.d.x f11, t0; li t0, 0xbff4800000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(2385, f10, 0x4010839e1726500b)
	CHECK_FLAGS(2386, 0x1)
	/* fmul.d 0xbffa000000000000 0x846e1dd7ded906f5 rm=rtz frm=None */
	li t0, 0xbffa000000000000; fmv.d.x f11, t0; li t0, 0x846e1dd7ded906f5; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(2387, f10, 0x478783f651055a7)
	CHECK_FLAGS(2388, 0x1)
	/* fmul.d 0xbeb4800000000000 0xffef2d704cbc5fd8 rm=rtz frm=None */
	li t0, 0xbeb4800000000000; fmv.d.x f11, t0; li t0, 0xffef2d704cbc5fd8; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(2389, f10, 0x7eb3f91bf128ad66)
	CHECK_FLAGS(2390, 0x1)
	/* fmul.d 0x40089d1985b988cf 0xc130acec4ba6660f rm=rtz frm=None */
	li t0, 0x40089d1985b988cf; fmv.d.x f11, t0; li t0, 0xc130acec4ba6660f; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(2391, f10, 0xc149a71dd9afea4a)
	CHECK_FLAGS(2392, 0x1)
	/* fmul.d 0x1cf89ec9d1810d 0x1e8de838b0b0f7 rm=rtz frm=None */
	li t0, 0x1cf89ec9d1810d; fmv.d.x f11, t0; li t0, 0x1e8de838b0b0f7; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(2393, f10, 0x0)
	CHECK_FLAGS(2394, 0x3)
	/* fmul.d 0x8019efef7c4e281c 0x6415b8e3f1b0c rm=rtz frm=None */
	li t0, 0x8019efef7c4e281c; fmv.d.x f11, t0; li t0, 0x6415b8e3f1b0c; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(2395, f10, 0x8000000000000000)
	CHECK_FLAGS(2396, 0x3)
	/* fmul.d 0x20dde914fe8928 0x3f8ab8e8c8982969 rm=rtz frm=None */
	li t0, 0x20dde914fe8928; fmv.d.x f11, t0; li t0, 0x3f8ab8e8c8982969; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(2397, f10, 0x70ae207ee41f)
	CHECK_FLAGS(2398, 0x3)
	/* fmul.d 0x3eb2000000000000 0xc000b0be9b869c22 rm=rtz frm=None */
	li t0, 0x3eb2000000000000; fmv.d.x f11, t0; li t0, 0xc000b0be9b869c22; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(2399, f10, 0xbec2c6d66ef76fa6)
	CHECK_FLAGS(2400, 0x1)
	/* fmul.d 0x3fef800000000000 0xc00dc42273b0423d rm=rtz frm=None */
	li t0, 0x3fef800000000000; fmv.d.x f11, t0; li t0, 0xc00dc42273b0423d; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(2401, f10, 0xc00d4d11e9e18134)
	CHECK_FLAGS(2402, 0x1)
	/* fmul.d 0x88ca800000000000 0xc003800000000000 rm=rtz frm=None */
	li t0, 0x88ca800000000000; fmv.d.x f11, t0; li t0, 0xc003800000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(2403, f10, 0x8e0260000000000)
	CHECK_FLAGS(2404, 0x0)
	/* fmul.d 0xbfec3867706986a9 0x41313ea85540fcec rm=rdn frm=None */
	li t0, 0xbfec3867706986a9; fmv.d.x f11, t0; li t0, 0x41313ea85540fcec; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(2405, f10, 0xc12e6a715ee0198d)
	CHECK_FLAGS(2406, 0x1)
	/* fmul.d 0x91217a2c883275db 0x9563000000000000 rm=rdn frm=None */
	li t0, 0x91217a2c883275db; fmv.d.x f11, t0; li t0, 0x9563000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(2407, f10, 0x0)
	CHECK_FLAGS(2408, 0x3)
	/* fmul.d 0x21d57ce3004c953a 0xbfffdfa7cd82d3de rm=rdn frm=None */
	li t0, 0x21d57ce3004c953a; fmv.d.x f11, t0; li t0, 0xbfffdfa7cd82d3de; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(2409, f10, 0xa1e5672ae3f4d7a9)
	CHECK_FLAGS(2410, 0x1)
	/* fmul.d 0x2552800000000000 0x8024cd3bce2c7de4 rm=rdn frm=None */
	li t0, 0x2552800000000000; fmv.d.x f11, t0; li t0, 0x8024cd3bce2c7de4; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(2411, f10, 0x8000000000000001)
	CHECK_FLAGS(2412, 0x3)
	/* fmul.d 0x801c2ca86724743a 0x3ff4000000000000 rm=rdn frm=None */
	li t0, 0x801c2ca86724743a; fmv.d.x f11, t0; li t0, 0x3ff4000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(2413, f10, 0x80219be94076c8a5)
	CHECK_FLAGS(2414, 0x1)
	/* fmul.d 0x3fe5bcc82e3d03f0 0x3fed7c59279c2806 rm=rdn frm=None */
	li t0, 0x3fe5bcc82e3d03f0; fmv.d.x f11, t0; li t0, 0x3fed7c59279c2806; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(2415, f10, 0x3fe4078d818f6012)
	CHECK_FLAGS(2416, 0x1)
	/* fmul.d 0x2e34942d60c71e 0x8015f1799a71122c rm=rdn frm=None */
	li t0, 0x2e34942d60c71e; fmv.d.x f11, t0; li t0, 0x8015f1799a71122c; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(2417, f10, 0x8000000000000001)
	CHECK_FLAGS(2418, 0x3)
	/* fmul.d 0x2c000000000000 0xbfe681be0dc2815f rm=rdn frm=None */
	li t0, 0x2c000000000000; fmv.d.x f11, t0; li t0, 0xbfe681be0dc2815f; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(2419, f10, 0x8023b1864c0a3134)
	CHECK_FLAGS(2420, 0x1)
	/* fmul.d 0xffe8000000000000 0x3279000000000000 rm=rdn frm=None */
	li t0, 0xffe8000000000000; fmv.d.x f11, t0; li t0, 0x3279000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(2421, f10, 0xf272c00000000000)
	CHECK_FLAGS(2422, 0x0)
	/* fmul.d 0x8014c1752671ea61 0x3eb3cd128d9aa28e rm=rdn frm=None */
	li t0, 0x8014c1752671ea61; fmv.d.x f11, t0; li t0, 0x3eb3cd128d9aa28e; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(2423, f10, 0x800000019afc1dc0)
	CHECK_FLAGS(2424, 0x3)
	/* fmul.d 0x3fef701ab7818c34 0xbff4800000000000 rm=rdn frm=None */
	li t0, 0x3fef701ab7818c34; fmv.d.x f11, t0; li t0, 0xbff4800000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(2425, f10, 0xbff423d11d8efdd2)
	CHECK_FLAGS(2426, 0x1)
	/* fmul.d 0xc1321990a76c8dea 0xbfeb85c70f48ff65 rm=rdn frm=None */
	li t0, 0xc1321990a76c8dea; fmv.d.x f11, t0; li t0, 0xbfeb85c70f48ff65; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(2427, f10, 0x412f2279cc3893be)
	CHECK_FLAGS(2428, 0x1)
	/* fmul.d 0x4132f13d5f369597 0xc13cb0aa25cd4d00 rm=rdn frm=None */
	li t0, 0x4132f13d5f369597; fmv.d.x f11, t0; li t0, 0xc13cb0aa25cd4d00; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(2429, f10, 0xc280fba93cd1eee9)
	CHECK_FLAGS(2430, 0x1)
	/* fmul.d 0x8012800000000000 0x7fe773a67bdf1e45 rm=rdn frm=None */
	li t0, 0x8012800000000000; fmv.d.x f11, t0; li t0, 0x7fe773a67bdf1e45; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(2431, f10, 0xc00b1db87f39fb00)
	CHECK_FLAGS(2432, 0x1)
	/* fmul.d 0xbbd0000000000000 0x400bec4c9651f0e7 rm=rup frm=None */
	li t0, 0xbbd0000000000000; fmv.d.x f11, t0; li t0, 0x400bec4c9651f0e7; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(2433, f10, 0xbbebec4c9651f0e7)
	CHECK_FLAGS(2434, 0x0)
	/* fmul.d 0x3213000000000000 0xbfee000000000000 rm=rup frm=None */
	li t0, 0x3213000000000000; fmv.d.x f11, t0; li t0, 0xbfee000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(2435, f10, 0xb211d00000000000)
	CHECK_FLAGS(2436, 0x0)
	/* fmul.d 0x2bfce94e79ea80 0x4139d25f3b5fa9a9 rm=rup frm=None */
	li t0, 0x2bfce94e79ea80; fmv.d.x f11, t0; li t0, 0x4139d25f3b5fa9a9; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(2437, f10, 0x17695954b24d9a2)
	CHECK_FLAGS(2438, 0x1)
	/* fmul.d 0xb2cc04d1c80152f1 0x800f2d4cb48b0395 rm=rup frm=None */
	li t0, 0xb2cc04d1c80152f1; fmv.d.x f11, t0; li t0, 0x800f2d4cb48b0395; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(2439, f10, 0x1)
	CHECK_FLAGS(2440, 0x3)
	/* fmul.d 0x400bbd71fcf8f2f8 0x802c800000000000 rm=rup frm=None */
	li t0, 0x400bbd71fcf8f2f8; fmv.d.x f11, t0; li t0, 0x802c800000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(2441, f10, 0x8048b4b9854db864)
	CHECK_FLAGS(2442, 0x1)
	/* fmul.d 0x3febc2f40c8c3c69 0x22000000000000 rm=rup frm=None */
	li t0, 0x3febc2f40c8c3c69; fmv.d.x f11, t0; li t0, 0x22000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(2443, f10, 0x1f3b528e1dc3f7)
	CHECK_FLAGS(2444, 0x1)
	/* fmul.d 0x802f3898f014e2f7 0xbebe82b766c21304 rm=rup frm=None */
	li t0, 0x802f3898f014e2f7; fmv.d.x f11, t0; li t0, 0xbebe82b766c21304; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(2445, f10, 0x771260f94)
	CHECK_FLAGS(2446, 0x3)
	/* fmul.d 0x8022b56b2561228d 0x123fb710bbe8ad rm=rup frm=None */
	li t0, 0x8022b56b2561228d; fmv.d.x f11, t0; li t0, 0x123fb710bbe8ad; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(2447, f10, 0x8000000000000000)
	CHECK_FLAGS(2448, 0x3)
	/* fmul.d 0x413f40b13f12cad0 0x801369b6afddd516 rm=rup frm=None */
	li t0, 0x413f40b13f12cad0; fmv.d.x f11, t0; li t0, 0x801369b6afddd516; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(2449, f10, 0x8162f5a7eebca504)
	CHECK_FLAGS(2450, 0x1)
	/* fmul.d 0x3eb1fb0f3b6ee949 0x2d6000000000000 rm=rup frm=None */
	li t0, 0x3eb1fb0f3b6ee949; fmv.d.x f11, t0; li t0, 0x2d6000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(2451, f10, 0x198b934f1b880c5)
	CHECK_FLAGS(2452, 0x1)
	/* fmul.d 0x802e3169cbc68411 0xffea3c985a3c597b rm=rup frm=None */
	li t0, 0x802e3169cbc68411; fmv.d.x f11, t0; li t0, 0xffea3c985a3c597b; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(2453, f10, 0x4028c1525bc9d216)
	CHECK_FLAGS(2454, 0x1)
	/* fmul.d 0xfc5c738b56fd 0xbff84968bb85efe1 rm=rup frm=None */
	li t0, 0xfc5c738b56fd; fmv.d.x f11, t0; li t0, 0xbff84968bb85efe1; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(2455, f10, 0x80017f108706d650)
	CHECK_FLAGS(2456, 0x3)
	/* fmul.d 0x400a000000000000 0xf6278213fac73 rm=rup frm=None */
	li t0, 0x400a000000000000; fmv.d.x f11, t0; li t0, 0xf6278213fac73; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(2457, f10, 0x2900033607783b)
	CHECK_FLAGS(2458, 0x1)
	/* fmul.d 0x3eb7853d4216dc45 0x400b800000000000 rm=rup frm=None */
	li t0, 0x3eb7853d4216dc45; fmv.d.x f11, t0; li t0, 0x400b800000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(2459, f10, 0x3ed43680a4cba54c)
	CHECK_FLAGS(2460, 0x1)
	/* fmul.d 0x59b403111601cd66 0xa800000000000 rm=rmm frm=None */
	li t0, 0x59b403111601cd66; fmv.d.x f11, t0; li t0, 0xa800000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(2461, f10, 0x19ca44066ce25d96)
	CHECK_FLAGS(2462, 0x1)
	/* fmul.d 0x8014bb945ee041ba 0xc00d800000000000 rm=rmm frm=None */
	li t0, 0x8014bb945ee041ba; fmv.d.x f11, t0; li t0, 0xc00d800000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(2463, f10, 0x331cecc776bc97)
	CHECK_FLAGS(2464, 0x1)
	/* fmul.d 0xaa18872d22ab982 0x3febac5be4e4be7a rm=rmm frm=None */
	li t0, 0xaa18872d22ab982; fmv.d.x f11, t0; li t0, 0x3febac5be4e4be7a; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(2465, f10, 0xa9e532147db7cfa)
	CHECK_FLAGS(2466, 0x1)
	/* fmul.d 0x411d76dfbaa63 0x800c96e6bfd3658c rm=rmm frm=None */
	li t0, 0x411d76dfbaa63; fmv.d.x f11, t0; li t0, 0x800c96e6bfd3658c; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(2467, f10, 0x8000000000000000)
	CHECK_FLAGS(2468, 0x3)
	/* fmul.d 0x4136000000000000 0xffee800000000000 rm=rmm frm=None */
	li t0, 0x4136000000000000; fmv.d.x f11, t0; li t0, 0xffee800000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(2469, f10, 0xfff0000000000000)
	CHECK_FLAGS(2470, 0x5)
	/* fmul.d 0x8ac8800000000000 0x3eb8d2c4de50260b rm=rmm frm=None */
	li t0, 0x8ac8800000000000; fmv.d.x f11, t0; li t0, 0x3eb8d2c4de50260b; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(2471, f10, 0x8993015eba355d20)
	CHECK_FLAGS(2472, 0x1)
	/* fmul.d 0xbe9de74eeb82cff 0xffe6800000000000 rm=rmm frm=None */
	li t0, 0xbe9de74eeb82cff; fmv.d.x f11, t0; li t0, 0xffe6800000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(2473, f10, 0xcbe2306a37d97fa3)
	CHECK_FLAGS(2474, 0x1)
	/* fmul.d 0xc1372e12cbd8bb31 0x894bf0495f1778e6 rm=rmm frm=None */
	li t0, 0xc1372e12cbd8bb31; fmv.d.x f11, t0; li t0, 0x894bf0495f1778e6; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(2475, f10, 0xa943cee8ef460f2)
	CHECK_FLAGS(2476, 0x1)
	/* fmul.d 0xbffa000000000000 0x8019800000000000 rm=rmm frm=None */
	li t0, 0xbffa000000000000; fmv.d.x f11, t0; li t0, 0x8019800000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(2477, f10, 0x24b80000000000)
	CHECK_FLAGS(2478, 0x0)
	/* fmul.d 0x3ff5f0590904697c 0x29b9d9a305e1a673 rm=rmm frm=None */
	li t0, 0x3ff5f0590904697c; fmv.d.x f11, t0; li t0, 0x29b9d9a305e1a673; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(2479, f10, 0x29c1b8fb2f1e603c)
	CHECK_FLAGS(2480, 0x1)
	/* fmul.d 0x4130800000000000 0x3eb951e8a57f6f40 rm=rmm frm=None */
	li t0, 0x4130800000000000; fmv.d.x f11, t0; li t0, 0x3eb951e8a57f6f40; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(2481, f10, 0x3ffa1c77eaab6aba)
	CHECK_FLAGS(2482, 0x0)
	/* fmul.d 0x1b566f1910daa0 0x4003f6dc5804b637 rm=rmm frm=None */
	li t0, 0x1b566f1910daa0; fmv.d.x f11, t0; li t0, 0x4003f6dc5804b637; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(2483, f10, 0x310e36aa6037b1)
	CHECK_FLAGS(2484, 0x1)
	/* fmul.d 0xc138000000000000 0x3ff7000000000000 rm=rmm frm=None */
	li t0, 0xc138000000000000; fmv.d.x f11, t0; li t0, 0x3ff7000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(2485, f10, 0xc141400000000000)
	CHECK_FLAGS(2486, 0x0)
	/* fmul.d 0xbfe546f5c5a33c9f 0x3fec000000000000 rm=rmm frm=None */
	li t0, 0xbfe546f5c5a33c9f; fmv.d.x f11, t0; li t0, 0x3fec000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(2487, f10, 0xbfe29e170ceed50b)
	CHECK_FLAGS(2488, 0x1)
	/* fmul.d 0x16676ba36911811d 0x97fb000000000000 rm=None frm=0 */
	li t0, 0x16676ba36911811d; fmv.d.x f11, t0; li t0, 0x97fb000000000000; fmv.d.x f12, t0; fsrmi 0; fmul.d f10, f11, f12
	CHECK_F(2489, f10, 0x8000000000000000)
	CHECK_FLAGS(2490, 0x3)
	/* fmul.d 0x801f28a2d365a2a4 0xbfe396d6d21e0c90 rm=None frm=0 */
	li t0, 0x801f28a2d365a2a4; fmv.d.x f11, t0; li t0, 0xbfe396d6d21e0c90; fmv.d.x f12, t0; fsrmi 0; fmul.d f10, f11, f12
	CHECK_F(2491, f10, 0x131300551c1993)
	CHECK_FLAGS(2492, 0x1)
	/* fmul.d 0x1e13ae11f39a4 0xc138000000000000 rm=None frm=0 */
	li t0, 0x1e13ae11f39a4; fmv.d.x f11, t0; li t0, 0xc138000000000000; fmv.d.x f12, t0; fsrmi 0; fmul.d f10, f11, f12
	CHECK_F(2493, f10, 0x81268ec28d76b3b0)
	CHECK_FLAGS(2494, 0x0)
	/* fmul.d 0xc7bebf6ce66a 0x22800000000000 rm=None frm=0 */
	li t0, 0xc7bebf6ce66a; fmv.d.x f11, t0; li t0, 0x22800000000000; fmv.d.x f12, t0; fsrmi 0; fmul.d f10, f11, f12
	CHECK_F(2495, f10, 0x0)
	CHECK_FLAGS(2496, 0x3)
	/* fmul.d 0x3ff88c94f2afc5bf 0x2fd8d9a892dc364b rm=None frm=1 */
	li t0, 0x3ff88c94f2afc5bf; fmv.d.x f11, t0; li t0, 0x2fd8d9a892dc364b; fmv.d.x f12, t0; fsrmi 1; fmul.d f10, f11, f12
	CHECK_F(2497, f10, 0x2fe3106a5ac9de19)
	CHECK_FLAGS(2498, 0x1)
	/* fmul.d 0x41390a1b34b0f8da 0x802a698c48357ee7 rm=None frm=1 */
	li t0, 0x41390a1b34b0f8da; fmv.d.x f11, t0; li t0, 0x802a698c48357ee7; fmv.d.x f12, t0; fsrmi 1; fmul.d f10, f11, f12
	CHECK_F(2499, f10, 0x8174aacd08cc4ea8)
	CHECK_FLAGS(2500, 0x1)
	/* fmul.d 0x3fe2d3ad8e279dce 0x3fe9283fcc954969 rm=None frm=1 */
	li t0, 0x3fe2d3ad8e279dce; fmv.d.x f11, t0; li t0, 0x3fe9283fcc954969; fmv.d.x f12, t0; fsrmi 1; fmul.d f10, f11, f12
	CHECK_F(2501, f10, 0x3fdd9a1b723737ce)
	CHECK_FLAGS(2502, 0x1)
	/* fmul.d 0xbff0bbb40f09a443 0x801f800000000000 rm=None frm=1 */
	li t0, 0xbff0bbb40f09a443; fmv.d.x f11, t0; li t0, 0x801f800000000000; fmv.d.x f12, t0; fsrmi 1; fmul.d f10, f11, f12
	CHECK_F(2503, f10, 0x2078c53ecd7db1)
	CHECK_FLAGS(2504, 0x1)
	/* fmul.d 0x800437bebd4103c3 0x2d53800000000000 rm=None frm=2 */
	li t0, 0x800437bebd4103c3; fmv.d.x f11, t0; li t0, 0x2d53800000000000; fmv.d.x f12, t0; fsrmi 2; fmul.d f10, f11, f12
	CHECK_F(2505, f10, 0x8000000000000001)
	CHECK_FLAGS(2506, 0x3)
	/* fmul.d 0x3ebcc06c0547998c 0xc005b074d8cccaeb rm=None frm=2 */
	li t0, 0x3ebcc06c0547998c; fmv.d.x f11, t0; li t0, 0xc005b074d8cccaeb; fmv.d.x f12, t0; fsrmi 2; fmul.d f10, f11, f12
	CHECK_F(2507, f10, 0xbed37cd231e673db)
	CHECK_FLAGS(2508, 0x1)
	/* fmul.d 0xb9bd8a0d9e5d93e0 0x8021e29c7619bdc7 rm=None frm=2 */
	li t0, 0xb9bd8a0d9e5d93e0; fmv.d.x f11, t0; li t0, 0x8021e29c7619bdc7; fmv.d.x f12, t0; fsrmi 2; fmul.d f10, f11, f12
	CHECK_F(2509, f10, 0x0)
	CHECK_FLAGS(2510, 0x3)
	/* fmul.d 0x2ef15f4effcedc 0xc00d24cbd6f4cd6e rm=None frm=2 */
	li t0, 0x2ef15f4effcedc; fmv.d.x f11, t0; li t0, 0xc00d24cbd6f4cd6e; fmv.d.x f12, t0; fsrmi 2; fmul.d f10, f11, f12
	CHECK_F(2511, f10, 0x804c2e5305e034e3)
	CHECK_FLAGS(2512, 0x1)
	/* fmul.d 0xbfea98ccfd0bd472 0xc800000000000 rm=None frm=3 */
	li t0, 0xbfea98ccfd0bd472; fmv.d.x f11, t0; li t0, 0xc800000000000; fmv.d.x f12, t0; fsrmi 3; fmul.d f10, f11, f12
	CHECK_F(2513, f10, 0x800a63b012d89efc)
	CHECK_FLAGS(2514, 0x3)
	/* fmul.d 0x4003000000000000 0xc13b000000000000 rm=None frm=3 */
	li t0, 0x4003000000000000; fmv.d.x f11, t0; li t0, 0xc13b000000000000; fmv.d.x f12, t0; fsrmi 3; fmul.d f10, f11, f12
	CHECK_F(2515, f10, 0xc150080000000000)
	CHECK_FLAGS(2516, 0x0)
	/* fmul.d 0xffe58c3f14c65b80 0x7fe618db70f87ed3 rm=None frm=3 */
	li t0, 0xffe58c3f14c65b80; fmv.d.x f11, t0; li t0, 0x7fe618db70f87ed3; fmv.d.x f12, t0; fsrmi 3; fmul.d f10, f11, f12
	CHECK_F(2517, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2518, 0x5)
	/* fmul.d 0x4132800000000000 0x400db762f098e674 rm=None frm=3 */
	li t0, 0x4132800000000000; fmv.d.x f11, t0; li t0, 0x400db762f098e674; fmv.d.x f12, t0; fsrmi 3; fmul.d f10, f11, f12
	CHECK_F(2519, f10, 0x41512e053318653c)
	CHECK_FLAGS(2520, 0x1)
	/* fmul.d 0xa2183dd8ec65d819 0x6a28fab6bff7c rm=None frm=4 */
	li t0, 0xa2183dd8ec65d819; fmv.d.x f11, t0; li t0, 0x6a28fab6bff7c; fmv.d.x f12, t0; fsrmi 4; fmul.d f10, f11, f12
	CHECK_F(2521, f10, 0x8000000000000000)
	CHECK_FLAGS(2522, 0x3)
	/* fmul.d 0x54267fc922c16db2 0xbebd4d37aaeee7a0 rm=None frm=4 */
	li t0, 0x54267fc922c16db2; fmv.d.x f11, t0; li t0, 0xbebd4d37aaeee7a0; fmv.d.x f12, t0; fsrmi 4; fmul.d f10, f11, f12
	CHECK_F(2523, f10, 0xd2f49a18e74b7661)
	CHECK_FLAGS(2524, 0x1)
	/* fmul.d 0xc13d9b779303dc1e 0x7fe8800000000000 rm=None frm=4 */
	li t0, 0xc13d9b779303dc1e; fmv.d.x f11, t0; li t0, 0x7fe8800000000000; fmv.d.x f12, t0; fsrmi 4; fmul.d f10, f11, f12
	CHECK_F(2525, f10, 0xfff0000000000000)
	CHECK_FLAGS(2526, 0x5)
	/* fmul.d 0x3fe3000000000000 0xc00990ca23f5b6a6 rm=None frm=4 */
	li t0, 0x3fe3000000000000; fmv.d.x f11, t0; li t0, 0xc00990ca23f5b6a6; fmv.d.x f12, t0; fsrmi 4; fmul.d f10, f11, f12
	CHECK_F(2527, f10, 0xbffe5bf00ab3c8e5)
	CHECK_FLAGS(2528, 0x1)
	/* fdiv.d 0x0 0x0 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2529, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2530, 0x10)
	/* fdiv.d 0x0 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2531, f10, 0x8000000000000000)
	CHECK_FLAGS(2532, 0x0)
	/* fdiv.d 0x0 0xc004000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2533, f10, 0x8000000000000000)
	CHECK_FLAGS(2534, 0x0)
	/* fdiv.d 0x0 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2535, f10, 0x0)
	CHECK_FLAGS(2536, 0x0)
	/* fdiv.d 0x0 0xfffffffffffff rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2537, f10, 0x0)
	CHECK_FLAGS(2538, 0x0)
	/* fdiv.d 0x0 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2539, f10, 0x8000000000000000)
	CHECK_FLAGS(2540, 0x0)
	/* fdiv.d 0x0 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2541, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2542, 0x0)
	/* fdiv.d 0x3ff0000000000000 0x0 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2543, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2544, 0x8)
	/* fdiv.d 0x3ff0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2545, f10, 0xbff0000000000000)
	CHECK_FLAGS(2546, 0x0)
	/* fdiv.d 0x3ff0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2547, f10, 0xbfd999999999999a)
	CHECK_FLAGS(2548, 0x1)
	/* fdiv.d 0x3ff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2549, f10, 0x4000000000000)
	CHECK_FLAGS(2550, 0x3)
	/* fdiv.d 0x3ff0000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2551, f10, 0x7fd0000000000001)
	CHECK_FLAGS(2552, 0x1)
	/* fdiv.d 0x3ff0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2553, f10, 0x8000000000000000)
	CHECK_FLAGS(2554, 0x0)
	/* fdiv.d 0x3ff0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2555, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2556, 0x0)
	/* fdiv.d 0x3ff8000000000000 0x0 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2557, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2558, 0x8)
	/* fdiv.d 0x3ff8000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2559, f10, 0xbff8000000000000)
	CHECK_FLAGS(2560, 0x0)
	/* fdiv.d 0x3ff8000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2561, f10, 0xbfe3333333333333)
	CHECK_FLAGS(2562, 0x1)
	/* fdiv.d 0x3ff8000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2563, f10, 0x6000000000000)
	CHECK_FLAGS(2564, 0x3)
	/* fdiv.d 0x3ff8000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2565, f10, 0x7fd8000000000002)
	CHECK_FLAGS(2566, 0x1)
	/* fdiv.d 0x3ff8000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2567, f10, 0x8000000000000000)
	CHECK_FLAGS(2568, 0x0)
	/* fdiv.d 0x3ff8000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2569, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2570, 0x0)
	/* fdiv.d 0xc004000000000000 0x0 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2571, f10, 0xfff0000000000000)
	CHECK_FLAGS(2572, 0x8)
	/* fdiv.d 0xc004000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2573, f10, 0x4004000000000000)
	CHECK_FLAGS(2574, 0x0)
	/* fdiv.d 0xc004000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2575, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2576, 0x0)
	/* fdiv.d 0xc004000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2577, f10, 0x800a000000000000)
	CHECK_FLAGS(2578, 0x3)
	/* fdiv.d 0xc004000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2579, f10, 0xffe4000000000001)
	CHECK_FLAGS(2580, 0x1)
	/* fdiv.d 0xc004000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2581, f10, 0x0)
	CHECK_FLAGS(2582, 0x0)
	/* fdiv.d 0xc004000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2583, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2584, 0x0)
	/* fdiv.d 0xbfe0000000000000 0x0 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2585, f10, 0xfff0000000000000)
	CHECK_FLAGS(2586, 0x8)
	/* fdiv.d 0xbfe0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2587, f10, 0x3fe0000000000000)
	CHECK_FLAGS(2588, 0x0)
	/* fdiv.d 0xbfe0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2589, f10, 0x3fc999999999999a)
	CHECK_FLAGS(2590, 0x1)
	/* fdiv.d 0xbfe0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2591, f10, 0x8002000000000000)
	CHECK_FLAGS(2592, 0x3)
	/* fdiv.d 0xbfe0000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2593, f10, 0xffc0000000000001)
	CHECK_FLAGS(2594, 0x1)
	/* fdiv.d 0xbfe0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2595, f10, 0x0)
	CHECK_FLAGS(2596, 0x0)
	/* fdiv.d 0xbfe0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2597, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2598, 0x0)
	/* fdiv.d 0xffefffffffffffff 0x0 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2599, f10, 0xfff0000000000000)
	CHECK_FLAGS(2600, 0x8)
	/* fdiv.d 0xffefffffffffffff 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2601, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2602, 0x0)
	/* fdiv.d 0xffefffffffffffff 0xc004000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2603, f10, 0x7fd9999999999999)
	CHECK_FLAGS(2604, 0x1)
	/* fdiv.d 0xffefffffffffffff 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2605, f10, 0xbff0000000000000)
	CHECK_FLAGS(2606, 0x0)
	/* fdiv.d 0xffefffffffffffff 0xfffffffffffff rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2607, f10, 0xfff0000000000000)
	CHECK_FLAGS(2608, 0x5)
	/* fdiv.d 0xffefffffffffffff 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2609, f10, 0x0)
	CHECK_FLAGS(2610, 0x0)
	/* fdiv.d 0xffefffffffffffff 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2611, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2612, 0x0)
	/* fdiv.d 0xfffffffffffff 0x0 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2613, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2614, 0x8)
	/* fdiv.d 0xfffffffffffff 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2615, f10, 0x800fffffffffffff)
	CHECK_FLAGS(2616, 0x0)
	/* fdiv.d 0xfffffffffffff 0xc004000000000000 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2617, f10, 0x8006666666666666)
	CHECK_FLAGS(2618, 0x0)
	/* fdiv.d 0xfffffffffffff 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2619, f10, 0x0)
	CHECK_FLAGS(2620, 0x3)
	/* fdiv.d 0xfffffffffffff 0xfffffffffffff rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2621, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2622, 0x0)
	/* fdiv.d 0xfffffffffffff 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2623, f10, 0x8000000000000000)
	CHECK_FLAGS(2624, 0x0)
	/* fdiv.d 0xfffffffffffff 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2625, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2626, 0x0)
	/* fdiv.d 0x7ff0000000000000 0x0 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2627, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2628, 0x0)
	/* fdiv.d 0x7ff0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2629, f10, 0xfff0000000000000)
	CHECK_FLAGS(2630, 0x0)
	/* fdiv.d 0x7ff0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2631, f10, 0xfff0000000000000)
	CHECK_FLAGS(2632, 0x0)
	/* fdiv.d 0x7ff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2633, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2634, 0x0)
	/* fdiv.d 0x7ff0000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2635, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2636, 0x0)
	/* fdiv.d 0x7ff0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2637, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2638, 0x10)
	/* fdiv.d 0x7ff0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2639, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2640, 0x0)
	/* fdiv.d 0x7ff8000000000000 0x0 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2641, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2642, 0x0)
	/* fdiv.d 0x7ff8000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2643, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2644, 0x0)
	/* fdiv.d 0x7ff8000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2645, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2646, 0x0)
	/* fdiv.d 0x7ff8000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2647, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2648, 0x0)
	/* fdiv.d 0x7ff8000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2649, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2650, 0x0)
	/* fdiv.d 0x7ff8000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2651, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2652, 0x0)
	/* fdiv.d 0x7ff8000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2653, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2654, 0x0)
	/* fdiv.d 0xfff8000000001234 0x0 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2655, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2656, 0x0)
	/* fdiv.d 0xfff8000000001234 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2657, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2658, 0x0)
	/* fdiv.d 0xfff8000000001234 0xc004000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2659, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2660, 0x0)
	/* fdiv.d 0xfff8000000001234 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2661, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2662, 0x0)
	/* fdiv.d 0xfff8000000001234 0xfffffffffffff rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2663, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2664, 0x0)
	/* fdiv.d 0xfff8000000001234 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2665, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2666, 0x0)
	/* fdiv.d 0xfff8000000001234 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2667, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2668, 0x0)
	/* fdiv.d 0x3eb8475491da38d3 0x40067807c31dc011 rm=rne frm=None */
	li t0, 0x3eb8475491da38d3; fmv.d.x f11, t0; li t0, 0x40067807c31dc011; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2669, f10, 0x3ea149ea0e0429c3)
	CHECK_FLAGS(2670, 0x1)
	/* fdiv.d 0xc132800000000000 0x957e62bd5582a rm=rne frm=None */
	li t0, 0xc132800000000000; fmv.d.x f11, t0; li t0, 0x957e62bd5582a; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2671, f10, 0xfff0000000000000)
	CHECK_FLAGS(2672, 0x5)
	/* fdiv.d 0x7febede8be7a8566 0x80121cc7a0626642 rm=rne frm=None */
	li t0, 0x7febede8be7a8566; fmv.d.x f11, t0; li t0, 0x80121cc7a0626642; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2673, f10, 0xfff0000000000000)
	CHECK_FLAGS(2674, 0x5)
	/* fdiv.d 0x3fffbd1370c54e7b 0x80274d975460847c rm=rne frm=None */
	li t0, 0x3fffbd1370c54e7b; fmv.d.x f11, t0; li t0, 0x80274d975460847c; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2675, f10, 0xffc5cab61c135e46)
	CHECK_FLAGS(2676, 0x1)
	/* fdiv.d 0xc00c000000000000 0xbc1f3e5face3d681 rm=rne frm=None */
	li t0, 0xc00c000000000000; fmv.d.x f11, t0; li t0, 0xbc1f3e5face3d681; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2677, f10, 0x43dcad863fcb527d)
	CHECK_FLAGS(2678, 0x1)
	/* fdiv.d 0x800a16d3036d07ef 0x198e5e46244e7e4e rm=rne frm=None */
	li t0, 0x800a16d3036d07ef; fmv.d.x f11, t0; li t0, 0x198e5e46244e7e4e; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2679, f10, 0xa665433554532191)
	CHECK_FLAGS(2680, 0x1)
	/* fdiv.d 0x4131800000000000 0x413e800000000000 rm=rne frm=None */
	li t0, 0x4131800000000000; fmv.d.x f11, t0; li t0, 0x413e800000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2681, f10, 0x3fe25c53ef368eb0)
	CHECK_FLAGS(2682, 0x1)
	/* fdiv.d 0xada03ac41252e9f2 0x36e0800000000000 rm=rne frm=None */
	li t0, 0xada03ac41252e9f2; fmv.d.x f11, t0; li t0, 0x36e0800000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2683, f10, 0xb6af79ba52152a90)
	CHECK_FLAGS(2684, 0x1)
	/* fdiv.d 0xc006f65117f8356b 0x3fefb8167d6cd626 rm=rne frm=None */
	li t0, 0xc006f65117f8356b; fmv.d.x f11, t0; li t0, 0x3fefb8167d6cd626; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2685, f10, 0xc0072a602864aa7c)
	CHECK_FLAGS(2686, 0x1)
	/* fdiv.d 0x3ff2ffd157ae4dfb 0x802e000000000000 rm=rne frm=None */
	li t0, 0x3ff2ffd157ae4dfb; fmv.d.x f11, t0; li t0, 0x802e000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2687, f10, 0xffb444127fa8dbb6)
	CHECK_FLAGS(2688, 0x1)
	/* fdiv.d 0x413b2793418377ac 0x472c6f2ac0312 rm=rne frm=None */
	li t0, 0x413b2793418377ac; fmv.d.x f11, t0; li t0, 0x472c6f2ac0312; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2689, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2690, 0x5)
	/* fdiv.d 0x3fed800000000000 0x8820000000000000 rm=rne frm=None */
	li t0, 0x3fed800000000000; fmv.d.x f11, t0; li t0, 0x8820000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2691, f10, 0xf7bd800000000000)
	CHECK_FLAGS(2692, 0x0)
	/* fdiv.d 0x4002c24e308647a5 0x2ec619245a4de8 rm=rne frm=None */
	li t0, 0x4002c24e308647a5; fmv.d.x f11, t0; li t0, 0x2ec619245a4de8; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2693, f10, 0x7fc381a7148c79e9)
	CHECK_FLAGS(2694, 0x1)
	/* fdiv.d 0xffed661daada0b75 0x3ff4800000000000 rm=rne frm=None */
	li t0, 0xffed661daada0b75; fmv.d.x f11, t0; li t0, 0x3ff4800000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(2695, f10, 0xffe6f20aaacfa50a)
	CHECK_FLAGS(2696, 0x1)
	/* fdiv.d 0x58f000000000000 0x8021000000000000 rm=rtz frm=None */
	li t0, 0x58f000000000000; fmv.d.x f11, t0; li t0, 0x8021000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(2697, f10, 0xc55d2d2d2d2d2d2d)
	CHECK_FLAGS(2698, 0x1)
	/* fdiv.d 0x800d96512854c065 0x80197bd2e8fa3e78 rm=rtz frm=None */
	li t0, 0x800d96512854c065; fmv.d.x f11, t0; li t0, 0x80197bd2e8fa3e78; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(2699, f10, 0x3fe10fbdb2c411ec)
	CHECK_FLAGS(2700, 0x1)
	/* fdiv.d 0x400982fa8a407865 0x4001d8e63d187514 rm=rtz frm=None */
	li t0, 0x400982fa8a407865; fmv.d.x f11, t0; li t0, 0x4001d8e63d187514; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(2701, f10, 0x3ff6deff09ba353e)
	CHECK_FLAGS(2702, 0x1)
	/* fdiv.d 0x802e32bf0bd9eeeb 0xffe2d28e99d2e1fd rm=rtz frm=None */
	li t0, 0x802e32bf0bd9eeeb; fmv.d.x f11, t0; li t0, 0xffe2d28e99d2e1fd; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(2703, f10, 0x0)
	CHECK_FLAGS(2704, 0x3)
	/* fdiv.d 0x24079514ccca0 0x4139358b6bae40e3 rm=rtz frm=None */
	li t0, 0x24079514ccca0; fmv.d.x f11, t0; li t0, 0x4139358b6bae40e3; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(2705, f10, 0x16de1d7a)
	CHECK_FLAGS(2706, 0x3)
	/* fdiv.d 0x801682cff768b20a 0x2c000000000000 rm=rtz frm=None */
	li t0, 0x801682cff768b20a; fmv.d.x f11, t0; li t0, 0x2c000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(2707, f10, 0xbfd9ba123f53149d)
	CHECK_FLAGS(2708, 0x1)
	/* fdiv.d 0x1d087c3f152bc7ad 0xc135800000000000 rm=rtz frm=None */
	li t0, 0x1d087c3f152bc7ad; fmv.d.x f11, t0; li t0, 0xc135800000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(2709, f10, 0x9bc238bdd43864f7)
	CHECK_FLAGS(2710, 0x1)
	/* fdiv.d 0x1c800000000000 0x30cb5854dd519dbf rm=rtz frm=None */
	li t0, 0x1c800000000000; fmv.d.x f11, t0; li t0, 0x30cb5854dd519dbf; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(2711, f10, 0xf40ad0007a7c500)
	CHECK_FLAGS(2712, 0x1)
	/* fdiv.d 0xc13d800000000000 0xbffe78c8f4fa6907 rm=rtz frm=None */
	li t0, 0xc13d800000000000; fmv.d.x f11, t0; li t0, 0xbffe78c8f4fa6907; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(2713, f10, 0x412efabcfeeb3aa6)
	CHECK_FLAGS(2714, 0x1)
	/* fdiv.d 0x413744cfccf1bce6 0x81812b589f329ed0 rm=rtz frm=None */
	li t0, 0x413744cfccf1bce6; fmv.d.x f11, t0; li t0, 0x81812b589f329ed0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(2715, f10, 0xffa5af1f1c9ee661)
	CHECK_FLAGS(2716, 0x1)
	/* fdiv.d 0x400d52e0f46305e6 0xbff2eea885ec01a9 rm=rtz frm=None */
	li t0, 0x400d52e0f46305e6; fmv.d.x f11, t0; li t0, 0xbff2eea885ec01a9; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(2717, f10, 0xc008c83380a97e4a)
	CHECK_FLAGS(2718, 0x1)
	/* fdiv.d 0x4139df392478d1b0 0x7fe9cd424280ecd1 rm=rtz frm=None */
	li t0, 0x4139df392478d1b0; fmv.d.x f11, t0; li t0, 0x7fe9cd424280ecd1; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(2719, f10, 0x1400b23d2790cea)
	CHECK_FLAGS(2720, 0x1)
	/* fdiv.d 0xffed000000000000 0x800b000000000000 rm=rtz frm=None */
	li t0, 0xffed000000000000; fmv.d.x f11, t0; li t0, 0x800b000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(2721, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2722, 0x5)
	/* fdiv.d 0x3fe3000000000000 0x3eb1800000000000 rm=rtz frm=None */
	li t0, 0x3fe3000000000000; fmv.d.x f11, t0; li t0, 0x3eb1800000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(2723, f10, 0x41215f15f15f15f1)
	CHECK_FLAGS(2724, 0x1)
	/* fdiv.d 0x3fefb286c25f2cc1 0x29cc4bffe6ae38 rm=rdn frm=None */
	li t0, 0x3fefb286c25f2cc1; fmv.d.x f11, t0; li t0, 0x29cc4bffe6ae38; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(2725, f10, 0x7fb3a8a5d664831b)
	CHECK_FLAGS(2726, 0x1)
	/* fdiv.d 0x102b116821e72899 0x7fee89bae7051573 rm=rdn frm=None */
	li t0, 0x102b116821e72899; fmv.d.x f11, t0; li t0, 0x7fee89bae7051573; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(2727, f10, 0x0)
	CHECK_FLAGS(2728, 0x3)
	/* fdiv.d 0x8011662fd56b097d 0x7fede6c1892cfe0e rm=rdn frm=None */
	li t0, 0x8011662fd56b097d; fmv.d.x f11, t0; li t0, 0x7fede6c1892cfe0e; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(2729, f10, 0x8000000000000001)
	CHECK_FLAGS(2730, 0x3)
	/* fdiv.d 0xc134d59ceb713e49 0xd6be3a95de557e8f rm=rdn frm=None */
	li t0, 0xc134d59ceb713e49; fmv.d.x f11, t0; li t0, 0xd6be3a95de557e8f; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(2731, f10, 0x2a660e1de8d02733)
	CHECK_FLAGS(2732, 0x1)
	/* fdiv.d 0x801aa6751247ead4 0x400c81a075b2ed83 rm=rdn frm=None */
	li t0, 0x801aa6751247ead4; fmv.d.x f11, t0; li t0, 0x400c81a075b2ed83; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(2733, f10, 0x80077aa61967c96c)
	CHECK_FLAGS(2734, 0x3)
	/* fdiv.d 0xc13411b138dba189 0xbfea800000000000 rm=rdn frm=None */
	li t0, 0xc13411b138dba189; fmv.d.x f11, t0; li t0, 0xbfea800000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(2735, f10, 0x41383c0179ca6c1e)
	CHECK_FLAGS(2736, 0x1)
	/* fdiv.d 0x800b800000000000 0x8020158fad01bfeb rm=rdn frm=None */
	li t0, 0x800b800000000000; fmv.d.x f11, t0; li t0, 0x8020158fad01bfeb; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(2737, f10, 0x3fd6e12b03b58ef2)
	CHECK_FLAGS(2738, 0x1)
	/* fdiv.d 0x1393325a206097 0x12800000000000 rm=rdn frm=None */
	li t0, 0x1393325a206097; fmv.d.x f11, t0; li t0, 0x12800000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(2739, f10, 0x3ff0ee0208c20e59)
	CHECK_FLAGS(2740, 0x1)
	/* fdiv.d 0x97f8320553b7a826 0x3ff2abf91c6ee871 rm=rdn frm=None */
	li t0, 0x97f8320553b7a826; fmv.d.x f11, t0; li t0, 0x3ff2abf91c6ee871; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(2741, f10, 0x97f4bbb5aabc070c)
	CHECK_FLAGS(2742, 0x1)
	/* fdiv.d 0xbeb928c17c328d7d 0xbebf0d13f43dcff0 rm=rdn frm=None */
	li t0, 0xbeb928c17c328d7d; fmv.d.x f11, t0; li t0, 0xbebf0d13f43dcff0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(2743, f10, 0x3fe9ed957845746a)
	CHECK_FLAGS(2744, 0x1)
	/* fdiv.d 0xc13c800000000000 0xc13b388f690ab617 rm=rdn frm=None */
	li t0, 0xc13c800000000000; fmv.d.x f11, t0; li t0, 0xc13b388f690ab617; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(2745, f10, 0x3ff0c076a776051f)
	CHECK_FLAGS(2746, 0x1)
	/* fdiv.d 0xc8204c639e816ede 0xbdb0000000000000 rm=rdn frm=None */
	li t0, 0xc8204c639e816ede; fmv.d.x f11, t0; li t0, 0xbdb0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(2747, f10, 0x4a604c639e816ede)
	CHECK_FLAGS(2748, 0x0)
	/* fdiv.d 0xa5b13bd063dc191 0x92810c689d5384ca rm=rdn frm=None */
	li t0, 0xa5b13bd063dc191; fmv.d.x f11, t0; li t0, 0x92810c689d5384ca; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(2749, f10, 0xb7c96970be8a19b4)
	CHECK_FLAGS(2750, 0x1)
	/* fdiv.d 0x3eb3c5c466e34fc8 0x802b000000000000 rm=rdn frm=None */
	li t0, 0x3eb3c5c466e34fc8; fmv.d.x f11, t0; li t0, 0x802b000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(2751, f10, 0xfe776f21a959421d)
	CHECK_FLAGS(2752, 0x1)
	/* fdiv.d 0x17000000000000 0xbebf000000000000 rm=rup frm=None */
	li t0, 0x17000000000000; fmv.d.x f11, t0; li t0, 0xbebf000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(2753, f10, 0x8147bdef7bdef7bd)
	CHECK_FLAGS(2754, 0x1)
	/* fdiv.d 0x9b21dd445ecf3cc3 0x8019ebab64612ea0 rm=rup frm=None */
	li t0, 0x9b21dd445ecf3cc3; fmv.d.x f11, t0; li t0, 0x8019ebab64612ea0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(2755, f10, 0x5af60de1abbf9543)
	CHECK_FLAGS(2756, 0x1)
	/* fdiv.d 0xbffa800000000000 0x3eb6323381e2934c rm=rup frm=None */
	li t0, 0xbffa800000000000; fmv.d.x f11, t0; li t0, 0x3eb6323381e2934c; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(2757, f10, 0xc1331a3a931cca8d)
	CHECK_FLAGS(2758, 0x1)
	/* fdiv.d 0x5a6e3454f94cc42 0x8ea4797fac5ab0a9 rm=rup frm=None */
	li t0, 0x5a6e3454f94cc42; fmv.d.x f11, t0; li t0, 0x8ea4797fac5ab0a9; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(2759, f10, 0xb6f1e2c2f6dc41c8)
	CHECK_FLAGS(2760, 0x1)
	/* fdiv.d 0xbfea244758462ee9 0x1add12303f5050 rm=rup frm=None */
	li t0, 0xbfea244758462ee9; fmv.d.x f11, t0; li t0, 0x1add12303f5050; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(2761, f10, 0xffbf23dfdc6f5577)
	CHECK_FLAGS(2762, 0x1)
	/* fdiv.d 0xffe0e2a585e870f3 0x80163d5c55fd57ca rm=rup frm=None */
	li t0, 0xffe0e2a585e870f3; fmv.d.x f11, t0; li t0, 0x80163d5c55fd57ca; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(2763, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2764, 0x5)
	/* fdiv.d 0x8ee6a449349978f1 0x42c2000000000000 rm=rup frm=None */
	li t0, 0x8ee6a449349978f1; fmv.d.x f11, t0; li t0, 0x42c2000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(2765, f10, 0x8c142041124f87f2)
	CHECK_FLAGS(2766, 0x1)
	/* fdiv.d 0x400f000000000000 0xbff4000000000000 rm=rup frm=None */
	li t0, 0x400f000000000000; fmv.d.x f11, t0; li t0, 0xbff4000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(2767, f10, 0xc008cccccccccccc)
	CHECK_FLAGS(2768, 0x1)
	/* fdiv.d 0x3eb4d9a8472c34f3 0xc13af7a36edf2136 rm=rup frm=None */
	li t0, 0x3eb4d9a8472c34f3; fmv.d.x f11, t0; li t0, 0xc13af7a36edf2136; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(2769, f10, 0xbd68bdc64564a39f)
	CHECK_FLAGS(2770, 0x1)
	/* fdiv.d 0x3eb240b1cac99954 0x3ebaa752f4bacb36 rm=rup frm=None */
	li t0, 0x3eb240b1cac99954; fmv.d.x f11, t0; li t0, 0x3ebaa752f4bacb36; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(2771, f10, 0x3fe5e9faf3a61f34)
	CHECK_FLAGS(2772, 0x1)
	/* fdiv.d 0x3eb2000000000000 0x8020800000000000 rm=rup frm=None */
	li t0, 0x3eb2000000000000; fmv.d.x f11, t0; li t0, 0x8020800000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(2773, f10, 0xfe81745d1745d174)
	CHECK_FLAGS(2774, 0x1)
	/* fdiv.d 0xffea6bd0a602b179 0x8029000000000000 rm=rup frm=None */
	li t0, 0xffea6bd0a602b179; fmv.d.x f11, t0; li t0, 0x8029000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(2775, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2776, 0x5)
	/* fdiv.d 0x8027800000000000 0xc00cd5e5a4a04692 rm=rup frm=None */
	li t0, 0x8027800000000000; fmv.d.x f11, t0; li t0, 0xc00cd5e5a4a04692; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(2777, f10, 0xd0a1a7bcf2dab)
	CHECK_FLAGS(2778, 0x3)
	/* fdiv.d 0x802cfe265e4934f7 0x2cddbdd08ddbf6 rm=rup frm=None */
	li t0, 0x802cfe265e4934f7; fmv.d.x f11, t0; li t0, 0x2cddbdd08ddbf6; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(2779, f10, 0xbff011f6a12c63bf)
	CHECK_FLAGS(2780, 0x1)
	/* fdiv.d 0x22c5d2272c7343 0x3ff94cffee5f47b8 rm=rmm frm=None */
	li t0, 0x22c5d2272c7343; fmv.d.x f11, t0; li t0, 0x3ff94cffee5f47b8; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(2781, f10, 0x17be523b5ea858)
	CHECK_FLAGS(2782, 0x1)
	/* fdiv.d 0xc008bf44ae78ea2f 0x4138800000000000 rm=rmm frm=None */
	li t0, 0xc008bf44ae78ea2f; fmv.d.x f11, t0; li t0, 0x4138800000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(2783, f10, 0xbec029516cb7745d)
	CHECK_FLAGS(2784, 0x1)
	/* fdiv.d 0xf000000000000 0xbfea800000000000 rm=rmm frm=None */
	li t0, 0xf000000000000; fmv.d.x f11, t0; li t0, 0xbfea800000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(2785, f10, 0x80121cfb2b78c135)
	CHECK_FLAGS(2786, 0x1)
	/* fdiv.d 0x29800000000000 0xc13cab298a05c43e rm=rmm frm=None */
	li t0, 0x29800000000000; fmv.d.x f11, t0; li t0, 0xc13cab298a05c43e; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(2787, f10, 0x80000001c7693e37)
	CHECK_FLAGS(2788, 0x3)
	/* fdiv.d 0xffeadd40fd6a9f7e 0xffe4b86893e3cd02 rm=rmm frm=None */
	li t0, 0xffeadd40fd6a9f7e; fmv.d.x f11, t0; li t0, 0xffe4b86893e3cd02; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(2789, f10, 0x3ff4be883a15d823)
	CHECK_FLAGS(2790, 0x1)
	/* fdiv.d 0x88c5800000000000 0x3fe9800000000000 rm=rmm frm=None */
	li t0, 0x88c5800000000000; fmv.d.x f11, t0; li t0, 0x3fe9800000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(2791, f10, 0x88cafafafafafafb)
	CHECK_FLAGS(2792, 0x1)
	/* fdiv.d 0x1536f14097617b 0x801b4516878b4c2b rm=rmm frm=None */
	li t0, 0x1536f14097617b; fmv.d.x f11, t0; li t0, 0x801b4516878b4c2b; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(2793, f10, 0xbfe8e4f8e4cc88a1)
	CHECK_FLAGS(2794, 0x1)
	/* fdiv.d 0x7fe465da700753ae 0x413d0fb4ff07c8c8 rm=rmm frm=None */
	li t0, 0x7fe465da700753ae; fmv.d.x f11, t0; li t0, 0x413d0fb4ff07c8c8; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(2795, f10, 0x7e9675e1429ab399)
	CHECK_FLAGS(2796, 0x1)
	/* fdiv.d 0x2a000000000000 0x4005000000000000 rm=rmm frm=None */
	li t0, 0x2a000000000000; fmv.d.x f11, t0; li t0, 0x4005000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(2797, f10, 0x13cf3cf3cf3cf4)
	CHECK_FLAGS(2798, 0x1)
	/* fdiv.d 0xbfe1800000000000 0xbebc000000000000 rm=rmm frm=None */
	li t0, 0xbfe1800000000000; fmv.d.x f11, t0; li t0, 0xbebc000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(2799, f10, 0x4114000000000000)
	CHECK_FLAGS(2800, 0x0)
	/* fdiv.d 0x80135bbcc262d1a2 0xbfe8015144317787 rm=rmm frm=None */
	li t0, 0x80135bbcc262d1a2; fmv.d.x f11, t0; li t0, 0xbfe8015144317787; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(2801, f10, 0x19ce3bb4aa8a94)
	CHECK_FLAGS(2802, 0x1)
	/* fdiv.d 0x4135b6973770d72e 0xbebb3f55511ffe49 rm=rmm frm=None */
	li t0, 0x4135b6973770d72e; fmv.d.x f11, t0; li t0, 0xbebb3f55511ffe49; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(2803, f10, 0xc2698024ad479a74)
	CHECK_FLAGS(2804, 0x1)
	/* fdiv.d 0xbff3576028f8f8ce 0x26c01cdf63dc8c rm=rmm frm=None */
	li t0, 0xbff3576028f8f8ce; fmv.d.x f11, t0; li t0, 0x26c01cdf63dc8c; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(2805, f10, 0xffbb346ffc068fb4)
	CHECK_FLAGS(2806, 0x1)
	/* fdiv.d 0x299a811e3c5e8a55 0x3fffd608f22353be rm=rmm frm=None */
	li t0, 0x299a811e3c5e8a55; fmv.d.x f11, t0; li t0, 0x3fffd608f22353be; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(2807, f10, 0x298aa40e1c4a109b)
	CHECK_FLAGS(2808, 0x1)
	/* fdiv.d 0xbff84a24c7bb0017 0x800eda0429a15a11 rm=None frm=0 */
	li t0, 0xbff84a24c7bb0017; fmv.d.x f11, t0; li t0, 0x800eda0429a15a11; fmv.d.x f12, t0; fsrmi 0; fdiv.d f10, f11, f12
	CHECK_F(2809, f10, 0x7fda2af32d48531c)
	CHECK_FLAGS(2810, 0x1)
	/* fdiv.d 0x8017000000000000 0xeb4eb47eeff08 rm=None frm=0 */
	li t0, 0x8017000000000000; fmv.d.x f11, t0; li t0, 0xeb4eb47eeff08; fmv.d.x f12, t0; fsrmi 0; fdiv.d f10, f11, f12
	CHECK_F(2811, f10, 0xbff905c800a45cbc)
	CHECK_FLAGS(2812, 0x1)
	/* fdiv.d 0xc00f0926f32f36ea 0xc002000000000000 rm=None frm=0 */
	li t0, 0xc00f0926f32f36ea; fmv.d.x f11, t0; li t0, 0xc002000000000000; fmv.d.x f12, t0; fsrmi 0; fdiv.d f10, f11, f12
	CHECK_F(2813, f10, 0x3ffb965b82d4a297)
	CHECK_FLAGS(2814, 0x1)
	/* fdiv.d 0x4003a0676f3586af 0x800000000000 rm=None frm=0 */
	li t0, 0x4003a0676f3586af; fmv.d.x f11, t0; li t0, 0x800000000000; fmv.d.x f12, t0; fsrmi 0; fdiv.d f10, f11, f12
	CHECK_F(2815, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2816, 0x5)
	/* fdiv.d 0x3fee000000000000 0xc13f000000000000 rm=None frm=1 */
	li t0, 0x3fee000000000000; fmv.d.x f11, t0; li t0, 0xc13f000000000000; fmv.d.x f12, t0; fsrmi 1; fdiv.d f10, f11, f12
	CHECK_F(2817, f10, 0xbe9ef7bdef7bdef7)
	CHECK_FLAGS(2818, 0x1)
	/* fdiv.d 0xc009fe2a5125dc25 0x801abc4a7f5cd2da rm=None frm=1 */
	li t0, 0xc009fe2a5125dc25; fmv.d.x f11, t0; li t0, 0x801abc4a7f5cd2da; fmv.d.x f12, t0; fsrmi 1; fdiv.d f10, f11, f12
	CHECK_F(2819, f10, 0x7fdf1c6fc86ad6e7)
	CHECK_FLAGS(2820, 0x1)
	/* fdiv.d 0x7fe3a24ac6c33d7b 0xbeb07de76f406538 rm=None frm=1 */
	li t0, 0x7fe3a24ac6c33d7b; fmv.d.x f11, t0; li t0, 0xbeb07de76f406538; fmv.d.x f12, t0; fsrmi 1; fdiv.d f10, f11, f12
	CHECK_F(2821, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2822, 0x5)
	/* fdiv.d 0x17800000000000 0xc137000000000000 rm=None frm=1 */
	li t0, 0x17800000000000; fmv.d.x f11, t0; li t0, 0xc137000000000000; fmv.d.x f12, t0; fsrmi 1; fdiv.d f10, f11, f12
	CHECK_F(2823, f10, 0x800000010590b216)
	CHECK_FLAGS(2824, 0x3)
	/* fdiv.d 0x1b822754d860a605 0x7fee800000000000 rm=None frm=2 */
	li t0, 0x1b822754d860a605; fmv.d.x f11, t0; li t0, 0x7fee800000000000; fmv.d.x f12, t0; fsrmi 2; fdiv.d f10, f11, f12
	CHECK_F(2825, f10, 0x0)
	CHECK_FLAGS(2826, 0x3)
	/* fdiv.d 0x8001800000000000 0x2ccf386df4ab7aff rm=None frm=2 */
	li t0, 0x8001800000000000; fmv.d.x f11, t0; li t0, 0x2ccf386df4ab7aff; fmv.d.x f12, t0; fsrmi 2; fdiv.d f10, f11, f12
	CHECK_F(2827, f10, 0x92f8996a51d7c0a0)
	CHECK_FLAGS(2828, 0x1)
	/* fdiv.d 0x10000000000000 0x17a3000000000000 rm=None frm=2 */
	li t0, 0x10000000000000; fmv.d.x f11, t0; li t0, 0x17a3000000000000; fmv.d.x f12, t0; fsrmi 2; fdiv.d f10, f11, f12
	CHECK_F(2829, f10, 0x285af286bca1af28)
	CHECK_FLAGS(2830, 0x1)
	/* fdiv.d 0x3fe5cc1c948ab308 0xe12807825482b rm=None frm=2 */
	li t0, 0x3fe5cc1c948ab308; fmv.d.x f11, t0; li t0, 0xe12807825482b; fmv.d.x f12, t0; fsrmi 2; fdiv.d f10, f11, f12
	CHECK_F(2831, f10, 0x7fc8c88493999afe)
	CHECK_FLAGS(2832, 0x1)
	/* fdiv.d 0x41359d15ac43de7c 0x8010d0cc23d4b5de rm=None frm=3 */
	li t0, 0x41359d15ac43de7c; fmv.d.x f11, t0; li t0, 0x8010d0cc23d4b5de; fmv.d.x f12, t0; fsrmi 3; fdiv.d f10, f11, f12
	CHECK_F(2833, f10, 0xffefffffffffffff)
	CHECK_FLAGS(2834, 0x5)
	/* fdiv.d 0x41376fec73df9683 0x16800000000000 rm=None frm=3 */
	li t0, 0x41376fec73df9683; fmv.d.x f11, t0; li t0, 0x16800000000000; fmv.d.x f12, t0; fsrmi 3; fdiv.d f10, f11, f12
	CHECK_F(2835, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2836, 0x5)
	/* fdiv.d 0x5ba5800000000000 0xc131000000000000 rm=None frm=3 */
	li t0, 0x5ba5800000000000; fmv.d.x f11, t0; li t0, 0xc131000000000000; fmv.d.x f12, t0; fsrmi 3; fdiv.d f10, f11, f12
	CHECK_F(2837, f10, 0xda643c3c3c3c3c3c)
	CHECK_FLAGS(2838, 0x1)
	/* fdiv.d 0x3ffa24b10182f073 0xc001800000000000 rm=None frm=3 */
	li t0, 0x3ffa24b10182f073; fmv.d.x f11, t0; li t0, 0xc001800000000000; fmv.d.x f12, t0; fsrmi 3; fdiv.d f10, f11, f12
	CHECK_F(2839, f10, 0xbfe7e7083be56e20)
	CHECK_FLAGS(2840, 0x0)
	/* fdiv.d 0x3ff196bed39cf65b 0x7fe3000000000000 rm=None frm=4 */
	li t0, 0x3ff196bed39cf65b; fmv.d.x f11, t0; li t0, 0x7fe3000000000000; fmv.d.x f12, t0; fsrmi 4; fdiv.d f10, f11, f12
	CHECK_F(2841, f10, 0x767e48efeb892)
	CHECK_FLAGS(2842, 0x3)
	/* fdiv.d 0x9feba629c54759c5 0xc00866302a006a76 rm=None frm=4 */
	li t0, 0x9feba629c54759c5; fmv.d.x f11, t0; li t0, 0xc00866302a006a76; fmv.d.x f12, t0; fsrmi 4; fdiv.d f10, f11, f12
	CHECK_F(2843, f10, 0x1fd221936e0f374c)
	CHECK_FLAGS(2844, 0x1)
	/* fdiv.d 0x3fff29bf2228ec75 0x8fdab7a913d91 rm=None frm=4 */
	li t0, 0x3fff29bf2228ec75; fmv.d.x f11, t0; li t0, 0x8fdab7a913d91; fmv.d.x f12, t0; fsrmi 4; fdiv.d f10, f11, f12
	CHECK_F(2845, f10, 0x7febba826a4f89f1)
	CHECK_FLAGS(2846, 0x1)
	/* fdiv.d 0x802b1d6976aa8f5e 0x802c30bb58e90d3f rm=None frm=4 */
	li t0, 0x802b1d6976aa8f5e; fmv.d.x f11, t0; li t0, 0x802c30bb58e90d3f; fmv.d.x f12, t0; fsrmi 4; fdiv.d f10, f11, f12
	CHECK_F(2847, f10, 0x3feec7793431743f)
	CHECK_FLAGS(2848, 0x1)
	/* fsqrt.d 0x0 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2849, f10, 0x0)
	CHECK_FLAGS(2850, 0x0)
	/* fsqrt.d 0x8000000000000000 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2851, f10, 0x8000000000000000)
	CHECK_FLAGS(2852, 0x0)
	/* fsqrt.d 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2853, f10, 0x3ff0000000000000)
	CHECK_FLAGS(2854, 0x0)
	/* fsqrt.d 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2855, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2856, 0x10)
	/* fsqrt.d 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2857, f10, 0x3ff3988e1409212e)
	CHECK_FLAGS(2858, 0x1)
	/* fsqrt.d 0x4004000000000000 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2859, f10, 0x3ff94c583ada5b53)
	CHECK_FLAGS(2860, 0x1)
	/* fsqrt.d 0xc004000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2861, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2862, 0x10)
	/* fsqrt.d 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2863, f10, 0x3fe6a09e667f3bcd)
	CHECK_FLAGS(2864, 0x1)
	/* fsqrt.d 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2865, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2866, 0x10)
	/* fsqrt.d 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2867, f10, 0x5fefffffffffffff)
	CHECK_FLAGS(2868, 0x1)
	/* fsqrt.d 0xffefffffffffffff rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2869, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2870, 0x10)
	/* fsqrt.d 0x10000000000000 rm=rne frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2871, f10, 0x2000000000000000)
	CHECK_FLAGS(2872, 0x0)
	/* fsqrt.d 0xfffffffffffff rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2873, f10, 0x1fffffffffffffff)
	CHECK_FLAGS(2874, 0x1)
	/* fsqrt.d 0x1 rm=rne frm=None */
	li t0, 0x1; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2875, f10, 0x1e60000000000000)
	CHECK_FLAGS(2876, 0x0)
	/* fsqrt.d 0x7ff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2877, f10, 0x7ff0000000000000)
	CHECK_FLAGS(2878, 0x0)
	/* fsqrt.d 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2879, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2880, 0x10)
	/* fsqrt.d 0x7ff8000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2881, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2882, 0x0)
	/* fsqrt.d 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2883, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2884, 0x10)
	/* fsqrt.d 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2885, f10, 0x7ff8000000000000)
	CHECK_FLAGS(2886, 0x0)
	/* fsqrt.d 0x7fe2000000000000 rm=rne frm=None */
	li t0, 0x7fe2000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2887, f10, 0x5fe8000000000000)
	CHECK_FLAGS(2888, 0x0)
	/* fsqrt.d 0x3fe03b412eee19ff rm=rne frm=None */
	li t0, 0x3fe03b412eee19ff; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2889, f10, 0x3fe6ca5e1e425eaf)
	CHECK_FLAGS(2890, 0x1)
	/* fsqrt.d 0x4135dd09575a2ced rm=rne frm=None */
	li t0, 0x4135dd09575a2ced; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2891, f10, 0x4092b40dd55b69e9)
	CHECK_FLAGS(2892, 0x1)
	/* fsqrt.d 0x7800000000000 rm=rne frm=None */
	li t0, 0x7800000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2893, f10, 0x1ff5e8add236a58f)
	CHECK_FLAGS(2894, 0x1)
	/* fsqrt.d 0x4001b0e9a72e9d2a rm=rne frm=None */
	li t0, 0x4001b0e9a72e9d2a; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2895, f10, 0x3ff7cb0c04a655c6)
	CHECK_FLAGS(2896, 0x1)
	/* fsqrt.d 0x1eba583eafe695 rm=rne frm=None */
	li t0, 0x1eba583eafe695; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2897, f10, 0x20062c508c652c22)
	CHECK_FLAGS(2898, 0x1)
	/* fsqrt.d 0x4001241529c2272e rm=rne frm=None */
	li t0, 0x4001241529c2272e; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2899, f10, 0x3ff76b989d6d909c)
	CHECK_FLAGS(2900, 0x1)
	/* fsqrt.d 0x4139135dfb88ff45 rm=rne frm=None */
	li t0, 0x4139135dfb88ff45; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2901, f10, 0x409407bdb1e8208e)
	CHECK_FLAGS(2902, 0x1)
	/* fsqrt.d 0x3eb2000000000000 rm=rne frm=None */
	li t0, 0x3eb2000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2903, f10, 0x3f50f876ccdf6cd9)
	CHECK_FLAGS(2904, 0x1)
	/* fsqrt.d 0x4133b71d22a3795f rm=rne frm=None */
	li t0, 0x4133b71d22a3795f; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(2905, f10, 0x4091c2c133080aa2)
	CHECK_FLAGS(2906, 0x1)
	/* fsqrt.d 0x3fe1000000000000 rm=rtz frm=None */
	li t0, 0x3fe1000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rtz
	CHECK_F(2907, f10, 0x3fe752e50db3a3a1)
	CHECK_FLAGS(2908, 0x1)
	/* fsqrt.d 0x269dd841f150d2 rm=rtz frm=None */
	li t0, 0x269dd841f150d2; fmv.d.x f11, t0; fsqrt.d f10, f11, rtz
	CHECK_F(2909, f10, 0x200ae6f94b884139)
	CHECK_FLAGS(2910, 0x1)
	/* fsqrt.d 0x4131ba686e49a107 rm=rtz frm=None */
	li t0, 0x4131ba686e49a107; fmv.d.x f11, t0; fsqrt.d f10, f11, rtz
	CHECK_F(2911, f10, 0x4090d7888284a2bc)
	CHECK_FLAGS(2912, 0x1)
	/* fsqrt.d 0x7fe714b2d74ad599 rm=rtz frm=None */
	li t0, 0x7fe714b2d74ad599; fmv.d.x f11, t0; fsqrt.d f10, f11, rtz
	CHECK_F(2913, f10, 0x5feb2d4d7492a9be)
	CHECK_FLAGS(2914, 0x1)
	/* fsqrt.d 0x3fe8800000000000 rm=rtz frm=None */
	li t0, 0x3fe8800000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rtz
	CHECK_F(2915, f10, 0x3fec000000000000)
	CHECK_FLAGS(2916, 0x0)
	/* fsqrt.d 0x3eb04e36aee34afa rm=rtz frm=None */
	li t0, 0x3eb04e36aee34afa; fmv.d.x f11, t0; fsqrt.d f10, f11, rtz
	CHECK_F(2917, f10, 0x3f5026ec0024cbf9)
	CHECK_FLAGS(2918, 0x1)
	/* fsqrt.d 0x237b1fd033a5d4 rm=rtz frm=None */
	li t0, 0x237b1fd033a5d4; fmv.d.x f11, t0; fsqrt.d f10, f11, rtz
	CHECK_F(2919, f10, 0x2008f7c114a548c6)
	CHECK_FLAGS(2920, 0x1)
	/* fsqrt.d 0x2268fbc8d0ff7c rm=rtz frm=None */
	li t0, 0x2268fbc8d0ff7c; fmv.d.x f11, t0; fsqrt.d f10, f11, rtz
	CHECK_F(2921, f10, 0x2008459848d6c868)
	CHECK_FLAGS(2922, 0x1)
	/* fsqrt.d 0x3ff951192a0ff1af rm=rtz frm=None */
	li t0, 0x3ff951192a0ff1af; fmv.d.x f11, t0; fsqrt.d f10, f11, rtz
	CHECK_F(2923, f10, 0x3ff4205652c7a308)
	CHECK_FLAGS(2924, 0x1)
	/* fsqrt.d 0x3fff117081896055 rm=rtz frm=None */
	li t0, 0x3fff117081896055; fmv.d.x f11, t0; fsqrt.d f10, f11, rtz
	CHECK_F(2925, f10, 0x3ff64ba6d6c5e1f4)
	CHECK_FLAGS(2926, 0x1)
	/* fsqrt.d 0x3ff9800000000000 rm=rdn frm=None */
	li t0, 0x3ff9800000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rdn
	CHECK_F(2927, f10, 0x3ff432f24fb01c7a)
	CHECK_FLAGS(2928, 0x1)
	/* fsqrt.d 0x3ffcf0db6117b186 rm=rdn frm=None */
	li t0, 0x3ffcf0db6117b186; fmv.d.x f11, t0; fsqrt.d f10, f11, rdn
	CHECK_F(2929, f10, 0x3ff584c82ae00664)
	CHECK_FLAGS(2930, 0x1)
	/* fsqrt.d 0x16800000000000 rm=rdn frm=None */
	li t0, 0x16800000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rdn
	CHECK_F(2931, f10, 0x2002f9422c23c47d)
	CHECK_FLAGS(2932, 0x1)
	/* fsqrt.d 0x3fecfdd446eb27fc rm=rdn frm=None */
	li t0, 0x3fecfdd446eb27fc; fmv.d.x f11, t0; fsqrt.d f10, f11, rdn
	CHECK_F(2933, f10, 0x3fee756952df32c0)
	CHECK_FLAGS(2934, 0x1)
	/* fsqrt.d 0x3feadd31c1310d4d rm=rdn frm=None */
	li t0, 0x3feadd31c1310d4d; fmv.d.x f11, t0; fsqrt.d f10, f11, rdn
	CHECK_F(2935, f10, 0x3fed51dcdf7c35c6)
	CHECK_FLAGS(2936, 0x1)
	/* fsqrt.d 0x413e800000000000 rm=rdn frm=None */
	li t0, 0x413e800000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rdn
	CHECK_F(2937, f10, 0x409617398f2aaa47)
	CHECK_FLAGS(2938, 0x1)
	/* fsqrt.d 0x2ace800000000000 rm=rdn frm=None */
	li t0, 0x2ace800000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rdn
	CHECK_F(2939, f10, 0x355f3db2174e7468)
	CHECK_FLAGS(2940, 0x1)
	/* fsqrt.d 0x22000000000000 rm=rdn frm=None */
	li t0, 0x22000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rdn
	CHECK_F(2941, f10, 0x2008000000000000)
	CHECK_FLAGS(2942, 0x0)
	/* fsqrt.d 0x253e0679d12f7b rm=rdn frm=None */
	li t0, 0x253e0679d12f7b; fmv.d.x f11, t0; fsqrt.d f10, f11, rdn
	CHECK_F(2943, f10, 0x200a127397795fa3)
	CHECK_FLAGS(2944, 0x1)
	/* fsqrt.d 0x203292b060d53f rm=rdn frm=None */
	li t0, 0x203292b060d53f; fmv.d.x f11, t0; fsqrt.d f10, f11, rdn
	CHECK_F(2945, f10, 0x2006c44501ca3ff9)
	CHECK_FLAGS(2946, 0x1)
	/* fsqrt.d 0x21a535b26518b9 rm=rup frm=None */
	li t0, 0x21a535b26518b9; fmv.d.x f11, t0; fsqrt.d f10, f11, rup
	CHECK_F(2947, f10, 0x2007c32c0c0ef5b9)
	CHECK_FLAGS(2948, 0x1)
	/* fsqrt.d 0x413e800000000000 rm=rup frm=None */
	li t0, 0x413e800000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rup
	CHECK_F(2949, f10, 0x409617398f2aaa48)
	CHECK_FLAGS(2950, 0x1)
	/* fsqrt.d 0x13b82359a36671 rm=rup frm=None */
	li t0, 0x13b82359a36671; fmv.d.x f11, t0; fsqrt.d f10, f11, rup
	CHECK_F(2951, f10, 0x2001c3374d970ded)
	CHECK_FLAGS(2952, 0x1)
	/* fsqrt.d 0x3ff51fcd8fb8037f rm=rup frm=None */
	li t0, 0x3ff51fcd8fb8037f; fmv.d.x f11, t0; fsqrt.d f10, f11, rup
	CHECK_F(2953, f10, 0x3ff2626ac08b2841)
	CHECK_FLAGS(2954, 0x1)
	/* fsqrt.d 0x1eaf9d0c181b35 rm=rup frm=None */
	li t0, 0x1eaf9d0c181b35; fmv.d.x f11, t0; fsqrt.d f10, f11, rup
	CHECK_F(2955, f10, 0x20062871073664db)
	CHECK_FLAGS(2956, 0x1)
	/* fsqrt.d 0x8675ba6e79199 rm=rup frm=None */
	li t0, 0x8675ba6e79199; fmv.d.x f11, t0; fsqrt.d f10, f11, rup
	CHECK_F(2957, f10, 0x1ff730fd6db16382)
	CHECK_FLAGS(2958, 0x1)
	/* fsqrt.d 0x4130800000000000 rm=rup frm=None */
	li t0, 0x4130800000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rup
	CHECK_F(2959, f10, 0x40903f81f636b80c)
	CHECK_FLAGS(2960, 0x1)
	/* fsqrt.d 0x413d14f1945100c7 rm=rup frm=None */
	li t0, 0x413d14f1945100c7; fmv.d.x f11, t0; fsqrt.d f10, f11, rup
	CHECK_F(2961, f10, 0x4095922e7b3d46e9)
	CHECK_FLAGS(2962, 0x1)
	/* fsqrt.d 0xd7b000000000000 rm=rup frm=None */
	li t0, 0xd7b000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rup
	CHECK_F(2963, f10, 0x26b4c8dc2e423980)
	CHECK_FLAGS(2964, 0x1)
	/* fsqrt.d 0x10022b76998fe0 rm=rup frm=None */
	li t0, 0x10022b76998fe0; fmv.d.x f11, t0; fsqrt.d f10, f11, rup
	CHECK_F(2965, f10, 0x20000115b1e2f46a)
	CHECK_FLAGS(2966, 0x1)
	/* fsqrt.d 0x4001727a775a6e5d rm=rmm frm=None */
	li t0, 0x4001727a775a6e5d; fmv.d.x f11, t0; fsqrt.d f10, f11, rmm
	CHECK_F(2967, f10, 0x3ff7a0eaa04276cf)
	CHECK_FLAGS(2968, 0x1)
	/* fsqrt.d 0x1daa45067de63a rm=rmm frm=None */
	li t0, 0x1daa45067de63a; fmv.d.x f11, t0; fsqrt.d f10, f11, rmm
	CHECK_F(2969, f10, 0x2005c9496dd16bfd)
	CHECK_FLAGS(2970, 0x1)
	/* fsqrt.d 0x3fe7800000000000 rm=rmm frm=None */
	li t0, 0x3fe7800000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rmm
	CHECK_F(2971, f10, 0x3feb6c30b83593e6)
	CHECK_FLAGS(2972, 0x1)
	/* fsqrt.d 0xd0a535fd0b14 rm=rmm frm=None */
	li t0, 0xd0a535fd0b14; fmv.d.x f11, t0; fsqrt.d f10, f11, rmm
	CHECK_F(2973, f10, 0x1fdce39d8e7071bc)
	CHECK_FLAGS(2974, 0x1)
	/* fsqrt.d 0x1bcf92c011a644 rm=rmm frm=None */
	li t0, 0x1bcf92c011a644; fmv.d.x f11, t0; fsqrt.d f10, f11, rmm
	CHECK_F(2975, f10, 0x2005182a009f0e6a)
	CHECK_FLAGS(2976, 0x1)
	/* fsqrt.d 0x3ff2df92c21be5f4 rm=rmm frm=None */
	li t0, 0x3ff2df92c21be5f4; fmv.d.x f11, t0; fsqrt.d f10, f11, rmm
	CHECK_F(2977, f10, 0x3ff1609bf6dea96d)
	CHECK_FLAGS(2978, 0x1)
	/* fsqrt.d 0x1c24ffcb2c6dd11d rm=rmm frm=None */
	li t0, 0x1c24ffcb2c6dd11d; fmv.d.x f11, t0; fsqrt.d f10, f11, rmm
	CHECK_F(2979, f10, 0x2e09ec26af23ad8b)
	CHECK_FLAGS(2980, 0x1)
	/* fsqrt.d 0x3eb4e5dac4277471 rm=rmm frm=None */
	li t0, 0x3eb4e5dac4277471; fmv.d.x f11, t0; fsqrt.d f10, f11, rmm
	CHECK_F(2981, f10, 0x3f524921fef5a6cc)
	CHECK_FLAGS(2982, 0x1)
	/* fsqrt.d 0x3feb081efe8f0fc2 rm=rmm frm=None */
	li t0, 0x3feb081efe8f0fc2; fmv.d.x f11, t0; fsqrt.d f10, f11, rmm
	CHECK_F(2983, f10, 0x3fed694072464234)
	CHECK_FLAGS(2984, 0x1)
	/* fsqrt.d 0x7fee41516027df20 rm=rmm frm=None */
	li t0, 0x7fee41516027df20; fmv.d.x f11, t0; fsqrt.d f10, f11, rmm
	CHECK_F(2985, f10, 0x5fef1d874aafbed5)
	CHECK_FLAGS(2986, 0x1)
	/* fadd.s 0xffffffff3f800000 0xffffffff33800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(2987, f10, 0xffffffff3f800000)
	CHECK_FLAGS(2988, 0x1)
	/* fadd.s 0xffffffff3f800000 0xffffffff33800000 rm=rtz frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rtz
	CHECK_F(2989, f10, 0xffffffff3f800000)
	CHECK_FLAGS(2990, 0x1)
	/* fadd.s 0xffffffff3f800000 0xffffffff33800000 rm=rdn frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rdn
	CHECK_F(2991, f10, 0xffffffff3f800000)
	CHECK_FLAGS(2992, 0x1)
	/* fadd.s 0xffffffff3f800000 0xffffffff33800000 rm=rup frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(2993, f10, 0xffffffff3f800001)
	CHECK_FLAGS(2994, 0x1)
	/* fadd.s 0xffffffff3f800000 0xffffffff33800000 rm=rmm frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(2995, f10, 0xffffffff3f800001)
	CHECK_FLAGS(2996, 0x1)
	/* fadd.s 0xffffffff3f800000 0xffffffff33800000 rm=None frm=0 */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsrmi 0; fadd.s f10, f11, f12
	CHECK_F(2997, f10, 0xffffffff3f800000)
	CHECK_FLAGS(2998, 0x1)
	/* fadd.s 0xffffffff3f800000 0xffffffff33800000 rm=None frm=1 */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsrmi 1; fadd.s f10, f11, f12
	CHECK_F(2999, f10, 0xffffffff3f800000)
	CHECK_FLAGS(3000, 0x1)
	/* fadd.s 0xffffffff3f800000 0xffffffff33800000 rm=None frm=2 */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsrmi 2; fadd.s f10, f11, f12
	CHECK_F(3001, f10, 0xffffffff3f800000)
	CHECK_FLAGS(3002, 0x1)
	/* fadd.s 0xffffffff3f800000 0xffffffff33800000 rm=None frm=3 */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsrmi 3; fadd.s f10, f11, f12
	CHECK_F(3003, f10, 0xffffffff3f800001)
	CHECK_FLAGS(3004, 0x1)
	/* fadd.s 0xffffffff3f800000 0xffffffff33800000 rm=None frm=4 */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsrmi 4; fadd.s f10, f11, f12
	CHECK_F(3005, f10, 0xffffffff3f800001)
	CHECK_FLAGS(3006, 0x1)
	/* fsub.s 0xffffffffbf800000 0xffffffff33800000 rm=rne frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(3007, f10, 0xffffffffbf800000)
	CHECK_FLAGS(3008, 0x1)
	/* fsub.s 0xffffffffbf800000 0xffffffff33800000 rm=rtz frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(3009, f10, 0xffffffffbf800000)
	CHECK_FLAGS(3010, 0x1)
	/* fsub.s 0xffffffffbf800000 0xffffffff33800000 rm=rdn frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(3011, f10, 0xffffffffbf800001)
	CHECK_FLAGS(3012, 0x1)
	/* fsub.s 0xffffffffbf800000 0xffffffff33800000 rm=rup frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(3013, f10, 0xffffffffbf800000)
	CHECK_FLAGS(3014, 0x1)
	/* fsub.s 0xffffffffbf800000 0xffffffff33800000 rm=rmm frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(3015, f10, 0xffffffffbf800001)
	CHECK_FLAGS(3016, 0x1)
	/* fsub.s 0xffffffffbf800000 0xffffffff33800000 rm=None frm=0 */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsrmi 0; fsub.s f10, f11, f12
	CHECK_F(3017, f10, 0xffffffffbf800000)
	CHECK_FLAGS(3018, 0x1)
	/* fsub.s 0xffffffffbf800000 0xffffffff33800000 rm=None frm=1 */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsrmi 1; fsub.s f10, f11, f12
	CHECK_F(3019, f10, 0xffffffffbf800000)
	CHECK_FLAGS(3020, 0x1)
	/* fsub.s 0xffffffffbf800000 0xffffffff33800000 rm=None frm=2 */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsrmi 2; fsub.s f10, f11, f12
	CHECK_F(3021, f10, 0xffffffffbf800001)
	CHECK_FLAGS(3022, 0x1)
	/* fsub.s 0xffffffffbf800000 0xffffffff33800000 rm=None frm=3 */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsrmi 3; fsub.s f10, f11, f12
	CHECK_F(3023, f10, 0xffffffffbf800000)
	CHECK_FLAGS(3024, 0x1)
	/* fsub.s 0xffffffffbf800000 0xffffffff33800000 rm=None frm=4 */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsrmi 4; fsub.s f10, f11, f12
	CHECK_F(3025, f10, 0xffffffffbf800001)
	CHECK_FLAGS(3026, 0x1)
	/* fadd.d 0x3ff0000000000000 0x3ca0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ca0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(3027, f10, 0x3ff0000000000000)
	CHECK_FLAGS(3028, 0x1)
	/* fadd.d 0x3ff0000000000000 0x3ca0000000000000 rm=rtz frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ca0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(3029, f10, 0x3ff0000000000000)
	CHECK_FLAGS(3030, 0x1)
	/* fadd.d 0x3ff0000000000000 0x3ca0000000000000 rm=rdn frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ca0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(3031, f10, 0x3ff0000000000000)
	CHECK_FLAGS(3032, 0x1)
	/* fadd.d 0x3ff0000000000000 0x3ca0000000000000 rm=rup frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ca0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(3033, f10, 0x3ff0000000000001)
	CHECK_FLAGS(3034, 0x1)
	/* fadd.d 0x3ff0000000000000 0x3ca0000000000000 rm=rmm frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ca0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(3035, f10, 0x3ff0000000000001)
	CHECK_FLAGS(3036, 0x1)
	/* fadd.d 0x3ff0000000000000 0x3ca0000000000000 rm=None frm=0 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ca0000000000000; fmv.d.x f12, t0; fsrmi 0; fadd.d f10, f11, f12
	CHECK_F(3037, f10, 0x3ff0000000000000)
	CHECK_FLAGS(3038, 0x1)
	/* fadd.d 0x3ff0000000000000 0x3ca0000000000000 rm=None frm=1 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ca0000000000000; fmv.d.x f12, t0; fsrmi 1; fadd.d f10, f11, f12
	CHECK_F(3039, f10, 0x3ff0000000000000)
	CHECK_FLAGS(3040, 0x1)
	/* fadd.d 0x3ff0000000000000 0x3ca0000000000000 rm=None frm=2 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ca0000000000000; fmv.d.x f12, t0; fsrmi 2; fadd.d f10, f11, f12
	CHECK_F(3041, f10, 0x3ff0000000000000)
	CHECK_FLAGS(3042, 0x1)
	/* fadd.d 0x3ff0000000000000 0x3ca0000000000000 rm=None frm=3 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ca0000000000000; fmv.d.x f12, t0; fsrmi 3; fadd.d f10, f11, f12
	CHECK_F(3043, f10, 0x3ff0000000000001)
	CHECK_FLAGS(3044, 0x1)
	/* fadd.d 0x3ff0000000000000 0x3ca0000000000000 rm=None frm=4 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ca0000000000000; fmv.d.x f12, t0; fsrmi 4; fadd.d f10, f11, f12
	CHECK_F(3045, f10, 0x3ff0000000000001)
	CHECK_FLAGS(3046, 0x1)
	/* fadd.d 0xbff0000000000000 0xbca0000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbca0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(3047, f10, 0xbff0000000000000)
	CHECK_FLAGS(3048, 0x1)
	/* fadd.d 0xbff0000000000000 0xbca0000000000000 rm=rtz frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbca0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(3049, f10, 0xbff0000000000000)
	CHECK_FLAGS(3050, 0x1)
	/* fadd.d 0xbff0000000000000 0xbca0000000000000 rm=rdn frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbca0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(3051, f10, 0xbff0000000000001)
	CHECK_FLAGS(3052, 0x1)
	/* fadd.d 0xbff0000000000000 0xbca0000000000000 rm=rup frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbca0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(3053, f10, 0xbff0000000000000)
	CHECK_FLAGS(3054, 0x1)
	/* fadd.d 0xbff0000000000000 0xbca0000000000000 rm=rmm frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbca0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(3055, f10, 0xbff0000000000001)
	CHECK_FLAGS(3056, 0x1)
	/* fadd.d 0xbff0000000000000 0xbca0000000000000 rm=None frm=0 */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbca0000000000000; fmv.d.x f12, t0; fsrmi 0; fadd.d f10, f11, f12
	CHECK_F(3057, f10, 0xbff0000000000000)
	CHECK_FLAGS(3058, 0x1)
	/* fadd.d 0xbff0000000000000 0xbca0000000000000 rm=None frm=1 */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbca0000000000000; fmv.d.x f12, t0; fsrmi 1; fadd.d f10, f11, f12
	CHECK_F(3059, f10, 0xbff0000000000000)
	CHECK_FLAGS(3060, 0x1)
	/* fadd.d 0xbff0000000000000 0xbca0000000000000 rm=None frm=2 */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbca0000000000000; fmv.d.x f12, t0; fsrmi 2; fadd.d f10, f11, f12
	CHECK_F(3061, f10, 0xbff0000000000001)
	CHECK_FLAGS(3062, 0x1)
	/* fadd.d 0xbff0000000000000 0xbca0000000000000 rm=None frm=3 */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbca0000000000000; fmv.d.x f12, t0; fsrmi 3; fadd.d f10, f11, f12
	CHECK_F(3063, f10, 0xbff0000000000000)
	CHECK_FLAGS(3064, 0x1)
	/* fadd.d 0xbff0000000000000 0xbca0000000000000 rm=None frm=4 */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbca0000000000000; fmv.d.x f12, t0; fsrmi 4; fadd.d f10, f11, f12
	CHECK_F(3065, f10, 0xbff0000000000001)
	CHECK_FLAGS(3066, 0x1)
	/* fmul.s 0xffffffff7f7fffff 0xffffffff40000000 rm=rne frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff40000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(3067, f10, 0xffffffff7f800000)
	CHECK_FLAGS(3068, 0x5)
	/* fmul.s 0xffffffff7f7fffff 0xffffffff40000000 rm=rtz frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff40000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(3069, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(3070, 0x5)
	/* fmul.s 0xffffffff7f7fffff 0xffffffff40000000 rm=rdn frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff40000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(3071, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(3072, 0x5)
	/* fmul.s 0xffffffff7f7fffff 0xffffffff40000000 rm=rup frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff40000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(3073, f10, 0xffffffff7f800000)
	CHECK_FLAGS(3074, 0x5)
	/* fmul.s 0xffffffff7f7fffff 0xffffffff40000000 rm=rmm frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff40000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(3075, f10, 0xffffffff7f800000)
	CHECK_FLAGS(3076, 0x5)
	/* fmul.s 0xffffffff7f7fffff 0xffffffff40000000 rm=None frm=0 */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff40000000; fmv.d.x f12, t0; fsrmi 0; fmul.s f10, f11, f12
	CHECK_F(3077, f10, 0xffffffff7f800000)
	CHECK_FLAGS(3078, 0x5)
	/* fmul.s 0xffffffff7f7fffff 0xffffffff40000000 rm=None frm=1 */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff40000000; fmv.d.x f12, t0; fsrmi 1; fmul.s f10, f11, f12
	CHECK_F(3079, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(3080, 0x5)
	/* fmul.s 0xffffffff7f7fffff 0xffffffff40000000 rm=None frm=2 */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff40000000; fmv.d.x f12, t0; fsrmi 2; fmul.s f10, f11, f12
	CHECK_F(3081, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(3082, 0x5)
	/* fmul.s 0xffffffff7f7fffff 0xffffffff40000000 rm=None frm=3 */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff40000000; fmv.d.x f12, t0; fsrmi 3; fmul.s f10, f11, f12
	CHECK_F(3083, f10, 0xffffffff7f800000)
	CHECK_FLAGS(3084, 0x5)
	/* fmul.s 0xffffffff7f7fffff 0xffffffff40000000 rm=None frm=4 */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff40000000; fmv.d.x f12, t0; fsrmi 4; fmul.s f10, f11, f12
	CHECK_F(3085, f10, 0xffffffff7f800000)
	CHECK_FLAGS(3086, 0x5)
	/* fmul.d 0xffefffffffffffff 0x4000000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(3087, f10, 0xfff0000000000000)
	CHECK_FLAGS(3088, 0x5)
	/* fmul.d 0xffefffffffffffff 0x4000000000000000 rm=rtz frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(3089, f10, 0xffefffffffffffff)
	CHECK_FLAGS(3090, 0x5)
	/* fmul.d 0xffefffffffffffff 0x4000000000000000 rm=rdn frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(3091, f10, 0xfff0000000000000)
	CHECK_FLAGS(3092, 0x5)
	/* fmul.d 0xffefffffffffffff 0x4000000000000000 rm=rup frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(3093, f10, 0xffefffffffffffff)
	CHECK_FLAGS(3094, 0x5)
	/* fmul.d 0xffefffffffffffff 0x4000000000000000 rm=rmm frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(3095, f10, 0xfff0000000000000)
	CHECK_FLAGS(3096, 0x5)
	/* fmul.d 0xffefffffffffffff 0x4000000000000000 rm=None frm=0 */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; fsrmi 0; fmul.d f10, f11, f12
	CHECK_F(3097, f10, 0xfff0000000000000)
	CHECK_FLAGS(3098, 0x5)
	/* fmul.d 0xffefffffffffffff 0x4000000000000000 rm=None frm=1 */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; fsrmi 1; fmul.d f10, f11, f12
	CHECK_F(3099, f10, 0xffefffffffffffff)
	CHECK_FLAGS(3100, 0x5)
	/* fmul.d 0xffefffffffffffff 0x4000000000000000 rm=None frm=2 */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; fsrmi 2; fmul.d f10, f11, f12
	CHECK_F(3101, f10, 0xfff0000000000000)
	CHECK_FLAGS(3102, 0x5)
	/* fmul.d 0xffefffffffffffff 0x4000000000000000 rm=None frm=3 */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; fsrmi 3; fmul.d f10, f11, f12
	CHECK_F(3103, f10, 0xffefffffffffffff)
	CHECK_FLAGS(3104, 0x5)
	/* fmul.d 0xffefffffffffffff 0x4000000000000000 rm=None frm=4 */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; fsrmi 4; fmul.d f10, f11, f12
	CHECK_F(3105, f10, 0xfff0000000000000)
	CHECK_FLAGS(3106, 0x5)
	/* fmul.s 0xffffffff00800000 0xffffffff3f7fffff rm=rne frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(3107, f10, 0xffffffff00800000)
	CHECK_FLAGS(3108, 0x3)
	/* fmul.s 0xffffffff00800000 0xffffffff3f7fffff rm=rtz frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(3109, f10, 0xffffffff007fffff)
	CHECK_FLAGS(3110, 0x3)
	/* fmul.s 0xffffffff00800000 0xffffffff3f7fffff rm=rdn frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(3111, f10, 0xffffffff007fffff)
	CHECK_FLAGS(3112, 0x3)
	/* fmul.s 0xffffffff00800000 0xffffffff3f7fffff rm=rup frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(3113, f10, 0xffffffff00800000)
	CHECK_FLAGS(3114, 0x3)
	/* fmul.s 0xffffffff00800000 0xffffffff3f7fffff rm=rmm frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(3115, f10, 0xffffffff00800000)
	CHECK_FLAGS(3116, 0x3)
	/* fmul.s 0xffffffff00800000 0xffffffff3f7fffff rm=None frm=0 */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; fsrmi 0; fmul.s f10, f11, f12
	CHECK_F(3117, f10, 0xffffffff00800000)
	CHECK_FLAGS(3118, 0x3)
	/* fmul.s 0xffffffff00800000 0xffffffff3f7fffff rm=None frm=1 */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; fsrmi 1; fmul.s f10, f11, f12
	CHECK_F(3119, f10, 0xffffffff007fffff)
	CHECK_FLAGS(3120, 0x3)
	/* fmul.s 0xffffffff00800000 0xffffffff3f7fffff rm=None frm=2 */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; fsrmi 2; fmul.s f10, f11, f12
	CHECK_F(3121, f10, 0xffffffff007fffff)
	CHECK_FLAGS(3122, 0x3)
	/* fmul.s 0xffffffff00800000 0xffffffff3f7fffff rm=None frm=3 */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; fsrmi 3; fmul.s f10, f11, f12
	CHECK_F(3123, f10, 0xffffffff00800000)
	CHECK_FLAGS(3124, 0x3)
	/* fmul.s 0xffffffff00800000 0xffffffff3f7fffff rm=None frm=4 */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; fsrmi 4; fmul.s f10, f11, f12
	CHECK_F(3125, f10, 0xffffffff00800000)
	CHECK_FLAGS(3126, 0x3)
	/* fmul.s 0xffffffff00000001 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(3127, f10, 0xffffffff00000000)
	CHECK_FLAGS(3128, 0x3)
	/* fmul.s 0xffffffff00000001 0xffffffff3f000000 rm=rtz frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(3129, f10, 0xffffffff00000000)
	CHECK_FLAGS(3130, 0x3)
	/* fmul.s 0xffffffff00000001 0xffffffff3f000000 rm=rdn frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(3131, f10, 0xffffffff00000000)
	CHECK_FLAGS(3132, 0x3)
	/* fmul.s 0xffffffff00000001 0xffffffff3f000000 rm=rup frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(3133, f10, 0xffffffff00000001)
	CHECK_FLAGS(3134, 0x3)
	/* fmul.s 0xffffffff00000001 0xffffffff3f000000 rm=rmm frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(3135, f10, 0xffffffff00000001)
	CHECK_FLAGS(3136, 0x3)
	/* fmul.s 0xffffffff00000001 0xffffffff3f000000 rm=None frm=0 */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fsrmi 0; fmul.s f10, f11, f12
	CHECK_F(3137, f10, 0xffffffff00000000)
	CHECK_FLAGS(3138, 0x3)
	/* fmul.s 0xffffffff00000001 0xffffffff3f000000 rm=None frm=1 */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fsrmi 1; fmul.s f10, f11, f12
	CHECK_F(3139, f10, 0xffffffff00000000)
	CHECK_FLAGS(3140, 0x3)
	/* fmul.s 0xffffffff00000001 0xffffffff3f000000 rm=None frm=2 */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fsrmi 2; fmul.s f10, f11, f12
	CHECK_F(3141, f10, 0xffffffff00000000)
	CHECK_FLAGS(3142, 0x3)
	/* fmul.s 0xffffffff00000001 0xffffffff3f000000 rm=None frm=3 */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fsrmi 3; fmul.s f10, f11, f12
	CHECK_F(3143, f10, 0xffffffff00000001)
	CHECK_FLAGS(3144, 0x3)
	/* fmul.s 0xffffffff00000001 0xffffffff3f000000 rm=None frm=4 */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fsrmi 4; fmul.s f10, f11, f12
	CHECK_F(3145, f10, 0xffffffff00000001)
	CHECK_FLAGS(3146, 0x3)
	/* fmul.s 0xffffffff80000003 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffff80000003; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(3147, f10, 0xffffffff80000002)
	CHECK_FLAGS(3148, 0x3)
	/* fmul.s 0xffffffff80000003 0xffffffff3f000000 rm=rtz frm=None */
	li t0, 0xffffffff80000003; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(3149, f10, 0xffffffff80000001)
	CHECK_FLAGS(3150, 0x3)
	/* fmul.s 0xffffffff80000003 0xffffffff3f000000 rm=rdn frm=None */
	li t0, 0xffffffff80000003; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(3151, f10, 0xffffffff80000002)
	CHECK_FLAGS(3152, 0x3)
	/* fmul.s 0xffffffff80000003 0xffffffff3f000000 rm=rup frm=None */
	li t0, 0xffffffff80000003; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(3153, f10, 0xffffffff80000001)
	CHECK_FLAGS(3154, 0x3)
	/* fmul.s 0xffffffff80000003 0xffffffff3f000000 rm=rmm frm=None */
	li t0, 0xffffffff80000003; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(3155, f10, 0xffffffff80000002)
	CHECK_FLAGS(3156, 0x3)
	/* fmul.s 0xffffffff80000003 0xffffffff3f000000 rm=None frm=0 */
	li t0, 0xffffffff80000003; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fsrmi 0; fmul.s f10, f11, f12
	CHECK_F(3157, f10, 0xffffffff80000002)
	CHECK_FLAGS(3158, 0x3)
	/* fmul.s 0xffffffff80000003 0xffffffff3f000000 rm=None frm=1 */
	li t0, 0xffffffff80000003; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fsrmi 1; fmul.s f10, f11, f12
	CHECK_F(3159, f10, 0xffffffff80000001)
	CHECK_FLAGS(3160, 0x3)
	/* fmul.s 0xffffffff80000003 0xffffffff3f000000 rm=None frm=2 */
	li t0, 0xffffffff80000003; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fsrmi 2; fmul.s f10, f11, f12
	CHECK_F(3161, f10, 0xffffffff80000002)
	CHECK_FLAGS(3162, 0x3)
	/* fmul.s 0xffffffff80000003 0xffffffff3f000000 rm=None frm=3 */
	li t0, 0xffffffff80000003; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fsrmi 3; fmul.s f10, f11, f12
	CHECK_F(3163, f10, 0xffffffff80000001)
	CHECK_FLAGS(3164, 0x3)
	/* fmul.s 0xffffffff80000003 0xffffffff3f000000 rm=None frm=4 */
	li t0, 0xffffffff80000003; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fsrmi 4; fmul.s f10, f11, f12
	CHECK_F(3165, f10, 0xffffffff80000002)
	CHECK_FLAGS(3166, 0x3)
	/* fmul.d 0x8000000000000001 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(3167, f10, 0x8000000000000000)
	CHECK_FLAGS(3168, 0x3)
	/* fmul.d 0x8000000000000001 0x3fe0000000000000 rm=rtz frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(3169, f10, 0x8000000000000000)
	CHECK_FLAGS(3170, 0x3)
	/* fmul.d 0x8000000000000001 0x3fe0000000000000 rm=rdn frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(3171, f10, 0x8000000000000001)
	CHECK_FLAGS(3172, 0x3)
	/* fmul.d 0x8000000000000001 0x3fe0000000000000 rm=rup frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(3173, f10, 0x8000000000000000)
	CHECK_FLAGS(3174, 0x3)
	/* fmul.d 0x8000000000000001 0x3fe0000000000000 rm=rmm frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(3175, f10, 0x8000000000000001)
	CHECK_FLAGS(3176, 0x3)
	/* fmul.d 0x8000000000000001 0x3fe0000000000000 rm=None frm=0 */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; fsrmi 0; fmul.d f10, f11, f12
	CHECK_F(3177, f10, 0x8000000000000000)
	CHECK_FLAGS(3178, 0x3)
	/* fmul.d 0x8000000000000001 0x3fe0000000000000 rm=None frm=1 */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; fsrmi 1; fmul.d f10, f11, f12
	CHECK_F(3179, f10, 0x8000000000000000)
	CHECK_FLAGS(3180, 0x3)
	/* fmul.d 0x8000000000000001 0x3fe0000000000000 rm=None frm=2 */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; fsrmi 2; fmul.d f10, f11, f12
	CHECK_F(3181, f10, 0x8000000000000001)
	CHECK_FLAGS(3182, 0x3)
	/* fmul.d 0x8000000000000001 0x3fe0000000000000 rm=None frm=3 */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; fsrmi 3; fmul.d f10, f11, f12
	CHECK_F(3183, f10, 0x8000000000000000)
	CHECK_FLAGS(3184, 0x3)
	/* fmul.d 0x8000000000000001 0x3fe0000000000000 rm=None frm=4 */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; fsrmi 4; fmul.d f10, f11, f12
	CHECK_F(3185, f10, 0x8000000000000001)
	CHECK_FLAGS(3186, 0x3)
	/* fmul.d 0x10000000000000 0x3fefffffffffffff rm=rne frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; li t0, 0x3fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(3187, f10, 0x10000000000000)
	CHECK_FLAGS(3188, 0x3)
	/* fmul.d 0x10000000000000 0x3fefffffffffffff rm=rtz frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; li t0, 0x3fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(3189, f10, 0xfffffffffffff)
	CHECK_FLAGS(3190, 0x3)
	/* fmul.d 0x10000000000000 0x3fefffffffffffff rm=rdn frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; li t0, 0x3fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(3191, f10, 0xfffffffffffff)
	CHECK_FLAGS(3192, 0x3)
	/* fmul.d 0x10000000000000 0x3fefffffffffffff rm=rup frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; li t0, 0x3fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(3193, f10, 0x10000000000000)
	CHECK_FLAGS(3194, 0x3)
	/* fmul.d 0x10000000000000 0x3fefffffffffffff rm=rmm frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; li t0, 0x3fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(3195, f10, 0x10000000000000)
	CHECK_FLAGS(3196, 0x3)
	/* fmul.d 0x10000000000000 0x3fefffffffffffff rm=None frm=0 */
	li t0, 0x10000000000000; fmv.d.x f11, t0; li t0, 0x3fefffffffffffff; fmv.d.x f12, t0; fsrmi 0; fmul.d f10, f11, f12
	CHECK_F(3197, f10, 0x10000000000000)
	CHECK_FLAGS(3198, 0x3)
	/* fmul.d 0x10000000000000 0x3fefffffffffffff rm=None frm=1 */
	li t0, 0x10000000000000; fmv.d.x f11, t0; li t0, 0x3fefffffffffffff; fmv.d.x f12, t0; fsrmi 1; fmul.d f10, f11, f12
	CHECK_F(3199, f10, 0xfffffffffffff)
	CHECK_FLAGS(3200, 0x3)
	/* fmul.d 0x10000000000000 0x3fefffffffffffff rm=None frm=2 */
	li t0, 0x10000000000000; fmv.d.x f11, t0; li t0, 0x3fefffffffffffff; fmv.d.x f12, t0; fsrmi 2; fmul.d f10, f11, f12
	CHECK_F(3201, f10, 0xfffffffffffff)
	CHECK_FLAGS(3202, 0x3)
	/* fmul.d 0x10000000000000 0x3fefffffffffffff rm=None frm=3 */
	li t0, 0x10000000000000; fmv.d.x f11, t0; li t0, 0x3fefffffffffffff; fmv.d.x f12, t0; fsrmi 3; fmul.d f10, f11, f12
	CHECK_F(3203, f10, 0x10000000000000)
	CHECK_FLAGS(3204, 0x3)
	/* fmul.d 0x10000000000000 0x3fefffffffffffff rm=None frm=4 */
	li t0, 0x10000000000000; fmv.d.x f11, t0; li t0, 0x3fefffffffffffff; fmv.d.x f12, t0; fsrmi 4; fmul.d f10, f11, f12
	CHECK_F(3205, f10, 0x10000000000000)
	CHECK_FLAGS(3206, 0x3)
	/* fdiv.s 0xffffffff00800000 0xffffffff3f800001 rm=rne frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(3207, f10, 0xffffffff007fffff)
	CHECK_FLAGS(3208, 0x3)
	/* fdiv.s 0xffffffff00800000 0xffffffff3f800001 rm=rtz frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(3209, f10, 0xffffffff007fffff)
	CHECK_FLAGS(3210, 0x3)
	/* fdiv.s 0xffffffff00800000 0xffffffff3f800001 rm=rdn frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(3211, f10, 0xffffffff007fffff)
	CHECK_FLAGS(3212, 0x3)
	/* fdiv.s 0xffffffff00800000 0xffffffff3f800001 rm=rup frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(3213, f10, 0xffffffff00800000)
	CHECK_FLAGS(3214, 0x3)
	/* fdiv.s 0xffffffff00800000 0xffffffff3f800001 rm=rmm frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(3215, f10, 0xffffffff007fffff)
	CHECK_FLAGS(3216, 0x3)
	/* fdiv.s 0xffffffff00800000 0xffffffff3f800001 rm=None frm=0 */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; fsrmi 0; fdiv.s f10, f11, f12
	CHECK_F(3217, f10, 0xffffffff007fffff)
	CHECK_FLAGS(3218, 0x3)
	/* fdiv.s 0xffffffff00800000 0xffffffff3f800001 rm=None frm=1 */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; fsrmi 1; fdiv.s f10, f11, f12
	CHECK_F(3219, f10, 0xffffffff007fffff)
	CHECK_FLAGS(3220, 0x3)
	/* fdiv.s 0xffffffff00800000 0xffffffff3f800001 rm=None frm=2 */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; fsrmi 2; fdiv.s f10, f11, f12
	CHECK_F(3221, f10, 0xffffffff007fffff)
	CHECK_FLAGS(3222, 0x3)
	/* fdiv.s 0xffffffff00800000 0xffffffff3f800001 rm=None frm=3 */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; fsrmi 3; fdiv.s f10, f11, f12
	CHECK_F(3223, f10, 0xffffffff00800000)
	CHECK_FLAGS(3224, 0x3)
	/* fdiv.s 0xffffffff00800000 0xffffffff3f800001 rm=None frm=4 */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; fsrmi 4; fdiv.s f10, f11, f12
	CHECK_F(3225, f10, 0xffffffff007fffff)
	CHECK_FLAGS(3226, 0x3)
	/* fdiv.d 0x3ff0000000000000 0x4008000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x4008000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(3227, f10, 0x3fd5555555555555)
	CHECK_FLAGS(3228, 0x1)
	/* fdiv.d 0x3ff0000000000000 0x4008000000000000 rm=rtz frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x4008000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(3229, f10, 0x3fd5555555555555)
	CHECK_FLAGS(3230, 0x1)
	/* fdiv.d 0x3ff0000000000000 0x4008000000000000 rm=rdn frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x4008000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(3231, f10, 0x3fd5555555555555)
	CHECK_FLAGS(3232, 0x1)
	/* fdiv.d 0x3ff0000000000000 0x4008000000000000 rm=rup frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x4008000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(3233, f10, 0x3fd5555555555556)
	CHECK_FLAGS(3234, 0x1)
	/* fdiv.d 0x3ff0000000000000 0x4008000000000000 rm=rmm frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x4008000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(3235, f10, 0x3fd5555555555555)
	CHECK_FLAGS(3236, 0x1)
	/* fdiv.d 0x3ff0000000000000 0x4008000000000000 rm=None frm=0 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x4008000000000000; fmv.d.x f12, t0; fsrmi 0; fdiv.d f10, f11, f12
	CHECK_F(3237, f10, 0x3fd5555555555555)
	CHECK_FLAGS(3238, 0x1)
	/* fdiv.d 0x3ff0000000000000 0x4008000000000000 rm=None frm=1 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x4008000000000000; fmv.d.x f12, t0; fsrmi 1; fdiv.d f10, f11, f12
	CHECK_F(3239, f10, 0x3fd5555555555555)
	CHECK_FLAGS(3240, 0x1)
	/* fdiv.d 0x3ff0000000000000 0x4008000000000000 rm=None frm=2 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x4008000000000000; fmv.d.x f12, t0; fsrmi 2; fdiv.d f10, f11, f12
	CHECK_F(3241, f10, 0x3fd5555555555555)
	CHECK_FLAGS(3242, 0x1)
	/* fdiv.d 0x3ff0000000000000 0x4008000000000000 rm=None frm=3 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x4008000000000000; fmv.d.x f12, t0; fsrmi 3; fdiv.d f10, f11, f12
	CHECK_F(3243, f10, 0x3fd5555555555556)
	CHECK_FLAGS(3244, 0x1)
	/* fdiv.d 0x3ff0000000000000 0x4008000000000000 rm=None frm=4 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x4008000000000000; fmv.d.x f12, t0; fsrmi 4; fdiv.d f10, f11, f12
	CHECK_F(3245, f10, 0x3fd5555555555555)
	CHECK_FLAGS(3246, 0x1)
	/* fsub.d 0x3ff0000000000000 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(3247, f10, 0x0)
	CHECK_FLAGS(3248, 0x0)
	/* fsub.d 0x3ff0000000000000 0x3ff0000000000000 rm=rtz frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(3249, f10, 0x0)
	CHECK_FLAGS(3250, 0x0)
	/* fsub.d 0x3ff0000000000000 0x3ff0000000000000 rm=rdn frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(3251, f10, 0x8000000000000000)
	CHECK_FLAGS(3252, 0x0)
	/* fsub.d 0x3ff0000000000000 0x3ff0000000000000 rm=rup frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(3253, f10, 0x0)
	CHECK_FLAGS(3254, 0x0)
	/* fsub.d 0x3ff0000000000000 0x3ff0000000000000 rm=rmm frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(3255, f10, 0x0)
	CHECK_FLAGS(3256, 0x0)
	/* fsub.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=0 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsrmi 0; fsub.d f10, f11, f12
	CHECK_F(3257, f10, 0x0)
	CHECK_FLAGS(3258, 0x0)
	/* fsub.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=1 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsrmi 1; fsub.d f10, f11, f12
	CHECK_F(3259, f10, 0x0)
	CHECK_FLAGS(3260, 0x0)
	/* fsub.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=2 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsrmi 2; fsub.d f10, f11, f12
	CHECK_F(3261, f10, 0x8000000000000000)
	CHECK_FLAGS(3262, 0x0)
	/* fsub.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=3 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsrmi 3; fsub.d f10, f11, f12
	CHECK_F(3263, f10, 0x0)
	CHECK_FLAGS(3264, 0x0)
	/* fsub.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=4 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsrmi 4; fsub.d f10, f11, f12
	CHECK_F(3265, f10, 0x0)
	CHECK_FLAGS(3266, 0x0)
	/* fdiv.s 0xffffffff3f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(3267, f10, 0xffffffff7f800000)
	CHECK_FLAGS(3268, 0x8)
	/* fdiv.s 0xffffffff3f800000 0xffffffff00000000 rm=rtz frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(3269, f10, 0xffffffff7f800000)
	CHECK_FLAGS(3270, 0x8)
	/* fdiv.s 0xffffffff3f800000 0xffffffff00000000 rm=rdn frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(3271, f10, 0xffffffff7f800000)
	CHECK_FLAGS(3272, 0x8)
	/* fdiv.s 0xffffffff3f800000 0xffffffff00000000 rm=rup frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(3273, f10, 0xffffffff7f800000)
	CHECK_FLAGS(3274, 0x8)
	/* fdiv.s 0xffffffff3f800000 0xffffffff00000000 rm=rmm frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(3275, f10, 0xffffffff7f800000)
	CHECK_FLAGS(3276, 0x8)
	/* fdiv.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=0 */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsrmi 0; fdiv.s f10, f11, f12
	CHECK_F(3277, f10, 0xffffffff7f800000)
	CHECK_FLAGS(3278, 0x8)
	/* fdiv.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=1 */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsrmi 1; fdiv.s f10, f11, f12
	CHECK_F(3279, f10, 0xffffffff7f800000)
	CHECK_FLAGS(3280, 0x8)
	/* fdiv.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=2 */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsrmi 2; fdiv.s f10, f11, f12
	CHECK_F(3281, f10, 0xffffffff7f800000)
	CHECK_FLAGS(3282, 0x8)
	/* fdiv.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=3 */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsrmi 3; fdiv.s f10, f11, f12
	CHECK_F(3283, f10, 0xffffffff7f800000)
	CHECK_FLAGS(3284, 0x8)
	/* fdiv.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=4 */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsrmi 4; fdiv.s f10, f11, f12
	CHECK_F(3285, f10, 0xffffffff7f800000)
	CHECK_FLAGS(3286, 0x8)
	/* fdiv.d 0x8000000000000000 0x0 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(3287, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3288, 0x10)
	/* fdiv.d 0x8000000000000000 0x0 rm=rtz frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(3289, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3290, 0x10)
	/* fdiv.d 0x8000000000000000 0x0 rm=rdn frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(3291, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3292, 0x10)
	/* fdiv.d 0x8000000000000000 0x0 rm=rup frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(3293, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3294, 0x10)
	/* fdiv.d 0x8000000000000000 0x0 rm=rmm frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(3295, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3296, 0x10)
	/* fdiv.d 0x8000000000000000 0x0 rm=None frm=0 */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsrmi 0; fdiv.d f10, f11, f12
	CHECK_F(3297, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3298, 0x10)
	/* fdiv.d 0x8000000000000000 0x0 rm=None frm=1 */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsrmi 1; fdiv.d f10, f11, f12
	CHECK_F(3299, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3300, 0x10)
	/* fdiv.d 0x8000000000000000 0x0 rm=None frm=2 */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsrmi 2; fdiv.d f10, f11, f12
	CHECK_F(3301, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3302, 0x10)
	/* fdiv.d 0x8000000000000000 0x0 rm=None frm=3 */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsrmi 3; fdiv.d f10, f11, f12
	CHECK_F(3303, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3304, 0x10)
	/* fdiv.d 0x8000000000000000 0x0 rm=None frm=4 */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsrmi 4; fdiv.d f10, f11, f12
	CHECK_F(3305, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3306, 0x10)
	/* fsqrt.s 0xffffffff40000000 rm=rne frm=None */
	li t0, 0xffffffff40000000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(3307, f10, 0xffffffff3fb504f3)
	CHECK_FLAGS(3308, 0x1)
	/* fsqrt.s 0xffffffff40000000 rm=rtz frm=None */
	li t0, 0xffffffff40000000; fmv.d.x f11, t0; fsqrt.s f10, f11, rtz
	CHECK_F(3309, f10, 0xffffffff3fb504f3)
	CHECK_FLAGS(3310, 0x1)
	/* fsqrt.s 0xffffffff40000000 rm=rdn frm=None */
	li t0, 0xffffffff40000000; fmv.d.x f11, t0; fsqrt.s f10, f11, rdn
	CHECK_F(3311, f10, 0xffffffff3fb504f3)
	CHECK_FLAGS(3312, 0x1)
	/* fsqrt.s 0xffffffff40000000 rm=rup frm=None */
	li t0, 0xffffffff40000000; fmv.d.x f11, t0; fsqrt.s f10, f11, rup
	CHECK_F(3313, f10, 0xffffffff3fb504f4)
	CHECK_FLAGS(3314, 0x1)
	/* fsqrt.s 0xffffffff40000000 rm=rmm frm=None */
	li t0, 0xffffffff40000000; fmv.d.x f11, t0; fsqrt.s f10, f11, rmm
	CHECK_F(3315, f10, 0xffffffff3fb504f3)
	CHECK_FLAGS(3316, 0x1)
	/* fsqrt.s 0xffffffff40000000 rm=None frm=0 */
	li t0, 0xffffffff40000000; fmv.d.x f11, t0; fsrmi 0; fsqrt.s f10, f11
	CHECK_F(3317, f10, 0xffffffff3fb504f3)
	CHECK_FLAGS(3318, 0x1)
	/* fsqrt.s 0xffffffff40000000 rm=None frm=1 */
	li t0, 0xffffffff40000000; fmv.d.x f11, t0; fsrmi 1; fsqrt.s f10, f11
	CHECK_F(3319, f10, 0xffffffff3fb504f3)
	CHECK_FLAGS(3320, 0x1)
	/* fsqrt.s 0xffffffff40000000 rm=None frm=2 */
	li t0, 0xffffffff40000000; fmv.d.x f11, t0; fsrmi 2; fsqrt.s f10, f11
	CHECK_F(3321, f10, 0xffffffff3fb504f3)
	CHECK_FLAGS(3322, 0x1)
	/* fsqrt.s 0xffffffff40000000 rm=None frm=3 */
	li t0, 0xffffffff40000000; fmv.d.x f11, t0; fsrmi 3; fsqrt.s f10, f11
	CHECK_F(3323, f10, 0xffffffff3fb504f4)
	CHECK_FLAGS(3324, 0x1)
	/* fsqrt.s 0xffffffff40000000 rm=None frm=4 */
	li t0, 0xffffffff40000000; fmv.d.x f11, t0; fsrmi 4; fsqrt.s f10, f11
	CHECK_F(3325, f10, 0xffffffff3fb504f3)
	CHECK_FLAGS(3326, 0x1)
	/* fsqrt.d 0x4000000000000000 rm=rne frm=None */
	li t0, 0x4000000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(3327, f10, 0x3ff6a09e667f3bcd)
	CHECK_FLAGS(3328, 0x1)
	/* fsqrt.d 0x4000000000000000 rm=rtz frm=None */
	li t0, 0x4000000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rtz
	CHECK_F(3329, f10, 0x3ff6a09e667f3bcc)
	CHECK_FLAGS(3330, 0x1)
	/* fsqrt.d 0x4000000000000000 rm=rdn frm=None */
	li t0, 0x4000000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rdn
	CHECK_F(3331, f10, 0x3ff6a09e667f3bcc)
	CHECK_FLAGS(3332, 0x1)
	/* fsqrt.d 0x4000000000000000 rm=rup frm=None */
	li t0, 0x4000000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rup
	CHECK_F(3333, f10, 0x3ff6a09e667f3bcd)
	CHECK_FLAGS(3334, 0x1)
	/* fsqrt.d 0x4000000000000000 rm=rmm frm=None */
	li t0, 0x4000000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rmm
	CHECK_F(3335, f10, 0x3ff6a09e667f3bcd)
	CHECK_FLAGS(3336, 0x1)
	/* fsqrt.d 0x4000000000000000 rm=None frm=0 */
	li t0, 0x4000000000000000; fmv.d.x f11, t0; fsrmi 0; fsqrt.d f10, f11
	CHECK_F(3337, f10, 0x3ff6a09e667f3bcd)
	CHECK_FLAGS(3338, 0x1)
	/* fsqrt.d 0x4000000000000000 rm=None frm=1 */
	li t0, 0x4000000000000000; fmv.d.x f11, t0; fsrmi 1; fsqrt.d f10, f11
	CHECK_F(3339, f10, 0x3ff6a09e667f3bcc)
	CHECK_FLAGS(3340, 0x1)
	/* fsqrt.d 0x4000000000000000 rm=None frm=2 */
	li t0, 0x4000000000000000; fmv.d.x f11, t0; fsrmi 2; fsqrt.d f10, f11
	CHECK_F(3341, f10, 0x3ff6a09e667f3bcc)
	CHECK_FLAGS(3342, 0x1)
	/* fsqrt.d 0x4000000000000000 rm=None frm=3 */
	li t0, 0x4000000000000000; fmv.d.x f11, t0; fsrmi 3; fsqrt.d f10, f11
	CHECK_F(3343, f10, 0x3ff6a09e667f3bcd)
	CHECK_FLAGS(3344, 0x1)
	/* fsqrt.d 0x4000000000000000 rm=None frm=4 */
	li t0, 0x4000000000000000; fmv.d.x f11, t0; fsrmi 4; fsqrt.d f10, f11
	CHECK_F(3345, f10, 0x3ff6a09e667f3bcd)
	CHECK_FLAGS(3346, 0x1)
	/* fsqrt.d 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(3347, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3348, 0x10)
	/* fsqrt.d 0xbff0000000000000 rm=rtz frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rtz
	CHECK_F(3349, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3350, 0x10)
	/* fsqrt.d 0xbff0000000000000 rm=rdn frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rdn
	CHECK_F(3351, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3352, 0x10)
	/* fsqrt.d 0xbff0000000000000 rm=rup frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rup
	CHECK_F(3353, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3354, 0x10)
	/* fsqrt.d 0xbff0000000000000 rm=rmm frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rmm
	CHECK_F(3355, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3356, 0x10)
	/* fsqrt.d 0xbff0000000000000 rm=None frm=0 */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fsrmi 0; fsqrt.d f10, f11
	CHECK_F(3357, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3358, 0x10)
	/* fsqrt.d 0xbff0000000000000 rm=None frm=1 */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fsrmi 1; fsqrt.d f10, f11
	CHECK_F(3359, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3360, 0x10)
	/* fsqrt.d 0xbff0000000000000 rm=None frm=2 */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fsrmi 2; fsqrt.d f10, f11
	CHECK_F(3361, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3362, 0x10)
	/* fsqrt.d 0xbff0000000000000 rm=None frm=3 */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fsrmi 3; fsqrt.d f10, f11
	CHECK_F(3363, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3364, 0x10)
	/* fsqrt.d 0xbff0000000000000 rm=None frm=4 */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fsrmi 4; fsqrt.d f10, f11
	CHECK_F(3365, f10, 0x7ff8000000000000)
	CHECK_FLAGS(3366, 0x10)
TEST_END
