/* F and D conversions: fcvt between integers and floats (saturation, NaN, every rounding
 * mode, sign extension of 32-bit results) and between single and double.
 * Generated at test-writing time: every case ran under qemu-riscv64 7.2 (softfloat, the
 * reference), whose result bits and fflags are the expected values; the edge values
 * follow the F/D chapters of the unprivileged spec (NaN boxing, canonical NaN, fcvt
 * saturation, tininess after rounding, every rounding mode static and through frm).
 * Each case has two checks (result, then flags). Exit statuses hold 8 bits, so check
 * numbers wrap from 255 to 1: a failing status s is check s, s+255, s+510... */
#include "test.h"

TEST_BEGIN
	fsflags zero
	/* fcvt.w.s 0xffffffff00000000 rm=rtz frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(1, a0, 0x0)
	CHECK_FLAGS(2, 0x0)
	/* fcvt.w.s 0xffffffff80000000 rm=rtz frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(3, a0, 0x0)
	CHECK_FLAGS(4, 0x0)
	/* fcvt.w.s 0xffffffff3f800000 rm=rtz frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(5, a0, 0x1)
	CHECK_FLAGS(6, 0x0)
	/* fcvt.w.s 0xffffffffbf800000 rm=rtz frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(7, a0, 0xffffffffffffffff)
	CHECK_FLAGS(8, 0x0)
	/* fcvt.w.s 0xffffffff3fc00000 rm=rtz frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(9, a0, 0x1)
	CHECK_FLAGS(10, 0x1)
	/* fcvt.w.s 0xffffffff40200000 rm=rtz frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(11, a0, 0x2)
	CHECK_FLAGS(12, 0x1)
	/* fcvt.w.s 0xffffffffc0200000 rm=rtz frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(13, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(14, 0x1)
	/* fcvt.w.s 0xffffffff3f000000 rm=rtz frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(15, a0, 0x0)
	CHECK_FLAGS(16, 0x1)
	/* fcvt.w.s 0xffffffffbf000000 rm=rtz frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(17, a0, 0x0)
	CHECK_FLAGS(18, 0x1)
	/* fcvt.w.s 0xffffffff7f7fffff rm=rtz frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(19, a0, 0x7fffffff)
	CHECK_FLAGS(20, 0x10)
	/* fcvt.w.s 0xffffffffff7fffff rm=rtz frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(21, a0, 0xffffffff80000000)
	CHECK_FLAGS(22, 0x10)
	/* fcvt.w.s 0xffffffff00800000 rm=rtz frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(23, a0, 0x0)
	CHECK_FLAGS(24, 0x1)
	/* fcvt.w.s 0xffffffff007fffff rm=rtz frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(25, a0, 0x0)
	CHECK_FLAGS(26, 0x1)
	/* fcvt.w.s 0xffffffff00000001 rm=rtz frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(27, a0, 0x0)
	CHECK_FLAGS(28, 0x1)
	/* fcvt.w.s 0xffffffff80000001 rm=rtz frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(29, a0, 0x0)
	CHECK_FLAGS(30, 0x1)
	/* fcvt.w.s 0xffffffff7f800000 rm=rtz frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(31, a0, 0x7fffffff)
	CHECK_FLAGS(32, 0x10)
	/* fcvt.w.s 0xffffffffff800000 rm=rtz frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(33, a0, 0xffffffff80000000)
	CHECK_FLAGS(34, 0x10)
	/* fcvt.w.s 0xffffffff7fc00000 rm=rtz frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(35, a0, 0x7fffffff)
	CHECK_FLAGS(36, 0x10)
	/* fcvt.w.s 0xffffffff7f800001 rm=rtz frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(37, a0, 0x7fffffff)
	CHECK_FLAGS(38, 0x10)
	/* fcvt.w.s 0xffffffffffc12345 rm=rtz frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(39, a0, 0x7fffffff)
	CHECK_FLAGS(40, 0x10)
	/* fcvt.w.s 0xffffffff3f800001 rm=rtz frm=None */
	li t0, 0xffffffff3f800001; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(41, a0, 0x1)
	CHECK_FLAGS(42, 0x1)
	/* fcvt.w.s 0xffffffff33800000 rm=rtz frm=None */
	li t0, 0xffffffff33800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(43, a0, 0x0)
	CHECK_FLAGS(44, 0x1)
	/* fcvt.w.s 0xffffffff40400000 rm=rtz frm=None */
	li t0, 0xffffffff40400000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(45, a0, 0x3)
	CHECK_FLAGS(46, 0x0)
	/* fcvt.w.s 0xffffffff3dcccccd rm=rtz frm=None */
	li t0, 0xffffffff3dcccccd; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(47, a0, 0x0)
	CHECK_FLAGS(48, 0x1)
	/* fcvt.w.s 0xffffffff501502f9 rm=rtz frm=None */
	li t0, 0xffffffff501502f9; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(49, a0, 0x7fffffff)
	CHECK_FLAGS(50, 0x10)
	/* fcvt.w.s 0xffffffff4f32d05e rm=rtz frm=None */
	li t0, 0xffffffff4f32d05e; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(51, a0, 0x7fffffff)
	CHECK_FLAGS(52, 0x10)
	/* fcvt.w.s 0xffffffff4f000000 rm=rtz frm=None */
	li t0, 0xffffffff4f000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(53, a0, 0x7fffffff)
	CHECK_FLAGS(54, 0x10)
	/* fcvt.w.s 0xffffffffcf000000 rm=rtz frm=None */
	li t0, 0xffffffffcf000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(55, a0, 0xffffffff80000000)
	CHECK_FLAGS(56, 0x0)
	/* fcvt.w.s 0xffffffff5f000000 rm=rtz frm=None */
	li t0, 0xffffffff5f000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(57, a0, 0x7fffffff)
	CHECK_FLAGS(58, 0x10)
	/* fcvt.w.s 0xffffffff5f800000 rm=rtz frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(59, a0, 0x7fffffff)
	CHECK_FLAGS(60, 0x10)
	/* fcvt.w.s 0xffffffffdf000000 rm=rtz frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(61, a0, 0xffffffff80000000)
	CHECK_FLAGS(62, 0x10)
	/* fcvt.w.s 0xffffffff4b800001 rm=rtz frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(63, a0, 0x1000002)
	CHECK_FLAGS(64, 0x0)
	/* fcvt.w.s 0xffffffff3f7fffff rm=rtz frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(65, a0, 0x0)
	CHECK_FLAGS(66, 0x1)
	/* fcvt.w.s 0x3f800000 rm=rtz frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(67, a0, 0x7fffffff)
	CHECK_FLAGS(68, 0x10)
	/* fcvt.w.s 0x7fc0000000000000 rm=rtz frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(69, a0, 0x7fffffff)
	CHECK_FLAGS(70, 0x10)
	/* fcvt.w.s 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rne
	CHECK(71, a0, 0x1)
	CHECK_FLAGS(72, 0x0)
	/* fcvt.w.s 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rne
	CHECK(73, a0, 0xffffffffffffffff)
	CHECK_FLAGS(74, 0x0)
	/* fcvt.w.s 0xffffffff3fc00000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rne
	CHECK(75, a0, 0x2)
	CHECK_FLAGS(76, 0x1)
	/* fcvt.w.s 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rne
	CHECK(77, a0, 0x2)
	CHECK_FLAGS(78, 0x1)
	/* fcvt.w.s 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rne
	CHECK(79, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(80, 0x1)
	/* fcvt.w.s 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rne
	CHECK(81, a0, 0x0)
	CHECK_FLAGS(82, 0x1)
	/* fcvt.w.s 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rne
	CHECK(83, a0, 0x0)
	CHECK_FLAGS(84, 0x1)
	/* fcvt.w.s 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.w.s a0, f11, rne
	CHECK(85, a0, 0x7fffffff)
	CHECK_FLAGS(86, 0x10)
	/* fcvt.w.s 0xffffffff5f800000 rm=rne frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rne
	CHECK(87, a0, 0x7fffffff)
	CHECK_FLAGS(88, 0x10)
	/* fcvt.w.s 0xffffffffdf000000 rm=rne frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rne
	CHECK(89, a0, 0xffffffff80000000)
	CHECK_FLAGS(90, 0x10)
	/* fcvt.w.s 0xffffffff4b800001 rm=rne frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.w.s a0, f11, rne
	CHECK(91, a0, 0x1000002)
	CHECK_FLAGS(92, 0x0)
	/* fcvt.w.s 0xffffffff3f7fffff rm=rne frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.w.s a0, f11, rne
	CHECK(93, a0, 0x1)
	CHECK_FLAGS(94, 0x1)
	/* fcvt.w.s 0x3f800000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rne
	CHECK(95, a0, 0x7fffffff)
	CHECK_FLAGS(96, 0x10)
	/* fcvt.w.s 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rne
	CHECK(97, a0, 0x7fffffff)
	CHECK_FLAGS(98, 0x10)
	/* fcvt.w.s 0xffffffffbf865588 rm=rne frm=None */
	li t0, 0xffffffffbf865588; fmv.d.x f11, t0; fcvt.w.s a0, f11, rne
	CHECK(99, a0, 0xffffffffffffffff)
	CHECK_FLAGS(100, 0x1)
	/* fcvt.w.s 0xffffffffb5cf81f5 rm=rne frm=None */
	li t0, 0xffffffffb5cf81f5; fmv.d.x f11, t0; fcvt.w.s a0, f11, rne
	CHECK(101, a0, 0x0)
	CHECK_FLAGS(102, 0x1)
	/* fcvt.w.s 0xffffffffb5800000 rm=rne frm=None */
	li t0, 0xffffffffb5800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rne
	CHECK(103, a0, 0x0)
	CHECK_FLAGS(104, 0x1)
	/* fcvt.w.s 0xffffffff80e40000 rm=rne frm=None */
	li t0, 0xffffffff80e40000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rne
	CHECK(105, a0, 0x0)
	CHECK_FLAGS(106, 0x1)
	/* fcvt.w.s 0xffffffffc9880000 rm=rne frm=None */
	li t0, 0xffffffffc9880000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rne
	CHECK(107, a0, 0xffffffffffef0000)
	CHECK_FLAGS(108, 0x0)
	/* fcvt.w.s 0xffffffff015c0000 rm=rne frm=None */
	li t0, 0xffffffff015c0000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rne
	CHECK(109, a0, 0x0)
	CHECK_FLAGS(110, 0x1)
	/* fcvt.w.s 0xffffffff3f800000 rm=rtz frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(111, a0, 0x1)
	CHECK_FLAGS(112, 0x0)
	/* fcvt.w.s 0xffffffffbf800000 rm=rtz frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(113, a0, 0xffffffffffffffff)
	CHECK_FLAGS(114, 0x0)
	/* fcvt.w.s 0xffffffff3fc00000 rm=rtz frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(115, a0, 0x1)
	CHECK_FLAGS(116, 0x1)
	/* fcvt.w.s 0xffffffff40200000 rm=rtz frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(117, a0, 0x2)
	CHECK_FLAGS(118, 0x1)
	/* fcvt.w.s 0xffffffffc0200000 rm=rtz frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(119, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(120, 0x1)
	/* fcvt.w.s 0xffffffff3f000000 rm=rtz frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(121, a0, 0x0)
	CHECK_FLAGS(122, 0x1)
	/* fcvt.w.s 0xffffffffbf000000 rm=rtz frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(123, a0, 0x0)
	CHECK_FLAGS(124, 0x1)
	/* fcvt.w.s 0xffffffff7f7fffff rm=rtz frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(125, a0, 0x7fffffff)
	CHECK_FLAGS(126, 0x10)
	/* fcvt.w.s 0xffffffff5f800000 rm=rtz frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(127, a0, 0x7fffffff)
	CHECK_FLAGS(128, 0x10)
	/* fcvt.w.s 0xffffffffdf000000 rm=rtz frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(129, a0, 0xffffffff80000000)
	CHECK_FLAGS(130, 0x10)
	/* fcvt.w.s 0xffffffff4b800001 rm=rtz frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(131, a0, 0x1000002)
	CHECK_FLAGS(132, 0x0)
	/* fcvt.w.s 0xffffffff3f7fffff rm=rtz frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(133, a0, 0x0)
	CHECK_FLAGS(134, 0x1)
	/* fcvt.w.s 0x3f800000 rm=rtz frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(135, a0, 0x7fffffff)
	CHECK_FLAGS(136, 0x10)
	/* fcvt.w.s 0x7fc0000000000000 rm=rtz frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(137, a0, 0x7fffffff)
	CHECK_FLAGS(138, 0x10)
	/* fcvt.w.s 0xffffffff012c0000 rm=rtz frm=None */
	li t0, 0xffffffff012c0000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(139, a0, 0x0)
	CHECK_FLAGS(140, 0x1)
	/* fcvt.w.s 0xffffffff7f140000 rm=rtz frm=None */
	li t0, 0xffffffff7f140000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(141, a0, 0x7fffffff)
	CHECK_FLAGS(142, 0x10)
	/* fcvt.w.s 0xffffffff8012419e rm=rtz frm=None */
	li t0, 0xffffffff8012419e; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(143, a0, 0x0)
	CHECK_FLAGS(144, 0x1)
	/* fcvt.w.s 0xffffffff7f7eca0a rm=rtz frm=None */
	li t0, 0xffffffff7f7eca0a; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(145, a0, 0x7fffffff)
	CHECK_FLAGS(146, 0x10)
	/* fcvt.w.s 0xffffffffc07d2b07 rm=rtz frm=None */
	li t0, 0xffffffffc07d2b07; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(147, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(148, 0x1)
	/* fcvt.w.s 0xffffffffbf11b492 rm=rtz frm=None */
	li t0, 0xffffffffbf11b492; fmv.d.x f11, t0; fcvt.w.s a0, f11, rtz
	CHECK(149, a0, 0x0)
	CHECK_FLAGS(150, 0x1)
	/* fcvt.w.s 0xffffffff3f800000 rm=rdn frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rdn
	CHECK(151, a0, 0x1)
	CHECK_FLAGS(152, 0x0)
	/* fcvt.w.s 0xffffffffbf800000 rm=rdn frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rdn
	CHECK(153, a0, 0xffffffffffffffff)
	CHECK_FLAGS(154, 0x0)
	/* fcvt.w.s 0xffffffff3fc00000 rm=rdn frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rdn
	CHECK(155, a0, 0x1)
	CHECK_FLAGS(156, 0x1)
	/* fcvt.w.s 0xffffffff40200000 rm=rdn frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rdn
	CHECK(157, a0, 0x2)
	CHECK_FLAGS(158, 0x1)
	/* fcvt.w.s 0xffffffffc0200000 rm=rdn frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rdn
	CHECK(159, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(160, 0x1)
	/* fcvt.w.s 0xffffffff3f000000 rm=rdn frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rdn
	CHECK(161, a0, 0x0)
	CHECK_FLAGS(162, 0x1)
	/* fcvt.w.s 0xffffffffbf000000 rm=rdn frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rdn
	CHECK(163, a0, 0xffffffffffffffff)
	CHECK_FLAGS(164, 0x1)
	/* fcvt.w.s 0xffffffff7f7fffff rm=rdn frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.w.s a0, f11, rdn
	CHECK(165, a0, 0x7fffffff)
	CHECK_FLAGS(166, 0x10)
	/* fcvt.w.s 0xffffffff5f800000 rm=rdn frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rdn
	CHECK(167, a0, 0x7fffffff)
	CHECK_FLAGS(168, 0x10)
	/* fcvt.w.s 0xffffffffdf000000 rm=rdn frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rdn
	CHECK(169, a0, 0xffffffff80000000)
	CHECK_FLAGS(170, 0x10)
	/* fcvt.w.s 0xffffffff4b800001 rm=rdn frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.w.s a0, f11, rdn
	CHECK(171, a0, 0x1000002)
	CHECK_FLAGS(172, 0x0)
	/* fcvt.w.s 0xffffffff3f7fffff rm=rdn frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.w.s a0, f11, rdn
	CHECK(173, a0, 0x0)
	CHECK_FLAGS(174, 0x1)
	/* fcvt.w.s 0x3f800000 rm=rdn frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rdn
	CHECK(175, a0, 0x7fffffff)
	CHECK_FLAGS(176, 0x10)
	/* fcvt.w.s 0x7fc0000000000000 rm=rdn frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rdn
	CHECK(177, a0, 0x7fffffff)
	CHECK_FLAGS(178, 0x10)
	/* fcvt.w.s 0xffffffffbf674636 rm=rdn frm=None */
	li t0, 0xffffffffbf674636; fmv.d.x f11, t0; fcvt.w.s a0, f11, rdn
	CHECK(179, a0, 0xffffffffffffffff)
	CHECK_FLAGS(180, 0x1)
	/* fcvt.w.s 0xffffffffb5eda056 rm=rdn frm=None */
	li t0, 0xffffffffb5eda056; fmv.d.x f11, t0; fcvt.w.s a0, f11, rdn
	CHECK(181, a0, 0xffffffffffffffff)
	CHECK_FLAGS(182, 0x1)
	/* fcvt.w.s 0xffffffff3f1d6514 rm=rdn frm=None */
	li t0, 0xffffffff3f1d6514; fmv.d.x f11, t0; fcvt.w.s a0, f11, rdn
	CHECK(183, a0, 0x0)
	CHECK_FLAGS(184, 0x1)
	/* fcvt.w.s 0xffffffff7f53ffd8 rm=rdn frm=None */
	li t0, 0xffffffff7f53ffd8; fmv.d.x f11, t0; fcvt.w.s a0, f11, rdn
	CHECK(185, a0, 0x7fffffff)
	CHECK_FLAGS(186, 0x10)
	/* fcvt.w.s 0xffffffffff037da0 rm=rdn frm=None */
	li t0, 0xffffffffff037da0; fmv.d.x f11, t0; fcvt.w.s a0, f11, rdn
	CHECK(187, a0, 0xffffffff80000000)
	CHECK_FLAGS(188, 0x10)
	/* fcvt.w.s 0xffffffff806b8a97 rm=rdn frm=None */
	li t0, 0xffffffff806b8a97; fmv.d.x f11, t0; fcvt.w.s a0, f11, rdn
	CHECK(189, a0, 0xffffffffffffffff)
	CHECK_FLAGS(190, 0x1)
	/* fcvt.w.s 0xffffffff3f800000 rm=rup frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rup
	CHECK(191, a0, 0x1)
	CHECK_FLAGS(192, 0x0)
	/* fcvt.w.s 0xffffffffbf800000 rm=rup frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rup
	CHECK(193, a0, 0xffffffffffffffff)
	CHECK_FLAGS(194, 0x0)
	/* fcvt.w.s 0xffffffff3fc00000 rm=rup frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rup
	CHECK(195, a0, 0x2)
	CHECK_FLAGS(196, 0x1)
	/* fcvt.w.s 0xffffffff40200000 rm=rup frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rup
	CHECK(197, a0, 0x3)
	CHECK_FLAGS(198, 0x1)
	/* fcvt.w.s 0xffffffffc0200000 rm=rup frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rup
	CHECK(199, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(200, 0x1)
	/* fcvt.w.s 0xffffffff3f000000 rm=rup frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rup
	CHECK(201, a0, 0x1)
	CHECK_FLAGS(202, 0x1)
	/* fcvt.w.s 0xffffffffbf000000 rm=rup frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rup
	CHECK(203, a0, 0x0)
	CHECK_FLAGS(204, 0x1)
	/* fcvt.w.s 0xffffffff7f7fffff rm=rup frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.w.s a0, f11, rup
	CHECK(205, a0, 0x7fffffff)
	CHECK_FLAGS(206, 0x10)
	/* fcvt.w.s 0xffffffff5f800000 rm=rup frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rup
	CHECK(207, a0, 0x7fffffff)
	CHECK_FLAGS(208, 0x10)
	/* fcvt.w.s 0xffffffffdf000000 rm=rup frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rup
	CHECK(209, a0, 0xffffffff80000000)
	CHECK_FLAGS(210, 0x10)
	/* fcvt.w.s 0xffffffff4b800001 rm=rup frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.w.s a0, f11, rup
	CHECK(211, a0, 0x1000002)
	CHECK_FLAGS(212, 0x0)
	/* fcvt.w.s 0xffffffff3f7fffff rm=rup frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.w.s a0, f11, rup
	CHECK(213, a0, 0x1)
	CHECK_FLAGS(214, 0x1)
	/* fcvt.w.s 0x3f800000 rm=rup frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rup
	CHECK(215, a0, 0x7fffffff)
	CHECK_FLAGS(216, 0x10)
	/* fcvt.w.s 0x7fc0000000000000 rm=rup frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rup
	CHECK(217, a0, 0x7fffffff)
	CHECK_FLAGS(218, 0x10)
	/* fcvt.w.s 0xffffffff49ec5135 rm=rup frm=None */
	li t0, 0xffffffff49ec5135; fmv.d.x f11, t0; fcvt.w.s a0, f11, rup
	CHECK(219, a0, 0x1d8a27)
	CHECK_FLAGS(220, 0x1)
	/* fcvt.w.s 0xffffffff3f980000 rm=rup frm=None */
	li t0, 0xffffffff3f980000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rup
	CHECK(221, a0, 0x2)
	CHECK_FLAGS(222, 0x1)
	/* fcvt.w.s 0xffffffff7f04ca93 rm=rup frm=None */
	li t0, 0xffffffff7f04ca93; fmv.d.x f11, t0; fcvt.w.s a0, f11, rup
	CHECK(223, a0, 0x7fffffff)
	CHECK_FLAGS(224, 0x10)
	/* fcvt.w.s 0xffffffff1a2a885e rm=rup frm=None */
	li t0, 0xffffffff1a2a885e; fmv.d.x f11, t0; fcvt.w.s a0, f11, rup
	CHECK(225, a0, 0x1)
	CHECK_FLAGS(226, 0x1)
	/* fcvt.w.s 0xffffffff49f473b5 rm=rup frm=None */
	li t0, 0xffffffff49f473b5; fmv.d.x f11, t0; fcvt.w.s a0, f11, rup
	CHECK(227, a0, 0x1e8e77)
	CHECK_FLAGS(228, 0x1)
	/* fcvt.w.s 0xffffffffff074e4e rm=rup frm=None */
	li t0, 0xffffffffff074e4e; fmv.d.x f11, t0; fcvt.w.s a0, f11, rup
	CHECK(229, a0, 0xffffffff80000000)
	CHECK_FLAGS(230, 0x10)
	/* fcvt.w.s 0xffffffff3f800000 rm=rmm frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(231, a0, 0x1)
	CHECK_FLAGS(232, 0x0)
	/* fcvt.w.s 0xffffffffbf800000 rm=rmm frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(233, a0, 0xffffffffffffffff)
	CHECK_FLAGS(234, 0x0)
	/* fcvt.w.s 0xffffffff3fc00000 rm=rmm frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(235, a0, 0x2)
	CHECK_FLAGS(236, 0x1)
	/* fcvt.w.s 0xffffffff40200000 rm=rmm frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(237, a0, 0x3)
	CHECK_FLAGS(238, 0x1)
	/* fcvt.w.s 0xffffffffc0200000 rm=rmm frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(239, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(240, 0x1)
	/* fcvt.w.s 0xffffffff3f000000 rm=rmm frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(241, a0, 0x1)
	CHECK_FLAGS(242, 0x1)
	/* fcvt.w.s 0xffffffffbf000000 rm=rmm frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(243, a0, 0xffffffffffffffff)
	CHECK_FLAGS(244, 0x1)
	/* fcvt.w.s 0xffffffff7f7fffff rm=rmm frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(245, a0, 0x7fffffff)
	CHECK_FLAGS(246, 0x10)
	/* fcvt.w.s 0xffffffff5f800000 rm=rmm frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(247, a0, 0x7fffffff)
	CHECK_FLAGS(248, 0x10)
	/* fcvt.w.s 0xffffffffdf000000 rm=rmm frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(249, a0, 0xffffffff80000000)
	CHECK_FLAGS(250, 0x10)
	/* fcvt.w.s 0xffffffff4b800001 rm=rmm frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(251, a0, 0x1000002)
	CHECK_FLAGS(252, 0x0)
	/* fcvt.w.s 0xffffffff3f7fffff rm=rmm frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(253, a0, 0x1)
	CHECK_FLAGS(254, 0x1)
	/* fcvt.w.s 0x3f800000 rm=rmm frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(255, a0, 0x7fffffff)
	CHECK_FLAGS(1, 0x10)
	/* fcvt.w.s 0x7fc0000000000000 rm=rmm frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(2, a0, 0x7fffffff)
	CHECK_FLAGS(3, 0x10)
	/* fcvt.w.s 0xffffffff1c413c01 rm=rmm frm=None */
	li t0, 0xffffffff1c413c01; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(4, a0, 0x0)
	CHECK_FLAGS(5, 0x1)
	/* fcvt.w.s 0xffffffff3fe3a872 rm=rmm frm=None */
	li t0, 0xffffffff3fe3a872; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(6, a0, 0x2)
	CHECK_FLAGS(7, 0x1)
	/* fcvt.w.s 0xffffffffbf7d464d rm=rmm frm=None */
	li t0, 0xffffffffbf7d464d; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(8, a0, 0xffffffffffffffff)
	CHECK_FLAGS(9, 0x1)
	/* fcvt.w.s 0xffffffff0044c510 rm=rmm frm=None */
	li t0, 0xffffffff0044c510; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(10, a0, 0x0)
	CHECK_FLAGS(11, 0x1)
	/* fcvt.w.s 0xffffffffbf340000 rm=rmm frm=None */
	li t0, 0xffffffffbf340000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(12, a0, 0xffffffffffffffff)
	CHECK_FLAGS(13, 0x1)
	/* fcvt.w.s 0xffffffff010c0000 rm=rmm frm=None */
	li t0, 0xffffffff010c0000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(14, a0, 0x0)
	CHECK_FLAGS(15, 0x1)
	/* fcvt.w.s 0xffffffffbf000000 rm=None frm=0 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 0; fcvt.w.s a0, f11
	CHECK(16, a0, 0x0)
	CHECK_FLAGS(17, 0x1)
	/* fcvt.w.s 0xffffffffc0200000 rm=None frm=0 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 0; fcvt.w.s a0, f11
	CHECK(18, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(19, 0x1)
	/* fcvt.w.s 0xffffffffbf000000 rm=None frm=1 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 1; fcvt.w.s a0, f11
	CHECK(20, a0, 0x0)
	CHECK_FLAGS(21, 0x1)
	/* fcvt.w.s 0xffffffffc0200000 rm=None frm=1 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 1; fcvt.w.s a0, f11
	CHECK(22, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(23, 0x1)
	/* fcvt.w.s 0xffffffffbf000000 rm=None frm=2 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 2; fcvt.w.s a0, f11
	CHECK(24, a0, 0xffffffffffffffff)
	CHECK_FLAGS(25, 0x1)
	/* fcvt.w.s 0xffffffffc0200000 rm=None frm=2 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 2; fcvt.w.s a0, f11
	CHECK(26, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(27, 0x1)
	/* fcvt.w.s 0xffffffffbf000000 rm=None frm=3 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 3; fcvt.w.s a0, f11
	CHECK(28, a0, 0x0)
	CHECK_FLAGS(29, 0x1)
	/* fcvt.w.s 0xffffffffc0200000 rm=None frm=3 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 3; fcvt.w.s a0, f11
	CHECK(30, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(31, 0x1)
	/* fcvt.w.s 0xffffffffbf000000 rm=None frm=4 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 4; fcvt.w.s a0, f11
	CHECK(32, a0, 0xffffffffffffffff)
	CHECK_FLAGS(33, 0x1)
	/* fcvt.w.s 0xffffffffc0200000 rm=None frm=4 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 4; fcvt.w.s a0, f11
	CHECK(34, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(35, 0x1)
	/* fcvt.wu.s 0xffffffff00000000 rm=rtz frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(36, a0, 0x0)
	CHECK_FLAGS(37, 0x0)
	/* fcvt.wu.s 0xffffffff80000000 rm=rtz frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(38, a0, 0x0)
	CHECK_FLAGS(39, 0x0)
	/* fcvt.wu.s 0xffffffff3f800000 rm=rtz frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(40, a0, 0x1)
	CHECK_FLAGS(41, 0x0)
	/* fcvt.wu.s 0xffffffffbf800000 rm=rtz frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(42, a0, 0x0)
	CHECK_FLAGS(43, 0x10)
	/* fcvt.wu.s 0xffffffff3fc00000 rm=rtz frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(44, a0, 0x1)
	CHECK_FLAGS(45, 0x1)
	/* fcvt.wu.s 0xffffffff40200000 rm=rtz frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(46, a0, 0x2)
	CHECK_FLAGS(47, 0x1)
	/* fcvt.wu.s 0xffffffffc0200000 rm=rtz frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(48, a0, 0x0)
	CHECK_FLAGS(49, 0x10)
	/* fcvt.wu.s 0xffffffff3f000000 rm=rtz frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(50, a0, 0x0)
	CHECK_FLAGS(51, 0x1)
	/* fcvt.wu.s 0xffffffffbf000000 rm=rtz frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(52, a0, 0x0)
	CHECK_FLAGS(53, 0x1)
	/* fcvt.wu.s 0xffffffff7f7fffff rm=rtz frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(54, a0, 0xffffffffffffffff)
	CHECK_FLAGS(55, 0x10)
	/* fcvt.wu.s 0xffffffffff7fffff rm=rtz frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(56, a0, 0x0)
	CHECK_FLAGS(57, 0x10)
	/* fcvt.wu.s 0xffffffff00800000 rm=rtz frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(58, a0, 0x0)
	CHECK_FLAGS(59, 0x1)
	/* fcvt.wu.s 0xffffffff007fffff rm=rtz frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(60, a0, 0x0)
	CHECK_FLAGS(61, 0x1)
	/* fcvt.wu.s 0xffffffff00000001 rm=rtz frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(62, a0, 0x0)
	CHECK_FLAGS(63, 0x1)
	/* fcvt.wu.s 0xffffffff80000001 rm=rtz frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(64, a0, 0x0)
	CHECK_FLAGS(65, 0x1)
	/* fcvt.wu.s 0xffffffff7f800000 rm=rtz frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(66, a0, 0xffffffffffffffff)
	CHECK_FLAGS(67, 0x10)
	/* fcvt.wu.s 0xffffffffff800000 rm=rtz frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(68, a0, 0x0)
	CHECK_FLAGS(69, 0x10)
	/* fcvt.wu.s 0xffffffff7fc00000 rm=rtz frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(70, a0, 0xffffffffffffffff)
	CHECK_FLAGS(71, 0x10)
	/* fcvt.wu.s 0xffffffff7f800001 rm=rtz frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(72, a0, 0xffffffffffffffff)
	CHECK_FLAGS(73, 0x10)
	/* fcvt.wu.s 0xffffffffffc12345 rm=rtz frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(74, a0, 0xffffffffffffffff)
	CHECK_FLAGS(75, 0x10)
	/* fcvt.wu.s 0xffffffff3f800001 rm=rtz frm=None */
	li t0, 0xffffffff3f800001; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(76, a0, 0x1)
	CHECK_FLAGS(77, 0x1)
	/* fcvt.wu.s 0xffffffff33800000 rm=rtz frm=None */
	li t0, 0xffffffff33800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(78, a0, 0x0)
	CHECK_FLAGS(79, 0x1)
	/* fcvt.wu.s 0xffffffff40400000 rm=rtz frm=None */
	li t0, 0xffffffff40400000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(80, a0, 0x3)
	CHECK_FLAGS(81, 0x0)
	/* fcvt.wu.s 0xffffffff3dcccccd rm=rtz frm=None */
	li t0, 0xffffffff3dcccccd; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(82, a0, 0x0)
	CHECK_FLAGS(83, 0x1)
	/* fcvt.wu.s 0xffffffff501502f9 rm=rtz frm=None */
	li t0, 0xffffffff501502f9; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(84, a0, 0xffffffffffffffff)
	CHECK_FLAGS(85, 0x10)
	/* fcvt.wu.s 0xffffffff4f32d05e rm=rtz frm=None */
	li t0, 0xffffffff4f32d05e; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(86, a0, 0xffffffffb2d05e00)
	CHECK_FLAGS(87, 0x0)
	/* fcvt.wu.s 0xffffffff4f000000 rm=rtz frm=None */
	li t0, 0xffffffff4f000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(88, a0, 0xffffffff80000000)
	CHECK_FLAGS(89, 0x0)
	/* fcvt.wu.s 0xffffffffcf000000 rm=rtz frm=None */
	li t0, 0xffffffffcf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(90, a0, 0x0)
	CHECK_FLAGS(91, 0x10)
	/* fcvt.wu.s 0xffffffff5f000000 rm=rtz frm=None */
	li t0, 0xffffffff5f000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(92, a0, 0xffffffffffffffff)
	CHECK_FLAGS(93, 0x10)
	/* fcvt.wu.s 0xffffffff5f800000 rm=rtz frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(94, a0, 0xffffffffffffffff)
	CHECK_FLAGS(95, 0x10)
	/* fcvt.wu.s 0xffffffffdf000000 rm=rtz frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(96, a0, 0x0)
	CHECK_FLAGS(97, 0x10)
	/* fcvt.wu.s 0xffffffff4b800001 rm=rtz frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(98, a0, 0x1000002)
	CHECK_FLAGS(99, 0x0)
	/* fcvt.wu.s 0xffffffff3f7fffff rm=rtz frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(100, a0, 0x0)
	CHECK_FLAGS(101, 0x1)
	/* fcvt.wu.s 0x3f800000 rm=rtz frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(102, a0, 0xffffffffffffffff)
	CHECK_FLAGS(103, 0x10)
	/* fcvt.wu.s 0x7fc0000000000000 rm=rtz frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(104, a0, 0xffffffffffffffff)
	CHECK_FLAGS(105, 0x10)
	/* fcvt.wu.s 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(106, a0, 0x1)
	CHECK_FLAGS(107, 0x0)
	/* fcvt.wu.s 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(108, a0, 0x0)
	CHECK_FLAGS(109, 0x10)
	/* fcvt.wu.s 0xffffffff3fc00000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(110, a0, 0x2)
	CHECK_FLAGS(111, 0x1)
	/* fcvt.wu.s 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(112, a0, 0x2)
	CHECK_FLAGS(113, 0x1)
	/* fcvt.wu.s 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(114, a0, 0x0)
	CHECK_FLAGS(115, 0x10)
	/* fcvt.wu.s 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(116, a0, 0x0)
	CHECK_FLAGS(117, 0x1)
	/* fcvt.wu.s 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(118, a0, 0x0)
	CHECK_FLAGS(119, 0x1)
	/* fcvt.wu.s 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(120, a0, 0xffffffffffffffff)
	CHECK_FLAGS(121, 0x10)
	/* fcvt.wu.s 0xffffffff5f800000 rm=rne frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(122, a0, 0xffffffffffffffff)
	CHECK_FLAGS(123, 0x10)
	/* fcvt.wu.s 0xffffffffdf000000 rm=rne frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(124, a0, 0x0)
	CHECK_FLAGS(125, 0x10)
	/* fcvt.wu.s 0xffffffff4b800001 rm=rne frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(126, a0, 0x1000002)
	CHECK_FLAGS(127, 0x0)
	/* fcvt.wu.s 0xffffffff3f7fffff rm=rne frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(128, a0, 0x1)
	CHECK_FLAGS(129, 0x1)
	/* fcvt.wu.s 0x3f800000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(130, a0, 0xffffffffffffffff)
	CHECK_FLAGS(131, 0x10)
	/* fcvt.wu.s 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(132, a0, 0xffffffffffffffff)
	CHECK_FLAGS(133, 0x10)
	/* fcvt.wu.s 0xffffffff7f2d23c8 rm=rne frm=None */
	li t0, 0xffffffff7f2d23c8; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(134, a0, 0xffffffffffffffff)
	CHECK_FLAGS(135, 0x10)
	/* fcvt.wu.s 0xffffffffb5e00000 rm=rne frm=None */
	li t0, 0xffffffffb5e00000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(136, a0, 0x0)
	CHECK_FLAGS(137, 0x1)
	/* fcvt.wu.s 0xffffffff81480000 rm=rne frm=None */
	li t0, 0xffffffff81480000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(138, a0, 0x0)
	CHECK_FLAGS(139, 0x1)
	/* fcvt.wu.s 0xffffffffbfdadfcb rm=rne frm=None */
	li t0, 0xffffffffbfdadfcb; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(140, a0, 0x0)
	CHECK_FLAGS(141, 0x10)
	/* fcvt.wu.s 0xffffffffb5d1050f rm=rne frm=None */
	li t0, 0xffffffffb5d1050f; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(142, a0, 0x0)
	CHECK_FLAGS(143, 0x1)
	/* fcvt.wu.s 0xffffffff35e80000 rm=rne frm=None */
	li t0, 0xffffffff35e80000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(144, a0, 0x0)
	CHECK_FLAGS(145, 0x1)
	/* fcvt.wu.s 0xffffffff3f800000 rm=rtz frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(146, a0, 0x1)
	CHECK_FLAGS(147, 0x0)
	/* fcvt.wu.s 0xffffffffbf800000 rm=rtz frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(148, a0, 0x0)
	CHECK_FLAGS(149, 0x10)
	/* fcvt.wu.s 0xffffffff3fc00000 rm=rtz frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(150, a0, 0x1)
	CHECK_FLAGS(151, 0x1)
	/* fcvt.wu.s 0xffffffff40200000 rm=rtz frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(152, a0, 0x2)
	CHECK_FLAGS(153, 0x1)
	/* fcvt.wu.s 0xffffffffc0200000 rm=rtz frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(154, a0, 0x0)
	CHECK_FLAGS(155, 0x10)
	/* fcvt.wu.s 0xffffffff3f000000 rm=rtz frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(156, a0, 0x0)
	CHECK_FLAGS(157, 0x1)
	/* fcvt.wu.s 0xffffffffbf000000 rm=rtz frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(158, a0, 0x0)
	CHECK_FLAGS(159, 0x1)
	/* fcvt.wu.s 0xffffffff7f7fffff rm=rtz frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(160, a0, 0xffffffffffffffff)
	CHECK_FLAGS(161, 0x10)
	/* fcvt.wu.s 0xffffffff5f800000 rm=rtz frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(162, a0, 0xffffffffffffffff)
	CHECK_FLAGS(163, 0x10)
	/* fcvt.wu.s 0xffffffffdf000000 rm=rtz frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(164, a0, 0x0)
	CHECK_FLAGS(165, 0x10)
	/* fcvt.wu.s 0xffffffff4b800001 rm=rtz frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(166, a0, 0x1000002)
	CHECK_FLAGS(167, 0x0)
	/* fcvt.wu.s 0xffffffff3f7fffff rm=rtz frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(168, a0, 0x0)
	CHECK_FLAGS(169, 0x1)
	/* fcvt.wu.s 0x3f800000 rm=rtz frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(170, a0, 0xffffffffffffffff)
	CHECK_FLAGS(171, 0x10)
	/* fcvt.wu.s 0x7fc0000000000000 rm=rtz frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(172, a0, 0xffffffffffffffff)
	CHECK_FLAGS(173, 0x10)
	/* fcvt.wu.s 0xffffffff8030fc45 rm=rtz frm=None */
	li t0, 0xffffffff8030fc45; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(174, a0, 0x0)
	CHECK_FLAGS(175, 0x1)
	/* fcvt.wu.s 0xffffffffbfcc0000 rm=rtz frm=None */
	li t0, 0xffffffffbfcc0000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(176, a0, 0x0)
	CHECK_FLAGS(177, 0x10)
	/* fcvt.wu.s 0xffffffff00c7eee6 rm=rtz frm=None */
	li t0, 0xffffffff00c7eee6; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(178, a0, 0x0)
	CHECK_FLAGS(179, 0x1)
	/* fcvt.wu.s 0xffffffff49df5f91 rm=rtz frm=None */
	li t0, 0xffffffff49df5f91; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(180, a0, 0x1bebf2)
	CHECK_FLAGS(181, 0x1)
	/* fcvt.wu.s 0xffffffffc9a83037 rm=rtz frm=None */
	li t0, 0xffffffffc9a83037; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(182, a0, 0x0)
	CHECK_FLAGS(183, 0x10)
	/* fcvt.wu.s 0xffffffff3f24ab04 rm=rtz frm=None */
	li t0, 0xffffffff3f24ab04; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(184, a0, 0x0)
	CHECK_FLAGS(185, 0x1)
	/* fcvt.wu.s 0xffffffff3f800000 rm=rdn frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(186, a0, 0x1)
	CHECK_FLAGS(187, 0x0)
	/* fcvt.wu.s 0xffffffffbf800000 rm=rdn frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(188, a0, 0x0)
	CHECK_FLAGS(189, 0x10)
	/* fcvt.wu.s 0xffffffff3fc00000 rm=rdn frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(190, a0, 0x1)
	CHECK_FLAGS(191, 0x1)
	/* fcvt.wu.s 0xffffffff40200000 rm=rdn frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(192, a0, 0x2)
	CHECK_FLAGS(193, 0x1)
	/* fcvt.wu.s 0xffffffffc0200000 rm=rdn frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(194, a0, 0x0)
	CHECK_FLAGS(195, 0x10)
	/* fcvt.wu.s 0xffffffff3f000000 rm=rdn frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(196, a0, 0x0)
	CHECK_FLAGS(197, 0x1)
	/* fcvt.wu.s 0xffffffffbf000000 rm=rdn frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(198, a0, 0x0)
	CHECK_FLAGS(199, 0x10)
	/* fcvt.wu.s 0xffffffff7f7fffff rm=rdn frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(200, a0, 0xffffffffffffffff)
	CHECK_FLAGS(201, 0x10)
	/* fcvt.wu.s 0xffffffff5f800000 rm=rdn frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(202, a0, 0xffffffffffffffff)
	CHECK_FLAGS(203, 0x10)
	/* fcvt.wu.s 0xffffffffdf000000 rm=rdn frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(204, a0, 0x0)
	CHECK_FLAGS(205, 0x10)
	/* fcvt.wu.s 0xffffffff4b800001 rm=rdn frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(206, a0, 0x1000002)
	CHECK_FLAGS(207, 0x0)
	/* fcvt.wu.s 0xffffffff3f7fffff rm=rdn frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(208, a0, 0x0)
	CHECK_FLAGS(209, 0x1)
	/* fcvt.wu.s 0x3f800000 rm=rdn frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(210, a0, 0xffffffffffffffff)
	CHECK_FLAGS(211, 0x10)
	/* fcvt.wu.s 0x7fc0000000000000 rm=rdn frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(212, a0, 0xffffffffffffffff)
	CHECK_FLAGS(213, 0x10)
	/* fcvt.wu.s 0xffffffff15e8e297 rm=rdn frm=None */
	li t0, 0xffffffff15e8e297; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(214, a0, 0x0)
	CHECK_FLAGS(215, 0x1)
	/* fcvt.wu.s 0xffffffff0f96260f rm=rdn frm=None */
	li t0, 0xffffffff0f96260f; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(216, a0, 0x0)
	CHECK_FLAGS(217, 0x1)
	/* fcvt.wu.s 0xffffffffff675147 rm=rdn frm=None */
	li t0, 0xffffffffff675147; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(218, a0, 0x0)
	CHECK_FLAGS(219, 0x10)
	/* fcvt.wu.s 0xffffffff7f1ee0cc rm=rdn frm=None */
	li t0, 0xffffffff7f1ee0cc; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(220, a0, 0xffffffffffffffff)
	CHECK_FLAGS(221, 0x10)
	/* fcvt.wu.s 0xffffffff80cda8d6 rm=rdn frm=None */
	li t0, 0xffffffff80cda8d6; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(222, a0, 0x0)
	CHECK_FLAGS(223, 0x10)
	/* fcvt.wu.s 0xffffffffbfa80000 rm=rdn frm=None */
	li t0, 0xffffffffbfa80000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(224, a0, 0x0)
	CHECK_FLAGS(225, 0x10)
	/* fcvt.wu.s 0xffffffff3f800000 rm=rup frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(226, a0, 0x1)
	CHECK_FLAGS(227, 0x0)
	/* fcvt.wu.s 0xffffffffbf800000 rm=rup frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(228, a0, 0x0)
	CHECK_FLAGS(229, 0x10)
	/* fcvt.wu.s 0xffffffff3fc00000 rm=rup frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(230, a0, 0x2)
	CHECK_FLAGS(231, 0x1)
	/* fcvt.wu.s 0xffffffff40200000 rm=rup frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(232, a0, 0x3)
	CHECK_FLAGS(233, 0x1)
	/* fcvt.wu.s 0xffffffffc0200000 rm=rup frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(234, a0, 0x0)
	CHECK_FLAGS(235, 0x10)
	/* fcvt.wu.s 0xffffffff3f000000 rm=rup frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(236, a0, 0x1)
	CHECK_FLAGS(237, 0x1)
	/* fcvt.wu.s 0xffffffffbf000000 rm=rup frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(238, a0, 0x0)
	CHECK_FLAGS(239, 0x1)
	/* fcvt.wu.s 0xffffffff7f7fffff rm=rup frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(240, a0, 0xffffffffffffffff)
	CHECK_FLAGS(241, 0x10)
	/* fcvt.wu.s 0xffffffff5f800000 rm=rup frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(242, a0, 0xffffffffffffffff)
	CHECK_FLAGS(243, 0x10)
	/* fcvt.wu.s 0xffffffffdf000000 rm=rup frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(244, a0, 0x0)
	CHECK_FLAGS(245, 0x10)
	/* fcvt.wu.s 0xffffffff4b800001 rm=rup frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(246, a0, 0x1000002)
	CHECK_FLAGS(247, 0x0)
	/* fcvt.wu.s 0xffffffff3f7fffff rm=rup frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(248, a0, 0x1)
	CHECK_FLAGS(249, 0x1)
	/* fcvt.wu.s 0x3f800000 rm=rup frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(250, a0, 0xffffffffffffffff)
	CHECK_FLAGS(251, 0x10)
	/* fcvt.wu.s 0x7fc0000000000000 rm=rup frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(252, a0, 0xffffffffffffffff)
	CHECK_FLAGS(253, 0x10)
	/* fcvt.wu.s 0xffffffffbf240000 rm=rup frm=None */
	li t0, 0xffffffffbf240000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(254, a0, 0x0)
	CHECK_FLAGS(255, 0x1)
	/* fcvt.wu.s 0xffffffff3f940000 rm=rup frm=None */
	li t0, 0xffffffff3f940000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(1, a0, 0x2)
	CHECK_FLAGS(2, 0x1)
	/* fcvt.wu.s 0xffffffff35cc2a6a rm=rup frm=None */
	li t0, 0xffffffff35cc2a6a; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(3, a0, 0x1)
	CHECK_FLAGS(4, 0x1)
	/* fcvt.wu.s 0xffffffffff3debe6 rm=rup frm=None */
	li t0, 0xffffffffff3debe6; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(5, a0, 0x0)
	CHECK_FLAGS(6, 0x10)
	/* fcvt.wu.s 0xffffffffff005845 rm=rup frm=None */
	li t0, 0xffffffffff005845; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(7, a0, 0x0)
	CHECK_FLAGS(8, 0x10)
	/* fcvt.wu.s 0xffffffffff24b201 rm=rup frm=None */
	li t0, 0xffffffffff24b201; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(9, a0, 0x0)
	CHECK_FLAGS(10, 0x10)
	/* fcvt.wu.s 0xffffffff3f800000 rm=rmm frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(11, a0, 0x1)
	CHECK_FLAGS(12, 0x0)
	/* fcvt.wu.s 0xffffffffbf800000 rm=rmm frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(13, a0, 0x0)
	CHECK_FLAGS(14, 0x10)
	/* fcvt.wu.s 0xffffffff3fc00000 rm=rmm frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(15, a0, 0x2)
	CHECK_FLAGS(16, 0x1)
	/* fcvt.wu.s 0xffffffff40200000 rm=rmm frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(17, a0, 0x3)
	CHECK_FLAGS(18, 0x1)
	/* fcvt.wu.s 0xffffffffc0200000 rm=rmm frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(19, a0, 0x0)
	CHECK_FLAGS(20, 0x10)
	/* fcvt.wu.s 0xffffffff3f000000 rm=rmm frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(21, a0, 0x1)
	CHECK_FLAGS(22, 0x1)
	/* fcvt.wu.s 0xffffffffbf000000 rm=rmm frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(23, a0, 0x0)
	CHECK_FLAGS(24, 0x10)
	/* fcvt.wu.s 0xffffffff7f7fffff rm=rmm frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(25, a0, 0xffffffffffffffff)
	CHECK_FLAGS(26, 0x10)
	/* fcvt.wu.s 0xffffffff5f800000 rm=rmm frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(27, a0, 0xffffffffffffffff)
	CHECK_FLAGS(28, 0x10)
	/* fcvt.wu.s 0xffffffffdf000000 rm=rmm frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(29, a0, 0x0)
	CHECK_FLAGS(30, 0x10)
	/* fcvt.wu.s 0xffffffff4b800001 rm=rmm frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(31, a0, 0x1000002)
	CHECK_FLAGS(32, 0x0)
	/* fcvt.wu.s 0xffffffff3f7fffff rm=rmm frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(33, a0, 0x1)
	CHECK_FLAGS(34, 0x1)
	/* fcvt.wu.s 0x3f800000 rm=rmm frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(35, a0, 0xffffffffffffffff)
	CHECK_FLAGS(36, 0x10)
	/* fcvt.wu.s 0x7fc0000000000000 rm=rmm frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(37, a0, 0xffffffffffffffff)
	CHECK_FLAGS(38, 0x10)
	/* fcvt.wu.s 0xffffffff3ff00000 rm=rmm frm=None */
	li t0, 0xffffffff3ff00000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(39, a0, 0x2)
	CHECK_FLAGS(40, 0x1)
	/* fcvt.wu.s 0xffffffffbfcc0000 rm=rmm frm=None */
	li t0, 0xffffffffbfcc0000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(41, a0, 0x0)
	CHECK_FLAGS(42, 0x10)
	/* fcvt.wu.s 0xffffffff7f4e04ed rm=rmm frm=None */
	li t0, 0xffffffff7f4e04ed; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(43, a0, 0xffffffffffffffff)
	CHECK_FLAGS(44, 0x10)
	/* fcvt.wu.s 0xffffffffc9c75961 rm=rmm frm=None */
	li t0, 0xffffffffc9c75961; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(45, a0, 0x0)
	CHECK_FLAGS(46, 0x10)
	/* fcvt.wu.s 0xffffffffbff50a13 rm=rmm frm=None */
	li t0, 0xffffffffbff50a13; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(47, a0, 0x0)
	CHECK_FLAGS(48, 0x10)
	/* fcvt.wu.s 0xffffffffc9ec0000 rm=rmm frm=None */
	li t0, 0xffffffffc9ec0000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(49, a0, 0x0)
	CHECK_FLAGS(50, 0x10)
	/* fcvt.wu.s 0xffffffffbf000000 rm=None frm=0 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 0; fcvt.wu.s a0, f11
	CHECK(51, a0, 0x0)
	CHECK_FLAGS(52, 0x1)
	/* fcvt.wu.s 0xffffffffc0200000 rm=None frm=0 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 0; fcvt.wu.s a0, f11
	CHECK(53, a0, 0x0)
	CHECK_FLAGS(54, 0x10)
	/* fcvt.wu.s 0xffffffffbf000000 rm=None frm=1 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 1; fcvt.wu.s a0, f11
	CHECK(55, a0, 0x0)
	CHECK_FLAGS(56, 0x1)
	/* fcvt.wu.s 0xffffffffc0200000 rm=None frm=1 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 1; fcvt.wu.s a0, f11
	CHECK(57, a0, 0x0)
	CHECK_FLAGS(58, 0x10)
	/* fcvt.wu.s 0xffffffffbf000000 rm=None frm=2 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 2; fcvt.wu.s a0, f11
	CHECK(59, a0, 0x0)
	CHECK_FLAGS(60, 0x10)
	/* fcvt.wu.s 0xffffffffc0200000 rm=None frm=2 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 2; fcvt.wu.s a0, f11
	CHECK(61, a0, 0x0)
	CHECK_FLAGS(62, 0x10)
	/* fcvt.wu.s 0xffffffffbf000000 rm=None frm=3 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 3; fcvt.wu.s a0, f11
	CHECK(63, a0, 0x0)
	CHECK_FLAGS(64, 0x1)
	/* fcvt.wu.s 0xffffffffc0200000 rm=None frm=3 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 3; fcvt.wu.s a0, f11
	CHECK(65, a0, 0x0)
	CHECK_FLAGS(66, 0x10)
	/* fcvt.wu.s 0xffffffffbf000000 rm=None frm=4 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 4; fcvt.wu.s a0, f11
	CHECK(67, a0, 0x0)
	CHECK_FLAGS(68, 0x10)
	/* fcvt.wu.s 0xffffffffc0200000 rm=None frm=4 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 4; fcvt.wu.s a0, f11
	CHECK(69, a0, 0x0)
	CHECK_FLAGS(70, 0x10)
	/* fcvt.l.s 0xffffffff00000000 rm=rtz frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(71, a0, 0x0)
	CHECK_FLAGS(72, 0x0)
	/* fcvt.l.s 0xffffffff80000000 rm=rtz frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(73, a0, 0x0)
	CHECK_FLAGS(74, 0x0)
	/* fcvt.l.s 0xffffffff3f800000 rm=rtz frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(75, a0, 0x1)
	CHECK_FLAGS(76, 0x0)
	/* fcvt.l.s 0xffffffffbf800000 rm=rtz frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(77, a0, 0xffffffffffffffff)
	CHECK_FLAGS(78, 0x0)
	/* fcvt.l.s 0xffffffff3fc00000 rm=rtz frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(79, a0, 0x1)
	CHECK_FLAGS(80, 0x1)
	/* fcvt.l.s 0xffffffff40200000 rm=rtz frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(81, a0, 0x2)
	CHECK_FLAGS(82, 0x1)
	/* fcvt.l.s 0xffffffffc0200000 rm=rtz frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(83, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(84, 0x1)
	/* fcvt.l.s 0xffffffff3f000000 rm=rtz frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(85, a0, 0x0)
	CHECK_FLAGS(86, 0x1)
	/* fcvt.l.s 0xffffffffbf000000 rm=rtz frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(87, a0, 0x0)
	CHECK_FLAGS(88, 0x1)
	/* fcvt.l.s 0xffffffff7f7fffff rm=rtz frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(89, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(90, 0x10)
	/* fcvt.l.s 0xffffffffff7fffff rm=rtz frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(91, a0, 0x8000000000000000)
	CHECK_FLAGS(92, 0x10)
	/* fcvt.l.s 0xffffffff00800000 rm=rtz frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(93, a0, 0x0)
	CHECK_FLAGS(94, 0x1)
	/* fcvt.l.s 0xffffffff007fffff rm=rtz frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(95, a0, 0x0)
	CHECK_FLAGS(96, 0x1)
	/* fcvt.l.s 0xffffffff00000001 rm=rtz frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(97, a0, 0x0)
	CHECK_FLAGS(98, 0x1)
	/* fcvt.l.s 0xffffffff80000001 rm=rtz frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(99, a0, 0x0)
	CHECK_FLAGS(100, 0x1)
	/* fcvt.l.s 0xffffffff7f800000 rm=rtz frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(101, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(102, 0x10)
	/* fcvt.l.s 0xffffffffff800000 rm=rtz frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(103, a0, 0x8000000000000000)
	CHECK_FLAGS(104, 0x10)
	/* fcvt.l.s 0xffffffff7fc00000 rm=rtz frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(105, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(106, 0x10)
	/* fcvt.l.s 0xffffffff7f800001 rm=rtz frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(107, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(108, 0x10)
	/* fcvt.l.s 0xffffffffffc12345 rm=rtz frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(109, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(110, 0x10)
	/* fcvt.l.s 0xffffffff3f800001 rm=rtz frm=None */
	li t0, 0xffffffff3f800001; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(111, a0, 0x1)
	CHECK_FLAGS(112, 0x1)
	/* fcvt.l.s 0xffffffff33800000 rm=rtz frm=None */
	li t0, 0xffffffff33800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(113, a0, 0x0)
	CHECK_FLAGS(114, 0x1)
	/* fcvt.l.s 0xffffffff40400000 rm=rtz frm=None */
	li t0, 0xffffffff40400000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(115, a0, 0x3)
	CHECK_FLAGS(116, 0x0)
	/* fcvt.l.s 0xffffffff3dcccccd rm=rtz frm=None */
	li t0, 0xffffffff3dcccccd; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(117, a0, 0x0)
	CHECK_FLAGS(118, 0x1)
	/* fcvt.l.s 0xffffffff501502f9 rm=rtz frm=None */
	li t0, 0xffffffff501502f9; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(119, a0, 0x2540be400)
	CHECK_FLAGS(120, 0x0)
	/* fcvt.l.s 0xffffffff4f32d05e rm=rtz frm=None */
	li t0, 0xffffffff4f32d05e; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(121, a0, 0xb2d05e00)
	CHECK_FLAGS(122, 0x0)
	/* fcvt.l.s 0xffffffff4f000000 rm=rtz frm=None */
	li t0, 0xffffffff4f000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(123, a0, 0x80000000)
	CHECK_FLAGS(124, 0x0)
	/* fcvt.l.s 0xffffffffcf000000 rm=rtz frm=None */
	li t0, 0xffffffffcf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(125, a0, 0xffffffff80000000)
	CHECK_FLAGS(126, 0x0)
	/* fcvt.l.s 0xffffffff5f000000 rm=rtz frm=None */
	li t0, 0xffffffff5f000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(127, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(128, 0x10)
	/* fcvt.l.s 0xffffffff5f800000 rm=rtz frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(129, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(130, 0x10)
	/* fcvt.l.s 0xffffffffdf000000 rm=rtz frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(131, a0, 0x8000000000000000)
	CHECK_FLAGS(132, 0x0)
	/* fcvt.l.s 0xffffffff4b800001 rm=rtz frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(133, a0, 0x1000002)
	CHECK_FLAGS(134, 0x0)
	/* fcvt.l.s 0xffffffff3f7fffff rm=rtz frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(135, a0, 0x0)
	CHECK_FLAGS(136, 0x1)
	/* fcvt.l.s 0x3f800000 rm=rtz frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(137, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(138, 0x10)
	/* fcvt.l.s 0x7fc0000000000000 rm=rtz frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(139, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(140, 0x10)
	/* fcvt.l.s 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(141, a0, 0x1)
	CHECK_FLAGS(142, 0x0)
	/* fcvt.l.s 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(143, a0, 0xffffffffffffffff)
	CHECK_FLAGS(144, 0x0)
	/* fcvt.l.s 0xffffffff3fc00000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(145, a0, 0x2)
	CHECK_FLAGS(146, 0x1)
	/* fcvt.l.s 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(147, a0, 0x2)
	CHECK_FLAGS(148, 0x1)
	/* fcvt.l.s 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(149, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(150, 0x1)
	/* fcvt.l.s 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(151, a0, 0x0)
	CHECK_FLAGS(152, 0x1)
	/* fcvt.l.s 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(153, a0, 0x0)
	CHECK_FLAGS(154, 0x1)
	/* fcvt.l.s 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(155, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(156, 0x10)
	/* fcvt.l.s 0xffffffff5f800000 rm=rne frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(157, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(158, 0x10)
	/* fcvt.l.s 0xffffffffdf000000 rm=rne frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(159, a0, 0x8000000000000000)
	CHECK_FLAGS(160, 0x0)
	/* fcvt.l.s 0xffffffff4b800001 rm=rne frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(161, a0, 0x1000002)
	CHECK_FLAGS(162, 0x0)
	/* fcvt.l.s 0xffffffff3f7fffff rm=rne frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(163, a0, 0x1)
	CHECK_FLAGS(164, 0x1)
	/* fcvt.l.s 0x3f800000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(165, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(166, 0x10)
	/* fcvt.l.s 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(167, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(168, 0x10)
	/* fcvt.l.s 0xffffffff3fe19999 rm=rne frm=None */
	li t0, 0xffffffff3fe19999; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(169, a0, 0x2)
	CHECK_FLAGS(170, 0x1)
	/* fcvt.l.s 0xffffffff9ba00000 rm=rne frm=None */
	li t0, 0xffffffff9ba00000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(171, a0, 0x0)
	CHECK_FLAGS(172, 0x1)
	/* fcvt.l.s 0xffffffffb5ec2f1e rm=rne frm=None */
	li t0, 0xffffffffb5ec2f1e; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(173, a0, 0x0)
	CHECK_FLAGS(174, 0x1)
	/* fcvt.l.s 0xffffffffff6c0000 rm=rne frm=None */
	li t0, 0xffffffffff6c0000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(175, a0, 0x8000000000000000)
	CHECK_FLAGS(176, 0x10)
	/* fcvt.l.s 0xffffffff29b28651 rm=rne frm=None */
	li t0, 0xffffffff29b28651; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(177, a0, 0x0)
	CHECK_FLAGS(178, 0x1)
	/* fcvt.l.s 0xffffffff809c0000 rm=rne frm=None */
	li t0, 0xffffffff809c0000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(179, a0, 0x0)
	CHECK_FLAGS(180, 0x1)
	/* fcvt.l.s 0xffffffff3f800000 rm=rtz frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(181, a0, 0x1)
	CHECK_FLAGS(182, 0x0)
	/* fcvt.l.s 0xffffffffbf800000 rm=rtz frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(183, a0, 0xffffffffffffffff)
	CHECK_FLAGS(184, 0x0)
	/* fcvt.l.s 0xffffffff3fc00000 rm=rtz frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(185, a0, 0x1)
	CHECK_FLAGS(186, 0x1)
	/* fcvt.l.s 0xffffffff40200000 rm=rtz frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(187, a0, 0x2)
	CHECK_FLAGS(188, 0x1)
	/* fcvt.l.s 0xffffffffc0200000 rm=rtz frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(189, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(190, 0x1)
	/* fcvt.l.s 0xffffffff3f000000 rm=rtz frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(191, a0, 0x0)
	CHECK_FLAGS(192, 0x1)
	/* fcvt.l.s 0xffffffffbf000000 rm=rtz frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(193, a0, 0x0)
	CHECK_FLAGS(194, 0x1)
	/* fcvt.l.s 0xffffffff7f7fffff rm=rtz frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(195, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(196, 0x10)
	/* fcvt.l.s 0xffffffff5f800000 rm=rtz frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(197, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(198, 0x10)
	/* fcvt.l.s 0xffffffffdf000000 rm=rtz frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(199, a0, 0x8000000000000000)
	CHECK_FLAGS(200, 0x0)
	/* fcvt.l.s 0xffffffff4b800001 rm=rtz frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(201, a0, 0x1000002)
	CHECK_FLAGS(202, 0x0)
	/* fcvt.l.s 0xffffffff3f7fffff rm=rtz frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(203, a0, 0x0)
	CHECK_FLAGS(204, 0x1)
	/* fcvt.l.s 0x3f800000 rm=rtz frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(205, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(206, 0x10)
	/* fcvt.l.s 0x7fc0000000000000 rm=rtz frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(207, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(208, 0x10)
	/* fcvt.l.s 0xffffffffabc19705 rm=rtz frm=None */
	li t0, 0xffffffffabc19705; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(209, a0, 0x0)
	CHECK_FLAGS(210, 0x1)
	/* fcvt.l.s 0xffffffff01200000 rm=rtz frm=None */
	li t0, 0xffffffff01200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(211, a0, 0x0)
	CHECK_FLAGS(212, 0x1)
	/* fcvt.l.s 0xffffffff01600f45 rm=rtz frm=None */
	li t0, 0xffffffff01600f45; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(213, a0, 0x0)
	CHECK_FLAGS(214, 0x1)
	/* fcvt.l.s 0xffffffff003ebae6 rm=rtz frm=None */
	li t0, 0xffffffff003ebae6; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(215, a0, 0x0)
	CHECK_FLAGS(216, 0x1)
	/* fcvt.l.s 0xffffffff42bb30b1 rm=rtz frm=None */
	li t0, 0xffffffff42bb30b1; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(217, a0, 0x5d)
	CHECK_FLAGS(218, 0x1)
	/* fcvt.l.s 0xffffffff33c80000 rm=rtz frm=None */
	li t0, 0xffffffff33c80000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(219, a0, 0x0)
	CHECK_FLAGS(220, 0x1)
	/* fcvt.l.s 0xffffffff3f800000 rm=rdn frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(221, a0, 0x1)
	CHECK_FLAGS(222, 0x0)
	/* fcvt.l.s 0xffffffffbf800000 rm=rdn frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(223, a0, 0xffffffffffffffff)
	CHECK_FLAGS(224, 0x0)
	/* fcvt.l.s 0xffffffff3fc00000 rm=rdn frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(225, a0, 0x1)
	CHECK_FLAGS(226, 0x1)
	/* fcvt.l.s 0xffffffff40200000 rm=rdn frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(227, a0, 0x2)
	CHECK_FLAGS(228, 0x1)
	/* fcvt.l.s 0xffffffffc0200000 rm=rdn frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(229, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(230, 0x1)
	/* fcvt.l.s 0xffffffff3f000000 rm=rdn frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(231, a0, 0x0)
	CHECK_FLAGS(232, 0x1)
	/* fcvt.l.s 0xffffffffbf000000 rm=rdn frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(233, a0, 0xffffffffffffffff)
	CHECK_FLAGS(234, 0x1)
	/* fcvt.l.s 0xffffffff7f7fffff rm=rdn frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(235, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(236, 0x10)
	/* fcvt.l.s 0xffffffff5f800000 rm=rdn frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(237, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(238, 0x10)
	/* fcvt.l.s 0xffffffffdf000000 rm=rdn frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(239, a0, 0x8000000000000000)
	CHECK_FLAGS(240, 0x0)
	/* fcvt.l.s 0xffffffff4b800001 rm=rdn frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(241, a0, 0x1000002)
	CHECK_FLAGS(242, 0x0)
	/* fcvt.l.s 0xffffffff3f7fffff rm=rdn frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(243, a0, 0x0)
	CHECK_FLAGS(244, 0x1)
	/* fcvt.l.s 0x3f800000 rm=rdn frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(245, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(246, 0x10)
	/* fcvt.l.s 0x7fc0000000000000 rm=rdn frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(247, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(248, 0x10)
	/* fcvt.l.s 0xffffffffcc63785c rm=rdn frm=None */
	li t0, 0xffffffffcc63785c; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(249, a0, 0xfffffffffc721e90)
	CHECK_FLAGS(250, 0x0)
	/* fcvt.l.s 0xffffffff7f061e03 rm=rdn frm=None */
	li t0, 0xffffffff7f061e03; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(251, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(252, 0x10)
	/* fcvt.l.s 0xffffffff40040000 rm=rdn frm=None */
	li t0, 0xffffffff40040000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(253, a0, 0x2)
	CHECK_FLAGS(254, 0x1)
	/* fcvt.l.s 0xffffffff087e5acb rm=rdn frm=None */
	li t0, 0xffffffff087e5acb; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(255, a0, 0x0)
	CHECK_FLAGS(1, 0x1)
	/* fcvt.l.s 0xffffffff8046cdf1 rm=rdn frm=None */
	li t0, 0xffffffff8046cdf1; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(2, a0, 0xffffffffffffffff)
	CHECK_FLAGS(3, 0x1)
	/* fcvt.l.s 0xffffffff3fa0f960 rm=rdn frm=None */
	li t0, 0xffffffff3fa0f960; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(4, a0, 0x1)
	CHECK_FLAGS(5, 0x1)
	/* fcvt.l.s 0xffffffff3f800000 rm=rup frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(6, a0, 0x1)
	CHECK_FLAGS(7, 0x0)
	/* fcvt.l.s 0xffffffffbf800000 rm=rup frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(8, a0, 0xffffffffffffffff)
	CHECK_FLAGS(9, 0x0)
	/* fcvt.l.s 0xffffffff3fc00000 rm=rup frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(10, a0, 0x2)
	CHECK_FLAGS(11, 0x1)
	/* fcvt.l.s 0xffffffff40200000 rm=rup frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(12, a0, 0x3)
	CHECK_FLAGS(13, 0x1)
	/* fcvt.l.s 0xffffffffc0200000 rm=rup frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(14, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(15, 0x1)
	/* fcvt.l.s 0xffffffff3f000000 rm=rup frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(16, a0, 0x1)
	CHECK_FLAGS(17, 0x1)
	/* fcvt.l.s 0xffffffffbf000000 rm=rup frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(18, a0, 0x0)
	CHECK_FLAGS(19, 0x1)
	/* fcvt.l.s 0xffffffff7f7fffff rm=rup frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(20, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(21, 0x10)
	/* fcvt.l.s 0xffffffff5f800000 rm=rup frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(22, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(23, 0x10)
	/* fcvt.l.s 0xffffffffdf000000 rm=rup frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(24, a0, 0x8000000000000000)
	CHECK_FLAGS(25, 0x0)
	/* fcvt.l.s 0xffffffff4b800001 rm=rup frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(26, a0, 0x1000002)
	CHECK_FLAGS(27, 0x0)
	/* fcvt.l.s 0xffffffff3f7fffff rm=rup frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(28, a0, 0x1)
	CHECK_FLAGS(29, 0x1)
	/* fcvt.l.s 0x3f800000 rm=rup frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(30, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(31, 0x10)
	/* fcvt.l.s 0x7fc0000000000000 rm=rup frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(32, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(33, 0x10)
	/* fcvt.l.s 0xffffffff80342eec rm=rup frm=None */
	li t0, 0xffffffff80342eec; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(34, a0, 0x0)
	CHECK_FLAGS(35, 0x1)
	/* fcvt.l.s 0xffffffff40440000 rm=rup frm=None */
	li t0, 0xffffffff40440000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(36, a0, 0x4)
	CHECK_FLAGS(37, 0x1)
	/* fcvt.l.s 0xffffffff35a54514 rm=rup frm=None */
	li t0, 0xffffffff35a54514; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(38, a0, 0x1)
	CHECK_FLAGS(39, 0x1)
	/* fcvt.l.s 0xffffffff0af0bc52 rm=rup frm=None */
	li t0, 0xffffffff0af0bc52; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(40, a0, 0x1)
	CHECK_FLAGS(41, 0x1)
	/* fcvt.l.s 0xffffffffc9e4381e rm=rup frm=None */
	li t0, 0xffffffffc9e4381e; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(42, a0, 0xffffffffffe378fd)
	CHECK_FLAGS(43, 0x1)
	/* fcvt.l.s 0xffffffff1d882960 rm=rup frm=None */
	li t0, 0xffffffff1d882960; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(44, a0, 0x1)
	CHECK_FLAGS(45, 0x1)
	/* fcvt.l.s 0xffffffff3f800000 rm=rmm frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(46, a0, 0x1)
	CHECK_FLAGS(47, 0x0)
	/* fcvt.l.s 0xffffffffbf800000 rm=rmm frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(48, a0, 0xffffffffffffffff)
	CHECK_FLAGS(49, 0x0)
	/* fcvt.l.s 0xffffffff3fc00000 rm=rmm frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(50, a0, 0x2)
	CHECK_FLAGS(51, 0x1)
	/* fcvt.l.s 0xffffffff40200000 rm=rmm frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(52, a0, 0x3)
	CHECK_FLAGS(53, 0x1)
	/* fcvt.l.s 0xffffffffc0200000 rm=rmm frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(54, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(55, 0x1)
	/* fcvt.l.s 0xffffffff3f000000 rm=rmm frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(56, a0, 0x1)
	CHECK_FLAGS(57, 0x1)
	/* fcvt.l.s 0xffffffffbf000000 rm=rmm frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(58, a0, 0xffffffffffffffff)
	CHECK_FLAGS(59, 0x1)
	/* fcvt.l.s 0xffffffff7f7fffff rm=rmm frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(60, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(61, 0x10)
	/* fcvt.l.s 0xffffffff5f800000 rm=rmm frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(62, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(63, 0x10)
	/* fcvt.l.s 0xffffffffdf000000 rm=rmm frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(64, a0, 0x8000000000000000)
	CHECK_FLAGS(65, 0x0)
	/* fcvt.l.s 0xffffffff4b800001 rm=rmm frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(66, a0, 0x1000002)
	CHECK_FLAGS(67, 0x0)
	/* fcvt.l.s 0xffffffff3f7fffff rm=rmm frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(68, a0, 0x1)
	CHECK_FLAGS(69, 0x1)
	/* fcvt.l.s 0x3f800000 rm=rmm frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(70, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(71, 0x10)
	/* fcvt.l.s 0x7fc0000000000000 rm=rmm frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(72, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(73, 0x10)
	/* fcvt.l.s 0xffffffffc9cc0000 rm=rmm frm=None */
	li t0, 0xffffffffc9cc0000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(74, a0, 0xffffffffffe68000)
	CHECK_FLAGS(75, 0x0)
	/* fcvt.l.s 0xffffffff00df8d2f rm=rmm frm=None */
	li t0, 0xffffffff00df8d2f; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(76, a0, 0x0)
	CHECK_FLAGS(77, 0x1)
	/* fcvt.l.s 0xffffffff00080000 rm=rmm frm=None */
	li t0, 0xffffffff00080000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(78, a0, 0x0)
	CHECK_FLAGS(79, 0x1)
	/* fcvt.l.s 0xffffffff00ec0000 rm=rmm frm=None */
	li t0, 0xffffffff00ec0000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(80, a0, 0x0)
	CHECK_FLAGS(81, 0x1)
	/* fcvt.l.s 0xffffffff811c0000 rm=rmm frm=None */
	li t0, 0xffffffff811c0000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(82, a0, 0x0)
	CHECK_FLAGS(83, 0x1)
	/* fcvt.l.s 0xffffffff4020f999 rm=rmm frm=None */
	li t0, 0xffffffff4020f999; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(84, a0, 0x3)
	CHECK_FLAGS(85, 0x1)
	/* fcvt.l.s 0xffffffffbf000000 rm=None frm=0 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 0; fcvt.l.s a0, f11
	CHECK(86, a0, 0x0)
	CHECK_FLAGS(87, 0x1)
	/* fcvt.l.s 0xffffffffc0200000 rm=None frm=0 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 0; fcvt.l.s a0, f11
	CHECK(88, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(89, 0x1)
	/* fcvt.l.s 0xffffffffbf000000 rm=None frm=1 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 1; fcvt.l.s a0, f11
	CHECK(90, a0, 0x0)
	CHECK_FLAGS(91, 0x1)
	/* fcvt.l.s 0xffffffffc0200000 rm=None frm=1 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 1; fcvt.l.s a0, f11
	CHECK(92, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(93, 0x1)
	/* fcvt.l.s 0xffffffffbf000000 rm=None frm=2 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 2; fcvt.l.s a0, f11
	CHECK(94, a0, 0xffffffffffffffff)
	CHECK_FLAGS(95, 0x1)
	/* fcvt.l.s 0xffffffffc0200000 rm=None frm=2 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 2; fcvt.l.s a0, f11
	CHECK(96, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(97, 0x1)
	/* fcvt.l.s 0xffffffffbf000000 rm=None frm=3 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 3; fcvt.l.s a0, f11
	CHECK(98, a0, 0x0)
	CHECK_FLAGS(99, 0x1)
	/* fcvt.l.s 0xffffffffc0200000 rm=None frm=3 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 3; fcvt.l.s a0, f11
	CHECK(100, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(101, 0x1)
	/* fcvt.l.s 0xffffffffbf000000 rm=None frm=4 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 4; fcvt.l.s a0, f11
	CHECK(102, a0, 0xffffffffffffffff)
	CHECK_FLAGS(103, 0x1)
	/* fcvt.l.s 0xffffffffc0200000 rm=None frm=4 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 4; fcvt.l.s a0, f11
	CHECK(104, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(105, 0x1)
	/* fcvt.lu.s 0xffffffff00000000 rm=rtz frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(106, a0, 0x0)
	CHECK_FLAGS(107, 0x0)
	/* fcvt.lu.s 0xffffffff80000000 rm=rtz frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(108, a0, 0x0)
	CHECK_FLAGS(109, 0x0)
	/* fcvt.lu.s 0xffffffff3f800000 rm=rtz frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(110, a0, 0x1)
	CHECK_FLAGS(111, 0x0)
	/* fcvt.lu.s 0xffffffffbf800000 rm=rtz frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(112, a0, 0x0)
	CHECK_FLAGS(113, 0x10)
	/* fcvt.lu.s 0xffffffff3fc00000 rm=rtz frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(114, a0, 0x1)
	CHECK_FLAGS(115, 0x1)
	/* fcvt.lu.s 0xffffffff40200000 rm=rtz frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(116, a0, 0x2)
	CHECK_FLAGS(117, 0x1)
	/* fcvt.lu.s 0xffffffffc0200000 rm=rtz frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(118, a0, 0x0)
	CHECK_FLAGS(119, 0x10)
	/* fcvt.lu.s 0xffffffff3f000000 rm=rtz frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(120, a0, 0x0)
	CHECK_FLAGS(121, 0x1)
	/* fcvt.lu.s 0xffffffffbf000000 rm=rtz frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(122, a0, 0x0)
	CHECK_FLAGS(123, 0x1)
	/* fcvt.lu.s 0xffffffff7f7fffff rm=rtz frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(124, a0, 0xffffffffffffffff)
	CHECK_FLAGS(125, 0x10)
	/* fcvt.lu.s 0xffffffffff7fffff rm=rtz frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(126, a0, 0x0)
	CHECK_FLAGS(127, 0x10)
	/* fcvt.lu.s 0xffffffff00800000 rm=rtz frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(128, a0, 0x0)
	CHECK_FLAGS(129, 0x1)
	/* fcvt.lu.s 0xffffffff007fffff rm=rtz frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(130, a0, 0x0)
	CHECK_FLAGS(131, 0x1)
	/* fcvt.lu.s 0xffffffff00000001 rm=rtz frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(132, a0, 0x0)
	CHECK_FLAGS(133, 0x1)
	/* fcvt.lu.s 0xffffffff80000001 rm=rtz frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(134, a0, 0x0)
	CHECK_FLAGS(135, 0x1)
	/* fcvt.lu.s 0xffffffff7f800000 rm=rtz frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(136, a0, 0xffffffffffffffff)
	CHECK_FLAGS(137, 0x10)
	/* fcvt.lu.s 0xffffffffff800000 rm=rtz frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(138, a0, 0x0)
	CHECK_FLAGS(139, 0x10)
	/* fcvt.lu.s 0xffffffff7fc00000 rm=rtz frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(140, a0, 0xffffffffffffffff)
	CHECK_FLAGS(141, 0x10)
	/* fcvt.lu.s 0xffffffff7f800001 rm=rtz frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(142, a0, 0xffffffffffffffff)
	CHECK_FLAGS(143, 0x10)
	/* fcvt.lu.s 0xffffffffffc12345 rm=rtz frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(144, a0, 0xffffffffffffffff)
	CHECK_FLAGS(145, 0x10)
	/* fcvt.lu.s 0xffffffff3f800001 rm=rtz frm=None */
	li t0, 0xffffffff3f800001; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(146, a0, 0x1)
	CHECK_FLAGS(147, 0x1)
	/* fcvt.lu.s 0xffffffff33800000 rm=rtz frm=None */
	li t0, 0xffffffff33800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(148, a0, 0x0)
	CHECK_FLAGS(149, 0x1)
	/* fcvt.lu.s 0xffffffff40400000 rm=rtz frm=None */
	li t0, 0xffffffff40400000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(150, a0, 0x3)
	CHECK_FLAGS(151, 0x0)
	/* fcvt.lu.s 0xffffffff3dcccccd rm=rtz frm=None */
	li t0, 0xffffffff3dcccccd; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(152, a0, 0x0)
	CHECK_FLAGS(153, 0x1)
	/* fcvt.lu.s 0xffffffff501502f9 rm=rtz frm=None */
	li t0, 0xffffffff501502f9; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(154, a0, 0x2540be400)
	CHECK_FLAGS(155, 0x0)
	/* fcvt.lu.s 0xffffffff4f32d05e rm=rtz frm=None */
	li t0, 0xffffffff4f32d05e; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(156, a0, 0xb2d05e00)
	CHECK_FLAGS(157, 0x0)
	/* fcvt.lu.s 0xffffffff4f000000 rm=rtz frm=None */
	li t0, 0xffffffff4f000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(158, a0, 0x80000000)
	CHECK_FLAGS(159, 0x0)
	/* fcvt.lu.s 0xffffffffcf000000 rm=rtz frm=None */
	li t0, 0xffffffffcf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(160, a0, 0x0)
	CHECK_FLAGS(161, 0x10)
	/* fcvt.lu.s 0xffffffff5f000000 rm=rtz frm=None */
	li t0, 0xffffffff5f000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(162, a0, 0x8000000000000000)
	CHECK_FLAGS(163, 0x0)
	/* fcvt.lu.s 0xffffffff5f800000 rm=rtz frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(164, a0, 0xffffffffffffffff)
	CHECK_FLAGS(165, 0x10)
	/* fcvt.lu.s 0xffffffffdf000000 rm=rtz frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(166, a0, 0x0)
	CHECK_FLAGS(167, 0x10)
	/* fcvt.lu.s 0xffffffff4b800001 rm=rtz frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(168, a0, 0x1000002)
	CHECK_FLAGS(169, 0x0)
	/* fcvt.lu.s 0xffffffff3f7fffff rm=rtz frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(170, a0, 0x0)
	CHECK_FLAGS(171, 0x1)
	/* fcvt.lu.s 0x3f800000 rm=rtz frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(172, a0, 0xffffffffffffffff)
	CHECK_FLAGS(173, 0x10)
	/* fcvt.lu.s 0x7fc0000000000000 rm=rtz frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(174, a0, 0xffffffffffffffff)
	CHECK_FLAGS(175, 0x10)
	/* fcvt.lu.s 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(176, a0, 0x1)
	CHECK_FLAGS(177, 0x0)
	/* fcvt.lu.s 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(178, a0, 0x0)
	CHECK_FLAGS(179, 0x10)
	/* fcvt.lu.s 0xffffffff3fc00000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(180, a0, 0x2)
	CHECK_FLAGS(181, 0x1)
	/* fcvt.lu.s 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(182, a0, 0x2)
	CHECK_FLAGS(183, 0x1)
	/* fcvt.lu.s 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(184, a0, 0x0)
	CHECK_FLAGS(185, 0x10)
	/* fcvt.lu.s 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(186, a0, 0x0)
	CHECK_FLAGS(187, 0x1)
	/* fcvt.lu.s 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(188, a0, 0x0)
	CHECK_FLAGS(189, 0x1)
	/* fcvt.lu.s 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(190, a0, 0xffffffffffffffff)
	CHECK_FLAGS(191, 0x10)
	/* fcvt.lu.s 0xffffffff5f800000 rm=rne frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(192, a0, 0xffffffffffffffff)
	CHECK_FLAGS(193, 0x10)
	/* fcvt.lu.s 0xffffffffdf000000 rm=rne frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(194, a0, 0x0)
	CHECK_FLAGS(195, 0x10)
	/* fcvt.lu.s 0xffffffff4b800001 rm=rne frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(196, a0, 0x1000002)
	CHECK_FLAGS(197, 0x0)
	/* fcvt.lu.s 0xffffffff3f7fffff rm=rne frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(198, a0, 0x1)
	CHECK_FLAGS(199, 0x1)
	/* fcvt.lu.s 0x3f800000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(200, a0, 0xffffffffffffffff)
	CHECK_FLAGS(201, 0x10)
	/* fcvt.lu.s 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(202, a0, 0xffffffffffffffff)
	CHECK_FLAGS(203, 0x10)
	/* fcvt.lu.s 0xffffffff00e61140 rm=rne frm=None */
	li t0, 0xffffffff00e61140; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(204, a0, 0x0)
	CHECK_FLAGS(205, 0x1)
	/* fcvt.lu.s 0xffffffff00269fc8 rm=rne frm=None */
	li t0, 0xffffffff00269fc8; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(206, a0, 0x0)
	CHECK_FLAGS(207, 0x1)
	/* fcvt.lu.s 0xffffffff3f02649b rm=rne frm=None */
	li t0, 0xffffffff3f02649b; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(208, a0, 0x1)
	CHECK_FLAGS(209, 0x1)
	/* fcvt.lu.s 0xffffffff40107dcf rm=rne frm=None */
	li t0, 0xffffffff40107dcf; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(210, a0, 0x2)
	CHECK_FLAGS(211, 0x1)
	/* fcvt.lu.s 0xffffffffff67304c rm=rne frm=None */
	li t0, 0xffffffffff67304c; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(212, a0, 0x0)
	CHECK_FLAGS(213, 0x10)
	/* fcvt.lu.s 0xffffffff40740000 rm=rne frm=None */
	li t0, 0xffffffff40740000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(214, a0, 0x4)
	CHECK_FLAGS(215, 0x1)
	/* fcvt.lu.s 0xffffffff3f800000 rm=rtz frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(216, a0, 0x1)
	CHECK_FLAGS(217, 0x0)
	/* fcvt.lu.s 0xffffffffbf800000 rm=rtz frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(218, a0, 0x0)
	CHECK_FLAGS(219, 0x10)
	/* fcvt.lu.s 0xffffffff3fc00000 rm=rtz frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(220, a0, 0x1)
	CHECK_FLAGS(221, 0x1)
	/* fcvt.lu.s 0xffffffff40200000 rm=rtz frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(222, a0, 0x2)
	CHECK_FLAGS(223, 0x1)
	/* fcvt.lu.s 0xffffffffc0200000 rm=rtz frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(224, a0, 0x0)
	CHECK_FLAGS(225, 0x10)
	/* fcvt.lu.s 0xffffffff3f000000 rm=rtz frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(226, a0, 0x0)
	CHECK_FLAGS(227, 0x1)
	/* fcvt.lu.s 0xffffffffbf000000 rm=rtz frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(228, a0, 0x0)
	CHECK_FLAGS(229, 0x1)
	/* fcvt.lu.s 0xffffffff7f7fffff rm=rtz frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(230, a0, 0xffffffffffffffff)
	CHECK_FLAGS(231, 0x10)
	/* fcvt.lu.s 0xffffffff5f800000 rm=rtz frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(232, a0, 0xffffffffffffffff)
	CHECK_FLAGS(233, 0x10)
	/* fcvt.lu.s 0xffffffffdf000000 rm=rtz frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(234, a0, 0x0)
	CHECK_FLAGS(235, 0x10)
	/* fcvt.lu.s 0xffffffff4b800001 rm=rtz frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(236, a0, 0x1000002)
	CHECK_FLAGS(237, 0x0)
	/* fcvt.lu.s 0xffffffff3f7fffff rm=rtz frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(238, a0, 0x0)
	CHECK_FLAGS(239, 0x1)
	/* fcvt.lu.s 0x3f800000 rm=rtz frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(240, a0, 0xffffffffffffffff)
	CHECK_FLAGS(241, 0x10)
	/* fcvt.lu.s 0x7fc0000000000000 rm=rtz frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(242, a0, 0xffffffffffffffff)
	CHECK_FLAGS(243, 0x10)
	/* fcvt.lu.s 0xffffffffc9e0d273 rm=rtz frm=None */
	li t0, 0xffffffffc9e0d273; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(244, a0, 0x0)
	CHECK_FLAGS(245, 0x10)
	/* fcvt.lu.s 0xffffffff80cbe7ae rm=rtz frm=None */
	li t0, 0xffffffff80cbe7ae; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(246, a0, 0x0)
	CHECK_FLAGS(247, 0x1)
	/* fcvt.lu.s 0xffffffff7f4c0000 rm=rtz frm=None */
	li t0, 0xffffffff7f4c0000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(248, a0, 0xffffffffffffffff)
	CHECK_FLAGS(249, 0x10)
	/* fcvt.lu.s 0xffffffff80103222 rm=rtz frm=None */
	li t0, 0xffffffff80103222; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(250, a0, 0x0)
	CHECK_FLAGS(251, 0x1)
	/* fcvt.lu.s 0xffffffff80be5f69 rm=rtz frm=None */
	li t0, 0xffffffff80be5f69; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(252, a0, 0x0)
	CHECK_FLAGS(253, 0x1)
	/* fcvt.lu.s 0xffffffff3fc00000 rm=rtz frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(254, a0, 0x1)
	CHECK_FLAGS(255, 0x1)
	/* fcvt.lu.s 0xffffffff3f800000 rm=rdn frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(1, a0, 0x1)
	CHECK_FLAGS(2, 0x0)
	/* fcvt.lu.s 0xffffffffbf800000 rm=rdn frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(3, a0, 0x0)
	CHECK_FLAGS(4, 0x10)
	/* fcvt.lu.s 0xffffffff3fc00000 rm=rdn frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(5, a0, 0x1)
	CHECK_FLAGS(6, 0x1)
	/* fcvt.lu.s 0xffffffff40200000 rm=rdn frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(7, a0, 0x2)
	CHECK_FLAGS(8, 0x1)
	/* fcvt.lu.s 0xffffffffc0200000 rm=rdn frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(9, a0, 0x0)
	CHECK_FLAGS(10, 0x10)
	/* fcvt.lu.s 0xffffffff3f000000 rm=rdn frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(11, a0, 0x0)
	CHECK_FLAGS(12, 0x1)
	/* fcvt.lu.s 0xffffffffbf000000 rm=rdn frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(13, a0, 0x0)
	CHECK_FLAGS(14, 0x10)
	/* fcvt.lu.s 0xffffffff7f7fffff rm=rdn frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(15, a0, 0xffffffffffffffff)
	CHECK_FLAGS(16, 0x10)
	/* fcvt.lu.s 0xffffffff5f800000 rm=rdn frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(17, a0, 0xffffffffffffffff)
	CHECK_FLAGS(18, 0x10)
	/* fcvt.lu.s 0xffffffffdf000000 rm=rdn frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(19, a0, 0x0)
	CHECK_FLAGS(20, 0x10)
	/* fcvt.lu.s 0xffffffff4b800001 rm=rdn frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(21, a0, 0x1000002)
	CHECK_FLAGS(22, 0x0)
	/* fcvt.lu.s 0xffffffff3f7fffff rm=rdn frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(23, a0, 0x0)
	CHECK_FLAGS(24, 0x1)
	/* fcvt.lu.s 0x3f800000 rm=rdn frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(25, a0, 0xffffffffffffffff)
	CHECK_FLAGS(26, 0x10)
	/* fcvt.lu.s 0x7fc0000000000000 rm=rdn frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(27, a0, 0xffffffffffffffff)
	CHECK_FLAGS(28, 0x10)
	/* fcvt.lu.s 0xffffffffa181d03f rm=rdn frm=None */
	li t0, 0xffffffffa181d03f; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(29, a0, 0x0)
	CHECK_FLAGS(30, 0x10)
	/* fcvt.lu.s 0xffffffffc992e413 rm=rdn frm=None */
	li t0, 0xffffffffc992e413; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(31, a0, 0x0)
	CHECK_FLAGS(32, 0x10)
	/* fcvt.lu.s 0xffffffffff19d5f5 rm=rdn frm=None */
	li t0, 0xffffffffff19d5f5; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(33, a0, 0x0)
	CHECK_FLAGS(34, 0x10)
	/* fcvt.lu.s 0xffffffffc9e244ac rm=rdn frm=None */
	li t0, 0xffffffffc9e244ac; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(35, a0, 0x0)
	CHECK_FLAGS(36, 0x10)
	/* fcvt.lu.s 0xffffffff3f0b7c55 rm=rdn frm=None */
	li t0, 0xffffffff3f0b7c55; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(37, a0, 0x0)
	CHECK_FLAGS(38, 0x1)
	/* fcvt.lu.s 0xffffffff801c1c8e rm=rdn frm=None */
	li t0, 0xffffffff801c1c8e; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(39, a0, 0x0)
	CHECK_FLAGS(40, 0x10)
	/* fcvt.lu.s 0xffffffff3f800000 rm=rup frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(41, a0, 0x1)
	CHECK_FLAGS(42, 0x0)
	/* fcvt.lu.s 0xffffffffbf800000 rm=rup frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(43, a0, 0x0)
	CHECK_FLAGS(44, 0x10)
	/* fcvt.lu.s 0xffffffff3fc00000 rm=rup frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(45, a0, 0x2)
	CHECK_FLAGS(46, 0x1)
	/* fcvt.lu.s 0xffffffff40200000 rm=rup frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(47, a0, 0x3)
	CHECK_FLAGS(48, 0x1)
	/* fcvt.lu.s 0xffffffffc0200000 rm=rup frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(49, a0, 0x0)
	CHECK_FLAGS(50, 0x10)
	/* fcvt.lu.s 0xffffffff3f000000 rm=rup frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(51, a0, 0x1)
	CHECK_FLAGS(52, 0x1)
	/* fcvt.lu.s 0xffffffffbf000000 rm=rup frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(53, a0, 0x0)
	CHECK_FLAGS(54, 0x1)
	/* fcvt.lu.s 0xffffffff7f7fffff rm=rup frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(55, a0, 0xffffffffffffffff)
	CHECK_FLAGS(56, 0x10)
	/* fcvt.lu.s 0xffffffff5f800000 rm=rup frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(57, a0, 0xffffffffffffffff)
	CHECK_FLAGS(58, 0x10)
	/* fcvt.lu.s 0xffffffffdf000000 rm=rup frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(59, a0, 0x0)
	CHECK_FLAGS(60, 0x10)
	/* fcvt.lu.s 0xffffffff4b800001 rm=rup frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(61, a0, 0x1000002)
	CHECK_FLAGS(62, 0x0)
	/* fcvt.lu.s 0xffffffff3f7fffff rm=rup frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(63, a0, 0x1)
	CHECK_FLAGS(64, 0x1)
	/* fcvt.lu.s 0x3f800000 rm=rup frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(65, a0, 0xffffffffffffffff)
	CHECK_FLAGS(66, 0x10)
	/* fcvt.lu.s 0x7fc0000000000000 rm=rup frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(67, a0, 0xffffffffffffffff)
	CHECK_FLAGS(68, 0x10)
	/* fcvt.lu.s 0xffffffff407504a5 rm=rup frm=None */
	li t0, 0xffffffff407504a5; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(69, a0, 0x4)
	CHECK_FLAGS(70, 0x1)
	/* fcvt.lu.s 0xffffffff7f5f7b3e rm=rup frm=None */
	li t0, 0xffffffff7f5f7b3e; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(71, a0, 0xffffffffffffffff)
	CHECK_FLAGS(72, 0x10)
	/* fcvt.lu.s 0xffffffffae259112 rm=rup frm=None */
	li t0, 0xffffffffae259112; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(73, a0, 0x0)
	CHECK_FLAGS(74, 0x1)
	/* fcvt.lu.s 0xffffffff80d00000 rm=rup frm=None */
	li t0, 0xffffffff80d00000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(75, a0, 0x0)
	CHECK_FLAGS(76, 0x1)
	/* fcvt.lu.s 0xffffffffb588d984 rm=rup frm=None */
	li t0, 0xffffffffb588d984; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(77, a0, 0x0)
	CHECK_FLAGS(78, 0x1)
	/* fcvt.lu.s 0xffffffff80601f48 rm=rup frm=None */
	li t0, 0xffffffff80601f48; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(79, a0, 0x0)
	CHECK_FLAGS(80, 0x1)
	/* fcvt.lu.s 0xffffffff3f800000 rm=rmm frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(81, a0, 0x1)
	CHECK_FLAGS(82, 0x0)
	/* fcvt.lu.s 0xffffffffbf800000 rm=rmm frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(83, a0, 0x0)
	CHECK_FLAGS(84, 0x10)
	/* fcvt.lu.s 0xffffffff3fc00000 rm=rmm frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(85, a0, 0x2)
	CHECK_FLAGS(86, 0x1)
	/* fcvt.lu.s 0xffffffff40200000 rm=rmm frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(87, a0, 0x3)
	CHECK_FLAGS(88, 0x1)
	/* fcvt.lu.s 0xffffffffc0200000 rm=rmm frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(89, a0, 0x0)
	CHECK_FLAGS(90, 0x10)
	/* fcvt.lu.s 0xffffffff3f000000 rm=rmm frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(91, a0, 0x1)
	CHECK_FLAGS(92, 0x1)
	/* fcvt.lu.s 0xffffffffbf000000 rm=rmm frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(93, a0, 0x0)
	CHECK_FLAGS(94, 0x10)
	/* fcvt.lu.s 0xffffffff7f7fffff rm=rmm frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(95, a0, 0xffffffffffffffff)
	CHECK_FLAGS(96, 0x10)
	/* fcvt.lu.s 0xffffffff5f800000 rm=rmm frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(97, a0, 0xffffffffffffffff)
	CHECK_FLAGS(98, 0x10)
	/* fcvt.lu.s 0xffffffffdf000000 rm=rmm frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(99, a0, 0x0)
	CHECK_FLAGS(100, 0x10)
	/* fcvt.lu.s 0xffffffff4b800001 rm=rmm frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(101, a0, 0x1000002)
	CHECK_FLAGS(102, 0x0)
	/* fcvt.lu.s 0xffffffff3f7fffff rm=rmm frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(103, a0, 0x1)
	CHECK_FLAGS(104, 0x1)
	/* fcvt.lu.s 0x3f800000 rm=rmm frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(105, a0, 0xffffffffffffffff)
	CHECK_FLAGS(106, 0x10)
	/* fcvt.lu.s 0x7fc0000000000000 rm=rmm frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(107, a0, 0xffffffffffffffff)
	CHECK_FLAGS(108, 0x10)
	/* fcvt.lu.s 0xffffffffff0a8a6a rm=rmm frm=None */
	li t0, 0xffffffffff0a8a6a; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(109, a0, 0x0)
	CHECK_FLAGS(110, 0x10)
	/* fcvt.lu.s 0xffffffff006c0000 rm=rmm frm=None */
	li t0, 0xffffffff006c0000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(111, a0, 0x0)
	CHECK_FLAGS(112, 0x1)
	/* fcvt.lu.s 0xffffffff35e4eabb rm=rmm frm=None */
	li t0, 0xffffffff35e4eabb; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(113, a0, 0x0)
	CHECK_FLAGS(114, 0x1)
	/* fcvt.lu.s 0xffffffff7f2ca1d1 rm=rmm frm=None */
	li t0, 0xffffffff7f2ca1d1; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(115, a0, 0xffffffffffffffff)
	CHECK_FLAGS(116, 0x10)
	/* fcvt.lu.s 0xffffffff80527507 rm=rmm frm=None */
	li t0, 0xffffffff80527507; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(117, a0, 0x0)
	CHECK_FLAGS(118, 0x1)
	/* fcvt.lu.s 0xffffffffbf5eb3c3 rm=rmm frm=None */
	li t0, 0xffffffffbf5eb3c3; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(119, a0, 0x0)
	CHECK_FLAGS(120, 0x10)
	/* fcvt.lu.s 0xffffffffbf000000 rm=None frm=0 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 0; fcvt.lu.s a0, f11
	CHECK(121, a0, 0x0)
	CHECK_FLAGS(122, 0x1)
	/* fcvt.lu.s 0xffffffffc0200000 rm=None frm=0 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 0; fcvt.lu.s a0, f11
	CHECK(123, a0, 0x0)
	CHECK_FLAGS(124, 0x10)
	/* fcvt.lu.s 0xffffffffbf000000 rm=None frm=1 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 1; fcvt.lu.s a0, f11
	CHECK(125, a0, 0x0)
	CHECK_FLAGS(126, 0x1)
	/* fcvt.lu.s 0xffffffffc0200000 rm=None frm=1 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 1; fcvt.lu.s a0, f11
	CHECK(127, a0, 0x0)
	CHECK_FLAGS(128, 0x10)
	/* fcvt.lu.s 0xffffffffbf000000 rm=None frm=2 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 2; fcvt.lu.s a0, f11
	CHECK(129, a0, 0x0)
	CHECK_FLAGS(130, 0x10)
	/* fcvt.lu.s 0xffffffffc0200000 rm=None frm=2 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 2; fcvt.lu.s a0, f11
	CHECK(131, a0, 0x0)
	CHECK_FLAGS(132, 0x10)
	/* fcvt.lu.s 0xffffffffbf000000 rm=None frm=3 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 3; fcvt.lu.s a0, f11
	CHECK(133, a0, 0x0)
	CHECK_FLAGS(134, 0x1)
	/* fcvt.lu.s 0xffffffffc0200000 rm=None frm=3 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 3; fcvt.lu.s a0, f11
	CHECK(135, a0, 0x0)
	CHECK_FLAGS(136, 0x10)
	/* fcvt.lu.s 0xffffffffbf000000 rm=None frm=4 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 4; fcvt.lu.s a0, f11
	CHECK(137, a0, 0x0)
	CHECK_FLAGS(138, 0x10)
	/* fcvt.lu.s 0xffffffffc0200000 rm=None frm=4 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 4; fcvt.lu.s a0, f11
	CHECK(139, a0, 0x0)
	CHECK_FLAGS(140, 0x10)
	/* fcvt.s.w 0x0 rm=rne frm=None */
	li a1, 0x0; fcvt.s.w f10, a1, rne
	CHECK_F(141, f10, 0xffffffff00000000)
	CHECK_FLAGS(142, 0x0)
	/* fcvt.s.w 0x1 rm=rne frm=None */
	li a1, 0x1; fcvt.s.w f10, a1, rne
	CHECK_F(143, f10, 0xffffffff3f800000)
	CHECK_FLAGS(144, 0x0)
	/* fcvt.s.w 0xffffffffffffffff rm=rne frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.w f10, a1, rne
	CHECK_F(145, f10, 0xffffffffbf800000)
	CHECK_FLAGS(146, 0x0)
	/* fcvt.s.w 0x7fffffff rm=rne frm=None */
	li a1, 0x7fffffff; fcvt.s.w f10, a1, rne
	CHECK_F(147, f10, 0xffffffff4f000000)
	CHECK_FLAGS(148, 0x1)
	/* fcvt.s.w 0x80000000 rm=rne frm=None */
	li a1, 0x80000000; fcvt.s.w f10, a1, rne
	CHECK_F(149, f10, 0xffffffffcf000000)
	CHECK_FLAGS(150, 0x0)
	/* fcvt.s.w 0xffffffff80000000 rm=rne frm=None */
	li a1, 0xffffffff80000000; fcvt.s.w f10, a1, rne
	CHECK_F(151, f10, 0xffffffffcf000000)
	CHECK_FLAGS(152, 0x0)
	/* fcvt.s.w 0xffffffff rm=rne frm=None */
	li a1, 0xffffffff; fcvt.s.w f10, a1, rne
	CHECK_F(153, f10, 0xffffffffbf800000)
	CHECK_FLAGS(154, 0x0)
	/* fcvt.s.w 0x1000001 rm=rne frm=None */
	li a1, 0x1000001; fcvt.s.w f10, a1, rne
	CHECK_F(155, f10, 0xffffffff4b800000)
	CHECK_FLAGS(156, 0x1)
	/* fcvt.s.w 0xfffffffffeffffff rm=rne frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.w f10, a1, rne
	CHECK_F(157, f10, 0xffffffffcb800000)
	CHECK_FLAGS(158, 0x1)
	/* fcvt.s.w 0x7fffffffffffffff rm=rne frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.w f10, a1, rne
	CHECK_F(159, f10, 0xffffffffbf800000)
	CHECK_FLAGS(160, 0x0)
	/* fcvt.s.w 0x8000000000000000 rm=rne frm=None */
	li a1, 0x8000000000000000; fcvt.s.w f10, a1, rne
	CHECK_F(161, f10, 0xffffffff00000000)
	CHECK_FLAGS(162, 0x0)
	/* fcvt.s.w 0x20000001 rm=rne frm=None */
	li a1, 0x20000001; fcvt.s.w f10, a1, rne
	CHECK_F(163, f10, 0xffffffff4e000000)
	CHECK_FLAGS(164, 0x1)
	/* fcvt.s.w 0x123456789abcdef rm=rne frm=None */
	li a1, 0x123456789abcdef; fcvt.s.w f10, a1, rne
	CHECK_F(165, f10, 0xffffffffceeca864)
	CHECK_FLAGS(166, 0x1)
	/* fcvt.s.w 0xfffffffffffffffd rm=rne frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.w f10, a1, rne
	CHECK_F(167, f10, 0xffffffffc0400000)
	CHECK_FLAGS(168, 0x0)
	/* fcvt.s.w 0x100000001 rm=rne frm=None */
	li a1, 0x100000001; fcvt.s.w f10, a1, rne
	CHECK_F(169, f10, 0xffffffff3f800000)
	CHECK_FLAGS(170, 0x0)
	/* fcvt.s.w 0x7ffffffffffffc00 rm=rne frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.w f10, a1, rne
	CHECK_F(171, f10, 0xffffffffc4800000)
	CHECK_FLAGS(172, 0x0)
	/* fcvt.s.w 0x7ffffffffffffe00 rm=rne frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.w f10, a1, rne
	CHECK_F(173, f10, 0xffffffffc4000000)
	CHECK_FLAGS(174, 0x0)
	/* fcvt.s.w 0x7ffffffffffffa01 rm=rne frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.w f10, a1, rne
	CHECK_F(175, f10, 0xffffffffc4bfe000)
	CHECK_FLAGS(176, 0x0)
	/* fcvt.s.w 0xffffffff01000001 rm=rne frm=None */
	li a1, 0xffffffff01000001; fcvt.s.w f10, a1, rne
	CHECK_F(177, f10, 0xffffffff4b800000)
	CHECK_FLAGS(178, 0x1)
	/* fcvt.s.w 0x2000003 rm=rne frm=None */
	li a1, 0x2000003; fcvt.s.w f10, a1, rne
	CHECK_F(179, f10, 0xffffffff4c000001)
	CHECK_FLAGS(180, 0x1)
	/* fcvt.s.w 0xffffff7f rm=rne frm=None */
	li a1, 0xffffff7f; fcvt.s.w f10, a1, rne
	CHECK_F(181, f10, 0xffffffffc3010000)
	CHECK_FLAGS(182, 0x0)
	/* fcvt.s.w 0x0 rm=rtz frm=None */
	li a1, 0x0; fcvt.s.w f10, a1, rtz
	CHECK_F(183, f10, 0xffffffff00000000)
	CHECK_FLAGS(184, 0x0)
	/* fcvt.s.w 0x1 rm=rtz frm=None */
	li a1, 0x1; fcvt.s.w f10, a1, rtz
	CHECK_F(185, f10, 0xffffffff3f800000)
	CHECK_FLAGS(186, 0x0)
	/* fcvt.s.w 0xffffffffffffffff rm=rtz frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.w f10, a1, rtz
	CHECK_F(187, f10, 0xffffffffbf800000)
	CHECK_FLAGS(188, 0x0)
	/* fcvt.s.w 0x7fffffff rm=rtz frm=None */
	li a1, 0x7fffffff; fcvt.s.w f10, a1, rtz
	CHECK_F(189, f10, 0xffffffff4effffff)
	CHECK_FLAGS(190, 0x1)
	/* fcvt.s.w 0x80000000 rm=rtz frm=None */
	li a1, 0x80000000; fcvt.s.w f10, a1, rtz
	CHECK_F(191, f10, 0xffffffffcf000000)
	CHECK_FLAGS(192, 0x0)
	/* fcvt.s.w 0xffffffff80000000 rm=rtz frm=None */
	li a1, 0xffffffff80000000; fcvt.s.w f10, a1, rtz
	CHECK_F(193, f10, 0xffffffffcf000000)
	CHECK_FLAGS(194, 0x0)
	/* fcvt.s.w 0xffffffff rm=rtz frm=None */
	li a1, 0xffffffff; fcvt.s.w f10, a1, rtz
	CHECK_F(195, f10, 0xffffffffbf800000)
	CHECK_FLAGS(196, 0x0)
	/* fcvt.s.w 0x1000001 rm=rtz frm=None */
	li a1, 0x1000001; fcvt.s.w f10, a1, rtz
	CHECK_F(197, f10, 0xffffffff4b800000)
	CHECK_FLAGS(198, 0x1)
	/* fcvt.s.w 0xfffffffffeffffff rm=rtz frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.w f10, a1, rtz
	CHECK_F(199, f10, 0xffffffffcb800000)
	CHECK_FLAGS(200, 0x1)
	/* fcvt.s.w 0x7fffffffffffffff rm=rtz frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.w f10, a1, rtz
	CHECK_F(201, f10, 0xffffffffbf800000)
	CHECK_FLAGS(202, 0x0)
	/* fcvt.s.w 0x8000000000000000 rm=rtz frm=None */
	li a1, 0x8000000000000000; fcvt.s.w f10, a1, rtz
	CHECK_F(203, f10, 0xffffffff00000000)
	CHECK_FLAGS(204, 0x0)
	/* fcvt.s.w 0x20000001 rm=rtz frm=None */
	li a1, 0x20000001; fcvt.s.w f10, a1, rtz
	CHECK_F(205, f10, 0xffffffff4e000000)
	CHECK_FLAGS(206, 0x1)
	/* fcvt.s.w 0x123456789abcdef rm=rtz frm=None */
	li a1, 0x123456789abcdef; fcvt.s.w f10, a1, rtz
	CHECK_F(207, f10, 0xffffffffceeca864)
	CHECK_FLAGS(208, 0x1)
	/* fcvt.s.w 0xfffffffffffffffd rm=rtz frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.w f10, a1, rtz
	CHECK_F(209, f10, 0xffffffffc0400000)
	CHECK_FLAGS(210, 0x0)
	/* fcvt.s.w 0x100000001 rm=rtz frm=None */
	li a1, 0x100000001; fcvt.s.w f10, a1, rtz
	CHECK_F(211, f10, 0xffffffff3f800000)
	CHECK_FLAGS(212, 0x0)
	/* fcvt.s.w 0x7ffffffffffffc00 rm=rtz frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.w f10, a1, rtz
	CHECK_F(213, f10, 0xffffffffc4800000)
	CHECK_FLAGS(214, 0x0)
	/* fcvt.s.w 0x7ffffffffffffe00 rm=rtz frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.w f10, a1, rtz
	CHECK_F(215, f10, 0xffffffffc4000000)
	CHECK_FLAGS(216, 0x0)
	/* fcvt.s.w 0x7ffffffffffffa01 rm=rtz frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.w f10, a1, rtz
	CHECK_F(217, f10, 0xffffffffc4bfe000)
	CHECK_FLAGS(218, 0x0)
	/* fcvt.s.w 0xffffffff01000001 rm=rtz frm=None */
	li a1, 0xffffffff01000001; fcvt.s.w f10, a1, rtz
	CHECK_F(219, f10, 0xffffffff4b800000)
	CHECK_FLAGS(220, 0x1)
	/* fcvt.s.w 0x2000003 rm=rtz frm=None */
	li a1, 0x2000003; fcvt.s.w f10, a1, rtz
	CHECK_F(221, f10, 0xffffffff4c000000)
	CHECK_FLAGS(222, 0x1)
	/* fcvt.s.w 0xffffff7f rm=rtz frm=None */
	li a1, 0xffffff7f; fcvt.s.w f10, a1, rtz
	CHECK_F(223, f10, 0xffffffffc3010000)
	CHECK_FLAGS(224, 0x0)
	/* fcvt.s.w 0x0 rm=rdn frm=None */
	li a1, 0x0; fcvt.s.w f10, a1, rdn
	CHECK_F(225, f10, 0xffffffff00000000)
	CHECK_FLAGS(226, 0x0)
	/* fcvt.s.w 0x1 rm=rdn frm=None */
	li a1, 0x1; fcvt.s.w f10, a1, rdn
	CHECK_F(227, f10, 0xffffffff3f800000)
	CHECK_FLAGS(228, 0x0)
	/* fcvt.s.w 0xffffffffffffffff rm=rdn frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.w f10, a1, rdn
	CHECK_F(229, f10, 0xffffffffbf800000)
	CHECK_FLAGS(230, 0x0)
	/* fcvt.s.w 0x7fffffff rm=rdn frm=None */
	li a1, 0x7fffffff; fcvt.s.w f10, a1, rdn
	CHECK_F(231, f10, 0xffffffff4effffff)
	CHECK_FLAGS(232, 0x1)
	/* fcvt.s.w 0x80000000 rm=rdn frm=None */
	li a1, 0x80000000; fcvt.s.w f10, a1, rdn
	CHECK_F(233, f10, 0xffffffffcf000000)
	CHECK_FLAGS(234, 0x0)
	/* fcvt.s.w 0xffffffff80000000 rm=rdn frm=None */
	li a1, 0xffffffff80000000; fcvt.s.w f10, a1, rdn
	CHECK_F(235, f10, 0xffffffffcf000000)
	CHECK_FLAGS(236, 0x0)
	/* fcvt.s.w 0xffffffff rm=rdn frm=None */
	li a1, 0xffffffff; fcvt.s.w f10, a1, rdn
	CHECK_F(237, f10, 0xffffffffbf800000)
	CHECK_FLAGS(238, 0x0)
	/* fcvt.s.w 0x1000001 rm=rdn frm=None */
	li a1, 0x1000001; fcvt.s.w f10, a1, rdn
	CHECK_F(239, f10, 0xffffffff4b800000)
	CHECK_FLAGS(240, 0x1)
	/* fcvt.s.w 0xfffffffffeffffff rm=rdn frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.w f10, a1, rdn
	CHECK_F(241, f10, 0xffffffffcb800001)
	CHECK_FLAGS(242, 0x1)
	/* fcvt.s.w 0x7fffffffffffffff rm=rdn frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.w f10, a1, rdn
	CHECK_F(243, f10, 0xffffffffbf800000)
	CHECK_FLAGS(244, 0x0)
	/* fcvt.s.w 0x8000000000000000 rm=rdn frm=None */
	li a1, 0x8000000000000000; fcvt.s.w f10, a1, rdn
	CHECK_F(245, f10, 0xffffffff00000000)
	CHECK_FLAGS(246, 0x0)
	/* fcvt.s.w 0x20000001 rm=rdn frm=None */
	li a1, 0x20000001; fcvt.s.w f10, a1, rdn
	CHECK_F(247, f10, 0xffffffff4e000000)
	CHECK_FLAGS(248, 0x1)
	/* fcvt.s.w 0x123456789abcdef rm=rdn frm=None */
	li a1, 0x123456789abcdef; fcvt.s.w f10, a1, rdn
	CHECK_F(249, f10, 0xffffffffceeca865)
	CHECK_FLAGS(250, 0x1)
	/* fcvt.s.w 0xfffffffffffffffd rm=rdn frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.w f10, a1, rdn
	CHECK_F(251, f10, 0xffffffffc0400000)
	CHECK_FLAGS(252, 0x0)
	/* fcvt.s.w 0x100000001 rm=rdn frm=None */
	li a1, 0x100000001; fcvt.s.w f10, a1, rdn
	CHECK_F(253, f10, 0xffffffff3f800000)
	CHECK_FLAGS(254, 0x0)
	/* fcvt.s.w 0x7ffffffffffffc00 rm=rdn frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.w f10, a1, rdn
	CHECK_F(255, f10, 0xffffffffc4800000)
	CHECK_FLAGS(1, 0x0)
	/* fcvt.s.w 0x7ffffffffffffe00 rm=rdn frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.w f10, a1, rdn
	CHECK_F(2, f10, 0xffffffffc4000000)
	CHECK_FLAGS(3, 0x0)
	/* fcvt.s.w 0x7ffffffffffffa01 rm=rdn frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.w f10, a1, rdn
	CHECK_F(4, f10, 0xffffffffc4bfe000)
	CHECK_FLAGS(5, 0x0)
	/* fcvt.s.w 0xffffffff01000001 rm=rdn frm=None */
	li a1, 0xffffffff01000001; fcvt.s.w f10, a1, rdn
	CHECK_F(6, f10, 0xffffffff4b800000)
	CHECK_FLAGS(7, 0x1)
	/* fcvt.s.w 0x2000003 rm=rdn frm=None */
	li a1, 0x2000003; fcvt.s.w f10, a1, rdn
	CHECK_F(8, f10, 0xffffffff4c000000)
	CHECK_FLAGS(9, 0x1)
	/* fcvt.s.w 0xffffff7f rm=rdn frm=None */
	li a1, 0xffffff7f; fcvt.s.w f10, a1, rdn
	CHECK_F(10, f10, 0xffffffffc3010000)
	CHECK_FLAGS(11, 0x0)
	/* fcvt.s.w 0x0 rm=rup frm=None */
	li a1, 0x0; fcvt.s.w f10, a1, rup
	CHECK_F(12, f10, 0xffffffff00000000)
	CHECK_FLAGS(13, 0x0)
	/* fcvt.s.w 0x1 rm=rup frm=None */
	li a1, 0x1; fcvt.s.w f10, a1, rup
	CHECK_F(14, f10, 0xffffffff3f800000)
	CHECK_FLAGS(15, 0x0)
	/* fcvt.s.w 0xffffffffffffffff rm=rup frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.w f10, a1, rup
	CHECK_F(16, f10, 0xffffffffbf800000)
	CHECK_FLAGS(17, 0x0)
	/* fcvt.s.w 0x7fffffff rm=rup frm=None */
	li a1, 0x7fffffff; fcvt.s.w f10, a1, rup
	CHECK_F(18, f10, 0xffffffff4f000000)
	CHECK_FLAGS(19, 0x1)
	/* fcvt.s.w 0x80000000 rm=rup frm=None */
	li a1, 0x80000000; fcvt.s.w f10, a1, rup
	CHECK_F(20, f10, 0xffffffffcf000000)
	CHECK_FLAGS(21, 0x0)
	/* fcvt.s.w 0xffffffff80000000 rm=rup frm=None */
	li a1, 0xffffffff80000000; fcvt.s.w f10, a1, rup
	CHECK_F(22, f10, 0xffffffffcf000000)
	CHECK_FLAGS(23, 0x0)
	/* fcvt.s.w 0xffffffff rm=rup frm=None */
	li a1, 0xffffffff; fcvt.s.w f10, a1, rup
	CHECK_F(24, f10, 0xffffffffbf800000)
	CHECK_FLAGS(25, 0x0)
	/* fcvt.s.w 0x1000001 rm=rup frm=None */
	li a1, 0x1000001; fcvt.s.w f10, a1, rup
	CHECK_F(26, f10, 0xffffffff4b800001)
	CHECK_FLAGS(27, 0x1)
	/* fcvt.s.w 0xfffffffffeffffff rm=rup frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.w f10, a1, rup
	CHECK_F(28, f10, 0xffffffffcb800000)
	CHECK_FLAGS(29, 0x1)
	/* fcvt.s.w 0x7fffffffffffffff rm=rup frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.w f10, a1, rup
	CHECK_F(30, f10, 0xffffffffbf800000)
	CHECK_FLAGS(31, 0x0)
	/* fcvt.s.w 0x8000000000000000 rm=rup frm=None */
	li a1, 0x8000000000000000; fcvt.s.w f10, a1, rup
	CHECK_F(32, f10, 0xffffffff00000000)
	CHECK_FLAGS(33, 0x0)
	/* fcvt.s.w 0x20000001 rm=rup frm=None */
	li a1, 0x20000001; fcvt.s.w f10, a1, rup
	CHECK_F(34, f10, 0xffffffff4e000001)
	CHECK_FLAGS(35, 0x1)
	/* fcvt.s.w 0x123456789abcdef rm=rup frm=None */
	li a1, 0x123456789abcdef; fcvt.s.w f10, a1, rup
	CHECK_F(36, f10, 0xffffffffceeca864)
	CHECK_FLAGS(37, 0x1)
	/* fcvt.s.w 0xfffffffffffffffd rm=rup frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.w f10, a1, rup
	CHECK_F(38, f10, 0xffffffffc0400000)
	CHECK_FLAGS(39, 0x0)
	/* fcvt.s.w 0x100000001 rm=rup frm=None */
	li a1, 0x100000001; fcvt.s.w f10, a1, rup
	CHECK_F(40, f10, 0xffffffff3f800000)
	CHECK_FLAGS(41, 0x0)
	/* fcvt.s.w 0x7ffffffffffffc00 rm=rup frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.w f10, a1, rup
	CHECK_F(42, f10, 0xffffffffc4800000)
	CHECK_FLAGS(43, 0x0)
	/* fcvt.s.w 0x7ffffffffffffe00 rm=rup frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.w f10, a1, rup
	CHECK_F(44, f10, 0xffffffffc4000000)
	CHECK_FLAGS(45, 0x0)
	/* fcvt.s.w 0x7ffffffffffffa01 rm=rup frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.w f10, a1, rup
	CHECK_F(46, f10, 0xffffffffc4bfe000)
	CHECK_FLAGS(47, 0x0)
	/* fcvt.s.w 0xffffffff01000001 rm=rup frm=None */
	li a1, 0xffffffff01000001; fcvt.s.w f10, a1, rup
	CHECK_F(48, f10, 0xffffffff4b800001)
	CHECK_FLAGS(49, 0x1)
	/* fcvt.s.w 0x2000003 rm=rup frm=None */
	li a1, 0x2000003; fcvt.s.w f10, a1, rup
	CHECK_F(50, f10, 0xffffffff4c000001)
	CHECK_FLAGS(51, 0x1)
	/* fcvt.s.w 0xffffff7f rm=rup frm=None */
	li a1, 0xffffff7f; fcvt.s.w f10, a1, rup
	CHECK_F(52, f10, 0xffffffffc3010000)
	CHECK_FLAGS(53, 0x0)
	/* fcvt.s.w 0x0 rm=rmm frm=None */
	li a1, 0x0; fcvt.s.w f10, a1, rmm
	CHECK_F(54, f10, 0xffffffff00000000)
	CHECK_FLAGS(55, 0x0)
	/* fcvt.s.w 0x1 rm=rmm frm=None */
	li a1, 0x1; fcvt.s.w f10, a1, rmm
	CHECK_F(56, f10, 0xffffffff3f800000)
	CHECK_FLAGS(57, 0x0)
	/* fcvt.s.w 0xffffffffffffffff rm=rmm frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.w f10, a1, rmm
	CHECK_F(58, f10, 0xffffffffbf800000)
	CHECK_FLAGS(59, 0x0)
	/* fcvt.s.w 0x7fffffff rm=rmm frm=None */
	li a1, 0x7fffffff; fcvt.s.w f10, a1, rmm
	CHECK_F(60, f10, 0xffffffff4f000000)
	CHECK_FLAGS(61, 0x1)
	/* fcvt.s.w 0x80000000 rm=rmm frm=None */
	li a1, 0x80000000; fcvt.s.w f10, a1, rmm
	CHECK_F(62, f10, 0xffffffffcf000000)
	CHECK_FLAGS(63, 0x0)
	/* fcvt.s.w 0xffffffff80000000 rm=rmm frm=None */
	li a1, 0xffffffff80000000; fcvt.s.w f10, a1, rmm
	CHECK_F(64, f10, 0xffffffffcf000000)
	CHECK_FLAGS(65, 0x0)
	/* fcvt.s.w 0xffffffff rm=rmm frm=None */
	li a1, 0xffffffff; fcvt.s.w f10, a1, rmm
	CHECK_F(66, f10, 0xffffffffbf800000)
	CHECK_FLAGS(67, 0x0)
	/* fcvt.s.w 0x1000001 rm=rmm frm=None */
	li a1, 0x1000001; fcvt.s.w f10, a1, rmm
	CHECK_F(68, f10, 0xffffffff4b800001)
	CHECK_FLAGS(69, 0x1)
	/* fcvt.s.w 0xfffffffffeffffff rm=rmm frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.w f10, a1, rmm
	CHECK_F(70, f10, 0xffffffffcb800001)
	CHECK_FLAGS(71, 0x1)
	/* fcvt.s.w 0x7fffffffffffffff rm=rmm frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.w f10, a1, rmm
	CHECK_F(72, f10, 0xffffffffbf800000)
	CHECK_FLAGS(73, 0x0)
	/* fcvt.s.w 0x8000000000000000 rm=rmm frm=None */
	li a1, 0x8000000000000000; fcvt.s.w f10, a1, rmm
	CHECK_F(74, f10, 0xffffffff00000000)
	CHECK_FLAGS(75, 0x0)
	/* fcvt.s.w 0x20000001 rm=rmm frm=None */
	li a1, 0x20000001; fcvt.s.w f10, a1, rmm
	CHECK_F(76, f10, 0xffffffff4e000000)
	CHECK_FLAGS(77, 0x1)
	/* fcvt.s.w 0x123456789abcdef rm=rmm frm=None */
	li a1, 0x123456789abcdef; fcvt.s.w f10, a1, rmm
	CHECK_F(78, f10, 0xffffffffceeca864)
	CHECK_FLAGS(79, 0x1)
	/* fcvt.s.w 0xfffffffffffffffd rm=rmm frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.w f10, a1, rmm
	CHECK_F(80, f10, 0xffffffffc0400000)
	CHECK_FLAGS(81, 0x0)
	/* fcvt.s.w 0x100000001 rm=rmm frm=None */
	li a1, 0x100000001; fcvt.s.w f10, a1, rmm
	CHECK_F(82, f10, 0xffffffff3f800000)
	CHECK_FLAGS(83, 0x0)
	/* fcvt.s.w 0x7ffffffffffffc00 rm=rmm frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.w f10, a1, rmm
	CHECK_F(84, f10, 0xffffffffc4800000)
	CHECK_FLAGS(85, 0x0)
	/* fcvt.s.w 0x7ffffffffffffe00 rm=rmm frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.w f10, a1, rmm
	CHECK_F(86, f10, 0xffffffffc4000000)
	CHECK_FLAGS(87, 0x0)
	/* fcvt.s.w 0x7ffffffffffffa01 rm=rmm frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.w f10, a1, rmm
	CHECK_F(88, f10, 0xffffffffc4bfe000)
	CHECK_FLAGS(89, 0x0)
	/* fcvt.s.w 0xffffffff01000001 rm=rmm frm=None */
	li a1, 0xffffffff01000001; fcvt.s.w f10, a1, rmm
	CHECK_F(90, f10, 0xffffffff4b800001)
	CHECK_FLAGS(91, 0x1)
	/* fcvt.s.w 0x2000003 rm=rmm frm=None */
	li a1, 0x2000003; fcvt.s.w f10, a1, rmm
	CHECK_F(92, f10, 0xffffffff4c000001)
	CHECK_FLAGS(93, 0x1)
	/* fcvt.s.w 0xffffff7f rm=rmm frm=None */
	li a1, 0xffffff7f; fcvt.s.w f10, a1, rmm
	CHECK_F(94, f10, 0xffffffffc3010000)
	CHECK_FLAGS(95, 0x0)
	/* fcvt.s.w 0x1000001 rm=None frm=0 */
	li a1, 0x1000001; fsrmi 0; fcvt.s.w f10, a1
	CHECK_F(96, f10, 0xffffffff4b800000)
	CHECK_FLAGS(97, 0x1)
	/* fcvt.s.w 0x1000001 rm=None frm=1 */
	li a1, 0x1000001; fsrmi 1; fcvt.s.w f10, a1
	CHECK_F(98, f10, 0xffffffff4b800000)
	CHECK_FLAGS(99, 0x1)
	/* fcvt.s.w 0x1000001 rm=None frm=2 */
	li a1, 0x1000001; fsrmi 2; fcvt.s.w f10, a1
	CHECK_F(100, f10, 0xffffffff4b800000)
	CHECK_FLAGS(101, 0x1)
	/* fcvt.s.w 0x1000001 rm=None frm=3 */
	li a1, 0x1000001; fsrmi 3; fcvt.s.w f10, a1
	CHECK_F(102, f10, 0xffffffff4b800001)
	CHECK_FLAGS(103, 0x1)
	/* fcvt.s.w 0x1000001 rm=None frm=4 */
	li a1, 0x1000001; fsrmi 4; fcvt.s.w f10, a1
	CHECK_F(104, f10, 0xffffffff4b800001)
	CHECK_FLAGS(105, 0x1)
	/* fcvt.s.wu 0x0 rm=rne frm=None */
	li a1, 0x0; fcvt.s.wu f10, a1, rne
	CHECK_F(106, f10, 0xffffffff00000000)
	CHECK_FLAGS(107, 0x0)
	/* fcvt.s.wu 0x1 rm=rne frm=None */
	li a1, 0x1; fcvt.s.wu f10, a1, rne
	CHECK_F(108, f10, 0xffffffff3f800000)
	CHECK_FLAGS(109, 0x0)
	/* fcvt.s.wu 0xffffffffffffffff rm=rne frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.wu f10, a1, rne
	CHECK_F(110, f10, 0xffffffff4f800000)
	CHECK_FLAGS(111, 0x1)
	/* fcvt.s.wu 0x7fffffff rm=rne frm=None */
	li a1, 0x7fffffff; fcvt.s.wu f10, a1, rne
	CHECK_F(112, f10, 0xffffffff4f000000)
	CHECK_FLAGS(113, 0x1)
	/* fcvt.s.wu 0x80000000 rm=rne frm=None */
	li a1, 0x80000000; fcvt.s.wu f10, a1, rne
	CHECK_F(114, f10, 0xffffffff4f000000)
	CHECK_FLAGS(115, 0x0)
	/* fcvt.s.wu 0xffffffff80000000 rm=rne frm=None */
	li a1, 0xffffffff80000000; fcvt.s.wu f10, a1, rne
	CHECK_F(116, f10, 0xffffffff4f000000)
	CHECK_FLAGS(117, 0x0)
	/* fcvt.s.wu 0xffffffff rm=rne frm=None */
	li a1, 0xffffffff; fcvt.s.wu f10, a1, rne
	CHECK_F(118, f10, 0xffffffff4f800000)
	CHECK_FLAGS(119, 0x1)
	/* fcvt.s.wu 0x1000001 rm=rne frm=None */
	li a1, 0x1000001; fcvt.s.wu f10, a1, rne
	CHECK_F(120, f10, 0xffffffff4b800000)
	CHECK_FLAGS(121, 0x1)
	/* fcvt.s.wu 0xfffffffffeffffff rm=rne frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.wu f10, a1, rne
	CHECK_F(122, f10, 0xffffffff4f7f0000)
	CHECK_FLAGS(123, 0x1)
	/* fcvt.s.wu 0x7fffffffffffffff rm=rne frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.wu f10, a1, rne
	CHECK_F(124, f10, 0xffffffff4f800000)
	CHECK_FLAGS(125, 0x1)
	/* fcvt.s.wu 0x8000000000000000 rm=rne frm=None */
	li a1, 0x8000000000000000; fcvt.s.wu f10, a1, rne
	CHECK_F(126, f10, 0xffffffff00000000)
	CHECK_FLAGS(127, 0x0)
	/* fcvt.s.wu 0x20000001 rm=rne frm=None */
	li a1, 0x20000001; fcvt.s.wu f10, a1, rne
	CHECK_F(128, f10, 0xffffffff4e000000)
	CHECK_FLAGS(129, 0x1)
	/* fcvt.s.wu 0x123456789abcdef rm=rne frm=None */
	li a1, 0x123456789abcdef; fcvt.s.wu f10, a1, rne
	CHECK_F(130, f10, 0xffffffff4f09abce)
	CHECK_FLAGS(131, 0x1)
	/* fcvt.s.wu 0xfffffffffffffffd rm=rne frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.wu f10, a1, rne
	CHECK_F(132, f10, 0xffffffff4f800000)
	CHECK_FLAGS(133, 0x1)
	/* fcvt.s.wu 0x100000001 rm=rne frm=None */
	li a1, 0x100000001; fcvt.s.wu f10, a1, rne
	CHECK_F(134, f10, 0xffffffff3f800000)
	CHECK_FLAGS(135, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffc00 rm=rne frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.wu f10, a1, rne
	CHECK_F(136, f10, 0xffffffff4f7ffffc)
	CHECK_FLAGS(137, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffe00 rm=rne frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.wu f10, a1, rne
	CHECK_F(138, f10, 0xffffffff4f7ffffe)
	CHECK_FLAGS(139, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffa01 rm=rne frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.wu f10, a1, rne
	CHECK_F(140, f10, 0xffffffff4f7ffffa)
	CHECK_FLAGS(141, 0x1)
	/* fcvt.s.wu 0xffffffff01000001 rm=rne frm=None */
	li a1, 0xffffffff01000001; fcvt.s.wu f10, a1, rne
	CHECK_F(142, f10, 0xffffffff4b800000)
	CHECK_FLAGS(143, 0x1)
	/* fcvt.s.wu 0x2000003 rm=rne frm=None */
	li a1, 0x2000003; fcvt.s.wu f10, a1, rne
	CHECK_F(144, f10, 0xffffffff4c000001)
	CHECK_FLAGS(145, 0x1)
	/* fcvt.s.wu 0xffffff7f rm=rne frm=None */
	li a1, 0xffffff7f; fcvt.s.wu f10, a1, rne
	CHECK_F(146, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(147, 0x1)
	/* fcvt.s.wu 0x0 rm=rtz frm=None */
	li a1, 0x0; fcvt.s.wu f10, a1, rtz
	CHECK_F(148, f10, 0xffffffff00000000)
	CHECK_FLAGS(149, 0x0)
	/* fcvt.s.wu 0x1 rm=rtz frm=None */
	li a1, 0x1; fcvt.s.wu f10, a1, rtz
	CHECK_F(150, f10, 0xffffffff3f800000)
	CHECK_FLAGS(151, 0x0)
	/* fcvt.s.wu 0xffffffffffffffff rm=rtz frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.wu f10, a1, rtz
	CHECK_F(152, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(153, 0x1)
	/* fcvt.s.wu 0x7fffffff rm=rtz frm=None */
	li a1, 0x7fffffff; fcvt.s.wu f10, a1, rtz
	CHECK_F(154, f10, 0xffffffff4effffff)
	CHECK_FLAGS(155, 0x1)
	/* fcvt.s.wu 0x80000000 rm=rtz frm=None */
	li a1, 0x80000000; fcvt.s.wu f10, a1, rtz
	CHECK_F(156, f10, 0xffffffff4f000000)
	CHECK_FLAGS(157, 0x0)
	/* fcvt.s.wu 0xffffffff80000000 rm=rtz frm=None */
	li a1, 0xffffffff80000000; fcvt.s.wu f10, a1, rtz
	CHECK_F(158, f10, 0xffffffff4f000000)
	CHECK_FLAGS(159, 0x0)
	/* fcvt.s.wu 0xffffffff rm=rtz frm=None */
	li a1, 0xffffffff; fcvt.s.wu f10, a1, rtz
	CHECK_F(160, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(161, 0x1)
	/* fcvt.s.wu 0x1000001 rm=rtz frm=None */
	li a1, 0x1000001; fcvt.s.wu f10, a1, rtz
	CHECK_F(162, f10, 0xffffffff4b800000)
	CHECK_FLAGS(163, 0x1)
	/* fcvt.s.wu 0xfffffffffeffffff rm=rtz frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.wu f10, a1, rtz
	CHECK_F(164, f10, 0xffffffff4f7effff)
	CHECK_FLAGS(165, 0x1)
	/* fcvt.s.wu 0x7fffffffffffffff rm=rtz frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.wu f10, a1, rtz
	CHECK_F(166, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(167, 0x1)
	/* fcvt.s.wu 0x8000000000000000 rm=rtz frm=None */
	li a1, 0x8000000000000000; fcvt.s.wu f10, a1, rtz
	CHECK_F(168, f10, 0xffffffff00000000)
	CHECK_FLAGS(169, 0x0)
	/* fcvt.s.wu 0x20000001 rm=rtz frm=None */
	li a1, 0x20000001; fcvt.s.wu f10, a1, rtz
	CHECK_F(170, f10, 0xffffffff4e000000)
	CHECK_FLAGS(171, 0x1)
	/* fcvt.s.wu 0x123456789abcdef rm=rtz frm=None */
	li a1, 0x123456789abcdef; fcvt.s.wu f10, a1, rtz
	CHECK_F(172, f10, 0xffffffff4f09abcd)
	CHECK_FLAGS(173, 0x1)
	/* fcvt.s.wu 0xfffffffffffffffd rm=rtz frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.wu f10, a1, rtz
	CHECK_F(174, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(175, 0x1)
	/* fcvt.s.wu 0x100000001 rm=rtz frm=None */
	li a1, 0x100000001; fcvt.s.wu f10, a1, rtz
	CHECK_F(176, f10, 0xffffffff3f800000)
	CHECK_FLAGS(177, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffc00 rm=rtz frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.wu f10, a1, rtz
	CHECK_F(178, f10, 0xffffffff4f7ffffc)
	CHECK_FLAGS(179, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffe00 rm=rtz frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.wu f10, a1, rtz
	CHECK_F(180, f10, 0xffffffff4f7ffffe)
	CHECK_FLAGS(181, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffa01 rm=rtz frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.wu f10, a1, rtz
	CHECK_F(182, f10, 0xffffffff4f7ffffa)
	CHECK_FLAGS(183, 0x1)
	/* fcvt.s.wu 0xffffffff01000001 rm=rtz frm=None */
	li a1, 0xffffffff01000001; fcvt.s.wu f10, a1, rtz
	CHECK_F(184, f10, 0xffffffff4b800000)
	CHECK_FLAGS(185, 0x1)
	/* fcvt.s.wu 0x2000003 rm=rtz frm=None */
	li a1, 0x2000003; fcvt.s.wu f10, a1, rtz
	CHECK_F(186, f10, 0xffffffff4c000000)
	CHECK_FLAGS(187, 0x1)
	/* fcvt.s.wu 0xffffff7f rm=rtz frm=None */
	li a1, 0xffffff7f; fcvt.s.wu f10, a1, rtz
	CHECK_F(188, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(189, 0x1)
	/* fcvt.s.wu 0x0 rm=rdn frm=None */
	li a1, 0x0; fcvt.s.wu f10, a1, rdn
	CHECK_F(190, f10, 0xffffffff00000000)
	CHECK_FLAGS(191, 0x0)
	/* fcvt.s.wu 0x1 rm=rdn frm=None */
	li a1, 0x1; fcvt.s.wu f10, a1, rdn
	CHECK_F(192, f10, 0xffffffff3f800000)
	CHECK_FLAGS(193, 0x0)
	/* fcvt.s.wu 0xffffffffffffffff rm=rdn frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.wu f10, a1, rdn
	CHECK_F(194, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(195, 0x1)
	/* fcvt.s.wu 0x7fffffff rm=rdn frm=None */
	li a1, 0x7fffffff; fcvt.s.wu f10, a1, rdn
	CHECK_F(196, f10, 0xffffffff4effffff)
	CHECK_FLAGS(197, 0x1)
	/* fcvt.s.wu 0x80000000 rm=rdn frm=None */
	li a1, 0x80000000; fcvt.s.wu f10, a1, rdn
	CHECK_F(198, f10, 0xffffffff4f000000)
	CHECK_FLAGS(199, 0x0)
	/* fcvt.s.wu 0xffffffff80000000 rm=rdn frm=None */
	li a1, 0xffffffff80000000; fcvt.s.wu f10, a1, rdn
	CHECK_F(200, f10, 0xffffffff4f000000)
	CHECK_FLAGS(201, 0x0)
	/* fcvt.s.wu 0xffffffff rm=rdn frm=None */
	li a1, 0xffffffff; fcvt.s.wu f10, a1, rdn
	CHECK_F(202, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(203, 0x1)
	/* fcvt.s.wu 0x1000001 rm=rdn frm=None */
	li a1, 0x1000001; fcvt.s.wu f10, a1, rdn
	CHECK_F(204, f10, 0xffffffff4b800000)
	CHECK_FLAGS(205, 0x1)
	/* fcvt.s.wu 0xfffffffffeffffff rm=rdn frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.wu f10, a1, rdn
	CHECK_F(206, f10, 0xffffffff4f7effff)
	CHECK_FLAGS(207, 0x1)
	/* fcvt.s.wu 0x7fffffffffffffff rm=rdn frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.wu f10, a1, rdn
	CHECK_F(208, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(209, 0x1)
	/* fcvt.s.wu 0x8000000000000000 rm=rdn frm=None */
	li a1, 0x8000000000000000; fcvt.s.wu f10, a1, rdn
	CHECK_F(210, f10, 0xffffffff00000000)
	CHECK_FLAGS(211, 0x0)
	/* fcvt.s.wu 0x20000001 rm=rdn frm=None */
	li a1, 0x20000001; fcvt.s.wu f10, a1, rdn
	CHECK_F(212, f10, 0xffffffff4e000000)
	CHECK_FLAGS(213, 0x1)
	/* fcvt.s.wu 0x123456789abcdef rm=rdn frm=None */
	li a1, 0x123456789abcdef; fcvt.s.wu f10, a1, rdn
	CHECK_F(214, f10, 0xffffffff4f09abcd)
	CHECK_FLAGS(215, 0x1)
	/* fcvt.s.wu 0xfffffffffffffffd rm=rdn frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.wu f10, a1, rdn
	CHECK_F(216, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(217, 0x1)
	/* fcvt.s.wu 0x100000001 rm=rdn frm=None */
	li a1, 0x100000001; fcvt.s.wu f10, a1, rdn
	CHECK_F(218, f10, 0xffffffff3f800000)
	CHECK_FLAGS(219, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffc00 rm=rdn frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.wu f10, a1, rdn
	CHECK_F(220, f10, 0xffffffff4f7ffffc)
	CHECK_FLAGS(221, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffe00 rm=rdn frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.wu f10, a1, rdn
	CHECK_F(222, f10, 0xffffffff4f7ffffe)
	CHECK_FLAGS(223, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffa01 rm=rdn frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.wu f10, a1, rdn
	CHECK_F(224, f10, 0xffffffff4f7ffffa)
	CHECK_FLAGS(225, 0x1)
	/* fcvt.s.wu 0xffffffff01000001 rm=rdn frm=None */
	li a1, 0xffffffff01000001; fcvt.s.wu f10, a1, rdn
	CHECK_F(226, f10, 0xffffffff4b800000)
	CHECK_FLAGS(227, 0x1)
	/* fcvt.s.wu 0x2000003 rm=rdn frm=None */
	li a1, 0x2000003; fcvt.s.wu f10, a1, rdn
	CHECK_F(228, f10, 0xffffffff4c000000)
	CHECK_FLAGS(229, 0x1)
	/* fcvt.s.wu 0xffffff7f rm=rdn frm=None */
	li a1, 0xffffff7f; fcvt.s.wu f10, a1, rdn
	CHECK_F(230, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(231, 0x1)
	/* fcvt.s.wu 0x0 rm=rup frm=None */
	li a1, 0x0; fcvt.s.wu f10, a1, rup
	CHECK_F(232, f10, 0xffffffff00000000)
	CHECK_FLAGS(233, 0x0)
	/* fcvt.s.wu 0x1 rm=rup frm=None */
	li a1, 0x1; fcvt.s.wu f10, a1, rup
	CHECK_F(234, f10, 0xffffffff3f800000)
	CHECK_FLAGS(235, 0x0)
	/* fcvt.s.wu 0xffffffffffffffff rm=rup frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.wu f10, a1, rup
	CHECK_F(236, f10, 0xffffffff4f800000)
	CHECK_FLAGS(237, 0x1)
	/* fcvt.s.wu 0x7fffffff rm=rup frm=None */
	li a1, 0x7fffffff; fcvt.s.wu f10, a1, rup
	CHECK_F(238, f10, 0xffffffff4f000000)
	CHECK_FLAGS(239, 0x1)
	/* fcvt.s.wu 0x80000000 rm=rup frm=None */
	li a1, 0x80000000; fcvt.s.wu f10, a1, rup
	CHECK_F(240, f10, 0xffffffff4f000000)
	CHECK_FLAGS(241, 0x0)
	/* fcvt.s.wu 0xffffffff80000000 rm=rup frm=None */
	li a1, 0xffffffff80000000; fcvt.s.wu f10, a1, rup
	CHECK_F(242, f10, 0xffffffff4f000000)
	CHECK_FLAGS(243, 0x0)
	/* fcvt.s.wu 0xffffffff rm=rup frm=None */
	li a1, 0xffffffff; fcvt.s.wu f10, a1, rup
	CHECK_F(244, f10, 0xffffffff4f800000)
	CHECK_FLAGS(245, 0x1)
	/* fcvt.s.wu 0x1000001 rm=rup frm=None */
	li a1, 0x1000001; fcvt.s.wu f10, a1, rup
	CHECK_F(246, f10, 0xffffffff4b800001)
	CHECK_FLAGS(247, 0x1)
	/* fcvt.s.wu 0xfffffffffeffffff rm=rup frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.wu f10, a1, rup
	CHECK_F(248, f10, 0xffffffff4f7f0000)
	CHECK_FLAGS(249, 0x1)
	/* fcvt.s.wu 0x7fffffffffffffff rm=rup frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.wu f10, a1, rup
	CHECK_F(250, f10, 0xffffffff4f800000)
	CHECK_FLAGS(251, 0x1)
	/* fcvt.s.wu 0x8000000000000000 rm=rup frm=None */
	li a1, 0x8000000000000000; fcvt.s.wu f10, a1, rup
	CHECK_F(252, f10, 0xffffffff00000000)
	CHECK_FLAGS(253, 0x0)
	/* fcvt.s.wu 0x20000001 rm=rup frm=None */
	li a1, 0x20000001; fcvt.s.wu f10, a1, rup
	CHECK_F(254, f10, 0xffffffff4e000001)
	CHECK_FLAGS(255, 0x1)
	/* fcvt.s.wu 0x123456789abcdef rm=rup frm=None */
	li a1, 0x123456789abcdef; fcvt.s.wu f10, a1, rup
	CHECK_F(1, f10, 0xffffffff4f09abce)
	CHECK_FLAGS(2, 0x1)
	/* fcvt.s.wu 0xfffffffffffffffd rm=rup frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.wu f10, a1, rup
	CHECK_F(3, f10, 0xffffffff4f800000)
	CHECK_FLAGS(4, 0x1)
	/* fcvt.s.wu 0x100000001 rm=rup frm=None */
	li a1, 0x100000001; fcvt.s.wu f10, a1, rup
	CHECK_F(5, f10, 0xffffffff3f800000)
	CHECK_FLAGS(6, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffc00 rm=rup frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.wu f10, a1, rup
	CHECK_F(7, f10, 0xffffffff4f7ffffc)
	CHECK_FLAGS(8, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffe00 rm=rup frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.wu f10, a1, rup
	CHECK_F(9, f10, 0xffffffff4f7ffffe)
	CHECK_FLAGS(10, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffa01 rm=rup frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.wu f10, a1, rup
	CHECK_F(11, f10, 0xffffffff4f7ffffb)
	CHECK_FLAGS(12, 0x1)
	/* fcvt.s.wu 0xffffffff01000001 rm=rup frm=None */
	li a1, 0xffffffff01000001; fcvt.s.wu f10, a1, rup
	CHECK_F(13, f10, 0xffffffff4b800001)
	CHECK_FLAGS(14, 0x1)
	/* fcvt.s.wu 0x2000003 rm=rup frm=None */
	li a1, 0x2000003; fcvt.s.wu f10, a1, rup
	CHECK_F(15, f10, 0xffffffff4c000001)
	CHECK_FLAGS(16, 0x1)
	/* fcvt.s.wu 0xffffff7f rm=rup frm=None */
	li a1, 0xffffff7f; fcvt.s.wu f10, a1, rup
	CHECK_F(17, f10, 0xffffffff4f800000)
	CHECK_FLAGS(18, 0x1)
	/* fcvt.s.wu 0x0 rm=rmm frm=None */
	li a1, 0x0; fcvt.s.wu f10, a1, rmm
	CHECK_F(19, f10, 0xffffffff00000000)
	CHECK_FLAGS(20, 0x0)
	/* fcvt.s.wu 0x1 rm=rmm frm=None */
	li a1, 0x1; fcvt.s.wu f10, a1, rmm
	CHECK_F(21, f10, 0xffffffff3f800000)
	CHECK_FLAGS(22, 0x0)
	/* fcvt.s.wu 0xffffffffffffffff rm=rmm frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.wu f10, a1, rmm
	CHECK_F(23, f10, 0xffffffff4f800000)
	CHECK_FLAGS(24, 0x1)
	/* fcvt.s.wu 0x7fffffff rm=rmm frm=None */
	li a1, 0x7fffffff; fcvt.s.wu f10, a1, rmm
	CHECK_F(25, f10, 0xffffffff4f000000)
	CHECK_FLAGS(26, 0x1)
	/* fcvt.s.wu 0x80000000 rm=rmm frm=None */
	li a1, 0x80000000; fcvt.s.wu f10, a1, rmm
	CHECK_F(27, f10, 0xffffffff4f000000)
	CHECK_FLAGS(28, 0x0)
	/* fcvt.s.wu 0xffffffff80000000 rm=rmm frm=None */
	li a1, 0xffffffff80000000; fcvt.s.wu f10, a1, rmm
	CHECK_F(29, f10, 0xffffffff4f000000)
	CHECK_FLAGS(30, 0x0)
	/* fcvt.s.wu 0xffffffff rm=rmm frm=None */
	li a1, 0xffffffff; fcvt.s.wu f10, a1, rmm
	CHECK_F(31, f10, 0xffffffff4f800000)
	CHECK_FLAGS(32, 0x1)
	/* fcvt.s.wu 0x1000001 rm=rmm frm=None */
	li a1, 0x1000001; fcvt.s.wu f10, a1, rmm
	CHECK_F(33, f10, 0xffffffff4b800001)
	CHECK_FLAGS(34, 0x1)
	/* fcvt.s.wu 0xfffffffffeffffff rm=rmm frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.wu f10, a1, rmm
	CHECK_F(35, f10, 0xffffffff4f7f0000)
	CHECK_FLAGS(36, 0x1)
	/* fcvt.s.wu 0x7fffffffffffffff rm=rmm frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.wu f10, a1, rmm
	CHECK_F(37, f10, 0xffffffff4f800000)
	CHECK_FLAGS(38, 0x1)
	/* fcvt.s.wu 0x8000000000000000 rm=rmm frm=None */
	li a1, 0x8000000000000000; fcvt.s.wu f10, a1, rmm
	CHECK_F(39, f10, 0xffffffff00000000)
	CHECK_FLAGS(40, 0x0)
	/* fcvt.s.wu 0x20000001 rm=rmm frm=None */
	li a1, 0x20000001; fcvt.s.wu f10, a1, rmm
	CHECK_F(41, f10, 0xffffffff4e000000)
	CHECK_FLAGS(42, 0x1)
	/* fcvt.s.wu 0x123456789abcdef rm=rmm frm=None */
	li a1, 0x123456789abcdef; fcvt.s.wu f10, a1, rmm
	CHECK_F(43, f10, 0xffffffff4f09abce)
	CHECK_FLAGS(44, 0x1)
	/* fcvt.s.wu 0xfffffffffffffffd rm=rmm frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.wu f10, a1, rmm
	CHECK_F(45, f10, 0xffffffff4f800000)
	CHECK_FLAGS(46, 0x1)
	/* fcvt.s.wu 0x100000001 rm=rmm frm=None */
	li a1, 0x100000001; fcvt.s.wu f10, a1, rmm
	CHECK_F(47, f10, 0xffffffff3f800000)
	CHECK_FLAGS(48, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffc00 rm=rmm frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.wu f10, a1, rmm
	CHECK_F(49, f10, 0xffffffff4f7ffffc)
	CHECK_FLAGS(50, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffe00 rm=rmm frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.wu f10, a1, rmm
	CHECK_F(51, f10, 0xffffffff4f7ffffe)
	CHECK_FLAGS(52, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffa01 rm=rmm frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.wu f10, a1, rmm
	CHECK_F(53, f10, 0xffffffff4f7ffffa)
	CHECK_FLAGS(54, 0x1)
	/* fcvt.s.wu 0xffffffff01000001 rm=rmm frm=None */
	li a1, 0xffffffff01000001; fcvt.s.wu f10, a1, rmm
	CHECK_F(55, f10, 0xffffffff4b800001)
	CHECK_FLAGS(56, 0x1)
	/* fcvt.s.wu 0x2000003 rm=rmm frm=None */
	li a1, 0x2000003; fcvt.s.wu f10, a1, rmm
	CHECK_F(57, f10, 0xffffffff4c000001)
	CHECK_FLAGS(58, 0x1)
	/* fcvt.s.wu 0xffffff7f rm=rmm frm=None */
	li a1, 0xffffff7f; fcvt.s.wu f10, a1, rmm
	CHECK_F(59, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(60, 0x1)
	/* fcvt.s.wu 0x1000001 rm=None frm=0 */
	li a1, 0x1000001; fsrmi 0; fcvt.s.wu f10, a1
	CHECK_F(61, f10, 0xffffffff4b800000)
	CHECK_FLAGS(62, 0x1)
	/* fcvt.s.wu 0x1000001 rm=None frm=1 */
	li a1, 0x1000001; fsrmi 1; fcvt.s.wu f10, a1
	CHECK_F(63, f10, 0xffffffff4b800000)
	CHECK_FLAGS(64, 0x1)
	/* fcvt.s.wu 0x1000001 rm=None frm=2 */
	li a1, 0x1000001; fsrmi 2; fcvt.s.wu f10, a1
	CHECK_F(65, f10, 0xffffffff4b800000)
	CHECK_FLAGS(66, 0x1)
	/* fcvt.s.wu 0x1000001 rm=None frm=3 */
	li a1, 0x1000001; fsrmi 3; fcvt.s.wu f10, a1
	CHECK_F(67, f10, 0xffffffff4b800001)
	CHECK_FLAGS(68, 0x1)
	/* fcvt.s.wu 0x1000001 rm=None frm=4 */
	li a1, 0x1000001; fsrmi 4; fcvt.s.wu f10, a1
	CHECK_F(69, f10, 0xffffffff4b800001)
	CHECK_FLAGS(70, 0x1)
	/* fcvt.s.l 0x0 rm=rne frm=None */
	li a1, 0x0; fcvt.s.l f10, a1, rne
	CHECK_F(71, f10, 0xffffffff00000000)
	CHECK_FLAGS(72, 0x0)
	/* fcvt.s.l 0x1 rm=rne frm=None */
	li a1, 0x1; fcvt.s.l f10, a1, rne
	CHECK_F(73, f10, 0xffffffff3f800000)
	CHECK_FLAGS(74, 0x0)
	/* fcvt.s.l 0xffffffffffffffff rm=rne frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.l f10, a1, rne
	CHECK_F(75, f10, 0xffffffffbf800000)
	CHECK_FLAGS(76, 0x0)
	/* fcvt.s.l 0x7fffffff rm=rne frm=None */
	li a1, 0x7fffffff; fcvt.s.l f10, a1, rne
	CHECK_F(77, f10, 0xffffffff4f000000)
	CHECK_FLAGS(78, 0x1)
	/* fcvt.s.l 0x80000000 rm=rne frm=None */
	li a1, 0x80000000; fcvt.s.l f10, a1, rne
	CHECK_F(79, f10, 0xffffffff4f000000)
	CHECK_FLAGS(80, 0x0)
	/* fcvt.s.l 0xffffffff80000000 rm=rne frm=None */
	li a1, 0xffffffff80000000; fcvt.s.l f10, a1, rne
	CHECK_F(81, f10, 0xffffffffcf000000)
	CHECK_FLAGS(82, 0x0)
	/* fcvt.s.l 0xffffffff rm=rne frm=None */
	li a1, 0xffffffff; fcvt.s.l f10, a1, rne
	CHECK_F(83, f10, 0xffffffff4f800000)
	CHECK_FLAGS(84, 0x1)
	/* fcvt.s.l 0x1000001 rm=rne frm=None */
	li a1, 0x1000001; fcvt.s.l f10, a1, rne
	CHECK_F(85, f10, 0xffffffff4b800000)
	CHECK_FLAGS(86, 0x1)
	/* fcvt.s.l 0xfffffffffeffffff rm=rne frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.l f10, a1, rne
	CHECK_F(87, f10, 0xffffffffcb800000)
	CHECK_FLAGS(88, 0x1)
	/* fcvt.s.l 0x7fffffffffffffff rm=rne frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.l f10, a1, rne
	CHECK_F(89, f10, 0xffffffff5f000000)
	CHECK_FLAGS(90, 0x1)
	/* fcvt.s.l 0x8000000000000000 rm=rne frm=None */
	li a1, 0x8000000000000000; fcvt.s.l f10, a1, rne
	CHECK_F(91, f10, 0xffffffffdf000000)
	CHECK_FLAGS(92, 0x0)
	/* fcvt.s.l 0x20000001 rm=rne frm=None */
	li a1, 0x20000001; fcvt.s.l f10, a1, rne
	CHECK_F(93, f10, 0xffffffff4e000000)
	CHECK_FLAGS(94, 0x1)
	/* fcvt.s.l 0x123456789abcdef rm=rne frm=None */
	li a1, 0x123456789abcdef; fcvt.s.l f10, a1, rne
	CHECK_F(95, f10, 0xffffffff5b91a2b4)
	CHECK_FLAGS(96, 0x1)
	/* fcvt.s.l 0xfffffffffffffffd rm=rne frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.l f10, a1, rne
	CHECK_F(97, f10, 0xffffffffc0400000)
	CHECK_FLAGS(98, 0x0)
	/* fcvt.s.l 0x100000001 rm=rne frm=None */
	li a1, 0x100000001; fcvt.s.l f10, a1, rne
	CHECK_F(99, f10, 0xffffffff4f800000)
	CHECK_FLAGS(100, 0x1)
	/* fcvt.s.l 0x7ffffffffffffc00 rm=rne frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.l f10, a1, rne
	CHECK_F(101, f10, 0xffffffff5f000000)
	CHECK_FLAGS(102, 0x1)
	/* fcvt.s.l 0x7ffffffffffffe00 rm=rne frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.l f10, a1, rne
	CHECK_F(103, f10, 0xffffffff5f000000)
	CHECK_FLAGS(104, 0x1)
	/* fcvt.s.l 0x7ffffffffffffa01 rm=rne frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.l f10, a1, rne
	CHECK_F(105, f10, 0xffffffff5f000000)
	CHECK_FLAGS(106, 0x1)
	/* fcvt.s.l 0xffffffff01000001 rm=rne frm=None */
	li a1, 0xffffffff01000001; fcvt.s.l f10, a1, rne
	CHECK_F(107, f10, 0xffffffffcf7f0000)
	CHECK_FLAGS(108, 0x1)
	/* fcvt.s.l 0x2000003 rm=rne frm=None */
	li a1, 0x2000003; fcvt.s.l f10, a1, rne
	CHECK_F(109, f10, 0xffffffff4c000001)
	CHECK_FLAGS(110, 0x1)
	/* fcvt.s.l 0xffffff7f rm=rne frm=None */
	li a1, 0xffffff7f; fcvt.s.l f10, a1, rne
	CHECK_F(111, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(112, 0x1)
	/* fcvt.s.l 0x0 rm=rtz frm=None */
	li a1, 0x0; fcvt.s.l f10, a1, rtz
	CHECK_F(113, f10, 0xffffffff00000000)
	CHECK_FLAGS(114, 0x0)
	/* fcvt.s.l 0x1 rm=rtz frm=None */
	li a1, 0x1; fcvt.s.l f10, a1, rtz
	CHECK_F(115, f10, 0xffffffff3f800000)
	CHECK_FLAGS(116, 0x0)
	/* fcvt.s.l 0xffffffffffffffff rm=rtz frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.l f10, a1, rtz
	CHECK_F(117, f10, 0xffffffffbf800000)
	CHECK_FLAGS(118, 0x0)
	/* fcvt.s.l 0x7fffffff rm=rtz frm=None */
	li a1, 0x7fffffff; fcvt.s.l f10, a1, rtz
	CHECK_F(119, f10, 0xffffffff4effffff)
	CHECK_FLAGS(120, 0x1)
	/* fcvt.s.l 0x80000000 rm=rtz frm=None */
	li a1, 0x80000000; fcvt.s.l f10, a1, rtz
	CHECK_F(121, f10, 0xffffffff4f000000)
	CHECK_FLAGS(122, 0x0)
	/* fcvt.s.l 0xffffffff80000000 rm=rtz frm=None */
	li a1, 0xffffffff80000000; fcvt.s.l f10, a1, rtz
	CHECK_F(123, f10, 0xffffffffcf000000)
	CHECK_FLAGS(124, 0x0)
	/* fcvt.s.l 0xffffffff rm=rtz frm=None */
	li a1, 0xffffffff; fcvt.s.l f10, a1, rtz
	CHECK_F(125, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(126, 0x1)
	/* fcvt.s.l 0x1000001 rm=rtz frm=None */
	li a1, 0x1000001; fcvt.s.l f10, a1, rtz
	CHECK_F(127, f10, 0xffffffff4b800000)
	CHECK_FLAGS(128, 0x1)
	/* fcvt.s.l 0xfffffffffeffffff rm=rtz frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.l f10, a1, rtz
	CHECK_F(129, f10, 0xffffffffcb800000)
	CHECK_FLAGS(130, 0x1)
	/* fcvt.s.l 0x7fffffffffffffff rm=rtz frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.l f10, a1, rtz
	CHECK_F(131, f10, 0xffffffff5effffff)
	CHECK_FLAGS(132, 0x1)
	/* fcvt.s.l 0x8000000000000000 rm=rtz frm=None */
	li a1, 0x8000000000000000; fcvt.s.l f10, a1, rtz
	CHECK_F(133, f10, 0xffffffffdf000000)
	CHECK_FLAGS(134, 0x0)
	/* fcvt.s.l 0x20000001 rm=rtz frm=None */
	li a1, 0x20000001; fcvt.s.l f10, a1, rtz
	CHECK_F(135, f10, 0xffffffff4e000000)
	CHECK_FLAGS(136, 0x1)
	/* fcvt.s.l 0x123456789abcdef rm=rtz frm=None */
	li a1, 0x123456789abcdef; fcvt.s.l f10, a1, rtz
	CHECK_F(137, f10, 0xffffffff5b91a2b3)
	CHECK_FLAGS(138, 0x1)
	/* fcvt.s.l 0xfffffffffffffffd rm=rtz frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.l f10, a1, rtz
	CHECK_F(139, f10, 0xffffffffc0400000)
	CHECK_FLAGS(140, 0x0)
	/* fcvt.s.l 0x100000001 rm=rtz frm=None */
	li a1, 0x100000001; fcvt.s.l f10, a1, rtz
	CHECK_F(141, f10, 0xffffffff4f800000)
	CHECK_FLAGS(142, 0x1)
	/* fcvt.s.l 0x7ffffffffffffc00 rm=rtz frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.l f10, a1, rtz
	CHECK_F(143, f10, 0xffffffff5effffff)
	CHECK_FLAGS(144, 0x1)
	/* fcvt.s.l 0x7ffffffffffffe00 rm=rtz frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.l f10, a1, rtz
	CHECK_F(145, f10, 0xffffffff5effffff)
	CHECK_FLAGS(146, 0x1)
	/* fcvt.s.l 0x7ffffffffffffa01 rm=rtz frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.l f10, a1, rtz
	CHECK_F(147, f10, 0xffffffff5effffff)
	CHECK_FLAGS(148, 0x1)
	/* fcvt.s.l 0xffffffff01000001 rm=rtz frm=None */
	li a1, 0xffffffff01000001; fcvt.s.l f10, a1, rtz
	CHECK_F(149, f10, 0xffffffffcf7effff)
	CHECK_FLAGS(150, 0x1)
	/* fcvt.s.l 0x2000003 rm=rtz frm=None */
	li a1, 0x2000003; fcvt.s.l f10, a1, rtz
	CHECK_F(151, f10, 0xffffffff4c000000)
	CHECK_FLAGS(152, 0x1)
	/* fcvt.s.l 0xffffff7f rm=rtz frm=None */
	li a1, 0xffffff7f; fcvt.s.l f10, a1, rtz
	CHECK_F(153, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(154, 0x1)
	/* fcvt.s.l 0x0 rm=rdn frm=None */
	li a1, 0x0; fcvt.s.l f10, a1, rdn
	CHECK_F(155, f10, 0xffffffff00000000)
	CHECK_FLAGS(156, 0x0)
	/* fcvt.s.l 0x1 rm=rdn frm=None */
	li a1, 0x1; fcvt.s.l f10, a1, rdn
	CHECK_F(157, f10, 0xffffffff3f800000)
	CHECK_FLAGS(158, 0x0)
	/* fcvt.s.l 0xffffffffffffffff rm=rdn frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.l f10, a1, rdn
	CHECK_F(159, f10, 0xffffffffbf800000)
	CHECK_FLAGS(160, 0x0)
	/* fcvt.s.l 0x7fffffff rm=rdn frm=None */
	li a1, 0x7fffffff; fcvt.s.l f10, a1, rdn
	CHECK_F(161, f10, 0xffffffff4effffff)
	CHECK_FLAGS(162, 0x1)
	/* fcvt.s.l 0x80000000 rm=rdn frm=None */
	li a1, 0x80000000; fcvt.s.l f10, a1, rdn
	CHECK_F(163, f10, 0xffffffff4f000000)
	CHECK_FLAGS(164, 0x0)
	/* fcvt.s.l 0xffffffff80000000 rm=rdn frm=None */
	li a1, 0xffffffff80000000; fcvt.s.l f10, a1, rdn
	CHECK_F(165, f10, 0xffffffffcf000000)
	CHECK_FLAGS(166, 0x0)
	/* fcvt.s.l 0xffffffff rm=rdn frm=None */
	li a1, 0xffffffff; fcvt.s.l f10, a1, rdn
	CHECK_F(167, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(168, 0x1)
	/* fcvt.s.l 0x1000001 rm=rdn frm=None */
	li a1, 0x1000001; fcvt.s.l f10, a1, rdn
	CHECK_F(169, f10, 0xffffffff4b800000)
	CHECK_FLAGS(170, 0x1)
	/* fcvt.s.l 0xfffffffffeffffff rm=rdn frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.l f10, a1, rdn
	CHECK_F(171, f10, 0xffffffffcb800001)
	CHECK_FLAGS(172, 0x1)
	/* fcvt.s.l 0x7fffffffffffffff rm=rdn frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.l f10, a1, rdn
	CHECK_F(173, f10, 0xffffffff5effffff)
	CHECK_FLAGS(174, 0x1)
	/* fcvt.s.l 0x8000000000000000 rm=rdn frm=None */
	li a1, 0x8000000000000000; fcvt.s.l f10, a1, rdn
	CHECK_F(175, f10, 0xffffffffdf000000)
	CHECK_FLAGS(176, 0x0)
	/* fcvt.s.l 0x20000001 rm=rdn frm=None */
	li a1, 0x20000001; fcvt.s.l f10, a1, rdn
	CHECK_F(177, f10, 0xffffffff4e000000)
	CHECK_FLAGS(178, 0x1)
	/* fcvt.s.l 0x123456789abcdef rm=rdn frm=None */
	li a1, 0x123456789abcdef; fcvt.s.l f10, a1, rdn
	CHECK_F(179, f10, 0xffffffff5b91a2b3)
	CHECK_FLAGS(180, 0x1)
	/* fcvt.s.l 0xfffffffffffffffd rm=rdn frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.l f10, a1, rdn
	CHECK_F(181, f10, 0xffffffffc0400000)
	CHECK_FLAGS(182, 0x0)
	/* fcvt.s.l 0x100000001 rm=rdn frm=None */
	li a1, 0x100000001; fcvt.s.l f10, a1, rdn
	CHECK_F(183, f10, 0xffffffff4f800000)
	CHECK_FLAGS(184, 0x1)
	/* fcvt.s.l 0x7ffffffffffffc00 rm=rdn frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.l f10, a1, rdn
	CHECK_F(185, f10, 0xffffffff5effffff)
	CHECK_FLAGS(186, 0x1)
	/* fcvt.s.l 0x7ffffffffffffe00 rm=rdn frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.l f10, a1, rdn
	CHECK_F(187, f10, 0xffffffff5effffff)
	CHECK_FLAGS(188, 0x1)
	/* fcvt.s.l 0x7ffffffffffffa01 rm=rdn frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.l f10, a1, rdn
	CHECK_F(189, f10, 0xffffffff5effffff)
	CHECK_FLAGS(190, 0x1)
	/* fcvt.s.l 0xffffffff01000001 rm=rdn frm=None */
	li a1, 0xffffffff01000001; fcvt.s.l f10, a1, rdn
	CHECK_F(191, f10, 0xffffffffcf7f0000)
	CHECK_FLAGS(192, 0x1)
	/* fcvt.s.l 0x2000003 rm=rdn frm=None */
	li a1, 0x2000003; fcvt.s.l f10, a1, rdn
	CHECK_F(193, f10, 0xffffffff4c000000)
	CHECK_FLAGS(194, 0x1)
	/* fcvt.s.l 0xffffff7f rm=rdn frm=None */
	li a1, 0xffffff7f; fcvt.s.l f10, a1, rdn
	CHECK_F(195, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(196, 0x1)
	/* fcvt.s.l 0x0 rm=rup frm=None */
	li a1, 0x0; fcvt.s.l f10, a1, rup
	CHECK_F(197, f10, 0xffffffff00000000)
	CHECK_FLAGS(198, 0x0)
	/* fcvt.s.l 0x1 rm=rup frm=None */
	li a1, 0x1; fcvt.s.l f10, a1, rup
	CHECK_F(199, f10, 0xffffffff3f800000)
	CHECK_FLAGS(200, 0x0)
	/* fcvt.s.l 0xffffffffffffffff rm=rup frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.l f10, a1, rup
	CHECK_F(201, f10, 0xffffffffbf800000)
	CHECK_FLAGS(202, 0x0)
	/* fcvt.s.l 0x7fffffff rm=rup frm=None */
	li a1, 0x7fffffff; fcvt.s.l f10, a1, rup
	CHECK_F(203, f10, 0xffffffff4f000000)
	CHECK_FLAGS(204, 0x1)
	/* fcvt.s.l 0x80000000 rm=rup frm=None */
	li a1, 0x80000000; fcvt.s.l f10, a1, rup
	CHECK_F(205, f10, 0xffffffff4f000000)
	CHECK_FLAGS(206, 0x0)
	/* fcvt.s.l 0xffffffff80000000 rm=rup frm=None */
	li a1, 0xffffffff80000000; fcvt.s.l f10, a1, rup
	CHECK_F(207, f10, 0xffffffffcf000000)
	CHECK_FLAGS(208, 0x0)
	/* fcvt.s.l 0xffffffff rm=rup frm=None */
	li a1, 0xffffffff; fcvt.s.l f10, a1, rup
	CHECK_F(209, f10, 0xffffffff4f800000)
	CHECK_FLAGS(210, 0x1)
	/* fcvt.s.l 0x1000001 rm=rup frm=None */
	li a1, 0x1000001; fcvt.s.l f10, a1, rup
	CHECK_F(211, f10, 0xffffffff4b800001)
	CHECK_FLAGS(212, 0x1)
	/* fcvt.s.l 0xfffffffffeffffff rm=rup frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.l f10, a1, rup
	CHECK_F(213, f10, 0xffffffffcb800000)
	CHECK_FLAGS(214, 0x1)
	/* fcvt.s.l 0x7fffffffffffffff rm=rup frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.l f10, a1, rup
	CHECK_F(215, f10, 0xffffffff5f000000)
	CHECK_FLAGS(216, 0x1)
	/* fcvt.s.l 0x8000000000000000 rm=rup frm=None */
	li a1, 0x8000000000000000; fcvt.s.l f10, a1, rup
	CHECK_F(217, f10, 0xffffffffdf000000)
	CHECK_FLAGS(218, 0x0)
	/* fcvt.s.l 0x20000001 rm=rup frm=None */
	li a1, 0x20000001; fcvt.s.l f10, a1, rup
	CHECK_F(219, f10, 0xffffffff4e000001)
	CHECK_FLAGS(220, 0x1)
	/* fcvt.s.l 0x123456789abcdef rm=rup frm=None */
	li a1, 0x123456789abcdef; fcvt.s.l f10, a1, rup
	CHECK_F(221, f10, 0xffffffff5b91a2b4)
	CHECK_FLAGS(222, 0x1)
	/* fcvt.s.l 0xfffffffffffffffd rm=rup frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.l f10, a1, rup
	CHECK_F(223, f10, 0xffffffffc0400000)
	CHECK_FLAGS(224, 0x0)
	/* fcvt.s.l 0x100000001 rm=rup frm=None */
	li a1, 0x100000001; fcvt.s.l f10, a1, rup
	CHECK_F(225, f10, 0xffffffff4f800001)
	CHECK_FLAGS(226, 0x1)
	/* fcvt.s.l 0x7ffffffffffffc00 rm=rup frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.l f10, a1, rup
	CHECK_F(227, f10, 0xffffffff5f000000)
	CHECK_FLAGS(228, 0x1)
	/* fcvt.s.l 0x7ffffffffffffe00 rm=rup frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.l f10, a1, rup
	CHECK_F(229, f10, 0xffffffff5f000000)
	CHECK_FLAGS(230, 0x1)
	/* fcvt.s.l 0x7ffffffffffffa01 rm=rup frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.l f10, a1, rup
	CHECK_F(231, f10, 0xffffffff5f000000)
	CHECK_FLAGS(232, 0x1)
	/* fcvt.s.l 0xffffffff01000001 rm=rup frm=None */
	li a1, 0xffffffff01000001; fcvt.s.l f10, a1, rup
	CHECK_F(233, f10, 0xffffffffcf7effff)
	CHECK_FLAGS(234, 0x1)
	/* fcvt.s.l 0x2000003 rm=rup frm=None */
	li a1, 0x2000003; fcvt.s.l f10, a1, rup
	CHECK_F(235, f10, 0xffffffff4c000001)
	CHECK_FLAGS(236, 0x1)
	/* fcvt.s.l 0xffffff7f rm=rup frm=None */
	li a1, 0xffffff7f; fcvt.s.l f10, a1, rup
	CHECK_F(237, f10, 0xffffffff4f800000)
	CHECK_FLAGS(238, 0x1)
	/* fcvt.s.l 0x0 rm=rmm frm=None */
	li a1, 0x0; fcvt.s.l f10, a1, rmm
	CHECK_F(239, f10, 0xffffffff00000000)
	CHECK_FLAGS(240, 0x0)
	/* fcvt.s.l 0x1 rm=rmm frm=None */
	li a1, 0x1; fcvt.s.l f10, a1, rmm
	CHECK_F(241, f10, 0xffffffff3f800000)
	CHECK_FLAGS(242, 0x0)
	/* fcvt.s.l 0xffffffffffffffff rm=rmm frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.l f10, a1, rmm
	CHECK_F(243, f10, 0xffffffffbf800000)
	CHECK_FLAGS(244, 0x0)
	/* fcvt.s.l 0x7fffffff rm=rmm frm=None */
	li a1, 0x7fffffff; fcvt.s.l f10, a1, rmm
	CHECK_F(245, f10, 0xffffffff4f000000)
	CHECK_FLAGS(246, 0x1)
	/* fcvt.s.l 0x80000000 rm=rmm frm=None */
	li a1, 0x80000000; fcvt.s.l f10, a1, rmm
	CHECK_F(247, f10, 0xffffffff4f000000)
	CHECK_FLAGS(248, 0x0)
	/* fcvt.s.l 0xffffffff80000000 rm=rmm frm=None */
	li a1, 0xffffffff80000000; fcvt.s.l f10, a1, rmm
	CHECK_F(249, f10, 0xffffffffcf000000)
	CHECK_FLAGS(250, 0x0)
	/* fcvt.s.l 0xffffffff rm=rmm frm=None */
	li a1, 0xffffffff; fcvt.s.l f10, a1, rmm
	CHECK_F(251, f10, 0xffffffff4f800000)
	CHECK_FLAGS(252, 0x1)
	/* fcvt.s.l 0x1000001 rm=rmm frm=None */
	li a1, 0x1000001; fcvt.s.l f10, a1, rmm
	CHECK_F(253, f10, 0xffffffff4b800001)
	CHECK_FLAGS(254, 0x1)
	/* fcvt.s.l 0xfffffffffeffffff rm=rmm frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.l f10, a1, rmm
	CHECK_F(255, f10, 0xffffffffcb800001)
	CHECK_FLAGS(1, 0x1)
	/* fcvt.s.l 0x7fffffffffffffff rm=rmm frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.l f10, a1, rmm
	CHECK_F(2, f10, 0xffffffff5f000000)
	CHECK_FLAGS(3, 0x1)
	/* fcvt.s.l 0x8000000000000000 rm=rmm frm=None */
	li a1, 0x8000000000000000; fcvt.s.l f10, a1, rmm
	CHECK_F(4, f10, 0xffffffffdf000000)
	CHECK_FLAGS(5, 0x0)
	/* fcvt.s.l 0x20000001 rm=rmm frm=None */
	li a1, 0x20000001; fcvt.s.l f10, a1, rmm
	CHECK_F(6, f10, 0xffffffff4e000000)
	CHECK_FLAGS(7, 0x1)
	/* fcvt.s.l 0x123456789abcdef rm=rmm frm=None */
	li a1, 0x123456789abcdef; fcvt.s.l f10, a1, rmm
	CHECK_F(8, f10, 0xffffffff5b91a2b4)
	CHECK_FLAGS(9, 0x1)
	/* fcvt.s.l 0xfffffffffffffffd rm=rmm frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.l f10, a1, rmm
	CHECK_F(10, f10, 0xffffffffc0400000)
	CHECK_FLAGS(11, 0x0)
	/* fcvt.s.l 0x100000001 rm=rmm frm=None */
	li a1, 0x100000001; fcvt.s.l f10, a1, rmm
	CHECK_F(12, f10, 0xffffffff4f800000)
	CHECK_FLAGS(13, 0x1)
	/* fcvt.s.l 0x7ffffffffffffc00 rm=rmm frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.l f10, a1, rmm
	CHECK_F(14, f10, 0xffffffff5f000000)
	CHECK_FLAGS(15, 0x1)
	/* fcvt.s.l 0x7ffffffffffffe00 rm=rmm frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.l f10, a1, rmm
	CHECK_F(16, f10, 0xffffffff5f000000)
	CHECK_FLAGS(17, 0x1)
	/* fcvt.s.l 0x7ffffffffffffa01 rm=rmm frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.l f10, a1, rmm
	CHECK_F(18, f10, 0xffffffff5f000000)
	CHECK_FLAGS(19, 0x1)
	/* fcvt.s.l 0xffffffff01000001 rm=rmm frm=None */
	li a1, 0xffffffff01000001; fcvt.s.l f10, a1, rmm
	CHECK_F(20, f10, 0xffffffffcf7f0000)
	CHECK_FLAGS(21, 0x1)
	/* fcvt.s.l 0x2000003 rm=rmm frm=None */
	li a1, 0x2000003; fcvt.s.l f10, a1, rmm
	CHECK_F(22, f10, 0xffffffff4c000001)
	CHECK_FLAGS(23, 0x1)
	/* fcvt.s.l 0xffffff7f rm=rmm frm=None */
	li a1, 0xffffff7f; fcvt.s.l f10, a1, rmm
	CHECK_F(24, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(25, 0x1)
	/* fcvt.s.l 0x1000001 rm=None frm=0 */
	li a1, 0x1000001; fsrmi 0; fcvt.s.l f10, a1
	CHECK_F(26, f10, 0xffffffff4b800000)
	CHECK_FLAGS(27, 0x1)
	/* fcvt.s.l 0x1000001 rm=None frm=1 */
	li a1, 0x1000001; fsrmi 1; fcvt.s.l f10, a1
	CHECK_F(28, f10, 0xffffffff4b800000)
	CHECK_FLAGS(29, 0x1)
	/* fcvt.s.l 0x1000001 rm=None frm=2 */
	li a1, 0x1000001; fsrmi 2; fcvt.s.l f10, a1
	CHECK_F(30, f10, 0xffffffff4b800000)
	CHECK_FLAGS(31, 0x1)
	/* fcvt.s.l 0x1000001 rm=None frm=3 */
	li a1, 0x1000001; fsrmi 3; fcvt.s.l f10, a1
	CHECK_F(32, f10, 0xffffffff4b800001)
	CHECK_FLAGS(33, 0x1)
	/* fcvt.s.l 0x1000001 rm=None frm=4 */
	li a1, 0x1000001; fsrmi 4; fcvt.s.l f10, a1
	CHECK_F(34, f10, 0xffffffff4b800001)
	CHECK_FLAGS(35, 0x1)
	/* fcvt.s.lu 0x0 rm=rne frm=None */
	li a1, 0x0; fcvt.s.lu f10, a1, rne
	CHECK_F(36, f10, 0xffffffff00000000)
	CHECK_FLAGS(37, 0x0)
	/* fcvt.s.lu 0x1 rm=rne frm=None */
	li a1, 0x1; fcvt.s.lu f10, a1, rne
	CHECK_F(38, f10, 0xffffffff3f800000)
	CHECK_FLAGS(39, 0x0)
	/* fcvt.s.lu 0xffffffffffffffff rm=rne frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.lu f10, a1, rne
	CHECK_F(40, f10, 0xffffffff5f800000)
	CHECK_FLAGS(41, 0x1)
	/* fcvt.s.lu 0x7fffffff rm=rne frm=None */
	li a1, 0x7fffffff; fcvt.s.lu f10, a1, rne
	CHECK_F(42, f10, 0xffffffff4f000000)
	CHECK_FLAGS(43, 0x1)
	/* fcvt.s.lu 0x80000000 rm=rne frm=None */
	li a1, 0x80000000; fcvt.s.lu f10, a1, rne
	CHECK_F(44, f10, 0xffffffff4f000000)
	CHECK_FLAGS(45, 0x0)
	/* fcvt.s.lu 0xffffffff80000000 rm=rne frm=None */
	li a1, 0xffffffff80000000; fcvt.s.lu f10, a1, rne
	CHECK_F(46, f10, 0xffffffff5f800000)
	CHECK_FLAGS(47, 0x1)
	/* fcvt.s.lu 0xffffffff rm=rne frm=None */
	li a1, 0xffffffff; fcvt.s.lu f10, a1, rne
	CHECK_F(48, f10, 0xffffffff4f800000)
	CHECK_FLAGS(49, 0x1)
	/* fcvt.s.lu 0x1000001 rm=rne frm=None */
	li a1, 0x1000001; fcvt.s.lu f10, a1, rne
	CHECK_F(50, f10, 0xffffffff4b800000)
	CHECK_FLAGS(51, 0x1)
	/* fcvt.s.lu 0xfffffffffeffffff rm=rne frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.lu f10, a1, rne
	CHECK_F(52, f10, 0xffffffff5f800000)
	CHECK_FLAGS(53, 0x1)
	/* fcvt.s.lu 0x7fffffffffffffff rm=rne frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.lu f10, a1, rne
	CHECK_F(54, f10, 0xffffffff5f000000)
	CHECK_FLAGS(55, 0x1)
	/* fcvt.s.lu 0x8000000000000000 rm=rne frm=None */
	li a1, 0x8000000000000000; fcvt.s.lu f10, a1, rne
	CHECK_F(56, f10, 0xffffffff5f000000)
	CHECK_FLAGS(57, 0x0)
	/* fcvt.s.lu 0x20000001 rm=rne frm=None */
	li a1, 0x20000001; fcvt.s.lu f10, a1, rne
	CHECK_F(58, f10, 0xffffffff4e000000)
	CHECK_FLAGS(59, 0x1)
	/* fcvt.s.lu 0x123456789abcdef rm=rne frm=None */
	li a1, 0x123456789abcdef; fcvt.s.lu f10, a1, rne
	CHECK_F(60, f10, 0xffffffff5b91a2b4)
	CHECK_FLAGS(61, 0x1)
	/* fcvt.s.lu 0xfffffffffffffffd rm=rne frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.lu f10, a1, rne
	CHECK_F(62, f10, 0xffffffff5f800000)
	CHECK_FLAGS(63, 0x1)
	/* fcvt.s.lu 0x100000001 rm=rne frm=None */
	li a1, 0x100000001; fcvt.s.lu f10, a1, rne
	CHECK_F(64, f10, 0xffffffff4f800000)
	CHECK_FLAGS(65, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffc00 rm=rne frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.lu f10, a1, rne
	CHECK_F(66, f10, 0xffffffff5f000000)
	CHECK_FLAGS(67, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffe00 rm=rne frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.lu f10, a1, rne
	CHECK_F(68, f10, 0xffffffff5f000000)
	CHECK_FLAGS(69, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffa01 rm=rne frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.lu f10, a1, rne
	CHECK_F(70, f10, 0xffffffff5f000000)
	CHECK_FLAGS(71, 0x1)
	/* fcvt.s.lu 0xffffffff01000001 rm=rne frm=None */
	li a1, 0xffffffff01000001; fcvt.s.lu f10, a1, rne
	CHECK_F(72, f10, 0xffffffff5f800000)
	CHECK_FLAGS(73, 0x1)
	/* fcvt.s.lu 0x2000003 rm=rne frm=None */
	li a1, 0x2000003; fcvt.s.lu f10, a1, rne
	CHECK_F(74, f10, 0xffffffff4c000001)
	CHECK_FLAGS(75, 0x1)
	/* fcvt.s.lu 0xffffff7f rm=rne frm=None */
	li a1, 0xffffff7f; fcvt.s.lu f10, a1, rne
	CHECK_F(76, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(77, 0x1)
	/* fcvt.s.lu 0x0 rm=rtz frm=None */
	li a1, 0x0; fcvt.s.lu f10, a1, rtz
	CHECK_F(78, f10, 0xffffffff00000000)
	CHECK_FLAGS(79, 0x0)
	/* fcvt.s.lu 0x1 rm=rtz frm=None */
	li a1, 0x1; fcvt.s.lu f10, a1, rtz
	CHECK_F(80, f10, 0xffffffff3f800000)
	CHECK_FLAGS(81, 0x0)
	/* fcvt.s.lu 0xffffffffffffffff rm=rtz frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.lu f10, a1, rtz
	CHECK_F(82, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(83, 0x1)
	/* fcvt.s.lu 0x7fffffff rm=rtz frm=None */
	li a1, 0x7fffffff; fcvt.s.lu f10, a1, rtz
	CHECK_F(84, f10, 0xffffffff4effffff)
	CHECK_FLAGS(85, 0x1)
	/* fcvt.s.lu 0x80000000 rm=rtz frm=None */
	li a1, 0x80000000; fcvt.s.lu f10, a1, rtz
	CHECK_F(86, f10, 0xffffffff4f000000)
	CHECK_FLAGS(87, 0x0)
	/* fcvt.s.lu 0xffffffff80000000 rm=rtz frm=None */
	li a1, 0xffffffff80000000; fcvt.s.lu f10, a1, rtz
	CHECK_F(88, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(89, 0x1)
	/* fcvt.s.lu 0xffffffff rm=rtz frm=None */
	li a1, 0xffffffff; fcvt.s.lu f10, a1, rtz
	CHECK_F(90, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(91, 0x1)
	/* fcvt.s.lu 0x1000001 rm=rtz frm=None */
	li a1, 0x1000001; fcvt.s.lu f10, a1, rtz
	CHECK_F(92, f10, 0xffffffff4b800000)
	CHECK_FLAGS(93, 0x1)
	/* fcvt.s.lu 0xfffffffffeffffff rm=rtz frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.lu f10, a1, rtz
	CHECK_F(94, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(95, 0x1)
	/* fcvt.s.lu 0x7fffffffffffffff rm=rtz frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.lu f10, a1, rtz
	CHECK_F(96, f10, 0xffffffff5effffff)
	CHECK_FLAGS(97, 0x1)
	/* fcvt.s.lu 0x8000000000000000 rm=rtz frm=None */
	li a1, 0x8000000000000000; fcvt.s.lu f10, a1, rtz
	CHECK_F(98, f10, 0xffffffff5f000000)
	CHECK_FLAGS(99, 0x0)
	/* fcvt.s.lu 0x20000001 rm=rtz frm=None */
	li a1, 0x20000001; fcvt.s.lu f10, a1, rtz
	CHECK_F(100, f10, 0xffffffff4e000000)
	CHECK_FLAGS(101, 0x1)
	/* fcvt.s.lu 0x123456789abcdef rm=rtz frm=None */
	li a1, 0x123456789abcdef; fcvt.s.lu f10, a1, rtz
	CHECK_F(102, f10, 0xffffffff5b91a2b3)
	CHECK_FLAGS(103, 0x1)
	/* fcvt.s.lu 0xfffffffffffffffd rm=rtz frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.lu f10, a1, rtz
	CHECK_F(104, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(105, 0x1)
	/* fcvt.s.lu 0x100000001 rm=rtz frm=None */
	li a1, 0x100000001; fcvt.s.lu f10, a1, rtz
	CHECK_F(106, f10, 0xffffffff4f800000)
	CHECK_FLAGS(107, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffc00 rm=rtz frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.lu f10, a1, rtz
	CHECK_F(108, f10, 0xffffffff5effffff)
	CHECK_FLAGS(109, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffe00 rm=rtz frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.lu f10, a1, rtz
	CHECK_F(110, f10, 0xffffffff5effffff)
	CHECK_FLAGS(111, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffa01 rm=rtz frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.lu f10, a1, rtz
	CHECK_F(112, f10, 0xffffffff5effffff)
	CHECK_FLAGS(113, 0x1)
	/* fcvt.s.lu 0xffffffff01000001 rm=rtz frm=None */
	li a1, 0xffffffff01000001; fcvt.s.lu f10, a1, rtz
	CHECK_F(114, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(115, 0x1)
	/* fcvt.s.lu 0x2000003 rm=rtz frm=None */
	li a1, 0x2000003; fcvt.s.lu f10, a1, rtz
	CHECK_F(116, f10, 0xffffffff4c000000)
	CHECK_FLAGS(117, 0x1)
	/* fcvt.s.lu 0xffffff7f rm=rtz frm=None */
	li a1, 0xffffff7f; fcvt.s.lu f10, a1, rtz
	CHECK_F(118, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(119, 0x1)
	/* fcvt.s.lu 0x0 rm=rdn frm=None */
	li a1, 0x0; fcvt.s.lu f10, a1, rdn
	CHECK_F(120, f10, 0xffffffff00000000)
	CHECK_FLAGS(121, 0x0)
	/* fcvt.s.lu 0x1 rm=rdn frm=None */
	li a1, 0x1; fcvt.s.lu f10, a1, rdn
	CHECK_F(122, f10, 0xffffffff3f800000)
	CHECK_FLAGS(123, 0x0)
	/* fcvt.s.lu 0xffffffffffffffff rm=rdn frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.lu f10, a1, rdn
	CHECK_F(124, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(125, 0x1)
	/* fcvt.s.lu 0x7fffffff rm=rdn frm=None */
	li a1, 0x7fffffff; fcvt.s.lu f10, a1, rdn
	CHECK_F(126, f10, 0xffffffff4effffff)
	CHECK_FLAGS(127, 0x1)
	/* fcvt.s.lu 0x80000000 rm=rdn frm=None */
	li a1, 0x80000000; fcvt.s.lu f10, a1, rdn
	CHECK_F(128, f10, 0xffffffff4f000000)
	CHECK_FLAGS(129, 0x0)
	/* fcvt.s.lu 0xffffffff80000000 rm=rdn frm=None */
	li a1, 0xffffffff80000000; fcvt.s.lu f10, a1, rdn
	CHECK_F(130, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(131, 0x1)
	/* fcvt.s.lu 0xffffffff rm=rdn frm=None */
	li a1, 0xffffffff; fcvt.s.lu f10, a1, rdn
	CHECK_F(132, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(133, 0x1)
	/* fcvt.s.lu 0x1000001 rm=rdn frm=None */
	li a1, 0x1000001; fcvt.s.lu f10, a1, rdn
	CHECK_F(134, f10, 0xffffffff4b800000)
	CHECK_FLAGS(135, 0x1)
	/* fcvt.s.lu 0xfffffffffeffffff rm=rdn frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.lu f10, a1, rdn
	CHECK_F(136, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(137, 0x1)
	/* fcvt.s.lu 0x7fffffffffffffff rm=rdn frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.lu f10, a1, rdn
	CHECK_F(138, f10, 0xffffffff5effffff)
	CHECK_FLAGS(139, 0x1)
	/* fcvt.s.lu 0x8000000000000000 rm=rdn frm=None */
	li a1, 0x8000000000000000; fcvt.s.lu f10, a1, rdn
	CHECK_F(140, f10, 0xffffffff5f000000)
	CHECK_FLAGS(141, 0x0)
	/* fcvt.s.lu 0x20000001 rm=rdn frm=None */
	li a1, 0x20000001; fcvt.s.lu f10, a1, rdn
	CHECK_F(142, f10, 0xffffffff4e000000)
	CHECK_FLAGS(143, 0x1)
	/* fcvt.s.lu 0x123456789abcdef rm=rdn frm=None */
	li a1, 0x123456789abcdef; fcvt.s.lu f10, a1, rdn
	CHECK_F(144, f10, 0xffffffff5b91a2b3)
	CHECK_FLAGS(145, 0x1)
	/* fcvt.s.lu 0xfffffffffffffffd rm=rdn frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.lu f10, a1, rdn
	CHECK_F(146, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(147, 0x1)
	/* fcvt.s.lu 0x100000001 rm=rdn frm=None */
	li a1, 0x100000001; fcvt.s.lu f10, a1, rdn
	CHECK_F(148, f10, 0xffffffff4f800000)
	CHECK_FLAGS(149, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffc00 rm=rdn frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.lu f10, a1, rdn
	CHECK_F(150, f10, 0xffffffff5effffff)
	CHECK_FLAGS(151, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffe00 rm=rdn frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.lu f10, a1, rdn
	CHECK_F(152, f10, 0xffffffff5effffff)
	CHECK_FLAGS(153, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffa01 rm=rdn frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.lu f10, a1, rdn
	CHECK_F(154, f10, 0xffffffff5effffff)
	CHECK_FLAGS(155, 0x1)
	/* fcvt.s.lu 0xffffffff01000001 rm=rdn frm=None */
	li a1, 0xffffffff01000001; fcvt.s.lu f10, a1, rdn
	CHECK_F(156, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(157, 0x1)
	/* fcvt.s.lu 0x2000003 rm=rdn frm=None */
	li a1, 0x2000003; fcvt.s.lu f10, a1, rdn
	CHECK_F(158, f10, 0xffffffff4c000000)
	CHECK_FLAGS(159, 0x1)
	/* fcvt.s.lu 0xffffff7f rm=rdn frm=None */
	li a1, 0xffffff7f; fcvt.s.lu f10, a1, rdn
	CHECK_F(160, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(161, 0x1)
	/* fcvt.s.lu 0x0 rm=rup frm=None */
	li a1, 0x0; fcvt.s.lu f10, a1, rup
	CHECK_F(162, f10, 0xffffffff00000000)
	CHECK_FLAGS(163, 0x0)
	/* fcvt.s.lu 0x1 rm=rup frm=None */
	li a1, 0x1; fcvt.s.lu f10, a1, rup
	CHECK_F(164, f10, 0xffffffff3f800000)
	CHECK_FLAGS(165, 0x0)
	/* fcvt.s.lu 0xffffffffffffffff rm=rup frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.lu f10, a1, rup
	CHECK_F(166, f10, 0xffffffff5f800000)
	CHECK_FLAGS(167, 0x1)
	/* fcvt.s.lu 0x7fffffff rm=rup frm=None */
	li a1, 0x7fffffff; fcvt.s.lu f10, a1, rup
	CHECK_F(168, f10, 0xffffffff4f000000)
	CHECK_FLAGS(169, 0x1)
	/* fcvt.s.lu 0x80000000 rm=rup frm=None */
	li a1, 0x80000000; fcvt.s.lu f10, a1, rup
	CHECK_F(170, f10, 0xffffffff4f000000)
	CHECK_FLAGS(171, 0x0)
	/* fcvt.s.lu 0xffffffff80000000 rm=rup frm=None */
	li a1, 0xffffffff80000000; fcvt.s.lu f10, a1, rup
	CHECK_F(172, f10, 0xffffffff5f800000)
	CHECK_FLAGS(173, 0x1)
	/* fcvt.s.lu 0xffffffff rm=rup frm=None */
	li a1, 0xffffffff; fcvt.s.lu f10, a1, rup
	CHECK_F(174, f10, 0xffffffff4f800000)
	CHECK_FLAGS(175, 0x1)
	/* fcvt.s.lu 0x1000001 rm=rup frm=None */
	li a1, 0x1000001; fcvt.s.lu f10, a1, rup
	CHECK_F(176, f10, 0xffffffff4b800001)
	CHECK_FLAGS(177, 0x1)
	/* fcvt.s.lu 0xfffffffffeffffff rm=rup frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.lu f10, a1, rup
	CHECK_F(178, f10, 0xffffffff5f800000)
	CHECK_FLAGS(179, 0x1)
	/* fcvt.s.lu 0x7fffffffffffffff rm=rup frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.lu f10, a1, rup
	CHECK_F(180, f10, 0xffffffff5f000000)
	CHECK_FLAGS(181, 0x1)
	/* fcvt.s.lu 0x8000000000000000 rm=rup frm=None */
	li a1, 0x8000000000000000; fcvt.s.lu f10, a1, rup
	CHECK_F(182, f10, 0xffffffff5f000000)
	CHECK_FLAGS(183, 0x0)
	/* fcvt.s.lu 0x20000001 rm=rup frm=None */
	li a1, 0x20000001; fcvt.s.lu f10, a1, rup
	CHECK_F(184, f10, 0xffffffff4e000001)
	CHECK_FLAGS(185, 0x1)
	/* fcvt.s.lu 0x123456789abcdef rm=rup frm=None */
	li a1, 0x123456789abcdef; fcvt.s.lu f10, a1, rup
	CHECK_F(186, f10, 0xffffffff5b91a2b4)
	CHECK_FLAGS(187, 0x1)
	/* fcvt.s.lu 0xfffffffffffffffd rm=rup frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.lu f10, a1, rup
	CHECK_F(188, f10, 0xffffffff5f800000)
	CHECK_FLAGS(189, 0x1)
	/* fcvt.s.lu 0x100000001 rm=rup frm=None */
	li a1, 0x100000001; fcvt.s.lu f10, a1, rup
	CHECK_F(190, f10, 0xffffffff4f800001)
	CHECK_FLAGS(191, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffc00 rm=rup frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.lu f10, a1, rup
	CHECK_F(192, f10, 0xffffffff5f000000)
	CHECK_FLAGS(193, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffe00 rm=rup frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.lu f10, a1, rup
	CHECK_F(194, f10, 0xffffffff5f000000)
	CHECK_FLAGS(195, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffa01 rm=rup frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.lu f10, a1, rup
	CHECK_F(196, f10, 0xffffffff5f000000)
	CHECK_FLAGS(197, 0x1)
	/* fcvt.s.lu 0xffffffff01000001 rm=rup frm=None */
	li a1, 0xffffffff01000001; fcvt.s.lu f10, a1, rup
	CHECK_F(198, f10, 0xffffffff5f800000)
	CHECK_FLAGS(199, 0x1)
	/* fcvt.s.lu 0x2000003 rm=rup frm=None */
	li a1, 0x2000003; fcvt.s.lu f10, a1, rup
	CHECK_F(200, f10, 0xffffffff4c000001)
	CHECK_FLAGS(201, 0x1)
	/* fcvt.s.lu 0xffffff7f rm=rup frm=None */
	li a1, 0xffffff7f; fcvt.s.lu f10, a1, rup
	CHECK_F(202, f10, 0xffffffff4f800000)
	CHECK_FLAGS(203, 0x1)
	/* fcvt.s.lu 0x0 rm=rmm frm=None */
	li a1, 0x0; fcvt.s.lu f10, a1, rmm
	CHECK_F(204, f10, 0xffffffff00000000)
	CHECK_FLAGS(205, 0x0)
	/* fcvt.s.lu 0x1 rm=rmm frm=None */
	li a1, 0x1; fcvt.s.lu f10, a1, rmm
	CHECK_F(206, f10, 0xffffffff3f800000)
	CHECK_FLAGS(207, 0x0)
	/* fcvt.s.lu 0xffffffffffffffff rm=rmm frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.lu f10, a1, rmm
	CHECK_F(208, f10, 0xffffffff5f800000)
	CHECK_FLAGS(209, 0x1)
	/* fcvt.s.lu 0x7fffffff rm=rmm frm=None */
	li a1, 0x7fffffff; fcvt.s.lu f10, a1, rmm
	CHECK_F(210, f10, 0xffffffff4f000000)
	CHECK_FLAGS(211, 0x1)
	/* fcvt.s.lu 0x80000000 rm=rmm frm=None */
	li a1, 0x80000000; fcvt.s.lu f10, a1, rmm
	CHECK_F(212, f10, 0xffffffff4f000000)
	CHECK_FLAGS(213, 0x0)
	/* fcvt.s.lu 0xffffffff80000000 rm=rmm frm=None */
	li a1, 0xffffffff80000000; fcvt.s.lu f10, a1, rmm
	CHECK_F(214, f10, 0xffffffff5f800000)
	CHECK_FLAGS(215, 0x1)
	/* fcvt.s.lu 0xffffffff rm=rmm frm=None */
	li a1, 0xffffffff; fcvt.s.lu f10, a1, rmm
	CHECK_F(216, f10, 0xffffffff4f800000)
	CHECK_FLAGS(217, 0x1)
	/* fcvt.s.lu 0x1000001 rm=rmm frm=None */
	li a1, 0x1000001; fcvt.s.lu f10, a1, rmm
	CHECK_F(218, f10, 0xffffffff4b800001)
	CHECK_FLAGS(219, 0x1)
	/* fcvt.s.lu 0xfffffffffeffffff rm=rmm frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.lu f10, a1, rmm
	CHECK_F(220, f10, 0xffffffff5f800000)
	CHECK_FLAGS(221, 0x1)
	/* fcvt.s.lu 0x7fffffffffffffff rm=rmm frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.lu f10, a1, rmm
	CHECK_F(222, f10, 0xffffffff5f000000)
	CHECK_FLAGS(223, 0x1)
	/* fcvt.s.lu 0x8000000000000000 rm=rmm frm=None */
	li a1, 0x8000000000000000; fcvt.s.lu f10, a1, rmm
	CHECK_F(224, f10, 0xffffffff5f000000)
	CHECK_FLAGS(225, 0x0)
	/* fcvt.s.lu 0x20000001 rm=rmm frm=None */
	li a1, 0x20000001; fcvt.s.lu f10, a1, rmm
	CHECK_F(226, f10, 0xffffffff4e000000)
	CHECK_FLAGS(227, 0x1)
	/* fcvt.s.lu 0x123456789abcdef rm=rmm frm=None */
	li a1, 0x123456789abcdef; fcvt.s.lu f10, a1, rmm
	CHECK_F(228, f10, 0xffffffff5b91a2b4)
	CHECK_FLAGS(229, 0x1)
	/* fcvt.s.lu 0xfffffffffffffffd rm=rmm frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.lu f10, a1, rmm
	CHECK_F(230, f10, 0xffffffff5f800000)
	CHECK_FLAGS(231, 0x1)
	/* fcvt.s.lu 0x100000001 rm=rmm frm=None */
	li a1, 0x100000001; fcvt.s.lu f10, a1, rmm
	CHECK_F(232, f10, 0xffffffff4f800000)
	CHECK_FLAGS(233, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffc00 rm=rmm frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.lu f10, a1, rmm
	CHECK_F(234, f10, 0xffffffff5f000000)
	CHECK_FLAGS(235, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffe00 rm=rmm frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.lu f10, a1, rmm
	CHECK_F(236, f10, 0xffffffff5f000000)
	CHECK_FLAGS(237, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffa01 rm=rmm frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.lu f10, a1, rmm
	CHECK_F(238, f10, 0xffffffff5f000000)
	CHECK_FLAGS(239, 0x1)
	/* fcvt.s.lu 0xffffffff01000001 rm=rmm frm=None */
	li a1, 0xffffffff01000001; fcvt.s.lu f10, a1, rmm
	CHECK_F(240, f10, 0xffffffff5f800000)
	CHECK_FLAGS(241, 0x1)
	/* fcvt.s.lu 0x2000003 rm=rmm frm=None */
	li a1, 0x2000003; fcvt.s.lu f10, a1, rmm
	CHECK_F(242, f10, 0xffffffff4c000001)
	CHECK_FLAGS(243, 0x1)
	/* fcvt.s.lu 0xffffff7f rm=rmm frm=None */
	li a1, 0xffffff7f; fcvt.s.lu f10, a1, rmm
	CHECK_F(244, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(245, 0x1)
	/* fcvt.s.lu 0x1000001 rm=None frm=0 */
	li a1, 0x1000001; fsrmi 0; fcvt.s.lu f10, a1
	CHECK_F(246, f10, 0xffffffff4b800000)
	CHECK_FLAGS(247, 0x1)
	/* fcvt.s.lu 0x1000001 rm=None frm=1 */
	li a1, 0x1000001; fsrmi 1; fcvt.s.lu f10, a1
	CHECK_F(248, f10, 0xffffffff4b800000)
	CHECK_FLAGS(249, 0x1)
	/* fcvt.s.lu 0x1000001 rm=None frm=2 */
	li a1, 0x1000001; fsrmi 2; fcvt.s.lu f10, a1
	CHECK_F(250, f10, 0xffffffff4b800000)
	CHECK_FLAGS(251, 0x1)
	/* fcvt.s.lu 0x1000001 rm=None frm=3 */
	li a1, 0x1000001; fsrmi 3; fcvt.s.lu f10, a1
	CHECK_F(252, f10, 0xffffffff4b800001)
	CHECK_FLAGS(253, 0x1)
	/* fcvt.s.lu 0x1000001 rm=None frm=4 */
	li a1, 0x1000001; fsrmi 4; fcvt.s.lu f10, a1
	CHECK_F(254, f10, 0xffffffff4b800001)
	CHECK_FLAGS(255, 0x1)
	/* fcvt.w.d 0x0 rm=rtz frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(1, a0, 0x0)
	CHECK_FLAGS(2, 0x0)
	/* fcvt.w.d 0x8000000000000000 rm=rtz frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(3, a0, 0x0)
	CHECK_FLAGS(4, 0x0)
	/* fcvt.w.d 0x3ff0000000000000 rm=rtz frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(5, a0, 0x1)
	CHECK_FLAGS(6, 0x0)
	/* fcvt.w.d 0xbff0000000000000 rm=rtz frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(7, a0, 0xffffffffffffffff)
	CHECK_FLAGS(8, 0x0)
	/* fcvt.w.d 0x3ff8000000000000 rm=rtz frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(9, a0, 0x1)
	CHECK_FLAGS(10, 0x1)
	/* fcvt.w.d 0x4004000000000000 rm=rtz frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(11, a0, 0x2)
	CHECK_FLAGS(12, 0x1)
	/* fcvt.w.d 0xc004000000000000 rm=rtz frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(13, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(14, 0x1)
	/* fcvt.w.d 0x3fe0000000000000 rm=rtz frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(15, a0, 0x0)
	CHECK_FLAGS(16, 0x1)
	/* fcvt.w.d 0xbfe0000000000000 rm=rtz frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(17, a0, 0x0)
	CHECK_FLAGS(18, 0x1)
	/* fcvt.w.d 0x7fefffffffffffff rm=rtz frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(19, a0, 0x7fffffff)
	CHECK_FLAGS(20, 0x10)
	/* fcvt.w.d 0xffefffffffffffff rm=rtz frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(21, a0, 0xffffffff80000000)
	CHECK_FLAGS(22, 0x10)
	/* fcvt.w.d 0x10000000000000 rm=rtz frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(23, a0, 0x0)
	CHECK_FLAGS(24, 0x1)
	/* fcvt.w.d 0xfffffffffffff rm=rtz frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(25, a0, 0x0)
	CHECK_FLAGS(26, 0x1)
	/* fcvt.w.d 0x1 rm=rtz frm=None */
	li t0, 0x1; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(27, a0, 0x0)
	CHECK_FLAGS(28, 0x1)
	/* fcvt.w.d 0x8000000000000001 rm=rtz frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(29, a0, 0x0)
	CHECK_FLAGS(30, 0x1)
	/* fcvt.w.d 0x7ff0000000000000 rm=rtz frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(31, a0, 0x7fffffff)
	CHECK_FLAGS(32, 0x10)
	/* fcvt.w.d 0xfff0000000000000 rm=rtz frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(33, a0, 0xffffffff80000000)
	CHECK_FLAGS(34, 0x10)
	/* fcvt.w.d 0x7ff8000000000000 rm=rtz frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(35, a0, 0x7fffffff)
	CHECK_FLAGS(36, 0x10)
	/* fcvt.w.d 0x7ff0000000000001 rm=rtz frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(37, a0, 0x7fffffff)
	CHECK_FLAGS(38, 0x10)
	/* fcvt.w.d 0xfff8000000001234 rm=rtz frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(39, a0, 0x7fffffff)
	CHECK_FLAGS(40, 0x10)
	/* fcvt.w.d 0x3ff0000000000001 rm=rtz frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(41, a0, 0x1)
	CHECK_FLAGS(42, 0x1)
	/* fcvt.w.d 0x3ca0000000000000 rm=rtz frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(43, a0, 0x0)
	CHECK_FLAGS(44, 0x1)
	/* fcvt.w.d 0x4008000000000000 rm=rtz frm=None */
	li t0, 0x4008000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(45, a0, 0x3)
	CHECK_FLAGS(46, 0x0)
	/* fcvt.w.d 0x3fb999999999999a rm=rtz frm=None */
	li t0, 0x3fb999999999999a; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(47, a0, 0x0)
	CHECK_FLAGS(48, 0x1)
	/* fcvt.w.d 0x41dfffffffe00000 rm=rtz frm=None */
	li t0, 0x41dfffffffe00000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(49, a0, 0x7fffffff)
	CHECK_FLAGS(50, 0x1)
	/* fcvt.w.d 0x41e0000000000000 rm=rtz frm=None */
	li t0, 0x41e0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(51, a0, 0x7fffffff)
	CHECK_FLAGS(52, 0x10)
	/* fcvt.w.d 0xc1e0000000000000 rm=rtz frm=None */
	li t0, 0xc1e0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(53, a0, 0xffffffff80000000)
	CHECK_FLAGS(54, 0x0)
	/* fcvt.w.d 0xc1e0000000100000 rm=rtz frm=None */
	li t0, 0xc1e0000000100000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(55, a0, 0xffffffff80000000)
	CHECK_FLAGS(56, 0x1)
	/* fcvt.w.d 0x43e0000000000000 rm=rtz frm=None */
	li t0, 0x43e0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(57, a0, 0x7fffffff)
	CHECK_FLAGS(58, 0x10)
	/* fcvt.w.d 0xc3e0000000000000 rm=rtz frm=None */
	li t0, 0xc3e0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(59, a0, 0xffffffff80000000)
	CHECK_FLAGS(60, 0x10)
	/* fcvt.w.d 0x43f0000000000000 rm=rtz frm=None */
	li t0, 0x43f0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(61, a0, 0x7fffffff)
	CHECK_FLAGS(62, 0x10)
	/* fcvt.w.d 0x43efffffffffffff rm=rtz frm=None */
	li t0, 0x43efffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(63, a0, 0x7fffffff)
	CHECK_FLAGS(64, 0x10)
	/* fcvt.w.d 0x41efffffffe00000 rm=rtz frm=None */
	li t0, 0x41efffffffe00000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(65, a0, 0x7fffffff)
	CHECK_FLAGS(66, 0x10)
	/* fcvt.w.d 0x3ff0000010000000 rm=rtz frm=None */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(67, a0, 0x1)
	CHECK_FLAGS(68, 0x1)
	/* fcvt.w.d 0x3810000000000000 rm=rtz frm=None */
	li t0, 0x3810000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(69, a0, 0x0)
	CHECK_FLAGS(70, 0x1)
	/* fcvt.w.d 0x3690000000000000 rm=rtz frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(71, a0, 0x0)
	CHECK_FLAGS(72, 0x1)
	/* fcvt.w.d 0x47efffffe0000000 rm=rtz frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(73, a0, 0x7fffffff)
	CHECK_FLAGS(74, 0x10)
	/* fcvt.w.d 0x47efffff00000000 rm=rtz frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(75, a0, 0x7fffffff)
	CHECK_FLAGS(76, 0x10)
	/* fcvt.w.d 0x36a0000000000000 rm=rtz frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(77, a0, 0x0)
	CHECK_FLAGS(78, 0x1)
	/* fcvt.w.d 0x3fefffffffffffff rm=rtz frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(79, a0, 0x0)
	CHECK_FLAGS(80, 0x1)
	/* fcvt.w.d 0xbcb0000000000000 rm=rtz frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(81, a0, 0x0)
	CHECK_FLAGS(82, 0x1)
	/* fcvt.w.d 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(83, a0, 0x1)
	CHECK_FLAGS(84, 0x0)
	/* fcvt.w.d 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(85, a0, 0xffffffffffffffff)
	CHECK_FLAGS(86, 0x0)
	/* fcvt.w.d 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(87, a0, 0x2)
	CHECK_FLAGS(88, 0x1)
	/* fcvt.w.d 0x4004000000000000 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(89, a0, 0x2)
	CHECK_FLAGS(90, 0x1)
	/* fcvt.w.d 0xc004000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(91, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(92, 0x1)
	/* fcvt.w.d 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(93, a0, 0x0)
	CHECK_FLAGS(94, 0x1)
	/* fcvt.w.d 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(95, a0, 0x0)
	CHECK_FLAGS(96, 0x1)
	/* fcvt.w.d 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(97, a0, 0x7fffffff)
	CHECK_FLAGS(98, 0x10)
	/* fcvt.w.d 0x3690000000000000 rm=rne frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(99, a0, 0x0)
	CHECK_FLAGS(100, 0x1)
	/* fcvt.w.d 0x47efffffe0000000 rm=rne frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(101, a0, 0x7fffffff)
	CHECK_FLAGS(102, 0x10)
	/* fcvt.w.d 0x47efffff00000000 rm=rne frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(103, a0, 0x7fffffff)
	CHECK_FLAGS(104, 0x10)
	/* fcvt.w.d 0x36a0000000000000 rm=rne frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(105, a0, 0x0)
	CHECK_FLAGS(106, 0x1)
	/* fcvt.w.d 0x3fefffffffffffff rm=rne frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(107, a0, 0x1)
	CHECK_FLAGS(108, 0x1)
	/* fcvt.w.d 0xbcb0000000000000 rm=rne frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(109, a0, 0x0)
	CHECK_FLAGS(110, 0x1)
	/* fcvt.w.d 0x801d1cb548f78b79 rm=rne frm=None */
	li t0, 0x801d1cb548f78b79; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(111, a0, 0x0)
	CHECK_FLAGS(112, 0x1)
	/* fcvt.w.d 0x4009000000000000 rm=rne frm=None */
	li t0, 0x4009000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(113, a0, 0x3)
	CHECK_FLAGS(114, 0x1)
	/* fcvt.w.d 0xbeb173896e48ab65 rm=rne frm=None */
	li t0, 0xbeb173896e48ab65; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(115, a0, 0x0)
	CHECK_FLAGS(116, 0x1)
	/* fcvt.w.d 0x3fe4f2907b8cfd45 rm=rne frm=None */
	li t0, 0x3fe4f2907b8cfd45; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(117, a0, 0x1)
	CHECK_FLAGS(118, 0x1)
	/* fcvt.w.d 0x3000000000000 rm=rne frm=None */
	li t0, 0x3000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(119, a0, 0x0)
	CHECK_FLAGS(120, 0x1)
	/* fcvt.w.d 0x4005e6a37000bee7 rm=rne frm=None */
	li t0, 0x4005e6a37000bee7; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(121, a0, 0x3)
	CHECK_FLAGS(122, 0x1)
	/* fcvt.w.d 0x3ff0000000000000 rm=rtz frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(123, a0, 0x1)
	CHECK_FLAGS(124, 0x0)
	/* fcvt.w.d 0xbff0000000000000 rm=rtz frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(125, a0, 0xffffffffffffffff)
	CHECK_FLAGS(126, 0x0)
	/* fcvt.w.d 0x3ff8000000000000 rm=rtz frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(127, a0, 0x1)
	CHECK_FLAGS(128, 0x1)
	/* fcvt.w.d 0x4004000000000000 rm=rtz frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(129, a0, 0x2)
	CHECK_FLAGS(130, 0x1)
	/* fcvt.w.d 0xc004000000000000 rm=rtz frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(131, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(132, 0x1)
	/* fcvt.w.d 0x3fe0000000000000 rm=rtz frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(133, a0, 0x0)
	CHECK_FLAGS(134, 0x1)
	/* fcvt.w.d 0xbfe0000000000000 rm=rtz frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(135, a0, 0x0)
	CHECK_FLAGS(136, 0x1)
	/* fcvt.w.d 0x7fefffffffffffff rm=rtz frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(137, a0, 0x7fffffff)
	CHECK_FLAGS(138, 0x10)
	/* fcvt.w.d 0x3690000000000000 rm=rtz frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(139, a0, 0x0)
	CHECK_FLAGS(140, 0x1)
	/* fcvt.w.d 0x47efffffe0000000 rm=rtz frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(141, a0, 0x7fffffff)
	CHECK_FLAGS(142, 0x10)
	/* fcvt.w.d 0x47efffff00000000 rm=rtz frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(143, a0, 0x7fffffff)
	CHECK_FLAGS(144, 0x10)
	/* fcvt.w.d 0x36a0000000000000 rm=rtz frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(145, a0, 0x0)
	CHECK_FLAGS(146, 0x1)
	/* fcvt.w.d 0x3fefffffffffffff rm=rtz frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(147, a0, 0x0)
	CHECK_FLAGS(148, 0x1)
	/* fcvt.w.d 0xbcb0000000000000 rm=rtz frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(149, a0, 0x0)
	CHECK_FLAGS(150, 0x1)
	/* fcvt.w.d 0xbfeecaa4bed7f3fd rm=rtz frm=None */
	li t0, 0xbfeecaa4bed7f3fd; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(151, a0, 0x0)
	CHECK_FLAGS(152, 0x1)
	/* fcvt.w.d 0xc0045aa6936b4600 rm=rtz frm=None */
	li t0, 0xc0045aa6936b4600; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(153, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(154, 0x1)
	/* fcvt.w.d 0xbfe7c7dd21e4c770 rm=rtz frm=None */
	li t0, 0xbfe7c7dd21e4c770; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(155, a0, 0x0)
	CHECK_FLAGS(156, 0x1)
	/* fcvt.w.d 0x1b423e8fcca7cff1 rm=rtz frm=None */
	li t0, 0x1b423e8fcca7cff1; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(157, a0, 0x0)
	CHECK_FLAGS(158, 0x1)
	/* fcvt.w.d 0xbeb4f2ac670370bb rm=rtz frm=None */
	li t0, 0xbeb4f2ac670370bb; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(159, a0, 0x0)
	CHECK_FLAGS(160, 0x1)
	/* fcvt.w.d 0x3ebb186865c11fe3 rm=rtz frm=None */
	li t0, 0x3ebb186865c11fe3; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(161, a0, 0x0)
	CHECK_FLAGS(162, 0x1)
	/* fcvt.w.d 0x3ff0000000000000 rm=rdn frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(163, a0, 0x1)
	CHECK_FLAGS(164, 0x0)
	/* fcvt.w.d 0xbff0000000000000 rm=rdn frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(165, a0, 0xffffffffffffffff)
	CHECK_FLAGS(166, 0x0)
	/* fcvt.w.d 0x3ff8000000000000 rm=rdn frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(167, a0, 0x1)
	CHECK_FLAGS(168, 0x1)
	/* fcvt.w.d 0x4004000000000000 rm=rdn frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(169, a0, 0x2)
	CHECK_FLAGS(170, 0x1)
	/* fcvt.w.d 0xc004000000000000 rm=rdn frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(171, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(172, 0x1)
	/* fcvt.w.d 0x3fe0000000000000 rm=rdn frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(173, a0, 0x0)
	CHECK_FLAGS(174, 0x1)
	/* fcvt.w.d 0xbfe0000000000000 rm=rdn frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(175, a0, 0xffffffffffffffff)
	CHECK_FLAGS(176, 0x1)
	/* fcvt.w.d 0x7fefffffffffffff rm=rdn frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(177, a0, 0x7fffffff)
	CHECK_FLAGS(178, 0x10)
	/* fcvt.w.d 0x3690000000000000 rm=rdn frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(179, a0, 0x0)
	CHECK_FLAGS(180, 0x1)
	/* fcvt.w.d 0x47efffffe0000000 rm=rdn frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(181, a0, 0x7fffffff)
	CHECK_FLAGS(182, 0x10)
	/* fcvt.w.d 0x47efffff00000000 rm=rdn frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(183, a0, 0x7fffffff)
	CHECK_FLAGS(184, 0x10)
	/* fcvt.w.d 0x36a0000000000000 rm=rdn frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(185, a0, 0x0)
	CHECK_FLAGS(186, 0x1)
	/* fcvt.w.d 0x3fefffffffffffff rm=rdn frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(187, a0, 0x0)
	CHECK_FLAGS(188, 0x1)
	/* fcvt.w.d 0xbcb0000000000000 rm=rdn frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(189, a0, 0xffffffffffffffff)
	CHECK_FLAGS(190, 0x1)
	/* fcvt.w.d 0xc00d800000000000 rm=rdn frm=None */
	li t0, 0xc00d800000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(191, a0, 0xfffffffffffffffc)
	CHECK_FLAGS(192, 0x1)
	/* fcvt.w.d 0xf000000000000 rm=rdn frm=None */
	li t0, 0xf000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(193, a0, 0x0)
	CHECK_FLAGS(194, 0x1)
	/* fcvt.w.d 0x802a60a7f37065e4 rm=rdn frm=None */
	li t0, 0x802a60a7f37065e4; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(195, a0, 0xffffffffffffffff)
	CHECK_FLAGS(196, 0x1)
	/* fcvt.w.d 0xea445cefe9113a0 rm=rdn frm=None */
	li t0, 0xea445cefe9113a0; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(197, a0, 0x0)
	CHECK_FLAGS(198, 0x1)
	/* fcvt.w.d 0x224b0768bd89f9 rm=rdn frm=None */
	li t0, 0x224b0768bd89f9; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(199, a0, 0x0)
	CHECK_FLAGS(200, 0x1)
	/* fcvt.w.d 0xc13053acbee23937 rm=rdn frm=None */
	li t0, 0xc13053acbee23937; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(201, a0, 0xffffffffffefac53)
	CHECK_FLAGS(202, 0x1)
	/* fcvt.w.d 0x3ff0000000000000 rm=rup frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(203, a0, 0x1)
	CHECK_FLAGS(204, 0x0)
	/* fcvt.w.d 0xbff0000000000000 rm=rup frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(205, a0, 0xffffffffffffffff)
	CHECK_FLAGS(206, 0x0)
	/* fcvt.w.d 0x3ff8000000000000 rm=rup frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(207, a0, 0x2)
	CHECK_FLAGS(208, 0x1)
	/* fcvt.w.d 0x4004000000000000 rm=rup frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(209, a0, 0x3)
	CHECK_FLAGS(210, 0x1)
	/* fcvt.w.d 0xc004000000000000 rm=rup frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(211, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(212, 0x1)
	/* fcvt.w.d 0x3fe0000000000000 rm=rup frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(213, a0, 0x1)
	CHECK_FLAGS(214, 0x1)
	/* fcvt.w.d 0xbfe0000000000000 rm=rup frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(215, a0, 0x0)
	CHECK_FLAGS(216, 0x1)
	/* fcvt.w.d 0x7fefffffffffffff rm=rup frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(217, a0, 0x7fffffff)
	CHECK_FLAGS(218, 0x10)
	/* fcvt.w.d 0x3690000000000000 rm=rup frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(219, a0, 0x1)
	CHECK_FLAGS(220, 0x1)
	/* fcvt.w.d 0x47efffffe0000000 rm=rup frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(221, a0, 0x7fffffff)
	CHECK_FLAGS(222, 0x10)
	/* fcvt.w.d 0x47efffff00000000 rm=rup frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(223, a0, 0x7fffffff)
	CHECK_FLAGS(224, 0x10)
	/* fcvt.w.d 0x36a0000000000000 rm=rup frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(225, a0, 0x1)
	CHECK_FLAGS(226, 0x1)
	/* fcvt.w.d 0x3fefffffffffffff rm=rup frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(227, a0, 0x1)
	CHECK_FLAGS(228, 0x1)
	/* fcvt.w.d 0xbcb0000000000000 rm=rup frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(229, a0, 0x0)
	CHECK_FLAGS(230, 0x1)
	/* fcvt.w.d 0xc19ffca79d35e24 rm=rup frm=None */
	li t0, 0xc19ffca79d35e24; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(231, a0, 0x1)
	CHECK_FLAGS(232, 0x1)
	/* fcvt.w.d 0x3fe30e78b08e7cc8 rm=rup frm=None */
	li t0, 0x3fe30e78b08e7cc8; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(233, a0, 0x1)
	CHECK_FLAGS(234, 0x1)
	/* fcvt.w.d 0x3feee85062f2baae rm=rup frm=None */
	li t0, 0x3feee85062f2baae; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(235, a0, 0x1)
	CHECK_FLAGS(236, 0x1)
	/* fcvt.w.d 0x917c000000000000 rm=rup frm=None */
	li t0, 0x917c000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(237, a0, 0x0)
	CHECK_FLAGS(238, 0x1)
	/* fcvt.w.d 0x3fe671864cf7dcb8 rm=rup frm=None */
	li t0, 0x3fe671864cf7dcb8; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(239, a0, 0x1)
	CHECK_FLAGS(240, 0x1)
	/* fcvt.w.d 0x3eb5000000000000 rm=rup frm=None */
	li t0, 0x3eb5000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(241, a0, 0x1)
	CHECK_FLAGS(242, 0x1)
	/* fcvt.w.d 0x3ff0000000000000 rm=rmm frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(243, a0, 0x1)
	CHECK_FLAGS(244, 0x0)
	/* fcvt.w.d 0xbff0000000000000 rm=rmm frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(245, a0, 0xffffffffffffffff)
	CHECK_FLAGS(246, 0x0)
	/* fcvt.w.d 0x3ff8000000000000 rm=rmm frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(247, a0, 0x2)
	CHECK_FLAGS(248, 0x1)
	/* fcvt.w.d 0x4004000000000000 rm=rmm frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(249, a0, 0x3)
	CHECK_FLAGS(250, 0x1)
	/* fcvt.w.d 0xc004000000000000 rm=rmm frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(251, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(252, 0x1)
	/* fcvt.w.d 0x3fe0000000000000 rm=rmm frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(253, a0, 0x1)
	CHECK_FLAGS(254, 0x1)
	/* fcvt.w.d 0xbfe0000000000000 rm=rmm frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(255, a0, 0xffffffffffffffff)
	CHECK_FLAGS(1, 0x1)
	/* fcvt.w.d 0x7fefffffffffffff rm=rmm frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(2, a0, 0x7fffffff)
	CHECK_FLAGS(3, 0x10)
	/* fcvt.w.d 0x3690000000000000 rm=rmm frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(4, a0, 0x0)
	CHECK_FLAGS(5, 0x1)
	/* fcvt.w.d 0x47efffffe0000000 rm=rmm frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(6, a0, 0x7fffffff)
	CHECK_FLAGS(7, 0x10)
	/* fcvt.w.d 0x47efffff00000000 rm=rmm frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(8, a0, 0x7fffffff)
	CHECK_FLAGS(9, 0x10)
	/* fcvt.w.d 0x36a0000000000000 rm=rmm frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(10, a0, 0x0)
	CHECK_FLAGS(11, 0x1)
	/* fcvt.w.d 0x3fefffffffffffff rm=rmm frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(12, a0, 0x1)
	CHECK_FLAGS(13, 0x1)
	/* fcvt.w.d 0xbcb0000000000000 rm=rmm frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(14, a0, 0x0)
	CHECK_FLAGS(15, 0x1)
	/* fcvt.w.d 0x8010800000000000 rm=rmm frm=None */
	li t0, 0x8010800000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(16, a0, 0x0)
	CHECK_FLAGS(17, 0x1)
	/* fcvt.w.d 0x8000800000000000 rm=rmm frm=None */
	li t0, 0x8000800000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(18, a0, 0x0)
	CHECK_FLAGS(19, 0x1)
	/* fcvt.w.d 0xaf6b176ccd78f560 rm=rmm frm=None */
	li t0, 0xaf6b176ccd78f560; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(20, a0, 0x0)
	CHECK_FLAGS(21, 0x1)
	/* fcvt.w.d 0x8011800000000000 rm=rmm frm=None */
	li t0, 0x8011800000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(22, a0, 0x0)
	CHECK_FLAGS(23, 0x1)
	/* fcvt.w.d 0x3eb40d170533076f rm=rmm frm=None */
	li t0, 0x3eb40d170533076f; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(24, a0, 0x0)
	CHECK_FLAGS(25, 0x1)
	/* fcvt.w.d 0x3ff19253cdf5a8ab rm=rmm frm=None */
	li t0, 0x3ff19253cdf5a8ab; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(26, a0, 0x1)
	CHECK_FLAGS(27, 0x1)
	/* fcvt.w.d 0xbfe0000000000000 rm=None frm=0 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 0; fcvt.w.d a0, f11
	CHECK(28, a0, 0x0)
	CHECK_FLAGS(29, 0x1)
	/* fcvt.w.d 0xc004000000000000 rm=None frm=0 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 0; fcvt.w.d a0, f11
	CHECK(30, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(31, 0x1)
	/* fcvt.w.d 0xbfe0000000000000 rm=None frm=1 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 1; fcvt.w.d a0, f11
	CHECK(32, a0, 0x0)
	CHECK_FLAGS(33, 0x1)
	/* fcvt.w.d 0xc004000000000000 rm=None frm=1 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 1; fcvt.w.d a0, f11
	CHECK(34, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(35, 0x1)
	/* fcvt.w.d 0xbfe0000000000000 rm=None frm=2 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 2; fcvt.w.d a0, f11
	CHECK(36, a0, 0xffffffffffffffff)
	CHECK_FLAGS(37, 0x1)
	/* fcvt.w.d 0xc004000000000000 rm=None frm=2 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 2; fcvt.w.d a0, f11
	CHECK(38, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(39, 0x1)
	/* fcvt.w.d 0xbfe0000000000000 rm=None frm=3 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 3; fcvt.w.d a0, f11
	CHECK(40, a0, 0x0)
	CHECK_FLAGS(41, 0x1)
	/* fcvt.w.d 0xc004000000000000 rm=None frm=3 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 3; fcvt.w.d a0, f11
	CHECK(42, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(43, 0x1)
	/* fcvt.w.d 0xbfe0000000000000 rm=None frm=4 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 4; fcvt.w.d a0, f11
	CHECK(44, a0, 0xffffffffffffffff)
	CHECK_FLAGS(45, 0x1)
	/* fcvt.w.d 0xc004000000000000 rm=None frm=4 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 4; fcvt.w.d a0, f11
	CHECK(46, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(47, 0x1)
	/* fcvt.wu.d 0x0 rm=rtz frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(48, a0, 0x0)
	CHECK_FLAGS(49, 0x0)
	/* fcvt.wu.d 0x8000000000000000 rm=rtz frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(50, a0, 0x0)
	CHECK_FLAGS(51, 0x0)
	/* fcvt.wu.d 0x3ff0000000000000 rm=rtz frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(52, a0, 0x1)
	CHECK_FLAGS(53, 0x0)
	/* fcvt.wu.d 0xbff0000000000000 rm=rtz frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(54, a0, 0x0)
	CHECK_FLAGS(55, 0x10)
	/* fcvt.wu.d 0x3ff8000000000000 rm=rtz frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(56, a0, 0x1)
	CHECK_FLAGS(57, 0x1)
	/* fcvt.wu.d 0x4004000000000000 rm=rtz frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(58, a0, 0x2)
	CHECK_FLAGS(59, 0x1)
	/* fcvt.wu.d 0xc004000000000000 rm=rtz frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(60, a0, 0x0)
	CHECK_FLAGS(61, 0x10)
	/* fcvt.wu.d 0x3fe0000000000000 rm=rtz frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(62, a0, 0x0)
	CHECK_FLAGS(63, 0x1)
	/* fcvt.wu.d 0xbfe0000000000000 rm=rtz frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(64, a0, 0x0)
	CHECK_FLAGS(65, 0x1)
	/* fcvt.wu.d 0x7fefffffffffffff rm=rtz frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(66, a0, 0xffffffffffffffff)
	CHECK_FLAGS(67, 0x10)
	/* fcvt.wu.d 0xffefffffffffffff rm=rtz frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(68, a0, 0x0)
	CHECK_FLAGS(69, 0x10)
	/* fcvt.wu.d 0x10000000000000 rm=rtz frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(70, a0, 0x0)
	CHECK_FLAGS(71, 0x1)
	/* fcvt.wu.d 0xfffffffffffff rm=rtz frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(72, a0, 0x0)
	CHECK_FLAGS(73, 0x1)
	/* fcvt.wu.d 0x1 rm=rtz frm=None */
	li t0, 0x1; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(74, a0, 0x0)
	CHECK_FLAGS(75, 0x1)
	/* fcvt.wu.d 0x8000000000000001 rm=rtz frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(76, a0, 0x0)
	CHECK_FLAGS(77, 0x1)
	/* fcvt.wu.d 0x7ff0000000000000 rm=rtz frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(78, a0, 0xffffffffffffffff)
	CHECK_FLAGS(79, 0x10)
	/* fcvt.wu.d 0xfff0000000000000 rm=rtz frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(80, a0, 0x0)
	CHECK_FLAGS(81, 0x10)
	/* fcvt.wu.d 0x7ff8000000000000 rm=rtz frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(82, a0, 0xffffffffffffffff)
	CHECK_FLAGS(83, 0x10)
	/* fcvt.wu.d 0x7ff0000000000001 rm=rtz frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(84, a0, 0xffffffffffffffff)
	CHECK_FLAGS(85, 0x10)
	/* fcvt.wu.d 0xfff8000000001234 rm=rtz frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(86, a0, 0xffffffffffffffff)
	CHECK_FLAGS(87, 0x10)
	/* fcvt.wu.d 0x3ff0000000000001 rm=rtz frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(88, a0, 0x1)
	CHECK_FLAGS(89, 0x1)
	/* fcvt.wu.d 0x3ca0000000000000 rm=rtz frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(90, a0, 0x0)
	CHECK_FLAGS(91, 0x1)
	/* fcvt.wu.d 0x4008000000000000 rm=rtz frm=None */
	li t0, 0x4008000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(92, a0, 0x3)
	CHECK_FLAGS(93, 0x0)
	/* fcvt.wu.d 0x3fb999999999999a rm=rtz frm=None */
	li t0, 0x3fb999999999999a; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(94, a0, 0x0)
	CHECK_FLAGS(95, 0x1)
	/* fcvt.wu.d 0x41dfffffffe00000 rm=rtz frm=None */
	li t0, 0x41dfffffffe00000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(96, a0, 0x7fffffff)
	CHECK_FLAGS(97, 0x1)
	/* fcvt.wu.d 0x41e0000000000000 rm=rtz frm=None */
	li t0, 0x41e0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(98, a0, 0xffffffff80000000)
	CHECK_FLAGS(99, 0x0)
	/* fcvt.wu.d 0xc1e0000000000000 rm=rtz frm=None */
	li t0, 0xc1e0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(100, a0, 0x0)
	CHECK_FLAGS(101, 0x10)
	/* fcvt.wu.d 0xc1e0000000100000 rm=rtz frm=None */
	li t0, 0xc1e0000000100000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(102, a0, 0x0)
	CHECK_FLAGS(103, 0x10)
	/* fcvt.wu.d 0x43e0000000000000 rm=rtz frm=None */
	li t0, 0x43e0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(104, a0, 0xffffffffffffffff)
	CHECK_FLAGS(105, 0x10)
	/* fcvt.wu.d 0xc3e0000000000000 rm=rtz frm=None */
	li t0, 0xc3e0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(106, a0, 0x0)
	CHECK_FLAGS(107, 0x10)
	/* fcvt.wu.d 0x43f0000000000000 rm=rtz frm=None */
	li t0, 0x43f0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(108, a0, 0xffffffffffffffff)
	CHECK_FLAGS(109, 0x10)
	/* fcvt.wu.d 0x43efffffffffffff rm=rtz frm=None */
	li t0, 0x43efffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(110, a0, 0xffffffffffffffff)
	CHECK_FLAGS(111, 0x10)
	/* fcvt.wu.d 0x41efffffffe00000 rm=rtz frm=None */
	li t0, 0x41efffffffe00000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(112, a0, 0xffffffffffffffff)
	CHECK_FLAGS(113, 0x0)
	/* fcvt.wu.d 0x3ff0000010000000 rm=rtz frm=None */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(114, a0, 0x1)
	CHECK_FLAGS(115, 0x1)
	/* fcvt.wu.d 0x3810000000000000 rm=rtz frm=None */
	li t0, 0x3810000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(116, a0, 0x0)
	CHECK_FLAGS(117, 0x1)
	/* fcvt.wu.d 0x3690000000000000 rm=rtz frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(118, a0, 0x0)
	CHECK_FLAGS(119, 0x1)
	/* fcvt.wu.d 0x47efffffe0000000 rm=rtz frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(120, a0, 0xffffffffffffffff)
	CHECK_FLAGS(121, 0x10)
	/* fcvt.wu.d 0x47efffff00000000 rm=rtz frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(122, a0, 0xffffffffffffffff)
	CHECK_FLAGS(123, 0x10)
	/* fcvt.wu.d 0x36a0000000000000 rm=rtz frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(124, a0, 0x0)
	CHECK_FLAGS(125, 0x1)
	/* fcvt.wu.d 0x3fefffffffffffff rm=rtz frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(126, a0, 0x0)
	CHECK_FLAGS(127, 0x1)
	/* fcvt.wu.d 0xbcb0000000000000 rm=rtz frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(128, a0, 0x0)
	CHECK_FLAGS(129, 0x1)
	/* fcvt.wu.d 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(130, a0, 0x1)
	CHECK_FLAGS(131, 0x0)
	/* fcvt.wu.d 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(132, a0, 0x0)
	CHECK_FLAGS(133, 0x10)
	/* fcvt.wu.d 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(134, a0, 0x2)
	CHECK_FLAGS(135, 0x1)
	/* fcvt.wu.d 0x4004000000000000 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(136, a0, 0x2)
	CHECK_FLAGS(137, 0x1)
	/* fcvt.wu.d 0xc004000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(138, a0, 0x0)
	CHECK_FLAGS(139, 0x10)
	/* fcvt.wu.d 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(140, a0, 0x0)
	CHECK_FLAGS(141, 0x1)
	/* fcvt.wu.d 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(142, a0, 0x0)
	CHECK_FLAGS(143, 0x1)
	/* fcvt.wu.d 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(144, a0, 0xffffffffffffffff)
	CHECK_FLAGS(145, 0x10)
	/* fcvt.wu.d 0x3690000000000000 rm=rne frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(146, a0, 0x0)
	CHECK_FLAGS(147, 0x1)
	/* fcvt.wu.d 0x47efffffe0000000 rm=rne frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(148, a0, 0xffffffffffffffff)
	CHECK_FLAGS(149, 0x10)
	/* fcvt.wu.d 0x47efffff00000000 rm=rne frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(150, a0, 0xffffffffffffffff)
	CHECK_FLAGS(151, 0x10)
	/* fcvt.wu.d 0x36a0000000000000 rm=rne frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(152, a0, 0x0)
	CHECK_FLAGS(153, 0x1)
	/* fcvt.wu.d 0x3fefffffffffffff rm=rne frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(154, a0, 0x1)
	CHECK_FLAGS(155, 0x1)
	/* fcvt.wu.d 0xbcb0000000000000 rm=rne frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(156, a0, 0x0)
	CHECK_FLAGS(157, 0x1)
	/* fcvt.wu.d 0x8017514ca5bd9707 rm=rne frm=None */
	li t0, 0x8017514ca5bd9707; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(158, a0, 0x0)
	CHECK_FLAGS(159, 0x1)
	/* fcvt.wu.d 0x5cedfab3a64bf rm=rne frm=None */
	li t0, 0x5cedfab3a64bf; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(160, a0, 0x0)
	CHECK_FLAGS(161, 0x1)
	/* fcvt.wu.d 0x8013d2a23aec8a53 rm=rne frm=None */
	li t0, 0x8013d2a23aec8a53; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(162, a0, 0x0)
	CHECK_FLAGS(163, 0x1)
	/* fcvt.wu.d 0xffe895a3cf71a4d0 rm=rne frm=None */
	li t0, 0xffe895a3cf71a4d0; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(164, a0, 0x0)
	CHECK_FLAGS(165, 0x10)
	/* fcvt.wu.d 0x9a3c000000000000 rm=rne frm=None */
	li t0, 0x9a3c000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(166, a0, 0x0)
	CHECK_FLAGS(167, 0x1)
	/* fcvt.wu.d 0x400a000000000000 rm=rne frm=None */
	li t0, 0x400a000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(168, a0, 0x3)
	CHECK_FLAGS(169, 0x1)
	/* fcvt.wu.d 0x3ff0000000000000 rm=rtz frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(170, a0, 0x1)
	CHECK_FLAGS(171, 0x0)
	/* fcvt.wu.d 0xbff0000000000000 rm=rtz frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(172, a0, 0x0)
	CHECK_FLAGS(173, 0x10)
	/* fcvt.wu.d 0x3ff8000000000000 rm=rtz frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(174, a0, 0x1)
	CHECK_FLAGS(175, 0x1)
	/* fcvt.wu.d 0x4004000000000000 rm=rtz frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(176, a0, 0x2)
	CHECK_FLAGS(177, 0x1)
	/* fcvt.wu.d 0xc004000000000000 rm=rtz frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(178, a0, 0x0)
	CHECK_FLAGS(179, 0x10)
	/* fcvt.wu.d 0x3fe0000000000000 rm=rtz frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(180, a0, 0x0)
	CHECK_FLAGS(181, 0x1)
	/* fcvt.wu.d 0xbfe0000000000000 rm=rtz frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(182, a0, 0x0)
	CHECK_FLAGS(183, 0x1)
	/* fcvt.wu.d 0x7fefffffffffffff rm=rtz frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(184, a0, 0xffffffffffffffff)
	CHECK_FLAGS(185, 0x10)
	/* fcvt.wu.d 0x3690000000000000 rm=rtz frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(186, a0, 0x0)
	CHECK_FLAGS(187, 0x1)
	/* fcvt.wu.d 0x47efffffe0000000 rm=rtz frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(188, a0, 0xffffffffffffffff)
	CHECK_FLAGS(189, 0x10)
	/* fcvt.wu.d 0x47efffff00000000 rm=rtz frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(190, a0, 0xffffffffffffffff)
	CHECK_FLAGS(191, 0x10)
	/* fcvt.wu.d 0x36a0000000000000 rm=rtz frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(192, a0, 0x0)
	CHECK_FLAGS(193, 0x1)
	/* fcvt.wu.d 0x3fefffffffffffff rm=rtz frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(194, a0, 0x0)
	CHECK_FLAGS(195, 0x1)
	/* fcvt.wu.d 0xbcb0000000000000 rm=rtz frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(196, a0, 0x0)
	CHECK_FLAGS(197, 0x1)
	/* fcvt.wu.d 0x802a800000000000 rm=rtz frm=None */
	li t0, 0x802a800000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(198, a0, 0x0)
	CHECK_FLAGS(199, 0x1)
	/* fcvt.wu.d 0x2547b433d60071 rm=rtz frm=None */
	li t0, 0x2547b433d60071; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(200, a0, 0x0)
	CHECK_FLAGS(201, 0x1)
	/* fcvt.wu.d 0x3eb0000000000000 rm=rtz frm=None */
	li t0, 0x3eb0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(202, a0, 0x0)
	CHECK_FLAGS(203, 0x1)
	/* fcvt.wu.d 0x182a53b74d4ced rm=rtz frm=None */
	li t0, 0x182a53b74d4ced; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(204, a0, 0x0)
	CHECK_FLAGS(205, 0x1)
	/* fcvt.wu.d 0x1c000000000000 rm=rtz frm=None */
	li t0, 0x1c000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(206, a0, 0x0)
	CHECK_FLAGS(207, 0x1)
	/* fcvt.wu.d 0x8023c4cb2d4a48d3 rm=rtz frm=None */
	li t0, 0x8023c4cb2d4a48d3; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(208, a0, 0x0)
	CHECK_FLAGS(209, 0x1)
	/* fcvt.wu.d 0x3ff0000000000000 rm=rdn frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(210, a0, 0x1)
	CHECK_FLAGS(211, 0x0)
	/* fcvt.wu.d 0xbff0000000000000 rm=rdn frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(212, a0, 0x0)
	CHECK_FLAGS(213, 0x10)
	/* fcvt.wu.d 0x3ff8000000000000 rm=rdn frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(214, a0, 0x1)
	CHECK_FLAGS(215, 0x1)
	/* fcvt.wu.d 0x4004000000000000 rm=rdn frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(216, a0, 0x2)
	CHECK_FLAGS(217, 0x1)
	/* fcvt.wu.d 0xc004000000000000 rm=rdn frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(218, a0, 0x0)
	CHECK_FLAGS(219, 0x10)
	/* fcvt.wu.d 0x3fe0000000000000 rm=rdn frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(220, a0, 0x0)
	CHECK_FLAGS(221, 0x1)
	/* fcvt.wu.d 0xbfe0000000000000 rm=rdn frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(222, a0, 0x0)
	CHECK_FLAGS(223, 0x10)
	/* fcvt.wu.d 0x7fefffffffffffff rm=rdn frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(224, a0, 0xffffffffffffffff)
	CHECK_FLAGS(225, 0x10)
	/* fcvt.wu.d 0x3690000000000000 rm=rdn frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(226, a0, 0x0)
	CHECK_FLAGS(227, 0x1)
	/* fcvt.wu.d 0x47efffffe0000000 rm=rdn frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(228, a0, 0xffffffffffffffff)
	CHECK_FLAGS(229, 0x10)
	/* fcvt.wu.d 0x47efffff00000000 rm=rdn frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(230, a0, 0xffffffffffffffff)
	CHECK_FLAGS(231, 0x10)
	/* fcvt.wu.d 0x36a0000000000000 rm=rdn frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(232, a0, 0x0)
	CHECK_FLAGS(233, 0x1)
	/* fcvt.wu.d 0x3fefffffffffffff rm=rdn frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(234, a0, 0x0)
	CHECK_FLAGS(235, 0x1)
	/* fcvt.wu.d 0xbcb0000000000000 rm=rdn frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(236, a0, 0x0)
	CHECK_FLAGS(237, 0x10)
	/* fcvt.wu.d 0x1f6b9bb75ddc6d rm=rdn frm=None */
	li t0, 0x1f6b9bb75ddc6d; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(238, a0, 0x0)
	CHECK_FLAGS(239, 0x1)
	/* fcvt.wu.d 0x2b800000000000 rm=rdn frm=None */
	li t0, 0x2b800000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(240, a0, 0x0)
	CHECK_FLAGS(241, 0x1)
	/* fcvt.wu.d 0xc009773d08e93688 rm=rdn frm=None */
	li t0, 0xc009773d08e93688; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(242, a0, 0x0)
	CHECK_FLAGS(243, 0x10)
	/* fcvt.wu.d 0x3ff3000000000000 rm=rdn frm=None */
	li t0, 0x3ff3000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(244, a0, 0x1)
	CHECK_FLAGS(245, 0x1)
	/* fcvt.wu.d 0x132e654b7f4d9288 rm=rdn frm=None */
	li t0, 0x132e654b7f4d9288; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(246, a0, 0x0)
	CHECK_FLAGS(247, 0x1)
	/* fcvt.wu.d 0x40025a77d080c8a3 rm=rdn frm=None */
	li t0, 0x40025a77d080c8a3; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(248, a0, 0x2)
	CHECK_FLAGS(249, 0x1)
	/* fcvt.wu.d 0x3ff0000000000000 rm=rup frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(250, a0, 0x1)
	CHECK_FLAGS(251, 0x0)
	/* fcvt.wu.d 0xbff0000000000000 rm=rup frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(252, a0, 0x0)
	CHECK_FLAGS(253, 0x10)
	/* fcvt.wu.d 0x3ff8000000000000 rm=rup frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(254, a0, 0x2)
	CHECK_FLAGS(255, 0x1)
	/* fcvt.wu.d 0x4004000000000000 rm=rup frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(1, a0, 0x3)
	CHECK_FLAGS(2, 0x1)
	/* fcvt.wu.d 0xc004000000000000 rm=rup frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(3, a0, 0x0)
	CHECK_FLAGS(4, 0x10)
	/* fcvt.wu.d 0x3fe0000000000000 rm=rup frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(5, a0, 0x1)
	CHECK_FLAGS(6, 0x1)
	/* fcvt.wu.d 0xbfe0000000000000 rm=rup frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(7, a0, 0x0)
	CHECK_FLAGS(8, 0x1)
	/* fcvt.wu.d 0x7fefffffffffffff rm=rup frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(9, a0, 0xffffffffffffffff)
	CHECK_FLAGS(10, 0x10)
	/* fcvt.wu.d 0x3690000000000000 rm=rup frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(11, a0, 0x1)
	CHECK_FLAGS(12, 0x1)
	/* fcvt.wu.d 0x47efffffe0000000 rm=rup frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(13, a0, 0xffffffffffffffff)
	CHECK_FLAGS(14, 0x10)
	/* fcvt.wu.d 0x47efffff00000000 rm=rup frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(15, a0, 0xffffffffffffffff)
	CHECK_FLAGS(16, 0x10)
	/* fcvt.wu.d 0x36a0000000000000 rm=rup frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(17, a0, 0x1)
	CHECK_FLAGS(18, 0x1)
	/* fcvt.wu.d 0x3fefffffffffffff rm=rup frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(19, a0, 0x1)
	CHECK_FLAGS(20, 0x1)
	/* fcvt.wu.d 0xbcb0000000000000 rm=rup frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(21, a0, 0x0)
	CHECK_FLAGS(22, 0x1)
	/* fcvt.wu.d 0x3eb525fffd3649a3 rm=rup frm=None */
	li t0, 0x3eb525fffd3649a3; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(23, a0, 0x1)
	CHECK_FLAGS(24, 0x1)
	/* fcvt.wu.d 0x4130321bc078f49e rm=rup frm=None */
	li t0, 0x4130321bc078f49e; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(25, a0, 0x10321c)
	CHECK_FLAGS(26, 0x1)
	/* fcvt.wu.d 0x2a408c241f38d7 rm=rup frm=None */
	li t0, 0x2a408c241f38d7; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(27, a0, 0x1)
	CHECK_FLAGS(28, 0x1)
	/* fcvt.wu.d 0x20cdcdd3f37 rm=rup frm=None */
	li t0, 0x20cdcdd3f37; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(29, a0, 0x1)
	CHECK_FLAGS(30, 0x1)
	/* fcvt.wu.d 0xa2bd800000000000 rm=rup frm=None */
	li t0, 0xa2bd800000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(31, a0, 0x0)
	CHECK_FLAGS(32, 0x1)
	/* fcvt.wu.d 0x19800000000000 rm=rup frm=None */
	li t0, 0x19800000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(33, a0, 0x1)
	CHECK_FLAGS(34, 0x1)
	/* fcvt.wu.d 0x3ff0000000000000 rm=rmm frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(35, a0, 0x1)
	CHECK_FLAGS(36, 0x0)
	/* fcvt.wu.d 0xbff0000000000000 rm=rmm frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(37, a0, 0x0)
	CHECK_FLAGS(38, 0x10)
	/* fcvt.wu.d 0x3ff8000000000000 rm=rmm frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(39, a0, 0x2)
	CHECK_FLAGS(40, 0x1)
	/* fcvt.wu.d 0x4004000000000000 rm=rmm frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(41, a0, 0x3)
	CHECK_FLAGS(42, 0x1)
	/* fcvt.wu.d 0xc004000000000000 rm=rmm frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(43, a0, 0x0)
	CHECK_FLAGS(44, 0x10)
	/* fcvt.wu.d 0x3fe0000000000000 rm=rmm frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(45, a0, 0x1)
	CHECK_FLAGS(46, 0x1)
	/* fcvt.wu.d 0xbfe0000000000000 rm=rmm frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(47, a0, 0x0)
	CHECK_FLAGS(48, 0x10)
	/* fcvt.wu.d 0x7fefffffffffffff rm=rmm frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(49, a0, 0xffffffffffffffff)
	CHECK_FLAGS(50, 0x10)
	/* fcvt.wu.d 0x3690000000000000 rm=rmm frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(51, a0, 0x0)
	CHECK_FLAGS(52, 0x1)
	/* fcvt.wu.d 0x47efffffe0000000 rm=rmm frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(53, a0, 0xffffffffffffffff)
	CHECK_FLAGS(54, 0x10)
	/* fcvt.wu.d 0x47efffff00000000 rm=rmm frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(55, a0, 0xffffffffffffffff)
	CHECK_FLAGS(56, 0x10)
	/* fcvt.wu.d 0x36a0000000000000 rm=rmm frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(57, a0, 0x0)
	CHECK_FLAGS(58, 0x1)
	/* fcvt.wu.d 0x3fefffffffffffff rm=rmm frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(59, a0, 0x1)
	CHECK_FLAGS(60, 0x1)
	/* fcvt.wu.d 0xbcb0000000000000 rm=rmm frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(61, a0, 0x0)
	CHECK_FLAGS(62, 0x1)
	/* fcvt.wu.d 0xbfebab4b4a68960d rm=rmm frm=None */
	li t0, 0xbfebab4b4a68960d; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(63, a0, 0x0)
	CHECK_FLAGS(64, 0x10)
	/* fcvt.wu.d 0x400a092aad886697 rm=rmm frm=None */
	li t0, 0x400a092aad886697; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(65, a0, 0x3)
	CHECK_FLAGS(66, 0x1)
	/* fcvt.wu.d 0x400e46a3edf3655d rm=rmm frm=None */
	li t0, 0x400e46a3edf3655d; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(67, a0, 0x4)
	CHECK_FLAGS(68, 0x1)
	/* fcvt.wu.d 0x800a512cb59aa60d rm=rmm frm=None */
	li t0, 0x800a512cb59aa60d; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(69, a0, 0x0)
	CHECK_FLAGS(70, 0x1)
	/* fcvt.wu.d 0xbebd43a3a1321a3d rm=rmm frm=None */
	li t0, 0xbebd43a3a1321a3d; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(71, a0, 0x0)
	CHECK_FLAGS(72, 0x1)
	/* fcvt.wu.d 0x84fd000000000000 rm=rmm frm=None */
	li t0, 0x84fd000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(73, a0, 0x0)
	CHECK_FLAGS(74, 0x1)
	/* fcvt.wu.d 0xbfe0000000000000 rm=None frm=0 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 0; fcvt.wu.d a0, f11
	CHECK(75, a0, 0x0)
	CHECK_FLAGS(76, 0x1)
	/* fcvt.wu.d 0xc004000000000000 rm=None frm=0 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 0; fcvt.wu.d a0, f11
	CHECK(77, a0, 0x0)
	CHECK_FLAGS(78, 0x10)
	/* fcvt.wu.d 0xbfe0000000000000 rm=None frm=1 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 1; fcvt.wu.d a0, f11
	CHECK(79, a0, 0x0)
	CHECK_FLAGS(80, 0x1)
	/* fcvt.wu.d 0xc004000000000000 rm=None frm=1 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 1; fcvt.wu.d a0, f11
	CHECK(81, a0, 0x0)
	CHECK_FLAGS(82, 0x10)
	/* fcvt.wu.d 0xbfe0000000000000 rm=None frm=2 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 2; fcvt.wu.d a0, f11
	CHECK(83, a0, 0x0)
	CHECK_FLAGS(84, 0x10)
	/* fcvt.wu.d 0xc004000000000000 rm=None frm=2 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 2; fcvt.wu.d a0, f11
	CHECK(85, a0, 0x0)
	CHECK_FLAGS(86, 0x10)
	/* fcvt.wu.d 0xbfe0000000000000 rm=None frm=3 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 3; fcvt.wu.d a0, f11
	CHECK(87, a0, 0x0)
	CHECK_FLAGS(88, 0x1)
	/* fcvt.wu.d 0xc004000000000000 rm=None frm=3 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 3; fcvt.wu.d a0, f11
	CHECK(89, a0, 0x0)
	CHECK_FLAGS(90, 0x10)
	/* fcvt.wu.d 0xbfe0000000000000 rm=None frm=4 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 4; fcvt.wu.d a0, f11
	CHECK(91, a0, 0x0)
	CHECK_FLAGS(92, 0x10)
	/* fcvt.wu.d 0xc004000000000000 rm=None frm=4 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 4; fcvt.wu.d a0, f11
	CHECK(93, a0, 0x0)
	CHECK_FLAGS(94, 0x10)
	/* fcvt.l.d 0x0 rm=rtz frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(95, a0, 0x0)
	CHECK_FLAGS(96, 0x0)
	/* fcvt.l.d 0x8000000000000000 rm=rtz frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(97, a0, 0x0)
	CHECK_FLAGS(98, 0x0)
	/* fcvt.l.d 0x3ff0000000000000 rm=rtz frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(99, a0, 0x1)
	CHECK_FLAGS(100, 0x0)
	/* fcvt.l.d 0xbff0000000000000 rm=rtz frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(101, a0, 0xffffffffffffffff)
	CHECK_FLAGS(102, 0x0)
	/* fcvt.l.d 0x3ff8000000000000 rm=rtz frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(103, a0, 0x1)
	CHECK_FLAGS(104, 0x1)
	/* fcvt.l.d 0x4004000000000000 rm=rtz frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(105, a0, 0x2)
	CHECK_FLAGS(106, 0x1)
	/* fcvt.l.d 0xc004000000000000 rm=rtz frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(107, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(108, 0x1)
	/* fcvt.l.d 0x3fe0000000000000 rm=rtz frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(109, a0, 0x0)
	CHECK_FLAGS(110, 0x1)
	/* fcvt.l.d 0xbfe0000000000000 rm=rtz frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(111, a0, 0x0)
	CHECK_FLAGS(112, 0x1)
	/* fcvt.l.d 0x7fefffffffffffff rm=rtz frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(113, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(114, 0x10)
	/* fcvt.l.d 0xffefffffffffffff rm=rtz frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(115, a0, 0x8000000000000000)
	CHECK_FLAGS(116, 0x10)
	/* fcvt.l.d 0x10000000000000 rm=rtz frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(117, a0, 0x0)
	CHECK_FLAGS(118, 0x1)
	/* fcvt.l.d 0xfffffffffffff rm=rtz frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(119, a0, 0x0)
	CHECK_FLAGS(120, 0x1)
	/* fcvt.l.d 0x1 rm=rtz frm=None */
	li t0, 0x1; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(121, a0, 0x0)
	CHECK_FLAGS(122, 0x1)
	/* fcvt.l.d 0x8000000000000001 rm=rtz frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(123, a0, 0x0)
	CHECK_FLAGS(124, 0x1)
	/* fcvt.l.d 0x7ff0000000000000 rm=rtz frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(125, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(126, 0x10)
	/* fcvt.l.d 0xfff0000000000000 rm=rtz frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(127, a0, 0x8000000000000000)
	CHECK_FLAGS(128, 0x10)
	/* fcvt.l.d 0x7ff8000000000000 rm=rtz frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(129, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(130, 0x10)
	/* fcvt.l.d 0x7ff0000000000001 rm=rtz frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(131, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(132, 0x10)
	/* fcvt.l.d 0xfff8000000001234 rm=rtz frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(133, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(134, 0x10)
	/* fcvt.l.d 0x3ff0000000000001 rm=rtz frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(135, a0, 0x1)
	CHECK_FLAGS(136, 0x1)
	/* fcvt.l.d 0x3ca0000000000000 rm=rtz frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(137, a0, 0x0)
	CHECK_FLAGS(138, 0x1)
	/* fcvt.l.d 0x4008000000000000 rm=rtz frm=None */
	li t0, 0x4008000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(139, a0, 0x3)
	CHECK_FLAGS(140, 0x0)
	/* fcvt.l.d 0x3fb999999999999a rm=rtz frm=None */
	li t0, 0x3fb999999999999a; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(141, a0, 0x0)
	CHECK_FLAGS(142, 0x1)
	/* fcvt.l.d 0x41dfffffffe00000 rm=rtz frm=None */
	li t0, 0x41dfffffffe00000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(143, a0, 0x7fffffff)
	CHECK_FLAGS(144, 0x1)
	/* fcvt.l.d 0x41e0000000000000 rm=rtz frm=None */
	li t0, 0x41e0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(145, a0, 0x80000000)
	CHECK_FLAGS(146, 0x0)
	/* fcvt.l.d 0xc1e0000000000000 rm=rtz frm=None */
	li t0, 0xc1e0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(147, a0, 0xffffffff80000000)
	CHECK_FLAGS(148, 0x0)
	/* fcvt.l.d 0xc1e0000000100000 rm=rtz frm=None */
	li t0, 0xc1e0000000100000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(149, a0, 0xffffffff80000000)
	CHECK_FLAGS(150, 0x1)
	/* fcvt.l.d 0x43e0000000000000 rm=rtz frm=None */
	li t0, 0x43e0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(151, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(152, 0x10)
	/* fcvt.l.d 0xc3e0000000000000 rm=rtz frm=None */
	li t0, 0xc3e0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(153, a0, 0x8000000000000000)
	CHECK_FLAGS(154, 0x0)
	/* fcvt.l.d 0x43f0000000000000 rm=rtz frm=None */
	li t0, 0x43f0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(155, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(156, 0x10)
	/* fcvt.l.d 0x43efffffffffffff rm=rtz frm=None */
	li t0, 0x43efffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(157, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(158, 0x10)
	/* fcvt.l.d 0x41efffffffe00000 rm=rtz frm=None */
	li t0, 0x41efffffffe00000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(159, a0, 0xffffffff)
	CHECK_FLAGS(160, 0x0)
	/* fcvt.l.d 0x3ff0000010000000 rm=rtz frm=None */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(161, a0, 0x1)
	CHECK_FLAGS(162, 0x1)
	/* fcvt.l.d 0x3810000000000000 rm=rtz frm=None */
	li t0, 0x3810000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(163, a0, 0x0)
	CHECK_FLAGS(164, 0x1)
	/* fcvt.l.d 0x3690000000000000 rm=rtz frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(165, a0, 0x0)
	CHECK_FLAGS(166, 0x1)
	/* fcvt.l.d 0x47efffffe0000000 rm=rtz frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(167, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(168, 0x10)
	/* fcvt.l.d 0x47efffff00000000 rm=rtz frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(169, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(170, 0x10)
	/* fcvt.l.d 0x36a0000000000000 rm=rtz frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(171, a0, 0x0)
	CHECK_FLAGS(172, 0x1)
	/* fcvt.l.d 0x3fefffffffffffff rm=rtz frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(173, a0, 0x0)
	CHECK_FLAGS(174, 0x1)
	/* fcvt.l.d 0xbcb0000000000000 rm=rtz frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(175, a0, 0x0)
	CHECK_FLAGS(176, 0x1)
	/* fcvt.l.d 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(177, a0, 0x1)
	CHECK_FLAGS(178, 0x0)
	/* fcvt.l.d 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(179, a0, 0xffffffffffffffff)
	CHECK_FLAGS(180, 0x0)
	/* fcvt.l.d 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(181, a0, 0x2)
	CHECK_FLAGS(182, 0x1)
	/* fcvt.l.d 0x4004000000000000 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(183, a0, 0x2)
	CHECK_FLAGS(184, 0x1)
	/* fcvt.l.d 0xc004000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(185, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(186, 0x1)
	/* fcvt.l.d 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(187, a0, 0x0)
	CHECK_FLAGS(188, 0x1)
	/* fcvt.l.d 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(189, a0, 0x0)
	CHECK_FLAGS(190, 0x1)
	/* fcvt.l.d 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(191, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(192, 0x10)
	/* fcvt.l.d 0x3690000000000000 rm=rne frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(193, a0, 0x0)
	CHECK_FLAGS(194, 0x1)
	/* fcvt.l.d 0x47efffffe0000000 rm=rne frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(195, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(196, 0x10)
	/* fcvt.l.d 0x47efffff00000000 rm=rne frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(197, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(198, 0x10)
	/* fcvt.l.d 0x36a0000000000000 rm=rne frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(199, a0, 0x0)
	CHECK_FLAGS(200, 0x1)
	/* fcvt.l.d 0x3fefffffffffffff rm=rne frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(201, a0, 0x1)
	CHECK_FLAGS(202, 0x1)
	/* fcvt.l.d 0xbcb0000000000000 rm=rne frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(203, a0, 0x0)
	CHECK_FLAGS(204, 0x1)
	/* fcvt.l.d 0x807a800000000000 rm=rne frm=None */
	li t0, 0x807a800000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(205, a0, 0x0)
	CHECK_FLAGS(206, 0x1)
	/* fcvt.l.d 0x8490b12309f9824a rm=rne frm=None */
	li t0, 0x8490b12309f9824a; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(207, a0, 0x0)
	CHECK_FLAGS(208, 0x1)
	/* fcvt.l.d 0x3ffd800000000000 rm=rne frm=None */
	li t0, 0x3ffd800000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(209, a0, 0x2)
	CHECK_FLAGS(210, 0x1)
	/* fcvt.l.d 0xef84eee9a427 rm=rne frm=None */
	li t0, 0xef84eee9a427; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(211, a0, 0x0)
	CHECK_FLAGS(212, 0x1)
	/* fcvt.l.d 0x7fe5800000000000 rm=rne frm=None */
	li t0, 0x7fe5800000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(213, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(214, 0x10)
	/* fcvt.l.d 0xc00f000000000000 rm=rne frm=None */
	li t0, 0xc00f000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(215, a0, 0xfffffffffffffffc)
	CHECK_FLAGS(216, 0x1)
	/* fcvt.l.d 0x3ff0000000000000 rm=rtz frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(217, a0, 0x1)
	CHECK_FLAGS(218, 0x0)
	/* fcvt.l.d 0xbff0000000000000 rm=rtz frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(219, a0, 0xffffffffffffffff)
	CHECK_FLAGS(220, 0x0)
	/* fcvt.l.d 0x3ff8000000000000 rm=rtz frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(221, a0, 0x1)
	CHECK_FLAGS(222, 0x1)
	/* fcvt.l.d 0x4004000000000000 rm=rtz frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(223, a0, 0x2)
	CHECK_FLAGS(224, 0x1)
	/* fcvt.l.d 0xc004000000000000 rm=rtz frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(225, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(226, 0x1)
	/* fcvt.l.d 0x3fe0000000000000 rm=rtz frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(227, a0, 0x0)
	CHECK_FLAGS(228, 0x1)
	/* fcvt.l.d 0xbfe0000000000000 rm=rtz frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(229, a0, 0x0)
	CHECK_FLAGS(230, 0x1)
	/* fcvt.l.d 0x7fefffffffffffff rm=rtz frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(231, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(232, 0x10)
	/* fcvt.l.d 0x3690000000000000 rm=rtz frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(233, a0, 0x0)
	CHECK_FLAGS(234, 0x1)
	/* fcvt.l.d 0x47efffffe0000000 rm=rtz frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(235, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(236, 0x10)
	/* fcvt.l.d 0x47efffff00000000 rm=rtz frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(237, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(238, 0x10)
	/* fcvt.l.d 0x36a0000000000000 rm=rtz frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(239, a0, 0x0)
	CHECK_FLAGS(240, 0x1)
	/* fcvt.l.d 0x3fefffffffffffff rm=rtz frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(241, a0, 0x0)
	CHECK_FLAGS(242, 0x1)
	/* fcvt.l.d 0xbcb0000000000000 rm=rtz frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(243, a0, 0x0)
	CHECK_FLAGS(244, 0x1)
	/* fcvt.l.d 0x3800000000000 rm=rtz frm=None */
	li t0, 0x3800000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(245, a0, 0x0)
	CHECK_FLAGS(246, 0x1)
	/* fcvt.l.d 0x8005800000000000 rm=rtz frm=None */
	li t0, 0x8005800000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(247, a0, 0x0)
	CHECK_FLAGS(248, 0x1)
	/* fcvt.l.d 0x801b800000000000 rm=rtz frm=None */
	li t0, 0x801b800000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(249, a0, 0x0)
	CHECK_FLAGS(250, 0x1)
	/* fcvt.l.d 0xf03000000000000 rm=rtz frm=None */
	li t0, 0xf03000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(251, a0, 0x0)
	CHECK_FLAGS(252, 0x1)
	/* fcvt.l.d 0x95ad36b205fe3677 rm=rtz frm=None */
	li t0, 0x95ad36b205fe3677; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(253, a0, 0x0)
	CHECK_FLAGS(254, 0x1)
	/* fcvt.l.d 0xffe5ea089bb8300a rm=rtz frm=None */
	li t0, 0xffe5ea089bb8300a; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(255, a0, 0x8000000000000000)
	CHECK_FLAGS(1, 0x10)
	/* fcvt.l.d 0x3ff0000000000000 rm=rdn frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(2, a0, 0x1)
	CHECK_FLAGS(3, 0x0)
	/* fcvt.l.d 0xbff0000000000000 rm=rdn frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(4, a0, 0xffffffffffffffff)
	CHECK_FLAGS(5, 0x0)
	/* fcvt.l.d 0x3ff8000000000000 rm=rdn frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(6, a0, 0x1)
	CHECK_FLAGS(7, 0x1)
	/* fcvt.l.d 0x4004000000000000 rm=rdn frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(8, a0, 0x2)
	CHECK_FLAGS(9, 0x1)
	/* fcvt.l.d 0xc004000000000000 rm=rdn frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(10, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(11, 0x1)
	/* fcvt.l.d 0x3fe0000000000000 rm=rdn frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(12, a0, 0x0)
	CHECK_FLAGS(13, 0x1)
	/* fcvt.l.d 0xbfe0000000000000 rm=rdn frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(14, a0, 0xffffffffffffffff)
	CHECK_FLAGS(15, 0x1)
	/* fcvt.l.d 0x7fefffffffffffff rm=rdn frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(16, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(17, 0x10)
	/* fcvt.l.d 0x3690000000000000 rm=rdn frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(18, a0, 0x0)
	CHECK_FLAGS(19, 0x1)
	/* fcvt.l.d 0x47efffffe0000000 rm=rdn frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(20, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(21, 0x10)
	/* fcvt.l.d 0x47efffff00000000 rm=rdn frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(22, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(23, 0x10)
	/* fcvt.l.d 0x36a0000000000000 rm=rdn frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(24, a0, 0x0)
	CHECK_FLAGS(25, 0x1)
	/* fcvt.l.d 0x3fefffffffffffff rm=rdn frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(26, a0, 0x0)
	CHECK_FLAGS(27, 0x1)
	/* fcvt.l.d 0xbcb0000000000000 rm=rdn frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(28, a0, 0xffffffffffffffff)
	CHECK_FLAGS(29, 0x1)
	/* fcvt.l.d 0xc13bd8e573922b90 rm=rdn frm=None */
	li t0, 0xc13bd8e573922b90; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(30, a0, 0xffffffffffe4271a)
	CHECK_FLAGS(31, 0x1)
	/* fcvt.l.d 0x8024000000000000 rm=rdn frm=None */
	li t0, 0x8024000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(32, a0, 0xffffffffffffffff)
	CHECK_FLAGS(33, 0x1)
	/* fcvt.l.d 0xffe1bec3415585d5 rm=rdn frm=None */
	li t0, 0xffe1bec3415585d5; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(34, a0, 0x8000000000000000)
	CHECK_FLAGS(35, 0x10)
	/* fcvt.l.d 0x8024000000000000 rm=rdn frm=None */
	li t0, 0x8024000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(36, a0, 0xffffffffffffffff)
	CHECK_FLAGS(37, 0x1)
	/* fcvt.l.d 0x8015e2b5bf8b6602 rm=rdn frm=None */
	li t0, 0x8015e2b5bf8b6602; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(38, a0, 0xffffffffffffffff)
	CHECK_FLAGS(39, 0x1)
	/* fcvt.l.d 0x3fe0800000000000 rm=rdn frm=None */
	li t0, 0x3fe0800000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(40, a0, 0x0)
	CHECK_FLAGS(41, 0x1)
	/* fcvt.l.d 0x3ff0000000000000 rm=rup frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(42, a0, 0x1)
	CHECK_FLAGS(43, 0x0)
	/* fcvt.l.d 0xbff0000000000000 rm=rup frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(44, a0, 0xffffffffffffffff)
	CHECK_FLAGS(45, 0x0)
	/* fcvt.l.d 0x3ff8000000000000 rm=rup frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(46, a0, 0x2)
	CHECK_FLAGS(47, 0x1)
	/* fcvt.l.d 0x4004000000000000 rm=rup frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(48, a0, 0x3)
	CHECK_FLAGS(49, 0x1)
	/* fcvt.l.d 0xc004000000000000 rm=rup frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(50, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(51, 0x1)
	/* fcvt.l.d 0x3fe0000000000000 rm=rup frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(52, a0, 0x1)
	CHECK_FLAGS(53, 0x1)
	/* fcvt.l.d 0xbfe0000000000000 rm=rup frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(54, a0, 0x0)
	CHECK_FLAGS(55, 0x1)
	/* fcvt.l.d 0x7fefffffffffffff rm=rup frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(56, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(57, 0x10)
	/* fcvt.l.d 0x3690000000000000 rm=rup frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(58, a0, 0x1)
	CHECK_FLAGS(59, 0x1)
	/* fcvt.l.d 0x47efffffe0000000 rm=rup frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(60, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(61, 0x10)
	/* fcvt.l.d 0x47efffff00000000 rm=rup frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(62, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(63, 0x10)
	/* fcvt.l.d 0x36a0000000000000 rm=rup frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(64, a0, 0x1)
	CHECK_FLAGS(65, 0x1)
	/* fcvt.l.d 0x3fefffffffffffff rm=rup frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(66, a0, 0x1)
	CHECK_FLAGS(67, 0x1)
	/* fcvt.l.d 0xbcb0000000000000 rm=rup frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(68, a0, 0x0)
	CHECK_FLAGS(69, 0x1)
	/* fcvt.l.d 0xbfe6c9cd70e6ae9a rm=rup frm=None */
	li t0, 0xbfe6c9cd70e6ae9a; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(70, a0, 0x0)
	CHECK_FLAGS(71, 0x1)
	/* fcvt.l.d 0x1d7b341b9cbc85 rm=rup frm=None */
	li t0, 0x1d7b341b9cbc85; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(72, a0, 0x1)
	CHECK_FLAGS(73, 0x1)
	/* fcvt.l.d 0xfe4002128b04d rm=rup frm=None */
	li t0, 0xfe4002128b04d; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(74, a0, 0x1)
	CHECK_FLAGS(75, 0x1)
	/* fcvt.l.d 0x3ff0d75fc1e7cfa9 rm=rup frm=None */
	li t0, 0x3ff0d75fc1e7cfa9; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(76, a0, 0x2)
	CHECK_FLAGS(77, 0x1)
	/* fcvt.l.d 0x801c8e9aec9b0c51 rm=rup frm=None */
	li t0, 0x801c8e9aec9b0c51; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(78, a0, 0x0)
	CHECK_FLAGS(79, 0x1)
	/* fcvt.l.d 0xbfe3321b2c41d172 rm=rup frm=None */
	li t0, 0xbfe3321b2c41d172; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(80, a0, 0x0)
	CHECK_FLAGS(81, 0x1)
	/* fcvt.l.d 0x3ff0000000000000 rm=rmm frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(82, a0, 0x1)
	CHECK_FLAGS(83, 0x0)
	/* fcvt.l.d 0xbff0000000000000 rm=rmm frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(84, a0, 0xffffffffffffffff)
	CHECK_FLAGS(85, 0x0)
	/* fcvt.l.d 0x3ff8000000000000 rm=rmm frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(86, a0, 0x2)
	CHECK_FLAGS(87, 0x1)
	/* fcvt.l.d 0x4004000000000000 rm=rmm frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(88, a0, 0x3)
	CHECK_FLAGS(89, 0x1)
	/* fcvt.l.d 0xc004000000000000 rm=rmm frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(90, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(91, 0x1)
	/* fcvt.l.d 0x3fe0000000000000 rm=rmm frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(92, a0, 0x1)
	CHECK_FLAGS(93, 0x1)
	/* fcvt.l.d 0xbfe0000000000000 rm=rmm frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(94, a0, 0xffffffffffffffff)
	CHECK_FLAGS(95, 0x1)
	/* fcvt.l.d 0x7fefffffffffffff rm=rmm frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(96, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(97, 0x10)
	/* fcvt.l.d 0x3690000000000000 rm=rmm frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(98, a0, 0x0)
	CHECK_FLAGS(99, 0x1)
	/* fcvt.l.d 0x47efffffe0000000 rm=rmm frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(100, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(101, 0x10)
	/* fcvt.l.d 0x47efffff00000000 rm=rmm frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(102, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(103, 0x10)
	/* fcvt.l.d 0x36a0000000000000 rm=rmm frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(104, a0, 0x0)
	CHECK_FLAGS(105, 0x1)
	/* fcvt.l.d 0x3fefffffffffffff rm=rmm frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(106, a0, 0x1)
	CHECK_FLAGS(107, 0x1)
	/* fcvt.l.d 0xbcb0000000000000 rm=rmm frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(108, a0, 0x0)
	CHECK_FLAGS(109, 0x1)
	/* fcvt.l.d 0xbfea800000000000 rm=rmm frm=None */
	li t0, 0xbfea800000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(110, a0, 0xffffffffffffffff)
	CHECK_FLAGS(111, 0x1)
	/* fcvt.l.d 0x3eb5040179483448 rm=rmm frm=None */
	li t0, 0x3eb5040179483448; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(112, a0, 0x0)
	CHECK_FLAGS(113, 0x1)
	/* fcvt.l.d 0x3eb128de8b502b37 rm=rmm frm=None */
	li t0, 0x3eb128de8b502b37; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(114, a0, 0x0)
	CHECK_FLAGS(115, 0x1)
	/* fcvt.l.d 0x3505800000000000 rm=rmm frm=None */
	li t0, 0x3505800000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(116, a0, 0x0)
	CHECK_FLAGS(117, 0x1)
	/* fcvt.l.d 0x9d245829eefe278c rm=rmm frm=None */
	li t0, 0x9d245829eefe278c; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(118, a0, 0x0)
	CHECK_FLAGS(119, 0x1)
	/* fcvt.l.d 0xc0047b93bd9e09bb rm=rmm frm=None */
	li t0, 0xc0047b93bd9e09bb; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(120, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(121, 0x1)
	/* fcvt.l.d 0xbfe0000000000000 rm=None frm=0 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 0; fcvt.l.d a0, f11
	CHECK(122, a0, 0x0)
	CHECK_FLAGS(123, 0x1)
	/* fcvt.l.d 0xc004000000000000 rm=None frm=0 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 0; fcvt.l.d a0, f11
	CHECK(124, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(125, 0x1)
	/* fcvt.l.d 0xbfe0000000000000 rm=None frm=1 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 1; fcvt.l.d a0, f11
	CHECK(126, a0, 0x0)
	CHECK_FLAGS(127, 0x1)
	/* fcvt.l.d 0xc004000000000000 rm=None frm=1 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 1; fcvt.l.d a0, f11
	CHECK(128, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(129, 0x1)
	/* fcvt.l.d 0xbfe0000000000000 rm=None frm=2 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 2; fcvt.l.d a0, f11
	CHECK(130, a0, 0xffffffffffffffff)
	CHECK_FLAGS(131, 0x1)
	/* fcvt.l.d 0xc004000000000000 rm=None frm=2 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 2; fcvt.l.d a0, f11
	CHECK(132, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(133, 0x1)
	/* fcvt.l.d 0xbfe0000000000000 rm=None frm=3 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 3; fcvt.l.d a0, f11
	CHECK(134, a0, 0x0)
	CHECK_FLAGS(135, 0x1)
	/* fcvt.l.d 0xc004000000000000 rm=None frm=3 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 3; fcvt.l.d a0, f11
	CHECK(136, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(137, 0x1)
	/* fcvt.l.d 0xbfe0000000000000 rm=None frm=4 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 4; fcvt.l.d a0, f11
	CHECK(138, a0, 0xffffffffffffffff)
	CHECK_FLAGS(139, 0x1)
	/* fcvt.l.d 0xc004000000000000 rm=None frm=4 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 4; fcvt.l.d a0, f11
	CHECK(140, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(141, 0x1)
	/* fcvt.lu.d 0x0 rm=rtz frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(142, a0, 0x0)
	CHECK_FLAGS(143, 0x0)
	/* fcvt.lu.d 0x8000000000000000 rm=rtz frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(144, a0, 0x0)
	CHECK_FLAGS(145, 0x0)
	/* fcvt.lu.d 0x3ff0000000000000 rm=rtz frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(146, a0, 0x1)
	CHECK_FLAGS(147, 0x0)
	/* fcvt.lu.d 0xbff0000000000000 rm=rtz frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(148, a0, 0x0)
	CHECK_FLAGS(149, 0x10)
	/* fcvt.lu.d 0x3ff8000000000000 rm=rtz frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(150, a0, 0x1)
	CHECK_FLAGS(151, 0x1)
	/* fcvt.lu.d 0x4004000000000000 rm=rtz frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(152, a0, 0x2)
	CHECK_FLAGS(153, 0x1)
	/* fcvt.lu.d 0xc004000000000000 rm=rtz frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(154, a0, 0x0)
	CHECK_FLAGS(155, 0x10)
	/* fcvt.lu.d 0x3fe0000000000000 rm=rtz frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(156, a0, 0x0)
	CHECK_FLAGS(157, 0x1)
	/* fcvt.lu.d 0xbfe0000000000000 rm=rtz frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(158, a0, 0x0)
	CHECK_FLAGS(159, 0x1)
	/* fcvt.lu.d 0x7fefffffffffffff rm=rtz frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(160, a0, 0xffffffffffffffff)
	CHECK_FLAGS(161, 0x10)
	/* fcvt.lu.d 0xffefffffffffffff rm=rtz frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(162, a0, 0x0)
	CHECK_FLAGS(163, 0x10)
	/* fcvt.lu.d 0x10000000000000 rm=rtz frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(164, a0, 0x0)
	CHECK_FLAGS(165, 0x1)
	/* fcvt.lu.d 0xfffffffffffff rm=rtz frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(166, a0, 0x0)
	CHECK_FLAGS(167, 0x1)
	/* fcvt.lu.d 0x1 rm=rtz frm=None */
	li t0, 0x1; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(168, a0, 0x0)
	CHECK_FLAGS(169, 0x1)
	/* fcvt.lu.d 0x8000000000000001 rm=rtz frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(170, a0, 0x0)
	CHECK_FLAGS(171, 0x1)
	/* fcvt.lu.d 0x7ff0000000000000 rm=rtz frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(172, a0, 0xffffffffffffffff)
	CHECK_FLAGS(173, 0x10)
	/* fcvt.lu.d 0xfff0000000000000 rm=rtz frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(174, a0, 0x0)
	CHECK_FLAGS(175, 0x10)
	/* fcvt.lu.d 0x7ff8000000000000 rm=rtz frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(176, a0, 0xffffffffffffffff)
	CHECK_FLAGS(177, 0x10)
	/* fcvt.lu.d 0x7ff0000000000001 rm=rtz frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(178, a0, 0xffffffffffffffff)
	CHECK_FLAGS(179, 0x10)
	/* fcvt.lu.d 0xfff8000000001234 rm=rtz frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(180, a0, 0xffffffffffffffff)
	CHECK_FLAGS(181, 0x10)
	/* fcvt.lu.d 0x3ff0000000000001 rm=rtz frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(182, a0, 0x1)
	CHECK_FLAGS(183, 0x1)
	/* fcvt.lu.d 0x3ca0000000000000 rm=rtz frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(184, a0, 0x0)
	CHECK_FLAGS(185, 0x1)
	/* fcvt.lu.d 0x4008000000000000 rm=rtz frm=None */
	li t0, 0x4008000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(186, a0, 0x3)
	CHECK_FLAGS(187, 0x0)
	/* fcvt.lu.d 0x3fb999999999999a rm=rtz frm=None */
	li t0, 0x3fb999999999999a; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(188, a0, 0x0)
	CHECK_FLAGS(189, 0x1)
	/* fcvt.lu.d 0x41dfffffffe00000 rm=rtz frm=None */
	li t0, 0x41dfffffffe00000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(190, a0, 0x7fffffff)
	CHECK_FLAGS(191, 0x1)
	/* fcvt.lu.d 0x41e0000000000000 rm=rtz frm=None */
	li t0, 0x41e0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(192, a0, 0x80000000)
	CHECK_FLAGS(193, 0x0)
	/* fcvt.lu.d 0xc1e0000000000000 rm=rtz frm=None */
	li t0, 0xc1e0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(194, a0, 0x0)
	CHECK_FLAGS(195, 0x10)
	/* fcvt.lu.d 0xc1e0000000100000 rm=rtz frm=None */
	li t0, 0xc1e0000000100000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(196, a0, 0x0)
	CHECK_FLAGS(197, 0x10)
	/* fcvt.lu.d 0x43e0000000000000 rm=rtz frm=None */
	li t0, 0x43e0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(198, a0, 0x8000000000000000)
	CHECK_FLAGS(199, 0x0)
	/* fcvt.lu.d 0xc3e0000000000000 rm=rtz frm=None */
	li t0, 0xc3e0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(200, a0, 0x0)
	CHECK_FLAGS(201, 0x10)
	/* fcvt.lu.d 0x43f0000000000000 rm=rtz frm=None */
	li t0, 0x43f0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(202, a0, 0xffffffffffffffff)
	CHECK_FLAGS(203, 0x10)
	/* fcvt.lu.d 0x43efffffffffffff rm=rtz frm=None */
	li t0, 0x43efffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(204, a0, 0xfffffffffffff800)
	CHECK_FLAGS(205, 0x0)
	/* fcvt.lu.d 0x41efffffffe00000 rm=rtz frm=None */
	li t0, 0x41efffffffe00000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(206, a0, 0xffffffff)
	CHECK_FLAGS(207, 0x0)
	/* fcvt.lu.d 0x3ff0000010000000 rm=rtz frm=None */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(208, a0, 0x1)
	CHECK_FLAGS(209, 0x1)
	/* fcvt.lu.d 0x3810000000000000 rm=rtz frm=None */
	li t0, 0x3810000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(210, a0, 0x0)
	CHECK_FLAGS(211, 0x1)
	/* fcvt.lu.d 0x3690000000000000 rm=rtz frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(212, a0, 0x0)
	CHECK_FLAGS(213, 0x1)
	/* fcvt.lu.d 0x47efffffe0000000 rm=rtz frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(214, a0, 0xffffffffffffffff)
	CHECK_FLAGS(215, 0x10)
	/* fcvt.lu.d 0x47efffff00000000 rm=rtz frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(216, a0, 0xffffffffffffffff)
	CHECK_FLAGS(217, 0x10)
	/* fcvt.lu.d 0x36a0000000000000 rm=rtz frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(218, a0, 0x0)
	CHECK_FLAGS(219, 0x1)
	/* fcvt.lu.d 0x3fefffffffffffff rm=rtz frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(220, a0, 0x0)
	CHECK_FLAGS(221, 0x1)
	/* fcvt.lu.d 0xbcb0000000000000 rm=rtz frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(222, a0, 0x0)
	CHECK_FLAGS(223, 0x1)
	/* fcvt.lu.d 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(224, a0, 0x1)
	CHECK_FLAGS(225, 0x0)
	/* fcvt.lu.d 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(226, a0, 0x0)
	CHECK_FLAGS(227, 0x10)
	/* fcvt.lu.d 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(228, a0, 0x2)
	CHECK_FLAGS(229, 0x1)
	/* fcvt.lu.d 0x4004000000000000 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(230, a0, 0x2)
	CHECK_FLAGS(231, 0x1)
	/* fcvt.lu.d 0xc004000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(232, a0, 0x0)
	CHECK_FLAGS(233, 0x10)
	/* fcvt.lu.d 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(234, a0, 0x0)
	CHECK_FLAGS(235, 0x1)
	/* fcvt.lu.d 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(236, a0, 0x0)
	CHECK_FLAGS(237, 0x1)
	/* fcvt.lu.d 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(238, a0, 0xffffffffffffffff)
	CHECK_FLAGS(239, 0x10)
	/* fcvt.lu.d 0x3690000000000000 rm=rne frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(240, a0, 0x0)
	CHECK_FLAGS(241, 0x1)
	/* fcvt.lu.d 0x47efffffe0000000 rm=rne frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(242, a0, 0xffffffffffffffff)
	CHECK_FLAGS(243, 0x10)
	/* fcvt.lu.d 0x47efffff00000000 rm=rne frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(244, a0, 0xffffffffffffffff)
	CHECK_FLAGS(245, 0x10)
	/* fcvt.lu.d 0x36a0000000000000 rm=rne frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(246, a0, 0x0)
	CHECK_FLAGS(247, 0x1)
	/* fcvt.lu.d 0x3fefffffffffffff rm=rne frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(248, a0, 0x1)
	CHECK_FLAGS(249, 0x1)
	/* fcvt.lu.d 0xbcb0000000000000 rm=rne frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(250, a0, 0x0)
	CHECK_FLAGS(251, 0x1)
	/* fcvt.lu.d 0xbeb6000000000000 rm=rne frm=None */
	li t0, 0xbeb6000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(252, a0, 0x0)
	CHECK_FLAGS(253, 0x1)
	/* fcvt.lu.d 0x3ff99abc65a4db90 rm=rne frm=None */
	li t0, 0x3ff99abc65a4db90; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(254, a0, 0x2)
	CHECK_FLAGS(255, 0x1)
	/* fcvt.lu.d 0x7fe6000000000000 rm=rne frm=None */
	li t0, 0x7fe6000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(1, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2, 0x10)
	/* fcvt.lu.d 0x15000000000000 rm=rne frm=None */
	li t0, 0x15000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(3, a0, 0x0)
	CHECK_FLAGS(4, 0x1)
	/* fcvt.lu.d 0xc13f8bc9fb9924e9 rm=rne frm=None */
	li t0, 0xc13f8bc9fb9924e9; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(5, a0, 0x0)
	CHECK_FLAGS(6, 0x10)
	/* fcvt.lu.d 0x4b9fb5a133a45dd4 rm=rne frm=None */
	li t0, 0x4b9fb5a133a45dd4; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(7, a0, 0xffffffffffffffff)
	CHECK_FLAGS(8, 0x10)
	/* fcvt.lu.d 0x3ff0000000000000 rm=rtz frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(9, a0, 0x1)
	CHECK_FLAGS(10, 0x0)
	/* fcvt.lu.d 0xbff0000000000000 rm=rtz frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(11, a0, 0x0)
	CHECK_FLAGS(12, 0x10)
	/* fcvt.lu.d 0x3ff8000000000000 rm=rtz frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(13, a0, 0x1)
	CHECK_FLAGS(14, 0x1)
	/* fcvt.lu.d 0x4004000000000000 rm=rtz frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(15, a0, 0x2)
	CHECK_FLAGS(16, 0x1)
	/* fcvt.lu.d 0xc004000000000000 rm=rtz frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(17, a0, 0x0)
	CHECK_FLAGS(18, 0x10)
	/* fcvt.lu.d 0x3fe0000000000000 rm=rtz frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(19, a0, 0x0)
	CHECK_FLAGS(20, 0x1)
	/* fcvt.lu.d 0xbfe0000000000000 rm=rtz frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(21, a0, 0x0)
	CHECK_FLAGS(22, 0x1)
	/* fcvt.lu.d 0x7fefffffffffffff rm=rtz frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(23, a0, 0xffffffffffffffff)
	CHECK_FLAGS(24, 0x10)
	/* fcvt.lu.d 0x3690000000000000 rm=rtz frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(25, a0, 0x0)
	CHECK_FLAGS(26, 0x1)
	/* fcvt.lu.d 0x47efffffe0000000 rm=rtz frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(27, a0, 0xffffffffffffffff)
	CHECK_FLAGS(28, 0x10)
	/* fcvt.lu.d 0x47efffff00000000 rm=rtz frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(29, a0, 0xffffffffffffffff)
	CHECK_FLAGS(30, 0x10)
	/* fcvt.lu.d 0x36a0000000000000 rm=rtz frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(31, a0, 0x0)
	CHECK_FLAGS(32, 0x1)
	/* fcvt.lu.d 0x3fefffffffffffff rm=rtz frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(33, a0, 0x0)
	CHECK_FLAGS(34, 0x1)
	/* fcvt.lu.d 0xbcb0000000000000 rm=rtz frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(35, a0, 0x0)
	CHECK_FLAGS(36, 0x1)
	/* fcvt.lu.d 0x3fed6b171ab4bcae rm=rtz frm=None */
	li t0, 0x3fed6b171ab4bcae; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(37, a0, 0x0)
	CHECK_FLAGS(38, 0x1)
	/* fcvt.lu.d 0x5313520a3a2cb0d8 rm=rtz frm=None */
	li t0, 0x5313520a3a2cb0d8; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(39, a0, 0xffffffffffffffff)
	CHECK_FLAGS(40, 0x10)
	/* fcvt.lu.d 0xc00e6a71068d4acd rm=rtz frm=None */
	li t0, 0xc00e6a71068d4acd; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(41, a0, 0x0)
	CHECK_FLAGS(42, 0x10)
	/* fcvt.lu.d 0x8013ccdce12f601f rm=rtz frm=None */
	li t0, 0x8013ccdce12f601f; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(43, a0, 0x0)
	CHECK_FLAGS(44, 0x1)
	/* fcvt.lu.d 0xbff3fbd0acd67bbb rm=rtz frm=None */
	li t0, 0xbff3fbd0acd67bbb; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(45, a0, 0x0)
	CHECK_FLAGS(46, 0x10)
	/* fcvt.lu.d 0xffed107686d0268c rm=rtz frm=None */
	li t0, 0xffed107686d0268c; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(47, a0, 0x0)
	CHECK_FLAGS(48, 0x10)
	/* fcvt.lu.d 0x3ff0000000000000 rm=rdn frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(49, a0, 0x1)
	CHECK_FLAGS(50, 0x0)
	/* fcvt.lu.d 0xbff0000000000000 rm=rdn frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(51, a0, 0x0)
	CHECK_FLAGS(52, 0x10)
	/* fcvt.lu.d 0x3ff8000000000000 rm=rdn frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(53, a0, 0x1)
	CHECK_FLAGS(54, 0x1)
	/* fcvt.lu.d 0x4004000000000000 rm=rdn frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(55, a0, 0x2)
	CHECK_FLAGS(56, 0x1)
	/* fcvt.lu.d 0xc004000000000000 rm=rdn frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(57, a0, 0x0)
	CHECK_FLAGS(58, 0x10)
	/* fcvt.lu.d 0x3fe0000000000000 rm=rdn frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(59, a0, 0x0)
	CHECK_FLAGS(60, 0x1)
	/* fcvt.lu.d 0xbfe0000000000000 rm=rdn frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(61, a0, 0x0)
	CHECK_FLAGS(62, 0x10)
	/* fcvt.lu.d 0x7fefffffffffffff rm=rdn frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(63, a0, 0xffffffffffffffff)
	CHECK_FLAGS(64, 0x10)
	/* fcvt.lu.d 0x3690000000000000 rm=rdn frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(65, a0, 0x0)
	CHECK_FLAGS(66, 0x1)
	/* fcvt.lu.d 0x47efffffe0000000 rm=rdn frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(67, a0, 0xffffffffffffffff)
	CHECK_FLAGS(68, 0x10)
	/* fcvt.lu.d 0x47efffff00000000 rm=rdn frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(69, a0, 0xffffffffffffffff)
	CHECK_FLAGS(70, 0x10)
	/* fcvt.lu.d 0x36a0000000000000 rm=rdn frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(71, a0, 0x0)
	CHECK_FLAGS(72, 0x1)
	/* fcvt.lu.d 0x3fefffffffffffff rm=rdn frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(73, a0, 0x0)
	CHECK_FLAGS(74, 0x1)
	/* fcvt.lu.d 0xbcb0000000000000 rm=rdn frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(75, a0, 0x0)
	CHECK_FLAGS(76, 0x10)
	/* fcvt.lu.d 0x80209582231b3b2b rm=rdn frm=None */
	li t0, 0x80209582231b3b2b; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(77, a0, 0x0)
	CHECK_FLAGS(78, 0x10)
	/* fcvt.lu.d 0x400abb20474e17df rm=rdn frm=None */
	li t0, 0x400abb20474e17df; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(79, a0, 0x3)
	CHECK_FLAGS(80, 0x1)
	/* fcvt.lu.d 0x8022ac6578d46608 rm=rdn frm=None */
	li t0, 0x8022ac6578d46608; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(81, a0, 0x0)
	CHECK_FLAGS(82, 0x10)
	/* fcvt.lu.d 0x40091075ecface39 rm=rdn frm=None */
	li t0, 0x40091075ecface39; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(83, a0, 0x3)
	CHECK_FLAGS(84, 0x1)
	/* fcvt.lu.d 0x3ff7800000000000 rm=rdn frm=None */
	li t0, 0x3ff7800000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(85, a0, 0x1)
	CHECK_FLAGS(86, 0x1)
	/* fcvt.lu.d 0x2b000000000000 rm=rdn frm=None */
	li t0, 0x2b000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(87, a0, 0x0)
	CHECK_FLAGS(88, 0x1)
	/* fcvt.lu.d 0x3ff0000000000000 rm=rup frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(89, a0, 0x1)
	CHECK_FLAGS(90, 0x0)
	/* fcvt.lu.d 0xbff0000000000000 rm=rup frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(91, a0, 0x0)
	CHECK_FLAGS(92, 0x10)
	/* fcvt.lu.d 0x3ff8000000000000 rm=rup frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(93, a0, 0x2)
	CHECK_FLAGS(94, 0x1)
	/* fcvt.lu.d 0x4004000000000000 rm=rup frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(95, a0, 0x3)
	CHECK_FLAGS(96, 0x1)
	/* fcvt.lu.d 0xc004000000000000 rm=rup frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(97, a0, 0x0)
	CHECK_FLAGS(98, 0x10)
	/* fcvt.lu.d 0x3fe0000000000000 rm=rup frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(99, a0, 0x1)
	CHECK_FLAGS(100, 0x1)
	/* fcvt.lu.d 0xbfe0000000000000 rm=rup frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(101, a0, 0x0)
	CHECK_FLAGS(102, 0x1)
	/* fcvt.lu.d 0x7fefffffffffffff rm=rup frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(103, a0, 0xffffffffffffffff)
	CHECK_FLAGS(104, 0x10)
	/* fcvt.lu.d 0x3690000000000000 rm=rup frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(105, a0, 0x1)
	CHECK_FLAGS(106, 0x1)
	/* fcvt.lu.d 0x47efffffe0000000 rm=rup frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(107, a0, 0xffffffffffffffff)
	CHECK_FLAGS(108, 0x10)
	/* fcvt.lu.d 0x47efffff00000000 rm=rup frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(109, a0, 0xffffffffffffffff)
	CHECK_FLAGS(110, 0x10)
	/* fcvt.lu.d 0x36a0000000000000 rm=rup frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(111, a0, 0x1)
	CHECK_FLAGS(112, 0x1)
	/* fcvt.lu.d 0x3fefffffffffffff rm=rup frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(113, a0, 0x1)
	CHECK_FLAGS(114, 0x1)
	/* fcvt.lu.d 0xbcb0000000000000 rm=rup frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(115, a0, 0x0)
	CHECK_FLAGS(116, 0x1)
	/* fcvt.lu.d 0xa48533d74debba61 rm=rup frm=None */
	li t0, 0xa48533d74debba61; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(117, a0, 0x0)
	CHECK_FLAGS(118, 0x1)
	/* fcvt.lu.d 0xbfe87f7a26690161 rm=rup frm=None */
	li t0, 0xbfe87f7a26690161; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(119, a0, 0x0)
	CHECK_FLAGS(120, 0x1)
	/* fcvt.lu.d 0xffee8f0080598249 rm=rup frm=None */
	li t0, 0xffee8f0080598249; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(121, a0, 0x0)
	CHECK_FLAGS(122, 0x10)
	/* fcvt.lu.d 0x3fede3dab75dd8ab rm=rup frm=None */
	li t0, 0x3fede3dab75dd8ab; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(123, a0, 0x1)
	CHECK_FLAGS(124, 0x1)
	/* fcvt.lu.d 0xa5c9620a4b97a5c2 rm=rup frm=None */
	li t0, 0xa5c9620a4b97a5c2; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(125, a0, 0x0)
	CHECK_FLAGS(126, 0x1)
	/* fcvt.lu.d 0xbeb6a261250339ae rm=rup frm=None */
	li t0, 0xbeb6a261250339ae; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(127, a0, 0x0)
	CHECK_FLAGS(128, 0x1)
	/* fcvt.lu.d 0x3ff0000000000000 rm=rmm frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(129, a0, 0x1)
	CHECK_FLAGS(130, 0x0)
	/* fcvt.lu.d 0xbff0000000000000 rm=rmm frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(131, a0, 0x0)
	CHECK_FLAGS(132, 0x10)
	/* fcvt.lu.d 0x3ff8000000000000 rm=rmm frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(133, a0, 0x2)
	CHECK_FLAGS(134, 0x1)
	/* fcvt.lu.d 0x4004000000000000 rm=rmm frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(135, a0, 0x3)
	CHECK_FLAGS(136, 0x1)
	/* fcvt.lu.d 0xc004000000000000 rm=rmm frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(137, a0, 0x0)
	CHECK_FLAGS(138, 0x10)
	/* fcvt.lu.d 0x3fe0000000000000 rm=rmm frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(139, a0, 0x1)
	CHECK_FLAGS(140, 0x1)
	/* fcvt.lu.d 0xbfe0000000000000 rm=rmm frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(141, a0, 0x0)
	CHECK_FLAGS(142, 0x10)
	/* fcvt.lu.d 0x7fefffffffffffff rm=rmm frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(143, a0, 0xffffffffffffffff)
	CHECK_FLAGS(144, 0x10)
	/* fcvt.lu.d 0x3690000000000000 rm=rmm frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(145, a0, 0x0)
	CHECK_FLAGS(146, 0x1)
	/* fcvt.lu.d 0x47efffffe0000000 rm=rmm frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(147, a0, 0xffffffffffffffff)
	CHECK_FLAGS(148, 0x10)
	/* fcvt.lu.d 0x47efffff00000000 rm=rmm frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(149, a0, 0xffffffffffffffff)
	CHECK_FLAGS(150, 0x10)
	/* fcvt.lu.d 0x36a0000000000000 rm=rmm frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(151, a0, 0x0)
	CHECK_FLAGS(152, 0x1)
	/* fcvt.lu.d 0x3fefffffffffffff rm=rmm frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(153, a0, 0x1)
	CHECK_FLAGS(154, 0x1)
	/* fcvt.lu.d 0xbcb0000000000000 rm=rmm frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(155, a0, 0x0)
	CHECK_FLAGS(156, 0x1)
	/* fcvt.lu.d 0xffe5d811aa0a6a4d rm=rmm frm=None */
	li t0, 0xffe5d811aa0a6a4d; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(157, a0, 0x0)
	CHECK_FLAGS(158, 0x10)
	/* fcvt.lu.d 0xc004556a958ca510 rm=rmm frm=None */
	li t0, 0xc004556a958ca510; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(159, a0, 0x0)
	CHECK_FLAGS(160, 0x10)
	/* fcvt.lu.d 0x3fe5000000000000 rm=rmm frm=None */
	li t0, 0x3fe5000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(161, a0, 0x1)
	CHECK_FLAGS(162, 0x1)
	/* fcvt.lu.d 0x9fec800000000000 rm=rmm frm=None */
	li t0, 0x9fec800000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(163, a0, 0x0)
	CHECK_FLAGS(164, 0x1)
	/* fcvt.lu.d 0x13358dbe43f142 rm=rmm frm=None */
	li t0, 0x13358dbe43f142; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(165, a0, 0x0)
	CHECK_FLAGS(166, 0x1)
	/* fcvt.lu.d 0x493c800000000000 rm=rmm frm=None */
	li t0, 0x493c800000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(167, a0, 0xffffffffffffffff)
	CHECK_FLAGS(168, 0x10)
	/* fcvt.lu.d 0xbfe0000000000000 rm=None frm=0 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 0; fcvt.lu.d a0, f11
	CHECK(169, a0, 0x0)
	CHECK_FLAGS(170, 0x1)
	/* fcvt.lu.d 0xc004000000000000 rm=None frm=0 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 0; fcvt.lu.d a0, f11
	CHECK(171, a0, 0x0)
	CHECK_FLAGS(172, 0x10)
	/* fcvt.lu.d 0xbfe0000000000000 rm=None frm=1 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 1; fcvt.lu.d a0, f11
	CHECK(173, a0, 0x0)
	CHECK_FLAGS(174, 0x1)
	/* fcvt.lu.d 0xc004000000000000 rm=None frm=1 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 1; fcvt.lu.d a0, f11
	CHECK(175, a0, 0x0)
	CHECK_FLAGS(176, 0x10)
	/* fcvt.lu.d 0xbfe0000000000000 rm=None frm=2 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 2; fcvt.lu.d a0, f11
	CHECK(177, a0, 0x0)
	CHECK_FLAGS(178, 0x10)
	/* fcvt.lu.d 0xc004000000000000 rm=None frm=2 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 2; fcvt.lu.d a0, f11
	CHECK(179, a0, 0x0)
	CHECK_FLAGS(180, 0x10)
	/* fcvt.lu.d 0xbfe0000000000000 rm=None frm=3 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 3; fcvt.lu.d a0, f11
	CHECK(181, a0, 0x0)
	CHECK_FLAGS(182, 0x1)
	/* fcvt.lu.d 0xc004000000000000 rm=None frm=3 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 3; fcvt.lu.d a0, f11
	CHECK(183, a0, 0x0)
	CHECK_FLAGS(184, 0x10)
	/* fcvt.lu.d 0xbfe0000000000000 rm=None frm=4 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 4; fcvt.lu.d a0, f11
	CHECK(185, a0, 0x0)
	CHECK_FLAGS(186, 0x10)
	/* fcvt.lu.d 0xc004000000000000 rm=None frm=4 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 4; fcvt.lu.d a0, f11
	CHECK(187, a0, 0x0)
	CHECK_FLAGS(188, 0x10)
	/* fcvt.d.w 0x0 rm=None frm=None */
	li a1, 0x0; fcvt.d.w f10, a1
	CHECK_F(189, f10, 0x0)
	CHECK_FLAGS(190, 0x0)
	/* fcvt.d.w 0x1 rm=None frm=None */
	li a1, 0x1; fcvt.d.w f10, a1
	CHECK_F(191, f10, 0x3ff0000000000000)
	CHECK_FLAGS(192, 0x0)
	/* fcvt.d.w 0xffffffffffffffff rm=None frm=None */
	li a1, 0xffffffffffffffff; fcvt.d.w f10, a1
	CHECK_F(193, f10, 0xbff0000000000000)
	CHECK_FLAGS(194, 0x0)
	/* fcvt.d.w 0x7fffffff rm=None frm=None */
	li a1, 0x7fffffff; fcvt.d.w f10, a1
	CHECK_F(195, f10, 0x41dfffffffc00000)
	CHECK_FLAGS(196, 0x0)
	/* fcvt.d.w 0x80000000 rm=None frm=None */
	li a1, 0x80000000; fcvt.d.w f10, a1
	CHECK_F(197, f10, 0xc1e0000000000000)
	CHECK_FLAGS(198, 0x0)
	/* fcvt.d.w 0xffffffff80000000 rm=None frm=None */
	li a1, 0xffffffff80000000; fcvt.d.w f10, a1
	CHECK_F(199, f10, 0xc1e0000000000000)
	CHECK_FLAGS(200, 0x0)
	/* fcvt.d.w 0xffffffff rm=None frm=None */
	li a1, 0xffffffff; fcvt.d.w f10, a1
	CHECK_F(201, f10, 0xbff0000000000000)
	CHECK_FLAGS(202, 0x0)
	/* fcvt.d.w 0x1000001 rm=None frm=None */
	li a1, 0x1000001; fcvt.d.w f10, a1
	CHECK_F(203, f10, 0x4170000010000000)
	CHECK_FLAGS(204, 0x0)
	/* fcvt.d.w 0xfffffffffeffffff rm=None frm=None */
	li a1, 0xfffffffffeffffff; fcvt.d.w f10, a1
	CHECK_F(205, f10, 0xc170000010000000)
	CHECK_FLAGS(206, 0x0)
	/* fcvt.d.w 0x7fffffffffffffff rm=None frm=None */
	li a1, 0x7fffffffffffffff; fcvt.d.w f10, a1
	CHECK_F(207, f10, 0xbff0000000000000)
	CHECK_FLAGS(208, 0x0)
	/* fcvt.d.w 0x8000000000000000 rm=None frm=None */
	li a1, 0x8000000000000000; fcvt.d.w f10, a1
	CHECK_F(209, f10, 0x0)
	CHECK_FLAGS(210, 0x0)
	/* fcvt.d.w 0x20000001 rm=None frm=None */
	li a1, 0x20000001; fcvt.d.w f10, a1
	CHECK_F(211, f10, 0x41c0000000800000)
	CHECK_FLAGS(212, 0x0)
	/* fcvt.d.w 0x123456789abcdef rm=None frm=None */
	li a1, 0x123456789abcdef; fcvt.d.w f10, a1
	CHECK_F(213, f10, 0xc1dd950c84400000)
	CHECK_FLAGS(214, 0x0)
	/* fcvt.d.w 0xfffffffffffffffd rm=None frm=None */
	li a1, 0xfffffffffffffffd; fcvt.d.w f10, a1
	CHECK_F(215, f10, 0xc008000000000000)
	CHECK_FLAGS(216, 0x0)
	/* fcvt.d.w 0x100000001 rm=None frm=None */
	li a1, 0x100000001; fcvt.d.w f10, a1
	CHECK_F(217, f10, 0x3ff0000000000000)
	CHECK_FLAGS(218, 0x0)
	/* fcvt.d.w 0x7ffffffffffffc00 rm=None frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.d.w f10, a1
	CHECK_F(219, f10, 0xc090000000000000)
	CHECK_FLAGS(220, 0x0)
	/* fcvt.d.w 0x7ffffffffffffe00 rm=None frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.d.w f10, a1
	CHECK_F(221, f10, 0xc080000000000000)
	CHECK_FLAGS(222, 0x0)
	/* fcvt.d.w 0x7ffffffffffffa01 rm=None frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.d.w f10, a1
	CHECK_F(223, f10, 0xc097fc0000000000)
	CHECK_FLAGS(224, 0x0)
	/* fcvt.d.w 0xffffffff01000001 rm=None frm=None */
	li a1, 0xffffffff01000001; fcvt.d.w f10, a1
	CHECK_F(225, f10, 0x4170000010000000)
	CHECK_FLAGS(226, 0x0)
	/* fcvt.d.w 0x2000003 rm=None frm=None */
	li a1, 0x2000003; fcvt.d.w f10, a1
	CHECK_F(227, f10, 0x4180000018000000)
	CHECK_FLAGS(228, 0x0)
	/* fcvt.d.w 0xffffff7f rm=None frm=None */
	li a1, 0xffffff7f; fcvt.d.w f10, a1
	CHECK_F(229, f10, 0xc060200000000000)
	CHECK_FLAGS(230, 0x0)
	/* fcvt.d.wu 0x0 rm=None frm=None */
	li a1, 0x0; fcvt.d.wu f10, a1
	CHECK_F(231, f10, 0x0)
	CHECK_FLAGS(232, 0x0)
	/* fcvt.d.wu 0x1 rm=None frm=None */
	li a1, 0x1; fcvt.d.wu f10, a1
	CHECK_F(233, f10, 0x3ff0000000000000)
	CHECK_FLAGS(234, 0x0)
	/* fcvt.d.wu 0xffffffffffffffff rm=None frm=None */
	li a1, 0xffffffffffffffff; fcvt.d.wu f10, a1
	CHECK_F(235, f10, 0x41efffffffe00000)
	CHECK_FLAGS(236, 0x0)
	/* fcvt.d.wu 0x7fffffff rm=None frm=None */
	li a1, 0x7fffffff; fcvt.d.wu f10, a1
	CHECK_F(237, f10, 0x41dfffffffc00000)
	CHECK_FLAGS(238, 0x0)
	/* fcvt.d.wu 0x80000000 rm=None frm=None */
	li a1, 0x80000000; fcvt.d.wu f10, a1
	CHECK_F(239, f10, 0x41e0000000000000)
	CHECK_FLAGS(240, 0x0)
	/* fcvt.d.wu 0xffffffff80000000 rm=None frm=None */
	li a1, 0xffffffff80000000; fcvt.d.wu f10, a1
	CHECK_F(241, f10, 0x41e0000000000000)
	CHECK_FLAGS(242, 0x0)
	/* fcvt.d.wu 0xffffffff rm=None frm=None */
	li a1, 0xffffffff; fcvt.d.wu f10, a1
	CHECK_F(243, f10, 0x41efffffffe00000)
	CHECK_FLAGS(244, 0x0)
	/* fcvt.d.wu 0x1000001 rm=None frm=None */
	li a1, 0x1000001; fcvt.d.wu f10, a1
	CHECK_F(245, f10, 0x4170000010000000)
	CHECK_FLAGS(246, 0x0)
	/* fcvt.d.wu 0xfffffffffeffffff rm=None frm=None */
	li a1, 0xfffffffffeffffff; fcvt.d.wu f10, a1
	CHECK_F(247, f10, 0x41efdfffffe00000)
	CHECK_FLAGS(248, 0x0)
	/* fcvt.d.wu 0x7fffffffffffffff rm=None frm=None */
	li a1, 0x7fffffffffffffff; fcvt.d.wu f10, a1
	CHECK_F(249, f10, 0x41efffffffe00000)
	CHECK_FLAGS(250, 0x0)
	/* fcvt.d.wu 0x8000000000000000 rm=None frm=None */
	li a1, 0x8000000000000000; fcvt.d.wu f10, a1
	CHECK_F(251, f10, 0x0)
	CHECK_FLAGS(252, 0x0)
	/* fcvt.d.wu 0x20000001 rm=None frm=None */
	li a1, 0x20000001; fcvt.d.wu f10, a1
	CHECK_F(253, f10, 0x41c0000000800000)
	CHECK_FLAGS(254, 0x0)
	/* fcvt.d.wu 0x123456789abcdef rm=None frm=None */
	li a1, 0x123456789abcdef; fcvt.d.wu f10, a1
	CHECK_F(255, f10, 0x41e13579bde00000)
	CHECK_FLAGS(1, 0x0)
	/* fcvt.d.wu 0xfffffffffffffffd rm=None frm=None */
	li a1, 0xfffffffffffffffd; fcvt.d.wu f10, a1
	CHECK_F(2, f10, 0x41efffffffa00000)
	CHECK_FLAGS(3, 0x0)
	/* fcvt.d.wu 0x100000001 rm=None frm=None */
	li a1, 0x100000001; fcvt.d.wu f10, a1
	CHECK_F(4, f10, 0x3ff0000000000000)
	CHECK_FLAGS(5, 0x0)
	/* fcvt.d.wu 0x7ffffffffffffc00 rm=None frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.d.wu f10, a1
	CHECK_F(6, f10, 0x41efffff80000000)
	CHECK_FLAGS(7, 0x0)
	/* fcvt.d.wu 0x7ffffffffffffe00 rm=None frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.d.wu f10, a1
	CHECK_F(8, f10, 0x41efffffc0000000)
	CHECK_FLAGS(9, 0x0)
	/* fcvt.d.wu 0x7ffffffffffffa01 rm=None frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.d.wu f10, a1
	CHECK_F(10, f10, 0x41efffff40200000)
	CHECK_FLAGS(11, 0x0)
	/* fcvt.d.wu 0xffffffff01000001 rm=None frm=None */
	li a1, 0xffffffff01000001; fcvt.d.wu f10, a1
	CHECK_F(12, f10, 0x4170000010000000)
	CHECK_FLAGS(13, 0x0)
	/* fcvt.d.wu 0x2000003 rm=None frm=None */
	li a1, 0x2000003; fcvt.d.wu f10, a1
	CHECK_F(14, f10, 0x4180000018000000)
	CHECK_FLAGS(15, 0x0)
	/* fcvt.d.wu 0xffffff7f rm=None frm=None */
	li a1, 0xffffff7f; fcvt.d.wu f10, a1
	CHECK_F(16, f10, 0x41efffffefe00000)
	CHECK_FLAGS(17, 0x0)
	/* fcvt.d.l 0x0 rm=rne frm=None */
	li a1, 0x0; fcvt.d.l f10, a1, rne
	CHECK_F(18, f10, 0x0)
	CHECK_FLAGS(19, 0x0)
	/* fcvt.d.l 0x1 rm=rne frm=None */
	li a1, 0x1; fcvt.d.l f10, a1, rne
	CHECK_F(20, f10, 0x3ff0000000000000)
	CHECK_FLAGS(21, 0x0)
	/* fcvt.d.l 0xffffffffffffffff rm=rne frm=None */
	li a1, 0xffffffffffffffff; fcvt.d.l f10, a1, rne
	CHECK_F(22, f10, 0xbff0000000000000)
	CHECK_FLAGS(23, 0x0)
	/* fcvt.d.l 0x7fffffff rm=rne frm=None */
	li a1, 0x7fffffff; fcvt.d.l f10, a1, rne
	CHECK_F(24, f10, 0x41dfffffffc00000)
	CHECK_FLAGS(25, 0x0)
	/* fcvt.d.l 0x80000000 rm=rne frm=None */
	li a1, 0x80000000; fcvt.d.l f10, a1, rne
	CHECK_F(26, f10, 0x41e0000000000000)
	CHECK_FLAGS(27, 0x0)
	/* fcvt.d.l 0xffffffff80000000 rm=rne frm=None */
	li a1, 0xffffffff80000000; fcvt.d.l f10, a1, rne
	CHECK_F(28, f10, 0xc1e0000000000000)
	CHECK_FLAGS(29, 0x0)
	/* fcvt.d.l 0xffffffff rm=rne frm=None */
	li a1, 0xffffffff; fcvt.d.l f10, a1, rne
	CHECK_F(30, f10, 0x41efffffffe00000)
	CHECK_FLAGS(31, 0x0)
	/* fcvt.d.l 0x1000001 rm=rne frm=None */
	li a1, 0x1000001; fcvt.d.l f10, a1, rne
	CHECK_F(32, f10, 0x4170000010000000)
	CHECK_FLAGS(33, 0x0)
	/* fcvt.d.l 0xfffffffffeffffff rm=rne frm=None */
	li a1, 0xfffffffffeffffff; fcvt.d.l f10, a1, rne
	CHECK_F(34, f10, 0xc170000010000000)
	CHECK_FLAGS(35, 0x0)
	/* fcvt.d.l 0x7fffffffffffffff rm=rne frm=None */
	li a1, 0x7fffffffffffffff; fcvt.d.l f10, a1, rne
	CHECK_F(36, f10, 0x43e0000000000000)
	CHECK_FLAGS(37, 0x1)
	/* fcvt.d.l 0x8000000000000000 rm=rne frm=None */
	li a1, 0x8000000000000000; fcvt.d.l f10, a1, rne
	CHECK_F(38, f10, 0xc3e0000000000000)
	CHECK_FLAGS(39, 0x0)
	/* fcvt.d.l 0x20000001 rm=rne frm=None */
	li a1, 0x20000001; fcvt.d.l f10, a1, rne
	CHECK_F(40, f10, 0x41c0000000800000)
	CHECK_FLAGS(41, 0x0)
	/* fcvt.d.l 0x123456789abcdef rm=rne frm=None */
	li a1, 0x123456789abcdef; fcvt.d.l f10, a1, rne
	CHECK_F(42, f10, 0x43723456789abcdf)
	CHECK_FLAGS(43, 0x1)
	/* fcvt.d.l 0xfffffffffffffffd rm=rne frm=None */
	li a1, 0xfffffffffffffffd; fcvt.d.l f10, a1, rne
	CHECK_F(44, f10, 0xc008000000000000)
	CHECK_FLAGS(45, 0x0)
	/* fcvt.d.l 0x100000001 rm=rne frm=None */
	li a1, 0x100000001; fcvt.d.l f10, a1, rne
	CHECK_F(46, f10, 0x41f0000000100000)
	CHECK_FLAGS(47, 0x0)
	/* fcvt.d.l 0x7ffffffffffffc00 rm=rne frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.d.l f10, a1, rne
	CHECK_F(48, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(49, 0x0)
	/* fcvt.d.l 0x7ffffffffffffe00 rm=rne frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.d.l f10, a1, rne
	CHECK_F(50, f10, 0x43e0000000000000)
	CHECK_FLAGS(51, 0x1)
	/* fcvt.d.l 0x7ffffffffffffa01 rm=rne frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.d.l f10, a1, rne
	CHECK_F(52, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(53, 0x1)
	/* fcvt.d.l 0xffffffff01000001 rm=rne frm=None */
	li a1, 0xffffffff01000001; fcvt.d.l f10, a1, rne
	CHECK_F(54, f10, 0xc1efdfffffe00000)
	CHECK_FLAGS(55, 0x0)
	/* fcvt.d.l 0x2000003 rm=rne frm=None */
	li a1, 0x2000003; fcvt.d.l f10, a1, rne
	CHECK_F(56, f10, 0x4180000018000000)
	CHECK_FLAGS(57, 0x0)
	/* fcvt.d.l 0xffffff7f rm=rne frm=None */
	li a1, 0xffffff7f; fcvt.d.l f10, a1, rne
	CHECK_F(58, f10, 0x41efffffefe00000)
	CHECK_FLAGS(59, 0x0)
	/* fcvt.d.l 0x0 rm=rtz frm=None */
	li a1, 0x0; fcvt.d.l f10, a1, rtz
	CHECK_F(60, f10, 0x0)
	CHECK_FLAGS(61, 0x0)
	/* fcvt.d.l 0x1 rm=rtz frm=None */
	li a1, 0x1; fcvt.d.l f10, a1, rtz
	CHECK_F(62, f10, 0x3ff0000000000000)
	CHECK_FLAGS(63, 0x0)
	/* fcvt.d.l 0xffffffffffffffff rm=rtz frm=None */
	li a1, 0xffffffffffffffff; fcvt.d.l f10, a1, rtz
	CHECK_F(64, f10, 0xbff0000000000000)
	CHECK_FLAGS(65, 0x0)
	/* fcvt.d.l 0x7fffffff rm=rtz frm=None */
	li a1, 0x7fffffff; fcvt.d.l f10, a1, rtz
	CHECK_F(66, f10, 0x41dfffffffc00000)
	CHECK_FLAGS(67, 0x0)
	/* fcvt.d.l 0x80000000 rm=rtz frm=None */
	li a1, 0x80000000; fcvt.d.l f10, a1, rtz
	CHECK_F(68, f10, 0x41e0000000000000)
	CHECK_FLAGS(69, 0x0)
	/* fcvt.d.l 0xffffffff80000000 rm=rtz frm=None */
	li a1, 0xffffffff80000000; fcvt.d.l f10, a1, rtz
	CHECK_F(70, f10, 0xc1e0000000000000)
	CHECK_FLAGS(71, 0x0)
	/* fcvt.d.l 0xffffffff rm=rtz frm=None */
	li a1, 0xffffffff; fcvt.d.l f10, a1, rtz
	CHECK_F(72, f10, 0x41efffffffe00000)
	CHECK_FLAGS(73, 0x0)
	/* fcvt.d.l 0x1000001 rm=rtz frm=None */
	li a1, 0x1000001; fcvt.d.l f10, a1, rtz
	CHECK_F(74, f10, 0x4170000010000000)
	CHECK_FLAGS(75, 0x0)
	/* fcvt.d.l 0xfffffffffeffffff rm=rtz frm=None */
	li a1, 0xfffffffffeffffff; fcvt.d.l f10, a1, rtz
	CHECK_F(76, f10, 0xc170000010000000)
	CHECK_FLAGS(77, 0x0)
	/* fcvt.d.l 0x7fffffffffffffff rm=rtz frm=None */
	li a1, 0x7fffffffffffffff; fcvt.d.l f10, a1, rtz
	CHECK_F(78, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(79, 0x1)
	/* fcvt.d.l 0x8000000000000000 rm=rtz frm=None */
	li a1, 0x8000000000000000; fcvt.d.l f10, a1, rtz
	CHECK_F(80, f10, 0xc3e0000000000000)
	CHECK_FLAGS(81, 0x0)
	/* fcvt.d.l 0x20000001 rm=rtz frm=None */
	li a1, 0x20000001; fcvt.d.l f10, a1, rtz
	CHECK_F(82, f10, 0x41c0000000800000)
	CHECK_FLAGS(83, 0x0)
	/* fcvt.d.l 0x123456789abcdef rm=rtz frm=None */
	li a1, 0x123456789abcdef; fcvt.d.l f10, a1, rtz
	CHECK_F(84, f10, 0x43723456789abcde)
	CHECK_FLAGS(85, 0x1)
	/* fcvt.d.l 0xfffffffffffffffd rm=rtz frm=None */
	li a1, 0xfffffffffffffffd; fcvt.d.l f10, a1, rtz
	CHECK_F(86, f10, 0xc008000000000000)
	CHECK_FLAGS(87, 0x0)
	/* fcvt.d.l 0x100000001 rm=rtz frm=None */
	li a1, 0x100000001; fcvt.d.l f10, a1, rtz
	CHECK_F(88, f10, 0x41f0000000100000)
	CHECK_FLAGS(89, 0x0)
	/* fcvt.d.l 0x7ffffffffffffc00 rm=rtz frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.d.l f10, a1, rtz
	CHECK_F(90, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(91, 0x0)
	/* fcvt.d.l 0x7ffffffffffffe00 rm=rtz frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.d.l f10, a1, rtz
	CHECK_F(92, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(93, 0x1)
	/* fcvt.d.l 0x7ffffffffffffa01 rm=rtz frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.d.l f10, a1, rtz
	CHECK_F(94, f10, 0x43dffffffffffffe)
	CHECK_FLAGS(95, 0x1)
	/* fcvt.d.l 0xffffffff01000001 rm=rtz frm=None */
	li a1, 0xffffffff01000001; fcvt.d.l f10, a1, rtz
	CHECK_F(96, f10, 0xc1efdfffffe00000)
	CHECK_FLAGS(97, 0x0)
	/* fcvt.d.l 0x2000003 rm=rtz frm=None */
	li a1, 0x2000003; fcvt.d.l f10, a1, rtz
	CHECK_F(98, f10, 0x4180000018000000)
	CHECK_FLAGS(99, 0x0)
	/* fcvt.d.l 0xffffff7f rm=rtz frm=None */
	li a1, 0xffffff7f; fcvt.d.l f10, a1, rtz
	CHECK_F(100, f10, 0x41efffffefe00000)
	CHECK_FLAGS(101, 0x0)
	/* fcvt.d.l 0x0 rm=rdn frm=None */
	li a1, 0x0; fcvt.d.l f10, a1, rdn
	CHECK_F(102, f10, 0x0)
	CHECK_FLAGS(103, 0x0)
	/* fcvt.d.l 0x1 rm=rdn frm=None */
	li a1, 0x1; fcvt.d.l f10, a1, rdn
	CHECK_F(104, f10, 0x3ff0000000000000)
	CHECK_FLAGS(105, 0x0)
	/* fcvt.d.l 0xffffffffffffffff rm=rdn frm=None */
	li a1, 0xffffffffffffffff; fcvt.d.l f10, a1, rdn
	CHECK_F(106, f10, 0xbff0000000000000)
	CHECK_FLAGS(107, 0x0)
	/* fcvt.d.l 0x7fffffff rm=rdn frm=None */
	li a1, 0x7fffffff; fcvt.d.l f10, a1, rdn
	CHECK_F(108, f10, 0x41dfffffffc00000)
	CHECK_FLAGS(109, 0x0)
	/* fcvt.d.l 0x80000000 rm=rdn frm=None */
	li a1, 0x80000000; fcvt.d.l f10, a1, rdn
	CHECK_F(110, f10, 0x41e0000000000000)
	CHECK_FLAGS(111, 0x0)
	/* fcvt.d.l 0xffffffff80000000 rm=rdn frm=None */
	li a1, 0xffffffff80000000; fcvt.d.l f10, a1, rdn
	CHECK_F(112, f10, 0xc1e0000000000000)
	CHECK_FLAGS(113, 0x0)
	/* fcvt.d.l 0xffffffff rm=rdn frm=None */
	li a1, 0xffffffff; fcvt.d.l f10, a1, rdn
	CHECK_F(114, f10, 0x41efffffffe00000)
	CHECK_FLAGS(115, 0x0)
	/* fcvt.d.l 0x1000001 rm=rdn frm=None */
	li a1, 0x1000001; fcvt.d.l f10, a1, rdn
	CHECK_F(116, f10, 0x4170000010000000)
	CHECK_FLAGS(117, 0x0)
	/* fcvt.d.l 0xfffffffffeffffff rm=rdn frm=None */
	li a1, 0xfffffffffeffffff; fcvt.d.l f10, a1, rdn
	CHECK_F(118, f10, 0xc170000010000000)
	CHECK_FLAGS(119, 0x0)
	/* fcvt.d.l 0x7fffffffffffffff rm=rdn frm=None */
	li a1, 0x7fffffffffffffff; fcvt.d.l f10, a1, rdn
	CHECK_F(120, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(121, 0x1)
	/* fcvt.d.l 0x8000000000000000 rm=rdn frm=None */
	li a1, 0x8000000000000000; fcvt.d.l f10, a1, rdn
	CHECK_F(122, f10, 0xc3e0000000000000)
	CHECK_FLAGS(123, 0x0)
	/* fcvt.d.l 0x20000001 rm=rdn frm=None */
	li a1, 0x20000001; fcvt.d.l f10, a1, rdn
	CHECK_F(124, f10, 0x41c0000000800000)
	CHECK_FLAGS(125, 0x0)
	/* fcvt.d.l 0x123456789abcdef rm=rdn frm=None */
	li a1, 0x123456789abcdef; fcvt.d.l f10, a1, rdn
	CHECK_F(126, f10, 0x43723456789abcde)
	CHECK_FLAGS(127, 0x1)
	/* fcvt.d.l 0xfffffffffffffffd rm=rdn frm=None */
	li a1, 0xfffffffffffffffd; fcvt.d.l f10, a1, rdn
	CHECK_F(128, f10, 0xc008000000000000)
	CHECK_FLAGS(129, 0x0)
	/* fcvt.d.l 0x100000001 rm=rdn frm=None */
	li a1, 0x100000001; fcvt.d.l f10, a1, rdn
	CHECK_F(130, f10, 0x41f0000000100000)
	CHECK_FLAGS(131, 0x0)
	/* fcvt.d.l 0x7ffffffffffffc00 rm=rdn frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.d.l f10, a1, rdn
	CHECK_F(132, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(133, 0x0)
	/* fcvt.d.l 0x7ffffffffffffe00 rm=rdn frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.d.l f10, a1, rdn
	CHECK_F(134, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(135, 0x1)
	/* fcvt.d.l 0x7ffffffffffffa01 rm=rdn frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.d.l f10, a1, rdn
	CHECK_F(136, f10, 0x43dffffffffffffe)
	CHECK_FLAGS(137, 0x1)
	/* fcvt.d.l 0xffffffff01000001 rm=rdn frm=None */
	li a1, 0xffffffff01000001; fcvt.d.l f10, a1, rdn
	CHECK_F(138, f10, 0xc1efdfffffe00000)
	CHECK_FLAGS(139, 0x0)
	/* fcvt.d.l 0x2000003 rm=rdn frm=None */
	li a1, 0x2000003; fcvt.d.l f10, a1, rdn
	CHECK_F(140, f10, 0x4180000018000000)
	CHECK_FLAGS(141, 0x0)
	/* fcvt.d.l 0xffffff7f rm=rdn frm=None */
	li a1, 0xffffff7f; fcvt.d.l f10, a1, rdn
	CHECK_F(142, f10, 0x41efffffefe00000)
	CHECK_FLAGS(143, 0x0)
	/* fcvt.d.l 0x0 rm=rup frm=None */
	li a1, 0x0; fcvt.d.l f10, a1, rup
	CHECK_F(144, f10, 0x0)
	CHECK_FLAGS(145, 0x0)
	/* fcvt.d.l 0x1 rm=rup frm=None */
	li a1, 0x1; fcvt.d.l f10, a1, rup
	CHECK_F(146, f10, 0x3ff0000000000000)
	CHECK_FLAGS(147, 0x0)
	/* fcvt.d.l 0xffffffffffffffff rm=rup frm=None */
	li a1, 0xffffffffffffffff; fcvt.d.l f10, a1, rup
	CHECK_F(148, f10, 0xbff0000000000000)
	CHECK_FLAGS(149, 0x0)
	/* fcvt.d.l 0x7fffffff rm=rup frm=None */
	li a1, 0x7fffffff; fcvt.d.l f10, a1, rup
	CHECK_F(150, f10, 0x41dfffffffc00000)
	CHECK_FLAGS(151, 0x0)
	/* fcvt.d.l 0x80000000 rm=rup frm=None */
	li a1, 0x80000000; fcvt.d.l f10, a1, rup
	CHECK_F(152, f10, 0x41e0000000000000)
	CHECK_FLAGS(153, 0x0)
	/* fcvt.d.l 0xffffffff80000000 rm=rup frm=None */
	li a1, 0xffffffff80000000; fcvt.d.l f10, a1, rup
	CHECK_F(154, f10, 0xc1e0000000000000)
	CHECK_FLAGS(155, 0x0)
	/* fcvt.d.l 0xffffffff rm=rup frm=None */
	li a1, 0xffffffff; fcvt.d.l f10, a1, rup
	CHECK_F(156, f10, 0x41efffffffe00000)
	CHECK_FLAGS(157, 0x0)
	/* fcvt.d.l 0x1000001 rm=rup frm=None */
	li a1, 0x1000001; fcvt.d.l f10, a1, rup
	CHECK_F(158, f10, 0x4170000010000000)
	CHECK_FLAGS(159, 0x0)
	/* fcvt.d.l 0xfffffffffeffffff rm=rup frm=None */
	li a1, 0xfffffffffeffffff; fcvt.d.l f10, a1, rup
	CHECK_F(160, f10, 0xc170000010000000)
	CHECK_FLAGS(161, 0x0)
	/* fcvt.d.l 0x7fffffffffffffff rm=rup frm=None */
	li a1, 0x7fffffffffffffff; fcvt.d.l f10, a1, rup
	CHECK_F(162, f10, 0x43e0000000000000)
	CHECK_FLAGS(163, 0x1)
	/* fcvt.d.l 0x8000000000000000 rm=rup frm=None */
	li a1, 0x8000000000000000; fcvt.d.l f10, a1, rup
	CHECK_F(164, f10, 0xc3e0000000000000)
	CHECK_FLAGS(165, 0x0)
	/* fcvt.d.l 0x20000001 rm=rup frm=None */
	li a1, 0x20000001; fcvt.d.l f10, a1, rup
	CHECK_F(166, f10, 0x41c0000000800000)
	CHECK_FLAGS(167, 0x0)
	/* fcvt.d.l 0x123456789abcdef rm=rup frm=None */
	li a1, 0x123456789abcdef; fcvt.d.l f10, a1, rup
	CHECK_F(168, f10, 0x43723456789abcdf)
	CHECK_FLAGS(169, 0x1)
	/* fcvt.d.l 0xfffffffffffffffd rm=rup frm=None */
	li a1, 0xfffffffffffffffd; fcvt.d.l f10, a1, rup
	CHECK_F(170, f10, 0xc008000000000000)
	CHECK_FLAGS(171, 0x0)
	/* fcvt.d.l 0x100000001 rm=rup frm=None */
	li a1, 0x100000001; fcvt.d.l f10, a1, rup
	CHECK_F(172, f10, 0x41f0000000100000)
	CHECK_FLAGS(173, 0x0)
	/* fcvt.d.l 0x7ffffffffffffc00 rm=rup frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.d.l f10, a1, rup
	CHECK_F(174, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(175, 0x0)
	/* fcvt.d.l 0x7ffffffffffffe00 rm=rup frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.d.l f10, a1, rup
	CHECK_F(176, f10, 0x43e0000000000000)
	CHECK_FLAGS(177, 0x1)
	/* fcvt.d.l 0x7ffffffffffffa01 rm=rup frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.d.l f10, a1, rup
	CHECK_F(178, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(179, 0x1)
	/* fcvt.d.l 0xffffffff01000001 rm=rup frm=None */
	li a1, 0xffffffff01000001; fcvt.d.l f10, a1, rup
	CHECK_F(180, f10, 0xc1efdfffffe00000)
	CHECK_FLAGS(181, 0x0)
	/* fcvt.d.l 0x2000003 rm=rup frm=None */
	li a1, 0x2000003; fcvt.d.l f10, a1, rup
	CHECK_F(182, f10, 0x4180000018000000)
	CHECK_FLAGS(183, 0x0)
	/* fcvt.d.l 0xffffff7f rm=rup frm=None */
	li a1, 0xffffff7f; fcvt.d.l f10, a1, rup
	CHECK_F(184, f10, 0x41efffffefe00000)
	CHECK_FLAGS(185, 0x0)
	/* fcvt.d.l 0x0 rm=rmm frm=None */
	li a1, 0x0; fcvt.d.l f10, a1, rmm
	CHECK_F(186, f10, 0x0)
	CHECK_FLAGS(187, 0x0)
	/* fcvt.d.l 0x1 rm=rmm frm=None */
	li a1, 0x1; fcvt.d.l f10, a1, rmm
	CHECK_F(188, f10, 0x3ff0000000000000)
	CHECK_FLAGS(189, 0x0)
	/* fcvt.d.l 0xffffffffffffffff rm=rmm frm=None */
	li a1, 0xffffffffffffffff; fcvt.d.l f10, a1, rmm
	CHECK_F(190, f10, 0xbff0000000000000)
	CHECK_FLAGS(191, 0x0)
	/* fcvt.d.l 0x7fffffff rm=rmm frm=None */
	li a1, 0x7fffffff; fcvt.d.l f10, a1, rmm
	CHECK_F(192, f10, 0x41dfffffffc00000)
	CHECK_FLAGS(193, 0x0)
	/* fcvt.d.l 0x80000000 rm=rmm frm=None */
	li a1, 0x80000000; fcvt.d.l f10, a1, rmm
	CHECK_F(194, f10, 0x41e0000000000000)
	CHECK_FLAGS(195, 0x0)
	/* fcvt.d.l 0xffffffff80000000 rm=rmm frm=None */
	li a1, 0xffffffff80000000; fcvt.d.l f10, a1, rmm
	CHECK_F(196, f10, 0xc1e0000000000000)
	CHECK_FLAGS(197, 0x0)
	/* fcvt.d.l 0xffffffff rm=rmm frm=None */
	li a1, 0xffffffff; fcvt.d.l f10, a1, rmm
	CHECK_F(198, f10, 0x41efffffffe00000)
	CHECK_FLAGS(199, 0x0)
	/* fcvt.d.l 0x1000001 rm=rmm frm=None */
	li a1, 0x1000001; fcvt.d.l f10, a1, rmm
	CHECK_F(200, f10, 0x4170000010000000)
	CHECK_FLAGS(201, 0x0)
	/* fcvt.d.l 0xfffffffffeffffff rm=rmm frm=None */
	li a1, 0xfffffffffeffffff; fcvt.d.l f10, a1, rmm
	CHECK_F(202, f10, 0xc170000010000000)
	CHECK_FLAGS(203, 0x0)
	/* fcvt.d.l 0x7fffffffffffffff rm=rmm frm=None */
	li a1, 0x7fffffffffffffff; fcvt.d.l f10, a1, rmm
	CHECK_F(204, f10, 0x43e0000000000000)
	CHECK_FLAGS(205, 0x1)
	/* fcvt.d.l 0x8000000000000000 rm=rmm frm=None */
	li a1, 0x8000000000000000; fcvt.d.l f10, a1, rmm
	CHECK_F(206, f10, 0xc3e0000000000000)
	CHECK_FLAGS(207, 0x0)
	/* fcvt.d.l 0x20000001 rm=rmm frm=None */
	li a1, 0x20000001; fcvt.d.l f10, a1, rmm
	CHECK_F(208, f10, 0x41c0000000800000)
	CHECK_FLAGS(209, 0x0)
	/* fcvt.d.l 0x123456789abcdef rm=rmm frm=None */
	li a1, 0x123456789abcdef; fcvt.d.l f10, a1, rmm
	CHECK_F(210, f10, 0x43723456789abcdf)
	CHECK_FLAGS(211, 0x1)
	/* fcvt.d.l 0xfffffffffffffffd rm=rmm frm=None */
	li a1, 0xfffffffffffffffd; fcvt.d.l f10, a1, rmm
	CHECK_F(212, f10, 0xc008000000000000)
	CHECK_FLAGS(213, 0x0)
	/* fcvt.d.l 0x100000001 rm=rmm frm=None */
	li a1, 0x100000001; fcvt.d.l f10, a1, rmm
	CHECK_F(214, f10, 0x41f0000000100000)
	CHECK_FLAGS(215, 0x0)
	/* fcvt.d.l 0x7ffffffffffffc00 rm=rmm frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.d.l f10, a1, rmm
	CHECK_F(216, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(217, 0x0)
	/* fcvt.d.l 0x7ffffffffffffe00 rm=rmm frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.d.l f10, a1, rmm
	CHECK_F(218, f10, 0x43e0000000000000)
	CHECK_FLAGS(219, 0x1)
	/* fcvt.d.l 0x7ffffffffffffa01 rm=rmm frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.d.l f10, a1, rmm
	CHECK_F(220, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(221, 0x1)
	/* fcvt.d.l 0xffffffff01000001 rm=rmm frm=None */
	li a1, 0xffffffff01000001; fcvt.d.l f10, a1, rmm
	CHECK_F(222, f10, 0xc1efdfffffe00000)
	CHECK_FLAGS(223, 0x0)
	/* fcvt.d.l 0x2000003 rm=rmm frm=None */
	li a1, 0x2000003; fcvt.d.l f10, a1, rmm
	CHECK_F(224, f10, 0x4180000018000000)
	CHECK_FLAGS(225, 0x0)
	/* fcvt.d.l 0xffffff7f rm=rmm frm=None */
	li a1, 0xffffff7f; fcvt.d.l f10, a1, rmm
	CHECK_F(226, f10, 0x41efffffefe00000)
	CHECK_FLAGS(227, 0x0)
	/* fcvt.d.l 0x7ffffffffffffe00 rm=None frm=0 */
	li a1, 0x7ffffffffffffe00; fsrmi 0; fcvt.d.l f10, a1
	CHECK_F(228, f10, 0x43e0000000000000)
	CHECK_FLAGS(229, 0x1)
	/* fcvt.d.l 0x7ffffffffffffe00 rm=None frm=1 */
	li a1, 0x7ffffffffffffe00; fsrmi 1; fcvt.d.l f10, a1
	CHECK_F(230, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(231, 0x1)
	/* fcvt.d.l 0x7ffffffffffffe00 rm=None frm=2 */
	li a1, 0x7ffffffffffffe00; fsrmi 2; fcvt.d.l f10, a1
	CHECK_F(232, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(233, 0x1)
	/* fcvt.d.l 0x7ffffffffffffe00 rm=None frm=3 */
	li a1, 0x7ffffffffffffe00; fsrmi 3; fcvt.d.l f10, a1
	CHECK_F(234, f10, 0x43e0000000000000)
	CHECK_FLAGS(235, 0x1)
	/* fcvt.d.l 0x7ffffffffffffe00 rm=None frm=4 */
	li a1, 0x7ffffffffffffe00; fsrmi 4; fcvt.d.l f10, a1
	CHECK_F(236, f10, 0x43e0000000000000)
	CHECK_FLAGS(237, 0x1)
	/* fcvt.d.lu 0x0 rm=rne frm=None */
	li a1, 0x0; fcvt.d.lu f10, a1, rne
	CHECK_F(238, f10, 0x0)
	CHECK_FLAGS(239, 0x0)
	/* fcvt.d.lu 0x1 rm=rne frm=None */
	li a1, 0x1; fcvt.d.lu f10, a1, rne
	CHECK_F(240, f10, 0x3ff0000000000000)
	CHECK_FLAGS(241, 0x0)
	/* fcvt.d.lu 0xffffffffffffffff rm=rne frm=None */
	li a1, 0xffffffffffffffff; fcvt.d.lu f10, a1, rne
	CHECK_F(242, f10, 0x43f0000000000000)
	CHECK_FLAGS(243, 0x1)
	/* fcvt.d.lu 0x7fffffff rm=rne frm=None */
	li a1, 0x7fffffff; fcvt.d.lu f10, a1, rne
	CHECK_F(244, f10, 0x41dfffffffc00000)
	CHECK_FLAGS(245, 0x0)
	/* fcvt.d.lu 0x80000000 rm=rne frm=None */
	li a1, 0x80000000; fcvt.d.lu f10, a1, rne
	CHECK_F(246, f10, 0x41e0000000000000)
	CHECK_FLAGS(247, 0x0)
	/* fcvt.d.lu 0xffffffff80000000 rm=rne frm=None */
	li a1, 0xffffffff80000000; fcvt.d.lu f10, a1, rne
	CHECK_F(248, f10, 0x43effffffff00000)
	CHECK_FLAGS(249, 0x0)
	/* fcvt.d.lu 0xffffffff rm=rne frm=None */
	li a1, 0xffffffff; fcvt.d.lu f10, a1, rne
	CHECK_F(250, f10, 0x41efffffffe00000)
	CHECK_FLAGS(251, 0x0)
	/* fcvt.d.lu 0x1000001 rm=rne frm=None */
	li a1, 0x1000001; fcvt.d.lu f10, a1, rne
	CHECK_F(252, f10, 0x4170000010000000)
	CHECK_FLAGS(253, 0x0)
	/* fcvt.d.lu 0xfffffffffeffffff rm=rne frm=None */
	li a1, 0xfffffffffeffffff; fcvt.d.lu f10, a1, rne
	CHECK_F(254, f10, 0x43efffffffffe000)
	CHECK_FLAGS(255, 0x1)
	/* fcvt.d.lu 0x7fffffffffffffff rm=rne frm=None */
	li a1, 0x7fffffffffffffff; fcvt.d.lu f10, a1, rne
	CHECK_F(1, f10, 0x43e0000000000000)
	CHECK_FLAGS(2, 0x1)
	/* fcvt.d.lu 0x8000000000000000 rm=rne frm=None */
	li a1, 0x8000000000000000; fcvt.d.lu f10, a1, rne
	CHECK_F(3, f10, 0x43e0000000000000)
	CHECK_FLAGS(4, 0x0)
	/* fcvt.d.lu 0x20000001 rm=rne frm=None */
	li a1, 0x20000001; fcvt.d.lu f10, a1, rne
	CHECK_F(5, f10, 0x41c0000000800000)
	CHECK_FLAGS(6, 0x0)
	/* fcvt.d.lu 0x123456789abcdef rm=rne frm=None */
	li a1, 0x123456789abcdef; fcvt.d.lu f10, a1, rne
	CHECK_F(7, f10, 0x43723456789abcdf)
	CHECK_FLAGS(8, 0x1)
	/* fcvt.d.lu 0xfffffffffffffffd rm=rne frm=None */
	li a1, 0xfffffffffffffffd; fcvt.d.lu f10, a1, rne
	CHECK_F(9, f10, 0x43f0000000000000)
	CHECK_FLAGS(10, 0x1)
	/* fcvt.d.lu 0x100000001 rm=rne frm=None */
	li a1, 0x100000001; fcvt.d.lu f10, a1, rne
	CHECK_F(11, f10, 0x41f0000000100000)
	CHECK_FLAGS(12, 0x0)
	/* fcvt.d.lu 0x7ffffffffffffc00 rm=rne frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.d.lu f10, a1, rne
	CHECK_F(13, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(14, 0x0)
	/* fcvt.d.lu 0x7ffffffffffffe00 rm=rne frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.d.lu f10, a1, rne
	CHECK_F(15, f10, 0x43e0000000000000)
	CHECK_FLAGS(16, 0x1)
	/* fcvt.d.lu 0x7ffffffffffffa01 rm=rne frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.d.lu f10, a1, rne
	CHECK_F(17, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(18, 0x1)
	/* fcvt.d.lu 0xffffffff01000001 rm=rne frm=None */
	li a1, 0xffffffff01000001; fcvt.d.lu f10, a1, rne
	CHECK_F(19, f10, 0x43efffffffe02000)
	CHECK_FLAGS(20, 0x1)
	/* fcvt.d.lu 0x2000003 rm=rne frm=None */
	li a1, 0x2000003; fcvt.d.lu f10, a1, rne
	CHECK_F(21, f10, 0x4180000018000000)
	CHECK_FLAGS(22, 0x0)
	/* fcvt.d.lu 0xffffff7f rm=rne frm=None */
	li a1, 0xffffff7f; fcvt.d.lu f10, a1, rne
	CHECK_F(23, f10, 0x41efffffefe00000)
	CHECK_FLAGS(24, 0x0)
	/* fcvt.d.lu 0x0 rm=rtz frm=None */
	li a1, 0x0; fcvt.d.lu f10, a1, rtz
	CHECK_F(25, f10, 0x0)
	CHECK_FLAGS(26, 0x0)
	/* fcvt.d.lu 0x1 rm=rtz frm=None */
	li a1, 0x1; fcvt.d.lu f10, a1, rtz
	CHECK_F(27, f10, 0x3ff0000000000000)
	CHECK_FLAGS(28, 0x0)
	/* fcvt.d.lu 0xffffffffffffffff rm=rtz frm=None */
	li a1, 0xffffffffffffffff; fcvt.d.lu f10, a1, rtz
	CHECK_F(29, f10, 0x43efffffffffffff)
	CHECK_FLAGS(30, 0x1)
	/* fcvt.d.lu 0x7fffffff rm=rtz frm=None */
	li a1, 0x7fffffff; fcvt.d.lu f10, a1, rtz
	CHECK_F(31, f10, 0x41dfffffffc00000)
	CHECK_FLAGS(32, 0x0)
	/* fcvt.d.lu 0x80000000 rm=rtz frm=None */
	li a1, 0x80000000; fcvt.d.lu f10, a1, rtz
	CHECK_F(33, f10, 0x41e0000000000000)
	CHECK_FLAGS(34, 0x0)
	/* fcvt.d.lu 0xffffffff80000000 rm=rtz frm=None */
	li a1, 0xffffffff80000000; fcvt.d.lu f10, a1, rtz
	CHECK_F(35, f10, 0x43effffffff00000)
	CHECK_FLAGS(36, 0x0)
	/* fcvt.d.lu 0xffffffff rm=rtz frm=None */
	li a1, 0xffffffff; fcvt.d.lu f10, a1, rtz
	CHECK_F(37, f10, 0x41efffffffe00000)
	CHECK_FLAGS(38, 0x0)
	/* fcvt.d.lu 0x1000001 rm=rtz frm=None */
	li a1, 0x1000001; fcvt.d.lu f10, a1, rtz
	CHECK_F(39, f10, 0x4170000010000000)
	CHECK_FLAGS(40, 0x0)
	/* fcvt.d.lu 0xfffffffffeffffff rm=rtz frm=None */
	li a1, 0xfffffffffeffffff; fcvt.d.lu f10, a1, rtz
	CHECK_F(41, f10, 0x43efffffffffdfff)
	CHECK_FLAGS(42, 0x1)
	/* fcvt.d.lu 0x7fffffffffffffff rm=rtz frm=None */
	li a1, 0x7fffffffffffffff; fcvt.d.lu f10, a1, rtz
	CHECK_F(43, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(44, 0x1)
	/* fcvt.d.lu 0x8000000000000000 rm=rtz frm=None */
	li a1, 0x8000000000000000; fcvt.d.lu f10, a1, rtz
	CHECK_F(45, f10, 0x43e0000000000000)
	CHECK_FLAGS(46, 0x0)
	/* fcvt.d.lu 0x20000001 rm=rtz frm=None */
	li a1, 0x20000001; fcvt.d.lu f10, a1, rtz
	CHECK_F(47, f10, 0x41c0000000800000)
	CHECK_FLAGS(48, 0x0)
	/* fcvt.d.lu 0x123456789abcdef rm=rtz frm=None */
	li a1, 0x123456789abcdef; fcvt.d.lu f10, a1, rtz
	CHECK_F(49, f10, 0x43723456789abcde)
	CHECK_FLAGS(50, 0x1)
	/* fcvt.d.lu 0xfffffffffffffffd rm=rtz frm=None */
	li a1, 0xfffffffffffffffd; fcvt.d.lu f10, a1, rtz
	CHECK_F(51, f10, 0x43efffffffffffff)
	CHECK_FLAGS(52, 0x1)
	/* fcvt.d.lu 0x100000001 rm=rtz frm=None */
	li a1, 0x100000001; fcvt.d.lu f10, a1, rtz
	CHECK_F(53, f10, 0x41f0000000100000)
	CHECK_FLAGS(54, 0x0)
	/* fcvt.d.lu 0x7ffffffffffffc00 rm=rtz frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.d.lu f10, a1, rtz
	CHECK_F(55, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(56, 0x0)
	/* fcvt.d.lu 0x7ffffffffffffe00 rm=rtz frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.d.lu f10, a1, rtz
	CHECK_F(57, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(58, 0x1)
	/* fcvt.d.lu 0x7ffffffffffffa01 rm=rtz frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.d.lu f10, a1, rtz
	CHECK_F(59, f10, 0x43dffffffffffffe)
	CHECK_FLAGS(60, 0x1)
	/* fcvt.d.lu 0xffffffff01000001 rm=rtz frm=None */
	li a1, 0xffffffff01000001; fcvt.d.lu f10, a1, rtz
	CHECK_F(61, f10, 0x43efffffffe02000)
	CHECK_FLAGS(62, 0x1)
	/* fcvt.d.lu 0x2000003 rm=rtz frm=None */
	li a1, 0x2000003; fcvt.d.lu f10, a1, rtz
	CHECK_F(63, f10, 0x4180000018000000)
	CHECK_FLAGS(64, 0x0)
	/* fcvt.d.lu 0xffffff7f rm=rtz frm=None */
	li a1, 0xffffff7f; fcvt.d.lu f10, a1, rtz
	CHECK_F(65, f10, 0x41efffffefe00000)
	CHECK_FLAGS(66, 0x0)
	/* fcvt.d.lu 0x0 rm=rdn frm=None */
	li a1, 0x0; fcvt.d.lu f10, a1, rdn
	CHECK_F(67, f10, 0x0)
	CHECK_FLAGS(68, 0x0)
	/* fcvt.d.lu 0x1 rm=rdn frm=None */
	li a1, 0x1; fcvt.d.lu f10, a1, rdn
	CHECK_F(69, f10, 0x3ff0000000000000)
	CHECK_FLAGS(70, 0x0)
	/* fcvt.d.lu 0xffffffffffffffff rm=rdn frm=None */
	li a1, 0xffffffffffffffff; fcvt.d.lu f10, a1, rdn
	CHECK_F(71, f10, 0x43efffffffffffff)
	CHECK_FLAGS(72, 0x1)
	/* fcvt.d.lu 0x7fffffff rm=rdn frm=None */
	li a1, 0x7fffffff; fcvt.d.lu f10, a1, rdn
	CHECK_F(73, f10, 0x41dfffffffc00000)
	CHECK_FLAGS(74, 0x0)
	/* fcvt.d.lu 0x80000000 rm=rdn frm=None */
	li a1, 0x80000000; fcvt.d.lu f10, a1, rdn
	CHECK_F(75, f10, 0x41e0000000000000)
	CHECK_FLAGS(76, 0x0)
	/* fcvt.d.lu 0xffffffff80000000 rm=rdn frm=None */
	li a1, 0xffffffff80000000; fcvt.d.lu f10, a1, rdn
	CHECK_F(77, f10, 0x43effffffff00000)
	CHECK_FLAGS(78, 0x0)
	/* fcvt.d.lu 0xffffffff rm=rdn frm=None */
	li a1, 0xffffffff; fcvt.d.lu f10, a1, rdn
	CHECK_F(79, f10, 0x41efffffffe00000)
	CHECK_FLAGS(80, 0x0)
	/* fcvt.d.lu 0x1000001 rm=rdn frm=None */
	li a1, 0x1000001; fcvt.d.lu f10, a1, rdn
	CHECK_F(81, f10, 0x4170000010000000)
	CHECK_FLAGS(82, 0x0)
	/* fcvt.d.lu 0xfffffffffeffffff rm=rdn frm=None */
	li a1, 0xfffffffffeffffff; fcvt.d.lu f10, a1, rdn
	CHECK_F(83, f10, 0x43efffffffffdfff)
	CHECK_FLAGS(84, 0x1)
	/* fcvt.d.lu 0x7fffffffffffffff rm=rdn frm=None */
	li a1, 0x7fffffffffffffff; fcvt.d.lu f10, a1, rdn
	CHECK_F(85, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(86, 0x1)
	/* fcvt.d.lu 0x8000000000000000 rm=rdn frm=None */
	li a1, 0x8000000000000000; fcvt.d.lu f10, a1, rdn
	CHECK_F(87, f10, 0x43e0000000000000)
	CHECK_FLAGS(88, 0x0)
	/* fcvt.d.lu 0x20000001 rm=rdn frm=None */
	li a1, 0x20000001; fcvt.d.lu f10, a1, rdn
	CHECK_F(89, f10, 0x41c0000000800000)
	CHECK_FLAGS(90, 0x0)
	/* fcvt.d.lu 0x123456789abcdef rm=rdn frm=None */
	li a1, 0x123456789abcdef; fcvt.d.lu f10, a1, rdn
	CHECK_F(91, f10, 0x43723456789abcde)
	CHECK_FLAGS(92, 0x1)
	/* fcvt.d.lu 0xfffffffffffffffd rm=rdn frm=None */
	li a1, 0xfffffffffffffffd; fcvt.d.lu f10, a1, rdn
	CHECK_F(93, f10, 0x43efffffffffffff)
	CHECK_FLAGS(94, 0x1)
	/* fcvt.d.lu 0x100000001 rm=rdn frm=None */
	li a1, 0x100000001; fcvt.d.lu f10, a1, rdn
	CHECK_F(95, f10, 0x41f0000000100000)
	CHECK_FLAGS(96, 0x0)
	/* fcvt.d.lu 0x7ffffffffffffc00 rm=rdn frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.d.lu f10, a1, rdn
	CHECK_F(97, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(98, 0x0)
	/* fcvt.d.lu 0x7ffffffffffffe00 rm=rdn frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.d.lu f10, a1, rdn
	CHECK_F(99, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(100, 0x1)
	/* fcvt.d.lu 0x7ffffffffffffa01 rm=rdn frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.d.lu f10, a1, rdn
	CHECK_F(101, f10, 0x43dffffffffffffe)
	CHECK_FLAGS(102, 0x1)
	/* fcvt.d.lu 0xffffffff01000001 rm=rdn frm=None */
	li a1, 0xffffffff01000001; fcvt.d.lu f10, a1, rdn
	CHECK_F(103, f10, 0x43efffffffe02000)
	CHECK_FLAGS(104, 0x1)
	/* fcvt.d.lu 0x2000003 rm=rdn frm=None */
	li a1, 0x2000003; fcvt.d.lu f10, a1, rdn
	CHECK_F(105, f10, 0x4180000018000000)
	CHECK_FLAGS(106, 0x0)
	/* fcvt.d.lu 0xffffff7f rm=rdn frm=None */
	li a1, 0xffffff7f; fcvt.d.lu f10, a1, rdn
	CHECK_F(107, f10, 0x41efffffefe00000)
	CHECK_FLAGS(108, 0x0)
	/* fcvt.d.lu 0x0 rm=rup frm=None */
	li a1, 0x0; fcvt.d.lu f10, a1, rup
	CHECK_F(109, f10, 0x0)
	CHECK_FLAGS(110, 0x0)
	/* fcvt.d.lu 0x1 rm=rup frm=None */
	li a1, 0x1; fcvt.d.lu f10, a1, rup
	CHECK_F(111, f10, 0x3ff0000000000000)
	CHECK_FLAGS(112, 0x0)
	/* fcvt.d.lu 0xffffffffffffffff rm=rup frm=None */
	li a1, 0xffffffffffffffff; fcvt.d.lu f10, a1, rup
	CHECK_F(113, f10, 0x43f0000000000000)
	CHECK_FLAGS(114, 0x1)
	/* fcvt.d.lu 0x7fffffff rm=rup frm=None */
	li a1, 0x7fffffff; fcvt.d.lu f10, a1, rup
	CHECK_F(115, f10, 0x41dfffffffc00000)
	CHECK_FLAGS(116, 0x0)
	/* fcvt.d.lu 0x80000000 rm=rup frm=None */
	li a1, 0x80000000; fcvt.d.lu f10, a1, rup
	CHECK_F(117, f10, 0x41e0000000000000)
	CHECK_FLAGS(118, 0x0)
	/* fcvt.d.lu 0xffffffff80000000 rm=rup frm=None */
	li a1, 0xffffffff80000000; fcvt.d.lu f10, a1, rup
	CHECK_F(119, f10, 0x43effffffff00000)
	CHECK_FLAGS(120, 0x0)
	/* fcvt.d.lu 0xffffffff rm=rup frm=None */
	li a1, 0xffffffff; fcvt.d.lu f10, a1, rup
	CHECK_F(121, f10, 0x41efffffffe00000)
	CHECK_FLAGS(122, 0x0)
	/* fcvt.d.lu 0x1000001 rm=rup frm=None */
	li a1, 0x1000001; fcvt.d.lu f10, a1, rup
	CHECK_F(123, f10, 0x4170000010000000)
	CHECK_FLAGS(124, 0x0)
	/* fcvt.d.lu 0xfffffffffeffffff rm=rup frm=None */
	li a1, 0xfffffffffeffffff; fcvt.d.lu f10, a1, rup
	CHECK_F(125, f10, 0x43efffffffffe000)
	CHECK_FLAGS(126, 0x1)
	/* fcvt.d.lu 0x7fffffffffffffff rm=rup frm=None */
	li a1, 0x7fffffffffffffff; fcvt.d.lu f10, a1, rup
	CHECK_F(127, f10, 0x43e0000000000000)
	CHECK_FLAGS(128, 0x1)
	/* fcvt.d.lu 0x8000000000000000 rm=rup frm=None */
	li a1, 0x8000000000000000; fcvt.d.lu f10, a1, rup
	CHECK_F(129, f10, 0x43e0000000000000)
	CHECK_FLAGS(130, 0x0)
	/* fcvt.d.lu 0x20000001 rm=rup frm=None */
	li a1, 0x20000001; fcvt.d.lu f10, a1, rup
	CHECK_F(131, f10, 0x41c0000000800000)
	CHECK_FLAGS(132, 0x0)
	/* fcvt.d.lu 0x123456789abcdef rm=rup frm=None */
	li a1, 0x123456789abcdef; fcvt.d.lu f10, a1, rup
	CHECK_F(133, f10, 0x43723456789abcdf)
	CHECK_FLAGS(134, 0x1)
	/* fcvt.d.lu 0xfffffffffffffffd rm=rup frm=None */
	li a1, 0xfffffffffffffffd; fcvt.d.lu f10, a1, rup
	CHECK_F(135, f10, 0x43f0000000000000)
	CHECK_FLAGS(136, 0x1)
	/* fcvt.d.lu 0x100000001 rm=rup frm=None */
	li a1, 0x100000001; fcvt.d.lu f10, a1, rup
	CHECK_F(137, f10, 0x41f0000000100000)
	CHECK_FLAGS(138, 0x0)
	/* fcvt.d.lu 0x7ffffffffffffc00 rm=rup frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.d.lu f10, a1, rup
	CHECK_F(139, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(140, 0x0)
	/* fcvt.d.lu 0x7ffffffffffffe00 rm=rup frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.d.lu f10, a1, rup
	CHECK_F(141, f10, 0x43e0000000000000)
	CHECK_FLAGS(142, 0x1)
	/* fcvt.d.lu 0x7ffffffffffffa01 rm=rup frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.d.lu f10, a1, rup
	CHECK_F(143, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(144, 0x1)
	/* fcvt.d.lu 0xffffffff01000001 rm=rup frm=None */
	li a1, 0xffffffff01000001; fcvt.d.lu f10, a1, rup
	CHECK_F(145, f10, 0x43efffffffe02001)
	CHECK_FLAGS(146, 0x1)
	/* fcvt.d.lu 0x2000003 rm=rup frm=None */
	li a1, 0x2000003; fcvt.d.lu f10, a1, rup
	CHECK_F(147, f10, 0x4180000018000000)
	CHECK_FLAGS(148, 0x0)
	/* fcvt.d.lu 0xffffff7f rm=rup frm=None */
	li a1, 0xffffff7f; fcvt.d.lu f10, a1, rup
	CHECK_F(149, f10, 0x41efffffefe00000)
	CHECK_FLAGS(150, 0x0)
	/* fcvt.d.lu 0x0 rm=rmm frm=None */
	li a1, 0x0; fcvt.d.lu f10, a1, rmm
	CHECK_F(151, f10, 0x0)
	CHECK_FLAGS(152, 0x0)
	/* fcvt.d.lu 0x1 rm=rmm frm=None */
	li a1, 0x1; fcvt.d.lu f10, a1, rmm
	CHECK_F(153, f10, 0x3ff0000000000000)
	CHECK_FLAGS(154, 0x0)
	/* fcvt.d.lu 0xffffffffffffffff rm=rmm frm=None */
	li a1, 0xffffffffffffffff; fcvt.d.lu f10, a1, rmm
	CHECK_F(155, f10, 0x43f0000000000000)
	CHECK_FLAGS(156, 0x1)
	/* fcvt.d.lu 0x7fffffff rm=rmm frm=None */
	li a1, 0x7fffffff; fcvt.d.lu f10, a1, rmm
	CHECK_F(157, f10, 0x41dfffffffc00000)
	CHECK_FLAGS(158, 0x0)
	/* fcvt.d.lu 0x80000000 rm=rmm frm=None */
	li a1, 0x80000000; fcvt.d.lu f10, a1, rmm
	CHECK_F(159, f10, 0x41e0000000000000)
	CHECK_FLAGS(160, 0x0)
	/* fcvt.d.lu 0xffffffff80000000 rm=rmm frm=None */
	li a1, 0xffffffff80000000; fcvt.d.lu f10, a1, rmm
	CHECK_F(161, f10, 0x43effffffff00000)
	CHECK_FLAGS(162, 0x0)
	/* fcvt.d.lu 0xffffffff rm=rmm frm=None */
	li a1, 0xffffffff; fcvt.d.lu f10, a1, rmm
	CHECK_F(163, f10, 0x41efffffffe00000)
	CHECK_FLAGS(164, 0x0)
	/* fcvt.d.lu 0x1000001 rm=rmm frm=None */
	li a1, 0x1000001; fcvt.d.lu f10, a1, rmm
	CHECK_F(165, f10, 0x4170000010000000)
	CHECK_FLAGS(166, 0x0)
	/* fcvt.d.lu 0xfffffffffeffffff rm=rmm frm=None */
	li a1, 0xfffffffffeffffff; fcvt.d.lu f10, a1, rmm
	CHECK_F(167, f10, 0x43efffffffffe000)
	CHECK_FLAGS(168, 0x1)
	/* fcvt.d.lu 0x7fffffffffffffff rm=rmm frm=None */
	li a1, 0x7fffffffffffffff; fcvt.d.lu f10, a1, rmm
	CHECK_F(169, f10, 0x43e0000000000000)
	CHECK_FLAGS(170, 0x1)
	/* fcvt.d.lu 0x8000000000000000 rm=rmm frm=None */
	li a1, 0x8000000000000000; fcvt.d.lu f10, a1, rmm
	CHECK_F(171, f10, 0x43e0000000000000)
	CHECK_FLAGS(172, 0x0)
	/* fcvt.d.lu 0x20000001 rm=rmm frm=None */
	li a1, 0x20000001; fcvt.d.lu f10, a1, rmm
	CHECK_F(173, f10, 0x41c0000000800000)
	CHECK_FLAGS(174, 0x0)
	/* fcvt.d.lu 0x123456789abcdef rm=rmm frm=None */
	li a1, 0x123456789abcdef; fcvt.d.lu f10, a1, rmm
	CHECK_F(175, f10, 0x43723456789abcdf)
	CHECK_FLAGS(176, 0x1)
	/* fcvt.d.lu 0xfffffffffffffffd rm=rmm frm=None */
	li a1, 0xfffffffffffffffd; fcvt.d.lu f10, a1, rmm
	CHECK_F(177, f10, 0x43f0000000000000)
	CHECK_FLAGS(178, 0x1)
	/* fcvt.d.lu 0x100000001 rm=rmm frm=None */
	li a1, 0x100000001; fcvt.d.lu f10, a1, rmm
	CHECK_F(179, f10, 0x41f0000000100000)
	CHECK_FLAGS(180, 0x0)
	/* fcvt.d.lu 0x7ffffffffffffc00 rm=rmm frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.d.lu f10, a1, rmm
	CHECK_F(181, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(182, 0x0)
	/* fcvt.d.lu 0x7ffffffffffffe00 rm=rmm frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.d.lu f10, a1, rmm
	CHECK_F(183, f10, 0x43e0000000000000)
	CHECK_FLAGS(184, 0x1)
	/* fcvt.d.lu 0x7ffffffffffffa01 rm=rmm frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.d.lu f10, a1, rmm
	CHECK_F(185, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(186, 0x1)
	/* fcvt.d.lu 0xffffffff01000001 rm=rmm frm=None */
	li a1, 0xffffffff01000001; fcvt.d.lu f10, a1, rmm
	CHECK_F(187, f10, 0x43efffffffe02000)
	CHECK_FLAGS(188, 0x1)
	/* fcvt.d.lu 0x2000003 rm=rmm frm=None */
	li a1, 0x2000003; fcvt.d.lu f10, a1, rmm
	CHECK_F(189, f10, 0x4180000018000000)
	CHECK_FLAGS(190, 0x0)
	/* fcvt.d.lu 0xffffff7f rm=rmm frm=None */
	li a1, 0xffffff7f; fcvt.d.lu f10, a1, rmm
	CHECK_F(191, f10, 0x41efffffefe00000)
	CHECK_FLAGS(192, 0x0)
	/* fcvt.d.lu 0x7ffffffffffffe00 rm=None frm=0 */
	li a1, 0x7ffffffffffffe00; fsrmi 0; fcvt.d.lu f10, a1
	CHECK_F(193, f10, 0x43e0000000000000)
	CHECK_FLAGS(194, 0x1)
	/* fcvt.d.lu 0x7ffffffffffffe00 rm=None frm=1 */
	li a1, 0x7ffffffffffffe00; fsrmi 1; fcvt.d.lu f10, a1
	CHECK_F(195, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(196, 0x1)
	/* fcvt.d.lu 0x7ffffffffffffe00 rm=None frm=2 */
	li a1, 0x7ffffffffffffe00; fsrmi 2; fcvt.d.lu f10, a1
	CHECK_F(197, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(198, 0x1)
	/* fcvt.d.lu 0x7ffffffffffffe00 rm=None frm=3 */
	li a1, 0x7ffffffffffffe00; fsrmi 3; fcvt.d.lu f10, a1
	CHECK_F(199, f10, 0x43e0000000000000)
	CHECK_FLAGS(200, 0x1)
	/* fcvt.d.lu 0x7ffffffffffffe00 rm=None frm=4 */
	li a1, 0x7ffffffffffffe00; fsrmi 4; fcvt.d.lu f10, a1
	CHECK_F(201, f10, 0x43e0000000000000)
	CHECK_FLAGS(202, 0x1)
	/* fcvt.s.d 0x0 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(203, f10, 0xffffffff00000000)
	CHECK_FLAGS(204, 0x0)
	/* fcvt.s.d 0x8000000000000000 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(205, f10, 0xffffffff80000000)
	CHECK_FLAGS(206, 0x0)
	/* fcvt.s.d 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(207, f10, 0xffffffff3f800000)
	CHECK_FLAGS(208, 0x0)
	/* fcvt.s.d 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(209, f10, 0xffffffffbf800000)
	CHECK_FLAGS(210, 0x0)
	/* fcvt.s.d 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(211, f10, 0xffffffff3fc00000)
	CHECK_FLAGS(212, 0x0)
	/* fcvt.s.d 0x4004000000000000 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(213, f10, 0xffffffff40200000)
	CHECK_FLAGS(214, 0x0)
	/* fcvt.s.d 0xc004000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(215, f10, 0xffffffffc0200000)
	CHECK_FLAGS(216, 0x0)
	/* fcvt.s.d 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(217, f10, 0xffffffff3f000000)
	CHECK_FLAGS(218, 0x0)
	/* fcvt.s.d 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(219, f10, 0xffffffffbf000000)
	CHECK_FLAGS(220, 0x0)
	/* fcvt.s.d 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(221, f10, 0xffffffff7f800000)
	CHECK_FLAGS(222, 0x5)
	/* fcvt.s.d 0xffefffffffffffff rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(223, f10, 0xffffffffff800000)
	CHECK_FLAGS(224, 0x5)
	/* fcvt.s.d 0x10000000000000 rm=rne frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(225, f10, 0xffffffff00000000)
	CHECK_FLAGS(226, 0x3)
	/* fcvt.s.d 0xfffffffffffff rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(227, f10, 0xffffffff00000000)
	CHECK_FLAGS(228, 0x3)
	/* fcvt.s.d 0x1 rm=rne frm=None */
	li t0, 0x1; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(229, f10, 0xffffffff00000000)
	CHECK_FLAGS(230, 0x3)
	/* fcvt.s.d 0x8000000000000001 rm=rne frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(231, f10, 0xffffffff80000000)
	CHECK_FLAGS(232, 0x3)
	/* fcvt.s.d 0x7ff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(233, f10, 0xffffffff7f800000)
	CHECK_FLAGS(234, 0x0)
	/* fcvt.s.d 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(235, f10, 0xffffffffff800000)
	CHECK_FLAGS(236, 0x0)
	/* fcvt.s.d 0x7ff8000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(237, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(238, 0x0)
	/* fcvt.s.d 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(239, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(240, 0x10)
	/* fcvt.s.d 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(241, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(242, 0x0)
	/* fcvt.s.d 0x3ff0000000000001 rm=rne frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(243, f10, 0xffffffff3f800000)
	CHECK_FLAGS(244, 0x1)
	/* fcvt.s.d 0x3ca0000000000000 rm=rne frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(245, f10, 0xffffffff25000000)
	CHECK_FLAGS(246, 0x0)
	/* fcvt.s.d 0x4008000000000000 rm=rne frm=None */
	li t0, 0x4008000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(247, f10, 0xffffffff40400000)
	CHECK_FLAGS(248, 0x0)
	/* fcvt.s.d 0x3fb999999999999a rm=rne frm=None */
	li t0, 0x3fb999999999999a; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(249, f10, 0xffffffff3dcccccd)
	CHECK_FLAGS(250, 0x1)
	/* fcvt.s.d 0x41dfffffffe00000 rm=rne frm=None */
	li t0, 0x41dfffffffe00000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(251, f10, 0xffffffff4f000000)
	CHECK_FLAGS(252, 0x1)
	/* fcvt.s.d 0x41e0000000000000 rm=rne frm=None */
	li t0, 0x41e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(253, f10, 0xffffffff4f000000)
	CHECK_FLAGS(254, 0x0)
	/* fcvt.s.d 0xc1e0000000000000 rm=rne frm=None */
	li t0, 0xc1e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(255, f10, 0xffffffffcf000000)
	CHECK_FLAGS(1, 0x0)
	/* fcvt.s.d 0xc1e0000000100000 rm=rne frm=None */
	li t0, 0xc1e0000000100000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(2, f10, 0xffffffffcf000000)
	CHECK_FLAGS(3, 0x1)
	/* fcvt.s.d 0x43e0000000000000 rm=rne frm=None */
	li t0, 0x43e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(4, f10, 0xffffffff5f000000)
	CHECK_FLAGS(5, 0x0)
	/* fcvt.s.d 0xc3e0000000000000 rm=rne frm=None */
	li t0, 0xc3e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(6, f10, 0xffffffffdf000000)
	CHECK_FLAGS(7, 0x0)
	/* fcvt.s.d 0x43f0000000000000 rm=rne frm=None */
	li t0, 0x43f0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(8, f10, 0xffffffff5f800000)
	CHECK_FLAGS(9, 0x0)
	/* fcvt.s.d 0x43efffffffffffff rm=rne frm=None */
	li t0, 0x43efffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(10, f10, 0xffffffff5f800000)
	CHECK_FLAGS(11, 0x1)
	/* fcvt.s.d 0x41efffffffe00000 rm=rne frm=None */
	li t0, 0x41efffffffe00000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(12, f10, 0xffffffff4f800000)
	CHECK_FLAGS(13, 0x1)
	/* fcvt.s.d 0x3ff0000010000000 rm=rne frm=None */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(14, f10, 0xffffffff3f800000)
	CHECK_FLAGS(15, 0x1)
	/* fcvt.s.d 0x3810000000000000 rm=rne frm=None */
	li t0, 0x3810000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(16, f10, 0xffffffff00800000)
	CHECK_FLAGS(17, 0x0)
	/* fcvt.s.d 0x3690000000000000 rm=rne frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(18, f10, 0xffffffff00000000)
	CHECK_FLAGS(19, 0x3)
	/* fcvt.s.d 0x47efffffe0000000 rm=rne frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(20, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(21, 0x0)
	/* fcvt.s.d 0x47efffff00000000 rm=rne frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(22, f10, 0xffffffff7f7ffff8)
	CHECK_FLAGS(23, 0x0)
	/* fcvt.s.d 0x36a0000000000000 rm=rne frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(24, f10, 0xffffffff00000001)
	CHECK_FLAGS(25, 0x0)
	/* fcvt.s.d 0x3fefffffffffffff rm=rne frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(26, f10, 0xffffffff3f800000)
	CHECK_FLAGS(27, 0x1)
	/* fcvt.s.d 0xbcb0000000000000 rm=rne frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(28, f10, 0xffffffffa5800000)
	CHECK_FLAGS(29, 0x0)
	/* fcvt.s.d 0xffed000000000000 rm=rne frm=None */
	li t0, 0xffed000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(30, f10, 0xffffffffff800000)
	CHECK_FLAGS(31, 0x5)
	/* fcvt.s.d 0x413ab23ef9631a5e rm=rne frm=None */
	li t0, 0x413ab23ef9631a5e; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(32, f10, 0xffffffff49d591f8)
	CHECK_FLAGS(33, 0x1)
	/* fcvt.s.d 0xc13e7c7afd4517ee rm=rne frm=None */
	li t0, 0xc13e7c7afd4517ee; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(34, f10, 0xffffffffc9f3e3d8)
	CHECK_FLAGS(35, 0x1)
	/* fcvt.s.d 0x936c08888cff691 rm=rne frm=None */
	li t0, 0x936c08888cff691; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(36, f10, 0xffffffff00000000)
	CHECK_FLAGS(37, 0x3)
	/* fcvt.s.d 0xd0a3000000000000 rm=rne frm=None */
	li t0, 0xd0a3000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(38, f10, 0xffffffffff800000)
	CHECK_FLAGS(39, 0x5)
	/* fcvt.s.d 0x1dde9f38d24bfc86 rm=rne frm=None */
	li t0, 0x1dde9f38d24bfc86; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(40, f10, 0xffffffff00000000)
	CHECK_FLAGS(41, 0x3)
	/* fcvt.s.d 0x3ff24f1a5f330fee rm=rne frm=None */
	li t0, 0x3ff24f1a5f330fee; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(42, f10, 0xffffffff3f9278d3)
	CHECK_FLAGS(43, 0x1)
	/* fcvt.s.d 0x3eb0800000000000 rm=rne frm=None */
	li t0, 0x3eb0800000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(44, f10, 0xffffffff35840000)
	CHECK_FLAGS(45, 0x0)
	/* fcvt.s.d 0x18331aed8bffbdd5 rm=rne frm=None */
	li t0, 0x18331aed8bffbdd5; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(46, f10, 0xffffffff00000000)
	CHECK_FLAGS(47, 0x3)
	/* fcvt.s.d 0x4137000000000000 rm=rne frm=None */
	li t0, 0x4137000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(48, f10, 0xffffffff49b80000)
	CHECK_FLAGS(49, 0x0)
	/* fcvt.s.d 0xdeefe3ae8f8baf9a rm=rne frm=None */
	li t0, 0xdeefe3ae8f8baf9a; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(50, f10, 0xffffffffff800000)
	CHECK_FLAGS(51, 0x5)
	/* fcvt.s.d 0x4003bbd28308754e rm=rne frm=None */
	li t0, 0x4003bbd28308754e; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(52, f10, 0xffffffff401dde94)
	CHECK_FLAGS(53, 0x1)
	/* fcvt.s.d 0x4137000000000000 rm=rne frm=None */
	li t0, 0x4137000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(54, f10, 0xffffffff49b80000)
	CHECK_FLAGS(55, 0x0)
	/* fcvt.s.d 0xc00cb5359c49d49d rm=rne frm=None */
	li t0, 0xc00cb5359c49d49d; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(56, f10, 0xffffffffc065a9ad)
	CHECK_FLAGS(57, 0x1)
	/* fcvt.s.d 0x3fec83f2290710fe rm=rne frm=None */
	li t0, 0x3fec83f2290710fe; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(58, f10, 0xffffffff3f641f91)
	CHECK_FLAGS(59, 0x1)
	/* fcvt.s.d 0xffefe5bd860274d8 rm=rne frm=None */
	li t0, 0xffefe5bd860274d8; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(60, f10, 0xffffffffff800000)
	CHECK_FLAGS(61, 0x5)
	/* fcvt.s.d 0x1b800000000000 rm=rne frm=None */
	li t0, 0x1b800000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(62, f10, 0xffffffff00000000)
	CHECK_FLAGS(63, 0x3)
	/* fcvt.s.d 0x7fe415d1669e7845 rm=rne frm=None */
	li t0, 0x7fe415d1669e7845; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(64, f10, 0xffffffff7f800000)
	CHECK_FLAGS(65, 0x5)
	/* fcvt.s.d 0x1e7948d67b80f7 rm=rne frm=None */
	li t0, 0x1e7948d67b80f7; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(66, f10, 0xffffffff00000000)
	CHECK_FLAGS(67, 0x3)
	/* fcvt.s.d 0x3ff172c0920277f2 rm=rne frm=None */
	li t0, 0x3ff172c0920277f2; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(68, f10, 0xffffffff3f8b9605)
	CHECK_FLAGS(69, 0x1)
	/* fcvt.s.d 0x0 rm=rtz frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(70, f10, 0xffffffff00000000)
	CHECK_FLAGS(71, 0x0)
	/* fcvt.s.d 0x8000000000000000 rm=rtz frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(72, f10, 0xffffffff80000000)
	CHECK_FLAGS(73, 0x0)
	/* fcvt.s.d 0x3ff0000000000000 rm=rtz frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(74, f10, 0xffffffff3f800000)
	CHECK_FLAGS(75, 0x0)
	/* fcvt.s.d 0xbff0000000000000 rm=rtz frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(76, f10, 0xffffffffbf800000)
	CHECK_FLAGS(77, 0x0)
	/* fcvt.s.d 0x3ff8000000000000 rm=rtz frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(78, f10, 0xffffffff3fc00000)
	CHECK_FLAGS(79, 0x0)
	/* fcvt.s.d 0x4004000000000000 rm=rtz frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(80, f10, 0xffffffff40200000)
	CHECK_FLAGS(81, 0x0)
	/* fcvt.s.d 0xc004000000000000 rm=rtz frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(82, f10, 0xffffffffc0200000)
	CHECK_FLAGS(83, 0x0)
	/* fcvt.s.d 0x3fe0000000000000 rm=rtz frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(84, f10, 0xffffffff3f000000)
	CHECK_FLAGS(85, 0x0)
	/* fcvt.s.d 0xbfe0000000000000 rm=rtz frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(86, f10, 0xffffffffbf000000)
	CHECK_FLAGS(87, 0x0)
	/* fcvt.s.d 0x7fefffffffffffff rm=rtz frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(88, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(89, 0x5)
	/* fcvt.s.d 0xffefffffffffffff rm=rtz frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(90, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(91, 0x5)
	/* fcvt.s.d 0x10000000000000 rm=rtz frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(92, f10, 0xffffffff00000000)
	CHECK_FLAGS(93, 0x3)
	/* fcvt.s.d 0xfffffffffffff rm=rtz frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(94, f10, 0xffffffff00000000)
	CHECK_FLAGS(95, 0x3)
	/* fcvt.s.d 0x1 rm=rtz frm=None */
	li t0, 0x1; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(96, f10, 0xffffffff00000000)
	CHECK_FLAGS(97, 0x3)
	/* fcvt.s.d 0x8000000000000001 rm=rtz frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(98, f10, 0xffffffff80000000)
	CHECK_FLAGS(99, 0x3)
	/* fcvt.s.d 0x7ff0000000000000 rm=rtz frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(100, f10, 0xffffffff7f800000)
	CHECK_FLAGS(101, 0x0)
	/* fcvt.s.d 0xfff0000000000000 rm=rtz frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(102, f10, 0xffffffffff800000)
	CHECK_FLAGS(103, 0x0)
	/* fcvt.s.d 0x7ff8000000000000 rm=rtz frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(104, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(105, 0x0)
	/* fcvt.s.d 0x7ff0000000000001 rm=rtz frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(106, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(107, 0x10)
	/* fcvt.s.d 0xfff8000000001234 rm=rtz frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(108, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(109, 0x0)
	/* fcvt.s.d 0x3ff0000000000001 rm=rtz frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(110, f10, 0xffffffff3f800000)
	CHECK_FLAGS(111, 0x1)
	/* fcvt.s.d 0x3ca0000000000000 rm=rtz frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(112, f10, 0xffffffff25000000)
	CHECK_FLAGS(113, 0x0)
	/* fcvt.s.d 0x4008000000000000 rm=rtz frm=None */
	li t0, 0x4008000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(114, f10, 0xffffffff40400000)
	CHECK_FLAGS(115, 0x0)
	/* fcvt.s.d 0x3fb999999999999a rm=rtz frm=None */
	li t0, 0x3fb999999999999a; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(116, f10, 0xffffffff3dcccccc)
	CHECK_FLAGS(117, 0x1)
	/* fcvt.s.d 0x41dfffffffe00000 rm=rtz frm=None */
	li t0, 0x41dfffffffe00000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(118, f10, 0xffffffff4effffff)
	CHECK_FLAGS(119, 0x1)
	/* fcvt.s.d 0x41e0000000000000 rm=rtz frm=None */
	li t0, 0x41e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(120, f10, 0xffffffff4f000000)
	CHECK_FLAGS(121, 0x0)
	/* fcvt.s.d 0xc1e0000000000000 rm=rtz frm=None */
	li t0, 0xc1e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(122, f10, 0xffffffffcf000000)
	CHECK_FLAGS(123, 0x0)
	/* fcvt.s.d 0xc1e0000000100000 rm=rtz frm=None */
	li t0, 0xc1e0000000100000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(124, f10, 0xffffffffcf000000)
	CHECK_FLAGS(125, 0x1)
	/* fcvt.s.d 0x43e0000000000000 rm=rtz frm=None */
	li t0, 0x43e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(126, f10, 0xffffffff5f000000)
	CHECK_FLAGS(127, 0x0)
	/* fcvt.s.d 0xc3e0000000000000 rm=rtz frm=None */
	li t0, 0xc3e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(128, f10, 0xffffffffdf000000)
	CHECK_FLAGS(129, 0x0)
	/* fcvt.s.d 0x43f0000000000000 rm=rtz frm=None */
	li t0, 0x43f0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(130, f10, 0xffffffff5f800000)
	CHECK_FLAGS(131, 0x0)
	/* fcvt.s.d 0x43efffffffffffff rm=rtz frm=None */
	li t0, 0x43efffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(132, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(133, 0x1)
	/* fcvt.s.d 0x41efffffffe00000 rm=rtz frm=None */
	li t0, 0x41efffffffe00000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(134, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(135, 0x1)
	/* fcvt.s.d 0x3ff0000010000000 rm=rtz frm=None */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(136, f10, 0xffffffff3f800000)
	CHECK_FLAGS(137, 0x1)
	/* fcvt.s.d 0x3810000000000000 rm=rtz frm=None */
	li t0, 0x3810000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(138, f10, 0xffffffff00800000)
	CHECK_FLAGS(139, 0x0)
	/* fcvt.s.d 0x3690000000000000 rm=rtz frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(140, f10, 0xffffffff00000000)
	CHECK_FLAGS(141, 0x3)
	/* fcvt.s.d 0x47efffffe0000000 rm=rtz frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(142, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(143, 0x0)
	/* fcvt.s.d 0x47efffff00000000 rm=rtz frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(144, f10, 0xffffffff7f7ffff8)
	CHECK_FLAGS(145, 0x0)
	/* fcvt.s.d 0x36a0000000000000 rm=rtz frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(146, f10, 0xffffffff00000001)
	CHECK_FLAGS(147, 0x0)
	/* fcvt.s.d 0x3fefffffffffffff rm=rtz frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(148, f10, 0xffffffff3f7fffff)
	CHECK_FLAGS(149, 0x1)
	/* fcvt.s.d 0xbcb0000000000000 rm=rtz frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(150, f10, 0xffffffffa5800000)
	CHECK_FLAGS(151, 0x0)
	/* fcvt.s.d 0x800e3de8f4cecce5 rm=rtz frm=None */
	li t0, 0x800e3de8f4cecce5; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(152, f10, 0xffffffff80000000)
	CHECK_FLAGS(153, 0x3)
	/* fcvt.s.d 0xffe9eed22c4806d4 rm=rtz frm=None */
	li t0, 0xffe9eed22c4806d4; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(154, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(155, 0x5)
	/* fcvt.s.d 0x4006c01fcc8365f7 rm=rtz frm=None */
	li t0, 0x4006c01fcc8365f7; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(156, f10, 0xffffffff403600fe)
	CHECK_FLAGS(157, 0x1)
	/* fcvt.s.d 0x3eb0054917526f97 rm=rtz frm=None */
	li t0, 0x3eb0054917526f97; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(158, f10, 0xffffffff35802a48)
	CHECK_FLAGS(159, 0x1)
	/* fcvt.s.d 0xc132000000000000 rm=rtz frm=None */
	li t0, 0xc132000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(160, f10, 0xffffffffc9900000)
	CHECK_FLAGS(161, 0x0)
	/* fcvt.s.d 0x3eb4ceae5e6a2c50 rm=rtz frm=None */
	li t0, 0x3eb4ceae5e6a2c50; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(162, f10, 0xffffffff35a67572)
	CHECK_FLAGS(163, 0x1)
	/* fcvt.s.d 0x3cd65538b2cbe281 rm=rtz frm=None */
	li t0, 0x3cd65538b2cbe281; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(164, f10, 0xffffffff26b2a9c5)
	CHECK_FLAGS(165, 0x1)
	/* fcvt.s.d 0x10800000000000 rm=rtz frm=None */
	li t0, 0x10800000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(166, f10, 0xffffffff00000000)
	CHECK_FLAGS(167, 0x3)
	/* fcvt.s.d 0xc2b6df2863e77afa rm=rtz frm=None */
	li t0, 0xc2b6df2863e77afa; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(168, f10, 0xffffffffd5b6f943)
	CHECK_FLAGS(169, 0x1)
	/* fcvt.s.d 0x179722652ca8e2 rm=rtz frm=None */
	li t0, 0x179722652ca8e2; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(170, f10, 0xffffffff00000000)
	CHECK_FLAGS(171, 0x3)
	/* fcvt.s.d 0xbfe8e953950befe8 rm=rtz frm=None */
	li t0, 0xbfe8e953950befe8; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(172, f10, 0xffffffffbf474a9c)
	CHECK_FLAGS(173, 0x1)
	/* fcvt.s.d 0x3eb1000000000000 rm=rtz frm=None */
	li t0, 0x3eb1000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(174, f10, 0xffffffff35880000)
	CHECK_FLAGS(175, 0x0)
	/* fcvt.s.d 0xc13205d1c449a715 rm=rtz frm=None */
	li t0, 0xc13205d1c449a715; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(176, f10, 0xffffffffc9902e8e)
	CHECK_FLAGS(177, 0x1)
	/* fcvt.s.d 0xbff6dd3368b719af rm=rtz frm=None */
	li t0, 0xbff6dd3368b719af; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(178, f10, 0xffffffffbfb6e99b)
	CHECK_FLAGS(179, 0x1)
	/* fcvt.s.d 0xbeb6647c27e9cd5a rm=rtz frm=None */
	li t0, 0xbeb6647c27e9cd5a; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(180, f10, 0xffffffffb5b323e1)
	CHECK_FLAGS(181, 0x1)
	/* fcvt.s.d 0xbfeed97cec85b237 rm=rtz frm=None */
	li t0, 0xbfeed97cec85b237; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(182, f10, 0xffffffffbf76cbe7)
	CHECK_FLAGS(183, 0x1)
	/* fcvt.s.d 0x25000000000000 rm=rtz frm=None */
	li t0, 0x25000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(184, f10, 0xffffffff00000000)
	CHECK_FLAGS(185, 0x3)
	/* fcvt.s.d 0x0 rm=rtz frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(186, f10, 0xffffffff00000000)
	CHECK_FLAGS(187, 0x0)
	/* fcvt.s.d 0x801ac21210536b08 rm=rtz frm=None */
	li t0, 0x801ac21210536b08; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(188, f10, 0xffffffff80000000)
	CHECK_FLAGS(189, 0x3)
	/* fcvt.s.d 0x80228deea801190c rm=rtz frm=None */
	li t0, 0x80228deea801190c; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(190, f10, 0xffffffff80000000)
	CHECK_FLAGS(191, 0x3)
	/* fcvt.s.d 0x0 rm=rdn frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(192, f10, 0xffffffff00000000)
	CHECK_FLAGS(193, 0x0)
	/* fcvt.s.d 0x8000000000000000 rm=rdn frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(194, f10, 0xffffffff80000000)
	CHECK_FLAGS(195, 0x0)
	/* fcvt.s.d 0x3ff0000000000000 rm=rdn frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(196, f10, 0xffffffff3f800000)
	CHECK_FLAGS(197, 0x0)
	/* fcvt.s.d 0xbff0000000000000 rm=rdn frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(198, f10, 0xffffffffbf800000)
	CHECK_FLAGS(199, 0x0)
	/* fcvt.s.d 0x3ff8000000000000 rm=rdn frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(200, f10, 0xffffffff3fc00000)
	CHECK_FLAGS(201, 0x0)
	/* fcvt.s.d 0x4004000000000000 rm=rdn frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(202, f10, 0xffffffff40200000)
	CHECK_FLAGS(203, 0x0)
	/* fcvt.s.d 0xc004000000000000 rm=rdn frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(204, f10, 0xffffffffc0200000)
	CHECK_FLAGS(205, 0x0)
	/* fcvt.s.d 0x3fe0000000000000 rm=rdn frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(206, f10, 0xffffffff3f000000)
	CHECK_FLAGS(207, 0x0)
	/* fcvt.s.d 0xbfe0000000000000 rm=rdn frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(208, f10, 0xffffffffbf000000)
	CHECK_FLAGS(209, 0x0)
	/* fcvt.s.d 0x7fefffffffffffff rm=rdn frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(210, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(211, 0x5)
	/* fcvt.s.d 0xffefffffffffffff rm=rdn frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(212, f10, 0xffffffffff800000)
	CHECK_FLAGS(213, 0x5)
	/* fcvt.s.d 0x10000000000000 rm=rdn frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(214, f10, 0xffffffff00000000)
	CHECK_FLAGS(215, 0x3)
	/* fcvt.s.d 0xfffffffffffff rm=rdn frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(216, f10, 0xffffffff00000000)
	CHECK_FLAGS(217, 0x3)
	/* fcvt.s.d 0x1 rm=rdn frm=None */
	li t0, 0x1; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(218, f10, 0xffffffff00000000)
	CHECK_FLAGS(219, 0x3)
	/* fcvt.s.d 0x8000000000000001 rm=rdn frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(220, f10, 0xffffffff80000001)
	CHECK_FLAGS(221, 0x3)
	/* fcvt.s.d 0x7ff0000000000000 rm=rdn frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(222, f10, 0xffffffff7f800000)
	CHECK_FLAGS(223, 0x0)
	/* fcvt.s.d 0xfff0000000000000 rm=rdn frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(224, f10, 0xffffffffff800000)
	CHECK_FLAGS(225, 0x0)
	/* fcvt.s.d 0x7ff8000000000000 rm=rdn frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(226, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(227, 0x0)
	/* fcvt.s.d 0x7ff0000000000001 rm=rdn frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(228, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(229, 0x10)
	/* fcvt.s.d 0xfff8000000001234 rm=rdn frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(230, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(231, 0x0)
	/* fcvt.s.d 0x3ff0000000000001 rm=rdn frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(232, f10, 0xffffffff3f800000)
	CHECK_FLAGS(233, 0x1)
	/* fcvt.s.d 0x3ca0000000000000 rm=rdn frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(234, f10, 0xffffffff25000000)
	CHECK_FLAGS(235, 0x0)
	/* fcvt.s.d 0x4008000000000000 rm=rdn frm=None */
	li t0, 0x4008000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(236, f10, 0xffffffff40400000)
	CHECK_FLAGS(237, 0x0)
	/* fcvt.s.d 0x3fb999999999999a rm=rdn frm=None */
	li t0, 0x3fb999999999999a; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(238, f10, 0xffffffff3dcccccc)
	CHECK_FLAGS(239, 0x1)
	/* fcvt.s.d 0x41dfffffffe00000 rm=rdn frm=None */
	li t0, 0x41dfffffffe00000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(240, f10, 0xffffffff4effffff)
	CHECK_FLAGS(241, 0x1)
	/* fcvt.s.d 0x41e0000000000000 rm=rdn frm=None */
	li t0, 0x41e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(242, f10, 0xffffffff4f000000)
	CHECK_FLAGS(243, 0x0)
	/* fcvt.s.d 0xc1e0000000000000 rm=rdn frm=None */
	li t0, 0xc1e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(244, f10, 0xffffffffcf000000)
	CHECK_FLAGS(245, 0x0)
	/* fcvt.s.d 0xc1e0000000100000 rm=rdn frm=None */
	li t0, 0xc1e0000000100000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(246, f10, 0xffffffffcf000001)
	CHECK_FLAGS(247, 0x1)
	/* fcvt.s.d 0x43e0000000000000 rm=rdn frm=None */
	li t0, 0x43e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(248, f10, 0xffffffff5f000000)
	CHECK_FLAGS(249, 0x0)
	/* fcvt.s.d 0xc3e0000000000000 rm=rdn frm=None */
	li t0, 0xc3e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(250, f10, 0xffffffffdf000000)
	CHECK_FLAGS(251, 0x0)
	/* fcvt.s.d 0x43f0000000000000 rm=rdn frm=None */
	li t0, 0x43f0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(252, f10, 0xffffffff5f800000)
	CHECK_FLAGS(253, 0x0)
	/* fcvt.s.d 0x43efffffffffffff rm=rdn frm=None */
	li t0, 0x43efffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(254, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(255, 0x1)
	/* fcvt.s.d 0x41efffffffe00000 rm=rdn frm=None */
	li t0, 0x41efffffffe00000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(1, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(2, 0x1)
	/* fcvt.s.d 0x3ff0000010000000 rm=rdn frm=None */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(3, f10, 0xffffffff3f800000)
	CHECK_FLAGS(4, 0x1)
	/* fcvt.s.d 0x3810000000000000 rm=rdn frm=None */
	li t0, 0x3810000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(5, f10, 0xffffffff00800000)
	CHECK_FLAGS(6, 0x0)
	/* fcvt.s.d 0x3690000000000000 rm=rdn frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(7, f10, 0xffffffff00000000)
	CHECK_FLAGS(8, 0x3)
	/* fcvt.s.d 0x47efffffe0000000 rm=rdn frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(9, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(10, 0x0)
	/* fcvt.s.d 0x47efffff00000000 rm=rdn frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(11, f10, 0xffffffff7f7ffff8)
	CHECK_FLAGS(12, 0x0)
	/* fcvt.s.d 0x36a0000000000000 rm=rdn frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(13, f10, 0xffffffff00000001)
	CHECK_FLAGS(14, 0x0)
	/* fcvt.s.d 0x3fefffffffffffff rm=rdn frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(15, f10, 0xffffffff3f7fffff)
	CHECK_FLAGS(16, 0x1)
	/* fcvt.s.d 0xbcb0000000000000 rm=rdn frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(17, f10, 0xffffffffa5800000)
	CHECK_FLAGS(18, 0x0)
	/* fcvt.s.d 0xc00c14d6bc8a7a83 rm=rdn frm=None */
	li t0, 0xc00c14d6bc8a7a83; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(19, f10, 0xffffffffc060a6b6)
	CHECK_FLAGS(20, 0x1)
	/* fcvt.s.d 0x3fe8008dd9e40e0b rm=rdn frm=None */
	li t0, 0x3fe8008dd9e40e0b; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(21, f10, 0xffffffff3f40046e)
	CHECK_FLAGS(22, 0x1)
	/* fcvt.s.d 0x26255693b51cd6 rm=rdn frm=None */
	li t0, 0x26255693b51cd6; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(23, f10, 0xffffffff00000000)
	CHECK_FLAGS(24, 0x3)
	/* fcvt.s.d 0x3eb6a0db30e805b0 rm=rdn frm=None */
	li t0, 0x3eb6a0db30e805b0; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(25, f10, 0xffffffff35b506d9)
	CHECK_FLAGS(26, 0x1)
	/* fcvt.s.d 0x1759a32247963e rm=rdn frm=None */
	li t0, 0x1759a32247963e; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(27, f10, 0xffffffff00000000)
	CHECK_FLAGS(28, 0x3)
	/* fcvt.s.d 0x3ebf000000000000 rm=rdn frm=None */
	li t0, 0x3ebf000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(29, f10, 0xffffffff35f80000)
	CHECK_FLAGS(30, 0x0)
	/* fcvt.s.d 0x14800000000000 rm=rdn frm=None */
	li t0, 0x14800000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(31, f10, 0xffffffff00000000)
	CHECK_FLAGS(32, 0x3)
	/* fcvt.s.d 0xb77f99accb9c1 rm=rdn frm=None */
	li t0, 0xb77f99accb9c1; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(33, f10, 0xffffffff00000000)
	CHECK_FLAGS(34, 0x3)
	/* fcvt.s.d 0xffe89d32d9f9c2b7 rm=rdn frm=None */
	li t0, 0xffe89d32d9f9c2b7; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(35, f10, 0xffffffffff800000)
	CHECK_FLAGS(36, 0x5)
	/* fcvt.s.d 0xc130800000000000 rm=rdn frm=None */
	li t0, 0xc130800000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(37, f10, 0xffffffffc9840000)
	CHECK_FLAGS(38, 0x0)
	/* fcvt.s.d 0x802c6fd9aea9ce20 rm=rdn frm=None */
	li t0, 0x802c6fd9aea9ce20; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(39, f10, 0xffffffff80000001)
	CHECK_FLAGS(40, 0x3)
	/* fcvt.s.d 0x4134d1ee5b6b1679 rm=rdn frm=None */
	li t0, 0x4134d1ee5b6b1679; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(41, f10, 0xffffffff49a68f72)
	CHECK_FLAGS(42, 0x1)
	/* fcvt.s.d 0xffe39707c2331e05 rm=rdn frm=None */
	li t0, 0xffe39707c2331e05; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(43, f10, 0xffffffffff800000)
	CHECK_FLAGS(44, 0x5)
	/* fcvt.s.d 0xbffc52ef41b6d287 rm=rdn frm=None */
	li t0, 0xbffc52ef41b6d287; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(45, f10, 0xffffffffbfe2977b)
	CHECK_FLAGS(46, 0x1)
	/* fcvt.s.d 0x7fe9000000000000 rm=rdn frm=None */
	li t0, 0x7fe9000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(47, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(48, 0x5)
	/* fcvt.s.d 0x801e293b8df43581 rm=rdn frm=None */
	li t0, 0x801e293b8df43581; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(49, f10, 0xffffffff80000001)
	CHECK_FLAGS(50, 0x3)
	/* fcvt.s.d 0x1473719a5f8ac2db rm=rdn frm=None */
	li t0, 0x1473719a5f8ac2db; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(51, f10, 0xffffffff00000000)
	CHECK_FLAGS(52, 0x3)
	/* fcvt.s.d 0x3fea7cb86561ed8a rm=rdn frm=None */
	li t0, 0x3fea7cb86561ed8a; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(53, f10, 0xffffffff3f53e5c3)
	CHECK_FLAGS(54, 0x1)
	/* fcvt.s.d 0x435f000000000000 rm=rdn frm=None */
	li t0, 0x435f000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(55, f10, 0xffffffff5af80000)
	CHECK_FLAGS(56, 0x0)
	/* fcvt.s.d 0x3578e0cd637aef2b rm=rdn frm=None */
	li t0, 0x3578e0cd637aef2b; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(57, f10, 0xffffffff00000000)
	CHECK_FLAGS(58, 0x3)
	/* fcvt.s.d 0x0 rm=rup frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(59, f10, 0xffffffff00000000)
	CHECK_FLAGS(60, 0x0)
	/* fcvt.s.d 0x8000000000000000 rm=rup frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(61, f10, 0xffffffff80000000)
	CHECK_FLAGS(62, 0x0)
	/* fcvt.s.d 0x3ff0000000000000 rm=rup frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(63, f10, 0xffffffff3f800000)
	CHECK_FLAGS(64, 0x0)
	/* fcvt.s.d 0xbff0000000000000 rm=rup frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(65, f10, 0xffffffffbf800000)
	CHECK_FLAGS(66, 0x0)
	/* fcvt.s.d 0x3ff8000000000000 rm=rup frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(67, f10, 0xffffffff3fc00000)
	CHECK_FLAGS(68, 0x0)
	/* fcvt.s.d 0x4004000000000000 rm=rup frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(69, f10, 0xffffffff40200000)
	CHECK_FLAGS(70, 0x0)
	/* fcvt.s.d 0xc004000000000000 rm=rup frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(71, f10, 0xffffffffc0200000)
	CHECK_FLAGS(72, 0x0)
	/* fcvt.s.d 0x3fe0000000000000 rm=rup frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(73, f10, 0xffffffff3f000000)
	CHECK_FLAGS(74, 0x0)
	/* fcvt.s.d 0xbfe0000000000000 rm=rup frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(75, f10, 0xffffffffbf000000)
	CHECK_FLAGS(76, 0x0)
	/* fcvt.s.d 0x7fefffffffffffff rm=rup frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(77, f10, 0xffffffff7f800000)
	CHECK_FLAGS(78, 0x5)
	/* fcvt.s.d 0xffefffffffffffff rm=rup frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(79, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(80, 0x5)
	/* fcvt.s.d 0x10000000000000 rm=rup frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(81, f10, 0xffffffff00000001)
	CHECK_FLAGS(82, 0x3)
	/* fcvt.s.d 0xfffffffffffff rm=rup frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(83, f10, 0xffffffff00000001)
	CHECK_FLAGS(84, 0x3)
	/* fcvt.s.d 0x1 rm=rup frm=None */
	li t0, 0x1; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(85, f10, 0xffffffff00000001)
	CHECK_FLAGS(86, 0x3)
	/* fcvt.s.d 0x8000000000000001 rm=rup frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(87, f10, 0xffffffff80000000)
	CHECK_FLAGS(88, 0x3)
	/* fcvt.s.d 0x7ff0000000000000 rm=rup frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(89, f10, 0xffffffff7f800000)
	CHECK_FLAGS(90, 0x0)
	/* fcvt.s.d 0xfff0000000000000 rm=rup frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(91, f10, 0xffffffffff800000)
	CHECK_FLAGS(92, 0x0)
	/* fcvt.s.d 0x7ff8000000000000 rm=rup frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(93, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(94, 0x0)
	/* fcvt.s.d 0x7ff0000000000001 rm=rup frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(95, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(96, 0x10)
	/* fcvt.s.d 0xfff8000000001234 rm=rup frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(97, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(98, 0x0)
	/* fcvt.s.d 0x3ff0000000000001 rm=rup frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(99, f10, 0xffffffff3f800001)
	CHECK_FLAGS(100, 0x1)
	/* fcvt.s.d 0x3ca0000000000000 rm=rup frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(101, f10, 0xffffffff25000000)
	CHECK_FLAGS(102, 0x0)
	/* fcvt.s.d 0x4008000000000000 rm=rup frm=None */
	li t0, 0x4008000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(103, f10, 0xffffffff40400000)
	CHECK_FLAGS(104, 0x0)
	/* fcvt.s.d 0x3fb999999999999a rm=rup frm=None */
	li t0, 0x3fb999999999999a; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(105, f10, 0xffffffff3dcccccd)
	CHECK_FLAGS(106, 0x1)
	/* fcvt.s.d 0x41dfffffffe00000 rm=rup frm=None */
	li t0, 0x41dfffffffe00000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(107, f10, 0xffffffff4f000000)
	CHECK_FLAGS(108, 0x1)
	/* fcvt.s.d 0x41e0000000000000 rm=rup frm=None */
	li t0, 0x41e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(109, f10, 0xffffffff4f000000)
	CHECK_FLAGS(110, 0x0)
	/* fcvt.s.d 0xc1e0000000000000 rm=rup frm=None */
	li t0, 0xc1e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(111, f10, 0xffffffffcf000000)
	CHECK_FLAGS(112, 0x0)
	/* fcvt.s.d 0xc1e0000000100000 rm=rup frm=None */
	li t0, 0xc1e0000000100000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(113, f10, 0xffffffffcf000000)
	CHECK_FLAGS(114, 0x1)
	/* fcvt.s.d 0x43e0000000000000 rm=rup frm=None */
	li t0, 0x43e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(115, f10, 0xffffffff5f000000)
	CHECK_FLAGS(116, 0x0)
	/* fcvt.s.d 0xc3e0000000000000 rm=rup frm=None */
	li t0, 0xc3e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(117, f10, 0xffffffffdf000000)
	CHECK_FLAGS(118, 0x0)
	/* fcvt.s.d 0x43f0000000000000 rm=rup frm=None */
	li t0, 0x43f0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(119, f10, 0xffffffff5f800000)
	CHECK_FLAGS(120, 0x0)
	/* fcvt.s.d 0x43efffffffffffff rm=rup frm=None */
	li t0, 0x43efffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(121, f10, 0xffffffff5f800000)
	CHECK_FLAGS(122, 0x1)
	/* fcvt.s.d 0x41efffffffe00000 rm=rup frm=None */
	li t0, 0x41efffffffe00000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(123, f10, 0xffffffff4f800000)
	CHECK_FLAGS(124, 0x1)
	/* fcvt.s.d 0x3ff0000010000000 rm=rup frm=None */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(125, f10, 0xffffffff3f800001)
	CHECK_FLAGS(126, 0x1)
	/* fcvt.s.d 0x3810000000000000 rm=rup frm=None */
	li t0, 0x3810000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(127, f10, 0xffffffff00800000)
	CHECK_FLAGS(128, 0x0)
	/* fcvt.s.d 0x3690000000000000 rm=rup frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(129, f10, 0xffffffff00000001)
	CHECK_FLAGS(130, 0x3)
	/* fcvt.s.d 0x47efffffe0000000 rm=rup frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(131, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(132, 0x0)
	/* fcvt.s.d 0x47efffff00000000 rm=rup frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(133, f10, 0xffffffff7f7ffff8)
	CHECK_FLAGS(134, 0x0)
	/* fcvt.s.d 0x36a0000000000000 rm=rup frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(135, f10, 0xffffffff00000001)
	CHECK_FLAGS(136, 0x0)
	/* fcvt.s.d 0x3fefffffffffffff rm=rup frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(137, f10, 0xffffffff3f800000)
	CHECK_FLAGS(138, 0x1)
	/* fcvt.s.d 0xbcb0000000000000 rm=rup frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(139, f10, 0xffffffffa5800000)
	CHECK_FLAGS(140, 0x0)
	/* fcvt.s.d 0x267d9f263284ab rm=rup frm=None */
	li t0, 0x267d9f263284ab; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(141, f10, 0xffffffff00000001)
	CHECK_FLAGS(142, 0x3)
	/* fcvt.s.d 0x3fe101c2282286d9 rm=rup frm=None */
	li t0, 0x3fe101c2282286d9; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(143, f10, 0xffffffff3f080e12)
	CHECK_FLAGS(144, 0x1)
	/* fcvt.s.d 0xc1354e16fc6301da rm=rup frm=None */
	li t0, 0xc1354e16fc6301da; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(145, f10, 0xffffffffc9aa70b7)
	CHECK_FLAGS(146, 0x1)
	/* fcvt.s.d 0xc00872002fdd5842 rm=rup frm=None */
	li t0, 0xc00872002fdd5842; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(147, f10, 0xffffffffc0439001)
	CHECK_FLAGS(148, 0x1)
	/* fcvt.s.d 0x2245e106c6365b1 rm=rup frm=None */
	li t0, 0x2245e106c6365b1; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(149, f10, 0xffffffff00000001)
	CHECK_FLAGS(150, 0x3)
	/* fcvt.s.d 0x801628276c4b4724 rm=rup frm=None */
	li t0, 0x801628276c4b4724; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(151, f10, 0xffffffff80000000)
	CHECK_FLAGS(152, 0x3)
	/* fcvt.s.d 0x16e9a8bf35ca2b rm=rup frm=None */
	li t0, 0x16e9a8bf35ca2b; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(153, f10, 0xffffffff00000001)
	CHECK_FLAGS(154, 0x3)
	/* fcvt.s.d 0xffe31c5613fcb345 rm=rup frm=None */
	li t0, 0xffe31c5613fcb345; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(155, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(156, 0x5)
	/* fcvt.s.d 0x5e9c9fca99cf2f1f rm=rup frm=None */
	li t0, 0x5e9c9fca99cf2f1f; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(157, f10, 0xffffffff7f800000)
	CHECK_FLAGS(158, 0x5)
	/* fcvt.s.d 0x3ff5000000000000 rm=rup frm=None */
	li t0, 0x3ff5000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(159, f10, 0xffffffff3fa80000)
	CHECK_FLAGS(160, 0x0)
	/* fcvt.s.d 0x11574b6af21b191c rm=rup frm=None */
	li t0, 0x11574b6af21b191c; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(161, f10, 0xffffffff00000001)
	CHECK_FLAGS(162, 0x3)
	/* fcvt.s.d 0x8970a738fb1a8aae rm=rup frm=None */
	li t0, 0x8970a738fb1a8aae; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(163, f10, 0xffffffff80000000)
	CHECK_FLAGS(164, 0x3)
	/* fcvt.s.d 0x4130800000000000 rm=rup frm=None */
	li t0, 0x4130800000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(165, f10, 0xffffffff49840000)
	CHECK_FLAGS(166, 0x0)
	/* fcvt.s.d 0xffe0000000000000 rm=rup frm=None */
	li t0, 0xffe0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(167, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(168, 0x5)
	/* fcvt.s.d 0xb4c0553cf277c73f rm=rup frm=None */
	li t0, 0xb4c0553cf277c73f; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(169, f10, 0xffffffff80000000)
	CHECK_FLAGS(170, 0x3)
	/* fcvt.s.d 0x8019036058ec168f rm=rup frm=None */
	li t0, 0x8019036058ec168f; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(171, f10, 0xffffffff80000000)
	CHECK_FLAGS(172, 0x3)
	/* fcvt.s.d 0x2116b0476a64a1 rm=rup frm=None */
	li t0, 0x2116b0476a64a1; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(173, f10, 0xffffffff00000001)
	CHECK_FLAGS(174, 0x3)
	/* fcvt.s.d 0x400d000000000000 rm=rup frm=None */
	li t0, 0x400d000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(175, f10, 0xffffffff40680000)
	CHECK_FLAGS(176, 0x0)
	/* fcvt.s.d 0xc130000000000000 rm=rup frm=None */
	li t0, 0xc130000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(177, f10, 0xffffffffc9800000)
	CHECK_FLAGS(178, 0x0)
	/* fcvt.s.d 0xbfe5a0e8ede84414 rm=rup frm=None */
	li t0, 0xbfe5a0e8ede84414; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(179, f10, 0xffffffffbf2d0747)
	CHECK_FLAGS(180, 0x1)
	/* fcvt.s.d 0x0 rm=rmm frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(181, f10, 0xffffffff00000000)
	CHECK_FLAGS(182, 0x0)
	/* fcvt.s.d 0x8000000000000000 rm=rmm frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(183, f10, 0xffffffff80000000)
	CHECK_FLAGS(184, 0x0)
	/* fcvt.s.d 0x3ff0000000000000 rm=rmm frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(185, f10, 0xffffffff3f800000)
	CHECK_FLAGS(186, 0x0)
	/* fcvt.s.d 0xbff0000000000000 rm=rmm frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(187, f10, 0xffffffffbf800000)
	CHECK_FLAGS(188, 0x0)
	/* fcvt.s.d 0x3ff8000000000000 rm=rmm frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(189, f10, 0xffffffff3fc00000)
	CHECK_FLAGS(190, 0x0)
	/* fcvt.s.d 0x4004000000000000 rm=rmm frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(191, f10, 0xffffffff40200000)
	CHECK_FLAGS(192, 0x0)
	/* fcvt.s.d 0xc004000000000000 rm=rmm frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(193, f10, 0xffffffffc0200000)
	CHECK_FLAGS(194, 0x0)
	/* fcvt.s.d 0x3fe0000000000000 rm=rmm frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(195, f10, 0xffffffff3f000000)
	CHECK_FLAGS(196, 0x0)
	/* fcvt.s.d 0xbfe0000000000000 rm=rmm frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(197, f10, 0xffffffffbf000000)
	CHECK_FLAGS(198, 0x0)
	/* fcvt.s.d 0x7fefffffffffffff rm=rmm frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(199, f10, 0xffffffff7f800000)
	CHECK_FLAGS(200, 0x5)
	/* fcvt.s.d 0xffefffffffffffff rm=rmm frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(201, f10, 0xffffffffff800000)
	CHECK_FLAGS(202, 0x5)
	/* fcvt.s.d 0x10000000000000 rm=rmm frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(203, f10, 0xffffffff00000000)
	CHECK_FLAGS(204, 0x3)
	/* fcvt.s.d 0xfffffffffffff rm=rmm frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(205, f10, 0xffffffff00000000)
	CHECK_FLAGS(206, 0x3)
	/* fcvt.s.d 0x1 rm=rmm frm=None */
	li t0, 0x1; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(207, f10, 0xffffffff00000000)
	CHECK_FLAGS(208, 0x3)
	/* fcvt.s.d 0x8000000000000001 rm=rmm frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(209, f10, 0xffffffff80000000)
	CHECK_FLAGS(210, 0x3)
	/* fcvt.s.d 0x7ff0000000000000 rm=rmm frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(211, f10, 0xffffffff7f800000)
	CHECK_FLAGS(212, 0x0)
	/* fcvt.s.d 0xfff0000000000000 rm=rmm frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(213, f10, 0xffffffffff800000)
	CHECK_FLAGS(214, 0x0)
	/* fcvt.s.d 0x7ff8000000000000 rm=rmm frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(215, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(216, 0x0)
	/* fcvt.s.d 0x7ff0000000000001 rm=rmm frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(217, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(218, 0x10)
	/* fcvt.s.d 0xfff8000000001234 rm=rmm frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(219, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(220, 0x0)
	/* fcvt.s.d 0x3ff0000000000001 rm=rmm frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(221, f10, 0xffffffff3f800000)
	CHECK_FLAGS(222, 0x1)
	/* fcvt.s.d 0x3ca0000000000000 rm=rmm frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(223, f10, 0xffffffff25000000)
	CHECK_FLAGS(224, 0x0)
	/* fcvt.s.d 0x4008000000000000 rm=rmm frm=None */
	li t0, 0x4008000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(225, f10, 0xffffffff40400000)
	CHECK_FLAGS(226, 0x0)
	/* fcvt.s.d 0x3fb999999999999a rm=rmm frm=None */
	li t0, 0x3fb999999999999a; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(227, f10, 0xffffffff3dcccccd)
	CHECK_FLAGS(228, 0x1)
	/* fcvt.s.d 0x41dfffffffe00000 rm=rmm frm=None */
	li t0, 0x41dfffffffe00000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(229, f10, 0xffffffff4f000000)
	CHECK_FLAGS(230, 0x1)
	/* fcvt.s.d 0x41e0000000000000 rm=rmm frm=None */
	li t0, 0x41e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(231, f10, 0xffffffff4f000000)
	CHECK_FLAGS(232, 0x0)
	/* fcvt.s.d 0xc1e0000000000000 rm=rmm frm=None */
	li t0, 0xc1e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(233, f10, 0xffffffffcf000000)
	CHECK_FLAGS(234, 0x0)
	/* fcvt.s.d 0xc1e0000000100000 rm=rmm frm=None */
	li t0, 0xc1e0000000100000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(235, f10, 0xffffffffcf000000)
	CHECK_FLAGS(236, 0x1)
	/* fcvt.s.d 0x43e0000000000000 rm=rmm frm=None */
	li t0, 0x43e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(237, f10, 0xffffffff5f000000)
	CHECK_FLAGS(238, 0x0)
	/* fcvt.s.d 0xc3e0000000000000 rm=rmm frm=None */
	li t0, 0xc3e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(239, f10, 0xffffffffdf000000)
	CHECK_FLAGS(240, 0x0)
	/* fcvt.s.d 0x43f0000000000000 rm=rmm frm=None */
	li t0, 0x43f0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(241, f10, 0xffffffff5f800000)
	CHECK_FLAGS(242, 0x0)
	/* fcvt.s.d 0x43efffffffffffff rm=rmm frm=None */
	li t0, 0x43efffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(243, f10, 0xffffffff5f800000)
	CHECK_FLAGS(244, 0x1)
	/* fcvt.s.d 0x41efffffffe00000 rm=rmm frm=None */
	li t0, 0x41efffffffe00000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(245, f10, 0xffffffff4f800000)
	CHECK_FLAGS(246, 0x1)
	/* fcvt.s.d 0x3ff0000010000000 rm=rmm frm=None */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(247, f10, 0xffffffff3f800001)
	CHECK_FLAGS(248, 0x1)
	/* fcvt.s.d 0x3810000000000000 rm=rmm frm=None */
	li t0, 0x3810000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(249, f10, 0xffffffff00800000)
	CHECK_FLAGS(250, 0x0)
	/* fcvt.s.d 0x3690000000000000 rm=rmm frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(251, f10, 0xffffffff00000001)
	CHECK_FLAGS(252, 0x3)
	/* fcvt.s.d 0x47efffffe0000000 rm=rmm frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(253, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(254, 0x0)
	/* fcvt.s.d 0x47efffff00000000 rm=rmm frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(255, f10, 0xffffffff7f7ffff8)
	CHECK_FLAGS(1, 0x0)
	/* fcvt.s.d 0x36a0000000000000 rm=rmm frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(2, f10, 0xffffffff00000001)
	CHECK_FLAGS(3, 0x0)
	/* fcvt.s.d 0x3fefffffffffffff rm=rmm frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4, f10, 0xffffffff3f800000)
	CHECK_FLAGS(5, 0x1)
	/* fcvt.s.d 0xbcb0000000000000 rm=rmm frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(6, f10, 0xffffffffa5800000)
	CHECK_FLAGS(7, 0x0)
	/* fcvt.s.d 0xffe2dd0ac601ea8e rm=rmm frm=None */
	li t0, 0xffe2dd0ac601ea8e; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(8, f10, 0xffffffffff800000)
	CHECK_FLAGS(9, 0x5)
	/* fcvt.s.d 0x3ff5000000000000 rm=rmm frm=None */
	li t0, 0x3ff5000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(10, f10, 0xffffffff3fa80000)
	CHECK_FLAGS(11, 0x0)
	/* fcvt.s.d 0x7feb800000000000 rm=rmm frm=None */
	li t0, 0x7feb800000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(12, f10, 0xffffffff7f800000)
	CHECK_FLAGS(13, 0x5)
	/* fcvt.s.d 0xbeb2698fba16ce01 rm=rmm frm=None */
	li t0, 0xbeb2698fba16ce01; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(14, f10, 0xffffffffb5934c7e)
	CHECK_FLAGS(15, 0x1)
	/* fcvt.s.d 0xc1361dbc087e656d rm=rmm frm=None */
	li t0, 0xc1361dbc087e656d; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(16, f10, 0xffffffffc9b0ede0)
	CHECK_FLAGS(17, 0x1)
	/* fcvt.s.d 0xbff1000000000000 rm=rmm frm=None */
	li t0, 0xbff1000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(18, f10, 0xffffffffbf880000)
	CHECK_FLAGS(19, 0x0)
	/* fcvt.s.d 0x89ca800000000000 rm=rmm frm=None */
	li t0, 0x89ca800000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(20, f10, 0xffffffff80000000)
	CHECK_FLAGS(21, 0x3)
	/* fcvt.s.d 0x5beff2515216 rm=rmm frm=None */
	li t0, 0x5beff2515216; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(22, f10, 0xffffffff00000000)
	CHECK_FLAGS(23, 0x3)
	/* fcvt.s.d 0x56ecc033e8e25a31 rm=rmm frm=None */
	li t0, 0x56ecc033e8e25a31; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(24, f10, 0xffffffff7f800000)
	CHECK_FLAGS(25, 0x5)
	/* fcvt.s.d 0xc131c3fc8e39cc88 rm=rmm frm=None */
	li t0, 0xc131c3fc8e39cc88; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(26, f10, 0xffffffffc98e1fe4)
	CHECK_FLAGS(27, 0x1)
	/* fcvt.s.d 0x1dc2ec1b185243 rm=rmm frm=None */
	li t0, 0x1dc2ec1b185243; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(28, f10, 0xffffffff00000000)
	CHECK_FLAGS(29, 0x3)
	/* fcvt.s.d 0x8013a99624259c74 rm=rmm frm=None */
	li t0, 0x8013a99624259c74; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(30, f10, 0xffffffff80000000)
	CHECK_FLAGS(31, 0x3)
	/* fcvt.s.d 0x80032521e378e44c rm=rmm frm=None */
	li t0, 0x80032521e378e44c; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(32, f10, 0xffffffff80000000)
	CHECK_FLAGS(33, 0x3)
	/* fcvt.s.d 0x800da54419adc719 rm=rmm frm=None */
	li t0, 0x800da54419adc719; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(34, f10, 0xffffffff80000000)
	CHECK_FLAGS(35, 0x3)
	/* fcvt.s.d 0xbfee2bf03d715c33 rm=rmm frm=None */
	li t0, 0xbfee2bf03d715c33; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(36, f10, 0xffffffffbf715f82)
	CHECK_FLAGS(37, 0x1)
	/* fcvt.s.d 0xffe9df6b23402b7c rm=rmm frm=None */
	li t0, 0xffe9df6b23402b7c; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(38, f10, 0xffffffffff800000)
	CHECK_FLAGS(39, 0x5)
	/* fcvt.s.d 0x1125000000000000 rm=rmm frm=None */
	li t0, 0x1125000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(40, f10, 0xffffffff00000000)
	CHECK_FLAGS(41, 0x3)
	/* fcvt.s.d 0x815228be1167a956 rm=rmm frm=None */
	li t0, 0x815228be1167a956; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(42, f10, 0xffffffff80000000)
	CHECK_FLAGS(43, 0x3)
	/* fcvt.s.d 0x1c3e38f0bf231657 rm=rmm frm=None */
	li t0, 0x1c3e38f0bf231657; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(44, f10, 0xffffffff00000000)
	CHECK_FLAGS(45, 0x3)
	/* fcvt.s.d 0xcc9e800000000000 rm=rmm frm=None */
	li t0, 0xcc9e800000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(46, f10, 0xffffffffff800000)
	CHECK_FLAGS(47, 0x5)
	/* fcvt.s.d 0x3ff0000010000000 rm=None frm=0 */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fsrmi 0; fcvt.s.d f10, f11
	CHECK_F(48, f10, 0xffffffff3f800000)
	CHECK_FLAGS(49, 0x1)
	/* fcvt.s.d 0x3ff0000010000000 rm=None frm=1 */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fsrmi 1; fcvt.s.d f10, f11
	CHECK_F(50, f10, 0xffffffff3f800000)
	CHECK_FLAGS(51, 0x1)
	/* fcvt.s.d 0x3ff0000010000000 rm=None frm=2 */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fsrmi 2; fcvt.s.d f10, f11
	CHECK_F(52, f10, 0xffffffff3f800000)
	CHECK_FLAGS(53, 0x1)
	/* fcvt.s.d 0x3ff0000010000000 rm=None frm=3 */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fsrmi 3; fcvt.s.d f10, f11
	CHECK_F(54, f10, 0xffffffff3f800001)
	CHECK_FLAGS(55, 0x1)
	/* fcvt.s.d 0x3ff0000010000000 rm=None frm=4 */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fsrmi 4; fcvt.s.d f10, f11
	CHECK_F(56, f10, 0xffffffff3f800001)
	CHECK_FLAGS(57, 0x1)
	/* fcvt.d.s 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(58, f10, 0x0)
	CHECK_FLAGS(59, 0x0)
	/* fcvt.d.s 0xffffffff80000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(60, f10, 0x8000000000000000)
	CHECK_FLAGS(61, 0x0)
	/* fcvt.d.s 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(62, f10, 0x3ff0000000000000)
	CHECK_FLAGS(63, 0x0)
	/* fcvt.d.s 0xffffffffbf800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(64, f10, 0xbff0000000000000)
	CHECK_FLAGS(65, 0x0)
	/* fcvt.d.s 0xffffffff3fc00000 rm=None frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(66, f10, 0x3ff8000000000000)
	CHECK_FLAGS(67, 0x0)
	/* fcvt.d.s 0xffffffff40200000 rm=None frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(68, f10, 0x4004000000000000)
	CHECK_FLAGS(69, 0x0)
	/* fcvt.d.s 0xffffffffc0200000 rm=None frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(70, f10, 0xc004000000000000)
	CHECK_FLAGS(71, 0x0)
	/* fcvt.d.s 0xffffffff3f000000 rm=None frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(72, f10, 0x3fe0000000000000)
	CHECK_FLAGS(73, 0x0)
	/* fcvt.d.s 0xffffffffbf000000 rm=None frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(74, f10, 0xbfe0000000000000)
	CHECK_FLAGS(75, 0x0)
	/* fcvt.d.s 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(76, f10, 0x47efffffe0000000)
	CHECK_FLAGS(77, 0x0)
	/* fcvt.d.s 0xffffffffff7fffff rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(78, f10, 0xc7efffffe0000000)
	CHECK_FLAGS(79, 0x0)
	/* fcvt.d.s 0xffffffff00800000 rm=None frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(80, f10, 0x3810000000000000)
	CHECK_FLAGS(81, 0x0)
	/* fcvt.d.s 0xffffffff007fffff rm=None frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(82, f10, 0x380fffffc0000000)
	CHECK_FLAGS(83, 0x0)
	/* fcvt.d.s 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(84, f10, 0x36a0000000000000)
	CHECK_FLAGS(85, 0x0)
	/* fcvt.d.s 0xffffffff80000001 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(86, f10, 0xb6a0000000000000)
	CHECK_FLAGS(87, 0x0)
	/* fcvt.d.s 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(88, f10, 0x7ff0000000000000)
	CHECK_FLAGS(89, 0x0)
	/* fcvt.d.s 0xffffffffff800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(90, f10, 0xfff0000000000000)
	CHECK_FLAGS(91, 0x0)
	/* fcvt.d.s 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(92, f10, 0x7ff8000000000000)
	CHECK_FLAGS(93, 0x0)
	/* fcvt.d.s 0xffffffff7f800001 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(94, f10, 0x7ff8000000000000)
	CHECK_FLAGS(95, 0x10)
	/* fcvt.d.s 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(96, f10, 0x7ff8000000000000)
	CHECK_FLAGS(97, 0x0)
	/* fcvt.d.s 0xffffffff3f800001 rm=None frm=None */
	li t0, 0xffffffff3f800001; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(98, f10, 0x3ff0000020000000)
	CHECK_FLAGS(99, 0x0)
	/* fcvt.d.s 0xffffffff33800000 rm=None frm=None */
	li t0, 0xffffffff33800000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(100, f10, 0x3e70000000000000)
	CHECK_FLAGS(101, 0x0)
	/* fcvt.d.s 0xffffffff40400000 rm=None frm=None */
	li t0, 0xffffffff40400000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(102, f10, 0x4008000000000000)
	CHECK_FLAGS(103, 0x0)
	/* fcvt.d.s 0xffffffff3dcccccd rm=None frm=None */
	li t0, 0xffffffff3dcccccd; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(104, f10, 0x3fb99999a0000000)
	CHECK_FLAGS(105, 0x0)
	/* fcvt.d.s 0xffffffff501502f9 rm=None frm=None */
	li t0, 0xffffffff501502f9; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(106, f10, 0x4202a05f20000000)
	CHECK_FLAGS(107, 0x0)
	/* fcvt.d.s 0xffffffff4f32d05e rm=None frm=None */
	li t0, 0xffffffff4f32d05e; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(108, f10, 0x41e65a0bc0000000)
	CHECK_FLAGS(109, 0x0)
	/* fcvt.d.s 0xffffffff4f000000 rm=None frm=None */
	li t0, 0xffffffff4f000000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(110, f10, 0x41e0000000000000)
	CHECK_FLAGS(111, 0x0)
	/* fcvt.d.s 0xffffffffcf000000 rm=None frm=None */
	li t0, 0xffffffffcf000000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(112, f10, 0xc1e0000000000000)
	CHECK_FLAGS(113, 0x0)
	/* fcvt.d.s 0xffffffff5f000000 rm=None frm=None */
	li t0, 0xffffffff5f000000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(114, f10, 0x43e0000000000000)
	CHECK_FLAGS(115, 0x0)
	/* fcvt.d.s 0xffffffff5f800000 rm=None frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(116, f10, 0x43f0000000000000)
	CHECK_FLAGS(117, 0x0)
	/* fcvt.d.s 0xffffffffdf000000 rm=None frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(118, f10, 0xc3e0000000000000)
	CHECK_FLAGS(119, 0x0)
	/* fcvt.d.s 0xffffffff4b800001 rm=None frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(120, f10, 0x4170000020000000)
	CHECK_FLAGS(121, 0x0)
	/* fcvt.d.s 0xffffffff3f7fffff rm=None frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(122, f10, 0x3fefffffe0000000)
	CHECK_FLAGS(123, 0x0)
	/* fcvt.d.s 0x3f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(124, f10, 0x7ff8000000000000)
	CHECK_FLAGS(125, 0x0)
	/* fcvt.d.s 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(126, f10, 0x7ff8000000000000)
	CHECK_FLAGS(127, 0x0)
TEST_END
