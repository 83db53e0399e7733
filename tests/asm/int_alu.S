/* RV64I register-register and immediate arithmetic, compares, logic, lui, auipc */
/* Table-driven: one check per (operation, operands) over edge values. Written by a throwaway
 * script at test-writing time, expected values computed from the RISC-V unprivileged spec
 * with Python integers, and run against qemu-riscv64. Check numbers wrap at 255. */
#include "test.h"

TEST_BEGIN
	/* add */
	li a1, 0x0; li a2, 0x0; add a0, a1, a2
	CHECK(1, a0, 0x0)
	li a1, 0x0; li a2, 0x1; add a0, a1, a2
	CHECK(2, a0, 0x1)
	li a1, 0x0; li a2, 0xffffffffffffffff; add a0, a1, a2
	CHECK(3, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x8000000000000000; add a0, a1, a2
	CHECK(4, a0, 0x8000000000000000)
	li a1, 0x0; li a2, 0x7fffffffffffffff; add a0, a1, a2
	CHECK(5, a0, 0x7fffffffffffffff)
	li a1, 0x0; li a2, 0x80000000; add a0, a1, a2
	CHECK(6, a0, 0x80000000)
	li a1, 0x0; li a2, 0x7fffffff; add a0, a1, a2
	CHECK(7, a0, 0x7fffffff)
	li a1, 0x0; li a2, 0xffffffff80000000; add a0, a1, a2
	CHECK(8, a0, 0xffffffff80000000)
	li a1, 0x0; li a2, 0x123456789abcdef0; add a0, a1, a2
	CHECK(9, a0, 0x123456789abcdef0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; add a0, a1, a2
	CHECK(10, a0, 0xfffffffffffffff9)
	li a1, 0x0; li a2, 0xffffffff; add a0, a1, a2
	CHECK(11, a0, 0xffffffff)
	li a1, 0x0; li a2, 0xff00000100ff80; add a0, a1, a2
	CHECK(12, a0, 0xff00000100ff80)
	li a1, 0x1; li a2, 0x0; add a0, a1, a2
	CHECK(13, a0, 0x1)
	li a1, 0x1; li a2, 0x1; add a0, a1, a2
	CHECK(14, a0, 0x2)
	li a1, 0x1; li a2, 0xffffffffffffffff; add a0, a1, a2
	CHECK(15, a0, 0x0)
	li a1, 0x1; li a2, 0x8000000000000000; add a0, a1, a2
	CHECK(16, a0, 0x8000000000000001)
	li a1, 0x1; li a2, 0x7fffffffffffffff; add a0, a1, a2
	CHECK(17, a0, 0x8000000000000000)
	li a1, 0x1; li a2, 0x80000000; add a0, a1, a2
	CHECK(18, a0, 0x80000001)
	li a1, 0x1; li a2, 0x7fffffff; add a0, a1, a2
	CHECK(19, a0, 0x80000000)
	li a1, 0x1; li a2, 0xffffffff80000000; add a0, a1, a2
	CHECK(20, a0, 0xffffffff80000001)
	li a1, 0x1; li a2, 0x123456789abcdef0; add a0, a1, a2
	CHECK(21, a0, 0x123456789abcdef1)
	li a1, 0x1; li a2, 0xfffffffffffffff9; add a0, a1, a2
	CHECK(22, a0, 0xfffffffffffffffa)
	li a1, 0x1; li a2, 0xffffffff; add a0, a1, a2
	CHECK(23, a0, 0x100000000)
	li a1, 0x1; li a2, 0xff00000100ff80; add a0, a1, a2
	CHECK(24, a0, 0xff00000100ff81)
	li a1, 0xffffffffffffffff; li a2, 0x0; add a0, a1, a2
	CHECK(25, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; add a0, a1, a2
	CHECK(26, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; add a0, a1, a2
	CHECK(27, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; add a0, a1, a2
	CHECK(28, a0, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; add a0, a1, a2
	CHECK(29, a0, 0x7ffffffffffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; add a0, a1, a2
	CHECK(30, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; add a0, a1, a2
	CHECK(31, a0, 0x7ffffffe)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; add a0, a1, a2
	CHECK(32, a0, 0xffffffff7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; add a0, a1, a2
	CHECK(33, a0, 0x123456789abcdeef)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; add a0, a1, a2
	CHECK(34, a0, 0xfffffffffffffff8)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; add a0, a1, a2
	CHECK(35, a0, 0xfffffffe)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; add a0, a1, a2
	CHECK(36, a0, 0xff00000100ff7f)
	li a1, 0x8000000000000000; li a2, 0x0; add a0, a1, a2
	CHECK(37, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x1; add a0, a1, a2
	CHECK(38, a0, 0x8000000000000001)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; add a0, a1, a2
	CHECK(39, a0, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; add a0, a1, a2
	CHECK(40, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; add a0, a1, a2
	CHECK(41, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x80000000; add a0, a1, a2
	CHECK(42, a0, 0x8000000080000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; add a0, a1, a2
	CHECK(43, a0, 0x800000007fffffff)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; add a0, a1, a2
	CHECK(44, a0, 0x7fffffff80000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; add a0, a1, a2
	CHECK(45, a0, 0x923456789abcdef0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; add a0, a1, a2
	CHECK(46, a0, 0x7ffffffffffffff9)
	li a1, 0x8000000000000000; li a2, 0xffffffff; add a0, a1, a2
	CHECK(47, a0, 0x80000000ffffffff)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; add a0, a1, a2
	CHECK(48, a0, 0x80ff00000100ff80)
	li a1, 0x7fffffffffffffff; li a2, 0x0; add a0, a1, a2
	CHECK(49, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; add a0, a1, a2
	CHECK(50, a0, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; add a0, a1, a2
	CHECK(51, a0, 0x7ffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; add a0, a1, a2
	CHECK(52, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; add a0, a1, a2
	CHECK(53, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; add a0, a1, a2
	CHECK(54, a0, 0x800000007fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; add a0, a1, a2
	CHECK(55, a0, 0x800000007ffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; add a0, a1, a2
	CHECK(56, a0, 0x7fffffff7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; add a0, a1, a2
	CHECK(57, a0, 0x923456789abcdeef)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; add a0, a1, a2
	CHECK(58, a0, 0x7ffffffffffffff8)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; add a0, a1, a2
	CHECK(59, a0, 0x80000000fffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; add a0, a1, a2
	CHECK(60, a0, 0x80ff00000100ff7f)
	li a1, 0x80000000; li a2, 0x0; add a0, a1, a2
	CHECK(61, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x1; add a0, a1, a2
	CHECK(62, a0, 0x80000001)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; add a0, a1, a2
	CHECK(63, a0, 0x7fffffff)
	li a1, 0x80000000; li a2, 0x8000000000000000; add a0, a1, a2
	CHECK(64, a0, 0x8000000080000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; add a0, a1, a2
	CHECK(65, a0, 0x800000007fffffff)
	li a1, 0x80000000; li a2, 0x80000000; add a0, a1, a2
	CHECK(66, a0, 0x100000000)
	li a1, 0x80000000; li a2, 0x7fffffff; add a0, a1, a2
	CHECK(67, a0, 0xffffffff)
	li a1, 0x80000000; li a2, 0xffffffff80000000; add a0, a1, a2
	CHECK(68, a0, 0x0)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; add a0, a1, a2
	CHECK(69, a0, 0x123456791abcdef0)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; add a0, a1, a2
	CHECK(70, a0, 0x7ffffff9)
	li a1, 0x80000000; li a2, 0xffffffff; add a0, a1, a2
	CHECK(71, a0, 0x17fffffff)
	li a1, 0x80000000; li a2, 0xff00000100ff80; add a0, a1, a2
	CHECK(72, a0, 0xff00008100ff80)
	li a1, 0x7fffffff; li a2, 0x0; add a0, a1, a2
	CHECK(73, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; add a0, a1, a2
	CHECK(74, a0, 0x80000000)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; add a0, a1, a2
	CHECK(75, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; add a0, a1, a2
	CHECK(76, a0, 0x800000007fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; add a0, a1, a2
	CHECK(77, a0, 0x800000007ffffffe)
	li a1, 0x7fffffff; li a2, 0x80000000; add a0, a1, a2
	CHECK(78, a0, 0xffffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffff; add a0, a1, a2
	CHECK(79, a0, 0xfffffffe)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; add a0, a1, a2
	CHECK(80, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; add a0, a1, a2
	CHECK(81, a0, 0x123456791abcdeef)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; add a0, a1, a2
	CHECK(82, a0, 0x7ffffff8)
	li a1, 0x7fffffff; li a2, 0xffffffff; add a0, a1, a2
	CHECK(83, a0, 0x17ffffffe)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; add a0, a1, a2
	CHECK(84, a0, 0xff00008100ff7f)
	li a1, 0xffffffff80000000; li a2, 0x0; add a0, a1, a2
	CHECK(85, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; add a0, a1, a2
	CHECK(86, a0, 0xffffffff80000001)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; add a0, a1, a2
	CHECK(87, a0, 0xffffffff7fffffff)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; add a0, a1, a2
	CHECK(88, a0, 0x7fffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; add a0, a1, a2
	CHECK(89, a0, 0x7fffffff7fffffff)
	li a1, 0xffffffff80000000; li a2, 0x80000000; add a0, a1, a2
	CHECK(90, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; add a0, a1, a2
	CHECK(91, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; add a0, a1, a2
	CHECK(92, a0, 0xffffffff00000000)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; add a0, a1, a2
	CHECK(93, a0, 0x123456781abcdef0)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; add a0, a1, a2
	CHECK(94, a0, 0xffffffff7ffffff9)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; add a0, a1, a2
	CHECK(95, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; add a0, a1, a2
	CHECK(96, a0, 0xfeffff8100ff80)
	li a1, 0x123456789abcdef0; li a2, 0x0; add a0, a1, a2
	CHECK(97, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; add a0, a1, a2
	CHECK(98, a0, 0x123456789abcdef1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; add a0, a1, a2
	CHECK(99, a0, 0x123456789abcdeef)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; add a0, a1, a2
	CHECK(100, a0, 0x923456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; add a0, a1, a2
	CHECK(101, a0, 0x923456789abcdeef)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; add a0, a1, a2
	CHECK(102, a0, 0x123456791abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; add a0, a1, a2
	CHECK(103, a0, 0x123456791abcdeef)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; add a0, a1, a2
	CHECK(104, a0, 0x123456781abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; add a0, a1, a2
	CHECK(105, a0, 0x2468acf13579bde0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; add a0, a1, a2
	CHECK(106, a0, 0x123456789abcdee9)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; add a0, a1, a2
	CHECK(107, a0, 0x123456799abcdeef)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; add a0, a1, a2
	CHECK(108, a0, 0x133356789bbdde70)
	li a1, 0xfffffffffffffff9; li a2, 0x0; add a0, a1, a2
	CHECK(109, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; add a0, a1, a2
	CHECK(110, a0, 0xfffffffffffffffa)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; add a0, a1, a2
	CHECK(111, a0, 0xfffffffffffffff8)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; add a0, a1, a2
	CHECK(112, a0, 0x7ffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; add a0, a1, a2
	CHECK(113, a0, 0x7ffffffffffffff8)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; add a0, a1, a2
	CHECK(114, a0, 0x7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; add a0, a1, a2
	CHECK(115, a0, 0x7ffffff8)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; add a0, a1, a2
	CHECK(116, a0, 0xffffffff7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; add a0, a1, a2
	CHECK(117, a0, 0x123456789abcdee9)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; add a0, a1, a2
	CHECK(118, a0, 0xfffffffffffffff2)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; add a0, a1, a2
	CHECK(119, a0, 0xfffffff8)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; add a0, a1, a2
	CHECK(120, a0, 0xff00000100ff79)
	li a1, 0xffffffff; li a2, 0x0; add a0, a1, a2
	CHECK(121, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x1; add a0, a1, a2
	CHECK(122, a0, 0x100000000)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; add a0, a1, a2
	CHECK(123, a0, 0xfffffffe)
	li a1, 0xffffffff; li a2, 0x8000000000000000; add a0, a1, a2
	CHECK(124, a0, 0x80000000ffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; add a0, a1, a2
	CHECK(125, a0, 0x80000000fffffffe)
	li a1, 0xffffffff; li a2, 0x80000000; add a0, a1, a2
	CHECK(126, a0, 0x17fffffff)
	li a1, 0xffffffff; li a2, 0x7fffffff; add a0, a1, a2
	CHECK(127, a0, 0x17ffffffe)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; add a0, a1, a2
	CHECK(128, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; add a0, a1, a2
	CHECK(129, a0, 0x123456799abcdeef)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; add a0, a1, a2
	CHECK(130, a0, 0xfffffff8)
	li a1, 0xffffffff; li a2, 0xffffffff; add a0, a1, a2
	CHECK(131, a0, 0x1fffffffe)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; add a0, a1, a2
	CHECK(132, a0, 0xff00010100ff7f)
	li a1, 0xff00000100ff80; li a2, 0x0; add a0, a1, a2
	CHECK(133, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; add a0, a1, a2
	CHECK(134, a0, 0xff00000100ff81)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; add a0, a1, a2
	CHECK(135, a0, 0xff00000100ff7f)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; add a0, a1, a2
	CHECK(136, a0, 0x80ff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; add a0, a1, a2
	CHECK(137, a0, 0x80ff00000100ff7f)
	li a1, 0xff00000100ff80; li a2, 0x80000000; add a0, a1, a2
	CHECK(138, a0, 0xff00008100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; add a0, a1, a2
	CHECK(139, a0, 0xff00008100ff7f)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; add a0, a1, a2
	CHECK(140, a0, 0xfeffff8100ff80)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; add a0, a1, a2
	CHECK(141, a0, 0x133356789bbdde70)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; add a0, a1, a2
	CHECK(142, a0, 0xff00000100ff79)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; add a0, a1, a2
	CHECK(143, a0, 0xff00010100ff7f)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; add a0, a1, a2
	CHECK(144, a0, 0x1fe00000201ff00)
	/* sub */
	li a1, 0x0; li a2, 0x0; sub a0, a1, a2
	CHECK(145, a0, 0x0)
	li a1, 0x0; li a2, 0x1; sub a0, a1, a2
	CHECK(146, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0xffffffffffffffff; sub a0, a1, a2
	CHECK(147, a0, 0x1)
	li a1, 0x0; li a2, 0x8000000000000000; sub a0, a1, a2
	CHECK(148, a0, 0x8000000000000000)
	li a1, 0x0; li a2, 0x7fffffffffffffff; sub a0, a1, a2
	CHECK(149, a0, 0x8000000000000001)
	li a1, 0x0; li a2, 0x80000000; sub a0, a1, a2
	CHECK(150, a0, 0xffffffff80000000)
	li a1, 0x0; li a2, 0x7fffffff; sub a0, a1, a2
	CHECK(151, a0, 0xffffffff80000001)
	li a1, 0x0; li a2, 0xffffffff80000000; sub a0, a1, a2
	CHECK(152, a0, 0x80000000)
	li a1, 0x0; li a2, 0x123456789abcdef0; sub a0, a1, a2
	CHECK(153, a0, 0xedcba98765432110)
	li a1, 0x0; li a2, 0xfffffffffffffff9; sub a0, a1, a2
	CHECK(154, a0, 0x7)
	li a1, 0x0; li a2, 0xffffffff; sub a0, a1, a2
	CHECK(155, a0, 0xffffffff00000001)
	li a1, 0x0; li a2, 0xff00000100ff80; sub a0, a1, a2
	CHECK(156, a0, 0xff00fffffeff0080)
	li a1, 0x1; li a2, 0x0; sub a0, a1, a2
	CHECK(157, a0, 0x1)
	li a1, 0x1; li a2, 0x1; sub a0, a1, a2
	CHECK(158, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; sub a0, a1, a2
	CHECK(159, a0, 0x2)
	li a1, 0x1; li a2, 0x8000000000000000; sub a0, a1, a2
	CHECK(160, a0, 0x8000000000000001)
	li a1, 0x1; li a2, 0x7fffffffffffffff; sub a0, a1, a2
	CHECK(161, a0, 0x8000000000000002)
	li a1, 0x1; li a2, 0x80000000; sub a0, a1, a2
	CHECK(162, a0, 0xffffffff80000001)
	li a1, 0x1; li a2, 0x7fffffff; sub a0, a1, a2
	CHECK(163, a0, 0xffffffff80000002)
	li a1, 0x1; li a2, 0xffffffff80000000; sub a0, a1, a2
	CHECK(164, a0, 0x80000001)
	li a1, 0x1; li a2, 0x123456789abcdef0; sub a0, a1, a2
	CHECK(165, a0, 0xedcba98765432111)
	li a1, 0x1; li a2, 0xfffffffffffffff9; sub a0, a1, a2
	CHECK(166, a0, 0x8)
	li a1, 0x1; li a2, 0xffffffff; sub a0, a1, a2
	CHECK(167, a0, 0xffffffff00000002)
	li a1, 0x1; li a2, 0xff00000100ff80; sub a0, a1, a2
	CHECK(168, a0, 0xff00fffffeff0081)
	li a1, 0xffffffffffffffff; li a2, 0x0; sub a0, a1, a2
	CHECK(169, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; sub a0, a1, a2
	CHECK(170, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; sub a0, a1, a2
	CHECK(171, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; sub a0, a1, a2
	CHECK(172, a0, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; sub a0, a1, a2
	CHECK(173, a0, 0x8000000000000000)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; sub a0, a1, a2
	CHECK(174, a0, 0xffffffff7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; sub a0, a1, a2
	CHECK(175, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; sub a0, a1, a2
	CHECK(176, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; sub a0, a1, a2
	CHECK(177, a0, 0xedcba9876543210f)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; sub a0, a1, a2
	CHECK(178, a0, 0x6)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; sub a0, a1, a2
	CHECK(179, a0, 0xffffffff00000000)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; sub a0, a1, a2
	CHECK(180, a0, 0xff00fffffeff007f)
	li a1, 0x8000000000000000; li a2, 0x0; sub a0, a1, a2
	CHECK(181, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x1; sub a0, a1, a2
	CHECK(182, a0, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; sub a0, a1, a2
	CHECK(183, a0, 0x8000000000000001)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; sub a0, a1, a2
	CHECK(184, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; sub a0, a1, a2
	CHECK(185, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x80000000; sub a0, a1, a2
	CHECK(186, a0, 0x7fffffff80000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; sub a0, a1, a2
	CHECK(187, a0, 0x7fffffff80000001)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; sub a0, a1, a2
	CHECK(188, a0, 0x8000000080000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; sub a0, a1, a2
	CHECK(189, a0, 0x6dcba98765432110)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; sub a0, a1, a2
	CHECK(190, a0, 0x8000000000000007)
	li a1, 0x8000000000000000; li a2, 0xffffffff; sub a0, a1, a2
	CHECK(191, a0, 0x7fffffff00000001)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; sub a0, a1, a2
	CHECK(192, a0, 0x7f00fffffeff0080)
	li a1, 0x7fffffffffffffff; li a2, 0x0; sub a0, a1, a2
	CHECK(193, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; sub a0, a1, a2
	CHECK(194, a0, 0x7ffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; sub a0, a1, a2
	CHECK(195, a0, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; sub a0, a1, a2
	CHECK(196, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; sub a0, a1, a2
	CHECK(197, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; sub a0, a1, a2
	CHECK(198, a0, 0x7fffffff7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; sub a0, a1, a2
	CHECK(199, a0, 0x7fffffff80000000)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; sub a0, a1, a2
	CHECK(200, a0, 0x800000007fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; sub a0, a1, a2
	CHECK(201, a0, 0x6dcba9876543210f)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; sub a0, a1, a2
	CHECK(202, a0, 0x8000000000000006)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; sub a0, a1, a2
	CHECK(203, a0, 0x7fffffff00000000)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; sub a0, a1, a2
	CHECK(204, a0, 0x7f00fffffeff007f)
	li a1, 0x80000000; li a2, 0x0; sub a0, a1, a2
	CHECK(205, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x1; sub a0, a1, a2
	CHECK(206, a0, 0x7fffffff)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; sub a0, a1, a2
	CHECK(207, a0, 0x80000001)
	li a1, 0x80000000; li a2, 0x8000000000000000; sub a0, a1, a2
	CHECK(208, a0, 0x8000000080000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; sub a0, a1, a2
	CHECK(209, a0, 0x8000000080000001)
	li a1, 0x80000000; li a2, 0x80000000; sub a0, a1, a2
	CHECK(210, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffff; sub a0, a1, a2
	CHECK(211, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffff80000000; sub a0, a1, a2
	CHECK(212, a0, 0x100000000)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; sub a0, a1, a2
	CHECK(213, a0, 0xedcba987e5432110)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; sub a0, a1, a2
	CHECK(214, a0, 0x80000007)
	li a1, 0x80000000; li a2, 0xffffffff; sub a0, a1, a2
	CHECK(215, a0, 0xffffffff80000001)
	li a1, 0x80000000; li a2, 0xff00000100ff80; sub a0, a1, a2
	CHECK(216, a0, 0xff0100007eff0080)
	li a1, 0x7fffffff; li a2, 0x0; sub a0, a1, a2
	CHECK(217, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; sub a0, a1, a2
	CHECK(218, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; sub a0, a1, a2
	CHECK(219, a0, 0x80000000)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; sub a0, a1, a2
	CHECK(220, a0, 0x800000007fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; sub a0, a1, a2
	CHECK(221, a0, 0x8000000080000000)
	li a1, 0x7fffffff; li a2, 0x80000000; sub a0, a1, a2
	CHECK(222, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffff; sub a0, a1, a2
	CHECK(223, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; sub a0, a1, a2
	CHECK(224, a0, 0xffffffff)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; sub a0, a1, a2
	CHECK(225, a0, 0xedcba987e543210f)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; sub a0, a1, a2
	CHECK(226, a0, 0x80000006)
	li a1, 0x7fffffff; li a2, 0xffffffff; sub a0, a1, a2
	CHECK(227, a0, 0xffffffff80000000)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; sub a0, a1, a2
	CHECK(228, a0, 0xff0100007eff007f)
	li a1, 0xffffffff80000000; li a2, 0x0; sub a0, a1, a2
	CHECK(229, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; sub a0, a1, a2
	CHECK(230, a0, 0xffffffff7fffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; sub a0, a1, a2
	CHECK(231, a0, 0xffffffff80000001)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; sub a0, a1, a2
	CHECK(232, a0, 0x7fffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; sub a0, a1, a2
	CHECK(233, a0, 0x7fffffff80000001)
	li a1, 0xffffffff80000000; li a2, 0x80000000; sub a0, a1, a2
	CHECK(234, a0, 0xffffffff00000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; sub a0, a1, a2
	CHECK(235, a0, 0xffffffff00000001)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; sub a0, a1, a2
	CHECK(236, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; sub a0, a1, a2
	CHECK(237, a0, 0xedcba986e5432110)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; sub a0, a1, a2
	CHECK(238, a0, 0xffffffff80000007)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; sub a0, a1, a2
	CHECK(239, a0, 0xfffffffe80000001)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; sub a0, a1, a2
	CHECK(240, a0, 0xff00ffff7eff0080)
	li a1, 0x123456789abcdef0; li a2, 0x0; sub a0, a1, a2
	CHECK(241, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; sub a0, a1, a2
	CHECK(242, a0, 0x123456789abcdeef)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; sub a0, a1, a2
	CHECK(243, a0, 0x123456789abcdef1)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; sub a0, a1, a2
	CHECK(244, a0, 0x923456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; sub a0, a1, a2
	CHECK(245, a0, 0x923456789abcdef1)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; sub a0, a1, a2
	CHECK(246, a0, 0x123456781abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; sub a0, a1, a2
	CHECK(247, a0, 0x123456781abcdef1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; sub a0, a1, a2
	CHECK(248, a0, 0x123456791abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; sub a0, a1, a2
	CHECK(249, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; sub a0, a1, a2
	CHECK(250, a0, 0x123456789abcdef7)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; sub a0, a1, a2
	CHECK(251, a0, 0x123456779abcdef1)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; sub a0, a1, a2
	CHECK(252, a0, 0x1135567899bbdf70)
	li a1, 0xfffffffffffffff9; li a2, 0x0; sub a0, a1, a2
	CHECK(253, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; sub a0, a1, a2
	CHECK(254, a0, 0xfffffffffffffff8)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; sub a0, a1, a2
	CHECK(255, a0, 0xfffffffffffffffa)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; sub a0, a1, a2
	CHECK(1, a0, 0x7ffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; sub a0, a1, a2
	CHECK(2, a0, 0x7ffffffffffffffa)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; sub a0, a1, a2
	CHECK(3, a0, 0xffffffff7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; sub a0, a1, a2
	CHECK(4, a0, 0xffffffff7ffffffa)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; sub a0, a1, a2
	CHECK(5, a0, 0x7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; sub a0, a1, a2
	CHECK(6, a0, 0xedcba98765432109)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; sub a0, a1, a2
	CHECK(7, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; sub a0, a1, a2
	CHECK(8, a0, 0xfffffffefffffffa)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; sub a0, a1, a2
	CHECK(9, a0, 0xff00fffffeff0079)
	li a1, 0xffffffff; li a2, 0x0; sub a0, a1, a2
	CHECK(10, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x1; sub a0, a1, a2
	CHECK(11, a0, 0xfffffffe)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; sub a0, a1, a2
	CHECK(12, a0, 0x100000000)
	li a1, 0xffffffff; li a2, 0x8000000000000000; sub a0, a1, a2
	CHECK(13, a0, 0x80000000ffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; sub a0, a1, a2
	CHECK(14, a0, 0x8000000100000000)
	li a1, 0xffffffff; li a2, 0x80000000; sub a0, a1, a2
	CHECK(15, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x7fffffff; sub a0, a1, a2
	CHECK(16, a0, 0x80000000)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; sub a0, a1, a2
	CHECK(17, a0, 0x17fffffff)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; sub a0, a1, a2
	CHECK(18, a0, 0xedcba9886543210f)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; sub a0, a1, a2
	CHECK(19, a0, 0x100000006)
	li a1, 0xffffffff; li a2, 0xffffffff; sub a0, a1, a2
	CHECK(20, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; sub a0, a1, a2
	CHECK(21, a0, 0xff010000feff007f)
	li a1, 0xff00000100ff80; li a2, 0x0; sub a0, a1, a2
	CHECK(22, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; sub a0, a1, a2
	CHECK(23, a0, 0xff00000100ff7f)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; sub a0, a1, a2
	CHECK(24, a0, 0xff00000100ff81)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; sub a0, a1, a2
	CHECK(25, a0, 0x80ff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; sub a0, a1, a2
	CHECK(26, a0, 0x80ff00000100ff81)
	li a1, 0xff00000100ff80; li a2, 0x80000000; sub a0, a1, a2
	CHECK(27, a0, 0xfeffff8100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; sub a0, a1, a2
	CHECK(28, a0, 0xfeffff8100ff81)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; sub a0, a1, a2
	CHECK(29, a0, 0xff00008100ff80)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; sub a0, a1, a2
	CHECK(30, a0, 0xeecaa98766442090)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; sub a0, a1, a2
	CHECK(31, a0, 0xff00000100ff87)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; sub a0, a1, a2
	CHECK(32, a0, 0xfeffff0100ff81)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; sub a0, a1, a2
	CHECK(33, a0, 0x0)
	/* slt */
	li a1, 0x0; li a2, 0x0; slt a0, a1, a2
	CHECK(34, a0, 0x0)
	li a1, 0x0; li a2, 0x1; slt a0, a1, a2
	CHECK(35, a0, 0x1)
	li a1, 0x0; li a2, 0xffffffffffffffff; slt a0, a1, a2
	CHECK(36, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; slt a0, a1, a2
	CHECK(37, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; slt a0, a1, a2
	CHECK(38, a0, 0x1)
	li a1, 0x0; li a2, 0x80000000; slt a0, a1, a2
	CHECK(39, a0, 0x1)
	li a1, 0x0; li a2, 0x7fffffff; slt a0, a1, a2
	CHECK(40, a0, 0x1)
	li a1, 0x0; li a2, 0xffffffff80000000; slt a0, a1, a2
	CHECK(41, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; slt a0, a1, a2
	CHECK(42, a0, 0x1)
	li a1, 0x0; li a2, 0xfffffffffffffff9; slt a0, a1, a2
	CHECK(43, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; slt a0, a1, a2
	CHECK(44, a0, 0x1)
	li a1, 0x0; li a2, 0xff00000100ff80; slt a0, a1, a2
	CHECK(45, a0, 0x1)
	li a1, 0x1; li a2, 0x0; slt a0, a1, a2
	CHECK(46, a0, 0x0)
	li a1, 0x1; li a2, 0x1; slt a0, a1, a2
	CHECK(47, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; slt a0, a1, a2
	CHECK(48, a0, 0x0)
	li a1, 0x1; li a2, 0x8000000000000000; slt a0, a1, a2
	CHECK(49, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffffffffffff; slt a0, a1, a2
	CHECK(50, a0, 0x1)
	li a1, 0x1; li a2, 0x80000000; slt a0, a1, a2
	CHECK(51, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffff; slt a0, a1, a2
	CHECK(52, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff80000000; slt a0, a1, a2
	CHECK(53, a0, 0x0)
	li a1, 0x1; li a2, 0x123456789abcdef0; slt a0, a1, a2
	CHECK(54, a0, 0x1)
	li a1, 0x1; li a2, 0xfffffffffffffff9; slt a0, a1, a2
	CHECK(55, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff; slt a0, a1, a2
	CHECK(56, a0, 0x1)
	li a1, 0x1; li a2, 0xff00000100ff80; slt a0, a1, a2
	CHECK(57, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x0; slt a0, a1, a2
	CHECK(58, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x1; slt a0, a1, a2
	CHECK(59, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; slt a0, a1, a2
	CHECK(60, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; slt a0, a1, a2
	CHECK(61, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; slt a0, a1, a2
	CHECK(62, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; slt a0, a1, a2
	CHECK(63, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; slt a0, a1, a2
	CHECK(64, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; slt a0, a1, a2
	CHECK(65, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; slt a0, a1, a2
	CHECK(66, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; slt a0, a1, a2
	CHECK(67, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; slt a0, a1, a2
	CHECK(68, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; slt a0, a1, a2
	CHECK(69, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x0; slt a0, a1, a2
	CHECK(70, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x1; slt a0, a1, a2
	CHECK(71, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; slt a0, a1, a2
	CHECK(72, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; slt a0, a1, a2
	CHECK(73, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; slt a0, a1, a2
	CHECK(74, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x80000000; slt a0, a1, a2
	CHECK(75, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; slt a0, a1, a2
	CHECK(76, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; slt a0, a1, a2
	CHECK(77, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; slt a0, a1, a2
	CHECK(78, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; slt a0, a1, a2
	CHECK(79, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0xffffffff; slt a0, a1, a2
	CHECK(80, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; slt a0, a1, a2
	CHECK(81, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x0; slt a0, a1, a2
	CHECK(82, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x1; slt a0, a1, a2
	CHECK(83, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; slt a0, a1, a2
	CHECK(84, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; slt a0, a1, a2
	CHECK(85, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; slt a0, a1, a2
	CHECK(86, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; slt a0, a1, a2
	CHECK(87, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; slt a0, a1, a2
	CHECK(88, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; slt a0, a1, a2
	CHECK(89, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; slt a0, a1, a2
	CHECK(90, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; slt a0, a1, a2
	CHECK(91, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; slt a0, a1, a2
	CHECK(92, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; slt a0, a1, a2
	CHECK(93, a0, 0x0)
	li a1, 0x80000000; li a2, 0x0; slt a0, a1, a2
	CHECK(94, a0, 0x0)
	li a1, 0x80000000; li a2, 0x1; slt a0, a1, a2
	CHECK(95, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; slt a0, a1, a2
	CHECK(96, a0, 0x0)
	li a1, 0x80000000; li a2, 0x8000000000000000; slt a0, a1, a2
	CHECK(97, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; slt a0, a1, a2
	CHECK(98, a0, 0x1)
	li a1, 0x80000000; li a2, 0x80000000; slt a0, a1, a2
	CHECK(99, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffff; slt a0, a1, a2
	CHECK(100, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffff80000000; slt a0, a1, a2
	CHECK(101, a0, 0x0)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; slt a0, a1, a2
	CHECK(102, a0, 0x1)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; slt a0, a1, a2
	CHECK(103, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffff; slt a0, a1, a2
	CHECK(104, a0, 0x1)
	li a1, 0x80000000; li a2, 0xff00000100ff80; slt a0, a1, a2
	CHECK(105, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0x0; slt a0, a1, a2
	CHECK(106, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x1; slt a0, a1, a2
	CHECK(107, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; slt a0, a1, a2
	CHECK(108, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; slt a0, a1, a2
	CHECK(109, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; slt a0, a1, a2
	CHECK(110, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0x80000000; slt a0, a1, a2
	CHECK(111, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0x7fffffff; slt a0, a1, a2
	CHECK(112, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; slt a0, a1, a2
	CHECK(113, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; slt a0, a1, a2
	CHECK(114, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; slt a0, a1, a2
	CHECK(115, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffff; slt a0, a1, a2
	CHECK(116, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; slt a0, a1, a2
	CHECK(117, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x0; slt a0, a1, a2
	CHECK(118, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x1; slt a0, a1, a2
	CHECK(119, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; slt a0, a1, a2
	CHECK(120, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; slt a0, a1, a2
	CHECK(121, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; slt a0, a1, a2
	CHECK(122, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x80000000; slt a0, a1, a2
	CHECK(123, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; slt a0, a1, a2
	CHECK(124, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; slt a0, a1, a2
	CHECK(125, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; slt a0, a1, a2
	CHECK(126, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; slt a0, a1, a2
	CHECK(127, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; slt a0, a1, a2
	CHECK(128, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; slt a0, a1, a2
	CHECK(129, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0x0; slt a0, a1, a2
	CHECK(130, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x1; slt a0, a1, a2
	CHECK(131, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; slt a0, a1, a2
	CHECK(132, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; slt a0, a1, a2
	CHECK(133, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; slt a0, a1, a2
	CHECK(134, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; slt a0, a1, a2
	CHECK(135, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; slt a0, a1, a2
	CHECK(136, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; slt a0, a1, a2
	CHECK(137, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; slt a0, a1, a2
	CHECK(138, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; slt a0, a1, a2
	CHECK(139, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; slt a0, a1, a2
	CHECK(140, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; slt a0, a1, a2
	CHECK(141, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; slt a0, a1, a2
	CHECK(142, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x1; slt a0, a1, a2
	CHECK(143, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; slt a0, a1, a2
	CHECK(144, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; slt a0, a1, a2
	CHECK(145, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; slt a0, a1, a2
	CHECK(146, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; slt a0, a1, a2
	CHECK(147, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; slt a0, a1, a2
	CHECK(148, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; slt a0, a1, a2
	CHECK(149, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; slt a0, a1, a2
	CHECK(150, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; slt a0, a1, a2
	CHECK(151, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; slt a0, a1, a2
	CHECK(152, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; slt a0, a1, a2
	CHECK(153, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x0; slt a0, a1, a2
	CHECK(154, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x1; slt a0, a1, a2
	CHECK(155, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; slt a0, a1, a2
	CHECK(156, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x8000000000000000; slt a0, a1, a2
	CHECK(157, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; slt a0, a1, a2
	CHECK(158, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x80000000; slt a0, a1, a2
	CHECK(159, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x7fffffff; slt a0, a1, a2
	CHECK(160, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; slt a0, a1, a2
	CHECK(161, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; slt a0, a1, a2
	CHECK(162, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; slt a0, a1, a2
	CHECK(163, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffff; slt a0, a1, a2
	CHECK(164, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; slt a0, a1, a2
	CHECK(165, a0, 0x1)
	li a1, 0xff00000100ff80; li a2, 0x0; slt a0, a1, a2
	CHECK(166, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x1; slt a0, a1, a2
	CHECK(167, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; slt a0, a1, a2
	CHECK(168, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; slt a0, a1, a2
	CHECK(169, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; slt a0, a1, a2
	CHECK(170, a0, 0x1)
	li a1, 0xff00000100ff80; li a2, 0x80000000; slt a0, a1, a2
	CHECK(171, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; slt a0, a1, a2
	CHECK(172, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; slt a0, a1, a2
	CHECK(173, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; slt a0, a1, a2
	CHECK(174, a0, 0x1)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; slt a0, a1, a2
	CHECK(175, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; slt a0, a1, a2
	CHECK(176, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; slt a0, a1, a2
	CHECK(177, a0, 0x0)
	/* sltu */
	li a1, 0x0; li a2, 0x0; sltu a0, a1, a2
	CHECK(178, a0, 0x0)
	li a1, 0x0; li a2, 0x1; sltu a0, a1, a2
	CHECK(179, a0, 0x1)
	li a1, 0x0; li a2, 0xffffffffffffffff; sltu a0, a1, a2
	CHECK(180, a0, 0x1)
	li a1, 0x0; li a2, 0x8000000000000000; sltu a0, a1, a2
	CHECK(181, a0, 0x1)
	li a1, 0x0; li a2, 0x7fffffffffffffff; sltu a0, a1, a2
	CHECK(182, a0, 0x1)
	li a1, 0x0; li a2, 0x80000000; sltu a0, a1, a2
	CHECK(183, a0, 0x1)
	li a1, 0x0; li a2, 0x7fffffff; sltu a0, a1, a2
	CHECK(184, a0, 0x1)
	li a1, 0x0; li a2, 0xffffffff80000000; sltu a0, a1, a2
	CHECK(185, a0, 0x1)
	li a1, 0x0; li a2, 0x123456789abcdef0; sltu a0, a1, a2
	CHECK(186, a0, 0x1)
	li a1, 0x0; li a2, 0xfffffffffffffff9; sltu a0, a1, a2
	CHECK(187, a0, 0x1)
	li a1, 0x0; li a2, 0xffffffff; sltu a0, a1, a2
	CHECK(188, a0, 0x1)
	li a1, 0x0; li a2, 0xff00000100ff80; sltu a0, a1, a2
	CHECK(189, a0, 0x1)
	li a1, 0x1; li a2, 0x0; sltu a0, a1, a2
	CHECK(190, a0, 0x0)
	li a1, 0x1; li a2, 0x1; sltu a0, a1, a2
	CHECK(191, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; sltu a0, a1, a2
	CHECK(192, a0, 0x1)
	li a1, 0x1; li a2, 0x8000000000000000; sltu a0, a1, a2
	CHECK(193, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffffffffffff; sltu a0, a1, a2
	CHECK(194, a0, 0x1)
	li a1, 0x1; li a2, 0x80000000; sltu a0, a1, a2
	CHECK(195, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffff; sltu a0, a1, a2
	CHECK(196, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff80000000; sltu a0, a1, a2
	CHECK(197, a0, 0x1)
	li a1, 0x1; li a2, 0x123456789abcdef0; sltu a0, a1, a2
	CHECK(198, a0, 0x1)
	li a1, 0x1; li a2, 0xfffffffffffffff9; sltu a0, a1, a2
	CHECK(199, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff; sltu a0, a1, a2
	CHECK(200, a0, 0x1)
	li a1, 0x1; li a2, 0xff00000100ff80; sltu a0, a1, a2
	CHECK(201, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x0; sltu a0, a1, a2
	CHECK(202, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x1; sltu a0, a1, a2
	CHECK(203, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; sltu a0, a1, a2
	CHECK(204, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; sltu a0, a1, a2
	CHECK(205, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; sltu a0, a1, a2
	CHECK(206, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; sltu a0, a1, a2
	CHECK(207, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; sltu a0, a1, a2
	CHECK(208, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; sltu a0, a1, a2
	CHECK(209, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; sltu a0, a1, a2
	CHECK(210, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; sltu a0, a1, a2
	CHECK(211, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; sltu a0, a1, a2
	CHECK(212, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; sltu a0, a1, a2
	CHECK(213, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x0; sltu a0, a1, a2
	CHECK(214, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; sltu a0, a1, a2
	CHECK(215, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; sltu a0, a1, a2
	CHECK(216, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; sltu a0, a1, a2
	CHECK(217, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; sltu a0, a1, a2
	CHECK(218, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x80000000; sltu a0, a1, a2
	CHECK(219, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; sltu a0, a1, a2
	CHECK(220, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; sltu a0, a1, a2
	CHECK(221, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; sltu a0, a1, a2
	CHECK(222, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; sltu a0, a1, a2
	CHECK(223, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0xffffffff; sltu a0, a1, a2
	CHECK(224, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; sltu a0, a1, a2
	CHECK(225, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; sltu a0, a1, a2
	CHECK(226, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x1; sltu a0, a1, a2
	CHECK(227, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; sltu a0, a1, a2
	CHECK(228, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; sltu a0, a1, a2
	CHECK(229, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; sltu a0, a1, a2
	CHECK(230, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; sltu a0, a1, a2
	CHECK(231, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; sltu a0, a1, a2
	CHECK(232, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; sltu a0, a1, a2
	CHECK(233, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; sltu a0, a1, a2
	CHECK(234, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; sltu a0, a1, a2
	CHECK(235, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; sltu a0, a1, a2
	CHECK(236, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; sltu a0, a1, a2
	CHECK(237, a0, 0x0)
	li a1, 0x80000000; li a2, 0x0; sltu a0, a1, a2
	CHECK(238, a0, 0x0)
	li a1, 0x80000000; li a2, 0x1; sltu a0, a1, a2
	CHECK(239, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; sltu a0, a1, a2
	CHECK(240, a0, 0x1)
	li a1, 0x80000000; li a2, 0x8000000000000000; sltu a0, a1, a2
	CHECK(241, a0, 0x1)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; sltu a0, a1, a2
	CHECK(242, a0, 0x1)
	li a1, 0x80000000; li a2, 0x80000000; sltu a0, a1, a2
	CHECK(243, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffff; sltu a0, a1, a2
	CHECK(244, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffff80000000; sltu a0, a1, a2
	CHECK(245, a0, 0x1)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; sltu a0, a1, a2
	CHECK(246, a0, 0x1)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; sltu a0, a1, a2
	CHECK(247, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffff; sltu a0, a1, a2
	CHECK(248, a0, 0x1)
	li a1, 0x80000000; li a2, 0xff00000100ff80; sltu a0, a1, a2
	CHECK(249, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0x0; sltu a0, a1, a2
	CHECK(250, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x1; sltu a0, a1, a2
	CHECK(251, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; sltu a0, a1, a2
	CHECK(252, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; sltu a0, a1, a2
	CHECK(253, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; sltu a0, a1, a2
	CHECK(254, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0x80000000; sltu a0, a1, a2
	CHECK(255, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0x7fffffff; sltu a0, a1, a2
	CHECK(1, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; sltu a0, a1, a2
	CHECK(2, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; sltu a0, a1, a2
	CHECK(3, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; sltu a0, a1, a2
	CHECK(4, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0xffffffff; sltu a0, a1, a2
	CHECK(5, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; sltu a0, a1, a2
	CHECK(6, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x0; sltu a0, a1, a2
	CHECK(7, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x1; sltu a0, a1, a2
	CHECK(8, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; sltu a0, a1, a2
	CHECK(9, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; sltu a0, a1, a2
	CHECK(10, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; sltu a0, a1, a2
	CHECK(11, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x80000000; sltu a0, a1, a2
	CHECK(12, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; sltu a0, a1, a2
	CHECK(13, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; sltu a0, a1, a2
	CHECK(14, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; sltu a0, a1, a2
	CHECK(15, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; sltu a0, a1, a2
	CHECK(16, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; sltu a0, a1, a2
	CHECK(17, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; sltu a0, a1, a2
	CHECK(18, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x0; sltu a0, a1, a2
	CHECK(19, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x1; sltu a0, a1, a2
	CHECK(20, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; sltu a0, a1, a2
	CHECK(21, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; sltu a0, a1, a2
	CHECK(22, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; sltu a0, a1, a2
	CHECK(23, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; sltu a0, a1, a2
	CHECK(24, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; sltu a0, a1, a2
	CHECK(25, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; sltu a0, a1, a2
	CHECK(26, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; sltu a0, a1, a2
	CHECK(27, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; sltu a0, a1, a2
	CHECK(28, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; sltu a0, a1, a2
	CHECK(29, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; sltu a0, a1, a2
	CHECK(30, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; sltu a0, a1, a2
	CHECK(31, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x1; sltu a0, a1, a2
	CHECK(32, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; sltu a0, a1, a2
	CHECK(33, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; sltu a0, a1, a2
	CHECK(34, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; sltu a0, a1, a2
	CHECK(35, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; sltu a0, a1, a2
	CHECK(36, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; sltu a0, a1, a2
	CHECK(37, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; sltu a0, a1, a2
	CHECK(38, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; sltu a0, a1, a2
	CHECK(39, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; sltu a0, a1, a2
	CHECK(40, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; sltu a0, a1, a2
	CHECK(41, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; sltu a0, a1, a2
	CHECK(42, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x0; sltu a0, a1, a2
	CHECK(43, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x1; sltu a0, a1, a2
	CHECK(44, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; sltu a0, a1, a2
	CHECK(45, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x8000000000000000; sltu a0, a1, a2
	CHECK(46, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; sltu a0, a1, a2
	CHECK(47, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x80000000; sltu a0, a1, a2
	CHECK(48, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x7fffffff; sltu a0, a1, a2
	CHECK(49, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; sltu a0, a1, a2
	CHECK(50, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; sltu a0, a1, a2
	CHECK(51, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; sltu a0, a1, a2
	CHECK(52, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xffffffff; sltu a0, a1, a2
	CHECK(53, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; sltu a0, a1, a2
	CHECK(54, a0, 0x1)
	li a1, 0xff00000100ff80; li a2, 0x0; sltu a0, a1, a2
	CHECK(55, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x1; sltu a0, a1, a2
	CHECK(56, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; sltu a0, a1, a2
	CHECK(57, a0, 0x1)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; sltu a0, a1, a2
	CHECK(58, a0, 0x1)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; sltu a0, a1, a2
	CHECK(59, a0, 0x1)
	li a1, 0xff00000100ff80; li a2, 0x80000000; sltu a0, a1, a2
	CHECK(60, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; sltu a0, a1, a2
	CHECK(61, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; sltu a0, a1, a2
	CHECK(62, a0, 0x1)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; sltu a0, a1, a2
	CHECK(63, a0, 0x1)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; sltu a0, a1, a2
	CHECK(64, a0, 0x1)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; sltu a0, a1, a2
	CHECK(65, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; sltu a0, a1, a2
	CHECK(66, a0, 0x0)
	/* xor */
	li a1, 0x0; li a2, 0x0; xor a0, a1, a2
	CHECK(67, a0, 0x0)
	li a1, 0x0; li a2, 0x1; xor a0, a1, a2
	CHECK(68, a0, 0x1)
	li a1, 0x0; li a2, 0xffffffffffffffff; xor a0, a1, a2
	CHECK(69, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x8000000000000000; xor a0, a1, a2
	CHECK(70, a0, 0x8000000000000000)
	li a1, 0x0; li a2, 0x7fffffffffffffff; xor a0, a1, a2
	CHECK(71, a0, 0x7fffffffffffffff)
	li a1, 0x0; li a2, 0x80000000; xor a0, a1, a2
	CHECK(72, a0, 0x80000000)
	li a1, 0x0; li a2, 0x7fffffff; xor a0, a1, a2
	CHECK(73, a0, 0x7fffffff)
	li a1, 0x0; li a2, 0xffffffff80000000; xor a0, a1, a2
	CHECK(74, a0, 0xffffffff80000000)
	li a1, 0x0; li a2, 0x123456789abcdef0; xor a0, a1, a2
	CHECK(75, a0, 0x123456789abcdef0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; xor a0, a1, a2
	CHECK(76, a0, 0xfffffffffffffff9)
	li a1, 0x0; li a2, 0xffffffff; xor a0, a1, a2
	CHECK(77, a0, 0xffffffff)
	li a1, 0x0; li a2, 0xff00000100ff80; xor a0, a1, a2
	CHECK(78, a0, 0xff00000100ff80)
	li a1, 0x1; li a2, 0x0; xor a0, a1, a2
	CHECK(79, a0, 0x1)
	li a1, 0x1; li a2, 0x1; xor a0, a1, a2
	CHECK(80, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; xor a0, a1, a2
	CHECK(81, a0, 0xfffffffffffffffe)
	li a1, 0x1; li a2, 0x8000000000000000; xor a0, a1, a2
	CHECK(82, a0, 0x8000000000000001)
	li a1, 0x1; li a2, 0x7fffffffffffffff; xor a0, a1, a2
	CHECK(83, a0, 0x7ffffffffffffffe)
	li a1, 0x1; li a2, 0x80000000; xor a0, a1, a2
	CHECK(84, a0, 0x80000001)
	li a1, 0x1; li a2, 0x7fffffff; xor a0, a1, a2
	CHECK(85, a0, 0x7ffffffe)
	li a1, 0x1; li a2, 0xffffffff80000000; xor a0, a1, a2
	CHECK(86, a0, 0xffffffff80000001)
	li a1, 0x1; li a2, 0x123456789abcdef0; xor a0, a1, a2
	CHECK(87, a0, 0x123456789abcdef1)
	li a1, 0x1; li a2, 0xfffffffffffffff9; xor a0, a1, a2
	CHECK(88, a0, 0xfffffffffffffff8)
	li a1, 0x1; li a2, 0xffffffff; xor a0, a1, a2
	CHECK(89, a0, 0xfffffffe)
	li a1, 0x1; li a2, 0xff00000100ff80; xor a0, a1, a2
	CHECK(90, a0, 0xff00000100ff81)
	li a1, 0xffffffffffffffff; li a2, 0x0; xor a0, a1, a2
	CHECK(91, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; xor a0, a1, a2
	CHECK(92, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; xor a0, a1, a2
	CHECK(93, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; xor a0, a1, a2
	CHECK(94, a0, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; xor a0, a1, a2
	CHECK(95, a0, 0x8000000000000000)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; xor a0, a1, a2
	CHECK(96, a0, 0xffffffff7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; xor a0, a1, a2
	CHECK(97, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; xor a0, a1, a2
	CHECK(98, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; xor a0, a1, a2
	CHECK(99, a0, 0xedcba9876543210f)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; xor a0, a1, a2
	CHECK(100, a0, 0x6)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; xor a0, a1, a2
	CHECK(101, a0, 0xffffffff00000000)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; xor a0, a1, a2
	CHECK(102, a0, 0xff00fffffeff007f)
	li a1, 0x8000000000000000; li a2, 0x0; xor a0, a1, a2
	CHECK(103, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x1; xor a0, a1, a2
	CHECK(104, a0, 0x8000000000000001)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; xor a0, a1, a2
	CHECK(105, a0, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; xor a0, a1, a2
	CHECK(106, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; xor a0, a1, a2
	CHECK(107, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x80000000; xor a0, a1, a2
	CHECK(108, a0, 0x8000000080000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; xor a0, a1, a2
	CHECK(109, a0, 0x800000007fffffff)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; xor a0, a1, a2
	CHECK(110, a0, 0x7fffffff80000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; xor a0, a1, a2
	CHECK(111, a0, 0x923456789abcdef0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; xor a0, a1, a2
	CHECK(112, a0, 0x7ffffffffffffff9)
	li a1, 0x8000000000000000; li a2, 0xffffffff; xor a0, a1, a2
	CHECK(113, a0, 0x80000000ffffffff)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; xor a0, a1, a2
	CHECK(114, a0, 0x80ff00000100ff80)
	li a1, 0x7fffffffffffffff; li a2, 0x0; xor a0, a1, a2
	CHECK(115, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; xor a0, a1, a2
	CHECK(116, a0, 0x7ffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; xor a0, a1, a2
	CHECK(117, a0, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; xor a0, a1, a2
	CHECK(118, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; xor a0, a1, a2
	CHECK(119, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; xor a0, a1, a2
	CHECK(120, a0, 0x7fffffff7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; xor a0, a1, a2
	CHECK(121, a0, 0x7fffffff80000000)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; xor a0, a1, a2
	CHECK(122, a0, 0x800000007fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; xor a0, a1, a2
	CHECK(123, a0, 0x6dcba9876543210f)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; xor a0, a1, a2
	CHECK(124, a0, 0x8000000000000006)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; xor a0, a1, a2
	CHECK(125, a0, 0x7fffffff00000000)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; xor a0, a1, a2
	CHECK(126, a0, 0x7f00fffffeff007f)
	li a1, 0x80000000; li a2, 0x0; xor a0, a1, a2
	CHECK(127, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x1; xor a0, a1, a2
	CHECK(128, a0, 0x80000001)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; xor a0, a1, a2
	CHECK(129, a0, 0xffffffff7fffffff)
	li a1, 0x80000000; li a2, 0x8000000000000000; xor a0, a1, a2
	CHECK(130, a0, 0x8000000080000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; xor a0, a1, a2
	CHECK(131, a0, 0x7fffffff7fffffff)
	li a1, 0x80000000; li a2, 0x80000000; xor a0, a1, a2
	CHECK(132, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffff; xor a0, a1, a2
	CHECK(133, a0, 0xffffffff)
	li a1, 0x80000000; li a2, 0xffffffff80000000; xor a0, a1, a2
	CHECK(134, a0, 0xffffffff00000000)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; xor a0, a1, a2
	CHECK(135, a0, 0x123456781abcdef0)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; xor a0, a1, a2
	CHECK(136, a0, 0xffffffff7ffffff9)
	li a1, 0x80000000; li a2, 0xffffffff; xor a0, a1, a2
	CHECK(137, a0, 0x7fffffff)
	li a1, 0x80000000; li a2, 0xff00000100ff80; xor a0, a1, a2
	CHECK(138, a0, 0xff00008100ff80)
	li a1, 0x7fffffff; li a2, 0x0; xor a0, a1, a2
	CHECK(139, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; xor a0, a1, a2
	CHECK(140, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; xor a0, a1, a2
	CHECK(141, a0, 0xffffffff80000000)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; xor a0, a1, a2
	CHECK(142, a0, 0x800000007fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; xor a0, a1, a2
	CHECK(143, a0, 0x7fffffff80000000)
	li a1, 0x7fffffff; li a2, 0x80000000; xor a0, a1, a2
	CHECK(144, a0, 0xffffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffff; xor a0, a1, a2
	CHECK(145, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; xor a0, a1, a2
	CHECK(146, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; xor a0, a1, a2
	CHECK(147, a0, 0x12345678e543210f)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; xor a0, a1, a2
	CHECK(148, a0, 0xffffffff80000006)
	li a1, 0x7fffffff; li a2, 0xffffffff; xor a0, a1, a2
	CHECK(149, a0, 0x80000000)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; xor a0, a1, a2
	CHECK(150, a0, 0xff00007eff007f)
	li a1, 0xffffffff80000000; li a2, 0x0; xor a0, a1, a2
	CHECK(151, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; xor a0, a1, a2
	CHECK(152, a0, 0xffffffff80000001)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; xor a0, a1, a2
	CHECK(153, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; xor a0, a1, a2
	CHECK(154, a0, 0x7fffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; xor a0, a1, a2
	CHECK(155, a0, 0x800000007fffffff)
	li a1, 0xffffffff80000000; li a2, 0x80000000; xor a0, a1, a2
	CHECK(156, a0, 0xffffffff00000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; xor a0, a1, a2
	CHECK(157, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; xor a0, a1, a2
	CHECK(158, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; xor a0, a1, a2
	CHECK(159, a0, 0xedcba9871abcdef0)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; xor a0, a1, a2
	CHECK(160, a0, 0x7ffffff9)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; xor a0, a1, a2
	CHECK(161, a0, 0xffffffff7fffffff)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; xor a0, a1, a2
	CHECK(162, a0, 0xff00ffff8100ff80)
	li a1, 0x123456789abcdef0; li a2, 0x0; xor a0, a1, a2
	CHECK(163, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; xor a0, a1, a2
	CHECK(164, a0, 0x123456789abcdef1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; xor a0, a1, a2
	CHECK(165, a0, 0xedcba9876543210f)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; xor a0, a1, a2
	CHECK(166, a0, 0x923456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; xor a0, a1, a2
	CHECK(167, a0, 0x6dcba9876543210f)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; xor a0, a1, a2
	CHECK(168, a0, 0x123456781abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; xor a0, a1, a2
	CHECK(169, a0, 0x12345678e543210f)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; xor a0, a1, a2
	CHECK(170, a0, 0xedcba9871abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; xor a0, a1, a2
	CHECK(171, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; xor a0, a1, a2
	CHECK(172, a0, 0xedcba98765432109)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; xor a0, a1, a2
	CHECK(173, a0, 0x123456786543210f)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; xor a0, a1, a2
	CHECK(174, a0, 0x12cb56789bbc2170)
	li a1, 0xfffffffffffffff9; li a2, 0x0; xor a0, a1, a2
	CHECK(175, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; xor a0, a1, a2
	CHECK(176, a0, 0xfffffffffffffff8)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; xor a0, a1, a2
	CHECK(177, a0, 0x6)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; xor a0, a1, a2
	CHECK(178, a0, 0x7ffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; xor a0, a1, a2
	CHECK(179, a0, 0x8000000000000006)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; xor a0, a1, a2
	CHECK(180, a0, 0xffffffff7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; xor a0, a1, a2
	CHECK(181, a0, 0xffffffff80000006)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; xor a0, a1, a2
	CHECK(182, a0, 0x7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; xor a0, a1, a2
	CHECK(183, a0, 0xedcba98765432109)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; xor a0, a1, a2
	CHECK(184, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; xor a0, a1, a2
	CHECK(185, a0, 0xffffffff00000006)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; xor a0, a1, a2
	CHECK(186, a0, 0xff00fffffeff0079)
	li a1, 0xffffffff; li a2, 0x0; xor a0, a1, a2
	CHECK(187, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x1; xor a0, a1, a2
	CHECK(188, a0, 0xfffffffe)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; xor a0, a1, a2
	CHECK(189, a0, 0xffffffff00000000)
	li a1, 0xffffffff; li a2, 0x8000000000000000; xor a0, a1, a2
	CHECK(190, a0, 0x80000000ffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; xor a0, a1, a2
	CHECK(191, a0, 0x7fffffff00000000)
	li a1, 0xffffffff; li a2, 0x80000000; xor a0, a1, a2
	CHECK(192, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x7fffffff; xor a0, a1, a2
	CHECK(193, a0, 0x80000000)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; xor a0, a1, a2
	CHECK(194, a0, 0xffffffff7fffffff)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; xor a0, a1, a2
	CHECK(195, a0, 0x123456786543210f)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; xor a0, a1, a2
	CHECK(196, a0, 0xffffffff00000006)
	li a1, 0xffffffff; li a2, 0xffffffff; xor a0, a1, a2
	CHECK(197, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; xor a0, a1, a2
	CHECK(198, a0, 0xff0000feff007f)
	li a1, 0xff00000100ff80; li a2, 0x0; xor a0, a1, a2
	CHECK(199, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; xor a0, a1, a2
	CHECK(200, a0, 0xff00000100ff81)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; xor a0, a1, a2
	CHECK(201, a0, 0xff00fffffeff007f)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; xor a0, a1, a2
	CHECK(202, a0, 0x80ff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; xor a0, a1, a2
	CHECK(203, a0, 0x7f00fffffeff007f)
	li a1, 0xff00000100ff80; li a2, 0x80000000; xor a0, a1, a2
	CHECK(204, a0, 0xff00008100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; xor a0, a1, a2
	CHECK(205, a0, 0xff00007eff007f)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; xor a0, a1, a2
	CHECK(206, a0, 0xff00ffff8100ff80)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; xor a0, a1, a2
	CHECK(207, a0, 0x12cb56789bbc2170)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; xor a0, a1, a2
	CHECK(208, a0, 0xff00fffffeff0079)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; xor a0, a1, a2
	CHECK(209, a0, 0xff0000feff007f)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; xor a0, a1, a2
	CHECK(210, a0, 0x0)
	/* or */
	li a1, 0x0; li a2, 0x0; or a0, a1, a2
	CHECK(211, a0, 0x0)
	li a1, 0x0; li a2, 0x1; or a0, a1, a2
	CHECK(212, a0, 0x1)
	li a1, 0x0; li a2, 0xffffffffffffffff; or a0, a1, a2
	CHECK(213, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x8000000000000000; or a0, a1, a2
	CHECK(214, a0, 0x8000000000000000)
	li a1, 0x0; li a2, 0x7fffffffffffffff; or a0, a1, a2
	CHECK(215, a0, 0x7fffffffffffffff)
	li a1, 0x0; li a2, 0x80000000; or a0, a1, a2
	CHECK(216, a0, 0x80000000)
	li a1, 0x0; li a2, 0x7fffffff; or a0, a1, a2
	CHECK(217, a0, 0x7fffffff)
	li a1, 0x0; li a2, 0xffffffff80000000; or a0, a1, a2
	CHECK(218, a0, 0xffffffff80000000)
	li a1, 0x0; li a2, 0x123456789abcdef0; or a0, a1, a2
	CHECK(219, a0, 0x123456789abcdef0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; or a0, a1, a2
	CHECK(220, a0, 0xfffffffffffffff9)
	li a1, 0x0; li a2, 0xffffffff; or a0, a1, a2
	CHECK(221, a0, 0xffffffff)
	li a1, 0x0; li a2, 0xff00000100ff80; or a0, a1, a2
	CHECK(222, a0, 0xff00000100ff80)
	li a1, 0x1; li a2, 0x0; or a0, a1, a2
	CHECK(223, a0, 0x1)
	li a1, 0x1; li a2, 0x1; or a0, a1, a2
	CHECK(224, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffffffffffff; or a0, a1, a2
	CHECK(225, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x8000000000000000; or a0, a1, a2
	CHECK(226, a0, 0x8000000000000001)
	li a1, 0x1; li a2, 0x7fffffffffffffff; or a0, a1, a2
	CHECK(227, a0, 0x7fffffffffffffff)
	li a1, 0x1; li a2, 0x80000000; or a0, a1, a2
	CHECK(228, a0, 0x80000001)
	li a1, 0x1; li a2, 0x7fffffff; or a0, a1, a2
	CHECK(229, a0, 0x7fffffff)
	li a1, 0x1; li a2, 0xffffffff80000000; or a0, a1, a2
	CHECK(230, a0, 0xffffffff80000001)
	li a1, 0x1; li a2, 0x123456789abcdef0; or a0, a1, a2
	CHECK(231, a0, 0x123456789abcdef1)
	li a1, 0x1; li a2, 0xfffffffffffffff9; or a0, a1, a2
	CHECK(232, a0, 0xfffffffffffffff9)
	li a1, 0x1; li a2, 0xffffffff; or a0, a1, a2
	CHECK(233, a0, 0xffffffff)
	li a1, 0x1; li a2, 0xff00000100ff80; or a0, a1, a2
	CHECK(234, a0, 0xff00000100ff81)
	li a1, 0xffffffffffffffff; li a2, 0x0; or a0, a1, a2
	CHECK(235, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; or a0, a1, a2
	CHECK(236, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; or a0, a1, a2
	CHECK(237, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; or a0, a1, a2
	CHECK(238, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; or a0, a1, a2
	CHECK(239, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; or a0, a1, a2
	CHECK(240, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; or a0, a1, a2
	CHECK(241, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; or a0, a1, a2
	CHECK(242, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; or a0, a1, a2
	CHECK(243, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; or a0, a1, a2
	CHECK(244, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; or a0, a1, a2
	CHECK(245, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; or a0, a1, a2
	CHECK(246, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x0; or a0, a1, a2
	CHECK(247, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x1; or a0, a1, a2
	CHECK(248, a0, 0x8000000000000001)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; or a0, a1, a2
	CHECK(249, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; or a0, a1, a2
	CHECK(250, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; or a0, a1, a2
	CHECK(251, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x80000000; or a0, a1, a2
	CHECK(252, a0, 0x8000000080000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; or a0, a1, a2
	CHECK(253, a0, 0x800000007fffffff)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; or a0, a1, a2
	CHECK(254, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; or a0, a1, a2
	CHECK(255, a0, 0x923456789abcdef0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; or a0, a1, a2
	CHECK(1, a0, 0xfffffffffffffff9)
	li a1, 0x8000000000000000; li a2, 0xffffffff; or a0, a1, a2
	CHECK(2, a0, 0x80000000ffffffff)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; or a0, a1, a2
	CHECK(3, a0, 0x80ff00000100ff80)
	li a1, 0x7fffffffffffffff; li a2, 0x0; or a0, a1, a2
	CHECK(4, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; or a0, a1, a2
	CHECK(5, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; or a0, a1, a2
	CHECK(6, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; or a0, a1, a2
	CHECK(7, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; or a0, a1, a2
	CHECK(8, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; or a0, a1, a2
	CHECK(9, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; or a0, a1, a2
	CHECK(10, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; or a0, a1, a2
	CHECK(11, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; or a0, a1, a2
	CHECK(12, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; or a0, a1, a2
	CHECK(13, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; or a0, a1, a2
	CHECK(14, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; or a0, a1, a2
	CHECK(15, a0, 0x7fffffffffffffff)
	li a1, 0x80000000; li a2, 0x0; or a0, a1, a2
	CHECK(16, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x1; or a0, a1, a2
	CHECK(17, a0, 0x80000001)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; or a0, a1, a2
	CHECK(18, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x8000000000000000; or a0, a1, a2
	CHECK(19, a0, 0x8000000080000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; or a0, a1, a2
	CHECK(20, a0, 0x7fffffffffffffff)
	li a1, 0x80000000; li a2, 0x80000000; or a0, a1, a2
	CHECK(21, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x7fffffff; or a0, a1, a2
	CHECK(22, a0, 0xffffffff)
	li a1, 0x80000000; li a2, 0xffffffff80000000; or a0, a1, a2
	CHECK(23, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; or a0, a1, a2
	CHECK(24, a0, 0x123456789abcdef0)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; or a0, a1, a2
	CHECK(25, a0, 0xfffffffffffffff9)
	li a1, 0x80000000; li a2, 0xffffffff; or a0, a1, a2
	CHECK(26, a0, 0xffffffff)
	li a1, 0x80000000; li a2, 0xff00000100ff80; or a0, a1, a2
	CHECK(27, a0, 0xff00008100ff80)
	li a1, 0x7fffffff; li a2, 0x0; or a0, a1, a2
	CHECK(28, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; or a0, a1, a2
	CHECK(29, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; or a0, a1, a2
	CHECK(30, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; or a0, a1, a2
	CHECK(31, a0, 0x800000007fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; or a0, a1, a2
	CHECK(32, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x80000000; or a0, a1, a2
	CHECK(33, a0, 0xffffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffff; or a0, a1, a2
	CHECK(34, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; or a0, a1, a2
	CHECK(35, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; or a0, a1, a2
	CHECK(36, a0, 0x12345678ffffffff)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; or a0, a1, a2
	CHECK(37, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0xffffffff; or a0, a1, a2
	CHECK(38, a0, 0xffffffff)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; or a0, a1, a2
	CHECK(39, a0, 0xff00007fffffff)
	li a1, 0xffffffff80000000; li a2, 0x0; or a0, a1, a2
	CHECK(40, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; or a0, a1, a2
	CHECK(41, a0, 0xffffffff80000001)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; or a0, a1, a2
	CHECK(42, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; or a0, a1, a2
	CHECK(43, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; or a0, a1, a2
	CHECK(44, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x80000000; or a0, a1, a2
	CHECK(45, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; or a0, a1, a2
	CHECK(46, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; or a0, a1, a2
	CHECK(47, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; or a0, a1, a2
	CHECK(48, a0, 0xffffffff9abcdef0)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; or a0, a1, a2
	CHECK(49, a0, 0xfffffffffffffff9)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; or a0, a1, a2
	CHECK(50, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; or a0, a1, a2
	CHECK(51, a0, 0xffffffff8100ff80)
	li a1, 0x123456789abcdef0; li a2, 0x0; or a0, a1, a2
	CHECK(52, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; or a0, a1, a2
	CHECK(53, a0, 0x123456789abcdef1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; or a0, a1, a2
	CHECK(54, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; or a0, a1, a2
	CHECK(55, a0, 0x923456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; or a0, a1, a2
	CHECK(56, a0, 0x7fffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; or a0, a1, a2
	CHECK(57, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; or a0, a1, a2
	CHECK(58, a0, 0x12345678ffffffff)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; or a0, a1, a2
	CHECK(59, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; or a0, a1, a2
	CHECK(60, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; or a0, a1, a2
	CHECK(61, a0, 0xfffffffffffffff9)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; or a0, a1, a2
	CHECK(62, a0, 0x12345678ffffffff)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; or a0, a1, a2
	CHECK(63, a0, 0x12ff56789bbcfff0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; or a0, a1, a2
	CHECK(64, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; or a0, a1, a2
	CHECK(65, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; or a0, a1, a2
	CHECK(66, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; or a0, a1, a2
	CHECK(67, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; or a0, a1, a2
	CHECK(68, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; or a0, a1, a2
	CHECK(69, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; or a0, a1, a2
	CHECK(70, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; or a0, a1, a2
	CHECK(71, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; or a0, a1, a2
	CHECK(72, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; or a0, a1, a2
	CHECK(73, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; or a0, a1, a2
	CHECK(74, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; or a0, a1, a2
	CHECK(75, a0, 0xfffffffffffffff9)
	li a1, 0xffffffff; li a2, 0x0; or a0, a1, a2
	CHECK(76, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x1; or a0, a1, a2
	CHECK(77, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; or a0, a1, a2
	CHECK(78, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x8000000000000000; or a0, a1, a2
	CHECK(79, a0, 0x80000000ffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; or a0, a1, a2
	CHECK(80, a0, 0x7fffffffffffffff)
	li a1, 0xffffffff; li a2, 0x80000000; or a0, a1, a2
	CHECK(81, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffff; or a0, a1, a2
	CHECK(82, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; or a0, a1, a2
	CHECK(83, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; or a0, a1, a2
	CHECK(84, a0, 0x12345678ffffffff)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; or a0, a1, a2
	CHECK(85, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0xffffffff; or a0, a1, a2
	CHECK(86, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; or a0, a1, a2
	CHECK(87, a0, 0xff0000ffffffff)
	li a1, 0xff00000100ff80; li a2, 0x0; or a0, a1, a2
	CHECK(88, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; or a0, a1, a2
	CHECK(89, a0, 0xff00000100ff81)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; or a0, a1, a2
	CHECK(90, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; or a0, a1, a2
	CHECK(91, a0, 0x80ff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; or a0, a1, a2
	CHECK(92, a0, 0x7fffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x80000000; or a0, a1, a2
	CHECK(93, a0, 0xff00008100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; or a0, a1, a2
	CHECK(94, a0, 0xff00007fffffff)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; or a0, a1, a2
	CHECK(95, a0, 0xffffffff8100ff80)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; or a0, a1, a2
	CHECK(96, a0, 0x12ff56789bbcfff0)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; or a0, a1, a2
	CHECK(97, a0, 0xfffffffffffffff9)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; or a0, a1, a2
	CHECK(98, a0, 0xff0000ffffffff)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; or a0, a1, a2
	CHECK(99, a0, 0xff00000100ff80)
	/* and */
	li a1, 0x0; li a2, 0x0; and a0, a1, a2
	CHECK(100, a0, 0x0)
	li a1, 0x0; li a2, 0x1; and a0, a1, a2
	CHECK(101, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; and a0, a1, a2
	CHECK(102, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; and a0, a1, a2
	CHECK(103, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; and a0, a1, a2
	CHECK(104, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; and a0, a1, a2
	CHECK(105, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; and a0, a1, a2
	CHECK(106, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; and a0, a1, a2
	CHECK(107, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; and a0, a1, a2
	CHECK(108, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; and a0, a1, a2
	CHECK(109, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; and a0, a1, a2
	CHECK(110, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; and a0, a1, a2
	CHECK(111, a0, 0x0)
	li a1, 0x1; li a2, 0x0; and a0, a1, a2
	CHECK(112, a0, 0x0)
	li a1, 0x1; li a2, 0x1; and a0, a1, a2
	CHECK(113, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffffffffffff; and a0, a1, a2
	CHECK(114, a0, 0x1)
	li a1, 0x1; li a2, 0x8000000000000000; and a0, a1, a2
	CHECK(115, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffffffffffff; and a0, a1, a2
	CHECK(116, a0, 0x1)
	li a1, 0x1; li a2, 0x80000000; and a0, a1, a2
	CHECK(117, a0, 0x0)
	li a1, 0x1; li a2, 0x7fffffff; and a0, a1, a2
	CHECK(118, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff80000000; and a0, a1, a2
	CHECK(119, a0, 0x0)
	li a1, 0x1; li a2, 0x123456789abcdef0; and a0, a1, a2
	CHECK(120, a0, 0x0)
	li a1, 0x1; li a2, 0xfffffffffffffff9; and a0, a1, a2
	CHECK(121, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff; and a0, a1, a2
	CHECK(122, a0, 0x1)
	li a1, 0x1; li a2, 0xff00000100ff80; and a0, a1, a2
	CHECK(123, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x0; and a0, a1, a2
	CHECK(124, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x1; and a0, a1, a2
	CHECK(125, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; and a0, a1, a2
	CHECK(126, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; and a0, a1, a2
	CHECK(127, a0, 0x8000000000000000)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; and a0, a1, a2
	CHECK(128, a0, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; and a0, a1, a2
	CHECK(129, a0, 0x80000000)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; and a0, a1, a2
	CHECK(130, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; and a0, a1, a2
	CHECK(131, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; and a0, a1, a2
	CHECK(132, a0, 0x123456789abcdef0)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; and a0, a1, a2
	CHECK(133, a0, 0xfffffffffffffff9)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; and a0, a1, a2
	CHECK(134, a0, 0xffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; and a0, a1, a2
	CHECK(135, a0, 0xff00000100ff80)
	li a1, 0x8000000000000000; li a2, 0x0; and a0, a1, a2
	CHECK(136, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; and a0, a1, a2
	CHECK(137, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; and a0, a1, a2
	CHECK(138, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; and a0, a1, a2
	CHECK(139, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; and a0, a1, a2
	CHECK(140, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x80000000; and a0, a1, a2
	CHECK(141, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; and a0, a1, a2
	CHECK(142, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; and a0, a1, a2
	CHECK(143, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; and a0, a1, a2
	CHECK(144, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; and a0, a1, a2
	CHECK(145, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xffffffff; and a0, a1, a2
	CHECK(146, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; and a0, a1, a2
	CHECK(147, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; and a0, a1, a2
	CHECK(148, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x1; and a0, a1, a2
	CHECK(149, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; and a0, a1, a2
	CHECK(150, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; and a0, a1, a2
	CHECK(151, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; and a0, a1, a2
	CHECK(152, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; and a0, a1, a2
	CHECK(153, a0, 0x80000000)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; and a0, a1, a2
	CHECK(154, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; and a0, a1, a2
	CHECK(155, a0, 0x7fffffff80000000)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; and a0, a1, a2
	CHECK(156, a0, 0x123456789abcdef0)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; and a0, a1, a2
	CHECK(157, a0, 0x7ffffffffffffff9)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; and a0, a1, a2
	CHECK(158, a0, 0xffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; and a0, a1, a2
	CHECK(159, a0, 0xff00000100ff80)
	li a1, 0x80000000; li a2, 0x0; and a0, a1, a2
	CHECK(160, a0, 0x0)
	li a1, 0x80000000; li a2, 0x1; and a0, a1, a2
	CHECK(161, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; and a0, a1, a2
	CHECK(162, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x8000000000000000; and a0, a1, a2
	CHECK(163, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; and a0, a1, a2
	CHECK(164, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x80000000; and a0, a1, a2
	CHECK(165, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x7fffffff; and a0, a1, a2
	CHECK(166, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffff80000000; and a0, a1, a2
	CHECK(167, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; and a0, a1, a2
	CHECK(168, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; and a0, a1, a2
	CHECK(169, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xffffffff; and a0, a1, a2
	CHECK(170, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xff00000100ff80; and a0, a1, a2
	CHECK(171, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x0; and a0, a1, a2
	CHECK(172, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x1; and a0, a1, a2
	CHECK(173, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; and a0, a1, a2
	CHECK(174, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; and a0, a1, a2
	CHECK(175, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; and a0, a1, a2
	CHECK(176, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x80000000; and a0, a1, a2
	CHECK(177, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x7fffffff; and a0, a1, a2
	CHECK(178, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; and a0, a1, a2
	CHECK(179, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; and a0, a1, a2
	CHECK(180, a0, 0x1abcdef0)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; and a0, a1, a2
	CHECK(181, a0, 0x7ffffff9)
	li a1, 0x7fffffff; li a2, 0xffffffff; and a0, a1, a2
	CHECK(182, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; and a0, a1, a2
	CHECK(183, a0, 0x100ff80)
	li a1, 0xffffffff80000000; li a2, 0x0; and a0, a1, a2
	CHECK(184, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x1; and a0, a1, a2
	CHECK(185, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; and a0, a1, a2
	CHECK(186, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; and a0, a1, a2
	CHECK(187, a0, 0x8000000000000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; and a0, a1, a2
	CHECK(188, a0, 0x7fffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x80000000; and a0, a1, a2
	CHECK(189, a0, 0x80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; and a0, a1, a2
	CHECK(190, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; and a0, a1, a2
	CHECK(191, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; and a0, a1, a2
	CHECK(192, a0, 0x1234567880000000)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; and a0, a1, a2
	CHECK(193, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; and a0, a1, a2
	CHECK(194, a0, 0x80000000)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; and a0, a1, a2
	CHECK(195, a0, 0xff000000000000)
	li a1, 0x123456789abcdef0; li a2, 0x0; and a0, a1, a2
	CHECK(196, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x1; and a0, a1, a2
	CHECK(197, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; and a0, a1, a2
	CHECK(198, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; and a0, a1, a2
	CHECK(199, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; and a0, a1, a2
	CHECK(200, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; and a0, a1, a2
	CHECK(201, a0, 0x80000000)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; and a0, a1, a2
	CHECK(202, a0, 0x1abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; and a0, a1, a2
	CHECK(203, a0, 0x1234567880000000)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; and a0, a1, a2
	CHECK(204, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; and a0, a1, a2
	CHECK(205, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; and a0, a1, a2
	CHECK(206, a0, 0x9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; and a0, a1, a2
	CHECK(207, a0, 0x3400000000de80)
	li a1, 0xfffffffffffffff9; li a2, 0x0; and a0, a1, a2
	CHECK(208, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x1; and a0, a1, a2
	CHECK(209, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; and a0, a1, a2
	CHECK(210, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; and a0, a1, a2
	CHECK(211, a0, 0x8000000000000000)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; and a0, a1, a2
	CHECK(212, a0, 0x7ffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; and a0, a1, a2
	CHECK(213, a0, 0x80000000)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; and a0, a1, a2
	CHECK(214, a0, 0x7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; and a0, a1, a2
	CHECK(215, a0, 0xffffffff80000000)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; and a0, a1, a2
	CHECK(216, a0, 0x123456789abcdef0)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; and a0, a1, a2
	CHECK(217, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; and a0, a1, a2
	CHECK(218, a0, 0xfffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; and a0, a1, a2
	CHECK(219, a0, 0xff00000100ff80)
	li a1, 0xffffffff; li a2, 0x0; and a0, a1, a2
	CHECK(220, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x1; and a0, a1, a2
	CHECK(221, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; and a0, a1, a2
	CHECK(222, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x8000000000000000; and a0, a1, a2
	CHECK(223, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; and a0, a1, a2
	CHECK(224, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x80000000; and a0, a1, a2
	CHECK(225, a0, 0x80000000)
	li a1, 0xffffffff; li a2, 0x7fffffff; and a0, a1, a2
	CHECK(226, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; and a0, a1, a2
	CHECK(227, a0, 0x80000000)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; and a0, a1, a2
	CHECK(228, a0, 0x9abcdef0)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; and a0, a1, a2
	CHECK(229, a0, 0xfffffff9)
	li a1, 0xffffffff; li a2, 0xffffffff; and a0, a1, a2
	CHECK(230, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; and a0, a1, a2
	CHECK(231, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x0; and a0, a1, a2
	CHECK(232, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x1; and a0, a1, a2
	CHECK(233, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; and a0, a1, a2
	CHECK(234, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; and a0, a1, a2
	CHECK(235, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; and a0, a1, a2
	CHECK(236, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x80000000; and a0, a1, a2
	CHECK(237, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; and a0, a1, a2
	CHECK(238, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; and a0, a1, a2
	CHECK(239, a0, 0xff000000000000)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; and a0, a1, a2
	CHECK(240, a0, 0x3400000000de80)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; and a0, a1, a2
	CHECK(241, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; and a0, a1, a2
	CHECK(242, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; and a0, a1, a2
	CHECK(243, a0, 0xff00000100ff80)
	/* addw */
	li a1, 0x0; li a2, 0x0; addw a0, a1, a2
	CHECK(244, a0, 0x0)
	li a1, 0x0; li a2, 0x1; addw a0, a1, a2
	CHECK(245, a0, 0x1)
	li a1, 0x0; li a2, 0xffffffffffffffff; addw a0, a1, a2
	CHECK(246, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x8000000000000000; addw a0, a1, a2
	CHECK(247, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; addw a0, a1, a2
	CHECK(248, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x80000000; addw a0, a1, a2
	CHECK(249, a0, 0xffffffff80000000)
	li a1, 0x0; li a2, 0x7fffffff; addw a0, a1, a2
	CHECK(250, a0, 0x7fffffff)
	li a1, 0x0; li a2, 0xffffffff80000000; addw a0, a1, a2
	CHECK(251, a0, 0xffffffff80000000)
	li a1, 0x0; li a2, 0x123456789abcdef0; addw a0, a1, a2
	CHECK(252, a0, 0xffffffff9abcdef0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; addw a0, a1, a2
	CHECK(253, a0, 0xfffffffffffffff9)
	li a1, 0x0; li a2, 0xffffffff; addw a0, a1, a2
	CHECK(254, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0xff00000100ff80; addw a0, a1, a2
	CHECK(255, a0, 0x100ff80)
	li a1, 0x1; li a2, 0x0; addw a0, a1, a2
	CHECK(1, a0, 0x1)
	li a1, 0x1; li a2, 0x1; addw a0, a1, a2
	CHECK(2, a0, 0x2)
	li a1, 0x1; li a2, 0xffffffffffffffff; addw a0, a1, a2
	CHECK(3, a0, 0x0)
	li a1, 0x1; li a2, 0x8000000000000000; addw a0, a1, a2
	CHECK(4, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffffffffffff; addw a0, a1, a2
	CHECK(5, a0, 0x0)
	li a1, 0x1; li a2, 0x80000000; addw a0, a1, a2
	CHECK(6, a0, 0xffffffff80000001)
	li a1, 0x1; li a2, 0x7fffffff; addw a0, a1, a2
	CHECK(7, a0, 0xffffffff80000000)
	li a1, 0x1; li a2, 0xffffffff80000000; addw a0, a1, a2
	CHECK(8, a0, 0xffffffff80000001)
	li a1, 0x1; li a2, 0x123456789abcdef0; addw a0, a1, a2
	CHECK(9, a0, 0xffffffff9abcdef1)
	li a1, 0x1; li a2, 0xfffffffffffffff9; addw a0, a1, a2
	CHECK(10, a0, 0xfffffffffffffffa)
	li a1, 0x1; li a2, 0xffffffff; addw a0, a1, a2
	CHECK(11, a0, 0x0)
	li a1, 0x1; li a2, 0xff00000100ff80; addw a0, a1, a2
	CHECK(12, a0, 0x100ff81)
	li a1, 0xffffffffffffffff; li a2, 0x0; addw a0, a1, a2
	CHECK(13, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; addw a0, a1, a2
	CHECK(14, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; addw a0, a1, a2
	CHECK(15, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; addw a0, a1, a2
	CHECK(16, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; addw a0, a1, a2
	CHECK(17, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; addw a0, a1, a2
	CHECK(18, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; addw a0, a1, a2
	CHECK(19, a0, 0x7ffffffe)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; addw a0, a1, a2
	CHECK(20, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; addw a0, a1, a2
	CHECK(21, a0, 0xffffffff9abcdeef)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; addw a0, a1, a2
	CHECK(22, a0, 0xfffffffffffffff8)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; addw a0, a1, a2
	CHECK(23, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; addw a0, a1, a2
	CHECK(24, a0, 0x100ff7f)
	li a1, 0x8000000000000000; li a2, 0x0; addw a0, a1, a2
	CHECK(25, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; addw a0, a1, a2
	CHECK(26, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; addw a0, a1, a2
	CHECK(27, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; addw a0, a1, a2
	CHECK(28, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; addw a0, a1, a2
	CHECK(29, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x80000000; addw a0, a1, a2
	CHECK(30, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; addw a0, a1, a2
	CHECK(31, a0, 0x7fffffff)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; addw a0, a1, a2
	CHECK(32, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; addw a0, a1, a2
	CHECK(33, a0, 0xffffffff9abcdef0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; addw a0, a1, a2
	CHECK(34, a0, 0xfffffffffffffff9)
	li a1, 0x8000000000000000; li a2, 0xffffffff; addw a0, a1, a2
	CHECK(35, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; addw a0, a1, a2
	CHECK(36, a0, 0x100ff80)
	li a1, 0x7fffffffffffffff; li a2, 0x0; addw a0, a1, a2
	CHECK(37, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; addw a0, a1, a2
	CHECK(38, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; addw a0, a1, a2
	CHECK(39, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; addw a0, a1, a2
	CHECK(40, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; addw a0, a1, a2
	CHECK(41, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; addw a0, a1, a2
	CHECK(42, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; addw a0, a1, a2
	CHECK(43, a0, 0x7ffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; addw a0, a1, a2
	CHECK(44, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; addw a0, a1, a2
	CHECK(45, a0, 0xffffffff9abcdeef)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; addw a0, a1, a2
	CHECK(46, a0, 0xfffffffffffffff8)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; addw a0, a1, a2
	CHECK(47, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; addw a0, a1, a2
	CHECK(48, a0, 0x100ff7f)
	li a1, 0x80000000; li a2, 0x0; addw a0, a1, a2
	CHECK(49, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x1; addw a0, a1, a2
	CHECK(50, a0, 0xffffffff80000001)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; addw a0, a1, a2
	CHECK(51, a0, 0x7fffffff)
	li a1, 0x80000000; li a2, 0x8000000000000000; addw a0, a1, a2
	CHECK(52, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; addw a0, a1, a2
	CHECK(53, a0, 0x7fffffff)
	li a1, 0x80000000; li a2, 0x80000000; addw a0, a1, a2
	CHECK(54, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffff; addw a0, a1, a2
	CHECK(55, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0xffffffff80000000; addw a0, a1, a2
	CHECK(56, a0, 0x0)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; addw a0, a1, a2
	CHECK(57, a0, 0x1abcdef0)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; addw a0, a1, a2
	CHECK(58, a0, 0x7ffffff9)
	li a1, 0x80000000; li a2, 0xffffffff; addw a0, a1, a2
	CHECK(59, a0, 0x7fffffff)
	li a1, 0x80000000; li a2, 0xff00000100ff80; addw a0, a1, a2
	CHECK(60, a0, 0xffffffff8100ff80)
	li a1, 0x7fffffff; li a2, 0x0; addw a0, a1, a2
	CHECK(61, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; addw a0, a1, a2
	CHECK(62, a0, 0xffffffff80000000)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; addw a0, a1, a2
	CHECK(63, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; addw a0, a1, a2
	CHECK(64, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; addw a0, a1, a2
	CHECK(65, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0x80000000; addw a0, a1, a2
	CHECK(66, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffff; addw a0, a1, a2
	CHECK(67, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; addw a0, a1, a2
	CHECK(68, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; addw a0, a1, a2
	CHECK(69, a0, 0x1abcdeef)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; addw a0, a1, a2
	CHECK(70, a0, 0x7ffffff8)
	li a1, 0x7fffffff; li a2, 0xffffffff; addw a0, a1, a2
	CHECK(71, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; addw a0, a1, a2
	CHECK(72, a0, 0xffffffff8100ff7f)
	li a1, 0xffffffff80000000; li a2, 0x0; addw a0, a1, a2
	CHECK(73, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; addw a0, a1, a2
	CHECK(74, a0, 0xffffffff80000001)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; addw a0, a1, a2
	CHECK(75, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; addw a0, a1, a2
	CHECK(76, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; addw a0, a1, a2
	CHECK(77, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; li a2, 0x80000000; addw a0, a1, a2
	CHECK(78, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; addw a0, a1, a2
	CHECK(79, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; addw a0, a1, a2
	CHECK(80, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; addw a0, a1, a2
	CHECK(81, a0, 0x1abcdef0)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; addw a0, a1, a2
	CHECK(82, a0, 0x7ffffff9)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; addw a0, a1, a2
	CHECK(83, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; addw a0, a1, a2
	CHECK(84, a0, 0xffffffff8100ff80)
	li a1, 0x123456789abcdef0; li a2, 0x0; addw a0, a1, a2
	CHECK(85, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; addw a0, a1, a2
	CHECK(86, a0, 0xffffffff9abcdef1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; addw a0, a1, a2
	CHECK(87, a0, 0xffffffff9abcdeef)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; addw a0, a1, a2
	CHECK(88, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; addw a0, a1, a2
	CHECK(89, a0, 0xffffffff9abcdeef)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; addw a0, a1, a2
	CHECK(90, a0, 0x1abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; addw a0, a1, a2
	CHECK(91, a0, 0x1abcdeef)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; addw a0, a1, a2
	CHECK(92, a0, 0x1abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; addw a0, a1, a2
	CHECK(93, a0, 0x3579bde0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; addw a0, a1, a2
	CHECK(94, a0, 0xffffffff9abcdee9)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; addw a0, a1, a2
	CHECK(95, a0, 0xffffffff9abcdeef)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; addw a0, a1, a2
	CHECK(96, a0, 0xffffffff9bbdde70)
	li a1, 0xfffffffffffffff9; li a2, 0x0; addw a0, a1, a2
	CHECK(97, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; addw a0, a1, a2
	CHECK(98, a0, 0xfffffffffffffffa)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; addw a0, a1, a2
	CHECK(99, a0, 0xfffffffffffffff8)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; addw a0, a1, a2
	CHECK(100, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; addw a0, a1, a2
	CHECK(101, a0, 0xfffffffffffffff8)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; addw a0, a1, a2
	CHECK(102, a0, 0x7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; addw a0, a1, a2
	CHECK(103, a0, 0x7ffffff8)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; addw a0, a1, a2
	CHECK(104, a0, 0x7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; addw a0, a1, a2
	CHECK(105, a0, 0xffffffff9abcdee9)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; addw a0, a1, a2
	CHECK(106, a0, 0xfffffffffffffff2)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; addw a0, a1, a2
	CHECK(107, a0, 0xfffffffffffffff8)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; addw a0, a1, a2
	CHECK(108, a0, 0x100ff79)
	li a1, 0xffffffff; li a2, 0x0; addw a0, a1, a2
	CHECK(109, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1; addw a0, a1, a2
	CHECK(110, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; addw a0, a1, a2
	CHECK(111, a0, 0xfffffffffffffffe)
	li a1, 0xffffffff; li a2, 0x8000000000000000; addw a0, a1, a2
	CHECK(112, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; addw a0, a1, a2
	CHECK(113, a0, 0xfffffffffffffffe)
	li a1, 0xffffffff; li a2, 0x80000000; addw a0, a1, a2
	CHECK(114, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x7fffffff; addw a0, a1, a2
	CHECK(115, a0, 0x7ffffffe)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; addw a0, a1, a2
	CHECK(116, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; addw a0, a1, a2
	CHECK(117, a0, 0xffffffff9abcdeef)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; addw a0, a1, a2
	CHECK(118, a0, 0xfffffffffffffff8)
	li a1, 0xffffffff; li a2, 0xffffffff; addw a0, a1, a2
	CHECK(119, a0, 0xfffffffffffffffe)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; addw a0, a1, a2
	CHECK(120, a0, 0x100ff7f)
	li a1, 0xff00000100ff80; li a2, 0x0; addw a0, a1, a2
	CHECK(121, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; addw a0, a1, a2
	CHECK(122, a0, 0x100ff81)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; addw a0, a1, a2
	CHECK(123, a0, 0x100ff7f)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; addw a0, a1, a2
	CHECK(124, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; addw a0, a1, a2
	CHECK(125, a0, 0x100ff7f)
	li a1, 0xff00000100ff80; li a2, 0x80000000; addw a0, a1, a2
	CHECK(126, a0, 0xffffffff8100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; addw a0, a1, a2
	CHECK(127, a0, 0xffffffff8100ff7f)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; addw a0, a1, a2
	CHECK(128, a0, 0xffffffff8100ff80)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; addw a0, a1, a2
	CHECK(129, a0, 0xffffffff9bbdde70)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; addw a0, a1, a2
	CHECK(130, a0, 0x100ff79)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; addw a0, a1, a2
	CHECK(131, a0, 0x100ff7f)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; addw a0, a1, a2
	CHECK(132, a0, 0x201ff00)
	/* subw */
	li a1, 0x0; li a2, 0x0; subw a0, a1, a2
	CHECK(133, a0, 0x0)
	li a1, 0x0; li a2, 0x1; subw a0, a1, a2
	CHECK(134, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0xffffffffffffffff; subw a0, a1, a2
	CHECK(135, a0, 0x1)
	li a1, 0x0; li a2, 0x8000000000000000; subw a0, a1, a2
	CHECK(136, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; subw a0, a1, a2
	CHECK(137, a0, 0x1)
	li a1, 0x0; li a2, 0x80000000; subw a0, a1, a2
	CHECK(138, a0, 0xffffffff80000000)
	li a1, 0x0; li a2, 0x7fffffff; subw a0, a1, a2
	CHECK(139, a0, 0xffffffff80000001)
	li a1, 0x0; li a2, 0xffffffff80000000; subw a0, a1, a2
	CHECK(140, a0, 0xffffffff80000000)
	li a1, 0x0; li a2, 0x123456789abcdef0; subw a0, a1, a2
	CHECK(141, a0, 0x65432110)
	li a1, 0x0; li a2, 0xfffffffffffffff9; subw a0, a1, a2
	CHECK(142, a0, 0x7)
	li a1, 0x0; li a2, 0xffffffff; subw a0, a1, a2
	CHECK(143, a0, 0x1)
	li a1, 0x0; li a2, 0xff00000100ff80; subw a0, a1, a2
	CHECK(144, a0, 0xfffffffffeff0080)
	li a1, 0x1; li a2, 0x0; subw a0, a1, a2
	CHECK(145, a0, 0x1)
	li a1, 0x1; li a2, 0x1; subw a0, a1, a2
	CHECK(146, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; subw a0, a1, a2
	CHECK(147, a0, 0x2)
	li a1, 0x1; li a2, 0x8000000000000000; subw a0, a1, a2
	CHECK(148, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffffffffffff; subw a0, a1, a2
	CHECK(149, a0, 0x2)
	li a1, 0x1; li a2, 0x80000000; subw a0, a1, a2
	CHECK(150, a0, 0xffffffff80000001)
	li a1, 0x1; li a2, 0x7fffffff; subw a0, a1, a2
	CHECK(151, a0, 0xffffffff80000002)
	li a1, 0x1; li a2, 0xffffffff80000000; subw a0, a1, a2
	CHECK(152, a0, 0xffffffff80000001)
	li a1, 0x1; li a2, 0x123456789abcdef0; subw a0, a1, a2
	CHECK(153, a0, 0x65432111)
	li a1, 0x1; li a2, 0xfffffffffffffff9; subw a0, a1, a2
	CHECK(154, a0, 0x8)
	li a1, 0x1; li a2, 0xffffffff; subw a0, a1, a2
	CHECK(155, a0, 0x2)
	li a1, 0x1; li a2, 0xff00000100ff80; subw a0, a1, a2
	CHECK(156, a0, 0xfffffffffeff0081)
	li a1, 0xffffffffffffffff; li a2, 0x0; subw a0, a1, a2
	CHECK(157, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; subw a0, a1, a2
	CHECK(158, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; subw a0, a1, a2
	CHECK(159, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; subw a0, a1, a2
	CHECK(160, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; subw a0, a1, a2
	CHECK(161, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; subw a0, a1, a2
	CHECK(162, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; subw a0, a1, a2
	CHECK(163, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; subw a0, a1, a2
	CHECK(164, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; subw a0, a1, a2
	CHECK(165, a0, 0x6543210f)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; subw a0, a1, a2
	CHECK(166, a0, 0x6)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; subw a0, a1, a2
	CHECK(167, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; subw a0, a1, a2
	CHECK(168, a0, 0xfffffffffeff007f)
	li a1, 0x8000000000000000; li a2, 0x0; subw a0, a1, a2
	CHECK(169, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; subw a0, a1, a2
	CHECK(170, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; subw a0, a1, a2
	CHECK(171, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; subw a0, a1, a2
	CHECK(172, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; subw a0, a1, a2
	CHECK(173, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x80000000; subw a0, a1, a2
	CHECK(174, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; subw a0, a1, a2
	CHECK(175, a0, 0xffffffff80000001)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; subw a0, a1, a2
	CHECK(176, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; subw a0, a1, a2
	CHECK(177, a0, 0x65432110)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; subw a0, a1, a2
	CHECK(178, a0, 0x7)
	li a1, 0x8000000000000000; li a2, 0xffffffff; subw a0, a1, a2
	CHECK(179, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; subw a0, a1, a2
	CHECK(180, a0, 0xfffffffffeff0080)
	li a1, 0x7fffffffffffffff; li a2, 0x0; subw a0, a1, a2
	CHECK(181, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; subw a0, a1, a2
	CHECK(182, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; subw a0, a1, a2
	CHECK(183, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; subw a0, a1, a2
	CHECK(184, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; subw a0, a1, a2
	CHECK(185, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; subw a0, a1, a2
	CHECK(186, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; subw a0, a1, a2
	CHECK(187, a0, 0xffffffff80000000)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; subw a0, a1, a2
	CHECK(188, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; subw a0, a1, a2
	CHECK(189, a0, 0x6543210f)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; subw a0, a1, a2
	CHECK(190, a0, 0x6)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; subw a0, a1, a2
	CHECK(191, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; subw a0, a1, a2
	CHECK(192, a0, 0xfffffffffeff007f)
	li a1, 0x80000000; li a2, 0x0; subw a0, a1, a2
	CHECK(193, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x1; subw a0, a1, a2
	CHECK(194, a0, 0x7fffffff)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; subw a0, a1, a2
	CHECK(195, a0, 0xffffffff80000001)
	li a1, 0x80000000; li a2, 0x8000000000000000; subw a0, a1, a2
	CHECK(196, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; subw a0, a1, a2
	CHECK(197, a0, 0xffffffff80000001)
	li a1, 0x80000000; li a2, 0x80000000; subw a0, a1, a2
	CHECK(198, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffff; subw a0, a1, a2
	CHECK(199, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffff80000000; subw a0, a1, a2
	CHECK(200, a0, 0x0)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; subw a0, a1, a2
	CHECK(201, a0, 0xffffffffe5432110)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; subw a0, a1, a2
	CHECK(202, a0, 0xffffffff80000007)
	li a1, 0x80000000; li a2, 0xffffffff; subw a0, a1, a2
	CHECK(203, a0, 0xffffffff80000001)
	li a1, 0x80000000; li a2, 0xff00000100ff80; subw a0, a1, a2
	CHECK(204, a0, 0x7eff0080)
	li a1, 0x7fffffff; li a2, 0x0; subw a0, a1, a2
	CHECK(205, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; subw a0, a1, a2
	CHECK(206, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; subw a0, a1, a2
	CHECK(207, a0, 0xffffffff80000000)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; subw a0, a1, a2
	CHECK(208, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; subw a0, a1, a2
	CHECK(209, a0, 0xffffffff80000000)
	li a1, 0x7fffffff; li a2, 0x80000000; subw a0, a1, a2
	CHECK(210, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffff; subw a0, a1, a2
	CHECK(211, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; subw a0, a1, a2
	CHECK(212, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; subw a0, a1, a2
	CHECK(213, a0, 0xffffffffe543210f)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; subw a0, a1, a2
	CHECK(214, a0, 0xffffffff80000006)
	li a1, 0x7fffffff; li a2, 0xffffffff; subw a0, a1, a2
	CHECK(215, a0, 0xffffffff80000000)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; subw a0, a1, a2
	CHECK(216, a0, 0x7eff007f)
	li a1, 0xffffffff80000000; li a2, 0x0; subw a0, a1, a2
	CHECK(217, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; subw a0, a1, a2
	CHECK(218, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; subw a0, a1, a2
	CHECK(219, a0, 0xffffffff80000001)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; subw a0, a1, a2
	CHECK(220, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; subw a0, a1, a2
	CHECK(221, a0, 0xffffffff80000001)
	li a1, 0xffffffff80000000; li a2, 0x80000000; subw a0, a1, a2
	CHECK(222, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; subw a0, a1, a2
	CHECK(223, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; subw a0, a1, a2
	CHECK(224, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; subw a0, a1, a2
	CHECK(225, a0, 0xffffffffe5432110)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; subw a0, a1, a2
	CHECK(226, a0, 0xffffffff80000007)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; subw a0, a1, a2
	CHECK(227, a0, 0xffffffff80000001)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; subw a0, a1, a2
	CHECK(228, a0, 0x7eff0080)
	li a1, 0x123456789abcdef0; li a2, 0x0; subw a0, a1, a2
	CHECK(229, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; subw a0, a1, a2
	CHECK(230, a0, 0xffffffff9abcdeef)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; subw a0, a1, a2
	CHECK(231, a0, 0xffffffff9abcdef1)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; subw a0, a1, a2
	CHECK(232, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; subw a0, a1, a2
	CHECK(233, a0, 0xffffffff9abcdef1)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; subw a0, a1, a2
	CHECK(234, a0, 0x1abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; subw a0, a1, a2
	CHECK(235, a0, 0x1abcdef1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; subw a0, a1, a2
	CHECK(236, a0, 0x1abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; subw a0, a1, a2
	CHECK(237, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; subw a0, a1, a2
	CHECK(238, a0, 0xffffffff9abcdef7)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; subw a0, a1, a2
	CHECK(239, a0, 0xffffffff9abcdef1)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; subw a0, a1, a2
	CHECK(240, a0, 0xffffffff99bbdf70)
	li a1, 0xfffffffffffffff9; li a2, 0x0; subw a0, a1, a2
	CHECK(241, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; subw a0, a1, a2
	CHECK(242, a0, 0xfffffffffffffff8)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; subw a0, a1, a2
	CHECK(243, a0, 0xfffffffffffffffa)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; subw a0, a1, a2
	CHECK(244, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; subw a0, a1, a2
	CHECK(245, a0, 0xfffffffffffffffa)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; subw a0, a1, a2
	CHECK(246, a0, 0x7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; subw a0, a1, a2
	CHECK(247, a0, 0x7ffffffa)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; subw a0, a1, a2
	CHECK(248, a0, 0x7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; subw a0, a1, a2
	CHECK(249, a0, 0x65432109)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; subw a0, a1, a2
	CHECK(250, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; subw a0, a1, a2
	CHECK(251, a0, 0xfffffffffffffffa)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; subw a0, a1, a2
	CHECK(252, a0, 0xfffffffffeff0079)
	li a1, 0xffffffff; li a2, 0x0; subw a0, a1, a2
	CHECK(253, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1; subw a0, a1, a2
	CHECK(254, a0, 0xfffffffffffffffe)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; subw a0, a1, a2
	CHECK(255, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x8000000000000000; subw a0, a1, a2
	CHECK(1, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; subw a0, a1, a2
	CHECK(2, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x80000000; subw a0, a1, a2
	CHECK(3, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x7fffffff; subw a0, a1, a2
	CHECK(4, a0, 0xffffffff80000000)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; subw a0, a1, a2
	CHECK(5, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; subw a0, a1, a2
	CHECK(6, a0, 0x6543210f)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; subw a0, a1, a2
	CHECK(7, a0, 0x6)
	li a1, 0xffffffff; li a2, 0xffffffff; subw a0, a1, a2
	CHECK(8, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; subw a0, a1, a2
	CHECK(9, a0, 0xfffffffffeff007f)
	li a1, 0xff00000100ff80; li a2, 0x0; subw a0, a1, a2
	CHECK(10, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; subw a0, a1, a2
	CHECK(11, a0, 0x100ff7f)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; subw a0, a1, a2
	CHECK(12, a0, 0x100ff81)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; subw a0, a1, a2
	CHECK(13, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; subw a0, a1, a2
	CHECK(14, a0, 0x100ff81)
	li a1, 0xff00000100ff80; li a2, 0x80000000; subw a0, a1, a2
	CHECK(15, a0, 0xffffffff8100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; subw a0, a1, a2
	CHECK(16, a0, 0xffffffff8100ff81)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; subw a0, a1, a2
	CHECK(17, a0, 0xffffffff8100ff80)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; subw a0, a1, a2
	CHECK(18, a0, 0x66442090)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; subw a0, a1, a2
	CHECK(19, a0, 0x100ff87)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; subw a0, a1, a2
	CHECK(20, a0, 0x100ff81)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; subw a0, a1, a2
	CHECK(21, a0, 0x0)
	/* addi */
	li a1, 0x0; addi a0, a1, 0
	CHECK(22, a0, 0x0)
	li a1, 0x0; addi a0, a1, 1
	CHECK(23, a0, 0x1)
	li a1, 0x0; addi a0, a1, -1
	CHECK(24, a0, 0xffffffffffffffff)
	li a1, 0x0; addi a0, a1, 2047
	CHECK(25, a0, 0x7ff)
	li a1, 0x0; addi a0, a1, -2048
	CHECK(26, a0, 0xfffffffffffff800)
	li a1, 0x0; addi a0, a1, 1365
	CHECK(27, a0, 0x555)
	li a1, 0x0; addi a0, a1, -1000
	CHECK(28, a0, 0xfffffffffffffc18)
	li a1, 0x1; addi a0, a1, 0
	CHECK(29, a0, 0x1)
	li a1, 0x1; addi a0, a1, 1
	CHECK(30, a0, 0x2)
	li a1, 0x1; addi a0, a1, -1
	CHECK(31, a0, 0x0)
	li a1, 0x1; addi a0, a1, 2047
	CHECK(32, a0, 0x800)
	li a1, 0x1; addi a0, a1, -2048
	CHECK(33, a0, 0xfffffffffffff801)
	li a1, 0x1; addi a0, a1, 1365
	CHECK(34, a0, 0x556)
	li a1, 0x1; addi a0, a1, -1000
	CHECK(35, a0, 0xfffffffffffffc19)
	li a1, 0xffffffffffffffff; addi a0, a1, 0
	CHECK(36, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; addi a0, a1, 1
	CHECK(37, a0, 0x0)
	li a1, 0xffffffffffffffff; addi a0, a1, -1
	CHECK(38, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; addi a0, a1, 2047
	CHECK(39, a0, 0x7fe)
	li a1, 0xffffffffffffffff; addi a0, a1, -2048
	CHECK(40, a0, 0xfffffffffffff7ff)
	li a1, 0xffffffffffffffff; addi a0, a1, 1365
	CHECK(41, a0, 0x554)
	li a1, 0xffffffffffffffff; addi a0, a1, -1000
	CHECK(42, a0, 0xfffffffffffffc17)
	li a1, 0x8000000000000000; addi a0, a1, 0
	CHECK(43, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; addi a0, a1, 1
	CHECK(44, a0, 0x8000000000000001)
	li a1, 0x8000000000000000; addi a0, a1, -1
	CHECK(45, a0, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; addi a0, a1, 2047
	CHECK(46, a0, 0x80000000000007ff)
	li a1, 0x8000000000000000; addi a0, a1, -2048
	CHECK(47, a0, 0x7ffffffffffff800)
	li a1, 0x8000000000000000; addi a0, a1, 1365
	CHECK(48, a0, 0x8000000000000555)
	li a1, 0x8000000000000000; addi a0, a1, -1000
	CHECK(49, a0, 0x7ffffffffffffc18)
	li a1, 0x7fffffffffffffff; addi a0, a1, 0
	CHECK(50, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; addi a0, a1, 1
	CHECK(51, a0, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; addi a0, a1, -1
	CHECK(52, a0, 0x7ffffffffffffffe)
	li a1, 0x7fffffffffffffff; addi a0, a1, 2047
	CHECK(53, a0, 0x80000000000007fe)
	li a1, 0x7fffffffffffffff; addi a0, a1, -2048
	CHECK(54, a0, 0x7ffffffffffff7ff)
	li a1, 0x7fffffffffffffff; addi a0, a1, 1365
	CHECK(55, a0, 0x8000000000000554)
	li a1, 0x7fffffffffffffff; addi a0, a1, -1000
	CHECK(56, a0, 0x7ffffffffffffc17)
	li a1, 0x80000000; addi a0, a1, 0
	CHECK(57, a0, 0x80000000)
	li a1, 0x80000000; addi a0, a1, 1
	CHECK(58, a0, 0x80000001)
	li a1, 0x80000000; addi a0, a1, -1
	CHECK(59, a0, 0x7fffffff)
	li a1, 0x80000000; addi a0, a1, 2047
	CHECK(60, a0, 0x800007ff)
	li a1, 0x80000000; addi a0, a1, -2048
	CHECK(61, a0, 0x7ffff800)
	li a1, 0x80000000; addi a0, a1, 1365
	CHECK(62, a0, 0x80000555)
	li a1, 0x80000000; addi a0, a1, -1000
	CHECK(63, a0, 0x7ffffc18)
	li a1, 0x7fffffff; addi a0, a1, 0
	CHECK(64, a0, 0x7fffffff)
	li a1, 0x7fffffff; addi a0, a1, 1
	CHECK(65, a0, 0x80000000)
	li a1, 0x7fffffff; addi a0, a1, -1
	CHECK(66, a0, 0x7ffffffe)
	li a1, 0x7fffffff; addi a0, a1, 2047
	CHECK(67, a0, 0x800007fe)
	li a1, 0x7fffffff; addi a0, a1, -2048
	CHECK(68, a0, 0x7ffff7ff)
	li a1, 0x7fffffff; addi a0, a1, 1365
	CHECK(69, a0, 0x80000554)
	li a1, 0x7fffffff; addi a0, a1, -1000
	CHECK(70, a0, 0x7ffffc17)
	li a1, 0xffffffff80000000; addi a0, a1, 0
	CHECK(71, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; addi a0, a1, 1
	CHECK(72, a0, 0xffffffff80000001)
	li a1, 0xffffffff80000000; addi a0, a1, -1
	CHECK(73, a0, 0xffffffff7fffffff)
	li a1, 0xffffffff80000000; addi a0, a1, 2047
	CHECK(74, a0, 0xffffffff800007ff)
	li a1, 0xffffffff80000000; addi a0, a1, -2048
	CHECK(75, a0, 0xffffffff7ffff800)
	li a1, 0xffffffff80000000; addi a0, a1, 1365
	CHECK(76, a0, 0xffffffff80000555)
	li a1, 0xffffffff80000000; addi a0, a1, -1000
	CHECK(77, a0, 0xffffffff7ffffc18)
	li a1, 0x123456789abcdef0; addi a0, a1, 0
	CHECK(78, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; addi a0, a1, 1
	CHECK(79, a0, 0x123456789abcdef1)
	li a1, 0x123456789abcdef0; addi a0, a1, -1
	CHECK(80, a0, 0x123456789abcdeef)
	li a1, 0x123456789abcdef0; addi a0, a1, 2047
	CHECK(81, a0, 0x123456789abce6ef)
	li a1, 0x123456789abcdef0; addi a0, a1, -2048
	CHECK(82, a0, 0x123456789abcd6f0)
	li a1, 0x123456789abcdef0; addi a0, a1, 1365
	CHECK(83, a0, 0x123456789abce445)
	li a1, 0x123456789abcdef0; addi a0, a1, -1000
	CHECK(84, a0, 0x123456789abcdb08)
	li a1, 0xfffffffffffffff9; addi a0, a1, 0
	CHECK(85, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; addi a0, a1, 1
	CHECK(86, a0, 0xfffffffffffffffa)
	li a1, 0xfffffffffffffff9; addi a0, a1, -1
	CHECK(87, a0, 0xfffffffffffffff8)
	li a1, 0xfffffffffffffff9; addi a0, a1, 2047
	CHECK(88, a0, 0x7f8)
	li a1, 0xfffffffffffffff9; addi a0, a1, -2048
	CHECK(89, a0, 0xfffffffffffff7f9)
	li a1, 0xfffffffffffffff9; addi a0, a1, 1365
	CHECK(90, a0, 0x54e)
	li a1, 0xfffffffffffffff9; addi a0, a1, -1000
	CHECK(91, a0, 0xfffffffffffffc11)
	li a1, 0xffffffff; addi a0, a1, 0
	CHECK(92, a0, 0xffffffff)
	li a1, 0xffffffff; addi a0, a1, 1
	CHECK(93, a0, 0x100000000)
	li a1, 0xffffffff; addi a0, a1, -1
	CHECK(94, a0, 0xfffffffe)
	li a1, 0xffffffff; addi a0, a1, 2047
	CHECK(95, a0, 0x1000007fe)
	li a1, 0xffffffff; addi a0, a1, -2048
	CHECK(96, a0, 0xfffff7ff)
	li a1, 0xffffffff; addi a0, a1, 1365
	CHECK(97, a0, 0x100000554)
	li a1, 0xffffffff; addi a0, a1, -1000
	CHECK(98, a0, 0xfffffc17)
	li a1, 0xff00000100ff80; addi a0, a1, 0
	CHECK(99, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; addi a0, a1, 1
	CHECK(100, a0, 0xff00000100ff81)
	li a1, 0xff00000100ff80; addi a0, a1, -1
	CHECK(101, a0, 0xff00000100ff7f)
	li a1, 0xff00000100ff80; addi a0, a1, 2047
	CHECK(102, a0, 0xff00000101077f)
	li a1, 0xff00000100ff80; addi a0, a1, -2048
	CHECK(103, a0, 0xff00000100f780)
	li a1, 0xff00000100ff80; addi a0, a1, 1365
	CHECK(104, a0, 0xff0000010104d5)
	li a1, 0xff00000100ff80; addi a0, a1, -1000
	CHECK(105, a0, 0xff00000100fb98)
	/* slti */
	li a1, 0x0; slti a0, a1, 0
	CHECK(106, a0, 0x0)
	li a1, 0x0; slti a0, a1, 1
	CHECK(107, a0, 0x1)
	li a1, 0x0; slti a0, a1, -1
	CHECK(108, a0, 0x0)
	li a1, 0x0; slti a0, a1, 2047
	CHECK(109, a0, 0x1)
	li a1, 0x0; slti a0, a1, -2048
	CHECK(110, a0, 0x0)
	li a1, 0x0; slti a0, a1, 1365
	CHECK(111, a0, 0x1)
	li a1, 0x0; slti a0, a1, -1000
	CHECK(112, a0, 0x0)
	li a1, 0x1; slti a0, a1, 0
	CHECK(113, a0, 0x0)
	li a1, 0x1; slti a0, a1, 1
	CHECK(114, a0, 0x0)
	li a1, 0x1; slti a0, a1, -1
	CHECK(115, a0, 0x0)
	li a1, 0x1; slti a0, a1, 2047
	CHECK(116, a0, 0x1)
	li a1, 0x1; slti a0, a1, -2048
	CHECK(117, a0, 0x0)
	li a1, 0x1; slti a0, a1, 1365
	CHECK(118, a0, 0x1)
	li a1, 0x1; slti a0, a1, -1000
	CHECK(119, a0, 0x0)
	li a1, 0xffffffffffffffff; slti a0, a1, 0
	CHECK(120, a0, 0x1)
	li a1, 0xffffffffffffffff; slti a0, a1, 1
	CHECK(121, a0, 0x1)
	li a1, 0xffffffffffffffff; slti a0, a1, -1
	CHECK(122, a0, 0x0)
	li a1, 0xffffffffffffffff; slti a0, a1, 2047
	CHECK(123, a0, 0x1)
	li a1, 0xffffffffffffffff; slti a0, a1, -2048
	CHECK(124, a0, 0x0)
	li a1, 0xffffffffffffffff; slti a0, a1, 1365
	CHECK(125, a0, 0x1)
	li a1, 0xffffffffffffffff; slti a0, a1, -1000
	CHECK(126, a0, 0x0)
	li a1, 0x8000000000000000; slti a0, a1, 0
	CHECK(127, a0, 0x1)
	li a1, 0x8000000000000000; slti a0, a1, 1
	CHECK(128, a0, 0x1)
	li a1, 0x8000000000000000; slti a0, a1, -1
	CHECK(129, a0, 0x1)
	li a1, 0x8000000000000000; slti a0, a1, 2047
	CHECK(130, a0, 0x1)
	li a1, 0x8000000000000000; slti a0, a1, -2048
	CHECK(131, a0, 0x1)
	li a1, 0x8000000000000000; slti a0, a1, 1365
	CHECK(132, a0, 0x1)
	li a1, 0x8000000000000000; slti a0, a1, -1000
	CHECK(133, a0, 0x1)
	li a1, 0x7fffffffffffffff; slti a0, a1, 0
	CHECK(134, a0, 0x0)
	li a1, 0x7fffffffffffffff; slti a0, a1, 1
	CHECK(135, a0, 0x0)
	li a1, 0x7fffffffffffffff; slti a0, a1, -1
	CHECK(136, a0, 0x0)
	li a1, 0x7fffffffffffffff; slti a0, a1, 2047
	CHECK(137, a0, 0x0)
	li a1, 0x7fffffffffffffff; slti a0, a1, -2048
	CHECK(138, a0, 0x0)
	li a1, 0x7fffffffffffffff; slti a0, a1, 1365
	CHECK(139, a0, 0x0)
	li a1, 0x7fffffffffffffff; slti a0, a1, -1000
	CHECK(140, a0, 0x0)
	li a1, 0x80000000; slti a0, a1, 0
	CHECK(141, a0, 0x0)
	li a1, 0x80000000; slti a0, a1, 1
	CHECK(142, a0, 0x0)
	li a1, 0x80000000; slti a0, a1, -1
	CHECK(143, a0, 0x0)
	li a1, 0x80000000; slti a0, a1, 2047
	CHECK(144, a0, 0x0)
	li a1, 0x80000000; slti a0, a1, -2048
	CHECK(145, a0, 0x0)
	li a1, 0x80000000; slti a0, a1, 1365
	CHECK(146, a0, 0x0)
	li a1, 0x80000000; slti a0, a1, -1000
	CHECK(147, a0, 0x0)
	li a1, 0x7fffffff; slti a0, a1, 0
	CHECK(148, a0, 0x0)
	li a1, 0x7fffffff; slti a0, a1, 1
	CHECK(149, a0, 0x0)
	li a1, 0x7fffffff; slti a0, a1, -1
	CHECK(150, a0, 0x0)
	li a1, 0x7fffffff; slti a0, a1, 2047
	CHECK(151, a0, 0x0)
	li a1, 0x7fffffff; slti a0, a1, -2048
	CHECK(152, a0, 0x0)
	li a1, 0x7fffffff; slti a0, a1, 1365
	CHECK(153, a0, 0x0)
	li a1, 0x7fffffff; slti a0, a1, -1000
	CHECK(154, a0, 0x0)
	li a1, 0xffffffff80000000; slti a0, a1, 0
	CHECK(155, a0, 0x1)
	li a1, 0xffffffff80000000; slti a0, a1, 1
	CHECK(156, a0, 0x1)
	li a1, 0xffffffff80000000; slti a0, a1, -1
	CHECK(157, a0, 0x1)
	li a1, 0xffffffff80000000; slti a0, a1, 2047
	CHECK(158, a0, 0x1)
	li a1, 0xffffffff80000000; slti a0, a1, -2048
	CHECK(159, a0, 0x1)
	li a1, 0xffffffff80000000; slti a0, a1, 1365
	CHECK(160, a0, 0x1)
	li a1, 0xffffffff80000000; slti a0, a1, -1000
	CHECK(161, a0, 0x1)
	li a1, 0x123456789abcdef0; slti a0, a1, 0
	CHECK(162, a0, 0x0)
	li a1, 0x123456789abcdef0; slti a0, a1, 1
	CHECK(163, a0, 0x0)
	li a1, 0x123456789abcdef0; slti a0, a1, -1
	CHECK(164, a0, 0x0)
	li a1, 0x123456789abcdef0; slti a0, a1, 2047
	CHECK(165, a0, 0x0)
	li a1, 0x123456789abcdef0; slti a0, a1, -2048
	CHECK(166, a0, 0x0)
	li a1, 0x123456789abcdef0; slti a0, a1, 1365
	CHECK(167, a0, 0x0)
	li a1, 0x123456789abcdef0; slti a0, a1, -1000
	CHECK(168, a0, 0x0)
	li a1, 0xfffffffffffffff9; slti a0, a1, 0
	CHECK(169, a0, 0x1)
	li a1, 0xfffffffffffffff9; slti a0, a1, 1
	CHECK(170, a0, 0x1)
	li a1, 0xfffffffffffffff9; slti a0, a1, -1
	CHECK(171, a0, 0x1)
	li a1, 0xfffffffffffffff9; slti a0, a1, 2047
	CHECK(172, a0, 0x1)
	li a1, 0xfffffffffffffff9; slti a0, a1, -2048
	CHECK(173, a0, 0x0)
	li a1, 0xfffffffffffffff9; slti a0, a1, 1365
	CHECK(174, a0, 0x1)
	li a1, 0xfffffffffffffff9; slti a0, a1, -1000
	CHECK(175, a0, 0x0)
	li a1, 0xffffffff; slti a0, a1, 0
	CHECK(176, a0, 0x0)
	li a1, 0xffffffff; slti a0, a1, 1
	CHECK(177, a0, 0x0)
	li a1, 0xffffffff; slti a0, a1, -1
	CHECK(178, a0, 0x0)
	li a1, 0xffffffff; slti a0, a1, 2047
	CHECK(179, a0, 0x0)
	li a1, 0xffffffff; slti a0, a1, -2048
	CHECK(180, a0, 0x0)
	li a1, 0xffffffff; slti a0, a1, 1365
	CHECK(181, a0, 0x0)
	li a1, 0xffffffff; slti a0, a1, -1000
	CHECK(182, a0, 0x0)
	li a1, 0xff00000100ff80; slti a0, a1, 0
	CHECK(183, a0, 0x0)
	li a1, 0xff00000100ff80; slti a0, a1, 1
	CHECK(184, a0, 0x0)
	li a1, 0xff00000100ff80; slti a0, a1, -1
	CHECK(185, a0, 0x0)
	li a1, 0xff00000100ff80; slti a0, a1, 2047
	CHECK(186, a0, 0x0)
	li a1, 0xff00000100ff80; slti a0, a1, -2048
	CHECK(187, a0, 0x0)
	li a1, 0xff00000100ff80; slti a0, a1, 1365
	CHECK(188, a0, 0x0)
	li a1, 0xff00000100ff80; slti a0, a1, -1000
	CHECK(189, a0, 0x0)
	/* sltiu */
	li a1, 0x0; sltiu a0, a1, 0
	CHECK(190, a0, 0x0)
	li a1, 0x0; sltiu a0, a1, 1
	CHECK(191, a0, 0x1)
	li a1, 0x0; sltiu a0, a1, -1
	CHECK(192, a0, 0x1)
	li a1, 0x0; sltiu a0, a1, 2047
	CHECK(193, a0, 0x1)
	li a1, 0x0; sltiu a0, a1, -2048
	CHECK(194, a0, 0x1)
	li a1, 0x0; sltiu a0, a1, 1365
	CHECK(195, a0, 0x1)
	li a1, 0x0; sltiu a0, a1, -1000
	CHECK(196, a0, 0x1)
	li a1, 0x1; sltiu a0, a1, 0
	CHECK(197, a0, 0x0)
	li a1, 0x1; sltiu a0, a1, 1
	CHECK(198, a0, 0x0)
	li a1, 0x1; sltiu a0, a1, -1
	CHECK(199, a0, 0x1)
	li a1, 0x1; sltiu a0, a1, 2047
	CHECK(200, a0, 0x1)
	li a1, 0x1; sltiu a0, a1, -2048
	CHECK(201, a0, 0x1)
	li a1, 0x1; sltiu a0, a1, 1365
	CHECK(202, a0, 0x1)
	li a1, 0x1; sltiu a0, a1, -1000
	CHECK(203, a0, 0x1)
	li a1, 0xffffffffffffffff; sltiu a0, a1, 0
	CHECK(204, a0, 0x0)
	li a1, 0xffffffffffffffff; sltiu a0, a1, 1
	CHECK(205, a0, 0x0)
	li a1, 0xffffffffffffffff; sltiu a0, a1, -1
	CHECK(206, a0, 0x0)
	li a1, 0xffffffffffffffff; sltiu a0, a1, 2047
	CHECK(207, a0, 0x0)
	li a1, 0xffffffffffffffff; sltiu a0, a1, -2048
	CHECK(208, a0, 0x0)
	li a1, 0xffffffffffffffff; sltiu a0, a1, 1365
	CHECK(209, a0, 0x0)
	li a1, 0xffffffffffffffff; sltiu a0, a1, -1000
	CHECK(210, a0, 0x0)
	li a1, 0x8000000000000000; sltiu a0, a1, 0
	CHECK(211, a0, 0x0)
	li a1, 0x8000000000000000; sltiu a0, a1, 1
	CHECK(212, a0, 0x0)
	li a1, 0x8000000000000000; sltiu a0, a1, -1
	CHECK(213, a0, 0x1)
	li a1, 0x8000000000000000; sltiu a0, a1, 2047
	CHECK(214, a0, 0x0)
	li a1, 0x8000000000000000; sltiu a0, a1, -2048
	CHECK(215, a0, 0x1)
	li a1, 0x8000000000000000; sltiu a0, a1, 1365
	CHECK(216, a0, 0x0)
	li a1, 0x8000000000000000; sltiu a0, a1, -1000
	CHECK(217, a0, 0x1)
	li a1, 0x7fffffffffffffff; sltiu a0, a1, 0
	CHECK(218, a0, 0x0)
	li a1, 0x7fffffffffffffff; sltiu a0, a1, 1
	CHECK(219, a0, 0x0)
	li a1, 0x7fffffffffffffff; sltiu a0, a1, -1
	CHECK(220, a0, 0x1)
	li a1, 0x7fffffffffffffff; sltiu a0, a1, 2047
	CHECK(221, a0, 0x0)
	li a1, 0x7fffffffffffffff; sltiu a0, a1, -2048
	CHECK(222, a0, 0x1)
	li a1, 0x7fffffffffffffff; sltiu a0, a1, 1365
	CHECK(223, a0, 0x0)
	li a1, 0x7fffffffffffffff; sltiu a0, a1, -1000
	CHECK(224, a0, 0x1)
	li a1, 0x80000000; sltiu a0, a1, 0
	CHECK(225, a0, 0x0)
	li a1, 0x80000000; sltiu a0, a1, 1
	CHECK(226, a0, 0x0)
	li a1, 0x80000000; sltiu a0, a1, -1
	CHECK(227, a0, 0x1)
	li a1, 0x80000000; sltiu a0, a1, 2047
	CHECK(228, a0, 0x0)
	li a1, 0x80000000; sltiu a0, a1, -2048
	CHECK(229, a0, 0x1)
	li a1, 0x80000000; sltiu a0, a1, 1365
	CHECK(230, a0, 0x0)
	li a1, 0x80000000; sltiu a0, a1, -1000
	CHECK(231, a0, 0x1)
	li a1, 0x7fffffff; sltiu a0, a1, 0
	CHECK(232, a0, 0x0)
	li a1, 0x7fffffff; sltiu a0, a1, 1
	CHECK(233, a0, 0x0)
	li a1, 0x7fffffff; sltiu a0, a1, -1
	CHECK(234, a0, 0x1)
	li a1, 0x7fffffff; sltiu a0, a1, 2047
	CHECK(235, a0, 0x0)
	li a1, 0x7fffffff; sltiu a0, a1, -2048
	CHECK(236, a0, 0x1)
	li a1, 0x7fffffff; sltiu a0, a1, 1365
	CHECK(237, a0, 0x0)
	li a1, 0x7fffffff; sltiu a0, a1, -1000
	CHECK(238, a0, 0x1)
	li a1, 0xffffffff80000000; sltiu a0, a1, 0
	CHECK(239, a0, 0x0)
	li a1, 0xffffffff80000000; sltiu a0, a1, 1
	CHECK(240, a0, 0x0)
	li a1, 0xffffffff80000000; sltiu a0, a1, -1
	CHECK(241, a0, 0x1)
	li a1, 0xffffffff80000000; sltiu a0, a1, 2047
	CHECK(242, a0, 0x0)
	li a1, 0xffffffff80000000; sltiu a0, a1, -2048
	CHECK(243, a0, 0x1)
	li a1, 0xffffffff80000000; sltiu a0, a1, 1365
	CHECK(244, a0, 0x0)
	li a1, 0xffffffff80000000; sltiu a0, a1, -1000
	CHECK(245, a0, 0x1)
	li a1, 0x123456789abcdef0; sltiu a0, a1, 0
	CHECK(246, a0, 0x0)
	li a1, 0x123456789abcdef0; sltiu a0, a1, 1
	CHECK(247, a0, 0x0)
	li a1, 0x123456789abcdef0; sltiu a0, a1, -1
	CHECK(248, a0, 0x1)
	li a1, 0x123456789abcdef0; sltiu a0, a1, 2047
	CHECK(249, a0, 0x0)
	li a1, 0x123456789abcdef0; sltiu a0, a1, -2048
	CHECK(250, a0, 0x1)
	li a1, 0x123456789abcdef0; sltiu a0, a1, 1365
	CHECK(251, a0, 0x0)
	li a1, 0x123456789abcdef0; sltiu a0, a1, -1000
	CHECK(252, a0, 0x1)
	li a1, 0xfffffffffffffff9; sltiu a0, a1, 0
	CHECK(253, a0, 0x0)
	li a1, 0xfffffffffffffff9; sltiu a0, a1, 1
	CHECK(254, a0, 0x0)
	li a1, 0xfffffffffffffff9; sltiu a0, a1, -1
	CHECK(255, a0, 0x1)
	li a1, 0xfffffffffffffff9; sltiu a0, a1, 2047
	CHECK(1, a0, 0x0)
	li a1, 0xfffffffffffffff9; sltiu a0, a1, -2048
	CHECK(2, a0, 0x0)
	li a1, 0xfffffffffffffff9; sltiu a0, a1, 1365
	CHECK(3, a0, 0x0)
	li a1, 0xfffffffffffffff9; sltiu a0, a1, -1000
	CHECK(4, a0, 0x0)
	li a1, 0xffffffff; sltiu a0, a1, 0
	CHECK(5, a0, 0x0)
	li a1, 0xffffffff; sltiu a0, a1, 1
	CHECK(6, a0, 0x0)
	li a1, 0xffffffff; sltiu a0, a1, -1
	CHECK(7, a0, 0x1)
	li a1, 0xffffffff; sltiu a0, a1, 2047
	CHECK(8, a0, 0x0)
	li a1, 0xffffffff; sltiu a0, a1, -2048
	CHECK(9, a0, 0x1)
	li a1, 0xffffffff; sltiu a0, a1, 1365
	CHECK(10, a0, 0x0)
	li a1, 0xffffffff; sltiu a0, a1, -1000
	CHECK(11, a0, 0x1)
	li a1, 0xff00000100ff80; sltiu a0, a1, 0
	CHECK(12, a0, 0x0)
	li a1, 0xff00000100ff80; sltiu a0, a1, 1
	CHECK(13, a0, 0x0)
	li a1, 0xff00000100ff80; sltiu a0, a1, -1
	CHECK(14, a0, 0x1)
	li a1, 0xff00000100ff80; sltiu a0, a1, 2047
	CHECK(15, a0, 0x0)
	li a1, 0xff00000100ff80; sltiu a0, a1, -2048
	CHECK(16, a0, 0x1)
	li a1, 0xff00000100ff80; sltiu a0, a1, 1365
	CHECK(17, a0, 0x0)
	li a1, 0xff00000100ff80; sltiu a0, a1, -1000
	CHECK(18, a0, 0x1)
	/* xori */
	li a1, 0x0; xori a0, a1, 0
	CHECK(19, a0, 0x0)
	li a1, 0x0; xori a0, a1, 1
	CHECK(20, a0, 0x1)
	li a1, 0x0; xori a0, a1, -1
	CHECK(21, a0, 0xffffffffffffffff)
	li a1, 0x0; xori a0, a1, 2047
	CHECK(22, a0, 0x7ff)
	li a1, 0x0; xori a0, a1, -2048
	CHECK(23, a0, 0xfffffffffffff800)
	li a1, 0x0; xori a0, a1, 1365
	CHECK(24, a0, 0x555)
	li a1, 0x0; xori a0, a1, -1000
	CHECK(25, a0, 0xfffffffffffffc18)
	li a1, 0x1; xori a0, a1, 0
	CHECK(26, a0, 0x1)
	li a1, 0x1; xori a0, a1, 1
	CHECK(27, a0, 0x0)
	li a1, 0x1; xori a0, a1, -1
	CHECK(28, a0, 0xfffffffffffffffe)
	li a1, 0x1; xori a0, a1, 2047
	CHECK(29, a0, 0x7fe)
	li a1, 0x1; xori a0, a1, -2048
	CHECK(30, a0, 0xfffffffffffff801)
	li a1, 0x1; xori a0, a1, 1365
	CHECK(31, a0, 0x554)
	li a1, 0x1; xori a0, a1, -1000
	CHECK(32, a0, 0xfffffffffffffc19)
	li a1, 0xffffffffffffffff; xori a0, a1, 0
	CHECK(33, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; xori a0, a1, 1
	CHECK(34, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; xori a0, a1, -1
	CHECK(35, a0, 0x0)
	li a1, 0xffffffffffffffff; xori a0, a1, 2047
	CHECK(36, a0, 0xfffffffffffff800)
	li a1, 0xffffffffffffffff; xori a0, a1, -2048
	CHECK(37, a0, 0x7ff)
	li a1, 0xffffffffffffffff; xori a0, a1, 1365
	CHECK(38, a0, 0xfffffffffffffaaa)
	li a1, 0xffffffffffffffff; xori a0, a1, -1000
	CHECK(39, a0, 0x3e7)
	li a1, 0x8000000000000000; xori a0, a1, 0
	CHECK(40, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; xori a0, a1, 1
	CHECK(41, a0, 0x8000000000000001)
	li a1, 0x8000000000000000; xori a0, a1, -1
	CHECK(42, a0, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; xori a0, a1, 2047
	CHECK(43, a0, 0x80000000000007ff)
	li a1, 0x8000000000000000; xori a0, a1, -2048
	CHECK(44, a0, 0x7ffffffffffff800)
	li a1, 0x8000000000000000; xori a0, a1, 1365
	CHECK(45, a0, 0x8000000000000555)
	li a1, 0x8000000000000000; xori a0, a1, -1000
	CHECK(46, a0, 0x7ffffffffffffc18)
	li a1, 0x7fffffffffffffff; xori a0, a1, 0
	CHECK(47, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; xori a0, a1, 1
	CHECK(48, a0, 0x7ffffffffffffffe)
	li a1, 0x7fffffffffffffff; xori a0, a1, -1
	CHECK(49, a0, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; xori a0, a1, 2047
	CHECK(50, a0, 0x7ffffffffffff800)
	li a1, 0x7fffffffffffffff; xori a0, a1, -2048
	CHECK(51, a0, 0x80000000000007ff)
	li a1, 0x7fffffffffffffff; xori a0, a1, 1365
	CHECK(52, a0, 0x7ffffffffffffaaa)
	li a1, 0x7fffffffffffffff; xori a0, a1, -1000
	CHECK(53, a0, 0x80000000000003e7)
	li a1, 0x80000000; xori a0, a1, 0
	CHECK(54, a0, 0x80000000)
	li a1, 0x80000000; xori a0, a1, 1
	CHECK(55, a0, 0x80000001)
	li a1, 0x80000000; xori a0, a1, -1
	CHECK(56, a0, 0xffffffff7fffffff)
	li a1, 0x80000000; xori a0, a1, 2047
	CHECK(57, a0, 0x800007ff)
	li a1, 0x80000000; xori a0, a1, -2048
	CHECK(58, a0, 0xffffffff7ffff800)
	li a1, 0x80000000; xori a0, a1, 1365
	CHECK(59, a0, 0x80000555)
	li a1, 0x80000000; xori a0, a1, -1000
	CHECK(60, a0, 0xffffffff7ffffc18)
	li a1, 0x7fffffff; xori a0, a1, 0
	CHECK(61, a0, 0x7fffffff)
	li a1, 0x7fffffff; xori a0, a1, 1
	CHECK(62, a0, 0x7ffffffe)
	li a1, 0x7fffffff; xori a0, a1, -1
	CHECK(63, a0, 0xffffffff80000000)
	li a1, 0x7fffffff; xori a0, a1, 2047
	CHECK(64, a0, 0x7ffff800)
	li a1, 0x7fffffff; xori a0, a1, -2048
	CHECK(65, a0, 0xffffffff800007ff)
	li a1, 0x7fffffff; xori a0, a1, 1365
	CHECK(66, a0, 0x7ffffaaa)
	li a1, 0x7fffffff; xori a0, a1, -1000
	CHECK(67, a0, 0xffffffff800003e7)
	li a1, 0xffffffff80000000; xori a0, a1, 0
	CHECK(68, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; xori a0, a1, 1
	CHECK(69, a0, 0xffffffff80000001)
	li a1, 0xffffffff80000000; xori a0, a1, -1
	CHECK(70, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; xori a0, a1, 2047
	CHECK(71, a0, 0xffffffff800007ff)
	li a1, 0xffffffff80000000; xori a0, a1, -2048
	CHECK(72, a0, 0x7ffff800)
	li a1, 0xffffffff80000000; xori a0, a1, 1365
	CHECK(73, a0, 0xffffffff80000555)
	li a1, 0xffffffff80000000; xori a0, a1, -1000
	CHECK(74, a0, 0x7ffffc18)
	li a1, 0x123456789abcdef0; xori a0, a1, 0
	CHECK(75, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; xori a0, a1, 1
	CHECK(76, a0, 0x123456789abcdef1)
	li a1, 0x123456789abcdef0; xori a0, a1, -1
	CHECK(77, a0, 0xedcba9876543210f)
	li a1, 0x123456789abcdef0; xori a0, a1, 2047
	CHECK(78, a0, 0x123456789abcd90f)
	li a1, 0x123456789abcdef0; xori a0, a1, -2048
	CHECK(79, a0, 0xedcba987654326f0)
	li a1, 0x123456789abcdef0; xori a0, a1, 1365
	CHECK(80, a0, 0x123456789abcdba5)
	li a1, 0x123456789abcdef0; xori a0, a1, -1000
	CHECK(81, a0, 0xedcba987654322e8)
	li a1, 0xfffffffffffffff9; xori a0, a1, 0
	CHECK(82, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; xori a0, a1, 1
	CHECK(83, a0, 0xfffffffffffffff8)
	li a1, 0xfffffffffffffff9; xori a0, a1, -1
	CHECK(84, a0, 0x6)
	li a1, 0xfffffffffffffff9; xori a0, a1, 2047
	CHECK(85, a0, 0xfffffffffffff806)
	li a1, 0xfffffffffffffff9; xori a0, a1, -2048
	CHECK(86, a0, 0x7f9)
	li a1, 0xfffffffffffffff9; xori a0, a1, 1365
	CHECK(87, a0, 0xfffffffffffffaac)
	li a1, 0xfffffffffffffff9; xori a0, a1, -1000
	CHECK(88, a0, 0x3e1)
	li a1, 0xffffffff; xori a0, a1, 0
	CHECK(89, a0, 0xffffffff)
	li a1, 0xffffffff; xori a0, a1, 1
	CHECK(90, a0, 0xfffffffe)
	li a1, 0xffffffff; xori a0, a1, -1
	CHECK(91, a0, 0xffffffff00000000)
	li a1, 0xffffffff; xori a0, a1, 2047
	CHECK(92, a0, 0xfffff800)
	li a1, 0xffffffff; xori a0, a1, -2048
	CHECK(93, a0, 0xffffffff000007ff)
	li a1, 0xffffffff; xori a0, a1, 1365
	CHECK(94, a0, 0xfffffaaa)
	li a1, 0xffffffff; xori a0, a1, -1000
	CHECK(95, a0, 0xffffffff000003e7)
	li a1, 0xff00000100ff80; xori a0, a1, 0
	CHECK(96, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; xori a0, a1, 1
	CHECK(97, a0, 0xff00000100ff81)
	li a1, 0xff00000100ff80; xori a0, a1, -1
	CHECK(98, a0, 0xff00fffffeff007f)
	li a1, 0xff00000100ff80; xori a0, a1, 2047
	CHECK(99, a0, 0xff00000100f87f)
	li a1, 0xff00000100ff80; xori a0, a1, -2048
	CHECK(100, a0, 0xff00fffffeff0780)
	li a1, 0xff00000100ff80; xori a0, a1, 1365
	CHECK(101, a0, 0xff00000100fad5)
	li a1, 0xff00000100ff80; xori a0, a1, -1000
	CHECK(102, a0, 0xff00fffffeff0398)
	/* ori */
	li a1, 0x0; ori a0, a1, 0
	CHECK(103, a0, 0x0)
	li a1, 0x0; ori a0, a1, 1
	CHECK(104, a0, 0x1)
	li a1, 0x0; ori a0, a1, -1
	CHECK(105, a0, 0xffffffffffffffff)
	li a1, 0x0; ori a0, a1, 2047
	CHECK(106, a0, 0x7ff)
	li a1, 0x0; ori a0, a1, -2048
	CHECK(107, a0, 0xfffffffffffff800)
	li a1, 0x0; ori a0, a1, 1365
	CHECK(108, a0, 0x555)
	li a1, 0x0; ori a0, a1, -1000
	CHECK(109, a0, 0xfffffffffffffc18)
	li a1, 0x1; ori a0, a1, 0
	CHECK(110, a0, 0x1)
	li a1, 0x1; ori a0, a1, 1
	CHECK(111, a0, 0x1)
	li a1, 0x1; ori a0, a1, -1
	CHECK(112, a0, 0xffffffffffffffff)
	li a1, 0x1; ori a0, a1, 2047
	CHECK(113, a0, 0x7ff)
	li a1, 0x1; ori a0, a1, -2048
	CHECK(114, a0, 0xfffffffffffff801)
	li a1, 0x1; ori a0, a1, 1365
	CHECK(115, a0, 0x555)
	li a1, 0x1; ori a0, a1, -1000
	CHECK(116, a0, 0xfffffffffffffc19)
	li a1, 0xffffffffffffffff; ori a0, a1, 0
	CHECK(117, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; ori a0, a1, 1
	CHECK(118, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; ori a0, a1, -1
	CHECK(119, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; ori a0, a1, 2047
	CHECK(120, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; ori a0, a1, -2048
	CHECK(121, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; ori a0, a1, 1365
	CHECK(122, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; ori a0, a1, -1000
	CHECK(123, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; ori a0, a1, 0
	CHECK(124, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; ori a0, a1, 1
	CHECK(125, a0, 0x8000000000000001)
	li a1, 0x8000000000000000; ori a0, a1, -1
	CHECK(126, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; ori a0, a1, 2047
	CHECK(127, a0, 0x80000000000007ff)
	li a1, 0x8000000000000000; ori a0, a1, -2048
	CHECK(128, a0, 0xfffffffffffff800)
	li a1, 0x8000000000000000; ori a0, a1, 1365
	CHECK(129, a0, 0x8000000000000555)
	li a1, 0x8000000000000000; ori a0, a1, -1000
	CHECK(130, a0, 0xfffffffffffffc18)
	li a1, 0x7fffffffffffffff; ori a0, a1, 0
	CHECK(131, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; ori a0, a1, 1
	CHECK(132, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; ori a0, a1, -1
	CHECK(133, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; ori a0, a1, 2047
	CHECK(134, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; ori a0, a1, -2048
	CHECK(135, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; ori a0, a1, 1365
	CHECK(136, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; ori a0, a1, -1000
	CHECK(137, a0, 0xffffffffffffffff)
	li a1, 0x80000000; ori a0, a1, 0
	CHECK(138, a0, 0x80000000)
	li a1, 0x80000000; ori a0, a1, 1
	CHECK(139, a0, 0x80000001)
	li a1, 0x80000000; ori a0, a1, -1
	CHECK(140, a0, 0xffffffffffffffff)
	li a1, 0x80000000; ori a0, a1, 2047
	CHECK(141, a0, 0x800007ff)
	li a1, 0x80000000; ori a0, a1, -2048
	CHECK(142, a0, 0xfffffffffffff800)
	li a1, 0x80000000; ori a0, a1, 1365
	CHECK(143, a0, 0x80000555)
	li a1, 0x80000000; ori a0, a1, -1000
	CHECK(144, a0, 0xfffffffffffffc18)
	li a1, 0x7fffffff; ori a0, a1, 0
	CHECK(145, a0, 0x7fffffff)
	li a1, 0x7fffffff; ori a0, a1, 1
	CHECK(146, a0, 0x7fffffff)
	li a1, 0x7fffffff; ori a0, a1, -1
	CHECK(147, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; ori a0, a1, 2047
	CHECK(148, a0, 0x7fffffff)
	li a1, 0x7fffffff; ori a0, a1, -2048
	CHECK(149, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; ori a0, a1, 1365
	CHECK(150, a0, 0x7fffffff)
	li a1, 0x7fffffff; ori a0, a1, -1000
	CHECK(151, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; ori a0, a1, 0
	CHECK(152, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; ori a0, a1, 1
	CHECK(153, a0, 0xffffffff80000001)
	li a1, 0xffffffff80000000; ori a0, a1, -1
	CHECK(154, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; ori a0, a1, 2047
	CHECK(155, a0, 0xffffffff800007ff)
	li a1, 0xffffffff80000000; ori a0, a1, -2048
	CHECK(156, a0, 0xfffffffffffff800)
	li a1, 0xffffffff80000000; ori a0, a1, 1365
	CHECK(157, a0, 0xffffffff80000555)
	li a1, 0xffffffff80000000; ori a0, a1, -1000
	CHECK(158, a0, 0xfffffffffffffc18)
	li a1, 0x123456789abcdef0; ori a0, a1, 0
	CHECK(159, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; ori a0, a1, 1
	CHECK(160, a0, 0x123456789abcdef1)
	li a1, 0x123456789abcdef0; ori a0, a1, -1
	CHECK(161, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; ori a0, a1, 2047
	CHECK(162, a0, 0x123456789abcdfff)
	li a1, 0x123456789abcdef0; ori a0, a1, -2048
	CHECK(163, a0, 0xfffffffffffffef0)
	li a1, 0x123456789abcdef0; ori a0, a1, 1365
	CHECK(164, a0, 0x123456789abcdff5)
	li a1, 0x123456789abcdef0; ori a0, a1, -1000
	CHECK(165, a0, 0xfffffffffffffef8)
	li a1, 0xfffffffffffffff9; ori a0, a1, 0
	CHECK(166, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; ori a0, a1, 1
	CHECK(167, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; ori a0, a1, -1
	CHECK(168, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; ori a0, a1, 2047
	CHECK(169, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; ori a0, a1, -2048
	CHECK(170, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; ori a0, a1, 1365
	CHECK(171, a0, 0xfffffffffffffffd)
	li a1, 0xfffffffffffffff9; ori a0, a1, -1000
	CHECK(172, a0, 0xfffffffffffffff9)
	li a1, 0xffffffff; ori a0, a1, 0
	CHECK(173, a0, 0xffffffff)
	li a1, 0xffffffff; ori a0, a1, 1
	CHECK(174, a0, 0xffffffff)
	li a1, 0xffffffff; ori a0, a1, -1
	CHECK(175, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; ori a0, a1, 2047
	CHECK(176, a0, 0xffffffff)
	li a1, 0xffffffff; ori a0, a1, -2048
	CHECK(177, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; ori a0, a1, 1365
	CHECK(178, a0, 0xffffffff)
	li a1, 0xffffffff; ori a0, a1, -1000
	CHECK(179, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; ori a0, a1, 0
	CHECK(180, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; ori a0, a1, 1
	CHECK(181, a0, 0xff00000100ff81)
	li a1, 0xff00000100ff80; ori a0, a1, -1
	CHECK(182, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; ori a0, a1, 2047
	CHECK(183, a0, 0xff00000100ffff)
	li a1, 0xff00000100ff80; ori a0, a1, -2048
	CHECK(184, a0, 0xffffffffffffff80)
	li a1, 0xff00000100ff80; ori a0, a1, 1365
	CHECK(185, a0, 0xff00000100ffd5)
	li a1, 0xff00000100ff80; ori a0, a1, -1000
	CHECK(186, a0, 0xffffffffffffff98)
	/* andi */
	li a1, 0x0; andi a0, a1, 0
	CHECK(187, a0, 0x0)
	li a1, 0x0; andi a0, a1, 1
	CHECK(188, a0, 0x0)
	li a1, 0x0; andi a0, a1, -1
	CHECK(189, a0, 0x0)
	li a1, 0x0; andi a0, a1, 2047
	CHECK(190, a0, 0x0)
	li a1, 0x0; andi a0, a1, -2048
	CHECK(191, a0, 0x0)
	li a1, 0x0; andi a0, a1, 1365
	CHECK(192, a0, 0x0)
	li a1, 0x0; andi a0, a1, -1000
	CHECK(193, a0, 0x0)
	li a1, 0x1; andi a0, a1, 0
	CHECK(194, a0, 0x0)
	li a1, 0x1; andi a0, a1, 1
	CHECK(195, a0, 0x1)
	li a1, 0x1; andi a0, a1, -1
	CHECK(196, a0, 0x1)
	li a1, 0x1; andi a0, a1, 2047
	CHECK(197, a0, 0x1)
	li a1, 0x1; andi a0, a1, -2048
	CHECK(198, a0, 0x0)
	li a1, 0x1; andi a0, a1, 1365
	CHECK(199, a0, 0x1)
	li a1, 0x1; andi a0, a1, -1000
	CHECK(200, a0, 0x0)
	li a1, 0xffffffffffffffff; andi a0, a1, 0
	CHECK(201, a0, 0x0)
	li a1, 0xffffffffffffffff; andi a0, a1, 1
	CHECK(202, a0, 0x1)
	li a1, 0xffffffffffffffff; andi a0, a1, -1
	CHECK(203, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; andi a0, a1, 2047
	CHECK(204, a0, 0x7ff)
	li a1, 0xffffffffffffffff; andi a0, a1, -2048
	CHECK(205, a0, 0xfffffffffffff800)
	li a1, 0xffffffffffffffff; andi a0, a1, 1365
	CHECK(206, a0, 0x555)
	li a1, 0xffffffffffffffff; andi a0, a1, -1000
	CHECK(207, a0, 0xfffffffffffffc18)
	li a1, 0x8000000000000000; andi a0, a1, 0
	CHECK(208, a0, 0x0)
	li a1, 0x8000000000000000; andi a0, a1, 1
	CHECK(209, a0, 0x0)
	li a1, 0x8000000000000000; andi a0, a1, -1
	CHECK(210, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; andi a0, a1, 2047
	CHECK(211, a0, 0x0)
	li a1, 0x8000000000000000; andi a0, a1, -2048
	CHECK(212, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; andi a0, a1, 1365
	CHECK(213, a0, 0x0)
	li a1, 0x8000000000000000; andi a0, a1, -1000
	CHECK(214, a0, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; andi a0, a1, 0
	CHECK(215, a0, 0x0)
	li a1, 0x7fffffffffffffff; andi a0, a1, 1
	CHECK(216, a0, 0x1)
	li a1, 0x7fffffffffffffff; andi a0, a1, -1
	CHECK(217, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; andi a0, a1, 2047
	CHECK(218, a0, 0x7ff)
	li a1, 0x7fffffffffffffff; andi a0, a1, -2048
	CHECK(219, a0, 0x7ffffffffffff800)
	li a1, 0x7fffffffffffffff; andi a0, a1, 1365
	CHECK(220, a0, 0x555)
	li a1, 0x7fffffffffffffff; andi a0, a1, -1000
	CHECK(221, a0, 0x7ffffffffffffc18)
	li a1, 0x80000000; andi a0, a1, 0
	CHECK(222, a0, 0x0)
	li a1, 0x80000000; andi a0, a1, 1
	CHECK(223, a0, 0x0)
	li a1, 0x80000000; andi a0, a1, -1
	CHECK(224, a0, 0x80000000)
	li a1, 0x80000000; andi a0, a1, 2047
	CHECK(225, a0, 0x0)
	li a1, 0x80000000; andi a0, a1, -2048
	CHECK(226, a0, 0x80000000)
	li a1, 0x80000000; andi a0, a1, 1365
	CHECK(227, a0, 0x0)
	li a1, 0x80000000; andi a0, a1, -1000
	CHECK(228, a0, 0x80000000)
	li a1, 0x7fffffff; andi a0, a1, 0
	CHECK(229, a0, 0x0)
	li a1, 0x7fffffff; andi a0, a1, 1
	CHECK(230, a0, 0x1)
	li a1, 0x7fffffff; andi a0, a1, -1
	CHECK(231, a0, 0x7fffffff)
	li a1, 0x7fffffff; andi a0, a1, 2047
	CHECK(232, a0, 0x7ff)
	li a1, 0x7fffffff; andi a0, a1, -2048
	CHECK(233, a0, 0x7ffff800)
	li a1, 0x7fffffff; andi a0, a1, 1365
	CHECK(234, a0, 0x555)
	li a1, 0x7fffffff; andi a0, a1, -1000
	CHECK(235, a0, 0x7ffffc18)
	li a1, 0xffffffff80000000; andi a0, a1, 0
	CHECK(236, a0, 0x0)
	li a1, 0xffffffff80000000; andi a0, a1, 1
	CHECK(237, a0, 0x0)
	li a1, 0xffffffff80000000; andi a0, a1, -1
	CHECK(238, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; andi a0, a1, 2047
	CHECK(239, a0, 0x0)
	li a1, 0xffffffff80000000; andi a0, a1, -2048
	CHECK(240, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; andi a0, a1, 1365
	CHECK(241, a0, 0x0)
	li a1, 0xffffffff80000000; andi a0, a1, -1000
	CHECK(242, a0, 0xffffffff80000000)
	li a1, 0x123456789abcdef0; andi a0, a1, 0
	CHECK(243, a0, 0x0)
	li a1, 0x123456789abcdef0; andi a0, a1, 1
	CHECK(244, a0, 0x0)
	li a1, 0x123456789abcdef0; andi a0, a1, -1
	CHECK(245, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; andi a0, a1, 2047
	CHECK(246, a0, 0x6f0)
	li a1, 0x123456789abcdef0; andi a0, a1, -2048
	CHECK(247, a0, 0x123456789abcd800)
	li a1, 0x123456789abcdef0; andi a0, a1, 1365
	CHECK(248, a0, 0x450)
	li a1, 0x123456789abcdef0; andi a0, a1, -1000
	CHECK(249, a0, 0x123456789abcdc10)
	li a1, 0xfffffffffffffff9; andi a0, a1, 0
	CHECK(250, a0, 0x0)
	li a1, 0xfffffffffffffff9; andi a0, a1, 1
	CHECK(251, a0, 0x1)
	li a1, 0xfffffffffffffff9; andi a0, a1, -1
	CHECK(252, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; andi a0, a1, 2047
	CHECK(253, a0, 0x7f9)
	li a1, 0xfffffffffffffff9; andi a0, a1, -2048
	CHECK(254, a0, 0xfffffffffffff800)
	li a1, 0xfffffffffffffff9; andi a0, a1, 1365
	CHECK(255, a0, 0x551)
	li a1, 0xfffffffffffffff9; andi a0, a1, -1000
	CHECK(1, a0, 0xfffffffffffffc18)
	li a1, 0xffffffff; andi a0, a1, 0
	CHECK(2, a0, 0x0)
	li a1, 0xffffffff; andi a0, a1, 1
	CHECK(3, a0, 0x1)
	li a1, 0xffffffff; andi a0, a1, -1
	CHECK(4, a0, 0xffffffff)
	li a1, 0xffffffff; andi a0, a1, 2047
	CHECK(5, a0, 0x7ff)
	li a1, 0xffffffff; andi a0, a1, -2048
	CHECK(6, a0, 0xfffff800)
	li a1, 0xffffffff; andi a0, a1, 1365
	CHECK(7, a0, 0x555)
	li a1, 0xffffffff; andi a0, a1, -1000
	CHECK(8, a0, 0xfffffc18)
	li a1, 0xff00000100ff80; andi a0, a1, 0
	CHECK(9, a0, 0x0)
	li a1, 0xff00000100ff80; andi a0, a1, 1
	CHECK(10, a0, 0x0)
	li a1, 0xff00000100ff80; andi a0, a1, -1
	CHECK(11, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; andi a0, a1, 2047
	CHECK(12, a0, 0x780)
	li a1, 0xff00000100ff80; andi a0, a1, -2048
	CHECK(13, a0, 0xff00000100f800)
	li a1, 0xff00000100ff80; andi a0, a1, 1365
	CHECK(14, a0, 0x500)
	li a1, 0xff00000100ff80; andi a0, a1, -1000
	CHECK(15, a0, 0xff00000100fc00)
	/* addiw */
	li a1, 0x0; addiw a0, a1, 0
	CHECK(16, a0, 0x0)
	li a1, 0x0; addiw a0, a1, 1
	CHECK(17, a0, 0x1)
	li a1, 0x0; addiw a0, a1, -1
	CHECK(18, a0, 0xffffffffffffffff)
	li a1, 0x0; addiw a0, a1, 2047
	CHECK(19, a0, 0x7ff)
	li a1, 0x0; addiw a0, a1, -2048
	CHECK(20, a0, 0xfffffffffffff800)
	li a1, 0x0; addiw a0, a1, 1365
	CHECK(21, a0, 0x555)
	li a1, 0x0; addiw a0, a1, -1000
	CHECK(22, a0, 0xfffffffffffffc18)
	li a1, 0x1; addiw a0, a1, 0
	CHECK(23, a0, 0x1)
	li a1, 0x1; addiw a0, a1, 1
	CHECK(24, a0, 0x2)
	li a1, 0x1; addiw a0, a1, -1
	CHECK(25, a0, 0x0)
	li a1, 0x1; addiw a0, a1, 2047
	CHECK(26, a0, 0x800)
	li a1, 0x1; addiw a0, a1, -2048
	CHECK(27, a0, 0xfffffffffffff801)
	li a1, 0x1; addiw a0, a1, 1365
	CHECK(28, a0, 0x556)
	li a1, 0x1; addiw a0, a1, -1000
	CHECK(29, a0, 0xfffffffffffffc19)
	li a1, 0xffffffffffffffff; addiw a0, a1, 0
	CHECK(30, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; addiw a0, a1, 1
	CHECK(31, a0, 0x0)
	li a1, 0xffffffffffffffff; addiw a0, a1, -1
	CHECK(32, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; addiw a0, a1, 2047
	CHECK(33, a0, 0x7fe)
	li a1, 0xffffffffffffffff; addiw a0, a1, -2048
	CHECK(34, a0, 0xfffffffffffff7ff)
	li a1, 0xffffffffffffffff; addiw a0, a1, 1365
	CHECK(35, a0, 0x554)
	li a1, 0xffffffffffffffff; addiw a0, a1, -1000
	CHECK(36, a0, 0xfffffffffffffc17)
	li a1, 0x8000000000000000; addiw a0, a1, 0
	CHECK(37, a0, 0x0)
	li a1, 0x8000000000000000; addiw a0, a1, 1
	CHECK(38, a0, 0x1)
	li a1, 0x8000000000000000; addiw a0, a1, -1
	CHECK(39, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; addiw a0, a1, 2047
	CHECK(40, a0, 0x7ff)
	li a1, 0x8000000000000000; addiw a0, a1, -2048
	CHECK(41, a0, 0xfffffffffffff800)
	li a1, 0x8000000000000000; addiw a0, a1, 1365
	CHECK(42, a0, 0x555)
	li a1, 0x8000000000000000; addiw a0, a1, -1000
	CHECK(43, a0, 0xfffffffffffffc18)
	li a1, 0x7fffffffffffffff; addiw a0, a1, 0
	CHECK(44, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; addiw a0, a1, 1
	CHECK(45, a0, 0x0)
	li a1, 0x7fffffffffffffff; addiw a0, a1, -1
	CHECK(46, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffffffffffff; addiw a0, a1, 2047
	CHECK(47, a0, 0x7fe)
	li a1, 0x7fffffffffffffff; addiw a0, a1, -2048
	CHECK(48, a0, 0xfffffffffffff7ff)
	li a1, 0x7fffffffffffffff; addiw a0, a1, 1365
	CHECK(49, a0, 0x554)
	li a1, 0x7fffffffffffffff; addiw a0, a1, -1000
	CHECK(50, a0, 0xfffffffffffffc17)
	li a1, 0x80000000; addiw a0, a1, 0
	CHECK(51, a0, 0xffffffff80000000)
	li a1, 0x80000000; addiw a0, a1, 1
	CHECK(52, a0, 0xffffffff80000001)
	li a1, 0x80000000; addiw a0, a1, -1
	CHECK(53, a0, 0x7fffffff)
	li a1, 0x80000000; addiw a0, a1, 2047
	CHECK(54, a0, 0xffffffff800007ff)
	li a1, 0x80000000; addiw a0, a1, -2048
	CHECK(55, a0, 0x7ffff800)
	li a1, 0x80000000; addiw a0, a1, 1365
	CHECK(56, a0, 0xffffffff80000555)
	li a1, 0x80000000; addiw a0, a1, -1000
	CHECK(57, a0, 0x7ffffc18)
	li a1, 0x7fffffff; addiw a0, a1, 0
	CHECK(58, a0, 0x7fffffff)
	li a1, 0x7fffffff; addiw a0, a1, 1
	CHECK(59, a0, 0xffffffff80000000)
	li a1, 0x7fffffff; addiw a0, a1, -1
	CHECK(60, a0, 0x7ffffffe)
	li a1, 0x7fffffff; addiw a0, a1, 2047
	CHECK(61, a0, 0xffffffff800007fe)
	li a1, 0x7fffffff; addiw a0, a1, -2048
	CHECK(62, a0, 0x7ffff7ff)
	li a1, 0x7fffffff; addiw a0, a1, 1365
	CHECK(63, a0, 0xffffffff80000554)
	li a1, 0x7fffffff; addiw a0, a1, -1000
	CHECK(64, a0, 0x7ffffc17)
	li a1, 0xffffffff80000000; addiw a0, a1, 0
	CHECK(65, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; addiw a0, a1, 1
	CHECK(66, a0, 0xffffffff80000001)
	li a1, 0xffffffff80000000; addiw a0, a1, -1
	CHECK(67, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; addiw a0, a1, 2047
	CHECK(68, a0, 0xffffffff800007ff)
	li a1, 0xffffffff80000000; addiw a0, a1, -2048
	CHECK(69, a0, 0x7ffff800)
	li a1, 0xffffffff80000000; addiw a0, a1, 1365
	CHECK(70, a0, 0xffffffff80000555)
	li a1, 0xffffffff80000000; addiw a0, a1, -1000
	CHECK(71, a0, 0x7ffffc18)
	li a1, 0x123456789abcdef0; addiw a0, a1, 0
	CHECK(72, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; addiw a0, a1, 1
	CHECK(73, a0, 0xffffffff9abcdef1)
	li a1, 0x123456789abcdef0; addiw a0, a1, -1
	CHECK(74, a0, 0xffffffff9abcdeef)
	li a1, 0x123456789abcdef0; addiw a0, a1, 2047
	CHECK(75, a0, 0xffffffff9abce6ef)
	li a1, 0x123456789abcdef0; addiw a0, a1, -2048
	CHECK(76, a0, 0xffffffff9abcd6f0)
	li a1, 0x123456789abcdef0; addiw a0, a1, 1365
	CHECK(77, a0, 0xffffffff9abce445)
	li a1, 0x123456789abcdef0; addiw a0, a1, -1000
	CHECK(78, a0, 0xffffffff9abcdb08)
	li a1, 0xfffffffffffffff9; addiw a0, a1, 0
	CHECK(79, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; addiw a0, a1, 1
	CHECK(80, a0, 0xfffffffffffffffa)
	li a1, 0xfffffffffffffff9; addiw a0, a1, -1
	CHECK(81, a0, 0xfffffffffffffff8)
	li a1, 0xfffffffffffffff9; addiw a0, a1, 2047
	CHECK(82, a0, 0x7f8)
	li a1, 0xfffffffffffffff9; addiw a0, a1, -2048
	CHECK(83, a0, 0xfffffffffffff7f9)
	li a1, 0xfffffffffffffff9; addiw a0, a1, 1365
	CHECK(84, a0, 0x54e)
	li a1, 0xfffffffffffffff9; addiw a0, a1, -1000
	CHECK(85, a0, 0xfffffffffffffc11)
	li a1, 0xffffffff; addiw a0, a1, 0
	CHECK(86, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; addiw a0, a1, 1
	CHECK(87, a0, 0x0)
	li a1, 0xffffffff; addiw a0, a1, -1
	CHECK(88, a0, 0xfffffffffffffffe)
	li a1, 0xffffffff; addiw a0, a1, 2047
	CHECK(89, a0, 0x7fe)
	li a1, 0xffffffff; addiw a0, a1, -2048
	CHECK(90, a0, 0xfffffffffffff7ff)
	li a1, 0xffffffff; addiw a0, a1, 1365
	CHECK(91, a0, 0x554)
	li a1, 0xffffffff; addiw a0, a1, -1000
	CHECK(92, a0, 0xfffffffffffffc17)
	li a1, 0xff00000100ff80; addiw a0, a1, 0
	CHECK(93, a0, 0x100ff80)
	li a1, 0xff00000100ff80; addiw a0, a1, 1
	CHECK(94, a0, 0x100ff81)
	li a1, 0xff00000100ff80; addiw a0, a1, -1
	CHECK(95, a0, 0x100ff7f)
	li a1, 0xff00000100ff80; addiw a0, a1, 2047
	CHECK(96, a0, 0x101077f)
	li a1, 0xff00000100ff80; addiw a0, a1, -2048
	CHECK(97, a0, 0x100f780)
	li a1, 0xff00000100ff80; addiw a0, a1, 1365
	CHECK(98, a0, 0x10104d5)
	li a1, 0xff00000100ff80; addiw a0, a1, -1000
	CHECK(99, a0, 0x100fb98)
	/* writes to x0 are dropped; x0 reads as 0 */
	li a1, 5; li a2, 7; add zero, a1, a2; addi zero, a1, 1; lui zero, 0x12345
	mv a0, zero
	CHECK(100, a0, 0x0)
	li a1, 5; add a0, zero, a1
	CHECK(101, a0, 0x5)
	/* rd equal to a source */
	li a1, 40; li a2, 2; add a1, a1, a2; mv a0, a1
	CHECK(102, a0, 0x2a)
	li a1, 40; sub a1, a1, a1; mv a0, a1
	CHECK(103, a0, 0x0)
	/* lui / auipc */
	lui a0, 0x12345
	CHECK(104, a0, 0x12345000)
	lui a0, 0x80000
	CHECK(105, a0, 0xffffffff80000000)
	lui a0, 0xfffff
	CHECK(106, a0, 0xfffffffffffff000)
	lui a0, 0x7ffff
	CHECK(107, a0, 0x7ffff000)
	1: auipc a0, 0; la a1, 1b
	sub a0, a0, a1
	CHECK(108, a0, 0x0)
	1: auipc a0, 0x1; la a1, 1b
	sub a0, a0, a1
	CHECK(109, a0, 0x1000)
	1: auipc a0, 0xfffff; la a1, 1b
	sub a0, a0, a1
	CHECK(110, a0, 0xfffffffffffff000)
TEST_END
