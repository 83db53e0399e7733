/* F and D arithmetic: fadd, fsub, fmul, fdiv, fsqrt in every rounding mode, with fflags.
 * Generated at test-writing time: every case ran under qemu-riscv64 7.2 (softfloat, the
 * reference), whose result bits and fflags are the expected values; the edge values
 * follow the F/D chapters of the unprivileged spec (NaN boxing, canonical NaN, fcvt
 * saturation, tininess after rounding, every rounding mode static and through frm).
 * Each case has two checks (result, then flags). Exit statuses hold 8 bits, so check
 * numbers wrap from 255 to 1: a failing status s is check s, s+255, s+510... */
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
	CHECK_FLAGS(1, 0x1)
	/* fadd.s 0xffffffff3faf0113 0xffffffff3a083cac rm=rdn frm=None */
	li t0, 0xffffffff3faf0113; fmv.d.x f11, t0; li t0, 0xffffffff3a083cac; fmv.d.x f12, t0; fadd.s f10, f11, f12, rdn
	CHECK_F(2, f10, 0xffffffff3faf121a)
	CHECK_FLAGS(3, 0x1)
	/* fadd.s 0xffffffffc051abeb 0xffffffff40200000 rm=rdn frm=None */
	li t0, 0xffffffffc051abeb; fmv.d.x f11, t0; li t0, 0xffffffff40200000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rdn
	CHECK_F(4, f10, 0xffffffffbf46afac)
	CHECK_FLAGS(5, 0x0)
	/* fadd.s 0xffffffff80eaaf84 0xffffffffff6040db rm=rup frm=None */
	li t0, 0xffffffff80eaaf84; fmv.d.x f11, t0; li t0, 0xffffffffff6040db; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(6, f10, 0xffffffffff6040db)
	CHECK_FLAGS(7, 0x1)
	/* fadd.s 0xffffffff40100000 0xffffffff01600000 rm=rup frm=None */
	li t0, 0xffffffff40100000; fmv.d.x f11, t0; li t0, 0xffffffff01600000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(8, f10, 0xffffffff40100001)
	CHECK_FLAGS(9, 0x1)
	/* fadd.s 0xffffffff49a42bf9 0xffffffff8007f5fd rm=rup frm=None */
	li t0, 0xffffffff49a42bf9; fmv.d.x f11, t0; li t0, 0xffffffff8007f5fd; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(10, f10, 0xffffffff49a42bf9)
	CHECK_FLAGS(11, 0x1)
	/* fadd.s 0xffffffffbf7ab5a2 0xffffffff005d5082 rm=rup frm=None */
	li t0, 0xffffffffbf7ab5a2; fmv.d.x f11, t0; li t0, 0xffffffff005d5082; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(12, f10, 0xffffffffbf7ab5a1)
	CHECK_FLAGS(13, 0x1)
	/* fadd.s 0xffffffff80280000 0xffffffff006de031 rm=rup frm=None */
	li t0, 0xffffffff80280000; fmv.d.x f11, t0; li t0, 0xffffffff006de031; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(14, f10, 0xffffffff0045e031)
	CHECK_FLAGS(15, 0x0)
	/* fadd.s 0xffffffff00282996 0xffffffff0176065b rm=rup frm=None */
	li t0, 0xffffffff00282996; fmv.d.x f11, t0; li t0, 0xffffffff0176065b; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(16, f10, 0xffffffff01850d93)
	CHECK_FLAGS(17, 0x0)
	/* fadd.s 0xffffffff7f380000 0xffffffff00496729 rm=rup frm=None */
	li t0, 0xffffffff7f380000; fmv.d.x f11, t0; li t0, 0xffffffff00496729; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(18, f10, 0xffffffff7f380001)
	CHECK_FLAGS(19, 0x1)
	/* fadd.s 0xffffffff8098cc9a 0xffffffff18540000 rm=rup frm=None */
	li t0, 0xffffffff8098cc9a; fmv.d.x f11, t0; li t0, 0xffffffff18540000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(20, f10, 0xffffffff18540000)
	CHECK_FLAGS(21, 0x1)
	/* fadd.s 0xffffffff4983b3f5 0xffffffffbf8e712a rm=rup frm=None */
	li t0, 0xffffffff4983b3f5; fmv.d.x f11, t0; li t0, 0xffffffffbf8e712a; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(22, f10, 0xffffffff4983b3ed)
	CHECK_FLAGS(23, 0x1)
	/* fadd.s 0xffffffff000c0000 0xffffffff35fc0000 rm=rup frm=None */
	li t0, 0xffffffff000c0000; fmv.d.x f11, t0; li t0, 0xffffffff35fc0000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(24, f10, 0xffffffff35fc0001)
	CHECK_FLAGS(25, 0x1)
	/* fadd.s 0xffffffff4034468c 0xffffffff40601024 rm=rup frm=None */
	li t0, 0xffffffff4034468c; fmv.d.x f11, t0; li t0, 0xffffffff40601024; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(26, f10, 0xffffffff40ca2b58)
	CHECK_FLAGS(27, 0x0)
	/* fadd.s 0xffffffff3fbd22b2 0xffffffffb5fd5068 rm=rup frm=None */
	li t0, 0xffffffff3fbd22b2; fmv.d.x f11, t0; li t0, 0xffffffffb5fd5068; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(28, f10, 0xffffffff3fbd22a3)
	CHECK_FLAGS(29, 0x1)
	/* fadd.s 0xffffffffbf3d3747 0xffffffffbf8fb08b rm=rup frm=None */
	li t0, 0xffffffffbf3d3747; fmv.d.x f11, t0; li t0, 0xffffffffbf8fb08b; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(30, f10, 0xffffffffbfee4c2e)
	CHECK_FLAGS(31, 0x1)
	/* fadd.s 0xffffffff40180000 0xffffffff005cd313 rm=rup frm=None */
	li t0, 0xffffffff40180000; fmv.d.x f11, t0; li t0, 0xffffffff005cd313; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(32, f10, 0xffffffff40180001)
	CHECK_FLAGS(33, 0x1)
	/* fadd.s 0xffffffffc9c40240 0xffffffff00d10d8f rm=rmm frm=None */
	li t0, 0xffffffffc9c40240; fmv.d.x f11, t0; li t0, 0xffffffff00d10d8f; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(34, f10, 0xffffffffc9c40240)
	CHECK_FLAGS(35, 0x1)
	/* fadd.s 0xffffffff3fca53f9 0xffffffffff1da648 rm=rmm frm=None */
	li t0, 0xffffffff3fca53f9; fmv.d.x f11, t0; li t0, 0xffffffffff1da648; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(36, f10, 0xffffffffff1da648)
	CHECK_FLAGS(37, 0x1)
	/* fadd.s 0xffffffffbfa80000 0xffffffffff380000 rm=rmm frm=None */
	li t0, 0xffffffffbfa80000; fmv.d.x f11, t0; li t0, 0xffffffffff380000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(38, f10, 0xffffffffff380000)
	CHECK_FLAGS(39, 0x1)
	/* fadd.s 0xffffffff405907c9 0xffffffffbfe93a72 rm=rmm frm=None */
	li t0, 0xffffffff405907c9; fmv.d.x f11, t0; li t0, 0xffffffffbfe93a72; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(40, f10, 0xffffffff3fc8d520)
	CHECK_FLAGS(41, 0x0)
	/* fadd.s 0xffffffffbf792526 0xffffffff96bc0000 rm=rmm frm=None */
	li t0, 0xffffffffbf792526; fmv.d.x f11, t0; li t0, 0xffffffff96bc0000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(42, f10, 0xffffffffbf792526)
	CHECK_FLAGS(43, 0x1)
	/* fadd.s 0xffffffffff100000 0xffffffff40779b03 rm=rmm frm=None */
	li t0, 0xffffffffff100000; fmv.d.x f11, t0; li t0, 0xffffffff40779b03; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(44, f10, 0xffffffffff100000)
	CHECK_FLAGS(45, 0x1)
	/* fadd.s 0xffffffff8068f20b 0xffffffffff300000 rm=rmm frm=None */
	li t0, 0xffffffff8068f20b; fmv.d.x f11, t0; li t0, 0xffffffffff300000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(46, f10, 0xffffffffff300000)
	CHECK_FLAGS(47, 0x1)
	/* fadd.s 0xffffffff81640000 0xffffffffb5a7cbea rm=rmm frm=None */
	li t0, 0xffffffff81640000; fmv.d.x f11, t0; li t0, 0xffffffffb5a7cbea; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(48, f10, 0xffffffffb5a7cbea)
	CHECK_FLAGS(49, 0x1)
	/* fadd.s 0xffffffff8088eccd 0xffffffffc0539608 rm=rmm frm=None */
	li t0, 0xffffffff8088eccd; fmv.d.x f11, t0; li t0, 0xffffffffc0539608; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(50, f10, 0xffffffffc0539608)
	CHECK_FLAGS(51, 0x1)
	/* fadd.s 0xffffffff82d80000 0xffffffffbfc40000 rm=rmm frm=None */
	li t0, 0xffffffff82d80000; fmv.d.x f11, t0; li t0, 0xffffffffbfc40000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(52, f10, 0xffffffffbfc40000)
	CHECK_FLAGS(53, 0x1)
	/* fadd.s 0xffffffffc0140000 0xffffffffbfec0000 rm=rmm frm=None */
	li t0, 0xffffffffc0140000; fmv.d.x f11, t0; li t0, 0xffffffffbfec0000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(54, f10, 0xffffffffc0850000)
	CHECK_FLAGS(55, 0x0)
	/* fadd.s 0xffffffff1c8c0000 0xffffffff8075b052 rm=rmm frm=None */
	li t0, 0xffffffff1c8c0000; fmv.d.x f11, t0; li t0, 0xffffffff8075b052; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(56, f10, 0xffffffff1c8c0000)
	CHECK_FLAGS(57, 0x1)
	/* fadd.s 0xffffffff81067809 0xffffffff4010e6ee rm=rmm frm=None */
	li t0, 0xffffffff81067809; fmv.d.x f11, t0; li t0, 0xffffffff4010e6ee; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(58, f10, 0xffffffff4010e6ee)
	CHECK_FLAGS(59, 0x1)
	/* fadd.s 0xffffffff810b77d4 0xffffffff01740000 rm=rmm frm=None */
	li t0, 0xffffffff810b77d4; fmv.d.x f11, t0; li t0, 0xffffffff01740000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(60, f10, 0xffffffff00d11058)
	CHECK_FLAGS(61, 0x0)
	/* fadd.s 0xffffffff00c18271 0xffffffff00d79c60 rm=None frm=0 */
	li t0, 0xffffffff00c18271; fmv.d.x f11, t0; li t0, 0xffffffff00d79c60; fmv.d.x f12, t0; fsrmi 0; fadd.s f10, f11, f12
	CHECK_F(62, f10, 0xffffffff014c8f68)
	CHECK_FLAGS(63, 0x1)
	/* fadd.s 0xffffffff18343ba3 0xffffffff8078f8f0 rm=None frm=0 */
	li t0, 0xffffffff18343ba3; fmv.d.x f11, t0; li t0, 0xffffffff8078f8f0; fmv.d.x f12, t0; fsrmi 0; fadd.s f10, f11, f12
	CHECK_F(64, f10, 0xffffffff18343ba3)
	CHECK_FLAGS(65, 0x1)
	/* fadd.s 0xffffffff404ec823 0xffffffff12700000 rm=None frm=0 */
	li t0, 0xffffffff404ec823; fmv.d.x f11, t0; li t0, 0xffffffff12700000; fmv.d.x f12, t0; fsrmi 0; fadd.s f10, f11, f12
	CHECK_F(66, f10, 0xffffffff404ec823)
	CHECK_FLAGS(67, 0x1)
	/* fadd.s 0xffffffffc983439e 0xffffffff20dffc86 rm=None frm=0 */
	li t0, 0xffffffffc983439e; fmv.d.x f11, t0; li t0, 0xffffffff20dffc86; fmv.d.x f12, t0; fsrmi 0; fadd.s f10, f11, f12
	CHECK_F(68, f10, 0xffffffffc983439e)
	CHECK_FLAGS(69, 0x1)
	/* fadd.s 0xffffffffb5960cee 0xffffffff04025755 rm=None frm=1 */
	li t0, 0xffffffffb5960cee; fmv.d.x f11, t0; li t0, 0xffffffff04025755; fmv.d.x f12, t0; fsrmi 1; fadd.s f10, f11, f12
	CHECK_F(70, f10, 0xffffffffb5960ced)
	CHECK_FLAGS(71, 0x1)
	/* fadd.s 0xffffffff3fdc0000 0xffffffffb5ceefea rm=None frm=1 */
	li t0, 0xffffffff3fdc0000; fmv.d.x f11, t0; li t0, 0xffffffffb5ceefea; fmv.d.x f12, t0; fsrmi 1; fadd.s f10, f11, f12
	CHECK_F(72, f10, 0xffffffff3fdbfff3)
	CHECK_FLAGS(73, 0x1)
	/* fadd.s 0xffffffff3fb80000 0xffffffff35ecffca rm=None frm=1 */
	li t0, 0xffffffff3fb80000; fmv.d.x f11, t0; li t0, 0xffffffff35ecffca; fmv.d.x f12, t0; fsrmi 1; fadd.s f10, f11, f12
	CHECK_F(74, f10, 0xffffffff3fb8000e)
	CHECK_FLAGS(75, 0x1)
	/* fadd.s 0xffffffffc01d4a52 0xffffffffff5fa7af rm=None frm=1 */
	li t0, 0xffffffffc01d4a52; fmv.d.x f11, t0; li t0, 0xffffffffff5fa7af; fmv.d.x f12, t0; fsrmi 1; fadd.s f10, f11, f12
	CHECK_F(76, f10, 0xffffffffff5fa7af)
	CHECK_FLAGS(77, 0x1)
	/* fadd.s 0xffffffff4d700000 0xffffffffa4f80000 rm=None frm=2 */
	li t0, 0xffffffff4d700000; fmv.d.x f11, t0; li t0, 0xffffffffa4f80000; fmv.d.x f12, t0; fsrmi 2; fadd.s f10, f11, f12
	CHECK_F(78, f10, 0xffffffff4d6fffff)
	CHECK_FLAGS(79, 0x1)
	/* fadd.s 0xffffffff0096c83c 0xffffffff00840000 rm=None frm=2 */
	li t0, 0xffffffff0096c83c; fmv.d.x f11, t0; li t0, 0xffffffff00840000; fmv.d.x f12, t0; fsrmi 2; fadd.s f10, f11, f12
	CHECK_F(80, f10, 0xffffffff010d641e)
	CHECK_FLAGS(81, 0x0)
	/* fadd.s 0xffffffff005c9cf4 0xffffffff49b3170c rm=None frm=2 */
	li t0, 0xffffffff005c9cf4; fmv.d.x f11, t0; li t0, 0xffffffff49b3170c; fmv.d.x f12, t0; fsrmi 2; fadd.s f10, f11, f12
	CHECK_F(82, f10, 0xffffffff49b3170c)
	CHECK_FLAGS(83, 0x1)
	/* fadd.s 0xffffffff094d8af6 0xffffffffbf49d183 rm=None frm=2 */
	li t0, 0xffffffff094d8af6; fmv.d.x f11, t0; li t0, 0xffffffffbf49d183; fmv.d.x f12, t0; fsrmi 2; fadd.s f10, f11, f12
	CHECK_F(84, f10, 0xffffffffbf49d183)
	CHECK_FLAGS(85, 0x1)
	/* fadd.s 0xffffffffaf67fe44 0xffffffff8e529451 rm=None frm=3 */
	li t0, 0xffffffffaf67fe44; fmv.d.x f11, t0; li t0, 0xffffffff8e529451; fmv.d.x f12, t0; fsrmi 3; fadd.s f10, f11, f12
	CHECK_F(86, f10, 0xffffffffaf67fe44)
	CHECK_FLAGS(87, 0x1)
	/* fadd.s 0xffffffffbf430259 0xffffffff0012b2d7 rm=None frm=3 */
	li t0, 0xffffffffbf430259; fmv.d.x f11, t0; li t0, 0xffffffff0012b2d7; fmv.d.x f12, t0; fsrmi 3; fadd.s f10, f11, f12
	CHECK_F(88, f10, 0xffffffffbf430258)
	CHECK_FLAGS(89, 0x1)
	/* fadd.s 0xffffffffff2f7ddc 0xffffffff00140000 rm=None frm=3 */
	li t0, 0xffffffffff2f7ddc; fmv.d.x f11, t0; li t0, 0xffffffff00140000; fmv.d.x f12, t0; fsrmi 3; fadd.s f10, f11, f12
	CHECK_F(90, f10, 0xffffffffff2f7ddb)
	CHECK_FLAGS(91, 0x1)
	/* fadd.s 0xffffffffc0100000 0xffffffff35d3c4c9 rm=None frm=3 */
	li t0, 0xffffffffc0100000; fmv.d.x f11, t0; li t0, 0xffffffff35d3c4c9; fmv.d.x f12, t0; fsrmi 3; fadd.s f10, f11, f12
	CHECK_F(92, f10, 0xffffffffc00ffff9)
	CHECK_FLAGS(93, 0x1)
	/* fadd.s 0xffffffffc071c4a4 0xffffffffa8000000 rm=None frm=4 */
	li t0, 0xffffffffc071c4a4; fmv.d.x f11, t0; li t0, 0xffffffffa8000000; fmv.d.x f12, t0; fsrmi 4; fadd.s f10, f11, f12
	CHECK_F(94, f10, 0xffffffffc071c4a4)
	CHECK_FLAGS(95, 0x1)
	/* fadd.s 0xffffffff3f815311 0xffffffffff01c44f rm=None frm=4 */
	li t0, 0xffffffff3f815311; fmv.d.x f11, t0; li t0, 0xffffffffff01c44f; fmv.d.x f12, t0; fsrmi 4; fadd.s f10, f11, f12
	CHECK_F(96, f10, 0xffffffffff01c44f)
	CHECK_FLAGS(97, 0x1)
	/* fadd.s 0xffffffffbf426041 0xffffffffc9ddc38d rm=None frm=4 */
	li t0, 0xffffffffbf426041; fmv.d.x f11, t0; li t0, 0xffffffffc9ddc38d; fmv.d.x f12, t0; fsrmi 4; fadd.s f10, f11, f12
	CHECK_F(98, f10, 0xffffffffc9ddc393)
	CHECK_FLAGS(99, 0x1)
	/* fadd.s 0xffffffff80c6a8c2 0xffffffffc9c0492e rm=None frm=4 */
	li t0, 0xffffffff80c6a8c2; fmv.d.x f11, t0; li t0, 0xffffffffc9c0492e; fmv.d.x f12, t0; fsrmi 4; fadd.s f10, f11, f12
	CHECK_F(100, f10, 0xffffffffc9c0492e)
	CHECK_FLAGS(101, 0x1)
	/* fsub.s 0xffffffff00000000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(102, f10, 0xffffffff00000000)
	CHECK_FLAGS(103, 0x0)
	/* fsub.s 0xffffffff00000000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(104, f10, 0xffffffff3f800000)
	CHECK_FLAGS(105, 0x0)
	/* fsub.s 0xffffffff00000000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(106, f10, 0xffffffff40200000)
	CHECK_FLAGS(107, 0x0)
	/* fsub.s 0xffffffff00000000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(108, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(109, 0x0)
	/* fsub.s 0xffffffff00000000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(110, f10, 0xffffffff807fffff)
	CHECK_FLAGS(111, 0x0)
	/* fsub.s 0xffffffff00000000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(112, f10, 0xffffffff7f800000)
	CHECK_FLAGS(113, 0x0)
	/* fsub.s 0xffffffff00000000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(114, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(115, 0x0)
	/* fsub.s 0xffffffff00000000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(116, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(117, 0x0)
	/* fsub.s 0xffffffff3f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(118, f10, 0xffffffff3f800000)
	CHECK_FLAGS(119, 0x0)
	/* fsub.s 0xffffffff3f800000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(120, f10, 0xffffffff40000000)
	CHECK_FLAGS(121, 0x0)
	/* fsub.s 0xffffffff3f800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(122, f10, 0xffffffff40600000)
	CHECK_FLAGS(123, 0x0)
	/* fsub.s 0xffffffff3f800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(124, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(125, 0x1)
	/* fsub.s 0xffffffff3f800000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(126, f10, 0xffffffff3f800000)
	CHECK_FLAGS(127, 0x1)
	/* fsub.s 0xffffffff3f800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(128, f10, 0xffffffff7f800000)
	CHECK_FLAGS(129, 0x0)
	/* fsub.s 0xffffffff3f800000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(130, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(131, 0x0)
	/* fsub.s 0xffffffff3f800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(132, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(133, 0x0)
	/* fsub.s 0xffffffff3fc00000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(134, f10, 0xffffffff3fc00000)
	CHECK_FLAGS(135, 0x0)
	/* fsub.s 0xffffffff3fc00000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(136, f10, 0xffffffff40200000)
	CHECK_FLAGS(137, 0x0)
	/* fsub.s 0xffffffff3fc00000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(138, f10, 0xffffffff40800000)
	CHECK_FLAGS(139, 0x0)
	/* fsub.s 0xffffffff3fc00000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(140, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(141, 0x1)
	/* fsub.s 0xffffffff3fc00000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(142, f10, 0xffffffff3fc00000)
	CHECK_FLAGS(143, 0x1)
	/* fsub.s 0xffffffff3fc00000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(144, f10, 0xffffffff7f800000)
	CHECK_FLAGS(145, 0x0)
	/* fsub.s 0xffffffff3fc00000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(146, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(147, 0x0)
	/* fsub.s 0xffffffff3fc00000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(148, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(149, 0x0)
	/* fsub.s 0xffffffffc0200000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(150, f10, 0xffffffffc0200000)
	CHECK_FLAGS(151, 0x0)
	/* fsub.s 0xffffffffc0200000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(152, f10, 0xffffffffbfc00000)
	CHECK_FLAGS(153, 0x0)
	/* fsub.s 0xffffffffc0200000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(154, f10, 0xffffffff00000000)
	CHECK_FLAGS(155, 0x0)
	/* fsub.s 0xffffffffc0200000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(156, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(157, 0x1)
	/* fsub.s 0xffffffffc0200000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(158, f10, 0xffffffffc0200000)
	CHECK_FLAGS(159, 0x1)
	/* fsub.s 0xffffffffc0200000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(160, f10, 0xffffffff7f800000)
	CHECK_FLAGS(161, 0x0)
	/* fsub.s 0xffffffffc0200000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(162, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(163, 0x0)
	/* fsub.s 0xffffffffc0200000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(164, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(165, 0x0)
	/* fsub.s 0xffffffffbf000000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(166, f10, 0xffffffffbf000000)
	CHECK_FLAGS(167, 0x0)
	/* fsub.s 0xffffffffbf000000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(168, f10, 0xffffffff3f000000)
	CHECK_FLAGS(169, 0x0)
	/* fsub.s 0xffffffffbf000000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(170, f10, 0xffffffff40000000)
	CHECK_FLAGS(171, 0x0)
	/* fsub.s 0xffffffffbf000000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(172, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(173, 0x1)
	/* fsub.s 0xffffffffbf000000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(174, f10, 0xffffffffbf000000)
	CHECK_FLAGS(175, 0x1)
	/* fsub.s 0xffffffffbf000000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(176, f10, 0xffffffff7f800000)
	CHECK_FLAGS(177, 0x0)
	/* fsub.s 0xffffffffbf000000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(178, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(179, 0x0)
	/* fsub.s 0xffffffffbf000000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(180, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(181, 0x0)
	/* fsub.s 0xffffffffff7fffff 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(182, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(183, 0x0)
	/* fsub.s 0xffffffffff7fffff 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(184, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(185, 0x1)
	/* fsub.s 0xffffffffff7fffff 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(186, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(187, 0x1)
	/* fsub.s 0xffffffffff7fffff 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(188, f10, 0xffffffffff800000)
	CHECK_FLAGS(189, 0x5)
	/* fsub.s 0xffffffffff7fffff 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(190, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(191, 0x1)
	/* fsub.s 0xffffffffff7fffff 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(192, f10, 0xffffffff7f800000)
	CHECK_FLAGS(193, 0x0)
	/* fsub.s 0xffffffffff7fffff 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(194, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(195, 0x0)
	/* fsub.s 0xffffffffff7fffff 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(196, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(197, 0x0)
	/* fsub.s 0xffffffff007fffff 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(198, f10, 0xffffffff007fffff)
	CHECK_FLAGS(199, 0x0)
	/* fsub.s 0xffffffff007fffff 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(200, f10, 0xffffffff3f800000)
	CHECK_FLAGS(201, 0x1)
	/* fsub.s 0xffffffff007fffff 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(202, f10, 0xffffffff40200000)
	CHECK_FLAGS(203, 0x1)
	/* fsub.s 0xffffffff007fffff 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(204, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(205, 0x1)
	/* fsub.s 0xffffffff007fffff 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(206, f10, 0xffffffff00000000)
	CHECK_FLAGS(207, 0x0)
	/* fsub.s 0xffffffff007fffff 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(208, f10, 0xffffffff7f800000)
	CHECK_FLAGS(209, 0x0)
	/* fsub.s 0xffffffff007fffff 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(210, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(211, 0x0)
	/* fsub.s 0xffffffff007fffff 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(212, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(213, 0x0)
	/* fsub.s 0xffffffff7f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(214, f10, 0xffffffff7f800000)
	CHECK_FLAGS(215, 0x0)
	/* fsub.s 0xffffffff7f800000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(216, f10, 0xffffffff7f800000)
	CHECK_FLAGS(217, 0x0)
	/* fsub.s 0xffffffff7f800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(218, f10, 0xffffffff7f800000)
	CHECK_FLAGS(219, 0x0)
	/* fsub.s 0xffffffff7f800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(220, f10, 0xffffffff7f800000)
	CHECK_FLAGS(221, 0x0)
	/* fsub.s 0xffffffff7f800000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(222, f10, 0xffffffff7f800000)
	CHECK_FLAGS(223, 0x0)
	/* fsub.s 0xffffffff7f800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(224, f10, 0xffffffff7f800000)
	CHECK_FLAGS(225, 0x0)
	/* fsub.s 0xffffffff7f800000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(226, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(227, 0x0)
	/* fsub.s 0xffffffff7f800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(228, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(229, 0x0)
	/* fsub.s 0xffffffff7fc00000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(230, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(231, 0x0)
	/* fsub.s 0xffffffff7fc00000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(232, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(233, 0x0)
	/* fsub.s 0xffffffff7fc00000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(234, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(235, 0x0)
	/* fsub.s 0xffffffff7fc00000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(236, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(237, 0x0)
	/* fsub.s 0xffffffff7fc00000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(238, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(239, 0x0)
	/* fsub.s 0xffffffff7fc00000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(240, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(241, 0x0)
	/* fsub.s 0xffffffff7fc00000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(242, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(243, 0x0)
	/* fsub.s 0xffffffff7fc00000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(244, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(245, 0x0)
	/* fsub.s 0xffffffffffc12345 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(246, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(247, 0x0)
	/* fsub.s 0xffffffffffc12345 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(248, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(249, 0x0)
	/* fsub.s 0xffffffffffc12345 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(250, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(251, 0x0)
	/* fsub.s 0xffffffffffc12345 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(252, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(253, 0x0)
	/* fsub.s 0xffffffffffc12345 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(254, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(255, 0x0)
	/* fsub.s 0xffffffffffc12345 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(1, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(2, 0x0)
	/* fsub.s 0xffffffffffc12345 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(3, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(4, 0x0)
	/* fsub.s 0xffffffffffc12345 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(5, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(6, 0x0)
	/* fsub.s 0x3f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(7, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(8, 0x0)
	/* fsub.s 0x3f800000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(9, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(10, 0x0)
	/* fsub.s 0x3f800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(11, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(12, 0x0)
	/* fsub.s 0x3f800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(13, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(14, 0x0)
	/* fsub.s 0x3f800000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(15, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(16, 0x0)
	/* fsub.s 0x3f800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(17, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(18, 0x0)
	/* fsub.s 0x3f800000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(19, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(20, 0x0)
	/* fsub.s 0x3f800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(21, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(22, 0x0)
	/* fsub.s 0xffffffff8165663e 0xffffffffc9df20af rm=rne frm=None */
	li t0, 0xffffffff8165663e; fmv.d.x f11, t0; li t0, 0xffffffffc9df20af; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(23, f10, 0xffffffff49df20af)
	CHECK_FLAGS(24, 0x1)
	/* fsub.s 0xffffffff00d152f0 0xffffffffc001faa2 rm=rne frm=None */
	li t0, 0xffffffff00d152f0; fmv.d.x f11, t0; li t0, 0xffffffffc001faa2; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(25, f10, 0xffffffff4001faa2)
	CHECK_FLAGS(26, 0x1)
	/* fsub.s 0xffffffff35adeab4 0xffffffff805a0b41 rm=rne frm=None */
	li t0, 0xffffffff35adeab4; fmv.d.x f11, t0; li t0, 0xffffffff805a0b41; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(27, f10, 0xffffffff35adeab4)
	CHECK_FLAGS(28, 0x1)
	/* fsub.s 0xffffffff81240000 0xffffffff4061d5c1 rm=rne frm=None */
	li t0, 0xffffffff81240000; fmv.d.x f11, t0; li t0, 0xffffffff4061d5c1; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(29, f10, 0xffffffffc061d5c1)
	CHECK_FLAGS(30, 0x1)
	/* fsub.s 0xffffffff407c0000 0xffffffffbff40000 rm=rne frm=None */
	li t0, 0xffffffff407c0000; fmv.d.x f11, t0; li t0, 0xffffffffbff40000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(31, f10, 0xffffffff40bb0000)
	CHECK_FLAGS(32, 0x0)
	/* fsub.s 0xffffffff80028f47 0xffffffff35be2f2f rm=rne frm=None */
	li t0, 0xffffffff80028f47; fmv.d.x f11, t0; li t0, 0xffffffff35be2f2f; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(33, f10, 0xffffffffb5be2f2f)
	CHECK_FLAGS(34, 0x1)
	/* fsub.s 0xffffffff9dcf9f90 0xffffffffbfac0000 rm=rne frm=None */
	li t0, 0xffffffff9dcf9f90; fmv.d.x f11, t0; li t0, 0xffffffffbfac0000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(35, f10, 0xffffffff3fac0000)
	CHECK_FLAGS(36, 0x1)
	/* fsub.s 0xffffffffff6740de 0xffffffff8039af67 rm=rne frm=None */
	li t0, 0xffffffffff6740de; fmv.d.x f11, t0; li t0, 0xffffffff8039af67; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(37, f10, 0xffffffffff6740de)
	CHECK_FLAGS(38, 0x1)
	/* fsub.s 0xffffffff88b2b0e5 0xffffffff00cc0000 rm=rne frm=None */
	li t0, 0xffffffff88b2b0e5; fmv.d.x f11, t0; li t0, 0xffffffff00cc0000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(39, f10, 0xffffffff88b2b1b1)
	CHECK_FLAGS(40, 0x0)
	/* fsub.s 0xffffffff3f32f0e7 0xffffffff3f4f9cd0 rm=rne frm=None */
	li t0, 0xffffffff3f32f0e7; fmv.d.x f11, t0; li t0, 0xffffffff3f4f9cd0; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(41, f10, 0xffffffffbde55f48)
	CHECK_FLAGS(42, 0x0)
	/* fsub.s 0xffffffffc9aafeaa 0xffffffffce498f99 rm=rne frm=None */
	li t0, 0xffffffffc9aafeaa; fmv.d.x f11, t0; li t0, 0xffffffffce498f99; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(43, f10, 0xffffffff4e493a1a)
	CHECK_FLAGS(44, 0x1)
	/* fsub.s 0xffffffff3f3833e4 0xffffffffff264e98 rm=rne frm=None */
	li t0, 0xffffffff3f3833e4; fmv.d.x f11, t0; li t0, 0xffffffffff264e98; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(45, f10, 0xffffffff7f264e98)
	CHECK_FLAGS(46, 0x1)
	/* fsub.s 0xffffffffff740000 0xffffffff35c37029 rm=rne frm=None */
	li t0, 0xffffffffff740000; fmv.d.x f11, t0; li t0, 0xffffffff35c37029; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(47, f10, 0xffffffffff740000)
	CHECK_FLAGS(48, 0x1)
	/* fsub.s 0xffffffffc0200000 0xffffffffbfa00000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffbfa00000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(49, f10, 0xffffffffbfa00000)
	CHECK_FLAGS(50, 0x0)
	/* fsub.s 0xffffffffc1b4cec7 0xffffffff0c840000 rm=rtz frm=None */
	li t0, 0xffffffffc1b4cec7; fmv.d.x f11, t0; li t0, 0xffffffff0c840000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(51, f10, 0xffffffffc1b4cec7)
	CHECK_FLAGS(52, 0x1)
	/* fsub.s 0xffffffff40700000 0xffffffff3f380000 rm=rtz frm=None */
	li t0, 0xffffffff40700000; fmv.d.x f11, t0; li t0, 0xffffffff3f380000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(53, f10, 0xffffffff40420000)
	CHECK_FLAGS(54, 0x0)
	/* fsub.s 0xffffffff7f200000 0xffffffff3fd65668 rm=rtz frm=None */
	li t0, 0xffffffff7f200000; fmv.d.x f11, t0; li t0, 0xffffffff3fd65668; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(55, f10, 0xffffffff7f1fffff)
	CHECK_FLAGS(56, 0x1)
	/* fsub.s 0xffffffffc99b2214 0xffffffff8dce705d rm=rtz frm=None */
	li t0, 0xffffffffc99b2214; fmv.d.x f11, t0; li t0, 0xffffffff8dce705d; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(57, f10, 0xffffffffc99b2213)
	CHECK_FLAGS(58, 0x1)
	/* fsub.s 0xffffffff49deebb2 0xffffffffbf68d662 rm=rtz frm=None */
	li t0, 0xffffffff49deebb2; fmv.d.x f11, t0; li t0, 0xffffffffbf68d662; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(59, f10, 0xffffffff49deebb9)
	CHECK_FLAGS(60, 0x1)
	/* fsub.s 0xffffffff80680000 0xffffffffbf6d11e4 rm=rtz frm=None */
	li t0, 0xffffffff80680000; fmv.d.x f11, t0; li t0, 0xffffffffbf6d11e4; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(61, f10, 0xffffffff3f6d11e3)
	CHECK_FLAGS(62, 0x1)
	/* fsub.s 0xffffffff35929a1d 0xffffffff81268621 rm=rtz frm=None */
	li t0, 0xffffffff35929a1d; fmv.d.x f11, t0; li t0, 0xffffffff81268621; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(63, f10, 0xffffffff35929a1d)
	CHECK_FLAGS(64, 0x1)
	/* fsub.s 0xffffffff011c0000 0xffffffff7f4c0000 rm=rtz frm=None */
	li t0, 0xffffffff011c0000; fmv.d.x f11, t0; li t0, 0xffffffff7f4c0000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(65, f10, 0xffffffffff4bffff)
	CHECK_FLAGS(66, 0x1)
	/* fsub.s 0xffffffffc0635794 0xffffffffbf490a2b rm=rtz frm=None */
	li t0, 0xffffffffc0635794; fmv.d.x f11, t0; li t0, 0xffffffffbf490a2b; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(67, f10, 0xffffffffc0311509)
	CHECK_FLAGS(68, 0x1)
	/* fsub.s 0xffffffff8007fb13 0xffffffff7f09a0e3 rm=rtz frm=None */
	li t0, 0xffffffff8007fb13; fmv.d.x f11, t0; li t0, 0xffffffff7f09a0e3; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(69, f10, 0xffffffffff09a0e3)
	CHECK_FLAGS(70, 0x1)
	/* fsub.s 0xffffffff816c96e5 0xffffffff3f7cae1b rm=rtz frm=None */
	li t0, 0xffffffff816c96e5; fmv.d.x f11, t0; li t0, 0xffffffff3f7cae1b; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(71, f10, 0xffffffffbf7cae1b)
	CHECK_FLAGS(72, 0x1)
	/* fsub.s 0xffffffffbf113d56 0xffffffff99740000 rm=rtz frm=None */
	li t0, 0xffffffffbf113d56; fmv.d.x f11, t0; li t0, 0xffffffff99740000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(73, f10, 0xffffffffbf113d55)
	CHECK_FLAGS(74, 0x1)
	/* fsub.s 0xffffffffbfdb502a 0xffffffff46f6eb11 rm=rtz frm=None */
	li t0, 0xffffffffbfdb502a; fmv.d.x f11, t0; li t0, 0xffffffff46f6eb11; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(75, f10, 0xffffffffc6f6ee7e)
	CHECK_FLAGS(76, 0x1)
	/* fsub.s 0xffffffffff2e293a 0xffffffff590e2446 rm=rtz frm=None */
	li t0, 0xffffffffff2e293a; fmv.d.x f11, t0; li t0, 0xffffffff590e2446; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(77, f10, 0xffffffffff2e293a)
	CHECK_FLAGS(78, 0x1)
	/* fsub.s 0xffffffff499f6fcc 0xffffffff1d900000 rm=rdn frm=None */
	li t0, 0xffffffff499f6fcc; fmv.d.x f11, t0; li t0, 0xffffffff1d900000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(79, f10, 0xffffffff499f6fcb)
	CHECK_FLAGS(80, 0x1)
	/* fsub.s 0xffffffffc9f4efe1 0xffffffff800c0000 rm=rdn frm=None */
	li t0, 0xffffffffc9f4efe1; fmv.d.x f11, t0; li t0, 0xffffffff800c0000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(81, f10, 0xffffffffc9f4efe1)
	CHECK_FLAGS(82, 0x1)
	/* fsub.s 0xffffffffae280000 0xffffffff01450a53 rm=rdn frm=None */
	li t0, 0xffffffffae280000; fmv.d.x f11, t0; li t0, 0xffffffff01450a53; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(83, f10, 0xffffffffae280001)
	CHECK_FLAGS(84, 0x1)
	/* fsub.s 0xffffffff1eb40000 0xffffffff3597154f rm=rdn frm=None */
	li t0, 0xffffffff1eb40000; fmv.d.x f11, t0; li t0, 0xffffffff3597154f; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(85, f10, 0xffffffffb597154f)
	CHECK_FLAGS(86, 0x1)
	/* fsub.s 0xffffffff3f9a4d27 0xffffffffff0404a5 rm=rdn frm=None */
	li t0, 0xffffffff3f9a4d27; fmv.d.x f11, t0; li t0, 0xffffffffff0404a5; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(87, f10, 0xffffffff7f0404a5)
	CHECK_FLAGS(88, 0x1)
	/* fsub.s 0xffffffffb5964a3f 0xffffffff4077ca74 rm=rdn frm=None */
	li t0, 0xffffffffb5964a3f; fmv.d.x f11, t0; li t0, 0xffffffff4077ca74; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(89, f10, 0xffffffffc077ca79)
	CHECK_FLAGS(90, 0x1)
	/* fsub.s 0xffffffffc04c0000 0xffffffff43d7c091 rm=rdn frm=None */
	li t0, 0xffffffffc04c0000; fmv.d.x f11, t0; li t0, 0xffffffff43d7c091; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(91, f10, 0xffffffffc3d95891)
	CHECK_FLAGS(92, 0x0)
	/* fsub.s 0xffffffff3f15de0a 0xffffffffb5ec0000 rm=rdn frm=None */
	li t0, 0xffffffff3f15de0a; fmv.d.x f11, t0; li t0, 0xffffffffb5ec0000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(93, f10, 0xffffffff3f15de27)
	CHECK_FLAGS(94, 0x1)
	/* fsub.s 0xffffffff00100000 0xffffffff800f5fc4 rm=rdn frm=None */
	li t0, 0xffffffff00100000; fmv.d.x f11, t0; li t0, 0xffffffff800f5fc4; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(95, f10, 0xffffffff001f5fc4)
	CHECK_FLAGS(96, 0x0)
	/* fsub.s 0xffffffff8c8afb25 0xffffffffc9a0c487 rm=rdn frm=None */
	li t0, 0xffffffff8c8afb25; fmv.d.x f11, t0; li t0, 0xffffffffc9a0c487; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(97, f10, 0xffffffff49a0c486)
	CHECK_FLAGS(98, 0x1)
	/* fsub.s 0xffffffffc0434315 0xffffffff80440000 rm=rdn frm=None */
	li t0, 0xffffffffc0434315; fmv.d.x f11, t0; li t0, 0xffffffff80440000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(99, f10, 0xffffffffc0434315)
	CHECK_FLAGS(100, 0x1)
	/* fsub.s 0xffffffff81180990 0xffffffffbf8d1e30 rm=rdn frm=None */
	li t0, 0xffffffff81180990; fmv.d.x f11, t0; li t0, 0xffffffffbf8d1e30; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(101, f10, 0xffffffff3f8d1e2f)
	CHECK_FLAGS(102, 0x1)
	/* fsub.s 0xffffffffbfed5d1e 0xffffffff816e3aff rm=rdn frm=None */
	li t0, 0xffffffffbfed5d1e; fmv.d.x f11, t0; li t0, 0xffffffff816e3aff; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(103, f10, 0xffffffffbfed5d1e)
	CHECK_FLAGS(104, 0x1)
	/* fsub.s 0xffffffffb5e9240e 0xffffffffbf4628cd rm=rdn frm=None */
	li t0, 0xffffffffb5e9240e; fmv.d.x f11, t0; li t0, 0xffffffffbf4628cd; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(105, f10, 0xffffffff3f4628af)
	CHECK_FLAGS(106, 0x1)
	/* fsub.s 0xffffffff3ffc4eaa 0xffffffffc02dba25 rm=rup frm=None */
	li t0, 0xffffffff3ffc4eaa; fmv.d.x f11, t0; li t0, 0xffffffffc02dba25; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(107, f10, 0xffffffff4095f0bd)
	CHECK_FLAGS(108, 0x0)
	/* fsub.s 0xffffffff3f252369 0xffffffff03734281 rm=rup frm=None */
	li t0, 0xffffffff3f252369; fmv.d.x f11, t0; li t0, 0xffffffff03734281; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(109, f10, 0xffffffff3f252369)
	CHECK_FLAGS(110, 0x1)
	/* fsub.s 0xffffffffc9e56991 0xffffffff8052e198 rm=rup frm=None */
	li t0, 0xffffffffc9e56991; fmv.d.x f11, t0; li t0, 0xffffffff8052e198; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(111, f10, 0xffffffffc9e56990)
	CHECK_FLAGS(112, 0x1)
	/* fsub.s 0xffffffffff64f548 0xffffffff00b80000 rm=rup frm=None */
	li t0, 0xffffffffff64f548; fmv.d.x f11, t0; li t0, 0xffffffff00b80000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(113, f10, 0xffffffffff64f548)
	CHECK_FLAGS(114, 0x1)
	/* fsub.s 0xffffffff00054bc4 0xffffffff3f1c0000 rm=rup frm=None */
	li t0, 0xffffffff00054bc4; fmv.d.x f11, t0; li t0, 0xffffffff3f1c0000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(115, f10, 0xffffffffbf1bffff)
	CHECK_FLAGS(116, 0x1)
	/* fsub.s 0xffffffff7f6642a8 0xffffffffff340000 rm=rup frm=None */
	li t0, 0xffffffff7f6642a8; fmv.d.x f11, t0; li t0, 0xffffffffff340000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(117, f10, 0xffffffff7f800000)
	CHECK_FLAGS(118, 0x5)
	/* fsub.s 0xffffffff3f500000 0xffffffff49d80000 rm=rup frm=None */
	li t0, 0xffffffff3f500000; fmv.d.x f11, t0; li t0, 0xffffffff49d80000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(119, f10, 0xffffffffc9d7fff9)
	CHECK_FLAGS(120, 0x1)
	/* fsub.s 0xffffffff87000000 0xffffffff4050e128 rm=rup frm=None */
	li t0, 0xffffffff87000000; fmv.d.x f11, t0; li t0, 0xffffffff4050e128; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(121, f10, 0xffffffffc050e128)
	CHECK_FLAGS(122, 0x1)
	/* fsub.s 0xffffffff098c0000 0xffffffff35a80000 rm=rup frm=None */
	li t0, 0xffffffff098c0000; fmv.d.x f11, t0; li t0, 0xffffffff35a80000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(123, f10, 0xffffffffb5a7ffff)
	CHECK_FLAGS(124, 0x1)
	/* fsub.s 0xffffffff35ec0000 0xffffffffbfd2c07e rm=rup frm=None */
	li t0, 0xffffffff35ec0000; fmv.d.x f11, t0; li t0, 0xffffffffbfd2c07e; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(125, f10, 0xffffffff3fd2c08d)
	CHECK_FLAGS(126, 0x1)
	/* fsub.s 0xffffffff3f777109 0xffffffff04580000 rm=rup frm=None */
	li t0, 0xffffffff3f777109; fmv.d.x f11, t0; li t0, 0xffffffff04580000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(127, f10, 0xffffffff3f777109)
	CHECK_FLAGS(128, 0x1)
	/* fsub.s 0xffffffffff29cce9 0xffffffffc06c0000 rm=rup frm=None */
	li t0, 0xffffffffff29cce9; fmv.d.x f11, t0; li t0, 0xffffffffc06c0000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(129, f10, 0xffffffffff29cce8)
	CHECK_FLAGS(130, 0x1)
	/* fsub.s 0xffffffff84367f42 0xffffffffa052c9aa rm=rup frm=None */
	li t0, 0xffffffff84367f42; fmv.d.x f11, t0; li t0, 0xffffffffa052c9aa; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(131, f10, 0xffffffff2052c9aa)
	CHECK_FLAGS(132, 0x1)
	/* fsub.s 0xffffffff01383f70 0xffffffff00680000 rm=rup frm=None */
	li t0, 0xffffffff01383f70; fmv.d.x f11, t0; li t0, 0xffffffff00680000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(133, f10, 0xffffffff01043f70)
	CHECK_FLAGS(134, 0x0)
	/* fsub.s 0xffffffffbf490965 0xffffffffbf64bed5 rm=rmm frm=None */
	li t0, 0xffffffffbf490965; fmv.d.x f11, t0; li t0, 0xffffffffbf64bed5; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(135, f10, 0xffffffff3dddab80)
	CHECK_FLAGS(136, 0x0)
	/* fsub.s 0xffffffff3fbbf668 0xffffffff02980000 rm=rmm frm=None */
	li t0, 0xffffffff3fbbf668; fmv.d.x f11, t0; li t0, 0xffffffff02980000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(137, f10, 0xffffffff3fbbf668)
	CHECK_FLAGS(138, 0x1)
	/* fsub.s 0xffffffffb5e13eaf 0xffffffff405862c7 rm=rmm frm=None */
	li t0, 0xffffffffb5e13eaf; fmv.d.x f11, t0; li t0, 0xffffffff405862c7; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(139, f10, 0xffffffffc05862ce)
	CHECK_FLAGS(140, 0x1)
	/* fsub.s 0xffffffff017f2829 0xffffffffbf6b2f81 rm=rmm frm=None */
	li t0, 0xffffffff017f2829; fmv.d.x f11, t0; li t0, 0xffffffffbf6b2f81; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(141, f10, 0xffffffff3f6b2f81)
	CHECK_FLAGS(142, 0x1)
	/* fsub.s 0xffffffffbfbabda5 0xffffffff49af1d2c rm=rmm frm=None */
	li t0, 0xffffffffbfbabda5; fmv.d.x f11, t0; li t0, 0xffffffff49af1d2c; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(143, f10, 0xffffffffc9af1d38)
	CHECK_FLAGS(144, 0x1)
	/* fsub.s 0xffffffffbfd00000 0xffffffff35a9b40a rm=rmm frm=None */
	li t0, 0xffffffffbfd00000; fmv.d.x f11, t0; li t0, 0xffffffff35a9b40a; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(145, f10, 0xffffffffbfd0000b)
	CHECK_FLAGS(146, 0x1)
	/* fsub.s 0xffffffffbfaee5e8 0xffffffff3f4530e2 rm=rmm frm=None */
	li t0, 0xffffffffbfaee5e8; fmv.d.x f11, t0; li t0, 0xffffffff3f4530e2; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(147, f10, 0xffffffffc008bf2d)
	CHECK_FLAGS(148, 0x1)
	/* fsub.s 0xffffffff49880000 0xffffffffff3cfd40 rm=rmm frm=None */
	li t0, 0xffffffff49880000; fmv.d.x f11, t0; li t0, 0xffffffffff3cfd40; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(149, f10, 0xffffffff7f3cfd40)
	CHECK_FLAGS(150, 0x1)
	/* fsub.s 0xffffffff923c0000 0xffffffff49e9f12f rm=rmm frm=None */
	li t0, 0xffffffff923c0000; fmv.d.x f11, t0; li t0, 0xffffffff49e9f12f; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(151, f10, 0xffffffffc9e9f12f)
	CHECK_FLAGS(152, 0x1)
	/* fsub.s 0xffffffff00240000 0xffffffff7f0c0000 rm=rmm frm=None */
	li t0, 0xffffffff00240000; fmv.d.x f11, t0; li t0, 0xffffffff7f0c0000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(153, f10, 0xffffffffff0c0000)
	CHECK_FLAGS(154, 0x1)
	/* fsub.s 0xffffffff0b1de2d2 0xffffffff821884e5 rm=rmm frm=None */
	li t0, 0xffffffff0b1de2d2; fmv.d.x f11, t0; li t0, 0xffffffff821884e5; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(155, f10, 0xffffffff0b1de2f8)
	CHECK_FLAGS(156, 0x1)
	/* fsub.s 0xffffffff49acca1e 0xffffffffc9a38c20 rm=rmm frm=None */
	li t0, 0xffffffff49acca1e; fmv.d.x f11, t0; li t0, 0xffffffffc9a38c20; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(157, f10, 0xffffffff4a282b1f)
	CHECK_FLAGS(158, 0x0)
	/* fsub.s 0xffffffffc9a5345d 0xffffffff35d06aa0 rm=rmm frm=None */
	li t0, 0xffffffffc9a5345d; fmv.d.x f11, t0; li t0, 0xffffffff35d06aa0; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(159, f10, 0xffffffffc9a5345d)
	CHECK_FLAGS(160, 0x1)
	/* fsub.s 0xffffffff80158688 0xffffffff815e3d0e rm=rmm frm=None */
	li t0, 0xffffffff80158688; fmv.d.x f11, t0; li t0, 0xffffffff815e3d0e; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(161, f10, 0xffffffff015379ca)
	CHECK_FLAGS(162, 0x0)
	/* fsub.s 0xffffffff35adb0ec 0xffffffff402a093c rm=None frm=0 */
	li t0, 0xffffffff35adb0ec; fmv.d.x f11, t0; li t0, 0xffffffff402a093c; fmv.d.x f12, t0; fsrmi 0; fsub.s f10, f11, f12
	CHECK_F(163, f10, 0xffffffffc02a0937)
	CHECK_FLAGS(164, 0x1)
	/* fsub.s 0xffffffff81177dbd 0xffffffff0dac0000 rm=None frm=0 */
	li t0, 0xffffffff81177dbd; fmv.d.x f11, t0; li t0, 0xffffffff0dac0000; fmv.d.x f12, t0; fsrmi 0; fsub.s f10, f11, f12
	CHECK_F(165, f10, 0xffffffff8dac0000)
	CHECK_FLAGS(166, 0x1)
	/* fsub.s 0xffffffff49e83c51 0xffffffffff389986 rm=None frm=0 */
	li t0, 0xffffffff49e83c51; fmv.d.x f11, t0; li t0, 0xffffffffff389986; fmv.d.x f12, t0; fsrmi 0; fsub.s f10, f11, f12
	CHECK_F(167, f10, 0xffffffff7f389986)
	CHECK_FLAGS(168, 0x1)
	/* fsub.s 0xffffffffff0bf800 0xffffffff42027418 rm=None frm=0 */
	li t0, 0xffffffffff0bf800; fmv.d.x f11, t0; li t0, 0xffffffff42027418; fmv.d.x f12, t0; fsrmi 0; fsub.s f10, f11, f12
	CHECK_F(169, f10, 0xffffffffff0bf800)
	CHECK_FLAGS(170, 0x1)
	/* fsub.s 0xffffffff1625adf5 0xffffffffbf207d29 rm=None frm=1 */
	li t0, 0xffffffff1625adf5; fmv.d.x f11, t0; li t0, 0xffffffffbf207d29; fmv.d.x f12, t0; fsrmi 1; fsub.s f10, f11, f12
	CHECK_F(171, f10, 0xffffffff3f207d29)
	CHECK_FLAGS(172, 0x1)
	/* fsub.s 0xffffffff190b0159 0xffffffff1749455a rm=None frm=1 */
	li t0, 0xffffffff190b0159; fmv.d.x f11, t0; li t0, 0xffffffff1749455a; fmv.d.x f12, t0; fsrmi 1; fsub.s f10, f11, f12
	CHECK_F(173, f10, 0xffffffff18fcda06)
	CHECK_FLAGS(174, 0x1)
	/* fsub.s 0xffffffff3feadebc 0xffffffff49b3a38d rm=None frm=1 */
	li t0, 0xffffffff3feadebc; fmv.d.x f11, t0; li t0, 0xffffffff49b3a38d; fmv.d.x f12, t0; fsrmi 1; fsub.s f10, f11, f12
	CHECK_F(175, f10, 0xffffffffc9b3a37e)
	CHECK_FLAGS(176, 0x1)
	/* fsub.s 0xffffffff000482eb 0xffffffff0035b4f8 rm=None frm=1 */
	li t0, 0xffffffff000482eb; fmv.d.x f11, t0; li t0, 0xffffffff0035b4f8; fmv.d.x f12, t0; fsrmi 1; fsub.s f10, f11, f12
	CHECK_F(177, f10, 0xffffffff8031320d)
	CHECK_FLAGS(178, 0x0)
	/* fsub.s 0xffffffff0117526f 0xffffffff3a518e88 rm=None frm=2 */
	li t0, 0xffffffff0117526f; fmv.d.x f11, t0; li t0, 0xffffffff3a518e88; fmv.d.x f12, t0; fsrmi 2; fsub.s f10, f11, f12
	CHECK_F(179, f10, 0xffffffffba518e88)
	CHECK_FLAGS(180, 0x1)
	/* fsub.s 0xffffffff358350b0 0xffffffff3fe2bbb5 rm=None frm=2 */
	li t0, 0xffffffff358350b0; fmv.d.x f11, t0; li t0, 0xffffffff3fe2bbb5; fmv.d.x f12, t0; fsrmi 2; fsub.s f10, f11, f12
	CHECK_F(181, f10, 0xffffffffbfe2bbad)
	CHECK_FLAGS(182, 0x1)
	/* fsub.s 0xffffffffbf49531f 0xffffffff405bcb76 rm=None frm=2 */
	li t0, 0xffffffffbf49531f; fmv.d.x f11, t0; li t0, 0xffffffff405bcb76; fmv.d.x f12, t0; fsrmi 2; fsub.s f10, f11, f12
	CHECK_F(183, f10, 0xffffffffc087101f)
	CHECK_FLAGS(184, 0x1)
	/* fsub.s 0xffffffff3f680000 0xffffffff35823f93 rm=None frm=2 */
	li t0, 0xffffffff3f680000; fmv.d.x f11, t0; li t0, 0xffffffff35823f93; fmv.d.x f12, t0; fsrmi 2; fsub.s f10, f11, f12
	CHECK_F(185, f10, 0xffffffff3f67ffef)
	CHECK_FLAGS(186, 0x1)
	/* fsub.s 0xffffffffb5880000 0xffffffffb43db109 rm=None frm=3 */
	li t0, 0xffffffffb5880000; fmv.d.x f11, t0; li t0, 0xffffffffb43db109; fmv.d.x f12, t0; fsrmi 3; fsub.s f10, f11, f12
	CHECK_F(187, f10, 0xffffffffb56093bd)
	CHECK_FLAGS(188, 0x1)
	/* fsub.s 0xffffffff014c0000 0xffffffff3ff40000 rm=None frm=3 */
	li t0, 0xffffffff014c0000; fmv.d.x f11, t0; li t0, 0xffffffff3ff40000; fmv.d.x f12, t0; fsrmi 3; fsub.s f10, f11, f12
	CHECK_F(189, f10, 0xffffffffbff3ffff)
	CHECK_FLAGS(190, 0x1)
	/* fsub.s 0xffffffff00868613 0xffffffff04900000 rm=None frm=3 */
	li t0, 0xffffffff00868613; fmv.d.x f11, t0; li t0, 0xffffffff04900000; fmv.d.x f12, t0; fsrmi 3; fsub.s f10, f11, f12
	CHECK_F(191, f10, 0xffffffff848f7979)
	CHECK_FLAGS(192, 0x1)
	/* fsub.s 0xffffffff8135b8c1 0xffffffffacc00000 rm=None frm=3 */
	li t0, 0xffffffff8135b8c1; fmv.d.x f11, t0; li t0, 0xffffffffacc00000; fmv.d.x f12, t0; fsrmi 3; fsub.s f10, f11, f12
	CHECK_F(193, f10, 0xffffffff2cc00000)
	CHECK_FLAGS(194, 0x1)
	/* fsub.s 0xffffffff3fdb98aa 0xffffffff1277505e rm=None frm=4 */
	li t0, 0xffffffff3fdb98aa; fmv.d.x f11, t0; li t0, 0xffffffff1277505e; fmv.d.x f12, t0; fsrmi 4; fsub.s f10, f11, f12
	CHECK_F(195, f10, 0xffffffff3fdb98aa)
	CHECK_FLAGS(196, 0x1)
	/* fsub.s 0xffffffff48cd2a61 0xffffffffc9b0892f rm=None frm=4 */
	li t0, 0xffffffff48cd2a61; fmv.d.x f11, t0; li t0, 0xffffffffc9b0892f; fmv.d.x f12, t0; fsrmi 4; fsub.s f10, f11, f12
	CHECK_F(197, f10, 0xffffffff49e3d3c7)
	CHECK_FLAGS(198, 0x1)
	/* fsub.s 0xffffffff00ece775 0xffffffff92da786c rm=None frm=4 */
	li t0, 0xffffffff00ece775; fmv.d.x f11, t0; li t0, 0xffffffff92da786c; fmv.d.x f12, t0; fsrmi 4; fsub.s f10, f11, f12
	CHECK_F(199, f10, 0xffffffff12da786c)
	CHECK_FLAGS(200, 0x1)
	/* fsub.s 0xffffffff0dea1aed 0xffffffff7f6793ac rm=None frm=4 */
	li t0, 0xffffffff0dea1aed; fmv.d.x f11, t0; li t0, 0xffffffff7f6793ac; fmv.d.x f12, t0; fsrmi 4; fsub.s f10, f11, f12
	CHECK_F(201, f10, 0xffffffffff6793ac)
	CHECK_FLAGS(202, 0x1)
	/* fmul.s 0xffffffff00000000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(203, f10, 0xffffffff00000000)
	CHECK_FLAGS(204, 0x0)
	/* fmul.s 0xffffffff00000000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(205, f10, 0xffffffff80000000)
	CHECK_FLAGS(206, 0x0)
	/* fmul.s 0xffffffff00000000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(207, f10, 0xffffffff80000000)
	CHECK_FLAGS(208, 0x0)
	/* fmul.s 0xffffffff00000000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(209, f10, 0xffffffff00000000)
	CHECK_FLAGS(210, 0x0)
	/* fmul.s 0xffffffff00000000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(211, f10, 0xffffffff00000000)
	CHECK_FLAGS(212, 0x0)
	/* fmul.s 0xffffffff00000000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(213, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(214, 0x10)
	/* fmul.s 0xffffffff00000000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(215, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(216, 0x0)
	/* fmul.s 0xffffffff00000000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(217, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(218, 0x0)
	/* fmul.s 0xffffffff3f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(219, f10, 0xffffffff00000000)
	CHECK_FLAGS(220, 0x0)
	/* fmul.s 0xffffffff3f800000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(221, f10, 0xffffffffbf800000)
	CHECK_FLAGS(222, 0x0)
	/* fmul.s 0xffffffff3f800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(223, f10, 0xffffffffc0200000)
	CHECK_FLAGS(224, 0x0)
	/* fmul.s 0xffffffff3f800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(225, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(226, 0x0)
	/* fmul.s 0xffffffff3f800000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(227, f10, 0xffffffff007fffff)
	CHECK_FLAGS(228, 0x0)
	/* fmul.s 0xffffffff3f800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(229, f10, 0xffffffffff800000)
	CHECK_FLAGS(230, 0x0)
	/* fmul.s 0xffffffff3f800000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(231, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(232, 0x0)
	/* fmul.s 0xffffffff3f800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(233, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(234, 0x0)
	/* fmul.s 0xffffffff3fc00000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(235, f10, 0xffffffff00000000)
	CHECK_FLAGS(236, 0x0)
	/* fmul.s 0xffffffff3fc00000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(237, f10, 0xffffffffbfc00000)
	CHECK_FLAGS(238, 0x0)
	/* fmul.s 0xffffffff3fc00000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(239, f10, 0xffffffffc0700000)
	CHECK_FLAGS(240, 0x0)
	/* fmul.s 0xffffffff3fc00000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(241, f10, 0xffffffff7f800000)
	CHECK_FLAGS(242, 0x5)
	/* fmul.s 0xffffffff3fc00000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(243, f10, 0xffffffff00bffffe)
	CHECK_FLAGS(244, 0x1)
	/* fmul.s 0xffffffff3fc00000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(245, f10, 0xffffffffff800000)
	CHECK_FLAGS(246, 0x0)
	/* fmul.s 0xffffffff3fc00000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(247, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(248, 0x0)
	/* fmul.s 0xffffffff3fc00000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(249, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(250, 0x0)
	/* fmul.s 0xffffffffc0200000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(251, f10, 0xffffffff80000000)
	CHECK_FLAGS(252, 0x0)
	/* fmul.s 0xffffffffc0200000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(253, f10, 0xffffffff40200000)
	CHECK_FLAGS(254, 0x0)
	/* fmul.s 0xffffffffc0200000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(255, f10, 0xffffffff40c80000)
	CHECK_FLAGS(1, 0x0)
	/* fmul.s 0xffffffffc0200000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(2, f10, 0xffffffffff800000)
	CHECK_FLAGS(3, 0x5)
	/* fmul.s 0xffffffffc0200000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(4, f10, 0xffffffff811fffff)
	CHECK_FLAGS(5, 0x1)
	/* fmul.s 0xffffffffc0200000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(6, f10, 0xffffffff7f800000)
	CHECK_FLAGS(7, 0x0)
	/* fmul.s 0xffffffffc0200000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(8, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(9, 0x0)
	/* fmul.s 0xffffffffc0200000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(10, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(11, 0x0)
	/* fmul.s 0xffffffffbf000000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(12, f10, 0xffffffff80000000)
	CHECK_FLAGS(13, 0x0)
	/* fmul.s 0xffffffffbf000000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(14, f10, 0xffffffff3f000000)
	CHECK_FLAGS(15, 0x0)
	/* fmul.s 0xffffffffbf000000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(16, f10, 0xffffffff3fa00000)
	CHECK_FLAGS(17, 0x0)
	/* fmul.s 0xffffffffbf000000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(18, f10, 0xfffffffffeffffff)
	CHECK_FLAGS(19, 0x0)
	/* fmul.s 0xffffffffbf000000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(20, f10, 0xffffffff80400000)
	CHECK_FLAGS(21, 0x3)
	/* fmul.s 0xffffffffbf000000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(22, f10, 0xffffffff7f800000)
	CHECK_FLAGS(23, 0x0)
	/* fmul.s 0xffffffffbf000000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(24, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(25, 0x0)
	/* fmul.s 0xffffffffbf000000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(26, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(27, 0x0)
	/* fmul.s 0xffffffffff7fffff 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(28, f10, 0xffffffff80000000)
	CHECK_FLAGS(29, 0x0)
	/* fmul.s 0xffffffffff7fffff 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(30, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(31, 0x0)
	/* fmul.s 0xffffffffff7fffff 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(32, f10, 0xffffffff7f800000)
	CHECK_FLAGS(33, 0x5)
	/* fmul.s 0xffffffffff7fffff 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(34, f10, 0xffffffffff800000)
	CHECK_FLAGS(35, 0x5)
	/* fmul.s 0xffffffffff7fffff 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(36, f10, 0xffffffffc07ffffd)
	CHECK_FLAGS(37, 0x1)
	/* fmul.s 0xffffffffff7fffff 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(38, f10, 0xffffffff7f800000)
	CHECK_FLAGS(39, 0x0)
	/* fmul.s 0xffffffffff7fffff 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(40, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(41, 0x0)
	/* fmul.s 0xffffffffff7fffff 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(42, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(43, 0x0)
	/* fmul.s 0xffffffff007fffff 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(44, f10, 0xffffffff00000000)
	CHECK_FLAGS(45, 0x0)
	/* fmul.s 0xffffffff007fffff 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(46, f10, 0xffffffff807fffff)
	CHECK_FLAGS(47, 0x0)
	/* fmul.s 0xffffffff007fffff 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(48, f10, 0xffffffff811fffff)
	CHECK_FLAGS(49, 0x1)
	/* fmul.s 0xffffffff007fffff 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(50, f10, 0xffffffff407ffffd)
	CHECK_FLAGS(51, 0x1)
	/* fmul.s 0xffffffff007fffff 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(52, f10, 0xffffffff00000000)
	CHECK_FLAGS(53, 0x3)
	/* fmul.s 0xffffffff007fffff 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(54, f10, 0xffffffffff800000)
	CHECK_FLAGS(55, 0x0)
	/* fmul.s 0xffffffff007fffff 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(56, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(57, 0x0)
	/* fmul.s 0xffffffff007fffff 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(58, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(59, 0x0)
	/* fmul.s 0xffffffff7f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(60, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(61, 0x10)
	/* fmul.s 0xffffffff7f800000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(62, f10, 0xffffffffff800000)
	CHECK_FLAGS(63, 0x0)
	/* fmul.s 0xffffffff7f800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(64, f10, 0xffffffffff800000)
	CHECK_FLAGS(65, 0x0)
	/* fmul.s 0xffffffff7f800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(66, f10, 0xffffffff7f800000)
	CHECK_FLAGS(67, 0x0)
	/* fmul.s 0xffffffff7f800000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(68, f10, 0xffffffff7f800000)
	CHECK_FLAGS(69, 0x0)
	/* fmul.s 0xffffffff7f800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(70, f10, 0xffffffffff800000)
	CHECK_FLAGS(71, 0x0)
	/* fmul.s 0xffffffff7f800000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(72, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(73, 0x0)
	/* fmul.s 0xffffffff7f800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(74, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(75, 0x0)
	/* fmul.s 0xffffffff7fc00000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(76, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(77, 0x0)
	/* fmul.s 0xffffffff7fc00000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(78, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(79, 0x0)
	/* fmul.s 0xffffffff7fc00000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(80, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(81, 0x0)
	/* fmul.s 0xffffffff7fc00000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(82, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(83, 0x0)
	/* fmul.s 0xffffffff7fc00000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(84, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(85, 0x0)
	/* fmul.s 0xffffffff7fc00000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(86, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(87, 0x0)
	/* fmul.s 0xffffffff7fc00000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(88, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(89, 0x0)
	/* fmul.s 0xffffffff7fc00000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(90, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(91, 0x0)
	/* fmul.s 0xffffffffffc12345 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(92, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(93, 0x0)
	/* fmul.s 0xffffffffffc12345 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(94, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(95, 0x0)
	/* fmul.s 0xffffffffffc12345 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(96, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(97, 0x0)
	/* fmul.s 0xffffffffffc12345 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(98, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(99, 0x0)
	/* fmul.s 0xffffffffffc12345 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(100, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(101, 0x0)
	/* fmul.s 0xffffffffffc12345 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(102, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(103, 0x0)
	/* fmul.s 0xffffffffffc12345 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(104, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(105, 0x0)
	/* fmul.s 0xffffffffffc12345 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(106, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(107, 0x0)
	/* fmul.s 0x3f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(108, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(109, 0x0)
	/* fmul.s 0x3f800000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(110, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(111, 0x0)
	/* fmul.s 0x3f800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(112, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(113, 0x0)
	/* fmul.s 0x3f800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(114, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(115, 0x0)
	/* fmul.s 0x3f800000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(116, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(117, 0x0)
	/* fmul.s 0x3f800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(118, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(119, 0x0)
	/* fmul.s 0x3f800000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(120, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(121, 0x0)
	/* fmul.s 0x3f800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(122, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(123, 0x0)
	/* fmul.s 0xffffffff80efa964 0xffffffffc9c5ee50 rm=rne frm=None */
	li t0, 0xffffffff80efa964; fmv.d.x f11, t0; li t0, 0xffffffffc9c5ee50; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(124, f10, 0xffffffff0b394c74)
	CHECK_FLAGS(125, 0x1)
	/* fmul.s 0xffffffffc0443b24 0xffffffffb59c0000 rm=rne frm=None */
	li t0, 0xffffffffc0443b24; fmv.d.x f11, t0; li t0, 0xffffffffb59c0000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(126, f10, 0xffffffff366f2814)
	CHECK_FLAGS(127, 0x1)
	/* fmul.s 0xffffffff40582b4c 0xffffffff405c5c27 rm=rne frm=None */
	li t0, 0xffffffff40582b4c; fmv.d.x f11, t0; li t0, 0xffffffff405c5c27; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(128, f10, 0xffffffff413a1306)
	CHECK_FLAGS(129, 0x1)
	/* fmul.s 0xffffffff3f340000 0xffffffff3fa1bf5f rm=rne frm=None */
	li t0, 0xffffffff3f340000; fmv.d.x f11, t0; li t0, 0xffffffff3fa1bf5f; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(130, f10, 0xffffffff3f63751e)
	CHECK_FLAGS(131, 0x1)
	/* fmul.s 0xffffffffd6980000 0xffffffff3fef126c rm=rne frm=None */
	li t0, 0xffffffffd6980000; fmv.d.x f11, t0; li t0, 0xffffffff3fef126c; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(132, f10, 0xffffffffd70df2f0)
	CHECK_FLAGS(133, 0x1)
	/* fmul.s 0xffffffff8022a0e7 0xffffffff80f40000 rm=rne frm=None */
	li t0, 0xffffffff8022a0e7; fmv.d.x f11, t0; li t0, 0xffffffff80f40000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(134, f10, 0xffffffff00000000)
	CHECK_FLAGS(135, 0x3)
	/* fmul.s 0xffffffffc0381aa6 0xffffffffff200000 rm=rne frm=None */
	li t0, 0xffffffffc0381aa6; fmv.d.x f11, t0; li t0, 0xffffffffff200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(136, f10, 0xffffffff7f800000)
	CHECK_FLAGS(137, 0x5)
	/* fmul.s 0xffffffff804396f2 0xffffffff2042bd50 rm=rne frm=None */
	li t0, 0xffffffff804396f2; fmv.d.x f11, t0; li t0, 0xffffffff2042bd50; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(138, f10, 0xffffffff80000000)
	CHECK_FLAGS(139, 0x3)
	/* fmul.s 0xffffffff3f0a4c55 0xffffffff80d3d2ac rm=rne frm=None */
	li t0, 0xffffffff3f0a4c55; fmv.d.x f11, t0; li t0, 0xffffffff80d3d2ac; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(140, f10, 0xffffffff80726eba)
	CHECK_FLAGS(141, 0x3)
	/* fmul.s 0xffffffff400c0000 0xffffffff7f0dd303 rm=rne frm=None */
	li t0, 0xffffffff400c0000; fmv.d.x f11, t0; li t0, 0xffffffff7f0dd303; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(142, f10, 0xffffffff7f800000)
	CHECK_FLAGS(143, 0x5)
	/* fmul.s 0xffffffff0092324f 0xffffffff810df7e0 rm=rne frm=None */
	li t0, 0xffffffff0092324f; fmv.d.x f11, t0; li t0, 0xffffffff810df7e0; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(144, f10, 0xffffffff80000000)
	CHECK_FLAGS(145, 0x3)
	/* fmul.s 0xffffffff3fb60d8c 0xffffffffc9cd56b4 rm=rne frm=None */
	li t0, 0xffffffff3fb60d8c; fmv.d.x f11, t0; li t0, 0xffffffffc9cd56b4; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(146, f10, 0xffffffffca120682)
	CHECK_FLAGS(147, 0x1)
	/* fmul.s 0xffffffffa1e40000 0xffffffffbfd00000 rm=rne frm=None */
	li t0, 0xffffffffa1e40000; fmv.d.x f11, t0; li t0, 0xffffffffbfd00000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(148, f10, 0xffffffff22394000)
	CHECK_FLAGS(149, 0x0)
	/* fmul.s 0xffffffffff340000 0xffffffffb5aca139 rm=rne frm=None */
	li t0, 0xffffffffff340000; fmv.d.x f11, t0; li t0, 0xffffffffb5aca139; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(150, f10, 0xffffffff7572c2b8)
	CHECK_FLAGS(151, 0x1)
	/* fmul.s 0xffffffffb5dc1d77 0xffffffff1c32cebe rm=rtz frm=None */
	li t0, 0xffffffffb5dc1d77; fmv.d.x f11, t0; li t0, 0xffffffff1c32cebe; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(152, f10, 0xffffffff9299be3f)
	CHECK_FLAGS(153, 0x1)
	/* fmul.s 0xffffffff00bc0000 0xffffffffc982f3d4 rm=rtz frm=None */
	li t0, 0xffffffff00bc0000; fmv.d.x f11, t0; li t0, 0xffffffffc982f3d4; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(154, f10, 0xffffffff8ac0561f)
	CHECK_FLAGS(155, 0x1)
	/* fmul.s 0xffffffffb5fdfce2 0xffffffff35a7c9c9 rm=rtz frm=None */
	li t0, 0xffffffffb5fdfce2; fmv.d.x f11, t0; li t0, 0xffffffff35a7c9c9; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(156, f10, 0xffffffffac26782a)
	CHECK_FLAGS(157, 0x1)
	/* fmul.s 0xffffffff91800000 0xffffffff40200000 rm=rtz frm=None */
	li t0, 0xffffffff91800000; fmv.d.x f11, t0; li t0, 0xffffffff40200000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(158, f10, 0xffffffff92200000)
	CHECK_FLAGS(159, 0x0)
	/* fmul.s 0xffffffffad754de3 0xffffffff008f4cc3 rm=rtz frm=None */
	li t0, 0xffffffffad754de3; fmv.d.x f11, t0; li t0, 0xffffffff008f4cc3; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(160, f10, 0xffffffff80000000)
	CHECK_FLAGS(161, 0x3)
	/* fmul.s 0xffffffffff68c735 0xffffffff7f4f3c45 rm=rtz frm=None */
	li t0, 0xffffffffff68c735; fmv.d.x f11, t0; li t0, 0xffffffff7f4f3c45; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(162, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(163, 0x5)
	/* fmul.s 0xffffffffbf643e9d 0xffffffffb5880000 rm=rtz frm=None */
	li t0, 0xffffffffbf643e9d; fmv.d.x f11, t0; li t0, 0xffffffffb5880000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(164, f10, 0xffffffff35728286)
	CHECK_FLAGS(165, 0x1)
	/* fmul.s 0xffffffff401b7cfc 0xffffffff7f31a050 rm=rtz frm=None */
	li t0, 0xffffffff401b7cfc; fmv.d.x f11, t0; li t0, 0xffffffff7f31a050; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(166, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(167, 0x5)
	/* fmul.s 0xffffffffdb8cccad 0xffffffffb536e39e rm=rtz frm=None */
	li t0, 0xffffffffdb8cccad; fmv.d.x f11, t0; li t0, 0xffffffffb536e39e; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(168, f10, 0xffffffff51492d66)
	CHECK_FLAGS(169, 0x1)
	/* fmul.s 0xffffffff812db8b4 0xffffffffc9a40000 rm=rtz frm=None */
	li t0, 0xffffffff812db8b4; fmv.d.x f11, t0; li t0, 0xffffffffc9a40000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(170, f10, 0xffffffff0b5e94a6)
	CHECK_FLAGS(171, 0x1)
	/* fmul.s 0xffffffff80cc0000 0xffffffff49880000 rm=rtz frm=None */
	li t0, 0xffffffff80cc0000; fmv.d.x f11, t0; li t0, 0xffffffff49880000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(172, f10, 0xffffffff8ad8c000)
	CHECK_FLAGS(173, 0x0)
	/* fmul.s 0xffffffff00d40000 0xffffffff00006a97 rm=rtz frm=None */
	li t0, 0xffffffff00d40000; fmv.d.x f11, t0; li t0, 0xffffffff00006a97; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(174, f10, 0xffffffff00000000)
	CHECK_FLAGS(175, 0x3)
	/* fmul.s 0xffffffff01144b33 0xffffffff3fcd20dc rm=rtz frm=None */
	li t0, 0xffffffff01144b33; fmv.d.x f11, t0; li t0, 0xffffffff3fcd20dc; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(176, f10, 0xffffffff016da681)
	CHECK_FLAGS(177, 0x1)
	/* fmul.s 0xffffffff8042f308 0xffffffff404e1e4a rm=rtz frm=None */
	li t0, 0xffffffff8042f308; fmv.d.x f11, t0; li t0, 0xffffffff404e1e4a; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(178, f10, 0xffffffff80d79df1)
	CHECK_FLAGS(179, 0x1)
	/* fmul.s 0xffffffff010095d3 0xffffffffc01c0000 rm=rdn frm=None */
	li t0, 0xffffffff010095d3; fmv.d.x f11, t0; li t0, 0xffffffffc01c0000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(180, f10, 0xffffffff819cb69a)
	CHECK_FLAGS(181, 0x1)
	/* fmul.s 0xffffffffc830e73f 0xffffffff86a0286e rm=rdn frm=None */
	li t0, 0xffffffffc830e73f; fmv.d.x f11, t0; li t0, 0xffffffff86a0286e; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(182, f10, 0xffffffff0f5d58ef)
	CHECK_FLAGS(183, 0x1)
	/* fmul.s 0xffffffffbf06e973 0xffffffffff172f86 rm=rdn frm=None */
	li t0, 0xffffffffbf06e973; fmv.d.x f11, t0; li t0, 0xffffffffff172f86; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(184, f10, 0xffffffff7e9f597c)
	CHECK_FLAGS(185, 0x1)
	/* fmul.s 0xffffffff81453c82 0xffffffff0df00000 rm=rdn frm=None */
	li t0, 0xffffffff81453c82; fmv.d.x f11, t0; li t0, 0xffffffff0df00000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(186, f10, 0xffffffff80000001)
	CHECK_FLAGS(187, 0x3)
	/* fmul.s 0xffffffffc9f5009c 0xffffffffc01c0000 rm=rdn frm=None */
	li t0, 0xffffffffc9f5009c; fmv.d.x f11, t0; li t0, 0xffffffffc01c0000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(188, f10, 0xffffffff4a954c5f)
	CHECK_FLAGS(189, 0x1)
	/* fmul.s 0xffffffff40300000 0xffffffffc0340000 rm=rdn frm=None */
	li t0, 0xffffffff40300000; fmv.d.x f11, t0; li t0, 0xffffffffc0340000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(190, f10, 0xffffffffc0f78000)
	CHECK_FLAGS(191, 0x0)
	/* fmul.s 0xffffffff80c40000 0xffffffff35c00000 rm=rdn frm=None */
	li t0, 0xffffffff80c40000; fmv.d.x f11, t0; li t0, 0xffffffff35c00000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(192, f10, 0xffffffff80000013)
	CHECK_FLAGS(193, 0x3)
	/* fmul.s 0xffffffff8159b09e 0xffffffff49dc0000 rm=rdn frm=None */
	li t0, 0xffffffff8159b09e; fmv.d.x f11, t0; li t0, 0xffffffff49dc0000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(194, f10, 0xffffffff8bbb13c8)
	CHECK_FLAGS(195, 0x1)
	/* fmul.s 0xffffffff802c5d5f 0xffffffff00c068c4 rm=rdn frm=None */
	li t0, 0xffffffff802c5d5f; fmv.d.x f11, t0; li t0, 0xffffffff00c068c4; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(196, f10, 0xffffffff80000001)
	CHECK_FLAGS(197, 0x3)
	/* fmul.s 0xffffffff403c0000 0xffffffff358edf25 rm=rdn frm=None */
	li t0, 0xffffffff403c0000; fmv.d.x f11, t0; li t0, 0xffffffff358edf25; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(198, f10, 0xffffffff3651d7be)
	CHECK_FLAGS(199, 0x1)
	/* fmul.s 0xffffffffc01fb858 0xffffffff49ae43e3 rm=rdn frm=None */
	li t0, 0xffffffffc01fb858; fmv.d.x f11, t0; li t0, 0xffffffff49ae43e3; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(200, f10, 0xffffffffca59734e)
	CHECK_FLAGS(201, 0x1)
	/* fmul.s 0xffffffffa702c000 0xffffffff80a52ab2 rm=rdn frm=None */
	li t0, 0xffffffffa702c000; fmv.d.x f11, t0; li t0, 0xffffffff80a52ab2; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(202, f10, 0xffffffff00000000)
	CHECK_FLAGS(203, 0x3)
	/* fmul.s 0xffffffff4059140d 0xffffffffff6a7b92 rm=rdn frm=None */
	li t0, 0xffffffff4059140d; fmv.d.x f11, t0; li t0, 0xffffffffff6a7b92; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(204, f10, 0xffffffffff800000)
	CHECK_FLAGS(205, 0x5)
	/* fmul.s 0xffffffff001fad4b 0xffffffffc02e8162 rm=rdn frm=None */
	li t0, 0xffffffff001fad4b; fmv.d.x f11, t0; li t0, 0xffffffffc02e8162; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(206, f10, 0xffffffff80565f2e)
	CHECK_FLAGS(207, 0x3)
	/* fmul.s 0xffffffff00d75885 0xffffffff3ff80000 rm=rup frm=None */
	li t0, 0xffffffff00d75885; fmv.d.x f11, t0; li t0, 0xffffffff3ff80000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(208, f10, 0xffffffff01509dc1)
	CHECK_FLAGS(209, 0x1)
	/* fmul.s 0xffffffff003c0000 0xffffffff80900000 rm=rup frm=None */
	li t0, 0xffffffff003c0000; fmv.d.x f11, t0; li t0, 0xffffffff80900000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(210, f10, 0xffffffff80000000)
	CHECK_FLAGS(211, 0x3)
	/* fmul.s 0xffffffff3f7dc0b7 0xffffffffc9bddde6 rm=rup frm=None */
	li t0, 0xffffffff3f7dc0b7; fmv.d.x f11, t0; li t0, 0xffffffffc9bddde6; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(212, f10, 0xffffffffc9bc333a)
	CHECK_FLAGS(213, 0x1)
	/* fmul.s 0xffffffffa8740000 0xffffffff3f080000 rm=rup frm=None */
	li t0, 0xffffffffa8740000; fmv.d.x f11, t0; li t0, 0xffffffff3f080000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(214, f10, 0xffffffffa801a000)
	CHECK_FLAGS(215, 0x0)
	/* fmul.s 0xffffffff8039dee3 0xffffffff3f112b27 rm=rup frm=None */
	li t0, 0xffffffff8039dee3; fmv.d.x f11, t0; li t0, 0xffffffff3f112b27; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(216, f10, 0xffffffff8020d0ff)
	CHECK_FLAGS(217, 0x3)
	/* fmul.s 0xffffffff358e2709 0xffffffff80cb7a7e rm=rup frm=None */
	li t0, 0xffffffff358e2709; fmv.d.x f11, t0; li t0, 0xffffffff80cb7a7e; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(218, f10, 0xffffffff8000000e)
	CHECK_FLAGS(219, 0x3)
	/* fmul.s 0xffffffffc0380000 0xffffffffc9a00000 rm=rup frm=None */
	li t0, 0xffffffffc0380000; fmv.d.x f11, t0; li t0, 0xffffffffc9a00000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(220, f10, 0xffffffff4a660000)
	CHECK_FLAGS(221, 0x0)
	/* fmul.s 0xffffffff49cc0000 0xffffffffbf418252 rm=rup frm=None */
	li t0, 0xffffffff49cc0000; fmv.d.x f11, t0; li t0, 0xffffffffbf418252; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(222, f10, 0xffffffffc99a33d9)
	CHECK_FLAGS(223, 0x1)
	/* fmul.s 0xffffffff8163b64e 0xffffffff80adc4e2 rm=rup frm=None */
	li t0, 0xffffffff8163b64e; fmv.d.x f11, t0; li t0, 0xffffffff80adc4e2; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(224, f10, 0xffffffff00000001)
	CHECK_FLAGS(225, 0x3)
	/* fmul.s 0xffffffffc9a5e4d1 0xffffffff402780c0 rm=rup frm=None */
	li t0, 0xffffffffc9a5e4d1; fmv.d.x f11, t0; li t0, 0xffffffff402780c0; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(226, f10, 0xffffffffca591766)
	CHECK_FLAGS(227, 0x1)
	/* fmul.s 0xffffffffb5800000 0xffffffffc0140000 rm=rup frm=None */
	li t0, 0xffffffffb5800000; fmv.d.x f11, t0; li t0, 0xffffffffc0140000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(228, f10, 0xffffffff36140000)
	CHECK_FLAGS(229, 0x0)
	/* fmul.s 0xffffffffbf50c89f 0xffffffff15731a98 rm=rup frm=None */
	li t0, 0xffffffffbf50c89f; fmv.d.x f11, t0; li t0, 0xffffffff15731a98; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(230, f10, 0xffffffff9546441f)
	CHECK_FLAGS(231, 0x1)
	/* fmul.s 0xffffffff40700000 0xffffffff80a80000 rm=rup frm=None */
	li t0, 0xffffffff40700000; fmv.d.x f11, t0; li t0, 0xffffffff80a80000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(232, f10, 0xffffffff819d8000)
	CHECK_FLAGS(233, 0x0)
	/* fmul.s 0xffffffff3fb31a41 0xffffffff3f3e9fb3 rm=rup frm=None */
	li t0, 0xffffffff3fb31a41; fmv.d.x f11, t0; li t0, 0xffffffff3f3e9fb3; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(234, f10, 0xffffffff3f855d37)
	CHECK_FLAGS(235, 0x1)
	/* fmul.s 0xffffffff49b9e3f2 0xffffffff7f70c80f rm=rmm frm=None */
	li t0, 0xffffffff49b9e3f2; fmv.d.x f11, t0; li t0, 0xffffffff7f70c80f; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(236, f10, 0xffffffff7f800000)
	CHECK_FLAGS(237, 0x5)
	/* fmul.s 0xffffffffff1f8e5c 0xffffffff80b80000 rm=rmm frm=None */
	li t0, 0xffffffffff1f8e5c; fmv.d.x f11, t0; li t0, 0xffffffff80b80000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(238, f10, 0xffffffff40655ca4)
	CHECK_FLAGS(239, 0x1)
	/* fmul.s 0xffffffff246eae64 0xffffffff3fd00000 rm=rmm frm=None */
	li t0, 0xffffffff246eae64; fmv.d.x f11, t0; li t0, 0xffffffff3fd00000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(240, f10, 0xffffffff24c1edb1)
	CHECK_FLAGS(241, 0x1)
	/* fmul.s 0xffffffff49caa27b 0xffffffff00ea24d6 rm=rmm frm=None */
	li t0, 0xffffffff49caa27b; fmv.d.x f11, t0; li t0, 0xffffffff00ea24d6; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(242, f10, 0xffffffff0b3955ad)
	CHECK_FLAGS(243, 0x1)
	/* fmul.s 0xffffffffbf1441db 0xffffffff7f2de689 rm=rmm frm=None */
	li t0, 0xffffffffbf1441db; fmv.d.x f11, t0; li t0, 0xffffffff7f2de689; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(244, f10, 0xfffffffffec96c07)
	CHECK_FLAGS(245, 0x1)
	/* fmul.s 0xffffffff3f200000 0xffffffff013caa6a rm=rmm frm=None */
	li t0, 0xffffffff3f200000; fmv.d.x f11, t0; li t0, 0xffffffff013caa6a; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(246, f10, 0xffffffff00ebd505)
	CHECK_FLAGS(247, 0x1)
	/* fmul.s 0xffffffff813ffa33 0xffffffff40680000 rm=rmm frm=None */
	li t0, 0xffffffff813ffa33; fmv.d.x f11, t0; li t0, 0xffffffff40680000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(248, f10, 0xffffffff822dfabe)
	CHECK_FLAGS(249, 0x1)
	/* fmul.s 0xffffffff147ecf49 0xffffffffbf6c0000 rm=rmm frm=None */
	li t0, 0xffffffff147ecf49; fmv.d.x f11, t0; li t0, 0xffffffffbf6c0000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(250, f10, 0xffffffff946ae717)
	CHECK_FLAGS(251, 0x1)
	/* fmul.s 0xffffffffa78c0000 0xffffffff35ae3670 rm=rmm frm=None */
	li t0, 0xffffffffa78c0000; fmv.d.x f11, t0; li t0, 0xffffffff35ae3670; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(252, f10, 0xffffffff9dbe8b8b)
	CHECK_FLAGS(253, 0x1)
	/* fmul.s 0xffffffff9df08e2e 0xffffffff00b2a604 rm=rmm frm=None */
	li t0, 0xffffffff9df08e2e; fmv.d.x f11, t0; li t0, 0xffffffff00b2a604; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(254, f10, 0xffffffff80000000)
	CHECK_FLAGS(255, 0x3)
	/* fmul.s 0xffffffff801e7bb1 0xffffffff81414a86 rm=rmm frm=None */
	li t0, 0xffffffff801e7bb1; fmv.d.x f11, t0; li t0, 0xffffffff81414a86; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(1, f10, 0xffffffff00000000)
	CHECK_FLAGS(2, 0x3)
	/* fmul.s 0xffffffffb5c00000 0xffffffffff048660 rm=rmm frm=None */
	li t0, 0xffffffffb5c00000; fmv.d.x f11, t0; li t0, 0xffffffffff048660; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(3, f10, 0xffffffff7546c990)
	CHECK_FLAGS(4, 0x0)
	/* fmul.s 0xffffffffbfb20e75 0xffffffff00a40000 rm=rmm frm=None */
	li t0, 0xffffffffbfb20e75; fmv.d.x f11, t0; li t0, 0xffffffff00a40000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(5, f10, 0xffffffff80e42286)
	CHECK_FLAGS(6, 0x1)
	/* fmul.s 0xffffffffc9dccc5b 0xffffffffc98ac25f rm=rmm frm=None */
	li t0, 0xffffffffc9dccc5b; fmv.d.x f11, t0; li t0, 0xffffffffc98ac25f; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(7, f10, 0xffffffff53ef5b9c)
	CHECK_FLAGS(8, 0x1)
	/* fmul.s 0xffffffff00242a90 0xffffffff4134df08 rm=None frm=0 */
	li t0, 0xffffffff00242a90; fmv.d.x f11, t0; li t0, 0xffffffff4134df08; fmv.d.x f12, t0; fsrmi 0; fmul.s f10, f11, f12
	CHECK_F(9, f10, 0xffffffff014c6b7c)
	CHECK_FLAGS(10, 0x1)
	/* fmul.s 0xffffffff49883111 0xffffffff3f8ba6a5 rm=None frm=0 */
	li t0, 0xffffffff49883111; fmv.d.x f11, t0; li t0, 0xffffffff3f8ba6a5; fmv.d.x f12, t0; fsrmi 0; fmul.s f10, f11, f12
	CHECK_F(11, f10, 0xffffffff49949698)
	CHECK_FLAGS(12, 0x1)
	/* fmul.s 0xffffffff80fa1945 0xffffffffb59120f0 rm=None frm=0 */
	li t0, 0xffffffff80fa1945; fmv.d.x f11, t0; li t0, 0xffffffffb59120f0; fmv.d.x f12, t0; fsrmi 0; fmul.s f10, f11, f12
	CHECK_F(13, f10, 0xffffffff00000012)
	CHECK_FLAGS(14, 0x3)
	/* fmul.s 0xffffffffff3fb5d9 0xffffffffc985add0 rm=None frm=0 */
	li t0, 0xffffffffff3fb5d9; fmv.d.x f11, t0; li t0, 0xffffffffc985add0; fmv.d.x f12, t0; fsrmi 0; fmul.s f10, f11, f12
	CHECK_F(15, f10, 0xffffffff7f800000)
	CHECK_FLAGS(16, 0x5)
	/* fmul.s 0xffffffff35c09c92 0xffffffff81701da0 rm=None frm=1 */
	li t0, 0xffffffff35c09c92; fmv.d.x f11, t0; li t0, 0xffffffff81701da0; fmv.d.x f12, t0; fsrmi 1; fmul.s f10, f11, f12
	CHECK_F(17, f10, 0xffffffff8000002d)
	CHECK_FLAGS(18, 0x3)
	/* fmul.s 0xffffffff401e5dbf 0xffffffff7f400000 rm=None frm=1 */
	li t0, 0xffffffff401e5dbf; fmv.d.x f11, t0; li t0, 0xffffffff7f400000; fmv.d.x f12, t0; fsrmi 1; fmul.s f10, f11, f12
	CHECK_F(19, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(20, 0x5)
	/* fmul.s 0xffffffff5756afa0 0xffffffffc06821a5 rm=None frm=1 */
	li t0, 0xffffffff5756afa0; fmv.d.x f11, t0; li t0, 0xffffffffc06821a5; fmv.d.x f12, t0; fsrmi 1; fmul.s f10, f11, f12
	CHECK_F(21, f10, 0xffffffffd842ab60)
	CHECK_FLAGS(22, 0x1)
	/* fmul.s 0xffffffff013005d8 0xffffffff49d820a4 rm=None frm=1 */
	li t0, 0xffffffff013005d8; fmv.d.x f11, t0; li t0, 0xffffffff49d820a4; fmv.d.x f12, t0; fsrmi 1; fmul.s f10, f11, f12
	CHECK_F(23, f10, 0xffffffff0b949b5f)
	CHECK_FLAGS(24, 0x1)
	/* fmul.s 0xffffffff8117fd1d 0xffffffff3ff698da rm=None frm=2 */
	li t0, 0xffffffff8117fd1d; fmv.d.x f11, t0; li t0, 0xffffffff3ff698da; fmv.d.x f12, t0; fsrmi 2; fmul.s f10, f11, f12
	CHECK_F(25, f10, 0xffffffff819267fa)
	CHECK_FLAGS(26, 0x1)
	/* fmul.s 0xffffffff30963568 0xffffffffbfd8580a rm=None frm=2 */
	li t0, 0xffffffff30963568; fmv.d.x f11, t0; li t0, 0xffffffffbfd8580a; fmv.d.x f12, t0; fsrmi 2; fmul.s f10, f11, f12
	CHECK_F(27, f10, 0xffffffffb0fde170)
	CHECK_FLAGS(28, 0x1)
	/* fmul.s 0xffffffff801f70c1 0xffffffff49b00000 rm=None frm=2 */
	li t0, 0xffffffff801f70c1; fmv.d.x f11, t0; li t0, 0xffffffff49b00000; fmv.d.x f12, t0; fsrmi 2; fmul.s f10, f11, f12
	CHECK_F(29, f10, 0xffffffff89acec26)
	CHECK_FLAGS(30, 0x1)
	/* fmul.s 0xffffffff0141d4a4 0xffffffff7f2b49f1 rm=None frm=2 */
	li t0, 0xffffffff0141d4a4; fmv.d.x f11, t0; li t0, 0xffffffff7f2b49f1; fmv.d.x f12, t0; fsrmi 2; fmul.s f10, f11, f12
	CHECK_F(31, f10, 0xffffffff4101b105)
	CHECK_FLAGS(32, 0x1)
	/* fmul.s 0xffffffff80d8f37d 0xffffffff805b7c46 rm=None frm=3 */
	li t0, 0xffffffff80d8f37d; fmv.d.x f11, t0; li t0, 0xffffffff805b7c46; fmv.d.x f12, t0; fsrmi 3; fmul.s f10, f11, f12
	CHECK_F(33, f10, 0xffffffff00000001)
	CHECK_FLAGS(34, 0x3)
	/* fmul.s 0xffffffffff4d4220 0xffffffff3f600000 rm=None frm=3 */
	li t0, 0xffffffffff4d4220; fmv.d.x f11, t0; li t0, 0xffffffff3f600000; fmv.d.x f12, t0; fsrmi 3; fmul.s f10, f11, f12
	CHECK_F(35, f10, 0xffffffffff3399dc)
	CHECK_FLAGS(36, 0x0)
	/* fmul.s 0xffffffff49f80000 0xffffffff810c345b rm=None frm=3 */
	li t0, 0xffffffff49f80000; fmv.d.x f11, t0; li t0, 0xffffffff810c345b; fmv.d.x f12, t0; fsrmi 3; fmul.s f10, f11, f12
	CHECK_F(37, f10, 0xffffffff8b87d2b8)
	CHECK_FLAGS(38, 0x1)
	/* fmul.s 0xffffffff8e2d5cfb 0xffffffffce7586cb rm=None frm=3 */
	li t0, 0xffffffff8e2d5cfb; fmv.d.x f11, t0; li t0, 0xffffffffce7586cb; fmv.d.x f12, t0; fsrmi 3; fmul.s f10, f11, f12
	CHECK_F(39, f10, 0xffffffff1d264545)
	CHECK_FLAGS(40, 0x1)
	/* fmul.s 0xffffffff81640000 0xffffffff397ac9b4 rm=None frm=4 */
	li t0, 0xffffffff81640000; fmv.d.x f11, t0; li t0, 0xffffffff397ac9b4; fmv.d.x f12, t0; fsrmi 4; fmul.s f10, f11, f12
	CHECK_F(41, f10, 0xffffffff80001beb)
	CHECK_FLAGS(42, 0x3)
	/* fmul.s 0xffffffff8104bb3e 0xffffffff81157862 rm=None frm=4 */
	li t0, 0xffffffff8104bb3e; fmv.d.x f11, t0; li t0, 0xffffffff81157862; fmv.d.x f12, t0; fsrmi 4; fmul.s f10, f11, f12
	CHECK_F(43, f10, 0xffffffff00000000)
	CHECK_FLAGS(44, 0x3)
	/* fmul.s 0xffffffff57df9979 0xffffffff004eefe1 rm=None frm=4 */
	li t0, 0xffffffff57df9979; fmv.d.x f11, t0; li t0, 0xffffffff004eefe1; fmv.d.x f12, t0; fsrmi 4; fmul.s f10, f11, f12
	CHECK_F(45, f10, 0xffffffff1889e48f)
	CHECK_FLAGS(46, 0x1)
	/* fmul.s 0xffffffffff6ae4f1 0xffffffff3f7881fb rm=None frm=4 */
	li t0, 0xffffffffff6ae4f1; fmv.d.x f11, t0; li t0, 0xffffffff3f7881fb; fmv.d.x f12, t0; fsrmi 4; fmul.s f10, f11, f12
	CHECK_F(47, f10, 0xffffffffff64050d)
	CHECK_FLAGS(48, 0x1)
	/* fdiv.s 0xffffffff00000000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(49, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(50, 0x10)
	/* fdiv.s 0xffffffff00000000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(51, f10, 0xffffffff80000000)
	CHECK_FLAGS(52, 0x0)
	/* fdiv.s 0xffffffff00000000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(53, f10, 0xffffffff80000000)
	CHECK_FLAGS(54, 0x0)
	/* fdiv.s 0xffffffff00000000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(55, f10, 0xffffffff00000000)
	CHECK_FLAGS(56, 0x0)
	/* fdiv.s 0xffffffff00000000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(57, f10, 0xffffffff00000000)
	CHECK_FLAGS(58, 0x0)
	/* fdiv.s 0xffffffff00000000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(59, f10, 0xffffffff80000000)
	CHECK_FLAGS(60, 0x0)
	/* fdiv.s 0xffffffff00000000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(61, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(62, 0x0)
	/* fdiv.s 0xffffffff00000000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(63, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(64, 0x0)
	/* fdiv.s 0xffffffff3f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(65, f10, 0xffffffff7f800000)
	CHECK_FLAGS(66, 0x8)
	/* fdiv.s 0xffffffff3f800000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(67, f10, 0xffffffffbf800000)
	CHECK_FLAGS(68, 0x0)
	/* fdiv.s 0xffffffff3f800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(69, f10, 0xffffffffbecccccd)
	CHECK_FLAGS(70, 0x1)
	/* fdiv.s 0xffffffff3f800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(71, f10, 0xffffffff00200000)
	CHECK_FLAGS(72, 0x3)
	/* fdiv.s 0xffffffff3f800000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(73, f10, 0xffffffff7e800001)
	CHECK_FLAGS(74, 0x1)
	/* fdiv.s 0xffffffff3f800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(75, f10, 0xffffffff80000000)
	CHECK_FLAGS(76, 0x0)
	/* fdiv.s 0xffffffff3f800000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(77, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(78, 0x0)
	/* fdiv.s 0xffffffff3f800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(79, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(80, 0x0)
	/* fdiv.s 0xffffffff3fc00000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(81, f10, 0xffffffff7f800000)
	CHECK_FLAGS(82, 0x8)
	/* fdiv.s 0xffffffff3fc00000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(83, f10, 0xffffffffbfc00000)
	CHECK_FLAGS(84, 0x0)
	/* fdiv.s 0xffffffff3fc00000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(85, f10, 0xffffffffbf19999a)
	CHECK_FLAGS(86, 0x1)
	/* fdiv.s 0xffffffff3fc00000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(87, f10, 0xffffffff00300000)
	CHECK_FLAGS(88, 0x3)
	/* fdiv.s 0xffffffff3fc00000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(89, f10, 0xffffffff7ec00002)
	CHECK_FLAGS(90, 0x1)
	/* fdiv.s 0xffffffff3fc00000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(91, f10, 0xffffffff80000000)
	CHECK_FLAGS(92, 0x0)
	/* fdiv.s 0xffffffff3fc00000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(93, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(94, 0x0)
	/* fdiv.s 0xffffffff3fc00000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(95, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(96, 0x0)
	/* fdiv.s 0xffffffffc0200000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(97, f10, 0xffffffffff800000)
	CHECK_FLAGS(98, 0x8)
	/* fdiv.s 0xffffffffc0200000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(99, f10, 0xffffffff40200000)
	CHECK_FLAGS(100, 0x0)
	/* fdiv.s 0xffffffffc0200000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(101, f10, 0xffffffff3f800000)
	CHECK_FLAGS(102, 0x0)
	/* fdiv.s 0xffffffffc0200000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(103, f10, 0xffffffff80500000)
	CHECK_FLAGS(104, 0x3)
	/* fdiv.s 0xffffffffc0200000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(105, f10, 0xffffffffff200001)
	CHECK_FLAGS(106, 0x1)
	/* fdiv.s 0xffffffffc0200000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(107, f10, 0xffffffff00000000)
	CHECK_FLAGS(108, 0x0)
	/* fdiv.s 0xffffffffc0200000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(109, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(110, 0x0)
	/* fdiv.s 0xffffffffc0200000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(111, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(112, 0x0)
	/* fdiv.s 0xffffffffbf000000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(113, f10, 0xffffffffff800000)
	CHECK_FLAGS(114, 0x8)
	/* fdiv.s 0xffffffffbf000000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(115, f10, 0xffffffff3f000000)
	CHECK_FLAGS(116, 0x0)
	/* fdiv.s 0xffffffffbf000000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(117, f10, 0xffffffff3e4ccccd)
	CHECK_FLAGS(118, 0x1)
	/* fdiv.s 0xffffffffbf000000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(119, f10, 0xffffffff80100000)
	CHECK_FLAGS(120, 0x3)
	/* fdiv.s 0xffffffffbf000000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(121, f10, 0xfffffffffe000001)
	CHECK_FLAGS(122, 0x1)
	/* fdiv.s 0xffffffffbf000000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(123, f10, 0xffffffff00000000)
	CHECK_FLAGS(124, 0x0)
	/* fdiv.s 0xffffffffbf000000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(125, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(126, 0x0)
	/* fdiv.s 0xffffffffbf000000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(127, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(128, 0x0)
	/* fdiv.s 0xffffffffff7fffff 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(129, f10, 0xffffffffff800000)
	CHECK_FLAGS(130, 0x8)
	/* fdiv.s 0xffffffffff7fffff 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(131, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(132, 0x0)
	/* fdiv.s 0xffffffffff7fffff 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(133, f10, 0xffffffff7ecccccc)
	CHECK_FLAGS(134, 0x0)
	/* fdiv.s 0xffffffffff7fffff 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(135, f10, 0xffffffffbf800000)
	CHECK_FLAGS(136, 0x0)
	/* fdiv.s 0xffffffffff7fffff 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(137, f10, 0xffffffffff800000)
	CHECK_FLAGS(138, 0x5)
	/* fdiv.s 0xffffffffff7fffff 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(139, f10, 0xffffffff00000000)
	CHECK_FLAGS(140, 0x0)
	/* fdiv.s 0xffffffffff7fffff 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(141, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(142, 0x0)
	/* fdiv.s 0xffffffffff7fffff 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(143, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(144, 0x0)
	/* fdiv.s 0xffffffff007fffff 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(145, f10, 0xffffffff7f800000)
	CHECK_FLAGS(146, 0x8)
	/* fdiv.s 0xffffffff007fffff 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(147, f10, 0xffffffff807fffff)
	CHECK_FLAGS(148, 0x0)
	/* fdiv.s 0xffffffff007fffff 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(149, f10, 0xffffffff80333333)
	CHECK_FLAGS(150, 0x3)
	/* fdiv.s 0xffffffff007fffff 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(151, f10, 0xffffffff00000000)
	CHECK_FLAGS(152, 0x3)
	/* fdiv.s 0xffffffff007fffff 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(153, f10, 0xffffffff3f800000)
	CHECK_FLAGS(154, 0x0)
	/* fdiv.s 0xffffffff007fffff 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(155, f10, 0xffffffff80000000)
	CHECK_FLAGS(156, 0x0)
	/* fdiv.s 0xffffffff007fffff 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(157, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(158, 0x0)
	/* fdiv.s 0xffffffff007fffff 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(159, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(160, 0x0)
	/* fdiv.s 0xffffffff7f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(161, f10, 0xffffffff7f800000)
	CHECK_FLAGS(162, 0x0)
	/* fdiv.s 0xffffffff7f800000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(163, f10, 0xffffffffff800000)
	CHECK_FLAGS(164, 0x0)
	/* fdiv.s 0xffffffff7f800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(165, f10, 0xffffffffff800000)
	CHECK_FLAGS(166, 0x0)
	/* fdiv.s 0xffffffff7f800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(167, f10, 0xffffffff7f800000)
	CHECK_FLAGS(168, 0x0)
	/* fdiv.s 0xffffffff7f800000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(169, f10, 0xffffffff7f800000)
	CHECK_FLAGS(170, 0x0)
	/* fdiv.s 0xffffffff7f800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(171, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(172, 0x10)
	/* fdiv.s 0xffffffff7f800000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(173, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(174, 0x0)
	/* fdiv.s 0xffffffff7f800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(175, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(176, 0x0)
	/* fdiv.s 0xffffffff7fc00000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(177, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(178, 0x0)
	/* fdiv.s 0xffffffff7fc00000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(179, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(180, 0x0)
	/* fdiv.s 0xffffffff7fc00000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(181, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(182, 0x0)
	/* fdiv.s 0xffffffff7fc00000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(183, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(184, 0x0)
	/* fdiv.s 0xffffffff7fc00000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(185, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(186, 0x0)
	/* fdiv.s 0xffffffff7fc00000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(187, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(188, 0x0)
	/* fdiv.s 0xffffffff7fc00000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(189, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(190, 0x0)
	/* fdiv.s 0xffffffff7fc00000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(191, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(192, 0x0)
	/* fdiv.s 0xffffffffffc12345 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(193, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(194, 0x0)
	/* fdiv.s 0xffffffffffc12345 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(195, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(196, 0x0)
	/* fdiv.s 0xffffffffffc12345 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(197, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(198, 0x0)
	/* fdiv.s 0xffffffffffc12345 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(199, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(200, 0x0)
	/* fdiv.s 0xffffffffffc12345 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(201, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(202, 0x0)
	/* fdiv.s 0xffffffffffc12345 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(203, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(204, 0x0)
	/* fdiv.s 0xffffffffffc12345 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(205, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(206, 0x0)
	/* fdiv.s 0xffffffffffc12345 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(207, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(208, 0x0)
	/* fdiv.s 0x3f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(209, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(210, 0x0)
	/* fdiv.s 0x3f800000 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffbf800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(211, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(212, 0x0)
	/* fdiv.s 0x3f800000 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffc0200000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(213, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(214, 0x0)
	/* fdiv.s 0x3f800000 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(215, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(216, 0x0)
	/* fdiv.s 0x3f800000 0xffffffff007fffff rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff007fffff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(217, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(218, 0x0)
	/* fdiv.s 0x3f800000 0xffffffffff800000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffff800000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(219, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(220, 0x0)
	/* fdiv.s 0x3f800000 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(221, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(222, 0x0)
	/* fdiv.s 0x3f800000 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(223, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(224, 0x0)
	/* fdiv.s 0xffffffff40159a00 0xffffffff80675171 rm=rne frm=None */
	li t0, 0xffffffff40159a00; fmv.d.x f11, t0; li t0, 0xffffffff80675171; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(225, f10, 0xffffffffff395715)
	CHECK_FLAGS(226, 0x1)
	/* fdiv.s 0xffffffff7f24cc18 0xffffffff01080000 rm=rne frm=None */
	li t0, 0xffffffff7f24cc18; fmv.d.x f11, t0; li t0, 0xffffffff01080000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(227, f10, 0xffffffff7f800000)
	CHECK_FLAGS(228, 0x5)
	/* fdiv.s 0xffffffff015d30ff 0xffffffffb5cf2ab6 rm=rne frm=None */
	li t0, 0xffffffff015d30ff; fmv.d.x f11, t0; li t0, 0xffffffffb5cf2ab6; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(229, f10, 0xffffffff8b08aa4b)
	CHECK_FLAGS(230, 0x1)
	/* fdiv.s 0xffffffff3fc00000 0xffffffff2516d6eb rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; li t0, 0xffffffff2516d6eb; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(231, f10, 0xffffffff5a22ed99)
	CHECK_FLAGS(232, 0x1)
	/* fdiv.s 0xffffffffff43c3cc 0xffffffff0149eab4 rm=rne frm=None */
	li t0, 0xffffffffff43c3cc; fmv.d.x f11, t0; li t0, 0xffffffff0149eab4; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(233, f10, 0xffffffffff800000)
	CHECK_FLAGS(234, 0x5)
	/* fdiv.s 0xffffffff01794a2d 0xffffffff7f5944d2 rm=rne frm=None */
	li t0, 0xffffffff01794a2d; fmv.d.x f11, t0; li t0, 0xffffffff7f5944d2; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(235, f10, 0xffffffff00000000)
	CHECK_FLAGS(236, 0x3)
	/* fdiv.s 0xffffffff40580000 0xffffffff40538fe1 rm=rne frm=None */
	li t0, 0xffffffff40580000; fmv.d.x f11, t0; li t0, 0xffffffff40538fe1; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(237, f10, 0xffffffff3f82af61)
	CHECK_FLAGS(238, 0x1)
	/* fdiv.s 0xffffffffb5840000 0xffffffff49fc0000 rm=rne frm=None */
	li t0, 0xffffffffb5840000; fmv.d.x f11, t0; li t0, 0xffffffff49fc0000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(239, f10, 0xffffffffab061862)
	CHECK_FLAGS(240, 0x1)
	/* fdiv.s 0xffffffff00700000 0xffffffff9e13d3c3 rm=rne frm=None */
	li t0, 0xffffffff00700000; fmv.d.x f11, t0; li t0, 0xffffffff9e13d3c3; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(241, f10, 0xffffffffa1c1f4c9)
	CHECK_FLAGS(242, 0x1)
	/* fdiv.s 0xffffffff00f5b43c 0xffffffff3fe00000 rm=rne frm=None */
	li t0, 0xffffffff00f5b43c; fmv.d.x f11, t0; li t0, 0xffffffff3fe00000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(243, f10, 0xffffffff008c66fe)
	CHECK_FLAGS(244, 0x1)
	/* fdiv.s 0xffffffffbf880000 0xffffffffc007d708 rm=rne frm=None */
	li t0, 0xffffffffbf880000; fmv.d.x f11, t0; li t0, 0xffffffffc007d708; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(245, f10, 0xffffffff3f00269b)
	CHECK_FLAGS(246, 0x1)
	/* fdiv.s 0xffffffffbfa4a701 0xffffffff81780000 rm=rne frm=None */
	li t0, 0xffffffffbfa4a701; fmv.d.x f11, t0; li t0, 0xffffffff81780000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(247, f10, 0xffffffff7da9f6b7)
	CHECK_FLAGS(248, 0x1)
	/* fdiv.s 0xffffffff00862ff5 0xffffffff40d0a5d1 rm=rne frm=None */
	li t0, 0xffffffff00862ff5; fmv.d.x f11, t0; li t0, 0xffffffff40d0a5d1; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(249, f10, 0xffffffff00149483)
	CHECK_FLAGS(250, 0x3)
	/* fdiv.s 0xffffffff49b01b54 0xffffffff812455d4 rm=rne frm=None */
	li t0, 0xffffffff49b01b54; fmv.d.x f11, t0; li t0, 0xffffffff812455d4; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(251, f10, 0xffffffffff800000)
	CHECK_FLAGS(252, 0x5)
	/* fdiv.s 0xffffffffb588f294 0xffffffff00dc0000 rm=rtz frm=None */
	li t0, 0xffffffffb588f294; fmv.d.x f11, t0; li t0, 0xffffffff00dc0000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(253, f10, 0xfffffffff41f5b6f)
	CHECK_FLAGS(254, 0x1)
	/* fdiv.s 0xffffffff3ffc0000 0xffffffff81280000 rm=rtz frm=None */
	li t0, 0xffffffff3ffc0000; fmv.d.x f11, t0; li t0, 0xffffffff81280000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(255, f10, 0xfffffffffe400000)
	CHECK_FLAGS(1, 0x0)
	/* fdiv.s 0xffffffff01040000 0xffffffff401e3a23 rm=rtz frm=None */
	li t0, 0xffffffff01040000; fmv.d.x f11, t0; li t0, 0xffffffff401e3a23; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(2, f10, 0xffffffff006ac881)
	CHECK_FLAGS(3, 0x3)
	/* fdiv.s 0xffffffff1b653907 0xffffffff3f62a408 rm=rtz frm=None */
	li t0, 0xffffffff1b653907; fmv.d.x f11, t0; li t0, 0xffffffff3f62a408; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(4, f10, 0xffffffff1b81754f)
	CHECK_FLAGS(5, 0x1)
	/* fdiv.s 0xffffffff01700000 0xffffffffb5bc0000 rm=rtz frm=None */
	li t0, 0xffffffff01700000; fmv.d.x f11, t0; li t0, 0xffffffffb5bc0000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(6, f10, 0xffffffff8b23677d)
	CHECK_FLAGS(7, 0x1)
	/* fdiv.s 0xffffffffb5cbb33a 0xffffffff00f80000 rm=rtz frm=None */
	li t0, 0xffffffffb5cbb33a; fmv.d.x f11, t0; li t0, 0xffffffff00f80000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(8, f10, 0xfffffffff4524565)
	CHECK_FLAGS(9, 0x1)
	/* fdiv.s 0xffffffff87b80000 0xffffffff3fa2e881 rm=rtz frm=None */
	li t0, 0xffffffff87b80000; fmv.d.x f11, t0; li t0, 0xffffffff3fa2e881; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(10, f10, 0xffffffff8790927b)
	CHECK_FLAGS(11, 0x1)
	/* fdiv.s 0xffffffff81185b7f 0xffffffffbfa95ec5 rm=rtz frm=None */
	li t0, 0xffffffff81185b7f; fmv.d.x f11, t0; li t0, 0xffffffffbfa95ec5; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(12, f10, 0xffffffff00e64915)
	CHECK_FLAGS(13, 0x1)
	/* fdiv.s 0xffffffffff368f4f 0xffffffffff1b8440 rm=rtz frm=None */
	li t0, 0xffffffffff368f4f; fmv.d.x f11, t0; li t0, 0xffffffffff1b8440; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(14, f10, 0xffffffff3f96421d)
	CHECK_FLAGS(15, 0x1)
	/* fdiv.s 0xffffffff80740000 0xffffffff0e340000 rm=rtz frm=None */
	li t0, 0xffffffff80740000; fmv.d.x f11, t0; li t0, 0xffffffff0e340000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(16, f10, 0xffffffffb1a4fa4f)
	CHECK_FLAGS(17, 0x1)
	/* fdiv.s 0xffffffff81661995 0xffffffff004a56d1 rm=rtz frm=None */
	li t0, 0xffffffff81661995; fmv.d.x f11, t0; li t0, 0xffffffff004a56d1; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(18, f10, 0xffffffffc0c618f6)
	CHECK_FLAGS(19, 0x1)
	/* fdiv.s 0xffffffffc9c00000 0xffffffff86cf68ad rm=rtz frm=None */
	li t0, 0xffffffffc9c00000; fmv.d.x f11, t0; li t0, 0xffffffff86cf68ad; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(20, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(21, 0x5)
	/* fdiv.s 0xffffffff59340000 0xffffffffbfbc0000 rm=rtz frm=None */
	li t0, 0xffffffff59340000; fmv.d.x f11, t0; li t0, 0xffffffffbfbc0000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(22, f10, 0xffffffffd8f51b3b)
	CHECK_FLAGS(23, 0x1)
	/* fdiv.s 0xffffffff3f387e13 0xffffffff80c00000 rm=rtz frm=None */
	li t0, 0xffffffff3f387e13; fmv.d.x f11, t0; li t0, 0xffffffff80c00000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(24, f10, 0xfffffffffdf5fd6e)
	CHECK_FLAGS(25, 0x1)
	/* fdiv.s 0xffffffffb5bc0000 0xffffffffff6f078e rm=rdn frm=None */
	li t0, 0xffffffffb5bc0000; fmv.d.x f11, t0; li t0, 0xffffffffff6f078e; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(26, f10, 0xffffffff00000003)
	CHECK_FLAGS(27, 0x3)
	/* fdiv.s 0xffffffffff4aa998 0xffffffff83cd16cd rm=rdn frm=None */
	li t0, 0xffffffffff4aa998; fmv.d.x f11, t0; li t0, 0xffffffff83cd16cd; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(28, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(29, 0x5)
	/* fdiv.s 0xffffffff406c0000 0xffffffff49b7b4ff rm=rdn frm=None */
	li t0, 0xffffffff406c0000; fmv.d.x f11, t0; li t0, 0xffffffff49b7b4ff; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(30, f10, 0xffffffff36246f8c)
	CHECK_FLAGS(31, 0x1)
	/* fdiv.s 0xffffffff80b80000 0xffffffffc9b9b66f rm=rdn frm=None */
	li t0, 0xffffffff80b80000; fmv.d.x f11, t0; li t0, 0xffffffffc9b9b66f; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(32, f10, 0xffffffff00000007)
	CHECK_FLAGS(33, 0x3)
	/* fdiv.s 0xffffffff7f5b3794 0xffffffff49fc0000 rm=rdn frm=None */
	li t0, 0xffffffff7f5b3794; fmv.d.x f11, t0; li t0, 0xffffffff49fc0000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(34, f10, 0xffffffff74deb25d)
	CHECK_FLAGS(35, 0x1)
	/* fdiv.s 0xffffffff01400000 0xffffffffbf394a6c rm=rdn frm=None */
	li t0, 0xffffffff01400000; fmv.d.x f11, t0; li t0, 0xffffffffbf394a6c; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(36, f10, 0xffffffff8184a284)
	CHECK_FLAGS(37, 0x1)
	/* fdiv.s 0xffffffff0158f72f 0xffffffff000f5972 rm=rdn frm=None */
	li t0, 0xffffffff0158f72f; fmv.d.x f11, t0; li t0, 0xffffffff000f5972; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(38, f10, 0xffffffff41e22974)
	CHECK_FLAGS(39, 0x1)
	/* fdiv.s 0xffffffffc0600000 0xffffffff01000000 rm=rdn frm=None */
	li t0, 0xffffffffc0600000; fmv.d.x f11, t0; li t0, 0xffffffff01000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(40, f10, 0xfffffffffee00000)
	CHECK_FLAGS(41, 0x0)
	/* fdiv.s 0xffffffff7f040000 0xffffffff406faf14 rm=rdn frm=None */
	li t0, 0xffffffff7f040000; fmv.d.x f11, t0; li t0, 0xffffffff406faf14; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(42, f10, 0xffffffff7e0cfc56)
	CHECK_FLAGS(43, 0x1)
	/* fdiv.s 0xffffffff00ac0048 0xffffffff35a54e2e rm=rdn frm=None */
	li t0, 0xffffffff00ac0048; fmv.d.x f11, t0; li t0, 0xffffffff35a54e2e; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(44, f10, 0xffffffff0a852f45)
	CHECK_FLAGS(45, 0x1)
	/* fdiv.s 0xffffffffbf580000 0xffffffff14b80000 rm=rdn frm=None */
	li t0, 0xffffffffbf580000; fmv.d.x f11, t0; li t0, 0xffffffff14b80000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(46, f10, 0xffffffffea1642c9)
	CHECK_FLAGS(47, 0x1)
	/* fdiv.s 0xffffffff7f2f3bbd 0xffffffffbff96612 rm=rdn frm=None */
	li t0, 0xffffffff7f2f3bbd; fmv.d.x f11, t0; li t0, 0xffffffffbff96612; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(48, f10, 0xfffffffffeb3df20)
	CHECK_FLAGS(49, 0x1)
	/* fdiv.s 0xffffffff35f13c7f 0xffffffff00f40000 rm=rdn frm=None */
	li t0, 0xffffffff35f13c7f; fmv.d.x f11, t0; li t0, 0xffffffff00f40000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(50, f10, 0xffffffff747d19b3)
	CHECK_FLAGS(51, 0x1)
	/* fdiv.s 0xffffffffd38c0000 0xffffffff80c64afa rm=rdn frm=None */
	li t0, 0xffffffffd38c0000; fmv.d.x f11, t0; li t0, 0xffffffff80c64afa; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(52, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(53, 0x5)
	/* fdiv.s 0xffffffffbf8c0000 0xffffffff3f140000 rm=rup frm=None */
	li t0, 0xffffffffbf8c0000; fmv.d.x f11, t0; li t0, 0xffffffff3f140000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(54, f10, 0xffffffffbff22983)
	CHECK_FLAGS(55, 0x1)
	/* fdiv.s 0xffffffff3fd27cc2 0xffffffff01400000 rm=rup frm=None */
	li t0, 0xffffffff3fd27cc2; fmv.d.x f11, t0; li t0, 0xffffffff01400000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(56, f10, 0xffffffff7e0c532c)
	CHECK_FLAGS(57, 0x0)
	/* fdiv.s 0xffffffffbf381fcd 0xffffffff3fbb057d rm=rup frm=None */
	li t0, 0xffffffffbf381fcd; fmv.d.x f11, t0; li t0, 0xffffffff3fbb057d; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(58, f10, 0xffffffffbefc08c2)
	CHECK_FLAGS(59, 0x1)
	/* fdiv.s 0xffffffff0cf339f7 0xffffffff49efcc4f rm=rup frm=None */
	li t0, 0xffffffff0cf339f7; fmv.d.x f11, t0; li t0, 0xffffffff49efcc4f; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(60, f10, 0xffffffff0281d47b)
	CHECK_FLAGS(61, 0x1)
	/* fdiv.s 0xffffffff26e00000 0xffffffffff3a75f4 rm=rup frm=None */
	li t0, 0xffffffff26e00000; fmv.d.x f11, t0; li t0, 0xffffffffff3a75f4; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(62, f10, 0xffffffff80000000)
	CHECK_FLAGS(63, 0x3)
	/* fdiv.s 0xffffffff498c0000 0xffffffffbfd5e0a2 rm=rup frm=None */
	li t0, 0xffffffff498c0000; fmv.d.x f11, t0; li t0, 0xffffffffbfd5e0a2; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(64, f10, 0xffffffffc9279294)
	CHECK_FLAGS(65, 0x1)
	/* fdiv.s 0xffffffff3ffa5a4a 0xffffffffc9d6b6c2 rm=rup frm=None */
	li t0, 0xffffffff3ffa5a4a; fmv.d.x f11, t0; li t0, 0xffffffffc9d6b6c2; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(66, f10, 0xffffffffb5953eeb)
	CHECK_FLAGS(67, 0x1)
	/* fdiv.s 0xffffffff83836bf4 0xffffffffbf680000 rm=rup frm=None */
	li t0, 0xffffffff83836bf4; fmv.d.x f11, t0; li t0, 0xffffffffbf680000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(68, f10, 0xffffffff0391045d)
	CHECK_FLAGS(69, 0x1)
	/* fdiv.s 0xffffffff49eed312 0xffffffff010cd994 rm=rup frm=None */
	li t0, 0xffffffff49eed312; fmv.d.x f11, t0; li t0, 0xffffffff010cd994; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(70, f10, 0xffffffff7f800000)
	CHECK_FLAGS(71, 0x5)
	/* fdiv.s 0xffffffffff340000 0xffffffff3f6ab312 rm=rup frm=None */
	li t0, 0xffffffffff340000; fmv.d.x f11, t0; li t0, 0xffffffff3f6ab312; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(72, f10, 0xffffffffff44560f)
	CHECK_FLAGS(73, 0x1)
	/* fdiv.s 0xffffffff49ac0000 0xffffffffff75c0ad rm=rup frm=None */
	li t0, 0xffffffff49ac0000; fmv.d.x f11, t0; li t0, 0xffffffffff75c0ad; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(74, f10, 0xffffffff89b32c0a)
	CHECK_FLAGS(75, 0x1)
	/* fdiv.s 0xffffffff00b80000 0xffffffff074c0580 rm=rup frm=None */
	li t0, 0xffffffff00b80000; fmv.d.x f11, t0; li t0, 0xffffffff074c0580; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(76, f10, 0xffffffff38e6e0ae)
	CHECK_FLAGS(77, 0x1)
	/* fdiv.s 0xffffffffbfb08ad5 0xffffffff0115a6f4 rm=rup frm=None */
	li t0, 0xffffffffbfb08ad5; fmv.d.x f11, t0; li t0, 0xffffffff0115a6f4; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(78, f10, 0xfffffffffe16ffe5)
	CHECK_FLAGS(79, 0x1)
	/* fdiv.s 0xffffffff999c4744 0xffffffff801da918 rm=rup frm=None */
	li t0, 0xffffffff999c4744; fmv.d.x f11, t0; li t0, 0xffffffff801da918; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(80, f10, 0xffffffff59a89ad9)
	CHECK_FLAGS(81, 0x1)
	/* fdiv.s 0xffffffff0103cdcc 0xffffffff00ee911d rm=rmm frm=None */
	li t0, 0xffffffff0103cdcc; fmv.d.x f11, t0; li t0, 0xffffffff00ee911d; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(82, f10, 0xffffffff3f8d6f76)
	CHECK_FLAGS(83, 0x1)
	/* fdiv.s 0xffffffff49a2a228 0xffffffff817c0000 rm=rmm frm=None */
	li t0, 0xffffffff49a2a228; fmv.d.x f11, t0; li t0, 0xffffffff817c0000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(84, f10, 0xffffffffff800000)
	CHECK_FLAGS(85, 0x5)
	/* fdiv.s 0xffffffff813c0000 0xffffffffb5c941d1 rm=rmm frm=None */
	li t0, 0xffffffff813c0000; fmv.d.x f11, t0; li t0, 0xffffffffb5c941d1; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(86, f10, 0xffffffff0aef230d)
	CHECK_FLAGS(87, 0x1)
	/* fdiv.s 0xffffffff27b251c0 0xffffffff00aca727 rm=rmm frm=None */
	li t0, 0xffffffff27b251c0; fmv.d.x f11, t0; li t0, 0xffffffff00aca727; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(88, f10, 0xffffffff6684336f)
	CHECK_FLAGS(89, 0x1)
	/* fdiv.s 0xffffffff00ec10e3 0xffffffff35c33da1 rm=rmm frm=None */
	li t0, 0xffffffff00ec10e3; fmv.d.x f11, t0; li t0, 0xffffffff35c33da1; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(90, f10, 0xffffffff0a9ac3db)
	CHECK_FLAGS(91, 0x1)
	/* fdiv.s 0xffffffff35aca2f8 0xffffffff4068297d rm=rmm frm=None */
	li t0, 0xffffffff35aca2f8; fmv.d.x f11, t0; li t0, 0xffffffff4068297d; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(92, f10, 0xffffffff34be5cd2)
	CHECK_FLAGS(93, 0x1)
	/* fdiv.s 0xffffffff80d40000 0xffffffff8172b1e6 rm=rmm frm=None */
	li t0, 0xffffffff80d40000; fmv.d.x f11, t0; li t0, 0xffffffff8172b1e6; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(94, f10, 0xffffffff3edf9f50)
	CHECK_FLAGS(95, 0x1)
	/* fdiv.s 0xffffffffc01ecb1b 0xffffffff811b94fd rm=rmm frm=None */
	li t0, 0xffffffffc01ecb1b; fmv.d.x f11, t0; li t0, 0xffffffff811b94fd; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(96, f10, 0xffffffff7e82a45f)
	CHECK_FLAGS(97, 0x1)
	/* fdiv.s 0xffffffffb5c5b573 0xffffffffb585aa98 rm=rmm frm=None */
	li t0, 0xffffffffb5c5b573; fmv.d.x f11, t0; li t0, 0xffffffffb585aa98; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(98, f10, 0xffffffff3fbd53d8)
	CHECK_FLAGS(99, 0x1)
	/* fdiv.s 0xffffffff3f1c0000 0xffffffff7f740000 rm=rmm frm=None */
	li t0, 0xffffffff3f1c0000; fmv.d.x f11, t0; li t0, 0xffffffff7f740000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(100, f10, 0xffffffff00147582)
	CHECK_FLAGS(101, 0x3)
	/* fdiv.s 0xffffffff49f1dac1 0xffffffff7f580000 rm=rmm frm=None */
	li t0, 0xffffffff49f1dac1; fmv.d.x f11, t0; li t0, 0xffffffff7f580000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(102, f10, 0xffffffff0a0f5239)
	CHECK_FLAGS(103, 0x1)
	/* fdiv.s 0xffffffff3f39060a 0xffffffffff4b9052 rm=rmm frm=None */
	li t0, 0xffffffff3f39060a; fmv.d.x f11, t0; li t0, 0xffffffffff4b9052; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(104, f10, 0xffffffff801d15e4)
	CHECK_FLAGS(105, 0x3)
	/* fdiv.s 0xffffffff358c0000 0xffffffff961c8a96 rm=rmm frm=None */
	li t0, 0xffffffff358c0000; fmv.d.x f11, t0; li t0, 0xffffffff961c8a96; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(106, f10, 0xffffffffdee4f2f8)
	CHECK_FLAGS(107, 0x1)
	/* fdiv.s 0xffffffffbc900000 0xffffffff00380000 rm=rmm frm=None */
	li t0, 0xffffffffbc900000; fmv.d.x f11, t0; li t0, 0xffffffff00380000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(108, f10, 0xfffffffffc249249)
	CHECK_FLAGS(109, 0x1)
	/* fdiv.s 0xffffffff802b5c92 0xffffffff00500000 rm=None frm=0 */
	li t0, 0xffffffff802b5c92; fmv.d.x f11, t0; li t0, 0xffffffff00500000; fmv.d.x f12, t0; fsrmi 0; fdiv.s f10, f11, f12
	CHECK_F(110, f10, 0xffffffffbf0ac1d3)
	CHECK_FLAGS(111, 0x1)
	/* fdiv.s 0xffffffff00080000 0xffffffff0126dca0 rm=None frm=0 */
	li t0, 0xffffffff00080000; fmv.d.x f11, t0; li t0, 0xffffffff0126dca0; fmv.d.x f12, t0; fsrmi 0; fdiv.s f10, f11, f12
	CHECK_F(112, f10, 0xffffffff3cc460c9)
	CHECK_FLAGS(113, 0x1)
	/* fdiv.s 0xffffffffb3940000 0xffffffffff4c0000 rm=None frm=0 */
	li t0, 0xffffffffb3940000; fmv.d.x f11, t0; li t0, 0xffffffffff4c0000; fmv.d.x f12, t0; fsrmi 0; fdiv.s f10, f11, f12
	CHECK_F(114, f10, 0xffffffff00000000)
	CHECK_FLAGS(115, 0x3)
	/* fdiv.s 0xffffffff2b340000 0xffffffff3f0cd22d rm=None frm=0 */
	li t0, 0xffffffff2b340000; fmv.d.x f11, t0; li t0, 0xffffffff3f0cd22d; fmv.d.x f12, t0; fsrmi 0; fdiv.s f10, f11, f12
	CHECK_F(116, f10, 0xffffffff2ba39caa)
	CHECK_FLAGS(117, 0x1)
	/* fdiv.s 0xffffffff3f763277 0xffffffff498cad58 rm=None frm=1 */
	li t0, 0xffffffff3f763277; fmv.d.x f11, t0; li t0, 0xffffffff498cad58; fmv.d.x f12, t0; fsrmi 1; fdiv.s f10, f11, f12
	CHECK_F(118, f10, 0xffffffff356002d5)
	CHECK_FLAGS(119, 0x1)
	/* fdiv.s 0xffffffff815c3218 0xffffffff80acb31e rm=None frm=1 */
	li t0, 0xffffffff815c3218; fmv.d.x f11, t0; li t0, 0xffffffff80acb31e; fmv.d.x f12, t0; fsrmi 1; fdiv.s f10, f11, f12
	CHECK_F(120, f10, 0xffffffff402333e1)
	CHECK_FLAGS(121, 0x1)
	/* fdiv.s 0xffffffff40140000 0xffffffffa0b149c3 rm=None frm=1 */
	li t0, 0xffffffff40140000; fmv.d.x f11, t0; li t0, 0xffffffffa0b149c3; fmv.d.x f12, t0; fsrmi 1; fdiv.s f10, f11, f12
	CHECK_F(122, f10, 0xffffffffded5b567)
	CHECK_FLAGS(123, 0x1)
	/* fdiv.s 0xffffffff912c0000 0xffffffff81780000 rm=None frm=1 */
	li t0, 0xffffffff912c0000; fmv.d.x f11, t0; li t0, 0xffffffff81780000; fmv.d.x f12, t0; fsrmi 1; fdiv.s f10, f11, f12
	CHECK_F(124, f10, 0xffffffff4f318c63)
	CHECK_FLAGS(125, 0x1)
	/* fdiv.s 0xffffffffb5cc9032 0xffffffff44800000 rm=None frm=2 */
	li t0, 0xffffffffb5cc9032; fmv.d.x f11, t0; li t0, 0xffffffff44800000; fmv.d.x f12, t0; fsrmi 2; fdiv.s f10, f11, f12
	CHECK_F(126, f10, 0xffffffffb0cc9032)
	CHECK_FLAGS(127, 0x0)
	/* fdiv.s 0xffffffffa6b01200 0xffffffff35b65e25 rm=None frm=2 */
	li t0, 0xffffffffa6b01200; fmv.d.x f11, t0; li t0, 0xffffffff35b65e25; fmv.d.x f12, t0; fsrmi 2; fdiv.s f10, f11, f12
	CHECK_F(128, f10, 0xffffffffb07728f1)
	CHECK_FLAGS(129, 0x1)
	/* fdiv.s 0xffffffffbff40000 0xffffffff49abbc96 rm=None frm=2 */
	li t0, 0xffffffffbff40000; fmv.d.x f11, t0; li t0, 0xffffffff49abbc96; fmv.d.x f12, t0; fsrmi 2; fdiv.s f10, f11, f12
	CHECK_F(130, f10, 0xffffffffb5b5dc1e)
	CHECK_FLAGS(131, 0x1)
	/* fdiv.s 0xffffffff1e62d410 0xffffffff35dc0000 rm=None frm=2 */
	li t0, 0xffffffff1e62d410; fmv.d.x f11, t0; li t0, 0xffffffff35dc0000; fmv.d.x f12, t0; fsrmi 2; fdiv.s f10, f11, f12
	CHECK_F(132, f10, 0xffffffff2803f90d)
	CHECK_FLAGS(133, 0x1)
	/* fdiv.s 0xffffffff01140000 0xffffffff9ac493bd rm=None frm=3 */
	li t0, 0xffffffff01140000; fmv.d.x f11, t0; li t0, 0xffffffff9ac493bd; fmv.d.x f12, t0; fsrmi 3; fdiv.s f10, f11, f12
	CHECK_F(134, f10, 0xffffffffa5c0bd16)
	CHECK_FLAGS(135, 0x1)
	/* fdiv.s 0xffffffffc76fa2df 0xffffffff254f102d rm=None frm=3 */
	li t0, 0xffffffffc76fa2df; fmv.d.x f11, t0; li t0, 0xffffffff254f102d; fmv.d.x f12, t0; fsrmi 3; fdiv.s f10, f11, f12
	CHECK_F(136, f10, 0xffffffffe19422b8)
	CHECK_FLAGS(137, 0x1)
	/* fdiv.s 0xffffffff3fa0e92d 0xffffffff0ebdb96c rm=None frm=3 */
	li t0, 0xffffffff3fa0e92d; fmv.d.x f11, t0; li t0, 0xffffffff0ebdb96c; fmv.d.x f12, t0; fsrmi 3; fdiv.s f10, f11, f12
	CHECK_F(138, f10, 0xffffffff70591f0a)
	CHECK_FLAGS(139, 0x1)
	/* fdiv.s 0xffffffff7f300000 0xffffffff811f213e rm=None frm=3 */
	li t0, 0xffffffff7f300000; fmv.d.x f11, t0; li t0, 0xffffffff811f213e; fmv.d.x f12, t0; fsrmi 3; fdiv.s f10, f11, f12
	CHECK_F(140, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(141, 0x5)
	/* fdiv.s 0xffffffff3ff52133 0xffffffff499b98bc rm=None frm=4 */
	li t0, 0xffffffff3ff52133; fmv.d.x f11, t0; li t0, 0xffffffff499b98bc; fmv.d.x f12, t0; fsrmi 4; fdiv.s f10, f11, f12
	CHECK_F(142, f10, 0xffffffff35c9a74a)
	CHECK_FLAGS(143, 0x1)
	/* fdiv.s 0xffffffffc9bb2895 0xffffffff403253d1 rm=None frm=4 */
	li t0, 0xffffffffc9bb2895; fmv.d.x f11, t0; li t0, 0xffffffff403253d1; fmv.d.x f12, t0; fsrmi 4; fdiv.s f10, f11, f12
	CHECK_F(144, f10, 0xffffffffc90656bc)
	CHECK_FLAGS(145, 0x1)
	/* fdiv.s 0xffffffffb5880000 0xffffffff3f340000 rm=None frm=4 */
	li t0, 0xffffffffb5880000; fmv.d.x f11, t0; li t0, 0xffffffff3f340000; fmv.d.x f12, t0; fsrmi 4; fdiv.s f10, f11, f12
	CHECK_F(146, f10, 0xffffffffb5c16c17)
	CHECK_FLAGS(147, 0x1)
	/* fdiv.s 0xffffffffc0051c21 0xffffffffb583a95c rm=None frm=4 */
	li t0, 0xffffffffc0051c21; fmv.d.x f11, t0; li t0, 0xffffffffb583a95c; fmv.d.x f12, t0; fsrmi 4; fdiv.s f10, f11, f12
	CHECK_F(148, f10, 0xffffffff4a016875)
	CHECK_FLAGS(149, 0x1)
	/* fsqrt.s 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(150, f10, 0xffffffff00000000)
	CHECK_FLAGS(151, 0x0)
	/* fsqrt.s 0xffffffff80000000 rm=rne frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(152, f10, 0xffffffff80000000)
	CHECK_FLAGS(153, 0x0)
	/* fsqrt.s 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(154, f10, 0xffffffff3f800000)
	CHECK_FLAGS(155, 0x0)
	/* fsqrt.s 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(156, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(157, 0x10)
	/* fsqrt.s 0xffffffff3fc00000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(158, f10, 0xffffffff3f9cc471)
	CHECK_FLAGS(159, 0x1)
	/* fsqrt.s 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(160, f10, 0xffffffff3fca62c2)
	CHECK_FLAGS(161, 0x1)
	/* fsqrt.s 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(162, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(163, 0x10)
	/* fsqrt.s 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(164, f10, 0xffffffff3f3504f3)
	CHECK_FLAGS(165, 0x1)
	/* fsqrt.s 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(166, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(167, 0x10)
	/* fsqrt.s 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(168, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(169, 0x1)
	/* fsqrt.s 0xffffffffff7fffff rm=rne frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(170, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(171, 0x10)
	/* fsqrt.s 0xffffffff00800000 rm=rne frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(172, f10, 0xffffffff20000000)
	CHECK_FLAGS(173, 0x0)
	/* fsqrt.s 0xffffffff007fffff rm=rne frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(174, f10, 0xffffffff1fffffff)
	CHECK_FLAGS(175, 0x1)
	/* fsqrt.s 0xffffffff00000001 rm=rne frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(176, f10, 0xffffffff1a3504f3)
	CHECK_FLAGS(177, 0x1)
	/* fsqrt.s 0xffffffff7f800000 rm=rne frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(178, f10, 0xffffffff7f800000)
	CHECK_FLAGS(179, 0x0)
	/* fsqrt.s 0xffffffffff800000 rm=rne frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(180, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(181, 0x10)
	/* fsqrt.s 0xffffffff7fc00000 rm=rne frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(182, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(183, 0x0)
	/* fsqrt.s 0xffffffff7f800001 rm=rne frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(184, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(185, 0x10)
	/* fsqrt.s 0xffffffffffc12345 rm=rne frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(186, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(187, 0x0)
	/* fsqrt.s 0xffffffff3f800001 rm=rne frm=None */
	li t0, 0xffffffff3f800001; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(188, f10, 0xffffffff3f800000)
	CHECK_FLAGS(189, 0x1)
	/* fsqrt.s 0x3f800000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(190, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(191, 0x0)
	/* fsqrt.s 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(192, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(193, 0x0)
	/* fsqrt.s 0xffffffff3f2ad346 rm=rne frm=None */
	li t0, 0xffffffff3f2ad346; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(194, f10, 0xffffffff3f511ec8)
	CHECK_FLAGS(195, 0x1)
	/* fsqrt.s 0xffffffff3acd05ff rm=rne frm=None */
	li t0, 0xffffffff3acd05ff; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(196, f10, 0xffffffff3d21ff35)
	CHECK_FLAGS(197, 0x1)
	/* fsqrt.s 0xffffffff181c415f rm=rne frm=None */
	li t0, 0xffffffff181c415f; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(198, f10, 0xffffffff2bc800e1)
	CHECK_FLAGS(199, 0x1)
	/* fsqrt.s 0xffffffff3f400000 rm=rne frm=None */
	li t0, 0xffffffff3f400000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(200, f10, 0xffffffff3f5db3d7)
	CHECK_FLAGS(201, 0x1)
	/* fsqrt.s 0xffffffff00f0ce94 rm=rne frm=None */
	li t0, 0xffffffff00f0ce94; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(202, f10, 0xffffffff202f90cd)
	CHECK_FLAGS(203, 0x1)
	/* fsqrt.s 0xffffffff7f36426e rm=rne frm=None */
	li t0, 0xffffffff7f36426e; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(204, f10, 0xffffffff5f580171)
	CHECK_FLAGS(205, 0x1)
	/* fsqrt.s 0xffffffff49b40000 rm=rne frm=None */
	li t0, 0xffffffff49b40000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(206, f10, 0xffffffff4497ca11)
	CHECK_FLAGS(207, 0x1)
	/* fsqrt.s 0xffffffff3f600000 rm=rne frm=None */
	li t0, 0xffffffff3f600000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(208, f10, 0xffffffff3f6f7751)
	CHECK_FLAGS(209, 0x1)
	/* fsqrt.s 0xffffffff49a3f86a rm=rne frm=None */
	li t0, 0xffffffff49a3f86a; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(210, f10, 0xffffffff4490df82)
	CHECK_FLAGS(211, 0x1)
	/* fsqrt.s 0xffffffff35c55f09 rm=rne frm=None */
	li t0, 0xffffffff35c55f09; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(212, f10, 0xffffffff3a9ef1ec)
	CHECK_FLAGS(213, 0x1)
	/* fsqrt.s 0xffffffff01211c91 rm=rtz frm=None */
	li t0, 0xffffffff01211c91; fmv.d.x f11, t0; fsqrt.s f10, f11, rtz
	CHECK_F(214, f10, 0xffffffff204b166b)
	CHECK_FLAGS(215, 0x1)
	/* fsqrt.s 0xffffffff3f1a04db rm=rtz frm=None */
	li t0, 0xffffffff3f1a04db; fmv.d.x f11, t0; fsqrt.s f10, f11, rtz
	CHECK_F(216, f10, 0xffffffff3f469127)
	CHECK_FLAGS(217, 0x1)
	/* fsqrt.s 0xffffffff35d40000 rm=rtz frm=None */
	li t0, 0xffffffff35d40000; fmv.d.x f11, t0; fsqrt.s f10, f11, rtz
	CHECK_F(218, f10, 0xffffffff3aa4bae6)
	CHECK_FLAGS(219, 0x1)
	/* fsqrt.s 0xffffffff016c00dc rm=rtz frm=None */
	li t0, 0xffffffff016c00dc; fmv.d.x f11, t0; fsqrt.s f10, f11, rtz
	CHECK_F(220, f10, 0xffffffff2075cc64)
	CHECK_FLAGS(221, 0x1)
	/* fsqrt.s 0xffffffff3f2bd328 rm=rtz frm=None */
	li t0, 0xffffffff3f2bd328; fmv.d.x f11, t0; fsqrt.s f10, f11, rtz
	CHECK_F(222, f10, 0xffffffff3f51bb2c)
	CHECK_FLAGS(223, 0x1)
	/* fsqrt.s 0xffffffff01780000 rm=rtz frm=None */
	li t0, 0xffffffff01780000; fmv.d.x f11, t0; fsqrt.s f10, f11, rtz
	CHECK_F(224, f10, 0xffffffff207bf7df)
	CHECK_FLAGS(225, 0x1)
	/* fsqrt.s 0xffffffff00d8758d rm=rtz frm=None */
	li t0, 0xffffffff00d8758d; fmv.d.x f11, t0; fsqrt.s f10, f11, rtz
	CHECK_F(226, f10, 0xffffffff2026741a)
	CHECK_FLAGS(227, 0x1)
	/* fsqrt.s 0xffffffff00b80000 rm=rtz frm=None */
	li t0, 0xffffffff00b80000; fmv.d.x f11, t0; fsqrt.s f10, f11, rtz
	CHECK_F(228, f10, 0xffffffff20197773)
	CHECK_FLAGS(229, 0x1)
	/* fsqrt.s 0xffffffff35df8cb3 rm=rtz frm=None */
	li t0, 0xffffffff35df8cb3; fmv.d.x f11, t0; fsqrt.s f10, f11, rtz
	CHECK_F(230, f10, 0xffffffff3aa92863)
	CHECK_FLAGS(231, 0x1)
	/* fsqrt.s 0xffffffff3f9c0000 rm=rtz frm=None */
	li t0, 0xffffffff3f9c0000; fmv.d.x f11, t0; fsqrt.s f10, f11, rtz
	CHECK_F(232, f10, 0xffffffff3f8d4ee4)
	CHECK_FLAGS(233, 0x1)
	/* fsqrt.s 0xffffffff3fa65619 rm=rdn frm=None */
	li t0, 0xffffffff3fa65619; fmv.d.x f11, t0; fsqrt.s f10, f11, rdn
	CHECK_F(234, f10, 0xffffffff3f91ea1e)
	CHECK_FLAGS(235, 0x1)
	/* fsqrt.s 0xffffffff58559569 rm=rdn frm=None */
	li t0, 0xffffffff58559569; fmv.d.x f11, t0; fsqrt.s f10, f11, rdn
	CHECK_F(236, f10, 0xffffffff4be9d4fe)
	CHECK_FLAGS(237, 0x1)
	/* fsqrt.s 0xffffffff2d451acf rm=rdn frm=None */
	li t0, 0xffffffff2d451acf; fmv.d.x f11, t0; fsqrt.s f10, f11, rdn
	CHECK_F(238, f10, 0xffffffff3660a160)
	CHECK_FLAGS(239, 0x1)
	/* fsqrt.s 0xffffffff49d4d54f rm=rdn frm=None */
	li t0, 0xffffffff49d4d54f; fmv.d.x f11, t0; fsqrt.s f10, f11, rdn
	CHECK_F(240, f10, 0xffffffff44a50db1)
	CHECK_FLAGS(241, 0x1)
	/* fsqrt.s 0xffffffff001c0000 rm=rdn frm=None */
	li t0, 0xffffffff001c0000; fmv.d.x f11, t0; fsqrt.s f10, f11, rdn
	CHECK_F(242, f10, 0xffffffff1f6f7750)
	CHECK_FLAGS(243, 0x1)
	/* fsqrt.s 0xffffffff17b00000 rm=rdn frm=None */
	li t0, 0xffffffff17b00000; fmv.d.x f11, t0; fsqrt.s f10, f11, rdn
	CHECK_F(244, f10, 0xffffffff2b9617e2)
	CHECK_FLAGS(245, 0x1)
	/* fsqrt.s 0xffffffff00f68c81 rm=rdn frm=None */
	li t0, 0xffffffff00f68c81; fmv.d.x f11, t0; fsqrt.s f10, f11, rdn
	CHECK_F(246, f10, 0xffffffff2031a57c)
	CHECK_FLAGS(247, 0x1)
	/* fsqrt.s 0xffffffff017ec750 rm=rdn frm=None */
	li t0, 0xffffffff017ec750; fmv.d.x f11, t0; fsqrt.s f10, f11, rdn
	CHECK_F(248, f10, 0xffffffff207f6378)
	CHECK_FLAGS(249, 0x1)
	/* fsqrt.s 0xffffffff3f54b949 rm=rdn frm=None */
	li t0, 0xffffffff3f54b949; fmv.d.x f11, t0; fsqrt.s f10, f11, rdn
	CHECK_F(250, f10, 0xffffffff3f695c60)
	CHECK_FLAGS(251, 0x1)
	/* fsqrt.s 0xffffffff3f8b223d rm=rdn frm=None */
	li t0, 0xffffffff3f8b223d; fmv.d.x f11, t0; fsqrt.s f10, f11, rdn
	CHECK_F(252, f10, 0xffffffff3f857368)
	CHECK_FLAGS(253, 0x1)
	/* fsqrt.s 0xffffffff00100000 rm=rup frm=None */
	li t0, 0xffffffff00100000; fmv.d.x f11, t0; fsqrt.s f10, f11, rup
	CHECK_F(254, f10, 0xffffffff1f3504f4)
	CHECK_FLAGS(255, 0x1)
	/* fsqrt.s 0xffffffff49ac0000 rm=rup frm=None */
	li t0, 0xffffffff49ac0000; fmv.d.x f11, t0; fsqrt.s f10, f11, rup
	CHECK_F(1, f10, 0xffffffff449460be)
	CHECK_FLAGS(2, 0x1)
	/* fsqrt.s 0xffffffff401e3409 rm=rup frm=None */
	li t0, 0xffffffff401e3409; fmv.d.x f11, t0; fsqrt.s f10, f11, rup
	CHECK_F(3, f10, 0xffffffff3fc93f08)
	CHECK_FLAGS(4, 0x1)
	/* fsqrt.s 0xffffffff01e45006 rm=rup frm=None */
	li t0, 0xffffffff01e45006; fmv.d.x f11, t0; fsqrt.s f10, f11, rup
	CHECK_F(5, f10, 0xffffffff20aaf349)
	CHECK_FLAGS(6, 0x1)
	/* fsqrt.s 0xffffffff35cfc468 rm=rup frm=None */
	li t0, 0xffffffff35cfc468; fmv.d.x f11, t0; fsqrt.s f10, f11, rup
	CHECK_F(7, f10, 0xffffffff3aa313ca)
	CHECK_FLAGS(8, 0x1)
	/* fsqrt.s 0xffffffff35d40000 rm=rup frm=None */
	li t0, 0xffffffff35d40000; fmv.d.x f11, t0; fsqrt.s f10, f11, rup
	CHECK_F(9, f10, 0xffffffff3aa4bae7)
	CHECK_FLAGS(10, 0x1)
	/* fsqrt.s 0xffffffff3f96d6a2 rm=rup frm=None */
	li t0, 0xffffffff3f96d6a2; fmv.d.x f11, t0; fsqrt.s f10, f11, rup
	CHECK_F(11, f10, 0xffffffff3f8af366)
	CHECK_FLAGS(12, 0x1)
	/* fsqrt.s 0xffffffff7f3b8958 rm=rup frm=None */
	li t0, 0xffffffff7f3b8958; fmv.d.x f11, t0; fsqrt.s f10, f11, rup
	CHECK_F(13, f10, 0xffffffff5f5b1c40)
	CHECK_FLAGS(14, 0x1)
	/* fsqrt.s 0xffffffff0161f7ee rm=rup frm=None */
	li t0, 0xffffffff0161f7ee; fmv.d.x f11, t0; fsqrt.s f10, f11, rup
	CHECK_F(15, f10, 0xffffffff20708417)
	CHECK_FLAGS(16, 0x1)
	/* fsqrt.s 0xffffffff15540000 rm=rup frm=None */
	li t0, 0xffffffff15540000; fmv.d.x f11, t0; fsqrt.s f10, f11, rup
	CHECK_F(17, f10, 0xffffffff2a68f6aa)
	CHECK_FLAGS(18, 0x1)
	/* fsqrt.s 0xffffffff3f5a7bfd rm=rmm frm=None */
	li t0, 0xffffffff3f5a7bfd; fmv.d.x f11, t0; fsqrt.s f10, f11, rmm
	CHECK_F(19, f10, 0xffffffff3f6c7fdc)
	CHECK_FLAGS(20, 0x1)
	/* fsqrt.s 0xffffffff49dfbcf7 rm=rmm frm=None */
	li t0, 0xffffffff49dfbcf7; fmv.d.x f11, t0; fsqrt.s f10, f11, rmm
	CHECK_F(21, f10, 0xffffffff44a93aa5)
	CHECK_FLAGS(22, 0x1)
	/* fsqrt.s 0xffffffff35bbe8da rm=rmm frm=None */
	li t0, 0xffffffff35bbe8da; fmv.d.x f11, t0; fsqrt.s f10, f11, rmm
	CHECK_F(23, f10, 0xffffffff3a9b16a4)
	CHECK_FLAGS(24, 0x1)
	/* fsqrt.s 0xffffffff00b4e7ce rm=rmm frm=None */
	li t0, 0xffffffff00b4e7ce; fmv.d.x f11, t0; fsqrt.s f10, f11, rmm
	CHECK_F(25, f10, 0xffffffff20182baf)
	CHECK_FLAGS(26, 0x1)
	/* fsqrt.s 0xffffffff49a3e8e9 rm=rmm frm=None */
	li t0, 0xffffffff49a3e8e9; fmv.d.x f11, t0; fsqrt.s f10, f11, rmm
	CHECK_F(27, f10, 0xffffffff4490d8a8)
	CHECK_FLAGS(28, 0x1)
	/* fsqrt.s 0xffffffff0031bebb rm=rmm frm=None */
	li t0, 0xffffffff0031bebb; fmv.d.x f11, t0; fsqrt.s f10, f11, rmm
	CHECK_F(29, f10, 0xffffffff1f9f976f)
	CHECK_FLAGS(30, 0x1)
	/* fsqrt.s 0xffffffff007aacd4 rm=rmm frm=None */
	li t0, 0xffffffff007aacd4; fmv.d.x f11, t0; fsqrt.s f10, f11, rmm
	CHECK_F(31, f10, 0xffffffff1ffa9e59)
	CHECK_FLAGS(32, 0x1)
	/* fsqrt.s 0xffffffff1280e61b rm=rmm frm=None */
	li t0, 0xffffffff1280e61b; fmv.d.x f11, t0; fsqrt.s f10, f11, rmm
	CHECK_F(33, f10, 0xffffffff290072da)
	CHECK_FLAGS(34, 0x1)
	/* fsqrt.s 0xffffffff7f4d81ec rm=rmm frm=None */
	li t0, 0xffffffff7f4d81ec; fmv.d.x f11, t0; fsqrt.s f10, f11, rmm
	CHECK_F(35, f10, 0xffffffff5f655e58)
	CHECK_FLAGS(36, 0x1)
	/* fsqrt.s 0xffffffff00580000 rm=rmm frm=None */
	li t0, 0xffffffff00580000; fmv.d.x f11, t0; fsqrt.s f10, f11, rmm
	CHECK_F(37, f10, 0xffffffff1fd44395)
	CHECK_FLAGS(38, 0x1)
	/* fadd.d 0x0 0x0 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(39, f10, 0x0)
	CHECK_FLAGS(40, 0x0)
	/* fadd.d 0x0 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(41, f10, 0xbff0000000000000)
	CHECK_FLAGS(42, 0x0)
	/* fadd.d 0x0 0xc004000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(43, f10, 0xc004000000000000)
	CHECK_FLAGS(44, 0x0)
	/* fadd.d 0x0 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(45, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(46, 0x0)
	/* fadd.d 0x0 0xfffffffffffff rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(47, f10, 0xfffffffffffff)
	CHECK_FLAGS(48, 0x0)
	/* fadd.d 0x0 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(49, f10, 0xfff0000000000000)
	CHECK_FLAGS(50, 0x0)
	/* fadd.d 0x0 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(51, f10, 0x7ff8000000000000)
	CHECK_FLAGS(52, 0x0)
	/* fadd.d 0x3ff0000000000000 0x0 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(53, f10, 0x3ff0000000000000)
	CHECK_FLAGS(54, 0x0)
	/* fadd.d 0x3ff0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(55, f10, 0x0)
	CHECK_FLAGS(56, 0x0)
	/* fadd.d 0x3ff0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(57, f10, 0xbff8000000000000)
	CHECK_FLAGS(58, 0x0)
	/* fadd.d 0x3ff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(59, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(60, 0x1)
	/* fadd.d 0x3ff0000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(61, f10, 0x3ff0000000000000)
	CHECK_FLAGS(62, 0x1)
	/* fadd.d 0x3ff0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(63, f10, 0xfff0000000000000)
	CHECK_FLAGS(64, 0x0)
	/* fadd.d 0x3ff0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(65, f10, 0x7ff8000000000000)
	CHECK_FLAGS(66, 0x0)
	/* fadd.d 0x3ff8000000000000 0x0 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(67, f10, 0x3ff8000000000000)
	CHECK_FLAGS(68, 0x0)
	/* fadd.d 0x3ff8000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(69, f10, 0x3fe0000000000000)
	CHECK_FLAGS(70, 0x0)
	/* fadd.d 0x3ff8000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(71, f10, 0xbff0000000000000)
	CHECK_FLAGS(72, 0x0)
	/* fadd.d 0x3ff8000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(73, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(74, 0x1)
	/* fadd.d 0x3ff8000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(75, f10, 0x3ff8000000000000)
	CHECK_FLAGS(76, 0x1)
	/* fadd.d 0x3ff8000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(77, f10, 0xfff0000000000000)
	CHECK_FLAGS(78, 0x0)
	/* fadd.d 0x3ff8000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(79, f10, 0x7ff8000000000000)
	CHECK_FLAGS(80, 0x0)
	/* fadd.d 0xc004000000000000 0x0 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(81, f10, 0xc004000000000000)
	CHECK_FLAGS(82, 0x0)
	/* fadd.d 0xc004000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(83, f10, 0xc00c000000000000)
	CHECK_FLAGS(84, 0x0)
	/* fadd.d 0xc004000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(85, f10, 0xc014000000000000)
	CHECK_FLAGS(86, 0x0)
	/* fadd.d 0xc004000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(87, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(88, 0x1)
	/* fadd.d 0xc004000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(89, f10, 0xc004000000000000)
	CHECK_FLAGS(90, 0x1)
	/* fadd.d 0xc004000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(91, f10, 0xfff0000000000000)
	CHECK_FLAGS(92, 0x0)
	/* fadd.d 0xc004000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(93, f10, 0x7ff8000000000000)
	CHECK_FLAGS(94, 0x0)
	/* fadd.d 0xbfe0000000000000 0x0 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(95, f10, 0xbfe0000000000000)
	CHECK_FLAGS(96, 0x0)
	/* fadd.d 0xbfe0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(97, f10, 0xbff8000000000000)
	CHECK_FLAGS(98, 0x0)
	/* fadd.d 0xbfe0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(99, f10, 0xc008000000000000)
	CHECK_FLAGS(100, 0x0)
	/* fadd.d 0xbfe0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(101, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(102, 0x1)
	/* fadd.d 0xbfe0000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(103, f10, 0xbfe0000000000000)
	CHECK_FLAGS(104, 0x1)
	/* fadd.d 0xbfe0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(105, f10, 0xfff0000000000000)
	CHECK_FLAGS(106, 0x0)
	/* fadd.d 0xbfe0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(107, f10, 0x7ff8000000000000)
	CHECK_FLAGS(108, 0x0)
	/* fadd.d 0xffefffffffffffff 0x0 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(109, f10, 0xffefffffffffffff)
	CHECK_FLAGS(110, 0x0)
	/* fadd.d 0xffefffffffffffff 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(111, f10, 0xffefffffffffffff)
	CHECK_FLAGS(112, 0x1)
	/* fadd.d 0xffefffffffffffff 0xc004000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(113, f10, 0xffefffffffffffff)
	CHECK_FLAGS(114, 0x1)
	/* fadd.d 0xffefffffffffffff 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(115, f10, 0x0)
	CHECK_FLAGS(116, 0x0)
	/* fadd.d 0xffefffffffffffff 0xfffffffffffff rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(117, f10, 0xffefffffffffffff)
	CHECK_FLAGS(118, 0x1)
	/* fadd.d 0xffefffffffffffff 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(119, f10, 0xfff0000000000000)
	CHECK_FLAGS(120, 0x0)
	/* fadd.d 0xffefffffffffffff 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(121, f10, 0x7ff8000000000000)
	CHECK_FLAGS(122, 0x0)
	/* fadd.d 0xfffffffffffff 0x0 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(123, f10, 0xfffffffffffff)
	CHECK_FLAGS(124, 0x0)
	/* fadd.d 0xfffffffffffff 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(125, f10, 0xbff0000000000000)
	CHECK_FLAGS(126, 0x1)
	/* fadd.d 0xfffffffffffff 0xc004000000000000 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(127, f10, 0xc004000000000000)
	CHECK_FLAGS(128, 0x1)
	/* fadd.d 0xfffffffffffff 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(129, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(130, 0x1)
	/* fadd.d 0xfffffffffffff 0xfffffffffffff rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(131, f10, 0x1ffffffffffffe)
	CHECK_FLAGS(132, 0x0)
	/* fadd.d 0xfffffffffffff 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(133, f10, 0xfff0000000000000)
	CHECK_FLAGS(134, 0x0)
	/* fadd.d 0xfffffffffffff 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(135, f10, 0x7ff8000000000000)
	CHECK_FLAGS(136, 0x0)
	/* fadd.d 0x7ff0000000000000 0x0 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(137, f10, 0x7ff0000000000000)
	CHECK_FLAGS(138, 0x0)
	/* fadd.d 0x7ff0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(139, f10, 0x7ff0000000000000)
	CHECK_FLAGS(140, 0x0)
	/* fadd.d 0x7ff0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(141, f10, 0x7ff0000000000000)
	CHECK_FLAGS(142, 0x0)
	/* fadd.d 0x7ff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(143, f10, 0x7ff0000000000000)
	CHECK_FLAGS(144, 0x0)
	/* fadd.d 0x7ff0000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(145, f10, 0x7ff0000000000000)
	CHECK_FLAGS(146, 0x0)
	/* fadd.d 0x7ff0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(147, f10, 0x7ff8000000000000)
	CHECK_FLAGS(148, 0x10)
	/* fadd.d 0x7ff0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(149, f10, 0x7ff8000000000000)
	CHECK_FLAGS(150, 0x0)
	/* fadd.d 0x7ff8000000000000 0x0 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(151, f10, 0x7ff8000000000000)
	CHECK_FLAGS(152, 0x0)
	/* fadd.d 0x7ff8000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(153, f10, 0x7ff8000000000000)
	CHECK_FLAGS(154, 0x0)
	/* fadd.d 0x7ff8000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(155, f10, 0x7ff8000000000000)
	CHECK_FLAGS(156, 0x0)
	/* fadd.d 0x7ff8000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(157, f10, 0x7ff8000000000000)
	CHECK_FLAGS(158, 0x0)
	/* fadd.d 0x7ff8000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(159, f10, 0x7ff8000000000000)
	CHECK_FLAGS(160, 0x0)
	/* fadd.d 0x7ff8000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(161, f10, 0x7ff8000000000000)
	CHECK_FLAGS(162, 0x0)
	/* fadd.d 0x7ff8000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(163, f10, 0x7ff8000000000000)
	CHECK_FLAGS(164, 0x0)
	/* fadd.d 0xfff8000000001234 0x0 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(165, f10, 0x7ff8000000000000)
	CHECK_FLAGS(166, 0x0)
	/* fadd.d 0xfff8000000001234 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(167, f10, 0x7ff8000000000000)
	CHECK_FLAGS(168, 0x0)
	/* fadd.d 0xfff8000000001234 0xc004000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(169, f10, 0x7ff8000000000000)
	CHECK_FLAGS(170, 0x0)
	/* fadd.d 0xfff8000000001234 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(171, f10, 0x7ff8000000000000)
	CHECK_FLAGS(172, 0x0)
	/* fadd.d 0xfff8000000001234 0xfffffffffffff rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(173, f10, 0x7ff8000000000000)
	CHECK_FLAGS(174, 0x0)
	/* fadd.d 0xfff8000000001234 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(175, f10, 0x7ff8000000000000)
	CHECK_FLAGS(176, 0x0)
	/* fadd.d 0xfff8000000001234 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(177, f10, 0x7ff8000000000000)
	CHECK_FLAGS(178, 0x0)
	/* fadd.d 0xc135bcf0c2c316cc 0x7fee4c7d890a33e6 rm=rne frm=None */
	li t0, 0xc135bcf0c2c316cc; fmv.d.x f11, t0; li t0, 0x7fee4c7d890a33e6; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(179, f10, 0x7fee4c7d890a33e6)
	CHECK_FLAGS(180, 0x1)
	/* fadd.d 0xffee792e051e6d17 0x5d8b000000000000 rm=rne frm=None */
	li t0, 0xffee792e051e6d17; fmv.d.x f11, t0; li t0, 0x5d8b000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(181, f10, 0xffee792e051e6d17)
	CHECK_FLAGS(182, 0x1)
	/* fadd.d 0x3ebc15050b7d562e 0xffe80a6aead8e9ad rm=rne frm=None */
	li t0, 0x3ebc15050b7d562e; fmv.d.x f11, t0; li t0, 0xffe80a6aead8e9ad; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(183, f10, 0xffe80a6aead8e9ad)
	CHECK_FLAGS(184, 0x1)
	/* fadd.d 0x3ffe000000000000 0xc00f000000000000 rm=rne frm=None */
	li t0, 0x3ffe000000000000; fmv.d.x f11, t0; li t0, 0xc00f000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(185, f10, 0xc000000000000000)
	CHECK_FLAGS(186, 0x0)
	/* fadd.d 0x9c37d22ab6a11b7e 0xffef000000000000 rm=rne frm=None */
	li t0, 0x9c37d22ab6a11b7e; fmv.d.x f11, t0; li t0, 0xffef000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(187, f10, 0xffef000000000000)
	CHECK_FLAGS(188, 0x1)
	/* fadd.d 0xbebc000000000000 0x400b8d3d96fe3578 rm=rne frm=None */
	li t0, 0xbebc000000000000; fmv.d.x f11, t0; li t0, 0x400b8d3d96fe3578; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(189, f10, 0x400b8d3cb6fe3578)
	CHECK_FLAGS(190, 0x0)
	/* fadd.d 0x3ff8e7ef606e2855 0xbffa542c18ca8106 rm=rne frm=None */
	li t0, 0x3ff8e7ef606e2855; fmv.d.x f11, t0; li t0, 0xbffa542c18ca8106; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(191, f10, 0xbfb6c3cb85c58b10)
	CHECK_FLAGS(192, 0x0)
	/* fadd.d 0x125b91a511aa0cc5 0x4132eeaad9ae866d rm=rne frm=None */
	li t0, 0x125b91a511aa0cc5; fmv.d.x f11, t0; li t0, 0x4132eeaad9ae866d; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(193, f10, 0x4132eeaad9ae866d)
	CHECK_FLAGS(194, 0x1)
	/* fadd.d 0xc13843fa062e71f8 0xdc04000000000000 rm=rne frm=None */
	li t0, 0xc13843fa062e71f8; fmv.d.x f11, t0; li t0, 0xdc04000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(195, f10, 0xdc04000000000000)
	CHECK_FLAGS(196, 0x1)
	/* fadd.d 0xc132f00361e5d2fb 0x3ff01a5f40ec8cf0 rm=rne frm=None */
	li t0, 0xc132f00361e5d2fb; fmv.d.x f11, t0; li t0, 0x3ff01a5f40ec8cf0; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(197, f10, 0xc132f002603fdeec)
	CHECK_FLAGS(198, 0x1)
	/* fadd.d 0x1f9c800000000000 0xeee800000000000 rm=rne frm=None */
	li t0, 0x1f9c800000000000; fmv.d.x f11, t0; li t0, 0xeee800000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(199, f10, 0x1f9c800000000000)
	CHECK_FLAGS(200, 0x1)
	/* fadd.d 0xbffc517752181163 0xc134cb94034e4143 rm=rne frm=None */
	li t0, 0xbffc517752181163; fmv.d.x f11, t0; li t0, 0xc134cb94034e4143; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(201, f10, 0xc134cb95c865b665)
	CHECK_FLAGS(202, 0x1)
	/* fadd.d 0x800406cb15fd2cd0 0x3fe5800000000000 rm=rne frm=None */
	li t0, 0x800406cb15fd2cd0; fmv.d.x f11, t0; li t0, 0x3fe5800000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(203, f10, 0x3fe5800000000000)
	CHECK_FLAGS(204, 0x1)
	/* fadd.d 0x3ebeda4797c32e48 0xbeb9000000000000 rm=rne frm=None */
	li t0, 0x3ebeda4797c32e48; fmv.d.x f11, t0; li t0, 0xbeb9000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(205, f10, 0x3e97691e5f0cb920)
	CHECK_FLAGS(206, 0x0)
	/* fadd.d 0x801da29d9dcb781d 0x413aef10dd646fe6 rm=rtz frm=None */
	li t0, 0x801da29d9dcb781d; fmv.d.x f11, t0; li t0, 0x413aef10dd646fe6; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(207, f10, 0x413aef10dd646fe5)
	CHECK_FLAGS(208, 0x1)
	/* fadd.d 0x1ffc800000000000 0xbff1000000000000 rm=rtz frm=None */
	li t0, 0x1ffc800000000000; fmv.d.x f11, t0; li t0, 0xbff1000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(209, f10, 0xbff0ffffffffffff)
	CHECK_FLAGS(210, 0x1)
	/* fadd.d 0x800cef9b73bce702 0x802432282fb9bbe1 rm=rtz frm=None */
	li t0, 0x800cef9b73bce702; fmv.d.x f11, t0; li t0, 0x802432282fb9bbe1; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(211, f10, 0x802aa9f5e9982f62)
	CHECK_FLAGS(212, 0x0)
	/* fadd.d 0x7fed8c9e00388ec4 0x3fe46258c3b6a3b8 rm=rtz frm=None */
	li t0, 0x7fed8c9e00388ec4; fmv.d.x f11, t0; li t0, 0x3fe46258c3b6a3b8; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(213, f10, 0x7fed8c9e00388ec4)
	CHECK_FLAGS(214, 0x1)
	/* fadd.d 0x3ff9cb267349e86c 0xbfec000000000000 rm=rtz frm=None */
	li t0, 0x3ff9cb267349e86c; fmv.d.x f11, t0; li t0, 0xbfec000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(215, f10, 0x3fe7964ce693d0d8)
	CHECK_FLAGS(216, 0x0)
	/* fadd.d 0x802611e36159ec3c 0xe800000000000 rm=rtz frm=None */
	li t0, 0x802611e36159ec3c; fmv.d.x f11, t0; li t0, 0xe800000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(217, f10, 0x801da3c6c2b3d878)
	CHECK_FLAGS(218, 0x0)
	/* fadd.d 0xc13e5a1c639a8513 0x8009800000000000 rm=rtz frm=None */
	li t0, 0xc13e5a1c639a8513; fmv.d.x f11, t0; li t0, 0x8009800000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(219, f10, 0xc13e5a1c639a8513)
	CHECK_FLAGS(220, 0x1)
	/* fadd.d 0x3fe566038e6dedc7 0x800f800000000000 rm=rtz frm=None */
	li t0, 0x3fe566038e6dedc7; fmv.d.x f11, t0; li t0, 0x800f800000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(221, f10, 0x3fe566038e6dedc6)
	CHECK_FLAGS(222, 0x1)
	/* fadd.d 0x7feb85ee7a8a091d 0x4800000000000 rm=rtz frm=None */
	li t0, 0x7feb85ee7a8a091d; fmv.d.x f11, t0; li t0, 0x4800000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(223, f10, 0x7feb85ee7a8a091d)
	CHECK_FLAGS(224, 0x1)
	/* fadd.d 0x4134ec056895d5f8 0x82e39d922e118f0b rm=rtz frm=None */
	li t0, 0x4134ec056895d5f8; fmv.d.x f11, t0; li t0, 0x82e39d922e118f0b; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(225, f10, 0x4134ec056895d5f7)
	CHECK_FLAGS(226, 0x1)
	/* fadd.d 0x8005000000000000 0xbff0418a58afa89e rm=rtz frm=None */
	li t0, 0x8005000000000000; fmv.d.x f11, t0; li t0, 0xbff0418a58afa89e; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(227, f10, 0xbff0418a58afa89e)
	CHECK_FLAGS(228, 0x1)
	/* fadd.d 0x241b5689031dea 0x2d501ad7536fcd rm=rtz frm=None */
	li t0, 0x241b5689031dea; fmv.d.x f11, t0; li t0, 0x2d501ad7536fcd; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(229, f10, 0x38b5b8b02b46db)
	CHECK_FLAGS(230, 0x1)
	/* fadd.d 0x413b000000000000 0x7000000000000 rm=rtz frm=None */
	li t0, 0x413b000000000000; fmv.d.x f11, t0; li t0, 0x7000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(231, f10, 0x413b000000000000)
	CHECK_FLAGS(232, 0x1)
	/* fadd.d 0x80279b5862b2e77b 0xbff18ee7b62525bc rm=rtz frm=None */
	li t0, 0x80279b5862b2e77b; fmv.d.x f11, t0; li t0, 0xbff18ee7b62525bc; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(233, f10, 0xbff18ee7b62525bc)
	CHECK_FLAGS(234, 0x1)
	/* fadd.d 0xbffa800000000000 0xc009ac45e1c1ac8a rm=rdn frm=None */
	li t0, 0xbffa800000000000; fmv.d.x f11, t0; li t0, 0xc009ac45e1c1ac8a; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(235, f10, 0xc0137622f0e0d645)
	CHECK_FLAGS(236, 0x0)
	/* fadd.d 0x800ded4b81a38520 0x8029478e2da6f064 rm=rdn frm=None */
	li t0, 0x800ded4b81a38520; fmv.d.x f11, t0; li t0, 0x8029478e2da6f064; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(237, f10, 0x80301f19f73c597a)
	CHECK_FLAGS(238, 0x0)
	/* fadd.d 0x162633374f04eb 0x3fff5dd5adbc26db rm=rdn frm=None */
	li t0, 0x162633374f04eb; fmv.d.x f11, t0; li t0, 0x3fff5dd5adbc26db; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(239, f10, 0x3fff5dd5adbc26db)
	CHECK_FLAGS(240, 0x1)
	/* fadd.d 0x59aa8db263c86 0x8007b13c6f5a4878 rm=rdn frm=None */
	li t0, 0x59aa8db263c86; fmv.d.x f11, t0; li t0, 0x8007b13c6f5a4878; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(241, f10, 0x8002169394340bf2)
	CHECK_FLAGS(242, 0x0)
	/* fadd.d 0x1512003cc7c5dd 0x400f000000000000 rm=rdn frm=None */
	li t0, 0x1512003cc7c5dd; fmv.d.x f11, t0; li t0, 0x400f000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(243, f10, 0x400f000000000000)
	CHECK_FLAGS(244, 0x1)
	/* fadd.d 0x802b6d382e7a182c 0xffe7bc6f105eea18 rm=rdn frm=None */
	li t0, 0x802b6d382e7a182c; fmv.d.x f11, t0; li t0, 0xffe7bc6f105eea18; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(245, f10, 0xffe7bc6f105eea19)
	CHECK_FLAGS(246, 0x1)
	/* fadd.d 0x8004961407d7d323 0x400ec926030be676 rm=rdn frm=None */
	li t0, 0x8004961407d7d323; fmv.d.x f11, t0; li t0, 0x400ec926030be676; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(247, f10, 0x400ec926030be675)
	CHECK_FLAGS(248, 0x1)
	/* fadd.d 0x800e793741ef4820 0x56c4e1ae0ba7099d rm=rdn frm=None */
	li t0, 0x800e793741ef4820; fmv.d.x f11, t0; li t0, 0x56c4e1ae0ba7099d; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(249, f10, 0x56c4e1ae0ba7099c)
	CHECK_FLAGS(250, 0x1)
	/* fadd.d 0x40058d07b21f284c 0x116916f20bb70f60 rm=rdn frm=None */
	li t0, 0x40058d07b21f284c; fmv.d.x f11, t0; li t0, 0x116916f20bb70f60; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(251, f10, 0x40058d07b21f284c)
	CHECK_FLAGS(252, 0x1)
	/* fadd.d 0x3eb62b57c19af381 0x7fe5e5684477c935 rm=rdn frm=None */
	li t0, 0x3eb62b57c19af381; fmv.d.x f11, t0; li t0, 0x7fe5e5684477c935; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(253, f10, 0x7fe5e5684477c935)
	CHECK_FLAGS(254, 0x1)
	/* fadd.d 0xffea392d53da532b 0x801e734e8e89ce78 rm=rdn frm=None */
	li t0, 0xffea392d53da532b; fmv.d.x f11, t0; li t0, 0x801e734e8e89ce78; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(255, f10, 0xffea392d53da532c)
	CHECK_FLAGS(1, 0x1)
	/* fadd.d 0x90e6785e55479 0x8008cd74331737eb rm=rdn frm=None */
	li t0, 0x90e6785e55479; fmv.d.x f11, t0; li t0, 0x8008cd74331737eb; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(2, f10, 0x40f352ce1c8e)
	CHECK_FLAGS(3, 0x0)
	/* fadd.d 0x3eb4e0460edb89b8 0x1b000000000000 rm=rdn frm=None */
	li t0, 0x3eb4e0460edb89b8; fmv.d.x f11, t0; li t0, 0x1b000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(4, f10, 0x3eb4e0460edb89b8)
	CHECK_FLAGS(5, 0x1)
	/* fadd.d 0x400011db372d0c79 0x7fe2ff7b2effbba4 rm=rdn frm=None */
	li t0, 0x400011db372d0c79; fmv.d.x f11, t0; li t0, 0x7fe2ff7b2effbba4; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(6, f10, 0x7fe2ff7b2effbba4)
	CHECK_FLAGS(7, 0x1)
	/* fadd.d 0x3eb0d0b1f671f5a0 0x413dd4d636977440 rm=rup frm=None */
	li t0, 0x3eb0d0b1f671f5a0; fmv.d.x f11, t0; li t0, 0x413dd4d636977440; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(8, f10, 0x413dd4d636978511)
	CHECK_FLAGS(9, 0x1)
	/* fadd.d 0x3ebc000000000000 0x8463ec8f6d54a1ed rm=rup frm=None */
	li t0, 0x3ebc000000000000; fmv.d.x f11, t0; li t0, 0x8463ec8f6d54a1ed; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(10, f10, 0x3ebc000000000000)
	CHECK_FLAGS(11, 0x1)
	/* fadd.d 0xc130268681f49d23 0x800a800000000000 rm=rup frm=None */
	li t0, 0xc130268681f49d23; fmv.d.x f11, t0; li t0, 0x800a800000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(12, f10, 0xc130268681f49d23)
	CHECK_FLAGS(13, 0x1)
	/* fadd.d 0xc135c2a1d61352ed 0x8022897eb1942bac rm=rup frm=None */
	li t0, 0xc135c2a1d61352ed; fmv.d.x f11, t0; li t0, 0x8022897eb1942bac; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(14, f10, 0xc135c2a1d61352ed)
	CHECK_FLAGS(15, 0x1)
	/* fadd.d 0x3fe7ee53afcc8a40 0xc00a800000000000 rm=rup frm=None */
	li t0, 0x3fe7ee53afcc8a40; fmv.d.x f11, t0; li t0, 0xc00a800000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(16, f10, 0xc004846b140cdd70)
	CHECK_FLAGS(17, 0x0)
	/* fadd.d 0x3ff29783143834fd 0xdc836df564f48 rm=rup frm=None */
	li t0, 0x3ff29783143834fd; fmv.d.x f11, t0; li t0, 0xdc836df564f48; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(18, f10, 0x3ff29783143834fe)
	CHECK_FLAGS(19, 0x1)
	/* fadd.d 0xbfead8703c9c2970 0x28b7aeb8df5580 rm=rup frm=None */
	li t0, 0xbfead8703c9c2970; fmv.d.x f11, t0; li t0, 0x28b7aeb8df5580; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(20, f10, 0xbfead8703c9c296f)
	CHECK_FLAGS(21, 0x1)
	/* fadd.d 0x80270b88711596c7 0xc132f247649fc254 rm=rup frm=None */
	li t0, 0x80270b88711596c7; fmv.d.x f11, t0; li t0, 0xc132f247649fc254; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(22, f10, 0xc132f247649fc254)
	CHECK_FLAGS(23, 0x1)
	/* fadd.d 0x7fef6c87644454b9 0xffe514e1e3da7033 rm=rup frm=None */
	li t0, 0x7fef6c87644454b9; fmv.d.x f11, t0; li t0, 0xffe514e1e3da7033; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(24, f10, 0x7fd4af4b00d3c90c)
	CHECK_FLAGS(25, 0x0)
	/* fadd.d 0x3ffb800000000000 0x4137000000000000 rm=rup frm=None */
	li t0, 0x3ffb800000000000; fmv.d.x f11, t0; li t0, 0x4137000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(26, f10, 0x41370001b8000000)
	CHECK_FLAGS(27, 0x0)
	/* fadd.d 0x3fe88f6c024c30d1 0x413c58f7a9dd3239 rm=rup frm=None */
	li t0, 0x3fe88f6c024c30d1; fmv.d.x f11, t0; li t0, 0x413c58f7a9dd3239; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(28, f10, 0x413c58f86e58924c)
	CHECK_FLAGS(29, 0x1)
	/* fadd.d 0x7fe9000000000000 0xbff2000000000000 rm=rup frm=None */
	li t0, 0x7fe9000000000000; fmv.d.x f11, t0; li t0, 0xbff2000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(30, f10, 0x7fe9000000000000)
	CHECK_FLAGS(31, 0x1)
	/* fadd.d 0xffed000000000000 0xc00ced8771e89728 rm=rup frm=None */
	li t0, 0xffed000000000000; fmv.d.x f11, t0; li t0, 0xc00ced8771e89728; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(32, f10, 0xffed000000000000)
	CHECK_FLAGS(33, 0x1)
	/* fadd.d 0x1e7fbe66b7fca6ea 0xc000000000000 rm=rup frm=None */
	li t0, 0x1e7fbe66b7fca6ea; fmv.d.x f11, t0; li t0, 0xc000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(34, f10, 0x1e7fbe66b7fca6eb)
	CHECK_FLAGS(35, 0x1)
	/* fadd.d 0x267f02331aa35 0x52b809fb5a4541de rm=rmm frm=None */
	li t0, 0x267f02331aa35; fmv.d.x f11, t0; li t0, 0x52b809fb5a4541de; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(36, f10, 0x52b809fb5a4541de)
	CHECK_FLAGS(37, 0x1)
	/* fadd.d 0x800a800000000000 0xbeb7000000000000 rm=rmm frm=None */
	li t0, 0x800a800000000000; fmv.d.x f11, t0; li t0, 0xbeb7000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(38, f10, 0xbeb7000000000000)
	CHECK_FLAGS(39, 0x1)
	/* fadd.d 0xbff5000000000000 0x3ff9000000000000 rm=rmm frm=None */
	li t0, 0xbff5000000000000; fmv.d.x f11, t0; li t0, 0x3ff9000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(40, f10, 0x3fd0000000000000)
	CHECK_FLAGS(41, 0x0)
	/* fadd.d 0x800f559f2332a5ce 0x11d37f072d5d9f rm=rmm frm=None */
	li t0, 0x800f559f2332a5ce; fmv.d.x f11, t0; li t0, 0x11d37f072d5d9f; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(42, f10, 0x27ddfe3fab7d1)
	CHECK_FLAGS(43, 0x0)
	/* fadd.d 0xc00fbf29223c34ed 0xc139800000000000 rm=rmm frm=None */
	li t0, 0xc00fbf29223c34ed; fmv.d.x f11, t0; li t0, 0xc139800000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(44, f10, 0xc1398003f7e52448)
	CHECK_FLAGS(45, 0x1)
	/* fadd.d 0xffec7bfb16c5c40e 0x80251c8298aab074 rm=rmm frm=None */
	li t0, 0xffec7bfb16c5c40e; fmv.d.x f11, t0; li t0, 0x80251c8298aab074; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(46, f10, 0xffec7bfb16c5c40e)
	CHECK_FLAGS(47, 0x1)
	/* fadd.d 0x9f3ab802c03ebfc6 0x7feb000000000000 rm=rmm frm=None */
	li t0, 0x9f3ab802c03ebfc6; fmv.d.x f11, t0; li t0, 0x7feb000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(48, f10, 0x7feb000000000000)
	CHECK_FLAGS(49, 0x1)
	/* fadd.d 0x3ebf77418d7d630d 0x3fef800000000000 rm=rmm frm=None */
	li t0, 0x3ebf77418d7d630d; fmv.d.x f11, t0; li t0, 0x3fef800000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(50, f10, 0x3fef8003eee831b0)
	CHECK_FLAGS(51, 0x1)
	/* fadd.d 0x832510715691ab5c 0x1800000000000 rm=rmm frm=None */
	li t0, 0x832510715691ab5c; fmv.d.x f11, t0; li t0, 0x1800000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(52, f10, 0x832510715691ab5b)
	CHECK_FLAGS(53, 0x1)
	/* fadd.d 0x8018b16383705b64 0xbffb185d25c8e1de rm=rmm frm=None */
	li t0, 0x8018b16383705b64; fmv.d.x f11, t0; li t0, 0xbffb185d25c8e1de; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(54, f10, 0xbffb185d25c8e1de)
	CHECK_FLAGS(55, 0x1)
	/* fadd.d 0x13a77baaa629481f 0xaf61253bc2d10ddc rm=rmm frm=None */
	li t0, 0x13a77baaa629481f; fmv.d.x f11, t0; li t0, 0xaf61253bc2d10ddc; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(56, f10, 0xaf61253bc2d10ddc)
	CHECK_FLAGS(57, 0x1)
	/* fadd.d 0xffeeb2f14656442c 0x3fef000000000000 rm=rmm frm=None */
	li t0, 0xffeeb2f14656442c; fmv.d.x f11, t0; li t0, 0x3fef000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(58, f10, 0xffeeb2f14656442c)
	CHECK_FLAGS(59, 0x1)
	/* fadd.d 0x3fe3800000000000 0x19800000000000 rm=rmm frm=None */
	li t0, 0x3fe3800000000000; fmv.d.x f11, t0; li t0, 0x19800000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(60, f10, 0x3fe3800000000000)
	CHECK_FLAGS(61, 0x1)
	/* fadd.d 0x8004e5d278a5fccf 0x41347949c1e3e649 rm=rmm frm=None */
	li t0, 0x8004e5d278a5fccf; fmv.d.x f11, t0; li t0, 0x41347949c1e3e649; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(62, f10, 0x41347949c1e3e649)
	CHECK_FLAGS(63, 0x1)
	/* fadd.d 0xbebe6829d97da924 0x164d706e4ae7b8 rm=None frm=0 */
	li t0, 0xbebe6829d97da924; fmv.d.x f11, t0; li t0, 0x164d706e4ae7b8; fmv.d.x f12, t0; fsrmi 0; fadd.d f10, f11, f12
	CHECK_F(64, f10, 0xbebe6829d97da924)
	CHECK_FLAGS(65, 0x1)
	/* fadd.d 0x400c8d1c7f3d472f 0xbfee800000000000 rm=None frm=0 */
	li t0, 0x400c8d1c7f3d472f; fmv.d.x f11, t0; li t0, 0xbfee800000000000; fmv.d.x f12, t0; fsrmi 0; fadd.d f10, f11, f12
	CHECK_F(66, f10, 0x4004ed1c7f3d472f)
	CHECK_FLAGS(67, 0x0)
	/* fadd.d 0x802d652096fb4c83 0x80127eb50a89b24c rm=None frm=0 */
	li t0, 0x802d652096fb4c83; fmv.d.x f11, t0; li t0, 0x80127eb50a89b24c; fmv.d.x f12, t0; fsrmi 0; fadd.d f10, f11, f12
	CHECK_F(68, f10, 0x8033523d8e2012d4)
	CHECK_FLAGS(69, 0x1)
	/* fadd.d 0x1344b568c10c08 0xbebcde6902cc1ba3 rm=None frm=0 */
	li t0, 0x1344b568c10c08; fmv.d.x f11, t0; li t0, 0xbebcde6902cc1ba3; fmv.d.x f12, t0; fsrmi 0; fadd.d f10, f11, f12
	CHECK_F(70, f10, 0xbebcde6902cc1ba3)
	CHECK_FLAGS(71, 0x1)
	/* fadd.d 0x5f2323ec4a27a630 0x26800000000000 rm=None frm=1 */
	li t0, 0x5f2323ec4a27a630; fmv.d.x f11, t0; li t0, 0x26800000000000; fmv.d.x f12, t0; fsrmi 1; fadd.d f10, f11, f12
	CHECK_F(72, f10, 0x5f2323ec4a27a630)
	CHECK_FLAGS(73, 0x1)
	/* fadd.d 0x400a756d8bb3e3f6 0x198bb9d7d965a2 rm=None frm=1 */
	li t0, 0x400a756d8bb3e3f6; fmv.d.x f11, t0; li t0, 0x198bb9d7d965a2; fmv.d.x f12, t0; fsrmi 1; fadd.d f10, f11, f12
	CHECK_F(74, f10, 0x400a756d8bb3e3f6)
	CHECK_FLAGS(75, 0x1)
	/* fadd.d 0x8026f11aef56552f 0x8023800000000000 rm=None frm=1 */
	li t0, 0x8026f11aef56552f; fmv.d.x f11, t0; li t0, 0x8023800000000000; fmv.d.x f12, t0; fsrmi 1; fadd.d f10, f11, f12
	CHECK_F(76, f10, 0x8035388d77ab2a97)
	CHECK_FLAGS(77, 0x1)
	/* fadd.d 0xbff32cd30176e9e9 0x801717a5a0e91954 rm=None frm=1 */
	li t0, 0xbff32cd30176e9e9; fmv.d.x f11, t0; li t0, 0x801717a5a0e91954; fmv.d.x f12, t0; fsrmi 1; fadd.d f10, f11, f12
	CHECK_F(78, f10, 0xbff32cd30176e9e9)
	CHECK_FLAGS(79, 0x1)
	/* fadd.d 0x802274d79d9543ed 0xbfe81c905b51644f rm=None frm=2 */
	li t0, 0x802274d79d9543ed; fmv.d.x f11, t0; li t0, 0xbfe81c905b51644f; fmv.d.x f12, t0; fsrmi 2; fadd.d f10, f11, f12
	CHECK_F(80, f10, 0xbfe81c905b516450)
	CHECK_FLAGS(81, 0x1)
	/* fadd.d 0x2f2507fe6ad533 0x802c7978a29dbcff rm=None frm=2 */
	li t0, 0x2f2507fe6ad533; fmv.d.x f11, t0; li t0, 0x802c7978a29dbcff; fmv.d.x f12, t0; fsrmi 2; fadd.d f10, f11, f12
	CHECK_F(82, f10, 0x5571eb79a3068)
	CHECK_FLAGS(83, 0x0)
	/* fadd.d 0xdcb6000000000000 0xbeb3000000000000 rm=None frm=2 */
	li t0, 0xdcb6000000000000; fmv.d.x f11, t0; li t0, 0xbeb3000000000000; fmv.d.x f12, t0; fsrmi 2; fadd.d f10, f11, f12
	CHECK_F(84, f10, 0xdcb6000000000001)
	CHECK_FLAGS(85, 0x1)
	/* fadd.d 0x3fed000000000000 0xc13c0b4754221195 rm=None frm=2 */
	li t0, 0x3fed000000000000; fmv.d.x f11, t0; li t0, 0xc13c0b4754221195; fmv.d.x f12, t0; fsrmi 2; fadd.d f10, f11, f12
	CHECK_F(86, f10, 0xc13c0b466c221195)
	CHECK_FLAGS(87, 0x0)
	/* fadd.d 0x3fe0800000000000 0xbfe9800000000000 rm=None frm=3 */
	li t0, 0x3fe0800000000000; fmv.d.x f11, t0; li t0, 0xbfe9800000000000; fmv.d.x f12, t0; fsrmi 3; fadd.d f10, f11, f12
	CHECK_F(88, f10, 0xbfd2000000000000)
	CHECK_FLAGS(89, 0x0)
	/* fadd.d 0x843c800000000000 0xc13a20860737d065 rm=None frm=3 */
	li t0, 0x843c800000000000; fmv.d.x f11, t0; li t0, 0xc13a20860737d065; fmv.d.x f12, t0; fsrmi 3; fadd.d f10, f11, f12
	CHECK_F(90, f10, 0xc13a20860737d065)
	CHECK_FLAGS(91, 0x1)
	/* fadd.d 0xffef800000000000 0xbeb720ca84cdcaff rm=None frm=3 */
	li t0, 0xffef800000000000; fmv.d.x f11, t0; li t0, 0xbeb720ca84cdcaff; fmv.d.x f12, t0; fsrmi 3; fadd.d f10, f11, f12
	CHECK_F(92, f10, 0xffef800000000000)
	CHECK_FLAGS(93, 0x1)
	/* fadd.d 0xbeb599eead6624c0 0xc00fe0b43cf6396a rm=None frm=3 */
	li t0, 0xbeb599eead6624c0; fmv.d.x f11, t0; li t0, 0xc00fe0b43cf6396a; fmv.d.x f12, t0; fsrmi 3; fadd.d f10, f11, f12
	CHECK_F(94, f10, 0xc00fe0b4e9c5aed5)
	CHECK_FLAGS(95, 0x1)
	/* fadd.d 0x3fe4800000000000 0xc0075eaf744fdcde rm=None frm=4 */
	li t0, 0x3fe4800000000000; fmv.d.x f11, t0; li t0, 0xc0075eaf744fdcde; fmv.d.x f12, t0; fsrmi 4; fadd.d f10, f11, f12
	CHECK_F(96, f10, 0xc0023eaf744fdcde)
	CHECK_FLAGS(97, 0x0)
	/* fadd.d 0x3fec00b7e80e0af2 0x3fec4f32b06ac6e4 rm=None frm=4 */
	li t0, 0x3fec00b7e80e0af2; fmv.d.x f11, t0; li t0, 0x3fec4f32b06ac6e4; fmv.d.x f12, t0; fsrmi 4; fadd.d f10, f11, f12
	CHECK_F(98, f10, 0x3ffc27f54c3c68eb)
	CHECK_FLAGS(99, 0x0)
	/* fadd.d 0xffef800000000000 0xbeb8fc7a1081c232 rm=None frm=4 */
	li t0, 0xffef800000000000; fmv.d.x f11, t0; li t0, 0xbeb8fc7a1081c232; fmv.d.x f12, t0; fsrmi 4; fadd.d f10, f11, f12
	CHECK_F(100, f10, 0xffef800000000000)
	CHECK_FLAGS(101, 0x1)
	/* fadd.d 0xc00681816286ea39 0x7fef1d15963115de rm=None frm=4 */
	li t0, 0xc00681816286ea39; fmv.d.x f11, t0; li t0, 0x7fef1d15963115de; fmv.d.x f12, t0; fsrmi 4; fadd.d f10, f11, f12
	CHECK_F(102, f10, 0x7fef1d15963115de)
	CHECK_FLAGS(103, 0x1)
	/* fsub.d 0x0 0x0 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(104, f10, 0x0)
	CHECK_FLAGS(105, 0x0)
	/* fsub.d 0x0 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(106, f10, 0x3ff0000000000000)
	CHECK_FLAGS(107, 0x0)
	/* fsub.d 0x0 0xc004000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(108, f10, 0x4004000000000000)
	CHECK_FLAGS(109, 0x0)
	/* fsub.d 0x0 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(110, f10, 0xffefffffffffffff)
	CHECK_FLAGS(111, 0x0)
	/* fsub.d 0x0 0xfffffffffffff rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(112, f10, 0x800fffffffffffff)
	CHECK_FLAGS(113, 0x0)
	/* fsub.d 0x0 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(114, f10, 0x7ff0000000000000)
	CHECK_FLAGS(115, 0x0)
	/* fsub.d 0x0 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(116, f10, 0x7ff8000000000000)
	CHECK_FLAGS(117, 0x0)
	/* fsub.d 0x3ff0000000000000 0x0 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(118, f10, 0x3ff0000000000000)
	CHECK_FLAGS(119, 0x0)
	/* fsub.d 0x3ff0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(120, f10, 0x4000000000000000)
	CHECK_FLAGS(121, 0x0)
	/* fsub.d 0x3ff0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(122, f10, 0x400c000000000000)
	CHECK_FLAGS(123, 0x0)
	/* fsub.d 0x3ff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(124, f10, 0xffefffffffffffff)
	CHECK_FLAGS(125, 0x1)
	/* fsub.d 0x3ff0000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(126, f10, 0x3ff0000000000000)
	CHECK_FLAGS(127, 0x1)
	/* fsub.d 0x3ff0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(128, f10, 0x7ff0000000000000)
	CHECK_FLAGS(129, 0x0)
	/* fsub.d 0x3ff0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(130, f10, 0x7ff8000000000000)
	CHECK_FLAGS(131, 0x0)
	/* fsub.d 0x3ff8000000000000 0x0 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(132, f10, 0x3ff8000000000000)
	CHECK_FLAGS(133, 0x0)
	/* fsub.d 0x3ff8000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(134, f10, 0x4004000000000000)
	CHECK_FLAGS(135, 0x0)
	/* fsub.d 0x3ff8000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(136, f10, 0x4010000000000000)
	CHECK_FLAGS(137, 0x0)
	/* fsub.d 0x3ff8000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(138, f10, 0xffefffffffffffff)
	CHECK_FLAGS(139, 0x1)
	/* fsub.d 0x3ff8000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(140, f10, 0x3ff8000000000000)
	CHECK_FLAGS(141, 0x1)
	/* fsub.d 0x3ff8000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(142, f10, 0x7ff0000000000000)
	CHECK_FLAGS(143, 0x0)
	/* fsub.d 0x3ff8000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(144, f10, 0x7ff8000000000000)
	CHECK_FLAGS(145, 0x0)
	/* fsub.d 0xc004000000000000 0x0 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(146, f10, 0xc004000000000000)
	CHECK_FLAGS(147, 0x0)
	/* fsub.d 0xc004000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(148, f10, 0xbff8000000000000)
	CHECK_FLAGS(149, 0x0)
	/* fsub.d 0xc004000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(150, f10, 0x0)
	CHECK_FLAGS(151, 0x0)
	/* fsub.d 0xc004000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(152, f10, 0xffefffffffffffff)
	CHECK_FLAGS(153, 0x1)
	/* fsub.d 0xc004000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(154, f10, 0xc004000000000000)
	CHECK_FLAGS(155, 0x1)
	/* fsub.d 0xc004000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(156, f10, 0x7ff0000000000000)
	CHECK_FLAGS(157, 0x0)
	/* fsub.d 0xc004000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(158, f10, 0x7ff8000000000000)
	CHECK_FLAGS(159, 0x0)
	/* fsub.d 0xbfe0000000000000 0x0 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(160, f10, 0xbfe0000000000000)
	CHECK_FLAGS(161, 0x0)
	/* fsub.d 0xbfe0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(162, f10, 0x3fe0000000000000)
	CHECK_FLAGS(163, 0x0)
	/* fsub.d 0xbfe0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(164, f10, 0x4000000000000000)
	CHECK_FLAGS(165, 0x0)
	/* fsub.d 0xbfe0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(166, f10, 0xffefffffffffffff)
	CHECK_FLAGS(167, 0x1)
	/* fsub.d 0xbfe0000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(168, f10, 0xbfe0000000000000)
	CHECK_FLAGS(169, 0x1)
	/* fsub.d 0xbfe0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(170, f10, 0x7ff0000000000000)
	CHECK_FLAGS(171, 0x0)
	/* fsub.d 0xbfe0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(172, f10, 0x7ff8000000000000)
	CHECK_FLAGS(173, 0x0)
	/* fsub.d 0xffefffffffffffff 0x0 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(174, f10, 0xffefffffffffffff)
	CHECK_FLAGS(175, 0x0)
	/* fsub.d 0xffefffffffffffff 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(176, f10, 0xffefffffffffffff)
	CHECK_FLAGS(177, 0x1)
	/* fsub.d 0xffefffffffffffff 0xc004000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(178, f10, 0xffefffffffffffff)
	CHECK_FLAGS(179, 0x1)
	/* fsub.d 0xffefffffffffffff 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(180, f10, 0xfff0000000000000)
	CHECK_FLAGS(181, 0x5)
	/* fsub.d 0xffefffffffffffff 0xfffffffffffff rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(182, f10, 0xffefffffffffffff)
	CHECK_FLAGS(183, 0x1)
	/* fsub.d 0xffefffffffffffff 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(184, f10, 0x7ff0000000000000)
	CHECK_FLAGS(185, 0x0)
	/* fsub.d 0xffefffffffffffff 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(186, f10, 0x7ff8000000000000)
	CHECK_FLAGS(187, 0x0)
	/* fsub.d 0xfffffffffffff 0x0 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(188, f10, 0xfffffffffffff)
	CHECK_FLAGS(189, 0x0)
	/* fsub.d 0xfffffffffffff 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(190, f10, 0x3ff0000000000000)
	CHECK_FLAGS(191, 0x1)
	/* fsub.d 0xfffffffffffff 0xc004000000000000 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(192, f10, 0x4004000000000000)
	CHECK_FLAGS(193, 0x1)
	/* fsub.d 0xfffffffffffff 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(194, f10, 0xffefffffffffffff)
	CHECK_FLAGS(195, 0x1)
	/* fsub.d 0xfffffffffffff 0xfffffffffffff rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(196, f10, 0x0)
	CHECK_FLAGS(197, 0x0)
	/* fsub.d 0xfffffffffffff 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(198, f10, 0x7ff0000000000000)
	CHECK_FLAGS(199, 0x0)
	/* fsub.d 0xfffffffffffff 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(200, f10, 0x7ff8000000000000)
	CHECK_FLAGS(201, 0x0)
	/* fsub.d 0x7ff0000000000000 0x0 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(202, f10, 0x7ff0000000000000)
	CHECK_FLAGS(203, 0x0)
	/* fsub.d 0x7ff0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(204, f10, 0x7ff0000000000000)
	CHECK_FLAGS(205, 0x0)
	/* fsub.d 0x7ff0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(206, f10, 0x7ff0000000000000)
	CHECK_FLAGS(207, 0x0)
	/* fsub.d 0x7ff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(208, f10, 0x7ff0000000000000)
	CHECK_FLAGS(209, 0x0)
	/* fsub.d 0x7ff0000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(210, f10, 0x7ff0000000000000)
	CHECK_FLAGS(211, 0x0)
	/* fsub.d 0x7ff0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(212, f10, 0x7ff0000000000000)
	CHECK_FLAGS(213, 0x0)
	/* fsub.d 0x7ff0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(214, f10, 0x7ff8000000000000)
	CHECK_FLAGS(215, 0x0)
	/* fsub.d 0x7ff8000000000000 0x0 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(216, f10, 0x7ff8000000000000)
	CHECK_FLAGS(217, 0x0)
	/* fsub.d 0x7ff8000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(218, f10, 0x7ff8000000000000)
	CHECK_FLAGS(219, 0x0)
	/* fsub.d 0x7ff8000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(220, f10, 0x7ff8000000000000)
	CHECK_FLAGS(221, 0x0)
	/* fsub.d 0x7ff8000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(222, f10, 0x7ff8000000000000)
	CHECK_FLAGS(223, 0x0)
	/* fsub.d 0x7ff8000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(224, f10, 0x7ff8000000000000)
	CHECK_FLAGS(225, 0x0)
	/* fsub.d 0x7ff8000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(226, f10, 0x7ff8000000000000)
	CHECK_FLAGS(227, 0x0)
	/* fsub.d 0x7ff8000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(228, f10, 0x7ff8000000000000)
	CHECK_FLAGS(229, 0x0)
	/* fsub.d 0xfff8000000001234 0x0 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(230, f10, 0x7ff8000000000000)
	CHECK_FLAGS(231, 0x0)
	/* fsub.d 0xfff8000000001234 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(232, f10, 0x7ff8000000000000)
	CHECK_FLAGS(233, 0x0)
	/* fsub.d 0xfff8000000001234 0xc004000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(234, f10, 0x7ff8000000000000)
	CHECK_FLAGS(235, 0x0)
	/* fsub.d 0xfff8000000001234 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(236, f10, 0x7ff8000000000000)
	CHECK_FLAGS(237, 0x0)
	/* fsub.d 0xfff8000000001234 0xfffffffffffff rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(238, f10, 0x7ff8000000000000)
	CHECK_FLAGS(239, 0x0)
	/* fsub.d 0xfff8000000001234 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(240, f10, 0x7ff8000000000000)
	CHECK_FLAGS(241, 0x0)
	/* fsub.d 0xfff8000000001234 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(242, f10, 0x7ff8000000000000)
	CHECK_FLAGS(243, 0x0)
	/* fsub.d 0x29800000000000 0xbff308dd0d974db1 rm=rne frm=None */
	li t0, 0x29800000000000; fmv.d.x f11, t0; li t0, 0xbff308dd0d974db1; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(244, f10, 0x3ff308dd0d974db1)
	CHECK_FLAGS(245, 0x1)
	/* fsub.d 0xc13aad1d9331302b 0x8024c34cd358d81a rm=rne frm=None */
	li t0, 0xc13aad1d9331302b; fmv.d.x f11, t0; li t0, 0x8024c34cd358d81a; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(246, f10, 0xc13aad1d9331302b)
	CHECK_FLAGS(247, 0x1)
	/* fsub.d 0x1e98f5497c5b3 0x1bd5800000000000 rm=rne frm=None */
	li t0, 0x1e98f5497c5b3; fmv.d.x f11, t0; li t0, 0x1bd5800000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(248, f10, 0x9bd5800000000000)
	CHECK_FLAGS(249, 0x1)
	/* fsub.d 0x88b0b7e40a96ea1a 0xbfe3da90b23b0123 rm=rne frm=None */
	li t0, 0x88b0b7e40a96ea1a; fmv.d.x f11, t0; li t0, 0xbfe3da90b23b0123; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(250, f10, 0x3fe3da90b23b0123)
	CHECK_FLAGS(251, 0x1)
	/* fsub.d 0x7fe3a07f1bff60f2 0xc13a1b2157236db2 rm=rne frm=None */
	li t0, 0x7fe3a07f1bff60f2; fmv.d.x f11, t0; li t0, 0xc13a1b2157236db2; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(252, f10, 0x7fe3a07f1bff60f2)
	CHECK_FLAGS(253, 0x1)
	/* fsub.d 0x3eba65c5b4f85581 0xbff7800000000000 rm=rne frm=None */
	li t0, 0x3eba65c5b4f85581; fmv.d.x f11, t0; li t0, 0xbff7800000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(254, f10, 0x3ff78001a65c5b50)
	CHECK_FLAGS(255, 0x1)
	/* fsub.d 0x3fef743a450b00cf 0xc8d379a58c9fd719 rm=rne frm=None */
	li t0, 0x3fef743a450b00cf; fmv.d.x f11, t0; li t0, 0xc8d379a58c9fd719; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(1, f10, 0x48d379a58c9fd719)
	CHECK_FLAGS(2, 0x1)
	/* fsub.d 0xc6478a7db07e91f 0xc138b0d3cc5ae95e rm=rne frm=None */
	li t0, 0xc6478a7db07e91f; fmv.d.x f11, t0; li t0, 0xc138b0d3cc5ae95e; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(3, f10, 0x4138b0d3cc5ae95e)
	CHECK_FLAGS(4, 0x1)
	/* fsub.d 0x8020000000000000 0x4130800000000000 rm=rne frm=None */
	li t0, 0x8020000000000000; fmv.d.x f11, t0; li t0, 0x4130800000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(5, f10, 0xc130800000000000)
	CHECK_FLAGS(6, 0x1)
	/* fsub.d 0x3fff000000000000 0x3eb1000000000000 rm=rne frm=None */
	li t0, 0x3fff000000000000; fmv.d.x f11, t0; li t0, 0x3eb1000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(7, f10, 0x3ffefffef0000000)
	CHECK_FLAGS(8, 0x0)
	/* fsub.d 0x3fe8532863fc49f9 0x413078bfdcfa8c58 rm=rne frm=None */
	li t0, 0x3fe8532863fc49f9; fmv.d.x f11, t0; li t0, 0x413078bfdcfa8c58; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(9, f10, 0xc13078bf1a614938)
	CHECK_FLAGS(10, 0x1)
	/* fsub.d 0xbfef79a3d3e0e67f 0x800dc9fd8779496f rm=rne frm=None */
	li t0, 0xbfef79a3d3e0e67f; fmv.d.x f11, t0; li t0, 0x800dc9fd8779496f; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(11, f10, 0xbfef79a3d3e0e67f)
	CHECK_FLAGS(12, 0x1)
	/* fsub.d 0x8c11000000000000 0x7fec452467c288ea rm=rne frm=None */
	li t0, 0x8c11000000000000; fmv.d.x f11, t0; li t0, 0x7fec452467c288ea; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(13, f10, 0xffec452467c288ea)
	CHECK_FLAGS(14, 0x1)
	/* fsub.d 0x413d000000000000 0x4008a687616162fb rm=rne frm=None */
	li t0, 0x413d000000000000; fmv.d.x f11, t0; li t0, 0x4008a687616162fb; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(15, f10, 0x413cfffceb2f13d4)
	CHECK_FLAGS(16, 0x1)
	/* fsub.d 0x400713e95f8c02d2 0x14ffda912066df8a rm=rtz frm=None */
	li t0, 0x400713e95f8c02d2; fmv.d.x f11, t0; li t0, 0x14ffda912066df8a; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(17, f10, 0x400713e95f8c02d1)
	CHECK_FLAGS(18, 0x1)
	/* fsub.d 0x80063ed6f0c3d623 0x40052c74a2ff0162 rm=rtz frm=None */
	li t0, 0x80063ed6f0c3d623; fmv.d.x f11, t0; li t0, 0x40052c74a2ff0162; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(19, f10, 0xc0052c74a2ff0162)
	CHECK_FLAGS(20, 0x1)
	/* fsub.d 0x3ffe7bc62727263b 0xc1190a57ef453a90 rm=rtz frm=None */
	li t0, 0x3ffe7bc62727263b; fmv.d.x f11, t0; li t0, 0xc1190a57ef453a90; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(21, f10, 0x41190a5f8e36c459)
	CHECK_FLAGS(22, 0x1)
	/* fsub.d 0xc13b800000000000 0xf98815d64dbd2 rm=rtz frm=None */
	li t0, 0xc13b800000000000; fmv.d.x f11, t0; li t0, 0xf98815d64dbd2; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(23, f10, 0xc13b800000000000)
	CHECK_FLAGS(24, 0x1)
	/* fsub.d 0xbff5111c32e1767c 0x13bafb6552fee540 rm=rtz frm=None */
	li t0, 0xbff5111c32e1767c; fmv.d.x f11, t0; li t0, 0x13bafb6552fee540; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(25, f10, 0xbff5111c32e1767c)
	CHECK_FLAGS(26, 0x1)
	/* fsub.d 0x7fe5d05bf7ad23e5 0x9cb1bdd2c1d9c026 rm=rtz frm=None */
	li t0, 0x7fe5d05bf7ad23e5; fmv.d.x f11, t0; li t0, 0x9cb1bdd2c1d9c026; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(27, f10, 0x7fe5d05bf7ad23e5)
	CHECK_FLAGS(28, 0x1)
	/* fsub.d 0xa2df6d216976ca08 0x2df85ef0e21da2 rm=rtz frm=None */
	li t0, 0xa2df6d216976ca08; fmv.d.x f11, t0; li t0, 0x2df85ef0e21da2; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(29, f10, 0xa2df6d216976ca08)
	CHECK_FLAGS(30, 0x1)
	/* fsub.d 0x7fef36c14e1db7ea 0x54e787c398484d18 rm=rtz frm=None */
	li t0, 0x7fef36c14e1db7ea; fmv.d.x f11, t0; li t0, 0x54e787c398484d18; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(31, f10, 0x7fef36c14e1db7e9)
	CHECK_FLAGS(32, 0x1)
	/* fsub.d 0xbebb800000000000 0x7fed7ed0cb24a607 rm=rtz frm=None */
	li t0, 0xbebb800000000000; fmv.d.x f11, t0; li t0, 0x7fed7ed0cb24a607; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(33, f10, 0xffed7ed0cb24a607)
	CHECK_FLAGS(34, 0x1)
	/* fsub.d 0x8449d995e83d1913 0xc800000000000 rm=rtz frm=None */
	li t0, 0x8449d995e83d1913; fmv.d.x f11, t0; li t0, 0xc800000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(35, f10, 0x8449d995e83d1913)
	CHECK_FLAGS(36, 0x1)
	/* fsub.d 0xa681f212670e4740 0x400c1893f67e2d19 rm=rtz frm=None */
	li t0, 0xa681f212670e4740; fmv.d.x f11, t0; li t0, 0x400c1893f67e2d19; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(37, f10, 0xc00c1893f67e2d19)
	CHECK_FLAGS(38, 0x1)
	/* fsub.d 0xbffd800000000000 0x2cb00b368ea35d rm=rtz frm=None */
	li t0, 0xbffd800000000000; fmv.d.x f11, t0; li t0, 0x2cb00b368ea35d; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(39, f10, 0xbffd800000000000)
	CHECK_FLAGS(40, 0x1)
	/* fsub.d 0x8004d326ee518d7d 0xc13564eda6ed57e7 rm=rtz frm=None */
	li t0, 0x8004d326ee518d7d; fmv.d.x f11, t0; li t0, 0xc13564eda6ed57e7; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(41, f10, 0x413564eda6ed57e6)
	CHECK_FLAGS(42, 0x1)
	/* fsub.d 0x802b6b3f6b536041 0xbfee62a417c6a77e rm=rtz frm=None */
	li t0, 0x802b6b3f6b536041; fmv.d.x f11, t0; li t0, 0xbfee62a417c6a77e; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(43, f10, 0x3fee62a417c6a77d)
	CHECK_FLAGS(44, 0x1)
	/* fsub.d 0x1300df74df32e756 0xa000000000000 rm=rdn frm=None */
	li t0, 0x1300df74df32e756; fmv.d.x f11, t0; li t0, 0xa000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(45, f10, 0x1300df74df32e755)
	CHECK_FLAGS(46, 0x1)
	/* fsub.d 0x958b409afb7f0df5 0x137df7701f48c9 rm=rdn frm=None */
	li t0, 0x958b409afb7f0df5; fmv.d.x f11, t0; li t0, 0x137df7701f48c9; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(47, f10, 0x958b409afb7f0df6)
	CHECK_FLAGS(48, 0x1)
	/* fsub.d 0x9269800000000000 0x3ff0800000000000 rm=rdn frm=None */
	li t0, 0x9269800000000000; fmv.d.x f11, t0; li t0, 0x3ff0800000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(49, f10, 0xbff0800000000001)
	CHECK_FLAGS(50, 0x1)
	/* fsub.d 0x3fec6c06aefadcb2 0x3ebf8496b5571886 rm=rdn frm=None */
	li t0, 0x3fec6c06aefadcb2; fmv.d.x f11, t0; li t0, 0x3ebf8496b5571886; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(51, f10, 0x3fec6c02be680607)
	CHECK_FLAGS(52, 0x1)
	/* fsub.d 0x5db1e14340f36f85 0x4007800000000000 rm=rdn frm=None */
	li t0, 0x5db1e14340f36f85; fmv.d.x f11, t0; li t0, 0x4007800000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(53, f10, 0x5db1e14340f36f84)
	CHECK_FLAGS(54, 0x1)
	/* fsub.d 0x1f875136b322e5 0x8010000000000000 rm=rdn frm=None */
	li t0, 0x1f875136b322e5; fmv.d.x f11, t0; li t0, 0x8010000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(55, f10, 0x27c3a89b599172)
	CHECK_FLAGS(56, 0x1)
	/* fsub.d 0x273e000000000000 0xbff1f7229ace9535 rm=rdn frm=None */
	li t0, 0x273e000000000000; fmv.d.x f11, t0; li t0, 0xbff1f7229ace9535; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(57, f10, 0x3ff1f7229ace9535)
	CHECK_FLAGS(58, 0x1)
	/* fsub.d 0x406d4424b26d898a 0xbffd000000000000 rm=rdn frm=None */
	li t0, 0x406d4424b26d898a; fmv.d.x f11, t0; li t0, 0xbffd000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(59, f10, 0x406d7e24b26d898a)
	CHECK_FLAGS(60, 0x0)
	/* fsub.d 0xffe351e715a3a100 0x3eb8141e0f22ea25 rm=rdn frm=None */
	li t0, 0xffe351e715a3a100; fmv.d.x f11, t0; li t0, 0x3eb8141e0f22ea25; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(61, f10, 0xffe351e715a3a101)
	CHECK_FLAGS(62, 0x1)
	/* fsub.d 0x3ff1db5d17a76c71 0x4138b59175a5b7ea rm=rdn frm=None */
	li t0, 0x3ff1db5d17a76c71; fmv.d.x f11, t0; li t0, 0x4138b59175a5b7ea; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(63, f10, 0xc138b59057efe670)
	CHECK_FLAGS(64, 0x1)
	/* fsub.d 0x802cc589bffe809a 0x52f800000000000 rm=rdn frm=None */
	li t0, 0x802cc589bffe809a; fmv.d.x f11, t0; li t0, 0x52f800000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(65, f10, 0x852f800000000001)
	CHECK_FLAGS(66, 0x1)
	/* fsub.d 0x8020000000000000 0xbfffb2fba298e767 rm=rdn frm=None */
	li t0, 0x8020000000000000; fmv.d.x f11, t0; li t0, 0xbfffb2fba298e767; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(67, f10, 0x3fffb2fba298e766)
	CHECK_FLAGS(68, 0x1)
	/* fsub.d 0x4134101615e58f68 0x4133625508ccbd9f rm=rdn frm=None */
	li t0, 0x4134101615e58f68; fmv.d.x f11, t0; li t0, 0x4133625508ccbd9f; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(69, f10, 0x40e5b821a31a3920)
	CHECK_FLAGS(70, 0x0)
	/* fsub.d 0xb229800000000000 0x2a2f940cc6419f rm=rdn frm=None */
	li t0, 0xb229800000000000; fmv.d.x f11, t0; li t0, 0x2a2f940cc6419f; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(71, f10, 0xb229800000000001)
	CHECK_FLAGS(72, 0x1)
	/* fsub.d 0x3ebad47dec3d51fa 0x10000000000000 rm=rup frm=None */
	li t0, 0x3ebad47dec3d51fa; fmv.d.x f11, t0; li t0, 0x10000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(73, f10, 0x3ebad47dec3d51fa)
	CHECK_FLAGS(74, 0x1)
	/* fsub.d 0x80156e19587578a5 0x80298a90e0d0fb3f rm=rup frm=None */
	li t0, 0x80156e19587578a5; fmv.d.x f11, t0; li t0, 0x80298a90e0d0fb3f; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(75, f10, 0x1da708692c7dd9)
	CHECK_FLAGS(76, 0x0)
	/* fsub.d 0x46a14e4c09c1acbe 0x3a71df98938da707 rm=rup frm=None */
	li t0, 0x46a14e4c09c1acbe; fmv.d.x f11, t0; li t0, 0x3a71df98938da707; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(77, f10, 0x46a14e4c09c1acbe)
	CHECK_FLAGS(78, 0x1)
	/* fsub.d 0xbebd68ab17647f00 0x8007000000000000 rm=rup frm=None */
	li t0, 0xbebd68ab17647f00; fmv.d.x f11, t0; li t0, 0x8007000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(79, f10, 0xbebd68ab17647eff)
	CHECK_FLAGS(80, 0x1)
	/* fsub.d 0xa80c91dcf9d8f76e 0x80164e0052458113 rm=rup frm=None */
	li t0, 0xa80c91dcf9d8f76e; fmv.d.x f11, t0; li t0, 0x80164e0052458113; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(81, f10, 0xa80c91dcf9d8f76d)
	CHECK_FLAGS(82, 0x1)
	/* fsub.d 0xbeb0cd72553ee59b 0xf000000000000 rm=rup frm=None */
	li t0, 0xbeb0cd72553ee59b; fmv.d.x f11, t0; li t0, 0xf000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(83, f10, 0xbeb0cd72553ee59b)
	CHECK_FLAGS(84, 0x1)
	/* fsub.d 0x2800000000000 0x298796eb9048c8 rm=rup frm=None */
	li t0, 0x2800000000000; fmv.d.x f11, t0; li t0, 0x298796eb9048c8; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(85, f10, 0x80284796eb9048c8)
	CHECK_FLAGS(86, 0x0)
	/* fsub.d 0xac552d4d7100c010 0x45ca000000000000 rm=rup frm=None */
	li t0, 0xac552d4d7100c010; fmv.d.x f11, t0; li t0, 0x45ca000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(87, f10, 0xc5ca000000000000)
	CHECK_FLAGS(88, 0x1)
	/* fsub.d 0x7fe49b89bce2595f 0x13800000000000 rm=rup frm=None */
	li t0, 0x7fe49b89bce2595f; fmv.d.x f11, t0; li t0, 0x13800000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(89, f10, 0x7fe49b89bce2595f)
	CHECK_FLAGS(90, 0x1)
	/* fsub.d 0xbff6f7aa7bcb0086 0xbff6000000000000 rm=rup frm=None */
	li t0, 0xbff6f7aa7bcb0086; fmv.d.x f11, t0; li t0, 0xbff6000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(91, f10, 0xbfaef54f796010c0)
	CHECK_FLAGS(92, 0x0)
	/* fsub.d 0x800833b4e6a795f5 0xc5425898359909a6 rm=rup frm=None */
	li t0, 0x800833b4e6a795f5; fmv.d.x f11, t0; li t0, 0xc5425898359909a6; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(93, f10, 0x45425898359909a6)
	CHECK_FLAGS(94, 0x1)
	/* fsub.d 0x3ff31f9a10a46a89 0xbffd000000000000 rm=rup frm=None */
	li t0, 0x3ff31f9a10a46a89; fmv.d.x f11, t0; li t0, 0xbffd000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(95, f10, 0x40080fcd08523545)
	CHECK_FLAGS(96, 0x1)
	/* fsub.d 0x4132000000000000 0x4133a6422b6e5f8f rm=rup frm=None */
	li t0, 0x4132000000000000; fmv.d.x f11, t0; li t0, 0x4133a6422b6e5f8f; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(97, f10, 0xc0fa6422b6e5f8f0)
	CHECK_FLAGS(98, 0x0)
	/* fsub.d 0xc004000000000000 0xc00b000000000000 rm=rup frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xc00b000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(99, f10, 0x3fec000000000000)
	CHECK_FLAGS(100, 0x0)
	/* fsub.d 0x3ff2ab034f8c919c 0xc13f800000000000 rm=rmm frm=None */
	li t0, 0x3ff2ab034f8c919c; fmv.d.x f11, t0; li t0, 0xc13f800000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(101, f10, 0x413f80012ab034f9)
	CHECK_FLAGS(102, 0x1)
	/* fsub.d 0x83e1000000000000 0xc008f5f5cf003392 rm=rmm frm=None */
	li t0, 0x83e1000000000000; fmv.d.x f11, t0; li t0, 0xc008f5f5cf003392; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(103, f10, 0x4008f5f5cf003392)
	CHECK_FLAGS(104, 0x1)
	/* fsub.d 0x4134ae523276113b 0x4006000000000000 rm=rmm frm=None */
	li t0, 0x4134ae523276113b; fmv.d.x f11, t0; li t0, 0x4006000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(105, f10, 0x4134ae4f7276113b)
	CHECK_FLAGS(106, 0x0)
	/* fsub.d 0x3fe272b805fc9901 0x3ebe800000000000 rm=rmm frm=None */
	li t0, 0x3fe272b805fc9901; fmv.d.x f11, t0; li t0, 0x3ebe800000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(107, f10, 0x3fe272b435fc9901)
	CHECK_FLAGS(108, 0x0)
	/* fsub.d 0x4002000000000000 0x800a224147b99885 rm=rmm frm=None */
	li t0, 0x4002000000000000; fmv.d.x f11, t0; li t0, 0x800a224147b99885; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(109, f10, 0x4002000000000000)
	CHECK_FLAGS(110, 0x1)
	/* fsub.d 0xa942da24c066e 0xbebcfd6e464b419a rm=rmm frm=None */
	li t0, 0xa942da24c066e; fmv.d.x f11, t0; li t0, 0xbebcfd6e464b419a; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(111, f10, 0x3ebcfd6e464b419a)
	CHECK_FLAGS(112, 0x1)
	/* fsub.d 0xbff3d515819f586c 0xc1303b0894ac457a rm=rmm frm=None */
	li t0, 0xbff3d515819f586c; fmv.d.x f11, t0; li t0, 0xc1303b0894ac457a; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(113, f10, 0x41303b07575aed60)
	CHECK_FLAGS(114, 0x1)
	/* fsub.d 0xff7f9b7ce2d9c41 0x3fef8df8c55ee13d rm=rmm frm=None */
	li t0, 0xff7f9b7ce2d9c41; fmv.d.x f11, t0; li t0, 0x3fef8df8c55ee13d; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(115, f10, 0xbfef8df8c55ee13d)
	CHECK_FLAGS(116, 0x1)
	/* fsub.d 0x22d45c38f368144 0xc225e9756187be2f rm=rmm frm=None */
	li t0, 0x22d45c38f368144; fmv.d.x f11, t0; li t0, 0xc225e9756187be2f; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(117, f10, 0x4225e9756187be2f)
	CHECK_FLAGS(118, 0x1)
	/* fsub.d 0x413ea0c382396b69 0x802b965821c81d06 rm=rmm frm=None */
	li t0, 0x413ea0c382396b69; fmv.d.x f11, t0; li t0, 0x802b965821c81d06; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(119, f10, 0x413ea0c382396b69)
	CHECK_FLAGS(120, 0x1)
	/* fsub.d 0x2614bfa0d9e5ee 0x1db3c338a582ba rm=rmm frm=None */
	li t0, 0x2614bfa0d9e5ee; fmv.d.x f11, t0; li t0, 0x1db3c338a582ba; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(121, f10, 0xe75bc090e4922)
	CHECK_FLAGS(122, 0x0)
	/* fsub.d 0x800715933a761451 0x531e569ca7b5e385 rm=rmm frm=None */
	li t0, 0x800715933a761451; fmv.d.x f11, t0; li t0, 0x531e569ca7b5e385; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(123, f10, 0xd31e569ca7b5e385)
	CHECK_FLAGS(124, 0x1)
	/* fsub.d 0xc13bfb41b081ceab 0x40049ccca43644fb rm=rmm frm=None */
	li t0, 0xc13bfb41b081ceab; fmv.d.x f11, t0; li t0, 0x40049ccca43644fb; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(125, f10, 0xc13bfb44441b6332)
	CHECK_FLAGS(126, 0x1)
	/* fsub.d 0xbfffa63947168641 0xc1344c2fd2c86525 rm=rmm frm=None */
	li t0, 0xbfffa63947168641; fmv.d.x f11, t0; li t0, 0xc1344c2fd2c86525; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(127, f10, 0x41344c2dd864d0b4)
	CHECK_FLAGS(128, 0x1)
	/* fsub.d 0xc13389facb9db7ba 0x4002b123db5e56ec rm=None frm=0 */
	li t0, 0xc13389facb9db7ba; fmv.d.x f11, t0; li t0, 0x4002b123db5e56ec; fmv.d.x f12, t0; fsrmi 0; fsub.d f10, f11, f12
	CHECK_F(129, f10, 0xc13389fd21c23326)
	CHECK_FLAGS(130, 0x1)
	/* fsub.d 0x1ce5e2b8b6d33d 0x5d61000000000000 rm=None frm=0 */
	li t0, 0x1ce5e2b8b6d33d; fmv.d.x f11, t0; li t0, 0x5d61000000000000; fmv.d.x f12, t0; fsrmi 0; fsub.d f10, f11, f12
	CHECK_F(131, f10, 0xdd61000000000000)
	CHECK_FLAGS(132, 0x1)
	/* fsub.d 0x5000000000000 0xb67232330240610e rm=None frm=0 */
	li t0, 0x5000000000000; fmv.d.x f11, t0; li t0, 0xb67232330240610e; fmv.d.x f12, t0; fsrmi 0; fsub.d f10, f11, f12
	CHECK_F(133, f10, 0x367232330240610e)
	CHECK_FLAGS(134, 0x1)
	/* fsub.d 0x4007800000000000 0xc136e0ba75029cea rm=None frm=0 */
	li t0, 0x4007800000000000; fmv.d.x f11, t0; li t0, 0xc136e0ba75029cea; fmv.d.x f12, t0; fsrmi 0; fsub.d f10, f11, f12
	CHECK_F(135, f10, 0x4136e0bd65029cea)
	CHECK_FLAGS(136, 0x0)
	/* fsub.d 0xbfe706cadc87882b 0x16000000000000 rm=None frm=1 */
	li t0, 0xbfe706cadc87882b; fmv.d.x f11, t0; li t0, 0x16000000000000; fmv.d.x f12, t0; fsrmi 1; fsub.d f10, f11, f12
	CHECK_F(137, f10, 0xbfe706cadc87882b)
	CHECK_FLAGS(138, 0x1)
	/* fsub.d 0x413525eee78fd4c7 0x802efd15562ac6cb rm=None frm=1 */
	li t0, 0x413525eee78fd4c7; fmv.d.x f11, t0; li t0, 0x802efd15562ac6cb; fmv.d.x f12, t0; fsrmi 1; fsub.d f10, f11, f12
	CHECK_F(139, f10, 0x413525eee78fd4c7)
	CHECK_FLAGS(140, 0x1)
	/* fsub.d 0xbfe3fb45858dbd57 0xbfe9e6a57e3c93d3 rm=None frm=1 */
	li t0, 0xbfe3fb45858dbd57; fmv.d.x f11, t0; li t0, 0xbfe9e6a57e3c93d3; fmv.d.x f12, t0; fsrmi 1; fsub.d f10, f11, f12
	CHECK_F(141, f10, 0x3fc7ad7fe2bb59f0)
	CHECK_FLAGS(142, 0x0)
	/* fsub.d 0x7fed9069d0f9f756 0x21000000000000 rm=None frm=1 */
	li t0, 0x7fed9069d0f9f756; fmv.d.x f11, t0; li t0, 0x21000000000000; fmv.d.x f12, t0; fsrmi 1; fsub.d f10, f11, f12
	CHECK_F(143, f10, 0x7fed9069d0f9f755)
	CHECK_FLAGS(144, 0x1)
	/* fsub.d 0xc001800000000000 0x3fee000000000000 rm=None frm=2 */
	li t0, 0xc001800000000000; fmv.d.x f11, t0; li t0, 0x3fee000000000000; fmv.d.x f12, t0; fsrmi 2; fsub.d f10, f11, f12
	CHECK_F(145, f10, 0xc009000000000000)
	CHECK_FLAGS(146, 0x0)
	/* fsub.d 0xbebb3492613d136e 0xc0002a06b7ca00a4 rm=None frm=2 */
	li t0, 0xbebb3492613d136e; fmv.d.x f11, t0; li t0, 0xc0002a06b7ca00a4; fmv.d.x f12, t0; fsrmi 2; fsub.d f10, f11, f12
	CHECK_F(147, f10, 0x40002a05de256d9a)
	CHECK_FLAGS(148, 0x1)
	/* fsub.d 0x1c2b181c0fd1cd 0x802b75f53a04ecdd rm=None frm=2 */
	li t0, 0x1c2b181c0fd1cd; fmv.d.x f11, t0; li t0, 0x802b75f53a04ecdd; fmv.d.x f12, t0; fsrmi 2; fsub.d f10, f11, f12
	CHECK_F(149, f10, 0x34c5c0a4066ae1)
	CHECK_FLAGS(150, 0x1)
	/* fsub.d 0x800a8d0095e68eff 0xc13bf353327276c0 rm=None frm=2 */
	li t0, 0x800a8d0095e68eff; fmv.d.x f11, t0; li t0, 0xc13bf353327276c0; fmv.d.x f12, t0; fsrmi 2; fsub.d f10, f11, f12
	CHECK_F(151, f10, 0x413bf353327276bf)
	CHECK_FLAGS(152, 0x1)
	/* fsub.d 0x7feb67d8b01aa520 0x3ffa8d690ee63c4b rm=None frm=3 */
	li t0, 0x7feb67d8b01aa520; fmv.d.x f11, t0; li t0, 0x3ffa8d690ee63c4b; fmv.d.x f12, t0; fsrmi 3; fsub.d f10, f11, f12
	CHECK_F(153, f10, 0x7feb67d8b01aa520)
	CHECK_FLAGS(154, 0x1)
	/* fsub.d 0xbeb9000000000000 0x4131000000000000 rm=None frm=3 */
	li t0, 0xbeb9000000000000; fmv.d.x f11, t0; li t0, 0x4131000000000000; fmv.d.x f12, t0; fsrmi 3; fsub.d f10, f11, f12
	CHECK_F(155, f10, 0xc131000000001900)
	CHECK_FLAGS(156, 0x0)
	/* fsub.d 0x3ffc6236aa58ec92 0xc13044f532c31211 rm=None frm=3 */
	li t0, 0x3ffc6236aa58ec92; fmv.d.x f11, t0; li t0, 0xc13044f532c31211; fmv.d.x f12, t0; fsrmi 3; fsub.d f10, f11, f12
	CHECK_F(157, f10, 0x413044f6f8e67cb7)
	CHECK_FLAGS(158, 0x1)
	/* fsub.d 0x67368c07c10c421 0xffebd51eeae1643c rm=None frm=3 */
	li t0, 0x67368c07c10c421; fmv.d.x f11, t0; li t0, 0xffebd51eeae1643c; fmv.d.x f12, t0; fsrmi 3; fsub.d f10, f11, f12
	CHECK_F(159, f10, 0x7febd51eeae1643d)
	CHECK_FLAGS(160, 0x1)
	/* fsub.d 0x80222bb4ce2ac3ec 0x800db82d175b00bf rm=None frm=4 */
	li t0, 0x80222bb4ce2ac3ec; fmv.d.x f11, t0; li t0, 0x800db82d175b00bf; fmv.d.x f12, t0; fsrmi 4; fsub.d f10, f11, f12
	CHECK_F(161, f10, 0x80169f3c84fa8719)
	CHECK_FLAGS(162, 0x0)
	/* fsub.d 0x40022f5d555ad7c8 0xc00e0a75db37468d rm=None frm=4 */
	li t0, 0x40022f5d555ad7c8; fmv.d.x f11, t0; li t0, 0xc00e0a75db37468d; fmv.d.x f12, t0; fsrmi 4; fsub.d f10, f11, f12
	CHECK_F(163, f10, 0x40181ce998490f2b)
	CHECK_FLAGS(164, 0x1)
	/* fsub.d 0x4007d054760399fe 0x80008360504e4464 rm=None frm=4 */
	li t0, 0x4007d054760399fe; fmv.d.x f11, t0; li t0, 0x80008360504e4464; fmv.d.x f12, t0; fsrmi 4; fsub.d f10, f11, f12
	CHECK_F(165, f10, 0x4007d054760399fe)
	CHECK_FLAGS(166, 0x1)
	/* fsub.d 0x105d000000000000 0x16230e01851a59 rm=None frm=4 */
	li t0, 0x105d000000000000; fmv.d.x f11, t0; li t0, 0x16230e01851a59; fmv.d.x f12, t0; fsrmi 4; fsub.d f10, f11, f12
	CHECK_F(167, f10, 0x105d000000000000)
	CHECK_FLAGS(168, 0x1)
	/* fmul.d 0x0 0x0 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(169, f10, 0x0)
	CHECK_FLAGS(170, 0x0)
	/* fmul.d 0x0 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(171, f10, 0x8000000000000000)
	CHECK_FLAGS(172, 0x0)
	/* fmul.d 0x0 0xc004000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(173, f10, 0x8000000000000000)
	CHECK_FLAGS(174, 0x0)
	/* fmul.d 0x0 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(175, f10, 0x0)
	CHECK_FLAGS(176, 0x0)
	/* fmul.d 0x0 0xfffffffffffff rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(177, f10, 0x0)
	CHECK_FLAGS(178, 0x0)
	/* fmul.d 0x0 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(179, f10, 0x7ff8000000000000)
	CHECK_FLAGS(180, 0x10)
	/* fmul.d 0x0 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(181, f10, 0x7ff8000000000000)
	CHECK_FLAGS(182, 0x0)
	/* fmul.d 0x3ff0000000000000 0x0 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(183, f10, 0x0)
	CHECK_FLAGS(184, 0x0)
	/* fmul.d 0x3ff0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(185, f10, 0xbff0000000000000)
	CHECK_FLAGS(186, 0x0)
	/* fmul.d 0x3ff0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(187, f10, 0xc004000000000000)
	CHECK_FLAGS(188, 0x0)
	/* fmul.d 0x3ff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(189, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(190, 0x0)
	/* fmul.d 0x3ff0000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(191, f10, 0xfffffffffffff)
	CHECK_FLAGS(192, 0x0)
	/* fmul.d 0x3ff0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(193, f10, 0xfff0000000000000)
	CHECK_FLAGS(194, 0x0)
	/* fmul.d 0x3ff0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(195, f10, 0x7ff8000000000000)
	CHECK_FLAGS(196, 0x0)
	/* fmul.d 0x3ff8000000000000 0x0 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(197, f10, 0x0)
	CHECK_FLAGS(198, 0x0)
	/* fmul.d 0x3ff8000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(199, f10, 0xbff8000000000000)
	CHECK_FLAGS(200, 0x0)
	/* fmul.d 0x3ff8000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(201, f10, 0xc00e000000000000)
	CHECK_FLAGS(202, 0x0)
	/* fmul.d 0x3ff8000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(203, f10, 0x7ff0000000000000)
	CHECK_FLAGS(204, 0x5)
	/* fmul.d 0x3ff8000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(205, f10, 0x17fffffffffffe)
	CHECK_FLAGS(206, 0x1)
	/* fmul.d 0x3ff8000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(207, f10, 0xfff0000000000000)
	CHECK_FLAGS(208, 0x0)
	/* fmul.d 0x3ff8000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(209, f10, 0x7ff8000000000000)
	CHECK_FLAGS(210, 0x0)
	/* fmul.d 0xc004000000000000 0x0 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(211, f10, 0x8000000000000000)
	CHECK_FLAGS(212, 0x0)
	/* fmul.d 0xc004000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(213, f10, 0x4004000000000000)
	CHECK_FLAGS(214, 0x0)
	/* fmul.d 0xc004000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(215, f10, 0x4019000000000000)
	CHECK_FLAGS(216, 0x0)
	/* fmul.d 0xc004000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(217, f10, 0xfff0000000000000)
	CHECK_FLAGS(218, 0x5)
	/* fmul.d 0xc004000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(219, f10, 0x8023ffffffffffff)
	CHECK_FLAGS(220, 0x1)
	/* fmul.d 0xc004000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(221, f10, 0x7ff0000000000000)
	CHECK_FLAGS(222, 0x0)
	/* fmul.d 0xc004000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(223, f10, 0x7ff8000000000000)
	CHECK_FLAGS(224, 0x0)
	/* fmul.d 0xbfe0000000000000 0x0 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(225, f10, 0x8000000000000000)
	CHECK_FLAGS(226, 0x0)
	/* fmul.d 0xbfe0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(227, f10, 0x3fe0000000000000)
	CHECK_FLAGS(228, 0x0)
	/* fmul.d 0xbfe0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(229, f10, 0x3ff4000000000000)
	CHECK_FLAGS(230, 0x0)
	/* fmul.d 0xbfe0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(231, f10, 0xffdfffffffffffff)
	CHECK_FLAGS(232, 0x0)
	/* fmul.d 0xbfe0000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(233, f10, 0x8008000000000000)
	CHECK_FLAGS(234, 0x3)
	/* fmul.d 0xbfe0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(235, f10, 0x7ff0000000000000)
	CHECK_FLAGS(236, 0x0)
	/* fmul.d 0xbfe0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(237, f10, 0x7ff8000000000000)
	CHECK_FLAGS(238, 0x0)
	/* fmul.d 0xffefffffffffffff 0x0 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(239, f10, 0x8000000000000000)
	CHECK_FLAGS(240, 0x0)
	/* fmul.d 0xffefffffffffffff 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(241, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(242, 0x0)
	/* fmul.d 0xffefffffffffffff 0xc004000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(243, f10, 0x7ff0000000000000)
	CHECK_FLAGS(244, 0x5)
	/* fmul.d 0xffefffffffffffff 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(245, f10, 0xfff0000000000000)
	CHECK_FLAGS(246, 0x5)
	/* fmul.d 0xffefffffffffffff 0xfffffffffffff rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(247, f10, 0xc00ffffffffffffd)
	CHECK_FLAGS(248, 0x1)
	/* fmul.d 0xffefffffffffffff 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(249, f10, 0x7ff0000000000000)
	CHECK_FLAGS(250, 0x0)
	/* fmul.d 0xffefffffffffffff 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(251, f10, 0x7ff8000000000000)
	CHECK_FLAGS(252, 0x0)
	/* fmul.d 0xfffffffffffff 0x0 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(253, f10, 0x0)
	CHECK_FLAGS(254, 0x0)
	/* fmul.d 0xfffffffffffff 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(255, f10, 0x800fffffffffffff)
	CHECK_FLAGS(1, 0x0)
	/* fmul.d 0xfffffffffffff 0xc004000000000000 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(2, f10, 0x8023ffffffffffff)
	CHECK_FLAGS(3, 0x1)
	/* fmul.d 0xfffffffffffff 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(4, f10, 0x400ffffffffffffd)
	CHECK_FLAGS(5, 0x1)
	/* fmul.d 0xfffffffffffff 0xfffffffffffff rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(6, f10, 0x0)
	CHECK_FLAGS(7, 0x3)
	/* fmul.d 0xfffffffffffff 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(8, f10, 0xfff0000000000000)
	CHECK_FLAGS(9, 0x0)
	/* fmul.d 0xfffffffffffff 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(10, f10, 0x7ff8000000000000)
	CHECK_FLAGS(11, 0x0)
	/* fmul.d 0x7ff0000000000000 0x0 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(12, f10, 0x7ff8000000000000)
	CHECK_FLAGS(13, 0x10)
	/* fmul.d 0x7ff0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(14, f10, 0xfff0000000000000)
	CHECK_FLAGS(15, 0x0)
	/* fmul.d 0x7ff0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(16, f10, 0xfff0000000000000)
	CHECK_FLAGS(17, 0x0)
	/* fmul.d 0x7ff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(18, f10, 0x7ff0000000000000)
	CHECK_FLAGS(19, 0x0)
	/* fmul.d 0x7ff0000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(20, f10, 0x7ff0000000000000)
	CHECK_FLAGS(21, 0x0)
	/* fmul.d 0x7ff0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(22, f10, 0xfff0000000000000)
	CHECK_FLAGS(23, 0x0)
	/* fmul.d 0x7ff0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(24, f10, 0x7ff8000000000000)
	CHECK_FLAGS(25, 0x0)
	/* fmul.d 0x7ff8000000000000 0x0 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(26, f10, 0x7ff8000000000000)
	CHECK_FLAGS(27, 0x0)
	/* fmul.d 0x7ff8000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(28, f10, 0x7ff8000000000000)
	CHECK_FLAGS(29, 0x0)
	/* fmul.d 0x7ff8000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(30, f10, 0x7ff8000000000000)
	CHECK_FLAGS(31, 0x0)
	/* fmul.d 0x7ff8000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(32, f10, 0x7ff8000000000000)
	CHECK_FLAGS(33, 0x0)
	/* fmul.d 0x7ff8000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(34, f10, 0x7ff8000000000000)
	CHECK_FLAGS(35, 0x0)
	/* fmul.d 0x7ff8000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(36, f10, 0x7ff8000000000000)
	CHECK_FLAGS(37, 0x0)
	/* fmul.d 0x7ff8000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(38, f10, 0x7ff8000000000000)
	CHECK_FLAGS(39, 0x0)
	/* fmul.d 0xfff8000000001234 0x0 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(40, f10, 0x7ff8000000000000)
	CHECK_FLAGS(41, 0x0)
	/* fmul.d 0xfff8000000001234 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(42, f10, 0x7ff8000000000000)
	CHECK_FLAGS(43, 0x0)
	/* fmul.d 0xfff8000000001234 0xc004000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(44, f10, 0x7ff8000000000000)
	CHECK_FLAGS(45, 0x0)
	/* fmul.d 0xfff8000000001234 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(46, f10, 0x7ff8000000000000)
	CHECK_FLAGS(47, 0x0)
	/* fmul.d 0xfff8000000001234 0xfffffffffffff rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(48, f10, 0x7ff8000000000000)
	CHECK_FLAGS(49, 0x0)
	/* fmul.d 0xfff8000000001234 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(50, f10, 0x7ff8000000000000)
	CHECK_FLAGS(51, 0x0)
	/* fmul.d 0xfff8000000001234 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(52, f10, 0x7ff8000000000000)
	CHECK_FLAGS(53, 0x0)
	/* fmul.d 0x10f1ef4773b29adc 0x3fe5309d17f216c0 rm=rne frm=None */
	li t0, 0x10f1ef4773b29adc; fmv.d.x f11, t0; li t0, 0x3fe5309d17f216c0; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(54, f10, 0x10e7c08bb4f9f5a9)
	CHECK_FLAGS(55, 0x1)
	/* fmul.d 0x9f8f8b2edd285 0x272c8756c168e8 rm=rne frm=None */
	li t0, 0x9f8f8b2edd285; fmv.d.x f11, t0; li t0, 0x272c8756c168e8; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(56, f10, 0x0)
	CHECK_FLAGS(57, 0x3)
	/* fmul.d 0x400c800000000000 0x2de4000000000000 rm=rne frm=None */
	li t0, 0x400c800000000000; fmv.d.x f11, t0; li t0, 0x2de4000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(58, f10, 0x2e01d00000000000)
	CHECK_FLAGS(59, 0x0)
	/* fmul.d 0x7323ee9472065 0x801377efc806d9c0 rm=rne frm=None */
	li t0, 0x7323ee9472065; fmv.d.x f11, t0; li t0, 0x801377efc806d9c0; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(60, f10, 0x8000000000000000)
	CHECK_FLAGS(61, 0x3)
	/* fmul.d 0x16c1745abca6bb 0xc002b2ee60787430 rm=rne frm=None */
	li t0, 0x16c1745abca6bb; fmv.d.x f11, t0; li t0, 0xc002b2ee60787430; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(62, f10, 0x802a981e1b5c7e4f)
	CHECK_FLAGS(63, 0x1)
	/* fmul.d 0x3ffe45acfbeb6bdf 0xffe8aaf5fb4c8322 rm=rne frm=None */
	li t0, 0x3ffe45acfbeb6bdf; fmv.d.x f11, t0; li t0, 0xffe8aaf5fb4c8322; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(64, f10, 0xfff0000000000000)
	CHECK_FLAGS(65, 0x5)
	/* fmul.d 0x3eb550e9fdd3041e 0x7fe6000000000000 rm=rne frm=None */
	li t0, 0x3eb550e9fdd3041e; fmv.d.x f11, t0; li t0, 0x7fe6000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(66, f10, 0x7ead4f41bd0225a9)
	CHECK_FLAGS(67, 0x1)
	/* fmul.d 0x1606f60a3b205e 0x802de98b0179e672 rm=rne frm=None */
	li t0, 0x1606f60a3b205e; fmv.d.x f11, t0; li t0, 0x802de98b0179e672; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(68, f10, 0x8000000000000000)
	CHECK_FLAGS(69, 0x3)
	/* fmul.d 0x3fe6000000000000 0x2d000000000000 rm=rne frm=None */
	li t0, 0x3fe6000000000000; fmv.d.x f11, t0; li t0, 0x2d000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(70, f10, 0x23f00000000000)
	CHECK_FLAGS(71, 0x0)
	/* fmul.d 0x2d800000000000 0x11000000000000 rm=rne frm=None */
	li t0, 0x2d800000000000; fmv.d.x f11, t0; li t0, 0x11000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(72, f10, 0x0)
	CHECK_FLAGS(73, 0x3)
	/* fmul.d 0xbff43aa0691bab93 0xc13d800000000000 rm=rne frm=None */
	li t0, 0xbff43aa0691bab93; fmv.d.x f11, t0; li t0, 0xc13d800000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(74, f10, 0x4142a60be0e5822c)
	CHECK_FLAGS(75, 0x1)
	/* fmul.d 0xbffc495d558e070e 0xbff1800000000000 rm=rne frm=None */
	li t0, 0xbffc495d558e070e; fmv.d.x f11, t0; li t0, 0xbff1800000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(76, f10, 0x3ffef03e159357b7)
	CHECK_FLAGS(77, 0x1)
	/* fmul.d 0xab4fea23d7024 0xbfe70aeaf30f05d1 rm=rne frm=None */
	li t0, 0xab4fea23d7024; fmv.d.x f11, t0; li t0, 0xbfe70aeaf30f05d1; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(78, f10, 0x8007b5be31085298)
	CHECK_FLAGS(79, 0x3)
	/* fmul.d 0x1800000000000 0xc5a20f24c26bfa4d rm=rne frm=None */
	li t0, 0x1800000000000; fmv.d.x f11, t0; li t0, 0xc5a20f24c26bfa4d; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(80, f10, 0x858b16b723a1f774)
	CHECK_FLAGS(81, 0x1)
	/* fmul.d 0x400adc8812320a32 0x8011e0a2eb1dba5c rm=rtz frm=None */
	li t0, 0x400adc8812320a32; fmv.d.x f11, t0; li t0, 0x8011e0a2eb1dba5c; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(82, f10, 0x802e037187ee96be)
	CHECK_FLAGS(83, 0x1)
	/* fmul.d 0xc00c000000000000 0x22765280e51d39 rm=rtz frm=None */
	li t0, 0xc00c000000000000; fmv.d.x f11, t0; li t0, 0x22765280e51d39; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(84, f10, 0x8040278830c87991)
	CHECK_FLAGS(85, 0x1)
	/* fmul.d 0x7fec000000000000 0xc1322b9080e91b33 rm=rtz frm=None */
	li t0, 0x7fec000000000000; fmv.d.x f11, t0; li t0, 0xc1322b9080e91b33; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(86, f10, 0xffefffffffffffff)
	CHECK_FLAGS(87, 0x5)
	/* fmul.d 0xbff5a063ac20ee3a 0xc1375531df020db6 rm=rtz frm=None */
	li t0, 0xbff5a063ac20ee3a; fmv.d.x f11, t0; li t0, 0xc1375531df020db6; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(88, f10, 0x413f89b6c191384d)
	CHECK_FLAGS(89, 0x1)
	/* fmul.d 0xc009c73536de2588 0xbff4800000000000 rm=rtz frm=None */
	li t0, 0xc009c73536de2588; fmv.d.x f11, t0; li t0, 0xbff4800000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(90, f10, 0x4010839e1726500b)
	CHECK_FLAGS(91, 0x1)
	/* fmul.d 0xbffa000000000000 0x846e1dd7ded906f5 rm=rtz frm=None */
	li t0, 0xbffa000000000000; fmv.d.x f11, t0; li t0, 0x846e1dd7ded906f5; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(92, f10, 0x478783f651055a7)
	CHECK_FLAGS(93, 0x1)
	/* fmul.d 0xbeb4800000000000 0xffef2d704cbc5fd8 rm=rtz frm=None */
	li t0, 0xbeb4800000000000; fmv.d.x f11, t0; li t0, 0xffef2d704cbc5fd8; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(94, f10, 0x7eb3f91bf128ad66)
	CHECK_FLAGS(95, 0x1)
	/* fmul.d 0x40089d1985b988cf 0xc130acec4ba6660f rm=rtz frm=None */
	li t0, 0x40089d1985b988cf; fmv.d.x f11, t0; li t0, 0xc130acec4ba6660f; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(96, f10, 0xc149a71dd9afea4a)
	CHECK_FLAGS(97, 0x1)
	/* fmul.d 0x1cf89ec9d1810d 0x1e8de838b0b0f7 rm=rtz frm=None */
	li t0, 0x1cf89ec9d1810d; fmv.d.x f11, t0; li t0, 0x1e8de838b0b0f7; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(98, f10, 0x0)
	CHECK_FLAGS(99, 0x3)
	/* fmul.d 0x8019efef7c4e281c 0x6415b8e3f1b0c rm=rtz frm=None */
	li t0, 0x8019efef7c4e281c; fmv.d.x f11, t0; li t0, 0x6415b8e3f1b0c; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(100, f10, 0x8000000000000000)
	CHECK_FLAGS(101, 0x3)
	/* fmul.d 0x20dde914fe8928 0x3f8ab8e8c8982969 rm=rtz frm=None */
	li t0, 0x20dde914fe8928; fmv.d.x f11, t0; li t0, 0x3f8ab8e8c8982969; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(102, f10, 0x70ae207ee41f)
	CHECK_FLAGS(103, 0x3)
	/* fmul.d 0x3eb2000000000000 0xc000b0be9b869c22 rm=rtz frm=None */
	li t0, 0x3eb2000000000000; fmv.d.x f11, t0; li t0, 0xc000b0be9b869c22; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(104, f10, 0xbec2c6d66ef76fa6)
	CHECK_FLAGS(105, 0x1)
	/* fmul.d 0x3fef800000000000 0xc00dc42273b0423d rm=rtz frm=None */
	li t0, 0x3fef800000000000; fmv.d.x f11, t0; li t0, 0xc00dc42273b0423d; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(106, f10, 0xc00d4d11e9e18134)
	CHECK_FLAGS(107, 0x1)
	/* fmul.d 0x88ca800000000000 0xc003800000000000 rm=rtz frm=None */
	li t0, 0x88ca800000000000; fmv.d.x f11, t0; li t0, 0xc003800000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(108, f10, 0x8e0260000000000)
	CHECK_FLAGS(109, 0x0)
	/* fmul.d 0xbfec3867706986a9 0x41313ea85540fcec rm=rdn frm=None */
	li t0, 0xbfec3867706986a9; fmv.d.x f11, t0; li t0, 0x41313ea85540fcec; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(110, f10, 0xc12e6a715ee0198d)
	CHECK_FLAGS(111, 0x1)
	/* fmul.d 0x91217a2c883275db 0x9563000000000000 rm=rdn frm=None */
	li t0, 0x91217a2c883275db; fmv.d.x f11, t0; li t0, 0x9563000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(112, f10, 0x0)
	CHECK_FLAGS(113, 0x3)
	/* fmul.d 0x21d57ce3004c953a 0xbfffdfa7cd82d3de rm=rdn frm=None */
	li t0, 0x21d57ce3004c953a; fmv.d.x f11, t0; li t0, 0xbfffdfa7cd82d3de; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(114, f10, 0xa1e5672ae3f4d7a9)
	CHECK_FLAGS(115, 0x1)
	/* fmul.d 0x2552800000000000 0x8024cd3bce2c7de4 rm=rdn frm=None */
	li t0, 0x2552800000000000; fmv.d.x f11, t0; li t0, 0x8024cd3bce2c7de4; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(116, f10, 0x8000000000000001)
	CHECK_FLAGS(117, 0x3)
	/* fmul.d 0x801c2ca86724743a 0x3ff4000000000000 rm=rdn frm=None */
	li t0, 0x801c2ca86724743a; fmv.d.x f11, t0; li t0, 0x3ff4000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(118, f10, 0x80219be94076c8a5)
	CHECK_FLAGS(119, 0x1)
	/* fmul.d 0x3fe5bcc82e3d03f0 0x3fed7c59279c2806 rm=rdn frm=None */
	li t0, 0x3fe5bcc82e3d03f0; fmv.d.x f11, t0; li t0, 0x3fed7c59279c2806; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(120, f10, 0x3fe4078d818f6012)
	CHECK_FLAGS(121, 0x1)
	/* fmul.d 0x2e34942d60c71e 0x8015f1799a71122c rm=rdn frm=None */
	li t0, 0x2e34942d60c71e; fmv.d.x f11, t0; li t0, 0x8015f1799a71122c; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(122, f10, 0x8000000000000001)
	CHECK_FLAGS(123, 0x3)
	/* fmul.d 0x2c000000000000 0xbfe681be0dc2815f rm=rdn frm=None */
	li t0, 0x2c000000000000; fmv.d.x f11, t0; li t0, 0xbfe681be0dc2815f; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(124, f10, 0x8023b1864c0a3134)
	CHECK_FLAGS(125, 0x1)
	/* fmul.d 0xffe8000000000000 0x3279000000000000 rm=rdn frm=None */
	li t0, 0xffe8000000000000; fmv.d.x f11, t0; li t0, 0x3279000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(126, f10, 0xf272c00000000000)
	CHECK_FLAGS(127, 0x0)
	/* fmul.d 0x8014c1752671ea61 0x3eb3cd128d9aa28e rm=rdn frm=None */
	li t0, 0x8014c1752671ea61; fmv.d.x f11, t0; li t0, 0x3eb3cd128d9aa28e; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(128, f10, 0x800000019afc1dc0)
	CHECK_FLAGS(129, 0x3)
	/* fmul.d 0x3fef701ab7818c34 0xbff4800000000000 rm=rdn frm=None */
	li t0, 0x3fef701ab7818c34; fmv.d.x f11, t0; li t0, 0xbff4800000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(130, f10, 0xbff423d11d8efdd2)
	CHECK_FLAGS(131, 0x1)
	/* fmul.d 0xc1321990a76c8dea 0xbfeb85c70f48ff65 rm=rdn frm=None */
	li t0, 0xc1321990a76c8dea; fmv.d.x f11, t0; li t0, 0xbfeb85c70f48ff65; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(132, f10, 0x412f2279cc3893be)
	CHECK_FLAGS(133, 0x1)
	/* fmul.d 0x4132f13d5f369597 0xc13cb0aa25cd4d00 rm=rdn frm=None */
	li t0, 0x4132f13d5f369597; fmv.d.x f11, t0; li t0, 0xc13cb0aa25cd4d00; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(134, f10, 0xc280fba93cd1eee9)
	CHECK_FLAGS(135, 0x1)
	/* fmul.d 0x8012800000000000 0x7fe773a67bdf1e45 rm=rdn frm=None */
	li t0, 0x8012800000000000; fmv.d.x f11, t0; li t0, 0x7fe773a67bdf1e45; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(136, f10, 0xc00b1db87f39fb00)
	CHECK_FLAGS(137, 0x1)
	/* fmul.d 0xbbd0000000000000 0x400bec4c9651f0e7 rm=rup frm=None */
	li t0, 0xbbd0000000000000; fmv.d.x f11, t0; li t0, 0x400bec4c9651f0e7; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(138, f10, 0xbbebec4c9651f0e7)
	CHECK_FLAGS(139, 0x0)
	/* fmul.d 0x3213000000000000 0xbfee000000000000 rm=rup frm=None */
	li t0, 0x3213000000000000; fmv.d.x f11, t0; li t0, 0xbfee000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(140, f10, 0xb211d00000000000)
	CHECK_FLAGS(141, 0x0)
	/* fmul.d 0x2bfce94e79ea80 0x4139d25f3b5fa9a9 rm=rup frm=None */
	li t0, 0x2bfce94e79ea80; fmv.d.x f11, t0; li t0, 0x4139d25f3b5fa9a9; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(142, f10, 0x17695954b24d9a2)
	CHECK_FLAGS(143, 0x1)
	/* fmul.d 0xb2cc04d1c80152f1 0x800f2d4cb48b0395 rm=rup frm=None */
	li t0, 0xb2cc04d1c80152f1; fmv.d.x f11, t0; li t0, 0x800f2d4cb48b0395; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(144, f10, 0x1)
	CHECK_FLAGS(145, 0x3)
	/* fmul.d 0x400bbd71fcf8f2f8 0x802c800000000000 rm=rup frm=None */
	li t0, 0x400bbd71fcf8f2f8; fmv.d.x f11, t0; li t0, 0x802c800000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(146, f10, 0x8048b4b9854db864)
	CHECK_FLAGS(147, 0x1)
	/* fmul.d 0x3febc2f40c8c3c69 0x22000000000000 rm=rup frm=None */
	li t0, 0x3febc2f40c8c3c69; fmv.d.x f11, t0; li t0, 0x22000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(148, f10, 0x1f3b528e1dc3f7)
	CHECK_FLAGS(149, 0x1)
	/* fmul.d 0x802f3898f014e2f7 0xbebe82b766c21304 rm=rup frm=None */
	li t0, 0x802f3898f014e2f7; fmv.d.x f11, t0; li t0, 0xbebe82b766c21304; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(150, f10, 0x771260f94)
	CHECK_FLAGS(151, 0x3)
	/* fmul.d 0x8022b56b2561228d 0x123fb710bbe8ad rm=rup frm=None */
	li t0, 0x8022b56b2561228d; fmv.d.x f11, t0; li t0, 0x123fb710bbe8ad; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(152, f10, 0x8000000000000000)
	CHECK_FLAGS(153, 0x3)
	/* fmul.d 0x413f40b13f12cad0 0x801369b6afddd516 rm=rup frm=None */
	li t0, 0x413f40b13f12cad0; fmv.d.x f11, t0; li t0, 0x801369b6afddd516; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(154, f10, 0x8162f5a7eebca504)
	CHECK_FLAGS(155, 0x1)
	/* fmul.d 0x3eb1fb0f3b6ee949 0x2d6000000000000 rm=rup frm=None */
	li t0, 0x3eb1fb0f3b6ee949; fmv.d.x f11, t0; li t0, 0x2d6000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(156, f10, 0x198b934f1b880c5)
	CHECK_FLAGS(157, 0x1)
	/* fmul.d 0x802e3169cbc68411 0xffea3c985a3c597b rm=rup frm=None */
	li t0, 0x802e3169cbc68411; fmv.d.x f11, t0; li t0, 0xffea3c985a3c597b; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(158, f10, 0x4028c1525bc9d216)
	CHECK_FLAGS(159, 0x1)
	/* fmul.d 0xfc5c738b56fd 0xbff84968bb85efe1 rm=rup frm=None */
	li t0, 0xfc5c738b56fd; fmv.d.x f11, t0; li t0, 0xbff84968bb85efe1; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(160, f10, 0x80017f108706d650)
	CHECK_FLAGS(161, 0x3)
	/* fmul.d 0x400a000000000000 0xf6278213fac73 rm=rup frm=None */
	li t0, 0x400a000000000000; fmv.d.x f11, t0; li t0, 0xf6278213fac73; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(162, f10, 0x2900033607783b)
	CHECK_FLAGS(163, 0x1)
	/* fmul.d 0x3eb7853d4216dc45 0x400b800000000000 rm=rup frm=None */
	li t0, 0x3eb7853d4216dc45; fmv.d.x f11, t0; li t0, 0x400b800000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(164, f10, 0x3ed43680a4cba54c)
	CHECK_FLAGS(165, 0x1)
	/* fmul.d 0x59b403111601cd66 0xa800000000000 rm=rmm frm=None */
	li t0, 0x59b403111601cd66; fmv.d.x f11, t0; li t0, 0xa800000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(166, f10, 0x19ca44066ce25d96)
	CHECK_FLAGS(167, 0x1)
	/* fmul.d 0x8014bb945ee041ba 0xc00d800000000000 rm=rmm frm=None */
	li t0, 0x8014bb945ee041ba; fmv.d.x f11, t0; li t0, 0xc00d800000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(168, f10, 0x331cecc776bc97)
	CHECK_FLAGS(169, 0x1)
	/* fmul.d 0xaa18872d22ab982 0x3febac5be4e4be7a rm=rmm frm=None */
	li t0, 0xaa18872d22ab982; fmv.d.x f11, t0; li t0, 0x3febac5be4e4be7a; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(170, f10, 0xa9e532147db7cfa)
	CHECK_FLAGS(171, 0x1)
	/* fmul.d 0x411d76dfbaa63 0x800c96e6bfd3658c rm=rmm frm=None */
	li t0, 0x411d76dfbaa63; fmv.d.x f11, t0; li t0, 0x800c96e6bfd3658c; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(172, f10, 0x8000000000000000)
	CHECK_FLAGS(173, 0x3)
	/* fmul.d 0x4136000000000000 0xffee800000000000 rm=rmm frm=None */
	li t0, 0x4136000000000000; fmv.d.x f11, t0; li t0, 0xffee800000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(174, f10, 0xfff0000000000000)
	CHECK_FLAGS(175, 0x5)
	/* fmul.d 0x8ac8800000000000 0x3eb8d2c4de50260b rm=rmm frm=None */
	li t0, 0x8ac8800000000000; fmv.d.x f11, t0; li t0, 0x3eb8d2c4de50260b; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(176, f10, 0x8993015eba355d20)
	CHECK_FLAGS(177, 0x1)
	/* fmul.d 0xbe9de74eeb82cff 0xffe6800000000000 rm=rmm frm=None */
	li t0, 0xbe9de74eeb82cff; fmv.d.x f11, t0; li t0, 0xffe6800000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(178, f10, 0xcbe2306a37d97fa3)
	CHECK_FLAGS(179, 0x1)
	/* fmul.d 0xc1372e12cbd8bb31 0x894bf0495f1778e6 rm=rmm frm=None */
	li t0, 0xc1372e12cbd8bb31; fmv.d.x f11, t0; li t0, 0x894bf0495f1778e6; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(180, f10, 0xa943cee8ef460f2)
	CHECK_FLAGS(181, 0x1)
	/* fmul.d 0xbffa000000000000 0x8019800000000000 rm=rmm frm=None */
	li t0, 0xbffa000000000000; fmv.d.x f11, t0; li t0, 0x8019800000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(182, f10, 0x24b80000000000)
	CHECK_FLAGS(183, 0x0)
	/* fmul.d 0x3ff5f0590904697c 0x29b9d9a305e1a673 rm=rmm frm=None */
	li t0, 0x3ff5f0590904697c; fmv.d.x f11, t0; li t0, 0x29b9d9a305e1a673; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(184, f10, 0x29c1b8fb2f1e603c)
	CHECK_FLAGS(185, 0x1)
	/* fmul.d 0x4130800000000000 0x3eb951e8a57f6f40 rm=rmm frm=None */
	li t0, 0x4130800000000000; fmv.d.x f11, t0; li t0, 0x3eb951e8a57f6f40; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(186, f10, 0x3ffa1c77eaab6aba)
	CHECK_FLAGS(187, 0x0)
	/* fmul.d 0x1b566f1910daa0 0x4003f6dc5804b637 rm=rmm frm=None */
	li t0, 0x1b566f1910daa0; fmv.d.x f11, t0; li t0, 0x4003f6dc5804b637; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(188, f10, 0x310e36aa6037b1)
	CHECK_FLAGS(189, 0x1)
	/* fmul.d 0xc138000000000000 0x3ff7000000000000 rm=rmm frm=None */
	li t0, 0xc138000000000000; fmv.d.x f11, t0; li t0, 0x3ff7000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(190, f10, 0xc141400000000000)
	CHECK_FLAGS(191, 0x0)
	/* fmul.d 0xbfe546f5c5a33c9f 0x3fec000000000000 rm=rmm frm=None */
	li t0, 0xbfe546f5c5a33c9f; fmv.d.x f11, t0; li t0, 0x3fec000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(192, f10, 0xbfe29e170ceed50b)
	CHECK_FLAGS(193, 0x1)
	/* fmul.d 0x16676ba36911811d 0x97fb000000000000 rm=None frm=0 */
	li t0, 0x16676ba36911811d; fmv.d.x f11, t0; li t0, 0x97fb000000000000; fmv.d.x f12, t0; fsrmi 0; fmul.d f10, f11, f12
	CHECK_F(194, f10, 0x8000000000000000)
	CHECK_FLAGS(195, 0x3)
	/* fmul.d 0x801f28a2d365a2a4 0xbfe396d6d21e0c90 rm=None frm=0 */
	li t0, 0x801f28a2d365a2a4; fmv.d.x f11, t0; li t0, 0xbfe396d6d21e0c90; fmv.d.x f12, t0; fsrmi 0; fmul.d f10, f11, f12
	CHECK_F(196, f10, 0x131300551c1993)
	CHECK_FLAGS(197, 0x1)
	/* fmul.d 0x1e13ae11f39a4 0xc138000000000000 rm=None frm=0 */
	li t0, 0x1e13ae11f39a4; fmv.d.x f11, t0; li t0, 0xc138000000000000; fmv.d.x f12, t0; fsrmi 0; fmul.d f10, f11, f12
	CHECK_F(198, f10, 0x81268ec28d76b3b0)
	CHECK_FLAGS(199, 0x0)
	/* fmul.d 0xc7bebf6ce66a 0x22800000000000 rm=None frm=0 */
	li t0, 0xc7bebf6ce66a; fmv.d.x f11, t0; li t0, 0x22800000000000; fmv.d.x f12, t0; fsrmi 0; fmul.d f10, f11, f12
	CHECK_F(200, f10, 0x0)
	CHECK_FLAGS(201, 0x3)
	/* fmul.d 0x3ff88c94f2afc5bf 0x2fd8d9a892dc364b rm=None frm=1 */
	li t0, 0x3ff88c94f2afc5bf; fmv.d.x f11, t0; li t0, 0x2fd8d9a892dc364b; fmv.d.x f12, t0; fsrmi 1; fmul.d f10, f11, f12
	CHECK_F(202, f10, 0x2fe3106a5ac9de19)
	CHECK_FLAGS(203, 0x1)
	/* fmul.d 0x41390a1b34b0f8da 0x802a698c48357ee7 rm=None frm=1 */
	li t0, 0x41390a1b34b0f8da; fmv.d.x f11, t0; li t0, 0x802a698c48357ee7; fmv.d.x f12, t0; fsrmi 1; fmul.d f10, f11, f12
	CHECK_F(204, f10, 0x8174aacd08cc4ea8)
	CHECK_FLAGS(205, 0x1)
	/* fmul.d 0x3fe2d3ad8e279dce 0x3fe9283fcc954969 rm=None frm=1 */
	li t0, 0x3fe2d3ad8e279dce; fmv.d.x f11, t0; li t0, 0x3fe9283fcc954969; fmv.d.x f12, t0; fsrmi 1; fmul.d f10, f11, f12
	CHECK_F(206, f10, 0x3fdd9a1b723737ce)
	CHECK_FLAGS(207, 0x1)
	/* fmul.d 0xbff0bbb40f09a443 0x801f800000000000 rm=None frm=1 */
	li t0, 0xbff0bbb40f09a443; fmv.d.x f11, t0; li t0, 0x801f800000000000; fmv.d.x f12, t0; fsrmi 1; fmul.d f10, f11, f12
	CHECK_F(208, f10, 0x2078c53ecd7db1)
	CHECK_FLAGS(209, 0x1)
	/* fmul.d 0x800437bebd4103c3 0x2d53800000000000 rm=None frm=2 */
	li t0, 0x800437bebd4103c3; fmv.d.x f11, t0; li t0, 0x2d53800000000000; fmv.d.x f12, t0; fsrmi 2; fmul.d f10, f11, f12
	CHECK_F(210, f10, 0x8000000000000001)
	CHECK_FLAGS(211, 0x3)
	/* fmul.d 0x3ebcc06c0547998c 0xc005b074d8cccaeb rm=None frm=2 */
	li t0, 0x3ebcc06c0547998c; fmv.d.x f11, t0; li t0, 0xc005b074d8cccaeb; fmv.d.x f12, t0; fsrmi 2; fmul.d f10, f11, f12
	CHECK_F(212, f10, 0xbed37cd231e673db)
	CHECK_FLAGS(213, 0x1)
	/* fmul.d 0xb9bd8a0d9e5d93e0 0x8021e29c7619bdc7 rm=None frm=2 */
	li t0, 0xb9bd8a0d9e5d93e0; fmv.d.x f11, t0; li t0, 0x8021e29c7619bdc7; fmv.d.x f12, t0; fsrmi 2; fmul.d f10, f11, f12
	CHECK_F(214, f10, 0x0)
	CHECK_FLAGS(215, 0x3)
	/* fmul.d 0x2ef15f4effcedc 0xc00d24cbd6f4cd6e rm=None frm=2 */
	li t0, 0x2ef15f4effcedc; fmv.d.x f11, t0; li t0, 0xc00d24cbd6f4cd6e; fmv.d.x f12, t0; fsrmi 2; fmul.d f10, f11, f12
	CHECK_F(216, f10, 0x804c2e5305e034e3)
	CHECK_FLAGS(217, 0x1)
	/* fmul.d 0xbfea98ccfd0bd472 0xc800000000000 rm=None frm=3 */
	li t0, 0xbfea98ccfd0bd472; fmv.d.x f11, t0; li t0, 0xc800000000000; fmv.d.x f12, t0; fsrmi 3; fmul.d f10, f11, f12
	CHECK_F(218, f10, 0x800a63b012d89efc)
	CHECK_FLAGS(219, 0x3)
	/* fmul.d 0x4003000000000000 0xc13b000000000000 rm=None frm=3 */
	li t0, 0x4003000000000000; fmv.d.x f11, t0; li t0, 0xc13b000000000000; fmv.d.x f12, t0; fsrmi 3; fmul.d f10, f11, f12
	CHECK_F(220, f10, 0xc150080000000000)
	CHECK_FLAGS(221, 0x0)
	/* fmul.d 0xffe58c3f14c65b80 0x7fe618db70f87ed3 rm=None frm=3 */
	li t0, 0xffe58c3f14c65b80; fmv.d.x f11, t0; li t0, 0x7fe618db70f87ed3; fmv.d.x f12, t0; fsrmi 3; fmul.d f10, f11, f12
	CHECK_F(222, f10, 0xffefffffffffffff)
	CHECK_FLAGS(223, 0x5)
	/* fmul.d 0x4132800000000000 0x400db762f098e674 rm=None frm=3 */
	li t0, 0x4132800000000000; fmv.d.x f11, t0; li t0, 0x400db762f098e674; fmv.d.x f12, t0; fsrmi 3; fmul.d f10, f11, f12
	CHECK_F(224, f10, 0x41512e053318653c)
	CHECK_FLAGS(225, 0x1)
	/* fmul.d 0xa2183dd8ec65d819 0x6a28fab6bff7c rm=None frm=4 */
	li t0, 0xa2183dd8ec65d819; fmv.d.x f11, t0; li t0, 0x6a28fab6bff7c; fmv.d.x f12, t0; fsrmi 4; fmul.d f10, f11, f12
	CHECK_F(226, f10, 0x8000000000000000)
	CHECK_FLAGS(227, 0x3)
	/* fmul.d 0x54267fc922c16db2 0xbebd4d37aaeee7a0 rm=None frm=4 */
	li t0, 0x54267fc922c16db2; fmv.d.x f11, t0; li t0, 0xbebd4d37aaeee7a0; fmv.d.x f12, t0; fsrmi 4; fmul.d f10, f11, f12
	CHECK_F(228, f10, 0xd2f49a18e74b7661)
	CHECK_FLAGS(229, 0x1)
	/* fmul.d 0xc13d9b779303dc1e 0x7fe8800000000000 rm=None frm=4 */
	li t0, 0xc13d9b779303dc1e; fmv.d.x f11, t0; li t0, 0x7fe8800000000000; fmv.d.x f12, t0; fsrmi 4; fmul.d f10, f11, f12
	CHECK_F(230, f10, 0xfff0000000000000)
	CHECK_FLAGS(231, 0x5)
	/* fmul.d 0x3fe3000000000000 0xc00990ca23f5b6a6 rm=None frm=4 */
	li t0, 0x3fe3000000000000; fmv.d.x f11, t0; li t0, 0xc00990ca23f5b6a6; fmv.d.x f12, t0; fsrmi 4; fmul.d f10, f11, f12
	CHECK_F(232, f10, 0xbffe5bf00ab3c8e5)
	CHECK_FLAGS(233, 0x1)
	/* fdiv.d 0x0 0x0 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(234, f10, 0x7ff8000000000000)
	CHECK_FLAGS(235, 0x10)
	/* fdiv.d 0x0 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(236, f10, 0x8000000000000000)
	CHECK_FLAGS(237, 0x0)
	/* fdiv.d 0x0 0xc004000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(238, f10, 0x8000000000000000)
	CHECK_FLAGS(239, 0x0)
	/* fdiv.d 0x0 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(240, f10, 0x0)
	CHECK_FLAGS(241, 0x0)
	/* fdiv.d 0x0 0xfffffffffffff rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(242, f10, 0x0)
	CHECK_FLAGS(243, 0x0)
	/* fdiv.d 0x0 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(244, f10, 0x8000000000000000)
	CHECK_FLAGS(245, 0x0)
	/* fdiv.d 0x0 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(246, f10, 0x7ff8000000000000)
	CHECK_FLAGS(247, 0x0)
	/* fdiv.d 0x3ff0000000000000 0x0 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(248, f10, 0x7ff0000000000000)
	CHECK_FLAGS(249, 0x8)
	/* fdiv.d 0x3ff0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(250, f10, 0xbff0000000000000)
	CHECK_FLAGS(251, 0x0)
	/* fdiv.d 0x3ff0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(252, f10, 0xbfd999999999999a)
	CHECK_FLAGS(253, 0x1)
	/* fdiv.d 0x3ff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(254, f10, 0x4000000000000)
	CHECK_FLAGS(255, 0x3)
	/* fdiv.d 0x3ff0000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(1, f10, 0x7fd0000000000001)
	CHECK_FLAGS(2, 0x1)
	/* fdiv.d 0x3ff0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(3, f10, 0x8000000000000000)
	CHECK_FLAGS(4, 0x0)
	/* fdiv.d 0x3ff0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(5, f10, 0x7ff8000000000000)
	CHECK_FLAGS(6, 0x0)
	/* fdiv.d 0x3ff8000000000000 0x0 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(7, f10, 0x7ff0000000000000)
	CHECK_FLAGS(8, 0x8)
	/* fdiv.d 0x3ff8000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(9, f10, 0xbff8000000000000)
	CHECK_FLAGS(10, 0x0)
	/* fdiv.d 0x3ff8000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(11, f10, 0xbfe3333333333333)
	CHECK_FLAGS(12, 0x1)
	/* fdiv.d 0x3ff8000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(13, f10, 0x6000000000000)
	CHECK_FLAGS(14, 0x3)
	/* fdiv.d 0x3ff8000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(15, f10, 0x7fd8000000000002)
	CHECK_FLAGS(16, 0x1)
	/* fdiv.d 0x3ff8000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(17, f10, 0x8000000000000000)
	CHECK_FLAGS(18, 0x0)
	/* fdiv.d 0x3ff8000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(19, f10, 0x7ff8000000000000)
	CHECK_FLAGS(20, 0x0)
	/* fdiv.d 0xc004000000000000 0x0 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(21, f10, 0xfff0000000000000)
	CHECK_FLAGS(22, 0x8)
	/* fdiv.d 0xc004000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(23, f10, 0x4004000000000000)
	CHECK_FLAGS(24, 0x0)
	/* fdiv.d 0xc004000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(25, f10, 0x3ff0000000000000)
	CHECK_FLAGS(26, 0x0)
	/* fdiv.d 0xc004000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(27, f10, 0x800a000000000000)
	CHECK_FLAGS(28, 0x3)
	/* fdiv.d 0xc004000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(29, f10, 0xffe4000000000001)
	CHECK_FLAGS(30, 0x1)
	/* fdiv.d 0xc004000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(31, f10, 0x0)
	CHECK_FLAGS(32, 0x0)
	/* fdiv.d 0xc004000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(33, f10, 0x7ff8000000000000)
	CHECK_FLAGS(34, 0x0)
	/* fdiv.d 0xbfe0000000000000 0x0 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(35, f10, 0xfff0000000000000)
	CHECK_FLAGS(36, 0x8)
	/* fdiv.d 0xbfe0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(37, f10, 0x3fe0000000000000)
	CHECK_FLAGS(38, 0x0)
	/* fdiv.d 0xbfe0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(39, f10, 0x3fc999999999999a)
	CHECK_FLAGS(40, 0x1)
	/* fdiv.d 0xbfe0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(41, f10, 0x8002000000000000)
	CHECK_FLAGS(42, 0x3)
	/* fdiv.d 0xbfe0000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(43, f10, 0xffc0000000000001)
	CHECK_FLAGS(44, 0x1)
	/* fdiv.d 0xbfe0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(45, f10, 0x0)
	CHECK_FLAGS(46, 0x0)
	/* fdiv.d 0xbfe0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(47, f10, 0x7ff8000000000000)
	CHECK_FLAGS(48, 0x0)
	/* fdiv.d 0xffefffffffffffff 0x0 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(49, f10, 0xfff0000000000000)
	CHECK_FLAGS(50, 0x8)
	/* fdiv.d 0xffefffffffffffff 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(51, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(52, 0x0)
	/* fdiv.d 0xffefffffffffffff 0xc004000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(53, f10, 0x7fd9999999999999)
	CHECK_FLAGS(54, 0x1)
	/* fdiv.d 0xffefffffffffffff 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(55, f10, 0xbff0000000000000)
	CHECK_FLAGS(56, 0x0)
	/* fdiv.d 0xffefffffffffffff 0xfffffffffffff rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(57, f10, 0xfff0000000000000)
	CHECK_FLAGS(58, 0x5)
	/* fdiv.d 0xffefffffffffffff 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(59, f10, 0x0)
	CHECK_FLAGS(60, 0x0)
	/* fdiv.d 0xffefffffffffffff 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(61, f10, 0x7ff8000000000000)
	CHECK_FLAGS(62, 0x0)
	/* fdiv.d 0xfffffffffffff 0x0 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(63, f10, 0x7ff0000000000000)
	CHECK_FLAGS(64, 0x8)
	/* fdiv.d 0xfffffffffffff 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(65, f10, 0x800fffffffffffff)
	CHECK_FLAGS(66, 0x0)
	/* fdiv.d 0xfffffffffffff 0xc004000000000000 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(67, f10, 0x8006666666666666)
	CHECK_FLAGS(68, 0x0)
	/* fdiv.d 0xfffffffffffff 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(69, f10, 0x0)
	CHECK_FLAGS(70, 0x3)
	/* fdiv.d 0xfffffffffffff 0xfffffffffffff rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(71, f10, 0x3ff0000000000000)
	CHECK_FLAGS(72, 0x0)
	/* fdiv.d 0xfffffffffffff 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(73, f10, 0x8000000000000000)
	CHECK_FLAGS(74, 0x0)
	/* fdiv.d 0xfffffffffffff 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(75, f10, 0x7ff8000000000000)
	CHECK_FLAGS(76, 0x0)
	/* fdiv.d 0x7ff0000000000000 0x0 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(77, f10, 0x7ff0000000000000)
	CHECK_FLAGS(78, 0x0)
	/* fdiv.d 0x7ff0000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(79, f10, 0xfff0000000000000)
	CHECK_FLAGS(80, 0x0)
	/* fdiv.d 0x7ff0000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(81, f10, 0xfff0000000000000)
	CHECK_FLAGS(82, 0x0)
	/* fdiv.d 0x7ff0000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(83, f10, 0x7ff0000000000000)
	CHECK_FLAGS(84, 0x0)
	/* fdiv.d 0x7ff0000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(85, f10, 0x7ff0000000000000)
	CHECK_FLAGS(86, 0x0)
	/* fdiv.d 0x7ff0000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(87, f10, 0x7ff8000000000000)
	CHECK_FLAGS(88, 0x10)
	/* fdiv.d 0x7ff0000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(89, f10, 0x7ff8000000000000)
	CHECK_FLAGS(90, 0x0)
	/* fdiv.d 0x7ff8000000000000 0x0 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(91, f10, 0x7ff8000000000000)
	CHECK_FLAGS(92, 0x0)
	/* fdiv.d 0x7ff8000000000000 0xbff0000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(93, f10, 0x7ff8000000000000)
	CHECK_FLAGS(94, 0x0)
	/* fdiv.d 0x7ff8000000000000 0xc004000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(95, f10, 0x7ff8000000000000)
	CHECK_FLAGS(96, 0x0)
	/* fdiv.d 0x7ff8000000000000 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(97, f10, 0x7ff8000000000000)
	CHECK_FLAGS(98, 0x0)
	/* fdiv.d 0x7ff8000000000000 0xfffffffffffff rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(99, f10, 0x7ff8000000000000)
	CHECK_FLAGS(100, 0x0)
	/* fdiv.d 0x7ff8000000000000 0xfff0000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(101, f10, 0x7ff8000000000000)
	CHECK_FLAGS(102, 0x0)
	/* fdiv.d 0x7ff8000000000000 0xfff8000000001234 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(103, f10, 0x7ff8000000000000)
	CHECK_FLAGS(104, 0x0)
	/* fdiv.d 0xfff8000000001234 0x0 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(105, f10, 0x7ff8000000000000)
	CHECK_FLAGS(106, 0x0)
	/* fdiv.d 0xfff8000000001234 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(107, f10, 0x7ff8000000000000)
	CHECK_FLAGS(108, 0x0)
	/* fdiv.d 0xfff8000000001234 0xc004000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xc004000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(109, f10, 0x7ff8000000000000)
	CHECK_FLAGS(110, 0x0)
	/* fdiv.d 0xfff8000000001234 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(111, f10, 0x7ff8000000000000)
	CHECK_FLAGS(112, 0x0)
	/* fdiv.d 0xfff8000000001234 0xfffffffffffff rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfffffffffffff; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(113, f10, 0x7ff8000000000000)
	CHECK_FLAGS(114, 0x0)
	/* fdiv.d 0xfff8000000001234 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(115, f10, 0x7ff8000000000000)
	CHECK_FLAGS(116, 0x0)
	/* fdiv.d 0xfff8000000001234 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(117, f10, 0x7ff8000000000000)
	CHECK_FLAGS(118, 0x0)
	/* fdiv.d 0x3eb8475491da38d3 0x40067807c31dc011 rm=rne frm=None */
	li t0, 0x3eb8475491da38d3; fmv.d.x f11, t0; li t0, 0x40067807c31dc011; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(119, f10, 0x3ea149ea0e0429c3)
	CHECK_FLAGS(120, 0x1)
	/* fdiv.d 0xc132800000000000 0x957e62bd5582a rm=rne frm=None */
	li t0, 0xc132800000000000; fmv.d.x f11, t0; li t0, 0x957e62bd5582a; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(121, f10, 0xfff0000000000000)
	CHECK_FLAGS(122, 0x5)
	/* fdiv.d 0x7febede8be7a8566 0x80121cc7a0626642 rm=rne frm=None */
	li t0, 0x7febede8be7a8566; fmv.d.x f11, t0; li t0, 0x80121cc7a0626642; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(123, f10, 0xfff0000000000000)
	CHECK_FLAGS(124, 0x5)
	/* fdiv.d 0x3fffbd1370c54e7b 0x80274d975460847c rm=rne frm=None */
	li t0, 0x3fffbd1370c54e7b; fmv.d.x f11, t0; li t0, 0x80274d975460847c; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(125, f10, 0xffc5cab61c135e46)
	CHECK_FLAGS(126, 0x1)
	/* fdiv.d 0xc00c000000000000 0xbc1f3e5face3d681 rm=rne frm=None */
	li t0, 0xc00c000000000000; fmv.d.x f11, t0; li t0, 0xbc1f3e5face3d681; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(127, f10, 0x43dcad863fcb527d)
	CHECK_FLAGS(128, 0x1)
	/* fdiv.d 0x800a16d3036d07ef 0x198e5e46244e7e4e rm=rne frm=None */
	li t0, 0x800a16d3036d07ef; fmv.d.x f11, t0; li t0, 0x198e5e46244e7e4e; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(129, f10, 0xa665433554532191)
	CHECK_FLAGS(130, 0x1)
	/* fdiv.d 0x4131800000000000 0x413e800000000000 rm=rne frm=None */
	li t0, 0x4131800000000000; fmv.d.x f11, t0; li t0, 0x413e800000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(131, f10, 0x3fe25c53ef368eb0)
	CHECK_FLAGS(132, 0x1)
	/* fdiv.d 0xada03ac41252e9f2 0x36e0800000000000 rm=rne frm=None */
	li t0, 0xada03ac41252e9f2; fmv.d.x f11, t0; li t0, 0x36e0800000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(133, f10, 0xb6af79ba52152a90)
	CHECK_FLAGS(134, 0x1)
	/* fdiv.d 0xc006f65117f8356b 0x3fefb8167d6cd626 rm=rne frm=None */
	li t0, 0xc006f65117f8356b; fmv.d.x f11, t0; li t0, 0x3fefb8167d6cd626; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(135, f10, 0xc0072a602864aa7c)
	CHECK_FLAGS(136, 0x1)
	/* fdiv.d 0x3ff2ffd157ae4dfb 0x802e000000000000 rm=rne frm=None */
	li t0, 0x3ff2ffd157ae4dfb; fmv.d.x f11, t0; li t0, 0x802e000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(137, f10, 0xffb444127fa8dbb6)
	CHECK_FLAGS(138, 0x1)
	/* fdiv.d 0x413b2793418377ac 0x472c6f2ac0312 rm=rne frm=None */
	li t0, 0x413b2793418377ac; fmv.d.x f11, t0; li t0, 0x472c6f2ac0312; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(139, f10, 0x7ff0000000000000)
	CHECK_FLAGS(140, 0x5)
	/* fdiv.d 0x3fed800000000000 0x8820000000000000 rm=rne frm=None */
	li t0, 0x3fed800000000000; fmv.d.x f11, t0; li t0, 0x8820000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(141, f10, 0xf7bd800000000000)
	CHECK_FLAGS(142, 0x0)
	/* fdiv.d 0x4002c24e308647a5 0x2ec619245a4de8 rm=rne frm=None */
	li t0, 0x4002c24e308647a5; fmv.d.x f11, t0; li t0, 0x2ec619245a4de8; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(143, f10, 0x7fc381a7148c79e9)
	CHECK_FLAGS(144, 0x1)
	/* fdiv.d 0xffed661daada0b75 0x3ff4800000000000 rm=rne frm=None */
	li t0, 0xffed661daada0b75; fmv.d.x f11, t0; li t0, 0x3ff4800000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(145, f10, 0xffe6f20aaacfa50a)
	CHECK_FLAGS(146, 0x1)
	/* fdiv.d 0x58f000000000000 0x8021000000000000 rm=rtz frm=None */
	li t0, 0x58f000000000000; fmv.d.x f11, t0; li t0, 0x8021000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(147, f10, 0xc55d2d2d2d2d2d2d)
	CHECK_FLAGS(148, 0x1)
	/* fdiv.d 0x800d96512854c065 0x80197bd2e8fa3e78 rm=rtz frm=None */
	li t0, 0x800d96512854c065; fmv.d.x f11, t0; li t0, 0x80197bd2e8fa3e78; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(149, f10, 0x3fe10fbdb2c411ec)
	CHECK_FLAGS(150, 0x1)
	/* fdiv.d 0x400982fa8a407865 0x4001d8e63d187514 rm=rtz frm=None */
	li t0, 0x400982fa8a407865; fmv.d.x f11, t0; li t0, 0x4001d8e63d187514; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(151, f10, 0x3ff6deff09ba353e)
	CHECK_FLAGS(152, 0x1)
	/* fdiv.d 0x802e32bf0bd9eeeb 0xffe2d28e99d2e1fd rm=rtz frm=None */
	li t0, 0x802e32bf0bd9eeeb; fmv.d.x f11, t0; li t0, 0xffe2d28e99d2e1fd; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(153, f10, 0x0)
	CHECK_FLAGS(154, 0x3)
	/* fdiv.d 0x24079514ccca0 0x4139358b6bae40e3 rm=rtz frm=None */
	li t0, 0x24079514ccca0; fmv.d.x f11, t0; li t0, 0x4139358b6bae40e3; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(155, f10, 0x16de1d7a)
	CHECK_FLAGS(156, 0x3)
	/* fdiv.d 0x801682cff768b20a 0x2c000000000000 rm=rtz frm=None */
	li t0, 0x801682cff768b20a; fmv.d.x f11, t0; li t0, 0x2c000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(157, f10, 0xbfd9ba123f53149d)
	CHECK_FLAGS(158, 0x1)
	/* fdiv.d 0x1d087c3f152bc7ad 0xc135800000000000 rm=rtz frm=None */
	li t0, 0x1d087c3f152bc7ad; fmv.d.x f11, t0; li t0, 0xc135800000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(159, f10, 0x9bc238bdd43864f7)
	CHECK_FLAGS(160, 0x1)
	/* fdiv.d 0x1c800000000000 0x30cb5854dd519dbf rm=rtz frm=None */
	li t0, 0x1c800000000000; fmv.d.x f11, t0; li t0, 0x30cb5854dd519dbf; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(161, f10, 0xf40ad0007a7c500)
	CHECK_FLAGS(162, 0x1)
	/* fdiv.d 0xc13d800000000000 0xbffe78c8f4fa6907 rm=rtz frm=None */
	li t0, 0xc13d800000000000; fmv.d.x f11, t0; li t0, 0xbffe78c8f4fa6907; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(163, f10, 0x412efabcfeeb3aa6)
	CHECK_FLAGS(164, 0x1)
	/* fdiv.d 0x413744cfccf1bce6 0x81812b589f329ed0 rm=rtz frm=None */
	li t0, 0x413744cfccf1bce6; fmv.d.x f11, t0; li t0, 0x81812b589f329ed0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(165, f10, 0xffa5af1f1c9ee661)
	CHECK_FLAGS(166, 0x1)
	/* fdiv.d 0x400d52e0f46305e6 0xbff2eea885ec01a9 rm=rtz frm=None */
	li t0, 0x400d52e0f46305e6; fmv.d.x f11, t0; li t0, 0xbff2eea885ec01a9; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(167, f10, 0xc008c83380a97e4a)
	CHECK_FLAGS(168, 0x1)
	/* fdiv.d 0x4139df392478d1b0 0x7fe9cd424280ecd1 rm=rtz frm=None */
	li t0, 0x4139df392478d1b0; fmv.d.x f11, t0; li t0, 0x7fe9cd424280ecd1; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(169, f10, 0x1400b23d2790cea)
	CHECK_FLAGS(170, 0x1)
	/* fdiv.d 0xffed000000000000 0x800b000000000000 rm=rtz frm=None */
	li t0, 0xffed000000000000; fmv.d.x f11, t0; li t0, 0x800b000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(171, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(172, 0x5)
	/* fdiv.d 0x3fe3000000000000 0x3eb1800000000000 rm=rtz frm=None */
	li t0, 0x3fe3000000000000; fmv.d.x f11, t0; li t0, 0x3eb1800000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(173, f10, 0x41215f15f15f15f1)
	CHECK_FLAGS(174, 0x1)
	/* fdiv.d 0x3fefb286c25f2cc1 0x29cc4bffe6ae38 rm=rdn frm=None */
	li t0, 0x3fefb286c25f2cc1; fmv.d.x f11, t0; li t0, 0x29cc4bffe6ae38; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(175, f10, 0x7fb3a8a5d664831b)
	CHECK_FLAGS(176, 0x1)
	/* fdiv.d 0x102b116821e72899 0x7fee89bae7051573 rm=rdn frm=None */
	li t0, 0x102b116821e72899; fmv.d.x f11, t0; li t0, 0x7fee89bae7051573; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(177, f10, 0x0)
	CHECK_FLAGS(178, 0x3)
	/* fdiv.d 0x8011662fd56b097d 0x7fede6c1892cfe0e rm=rdn frm=None */
	li t0, 0x8011662fd56b097d; fmv.d.x f11, t0; li t0, 0x7fede6c1892cfe0e; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(179, f10, 0x8000000000000001)
	CHECK_FLAGS(180, 0x3)
	/* fdiv.d 0xc134d59ceb713e49 0xd6be3a95de557e8f rm=rdn frm=None */
	li t0, 0xc134d59ceb713e49; fmv.d.x f11, t0; li t0, 0xd6be3a95de557e8f; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(181, f10, 0x2a660e1de8d02733)
	CHECK_FLAGS(182, 0x1)
	/* fdiv.d 0x801aa6751247ead4 0x400c81a075b2ed83 rm=rdn frm=None */
	li t0, 0x801aa6751247ead4; fmv.d.x f11, t0; li t0, 0x400c81a075b2ed83; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(183, f10, 0x80077aa61967c96c)
	CHECK_FLAGS(184, 0x3)
	/* fdiv.d 0xc13411b138dba189 0xbfea800000000000 rm=rdn frm=None */
	li t0, 0xc13411b138dba189; fmv.d.x f11, t0; li t0, 0xbfea800000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(185, f10, 0x41383c0179ca6c1e)
	CHECK_FLAGS(186, 0x1)
	/* fdiv.d 0x800b800000000000 0x8020158fad01bfeb rm=rdn frm=None */
	li t0, 0x800b800000000000; fmv.d.x f11, t0; li t0, 0x8020158fad01bfeb; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(187, f10, 0x3fd6e12b03b58ef2)
	CHECK_FLAGS(188, 0x1)
	/* fdiv.d 0x1393325a206097 0x12800000000000 rm=rdn frm=None */
	li t0, 0x1393325a206097; fmv.d.x f11, t0; li t0, 0x12800000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(189, f10, 0x3ff0ee0208c20e59)
	CHECK_FLAGS(190, 0x1)
	/* fdiv.d 0x97f8320553b7a826 0x3ff2abf91c6ee871 rm=rdn frm=None */
	li t0, 0x97f8320553b7a826; fmv.d.x f11, t0; li t0, 0x3ff2abf91c6ee871; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(191, f10, 0x97f4bbb5aabc070c)
	CHECK_FLAGS(192, 0x1)
	/* fdiv.d 0xbeb928c17c328d7d 0xbebf0d13f43dcff0 rm=rdn frm=None */
	li t0, 0xbeb928c17c328d7d; fmv.d.x f11, t0; li t0, 0xbebf0d13f43dcff0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(193, f10, 0x3fe9ed957845746a)
	CHECK_FLAGS(194, 0x1)
	/* fdiv.d 0xc13c800000000000 0xc13b388f690ab617 rm=rdn frm=None */
	li t0, 0xc13c800000000000; fmv.d.x f11, t0; li t0, 0xc13b388f690ab617; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(195, f10, 0x3ff0c076a776051f)
	CHECK_FLAGS(196, 0x1)
	/* fdiv.d 0xc8204c639e816ede 0xbdb0000000000000 rm=rdn frm=None */
	li t0, 0xc8204c639e816ede; fmv.d.x f11, t0; li t0, 0xbdb0000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(197, f10, 0x4a604c639e816ede)
	CHECK_FLAGS(198, 0x0)
	/* fdiv.d 0xa5b13bd063dc191 0x92810c689d5384ca rm=rdn frm=None */
	li t0, 0xa5b13bd063dc191; fmv.d.x f11, t0; li t0, 0x92810c689d5384ca; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(199, f10, 0xb7c96970be8a19b4)
	CHECK_FLAGS(200, 0x1)
	/* fdiv.d 0x3eb3c5c466e34fc8 0x802b000000000000 rm=rdn frm=None */
	li t0, 0x3eb3c5c466e34fc8; fmv.d.x f11, t0; li t0, 0x802b000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(201, f10, 0xfe776f21a959421d)
	CHECK_FLAGS(202, 0x1)
	/* fdiv.d 0x17000000000000 0xbebf000000000000 rm=rup frm=None */
	li t0, 0x17000000000000; fmv.d.x f11, t0; li t0, 0xbebf000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(203, f10, 0x8147bdef7bdef7bd)
	CHECK_FLAGS(204, 0x1)
	/* fdiv.d 0x9b21dd445ecf3cc3 0x8019ebab64612ea0 rm=rup frm=None */
	li t0, 0x9b21dd445ecf3cc3; fmv.d.x f11, t0; li t0, 0x8019ebab64612ea0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(205, f10, 0x5af60de1abbf9543)
	CHECK_FLAGS(206, 0x1)
	/* fdiv.d 0xbffa800000000000 0x3eb6323381e2934c rm=rup frm=None */
	li t0, 0xbffa800000000000; fmv.d.x f11, t0; li t0, 0x3eb6323381e2934c; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(207, f10, 0xc1331a3a931cca8d)
	CHECK_FLAGS(208, 0x1)
	/* fdiv.d 0x5a6e3454f94cc42 0x8ea4797fac5ab0a9 rm=rup frm=None */
	li t0, 0x5a6e3454f94cc42; fmv.d.x f11, t0; li t0, 0x8ea4797fac5ab0a9; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(209, f10, 0xb6f1e2c2f6dc41c8)
	CHECK_FLAGS(210, 0x1)
	/* fdiv.d 0xbfea244758462ee9 0x1add12303f5050 rm=rup frm=None */
	li t0, 0xbfea244758462ee9; fmv.d.x f11, t0; li t0, 0x1add12303f5050; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(211, f10, 0xffbf23dfdc6f5577)
	CHECK_FLAGS(212, 0x1)
	/* fdiv.d 0xffe0e2a585e870f3 0x80163d5c55fd57ca rm=rup frm=None */
	li t0, 0xffe0e2a585e870f3; fmv.d.x f11, t0; li t0, 0x80163d5c55fd57ca; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(213, f10, 0x7ff0000000000000)
	CHECK_FLAGS(214, 0x5)
	/* fdiv.d 0x8ee6a449349978f1 0x42c2000000000000 rm=rup frm=None */
	li t0, 0x8ee6a449349978f1; fmv.d.x f11, t0; li t0, 0x42c2000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(215, f10, 0x8c142041124f87f2)
	CHECK_FLAGS(216, 0x1)
	/* fdiv.d 0x400f000000000000 0xbff4000000000000 rm=rup frm=None */
	li t0, 0x400f000000000000; fmv.d.x f11, t0; li t0, 0xbff4000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(217, f10, 0xc008cccccccccccc)
	CHECK_FLAGS(218, 0x1)
	/* fdiv.d 0x3eb4d9a8472c34f3 0xc13af7a36edf2136 rm=rup frm=None */
	li t0, 0x3eb4d9a8472c34f3; fmv.d.x f11, t0; li t0, 0xc13af7a36edf2136; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(219, f10, 0xbd68bdc64564a39f)
	CHECK_FLAGS(220, 0x1)
	/* fdiv.d 0x3eb240b1cac99954 0x3ebaa752f4bacb36 rm=rup frm=None */
	li t0, 0x3eb240b1cac99954; fmv.d.x f11, t0; li t0, 0x3ebaa752f4bacb36; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(221, f10, 0x3fe5e9faf3a61f34)
	CHECK_FLAGS(222, 0x1)
	/* fdiv.d 0x3eb2000000000000 0x8020800000000000 rm=rup frm=None */
	li t0, 0x3eb2000000000000; fmv.d.x f11, t0; li t0, 0x8020800000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(223, f10, 0xfe81745d1745d174)
	CHECK_FLAGS(224, 0x1)
	/* fdiv.d 0xffea6bd0a602b179 0x8029000000000000 rm=rup frm=None */
	li t0, 0xffea6bd0a602b179; fmv.d.x f11, t0; li t0, 0x8029000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(225, f10, 0x7ff0000000000000)
	CHECK_FLAGS(226, 0x5)
	/* fdiv.d 0x8027800000000000 0xc00cd5e5a4a04692 rm=rup frm=None */
	li t0, 0x8027800000000000; fmv.d.x f11, t0; li t0, 0xc00cd5e5a4a04692; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(227, f10, 0xd0a1a7bcf2dab)
	CHECK_FLAGS(228, 0x3)
	/* fdiv.d 0x802cfe265e4934f7 0x2cddbdd08ddbf6 rm=rup frm=None */
	li t0, 0x802cfe265e4934f7; fmv.d.x f11, t0; li t0, 0x2cddbdd08ddbf6; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(229, f10, 0xbff011f6a12c63bf)
	CHECK_FLAGS(230, 0x1)
	/* fdiv.d 0x22c5d2272c7343 0x3ff94cffee5f47b8 rm=rmm frm=None */
	li t0, 0x22c5d2272c7343; fmv.d.x f11, t0; li t0, 0x3ff94cffee5f47b8; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(231, f10, 0x17be523b5ea858)
	CHECK_FLAGS(232, 0x1)
	/* fdiv.d 0xc008bf44ae78ea2f 0x4138800000000000 rm=rmm frm=None */
	li t0, 0xc008bf44ae78ea2f; fmv.d.x f11, t0; li t0, 0x4138800000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(233, f10, 0xbec029516cb7745d)
	CHECK_FLAGS(234, 0x1)
	/* fdiv.d 0xf000000000000 0xbfea800000000000 rm=rmm frm=None */
	li t0, 0xf000000000000; fmv.d.x f11, t0; li t0, 0xbfea800000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(235, f10, 0x80121cfb2b78c135)
	CHECK_FLAGS(236, 0x1)
	/* fdiv.d 0x29800000000000 0xc13cab298a05c43e rm=rmm frm=None */
	li t0, 0x29800000000000; fmv.d.x f11, t0; li t0, 0xc13cab298a05c43e; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(237, f10, 0x80000001c7693e37)
	CHECK_FLAGS(238, 0x3)
	/* fdiv.d 0xffeadd40fd6a9f7e 0xffe4b86893e3cd02 rm=rmm frm=None */
	li t0, 0xffeadd40fd6a9f7e; fmv.d.x f11, t0; li t0, 0xffe4b86893e3cd02; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(239, f10, 0x3ff4be883a15d823)
	CHECK_FLAGS(240, 0x1)
	/* fdiv.d 0x88c5800000000000 0x3fe9800000000000 rm=rmm frm=None */
	li t0, 0x88c5800000000000; fmv.d.x f11, t0; li t0, 0x3fe9800000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(241, f10, 0x88cafafafafafafb)
	CHECK_FLAGS(242, 0x1)
	/* fdiv.d 0x1536f14097617b 0x801b4516878b4c2b rm=rmm frm=None */
	li t0, 0x1536f14097617b; fmv.d.x f11, t0; li t0, 0x801b4516878b4c2b; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(243, f10, 0xbfe8e4f8e4cc88a1)
	CHECK_FLAGS(244, 0x1)
	/* fdiv.d 0x7fe465da700753ae 0x413d0fb4ff07c8c8 rm=rmm frm=None */
	li t0, 0x7fe465da700753ae; fmv.d.x f11, t0; li t0, 0x413d0fb4ff07c8c8; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(245, f10, 0x7e9675e1429ab399)
	CHECK_FLAGS(246, 0x1)
	/* fdiv.d 0x2a000000000000 0x4005000000000000 rm=rmm frm=None */
	li t0, 0x2a000000000000; fmv.d.x f11, t0; li t0, 0x4005000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(247, f10, 0x13cf3cf3cf3cf4)
	CHECK_FLAGS(248, 0x1)
	/* fdiv.d 0xbfe1800000000000 0xbebc000000000000 rm=rmm frm=None */
	li t0, 0xbfe1800000000000; fmv.d.x f11, t0; li t0, 0xbebc000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(249, f10, 0x4114000000000000)
	CHECK_FLAGS(250, 0x0)
	/* fdiv.d 0x80135bbcc262d1a2 0xbfe8015144317787 rm=rmm frm=None */
	li t0, 0x80135bbcc262d1a2; fmv.d.x f11, t0; li t0, 0xbfe8015144317787; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(251, f10, 0x19ce3bb4aa8a94)
	CHECK_FLAGS(252, 0x1)
	/* fdiv.d 0x4135b6973770d72e 0xbebb3f55511ffe49 rm=rmm frm=None */
	li t0, 0x4135b6973770d72e; fmv.d.x f11, t0; li t0, 0xbebb3f55511ffe49; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(253, f10, 0xc2698024ad479a74)
	CHECK_FLAGS(254, 0x1)
	/* fdiv.d 0xbff3576028f8f8ce 0x26c01cdf63dc8c rm=rmm frm=None */
	li t0, 0xbff3576028f8f8ce; fmv.d.x f11, t0; li t0, 0x26c01cdf63dc8c; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(255, f10, 0xffbb346ffc068fb4)
	CHECK_FLAGS(1, 0x1)
	/* fdiv.d 0x299a811e3c5e8a55 0x3fffd608f22353be rm=rmm frm=None */
	li t0, 0x299a811e3c5e8a55; fmv.d.x f11, t0; li t0, 0x3fffd608f22353be; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(2, f10, 0x298aa40e1c4a109b)
	CHECK_FLAGS(3, 0x1)
	/* fdiv.d 0xbff84a24c7bb0017 0x800eda0429a15a11 rm=None frm=0 */
	li t0, 0xbff84a24c7bb0017; fmv.d.x f11, t0; li t0, 0x800eda0429a15a11; fmv.d.x f12, t0; fsrmi 0; fdiv.d f10, f11, f12
	CHECK_F(4, f10, 0x7fda2af32d48531c)
	CHECK_FLAGS(5, 0x1)
	/* fdiv.d 0x8017000000000000 0xeb4eb47eeff08 rm=None frm=0 */
	li t0, 0x8017000000000000; fmv.d.x f11, t0; li t0, 0xeb4eb47eeff08; fmv.d.x f12, t0; fsrmi 0; fdiv.d f10, f11, f12
	CHECK_F(6, f10, 0xbff905c800a45cbc)
	CHECK_FLAGS(7, 0x1)
	/* fdiv.d 0xc00f0926f32f36ea 0xc002000000000000 rm=None frm=0 */
	li t0, 0xc00f0926f32f36ea; fmv.d.x f11, t0; li t0, 0xc002000000000000; fmv.d.x f12, t0; fsrmi 0; fdiv.d f10, f11, f12
	CHECK_F(8, f10, 0x3ffb965b82d4a297)
	CHECK_FLAGS(9, 0x1)
	/* fdiv.d 0x4003a0676f3586af 0x800000000000 rm=None frm=0 */
	li t0, 0x4003a0676f3586af; fmv.d.x f11, t0; li t0, 0x800000000000; fmv.d.x f12, t0; fsrmi 0; fdiv.d f10, f11, f12
	CHECK_F(10, f10, 0x7ff0000000000000)
	CHECK_FLAGS(11, 0x5)
	/* fdiv.d 0x3fee000000000000 0xc13f000000000000 rm=None frm=1 */
	li t0, 0x3fee000000000000; fmv.d.x f11, t0; li t0, 0xc13f000000000000; fmv.d.x f12, t0; fsrmi 1; fdiv.d f10, f11, f12
	CHECK_F(12, f10, 0xbe9ef7bdef7bdef7)
	CHECK_FLAGS(13, 0x1)
	/* fdiv.d 0xc009fe2a5125dc25 0x801abc4a7f5cd2da rm=None frm=1 */
	li t0, 0xc009fe2a5125dc25; fmv.d.x f11, t0; li t0, 0x801abc4a7f5cd2da; fmv.d.x f12, t0; fsrmi 1; fdiv.d f10, f11, f12
	CHECK_F(14, f10, 0x7fdf1c6fc86ad6e7)
	CHECK_FLAGS(15, 0x1)
	/* fdiv.d 0x7fe3a24ac6c33d7b 0xbeb07de76f406538 rm=None frm=1 */
	li t0, 0x7fe3a24ac6c33d7b; fmv.d.x f11, t0; li t0, 0xbeb07de76f406538; fmv.d.x f12, t0; fsrmi 1; fdiv.d f10, f11, f12
	CHECK_F(16, f10, 0xffefffffffffffff)
	CHECK_FLAGS(17, 0x5)
	/* fdiv.d 0x17800000000000 0xc137000000000000 rm=None frm=1 */
	li t0, 0x17800000000000; fmv.d.x f11, t0; li t0, 0xc137000000000000; fmv.d.x f12, t0; fsrmi 1; fdiv.d f10, f11, f12
	CHECK_F(18, f10, 0x800000010590b216)
	CHECK_FLAGS(19, 0x3)
	/* fdiv.d 0x1b822754d860a605 0x7fee800000000000 rm=None frm=2 */
	li t0, 0x1b822754d860a605; fmv.d.x f11, t0; li t0, 0x7fee800000000000; fmv.d.x f12, t0; fsrmi 2; fdiv.d f10, f11, f12
	CHECK_F(20, f10, 0x0)
	CHECK_FLAGS(21, 0x3)
	/* fdiv.d 0x8001800000000000 0x2ccf386df4ab7aff rm=None frm=2 */
	li t0, 0x8001800000000000; fmv.d.x f11, t0; li t0, 0x2ccf386df4ab7aff; fmv.d.x f12, t0; fsrmi 2; fdiv.d f10, f11, f12
	CHECK_F(22, f10, 0x92f8996a51d7c0a0)
	CHECK_FLAGS(23, 0x1)
	/* fdiv.d 0x10000000000000 0x17a3000000000000 rm=None frm=2 */
	li t0, 0x10000000000000; fmv.d.x f11, t0; li t0, 0x17a3000000000000; fmv.d.x f12, t0; fsrmi 2; fdiv.d f10, f11, f12
	CHECK_F(24, f10, 0x285af286bca1af28)
	CHECK_FLAGS(25, 0x1)
	/* fdiv.d 0x3fe5cc1c948ab308 0xe12807825482b rm=None frm=2 */
	li t0, 0x3fe5cc1c948ab308; fmv.d.x f11, t0; li t0, 0xe12807825482b; fmv.d.x f12, t0; fsrmi 2; fdiv.d f10, f11, f12
	CHECK_F(26, f10, 0x7fc8c88493999afe)
	CHECK_FLAGS(27, 0x1)
	/* fdiv.d 0x41359d15ac43de7c 0x8010d0cc23d4b5de rm=None frm=3 */
	li t0, 0x41359d15ac43de7c; fmv.d.x f11, t0; li t0, 0x8010d0cc23d4b5de; fmv.d.x f12, t0; fsrmi 3; fdiv.d f10, f11, f12
	CHECK_F(28, f10, 0xffefffffffffffff)
	CHECK_FLAGS(29, 0x5)
	/* fdiv.d 0x41376fec73df9683 0x16800000000000 rm=None frm=3 */
	li t0, 0x41376fec73df9683; fmv.d.x f11, t0; li t0, 0x16800000000000; fmv.d.x f12, t0; fsrmi 3; fdiv.d f10, f11, f12
	CHECK_F(30, f10, 0x7ff0000000000000)
	CHECK_FLAGS(31, 0x5)
	/* fdiv.d 0x5ba5800000000000 0xc131000000000000 rm=None frm=3 */
	li t0, 0x5ba5800000000000; fmv.d.x f11, t0; li t0, 0xc131000000000000; fmv.d.x f12, t0; fsrmi 3; fdiv.d f10, f11, f12
	CHECK_F(32, f10, 0xda643c3c3c3c3c3c)
	CHECK_FLAGS(33, 0x1)
	/* fdiv.d 0x3ffa24b10182f073 0xc001800000000000 rm=None frm=3 */
	li t0, 0x3ffa24b10182f073; fmv.d.x f11, t0; li t0, 0xc001800000000000; fmv.d.x f12, t0; fsrmi 3; fdiv.d f10, f11, f12
	CHECK_F(34, f10, 0xbfe7e7083be56e20)
	CHECK_FLAGS(35, 0x0)
	/* fdiv.d 0x3ff196bed39cf65b 0x7fe3000000000000 rm=None frm=4 */
	li t0, 0x3ff196bed39cf65b; fmv.d.x f11, t0; li t0, 0x7fe3000000000000; fmv.d.x f12, t0; fsrmi 4; fdiv.d f10, f11, f12
	CHECK_F(36, f10, 0x767e48efeb892)
	CHECK_FLAGS(37, 0x3)
	/* fdiv.d 0x9feba629c54759c5 0xc00866302a006a76 rm=None frm=4 */
	li t0, 0x9feba629c54759c5; fmv.d.x f11, t0; li t0, 0xc00866302a006a76; fmv.d.x f12, t0; fsrmi 4; fdiv.d f10, f11, f12
	CHECK_F(38, f10, 0x1fd221936e0f374c)
	CHECK_FLAGS(39, 0x1)
	/* fdiv.d 0x3fff29bf2228ec75 0x8fdab7a913d91 rm=None frm=4 */
	li t0, 0x3fff29bf2228ec75; fmv.d.x f11, t0; li t0, 0x8fdab7a913d91; fmv.d.x f12, t0; fsrmi 4; fdiv.d f10, f11, f12
	CHECK_F(40, f10, 0x7febba826a4f89f1)
	CHECK_FLAGS(41, 0x1)
	/* fdiv.d 0x802b1d6976aa8f5e 0x802c30bb58e90d3f rm=None frm=4 */
	li t0, 0x802b1d6976aa8f5e; fmv.d.x f11, t0; li t0, 0x802c30bb58e90d3f; fmv.d.x f12, t0; fsrmi 4; fdiv.d f10, f11, f12
	CHECK_F(42, f10, 0x3feec7793431743f)
	CHECK_FLAGS(43, 0x1)
	/* fsqrt.d 0x0 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(44, f10, 0x0)
	CHECK_FLAGS(45, 0x0)
	/* fsqrt.d 0x8000000000000000 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(46, f10, 0x8000000000000000)
	CHECK_FLAGS(47, 0x0)
	/* fsqrt.d 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(48, f10, 0x3ff0000000000000)
	CHECK_FLAGS(49, 0x0)
	/* fsqrt.d 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(50, f10, 0x7ff8000000000000)
	CHECK_FLAGS(51, 0x10)
	/* fsqrt.d 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(52, f10, 0x3ff3988e1409212e)
	CHECK_FLAGS(53, 0x1)
	/* fsqrt.d 0x4004000000000000 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(54, f10, 0x3ff94c583ada5b53)
	CHECK_FLAGS(55, 0x1)
	/* fsqrt.d 0xc004000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(56, f10, 0x7ff8000000000000)
	CHECK_FLAGS(57, 0x10)
	/* fsqrt.d 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(58, f10, 0x3fe6a09e667f3bcd)
	CHECK_FLAGS(59, 0x1)
	/* fsqrt.d 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(60, f10, 0x7ff8000000000000)
	CHECK_FLAGS(61, 0x10)
	/* fsqrt.d 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(62, f10, 0x5fefffffffffffff)
	CHECK_FLAGS(63, 0x1)
	/* fsqrt.d 0xffefffffffffffff rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(64, f10, 0x7ff8000000000000)
	CHECK_FLAGS(65, 0x10)
	/* fsqrt.d 0x10000000000000 rm=rne frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(66, f10, 0x2000000000000000)
	CHECK_FLAGS(67, 0x0)
	/* fsqrt.d 0xfffffffffffff rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(68, f10, 0x1fffffffffffffff)
	CHECK_FLAGS(69, 0x1)
	/* fsqrt.d 0x1 rm=rne frm=None */
	li t0, 0x1; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(70, f10, 0x1e60000000000000)
	CHECK_FLAGS(71, 0x0)
	/* fsqrt.d 0x7ff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(72, f10, 0x7ff0000000000000)
	CHECK_FLAGS(73, 0x0)
	/* fsqrt.d 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(74, f10, 0x7ff8000000000000)
	CHECK_FLAGS(75, 0x10)
	/* fsqrt.d 0x7ff8000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(76, f10, 0x7ff8000000000000)
	CHECK_FLAGS(77, 0x0)
	/* fsqrt.d 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(78, f10, 0x7ff8000000000000)
	CHECK_FLAGS(79, 0x10)
	/* fsqrt.d 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(80, f10, 0x7ff8000000000000)
	CHECK_FLAGS(81, 0x0)
	/* fsqrt.d 0x7fe2000000000000 rm=rne frm=None */
	li t0, 0x7fe2000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(82, f10, 0x5fe8000000000000)
	CHECK_FLAGS(83, 0x0)
	/* fsqrt.d 0x3fe03b412eee19ff rm=rne frm=None */
	li t0, 0x3fe03b412eee19ff; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(84, f10, 0x3fe6ca5e1e425eaf)
	CHECK_FLAGS(85, 0x1)
	/* fsqrt.d 0x4135dd09575a2ced rm=rne frm=None */
	li t0, 0x4135dd09575a2ced; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(86, f10, 0x4092b40dd55b69e9)
	CHECK_FLAGS(87, 0x1)
	/* fsqrt.d 0x7800000000000 rm=rne frm=None */
	li t0, 0x7800000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(88, f10, 0x1ff5e8add236a58f)
	CHECK_FLAGS(89, 0x1)
	/* fsqrt.d 0x4001b0e9a72e9d2a rm=rne frm=None */
	li t0, 0x4001b0e9a72e9d2a; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(90, f10, 0x3ff7cb0c04a655c6)
	CHECK_FLAGS(91, 0x1)
	/* fsqrt.d 0x1eba583eafe695 rm=rne frm=None */
	li t0, 0x1eba583eafe695; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(92, f10, 0x20062c508c652c22)
	CHECK_FLAGS(93, 0x1)
	/* fsqrt.d 0x4001241529c2272e rm=rne frm=None */
	li t0, 0x4001241529c2272e; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(94, f10, 0x3ff76b989d6d909c)
	CHECK_FLAGS(95, 0x1)
	/* fsqrt.d 0x4139135dfb88ff45 rm=rne frm=None */
	li t0, 0x4139135dfb88ff45; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(96, f10, 0x409407bdb1e8208e)
	CHECK_FLAGS(97, 0x1)
	/* fsqrt.d 0x3eb2000000000000 rm=rne frm=None */
	li t0, 0x3eb2000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(98, f10, 0x3f50f876ccdf6cd9)
	CHECK_FLAGS(99, 0x1)
	/* fsqrt.d 0x4133b71d22a3795f rm=rne frm=None */
	li t0, 0x4133b71d22a3795f; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(100, f10, 0x4091c2c133080aa2)
	CHECK_FLAGS(101, 0x1)
	/* fsqrt.d 0x3fe1000000000000 rm=rtz frm=None */
	li t0, 0x3fe1000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rtz
	CHECK_F(102, f10, 0x3fe752e50db3a3a1)
	CHECK_FLAGS(103, 0x1)
	/* fsqrt.d 0x269dd841f150d2 rm=rtz frm=None */
	li t0, 0x269dd841f150d2; fmv.d.x f11, t0; fsqrt.d f10, f11, rtz
	CHECK_F(104, f10, 0x200ae6f94b884139)
	CHECK_FLAGS(105, 0x1)
	/* fsqrt.d 0x4131ba686e49a107 rm=rtz frm=None */
	li t0, 0x4131ba686e49a107; fmv.d.x f11, t0; fsqrt.d f10, f11, rtz
	CHECK_F(106, f10, 0x4090d7888284a2bc)
	CHECK_FLAGS(107, 0x1)
	/* fsqrt.d 0x7fe714b2d74ad599 rm=rtz frm=None */
	li t0, 0x7fe714b2d74ad599; fmv.d.x f11, t0; fsqrt.d f10, f11, rtz
	CHECK_F(108, f10, 0x5feb2d4d7492a9be)
	CHECK_FLAGS(109, 0x1)
	/* fsqrt.d 0x3fe8800000000000 rm=rtz frm=None */
	li t0, 0x3fe8800000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rtz
	CHECK_F(110, f10, 0x3fec000000000000)
	CHECK_FLAGS(111, 0x0)
	/* fsqrt.d 0x3eb04e36aee34afa rm=rtz frm=None */
	li t0, 0x3eb04e36aee34afa; fmv.d.x f11, t0; fsqrt.d f10, f11, rtz
	CHECK_F(112, f10, 0x3f5026ec0024cbf9)
	CHECK_FLAGS(113, 0x1)
	/* fsqrt.d 0x237b1fd033a5d4 rm=rtz frm=None */
	li t0, 0x237b1fd033a5d4; fmv.d.x f11, t0; fsqrt.d f10, f11, rtz
	CHECK_F(114, f10, 0x2008f7c114a548c6)
	CHECK_FLAGS(115, 0x1)
	/* fsqrt.d 0x2268fbc8d0ff7c rm=rtz frm=None */
	li t0, 0x2268fbc8d0ff7c; fmv.d.x f11, t0; fsqrt.d f10, f11, rtz
	CHECK_F(116, f10, 0x2008459848d6c868)
	CHECK_FLAGS(117, 0x1)
	/* fsqrt.d 0x3ff951192a0ff1af rm=rtz frm=None */
	li t0, 0x3ff951192a0ff1af; fmv.d.x f11, t0; fsqrt.d f10, f11, rtz
	CHECK_F(118, f10, 0x3ff4205652c7a308)
	CHECK_FLAGS(119, 0x1)
	/* fsqrt.d 0x3fff117081896055 rm=rtz frm=None */
	li t0, 0x3fff117081896055; fmv.d.x f11, t0; fsqrt.d f10, f11, rtz
	CHECK_F(120, f10, 0x3ff64ba6d6c5e1f4)
	CHECK_FLAGS(121, 0x1)
	/* fsqrt.d 0x3ff9800000000000 rm=rdn frm=None */
	li t0, 0x3ff9800000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rdn
	CHECK_F(122, f10, 0x3ff432f24fb01c7a)
	CHECK_FLAGS(123, 0x1)
	/* fsqrt.d 0x3ffcf0db6117b186 rm=rdn frm=None */
	li t0, 0x3ffcf0db6117b186; fmv.d.x f11, t0; fsqrt.d f10, f11, rdn
	CHECK_F(124, f10, 0x3ff584c82ae00664)
	CHECK_FLAGS(125, 0x1)
	/* fsqrt.d 0x16800000000000 rm=rdn frm=None */
	li t0, 0x16800000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rdn
	CHECK_F(126, f10, 0x2002f9422c23c47d)
	CHECK_FLAGS(127, 0x1)
	/* fsqrt.d 0x3fecfdd446eb27fc rm=rdn frm=None */
	li t0, 0x3fecfdd446eb27fc; fmv.d.x f11, t0; fsqrt.d f10, f11, rdn
	CHECK_F(128, f10, 0x3fee756952df32c0)
	CHECK_FLAGS(129, 0x1)
	/* fsqrt.d 0x3feadd31c1310d4d rm=rdn frm=None */
	li t0, 0x3feadd31c1310d4d; fmv.d.x f11, t0; fsqrt.d f10, f11, rdn
	CHECK_F(130, f10, 0x3fed51dcdf7c35c6)
	CHECK_FLAGS(131, 0x1)
	/* fsqrt.d 0x413e800000000000 rm=rdn frm=None */
	li t0, 0x413e800000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rdn
	CHECK_F(132, f10, 0x409617398f2aaa47)
	CHECK_FLAGS(133, 0x1)
	/* fsqrt.d 0x2ace800000000000 rm=rdn frm=None */
	li t0, 0x2ace800000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rdn
	CHECK_F(134, f10, 0x355f3db2174e7468)
	CHECK_FLAGS(135, 0x1)
	/* fsqrt.d 0x22000000000000 rm=rdn frm=None */
	li t0, 0x22000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rdn
	CHECK_F(136, f10, 0x2008000000000000)
	CHECK_FLAGS(137, 0x0)
	/* fsqrt.d 0x253e0679d12f7b rm=rdn frm=None */
	li t0, 0x253e0679d12f7b; fmv.d.x f11, t0; fsqrt.d f10, f11, rdn
	CHECK_F(138, f10, 0x200a127397795fa3)
	CHECK_FLAGS(139, 0x1)
	/* fsqrt.d 0x203292b060d53f rm=rdn frm=None */
	li t0, 0x203292b060d53f; fmv.d.x f11, t0; fsqrt.d f10, f11, rdn
	CHECK_F(140, f10, 0x2006c44501ca3ff9)
	CHECK_FLAGS(141, 0x1)
	/* fsqrt.d 0x21a535b26518b9 rm=rup frm=None */
	li t0, 0x21a535b26518b9; fmv.d.x f11, t0; fsqrt.d f10, f11, rup
	CHECK_F(142, f10, 0x2007c32c0c0ef5b9)
	CHECK_FLAGS(143, 0x1)
	/* fsqrt.d 0x413e800000000000 rm=rup frm=None */
	li t0, 0x413e800000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rup
	CHECK_F(144, f10, 0x409617398f2aaa48)
	CHECK_FLAGS(145, 0x1)
	/* fsqrt.d 0x13b82359a36671 rm=rup frm=None */
	li t0, 0x13b82359a36671; fmv.d.x f11, t0; fsqrt.d f10, f11, rup
	CHECK_F(146, f10, 0x2001c3374d970ded)
	CHECK_FLAGS(147, 0x1)
	/* fsqrt.d 0x3ff51fcd8fb8037f rm=rup frm=None */
	li t0, 0x3ff51fcd8fb8037f; fmv.d.x f11, t0; fsqrt.d f10, f11, rup
	CHECK_F(148, f10, 0x3ff2626ac08b2841)
	CHECK_FLAGS(149, 0x1)
	/* fsqrt.d 0x1eaf9d0c181b35 rm=rup frm=None */
	li t0, 0x1eaf9d0c181b35; fmv.d.x f11, t0; fsqrt.d f10, f11, rup
	CHECK_F(150, f10, 0x20062871073664db)
	CHECK_FLAGS(151, 0x1)
	/* fsqrt.d 0x8675ba6e79199 rm=rup frm=None */
	li t0, 0x8675ba6e79199; fmv.d.x f11, t0; fsqrt.d f10, f11, rup
	CHECK_F(152, f10, 0x1ff730fd6db16382)
	CHECK_FLAGS(153, 0x1)
	/* fsqrt.d 0x4130800000000000 rm=rup frm=None */
	li t0, 0x4130800000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rup
	CHECK_F(154, f10, 0x40903f81f636b80c)
	CHECK_FLAGS(155, 0x1)
	/* fsqrt.d 0x413d14f1945100c7 rm=rup frm=None */
	li t0, 0x413d14f1945100c7; fmv.d.x f11, t0; fsqrt.d f10, f11, rup
	CHECK_F(156, f10, 0x4095922e7b3d46e9)
	CHECK_FLAGS(157, 0x1)
	/* fsqrt.d 0xd7b000000000000 rm=rup frm=None */
	li t0, 0xd7b000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rup
	CHECK_F(158, f10, 0x26b4c8dc2e423980)
	CHECK_FLAGS(159, 0x1)
	/* fsqrt.d 0x10022b76998fe0 rm=rup frm=None */
	li t0, 0x10022b76998fe0; fmv.d.x f11, t0; fsqrt.d f10, f11, rup
	CHECK_F(160, f10, 0x20000115b1e2f46a)
	CHECK_FLAGS(161, 0x1)
	/* fsqrt.d 0x4001727a775a6e5d rm=rmm frm=None */
	li t0, 0x4001727a775a6e5d; fmv.d.x f11, t0; fsqrt.d f10, f11, rmm
	CHECK_F(162, f10, 0x3ff7a0eaa04276cf)
	CHECK_FLAGS(163, 0x1)
	/* fsqrt.d 0x1daa45067de63a rm=rmm frm=None */
	li t0, 0x1daa45067de63a; fmv.d.x f11, t0; fsqrt.d f10, f11, rmm
	CHECK_F(164, f10, 0x2005c9496dd16bfd)
	CHECK_FLAGS(165, 0x1)
	/* fsqrt.d 0x3fe7800000000000 rm=rmm frm=None */
	li t0, 0x3fe7800000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rmm
	CHECK_F(166, f10, 0x3feb6c30b83593e6)
	CHECK_FLAGS(167, 0x1)
	/* fsqrt.d 0xd0a535fd0b14 rm=rmm frm=None */
	li t0, 0xd0a535fd0b14; fmv.d.x f11, t0; fsqrt.d f10, f11, rmm
	CHECK_F(168, f10, 0x1fdce39d8e7071bc)
	CHECK_FLAGS(169, 0x1)
	/* fsqrt.d 0x1bcf92c011a644 rm=rmm frm=None */
	li t0, 0x1bcf92c011a644; fmv.d.x f11, t0; fsqrt.d f10, f11, rmm
	CHECK_F(170, f10, 0x2005182a009f0e6a)
	CHECK_FLAGS(171, 0x1)
	/* fsqrt.d 0x3ff2df92c21be5f4 rm=rmm frm=None */
	li t0, 0x3ff2df92c21be5f4; fmv.d.x f11, t0; fsqrt.d f10, f11, rmm
	CHECK_F(172, f10, 0x3ff1609bf6dea96d)
	CHECK_FLAGS(173, 0x1)
	/* fsqrt.d 0x1c24ffcb2c6dd11d rm=rmm frm=None */
	li t0, 0x1c24ffcb2c6dd11d; fmv.d.x f11, t0; fsqrt.d f10, f11, rmm
	CHECK_F(174, f10, 0x2e09ec26af23ad8b)
	CHECK_FLAGS(175, 0x1)
	/* fsqrt.d 0x3eb4e5dac4277471 rm=rmm frm=None */
	li t0, 0x3eb4e5dac4277471; fmv.d.x f11, t0; fsqrt.d f10, f11, rmm
	CHECK_F(176, f10, 0x3f524921fef5a6cc)
	CHECK_FLAGS(177, 0x1)
	/* fsqrt.d 0x3feb081efe8f0fc2 rm=rmm frm=None */
	li t0, 0x3feb081efe8f0fc2; fmv.d.x f11, t0; fsqrt.d f10, f11, rmm
	CHECK_F(178, f10, 0x3fed694072464234)
	CHECK_FLAGS(179, 0x1)
	/* fsqrt.d 0x7fee41516027df20 rm=rmm frm=None */
	li t0, 0x7fee41516027df20; fmv.d.x f11, t0; fsqrt.d f10, f11, rmm
	CHECK_F(180, f10, 0x5fef1d874aafbed5)
	CHECK_FLAGS(181, 0x1)
	/* fadd.s 0xffffffff3f800000 0xffffffff33800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rne
	CHECK_F(182, f10, 0xffffffff3f800000)
	CHECK_FLAGS(183, 0x1)
	/* fadd.s 0xffffffff3f800000 0xffffffff33800000 rm=rtz frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rtz
	CHECK_F(184, f10, 0xffffffff3f800000)
	CHECK_FLAGS(185, 0x1)
	/* fadd.s 0xffffffff3f800000 0xffffffff33800000 rm=rdn frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rdn
	CHECK_F(186, f10, 0xffffffff3f800000)
	CHECK_FLAGS(187, 0x1)
	/* fadd.s 0xffffffff3f800000 0xffffffff33800000 rm=rup frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rup
	CHECK_F(188, f10, 0xffffffff3f800001)
	CHECK_FLAGS(189, 0x1)
	/* fadd.s 0xffffffff3f800000 0xffffffff33800000 rm=rmm frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fadd.s f10, f11, f12, rmm
	CHECK_F(190, f10, 0xffffffff3f800001)
	CHECK_FLAGS(191, 0x1)
	/* fadd.s 0xffffffff3f800000 0xffffffff33800000 rm=None frm=0 */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsrmi 0; fadd.s f10, f11, f12
	CHECK_F(192, f10, 0xffffffff3f800000)
	CHECK_FLAGS(193, 0x1)
	/* fadd.s 0xffffffff3f800000 0xffffffff33800000 rm=None frm=1 */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsrmi 1; fadd.s f10, f11, f12
	CHECK_F(194, f10, 0xffffffff3f800000)
	CHECK_FLAGS(195, 0x1)
	/* fadd.s 0xffffffff3f800000 0xffffffff33800000 rm=None frm=2 */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsrmi 2; fadd.s f10, f11, f12
	CHECK_F(196, f10, 0xffffffff3f800000)
	CHECK_FLAGS(197, 0x1)
	/* fadd.s 0xffffffff3f800000 0xffffffff33800000 rm=None frm=3 */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsrmi 3; fadd.s f10, f11, f12
	CHECK_F(198, f10, 0xffffffff3f800001)
	CHECK_FLAGS(199, 0x1)
	/* fadd.s 0xffffffff3f800000 0xffffffff33800000 rm=None frm=4 */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsrmi 4; fadd.s f10, f11, f12
	CHECK_F(200, f10, 0xffffffff3f800001)
	CHECK_FLAGS(201, 0x1)
	/* fsub.s 0xffffffffbf800000 0xffffffff33800000 rm=rne frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rne
	CHECK_F(202, f10, 0xffffffffbf800000)
	CHECK_FLAGS(203, 0x1)
	/* fsub.s 0xffffffffbf800000 0xffffffff33800000 rm=rtz frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rtz
	CHECK_F(204, f10, 0xffffffffbf800000)
	CHECK_FLAGS(205, 0x1)
	/* fsub.s 0xffffffffbf800000 0xffffffff33800000 rm=rdn frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rdn
	CHECK_F(206, f10, 0xffffffffbf800001)
	CHECK_FLAGS(207, 0x1)
	/* fsub.s 0xffffffffbf800000 0xffffffff33800000 rm=rup frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rup
	CHECK_F(208, f10, 0xffffffffbf800000)
	CHECK_FLAGS(209, 0x1)
	/* fsub.s 0xffffffffbf800000 0xffffffff33800000 rm=rmm frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsub.s f10, f11, f12, rmm
	CHECK_F(210, f10, 0xffffffffbf800001)
	CHECK_FLAGS(211, 0x1)
	/* fsub.s 0xffffffffbf800000 0xffffffff33800000 rm=None frm=0 */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsrmi 0; fsub.s f10, f11, f12
	CHECK_F(212, f10, 0xffffffffbf800000)
	CHECK_FLAGS(213, 0x1)
	/* fsub.s 0xffffffffbf800000 0xffffffff33800000 rm=None frm=1 */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsrmi 1; fsub.s f10, f11, f12
	CHECK_F(214, f10, 0xffffffffbf800000)
	CHECK_FLAGS(215, 0x1)
	/* fsub.s 0xffffffffbf800000 0xffffffff33800000 rm=None frm=2 */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsrmi 2; fsub.s f10, f11, f12
	CHECK_F(216, f10, 0xffffffffbf800001)
	CHECK_FLAGS(217, 0x1)
	/* fsub.s 0xffffffffbf800000 0xffffffff33800000 rm=None frm=3 */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsrmi 3; fsub.s f10, f11, f12
	CHECK_F(218, f10, 0xffffffffbf800000)
	CHECK_FLAGS(219, 0x1)
	/* fsub.s 0xffffffffbf800000 0xffffffff33800000 rm=None frm=4 */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff33800000; fmv.d.x f12, t0; fsrmi 4; fsub.s f10, f11, f12
	CHECK_F(220, f10, 0xffffffffbf800001)
	CHECK_FLAGS(221, 0x1)
	/* fadd.d 0x3ff0000000000000 0x3ca0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ca0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(222, f10, 0x3ff0000000000000)
	CHECK_FLAGS(223, 0x1)
	/* fadd.d 0x3ff0000000000000 0x3ca0000000000000 rm=rtz frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ca0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(224, f10, 0x3ff0000000000000)
	CHECK_FLAGS(225, 0x1)
	/* fadd.d 0x3ff0000000000000 0x3ca0000000000000 rm=rdn frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ca0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(226, f10, 0x3ff0000000000000)
	CHECK_FLAGS(227, 0x1)
	/* fadd.d 0x3ff0000000000000 0x3ca0000000000000 rm=rup frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ca0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(228, f10, 0x3ff0000000000001)
	CHECK_FLAGS(229, 0x1)
	/* fadd.d 0x3ff0000000000000 0x3ca0000000000000 rm=rmm frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ca0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(230, f10, 0x3ff0000000000001)
	CHECK_FLAGS(231, 0x1)
	/* fadd.d 0x3ff0000000000000 0x3ca0000000000000 rm=None frm=0 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ca0000000000000; fmv.d.x f12, t0; fsrmi 0; fadd.d f10, f11, f12
	CHECK_F(232, f10, 0x3ff0000000000000)
	CHECK_FLAGS(233, 0x1)
	/* fadd.d 0x3ff0000000000000 0x3ca0000000000000 rm=None frm=1 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ca0000000000000; fmv.d.x f12, t0; fsrmi 1; fadd.d f10, f11, f12
	CHECK_F(234, f10, 0x3ff0000000000000)
	CHECK_FLAGS(235, 0x1)
	/* fadd.d 0x3ff0000000000000 0x3ca0000000000000 rm=None frm=2 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ca0000000000000; fmv.d.x f12, t0; fsrmi 2; fadd.d f10, f11, f12
	CHECK_F(236, f10, 0x3ff0000000000000)
	CHECK_FLAGS(237, 0x1)
	/* fadd.d 0x3ff0000000000000 0x3ca0000000000000 rm=None frm=3 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ca0000000000000; fmv.d.x f12, t0; fsrmi 3; fadd.d f10, f11, f12
	CHECK_F(238, f10, 0x3ff0000000000001)
	CHECK_FLAGS(239, 0x1)
	/* fadd.d 0x3ff0000000000000 0x3ca0000000000000 rm=None frm=4 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ca0000000000000; fmv.d.x f12, t0; fsrmi 4; fadd.d f10, f11, f12
	CHECK_F(240, f10, 0x3ff0000000000001)
	CHECK_FLAGS(241, 0x1)
	/* fadd.d 0xbff0000000000000 0xbca0000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbca0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rne
	CHECK_F(242, f10, 0xbff0000000000000)
	CHECK_FLAGS(243, 0x1)
	/* fadd.d 0xbff0000000000000 0xbca0000000000000 rm=rtz frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbca0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rtz
	CHECK_F(244, f10, 0xbff0000000000000)
	CHECK_FLAGS(245, 0x1)
	/* fadd.d 0xbff0000000000000 0xbca0000000000000 rm=rdn frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbca0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rdn
	CHECK_F(246, f10, 0xbff0000000000001)
	CHECK_FLAGS(247, 0x1)
	/* fadd.d 0xbff0000000000000 0xbca0000000000000 rm=rup frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbca0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rup
	CHECK_F(248, f10, 0xbff0000000000000)
	CHECK_FLAGS(249, 0x1)
	/* fadd.d 0xbff0000000000000 0xbca0000000000000 rm=rmm frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbca0000000000000; fmv.d.x f12, t0; fadd.d f10, f11, f12, rmm
	CHECK_F(250, f10, 0xbff0000000000001)
	CHECK_FLAGS(251, 0x1)
	/* fadd.d 0xbff0000000000000 0xbca0000000000000 rm=None frm=0 */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbca0000000000000; fmv.d.x f12, t0; fsrmi 0; fadd.d f10, f11, f12
	CHECK_F(252, f10, 0xbff0000000000000)
	CHECK_FLAGS(253, 0x1)
	/* fadd.d 0xbff0000000000000 0xbca0000000000000 rm=None frm=1 */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbca0000000000000; fmv.d.x f12, t0; fsrmi 1; fadd.d f10, f11, f12
	CHECK_F(254, f10, 0xbff0000000000000)
	CHECK_FLAGS(255, 0x1)
	/* fadd.d 0xbff0000000000000 0xbca0000000000000 rm=None frm=2 */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbca0000000000000; fmv.d.x f12, t0; fsrmi 2; fadd.d f10, f11, f12
	CHECK_F(1, f10, 0xbff0000000000001)
	CHECK_FLAGS(2, 0x1)
	/* fadd.d 0xbff0000000000000 0xbca0000000000000 rm=None frm=3 */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbca0000000000000; fmv.d.x f12, t0; fsrmi 3; fadd.d f10, f11, f12
	CHECK_F(3, f10, 0xbff0000000000000)
	CHECK_FLAGS(4, 0x1)
	/* fadd.d 0xbff0000000000000 0xbca0000000000000 rm=None frm=4 */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbca0000000000000; fmv.d.x f12, t0; fsrmi 4; fadd.d f10, f11, f12
	CHECK_F(5, f10, 0xbff0000000000001)
	CHECK_FLAGS(6, 0x1)
	/* fmul.s 0xffffffff7f7fffff 0xffffffff40000000 rm=rne frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff40000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(7, f10, 0xffffffff7f800000)
	CHECK_FLAGS(8, 0x5)
	/* fmul.s 0xffffffff7f7fffff 0xffffffff40000000 rm=rtz frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff40000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(9, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(10, 0x5)
	/* fmul.s 0xffffffff7f7fffff 0xffffffff40000000 rm=rdn frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff40000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(11, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(12, 0x5)
	/* fmul.s 0xffffffff7f7fffff 0xffffffff40000000 rm=rup frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff40000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(13, f10, 0xffffffff7f800000)
	CHECK_FLAGS(14, 0x5)
	/* fmul.s 0xffffffff7f7fffff 0xffffffff40000000 rm=rmm frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff40000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(15, f10, 0xffffffff7f800000)
	CHECK_FLAGS(16, 0x5)
	/* fmul.s 0xffffffff7f7fffff 0xffffffff40000000 rm=None frm=0 */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff40000000; fmv.d.x f12, t0; fsrmi 0; fmul.s f10, f11, f12
	CHECK_F(17, f10, 0xffffffff7f800000)
	CHECK_FLAGS(18, 0x5)
	/* fmul.s 0xffffffff7f7fffff 0xffffffff40000000 rm=None frm=1 */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff40000000; fmv.d.x f12, t0; fsrmi 1; fmul.s f10, f11, f12
	CHECK_F(19, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(20, 0x5)
	/* fmul.s 0xffffffff7f7fffff 0xffffffff40000000 rm=None frm=2 */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff40000000; fmv.d.x f12, t0; fsrmi 2; fmul.s f10, f11, f12
	CHECK_F(21, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(22, 0x5)
	/* fmul.s 0xffffffff7f7fffff 0xffffffff40000000 rm=None frm=3 */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff40000000; fmv.d.x f12, t0; fsrmi 3; fmul.s f10, f11, f12
	CHECK_F(23, f10, 0xffffffff7f800000)
	CHECK_FLAGS(24, 0x5)
	/* fmul.s 0xffffffff7f7fffff 0xffffffff40000000 rm=None frm=4 */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff40000000; fmv.d.x f12, t0; fsrmi 4; fmul.s f10, f11, f12
	CHECK_F(25, f10, 0xffffffff7f800000)
	CHECK_FLAGS(26, 0x5)
	/* fmul.d 0xffefffffffffffff 0x4000000000000000 rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(27, f10, 0xfff0000000000000)
	CHECK_FLAGS(28, 0x5)
	/* fmul.d 0xffefffffffffffff 0x4000000000000000 rm=rtz frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(29, f10, 0xffefffffffffffff)
	CHECK_FLAGS(30, 0x5)
	/* fmul.d 0xffefffffffffffff 0x4000000000000000 rm=rdn frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(31, f10, 0xfff0000000000000)
	CHECK_FLAGS(32, 0x5)
	/* fmul.d 0xffefffffffffffff 0x4000000000000000 rm=rup frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(33, f10, 0xffefffffffffffff)
	CHECK_FLAGS(34, 0x5)
	/* fmul.d 0xffefffffffffffff 0x4000000000000000 rm=rmm frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(35, f10, 0xfff0000000000000)
	CHECK_FLAGS(36, 0x5)
	/* fmul.d 0xffefffffffffffff 0x4000000000000000 rm=None frm=0 */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; fsrmi 0; fmul.d f10, f11, f12
	CHECK_F(37, f10, 0xfff0000000000000)
	CHECK_FLAGS(38, 0x5)
	/* fmul.d 0xffefffffffffffff 0x4000000000000000 rm=None frm=1 */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; fsrmi 1; fmul.d f10, f11, f12
	CHECK_F(39, f10, 0xffefffffffffffff)
	CHECK_FLAGS(40, 0x5)
	/* fmul.d 0xffefffffffffffff 0x4000000000000000 rm=None frm=2 */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; fsrmi 2; fmul.d f10, f11, f12
	CHECK_F(41, f10, 0xfff0000000000000)
	CHECK_FLAGS(42, 0x5)
	/* fmul.d 0xffefffffffffffff 0x4000000000000000 rm=None frm=3 */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; fsrmi 3; fmul.d f10, f11, f12
	CHECK_F(43, f10, 0xffefffffffffffff)
	CHECK_FLAGS(44, 0x5)
	/* fmul.d 0xffefffffffffffff 0x4000000000000000 rm=None frm=4 */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x4000000000000000; fmv.d.x f12, t0; fsrmi 4; fmul.d f10, f11, f12
	CHECK_F(45, f10, 0xfff0000000000000)
	CHECK_FLAGS(46, 0x5)
	/* fmul.s 0xffffffff00800000 0xffffffff3f7fffff rm=rne frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(47, f10, 0xffffffff00800000)
	CHECK_FLAGS(48, 0x3)
	/* fmul.s 0xffffffff00800000 0xffffffff3f7fffff rm=rtz frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(49, f10, 0xffffffff007fffff)
	CHECK_FLAGS(50, 0x3)
	/* fmul.s 0xffffffff00800000 0xffffffff3f7fffff rm=rdn frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(51, f10, 0xffffffff007fffff)
	CHECK_FLAGS(52, 0x3)
	/* fmul.s 0xffffffff00800000 0xffffffff3f7fffff rm=rup frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(53, f10, 0xffffffff00800000)
	CHECK_FLAGS(54, 0x3)
	/* fmul.s 0xffffffff00800000 0xffffffff3f7fffff rm=rmm frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(55, f10, 0xffffffff00800000)
	CHECK_FLAGS(56, 0x3)
	/* fmul.s 0xffffffff00800000 0xffffffff3f7fffff rm=None frm=0 */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; fsrmi 0; fmul.s f10, f11, f12
	CHECK_F(57, f10, 0xffffffff00800000)
	CHECK_FLAGS(58, 0x3)
	/* fmul.s 0xffffffff00800000 0xffffffff3f7fffff rm=None frm=1 */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; fsrmi 1; fmul.s f10, f11, f12
	CHECK_F(59, f10, 0xffffffff007fffff)
	CHECK_FLAGS(60, 0x3)
	/* fmul.s 0xffffffff00800000 0xffffffff3f7fffff rm=None frm=2 */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; fsrmi 2; fmul.s f10, f11, f12
	CHECK_F(61, f10, 0xffffffff007fffff)
	CHECK_FLAGS(62, 0x3)
	/* fmul.s 0xffffffff00800000 0xffffffff3f7fffff rm=None frm=3 */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; fsrmi 3; fmul.s f10, f11, f12
	CHECK_F(63, f10, 0xffffffff00800000)
	CHECK_FLAGS(64, 0x3)
	/* fmul.s 0xffffffff00800000 0xffffffff3f7fffff rm=None frm=4 */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f7fffff; fmv.d.x f12, t0; fsrmi 4; fmul.s f10, f11, f12
	CHECK_F(65, f10, 0xffffffff00800000)
	CHECK_FLAGS(66, 0x3)
	/* fmul.s 0xffffffff00000001 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(67, f10, 0xffffffff00000000)
	CHECK_FLAGS(68, 0x3)
	/* fmul.s 0xffffffff00000001 0xffffffff3f000000 rm=rtz frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(69, f10, 0xffffffff00000000)
	CHECK_FLAGS(70, 0x3)
	/* fmul.s 0xffffffff00000001 0xffffffff3f000000 rm=rdn frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(71, f10, 0xffffffff00000000)
	CHECK_FLAGS(72, 0x3)
	/* fmul.s 0xffffffff00000001 0xffffffff3f000000 rm=rup frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(73, f10, 0xffffffff00000001)
	CHECK_FLAGS(74, 0x3)
	/* fmul.s 0xffffffff00000001 0xffffffff3f000000 rm=rmm frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(75, f10, 0xffffffff00000001)
	CHECK_FLAGS(76, 0x3)
	/* fmul.s 0xffffffff00000001 0xffffffff3f000000 rm=None frm=0 */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fsrmi 0; fmul.s f10, f11, f12
	CHECK_F(77, f10, 0xffffffff00000000)
	CHECK_FLAGS(78, 0x3)
	/* fmul.s 0xffffffff00000001 0xffffffff3f000000 rm=None frm=1 */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fsrmi 1; fmul.s f10, f11, f12
	CHECK_F(79, f10, 0xffffffff00000000)
	CHECK_FLAGS(80, 0x3)
	/* fmul.s 0xffffffff00000001 0xffffffff3f000000 rm=None frm=2 */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fsrmi 2; fmul.s f10, f11, f12
	CHECK_F(81, f10, 0xffffffff00000000)
	CHECK_FLAGS(82, 0x3)
	/* fmul.s 0xffffffff00000001 0xffffffff3f000000 rm=None frm=3 */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fsrmi 3; fmul.s f10, f11, f12
	CHECK_F(83, f10, 0xffffffff00000001)
	CHECK_FLAGS(84, 0x3)
	/* fmul.s 0xffffffff00000001 0xffffffff3f000000 rm=None frm=4 */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fsrmi 4; fmul.s f10, f11, f12
	CHECK_F(85, f10, 0xffffffff00000001)
	CHECK_FLAGS(86, 0x3)
	/* fmul.s 0xffffffff80000003 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffff80000003; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rne
	CHECK_F(87, f10, 0xffffffff80000002)
	CHECK_FLAGS(88, 0x3)
	/* fmul.s 0xffffffff80000003 0xffffffff3f000000 rm=rtz frm=None */
	li t0, 0xffffffff80000003; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rtz
	CHECK_F(89, f10, 0xffffffff80000001)
	CHECK_FLAGS(90, 0x3)
	/* fmul.s 0xffffffff80000003 0xffffffff3f000000 rm=rdn frm=None */
	li t0, 0xffffffff80000003; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rdn
	CHECK_F(91, f10, 0xffffffff80000002)
	CHECK_FLAGS(92, 0x3)
	/* fmul.s 0xffffffff80000003 0xffffffff3f000000 rm=rup frm=None */
	li t0, 0xffffffff80000003; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rup
	CHECK_F(93, f10, 0xffffffff80000001)
	CHECK_FLAGS(94, 0x3)
	/* fmul.s 0xffffffff80000003 0xffffffff3f000000 rm=rmm frm=None */
	li t0, 0xffffffff80000003; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fmul.s f10, f11, f12, rmm
	CHECK_F(95, f10, 0xffffffff80000002)
	CHECK_FLAGS(96, 0x3)
	/* fmul.s 0xffffffff80000003 0xffffffff3f000000 rm=None frm=0 */
	li t0, 0xffffffff80000003; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fsrmi 0; fmul.s f10, f11, f12
	CHECK_F(97, f10, 0xffffffff80000002)
	CHECK_FLAGS(98, 0x3)
	/* fmul.s 0xffffffff80000003 0xffffffff3f000000 rm=None frm=1 */
	li t0, 0xffffffff80000003; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fsrmi 1; fmul.s f10, f11, f12
	CHECK_F(99, f10, 0xffffffff80000001)
	CHECK_FLAGS(100, 0x3)
	/* fmul.s 0xffffffff80000003 0xffffffff3f000000 rm=None frm=2 */
	li t0, 0xffffffff80000003; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fsrmi 2; fmul.s f10, f11, f12
	CHECK_F(101, f10, 0xffffffff80000002)
	CHECK_FLAGS(102, 0x3)
	/* fmul.s 0xffffffff80000003 0xffffffff3f000000 rm=None frm=3 */
	li t0, 0xffffffff80000003; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fsrmi 3; fmul.s f10, f11, f12
	CHECK_F(103, f10, 0xffffffff80000001)
	CHECK_FLAGS(104, 0x3)
	/* fmul.s 0xffffffff80000003 0xffffffff3f000000 rm=None frm=4 */
	li t0, 0xffffffff80000003; fmv.d.x f11, t0; li t0, 0xffffffff3f000000; fmv.d.x f12, t0; fsrmi 4; fmul.s f10, f11, f12
	CHECK_F(105, f10, 0xffffffff80000002)
	CHECK_FLAGS(106, 0x3)
	/* fmul.d 0x8000000000000001 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(107, f10, 0x8000000000000000)
	CHECK_FLAGS(108, 0x3)
	/* fmul.d 0x8000000000000001 0x3fe0000000000000 rm=rtz frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(109, f10, 0x8000000000000000)
	CHECK_FLAGS(110, 0x3)
	/* fmul.d 0x8000000000000001 0x3fe0000000000000 rm=rdn frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(111, f10, 0x8000000000000001)
	CHECK_FLAGS(112, 0x3)
	/* fmul.d 0x8000000000000001 0x3fe0000000000000 rm=rup frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(113, f10, 0x8000000000000000)
	CHECK_FLAGS(114, 0x3)
	/* fmul.d 0x8000000000000001 0x3fe0000000000000 rm=rmm frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(115, f10, 0x8000000000000001)
	CHECK_FLAGS(116, 0x3)
	/* fmul.d 0x8000000000000001 0x3fe0000000000000 rm=None frm=0 */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; fsrmi 0; fmul.d f10, f11, f12
	CHECK_F(117, f10, 0x8000000000000000)
	CHECK_FLAGS(118, 0x3)
	/* fmul.d 0x8000000000000001 0x3fe0000000000000 rm=None frm=1 */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; fsrmi 1; fmul.d f10, f11, f12
	CHECK_F(119, f10, 0x8000000000000000)
	CHECK_FLAGS(120, 0x3)
	/* fmul.d 0x8000000000000001 0x3fe0000000000000 rm=None frm=2 */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; fsrmi 2; fmul.d f10, f11, f12
	CHECK_F(121, f10, 0x8000000000000001)
	CHECK_FLAGS(122, 0x3)
	/* fmul.d 0x8000000000000001 0x3fe0000000000000 rm=None frm=3 */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; fsrmi 3; fmul.d f10, f11, f12
	CHECK_F(123, f10, 0x8000000000000000)
	CHECK_FLAGS(124, 0x3)
	/* fmul.d 0x8000000000000001 0x3fe0000000000000 rm=None frm=4 */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3fe0000000000000; fmv.d.x f12, t0; fsrmi 4; fmul.d f10, f11, f12
	CHECK_F(125, f10, 0x8000000000000001)
	CHECK_FLAGS(126, 0x3)
	/* fmul.d 0x10000000000000 0x3fefffffffffffff rm=rne frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; li t0, 0x3fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rne
	CHECK_F(127, f10, 0x10000000000000)
	CHECK_FLAGS(128, 0x3)
	/* fmul.d 0x10000000000000 0x3fefffffffffffff rm=rtz frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; li t0, 0x3fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rtz
	CHECK_F(129, f10, 0xfffffffffffff)
	CHECK_FLAGS(130, 0x3)
	/* fmul.d 0x10000000000000 0x3fefffffffffffff rm=rdn frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; li t0, 0x3fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rdn
	CHECK_F(131, f10, 0xfffffffffffff)
	CHECK_FLAGS(132, 0x3)
	/* fmul.d 0x10000000000000 0x3fefffffffffffff rm=rup frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; li t0, 0x3fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rup
	CHECK_F(133, f10, 0x10000000000000)
	CHECK_FLAGS(134, 0x3)
	/* fmul.d 0x10000000000000 0x3fefffffffffffff rm=rmm frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; li t0, 0x3fefffffffffffff; fmv.d.x f12, t0; fmul.d f10, f11, f12, rmm
	CHECK_F(135, f10, 0x10000000000000)
	CHECK_FLAGS(136, 0x3)
	/* fmul.d 0x10000000000000 0x3fefffffffffffff rm=None frm=0 */
	li t0, 0x10000000000000; fmv.d.x f11, t0; li t0, 0x3fefffffffffffff; fmv.d.x f12, t0; fsrmi 0; fmul.d f10, f11, f12
	CHECK_F(137, f10, 0x10000000000000)
	CHECK_FLAGS(138, 0x3)
	/* fmul.d 0x10000000000000 0x3fefffffffffffff rm=None frm=1 */
	li t0, 0x10000000000000; fmv.d.x f11, t0; li t0, 0x3fefffffffffffff; fmv.d.x f12, t0; fsrmi 1; fmul.d f10, f11, f12
	CHECK_F(139, f10, 0xfffffffffffff)
	CHECK_FLAGS(140, 0x3)
	/* fmul.d 0x10000000000000 0x3fefffffffffffff rm=None frm=2 */
	li t0, 0x10000000000000; fmv.d.x f11, t0; li t0, 0x3fefffffffffffff; fmv.d.x f12, t0; fsrmi 2; fmul.d f10, f11, f12
	CHECK_F(141, f10, 0xfffffffffffff)
	CHECK_FLAGS(142, 0x3)
	/* fmul.d 0x10000000000000 0x3fefffffffffffff rm=None frm=3 */
	li t0, 0x10000000000000; fmv.d.x f11, t0; li t0, 0x3fefffffffffffff; fmv.d.x f12, t0; fsrmi 3; fmul.d f10, f11, f12
	CHECK_F(143, f10, 0x10000000000000)
	CHECK_FLAGS(144, 0x3)
	/* fmul.d 0x10000000000000 0x3fefffffffffffff rm=None frm=4 */
	li t0, 0x10000000000000; fmv.d.x f11, t0; li t0, 0x3fefffffffffffff; fmv.d.x f12, t0; fsrmi 4; fmul.d f10, f11, f12
	CHECK_F(145, f10, 0x10000000000000)
	CHECK_FLAGS(146, 0x3)
	/* fdiv.s 0xffffffff00800000 0xffffffff3f800001 rm=rne frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(147, f10, 0xffffffff007fffff)
	CHECK_FLAGS(148, 0x3)
	/* fdiv.s 0xffffffff00800000 0xffffffff3f800001 rm=rtz frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(149, f10, 0xffffffff007fffff)
	CHECK_FLAGS(150, 0x3)
	/* fdiv.s 0xffffffff00800000 0xffffffff3f800001 rm=rdn frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(151, f10, 0xffffffff007fffff)
	CHECK_FLAGS(152, 0x3)
	/* fdiv.s 0xffffffff00800000 0xffffffff3f800001 rm=rup frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(153, f10, 0xffffffff00800000)
	CHECK_FLAGS(154, 0x3)
	/* fdiv.s 0xffffffff00800000 0xffffffff3f800001 rm=rmm frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(155, f10, 0xffffffff007fffff)
	CHECK_FLAGS(156, 0x3)
	/* fdiv.s 0xffffffff00800000 0xffffffff3f800001 rm=None frm=0 */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; fsrmi 0; fdiv.s f10, f11, f12
	CHECK_F(157, f10, 0xffffffff007fffff)
	CHECK_FLAGS(158, 0x3)
	/* fdiv.s 0xffffffff00800000 0xffffffff3f800001 rm=None frm=1 */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; fsrmi 1; fdiv.s f10, f11, f12
	CHECK_F(159, f10, 0xffffffff007fffff)
	CHECK_FLAGS(160, 0x3)
	/* fdiv.s 0xffffffff00800000 0xffffffff3f800001 rm=None frm=2 */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; fsrmi 2; fdiv.s f10, f11, f12
	CHECK_F(161, f10, 0xffffffff007fffff)
	CHECK_FLAGS(162, 0x3)
	/* fdiv.s 0xffffffff00800000 0xffffffff3f800001 rm=None frm=3 */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; fsrmi 3; fdiv.s f10, f11, f12
	CHECK_F(163, f10, 0xffffffff00800000)
	CHECK_FLAGS(164, 0x3)
	/* fdiv.s 0xffffffff00800000 0xffffffff3f800001 rm=None frm=4 */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800001; fmv.d.x f12, t0; fsrmi 4; fdiv.s f10, f11, f12
	CHECK_F(165, f10, 0xffffffff007fffff)
	CHECK_FLAGS(166, 0x3)
	/* fdiv.d 0x3ff0000000000000 0x4008000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x4008000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(167, f10, 0x3fd5555555555555)
	CHECK_FLAGS(168, 0x1)
	/* fdiv.d 0x3ff0000000000000 0x4008000000000000 rm=rtz frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x4008000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(169, f10, 0x3fd5555555555555)
	CHECK_FLAGS(170, 0x1)
	/* fdiv.d 0x3ff0000000000000 0x4008000000000000 rm=rdn frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x4008000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(171, f10, 0x3fd5555555555555)
	CHECK_FLAGS(172, 0x1)
	/* fdiv.d 0x3ff0000000000000 0x4008000000000000 rm=rup frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x4008000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(173, f10, 0x3fd5555555555556)
	CHECK_FLAGS(174, 0x1)
	/* fdiv.d 0x3ff0000000000000 0x4008000000000000 rm=rmm frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x4008000000000000; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(175, f10, 0x3fd5555555555555)
	CHECK_FLAGS(176, 0x1)
	/* fdiv.d 0x3ff0000000000000 0x4008000000000000 rm=None frm=0 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x4008000000000000; fmv.d.x f12, t0; fsrmi 0; fdiv.d f10, f11, f12
	CHECK_F(177, f10, 0x3fd5555555555555)
	CHECK_FLAGS(178, 0x1)
	/* fdiv.d 0x3ff0000000000000 0x4008000000000000 rm=None frm=1 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x4008000000000000; fmv.d.x f12, t0; fsrmi 1; fdiv.d f10, f11, f12
	CHECK_F(179, f10, 0x3fd5555555555555)
	CHECK_FLAGS(180, 0x1)
	/* fdiv.d 0x3ff0000000000000 0x4008000000000000 rm=None frm=2 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x4008000000000000; fmv.d.x f12, t0; fsrmi 2; fdiv.d f10, f11, f12
	CHECK_F(181, f10, 0x3fd5555555555555)
	CHECK_FLAGS(182, 0x1)
	/* fdiv.d 0x3ff0000000000000 0x4008000000000000 rm=None frm=3 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x4008000000000000; fmv.d.x f12, t0; fsrmi 3; fdiv.d f10, f11, f12
	CHECK_F(183, f10, 0x3fd5555555555556)
	CHECK_FLAGS(184, 0x1)
	/* fdiv.d 0x3ff0000000000000 0x4008000000000000 rm=None frm=4 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x4008000000000000; fmv.d.x f12, t0; fsrmi 4; fdiv.d f10, f11, f12
	CHECK_F(185, f10, 0x3fd5555555555555)
	CHECK_FLAGS(186, 0x1)
	/* fsub.d 0x3ff0000000000000 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rne
	CHECK_F(187, f10, 0x0)
	CHECK_FLAGS(188, 0x0)
	/* fsub.d 0x3ff0000000000000 0x3ff0000000000000 rm=rtz frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rtz
	CHECK_F(189, f10, 0x0)
	CHECK_FLAGS(190, 0x0)
	/* fsub.d 0x3ff0000000000000 0x3ff0000000000000 rm=rdn frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rdn
	CHECK_F(191, f10, 0x8000000000000000)
	CHECK_FLAGS(192, 0x0)
	/* fsub.d 0x3ff0000000000000 0x3ff0000000000000 rm=rup frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rup
	CHECK_F(193, f10, 0x0)
	CHECK_FLAGS(194, 0x0)
	/* fsub.d 0x3ff0000000000000 0x3ff0000000000000 rm=rmm frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsub.d f10, f11, f12, rmm
	CHECK_F(195, f10, 0x0)
	CHECK_FLAGS(196, 0x0)
	/* fsub.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=0 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsrmi 0; fsub.d f10, f11, f12
	CHECK_F(197, f10, 0x0)
	CHECK_FLAGS(198, 0x0)
	/* fsub.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=1 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsrmi 1; fsub.d f10, f11, f12
	CHECK_F(199, f10, 0x0)
	CHECK_FLAGS(200, 0x0)
	/* fsub.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=2 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsrmi 2; fsub.d f10, f11, f12
	CHECK_F(201, f10, 0x8000000000000000)
	CHECK_FLAGS(202, 0x0)
	/* fsub.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=3 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsrmi 3; fsub.d f10, f11, f12
	CHECK_F(203, f10, 0x0)
	CHECK_FLAGS(204, 0x0)
	/* fsub.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=4 */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsrmi 4; fsub.d f10, f11, f12
	CHECK_F(205, f10, 0x0)
	CHECK_FLAGS(206, 0x0)
	/* fdiv.s 0xffffffff3f800000 0xffffffff00000000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rne
	CHECK_F(207, f10, 0xffffffff7f800000)
	CHECK_FLAGS(208, 0x8)
	/* fdiv.s 0xffffffff3f800000 0xffffffff00000000 rm=rtz frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rtz
	CHECK_F(209, f10, 0xffffffff7f800000)
	CHECK_FLAGS(210, 0x8)
	/* fdiv.s 0xffffffff3f800000 0xffffffff00000000 rm=rdn frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rdn
	CHECK_F(211, f10, 0xffffffff7f800000)
	CHECK_FLAGS(212, 0x8)
	/* fdiv.s 0xffffffff3f800000 0xffffffff00000000 rm=rup frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rup
	CHECK_F(213, f10, 0xffffffff7f800000)
	CHECK_FLAGS(214, 0x8)
	/* fdiv.s 0xffffffff3f800000 0xffffffff00000000 rm=rmm frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fdiv.s f10, f11, f12, rmm
	CHECK_F(215, f10, 0xffffffff7f800000)
	CHECK_FLAGS(216, 0x8)
	/* fdiv.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=0 */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsrmi 0; fdiv.s f10, f11, f12
	CHECK_F(217, f10, 0xffffffff7f800000)
	CHECK_FLAGS(218, 0x8)
	/* fdiv.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=1 */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsrmi 1; fdiv.s f10, f11, f12
	CHECK_F(219, f10, 0xffffffff7f800000)
	CHECK_FLAGS(220, 0x8)
	/* fdiv.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=2 */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsrmi 2; fdiv.s f10, f11, f12
	CHECK_F(221, f10, 0xffffffff7f800000)
	CHECK_FLAGS(222, 0x8)
	/* fdiv.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=3 */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsrmi 3; fdiv.s f10, f11, f12
	CHECK_F(223, f10, 0xffffffff7f800000)
	CHECK_FLAGS(224, 0x8)
	/* fdiv.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=4 */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsrmi 4; fdiv.s f10, f11, f12
	CHECK_F(225, f10, 0xffffffff7f800000)
	CHECK_FLAGS(226, 0x8)
	/* fdiv.d 0x8000000000000000 0x0 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rne
	CHECK_F(227, f10, 0x7ff8000000000000)
	CHECK_FLAGS(228, 0x10)
	/* fdiv.d 0x8000000000000000 0x0 rm=rtz frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rtz
	CHECK_F(229, f10, 0x7ff8000000000000)
	CHECK_FLAGS(230, 0x10)
	/* fdiv.d 0x8000000000000000 0x0 rm=rdn frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rdn
	CHECK_F(231, f10, 0x7ff8000000000000)
	CHECK_FLAGS(232, 0x10)
	/* fdiv.d 0x8000000000000000 0x0 rm=rup frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rup
	CHECK_F(233, f10, 0x7ff8000000000000)
	CHECK_FLAGS(234, 0x10)
	/* fdiv.d 0x8000000000000000 0x0 rm=rmm frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fdiv.d f10, f11, f12, rmm
	CHECK_F(235, f10, 0x7ff8000000000000)
	CHECK_FLAGS(236, 0x10)
	/* fdiv.d 0x8000000000000000 0x0 rm=None frm=0 */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsrmi 0; fdiv.d f10, f11, f12
	CHECK_F(237, f10, 0x7ff8000000000000)
	CHECK_FLAGS(238, 0x10)
	/* fdiv.d 0x8000000000000000 0x0 rm=None frm=1 */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsrmi 1; fdiv.d f10, f11, f12
	CHECK_F(239, f10, 0x7ff8000000000000)
	CHECK_FLAGS(240, 0x10)
	/* fdiv.d 0x8000000000000000 0x0 rm=None frm=2 */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsrmi 2; fdiv.d f10, f11, f12
	CHECK_F(241, f10, 0x7ff8000000000000)
	CHECK_FLAGS(242, 0x10)
	/* fdiv.d 0x8000000000000000 0x0 rm=None frm=3 */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsrmi 3; fdiv.d f10, f11, f12
	CHECK_F(243, f10, 0x7ff8000000000000)
	CHECK_FLAGS(244, 0x10)
	/* fdiv.d 0x8000000000000000 0x0 rm=None frm=4 */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsrmi 4; fdiv.d f10, f11, f12
	CHECK_F(245, f10, 0x7ff8000000000000)
	CHECK_FLAGS(246, 0x10)
	/* fsqrt.s 0xffffffff40000000 rm=rne frm=None */
	li t0, 0xffffffff40000000; fmv.d.x f11, t0; fsqrt.s f10, f11, rne
	CHECK_F(247, f10, 0xffffffff3fb504f3)
	CHECK_FLAGS(248, 0x1)
	/* fsqrt.s 0xffffffff40000000 rm=rtz frm=None */
	li t0, 0xffffffff40000000; fmv.d.x f11, t0; fsqrt.s f10, f11, rtz
	CHECK_F(249, f10, 0xffffffff3fb504f3)
	CHECK_FLAGS(250, 0x1)
	/* fsqrt.s 0xffffffff40000000 rm=rdn frm=None */
	li t0, 0xffffffff40000000; fmv.d.x f11, t0; fsqrt.s f10, f11, rdn
	CHECK_F(251, f10, 0xffffffff3fb504f3)
	CHECK_FLAGS(252, 0x1)
	/* fsqrt.s 0xffffffff40000000 rm=rup frm=None */
	li t0, 0xffffffff40000000; fmv.d.x f11, t0; fsqrt.s f10, f11, rup
	CHECK_F(253, f10, 0xffffffff3fb504f4)
	CHECK_FLAGS(254, 0x1)
	/* fsqrt.s 0xffffffff40000000 rm=rmm frm=None */
	li t0, 0xffffffff40000000; fmv.d.x f11, t0; fsqrt.s f10, f11, rmm
	CHECK_F(255, f10, 0xffffffff3fb504f3)
	CHECK_FLAGS(1, 0x1)
	/* fsqrt.s 0xffffffff40000000 rm=None frm=0 */
	li t0, 0xffffffff40000000; fmv.d.x f11, t0; fsrmi 0; fsqrt.s f10, f11
	CHECK_F(2, f10, 0xffffffff3fb504f3)
	CHECK_FLAGS(3, 0x1)
	/* fsqrt.s 0xffffffff40000000 rm=None frm=1 */
	li t0, 0xffffffff40000000; fmv.d.x f11, t0; fsrmi 1; fsqrt.s f10, f11
	CHECK_F(4, f10, 0xffffffff3fb504f3)
	CHECK_FLAGS(5, 0x1)
	/* fsqrt.s 0xffffffff40000000 rm=None frm=2 */
	li t0, 0xffffffff40000000; fmv.d.x f11, t0; fsrmi 2; fsqrt.s f10, f11
	CHECK_F(6, f10, 0xffffffff3fb504f3)
	CHECK_FLAGS(7, 0x1)
	/* fsqrt.s 0xffffffff40000000 rm=None frm=3 */
	li t0, 0xffffffff40000000; fmv.d.x f11, t0; fsrmi 3; fsqrt.s f10, f11
	CHECK_F(8, f10, 0xffffffff3fb504f4)
	CHECK_FLAGS(9, 0x1)
	/* fsqrt.s 0xffffffff40000000 rm=None frm=4 */
	li t0, 0xffffffff40000000; fmv.d.x f11, t0; fsrmi 4; fsqrt.s f10, f11
	CHECK_F(10, f10, 0xffffffff3fb504f3)
	CHECK_FLAGS(11, 0x1)
	/* fsqrt.d 0x4000000000000000 rm=rne frm=None */
	li t0, 0x4000000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(12, f10, 0x3ff6a09e667f3bcd)
	CHECK_FLAGS(13, 0x1)
	/* fsqrt.d 0x4000000000000000 rm=rtz frm=None */
	li t0, 0x4000000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rtz
	CHECK_F(14, f10, 0x3ff6a09e667f3bcc)
	CHECK_FLAGS(15, 0x1)
	/* fsqrt.d 0x4000000000000000 rm=rdn frm=None */
	li t0, 0x4000000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rdn
	CHECK_F(16, f10, 0x3ff6a09e667f3bcc)
	CHECK_FLAGS(17, 0x1)
	/* fsqrt.d 0x4000000000000000 rm=rup frm=None */
	li t0, 0x4000000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rup
	CHECK_F(18, f10, 0x3ff6a09e667f3bcd)
	CHECK_FLAGS(19, 0x1)
	/* fsqrt.d 0x4000000000000000 rm=rmm frm=None */
	li t0, 0x4000000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rmm
	CHECK_F(20, f10, 0x3ff6a09e667f3bcd)
	CHECK_FLAGS(21, 0x1)
	/* fsqrt.d 0x4000000000000000 rm=None frm=0 */
	li t0, 0x4000000000000000; fmv.d.x f11, t0; fsrmi 0; fsqrt.d f10, f11
	CHECK_F(22, f10, 0x3ff6a09e667f3bcd)
	CHECK_FLAGS(23, 0x1)
	/* fsqrt.d 0x4000000000000000 rm=None frm=1 */
	li t0, 0x4000000000000000; fmv.d.x f11, t0; fsrmi 1; fsqrt.d f10, f11
	CHECK_F(24, f10, 0x3ff6a09e667f3bcc)
	CHECK_FLAGS(25, 0x1)
	/* fsqrt.d 0x4000000000000000 rm=None frm=2 */
	li t0, 0x4000000000000000; fmv.d.x f11, t0; fsrmi 2; fsqrt.d f10, f11
	CHECK_F(26, f10, 0x3ff6a09e667f3bcc)
	CHECK_FLAGS(27, 0x1)
	/* fsqrt.d 0x4000000000000000 rm=None frm=3 */
	li t0, 0x4000000000000000; fmv.d.x f11, t0; fsrmi 3; fsqrt.d f10, f11
	CHECK_F(28, f10, 0x3ff6a09e667f3bcd)
	CHECK_FLAGS(29, 0x1)
	/* fsqrt.d 0x4000000000000000 rm=None frm=4 */
	li t0, 0x4000000000000000; fmv.d.x f11, t0; fsrmi 4; fsqrt.d f10, f11
	CHECK_F(30, f10, 0x3ff6a09e667f3bcd)
	CHECK_FLAGS(31, 0x1)
	/* fsqrt.d 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rne
	CHECK_F(32, f10, 0x7ff8000000000000)
	CHECK_FLAGS(33, 0x10)
	/* fsqrt.d 0xbff0000000000000 rm=rtz frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rtz
	CHECK_F(34, f10, 0x7ff8000000000000)
	CHECK_FLAGS(35, 0x10)
	/* fsqrt.d 0xbff0000000000000 rm=rdn frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rdn
	CHECK_F(36, f10, 0x7ff8000000000000)
	CHECK_FLAGS(37, 0x10)
	/* fsqrt.d 0xbff0000000000000 rm=rup frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rup
	CHECK_F(38, f10, 0x7ff8000000000000)
	CHECK_FLAGS(39, 0x10)
	/* fsqrt.d 0xbff0000000000000 rm=rmm frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fsqrt.d f10, f11, rmm
	CHECK_F(40, f10, 0x7ff8000000000000)
	CHECK_FLAGS(41, 0x10)
	/* fsqrt.d 0xbff0000000000000 rm=None frm=0 */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fsrmi 0; fsqrt.d f10, f11
	CHECK_F(42, f10, 0x7ff8000000000000)
	CHECK_FLAGS(43, 0x10)
	/* fsqrt.d 0xbff0000000000000 rm=None frm=1 */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fsrmi 1; fsqrt.d f10, f11
	CHECK_F(44, f10, 0x7ff8000000000000)
	CHECK_FLAGS(45, 0x10)
	/* fsqrt.d 0xbff0000000000000 rm=None frm=2 */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fsrmi 2; fsqrt.d f10, f11
	CHECK_F(46, f10, 0x7ff8000000000000)
	CHECK_FLAGS(47, 0x10)
	/* fsqrt.d 0xbff0000000000000 rm=None frm=3 */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fsrmi 3; fsqrt.d f10, f11
	CHECK_F(48, f10, 0x7ff8000000000000)
	CHECK_FLAGS(49, 0x10)
	/* fsqrt.d 0xbff0000000000000 rm=None frm=4 */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fsrmi 4; fsqrt.d f10, f11
	CHECK_F(50, f10, 0x7ff8000000000000)
	CHECK_FLAGS(51, 0x10)
TEST_END
