/* M extension: mulh* with negative values, division by zero and signed overflow */
/* Table-driven: one check per (operation, operands) over edge values. Written by a throwaway
 * script at test-writing time, expected values computed from the RISC-V unprivileged spec
 * with Python integers, and run against qemu-riscv64. A failing check prints its number. */
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
	CHECK(256, a0, 0x3)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; mulh a0, a1, a2
	CHECK(257, a0, 0xfffffffffffffffc)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; mulh a0, a1, a2
	CHECK(258, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; mulh a0, a1, a2
	CHECK(259, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; mulh a0, a1, a2
	CHECK(260, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; mulh a0, a1, a2
	CHECK(261, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; mulh a0, a1, a2
	CHECK(262, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; mulh a0, a1, a2
	CHECK(263, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; mulh a0, a1, a2
	CHECK(264, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x0; mulh a0, a1, a2
	CHECK(265, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x1; mulh a0, a1, a2
	CHECK(266, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; mulh a0, a1, a2
	CHECK(267, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x8000000000000000; mulh a0, a1, a2
	CHECK(268, a0, 0xffffffff80000000)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; mulh a0, a1, a2
	CHECK(269, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x80000000; mulh a0, a1, a2
	CHECK(270, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x7fffffff; mulh a0, a1, a2
	CHECK(271, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; mulh a0, a1, a2
	CHECK(272, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; mulh a0, a1, a2
	CHECK(273, a0, 0x12345678)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; mulh a0, a1, a2
	CHECK(274, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0xffffffff; mulh a0, a1, a2
	CHECK(275, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; mulh a0, a1, a2
	CHECK(276, a0, 0xff0000)
	li a1, 0xff00000100ff80; li a2, 0x0; mulh a0, a1, a2
	CHECK(277, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x1; mulh a0, a1, a2
	CHECK(278, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; mulh a0, a1, a2
	CHECK(279, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; mulh a0, a1, a2
	CHECK(280, a0, 0xff807fffff7f8040)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; mulh a0, a1, a2
	CHECK(281, a0, 0x7f800000807fbf)
	li a1, 0xff00000100ff80; li a2, 0x80000000; mulh a0, a1, a2
	CHECK(282, a0, 0x7f8000)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; mulh a0, a1, a2
	CHECK(283, a0, 0x7f7fff)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; mulh a0, a1, a2
	CHECK(284, a0, 0xffffffffff807fff)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; mulh a0, a1, a2
	CHECK(285, a0, 0x122222223468a3)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; mulh a0, a1, a2
	CHECK(286, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; mulh a0, a1, a2
	CHECK(287, a0, 0xff0000)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; mulh a0, a1, a2
	CHECK(288, a0, 0xfe010001fffd)
	/* mulhsu */
	li a1, 0x0; li a2, 0x0; mulhsu a0, a1, a2
	CHECK(289, a0, 0x0)
	li a1, 0x0; li a2, 0x1; mulhsu a0, a1, a2
	CHECK(290, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; mulhsu a0, a1, a2
	CHECK(291, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; mulhsu a0, a1, a2
	CHECK(292, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; mulhsu a0, a1, a2
	CHECK(293, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; mulhsu a0, a1, a2
	CHECK(294, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; mulhsu a0, a1, a2
	CHECK(295, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; mulhsu a0, a1, a2
	CHECK(296, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; mulhsu a0, a1, a2
	CHECK(297, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; mulhsu a0, a1, a2
	CHECK(298, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; mulhsu a0, a1, a2
	CHECK(299, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; mulhsu a0, a1, a2
	CHECK(300, a0, 0x0)
	li a1, 0x1; li a2, 0x0; mulhsu a0, a1, a2
	CHECK(301, a0, 0x0)
	li a1, 0x1; li a2, 0x1; mulhsu a0, a1, a2
	CHECK(302, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; mulhsu a0, a1, a2
	CHECK(303, a0, 0x0)
	li a1, 0x1; li a2, 0x8000000000000000; mulhsu a0, a1, a2
	CHECK(304, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffffffffffff; mulhsu a0, a1, a2
	CHECK(305, a0, 0x0)
	li a1, 0x1; li a2, 0x80000000; mulhsu a0, a1, a2
	CHECK(306, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffff; mulhsu a0, a1, a2
	CHECK(307, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff80000000; mulhsu a0, a1, a2
	CHECK(308, a0, 0x0)
	li a1, 0x1; li a2, 0x123456789abcdef0; mulhsu a0, a1, a2
	CHECK(309, a0, 0x0)
	li a1, 0x1; li a2, 0xfffffffffffffff9; mulhsu a0, a1, a2
	CHECK(310, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff; mulhsu a0, a1, a2
	CHECK(311, a0, 0x0)
	li a1, 0x1; li a2, 0xff00000100ff80; mulhsu a0, a1, a2
	CHECK(312, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x0; mulhsu a0, a1, a2
	CHECK(313, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x1; mulhsu a0, a1, a2
	CHECK(314, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; mulhsu a0, a1, a2
	CHECK(315, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; mulhsu a0, a1, a2
	CHECK(316, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; mulhsu a0, a1, a2
	CHECK(317, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; mulhsu a0, a1, a2
	CHECK(318, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; mulhsu a0, a1, a2
	CHECK(319, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; mulhsu a0, a1, a2
	CHECK(320, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; mulhsu a0, a1, a2
	CHECK(321, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; mulhsu a0, a1, a2
	CHECK(322, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; mulhsu a0, a1, a2
	CHECK(323, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; mulhsu a0, a1, a2
	CHECK(324, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x0; mulhsu a0, a1, a2
	CHECK(325, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; mulhsu a0, a1, a2
	CHECK(326, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; mulhsu a0, a1, a2
	CHECK(327, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; mulhsu a0, a1, a2
	CHECK(328, a0, 0xc000000000000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; mulhsu a0, a1, a2
	CHECK(329, a0, 0xc000000000000000)
	li a1, 0x8000000000000000; li a2, 0x80000000; mulhsu a0, a1, a2
	CHECK(330, a0, 0xffffffffc0000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; mulhsu a0, a1, a2
	CHECK(331, a0, 0xffffffffc0000000)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; mulhsu a0, a1, a2
	CHECK(332, a0, 0x8000000040000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; mulhsu a0, a1, a2
	CHECK(333, a0, 0xf6e5d4c3b2a19088)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; mulhsu a0, a1, a2
	CHECK(334, a0, 0x8000000000000003)
	li a1, 0x8000000000000000; li a2, 0xffffffff; mulhsu a0, a1, a2
	CHECK(335, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; mulhsu a0, a1, a2
	CHECK(336, a0, 0xff807fffff7f8040)
	li a1, 0x7fffffffffffffff; li a2, 0x0; mulhsu a0, a1, a2
	CHECK(337, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x1; mulhsu a0, a1, a2
	CHECK(338, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; mulhsu a0, a1, a2
	CHECK(339, a0, 0x7ffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; mulhsu a0, a1, a2
	CHECK(340, a0, 0x3fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; mulhsu a0, a1, a2
	CHECK(341, a0, 0x3fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; mulhsu a0, a1, a2
	CHECK(342, a0, 0x3fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; mulhsu a0, a1, a2
	CHECK(343, a0, 0x3fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; mulhsu a0, a1, a2
	CHECK(344, a0, 0x7fffffffbfffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; mulhsu a0, a1, a2
	CHECK(345, a0, 0x91a2b3c4d5e6f77)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; mulhsu a0, a1, a2
	CHECK(346, a0, 0x7ffffffffffffffb)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; mulhsu a0, a1, a2
	CHECK(347, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; mulhsu a0, a1, a2
	CHECK(348, a0, 0x7f800000807fbf)
	li a1, 0x80000000; li a2, 0x0; mulhsu a0, a1, a2
	CHECK(349, a0, 0x0)
	li a1, 0x80000000; li a2, 0x1; mulhsu a0, a1, a2
	CHECK(350, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; mulhsu a0, a1, a2
	CHECK(351, a0, 0x7fffffff)
	li a1, 0x80000000; li a2, 0x8000000000000000; mulhsu a0, a1, a2
	CHECK(352, a0, 0x40000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; mulhsu a0, a1, a2
	CHECK(353, a0, 0x3fffffff)
	li a1, 0x80000000; li a2, 0x80000000; mulhsu a0, a1, a2
	CHECK(354, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffff; mulhsu a0, a1, a2
	CHECK(355, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffff80000000; mulhsu a0, a1, a2
	CHECK(356, a0, 0x7fffffff)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; mulhsu a0, a1, a2
	CHECK(357, a0, 0x91a2b3c)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; mulhsu a0, a1, a2
	CHECK(358, a0, 0x7fffffff)
	li a1, 0x80000000; li a2, 0xffffffff; mulhsu a0, a1, a2
	CHECK(359, a0, 0x0)
	li a1, 0x80000000; li a2, 0xff00000100ff80; mulhsu a0, a1, a2
	CHECK(360, a0, 0x7f8000)
	li a1, 0x7fffffff; li a2, 0x0; mulhsu a0, a1, a2
	CHECK(361, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x1; mulhsu a0, a1, a2
	CHECK(362, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; mulhsu a0, a1, a2
	CHECK(363, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; mulhsu a0, a1, a2
	CHECK(364, a0, 0x3fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; mulhsu a0, a1, a2
	CHECK(365, a0, 0x3fffffff)
	li a1, 0x7fffffff; li a2, 0x80000000; mulhsu a0, a1, a2
	CHECK(366, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x7fffffff; mulhsu a0, a1, a2
	CHECK(367, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; mulhsu a0, a1, a2
	CHECK(368, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; mulhsu a0, a1, a2
	CHECK(369, a0, 0x91a2b3c)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; mulhsu a0, a1, a2
	CHECK(370, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0xffffffff; mulhsu a0, a1, a2
	CHECK(371, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; mulhsu a0, a1, a2
	CHECK(372, a0, 0x7f7fff)
	li a1, 0xffffffff80000000; li a2, 0x0; mulhsu a0, a1, a2
	CHECK(373, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x1; mulhsu a0, a1, a2
	CHECK(374, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; mulhsu a0, a1, a2
	CHECK(375, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; mulhsu a0, a1, a2
	CHECK(376, a0, 0xffffffffc0000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; mulhsu a0, a1, a2
	CHECK(377, a0, 0xffffffffc0000000)
	li a1, 0xffffffff80000000; li a2, 0x80000000; mulhsu a0, a1, a2
	CHECK(378, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; mulhsu a0, a1, a2
	CHECK(379, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; mulhsu a0, a1, a2
	CHECK(380, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; mulhsu a0, a1, a2
	CHECK(381, a0, 0xfffffffff6e5d4c3)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; mulhsu a0, a1, a2
	CHECK(382, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; mulhsu a0, a1, a2
	CHECK(383, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; mulhsu a0, a1, a2
	CHECK(384, a0, 0xffffffffff807fff)
	li a1, 0x123456789abcdef0; li a2, 0x0; mulhsu a0, a1, a2
	CHECK(385, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x1; mulhsu a0, a1, a2
	CHECK(386, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; mulhsu a0, a1, a2
	CHECK(387, a0, 0x123456789abcdeef)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; mulhsu a0, a1, a2
	CHECK(388, a0, 0x91a2b3c4d5e6f78)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; mulhsu a0, a1, a2
	CHECK(389, a0, 0x91a2b3c4d5e6f77)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; mulhsu a0, a1, a2
	CHECK(390, a0, 0x91a2b3c)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; mulhsu a0, a1, a2
	CHECK(391, a0, 0x91a2b3c)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; mulhsu a0, a1, a2
	CHECK(392, a0, 0x1234567891a2b3b3)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; mulhsu a0, a1, a2
	CHECK(393, a0, 0x14b66dc33f6acdc)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; mulhsu a0, a1, a2
	CHECK(394, a0, 0x123456789abcdeef)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; mulhsu a0, a1, a2
	CHECK(395, a0, 0x12345678)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; mulhsu a0, a1, a2
	CHECK(396, a0, 0x122222223468a3)
	li a1, 0xfffffffffffffff9; li a2, 0x0; mulhsu a0, a1, a2
	CHECK(397, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x1; mulhsu a0, a1, a2
	CHECK(398, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; mulhsu a0, a1, a2
	CHECK(399, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; mulhsu a0, a1, a2
	CHECK(400, a0, 0xfffffffffffffffc)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; mulhsu a0, a1, a2
	CHECK(401, a0, 0xfffffffffffffffc)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; mulhsu a0, a1, a2
	CHECK(402, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; mulhsu a0, a1, a2
	CHECK(403, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; mulhsu a0, a1, a2
	CHECK(404, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; mulhsu a0, a1, a2
	CHECK(405, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; mulhsu a0, a1, a2
	CHECK(406, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; mulhsu a0, a1, a2
	CHECK(407, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; mulhsu a0, a1, a2
	CHECK(408, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x0; mulhsu a0, a1, a2
	CHECK(409, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x1; mulhsu a0, a1, a2
	CHECK(410, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; mulhsu a0, a1, a2
	CHECK(411, a0, 0xfffffffe)
	li a1, 0xffffffff; li a2, 0x8000000000000000; mulhsu a0, a1, a2
	CHECK(412, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; mulhsu a0, a1, a2
	CHECK(413, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x80000000; mulhsu a0, a1, a2
	CHECK(414, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x7fffffff; mulhsu a0, a1, a2
	CHECK(415, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; mulhsu a0, a1, a2
	CHECK(416, a0, 0xfffffffe)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; mulhsu a0, a1, a2
	CHECK(417, a0, 0x12345678)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; mulhsu a0, a1, a2
	CHECK(418, a0, 0xfffffffe)
	li a1, 0xffffffff; li a2, 0xffffffff; mulhsu a0, a1, a2
	CHECK(419, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; mulhsu a0, a1, a2
	CHECK(420, a0, 0xff0000)
	li a1, 0xff00000100ff80; li a2, 0x0; mulhsu a0, a1, a2
	CHECK(421, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x1; mulhsu a0, a1, a2
	CHECK(422, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; mulhsu a0, a1, a2
	CHECK(423, a0, 0xff00000100ff7f)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; mulhsu a0, a1, a2
	CHECK(424, a0, 0x7f800000807fc0)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; mulhsu a0, a1, a2
	CHECK(425, a0, 0x7f800000807fbf)
	li a1, 0xff00000100ff80; li a2, 0x80000000; mulhsu a0, a1, a2
	CHECK(426, a0, 0x7f8000)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; mulhsu a0, a1, a2
	CHECK(427, a0, 0x7f7fff)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; mulhsu a0, a1, a2
	CHECK(428, a0, 0xff000000817f7f)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; mulhsu a0, a1, a2
	CHECK(429, a0, 0x122222223468a3)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; mulhsu a0, a1, a2
	CHECK(430, a0, 0xff00000100ff7f)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; mulhsu a0, a1, a2
	CHECK(431, a0, 0xff0000)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; mulhsu a0, a1, a2
	CHECK(432, a0, 0xfe010001fffd)
	/* mulhu */
	li a1, 0x0; li a2, 0x0; mulhu a0, a1, a2
	CHECK(433, a0, 0x0)
	li a1, 0x0; li a2, 0x1; mulhu a0, a1, a2
	CHECK(434, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; mulhu a0, a1, a2
	CHECK(435, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; mulhu a0, a1, a2
	CHECK(436, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; mulhu a0, a1, a2
	CHECK(437, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; mulhu a0, a1, a2
	CHECK(438, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; mulhu a0, a1, a2
	CHECK(439, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; mulhu a0, a1, a2
	CHECK(440, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; mulhu a0, a1, a2
	CHECK(441, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; mulhu a0, a1, a2
	CHECK(442, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; mulhu a0, a1, a2
	CHECK(443, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; mulhu a0, a1, a2
	CHECK(444, a0, 0x0)
	li a1, 0x1; li a2, 0x0; mulhu a0, a1, a2
	CHECK(445, a0, 0x0)
	li a1, 0x1; li a2, 0x1; mulhu a0, a1, a2
	CHECK(446, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; mulhu a0, a1, a2
	CHECK(447, a0, 0x0)
	li a1, 0x1; li a2, 0x8000000000000000; mulhu a0, a1, a2
	CHECK(448, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffffffffffff; mulhu a0, a1, a2
	CHECK(449, a0, 0x0)
	li a1, 0x1; li a2, 0x80000000; mulhu a0, a1, a2
	CHECK(450, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffff; mulhu a0, a1, a2
	CHECK(451, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff80000000; mulhu a0, a1, a2
	CHECK(452, a0, 0x0)
	li a1, 0x1; li a2, 0x123456789abcdef0; mulhu a0, a1, a2
	CHECK(453, a0, 0x0)
	li a1, 0x1; li a2, 0xfffffffffffffff9; mulhu a0, a1, a2
	CHECK(454, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff; mulhu a0, a1, a2
	CHECK(455, a0, 0x0)
	li a1, 0x1; li a2, 0xff00000100ff80; mulhu a0, a1, a2
	CHECK(456, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x0; mulhu a0, a1, a2
	CHECK(457, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x1; mulhu a0, a1, a2
	CHECK(458, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; mulhu a0, a1, a2
	CHECK(459, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; mulhu a0, a1, a2
	CHECK(460, a0, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; mulhu a0, a1, a2
	CHECK(461, a0, 0x7ffffffffffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; mulhu a0, a1, a2
	CHECK(462, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; mulhu a0, a1, a2
	CHECK(463, a0, 0x7ffffffe)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; mulhu a0, a1, a2
	CHECK(464, a0, 0xffffffff7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; mulhu a0, a1, a2
	CHECK(465, a0, 0x123456789abcdeef)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; mulhu a0, a1, a2
	CHECK(466, a0, 0xfffffffffffffff8)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; mulhu a0, a1, a2
	CHECK(467, a0, 0xfffffffe)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; mulhu a0, a1, a2
	CHECK(468, a0, 0xff00000100ff7f)
	li a1, 0x8000000000000000; li a2, 0x0; mulhu a0, a1, a2
	CHECK(469, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; mulhu a0, a1, a2
	CHECK(470, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; mulhu a0, a1, a2
	CHECK(471, a0, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; mulhu a0, a1, a2
	CHECK(472, a0, 0x4000000000000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; mulhu a0, a1, a2
	CHECK(473, a0, 0x3fffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x80000000; mulhu a0, a1, a2
	CHECK(474, a0, 0x40000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; mulhu a0, a1, a2
	CHECK(475, a0, 0x3fffffff)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; mulhu a0, a1, a2
	CHECK(476, a0, 0x7fffffffc0000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; mulhu a0, a1, a2
	CHECK(477, a0, 0x91a2b3c4d5e6f78)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; mulhu a0, a1, a2
	CHECK(478, a0, 0x7ffffffffffffffc)
	li a1, 0x8000000000000000; li a2, 0xffffffff; mulhu a0, a1, a2
	CHECK(479, a0, 0x7fffffff)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; mulhu a0, a1, a2
	CHECK(480, a0, 0x7f800000807fc0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; mulhu a0, a1, a2
	CHECK(481, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x1; mulhu a0, a1, a2
	CHECK(482, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; mulhu a0, a1, a2
	CHECK(483, a0, 0x7ffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; mulhu a0, a1, a2
	CHECK(484, a0, 0x3fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; mulhu a0, a1, a2
	CHECK(485, a0, 0x3fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; mulhu a0, a1, a2
	CHECK(486, a0, 0x3fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; mulhu a0, a1, a2
	CHECK(487, a0, 0x3fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; mulhu a0, a1, a2
	CHECK(488, a0, 0x7fffffffbfffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; mulhu a0, a1, a2
	CHECK(489, a0, 0x91a2b3c4d5e6f77)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; mulhu a0, a1, a2
	CHECK(490, a0, 0x7ffffffffffffffb)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; mulhu a0, a1, a2
	CHECK(491, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; mulhu a0, a1, a2
	CHECK(492, a0, 0x7f800000807fbf)
	li a1, 0x80000000; li a2, 0x0; mulhu a0, a1, a2
	CHECK(493, a0, 0x0)
	li a1, 0x80000000; li a2, 0x1; mulhu a0, a1, a2
	CHECK(494, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; mulhu a0, a1, a2
	CHECK(495, a0, 0x7fffffff)
	li a1, 0x80000000; li a2, 0x8000000000000000; mulhu a0, a1, a2
	CHECK(496, a0, 0x40000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; mulhu a0, a1, a2
	CHECK(497, a0, 0x3fffffff)
	li a1, 0x80000000; li a2, 0x80000000; mulhu a0, a1, a2
	CHECK(498, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffff; mulhu a0, a1, a2
	CHECK(499, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffff80000000; mulhu a0, a1, a2
	CHECK(500, a0, 0x7fffffff)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; mulhu a0, a1, a2
	CHECK(501, a0, 0x91a2b3c)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; mulhu a0, a1, a2
	CHECK(502, a0, 0x7fffffff)
	li a1, 0x80000000; li a2, 0xffffffff; mulhu a0, a1, a2
	CHECK(503, a0, 0x0)
	li a1, 0x80000000; li a2, 0xff00000100ff80; mulhu a0, a1, a2
	CHECK(504, a0, 0x7f8000)
	li a1, 0x7fffffff; li a2, 0x0; mulhu a0, a1, a2
	CHECK(505, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x1; mulhu a0, a1, a2
	CHECK(506, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; mulhu a0, a1, a2
	CHECK(507, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; mulhu a0, a1, a2
	CHECK(508, a0, 0x3fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; mulhu a0, a1, a2
	CHECK(509, a0, 0x3fffffff)
	li a1, 0x7fffffff; li a2, 0x80000000; mulhu a0, a1, a2
	CHECK(510, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x7fffffff; mulhu a0, a1, a2
	CHECK(511, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; mulhu a0, a1, a2
	CHECK(512, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; mulhu a0, a1, a2
	CHECK(513, a0, 0x91a2b3c)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; mulhu a0, a1, a2
	CHECK(514, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0xffffffff; mulhu a0, a1, a2
	CHECK(515, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; mulhu a0, a1, a2
	CHECK(516, a0, 0x7f7fff)
	li a1, 0xffffffff80000000; li a2, 0x0; mulhu a0, a1, a2
	CHECK(517, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x1; mulhu a0, a1, a2
	CHECK(518, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; mulhu a0, a1, a2
	CHECK(519, a0, 0xffffffff7fffffff)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; mulhu a0, a1, a2
	CHECK(520, a0, 0x7fffffffc0000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; mulhu a0, a1, a2
	CHECK(521, a0, 0x7fffffffbfffffff)
	li a1, 0xffffffff80000000; li a2, 0x80000000; mulhu a0, a1, a2
	CHECK(522, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; mulhu a0, a1, a2
	CHECK(523, a0, 0x7ffffffe)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; mulhu a0, a1, a2
	CHECK(524, a0, 0xffffffff00000000)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; mulhu a0, a1, a2
	CHECK(525, a0, 0x1234567891a2b3b3)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; mulhu a0, a1, a2
	CHECK(526, a0, 0xffffffff7ffffff9)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; mulhu a0, a1, a2
	CHECK(527, a0, 0xfffffffe)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; mulhu a0, a1, a2
	CHECK(528, a0, 0xff000000817f7f)
	li a1, 0x123456789abcdef0; li a2, 0x0; mulhu a0, a1, a2
	CHECK(529, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x1; mulhu a0, a1, a2
	CHECK(530, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; mulhu a0, a1, a2
	CHECK(531, a0, 0x123456789abcdeef)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; mulhu a0, a1, a2
	CHECK(532, a0, 0x91a2b3c4d5e6f78)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; mulhu a0, a1, a2
	CHECK(533, a0, 0x91a2b3c4d5e6f77)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; mulhu a0, a1, a2
	CHECK(534, a0, 0x91a2b3c)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; mulhu a0, a1, a2
	CHECK(535, a0, 0x91a2b3c)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; mulhu a0, a1, a2
	CHECK(536, a0, 0x1234567891a2b3b3)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; mulhu a0, a1, a2
	CHECK(537, a0, 0x14b66dc33f6acdc)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; mulhu a0, a1, a2
	CHECK(538, a0, 0x123456789abcdeef)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; mulhu a0, a1, a2
	CHECK(539, a0, 0x12345678)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; mulhu a0, a1, a2
	CHECK(540, a0, 0x122222223468a3)
	li a1, 0xfffffffffffffff9; li a2, 0x0; mulhu a0, a1, a2
	CHECK(541, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x1; mulhu a0, a1, a2
	CHECK(542, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; mulhu a0, a1, a2
	CHECK(543, a0, 0xfffffffffffffff8)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; mulhu a0, a1, a2
	CHECK(544, a0, 0x7ffffffffffffffc)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; mulhu a0, a1, a2
	CHECK(545, a0, 0x7ffffffffffffffb)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; mulhu a0, a1, a2
	CHECK(546, a0, 0x7fffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; mulhu a0, a1, a2
	CHECK(547, a0, 0x7ffffffe)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; mulhu a0, a1, a2
	CHECK(548, a0, 0xffffffff7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; mulhu a0, a1, a2
	CHECK(549, a0, 0x123456789abcdeef)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; mulhu a0, a1, a2
	CHECK(550, a0, 0xfffffffffffffff2)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; mulhu a0, a1, a2
	CHECK(551, a0, 0xfffffffe)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; mulhu a0, a1, a2
	CHECK(552, a0, 0xff00000100ff7f)
	li a1, 0xffffffff; li a2, 0x0; mulhu a0, a1, a2
	CHECK(553, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x1; mulhu a0, a1, a2
	CHECK(554, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; mulhu a0, a1, a2
	CHECK(555, a0, 0xfffffffe)
	li a1, 0xffffffff; li a2, 0x8000000000000000; mulhu a0, a1, a2
	CHECK(556, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; mulhu a0, a1, a2
	CHECK(557, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x80000000; mulhu a0, a1, a2
	CHECK(558, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x7fffffff; mulhu a0, a1, a2
	CHECK(559, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; mulhu a0, a1, a2
	CHECK(560, a0, 0xfffffffe)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; mulhu a0, a1, a2
	CHECK(561, a0, 0x12345678)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; mulhu a0, a1, a2
	CHECK(562, a0, 0xfffffffe)
	li a1, 0xffffffff; li a2, 0xffffffff; mulhu a0, a1, a2
	CHECK(563, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; mulhu a0, a1, a2
	CHECK(564, a0, 0xff0000)
	li a1, 0xff00000100ff80; li a2, 0x0; mulhu a0, a1, a2
	CHECK(565, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x1; mulhu a0, a1, a2
	CHECK(566, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; mulhu a0, a1, a2
	CHECK(567, a0, 0xff00000100ff7f)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; mulhu a0, a1, a2
	CHECK(568, a0, 0x7f800000807fc0)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; mulhu a0, a1, a2
	CHECK(569, a0, 0x7f800000807fbf)
	li a1, 0xff00000100ff80; li a2, 0x80000000; mulhu a0, a1, a2
	CHECK(570, a0, 0x7f8000)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; mulhu a0, a1, a2
	CHECK(571, a0, 0x7f7fff)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; mulhu a0, a1, a2
	CHECK(572, a0, 0xff000000817f7f)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; mulhu a0, a1, a2
	CHECK(573, a0, 0x122222223468a3)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; mulhu a0, a1, a2
	CHECK(574, a0, 0xff00000100ff7f)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; mulhu a0, a1, a2
	CHECK(575, a0, 0xff0000)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; mulhu a0, a1, a2
	CHECK(576, a0, 0xfe010001fffd)
	/* mulw */
	li a1, 0x0; li a2, 0x0; mulw a0, a1, a2
	CHECK(577, a0, 0x0)
	li a1, 0x0; li a2, 0x1; mulw a0, a1, a2
	CHECK(578, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; mulw a0, a1, a2
	CHECK(579, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; mulw a0, a1, a2
	CHECK(580, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; mulw a0, a1, a2
	CHECK(581, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; mulw a0, a1, a2
	CHECK(582, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; mulw a0, a1, a2
	CHECK(583, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; mulw a0, a1, a2
	CHECK(584, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; mulw a0, a1, a2
	CHECK(585, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; mulw a0, a1, a2
	CHECK(586, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; mulw a0, a1, a2
	CHECK(587, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; mulw a0, a1, a2
	CHECK(588, a0, 0x0)
	li a1, 0x1; li a2, 0x0; mulw a0, a1, a2
	CHECK(589, a0, 0x0)
	li a1, 0x1; li a2, 0x1; mulw a0, a1, a2
	CHECK(590, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffffffffffff; mulw a0, a1, a2
	CHECK(591, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x8000000000000000; mulw a0, a1, a2
	CHECK(592, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffffffffffff; mulw a0, a1, a2
	CHECK(593, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x80000000; mulw a0, a1, a2
	CHECK(594, a0, 0xffffffff80000000)
	li a1, 0x1; li a2, 0x7fffffff; mulw a0, a1, a2
	CHECK(595, a0, 0x7fffffff)
	li a1, 0x1; li a2, 0xffffffff80000000; mulw a0, a1, a2
	CHECK(596, a0, 0xffffffff80000000)
	li a1, 0x1; li a2, 0x123456789abcdef0; mulw a0, a1, a2
	CHECK(597, a0, 0xffffffff9abcdef0)
	li a1, 0x1; li a2, 0xfffffffffffffff9; mulw a0, a1, a2
	CHECK(598, a0, 0xfffffffffffffff9)
	li a1, 0x1; li a2, 0xffffffff; mulw a0, a1, a2
	CHECK(599, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0xff00000100ff80; mulw a0, a1, a2
	CHECK(600, a0, 0x100ff80)
	li a1, 0xffffffffffffffff; li a2, 0x0; mulw a0, a1, a2
	CHECK(601, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x1; mulw a0, a1, a2
	CHECK(602, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; mulw a0, a1, a2
	CHECK(603, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; mulw a0, a1, a2
	CHECK(604, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; mulw a0, a1, a2
	CHECK(605, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; mulw a0, a1, a2
	CHECK(606, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; mulw a0, a1, a2
	CHECK(607, a0, 0xffffffff80000001)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; mulw a0, a1, a2
	CHECK(608, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; mulw a0, a1, a2
	CHECK(609, a0, 0x65432110)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; mulw a0, a1, a2
	CHECK(610, a0, 0x7)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; mulw a0, a1, a2
	CHECK(611, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; mulw a0, a1, a2
	CHECK(612, a0, 0xfffffffffeff0080)
	li a1, 0x8000000000000000; li a2, 0x0; mulw a0, a1, a2
	CHECK(613, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; mulw a0, a1, a2
	CHECK(614, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; mulw a0, a1, a2
	CHECK(615, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; mulw a0, a1, a2
	CHECK(616, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; mulw a0, a1, a2
	CHECK(617, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x80000000; mulw a0, a1, a2
	CHECK(618, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; mulw a0, a1, a2
	CHECK(619, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; mulw a0, a1, a2
	CHECK(620, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; mulw a0, a1, a2
	CHECK(621, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; mulw a0, a1, a2
	CHECK(622, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff; mulw a0, a1, a2
	CHECK(623, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; mulw a0, a1, a2
	CHECK(624, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; mulw a0, a1, a2
	CHECK(625, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x1; mulw a0, a1, a2
	CHECK(626, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; mulw a0, a1, a2
	CHECK(627, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; mulw a0, a1, a2
	CHECK(628, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; mulw a0, a1, a2
	CHECK(629, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; mulw a0, a1, a2
	CHECK(630, a0, 0xffffffff80000000)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; mulw a0, a1, a2
	CHECK(631, a0, 0xffffffff80000001)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; mulw a0, a1, a2
	CHECK(632, a0, 0xffffffff80000000)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; mulw a0, a1, a2
	CHECK(633, a0, 0x65432110)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; mulw a0, a1, a2
	CHECK(634, a0, 0x7)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; mulw a0, a1, a2
	CHECK(635, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; mulw a0, a1, a2
	CHECK(636, a0, 0xfffffffffeff0080)
	li a1, 0x80000000; li a2, 0x0; mulw a0, a1, a2
	CHECK(637, a0, 0x0)
	li a1, 0x80000000; li a2, 0x1; mulw a0, a1, a2
	CHECK(638, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; mulw a0, a1, a2
	CHECK(639, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x8000000000000000; mulw a0, a1, a2
	CHECK(640, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; mulw a0, a1, a2
	CHECK(641, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x80000000; mulw a0, a1, a2
	CHECK(642, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffff; mulw a0, a1, a2
	CHECK(643, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0xffffffff80000000; mulw a0, a1, a2
	CHECK(644, a0, 0x0)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; mulw a0, a1, a2
	CHECK(645, a0, 0x0)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; mulw a0, a1, a2
	CHECK(646, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0xffffffff; mulw a0, a1, a2
	CHECK(647, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0xff00000100ff80; mulw a0, a1, a2
	CHECK(648, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x0; mulw a0, a1, a2
	CHECK(649, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x1; mulw a0, a1, a2
	CHECK(650, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; mulw a0, a1, a2
	CHECK(651, a0, 0xffffffff80000001)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; mulw a0, a1, a2
	CHECK(652, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; mulw a0, a1, a2
	CHECK(653, a0, 0xffffffff80000001)
	li a1, 0x7fffffff; li a2, 0x80000000; mulw a0, a1, a2
	CHECK(654, a0, 0xffffffff80000000)
	li a1, 0x7fffffff; li a2, 0x7fffffff; mulw a0, a1, a2
	CHECK(655, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; mulw a0, a1, a2
	CHECK(656, a0, 0xffffffff80000000)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; mulw a0, a1, a2
	CHECK(657, a0, 0x65432110)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; mulw a0, a1, a2
	CHECK(658, a0, 0xffffffff80000007)
	li a1, 0x7fffffff; li a2, 0xffffffff; mulw a0, a1, a2
	CHECK(659, a0, 0xffffffff80000001)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; mulw a0, a1, a2
	CHECK(660, a0, 0xfffffffffeff0080)
	li a1, 0xffffffff80000000; li a2, 0x0; mulw a0, a1, a2
	CHECK(661, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x1; mulw a0, a1, a2
	CHECK(662, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; mulw a0, a1, a2
	CHECK(663, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; mulw a0, a1, a2
	CHECK(664, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; mulw a0, a1, a2
	CHECK(665, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x80000000; mulw a0, a1, a2
	CHECK(666, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; mulw a0, a1, a2
	CHECK(667, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; mulw a0, a1, a2
	CHECK(668, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; mulw a0, a1, a2
	CHECK(669, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; mulw a0, a1, a2
	CHECK(670, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; mulw a0, a1, a2
	CHECK(671, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; mulw a0, a1, a2
	CHECK(672, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x0; mulw a0, a1, a2
	CHECK(673, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x1; mulw a0, a1, a2
	CHECK(674, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; mulw a0, a1, a2
	CHECK(675, a0, 0x65432110)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; mulw a0, a1, a2
	CHECK(676, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; mulw a0, a1, a2
	CHECK(677, a0, 0x65432110)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; mulw a0, a1, a2
	CHECK(678, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; mulw a0, a1, a2
	CHECK(679, a0, 0x65432110)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; mulw a0, a1, a2
	CHECK(680, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; mulw a0, a1, a2
	CHECK(681, a0, 0xfffffffff2a52100)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; mulw a0, a1, a2
	CHECK(682, a0, 0xffffffffc4d5e770)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; mulw a0, a1, a2
	CHECK(683, a0, 0x65432110)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; mulw a0, a1, a2
	CHECK(684, a0, 0x70808800)
	li a1, 0xfffffffffffffff9; li a2, 0x0; mulw a0, a1, a2
	CHECK(685, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x1; mulw a0, a1, a2
	CHECK(686, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; mulw a0, a1, a2
	CHECK(687, a0, 0x7)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; mulw a0, a1, a2
	CHECK(688, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; mulw a0, a1, a2
	CHECK(689, a0, 0x7)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; mulw a0, a1, a2
	CHECK(690, a0, 0xffffffff80000000)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; mulw a0, a1, a2
	CHECK(691, a0, 0xffffffff80000007)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; mulw a0, a1, a2
	CHECK(692, a0, 0xffffffff80000000)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; mulw a0, a1, a2
	CHECK(693, a0, 0xffffffffc4d5e770)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; mulw a0, a1, a2
	CHECK(694, a0, 0x31)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; mulw a0, a1, a2
	CHECK(695, a0, 0x7)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; mulw a0, a1, a2
	CHECK(696, a0, 0xfffffffff8f90380)
	li a1, 0xffffffff; li a2, 0x0; mulw a0, a1, a2
	CHECK(697, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x1; mulw a0, a1, a2
	CHECK(698, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; mulw a0, a1, a2
	CHECK(699, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x8000000000000000; mulw a0, a1, a2
	CHECK(700, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; mulw a0, a1, a2
	CHECK(701, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x80000000; mulw a0, a1, a2
	CHECK(702, a0, 0xffffffff80000000)
	li a1, 0xffffffff; li a2, 0x7fffffff; mulw a0, a1, a2
	CHECK(703, a0, 0xffffffff80000001)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; mulw a0, a1, a2
	CHECK(704, a0, 0xffffffff80000000)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; mulw a0, a1, a2
	CHECK(705, a0, 0x65432110)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; mulw a0, a1, a2
	CHECK(706, a0, 0x7)
	li a1, 0xffffffff; li a2, 0xffffffff; mulw a0, a1, a2
	CHECK(707, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; mulw a0, a1, a2
	CHECK(708, a0, 0xfffffffffeff0080)
	li a1, 0xff00000100ff80; li a2, 0x0; mulw a0, a1, a2
	CHECK(709, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x1; mulw a0, a1, a2
	CHECK(710, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; mulw a0, a1, a2
	CHECK(711, a0, 0xfffffffffeff0080)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; mulw a0, a1, a2
	CHECK(712, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; mulw a0, a1, a2
	CHECK(713, a0, 0xfffffffffeff0080)
	li a1, 0xff00000100ff80; li a2, 0x80000000; mulw a0, a1, a2
	CHECK(714, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; mulw a0, a1, a2
	CHECK(715, a0, 0xfffffffffeff0080)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; mulw a0, a1, a2
	CHECK(716, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; mulw a0, a1, a2
	CHECK(717, a0, 0x70808800)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; mulw a0, a1, a2
	CHECK(718, a0, 0xfffffffff8f90380)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; mulw a0, a1, a2
	CHECK(719, a0, 0xfffffffffeff0080)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; mulw a0, a1, a2
	CHECK(720, a0, 0xffffffffff004000)
	/* div */
	li a1, 0x0; li a2, 0x0; div a0, a1, a2
	CHECK(721, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x1; div a0, a1, a2
	CHECK(722, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; div a0, a1, a2
	CHECK(723, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; div a0, a1, a2
	CHECK(724, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; div a0, a1, a2
	CHECK(725, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; div a0, a1, a2
	CHECK(726, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; div a0, a1, a2
	CHECK(727, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; div a0, a1, a2
	CHECK(728, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; div a0, a1, a2
	CHECK(729, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; div a0, a1, a2
	CHECK(730, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; div a0, a1, a2
	CHECK(731, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; div a0, a1, a2
	CHECK(732, a0, 0x0)
	li a1, 0x1; li a2, 0x0; div a0, a1, a2
	CHECK(733, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x1; div a0, a1, a2
	CHECK(734, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffffffffffff; div a0, a1, a2
	CHECK(735, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x8000000000000000; div a0, a1, a2
	CHECK(736, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffffffffffff; div a0, a1, a2
	CHECK(737, a0, 0x0)
	li a1, 0x1; li a2, 0x80000000; div a0, a1, a2
	CHECK(738, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffff; div a0, a1, a2
	CHECK(739, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff80000000; div a0, a1, a2
	CHECK(740, a0, 0x0)
	li a1, 0x1; li a2, 0x123456789abcdef0; div a0, a1, a2
	CHECK(741, a0, 0x0)
	li a1, 0x1; li a2, 0xfffffffffffffff9; div a0, a1, a2
	CHECK(742, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff; div a0, a1, a2
	CHECK(743, a0, 0x0)
	li a1, 0x1; li a2, 0xff00000100ff80; div a0, a1, a2
	CHECK(744, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x0; div a0, a1, a2
	CHECK(745, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; div a0, a1, a2
	CHECK(746, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; div a0, a1, a2
	CHECK(747, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; div a0, a1, a2
	CHECK(748, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; div a0, a1, a2
	CHECK(749, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; div a0, a1, a2
	CHECK(750, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; div a0, a1, a2
	CHECK(751, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; div a0, a1, a2
	CHECK(752, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; div a0, a1, a2
	CHECK(753, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; div a0, a1, a2
	CHECK(754, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; div a0, a1, a2
	CHECK(755, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; div a0, a1, a2
	CHECK(756, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x0; div a0, a1, a2
	CHECK(757, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x1; div a0, a1, a2
	CHECK(758, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; div a0, a1, a2
	CHECK(759, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; div a0, a1, a2
	CHECK(760, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; div a0, a1, a2
	CHECK(761, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x80000000; div a0, a1, a2
	CHECK(762, a0, 0xffffffff00000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; div a0, a1, a2
	CHECK(763, a0, 0xfffffffefffffffe)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; div a0, a1, a2
	CHECK(764, a0, 0x100000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; div a0, a1, a2
	CHECK(765, a0, 0xfffffffffffffff9)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; div a0, a1, a2
	CHECK(766, a0, 0x1249249249249249)
	li a1, 0x8000000000000000; li a2, 0xffffffff; div a0, a1, a2
	CHECK(767, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; div a0, a1, a2
	CHECK(768, a0, 0xffffffffffffff80)
	li a1, 0x7fffffffffffffff; li a2, 0x0; div a0, a1, a2
	CHECK(769, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; div a0, a1, a2
	CHECK(770, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; div a0, a1, a2
	CHECK(771, a0, 0x8000000000000001)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; div a0, a1, a2
	CHECK(772, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; div a0, a1, a2
	CHECK(773, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; div a0, a1, a2
	CHECK(774, a0, 0xffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; div a0, a1, a2
	CHECK(775, a0, 0x100000002)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; div a0, a1, a2
	CHECK(776, a0, 0xffffffff00000001)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; div a0, a1, a2
	CHECK(777, a0, 0x7)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; div a0, a1, a2
	CHECK(778, a0, 0xedb6db6db6db6db7)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; div a0, a1, a2
	CHECK(779, a0, 0x80000000)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; div a0, a1, a2
	CHECK(780, a0, 0x80)
	li a1, 0x80000000; li a2, 0x0; div a0, a1, a2
	CHECK(781, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x1; div a0, a1, a2
	CHECK(782, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; div a0, a1, a2
	CHECK(783, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x8000000000000000; div a0, a1, a2
	CHECK(784, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; div a0, a1, a2
	CHECK(785, a0, 0x0)
	li a1, 0x80000000; li a2, 0x80000000; div a0, a1, a2
	CHECK(786, a0, 0x1)
	li a1, 0x80000000; li a2, 0x7fffffff; div a0, a1, a2
	CHECK(787, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffff80000000; div a0, a1, a2
	CHECK(788, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; div a0, a1, a2
	CHECK(789, a0, 0x0)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; div a0, a1, a2
	CHECK(790, a0, 0xffffffffedb6db6e)
	li a1, 0x80000000; li a2, 0xffffffff; div a0, a1, a2
	CHECK(791, a0, 0x0)
	li a1, 0x80000000; li a2, 0xff00000100ff80; div a0, a1, a2
	CHECK(792, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x0; div a0, a1, a2
	CHECK(793, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x1; div a0, a1, a2
	CHECK(794, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; div a0, a1, a2
	CHECK(795, a0, 0xffffffff80000001)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; div a0, a1, a2
	CHECK(796, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; div a0, a1, a2
	CHECK(797, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x80000000; div a0, a1, a2
	CHECK(798, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x7fffffff; div a0, a1, a2
	CHECK(799, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; div a0, a1, a2
	CHECK(800, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; div a0, a1, a2
	CHECK(801, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; div a0, a1, a2
	CHECK(802, a0, 0xffffffffedb6db6e)
	li a1, 0x7fffffff; li a2, 0xffffffff; div a0, a1, a2
	CHECK(803, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; div a0, a1, a2
	CHECK(804, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x0; div a0, a1, a2
	CHECK(805, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x1; div a0, a1, a2
	CHECK(806, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; div a0, a1, a2
	CHECK(807, a0, 0x80000000)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; div a0, a1, a2
	CHECK(808, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; div a0, a1, a2
	CHECK(809, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x80000000; div a0, a1, a2
	CHECK(810, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; div a0, a1, a2
	CHECK(811, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; div a0, a1, a2
	CHECK(812, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; div a0, a1, a2
	CHECK(813, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; div a0, a1, a2
	CHECK(814, a0, 0x12492492)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; div a0, a1, a2
	CHECK(815, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; div a0, a1, a2
	CHECK(816, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x0; div a0, a1, a2
	CHECK(817, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x1; div a0, a1, a2
	CHECK(818, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; div a0, a1, a2
	CHECK(819, a0, 0xedcba98765432110)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; div a0, a1, a2
	CHECK(820, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; div a0, a1, a2
	CHECK(821, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; div a0, a1, a2
	CHECK(822, a0, 0x2468acf1)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; div a0, a1, a2
	CHECK(823, a0, 0x2468acf1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; div a0, a1, a2
	CHECK(824, a0, 0xffffffffdb97530f)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; div a0, a1, a2
	CHECK(825, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; div a0, a1, a2
	CHECK(826, a0, 0xfd663cca33099703)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; div a0, a1, a2
	CHECK(827, a0, 0x12345678)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; div a0, a1, a2
	CHECK(828, a0, 0x12)
	li a1, 0xfffffffffffffff9; li a2, 0x0; div a0, a1, a2
	CHECK(829, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x1; div a0, a1, a2
	CHECK(830, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; div a0, a1, a2
	CHECK(831, a0, 0x7)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; div a0, a1, a2
	CHECK(832, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; div a0, a1, a2
	CHECK(833, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; div a0, a1, a2
	CHECK(834, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; div a0, a1, a2
	CHECK(835, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; div a0, a1, a2
	CHECK(836, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; div a0, a1, a2
	CHECK(837, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; div a0, a1, a2
	CHECK(838, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; div a0, a1, a2
	CHECK(839, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; div a0, a1, a2
	CHECK(840, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x0; div a0, a1, a2
	CHECK(841, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1; div a0, a1, a2
	CHECK(842, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; div a0, a1, a2
	CHECK(843, a0, 0xffffffff00000001)
	li a1, 0xffffffff; li a2, 0x8000000000000000; div a0, a1, a2
	CHECK(844, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; div a0, a1, a2
	CHECK(845, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x80000000; div a0, a1, a2
	CHECK(846, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x7fffffff; div a0, a1, a2
	CHECK(847, a0, 0x2)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; div a0, a1, a2
	CHECK(848, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; div a0, a1, a2
	CHECK(849, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; div a0, a1, a2
	CHECK(850, a0, 0xffffffffdb6db6dc)
	li a1, 0xffffffff; li a2, 0xffffffff; div a0, a1, a2
	CHECK(851, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; div a0, a1, a2
	CHECK(852, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x0; div a0, a1, a2
	CHECK(853, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x1; div a0, a1, a2
	CHECK(854, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; div a0, a1, a2
	CHECK(855, a0, 0xff00fffffeff0080)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; div a0, a1, a2
	CHECK(856, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; div a0, a1, a2
	CHECK(857, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x80000000; div a0, a1, a2
	CHECK(858, a0, 0x1fe0000)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; div a0, a1, a2
	CHECK(859, a0, 0x1fe0000)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; div a0, a1, a2
	CHECK(860, a0, 0xfffffffffe020000)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; div a0, a1, a2
	CHECK(861, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; div a0, a1, a2
	CHECK(862, a0, 0xffdb9249246d925c)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; div a0, a1, a2
	CHECK(863, a0, 0xff0000)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; div a0, a1, a2
	CHECK(864, a0, 0x1)
	/* divu */
	li a1, 0x0; li a2, 0x0; divu a0, a1, a2
	CHECK(865, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x1; divu a0, a1, a2
	CHECK(866, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; divu a0, a1, a2
	CHECK(867, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; divu a0, a1, a2
	CHECK(868, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; divu a0, a1, a2
	CHECK(869, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; divu a0, a1, a2
	CHECK(870, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; divu a0, a1, a2
	CHECK(871, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; divu a0, a1, a2
	CHECK(872, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; divu a0, a1, a2
	CHECK(873, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; divu a0, a1, a2
	CHECK(874, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; divu a0, a1, a2
	CHECK(875, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; divu a0, a1, a2
	CHECK(876, a0, 0x0)
	li a1, 0x1; li a2, 0x0; divu a0, a1, a2
	CHECK(877, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x1; divu a0, a1, a2
	CHECK(878, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffffffffffff; divu a0, a1, a2
	CHECK(879, a0, 0x0)
	li a1, 0x1; li a2, 0x8000000000000000; divu a0, a1, a2
	CHECK(880, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffffffffffff; divu a0, a1, a2
	CHECK(881, a0, 0x0)
	li a1, 0x1; li a2, 0x80000000; divu a0, a1, a2
	CHECK(882, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffff; divu a0, a1, a2
	CHECK(883, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff80000000; divu a0, a1, a2
	CHECK(884, a0, 0x0)
	li a1, 0x1; li a2, 0x123456789abcdef0; divu a0, a1, a2
	CHECK(885, a0, 0x0)
	li a1, 0x1; li a2, 0xfffffffffffffff9; divu a0, a1, a2
	CHECK(886, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff; divu a0, a1, a2
	CHECK(887, a0, 0x0)
	li a1, 0x1; li a2, 0xff00000100ff80; divu a0, a1, a2
	CHECK(888, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x0; divu a0, a1, a2
	CHECK(889, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; divu a0, a1, a2
	CHECK(890, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; divu a0, a1, a2
	CHECK(891, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; divu a0, a1, a2
	CHECK(892, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; divu a0, a1, a2
	CHECK(893, a0, 0x2)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; divu a0, a1, a2
	CHECK(894, a0, 0x1ffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; divu a0, a1, a2
	CHECK(895, a0, 0x200000004)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; divu a0, a1, a2
	CHECK(896, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; divu a0, a1, a2
	CHECK(897, a0, 0xe)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; divu a0, a1, a2
	CHECK(898, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; divu a0, a1, a2
	CHECK(899, a0, 0x100000001)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; divu a0, a1, a2
	CHECK(900, a0, 0x101)
	li a1, 0x8000000000000000; li a2, 0x0; divu a0, a1, a2
	CHECK(901, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x1; divu a0, a1, a2
	CHECK(902, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; divu a0, a1, a2
	CHECK(903, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; divu a0, a1, a2
	CHECK(904, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; divu a0, a1, a2
	CHECK(905, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x80000000; divu a0, a1, a2
	CHECK(906, a0, 0x100000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; divu a0, a1, a2
	CHECK(907, a0, 0x100000002)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; divu a0, a1, a2
	CHECK(908, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; divu a0, a1, a2
	CHECK(909, a0, 0x7)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; divu a0, a1, a2
	CHECK(910, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff; divu a0, a1, a2
	CHECK(911, a0, 0x80000000)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; divu a0, a1, a2
	CHECK(912, a0, 0x80)
	li a1, 0x7fffffffffffffff; li a2, 0x0; divu a0, a1, a2
	CHECK(913, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; divu a0, a1, a2
	CHECK(914, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; divu a0, a1, a2
	CHECK(915, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; divu a0, a1, a2
	CHECK(916, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; divu a0, a1, a2
	CHECK(917, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; divu a0, a1, a2
	CHECK(918, a0, 0xffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; divu a0, a1, a2
	CHECK(919, a0, 0x100000002)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; divu a0, a1, a2
	CHECK(920, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; divu a0, a1, a2
	CHECK(921, a0, 0x7)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; divu a0, a1, a2
	CHECK(922, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; divu a0, a1, a2
	CHECK(923, a0, 0x80000000)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; divu a0, a1, a2
	CHECK(924, a0, 0x80)
	li a1, 0x80000000; li a2, 0x0; divu a0, a1, a2
	CHECK(925, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x1; divu a0, a1, a2
	CHECK(926, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; divu a0, a1, a2
	CHECK(927, a0, 0x0)
	li a1, 0x80000000; li a2, 0x8000000000000000; divu a0, a1, a2
	CHECK(928, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; divu a0, a1, a2
	CHECK(929, a0, 0x0)
	li a1, 0x80000000; li a2, 0x80000000; divu a0, a1, a2
	CHECK(930, a0, 0x1)
	li a1, 0x80000000; li a2, 0x7fffffff; divu a0, a1, a2
	CHECK(931, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffff80000000; divu a0, a1, a2
	CHECK(932, a0, 0x0)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; divu a0, a1, a2
	CHECK(933, a0, 0x0)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; divu a0, a1, a2
	CHECK(934, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffff; divu a0, a1, a2
	CHECK(935, a0, 0x0)
	li a1, 0x80000000; li a2, 0xff00000100ff80; divu a0, a1, a2
	CHECK(936, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x0; divu a0, a1, a2
	CHECK(937, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x1; divu a0, a1, a2
	CHECK(938, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; divu a0, a1, a2
	CHECK(939, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; divu a0, a1, a2
	CHECK(940, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; divu a0, a1, a2
	CHECK(941, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x80000000; divu a0, a1, a2
	CHECK(942, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x7fffffff; divu a0, a1, a2
	CHECK(943, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; divu a0, a1, a2
	CHECK(944, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; divu a0, a1, a2
	CHECK(945, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; divu a0, a1, a2
	CHECK(946, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffff; divu a0, a1, a2
	CHECK(947, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; divu a0, a1, a2
	CHECK(948, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x0; divu a0, a1, a2
	CHECK(949, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x1; divu a0, a1, a2
	CHECK(950, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; divu a0, a1, a2
	CHECK(951, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; divu a0, a1, a2
	CHECK(952, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; divu a0, a1, a2
	CHECK(953, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x80000000; divu a0, a1, a2
	CHECK(954, a0, 0x1ffffffff)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; divu a0, a1, a2
	CHECK(955, a0, 0x200000003)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; divu a0, a1, a2
	CHECK(956, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; divu a0, a1, a2
	CHECK(957, a0, 0xe)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; divu a0, a1, a2
	CHECK(958, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; divu a0, a1, a2
	CHECK(959, a0, 0x100000000)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; divu a0, a1, a2
	CHECK(960, a0, 0x101)
	li a1, 0x123456789abcdef0; li a2, 0x0; divu a0, a1, a2
	CHECK(961, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x1; divu a0, a1, a2
	CHECK(962, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; divu a0, a1, a2
	CHECK(963, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; divu a0, a1, a2
	CHECK(964, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; divu a0, a1, a2
	CHECK(965, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; divu a0, a1, a2
	CHECK(966, a0, 0x2468acf1)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; divu a0, a1, a2
	CHECK(967, a0, 0x2468acf1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; divu a0, a1, a2
	CHECK(968, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; divu a0, a1, a2
	CHECK(969, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; divu a0, a1, a2
	CHECK(970, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; divu a0, a1, a2
	CHECK(971, a0, 0x12345678)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; divu a0, a1, a2
	CHECK(972, a0, 0x12)
	li a1, 0xfffffffffffffff9; li a2, 0x0; divu a0, a1, a2
	CHECK(973, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x1; divu a0, a1, a2
	CHECK(974, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; divu a0, a1, a2
	CHECK(975, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; divu a0, a1, a2
	CHECK(976, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; divu a0, a1, a2
	CHECK(977, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; divu a0, a1, a2
	CHECK(978, a0, 0x1ffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; divu a0, a1, a2
	CHECK(979, a0, 0x200000003)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; divu a0, a1, a2
	CHECK(980, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; divu a0, a1, a2
	CHECK(981, a0, 0xe)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; divu a0, a1, a2
	CHECK(982, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; divu a0, a1, a2
	CHECK(983, a0, 0x100000000)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; divu a0, a1, a2
	CHECK(984, a0, 0x101)
	li a1, 0xffffffff; li a2, 0x0; divu a0, a1, a2
	CHECK(985, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1; divu a0, a1, a2
	CHECK(986, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; divu a0, a1, a2
	CHECK(987, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x8000000000000000; divu a0, a1, a2
	CHECK(988, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; divu a0, a1, a2
	CHECK(989, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x80000000; divu a0, a1, a2
	CHECK(990, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x7fffffff; divu a0, a1, a2
	CHECK(991, a0, 0x2)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; divu a0, a1, a2
	CHECK(992, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; divu a0, a1, a2
	CHECK(993, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; divu a0, a1, a2
	CHECK(994, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffff; divu a0, a1, a2
	CHECK(995, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; divu a0, a1, a2
	CHECK(996, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x0; divu a0, a1, a2
	CHECK(997, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x1; divu a0, a1, a2
	CHECK(998, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; divu a0, a1, a2
	CHECK(999, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; divu a0, a1, a2
	CHECK(1000, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; divu a0, a1, a2
	CHECK(1001, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x80000000; divu a0, a1, a2
	CHECK(1002, a0, 0x1fe0000)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; divu a0, a1, a2
	CHECK(1003, a0, 0x1fe0000)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; divu a0, a1, a2
	CHECK(1004, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; divu a0, a1, a2
	CHECK(1005, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; divu a0, a1, a2
	CHECK(1006, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; divu a0, a1, a2
	CHECK(1007, a0, 0xff0000)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; divu a0, a1, a2
	CHECK(1008, a0, 0x1)
	/* rem */
	li a1, 0x0; li a2, 0x0; rem a0, a1, a2
	CHECK(1009, a0, 0x0)
	li a1, 0x0; li a2, 0x1; rem a0, a1, a2
	CHECK(1010, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; rem a0, a1, a2
	CHECK(1011, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; rem a0, a1, a2
	CHECK(1012, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; rem a0, a1, a2
	CHECK(1013, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; rem a0, a1, a2
	CHECK(1014, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; rem a0, a1, a2
	CHECK(1015, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; rem a0, a1, a2
	CHECK(1016, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; rem a0, a1, a2
	CHECK(1017, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; rem a0, a1, a2
	CHECK(1018, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; rem a0, a1, a2
	CHECK(1019, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; rem a0, a1, a2
	CHECK(1020, a0, 0x0)
	li a1, 0x1; li a2, 0x0; rem a0, a1, a2
	CHECK(1021, a0, 0x1)
	li a1, 0x1; li a2, 0x1; rem a0, a1, a2
	CHECK(1022, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; rem a0, a1, a2
	CHECK(1023, a0, 0x0)
	li a1, 0x1; li a2, 0x8000000000000000; rem a0, a1, a2
	CHECK(1024, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffffffffffff; rem a0, a1, a2
	CHECK(1025, a0, 0x1)
	li a1, 0x1; li a2, 0x80000000; rem a0, a1, a2
	CHECK(1026, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffff; rem a0, a1, a2
	CHECK(1027, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff80000000; rem a0, a1, a2
	CHECK(1028, a0, 0x1)
	li a1, 0x1; li a2, 0x123456789abcdef0; rem a0, a1, a2
	CHECK(1029, a0, 0x1)
	li a1, 0x1; li a2, 0xfffffffffffffff9; rem a0, a1, a2
	CHECK(1030, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff; rem a0, a1, a2
	CHECK(1031, a0, 0x1)
	li a1, 0x1; li a2, 0xff00000100ff80; rem a0, a1, a2
	CHECK(1032, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x0; rem a0, a1, a2
	CHECK(1033, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; rem a0, a1, a2
	CHECK(1034, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; rem a0, a1, a2
	CHECK(1035, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; rem a0, a1, a2
	CHECK(1036, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; rem a0, a1, a2
	CHECK(1037, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; rem a0, a1, a2
	CHECK(1038, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; rem a0, a1, a2
	CHECK(1039, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; rem a0, a1, a2
	CHECK(1040, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; rem a0, a1, a2
	CHECK(1041, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; rem a0, a1, a2
	CHECK(1042, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; rem a0, a1, a2
	CHECK(1043, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; rem a0, a1, a2
	CHECK(1044, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x0; rem a0, a1, a2
	CHECK(1045, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x1; rem a0, a1, a2
	CHECK(1046, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; rem a0, a1, a2
	CHECK(1047, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; rem a0, a1, a2
	CHECK(1048, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; rem a0, a1, a2
	CHECK(1049, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x80000000; rem a0, a1, a2
	CHECK(1050, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; rem a0, a1, a2
	CHECK(1051, a0, 0xfffffffffffffffe)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; rem a0, a1, a2
	CHECK(1052, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; rem a0, a1, a2
	CHECK(1053, a0, 0xff6e5d4c3b2a1890)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; rem a0, a1, a2
	CHECK(1054, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0xffffffff; rem a0, a1, a2
	CHECK(1055, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; rem a0, a1, a2
	CHECK(1056, a0, 0xff800000807fc000)
	li a1, 0x7fffffffffffffff; li a2, 0x0; rem a0, a1, a2
	CHECK(1057, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; rem a0, a1, a2
	CHECK(1058, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; rem a0, a1, a2
	CHECK(1059, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; rem a0, a1, a2
	CHECK(1060, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; rem a0, a1, a2
	CHECK(1061, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; rem a0, a1, a2
	CHECK(1062, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; rem a0, a1, a2
	CHECK(1063, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; rem a0, a1, a2
	CHECK(1064, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; rem a0, a1, a2
	CHECK(1065, a0, 0x91a2b3c4d5e76f)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; rem a0, a1, a2
	CHECK(1066, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; rem a0, a1, a2
	CHECK(1067, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; rem a0, a1, a2
	CHECK(1068, a0, 0x7fffff7f803fff)
	li a1, 0x80000000; li a2, 0x0; rem a0, a1, a2
	CHECK(1069, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x1; rem a0, a1, a2
	CHECK(1070, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; rem a0, a1, a2
	CHECK(1071, a0, 0x0)
	li a1, 0x80000000; li a2, 0x8000000000000000; rem a0, a1, a2
	CHECK(1072, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; rem a0, a1, a2
	CHECK(1073, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x80000000; rem a0, a1, a2
	CHECK(1074, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffff; rem a0, a1, a2
	CHECK(1075, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffff80000000; rem a0, a1, a2
	CHECK(1076, a0, 0x0)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; rem a0, a1, a2
	CHECK(1077, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; rem a0, a1, a2
	CHECK(1078, a0, 0x2)
	li a1, 0x80000000; li a2, 0xffffffff; rem a0, a1, a2
	CHECK(1079, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xff00000100ff80; rem a0, a1, a2
	CHECK(1080, a0, 0x80000000)
	li a1, 0x7fffffff; li a2, 0x0; rem a0, a1, a2
	CHECK(1081, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; rem a0, a1, a2
	CHECK(1082, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; rem a0, a1, a2
	CHECK(1083, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; rem a0, a1, a2
	CHECK(1084, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; rem a0, a1, a2
	CHECK(1085, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x80000000; rem a0, a1, a2
	CHECK(1086, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffff; rem a0, a1, a2
	CHECK(1087, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; rem a0, a1, a2
	CHECK(1088, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; rem a0, a1, a2
	CHECK(1089, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; rem a0, a1, a2
	CHECK(1090, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0xffffffff; rem a0, a1, a2
	CHECK(1091, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; rem a0, a1, a2
	CHECK(1092, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; li a2, 0x0; rem a0, a1, a2
	CHECK(1093, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; rem a0, a1, a2
	CHECK(1094, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; rem a0, a1, a2
	CHECK(1095, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; rem a0, a1, a2
	CHECK(1096, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; rem a0, a1, a2
	CHECK(1097, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x80000000; rem a0, a1, a2
	CHECK(1098, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; rem a0, a1, a2
	CHECK(1099, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; rem a0, a1, a2
	CHECK(1100, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; rem a0, a1, a2
	CHECK(1101, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; rem a0, a1, a2
	CHECK(1102, a0, 0xfffffffffffffffe)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; rem a0, a1, a2
	CHECK(1103, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; rem a0, a1, a2
	CHECK(1104, a0, 0xffffffff80000000)
	li a1, 0x123456789abcdef0; li a2, 0x0; rem a0, a1, a2
	CHECK(1105, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; rem a0, a1, a2
	CHECK(1106, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; rem a0, a1, a2
	CHECK(1107, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; rem a0, a1, a2
	CHECK(1108, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; rem a0, a1, a2
	CHECK(1109, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; rem a0, a1, a2
	CHECK(1110, a0, 0x1abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; rem a0, a1, a2
	CHECK(1111, a0, 0x3f258be1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; rem a0, a1, a2
	CHECK(1112, a0, 0x1abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; rem a0, a1, a2
	CHECK(1113, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; rem a0, a1, a2
	CHECK(1114, a0, 0x5)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; rem a0, a1, a2
	CHECK(1115, a0, 0xacf13568)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; rem a0, a1, a2
	CHECK(1116, a0, 0x46567888aae7f0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; rem a0, a1, a2
	CHECK(1117, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; rem a0, a1, a2
	CHECK(1118, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; rem a0, a1, a2
	CHECK(1119, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; rem a0, a1, a2
	CHECK(1120, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; rem a0, a1, a2
	CHECK(1121, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; rem a0, a1, a2
	CHECK(1122, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; rem a0, a1, a2
	CHECK(1123, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; rem a0, a1, a2
	CHECK(1124, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; rem a0, a1, a2
	CHECK(1125, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; rem a0, a1, a2
	CHECK(1126, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; rem a0, a1, a2
	CHECK(1127, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; rem a0, a1, a2
	CHECK(1128, a0, 0xfffffffffffffff9)
	li a1, 0xffffffff; li a2, 0x0; rem a0, a1, a2
	CHECK(1129, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x1; rem a0, a1, a2
	CHECK(1130, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; rem a0, a1, a2
	CHECK(1131, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x8000000000000000; rem a0, a1, a2
	CHECK(1132, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; rem a0, a1, a2
	CHECK(1133, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x80000000; rem a0, a1, a2
	CHECK(1134, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x7fffffff; rem a0, a1, a2
	CHECK(1135, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; rem a0, a1, a2
	CHECK(1136, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; rem a0, a1, a2
	CHECK(1137, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; rem a0, a1, a2
	CHECK(1138, a0, 0x3)
	li a1, 0xffffffff; li a2, 0xffffffff; rem a0, a1, a2
	CHECK(1139, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; rem a0, a1, a2
	CHECK(1140, a0, 0xffffffff)
	li a1, 0xff00000100ff80; li a2, 0x0; rem a0, a1, a2
	CHECK(1141, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; rem a0, a1, a2
	CHECK(1142, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; rem a0, a1, a2
	CHECK(1143, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; rem a0, a1, a2
	CHECK(1144, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; rem a0, a1, a2
	CHECK(1145, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x80000000; rem a0, a1, a2
	CHECK(1146, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; rem a0, a1, a2
	CHECK(1147, a0, 0x2feff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; rem a0, a1, a2
	CHECK(1148, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; rem a0, a1, a2
	CHECK(1149, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; rem a0, a1, a2
	CHECK(1150, a0, 0x4)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; rem a0, a1, a2
	CHECK(1151, a0, 0x1ffff80)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; rem a0, a1, a2
	CHECK(1152, a0, 0x0)
	/* remu */
	li a1, 0x0; li a2, 0x0; remu a0, a1, a2
	CHECK(1153, a0, 0x0)
	li a1, 0x0; li a2, 0x1; remu a0, a1, a2
	CHECK(1154, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; remu a0, a1, a2
	CHECK(1155, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; remu a0, a1, a2
	CHECK(1156, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; remu a0, a1, a2
	CHECK(1157, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; remu a0, a1, a2
	CHECK(1158, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; remu a0, a1, a2
	CHECK(1159, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; remu a0, a1, a2
	CHECK(1160, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; remu a0, a1, a2
	CHECK(1161, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; remu a0, a1, a2
	CHECK(1162, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; remu a0, a1, a2
	CHECK(1163, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; remu a0, a1, a2
	CHECK(1164, a0, 0x0)
	li a1, 0x1; li a2, 0x0; remu a0, a1, a2
	CHECK(1165, a0, 0x1)
	li a1, 0x1; li a2, 0x1; remu a0, a1, a2
	CHECK(1166, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; remu a0, a1, a2
	CHECK(1167, a0, 0x1)
	li a1, 0x1; li a2, 0x8000000000000000; remu a0, a1, a2
	CHECK(1168, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffffffffffff; remu a0, a1, a2
	CHECK(1169, a0, 0x1)
	li a1, 0x1; li a2, 0x80000000; remu a0, a1, a2
	CHECK(1170, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffff; remu a0, a1, a2
	CHECK(1171, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff80000000; remu a0, a1, a2
	CHECK(1172, a0, 0x1)
	li a1, 0x1; li a2, 0x123456789abcdef0; remu a0, a1, a2
	CHECK(1173, a0, 0x1)
	li a1, 0x1; li a2, 0xfffffffffffffff9; remu a0, a1, a2
	CHECK(1174, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff; remu a0, a1, a2
	CHECK(1175, a0, 0x1)
	li a1, 0x1; li a2, 0xff00000100ff80; remu a0, a1, a2
	CHECK(1176, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x0; remu a0, a1, a2
	CHECK(1177, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; remu a0, a1, a2
	CHECK(1178, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; remu a0, a1, a2
	CHECK(1179, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; remu a0, a1, a2
	CHECK(1180, a0, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; remu a0, a1, a2
	CHECK(1181, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; remu a0, a1, a2
	CHECK(1182, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; remu a0, a1, a2
	CHECK(1183, a0, 0x3)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; remu a0, a1, a2
	CHECK(1184, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; remu a0, a1, a2
	CHECK(1185, a0, 0x123456789abcedf)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; remu a0, a1, a2
	CHECK(1186, a0, 0x6)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; remu a0, a1, a2
	CHECK(1187, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; remu a0, a1, a2
	CHECK(1188, a0, 0xfffefdff807f)
	li a1, 0x8000000000000000; li a2, 0x0; remu a0, a1, a2
	CHECK(1189, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x1; remu a0, a1, a2
	CHECK(1190, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; remu a0, a1, a2
	CHECK(1191, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; remu a0, a1, a2
	CHECK(1192, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; remu a0, a1, a2
	CHECK(1193, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x80000000; remu a0, a1, a2
	CHECK(1194, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; remu a0, a1, a2
	CHECK(1195, a0, 0x2)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; remu a0, a1, a2
	CHECK(1196, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; remu a0, a1, a2
	CHECK(1197, a0, 0x91a2b3c4d5e770)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; remu a0, a1, a2
	CHECK(1198, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xffffffff; remu a0, a1, a2
	CHECK(1199, a0, 0x80000000)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; remu a0, a1, a2
	CHECK(1200, a0, 0x7fffff7f804000)
	li a1, 0x7fffffffffffffff; li a2, 0x0; remu a0, a1, a2
	CHECK(1201, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; remu a0, a1, a2
	CHECK(1202, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; remu a0, a1, a2
	CHECK(1203, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; remu a0, a1, a2
	CHECK(1204, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; remu a0, a1, a2
	CHECK(1205, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; remu a0, a1, a2
	CHECK(1206, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; remu a0, a1, a2
	CHECK(1207, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; remu a0, a1, a2
	CHECK(1208, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; remu a0, a1, a2
	CHECK(1209, a0, 0x91a2b3c4d5e76f)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; remu a0, a1, a2
	CHECK(1210, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; remu a0, a1, a2
	CHECK(1211, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; remu a0, a1, a2
	CHECK(1212, a0, 0x7fffff7f803fff)
	li a1, 0x80000000; li a2, 0x0; remu a0, a1, a2
	CHECK(1213, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x1; remu a0, a1, a2
	CHECK(1214, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; remu a0, a1, a2
	CHECK(1215, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x8000000000000000; remu a0, a1, a2
	CHECK(1216, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; remu a0, a1, a2
	CHECK(1217, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x80000000; remu a0, a1, a2
	CHECK(1218, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffff; remu a0, a1, a2
	CHECK(1219, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffff80000000; remu a0, a1, a2
	CHECK(1220, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; remu a0, a1, a2
	CHECK(1221, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; remu a0, a1, a2
	CHECK(1222, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xffffffff; remu a0, a1, a2
	CHECK(1223, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xff00000100ff80; remu a0, a1, a2
	CHECK(1224, a0, 0x80000000)
	li a1, 0x7fffffff; li a2, 0x0; remu a0, a1, a2
	CHECK(1225, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; remu a0, a1, a2
	CHECK(1226, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; remu a0, a1, a2
	CHECK(1227, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; remu a0, a1, a2
	CHECK(1228, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; remu a0, a1, a2
	CHECK(1229, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x80000000; remu a0, a1, a2
	CHECK(1230, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffff; remu a0, a1, a2
	CHECK(1231, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; remu a0, a1, a2
	CHECK(1232, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; remu a0, a1, a2
	CHECK(1233, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; remu a0, a1, a2
	CHECK(1234, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffff; remu a0, a1, a2
	CHECK(1235, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; remu a0, a1, a2
	CHECK(1236, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; li a2, 0x0; remu a0, a1, a2
	CHECK(1237, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; remu a0, a1, a2
	CHECK(1238, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; remu a0, a1, a2
	CHECK(1239, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; remu a0, a1, a2
	CHECK(1240, a0, 0x7fffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; remu a0, a1, a2
	CHECK(1241, a0, 0x7fffffff80000001)
	li a1, 0xffffffff80000000; li a2, 0x80000000; remu a0, a1, a2
	CHECK(1242, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; remu a0, a1, a2
	CHECK(1243, a0, 0x3)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; remu a0, a1, a2
	CHECK(1244, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; remu a0, a1, a2
	CHECK(1245, a0, 0x123456709abcee0)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; remu a0, a1, a2
	CHECK(1246, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; remu a0, a1, a2
	CHECK(1247, a0, 0x80000000)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; remu a0, a1, a2
	CHECK(1248, a0, 0xfffe7dff8080)
	li a1, 0x123456789abcdef0; li a2, 0x0; remu a0, a1, a2
	CHECK(1249, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; remu a0, a1, a2
	CHECK(1250, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; remu a0, a1, a2
	CHECK(1251, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; remu a0, a1, a2
	CHECK(1252, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; remu a0, a1, a2
	CHECK(1253, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; remu a0, a1, a2
	CHECK(1254, a0, 0x1abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; remu a0, a1, a2
	CHECK(1255, a0, 0x3f258be1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; remu a0, a1, a2
	CHECK(1256, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; remu a0, a1, a2
	CHECK(1257, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; remu a0, a1, a2
	CHECK(1258, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; remu a0, a1, a2
	CHECK(1259, a0, 0xacf13568)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; remu a0, a1, a2
	CHECK(1260, a0, 0x46567888aae7f0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; remu a0, a1, a2
	CHECK(1261, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; remu a0, a1, a2
	CHECK(1262, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; remu a0, a1, a2
	CHECK(1263, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; remu a0, a1, a2
	CHECK(1264, a0, 0x7ffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; remu a0, a1, a2
	CHECK(1265, a0, 0x7ffffffffffffffa)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; remu a0, a1, a2
	CHECK(1266, a0, 0x7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; remu a0, a1, a2
	CHECK(1267, a0, 0x7ffffffc)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; remu a0, a1, a2
	CHECK(1268, a0, 0x7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; remu a0, a1, a2
	CHECK(1269, a0, 0x123456789abced9)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; remu a0, a1, a2
	CHECK(1270, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; remu a0, a1, a2
	CHECK(1271, a0, 0xfffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; remu a0, a1, a2
	CHECK(1272, a0, 0xfffefdff8079)
	li a1, 0xffffffff; li a2, 0x0; remu a0, a1, a2
	CHECK(1273, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x1; remu a0, a1, a2
	CHECK(1274, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; remu a0, a1, a2
	CHECK(1275, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x8000000000000000; remu a0, a1, a2
	CHECK(1276, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; remu a0, a1, a2
	CHECK(1277, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x80000000; remu a0, a1, a2
	CHECK(1278, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x7fffffff; remu a0, a1, a2
	CHECK(1279, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; remu a0, a1, a2
	CHECK(1280, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; remu a0, a1, a2
	CHECK(1281, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; remu a0, a1, a2
	CHECK(1282, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xffffffff; remu a0, a1, a2
	CHECK(1283, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; remu a0, a1, a2
	CHECK(1284, a0, 0xffffffff)
	li a1, 0xff00000100ff80; li a2, 0x0; remu a0, a1, a2
	CHECK(1285, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; remu a0, a1, a2
	CHECK(1286, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; remu a0, a1, a2
	CHECK(1287, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; remu a0, a1, a2
	CHECK(1288, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; remu a0, a1, a2
	CHECK(1289, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x80000000; remu a0, a1, a2
	CHECK(1290, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; remu a0, a1, a2
	CHECK(1291, a0, 0x2feff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; remu a0, a1, a2
	CHECK(1292, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; remu a0, a1, a2
	CHECK(1293, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; remu a0, a1, a2
	CHECK(1294, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; remu a0, a1, a2
	CHECK(1295, a0, 0x1ffff80)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; remu a0, a1, a2
	CHECK(1296, a0, 0x0)
	/* divw */
	li a1, 0x0; li a2, 0x0; divw a0, a1, a2
	CHECK(1297, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x1; divw a0, a1, a2
	CHECK(1298, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; divw a0, a1, a2
	CHECK(1299, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; divw a0, a1, a2
	CHECK(1300, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x7fffffffffffffff; divw a0, a1, a2
	CHECK(1301, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; divw a0, a1, a2
	CHECK(1302, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; divw a0, a1, a2
	CHECK(1303, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; divw a0, a1, a2
	CHECK(1304, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; divw a0, a1, a2
	CHECK(1305, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; divw a0, a1, a2
	CHECK(1306, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; divw a0, a1, a2
	CHECK(1307, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; divw a0, a1, a2
	CHECK(1308, a0, 0x0)
	li a1, 0x1; li a2, 0x0; divw a0, a1, a2
	CHECK(1309, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x1; divw a0, a1, a2
	CHECK(1310, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffffffffffff; divw a0, a1, a2
	CHECK(1311, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x8000000000000000; divw a0, a1, a2
	CHECK(1312, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x7fffffffffffffff; divw a0, a1, a2
	CHECK(1313, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x80000000; divw a0, a1, a2
	CHECK(1314, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffff; divw a0, a1, a2
	CHECK(1315, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff80000000; divw a0, a1, a2
	CHECK(1316, a0, 0x0)
	li a1, 0x1; li a2, 0x123456789abcdef0; divw a0, a1, a2
	CHECK(1317, a0, 0x0)
	li a1, 0x1; li a2, 0xfffffffffffffff9; divw a0, a1, a2
	CHECK(1318, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff; divw a0, a1, a2
	CHECK(1319, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0xff00000100ff80; divw a0, a1, a2
	CHECK(1320, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x0; divw a0, a1, a2
	CHECK(1321, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; divw a0, a1, a2
	CHECK(1322, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; divw a0, a1, a2
	CHECK(1323, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; divw a0, a1, a2
	CHECK(1324, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; divw a0, a1, a2
	CHECK(1325, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; divw a0, a1, a2
	CHECK(1326, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; divw a0, a1, a2
	CHECK(1327, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; divw a0, a1, a2
	CHECK(1328, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; divw a0, a1, a2
	CHECK(1329, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; divw a0, a1, a2
	CHECK(1330, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; divw a0, a1, a2
	CHECK(1331, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; divw a0, a1, a2
	CHECK(1332, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x0; divw a0, a1, a2
	CHECK(1333, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x1; divw a0, a1, a2
	CHECK(1334, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; divw a0, a1, a2
	CHECK(1335, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; divw a0, a1, a2
	CHECK(1336, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; divw a0, a1, a2
	CHECK(1337, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x80000000; divw a0, a1, a2
	CHECK(1338, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; divw a0, a1, a2
	CHECK(1339, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; divw a0, a1, a2
	CHECK(1340, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; divw a0, a1, a2
	CHECK(1341, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; divw a0, a1, a2
	CHECK(1342, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff; divw a0, a1, a2
	CHECK(1343, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; divw a0, a1, a2
	CHECK(1344, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; divw a0, a1, a2
	CHECK(1345, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; divw a0, a1, a2
	CHECK(1346, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; divw a0, a1, a2
	CHECK(1347, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; divw a0, a1, a2
	CHECK(1348, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; divw a0, a1, a2
	CHECK(1349, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; divw a0, a1, a2
	CHECK(1350, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; divw a0, a1, a2
	CHECK(1351, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; divw a0, a1, a2
	CHECK(1352, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; divw a0, a1, a2
	CHECK(1353, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; divw a0, a1, a2
	CHECK(1354, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; divw a0, a1, a2
	CHECK(1355, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; divw a0, a1, a2
	CHECK(1356, a0, 0x0)
	li a1, 0x80000000; li a2, 0x0; divw a0, a1, a2
	CHECK(1357, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x1; divw a0, a1, a2
	CHECK(1358, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; divw a0, a1, a2
	CHECK(1359, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x8000000000000000; divw a0, a1, a2
	CHECK(1360, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; divw a0, a1, a2
	CHECK(1361, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x80000000; divw a0, a1, a2
	CHECK(1362, a0, 0x1)
	li a1, 0x80000000; li a2, 0x7fffffff; divw a0, a1, a2
	CHECK(1363, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0xffffffff80000000; divw a0, a1, a2
	CHECK(1364, a0, 0x1)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; divw a0, a1, a2
	CHECK(1365, a0, 0x1)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; divw a0, a1, a2
	CHECK(1366, a0, 0x12492492)
	li a1, 0x80000000; li a2, 0xffffffff; divw a0, a1, a2
	CHECK(1367, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0xff00000100ff80; divw a0, a1, a2
	CHECK(1368, a0, 0xffffffffffffff81)
	li a1, 0x7fffffff; li a2, 0x0; divw a0, a1, a2
	CHECK(1369, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x1; divw a0, a1, a2
	CHECK(1370, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; divw a0, a1, a2
	CHECK(1371, a0, 0xffffffff80000001)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; divw a0, a1, a2
	CHECK(1372, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; divw a0, a1, a2
	CHECK(1373, a0, 0xffffffff80000001)
	li a1, 0x7fffffff; li a2, 0x80000000; divw a0, a1, a2
	CHECK(1374, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x7fffffff; divw a0, a1, a2
	CHECK(1375, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; divw a0, a1, a2
	CHECK(1376, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; divw a0, a1, a2
	CHECK(1377, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; divw a0, a1, a2
	CHECK(1378, a0, 0xffffffffedb6db6e)
	li a1, 0x7fffffff; li a2, 0xffffffff; divw a0, a1, a2
	CHECK(1379, a0, 0xffffffff80000001)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; divw a0, a1, a2
	CHECK(1380, a0, 0x7f)
	li a1, 0xffffffff80000000; li a2, 0x0; divw a0, a1, a2
	CHECK(1381, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x1; divw a0, a1, a2
	CHECK(1382, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; divw a0, a1, a2
	CHECK(1383, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; divw a0, a1, a2
	CHECK(1384, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; divw a0, a1, a2
	CHECK(1385, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x80000000; divw a0, a1, a2
	CHECK(1386, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; divw a0, a1, a2
	CHECK(1387, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; divw a0, a1, a2
	CHECK(1388, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; divw a0, a1, a2
	CHECK(1389, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; divw a0, a1, a2
	CHECK(1390, a0, 0x12492492)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; divw a0, a1, a2
	CHECK(1391, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; divw a0, a1, a2
	CHECK(1392, a0, 0xffffffffffffff81)
	li a1, 0x123456789abcdef0; li a2, 0x0; divw a0, a1, a2
	CHECK(1393, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x1; divw a0, a1, a2
	CHECK(1394, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; divw a0, a1, a2
	CHECK(1395, a0, 0x65432110)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; divw a0, a1, a2
	CHECK(1396, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; divw a0, a1, a2
	CHECK(1397, a0, 0x65432110)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; divw a0, a1, a2
	CHECK(1398, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; divw a0, a1, a2
	CHECK(1399, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; divw a0, a1, a2
	CHECK(1400, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; divw a0, a1, a2
	CHECK(1401, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; divw a0, a1, a2
	CHECK(1402, a0, 0xe774ddd)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; divw a0, a1, a2
	CHECK(1403, a0, 0x65432110)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; divw a0, a1, a2
	CHECK(1404, a0, 0xffffffffffffff9c)
	li a1, 0xfffffffffffffff9; li a2, 0x0; divw a0, a1, a2
	CHECK(1405, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x1; divw a0, a1, a2
	CHECK(1406, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; divw a0, a1, a2
	CHECK(1407, a0, 0x7)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; divw a0, a1, a2
	CHECK(1408, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; divw a0, a1, a2
	CHECK(1409, a0, 0x7)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; divw a0, a1, a2
	CHECK(1410, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; divw a0, a1, a2
	CHECK(1411, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; divw a0, a1, a2
	CHECK(1412, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; divw a0, a1, a2
	CHECK(1413, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; divw a0, a1, a2
	CHECK(1414, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; divw a0, a1, a2
	CHECK(1415, a0, 0x7)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; divw a0, a1, a2
	CHECK(1416, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x0; divw a0, a1, a2
	CHECK(1417, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1; divw a0, a1, a2
	CHECK(1418, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; divw a0, a1, a2
	CHECK(1419, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x8000000000000000; divw a0, a1, a2
	CHECK(1420, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; divw a0, a1, a2
	CHECK(1421, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x80000000; divw a0, a1, a2
	CHECK(1422, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x7fffffff; divw a0, a1, a2
	CHECK(1423, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; divw a0, a1, a2
	CHECK(1424, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; divw a0, a1, a2
	CHECK(1425, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; divw a0, a1, a2
	CHECK(1426, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffff; divw a0, a1, a2
	CHECK(1427, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; divw a0, a1, a2
	CHECK(1428, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x0; divw a0, a1, a2
	CHECK(1429, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x1; divw a0, a1, a2
	CHECK(1430, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; divw a0, a1, a2
	CHECK(1431, a0, 0xfffffffffeff0080)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; divw a0, a1, a2
	CHECK(1432, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; divw a0, a1, a2
	CHECK(1433, a0, 0xfffffffffeff0080)
	li a1, 0xff00000100ff80; li a2, 0x80000000; divw a0, a1, a2
	CHECK(1434, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; divw a0, a1, a2
	CHECK(1435, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; divw a0, a1, a2
	CHECK(1436, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; divw a0, a1, a2
	CHECK(1437, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; divw a0, a1, a2
	CHECK(1438, a0, 0xffffffffffdb4937)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; divw a0, a1, a2
	CHECK(1439, a0, 0xfffffffffeff0080)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; divw a0, a1, a2
	CHECK(1440, a0, 0x1)
	/* divuw */
	li a1, 0x0; li a2, 0x0; divuw a0, a1, a2
	CHECK(1441, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x1; divuw a0, a1, a2
	CHECK(1442, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; divuw a0, a1, a2
	CHECK(1443, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; divuw a0, a1, a2
	CHECK(1444, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x7fffffffffffffff; divuw a0, a1, a2
	CHECK(1445, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; divuw a0, a1, a2
	CHECK(1446, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; divuw a0, a1, a2
	CHECK(1447, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; divuw a0, a1, a2
	CHECK(1448, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; divuw a0, a1, a2
	CHECK(1449, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; divuw a0, a1, a2
	CHECK(1450, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; divuw a0, a1, a2
	CHECK(1451, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; divuw a0, a1, a2
	CHECK(1452, a0, 0x0)
	li a1, 0x1; li a2, 0x0; divuw a0, a1, a2
	CHECK(1453, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x1; divuw a0, a1, a2
	CHECK(1454, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffffffffffff; divuw a0, a1, a2
	CHECK(1455, a0, 0x0)
	li a1, 0x1; li a2, 0x8000000000000000; divuw a0, a1, a2
	CHECK(1456, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x7fffffffffffffff; divuw a0, a1, a2
	CHECK(1457, a0, 0x0)
	li a1, 0x1; li a2, 0x80000000; divuw a0, a1, a2
	CHECK(1458, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffff; divuw a0, a1, a2
	CHECK(1459, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff80000000; divuw a0, a1, a2
	CHECK(1460, a0, 0x0)
	li a1, 0x1; li a2, 0x123456789abcdef0; divuw a0, a1, a2
	CHECK(1461, a0, 0x0)
	li a1, 0x1; li a2, 0xfffffffffffffff9; divuw a0, a1, a2
	CHECK(1462, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff; divuw a0, a1, a2
	CHECK(1463, a0, 0x0)
	li a1, 0x1; li a2, 0xff00000100ff80; divuw a0, a1, a2
	CHECK(1464, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x0; divuw a0, a1, a2
	CHECK(1465, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; divuw a0, a1, a2
	CHECK(1466, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; divuw a0, a1, a2
	CHECK(1467, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; divuw a0, a1, a2
	CHECK(1468, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; divuw a0, a1, a2
	CHECK(1469, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; divuw a0, a1, a2
	CHECK(1470, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; divuw a0, a1, a2
	CHECK(1471, a0, 0x2)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; divuw a0, a1, a2
	CHECK(1472, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; divuw a0, a1, a2
	CHECK(1473, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; divuw a0, a1, a2
	CHECK(1474, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; divuw a0, a1, a2
	CHECK(1475, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; divuw a0, a1, a2
	CHECK(1476, a0, 0xff)
	li a1, 0x8000000000000000; li a2, 0x0; divuw a0, a1, a2
	CHECK(1477, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x1; divuw a0, a1, a2
	CHECK(1478, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; divuw a0, a1, a2
	CHECK(1479, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; divuw a0, a1, a2
	CHECK(1480, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; divuw a0, a1, a2
	CHECK(1481, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x80000000; divuw a0, a1, a2
	CHECK(1482, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; divuw a0, a1, a2
	CHECK(1483, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; divuw a0, a1, a2
	CHECK(1484, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; divuw a0, a1, a2
	CHECK(1485, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; divuw a0, a1, a2
	CHECK(1486, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff; divuw a0, a1, a2
	CHECK(1487, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; divuw a0, a1, a2
	CHECK(1488, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; divuw a0, a1, a2
	CHECK(1489, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; divuw a0, a1, a2
	CHECK(1490, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; divuw a0, a1, a2
	CHECK(1491, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; divuw a0, a1, a2
	CHECK(1492, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; divuw a0, a1, a2
	CHECK(1493, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; divuw a0, a1, a2
	CHECK(1494, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; divuw a0, a1, a2
	CHECK(1495, a0, 0x2)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; divuw a0, a1, a2
	CHECK(1496, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; divuw a0, a1, a2
	CHECK(1497, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; divuw a0, a1, a2
	CHECK(1498, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; divuw a0, a1, a2
	CHECK(1499, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; divuw a0, a1, a2
	CHECK(1500, a0, 0xff)
	li a1, 0x80000000; li a2, 0x0; divuw a0, a1, a2
	CHECK(1501, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x1; divuw a0, a1, a2
	CHECK(1502, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; divuw a0, a1, a2
	CHECK(1503, a0, 0x0)
	li a1, 0x80000000; li a2, 0x8000000000000000; divuw a0, a1, a2
	CHECK(1504, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; divuw a0, a1, a2
	CHECK(1505, a0, 0x0)
	li a1, 0x80000000; li a2, 0x80000000; divuw a0, a1, a2
	CHECK(1506, a0, 0x1)
	li a1, 0x80000000; li a2, 0x7fffffff; divuw a0, a1, a2
	CHECK(1507, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffff80000000; divuw a0, a1, a2
	CHECK(1508, a0, 0x1)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; divuw a0, a1, a2
	CHECK(1509, a0, 0x0)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; divuw a0, a1, a2
	CHECK(1510, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffff; divuw a0, a1, a2
	CHECK(1511, a0, 0x0)
	li a1, 0x80000000; li a2, 0xff00000100ff80; divuw a0, a1, a2
	CHECK(1512, a0, 0x7f)
	li a1, 0x7fffffff; li a2, 0x0; divuw a0, a1, a2
	CHECK(1513, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x1; divuw a0, a1, a2
	CHECK(1514, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; divuw a0, a1, a2
	CHECK(1515, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; divuw a0, a1, a2
	CHECK(1516, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; divuw a0, a1, a2
	CHECK(1517, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x80000000; divuw a0, a1, a2
	CHECK(1518, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x7fffffff; divuw a0, a1, a2
	CHECK(1519, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; divuw a0, a1, a2
	CHECK(1520, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; divuw a0, a1, a2
	CHECK(1521, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; divuw a0, a1, a2
	CHECK(1522, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffff; divuw a0, a1, a2
	CHECK(1523, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; divuw a0, a1, a2
	CHECK(1524, a0, 0x7f)
	li a1, 0xffffffff80000000; li a2, 0x0; divuw a0, a1, a2
	CHECK(1525, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x1; divuw a0, a1, a2
	CHECK(1526, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; divuw a0, a1, a2
	CHECK(1527, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; divuw a0, a1, a2
	CHECK(1528, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; divuw a0, a1, a2
	CHECK(1529, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x80000000; divuw a0, a1, a2
	CHECK(1530, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; divuw a0, a1, a2
	CHECK(1531, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; divuw a0, a1, a2
	CHECK(1532, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; divuw a0, a1, a2
	CHECK(1533, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; divuw a0, a1, a2
	CHECK(1534, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; divuw a0, a1, a2
	CHECK(1535, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; divuw a0, a1, a2
	CHECK(1536, a0, 0x7f)
	li a1, 0x123456789abcdef0; li a2, 0x0; divuw a0, a1, a2
	CHECK(1537, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x1; divuw a0, a1, a2
	CHECK(1538, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; divuw a0, a1, a2
	CHECK(1539, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; divuw a0, a1, a2
	CHECK(1540, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; divuw a0, a1, a2
	CHECK(1541, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; divuw a0, a1, a2
	CHECK(1542, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; divuw a0, a1, a2
	CHECK(1543, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; divuw a0, a1, a2
	CHECK(1544, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; divuw a0, a1, a2
	CHECK(1545, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; divuw a0, a1, a2
	CHECK(1546, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; divuw a0, a1, a2
	CHECK(1547, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; divuw a0, a1, a2
	CHECK(1548, a0, 0x9a)
	li a1, 0xfffffffffffffff9; li a2, 0x0; divuw a0, a1, a2
	CHECK(1549, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x1; divuw a0, a1, a2
	CHECK(1550, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; divuw a0, a1, a2
	CHECK(1551, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; divuw a0, a1, a2
	CHECK(1552, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; divuw a0, a1, a2
	CHECK(1553, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; divuw a0, a1, a2
	CHECK(1554, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; divuw a0, a1, a2
	CHECK(1555, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; divuw a0, a1, a2
	CHECK(1556, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; divuw a0, a1, a2
	CHECK(1557, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; divuw a0, a1, a2
	CHECK(1558, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; divuw a0, a1, a2
	CHECK(1559, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; divuw a0, a1, a2
	CHECK(1560, a0, 0xff)
	li a1, 0xffffffff; li a2, 0x0; divuw a0, a1, a2
	CHECK(1561, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1; divuw a0, a1, a2
	CHECK(1562, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; divuw a0, a1, a2
	CHECK(1563, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x8000000000000000; divuw a0, a1, a2
	CHECK(1564, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; divuw a0, a1, a2
	CHECK(1565, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x80000000; divuw a0, a1, a2
	CHECK(1566, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x7fffffff; divuw a0, a1, a2
	CHECK(1567, a0, 0x2)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; divuw a0, a1, a2
	CHECK(1568, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; divuw a0, a1, a2
	CHECK(1569, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; divuw a0, a1, a2
	CHECK(1570, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xffffffff; divuw a0, a1, a2
	CHECK(1571, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; divuw a0, a1, a2
	CHECK(1572, a0, 0xff)
	li a1, 0xff00000100ff80; li a2, 0x0; divuw a0, a1, a2
	CHECK(1573, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x1; divuw a0, a1, a2
	CHECK(1574, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; divuw a0, a1, a2
	CHECK(1575, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; divuw a0, a1, a2
	CHECK(1576, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; divuw a0, a1, a2
	CHECK(1577, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x80000000; divuw a0, a1, a2
	CHECK(1578, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; divuw a0, a1, a2
	CHECK(1579, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; divuw a0, a1, a2
	CHECK(1580, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; divuw a0, a1, a2
	CHECK(1581, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; divuw a0, a1, a2
	CHECK(1582, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; divuw a0, a1, a2
	CHECK(1583, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; divuw a0, a1, a2
	CHECK(1584, a0, 0x1)
	/* remw */
	li a1, 0x0; li a2, 0x0; remw a0, a1, a2
	CHECK(1585, a0, 0x0)
	li a1, 0x0; li a2, 0x1; remw a0, a1, a2
	CHECK(1586, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; remw a0, a1, a2
	CHECK(1587, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; remw a0, a1, a2
	CHECK(1588, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; remw a0, a1, a2
	CHECK(1589, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; remw a0, a1, a2
	CHECK(1590, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; remw a0, a1, a2
	CHECK(1591, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; remw a0, a1, a2
	CHECK(1592, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; remw a0, a1, a2
	CHECK(1593, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; remw a0, a1, a2
	CHECK(1594, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; remw a0, a1, a2
	CHECK(1595, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; remw a0, a1, a2
	CHECK(1596, a0, 0x0)
	li a1, 0x1; li a2, 0x0; remw a0, a1, a2
	CHECK(1597, a0, 0x1)
	li a1, 0x1; li a2, 0x1; remw a0, a1, a2
	CHECK(1598, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; remw a0, a1, a2
	CHECK(1599, a0, 0x0)
	li a1, 0x1; li a2, 0x8000000000000000; remw a0, a1, a2
	CHECK(1600, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffffffffffff; remw a0, a1, a2
	CHECK(1601, a0, 0x0)
	li a1, 0x1; li a2, 0x80000000; remw a0, a1, a2
	CHECK(1602, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffff; remw a0, a1, a2
	CHECK(1603, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff80000000; remw a0, a1, a2
	CHECK(1604, a0, 0x1)
	li a1, 0x1; li a2, 0x123456789abcdef0; remw a0, a1, a2
	CHECK(1605, a0, 0x1)
	li a1, 0x1; li a2, 0xfffffffffffffff9; remw a0, a1, a2
	CHECK(1606, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff; remw a0, a1, a2
	CHECK(1607, a0, 0x0)
	li a1, 0x1; li a2, 0xff00000100ff80; remw a0, a1, a2
	CHECK(1608, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x0; remw a0, a1, a2
	CHECK(1609, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; remw a0, a1, a2
	CHECK(1610, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; remw a0, a1, a2
	CHECK(1611, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; remw a0, a1, a2
	CHECK(1612, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; remw a0, a1, a2
	CHECK(1613, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; remw a0, a1, a2
	CHECK(1614, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; remw a0, a1, a2
	CHECK(1615, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; remw a0, a1, a2
	CHECK(1616, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; remw a0, a1, a2
	CHECK(1617, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; remw a0, a1, a2
	CHECK(1618, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; remw a0, a1, a2
	CHECK(1619, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; remw a0, a1, a2
	CHECK(1620, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x0; remw a0, a1, a2
	CHECK(1621, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; remw a0, a1, a2
	CHECK(1622, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; remw a0, a1, a2
	CHECK(1623, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; remw a0, a1, a2
	CHECK(1624, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; remw a0, a1, a2
	CHECK(1625, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x80000000; remw a0, a1, a2
	CHECK(1626, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; remw a0, a1, a2
	CHECK(1627, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; remw a0, a1, a2
	CHECK(1628, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; remw a0, a1, a2
	CHECK(1629, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; remw a0, a1, a2
	CHECK(1630, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff; remw a0, a1, a2
	CHECK(1631, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; remw a0, a1, a2
	CHECK(1632, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; remw a0, a1, a2
	CHECK(1633, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; remw a0, a1, a2
	CHECK(1634, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; remw a0, a1, a2
	CHECK(1635, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; remw a0, a1, a2
	CHECK(1636, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; remw a0, a1, a2
	CHECK(1637, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; remw a0, a1, a2
	CHECK(1638, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; remw a0, a1, a2
	CHECK(1639, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; remw a0, a1, a2
	CHECK(1640, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; remw a0, a1, a2
	CHECK(1641, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; remw a0, a1, a2
	CHECK(1642, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; remw a0, a1, a2
	CHECK(1643, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; remw a0, a1, a2
	CHECK(1644, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x0; remw a0, a1, a2
	CHECK(1645, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x1; remw a0, a1, a2
	CHECK(1646, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; remw a0, a1, a2
	CHECK(1647, a0, 0x0)
	li a1, 0x80000000; li a2, 0x8000000000000000; remw a0, a1, a2
	CHECK(1648, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; remw a0, a1, a2
	CHECK(1649, a0, 0x0)
	li a1, 0x80000000; li a2, 0x80000000; remw a0, a1, a2
	CHECK(1650, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffff; remw a0, a1, a2
	CHECK(1651, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0xffffffff80000000; remw a0, a1, a2
	CHECK(1652, a0, 0x0)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; remw a0, a1, a2
	CHECK(1653, a0, 0xffffffffe5432110)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; remw a0, a1, a2
	CHECK(1654, a0, 0xfffffffffffffffe)
	li a1, 0x80000000; li a2, 0xffffffff; remw a0, a1, a2
	CHECK(1655, a0, 0x0)
	li a1, 0x80000000; li a2, 0xff00000100ff80; remw a0, a1, a2
	CHECK(1656, a0, 0xffffffffff7ec080)
	li a1, 0x7fffffff; li a2, 0x0; remw a0, a1, a2
	CHECK(1657, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; remw a0, a1, a2
	CHECK(1658, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; remw a0, a1, a2
	CHECK(1659, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; remw a0, a1, a2
	CHECK(1660, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; remw a0, a1, a2
	CHECK(1661, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x80000000; remw a0, a1, a2
	CHECK(1662, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffff; remw a0, a1, a2
	CHECK(1663, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; remw a0, a1, a2
	CHECK(1664, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; remw a0, a1, a2
	CHECK(1665, a0, 0x1abcdeef)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; remw a0, a1, a2
	CHECK(1666, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0xffffffff; remw a0, a1, a2
	CHECK(1667, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; remw a0, a1, a2
	CHECK(1668, a0, 0x813f7f)
	li a1, 0xffffffff80000000; li a2, 0x0; remw a0, a1, a2
	CHECK(1669, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; remw a0, a1, a2
	CHECK(1670, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; remw a0, a1, a2
	CHECK(1671, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; remw a0, a1, a2
	CHECK(1672, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; remw a0, a1, a2
	CHECK(1673, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x80000000; remw a0, a1, a2
	CHECK(1674, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; remw a0, a1, a2
	CHECK(1675, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; remw a0, a1, a2
	CHECK(1676, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; remw a0, a1, a2
	CHECK(1677, a0, 0xffffffffe5432110)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; remw a0, a1, a2
	CHECK(1678, a0, 0xfffffffffffffffe)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; remw a0, a1, a2
	CHECK(1679, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; remw a0, a1, a2
	CHECK(1680, a0, 0xffffffffff7ec080)
	li a1, 0x123456789abcdef0; li a2, 0x0; remw a0, a1, a2
	CHECK(1681, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; remw a0, a1, a2
	CHECK(1682, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; remw a0, a1, a2
	CHECK(1683, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; remw a0, a1, a2
	CHECK(1684, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; remw a0, a1, a2
	CHECK(1685, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; remw a0, a1, a2
	CHECK(1686, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; remw a0, a1, a2
	CHECK(1687, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; remw a0, a1, a2
	CHECK(1688, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; remw a0, a1, a2
	CHECK(1689, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; remw a0, a1, a2
	CHECK(1690, a0, 0xfffffffffffffffb)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; remw a0, a1, a2
	CHECK(1691, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; remw a0, a1, a2
	CHECK(1692, a0, 0xffffffffff20acf0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; remw a0, a1, a2
	CHECK(1693, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; remw a0, a1, a2
	CHECK(1694, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; remw a0, a1, a2
	CHECK(1695, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; remw a0, a1, a2
	CHECK(1696, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; remw a0, a1, a2
	CHECK(1697, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; remw a0, a1, a2
	CHECK(1698, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; remw a0, a1, a2
	CHECK(1699, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; remw a0, a1, a2
	CHECK(1700, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; remw a0, a1, a2
	CHECK(1701, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; remw a0, a1, a2
	CHECK(1702, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; remw a0, a1, a2
	CHECK(1703, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; remw a0, a1, a2
	CHECK(1704, a0, 0xfffffffffffffff9)
	li a1, 0xffffffff; li a2, 0x0; remw a0, a1, a2
	CHECK(1705, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1; remw a0, a1, a2
	CHECK(1706, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; remw a0, a1, a2
	CHECK(1707, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x8000000000000000; remw a0, a1, a2
	CHECK(1708, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; remw a0, a1, a2
	CHECK(1709, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x80000000; remw a0, a1, a2
	CHECK(1710, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffff; remw a0, a1, a2
	CHECK(1711, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; remw a0, a1, a2
	CHECK(1712, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; remw a0, a1, a2
	CHECK(1713, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; remw a0, a1, a2
	CHECK(1714, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0xffffffff; remw a0, a1, a2
	CHECK(1715, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; remw a0, a1, a2
	CHECK(1716, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x0; remw a0, a1, a2
	CHECK(1717, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; remw a0, a1, a2
	CHECK(1718, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; remw a0, a1, a2
	CHECK(1719, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; remw a0, a1, a2
	CHECK(1720, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; remw a0, a1, a2
	CHECK(1721, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x80000000; remw a0, a1, a2
	CHECK(1722, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; remw a0, a1, a2
	CHECK(1723, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; remw a0, a1, a2
	CHECK(1724, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; remw a0, a1, a2
	CHECK(1725, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; remw a0, a1, a2
	CHECK(1726, a0, 0x1)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; remw a0, a1, a2
	CHECK(1727, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; remw a0, a1, a2
	CHECK(1728, a0, 0x0)
	/* remuw */
	li a1, 0x0; li a2, 0x0; remuw a0, a1, a2
	CHECK(1729, a0, 0x0)
	li a1, 0x0; li a2, 0x1; remuw a0, a1, a2
	CHECK(1730, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; remuw a0, a1, a2
	CHECK(1731, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; remuw a0, a1, a2
	CHECK(1732, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; remuw a0, a1, a2
	CHECK(1733, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; remuw a0, a1, a2
	CHECK(1734, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; remuw a0, a1, a2
	CHECK(1735, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; remuw a0, a1, a2
	CHECK(1736, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; remuw a0, a1, a2
	CHECK(1737, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; remuw a0, a1, a2
	CHECK(1738, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; remuw a0, a1, a2
	CHECK(1739, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; remuw a0, a1, a2
	CHECK(1740, a0, 0x0)
	li a1, 0x1; li a2, 0x0; remuw a0, a1, a2
	CHECK(1741, a0, 0x1)
	li a1, 0x1; li a2, 0x1; remuw a0, a1, a2
	CHECK(1742, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; remuw a0, a1, a2
	CHECK(1743, a0, 0x1)
	li a1, 0x1; li a2, 0x8000000000000000; remuw a0, a1, a2
	CHECK(1744, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffffffffffff; remuw a0, a1, a2
	CHECK(1745, a0, 0x1)
	li a1, 0x1; li a2, 0x80000000; remuw a0, a1, a2
	CHECK(1746, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffff; remuw a0, a1, a2
	CHECK(1747, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff80000000; remuw a0, a1, a2
	CHECK(1748, a0, 0x1)
	li a1, 0x1; li a2, 0x123456789abcdef0; remuw a0, a1, a2
	CHECK(1749, a0, 0x1)
	li a1, 0x1; li a2, 0xfffffffffffffff9; remuw a0, a1, a2
	CHECK(1750, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff; remuw a0, a1, a2
	CHECK(1751, a0, 0x1)
	li a1, 0x1; li a2, 0xff00000100ff80; remuw a0, a1, a2
	CHECK(1752, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x0; remuw a0, a1, a2
	CHECK(1753, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; remuw a0, a1, a2
	CHECK(1754, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; remuw a0, a1, a2
	CHECK(1755, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; remuw a0, a1, a2
	CHECK(1756, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; remuw a0, a1, a2
	CHECK(1757, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; remuw a0, a1, a2
	CHECK(1758, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; remuw a0, a1, a2
	CHECK(1759, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; remuw a0, a1, a2
	CHECK(1760, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; remuw a0, a1, a2
	CHECK(1761, a0, 0x6543210f)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; remuw a0, a1, a2
	CHECK(1762, a0, 0x6)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; remuw a0, a1, a2
	CHECK(1763, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; remuw a0, a1, a2
	CHECK(1764, a0, 0x17f7f)
	li a1, 0x8000000000000000; li a2, 0x0; remuw a0, a1, a2
	CHECK(1765, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; remuw a0, a1, a2
	CHECK(1766, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; remuw a0, a1, a2
	CHECK(1767, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; remuw a0, a1, a2
	CHECK(1768, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; remuw a0, a1, a2
	CHECK(1769, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x80000000; remuw a0, a1, a2
	CHECK(1770, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; remuw a0, a1, a2
	CHECK(1771, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; remuw a0, a1, a2
	CHECK(1772, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; remuw a0, a1, a2
	CHECK(1773, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; remuw a0, a1, a2
	CHECK(1774, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff; remuw a0, a1, a2
	CHECK(1775, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; remuw a0, a1, a2
	CHECK(1776, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; remuw a0, a1, a2
	CHECK(1777, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; remuw a0, a1, a2
	CHECK(1778, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; remuw a0, a1, a2
	CHECK(1779, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; remuw a0, a1, a2
	CHECK(1780, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; remuw a0, a1, a2
	CHECK(1781, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; remuw a0, a1, a2
	CHECK(1782, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; remuw a0, a1, a2
	CHECK(1783, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; remuw a0, a1, a2
	CHECK(1784, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; remuw a0, a1, a2
	CHECK(1785, a0, 0x6543210f)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; remuw a0, a1, a2
	CHECK(1786, a0, 0x6)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; remuw a0, a1, a2
	CHECK(1787, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; remuw a0, a1, a2
	CHECK(1788, a0, 0x17f7f)
	li a1, 0x80000000; li a2, 0x0; remuw a0, a1, a2
	CHECK(1789, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x1; remuw a0, a1, a2
	CHECK(1790, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; remuw a0, a1, a2
	CHECK(1791, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x8000000000000000; remuw a0, a1, a2
	CHECK(1792, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; remuw a0, a1, a2
	CHECK(1793, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x80000000; remuw a0, a1, a2
	CHECK(1794, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffff; remuw a0, a1, a2
	CHECK(1795, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffff80000000; remuw a0, a1, a2
	CHECK(1796, a0, 0x0)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; remuw a0, a1, a2
	CHECK(1797, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; remuw a0, a1, a2
	CHECK(1798, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0xffffffff; remuw a0, a1, a2
	CHECK(1799, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0xff00000100ff80; remuw a0, a1, a2
	CHECK(1800, a0, 0x813f80)
	li a1, 0x7fffffff; li a2, 0x0; remuw a0, a1, a2
	CHECK(1801, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; remuw a0, a1, a2
	CHECK(1802, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; remuw a0, a1, a2
	CHECK(1803, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; remuw a0, a1, a2
	CHECK(1804, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; remuw a0, a1, a2
	CHECK(1805, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x80000000; remuw a0, a1, a2
	CHECK(1806, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffff; remuw a0, a1, a2
	CHECK(1807, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; remuw a0, a1, a2
	CHECK(1808, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; remuw a0, a1, a2
	CHECK(1809, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; remuw a0, a1, a2
	CHECK(1810, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffff; remuw a0, a1, a2
	CHECK(1811, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; remuw a0, a1, a2
	CHECK(1812, a0, 0x813f7f)
	li a1, 0xffffffff80000000; li a2, 0x0; remuw a0, a1, a2
	CHECK(1813, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; remuw a0, a1, a2
	CHECK(1814, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; remuw a0, a1, a2
	CHECK(1815, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; remuw a0, a1, a2
	CHECK(1816, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; remuw a0, a1, a2
	CHECK(1817, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x80000000; remuw a0, a1, a2
	CHECK(1818, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; remuw a0, a1, a2
	CHECK(1819, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; remuw a0, a1, a2
	CHECK(1820, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; remuw a0, a1, a2
	CHECK(1821, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; remuw a0, a1, a2
	CHECK(1822, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; remuw a0, a1, a2
	CHECK(1823, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; remuw a0, a1, a2
	CHECK(1824, a0, 0x813f80)
	li a1, 0x123456789abcdef0; li a2, 0x0; remuw a0, a1, a2
	CHECK(1825, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; remuw a0, a1, a2
	CHECK(1826, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; remuw a0, a1, a2
	CHECK(1827, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; remuw a0, a1, a2
	CHECK(1828, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; remuw a0, a1, a2
	CHECK(1829, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; remuw a0, a1, a2
	CHECK(1830, a0, 0x1abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; remuw a0, a1, a2
	CHECK(1831, a0, 0x1abcdef1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; remuw a0, a1, a2
	CHECK(1832, a0, 0x1abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; remuw a0, a1, a2
	CHECK(1833, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; remuw a0, a1, a2
	CHECK(1834, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; remuw a0, a1, a2
	CHECK(1835, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; remuw a0, a1, a2
	CHECK(1836, a0, 0x232bf0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; remuw a0, a1, a2
	CHECK(1837, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; remuw a0, a1, a2
	CHECK(1838, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; remuw a0, a1, a2
	CHECK(1839, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; remuw a0, a1, a2
	CHECK(1840, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; remuw a0, a1, a2
	CHECK(1841, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; remuw a0, a1, a2
	CHECK(1842, a0, 0x7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; remuw a0, a1, a2
	CHECK(1843, a0, 0x7ffffffa)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; remuw a0, a1, a2
	CHECK(1844, a0, 0x7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; remuw a0, a1, a2
	CHECK(1845, a0, 0x65432109)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; remuw a0, a1, a2
	CHECK(1846, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; remuw a0, a1, a2
	CHECK(1847, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; remuw a0, a1, a2
	CHECK(1848, a0, 0x17f79)
	li a1, 0xffffffff; li a2, 0x0; remuw a0, a1, a2
	CHECK(1849, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1; remuw a0, a1, a2
	CHECK(1850, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; remuw a0, a1, a2
	CHECK(1851, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x8000000000000000; remuw a0, a1, a2
	CHECK(1852, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; remuw a0, a1, a2
	CHECK(1853, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x80000000; remuw a0, a1, a2
	CHECK(1854, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x7fffffff; remuw a0, a1, a2
	CHECK(1855, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; remuw a0, a1, a2
	CHECK(1856, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; remuw a0, a1, a2
	CHECK(1857, a0, 0x6543210f)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; remuw a0, a1, a2
	CHECK(1858, a0, 0x6)
	li a1, 0xffffffff; li a2, 0xffffffff; remuw a0, a1, a2
	CHECK(1859, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; remuw a0, a1, a2
	CHECK(1860, a0, 0x17f7f)
	li a1, 0xff00000100ff80; li a2, 0x0; remuw a0, a1, a2
	CHECK(1861, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; remuw a0, a1, a2
	CHECK(1862, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; remuw a0, a1, a2
	CHECK(1863, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; remuw a0, a1, a2
	CHECK(1864, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; remuw a0, a1, a2
	CHECK(1865, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x80000000; remuw a0, a1, a2
	CHECK(1866, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; remuw a0, a1, a2
	CHECK(1867, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; remuw a0, a1, a2
	CHECK(1868, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; remuw a0, a1, a2
	CHECK(1869, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; remuw a0, a1, a2
	CHECK(1870, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; remuw a0, a1, a2
	CHECK(1871, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; remuw a0, a1, a2
	CHECK(1872, a0, 0x0)
TEST_END
