/* M extension: mulh* with negative values, division by zero and signed overflow */
/* Table-driven: one check per (operation, operands) over edge values. Written by a throwaway
 * script at test-writing time, expected values computed from the RISC-V unprivileged spec
 * with Python integers, and run against qemu-riscv64. Check numbers wrap at 255. */
#include "test.h"

TEST_BEGIN
	/* mul */
	li a1, 0x0; li a2, 0x0; mul a0, a1, a2
	CHECK(1, a0, 0x0)
	li a1, 0x0; li a2, 0x1; mul a0, a1, a2
	CHECK(2, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; mul a0, a1, a2
	CHECK(3, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; mul a0, a1, a2
	CHECK(4, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; mul a0, a1, a2
	CHECK(5, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; mul a0, a1, a2
	CHECK(6, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; mul a0, a1, a2
	CHECK(7, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; mul a0, a1, a2
	CHECK(8, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; mul a0, a1, a2
	CHECK(9, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; mul a0, a1, a2
	CHECK(10, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; mul a0, a1, a2
	CHECK(11, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; mul a0, a1, a2
	CHECK(12, a0, 0x0)
	li a1, 0x1; li a2, 0x0; mul a0, a1, a2
	CHECK(13, a0, 0x0)
	li a1, 0x1; li a2, 0x1; mul a0, a1, a2
	CHECK(14, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffffffffffff; mul a0, a1, a2
	CHECK(15, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x8000000000000000; mul a0, a1, a2
	CHECK(16, a0, 0x8000000000000000)
	li a1, 0x1; li a2, 0x7fffffffffffffff; mul a0, a1, a2
	CHECK(17, a0, 0x7fffffffffffffff)
	li a1, 0x1; li a2, 0x80000000; mul a0, a1, a2
	CHECK(18, a0, 0x80000000)
	li a1, 0x1; li a2, 0x7fffffff; mul a0, a1, a2
	CHECK(19, a0, 0x7fffffff)
	li a1, 0x1; li a2, 0xffffffff80000000; mul a0, a1, a2
	CHECK(20, a0, 0xffffffff80000000)
	li a1, 0x1; li a2, 0x123456789abcdef0; mul a0, a1, a2
	CHECK(21, a0, 0x123456789abcdef0)
	li a1, 0x1; li a2, 0xfffffffffffffff9; mul a0, a1, a2
	CHECK(22, a0, 0xfffffffffffffff9)
	li a1, 0x1; li a2, 0xffffffff; mul a0, a1, a2
	CHECK(23, a0, 0xffffffff)
	li a1, 0x1; li a2, 0xff00000100ff80; mul a0, a1, a2
	CHECK(24, a0, 0xff00000100ff80)
	li a1, 0xffffffffffffffff; li a2, 0x0; mul a0, a1, a2
	CHECK(25, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x1; mul a0, a1, a2
	CHECK(26, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; mul a0, a1, a2
	CHECK(27, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; mul a0, a1, a2
	CHECK(28, a0, 0x8000000000000000)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; mul a0, a1, a2
	CHECK(29, a0, 0x8000000000000001)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; mul a0, a1, a2
	CHECK(30, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; mul a0, a1, a2
	CHECK(31, a0, 0xffffffff80000001)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; mul a0, a1, a2
	CHECK(32, a0, 0x80000000)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; mul a0, a1, a2
	CHECK(33, a0, 0xedcba98765432110)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; mul a0, a1, a2
	CHECK(34, a0, 0x7)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; mul a0, a1, a2
	CHECK(35, a0, 0xffffffff00000001)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; mul a0, a1, a2
	CHECK(36, a0, 0xff00fffffeff0080)
	li a1, 0x8000000000000000; li a2, 0x0; mul a0, a1, a2
	CHECK(37, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; mul a0, a1, a2
	CHECK(38, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; mul a0, a1, a2
	CHECK(39, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; mul a0, a1, a2
	CHECK(40, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; mul a0, a1, a2
	CHECK(41, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x80000000; mul a0, a1, a2
	CHECK(42, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; mul a0, a1, a2
	CHECK(43, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; mul a0, a1, a2
	CHECK(44, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; mul a0, a1, a2
	CHECK(45, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; mul a0, a1, a2
	CHECK(46, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xffffffff; mul a0, a1, a2
	CHECK(47, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; mul a0, a1, a2
	CHECK(48, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; mul a0, a1, a2
	CHECK(49, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x1; mul a0, a1, a2
	CHECK(50, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; mul a0, a1, a2
	CHECK(51, a0, 0x8000000000000001)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; mul a0, a1, a2
	CHECK(52, a0, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; mul a0, a1, a2
	CHECK(53, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; mul a0, a1, a2
	CHECK(54, a0, 0xffffffff80000000)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; mul a0, a1, a2
	CHECK(55, a0, 0x7fffffff80000001)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; mul a0, a1, a2
	CHECK(56, a0, 0x80000000)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; mul a0, a1, a2
	CHECK(57, a0, 0xedcba98765432110)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; mul a0, a1, a2
	CHECK(58, a0, 0x8000000000000007)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; mul a0, a1, a2
	CHECK(59, a0, 0x7fffffff00000001)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; mul a0, a1, a2
	CHECK(60, a0, 0xff00fffffeff0080)
	li a1, 0x80000000; li a2, 0x0; mul a0, a1, a2
	CHECK(61, a0, 0x0)
	li a1, 0x80000000; li a2, 0x1; mul a0, a1, a2
	CHECK(62, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; mul a0, a1, a2
	CHECK(63, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x8000000000000000; mul a0, a1, a2
	CHECK(64, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; mul a0, a1, a2
	CHECK(65, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x80000000; mul a0, a1, a2
	CHECK(66, a0, 0x4000000000000000)
	li a1, 0x80000000; li a2, 0x7fffffff; mul a0, a1, a2
	CHECK(67, a0, 0x3fffffff80000000)
	li a1, 0x80000000; li a2, 0xffffffff80000000; mul a0, a1, a2
	CHECK(68, a0, 0xc000000000000000)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; mul a0, a1, a2
	CHECK(69, a0, 0x4d5e6f7800000000)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; mul a0, a1, a2
	CHECK(70, a0, 0xfffffffc80000000)
	li a1, 0x80000000; li a2, 0xffffffff; mul a0, a1, a2
	CHECK(71, a0, 0x7fffffff80000000)
	li a1, 0x80000000; li a2, 0xff00000100ff80; mul a0, a1, a2
	CHECK(72, a0, 0x807fc000000000)
	li a1, 0x7fffffff; li a2, 0x0; mul a0, a1, a2
	CHECK(73, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x1; mul a0, a1, a2
	CHECK(74, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; mul a0, a1, a2
	CHECK(75, a0, 0xffffffff80000001)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; mul a0, a1, a2
	CHECK(76, a0, 0x8000000000000000)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; mul a0, a1, a2
	CHECK(77, a0, 0x7fffffff80000001)
	li a1, 0x7fffffff; li a2, 0x80000000; mul a0, a1, a2
	CHECK(78, a0, 0x3fffffff80000000)
	li a1, 0x7fffffff; li a2, 0x7fffffff; mul a0, a1, a2
	CHECK(79, a0, 0x3fffffff00000001)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; mul a0, a1, a2
	CHECK(80, a0, 0xc000000080000000)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; mul a0, a1, a2
	CHECK(81, a0, 0x3b2a18ff65432110)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; mul a0, a1, a2
	CHECK(82, a0, 0xfffffffc80000007)
	li a1, 0x7fffffff; li a2, 0xffffffff; mul a0, a1, a2
	CHECK(83, a0, 0x7ffffffe80000001)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; mul a0, a1, a2
	CHECK(84, a0, 0xff817fbffeff0080)
	li a1, 0xffffffff80000000; li a2, 0x0; mul a0, a1, a2
	CHECK(85, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x1; mul a0, a1, a2
	CHECK(86, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; mul a0, a1, a2
	CHECK(87, a0, 0x80000000)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; mul a0, a1, a2
	CHECK(88, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; mul a0, a1, a2
	CHECK(89, a0, 0x80000000)
	li a1, 0xffffffff80000000; li a2, 0x80000000; mul a0, a1, a2
	CHECK(90, a0, 0xc000000000000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; mul a0, a1, a2
	CHECK(91, a0, 0xc000000080000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; mul a0, a1, a2
	CHECK(92, a0, 0x4000000000000000)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; mul a0, a1, a2
	CHECK(93, a0, 0xb2a1908800000000)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; mul a0, a1, a2
	CHECK(94, a0, 0x380000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; mul a0, a1, a2
	CHECK(95, a0, 0x8000000080000000)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; mul a0, a1, a2
	CHECK(96, a0, 0xff7f804000000000)
	li a1, 0x123456789abcdef0; li a2, 0x0; mul a0, a1, a2
	CHECK(97, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x1; mul a0, a1, a2
	CHECK(98, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; mul a0, a1, a2
	CHECK(99, a0, 0xedcba98765432110)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; mul a0, a1, a2
	CHECK(100, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; mul a0, a1, a2
	CHECK(101, a0, 0xedcba98765432110)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; mul a0, a1, a2
	CHECK(102, a0, 0x4d5e6f7800000000)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; mul a0, a1, a2
	CHECK(103, a0, 0x3b2a18ff65432110)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; mul a0, a1, a2
	CHECK(104, a0, 0xb2a1908800000000)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; mul a0, a1, a2
	CHECK(105, a0, 0xa5e20890f2a52100)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; mul a0, a1, a2
	CHECK(106, a0, 0x8091a2b3c4d5e770)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; mul a0, a1, a2
	CHECK(107, a0, 0x8888887765432110)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; mul a0, a1, a2
	CHECK(108, a0, 0xc5f81b4e70808800)
	li a1, 0xfffffffffffffff9; li a2, 0x0; mul a0, a1, a2
	CHECK(109, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x1; mul a0, a1, a2
	CHECK(110, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; mul a0, a1, a2
	CHECK(111, a0, 0x7)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; mul a0, a1, a2
	CHECK(112, a0, 0x8000000000000000)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; mul a0, a1, a2
	CHECK(113, a0, 0x8000000000000007)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; mul a0, a1, a2
	CHECK(114, a0, 0xfffffffc80000000)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; mul a0, a1, a2
	CHECK(115, a0, 0xfffffffc80000007)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; mul a0, a1, a2
	CHECK(116, a0, 0x380000000)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; mul a0, a1, a2
	CHECK(117, a0, 0x8091a2b3c4d5e770)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; mul a0, a1, a2
	CHECK(118, a0, 0x31)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; mul a0, a1, a2
	CHECK(119, a0, 0xfffffff900000007)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; mul a0, a1, a2
	CHECK(120, a0, 0xf906fffff8f90380)
	li a1, 0xffffffff; li a2, 0x0; mul a0, a1, a2
	CHECK(121, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x1; mul a0, a1, a2
	CHECK(122, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; mul a0, a1, a2
	CHECK(123, a0, 0xffffffff00000001)
	li a1, 0xffffffff; li a2, 0x8000000000000000; mul a0, a1, a2
	CHECK(124, a0, 0x8000000000000000)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; mul a0, a1, a2
	CHECK(125, a0, 0x7fffffff00000001)
	li a1, 0xffffffff; li a2, 0x80000000; mul a0, a1, a2
	CHECK(126, a0, 0x7fffffff80000000)
	li a1, 0xffffffff; li a2, 0x7fffffff; mul a0, a1, a2
	CHECK(127, a0, 0x7ffffffe80000001)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; mul a0, a1, a2
	CHECK(128, a0, 0x8000000080000000)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; mul a0, a1, a2
	CHECK(129, a0, 0x8888887765432110)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; mul a0, a1, a2
	CHECK(130, a0, 0xfffffff900000007)
	li a1, 0xffffffff; li a2, 0xffffffff; mul a0, a1, a2
	CHECK(131, a0, 0xfffffffe00000001)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; mul a0, a1, a2
	CHECK(132, a0, 0x1ff7ffeff0080)
	li a1, 0xff00000100ff80; li a2, 0x0; mul a0, a1, a2
	CHECK(133, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x1; mul a0, a1, a2
	CHECK(134, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; mul a0, a1, a2
	CHECK(135, a0, 0xff00fffffeff0080)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; mul a0, a1, a2
	CHECK(136, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; mul a0, a1, a2
	CHECK(137, a0, 0xff00fffffeff0080)
	li a1, 0xff00000100ff80; li a2, 0x80000000; mul a0, a1, a2
	CHECK(138, a0, 0x807fc000000000)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; mul a0, a1, a2
	CHECK(139, a0, 0xff817fbffeff0080)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; mul a0, a1, a2
	CHECK(140, a0, 0xff7f804000000000)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; mul a0, a1, a2
	CHECK(141, a0, 0xc5f81b4e70808800)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; mul a0, a1, a2
	CHECK(142, a0, 0xf906fffff8f90380)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; mul a0, a1, a2
	CHECK(143, a0, 0x1ff7ffeff0080)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; mul a0, a1, a2
	CHECK(144, a0, 0x10101ffff004000)
	/* mulh */
	li a1, 0x0; li a2, 0x0; mulh a0, a1, a2
	CHECK(145, a0, 0x0)
	li a1, 0x0; li a2, 0x1; mulh a0, a1, a2
	CHECK(146, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; mulh a0, a1, a2
	CHECK(147, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; mulh a0, a1, a2
	CHECK(148, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; mulh a0, a1, a2
	CHECK(149, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; mulh a0, a1, a2
	CHECK(150, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; mulh a0, a1, a2
	CHECK(151, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; mulh a0, a1, a2
	CHECK(152, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; mulh a0, a1, a2
	CHECK(153, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; mulh a0, a1, a2
	CHECK(154, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; mulh a0, a1, a2
	CHECK(155, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; mulh a0, a1, a2
	CHECK(156, a0, 0x0)
	li a1, 0x1; li a2, 0x0; mulh a0, a1, a2
	CHECK(157, a0, 0x0)
	li a1, 0x1; li a2, 0x1; mulh a0, a1, a2
	CHECK(158, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; mulh a0, a1, a2
	CHECK(159, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x8000000000000000; mulh a0, a1, a2
	CHECK(160, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x7fffffffffffffff; mulh a0, a1, a2
	CHECK(161, a0, 0x0)
	li a1, 0x1; li a2, 0x80000000; mulh a0, a1, a2
	CHECK(162, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffff; mulh a0, a1, a2
	CHECK(163, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff80000000; mulh a0, a1, a2
	CHECK(164, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x123456789abcdef0; mulh a0, a1, a2
	CHECK(165, a0, 0x0)
	li a1, 0x1; li a2, 0xfffffffffffffff9; mulh a0, a1, a2
	CHECK(166, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0xffffffff; mulh a0, a1, a2
	CHECK(167, a0, 0x0)
	li a1, 0x1; li a2, 0xff00000100ff80; mulh a0, a1, a2
	CHECK(168, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x0; mulh a0, a1, a2
	CHECK(169, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x1; mulh a0, a1, a2
	CHECK(170, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; mulh a0, a1, a2
	CHECK(171, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; mulh a0, a1, a2
	CHECK(172, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; mulh a0, a1, a2
	CHECK(173, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; mulh a0, a1, a2
	CHECK(174, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; mulh a0, a1, a2
	CHECK(175, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; mulh a0, a1, a2
	CHECK(176, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; mulh a0, a1, a2
	CHECK(177, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; mulh a0, a1, a2
	CHECK(178, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; mulh a0, a1, a2
	CHECK(179, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; mulh a0, a1, a2
	CHECK(180, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x0; mulh a0, a1, a2
	CHECK(181, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; mulh a0, a1, a2
	CHECK(182, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; mulh a0, a1, a2
	CHECK(183, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; mulh a0, a1, a2
	CHECK(184, a0, 0x4000000000000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; mulh a0, a1, a2
	CHECK(185, a0, 0xc000000000000000)
	li a1, 0x8000000000000000; li a2, 0x80000000; mulh a0, a1, a2
	CHECK(186, a0, 0xffffffffc0000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; mulh a0, a1, a2
	CHECK(187, a0, 0xffffffffc0000000)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; mulh a0, a1, a2
	CHECK(188, a0, 0x40000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; mulh a0, a1, a2
	CHECK(189, a0, 0xf6e5d4c3b2a19088)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; mulh a0, a1, a2
	CHECK(190, a0, 0x3)
	li a1, 0x8000000000000000; li a2, 0xffffffff; mulh a0, a1, a2
	CHECK(191, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; mulh a0, a1, a2
	CHECK(192, a0, 0xff807fffff7f8040)
	li a1, 0x7fffffffffffffff; li a2, 0x0; mulh a0, a1, a2
	CHECK(193, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x1; mulh a0, a1, a2
	CHECK(194, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; mulh a0, a1, a2
	CHECK(195, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; mulh a0, a1, a2
	CHECK(196, a0, 0xc000000000000000)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; mulh a0, a1, a2
	CHECK(197, a0, 0x3fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; mulh a0, a1, a2
	CHECK(198, a0, 0x3fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; mulh a0, a1, a2
	CHECK(199, a0, 0x3fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; mulh a0, a1, a2
	CHECK(200, a0, 0xffffffffc0000000)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; mulh a0, a1, a2
	CHECK(201, a0, 0x91a2b3c4d5e6f77)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; mulh a0, a1, a2
	CHECK(202, a0, 0xfffffffffffffffc)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; mulh a0, a1, a2
	CHECK(203, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; mulh a0, a1, a2
	CHECK(204, a0, 0x7f800000807fbf)
	li a1, 0x80000000; li a2, 0x0; mulh a0, a1, a2
	CHECK(205, a0, 0x0)
	li a1, 0x80000000; li a2, 0x1; mulh a0, a1, a2
	CHECK(206, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; mulh a0, a1, a2
	CHECK(207, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x8000000000000000; mulh a0, a1, a2
	CHECK(208, a0, 0xffffffffc0000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; mulh a0, a1, a2
	CHECK(209, a0, 0x3fffffff)
	li a1, 0x80000000; li a2, 0x80000000; mulh a0, a1, a2
	CHECK(210, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffff; mulh a0, a1, a2
	CHECK(211, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffff80000000; mulh a0, a1, a2
	CHECK(212, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; mulh a0, a1, a2
	CHECK(213, a0, 0x91a2b3c)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; mulh a0, a1, a2
	CHECK(214, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0xffffffff; mulh a0, a1, a2
	CHECK(215, a0, 0x0)
	li a1, 0x80000000; li a2, 0xff00000100ff80; mulh a0, a1, a2
	CHECK(216, a0, 0x7f8000)
	li a1, 0x7fffffff; li a2, 0x0; mulh a0, a1, a2
	CHECK(217, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x1; mulh a0, a1, a2
	CHECK(218, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; mulh a0, a1, a2
	CHECK(219, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; mulh a0, a1, a2
	CHECK(220, a0, 0xffffffffc0000000)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; mulh a0, a1, a2
	CHECK(221, a0, 0x3fffffff)
	li a1, 0x7fffffff; li a2, 0x80000000; mulh a0, a1, a2
	CHECK(222, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x7fffffff; mulh a0, a1, a2
	CHECK(223, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; mulh a0, a1, a2
	CHECK(224, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; mulh a0, a1, a2
	CHECK(225, a0, 0x91a2b3c)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; mulh a0, a1, a2
	CHECK(226, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0xffffffff; mulh a0, a1, a2
	CHECK(227, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; mulh a0, a1, a2
	CHECK(228, a0, 0x7f7fff)
	li a1, 0xffffffff80000000; li a2, 0x0; mulh a0, a1, a2
	CHECK(229, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x1; mulh a0, a1, a2
	CHECK(230, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; mulh a0, a1, a2
	CHECK(231, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; mulh a0, a1, a2
	CHECK(232, a0, 0x40000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; mulh a0, a1, a2
	CHECK(233, a0, 0xffffffffc0000000)
	li a1, 0xffffffff80000000; li a2, 0x80000000; mulh a0, a1, a2
	CHECK(234, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; mulh a0, a1, a2
	CHECK(235, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; mulh a0, a1, a2
	CHECK(236, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; mulh a0, a1, a2
	CHECK(237, a0, 0xfffffffff6e5d4c3)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; mulh a0, a1, a2
	CHECK(238, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; mulh a0, a1, a2
	CHECK(239, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; mulh a0, a1, a2
	CHECK(240, a0, 0xffffffffff807fff)
	li a1, 0x123456789abcdef0; li a2, 0x0; mulh a0, a1, a2
	CHECK(241, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x1; mulh a0, a1, a2
	CHECK(242, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; mulh a0, a1, a2
	CHECK(243, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; mulh a0, a1, a2
	CHECK(244, a0, 0xf6e5d4c3b2a19088)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; mulh a0, a1, a2
	CHECK(245, a0, 0x91a2b3c4d5e6f77)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; mulh a0, a1, a2
	CHECK(246, a0, 0x91a2b3c)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; mulh a0, a1, a2
	CHECK(247, a0, 0x91a2b3c)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; mulh a0, a1, a2
	CHECK(248, a0, 0xfffffffff6e5d4c3)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; mulh a0, a1, a2
	CHECK(249, a0, 0x14b66dc33f6acdc)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; mulh a0, a1, a2
	CHECK(250, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; mulh a0, a1, a2
	CHECK(251, a0, 0x12345678)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; mulh a0, a1, a2
	CHECK(252, a0, 0x122222223468a3)
	li a1, 0xfffffffffffffff9; li a2, 0x0; mulh a0, a1, a2
	CHECK(253, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x1; mulh a0, a1, a2
	CHECK(254, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; mulh a0, a1, a2
	CHECK(255, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; mulh a0, a1, a2
	CHECK(1, a0, 0x3)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; mulh a0, a1, a2
	CHECK(2, a0, 0xfffffffffffffffc)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; mulh a0, a1, a2
	CHECK(3, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; mulh a0, a1, a2
	CHECK(4, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; mulh a0, a1, a2
	CHECK(5, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; mulh a0, a1, a2
	CHECK(6, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; mulh a0, a1, a2
	CHECK(7, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; mulh a0, a1, a2
	CHECK(8, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; mulh a0, a1, a2
	CHECK(9, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x0; mulh a0, a1, a2
	CHECK(10, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x1; mulh a0, a1, a2
	CHECK(11, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; mulh a0, a1, a2
	CHECK(12, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x8000000000000000; mulh a0, a1, a2
	CHECK(13, a0, 0xffffffff80000000)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; mulh a0, a1, a2
	CHECK(14, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x80000000; mulh a0, a1, a2
	CHECK(15, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x7fffffff; mulh a0, a1, a2
	CHECK(16, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; mulh a0, a1, a2
	CHECK(17, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; mulh a0, a1, a2
	CHECK(18, a0, 0x12345678)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; mulh a0, a1, a2
	CHECK(19, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0xffffffff; mulh a0, a1, a2
	CHECK(20, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; mulh a0, a1, a2
	CHECK(21, a0, 0xff0000)
	li a1, 0xff00000100ff80; li a2, 0x0; mulh a0, a1, a2
	CHECK(22, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x1; mulh a0, a1, a2
	CHECK(23, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; mulh a0, a1, a2
	CHECK(24, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; mulh a0, a1, a2
	CHECK(25, a0, 0xff807fffff7f8040)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; mulh a0, a1, a2
	CHECK(26, a0, 0x7f800000807fbf)
	li a1, 0xff00000100ff80; li a2, 0x80000000; mulh a0, a1, a2
	CHECK(27, a0, 0x7f8000)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; mulh a0, a1, a2
	CHECK(28, a0, 0x7f7fff)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; mulh a0, a1, a2
	CHECK(29, a0, 0xffffffffff807fff)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; mulh a0, a1, a2
	CHECK(30, a0, 0x122222223468a3)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; mulh a0, a1, a2
	CHECK(31, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; mulh a0, a1, a2
	CHECK(32, a0, 0xff0000)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; mulh a0, a1, a2
	CHECK(33, a0, 0xfe010001fffd)
	/* mulhsu */
	li a1, 0x0; li a2, 0x0; mulhsu a0, a1, a2
	CHECK(34, a0, 0x0)
	li a1, 0x0; li a2, 0x1; mulhsu a0, a1, a2
	CHECK(35, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; mulhsu a0, a1, a2
	CHECK(36, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; mulhsu a0, a1, a2
	CHECK(37, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; mulhsu a0, a1, a2
	CHECK(38, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; mulhsu a0, a1, a2
	CHECK(39, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; mulhsu a0, a1, a2
	CHECK(40, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; mulhsu a0, a1, a2
	CHECK(41, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; mulhsu a0, a1, a2
	CHECK(42, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; mulhsu a0, a1, a2
	CHECK(43, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; mulhsu a0, a1, a2
	CHECK(44, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; mulhsu a0, a1, a2
	CHECK(45, a0, 0x0)
	li a1, 0x1; li a2, 0x0; mulhsu a0, a1, a2
	CHECK(46, a0, 0x0)
	li a1, 0x1; li a2, 0x1; mulhsu a0, a1, a2
	CHECK(47, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; mulhsu a0, a1, a2
	CHECK(48, a0, 0x0)
	li a1, 0x1; li a2, 0x8000000000000000; mulhsu a0, a1, a2
	CHECK(49, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffffffffffff; mulhsu a0, a1, a2
	CHECK(50, a0, 0x0)
	li a1, 0x1; li a2, 0x80000000; mulhsu a0, a1, a2
	CHECK(51, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffff; mulhsu a0, a1, a2
	CHECK(52, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff80000000; mulhsu a0, a1, a2
	CHECK(53, a0, 0x0)
	li a1, 0x1; li a2, 0x123456789abcdef0; mulhsu a0, a1, a2
	CHECK(54, a0, 0x0)
	li a1, 0x1; li a2, 0xfffffffffffffff9; mulhsu a0, a1, a2
	CHECK(55, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff; mulhsu a0, a1, a2
	CHECK(56, a0, 0x0)
	li a1, 0x1; li a2, 0xff00000100ff80; mulhsu a0, a1, a2
	CHECK(57, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x0; mulhsu a0, a1, a2
	CHECK(58, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x1; mulhsu a0, a1, a2
	CHECK(59, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; mulhsu a0, a1, a2
	CHECK(60, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; mulhsu a0, a1, a2
	CHECK(61, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; mulhsu a0, a1, a2
	CHECK(62, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; mulhsu a0, a1, a2
	CHECK(63, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; mulhsu a0, a1, a2
	CHECK(64, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; mulhsu a0, a1, a2
	CHECK(65, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; mulhsu a0, a1, a2
	CHECK(66, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; mulhsu a0, a1, a2
	CHECK(67, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; mulhsu a0, a1, a2
	CHECK(68, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; mulhsu a0, a1, a2
	CHECK(69, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x0; mulhsu a0, a1, a2
	CHECK(70, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; mulhsu a0, a1, a2
	CHECK(71, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; mulhsu a0, a1, a2
	CHECK(72, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; mulhsu a0, a1, a2
	CHECK(73, a0, 0xc000000000000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; mulhsu a0, a1, a2
	CHECK(74, a0, 0xc000000000000000)
	li a1, 0x8000000000000000; li a2, 0x80000000; mulhsu a0, a1, a2
	CHECK(75, a0, 0xffffffffc0000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; mulhsu a0, a1, a2
	CHECK(76, a0, 0xffffffffc0000000)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; mulhsu a0, a1, a2
	CHECK(77, a0, 0x8000000040000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; mulhsu a0, a1, a2
	CHECK(78, a0, 0xf6e5d4c3b2a19088)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; mulhsu a0, a1, a2
	CHECK(79, a0, 0x8000000000000003)
	li a1, 0x8000000000000000; li a2, 0xffffffff; mulhsu a0, a1, a2
	CHECK(80, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; mulhsu a0, a1, a2
	CHECK(81, a0, 0xff807fffff7f8040)
	li a1, 0x7fffffffffffffff; li a2, 0x0; mulhsu a0, a1, a2
	CHECK(82, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x1; mulhsu a0, a1, a2
	CHECK(83, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; mulhsu a0, a1, a2
	CHECK(84, a0, 0x7ffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; mulhsu a0, a1, a2
	CHECK(85, a0, 0x3fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; mulhsu a0, a1, a2
	CHECK(86, a0, 0x3fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; mulhsu a0, a1, a2
	CHECK(87, a0, 0x3fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; mulhsu a0, a1, a2
	CHECK(88, a0, 0x3fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; mulhsu a0, a1, a2
	CHECK(89, a0, 0x7fffffffbfffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; mulhsu a0, a1, a2
	CHECK(90, a0, 0x91a2b3c4d5e6f77)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; mulhsu a0, a1, a2
	CHECK(91, a0, 0x7ffffffffffffffb)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; mulhsu a0, a1, a2
	CHECK(92, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; mulhsu a0, a1, a2
	CHECK(93, a0, 0x7f800000807fbf)
	li a1, 0x80000000; li a2, 0x0; mulhsu a0, a1, a2
	CHECK(94, a0, 0x0)
	li a1, 0x80000000; li a2, 0x1; mulhsu a0, a1, a2
	CHECK(95, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; mulhsu a0, a1, a2
	CHECK(96, a0, 0x7fffffff)
	li a1, 0x80000000; li a2, 0x8000000000000000; mulhsu a0, a1, a2
	CHECK(97, a0, 0x40000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; mulhsu a0, a1, a2
	CHECK(98, a0, 0x3fffffff)
	li a1, 0x80000000; li a2, 0x80000000; mulhsu a0, a1, a2
	CHECK(99, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffff; mulhsu a0, a1, a2
	CHECK(100, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffff80000000; mulhsu a0, a1, a2
	CHECK(101, a0, 0x7fffffff)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; mulhsu a0, a1, a2
	CHECK(102, a0, 0x91a2b3c)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; mulhsu a0, a1, a2
	CHECK(103, a0, 0x7fffffff)
	li a1, 0x80000000; li a2, 0xffffffff; mulhsu a0, a1, a2
	CHECK(104, a0, 0x0)
	li a1, 0x80000000; li a2, 0xff00000100ff80; mulhsu a0, a1, a2
	CHECK(105, a0, 0x7f8000)
	li a1, 0x7fffffff; li a2, 0x0; mulhsu a0, a1, a2
	CHECK(106, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x1; mulhsu a0, a1, a2
	CHECK(107, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; mulhsu a0, a1, a2
	CHECK(108, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; mulhsu a0, a1, a2
	CHECK(109, a0, 0x3fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; mulhsu a0, a1, a2
	CHECK(110, a0, 0x3fffffff)
	li a1, 0x7fffffff; li a2, 0x80000000; mulhsu a0, a1, a2
	CHECK(111, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x7fffffff; mulhsu a0, a1, a2
	CHECK(112, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; mulhsu a0, a1, a2
	CHECK(113, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; mulhsu a0, a1, a2
	CHECK(114, a0, 0x91a2b3c)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; mulhsu a0, a1, a2
	CHECK(115, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0xffffffff; mulhsu a0, a1, a2
	CHECK(116, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; mulhsu a0, a1, a2
	CHECK(117, a0, 0x7f7fff)
	li a1, 0xffffffff80000000; li a2, 0x0; mulhsu a0, a1, a2
	CHECK(118, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x1; mulhsu a0, a1, a2
	CHECK(119, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; mulhsu a0, a1, a2
	CHECK(120, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; mulhsu a0, a1, a2
	CHECK(121, a0, 0xffffffffc0000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; mulhsu a0, a1, a2
	CHECK(122, a0, 0xffffffffc0000000)
	li a1, 0xffffffff80000000; li a2, 0x80000000; mulhsu a0, a1, a2
	CHECK(123, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; mulhsu a0, a1, a2
	CHECK(124, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; mulhsu a0, a1, a2
	CHECK(125, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; mulhsu a0, a1, a2
	CHECK(126, a0, 0xfffffffff6e5d4c3)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; mulhsu a0, a1, a2
	CHECK(127, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; mulhsu a0, a1, a2
	CHECK(128, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; mulhsu a0, a1, a2
	CHECK(129, a0, 0xffffffffff807fff)
	li a1, 0x123456789abcdef0; li a2, 0x0; mulhsu a0, a1, a2
	CHECK(130, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x1; mulhsu a0, a1, a2
	CHECK(131, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; mulhsu a0, a1, a2
	CHECK(132, a0, 0x123456789abcdeef)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; mulhsu a0, a1, a2
	CHECK(133, a0, 0x91a2b3c4d5e6f78)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; mulhsu a0, a1, a2
	CHECK(134, a0, 0x91a2b3c4d5e6f77)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; mulhsu a0, a1, a2
	CHECK(135, a0, 0x91a2b3c)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; mulhsu a0, a1, a2
	CHECK(136, a0, 0x91a2b3c)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; mulhsu a0, a1, a2
	CHECK(137, a0, 0x1234567891a2b3b3)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; mulhsu a0, a1, a2
	CHECK(138, a0, 0x14b66dc33f6acdc)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; mulhsu a0, a1, a2
	CHECK(139, a0, 0x123456789abcdeef)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; mulhsu a0, a1, a2
	CHECK(140, a0, 0x12345678)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; mulhsu a0, a1, a2
	CHECK(141, a0, 0x122222223468a3)
	li a1, 0xfffffffffffffff9; li a2, 0x0; mulhsu a0, a1, a2
	CHECK(142, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x1; mulhsu a0, a1, a2
	CHECK(143, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; mulhsu a0, a1, a2
	CHECK(144, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; mulhsu a0, a1, a2
	CHECK(145, a0, 0xfffffffffffffffc)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; mulhsu a0, a1, a2
	CHECK(146, a0, 0xfffffffffffffffc)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; mulhsu a0, a1, a2
	CHECK(147, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; mulhsu a0, a1, a2
	CHECK(148, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; mulhsu a0, a1, a2
	CHECK(149, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; mulhsu a0, a1, a2
	CHECK(150, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; mulhsu a0, a1, a2
	CHECK(151, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; mulhsu a0, a1, a2
	CHECK(152, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; mulhsu a0, a1, a2
	CHECK(153, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x0; mulhsu a0, a1, a2
	CHECK(154, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x1; mulhsu a0, a1, a2
	CHECK(155, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; mulhsu a0, a1, a2
	CHECK(156, a0, 0xfffffffe)
	li a1, 0xffffffff; li a2, 0x8000000000000000; mulhsu a0, a1, a2
	CHECK(157, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; mulhsu a0, a1, a2
	CHECK(158, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x80000000; mulhsu a0, a1, a2
	CHECK(159, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x7fffffff; mulhsu a0, a1, a2
	CHECK(160, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; mulhsu a0, a1, a2
	CHECK(161, a0, 0xfffffffe)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; mulhsu a0, a1, a2
	CHECK(162, a0, 0x12345678)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; mulhsu a0, a1, a2
	CHECK(163, a0, 0xfffffffe)
	li a1, 0xffffffff; li a2, 0xffffffff; mulhsu a0, a1, a2
	CHECK(164, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; mulhsu a0, a1, a2
	CHECK(165, a0, 0xff0000)
	li a1, 0xff00000100ff80; li a2, 0x0; mulhsu a0, a1, a2
	CHECK(166, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x1; mulhsu a0, a1, a2
	CHECK(167, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; mulhsu a0, a1, a2
	CHECK(168, a0, 0xff00000100ff7f)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; mulhsu a0, a1, a2
	CHECK(169, a0, 0x7f800000807fc0)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; mulhsu a0, a1, a2
	CHECK(170, a0, 0x7f800000807fbf)
	li a1, 0xff00000100ff80; li a2, 0x80000000; mulhsu a0, a1, a2
	CHECK(171, a0, 0x7f8000)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; mulhsu a0, a1, a2
	CHECK(172, a0, 0x7f7fff)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; mulhsu a0, a1, a2
	CHECK(173, a0, 0xff000000817f7f)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; mulhsu a0, a1, a2
	CHECK(174, a0, 0x122222223468a3)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; mulhsu a0, a1, a2
	CHECK(175, a0, 0xff00000100ff7f)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; mulhsu a0, a1, a2
	CHECK(176, a0, 0xff0000)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; mulhsu a0, a1, a2
	CHECK(177, a0, 0xfe010001fffd)
	/* mulhu */
	li a1, 0x0; li a2, 0x0; mulhu a0, a1, a2
	CHECK(178, a0, 0x0)
	li a1, 0x0; li a2, 0x1; mulhu a0, a1, a2
	CHECK(179, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; mulhu a0, a1, a2
	CHECK(180, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; mulhu a0, a1, a2
	CHECK(181, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; mulhu a0, a1, a2
	CHECK(182, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; mulhu a0, a1, a2
	CHECK(183, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; mulhu a0, a1, a2
	CHECK(184, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; mulhu a0, a1, a2
	CHECK(185, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; mulhu a0, a1, a2
	CHECK(186, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; mulhu a0, a1, a2
	CHECK(187, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; mulhu a0, a1, a2
	CHECK(188, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; mulhu a0, a1, a2
	CHECK(189, a0, 0x0)
	li a1, 0x1; li a2, 0x0; mulhu a0, a1, a2
	CHECK(190, a0, 0x0)
	li a1, 0x1; li a2, 0x1; mulhu a0, a1, a2
	CHECK(191, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; mulhu a0, a1, a2
	CHECK(192, a0, 0x0)
	li a1, 0x1; li a2, 0x8000000000000000; mulhu a0, a1, a2
	CHECK(193, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffffffffffff; mulhu a0, a1, a2
	CHECK(194, a0, 0x0)
	li a1, 0x1; li a2, 0x80000000; mulhu a0, a1, a2
	CHECK(195, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffff; mulhu a0, a1, a2
	CHECK(196, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff80000000; mulhu a0, a1, a2
	CHECK(197, a0, 0x0)
	li a1, 0x1; li a2, 0x123456789abcdef0; mulhu a0, a1, a2
	CHECK(198, a0, 0x0)
	li a1, 0x1; li a2, 0xfffffffffffffff9; mulhu a0, a1, a2
	CHECK(199, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff; mulhu a0, a1, a2
	CHECK(200, a0, 0x0)
	li a1, 0x1; li a2, 0xff00000100ff80; mulhu a0, a1, a2
	CHECK(201, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x0; mulhu a0, a1, a2
	CHECK(202, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x1; mulhu a0, a1, a2
	CHECK(203, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; mulhu a0, a1, a2
	CHECK(204, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; mulhu a0, a1, a2
	CHECK(205, a0, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; mulhu a0, a1, a2
	CHECK(206, a0, 0x7ffffffffffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; mulhu a0, a1, a2
	CHECK(207, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; mulhu a0, a1, a2
	CHECK(208, a0, 0x7ffffffe)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; mulhu a0, a1, a2
	CHECK(209, a0, 0xffffffff7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; mulhu a0, a1, a2
	CHECK(210, a0, 0x123456789abcdeef)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; mulhu a0, a1, a2
	CHECK(211, a0, 0xfffffffffffffff8)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; mulhu a0, a1, a2
	CHECK(212, a0, 0xfffffffe)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; mulhu a0, a1, a2
	CHECK(213, a0, 0xff00000100ff7f)
	li a1, 0x8000000000000000; li a2, 0x0; mulhu a0, a1, a2
	CHECK(214, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; mulhu a0, a1, a2
	CHECK(215, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; mulhu a0, a1, a2
	CHECK(216, a0, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; mulhu a0, a1, a2
	CHECK(217, a0, 0x4000000000000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; mulhu a0, a1, a2
	CHECK(218, a0, 0x3fffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x80000000; mulhu a0, a1, a2
	CHECK(219, a0, 0x40000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; mulhu a0, a1, a2
	CHECK(220, a0, 0x3fffffff)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; mulhu a0, a1, a2
	CHECK(221, a0, 0x7fffffffc0000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; mulhu a0, a1, a2
	CHECK(222, a0, 0x91a2b3c4d5e6f78)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; mulhu a0, a1, a2
	CHECK(223, a0, 0x7ffffffffffffffc)
	li a1, 0x8000000000000000; li a2, 0xffffffff; mulhu a0, a1, a2
	CHECK(224, a0, 0x7fffffff)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; mulhu a0, a1, a2
	CHECK(225, a0, 0x7f800000807fc0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; mulhu a0, a1, a2
	CHECK(226, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x1; mulhu a0, a1, a2
	CHECK(227, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; mulhu a0, a1, a2
	CHECK(228, a0, 0x7ffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; mulhu a0, a1, a2
	CHECK(229, a0, 0x3fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; mulhu a0, a1, a2
	CHECK(230, a0, 0x3fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; mulhu a0, a1, a2
	CHECK(231, a0, 0x3fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; mulhu a0, a1, a2
	CHECK(232, a0, 0x3fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; mulhu a0, a1, a2
	CHECK(233, a0, 0x7fffffffbfffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; mulhu a0, a1, a2
	CHECK(234, a0, 0x91a2b3c4d5e6f77)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; mulhu a0, a1, a2
	CHECK(235, a0, 0x7ffffffffffffffb)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; mulhu a0, a1, a2
	CHECK(236, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; mulhu a0, a1, a2
	CHECK(237, a0, 0x7f800000807fbf)
	li a1, 0x80000000; li a2, 0x0; mulhu a0, a1, a2
	CHECK(238, a0, 0x0)
	li a1, 0x80000000; li a2, 0x1; mulhu a0, a1, a2
	CHECK(239, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; mulhu a0, a1, a2
	CHECK(240, a0, 0x7fffffff)
	li a1, 0x80000000; li a2, 0x8000000000000000; mulhu a0, a1, a2
	CHECK(241, a0, 0x40000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; mulhu a0, a1, a2
	CHECK(242, a0, 0x3fffffff)
	li a1, 0x80000000; li a2, 0x80000000; mulhu a0, a1, a2
	CHECK(243, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffff; mulhu a0, a1, a2
	CHECK(244, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffff80000000; mulhu a0, a1, a2
	CHECK(245, a0, 0x7fffffff)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; mulhu a0, a1, a2
	CHECK(246, a0, 0x91a2b3c)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; mulhu a0, a1, a2
	CHECK(247, a0, 0x7fffffff)
	li a1, 0x80000000; li a2, 0xffffffff; mulhu a0, a1, a2
	CHECK(248, a0, 0x0)
	li a1, 0x80000000; li a2, 0xff00000100ff80; mulhu a0, a1, a2
	CHECK(249, a0, 0x7f8000)
	li a1, 0x7fffffff; li a2, 0x0; mulhu a0, a1, a2
	CHECK(250, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x1; mulhu a0, a1, a2
	CHECK(251, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; mulhu a0, a1, a2
	CHECK(252, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; mulhu a0, a1, a2
	CHECK(253, a0, 0x3fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; mulhu a0, a1, a2
	CHECK(254, a0, 0x3fffffff)
	li a1, 0x7fffffff; li a2, 0x80000000; mulhu a0, a1, a2
	CHECK(255, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x7fffffff; mulhu a0, a1, a2
	CHECK(1, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; mulhu a0, a1, a2
	CHECK(2, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; mulhu a0, a1, a2
	CHECK(3, a0, 0x91a2b3c)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; mulhu a0, a1, a2
	CHECK(4, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0xffffffff; mulhu a0, a1, a2
	CHECK(5, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; mulhu a0, a1, a2
	CHECK(6, a0, 0x7f7fff)
	li a1, 0xffffffff80000000; li a2, 0x0; mulhu a0, a1, a2
	CHECK(7, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x1; mulhu a0, a1, a2
	CHECK(8, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; mulhu a0, a1, a2
	CHECK(9, a0, 0xffffffff7fffffff)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; mulhu a0, a1, a2
	CHECK(10, a0, 0x7fffffffc0000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; mulhu a0, a1, a2
	CHECK(11, a0, 0x7fffffffbfffffff)
	li a1, 0xffffffff80000000; li a2, 0x80000000; mulhu a0, a1, a2
	CHECK(12, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; mulhu a0, a1, a2
	CHECK(13, a0, 0x7ffffffe)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; mulhu a0, a1, a2
	CHECK(14, a0, 0xffffffff00000000)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; mulhu a0, a1, a2
	CHECK(15, a0, 0x1234567891a2b3b3)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; mulhu a0, a1, a2
	CHECK(16, a0, 0xffffffff7ffffff9)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; mulhu a0, a1, a2
	CHECK(17, a0, 0xfffffffe)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; mulhu a0, a1, a2
	CHECK(18, a0, 0xff000000817f7f)
	li a1, 0x123456789abcdef0; li a2, 0x0; mulhu a0, a1, a2
	CHECK(19, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x1; mulhu a0, a1, a2
	CHECK(20, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; mulhu a0, a1, a2
	CHECK(21, a0, 0x123456789abcdeef)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; mulhu a0, a1, a2
	CHECK(22, a0, 0x91a2b3c4d5e6f78)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; mulhu a0, a1, a2
	CHECK(23, a0, 0x91a2b3c4d5e6f77)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; mulhu a0, a1, a2
	CHECK(24, a0, 0x91a2b3c)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; mulhu a0, a1, a2
	CHECK(25, a0, 0x91a2b3c)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; mulhu a0, a1, a2
	CHECK(26, a0, 0x1234567891a2b3b3)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; mulhu a0, a1, a2
	CHECK(27, a0, 0x14b66dc33f6acdc)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; mulhu a0, a1, a2
	CHECK(28, a0, 0x123456789abcdeef)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; mulhu a0, a1, a2
	CHECK(29, a0, 0x12345678)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; mulhu a0, a1, a2
	CHECK(30, a0, 0x122222223468a3)
	li a1, 0xfffffffffffffff9; li a2, 0x0; mulhu a0, a1, a2
	CHECK(31, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x1; mulhu a0, a1, a2
	CHECK(32, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; mulhu a0, a1, a2
	CHECK(33, a0, 0xfffffffffffffff8)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; mulhu a0, a1, a2
	CHECK(34, a0, 0x7ffffffffffffffc)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; mulhu a0, a1, a2
	CHECK(35, a0, 0x7ffffffffffffffb)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; mulhu a0, a1, a2
	CHECK(36, a0, 0x7fffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; mulhu a0, a1, a2
	CHECK(37, a0, 0x7ffffffe)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; mulhu a0, a1, a2
	CHECK(38, a0, 0xffffffff7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; mulhu a0, a1, a2
	CHECK(39, a0, 0x123456789abcdeef)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; mulhu a0, a1, a2
	CHECK(40, a0, 0xfffffffffffffff2)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; mulhu a0, a1, a2
	CHECK(41, a0, 0xfffffffe)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; mulhu a0, a1, a2
	CHECK(42, a0, 0xff00000100ff7f)
	li a1, 0xffffffff; li a2, 0x0; mulhu a0, a1, a2
	CHECK(43, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x1; mulhu a0, a1, a2
	CHECK(44, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; mulhu a0, a1, a2
	CHECK(45, a0, 0xfffffffe)
	li a1, 0xffffffff; li a2, 0x8000000000000000; mulhu a0, a1, a2
	CHECK(46, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; mulhu a0, a1, a2
	CHECK(47, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x80000000; mulhu a0, a1, a2
	CHECK(48, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x7fffffff; mulhu a0, a1, a2
	CHECK(49, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; mulhu a0, a1, a2
	CHECK(50, a0, 0xfffffffe)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; mulhu a0, a1, a2
	CHECK(51, a0, 0x12345678)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; mulhu a0, a1, a2
	CHECK(52, a0, 0xfffffffe)
	li a1, 0xffffffff; li a2, 0xffffffff; mulhu a0, a1, a2
	CHECK(53, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; mulhu a0, a1, a2
	CHECK(54, a0, 0xff0000)
	li a1, 0xff00000100ff80; li a2, 0x0; mulhu a0, a1, a2
	CHECK(55, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x1; mulhu a0, a1, a2
	CHECK(56, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; mulhu a0, a1, a2
	CHECK(57, a0, 0xff00000100ff7f)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; mulhu a0, a1, a2
	CHECK(58, a0, 0x7f800000807fc0)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; mulhu a0, a1, a2
	CHECK(59, a0, 0x7f800000807fbf)
	li a1, 0xff00000100ff80; li a2, 0x80000000; mulhu a0, a1, a2
	CHECK(60, a0, 0x7f8000)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; mulhu a0, a1, a2
	CHECK(61, a0, 0x7f7fff)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; mulhu a0, a1, a2
	CHECK(62, a0, 0xff000000817f7f)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; mulhu a0, a1, a2
	CHECK(63, a0, 0x122222223468a3)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; mulhu a0, a1, a2
	CHECK(64, a0, 0xff00000100ff7f)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; mulhu a0, a1, a2
	CHECK(65, a0, 0xff0000)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; mulhu a0, a1, a2
	CHECK(66, a0, 0xfe010001fffd)
	/* mulw */
	li a1, 0x0; li a2, 0x0; mulw a0, a1, a2
	CHECK(67, a0, 0x0)
	li a1, 0x0; li a2, 0x1; mulw a0, a1, a2
	CHECK(68, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; mulw a0, a1, a2
	CHECK(69, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; mulw a0, a1, a2
	CHECK(70, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; mulw a0, a1, a2
	CHECK(71, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; mulw a0, a1, a2
	CHECK(72, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; mulw a0, a1, a2
	CHECK(73, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; mulw a0, a1, a2
	CHECK(74, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; mulw a0, a1, a2
	CHECK(75, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; mulw a0, a1, a2
	CHECK(76, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; mulw a0, a1, a2
	CHECK(77, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; mulw a0, a1, a2
	CHECK(78, a0, 0x0)
	li a1, 0x1; li a2, 0x0; mulw a0, a1, a2
	CHECK(79, a0, 0x0)
	li a1, 0x1; li a2, 0x1; mulw a0, a1, a2
	CHECK(80, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffffffffffff; mulw a0, a1, a2
	CHECK(81, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x8000000000000000; mulw a0, a1, a2
	CHECK(82, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffffffffffff; mulw a0, a1, a2
	CHECK(83, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x80000000; mulw a0, a1, a2
	CHECK(84, a0, 0xffffffff80000000)
	li a1, 0x1; li a2, 0x7fffffff; mulw a0, a1, a2
	CHECK(85, a0, 0x7fffffff)
	li a1, 0x1; li a2, 0xffffffff80000000; mulw a0, a1, a2
	CHECK(86, a0, 0xffffffff80000000)
	li a1, 0x1; li a2, 0x123456789abcdef0; mulw a0, a1, a2
	CHECK(87, a0, 0xffffffff9abcdef0)
	li a1, 0x1; li a2, 0xfffffffffffffff9; mulw a0, a1, a2
	CHECK(88, a0, 0xfffffffffffffff9)
	li a1, 0x1; li a2, 0xffffffff; mulw a0, a1, a2
	CHECK(89, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0xff00000100ff80; mulw a0, a1, a2
	CHECK(90, a0, 0x100ff80)
	li a1, 0xffffffffffffffff; li a2, 0x0; mulw a0, a1, a2
	CHECK(91, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x1; mulw a0, a1, a2
	CHECK(92, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; mulw a0, a1, a2
	CHECK(93, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; mulw a0, a1, a2
	CHECK(94, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; mulw a0, a1, a2
	CHECK(95, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; mulw a0, a1, a2
	CHECK(96, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; mulw a0, a1, a2
	CHECK(97, a0, 0xffffffff80000001)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; mulw a0, a1, a2
	CHECK(98, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; mulw a0, a1, a2
	CHECK(99, a0, 0x65432110)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; mulw a0, a1, a2
	CHECK(100, a0, 0x7)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; mulw a0, a1, a2
	CHECK(101, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; mulw a0, a1, a2
	CHECK(102, a0, 0xfffffffffeff0080)
	li a1, 0x8000000000000000; li a2, 0x0; mulw a0, a1, a2
	CHECK(103, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; mulw a0, a1, a2
	CHECK(104, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; mulw a0, a1, a2
	CHECK(105, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; mulw a0, a1, a2
	CHECK(106, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; mulw a0, a1, a2
	CHECK(107, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x80000000; mulw a0, a1, a2
	CHECK(108, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; mulw a0, a1, a2
	CHECK(109, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; mulw a0, a1, a2
	CHECK(110, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; mulw a0, a1, a2
	CHECK(111, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; mulw a0, a1, a2
	CHECK(112, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff; mulw a0, a1, a2
	CHECK(113, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; mulw a0, a1, a2
	CHECK(114, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; mulw a0, a1, a2
	CHECK(115, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x1; mulw a0, a1, a2
	CHECK(116, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; mulw a0, a1, a2
	CHECK(117, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; mulw a0, a1, a2
	CHECK(118, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; mulw a0, a1, a2
	CHECK(119, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; mulw a0, a1, a2
	CHECK(120, a0, 0xffffffff80000000)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; mulw a0, a1, a2
	CHECK(121, a0, 0xffffffff80000001)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; mulw a0, a1, a2
	CHECK(122, a0, 0xffffffff80000000)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; mulw a0, a1, a2
	CHECK(123, a0, 0x65432110)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; mulw a0, a1, a2
	CHECK(124, a0, 0x7)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; mulw a0, a1, a2
	CHECK(125, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; mulw a0, a1, a2
	CHECK(126, a0, 0xfffffffffeff0080)
	li a1, 0x80000000; li a2, 0x0; mulw a0, a1, a2
	CHECK(127, a0, 0x0)
	li a1, 0x80000000; li a2, 0x1; mulw a0, a1, a2
	CHECK(128, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; mulw a0, a1, a2
	CHECK(129, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x8000000000000000; mulw a0, a1, a2
	CHECK(130, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; mulw a0, a1, a2
	CHECK(131, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x80000000; mulw a0, a1, a2
	CHECK(132, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffff; mulw a0, a1, a2
	CHECK(133, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0xffffffff80000000; mulw a0, a1, a2
	CHECK(134, a0, 0x0)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; mulw a0, a1, a2
	CHECK(135, a0, 0x0)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; mulw a0, a1, a2
	CHECK(136, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0xffffffff; mulw a0, a1, a2
	CHECK(137, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0xff00000100ff80; mulw a0, a1, a2
	CHECK(138, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x0; mulw a0, a1, a2
	CHECK(139, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x1; mulw a0, a1, a2
	CHECK(140, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; mulw a0, a1, a2
	CHECK(141, a0, 0xffffffff80000001)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; mulw a0, a1, a2
	CHECK(142, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; mulw a0, a1, a2
	CHECK(143, a0, 0xffffffff80000001)
	li a1, 0x7fffffff; li a2, 0x80000000; mulw a0, a1, a2
	CHECK(144, a0, 0xffffffff80000000)
	li a1, 0x7fffffff; li a2, 0x7fffffff; mulw a0, a1, a2
	CHECK(145, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; mulw a0, a1, a2
	CHECK(146, a0, 0xffffffff80000000)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; mulw a0, a1, a2
	CHECK(147, a0, 0x65432110)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; mulw a0, a1, a2
	CHECK(148, a0, 0xffffffff80000007)
	li a1, 0x7fffffff; li a2, 0xffffffff; mulw a0, a1, a2
	CHECK(149, a0, 0xffffffff80000001)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; mulw a0, a1, a2
	CHECK(150, a0, 0xfffffffffeff0080)
	li a1, 0xffffffff80000000; li a2, 0x0; mulw a0, a1, a2
	CHECK(151, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x1; mulw a0, a1, a2
	CHECK(152, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; mulw a0, a1, a2
	CHECK(153, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; mulw a0, a1, a2
	CHECK(154, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; mulw a0, a1, a2
	CHECK(155, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x80000000; mulw a0, a1, a2
	CHECK(156, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; mulw a0, a1, a2
	CHECK(157, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; mulw a0, a1, a2
	CHECK(158, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; mulw a0, a1, a2
	CHECK(159, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; mulw a0, a1, a2
	CHECK(160, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; mulw a0, a1, a2
	CHECK(161, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; mulw a0, a1, a2
	CHECK(162, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x0; mulw a0, a1, a2
	CHECK(163, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x1; mulw a0, a1, a2
	CHECK(164, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; mulw a0, a1, a2
	CHECK(165, a0, 0x65432110)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; mulw a0, a1, a2
	CHECK(166, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; mulw a0, a1, a2
	CHECK(167, a0, 0x65432110)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; mulw a0, a1, a2
	CHECK(168, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; mulw a0, a1, a2
	CHECK(169, a0, 0x65432110)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; mulw a0, a1, a2
	CHECK(170, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; mulw a0, a1, a2
	CHECK(171, a0, 0xfffffffff2a52100)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; mulw a0, a1, a2
	CHECK(172, a0, 0xffffffffc4d5e770)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; mulw a0, a1, a2
	CHECK(173, a0, 0x65432110)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; mulw a0, a1, a2
	CHECK(174, a0, 0x70808800)
	li a1, 0xfffffffffffffff9; li a2, 0x0; mulw a0, a1, a2
	CHECK(175, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x1; mulw a0, a1, a2
	CHECK(176, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; mulw a0, a1, a2
	CHECK(177, a0, 0x7)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; mulw a0, a1, a2
	CHECK(178, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; mulw a0, a1, a2
	CHECK(179, a0, 0x7)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; mulw a0, a1, a2
	CHECK(180, a0, 0xffffffff80000000)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; mulw a0, a1, a2
	CHECK(181, a0, 0xffffffff80000007)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; mulw a0, a1, a2
	CHECK(182, a0, 0xffffffff80000000)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; mulw a0, a1, a2
	CHECK(183, a0, 0xffffffffc4d5e770)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; mulw a0, a1, a2
	CHECK(184, a0, 0x31)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; mulw a0, a1, a2
	CHECK(185, a0, 0x7)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; mulw a0, a1, a2
	CHECK(186, a0, 0xfffffffff8f90380)
	li a1, 0xffffffff; li a2, 0x0; mulw a0, a1, a2
	CHECK(187, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x1; mulw a0, a1, a2
	CHECK(188, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; mulw a0, a1, a2
	CHECK(189, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x8000000000000000; mulw a0, a1, a2
	CHECK(190, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; mulw a0, a1, a2
	CHECK(191, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x80000000; mulw a0, a1, a2
	CHECK(192, a0, 0xffffffff80000000)
	li a1, 0xffffffff; li a2, 0x7fffffff; mulw a0, a1, a2
	CHECK(193, a0, 0xffffffff80000001)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; mulw a0, a1, a2
	CHECK(194, a0, 0xffffffff80000000)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; mulw a0, a1, a2
	CHECK(195, a0, 0x65432110)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; mulw a0, a1, a2
	CHECK(196, a0, 0x7)
	li a1, 0xffffffff; li a2, 0xffffffff; mulw a0, a1, a2
	CHECK(197, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; mulw a0, a1, a2
	CHECK(198, a0, 0xfffffffffeff0080)
	li a1, 0xff00000100ff80; li a2, 0x0; mulw a0, a1, a2
	CHECK(199, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x1; mulw a0, a1, a2
	CHECK(200, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; mulw a0, a1, a2
	CHECK(201, a0, 0xfffffffffeff0080)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; mulw a0, a1, a2
	CHECK(202, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; mulw a0, a1, a2
	CHECK(203, a0, 0xfffffffffeff0080)
	li a1, 0xff00000100ff80; li a2, 0x80000000; mulw a0, a1, a2
	CHECK(204, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; mulw a0, a1, a2
	CHECK(205, a0, 0xfffffffffeff0080)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; mulw a0, a1, a2
	CHECK(206, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; mulw a0, a1, a2
	CHECK(207, a0, 0x70808800)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; mulw a0, a1, a2
	CHECK(208, a0, 0xfffffffff8f90380)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; mulw a0, a1, a2
	CHECK(209, a0, 0xfffffffffeff0080)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; mulw a0, a1, a2
	CHECK(210, a0, 0xffffffffff004000)
	/* div */
	li a1, 0x0; li a2, 0x0; div a0, a1, a2
	CHECK(211, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x1; div a0, a1, a2
	CHECK(212, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; div a0, a1, a2
	CHECK(213, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; div a0, a1, a2
	CHECK(214, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; div a0, a1, a2
	CHECK(215, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; div a0, a1, a2
	CHECK(216, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; div a0, a1, a2
	CHECK(217, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; div a0, a1, a2
	CHECK(218, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; div a0, a1, a2
	CHECK(219, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; div a0, a1, a2
	CHECK(220, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; div a0, a1, a2
	CHECK(221, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; div a0, a1, a2
	CHECK(222, a0, 0x0)
	li a1, 0x1; li a2, 0x0; div a0, a1, a2
	CHECK(223, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x1; div a0, a1, a2
	CHECK(224, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffffffffffff; div a0, a1, a2
	CHECK(225, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x8000000000000000; div a0, a1, a2
	CHECK(226, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffffffffffff; div a0, a1, a2
	CHECK(227, a0, 0x0)
	li a1, 0x1; li a2, 0x80000000; div a0, a1, a2
	CHECK(228, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffff; div a0, a1, a2
	CHECK(229, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff80000000; div a0, a1, a2
	CHECK(230, a0, 0x0)
	li a1, 0x1; li a2, 0x123456789abcdef0; div a0, a1, a2
	CHECK(231, a0, 0x0)
	li a1, 0x1; li a2, 0xfffffffffffffff9; div a0, a1, a2
	CHECK(232, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff; div a0, a1, a2
	CHECK(233, a0, 0x0)
	li a1, 0x1; li a2, 0xff00000100ff80; div a0, a1, a2
	CHECK(234, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x0; div a0, a1, a2
	CHECK(235, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; div a0, a1, a2
	CHECK(236, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; div a0, a1, a2
	CHECK(237, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; div a0, a1, a2
	CHECK(238, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; div a0, a1, a2
	CHECK(239, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; div a0, a1, a2
	CHECK(240, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; div a0, a1, a2
	CHECK(241, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; div a0, a1, a2
	CHECK(242, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; div a0, a1, a2
	CHECK(243, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; div a0, a1, a2
	CHECK(244, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; div a0, a1, a2
	CHECK(245, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; div a0, a1, a2
	CHECK(246, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x0; div a0, a1, a2
	CHECK(247, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x1; div a0, a1, a2
	CHECK(248, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; div a0, a1, a2
	CHECK(249, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; div a0, a1, a2
	CHECK(250, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; div a0, a1, a2
	CHECK(251, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x80000000; div a0, a1, a2
	CHECK(252, a0, 0xffffffff00000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; div a0, a1, a2
	CHECK(253, a0, 0xfffffffefffffffe)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; div a0, a1, a2
	CHECK(254, a0, 0x100000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; div a0, a1, a2
	CHECK(255, a0, 0xfffffffffffffff9)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; div a0, a1, a2
	CHECK(1, a0, 0x1249249249249249)
	li a1, 0x8000000000000000; li a2, 0xffffffff; div a0, a1, a2
	CHECK(2, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; div a0, a1, a2
	CHECK(3, a0, 0xffffffffffffff80)
	li a1, 0x7fffffffffffffff; li a2, 0x0; div a0, a1, a2
	CHECK(4, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; div a0, a1, a2
	CHECK(5, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; div a0, a1, a2
	CHECK(6, a0, 0x8000000000000001)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; div a0, a1, a2
	CHECK(7, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; div a0, a1, a2
	CHECK(8, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; div a0, a1, a2
	CHECK(9, a0, 0xffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; div a0, a1, a2
	CHECK(10, a0, 0x100000002)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; div a0, a1, a2
	CHECK(11, a0, 0xffffffff00000001)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; div a0, a1, a2
	CHECK(12, a0, 0x7)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; div a0, a1, a2
	CHECK(13, a0, 0xedb6db6db6db6db7)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; div a0, a1, a2
	CHECK(14, a0, 0x80000000)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; div a0, a1, a2
	CHECK(15, a0, 0x80)
	li a1, 0x80000000; li a2, 0x0; div a0, a1, a2
	CHECK(16, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x1; div a0, a1, a2
	CHECK(17, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; div a0, a1, a2
	CHECK(18, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x8000000000000000; div a0, a1, a2
	CHECK(19, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; div a0, a1, a2
	CHECK(20, a0, 0x0)
	li a1, 0x80000000; li a2, 0x80000000; div a0, a1, a2
	CHECK(21, a0, 0x1)
	li a1, 0x80000000; li a2, 0x7fffffff; div a0, a1, a2
	CHECK(22, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffff80000000; div a0, a1, a2
	CHECK(23, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; div a0, a1, a2
	CHECK(24, a0, 0x0)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; div a0, a1, a2
	CHECK(25, a0, 0xffffffffedb6db6e)
	li a1, 0x80000000; li a2, 0xffffffff; div a0, a1, a2
	CHECK(26, a0, 0x0)
	li a1, 0x80000000; li a2, 0xff00000100ff80; div a0, a1, a2
	CHECK(27, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x0; div a0, a1, a2
	CHECK(28, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x1; div a0, a1, a2
	CHECK(29, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; div a0, a1, a2
	CHECK(30, a0, 0xffffffff80000001)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; div a0, a1, a2
	CHECK(31, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; div a0, a1, a2
	CHECK(32, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x80000000; div a0, a1, a2
	CHECK(33, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x7fffffff; div a0, a1, a2
	CHECK(34, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; div a0, a1, a2
	CHECK(35, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; div a0, a1, a2
	CHECK(36, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; div a0, a1, a2
	CHECK(37, a0, 0xffffffffedb6db6e)
	li a1, 0x7fffffff; li a2, 0xffffffff; div a0, a1, a2
	CHECK(38, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; div a0, a1, a2
	CHECK(39, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x0; div a0, a1, a2
	CHECK(40, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x1; div a0, a1, a2
	CHECK(41, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; div a0, a1, a2
	CHECK(42, a0, 0x80000000)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; div a0, a1, a2
	CHECK(43, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; div a0, a1, a2
	CHECK(44, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x80000000; div a0, a1, a2
	CHECK(45, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; div a0, a1, a2
	CHECK(46, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; div a0, a1, a2
	CHECK(47, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; div a0, a1, a2
	CHECK(48, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; div a0, a1, a2
	CHECK(49, a0, 0x12492492)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; div a0, a1, a2
	CHECK(50, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; div a0, a1, a2
	CHECK(51, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x0; div a0, a1, a2
	CHECK(52, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x1; div a0, a1, a2
	CHECK(53, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; div a0, a1, a2
	CHECK(54, a0, 0xedcba98765432110)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; div a0, a1, a2
	CHECK(55, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; div a0, a1, a2
	CHECK(56, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; div a0, a1, a2
	CHECK(57, a0, 0x2468acf1)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; div a0, a1, a2
	CHECK(58, a0, 0x2468acf1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; div a0, a1, a2
	CHECK(59, a0, 0xffffffffdb97530f)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; div a0, a1, a2
	CHECK(60, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; div a0, a1, a2
	CHECK(61, a0, 0xfd663cca33099703)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; div a0, a1, a2
	CHECK(62, a0, 0x12345678)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; div a0, a1, a2
	CHECK(63, a0, 0x12)
	li a1, 0xfffffffffffffff9; li a2, 0x0; div a0, a1, a2
	CHECK(64, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x1; div a0, a1, a2
	CHECK(65, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; div a0, a1, a2
	CHECK(66, a0, 0x7)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; div a0, a1, a2
	CHECK(67, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; div a0, a1, a2
	CHECK(68, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; div a0, a1, a2
	CHECK(69, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; div a0, a1, a2
	CHECK(70, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; div a0, a1, a2
	CHECK(71, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; div a0, a1, a2
	CHECK(72, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; div a0, a1, a2
	CHECK(73, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; div a0, a1, a2
	CHECK(74, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; div a0, a1, a2
	CHECK(75, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x0; div a0, a1, a2
	CHECK(76, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1; div a0, a1, a2
	CHECK(77, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; div a0, a1, a2
	CHECK(78, a0, 0xffffffff00000001)
	li a1, 0xffffffff; li a2, 0x8000000000000000; div a0, a1, a2
	CHECK(79, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; div a0, a1, a2
	CHECK(80, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x80000000; div a0, a1, a2
	CHECK(81, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x7fffffff; div a0, a1, a2
	CHECK(82, a0, 0x2)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; div a0, a1, a2
	CHECK(83, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; div a0, a1, a2
	CHECK(84, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; div a0, a1, a2
	CHECK(85, a0, 0xffffffffdb6db6dc)
	li a1, 0xffffffff; li a2, 0xffffffff; div a0, a1, a2
	CHECK(86, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; div a0, a1, a2
	CHECK(87, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x0; div a0, a1, a2
	CHECK(88, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x1; div a0, a1, a2
	CHECK(89, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; div a0, a1, a2
	CHECK(90, a0, 0xff00fffffeff0080)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; div a0, a1, a2
	CHECK(91, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; div a0, a1, a2
	CHECK(92, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x80000000; div a0, a1, a2
	CHECK(93, a0, 0x1fe0000)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; div a0, a1, a2
	CHECK(94, a0, 0x1fe0000)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; div a0, a1, a2
	CHECK(95, a0, 0xfffffffffe020000)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; div a0, a1, a2
	CHECK(96, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; div a0, a1, a2
	CHECK(97, a0, 0xffdb9249246d925c)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; div a0, a1, a2
	CHECK(98, a0, 0xff0000)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; div a0, a1, a2
	CHECK(99, a0, 0x1)
	/* divu */
	li a1, 0x0; li a2, 0x0; divu a0, a1, a2
	CHECK(100, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x1; divu a0, a1, a2
	CHECK(101, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; divu a0, a1, a2
	CHECK(102, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; divu a0, a1, a2
	CHECK(103, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; divu a0, a1, a2
	CHECK(104, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; divu a0, a1, a2
	CHECK(105, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; divu a0, a1, a2
	CHECK(106, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; divu a0, a1, a2
	CHECK(107, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; divu a0, a1, a2
	CHECK(108, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; divu a0, a1, a2
	CHECK(109, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; divu a0, a1, a2
	CHECK(110, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; divu a0, a1, a2
	CHECK(111, a0, 0x0)
	li a1, 0x1; li a2, 0x0; divu a0, a1, a2
	CHECK(112, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x1; divu a0, a1, a2
	CHECK(113, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffffffffffff; divu a0, a1, a2
	CHECK(114, a0, 0x0)
	li a1, 0x1; li a2, 0x8000000000000000; divu a0, a1, a2
	CHECK(115, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffffffffffff; divu a0, a1, a2
	CHECK(116, a0, 0x0)
	li a1, 0x1; li a2, 0x80000000; divu a0, a1, a2
	CHECK(117, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffff; divu a0, a1, a2
	CHECK(118, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff80000000; divu a0, a1, a2
	CHECK(119, a0, 0x0)
	li a1, 0x1; li a2, 0x123456789abcdef0; divu a0, a1, a2
	CHECK(120, a0, 0x0)
	li a1, 0x1; li a2, 0xfffffffffffffff9; divu a0, a1, a2
	CHECK(121, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff; divu a0, a1, a2
	CHECK(122, a0, 0x0)
	li a1, 0x1; li a2, 0xff00000100ff80; divu a0, a1, a2
	CHECK(123, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x0; divu a0, a1, a2
	CHECK(124, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; divu a0, a1, a2
	CHECK(125, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; divu a0, a1, a2
	CHECK(126, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; divu a0, a1, a2
	CHECK(127, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; divu a0, a1, a2
	CHECK(128, a0, 0x2)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; divu a0, a1, a2
	CHECK(129, a0, 0x1ffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; divu a0, a1, a2
	CHECK(130, a0, 0x200000004)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; divu a0, a1, a2
	CHECK(131, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; divu a0, a1, a2
	CHECK(132, a0, 0xe)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; divu a0, a1, a2
	CHECK(133, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; divu a0, a1, a2
	CHECK(134, a0, 0x100000001)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; divu a0, a1, a2
	CHECK(135, a0, 0x101)
	li a1, 0x8000000000000000; li a2, 0x0; divu a0, a1, a2
	CHECK(136, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x1; divu a0, a1, a2
	CHECK(137, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; divu a0, a1, a2
	CHECK(138, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; divu a0, a1, a2
	CHECK(139, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; divu a0, a1, a2
	CHECK(140, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x80000000; divu a0, a1, a2
	CHECK(141, a0, 0x100000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; divu a0, a1, a2
	CHECK(142, a0, 0x100000002)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; divu a0, a1, a2
	CHECK(143, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; divu a0, a1, a2
	CHECK(144, a0, 0x7)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; divu a0, a1, a2
	CHECK(145, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff; divu a0, a1, a2
	CHECK(146, a0, 0x80000000)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; divu a0, a1, a2
	CHECK(147, a0, 0x80)
	li a1, 0x7fffffffffffffff; li a2, 0x0; divu a0, a1, a2
	CHECK(148, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; divu a0, a1, a2
	CHECK(149, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; divu a0, a1, a2
	CHECK(150, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; divu a0, a1, a2
	CHECK(151, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; divu a0, a1, a2
	CHECK(152, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; divu a0, a1, a2
	CHECK(153, a0, 0xffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; divu a0, a1, a2
	CHECK(154, a0, 0x100000002)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; divu a0, a1, a2
	CHECK(155, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; divu a0, a1, a2
	CHECK(156, a0, 0x7)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; divu a0, a1, a2
	CHECK(157, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; divu a0, a1, a2
	CHECK(158, a0, 0x80000000)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; divu a0, a1, a2
	CHECK(159, a0, 0x80)
	li a1, 0x80000000; li a2, 0x0; divu a0, a1, a2
	CHECK(160, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x1; divu a0, a1, a2
	CHECK(161, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; divu a0, a1, a2
	CHECK(162, a0, 0x0)
	li a1, 0x80000000; li a2, 0x8000000000000000; divu a0, a1, a2
	CHECK(163, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; divu a0, a1, a2
	CHECK(164, a0, 0x0)
	li a1, 0x80000000; li a2, 0x80000000; divu a0, a1, a2
	CHECK(165, a0, 0x1)
	li a1, 0x80000000; li a2, 0x7fffffff; divu a0, a1, a2
	CHECK(166, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffff80000000; divu a0, a1, a2
	CHECK(167, a0, 0x0)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; divu a0, a1, a2
	CHECK(168, a0, 0x0)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; divu a0, a1, a2
	CHECK(169, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffff; divu a0, a1, a2
	CHECK(170, a0, 0x0)
	li a1, 0x80000000; li a2, 0xff00000100ff80; divu a0, a1, a2
	CHECK(171, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x0; divu a0, a1, a2
	CHECK(172, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x1; divu a0, a1, a2
	CHECK(173, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; divu a0, a1, a2
	CHECK(174, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; divu a0, a1, a2
	CHECK(175, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; divu a0, a1, a2
	CHECK(176, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x80000000; divu a0, a1, a2
	CHECK(177, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x7fffffff; divu a0, a1, a2
	CHECK(178, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; divu a0, a1, a2
	CHECK(179, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; divu a0, a1, a2
	CHECK(180, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; divu a0, a1, a2
	CHECK(181, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffff; divu a0, a1, a2
	CHECK(182, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; divu a0, a1, a2
	CHECK(183, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x0; divu a0, a1, a2
	CHECK(184, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x1; divu a0, a1, a2
	CHECK(185, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; divu a0, a1, a2
	CHECK(186, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; divu a0, a1, a2
	CHECK(187, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; divu a0, a1, a2
	CHECK(188, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x80000000; divu a0, a1, a2
	CHECK(189, a0, 0x1ffffffff)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; divu a0, a1, a2
	CHECK(190, a0, 0x200000003)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; divu a0, a1, a2
	CHECK(191, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; divu a0, a1, a2
	CHECK(192, a0, 0xe)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; divu a0, a1, a2
	CHECK(193, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; divu a0, a1, a2
	CHECK(194, a0, 0x100000000)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; divu a0, a1, a2
	CHECK(195, a0, 0x101)
	li a1, 0x123456789abcdef0; li a2, 0x0; divu a0, a1, a2
	CHECK(196, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x1; divu a0, a1, a2
	CHECK(197, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; divu a0, a1, a2
	CHECK(198, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; divu a0, a1, a2
	CHECK(199, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; divu a0, a1, a2
	CHECK(200, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; divu a0, a1, a2
	CHECK(201, a0, 0x2468acf1)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; divu a0, a1, a2
	CHECK(202, a0, 0x2468acf1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; divu a0, a1, a2
	CHECK(203, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; divu a0, a1, a2
	CHECK(204, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; divu a0, a1, a2
	CHECK(205, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; divu a0, a1, a2
	CHECK(206, a0, 0x12345678)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; divu a0, a1, a2
	CHECK(207, a0, 0x12)
	li a1, 0xfffffffffffffff9; li a2, 0x0; divu a0, a1, a2
	CHECK(208, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x1; divu a0, a1, a2
	CHECK(209, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; divu a0, a1, a2
	CHECK(210, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; divu a0, a1, a2
	CHECK(211, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; divu a0, a1, a2
	CHECK(212, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; divu a0, a1, a2
	CHECK(213, a0, 0x1ffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; divu a0, a1, a2
	CHECK(214, a0, 0x200000003)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; divu a0, a1, a2
	CHECK(215, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; divu a0, a1, a2
	CHECK(216, a0, 0xe)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; divu a0, a1, a2
	CHECK(217, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; divu a0, a1, a2
	CHECK(218, a0, 0x100000000)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; divu a0, a1, a2
	CHECK(219, a0, 0x101)
	li a1, 0xffffffff; li a2, 0x0; divu a0, a1, a2
	CHECK(220, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1; divu a0, a1, a2
	CHECK(221, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; divu a0, a1, a2
	CHECK(222, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x8000000000000000; divu a0, a1, a2
	CHECK(223, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; divu a0, a1, a2
	CHECK(224, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x80000000; divu a0, a1, a2
	CHECK(225, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x7fffffff; divu a0, a1, a2
	CHECK(226, a0, 0x2)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; divu a0, a1, a2
	CHECK(227, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; divu a0, a1, a2
	CHECK(228, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; divu a0, a1, a2
	CHECK(229, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffff; divu a0, a1, a2
	CHECK(230, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; divu a0, a1, a2
	CHECK(231, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x0; divu a0, a1, a2
	CHECK(232, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x1; divu a0, a1, a2
	CHECK(233, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; divu a0, a1, a2
	CHECK(234, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; divu a0, a1, a2
	CHECK(235, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; divu a0, a1, a2
	CHECK(236, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x80000000; divu a0, a1, a2
	CHECK(237, a0, 0x1fe0000)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; divu a0, a1, a2
	CHECK(238, a0, 0x1fe0000)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; divu a0, a1, a2
	CHECK(239, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; divu a0, a1, a2
	CHECK(240, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; divu a0, a1, a2
	CHECK(241, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; divu a0, a1, a2
	CHECK(242, a0, 0xff0000)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; divu a0, a1, a2
	CHECK(243, a0, 0x1)
	/* rem */
	li a1, 0x0; li a2, 0x0; rem a0, a1, a2
	CHECK(244, a0, 0x0)
	li a1, 0x0; li a2, 0x1; rem a0, a1, a2
	CHECK(245, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; rem a0, a1, a2
	CHECK(246, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; rem a0, a1, a2
	CHECK(247, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; rem a0, a1, a2
	CHECK(248, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; rem a0, a1, a2
	CHECK(249, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; rem a0, a1, a2
	CHECK(250, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; rem a0, a1, a2
	CHECK(251, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; rem a0, a1, a2
	CHECK(252, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; rem a0, a1, a2
	CHECK(253, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; rem a0, a1, a2
	CHECK(254, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; rem a0, a1, a2
	CHECK(255, a0, 0x0)
	li a1, 0x1; li a2, 0x0; rem a0, a1, a2
	CHECK(1, a0, 0x1)
	li a1, 0x1; li a2, 0x1; rem a0, a1, a2
	CHECK(2, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; rem a0, a1, a2
	CHECK(3, a0, 0x0)
	li a1, 0x1; li a2, 0x8000000000000000; rem a0, a1, a2
	CHECK(4, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffffffffffff; rem a0, a1, a2
	CHECK(5, a0, 0x1)
	li a1, 0x1; li a2, 0x80000000; rem a0, a1, a2
	CHECK(6, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffff; rem a0, a1, a2
	CHECK(7, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff80000000; rem a0, a1, a2
	CHECK(8, a0, 0x1)
	li a1, 0x1; li a2, 0x123456789abcdef0; rem a0, a1, a2
	CHECK(9, a0, 0x1)
	li a1, 0x1; li a2, 0xfffffffffffffff9; rem a0, a1, a2
	CHECK(10, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff; rem a0, a1, a2
	CHECK(11, a0, 0x1)
	li a1, 0x1; li a2, 0xff00000100ff80; rem a0, a1, a2
	CHECK(12, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x0; rem a0, a1, a2
	CHECK(13, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; rem a0, a1, a2
	CHECK(14, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; rem a0, a1, a2
	CHECK(15, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; rem a0, a1, a2
	CHECK(16, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; rem a0, a1, a2
	CHECK(17, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; rem a0, a1, a2
	CHECK(18, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; rem a0, a1, a2
	CHECK(19, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; rem a0, a1, a2
	CHECK(20, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; rem a0, a1, a2
	CHECK(21, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; rem a0, a1, a2
	CHECK(22, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; rem a0, a1, a2
	CHECK(23, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; rem a0, a1, a2
	CHECK(24, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x0; rem a0, a1, a2
	CHECK(25, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x1; rem a0, a1, a2
	CHECK(26, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; rem a0, a1, a2
	CHECK(27, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; rem a0, a1, a2
	CHECK(28, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; rem a0, a1, a2
	CHECK(29, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x80000000; rem a0, a1, a2
	CHECK(30, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; rem a0, a1, a2
	CHECK(31, a0, 0xfffffffffffffffe)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; rem a0, a1, a2
	CHECK(32, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; rem a0, a1, a2
	CHECK(33, a0, 0xff6e5d4c3b2a1890)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; rem a0, a1, a2
	CHECK(34, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0xffffffff; rem a0, a1, a2
	CHECK(35, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; rem a0, a1, a2
	CHECK(36, a0, 0xff800000807fc000)
	li a1, 0x7fffffffffffffff; li a2, 0x0; rem a0, a1, a2
	CHECK(37, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; rem a0, a1, a2
	CHECK(38, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; rem a0, a1, a2
	CHECK(39, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; rem a0, a1, a2
	CHECK(40, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; rem a0, a1, a2
	CHECK(41, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; rem a0, a1, a2
	CHECK(42, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; rem a0, a1, a2
	CHECK(43, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; rem a0, a1, a2
	CHECK(44, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; rem a0, a1, a2
	CHECK(45, a0, 0x91a2b3c4d5e76f)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; rem a0, a1, a2
	CHECK(46, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; rem a0, a1, a2
	CHECK(47, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; rem a0, a1, a2
	CHECK(48, a0, 0x7fffff7f803fff)
	li a1, 0x80000000; li a2, 0x0; rem a0, a1, a2
	CHECK(49, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x1; rem a0, a1, a2
	CHECK(50, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; rem a0, a1, a2
	CHECK(51, a0, 0x0)
	li a1, 0x80000000; li a2, 0x8000000000000000; rem a0, a1, a2
	CHECK(52, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; rem a0, a1, a2
	CHECK(53, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x80000000; rem a0, a1, a2
	CHECK(54, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffff; rem a0, a1, a2
	CHECK(55, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffff80000000; rem a0, a1, a2
	CHECK(56, a0, 0x0)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; rem a0, a1, a2
	CHECK(57, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; rem a0, a1, a2
	CHECK(58, a0, 0x2)
	li a1, 0x80000000; li a2, 0xffffffff; rem a0, a1, a2
	CHECK(59, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xff00000100ff80; rem a0, a1, a2
	CHECK(60, a0, 0x80000000)
	li a1, 0x7fffffff; li a2, 0x0; rem a0, a1, a2
	CHECK(61, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; rem a0, a1, a2
	CHECK(62, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; rem a0, a1, a2
	CHECK(63, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; rem a0, a1, a2
	CHECK(64, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; rem a0, a1, a2
	CHECK(65, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x80000000; rem a0, a1, a2
	CHECK(66, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffff; rem a0, a1, a2
	CHECK(67, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; rem a0, a1, a2
	CHECK(68, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; rem a0, a1, a2
	CHECK(69, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; rem a0, a1, a2
	CHECK(70, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0xffffffff; rem a0, a1, a2
	CHECK(71, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; rem a0, a1, a2
	CHECK(72, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; li a2, 0x0; rem a0, a1, a2
	CHECK(73, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; rem a0, a1, a2
	CHECK(74, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; rem a0, a1, a2
	CHECK(75, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; rem a0, a1, a2
	CHECK(76, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; rem a0, a1, a2
	CHECK(77, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x80000000; rem a0, a1, a2
	CHECK(78, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; rem a0, a1, a2
	CHECK(79, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; rem a0, a1, a2
	CHECK(80, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; rem a0, a1, a2
	CHECK(81, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; rem a0, a1, a2
	CHECK(82, a0, 0xfffffffffffffffe)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; rem a0, a1, a2
	CHECK(83, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; rem a0, a1, a2
	CHECK(84, a0, 0xffffffff80000000)
	li a1, 0x123456789abcdef0; li a2, 0x0; rem a0, a1, a2
	CHECK(85, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; rem a0, a1, a2
	CHECK(86, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; rem a0, a1, a2
	CHECK(87, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; rem a0, a1, a2
	CHECK(88, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; rem a0, a1, a2
	CHECK(89, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; rem a0, a1, a2
	CHECK(90, a0, 0x1abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; rem a0, a1, a2
	CHECK(91, a0, 0x3f258be1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; rem a0, a1, a2
	CHECK(92, a0, 0x1abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; rem a0, a1, a2
	CHECK(93, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; rem a0, a1, a2
	CHECK(94, a0, 0x5)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; rem a0, a1, a2
	CHECK(95, a0, 0xacf13568)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; rem a0, a1, a2
	CHECK(96, a0, 0x46567888aae7f0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; rem a0, a1, a2
	CHECK(97, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; rem a0, a1, a2
	CHECK(98, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; rem a0, a1, a2
	CHECK(99, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; rem a0, a1, a2
	CHECK(100, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; rem a0, a1, a2
	CHECK(101, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; rem a0, a1, a2
	CHECK(102, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; rem a0, a1, a2
	CHECK(103, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; rem a0, a1, a2
	CHECK(104, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; rem a0, a1, a2
	CHECK(105, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; rem a0, a1, a2
	CHECK(106, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; rem a0, a1, a2
	CHECK(107, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; rem a0, a1, a2
	CHECK(108, a0, 0xfffffffffffffff9)
	li a1, 0xffffffff; li a2, 0x0; rem a0, a1, a2
	CHECK(109, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x1; rem a0, a1, a2
	CHECK(110, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; rem a0, a1, a2
	CHECK(111, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x8000000000000000; rem a0, a1, a2
	CHECK(112, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; rem a0, a1, a2
	CHECK(113, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x80000000; rem a0, a1, a2
	CHECK(114, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x7fffffff; rem a0, a1, a2
	CHECK(115, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; rem a0, a1, a2
	CHECK(116, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; rem a0, a1, a2
	CHECK(117, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; rem a0, a1, a2
	CHECK(118, a0, 0x3)
	li a1, 0xffffffff; li a2, 0xffffffff; rem a0, a1, a2
	CHECK(119, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; rem a0, a1, a2
	CHECK(120, a0, 0xffffffff)
	li a1, 0xff00000100ff80; li a2, 0x0; rem a0, a1, a2
	CHECK(121, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; rem a0, a1, a2
	CHECK(122, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; rem a0, a1, a2
	CHECK(123, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; rem a0, a1, a2
	CHECK(124, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; rem a0, a1, a2
	CHECK(125, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x80000000; rem a0, a1, a2
	CHECK(126, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; rem a0, a1, a2
	CHECK(127, a0, 0x2feff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; rem a0, a1, a2
	CHECK(128, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; rem a0, a1, a2
	CHECK(129, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; rem a0, a1, a2
	CHECK(130, a0, 0x4)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; rem a0, a1, a2
	CHECK(131, a0, 0x1ffff80)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; rem a0, a1, a2
	CHECK(132, a0, 0x0)
	/* remu */
	li a1, 0x0; li a2, 0x0; remu a0, a1, a2
	CHECK(133, a0, 0x0)
	li a1, 0x0; li a2, 0x1; remu a0, a1, a2
	CHECK(134, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; remu a0, a1, a2
	CHECK(135, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; remu a0, a1, a2
	CHECK(136, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; remu a0, a1, a2
	CHECK(137, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; remu a0, a1, a2
	CHECK(138, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; remu a0, a1, a2
	CHECK(139, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; remu a0, a1, a2
	CHECK(140, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; remu a0, a1, a2
	CHECK(141, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; remu a0, a1, a2
	CHECK(142, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; remu a0, a1, a2
	CHECK(143, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; remu a0, a1, a2
	CHECK(144, a0, 0x0)
	li a1, 0x1; li a2, 0x0; remu a0, a1, a2
	CHECK(145, a0, 0x1)
	li a1, 0x1; li a2, 0x1; remu a0, a1, a2
	CHECK(146, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; remu a0, a1, a2
	CHECK(147, a0, 0x1)
	li a1, 0x1; li a2, 0x8000000000000000; remu a0, a1, a2
	CHECK(148, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffffffffffff; remu a0, a1, a2
	CHECK(149, a0, 0x1)
	li a1, 0x1; li a2, 0x80000000; remu a0, a1, a2
	CHECK(150, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffff; remu a0, a1, a2
	CHECK(151, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff80000000; remu a0, a1, a2
	CHECK(152, a0, 0x1)
	li a1, 0x1; li a2, 0x123456789abcdef0; remu a0, a1, a2
	CHECK(153, a0, 0x1)
	li a1, 0x1; li a2, 0xfffffffffffffff9; remu a0, a1, a2
	CHECK(154, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff; remu a0, a1, a2
	CHECK(155, a0, 0x1)
	li a1, 0x1; li a2, 0xff00000100ff80; remu a0, a1, a2
	CHECK(156, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x0; remu a0, a1, a2
	CHECK(157, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; remu a0, a1, a2
	CHECK(158, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; remu a0, a1, a2
	CHECK(159, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; remu a0, a1, a2
	CHECK(160, a0, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; remu a0, a1, a2
	CHECK(161, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; remu a0, a1, a2
	CHECK(162, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; remu a0, a1, a2
	CHECK(163, a0, 0x3)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; remu a0, a1, a2
	CHECK(164, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; remu a0, a1, a2
	CHECK(165, a0, 0x123456789abcedf)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; remu a0, a1, a2
	CHECK(166, a0, 0x6)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; remu a0, a1, a2
	CHECK(167, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; remu a0, a1, a2
	CHECK(168, a0, 0xfffefdff807f)
	li a1, 0x8000000000000000; li a2, 0x0; remu a0, a1, a2
	CHECK(169, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x1; remu a0, a1, a2
	CHECK(170, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; remu a0, a1, a2
	CHECK(171, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; remu a0, a1, a2
	CHECK(172, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; remu a0, a1, a2
	CHECK(173, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x80000000; remu a0, a1, a2
	CHECK(174, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; remu a0, a1, a2
	CHECK(175, a0, 0x2)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; remu a0, a1, a2
	CHECK(176, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; remu a0, a1, a2
	CHECK(177, a0, 0x91a2b3c4d5e770)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; remu a0, a1, a2
	CHECK(178, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xffffffff; remu a0, a1, a2
	CHECK(179, a0, 0x80000000)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; remu a0, a1, a2
	CHECK(180, a0, 0x7fffff7f804000)
	li a1, 0x7fffffffffffffff; li a2, 0x0; remu a0, a1, a2
	CHECK(181, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; remu a0, a1, a2
	CHECK(182, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; remu a0, a1, a2
	CHECK(183, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; remu a0, a1, a2
	CHECK(184, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; remu a0, a1, a2
	CHECK(185, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; remu a0, a1, a2
	CHECK(186, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; remu a0, a1, a2
	CHECK(187, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; remu a0, a1, a2
	CHECK(188, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; remu a0, a1, a2
	CHECK(189, a0, 0x91a2b3c4d5e76f)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; remu a0, a1, a2
	CHECK(190, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; remu a0, a1, a2
	CHECK(191, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; remu a0, a1, a2
	CHECK(192, a0, 0x7fffff7f803fff)
	li a1, 0x80000000; li a2, 0x0; remu a0, a1, a2
	CHECK(193, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x1; remu a0, a1, a2
	CHECK(194, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; remu a0, a1, a2
	CHECK(195, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x8000000000000000; remu a0, a1, a2
	CHECK(196, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; remu a0, a1, a2
	CHECK(197, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x80000000; remu a0, a1, a2
	CHECK(198, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffff; remu a0, a1, a2
	CHECK(199, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffff80000000; remu a0, a1, a2
	CHECK(200, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; remu a0, a1, a2
	CHECK(201, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; remu a0, a1, a2
	CHECK(202, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xffffffff; remu a0, a1, a2
	CHECK(203, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xff00000100ff80; remu a0, a1, a2
	CHECK(204, a0, 0x80000000)
	li a1, 0x7fffffff; li a2, 0x0; remu a0, a1, a2
	CHECK(205, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; remu a0, a1, a2
	CHECK(206, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; remu a0, a1, a2
	CHECK(207, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; remu a0, a1, a2
	CHECK(208, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; remu a0, a1, a2
	CHECK(209, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x80000000; remu a0, a1, a2
	CHECK(210, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffff; remu a0, a1, a2
	CHECK(211, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; remu a0, a1, a2
	CHECK(212, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; remu a0, a1, a2
	CHECK(213, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; remu a0, a1, a2
	CHECK(214, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffff; remu a0, a1, a2
	CHECK(215, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; remu a0, a1, a2
	CHECK(216, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; li a2, 0x0; remu a0, a1, a2
	CHECK(217, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; remu a0, a1, a2
	CHECK(218, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; remu a0, a1, a2
	CHECK(219, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; remu a0, a1, a2
	CHECK(220, a0, 0x7fffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; remu a0, a1, a2
	CHECK(221, a0, 0x7fffffff80000001)
	li a1, 0xffffffff80000000; li a2, 0x80000000; remu a0, a1, a2
	CHECK(222, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; remu a0, a1, a2
	CHECK(223, a0, 0x3)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; remu a0, a1, a2
	CHECK(224, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; remu a0, a1, a2
	CHECK(225, a0, 0x123456709abcee0)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; remu a0, a1, a2
	CHECK(226, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; remu a0, a1, a2
	CHECK(227, a0, 0x80000000)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; remu a0, a1, a2
	CHECK(228, a0, 0xfffe7dff8080)
	li a1, 0x123456789abcdef0; li a2, 0x0; remu a0, a1, a2
	CHECK(229, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; remu a0, a1, a2
	CHECK(230, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; remu a0, a1, a2
	CHECK(231, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; remu a0, a1, a2
	CHECK(232, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; remu a0, a1, a2
	CHECK(233, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; remu a0, a1, a2
	CHECK(234, a0, 0x1abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; remu a0, a1, a2
	CHECK(235, a0, 0x3f258be1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; remu a0, a1, a2
	CHECK(236, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; remu a0, a1, a2
	CHECK(237, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; remu a0, a1, a2
	CHECK(238, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; remu a0, a1, a2
	CHECK(239, a0, 0xacf13568)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; remu a0, a1, a2
	CHECK(240, a0, 0x46567888aae7f0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; remu a0, a1, a2
	CHECK(241, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; remu a0, a1, a2
	CHECK(242, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; remu a0, a1, a2
	CHECK(243, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; remu a0, a1, a2
	CHECK(244, a0, 0x7ffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; remu a0, a1, a2
	CHECK(245, a0, 0x7ffffffffffffffa)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; remu a0, a1, a2
	CHECK(246, a0, 0x7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; remu a0, a1, a2
	CHECK(247, a0, 0x7ffffffc)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; remu a0, a1, a2
	CHECK(248, a0, 0x7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; remu a0, a1, a2
	CHECK(249, a0, 0x123456789abced9)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; remu a0, a1, a2
	CHECK(250, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; remu a0, a1, a2
	CHECK(251, a0, 0xfffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; remu a0, a1, a2
	CHECK(252, a0, 0xfffefdff8079)
	li a1, 0xffffffff; li a2, 0x0; remu a0, a1, a2
	CHECK(253, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x1; remu a0, a1, a2
	CHECK(254, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; remu a0, a1, a2
	CHECK(255, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x8000000000000000; remu a0, a1, a2
	CHECK(1, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; remu a0, a1, a2
	CHECK(2, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x80000000; remu a0, a1, a2
	CHECK(3, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x7fffffff; remu a0, a1, a2
	CHECK(4, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; remu a0, a1, a2
	CHECK(5, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; remu a0, a1, a2
	CHECK(6, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; remu a0, a1, a2
	CHECK(7, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xffffffff; remu a0, a1, a2
	CHECK(8, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; remu a0, a1, a2
	CHECK(9, a0, 0xffffffff)
	li a1, 0xff00000100ff80; li a2, 0x0; remu a0, a1, a2
	CHECK(10, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; remu a0, a1, a2
	CHECK(11, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; remu a0, a1, a2
	CHECK(12, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; remu a0, a1, a2
	CHECK(13, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; remu a0, a1, a2
	CHECK(14, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x80000000; remu a0, a1, a2
	CHECK(15, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; remu a0, a1, a2
	CHECK(16, a0, 0x2feff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; remu a0, a1, a2
	CHECK(17, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; remu a0, a1, a2
	CHECK(18, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; remu a0, a1, a2
	CHECK(19, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; remu a0, a1, a2
	CHECK(20, a0, 0x1ffff80)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; remu a0, a1, a2
	CHECK(21, a0, 0x0)
	/* divw */
	li a1, 0x0; li a2, 0x0; divw a0, a1, a2
	CHECK(22, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x1; divw a0, a1, a2
	CHECK(23, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; divw a0, a1, a2
	CHECK(24, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; divw a0, a1, a2
	CHECK(25, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x7fffffffffffffff; divw a0, a1, a2
	CHECK(26, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; divw a0, a1, a2
	CHECK(27, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; divw a0, a1, a2
	CHECK(28, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; divw a0, a1, a2
	CHECK(29, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; divw a0, a1, a2
	CHECK(30, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; divw a0, a1, a2
	CHECK(31, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; divw a0, a1, a2
	CHECK(32, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; divw a0, a1, a2
	CHECK(33, a0, 0x0)
	li a1, 0x1; li a2, 0x0; divw a0, a1, a2
	CHECK(34, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x1; divw a0, a1, a2
	CHECK(35, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffffffffffff; divw a0, a1, a2
	CHECK(36, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x8000000000000000; divw a0, a1, a2
	CHECK(37, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x7fffffffffffffff; divw a0, a1, a2
	CHECK(38, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x80000000; divw a0, a1, a2
	CHECK(39, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffff; divw a0, a1, a2
	CHECK(40, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff80000000; divw a0, a1, a2
	CHECK(41, a0, 0x0)
	li a1, 0x1; li a2, 0x123456789abcdef0; divw a0, a1, a2
	CHECK(42, a0, 0x0)
	li a1, 0x1; li a2, 0xfffffffffffffff9; divw a0, a1, a2
	CHECK(43, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff; divw a0, a1, a2
	CHECK(44, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0xff00000100ff80; divw a0, a1, a2
	CHECK(45, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x0; divw a0, a1, a2
	CHECK(46, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; divw a0, a1, a2
	CHECK(47, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; divw a0, a1, a2
	CHECK(48, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; divw a0, a1, a2
	CHECK(49, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; divw a0, a1, a2
	CHECK(50, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; divw a0, a1, a2
	CHECK(51, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; divw a0, a1, a2
	CHECK(52, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; divw a0, a1, a2
	CHECK(53, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; divw a0, a1, a2
	CHECK(54, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; divw a0, a1, a2
	CHECK(55, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; divw a0, a1, a2
	CHECK(56, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; divw a0, a1, a2
	CHECK(57, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x0; divw a0, a1, a2
	CHECK(58, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x1; divw a0, a1, a2
	CHECK(59, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; divw a0, a1, a2
	CHECK(60, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; divw a0, a1, a2
	CHECK(61, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; divw a0, a1, a2
	CHECK(62, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x80000000; divw a0, a1, a2
	CHECK(63, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; divw a0, a1, a2
	CHECK(64, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; divw a0, a1, a2
	CHECK(65, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; divw a0, a1, a2
	CHECK(66, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; divw a0, a1, a2
	CHECK(67, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff; divw a0, a1, a2
	CHECK(68, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; divw a0, a1, a2
	CHECK(69, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; divw a0, a1, a2
	CHECK(70, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; divw a0, a1, a2
	CHECK(71, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; divw a0, a1, a2
	CHECK(72, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; divw a0, a1, a2
	CHECK(73, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; divw a0, a1, a2
	CHECK(74, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; divw a0, a1, a2
	CHECK(75, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; divw a0, a1, a2
	CHECK(76, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; divw a0, a1, a2
	CHECK(77, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; divw a0, a1, a2
	CHECK(78, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; divw a0, a1, a2
	CHECK(79, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; divw a0, a1, a2
	CHECK(80, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; divw a0, a1, a2
	CHECK(81, a0, 0x0)
	li a1, 0x80000000; li a2, 0x0; divw a0, a1, a2
	CHECK(82, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x1; divw a0, a1, a2
	CHECK(83, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; divw a0, a1, a2
	CHECK(84, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x8000000000000000; divw a0, a1, a2
	CHECK(85, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; divw a0, a1, a2
	CHECK(86, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x80000000; divw a0, a1, a2
	CHECK(87, a0, 0x1)
	li a1, 0x80000000; li a2, 0x7fffffff; divw a0, a1, a2
	CHECK(88, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0xffffffff80000000; divw a0, a1, a2
	CHECK(89, a0, 0x1)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; divw a0, a1, a2
	CHECK(90, a0, 0x1)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; divw a0, a1, a2
	CHECK(91, a0, 0x12492492)
	li a1, 0x80000000; li a2, 0xffffffff; divw a0, a1, a2
	CHECK(92, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0xff00000100ff80; divw a0, a1, a2
	CHECK(93, a0, 0xffffffffffffff81)
	li a1, 0x7fffffff; li a2, 0x0; divw a0, a1, a2
	CHECK(94, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x1; divw a0, a1, a2
	CHECK(95, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; divw a0, a1, a2
	CHECK(96, a0, 0xffffffff80000001)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; divw a0, a1, a2
	CHECK(97, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; divw a0, a1, a2
	CHECK(98, a0, 0xffffffff80000001)
	li a1, 0x7fffffff; li a2, 0x80000000; divw a0, a1, a2
	CHECK(99, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x7fffffff; divw a0, a1, a2
	CHECK(100, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; divw a0, a1, a2
	CHECK(101, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; divw a0, a1, a2
	CHECK(102, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; divw a0, a1, a2
	CHECK(103, a0, 0xffffffffedb6db6e)
	li a1, 0x7fffffff; li a2, 0xffffffff; divw a0, a1, a2
	CHECK(104, a0, 0xffffffff80000001)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; divw a0, a1, a2
	CHECK(105, a0, 0x7f)
	li a1, 0xffffffff80000000; li a2, 0x0; divw a0, a1, a2
	CHECK(106, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x1; divw a0, a1, a2
	CHECK(107, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; divw a0, a1, a2
	CHECK(108, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; divw a0, a1, a2
	CHECK(109, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; divw a0, a1, a2
	CHECK(110, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x80000000; divw a0, a1, a2
	CHECK(111, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; divw a0, a1, a2
	CHECK(112, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; divw a0, a1, a2
	CHECK(113, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; divw a0, a1, a2
	CHECK(114, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; divw a0, a1, a2
	CHECK(115, a0, 0x12492492)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; divw a0, a1, a2
	CHECK(116, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; divw a0, a1, a2
	CHECK(117, a0, 0xffffffffffffff81)
	li a1, 0x123456789abcdef0; li a2, 0x0; divw a0, a1, a2
	CHECK(118, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x1; divw a0, a1, a2
	CHECK(119, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; divw a0, a1, a2
	CHECK(120, a0, 0x65432110)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; divw a0, a1, a2
	CHECK(121, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; divw a0, a1, a2
	CHECK(122, a0, 0x65432110)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; divw a0, a1, a2
	CHECK(123, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; divw a0, a1, a2
	CHECK(124, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; divw a0, a1, a2
	CHECK(125, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; divw a0, a1, a2
	CHECK(126, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; divw a0, a1, a2
	CHECK(127, a0, 0xe774ddd)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; divw a0, a1, a2
	CHECK(128, a0, 0x65432110)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; divw a0, a1, a2
	CHECK(129, a0, 0xffffffffffffff9c)
	li a1, 0xfffffffffffffff9; li a2, 0x0; divw a0, a1, a2
	CHECK(130, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x1; divw a0, a1, a2
	CHECK(131, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; divw a0, a1, a2
	CHECK(132, a0, 0x7)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; divw a0, a1, a2
	CHECK(133, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; divw a0, a1, a2
	CHECK(134, a0, 0x7)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; divw a0, a1, a2
	CHECK(135, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; divw a0, a1, a2
	CHECK(136, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; divw a0, a1, a2
	CHECK(137, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; divw a0, a1, a2
	CHECK(138, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; divw a0, a1, a2
	CHECK(139, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; divw a0, a1, a2
	CHECK(140, a0, 0x7)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; divw a0, a1, a2
	CHECK(141, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x0; divw a0, a1, a2
	CHECK(142, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1; divw a0, a1, a2
	CHECK(143, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; divw a0, a1, a2
	CHECK(144, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x8000000000000000; divw a0, a1, a2
	CHECK(145, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; divw a0, a1, a2
	CHECK(146, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x80000000; divw a0, a1, a2
	CHECK(147, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x7fffffff; divw a0, a1, a2
	CHECK(148, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; divw a0, a1, a2
	CHECK(149, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; divw a0, a1, a2
	CHECK(150, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; divw a0, a1, a2
	CHECK(151, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffff; divw a0, a1, a2
	CHECK(152, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; divw a0, a1, a2
	CHECK(153, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x0; divw a0, a1, a2
	CHECK(154, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x1; divw a0, a1, a2
	CHECK(155, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; divw a0, a1, a2
	CHECK(156, a0, 0xfffffffffeff0080)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; divw a0, a1, a2
	CHECK(157, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; divw a0, a1, a2
	CHECK(158, a0, 0xfffffffffeff0080)
	li a1, 0xff00000100ff80; li a2, 0x80000000; divw a0, a1, a2
	CHECK(159, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; divw a0, a1, a2
	CHECK(160, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; divw a0, a1, a2
	CHECK(161, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; divw a0, a1, a2
	CHECK(162, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; divw a0, a1, a2
	CHECK(163, a0, 0xffffffffffdb4937)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; divw a0, a1, a2
	CHECK(164, a0, 0xfffffffffeff0080)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; divw a0, a1, a2
	CHECK(165, a0, 0x1)
	/* divuw */
	li a1, 0x0; li a2, 0x0; divuw a0, a1, a2
	CHECK(166, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x1; divuw a0, a1, a2
	CHECK(167, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; divuw a0, a1, a2
	CHECK(168, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; divuw a0, a1, a2
	CHECK(169, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x7fffffffffffffff; divuw a0, a1, a2
	CHECK(170, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; divuw a0, a1, a2
	CHECK(171, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; divuw a0, a1, a2
	CHECK(172, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; divuw a0, a1, a2
	CHECK(173, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; divuw a0, a1, a2
	CHECK(174, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; divuw a0, a1, a2
	CHECK(175, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; divuw a0, a1, a2
	CHECK(176, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; divuw a0, a1, a2
	CHECK(177, a0, 0x0)
	li a1, 0x1; li a2, 0x0; divuw a0, a1, a2
	CHECK(178, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x1; divuw a0, a1, a2
	CHECK(179, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffffffffffff; divuw a0, a1, a2
	CHECK(180, a0, 0x0)
	li a1, 0x1; li a2, 0x8000000000000000; divuw a0, a1, a2
	CHECK(181, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x7fffffffffffffff; divuw a0, a1, a2
	CHECK(182, a0, 0x0)
	li a1, 0x1; li a2, 0x80000000; divuw a0, a1, a2
	CHECK(183, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffff; divuw a0, a1, a2
	CHECK(184, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff80000000; divuw a0, a1, a2
	CHECK(185, a0, 0x0)
	li a1, 0x1; li a2, 0x123456789abcdef0; divuw a0, a1, a2
	CHECK(186, a0, 0x0)
	li a1, 0x1; li a2, 0xfffffffffffffff9; divuw a0, a1, a2
	CHECK(187, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff; divuw a0, a1, a2
	CHECK(188, a0, 0x0)
	li a1, 0x1; li a2, 0xff00000100ff80; divuw a0, a1, a2
	CHECK(189, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x0; divuw a0, a1, a2
	CHECK(190, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; divuw a0, a1, a2
	CHECK(191, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; divuw a0, a1, a2
	CHECK(192, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; divuw a0, a1, a2
	CHECK(193, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; divuw a0, a1, a2
	CHECK(194, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; divuw a0, a1, a2
	CHECK(195, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; divuw a0, a1, a2
	CHECK(196, a0, 0x2)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; divuw a0, a1, a2
	CHECK(197, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; divuw a0, a1, a2
	CHECK(198, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; divuw a0, a1, a2
	CHECK(199, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; divuw a0, a1, a2
	CHECK(200, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; divuw a0, a1, a2
	CHECK(201, a0, 0xff)
	li a1, 0x8000000000000000; li a2, 0x0; divuw a0, a1, a2
	CHECK(202, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x1; divuw a0, a1, a2
	CHECK(203, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; divuw a0, a1, a2
	CHECK(204, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; divuw a0, a1, a2
	CHECK(205, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; divuw a0, a1, a2
	CHECK(206, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x80000000; divuw a0, a1, a2
	CHECK(207, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; divuw a0, a1, a2
	CHECK(208, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; divuw a0, a1, a2
	CHECK(209, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; divuw a0, a1, a2
	CHECK(210, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; divuw a0, a1, a2
	CHECK(211, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff; divuw a0, a1, a2
	CHECK(212, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; divuw a0, a1, a2
	CHECK(213, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; divuw a0, a1, a2
	CHECK(214, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; divuw a0, a1, a2
	CHECK(215, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; divuw a0, a1, a2
	CHECK(216, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; divuw a0, a1, a2
	CHECK(217, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; divuw a0, a1, a2
	CHECK(218, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; divuw a0, a1, a2
	CHECK(219, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; divuw a0, a1, a2
	CHECK(220, a0, 0x2)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; divuw a0, a1, a2
	CHECK(221, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; divuw a0, a1, a2
	CHECK(222, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; divuw a0, a1, a2
	CHECK(223, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; divuw a0, a1, a2
	CHECK(224, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; divuw a0, a1, a2
	CHECK(225, a0, 0xff)
	li a1, 0x80000000; li a2, 0x0; divuw a0, a1, a2
	CHECK(226, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x1; divuw a0, a1, a2
	CHECK(227, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; divuw a0, a1, a2
	CHECK(228, a0, 0x0)
	li a1, 0x80000000; li a2, 0x8000000000000000; divuw a0, a1, a2
	CHECK(229, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; divuw a0, a1, a2
	CHECK(230, a0, 0x0)
	li a1, 0x80000000; li a2, 0x80000000; divuw a0, a1, a2
	CHECK(231, a0, 0x1)
	li a1, 0x80000000; li a2, 0x7fffffff; divuw a0, a1, a2
	CHECK(232, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffff80000000; divuw a0, a1, a2
	CHECK(233, a0, 0x1)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; divuw a0, a1, a2
	CHECK(234, a0, 0x0)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; divuw a0, a1, a2
	CHECK(235, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffff; divuw a0, a1, a2
	CHECK(236, a0, 0x0)
	li a1, 0x80000000; li a2, 0xff00000100ff80; divuw a0, a1, a2
	CHECK(237, a0, 0x7f)
	li a1, 0x7fffffff; li a2, 0x0; divuw a0, a1, a2
	CHECK(238, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x1; divuw a0, a1, a2
	CHECK(239, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; divuw a0, a1, a2
	CHECK(240, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; divuw a0, a1, a2
	CHECK(241, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; divuw a0, a1, a2
	CHECK(242, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x80000000; divuw a0, a1, a2
	CHECK(243, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x7fffffff; divuw a0, a1, a2
	CHECK(244, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; divuw a0, a1, a2
	CHECK(245, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; divuw a0, a1, a2
	CHECK(246, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; divuw a0, a1, a2
	CHECK(247, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffff; divuw a0, a1, a2
	CHECK(248, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; divuw a0, a1, a2
	CHECK(249, a0, 0x7f)
	li a1, 0xffffffff80000000; li a2, 0x0; divuw a0, a1, a2
	CHECK(250, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x1; divuw a0, a1, a2
	CHECK(251, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; divuw a0, a1, a2
	CHECK(252, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; divuw a0, a1, a2
	CHECK(253, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; divuw a0, a1, a2
	CHECK(254, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x80000000; divuw a0, a1, a2
	CHECK(255, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; divuw a0, a1, a2
	CHECK(1, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; divuw a0, a1, a2
	CHECK(2, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; divuw a0, a1, a2
	CHECK(3, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; divuw a0, a1, a2
	CHECK(4, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; divuw a0, a1, a2
	CHECK(5, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; divuw a0, a1, a2
	CHECK(6, a0, 0x7f)
	li a1, 0x123456789abcdef0; li a2, 0x0; divuw a0, a1, a2
	CHECK(7, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x1; divuw a0, a1, a2
	CHECK(8, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; divuw a0, a1, a2
	CHECK(9, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; divuw a0, a1, a2
	CHECK(10, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; divuw a0, a1, a2
	CHECK(11, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; divuw a0, a1, a2
	CHECK(12, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; divuw a0, a1, a2
	CHECK(13, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; divuw a0, a1, a2
	CHECK(14, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; divuw a0, a1, a2
	CHECK(15, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; divuw a0, a1, a2
	CHECK(16, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; divuw a0, a1, a2
	CHECK(17, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; divuw a0, a1, a2
	CHECK(18, a0, 0x9a)
	li a1, 0xfffffffffffffff9; li a2, 0x0; divuw a0, a1, a2
	CHECK(19, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x1; divuw a0, a1, a2
	CHECK(20, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; divuw a0, a1, a2
	CHECK(21, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; divuw a0, a1, a2
	CHECK(22, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; divuw a0, a1, a2
	CHECK(23, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; divuw a0, a1, a2
	CHECK(24, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; divuw a0, a1, a2
	CHECK(25, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; divuw a0, a1, a2
	CHECK(26, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; divuw a0, a1, a2
	CHECK(27, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; divuw a0, a1, a2
	CHECK(28, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; divuw a0, a1, a2
	CHECK(29, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; divuw a0, a1, a2
	CHECK(30, a0, 0xff)
	li a1, 0xffffffff; li a2, 0x0; divuw a0, a1, a2
	CHECK(31, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1; divuw a0, a1, a2
	CHECK(32, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; divuw a0, a1, a2
	CHECK(33, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x8000000000000000; divuw a0, a1, a2
	CHECK(34, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; divuw a0, a1, a2
	CHECK(35, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x80000000; divuw a0, a1, a2
	CHECK(36, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x7fffffff; divuw a0, a1, a2
	CHECK(37, a0, 0x2)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; divuw a0, a1, a2
	CHECK(38, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; divuw a0, a1, a2
	CHECK(39, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; divuw a0, a1, a2
	CHECK(40, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xffffffff; divuw a0, a1, a2
	CHECK(41, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; divuw a0, a1, a2
	CHECK(42, a0, 0xff)
	li a1, 0xff00000100ff80; li a2, 0x0; divuw a0, a1, a2
	CHECK(43, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x1; divuw a0, a1, a2
	CHECK(44, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; divuw a0, a1, a2
	CHECK(45, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; divuw a0, a1, a2
	CHECK(46, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; divuw a0, a1, a2
	CHECK(47, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x80000000; divuw a0, a1, a2
	CHECK(48, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; divuw a0, a1, a2
	CHECK(49, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; divuw a0, a1, a2
	CHECK(50, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; divuw a0, a1, a2
	CHECK(51, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; divuw a0, a1, a2
	CHECK(52, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; divuw a0, a1, a2
	CHECK(53, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; divuw a0, a1, a2
	CHECK(54, a0, 0x1)
	/* remw */
	li a1, 0x0; li a2, 0x0; remw a0, a1, a2
	CHECK(55, a0, 0x0)
	li a1, 0x0; li a2, 0x1; remw a0, a1, a2
	CHECK(56, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; remw a0, a1, a2
	CHECK(57, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; remw a0, a1, a2
	CHECK(58, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; remw a0, a1, a2
	CHECK(59, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; remw a0, a1, a2
	CHECK(60, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; remw a0, a1, a2
	CHECK(61, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; remw a0, a1, a2
	CHECK(62, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; remw a0, a1, a2
	CHECK(63, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; remw a0, a1, a2
	CHECK(64, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; remw a0, a1, a2
	CHECK(65, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; remw a0, a1, a2
	CHECK(66, a0, 0x0)
	li a1, 0x1; li a2, 0x0; remw a0, a1, a2
	CHECK(67, a0, 0x1)
	li a1, 0x1; li a2, 0x1; remw a0, a1, a2
	CHECK(68, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; remw a0, a1, a2
	CHECK(69, a0, 0x0)
	li a1, 0x1; li a2, 0x8000000000000000; remw a0, a1, a2
	CHECK(70, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffffffffffff; remw a0, a1, a2
	CHECK(71, a0, 0x0)
	li a1, 0x1; li a2, 0x80000000; remw a0, a1, a2
	CHECK(72, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffff; remw a0, a1, a2
	CHECK(73, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff80000000; remw a0, a1, a2
	CHECK(74, a0, 0x1)
	li a1, 0x1; li a2, 0x123456789abcdef0; remw a0, a1, a2
	CHECK(75, a0, 0x1)
	li a1, 0x1; li a2, 0xfffffffffffffff9; remw a0, a1, a2
	CHECK(76, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff; remw a0, a1, a2
	CHECK(77, a0, 0x0)
	li a1, 0x1; li a2, 0xff00000100ff80; remw a0, a1, a2
	CHECK(78, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x0; remw a0, a1, a2
	CHECK(79, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; remw a0, a1, a2
	CHECK(80, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; remw a0, a1, a2
	CHECK(81, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; remw a0, a1, a2
	CHECK(82, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; remw a0, a1, a2
	CHECK(83, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; remw a0, a1, a2
	CHECK(84, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; remw a0, a1, a2
	CHECK(85, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; remw a0, a1, a2
	CHECK(86, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; remw a0, a1, a2
	CHECK(87, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; remw a0, a1, a2
	CHECK(88, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; remw a0, a1, a2
	CHECK(89, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; remw a0, a1, a2
	CHECK(90, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x0; remw a0, a1, a2
	CHECK(91, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; remw a0, a1, a2
	CHECK(92, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; remw a0, a1, a2
	CHECK(93, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; remw a0, a1, a2
	CHECK(94, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; remw a0, a1, a2
	CHECK(95, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x80000000; remw a0, a1, a2
	CHECK(96, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; remw a0, a1, a2
	CHECK(97, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; remw a0, a1, a2
	CHECK(98, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; remw a0, a1, a2
	CHECK(99, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; remw a0, a1, a2
	CHECK(100, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff; remw a0, a1, a2
	CHECK(101, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; remw a0, a1, a2
	CHECK(102, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; remw a0, a1, a2
	CHECK(103, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; remw a0, a1, a2
	CHECK(104, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; remw a0, a1, a2
	CHECK(105, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; remw a0, a1, a2
	CHECK(106, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; remw a0, a1, a2
	CHECK(107, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; remw a0, a1, a2
	CHECK(108, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; remw a0, a1, a2
	CHECK(109, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; remw a0, a1, a2
	CHECK(110, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; remw a0, a1, a2
	CHECK(111, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; remw a0, a1, a2
	CHECK(112, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; remw a0, a1, a2
	CHECK(113, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; remw a0, a1, a2
	CHECK(114, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x0; remw a0, a1, a2
	CHECK(115, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x1; remw a0, a1, a2
	CHECK(116, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; remw a0, a1, a2
	CHECK(117, a0, 0x0)
	li a1, 0x80000000; li a2, 0x8000000000000000; remw a0, a1, a2
	CHECK(118, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; remw a0, a1, a2
	CHECK(119, a0, 0x0)
	li a1, 0x80000000; li a2, 0x80000000; remw a0, a1, a2
	CHECK(120, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffff; remw a0, a1, a2
	CHECK(121, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0xffffffff80000000; remw a0, a1, a2
	CHECK(122, a0, 0x0)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; remw a0, a1, a2
	CHECK(123, a0, 0xffffffffe5432110)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; remw a0, a1, a2
	CHECK(124, a0, 0xfffffffffffffffe)
	li a1, 0x80000000; li a2, 0xffffffff; remw a0, a1, a2
	CHECK(125, a0, 0x0)
	li a1, 0x80000000; li a2, 0xff00000100ff80; remw a0, a1, a2
	CHECK(126, a0, 0xffffffffff7ec080)
	li a1, 0x7fffffff; li a2, 0x0; remw a0, a1, a2
	CHECK(127, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; remw a0, a1, a2
	CHECK(128, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; remw a0, a1, a2
	CHECK(129, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; remw a0, a1, a2
	CHECK(130, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; remw a0, a1, a2
	CHECK(131, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x80000000; remw a0, a1, a2
	CHECK(132, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffff; remw a0, a1, a2
	CHECK(133, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; remw a0, a1, a2
	CHECK(134, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; remw a0, a1, a2
	CHECK(135, a0, 0x1abcdeef)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; remw a0, a1, a2
	CHECK(136, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0xffffffff; remw a0, a1, a2
	CHECK(137, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; remw a0, a1, a2
	CHECK(138, a0, 0x813f7f)
	li a1, 0xffffffff80000000; li a2, 0x0; remw a0, a1, a2
	CHECK(139, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; remw a0, a1, a2
	CHECK(140, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; remw a0, a1, a2
	CHECK(141, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; remw a0, a1, a2
	CHECK(142, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; remw a0, a1, a2
	CHECK(143, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x80000000; remw a0, a1, a2
	CHECK(144, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; remw a0, a1, a2
	CHECK(145, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; remw a0, a1, a2
	CHECK(146, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; remw a0, a1, a2
	CHECK(147, a0, 0xffffffffe5432110)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; remw a0, a1, a2
	CHECK(148, a0, 0xfffffffffffffffe)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; remw a0, a1, a2
	CHECK(149, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; remw a0, a1, a2
	CHECK(150, a0, 0xffffffffff7ec080)
	li a1, 0x123456789abcdef0; li a2, 0x0; remw a0, a1, a2
	CHECK(151, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; remw a0, a1, a2
	CHECK(152, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; remw a0, a1, a2
	CHECK(153, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; remw a0, a1, a2
	CHECK(154, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; remw a0, a1, a2
	CHECK(155, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; remw a0, a1, a2
	CHECK(156, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; remw a0, a1, a2
	CHECK(157, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; remw a0, a1, a2
	CHECK(158, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; remw a0, a1, a2
	CHECK(159, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; remw a0, a1, a2
	CHECK(160, a0, 0xfffffffffffffffb)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; remw a0, a1, a2
	CHECK(161, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; remw a0, a1, a2
	CHECK(162, a0, 0xffffffffff20acf0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; remw a0, a1, a2
	CHECK(163, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; remw a0, a1, a2
	CHECK(164, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; remw a0, a1, a2
	CHECK(165, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; remw a0, a1, a2
	CHECK(166, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; remw a0, a1, a2
	CHECK(167, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; remw a0, a1, a2
	CHECK(168, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; remw a0, a1, a2
	CHECK(169, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; remw a0, a1, a2
	CHECK(170, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; remw a0, a1, a2
	CHECK(171, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; remw a0, a1, a2
	CHECK(172, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; remw a0, a1, a2
	CHECK(173, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; remw a0, a1, a2
	CHECK(174, a0, 0xfffffffffffffff9)
	li a1, 0xffffffff; li a2, 0x0; remw a0, a1, a2
	CHECK(175, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1; remw a0, a1, a2
	CHECK(176, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; remw a0, a1, a2
	CHECK(177, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x8000000000000000; remw a0, a1, a2
	CHECK(178, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; remw a0, a1, a2
	CHECK(179, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x80000000; remw a0, a1, a2
	CHECK(180, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffff; remw a0, a1, a2
	CHECK(181, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; remw a0, a1, a2
	CHECK(182, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; remw a0, a1, a2
	CHECK(183, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; remw a0, a1, a2
	CHECK(184, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0xffffffff; remw a0, a1, a2
	CHECK(185, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; remw a0, a1, a2
	CHECK(186, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x0; remw a0, a1, a2
	CHECK(187, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; remw a0, a1, a2
	CHECK(188, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; remw a0, a1, a2
	CHECK(189, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; remw a0, a1, a2
	CHECK(190, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; remw a0, a1, a2
	CHECK(191, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x80000000; remw a0, a1, a2
	CHECK(192, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; remw a0, a1, a2
	CHECK(193, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; remw a0, a1, a2
	CHECK(194, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; remw a0, a1, a2
	CHECK(195, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; remw a0, a1, a2
	CHECK(196, a0, 0x1)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; remw a0, a1, a2
	CHECK(197, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; remw a0, a1, a2
	CHECK(198, a0, 0x0)
	/* remuw */
	li a1, 0x0; li a2, 0x0; remuw a0, a1, a2
	CHECK(199, a0, 0x0)
	li a1, 0x0; li a2, 0x1; remuw a0, a1, a2
	CHECK(200, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; remuw a0, a1, a2
	CHECK(201, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; remuw a0, a1, a2
	CHECK(202, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; remuw a0, a1, a2
	CHECK(203, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; remuw a0, a1, a2
	CHECK(204, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; remuw a0, a1, a2
	CHECK(205, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; remuw a0, a1, a2
	CHECK(206, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; remuw a0, a1, a2
	CHECK(207, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; remuw a0, a1, a2
	CHECK(208, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; remuw a0, a1, a2
	CHECK(209, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; remuw a0, a1, a2
	CHECK(210, a0, 0x0)
	li a1, 0x1; li a2, 0x0; remuw a0, a1, a2
	CHECK(211, a0, 0x1)
	li a1, 0x1; li a2, 0x1; remuw a0, a1, a2
	CHECK(212, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; remuw a0, a1, a2
	CHECK(213, a0, 0x1)
	li a1, 0x1; li a2, 0x8000000000000000; remuw a0, a1, a2
	CHECK(214, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffffffffffff; remuw a0, a1, a2
	CHECK(215, a0, 0x1)
	li a1, 0x1; li a2, 0x80000000; remuw a0, a1, a2
	CHECK(216, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffff; remuw a0, a1, a2
	CHECK(217, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff80000000; remuw a0, a1, a2
	CHECK(218, a0, 0x1)
	li a1, 0x1; li a2, 0x123456789abcdef0; remuw a0, a1, a2
	CHECK(219, a0, 0x1)
	li a1, 0x1; li a2, 0xfffffffffffffff9; remuw a0, a1, a2
	CHECK(220, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff; remuw a0, a1, a2
	CHECK(221, a0, 0x1)
	li a1, 0x1; li a2, 0xff00000100ff80; remuw a0, a1, a2
	CHECK(222, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x0; remuw a0, a1, a2
	CHECK(223, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; remuw a0, a1, a2
	CHECK(224, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; remuw a0, a1, a2
	CHECK(225, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; remuw a0, a1, a2
	CHECK(226, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; remuw a0, a1, a2
	CHECK(227, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; remuw a0, a1, a2
	CHECK(228, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; remuw a0, a1, a2
	CHECK(229, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; remuw a0, a1, a2
	CHECK(230, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; remuw a0, a1, a2
	CHECK(231, a0, 0x6543210f)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; remuw a0, a1, a2
	CHECK(232, a0, 0x6)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; remuw a0, a1, a2
	CHECK(233, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; remuw a0, a1, a2
	CHECK(234, a0, 0x17f7f)
	li a1, 0x8000000000000000; li a2, 0x0; remuw a0, a1, a2
	CHECK(235, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; remuw a0, a1, a2
	CHECK(236, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; remuw a0, a1, a2
	CHECK(237, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; remuw a0, a1, a2
	CHECK(238, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; remuw a0, a1, a2
	CHECK(239, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x80000000; remuw a0, a1, a2
	CHECK(240, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; remuw a0, a1, a2
	CHECK(241, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; remuw a0, a1, a2
	CHECK(242, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; remuw a0, a1, a2
	CHECK(243, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; remuw a0, a1, a2
	CHECK(244, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff; remuw a0, a1, a2
	CHECK(245, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; remuw a0, a1, a2
	CHECK(246, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; remuw a0, a1, a2
	CHECK(247, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; remuw a0, a1, a2
	CHECK(248, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; remuw a0, a1, a2
	CHECK(249, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; remuw a0, a1, a2
	CHECK(250, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; remuw a0, a1, a2
	CHECK(251, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; remuw a0, a1, a2
	CHECK(252, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; remuw a0, a1, a2
	CHECK(253, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; remuw a0, a1, a2
	CHECK(254, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; remuw a0, a1, a2
	CHECK(255, a0, 0x6543210f)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; remuw a0, a1, a2
	CHECK(1, a0, 0x6)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; remuw a0, a1, a2
	CHECK(2, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; remuw a0, a1, a2
	CHECK(3, a0, 0x17f7f)
	li a1, 0x80000000; li a2, 0x0; remuw a0, a1, a2
	CHECK(4, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x1; remuw a0, a1, a2
	CHECK(5, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; remuw a0, a1, a2
	CHECK(6, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x8000000000000000; remuw a0, a1, a2
	CHECK(7, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; remuw a0, a1, a2
	CHECK(8, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x80000000; remuw a0, a1, a2
	CHECK(9, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffff; remuw a0, a1, a2
	CHECK(10, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffff80000000; remuw a0, a1, a2
	CHECK(11, a0, 0x0)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; remuw a0, a1, a2
	CHECK(12, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; remuw a0, a1, a2
	CHECK(13, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0xffffffff; remuw a0, a1, a2
	CHECK(14, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0xff00000100ff80; remuw a0, a1, a2
	CHECK(15, a0, 0x813f80)
	li a1, 0x7fffffff; li a2, 0x0; remuw a0, a1, a2
	CHECK(16, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; remuw a0, a1, a2
	CHECK(17, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; remuw a0, a1, a2
	CHECK(18, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; remuw a0, a1, a2
	CHECK(19, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; remuw a0, a1, a2
	CHECK(20, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x80000000; remuw a0, a1, a2
	CHECK(21, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffff; remuw a0, a1, a2
	CHECK(22, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; remuw a0, a1, a2
	CHECK(23, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; remuw a0, a1, a2
	CHECK(24, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; remuw a0, a1, a2
	CHECK(25, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffff; remuw a0, a1, a2
	CHECK(26, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; remuw a0, a1, a2
	CHECK(27, a0, 0x813f7f)
	li a1, 0xffffffff80000000; li a2, 0x0; remuw a0, a1, a2
	CHECK(28, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; remuw a0, a1, a2
	CHECK(29, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; remuw a0, a1, a2
	CHECK(30, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; remuw a0, a1, a2
	CHECK(31, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; remuw a0, a1, a2
	CHECK(32, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x80000000; remuw a0, a1, a2
	CHECK(33, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; remuw a0, a1, a2
	CHECK(34, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; remuw a0, a1, a2
	CHECK(35, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; remuw a0, a1, a2
	CHECK(36, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; remuw a0, a1, a2
	CHECK(37, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; remuw a0, a1, a2
	CHECK(38, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; remuw a0, a1, a2
	CHECK(39, a0, 0x813f80)
	li a1, 0x123456789abcdef0; li a2, 0x0; remuw a0, a1, a2
	CHECK(40, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; remuw a0, a1, a2
	CHECK(41, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; remuw a0, a1, a2
	CHECK(42, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; remuw a0, a1, a2
	CHECK(43, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; remuw a0, a1, a2
	CHECK(44, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; remuw a0, a1, a2
	CHECK(45, a0, 0x1abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; remuw a0, a1, a2
	CHECK(46, a0, 0x1abcdef1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; remuw a0, a1, a2
	CHECK(47, a0, 0x1abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; remuw a0, a1, a2
	CHECK(48, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; remuw a0, a1, a2
	CHECK(49, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; remuw a0, a1, a2
	CHECK(50, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; remuw a0, a1, a2
	CHECK(51, a0, 0x232bf0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; remuw a0, a1, a2
	CHECK(52, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; remuw a0, a1, a2
	CHECK(53, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; remuw a0, a1, a2
	CHECK(54, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; remuw a0, a1, a2
	CHECK(55, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; remuw a0, a1, a2
	CHECK(56, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; remuw a0, a1, a2
	CHECK(57, a0, 0x7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; remuw a0, a1, a2
	CHECK(58, a0, 0x7ffffffa)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; remuw a0, a1, a2
	CHECK(59, a0, 0x7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; remuw a0, a1, a2
	CHECK(60, a0, 0x65432109)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; remuw a0, a1, a2
	CHECK(61, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; remuw a0, a1, a2
	CHECK(62, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; remuw a0, a1, a2
	CHECK(63, a0, 0x17f79)
	li a1, 0xffffffff; li a2, 0x0; remuw a0, a1, a2
	CHECK(64, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1; remuw a0, a1, a2
	CHECK(65, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; remuw a0, a1, a2
	CHECK(66, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x8000000000000000; remuw a0, a1, a2
	CHECK(67, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; remuw a0, a1, a2
	CHECK(68, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x80000000; remuw a0, a1, a2
	CHECK(69, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x7fffffff; remuw a0, a1, a2
	CHECK(70, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; remuw a0, a1, a2
	CHECK(71, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; remuw a0, a1, a2
	CHECK(72, a0, 0x6543210f)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; remuw a0, a1, a2
	CHECK(73, a0, 0x6)
	li a1, 0xffffffff; li a2, 0xffffffff; remuw a0, a1, a2
	CHECK(74, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; remuw a0, a1, a2
	CHECK(75, a0, 0x17f7f)
	li a1, 0xff00000100ff80; li a2, 0x0; remuw a0, a1, a2
	CHECK(76, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; remuw a0, a1, a2
	CHECK(77, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; remuw a0, a1, a2
	CHECK(78, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; remuw a0, a1, a2
	CHECK(79, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; remuw a0, a1, a2
	CHECK(80, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x80000000; remuw a0, a1, a2
	CHECK(81, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; remuw a0, a1, a2
	CHECK(82, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; remuw a0, a1, a2
	CHECK(83, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; remuw a0, a1, a2
	CHECK(84, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; remuw a0, a1, a2
	CHECK(85, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; remuw a0, a1, a2
	CHECK(86, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; remuw a0, a1, a2
	CHECK(87, a0, 0x0)
TEST_END
