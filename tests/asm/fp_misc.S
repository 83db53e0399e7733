/* F and D non-arithmetic: fmin/fmax (NaN and signed zero rules), sign injection,
 * feq/flt/fle (quiet vs signaling), fclass of every class, fmv and NaN boxing.
 * Generated at test-writing time: every case ran under qemu-riscv64 7.2 (softfloat, the
 * reference), whose result bits and fflags are the expected values; the edge values
 * follow the F/D chapters of the unprivileged spec (NaN boxing, canonical NaN, fcvt
 * saturation, tininess after rounding, every rounding mode static and through frm).
 * Each case has two checks (result, then flags). Exit statuses hold 8 bits, so check
 * numbers wrap from 255 to 1: a failing status s is check s, s+255, s+510... */
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
	CHECK_FLAGS(1, 0x0)
	/* fmax.s 0xffffffff80000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(2, f10, 0xffffffff00000000)
	CHECK_FLAGS(3, 0x0)
	/* fmax.s 0xffffffff80000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(4, f10, 0xffffffff3f800000)
	CHECK_FLAGS(5, 0x0)
	/* fmax.s 0xffffffff80000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(6, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(7, 0x0)
	/* fmax.s 0xffffffff80000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(8, f10, 0xffffffff00000001)
	CHECK_FLAGS(9, 0x0)
	/* fmax.s 0xffffffff80000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(10, f10, 0xffffffff7f800000)
	CHECK_FLAGS(11, 0x0)
	/* fmax.s 0xffffffff80000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(12, f10, 0xffffffff80000000)
	CHECK_FLAGS(13, 0x0)
	/* fmax.s 0xffffffff80000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(14, f10, 0xffffffff80000000)
	CHECK_FLAGS(15, 0x0)
	/* fmax.s 0xffffffff80000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(16, f10, 0xffffffff80000000)
	CHECK_FLAGS(17, 0x0)
	/* fmax.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(18, f10, 0xffffffff3f800000)
	CHECK_FLAGS(19, 0x0)
	/* fmax.s 0xffffffff3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(20, f10, 0xffffffff3f800000)
	CHECK_FLAGS(21, 0x0)
	/* fmax.s 0xffffffff3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(22, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(23, 0x0)
	/* fmax.s 0xffffffff3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(24, f10, 0xffffffff3f800000)
	CHECK_FLAGS(25, 0x0)
	/* fmax.s 0xffffffff3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(26, f10, 0xffffffff7f800000)
	CHECK_FLAGS(27, 0x0)
	/* fmax.s 0xffffffff3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(28, f10, 0xffffffff3f800000)
	CHECK_FLAGS(29, 0x0)
	/* fmax.s 0xffffffff3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(30, f10, 0xffffffff3f800000)
	CHECK_FLAGS(31, 0x0)
	/* fmax.s 0xffffffff3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(32, f10, 0xffffffff3f800000)
	CHECK_FLAGS(33, 0x0)
	/* fmax.s 0xffffffffbf800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(34, f10, 0xffffffff00000000)
	CHECK_FLAGS(35, 0x0)
	/* fmax.s 0xffffffffbf800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(36, f10, 0xffffffff3f800000)
	CHECK_FLAGS(37, 0x0)
	/* fmax.s 0xffffffffbf800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(38, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(39, 0x0)
	/* fmax.s 0xffffffffbf800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(40, f10, 0xffffffff00000001)
	CHECK_FLAGS(41, 0x0)
	/* fmax.s 0xffffffffbf800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(42, f10, 0xffffffff7f800000)
	CHECK_FLAGS(43, 0x0)
	/* fmax.s 0xffffffffbf800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(44, f10, 0xffffffffbf800000)
	CHECK_FLAGS(45, 0x0)
	/* fmax.s 0xffffffffbf800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(46, f10, 0xffffffffbf800000)
	CHECK_FLAGS(47, 0x0)
	/* fmax.s 0xffffffffbf800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(48, f10, 0xffffffffbf800000)
	CHECK_FLAGS(49, 0x0)
	/* fmax.s 0xffffffff7f7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(50, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(51, 0x0)
	/* fmax.s 0xffffffff7f7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(52, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(53, 0x0)
	/* fmax.s 0xffffffff7f7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(54, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(55, 0x0)
	/* fmax.s 0xffffffff7f7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(56, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(57, 0x0)
	/* fmax.s 0xffffffff7f7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(58, f10, 0xffffffff7f800000)
	CHECK_FLAGS(59, 0x0)
	/* fmax.s 0xffffffff7f7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(60, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(61, 0x0)
	/* fmax.s 0xffffffff7f7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(62, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(63, 0x0)
	/* fmax.s 0xffffffff7f7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(64, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(65, 0x0)
	/* fmax.s 0xffffffffff7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(66, f10, 0xffffffff00000000)
	CHECK_FLAGS(67, 0x0)
	/* fmax.s 0xffffffffff7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(68, f10, 0xffffffff3f800000)
	CHECK_FLAGS(69, 0x0)
	/* fmax.s 0xffffffffff7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(70, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(71, 0x0)
	/* fmax.s 0xffffffffff7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(72, f10, 0xffffffff00000001)
	CHECK_FLAGS(73, 0x0)
	/* fmax.s 0xffffffffff7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(74, f10, 0xffffffff7f800000)
	CHECK_FLAGS(75, 0x0)
	/* fmax.s 0xffffffffff7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(76, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(77, 0x0)
	/* fmax.s 0xffffffffff7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(78, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(79, 0x0)
	/* fmax.s 0xffffffffff7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(80, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(81, 0x0)
	/* fmax.s 0xffffffff00000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(82, f10, 0xffffffff00000001)
	CHECK_FLAGS(83, 0x0)
	/* fmax.s 0xffffffff00000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(84, f10, 0xffffffff3f800000)
	CHECK_FLAGS(85, 0x0)
	/* fmax.s 0xffffffff00000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(86, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(87, 0x0)
	/* fmax.s 0xffffffff00000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(88, f10, 0xffffffff00000001)
	CHECK_FLAGS(89, 0x0)
	/* fmax.s 0xffffffff00000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(90, f10, 0xffffffff7f800000)
	CHECK_FLAGS(91, 0x0)
	/* fmax.s 0xffffffff00000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(92, f10, 0xffffffff00000001)
	CHECK_FLAGS(93, 0x0)
	/* fmax.s 0xffffffff00000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(94, f10, 0xffffffff00000001)
	CHECK_FLAGS(95, 0x0)
	/* fmax.s 0xffffffff00000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(96, f10, 0xffffffff00000001)
	CHECK_FLAGS(97, 0x0)
	/* fmax.s 0xffffffff80000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(98, f10, 0xffffffff00000000)
	CHECK_FLAGS(99, 0x0)
	/* fmax.s 0xffffffff80000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(100, f10, 0xffffffff3f800000)
	CHECK_FLAGS(101, 0x0)
	/* fmax.s 0xffffffff80000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(102, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(103, 0x0)
	/* fmax.s 0xffffffff80000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(104, f10, 0xffffffff00000001)
	CHECK_FLAGS(105, 0x0)
	/* fmax.s 0xffffffff80000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(106, f10, 0xffffffff7f800000)
	CHECK_FLAGS(107, 0x0)
	/* fmax.s 0xffffffff80000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(108, f10, 0xffffffff80000001)
	CHECK_FLAGS(109, 0x0)
	/* fmax.s 0xffffffff80000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(110, f10, 0xffffffff80000001)
	CHECK_FLAGS(111, 0x0)
	/* fmax.s 0xffffffff80000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(112, f10, 0xffffffff80000001)
	CHECK_FLAGS(113, 0x0)
	/* fmax.s 0xffffffff7f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(114, f10, 0xffffffff7f800000)
	CHECK_FLAGS(115, 0x0)
	/* fmax.s 0xffffffff7f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(116, f10, 0xffffffff7f800000)
	CHECK_FLAGS(117, 0x0)
	/* fmax.s 0xffffffff7f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(118, f10, 0xffffffff7f800000)
	CHECK_FLAGS(119, 0x0)
	/* fmax.s 0xffffffff7f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(120, f10, 0xffffffff7f800000)
	CHECK_FLAGS(121, 0x0)
	/* fmax.s 0xffffffff7f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(122, f10, 0xffffffff7f800000)
	CHECK_FLAGS(123, 0x0)
	/* fmax.s 0xffffffff7f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(124, f10, 0xffffffff7f800000)
	CHECK_FLAGS(125, 0x0)
	/* fmax.s 0xffffffff7f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(126, f10, 0xffffffff7f800000)
	CHECK_FLAGS(127, 0x0)
	/* fmax.s 0xffffffff7f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(128, f10, 0xffffffff7f800000)
	CHECK_FLAGS(129, 0x0)
	/* fmax.s 0xffffffffff800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(130, f10, 0xffffffff00000000)
	CHECK_FLAGS(131, 0x0)
	/* fmax.s 0xffffffffff800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(132, f10, 0xffffffff3f800000)
	CHECK_FLAGS(133, 0x0)
	/* fmax.s 0xffffffffff800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(134, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(135, 0x0)
	/* fmax.s 0xffffffffff800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(136, f10, 0xffffffff00000001)
	CHECK_FLAGS(137, 0x0)
	/* fmax.s 0xffffffffff800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(138, f10, 0xffffffff7f800000)
	CHECK_FLAGS(139, 0x0)
	/* fmax.s 0xffffffffff800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(140, f10, 0xffffffffff800000)
	CHECK_FLAGS(141, 0x0)
	/* fmax.s 0xffffffffff800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(142, f10, 0xffffffffff800000)
	CHECK_FLAGS(143, 0x0)
	/* fmax.s 0xffffffffff800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(144, f10, 0xffffffffff800000)
	CHECK_FLAGS(145, 0x0)
	/* fmax.s 0xffffffff7fc00000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(146, f10, 0xffffffff00000000)
	CHECK_FLAGS(147, 0x0)
	/* fmax.s 0xffffffff7fc00000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(148, f10, 0xffffffff3f800000)
	CHECK_FLAGS(149, 0x0)
	/* fmax.s 0xffffffff7fc00000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(150, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(151, 0x0)
	/* fmax.s 0xffffffff7fc00000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(152, f10, 0xffffffff00000001)
	CHECK_FLAGS(153, 0x0)
	/* fmax.s 0xffffffff7fc00000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(154, f10, 0xffffffff7f800000)
	CHECK_FLAGS(155, 0x0)
	/* fmax.s 0xffffffff7fc00000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(156, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(157, 0x0)
	/* fmax.s 0xffffffff7fc00000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(158, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(159, 0x0)
	/* fmax.s 0xffffffff7fc00000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(160, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(161, 0x0)
	/* fmax.s 0xffffffff7f800001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(162, f10, 0xffffffff00000000)
	CHECK_FLAGS(163, 0x10)
	/* fmax.s 0xffffffff7f800001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(164, f10, 0xffffffff3f800000)
	CHECK_FLAGS(165, 0x10)
	/* fmax.s 0xffffffff7f800001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(166, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(167, 0x10)
	/* fmax.s 0xffffffff7f800001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(168, f10, 0xffffffff00000001)
	CHECK_FLAGS(169, 0x10)
	/* fmax.s 0xffffffff7f800001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(170, f10, 0xffffffff7f800000)
	CHECK_FLAGS(171, 0x10)
	/* fmax.s 0xffffffff7f800001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(172, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(173, 0x10)
	/* fmax.s 0xffffffff7f800001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(174, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(175, 0x10)
	/* fmax.s 0xffffffff7f800001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(176, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(177, 0x10)
	/* fmax.s 0xffffffffffc12345 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(178, f10, 0xffffffff00000000)
	CHECK_FLAGS(179, 0x0)
	/* fmax.s 0xffffffffffc12345 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(180, f10, 0xffffffff3f800000)
	CHECK_FLAGS(181, 0x0)
	/* fmax.s 0xffffffffffc12345 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(182, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(183, 0x0)
	/* fmax.s 0xffffffffffc12345 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(184, f10, 0xffffffff00000001)
	CHECK_FLAGS(185, 0x0)
	/* fmax.s 0xffffffffffc12345 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(186, f10, 0xffffffff7f800000)
	CHECK_FLAGS(187, 0x0)
	/* fmax.s 0xffffffffffc12345 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(188, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(189, 0x0)
	/* fmax.s 0xffffffffffc12345 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(190, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(191, 0x0)
	/* fmax.s 0xffffffffffc12345 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(192, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(193, 0x0)
	/* fmax.s 0x3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(194, f10, 0xffffffff00000000)
	CHECK_FLAGS(195, 0x0)
	/* fmax.s 0x3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(196, f10, 0xffffffff3f800000)
	CHECK_FLAGS(197, 0x0)
	/* fmax.s 0x3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(198, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(199, 0x0)
	/* fmax.s 0x3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(200, f10, 0xffffffff00000001)
	CHECK_FLAGS(201, 0x0)
	/* fmax.s 0x3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(202, f10, 0xffffffff7f800000)
	CHECK_FLAGS(203, 0x0)
	/* fmax.s 0x3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(204, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(205, 0x0)
	/* fmax.s 0x3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(206, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(207, 0x0)
	/* fmax.s 0x3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(208, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(209, 0x0)
	/* fmax.s 0x7fc0000000000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(210, f10, 0xffffffff00000000)
	CHECK_FLAGS(211, 0x0)
	/* fmax.s 0x7fc0000000000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(212, f10, 0xffffffff3f800000)
	CHECK_FLAGS(213, 0x0)
	/* fmax.s 0x7fc0000000000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(214, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(215, 0x0)
	/* fmax.s 0x7fc0000000000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(216, f10, 0xffffffff00000001)
	CHECK_FLAGS(217, 0x0)
	/* fmax.s 0x7fc0000000000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(218, f10, 0xffffffff7f800000)
	CHECK_FLAGS(219, 0x0)
	/* fmax.s 0x7fc0000000000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(220, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(221, 0x0)
	/* fmax.s 0x7fc0000000000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(222, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(223, 0x0)
	/* fmax.s 0x7fc0000000000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fmax.s f10, f11, f12
	CHECK_F(224, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(225, 0x0)
	/* fsgnj.s 0xffffffff00000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(226, f10, 0xffffffff00000000)
	CHECK_FLAGS(227, 0x0)
	/* fsgnj.s 0xffffffff00000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(228, f10, 0xffffffff00000000)
	CHECK_FLAGS(229, 0x0)
	/* fsgnj.s 0xffffffff00000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(230, f10, 0xffffffff00000000)
	CHECK_FLAGS(231, 0x0)
	/* fsgnj.s 0xffffffff00000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(232, f10, 0xffffffff00000000)
	CHECK_FLAGS(233, 0x0)
	/* fsgnj.s 0xffffffff00000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(234, f10, 0xffffffff00000000)
	CHECK_FLAGS(235, 0x0)
	/* fsgnj.s 0xffffffff00000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(236, f10, 0xffffffff00000000)
	CHECK_FLAGS(237, 0x0)
	/* fsgnj.s 0xffffffff00000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(238, f10, 0xffffffff80000000)
	CHECK_FLAGS(239, 0x0)
	/* fsgnj.s 0xffffffff00000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(240, f10, 0xffffffff00000000)
	CHECK_FLAGS(241, 0x0)
	/* fsgnj.s 0xffffffff80000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(242, f10, 0xffffffff00000000)
	CHECK_FLAGS(243, 0x0)
	/* fsgnj.s 0xffffffff80000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(244, f10, 0xffffffff00000000)
	CHECK_FLAGS(245, 0x0)
	/* fsgnj.s 0xffffffff80000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(246, f10, 0xffffffff00000000)
	CHECK_FLAGS(247, 0x0)
	/* fsgnj.s 0xffffffff80000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(248, f10, 0xffffffff00000000)
	CHECK_FLAGS(249, 0x0)
	/* fsgnj.s 0xffffffff80000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(250, f10, 0xffffffff00000000)
	CHECK_FLAGS(251, 0x0)
	/* fsgnj.s 0xffffffff80000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(252, f10, 0xffffffff00000000)
	CHECK_FLAGS(253, 0x0)
	/* fsgnj.s 0xffffffff80000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(254, f10, 0xffffffff80000000)
	CHECK_FLAGS(255, 0x0)
	/* fsgnj.s 0xffffffff80000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(1, f10, 0xffffffff00000000)
	CHECK_FLAGS(2, 0x0)
	/* fsgnj.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(3, f10, 0xffffffff3f800000)
	CHECK_FLAGS(4, 0x0)
	/* fsgnj.s 0xffffffff3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(5, f10, 0xffffffff3f800000)
	CHECK_FLAGS(6, 0x0)
	/* fsgnj.s 0xffffffff3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(7, f10, 0xffffffff3f800000)
	CHECK_FLAGS(8, 0x0)
	/* fsgnj.s 0xffffffff3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(9, f10, 0xffffffff3f800000)
	CHECK_FLAGS(10, 0x0)
	/* fsgnj.s 0xffffffff3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(11, f10, 0xffffffff3f800000)
	CHECK_FLAGS(12, 0x0)
	/* fsgnj.s 0xffffffff3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(13, f10, 0xffffffff3f800000)
	CHECK_FLAGS(14, 0x0)
	/* fsgnj.s 0xffffffff3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(15, f10, 0xffffffffbf800000)
	CHECK_FLAGS(16, 0x0)
	/* fsgnj.s 0xffffffff3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(17, f10, 0xffffffff3f800000)
	CHECK_FLAGS(18, 0x0)
	/* fsgnj.s 0xffffffffbf800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(19, f10, 0xffffffff3f800000)
	CHECK_FLAGS(20, 0x0)
	/* fsgnj.s 0xffffffffbf800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(21, f10, 0xffffffff3f800000)
	CHECK_FLAGS(22, 0x0)
	/* fsgnj.s 0xffffffffbf800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(23, f10, 0xffffffff3f800000)
	CHECK_FLAGS(24, 0x0)
	/* fsgnj.s 0xffffffffbf800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(25, f10, 0xffffffff3f800000)
	CHECK_FLAGS(26, 0x0)
	/* fsgnj.s 0xffffffffbf800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(27, f10, 0xffffffff3f800000)
	CHECK_FLAGS(28, 0x0)
	/* fsgnj.s 0xffffffffbf800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(29, f10, 0xffffffff3f800000)
	CHECK_FLAGS(30, 0x0)
	/* fsgnj.s 0xffffffffbf800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(31, f10, 0xffffffffbf800000)
	CHECK_FLAGS(32, 0x0)
	/* fsgnj.s 0xffffffffbf800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(33, f10, 0xffffffff3f800000)
	CHECK_FLAGS(34, 0x0)
	/* fsgnj.s 0xffffffff7f7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(35, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(36, 0x0)
	/* fsgnj.s 0xffffffff7f7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(37, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(38, 0x0)
	/* fsgnj.s 0xffffffff7f7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(39, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(40, 0x0)
	/* fsgnj.s 0xffffffff7f7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(41, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(42, 0x0)
	/* fsgnj.s 0xffffffff7f7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(43, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(44, 0x0)
	/* fsgnj.s 0xffffffff7f7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(45, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(46, 0x0)
	/* fsgnj.s 0xffffffff7f7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(47, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(48, 0x0)
	/* fsgnj.s 0xffffffff7f7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(49, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(50, 0x0)
	/* fsgnj.s 0xffffffffff7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(51, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(52, 0x0)
	/* fsgnj.s 0xffffffffff7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(53, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(54, 0x0)
	/* fsgnj.s 0xffffffffff7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(55, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(56, 0x0)
	/* fsgnj.s 0xffffffffff7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(57, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(58, 0x0)
	/* fsgnj.s 0xffffffffff7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(59, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(60, 0x0)
	/* fsgnj.s 0xffffffffff7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(61, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(62, 0x0)
	/* fsgnj.s 0xffffffffff7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(63, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(64, 0x0)
	/* fsgnj.s 0xffffffffff7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(65, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(66, 0x0)
	/* fsgnj.s 0xffffffff00000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(67, f10, 0xffffffff00000001)
	CHECK_FLAGS(68, 0x0)
	/* fsgnj.s 0xffffffff00000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(69, f10, 0xffffffff00000001)
	CHECK_FLAGS(70, 0x0)
	/* fsgnj.s 0xffffffff00000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(71, f10, 0xffffffff00000001)
	CHECK_FLAGS(72, 0x0)
	/* fsgnj.s 0xffffffff00000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(73, f10, 0xffffffff00000001)
	CHECK_FLAGS(74, 0x0)
	/* fsgnj.s 0xffffffff00000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(75, f10, 0xffffffff00000001)
	CHECK_FLAGS(76, 0x0)
	/* fsgnj.s 0xffffffff00000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(77, f10, 0xffffffff00000001)
	CHECK_FLAGS(78, 0x0)
	/* fsgnj.s 0xffffffff00000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(79, f10, 0xffffffff80000001)
	CHECK_FLAGS(80, 0x0)
	/* fsgnj.s 0xffffffff00000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(81, f10, 0xffffffff00000001)
	CHECK_FLAGS(82, 0x0)
	/* fsgnj.s 0xffffffff80000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(83, f10, 0xffffffff00000001)
	CHECK_FLAGS(84, 0x0)
	/* fsgnj.s 0xffffffff80000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(85, f10, 0xffffffff00000001)
	CHECK_FLAGS(86, 0x0)
	/* fsgnj.s 0xffffffff80000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(87, f10, 0xffffffff00000001)
	CHECK_FLAGS(88, 0x0)
	/* fsgnj.s 0xffffffff80000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(89, f10, 0xffffffff00000001)
	CHECK_FLAGS(90, 0x0)
	/* fsgnj.s 0xffffffff80000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(91, f10, 0xffffffff00000001)
	CHECK_FLAGS(92, 0x0)
	/* fsgnj.s 0xffffffff80000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(93, f10, 0xffffffff00000001)
	CHECK_FLAGS(94, 0x0)
	/* fsgnj.s 0xffffffff80000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(95, f10, 0xffffffff80000001)
	CHECK_FLAGS(96, 0x0)
	/* fsgnj.s 0xffffffff80000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(97, f10, 0xffffffff00000001)
	CHECK_FLAGS(98, 0x0)
	/* fsgnj.s 0xffffffff7f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(99, f10, 0xffffffff7f800000)
	CHECK_FLAGS(100, 0x0)
	/* fsgnj.s 0xffffffff7f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(101, f10, 0xffffffff7f800000)
	CHECK_FLAGS(102, 0x0)
	/* fsgnj.s 0xffffffff7f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(103, f10, 0xffffffff7f800000)
	CHECK_FLAGS(104, 0x0)
	/* fsgnj.s 0xffffffff7f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(105, f10, 0xffffffff7f800000)
	CHECK_FLAGS(106, 0x0)
	/* fsgnj.s 0xffffffff7f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(107, f10, 0xffffffff7f800000)
	CHECK_FLAGS(108, 0x0)
	/* fsgnj.s 0xffffffff7f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(109, f10, 0xffffffff7f800000)
	CHECK_FLAGS(110, 0x0)
	/* fsgnj.s 0xffffffff7f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(111, f10, 0xffffffffff800000)
	CHECK_FLAGS(112, 0x0)
	/* fsgnj.s 0xffffffff7f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(113, f10, 0xffffffff7f800000)
	CHECK_FLAGS(114, 0x0)
	/* fsgnj.s 0xffffffffff800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(115, f10, 0xffffffff7f800000)
	CHECK_FLAGS(116, 0x0)
	/* fsgnj.s 0xffffffffff800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(117, f10, 0xffffffff7f800000)
	CHECK_FLAGS(118, 0x0)
	/* fsgnj.s 0xffffffffff800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(119, f10, 0xffffffff7f800000)
	CHECK_FLAGS(120, 0x0)
	/* fsgnj.s 0xffffffffff800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(121, f10, 0xffffffff7f800000)
	CHECK_FLAGS(122, 0x0)
	/* fsgnj.s 0xffffffffff800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(123, f10, 0xffffffff7f800000)
	CHECK_FLAGS(124, 0x0)
	/* fsgnj.s 0xffffffffff800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(125, f10, 0xffffffff7f800000)
	CHECK_FLAGS(126, 0x0)
	/* fsgnj.s 0xffffffffff800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(127, f10, 0xffffffffff800000)
	CHECK_FLAGS(128, 0x0)
	/* fsgnj.s 0xffffffffff800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(129, f10, 0xffffffff7f800000)
	CHECK_FLAGS(130, 0x0)
	/* fsgnj.s 0xffffffff7fc00000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(131, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(132, 0x0)
	/* fsgnj.s 0xffffffff7fc00000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(133, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(134, 0x0)
	/* fsgnj.s 0xffffffff7fc00000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(135, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(136, 0x0)
	/* fsgnj.s 0xffffffff7fc00000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(137, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(138, 0x0)
	/* fsgnj.s 0xffffffff7fc00000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(139, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(140, 0x0)
	/* fsgnj.s 0xffffffff7fc00000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(141, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(142, 0x0)
	/* fsgnj.s 0xffffffff7fc00000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(143, f10, 0xffffffffffc00000)
	CHECK_FLAGS(144, 0x0)
	/* fsgnj.s 0xffffffff7fc00000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(145, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(146, 0x0)
	/* fsgnj.s 0xffffffff7f800001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(147, f10, 0xffffffff7f800001)
	CHECK_FLAGS(148, 0x0)
	/* fsgnj.s 0xffffffff7f800001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(149, f10, 0xffffffff7f800001)
	CHECK_FLAGS(150, 0x0)
	/* fsgnj.s 0xffffffff7f800001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(151, f10, 0xffffffff7f800001)
	CHECK_FLAGS(152, 0x0)
	/* fsgnj.s 0xffffffff7f800001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(153, f10, 0xffffffff7f800001)
	CHECK_FLAGS(154, 0x0)
	/* fsgnj.s 0xffffffff7f800001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(155, f10, 0xffffffff7f800001)
	CHECK_FLAGS(156, 0x0)
	/* fsgnj.s 0xffffffff7f800001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(157, f10, 0xffffffff7f800001)
	CHECK_FLAGS(158, 0x0)
	/* fsgnj.s 0xffffffff7f800001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(159, f10, 0xffffffffff800001)
	CHECK_FLAGS(160, 0x0)
	/* fsgnj.s 0xffffffff7f800001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(161, f10, 0xffffffff7f800001)
	CHECK_FLAGS(162, 0x0)
	/* fsgnj.s 0xffffffffffc12345 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(163, f10, 0xffffffff7fc12345)
	CHECK_FLAGS(164, 0x0)
	/* fsgnj.s 0xffffffffffc12345 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(165, f10, 0xffffffff7fc12345)
	CHECK_FLAGS(166, 0x0)
	/* fsgnj.s 0xffffffffffc12345 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(167, f10, 0xffffffff7fc12345)
	CHECK_FLAGS(168, 0x0)
	/* fsgnj.s 0xffffffffffc12345 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(169, f10, 0xffffffff7fc12345)
	CHECK_FLAGS(170, 0x0)
	/* fsgnj.s 0xffffffffffc12345 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(171, f10, 0xffffffff7fc12345)
	CHECK_FLAGS(172, 0x0)
	/* fsgnj.s 0xffffffffffc12345 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(173, f10, 0xffffffff7fc12345)
	CHECK_FLAGS(174, 0x0)
	/* fsgnj.s 0xffffffffffc12345 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(175, f10, 0xffffffffffc12345)
	CHECK_FLAGS(176, 0x0)
	/* fsgnj.s 0xffffffffffc12345 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(177, f10, 0xffffffff7fc12345)
	CHECK_FLAGS(178, 0x0)
	/* fsgnj.s 0x3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(179, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(180, 0x0)
	/* fsgnj.s 0x3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(181, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(182, 0x0)
	/* fsgnj.s 0x3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(183, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(184, 0x0)
	/* fsgnj.s 0x3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(185, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(186, 0x0)
	/* fsgnj.s 0x3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(187, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(188, 0x0)
	/* fsgnj.s 0x3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(189, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(190, 0x0)
	/* fsgnj.s 0x3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(191, f10, 0xffffffffffc00000)
	CHECK_FLAGS(192, 0x0)
	/* fsgnj.s 0x3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(193, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(194, 0x0)
	/* fsgnj.s 0x7fc0000000000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(195, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(196, 0x0)
	/* fsgnj.s 0x7fc0000000000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(197, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(198, 0x0)
	/* fsgnj.s 0x7fc0000000000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(199, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(200, 0x0)
	/* fsgnj.s 0x7fc0000000000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(201, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(202, 0x0)
	/* fsgnj.s 0x7fc0000000000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(203, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(204, 0x0)
	/* fsgnj.s 0x7fc0000000000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(205, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(206, 0x0)
	/* fsgnj.s 0x7fc0000000000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(207, f10, 0xffffffffffc00000)
	CHECK_FLAGS(208, 0x0)
	/* fsgnj.s 0x7fc0000000000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnj.s f10, f11, f12
	CHECK_F(209, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(210, 0x0)
	/* fsgnjn.s 0xffffffff00000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(211, f10, 0xffffffff80000000)
	CHECK_FLAGS(212, 0x0)
	/* fsgnjn.s 0xffffffff00000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(213, f10, 0xffffffff80000000)
	CHECK_FLAGS(214, 0x0)
	/* fsgnjn.s 0xffffffff00000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(215, f10, 0xffffffff80000000)
	CHECK_FLAGS(216, 0x0)
	/* fsgnjn.s 0xffffffff00000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(217, f10, 0xffffffff80000000)
	CHECK_FLAGS(218, 0x0)
	/* fsgnjn.s 0xffffffff00000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(219, f10, 0xffffffff80000000)
	CHECK_FLAGS(220, 0x0)
	/* fsgnjn.s 0xffffffff00000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(221, f10, 0xffffffff80000000)
	CHECK_FLAGS(222, 0x0)
	/* fsgnjn.s 0xffffffff00000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(223, f10, 0xffffffff00000000)
	CHECK_FLAGS(224, 0x0)
	/* fsgnjn.s 0xffffffff00000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(225, f10, 0xffffffff80000000)
	CHECK_FLAGS(226, 0x0)
	/* fsgnjn.s 0xffffffff80000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(227, f10, 0xffffffff80000000)
	CHECK_FLAGS(228, 0x0)
	/* fsgnjn.s 0xffffffff80000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(229, f10, 0xffffffff80000000)
	CHECK_FLAGS(230, 0x0)
	/* fsgnjn.s 0xffffffff80000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(231, f10, 0xffffffff80000000)
	CHECK_FLAGS(232, 0x0)
	/* fsgnjn.s 0xffffffff80000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(233, f10, 0xffffffff80000000)
	CHECK_FLAGS(234, 0x0)
	/* fsgnjn.s 0xffffffff80000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(235, f10, 0xffffffff80000000)
	CHECK_FLAGS(236, 0x0)
	/* fsgnjn.s 0xffffffff80000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(237, f10, 0xffffffff80000000)
	CHECK_FLAGS(238, 0x0)
	/* fsgnjn.s 0xffffffff80000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(239, f10, 0xffffffff00000000)
	CHECK_FLAGS(240, 0x0)
	/* fsgnjn.s 0xffffffff80000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(241, f10, 0xffffffff80000000)
	CHECK_FLAGS(242, 0x0)
	/* fsgnjn.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(243, f10, 0xffffffffbf800000)
	CHECK_FLAGS(244, 0x0)
	/* fsgnjn.s 0xffffffff3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(245, f10, 0xffffffffbf800000)
	CHECK_FLAGS(246, 0x0)
	/* fsgnjn.s 0xffffffff3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(247, f10, 0xffffffffbf800000)
	CHECK_FLAGS(248, 0x0)
	/* fsgnjn.s 0xffffffff3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(249, f10, 0xffffffffbf800000)
	CHECK_FLAGS(250, 0x0)
	/* fsgnjn.s 0xffffffff3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(251, f10, 0xffffffffbf800000)
	CHECK_FLAGS(252, 0x0)
	/* fsgnjn.s 0xffffffff3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(253, f10, 0xffffffffbf800000)
	CHECK_FLAGS(254, 0x0)
	/* fsgnjn.s 0xffffffff3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(255, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1, 0x0)
	/* fsgnjn.s 0xffffffff3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(2, f10, 0xffffffffbf800000)
	CHECK_FLAGS(3, 0x0)
	/* fsgnjn.s 0xffffffffbf800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(4, f10, 0xffffffffbf800000)
	CHECK_FLAGS(5, 0x0)
	/* fsgnjn.s 0xffffffffbf800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(6, f10, 0xffffffffbf800000)
	CHECK_FLAGS(7, 0x0)
	/* fsgnjn.s 0xffffffffbf800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(8, f10, 0xffffffffbf800000)
	CHECK_FLAGS(9, 0x0)
	/* fsgnjn.s 0xffffffffbf800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(10, f10, 0xffffffffbf800000)
	CHECK_FLAGS(11, 0x0)
	/* fsgnjn.s 0xffffffffbf800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(12, f10, 0xffffffffbf800000)
	CHECK_FLAGS(13, 0x0)
	/* fsgnjn.s 0xffffffffbf800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(14, f10, 0xffffffffbf800000)
	CHECK_FLAGS(15, 0x0)
	/* fsgnjn.s 0xffffffffbf800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(16, f10, 0xffffffff3f800000)
	CHECK_FLAGS(17, 0x0)
	/* fsgnjn.s 0xffffffffbf800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(18, f10, 0xffffffffbf800000)
	CHECK_FLAGS(19, 0x0)
	/* fsgnjn.s 0xffffffff7f7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(20, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(21, 0x0)
	/* fsgnjn.s 0xffffffff7f7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(22, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(23, 0x0)
	/* fsgnjn.s 0xffffffff7f7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(24, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(25, 0x0)
	/* fsgnjn.s 0xffffffff7f7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(26, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(27, 0x0)
	/* fsgnjn.s 0xffffffff7f7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(28, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(29, 0x0)
	/* fsgnjn.s 0xffffffff7f7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(30, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(31, 0x0)
	/* fsgnjn.s 0xffffffff7f7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(32, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(33, 0x0)
	/* fsgnjn.s 0xffffffff7f7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(34, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(35, 0x0)
	/* fsgnjn.s 0xffffffffff7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(36, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(37, 0x0)
	/* fsgnjn.s 0xffffffffff7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(38, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(39, 0x0)
	/* fsgnjn.s 0xffffffffff7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(40, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(41, 0x0)
	/* fsgnjn.s 0xffffffffff7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(42, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(43, 0x0)
	/* fsgnjn.s 0xffffffffff7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(44, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(45, 0x0)
	/* fsgnjn.s 0xffffffffff7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(46, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(47, 0x0)
	/* fsgnjn.s 0xffffffffff7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(48, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(49, 0x0)
	/* fsgnjn.s 0xffffffffff7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(50, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(51, 0x0)
	/* fsgnjn.s 0xffffffff00000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(52, f10, 0xffffffff80000001)
	CHECK_FLAGS(53, 0x0)
	/* fsgnjn.s 0xffffffff00000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(54, f10, 0xffffffff80000001)
	CHECK_FLAGS(55, 0x0)
	/* fsgnjn.s 0xffffffff00000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(56, f10, 0xffffffff80000001)
	CHECK_FLAGS(57, 0x0)
	/* fsgnjn.s 0xffffffff00000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(58, f10, 0xffffffff80000001)
	CHECK_FLAGS(59, 0x0)
	/* fsgnjn.s 0xffffffff00000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(60, f10, 0xffffffff80000001)
	CHECK_FLAGS(61, 0x0)
	/* fsgnjn.s 0xffffffff00000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(62, f10, 0xffffffff80000001)
	CHECK_FLAGS(63, 0x0)
	/* fsgnjn.s 0xffffffff00000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(64, f10, 0xffffffff00000001)
	CHECK_FLAGS(65, 0x0)
	/* fsgnjn.s 0xffffffff00000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(66, f10, 0xffffffff80000001)
	CHECK_FLAGS(67, 0x0)
	/* fsgnjn.s 0xffffffff80000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(68, f10, 0xffffffff80000001)
	CHECK_FLAGS(69, 0x0)
	/* fsgnjn.s 0xffffffff80000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(70, f10, 0xffffffff80000001)
	CHECK_FLAGS(71, 0x0)
	/* fsgnjn.s 0xffffffff80000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(72, f10, 0xffffffff80000001)
	CHECK_FLAGS(73, 0x0)
	/* fsgnjn.s 0xffffffff80000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(74, f10, 0xffffffff80000001)
	CHECK_FLAGS(75, 0x0)
	/* fsgnjn.s 0xffffffff80000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(76, f10, 0xffffffff80000001)
	CHECK_FLAGS(77, 0x0)
	/* fsgnjn.s 0xffffffff80000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(78, f10, 0xffffffff80000001)
	CHECK_FLAGS(79, 0x0)
	/* fsgnjn.s 0xffffffff80000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(80, f10, 0xffffffff00000001)
	CHECK_FLAGS(81, 0x0)
	/* fsgnjn.s 0xffffffff80000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(82, f10, 0xffffffff80000001)
	CHECK_FLAGS(83, 0x0)
	/* fsgnjn.s 0xffffffff7f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(84, f10, 0xffffffffff800000)
	CHECK_FLAGS(85, 0x0)
	/* fsgnjn.s 0xffffffff7f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(86, f10, 0xffffffffff800000)
	CHECK_FLAGS(87, 0x0)
	/* fsgnjn.s 0xffffffff7f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(88, f10, 0xffffffffff800000)
	CHECK_FLAGS(89, 0x0)
	/* fsgnjn.s 0xffffffff7f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(90, f10, 0xffffffffff800000)
	CHECK_FLAGS(91, 0x0)
	/* fsgnjn.s 0xffffffff7f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(92, f10, 0xffffffffff800000)
	CHECK_FLAGS(93, 0x0)
	/* fsgnjn.s 0xffffffff7f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(94, f10, 0xffffffffff800000)
	CHECK_FLAGS(95, 0x0)
	/* fsgnjn.s 0xffffffff7f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(96, f10, 0xffffffff7f800000)
	CHECK_FLAGS(97, 0x0)
	/* fsgnjn.s 0xffffffff7f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(98, f10, 0xffffffffff800000)
	CHECK_FLAGS(99, 0x0)
	/* fsgnjn.s 0xffffffffff800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(100, f10, 0xffffffffff800000)
	CHECK_FLAGS(101, 0x0)
	/* fsgnjn.s 0xffffffffff800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(102, f10, 0xffffffffff800000)
	CHECK_FLAGS(103, 0x0)
	/* fsgnjn.s 0xffffffffff800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(104, f10, 0xffffffffff800000)
	CHECK_FLAGS(105, 0x0)
	/* fsgnjn.s 0xffffffffff800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(106, f10, 0xffffffffff800000)
	CHECK_FLAGS(107, 0x0)
	/* fsgnjn.s 0xffffffffff800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(108, f10, 0xffffffffff800000)
	CHECK_FLAGS(109, 0x0)
	/* fsgnjn.s 0xffffffffff800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(110, f10, 0xffffffffff800000)
	CHECK_FLAGS(111, 0x0)
	/* fsgnjn.s 0xffffffffff800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(112, f10, 0xffffffff7f800000)
	CHECK_FLAGS(113, 0x0)
	/* fsgnjn.s 0xffffffffff800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(114, f10, 0xffffffffff800000)
	CHECK_FLAGS(115, 0x0)
	/* fsgnjn.s 0xffffffff7fc00000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(116, f10, 0xffffffffffc00000)
	CHECK_FLAGS(117, 0x0)
	/* fsgnjn.s 0xffffffff7fc00000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(118, f10, 0xffffffffffc00000)
	CHECK_FLAGS(119, 0x0)
	/* fsgnjn.s 0xffffffff7fc00000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(120, f10, 0xffffffffffc00000)
	CHECK_FLAGS(121, 0x0)
	/* fsgnjn.s 0xffffffff7fc00000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(122, f10, 0xffffffffffc00000)
	CHECK_FLAGS(123, 0x0)
	/* fsgnjn.s 0xffffffff7fc00000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(124, f10, 0xffffffffffc00000)
	CHECK_FLAGS(125, 0x0)
	/* fsgnjn.s 0xffffffff7fc00000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(126, f10, 0xffffffffffc00000)
	CHECK_FLAGS(127, 0x0)
	/* fsgnjn.s 0xffffffff7fc00000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(128, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(129, 0x0)
	/* fsgnjn.s 0xffffffff7fc00000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(130, f10, 0xffffffffffc00000)
	CHECK_FLAGS(131, 0x0)
	/* fsgnjn.s 0xffffffff7f800001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(132, f10, 0xffffffffff800001)
	CHECK_FLAGS(133, 0x0)
	/* fsgnjn.s 0xffffffff7f800001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(134, f10, 0xffffffffff800001)
	CHECK_FLAGS(135, 0x0)
	/* fsgnjn.s 0xffffffff7f800001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(136, f10, 0xffffffffff800001)
	CHECK_FLAGS(137, 0x0)
	/* fsgnjn.s 0xffffffff7f800001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(138, f10, 0xffffffffff800001)
	CHECK_FLAGS(139, 0x0)
	/* fsgnjn.s 0xffffffff7f800001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(140, f10, 0xffffffffff800001)
	CHECK_FLAGS(141, 0x0)
	/* fsgnjn.s 0xffffffff7f800001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(142, f10, 0xffffffffff800001)
	CHECK_FLAGS(143, 0x0)
	/* fsgnjn.s 0xffffffff7f800001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(144, f10, 0xffffffff7f800001)
	CHECK_FLAGS(145, 0x0)
	/* fsgnjn.s 0xffffffff7f800001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(146, f10, 0xffffffffff800001)
	CHECK_FLAGS(147, 0x0)
	/* fsgnjn.s 0xffffffffffc12345 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(148, f10, 0xffffffffffc12345)
	CHECK_FLAGS(149, 0x0)
	/* fsgnjn.s 0xffffffffffc12345 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(150, f10, 0xffffffffffc12345)
	CHECK_FLAGS(151, 0x0)
	/* fsgnjn.s 0xffffffffffc12345 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(152, f10, 0xffffffffffc12345)
	CHECK_FLAGS(153, 0x0)
	/* fsgnjn.s 0xffffffffffc12345 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(154, f10, 0xffffffffffc12345)
	CHECK_FLAGS(155, 0x0)
	/* fsgnjn.s 0xffffffffffc12345 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(156, f10, 0xffffffffffc12345)
	CHECK_FLAGS(157, 0x0)
	/* fsgnjn.s 0xffffffffffc12345 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(158, f10, 0xffffffffffc12345)
	CHECK_FLAGS(159, 0x0)
	/* fsgnjn.s 0xffffffffffc12345 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(160, f10, 0xffffffff7fc12345)
	CHECK_FLAGS(161, 0x0)
	/* fsgnjn.s 0xffffffffffc12345 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(162, f10, 0xffffffffffc12345)
	CHECK_FLAGS(163, 0x0)
	/* fsgnjn.s 0x3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(164, f10, 0xffffffffffc00000)
	CHECK_FLAGS(165, 0x0)
	/* fsgnjn.s 0x3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(166, f10, 0xffffffffffc00000)
	CHECK_FLAGS(167, 0x0)
	/* fsgnjn.s 0x3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(168, f10, 0xffffffffffc00000)
	CHECK_FLAGS(169, 0x0)
	/* fsgnjn.s 0x3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(170, f10, 0xffffffffffc00000)
	CHECK_FLAGS(171, 0x0)
	/* fsgnjn.s 0x3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(172, f10, 0xffffffffffc00000)
	CHECK_FLAGS(173, 0x0)
	/* fsgnjn.s 0x3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(174, f10, 0xffffffffffc00000)
	CHECK_FLAGS(175, 0x0)
	/* fsgnjn.s 0x3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(176, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(177, 0x0)
	/* fsgnjn.s 0x3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(178, f10, 0xffffffffffc00000)
	CHECK_FLAGS(179, 0x0)
	/* fsgnjn.s 0x7fc0000000000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(180, f10, 0xffffffffffc00000)
	CHECK_FLAGS(181, 0x0)
	/* fsgnjn.s 0x7fc0000000000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(182, f10, 0xffffffffffc00000)
	CHECK_FLAGS(183, 0x0)
	/* fsgnjn.s 0x7fc0000000000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(184, f10, 0xffffffffffc00000)
	CHECK_FLAGS(185, 0x0)
	/* fsgnjn.s 0x7fc0000000000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(186, f10, 0xffffffffffc00000)
	CHECK_FLAGS(187, 0x0)
	/* fsgnjn.s 0x7fc0000000000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(188, f10, 0xffffffffffc00000)
	CHECK_FLAGS(189, 0x0)
	/* fsgnjn.s 0x7fc0000000000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(190, f10, 0xffffffffffc00000)
	CHECK_FLAGS(191, 0x0)
	/* fsgnjn.s 0x7fc0000000000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(192, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(193, 0x0)
	/* fsgnjn.s 0x7fc0000000000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjn.s f10, f11, f12
	CHECK_F(194, f10, 0xffffffffffc00000)
	CHECK_FLAGS(195, 0x0)
	/* fsgnjx.s 0xffffffff00000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(196, f10, 0xffffffff00000000)
	CHECK_FLAGS(197, 0x0)
	/* fsgnjx.s 0xffffffff00000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(198, f10, 0xffffffff00000000)
	CHECK_FLAGS(199, 0x0)
	/* fsgnjx.s 0xffffffff00000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(200, f10, 0xffffffff00000000)
	CHECK_FLAGS(201, 0x0)
	/* fsgnjx.s 0xffffffff00000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(202, f10, 0xffffffff00000000)
	CHECK_FLAGS(203, 0x0)
	/* fsgnjx.s 0xffffffff00000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(204, f10, 0xffffffff00000000)
	CHECK_FLAGS(205, 0x0)
	/* fsgnjx.s 0xffffffff00000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(206, f10, 0xffffffff00000000)
	CHECK_FLAGS(207, 0x0)
	/* fsgnjx.s 0xffffffff00000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(208, f10, 0xffffffff80000000)
	CHECK_FLAGS(209, 0x0)
	/* fsgnjx.s 0xffffffff00000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(210, f10, 0xffffffff00000000)
	CHECK_FLAGS(211, 0x0)
	/* fsgnjx.s 0xffffffff80000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(212, f10, 0xffffffff80000000)
	CHECK_FLAGS(213, 0x0)
	/* fsgnjx.s 0xffffffff80000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(214, f10, 0xffffffff80000000)
	CHECK_FLAGS(215, 0x0)
	/* fsgnjx.s 0xffffffff80000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(216, f10, 0xffffffff80000000)
	CHECK_FLAGS(217, 0x0)
	/* fsgnjx.s 0xffffffff80000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(218, f10, 0xffffffff80000000)
	CHECK_FLAGS(219, 0x0)
	/* fsgnjx.s 0xffffffff80000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(220, f10, 0xffffffff80000000)
	CHECK_FLAGS(221, 0x0)
	/* fsgnjx.s 0xffffffff80000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(222, f10, 0xffffffff80000000)
	CHECK_FLAGS(223, 0x0)
	/* fsgnjx.s 0xffffffff80000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(224, f10, 0xffffffff00000000)
	CHECK_FLAGS(225, 0x0)
	/* fsgnjx.s 0xffffffff80000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(226, f10, 0xffffffff80000000)
	CHECK_FLAGS(227, 0x0)
	/* fsgnjx.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(228, f10, 0xffffffff3f800000)
	CHECK_FLAGS(229, 0x0)
	/* fsgnjx.s 0xffffffff3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(230, f10, 0xffffffff3f800000)
	CHECK_FLAGS(231, 0x0)
	/* fsgnjx.s 0xffffffff3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(232, f10, 0xffffffff3f800000)
	CHECK_FLAGS(233, 0x0)
	/* fsgnjx.s 0xffffffff3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(234, f10, 0xffffffff3f800000)
	CHECK_FLAGS(235, 0x0)
	/* fsgnjx.s 0xffffffff3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(236, f10, 0xffffffff3f800000)
	CHECK_FLAGS(237, 0x0)
	/* fsgnjx.s 0xffffffff3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(238, f10, 0xffffffff3f800000)
	CHECK_FLAGS(239, 0x0)
	/* fsgnjx.s 0xffffffff3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(240, f10, 0xffffffffbf800000)
	CHECK_FLAGS(241, 0x0)
	/* fsgnjx.s 0xffffffff3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(242, f10, 0xffffffff3f800000)
	CHECK_FLAGS(243, 0x0)
	/* fsgnjx.s 0xffffffffbf800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(244, f10, 0xffffffffbf800000)
	CHECK_FLAGS(245, 0x0)
	/* fsgnjx.s 0xffffffffbf800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(246, f10, 0xffffffffbf800000)
	CHECK_FLAGS(247, 0x0)
	/* fsgnjx.s 0xffffffffbf800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(248, f10, 0xffffffffbf800000)
	CHECK_FLAGS(249, 0x0)
	/* fsgnjx.s 0xffffffffbf800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(250, f10, 0xffffffffbf800000)
	CHECK_FLAGS(251, 0x0)
	/* fsgnjx.s 0xffffffffbf800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(252, f10, 0xffffffffbf800000)
	CHECK_FLAGS(253, 0x0)
	/* fsgnjx.s 0xffffffffbf800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(254, f10, 0xffffffffbf800000)
	CHECK_FLAGS(255, 0x0)
	/* fsgnjx.s 0xffffffffbf800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(1, f10, 0xffffffff3f800000)
	CHECK_FLAGS(2, 0x0)
	/* fsgnjx.s 0xffffffffbf800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(3, f10, 0xffffffffbf800000)
	CHECK_FLAGS(4, 0x0)
	/* fsgnjx.s 0xffffffff7f7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(5, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(6, 0x0)
	/* fsgnjx.s 0xffffffff7f7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(7, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(8, 0x0)
	/* fsgnjx.s 0xffffffff7f7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(9, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(10, 0x0)
	/* fsgnjx.s 0xffffffff7f7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(11, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(12, 0x0)
	/* fsgnjx.s 0xffffffff7f7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(13, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(14, 0x0)
	/* fsgnjx.s 0xffffffff7f7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(15, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(16, 0x0)
	/* fsgnjx.s 0xffffffff7f7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(17, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(18, 0x0)
	/* fsgnjx.s 0xffffffff7f7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(19, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(20, 0x0)
	/* fsgnjx.s 0xffffffffff7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(21, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(22, 0x0)
	/* fsgnjx.s 0xffffffffff7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(23, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(24, 0x0)
	/* fsgnjx.s 0xffffffffff7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(25, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(26, 0x0)
	/* fsgnjx.s 0xffffffffff7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(27, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(28, 0x0)
	/* fsgnjx.s 0xffffffffff7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(29, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(30, 0x0)
	/* fsgnjx.s 0xffffffffff7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(31, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(32, 0x0)
	/* fsgnjx.s 0xffffffffff7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(33, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(34, 0x0)
	/* fsgnjx.s 0xffffffffff7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(35, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(36, 0x0)
	/* fsgnjx.s 0xffffffff00000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(37, f10, 0xffffffff00000001)
	CHECK_FLAGS(38, 0x0)
	/* fsgnjx.s 0xffffffff00000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(39, f10, 0xffffffff00000001)
	CHECK_FLAGS(40, 0x0)
	/* fsgnjx.s 0xffffffff00000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(41, f10, 0xffffffff00000001)
	CHECK_FLAGS(42, 0x0)
	/* fsgnjx.s 0xffffffff00000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(43, f10, 0xffffffff00000001)
	CHECK_FLAGS(44, 0x0)
	/* fsgnjx.s 0xffffffff00000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(45, f10, 0xffffffff00000001)
	CHECK_FLAGS(46, 0x0)
	/* fsgnjx.s 0xffffffff00000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(47, f10, 0xffffffff00000001)
	CHECK_FLAGS(48, 0x0)
	/* fsgnjx.s 0xffffffff00000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(49, f10, 0xffffffff80000001)
	CHECK_FLAGS(50, 0x0)
	/* fsgnjx.s 0xffffffff00000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(51, f10, 0xffffffff00000001)
	CHECK_FLAGS(52, 0x0)
	/* fsgnjx.s 0xffffffff80000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(53, f10, 0xffffffff80000001)
	CHECK_FLAGS(54, 0x0)
	/* fsgnjx.s 0xffffffff80000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(55, f10, 0xffffffff80000001)
	CHECK_FLAGS(56, 0x0)
	/* fsgnjx.s 0xffffffff80000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(57, f10, 0xffffffff80000001)
	CHECK_FLAGS(58, 0x0)
	/* fsgnjx.s 0xffffffff80000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(59, f10, 0xffffffff80000001)
	CHECK_FLAGS(60, 0x0)
	/* fsgnjx.s 0xffffffff80000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(61, f10, 0xffffffff80000001)
	CHECK_FLAGS(62, 0x0)
	/* fsgnjx.s 0xffffffff80000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(63, f10, 0xffffffff80000001)
	CHECK_FLAGS(64, 0x0)
	/* fsgnjx.s 0xffffffff80000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(65, f10, 0xffffffff00000001)
	CHECK_FLAGS(66, 0x0)
	/* fsgnjx.s 0xffffffff80000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(67, f10, 0xffffffff80000001)
	CHECK_FLAGS(68, 0x0)
	/* fsgnjx.s 0xffffffff7f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(69, f10, 0xffffffff7f800000)
	CHECK_FLAGS(70, 0x0)
	/* fsgnjx.s 0xffffffff7f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(71, f10, 0xffffffff7f800000)
	CHECK_FLAGS(72, 0x0)
	/* fsgnjx.s 0xffffffff7f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(73, f10, 0xffffffff7f800000)
	CHECK_FLAGS(74, 0x0)
	/* fsgnjx.s 0xffffffff7f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(75, f10, 0xffffffff7f800000)
	CHECK_FLAGS(76, 0x0)
	/* fsgnjx.s 0xffffffff7f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(77, f10, 0xffffffff7f800000)
	CHECK_FLAGS(78, 0x0)
	/* fsgnjx.s 0xffffffff7f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(79, f10, 0xffffffff7f800000)
	CHECK_FLAGS(80, 0x0)
	/* fsgnjx.s 0xffffffff7f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(81, f10, 0xffffffffff800000)
	CHECK_FLAGS(82, 0x0)
	/* fsgnjx.s 0xffffffff7f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(83, f10, 0xffffffff7f800000)
	CHECK_FLAGS(84, 0x0)
	/* fsgnjx.s 0xffffffffff800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(85, f10, 0xffffffffff800000)
	CHECK_FLAGS(86, 0x0)
	/* fsgnjx.s 0xffffffffff800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(87, f10, 0xffffffffff800000)
	CHECK_FLAGS(88, 0x0)
	/* fsgnjx.s 0xffffffffff800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(89, f10, 0xffffffffff800000)
	CHECK_FLAGS(90, 0x0)
	/* fsgnjx.s 0xffffffffff800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(91, f10, 0xffffffffff800000)
	CHECK_FLAGS(92, 0x0)
	/* fsgnjx.s 0xffffffffff800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(93, f10, 0xffffffffff800000)
	CHECK_FLAGS(94, 0x0)
	/* fsgnjx.s 0xffffffffff800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(95, f10, 0xffffffffff800000)
	CHECK_FLAGS(96, 0x0)
	/* fsgnjx.s 0xffffffffff800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(97, f10, 0xffffffff7f800000)
	CHECK_FLAGS(98, 0x0)
	/* fsgnjx.s 0xffffffffff800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(99, f10, 0xffffffffff800000)
	CHECK_FLAGS(100, 0x0)
	/* fsgnjx.s 0xffffffff7fc00000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(101, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(102, 0x0)
	/* fsgnjx.s 0xffffffff7fc00000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(103, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(104, 0x0)
	/* fsgnjx.s 0xffffffff7fc00000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(105, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(106, 0x0)
	/* fsgnjx.s 0xffffffff7fc00000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(107, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(108, 0x0)
	/* fsgnjx.s 0xffffffff7fc00000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(109, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(110, 0x0)
	/* fsgnjx.s 0xffffffff7fc00000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(111, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(112, 0x0)
	/* fsgnjx.s 0xffffffff7fc00000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(113, f10, 0xffffffffffc00000)
	CHECK_FLAGS(114, 0x0)
	/* fsgnjx.s 0xffffffff7fc00000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(115, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(116, 0x0)
	/* fsgnjx.s 0xffffffff7f800001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(117, f10, 0xffffffff7f800001)
	CHECK_FLAGS(118, 0x0)
	/* fsgnjx.s 0xffffffff7f800001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(119, f10, 0xffffffff7f800001)
	CHECK_FLAGS(120, 0x0)
	/* fsgnjx.s 0xffffffff7f800001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(121, f10, 0xffffffff7f800001)
	CHECK_FLAGS(122, 0x0)
	/* fsgnjx.s 0xffffffff7f800001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(123, f10, 0xffffffff7f800001)
	CHECK_FLAGS(124, 0x0)
	/* fsgnjx.s 0xffffffff7f800001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(125, f10, 0xffffffff7f800001)
	CHECK_FLAGS(126, 0x0)
	/* fsgnjx.s 0xffffffff7f800001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(127, f10, 0xffffffff7f800001)
	CHECK_FLAGS(128, 0x0)
	/* fsgnjx.s 0xffffffff7f800001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(129, f10, 0xffffffffff800001)
	CHECK_FLAGS(130, 0x0)
	/* fsgnjx.s 0xffffffff7f800001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(131, f10, 0xffffffff7f800001)
	CHECK_FLAGS(132, 0x0)
	/* fsgnjx.s 0xffffffffffc12345 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(133, f10, 0xffffffffffc12345)
	CHECK_FLAGS(134, 0x0)
	/* fsgnjx.s 0xffffffffffc12345 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(135, f10, 0xffffffffffc12345)
	CHECK_FLAGS(136, 0x0)
	/* fsgnjx.s 0xffffffffffc12345 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(137, f10, 0xffffffffffc12345)
	CHECK_FLAGS(138, 0x0)
	/* fsgnjx.s 0xffffffffffc12345 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(139, f10, 0xffffffffffc12345)
	CHECK_FLAGS(140, 0x0)
	/* fsgnjx.s 0xffffffffffc12345 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(141, f10, 0xffffffffffc12345)
	CHECK_FLAGS(142, 0x0)
	/* fsgnjx.s 0xffffffffffc12345 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(143, f10, 0xffffffffffc12345)
	CHECK_FLAGS(144, 0x0)
	/* fsgnjx.s 0xffffffffffc12345 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(145, f10, 0xffffffff7fc12345)
	CHECK_FLAGS(146, 0x0)
	/* fsgnjx.s 0xffffffffffc12345 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(147, f10, 0xffffffffffc12345)
	CHECK_FLAGS(148, 0x0)
	/* fsgnjx.s 0x3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(149, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(150, 0x0)
	/* fsgnjx.s 0x3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(151, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(152, 0x0)
	/* fsgnjx.s 0x3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(153, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(154, 0x0)
	/* fsgnjx.s 0x3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(155, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(156, 0x0)
	/* fsgnjx.s 0x3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(157, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(158, 0x0)
	/* fsgnjx.s 0x3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(159, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(160, 0x0)
	/* fsgnjx.s 0x3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(161, f10, 0xffffffffffc00000)
	CHECK_FLAGS(162, 0x0)
	/* fsgnjx.s 0x3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(163, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(164, 0x0)
	/* fsgnjx.s 0x7fc0000000000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(165, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(166, 0x0)
	/* fsgnjx.s 0x7fc0000000000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(167, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(168, 0x0)
	/* fsgnjx.s 0x7fc0000000000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(169, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(170, 0x0)
	/* fsgnjx.s 0x7fc0000000000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(171, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(172, 0x0)
	/* fsgnjx.s 0x7fc0000000000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(173, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(174, 0x0)
	/* fsgnjx.s 0x7fc0000000000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(175, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(176, 0x0)
	/* fsgnjx.s 0x7fc0000000000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(177, f10, 0xffffffffffc00000)
	CHECK_FLAGS(178, 0x0)
	/* fsgnjx.s 0x7fc0000000000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fsgnjx.s f10, f11, f12
	CHECK_F(179, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(180, 0x0)
	/* feq.s 0xffffffff00000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(181, a0, 0x1)
	CHECK_FLAGS(182, 0x0)
	/* feq.s 0xffffffff00000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(183, a0, 0x0)
	CHECK_FLAGS(184, 0x0)
	/* feq.s 0xffffffff00000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(185, a0, 0x0)
	CHECK_FLAGS(186, 0x0)
	/* feq.s 0xffffffff00000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(187, a0, 0x0)
	CHECK_FLAGS(188, 0x0)
	/* feq.s 0xffffffff00000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(189, a0, 0x0)
	CHECK_FLAGS(190, 0x0)
	/* feq.s 0xffffffff00000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(191, a0, 0x0)
	CHECK_FLAGS(192, 0x0)
	/* feq.s 0xffffffff00000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(193, a0, 0x0)
	CHECK_FLAGS(194, 0x0)
	/* feq.s 0xffffffff00000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(195, a0, 0x0)
	CHECK_FLAGS(196, 0x0)
	/* feq.s 0xffffffff80000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(197, a0, 0x1)
	CHECK_FLAGS(198, 0x0)
	/* feq.s 0xffffffff80000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(199, a0, 0x0)
	CHECK_FLAGS(200, 0x0)
	/* feq.s 0xffffffff80000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(201, a0, 0x0)
	CHECK_FLAGS(202, 0x0)
	/* feq.s 0xffffffff80000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(203, a0, 0x0)
	CHECK_FLAGS(204, 0x0)
	/* feq.s 0xffffffff80000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(205, a0, 0x0)
	CHECK_FLAGS(206, 0x0)
	/* feq.s 0xffffffff80000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(207, a0, 0x0)
	CHECK_FLAGS(208, 0x0)
	/* feq.s 0xffffffff80000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(209, a0, 0x0)
	CHECK_FLAGS(210, 0x0)
	/* feq.s 0xffffffff80000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(211, a0, 0x0)
	CHECK_FLAGS(212, 0x0)
	/* feq.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(213, a0, 0x0)
	CHECK_FLAGS(214, 0x0)
	/* feq.s 0xffffffff3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(215, a0, 0x1)
	CHECK_FLAGS(216, 0x0)
	/* feq.s 0xffffffff3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(217, a0, 0x0)
	CHECK_FLAGS(218, 0x0)
	/* feq.s 0xffffffff3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(219, a0, 0x0)
	CHECK_FLAGS(220, 0x0)
	/* feq.s 0xffffffff3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(221, a0, 0x0)
	CHECK_FLAGS(222, 0x0)
	/* feq.s 0xffffffff3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(223, a0, 0x0)
	CHECK_FLAGS(224, 0x0)
	/* feq.s 0xffffffff3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(225, a0, 0x0)
	CHECK_FLAGS(226, 0x0)
	/* feq.s 0xffffffff3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(227, a0, 0x0)
	CHECK_FLAGS(228, 0x0)
	/* feq.s 0xffffffffbf800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(229, a0, 0x0)
	CHECK_FLAGS(230, 0x0)
	/* feq.s 0xffffffffbf800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(231, a0, 0x0)
	CHECK_FLAGS(232, 0x0)
	/* feq.s 0xffffffffbf800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(233, a0, 0x0)
	CHECK_FLAGS(234, 0x0)
	/* feq.s 0xffffffffbf800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(235, a0, 0x0)
	CHECK_FLAGS(236, 0x0)
	/* feq.s 0xffffffffbf800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(237, a0, 0x0)
	CHECK_FLAGS(238, 0x0)
	/* feq.s 0xffffffffbf800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(239, a0, 0x0)
	CHECK_FLAGS(240, 0x0)
	/* feq.s 0xffffffffbf800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(241, a0, 0x0)
	CHECK_FLAGS(242, 0x0)
	/* feq.s 0xffffffffbf800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(243, a0, 0x0)
	CHECK_FLAGS(244, 0x0)
	/* feq.s 0xffffffff7f7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(245, a0, 0x0)
	CHECK_FLAGS(246, 0x0)
	/* feq.s 0xffffffff7f7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(247, a0, 0x0)
	CHECK_FLAGS(248, 0x0)
	/* feq.s 0xffffffff7f7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(249, a0, 0x1)
	CHECK_FLAGS(250, 0x0)
	/* feq.s 0xffffffff7f7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(251, a0, 0x0)
	CHECK_FLAGS(252, 0x0)
	/* feq.s 0xffffffff7f7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(253, a0, 0x0)
	CHECK_FLAGS(254, 0x0)
	/* feq.s 0xffffffff7f7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(255, a0, 0x0)
	CHECK_FLAGS(1, 0x0)
	/* feq.s 0xffffffff7f7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(2, a0, 0x0)
	CHECK_FLAGS(3, 0x0)
	/* feq.s 0xffffffff7f7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(4, a0, 0x0)
	CHECK_FLAGS(5, 0x0)
	/* feq.s 0xffffffffff7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(6, a0, 0x0)
	CHECK_FLAGS(7, 0x0)
	/* feq.s 0xffffffffff7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(8, a0, 0x0)
	CHECK_FLAGS(9, 0x0)
	/* feq.s 0xffffffffff7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(10, a0, 0x0)
	CHECK_FLAGS(11, 0x0)
	/* feq.s 0xffffffffff7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(12, a0, 0x0)
	CHECK_FLAGS(13, 0x0)
	/* feq.s 0xffffffffff7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(14, a0, 0x0)
	CHECK_FLAGS(15, 0x0)
	/* feq.s 0xffffffffff7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(16, a0, 0x0)
	CHECK_FLAGS(17, 0x0)
	/* feq.s 0xffffffffff7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(18, a0, 0x0)
	CHECK_FLAGS(19, 0x0)
	/* feq.s 0xffffffffff7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(20, a0, 0x0)
	CHECK_FLAGS(21, 0x0)
	/* feq.s 0xffffffff00000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(22, a0, 0x0)
	CHECK_FLAGS(23, 0x0)
	/* feq.s 0xffffffff00000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(24, a0, 0x0)
	CHECK_FLAGS(25, 0x0)
	/* feq.s 0xffffffff00000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(26, a0, 0x0)
	CHECK_FLAGS(27, 0x0)
	/* feq.s 0xffffffff00000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(28, a0, 0x1)
	CHECK_FLAGS(29, 0x0)
	/* feq.s 0xffffffff00000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(30, a0, 0x0)
	CHECK_FLAGS(31, 0x0)
	/* feq.s 0xffffffff00000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(32, a0, 0x0)
	CHECK_FLAGS(33, 0x0)
	/* feq.s 0xffffffff00000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(34, a0, 0x0)
	CHECK_FLAGS(35, 0x0)
	/* feq.s 0xffffffff00000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(36, a0, 0x0)
	CHECK_FLAGS(37, 0x0)
	/* feq.s 0xffffffff80000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(38, a0, 0x0)
	CHECK_FLAGS(39, 0x0)
	/* feq.s 0xffffffff80000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(40, a0, 0x0)
	CHECK_FLAGS(41, 0x0)
	/* feq.s 0xffffffff80000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(42, a0, 0x0)
	CHECK_FLAGS(43, 0x0)
	/* feq.s 0xffffffff80000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(44, a0, 0x0)
	CHECK_FLAGS(45, 0x0)
	/* feq.s 0xffffffff80000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(46, a0, 0x0)
	CHECK_FLAGS(47, 0x0)
	/* feq.s 0xffffffff80000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(48, a0, 0x0)
	CHECK_FLAGS(49, 0x0)
	/* feq.s 0xffffffff80000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(50, a0, 0x0)
	CHECK_FLAGS(51, 0x0)
	/* feq.s 0xffffffff80000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(52, a0, 0x0)
	CHECK_FLAGS(53, 0x0)
	/* feq.s 0xffffffff7f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(54, a0, 0x0)
	CHECK_FLAGS(55, 0x0)
	/* feq.s 0xffffffff7f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(56, a0, 0x0)
	CHECK_FLAGS(57, 0x0)
	/* feq.s 0xffffffff7f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(58, a0, 0x0)
	CHECK_FLAGS(59, 0x0)
	/* feq.s 0xffffffff7f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(60, a0, 0x0)
	CHECK_FLAGS(61, 0x0)
	/* feq.s 0xffffffff7f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(62, a0, 0x1)
	CHECK_FLAGS(63, 0x0)
	/* feq.s 0xffffffff7f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(64, a0, 0x0)
	CHECK_FLAGS(65, 0x0)
	/* feq.s 0xffffffff7f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(66, a0, 0x0)
	CHECK_FLAGS(67, 0x0)
	/* feq.s 0xffffffff7f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(68, a0, 0x0)
	CHECK_FLAGS(69, 0x0)
	/* feq.s 0xffffffffff800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(70, a0, 0x0)
	CHECK_FLAGS(71, 0x0)
	/* feq.s 0xffffffffff800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(72, a0, 0x0)
	CHECK_FLAGS(73, 0x0)
	/* feq.s 0xffffffffff800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(74, a0, 0x0)
	CHECK_FLAGS(75, 0x0)
	/* feq.s 0xffffffffff800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(76, a0, 0x0)
	CHECK_FLAGS(77, 0x0)
	/* feq.s 0xffffffffff800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(78, a0, 0x0)
	CHECK_FLAGS(79, 0x0)
	/* feq.s 0xffffffffff800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(80, a0, 0x0)
	CHECK_FLAGS(81, 0x0)
	/* feq.s 0xffffffffff800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(82, a0, 0x0)
	CHECK_FLAGS(83, 0x0)
	/* feq.s 0xffffffffff800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(84, a0, 0x0)
	CHECK_FLAGS(85, 0x0)
	/* feq.s 0xffffffff7fc00000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(86, a0, 0x0)
	CHECK_FLAGS(87, 0x0)
	/* feq.s 0xffffffff7fc00000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(88, a0, 0x0)
	CHECK_FLAGS(89, 0x0)
	/* feq.s 0xffffffff7fc00000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(90, a0, 0x0)
	CHECK_FLAGS(91, 0x0)
	/* feq.s 0xffffffff7fc00000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(92, a0, 0x0)
	CHECK_FLAGS(93, 0x0)
	/* feq.s 0xffffffff7fc00000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(94, a0, 0x0)
	CHECK_FLAGS(95, 0x0)
	/* feq.s 0xffffffff7fc00000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(96, a0, 0x0)
	CHECK_FLAGS(97, 0x0)
	/* feq.s 0xffffffff7fc00000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(98, a0, 0x0)
	CHECK_FLAGS(99, 0x0)
	/* feq.s 0xffffffff7fc00000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(100, a0, 0x0)
	CHECK_FLAGS(101, 0x0)
	/* feq.s 0xffffffff7f800001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(102, a0, 0x0)
	CHECK_FLAGS(103, 0x10)
	/* feq.s 0xffffffff7f800001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(104, a0, 0x0)
	CHECK_FLAGS(105, 0x10)
	/* feq.s 0xffffffff7f800001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(106, a0, 0x0)
	CHECK_FLAGS(107, 0x10)
	/* feq.s 0xffffffff7f800001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(108, a0, 0x0)
	CHECK_FLAGS(109, 0x10)
	/* feq.s 0xffffffff7f800001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(110, a0, 0x0)
	CHECK_FLAGS(111, 0x10)
	/* feq.s 0xffffffff7f800001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(112, a0, 0x0)
	CHECK_FLAGS(113, 0x10)
	/* feq.s 0xffffffff7f800001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(114, a0, 0x0)
	CHECK_FLAGS(115, 0x10)
	/* feq.s 0xffffffff7f800001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(116, a0, 0x0)
	CHECK_FLAGS(117, 0x10)
	/* feq.s 0xffffffffffc12345 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(118, a0, 0x0)
	CHECK_FLAGS(119, 0x0)
	/* feq.s 0xffffffffffc12345 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(120, a0, 0x0)
	CHECK_FLAGS(121, 0x0)
	/* feq.s 0xffffffffffc12345 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(122, a0, 0x0)
	CHECK_FLAGS(123, 0x0)
	/* feq.s 0xffffffffffc12345 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(124, a0, 0x0)
	CHECK_FLAGS(125, 0x0)
	/* feq.s 0xffffffffffc12345 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(126, a0, 0x0)
	CHECK_FLAGS(127, 0x0)
	/* feq.s 0xffffffffffc12345 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(128, a0, 0x0)
	CHECK_FLAGS(129, 0x0)
	/* feq.s 0xffffffffffc12345 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(130, a0, 0x0)
	CHECK_FLAGS(131, 0x0)
	/* feq.s 0xffffffffffc12345 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(132, a0, 0x0)
	CHECK_FLAGS(133, 0x0)
	/* feq.s 0x3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(134, a0, 0x0)
	CHECK_FLAGS(135, 0x0)
	/* feq.s 0x3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(136, a0, 0x0)
	CHECK_FLAGS(137, 0x0)
	/* feq.s 0x3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(138, a0, 0x0)
	CHECK_FLAGS(139, 0x0)
	/* feq.s 0x3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(140, a0, 0x0)
	CHECK_FLAGS(141, 0x0)
	/* feq.s 0x3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(142, a0, 0x0)
	CHECK_FLAGS(143, 0x0)
	/* feq.s 0x3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(144, a0, 0x0)
	CHECK_FLAGS(145, 0x0)
	/* feq.s 0x3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(146, a0, 0x0)
	CHECK_FLAGS(147, 0x0)
	/* feq.s 0x3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(148, a0, 0x0)
	CHECK_FLAGS(149, 0x0)
	/* feq.s 0x7fc0000000000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(150, a0, 0x0)
	CHECK_FLAGS(151, 0x0)
	/* feq.s 0x7fc0000000000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(152, a0, 0x0)
	CHECK_FLAGS(153, 0x0)
	/* feq.s 0x7fc0000000000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(154, a0, 0x0)
	CHECK_FLAGS(155, 0x0)
	/* feq.s 0x7fc0000000000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(156, a0, 0x0)
	CHECK_FLAGS(157, 0x0)
	/* feq.s 0x7fc0000000000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(158, a0, 0x0)
	CHECK_FLAGS(159, 0x0)
	/* feq.s 0x7fc0000000000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(160, a0, 0x0)
	CHECK_FLAGS(161, 0x0)
	/* feq.s 0x7fc0000000000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(162, a0, 0x0)
	CHECK_FLAGS(163, 0x0)
	/* feq.s 0x7fc0000000000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; feq.s a0, f11, f12
	CHECK(164, a0, 0x0)
	CHECK_FLAGS(165, 0x0)
	/* flt.s 0xffffffff00000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(166, a0, 0x0)
	CHECK_FLAGS(167, 0x0)
	/* flt.s 0xffffffff00000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(168, a0, 0x1)
	CHECK_FLAGS(169, 0x0)
	/* flt.s 0xffffffff00000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(170, a0, 0x1)
	CHECK_FLAGS(171, 0x0)
	/* flt.s 0xffffffff00000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(172, a0, 0x1)
	CHECK_FLAGS(173, 0x0)
	/* flt.s 0xffffffff00000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(174, a0, 0x1)
	CHECK_FLAGS(175, 0x0)
	/* flt.s 0xffffffff00000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(176, a0, 0x0)
	CHECK_FLAGS(177, 0x10)
	/* flt.s 0xffffffff00000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(178, a0, 0x0)
	CHECK_FLAGS(179, 0x10)
	/* flt.s 0xffffffff00000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(180, a0, 0x0)
	CHECK_FLAGS(181, 0x10)
	/* flt.s 0xffffffff80000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(182, a0, 0x0)
	CHECK_FLAGS(183, 0x0)
	/* flt.s 0xffffffff80000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(184, a0, 0x1)
	CHECK_FLAGS(185, 0x0)
	/* flt.s 0xffffffff80000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(186, a0, 0x1)
	CHECK_FLAGS(187, 0x0)
	/* flt.s 0xffffffff80000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(188, a0, 0x1)
	CHECK_FLAGS(189, 0x0)
	/* flt.s 0xffffffff80000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(190, a0, 0x1)
	CHECK_FLAGS(191, 0x0)
	/* flt.s 0xffffffff80000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(192, a0, 0x0)
	CHECK_FLAGS(193, 0x10)
	/* flt.s 0xffffffff80000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(194, a0, 0x0)
	CHECK_FLAGS(195, 0x10)
	/* flt.s 0xffffffff80000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(196, a0, 0x0)
	CHECK_FLAGS(197, 0x10)
	/* flt.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(198, a0, 0x0)
	CHECK_FLAGS(199, 0x0)
	/* flt.s 0xffffffff3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(200, a0, 0x0)
	CHECK_FLAGS(201, 0x0)
	/* flt.s 0xffffffff3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(202, a0, 0x1)
	CHECK_FLAGS(203, 0x0)
	/* flt.s 0xffffffff3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(204, a0, 0x0)
	CHECK_FLAGS(205, 0x0)
	/* flt.s 0xffffffff3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(206, a0, 0x1)
	CHECK_FLAGS(207, 0x0)
	/* flt.s 0xffffffff3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(208, a0, 0x0)
	CHECK_FLAGS(209, 0x10)
	/* flt.s 0xffffffff3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(210, a0, 0x0)
	CHECK_FLAGS(211, 0x10)
	/* flt.s 0xffffffff3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(212, a0, 0x0)
	CHECK_FLAGS(213, 0x10)
	/* flt.s 0xffffffffbf800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(214, a0, 0x1)
	CHECK_FLAGS(215, 0x0)
	/* flt.s 0xffffffffbf800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(216, a0, 0x1)
	CHECK_FLAGS(217, 0x0)
	/* flt.s 0xffffffffbf800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(218, a0, 0x1)
	CHECK_FLAGS(219, 0x0)
	/* flt.s 0xffffffffbf800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(220, a0, 0x1)
	CHECK_FLAGS(221, 0x0)
	/* flt.s 0xffffffffbf800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(222, a0, 0x1)
	CHECK_FLAGS(223, 0x0)
	/* flt.s 0xffffffffbf800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(224, a0, 0x0)
	CHECK_FLAGS(225, 0x10)
	/* flt.s 0xffffffffbf800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(226, a0, 0x0)
	CHECK_FLAGS(227, 0x10)
	/* flt.s 0xffffffffbf800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(228, a0, 0x0)
	CHECK_FLAGS(229, 0x10)
	/* flt.s 0xffffffff7f7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(230, a0, 0x0)
	CHECK_FLAGS(231, 0x0)
	/* flt.s 0xffffffff7f7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(232, a0, 0x0)
	CHECK_FLAGS(233, 0x0)
	/* flt.s 0xffffffff7f7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(234, a0, 0x0)
	CHECK_FLAGS(235, 0x0)
	/* flt.s 0xffffffff7f7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(236, a0, 0x0)
	CHECK_FLAGS(237, 0x0)
	/* flt.s 0xffffffff7f7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(238, a0, 0x1)
	CHECK_FLAGS(239, 0x0)
	/* flt.s 0xffffffff7f7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(240, a0, 0x0)
	CHECK_FLAGS(241, 0x10)
	/* flt.s 0xffffffff7f7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(242, a0, 0x0)
	CHECK_FLAGS(243, 0x10)
	/* flt.s 0xffffffff7f7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(244, a0, 0x0)
	CHECK_FLAGS(245, 0x10)
	/* flt.s 0xffffffffff7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(246, a0, 0x1)
	CHECK_FLAGS(247, 0x0)
	/* flt.s 0xffffffffff7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(248, a0, 0x1)
	CHECK_FLAGS(249, 0x0)
	/* flt.s 0xffffffffff7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(250, a0, 0x1)
	CHECK_FLAGS(251, 0x0)
	/* flt.s 0xffffffffff7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(252, a0, 0x1)
	CHECK_FLAGS(253, 0x0)
	/* flt.s 0xffffffffff7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(254, a0, 0x1)
	CHECK_FLAGS(255, 0x0)
	/* flt.s 0xffffffffff7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(1, a0, 0x0)
	CHECK_FLAGS(2, 0x10)
	/* flt.s 0xffffffffff7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(3, a0, 0x0)
	CHECK_FLAGS(4, 0x10)
	/* flt.s 0xffffffffff7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(5, a0, 0x0)
	CHECK_FLAGS(6, 0x10)
	/* flt.s 0xffffffff00000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(7, a0, 0x0)
	CHECK_FLAGS(8, 0x0)
	/* flt.s 0xffffffff00000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(9, a0, 0x1)
	CHECK_FLAGS(10, 0x0)
	/* flt.s 0xffffffff00000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(11, a0, 0x1)
	CHECK_FLAGS(12, 0x0)
	/* flt.s 0xffffffff00000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(13, a0, 0x0)
	CHECK_FLAGS(14, 0x0)
	/* flt.s 0xffffffff00000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(15, a0, 0x1)
	CHECK_FLAGS(16, 0x0)
	/* flt.s 0xffffffff00000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(17, a0, 0x0)
	CHECK_FLAGS(18, 0x10)
	/* flt.s 0xffffffff00000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(19, a0, 0x0)
	CHECK_FLAGS(20, 0x10)
	/* flt.s 0xffffffff00000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(21, a0, 0x0)
	CHECK_FLAGS(22, 0x10)
	/* flt.s 0xffffffff80000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(23, a0, 0x1)
	CHECK_FLAGS(24, 0x0)
	/* flt.s 0xffffffff80000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(25, a0, 0x1)
	CHECK_FLAGS(26, 0x0)
	/* flt.s 0xffffffff80000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(27, a0, 0x1)
	CHECK_FLAGS(28, 0x0)
	/* flt.s 0xffffffff80000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(29, a0, 0x1)
	CHECK_FLAGS(30, 0x0)
	/* flt.s 0xffffffff80000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(31, a0, 0x1)
	CHECK_FLAGS(32, 0x0)
	/* flt.s 0xffffffff80000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(33, a0, 0x0)
	CHECK_FLAGS(34, 0x10)
	/* flt.s 0xffffffff80000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(35, a0, 0x0)
	CHECK_FLAGS(36, 0x10)
	/* flt.s 0xffffffff80000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(37, a0, 0x0)
	CHECK_FLAGS(38, 0x10)
	/* flt.s 0xffffffff7f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(39, a0, 0x0)
	CHECK_FLAGS(40, 0x0)
	/* flt.s 0xffffffff7f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(41, a0, 0x0)
	CHECK_FLAGS(42, 0x0)
	/* flt.s 0xffffffff7f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(43, a0, 0x0)
	CHECK_FLAGS(44, 0x0)
	/* flt.s 0xffffffff7f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(45, a0, 0x0)
	CHECK_FLAGS(46, 0x0)
	/* flt.s 0xffffffff7f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(47, a0, 0x0)
	CHECK_FLAGS(48, 0x0)
	/* flt.s 0xffffffff7f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(49, a0, 0x0)
	CHECK_FLAGS(50, 0x10)
	/* flt.s 0xffffffff7f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(51, a0, 0x0)
	CHECK_FLAGS(52, 0x10)
	/* flt.s 0xffffffff7f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(53, a0, 0x0)
	CHECK_FLAGS(54, 0x10)
	/* flt.s 0xffffffffff800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(55, a0, 0x1)
	CHECK_FLAGS(56, 0x0)
	/* flt.s 0xffffffffff800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(57, a0, 0x1)
	CHECK_FLAGS(58, 0x0)
	/* flt.s 0xffffffffff800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(59, a0, 0x1)
	CHECK_FLAGS(60, 0x0)
	/* flt.s 0xffffffffff800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(61, a0, 0x1)
	CHECK_FLAGS(62, 0x0)
	/* flt.s 0xffffffffff800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(63, a0, 0x1)
	CHECK_FLAGS(64, 0x0)
	/* flt.s 0xffffffffff800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(65, a0, 0x0)
	CHECK_FLAGS(66, 0x10)
	/* flt.s 0xffffffffff800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(67, a0, 0x0)
	CHECK_FLAGS(68, 0x10)
	/* flt.s 0xffffffffff800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(69, a0, 0x0)
	CHECK_FLAGS(70, 0x10)
	/* flt.s 0xffffffff7fc00000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(71, a0, 0x0)
	CHECK_FLAGS(72, 0x10)
	/* flt.s 0xffffffff7fc00000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(73, a0, 0x0)
	CHECK_FLAGS(74, 0x10)
	/* flt.s 0xffffffff7fc00000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(75, a0, 0x0)
	CHECK_FLAGS(76, 0x10)
	/* flt.s 0xffffffff7fc00000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(77, a0, 0x0)
	CHECK_FLAGS(78, 0x10)
	/* flt.s 0xffffffff7fc00000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(79, a0, 0x0)
	CHECK_FLAGS(80, 0x10)
	/* flt.s 0xffffffff7fc00000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(81, a0, 0x0)
	CHECK_FLAGS(82, 0x10)
	/* flt.s 0xffffffff7fc00000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(83, a0, 0x0)
	CHECK_FLAGS(84, 0x10)
	/* flt.s 0xffffffff7fc00000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(85, a0, 0x0)
	CHECK_FLAGS(86, 0x10)
	/* flt.s 0xffffffff7f800001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(87, a0, 0x0)
	CHECK_FLAGS(88, 0x10)
	/* flt.s 0xffffffff7f800001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(89, a0, 0x0)
	CHECK_FLAGS(90, 0x10)
	/* flt.s 0xffffffff7f800001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(91, a0, 0x0)
	CHECK_FLAGS(92, 0x10)
	/* flt.s 0xffffffff7f800001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(93, a0, 0x0)
	CHECK_FLAGS(94, 0x10)
	/* flt.s 0xffffffff7f800001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(95, a0, 0x0)
	CHECK_FLAGS(96, 0x10)
	/* flt.s 0xffffffff7f800001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(97, a0, 0x0)
	CHECK_FLAGS(98, 0x10)
	/* flt.s 0xffffffff7f800001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(99, a0, 0x0)
	CHECK_FLAGS(100, 0x10)
	/* flt.s 0xffffffff7f800001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(101, a0, 0x0)
	CHECK_FLAGS(102, 0x10)
	/* flt.s 0xffffffffffc12345 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(103, a0, 0x0)
	CHECK_FLAGS(104, 0x10)
	/* flt.s 0xffffffffffc12345 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(105, a0, 0x0)
	CHECK_FLAGS(106, 0x10)
	/* flt.s 0xffffffffffc12345 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(107, a0, 0x0)
	CHECK_FLAGS(108, 0x10)
	/* flt.s 0xffffffffffc12345 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(109, a0, 0x0)
	CHECK_FLAGS(110, 0x10)
	/* flt.s 0xffffffffffc12345 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(111, a0, 0x0)
	CHECK_FLAGS(112, 0x10)
	/* flt.s 0xffffffffffc12345 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(113, a0, 0x0)
	CHECK_FLAGS(114, 0x10)
	/* flt.s 0xffffffffffc12345 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(115, a0, 0x0)
	CHECK_FLAGS(116, 0x10)
	/* flt.s 0xffffffffffc12345 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(117, a0, 0x0)
	CHECK_FLAGS(118, 0x10)
	/* flt.s 0x3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(119, a0, 0x0)
	CHECK_FLAGS(120, 0x10)
	/* flt.s 0x3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(121, a0, 0x0)
	CHECK_FLAGS(122, 0x10)
	/* flt.s 0x3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(123, a0, 0x0)
	CHECK_FLAGS(124, 0x10)
	/* flt.s 0x3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(125, a0, 0x0)
	CHECK_FLAGS(126, 0x10)
	/* flt.s 0x3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(127, a0, 0x0)
	CHECK_FLAGS(128, 0x10)
	/* flt.s 0x3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(129, a0, 0x0)
	CHECK_FLAGS(130, 0x10)
	/* flt.s 0x3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(131, a0, 0x0)
	CHECK_FLAGS(132, 0x10)
	/* flt.s 0x3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(133, a0, 0x0)
	CHECK_FLAGS(134, 0x10)
	/* flt.s 0x7fc0000000000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(135, a0, 0x0)
	CHECK_FLAGS(136, 0x10)
	/* flt.s 0x7fc0000000000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(137, a0, 0x0)
	CHECK_FLAGS(138, 0x10)
	/* flt.s 0x7fc0000000000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(139, a0, 0x0)
	CHECK_FLAGS(140, 0x10)
	/* flt.s 0x7fc0000000000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(141, a0, 0x0)
	CHECK_FLAGS(142, 0x10)
	/* flt.s 0x7fc0000000000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(143, a0, 0x0)
	CHECK_FLAGS(144, 0x10)
	/* flt.s 0x7fc0000000000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(145, a0, 0x0)
	CHECK_FLAGS(146, 0x10)
	/* flt.s 0x7fc0000000000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(147, a0, 0x0)
	CHECK_FLAGS(148, 0x10)
	/* flt.s 0x7fc0000000000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; flt.s a0, f11, f12
	CHECK(149, a0, 0x0)
	CHECK_FLAGS(150, 0x10)
	/* fle.s 0xffffffff00000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(151, a0, 0x1)
	CHECK_FLAGS(152, 0x0)
	/* fle.s 0xffffffff00000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(153, a0, 0x1)
	CHECK_FLAGS(154, 0x0)
	/* fle.s 0xffffffff00000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(155, a0, 0x1)
	CHECK_FLAGS(156, 0x0)
	/* fle.s 0xffffffff00000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(157, a0, 0x1)
	CHECK_FLAGS(158, 0x0)
	/* fle.s 0xffffffff00000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(159, a0, 0x1)
	CHECK_FLAGS(160, 0x0)
	/* fle.s 0xffffffff00000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(161, a0, 0x0)
	CHECK_FLAGS(162, 0x10)
	/* fle.s 0xffffffff00000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(163, a0, 0x0)
	CHECK_FLAGS(164, 0x10)
	/* fle.s 0xffffffff00000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(165, a0, 0x0)
	CHECK_FLAGS(166, 0x10)
	/* fle.s 0xffffffff80000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(167, a0, 0x1)
	CHECK_FLAGS(168, 0x0)
	/* fle.s 0xffffffff80000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(169, a0, 0x1)
	CHECK_FLAGS(170, 0x0)
	/* fle.s 0xffffffff80000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(171, a0, 0x1)
	CHECK_FLAGS(172, 0x0)
	/* fle.s 0xffffffff80000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(173, a0, 0x1)
	CHECK_FLAGS(174, 0x0)
	/* fle.s 0xffffffff80000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(175, a0, 0x1)
	CHECK_FLAGS(176, 0x0)
	/* fle.s 0xffffffff80000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(177, a0, 0x0)
	CHECK_FLAGS(178, 0x10)
	/* fle.s 0xffffffff80000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(179, a0, 0x0)
	CHECK_FLAGS(180, 0x10)
	/* fle.s 0xffffffff80000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(181, a0, 0x0)
	CHECK_FLAGS(182, 0x10)
	/* fle.s 0xffffffff3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(183, a0, 0x0)
	CHECK_FLAGS(184, 0x0)
	/* fle.s 0xffffffff3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(185, a0, 0x1)
	CHECK_FLAGS(186, 0x0)
	/* fle.s 0xffffffff3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(187, a0, 0x1)
	CHECK_FLAGS(188, 0x0)
	/* fle.s 0xffffffff3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(189, a0, 0x0)
	CHECK_FLAGS(190, 0x0)
	/* fle.s 0xffffffff3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(191, a0, 0x1)
	CHECK_FLAGS(192, 0x0)
	/* fle.s 0xffffffff3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(193, a0, 0x0)
	CHECK_FLAGS(194, 0x10)
	/* fle.s 0xffffffff3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(195, a0, 0x0)
	CHECK_FLAGS(196, 0x10)
	/* fle.s 0xffffffff3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(197, a0, 0x0)
	CHECK_FLAGS(198, 0x10)
	/* fle.s 0xffffffffbf800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(199, a0, 0x1)
	CHECK_FLAGS(200, 0x0)
	/* fle.s 0xffffffffbf800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(201, a0, 0x1)
	CHECK_FLAGS(202, 0x0)
	/* fle.s 0xffffffffbf800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(203, a0, 0x1)
	CHECK_FLAGS(204, 0x0)
	/* fle.s 0xffffffffbf800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(205, a0, 0x1)
	CHECK_FLAGS(206, 0x0)
	/* fle.s 0xffffffffbf800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(207, a0, 0x1)
	CHECK_FLAGS(208, 0x0)
	/* fle.s 0xffffffffbf800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(209, a0, 0x0)
	CHECK_FLAGS(210, 0x10)
	/* fle.s 0xffffffffbf800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(211, a0, 0x0)
	CHECK_FLAGS(212, 0x10)
	/* fle.s 0xffffffffbf800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(213, a0, 0x0)
	CHECK_FLAGS(214, 0x10)
	/* fle.s 0xffffffff7f7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(215, a0, 0x0)
	CHECK_FLAGS(216, 0x0)
	/* fle.s 0xffffffff7f7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(217, a0, 0x0)
	CHECK_FLAGS(218, 0x0)
	/* fle.s 0xffffffff7f7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(219, a0, 0x1)
	CHECK_FLAGS(220, 0x0)
	/* fle.s 0xffffffff7f7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(221, a0, 0x0)
	CHECK_FLAGS(222, 0x0)
	/* fle.s 0xffffffff7f7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(223, a0, 0x1)
	CHECK_FLAGS(224, 0x0)
	/* fle.s 0xffffffff7f7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(225, a0, 0x0)
	CHECK_FLAGS(226, 0x10)
	/* fle.s 0xffffffff7f7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(227, a0, 0x0)
	CHECK_FLAGS(228, 0x10)
	/* fle.s 0xffffffff7f7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(229, a0, 0x0)
	CHECK_FLAGS(230, 0x10)
	/* fle.s 0xffffffffff7fffff 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(231, a0, 0x1)
	CHECK_FLAGS(232, 0x0)
	/* fle.s 0xffffffffff7fffff 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(233, a0, 0x1)
	CHECK_FLAGS(234, 0x0)
	/* fle.s 0xffffffffff7fffff 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(235, a0, 0x1)
	CHECK_FLAGS(236, 0x0)
	/* fle.s 0xffffffffff7fffff 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(237, a0, 0x1)
	CHECK_FLAGS(238, 0x0)
	/* fle.s 0xffffffffff7fffff 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(239, a0, 0x1)
	CHECK_FLAGS(240, 0x0)
	/* fle.s 0xffffffffff7fffff 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(241, a0, 0x0)
	CHECK_FLAGS(242, 0x10)
	/* fle.s 0xffffffffff7fffff 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(243, a0, 0x0)
	CHECK_FLAGS(244, 0x10)
	/* fle.s 0xffffffffff7fffff 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(245, a0, 0x0)
	CHECK_FLAGS(246, 0x10)
	/* fle.s 0xffffffff00000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(247, a0, 0x0)
	CHECK_FLAGS(248, 0x0)
	/* fle.s 0xffffffff00000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(249, a0, 0x1)
	CHECK_FLAGS(250, 0x0)
	/* fle.s 0xffffffff00000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(251, a0, 0x1)
	CHECK_FLAGS(252, 0x0)
	/* fle.s 0xffffffff00000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(253, a0, 0x1)
	CHECK_FLAGS(254, 0x0)
	/* fle.s 0xffffffff00000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(255, a0, 0x1)
	CHECK_FLAGS(1, 0x0)
	/* fle.s 0xffffffff00000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(2, a0, 0x0)
	CHECK_FLAGS(3, 0x10)
	/* fle.s 0xffffffff00000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(4, a0, 0x0)
	CHECK_FLAGS(5, 0x10)
	/* fle.s 0xffffffff00000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(6, a0, 0x0)
	CHECK_FLAGS(7, 0x10)
	/* fle.s 0xffffffff80000001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(8, a0, 0x1)
	CHECK_FLAGS(9, 0x0)
	/* fle.s 0xffffffff80000001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(10, a0, 0x1)
	CHECK_FLAGS(11, 0x0)
	/* fle.s 0xffffffff80000001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(12, a0, 0x1)
	CHECK_FLAGS(13, 0x0)
	/* fle.s 0xffffffff80000001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(14, a0, 0x1)
	CHECK_FLAGS(15, 0x0)
	/* fle.s 0xffffffff80000001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(16, a0, 0x1)
	CHECK_FLAGS(17, 0x0)
	/* fle.s 0xffffffff80000001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(18, a0, 0x0)
	CHECK_FLAGS(19, 0x10)
	/* fle.s 0xffffffff80000001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(20, a0, 0x0)
	CHECK_FLAGS(21, 0x10)
	/* fle.s 0xffffffff80000001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(22, a0, 0x0)
	CHECK_FLAGS(23, 0x10)
	/* fle.s 0xffffffff7f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(24, a0, 0x0)
	CHECK_FLAGS(25, 0x0)
	/* fle.s 0xffffffff7f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(26, a0, 0x0)
	CHECK_FLAGS(27, 0x0)
	/* fle.s 0xffffffff7f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(28, a0, 0x0)
	CHECK_FLAGS(29, 0x0)
	/* fle.s 0xffffffff7f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(30, a0, 0x0)
	CHECK_FLAGS(31, 0x0)
	/* fle.s 0xffffffff7f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(32, a0, 0x1)
	CHECK_FLAGS(33, 0x0)
	/* fle.s 0xffffffff7f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(34, a0, 0x0)
	CHECK_FLAGS(35, 0x10)
	/* fle.s 0xffffffff7f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(36, a0, 0x0)
	CHECK_FLAGS(37, 0x10)
	/* fle.s 0xffffffff7f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(38, a0, 0x0)
	CHECK_FLAGS(39, 0x10)
	/* fle.s 0xffffffffff800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(40, a0, 0x1)
	CHECK_FLAGS(41, 0x0)
	/* fle.s 0xffffffffff800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(42, a0, 0x1)
	CHECK_FLAGS(43, 0x0)
	/* fle.s 0xffffffffff800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(44, a0, 0x1)
	CHECK_FLAGS(45, 0x0)
	/* fle.s 0xffffffffff800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(46, a0, 0x1)
	CHECK_FLAGS(47, 0x0)
	/* fle.s 0xffffffffff800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(48, a0, 0x1)
	CHECK_FLAGS(49, 0x0)
	/* fle.s 0xffffffffff800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(50, a0, 0x0)
	CHECK_FLAGS(51, 0x10)
	/* fle.s 0xffffffffff800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(52, a0, 0x0)
	CHECK_FLAGS(53, 0x10)
	/* fle.s 0xffffffffff800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(54, a0, 0x0)
	CHECK_FLAGS(55, 0x10)
	/* fle.s 0xffffffff7fc00000 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(56, a0, 0x0)
	CHECK_FLAGS(57, 0x10)
	/* fle.s 0xffffffff7fc00000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(58, a0, 0x0)
	CHECK_FLAGS(59, 0x10)
	/* fle.s 0xffffffff7fc00000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(60, a0, 0x0)
	CHECK_FLAGS(61, 0x10)
	/* fle.s 0xffffffff7fc00000 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(62, a0, 0x0)
	CHECK_FLAGS(63, 0x10)
	/* fle.s 0xffffffff7fc00000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(64, a0, 0x0)
	CHECK_FLAGS(65, 0x10)
	/* fle.s 0xffffffff7fc00000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(66, a0, 0x0)
	CHECK_FLAGS(67, 0x10)
	/* fle.s 0xffffffff7fc00000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(68, a0, 0x0)
	CHECK_FLAGS(69, 0x10)
	/* fle.s 0xffffffff7fc00000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(70, a0, 0x0)
	CHECK_FLAGS(71, 0x10)
	/* fle.s 0xffffffff7f800001 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(72, a0, 0x0)
	CHECK_FLAGS(73, 0x10)
	/* fle.s 0xffffffff7f800001 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(74, a0, 0x0)
	CHECK_FLAGS(75, 0x10)
	/* fle.s 0xffffffff7f800001 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(76, a0, 0x0)
	CHECK_FLAGS(77, 0x10)
	/* fle.s 0xffffffff7f800001 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(78, a0, 0x0)
	CHECK_FLAGS(79, 0x10)
	/* fle.s 0xffffffff7f800001 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(80, a0, 0x0)
	CHECK_FLAGS(81, 0x10)
	/* fle.s 0xffffffff7f800001 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(82, a0, 0x0)
	CHECK_FLAGS(83, 0x10)
	/* fle.s 0xffffffff7f800001 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(84, a0, 0x0)
	CHECK_FLAGS(85, 0x10)
	/* fle.s 0xffffffff7f800001 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(86, a0, 0x0)
	CHECK_FLAGS(87, 0x10)
	/* fle.s 0xffffffffffc12345 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(88, a0, 0x0)
	CHECK_FLAGS(89, 0x10)
	/* fle.s 0xffffffffffc12345 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(90, a0, 0x0)
	CHECK_FLAGS(91, 0x10)
	/* fle.s 0xffffffffffc12345 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(92, a0, 0x0)
	CHECK_FLAGS(93, 0x10)
	/* fle.s 0xffffffffffc12345 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(94, a0, 0x0)
	CHECK_FLAGS(95, 0x10)
	/* fle.s 0xffffffffffc12345 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(96, a0, 0x0)
	CHECK_FLAGS(97, 0x10)
	/* fle.s 0xffffffffffc12345 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(98, a0, 0x0)
	CHECK_FLAGS(99, 0x10)
	/* fle.s 0xffffffffffc12345 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(100, a0, 0x0)
	CHECK_FLAGS(101, 0x10)
	/* fle.s 0xffffffffffc12345 0x7fc0000000000000 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(102, a0, 0x0)
	CHECK_FLAGS(103, 0x10)
	/* fle.s 0x3f800000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(104, a0, 0x0)
	CHECK_FLAGS(105, 0x10)
	/* fle.s 0x3f800000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(106, a0, 0x0)
	CHECK_FLAGS(107, 0x10)
	/* fle.s 0x3f800000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(108, a0, 0x0)
	CHECK_FLAGS(109, 0x10)
	/* fle.s 0x3f800000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(110, a0, 0x0)
	CHECK_FLAGS(111, 0x10)
	/* fle.s 0x3f800000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(112, a0, 0x0)
	CHECK_FLAGS(113, 0x10)
	/* fle.s 0x3f800000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(114, a0, 0x0)
	CHECK_FLAGS(115, 0x10)
	/* fle.s 0x3f800000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(116, a0, 0x0)
	CHECK_FLAGS(117, 0x10)
	/* fle.s 0x3f800000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(118, a0, 0x0)
	CHECK_FLAGS(119, 0x10)
	/* fle.s 0x7fc0000000000000 0xffffffff00000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(120, a0, 0x0)
	CHECK_FLAGS(121, 0x10)
	/* fle.s 0x7fc0000000000000 0xffffffff3f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff3f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(122, a0, 0x0)
	CHECK_FLAGS(123, 0x10)
	/* fle.s 0x7fc0000000000000 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f7fffff; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(124, a0, 0x0)
	CHECK_FLAGS(125, 0x10)
	/* fle.s 0x7fc0000000000000 0xffffffff00000001 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff00000001; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(126, a0, 0x0)
	CHECK_FLAGS(127, 0x10)
	/* fle.s 0x7fc0000000000000 0xffffffff7f800000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7f800000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(128, a0, 0x0)
	CHECK_FLAGS(129, 0x10)
	/* fle.s 0x7fc0000000000000 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffff7fc00000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(130, a0, 0x0)
	CHECK_FLAGS(131, 0x10)
	/* fle.s 0x7fc0000000000000 0xffffffffffc12345 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0xffffffffffc12345; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(132, a0, 0x0)
	CHECK_FLAGS(133, 0x10)
	/* fle.s 0x7fc0000000000000 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; li t0, 0x7fc0000000000000; fmv.d.x f12, t0; fle.s a0, f11, f12
	CHECK(134, a0, 0x0)
	CHECK_FLAGS(135, 0x10)
	/* fclass.s 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(136, a0, 0x10)
	CHECK_FLAGS(137, 0x0)
	/* fclass.s 0xffffffff80000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(138, a0, 0x8)
	CHECK_FLAGS(139, 0x0)
	/* fclass.s 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(140, a0, 0x40)
	CHECK_FLAGS(141, 0x0)
	/* fclass.s 0xffffffffbf800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(142, a0, 0x2)
	CHECK_FLAGS(143, 0x0)
	/* fclass.s 0xffffffff3fc00000 rm=None frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(144, a0, 0x40)
	CHECK_FLAGS(145, 0x0)
	/* fclass.s 0xffffffff40200000 rm=None frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(146, a0, 0x40)
	CHECK_FLAGS(147, 0x0)
	/* fclass.s 0xffffffffc0200000 rm=None frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(148, a0, 0x2)
	CHECK_FLAGS(149, 0x0)
	/* fclass.s 0xffffffff3f000000 rm=None frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(150, a0, 0x40)
	CHECK_FLAGS(151, 0x0)
	/* fclass.s 0xffffffffbf000000 rm=None frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(152, a0, 0x2)
	CHECK_FLAGS(153, 0x0)
	/* fclass.s 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(154, a0, 0x40)
	CHECK_FLAGS(155, 0x0)
	/* fclass.s 0xffffffffff7fffff rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(156, a0, 0x2)
	CHECK_FLAGS(157, 0x0)
	/* fclass.s 0xffffffff00800000 rm=None frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(158, a0, 0x40)
	CHECK_FLAGS(159, 0x0)
	/* fclass.s 0xffffffff007fffff rm=None frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(160, a0, 0x20)
	CHECK_FLAGS(161, 0x0)
	/* fclass.s 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(162, a0, 0x20)
	CHECK_FLAGS(163, 0x0)
	/* fclass.s 0xffffffff80000001 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(164, a0, 0x4)
	CHECK_FLAGS(165, 0x0)
	/* fclass.s 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(166, a0, 0x80)
	CHECK_FLAGS(167, 0x0)
	/* fclass.s 0xffffffffff800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(168, a0, 0x1)
	CHECK_FLAGS(169, 0x0)
	/* fclass.s 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(170, a0, 0x200)
	CHECK_FLAGS(171, 0x0)
	/* fclass.s 0xffffffff7f800001 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(172, a0, 0x100)
	CHECK_FLAGS(173, 0x0)
	/* fclass.s 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(174, a0, 0x200)
	CHECK_FLAGS(175, 0x0)
	/* fclass.s 0xffffffff3f800001 rm=None frm=None */
	li t0, 0xffffffff3f800001; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(176, a0, 0x40)
	CHECK_FLAGS(177, 0x0)
	/* fclass.s 0xffffffff33800000 rm=None frm=None */
	li t0, 0xffffffff33800000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(178, a0, 0x40)
	CHECK_FLAGS(179, 0x0)
	/* fclass.s 0xffffffff40400000 rm=None frm=None */
	li t0, 0xffffffff40400000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(180, a0, 0x40)
	CHECK_FLAGS(181, 0x0)
	/* fclass.s 0xffffffff3dcccccd rm=None frm=None */
	li t0, 0xffffffff3dcccccd; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(182, a0, 0x40)
	CHECK_FLAGS(183, 0x0)
	/* fclass.s 0xffffffff501502f9 rm=None frm=None */
	li t0, 0xffffffff501502f9; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(184, a0, 0x40)
	CHECK_FLAGS(185, 0x0)
	/* fclass.s 0xffffffff4f32d05e rm=None frm=None */
	li t0, 0xffffffff4f32d05e; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(186, a0, 0x40)
	CHECK_FLAGS(187, 0x0)
	/* fclass.s 0xffffffff4f000000 rm=None frm=None */
	li t0, 0xffffffff4f000000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(188, a0, 0x40)
	CHECK_FLAGS(189, 0x0)
	/* fclass.s 0xffffffffcf000000 rm=None frm=None */
	li t0, 0xffffffffcf000000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(190, a0, 0x2)
	CHECK_FLAGS(191, 0x0)
	/* fclass.s 0xffffffff5f000000 rm=None frm=None */
	li t0, 0xffffffff5f000000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(192, a0, 0x40)
	CHECK_FLAGS(193, 0x0)
	/* fclass.s 0xffffffff5f800000 rm=None frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(194, a0, 0x40)
	CHECK_FLAGS(195, 0x0)
	/* fclass.s 0xffffffffdf000000 rm=None frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(196, a0, 0x2)
	CHECK_FLAGS(197, 0x0)
	/* fclass.s 0xffffffff4b800001 rm=None frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(198, a0, 0x40)
	CHECK_FLAGS(199, 0x0)
	/* fclass.s 0xffffffff3f7fffff rm=None frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(200, a0, 0x40)
	CHECK_FLAGS(201, 0x0)
	/* fclass.s 0x3f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(202, a0, 0x200)
	CHECK_FLAGS(203, 0x0)
	/* fclass.s 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fclass.s a0, f11
	CHECK(204, a0, 0x200)
	CHECK_FLAGS(205, 0x0)
	/* fmin.d 0x0 0x0 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(206, f10, 0x0)
	CHECK_FLAGS(207, 0x0)
	/* fmin.d 0x0 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(208, f10, 0x0)
	CHECK_FLAGS(209, 0x0)
	/* fmin.d 0x0 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(210, f10, 0x0)
	CHECK_FLAGS(211, 0x0)
	/* fmin.d 0x0 0x1 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(212, f10, 0x0)
	CHECK_FLAGS(213, 0x0)
	/* fmin.d 0x0 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(214, f10, 0x0)
	CHECK_FLAGS(215, 0x0)
	/* fmin.d 0x0 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(216, f10, 0x0)
	CHECK_FLAGS(217, 0x0)
	/* fmin.d 0x0 0xfff8000000001234 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(218, f10, 0x0)
	CHECK_FLAGS(219, 0x0)
	/* fmin.d 0x0 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(220, f10, 0xbcb0000000000000)
	CHECK_FLAGS(221, 0x0)
	/* fmin.d 0x8000000000000000 0x0 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(222, f10, 0x8000000000000000)
	CHECK_FLAGS(223, 0x0)
	/* fmin.d 0x8000000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(224, f10, 0x8000000000000000)
	CHECK_FLAGS(225, 0x0)
	/* fmin.d 0x8000000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(226, f10, 0x8000000000000000)
	CHECK_FLAGS(227, 0x0)
	/* fmin.d 0x8000000000000000 0x1 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(228, f10, 0x8000000000000000)
	CHECK_FLAGS(229, 0x0)
	/* fmin.d 0x8000000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(230, f10, 0x8000000000000000)
	CHECK_FLAGS(231, 0x0)
	/* fmin.d 0x8000000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(232, f10, 0x8000000000000000)
	CHECK_FLAGS(233, 0x0)
	/* fmin.d 0x8000000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(234, f10, 0x8000000000000000)
	CHECK_FLAGS(235, 0x0)
	/* fmin.d 0x8000000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(236, f10, 0xbcb0000000000000)
	CHECK_FLAGS(237, 0x0)
	/* fmin.d 0x3ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(238, f10, 0x0)
	CHECK_FLAGS(239, 0x0)
	/* fmin.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(240, f10, 0x3ff0000000000000)
	CHECK_FLAGS(241, 0x0)
	/* fmin.d 0x3ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(242, f10, 0x3ff0000000000000)
	CHECK_FLAGS(243, 0x0)
	/* fmin.d 0x3ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(244, f10, 0x1)
	CHECK_FLAGS(245, 0x0)
	/* fmin.d 0x3ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(246, f10, 0x3ff0000000000000)
	CHECK_FLAGS(247, 0x0)
	/* fmin.d 0x3ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(248, f10, 0x3ff0000000000000)
	CHECK_FLAGS(249, 0x0)
	/* fmin.d 0x3ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(250, f10, 0x3ff0000000000000)
	CHECK_FLAGS(251, 0x0)
	/* fmin.d 0x3ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(252, f10, 0xbcb0000000000000)
	CHECK_FLAGS(253, 0x0)
	/* fmin.d 0xbff0000000000000 0x0 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(254, f10, 0xbff0000000000000)
	CHECK_FLAGS(255, 0x0)
	/* fmin.d 0xbff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(1, f10, 0xbff0000000000000)
	CHECK_FLAGS(2, 0x0)
	/* fmin.d 0xbff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(3, f10, 0xbff0000000000000)
	CHECK_FLAGS(4, 0x0)
	/* fmin.d 0xbff0000000000000 0x1 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(5, f10, 0xbff0000000000000)
	CHECK_FLAGS(6, 0x0)
	/* fmin.d 0xbff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(7, f10, 0xbff0000000000000)
	CHECK_FLAGS(8, 0x0)
	/* fmin.d 0xbff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(9, f10, 0xbff0000000000000)
	CHECK_FLAGS(10, 0x0)
	/* fmin.d 0xbff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(11, f10, 0xbff0000000000000)
	CHECK_FLAGS(12, 0x0)
	/* fmin.d 0xbff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(13, f10, 0xbff0000000000000)
	CHECK_FLAGS(14, 0x0)
	/* fmin.d 0x7fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(15, f10, 0x0)
	CHECK_FLAGS(16, 0x0)
	/* fmin.d 0x7fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(17, f10, 0x3ff0000000000000)
	CHECK_FLAGS(18, 0x0)
	/* fmin.d 0x7fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(19, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(20, 0x0)
	/* fmin.d 0x7fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(21, f10, 0x1)
	CHECK_FLAGS(22, 0x0)
	/* fmin.d 0x7fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(23, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(24, 0x0)
	/* fmin.d 0x7fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(25, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(26, 0x0)
	/* fmin.d 0x7fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(27, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(28, 0x0)
	/* fmin.d 0x7fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(29, f10, 0xbcb0000000000000)
	CHECK_FLAGS(30, 0x0)
	/* fmin.d 0xffefffffffffffff 0x0 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(31, f10, 0xffefffffffffffff)
	CHECK_FLAGS(32, 0x0)
	/* fmin.d 0xffefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(33, f10, 0xffefffffffffffff)
	CHECK_FLAGS(34, 0x0)
	/* fmin.d 0xffefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(35, f10, 0xffefffffffffffff)
	CHECK_FLAGS(36, 0x0)
	/* fmin.d 0xffefffffffffffff 0x1 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(37, f10, 0xffefffffffffffff)
	CHECK_FLAGS(38, 0x0)
	/* fmin.d 0xffefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(39, f10, 0xffefffffffffffff)
	CHECK_FLAGS(40, 0x0)
	/* fmin.d 0xffefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(41, f10, 0xffefffffffffffff)
	CHECK_FLAGS(42, 0x0)
	/* fmin.d 0xffefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(43, f10, 0xffefffffffffffff)
	CHECK_FLAGS(44, 0x0)
	/* fmin.d 0xffefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(45, f10, 0xffefffffffffffff)
	CHECK_FLAGS(46, 0x0)
	/* fmin.d 0x1 0x0 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(47, f10, 0x0)
	CHECK_FLAGS(48, 0x0)
	/* fmin.d 0x1 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(49, f10, 0x1)
	CHECK_FLAGS(50, 0x0)
	/* fmin.d 0x1 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(51, f10, 0x1)
	CHECK_FLAGS(52, 0x0)
	/* fmin.d 0x1 0x1 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(53, f10, 0x1)
	CHECK_FLAGS(54, 0x0)
	/* fmin.d 0x1 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(55, f10, 0x1)
	CHECK_FLAGS(56, 0x0)
	/* fmin.d 0x1 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(57, f10, 0x1)
	CHECK_FLAGS(58, 0x0)
	/* fmin.d 0x1 0xfff8000000001234 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(59, f10, 0x1)
	CHECK_FLAGS(60, 0x0)
	/* fmin.d 0x1 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(61, f10, 0xbcb0000000000000)
	CHECK_FLAGS(62, 0x0)
	/* fmin.d 0x8000000000000001 0x0 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(63, f10, 0x8000000000000001)
	CHECK_FLAGS(64, 0x0)
	/* fmin.d 0x8000000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(65, f10, 0x8000000000000001)
	CHECK_FLAGS(66, 0x0)
	/* fmin.d 0x8000000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(67, f10, 0x8000000000000001)
	CHECK_FLAGS(68, 0x0)
	/* fmin.d 0x8000000000000001 0x1 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(69, f10, 0x8000000000000001)
	CHECK_FLAGS(70, 0x0)
	/* fmin.d 0x8000000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(71, f10, 0x8000000000000001)
	CHECK_FLAGS(72, 0x0)
	/* fmin.d 0x8000000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(73, f10, 0x8000000000000001)
	CHECK_FLAGS(74, 0x0)
	/* fmin.d 0x8000000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(75, f10, 0x8000000000000001)
	CHECK_FLAGS(76, 0x0)
	/* fmin.d 0x8000000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(77, f10, 0xbcb0000000000000)
	CHECK_FLAGS(78, 0x0)
	/* fmin.d 0x7ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(79, f10, 0x0)
	CHECK_FLAGS(80, 0x0)
	/* fmin.d 0x7ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(81, f10, 0x3ff0000000000000)
	CHECK_FLAGS(82, 0x0)
	/* fmin.d 0x7ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(83, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(84, 0x0)
	/* fmin.d 0x7ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(85, f10, 0x1)
	CHECK_FLAGS(86, 0x0)
	/* fmin.d 0x7ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(87, f10, 0x7ff0000000000000)
	CHECK_FLAGS(88, 0x0)
	/* fmin.d 0x7ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(89, f10, 0x7ff0000000000000)
	CHECK_FLAGS(90, 0x0)
	/* fmin.d 0x7ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(91, f10, 0x7ff0000000000000)
	CHECK_FLAGS(92, 0x0)
	/* fmin.d 0x7ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(93, f10, 0xbcb0000000000000)
	CHECK_FLAGS(94, 0x0)
	/* fmin.d 0xfff0000000000000 0x0 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(95, f10, 0xfff0000000000000)
	CHECK_FLAGS(96, 0x0)
	/* fmin.d 0xfff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(97, f10, 0xfff0000000000000)
	CHECK_FLAGS(98, 0x0)
	/* fmin.d 0xfff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(99, f10, 0xfff0000000000000)
	CHECK_FLAGS(100, 0x0)
	/* fmin.d 0xfff0000000000000 0x1 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(101, f10, 0xfff0000000000000)
	CHECK_FLAGS(102, 0x0)
	/* fmin.d 0xfff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(103, f10, 0xfff0000000000000)
	CHECK_FLAGS(104, 0x0)
	/* fmin.d 0xfff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(105, f10, 0xfff0000000000000)
	CHECK_FLAGS(106, 0x0)
	/* fmin.d 0xfff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(107, f10, 0xfff0000000000000)
	CHECK_FLAGS(108, 0x0)
	/* fmin.d 0xfff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(109, f10, 0xfff0000000000000)
	CHECK_FLAGS(110, 0x0)
	/* fmin.d 0x7ff8000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(111, f10, 0x0)
	CHECK_FLAGS(112, 0x0)
	/* fmin.d 0x7ff8000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(113, f10, 0x3ff0000000000000)
	CHECK_FLAGS(114, 0x0)
	/* fmin.d 0x7ff8000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(115, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(116, 0x0)
	/* fmin.d 0x7ff8000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(117, f10, 0x1)
	CHECK_FLAGS(118, 0x0)
	/* fmin.d 0x7ff8000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(119, f10, 0x7ff0000000000000)
	CHECK_FLAGS(120, 0x0)
	/* fmin.d 0x7ff8000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(121, f10, 0x7ff8000000000000)
	CHECK_FLAGS(122, 0x0)
	/* fmin.d 0x7ff8000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(123, f10, 0x7ff8000000000000)
	CHECK_FLAGS(124, 0x0)
	/* fmin.d 0x7ff8000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(125, f10, 0xbcb0000000000000)
	CHECK_FLAGS(126, 0x0)
	/* fmin.d 0x7ff0000000000001 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(127, f10, 0x0)
	CHECK_FLAGS(128, 0x10)
	/* fmin.d 0x7ff0000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(129, f10, 0x3ff0000000000000)
	CHECK_FLAGS(130, 0x10)
	/* fmin.d 0x7ff0000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(131, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(132, 0x10)
	/* fmin.d 0x7ff0000000000001 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(133, f10, 0x1)
	CHECK_FLAGS(134, 0x10)
	/* fmin.d 0x7ff0000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(135, f10, 0x7ff0000000000000)
	CHECK_FLAGS(136, 0x10)
	/* fmin.d 0x7ff0000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(137, f10, 0x7ff8000000000000)
	CHECK_FLAGS(138, 0x10)
	/* fmin.d 0x7ff0000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(139, f10, 0x7ff8000000000000)
	CHECK_FLAGS(140, 0x10)
	/* fmin.d 0x7ff0000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(141, f10, 0xbcb0000000000000)
	CHECK_FLAGS(142, 0x10)
	/* fmin.d 0xfff8000000001234 0x0 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(143, f10, 0x0)
	CHECK_FLAGS(144, 0x0)
	/* fmin.d 0xfff8000000001234 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(145, f10, 0x3ff0000000000000)
	CHECK_FLAGS(146, 0x0)
	/* fmin.d 0xfff8000000001234 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(147, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(148, 0x0)
	/* fmin.d 0xfff8000000001234 0x1 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(149, f10, 0x1)
	CHECK_FLAGS(150, 0x0)
	/* fmin.d 0xfff8000000001234 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(151, f10, 0x7ff0000000000000)
	CHECK_FLAGS(152, 0x0)
	/* fmin.d 0xfff8000000001234 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(153, f10, 0x7ff8000000000000)
	CHECK_FLAGS(154, 0x0)
	/* fmin.d 0xfff8000000001234 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(155, f10, 0x7ff8000000000000)
	CHECK_FLAGS(156, 0x0)
	/* fmin.d 0xfff8000000001234 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(157, f10, 0xbcb0000000000000)
	CHECK_FLAGS(158, 0x0)
	/* fmin.d 0x3fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(159, f10, 0x0)
	CHECK_FLAGS(160, 0x0)
	/* fmin.d 0x3fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(161, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(162, 0x0)
	/* fmin.d 0x3fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(163, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(164, 0x0)
	/* fmin.d 0x3fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(165, f10, 0x1)
	CHECK_FLAGS(166, 0x0)
	/* fmin.d 0x3fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(167, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(168, 0x0)
	/* fmin.d 0x3fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(169, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(170, 0x0)
	/* fmin.d 0x3fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(171, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(172, 0x0)
	/* fmin.d 0x3fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(173, f10, 0xbcb0000000000000)
	CHECK_FLAGS(174, 0x0)
	/* fmin.d 0xbcb0000000000000 0x0 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(175, f10, 0xbcb0000000000000)
	CHECK_FLAGS(176, 0x0)
	/* fmin.d 0xbcb0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(177, f10, 0xbcb0000000000000)
	CHECK_FLAGS(178, 0x0)
	/* fmin.d 0xbcb0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(179, f10, 0xbcb0000000000000)
	CHECK_FLAGS(180, 0x0)
	/* fmin.d 0xbcb0000000000000 0x1 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(181, f10, 0xbcb0000000000000)
	CHECK_FLAGS(182, 0x0)
	/* fmin.d 0xbcb0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(183, f10, 0xbcb0000000000000)
	CHECK_FLAGS(184, 0x0)
	/* fmin.d 0xbcb0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(185, f10, 0xbcb0000000000000)
	CHECK_FLAGS(186, 0x0)
	/* fmin.d 0xbcb0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(187, f10, 0xbcb0000000000000)
	CHECK_FLAGS(188, 0x0)
	/* fmin.d 0xbcb0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmin.d f10, f11, f12
	CHECK_F(189, f10, 0xbcb0000000000000)
	CHECK_FLAGS(190, 0x0)
	/* fmax.d 0x0 0x0 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(191, f10, 0x0)
	CHECK_FLAGS(192, 0x0)
	/* fmax.d 0x0 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(193, f10, 0x3ff0000000000000)
	CHECK_FLAGS(194, 0x0)
	/* fmax.d 0x0 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(195, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(196, 0x0)
	/* fmax.d 0x0 0x1 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(197, f10, 0x1)
	CHECK_FLAGS(198, 0x0)
	/* fmax.d 0x0 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(199, f10, 0x7ff0000000000000)
	CHECK_FLAGS(200, 0x0)
	/* fmax.d 0x0 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(201, f10, 0x0)
	CHECK_FLAGS(202, 0x0)
	/* fmax.d 0x0 0xfff8000000001234 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(203, f10, 0x0)
	CHECK_FLAGS(204, 0x0)
	/* fmax.d 0x0 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(205, f10, 0x0)
	CHECK_FLAGS(206, 0x0)
	/* fmax.d 0x8000000000000000 0x0 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(207, f10, 0x0)
	CHECK_FLAGS(208, 0x0)
	/* fmax.d 0x8000000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(209, f10, 0x3ff0000000000000)
	CHECK_FLAGS(210, 0x0)
	/* fmax.d 0x8000000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(211, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(212, 0x0)
	/* fmax.d 0x8000000000000000 0x1 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(213, f10, 0x1)
	CHECK_FLAGS(214, 0x0)
	/* fmax.d 0x8000000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(215, f10, 0x7ff0000000000000)
	CHECK_FLAGS(216, 0x0)
	/* fmax.d 0x8000000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(217, f10, 0x8000000000000000)
	CHECK_FLAGS(218, 0x0)
	/* fmax.d 0x8000000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(219, f10, 0x8000000000000000)
	CHECK_FLAGS(220, 0x0)
	/* fmax.d 0x8000000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(221, f10, 0x8000000000000000)
	CHECK_FLAGS(222, 0x0)
	/* fmax.d 0x3ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(223, f10, 0x3ff0000000000000)
	CHECK_FLAGS(224, 0x0)
	/* fmax.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(225, f10, 0x3ff0000000000000)
	CHECK_FLAGS(226, 0x0)
	/* fmax.d 0x3ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(227, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(228, 0x0)
	/* fmax.d 0x3ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(229, f10, 0x3ff0000000000000)
	CHECK_FLAGS(230, 0x0)
	/* fmax.d 0x3ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(231, f10, 0x7ff0000000000000)
	CHECK_FLAGS(232, 0x0)
	/* fmax.d 0x3ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(233, f10, 0x3ff0000000000000)
	CHECK_FLAGS(234, 0x0)
	/* fmax.d 0x3ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(235, f10, 0x3ff0000000000000)
	CHECK_FLAGS(236, 0x0)
	/* fmax.d 0x3ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(237, f10, 0x3ff0000000000000)
	CHECK_FLAGS(238, 0x0)
	/* fmax.d 0xbff0000000000000 0x0 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(239, f10, 0x0)
	CHECK_FLAGS(240, 0x0)
	/* fmax.d 0xbff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(241, f10, 0x3ff0000000000000)
	CHECK_FLAGS(242, 0x0)
	/* fmax.d 0xbff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(243, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(244, 0x0)
	/* fmax.d 0xbff0000000000000 0x1 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(245, f10, 0x1)
	CHECK_FLAGS(246, 0x0)
	/* fmax.d 0xbff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(247, f10, 0x7ff0000000000000)
	CHECK_FLAGS(248, 0x0)
	/* fmax.d 0xbff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(249, f10, 0xbff0000000000000)
	CHECK_FLAGS(250, 0x0)
	/* fmax.d 0xbff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(251, f10, 0xbff0000000000000)
	CHECK_FLAGS(252, 0x0)
	/* fmax.d 0xbff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(253, f10, 0xbcb0000000000000)
	CHECK_FLAGS(254, 0x0)
	/* fmax.d 0x7fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(255, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(1, 0x0)
	/* fmax.d 0x7fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(2, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(3, 0x0)
	/* fmax.d 0x7fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(4, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(5, 0x0)
	/* fmax.d 0x7fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(6, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(7, 0x0)
	/* fmax.d 0x7fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(8, f10, 0x7ff0000000000000)
	CHECK_FLAGS(9, 0x0)
	/* fmax.d 0x7fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(10, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(11, 0x0)
	/* fmax.d 0x7fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(12, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(13, 0x0)
	/* fmax.d 0x7fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(14, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(15, 0x0)
	/* fmax.d 0xffefffffffffffff 0x0 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(16, f10, 0x0)
	CHECK_FLAGS(17, 0x0)
	/* fmax.d 0xffefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(18, f10, 0x3ff0000000000000)
	CHECK_FLAGS(19, 0x0)
	/* fmax.d 0xffefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(20, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(21, 0x0)
	/* fmax.d 0xffefffffffffffff 0x1 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(22, f10, 0x1)
	CHECK_FLAGS(23, 0x0)
	/* fmax.d 0xffefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(24, f10, 0x7ff0000000000000)
	CHECK_FLAGS(25, 0x0)
	/* fmax.d 0xffefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(26, f10, 0xffefffffffffffff)
	CHECK_FLAGS(27, 0x0)
	/* fmax.d 0xffefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(28, f10, 0xffefffffffffffff)
	CHECK_FLAGS(29, 0x0)
	/* fmax.d 0xffefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(30, f10, 0xbcb0000000000000)
	CHECK_FLAGS(31, 0x0)
	/* fmax.d 0x1 0x0 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(32, f10, 0x1)
	CHECK_FLAGS(33, 0x0)
	/* fmax.d 0x1 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(34, f10, 0x3ff0000000000000)
	CHECK_FLAGS(35, 0x0)
	/* fmax.d 0x1 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(36, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(37, 0x0)
	/* fmax.d 0x1 0x1 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(38, f10, 0x1)
	CHECK_FLAGS(39, 0x0)
	/* fmax.d 0x1 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(40, f10, 0x7ff0000000000000)
	CHECK_FLAGS(41, 0x0)
	/* fmax.d 0x1 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(42, f10, 0x1)
	CHECK_FLAGS(43, 0x0)
	/* fmax.d 0x1 0xfff8000000001234 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(44, f10, 0x1)
	CHECK_FLAGS(45, 0x0)
	/* fmax.d 0x1 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(46, f10, 0x1)
	CHECK_FLAGS(47, 0x0)
	/* fmax.d 0x8000000000000001 0x0 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(48, f10, 0x0)
	CHECK_FLAGS(49, 0x0)
	/* fmax.d 0x8000000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(50, f10, 0x3ff0000000000000)
	CHECK_FLAGS(51, 0x0)
	/* fmax.d 0x8000000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(52, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(53, 0x0)
	/* fmax.d 0x8000000000000001 0x1 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(54, f10, 0x1)
	CHECK_FLAGS(55, 0x0)
	/* fmax.d 0x8000000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(56, f10, 0x7ff0000000000000)
	CHECK_FLAGS(57, 0x0)
	/* fmax.d 0x8000000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(58, f10, 0x8000000000000001)
	CHECK_FLAGS(59, 0x0)
	/* fmax.d 0x8000000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(60, f10, 0x8000000000000001)
	CHECK_FLAGS(61, 0x0)
	/* fmax.d 0x8000000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(62, f10, 0x8000000000000001)
	CHECK_FLAGS(63, 0x0)
	/* fmax.d 0x7ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(64, f10, 0x7ff0000000000000)
	CHECK_FLAGS(65, 0x0)
	/* fmax.d 0x7ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(66, f10, 0x7ff0000000000000)
	CHECK_FLAGS(67, 0x0)
	/* fmax.d 0x7ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(68, f10, 0x7ff0000000000000)
	CHECK_FLAGS(69, 0x0)
	/* fmax.d 0x7ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(70, f10, 0x7ff0000000000000)
	CHECK_FLAGS(71, 0x0)
	/* fmax.d 0x7ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(72, f10, 0x7ff0000000000000)
	CHECK_FLAGS(73, 0x0)
	/* fmax.d 0x7ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(74, f10, 0x7ff0000000000000)
	CHECK_FLAGS(75, 0x0)
	/* fmax.d 0x7ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(76, f10, 0x7ff0000000000000)
	CHECK_FLAGS(77, 0x0)
	/* fmax.d 0x7ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(78, f10, 0x7ff0000000000000)
	CHECK_FLAGS(79, 0x0)
	/* fmax.d 0xfff0000000000000 0x0 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(80, f10, 0x0)
	CHECK_FLAGS(81, 0x0)
	/* fmax.d 0xfff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(82, f10, 0x3ff0000000000000)
	CHECK_FLAGS(83, 0x0)
	/* fmax.d 0xfff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(84, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(85, 0x0)
	/* fmax.d 0xfff0000000000000 0x1 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(86, f10, 0x1)
	CHECK_FLAGS(87, 0x0)
	/* fmax.d 0xfff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(88, f10, 0x7ff0000000000000)
	CHECK_FLAGS(89, 0x0)
	/* fmax.d 0xfff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(90, f10, 0xfff0000000000000)
	CHECK_FLAGS(91, 0x0)
	/* fmax.d 0xfff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(92, f10, 0xfff0000000000000)
	CHECK_FLAGS(93, 0x0)
	/* fmax.d 0xfff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(94, f10, 0xbcb0000000000000)
	CHECK_FLAGS(95, 0x0)
	/* fmax.d 0x7ff8000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(96, f10, 0x0)
	CHECK_FLAGS(97, 0x0)
	/* fmax.d 0x7ff8000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(98, f10, 0x3ff0000000000000)
	CHECK_FLAGS(99, 0x0)
	/* fmax.d 0x7ff8000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(100, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(101, 0x0)
	/* fmax.d 0x7ff8000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(102, f10, 0x1)
	CHECK_FLAGS(103, 0x0)
	/* fmax.d 0x7ff8000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(104, f10, 0x7ff0000000000000)
	CHECK_FLAGS(105, 0x0)
	/* fmax.d 0x7ff8000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(106, f10, 0x7ff8000000000000)
	CHECK_FLAGS(107, 0x0)
	/* fmax.d 0x7ff8000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(108, f10, 0x7ff8000000000000)
	CHECK_FLAGS(109, 0x0)
	/* fmax.d 0x7ff8000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(110, f10, 0xbcb0000000000000)
	CHECK_FLAGS(111, 0x0)
	/* fmax.d 0x7ff0000000000001 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(112, f10, 0x0)
	CHECK_FLAGS(113, 0x10)
	/* fmax.d 0x7ff0000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(114, f10, 0x3ff0000000000000)
	CHECK_FLAGS(115, 0x10)
	/* fmax.d 0x7ff0000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(116, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(117, 0x10)
	/* fmax.d 0x7ff0000000000001 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(118, f10, 0x1)
	CHECK_FLAGS(119, 0x10)
	/* fmax.d 0x7ff0000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(120, f10, 0x7ff0000000000000)
	CHECK_FLAGS(121, 0x10)
	/* fmax.d 0x7ff0000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(122, f10, 0x7ff8000000000000)
	CHECK_FLAGS(123, 0x10)
	/* fmax.d 0x7ff0000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(124, f10, 0x7ff8000000000000)
	CHECK_FLAGS(125, 0x10)
	/* fmax.d 0x7ff0000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(126, f10, 0xbcb0000000000000)
	CHECK_FLAGS(127, 0x10)
	/* fmax.d 0xfff8000000001234 0x0 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(128, f10, 0x0)
	CHECK_FLAGS(129, 0x0)
	/* fmax.d 0xfff8000000001234 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(130, f10, 0x3ff0000000000000)
	CHECK_FLAGS(131, 0x0)
	/* fmax.d 0xfff8000000001234 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(132, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(133, 0x0)
	/* fmax.d 0xfff8000000001234 0x1 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(134, f10, 0x1)
	CHECK_FLAGS(135, 0x0)
	/* fmax.d 0xfff8000000001234 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(136, f10, 0x7ff0000000000000)
	CHECK_FLAGS(137, 0x0)
	/* fmax.d 0xfff8000000001234 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(138, f10, 0x7ff8000000000000)
	CHECK_FLAGS(139, 0x0)
	/* fmax.d 0xfff8000000001234 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(140, f10, 0x7ff8000000000000)
	CHECK_FLAGS(141, 0x0)
	/* fmax.d 0xfff8000000001234 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(142, f10, 0xbcb0000000000000)
	CHECK_FLAGS(143, 0x0)
	/* fmax.d 0x3fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(144, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(145, 0x0)
	/* fmax.d 0x3fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(146, f10, 0x3ff0000000000000)
	CHECK_FLAGS(147, 0x0)
	/* fmax.d 0x3fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(148, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(149, 0x0)
	/* fmax.d 0x3fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(150, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(151, 0x0)
	/* fmax.d 0x3fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(152, f10, 0x7ff0000000000000)
	CHECK_FLAGS(153, 0x0)
	/* fmax.d 0x3fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(154, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(155, 0x0)
	/* fmax.d 0x3fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(156, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(157, 0x0)
	/* fmax.d 0x3fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(158, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(159, 0x0)
	/* fmax.d 0xbcb0000000000000 0x0 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(160, f10, 0x0)
	CHECK_FLAGS(161, 0x0)
	/* fmax.d 0xbcb0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(162, f10, 0x3ff0000000000000)
	CHECK_FLAGS(163, 0x0)
	/* fmax.d 0xbcb0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(164, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(165, 0x0)
	/* fmax.d 0xbcb0000000000000 0x1 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(166, f10, 0x1)
	CHECK_FLAGS(167, 0x0)
	/* fmax.d 0xbcb0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(168, f10, 0x7ff0000000000000)
	CHECK_FLAGS(169, 0x0)
	/* fmax.d 0xbcb0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(170, f10, 0xbcb0000000000000)
	CHECK_FLAGS(171, 0x0)
	/* fmax.d 0xbcb0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(172, f10, 0xbcb0000000000000)
	CHECK_FLAGS(173, 0x0)
	/* fmax.d 0xbcb0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fmax.d f10, f11, f12
	CHECK_F(174, f10, 0xbcb0000000000000)
	CHECK_FLAGS(175, 0x0)
	/* fsgnj.d 0x0 0x0 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(176, f10, 0x0)
	CHECK_FLAGS(177, 0x0)
	/* fsgnj.d 0x0 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(178, f10, 0x0)
	CHECK_FLAGS(179, 0x0)
	/* fsgnj.d 0x0 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(180, f10, 0x0)
	CHECK_FLAGS(181, 0x0)
	/* fsgnj.d 0x0 0x1 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(182, f10, 0x0)
	CHECK_FLAGS(183, 0x0)
	/* fsgnj.d 0x0 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(184, f10, 0x0)
	CHECK_FLAGS(185, 0x0)
	/* fsgnj.d 0x0 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(186, f10, 0x0)
	CHECK_FLAGS(187, 0x0)
	/* fsgnj.d 0x0 0xfff8000000001234 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(188, f10, 0x8000000000000000)
	CHECK_FLAGS(189, 0x0)
	/* fsgnj.d 0x0 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(190, f10, 0x8000000000000000)
	CHECK_FLAGS(191, 0x0)
	/* fsgnj.d 0x8000000000000000 0x0 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(192, f10, 0x0)
	CHECK_FLAGS(193, 0x0)
	/* fsgnj.d 0x8000000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(194, f10, 0x0)
	CHECK_FLAGS(195, 0x0)
	/* fsgnj.d 0x8000000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(196, f10, 0x0)
	CHECK_FLAGS(197, 0x0)
	/* fsgnj.d 0x8000000000000000 0x1 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(198, f10, 0x0)
	CHECK_FLAGS(199, 0x0)
	/* fsgnj.d 0x8000000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(200, f10, 0x0)
	CHECK_FLAGS(201, 0x0)
	/* fsgnj.d 0x8000000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(202, f10, 0x0)
	CHECK_FLAGS(203, 0x0)
	/* fsgnj.d 0x8000000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(204, f10, 0x8000000000000000)
	CHECK_FLAGS(205, 0x0)
	/* fsgnj.d 0x8000000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(206, f10, 0x8000000000000000)
	CHECK_FLAGS(207, 0x0)
	/* fsgnj.d 0x3ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(208, f10, 0x3ff0000000000000)
	CHECK_FLAGS(209, 0x0)
	/* fsgnj.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(210, f10, 0x3ff0000000000000)
	CHECK_FLAGS(211, 0x0)
	/* fsgnj.d 0x3ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(212, f10, 0x3ff0000000000000)
	CHECK_FLAGS(213, 0x0)
	/* fsgnj.d 0x3ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(214, f10, 0x3ff0000000000000)
	CHECK_FLAGS(215, 0x0)
	/* fsgnj.d 0x3ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(216, f10, 0x3ff0000000000000)
	CHECK_FLAGS(217, 0x0)
	/* fsgnj.d 0x3ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(218, f10, 0x3ff0000000000000)
	CHECK_FLAGS(219, 0x0)
	/* fsgnj.d 0x3ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(220, f10, 0xbff0000000000000)
	CHECK_FLAGS(221, 0x0)
	/* fsgnj.d 0x3ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(222, f10, 0xbff0000000000000)
	CHECK_FLAGS(223, 0x0)
	/* fsgnj.d 0xbff0000000000000 0x0 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(224, f10, 0x3ff0000000000000)
	CHECK_FLAGS(225, 0x0)
	/* fsgnj.d 0xbff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(226, f10, 0x3ff0000000000000)
	CHECK_FLAGS(227, 0x0)
	/* fsgnj.d 0xbff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(228, f10, 0x3ff0000000000000)
	CHECK_FLAGS(229, 0x0)
	/* fsgnj.d 0xbff0000000000000 0x1 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(230, f10, 0x3ff0000000000000)
	CHECK_FLAGS(231, 0x0)
	/* fsgnj.d 0xbff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(232, f10, 0x3ff0000000000000)
	CHECK_FLAGS(233, 0x0)
	/* fsgnj.d 0xbff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(234, f10, 0x3ff0000000000000)
	CHECK_FLAGS(235, 0x0)
	/* fsgnj.d 0xbff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(236, f10, 0xbff0000000000000)
	CHECK_FLAGS(237, 0x0)
	/* fsgnj.d 0xbff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(238, f10, 0xbff0000000000000)
	CHECK_FLAGS(239, 0x0)
	/* fsgnj.d 0x7fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(240, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(241, 0x0)
	/* fsgnj.d 0x7fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(242, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(243, 0x0)
	/* fsgnj.d 0x7fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(244, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(245, 0x0)
	/* fsgnj.d 0x7fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(246, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(247, 0x0)
	/* fsgnj.d 0x7fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(248, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(249, 0x0)
	/* fsgnj.d 0x7fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(250, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(251, 0x0)
	/* fsgnj.d 0x7fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(252, f10, 0xffefffffffffffff)
	CHECK_FLAGS(253, 0x0)
	/* fsgnj.d 0x7fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(254, f10, 0xffefffffffffffff)
	CHECK_FLAGS(255, 0x0)
	/* fsgnj.d 0xffefffffffffffff 0x0 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(1, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(2, 0x0)
	/* fsgnj.d 0xffefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(3, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(4, 0x0)
	/* fsgnj.d 0xffefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(5, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(6, 0x0)
	/* fsgnj.d 0xffefffffffffffff 0x1 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(7, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(8, 0x0)
	/* fsgnj.d 0xffefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(9, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(10, 0x0)
	/* fsgnj.d 0xffefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(11, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(12, 0x0)
	/* fsgnj.d 0xffefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(13, f10, 0xffefffffffffffff)
	CHECK_FLAGS(14, 0x0)
	/* fsgnj.d 0xffefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(15, f10, 0xffefffffffffffff)
	CHECK_FLAGS(16, 0x0)
	/* fsgnj.d 0x1 0x0 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(17, f10, 0x1)
	CHECK_FLAGS(18, 0x0)
	/* fsgnj.d 0x1 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(19, f10, 0x1)
	CHECK_FLAGS(20, 0x0)
	/* fsgnj.d 0x1 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(21, f10, 0x1)
	CHECK_FLAGS(22, 0x0)
	/* fsgnj.d 0x1 0x1 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(23, f10, 0x1)
	CHECK_FLAGS(24, 0x0)
	/* fsgnj.d 0x1 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(25, f10, 0x1)
	CHECK_FLAGS(26, 0x0)
	/* fsgnj.d 0x1 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(27, f10, 0x1)
	CHECK_FLAGS(28, 0x0)
	/* fsgnj.d 0x1 0xfff8000000001234 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(29, f10, 0x8000000000000001)
	CHECK_FLAGS(30, 0x0)
	/* fsgnj.d 0x1 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(31, f10, 0x8000000000000001)
	CHECK_FLAGS(32, 0x0)
	/* fsgnj.d 0x8000000000000001 0x0 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(33, f10, 0x1)
	CHECK_FLAGS(34, 0x0)
	/* fsgnj.d 0x8000000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(35, f10, 0x1)
	CHECK_FLAGS(36, 0x0)
	/* fsgnj.d 0x8000000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(37, f10, 0x1)
	CHECK_FLAGS(38, 0x0)
	/* fsgnj.d 0x8000000000000001 0x1 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(39, f10, 0x1)
	CHECK_FLAGS(40, 0x0)
	/* fsgnj.d 0x8000000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(41, f10, 0x1)
	CHECK_FLAGS(42, 0x0)
	/* fsgnj.d 0x8000000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(43, f10, 0x1)
	CHECK_FLAGS(44, 0x0)
	/* fsgnj.d 0x8000000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(45, f10, 0x8000000000000001)
	CHECK_FLAGS(46, 0x0)
	/* fsgnj.d 0x8000000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(47, f10, 0x8000000000000001)
	CHECK_FLAGS(48, 0x0)
	/* fsgnj.d 0x7ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(49, f10, 0x7ff0000000000000)
	CHECK_FLAGS(50, 0x0)
	/* fsgnj.d 0x7ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(51, f10, 0x7ff0000000000000)
	CHECK_FLAGS(52, 0x0)
	/* fsgnj.d 0x7ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(53, f10, 0x7ff0000000000000)
	CHECK_FLAGS(54, 0x0)
	/* fsgnj.d 0x7ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(55, f10, 0x7ff0000000000000)
	CHECK_FLAGS(56, 0x0)
	/* fsgnj.d 0x7ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(57, f10, 0x7ff0000000000000)
	CHECK_FLAGS(58, 0x0)
	/* fsgnj.d 0x7ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(59, f10, 0x7ff0000000000000)
	CHECK_FLAGS(60, 0x0)
	/* fsgnj.d 0x7ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(61, f10, 0xfff0000000000000)
	CHECK_FLAGS(62, 0x0)
	/* fsgnj.d 0x7ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(63, f10, 0xfff0000000000000)
	CHECK_FLAGS(64, 0x0)
	/* fsgnj.d 0xfff0000000000000 0x0 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(65, f10, 0x7ff0000000000000)
	CHECK_FLAGS(66, 0x0)
	/* fsgnj.d 0xfff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(67, f10, 0x7ff0000000000000)
	CHECK_FLAGS(68, 0x0)
	/* fsgnj.d 0xfff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(69, f10, 0x7ff0000000000000)
	CHECK_FLAGS(70, 0x0)
	/* fsgnj.d 0xfff0000000000000 0x1 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(71, f10, 0x7ff0000000000000)
	CHECK_FLAGS(72, 0x0)
	/* fsgnj.d 0xfff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(73, f10, 0x7ff0000000000000)
	CHECK_FLAGS(74, 0x0)
	/* fsgnj.d 0xfff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(75, f10, 0x7ff0000000000000)
	CHECK_FLAGS(76, 0x0)
	/* fsgnj.d 0xfff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(77, f10, 0xfff0000000000000)
	CHECK_FLAGS(78, 0x0)
	/* fsgnj.d 0xfff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(79, f10, 0xfff0000000000000)
	CHECK_FLAGS(80, 0x0)
	/* fsgnj.d 0x7ff8000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(81, f10, 0x7ff8000000000000)
	CHECK_FLAGS(82, 0x0)
	/* fsgnj.d 0x7ff8000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(83, f10, 0x7ff8000000000000)
	CHECK_FLAGS(84, 0x0)
	/* fsgnj.d 0x7ff8000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(85, f10, 0x7ff8000000000000)
	CHECK_FLAGS(86, 0x0)
	/* fsgnj.d 0x7ff8000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(87, f10, 0x7ff8000000000000)
	CHECK_FLAGS(88, 0x0)
	/* fsgnj.d 0x7ff8000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(89, f10, 0x7ff8000000000000)
	CHECK_FLAGS(90, 0x0)
	/* fsgnj.d 0x7ff8000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(91, f10, 0x7ff8000000000000)
	CHECK_FLAGS(92, 0x0)
	/* fsgnj.d 0x7ff8000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(93, f10, 0xfff8000000000000)
	CHECK_FLAGS(94, 0x0)
	/* fsgnj.d 0x7ff8000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(95, f10, 0xfff8000000000000)
	CHECK_FLAGS(96, 0x0)
	/* fsgnj.d 0x7ff0000000000001 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(97, f10, 0x7ff0000000000001)
	CHECK_FLAGS(98, 0x0)
	/* fsgnj.d 0x7ff0000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(99, f10, 0x7ff0000000000001)
	CHECK_FLAGS(100, 0x0)
	/* fsgnj.d 0x7ff0000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(101, f10, 0x7ff0000000000001)
	CHECK_FLAGS(102, 0x0)
	/* fsgnj.d 0x7ff0000000000001 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(103, f10, 0x7ff0000000000001)
	CHECK_FLAGS(104, 0x0)
	/* fsgnj.d 0x7ff0000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(105, f10, 0x7ff0000000000001)
	CHECK_FLAGS(106, 0x0)
	/* fsgnj.d 0x7ff0000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(107, f10, 0x7ff0000000000001)
	CHECK_FLAGS(108, 0x0)
	/* fsgnj.d 0x7ff0000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(109, f10, 0xfff0000000000001)
	CHECK_FLAGS(110, 0x0)
	/* fsgnj.d 0x7ff0000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(111, f10, 0xfff0000000000001)
	CHECK_FLAGS(112, 0x0)
	/* fsgnj.d 0xfff8000000001234 0x0 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(113, f10, 0x7ff8000000001234)
	CHECK_FLAGS(114, 0x0)
	/* fsgnj.d 0xfff8000000001234 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(115, f10, 0x7ff8000000001234)
	CHECK_FLAGS(116, 0x0)
	/* fsgnj.d 0xfff8000000001234 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(117, f10, 0x7ff8000000001234)
	CHECK_FLAGS(118, 0x0)
	/* fsgnj.d 0xfff8000000001234 0x1 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(119, f10, 0x7ff8000000001234)
	CHECK_FLAGS(120, 0x0)
	/* fsgnj.d 0xfff8000000001234 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(121, f10, 0x7ff8000000001234)
	CHECK_FLAGS(122, 0x0)
	/* fsgnj.d 0xfff8000000001234 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(123, f10, 0x7ff8000000001234)
	CHECK_FLAGS(124, 0x0)
	/* fsgnj.d 0xfff8000000001234 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(125, f10, 0xfff8000000001234)
	CHECK_FLAGS(126, 0x0)
	/* fsgnj.d 0xfff8000000001234 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(127, f10, 0xfff8000000001234)
	CHECK_FLAGS(128, 0x0)
	/* fsgnj.d 0x3fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(129, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(130, 0x0)
	/* fsgnj.d 0x3fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(131, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(132, 0x0)
	/* fsgnj.d 0x3fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(133, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(134, 0x0)
	/* fsgnj.d 0x3fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(135, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(136, 0x0)
	/* fsgnj.d 0x3fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(137, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(138, 0x0)
	/* fsgnj.d 0x3fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(139, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(140, 0x0)
	/* fsgnj.d 0x3fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(141, f10, 0xbfefffffffffffff)
	CHECK_FLAGS(142, 0x0)
	/* fsgnj.d 0x3fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(143, f10, 0xbfefffffffffffff)
	CHECK_FLAGS(144, 0x0)
	/* fsgnj.d 0xbcb0000000000000 0x0 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(145, f10, 0x3cb0000000000000)
	CHECK_FLAGS(146, 0x0)
	/* fsgnj.d 0xbcb0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(147, f10, 0x3cb0000000000000)
	CHECK_FLAGS(148, 0x0)
	/* fsgnj.d 0xbcb0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(149, f10, 0x3cb0000000000000)
	CHECK_FLAGS(150, 0x0)
	/* fsgnj.d 0xbcb0000000000000 0x1 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(151, f10, 0x3cb0000000000000)
	CHECK_FLAGS(152, 0x0)
	/* fsgnj.d 0xbcb0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(153, f10, 0x3cb0000000000000)
	CHECK_FLAGS(154, 0x0)
	/* fsgnj.d 0xbcb0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(155, f10, 0x3cb0000000000000)
	CHECK_FLAGS(156, 0x0)
	/* fsgnj.d 0xbcb0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(157, f10, 0xbcb0000000000000)
	CHECK_FLAGS(158, 0x0)
	/* fsgnj.d 0xbcb0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnj.d f10, f11, f12
	CHECK_F(159, f10, 0xbcb0000000000000)
	CHECK_FLAGS(160, 0x0)
	/* fsgnjn.d 0x0 0x0 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(161, f10, 0x8000000000000000)
	CHECK_FLAGS(162, 0x0)
	/* fsgnjn.d 0x0 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(163, f10, 0x8000000000000000)
	CHECK_FLAGS(164, 0x0)
	/* fsgnjn.d 0x0 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(165, f10, 0x8000000000000000)
	CHECK_FLAGS(166, 0x0)
	/* fsgnjn.d 0x0 0x1 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(167, f10, 0x8000000000000000)
	CHECK_FLAGS(168, 0x0)
	/* fsgnjn.d 0x0 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(169, f10, 0x8000000000000000)
	CHECK_FLAGS(170, 0x0)
	/* fsgnjn.d 0x0 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(171, f10, 0x8000000000000000)
	CHECK_FLAGS(172, 0x0)
	/* fsgnjn.d 0x0 0xfff8000000001234 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(173, f10, 0x0)
	CHECK_FLAGS(174, 0x0)
	/* fsgnjn.d 0x0 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(175, f10, 0x0)
	CHECK_FLAGS(176, 0x0)
	/* fsgnjn.d 0x8000000000000000 0x0 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(177, f10, 0x8000000000000000)
	CHECK_FLAGS(178, 0x0)
	/* fsgnjn.d 0x8000000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(179, f10, 0x8000000000000000)
	CHECK_FLAGS(180, 0x0)
	/* fsgnjn.d 0x8000000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(181, f10, 0x8000000000000000)
	CHECK_FLAGS(182, 0x0)
	/* fsgnjn.d 0x8000000000000000 0x1 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(183, f10, 0x8000000000000000)
	CHECK_FLAGS(184, 0x0)
	/* fsgnjn.d 0x8000000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(185, f10, 0x8000000000000000)
	CHECK_FLAGS(186, 0x0)
	/* fsgnjn.d 0x8000000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(187, f10, 0x8000000000000000)
	CHECK_FLAGS(188, 0x0)
	/* fsgnjn.d 0x8000000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(189, f10, 0x0)
	CHECK_FLAGS(190, 0x0)
	/* fsgnjn.d 0x8000000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(191, f10, 0x0)
	CHECK_FLAGS(192, 0x0)
	/* fsgnjn.d 0x3ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(193, f10, 0xbff0000000000000)
	CHECK_FLAGS(194, 0x0)
	/* fsgnjn.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(195, f10, 0xbff0000000000000)
	CHECK_FLAGS(196, 0x0)
	/* fsgnjn.d 0x3ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(197, f10, 0xbff0000000000000)
	CHECK_FLAGS(198, 0x0)
	/* fsgnjn.d 0x3ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(199, f10, 0xbff0000000000000)
	CHECK_FLAGS(200, 0x0)
	/* fsgnjn.d 0x3ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(201, f10, 0xbff0000000000000)
	CHECK_FLAGS(202, 0x0)
	/* fsgnjn.d 0x3ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(203, f10, 0xbff0000000000000)
	CHECK_FLAGS(204, 0x0)
	/* fsgnjn.d 0x3ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(205, f10, 0x3ff0000000000000)
	CHECK_FLAGS(206, 0x0)
	/* fsgnjn.d 0x3ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(207, f10, 0x3ff0000000000000)
	CHECK_FLAGS(208, 0x0)
	/* fsgnjn.d 0xbff0000000000000 0x0 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(209, f10, 0xbff0000000000000)
	CHECK_FLAGS(210, 0x0)
	/* fsgnjn.d 0xbff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(211, f10, 0xbff0000000000000)
	CHECK_FLAGS(212, 0x0)
	/* fsgnjn.d 0xbff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(213, f10, 0xbff0000000000000)
	CHECK_FLAGS(214, 0x0)
	/* fsgnjn.d 0xbff0000000000000 0x1 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(215, f10, 0xbff0000000000000)
	CHECK_FLAGS(216, 0x0)
	/* fsgnjn.d 0xbff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(217, f10, 0xbff0000000000000)
	CHECK_FLAGS(218, 0x0)
	/* fsgnjn.d 0xbff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(219, f10, 0xbff0000000000000)
	CHECK_FLAGS(220, 0x0)
	/* fsgnjn.d 0xbff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(221, f10, 0x3ff0000000000000)
	CHECK_FLAGS(222, 0x0)
	/* fsgnjn.d 0xbff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(223, f10, 0x3ff0000000000000)
	CHECK_FLAGS(224, 0x0)
	/* fsgnjn.d 0x7fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(225, f10, 0xffefffffffffffff)
	CHECK_FLAGS(226, 0x0)
	/* fsgnjn.d 0x7fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(227, f10, 0xffefffffffffffff)
	CHECK_FLAGS(228, 0x0)
	/* fsgnjn.d 0x7fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(229, f10, 0xffefffffffffffff)
	CHECK_FLAGS(230, 0x0)
	/* fsgnjn.d 0x7fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(231, f10, 0xffefffffffffffff)
	CHECK_FLAGS(232, 0x0)
	/* fsgnjn.d 0x7fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(233, f10, 0xffefffffffffffff)
	CHECK_FLAGS(234, 0x0)
	/* fsgnjn.d 0x7fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(235, f10, 0xffefffffffffffff)
	CHECK_FLAGS(236, 0x0)
	/* fsgnjn.d 0x7fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(237, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(238, 0x0)
	/* fsgnjn.d 0x7fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(239, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(240, 0x0)
	/* fsgnjn.d 0xffefffffffffffff 0x0 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(241, f10, 0xffefffffffffffff)
	CHECK_FLAGS(242, 0x0)
	/* fsgnjn.d 0xffefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(243, f10, 0xffefffffffffffff)
	CHECK_FLAGS(244, 0x0)
	/* fsgnjn.d 0xffefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(245, f10, 0xffefffffffffffff)
	CHECK_FLAGS(246, 0x0)
	/* fsgnjn.d 0xffefffffffffffff 0x1 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(247, f10, 0xffefffffffffffff)
	CHECK_FLAGS(248, 0x0)
	/* fsgnjn.d 0xffefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(249, f10, 0xffefffffffffffff)
	CHECK_FLAGS(250, 0x0)
	/* fsgnjn.d 0xffefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(251, f10, 0xffefffffffffffff)
	CHECK_FLAGS(252, 0x0)
	/* fsgnjn.d 0xffefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(253, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(254, 0x0)
	/* fsgnjn.d 0xffefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(255, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(1, 0x0)
	/* fsgnjn.d 0x1 0x0 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(2, f10, 0x8000000000000001)
	CHECK_FLAGS(3, 0x0)
	/* fsgnjn.d 0x1 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(4, f10, 0x8000000000000001)
	CHECK_FLAGS(5, 0x0)
	/* fsgnjn.d 0x1 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(6, f10, 0x8000000000000001)
	CHECK_FLAGS(7, 0x0)
	/* fsgnjn.d 0x1 0x1 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(8, f10, 0x8000000000000001)
	CHECK_FLAGS(9, 0x0)
	/* fsgnjn.d 0x1 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(10, f10, 0x8000000000000001)
	CHECK_FLAGS(11, 0x0)
	/* fsgnjn.d 0x1 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(12, f10, 0x8000000000000001)
	CHECK_FLAGS(13, 0x0)
	/* fsgnjn.d 0x1 0xfff8000000001234 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(14, f10, 0x1)
	CHECK_FLAGS(15, 0x0)
	/* fsgnjn.d 0x1 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(16, f10, 0x1)
	CHECK_FLAGS(17, 0x0)
	/* fsgnjn.d 0x8000000000000001 0x0 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(18, f10, 0x8000000000000001)
	CHECK_FLAGS(19, 0x0)
	/* fsgnjn.d 0x8000000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(20, f10, 0x8000000000000001)
	CHECK_FLAGS(21, 0x0)
	/* fsgnjn.d 0x8000000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(22, f10, 0x8000000000000001)
	CHECK_FLAGS(23, 0x0)
	/* fsgnjn.d 0x8000000000000001 0x1 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(24, f10, 0x8000000000000001)
	CHECK_FLAGS(25, 0x0)
	/* fsgnjn.d 0x8000000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(26, f10, 0x8000000000000001)
	CHECK_FLAGS(27, 0x0)
	/* fsgnjn.d 0x8000000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(28, f10, 0x8000000000000001)
	CHECK_FLAGS(29, 0x0)
	/* fsgnjn.d 0x8000000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(30, f10, 0x1)
	CHECK_FLAGS(31, 0x0)
	/* fsgnjn.d 0x8000000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(32, f10, 0x1)
	CHECK_FLAGS(33, 0x0)
	/* fsgnjn.d 0x7ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(34, f10, 0xfff0000000000000)
	CHECK_FLAGS(35, 0x0)
	/* fsgnjn.d 0x7ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(36, f10, 0xfff0000000000000)
	CHECK_FLAGS(37, 0x0)
	/* fsgnjn.d 0x7ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(38, f10, 0xfff0000000000000)
	CHECK_FLAGS(39, 0x0)
	/* fsgnjn.d 0x7ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(40, f10, 0xfff0000000000000)
	CHECK_FLAGS(41, 0x0)
	/* fsgnjn.d 0x7ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(42, f10, 0xfff0000000000000)
	CHECK_FLAGS(43, 0x0)
	/* fsgnjn.d 0x7ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(44, f10, 0xfff0000000000000)
	CHECK_FLAGS(45, 0x0)
	/* fsgnjn.d 0x7ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(46, f10, 0x7ff0000000000000)
	CHECK_FLAGS(47, 0x0)
	/* fsgnjn.d 0x7ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(48, f10, 0x7ff0000000000000)
	CHECK_FLAGS(49, 0x0)
	/* fsgnjn.d 0xfff0000000000000 0x0 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(50, f10, 0xfff0000000000000)
	CHECK_FLAGS(51, 0x0)
	/* fsgnjn.d 0xfff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(52, f10, 0xfff0000000000000)
	CHECK_FLAGS(53, 0x0)
	/* fsgnjn.d 0xfff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(54, f10, 0xfff0000000000000)
	CHECK_FLAGS(55, 0x0)
	/* fsgnjn.d 0xfff0000000000000 0x1 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(56, f10, 0xfff0000000000000)
	CHECK_FLAGS(57, 0x0)
	/* fsgnjn.d 0xfff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(58, f10, 0xfff0000000000000)
	CHECK_FLAGS(59, 0x0)
	/* fsgnjn.d 0xfff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(60, f10, 0xfff0000000000000)
	CHECK_FLAGS(61, 0x0)
	/* fsgnjn.d 0xfff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(62, f10, 0x7ff0000000000000)
	CHECK_FLAGS(63, 0x0)
	/* fsgnjn.d 0xfff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(64, f10, 0x7ff0000000000000)
	CHECK_FLAGS(65, 0x0)
	/* fsgnjn.d 0x7ff8000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(66, f10, 0xfff8000000000000)
	CHECK_FLAGS(67, 0x0)
	/* fsgnjn.d 0x7ff8000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(68, f10, 0xfff8000000000000)
	CHECK_FLAGS(69, 0x0)
	/* fsgnjn.d 0x7ff8000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(70, f10, 0xfff8000000000000)
	CHECK_FLAGS(71, 0x0)
	/* fsgnjn.d 0x7ff8000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(72, f10, 0xfff8000000000000)
	CHECK_FLAGS(73, 0x0)
	/* fsgnjn.d 0x7ff8000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(74, f10, 0xfff8000000000000)
	CHECK_FLAGS(75, 0x0)
	/* fsgnjn.d 0x7ff8000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(76, f10, 0xfff8000000000000)
	CHECK_FLAGS(77, 0x0)
	/* fsgnjn.d 0x7ff8000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(78, f10, 0x7ff8000000000000)
	CHECK_FLAGS(79, 0x0)
	/* fsgnjn.d 0x7ff8000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(80, f10, 0x7ff8000000000000)
	CHECK_FLAGS(81, 0x0)
	/* fsgnjn.d 0x7ff0000000000001 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(82, f10, 0xfff0000000000001)
	CHECK_FLAGS(83, 0x0)
	/* fsgnjn.d 0x7ff0000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(84, f10, 0xfff0000000000001)
	CHECK_FLAGS(85, 0x0)
	/* fsgnjn.d 0x7ff0000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(86, f10, 0xfff0000000000001)
	CHECK_FLAGS(87, 0x0)
	/* fsgnjn.d 0x7ff0000000000001 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(88, f10, 0xfff0000000000001)
	CHECK_FLAGS(89, 0x0)
	/* fsgnjn.d 0x7ff0000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(90, f10, 0xfff0000000000001)
	CHECK_FLAGS(91, 0x0)
	/* fsgnjn.d 0x7ff0000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(92, f10, 0xfff0000000000001)
	CHECK_FLAGS(93, 0x0)
	/* fsgnjn.d 0x7ff0000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(94, f10, 0x7ff0000000000001)
	CHECK_FLAGS(95, 0x0)
	/* fsgnjn.d 0x7ff0000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(96, f10, 0x7ff0000000000001)
	CHECK_FLAGS(97, 0x0)
	/* fsgnjn.d 0xfff8000000001234 0x0 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(98, f10, 0xfff8000000001234)
	CHECK_FLAGS(99, 0x0)
	/* fsgnjn.d 0xfff8000000001234 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(100, f10, 0xfff8000000001234)
	CHECK_FLAGS(101, 0x0)
	/* fsgnjn.d 0xfff8000000001234 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(102, f10, 0xfff8000000001234)
	CHECK_FLAGS(103, 0x0)
	/* fsgnjn.d 0xfff8000000001234 0x1 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(104, f10, 0xfff8000000001234)
	CHECK_FLAGS(105, 0x0)
	/* fsgnjn.d 0xfff8000000001234 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(106, f10, 0xfff8000000001234)
	CHECK_FLAGS(107, 0x0)
	/* fsgnjn.d 0xfff8000000001234 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(108, f10, 0xfff8000000001234)
	CHECK_FLAGS(109, 0x0)
	/* fsgnjn.d 0xfff8000000001234 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(110, f10, 0x7ff8000000001234)
	CHECK_FLAGS(111, 0x0)
	/* fsgnjn.d 0xfff8000000001234 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(112, f10, 0x7ff8000000001234)
	CHECK_FLAGS(113, 0x0)
	/* fsgnjn.d 0x3fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(114, f10, 0xbfefffffffffffff)
	CHECK_FLAGS(115, 0x0)
	/* fsgnjn.d 0x3fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(116, f10, 0xbfefffffffffffff)
	CHECK_FLAGS(117, 0x0)
	/* fsgnjn.d 0x3fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(118, f10, 0xbfefffffffffffff)
	CHECK_FLAGS(119, 0x0)
	/* fsgnjn.d 0x3fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(120, f10, 0xbfefffffffffffff)
	CHECK_FLAGS(121, 0x0)
	/* fsgnjn.d 0x3fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(122, f10, 0xbfefffffffffffff)
	CHECK_FLAGS(123, 0x0)
	/* fsgnjn.d 0x3fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(124, f10, 0xbfefffffffffffff)
	CHECK_FLAGS(125, 0x0)
	/* fsgnjn.d 0x3fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(126, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(127, 0x0)
	/* fsgnjn.d 0x3fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(128, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(129, 0x0)
	/* fsgnjn.d 0xbcb0000000000000 0x0 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(130, f10, 0xbcb0000000000000)
	CHECK_FLAGS(131, 0x0)
	/* fsgnjn.d 0xbcb0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(132, f10, 0xbcb0000000000000)
	CHECK_FLAGS(133, 0x0)
	/* fsgnjn.d 0xbcb0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(134, f10, 0xbcb0000000000000)
	CHECK_FLAGS(135, 0x0)
	/* fsgnjn.d 0xbcb0000000000000 0x1 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(136, f10, 0xbcb0000000000000)
	CHECK_FLAGS(137, 0x0)
	/* fsgnjn.d 0xbcb0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(138, f10, 0xbcb0000000000000)
	CHECK_FLAGS(139, 0x0)
	/* fsgnjn.d 0xbcb0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(140, f10, 0xbcb0000000000000)
	CHECK_FLAGS(141, 0x0)
	/* fsgnjn.d 0xbcb0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(142, f10, 0x3cb0000000000000)
	CHECK_FLAGS(143, 0x0)
	/* fsgnjn.d 0xbcb0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjn.d f10, f11, f12
	CHECK_F(144, f10, 0x3cb0000000000000)
	CHECK_FLAGS(145, 0x0)
	/* fsgnjx.d 0x0 0x0 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(146, f10, 0x0)
	CHECK_FLAGS(147, 0x0)
	/* fsgnjx.d 0x0 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(148, f10, 0x0)
	CHECK_FLAGS(149, 0x0)
	/* fsgnjx.d 0x0 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(150, f10, 0x0)
	CHECK_FLAGS(151, 0x0)
	/* fsgnjx.d 0x0 0x1 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(152, f10, 0x0)
	CHECK_FLAGS(153, 0x0)
	/* fsgnjx.d 0x0 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(154, f10, 0x0)
	CHECK_FLAGS(155, 0x0)
	/* fsgnjx.d 0x0 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(156, f10, 0x0)
	CHECK_FLAGS(157, 0x0)
	/* fsgnjx.d 0x0 0xfff8000000001234 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(158, f10, 0x8000000000000000)
	CHECK_FLAGS(159, 0x0)
	/* fsgnjx.d 0x0 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(160, f10, 0x8000000000000000)
	CHECK_FLAGS(161, 0x0)
	/* fsgnjx.d 0x8000000000000000 0x0 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(162, f10, 0x8000000000000000)
	CHECK_FLAGS(163, 0x0)
	/* fsgnjx.d 0x8000000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(164, f10, 0x8000000000000000)
	CHECK_FLAGS(165, 0x0)
	/* fsgnjx.d 0x8000000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(166, f10, 0x8000000000000000)
	CHECK_FLAGS(167, 0x0)
	/* fsgnjx.d 0x8000000000000000 0x1 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(168, f10, 0x8000000000000000)
	CHECK_FLAGS(169, 0x0)
	/* fsgnjx.d 0x8000000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(170, f10, 0x8000000000000000)
	CHECK_FLAGS(171, 0x0)
	/* fsgnjx.d 0x8000000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(172, f10, 0x8000000000000000)
	CHECK_FLAGS(173, 0x0)
	/* fsgnjx.d 0x8000000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(174, f10, 0x0)
	CHECK_FLAGS(175, 0x0)
	/* fsgnjx.d 0x8000000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(176, f10, 0x0)
	CHECK_FLAGS(177, 0x0)
	/* fsgnjx.d 0x3ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(178, f10, 0x3ff0000000000000)
	CHECK_FLAGS(179, 0x0)
	/* fsgnjx.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(180, f10, 0x3ff0000000000000)
	CHECK_FLAGS(181, 0x0)
	/* fsgnjx.d 0x3ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(182, f10, 0x3ff0000000000000)
	CHECK_FLAGS(183, 0x0)
	/* fsgnjx.d 0x3ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(184, f10, 0x3ff0000000000000)
	CHECK_FLAGS(185, 0x0)
	/* fsgnjx.d 0x3ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(186, f10, 0x3ff0000000000000)
	CHECK_FLAGS(187, 0x0)
	/* fsgnjx.d 0x3ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(188, f10, 0x3ff0000000000000)
	CHECK_FLAGS(189, 0x0)
	/* fsgnjx.d 0x3ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(190, f10, 0xbff0000000000000)
	CHECK_FLAGS(191, 0x0)
	/* fsgnjx.d 0x3ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(192, f10, 0xbff0000000000000)
	CHECK_FLAGS(193, 0x0)
	/* fsgnjx.d 0xbff0000000000000 0x0 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(194, f10, 0xbff0000000000000)
	CHECK_FLAGS(195, 0x0)
	/* fsgnjx.d 0xbff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(196, f10, 0xbff0000000000000)
	CHECK_FLAGS(197, 0x0)
	/* fsgnjx.d 0xbff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(198, f10, 0xbff0000000000000)
	CHECK_FLAGS(199, 0x0)
	/* fsgnjx.d 0xbff0000000000000 0x1 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(200, f10, 0xbff0000000000000)
	CHECK_FLAGS(201, 0x0)
	/* fsgnjx.d 0xbff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(202, f10, 0xbff0000000000000)
	CHECK_FLAGS(203, 0x0)
	/* fsgnjx.d 0xbff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(204, f10, 0xbff0000000000000)
	CHECK_FLAGS(205, 0x0)
	/* fsgnjx.d 0xbff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(206, f10, 0x3ff0000000000000)
	CHECK_FLAGS(207, 0x0)
	/* fsgnjx.d 0xbff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(208, f10, 0x3ff0000000000000)
	CHECK_FLAGS(209, 0x0)
	/* fsgnjx.d 0x7fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(210, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(211, 0x0)
	/* fsgnjx.d 0x7fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(212, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(213, 0x0)
	/* fsgnjx.d 0x7fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(214, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(215, 0x0)
	/* fsgnjx.d 0x7fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(216, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(217, 0x0)
	/* fsgnjx.d 0x7fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(218, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(219, 0x0)
	/* fsgnjx.d 0x7fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(220, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(221, 0x0)
	/* fsgnjx.d 0x7fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(222, f10, 0xffefffffffffffff)
	CHECK_FLAGS(223, 0x0)
	/* fsgnjx.d 0x7fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(224, f10, 0xffefffffffffffff)
	CHECK_FLAGS(225, 0x0)
	/* fsgnjx.d 0xffefffffffffffff 0x0 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(226, f10, 0xffefffffffffffff)
	CHECK_FLAGS(227, 0x0)
	/* fsgnjx.d 0xffefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(228, f10, 0xffefffffffffffff)
	CHECK_FLAGS(229, 0x0)
	/* fsgnjx.d 0xffefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(230, f10, 0xffefffffffffffff)
	CHECK_FLAGS(231, 0x0)
	/* fsgnjx.d 0xffefffffffffffff 0x1 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(232, f10, 0xffefffffffffffff)
	CHECK_FLAGS(233, 0x0)
	/* fsgnjx.d 0xffefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(234, f10, 0xffefffffffffffff)
	CHECK_FLAGS(235, 0x0)
	/* fsgnjx.d 0xffefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(236, f10, 0xffefffffffffffff)
	CHECK_FLAGS(237, 0x0)
	/* fsgnjx.d 0xffefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(238, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(239, 0x0)
	/* fsgnjx.d 0xffefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(240, f10, 0x7fefffffffffffff)
	CHECK_FLAGS(241, 0x0)
	/* fsgnjx.d 0x1 0x0 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(242, f10, 0x1)
	CHECK_FLAGS(243, 0x0)
	/* fsgnjx.d 0x1 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(244, f10, 0x1)
	CHECK_FLAGS(245, 0x0)
	/* fsgnjx.d 0x1 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(246, f10, 0x1)
	CHECK_FLAGS(247, 0x0)
	/* fsgnjx.d 0x1 0x1 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(248, f10, 0x1)
	CHECK_FLAGS(249, 0x0)
	/* fsgnjx.d 0x1 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(250, f10, 0x1)
	CHECK_FLAGS(251, 0x0)
	/* fsgnjx.d 0x1 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(252, f10, 0x1)
	CHECK_FLAGS(253, 0x0)
	/* fsgnjx.d 0x1 0xfff8000000001234 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(254, f10, 0x8000000000000001)
	CHECK_FLAGS(255, 0x0)
	/* fsgnjx.d 0x1 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(1, f10, 0x8000000000000001)
	CHECK_FLAGS(2, 0x0)
	/* fsgnjx.d 0x8000000000000001 0x0 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(3, f10, 0x8000000000000001)
	CHECK_FLAGS(4, 0x0)
	/* fsgnjx.d 0x8000000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(5, f10, 0x8000000000000001)
	CHECK_FLAGS(6, 0x0)
	/* fsgnjx.d 0x8000000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(7, f10, 0x8000000000000001)
	CHECK_FLAGS(8, 0x0)
	/* fsgnjx.d 0x8000000000000001 0x1 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(9, f10, 0x8000000000000001)
	CHECK_FLAGS(10, 0x0)
	/* fsgnjx.d 0x8000000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(11, f10, 0x8000000000000001)
	CHECK_FLAGS(12, 0x0)
	/* fsgnjx.d 0x8000000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(13, f10, 0x8000000000000001)
	CHECK_FLAGS(14, 0x0)
	/* fsgnjx.d 0x8000000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(15, f10, 0x1)
	CHECK_FLAGS(16, 0x0)
	/* fsgnjx.d 0x8000000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(17, f10, 0x1)
	CHECK_FLAGS(18, 0x0)
	/* fsgnjx.d 0x7ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(19, f10, 0x7ff0000000000000)
	CHECK_FLAGS(20, 0x0)
	/* fsgnjx.d 0x7ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(21, f10, 0x7ff0000000000000)
	CHECK_FLAGS(22, 0x0)
	/* fsgnjx.d 0x7ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(23, f10, 0x7ff0000000000000)
	CHECK_FLAGS(24, 0x0)
	/* fsgnjx.d 0x7ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(25, f10, 0x7ff0000000000000)
	CHECK_FLAGS(26, 0x0)
	/* fsgnjx.d 0x7ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(27, f10, 0x7ff0000000000000)
	CHECK_FLAGS(28, 0x0)
	/* fsgnjx.d 0x7ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(29, f10, 0x7ff0000000000000)
	CHECK_FLAGS(30, 0x0)
	/* fsgnjx.d 0x7ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(31, f10, 0xfff0000000000000)
	CHECK_FLAGS(32, 0x0)
	/* fsgnjx.d 0x7ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(33, f10, 0xfff0000000000000)
	CHECK_FLAGS(34, 0x0)
	/* fsgnjx.d 0xfff0000000000000 0x0 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(35, f10, 0xfff0000000000000)
	CHECK_FLAGS(36, 0x0)
	/* fsgnjx.d 0xfff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(37, f10, 0xfff0000000000000)
	CHECK_FLAGS(38, 0x0)
	/* fsgnjx.d 0xfff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(39, f10, 0xfff0000000000000)
	CHECK_FLAGS(40, 0x0)
	/* fsgnjx.d 0xfff0000000000000 0x1 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(41, f10, 0xfff0000000000000)
	CHECK_FLAGS(42, 0x0)
	/* fsgnjx.d 0xfff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(43, f10, 0xfff0000000000000)
	CHECK_FLAGS(44, 0x0)
	/* fsgnjx.d 0xfff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(45, f10, 0xfff0000000000000)
	CHECK_FLAGS(46, 0x0)
	/* fsgnjx.d 0xfff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(47, f10, 0x7ff0000000000000)
	CHECK_FLAGS(48, 0x0)
	/* fsgnjx.d 0xfff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(49, f10, 0x7ff0000000000000)
	CHECK_FLAGS(50, 0x0)
	/* fsgnjx.d 0x7ff8000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(51, f10, 0x7ff8000000000000)
	CHECK_FLAGS(52, 0x0)
	/* fsgnjx.d 0x7ff8000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(53, f10, 0x7ff8000000000000)
	CHECK_FLAGS(54, 0x0)
	/* fsgnjx.d 0x7ff8000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(55, f10, 0x7ff8000000000000)
	CHECK_FLAGS(56, 0x0)
	/* fsgnjx.d 0x7ff8000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(57, f10, 0x7ff8000000000000)
	CHECK_FLAGS(58, 0x0)
	/* fsgnjx.d 0x7ff8000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(59, f10, 0x7ff8000000000000)
	CHECK_FLAGS(60, 0x0)
	/* fsgnjx.d 0x7ff8000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(61, f10, 0x7ff8000000000000)
	CHECK_FLAGS(62, 0x0)
	/* fsgnjx.d 0x7ff8000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(63, f10, 0xfff8000000000000)
	CHECK_FLAGS(64, 0x0)
	/* fsgnjx.d 0x7ff8000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(65, f10, 0xfff8000000000000)
	CHECK_FLAGS(66, 0x0)
	/* fsgnjx.d 0x7ff0000000000001 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(67, f10, 0x7ff0000000000001)
	CHECK_FLAGS(68, 0x0)
	/* fsgnjx.d 0x7ff0000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(69, f10, 0x7ff0000000000001)
	CHECK_FLAGS(70, 0x0)
	/* fsgnjx.d 0x7ff0000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(71, f10, 0x7ff0000000000001)
	CHECK_FLAGS(72, 0x0)
	/* fsgnjx.d 0x7ff0000000000001 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(73, f10, 0x7ff0000000000001)
	CHECK_FLAGS(74, 0x0)
	/* fsgnjx.d 0x7ff0000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(75, f10, 0x7ff0000000000001)
	CHECK_FLAGS(76, 0x0)
	/* fsgnjx.d 0x7ff0000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(77, f10, 0x7ff0000000000001)
	CHECK_FLAGS(78, 0x0)
	/* fsgnjx.d 0x7ff0000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(79, f10, 0xfff0000000000001)
	CHECK_FLAGS(80, 0x0)
	/* fsgnjx.d 0x7ff0000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(81, f10, 0xfff0000000000001)
	CHECK_FLAGS(82, 0x0)
	/* fsgnjx.d 0xfff8000000001234 0x0 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(83, f10, 0xfff8000000001234)
	CHECK_FLAGS(84, 0x0)
	/* fsgnjx.d 0xfff8000000001234 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(85, f10, 0xfff8000000001234)
	CHECK_FLAGS(86, 0x0)
	/* fsgnjx.d 0xfff8000000001234 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(87, f10, 0xfff8000000001234)
	CHECK_FLAGS(88, 0x0)
	/* fsgnjx.d 0xfff8000000001234 0x1 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(89, f10, 0xfff8000000001234)
	CHECK_FLAGS(90, 0x0)
	/* fsgnjx.d 0xfff8000000001234 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(91, f10, 0xfff8000000001234)
	CHECK_FLAGS(92, 0x0)
	/* fsgnjx.d 0xfff8000000001234 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(93, f10, 0xfff8000000001234)
	CHECK_FLAGS(94, 0x0)
	/* fsgnjx.d 0xfff8000000001234 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(95, f10, 0x7ff8000000001234)
	CHECK_FLAGS(96, 0x0)
	/* fsgnjx.d 0xfff8000000001234 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(97, f10, 0x7ff8000000001234)
	CHECK_FLAGS(98, 0x0)
	/* fsgnjx.d 0x3fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(99, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(100, 0x0)
	/* fsgnjx.d 0x3fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(101, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(102, 0x0)
	/* fsgnjx.d 0x3fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(103, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(104, 0x0)
	/* fsgnjx.d 0x3fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(105, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(106, 0x0)
	/* fsgnjx.d 0x3fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(107, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(108, 0x0)
	/* fsgnjx.d 0x3fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(109, f10, 0x3fefffffffffffff)
	CHECK_FLAGS(110, 0x0)
	/* fsgnjx.d 0x3fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(111, f10, 0xbfefffffffffffff)
	CHECK_FLAGS(112, 0x0)
	/* fsgnjx.d 0x3fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(113, f10, 0xbfefffffffffffff)
	CHECK_FLAGS(114, 0x0)
	/* fsgnjx.d 0xbcb0000000000000 0x0 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(115, f10, 0xbcb0000000000000)
	CHECK_FLAGS(116, 0x0)
	/* fsgnjx.d 0xbcb0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(117, f10, 0xbcb0000000000000)
	CHECK_FLAGS(118, 0x0)
	/* fsgnjx.d 0xbcb0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(119, f10, 0xbcb0000000000000)
	CHECK_FLAGS(120, 0x0)
	/* fsgnjx.d 0xbcb0000000000000 0x1 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(121, f10, 0xbcb0000000000000)
	CHECK_FLAGS(122, 0x0)
	/* fsgnjx.d 0xbcb0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(123, f10, 0xbcb0000000000000)
	CHECK_FLAGS(124, 0x0)
	/* fsgnjx.d 0xbcb0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(125, f10, 0xbcb0000000000000)
	CHECK_FLAGS(126, 0x0)
	/* fsgnjx.d 0xbcb0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(127, f10, 0x3cb0000000000000)
	CHECK_FLAGS(128, 0x0)
	/* fsgnjx.d 0xbcb0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fsgnjx.d f10, f11, f12
	CHECK_F(129, f10, 0x3cb0000000000000)
	CHECK_FLAGS(130, 0x0)
	/* feq.d 0x0 0x0 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(131, a0, 0x1)
	CHECK_FLAGS(132, 0x0)
	/* feq.d 0x0 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(133, a0, 0x0)
	CHECK_FLAGS(134, 0x0)
	/* feq.d 0x0 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(135, a0, 0x0)
	CHECK_FLAGS(136, 0x0)
	/* feq.d 0x0 0x1 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(137, a0, 0x0)
	CHECK_FLAGS(138, 0x0)
	/* feq.d 0x0 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(139, a0, 0x0)
	CHECK_FLAGS(140, 0x0)
	/* feq.d 0x0 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(141, a0, 0x0)
	CHECK_FLAGS(142, 0x0)
	/* feq.d 0x0 0xfff8000000001234 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(143, a0, 0x0)
	CHECK_FLAGS(144, 0x0)
	/* feq.d 0x0 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(145, a0, 0x0)
	CHECK_FLAGS(146, 0x0)
	/* feq.d 0x8000000000000000 0x0 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(147, a0, 0x1)
	CHECK_FLAGS(148, 0x0)
	/* feq.d 0x8000000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(149, a0, 0x0)
	CHECK_FLAGS(150, 0x0)
	/* feq.d 0x8000000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(151, a0, 0x0)
	CHECK_FLAGS(152, 0x0)
	/* feq.d 0x8000000000000000 0x1 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(153, a0, 0x0)
	CHECK_FLAGS(154, 0x0)
	/* feq.d 0x8000000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(155, a0, 0x0)
	CHECK_FLAGS(156, 0x0)
	/* feq.d 0x8000000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(157, a0, 0x0)
	CHECK_FLAGS(158, 0x0)
	/* feq.d 0x8000000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(159, a0, 0x0)
	CHECK_FLAGS(160, 0x0)
	/* feq.d 0x8000000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(161, a0, 0x0)
	CHECK_FLAGS(162, 0x0)
	/* feq.d 0x3ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(163, a0, 0x0)
	CHECK_FLAGS(164, 0x0)
	/* feq.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(165, a0, 0x1)
	CHECK_FLAGS(166, 0x0)
	/* feq.d 0x3ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(167, a0, 0x0)
	CHECK_FLAGS(168, 0x0)
	/* feq.d 0x3ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(169, a0, 0x0)
	CHECK_FLAGS(170, 0x0)
	/* feq.d 0x3ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(171, a0, 0x0)
	CHECK_FLAGS(172, 0x0)
	/* feq.d 0x3ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(173, a0, 0x0)
	CHECK_FLAGS(174, 0x0)
	/* feq.d 0x3ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(175, a0, 0x0)
	CHECK_FLAGS(176, 0x0)
	/* feq.d 0x3ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(177, a0, 0x0)
	CHECK_FLAGS(178, 0x0)
	/* feq.d 0xbff0000000000000 0x0 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(179, a0, 0x0)
	CHECK_FLAGS(180, 0x0)
	/* feq.d 0xbff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(181, a0, 0x0)
	CHECK_FLAGS(182, 0x0)
	/* feq.d 0xbff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(183, a0, 0x0)
	CHECK_FLAGS(184, 0x0)
	/* feq.d 0xbff0000000000000 0x1 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(185, a0, 0x0)
	CHECK_FLAGS(186, 0x0)
	/* feq.d 0xbff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(187, a0, 0x0)
	CHECK_FLAGS(188, 0x0)
	/* feq.d 0xbff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(189, a0, 0x0)
	CHECK_FLAGS(190, 0x0)
	/* feq.d 0xbff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(191, a0, 0x0)
	CHECK_FLAGS(192, 0x0)
	/* feq.d 0xbff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(193, a0, 0x0)
	CHECK_FLAGS(194, 0x0)
	/* feq.d 0x7fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(195, a0, 0x0)
	CHECK_FLAGS(196, 0x0)
	/* feq.d 0x7fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(197, a0, 0x0)
	CHECK_FLAGS(198, 0x0)
	/* feq.d 0x7fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(199, a0, 0x1)
	CHECK_FLAGS(200, 0x0)
	/* feq.d 0x7fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(201, a0, 0x0)
	CHECK_FLAGS(202, 0x0)
	/* feq.d 0x7fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(203, a0, 0x0)
	CHECK_FLAGS(204, 0x0)
	/* feq.d 0x7fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(205, a0, 0x0)
	CHECK_FLAGS(206, 0x0)
	/* feq.d 0x7fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(207, a0, 0x0)
	CHECK_FLAGS(208, 0x0)
	/* feq.d 0x7fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(209, a0, 0x0)
	CHECK_FLAGS(210, 0x0)
	/* feq.d 0xffefffffffffffff 0x0 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(211, a0, 0x0)
	CHECK_FLAGS(212, 0x0)
	/* feq.d 0xffefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(213, a0, 0x0)
	CHECK_FLAGS(214, 0x0)
	/* feq.d 0xffefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(215, a0, 0x0)
	CHECK_FLAGS(216, 0x0)
	/* feq.d 0xffefffffffffffff 0x1 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(217, a0, 0x0)
	CHECK_FLAGS(218, 0x0)
	/* feq.d 0xffefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(219, a0, 0x0)
	CHECK_FLAGS(220, 0x0)
	/* feq.d 0xffefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(221, a0, 0x0)
	CHECK_FLAGS(222, 0x0)
	/* feq.d 0xffefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(223, a0, 0x0)
	CHECK_FLAGS(224, 0x0)
	/* feq.d 0xffefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(225, a0, 0x0)
	CHECK_FLAGS(226, 0x0)
	/* feq.d 0x1 0x0 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(227, a0, 0x0)
	CHECK_FLAGS(228, 0x0)
	/* feq.d 0x1 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(229, a0, 0x0)
	CHECK_FLAGS(230, 0x0)
	/* feq.d 0x1 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(231, a0, 0x0)
	CHECK_FLAGS(232, 0x0)
	/* feq.d 0x1 0x1 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(233, a0, 0x1)
	CHECK_FLAGS(234, 0x0)
	/* feq.d 0x1 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(235, a0, 0x0)
	CHECK_FLAGS(236, 0x0)
	/* feq.d 0x1 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(237, a0, 0x0)
	CHECK_FLAGS(238, 0x0)
	/* feq.d 0x1 0xfff8000000001234 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(239, a0, 0x0)
	CHECK_FLAGS(240, 0x0)
	/* feq.d 0x1 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(241, a0, 0x0)
	CHECK_FLAGS(242, 0x0)
	/* feq.d 0x8000000000000001 0x0 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(243, a0, 0x0)
	CHECK_FLAGS(244, 0x0)
	/* feq.d 0x8000000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(245, a0, 0x0)
	CHECK_FLAGS(246, 0x0)
	/* feq.d 0x8000000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(247, a0, 0x0)
	CHECK_FLAGS(248, 0x0)
	/* feq.d 0x8000000000000001 0x1 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(249, a0, 0x0)
	CHECK_FLAGS(250, 0x0)
	/* feq.d 0x8000000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(251, a0, 0x0)
	CHECK_FLAGS(252, 0x0)
	/* feq.d 0x8000000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(253, a0, 0x0)
	CHECK_FLAGS(254, 0x0)
	/* feq.d 0x8000000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(255, a0, 0x0)
	CHECK_FLAGS(1, 0x0)
	/* feq.d 0x8000000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(2, a0, 0x0)
	CHECK_FLAGS(3, 0x0)
	/* feq.d 0x7ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(4, a0, 0x0)
	CHECK_FLAGS(5, 0x0)
	/* feq.d 0x7ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(6, a0, 0x0)
	CHECK_FLAGS(7, 0x0)
	/* feq.d 0x7ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(8, a0, 0x0)
	CHECK_FLAGS(9, 0x0)
	/* feq.d 0x7ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(10, a0, 0x0)
	CHECK_FLAGS(11, 0x0)
	/* feq.d 0x7ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(12, a0, 0x1)
	CHECK_FLAGS(13, 0x0)
	/* feq.d 0x7ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(14, a0, 0x0)
	CHECK_FLAGS(15, 0x0)
	/* feq.d 0x7ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(16, a0, 0x0)
	CHECK_FLAGS(17, 0x0)
	/* feq.d 0x7ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(18, a0, 0x0)
	CHECK_FLAGS(19, 0x0)
	/* feq.d 0xfff0000000000000 0x0 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(20, a0, 0x0)
	CHECK_FLAGS(21, 0x0)
	/* feq.d 0xfff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(22, a0, 0x0)
	CHECK_FLAGS(23, 0x0)
	/* feq.d 0xfff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(24, a0, 0x0)
	CHECK_FLAGS(25, 0x0)
	/* feq.d 0xfff0000000000000 0x1 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(26, a0, 0x0)
	CHECK_FLAGS(27, 0x0)
	/* feq.d 0xfff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(28, a0, 0x0)
	CHECK_FLAGS(29, 0x0)
	/* feq.d 0xfff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(30, a0, 0x0)
	CHECK_FLAGS(31, 0x0)
	/* feq.d 0xfff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(32, a0, 0x0)
	CHECK_FLAGS(33, 0x0)
	/* feq.d 0xfff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(34, a0, 0x0)
	CHECK_FLAGS(35, 0x0)
	/* feq.d 0x7ff8000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(36, a0, 0x0)
	CHECK_FLAGS(37, 0x0)
	/* feq.d 0x7ff8000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(38, a0, 0x0)
	CHECK_FLAGS(39, 0x0)
	/* feq.d 0x7ff8000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(40, a0, 0x0)
	CHECK_FLAGS(41, 0x0)
	/* feq.d 0x7ff8000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(42, a0, 0x0)
	CHECK_FLAGS(43, 0x0)
	/* feq.d 0x7ff8000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(44, a0, 0x0)
	CHECK_FLAGS(45, 0x0)
	/* feq.d 0x7ff8000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(46, a0, 0x0)
	CHECK_FLAGS(47, 0x0)
	/* feq.d 0x7ff8000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(48, a0, 0x0)
	CHECK_FLAGS(49, 0x0)
	/* feq.d 0x7ff8000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(50, a0, 0x0)
	CHECK_FLAGS(51, 0x0)
	/* feq.d 0x7ff0000000000001 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(52, a0, 0x0)
	CHECK_FLAGS(53, 0x10)
	/* feq.d 0x7ff0000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(54, a0, 0x0)
	CHECK_FLAGS(55, 0x10)
	/* feq.d 0x7ff0000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(56, a0, 0x0)
	CHECK_FLAGS(57, 0x10)
	/* feq.d 0x7ff0000000000001 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(58, a0, 0x0)
	CHECK_FLAGS(59, 0x10)
	/* feq.d 0x7ff0000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(60, a0, 0x0)
	CHECK_FLAGS(61, 0x10)
	/* feq.d 0x7ff0000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(62, a0, 0x0)
	CHECK_FLAGS(63, 0x10)
	/* feq.d 0x7ff0000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(64, a0, 0x0)
	CHECK_FLAGS(65, 0x10)
	/* feq.d 0x7ff0000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(66, a0, 0x0)
	CHECK_FLAGS(67, 0x10)
	/* feq.d 0xfff8000000001234 0x0 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(68, a0, 0x0)
	CHECK_FLAGS(69, 0x0)
	/* feq.d 0xfff8000000001234 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(70, a0, 0x0)
	CHECK_FLAGS(71, 0x0)
	/* feq.d 0xfff8000000001234 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(72, a0, 0x0)
	CHECK_FLAGS(73, 0x0)
	/* feq.d 0xfff8000000001234 0x1 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(74, a0, 0x0)
	CHECK_FLAGS(75, 0x0)
	/* feq.d 0xfff8000000001234 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(76, a0, 0x0)
	CHECK_FLAGS(77, 0x0)
	/* feq.d 0xfff8000000001234 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(78, a0, 0x0)
	CHECK_FLAGS(79, 0x0)
	/* feq.d 0xfff8000000001234 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(80, a0, 0x0)
	CHECK_FLAGS(81, 0x0)
	/* feq.d 0xfff8000000001234 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(82, a0, 0x0)
	CHECK_FLAGS(83, 0x0)
	/* feq.d 0x3fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(84, a0, 0x0)
	CHECK_FLAGS(85, 0x0)
	/* feq.d 0x3fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(86, a0, 0x0)
	CHECK_FLAGS(87, 0x0)
	/* feq.d 0x3fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(88, a0, 0x0)
	CHECK_FLAGS(89, 0x0)
	/* feq.d 0x3fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(90, a0, 0x0)
	CHECK_FLAGS(91, 0x0)
	/* feq.d 0x3fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(92, a0, 0x0)
	CHECK_FLAGS(93, 0x0)
	/* feq.d 0x3fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(94, a0, 0x0)
	CHECK_FLAGS(95, 0x0)
	/* feq.d 0x3fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(96, a0, 0x0)
	CHECK_FLAGS(97, 0x0)
	/* feq.d 0x3fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(98, a0, 0x0)
	CHECK_FLAGS(99, 0x0)
	/* feq.d 0xbcb0000000000000 0x0 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(100, a0, 0x0)
	CHECK_FLAGS(101, 0x0)
	/* feq.d 0xbcb0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(102, a0, 0x0)
	CHECK_FLAGS(103, 0x0)
	/* feq.d 0xbcb0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(104, a0, 0x0)
	CHECK_FLAGS(105, 0x0)
	/* feq.d 0xbcb0000000000000 0x1 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(106, a0, 0x0)
	CHECK_FLAGS(107, 0x0)
	/* feq.d 0xbcb0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(108, a0, 0x0)
	CHECK_FLAGS(109, 0x0)
	/* feq.d 0xbcb0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(110, a0, 0x0)
	CHECK_FLAGS(111, 0x0)
	/* feq.d 0xbcb0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(112, a0, 0x0)
	CHECK_FLAGS(113, 0x0)
	/* feq.d 0xbcb0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; feq.d a0, f11, f12
	CHECK(114, a0, 0x1)
	CHECK_FLAGS(115, 0x0)
	/* flt.d 0x0 0x0 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(116, a0, 0x0)
	CHECK_FLAGS(117, 0x0)
	/* flt.d 0x0 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(118, a0, 0x1)
	CHECK_FLAGS(119, 0x0)
	/* flt.d 0x0 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(120, a0, 0x1)
	CHECK_FLAGS(121, 0x0)
	/* flt.d 0x0 0x1 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(122, a0, 0x1)
	CHECK_FLAGS(123, 0x0)
	/* flt.d 0x0 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(124, a0, 0x1)
	CHECK_FLAGS(125, 0x0)
	/* flt.d 0x0 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(126, a0, 0x0)
	CHECK_FLAGS(127, 0x10)
	/* flt.d 0x0 0xfff8000000001234 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(128, a0, 0x0)
	CHECK_FLAGS(129, 0x10)
	/* flt.d 0x0 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(130, a0, 0x0)
	CHECK_FLAGS(131, 0x0)
	/* flt.d 0x8000000000000000 0x0 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(132, a0, 0x0)
	CHECK_FLAGS(133, 0x0)
	/* flt.d 0x8000000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(134, a0, 0x1)
	CHECK_FLAGS(135, 0x0)
	/* flt.d 0x8000000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(136, a0, 0x1)
	CHECK_FLAGS(137, 0x0)
	/* flt.d 0x8000000000000000 0x1 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(138, a0, 0x1)
	CHECK_FLAGS(139, 0x0)
	/* flt.d 0x8000000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(140, a0, 0x1)
	CHECK_FLAGS(141, 0x0)
	/* flt.d 0x8000000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(142, a0, 0x0)
	CHECK_FLAGS(143, 0x10)
	/* flt.d 0x8000000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(144, a0, 0x0)
	CHECK_FLAGS(145, 0x10)
	/* flt.d 0x8000000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(146, a0, 0x0)
	CHECK_FLAGS(147, 0x0)
	/* flt.d 0x3ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(148, a0, 0x0)
	CHECK_FLAGS(149, 0x0)
	/* flt.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(150, a0, 0x0)
	CHECK_FLAGS(151, 0x0)
	/* flt.d 0x3ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(152, a0, 0x1)
	CHECK_FLAGS(153, 0x0)
	/* flt.d 0x3ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(154, a0, 0x0)
	CHECK_FLAGS(155, 0x0)
	/* flt.d 0x3ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(156, a0, 0x1)
	CHECK_FLAGS(157, 0x0)
	/* flt.d 0x3ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(158, a0, 0x0)
	CHECK_FLAGS(159, 0x10)
	/* flt.d 0x3ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(160, a0, 0x0)
	CHECK_FLAGS(161, 0x10)
	/* flt.d 0x3ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(162, a0, 0x0)
	CHECK_FLAGS(163, 0x0)
	/* flt.d 0xbff0000000000000 0x0 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(164, a0, 0x1)
	CHECK_FLAGS(165, 0x0)
	/* flt.d 0xbff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(166, a0, 0x1)
	CHECK_FLAGS(167, 0x0)
	/* flt.d 0xbff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(168, a0, 0x1)
	CHECK_FLAGS(169, 0x0)
	/* flt.d 0xbff0000000000000 0x1 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(170, a0, 0x1)
	CHECK_FLAGS(171, 0x0)
	/* flt.d 0xbff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(172, a0, 0x1)
	CHECK_FLAGS(173, 0x0)
	/* flt.d 0xbff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(174, a0, 0x0)
	CHECK_FLAGS(175, 0x10)
	/* flt.d 0xbff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(176, a0, 0x0)
	CHECK_FLAGS(177, 0x10)
	/* flt.d 0xbff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(178, a0, 0x1)
	CHECK_FLAGS(179, 0x0)
	/* flt.d 0x7fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(180, a0, 0x0)
	CHECK_FLAGS(181, 0x0)
	/* flt.d 0x7fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(182, a0, 0x0)
	CHECK_FLAGS(183, 0x0)
	/* flt.d 0x7fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(184, a0, 0x0)
	CHECK_FLAGS(185, 0x0)
	/* flt.d 0x7fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(186, a0, 0x0)
	CHECK_FLAGS(187, 0x0)
	/* flt.d 0x7fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(188, a0, 0x1)
	CHECK_FLAGS(189, 0x0)
	/* flt.d 0x7fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(190, a0, 0x0)
	CHECK_FLAGS(191, 0x10)
	/* flt.d 0x7fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(192, a0, 0x0)
	CHECK_FLAGS(193, 0x10)
	/* flt.d 0x7fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(194, a0, 0x0)
	CHECK_FLAGS(195, 0x0)
	/* flt.d 0xffefffffffffffff 0x0 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(196, a0, 0x1)
	CHECK_FLAGS(197, 0x0)
	/* flt.d 0xffefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(198, a0, 0x1)
	CHECK_FLAGS(199, 0x0)
	/* flt.d 0xffefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(200, a0, 0x1)
	CHECK_FLAGS(201, 0x0)
	/* flt.d 0xffefffffffffffff 0x1 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(202, a0, 0x1)
	CHECK_FLAGS(203, 0x0)
	/* flt.d 0xffefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(204, a0, 0x1)
	CHECK_FLAGS(205, 0x0)
	/* flt.d 0xffefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(206, a0, 0x0)
	CHECK_FLAGS(207, 0x10)
	/* flt.d 0xffefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(208, a0, 0x0)
	CHECK_FLAGS(209, 0x10)
	/* flt.d 0xffefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(210, a0, 0x1)
	CHECK_FLAGS(211, 0x0)
	/* flt.d 0x1 0x0 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(212, a0, 0x0)
	CHECK_FLAGS(213, 0x0)
	/* flt.d 0x1 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(214, a0, 0x1)
	CHECK_FLAGS(215, 0x0)
	/* flt.d 0x1 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(216, a0, 0x1)
	CHECK_FLAGS(217, 0x0)
	/* flt.d 0x1 0x1 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(218, a0, 0x0)
	CHECK_FLAGS(219, 0x0)
	/* flt.d 0x1 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(220, a0, 0x1)
	CHECK_FLAGS(221, 0x0)
	/* flt.d 0x1 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(222, a0, 0x0)
	CHECK_FLAGS(223, 0x10)
	/* flt.d 0x1 0xfff8000000001234 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(224, a0, 0x0)
	CHECK_FLAGS(225, 0x10)
	/* flt.d 0x1 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(226, a0, 0x0)
	CHECK_FLAGS(227, 0x0)
	/* flt.d 0x8000000000000001 0x0 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(228, a0, 0x1)
	CHECK_FLAGS(229, 0x0)
	/* flt.d 0x8000000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(230, a0, 0x1)
	CHECK_FLAGS(231, 0x0)
	/* flt.d 0x8000000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(232, a0, 0x1)
	CHECK_FLAGS(233, 0x0)
	/* flt.d 0x8000000000000001 0x1 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(234, a0, 0x1)
	CHECK_FLAGS(235, 0x0)
	/* flt.d 0x8000000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(236, a0, 0x1)
	CHECK_FLAGS(237, 0x0)
	/* flt.d 0x8000000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(238, a0, 0x0)
	CHECK_FLAGS(239, 0x10)
	/* flt.d 0x8000000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(240, a0, 0x0)
	CHECK_FLAGS(241, 0x10)
	/* flt.d 0x8000000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(242, a0, 0x0)
	CHECK_FLAGS(243, 0x0)
	/* flt.d 0x7ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(244, a0, 0x0)
	CHECK_FLAGS(245, 0x0)
	/* flt.d 0x7ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(246, a0, 0x0)
	CHECK_FLAGS(247, 0x0)
	/* flt.d 0x7ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(248, a0, 0x0)
	CHECK_FLAGS(249, 0x0)
	/* flt.d 0x7ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(250, a0, 0x0)
	CHECK_FLAGS(251, 0x0)
	/* flt.d 0x7ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(252, a0, 0x0)
	CHECK_FLAGS(253, 0x0)
	/* flt.d 0x7ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(254, a0, 0x0)
	CHECK_FLAGS(255, 0x10)
	/* flt.d 0x7ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(1, a0, 0x0)
	CHECK_FLAGS(2, 0x10)
	/* flt.d 0x7ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(3, a0, 0x0)
	CHECK_FLAGS(4, 0x0)
	/* flt.d 0xfff0000000000000 0x0 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(5, a0, 0x1)
	CHECK_FLAGS(6, 0x0)
	/* flt.d 0xfff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(7, a0, 0x1)
	CHECK_FLAGS(8, 0x0)
	/* flt.d 0xfff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(9, a0, 0x1)
	CHECK_FLAGS(10, 0x0)
	/* flt.d 0xfff0000000000000 0x1 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(11, a0, 0x1)
	CHECK_FLAGS(12, 0x0)
	/* flt.d 0xfff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(13, a0, 0x1)
	CHECK_FLAGS(14, 0x0)
	/* flt.d 0xfff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(15, a0, 0x0)
	CHECK_FLAGS(16, 0x10)
	/* flt.d 0xfff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(17, a0, 0x0)
	CHECK_FLAGS(18, 0x10)
	/* flt.d 0xfff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(19, a0, 0x1)
	CHECK_FLAGS(20, 0x0)
	/* flt.d 0x7ff8000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(21, a0, 0x0)
	CHECK_FLAGS(22, 0x10)
	/* flt.d 0x7ff8000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(23, a0, 0x0)
	CHECK_FLAGS(24, 0x10)
	/* flt.d 0x7ff8000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(25, a0, 0x0)
	CHECK_FLAGS(26, 0x10)
	/* flt.d 0x7ff8000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(27, a0, 0x0)
	CHECK_FLAGS(28, 0x10)
	/* flt.d 0x7ff8000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(29, a0, 0x0)
	CHECK_FLAGS(30, 0x10)
	/* flt.d 0x7ff8000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(31, a0, 0x0)
	CHECK_FLAGS(32, 0x10)
	/* flt.d 0x7ff8000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(33, a0, 0x0)
	CHECK_FLAGS(34, 0x10)
	/* flt.d 0x7ff8000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(35, a0, 0x0)
	CHECK_FLAGS(36, 0x10)
	/* flt.d 0x7ff0000000000001 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(37, a0, 0x0)
	CHECK_FLAGS(38, 0x10)
	/* flt.d 0x7ff0000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(39, a0, 0x0)
	CHECK_FLAGS(40, 0x10)
	/* flt.d 0x7ff0000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(41, a0, 0x0)
	CHECK_FLAGS(42, 0x10)
	/* flt.d 0x7ff0000000000001 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(43, a0, 0x0)
	CHECK_FLAGS(44, 0x10)
	/* flt.d 0x7ff0000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(45, a0, 0x0)
	CHECK_FLAGS(46, 0x10)
	/* flt.d 0x7ff0000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(47, a0, 0x0)
	CHECK_FLAGS(48, 0x10)
	/* flt.d 0x7ff0000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(49, a0, 0x0)
	CHECK_FLAGS(50, 0x10)
	/* flt.d 0x7ff0000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(51, a0, 0x0)
	CHECK_FLAGS(52, 0x10)
	/* flt.d 0xfff8000000001234 0x0 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(53, a0, 0x0)
	CHECK_FLAGS(54, 0x10)
	/* flt.d 0xfff8000000001234 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(55, a0, 0x0)
	CHECK_FLAGS(56, 0x10)
	/* flt.d 0xfff8000000001234 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(57, a0, 0x0)
	CHECK_FLAGS(58, 0x10)
	/* flt.d 0xfff8000000001234 0x1 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(59, a0, 0x0)
	CHECK_FLAGS(60, 0x10)
	/* flt.d 0xfff8000000001234 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(61, a0, 0x0)
	CHECK_FLAGS(62, 0x10)
	/* flt.d 0xfff8000000001234 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(63, a0, 0x0)
	CHECK_FLAGS(64, 0x10)
	/* flt.d 0xfff8000000001234 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(65, a0, 0x0)
	CHECK_FLAGS(66, 0x10)
	/* flt.d 0xfff8000000001234 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(67, a0, 0x0)
	CHECK_FLAGS(68, 0x10)
	/* flt.d 0x3fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(69, a0, 0x0)
	CHECK_FLAGS(70, 0x0)
	/* flt.d 0x3fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(71, a0, 0x1)
	CHECK_FLAGS(72, 0x0)
	/* flt.d 0x3fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(73, a0, 0x1)
	CHECK_FLAGS(74, 0x0)
	/* flt.d 0x3fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(75, a0, 0x0)
	CHECK_FLAGS(76, 0x0)
	/* flt.d 0x3fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(77, a0, 0x1)
	CHECK_FLAGS(78, 0x0)
	/* flt.d 0x3fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(79, a0, 0x0)
	CHECK_FLAGS(80, 0x10)
	/* flt.d 0x3fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(81, a0, 0x0)
	CHECK_FLAGS(82, 0x10)
	/* flt.d 0x3fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(83, a0, 0x0)
	CHECK_FLAGS(84, 0x0)
	/* flt.d 0xbcb0000000000000 0x0 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(85, a0, 0x1)
	CHECK_FLAGS(86, 0x0)
	/* flt.d 0xbcb0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(87, a0, 0x1)
	CHECK_FLAGS(88, 0x0)
	/* flt.d 0xbcb0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(89, a0, 0x1)
	CHECK_FLAGS(90, 0x0)
	/* flt.d 0xbcb0000000000000 0x1 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(91, a0, 0x1)
	CHECK_FLAGS(92, 0x0)
	/* flt.d 0xbcb0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(93, a0, 0x1)
	CHECK_FLAGS(94, 0x0)
	/* flt.d 0xbcb0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(95, a0, 0x0)
	CHECK_FLAGS(96, 0x10)
	/* flt.d 0xbcb0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(97, a0, 0x0)
	CHECK_FLAGS(98, 0x10)
	/* flt.d 0xbcb0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; flt.d a0, f11, f12
	CHECK(99, a0, 0x0)
	CHECK_FLAGS(100, 0x0)
	/* fle.d 0x0 0x0 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(101, a0, 0x1)
	CHECK_FLAGS(102, 0x0)
	/* fle.d 0x0 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(103, a0, 0x1)
	CHECK_FLAGS(104, 0x0)
	/* fle.d 0x0 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(105, a0, 0x1)
	CHECK_FLAGS(106, 0x0)
	/* fle.d 0x0 0x1 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(107, a0, 0x1)
	CHECK_FLAGS(108, 0x0)
	/* fle.d 0x0 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(109, a0, 0x1)
	CHECK_FLAGS(110, 0x0)
	/* fle.d 0x0 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(111, a0, 0x0)
	CHECK_FLAGS(112, 0x10)
	/* fle.d 0x0 0xfff8000000001234 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(113, a0, 0x0)
	CHECK_FLAGS(114, 0x10)
	/* fle.d 0x0 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(115, a0, 0x0)
	CHECK_FLAGS(116, 0x0)
	/* fle.d 0x8000000000000000 0x0 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(117, a0, 0x1)
	CHECK_FLAGS(118, 0x0)
	/* fle.d 0x8000000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(119, a0, 0x1)
	CHECK_FLAGS(120, 0x0)
	/* fle.d 0x8000000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(121, a0, 0x1)
	CHECK_FLAGS(122, 0x0)
	/* fle.d 0x8000000000000000 0x1 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(123, a0, 0x1)
	CHECK_FLAGS(124, 0x0)
	/* fle.d 0x8000000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(125, a0, 0x1)
	CHECK_FLAGS(126, 0x0)
	/* fle.d 0x8000000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(127, a0, 0x0)
	CHECK_FLAGS(128, 0x10)
	/* fle.d 0x8000000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(129, a0, 0x0)
	CHECK_FLAGS(130, 0x10)
	/* fle.d 0x8000000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(131, a0, 0x0)
	CHECK_FLAGS(132, 0x0)
	/* fle.d 0x3ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(133, a0, 0x0)
	CHECK_FLAGS(134, 0x0)
	/* fle.d 0x3ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(135, a0, 0x1)
	CHECK_FLAGS(136, 0x0)
	/* fle.d 0x3ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(137, a0, 0x1)
	CHECK_FLAGS(138, 0x0)
	/* fle.d 0x3ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(139, a0, 0x0)
	CHECK_FLAGS(140, 0x0)
	/* fle.d 0x3ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(141, a0, 0x1)
	CHECK_FLAGS(142, 0x0)
	/* fle.d 0x3ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(143, a0, 0x0)
	CHECK_FLAGS(144, 0x10)
	/* fle.d 0x3ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(145, a0, 0x0)
	CHECK_FLAGS(146, 0x10)
	/* fle.d 0x3ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(147, a0, 0x0)
	CHECK_FLAGS(148, 0x0)
	/* fle.d 0xbff0000000000000 0x0 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(149, a0, 0x1)
	CHECK_FLAGS(150, 0x0)
	/* fle.d 0xbff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(151, a0, 0x1)
	CHECK_FLAGS(152, 0x0)
	/* fle.d 0xbff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(153, a0, 0x1)
	CHECK_FLAGS(154, 0x0)
	/* fle.d 0xbff0000000000000 0x1 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(155, a0, 0x1)
	CHECK_FLAGS(156, 0x0)
	/* fle.d 0xbff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(157, a0, 0x1)
	CHECK_FLAGS(158, 0x0)
	/* fle.d 0xbff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(159, a0, 0x0)
	CHECK_FLAGS(160, 0x10)
	/* fle.d 0xbff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(161, a0, 0x0)
	CHECK_FLAGS(162, 0x10)
	/* fle.d 0xbff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(163, a0, 0x1)
	CHECK_FLAGS(164, 0x0)
	/* fle.d 0x7fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(165, a0, 0x0)
	CHECK_FLAGS(166, 0x0)
	/* fle.d 0x7fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(167, a0, 0x0)
	CHECK_FLAGS(168, 0x0)
	/* fle.d 0x7fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(169, a0, 0x1)
	CHECK_FLAGS(170, 0x0)
	/* fle.d 0x7fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(171, a0, 0x0)
	CHECK_FLAGS(172, 0x0)
	/* fle.d 0x7fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(173, a0, 0x1)
	CHECK_FLAGS(174, 0x0)
	/* fle.d 0x7fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(175, a0, 0x0)
	CHECK_FLAGS(176, 0x10)
	/* fle.d 0x7fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(177, a0, 0x0)
	CHECK_FLAGS(178, 0x10)
	/* fle.d 0x7fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(179, a0, 0x0)
	CHECK_FLAGS(180, 0x0)
	/* fle.d 0xffefffffffffffff 0x0 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(181, a0, 0x1)
	CHECK_FLAGS(182, 0x0)
	/* fle.d 0xffefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(183, a0, 0x1)
	CHECK_FLAGS(184, 0x0)
	/* fle.d 0xffefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(185, a0, 0x1)
	CHECK_FLAGS(186, 0x0)
	/* fle.d 0xffefffffffffffff 0x1 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(187, a0, 0x1)
	CHECK_FLAGS(188, 0x0)
	/* fle.d 0xffefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(189, a0, 0x1)
	CHECK_FLAGS(190, 0x0)
	/* fle.d 0xffefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(191, a0, 0x0)
	CHECK_FLAGS(192, 0x10)
	/* fle.d 0xffefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(193, a0, 0x0)
	CHECK_FLAGS(194, 0x10)
	/* fle.d 0xffefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(195, a0, 0x1)
	CHECK_FLAGS(196, 0x0)
	/* fle.d 0x1 0x0 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(197, a0, 0x0)
	CHECK_FLAGS(198, 0x0)
	/* fle.d 0x1 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(199, a0, 0x1)
	CHECK_FLAGS(200, 0x0)
	/* fle.d 0x1 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(201, a0, 0x1)
	CHECK_FLAGS(202, 0x0)
	/* fle.d 0x1 0x1 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(203, a0, 0x1)
	CHECK_FLAGS(204, 0x0)
	/* fle.d 0x1 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(205, a0, 0x1)
	CHECK_FLAGS(206, 0x0)
	/* fle.d 0x1 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(207, a0, 0x0)
	CHECK_FLAGS(208, 0x10)
	/* fle.d 0x1 0xfff8000000001234 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(209, a0, 0x0)
	CHECK_FLAGS(210, 0x10)
	/* fle.d 0x1 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(211, a0, 0x0)
	CHECK_FLAGS(212, 0x0)
	/* fle.d 0x8000000000000001 0x0 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(213, a0, 0x1)
	CHECK_FLAGS(214, 0x0)
	/* fle.d 0x8000000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(215, a0, 0x1)
	CHECK_FLAGS(216, 0x0)
	/* fle.d 0x8000000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(217, a0, 0x1)
	CHECK_FLAGS(218, 0x0)
	/* fle.d 0x8000000000000001 0x1 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(219, a0, 0x1)
	CHECK_FLAGS(220, 0x0)
	/* fle.d 0x8000000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(221, a0, 0x1)
	CHECK_FLAGS(222, 0x0)
	/* fle.d 0x8000000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(223, a0, 0x0)
	CHECK_FLAGS(224, 0x10)
	/* fle.d 0x8000000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(225, a0, 0x0)
	CHECK_FLAGS(226, 0x10)
	/* fle.d 0x8000000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(227, a0, 0x0)
	CHECK_FLAGS(228, 0x0)
	/* fle.d 0x7ff0000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(229, a0, 0x0)
	CHECK_FLAGS(230, 0x0)
	/* fle.d 0x7ff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(231, a0, 0x0)
	CHECK_FLAGS(232, 0x0)
	/* fle.d 0x7ff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(233, a0, 0x0)
	CHECK_FLAGS(234, 0x0)
	/* fle.d 0x7ff0000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(235, a0, 0x0)
	CHECK_FLAGS(236, 0x0)
	/* fle.d 0x7ff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(237, a0, 0x1)
	CHECK_FLAGS(238, 0x0)
	/* fle.d 0x7ff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(239, a0, 0x0)
	CHECK_FLAGS(240, 0x10)
	/* fle.d 0x7ff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(241, a0, 0x0)
	CHECK_FLAGS(242, 0x10)
	/* fle.d 0x7ff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(243, a0, 0x0)
	CHECK_FLAGS(244, 0x0)
	/* fle.d 0xfff0000000000000 0x0 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(245, a0, 0x1)
	CHECK_FLAGS(246, 0x0)
	/* fle.d 0xfff0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(247, a0, 0x1)
	CHECK_FLAGS(248, 0x0)
	/* fle.d 0xfff0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(249, a0, 0x1)
	CHECK_FLAGS(250, 0x0)
	/* fle.d 0xfff0000000000000 0x1 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(251, a0, 0x1)
	CHECK_FLAGS(252, 0x0)
	/* fle.d 0xfff0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(253, a0, 0x1)
	CHECK_FLAGS(254, 0x0)
	/* fle.d 0xfff0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(255, a0, 0x0)
	CHECK_FLAGS(1, 0x10)
	/* fle.d 0xfff0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(2, a0, 0x0)
	CHECK_FLAGS(3, 0x10)
	/* fle.d 0xfff0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(4, a0, 0x1)
	CHECK_FLAGS(5, 0x0)
	/* fle.d 0x7ff8000000000000 0x0 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(6, a0, 0x0)
	CHECK_FLAGS(7, 0x10)
	/* fle.d 0x7ff8000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(8, a0, 0x0)
	CHECK_FLAGS(9, 0x10)
	/* fle.d 0x7ff8000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(10, a0, 0x0)
	CHECK_FLAGS(11, 0x10)
	/* fle.d 0x7ff8000000000000 0x1 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(12, a0, 0x0)
	CHECK_FLAGS(13, 0x10)
	/* fle.d 0x7ff8000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(14, a0, 0x0)
	CHECK_FLAGS(15, 0x10)
	/* fle.d 0x7ff8000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(16, a0, 0x0)
	CHECK_FLAGS(17, 0x10)
	/* fle.d 0x7ff8000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(18, a0, 0x0)
	CHECK_FLAGS(19, 0x10)
	/* fle.d 0x7ff8000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(20, a0, 0x0)
	CHECK_FLAGS(21, 0x10)
	/* fle.d 0x7ff0000000000001 0x0 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(22, a0, 0x0)
	CHECK_FLAGS(23, 0x10)
	/* fle.d 0x7ff0000000000001 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(24, a0, 0x0)
	CHECK_FLAGS(25, 0x10)
	/* fle.d 0x7ff0000000000001 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(26, a0, 0x0)
	CHECK_FLAGS(27, 0x10)
	/* fle.d 0x7ff0000000000001 0x1 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(28, a0, 0x0)
	CHECK_FLAGS(29, 0x10)
	/* fle.d 0x7ff0000000000001 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(30, a0, 0x0)
	CHECK_FLAGS(31, 0x10)
	/* fle.d 0x7ff0000000000001 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(32, a0, 0x0)
	CHECK_FLAGS(33, 0x10)
	/* fle.d 0x7ff0000000000001 0xfff8000000001234 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(34, a0, 0x0)
	CHECK_FLAGS(35, 0x10)
	/* fle.d 0x7ff0000000000001 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(36, a0, 0x0)
	CHECK_FLAGS(37, 0x10)
	/* fle.d 0xfff8000000001234 0x0 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(38, a0, 0x0)
	CHECK_FLAGS(39, 0x10)
	/* fle.d 0xfff8000000001234 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(40, a0, 0x0)
	CHECK_FLAGS(41, 0x10)
	/* fle.d 0xfff8000000001234 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(42, a0, 0x0)
	CHECK_FLAGS(43, 0x10)
	/* fle.d 0xfff8000000001234 0x1 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(44, a0, 0x0)
	CHECK_FLAGS(45, 0x10)
	/* fle.d 0xfff8000000001234 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(46, a0, 0x0)
	CHECK_FLAGS(47, 0x10)
	/* fle.d 0xfff8000000001234 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(48, a0, 0x0)
	CHECK_FLAGS(49, 0x10)
	/* fle.d 0xfff8000000001234 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(50, a0, 0x0)
	CHECK_FLAGS(51, 0x10)
	/* fle.d 0xfff8000000001234 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(52, a0, 0x0)
	CHECK_FLAGS(53, 0x10)
	/* fle.d 0x3fefffffffffffff 0x0 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(54, a0, 0x0)
	CHECK_FLAGS(55, 0x0)
	/* fle.d 0x3fefffffffffffff 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(56, a0, 0x1)
	CHECK_FLAGS(57, 0x0)
	/* fle.d 0x3fefffffffffffff 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(58, a0, 0x1)
	CHECK_FLAGS(59, 0x0)
	/* fle.d 0x3fefffffffffffff 0x1 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(60, a0, 0x0)
	CHECK_FLAGS(61, 0x0)
	/* fle.d 0x3fefffffffffffff 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(62, a0, 0x1)
	CHECK_FLAGS(63, 0x0)
	/* fle.d 0x3fefffffffffffff 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(64, a0, 0x0)
	CHECK_FLAGS(65, 0x10)
	/* fle.d 0x3fefffffffffffff 0xfff8000000001234 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(66, a0, 0x0)
	CHECK_FLAGS(67, 0x10)
	/* fle.d 0x3fefffffffffffff 0xbcb0000000000000 rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(68, a0, 0x0)
	CHECK_FLAGS(69, 0x0)
	/* fle.d 0xbcb0000000000000 0x0 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x0; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(70, a0, 0x1)
	CHECK_FLAGS(71, 0x0)
	/* fle.d 0xbcb0000000000000 0x3ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x3ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(72, a0, 0x1)
	CHECK_FLAGS(73, 0x0)
	/* fle.d 0xbcb0000000000000 0x7fefffffffffffff rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7fefffffffffffff; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(74, a0, 0x1)
	CHECK_FLAGS(75, 0x0)
	/* fle.d 0xbcb0000000000000 0x1 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x1; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(76, a0, 0x1)
	CHECK_FLAGS(77, 0x0)
	/* fle.d 0xbcb0000000000000 0x7ff0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(78, a0, 0x1)
	CHECK_FLAGS(79, 0x0)
	/* fle.d 0xbcb0000000000000 0x7ff8000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0x7ff8000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(80, a0, 0x0)
	CHECK_FLAGS(81, 0x10)
	/* fle.d 0xbcb0000000000000 0xfff8000000001234 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xfff8000000001234; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(82, a0, 0x0)
	CHECK_FLAGS(83, 0x10)
	/* fle.d 0xbcb0000000000000 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; li t0, 0xbcb0000000000000; fmv.d.x f12, t0; fle.d a0, f11, f12
	CHECK(84, a0, 0x1)
	CHECK_FLAGS(85, 0x0)
	/* fclass.d 0x0 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(86, a0, 0x10)
	CHECK_FLAGS(87, 0x0)
	/* fclass.d 0x8000000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(88, a0, 0x8)
	CHECK_FLAGS(89, 0x0)
	/* fclass.d 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(90, a0, 0x40)
	CHECK_FLAGS(91, 0x0)
	/* fclass.d 0xbff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(92, a0, 0x2)
	CHECK_FLAGS(93, 0x0)
	/* fclass.d 0x3ff8000000000000 rm=None frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(94, a0, 0x40)
	CHECK_FLAGS(95, 0x0)
	/* fclass.d 0x4004000000000000 rm=None frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(96, a0, 0x40)
	CHECK_FLAGS(97, 0x0)
	/* fclass.d 0xc004000000000000 rm=None frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(98, a0, 0x2)
	CHECK_FLAGS(99, 0x0)
	/* fclass.d 0x3fe0000000000000 rm=None frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(100, a0, 0x40)
	CHECK_FLAGS(101, 0x0)
	/* fclass.d 0xbfe0000000000000 rm=None frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(102, a0, 0x2)
	CHECK_FLAGS(103, 0x0)
	/* fclass.d 0x7fefffffffffffff rm=None frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(104, a0, 0x40)
	CHECK_FLAGS(105, 0x0)
	/* fclass.d 0xffefffffffffffff rm=None frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(106, a0, 0x2)
	CHECK_FLAGS(107, 0x0)
	/* fclass.d 0x10000000000000 rm=None frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(108, a0, 0x40)
	CHECK_FLAGS(109, 0x0)
	/* fclass.d 0xfffffffffffff rm=None frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(110, a0, 0x20)
	CHECK_FLAGS(111, 0x0)
	/* fclass.d 0x1 rm=None frm=None */
	li t0, 0x1; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(112, a0, 0x20)
	CHECK_FLAGS(113, 0x0)
	/* fclass.d 0x8000000000000001 rm=None frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(114, a0, 0x4)
	CHECK_FLAGS(115, 0x0)
	/* fclass.d 0x7ff0000000000000 rm=None frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(116, a0, 0x80)
	CHECK_FLAGS(117, 0x0)
	/* fclass.d 0xfff0000000000000 rm=None frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(118, a0, 0x1)
	CHECK_FLAGS(119, 0x0)
	/* fclass.d 0x7ff8000000000000 rm=None frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(120, a0, 0x200)
	CHECK_FLAGS(121, 0x0)
	/* fclass.d 0x7ff0000000000001 rm=None frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(122, a0, 0x100)
	CHECK_FLAGS(123, 0x0)
	/* fclass.d 0xfff8000000001234 rm=None frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(124, a0, 0x200)
	CHECK_FLAGS(125, 0x0)
	/* fclass.d 0x3ff0000000000001 rm=None frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(126, a0, 0x40)
	CHECK_FLAGS(127, 0x0)
	/* fclass.d 0x3ca0000000000000 rm=None frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(128, a0, 0x40)
	CHECK_FLAGS(129, 0x0)
	/* fclass.d 0x4008000000000000 rm=None frm=None */
	li t0, 0x4008000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(130, a0, 0x40)
	CHECK_FLAGS(131, 0x0)
	/* fclass.d 0x3fb999999999999a rm=None frm=None */
	li t0, 0x3fb999999999999a; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(132, a0, 0x40)
	CHECK_FLAGS(133, 0x0)
	/* fclass.d 0x41dfffffffe00000 rm=None frm=None */
	li t0, 0x41dfffffffe00000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(134, a0, 0x40)
	CHECK_FLAGS(135, 0x0)
	/* fclass.d 0x41e0000000000000 rm=None frm=None */
	li t0, 0x41e0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(136, a0, 0x40)
	CHECK_FLAGS(137, 0x0)
	/* fclass.d 0xc1e0000000000000 rm=None frm=None */
	li t0, 0xc1e0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(138, a0, 0x2)
	CHECK_FLAGS(139, 0x0)
	/* fclass.d 0xc1e0000000100000 rm=None frm=None */
	li t0, 0xc1e0000000100000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(140, a0, 0x2)
	CHECK_FLAGS(141, 0x0)
	/* fclass.d 0x43e0000000000000 rm=None frm=None */
	li t0, 0x43e0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(142, a0, 0x40)
	CHECK_FLAGS(143, 0x0)
	/* fclass.d 0xc3e0000000000000 rm=None frm=None */
	li t0, 0xc3e0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(144, a0, 0x2)
	CHECK_FLAGS(145, 0x0)
	/* fclass.d 0x43f0000000000000 rm=None frm=None */
	li t0, 0x43f0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(146, a0, 0x40)
	CHECK_FLAGS(147, 0x0)
	/* fclass.d 0x43efffffffffffff rm=None frm=None */
	li t0, 0x43efffffffffffff; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(148, a0, 0x40)
	CHECK_FLAGS(149, 0x0)
	/* fclass.d 0x41efffffffe00000 rm=None frm=None */
	li t0, 0x41efffffffe00000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(150, a0, 0x40)
	CHECK_FLAGS(151, 0x0)
	/* fclass.d 0x3ff0000010000000 rm=None frm=None */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(152, a0, 0x40)
	CHECK_FLAGS(153, 0x0)
	/* fclass.d 0x3810000000000000 rm=None frm=None */
	li t0, 0x3810000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(154, a0, 0x40)
	CHECK_FLAGS(155, 0x0)
	/* fclass.d 0x3690000000000000 rm=None frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(156, a0, 0x40)
	CHECK_FLAGS(157, 0x0)
	/* fclass.d 0x47efffffe0000000 rm=None frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(158, a0, 0x40)
	CHECK_FLAGS(159, 0x0)
	/* fclass.d 0x47efffff00000000 rm=None frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(160, a0, 0x40)
	CHECK_FLAGS(161, 0x0)
	/* fclass.d 0x36a0000000000000 rm=None frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(162, a0, 0x40)
	CHECK_FLAGS(163, 0x0)
	/* fclass.d 0x3fefffffffffffff rm=None frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(164, a0, 0x40)
	CHECK_FLAGS(165, 0x0)
	/* fclass.d 0xbcb0000000000000 rm=None frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fclass.d a0, f11
	CHECK(166, a0, 0x2)
	CHECK_FLAGS(167, 0x0)
	/* fmv.x.w 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(168, a0, 0x0)
	CHECK_FLAGS(169, 0x0)
	/* fmv.x.w 0xffffffff80000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(170, a0, 0xffffffff80000000)
	CHECK_FLAGS(171, 0x0)
	/* fmv.x.w 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(172, a0, 0x3f800000)
	CHECK_FLAGS(173, 0x0)
	/* fmv.x.w 0xffffffffbf800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(174, a0, 0xffffffffbf800000)
	CHECK_FLAGS(175, 0x0)
	/* fmv.x.w 0xffffffff3fc00000 rm=None frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(176, a0, 0x3fc00000)
	CHECK_FLAGS(177, 0x0)
	/* fmv.x.w 0xffffffff40200000 rm=None frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(178, a0, 0x40200000)
	CHECK_FLAGS(179, 0x0)
	/* fmv.x.w 0xffffffffc0200000 rm=None frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(180, a0, 0xffffffffc0200000)
	CHECK_FLAGS(181, 0x0)
	/* fmv.x.w 0xffffffff3f000000 rm=None frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(182, a0, 0x3f000000)
	CHECK_FLAGS(183, 0x0)
	/* fmv.x.w 0xffffffffbf000000 rm=None frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(184, a0, 0xffffffffbf000000)
	CHECK_FLAGS(185, 0x0)
	/* fmv.x.w 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(186, a0, 0x7f7fffff)
	CHECK_FLAGS(187, 0x0)
	/* fmv.x.w 0xffffffffff7fffff rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(188, a0, 0xffffffffff7fffff)
	CHECK_FLAGS(189, 0x0)
	/* fmv.x.w 0xffffffff00800000 rm=None frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(190, a0, 0x800000)
	CHECK_FLAGS(191, 0x0)
	/* fmv.x.w 0xffffffff007fffff rm=None frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(192, a0, 0x7fffff)
	CHECK_FLAGS(193, 0x0)
	/* fmv.x.w 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(194, a0, 0x1)
	CHECK_FLAGS(195, 0x0)
	/* fmv.x.w 0xffffffff80000001 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(196, a0, 0xffffffff80000001)
	CHECK_FLAGS(197, 0x0)
	/* fmv.x.w 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(198, a0, 0x7f800000)
	CHECK_FLAGS(199, 0x0)
	/* fmv.x.w 0xffffffffff800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(200, a0, 0xffffffffff800000)
	CHECK_FLAGS(201, 0x0)
	/* fmv.x.w 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(202, a0, 0x7fc00000)
	CHECK_FLAGS(203, 0x0)
	/* fmv.x.w 0xffffffff7f800001 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(204, a0, 0x7f800001)
	CHECK_FLAGS(205, 0x0)
	/* fmv.x.w 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(206, a0, 0xffffffffffc12345)
	CHECK_FLAGS(207, 0x0)
	/* fmv.x.w 0xffffffff3f800001 rm=None frm=None */
	li t0, 0xffffffff3f800001; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(208, a0, 0x3f800001)
	CHECK_FLAGS(209, 0x0)
	/* fmv.x.w 0xffffffff33800000 rm=None frm=None */
	li t0, 0xffffffff33800000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(210, a0, 0x33800000)
	CHECK_FLAGS(211, 0x0)
	/* fmv.x.w 0xffffffff40400000 rm=None frm=None */
	li t0, 0xffffffff40400000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(212, a0, 0x40400000)
	CHECK_FLAGS(213, 0x0)
	/* fmv.x.w 0xffffffff3dcccccd rm=None frm=None */
	li t0, 0xffffffff3dcccccd; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(214, a0, 0x3dcccccd)
	CHECK_FLAGS(215, 0x0)
	/* fmv.x.w 0xffffffff501502f9 rm=None frm=None */
	li t0, 0xffffffff501502f9; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(216, a0, 0x501502f9)
	CHECK_FLAGS(217, 0x0)
	/* fmv.x.w 0xffffffff4f32d05e rm=None frm=None */
	li t0, 0xffffffff4f32d05e; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(218, a0, 0x4f32d05e)
	CHECK_FLAGS(219, 0x0)
	/* fmv.x.w 0xffffffff4f000000 rm=None frm=None */
	li t0, 0xffffffff4f000000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(220, a0, 0x4f000000)
	CHECK_FLAGS(221, 0x0)
	/* fmv.x.w 0xffffffffcf000000 rm=None frm=None */
	li t0, 0xffffffffcf000000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(222, a0, 0xffffffffcf000000)
	CHECK_FLAGS(223, 0x0)
	/* fmv.x.w 0xffffffff5f000000 rm=None frm=None */
	li t0, 0xffffffff5f000000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(224, a0, 0x5f000000)
	CHECK_FLAGS(225, 0x0)
	/* fmv.x.w 0xffffffff5f800000 rm=None frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(226, a0, 0x5f800000)
	CHECK_FLAGS(227, 0x0)
	/* fmv.x.w 0xffffffffdf000000 rm=None frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(228, a0, 0xffffffffdf000000)
	CHECK_FLAGS(229, 0x0)
	/* fmv.x.w 0xffffffff4b800001 rm=None frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(230, a0, 0x4b800001)
	CHECK_FLAGS(231, 0x0)
	/* fmv.x.w 0xffffffff3f7fffff rm=None frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(232, a0, 0x3f7fffff)
	CHECK_FLAGS(233, 0x0)
	/* fmv.x.w 0x3f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(234, a0, 0x3f800000)
	CHECK_FLAGS(235, 0x0)
	/* fmv.x.w 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fmv.x.w a0, f11
	CHECK(236, a0, 0x0)
	CHECK_FLAGS(237, 0x0)
	/* fmv.x.d 0x0 rm=None frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fmv.x.d a0, f11
	CHECK(238, a0, 0x0)
	CHECK_FLAGS(239, 0x0)
	/* fmv.x.d 0x8000000000000000 rm=None frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; fmv.x.d a0, f11
	CHECK(240, a0, 0x8000000000000000)
	CHECK_FLAGS(241, 0x0)
	/* fmv.x.d 0x3ff0000000000000 rm=None frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fmv.x.d a0, f11
	CHECK(242, a0, 0x3ff0000000000000)
	CHECK_FLAGS(243, 0x0)
	/* fmv.x.d 0xbff0000000000000 rm=None frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fmv.x.d a0, f11
	CHECK(244, a0, 0xbff0000000000000)
	CHECK_FLAGS(245, 0x0)
	/* fmv.x.d 0x3ff8000000000000 rm=None frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fmv.x.d a0, f11
	CHECK(246, a0, 0x3ff8000000000000)
	CHECK_FLAGS(247, 0x0)
	/* fmv.x.d 0x4004000000000000 rm=None frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fmv.x.d a0, f11
	CHECK(248, a0, 0x4004000000000000)
	CHECK_FLAGS(249, 0x0)
	/* fmv.x.d 0xc004000000000000 rm=None frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fmv.x.d a0, f11
	CHECK(250, a0, 0xc004000000000000)
	CHECK_FLAGS(251, 0x0)
	/* fmv.x.d 0x3fe0000000000000 rm=None frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fmv.x.d a0, f11
	CHECK(252, a0, 0x3fe0000000000000)
	CHECK_FLAGS(253, 0x0)
	/* fmv.w.x 0x0 rm=None frm=None */
	li a1, 0x0; fmv.w.x f10, a1
	CHECK_F(254, f10, 0xffffffff00000000)
	CHECK_FLAGS(255, 0x0)
	/* fmv.d.x 0x0 rm=None frm=None */
	li a1, 0x0; fmv.d.x f10, a1
	CHECK_F(1, f10, 0x0)
	CHECK_FLAGS(2, 0x0)
	/* fmv.w.x 0x1 rm=None frm=None */
	li a1, 0x1; fmv.w.x f10, a1
	CHECK_F(3, f10, 0xffffffff00000001)
	CHECK_FLAGS(4, 0x0)
	/* fmv.d.x 0x1 rm=None frm=None */
	li a1, 0x1; fmv.d.x f10, a1
	CHECK_F(5, f10, 0x1)
	CHECK_FLAGS(6, 0x0)
	/* fmv.w.x 0xffffffffffffffff rm=None frm=None */
	li a1, 0xffffffffffffffff; fmv.w.x f10, a1
	CHECK_F(7, f10, 0xffffffffffffffff)
	CHECK_FLAGS(8, 0x0)
	/* fmv.d.x 0xffffffffffffffff rm=None frm=None */
	li a1, 0xffffffffffffffff; fmv.d.x f10, a1
	CHECK_F(9, f10, 0xffffffffffffffff)
	CHECK_FLAGS(10, 0x0)
	/* fmv.w.x 0x7fffffff rm=None frm=None */
	li a1, 0x7fffffff; fmv.w.x f10, a1
	CHECK_F(11, f10, 0xffffffff7fffffff)
	CHECK_FLAGS(12, 0x0)
	/* fmv.d.x 0x7fffffff rm=None frm=None */
	li a1, 0x7fffffff; fmv.d.x f10, a1
	CHECK_F(13, f10, 0x7fffffff)
	CHECK_FLAGS(14, 0x0)
	/* fmv.w.x 0x80000000 rm=None frm=None */
	li a1, 0x80000000; fmv.w.x f10, a1
	CHECK_F(15, f10, 0xffffffff80000000)
	CHECK_FLAGS(16, 0x0)
	/* fmv.d.x 0x80000000 rm=None frm=None */
	li a1, 0x80000000; fmv.d.x f10, a1
	CHECK_F(17, f10, 0x80000000)
	CHECK_FLAGS(18, 0x0)
	/* fmv.w.x 0xffffffff80000000 rm=None frm=None */
	li a1, 0xffffffff80000000; fmv.w.x f10, a1
	CHECK_F(19, f10, 0xffffffff80000000)
	CHECK_FLAGS(20, 0x0)
	/* fmv.d.x 0xffffffff80000000 rm=None frm=None */
	li a1, 0xffffffff80000000; fmv.d.x f10, a1
	CHECK_F(21, f10, 0xffffffff80000000)
	CHECK_FLAGS(22, 0x0)
	/* fmv.w.x 0xffffffff rm=None frm=None */
	li a1, 0xffffffff; fmv.w.x f10, a1
	CHECK_F(23, f10, 0xffffffffffffffff)
	CHECK_FLAGS(24, 0x0)
	/* fmv.d.x 0xffffffff rm=None frm=None */
	li a1, 0xffffffff; fmv.d.x f10, a1
	CHECK_F(25, f10, 0xffffffff)
	CHECK_FLAGS(26, 0x0)
	/* fmv.w.x 0x1000001 rm=None frm=None */
	li a1, 0x1000001; fmv.w.x f10, a1
	CHECK_F(27, f10, 0xffffffff01000001)
	CHECK_FLAGS(28, 0x0)
	/* fmv.d.x 0x1000001 rm=None frm=None */
	li a1, 0x1000001; fmv.d.x f10, a1
	CHECK_F(29, f10, 0x1000001)
	CHECK_FLAGS(30, 0x0)
	/* fmv.w.x 0xfffffffffeffffff rm=None frm=None */
	li a1, 0xfffffffffeffffff; fmv.w.x f10, a1
	CHECK_F(31, f10, 0xfffffffffeffffff)
	CHECK_FLAGS(32, 0x0)
	/* fmv.d.x 0xfffffffffeffffff rm=None frm=None */
	li a1, 0xfffffffffeffffff; fmv.d.x f10, a1
	CHECK_F(33, f10, 0xfffffffffeffffff)
	CHECK_FLAGS(34, 0x0)
	/* fmv.w.x 0x7fffffffffffffff rm=None frm=None */
	li a1, 0x7fffffffffffffff; fmv.w.x f10, a1
	CHECK_F(35, f10, 0xffffffffffffffff)
	CHECK_FLAGS(36, 0x0)
	/* fmv.d.x 0x7fffffffffffffff rm=None frm=None */
	li a1, 0x7fffffffffffffff; fmv.d.x f10, a1
	CHECK_F(37, f10, 0x7fffffffffffffff)
	CHECK_FLAGS(38, 0x0)
TEST_END
