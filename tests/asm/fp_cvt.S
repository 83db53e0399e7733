/* F and D conversions: fcvt between integers and floats (saturation, NaN, every rounding
 * mode, sign extension of 32-bit results) and between single and double.
 * Generated at test-writing time: every case ran under qemu-riscv64 7.2 (softfloat, the
 * reference), whose result bits and fflags are the expected values; the edge values
 * follow the F/D chapters of the unprivileged spec (NaN boxing, canonical NaN, fcvt
 * saturation, tininess after rounding, every rounding mode static and through frm).
 * Each case has two checks (result, then flags). A failing check prints its
 * number (tests/asm/test.h). */
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
	CHECK_FLAGS(256, 0x10)
	/* fcvt.w.s 0x7fc0000000000000 rm=rmm frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(257, a0, 0x7fffffff)
	CHECK_FLAGS(258, 0x10)
	/* fcvt.w.s 0xffffffff1c413c01 rm=rmm frm=None */
	li t0, 0xffffffff1c413c01; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(259, a0, 0x0)
	CHECK_FLAGS(260, 0x1)
	/* fcvt.w.s 0xffffffff3fe3a872 rm=rmm frm=None */
	li t0, 0xffffffff3fe3a872; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(261, a0, 0x2)
	CHECK_FLAGS(262, 0x1)
	/* fcvt.w.s 0xffffffffbf7d464d rm=rmm frm=None */
	li t0, 0xffffffffbf7d464d; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(263, a0, 0xffffffffffffffff)
	CHECK_FLAGS(264, 0x1)
	/* fcvt.w.s 0xffffffff0044c510 rm=rmm frm=None */
	li t0, 0xffffffff0044c510; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(265, a0, 0x0)
	CHECK_FLAGS(266, 0x1)
	/* fcvt.w.s 0xffffffffbf340000 rm=rmm frm=None */
	li t0, 0xffffffffbf340000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(267, a0, 0xffffffffffffffff)
	CHECK_FLAGS(268, 0x1)
	/* fcvt.w.s 0xffffffff010c0000 rm=rmm frm=None */
	li t0, 0xffffffff010c0000; fmv.d.x f11, t0; fcvt.w.s a0, f11, rmm
	CHECK(269, a0, 0x0)
	CHECK_FLAGS(270, 0x1)
	/* fcvt.w.s 0xffffffffbf000000 rm=None frm=0 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 0; fcvt.w.s a0, f11
	CHECK(271, a0, 0x0)
	CHECK_FLAGS(272, 0x1)
	/* fcvt.w.s 0xffffffffc0200000 rm=None frm=0 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 0; fcvt.w.s a0, f11
	CHECK(273, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(274, 0x1)
	/* fcvt.w.s 0xffffffffbf000000 rm=None frm=1 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 1; fcvt.w.s a0, f11
	CHECK(275, a0, 0x0)
	CHECK_FLAGS(276, 0x1)
	/* fcvt.w.s 0xffffffffc0200000 rm=None frm=1 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 1; fcvt.w.s a0, f11
	CHECK(277, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(278, 0x1)
	/* fcvt.w.s 0xffffffffbf000000 rm=None frm=2 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 2; fcvt.w.s a0, f11
	CHECK(279, a0, 0xffffffffffffffff)
	CHECK_FLAGS(280, 0x1)
	/* fcvt.w.s 0xffffffffc0200000 rm=None frm=2 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 2; fcvt.w.s a0, f11
	CHECK(281, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(282, 0x1)
	/* fcvt.w.s 0xffffffffbf000000 rm=None frm=3 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 3; fcvt.w.s a0, f11
	CHECK(283, a0, 0x0)
	CHECK_FLAGS(284, 0x1)
	/* fcvt.w.s 0xffffffffc0200000 rm=None frm=3 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 3; fcvt.w.s a0, f11
	CHECK(285, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(286, 0x1)
	/* fcvt.w.s 0xffffffffbf000000 rm=None frm=4 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 4; fcvt.w.s a0, f11
	CHECK(287, a0, 0xffffffffffffffff)
	CHECK_FLAGS(288, 0x1)
	/* fcvt.w.s 0xffffffffc0200000 rm=None frm=4 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 4; fcvt.w.s a0, f11
	CHECK(289, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(290, 0x1)
	/* fcvt.wu.s 0xffffffff00000000 rm=rtz frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(291, a0, 0x0)
	CHECK_FLAGS(292, 0x0)
	/* fcvt.wu.s 0xffffffff80000000 rm=rtz frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(293, a0, 0x0)
	CHECK_FLAGS(294, 0x0)
	/* fcvt.wu.s 0xffffffff3f800000 rm=rtz frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(295, a0, 0x1)
	CHECK_FLAGS(296, 0x0)
	/* fcvt.wu.s 0xffffffffbf800000 rm=rtz frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(297, a0, 0x0)
	CHECK_FLAGS(298, 0x10)
	/* fcvt.wu.s 0xffffffff3fc00000 rm=rtz frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(299, a0, 0x1)
	CHECK_FLAGS(300, 0x1)
	/* fcvt.wu.s 0xffffffff40200000 rm=rtz frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(301, a0, 0x2)
	CHECK_FLAGS(302, 0x1)
	/* fcvt.wu.s 0xffffffffc0200000 rm=rtz frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(303, a0, 0x0)
	CHECK_FLAGS(304, 0x10)
	/* fcvt.wu.s 0xffffffff3f000000 rm=rtz frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(305, a0, 0x0)
	CHECK_FLAGS(306, 0x1)
	/* fcvt.wu.s 0xffffffffbf000000 rm=rtz frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(307, a0, 0x0)
	CHECK_FLAGS(308, 0x1)
	/* fcvt.wu.s 0xffffffff7f7fffff rm=rtz frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(309, a0, 0xffffffffffffffff)
	CHECK_FLAGS(310, 0x10)
	/* fcvt.wu.s 0xffffffffff7fffff rm=rtz frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(311, a0, 0x0)
	CHECK_FLAGS(312, 0x10)
	/* fcvt.wu.s 0xffffffff00800000 rm=rtz frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(313, a0, 0x0)
	CHECK_FLAGS(314, 0x1)
	/* fcvt.wu.s 0xffffffff007fffff rm=rtz frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(315, a0, 0x0)
	CHECK_FLAGS(316, 0x1)
	/* fcvt.wu.s 0xffffffff00000001 rm=rtz frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(317, a0, 0x0)
	CHECK_FLAGS(318, 0x1)
	/* fcvt.wu.s 0xffffffff80000001 rm=rtz frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(319, a0, 0x0)
	CHECK_FLAGS(320, 0x1)
	/* fcvt.wu.s 0xffffffff7f800000 rm=rtz frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(321, a0, 0xffffffffffffffff)
	CHECK_FLAGS(322, 0x10)
	/* fcvt.wu.s 0xffffffffff800000 rm=rtz frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(323, a0, 0x0)
	CHECK_FLAGS(324, 0x10)
	/* fcvt.wu.s 0xffffffff7fc00000 rm=rtz frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(325, a0, 0xffffffffffffffff)
	CHECK_FLAGS(326, 0x10)
	/* fcvt.wu.s 0xffffffff7f800001 rm=rtz frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(327, a0, 0xffffffffffffffff)
	CHECK_FLAGS(328, 0x10)
	/* fcvt.wu.s 0xffffffffffc12345 rm=rtz frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(329, a0, 0xffffffffffffffff)
	CHECK_FLAGS(330, 0x10)
	/* fcvt.wu.s 0xffffffff3f800001 rm=rtz frm=None */
	li t0, 0xffffffff3f800001; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(331, a0, 0x1)
	CHECK_FLAGS(332, 0x1)
	/* fcvt.wu.s 0xffffffff33800000 rm=rtz frm=None */
	li t0, 0xffffffff33800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(333, a0, 0x0)
	CHECK_FLAGS(334, 0x1)
	/* fcvt.wu.s 0xffffffff40400000 rm=rtz frm=None */
	li t0, 0xffffffff40400000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(335, a0, 0x3)
	CHECK_FLAGS(336, 0x0)
	/* fcvt.wu.s 0xffffffff3dcccccd rm=rtz frm=None */
	li t0, 0xffffffff3dcccccd; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(337, a0, 0x0)
	CHECK_FLAGS(338, 0x1)
	/* fcvt.wu.s 0xffffffff501502f9 rm=rtz frm=None */
	li t0, 0xffffffff501502f9; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(339, a0, 0xffffffffffffffff)
	CHECK_FLAGS(340, 0x10)
	/* fcvt.wu.s 0xffffffff4f32d05e rm=rtz frm=None */
	li t0, 0xffffffff4f32d05e; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(341, a0, 0xffffffffb2d05e00)
	CHECK_FLAGS(342, 0x0)
	/* fcvt.wu.s 0xffffffff4f000000 rm=rtz frm=None */
	li t0, 0xffffffff4f000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(343, a0, 0xffffffff80000000)
	CHECK_FLAGS(344, 0x0)
	/* fcvt.wu.s 0xffffffffcf000000 rm=rtz frm=None */
	li t0, 0xffffffffcf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(345, a0, 0x0)
	CHECK_FLAGS(346, 0x10)
	/* fcvt.wu.s 0xffffffff5f000000 rm=rtz frm=None */
	li t0, 0xffffffff5f000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(347, a0, 0xffffffffffffffff)
	CHECK_FLAGS(348, 0x10)
	/* fcvt.wu.s 0xffffffff5f800000 rm=rtz frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(349, a0, 0xffffffffffffffff)
	CHECK_FLAGS(350, 0x10)
	/* fcvt.wu.s 0xffffffffdf000000 rm=rtz frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(351, a0, 0x0)
	CHECK_FLAGS(352, 0x10)
	/* fcvt.wu.s 0xffffffff4b800001 rm=rtz frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(353, a0, 0x1000002)
	CHECK_FLAGS(354, 0x0)
	/* fcvt.wu.s 0xffffffff3f7fffff rm=rtz frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(355, a0, 0x0)
	CHECK_FLAGS(356, 0x1)
	/* fcvt.wu.s 0x3f800000 rm=rtz frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(357, a0, 0xffffffffffffffff)
	CHECK_FLAGS(358, 0x10)
	/* fcvt.wu.s 0x7fc0000000000000 rm=rtz frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(359, a0, 0xffffffffffffffff)
	CHECK_FLAGS(360, 0x10)
	/* fcvt.wu.s 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(361, a0, 0x1)
	CHECK_FLAGS(362, 0x0)
	/* fcvt.wu.s 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(363, a0, 0x0)
	CHECK_FLAGS(364, 0x10)
	/* fcvt.wu.s 0xffffffff3fc00000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(365, a0, 0x2)
	CHECK_FLAGS(366, 0x1)
	/* fcvt.wu.s 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(367, a0, 0x2)
	CHECK_FLAGS(368, 0x1)
	/* fcvt.wu.s 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(369, a0, 0x0)
	CHECK_FLAGS(370, 0x10)
	/* fcvt.wu.s 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(371, a0, 0x0)
	CHECK_FLAGS(372, 0x1)
	/* fcvt.wu.s 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(373, a0, 0x0)
	CHECK_FLAGS(374, 0x1)
	/* fcvt.wu.s 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(375, a0, 0xffffffffffffffff)
	CHECK_FLAGS(376, 0x10)
	/* fcvt.wu.s 0xffffffff5f800000 rm=rne frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(377, a0, 0xffffffffffffffff)
	CHECK_FLAGS(378, 0x10)
	/* fcvt.wu.s 0xffffffffdf000000 rm=rne frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(379, a0, 0x0)
	CHECK_FLAGS(380, 0x10)
	/* fcvt.wu.s 0xffffffff4b800001 rm=rne frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(381, a0, 0x1000002)
	CHECK_FLAGS(382, 0x0)
	/* fcvt.wu.s 0xffffffff3f7fffff rm=rne frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(383, a0, 0x1)
	CHECK_FLAGS(384, 0x1)
	/* fcvt.wu.s 0x3f800000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(385, a0, 0xffffffffffffffff)
	CHECK_FLAGS(386, 0x10)
	/* fcvt.wu.s 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(387, a0, 0xffffffffffffffff)
	CHECK_FLAGS(388, 0x10)
	/* fcvt.wu.s 0xffffffff7f2d23c8 rm=rne frm=None */
	li t0, 0xffffffff7f2d23c8; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(389, a0, 0xffffffffffffffff)
	CHECK_FLAGS(390, 0x10)
	/* fcvt.wu.s 0xffffffffb5e00000 rm=rne frm=None */
	li t0, 0xffffffffb5e00000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(391, a0, 0x0)
	CHECK_FLAGS(392, 0x1)
	/* fcvt.wu.s 0xffffffff81480000 rm=rne frm=None */
	li t0, 0xffffffff81480000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(393, a0, 0x0)
	CHECK_FLAGS(394, 0x1)
	/* fcvt.wu.s 0xffffffffbfdadfcb rm=rne frm=None */
	li t0, 0xffffffffbfdadfcb; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(395, a0, 0x0)
	CHECK_FLAGS(396, 0x10)
	/* fcvt.wu.s 0xffffffffb5d1050f rm=rne frm=None */
	li t0, 0xffffffffb5d1050f; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(397, a0, 0x0)
	CHECK_FLAGS(398, 0x1)
	/* fcvt.wu.s 0xffffffff35e80000 rm=rne frm=None */
	li t0, 0xffffffff35e80000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rne
	CHECK(399, a0, 0x0)
	CHECK_FLAGS(400, 0x1)
	/* fcvt.wu.s 0xffffffff3f800000 rm=rtz frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(401, a0, 0x1)
	CHECK_FLAGS(402, 0x0)
	/* fcvt.wu.s 0xffffffffbf800000 rm=rtz frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(403, a0, 0x0)
	CHECK_FLAGS(404, 0x10)
	/* fcvt.wu.s 0xffffffff3fc00000 rm=rtz frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(405, a0, 0x1)
	CHECK_FLAGS(406, 0x1)
	/* fcvt.wu.s 0xffffffff40200000 rm=rtz frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(407, a0, 0x2)
	CHECK_FLAGS(408, 0x1)
	/* fcvt.wu.s 0xffffffffc0200000 rm=rtz frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(409, a0, 0x0)
	CHECK_FLAGS(410, 0x10)
	/* fcvt.wu.s 0xffffffff3f000000 rm=rtz frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(411, a0, 0x0)
	CHECK_FLAGS(412, 0x1)
	/* fcvt.wu.s 0xffffffffbf000000 rm=rtz frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(413, a0, 0x0)
	CHECK_FLAGS(414, 0x1)
	/* fcvt.wu.s 0xffffffff7f7fffff rm=rtz frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(415, a0, 0xffffffffffffffff)
	CHECK_FLAGS(416, 0x10)
	/* fcvt.wu.s 0xffffffff5f800000 rm=rtz frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(417, a0, 0xffffffffffffffff)
	CHECK_FLAGS(418, 0x10)
	/* fcvt.wu.s 0xffffffffdf000000 rm=rtz frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(419, a0, 0x0)
	CHECK_FLAGS(420, 0x10)
	/* fcvt.wu.s 0xffffffff4b800001 rm=rtz frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(421, a0, 0x1000002)
	CHECK_FLAGS(422, 0x0)
	/* fcvt.wu.s 0xffffffff3f7fffff rm=rtz frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(423, a0, 0x0)
	CHECK_FLAGS(424, 0x1)
	/* fcvt.wu.s 0x3f800000 rm=rtz frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(425, a0, 0xffffffffffffffff)
	CHECK_FLAGS(426, 0x10)
	/* fcvt.wu.s 0x7fc0000000000000 rm=rtz frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(427, a0, 0xffffffffffffffff)
	CHECK_FLAGS(428, 0x10)
	/* fcvt.wu.s 0xffffffff8030fc45 rm=rtz frm=None */
	li t0, 0xffffffff8030fc45; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(429, a0, 0x0)
	CHECK_FLAGS(430, 0x1)
	/* fcvt.wu.s 0xffffffffbfcc0000 rm=rtz frm=None */
	li t0, 0xffffffffbfcc0000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(431, a0, 0x0)
	CHECK_FLAGS(432, 0x10)
	/* fcvt.wu.s 0xffffffff00c7eee6 rm=rtz frm=None */
	li t0, 0xffffffff00c7eee6; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(433, a0, 0x0)
	CHECK_FLAGS(434, 0x1)
	/* fcvt.wu.s 0xffffffff49df5f91 rm=rtz frm=None */
	li t0, 0xffffffff49df5f91; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(435, a0, 0x1bebf2)
	CHECK_FLAGS(436, 0x1)
	/* fcvt.wu.s 0xffffffffc9a83037 rm=rtz frm=None */
	li t0, 0xffffffffc9a83037; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(437, a0, 0x0)
	CHECK_FLAGS(438, 0x10)
	/* fcvt.wu.s 0xffffffff3f24ab04 rm=rtz frm=None */
	li t0, 0xffffffff3f24ab04; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rtz
	CHECK(439, a0, 0x0)
	CHECK_FLAGS(440, 0x1)
	/* fcvt.wu.s 0xffffffff3f800000 rm=rdn frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(441, a0, 0x1)
	CHECK_FLAGS(442, 0x0)
	/* fcvt.wu.s 0xffffffffbf800000 rm=rdn frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(443, a0, 0x0)
	CHECK_FLAGS(444, 0x10)
	/* fcvt.wu.s 0xffffffff3fc00000 rm=rdn frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(445, a0, 0x1)
	CHECK_FLAGS(446, 0x1)
	/* fcvt.wu.s 0xffffffff40200000 rm=rdn frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(447, a0, 0x2)
	CHECK_FLAGS(448, 0x1)
	/* fcvt.wu.s 0xffffffffc0200000 rm=rdn frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(449, a0, 0x0)
	CHECK_FLAGS(450, 0x10)
	/* fcvt.wu.s 0xffffffff3f000000 rm=rdn frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(451, a0, 0x0)
	CHECK_FLAGS(452, 0x1)
	/* fcvt.wu.s 0xffffffffbf000000 rm=rdn frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(453, a0, 0x0)
	CHECK_FLAGS(454, 0x10)
	/* fcvt.wu.s 0xffffffff7f7fffff rm=rdn frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(455, a0, 0xffffffffffffffff)
	CHECK_FLAGS(456, 0x10)
	/* fcvt.wu.s 0xffffffff5f800000 rm=rdn frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(457, a0, 0xffffffffffffffff)
	CHECK_FLAGS(458, 0x10)
	/* fcvt.wu.s 0xffffffffdf000000 rm=rdn frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(459, a0, 0x0)
	CHECK_FLAGS(460, 0x10)
	/* fcvt.wu.s 0xffffffff4b800001 rm=rdn frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(461, a0, 0x1000002)
	CHECK_FLAGS(462, 0x0)
	/* fcvt.wu.s 0xffffffff3f7fffff rm=rdn frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(463, a0, 0x0)
	CHECK_FLAGS(464, 0x1)
	/* fcvt.wu.s 0x3f800000 rm=rdn frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(465, a0, 0xffffffffffffffff)
	CHECK_FLAGS(466, 0x10)
	/* fcvt.wu.s 0x7fc0000000000000 rm=rdn frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(467, a0, 0xffffffffffffffff)
	CHECK_FLAGS(468, 0x10)
	/* fcvt.wu.s 0xffffffff15e8e297 rm=rdn frm=None */
	li t0, 0xffffffff15e8e297; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(469, a0, 0x0)
	CHECK_FLAGS(470, 0x1)
	/* fcvt.wu.s 0xffffffff0f96260f rm=rdn frm=None */
	li t0, 0xffffffff0f96260f; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(471, a0, 0x0)
	CHECK_FLAGS(472, 0x1)
	/* fcvt.wu.s 0xffffffffff675147 rm=rdn frm=None */
	li t0, 0xffffffffff675147; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(473, a0, 0x0)
	CHECK_FLAGS(474, 0x10)
	/* fcvt.wu.s 0xffffffff7f1ee0cc rm=rdn frm=None */
	li t0, 0xffffffff7f1ee0cc; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(475, a0, 0xffffffffffffffff)
	CHECK_FLAGS(476, 0x10)
	/* fcvt.wu.s 0xffffffff80cda8d6 rm=rdn frm=None */
	li t0, 0xffffffff80cda8d6; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(477, a0, 0x0)
	CHECK_FLAGS(478, 0x10)
	/* fcvt.wu.s 0xffffffffbfa80000 rm=rdn frm=None */
	li t0, 0xffffffffbfa80000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rdn
	CHECK(479, a0, 0x0)
	CHECK_FLAGS(480, 0x10)
	/* fcvt.wu.s 0xffffffff3f800000 rm=rup frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(481, a0, 0x1)
	CHECK_FLAGS(482, 0x0)
	/* fcvt.wu.s 0xffffffffbf800000 rm=rup frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(483, a0, 0x0)
	CHECK_FLAGS(484, 0x10)
	/* fcvt.wu.s 0xffffffff3fc00000 rm=rup frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(485, a0, 0x2)
	CHECK_FLAGS(486, 0x1)
	/* fcvt.wu.s 0xffffffff40200000 rm=rup frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(487, a0, 0x3)
	CHECK_FLAGS(488, 0x1)
	/* fcvt.wu.s 0xffffffffc0200000 rm=rup frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(489, a0, 0x0)
	CHECK_FLAGS(490, 0x10)
	/* fcvt.wu.s 0xffffffff3f000000 rm=rup frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(491, a0, 0x1)
	CHECK_FLAGS(492, 0x1)
	/* fcvt.wu.s 0xffffffffbf000000 rm=rup frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(493, a0, 0x0)
	CHECK_FLAGS(494, 0x1)
	/* fcvt.wu.s 0xffffffff7f7fffff rm=rup frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(495, a0, 0xffffffffffffffff)
	CHECK_FLAGS(496, 0x10)
	/* fcvt.wu.s 0xffffffff5f800000 rm=rup frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(497, a0, 0xffffffffffffffff)
	CHECK_FLAGS(498, 0x10)
	/* fcvt.wu.s 0xffffffffdf000000 rm=rup frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(499, a0, 0x0)
	CHECK_FLAGS(500, 0x10)
	/* fcvt.wu.s 0xffffffff4b800001 rm=rup frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(501, a0, 0x1000002)
	CHECK_FLAGS(502, 0x0)
	/* fcvt.wu.s 0xffffffff3f7fffff rm=rup frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(503, a0, 0x1)
	CHECK_FLAGS(504, 0x1)
	/* fcvt.wu.s 0x3f800000 rm=rup frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(505, a0, 0xffffffffffffffff)
	CHECK_FLAGS(506, 0x10)
	/* fcvt.wu.s 0x7fc0000000000000 rm=rup frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(507, a0, 0xffffffffffffffff)
	CHECK_FLAGS(508, 0x10)
	/* fcvt.wu.s 0xffffffffbf240000 rm=rup frm=None */
	li t0, 0xffffffffbf240000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(509, a0, 0x0)
	CHECK_FLAGS(510, 0x1)
	/* fcvt.wu.s 0xffffffff3f940000 rm=rup frm=None */
	li t0, 0xffffffff3f940000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(511, a0, 0x2)
	CHECK_FLAGS(512, 0x1)
	/* fcvt.wu.s 0xffffffff35cc2a6a rm=rup frm=None */
	li t0, 0xffffffff35cc2a6a; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(513, a0, 0x1)
	CHECK_FLAGS(514, 0x1)
	/* fcvt.wu.s 0xffffffffff3debe6 rm=rup frm=None */
	li t0, 0xffffffffff3debe6; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(515, a0, 0x0)
	CHECK_FLAGS(516, 0x10)
	/* fcvt.wu.s 0xffffffffff005845 rm=rup frm=None */
	li t0, 0xffffffffff005845; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(517, a0, 0x0)
	CHECK_FLAGS(518, 0x10)
	/* fcvt.wu.s 0xffffffffff24b201 rm=rup frm=None */
	li t0, 0xffffffffff24b201; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rup
	CHECK(519, a0, 0x0)
	CHECK_FLAGS(520, 0x10)
	/* fcvt.wu.s 0xffffffff3f800000 rm=rmm frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(521, a0, 0x1)
	CHECK_FLAGS(522, 0x0)
	/* fcvt.wu.s 0xffffffffbf800000 rm=rmm frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(523, a0, 0x0)
	CHECK_FLAGS(524, 0x10)
	/* fcvt.wu.s 0xffffffff3fc00000 rm=rmm frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(525, a0, 0x2)
	CHECK_FLAGS(526, 0x1)
	/* fcvt.wu.s 0xffffffff40200000 rm=rmm frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(527, a0, 0x3)
	CHECK_FLAGS(528, 0x1)
	/* fcvt.wu.s 0xffffffffc0200000 rm=rmm frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(529, a0, 0x0)
	CHECK_FLAGS(530, 0x10)
	/* fcvt.wu.s 0xffffffff3f000000 rm=rmm frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(531, a0, 0x1)
	CHECK_FLAGS(532, 0x1)
	/* fcvt.wu.s 0xffffffffbf000000 rm=rmm frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(533, a0, 0x0)
	CHECK_FLAGS(534, 0x10)
	/* fcvt.wu.s 0xffffffff7f7fffff rm=rmm frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(535, a0, 0xffffffffffffffff)
	CHECK_FLAGS(536, 0x10)
	/* fcvt.wu.s 0xffffffff5f800000 rm=rmm frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(537, a0, 0xffffffffffffffff)
	CHECK_FLAGS(538, 0x10)
	/* fcvt.wu.s 0xffffffffdf000000 rm=rmm frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(539, a0, 0x0)
	CHECK_FLAGS(540, 0x10)
	/* fcvt.wu.s 0xffffffff4b800001 rm=rmm frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(541, a0, 0x1000002)
	CHECK_FLAGS(542, 0x0)
	/* fcvt.wu.s 0xffffffff3f7fffff rm=rmm frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(543, a0, 0x1)
	CHECK_FLAGS(544, 0x1)
	/* fcvt.wu.s 0x3f800000 rm=rmm frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(545, a0, 0xffffffffffffffff)
	CHECK_FLAGS(546, 0x10)
	/* fcvt.wu.s 0x7fc0000000000000 rm=rmm frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(547, a0, 0xffffffffffffffff)
	CHECK_FLAGS(548, 0x10)
	/* fcvt.wu.s 0xffffffff3ff00000 rm=rmm frm=None */
	li t0, 0xffffffff3ff00000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(549, a0, 0x2)
	CHECK_FLAGS(550, 0x1)
	/* fcvt.wu.s 0xffffffffbfcc0000 rm=rmm frm=None */
	li t0, 0xffffffffbfcc0000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(551, a0, 0x0)
	CHECK_FLAGS(552, 0x10)
	/* fcvt.wu.s 0xffffffff7f4e04ed rm=rmm frm=None */
	li t0, 0xffffffff7f4e04ed; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(553, a0, 0xffffffffffffffff)
	CHECK_FLAGS(554, 0x10)
	/* fcvt.wu.s 0xffffffffc9c75961 rm=rmm frm=None */
	li t0, 0xffffffffc9c75961; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(555, a0, 0x0)
	CHECK_FLAGS(556, 0x10)
	/* fcvt.wu.s 0xffffffffbff50a13 rm=rmm frm=None */
	li t0, 0xffffffffbff50a13; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(557, a0, 0x0)
	CHECK_FLAGS(558, 0x10)
	/* fcvt.wu.s 0xffffffffc9ec0000 rm=rmm frm=None */
	li t0, 0xffffffffc9ec0000; fmv.d.x f11, t0; fcvt.wu.s a0, f11, rmm
	CHECK(559, a0, 0x0)
	CHECK_FLAGS(560, 0x10)
	/* fcvt.wu.s 0xffffffffbf000000 rm=None frm=0 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 0; fcvt.wu.s a0, f11
	CHECK(561, a0, 0x0)
	CHECK_FLAGS(562, 0x1)
	/* fcvt.wu.s 0xffffffffc0200000 rm=None frm=0 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 0; fcvt.wu.s a0, f11
	CHECK(563, a0, 0x0)
	CHECK_FLAGS(564, 0x10)
	/* fcvt.wu.s 0xffffffffbf000000 rm=None frm=1 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 1; fcvt.wu.s a0, f11
	CHECK(565, a0, 0x0)
	CHECK_FLAGS(566, 0x1)
	/* fcvt.wu.s 0xffffffffc0200000 rm=None frm=1 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 1; fcvt.wu.s a0, f11
	CHECK(567, a0, 0x0)
	CHECK_FLAGS(568, 0x10)
	/* fcvt.wu.s 0xffffffffbf000000 rm=None frm=2 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 2; fcvt.wu.s a0, f11
	CHECK(569, a0, 0x0)
	CHECK_FLAGS(570, 0x10)
	/* fcvt.wu.s 0xffffffffc0200000 rm=None frm=2 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 2; fcvt.wu.s a0, f11
	CHECK(571, a0, 0x0)
	CHECK_FLAGS(572, 0x10)
	/* fcvt.wu.s 0xffffffffbf000000 rm=None frm=3 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 3; fcvt.wu.s a0, f11
	CHECK(573, a0, 0x0)
	CHECK_FLAGS(574, 0x1)
	/* fcvt.wu.s 0xffffffffc0200000 rm=None frm=3 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 3; fcvt.wu.s a0, f11
	CHECK(575, a0, 0x0)
	CHECK_FLAGS(576, 0x10)
	/* fcvt.wu.s 0xffffffffbf000000 rm=None frm=4 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 4; fcvt.wu.s a0, f11
	CHECK(577, a0, 0x0)
	CHECK_FLAGS(578, 0x10)
	/* fcvt.wu.s 0xffffffffc0200000 rm=None frm=4 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 4; fcvt.wu.s a0, f11
	CHECK(579, a0, 0x0)
	CHECK_FLAGS(580, 0x10)
	/* fcvt.l.s 0xffffffff00000000 rm=rtz frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(581, a0, 0x0)
	CHECK_FLAGS(582, 0x0)
	/* fcvt.l.s 0xffffffff80000000 rm=rtz frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(583, a0, 0x0)
	CHECK_FLAGS(584, 0x0)
	/* fcvt.l.s 0xffffffff3f800000 rm=rtz frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(585, a0, 0x1)
	CHECK_FLAGS(586, 0x0)
	/* fcvt.l.s 0xffffffffbf800000 rm=rtz frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(587, a0, 0xffffffffffffffff)
	CHECK_FLAGS(588, 0x0)
	/* fcvt.l.s 0xffffffff3fc00000 rm=rtz frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(589, a0, 0x1)
	CHECK_FLAGS(590, 0x1)
	/* fcvt.l.s 0xffffffff40200000 rm=rtz frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(591, a0, 0x2)
	CHECK_FLAGS(592, 0x1)
	/* fcvt.l.s 0xffffffffc0200000 rm=rtz frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(593, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(594, 0x1)
	/* fcvt.l.s 0xffffffff3f000000 rm=rtz frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(595, a0, 0x0)
	CHECK_FLAGS(596, 0x1)
	/* fcvt.l.s 0xffffffffbf000000 rm=rtz frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(597, a0, 0x0)
	CHECK_FLAGS(598, 0x1)
	/* fcvt.l.s 0xffffffff7f7fffff rm=rtz frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(599, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(600, 0x10)
	/* fcvt.l.s 0xffffffffff7fffff rm=rtz frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(601, a0, 0x8000000000000000)
	CHECK_FLAGS(602, 0x10)
	/* fcvt.l.s 0xffffffff00800000 rm=rtz frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(603, a0, 0x0)
	CHECK_FLAGS(604, 0x1)
	/* fcvt.l.s 0xffffffff007fffff rm=rtz frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(605, a0, 0x0)
	CHECK_FLAGS(606, 0x1)
	/* fcvt.l.s 0xffffffff00000001 rm=rtz frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(607, a0, 0x0)
	CHECK_FLAGS(608, 0x1)
	/* fcvt.l.s 0xffffffff80000001 rm=rtz frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(609, a0, 0x0)
	CHECK_FLAGS(610, 0x1)
	/* fcvt.l.s 0xffffffff7f800000 rm=rtz frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(611, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(612, 0x10)
	/* fcvt.l.s 0xffffffffff800000 rm=rtz frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(613, a0, 0x8000000000000000)
	CHECK_FLAGS(614, 0x10)
	/* fcvt.l.s 0xffffffff7fc00000 rm=rtz frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(615, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(616, 0x10)
	/* fcvt.l.s 0xffffffff7f800001 rm=rtz frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(617, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(618, 0x10)
	/* fcvt.l.s 0xffffffffffc12345 rm=rtz frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(619, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(620, 0x10)
	/* fcvt.l.s 0xffffffff3f800001 rm=rtz frm=None */
	li t0, 0xffffffff3f800001; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(621, a0, 0x1)
	CHECK_FLAGS(622, 0x1)
	/* fcvt.l.s 0xffffffff33800000 rm=rtz frm=None */
	li t0, 0xffffffff33800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(623, a0, 0x0)
	CHECK_FLAGS(624, 0x1)
	/* fcvt.l.s 0xffffffff40400000 rm=rtz frm=None */
	li t0, 0xffffffff40400000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(625, a0, 0x3)
	CHECK_FLAGS(626, 0x0)
	/* fcvt.l.s 0xffffffff3dcccccd rm=rtz frm=None */
	li t0, 0xffffffff3dcccccd; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(627, a0, 0x0)
	CHECK_FLAGS(628, 0x1)
	/* fcvt.l.s 0xffffffff501502f9 rm=rtz frm=None */
	li t0, 0xffffffff501502f9; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(629, a0, 0x2540be400)
	CHECK_FLAGS(630, 0x0)
	/* fcvt.l.s 0xffffffff4f32d05e rm=rtz frm=None */
	li t0, 0xffffffff4f32d05e; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(631, a0, 0xb2d05e00)
	CHECK_FLAGS(632, 0x0)
	/* fcvt.l.s 0xffffffff4f000000 rm=rtz frm=None */
	li t0, 0xffffffff4f000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(633, a0, 0x80000000)
	CHECK_FLAGS(634, 0x0)
	/* fcvt.l.s 0xffffffffcf000000 rm=rtz frm=None */
	li t0, 0xffffffffcf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(635, a0, 0xffffffff80000000)
	CHECK_FLAGS(636, 0x0)
	/* fcvt.l.s 0xffffffff5f000000 rm=rtz frm=None */
	li t0, 0xffffffff5f000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(637, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(638, 0x10)
	/* fcvt.l.s 0xffffffff5f800000 rm=rtz frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(639, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(640, 0x10)
	/* fcvt.l.s 0xffffffffdf000000 rm=rtz frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(641, a0, 0x8000000000000000)
	CHECK_FLAGS(642, 0x0)
	/* fcvt.l.s 0xffffffff4b800001 rm=rtz frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(643, a0, 0x1000002)
	CHECK_FLAGS(644, 0x0)
	/* fcvt.l.s 0xffffffff3f7fffff rm=rtz frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(645, a0, 0x0)
	CHECK_FLAGS(646, 0x1)
	/* fcvt.l.s 0x3f800000 rm=rtz frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(647, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(648, 0x10)
	/* fcvt.l.s 0x7fc0000000000000 rm=rtz frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(649, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(650, 0x10)
	/* fcvt.l.s 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(651, a0, 0x1)
	CHECK_FLAGS(652, 0x0)
	/* fcvt.l.s 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(653, a0, 0xffffffffffffffff)
	CHECK_FLAGS(654, 0x0)
	/* fcvt.l.s 0xffffffff3fc00000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(655, a0, 0x2)
	CHECK_FLAGS(656, 0x1)
	/* fcvt.l.s 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(657, a0, 0x2)
	CHECK_FLAGS(658, 0x1)
	/* fcvt.l.s 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(659, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(660, 0x1)
	/* fcvt.l.s 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(661, a0, 0x0)
	CHECK_FLAGS(662, 0x1)
	/* fcvt.l.s 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(663, a0, 0x0)
	CHECK_FLAGS(664, 0x1)
	/* fcvt.l.s 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(665, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(666, 0x10)
	/* fcvt.l.s 0xffffffff5f800000 rm=rne frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(667, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(668, 0x10)
	/* fcvt.l.s 0xffffffffdf000000 rm=rne frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(669, a0, 0x8000000000000000)
	CHECK_FLAGS(670, 0x0)
	/* fcvt.l.s 0xffffffff4b800001 rm=rne frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(671, a0, 0x1000002)
	CHECK_FLAGS(672, 0x0)
	/* fcvt.l.s 0xffffffff3f7fffff rm=rne frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(673, a0, 0x1)
	CHECK_FLAGS(674, 0x1)
	/* fcvt.l.s 0x3f800000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(675, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(676, 0x10)
	/* fcvt.l.s 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(677, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(678, 0x10)
	/* fcvt.l.s 0xffffffff3fe19999 rm=rne frm=None */
	li t0, 0xffffffff3fe19999; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(679, a0, 0x2)
	CHECK_FLAGS(680, 0x1)
	/* fcvt.l.s 0xffffffff9ba00000 rm=rne frm=None */
	li t0, 0xffffffff9ba00000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(681, a0, 0x0)
	CHECK_FLAGS(682, 0x1)
	/* fcvt.l.s 0xffffffffb5ec2f1e rm=rne frm=None */
	li t0, 0xffffffffb5ec2f1e; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(683, a0, 0x0)
	CHECK_FLAGS(684, 0x1)
	/* fcvt.l.s 0xffffffffff6c0000 rm=rne frm=None */
	li t0, 0xffffffffff6c0000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(685, a0, 0x8000000000000000)
	CHECK_FLAGS(686, 0x10)
	/* fcvt.l.s 0xffffffff29b28651 rm=rne frm=None */
	li t0, 0xffffffff29b28651; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(687, a0, 0x0)
	CHECK_FLAGS(688, 0x1)
	/* fcvt.l.s 0xffffffff809c0000 rm=rne frm=None */
	li t0, 0xffffffff809c0000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rne
	CHECK(689, a0, 0x0)
	CHECK_FLAGS(690, 0x1)
	/* fcvt.l.s 0xffffffff3f800000 rm=rtz frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(691, a0, 0x1)
	CHECK_FLAGS(692, 0x0)
	/* fcvt.l.s 0xffffffffbf800000 rm=rtz frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(693, a0, 0xffffffffffffffff)
	CHECK_FLAGS(694, 0x0)
	/* fcvt.l.s 0xffffffff3fc00000 rm=rtz frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(695, a0, 0x1)
	CHECK_FLAGS(696, 0x1)
	/* fcvt.l.s 0xffffffff40200000 rm=rtz frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(697, a0, 0x2)
	CHECK_FLAGS(698, 0x1)
	/* fcvt.l.s 0xffffffffc0200000 rm=rtz frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(699, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(700, 0x1)
	/* fcvt.l.s 0xffffffff3f000000 rm=rtz frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(701, a0, 0x0)
	CHECK_FLAGS(702, 0x1)
	/* fcvt.l.s 0xffffffffbf000000 rm=rtz frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(703, a0, 0x0)
	CHECK_FLAGS(704, 0x1)
	/* fcvt.l.s 0xffffffff7f7fffff rm=rtz frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(705, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(706, 0x10)
	/* fcvt.l.s 0xffffffff5f800000 rm=rtz frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(707, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(708, 0x10)
	/* fcvt.l.s 0xffffffffdf000000 rm=rtz frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(709, a0, 0x8000000000000000)
	CHECK_FLAGS(710, 0x0)
	/* fcvt.l.s 0xffffffff4b800001 rm=rtz frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(711, a0, 0x1000002)
	CHECK_FLAGS(712, 0x0)
	/* fcvt.l.s 0xffffffff3f7fffff rm=rtz frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(713, a0, 0x0)
	CHECK_FLAGS(714, 0x1)
	/* fcvt.l.s 0x3f800000 rm=rtz frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(715, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(716, 0x10)
	/* fcvt.l.s 0x7fc0000000000000 rm=rtz frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(717, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(718, 0x10)
	/* fcvt.l.s 0xffffffffabc19705 rm=rtz frm=None */
	li t0, 0xffffffffabc19705; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(719, a0, 0x0)
	CHECK_FLAGS(720, 0x1)
	/* fcvt.l.s 0xffffffff01200000 rm=rtz frm=None */
	li t0, 0xffffffff01200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(721, a0, 0x0)
	CHECK_FLAGS(722, 0x1)
	/* fcvt.l.s 0xffffffff01600f45 rm=rtz frm=None */
	li t0, 0xffffffff01600f45; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(723, a0, 0x0)
	CHECK_FLAGS(724, 0x1)
	/* fcvt.l.s 0xffffffff003ebae6 rm=rtz frm=None */
	li t0, 0xffffffff003ebae6; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(725, a0, 0x0)
	CHECK_FLAGS(726, 0x1)
	/* fcvt.l.s 0xffffffff42bb30b1 rm=rtz frm=None */
	li t0, 0xffffffff42bb30b1; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(727, a0, 0x5d)
	CHECK_FLAGS(728, 0x1)
	/* fcvt.l.s 0xffffffff33c80000 rm=rtz frm=None */
	li t0, 0xffffffff33c80000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rtz
	CHECK(729, a0, 0x0)
	CHECK_FLAGS(730, 0x1)
	/* fcvt.l.s 0xffffffff3f800000 rm=rdn frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(731, a0, 0x1)
	CHECK_FLAGS(732, 0x0)
	/* fcvt.l.s 0xffffffffbf800000 rm=rdn frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(733, a0, 0xffffffffffffffff)
	CHECK_FLAGS(734, 0x0)
	/* fcvt.l.s 0xffffffff3fc00000 rm=rdn frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(735, a0, 0x1)
	CHECK_FLAGS(736, 0x1)
	/* fcvt.l.s 0xffffffff40200000 rm=rdn frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(737, a0, 0x2)
	CHECK_FLAGS(738, 0x1)
	/* fcvt.l.s 0xffffffffc0200000 rm=rdn frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(739, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(740, 0x1)
	/* fcvt.l.s 0xffffffff3f000000 rm=rdn frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(741, a0, 0x0)
	CHECK_FLAGS(742, 0x1)
	/* fcvt.l.s 0xffffffffbf000000 rm=rdn frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(743, a0, 0xffffffffffffffff)
	CHECK_FLAGS(744, 0x1)
	/* fcvt.l.s 0xffffffff7f7fffff rm=rdn frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(745, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(746, 0x10)
	/* fcvt.l.s 0xffffffff5f800000 rm=rdn frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(747, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(748, 0x10)
	/* fcvt.l.s 0xffffffffdf000000 rm=rdn frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(749, a0, 0x8000000000000000)
	CHECK_FLAGS(750, 0x0)
	/* fcvt.l.s 0xffffffff4b800001 rm=rdn frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(751, a0, 0x1000002)
	CHECK_FLAGS(752, 0x0)
	/* fcvt.l.s 0xffffffff3f7fffff rm=rdn frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(753, a0, 0x0)
	CHECK_FLAGS(754, 0x1)
	/* fcvt.l.s 0x3f800000 rm=rdn frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(755, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(756, 0x10)
	/* fcvt.l.s 0x7fc0000000000000 rm=rdn frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(757, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(758, 0x10)
	/* fcvt.l.s 0xffffffffcc63785c rm=rdn frm=None */
	li t0, 0xffffffffcc63785c; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(759, a0, 0xfffffffffc721e90)
	CHECK_FLAGS(760, 0x0)
	/* fcvt.l.s 0xffffffff7f061e03 rm=rdn frm=None */
	li t0, 0xffffffff7f061e03; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(761, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(762, 0x10)
	/* fcvt.l.s 0xffffffff40040000 rm=rdn frm=None */
	li t0, 0xffffffff40040000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(763, a0, 0x2)
	CHECK_FLAGS(764, 0x1)
	/* fcvt.l.s 0xffffffff087e5acb rm=rdn frm=None */
	li t0, 0xffffffff087e5acb; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(765, a0, 0x0)
	CHECK_FLAGS(766, 0x1)
	/* fcvt.l.s 0xffffffff8046cdf1 rm=rdn frm=None */
	li t0, 0xffffffff8046cdf1; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(767, a0, 0xffffffffffffffff)
	CHECK_FLAGS(768, 0x1)
	/* fcvt.l.s 0xffffffff3fa0f960 rm=rdn frm=None */
	li t0, 0xffffffff3fa0f960; fmv.d.x f11, t0; fcvt.l.s a0, f11, rdn
	CHECK(769, a0, 0x1)
	CHECK_FLAGS(770, 0x1)
	/* fcvt.l.s 0xffffffff3f800000 rm=rup frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(771, a0, 0x1)
	CHECK_FLAGS(772, 0x0)
	/* fcvt.l.s 0xffffffffbf800000 rm=rup frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(773, a0, 0xffffffffffffffff)
	CHECK_FLAGS(774, 0x0)
	/* fcvt.l.s 0xffffffff3fc00000 rm=rup frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(775, a0, 0x2)
	CHECK_FLAGS(776, 0x1)
	/* fcvt.l.s 0xffffffff40200000 rm=rup frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(777, a0, 0x3)
	CHECK_FLAGS(778, 0x1)
	/* fcvt.l.s 0xffffffffc0200000 rm=rup frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(779, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(780, 0x1)
	/* fcvt.l.s 0xffffffff3f000000 rm=rup frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(781, a0, 0x1)
	CHECK_FLAGS(782, 0x1)
	/* fcvt.l.s 0xffffffffbf000000 rm=rup frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(783, a0, 0x0)
	CHECK_FLAGS(784, 0x1)
	/* fcvt.l.s 0xffffffff7f7fffff rm=rup frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(785, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(786, 0x10)
	/* fcvt.l.s 0xffffffff5f800000 rm=rup frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(787, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(788, 0x10)
	/* fcvt.l.s 0xffffffffdf000000 rm=rup frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(789, a0, 0x8000000000000000)
	CHECK_FLAGS(790, 0x0)
	/* fcvt.l.s 0xffffffff4b800001 rm=rup frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(791, a0, 0x1000002)
	CHECK_FLAGS(792, 0x0)
	/* fcvt.l.s 0xffffffff3f7fffff rm=rup frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(793, a0, 0x1)
	CHECK_FLAGS(794, 0x1)
	/* fcvt.l.s 0x3f800000 rm=rup frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(795, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(796, 0x10)
	/* fcvt.l.s 0x7fc0000000000000 rm=rup frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(797, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(798, 0x10)
	/* fcvt.l.s 0xffffffff80342eec rm=rup frm=None */
	li t0, 0xffffffff80342eec; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(799, a0, 0x0)
	CHECK_FLAGS(800, 0x1)
	/* fcvt.l.s 0xffffffff40440000 rm=rup frm=None */
	li t0, 0xffffffff40440000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(801, a0, 0x4)
	CHECK_FLAGS(802, 0x1)
	/* fcvt.l.s 0xffffffff35a54514 rm=rup frm=None */
	li t0, 0xffffffff35a54514; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(803, a0, 0x1)
	CHECK_FLAGS(804, 0x1)
	/* fcvt.l.s 0xffffffff0af0bc52 rm=rup frm=None */
	li t0, 0xffffffff0af0bc52; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(805, a0, 0x1)
	CHECK_FLAGS(806, 0x1)
	/* fcvt.l.s 0xffffffffc9e4381e rm=rup frm=None */
	li t0, 0xffffffffc9e4381e; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(807, a0, 0xffffffffffe378fd)
	CHECK_FLAGS(808, 0x1)
	/* fcvt.l.s 0xffffffff1d882960 rm=rup frm=None */
	li t0, 0xffffffff1d882960; fmv.d.x f11, t0; fcvt.l.s a0, f11, rup
	CHECK(809, a0, 0x1)
	CHECK_FLAGS(810, 0x1)
	/* fcvt.l.s 0xffffffff3f800000 rm=rmm frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(811, a0, 0x1)
	CHECK_FLAGS(812, 0x0)
	/* fcvt.l.s 0xffffffffbf800000 rm=rmm frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(813, a0, 0xffffffffffffffff)
	CHECK_FLAGS(814, 0x0)
	/* fcvt.l.s 0xffffffff3fc00000 rm=rmm frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(815, a0, 0x2)
	CHECK_FLAGS(816, 0x1)
	/* fcvt.l.s 0xffffffff40200000 rm=rmm frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(817, a0, 0x3)
	CHECK_FLAGS(818, 0x1)
	/* fcvt.l.s 0xffffffffc0200000 rm=rmm frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(819, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(820, 0x1)
	/* fcvt.l.s 0xffffffff3f000000 rm=rmm frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(821, a0, 0x1)
	CHECK_FLAGS(822, 0x1)
	/* fcvt.l.s 0xffffffffbf000000 rm=rmm frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(823, a0, 0xffffffffffffffff)
	CHECK_FLAGS(824, 0x1)
	/* fcvt.l.s 0xffffffff7f7fffff rm=rmm frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(825, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(826, 0x10)
	/* fcvt.l.s 0xffffffff5f800000 rm=rmm frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(827, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(828, 0x10)
	/* fcvt.l.s 0xffffffffdf000000 rm=rmm frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(829, a0, 0x8000000000000000)
	CHECK_FLAGS(830, 0x0)
	/* fcvt.l.s 0xffffffff4b800001 rm=rmm frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(831, a0, 0x1000002)
	CHECK_FLAGS(832, 0x0)
	/* fcvt.l.s 0xffffffff3f7fffff rm=rmm frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(833, a0, 0x1)
	CHECK_FLAGS(834, 0x1)
	/* fcvt.l.s 0x3f800000 rm=rmm frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(835, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(836, 0x10)
	/* fcvt.l.s 0x7fc0000000000000 rm=rmm frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(837, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(838, 0x10)
	/* fcvt.l.s 0xffffffffc9cc0000 rm=rmm frm=None */
	li t0, 0xffffffffc9cc0000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(839, a0, 0xffffffffffe68000)
	CHECK_FLAGS(840, 0x0)
	/* fcvt.l.s 0xffffffff00df8d2f rm=rmm frm=None */
	li t0, 0xffffffff00df8d2f; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(841, a0, 0x0)
	CHECK_FLAGS(842, 0x1)
	/* fcvt.l.s 0xffffffff00080000 rm=rmm frm=None */
	li t0, 0xffffffff00080000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(843, a0, 0x0)
	CHECK_FLAGS(844, 0x1)
	/* fcvt.l.s 0xffffffff00ec0000 rm=rmm frm=None */
	li t0, 0xffffffff00ec0000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(845, a0, 0x0)
	CHECK_FLAGS(846, 0x1)
	/* fcvt.l.s 0xffffffff811c0000 rm=rmm frm=None */
	li t0, 0xffffffff811c0000; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(847, a0, 0x0)
	CHECK_FLAGS(848, 0x1)
	/* fcvt.l.s 0xffffffff4020f999 rm=rmm frm=None */
	li t0, 0xffffffff4020f999; fmv.d.x f11, t0; fcvt.l.s a0, f11, rmm
	CHECK(849, a0, 0x3)
	CHECK_FLAGS(850, 0x1)
	/* fcvt.l.s 0xffffffffbf000000 rm=None frm=0 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 0; fcvt.l.s a0, f11
	CHECK(851, a0, 0x0)
	CHECK_FLAGS(852, 0x1)
	/* fcvt.l.s 0xffffffffc0200000 rm=None frm=0 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 0; fcvt.l.s a0, f11
	CHECK(853, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(854, 0x1)
	/* fcvt.l.s 0xffffffffbf000000 rm=None frm=1 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 1; fcvt.l.s a0, f11
	CHECK(855, a0, 0x0)
	CHECK_FLAGS(856, 0x1)
	/* fcvt.l.s 0xffffffffc0200000 rm=None frm=1 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 1; fcvt.l.s a0, f11
	CHECK(857, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(858, 0x1)
	/* fcvt.l.s 0xffffffffbf000000 rm=None frm=2 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 2; fcvt.l.s a0, f11
	CHECK(859, a0, 0xffffffffffffffff)
	CHECK_FLAGS(860, 0x1)
	/* fcvt.l.s 0xffffffffc0200000 rm=None frm=2 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 2; fcvt.l.s a0, f11
	CHECK(861, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(862, 0x1)
	/* fcvt.l.s 0xffffffffbf000000 rm=None frm=3 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 3; fcvt.l.s a0, f11
	CHECK(863, a0, 0x0)
	CHECK_FLAGS(864, 0x1)
	/* fcvt.l.s 0xffffffffc0200000 rm=None frm=3 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 3; fcvt.l.s a0, f11
	CHECK(865, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(866, 0x1)
	/* fcvt.l.s 0xffffffffbf000000 rm=None frm=4 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 4; fcvt.l.s a0, f11
	CHECK(867, a0, 0xffffffffffffffff)
	CHECK_FLAGS(868, 0x1)
	/* fcvt.l.s 0xffffffffc0200000 rm=None frm=4 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 4; fcvt.l.s a0, f11
	CHECK(869, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(870, 0x1)
	/* fcvt.lu.s 0xffffffff00000000 rm=rtz frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(871, a0, 0x0)
	CHECK_FLAGS(872, 0x0)
	/* fcvt.lu.s 0xffffffff80000000 rm=rtz frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(873, a0, 0x0)
	CHECK_FLAGS(874, 0x0)
	/* fcvt.lu.s 0xffffffff3f800000 rm=rtz frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(875, a0, 0x1)
	CHECK_FLAGS(876, 0x0)
	/* fcvt.lu.s 0xffffffffbf800000 rm=rtz frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(877, a0, 0x0)
	CHECK_FLAGS(878, 0x10)
	/* fcvt.lu.s 0xffffffff3fc00000 rm=rtz frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(879, a0, 0x1)
	CHECK_FLAGS(880, 0x1)
	/* fcvt.lu.s 0xffffffff40200000 rm=rtz frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(881, a0, 0x2)
	CHECK_FLAGS(882, 0x1)
	/* fcvt.lu.s 0xffffffffc0200000 rm=rtz frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(883, a0, 0x0)
	CHECK_FLAGS(884, 0x10)
	/* fcvt.lu.s 0xffffffff3f000000 rm=rtz frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(885, a0, 0x0)
	CHECK_FLAGS(886, 0x1)
	/* fcvt.lu.s 0xffffffffbf000000 rm=rtz frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(887, a0, 0x0)
	CHECK_FLAGS(888, 0x1)
	/* fcvt.lu.s 0xffffffff7f7fffff rm=rtz frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(889, a0, 0xffffffffffffffff)
	CHECK_FLAGS(890, 0x10)
	/* fcvt.lu.s 0xffffffffff7fffff rm=rtz frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(891, a0, 0x0)
	CHECK_FLAGS(892, 0x10)
	/* fcvt.lu.s 0xffffffff00800000 rm=rtz frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(893, a0, 0x0)
	CHECK_FLAGS(894, 0x1)
	/* fcvt.lu.s 0xffffffff007fffff rm=rtz frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(895, a0, 0x0)
	CHECK_FLAGS(896, 0x1)
	/* fcvt.lu.s 0xffffffff00000001 rm=rtz frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(897, a0, 0x0)
	CHECK_FLAGS(898, 0x1)
	/* fcvt.lu.s 0xffffffff80000001 rm=rtz frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(899, a0, 0x0)
	CHECK_FLAGS(900, 0x1)
	/* fcvt.lu.s 0xffffffff7f800000 rm=rtz frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(901, a0, 0xffffffffffffffff)
	CHECK_FLAGS(902, 0x10)
	/* fcvt.lu.s 0xffffffffff800000 rm=rtz frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(903, a0, 0x0)
	CHECK_FLAGS(904, 0x10)
	/* fcvt.lu.s 0xffffffff7fc00000 rm=rtz frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(905, a0, 0xffffffffffffffff)
	CHECK_FLAGS(906, 0x10)
	/* fcvt.lu.s 0xffffffff7f800001 rm=rtz frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(907, a0, 0xffffffffffffffff)
	CHECK_FLAGS(908, 0x10)
	/* fcvt.lu.s 0xffffffffffc12345 rm=rtz frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(909, a0, 0xffffffffffffffff)
	CHECK_FLAGS(910, 0x10)
	/* fcvt.lu.s 0xffffffff3f800001 rm=rtz frm=None */
	li t0, 0xffffffff3f800001; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(911, a0, 0x1)
	CHECK_FLAGS(912, 0x1)
	/* fcvt.lu.s 0xffffffff33800000 rm=rtz frm=None */
	li t0, 0xffffffff33800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(913, a0, 0x0)
	CHECK_FLAGS(914, 0x1)
	/* fcvt.lu.s 0xffffffff40400000 rm=rtz frm=None */
	li t0, 0xffffffff40400000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(915, a0, 0x3)
	CHECK_FLAGS(916, 0x0)
	/* fcvt.lu.s 0xffffffff3dcccccd rm=rtz frm=None */
	li t0, 0xffffffff3dcccccd; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(917, a0, 0x0)
	CHECK_FLAGS(918, 0x1)
	/* fcvt.lu.s 0xffffffff501502f9 rm=rtz frm=None */
	li t0, 0xffffffff501502f9; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(919, a0, 0x2540be400)
	CHECK_FLAGS(920, 0x0)
	/* fcvt.lu.s 0xffffffff4f32d05e rm=rtz frm=None */
	li t0, 0xffffffff4f32d05e; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(921, a0, 0xb2d05e00)
	CHECK_FLAGS(922, 0x0)
	/* fcvt.lu.s 0xffffffff4f000000 rm=rtz frm=None */
	li t0, 0xffffffff4f000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(923, a0, 0x80000000)
	CHECK_FLAGS(924, 0x0)
	/* fcvt.lu.s 0xffffffffcf000000 rm=rtz frm=None */
	li t0, 0xffffffffcf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(925, a0, 0x0)
	CHECK_FLAGS(926, 0x10)
	/* fcvt.lu.s 0xffffffff5f000000 rm=rtz frm=None */
	li t0, 0xffffffff5f000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(927, a0, 0x8000000000000000)
	CHECK_FLAGS(928, 0x0)
	/* fcvt.lu.s 0xffffffff5f800000 rm=rtz frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(929, a0, 0xffffffffffffffff)
	CHECK_FLAGS(930, 0x10)
	/* fcvt.lu.s 0xffffffffdf000000 rm=rtz frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(931, a0, 0x0)
	CHECK_FLAGS(932, 0x10)
	/* fcvt.lu.s 0xffffffff4b800001 rm=rtz frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(933, a0, 0x1000002)
	CHECK_FLAGS(934, 0x0)
	/* fcvt.lu.s 0xffffffff3f7fffff rm=rtz frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(935, a0, 0x0)
	CHECK_FLAGS(936, 0x1)
	/* fcvt.lu.s 0x3f800000 rm=rtz frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(937, a0, 0xffffffffffffffff)
	CHECK_FLAGS(938, 0x10)
	/* fcvt.lu.s 0x7fc0000000000000 rm=rtz frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(939, a0, 0xffffffffffffffff)
	CHECK_FLAGS(940, 0x10)
	/* fcvt.lu.s 0xffffffff3f800000 rm=rne frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(941, a0, 0x1)
	CHECK_FLAGS(942, 0x0)
	/* fcvt.lu.s 0xffffffffbf800000 rm=rne frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(943, a0, 0x0)
	CHECK_FLAGS(944, 0x10)
	/* fcvt.lu.s 0xffffffff3fc00000 rm=rne frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(945, a0, 0x2)
	CHECK_FLAGS(946, 0x1)
	/* fcvt.lu.s 0xffffffff40200000 rm=rne frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(947, a0, 0x2)
	CHECK_FLAGS(948, 0x1)
	/* fcvt.lu.s 0xffffffffc0200000 rm=rne frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(949, a0, 0x0)
	CHECK_FLAGS(950, 0x10)
	/* fcvt.lu.s 0xffffffff3f000000 rm=rne frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(951, a0, 0x0)
	CHECK_FLAGS(952, 0x1)
	/* fcvt.lu.s 0xffffffffbf000000 rm=rne frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(953, a0, 0x0)
	CHECK_FLAGS(954, 0x1)
	/* fcvt.lu.s 0xffffffff7f7fffff rm=rne frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(955, a0, 0xffffffffffffffff)
	CHECK_FLAGS(956, 0x10)
	/* fcvt.lu.s 0xffffffff5f800000 rm=rne frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(957, a0, 0xffffffffffffffff)
	CHECK_FLAGS(958, 0x10)
	/* fcvt.lu.s 0xffffffffdf000000 rm=rne frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(959, a0, 0x0)
	CHECK_FLAGS(960, 0x10)
	/* fcvt.lu.s 0xffffffff4b800001 rm=rne frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(961, a0, 0x1000002)
	CHECK_FLAGS(962, 0x0)
	/* fcvt.lu.s 0xffffffff3f7fffff rm=rne frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(963, a0, 0x1)
	CHECK_FLAGS(964, 0x1)
	/* fcvt.lu.s 0x3f800000 rm=rne frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(965, a0, 0xffffffffffffffff)
	CHECK_FLAGS(966, 0x10)
	/* fcvt.lu.s 0x7fc0000000000000 rm=rne frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(967, a0, 0xffffffffffffffff)
	CHECK_FLAGS(968, 0x10)
	/* fcvt.lu.s 0xffffffff00e61140 rm=rne frm=None */
	li t0, 0xffffffff00e61140; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(969, a0, 0x0)
	CHECK_FLAGS(970, 0x1)
	/* fcvt.lu.s 0xffffffff00269fc8 rm=rne frm=None */
	li t0, 0xffffffff00269fc8; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(971, a0, 0x0)
	CHECK_FLAGS(972, 0x1)
	/* fcvt.lu.s 0xffffffff3f02649b rm=rne frm=None */
	li t0, 0xffffffff3f02649b; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(973, a0, 0x1)
	CHECK_FLAGS(974, 0x1)
	/* fcvt.lu.s 0xffffffff40107dcf rm=rne frm=None */
	li t0, 0xffffffff40107dcf; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(975, a0, 0x2)
	CHECK_FLAGS(976, 0x1)
	/* fcvt.lu.s 0xffffffffff67304c rm=rne frm=None */
	li t0, 0xffffffffff67304c; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(977, a0, 0x0)
	CHECK_FLAGS(978, 0x10)
	/* fcvt.lu.s 0xffffffff40740000 rm=rne frm=None */
	li t0, 0xffffffff40740000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rne
	CHECK(979, a0, 0x4)
	CHECK_FLAGS(980, 0x1)
	/* fcvt.lu.s 0xffffffff3f800000 rm=rtz frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(981, a0, 0x1)
	CHECK_FLAGS(982, 0x0)
	/* fcvt.lu.s 0xffffffffbf800000 rm=rtz frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(983, a0, 0x0)
	CHECK_FLAGS(984, 0x10)
	/* fcvt.lu.s 0xffffffff3fc00000 rm=rtz frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(985, a0, 0x1)
	CHECK_FLAGS(986, 0x1)
	/* fcvt.lu.s 0xffffffff40200000 rm=rtz frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(987, a0, 0x2)
	CHECK_FLAGS(988, 0x1)
	/* fcvt.lu.s 0xffffffffc0200000 rm=rtz frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(989, a0, 0x0)
	CHECK_FLAGS(990, 0x10)
	/* fcvt.lu.s 0xffffffff3f000000 rm=rtz frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(991, a0, 0x0)
	CHECK_FLAGS(992, 0x1)
	/* fcvt.lu.s 0xffffffffbf000000 rm=rtz frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(993, a0, 0x0)
	CHECK_FLAGS(994, 0x1)
	/* fcvt.lu.s 0xffffffff7f7fffff rm=rtz frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(995, a0, 0xffffffffffffffff)
	CHECK_FLAGS(996, 0x10)
	/* fcvt.lu.s 0xffffffff5f800000 rm=rtz frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(997, a0, 0xffffffffffffffff)
	CHECK_FLAGS(998, 0x10)
	/* fcvt.lu.s 0xffffffffdf000000 rm=rtz frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(999, a0, 0x0)
	CHECK_FLAGS(1000, 0x10)
	/* fcvt.lu.s 0xffffffff4b800001 rm=rtz frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(1001, a0, 0x1000002)
	CHECK_FLAGS(1002, 0x0)
	/* fcvt.lu.s 0xffffffff3f7fffff rm=rtz frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(1003, a0, 0x0)
	CHECK_FLAGS(1004, 0x1)
	/* fcvt.lu.s 0x3f800000 rm=rtz frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(1005, a0, 0xffffffffffffffff)
	CHECK_FLAGS(1006, 0x10)
	/* fcvt.lu.s 0x7fc0000000000000 rm=rtz frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(1007, a0, 0xffffffffffffffff)
	CHECK_FLAGS(1008, 0x10)
	/* fcvt.lu.s 0xffffffffc9e0d273 rm=rtz frm=None */
	li t0, 0xffffffffc9e0d273; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(1009, a0, 0x0)
	CHECK_FLAGS(1010, 0x10)
	/* fcvt.lu.s 0xffffffff80cbe7ae rm=rtz frm=None */
	li t0, 0xffffffff80cbe7ae; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(1011, a0, 0x0)
	CHECK_FLAGS(1012, 0x1)
	/* fcvt.lu.s 0xffffffff7f4c0000 rm=rtz frm=None */
	li t0, 0xffffffff7f4c0000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(1013, a0, 0xffffffffffffffff)
	CHECK_FLAGS(1014, 0x10)
	/* fcvt.lu.s 0xffffffff80103222 rm=rtz frm=None */
	li t0, 0xffffffff80103222; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(1015, a0, 0x0)
	CHECK_FLAGS(1016, 0x1)
	/* fcvt.lu.s 0xffffffff80be5f69 rm=rtz frm=None */
	li t0, 0xffffffff80be5f69; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(1017, a0, 0x0)
	CHECK_FLAGS(1018, 0x1)
	/* fcvt.lu.s 0xffffffff3fc00000 rm=rtz frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rtz
	CHECK(1019, a0, 0x1)
	CHECK_FLAGS(1020, 0x1)
	/* fcvt.lu.s 0xffffffff3f800000 rm=rdn frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(1021, a0, 0x1)
	CHECK_FLAGS(1022, 0x0)
	/* fcvt.lu.s 0xffffffffbf800000 rm=rdn frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(1023, a0, 0x0)
	CHECK_FLAGS(1024, 0x10)
	/* fcvt.lu.s 0xffffffff3fc00000 rm=rdn frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(1025, a0, 0x1)
	CHECK_FLAGS(1026, 0x1)
	/* fcvt.lu.s 0xffffffff40200000 rm=rdn frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(1027, a0, 0x2)
	CHECK_FLAGS(1028, 0x1)
	/* fcvt.lu.s 0xffffffffc0200000 rm=rdn frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(1029, a0, 0x0)
	CHECK_FLAGS(1030, 0x10)
	/* fcvt.lu.s 0xffffffff3f000000 rm=rdn frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(1031, a0, 0x0)
	CHECK_FLAGS(1032, 0x1)
	/* fcvt.lu.s 0xffffffffbf000000 rm=rdn frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(1033, a0, 0x0)
	CHECK_FLAGS(1034, 0x10)
	/* fcvt.lu.s 0xffffffff7f7fffff rm=rdn frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(1035, a0, 0xffffffffffffffff)
	CHECK_FLAGS(1036, 0x10)
	/* fcvt.lu.s 0xffffffff5f800000 rm=rdn frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(1037, a0, 0xffffffffffffffff)
	CHECK_FLAGS(1038, 0x10)
	/* fcvt.lu.s 0xffffffffdf000000 rm=rdn frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(1039, a0, 0x0)
	CHECK_FLAGS(1040, 0x10)
	/* fcvt.lu.s 0xffffffff4b800001 rm=rdn frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(1041, a0, 0x1000002)
	CHECK_FLAGS(1042, 0x0)
	/* fcvt.lu.s 0xffffffff3f7fffff rm=rdn frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(1043, a0, 0x0)
	CHECK_FLAGS(1044, 0x1)
	/* fcvt.lu.s 0x3f800000 rm=rdn frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(1045, a0, 0xffffffffffffffff)
	CHECK_FLAGS(1046, 0x10)
	/* fcvt.lu.s 0x7fc0000000000000 rm=rdn frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(1047, a0, 0xffffffffffffffff)
	CHECK_FLAGS(1048, 0x10)
	/* fcvt.lu.s 0xffffffffa181d03f rm=rdn frm=None */
	li t0, 0xffffffffa181d03f; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(1049, a0, 0x0)
	CHECK_FLAGS(1050, 0x10)
	/* fcvt.lu.s 0xffffffffc992e413 rm=rdn frm=None */
	li t0, 0xffffffffc992e413; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(1051, a0, 0x0)
	CHECK_FLAGS(1052, 0x10)
	/* fcvt.lu.s 0xffffffffff19d5f5 rm=rdn frm=None */
	li t0, 0xffffffffff19d5f5; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(1053, a0, 0x0)
	CHECK_FLAGS(1054, 0x10)
	/* fcvt.lu.s 0xffffffffc9e244ac rm=rdn frm=None */
	li t0, 0xffffffffc9e244ac; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(1055, a0, 0x0)
	CHECK_FLAGS(1056, 0x10)
	/* fcvt.lu.s 0xffffffff3f0b7c55 rm=rdn frm=None */
	li t0, 0xffffffff3f0b7c55; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(1057, a0, 0x0)
	CHECK_FLAGS(1058, 0x1)
	/* fcvt.lu.s 0xffffffff801c1c8e rm=rdn frm=None */
	li t0, 0xffffffff801c1c8e; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rdn
	CHECK(1059, a0, 0x0)
	CHECK_FLAGS(1060, 0x10)
	/* fcvt.lu.s 0xffffffff3f800000 rm=rup frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(1061, a0, 0x1)
	CHECK_FLAGS(1062, 0x0)
	/* fcvt.lu.s 0xffffffffbf800000 rm=rup frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(1063, a0, 0x0)
	CHECK_FLAGS(1064, 0x10)
	/* fcvt.lu.s 0xffffffff3fc00000 rm=rup frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(1065, a0, 0x2)
	CHECK_FLAGS(1066, 0x1)
	/* fcvt.lu.s 0xffffffff40200000 rm=rup frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(1067, a0, 0x3)
	CHECK_FLAGS(1068, 0x1)
	/* fcvt.lu.s 0xffffffffc0200000 rm=rup frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(1069, a0, 0x0)
	CHECK_FLAGS(1070, 0x10)
	/* fcvt.lu.s 0xffffffff3f000000 rm=rup frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(1071, a0, 0x1)
	CHECK_FLAGS(1072, 0x1)
	/* fcvt.lu.s 0xffffffffbf000000 rm=rup frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(1073, a0, 0x0)
	CHECK_FLAGS(1074, 0x1)
	/* fcvt.lu.s 0xffffffff7f7fffff rm=rup frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(1075, a0, 0xffffffffffffffff)
	CHECK_FLAGS(1076, 0x10)
	/* fcvt.lu.s 0xffffffff5f800000 rm=rup frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(1077, a0, 0xffffffffffffffff)
	CHECK_FLAGS(1078, 0x10)
	/* fcvt.lu.s 0xffffffffdf000000 rm=rup frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(1079, a0, 0x0)
	CHECK_FLAGS(1080, 0x10)
	/* fcvt.lu.s 0xffffffff4b800001 rm=rup frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(1081, a0, 0x1000002)
	CHECK_FLAGS(1082, 0x0)
	/* fcvt.lu.s 0xffffffff3f7fffff rm=rup frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(1083, a0, 0x1)
	CHECK_FLAGS(1084, 0x1)
	/* fcvt.lu.s 0x3f800000 rm=rup frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(1085, a0, 0xffffffffffffffff)
	CHECK_FLAGS(1086, 0x10)
	/* fcvt.lu.s 0x7fc0000000000000 rm=rup frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(1087, a0, 0xffffffffffffffff)
	CHECK_FLAGS(1088, 0x10)
	/* fcvt.lu.s 0xffffffff407504a5 rm=rup frm=None */
	li t0, 0xffffffff407504a5; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(1089, a0, 0x4)
	CHECK_FLAGS(1090, 0x1)
	/* fcvt.lu.s 0xffffffff7f5f7b3e rm=rup frm=None */
	li t0, 0xffffffff7f5f7b3e; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(1091, a0, 0xffffffffffffffff)
	CHECK_FLAGS(1092, 0x10)
	/* fcvt.lu.s 0xffffffffae259112 rm=rup frm=None */
	li t0, 0xffffffffae259112; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(1093, a0, 0x0)
	CHECK_FLAGS(1094, 0x1)
	/* fcvt.lu.s 0xffffffff80d00000 rm=rup frm=None */
	li t0, 0xffffffff80d00000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(1095, a0, 0x0)
	CHECK_FLAGS(1096, 0x1)
	/* fcvt.lu.s 0xffffffffb588d984 rm=rup frm=None */
	li t0, 0xffffffffb588d984; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(1097, a0, 0x0)
	CHECK_FLAGS(1098, 0x1)
	/* fcvt.lu.s 0xffffffff80601f48 rm=rup frm=None */
	li t0, 0xffffffff80601f48; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rup
	CHECK(1099, a0, 0x0)
	CHECK_FLAGS(1100, 0x1)
	/* fcvt.lu.s 0xffffffff3f800000 rm=rmm frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(1101, a0, 0x1)
	CHECK_FLAGS(1102, 0x0)
	/* fcvt.lu.s 0xffffffffbf800000 rm=rmm frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(1103, a0, 0x0)
	CHECK_FLAGS(1104, 0x10)
	/* fcvt.lu.s 0xffffffff3fc00000 rm=rmm frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(1105, a0, 0x2)
	CHECK_FLAGS(1106, 0x1)
	/* fcvt.lu.s 0xffffffff40200000 rm=rmm frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(1107, a0, 0x3)
	CHECK_FLAGS(1108, 0x1)
	/* fcvt.lu.s 0xffffffffc0200000 rm=rmm frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(1109, a0, 0x0)
	CHECK_FLAGS(1110, 0x10)
	/* fcvt.lu.s 0xffffffff3f000000 rm=rmm frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(1111, a0, 0x1)
	CHECK_FLAGS(1112, 0x1)
	/* fcvt.lu.s 0xffffffffbf000000 rm=rmm frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(1113, a0, 0x0)
	CHECK_FLAGS(1114, 0x10)
	/* fcvt.lu.s 0xffffffff7f7fffff rm=rmm frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(1115, a0, 0xffffffffffffffff)
	CHECK_FLAGS(1116, 0x10)
	/* fcvt.lu.s 0xffffffff5f800000 rm=rmm frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(1117, a0, 0xffffffffffffffff)
	CHECK_FLAGS(1118, 0x10)
	/* fcvt.lu.s 0xffffffffdf000000 rm=rmm frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(1119, a0, 0x0)
	CHECK_FLAGS(1120, 0x10)
	/* fcvt.lu.s 0xffffffff4b800001 rm=rmm frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(1121, a0, 0x1000002)
	CHECK_FLAGS(1122, 0x0)
	/* fcvt.lu.s 0xffffffff3f7fffff rm=rmm frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(1123, a0, 0x1)
	CHECK_FLAGS(1124, 0x1)
	/* fcvt.lu.s 0x3f800000 rm=rmm frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(1125, a0, 0xffffffffffffffff)
	CHECK_FLAGS(1126, 0x10)
	/* fcvt.lu.s 0x7fc0000000000000 rm=rmm frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(1127, a0, 0xffffffffffffffff)
	CHECK_FLAGS(1128, 0x10)
	/* fcvt.lu.s 0xffffffffff0a8a6a rm=rmm frm=None */
	li t0, 0xffffffffff0a8a6a; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(1129, a0, 0x0)
	CHECK_FLAGS(1130, 0x10)
	/* fcvt.lu.s 0xffffffff006c0000 rm=rmm frm=None */
	li t0, 0xffffffff006c0000; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(1131, a0, 0x0)
	CHECK_FLAGS(1132, 0x1)
	/* fcvt.lu.s 0xffffffff35e4eabb rm=rmm frm=None */
	li t0, 0xffffffff35e4eabb; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(1133, a0, 0x0)
	CHECK_FLAGS(1134, 0x1)
	/* fcvt.lu.s 0xffffffff7f2ca1d1 rm=rmm frm=None */
	li t0, 0xffffffff7f2ca1d1; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(1135, a0, 0xffffffffffffffff)
	CHECK_FLAGS(1136, 0x10)
	/* fcvt.lu.s 0xffffffff80527507 rm=rmm frm=None */
	li t0, 0xffffffff80527507; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(1137, a0, 0x0)
	CHECK_FLAGS(1138, 0x1)
	/* fcvt.lu.s 0xffffffffbf5eb3c3 rm=rmm frm=None */
	li t0, 0xffffffffbf5eb3c3; fmv.d.x f11, t0; fcvt.lu.s a0, f11, rmm
	CHECK(1139, a0, 0x0)
	CHECK_FLAGS(1140, 0x10)
	/* fcvt.lu.s 0xffffffffbf000000 rm=None frm=0 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 0; fcvt.lu.s a0, f11
	CHECK(1141, a0, 0x0)
	CHECK_FLAGS(1142, 0x1)
	/* fcvt.lu.s 0xffffffffc0200000 rm=None frm=0 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 0; fcvt.lu.s a0, f11
	CHECK(1143, a0, 0x0)
	CHECK_FLAGS(1144, 0x10)
	/* fcvt.lu.s 0xffffffffbf000000 rm=None frm=1 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 1; fcvt.lu.s a0, f11
	CHECK(1145, a0, 0x0)
	CHECK_FLAGS(1146, 0x1)
	/* fcvt.lu.s 0xffffffffc0200000 rm=None frm=1 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 1; fcvt.lu.s a0, f11
	CHECK(1147, a0, 0x0)
	CHECK_FLAGS(1148, 0x10)
	/* fcvt.lu.s 0xffffffffbf000000 rm=None frm=2 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 2; fcvt.lu.s a0, f11
	CHECK(1149, a0, 0x0)
	CHECK_FLAGS(1150, 0x10)
	/* fcvt.lu.s 0xffffffffc0200000 rm=None frm=2 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 2; fcvt.lu.s a0, f11
	CHECK(1151, a0, 0x0)
	CHECK_FLAGS(1152, 0x10)
	/* fcvt.lu.s 0xffffffffbf000000 rm=None frm=3 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 3; fcvt.lu.s a0, f11
	CHECK(1153, a0, 0x0)
	CHECK_FLAGS(1154, 0x1)
	/* fcvt.lu.s 0xffffffffc0200000 rm=None frm=3 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 3; fcvt.lu.s a0, f11
	CHECK(1155, a0, 0x0)
	CHECK_FLAGS(1156, 0x10)
	/* fcvt.lu.s 0xffffffffbf000000 rm=None frm=4 */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fsrmi 4; fcvt.lu.s a0, f11
	CHECK(1157, a0, 0x0)
	CHECK_FLAGS(1158, 0x10)
	/* fcvt.lu.s 0xffffffffc0200000 rm=None frm=4 */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fsrmi 4; fcvt.lu.s a0, f11
	CHECK(1159, a0, 0x0)
	CHECK_FLAGS(1160, 0x10)
	/* fcvt.s.w 0x0 rm=rne frm=None */
	li a1, 0x0; fcvt.s.w f10, a1, rne
	CHECK_F(1161, f10, 0xffffffff00000000)
	CHECK_FLAGS(1162, 0x0)
	/* fcvt.s.w 0x1 rm=rne frm=None */
	li a1, 0x1; fcvt.s.w f10, a1, rne
	CHECK_F(1163, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1164, 0x0)
	/* fcvt.s.w 0xffffffffffffffff rm=rne frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.w f10, a1, rne
	CHECK_F(1165, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1166, 0x0)
	/* fcvt.s.w 0x7fffffff rm=rne frm=None */
	li a1, 0x7fffffff; fcvt.s.w f10, a1, rne
	CHECK_F(1167, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1168, 0x1)
	/* fcvt.s.w 0x80000000 rm=rne frm=None */
	li a1, 0x80000000; fcvt.s.w f10, a1, rne
	CHECK_F(1169, f10, 0xffffffffcf000000)
	CHECK_FLAGS(1170, 0x0)
	/* fcvt.s.w 0xffffffff80000000 rm=rne frm=None */
	li a1, 0xffffffff80000000; fcvt.s.w f10, a1, rne
	CHECK_F(1171, f10, 0xffffffffcf000000)
	CHECK_FLAGS(1172, 0x0)
	/* fcvt.s.w 0xffffffff rm=rne frm=None */
	li a1, 0xffffffff; fcvt.s.w f10, a1, rne
	CHECK_F(1173, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1174, 0x0)
	/* fcvt.s.w 0x1000001 rm=rne frm=None */
	li a1, 0x1000001; fcvt.s.w f10, a1, rne
	CHECK_F(1175, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1176, 0x1)
	/* fcvt.s.w 0xfffffffffeffffff rm=rne frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.w f10, a1, rne
	CHECK_F(1177, f10, 0xffffffffcb800000)
	CHECK_FLAGS(1178, 0x1)
	/* fcvt.s.w 0x7fffffffffffffff rm=rne frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.w f10, a1, rne
	CHECK_F(1179, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1180, 0x0)
	/* fcvt.s.w 0x8000000000000000 rm=rne frm=None */
	li a1, 0x8000000000000000; fcvt.s.w f10, a1, rne
	CHECK_F(1181, f10, 0xffffffff00000000)
	CHECK_FLAGS(1182, 0x0)
	/* fcvt.s.w 0x20000001 rm=rne frm=None */
	li a1, 0x20000001; fcvt.s.w f10, a1, rne
	CHECK_F(1183, f10, 0xffffffff4e000000)
	CHECK_FLAGS(1184, 0x1)
	/* fcvt.s.w 0x123456789abcdef rm=rne frm=None */
	li a1, 0x123456789abcdef; fcvt.s.w f10, a1, rne
	CHECK_F(1185, f10, 0xffffffffceeca864)
	CHECK_FLAGS(1186, 0x1)
	/* fcvt.s.w 0xfffffffffffffffd rm=rne frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.w f10, a1, rne
	CHECK_F(1187, f10, 0xffffffffc0400000)
	CHECK_FLAGS(1188, 0x0)
	/* fcvt.s.w 0x100000001 rm=rne frm=None */
	li a1, 0x100000001; fcvt.s.w f10, a1, rne
	CHECK_F(1189, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1190, 0x0)
	/* fcvt.s.w 0x7ffffffffffffc00 rm=rne frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.w f10, a1, rne
	CHECK_F(1191, f10, 0xffffffffc4800000)
	CHECK_FLAGS(1192, 0x0)
	/* fcvt.s.w 0x7ffffffffffffe00 rm=rne frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.w f10, a1, rne
	CHECK_F(1193, f10, 0xffffffffc4000000)
	CHECK_FLAGS(1194, 0x0)
	/* fcvt.s.w 0x7ffffffffffffa01 rm=rne frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.w f10, a1, rne
	CHECK_F(1195, f10, 0xffffffffc4bfe000)
	CHECK_FLAGS(1196, 0x0)
	/* fcvt.s.w 0xffffffff01000001 rm=rne frm=None */
	li a1, 0xffffffff01000001; fcvt.s.w f10, a1, rne
	CHECK_F(1197, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1198, 0x1)
	/* fcvt.s.w 0x2000003 rm=rne frm=None */
	li a1, 0x2000003; fcvt.s.w f10, a1, rne
	CHECK_F(1199, f10, 0xffffffff4c000001)
	CHECK_FLAGS(1200, 0x1)
	/* fcvt.s.w 0xffffff7f rm=rne frm=None */
	li a1, 0xffffff7f; fcvt.s.w f10, a1, rne
	CHECK_F(1201, f10, 0xffffffffc3010000)
	CHECK_FLAGS(1202, 0x0)
	/* fcvt.s.w 0x0 rm=rtz frm=None */
	li a1, 0x0; fcvt.s.w f10, a1, rtz
	CHECK_F(1203, f10, 0xffffffff00000000)
	CHECK_FLAGS(1204, 0x0)
	/* fcvt.s.w 0x1 rm=rtz frm=None */
	li a1, 0x1; fcvt.s.w f10, a1, rtz
	CHECK_F(1205, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1206, 0x0)
	/* fcvt.s.w 0xffffffffffffffff rm=rtz frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.w f10, a1, rtz
	CHECK_F(1207, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1208, 0x0)
	/* fcvt.s.w 0x7fffffff rm=rtz frm=None */
	li a1, 0x7fffffff; fcvt.s.w f10, a1, rtz
	CHECK_F(1209, f10, 0xffffffff4effffff)
	CHECK_FLAGS(1210, 0x1)
	/* fcvt.s.w 0x80000000 rm=rtz frm=None */
	li a1, 0x80000000; fcvt.s.w f10, a1, rtz
	CHECK_F(1211, f10, 0xffffffffcf000000)
	CHECK_FLAGS(1212, 0x0)
	/* fcvt.s.w 0xffffffff80000000 rm=rtz frm=None */
	li a1, 0xffffffff80000000; fcvt.s.w f10, a1, rtz
	CHECK_F(1213, f10, 0xffffffffcf000000)
	CHECK_FLAGS(1214, 0x0)
	/* fcvt.s.w 0xffffffff rm=rtz frm=None */
	li a1, 0xffffffff; fcvt.s.w f10, a1, rtz
	CHECK_F(1215, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1216, 0x0)
	/* fcvt.s.w 0x1000001 rm=rtz frm=None */
	li a1, 0x1000001; fcvt.s.w f10, a1, rtz
	CHECK_F(1217, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1218, 0x1)
	/* fcvt.s.w 0xfffffffffeffffff rm=rtz frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.w f10, a1, rtz
	CHECK_F(1219, f10, 0xffffffffcb800000)
	CHECK_FLAGS(1220, 0x1)
	/* fcvt.s.w 0x7fffffffffffffff rm=rtz frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.w f10, a1, rtz
	CHECK_F(1221, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1222, 0x0)
	/* fcvt.s.w 0x8000000000000000 rm=rtz frm=None */
	li a1, 0x8000000000000000; fcvt.s.w f10, a1, rtz
	CHECK_F(1223, f10, 0xffffffff00000000)
	CHECK_FLAGS(1224, 0x0)
	/* fcvt.s.w 0x20000001 rm=rtz frm=None */
	li a1, 0x20000001; fcvt.s.w f10, a1, rtz
	CHECK_F(1225, f10, 0xffffffff4e000000)
	CHECK_FLAGS(1226, 0x1)
	/* fcvt.s.w 0x123456789abcdef rm=rtz frm=None */
	li a1, 0x123456789abcdef; fcvt.s.w f10, a1, rtz
	CHECK_F(1227, f10, 0xffffffffceeca864)
	CHECK_FLAGS(1228, 0x1)
	/* fcvt.s.w 0xfffffffffffffffd rm=rtz frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.w f10, a1, rtz
	CHECK_F(1229, f10, 0xffffffffc0400000)
	CHECK_FLAGS(1230, 0x0)
	/* fcvt.s.w 0x100000001 rm=rtz frm=None */
	li a1, 0x100000001; fcvt.s.w f10, a1, rtz
	CHECK_F(1231, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1232, 0x0)
	/* fcvt.s.w 0x7ffffffffffffc00 rm=rtz frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.w f10, a1, rtz
	CHECK_F(1233, f10, 0xffffffffc4800000)
	CHECK_FLAGS(1234, 0x0)
	/* fcvt.s.w 0x7ffffffffffffe00 rm=rtz frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.w f10, a1, rtz
	CHECK_F(1235, f10, 0xffffffffc4000000)
	CHECK_FLAGS(1236, 0x0)
	/* fcvt.s.w 0x7ffffffffffffa01 rm=rtz frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.w f10, a1, rtz
	CHECK_F(1237, f10, 0xffffffffc4bfe000)
	CHECK_FLAGS(1238, 0x0)
	/* fcvt.s.w 0xffffffff01000001 rm=rtz frm=None */
	li a1, 0xffffffff01000001; fcvt.s.w f10, a1, rtz
	CHECK_F(1239, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1240, 0x1)
	/* fcvt.s.w 0x2000003 rm=rtz frm=None */
	li a1, 0x2000003; fcvt.s.w f10, a1, rtz
	CHECK_F(1241, f10, 0xffffffff4c000000)
	CHECK_FLAGS(1242, 0x1)
	/* fcvt.s.w 0xffffff7f rm=rtz frm=None */
	li a1, 0xffffff7f; fcvt.s.w f10, a1, rtz
	CHECK_F(1243, f10, 0xffffffffc3010000)
	CHECK_FLAGS(1244, 0x0)
	/* fcvt.s.w 0x0 rm=rdn frm=None */
	li a1, 0x0; fcvt.s.w f10, a1, rdn
	CHECK_F(1245, f10, 0xffffffff00000000)
	CHECK_FLAGS(1246, 0x0)
	/* fcvt.s.w 0x1 rm=rdn frm=None */
	li a1, 0x1; fcvt.s.w f10, a1, rdn
	CHECK_F(1247, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1248, 0x0)
	/* fcvt.s.w 0xffffffffffffffff rm=rdn frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.w f10, a1, rdn
	CHECK_F(1249, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1250, 0x0)
	/* fcvt.s.w 0x7fffffff rm=rdn frm=None */
	li a1, 0x7fffffff; fcvt.s.w f10, a1, rdn
	CHECK_F(1251, f10, 0xffffffff4effffff)
	CHECK_FLAGS(1252, 0x1)
	/* fcvt.s.w 0x80000000 rm=rdn frm=None */
	li a1, 0x80000000; fcvt.s.w f10, a1, rdn
	CHECK_F(1253, f10, 0xffffffffcf000000)
	CHECK_FLAGS(1254, 0x0)
	/* fcvt.s.w 0xffffffff80000000 rm=rdn frm=None */
	li a1, 0xffffffff80000000; fcvt.s.w f10, a1, rdn
	CHECK_F(1255, f10, 0xffffffffcf000000)
	CHECK_FLAGS(1256, 0x0)
	/* fcvt.s.w 0xffffffff rm=rdn frm=None */
	li a1, 0xffffffff; fcvt.s.w f10, a1, rdn
	CHECK_F(1257, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1258, 0x0)
	/* fcvt.s.w 0x1000001 rm=rdn frm=None */
	li a1, 0x1000001; fcvt.s.w f10, a1, rdn
	CHECK_F(1259, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1260, 0x1)
	/* fcvt.s.w 0xfffffffffeffffff rm=rdn frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.w f10, a1, rdn
	CHECK_F(1261, f10, 0xffffffffcb800001)
	CHECK_FLAGS(1262, 0x1)
	/* fcvt.s.w 0x7fffffffffffffff rm=rdn frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.w f10, a1, rdn
	CHECK_F(1263, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1264, 0x0)
	/* fcvt.s.w 0x8000000000000000 rm=rdn frm=None */
	li a1, 0x8000000000000000; fcvt.s.w f10, a1, rdn
	CHECK_F(1265, f10, 0xffffffff00000000)
	CHECK_FLAGS(1266, 0x0)
	/* fcvt.s.w 0x20000001 rm=rdn frm=None */
	li a1, 0x20000001; fcvt.s.w f10, a1, rdn
	CHECK_F(1267, f10, 0xffffffff4e000000)
	CHECK_FLAGS(1268, 0x1)
	/* fcvt.s.w 0x123456789abcdef rm=rdn frm=None */
	li a1, 0x123456789abcdef; fcvt.s.w f10, a1, rdn
	CHECK_F(1269, f10, 0xffffffffceeca865)
	CHECK_FLAGS(1270, 0x1)
	/* fcvt.s.w 0xfffffffffffffffd rm=rdn frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.w f10, a1, rdn
	CHECK_F(1271, f10, 0xffffffffc0400000)
	CHECK_FLAGS(1272, 0x0)
	/* fcvt.s.w 0x100000001 rm=rdn frm=None */
	li a1, 0x100000001; fcvt.s.w f10, a1, rdn
	CHECK_F(1273, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1274, 0x0)
	/* fcvt.s.w 0x7ffffffffffffc00 rm=rdn frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.w f10, a1, rdn
	CHECK_F(1275, f10, 0xffffffffc4800000)
	CHECK_FLAGS(1276, 0x0)
	/* fcvt.s.w 0x7ffffffffffffe00 rm=rdn frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.w f10, a1, rdn
	CHECK_F(1277, f10, 0xffffffffc4000000)
	CHECK_FLAGS(1278, 0x0)
	/* fcvt.s.w 0x7ffffffffffffa01 rm=rdn frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.w f10, a1, rdn
	CHECK_F(1279, f10, 0xffffffffc4bfe000)
	CHECK_FLAGS(1280, 0x0)
	/* fcvt.s.w 0xffffffff01000001 rm=rdn frm=None */
	li a1, 0xffffffff01000001; fcvt.s.w f10, a1, rdn
	CHECK_F(1281, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1282, 0x1)
	/* fcvt.s.w 0x2000003 rm=rdn frm=None */
	li a1, 0x2000003; fcvt.s.w f10, a1, rdn
	CHECK_F(1283, f10, 0xffffffff4c000000)
	CHECK_FLAGS(1284, 0x1)
	/* fcvt.s.w 0xffffff7f rm=rdn frm=None */
	li a1, 0xffffff7f; fcvt.s.w f10, a1, rdn
	CHECK_F(1285, f10, 0xffffffffc3010000)
	CHECK_FLAGS(1286, 0x0)
	/* fcvt.s.w 0x0 rm=rup frm=None */
	li a1, 0x0; fcvt.s.w f10, a1, rup
	CHECK_F(1287, f10, 0xffffffff00000000)
	CHECK_FLAGS(1288, 0x0)
	/* fcvt.s.w 0x1 rm=rup frm=None */
	li a1, 0x1; fcvt.s.w f10, a1, rup
	CHECK_F(1289, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1290, 0x0)
	/* fcvt.s.w 0xffffffffffffffff rm=rup frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.w f10, a1, rup
	CHECK_F(1291, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1292, 0x0)
	/* fcvt.s.w 0x7fffffff rm=rup frm=None */
	li a1, 0x7fffffff; fcvt.s.w f10, a1, rup
	CHECK_F(1293, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1294, 0x1)
	/* fcvt.s.w 0x80000000 rm=rup frm=None */
	li a1, 0x80000000; fcvt.s.w f10, a1, rup
	CHECK_F(1295, f10, 0xffffffffcf000000)
	CHECK_FLAGS(1296, 0x0)
	/* fcvt.s.w 0xffffffff80000000 rm=rup frm=None */
	li a1, 0xffffffff80000000; fcvt.s.w f10, a1, rup
	CHECK_F(1297, f10, 0xffffffffcf000000)
	CHECK_FLAGS(1298, 0x0)
	/* fcvt.s.w 0xffffffff rm=rup frm=None */
	li a1, 0xffffffff; fcvt.s.w f10, a1, rup
	CHECK_F(1299, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1300, 0x0)
	/* fcvt.s.w 0x1000001 rm=rup frm=None */
	li a1, 0x1000001; fcvt.s.w f10, a1, rup
	CHECK_F(1301, f10, 0xffffffff4b800001)
	CHECK_FLAGS(1302, 0x1)
	/* fcvt.s.w 0xfffffffffeffffff rm=rup frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.w f10, a1, rup
	CHECK_F(1303, f10, 0xffffffffcb800000)
	CHECK_FLAGS(1304, 0x1)
	/* fcvt.s.w 0x7fffffffffffffff rm=rup frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.w f10, a1, rup
	CHECK_F(1305, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1306, 0x0)
	/* fcvt.s.w 0x8000000000000000 rm=rup frm=None */
	li a1, 0x8000000000000000; fcvt.s.w f10, a1, rup
	CHECK_F(1307, f10, 0xffffffff00000000)
	CHECK_FLAGS(1308, 0x0)
	/* fcvt.s.w 0x20000001 rm=rup frm=None */
	li a1, 0x20000001; fcvt.s.w f10, a1, rup
	CHECK_F(1309, f10, 0xffffffff4e000001)
	CHECK_FLAGS(1310, 0x1)
	/* fcvt.s.w 0x123456789abcdef rm=rup frm=None */
	li a1, 0x123456789abcdef; fcvt.s.w f10, a1, rup
	CHECK_F(1311, f10, 0xffffffffceeca864)
	CHECK_FLAGS(1312, 0x1)
	/* fcvt.s.w 0xfffffffffffffffd rm=rup frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.w f10, a1, rup
	CHECK_F(1313, f10, 0xffffffffc0400000)
	CHECK_FLAGS(1314, 0x0)
	/* fcvt.s.w 0x100000001 rm=rup frm=None */
	li a1, 0x100000001; fcvt.s.w f10, a1, rup
	CHECK_F(1315, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1316, 0x0)
	/* fcvt.s.w 0x7ffffffffffffc00 rm=rup frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.w f10, a1, rup
	CHECK_F(1317, f10, 0xffffffffc4800000)
	CHECK_FLAGS(1318, 0x0)
	/* fcvt.s.w 0x7ffffffffffffe00 rm=rup frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.w f10, a1, rup
	CHECK_F(1319, f10, 0xffffffffc4000000)
	CHECK_FLAGS(1320, 0x0)
	/* fcvt.s.w 0x7ffffffffffffa01 rm=rup frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.w f10, a1, rup
	CHECK_F(1321, f10, 0xffffffffc4bfe000)
	CHECK_FLAGS(1322, 0x0)
	/* fcvt.s.w 0xffffffff01000001 rm=rup frm=None */
	li a1, 0xffffffff01000001; fcvt.s.w f10, a1, rup
	CHECK_F(1323, f10, 0xffffffff4b800001)
	CHECK_FLAGS(1324, 0x1)
	/* fcvt.s.w 0x2000003 rm=rup frm=None */
	li a1, 0x2000003; fcvt.s.w f10, a1, rup
	CHECK_F(1325, f10, 0xffffffff4c000001)
	CHECK_FLAGS(1326, 0x1)
	/* fcvt.s.w 0xffffff7f rm=rup frm=None */
	li a1, 0xffffff7f; fcvt.s.w f10, a1, rup
	CHECK_F(1327, f10, 0xffffffffc3010000)
	CHECK_FLAGS(1328, 0x0)
	/* fcvt.s.w 0x0 rm=rmm frm=None */
	li a1, 0x0; fcvt.s.w f10, a1, rmm
	CHECK_F(1329, f10, 0xffffffff00000000)
	CHECK_FLAGS(1330, 0x0)
	/* fcvt.s.w 0x1 rm=rmm frm=None */
	li a1, 0x1; fcvt.s.w f10, a1, rmm
	CHECK_F(1331, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1332, 0x0)
	/* fcvt.s.w 0xffffffffffffffff rm=rmm frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.w f10, a1, rmm
	CHECK_F(1333, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1334, 0x0)
	/* fcvt.s.w 0x7fffffff rm=rmm frm=None */
	li a1, 0x7fffffff; fcvt.s.w f10, a1, rmm
	CHECK_F(1335, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1336, 0x1)
	/* fcvt.s.w 0x80000000 rm=rmm frm=None */
	li a1, 0x80000000; fcvt.s.w f10, a1, rmm
	CHECK_F(1337, f10, 0xffffffffcf000000)
	CHECK_FLAGS(1338, 0x0)
	/* fcvt.s.w 0xffffffff80000000 rm=rmm frm=None */
	li a1, 0xffffffff80000000; fcvt.s.w f10, a1, rmm
	CHECK_F(1339, f10, 0xffffffffcf000000)
	CHECK_FLAGS(1340, 0x0)
	/* fcvt.s.w 0xffffffff rm=rmm frm=None */
	li a1, 0xffffffff; fcvt.s.w f10, a1, rmm
	CHECK_F(1341, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1342, 0x0)
	/* fcvt.s.w 0x1000001 rm=rmm frm=None */
	li a1, 0x1000001; fcvt.s.w f10, a1, rmm
	CHECK_F(1343, f10, 0xffffffff4b800001)
	CHECK_FLAGS(1344, 0x1)
	/* fcvt.s.w 0xfffffffffeffffff rm=rmm frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.w f10, a1, rmm
	CHECK_F(1345, f10, 0xffffffffcb800001)
	CHECK_FLAGS(1346, 0x1)
	/* fcvt.s.w 0x7fffffffffffffff rm=rmm frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.w f10, a1, rmm
	CHECK_F(1347, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1348, 0x0)
	/* fcvt.s.w 0x8000000000000000 rm=rmm frm=None */
	li a1, 0x8000000000000000; fcvt.s.w f10, a1, rmm
	CHECK_F(1349, f10, 0xffffffff00000000)
	CHECK_FLAGS(1350, 0x0)
	/* fcvt.s.w 0x20000001 rm=rmm frm=None */
	li a1, 0x20000001; fcvt.s.w f10, a1, rmm
	CHECK_F(1351, f10, 0xffffffff4e000000)
	CHECK_FLAGS(1352, 0x1)
	/* fcvt.s.w 0x123456789abcdef rm=rmm frm=None */
	li a1, 0x123456789abcdef; fcvt.s.w f10, a1, rmm
	CHECK_F(1353, f10, 0xffffffffceeca864)
	CHECK_FLAGS(1354, 0x1)
	/* fcvt.s.w 0xfffffffffffffffd rm=rmm frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.w f10, a1, rmm
	CHECK_F(1355, f10, 0xffffffffc0400000)
	CHECK_FLAGS(1356, 0x0)
	/* fcvt.s.w 0x100000001 rm=rmm frm=None */
	li a1, 0x100000001; fcvt.s.w f10, a1, rmm
	CHECK_F(1357, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1358, 0x0)
	/* fcvt.s.w 0x7ffffffffffffc00 rm=rmm frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.w f10, a1, rmm
	CHECK_F(1359, f10, 0xffffffffc4800000)
	CHECK_FLAGS(1360, 0x0)
	/* fcvt.s.w 0x7ffffffffffffe00 rm=rmm frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.w f10, a1, rmm
	CHECK_F(1361, f10, 0xffffffffc4000000)
	CHECK_FLAGS(1362, 0x0)
	/* fcvt.s.w 0x7ffffffffffffa01 rm=rmm frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.w f10, a1, rmm
	CHECK_F(1363, f10, 0xffffffffc4bfe000)
	CHECK_FLAGS(1364, 0x0)
	/* fcvt.s.w 0xffffffff01000001 rm=rmm frm=None */
	li a1, 0xffffffff01000001; fcvt.s.w f10, a1, rmm
	CHECK_F(1365, f10, 0xffffffff4b800001)
	CHECK_FLAGS(1366, 0x1)
	/* fcvt.s.w 0x2000003 rm=rmm frm=None */
	li a1, 0x2000003; fcvt.s.w f10, a1, rmm
	CHECK_F(1367, f10, 0xffffffff4c000001)
	CHECK_FLAGS(1368, 0x1)
	/* fcvt.s.w 0xffffff7f rm=rmm frm=None */
	li a1, 0xffffff7f; fcvt.s.w f10, a1, rmm
	CHECK_F(1369, f10, 0xffffffffc3010000)
	CHECK_FLAGS(1370, 0x0)
	/* fcvt.s.w 0x1000001 rm=None frm=0 */
	li a1, 0x1000001; fsrmi 0; fcvt.s.w f10, a1
	CHECK_F(1371, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1372, 0x1)
	/* fcvt.s.w 0x1000001 rm=None frm=1 */
	li a1, 0x1000001; fsrmi 1; fcvt.s.w f10, a1
	CHECK_F(1373, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1374, 0x1)
	/* fcvt.s.w 0x1000001 rm=None frm=2 */
	li a1, 0x1000001; fsrmi 2; fcvt.s.w f10, a1
	CHECK_F(1375, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1376, 0x1)
	/* fcvt.s.w 0x1000001 rm=None frm=3 */
	li a1, 0x1000001; fsrmi 3; fcvt.s.w f10, a1
	CHECK_F(1377, f10, 0xffffffff4b800001)
	CHECK_FLAGS(1378, 0x1)
	/* fcvt.s.w 0x1000001 rm=None frm=4 */
	li a1, 0x1000001; fsrmi 4; fcvt.s.w f10, a1
	CHECK_F(1379, f10, 0xffffffff4b800001)
	CHECK_FLAGS(1380, 0x1)
	/* fcvt.s.wu 0x0 rm=rne frm=None */
	li a1, 0x0; fcvt.s.wu f10, a1, rne
	CHECK_F(1381, f10, 0xffffffff00000000)
	CHECK_FLAGS(1382, 0x0)
	/* fcvt.s.wu 0x1 rm=rne frm=None */
	li a1, 0x1; fcvt.s.wu f10, a1, rne
	CHECK_F(1383, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1384, 0x0)
	/* fcvt.s.wu 0xffffffffffffffff rm=rne frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.wu f10, a1, rne
	CHECK_F(1385, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1386, 0x1)
	/* fcvt.s.wu 0x7fffffff rm=rne frm=None */
	li a1, 0x7fffffff; fcvt.s.wu f10, a1, rne
	CHECK_F(1387, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1388, 0x1)
	/* fcvt.s.wu 0x80000000 rm=rne frm=None */
	li a1, 0x80000000; fcvt.s.wu f10, a1, rne
	CHECK_F(1389, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1390, 0x0)
	/* fcvt.s.wu 0xffffffff80000000 rm=rne frm=None */
	li a1, 0xffffffff80000000; fcvt.s.wu f10, a1, rne
	CHECK_F(1391, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1392, 0x0)
	/* fcvt.s.wu 0xffffffff rm=rne frm=None */
	li a1, 0xffffffff; fcvt.s.wu f10, a1, rne
	CHECK_F(1393, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1394, 0x1)
	/* fcvt.s.wu 0x1000001 rm=rne frm=None */
	li a1, 0x1000001; fcvt.s.wu f10, a1, rne
	CHECK_F(1395, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1396, 0x1)
	/* fcvt.s.wu 0xfffffffffeffffff rm=rne frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.wu f10, a1, rne
	CHECK_F(1397, f10, 0xffffffff4f7f0000)
	CHECK_FLAGS(1398, 0x1)
	/* fcvt.s.wu 0x7fffffffffffffff rm=rne frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.wu f10, a1, rne
	CHECK_F(1399, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1400, 0x1)
	/* fcvt.s.wu 0x8000000000000000 rm=rne frm=None */
	li a1, 0x8000000000000000; fcvt.s.wu f10, a1, rne
	CHECK_F(1401, f10, 0xffffffff00000000)
	CHECK_FLAGS(1402, 0x0)
	/* fcvt.s.wu 0x20000001 rm=rne frm=None */
	li a1, 0x20000001; fcvt.s.wu f10, a1, rne
	CHECK_F(1403, f10, 0xffffffff4e000000)
	CHECK_FLAGS(1404, 0x1)
	/* fcvt.s.wu 0x123456789abcdef rm=rne frm=None */
	li a1, 0x123456789abcdef; fcvt.s.wu f10, a1, rne
	CHECK_F(1405, f10, 0xffffffff4f09abce)
	CHECK_FLAGS(1406, 0x1)
	/* fcvt.s.wu 0xfffffffffffffffd rm=rne frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.wu f10, a1, rne
	CHECK_F(1407, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1408, 0x1)
	/* fcvt.s.wu 0x100000001 rm=rne frm=None */
	li a1, 0x100000001; fcvt.s.wu f10, a1, rne
	CHECK_F(1409, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1410, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffc00 rm=rne frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.wu f10, a1, rne
	CHECK_F(1411, f10, 0xffffffff4f7ffffc)
	CHECK_FLAGS(1412, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffe00 rm=rne frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.wu f10, a1, rne
	CHECK_F(1413, f10, 0xffffffff4f7ffffe)
	CHECK_FLAGS(1414, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffa01 rm=rne frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.wu f10, a1, rne
	CHECK_F(1415, f10, 0xffffffff4f7ffffa)
	CHECK_FLAGS(1416, 0x1)
	/* fcvt.s.wu 0xffffffff01000001 rm=rne frm=None */
	li a1, 0xffffffff01000001; fcvt.s.wu f10, a1, rne
	CHECK_F(1417, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1418, 0x1)
	/* fcvt.s.wu 0x2000003 rm=rne frm=None */
	li a1, 0x2000003; fcvt.s.wu f10, a1, rne
	CHECK_F(1419, f10, 0xffffffff4c000001)
	CHECK_FLAGS(1420, 0x1)
	/* fcvt.s.wu 0xffffff7f rm=rne frm=None */
	li a1, 0xffffff7f; fcvt.s.wu f10, a1, rne
	CHECK_F(1421, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(1422, 0x1)
	/* fcvt.s.wu 0x0 rm=rtz frm=None */
	li a1, 0x0; fcvt.s.wu f10, a1, rtz
	CHECK_F(1423, f10, 0xffffffff00000000)
	CHECK_FLAGS(1424, 0x0)
	/* fcvt.s.wu 0x1 rm=rtz frm=None */
	li a1, 0x1; fcvt.s.wu f10, a1, rtz
	CHECK_F(1425, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1426, 0x0)
	/* fcvt.s.wu 0xffffffffffffffff rm=rtz frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.wu f10, a1, rtz
	CHECK_F(1427, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(1428, 0x1)
	/* fcvt.s.wu 0x7fffffff rm=rtz frm=None */
	li a1, 0x7fffffff; fcvt.s.wu f10, a1, rtz
	CHECK_F(1429, f10, 0xffffffff4effffff)
	CHECK_FLAGS(1430, 0x1)
	/* fcvt.s.wu 0x80000000 rm=rtz frm=None */
	li a1, 0x80000000; fcvt.s.wu f10, a1, rtz
	CHECK_F(1431, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1432, 0x0)
	/* fcvt.s.wu 0xffffffff80000000 rm=rtz frm=None */
	li a1, 0xffffffff80000000; fcvt.s.wu f10, a1, rtz
	CHECK_F(1433, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1434, 0x0)
	/* fcvt.s.wu 0xffffffff rm=rtz frm=None */
	li a1, 0xffffffff; fcvt.s.wu f10, a1, rtz
	CHECK_F(1435, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(1436, 0x1)
	/* fcvt.s.wu 0x1000001 rm=rtz frm=None */
	li a1, 0x1000001; fcvt.s.wu f10, a1, rtz
	CHECK_F(1437, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1438, 0x1)
	/* fcvt.s.wu 0xfffffffffeffffff rm=rtz frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.wu f10, a1, rtz
	CHECK_F(1439, f10, 0xffffffff4f7effff)
	CHECK_FLAGS(1440, 0x1)
	/* fcvt.s.wu 0x7fffffffffffffff rm=rtz frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.wu f10, a1, rtz
	CHECK_F(1441, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(1442, 0x1)
	/* fcvt.s.wu 0x8000000000000000 rm=rtz frm=None */
	li a1, 0x8000000000000000; fcvt.s.wu f10, a1, rtz
	CHECK_F(1443, f10, 0xffffffff00000000)
	CHECK_FLAGS(1444, 0x0)
	/* fcvt.s.wu 0x20000001 rm=rtz frm=None */
	li a1, 0x20000001; fcvt.s.wu f10, a1, rtz
	CHECK_F(1445, f10, 0xffffffff4e000000)
	CHECK_FLAGS(1446, 0x1)
	/* fcvt.s.wu 0x123456789abcdef rm=rtz frm=None */
	li a1, 0x123456789abcdef; fcvt.s.wu f10, a1, rtz
	CHECK_F(1447, f10, 0xffffffff4f09abcd)
	CHECK_FLAGS(1448, 0x1)
	/* fcvt.s.wu 0xfffffffffffffffd rm=rtz frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.wu f10, a1, rtz
	CHECK_F(1449, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(1450, 0x1)
	/* fcvt.s.wu 0x100000001 rm=rtz frm=None */
	li a1, 0x100000001; fcvt.s.wu f10, a1, rtz
	CHECK_F(1451, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1452, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffc00 rm=rtz frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.wu f10, a1, rtz
	CHECK_F(1453, f10, 0xffffffff4f7ffffc)
	CHECK_FLAGS(1454, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffe00 rm=rtz frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.wu f10, a1, rtz
	CHECK_F(1455, f10, 0xffffffff4f7ffffe)
	CHECK_FLAGS(1456, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffa01 rm=rtz frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.wu f10, a1, rtz
	CHECK_F(1457, f10, 0xffffffff4f7ffffa)
	CHECK_FLAGS(1458, 0x1)
	/* fcvt.s.wu 0xffffffff01000001 rm=rtz frm=None */
	li a1, 0xffffffff01000001; fcvt.s.wu f10, a1, rtz
	CHECK_F(1459, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1460, 0x1)
	/* fcvt.s.wu 0x2000003 rm=rtz frm=None */
	li a1, 0x2000003; fcvt.s.wu f10, a1, rtz
	CHECK_F(1461, f10, 0xffffffff4c000000)
	CHECK_FLAGS(1462, 0x1)
	/* fcvt.s.wu 0xffffff7f rm=rtz frm=None */
	li a1, 0xffffff7f; fcvt.s.wu f10, a1, rtz
	CHECK_F(1463, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(1464, 0x1)
	/* fcvt.s.wu 0x0 rm=rdn frm=None */
	li a1, 0x0; fcvt.s.wu f10, a1, rdn
	CHECK_F(1465, f10, 0xffffffff00000000)
	CHECK_FLAGS(1466, 0x0)
	/* fcvt.s.wu 0x1 rm=rdn frm=None */
	li a1, 0x1; fcvt.s.wu f10, a1, rdn
	CHECK_F(1467, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1468, 0x0)
	/* fcvt.s.wu 0xffffffffffffffff rm=rdn frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.wu f10, a1, rdn
	CHECK_F(1469, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(1470, 0x1)
	/* fcvt.s.wu 0x7fffffff rm=rdn frm=None */
	li a1, 0x7fffffff; fcvt.s.wu f10, a1, rdn
	CHECK_F(1471, f10, 0xffffffff4effffff)
	CHECK_FLAGS(1472, 0x1)
	/* fcvt.s.wu 0x80000000 rm=rdn frm=None */
	li a1, 0x80000000; fcvt.s.wu f10, a1, rdn
	CHECK_F(1473, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1474, 0x0)
	/* fcvt.s.wu 0xffffffff80000000 rm=rdn frm=None */
	li a1, 0xffffffff80000000; fcvt.s.wu f10, a1, rdn
	CHECK_F(1475, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1476, 0x0)
	/* fcvt.s.wu 0xffffffff rm=rdn frm=None */
	li a1, 0xffffffff; fcvt.s.wu f10, a1, rdn
	CHECK_F(1477, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(1478, 0x1)
	/* fcvt.s.wu 0x1000001 rm=rdn frm=None */
	li a1, 0x1000001; fcvt.s.wu f10, a1, rdn
	CHECK_F(1479, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1480, 0x1)
	/* fcvt.s.wu 0xfffffffffeffffff rm=rdn frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.wu f10, a1, rdn
	CHECK_F(1481, f10, 0xffffffff4f7effff)
	CHECK_FLAGS(1482, 0x1)
	/* fcvt.s.wu 0x7fffffffffffffff rm=rdn frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.wu f10, a1, rdn
	CHECK_F(1483, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(1484, 0x1)
	/* fcvt.s.wu 0x8000000000000000 rm=rdn frm=None */
	li a1, 0x8000000000000000; fcvt.s.wu f10, a1, rdn
	CHECK_F(1485, f10, 0xffffffff00000000)
	CHECK_FLAGS(1486, 0x0)
	/* fcvt.s.wu 0x20000001 rm=rdn frm=None */
	li a1, 0x20000001; fcvt.s.wu f10, a1, rdn
	CHECK_F(1487, f10, 0xffffffff4e000000)
	CHECK_FLAGS(1488, 0x1)
	/* fcvt.s.wu 0x123456789abcdef rm=rdn frm=None */
	li a1, 0x123456789abcdef; fcvt.s.wu f10, a1, rdn
	CHECK_F(1489, f10, 0xffffffff4f09abcd)
	CHECK_FLAGS(1490, 0x1)
	/* fcvt.s.wu 0xfffffffffffffffd rm=rdn frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.wu f10, a1, rdn
	CHECK_F(1491, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(1492, 0x1)
	/* fcvt.s.wu 0x100000001 rm=rdn frm=None */
	li a1, 0x100000001; fcvt.s.wu f10, a1, rdn
	CHECK_F(1493, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1494, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffc00 rm=rdn frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.wu f10, a1, rdn
	CHECK_F(1495, f10, 0xffffffff4f7ffffc)
	CHECK_FLAGS(1496, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffe00 rm=rdn frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.wu f10, a1, rdn
	CHECK_F(1497, f10, 0xffffffff4f7ffffe)
	CHECK_FLAGS(1498, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffa01 rm=rdn frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.wu f10, a1, rdn
	CHECK_F(1499, f10, 0xffffffff4f7ffffa)
	CHECK_FLAGS(1500, 0x1)
	/* fcvt.s.wu 0xffffffff01000001 rm=rdn frm=None */
	li a1, 0xffffffff01000001; fcvt.s.wu f10, a1, rdn
	CHECK_F(1501, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1502, 0x1)
	/* fcvt.s.wu 0x2000003 rm=rdn frm=None */
	li a1, 0x2000003; fcvt.s.wu f10, a1, rdn
	CHECK_F(1503, f10, 0xffffffff4c000000)
	CHECK_FLAGS(1504, 0x1)
	/* fcvt.s.wu 0xffffff7f rm=rdn frm=None */
	li a1, 0xffffff7f; fcvt.s.wu f10, a1, rdn
	CHECK_F(1505, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(1506, 0x1)
	/* fcvt.s.wu 0x0 rm=rup frm=None */
	li a1, 0x0; fcvt.s.wu f10, a1, rup
	CHECK_F(1507, f10, 0xffffffff00000000)
	CHECK_FLAGS(1508, 0x0)
	/* fcvt.s.wu 0x1 rm=rup frm=None */
	li a1, 0x1; fcvt.s.wu f10, a1, rup
	CHECK_F(1509, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1510, 0x0)
	/* fcvt.s.wu 0xffffffffffffffff rm=rup frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.wu f10, a1, rup
	CHECK_F(1511, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1512, 0x1)
	/* fcvt.s.wu 0x7fffffff rm=rup frm=None */
	li a1, 0x7fffffff; fcvt.s.wu f10, a1, rup
	CHECK_F(1513, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1514, 0x1)
	/* fcvt.s.wu 0x80000000 rm=rup frm=None */
	li a1, 0x80000000; fcvt.s.wu f10, a1, rup
	CHECK_F(1515, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1516, 0x0)
	/* fcvt.s.wu 0xffffffff80000000 rm=rup frm=None */
	li a1, 0xffffffff80000000; fcvt.s.wu f10, a1, rup
	CHECK_F(1517, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1518, 0x0)
	/* fcvt.s.wu 0xffffffff rm=rup frm=None */
	li a1, 0xffffffff; fcvt.s.wu f10, a1, rup
	CHECK_F(1519, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1520, 0x1)
	/* fcvt.s.wu 0x1000001 rm=rup frm=None */
	li a1, 0x1000001; fcvt.s.wu f10, a1, rup
	CHECK_F(1521, f10, 0xffffffff4b800001)
	CHECK_FLAGS(1522, 0x1)
	/* fcvt.s.wu 0xfffffffffeffffff rm=rup frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.wu f10, a1, rup
	CHECK_F(1523, f10, 0xffffffff4f7f0000)
	CHECK_FLAGS(1524, 0x1)
	/* fcvt.s.wu 0x7fffffffffffffff rm=rup frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.wu f10, a1, rup
	CHECK_F(1525, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1526, 0x1)
	/* fcvt.s.wu 0x8000000000000000 rm=rup frm=None */
	li a1, 0x8000000000000000; fcvt.s.wu f10, a1, rup
	CHECK_F(1527, f10, 0xffffffff00000000)
	CHECK_FLAGS(1528, 0x0)
	/* fcvt.s.wu 0x20000001 rm=rup frm=None */
	li a1, 0x20000001; fcvt.s.wu f10, a1, rup
	CHECK_F(1529, f10, 0xffffffff4e000001)
	CHECK_FLAGS(1530, 0x1)
	/* fcvt.s.wu 0x123456789abcdef rm=rup frm=None */
	li a1, 0x123456789abcdef; fcvt.s.wu f10, a1, rup
	CHECK_F(1531, f10, 0xffffffff4f09abce)
	CHECK_FLAGS(1532, 0x1)
	/* fcvt.s.wu 0xfffffffffffffffd rm=rup frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.wu f10, a1, rup
	CHECK_F(1533, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1534, 0x1)
	/* fcvt.s.wu 0x100000001 rm=rup frm=None */
	li a1, 0x100000001; fcvt.s.wu f10, a1, rup
	CHECK_F(1535, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1536, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffc00 rm=rup frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.wu f10, a1, rup
	CHECK_F(1537, f10, 0xffffffff4f7ffffc)
	CHECK_FLAGS(1538, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffe00 rm=rup frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.wu f10, a1, rup
	CHECK_F(1539, f10, 0xffffffff4f7ffffe)
	CHECK_FLAGS(1540, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffa01 rm=rup frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.wu f10, a1, rup
	CHECK_F(1541, f10, 0xffffffff4f7ffffb)
	CHECK_FLAGS(1542, 0x1)
	/* fcvt.s.wu 0xffffffff01000001 rm=rup frm=None */
	li a1, 0xffffffff01000001; fcvt.s.wu f10, a1, rup
	CHECK_F(1543, f10, 0xffffffff4b800001)
	CHECK_FLAGS(1544, 0x1)
	/* fcvt.s.wu 0x2000003 rm=rup frm=None */
	li a1, 0x2000003; fcvt.s.wu f10, a1, rup
	CHECK_F(1545, f10, 0xffffffff4c000001)
	CHECK_FLAGS(1546, 0x1)
	/* fcvt.s.wu 0xffffff7f rm=rup frm=None */
	li a1, 0xffffff7f; fcvt.s.wu f10, a1, rup
	CHECK_F(1547, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1548, 0x1)
	/* fcvt.s.wu 0x0 rm=rmm frm=None */
	li a1, 0x0; fcvt.s.wu f10, a1, rmm
	CHECK_F(1549, f10, 0xffffffff00000000)
	CHECK_FLAGS(1550, 0x0)
	/* fcvt.s.wu 0x1 rm=rmm frm=None */
	li a1, 0x1; fcvt.s.wu f10, a1, rmm
	CHECK_F(1551, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1552, 0x0)
	/* fcvt.s.wu 0xffffffffffffffff rm=rmm frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.wu f10, a1, rmm
	CHECK_F(1553, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1554, 0x1)
	/* fcvt.s.wu 0x7fffffff rm=rmm frm=None */
	li a1, 0x7fffffff; fcvt.s.wu f10, a1, rmm
	CHECK_F(1555, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1556, 0x1)
	/* fcvt.s.wu 0x80000000 rm=rmm frm=None */
	li a1, 0x80000000; fcvt.s.wu f10, a1, rmm
	CHECK_F(1557, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1558, 0x0)
	/* fcvt.s.wu 0xffffffff80000000 rm=rmm frm=None */
	li a1, 0xffffffff80000000; fcvt.s.wu f10, a1, rmm
	CHECK_F(1559, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1560, 0x0)
	/* fcvt.s.wu 0xffffffff rm=rmm frm=None */
	li a1, 0xffffffff; fcvt.s.wu f10, a1, rmm
	CHECK_F(1561, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1562, 0x1)
	/* fcvt.s.wu 0x1000001 rm=rmm frm=None */
	li a1, 0x1000001; fcvt.s.wu f10, a1, rmm
	CHECK_F(1563, f10, 0xffffffff4b800001)
	CHECK_FLAGS(1564, 0x1)
	/* fcvt.s.wu 0xfffffffffeffffff rm=rmm frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.wu f10, a1, rmm
	CHECK_F(1565, f10, 0xffffffff4f7f0000)
	CHECK_FLAGS(1566, 0x1)
	/* fcvt.s.wu 0x7fffffffffffffff rm=rmm frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.wu f10, a1, rmm
	CHECK_F(1567, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1568, 0x1)
	/* fcvt.s.wu 0x8000000000000000 rm=rmm frm=None */
	li a1, 0x8000000000000000; fcvt.s.wu f10, a1, rmm
	CHECK_F(1569, f10, 0xffffffff00000000)
	CHECK_FLAGS(1570, 0x0)
	/* fcvt.s.wu 0x20000001 rm=rmm frm=None */
	li a1, 0x20000001; fcvt.s.wu f10, a1, rmm
	CHECK_F(1571, f10, 0xffffffff4e000000)
	CHECK_FLAGS(1572, 0x1)
	/* fcvt.s.wu 0x123456789abcdef rm=rmm frm=None */
	li a1, 0x123456789abcdef; fcvt.s.wu f10, a1, rmm
	CHECK_F(1573, f10, 0xffffffff4f09abce)
	CHECK_FLAGS(1574, 0x1)
	/* fcvt.s.wu 0xfffffffffffffffd rm=rmm frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.wu f10, a1, rmm
	CHECK_F(1575, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1576, 0x1)
	/* fcvt.s.wu 0x100000001 rm=rmm frm=None */
	li a1, 0x100000001; fcvt.s.wu f10, a1, rmm
	CHECK_F(1577, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1578, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffc00 rm=rmm frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.wu f10, a1, rmm
	CHECK_F(1579, f10, 0xffffffff4f7ffffc)
	CHECK_FLAGS(1580, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffe00 rm=rmm frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.wu f10, a1, rmm
	CHECK_F(1581, f10, 0xffffffff4f7ffffe)
	CHECK_FLAGS(1582, 0x0)
	/* fcvt.s.wu 0x7ffffffffffffa01 rm=rmm frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.wu f10, a1, rmm
	CHECK_F(1583, f10, 0xffffffff4f7ffffa)
	CHECK_FLAGS(1584, 0x1)
	/* fcvt.s.wu 0xffffffff01000001 rm=rmm frm=None */
	li a1, 0xffffffff01000001; fcvt.s.wu f10, a1, rmm
	CHECK_F(1585, f10, 0xffffffff4b800001)
	CHECK_FLAGS(1586, 0x1)
	/* fcvt.s.wu 0x2000003 rm=rmm frm=None */
	li a1, 0x2000003; fcvt.s.wu f10, a1, rmm
	CHECK_F(1587, f10, 0xffffffff4c000001)
	CHECK_FLAGS(1588, 0x1)
	/* fcvt.s.wu 0xffffff7f rm=rmm frm=None */
	li a1, 0xffffff7f; fcvt.s.wu f10, a1, rmm
	CHECK_F(1589, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(1590, 0x1)
	/* fcvt.s.wu 0x1000001 rm=None frm=0 */
	li a1, 0x1000001; fsrmi 0; fcvt.s.wu f10, a1
	CHECK_F(1591, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1592, 0x1)
	/* fcvt.s.wu 0x1000001 rm=None frm=1 */
	li a1, 0x1000001; fsrmi 1; fcvt.s.wu f10, a1
	CHECK_F(1593, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1594, 0x1)
	/* fcvt.s.wu 0x1000001 rm=None frm=2 */
	li a1, 0x1000001; fsrmi 2; fcvt.s.wu f10, a1
	CHECK_F(1595, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1596, 0x1)
	/* fcvt.s.wu 0x1000001 rm=None frm=3 */
	li a1, 0x1000001; fsrmi 3; fcvt.s.wu f10, a1
	CHECK_F(1597, f10, 0xffffffff4b800001)
	CHECK_FLAGS(1598, 0x1)
	/* fcvt.s.wu 0x1000001 rm=None frm=4 */
	li a1, 0x1000001; fsrmi 4; fcvt.s.wu f10, a1
	CHECK_F(1599, f10, 0xffffffff4b800001)
	CHECK_FLAGS(1600, 0x1)
	/* fcvt.s.l 0x0 rm=rne frm=None */
	li a1, 0x0; fcvt.s.l f10, a1, rne
	CHECK_F(1601, f10, 0xffffffff00000000)
	CHECK_FLAGS(1602, 0x0)
	/* fcvt.s.l 0x1 rm=rne frm=None */
	li a1, 0x1; fcvt.s.l f10, a1, rne
	CHECK_F(1603, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1604, 0x0)
	/* fcvt.s.l 0xffffffffffffffff rm=rne frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.l f10, a1, rne
	CHECK_F(1605, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1606, 0x0)
	/* fcvt.s.l 0x7fffffff rm=rne frm=None */
	li a1, 0x7fffffff; fcvt.s.l f10, a1, rne
	CHECK_F(1607, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1608, 0x1)
	/* fcvt.s.l 0x80000000 rm=rne frm=None */
	li a1, 0x80000000; fcvt.s.l f10, a1, rne
	CHECK_F(1609, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1610, 0x0)
	/* fcvt.s.l 0xffffffff80000000 rm=rne frm=None */
	li a1, 0xffffffff80000000; fcvt.s.l f10, a1, rne
	CHECK_F(1611, f10, 0xffffffffcf000000)
	CHECK_FLAGS(1612, 0x0)
	/* fcvt.s.l 0xffffffff rm=rne frm=None */
	li a1, 0xffffffff; fcvt.s.l f10, a1, rne
	CHECK_F(1613, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1614, 0x1)
	/* fcvt.s.l 0x1000001 rm=rne frm=None */
	li a1, 0x1000001; fcvt.s.l f10, a1, rne
	CHECK_F(1615, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1616, 0x1)
	/* fcvt.s.l 0xfffffffffeffffff rm=rne frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.l f10, a1, rne
	CHECK_F(1617, f10, 0xffffffffcb800000)
	CHECK_FLAGS(1618, 0x1)
	/* fcvt.s.l 0x7fffffffffffffff rm=rne frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.l f10, a1, rne
	CHECK_F(1619, f10, 0xffffffff5f000000)
	CHECK_FLAGS(1620, 0x1)
	/* fcvt.s.l 0x8000000000000000 rm=rne frm=None */
	li a1, 0x8000000000000000; fcvt.s.l f10, a1, rne
	CHECK_F(1621, f10, 0xffffffffdf000000)
	CHECK_FLAGS(1622, 0x0)
	/* fcvt.s.l 0x20000001 rm=rne frm=None */
	li a1, 0x20000001; fcvt.s.l f10, a1, rne
	CHECK_F(1623, f10, 0xffffffff4e000000)
	CHECK_FLAGS(1624, 0x1)
	/* fcvt.s.l 0x123456789abcdef rm=rne frm=None */
	li a1, 0x123456789abcdef; fcvt.s.l f10, a1, rne
	CHECK_F(1625, f10, 0xffffffff5b91a2b4)
	CHECK_FLAGS(1626, 0x1)
	/* fcvt.s.l 0xfffffffffffffffd rm=rne frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.l f10, a1, rne
	CHECK_F(1627, f10, 0xffffffffc0400000)
	CHECK_FLAGS(1628, 0x0)
	/* fcvt.s.l 0x100000001 rm=rne frm=None */
	li a1, 0x100000001; fcvt.s.l f10, a1, rne
	CHECK_F(1629, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1630, 0x1)
	/* fcvt.s.l 0x7ffffffffffffc00 rm=rne frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.l f10, a1, rne
	CHECK_F(1631, f10, 0xffffffff5f000000)
	CHECK_FLAGS(1632, 0x1)
	/* fcvt.s.l 0x7ffffffffffffe00 rm=rne frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.l f10, a1, rne
	CHECK_F(1633, f10, 0xffffffff5f000000)
	CHECK_FLAGS(1634, 0x1)
	/* fcvt.s.l 0x7ffffffffffffa01 rm=rne frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.l f10, a1, rne
	CHECK_F(1635, f10, 0xffffffff5f000000)
	CHECK_FLAGS(1636, 0x1)
	/* fcvt.s.l 0xffffffff01000001 rm=rne frm=None */
	li a1, 0xffffffff01000001; fcvt.s.l f10, a1, rne
	CHECK_F(1637, f10, 0xffffffffcf7f0000)
	CHECK_FLAGS(1638, 0x1)
	/* fcvt.s.l 0x2000003 rm=rne frm=None */
	li a1, 0x2000003; fcvt.s.l f10, a1, rne
	CHECK_F(1639, f10, 0xffffffff4c000001)
	CHECK_FLAGS(1640, 0x1)
	/* fcvt.s.l 0xffffff7f rm=rne frm=None */
	li a1, 0xffffff7f; fcvt.s.l f10, a1, rne
	CHECK_F(1641, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(1642, 0x1)
	/* fcvt.s.l 0x0 rm=rtz frm=None */
	li a1, 0x0; fcvt.s.l f10, a1, rtz
	CHECK_F(1643, f10, 0xffffffff00000000)
	CHECK_FLAGS(1644, 0x0)
	/* fcvt.s.l 0x1 rm=rtz frm=None */
	li a1, 0x1; fcvt.s.l f10, a1, rtz
	CHECK_F(1645, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1646, 0x0)
	/* fcvt.s.l 0xffffffffffffffff rm=rtz frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.l f10, a1, rtz
	CHECK_F(1647, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1648, 0x0)
	/* fcvt.s.l 0x7fffffff rm=rtz frm=None */
	li a1, 0x7fffffff; fcvt.s.l f10, a1, rtz
	CHECK_F(1649, f10, 0xffffffff4effffff)
	CHECK_FLAGS(1650, 0x1)
	/* fcvt.s.l 0x80000000 rm=rtz frm=None */
	li a1, 0x80000000; fcvt.s.l f10, a1, rtz
	CHECK_F(1651, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1652, 0x0)
	/* fcvt.s.l 0xffffffff80000000 rm=rtz frm=None */
	li a1, 0xffffffff80000000; fcvt.s.l f10, a1, rtz
	CHECK_F(1653, f10, 0xffffffffcf000000)
	CHECK_FLAGS(1654, 0x0)
	/* fcvt.s.l 0xffffffff rm=rtz frm=None */
	li a1, 0xffffffff; fcvt.s.l f10, a1, rtz
	CHECK_F(1655, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(1656, 0x1)
	/* fcvt.s.l 0x1000001 rm=rtz frm=None */
	li a1, 0x1000001; fcvt.s.l f10, a1, rtz
	CHECK_F(1657, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1658, 0x1)
	/* fcvt.s.l 0xfffffffffeffffff rm=rtz frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.l f10, a1, rtz
	CHECK_F(1659, f10, 0xffffffffcb800000)
	CHECK_FLAGS(1660, 0x1)
	/* fcvt.s.l 0x7fffffffffffffff rm=rtz frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.l f10, a1, rtz
	CHECK_F(1661, f10, 0xffffffff5effffff)
	CHECK_FLAGS(1662, 0x1)
	/* fcvt.s.l 0x8000000000000000 rm=rtz frm=None */
	li a1, 0x8000000000000000; fcvt.s.l f10, a1, rtz
	CHECK_F(1663, f10, 0xffffffffdf000000)
	CHECK_FLAGS(1664, 0x0)
	/* fcvt.s.l 0x20000001 rm=rtz frm=None */
	li a1, 0x20000001; fcvt.s.l f10, a1, rtz
	CHECK_F(1665, f10, 0xffffffff4e000000)
	CHECK_FLAGS(1666, 0x1)
	/* fcvt.s.l 0x123456789abcdef rm=rtz frm=None */
	li a1, 0x123456789abcdef; fcvt.s.l f10, a1, rtz
	CHECK_F(1667, f10, 0xffffffff5b91a2b3)
	CHECK_FLAGS(1668, 0x1)
	/* fcvt.s.l 0xfffffffffffffffd rm=rtz frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.l f10, a1, rtz
	CHECK_F(1669, f10, 0xffffffffc0400000)
	CHECK_FLAGS(1670, 0x0)
	/* fcvt.s.l 0x100000001 rm=rtz frm=None */
	li a1, 0x100000001; fcvt.s.l f10, a1, rtz
	CHECK_F(1671, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1672, 0x1)
	/* fcvt.s.l 0x7ffffffffffffc00 rm=rtz frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.l f10, a1, rtz
	CHECK_F(1673, f10, 0xffffffff5effffff)
	CHECK_FLAGS(1674, 0x1)
	/* fcvt.s.l 0x7ffffffffffffe00 rm=rtz frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.l f10, a1, rtz
	CHECK_F(1675, f10, 0xffffffff5effffff)
	CHECK_FLAGS(1676, 0x1)
	/* fcvt.s.l 0x7ffffffffffffa01 rm=rtz frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.l f10, a1, rtz
	CHECK_F(1677, f10, 0xffffffff5effffff)
	CHECK_FLAGS(1678, 0x1)
	/* fcvt.s.l 0xffffffff01000001 rm=rtz frm=None */
	li a1, 0xffffffff01000001; fcvt.s.l f10, a1, rtz
	CHECK_F(1679, f10, 0xffffffffcf7effff)
	CHECK_FLAGS(1680, 0x1)
	/* fcvt.s.l 0x2000003 rm=rtz frm=None */
	li a1, 0x2000003; fcvt.s.l f10, a1, rtz
	CHECK_F(1681, f10, 0xffffffff4c000000)
	CHECK_FLAGS(1682, 0x1)
	/* fcvt.s.l 0xffffff7f rm=rtz frm=None */
	li a1, 0xffffff7f; fcvt.s.l f10, a1, rtz
	CHECK_F(1683, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(1684, 0x1)
	/* fcvt.s.l 0x0 rm=rdn frm=None */
	li a1, 0x0; fcvt.s.l f10, a1, rdn
	CHECK_F(1685, f10, 0xffffffff00000000)
	CHECK_FLAGS(1686, 0x0)
	/* fcvt.s.l 0x1 rm=rdn frm=None */
	li a1, 0x1; fcvt.s.l f10, a1, rdn
	CHECK_F(1687, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1688, 0x0)
	/* fcvt.s.l 0xffffffffffffffff rm=rdn frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.l f10, a1, rdn
	CHECK_F(1689, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1690, 0x0)
	/* fcvt.s.l 0x7fffffff rm=rdn frm=None */
	li a1, 0x7fffffff; fcvt.s.l f10, a1, rdn
	CHECK_F(1691, f10, 0xffffffff4effffff)
	CHECK_FLAGS(1692, 0x1)
	/* fcvt.s.l 0x80000000 rm=rdn frm=None */
	li a1, 0x80000000; fcvt.s.l f10, a1, rdn
	CHECK_F(1693, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1694, 0x0)
	/* fcvt.s.l 0xffffffff80000000 rm=rdn frm=None */
	li a1, 0xffffffff80000000; fcvt.s.l f10, a1, rdn
	CHECK_F(1695, f10, 0xffffffffcf000000)
	CHECK_FLAGS(1696, 0x0)
	/* fcvt.s.l 0xffffffff rm=rdn frm=None */
	li a1, 0xffffffff; fcvt.s.l f10, a1, rdn
	CHECK_F(1697, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(1698, 0x1)
	/* fcvt.s.l 0x1000001 rm=rdn frm=None */
	li a1, 0x1000001; fcvt.s.l f10, a1, rdn
	CHECK_F(1699, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1700, 0x1)
	/* fcvt.s.l 0xfffffffffeffffff rm=rdn frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.l f10, a1, rdn
	CHECK_F(1701, f10, 0xffffffffcb800001)
	CHECK_FLAGS(1702, 0x1)
	/* fcvt.s.l 0x7fffffffffffffff rm=rdn frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.l f10, a1, rdn
	CHECK_F(1703, f10, 0xffffffff5effffff)
	CHECK_FLAGS(1704, 0x1)
	/* fcvt.s.l 0x8000000000000000 rm=rdn frm=None */
	li a1, 0x8000000000000000; fcvt.s.l f10, a1, rdn
	CHECK_F(1705, f10, 0xffffffffdf000000)
	CHECK_FLAGS(1706, 0x0)
	/* fcvt.s.l 0x20000001 rm=rdn frm=None */
	li a1, 0x20000001; fcvt.s.l f10, a1, rdn
	CHECK_F(1707, f10, 0xffffffff4e000000)
	CHECK_FLAGS(1708, 0x1)
	/* fcvt.s.l 0x123456789abcdef rm=rdn frm=None */
	li a1, 0x123456789abcdef; fcvt.s.l f10, a1, rdn
	CHECK_F(1709, f10, 0xffffffff5b91a2b3)
	CHECK_FLAGS(1710, 0x1)
	/* fcvt.s.l 0xfffffffffffffffd rm=rdn frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.l f10, a1, rdn
	CHECK_F(1711, f10, 0xffffffffc0400000)
	CHECK_FLAGS(1712, 0x0)
	/* fcvt.s.l 0x100000001 rm=rdn frm=None */
	li a1, 0x100000001; fcvt.s.l f10, a1, rdn
	CHECK_F(1713, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1714, 0x1)
	/* fcvt.s.l 0x7ffffffffffffc00 rm=rdn frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.l f10, a1, rdn
	CHECK_F(1715, f10, 0xffffffff5effffff)
	CHECK_FLAGS(1716, 0x1)
	/* fcvt.s.l 0x7ffffffffffffe00 rm=rdn frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.l f10, a1, rdn
	CHECK_F(1717, f10, 0xffffffff5effffff)
	CHECK_FLAGS(1718, 0x1)
	/* fcvt.s.l 0x7ffffffffffffa01 rm=rdn frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.l f10, a1, rdn
	CHECK_F(1719, f10, 0xffffffff5effffff)
	CHECK_FLAGS(1720, 0x1)
	/* fcvt.s.l 0xffffffff01000001 rm=rdn frm=None */
	li a1, 0xffffffff01000001; fcvt.s.l f10, a1, rdn
	CHECK_F(1721, f10, 0xffffffffcf7f0000)
	CHECK_FLAGS(1722, 0x1)
	/* fcvt.s.l 0x2000003 rm=rdn frm=None */
	li a1, 0x2000003; fcvt.s.l f10, a1, rdn
	CHECK_F(1723, f10, 0xffffffff4c000000)
	CHECK_FLAGS(1724, 0x1)
	/* fcvt.s.l 0xffffff7f rm=rdn frm=None */
	li a1, 0xffffff7f; fcvt.s.l f10, a1, rdn
	CHECK_F(1725, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(1726, 0x1)
	/* fcvt.s.l 0x0 rm=rup frm=None */
	li a1, 0x0; fcvt.s.l f10, a1, rup
	CHECK_F(1727, f10, 0xffffffff00000000)
	CHECK_FLAGS(1728, 0x0)
	/* fcvt.s.l 0x1 rm=rup frm=None */
	li a1, 0x1; fcvt.s.l f10, a1, rup
	CHECK_F(1729, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1730, 0x0)
	/* fcvt.s.l 0xffffffffffffffff rm=rup frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.l f10, a1, rup
	CHECK_F(1731, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1732, 0x0)
	/* fcvt.s.l 0x7fffffff rm=rup frm=None */
	li a1, 0x7fffffff; fcvt.s.l f10, a1, rup
	CHECK_F(1733, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1734, 0x1)
	/* fcvt.s.l 0x80000000 rm=rup frm=None */
	li a1, 0x80000000; fcvt.s.l f10, a1, rup
	CHECK_F(1735, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1736, 0x0)
	/* fcvt.s.l 0xffffffff80000000 rm=rup frm=None */
	li a1, 0xffffffff80000000; fcvt.s.l f10, a1, rup
	CHECK_F(1737, f10, 0xffffffffcf000000)
	CHECK_FLAGS(1738, 0x0)
	/* fcvt.s.l 0xffffffff rm=rup frm=None */
	li a1, 0xffffffff; fcvt.s.l f10, a1, rup
	CHECK_F(1739, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1740, 0x1)
	/* fcvt.s.l 0x1000001 rm=rup frm=None */
	li a1, 0x1000001; fcvt.s.l f10, a1, rup
	CHECK_F(1741, f10, 0xffffffff4b800001)
	CHECK_FLAGS(1742, 0x1)
	/* fcvt.s.l 0xfffffffffeffffff rm=rup frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.l f10, a1, rup
	CHECK_F(1743, f10, 0xffffffffcb800000)
	CHECK_FLAGS(1744, 0x1)
	/* fcvt.s.l 0x7fffffffffffffff rm=rup frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.l f10, a1, rup
	CHECK_F(1745, f10, 0xffffffff5f000000)
	CHECK_FLAGS(1746, 0x1)
	/* fcvt.s.l 0x8000000000000000 rm=rup frm=None */
	li a1, 0x8000000000000000; fcvt.s.l f10, a1, rup
	CHECK_F(1747, f10, 0xffffffffdf000000)
	CHECK_FLAGS(1748, 0x0)
	/* fcvt.s.l 0x20000001 rm=rup frm=None */
	li a1, 0x20000001; fcvt.s.l f10, a1, rup
	CHECK_F(1749, f10, 0xffffffff4e000001)
	CHECK_FLAGS(1750, 0x1)
	/* fcvt.s.l 0x123456789abcdef rm=rup frm=None */
	li a1, 0x123456789abcdef; fcvt.s.l f10, a1, rup
	CHECK_F(1751, f10, 0xffffffff5b91a2b4)
	CHECK_FLAGS(1752, 0x1)
	/* fcvt.s.l 0xfffffffffffffffd rm=rup frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.l f10, a1, rup
	CHECK_F(1753, f10, 0xffffffffc0400000)
	CHECK_FLAGS(1754, 0x0)
	/* fcvt.s.l 0x100000001 rm=rup frm=None */
	li a1, 0x100000001; fcvt.s.l f10, a1, rup
	CHECK_F(1755, f10, 0xffffffff4f800001)
	CHECK_FLAGS(1756, 0x1)
	/* fcvt.s.l 0x7ffffffffffffc00 rm=rup frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.l f10, a1, rup
	CHECK_F(1757, f10, 0xffffffff5f000000)
	CHECK_FLAGS(1758, 0x1)
	/* fcvt.s.l 0x7ffffffffffffe00 rm=rup frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.l f10, a1, rup
	CHECK_F(1759, f10, 0xffffffff5f000000)
	CHECK_FLAGS(1760, 0x1)
	/* fcvt.s.l 0x7ffffffffffffa01 rm=rup frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.l f10, a1, rup
	CHECK_F(1761, f10, 0xffffffff5f000000)
	CHECK_FLAGS(1762, 0x1)
	/* fcvt.s.l 0xffffffff01000001 rm=rup frm=None */
	li a1, 0xffffffff01000001; fcvt.s.l f10, a1, rup
	CHECK_F(1763, f10, 0xffffffffcf7effff)
	CHECK_FLAGS(1764, 0x1)
	/* fcvt.s.l 0x2000003 rm=rup frm=None */
	li a1, 0x2000003; fcvt.s.l f10, a1, rup
	CHECK_F(1765, f10, 0xffffffff4c000001)
	CHECK_FLAGS(1766, 0x1)
	/* fcvt.s.l 0xffffff7f rm=rup frm=None */
	li a1, 0xffffff7f; fcvt.s.l f10, a1, rup
	CHECK_F(1767, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1768, 0x1)
	/* fcvt.s.l 0x0 rm=rmm frm=None */
	li a1, 0x0; fcvt.s.l f10, a1, rmm
	CHECK_F(1769, f10, 0xffffffff00000000)
	CHECK_FLAGS(1770, 0x0)
	/* fcvt.s.l 0x1 rm=rmm frm=None */
	li a1, 0x1; fcvt.s.l f10, a1, rmm
	CHECK_F(1771, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1772, 0x0)
	/* fcvt.s.l 0xffffffffffffffff rm=rmm frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.l f10, a1, rmm
	CHECK_F(1773, f10, 0xffffffffbf800000)
	CHECK_FLAGS(1774, 0x0)
	/* fcvt.s.l 0x7fffffff rm=rmm frm=None */
	li a1, 0x7fffffff; fcvt.s.l f10, a1, rmm
	CHECK_F(1775, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1776, 0x1)
	/* fcvt.s.l 0x80000000 rm=rmm frm=None */
	li a1, 0x80000000; fcvt.s.l f10, a1, rmm
	CHECK_F(1777, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1778, 0x0)
	/* fcvt.s.l 0xffffffff80000000 rm=rmm frm=None */
	li a1, 0xffffffff80000000; fcvt.s.l f10, a1, rmm
	CHECK_F(1779, f10, 0xffffffffcf000000)
	CHECK_FLAGS(1780, 0x0)
	/* fcvt.s.l 0xffffffff rm=rmm frm=None */
	li a1, 0xffffffff; fcvt.s.l f10, a1, rmm
	CHECK_F(1781, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1782, 0x1)
	/* fcvt.s.l 0x1000001 rm=rmm frm=None */
	li a1, 0x1000001; fcvt.s.l f10, a1, rmm
	CHECK_F(1783, f10, 0xffffffff4b800001)
	CHECK_FLAGS(1784, 0x1)
	/* fcvt.s.l 0xfffffffffeffffff rm=rmm frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.l f10, a1, rmm
	CHECK_F(1785, f10, 0xffffffffcb800001)
	CHECK_FLAGS(1786, 0x1)
	/* fcvt.s.l 0x7fffffffffffffff rm=rmm frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.l f10, a1, rmm
	CHECK_F(1787, f10, 0xffffffff5f000000)
	CHECK_FLAGS(1788, 0x1)
	/* fcvt.s.l 0x8000000000000000 rm=rmm frm=None */
	li a1, 0x8000000000000000; fcvt.s.l f10, a1, rmm
	CHECK_F(1789, f10, 0xffffffffdf000000)
	CHECK_FLAGS(1790, 0x0)
	/* fcvt.s.l 0x20000001 rm=rmm frm=None */
	li a1, 0x20000001; fcvt.s.l f10, a1, rmm
	CHECK_F(1791, f10, 0xffffffff4e000000)
	CHECK_FLAGS(1792, 0x1)
	/* fcvt.s.l 0x123456789abcdef rm=rmm frm=None */
	li a1, 0x123456789abcdef; fcvt.s.l f10, a1, rmm
	CHECK_F(1793, f10, 0xffffffff5b91a2b4)
	CHECK_FLAGS(1794, 0x1)
	/* fcvt.s.l 0xfffffffffffffffd rm=rmm frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.l f10, a1, rmm
	CHECK_F(1795, f10, 0xffffffffc0400000)
	CHECK_FLAGS(1796, 0x0)
	/* fcvt.s.l 0x100000001 rm=rmm frm=None */
	li a1, 0x100000001; fcvt.s.l f10, a1, rmm
	CHECK_F(1797, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1798, 0x1)
	/* fcvt.s.l 0x7ffffffffffffc00 rm=rmm frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.l f10, a1, rmm
	CHECK_F(1799, f10, 0xffffffff5f000000)
	CHECK_FLAGS(1800, 0x1)
	/* fcvt.s.l 0x7ffffffffffffe00 rm=rmm frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.l f10, a1, rmm
	CHECK_F(1801, f10, 0xffffffff5f000000)
	CHECK_FLAGS(1802, 0x1)
	/* fcvt.s.l 0x7ffffffffffffa01 rm=rmm frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.l f10, a1, rmm
	CHECK_F(1803, f10, 0xffffffff5f000000)
	CHECK_FLAGS(1804, 0x1)
	/* fcvt.s.l 0xffffffff01000001 rm=rmm frm=None */
	li a1, 0xffffffff01000001; fcvt.s.l f10, a1, rmm
	CHECK_F(1805, f10, 0xffffffffcf7f0000)
	CHECK_FLAGS(1806, 0x1)
	/* fcvt.s.l 0x2000003 rm=rmm frm=None */
	li a1, 0x2000003; fcvt.s.l f10, a1, rmm
	CHECK_F(1807, f10, 0xffffffff4c000001)
	CHECK_FLAGS(1808, 0x1)
	/* fcvt.s.l 0xffffff7f rm=rmm frm=None */
	li a1, 0xffffff7f; fcvt.s.l f10, a1, rmm
	CHECK_F(1809, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(1810, 0x1)
	/* fcvt.s.l 0x1000001 rm=None frm=0 */
	li a1, 0x1000001; fsrmi 0; fcvt.s.l f10, a1
	CHECK_F(1811, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1812, 0x1)
	/* fcvt.s.l 0x1000001 rm=None frm=1 */
	li a1, 0x1000001; fsrmi 1; fcvt.s.l f10, a1
	CHECK_F(1813, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1814, 0x1)
	/* fcvt.s.l 0x1000001 rm=None frm=2 */
	li a1, 0x1000001; fsrmi 2; fcvt.s.l f10, a1
	CHECK_F(1815, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1816, 0x1)
	/* fcvt.s.l 0x1000001 rm=None frm=3 */
	li a1, 0x1000001; fsrmi 3; fcvt.s.l f10, a1
	CHECK_F(1817, f10, 0xffffffff4b800001)
	CHECK_FLAGS(1818, 0x1)
	/* fcvt.s.l 0x1000001 rm=None frm=4 */
	li a1, 0x1000001; fsrmi 4; fcvt.s.l f10, a1
	CHECK_F(1819, f10, 0xffffffff4b800001)
	CHECK_FLAGS(1820, 0x1)
	/* fcvt.s.lu 0x0 rm=rne frm=None */
	li a1, 0x0; fcvt.s.lu f10, a1, rne
	CHECK_F(1821, f10, 0xffffffff00000000)
	CHECK_FLAGS(1822, 0x0)
	/* fcvt.s.lu 0x1 rm=rne frm=None */
	li a1, 0x1; fcvt.s.lu f10, a1, rne
	CHECK_F(1823, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1824, 0x0)
	/* fcvt.s.lu 0xffffffffffffffff rm=rne frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.lu f10, a1, rne
	CHECK_F(1825, f10, 0xffffffff5f800000)
	CHECK_FLAGS(1826, 0x1)
	/* fcvt.s.lu 0x7fffffff rm=rne frm=None */
	li a1, 0x7fffffff; fcvt.s.lu f10, a1, rne
	CHECK_F(1827, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1828, 0x1)
	/* fcvt.s.lu 0x80000000 rm=rne frm=None */
	li a1, 0x80000000; fcvt.s.lu f10, a1, rne
	CHECK_F(1829, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1830, 0x0)
	/* fcvt.s.lu 0xffffffff80000000 rm=rne frm=None */
	li a1, 0xffffffff80000000; fcvt.s.lu f10, a1, rne
	CHECK_F(1831, f10, 0xffffffff5f800000)
	CHECK_FLAGS(1832, 0x1)
	/* fcvt.s.lu 0xffffffff rm=rne frm=None */
	li a1, 0xffffffff; fcvt.s.lu f10, a1, rne
	CHECK_F(1833, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1834, 0x1)
	/* fcvt.s.lu 0x1000001 rm=rne frm=None */
	li a1, 0x1000001; fcvt.s.lu f10, a1, rne
	CHECK_F(1835, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1836, 0x1)
	/* fcvt.s.lu 0xfffffffffeffffff rm=rne frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.lu f10, a1, rne
	CHECK_F(1837, f10, 0xffffffff5f800000)
	CHECK_FLAGS(1838, 0x1)
	/* fcvt.s.lu 0x7fffffffffffffff rm=rne frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.lu f10, a1, rne
	CHECK_F(1839, f10, 0xffffffff5f000000)
	CHECK_FLAGS(1840, 0x1)
	/* fcvt.s.lu 0x8000000000000000 rm=rne frm=None */
	li a1, 0x8000000000000000; fcvt.s.lu f10, a1, rne
	CHECK_F(1841, f10, 0xffffffff5f000000)
	CHECK_FLAGS(1842, 0x0)
	/* fcvt.s.lu 0x20000001 rm=rne frm=None */
	li a1, 0x20000001; fcvt.s.lu f10, a1, rne
	CHECK_F(1843, f10, 0xffffffff4e000000)
	CHECK_FLAGS(1844, 0x1)
	/* fcvt.s.lu 0x123456789abcdef rm=rne frm=None */
	li a1, 0x123456789abcdef; fcvt.s.lu f10, a1, rne
	CHECK_F(1845, f10, 0xffffffff5b91a2b4)
	CHECK_FLAGS(1846, 0x1)
	/* fcvt.s.lu 0xfffffffffffffffd rm=rne frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.lu f10, a1, rne
	CHECK_F(1847, f10, 0xffffffff5f800000)
	CHECK_FLAGS(1848, 0x1)
	/* fcvt.s.lu 0x100000001 rm=rne frm=None */
	li a1, 0x100000001; fcvt.s.lu f10, a1, rne
	CHECK_F(1849, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1850, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffc00 rm=rne frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.lu f10, a1, rne
	CHECK_F(1851, f10, 0xffffffff5f000000)
	CHECK_FLAGS(1852, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffe00 rm=rne frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.lu f10, a1, rne
	CHECK_F(1853, f10, 0xffffffff5f000000)
	CHECK_FLAGS(1854, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffa01 rm=rne frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.lu f10, a1, rne
	CHECK_F(1855, f10, 0xffffffff5f000000)
	CHECK_FLAGS(1856, 0x1)
	/* fcvt.s.lu 0xffffffff01000001 rm=rne frm=None */
	li a1, 0xffffffff01000001; fcvt.s.lu f10, a1, rne
	CHECK_F(1857, f10, 0xffffffff5f800000)
	CHECK_FLAGS(1858, 0x1)
	/* fcvt.s.lu 0x2000003 rm=rne frm=None */
	li a1, 0x2000003; fcvt.s.lu f10, a1, rne
	CHECK_F(1859, f10, 0xffffffff4c000001)
	CHECK_FLAGS(1860, 0x1)
	/* fcvt.s.lu 0xffffff7f rm=rne frm=None */
	li a1, 0xffffff7f; fcvt.s.lu f10, a1, rne
	CHECK_F(1861, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(1862, 0x1)
	/* fcvt.s.lu 0x0 rm=rtz frm=None */
	li a1, 0x0; fcvt.s.lu f10, a1, rtz
	CHECK_F(1863, f10, 0xffffffff00000000)
	CHECK_FLAGS(1864, 0x0)
	/* fcvt.s.lu 0x1 rm=rtz frm=None */
	li a1, 0x1; fcvt.s.lu f10, a1, rtz
	CHECK_F(1865, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1866, 0x0)
	/* fcvt.s.lu 0xffffffffffffffff rm=rtz frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.lu f10, a1, rtz
	CHECK_F(1867, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(1868, 0x1)
	/* fcvt.s.lu 0x7fffffff rm=rtz frm=None */
	li a1, 0x7fffffff; fcvt.s.lu f10, a1, rtz
	CHECK_F(1869, f10, 0xffffffff4effffff)
	CHECK_FLAGS(1870, 0x1)
	/* fcvt.s.lu 0x80000000 rm=rtz frm=None */
	li a1, 0x80000000; fcvt.s.lu f10, a1, rtz
	CHECK_F(1871, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1872, 0x0)
	/* fcvt.s.lu 0xffffffff80000000 rm=rtz frm=None */
	li a1, 0xffffffff80000000; fcvt.s.lu f10, a1, rtz
	CHECK_F(1873, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(1874, 0x1)
	/* fcvt.s.lu 0xffffffff rm=rtz frm=None */
	li a1, 0xffffffff; fcvt.s.lu f10, a1, rtz
	CHECK_F(1875, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(1876, 0x1)
	/* fcvt.s.lu 0x1000001 rm=rtz frm=None */
	li a1, 0x1000001; fcvt.s.lu f10, a1, rtz
	CHECK_F(1877, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1878, 0x1)
	/* fcvt.s.lu 0xfffffffffeffffff rm=rtz frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.lu f10, a1, rtz
	CHECK_F(1879, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(1880, 0x1)
	/* fcvt.s.lu 0x7fffffffffffffff rm=rtz frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.lu f10, a1, rtz
	CHECK_F(1881, f10, 0xffffffff5effffff)
	CHECK_FLAGS(1882, 0x1)
	/* fcvt.s.lu 0x8000000000000000 rm=rtz frm=None */
	li a1, 0x8000000000000000; fcvt.s.lu f10, a1, rtz
	CHECK_F(1883, f10, 0xffffffff5f000000)
	CHECK_FLAGS(1884, 0x0)
	/* fcvt.s.lu 0x20000001 rm=rtz frm=None */
	li a1, 0x20000001; fcvt.s.lu f10, a1, rtz
	CHECK_F(1885, f10, 0xffffffff4e000000)
	CHECK_FLAGS(1886, 0x1)
	/* fcvt.s.lu 0x123456789abcdef rm=rtz frm=None */
	li a1, 0x123456789abcdef; fcvt.s.lu f10, a1, rtz
	CHECK_F(1887, f10, 0xffffffff5b91a2b3)
	CHECK_FLAGS(1888, 0x1)
	/* fcvt.s.lu 0xfffffffffffffffd rm=rtz frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.lu f10, a1, rtz
	CHECK_F(1889, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(1890, 0x1)
	/* fcvt.s.lu 0x100000001 rm=rtz frm=None */
	li a1, 0x100000001; fcvt.s.lu f10, a1, rtz
	CHECK_F(1891, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1892, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffc00 rm=rtz frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.lu f10, a1, rtz
	CHECK_F(1893, f10, 0xffffffff5effffff)
	CHECK_FLAGS(1894, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffe00 rm=rtz frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.lu f10, a1, rtz
	CHECK_F(1895, f10, 0xffffffff5effffff)
	CHECK_FLAGS(1896, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffa01 rm=rtz frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.lu f10, a1, rtz
	CHECK_F(1897, f10, 0xffffffff5effffff)
	CHECK_FLAGS(1898, 0x1)
	/* fcvt.s.lu 0xffffffff01000001 rm=rtz frm=None */
	li a1, 0xffffffff01000001; fcvt.s.lu f10, a1, rtz
	CHECK_F(1899, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(1900, 0x1)
	/* fcvt.s.lu 0x2000003 rm=rtz frm=None */
	li a1, 0x2000003; fcvt.s.lu f10, a1, rtz
	CHECK_F(1901, f10, 0xffffffff4c000000)
	CHECK_FLAGS(1902, 0x1)
	/* fcvt.s.lu 0xffffff7f rm=rtz frm=None */
	li a1, 0xffffff7f; fcvt.s.lu f10, a1, rtz
	CHECK_F(1903, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(1904, 0x1)
	/* fcvt.s.lu 0x0 rm=rdn frm=None */
	li a1, 0x0; fcvt.s.lu f10, a1, rdn
	CHECK_F(1905, f10, 0xffffffff00000000)
	CHECK_FLAGS(1906, 0x0)
	/* fcvt.s.lu 0x1 rm=rdn frm=None */
	li a1, 0x1; fcvt.s.lu f10, a1, rdn
	CHECK_F(1907, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1908, 0x0)
	/* fcvt.s.lu 0xffffffffffffffff rm=rdn frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.lu f10, a1, rdn
	CHECK_F(1909, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(1910, 0x1)
	/* fcvt.s.lu 0x7fffffff rm=rdn frm=None */
	li a1, 0x7fffffff; fcvt.s.lu f10, a1, rdn
	CHECK_F(1911, f10, 0xffffffff4effffff)
	CHECK_FLAGS(1912, 0x1)
	/* fcvt.s.lu 0x80000000 rm=rdn frm=None */
	li a1, 0x80000000; fcvt.s.lu f10, a1, rdn
	CHECK_F(1913, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1914, 0x0)
	/* fcvt.s.lu 0xffffffff80000000 rm=rdn frm=None */
	li a1, 0xffffffff80000000; fcvt.s.lu f10, a1, rdn
	CHECK_F(1915, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(1916, 0x1)
	/* fcvt.s.lu 0xffffffff rm=rdn frm=None */
	li a1, 0xffffffff; fcvt.s.lu f10, a1, rdn
	CHECK_F(1917, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(1918, 0x1)
	/* fcvt.s.lu 0x1000001 rm=rdn frm=None */
	li a1, 0x1000001; fcvt.s.lu f10, a1, rdn
	CHECK_F(1919, f10, 0xffffffff4b800000)
	CHECK_FLAGS(1920, 0x1)
	/* fcvt.s.lu 0xfffffffffeffffff rm=rdn frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.lu f10, a1, rdn
	CHECK_F(1921, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(1922, 0x1)
	/* fcvt.s.lu 0x7fffffffffffffff rm=rdn frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.lu f10, a1, rdn
	CHECK_F(1923, f10, 0xffffffff5effffff)
	CHECK_FLAGS(1924, 0x1)
	/* fcvt.s.lu 0x8000000000000000 rm=rdn frm=None */
	li a1, 0x8000000000000000; fcvt.s.lu f10, a1, rdn
	CHECK_F(1925, f10, 0xffffffff5f000000)
	CHECK_FLAGS(1926, 0x0)
	/* fcvt.s.lu 0x20000001 rm=rdn frm=None */
	li a1, 0x20000001; fcvt.s.lu f10, a1, rdn
	CHECK_F(1927, f10, 0xffffffff4e000000)
	CHECK_FLAGS(1928, 0x1)
	/* fcvt.s.lu 0x123456789abcdef rm=rdn frm=None */
	li a1, 0x123456789abcdef; fcvt.s.lu f10, a1, rdn
	CHECK_F(1929, f10, 0xffffffff5b91a2b3)
	CHECK_FLAGS(1930, 0x1)
	/* fcvt.s.lu 0xfffffffffffffffd rm=rdn frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.lu f10, a1, rdn
	CHECK_F(1931, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(1932, 0x1)
	/* fcvt.s.lu 0x100000001 rm=rdn frm=None */
	li a1, 0x100000001; fcvt.s.lu f10, a1, rdn
	CHECK_F(1933, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1934, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffc00 rm=rdn frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.lu f10, a1, rdn
	CHECK_F(1935, f10, 0xffffffff5effffff)
	CHECK_FLAGS(1936, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffe00 rm=rdn frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.lu f10, a1, rdn
	CHECK_F(1937, f10, 0xffffffff5effffff)
	CHECK_FLAGS(1938, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffa01 rm=rdn frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.lu f10, a1, rdn
	CHECK_F(1939, f10, 0xffffffff5effffff)
	CHECK_FLAGS(1940, 0x1)
	/* fcvt.s.lu 0xffffffff01000001 rm=rdn frm=None */
	li a1, 0xffffffff01000001; fcvt.s.lu f10, a1, rdn
	CHECK_F(1941, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(1942, 0x1)
	/* fcvt.s.lu 0x2000003 rm=rdn frm=None */
	li a1, 0x2000003; fcvt.s.lu f10, a1, rdn
	CHECK_F(1943, f10, 0xffffffff4c000000)
	CHECK_FLAGS(1944, 0x1)
	/* fcvt.s.lu 0xffffff7f rm=rdn frm=None */
	li a1, 0xffffff7f; fcvt.s.lu f10, a1, rdn
	CHECK_F(1945, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(1946, 0x1)
	/* fcvt.s.lu 0x0 rm=rup frm=None */
	li a1, 0x0; fcvt.s.lu f10, a1, rup
	CHECK_F(1947, f10, 0xffffffff00000000)
	CHECK_FLAGS(1948, 0x0)
	/* fcvt.s.lu 0x1 rm=rup frm=None */
	li a1, 0x1; fcvt.s.lu f10, a1, rup
	CHECK_F(1949, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1950, 0x0)
	/* fcvt.s.lu 0xffffffffffffffff rm=rup frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.lu f10, a1, rup
	CHECK_F(1951, f10, 0xffffffff5f800000)
	CHECK_FLAGS(1952, 0x1)
	/* fcvt.s.lu 0x7fffffff rm=rup frm=None */
	li a1, 0x7fffffff; fcvt.s.lu f10, a1, rup
	CHECK_F(1953, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1954, 0x1)
	/* fcvt.s.lu 0x80000000 rm=rup frm=None */
	li a1, 0x80000000; fcvt.s.lu f10, a1, rup
	CHECK_F(1955, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1956, 0x0)
	/* fcvt.s.lu 0xffffffff80000000 rm=rup frm=None */
	li a1, 0xffffffff80000000; fcvt.s.lu f10, a1, rup
	CHECK_F(1957, f10, 0xffffffff5f800000)
	CHECK_FLAGS(1958, 0x1)
	/* fcvt.s.lu 0xffffffff rm=rup frm=None */
	li a1, 0xffffffff; fcvt.s.lu f10, a1, rup
	CHECK_F(1959, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1960, 0x1)
	/* fcvt.s.lu 0x1000001 rm=rup frm=None */
	li a1, 0x1000001; fcvt.s.lu f10, a1, rup
	CHECK_F(1961, f10, 0xffffffff4b800001)
	CHECK_FLAGS(1962, 0x1)
	/* fcvt.s.lu 0xfffffffffeffffff rm=rup frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.lu f10, a1, rup
	CHECK_F(1963, f10, 0xffffffff5f800000)
	CHECK_FLAGS(1964, 0x1)
	/* fcvt.s.lu 0x7fffffffffffffff rm=rup frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.lu f10, a1, rup
	CHECK_F(1965, f10, 0xffffffff5f000000)
	CHECK_FLAGS(1966, 0x1)
	/* fcvt.s.lu 0x8000000000000000 rm=rup frm=None */
	li a1, 0x8000000000000000; fcvt.s.lu f10, a1, rup
	CHECK_F(1967, f10, 0xffffffff5f000000)
	CHECK_FLAGS(1968, 0x0)
	/* fcvt.s.lu 0x20000001 rm=rup frm=None */
	li a1, 0x20000001; fcvt.s.lu f10, a1, rup
	CHECK_F(1969, f10, 0xffffffff4e000001)
	CHECK_FLAGS(1970, 0x1)
	/* fcvt.s.lu 0x123456789abcdef rm=rup frm=None */
	li a1, 0x123456789abcdef; fcvt.s.lu f10, a1, rup
	CHECK_F(1971, f10, 0xffffffff5b91a2b4)
	CHECK_FLAGS(1972, 0x1)
	/* fcvt.s.lu 0xfffffffffffffffd rm=rup frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.lu f10, a1, rup
	CHECK_F(1973, f10, 0xffffffff5f800000)
	CHECK_FLAGS(1974, 0x1)
	/* fcvt.s.lu 0x100000001 rm=rup frm=None */
	li a1, 0x100000001; fcvt.s.lu f10, a1, rup
	CHECK_F(1975, f10, 0xffffffff4f800001)
	CHECK_FLAGS(1976, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffc00 rm=rup frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.lu f10, a1, rup
	CHECK_F(1977, f10, 0xffffffff5f000000)
	CHECK_FLAGS(1978, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffe00 rm=rup frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.lu f10, a1, rup
	CHECK_F(1979, f10, 0xffffffff5f000000)
	CHECK_FLAGS(1980, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffa01 rm=rup frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.lu f10, a1, rup
	CHECK_F(1981, f10, 0xffffffff5f000000)
	CHECK_FLAGS(1982, 0x1)
	/* fcvt.s.lu 0xffffffff01000001 rm=rup frm=None */
	li a1, 0xffffffff01000001; fcvt.s.lu f10, a1, rup
	CHECK_F(1983, f10, 0xffffffff5f800000)
	CHECK_FLAGS(1984, 0x1)
	/* fcvt.s.lu 0x2000003 rm=rup frm=None */
	li a1, 0x2000003; fcvt.s.lu f10, a1, rup
	CHECK_F(1985, f10, 0xffffffff4c000001)
	CHECK_FLAGS(1986, 0x1)
	/* fcvt.s.lu 0xffffff7f rm=rup frm=None */
	li a1, 0xffffff7f; fcvt.s.lu f10, a1, rup
	CHECK_F(1987, f10, 0xffffffff4f800000)
	CHECK_FLAGS(1988, 0x1)
	/* fcvt.s.lu 0x0 rm=rmm frm=None */
	li a1, 0x0; fcvt.s.lu f10, a1, rmm
	CHECK_F(1989, f10, 0xffffffff00000000)
	CHECK_FLAGS(1990, 0x0)
	/* fcvt.s.lu 0x1 rm=rmm frm=None */
	li a1, 0x1; fcvt.s.lu f10, a1, rmm
	CHECK_F(1991, f10, 0xffffffff3f800000)
	CHECK_FLAGS(1992, 0x0)
	/* fcvt.s.lu 0xffffffffffffffff rm=rmm frm=None */
	li a1, 0xffffffffffffffff; fcvt.s.lu f10, a1, rmm
	CHECK_F(1993, f10, 0xffffffff5f800000)
	CHECK_FLAGS(1994, 0x1)
	/* fcvt.s.lu 0x7fffffff rm=rmm frm=None */
	li a1, 0x7fffffff; fcvt.s.lu f10, a1, rmm
	CHECK_F(1995, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1996, 0x1)
	/* fcvt.s.lu 0x80000000 rm=rmm frm=None */
	li a1, 0x80000000; fcvt.s.lu f10, a1, rmm
	CHECK_F(1997, f10, 0xffffffff4f000000)
	CHECK_FLAGS(1998, 0x0)
	/* fcvt.s.lu 0xffffffff80000000 rm=rmm frm=None */
	li a1, 0xffffffff80000000; fcvt.s.lu f10, a1, rmm
	CHECK_F(1999, f10, 0xffffffff5f800000)
	CHECK_FLAGS(2000, 0x1)
	/* fcvt.s.lu 0xffffffff rm=rmm frm=None */
	li a1, 0xffffffff; fcvt.s.lu f10, a1, rmm
	CHECK_F(2001, f10, 0xffffffff4f800000)
	CHECK_FLAGS(2002, 0x1)
	/* fcvt.s.lu 0x1000001 rm=rmm frm=None */
	li a1, 0x1000001; fcvt.s.lu f10, a1, rmm
	CHECK_F(2003, f10, 0xffffffff4b800001)
	CHECK_FLAGS(2004, 0x1)
	/* fcvt.s.lu 0xfffffffffeffffff rm=rmm frm=None */
	li a1, 0xfffffffffeffffff; fcvt.s.lu f10, a1, rmm
	CHECK_F(2005, f10, 0xffffffff5f800000)
	CHECK_FLAGS(2006, 0x1)
	/* fcvt.s.lu 0x7fffffffffffffff rm=rmm frm=None */
	li a1, 0x7fffffffffffffff; fcvt.s.lu f10, a1, rmm
	CHECK_F(2007, f10, 0xffffffff5f000000)
	CHECK_FLAGS(2008, 0x1)
	/* fcvt.s.lu 0x8000000000000000 rm=rmm frm=None */
	li a1, 0x8000000000000000; fcvt.s.lu f10, a1, rmm
	CHECK_F(2009, f10, 0xffffffff5f000000)
	CHECK_FLAGS(2010, 0x0)
	/* fcvt.s.lu 0x20000001 rm=rmm frm=None */
	li a1, 0x20000001; fcvt.s.lu f10, a1, rmm
	CHECK_F(2011, f10, 0xffffffff4e000000)
	CHECK_FLAGS(2012, 0x1)
	/* fcvt.s.lu 0x123456789abcdef rm=rmm frm=None */
	li a1, 0x123456789abcdef; fcvt.s.lu f10, a1, rmm
	CHECK_F(2013, f10, 0xffffffff5b91a2b4)
	CHECK_FLAGS(2014, 0x1)
	/* fcvt.s.lu 0xfffffffffffffffd rm=rmm frm=None */
	li a1, 0xfffffffffffffffd; fcvt.s.lu f10, a1, rmm
	CHECK_F(2015, f10, 0xffffffff5f800000)
	CHECK_FLAGS(2016, 0x1)
	/* fcvt.s.lu 0x100000001 rm=rmm frm=None */
	li a1, 0x100000001; fcvt.s.lu f10, a1, rmm
	CHECK_F(2017, f10, 0xffffffff4f800000)
	CHECK_FLAGS(2018, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffc00 rm=rmm frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.s.lu f10, a1, rmm
	CHECK_F(2019, f10, 0xffffffff5f000000)
	CHECK_FLAGS(2020, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffe00 rm=rmm frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.s.lu f10, a1, rmm
	CHECK_F(2021, f10, 0xffffffff5f000000)
	CHECK_FLAGS(2022, 0x1)
	/* fcvt.s.lu 0x7ffffffffffffa01 rm=rmm frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.s.lu f10, a1, rmm
	CHECK_F(2023, f10, 0xffffffff5f000000)
	CHECK_FLAGS(2024, 0x1)
	/* fcvt.s.lu 0xffffffff01000001 rm=rmm frm=None */
	li a1, 0xffffffff01000001; fcvt.s.lu f10, a1, rmm
	CHECK_F(2025, f10, 0xffffffff5f800000)
	CHECK_FLAGS(2026, 0x1)
	/* fcvt.s.lu 0x2000003 rm=rmm frm=None */
	li a1, 0x2000003; fcvt.s.lu f10, a1, rmm
	CHECK_F(2027, f10, 0xffffffff4c000001)
	CHECK_FLAGS(2028, 0x1)
	/* fcvt.s.lu 0xffffff7f rm=rmm frm=None */
	li a1, 0xffffff7f; fcvt.s.lu f10, a1, rmm
	CHECK_F(2029, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(2030, 0x1)
	/* fcvt.s.lu 0x1000001 rm=None frm=0 */
	li a1, 0x1000001; fsrmi 0; fcvt.s.lu f10, a1
	CHECK_F(2031, f10, 0xffffffff4b800000)
	CHECK_FLAGS(2032, 0x1)
	/* fcvt.s.lu 0x1000001 rm=None frm=1 */
	li a1, 0x1000001; fsrmi 1; fcvt.s.lu f10, a1
	CHECK_F(2033, f10, 0xffffffff4b800000)
	CHECK_FLAGS(2034, 0x1)
	/* fcvt.s.lu 0x1000001 rm=None frm=2 */
	li a1, 0x1000001; fsrmi 2; fcvt.s.lu f10, a1
	CHECK_F(2035, f10, 0xffffffff4b800000)
	CHECK_FLAGS(2036, 0x1)
	/* fcvt.s.lu 0x1000001 rm=None frm=3 */
	li a1, 0x1000001; fsrmi 3; fcvt.s.lu f10, a1
	CHECK_F(2037, f10, 0xffffffff4b800001)
	CHECK_FLAGS(2038, 0x1)
	/* fcvt.s.lu 0x1000001 rm=None frm=4 */
	li a1, 0x1000001; fsrmi 4; fcvt.s.lu f10, a1
	CHECK_F(2039, f10, 0xffffffff4b800001)
	CHECK_FLAGS(2040, 0x1)
	/* fcvt.w.d 0x0 rm=rtz frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2041, a0, 0x0)
	CHECK_FLAGS(2042, 0x0)
	/* fcvt.w.d 0x8000000000000000 rm=rtz frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2043, a0, 0x0)
	CHECK_FLAGS(2044, 0x0)
	/* fcvt.w.d 0x3ff0000000000000 rm=rtz frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2045, a0, 0x1)
	CHECK_FLAGS(2046, 0x0)
	/* fcvt.w.d 0xbff0000000000000 rm=rtz frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2047, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2048, 0x0)
	/* fcvt.w.d 0x3ff8000000000000 rm=rtz frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2049, a0, 0x1)
	CHECK_FLAGS(2050, 0x1)
	/* fcvt.w.d 0x4004000000000000 rm=rtz frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2051, a0, 0x2)
	CHECK_FLAGS(2052, 0x1)
	/* fcvt.w.d 0xc004000000000000 rm=rtz frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2053, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(2054, 0x1)
	/* fcvt.w.d 0x3fe0000000000000 rm=rtz frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2055, a0, 0x0)
	CHECK_FLAGS(2056, 0x1)
	/* fcvt.w.d 0xbfe0000000000000 rm=rtz frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2057, a0, 0x0)
	CHECK_FLAGS(2058, 0x1)
	/* fcvt.w.d 0x7fefffffffffffff rm=rtz frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2059, a0, 0x7fffffff)
	CHECK_FLAGS(2060, 0x10)
	/* fcvt.w.d 0xffefffffffffffff rm=rtz frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2061, a0, 0xffffffff80000000)
	CHECK_FLAGS(2062, 0x10)
	/* fcvt.w.d 0x10000000000000 rm=rtz frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2063, a0, 0x0)
	CHECK_FLAGS(2064, 0x1)
	/* fcvt.w.d 0xfffffffffffff rm=rtz frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2065, a0, 0x0)
	CHECK_FLAGS(2066, 0x1)
	/* fcvt.w.d 0x1 rm=rtz frm=None */
	li t0, 0x1; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2067, a0, 0x0)
	CHECK_FLAGS(2068, 0x1)
	/* fcvt.w.d 0x8000000000000001 rm=rtz frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2069, a0, 0x0)
	CHECK_FLAGS(2070, 0x1)
	/* fcvt.w.d 0x7ff0000000000000 rm=rtz frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2071, a0, 0x7fffffff)
	CHECK_FLAGS(2072, 0x10)
	/* fcvt.w.d 0xfff0000000000000 rm=rtz frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2073, a0, 0xffffffff80000000)
	CHECK_FLAGS(2074, 0x10)
	/* fcvt.w.d 0x7ff8000000000000 rm=rtz frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2075, a0, 0x7fffffff)
	CHECK_FLAGS(2076, 0x10)
	/* fcvt.w.d 0x7ff0000000000001 rm=rtz frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2077, a0, 0x7fffffff)
	CHECK_FLAGS(2078, 0x10)
	/* fcvt.w.d 0xfff8000000001234 rm=rtz frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2079, a0, 0x7fffffff)
	CHECK_FLAGS(2080, 0x10)
	/* fcvt.w.d 0x3ff0000000000001 rm=rtz frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2081, a0, 0x1)
	CHECK_FLAGS(2082, 0x1)
	/* fcvt.w.d 0x3ca0000000000000 rm=rtz frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2083, a0, 0x0)
	CHECK_FLAGS(2084, 0x1)
	/* fcvt.w.d 0x4008000000000000 rm=rtz frm=None */
	li t0, 0x4008000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2085, a0, 0x3)
	CHECK_FLAGS(2086, 0x0)
	/* fcvt.w.d 0x3fb999999999999a rm=rtz frm=None */
	li t0, 0x3fb999999999999a; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2087, a0, 0x0)
	CHECK_FLAGS(2088, 0x1)
	/* fcvt.w.d 0x41dfffffffe00000 rm=rtz frm=None */
	li t0, 0x41dfffffffe00000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2089, a0, 0x7fffffff)
	CHECK_FLAGS(2090, 0x1)
	/* fcvt.w.d 0x41e0000000000000 rm=rtz frm=None */
	li t0, 0x41e0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2091, a0, 0x7fffffff)
	CHECK_FLAGS(2092, 0x10)
	/* fcvt.w.d 0xc1e0000000000000 rm=rtz frm=None */
	li t0, 0xc1e0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2093, a0, 0xffffffff80000000)
	CHECK_FLAGS(2094, 0x0)
	/* fcvt.w.d 0xc1e0000000100000 rm=rtz frm=None */
	li t0, 0xc1e0000000100000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2095, a0, 0xffffffff80000000)
	CHECK_FLAGS(2096, 0x1)
	/* fcvt.w.d 0x43e0000000000000 rm=rtz frm=None */
	li t0, 0x43e0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2097, a0, 0x7fffffff)
	CHECK_FLAGS(2098, 0x10)
	/* fcvt.w.d 0xc3e0000000000000 rm=rtz frm=None */
	li t0, 0xc3e0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2099, a0, 0xffffffff80000000)
	CHECK_FLAGS(2100, 0x10)
	/* fcvt.w.d 0x43f0000000000000 rm=rtz frm=None */
	li t0, 0x43f0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2101, a0, 0x7fffffff)
	CHECK_FLAGS(2102, 0x10)
	/* fcvt.w.d 0x43efffffffffffff rm=rtz frm=None */
	li t0, 0x43efffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2103, a0, 0x7fffffff)
	CHECK_FLAGS(2104, 0x10)
	/* fcvt.w.d 0x41efffffffe00000 rm=rtz frm=None */
	li t0, 0x41efffffffe00000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2105, a0, 0x7fffffff)
	CHECK_FLAGS(2106, 0x10)
	/* fcvt.w.d 0x3ff0000010000000 rm=rtz frm=None */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2107, a0, 0x1)
	CHECK_FLAGS(2108, 0x1)
	/* fcvt.w.d 0x3810000000000000 rm=rtz frm=None */
	li t0, 0x3810000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2109, a0, 0x0)
	CHECK_FLAGS(2110, 0x1)
	/* fcvt.w.d 0x3690000000000000 rm=rtz frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2111, a0, 0x0)
	CHECK_FLAGS(2112, 0x1)
	/* fcvt.w.d 0x47efffffe0000000 rm=rtz frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2113, a0, 0x7fffffff)
	CHECK_FLAGS(2114, 0x10)
	/* fcvt.w.d 0x47efffff00000000 rm=rtz frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2115, a0, 0x7fffffff)
	CHECK_FLAGS(2116, 0x10)
	/* fcvt.w.d 0x36a0000000000000 rm=rtz frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2117, a0, 0x0)
	CHECK_FLAGS(2118, 0x1)
	/* fcvt.w.d 0x3fefffffffffffff rm=rtz frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2119, a0, 0x0)
	CHECK_FLAGS(2120, 0x1)
	/* fcvt.w.d 0xbcb0000000000000 rm=rtz frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2121, a0, 0x0)
	CHECK_FLAGS(2122, 0x1)
	/* fcvt.w.d 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(2123, a0, 0x1)
	CHECK_FLAGS(2124, 0x0)
	/* fcvt.w.d 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(2125, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2126, 0x0)
	/* fcvt.w.d 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(2127, a0, 0x2)
	CHECK_FLAGS(2128, 0x1)
	/* fcvt.w.d 0x4004000000000000 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(2129, a0, 0x2)
	CHECK_FLAGS(2130, 0x1)
	/* fcvt.w.d 0xc004000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(2131, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(2132, 0x1)
	/* fcvt.w.d 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(2133, a0, 0x0)
	CHECK_FLAGS(2134, 0x1)
	/* fcvt.w.d 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(2135, a0, 0x0)
	CHECK_FLAGS(2136, 0x1)
	/* fcvt.w.d 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(2137, a0, 0x7fffffff)
	CHECK_FLAGS(2138, 0x10)
	/* fcvt.w.d 0x3690000000000000 rm=rne frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(2139, a0, 0x0)
	CHECK_FLAGS(2140, 0x1)
	/* fcvt.w.d 0x47efffffe0000000 rm=rne frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(2141, a0, 0x7fffffff)
	CHECK_FLAGS(2142, 0x10)
	/* fcvt.w.d 0x47efffff00000000 rm=rne frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(2143, a0, 0x7fffffff)
	CHECK_FLAGS(2144, 0x10)
	/* fcvt.w.d 0x36a0000000000000 rm=rne frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(2145, a0, 0x0)
	CHECK_FLAGS(2146, 0x1)
	/* fcvt.w.d 0x3fefffffffffffff rm=rne frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(2147, a0, 0x1)
	CHECK_FLAGS(2148, 0x1)
	/* fcvt.w.d 0xbcb0000000000000 rm=rne frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(2149, a0, 0x0)
	CHECK_FLAGS(2150, 0x1)
	/* fcvt.w.d 0x801d1cb548f78b79 rm=rne frm=None */
	li t0, 0x801d1cb548f78b79; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(2151, a0, 0x0)
	CHECK_FLAGS(2152, 0x1)
	/* fcvt.w.d 0x4009000000000000 rm=rne frm=None */
	li t0, 0x4009000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(2153, a0, 0x3)
	CHECK_FLAGS(2154, 0x1)
	/* fcvt.w.d 0xbeb173896e48ab65 rm=rne frm=None */
	li t0, 0xbeb173896e48ab65; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(2155, a0, 0x0)
	CHECK_FLAGS(2156, 0x1)
	/* fcvt.w.d 0x3fe4f2907b8cfd45 rm=rne frm=None */
	li t0, 0x3fe4f2907b8cfd45; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(2157, a0, 0x1)
	CHECK_FLAGS(2158, 0x1)
	/* fcvt.w.d 0x3000000000000 rm=rne frm=None */
	li t0, 0x3000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(2159, a0, 0x0)
	CHECK_FLAGS(2160, 0x1)
	/* fcvt.w.d 0x4005e6a37000bee7 rm=rne frm=None */
	li t0, 0x4005e6a37000bee7; fmv.d.x f11, t0; fcvt.w.d a0, f11, rne
	CHECK(2161, a0, 0x3)
	CHECK_FLAGS(2162, 0x1)
	/* fcvt.w.d 0x3ff0000000000000 rm=rtz frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2163, a0, 0x1)
	CHECK_FLAGS(2164, 0x0)
	/* fcvt.w.d 0xbff0000000000000 rm=rtz frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2165, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2166, 0x0)
	/* fcvt.w.d 0x3ff8000000000000 rm=rtz frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2167, a0, 0x1)
	CHECK_FLAGS(2168, 0x1)
	/* fcvt.w.d 0x4004000000000000 rm=rtz frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2169, a0, 0x2)
	CHECK_FLAGS(2170, 0x1)
	/* fcvt.w.d 0xc004000000000000 rm=rtz frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2171, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(2172, 0x1)
	/* fcvt.w.d 0x3fe0000000000000 rm=rtz frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2173, a0, 0x0)
	CHECK_FLAGS(2174, 0x1)
	/* fcvt.w.d 0xbfe0000000000000 rm=rtz frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2175, a0, 0x0)
	CHECK_FLAGS(2176, 0x1)
	/* fcvt.w.d 0x7fefffffffffffff rm=rtz frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2177, a0, 0x7fffffff)
	CHECK_FLAGS(2178, 0x10)
	/* fcvt.w.d 0x3690000000000000 rm=rtz frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2179, a0, 0x0)
	CHECK_FLAGS(2180, 0x1)
	/* fcvt.w.d 0x47efffffe0000000 rm=rtz frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2181, a0, 0x7fffffff)
	CHECK_FLAGS(2182, 0x10)
	/* fcvt.w.d 0x47efffff00000000 rm=rtz frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2183, a0, 0x7fffffff)
	CHECK_FLAGS(2184, 0x10)
	/* fcvt.w.d 0x36a0000000000000 rm=rtz frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2185, a0, 0x0)
	CHECK_FLAGS(2186, 0x1)
	/* fcvt.w.d 0x3fefffffffffffff rm=rtz frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2187, a0, 0x0)
	CHECK_FLAGS(2188, 0x1)
	/* fcvt.w.d 0xbcb0000000000000 rm=rtz frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2189, a0, 0x0)
	CHECK_FLAGS(2190, 0x1)
	/* fcvt.w.d 0xbfeecaa4bed7f3fd rm=rtz frm=None */
	li t0, 0xbfeecaa4bed7f3fd; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2191, a0, 0x0)
	CHECK_FLAGS(2192, 0x1)
	/* fcvt.w.d 0xc0045aa6936b4600 rm=rtz frm=None */
	li t0, 0xc0045aa6936b4600; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2193, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(2194, 0x1)
	/* fcvt.w.d 0xbfe7c7dd21e4c770 rm=rtz frm=None */
	li t0, 0xbfe7c7dd21e4c770; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2195, a0, 0x0)
	CHECK_FLAGS(2196, 0x1)
	/* fcvt.w.d 0x1b423e8fcca7cff1 rm=rtz frm=None */
	li t0, 0x1b423e8fcca7cff1; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2197, a0, 0x0)
	CHECK_FLAGS(2198, 0x1)
	/* fcvt.w.d 0xbeb4f2ac670370bb rm=rtz frm=None */
	li t0, 0xbeb4f2ac670370bb; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2199, a0, 0x0)
	CHECK_FLAGS(2200, 0x1)
	/* fcvt.w.d 0x3ebb186865c11fe3 rm=rtz frm=None */
	li t0, 0x3ebb186865c11fe3; fmv.d.x f11, t0; fcvt.w.d a0, f11, rtz
	CHECK(2201, a0, 0x0)
	CHECK_FLAGS(2202, 0x1)
	/* fcvt.w.d 0x3ff0000000000000 rm=rdn frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(2203, a0, 0x1)
	CHECK_FLAGS(2204, 0x0)
	/* fcvt.w.d 0xbff0000000000000 rm=rdn frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(2205, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2206, 0x0)
	/* fcvt.w.d 0x3ff8000000000000 rm=rdn frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(2207, a0, 0x1)
	CHECK_FLAGS(2208, 0x1)
	/* fcvt.w.d 0x4004000000000000 rm=rdn frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(2209, a0, 0x2)
	CHECK_FLAGS(2210, 0x1)
	/* fcvt.w.d 0xc004000000000000 rm=rdn frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(2211, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(2212, 0x1)
	/* fcvt.w.d 0x3fe0000000000000 rm=rdn frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(2213, a0, 0x0)
	CHECK_FLAGS(2214, 0x1)
	/* fcvt.w.d 0xbfe0000000000000 rm=rdn frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(2215, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2216, 0x1)
	/* fcvt.w.d 0x7fefffffffffffff rm=rdn frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(2217, a0, 0x7fffffff)
	CHECK_FLAGS(2218, 0x10)
	/* fcvt.w.d 0x3690000000000000 rm=rdn frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(2219, a0, 0x0)
	CHECK_FLAGS(2220, 0x1)
	/* fcvt.w.d 0x47efffffe0000000 rm=rdn frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(2221, a0, 0x7fffffff)
	CHECK_FLAGS(2222, 0x10)
	/* fcvt.w.d 0x47efffff00000000 rm=rdn frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(2223, a0, 0x7fffffff)
	CHECK_FLAGS(2224, 0x10)
	/* fcvt.w.d 0x36a0000000000000 rm=rdn frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(2225, a0, 0x0)
	CHECK_FLAGS(2226, 0x1)
	/* fcvt.w.d 0x3fefffffffffffff rm=rdn frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(2227, a0, 0x0)
	CHECK_FLAGS(2228, 0x1)
	/* fcvt.w.d 0xbcb0000000000000 rm=rdn frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(2229, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2230, 0x1)
	/* fcvt.w.d 0xc00d800000000000 rm=rdn frm=None */
	li t0, 0xc00d800000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(2231, a0, 0xfffffffffffffffc)
	CHECK_FLAGS(2232, 0x1)
	/* fcvt.w.d 0xf000000000000 rm=rdn frm=None */
	li t0, 0xf000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(2233, a0, 0x0)
	CHECK_FLAGS(2234, 0x1)
	/* fcvt.w.d 0x802a60a7f37065e4 rm=rdn frm=None */
	li t0, 0x802a60a7f37065e4; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(2235, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2236, 0x1)
	/* fcvt.w.d 0xea445cefe9113a0 rm=rdn frm=None */
	li t0, 0xea445cefe9113a0; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(2237, a0, 0x0)
	CHECK_FLAGS(2238, 0x1)
	/* fcvt.w.d 0x224b0768bd89f9 rm=rdn frm=None */
	li t0, 0x224b0768bd89f9; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(2239, a0, 0x0)
	CHECK_FLAGS(2240, 0x1)
	/* fcvt.w.d 0xc13053acbee23937 rm=rdn frm=None */
	li t0, 0xc13053acbee23937; fmv.d.x f11, t0; fcvt.w.d a0, f11, rdn
	CHECK(2241, a0, 0xffffffffffefac53)
	CHECK_FLAGS(2242, 0x1)
	/* fcvt.w.d 0x3ff0000000000000 rm=rup frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(2243, a0, 0x1)
	CHECK_FLAGS(2244, 0x0)
	/* fcvt.w.d 0xbff0000000000000 rm=rup frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(2245, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2246, 0x0)
	/* fcvt.w.d 0x3ff8000000000000 rm=rup frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(2247, a0, 0x2)
	CHECK_FLAGS(2248, 0x1)
	/* fcvt.w.d 0x4004000000000000 rm=rup frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(2249, a0, 0x3)
	CHECK_FLAGS(2250, 0x1)
	/* fcvt.w.d 0xc004000000000000 rm=rup frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(2251, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(2252, 0x1)
	/* fcvt.w.d 0x3fe0000000000000 rm=rup frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(2253, a0, 0x1)
	CHECK_FLAGS(2254, 0x1)
	/* fcvt.w.d 0xbfe0000000000000 rm=rup frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(2255, a0, 0x0)
	CHECK_FLAGS(2256, 0x1)
	/* fcvt.w.d 0x7fefffffffffffff rm=rup frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(2257, a0, 0x7fffffff)
	CHECK_FLAGS(2258, 0x10)
	/* fcvt.w.d 0x3690000000000000 rm=rup frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(2259, a0, 0x1)
	CHECK_FLAGS(2260, 0x1)
	/* fcvt.w.d 0x47efffffe0000000 rm=rup frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(2261, a0, 0x7fffffff)
	CHECK_FLAGS(2262, 0x10)
	/* fcvt.w.d 0x47efffff00000000 rm=rup frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(2263, a0, 0x7fffffff)
	CHECK_FLAGS(2264, 0x10)
	/* fcvt.w.d 0x36a0000000000000 rm=rup frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(2265, a0, 0x1)
	CHECK_FLAGS(2266, 0x1)
	/* fcvt.w.d 0x3fefffffffffffff rm=rup frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(2267, a0, 0x1)
	CHECK_FLAGS(2268, 0x1)
	/* fcvt.w.d 0xbcb0000000000000 rm=rup frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(2269, a0, 0x0)
	CHECK_FLAGS(2270, 0x1)
	/* fcvt.w.d 0xc19ffca79d35e24 rm=rup frm=None */
	li t0, 0xc19ffca79d35e24; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(2271, a0, 0x1)
	CHECK_FLAGS(2272, 0x1)
	/* fcvt.w.d 0x3fe30e78b08e7cc8 rm=rup frm=None */
	li t0, 0x3fe30e78b08e7cc8; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(2273, a0, 0x1)
	CHECK_FLAGS(2274, 0x1)
	/* fcvt.w.d 0x3feee85062f2baae rm=rup frm=None */
	li t0, 0x3feee85062f2baae; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(2275, a0, 0x1)
	CHECK_FLAGS(2276, 0x1)
	/* fcvt.w.d 0x917c000000000000 rm=rup frm=None */
	li t0, 0x917c000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(2277, a0, 0x0)
	CHECK_FLAGS(2278, 0x1)
	/* fcvt.w.d 0x3fe671864cf7dcb8 rm=rup frm=None */
	li t0, 0x3fe671864cf7dcb8; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(2279, a0, 0x1)
	CHECK_FLAGS(2280, 0x1)
	/* fcvt.w.d 0x3eb5000000000000 rm=rup frm=None */
	li t0, 0x3eb5000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rup
	CHECK(2281, a0, 0x1)
	CHECK_FLAGS(2282, 0x1)
	/* fcvt.w.d 0x3ff0000000000000 rm=rmm frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(2283, a0, 0x1)
	CHECK_FLAGS(2284, 0x0)
	/* fcvt.w.d 0xbff0000000000000 rm=rmm frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(2285, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2286, 0x0)
	/* fcvt.w.d 0x3ff8000000000000 rm=rmm frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(2287, a0, 0x2)
	CHECK_FLAGS(2288, 0x1)
	/* fcvt.w.d 0x4004000000000000 rm=rmm frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(2289, a0, 0x3)
	CHECK_FLAGS(2290, 0x1)
	/* fcvt.w.d 0xc004000000000000 rm=rmm frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(2291, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(2292, 0x1)
	/* fcvt.w.d 0x3fe0000000000000 rm=rmm frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(2293, a0, 0x1)
	CHECK_FLAGS(2294, 0x1)
	/* fcvt.w.d 0xbfe0000000000000 rm=rmm frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(2295, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2296, 0x1)
	/* fcvt.w.d 0x7fefffffffffffff rm=rmm frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(2297, a0, 0x7fffffff)
	CHECK_FLAGS(2298, 0x10)
	/* fcvt.w.d 0x3690000000000000 rm=rmm frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(2299, a0, 0x0)
	CHECK_FLAGS(2300, 0x1)
	/* fcvt.w.d 0x47efffffe0000000 rm=rmm frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(2301, a0, 0x7fffffff)
	CHECK_FLAGS(2302, 0x10)
	/* fcvt.w.d 0x47efffff00000000 rm=rmm frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(2303, a0, 0x7fffffff)
	CHECK_FLAGS(2304, 0x10)
	/* fcvt.w.d 0x36a0000000000000 rm=rmm frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(2305, a0, 0x0)
	CHECK_FLAGS(2306, 0x1)
	/* fcvt.w.d 0x3fefffffffffffff rm=rmm frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(2307, a0, 0x1)
	CHECK_FLAGS(2308, 0x1)
	/* fcvt.w.d 0xbcb0000000000000 rm=rmm frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(2309, a0, 0x0)
	CHECK_FLAGS(2310, 0x1)
	/* fcvt.w.d 0x8010800000000000 rm=rmm frm=None */
	li t0, 0x8010800000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(2311, a0, 0x0)
	CHECK_FLAGS(2312, 0x1)
	/* fcvt.w.d 0x8000800000000000 rm=rmm frm=None */
	li t0, 0x8000800000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(2313, a0, 0x0)
	CHECK_FLAGS(2314, 0x1)
	/* fcvt.w.d 0xaf6b176ccd78f560 rm=rmm frm=None */
	li t0, 0xaf6b176ccd78f560; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(2315, a0, 0x0)
	CHECK_FLAGS(2316, 0x1)
	/* fcvt.w.d 0x8011800000000000 rm=rmm frm=None */
	li t0, 0x8011800000000000; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(2317, a0, 0x0)
	CHECK_FLAGS(2318, 0x1)
	/* fcvt.w.d 0x3eb40d170533076f rm=rmm frm=None */
	li t0, 0x3eb40d170533076f; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(2319, a0, 0x0)
	CHECK_FLAGS(2320, 0x1)
	/* fcvt.w.d 0x3ff19253cdf5a8ab rm=rmm frm=None */
	li t0, 0x3ff19253cdf5a8ab; fmv.d.x f11, t0; fcvt.w.d a0, f11, rmm
	CHECK(2321, a0, 0x1)
	CHECK_FLAGS(2322, 0x1)
	/* fcvt.w.d 0xbfe0000000000000 rm=None frm=0 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 0; fcvt.w.d a0, f11
	CHECK(2323, a0, 0x0)
	CHECK_FLAGS(2324, 0x1)
	/* fcvt.w.d 0xc004000000000000 rm=None frm=0 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 0; fcvt.w.d a0, f11
	CHECK(2325, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(2326, 0x1)
	/* fcvt.w.d 0xbfe0000000000000 rm=None frm=1 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 1; fcvt.w.d a0, f11
	CHECK(2327, a0, 0x0)
	CHECK_FLAGS(2328, 0x1)
	/* fcvt.w.d 0xc004000000000000 rm=None frm=1 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 1; fcvt.w.d a0, f11
	CHECK(2329, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(2330, 0x1)
	/* fcvt.w.d 0xbfe0000000000000 rm=None frm=2 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 2; fcvt.w.d a0, f11
	CHECK(2331, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2332, 0x1)
	/* fcvt.w.d 0xc004000000000000 rm=None frm=2 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 2; fcvt.w.d a0, f11
	CHECK(2333, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(2334, 0x1)
	/* fcvt.w.d 0xbfe0000000000000 rm=None frm=3 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 3; fcvt.w.d a0, f11
	CHECK(2335, a0, 0x0)
	CHECK_FLAGS(2336, 0x1)
	/* fcvt.w.d 0xc004000000000000 rm=None frm=3 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 3; fcvt.w.d a0, f11
	CHECK(2337, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(2338, 0x1)
	/* fcvt.w.d 0xbfe0000000000000 rm=None frm=4 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 4; fcvt.w.d a0, f11
	CHECK(2339, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2340, 0x1)
	/* fcvt.w.d 0xc004000000000000 rm=None frm=4 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 4; fcvt.w.d a0, f11
	CHECK(2341, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(2342, 0x1)
	/* fcvt.wu.d 0x0 rm=rtz frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2343, a0, 0x0)
	CHECK_FLAGS(2344, 0x0)
	/* fcvt.wu.d 0x8000000000000000 rm=rtz frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2345, a0, 0x0)
	CHECK_FLAGS(2346, 0x0)
	/* fcvt.wu.d 0x3ff0000000000000 rm=rtz frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2347, a0, 0x1)
	CHECK_FLAGS(2348, 0x0)
	/* fcvt.wu.d 0xbff0000000000000 rm=rtz frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2349, a0, 0x0)
	CHECK_FLAGS(2350, 0x10)
	/* fcvt.wu.d 0x3ff8000000000000 rm=rtz frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2351, a0, 0x1)
	CHECK_FLAGS(2352, 0x1)
	/* fcvt.wu.d 0x4004000000000000 rm=rtz frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2353, a0, 0x2)
	CHECK_FLAGS(2354, 0x1)
	/* fcvt.wu.d 0xc004000000000000 rm=rtz frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2355, a0, 0x0)
	CHECK_FLAGS(2356, 0x10)
	/* fcvt.wu.d 0x3fe0000000000000 rm=rtz frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2357, a0, 0x0)
	CHECK_FLAGS(2358, 0x1)
	/* fcvt.wu.d 0xbfe0000000000000 rm=rtz frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2359, a0, 0x0)
	CHECK_FLAGS(2360, 0x1)
	/* fcvt.wu.d 0x7fefffffffffffff rm=rtz frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2361, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2362, 0x10)
	/* fcvt.wu.d 0xffefffffffffffff rm=rtz frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2363, a0, 0x0)
	CHECK_FLAGS(2364, 0x10)
	/* fcvt.wu.d 0x10000000000000 rm=rtz frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2365, a0, 0x0)
	CHECK_FLAGS(2366, 0x1)
	/* fcvt.wu.d 0xfffffffffffff rm=rtz frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2367, a0, 0x0)
	CHECK_FLAGS(2368, 0x1)
	/* fcvt.wu.d 0x1 rm=rtz frm=None */
	li t0, 0x1; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2369, a0, 0x0)
	CHECK_FLAGS(2370, 0x1)
	/* fcvt.wu.d 0x8000000000000001 rm=rtz frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2371, a0, 0x0)
	CHECK_FLAGS(2372, 0x1)
	/* fcvt.wu.d 0x7ff0000000000000 rm=rtz frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2373, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2374, 0x10)
	/* fcvt.wu.d 0xfff0000000000000 rm=rtz frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2375, a0, 0x0)
	CHECK_FLAGS(2376, 0x10)
	/* fcvt.wu.d 0x7ff8000000000000 rm=rtz frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2377, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2378, 0x10)
	/* fcvt.wu.d 0x7ff0000000000001 rm=rtz frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2379, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2380, 0x10)
	/* fcvt.wu.d 0xfff8000000001234 rm=rtz frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2381, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2382, 0x10)
	/* fcvt.wu.d 0x3ff0000000000001 rm=rtz frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2383, a0, 0x1)
	CHECK_FLAGS(2384, 0x1)
	/* fcvt.wu.d 0x3ca0000000000000 rm=rtz frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2385, a0, 0x0)
	CHECK_FLAGS(2386, 0x1)
	/* fcvt.wu.d 0x4008000000000000 rm=rtz frm=None */
	li t0, 0x4008000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2387, a0, 0x3)
	CHECK_FLAGS(2388, 0x0)
	/* fcvt.wu.d 0x3fb999999999999a rm=rtz frm=None */
	li t0, 0x3fb999999999999a; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2389, a0, 0x0)
	CHECK_FLAGS(2390, 0x1)
	/* fcvt.wu.d 0x41dfffffffe00000 rm=rtz frm=None */
	li t0, 0x41dfffffffe00000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2391, a0, 0x7fffffff)
	CHECK_FLAGS(2392, 0x1)
	/* fcvt.wu.d 0x41e0000000000000 rm=rtz frm=None */
	li t0, 0x41e0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2393, a0, 0xffffffff80000000)
	CHECK_FLAGS(2394, 0x0)
	/* fcvt.wu.d 0xc1e0000000000000 rm=rtz frm=None */
	li t0, 0xc1e0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2395, a0, 0x0)
	CHECK_FLAGS(2396, 0x10)
	/* fcvt.wu.d 0xc1e0000000100000 rm=rtz frm=None */
	li t0, 0xc1e0000000100000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2397, a0, 0x0)
	CHECK_FLAGS(2398, 0x10)
	/* fcvt.wu.d 0x43e0000000000000 rm=rtz frm=None */
	li t0, 0x43e0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2399, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2400, 0x10)
	/* fcvt.wu.d 0xc3e0000000000000 rm=rtz frm=None */
	li t0, 0xc3e0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2401, a0, 0x0)
	CHECK_FLAGS(2402, 0x10)
	/* fcvt.wu.d 0x43f0000000000000 rm=rtz frm=None */
	li t0, 0x43f0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2403, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2404, 0x10)
	/* fcvt.wu.d 0x43efffffffffffff rm=rtz frm=None */
	li t0, 0x43efffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2405, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2406, 0x10)
	/* fcvt.wu.d 0x41efffffffe00000 rm=rtz frm=None */
	li t0, 0x41efffffffe00000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2407, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2408, 0x0)
	/* fcvt.wu.d 0x3ff0000010000000 rm=rtz frm=None */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2409, a0, 0x1)
	CHECK_FLAGS(2410, 0x1)
	/* fcvt.wu.d 0x3810000000000000 rm=rtz frm=None */
	li t0, 0x3810000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2411, a0, 0x0)
	CHECK_FLAGS(2412, 0x1)
	/* fcvt.wu.d 0x3690000000000000 rm=rtz frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2413, a0, 0x0)
	CHECK_FLAGS(2414, 0x1)
	/* fcvt.wu.d 0x47efffffe0000000 rm=rtz frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2415, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2416, 0x10)
	/* fcvt.wu.d 0x47efffff00000000 rm=rtz frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2417, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2418, 0x10)
	/* fcvt.wu.d 0x36a0000000000000 rm=rtz frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2419, a0, 0x0)
	CHECK_FLAGS(2420, 0x1)
	/* fcvt.wu.d 0x3fefffffffffffff rm=rtz frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2421, a0, 0x0)
	CHECK_FLAGS(2422, 0x1)
	/* fcvt.wu.d 0xbcb0000000000000 rm=rtz frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2423, a0, 0x0)
	CHECK_FLAGS(2424, 0x1)
	/* fcvt.wu.d 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(2425, a0, 0x1)
	CHECK_FLAGS(2426, 0x0)
	/* fcvt.wu.d 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(2427, a0, 0x0)
	CHECK_FLAGS(2428, 0x10)
	/* fcvt.wu.d 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(2429, a0, 0x2)
	CHECK_FLAGS(2430, 0x1)
	/* fcvt.wu.d 0x4004000000000000 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(2431, a0, 0x2)
	CHECK_FLAGS(2432, 0x1)
	/* fcvt.wu.d 0xc004000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(2433, a0, 0x0)
	CHECK_FLAGS(2434, 0x10)
	/* fcvt.wu.d 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(2435, a0, 0x0)
	CHECK_FLAGS(2436, 0x1)
	/* fcvt.wu.d 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(2437, a0, 0x0)
	CHECK_FLAGS(2438, 0x1)
	/* fcvt.wu.d 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(2439, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2440, 0x10)
	/* fcvt.wu.d 0x3690000000000000 rm=rne frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(2441, a0, 0x0)
	CHECK_FLAGS(2442, 0x1)
	/* fcvt.wu.d 0x47efffffe0000000 rm=rne frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(2443, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2444, 0x10)
	/* fcvt.wu.d 0x47efffff00000000 rm=rne frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(2445, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2446, 0x10)
	/* fcvt.wu.d 0x36a0000000000000 rm=rne frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(2447, a0, 0x0)
	CHECK_FLAGS(2448, 0x1)
	/* fcvt.wu.d 0x3fefffffffffffff rm=rne frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(2449, a0, 0x1)
	CHECK_FLAGS(2450, 0x1)
	/* fcvt.wu.d 0xbcb0000000000000 rm=rne frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(2451, a0, 0x0)
	CHECK_FLAGS(2452, 0x1)
	/* fcvt.wu.d 0x8017514ca5bd9707 rm=rne frm=None */
	li t0, 0x8017514ca5bd9707; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(2453, a0, 0x0)
	CHECK_FLAGS(2454, 0x1)
	/* fcvt.wu.d 0x5cedfab3a64bf rm=rne frm=None */
	li t0, 0x5cedfab3a64bf; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(2455, a0, 0x0)
	CHECK_FLAGS(2456, 0x1)
	/* fcvt.wu.d 0x8013d2a23aec8a53 rm=rne frm=None */
	li t0, 0x8013d2a23aec8a53; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(2457, a0, 0x0)
	CHECK_FLAGS(2458, 0x1)
	/* fcvt.wu.d 0xffe895a3cf71a4d0 rm=rne frm=None */
	li t0, 0xffe895a3cf71a4d0; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(2459, a0, 0x0)
	CHECK_FLAGS(2460, 0x10)
	/* fcvt.wu.d 0x9a3c000000000000 rm=rne frm=None */
	li t0, 0x9a3c000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(2461, a0, 0x0)
	CHECK_FLAGS(2462, 0x1)
	/* fcvt.wu.d 0x400a000000000000 rm=rne frm=None */
	li t0, 0x400a000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rne
	CHECK(2463, a0, 0x3)
	CHECK_FLAGS(2464, 0x1)
	/* fcvt.wu.d 0x3ff0000000000000 rm=rtz frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2465, a0, 0x1)
	CHECK_FLAGS(2466, 0x0)
	/* fcvt.wu.d 0xbff0000000000000 rm=rtz frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2467, a0, 0x0)
	CHECK_FLAGS(2468, 0x10)
	/* fcvt.wu.d 0x3ff8000000000000 rm=rtz frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2469, a0, 0x1)
	CHECK_FLAGS(2470, 0x1)
	/* fcvt.wu.d 0x4004000000000000 rm=rtz frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2471, a0, 0x2)
	CHECK_FLAGS(2472, 0x1)
	/* fcvt.wu.d 0xc004000000000000 rm=rtz frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2473, a0, 0x0)
	CHECK_FLAGS(2474, 0x10)
	/* fcvt.wu.d 0x3fe0000000000000 rm=rtz frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2475, a0, 0x0)
	CHECK_FLAGS(2476, 0x1)
	/* fcvt.wu.d 0xbfe0000000000000 rm=rtz frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2477, a0, 0x0)
	CHECK_FLAGS(2478, 0x1)
	/* fcvt.wu.d 0x7fefffffffffffff rm=rtz frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2479, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2480, 0x10)
	/* fcvt.wu.d 0x3690000000000000 rm=rtz frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2481, a0, 0x0)
	CHECK_FLAGS(2482, 0x1)
	/* fcvt.wu.d 0x47efffffe0000000 rm=rtz frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2483, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2484, 0x10)
	/* fcvt.wu.d 0x47efffff00000000 rm=rtz frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2485, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2486, 0x10)
	/* fcvt.wu.d 0x36a0000000000000 rm=rtz frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2487, a0, 0x0)
	CHECK_FLAGS(2488, 0x1)
	/* fcvt.wu.d 0x3fefffffffffffff rm=rtz frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2489, a0, 0x0)
	CHECK_FLAGS(2490, 0x1)
	/* fcvt.wu.d 0xbcb0000000000000 rm=rtz frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2491, a0, 0x0)
	CHECK_FLAGS(2492, 0x1)
	/* fcvt.wu.d 0x802a800000000000 rm=rtz frm=None */
	li t0, 0x802a800000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2493, a0, 0x0)
	CHECK_FLAGS(2494, 0x1)
	/* fcvt.wu.d 0x2547b433d60071 rm=rtz frm=None */
	li t0, 0x2547b433d60071; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2495, a0, 0x0)
	CHECK_FLAGS(2496, 0x1)
	/* fcvt.wu.d 0x3eb0000000000000 rm=rtz frm=None */
	li t0, 0x3eb0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2497, a0, 0x0)
	CHECK_FLAGS(2498, 0x1)
	/* fcvt.wu.d 0x182a53b74d4ced rm=rtz frm=None */
	li t0, 0x182a53b74d4ced; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2499, a0, 0x0)
	CHECK_FLAGS(2500, 0x1)
	/* fcvt.wu.d 0x1c000000000000 rm=rtz frm=None */
	li t0, 0x1c000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2501, a0, 0x0)
	CHECK_FLAGS(2502, 0x1)
	/* fcvt.wu.d 0x8023c4cb2d4a48d3 rm=rtz frm=None */
	li t0, 0x8023c4cb2d4a48d3; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rtz
	CHECK(2503, a0, 0x0)
	CHECK_FLAGS(2504, 0x1)
	/* fcvt.wu.d 0x3ff0000000000000 rm=rdn frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(2505, a0, 0x1)
	CHECK_FLAGS(2506, 0x0)
	/* fcvt.wu.d 0xbff0000000000000 rm=rdn frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(2507, a0, 0x0)
	CHECK_FLAGS(2508, 0x10)
	/* fcvt.wu.d 0x3ff8000000000000 rm=rdn frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(2509, a0, 0x1)
	CHECK_FLAGS(2510, 0x1)
	/* fcvt.wu.d 0x4004000000000000 rm=rdn frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(2511, a0, 0x2)
	CHECK_FLAGS(2512, 0x1)
	/* fcvt.wu.d 0xc004000000000000 rm=rdn frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(2513, a0, 0x0)
	CHECK_FLAGS(2514, 0x10)
	/* fcvt.wu.d 0x3fe0000000000000 rm=rdn frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(2515, a0, 0x0)
	CHECK_FLAGS(2516, 0x1)
	/* fcvt.wu.d 0xbfe0000000000000 rm=rdn frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(2517, a0, 0x0)
	CHECK_FLAGS(2518, 0x10)
	/* fcvt.wu.d 0x7fefffffffffffff rm=rdn frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(2519, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2520, 0x10)
	/* fcvt.wu.d 0x3690000000000000 rm=rdn frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(2521, a0, 0x0)
	CHECK_FLAGS(2522, 0x1)
	/* fcvt.wu.d 0x47efffffe0000000 rm=rdn frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(2523, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2524, 0x10)
	/* fcvt.wu.d 0x47efffff00000000 rm=rdn frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(2525, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2526, 0x10)
	/* fcvt.wu.d 0x36a0000000000000 rm=rdn frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(2527, a0, 0x0)
	CHECK_FLAGS(2528, 0x1)
	/* fcvt.wu.d 0x3fefffffffffffff rm=rdn frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(2529, a0, 0x0)
	CHECK_FLAGS(2530, 0x1)
	/* fcvt.wu.d 0xbcb0000000000000 rm=rdn frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(2531, a0, 0x0)
	CHECK_FLAGS(2532, 0x10)
	/* fcvt.wu.d 0x1f6b9bb75ddc6d rm=rdn frm=None */
	li t0, 0x1f6b9bb75ddc6d; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(2533, a0, 0x0)
	CHECK_FLAGS(2534, 0x1)
	/* fcvt.wu.d 0x2b800000000000 rm=rdn frm=None */
	li t0, 0x2b800000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(2535, a0, 0x0)
	CHECK_FLAGS(2536, 0x1)
	/* fcvt.wu.d 0xc009773d08e93688 rm=rdn frm=None */
	li t0, 0xc009773d08e93688; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(2537, a0, 0x0)
	CHECK_FLAGS(2538, 0x10)
	/* fcvt.wu.d 0x3ff3000000000000 rm=rdn frm=None */
	li t0, 0x3ff3000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(2539, a0, 0x1)
	CHECK_FLAGS(2540, 0x1)
	/* fcvt.wu.d 0x132e654b7f4d9288 rm=rdn frm=None */
	li t0, 0x132e654b7f4d9288; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(2541, a0, 0x0)
	CHECK_FLAGS(2542, 0x1)
	/* fcvt.wu.d 0x40025a77d080c8a3 rm=rdn frm=None */
	li t0, 0x40025a77d080c8a3; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rdn
	CHECK(2543, a0, 0x2)
	CHECK_FLAGS(2544, 0x1)
	/* fcvt.wu.d 0x3ff0000000000000 rm=rup frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(2545, a0, 0x1)
	CHECK_FLAGS(2546, 0x0)
	/* fcvt.wu.d 0xbff0000000000000 rm=rup frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(2547, a0, 0x0)
	CHECK_FLAGS(2548, 0x10)
	/* fcvt.wu.d 0x3ff8000000000000 rm=rup frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(2549, a0, 0x2)
	CHECK_FLAGS(2550, 0x1)
	/* fcvt.wu.d 0x4004000000000000 rm=rup frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(2551, a0, 0x3)
	CHECK_FLAGS(2552, 0x1)
	/* fcvt.wu.d 0xc004000000000000 rm=rup frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(2553, a0, 0x0)
	CHECK_FLAGS(2554, 0x10)
	/* fcvt.wu.d 0x3fe0000000000000 rm=rup frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(2555, a0, 0x1)
	CHECK_FLAGS(2556, 0x1)
	/* fcvt.wu.d 0xbfe0000000000000 rm=rup frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(2557, a0, 0x0)
	CHECK_FLAGS(2558, 0x1)
	/* fcvt.wu.d 0x7fefffffffffffff rm=rup frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(2559, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2560, 0x10)
	/* fcvt.wu.d 0x3690000000000000 rm=rup frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(2561, a0, 0x1)
	CHECK_FLAGS(2562, 0x1)
	/* fcvt.wu.d 0x47efffffe0000000 rm=rup frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(2563, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2564, 0x10)
	/* fcvt.wu.d 0x47efffff00000000 rm=rup frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(2565, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2566, 0x10)
	/* fcvt.wu.d 0x36a0000000000000 rm=rup frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(2567, a0, 0x1)
	CHECK_FLAGS(2568, 0x1)
	/* fcvt.wu.d 0x3fefffffffffffff rm=rup frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(2569, a0, 0x1)
	CHECK_FLAGS(2570, 0x1)
	/* fcvt.wu.d 0xbcb0000000000000 rm=rup frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(2571, a0, 0x0)
	CHECK_FLAGS(2572, 0x1)
	/* fcvt.wu.d 0x3eb525fffd3649a3 rm=rup frm=None */
	li t0, 0x3eb525fffd3649a3; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(2573, a0, 0x1)
	CHECK_FLAGS(2574, 0x1)
	/* fcvt.wu.d 0x4130321bc078f49e rm=rup frm=None */
	li t0, 0x4130321bc078f49e; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(2575, a0, 0x10321c)
	CHECK_FLAGS(2576, 0x1)
	/* fcvt.wu.d 0x2a408c241f38d7 rm=rup frm=None */
	li t0, 0x2a408c241f38d7; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(2577, a0, 0x1)
	CHECK_FLAGS(2578, 0x1)
	/* fcvt.wu.d 0x20cdcdd3f37 rm=rup frm=None */
	li t0, 0x20cdcdd3f37; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(2579, a0, 0x1)
	CHECK_FLAGS(2580, 0x1)
	/* fcvt.wu.d 0xa2bd800000000000 rm=rup frm=None */
	li t0, 0xa2bd800000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(2581, a0, 0x0)
	CHECK_FLAGS(2582, 0x1)
	/* fcvt.wu.d 0x19800000000000 rm=rup frm=None */
	li t0, 0x19800000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rup
	CHECK(2583, a0, 0x1)
	CHECK_FLAGS(2584, 0x1)
	/* fcvt.wu.d 0x3ff0000000000000 rm=rmm frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(2585, a0, 0x1)
	CHECK_FLAGS(2586, 0x0)
	/* fcvt.wu.d 0xbff0000000000000 rm=rmm frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(2587, a0, 0x0)
	CHECK_FLAGS(2588, 0x10)
	/* fcvt.wu.d 0x3ff8000000000000 rm=rmm frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(2589, a0, 0x2)
	CHECK_FLAGS(2590, 0x1)
	/* fcvt.wu.d 0x4004000000000000 rm=rmm frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(2591, a0, 0x3)
	CHECK_FLAGS(2592, 0x1)
	/* fcvt.wu.d 0xc004000000000000 rm=rmm frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(2593, a0, 0x0)
	CHECK_FLAGS(2594, 0x10)
	/* fcvt.wu.d 0x3fe0000000000000 rm=rmm frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(2595, a0, 0x1)
	CHECK_FLAGS(2596, 0x1)
	/* fcvt.wu.d 0xbfe0000000000000 rm=rmm frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(2597, a0, 0x0)
	CHECK_FLAGS(2598, 0x10)
	/* fcvt.wu.d 0x7fefffffffffffff rm=rmm frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(2599, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2600, 0x10)
	/* fcvt.wu.d 0x3690000000000000 rm=rmm frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(2601, a0, 0x0)
	CHECK_FLAGS(2602, 0x1)
	/* fcvt.wu.d 0x47efffffe0000000 rm=rmm frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(2603, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2604, 0x10)
	/* fcvt.wu.d 0x47efffff00000000 rm=rmm frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(2605, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2606, 0x10)
	/* fcvt.wu.d 0x36a0000000000000 rm=rmm frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(2607, a0, 0x0)
	CHECK_FLAGS(2608, 0x1)
	/* fcvt.wu.d 0x3fefffffffffffff rm=rmm frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(2609, a0, 0x1)
	CHECK_FLAGS(2610, 0x1)
	/* fcvt.wu.d 0xbcb0000000000000 rm=rmm frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(2611, a0, 0x0)
	CHECK_FLAGS(2612, 0x1)
	/* fcvt.wu.d 0xbfebab4b4a68960d rm=rmm frm=None */
	li t0, 0xbfebab4b4a68960d; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(2613, a0, 0x0)
	CHECK_FLAGS(2614, 0x10)
	/* fcvt.wu.d 0x400a092aad886697 rm=rmm frm=None */
	li t0, 0x400a092aad886697; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(2615, a0, 0x3)
	CHECK_FLAGS(2616, 0x1)
	/* fcvt.wu.d 0x400e46a3edf3655d rm=rmm frm=None */
	li t0, 0x400e46a3edf3655d; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(2617, a0, 0x4)
	CHECK_FLAGS(2618, 0x1)
	/* fcvt.wu.d 0x800a512cb59aa60d rm=rmm frm=None */
	li t0, 0x800a512cb59aa60d; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(2619, a0, 0x0)
	CHECK_FLAGS(2620, 0x1)
	/* fcvt.wu.d 0xbebd43a3a1321a3d rm=rmm frm=None */
	li t0, 0xbebd43a3a1321a3d; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(2621, a0, 0x0)
	CHECK_FLAGS(2622, 0x1)
	/* fcvt.wu.d 0x84fd000000000000 rm=rmm frm=None */
	li t0, 0x84fd000000000000; fmv.d.x f11, t0; fcvt.wu.d a0, f11, rmm
	CHECK(2623, a0, 0x0)
	CHECK_FLAGS(2624, 0x1)
	/* fcvt.wu.d 0xbfe0000000000000 rm=None frm=0 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 0; fcvt.wu.d a0, f11
	CHECK(2625, a0, 0x0)
	CHECK_FLAGS(2626, 0x1)
	/* fcvt.wu.d 0xc004000000000000 rm=None frm=0 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 0; fcvt.wu.d a0, f11
	CHECK(2627, a0, 0x0)
	CHECK_FLAGS(2628, 0x10)
	/* fcvt.wu.d 0xbfe0000000000000 rm=None frm=1 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 1; fcvt.wu.d a0, f11
	CHECK(2629, a0, 0x0)
	CHECK_FLAGS(2630, 0x1)
	/* fcvt.wu.d 0xc004000000000000 rm=None frm=1 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 1; fcvt.wu.d a0, f11
	CHECK(2631, a0, 0x0)
	CHECK_FLAGS(2632, 0x10)
	/* fcvt.wu.d 0xbfe0000000000000 rm=None frm=2 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 2; fcvt.wu.d a0, f11
	CHECK(2633, a0, 0x0)
	CHECK_FLAGS(2634, 0x10)
	/* fcvt.wu.d 0xc004000000000000 rm=None frm=2 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 2; fcvt.wu.d a0, f11
	CHECK(2635, a0, 0x0)
	CHECK_FLAGS(2636, 0x10)
	/* fcvt.wu.d 0xbfe0000000000000 rm=None frm=3 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 3; fcvt.wu.d a0, f11
	CHECK(2637, a0, 0x0)
	CHECK_FLAGS(2638, 0x1)
	/* fcvt.wu.d 0xc004000000000000 rm=None frm=3 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 3; fcvt.wu.d a0, f11
	CHECK(2639, a0, 0x0)
	CHECK_FLAGS(2640, 0x10)
	/* fcvt.wu.d 0xbfe0000000000000 rm=None frm=4 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 4; fcvt.wu.d a0, f11
	CHECK(2641, a0, 0x0)
	CHECK_FLAGS(2642, 0x10)
	/* fcvt.wu.d 0xc004000000000000 rm=None frm=4 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 4; fcvt.wu.d a0, f11
	CHECK(2643, a0, 0x0)
	CHECK_FLAGS(2644, 0x10)
	/* fcvt.l.d 0x0 rm=rtz frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2645, a0, 0x0)
	CHECK_FLAGS(2646, 0x0)
	/* fcvt.l.d 0x8000000000000000 rm=rtz frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2647, a0, 0x0)
	CHECK_FLAGS(2648, 0x0)
	/* fcvt.l.d 0x3ff0000000000000 rm=rtz frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2649, a0, 0x1)
	CHECK_FLAGS(2650, 0x0)
	/* fcvt.l.d 0xbff0000000000000 rm=rtz frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2651, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2652, 0x0)
	/* fcvt.l.d 0x3ff8000000000000 rm=rtz frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2653, a0, 0x1)
	CHECK_FLAGS(2654, 0x1)
	/* fcvt.l.d 0x4004000000000000 rm=rtz frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2655, a0, 0x2)
	CHECK_FLAGS(2656, 0x1)
	/* fcvt.l.d 0xc004000000000000 rm=rtz frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2657, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(2658, 0x1)
	/* fcvt.l.d 0x3fe0000000000000 rm=rtz frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2659, a0, 0x0)
	CHECK_FLAGS(2660, 0x1)
	/* fcvt.l.d 0xbfe0000000000000 rm=rtz frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2661, a0, 0x0)
	CHECK_FLAGS(2662, 0x1)
	/* fcvt.l.d 0x7fefffffffffffff rm=rtz frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2663, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2664, 0x10)
	/* fcvt.l.d 0xffefffffffffffff rm=rtz frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2665, a0, 0x8000000000000000)
	CHECK_FLAGS(2666, 0x10)
	/* fcvt.l.d 0x10000000000000 rm=rtz frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2667, a0, 0x0)
	CHECK_FLAGS(2668, 0x1)
	/* fcvt.l.d 0xfffffffffffff rm=rtz frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2669, a0, 0x0)
	CHECK_FLAGS(2670, 0x1)
	/* fcvt.l.d 0x1 rm=rtz frm=None */
	li t0, 0x1; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2671, a0, 0x0)
	CHECK_FLAGS(2672, 0x1)
	/* fcvt.l.d 0x8000000000000001 rm=rtz frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2673, a0, 0x0)
	CHECK_FLAGS(2674, 0x1)
	/* fcvt.l.d 0x7ff0000000000000 rm=rtz frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2675, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2676, 0x10)
	/* fcvt.l.d 0xfff0000000000000 rm=rtz frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2677, a0, 0x8000000000000000)
	CHECK_FLAGS(2678, 0x10)
	/* fcvt.l.d 0x7ff8000000000000 rm=rtz frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2679, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2680, 0x10)
	/* fcvt.l.d 0x7ff0000000000001 rm=rtz frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2681, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2682, 0x10)
	/* fcvt.l.d 0xfff8000000001234 rm=rtz frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2683, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2684, 0x10)
	/* fcvt.l.d 0x3ff0000000000001 rm=rtz frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2685, a0, 0x1)
	CHECK_FLAGS(2686, 0x1)
	/* fcvt.l.d 0x3ca0000000000000 rm=rtz frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2687, a0, 0x0)
	CHECK_FLAGS(2688, 0x1)
	/* fcvt.l.d 0x4008000000000000 rm=rtz frm=None */
	li t0, 0x4008000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2689, a0, 0x3)
	CHECK_FLAGS(2690, 0x0)
	/* fcvt.l.d 0x3fb999999999999a rm=rtz frm=None */
	li t0, 0x3fb999999999999a; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2691, a0, 0x0)
	CHECK_FLAGS(2692, 0x1)
	/* fcvt.l.d 0x41dfffffffe00000 rm=rtz frm=None */
	li t0, 0x41dfffffffe00000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2693, a0, 0x7fffffff)
	CHECK_FLAGS(2694, 0x1)
	/* fcvt.l.d 0x41e0000000000000 rm=rtz frm=None */
	li t0, 0x41e0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2695, a0, 0x80000000)
	CHECK_FLAGS(2696, 0x0)
	/* fcvt.l.d 0xc1e0000000000000 rm=rtz frm=None */
	li t0, 0xc1e0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2697, a0, 0xffffffff80000000)
	CHECK_FLAGS(2698, 0x0)
	/* fcvt.l.d 0xc1e0000000100000 rm=rtz frm=None */
	li t0, 0xc1e0000000100000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2699, a0, 0xffffffff80000000)
	CHECK_FLAGS(2700, 0x1)
	/* fcvt.l.d 0x43e0000000000000 rm=rtz frm=None */
	li t0, 0x43e0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2701, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2702, 0x10)
	/* fcvt.l.d 0xc3e0000000000000 rm=rtz frm=None */
	li t0, 0xc3e0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2703, a0, 0x8000000000000000)
	CHECK_FLAGS(2704, 0x0)
	/* fcvt.l.d 0x43f0000000000000 rm=rtz frm=None */
	li t0, 0x43f0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2705, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2706, 0x10)
	/* fcvt.l.d 0x43efffffffffffff rm=rtz frm=None */
	li t0, 0x43efffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2707, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2708, 0x10)
	/* fcvt.l.d 0x41efffffffe00000 rm=rtz frm=None */
	li t0, 0x41efffffffe00000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2709, a0, 0xffffffff)
	CHECK_FLAGS(2710, 0x0)
	/* fcvt.l.d 0x3ff0000010000000 rm=rtz frm=None */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2711, a0, 0x1)
	CHECK_FLAGS(2712, 0x1)
	/* fcvt.l.d 0x3810000000000000 rm=rtz frm=None */
	li t0, 0x3810000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2713, a0, 0x0)
	CHECK_FLAGS(2714, 0x1)
	/* fcvt.l.d 0x3690000000000000 rm=rtz frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2715, a0, 0x0)
	CHECK_FLAGS(2716, 0x1)
	/* fcvt.l.d 0x47efffffe0000000 rm=rtz frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2717, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2718, 0x10)
	/* fcvt.l.d 0x47efffff00000000 rm=rtz frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2719, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2720, 0x10)
	/* fcvt.l.d 0x36a0000000000000 rm=rtz frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2721, a0, 0x0)
	CHECK_FLAGS(2722, 0x1)
	/* fcvt.l.d 0x3fefffffffffffff rm=rtz frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2723, a0, 0x0)
	CHECK_FLAGS(2724, 0x1)
	/* fcvt.l.d 0xbcb0000000000000 rm=rtz frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2725, a0, 0x0)
	CHECK_FLAGS(2726, 0x1)
	/* fcvt.l.d 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(2727, a0, 0x1)
	CHECK_FLAGS(2728, 0x0)
	/* fcvt.l.d 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(2729, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2730, 0x0)
	/* fcvt.l.d 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(2731, a0, 0x2)
	CHECK_FLAGS(2732, 0x1)
	/* fcvt.l.d 0x4004000000000000 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(2733, a0, 0x2)
	CHECK_FLAGS(2734, 0x1)
	/* fcvt.l.d 0xc004000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(2735, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(2736, 0x1)
	/* fcvt.l.d 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(2737, a0, 0x0)
	CHECK_FLAGS(2738, 0x1)
	/* fcvt.l.d 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(2739, a0, 0x0)
	CHECK_FLAGS(2740, 0x1)
	/* fcvt.l.d 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(2741, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2742, 0x10)
	/* fcvt.l.d 0x3690000000000000 rm=rne frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(2743, a0, 0x0)
	CHECK_FLAGS(2744, 0x1)
	/* fcvt.l.d 0x47efffffe0000000 rm=rne frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(2745, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2746, 0x10)
	/* fcvt.l.d 0x47efffff00000000 rm=rne frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(2747, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2748, 0x10)
	/* fcvt.l.d 0x36a0000000000000 rm=rne frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(2749, a0, 0x0)
	CHECK_FLAGS(2750, 0x1)
	/* fcvt.l.d 0x3fefffffffffffff rm=rne frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(2751, a0, 0x1)
	CHECK_FLAGS(2752, 0x1)
	/* fcvt.l.d 0xbcb0000000000000 rm=rne frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(2753, a0, 0x0)
	CHECK_FLAGS(2754, 0x1)
	/* fcvt.l.d 0x807a800000000000 rm=rne frm=None */
	li t0, 0x807a800000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(2755, a0, 0x0)
	CHECK_FLAGS(2756, 0x1)
	/* fcvt.l.d 0x8490b12309f9824a rm=rne frm=None */
	li t0, 0x8490b12309f9824a; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(2757, a0, 0x0)
	CHECK_FLAGS(2758, 0x1)
	/* fcvt.l.d 0x3ffd800000000000 rm=rne frm=None */
	li t0, 0x3ffd800000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(2759, a0, 0x2)
	CHECK_FLAGS(2760, 0x1)
	/* fcvt.l.d 0xef84eee9a427 rm=rne frm=None */
	li t0, 0xef84eee9a427; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(2761, a0, 0x0)
	CHECK_FLAGS(2762, 0x1)
	/* fcvt.l.d 0x7fe5800000000000 rm=rne frm=None */
	li t0, 0x7fe5800000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(2763, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2764, 0x10)
	/* fcvt.l.d 0xc00f000000000000 rm=rne frm=None */
	li t0, 0xc00f000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rne
	CHECK(2765, a0, 0xfffffffffffffffc)
	CHECK_FLAGS(2766, 0x1)
	/* fcvt.l.d 0x3ff0000000000000 rm=rtz frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2767, a0, 0x1)
	CHECK_FLAGS(2768, 0x0)
	/* fcvt.l.d 0xbff0000000000000 rm=rtz frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2769, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2770, 0x0)
	/* fcvt.l.d 0x3ff8000000000000 rm=rtz frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2771, a0, 0x1)
	CHECK_FLAGS(2772, 0x1)
	/* fcvt.l.d 0x4004000000000000 rm=rtz frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2773, a0, 0x2)
	CHECK_FLAGS(2774, 0x1)
	/* fcvt.l.d 0xc004000000000000 rm=rtz frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2775, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(2776, 0x1)
	/* fcvt.l.d 0x3fe0000000000000 rm=rtz frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2777, a0, 0x0)
	CHECK_FLAGS(2778, 0x1)
	/* fcvt.l.d 0xbfe0000000000000 rm=rtz frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2779, a0, 0x0)
	CHECK_FLAGS(2780, 0x1)
	/* fcvt.l.d 0x7fefffffffffffff rm=rtz frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2781, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2782, 0x10)
	/* fcvt.l.d 0x3690000000000000 rm=rtz frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2783, a0, 0x0)
	CHECK_FLAGS(2784, 0x1)
	/* fcvt.l.d 0x47efffffe0000000 rm=rtz frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2785, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2786, 0x10)
	/* fcvt.l.d 0x47efffff00000000 rm=rtz frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2787, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2788, 0x10)
	/* fcvt.l.d 0x36a0000000000000 rm=rtz frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2789, a0, 0x0)
	CHECK_FLAGS(2790, 0x1)
	/* fcvt.l.d 0x3fefffffffffffff rm=rtz frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2791, a0, 0x0)
	CHECK_FLAGS(2792, 0x1)
	/* fcvt.l.d 0xbcb0000000000000 rm=rtz frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2793, a0, 0x0)
	CHECK_FLAGS(2794, 0x1)
	/* fcvt.l.d 0x3800000000000 rm=rtz frm=None */
	li t0, 0x3800000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2795, a0, 0x0)
	CHECK_FLAGS(2796, 0x1)
	/* fcvt.l.d 0x8005800000000000 rm=rtz frm=None */
	li t0, 0x8005800000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2797, a0, 0x0)
	CHECK_FLAGS(2798, 0x1)
	/* fcvt.l.d 0x801b800000000000 rm=rtz frm=None */
	li t0, 0x801b800000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2799, a0, 0x0)
	CHECK_FLAGS(2800, 0x1)
	/* fcvt.l.d 0xf03000000000000 rm=rtz frm=None */
	li t0, 0xf03000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2801, a0, 0x0)
	CHECK_FLAGS(2802, 0x1)
	/* fcvt.l.d 0x95ad36b205fe3677 rm=rtz frm=None */
	li t0, 0x95ad36b205fe3677; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2803, a0, 0x0)
	CHECK_FLAGS(2804, 0x1)
	/* fcvt.l.d 0xffe5ea089bb8300a rm=rtz frm=None */
	li t0, 0xffe5ea089bb8300a; fmv.d.x f11, t0; fcvt.l.d a0, f11, rtz
	CHECK(2805, a0, 0x8000000000000000)
	CHECK_FLAGS(2806, 0x10)
	/* fcvt.l.d 0x3ff0000000000000 rm=rdn frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(2807, a0, 0x1)
	CHECK_FLAGS(2808, 0x0)
	/* fcvt.l.d 0xbff0000000000000 rm=rdn frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(2809, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2810, 0x0)
	/* fcvt.l.d 0x3ff8000000000000 rm=rdn frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(2811, a0, 0x1)
	CHECK_FLAGS(2812, 0x1)
	/* fcvt.l.d 0x4004000000000000 rm=rdn frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(2813, a0, 0x2)
	CHECK_FLAGS(2814, 0x1)
	/* fcvt.l.d 0xc004000000000000 rm=rdn frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(2815, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(2816, 0x1)
	/* fcvt.l.d 0x3fe0000000000000 rm=rdn frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(2817, a0, 0x0)
	CHECK_FLAGS(2818, 0x1)
	/* fcvt.l.d 0xbfe0000000000000 rm=rdn frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(2819, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2820, 0x1)
	/* fcvt.l.d 0x7fefffffffffffff rm=rdn frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(2821, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2822, 0x10)
	/* fcvt.l.d 0x3690000000000000 rm=rdn frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(2823, a0, 0x0)
	CHECK_FLAGS(2824, 0x1)
	/* fcvt.l.d 0x47efffffe0000000 rm=rdn frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(2825, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2826, 0x10)
	/* fcvt.l.d 0x47efffff00000000 rm=rdn frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(2827, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2828, 0x10)
	/* fcvt.l.d 0x36a0000000000000 rm=rdn frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(2829, a0, 0x0)
	CHECK_FLAGS(2830, 0x1)
	/* fcvt.l.d 0x3fefffffffffffff rm=rdn frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(2831, a0, 0x0)
	CHECK_FLAGS(2832, 0x1)
	/* fcvt.l.d 0xbcb0000000000000 rm=rdn frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(2833, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2834, 0x1)
	/* fcvt.l.d 0xc13bd8e573922b90 rm=rdn frm=None */
	li t0, 0xc13bd8e573922b90; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(2835, a0, 0xffffffffffe4271a)
	CHECK_FLAGS(2836, 0x1)
	/* fcvt.l.d 0x8024000000000000 rm=rdn frm=None */
	li t0, 0x8024000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(2837, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2838, 0x1)
	/* fcvt.l.d 0xffe1bec3415585d5 rm=rdn frm=None */
	li t0, 0xffe1bec3415585d5; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(2839, a0, 0x8000000000000000)
	CHECK_FLAGS(2840, 0x10)
	/* fcvt.l.d 0x8024000000000000 rm=rdn frm=None */
	li t0, 0x8024000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(2841, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2842, 0x1)
	/* fcvt.l.d 0x8015e2b5bf8b6602 rm=rdn frm=None */
	li t0, 0x8015e2b5bf8b6602; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(2843, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2844, 0x1)
	/* fcvt.l.d 0x3fe0800000000000 rm=rdn frm=None */
	li t0, 0x3fe0800000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rdn
	CHECK(2845, a0, 0x0)
	CHECK_FLAGS(2846, 0x1)
	/* fcvt.l.d 0x3ff0000000000000 rm=rup frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(2847, a0, 0x1)
	CHECK_FLAGS(2848, 0x0)
	/* fcvt.l.d 0xbff0000000000000 rm=rup frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(2849, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2850, 0x0)
	/* fcvt.l.d 0x3ff8000000000000 rm=rup frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(2851, a0, 0x2)
	CHECK_FLAGS(2852, 0x1)
	/* fcvt.l.d 0x4004000000000000 rm=rup frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(2853, a0, 0x3)
	CHECK_FLAGS(2854, 0x1)
	/* fcvt.l.d 0xc004000000000000 rm=rup frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(2855, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(2856, 0x1)
	/* fcvt.l.d 0x3fe0000000000000 rm=rup frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(2857, a0, 0x1)
	CHECK_FLAGS(2858, 0x1)
	/* fcvt.l.d 0xbfe0000000000000 rm=rup frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(2859, a0, 0x0)
	CHECK_FLAGS(2860, 0x1)
	/* fcvt.l.d 0x7fefffffffffffff rm=rup frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(2861, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2862, 0x10)
	/* fcvt.l.d 0x3690000000000000 rm=rup frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(2863, a0, 0x1)
	CHECK_FLAGS(2864, 0x1)
	/* fcvt.l.d 0x47efffffe0000000 rm=rup frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(2865, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2866, 0x10)
	/* fcvt.l.d 0x47efffff00000000 rm=rup frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(2867, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2868, 0x10)
	/* fcvt.l.d 0x36a0000000000000 rm=rup frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(2869, a0, 0x1)
	CHECK_FLAGS(2870, 0x1)
	/* fcvt.l.d 0x3fefffffffffffff rm=rup frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(2871, a0, 0x1)
	CHECK_FLAGS(2872, 0x1)
	/* fcvt.l.d 0xbcb0000000000000 rm=rup frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(2873, a0, 0x0)
	CHECK_FLAGS(2874, 0x1)
	/* fcvt.l.d 0xbfe6c9cd70e6ae9a rm=rup frm=None */
	li t0, 0xbfe6c9cd70e6ae9a; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(2875, a0, 0x0)
	CHECK_FLAGS(2876, 0x1)
	/* fcvt.l.d 0x1d7b341b9cbc85 rm=rup frm=None */
	li t0, 0x1d7b341b9cbc85; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(2877, a0, 0x1)
	CHECK_FLAGS(2878, 0x1)
	/* fcvt.l.d 0xfe4002128b04d rm=rup frm=None */
	li t0, 0xfe4002128b04d; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(2879, a0, 0x1)
	CHECK_FLAGS(2880, 0x1)
	/* fcvt.l.d 0x3ff0d75fc1e7cfa9 rm=rup frm=None */
	li t0, 0x3ff0d75fc1e7cfa9; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(2881, a0, 0x2)
	CHECK_FLAGS(2882, 0x1)
	/* fcvt.l.d 0x801c8e9aec9b0c51 rm=rup frm=None */
	li t0, 0x801c8e9aec9b0c51; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(2883, a0, 0x0)
	CHECK_FLAGS(2884, 0x1)
	/* fcvt.l.d 0xbfe3321b2c41d172 rm=rup frm=None */
	li t0, 0xbfe3321b2c41d172; fmv.d.x f11, t0; fcvt.l.d a0, f11, rup
	CHECK(2885, a0, 0x0)
	CHECK_FLAGS(2886, 0x1)
	/* fcvt.l.d 0x3ff0000000000000 rm=rmm frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(2887, a0, 0x1)
	CHECK_FLAGS(2888, 0x0)
	/* fcvt.l.d 0xbff0000000000000 rm=rmm frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(2889, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2890, 0x0)
	/* fcvt.l.d 0x3ff8000000000000 rm=rmm frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(2891, a0, 0x2)
	CHECK_FLAGS(2892, 0x1)
	/* fcvt.l.d 0x4004000000000000 rm=rmm frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(2893, a0, 0x3)
	CHECK_FLAGS(2894, 0x1)
	/* fcvt.l.d 0xc004000000000000 rm=rmm frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(2895, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(2896, 0x1)
	/* fcvt.l.d 0x3fe0000000000000 rm=rmm frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(2897, a0, 0x1)
	CHECK_FLAGS(2898, 0x1)
	/* fcvt.l.d 0xbfe0000000000000 rm=rmm frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(2899, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2900, 0x1)
	/* fcvt.l.d 0x7fefffffffffffff rm=rmm frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(2901, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2902, 0x10)
	/* fcvt.l.d 0x3690000000000000 rm=rmm frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(2903, a0, 0x0)
	CHECK_FLAGS(2904, 0x1)
	/* fcvt.l.d 0x47efffffe0000000 rm=rmm frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(2905, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2906, 0x10)
	/* fcvt.l.d 0x47efffff00000000 rm=rmm frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(2907, a0, 0x7fffffffffffffff)
	CHECK_FLAGS(2908, 0x10)
	/* fcvt.l.d 0x36a0000000000000 rm=rmm frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(2909, a0, 0x0)
	CHECK_FLAGS(2910, 0x1)
	/* fcvt.l.d 0x3fefffffffffffff rm=rmm frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(2911, a0, 0x1)
	CHECK_FLAGS(2912, 0x1)
	/* fcvt.l.d 0xbcb0000000000000 rm=rmm frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(2913, a0, 0x0)
	CHECK_FLAGS(2914, 0x1)
	/* fcvt.l.d 0xbfea800000000000 rm=rmm frm=None */
	li t0, 0xbfea800000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(2915, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2916, 0x1)
	/* fcvt.l.d 0x3eb5040179483448 rm=rmm frm=None */
	li t0, 0x3eb5040179483448; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(2917, a0, 0x0)
	CHECK_FLAGS(2918, 0x1)
	/* fcvt.l.d 0x3eb128de8b502b37 rm=rmm frm=None */
	li t0, 0x3eb128de8b502b37; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(2919, a0, 0x0)
	CHECK_FLAGS(2920, 0x1)
	/* fcvt.l.d 0x3505800000000000 rm=rmm frm=None */
	li t0, 0x3505800000000000; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(2921, a0, 0x0)
	CHECK_FLAGS(2922, 0x1)
	/* fcvt.l.d 0x9d245829eefe278c rm=rmm frm=None */
	li t0, 0x9d245829eefe278c; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(2923, a0, 0x0)
	CHECK_FLAGS(2924, 0x1)
	/* fcvt.l.d 0xc0047b93bd9e09bb rm=rmm frm=None */
	li t0, 0xc0047b93bd9e09bb; fmv.d.x f11, t0; fcvt.l.d a0, f11, rmm
	CHECK(2925, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(2926, 0x1)
	/* fcvt.l.d 0xbfe0000000000000 rm=None frm=0 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 0; fcvt.l.d a0, f11
	CHECK(2927, a0, 0x0)
	CHECK_FLAGS(2928, 0x1)
	/* fcvt.l.d 0xc004000000000000 rm=None frm=0 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 0; fcvt.l.d a0, f11
	CHECK(2929, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(2930, 0x1)
	/* fcvt.l.d 0xbfe0000000000000 rm=None frm=1 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 1; fcvt.l.d a0, f11
	CHECK(2931, a0, 0x0)
	CHECK_FLAGS(2932, 0x1)
	/* fcvt.l.d 0xc004000000000000 rm=None frm=1 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 1; fcvt.l.d a0, f11
	CHECK(2933, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(2934, 0x1)
	/* fcvt.l.d 0xbfe0000000000000 rm=None frm=2 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 2; fcvt.l.d a0, f11
	CHECK(2935, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2936, 0x1)
	/* fcvt.l.d 0xc004000000000000 rm=None frm=2 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 2; fcvt.l.d a0, f11
	CHECK(2937, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(2938, 0x1)
	/* fcvt.l.d 0xbfe0000000000000 rm=None frm=3 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 3; fcvt.l.d a0, f11
	CHECK(2939, a0, 0x0)
	CHECK_FLAGS(2940, 0x1)
	/* fcvt.l.d 0xc004000000000000 rm=None frm=3 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 3; fcvt.l.d a0, f11
	CHECK(2941, a0, 0xfffffffffffffffe)
	CHECK_FLAGS(2942, 0x1)
	/* fcvt.l.d 0xbfe0000000000000 rm=None frm=4 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 4; fcvt.l.d a0, f11
	CHECK(2943, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2944, 0x1)
	/* fcvt.l.d 0xc004000000000000 rm=None frm=4 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 4; fcvt.l.d a0, f11
	CHECK(2945, a0, 0xfffffffffffffffd)
	CHECK_FLAGS(2946, 0x1)
	/* fcvt.lu.d 0x0 rm=rtz frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2947, a0, 0x0)
	CHECK_FLAGS(2948, 0x0)
	/* fcvt.lu.d 0x8000000000000000 rm=rtz frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2949, a0, 0x0)
	CHECK_FLAGS(2950, 0x0)
	/* fcvt.lu.d 0x3ff0000000000000 rm=rtz frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2951, a0, 0x1)
	CHECK_FLAGS(2952, 0x0)
	/* fcvt.lu.d 0xbff0000000000000 rm=rtz frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2953, a0, 0x0)
	CHECK_FLAGS(2954, 0x10)
	/* fcvt.lu.d 0x3ff8000000000000 rm=rtz frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2955, a0, 0x1)
	CHECK_FLAGS(2956, 0x1)
	/* fcvt.lu.d 0x4004000000000000 rm=rtz frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2957, a0, 0x2)
	CHECK_FLAGS(2958, 0x1)
	/* fcvt.lu.d 0xc004000000000000 rm=rtz frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2959, a0, 0x0)
	CHECK_FLAGS(2960, 0x10)
	/* fcvt.lu.d 0x3fe0000000000000 rm=rtz frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2961, a0, 0x0)
	CHECK_FLAGS(2962, 0x1)
	/* fcvt.lu.d 0xbfe0000000000000 rm=rtz frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2963, a0, 0x0)
	CHECK_FLAGS(2964, 0x1)
	/* fcvt.lu.d 0x7fefffffffffffff rm=rtz frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2965, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2966, 0x10)
	/* fcvt.lu.d 0xffefffffffffffff rm=rtz frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2967, a0, 0x0)
	CHECK_FLAGS(2968, 0x10)
	/* fcvt.lu.d 0x10000000000000 rm=rtz frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2969, a0, 0x0)
	CHECK_FLAGS(2970, 0x1)
	/* fcvt.lu.d 0xfffffffffffff rm=rtz frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2971, a0, 0x0)
	CHECK_FLAGS(2972, 0x1)
	/* fcvt.lu.d 0x1 rm=rtz frm=None */
	li t0, 0x1; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2973, a0, 0x0)
	CHECK_FLAGS(2974, 0x1)
	/* fcvt.lu.d 0x8000000000000001 rm=rtz frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2975, a0, 0x0)
	CHECK_FLAGS(2976, 0x1)
	/* fcvt.lu.d 0x7ff0000000000000 rm=rtz frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2977, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2978, 0x10)
	/* fcvt.lu.d 0xfff0000000000000 rm=rtz frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2979, a0, 0x0)
	CHECK_FLAGS(2980, 0x10)
	/* fcvt.lu.d 0x7ff8000000000000 rm=rtz frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2981, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2982, 0x10)
	/* fcvt.lu.d 0x7ff0000000000001 rm=rtz frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2983, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2984, 0x10)
	/* fcvt.lu.d 0xfff8000000001234 rm=rtz frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2985, a0, 0xffffffffffffffff)
	CHECK_FLAGS(2986, 0x10)
	/* fcvt.lu.d 0x3ff0000000000001 rm=rtz frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2987, a0, 0x1)
	CHECK_FLAGS(2988, 0x1)
	/* fcvt.lu.d 0x3ca0000000000000 rm=rtz frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2989, a0, 0x0)
	CHECK_FLAGS(2990, 0x1)
	/* fcvt.lu.d 0x4008000000000000 rm=rtz frm=None */
	li t0, 0x4008000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2991, a0, 0x3)
	CHECK_FLAGS(2992, 0x0)
	/* fcvt.lu.d 0x3fb999999999999a rm=rtz frm=None */
	li t0, 0x3fb999999999999a; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2993, a0, 0x0)
	CHECK_FLAGS(2994, 0x1)
	/* fcvt.lu.d 0x41dfffffffe00000 rm=rtz frm=None */
	li t0, 0x41dfffffffe00000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2995, a0, 0x7fffffff)
	CHECK_FLAGS(2996, 0x1)
	/* fcvt.lu.d 0x41e0000000000000 rm=rtz frm=None */
	li t0, 0x41e0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2997, a0, 0x80000000)
	CHECK_FLAGS(2998, 0x0)
	/* fcvt.lu.d 0xc1e0000000000000 rm=rtz frm=None */
	li t0, 0xc1e0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(2999, a0, 0x0)
	CHECK_FLAGS(3000, 0x10)
	/* fcvt.lu.d 0xc1e0000000100000 rm=rtz frm=None */
	li t0, 0xc1e0000000100000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3001, a0, 0x0)
	CHECK_FLAGS(3002, 0x10)
	/* fcvt.lu.d 0x43e0000000000000 rm=rtz frm=None */
	li t0, 0x43e0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3003, a0, 0x8000000000000000)
	CHECK_FLAGS(3004, 0x0)
	/* fcvt.lu.d 0xc3e0000000000000 rm=rtz frm=None */
	li t0, 0xc3e0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3005, a0, 0x0)
	CHECK_FLAGS(3006, 0x10)
	/* fcvt.lu.d 0x43f0000000000000 rm=rtz frm=None */
	li t0, 0x43f0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3007, a0, 0xffffffffffffffff)
	CHECK_FLAGS(3008, 0x10)
	/* fcvt.lu.d 0x43efffffffffffff rm=rtz frm=None */
	li t0, 0x43efffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3009, a0, 0xfffffffffffff800)
	CHECK_FLAGS(3010, 0x0)
	/* fcvt.lu.d 0x41efffffffe00000 rm=rtz frm=None */
	li t0, 0x41efffffffe00000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3011, a0, 0xffffffff)
	CHECK_FLAGS(3012, 0x0)
	/* fcvt.lu.d 0x3ff0000010000000 rm=rtz frm=None */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3013, a0, 0x1)
	CHECK_FLAGS(3014, 0x1)
	/* fcvt.lu.d 0x3810000000000000 rm=rtz frm=None */
	li t0, 0x3810000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3015, a0, 0x0)
	CHECK_FLAGS(3016, 0x1)
	/* fcvt.lu.d 0x3690000000000000 rm=rtz frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3017, a0, 0x0)
	CHECK_FLAGS(3018, 0x1)
	/* fcvt.lu.d 0x47efffffe0000000 rm=rtz frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3019, a0, 0xffffffffffffffff)
	CHECK_FLAGS(3020, 0x10)
	/* fcvt.lu.d 0x47efffff00000000 rm=rtz frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3021, a0, 0xffffffffffffffff)
	CHECK_FLAGS(3022, 0x10)
	/* fcvt.lu.d 0x36a0000000000000 rm=rtz frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3023, a0, 0x0)
	CHECK_FLAGS(3024, 0x1)
	/* fcvt.lu.d 0x3fefffffffffffff rm=rtz frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3025, a0, 0x0)
	CHECK_FLAGS(3026, 0x1)
	/* fcvt.lu.d 0xbcb0000000000000 rm=rtz frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3027, a0, 0x0)
	CHECK_FLAGS(3028, 0x1)
	/* fcvt.lu.d 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(3029, a0, 0x1)
	CHECK_FLAGS(3030, 0x0)
	/* fcvt.lu.d 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(3031, a0, 0x0)
	CHECK_FLAGS(3032, 0x10)
	/* fcvt.lu.d 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(3033, a0, 0x2)
	CHECK_FLAGS(3034, 0x1)
	/* fcvt.lu.d 0x4004000000000000 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(3035, a0, 0x2)
	CHECK_FLAGS(3036, 0x1)
	/* fcvt.lu.d 0xc004000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(3037, a0, 0x0)
	CHECK_FLAGS(3038, 0x10)
	/* fcvt.lu.d 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(3039, a0, 0x0)
	CHECK_FLAGS(3040, 0x1)
	/* fcvt.lu.d 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(3041, a0, 0x0)
	CHECK_FLAGS(3042, 0x1)
	/* fcvt.lu.d 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(3043, a0, 0xffffffffffffffff)
	CHECK_FLAGS(3044, 0x10)
	/* fcvt.lu.d 0x3690000000000000 rm=rne frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(3045, a0, 0x0)
	CHECK_FLAGS(3046, 0x1)
	/* fcvt.lu.d 0x47efffffe0000000 rm=rne frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(3047, a0, 0xffffffffffffffff)
	CHECK_FLAGS(3048, 0x10)
	/* fcvt.lu.d 0x47efffff00000000 rm=rne frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(3049, a0, 0xffffffffffffffff)
	CHECK_FLAGS(3050, 0x10)
	/* fcvt.lu.d 0x36a0000000000000 rm=rne frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(3051, a0, 0x0)
	CHECK_FLAGS(3052, 0x1)
	/* fcvt.lu.d 0x3fefffffffffffff rm=rne frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(3053, a0, 0x1)
	CHECK_FLAGS(3054, 0x1)
	/* fcvt.lu.d 0xbcb0000000000000 rm=rne frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(3055, a0, 0x0)
	CHECK_FLAGS(3056, 0x1)
	/* fcvt.lu.d 0xbeb6000000000000 rm=rne frm=None */
	li t0, 0xbeb6000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(3057, a0, 0x0)
	CHECK_FLAGS(3058, 0x1)
	/* fcvt.lu.d 0x3ff99abc65a4db90 rm=rne frm=None */
	li t0, 0x3ff99abc65a4db90; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(3059, a0, 0x2)
	CHECK_FLAGS(3060, 0x1)
	/* fcvt.lu.d 0x7fe6000000000000 rm=rne frm=None */
	li t0, 0x7fe6000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(3061, a0, 0xffffffffffffffff)
	CHECK_FLAGS(3062, 0x10)
	/* fcvt.lu.d 0x15000000000000 rm=rne frm=None */
	li t0, 0x15000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(3063, a0, 0x0)
	CHECK_FLAGS(3064, 0x1)
	/* fcvt.lu.d 0xc13f8bc9fb9924e9 rm=rne frm=None */
	li t0, 0xc13f8bc9fb9924e9; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(3065, a0, 0x0)
	CHECK_FLAGS(3066, 0x10)
	/* fcvt.lu.d 0x4b9fb5a133a45dd4 rm=rne frm=None */
	li t0, 0x4b9fb5a133a45dd4; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rne
	CHECK(3067, a0, 0xffffffffffffffff)
	CHECK_FLAGS(3068, 0x10)
	/* fcvt.lu.d 0x3ff0000000000000 rm=rtz frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3069, a0, 0x1)
	CHECK_FLAGS(3070, 0x0)
	/* fcvt.lu.d 0xbff0000000000000 rm=rtz frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3071, a0, 0x0)
	CHECK_FLAGS(3072, 0x10)
	/* fcvt.lu.d 0x3ff8000000000000 rm=rtz frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3073, a0, 0x1)
	CHECK_FLAGS(3074, 0x1)
	/* fcvt.lu.d 0x4004000000000000 rm=rtz frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3075, a0, 0x2)
	CHECK_FLAGS(3076, 0x1)
	/* fcvt.lu.d 0xc004000000000000 rm=rtz frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3077, a0, 0x0)
	CHECK_FLAGS(3078, 0x10)
	/* fcvt.lu.d 0x3fe0000000000000 rm=rtz frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3079, a0, 0x0)
	CHECK_FLAGS(3080, 0x1)
	/* fcvt.lu.d 0xbfe0000000000000 rm=rtz frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3081, a0, 0x0)
	CHECK_FLAGS(3082, 0x1)
	/* fcvt.lu.d 0x7fefffffffffffff rm=rtz frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3083, a0, 0xffffffffffffffff)
	CHECK_FLAGS(3084, 0x10)
	/* fcvt.lu.d 0x3690000000000000 rm=rtz frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3085, a0, 0x0)
	CHECK_FLAGS(3086, 0x1)
	/* fcvt.lu.d 0x47efffffe0000000 rm=rtz frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3087, a0, 0xffffffffffffffff)
	CHECK_FLAGS(3088, 0x10)
	/* fcvt.lu.d 0x47efffff00000000 rm=rtz frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3089, a0, 0xffffffffffffffff)
	CHECK_FLAGS(3090, 0x10)
	/* fcvt.lu.d 0x36a0000000000000 rm=rtz frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3091, a0, 0x0)
	CHECK_FLAGS(3092, 0x1)
	/* fcvt.lu.d 0x3fefffffffffffff rm=rtz frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3093, a0, 0x0)
	CHECK_FLAGS(3094, 0x1)
	/* fcvt.lu.d 0xbcb0000000000000 rm=rtz frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3095, a0, 0x0)
	CHECK_FLAGS(3096, 0x1)
	/* fcvt.lu.d 0x3fed6b171ab4bcae rm=rtz frm=None */
	li t0, 0x3fed6b171ab4bcae; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3097, a0, 0x0)
	CHECK_FLAGS(3098, 0x1)
	/* fcvt.lu.d 0x5313520a3a2cb0d8 rm=rtz frm=None */
	li t0, 0x5313520a3a2cb0d8; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3099, a0, 0xffffffffffffffff)
	CHECK_FLAGS(3100, 0x10)
	/* fcvt.lu.d 0xc00e6a71068d4acd rm=rtz frm=None */
	li t0, 0xc00e6a71068d4acd; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3101, a0, 0x0)
	CHECK_FLAGS(3102, 0x10)
	/* fcvt.lu.d 0x8013ccdce12f601f rm=rtz frm=None */
	li t0, 0x8013ccdce12f601f; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3103, a0, 0x0)
	CHECK_FLAGS(3104, 0x1)
	/* fcvt.lu.d 0xbff3fbd0acd67bbb rm=rtz frm=None */
	li t0, 0xbff3fbd0acd67bbb; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3105, a0, 0x0)
	CHECK_FLAGS(3106, 0x10)
	/* fcvt.lu.d 0xffed107686d0268c rm=rtz frm=None */
	li t0, 0xffed107686d0268c; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rtz
	CHECK(3107, a0, 0x0)
	CHECK_FLAGS(3108, 0x10)
	/* fcvt.lu.d 0x3ff0000000000000 rm=rdn frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(3109, a0, 0x1)
	CHECK_FLAGS(3110, 0x0)
	/* fcvt.lu.d 0xbff0000000000000 rm=rdn frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(3111, a0, 0x0)
	CHECK_FLAGS(3112, 0x10)
	/* fcvt.lu.d 0x3ff8000000000000 rm=rdn frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(3113, a0, 0x1)
	CHECK_FLAGS(3114, 0x1)
	/* fcvt.lu.d 0x4004000000000000 rm=rdn frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(3115, a0, 0x2)
	CHECK_FLAGS(3116, 0x1)
	/* fcvt.lu.d 0xc004000000000000 rm=rdn frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(3117, a0, 0x0)
	CHECK_FLAGS(3118, 0x10)
	/* fcvt.lu.d 0x3fe0000000000000 rm=rdn frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(3119, a0, 0x0)
	CHECK_FLAGS(3120, 0x1)
	/* fcvt.lu.d 0xbfe0000000000000 rm=rdn frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(3121, a0, 0x0)
	CHECK_FLAGS(3122, 0x10)
	/* fcvt.lu.d 0x7fefffffffffffff rm=rdn frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(3123, a0, 0xffffffffffffffff)
	CHECK_FLAGS(3124, 0x10)
	/* fcvt.lu.d 0x3690000000000000 rm=rdn frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(3125, a0, 0x0)
	CHECK_FLAGS(3126, 0x1)
	/* fcvt.lu.d 0x47efffffe0000000 rm=rdn frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(3127, a0, 0xffffffffffffffff)
	CHECK_FLAGS(3128, 0x10)
	/* fcvt.lu.d 0x47efffff00000000 rm=rdn frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(3129, a0, 0xffffffffffffffff)
	CHECK_FLAGS(3130, 0x10)
	/* fcvt.lu.d 0x36a0000000000000 rm=rdn frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(3131, a0, 0x0)
	CHECK_FLAGS(3132, 0x1)
	/* fcvt.lu.d 0x3fefffffffffffff rm=rdn frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(3133, a0, 0x0)
	CHECK_FLAGS(3134, 0x1)
	/* fcvt.lu.d 0xbcb0000000000000 rm=rdn frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(3135, a0, 0x0)
	CHECK_FLAGS(3136, 0x10)
	/* fcvt.lu.d 0x80209582231b3b2b rm=rdn frm=None */
	li t0, 0x80209582231b3b2b; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(3137, a0, 0x0)
	CHECK_FLAGS(3138, 0x10)
	/* fcvt.lu.d 0x400abb20474e17df rm=rdn frm=None */
	li t0, 0x400abb20474e17df; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(3139, a0, 0x3)
	CHECK_FLAGS(3140, 0x1)
	/* fcvt.lu.d 0x8022ac6578d46608 rm=rdn frm=None */
	li t0, 0x8022ac6578d46608; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(3141, a0, 0x0)
	CHECK_FLAGS(3142, 0x10)
	/* fcvt.lu.d 0x40091075ecface39 rm=rdn frm=None */
	li t0, 0x40091075ecface39; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(3143, a0, 0x3)
	CHECK_FLAGS(3144, 0x1)
	/* fcvt.lu.d 0x3ff7800000000000 rm=rdn frm=None */
	li t0, 0x3ff7800000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(3145, a0, 0x1)
	CHECK_FLAGS(3146, 0x1)
	/* fcvt.lu.d 0x2b000000000000 rm=rdn frm=None */
	li t0, 0x2b000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rdn
	CHECK(3147, a0, 0x0)
	CHECK_FLAGS(3148, 0x1)
	/* fcvt.lu.d 0x3ff0000000000000 rm=rup frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(3149, a0, 0x1)
	CHECK_FLAGS(3150, 0x0)
	/* fcvt.lu.d 0xbff0000000000000 rm=rup frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(3151, a0, 0x0)
	CHECK_FLAGS(3152, 0x10)
	/* fcvt.lu.d 0x3ff8000000000000 rm=rup frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(3153, a0, 0x2)
	CHECK_FLAGS(3154, 0x1)
	/* fcvt.lu.d 0x4004000000000000 rm=rup frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(3155, a0, 0x3)
	CHECK_FLAGS(3156, 0x1)
	/* fcvt.lu.d 0xc004000000000000 rm=rup frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(3157, a0, 0x0)
	CHECK_FLAGS(3158, 0x10)
	/* fcvt.lu.d 0x3fe0000000000000 rm=rup frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(3159, a0, 0x1)
	CHECK_FLAGS(3160, 0x1)
	/* fcvt.lu.d 0xbfe0000000000000 rm=rup frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(3161, a0, 0x0)
	CHECK_FLAGS(3162, 0x1)
	/* fcvt.lu.d 0x7fefffffffffffff rm=rup frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(3163, a0, 0xffffffffffffffff)
	CHECK_FLAGS(3164, 0x10)
	/* fcvt.lu.d 0x3690000000000000 rm=rup frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(3165, a0, 0x1)
	CHECK_FLAGS(3166, 0x1)
	/* fcvt.lu.d 0x47efffffe0000000 rm=rup frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(3167, a0, 0xffffffffffffffff)
	CHECK_FLAGS(3168, 0x10)
	/* fcvt.lu.d 0x47efffff00000000 rm=rup frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(3169, a0, 0xffffffffffffffff)
	CHECK_FLAGS(3170, 0x10)
	/* fcvt.lu.d 0x36a0000000000000 rm=rup frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(3171, a0, 0x1)
	CHECK_FLAGS(3172, 0x1)
	/* fcvt.lu.d 0x3fefffffffffffff rm=rup frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(3173, a0, 0x1)
	CHECK_FLAGS(3174, 0x1)
	/* fcvt.lu.d 0xbcb0000000000000 rm=rup frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(3175, a0, 0x0)
	CHECK_FLAGS(3176, 0x1)
	/* fcvt.lu.d 0xa48533d74debba61 rm=rup frm=None */
	li t0, 0xa48533d74debba61; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(3177, a0, 0x0)
	CHECK_FLAGS(3178, 0x1)
	/* fcvt.lu.d 0xbfe87f7a26690161 rm=rup frm=None */
	li t0, 0xbfe87f7a26690161; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(3179, a0, 0x0)
	CHECK_FLAGS(3180, 0x1)
	/* fcvt.lu.d 0xffee8f0080598249 rm=rup frm=None */
	li t0, 0xffee8f0080598249; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(3181, a0, 0x0)
	CHECK_FLAGS(3182, 0x10)
	/* fcvt.lu.d 0x3fede3dab75dd8ab rm=rup frm=None */
	li t0, 0x3fede3dab75dd8ab; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(3183, a0, 0x1)
	CHECK_FLAGS(3184, 0x1)
	/* fcvt.lu.d 0xa5c9620a4b97a5c2 rm=rup frm=None */
	li t0, 0xa5c9620a4b97a5c2; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(3185, a0, 0x0)
	CHECK_FLAGS(3186, 0x1)
	/* fcvt.lu.d 0xbeb6a261250339ae rm=rup frm=None */
	li t0, 0xbeb6a261250339ae; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rup
	CHECK(3187, a0, 0x0)
	CHECK_FLAGS(3188, 0x1)
	/* fcvt.lu.d 0x3ff0000000000000 rm=rmm frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(3189, a0, 0x1)
	CHECK_FLAGS(3190, 0x0)
	/* fcvt.lu.d 0xbff0000000000000 rm=rmm frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(3191, a0, 0x0)
	CHECK_FLAGS(3192, 0x10)
	/* fcvt.lu.d 0x3ff8000000000000 rm=rmm frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(3193, a0, 0x2)
	CHECK_FLAGS(3194, 0x1)
	/* fcvt.lu.d 0x4004000000000000 rm=rmm frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(3195, a0, 0x3)
	CHECK_FLAGS(3196, 0x1)
	/* fcvt.lu.d 0xc004000000000000 rm=rmm frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(3197, a0, 0x0)
	CHECK_FLAGS(3198, 0x10)
	/* fcvt.lu.d 0x3fe0000000000000 rm=rmm frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(3199, a0, 0x1)
	CHECK_FLAGS(3200, 0x1)
	/* fcvt.lu.d 0xbfe0000000000000 rm=rmm frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(3201, a0, 0x0)
	CHECK_FLAGS(3202, 0x10)
	/* fcvt.lu.d 0x7fefffffffffffff rm=rmm frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(3203, a0, 0xffffffffffffffff)
	CHECK_FLAGS(3204, 0x10)
	/* fcvt.lu.d 0x3690000000000000 rm=rmm frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(3205, a0, 0x0)
	CHECK_FLAGS(3206, 0x1)
	/* fcvt.lu.d 0x47efffffe0000000 rm=rmm frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(3207, a0, 0xffffffffffffffff)
	CHECK_FLAGS(3208, 0x10)
	/* fcvt.lu.d 0x47efffff00000000 rm=rmm frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(3209, a0, 0xffffffffffffffff)
	CHECK_FLAGS(3210, 0x10)
	/* fcvt.lu.d 0x36a0000000000000 rm=rmm frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(3211, a0, 0x0)
	CHECK_FLAGS(3212, 0x1)
	/* fcvt.lu.d 0x3fefffffffffffff rm=rmm frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(3213, a0, 0x1)
	CHECK_FLAGS(3214, 0x1)
	/* fcvt.lu.d 0xbcb0000000000000 rm=rmm frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(3215, a0, 0x0)
	CHECK_FLAGS(3216, 0x1)
	/* fcvt.lu.d 0xffe5d811aa0a6a4d rm=rmm frm=None */
	li t0, 0xffe5d811aa0a6a4d; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(3217, a0, 0x0)
	CHECK_FLAGS(3218, 0x10)
	/* fcvt.lu.d 0xc004556a958ca510 rm=rmm frm=None */
	li t0, 0xc004556a958ca510; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(3219, a0, 0x0)
	CHECK_FLAGS(3220, 0x10)
	/* fcvt.lu.d 0x3fe5000000000000 rm=rmm frm=None */
	li t0, 0x3fe5000000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(3221, a0, 0x1)
	CHECK_FLAGS(3222, 0x1)
	/* fcvt.lu.d 0x9fec800000000000 rm=rmm frm=None */
	li t0, 0x9fec800000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(3223, a0, 0x0)
	CHECK_FLAGS(3224, 0x1)
	/* fcvt.lu.d 0x13358dbe43f142 rm=rmm frm=None */
	li t0, 0x13358dbe43f142; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(3225, a0, 0x0)
	CHECK_FLAGS(3226, 0x1)
	/* fcvt.lu.d 0x493c800000000000 rm=rmm frm=None */
	li t0, 0x493c800000000000; fmv.d.x f11, t0; fcvt.lu.d a0, f11, rmm
	CHECK(3227, a0, 0xffffffffffffffff)
	CHECK_FLAGS(3228, 0x10)
	/* fcvt.lu.d 0xbfe0000000000000 rm=None frm=0 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 0; fcvt.lu.d a0, f11
	CHECK(3229, a0, 0x0)
	CHECK_FLAGS(3230, 0x1)
	/* fcvt.lu.d 0xc004000000000000 rm=None frm=0 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 0; fcvt.lu.d a0, f11
	CHECK(3231, a0, 0x0)
	CHECK_FLAGS(3232, 0x10)
	/* fcvt.lu.d 0xbfe0000000000000 rm=None frm=1 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 1; fcvt.lu.d a0, f11
	CHECK(3233, a0, 0x0)
	CHECK_FLAGS(3234, 0x1)
	/* fcvt.lu.d 0xc004000000000000 rm=None frm=1 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 1; fcvt.lu.d a0, f11
	CHECK(3235, a0, 0x0)
	CHECK_FLAGS(3236, 0x10)
	/* fcvt.lu.d 0xbfe0000000000000 rm=None frm=2 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 2; fcvt.lu.d a0, f11
	CHECK(3237, a0, 0x0)
	CHECK_FLAGS(3238, 0x10)
	/* fcvt.lu.d 0xc004000000000000 rm=None frm=2 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 2; fcvt.lu.d a0, f11
	CHECK(3239, a0, 0x0)
	CHECK_FLAGS(3240, 0x10)
	/* fcvt.lu.d 0xbfe0000000000000 rm=None frm=3 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 3; fcvt.lu.d a0, f11
	CHECK(3241, a0, 0x0)
	CHECK_FLAGS(3242, 0x1)
	/* fcvt.lu.d 0xc004000000000000 rm=None frm=3 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 3; fcvt.lu.d a0, f11
	CHECK(3243, a0, 0x0)
	CHECK_FLAGS(3244, 0x10)
	/* fcvt.lu.d 0xbfe0000000000000 rm=None frm=4 */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fsrmi 4; fcvt.lu.d a0, f11
	CHECK(3245, a0, 0x0)
	CHECK_FLAGS(3246, 0x10)
	/* fcvt.lu.d 0xc004000000000000 rm=None frm=4 */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fsrmi 4; fcvt.lu.d a0, f11
	CHECK(3247, a0, 0x0)
	CHECK_FLAGS(3248, 0x10)
	/* fcvt.d.w 0x0 rm=None frm=None */
	li a1, 0x0; fcvt.d.w f10, a1
	CHECK_F(3249, f10, 0x0)
	CHECK_FLAGS(3250, 0x0)
	/* fcvt.d.w 0x1 rm=None frm=None */
	li a1, 0x1; fcvt.d.w f10, a1
	CHECK_F(3251, f10, 0x3ff0000000000000)
	CHECK_FLAGS(3252, 0x0)
	/* fcvt.d.w 0xffffffffffffffff rm=None frm=None */
	li a1, 0xffffffffffffffff; fcvt.d.w f10, a1
	CHECK_F(3253, f10, 0xbff0000000000000)
	CHECK_FLAGS(3254, 0x0)
	/* fcvt.d.w 0x7fffffff rm=None frm=None */
	li a1, 0x7fffffff; fcvt.d.w f10, a1
	CHECK_F(3255, f10, 0x41dfffffffc00000)
	CHECK_FLAGS(3256, 0x0)
	/* fcvt.d.w 0x80000000 rm=None frm=None */
	li a1, 0x80000000; fcvt.d.w f10, a1
	CHECK_F(3257, f10, 0xc1e0000000000000)
	CHECK_FLAGS(3258, 0x0)
	/* fcvt.d.w 0xffffffff80000000 rm=None frm=None */
	li a1, 0xffffffff80000000; fcvt.d.w f10, a1
	CHECK_F(3259, f10, 0xc1e0000000000000)
	CHECK_FLAGS(3260, 0x0)
	/* fcvt.d.w 0xffffffff rm=None frm=None */
	li a1, 0xffffffff; fcvt.d.w f10, a1
	CHECK_F(3261, f10, 0xbff0000000000000)
	CHECK_FLAGS(3262, 0x0)
	/* fcvt.d.w 0x1000001 rm=None frm=None */
	li a1, 0x1000001; fcvt.d.w f10, a1
	CHECK_F(3263, f10, 0x4170000010000000)
	CHECK_FLAGS(3264, 0x0)
	/* fcvt.d.w 0xfffffffffeffffff rm=None frm=None */
	li a1, 0xfffffffffeffffff; fcvt.d.w f10, a1
	CHECK_F(3265, f10, 0xc170000010000000)
	CHECK_FLAGS(3266, 0x0)
	/* fcvt.d.w 0x7fffffffffffffff rm=None frm=None */
	li a1, 0x7fffffffffffffff; fcvt.d.w f10, a1
	CHECK_F(3267, f10, 0xbff0000000000000)
	CHECK_FLAGS(3268, 0x0)
	/* fcvt.d.w 0x8000000000000000 rm=None frm=None */
	li a1, 0x8000000000000000; fcvt.d.w f10, a1
	CHECK_F(3269, f10, 0x0)
	CHECK_FLAGS(3270, 0x0)
	/* fcvt.d.w 0x20000001 rm=None frm=None */
	li a1, 0x20000001; fcvt.d.w f10, a1
	CHECK_F(3271, f10, 0x41c0000000800000)
	CHECK_FLAGS(3272, 0x0)
	/* fcvt.d.w 0x123456789abcdef rm=None frm=None */
	li a1, 0x123456789abcdef; fcvt.d.w f10, a1
	CHECK_F(3273, f10, 0xc1dd950c84400000)
	CHECK_FLAGS(3274, 0x0)
	/* fcvt.d.w 0xfffffffffffffffd rm=None frm=None */
	li a1, 0xfffffffffffffffd; fcvt.d.w f10, a1
	CHECK_F(3275, f10, 0xc008000000000000)
	CHECK_FLAGS(3276, 0x0)
	/* fcvt.d.w 0x100000001 rm=None frm=None */
	li a1, 0x100000001; fcvt.d.w f10, a1
	CHECK_F(3277, f10, 0x3ff0000000000000)
	CHECK_FLAGS(3278, 0x0)
	/* fcvt.d.w 0x7ffffffffffffc00 rm=None frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.d.w f10, a1
	CHECK_F(3279, f10, 0xc090000000000000)
	CHECK_FLAGS(3280, 0x0)
	/* fcvt.d.w 0x7ffffffffffffe00 rm=None frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.d.w f10, a1
	CHECK_F(3281, f10, 0xc080000000000000)
	CHECK_FLAGS(3282, 0x0)
	/* fcvt.d.w 0x7ffffffffffffa01 rm=None frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.d.w f10, a1
	CHECK_F(3283, f10, 0xc097fc0000000000)
	CHECK_FLAGS(3284, 0x0)
	/* fcvt.d.w 0xffffffff01000001 rm=None frm=None */
	li a1, 0xffffffff01000001; fcvt.d.w f10, a1
	CHECK_F(3285, f10, 0x4170000010000000)
	CHECK_FLAGS(3286, 0x0)
	/* fcvt.d.w 0x2000003 rm=None frm=None */
	li a1, 0x2000003; fcvt.d.w f10, a1
	CHECK_F(3287, f10, 0x4180000018000000)
	CHECK_FLAGS(3288, 0x0)
	/* fcvt.d.w 0xffffff7f rm=None frm=None */
	li a1, 0xffffff7f; fcvt.d.w f10, a1
	CHECK_F(3289, f10, 0xc060200000000000)
	CHECK_FLAGS(3290, 0x0)
	/* fcvt.d.wu 0x0 rm=None frm=None */
	li a1, 0x0; fcvt.d.wu f10, a1
	CHECK_F(3291, f10, 0x0)
	CHECK_FLAGS(3292, 0x0)
	/* fcvt.d.wu 0x1 rm=None frm=None */
	li a1, 0x1; fcvt.d.wu f10, a1
	CHECK_F(3293, f10, 0x3ff0000000000000)
	CHECK_FLAGS(3294, 0x0)
	/* fcvt.d.wu 0xffffffffffffffff rm=None frm=None */
	li a1, 0xffffffffffffffff; fcvt.d.wu f10, a1
	CHECK_F(3295, f10, 0x41efffffffe00000)
	CHECK_FLAGS(3296, 0x0)
	/* fcvt.d.wu 0x7fffffff rm=None frm=None */
	li a1, 0x7fffffff; fcvt.d.wu f10, a1
	CHECK_F(3297, f10, 0x41dfffffffc00000)
	CHECK_FLAGS(3298, 0x0)
	/* fcvt.d.wu 0x80000000 rm=None frm=None */
	li a1, 0x80000000; fcvt.d.wu f10, a1
	CHECK_F(3299, f10, 0x41e0000000000000)
	CHECK_FLAGS(3300, 0x0)
	/* fcvt.d.wu 0xffffffff80000000 rm=None frm=None */
	li a1, 0xffffffff80000000; fcvt.d.wu f10, a1
	CHECK_F(3301, f10, 0x41e0000000000000)
	CHECK_FLAGS(3302, 0x0)
	/* fcvt.d.wu 0xffffffff rm=None frm=None */
	li a1, 0xffffffff; fcvt.d.wu f10, a1
	CHECK_F(3303, f10, 0x41efffffffe00000)
	CHECK_FLAGS(3304, 0x0)
	/* fcvt.d.wu 0x1000001 rm=None frm=None */
	li a1, 0x1000001; fcvt.d.wu f10, a1
	CHECK_F(3305, f10, 0x4170000010000000)
	CHECK_FLAGS(3306, 0x0)
	/* fcvt.d.wu 0xfffffffffeffffff rm=None frm=None */
	li a1, 0xfffffffffeffffff; fcvt.d.wu f10, a1
	CHECK_F(3307, f10, 0x41efdfffffe00000)
	CHECK_FLAGS(3308, 0x0)
	/* fcvt.d.wu 0x7fffffffffffffff rm=None frm=None */
	li a1, 0x7fffffffffffffff; fcvt.d.wu f10, a1
	CHECK_F(3309, f10, 0x41efffffffe00000)
	CHECK_FLAGS(3310, 0x0)
	/* fcvt.d.wu 0x8000000000000000 rm=None frm=None */
	li a1, 0x8000000000000000; fcvt.d.wu f10, a1
	CHECK_F(3311, f10, 0x0)
	CHECK_FLAGS(3312, 0x0)
	/* fcvt.d.wu 0x20000001 rm=None frm=None */
	li a1, 0x20000001; fcvt.d.wu f10, a1
	CHECK_F(3313, f10, 0x41c0000000800000)
	CHECK_FLAGS(3314, 0x0)
	/* fcvt.d.wu 0x123456789abcdef rm=None frm=None */
	li a1, 0x123456789abcdef; fcvt.d.wu f10, a1
	CHECK_F(3315, f10, 0x41e13579bde00000)
	CHECK_FLAGS(3316, 0x0)
	/* fcvt.d.wu 0xfffffffffffffffd rm=None frm=None */
	li a1, 0xfffffffffffffffd; fcvt.d.wu f10, a1
	CHECK_F(3317, f10, 0x41efffffffa00000)
	CHECK_FLAGS(3318, 0x0)
	/* fcvt.d.wu 0x100000001 rm=None frm=None */
	li a1, 0x100000001; fcvt.d.wu f10, a1
	CHECK_F(3319, f10, 0x3ff0000000000000)
	CHECK_FLAGS(3320, 0x0)
	/* fcvt.d.wu 0x7ffffffffffffc00 rm=None frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.d.wu f10, a1
	CHECK_F(3321, f10, 0x41efffff80000000)
	CHECK_FLAGS(3322, 0x0)
	/* fcvt.d.wu 0x7ffffffffffffe00 rm=None frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.d.wu f10, a1
	CHECK_F(3323, f10, 0x41efffffc0000000)
	CHECK_FLAGS(3324, 0x0)
	/* fcvt.d.wu 0x7ffffffffffffa01 rm=None frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.d.wu f10, a1
	CHECK_F(3325, f10, 0x41efffff40200000)
	CHECK_FLAGS(3326, 0x0)
	/* fcvt.d.wu 0xffffffff01000001 rm=None frm=None */
	li a1, 0xffffffff01000001; fcvt.d.wu f10, a1
	CHECK_F(3327, f10, 0x4170000010000000)
	CHECK_FLAGS(3328, 0x0)
	/* fcvt.d.wu 0x2000003 rm=None frm=None */
	li a1, 0x2000003; fcvt.d.wu f10, a1
	CHECK_F(3329, f10, 0x4180000018000000)
	CHECK_FLAGS(3330, 0x0)
	/* fcvt.d.wu 0xffffff7f rm=None frm=None */
	li a1, 0xffffff7f; fcvt.d.wu f10, a1
	CHECK_F(3331, f10, 0x41efffffefe00000)
	CHECK_FLAGS(3332, 0x0)
	/* fcvt.d.l 0x0 rm=rne frm=None */
	li a1, 0x0; fcvt.d.l f10, a1, rne
	CHECK_F(3333, f10, 0x0)
	CHECK_FLAGS(3334, 0x0)
	/* fcvt.d.l 0x1 rm=rne frm=None */
	li a1, 0x1; fcvt.d.l f10, a1, rne
	CHECK_F(3335, f10, 0x3ff0000000000000)
	CHECK_FLAGS(3336, 0x0)
	/* fcvt.d.l 0xffffffffffffffff rm=rne frm=None */
	li a1, 0xffffffffffffffff; fcvt.d.l f10, a1, rne
	CHECK_F(3337, f10, 0xbff0000000000000)
	CHECK_FLAGS(3338, 0x0)
	/* fcvt.d.l 0x7fffffff rm=rne frm=None */
	li a1, 0x7fffffff; fcvt.d.l f10, a1, rne
	CHECK_F(3339, f10, 0x41dfffffffc00000)
	CHECK_FLAGS(3340, 0x0)
	/* fcvt.d.l 0x80000000 rm=rne frm=None */
	li a1, 0x80000000; fcvt.d.l f10, a1, rne
	CHECK_F(3341, f10, 0x41e0000000000000)
	CHECK_FLAGS(3342, 0x0)
	/* fcvt.d.l 0xffffffff80000000 rm=rne frm=None */
	li a1, 0xffffffff80000000; fcvt.d.l f10, a1, rne
	CHECK_F(3343, f10, 0xc1e0000000000000)
	CHECK_FLAGS(3344, 0x0)
	/* fcvt.d.l 0xffffffff rm=rne frm=None */
	li a1, 0xffffffff; fcvt.d.l f10, a1, rne
	CHECK_F(3345, f10, 0x41efffffffe00000)
	CHECK_FLAGS(3346, 0x0)
	/* fcvt.d.l 0x1000001 rm=rne frm=None */
	li a1, 0x1000001; fcvt.d.l f10, a1, rne
	CHECK_F(3347, f10, 0x4170000010000000)
	CHECK_FLAGS(3348, 0x0)
	/* fcvt.d.l 0xfffffffffeffffff rm=rne frm=None */
	li a1, 0xfffffffffeffffff; fcvt.d.l f10, a1, rne
	CHECK_F(3349, f10, 0xc170000010000000)
	CHECK_FLAGS(3350, 0x0)
	/* fcvt.d.l 0x7fffffffffffffff rm=rne frm=None */
	li a1, 0x7fffffffffffffff; fcvt.d.l f10, a1, rne
	CHECK_F(3351, f10, 0x43e0000000000000)
	CHECK_FLAGS(3352, 0x1)
	/* fcvt.d.l 0x8000000000000000 rm=rne frm=None */
	li a1, 0x8000000000000000; fcvt.d.l f10, a1, rne
	CHECK_F(3353, f10, 0xc3e0000000000000)
	CHECK_FLAGS(3354, 0x0)
	/* fcvt.d.l 0x20000001 rm=rne frm=None */
	li a1, 0x20000001; fcvt.d.l f10, a1, rne
	CHECK_F(3355, f10, 0x41c0000000800000)
	CHECK_FLAGS(3356, 0x0)
	/* fcvt.d.l 0x123456789abcdef rm=rne frm=None */
	li a1, 0x123456789abcdef; fcvt.d.l f10, a1, rne
	CHECK_F(3357, f10, 0x43723456789abcdf)
	CHECK_FLAGS(3358, 0x1)
	/* fcvt.d.l 0xfffffffffffffffd rm=rne frm=None */
	li a1, 0xfffffffffffffffd; fcvt.d.l f10, a1, rne
	CHECK_F(3359, f10, 0xc008000000000000)
	CHECK_FLAGS(3360, 0x0)
	/* fcvt.d.l 0x100000001 rm=rne frm=None */
	li a1, 0x100000001; fcvt.d.l f10, a1, rne
	CHECK_F(3361, f10, 0x41f0000000100000)
	CHECK_FLAGS(3362, 0x0)
	/* fcvt.d.l 0x7ffffffffffffc00 rm=rne frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.d.l f10, a1, rne
	CHECK_F(3363, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3364, 0x0)
	/* fcvt.d.l 0x7ffffffffffffe00 rm=rne frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.d.l f10, a1, rne
	CHECK_F(3365, f10, 0x43e0000000000000)
	CHECK_FLAGS(3366, 0x1)
	/* fcvt.d.l 0x7ffffffffffffa01 rm=rne frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.d.l f10, a1, rne
	CHECK_F(3367, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3368, 0x1)
	/* fcvt.d.l 0xffffffff01000001 rm=rne frm=None */
	li a1, 0xffffffff01000001; fcvt.d.l f10, a1, rne
	CHECK_F(3369, f10, 0xc1efdfffffe00000)
	CHECK_FLAGS(3370, 0x0)
	/* fcvt.d.l 0x2000003 rm=rne frm=None */
	li a1, 0x2000003; fcvt.d.l f10, a1, rne
	CHECK_F(3371, f10, 0x4180000018000000)
	CHECK_FLAGS(3372, 0x0)
	/* fcvt.d.l 0xffffff7f rm=rne frm=None */
	li a1, 0xffffff7f; fcvt.d.l f10, a1, rne
	CHECK_F(3373, f10, 0x41efffffefe00000)
	CHECK_FLAGS(3374, 0x0)
	/* fcvt.d.l 0x0 rm=rtz frm=None */
	li a1, 0x0; fcvt.d.l f10, a1, rtz
	CHECK_F(3375, f10, 0x0)
	CHECK_FLAGS(3376, 0x0)
	/* fcvt.d.l 0x1 rm=rtz frm=None */
	li a1, 0x1; fcvt.d.l f10, a1, rtz
	CHECK_F(3377, f10, 0x3ff0000000000000)
	CHECK_FLAGS(3378, 0x0)
	/* fcvt.d.l 0xffffffffffffffff rm=rtz frm=None */
	li a1, 0xffffffffffffffff; fcvt.d.l f10, a1, rtz
	CHECK_F(3379, f10, 0xbff0000000000000)
	CHECK_FLAGS(3380, 0x0)
	/* fcvt.d.l 0x7fffffff rm=rtz frm=None */
	li a1, 0x7fffffff; fcvt.d.l f10, a1, rtz
	CHECK_F(3381, f10, 0x41dfffffffc00000)
	CHECK_FLAGS(3382, 0x0)
	/* fcvt.d.l 0x80000000 rm=rtz frm=None */
	li a1, 0x80000000; fcvt.d.l f10, a1, rtz
	CHECK_F(3383, f10, 0x41e0000000000000)
	CHECK_FLAGS(3384, 0x0)
	/* fcvt.d.l 0xffffffff80000000 rm=rtz frm=None */
	li a1, 0xffffffff80000000; fcvt.d.l f10, a1, rtz
	CHECK_F(3385, f10, 0xc1e0000000000000)
	CHECK_FLAGS(3386, 0x0)
	/* fcvt.d.l 0xffffffff rm=rtz frm=None */
	li a1, 0xffffffff; fcvt.d.l f10, a1, rtz
	CHECK_F(3387, f10, 0x41efffffffe00000)
	CHECK_FLAGS(3388, 0x0)
	/* fcvt.d.l 0x1000001 rm=rtz frm=None */
	li a1, 0x1000001; fcvt.d.l f10, a1, rtz
	CHECK_F(3389, f10, 0x4170000010000000)
	CHECK_FLAGS(3390, 0x0)
	/* fcvt.d.l 0xfffffffffeffffff rm=rtz frm=None */
	li a1, 0xfffffffffeffffff; fcvt.d.l f10, a1, rtz
	CHECK_F(3391, f10, 0xc170000010000000)
	CHECK_FLAGS(3392, 0x0)
	/* fcvt.d.l 0x7fffffffffffffff rm=rtz frm=None */
	li a1, 0x7fffffffffffffff; fcvt.d.l f10, a1, rtz
	CHECK_F(3393, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3394, 0x1)
	/* fcvt.d.l 0x8000000000000000 rm=rtz frm=None */
	li a1, 0x8000000000000000; fcvt.d.l f10, a1, rtz
	CHECK_F(3395, f10, 0xc3e0000000000000)
	CHECK_FLAGS(3396, 0x0)
	/* fcvt.d.l 0x20000001 rm=rtz frm=None */
	li a1, 0x20000001; fcvt.d.l f10, a1, rtz
	CHECK_F(3397, f10, 0x41c0000000800000)
	CHECK_FLAGS(3398, 0x0)
	/* fcvt.d.l 0x123456789abcdef rm=rtz frm=None */
	li a1, 0x123456789abcdef; fcvt.d.l f10, a1, rtz
	CHECK_F(3399, f10, 0x43723456789abcde)
	CHECK_FLAGS(3400, 0x1)
	/* fcvt.d.l 0xfffffffffffffffd rm=rtz frm=None */
	li a1, 0xfffffffffffffffd; fcvt.d.l f10, a1, rtz
	CHECK_F(3401, f10, 0xc008000000000000)
	CHECK_FLAGS(3402, 0x0)
	/* fcvt.d.l 0x100000001 rm=rtz frm=None */
	li a1, 0x100000001; fcvt.d.l f10, a1, rtz
	CHECK_F(3403, f10, 0x41f0000000100000)
	CHECK_FLAGS(3404, 0x0)
	/* fcvt.d.l 0x7ffffffffffffc00 rm=rtz frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.d.l f10, a1, rtz
	CHECK_F(3405, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3406, 0x0)
	/* fcvt.d.l 0x7ffffffffffffe00 rm=rtz frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.d.l f10, a1, rtz
	CHECK_F(3407, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3408, 0x1)
	/* fcvt.d.l 0x7ffffffffffffa01 rm=rtz frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.d.l f10, a1, rtz
	CHECK_F(3409, f10, 0x43dffffffffffffe)
	CHECK_FLAGS(3410, 0x1)
	/* fcvt.d.l 0xffffffff01000001 rm=rtz frm=None */
	li a1, 0xffffffff01000001; fcvt.d.l f10, a1, rtz
	CHECK_F(3411, f10, 0xc1efdfffffe00000)
	CHECK_FLAGS(3412, 0x0)
	/* fcvt.d.l 0x2000003 rm=rtz frm=None */
	li a1, 0x2000003; fcvt.d.l f10, a1, rtz
	CHECK_F(3413, f10, 0x4180000018000000)
	CHECK_FLAGS(3414, 0x0)
	/* fcvt.d.l 0xffffff7f rm=rtz frm=None */
	li a1, 0xffffff7f; fcvt.d.l f10, a1, rtz
	CHECK_F(3415, f10, 0x41efffffefe00000)
	CHECK_FLAGS(3416, 0x0)
	/* fcvt.d.l 0x0 rm=rdn frm=None */
	li a1, 0x0; fcvt.d.l f10, a1, rdn
	CHECK_F(3417, f10, 0x0)
	CHECK_FLAGS(3418, 0x0)
	/* fcvt.d.l 0x1 rm=rdn frm=None */
	li a1, 0x1; fcvt.d.l f10, a1, rdn
	CHECK_F(3419, f10, 0x3ff0000000000000)
	CHECK_FLAGS(3420, 0x0)
	/* fcvt.d.l 0xffffffffffffffff rm=rdn frm=None */
	li a1, 0xffffffffffffffff; fcvt.d.l f10, a1, rdn
	CHECK_F(3421, f10, 0xbff0000000000000)
	CHECK_FLAGS(3422, 0x0)
	/* fcvt.d.l 0x7fffffff rm=rdn frm=None */
	li a1, 0x7fffffff; fcvt.d.l f10, a1, rdn
	CHECK_F(3423, f10, 0x41dfffffffc00000)
	CHECK_FLAGS(3424, 0x0)
	/* fcvt.d.l 0x80000000 rm=rdn frm=None */
	li a1, 0x80000000; fcvt.d.l f10, a1, rdn
	CHECK_F(3425, f10, 0x41e0000000000000)
	CHECK_FLAGS(3426, 0x0)
	/* fcvt.d.l 0xffffffff80000000 rm=rdn frm=None */
	li a1, 0xffffffff80000000; fcvt.d.l f10, a1, rdn
	CHECK_F(3427, f10, 0xc1e0000000000000)
	CHECK_FLAGS(3428, 0x0)
	/* fcvt.d.l 0xffffffff rm=rdn frm=None */
	li a1, 0xffffffff; fcvt.d.l f10, a1, rdn
	CHECK_F(3429, f10, 0x41efffffffe00000)
	CHECK_FLAGS(3430, 0x0)
	/* fcvt.d.l 0x1000001 rm=rdn frm=None */
	li a1, 0x1000001; fcvt.d.l f10, a1, rdn
	CHECK_F(3431, f10, 0x4170000010000000)
	CHECK_FLAGS(3432, 0x0)
	/* fcvt.d.l 0xfffffffffeffffff rm=rdn frm=None */
	li a1, 0xfffffffffeffffff; fcvt.d.l f10, a1, rdn
	CHECK_F(3433, f10, 0xc170000010000000)
	CHECK_FLAGS(3434, 0x0)
	/* fcvt.d.l 0x7fffffffffffffff rm=rdn frm=None */
	li a1, 0x7fffffffffffffff; fcvt.d.l f10, a1, rdn
	CHECK_F(3435, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3436, 0x1)
	/* fcvt.d.l 0x8000000000000000 rm=rdn frm=None */
	li a1, 0x8000000000000000; fcvt.d.l f10, a1, rdn
	CHECK_F(3437, f10, 0xc3e0000000000000)
	CHECK_FLAGS(3438, 0x0)
	/* fcvt.d.l 0x20000001 rm=rdn frm=None */
	li a1, 0x20000001; fcvt.d.l f10, a1, rdn
	CHECK_F(3439, f10, 0x41c0000000800000)
	CHECK_FLAGS(3440, 0x0)
	/* fcvt.d.l 0x123456789abcdef rm=rdn frm=None */
	li a1, 0x123456789abcdef; fcvt.d.l f10, a1, rdn
	CHECK_F(3441, f10, 0x43723456789abcde)
	CHECK_FLAGS(3442, 0x1)
	/* fcvt.d.l 0xfffffffffffffffd rm=rdn frm=None */
	li a1, 0xfffffffffffffffd; fcvt.d.l f10, a1, rdn
	CHECK_F(3443, f10, 0xc008000000000000)
	CHECK_FLAGS(3444, 0x0)
	/* fcvt.d.l 0x100000001 rm=rdn frm=None */
	li a1, 0x100000001; fcvt.d.l f10, a1, rdn
	CHECK_F(3445, f10, 0x41f0000000100000)
	CHECK_FLAGS(3446, 0x0)
	/* fcvt.d.l 0x7ffffffffffffc00 rm=rdn frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.d.l f10, a1, rdn
	CHECK_F(3447, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3448, 0x0)
	/* fcvt.d.l 0x7ffffffffffffe00 rm=rdn frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.d.l f10, a1, rdn
	CHECK_F(3449, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3450, 0x1)
	/* fcvt.d.l 0x7ffffffffffffa01 rm=rdn frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.d.l f10, a1, rdn
	CHECK_F(3451, f10, 0x43dffffffffffffe)
	CHECK_FLAGS(3452, 0x1)
	/* fcvt.d.l 0xffffffff01000001 rm=rdn frm=None */
	li a1, 0xffffffff01000001; fcvt.d.l f10, a1, rdn
	CHECK_F(3453, f10, 0xc1efdfffffe00000)
	CHECK_FLAGS(3454, 0x0)
	/* fcvt.d.l 0x2000003 rm=rdn frm=None */
	li a1, 0x2000003; fcvt.d.l f10, a1, rdn
	CHECK_F(3455, f10, 0x4180000018000000)
	CHECK_FLAGS(3456, 0x0)
	/* fcvt.d.l 0xffffff7f rm=rdn frm=None */
	li a1, 0xffffff7f; fcvt.d.l f10, a1, rdn
	CHECK_F(3457, f10, 0x41efffffefe00000)
	CHECK_FLAGS(3458, 0x0)
	/* fcvt.d.l 0x0 rm=rup frm=None */
	li a1, 0x0; fcvt.d.l f10, a1, rup
	CHECK_F(3459, f10, 0x0)
	CHECK_FLAGS(3460, 0x0)
	/* fcvt.d.l 0x1 rm=rup frm=None */
	li a1, 0x1; fcvt.d.l f10, a1, rup
	CHECK_F(3461, f10, 0x3ff0000000000000)
	CHECK_FLAGS(3462, 0x0)
	/* fcvt.d.l 0xffffffffffffffff rm=rup frm=None */
	li a1, 0xffffffffffffffff; fcvt.d.l f10, a1, rup
	CHECK_F(3463, f10, 0xbff0000000000000)
	CHECK_FLAGS(3464, 0x0)
	/* fcvt.d.l 0x7fffffff rm=rup frm=None */
	li a1, 0x7fffffff; fcvt.d.l f10, a1, rup
	CHECK_F(3465, f10, 0x41dfffffffc00000)
	CHECK_FLAGS(3466, 0x0)
	/* fcvt.d.l 0x80000000 rm=rup frm=None */
	li a1, 0x80000000; fcvt.d.l f10, a1, rup
	CHECK_F(3467, f10, 0x41e0000000000000)
	CHECK_FLAGS(3468, 0x0)
	/* fcvt.d.l 0xffffffff80000000 rm=rup frm=None */
	li a1, 0xffffffff80000000; fcvt.d.l f10, a1, rup
	CHECK_F(3469, f10, 0xc1e0000000000000)
	CHECK_FLAGS(3470, 0x0)
	/* fcvt.d.l 0xffffffff rm=rup frm=None */
	li a1, 0xffffffff; fcvt.d.l f10, a1, rup
	CHECK_F(3471, f10, 0x41efffffffe00000)
	CHECK_FLAGS(3472, 0x0)
	/* fcvt.d.l 0x1000001 rm=rup frm=None */
	li a1, 0x1000001; fcvt.d.l f10, a1, rup
	CHECK_F(3473, f10, 0x4170000010000000)
	CHECK_FLAGS(3474, 0x0)
	/* fcvt.d.l 0xfffffffffeffffff rm=rup frm=None */
	li a1, 0xfffffffffeffffff; fcvt.d.l f10, a1, rup
	CHECK_F(3475, f10, 0xc170000010000000)
	CHECK_FLAGS(3476, 0x0)
	/* fcvt.d.l 0x7fffffffffffffff rm=rup frm=None */
	li a1, 0x7fffffffffffffff; fcvt.d.l f10, a1, rup
	CHECK_F(3477, f10, 0x43e0000000000000)
	CHECK_FLAGS(3478, 0x1)
	/* fcvt.d.l 0x8000000000000000 rm=rup frm=None */
	li a1, 0x8000000000000000; fcvt.d.l f10, a1, rup
	CHECK_F(3479, f10, 0xc3e0000000000000)
	CHECK_FLAGS(3480, 0x0)
	/* fcvt.d.l 0x20000001 rm=rup frm=None */
	li a1, 0x20000001; fcvt.d.l f10, a1, rup
	CHECK_F(3481, f10, 0x41c0000000800000)
	CHECK_FLAGS(3482, 0x0)
	/* fcvt.d.l 0x123456789abcdef rm=rup frm=None */
	li a1, 0x123456789abcdef; fcvt.d.l f10, a1, rup
	CHECK_F(3483, f10, 0x43723456789abcdf)
	CHECK_FLAGS(3484, 0x1)
	/* fcvt.d.l 0xfffffffffffffffd rm=rup frm=None */
	li a1, 0xfffffffffffffffd; fcvt.d.l f10, a1, rup
	CHECK_F(3485, f10, 0xc008000000000000)
	CHECK_FLAGS(3486, 0x0)
	/* fcvt.d.l 0x100000001 rm=rup frm=None */
	li a1, 0x100000001; fcvt.d.l f10, a1, rup
	CHECK_F(3487, f10, 0x41f0000000100000)
	CHECK_FLAGS(3488, 0x0)
	/* fcvt.d.l 0x7ffffffffffffc00 rm=rup frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.d.l f10, a1, rup
	CHECK_F(3489, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3490, 0x0)
	/* fcvt.d.l 0x7ffffffffffffe00 rm=rup frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.d.l f10, a1, rup
	CHECK_F(3491, f10, 0x43e0000000000000)
	CHECK_FLAGS(3492, 0x1)
	/* fcvt.d.l 0x7ffffffffffffa01 rm=rup frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.d.l f10, a1, rup
	CHECK_F(3493, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3494, 0x1)
	/* fcvt.d.l 0xffffffff01000001 rm=rup frm=None */
	li a1, 0xffffffff01000001; fcvt.d.l f10, a1, rup
	CHECK_F(3495, f10, 0xc1efdfffffe00000)
	CHECK_FLAGS(3496, 0x0)
	/* fcvt.d.l 0x2000003 rm=rup frm=None */
	li a1, 0x2000003; fcvt.d.l f10, a1, rup
	CHECK_F(3497, f10, 0x4180000018000000)
	CHECK_FLAGS(3498, 0x0)
	/* fcvt.d.l 0xffffff7f rm=rup frm=None */
	li a1, 0xffffff7f; fcvt.d.l f10, a1, rup
	CHECK_F(3499, f10, 0x41efffffefe00000)
	CHECK_FLAGS(3500, 0x0)
	/* fcvt.d.l 0x0 rm=rmm frm=None */
	li a1, 0x0; fcvt.d.l f10, a1, rmm
	CHECK_F(3501, f10, 0x0)
	CHECK_FLAGS(3502, 0x0)
	/* fcvt.d.l 0x1 rm=rmm frm=None */
	li a1, 0x1; fcvt.d.l f10, a1, rmm
	CHECK_F(3503, f10, 0x3ff0000000000000)
	CHECK_FLAGS(3504, 0x0)
	/* fcvt.d.l 0xffffffffffffffff rm=rmm frm=None */
	li a1, 0xffffffffffffffff; fcvt.d.l f10, a1, rmm
	CHECK_F(3505, f10, 0xbff0000000000000)
	CHECK_FLAGS(3506, 0x0)
	/* fcvt.d.l 0x7fffffff rm=rmm frm=None */
	li a1, 0x7fffffff; fcvt.d.l f10, a1, rmm
	CHECK_F(3507, f10, 0x41dfffffffc00000)
	CHECK_FLAGS(3508, 0x0)
	/* fcvt.d.l 0x80000000 rm=rmm frm=None */
	li a1, 0x80000000; fcvt.d.l f10, a1, rmm
	CHECK_F(3509, f10, 0x41e0000000000000)
	CHECK_FLAGS(3510, 0x0)
	/* fcvt.d.l 0xffffffff80000000 rm=rmm frm=None */
	li a1, 0xffffffff80000000; fcvt.d.l f10, a1, rmm
	CHECK_F(3511, f10, 0xc1e0000000000000)
	CHECK_FLAGS(3512, 0x0)
	/* fcvt.d.l 0xffffffff rm=rmm frm=None */
	li a1, 0xffffffff; fcvt.d.l f10, a1, rmm
	CHECK_F(3513, f10, 0x41efffffffe00000)
	CHECK_FLAGS(3514, 0x0)
	/* fcvt.d.l 0x1000001 rm=rmm frm=None */
	li a1, 0x1000001; fcvt.d.l f10, a1, rmm
	CHECK_F(3515, f10, 0x4170000010000000)
	CHECK_FLAGS(3516, 0x0)
	/* fcvt.d.l 0xfffffffffeffffff rm=rmm frm=None */
	li a1, 0xfffffffffeffffff; fcvt.d.l f10, a1, rmm
	CHECK_F(3517, f10, 0xc170000010000000)
	CHECK_FLAGS(3518, 0x0)
	/* fcvt.d.l 0x7fffffffffffffff rm=rmm frm=None */
	li a1, 0x7fffffffffffffff; fcvt.d.l f10, a1, rmm
	CHECK_F(3519, f10, 0x43e0000000000000)
	CHECK_FLAGS(3520, 0x1)
	/* fcvt.d.l 0x8000000000000000 rm=rmm frm=None */
	li a1, 0x8000000000000000; fcvt.d.l f10, a1, rmm
	CHECK_F(3521, f10, 0xc3e0000000000000)
	CHECK_FLAGS(3522, 0x0)
	/* fcvt.d.l 0x20000001 rm=rmm frm=None */
	li a1, 0x20000001; fcvt.d.l f10, a1, rmm
	CHECK_F(3523, f10, 0x41c0000000800000)
	CHECK_FLAGS(3524, 0x0)
	/* fcvt.d.l 0x123456789abcdef rm=rmm frm=None */
	li a1, 0x123456789abcdef; fcvt.d.l f10, a1, rmm
	CHECK_F(3525, f10, 0x43723456789abcdf)
	CHECK_FLAGS(3526, 0x1)
	/* fcvt.d.l 0xfffffffffffffffd rm=rmm frm=None */
	li a1, 0xfffffffffffffffd; fcvt.d.l f10, a1, rmm
	CHECK_F(3527, f10, 0xc008000000000000)
	CHECK_FLAGS(3528, 0x0)
	/* fcvt.d.l 0x100000001 rm=rmm frm=None */
	li a1, 0x100000001; fcvt.d.l f10, a1, rmm
	CHECK_F(3529, f10, 0x41f0000000100000)
	CHECK_FLAGS(3530, 0x0)
	/* fcvt.d.l 0x7ffffffffffffc00 rm=rmm frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.d.l f10, a1, rmm
	CHECK_F(3531, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3532, 0x0)
	/* fcvt.d.l 0x7ffffffffffffe00 rm=rmm frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.d.l f10, a1, rmm
	CHECK_F(3533, f10, 0x43e0000000000000)
	CHECK_FLAGS(3534, 0x1)
	/* fcvt.d.l 0x7ffffffffffffa01 rm=rmm frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.d.l f10, a1, rmm
	CHECK_F(3535, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3536, 0x1)
	/* fcvt.d.l 0xffffffff01000001 rm=rmm frm=None */
	li a1, 0xffffffff01000001; fcvt.d.l f10, a1, rmm
	CHECK_F(3537, f10, 0xc1efdfffffe00000)
	CHECK_FLAGS(3538, 0x0)
	/* fcvt.d.l 0x2000003 rm=rmm frm=None */
	li a1, 0x2000003; fcvt.d.l f10, a1, rmm
	CHECK_F(3539, f10, 0x4180000018000000)
	CHECK_FLAGS(3540, 0x0)
	/* fcvt.d.l 0xffffff7f rm=rmm frm=None */
	li a1, 0xffffff7f; fcvt.d.l f10, a1, rmm
	CHECK_F(3541, f10, 0x41efffffefe00000)
	CHECK_FLAGS(3542, 0x0)
	/* fcvt.d.l 0x7ffffffffffffe00 rm=None frm=0 */
	li a1, 0x7ffffffffffffe00; fsrmi 0; fcvt.d.l f10, a1
	CHECK_F(3543, f10, 0x43e0000000000000)
	CHECK_FLAGS(3544, 0x1)
	/* fcvt.d.l 0x7ffffffffffffe00 rm=None frm=1 */
	li a1, 0x7ffffffffffffe00; fsrmi 1; fcvt.d.l f10, a1
	CHECK_F(3545, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3546, 0x1)
	/* fcvt.d.l 0x7ffffffffffffe00 rm=None frm=2 */
	li a1, 0x7ffffffffffffe00; fsrmi 2; fcvt.d.l f10, a1
	CHECK_F(3547, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3548, 0x1)
	/* fcvt.d.l 0x7ffffffffffffe00 rm=None frm=3 */
	li a1, 0x7ffffffffffffe00; fsrmi 3; fcvt.d.l f10, a1
	CHECK_F(3549, f10, 0x43e0000000000000)
	CHECK_FLAGS(3550, 0x1)
	/* fcvt.d.l 0x7ffffffffffffe00 rm=None frm=4 */
	li a1, 0x7ffffffffffffe00; fsrmi 4; fcvt.d.l f10, a1
	CHECK_F(3551, f10, 0x43e0000000000000)
	CHECK_FLAGS(3552, 0x1)
	/* fcvt.d.lu 0x0 rm=rne frm=None */
	li a1, 0x0; fcvt.d.lu f10, a1, rne
	CHECK_F(3553, f10, 0x0)
	CHECK_FLAGS(3554, 0x0)
	/* fcvt.d.lu 0x1 rm=rne frm=None */
	li a1, 0x1; fcvt.d.lu f10, a1, rne
	CHECK_F(3555, f10, 0x3ff0000000000000)
	CHECK_FLAGS(3556, 0x0)
	/* fcvt.d.lu 0xffffffffffffffff rm=rne frm=None */
	li a1, 0xffffffffffffffff; fcvt.d.lu f10, a1, rne
	CHECK_F(3557, f10, 0x43f0000000000000)
	CHECK_FLAGS(3558, 0x1)
	/* fcvt.d.lu 0x7fffffff rm=rne frm=None */
	li a1, 0x7fffffff; fcvt.d.lu f10, a1, rne
	CHECK_F(3559, f10, 0x41dfffffffc00000)
	CHECK_FLAGS(3560, 0x0)
	/* fcvt.d.lu 0x80000000 rm=rne frm=None */
	li a1, 0x80000000; fcvt.d.lu f10, a1, rne
	CHECK_F(3561, f10, 0x41e0000000000000)
	CHECK_FLAGS(3562, 0x0)
	/* fcvt.d.lu 0xffffffff80000000 rm=rne frm=None */
	li a1, 0xffffffff80000000; fcvt.d.lu f10, a1, rne
	CHECK_F(3563, f10, 0x43effffffff00000)
	CHECK_FLAGS(3564, 0x0)
	/* fcvt.d.lu 0xffffffff rm=rne frm=None */
	li a1, 0xffffffff; fcvt.d.lu f10, a1, rne
	CHECK_F(3565, f10, 0x41efffffffe00000)
	CHECK_FLAGS(3566, 0x0)
	/* fcvt.d.lu 0x1000001 rm=rne frm=None */
	li a1, 0x1000001; fcvt.d.lu f10, a1, rne
	CHECK_F(3567, f10, 0x4170000010000000)
	CHECK_FLAGS(3568, 0x0)
	/* fcvt.d.lu 0xfffffffffeffffff rm=rne frm=None */
	li a1, 0xfffffffffeffffff; fcvt.d.lu f10, a1, rne
	CHECK_F(3569, f10, 0x43efffffffffe000)
	CHECK_FLAGS(3570, 0x1)
	/* fcvt.d.lu 0x7fffffffffffffff rm=rne frm=None */
	li a1, 0x7fffffffffffffff; fcvt.d.lu f10, a1, rne
	CHECK_F(3571, f10, 0x43e0000000000000)
	CHECK_FLAGS(3572, 0x1)
	/* fcvt.d.lu 0x8000000000000000 rm=rne frm=None */
	li a1, 0x8000000000000000; fcvt.d.lu f10, a1, rne
	CHECK_F(3573, f10, 0x43e0000000000000)
	CHECK_FLAGS(3574, 0x0)
	/* fcvt.d.lu 0x20000001 rm=rne frm=None */
	li a1, 0x20000001; fcvt.d.lu f10, a1, rne
	CHECK_F(3575, f10, 0x41c0000000800000)
	CHECK_FLAGS(3576, 0x0)
	/* fcvt.d.lu 0x123456789abcdef rm=rne frm=None */
	li a1, 0x123456789abcdef; fcvt.d.lu f10, a1, rne
	CHECK_F(3577, f10, 0x43723456789abcdf)
	CHECK_FLAGS(3578, 0x1)
	/* fcvt.d.lu 0xfffffffffffffffd rm=rne frm=None */
	li a1, 0xfffffffffffffffd; fcvt.d.lu f10, a1, rne
	CHECK_F(3579, f10, 0x43f0000000000000)
	CHECK_FLAGS(3580, 0x1)
	/* fcvt.d.lu 0x100000001 rm=rne frm=None */
	li a1, 0x100000001; fcvt.d.lu f10, a1, rne
	CHECK_F(3581, f10, 0x41f0000000100000)
	CHECK_FLAGS(3582, 0x0)
	/* fcvt.d.lu 0x7ffffffffffffc00 rm=rne frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.d.lu f10, a1, rne
	CHECK_F(3583, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3584, 0x0)
	/* fcvt.d.lu 0x7ffffffffffffe00 rm=rne frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.d.lu f10, a1, rne
	CHECK_F(3585, f10, 0x43e0000000000000)
	CHECK_FLAGS(3586, 0x1)
	/* fcvt.d.lu 0x7ffffffffffffa01 rm=rne frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.d.lu f10, a1, rne
	CHECK_F(3587, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3588, 0x1)
	/* fcvt.d.lu 0xffffffff01000001 rm=rne frm=None */
	li a1, 0xffffffff01000001; fcvt.d.lu f10, a1, rne
	CHECK_F(3589, f10, 0x43efffffffe02000)
	CHECK_FLAGS(3590, 0x1)
	/* fcvt.d.lu 0x2000003 rm=rne frm=None */
	li a1, 0x2000003; fcvt.d.lu f10, a1, rne
	CHECK_F(3591, f10, 0x4180000018000000)
	CHECK_FLAGS(3592, 0x0)
	/* fcvt.d.lu 0xffffff7f rm=rne frm=None */
	li a1, 0xffffff7f; fcvt.d.lu f10, a1, rne
	CHECK_F(3593, f10, 0x41efffffefe00000)
	CHECK_FLAGS(3594, 0x0)
	/* fcvt.d.lu 0x0 rm=rtz frm=None */
	li a1, 0x0; fcvt.d.lu f10, a1, rtz
	CHECK_F(3595, f10, 0x0)
	CHECK_FLAGS(3596, 0x0)
	/* fcvt.d.lu 0x1 rm=rtz frm=None */
	li a1, 0x1; fcvt.d.lu f10, a1, rtz
	CHECK_F(3597, f10, 0x3ff0000000000000)
	CHECK_FLAGS(3598, 0x0)
	/* fcvt.d.lu 0xffffffffffffffff rm=rtz frm=None */
	li a1, 0xffffffffffffffff; fcvt.d.lu f10, a1, rtz
	CHECK_F(3599, f10, 0x43efffffffffffff)
	CHECK_FLAGS(3600, 0x1)
	/* fcvt.d.lu 0x7fffffff rm=rtz frm=None */
	li a1, 0x7fffffff; fcvt.d.lu f10, a1, rtz
	CHECK_F(3601, f10, 0x41dfffffffc00000)
	CHECK_FLAGS(3602, 0x0)
	/* fcvt.d.lu 0x80000000 rm=rtz frm=None */
	li a1, 0x80000000; fcvt.d.lu f10, a1, rtz
	CHECK_F(3603, f10, 0x41e0000000000000)
	CHECK_FLAGS(3604, 0x0)
	/* fcvt.d.lu 0xffffffff80000000 rm=rtz frm=None */
	li a1, 0xffffffff80000000; fcvt.d.lu f10, a1, rtz
	CHECK_F(3605, f10, 0x43effffffff00000)
	CHECK_FLAGS(3606, 0x0)
	/* fcvt.d.lu 0xffffffff rm=rtz frm=None */
	li a1, 0xffffffff; fcvt.d.lu f10, a1, rtz
	CHECK_F(3607, f10, 0x41efffffffe00000)
	CHECK_FLAGS(3608, 0x0)
	/* fcvt.d.lu 0x1000001 rm=rtz frm=None */
	li a1, 0x1000001; fcvt.d.lu f10, a1, rtz
	CHECK_F(3609, f10, 0x4170000010000000)
	CHECK_FLAGS(3610, 0x0)
	/* fcvt.d.lu 0xfffffffffeffffff rm=rtz frm=None */
	li a1, 0xfffffffffeffffff; fcvt.d.lu f10, a1, rtz
	CHECK_F(3611, f10, 0x43efffffffffdfff)
	CHECK_FLAGS(3612, 0x1)
	/* fcvt.d.lu 0x7fffffffffffffff rm=rtz frm=None */
	li a1, 0x7fffffffffffffff; fcvt.d.lu f10, a1, rtz
	CHECK_F(3613, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3614, 0x1)
	/* fcvt.d.lu 0x8000000000000000 rm=rtz frm=None */
	li a1, 0x8000000000000000; fcvt.d.lu f10, a1, rtz
	CHECK_F(3615, f10, 0x43e0000000000000)
	CHECK_FLAGS(3616, 0x0)
	/* fcvt.d.lu 0x20000001 rm=rtz frm=None */
	li a1, 0x20000001; fcvt.d.lu f10, a1, rtz
	CHECK_F(3617, f10, 0x41c0000000800000)
	CHECK_FLAGS(3618, 0x0)
	/* fcvt.d.lu 0x123456789abcdef rm=rtz frm=None */
	li a1, 0x123456789abcdef; fcvt.d.lu f10, a1, rtz
	CHECK_F(3619, f10, 0x43723456789abcde)
	CHECK_FLAGS(3620, 0x1)
	/* fcvt.d.lu 0xfffffffffffffffd rm=rtz frm=None */
	li a1, 0xfffffffffffffffd; fcvt.d.lu f10, a1, rtz
	CHECK_F(3621, f10, 0x43efffffffffffff)
	CHECK_FLAGS(3622, 0x1)
	/* fcvt.d.lu 0x100000001 rm=rtz frm=None */
	li a1, 0x100000001; fcvt.d.lu f10, a1, rtz
	CHECK_F(3623, f10, 0x41f0000000100000)
	CHECK_FLAGS(3624, 0x0)
	/* fcvt.d.lu 0x7ffffffffffffc00 rm=rtz frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.d.lu f10, a1, rtz
	CHECK_F(3625, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3626, 0x0)
	/* fcvt.d.lu 0x7ffffffffffffe00 rm=rtz frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.d.lu f10, a1, rtz
	CHECK_F(3627, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3628, 0x1)
	/* fcvt.d.lu 0x7ffffffffffffa01 rm=rtz frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.d.lu f10, a1, rtz
	CHECK_F(3629, f10, 0x43dffffffffffffe)
	CHECK_FLAGS(3630, 0x1)
	/* fcvt.d.lu 0xffffffff01000001 rm=rtz frm=None */
	li a1, 0xffffffff01000001; fcvt.d.lu f10, a1, rtz
	CHECK_F(3631, f10, 0x43efffffffe02000)
	CHECK_FLAGS(3632, 0x1)
	/* fcvt.d.lu 0x2000003 rm=rtz frm=None */
	li a1, 0x2000003; fcvt.d.lu f10, a1, rtz
	CHECK_F(3633, f10, 0x4180000018000000)
	CHECK_FLAGS(3634, 0x0)
	/* fcvt.d.lu 0xffffff7f rm=rtz frm=None */
	li a1, 0xffffff7f; fcvt.d.lu f10, a1, rtz
	CHECK_F(3635, f10, 0x41efffffefe00000)
	CHECK_FLAGS(3636, 0x0)
	/* fcvt.d.lu 0x0 rm=rdn frm=None */
	li a1, 0x0; fcvt.d.lu f10, a1, rdn
	CHECK_F(3637, f10, 0x0)
	CHECK_FLAGS(3638, 0x0)
	/* fcvt.d.lu 0x1 rm=rdn frm=None */
	li a1, 0x1; fcvt.d.lu f10, a1, rdn
	CHECK_F(3639, f10, 0x3ff0000000000000)
	CHECK_FLAGS(3640, 0x0)
	/* fcvt.d.lu 0xffffffffffffffff rm=rdn frm=None */
	li a1, 0xffffffffffffffff; fcvt.d.lu f10, a1, rdn
	CHECK_F(3641, f10, 0x43efffffffffffff)
	CHECK_FLAGS(3642, 0x1)
	/* fcvt.d.lu 0x7fffffff rm=rdn frm=None */
	li a1, 0x7fffffff; fcvt.d.lu f10, a1, rdn
	CHECK_F(3643, f10, 0x41dfffffffc00000)
	CHECK_FLAGS(3644, 0x0)
	/* fcvt.d.lu 0x80000000 rm=rdn frm=None */
	li a1, 0x80000000; fcvt.d.lu f10, a1, rdn
	CHECK_F(3645, f10, 0x41e0000000000000)
	CHECK_FLAGS(3646, 0x0)
	/* fcvt.d.lu 0xffffffff80000000 rm=rdn frm=None */
	li a1, 0xffffffff80000000; fcvt.d.lu f10, a1, rdn
	CHECK_F(3647, f10, 0x43effffffff00000)
	CHECK_FLAGS(3648, 0x0)
	/* fcvt.d.lu 0xffffffff rm=rdn frm=None */
	li a1, 0xffffffff; fcvt.d.lu f10, a1, rdn
	CHECK_F(3649, f10, 0x41efffffffe00000)
	CHECK_FLAGS(3650, 0x0)
	/* fcvt.d.lu 0x1000001 rm=rdn frm=None */
	li a1, 0x1000001; fcvt.d.lu f10, a1, rdn
	CHECK_F(3651, f10, 0x4170000010000000)
	CHECK_FLAGS(3652, 0x0)
	/* fcvt.d.lu 0xfffffffffeffffff rm=rdn frm=None */
	li a1, 0xfffffffffeffffff; fcvt.d.lu f10, a1, rdn
	CHECK_F(3653, f10, 0x43efffffffffdfff)
	CHECK_FLAGS(3654, 0x1)
	/* fcvt.d.lu 0x7fffffffffffffff rm=rdn frm=None */
	li a1, 0x7fffffffffffffff; fcvt.d.lu f10, a1, rdn
	CHECK_F(3655, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3656, 0x1)
	/* fcvt.d.lu 0x8000000000000000 rm=rdn frm=None */
	li a1, 0x8000000000000000; fcvt.d.lu f10, a1, rdn
	CHECK_F(3657, f10, 0x43e0000000000000)
	CHECK_FLAGS(3658, 0x0)
	/* fcvt.d.lu 0x20000001 rm=rdn frm=None */
	li a1, 0x20000001; fcvt.d.lu f10, a1, rdn
	CHECK_F(3659, f10, 0x41c0000000800000)
	CHECK_FLAGS(3660, 0x0)
	/* fcvt.d.lu 0x123456789abcdef rm=rdn frm=None */
	li a1, 0x123456789abcdef; fcvt.d.lu f10, a1, rdn
	CHECK_F(3661, f10, 0x43723456789abcde)
	CHECK_FLAGS(3662, 0x1)
	/* fcvt.d.lu 0xfffffffffffffffd rm=rdn frm=None */
	li a1, 0xfffffffffffffffd; fcvt.d.lu f10, a1, rdn
	CHECK_F(3663, f10, 0x43efffffffffffff)
	CHECK_FLAGS(3664, 0x1)
	/* fcvt.d.lu 0x100000001 rm=rdn frm=None */
	li a1, 0x100000001; fcvt.d.lu f10, a1, rdn
	CHECK_F(3665, f10, 0x41f0000000100000)
	CHECK_FLAGS(3666, 0x0)
	/* fcvt.d.lu 0x7ffffffffffffc00 rm=rdn frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.d.lu f10, a1, rdn
	CHECK_F(3667, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3668, 0x0)
	/* fcvt.d.lu 0x7ffffffffffffe00 rm=rdn frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.d.lu f10, a1, rdn
	CHECK_F(3669, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3670, 0x1)
	/* fcvt.d.lu 0x7ffffffffffffa01 rm=rdn frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.d.lu f10, a1, rdn
	CHECK_F(3671, f10, 0x43dffffffffffffe)
	CHECK_FLAGS(3672, 0x1)
	/* fcvt.d.lu 0xffffffff01000001 rm=rdn frm=None */
	li a1, 0xffffffff01000001; fcvt.d.lu f10, a1, rdn
	CHECK_F(3673, f10, 0x43efffffffe02000)
	CHECK_FLAGS(3674, 0x1)
	/* fcvt.d.lu 0x2000003 rm=rdn frm=None */
	li a1, 0x2000003; fcvt.d.lu f10, a1, rdn
	CHECK_F(3675, f10, 0x4180000018000000)
	CHECK_FLAGS(3676, 0x0)
	/* fcvt.d.lu 0xffffff7f rm=rdn frm=None */
	li a1, 0xffffff7f; fcvt.d.lu f10, a1, rdn
	CHECK_F(3677, f10, 0x41efffffefe00000)
	CHECK_FLAGS(3678, 0x0)
	/* fcvt.d.lu 0x0 rm=rup frm=None */
	li a1, 0x0; fcvt.d.lu f10, a1, rup
	CHECK_F(3679, f10, 0x0)
	CHECK_FLAGS(3680, 0x0)
	/* fcvt.d.lu 0x1 rm=rup frm=None */
	li a1, 0x1; fcvt.d.lu f10, a1, rup
	CHECK_F(3681, f10, 0x3ff0000000000000)
	CHECK_FLAGS(3682, 0x0)
	/* fcvt.d.lu 0xffffffffffffffff rm=rup frm=None */
	li a1, 0xffffffffffffffff; fcvt.d.lu f10, a1, rup
	CHECK_F(3683, f10, 0x43f0000000000000)
	CHECK_FLAGS(3684, 0x1)
	/* fcvt.d.lu 0x7fffffff rm=rup frm=None */
	li a1, 0x7fffffff; fcvt.d.lu f10, a1, rup
	CHECK_F(3685, f10, 0x41dfffffffc00000)
	CHECK_FLAGS(3686, 0x0)
	/* fcvt.d.lu 0x80000000 rm=rup frm=None */
	li a1, 0x80000000; fcvt.d.lu f10, a1, rup
	CHECK_F(3687, f10, 0x41e0000000000000)
	CHECK_FLAGS(3688, 0x0)
	/* fcvt.d.lu 0xffffffff80000000 rm=rup frm=None */
	li a1, 0xffffffff80000000; fcvt.d.lu f10, a1, rup
	CHECK_F(3689, f10, 0x43effffffff00000)
	CHECK_FLAGS(3690, 0x0)
	/* fcvt.d.lu 0xffffffff rm=rup frm=None */
	li a1, 0xffffffff; fcvt.d.lu f10, a1, rup
	CHECK_F(3691, f10, 0x41efffffffe00000)
	CHECK_FLAGS(3692, 0x0)
	/* fcvt.d.lu 0x1000001 rm=rup frm=None */
	li a1, 0x1000001; fcvt.d.lu f10, a1, rup
	CHECK_F(3693, f10, 0x4170000010000000)
	CHECK_FLAGS(3694, 0x0)
	/* fcvt.d.lu 0xfffffffffeffffff rm=rup frm=None */
	li a1, 0xfffffffffeffffff; fcvt.d.lu f10, a1, rup
	CHECK_F(3695, f10, 0x43efffffffffe000)
	CHECK_FLAGS(3696, 0x1)
	/* fcvt.d.lu 0x7fffffffffffffff rm=rup frm=None */
	li a1, 0x7fffffffffffffff; fcvt.d.lu f10, a1, rup
	CHECK_F(3697, f10, 0x43e0000000000000)
	CHECK_FLAGS(3698, 0x1)
	/* fcvt.d.lu 0x8000000000000000 rm=rup frm=None */
	li a1, 0x8000000000000000; fcvt.d.lu f10, a1, rup
	CHECK_F(3699, f10, 0x43e0000000000000)
	CHECK_FLAGS(3700, 0x0)
	/* fcvt.d.lu 0x20000001 rm=rup frm=None */
	li a1, 0x20000001; fcvt.d.lu f10, a1, rup
	CHECK_F(3701, f10, 0x41c0000000800000)
	CHECK_FLAGS(3702, 0x0)
	/* fcvt.d.lu 0x123456789abcdef rm=rup frm=None */
	li a1, 0x123456789abcdef; fcvt.d.lu f10, a1, rup
	CHECK_F(3703, f10, 0x43723456789abcdf)
	CHECK_FLAGS(3704, 0x1)
	/* fcvt.d.lu 0xfffffffffffffffd rm=rup frm=None */
	li a1, 0xfffffffffffffffd; fcvt.d.lu f10, a1, rup
	CHECK_F(3705, f10, 0x43f0000000000000)
	CHECK_FLAGS(3706, 0x1)
	/* fcvt.d.lu 0x100000001 rm=rup frm=None */
	li a1, 0x100000001; fcvt.d.lu f10, a1, rup
	CHECK_F(3707, f10, 0x41f0000000100000)
	CHECK_FLAGS(3708, 0x0)
	/* fcvt.d.lu 0x7ffffffffffffc00 rm=rup frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.d.lu f10, a1, rup
	CHECK_F(3709, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3710, 0x0)
	/* fcvt.d.lu 0x7ffffffffffffe00 rm=rup frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.d.lu f10, a1, rup
	CHECK_F(3711, f10, 0x43e0000000000000)
	CHECK_FLAGS(3712, 0x1)
	/* fcvt.d.lu 0x7ffffffffffffa01 rm=rup frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.d.lu f10, a1, rup
	CHECK_F(3713, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3714, 0x1)
	/* fcvt.d.lu 0xffffffff01000001 rm=rup frm=None */
	li a1, 0xffffffff01000001; fcvt.d.lu f10, a1, rup
	CHECK_F(3715, f10, 0x43efffffffe02001)
	CHECK_FLAGS(3716, 0x1)
	/* fcvt.d.lu 0x2000003 rm=rup frm=None */
	li a1, 0x2000003; fcvt.d.lu f10, a1, rup
	CHECK_F(3717, f10, 0x4180000018000000)
	CHECK_FLAGS(3718, 0x0)
	/* fcvt.d.lu 0xffffff7f rm=rup frm=None */
	li a1, 0xffffff7f; fcvt.d.lu f10, a1, rup
	CHECK_F(3719, f10, 0x41efffffefe00000)
	CHECK_FLAGS(3720, 0x0)
	/* fcvt.d.lu 0x0 rm=rmm frm=None */
	li a1, 0x0; fcvt.d.lu f10, a1, rmm
	CHECK_F(3721, f10, 0x0)
	CHECK_FLAGS(3722, 0x0)
	/* fcvt.d.lu 0x1 rm=rmm frm=None */
	li a1, 0x1; fcvt.d.lu f10, a1, rmm
	CHECK_F(3723, f10, 0x3ff0000000000000)
	CHECK_FLAGS(3724, 0x0)
	/* fcvt.d.lu 0xffffffffffffffff rm=rmm frm=None */
	li a1, 0xffffffffffffffff; fcvt.d.lu f10, a1, rmm
	CHECK_F(3725, f10, 0x43f0000000000000)
	CHECK_FLAGS(3726, 0x1)
	/* fcvt.d.lu 0x7fffffff rm=rmm frm=None */
	li a1, 0x7fffffff; fcvt.d.lu f10, a1, rmm
	CHECK_F(3727, f10, 0x41dfffffffc00000)
	CHECK_FLAGS(3728, 0x0)
	/* fcvt.d.lu 0x80000000 rm=rmm frm=None */
	li a1, 0x80000000; fcvt.d.lu f10, a1, rmm
	CHECK_F(3729, f10, 0x41e0000000000000)
	CHECK_FLAGS(3730, 0x0)
	/* fcvt.d.lu 0xffffffff80000000 rm=rmm frm=None */
	li a1, 0xffffffff80000000; fcvt.d.lu f10, a1, rmm
	CHECK_F(3731, f10, 0x43effffffff00000)
	CHECK_FLAGS(3732, 0x0)
	/* fcvt.d.lu 0xffffffff rm=rmm frm=None */
	li a1, 0xffffffff; fcvt.d.lu f10, a1, rmm
	CHECK_F(3733, f10, 0x41efffffffe00000)
	CHECK_FLAGS(3734, 0x0)
	/* fcvt.d.lu 0x1000001 rm=rmm frm=None */
	li a1, 0x1000001; fcvt.d.lu f10, a1, rmm
	CHECK_F(3735, f10, 0x4170000010000000)
	CHECK_FLAGS(3736, 0x0)
	/* fcvt.d.lu 0xfffffffffeffffff rm=rmm frm=None */
	li a1, 0xfffffffffeffffff; fcvt.d.lu f10, a1, rmm
	CHECK_F(3737, f10, 0x43efffffffffe000)
	CHECK_FLAGS(3738, 0x1)
	/* fcvt.d.lu 0x7fffffffffffffff rm=rmm frm=None */
	li a1, 0x7fffffffffffffff; fcvt.d.lu f10, a1, rmm
	CHECK_F(3739, f10, 0x43e0000000000000)
	CHECK_FLAGS(3740, 0x1)
	/* fcvt.d.lu 0x8000000000000000 rm=rmm frm=None */
	li a1, 0x8000000000000000; fcvt.d.lu f10, a1, rmm
	CHECK_F(3741, f10, 0x43e0000000000000)
	CHECK_FLAGS(3742, 0x0)
	/* fcvt.d.lu 0x20000001 rm=rmm frm=None */
	li a1, 0x20000001; fcvt.d.lu f10, a1, rmm
	CHECK_F(3743, f10, 0x41c0000000800000)
	CHECK_FLAGS(3744, 0x0)
	/* fcvt.d.lu 0x123456789abcdef rm=rmm frm=None */
	li a1, 0x123456789abcdef; fcvt.d.lu f10, a1, rmm
	CHECK_F(3745, f10, 0x43723456789abcdf)
	CHECK_FLAGS(3746, 0x1)
	/* fcvt.d.lu 0xfffffffffffffffd rm=rmm frm=None */
	li a1, 0xfffffffffffffffd; fcvt.d.lu f10, a1, rmm
	CHECK_F(3747, f10, 0x43f0000000000000)
	CHECK_FLAGS(3748, 0x1)
	/* fcvt.d.lu 0x100000001 rm=rmm frm=None */
	li a1, 0x100000001; fcvt.d.lu f10, a1, rmm
	CHECK_F(3749, f10, 0x41f0000000100000)
	CHECK_FLAGS(3750, 0x0)
	/* fcvt.d.lu 0x7ffffffffffffc00 rm=rmm frm=None */
	li a1, 0x7ffffffffffffc00; fcvt.d.lu f10, a1, rmm
	CHECK_F(3751, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3752, 0x0)
	/* fcvt.d.lu 0x7ffffffffffffe00 rm=rmm frm=None */
	li a1, 0x7ffffffffffffe00; fcvt.d.lu f10, a1, rmm
	CHECK_F(3753, f10, 0x43e0000000000000)
	CHECK_FLAGS(3754, 0x1)
	/* fcvt.d.lu 0x7ffffffffffffa01 rm=rmm frm=None */
	li a1, 0x7ffffffffffffa01; fcvt.d.lu f10, a1, rmm
	CHECK_F(3755, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3756, 0x1)
	/* fcvt.d.lu 0xffffffff01000001 rm=rmm frm=None */
	li a1, 0xffffffff01000001; fcvt.d.lu f10, a1, rmm
	CHECK_F(3757, f10, 0x43efffffffe02000)
	CHECK_FLAGS(3758, 0x1)
	/* fcvt.d.lu 0x2000003 rm=rmm frm=None */
	li a1, 0x2000003; fcvt.d.lu f10, a1, rmm
	CHECK_F(3759, f10, 0x4180000018000000)
	CHECK_FLAGS(3760, 0x0)
	/* fcvt.d.lu 0xffffff7f rm=rmm frm=None */
	li a1, 0xffffff7f; fcvt.d.lu f10, a1, rmm
	CHECK_F(3761, f10, 0x41efffffefe00000)
	CHECK_FLAGS(3762, 0x0)
	/* fcvt.d.lu 0x7ffffffffffffe00 rm=None frm=0 */
	li a1, 0x7ffffffffffffe00; fsrmi 0; fcvt.d.lu f10, a1
	CHECK_F(3763, f10, 0x43e0000000000000)
	CHECK_FLAGS(3764, 0x1)
	/* fcvt.d.lu 0x7ffffffffffffe00 rm=None frm=1 */
	li a1, 0x7ffffffffffffe00; fsrmi 1; fcvt.d.lu f10, a1
	CHECK_F(3765, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3766, 0x1)
	/* fcvt.d.lu 0x7ffffffffffffe00 rm=None frm=2 */
	li a1, 0x7ffffffffffffe00; fsrmi 2; fcvt.d.lu f10, a1
	CHECK_F(3767, f10, 0x43dfffffffffffff)
	CHECK_FLAGS(3768, 0x1)
	/* fcvt.d.lu 0x7ffffffffffffe00 rm=None frm=3 */
	li a1, 0x7ffffffffffffe00; fsrmi 3; fcvt.d.lu f10, a1
	CHECK_F(3769, f10, 0x43e0000000000000)
	CHECK_FLAGS(3770, 0x1)
	/* fcvt.d.lu 0x7ffffffffffffe00 rm=None frm=4 */
	li a1, 0x7ffffffffffffe00; fsrmi 4; fcvt.d.lu f10, a1
	CHECK_F(3771, f10, 0x43e0000000000000)
	CHECK_FLAGS(3772, 0x1)
	/* fcvt.s.d 0x0 rm=rne frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3773, f10, 0xffffffff00000000)
	CHECK_FLAGS(3774, 0x0)
	/* fcvt.s.d 0x8000000000000000 rm=rne frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3775, f10, 0xffffffff80000000)
	CHECK_FLAGS(3776, 0x0)
	/* fcvt.s.d 0x3ff0000000000000 rm=rne frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3777, f10, 0xffffffff3f800000)
	CHECK_FLAGS(3778, 0x0)
	/* fcvt.s.d 0xbff0000000000000 rm=rne frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3779, f10, 0xffffffffbf800000)
	CHECK_FLAGS(3780, 0x0)
	/* fcvt.s.d 0x3ff8000000000000 rm=rne frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3781, f10, 0xffffffff3fc00000)
	CHECK_FLAGS(3782, 0x0)
	/* fcvt.s.d 0x4004000000000000 rm=rne frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3783, f10, 0xffffffff40200000)
	CHECK_FLAGS(3784, 0x0)
	/* fcvt.s.d 0xc004000000000000 rm=rne frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3785, f10, 0xffffffffc0200000)
	CHECK_FLAGS(3786, 0x0)
	/* fcvt.s.d 0x3fe0000000000000 rm=rne frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3787, f10, 0xffffffff3f000000)
	CHECK_FLAGS(3788, 0x0)
	/* fcvt.s.d 0xbfe0000000000000 rm=rne frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3789, f10, 0xffffffffbf000000)
	CHECK_FLAGS(3790, 0x0)
	/* fcvt.s.d 0x7fefffffffffffff rm=rne frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3791, f10, 0xffffffff7f800000)
	CHECK_FLAGS(3792, 0x5)
	/* fcvt.s.d 0xffefffffffffffff rm=rne frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3793, f10, 0xffffffffff800000)
	CHECK_FLAGS(3794, 0x5)
	/* fcvt.s.d 0x10000000000000 rm=rne frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3795, f10, 0xffffffff00000000)
	CHECK_FLAGS(3796, 0x3)
	/* fcvt.s.d 0xfffffffffffff rm=rne frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3797, f10, 0xffffffff00000000)
	CHECK_FLAGS(3798, 0x3)
	/* fcvt.s.d 0x1 rm=rne frm=None */
	li t0, 0x1; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3799, f10, 0xffffffff00000000)
	CHECK_FLAGS(3800, 0x3)
	/* fcvt.s.d 0x8000000000000001 rm=rne frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3801, f10, 0xffffffff80000000)
	CHECK_FLAGS(3802, 0x3)
	/* fcvt.s.d 0x7ff0000000000000 rm=rne frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3803, f10, 0xffffffff7f800000)
	CHECK_FLAGS(3804, 0x0)
	/* fcvt.s.d 0xfff0000000000000 rm=rne frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3805, f10, 0xffffffffff800000)
	CHECK_FLAGS(3806, 0x0)
	/* fcvt.s.d 0x7ff8000000000000 rm=rne frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3807, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(3808, 0x0)
	/* fcvt.s.d 0x7ff0000000000001 rm=rne frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3809, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(3810, 0x10)
	/* fcvt.s.d 0xfff8000000001234 rm=rne frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3811, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(3812, 0x0)
	/* fcvt.s.d 0x3ff0000000000001 rm=rne frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3813, f10, 0xffffffff3f800000)
	CHECK_FLAGS(3814, 0x1)
	/* fcvt.s.d 0x3ca0000000000000 rm=rne frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3815, f10, 0xffffffff25000000)
	CHECK_FLAGS(3816, 0x0)
	/* fcvt.s.d 0x4008000000000000 rm=rne frm=None */
	li t0, 0x4008000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3817, f10, 0xffffffff40400000)
	CHECK_FLAGS(3818, 0x0)
	/* fcvt.s.d 0x3fb999999999999a rm=rne frm=None */
	li t0, 0x3fb999999999999a; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3819, f10, 0xffffffff3dcccccd)
	CHECK_FLAGS(3820, 0x1)
	/* fcvt.s.d 0x41dfffffffe00000 rm=rne frm=None */
	li t0, 0x41dfffffffe00000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3821, f10, 0xffffffff4f000000)
	CHECK_FLAGS(3822, 0x1)
	/* fcvt.s.d 0x41e0000000000000 rm=rne frm=None */
	li t0, 0x41e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3823, f10, 0xffffffff4f000000)
	CHECK_FLAGS(3824, 0x0)
	/* fcvt.s.d 0xc1e0000000000000 rm=rne frm=None */
	li t0, 0xc1e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3825, f10, 0xffffffffcf000000)
	CHECK_FLAGS(3826, 0x0)
	/* fcvt.s.d 0xc1e0000000100000 rm=rne frm=None */
	li t0, 0xc1e0000000100000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3827, f10, 0xffffffffcf000000)
	CHECK_FLAGS(3828, 0x1)
	/* fcvt.s.d 0x43e0000000000000 rm=rne frm=None */
	li t0, 0x43e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3829, f10, 0xffffffff5f000000)
	CHECK_FLAGS(3830, 0x0)
	/* fcvt.s.d 0xc3e0000000000000 rm=rne frm=None */
	li t0, 0xc3e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3831, f10, 0xffffffffdf000000)
	CHECK_FLAGS(3832, 0x0)
	/* fcvt.s.d 0x43f0000000000000 rm=rne frm=None */
	li t0, 0x43f0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3833, f10, 0xffffffff5f800000)
	CHECK_FLAGS(3834, 0x0)
	/* fcvt.s.d 0x43efffffffffffff rm=rne frm=None */
	li t0, 0x43efffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3835, f10, 0xffffffff5f800000)
	CHECK_FLAGS(3836, 0x1)
	/* fcvt.s.d 0x41efffffffe00000 rm=rne frm=None */
	li t0, 0x41efffffffe00000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3837, f10, 0xffffffff4f800000)
	CHECK_FLAGS(3838, 0x1)
	/* fcvt.s.d 0x3ff0000010000000 rm=rne frm=None */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3839, f10, 0xffffffff3f800000)
	CHECK_FLAGS(3840, 0x1)
	/* fcvt.s.d 0x3810000000000000 rm=rne frm=None */
	li t0, 0x3810000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3841, f10, 0xffffffff00800000)
	CHECK_FLAGS(3842, 0x0)
	/* fcvt.s.d 0x3690000000000000 rm=rne frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3843, f10, 0xffffffff00000000)
	CHECK_FLAGS(3844, 0x3)
	/* fcvt.s.d 0x47efffffe0000000 rm=rne frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3845, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(3846, 0x0)
	/* fcvt.s.d 0x47efffff00000000 rm=rne frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3847, f10, 0xffffffff7f7ffff8)
	CHECK_FLAGS(3848, 0x0)
	/* fcvt.s.d 0x36a0000000000000 rm=rne frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3849, f10, 0xffffffff00000001)
	CHECK_FLAGS(3850, 0x0)
	/* fcvt.s.d 0x3fefffffffffffff rm=rne frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3851, f10, 0xffffffff3f800000)
	CHECK_FLAGS(3852, 0x1)
	/* fcvt.s.d 0xbcb0000000000000 rm=rne frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3853, f10, 0xffffffffa5800000)
	CHECK_FLAGS(3854, 0x0)
	/* fcvt.s.d 0xffed000000000000 rm=rne frm=None */
	li t0, 0xffed000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3855, f10, 0xffffffffff800000)
	CHECK_FLAGS(3856, 0x5)
	/* fcvt.s.d 0x413ab23ef9631a5e rm=rne frm=None */
	li t0, 0x413ab23ef9631a5e; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3857, f10, 0xffffffff49d591f8)
	CHECK_FLAGS(3858, 0x1)
	/* fcvt.s.d 0xc13e7c7afd4517ee rm=rne frm=None */
	li t0, 0xc13e7c7afd4517ee; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3859, f10, 0xffffffffc9f3e3d8)
	CHECK_FLAGS(3860, 0x1)
	/* fcvt.s.d 0x936c08888cff691 rm=rne frm=None */
	li t0, 0x936c08888cff691; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3861, f10, 0xffffffff00000000)
	CHECK_FLAGS(3862, 0x3)
	/* fcvt.s.d 0xd0a3000000000000 rm=rne frm=None */
	li t0, 0xd0a3000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3863, f10, 0xffffffffff800000)
	CHECK_FLAGS(3864, 0x5)
	/* fcvt.s.d 0x1dde9f38d24bfc86 rm=rne frm=None */
	li t0, 0x1dde9f38d24bfc86; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3865, f10, 0xffffffff00000000)
	CHECK_FLAGS(3866, 0x3)
	/* fcvt.s.d 0x3ff24f1a5f330fee rm=rne frm=None */
	li t0, 0x3ff24f1a5f330fee; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3867, f10, 0xffffffff3f9278d3)
	CHECK_FLAGS(3868, 0x1)
	/* fcvt.s.d 0x3eb0800000000000 rm=rne frm=None */
	li t0, 0x3eb0800000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3869, f10, 0xffffffff35840000)
	CHECK_FLAGS(3870, 0x0)
	/* fcvt.s.d 0x18331aed8bffbdd5 rm=rne frm=None */
	li t0, 0x18331aed8bffbdd5; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3871, f10, 0xffffffff00000000)
	CHECK_FLAGS(3872, 0x3)
	/* fcvt.s.d 0x4137000000000000 rm=rne frm=None */
	li t0, 0x4137000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3873, f10, 0xffffffff49b80000)
	CHECK_FLAGS(3874, 0x0)
	/* fcvt.s.d 0xdeefe3ae8f8baf9a rm=rne frm=None */
	li t0, 0xdeefe3ae8f8baf9a; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3875, f10, 0xffffffffff800000)
	CHECK_FLAGS(3876, 0x5)
	/* fcvt.s.d 0x4003bbd28308754e rm=rne frm=None */
	li t0, 0x4003bbd28308754e; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3877, f10, 0xffffffff401dde94)
	CHECK_FLAGS(3878, 0x1)
	/* fcvt.s.d 0x4137000000000000 rm=rne frm=None */
	li t0, 0x4137000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3879, f10, 0xffffffff49b80000)
	CHECK_FLAGS(3880, 0x0)
	/* fcvt.s.d 0xc00cb5359c49d49d rm=rne frm=None */
	li t0, 0xc00cb5359c49d49d; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3881, f10, 0xffffffffc065a9ad)
	CHECK_FLAGS(3882, 0x1)
	/* fcvt.s.d 0x3fec83f2290710fe rm=rne frm=None */
	li t0, 0x3fec83f2290710fe; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3883, f10, 0xffffffff3f641f91)
	CHECK_FLAGS(3884, 0x1)
	/* fcvt.s.d 0xffefe5bd860274d8 rm=rne frm=None */
	li t0, 0xffefe5bd860274d8; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3885, f10, 0xffffffffff800000)
	CHECK_FLAGS(3886, 0x5)
	/* fcvt.s.d 0x1b800000000000 rm=rne frm=None */
	li t0, 0x1b800000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3887, f10, 0xffffffff00000000)
	CHECK_FLAGS(3888, 0x3)
	/* fcvt.s.d 0x7fe415d1669e7845 rm=rne frm=None */
	li t0, 0x7fe415d1669e7845; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3889, f10, 0xffffffff7f800000)
	CHECK_FLAGS(3890, 0x5)
	/* fcvt.s.d 0x1e7948d67b80f7 rm=rne frm=None */
	li t0, 0x1e7948d67b80f7; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3891, f10, 0xffffffff00000000)
	CHECK_FLAGS(3892, 0x3)
	/* fcvt.s.d 0x3ff172c0920277f2 rm=rne frm=None */
	li t0, 0x3ff172c0920277f2; fmv.d.x f11, t0; fcvt.s.d f10, f11, rne
	CHECK_F(3893, f10, 0xffffffff3f8b9605)
	CHECK_FLAGS(3894, 0x1)
	/* fcvt.s.d 0x0 rm=rtz frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3895, f10, 0xffffffff00000000)
	CHECK_FLAGS(3896, 0x0)
	/* fcvt.s.d 0x8000000000000000 rm=rtz frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3897, f10, 0xffffffff80000000)
	CHECK_FLAGS(3898, 0x0)
	/* fcvt.s.d 0x3ff0000000000000 rm=rtz frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3899, f10, 0xffffffff3f800000)
	CHECK_FLAGS(3900, 0x0)
	/* fcvt.s.d 0xbff0000000000000 rm=rtz frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3901, f10, 0xffffffffbf800000)
	CHECK_FLAGS(3902, 0x0)
	/* fcvt.s.d 0x3ff8000000000000 rm=rtz frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3903, f10, 0xffffffff3fc00000)
	CHECK_FLAGS(3904, 0x0)
	/* fcvt.s.d 0x4004000000000000 rm=rtz frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3905, f10, 0xffffffff40200000)
	CHECK_FLAGS(3906, 0x0)
	/* fcvt.s.d 0xc004000000000000 rm=rtz frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3907, f10, 0xffffffffc0200000)
	CHECK_FLAGS(3908, 0x0)
	/* fcvt.s.d 0x3fe0000000000000 rm=rtz frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3909, f10, 0xffffffff3f000000)
	CHECK_FLAGS(3910, 0x0)
	/* fcvt.s.d 0xbfe0000000000000 rm=rtz frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3911, f10, 0xffffffffbf000000)
	CHECK_FLAGS(3912, 0x0)
	/* fcvt.s.d 0x7fefffffffffffff rm=rtz frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3913, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(3914, 0x5)
	/* fcvt.s.d 0xffefffffffffffff rm=rtz frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3915, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(3916, 0x5)
	/* fcvt.s.d 0x10000000000000 rm=rtz frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3917, f10, 0xffffffff00000000)
	CHECK_FLAGS(3918, 0x3)
	/* fcvt.s.d 0xfffffffffffff rm=rtz frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3919, f10, 0xffffffff00000000)
	CHECK_FLAGS(3920, 0x3)
	/* fcvt.s.d 0x1 rm=rtz frm=None */
	li t0, 0x1; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3921, f10, 0xffffffff00000000)
	CHECK_FLAGS(3922, 0x3)
	/* fcvt.s.d 0x8000000000000001 rm=rtz frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3923, f10, 0xffffffff80000000)
	CHECK_FLAGS(3924, 0x3)
	/* fcvt.s.d 0x7ff0000000000000 rm=rtz frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3925, f10, 0xffffffff7f800000)
	CHECK_FLAGS(3926, 0x0)
	/* fcvt.s.d 0xfff0000000000000 rm=rtz frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3927, f10, 0xffffffffff800000)
	CHECK_FLAGS(3928, 0x0)
	/* fcvt.s.d 0x7ff8000000000000 rm=rtz frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3929, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(3930, 0x0)
	/* fcvt.s.d 0x7ff0000000000001 rm=rtz frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3931, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(3932, 0x10)
	/* fcvt.s.d 0xfff8000000001234 rm=rtz frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3933, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(3934, 0x0)
	/* fcvt.s.d 0x3ff0000000000001 rm=rtz frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3935, f10, 0xffffffff3f800000)
	CHECK_FLAGS(3936, 0x1)
	/* fcvt.s.d 0x3ca0000000000000 rm=rtz frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3937, f10, 0xffffffff25000000)
	CHECK_FLAGS(3938, 0x0)
	/* fcvt.s.d 0x4008000000000000 rm=rtz frm=None */
	li t0, 0x4008000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3939, f10, 0xffffffff40400000)
	CHECK_FLAGS(3940, 0x0)
	/* fcvt.s.d 0x3fb999999999999a rm=rtz frm=None */
	li t0, 0x3fb999999999999a; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3941, f10, 0xffffffff3dcccccc)
	CHECK_FLAGS(3942, 0x1)
	/* fcvt.s.d 0x41dfffffffe00000 rm=rtz frm=None */
	li t0, 0x41dfffffffe00000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3943, f10, 0xffffffff4effffff)
	CHECK_FLAGS(3944, 0x1)
	/* fcvt.s.d 0x41e0000000000000 rm=rtz frm=None */
	li t0, 0x41e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3945, f10, 0xffffffff4f000000)
	CHECK_FLAGS(3946, 0x0)
	/* fcvt.s.d 0xc1e0000000000000 rm=rtz frm=None */
	li t0, 0xc1e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3947, f10, 0xffffffffcf000000)
	CHECK_FLAGS(3948, 0x0)
	/* fcvt.s.d 0xc1e0000000100000 rm=rtz frm=None */
	li t0, 0xc1e0000000100000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3949, f10, 0xffffffffcf000000)
	CHECK_FLAGS(3950, 0x1)
	/* fcvt.s.d 0x43e0000000000000 rm=rtz frm=None */
	li t0, 0x43e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3951, f10, 0xffffffff5f000000)
	CHECK_FLAGS(3952, 0x0)
	/* fcvt.s.d 0xc3e0000000000000 rm=rtz frm=None */
	li t0, 0xc3e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3953, f10, 0xffffffffdf000000)
	CHECK_FLAGS(3954, 0x0)
	/* fcvt.s.d 0x43f0000000000000 rm=rtz frm=None */
	li t0, 0x43f0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3955, f10, 0xffffffff5f800000)
	CHECK_FLAGS(3956, 0x0)
	/* fcvt.s.d 0x43efffffffffffff rm=rtz frm=None */
	li t0, 0x43efffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3957, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(3958, 0x1)
	/* fcvt.s.d 0x41efffffffe00000 rm=rtz frm=None */
	li t0, 0x41efffffffe00000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3959, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(3960, 0x1)
	/* fcvt.s.d 0x3ff0000010000000 rm=rtz frm=None */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3961, f10, 0xffffffff3f800000)
	CHECK_FLAGS(3962, 0x1)
	/* fcvt.s.d 0x3810000000000000 rm=rtz frm=None */
	li t0, 0x3810000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3963, f10, 0xffffffff00800000)
	CHECK_FLAGS(3964, 0x0)
	/* fcvt.s.d 0x3690000000000000 rm=rtz frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3965, f10, 0xffffffff00000000)
	CHECK_FLAGS(3966, 0x3)
	/* fcvt.s.d 0x47efffffe0000000 rm=rtz frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3967, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(3968, 0x0)
	/* fcvt.s.d 0x47efffff00000000 rm=rtz frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3969, f10, 0xffffffff7f7ffff8)
	CHECK_FLAGS(3970, 0x0)
	/* fcvt.s.d 0x36a0000000000000 rm=rtz frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3971, f10, 0xffffffff00000001)
	CHECK_FLAGS(3972, 0x0)
	/* fcvt.s.d 0x3fefffffffffffff rm=rtz frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3973, f10, 0xffffffff3f7fffff)
	CHECK_FLAGS(3974, 0x1)
	/* fcvt.s.d 0xbcb0000000000000 rm=rtz frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3975, f10, 0xffffffffa5800000)
	CHECK_FLAGS(3976, 0x0)
	/* fcvt.s.d 0x800e3de8f4cecce5 rm=rtz frm=None */
	li t0, 0x800e3de8f4cecce5; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3977, f10, 0xffffffff80000000)
	CHECK_FLAGS(3978, 0x3)
	/* fcvt.s.d 0xffe9eed22c4806d4 rm=rtz frm=None */
	li t0, 0xffe9eed22c4806d4; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3979, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(3980, 0x5)
	/* fcvt.s.d 0x4006c01fcc8365f7 rm=rtz frm=None */
	li t0, 0x4006c01fcc8365f7; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3981, f10, 0xffffffff403600fe)
	CHECK_FLAGS(3982, 0x1)
	/* fcvt.s.d 0x3eb0054917526f97 rm=rtz frm=None */
	li t0, 0x3eb0054917526f97; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3983, f10, 0xffffffff35802a48)
	CHECK_FLAGS(3984, 0x1)
	/* fcvt.s.d 0xc132000000000000 rm=rtz frm=None */
	li t0, 0xc132000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3985, f10, 0xffffffffc9900000)
	CHECK_FLAGS(3986, 0x0)
	/* fcvt.s.d 0x3eb4ceae5e6a2c50 rm=rtz frm=None */
	li t0, 0x3eb4ceae5e6a2c50; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3987, f10, 0xffffffff35a67572)
	CHECK_FLAGS(3988, 0x1)
	/* fcvt.s.d 0x3cd65538b2cbe281 rm=rtz frm=None */
	li t0, 0x3cd65538b2cbe281; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3989, f10, 0xffffffff26b2a9c5)
	CHECK_FLAGS(3990, 0x1)
	/* fcvt.s.d 0x10800000000000 rm=rtz frm=None */
	li t0, 0x10800000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3991, f10, 0xffffffff00000000)
	CHECK_FLAGS(3992, 0x3)
	/* fcvt.s.d 0xc2b6df2863e77afa rm=rtz frm=None */
	li t0, 0xc2b6df2863e77afa; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3993, f10, 0xffffffffd5b6f943)
	CHECK_FLAGS(3994, 0x1)
	/* fcvt.s.d 0x179722652ca8e2 rm=rtz frm=None */
	li t0, 0x179722652ca8e2; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3995, f10, 0xffffffff00000000)
	CHECK_FLAGS(3996, 0x3)
	/* fcvt.s.d 0xbfe8e953950befe8 rm=rtz frm=None */
	li t0, 0xbfe8e953950befe8; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3997, f10, 0xffffffffbf474a9c)
	CHECK_FLAGS(3998, 0x1)
	/* fcvt.s.d 0x3eb1000000000000 rm=rtz frm=None */
	li t0, 0x3eb1000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(3999, f10, 0xffffffff35880000)
	CHECK_FLAGS(4000, 0x0)
	/* fcvt.s.d 0xc13205d1c449a715 rm=rtz frm=None */
	li t0, 0xc13205d1c449a715; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(4001, f10, 0xffffffffc9902e8e)
	CHECK_FLAGS(4002, 0x1)
	/* fcvt.s.d 0xbff6dd3368b719af rm=rtz frm=None */
	li t0, 0xbff6dd3368b719af; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(4003, f10, 0xffffffffbfb6e99b)
	CHECK_FLAGS(4004, 0x1)
	/* fcvt.s.d 0xbeb6647c27e9cd5a rm=rtz frm=None */
	li t0, 0xbeb6647c27e9cd5a; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(4005, f10, 0xffffffffb5b323e1)
	CHECK_FLAGS(4006, 0x1)
	/* fcvt.s.d 0xbfeed97cec85b237 rm=rtz frm=None */
	li t0, 0xbfeed97cec85b237; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(4007, f10, 0xffffffffbf76cbe7)
	CHECK_FLAGS(4008, 0x1)
	/* fcvt.s.d 0x25000000000000 rm=rtz frm=None */
	li t0, 0x25000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(4009, f10, 0xffffffff00000000)
	CHECK_FLAGS(4010, 0x3)
	/* fcvt.s.d 0x0 rm=rtz frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(4011, f10, 0xffffffff00000000)
	CHECK_FLAGS(4012, 0x0)
	/* fcvt.s.d 0x801ac21210536b08 rm=rtz frm=None */
	li t0, 0x801ac21210536b08; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(4013, f10, 0xffffffff80000000)
	CHECK_FLAGS(4014, 0x3)
	/* fcvt.s.d 0x80228deea801190c rm=rtz frm=None */
	li t0, 0x80228deea801190c; fmv.d.x f11, t0; fcvt.s.d f10, f11, rtz
	CHECK_F(4015, f10, 0xffffffff80000000)
	CHECK_FLAGS(4016, 0x3)
	/* fcvt.s.d 0x0 rm=rdn frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4017, f10, 0xffffffff00000000)
	CHECK_FLAGS(4018, 0x0)
	/* fcvt.s.d 0x8000000000000000 rm=rdn frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4019, f10, 0xffffffff80000000)
	CHECK_FLAGS(4020, 0x0)
	/* fcvt.s.d 0x3ff0000000000000 rm=rdn frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4021, f10, 0xffffffff3f800000)
	CHECK_FLAGS(4022, 0x0)
	/* fcvt.s.d 0xbff0000000000000 rm=rdn frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4023, f10, 0xffffffffbf800000)
	CHECK_FLAGS(4024, 0x0)
	/* fcvt.s.d 0x3ff8000000000000 rm=rdn frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4025, f10, 0xffffffff3fc00000)
	CHECK_FLAGS(4026, 0x0)
	/* fcvt.s.d 0x4004000000000000 rm=rdn frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4027, f10, 0xffffffff40200000)
	CHECK_FLAGS(4028, 0x0)
	/* fcvt.s.d 0xc004000000000000 rm=rdn frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4029, f10, 0xffffffffc0200000)
	CHECK_FLAGS(4030, 0x0)
	/* fcvt.s.d 0x3fe0000000000000 rm=rdn frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4031, f10, 0xffffffff3f000000)
	CHECK_FLAGS(4032, 0x0)
	/* fcvt.s.d 0xbfe0000000000000 rm=rdn frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4033, f10, 0xffffffffbf000000)
	CHECK_FLAGS(4034, 0x0)
	/* fcvt.s.d 0x7fefffffffffffff rm=rdn frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4035, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(4036, 0x5)
	/* fcvt.s.d 0xffefffffffffffff rm=rdn frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4037, f10, 0xffffffffff800000)
	CHECK_FLAGS(4038, 0x5)
	/* fcvt.s.d 0x10000000000000 rm=rdn frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4039, f10, 0xffffffff00000000)
	CHECK_FLAGS(4040, 0x3)
	/* fcvt.s.d 0xfffffffffffff rm=rdn frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4041, f10, 0xffffffff00000000)
	CHECK_FLAGS(4042, 0x3)
	/* fcvt.s.d 0x1 rm=rdn frm=None */
	li t0, 0x1; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4043, f10, 0xffffffff00000000)
	CHECK_FLAGS(4044, 0x3)
	/* fcvt.s.d 0x8000000000000001 rm=rdn frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4045, f10, 0xffffffff80000001)
	CHECK_FLAGS(4046, 0x3)
	/* fcvt.s.d 0x7ff0000000000000 rm=rdn frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4047, f10, 0xffffffff7f800000)
	CHECK_FLAGS(4048, 0x0)
	/* fcvt.s.d 0xfff0000000000000 rm=rdn frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4049, f10, 0xffffffffff800000)
	CHECK_FLAGS(4050, 0x0)
	/* fcvt.s.d 0x7ff8000000000000 rm=rdn frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4051, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(4052, 0x0)
	/* fcvt.s.d 0x7ff0000000000001 rm=rdn frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4053, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(4054, 0x10)
	/* fcvt.s.d 0xfff8000000001234 rm=rdn frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4055, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(4056, 0x0)
	/* fcvt.s.d 0x3ff0000000000001 rm=rdn frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4057, f10, 0xffffffff3f800000)
	CHECK_FLAGS(4058, 0x1)
	/* fcvt.s.d 0x3ca0000000000000 rm=rdn frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4059, f10, 0xffffffff25000000)
	CHECK_FLAGS(4060, 0x0)
	/* fcvt.s.d 0x4008000000000000 rm=rdn frm=None */
	li t0, 0x4008000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4061, f10, 0xffffffff40400000)
	CHECK_FLAGS(4062, 0x0)
	/* fcvt.s.d 0x3fb999999999999a rm=rdn frm=None */
	li t0, 0x3fb999999999999a; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4063, f10, 0xffffffff3dcccccc)
	CHECK_FLAGS(4064, 0x1)
	/* fcvt.s.d 0x41dfffffffe00000 rm=rdn frm=None */
	li t0, 0x41dfffffffe00000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4065, f10, 0xffffffff4effffff)
	CHECK_FLAGS(4066, 0x1)
	/* fcvt.s.d 0x41e0000000000000 rm=rdn frm=None */
	li t0, 0x41e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4067, f10, 0xffffffff4f000000)
	CHECK_FLAGS(4068, 0x0)
	/* fcvt.s.d 0xc1e0000000000000 rm=rdn frm=None */
	li t0, 0xc1e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4069, f10, 0xffffffffcf000000)
	CHECK_FLAGS(4070, 0x0)
	/* fcvt.s.d 0xc1e0000000100000 rm=rdn frm=None */
	li t0, 0xc1e0000000100000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4071, f10, 0xffffffffcf000001)
	CHECK_FLAGS(4072, 0x1)
	/* fcvt.s.d 0x43e0000000000000 rm=rdn frm=None */
	li t0, 0x43e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4073, f10, 0xffffffff5f000000)
	CHECK_FLAGS(4074, 0x0)
	/* fcvt.s.d 0xc3e0000000000000 rm=rdn frm=None */
	li t0, 0xc3e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4075, f10, 0xffffffffdf000000)
	CHECK_FLAGS(4076, 0x0)
	/* fcvt.s.d 0x43f0000000000000 rm=rdn frm=None */
	li t0, 0x43f0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4077, f10, 0xffffffff5f800000)
	CHECK_FLAGS(4078, 0x0)
	/* fcvt.s.d 0x43efffffffffffff rm=rdn frm=None */
	li t0, 0x43efffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4079, f10, 0xffffffff5f7fffff)
	CHECK_FLAGS(4080, 0x1)
	/* fcvt.s.d 0x41efffffffe00000 rm=rdn frm=None */
	li t0, 0x41efffffffe00000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4081, f10, 0xffffffff4f7fffff)
	CHECK_FLAGS(4082, 0x1)
	/* fcvt.s.d 0x3ff0000010000000 rm=rdn frm=None */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4083, f10, 0xffffffff3f800000)
	CHECK_FLAGS(4084, 0x1)
	/* fcvt.s.d 0x3810000000000000 rm=rdn frm=None */
	li t0, 0x3810000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4085, f10, 0xffffffff00800000)
	CHECK_FLAGS(4086, 0x0)
	/* fcvt.s.d 0x3690000000000000 rm=rdn frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4087, f10, 0xffffffff00000000)
	CHECK_FLAGS(4088, 0x3)
	/* fcvt.s.d 0x47efffffe0000000 rm=rdn frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4089, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(4090, 0x0)
	/* fcvt.s.d 0x47efffff00000000 rm=rdn frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4091, f10, 0xffffffff7f7ffff8)
	CHECK_FLAGS(4092, 0x0)
	/* fcvt.s.d 0x36a0000000000000 rm=rdn frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4093, f10, 0xffffffff00000001)
	CHECK_FLAGS(4094, 0x0)
	/* fcvt.s.d 0x3fefffffffffffff rm=rdn frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4095, f10, 0xffffffff3f7fffff)
	CHECK_FLAGS(4096, 0x1)
	/* fcvt.s.d 0xbcb0000000000000 rm=rdn frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4097, f10, 0xffffffffa5800000)
	CHECK_FLAGS(4098, 0x0)
	/* fcvt.s.d 0xc00c14d6bc8a7a83 rm=rdn frm=None */
	li t0, 0xc00c14d6bc8a7a83; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4099, f10, 0xffffffffc060a6b6)
	CHECK_FLAGS(4100, 0x1)
	/* fcvt.s.d 0x3fe8008dd9e40e0b rm=rdn frm=None */
	li t0, 0x3fe8008dd9e40e0b; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4101, f10, 0xffffffff3f40046e)
	CHECK_FLAGS(4102, 0x1)
	/* fcvt.s.d 0x26255693b51cd6 rm=rdn frm=None */
	li t0, 0x26255693b51cd6; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4103, f10, 0xffffffff00000000)
	CHECK_FLAGS(4104, 0x3)
	/* fcvt.s.d 0x3eb6a0db30e805b0 rm=rdn frm=None */
	li t0, 0x3eb6a0db30e805b0; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4105, f10, 0xffffffff35b506d9)
	CHECK_FLAGS(4106, 0x1)
	/* fcvt.s.d 0x1759a32247963e rm=rdn frm=None */
	li t0, 0x1759a32247963e; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4107, f10, 0xffffffff00000000)
	CHECK_FLAGS(4108, 0x3)
	/* fcvt.s.d 0x3ebf000000000000 rm=rdn frm=None */
	li t0, 0x3ebf000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4109, f10, 0xffffffff35f80000)
	CHECK_FLAGS(4110, 0x0)
	/* fcvt.s.d 0x14800000000000 rm=rdn frm=None */
	li t0, 0x14800000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4111, f10, 0xffffffff00000000)
	CHECK_FLAGS(4112, 0x3)
	/* fcvt.s.d 0xb77f99accb9c1 rm=rdn frm=None */
	li t0, 0xb77f99accb9c1; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4113, f10, 0xffffffff00000000)
	CHECK_FLAGS(4114, 0x3)
	/* fcvt.s.d 0xffe89d32d9f9c2b7 rm=rdn frm=None */
	li t0, 0xffe89d32d9f9c2b7; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4115, f10, 0xffffffffff800000)
	CHECK_FLAGS(4116, 0x5)
	/* fcvt.s.d 0xc130800000000000 rm=rdn frm=None */
	li t0, 0xc130800000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4117, f10, 0xffffffffc9840000)
	CHECK_FLAGS(4118, 0x0)
	/* fcvt.s.d 0x802c6fd9aea9ce20 rm=rdn frm=None */
	li t0, 0x802c6fd9aea9ce20; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4119, f10, 0xffffffff80000001)
	CHECK_FLAGS(4120, 0x3)
	/* fcvt.s.d 0x4134d1ee5b6b1679 rm=rdn frm=None */
	li t0, 0x4134d1ee5b6b1679; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4121, f10, 0xffffffff49a68f72)
	CHECK_FLAGS(4122, 0x1)
	/* fcvt.s.d 0xffe39707c2331e05 rm=rdn frm=None */
	li t0, 0xffe39707c2331e05; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4123, f10, 0xffffffffff800000)
	CHECK_FLAGS(4124, 0x5)
	/* fcvt.s.d 0xbffc52ef41b6d287 rm=rdn frm=None */
	li t0, 0xbffc52ef41b6d287; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4125, f10, 0xffffffffbfe2977b)
	CHECK_FLAGS(4126, 0x1)
	/* fcvt.s.d 0x7fe9000000000000 rm=rdn frm=None */
	li t0, 0x7fe9000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4127, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(4128, 0x5)
	/* fcvt.s.d 0x801e293b8df43581 rm=rdn frm=None */
	li t0, 0x801e293b8df43581; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4129, f10, 0xffffffff80000001)
	CHECK_FLAGS(4130, 0x3)
	/* fcvt.s.d 0x1473719a5f8ac2db rm=rdn frm=None */
	li t0, 0x1473719a5f8ac2db; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4131, f10, 0xffffffff00000000)
	CHECK_FLAGS(4132, 0x3)
	/* fcvt.s.d 0x3fea7cb86561ed8a rm=rdn frm=None */
	li t0, 0x3fea7cb86561ed8a; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4133, f10, 0xffffffff3f53e5c3)
	CHECK_FLAGS(4134, 0x1)
	/* fcvt.s.d 0x435f000000000000 rm=rdn frm=None */
	li t0, 0x435f000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4135, f10, 0xffffffff5af80000)
	CHECK_FLAGS(4136, 0x0)
	/* fcvt.s.d 0x3578e0cd637aef2b rm=rdn frm=None */
	li t0, 0x3578e0cd637aef2b; fmv.d.x f11, t0; fcvt.s.d f10, f11, rdn
	CHECK_F(4137, f10, 0xffffffff00000000)
	CHECK_FLAGS(4138, 0x3)
	/* fcvt.s.d 0x0 rm=rup frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4139, f10, 0xffffffff00000000)
	CHECK_FLAGS(4140, 0x0)
	/* fcvt.s.d 0x8000000000000000 rm=rup frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4141, f10, 0xffffffff80000000)
	CHECK_FLAGS(4142, 0x0)
	/* fcvt.s.d 0x3ff0000000000000 rm=rup frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4143, f10, 0xffffffff3f800000)
	CHECK_FLAGS(4144, 0x0)
	/* fcvt.s.d 0xbff0000000000000 rm=rup frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4145, f10, 0xffffffffbf800000)
	CHECK_FLAGS(4146, 0x0)
	/* fcvt.s.d 0x3ff8000000000000 rm=rup frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4147, f10, 0xffffffff3fc00000)
	CHECK_FLAGS(4148, 0x0)
	/* fcvt.s.d 0x4004000000000000 rm=rup frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4149, f10, 0xffffffff40200000)
	CHECK_FLAGS(4150, 0x0)
	/* fcvt.s.d 0xc004000000000000 rm=rup frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4151, f10, 0xffffffffc0200000)
	CHECK_FLAGS(4152, 0x0)
	/* fcvt.s.d 0x3fe0000000000000 rm=rup frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4153, f10, 0xffffffff3f000000)
	CHECK_FLAGS(4154, 0x0)
	/* fcvt.s.d 0xbfe0000000000000 rm=rup frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4155, f10, 0xffffffffbf000000)
	CHECK_FLAGS(4156, 0x0)
	/* fcvt.s.d 0x7fefffffffffffff rm=rup frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4157, f10, 0xffffffff7f800000)
	CHECK_FLAGS(4158, 0x5)
	/* fcvt.s.d 0xffefffffffffffff rm=rup frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4159, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(4160, 0x5)
	/* fcvt.s.d 0x10000000000000 rm=rup frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4161, f10, 0xffffffff00000001)
	CHECK_FLAGS(4162, 0x3)
	/* fcvt.s.d 0xfffffffffffff rm=rup frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4163, f10, 0xffffffff00000001)
	CHECK_FLAGS(4164, 0x3)
	/* fcvt.s.d 0x1 rm=rup frm=None */
	li t0, 0x1; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4165, f10, 0xffffffff00000001)
	CHECK_FLAGS(4166, 0x3)
	/* fcvt.s.d 0x8000000000000001 rm=rup frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4167, f10, 0xffffffff80000000)
	CHECK_FLAGS(4168, 0x3)
	/* fcvt.s.d 0x7ff0000000000000 rm=rup frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4169, f10, 0xffffffff7f800000)
	CHECK_FLAGS(4170, 0x0)
	/* fcvt.s.d 0xfff0000000000000 rm=rup frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4171, f10, 0xffffffffff800000)
	CHECK_FLAGS(4172, 0x0)
	/* fcvt.s.d 0x7ff8000000000000 rm=rup frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4173, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(4174, 0x0)
	/* fcvt.s.d 0x7ff0000000000001 rm=rup frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4175, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(4176, 0x10)
	/* fcvt.s.d 0xfff8000000001234 rm=rup frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4177, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(4178, 0x0)
	/* fcvt.s.d 0x3ff0000000000001 rm=rup frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4179, f10, 0xffffffff3f800001)
	CHECK_FLAGS(4180, 0x1)
	/* fcvt.s.d 0x3ca0000000000000 rm=rup frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4181, f10, 0xffffffff25000000)
	CHECK_FLAGS(4182, 0x0)
	/* fcvt.s.d 0x4008000000000000 rm=rup frm=None */
	li t0, 0x4008000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4183, f10, 0xffffffff40400000)
	CHECK_FLAGS(4184, 0x0)
	/* fcvt.s.d 0x3fb999999999999a rm=rup frm=None */
	li t0, 0x3fb999999999999a; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4185, f10, 0xffffffff3dcccccd)
	CHECK_FLAGS(4186, 0x1)
	/* fcvt.s.d 0x41dfffffffe00000 rm=rup frm=None */
	li t0, 0x41dfffffffe00000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4187, f10, 0xffffffff4f000000)
	CHECK_FLAGS(4188, 0x1)
	/* fcvt.s.d 0x41e0000000000000 rm=rup frm=None */
	li t0, 0x41e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4189, f10, 0xffffffff4f000000)
	CHECK_FLAGS(4190, 0x0)
	/* fcvt.s.d 0xc1e0000000000000 rm=rup frm=None */
	li t0, 0xc1e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4191, f10, 0xffffffffcf000000)
	CHECK_FLAGS(4192, 0x0)
	/* fcvt.s.d 0xc1e0000000100000 rm=rup frm=None */
	li t0, 0xc1e0000000100000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4193, f10, 0xffffffffcf000000)
	CHECK_FLAGS(4194, 0x1)
	/* fcvt.s.d 0x43e0000000000000 rm=rup frm=None */
	li t0, 0x43e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4195, f10, 0xffffffff5f000000)
	CHECK_FLAGS(4196, 0x0)
	/* fcvt.s.d 0xc3e0000000000000 rm=rup frm=None */
	li t0, 0xc3e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4197, f10, 0xffffffffdf000000)
	CHECK_FLAGS(4198, 0x0)
	/* fcvt.s.d 0x43f0000000000000 rm=rup frm=None */
	li t0, 0x43f0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4199, f10, 0xffffffff5f800000)
	CHECK_FLAGS(4200, 0x0)
	/* fcvt.s.d 0x43efffffffffffff rm=rup frm=None */
	li t0, 0x43efffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4201, f10, 0xffffffff5f800000)
	CHECK_FLAGS(4202, 0x1)
	/* fcvt.s.d 0x41efffffffe00000 rm=rup frm=None */
	li t0, 0x41efffffffe00000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4203, f10, 0xffffffff4f800000)
	CHECK_FLAGS(4204, 0x1)
	/* fcvt.s.d 0x3ff0000010000000 rm=rup frm=None */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4205, f10, 0xffffffff3f800001)
	CHECK_FLAGS(4206, 0x1)
	/* fcvt.s.d 0x3810000000000000 rm=rup frm=None */
	li t0, 0x3810000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4207, f10, 0xffffffff00800000)
	CHECK_FLAGS(4208, 0x0)
	/* fcvt.s.d 0x3690000000000000 rm=rup frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4209, f10, 0xffffffff00000001)
	CHECK_FLAGS(4210, 0x3)
	/* fcvt.s.d 0x47efffffe0000000 rm=rup frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4211, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(4212, 0x0)
	/* fcvt.s.d 0x47efffff00000000 rm=rup frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4213, f10, 0xffffffff7f7ffff8)
	CHECK_FLAGS(4214, 0x0)
	/* fcvt.s.d 0x36a0000000000000 rm=rup frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4215, f10, 0xffffffff00000001)
	CHECK_FLAGS(4216, 0x0)
	/* fcvt.s.d 0x3fefffffffffffff rm=rup frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4217, f10, 0xffffffff3f800000)
	CHECK_FLAGS(4218, 0x1)
	/* fcvt.s.d 0xbcb0000000000000 rm=rup frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4219, f10, 0xffffffffa5800000)
	CHECK_FLAGS(4220, 0x0)
	/* fcvt.s.d 0x267d9f263284ab rm=rup frm=None */
	li t0, 0x267d9f263284ab; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4221, f10, 0xffffffff00000001)
	CHECK_FLAGS(4222, 0x3)
	/* fcvt.s.d 0x3fe101c2282286d9 rm=rup frm=None */
	li t0, 0x3fe101c2282286d9; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4223, f10, 0xffffffff3f080e12)
	CHECK_FLAGS(4224, 0x1)
	/* fcvt.s.d 0xc1354e16fc6301da rm=rup frm=None */
	li t0, 0xc1354e16fc6301da; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4225, f10, 0xffffffffc9aa70b7)
	CHECK_FLAGS(4226, 0x1)
	/* fcvt.s.d 0xc00872002fdd5842 rm=rup frm=None */
	li t0, 0xc00872002fdd5842; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4227, f10, 0xffffffffc0439001)
	CHECK_FLAGS(4228, 0x1)
	/* fcvt.s.d 0x2245e106c6365b1 rm=rup frm=None */
	li t0, 0x2245e106c6365b1; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4229, f10, 0xffffffff00000001)
	CHECK_FLAGS(4230, 0x3)
	/* fcvt.s.d 0x801628276c4b4724 rm=rup frm=None */
	li t0, 0x801628276c4b4724; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4231, f10, 0xffffffff80000000)
	CHECK_FLAGS(4232, 0x3)
	/* fcvt.s.d 0x16e9a8bf35ca2b rm=rup frm=None */
	li t0, 0x16e9a8bf35ca2b; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4233, f10, 0xffffffff00000001)
	CHECK_FLAGS(4234, 0x3)
	/* fcvt.s.d 0xffe31c5613fcb345 rm=rup frm=None */
	li t0, 0xffe31c5613fcb345; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4235, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(4236, 0x5)
	/* fcvt.s.d 0x5e9c9fca99cf2f1f rm=rup frm=None */
	li t0, 0x5e9c9fca99cf2f1f; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4237, f10, 0xffffffff7f800000)
	CHECK_FLAGS(4238, 0x5)
	/* fcvt.s.d 0x3ff5000000000000 rm=rup frm=None */
	li t0, 0x3ff5000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4239, f10, 0xffffffff3fa80000)
	CHECK_FLAGS(4240, 0x0)
	/* fcvt.s.d 0x11574b6af21b191c rm=rup frm=None */
	li t0, 0x11574b6af21b191c; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4241, f10, 0xffffffff00000001)
	CHECK_FLAGS(4242, 0x3)
	/* fcvt.s.d 0x8970a738fb1a8aae rm=rup frm=None */
	li t0, 0x8970a738fb1a8aae; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4243, f10, 0xffffffff80000000)
	CHECK_FLAGS(4244, 0x3)
	/* fcvt.s.d 0x4130800000000000 rm=rup frm=None */
	li t0, 0x4130800000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4245, f10, 0xffffffff49840000)
	CHECK_FLAGS(4246, 0x0)
	/* fcvt.s.d 0xffe0000000000000 rm=rup frm=None */
	li t0, 0xffe0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4247, f10, 0xffffffffff7fffff)
	CHECK_FLAGS(4248, 0x5)
	/* fcvt.s.d 0xb4c0553cf277c73f rm=rup frm=None */
	li t0, 0xb4c0553cf277c73f; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4249, f10, 0xffffffff80000000)
	CHECK_FLAGS(4250, 0x3)
	/* fcvt.s.d 0x8019036058ec168f rm=rup frm=None */
	li t0, 0x8019036058ec168f; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4251, f10, 0xffffffff80000000)
	CHECK_FLAGS(4252, 0x3)
	/* fcvt.s.d 0x2116b0476a64a1 rm=rup frm=None */
	li t0, 0x2116b0476a64a1; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4253, f10, 0xffffffff00000001)
	CHECK_FLAGS(4254, 0x3)
	/* fcvt.s.d 0x400d000000000000 rm=rup frm=None */
	li t0, 0x400d000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4255, f10, 0xffffffff40680000)
	CHECK_FLAGS(4256, 0x0)
	/* fcvt.s.d 0xc130000000000000 rm=rup frm=None */
	li t0, 0xc130000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4257, f10, 0xffffffffc9800000)
	CHECK_FLAGS(4258, 0x0)
	/* fcvt.s.d 0xbfe5a0e8ede84414 rm=rup frm=None */
	li t0, 0xbfe5a0e8ede84414; fmv.d.x f11, t0; fcvt.s.d f10, f11, rup
	CHECK_F(4259, f10, 0xffffffffbf2d0747)
	CHECK_FLAGS(4260, 0x1)
	/* fcvt.s.d 0x0 rm=rmm frm=None */
	li t0, 0x0; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4261, f10, 0xffffffff00000000)
	CHECK_FLAGS(4262, 0x0)
	/* fcvt.s.d 0x8000000000000000 rm=rmm frm=None */
	li t0, 0x8000000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4263, f10, 0xffffffff80000000)
	CHECK_FLAGS(4264, 0x0)
	/* fcvt.s.d 0x3ff0000000000000 rm=rmm frm=None */
	li t0, 0x3ff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4265, f10, 0xffffffff3f800000)
	CHECK_FLAGS(4266, 0x0)
	/* fcvt.s.d 0xbff0000000000000 rm=rmm frm=None */
	li t0, 0xbff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4267, f10, 0xffffffffbf800000)
	CHECK_FLAGS(4268, 0x0)
	/* fcvt.s.d 0x3ff8000000000000 rm=rmm frm=None */
	li t0, 0x3ff8000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4269, f10, 0xffffffff3fc00000)
	CHECK_FLAGS(4270, 0x0)
	/* fcvt.s.d 0x4004000000000000 rm=rmm frm=None */
	li t0, 0x4004000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4271, f10, 0xffffffff40200000)
	CHECK_FLAGS(4272, 0x0)
	/* fcvt.s.d 0xc004000000000000 rm=rmm frm=None */
	li t0, 0xc004000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4273, f10, 0xffffffffc0200000)
	CHECK_FLAGS(4274, 0x0)
	/* fcvt.s.d 0x3fe0000000000000 rm=rmm frm=None */
	li t0, 0x3fe0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4275, f10, 0xffffffff3f000000)
	CHECK_FLAGS(4276, 0x0)
	/* fcvt.s.d 0xbfe0000000000000 rm=rmm frm=None */
	li t0, 0xbfe0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4277, f10, 0xffffffffbf000000)
	CHECK_FLAGS(4278, 0x0)
	/* fcvt.s.d 0x7fefffffffffffff rm=rmm frm=None */
	li t0, 0x7fefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4279, f10, 0xffffffff7f800000)
	CHECK_FLAGS(4280, 0x5)
	/* fcvt.s.d 0xffefffffffffffff rm=rmm frm=None */
	li t0, 0xffefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4281, f10, 0xffffffffff800000)
	CHECK_FLAGS(4282, 0x5)
	/* fcvt.s.d 0x10000000000000 rm=rmm frm=None */
	li t0, 0x10000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4283, f10, 0xffffffff00000000)
	CHECK_FLAGS(4284, 0x3)
	/* fcvt.s.d 0xfffffffffffff rm=rmm frm=None */
	li t0, 0xfffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4285, f10, 0xffffffff00000000)
	CHECK_FLAGS(4286, 0x3)
	/* fcvt.s.d 0x1 rm=rmm frm=None */
	li t0, 0x1; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4287, f10, 0xffffffff00000000)
	CHECK_FLAGS(4288, 0x3)
	/* fcvt.s.d 0x8000000000000001 rm=rmm frm=None */
	li t0, 0x8000000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4289, f10, 0xffffffff80000000)
	CHECK_FLAGS(4290, 0x3)
	/* fcvt.s.d 0x7ff0000000000000 rm=rmm frm=None */
	li t0, 0x7ff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4291, f10, 0xffffffff7f800000)
	CHECK_FLAGS(4292, 0x0)
	/* fcvt.s.d 0xfff0000000000000 rm=rmm frm=None */
	li t0, 0xfff0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4293, f10, 0xffffffffff800000)
	CHECK_FLAGS(4294, 0x0)
	/* fcvt.s.d 0x7ff8000000000000 rm=rmm frm=None */
	li t0, 0x7ff8000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4295, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(4296, 0x0)
	/* fcvt.s.d 0x7ff0000000000001 rm=rmm frm=None */
	li t0, 0x7ff0000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4297, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(4298, 0x10)
	/* fcvt.s.d 0xfff8000000001234 rm=rmm frm=None */
	li t0, 0xfff8000000001234; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4299, f10, 0xffffffff7fc00000)
	CHECK_FLAGS(4300, 0x0)
	/* fcvt.s.d 0x3ff0000000000001 rm=rmm frm=None */
	li t0, 0x3ff0000000000001; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4301, f10, 0xffffffff3f800000)
	CHECK_FLAGS(4302, 0x1)
	/* fcvt.s.d 0x3ca0000000000000 rm=rmm frm=None */
	li t0, 0x3ca0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4303, f10, 0xffffffff25000000)
	CHECK_FLAGS(4304, 0x0)
	/* fcvt.s.d 0x4008000000000000 rm=rmm frm=None */
	li t0, 0x4008000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4305, f10, 0xffffffff40400000)
	CHECK_FLAGS(4306, 0x0)
	/* fcvt.s.d 0x3fb999999999999a rm=rmm frm=None */
	li t0, 0x3fb999999999999a; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4307, f10, 0xffffffff3dcccccd)
	CHECK_FLAGS(4308, 0x1)
	/* fcvt.s.d 0x41dfffffffe00000 rm=rmm frm=None */
	li t0, 0x41dfffffffe00000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4309, f10, 0xffffffff4f000000)
	CHECK_FLAGS(4310, 0x1)
	/* fcvt.s.d 0x41e0000000000000 rm=rmm frm=None */
	li t0, 0x41e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4311, f10, 0xffffffff4f000000)
	CHECK_FLAGS(4312, 0x0)
	/* fcvt.s.d 0xc1e0000000000000 rm=rmm frm=None */
	li t0, 0xc1e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4313, f10, 0xffffffffcf000000)
	CHECK_FLAGS(4314, 0x0)
	/* fcvt.s.d 0xc1e0000000100000 rm=rmm frm=None */
	li t0, 0xc1e0000000100000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4315, f10, 0xffffffffcf000000)
	CHECK_FLAGS(4316, 0x1)
	/* fcvt.s.d 0x43e0000000000000 rm=rmm frm=None */
	li t0, 0x43e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4317, f10, 0xffffffff5f000000)
	CHECK_FLAGS(4318, 0x0)
	/* fcvt.s.d 0xc3e0000000000000 rm=rmm frm=None */
	li t0, 0xc3e0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4319, f10, 0xffffffffdf000000)
	CHECK_FLAGS(4320, 0x0)
	/* fcvt.s.d 0x43f0000000000000 rm=rmm frm=None */
	li t0, 0x43f0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4321, f10, 0xffffffff5f800000)
	CHECK_FLAGS(4322, 0x0)
	/* fcvt.s.d 0x43efffffffffffff rm=rmm frm=None */
	li t0, 0x43efffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4323, f10, 0xffffffff5f800000)
	CHECK_FLAGS(4324, 0x1)
	/* fcvt.s.d 0x41efffffffe00000 rm=rmm frm=None */
	li t0, 0x41efffffffe00000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4325, f10, 0xffffffff4f800000)
	CHECK_FLAGS(4326, 0x1)
	/* fcvt.s.d 0x3ff0000010000000 rm=rmm frm=None */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4327, f10, 0xffffffff3f800001)
	CHECK_FLAGS(4328, 0x1)
	/* fcvt.s.d 0x3810000000000000 rm=rmm frm=None */
	li t0, 0x3810000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4329, f10, 0xffffffff00800000)
	CHECK_FLAGS(4330, 0x0)
	/* fcvt.s.d 0x3690000000000000 rm=rmm frm=None */
	li t0, 0x3690000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4331, f10, 0xffffffff00000001)
	CHECK_FLAGS(4332, 0x3)
	/* fcvt.s.d 0x47efffffe0000000 rm=rmm frm=None */
	li t0, 0x47efffffe0000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4333, f10, 0xffffffff7f7fffff)
	CHECK_FLAGS(4334, 0x0)
	/* fcvt.s.d 0x47efffff00000000 rm=rmm frm=None */
	li t0, 0x47efffff00000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4335, f10, 0xffffffff7f7ffff8)
	CHECK_FLAGS(4336, 0x0)
	/* fcvt.s.d 0x36a0000000000000 rm=rmm frm=None */
	li t0, 0x36a0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4337, f10, 0xffffffff00000001)
	CHECK_FLAGS(4338, 0x0)
	/* fcvt.s.d 0x3fefffffffffffff rm=rmm frm=None */
	li t0, 0x3fefffffffffffff; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4339, f10, 0xffffffff3f800000)
	CHECK_FLAGS(4340, 0x1)
	/* fcvt.s.d 0xbcb0000000000000 rm=rmm frm=None */
	li t0, 0xbcb0000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4341, f10, 0xffffffffa5800000)
	CHECK_FLAGS(4342, 0x0)
	/* fcvt.s.d 0xffe2dd0ac601ea8e rm=rmm frm=None */
	li t0, 0xffe2dd0ac601ea8e; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4343, f10, 0xffffffffff800000)
	CHECK_FLAGS(4344, 0x5)
	/* fcvt.s.d 0x3ff5000000000000 rm=rmm frm=None */
	li t0, 0x3ff5000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4345, f10, 0xffffffff3fa80000)
	CHECK_FLAGS(4346, 0x0)
	/* fcvt.s.d 0x7feb800000000000 rm=rmm frm=None */
	li t0, 0x7feb800000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4347, f10, 0xffffffff7f800000)
	CHECK_FLAGS(4348, 0x5)
	/* fcvt.s.d 0xbeb2698fba16ce01 rm=rmm frm=None */
	li t0, 0xbeb2698fba16ce01; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4349, f10, 0xffffffffb5934c7e)
	CHECK_FLAGS(4350, 0x1)
	/* fcvt.s.d 0xc1361dbc087e656d rm=rmm frm=None */
	li t0, 0xc1361dbc087e656d; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4351, f10, 0xffffffffc9b0ede0)
	CHECK_FLAGS(4352, 0x1)
	/* fcvt.s.d 0xbff1000000000000 rm=rmm frm=None */
	li t0, 0xbff1000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4353, f10, 0xffffffffbf880000)
	CHECK_FLAGS(4354, 0x0)
	/* fcvt.s.d 0x89ca800000000000 rm=rmm frm=None */
	li t0, 0x89ca800000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4355, f10, 0xffffffff80000000)
	CHECK_FLAGS(4356, 0x3)
	/* fcvt.s.d 0x5beff2515216 rm=rmm frm=None */
	li t0, 0x5beff2515216; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4357, f10, 0xffffffff00000000)
	CHECK_FLAGS(4358, 0x3)
	/* fcvt.s.d 0x56ecc033e8e25a31 rm=rmm frm=None */
	li t0, 0x56ecc033e8e25a31; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4359, f10, 0xffffffff7f800000)
	CHECK_FLAGS(4360, 0x5)
	/* fcvt.s.d 0xc131c3fc8e39cc88 rm=rmm frm=None */
	li t0, 0xc131c3fc8e39cc88; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4361, f10, 0xffffffffc98e1fe4)
	CHECK_FLAGS(4362, 0x1)
	/* fcvt.s.d 0x1dc2ec1b185243 rm=rmm frm=None */
	li t0, 0x1dc2ec1b185243; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4363, f10, 0xffffffff00000000)
	CHECK_FLAGS(4364, 0x3)
	/* fcvt.s.d 0x8013a99624259c74 rm=rmm frm=None */
	li t0, 0x8013a99624259c74; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4365, f10, 0xffffffff80000000)
	CHECK_FLAGS(4366, 0x3)
	/* fcvt.s.d 0x80032521e378e44c rm=rmm frm=None */
	li t0, 0x80032521e378e44c; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4367, f10, 0xffffffff80000000)
	CHECK_FLAGS(4368, 0x3)
	/* fcvt.s.d 0x800da54419adc719 rm=rmm frm=None */
	li t0, 0x800da54419adc719; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4369, f10, 0xffffffff80000000)
	CHECK_FLAGS(4370, 0x3)
	/* fcvt.s.d 0xbfee2bf03d715c33 rm=rmm frm=None */
	li t0, 0xbfee2bf03d715c33; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4371, f10, 0xffffffffbf715f82)
	CHECK_FLAGS(4372, 0x1)
	/* fcvt.s.d 0xffe9df6b23402b7c rm=rmm frm=None */
	li t0, 0xffe9df6b23402b7c; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4373, f10, 0xffffffffff800000)
	CHECK_FLAGS(4374, 0x5)
	/* fcvt.s.d 0x1125000000000000 rm=rmm frm=None */
	li t0, 0x1125000000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4375, f10, 0xffffffff00000000)
	CHECK_FLAGS(4376, 0x3)
	/* fcvt.s.d 0x815228be1167a956 rm=rmm frm=None */
	li t0, 0x815228be1167a956; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4377, f10, 0xffffffff80000000)
	CHECK_FLAGS(4378, 0x3)
	/* fcvt.s.d 0x1c3e38f0bf231657 rm=rmm frm=None */
	li t0, 0x1c3e38f0bf231657; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4379, f10, 0xffffffff00000000)
	CHECK_FLAGS(4380, 0x3)
	/* fcvt.s.d 0xcc9e800000000000 rm=rmm frm=None */
	li t0, 0xcc9e800000000000; fmv.d.x f11, t0; fcvt.s.d f10, f11, rmm
	CHECK_F(4381, f10, 0xffffffffff800000)
	CHECK_FLAGS(4382, 0x5)
	/* fcvt.s.d 0x3ff0000010000000 rm=None frm=0 */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fsrmi 0; fcvt.s.d f10, f11
	CHECK_F(4383, f10, 0xffffffff3f800000)
	CHECK_FLAGS(4384, 0x1)
	/* fcvt.s.d 0x3ff0000010000000 rm=None frm=1 */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fsrmi 1; fcvt.s.d f10, f11
	CHECK_F(4385, f10, 0xffffffff3f800000)
	CHECK_FLAGS(4386, 0x1)
	/* fcvt.s.d 0x3ff0000010000000 rm=None frm=2 */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fsrmi 2; fcvt.s.d f10, f11
	CHECK_F(4387, f10, 0xffffffff3f800000)
	CHECK_FLAGS(4388, 0x1)
	/* fcvt.s.d 0x3ff0000010000000 rm=None frm=3 */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fsrmi 3; fcvt.s.d f10, f11
	CHECK_F(4389, f10, 0xffffffff3f800001)
	CHECK_FLAGS(4390, 0x1)
	/* fcvt.s.d 0x3ff0000010000000 rm=None frm=4 */
	li t0, 0x3ff0000010000000; fmv.d.x f11, t0; fsrmi 4; fcvt.s.d f10, f11
	CHECK_F(4391, f10, 0xffffffff3f800001)
	CHECK_FLAGS(4392, 0x1)
	/* fcvt.d.s 0xffffffff00000000 rm=None frm=None */
	li t0, 0xffffffff00000000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4393, f10, 0x0)
	CHECK_FLAGS(4394, 0x0)
	/* fcvt.d.s 0xffffffff80000000 rm=None frm=None */
	li t0, 0xffffffff80000000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4395, f10, 0x8000000000000000)
	CHECK_FLAGS(4396, 0x0)
	/* fcvt.d.s 0xffffffff3f800000 rm=None frm=None */
	li t0, 0xffffffff3f800000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4397, f10, 0x3ff0000000000000)
	CHECK_FLAGS(4398, 0x0)
	/* fcvt.d.s 0xffffffffbf800000 rm=None frm=None */
	li t0, 0xffffffffbf800000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4399, f10, 0xbff0000000000000)
	CHECK_FLAGS(4400, 0x0)
	/* fcvt.d.s 0xffffffff3fc00000 rm=None frm=None */
	li t0, 0xffffffff3fc00000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4401, f10, 0x3ff8000000000000)
	CHECK_FLAGS(4402, 0x0)
	/* fcvt.d.s 0xffffffff40200000 rm=None frm=None */
	li t0, 0xffffffff40200000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4403, f10, 0x4004000000000000)
	CHECK_FLAGS(4404, 0x0)
	/* fcvt.d.s 0xffffffffc0200000 rm=None frm=None */
	li t0, 0xffffffffc0200000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4405, f10, 0xc004000000000000)
	CHECK_FLAGS(4406, 0x0)
	/* fcvt.d.s 0xffffffff3f000000 rm=None frm=None */
	li t0, 0xffffffff3f000000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4407, f10, 0x3fe0000000000000)
	CHECK_FLAGS(4408, 0x0)
	/* fcvt.d.s 0xffffffffbf000000 rm=None frm=None */
	li t0, 0xffffffffbf000000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4409, f10, 0xbfe0000000000000)
	CHECK_FLAGS(4410, 0x0)
	/* fcvt.d.s 0xffffffff7f7fffff rm=None frm=None */
	li t0, 0xffffffff7f7fffff; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4411, f10, 0x47efffffe0000000)
	CHECK_FLAGS(4412, 0x0)
	/* fcvt.d.s 0xffffffffff7fffff rm=None frm=None */
	li t0, 0xffffffffff7fffff; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4413, f10, 0xc7efffffe0000000)
	CHECK_FLAGS(4414, 0x0)
	/* fcvt.d.s 0xffffffff00800000 rm=None frm=None */
	li t0, 0xffffffff00800000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4415, f10, 0x3810000000000000)
	CHECK_FLAGS(4416, 0x0)
	/* fcvt.d.s 0xffffffff007fffff rm=None frm=None */
	li t0, 0xffffffff007fffff; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4417, f10, 0x380fffffc0000000)
	CHECK_FLAGS(4418, 0x0)
	/* fcvt.d.s 0xffffffff00000001 rm=None frm=None */
	li t0, 0xffffffff00000001; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4419, f10, 0x36a0000000000000)
	CHECK_FLAGS(4420, 0x0)
	/* fcvt.d.s 0xffffffff80000001 rm=None frm=None */
	li t0, 0xffffffff80000001; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4421, f10, 0xb6a0000000000000)
	CHECK_FLAGS(4422, 0x0)
	/* fcvt.d.s 0xffffffff7f800000 rm=None frm=None */
	li t0, 0xffffffff7f800000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4423, f10, 0x7ff0000000000000)
	CHECK_FLAGS(4424, 0x0)
	/* fcvt.d.s 0xffffffffff800000 rm=None frm=None */
	li t0, 0xffffffffff800000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4425, f10, 0xfff0000000000000)
	CHECK_FLAGS(4426, 0x0)
	/* fcvt.d.s 0xffffffff7fc00000 rm=None frm=None */
	li t0, 0xffffffff7fc00000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4427, f10, 0x7ff8000000000000)
	CHECK_FLAGS(4428, 0x0)
	/* fcvt.d.s 0xffffffff7f800001 rm=None frm=None */
	li t0, 0xffffffff7f800001; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4429, f10, 0x7ff8000000000000)
	CHECK_FLAGS(4430, 0x10)
	/* fcvt.d.s 0xffffffffffc12345 rm=None frm=None */
	li t0, 0xffffffffffc12345; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4431, f10, 0x7ff8000000000000)
	CHECK_FLAGS(4432, 0x0)
	/* fcvt.d.s 0xffffffff3f800001 rm=None frm=None */
	li t0, 0xffffffff3f800001; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4433, f10, 0x3ff0000020000000)
	CHECK_FLAGS(4434, 0x0)
	/* fcvt.d.s 0xffffffff33800000 rm=None frm=None */
	li t0, 0xffffffff33800000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4435, f10, 0x3e70000000000000)
	CHECK_FLAGS(4436, 0x0)
	/* fcvt.d.s 0xffffffff40400000 rm=None frm=None */
	li t0, 0xffffffff40400000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4437, f10, 0x4008000000000000)
	CHECK_FLAGS(4438, 0x0)
	/* fcvt.d.s 0xffffffff3dcccccd rm=None frm=None */
	li t0, 0xffffffff3dcccccd; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4439, f10, 0x3fb99999a0000000)
	CHECK_FLAGS(4440, 0x0)
	/* fcvt.d.s 0xffffffff501502f9 rm=None frm=None */
	li t0, 0xffffffff501502f9; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4441, f10, 0x4202a05f20000000)
	CHECK_FLAGS(4442, 0x0)
	/* fcvt.d.s 0xffffffff4f32d05e rm=None frm=None */
	li t0, 0xffffffff4f32d05e; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4443, f10, 0x41e65a0bc0000000)
	CHECK_FLAGS(4444, 0x0)
	/* fcvt.d.s 0xffffffff4f000000 rm=None frm=None */
	li t0, 0xffffffff4f000000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4445, f10, 0x41e0000000000000)
	CHECK_FLAGS(4446, 0x0)
	/* fcvt.d.s 0xffffffffcf000000 rm=None frm=None */
	li t0, 0xffffffffcf000000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4447, f10, 0xc1e0000000000000)
	CHECK_FLAGS(4448, 0x0)
	/* fcvt.d.s 0xffffffff5f000000 rm=None frm=None */
	li t0, 0xffffffff5f000000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4449, f10, 0x43e0000000000000)
	CHECK_FLAGS(4450, 0x0)
	/* fcvt.d.s 0xffffffff5f800000 rm=None frm=None */
	li t0, 0xffffffff5f800000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4451, f10, 0x43f0000000000000)
	CHECK_FLAGS(4452, 0x0)
	/* fcvt.d.s 0xffffffffdf000000 rm=None frm=None */
	li t0, 0xffffffffdf000000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4453, f10, 0xc3e0000000000000)
	CHECK_FLAGS(4454, 0x0)
	/* fcvt.d.s 0xffffffff4b800001 rm=None frm=None */
	li t0, 0xffffffff4b800001; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4455, f10, 0x4170000020000000)
	CHECK_FLAGS(4456, 0x0)
	/* fcvt.d.s 0xffffffff3f7fffff rm=None frm=None */
	li t0, 0xffffffff3f7fffff; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4457, f10, 0x3fefffffe0000000)
	CHECK_FLAGS(4458, 0x0)
	/* fcvt.d.s 0x3f800000 rm=None frm=None */
	li t0, 0x3f800000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4459, f10, 0x7ff8000000000000)
	CHECK_FLAGS(4460, 0x0)
	/* fcvt.d.s 0x7fc0000000000000 rm=None frm=None */
	li t0, 0x7fc0000000000000; fmv.d.x f11, t0; fcvt.d.s f10, f11
	CHECK_F(4461, f10, 0x7ff8000000000000)
	CHECK_FLAGS(4462, 0x0)
TEST_END
