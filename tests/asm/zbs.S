/* Zbs: single-bit clear/set/invert/extract, index taken modulo 64 */
/* Table-driven: one check per (operation, operands) over edge values. Written by a throwaway
 * script at test-writing time, expected values computed from the RISC-V unprivileged spec
 * with Python integers, and run against qemu-riscv64. A failing check prints its number. */
#include "test.h"

TEST_BEGIN
	/* bclr */
	li a1, 0x0; li a2, 0x0; bclr a0, a1, a2
	CHECK(1, a0, 0x0)
	li a1, 0x0; li a2, 0x1; bclr a0, a1, a2
	CHECK(2, a0, 0x0)
	li a1, 0x0; li a2, 0x5; bclr a0, a1, a2
	CHECK(3, a0, 0x0)
	li a1, 0x0; li a2, 0x1f; bclr a0, a1, a2
	CHECK(4, a0, 0x0)
	li a1, 0x0; li a2, 0x20; bclr a0, a1, a2
	CHECK(5, a0, 0x0)
	li a1, 0x0; li a2, 0x3f; bclr a0, a1, a2
	CHECK(6, a0, 0x0)
	li a1, 0x0; li a2, 0x40; bclr a0, a1, a2
	CHECK(7, a0, 0x0)
	li a1, 0x0; li a2, 0x5f; bclr a0, a1, a2
	CHECK(8, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; bclr a0, a1, a2
	CHECK(9, a0, 0x0)
	li a1, 0x1; li a2, 0x0; bclr a0, a1, a2
	CHECK(10, a0, 0x0)
	li a1, 0x1; li a2, 0x1; bclr a0, a1, a2
	CHECK(11, a0, 0x1)
	li a1, 0x1; li a2, 0x5; bclr a0, a1, a2
	CHECK(12, a0, 0x1)
	li a1, 0x1; li a2, 0x1f; bclr a0, a1, a2
	CHECK(13, a0, 0x1)
	li a1, 0x1; li a2, 0x20; bclr a0, a1, a2
	CHECK(14, a0, 0x1)
	li a1, 0x1; li a2, 0x3f; bclr a0, a1, a2
	CHECK(15, a0, 0x1)
	li a1, 0x1; li a2, 0x40; bclr a0, a1, a2
	CHECK(16, a0, 0x0)
	li a1, 0x1; li a2, 0x5f; bclr a0, a1, a2
	CHECK(17, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffffffffffff; bclr a0, a1, a2
	CHECK(18, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x0; bclr a0, a1, a2
	CHECK(19, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x1; bclr a0, a1, a2
	CHECK(20, a0, 0xfffffffffffffffd)
	li a1, 0xffffffffffffffff; li a2, 0x5; bclr a0, a1, a2
	CHECK(21, a0, 0xffffffffffffffdf)
	li a1, 0xffffffffffffffff; li a2, 0x1f; bclr a0, a1, a2
	CHECK(22, a0, 0xffffffff7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x20; bclr a0, a1, a2
	CHECK(23, a0, 0xfffffffeffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x3f; bclr a0, a1, a2
	CHECK(24, a0, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x40; bclr a0, a1, a2
	CHECK(25, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x5f; bclr a0, a1, a2
	CHECK(26, a0, 0xffffffff7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; bclr a0, a1, a2
	CHECK(27, a0, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x0; bclr a0, a1, a2
	CHECK(28, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x1; bclr a0, a1, a2
	CHECK(29, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x5; bclr a0, a1, a2
	CHECK(30, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x1f; bclr a0, a1, a2
	CHECK(31, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x20; bclr a0, a1, a2
	CHECK(32, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x3f; bclr a0, a1, a2
	CHECK(33, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x40; bclr a0, a1, a2
	CHECK(34, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x5f; bclr a0, a1, a2
	CHECK(35, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; bclr a0, a1, a2
	CHECK(36, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; bclr a0, a1, a2
	CHECK(37, a0, 0x7ffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x1; bclr a0, a1, a2
	CHECK(38, a0, 0x7ffffffffffffffd)
	li a1, 0x7fffffffffffffff; li a2, 0x5; bclr a0, a1, a2
	CHECK(39, a0, 0x7fffffffffffffdf)
	li a1, 0x7fffffffffffffff; li a2, 0x1f; bclr a0, a1, a2
	CHECK(40, a0, 0x7fffffff7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x20; bclr a0, a1, a2
	CHECK(41, a0, 0x7ffffffeffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x3f; bclr a0, a1, a2
	CHECK(42, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x40; bclr a0, a1, a2
	CHECK(43, a0, 0x7ffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x5f; bclr a0, a1, a2
	CHECK(44, a0, 0x7fffffff7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; bclr a0, a1, a2
	CHECK(45, a0, 0x7fffffffffffffff)
	li a1, 0x80000000; li a2, 0x0; bclr a0, a1, a2
	CHECK(46, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x1; bclr a0, a1, a2
	CHECK(47, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x5; bclr a0, a1, a2
	CHECK(48, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x1f; bclr a0, a1, a2
	CHECK(49, a0, 0x0)
	li a1, 0x80000000; li a2, 0x20; bclr a0, a1, a2
	CHECK(50, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x3f; bclr a0, a1, a2
	CHECK(51, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x40; bclr a0, a1, a2
	CHECK(52, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x5f; bclr a0, a1, a2
	CHECK(53, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; bclr a0, a1, a2
	CHECK(54, a0, 0x80000000)
	li a1, 0x7fffffff; li a2, 0x0; bclr a0, a1, a2
	CHECK(55, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0x1; bclr a0, a1, a2
	CHECK(56, a0, 0x7ffffffd)
	li a1, 0x7fffffff; li a2, 0x5; bclr a0, a1, a2
	CHECK(57, a0, 0x7fffffdf)
	li a1, 0x7fffffff; li a2, 0x1f; bclr a0, a1, a2
	CHECK(58, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x20; bclr a0, a1, a2
	CHECK(59, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x3f; bclr a0, a1, a2
	CHECK(60, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x40; bclr a0, a1, a2
	CHECK(61, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0x5f; bclr a0, a1, a2
	CHECK(62, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; bclr a0, a1, a2
	CHECK(63, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; li a2, 0x0; bclr a0, a1, a2
	CHECK(64, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; bclr a0, a1, a2
	CHECK(65, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x5; bclr a0, a1, a2
	CHECK(66, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1f; bclr a0, a1, a2
	CHECK(67, a0, 0xffffffff00000000)
	li a1, 0xffffffff80000000; li a2, 0x20; bclr a0, a1, a2
	CHECK(68, a0, 0xfffffffe80000000)
	li a1, 0xffffffff80000000; li a2, 0x3f; bclr a0, a1, a2
	CHECK(69, a0, 0x7fffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x40; bclr a0, a1, a2
	CHECK(70, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x5f; bclr a0, a1, a2
	CHECK(71, a0, 0xffffffff00000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; bclr a0, a1, a2
	CHECK(72, a0, 0x7fffffff80000000)
	li a1, 0x123456789abcdef0; li a2, 0x0; bclr a0, a1, a2
	CHECK(73, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; bclr a0, a1, a2
	CHECK(74, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x5; bclr a0, a1, a2
	CHECK(75, a0, 0x123456789abcded0)
	li a1, 0x123456789abcdef0; li a2, 0x1f; bclr a0, a1, a2
	CHECK(76, a0, 0x123456781abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x20; bclr a0, a1, a2
	CHECK(77, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x3f; bclr a0, a1, a2
	CHECK(78, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x40; bclr a0, a1, a2
	CHECK(79, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x5f; bclr a0, a1, a2
	CHECK(80, a0, 0x123456781abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; bclr a0, a1, a2
	CHECK(81, a0, 0x123456789abcdef0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; bclr a0, a1, a2
	CHECK(82, a0, 0xfffffffffffffff8)
	li a1, 0xfffffffffffffff9; li a2, 0x1; bclr a0, a1, a2
	CHECK(83, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x5; bclr a0, a1, a2
	CHECK(84, a0, 0xffffffffffffffd9)
	li a1, 0xfffffffffffffff9; li a2, 0x1f; bclr a0, a1, a2
	CHECK(85, a0, 0xffffffff7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x20; bclr a0, a1, a2
	CHECK(86, a0, 0xfffffffefffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x3f; bclr a0, a1, a2
	CHECK(87, a0, 0x7ffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x40; bclr a0, a1, a2
	CHECK(88, a0, 0xfffffffffffffff8)
	li a1, 0xfffffffffffffff9; li a2, 0x5f; bclr a0, a1, a2
	CHECK(89, a0, 0xffffffff7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; bclr a0, a1, a2
	CHECK(90, a0, 0x7ffffffffffffff9)
	li a1, 0xffffffff; li a2, 0x0; bclr a0, a1, a2
	CHECK(91, a0, 0xfffffffe)
	li a1, 0xffffffff; li a2, 0x1; bclr a0, a1, a2
	CHECK(92, a0, 0xfffffffd)
	li a1, 0xffffffff; li a2, 0x5; bclr a0, a1, a2
	CHECK(93, a0, 0xffffffdf)
	li a1, 0xffffffff; li a2, 0x1f; bclr a0, a1, a2
	CHECK(94, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x20; bclr a0, a1, a2
	CHECK(95, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x3f; bclr a0, a1, a2
	CHECK(96, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x40; bclr a0, a1, a2
	CHECK(97, a0, 0xfffffffe)
	li a1, 0xffffffff; li a2, 0x5f; bclr a0, a1, a2
	CHECK(98, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; bclr a0, a1, a2
	CHECK(99, a0, 0xffffffff)
	li a1, 0xff00000100ff80; li a2, 0x0; bclr a0, a1, a2
	CHECK(100, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; bclr a0, a1, a2
	CHECK(101, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x5; bclr a0, a1, a2
	CHECK(102, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1f; bclr a0, a1, a2
	CHECK(103, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x20; bclr a0, a1, a2
	CHECK(104, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x3f; bclr a0, a1, a2
	CHECK(105, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x40; bclr a0, a1, a2
	CHECK(106, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x5f; bclr a0, a1, a2
	CHECK(107, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; bclr a0, a1, a2
	CHECK(108, a0, 0xff00000100ff80)
	/* bset */
	li a1, 0x0; li a2, 0x0; bset a0, a1, a2
	CHECK(109, a0, 0x1)
	li a1, 0x0; li a2, 0x1; bset a0, a1, a2
	CHECK(110, a0, 0x2)
	li a1, 0x0; li a2, 0x5; bset a0, a1, a2
	CHECK(111, a0, 0x20)
	li a1, 0x0; li a2, 0x1f; bset a0, a1, a2
	CHECK(112, a0, 0x80000000)
	li a1, 0x0; li a2, 0x20; bset a0, a1, a2
	CHECK(113, a0, 0x100000000)
	li a1, 0x0; li a2, 0x3f; bset a0, a1, a2
	CHECK(114, a0, 0x8000000000000000)
	li a1, 0x0; li a2, 0x40; bset a0, a1, a2
	CHECK(115, a0, 0x1)
	li a1, 0x0; li a2, 0x5f; bset a0, a1, a2
	CHECK(116, a0, 0x80000000)
	li a1, 0x0; li a2, 0xffffffffffffffff; bset a0, a1, a2
	CHECK(117, a0, 0x8000000000000000)
	li a1, 0x1; li a2, 0x0; bset a0, a1, a2
	CHECK(118, a0, 0x1)
	li a1, 0x1; li a2, 0x1; bset a0, a1, a2
	CHECK(119, a0, 0x3)
	li a1, 0x1; li a2, 0x5; bset a0, a1, a2
	CHECK(120, a0, 0x21)
	li a1, 0x1; li a2, 0x1f; bset a0, a1, a2
	CHECK(121, a0, 0x80000001)
	li a1, 0x1; li a2, 0x20; bset a0, a1, a2
	CHECK(122, a0, 0x100000001)
	li a1, 0x1; li a2, 0x3f; bset a0, a1, a2
	CHECK(123, a0, 0x8000000000000001)
	li a1, 0x1; li a2, 0x40; bset a0, a1, a2
	CHECK(124, a0, 0x1)
	li a1, 0x1; li a2, 0x5f; bset a0, a1, a2
	CHECK(125, a0, 0x80000001)
	li a1, 0x1; li a2, 0xffffffffffffffff; bset a0, a1, a2
	CHECK(126, a0, 0x8000000000000001)
	li a1, 0xffffffffffffffff; li a2, 0x0; bset a0, a1, a2
	CHECK(127, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; bset a0, a1, a2
	CHECK(128, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5; bset a0, a1, a2
	CHECK(129, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1f; bset a0, a1, a2
	CHECK(130, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x20; bset a0, a1, a2
	CHECK(131, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x3f; bset a0, a1, a2
	CHECK(132, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x40; bset a0, a1, a2
	CHECK(133, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5f; bset a0, a1, a2
	CHECK(134, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; bset a0, a1, a2
	CHECK(135, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x0; bset a0, a1, a2
	CHECK(136, a0, 0x8000000000000001)
	li a1, 0x8000000000000000; li a2, 0x1; bset a0, a1, a2
	CHECK(137, a0, 0x8000000000000002)
	li a1, 0x8000000000000000; li a2, 0x5; bset a0, a1, a2
	CHECK(138, a0, 0x8000000000000020)
	li a1, 0x8000000000000000; li a2, 0x1f; bset a0, a1, a2
	CHECK(139, a0, 0x8000000080000000)
	li a1, 0x8000000000000000; li a2, 0x20; bset a0, a1, a2
	CHECK(140, a0, 0x8000000100000000)
	li a1, 0x8000000000000000; li a2, 0x3f; bset a0, a1, a2
	CHECK(141, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x40; bset a0, a1, a2
	CHECK(142, a0, 0x8000000000000001)
	li a1, 0x8000000000000000; li a2, 0x5f; bset a0, a1, a2
	CHECK(143, a0, 0x8000000080000000)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; bset a0, a1, a2
	CHECK(144, a0, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; li a2, 0x0; bset a0, a1, a2
	CHECK(145, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; bset a0, a1, a2
	CHECK(146, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5; bset a0, a1, a2
	CHECK(147, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1f; bset a0, a1, a2
	CHECK(148, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x20; bset a0, a1, a2
	CHECK(149, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x3f; bset a0, a1, a2
	CHECK(150, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x40; bset a0, a1, a2
	CHECK(151, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5f; bset a0, a1, a2
	CHECK(152, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; bset a0, a1, a2
	CHECK(153, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x0; bset a0, a1, a2
	CHECK(154, a0, 0x80000001)
	li a1, 0x80000000; li a2, 0x1; bset a0, a1, a2
	CHECK(155, a0, 0x80000002)
	li a1, 0x80000000; li a2, 0x5; bset a0, a1, a2
	CHECK(156, a0, 0x80000020)
	li a1, 0x80000000; li a2, 0x1f; bset a0, a1, a2
	CHECK(157, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x20; bset a0, a1, a2
	CHECK(158, a0, 0x180000000)
	li a1, 0x80000000; li a2, 0x3f; bset a0, a1, a2
	CHECK(159, a0, 0x8000000080000000)
	li a1, 0x80000000; li a2, 0x40; bset a0, a1, a2
	CHECK(160, a0, 0x80000001)
	li a1, 0x80000000; li a2, 0x5f; bset a0, a1, a2
	CHECK(161, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; bset a0, a1, a2
	CHECK(162, a0, 0x8000000080000000)
	li a1, 0x7fffffff; li a2, 0x0; bset a0, a1, a2
	CHECK(163, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; bset a0, a1, a2
	CHECK(164, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x5; bset a0, a1, a2
	CHECK(165, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1f; bset a0, a1, a2
	CHECK(166, a0, 0xffffffff)
	li a1, 0x7fffffff; li a2, 0x20; bset a0, a1, a2
	CHECK(167, a0, 0x17fffffff)
	li a1, 0x7fffffff; li a2, 0x3f; bset a0, a1, a2
	CHECK(168, a0, 0x800000007fffffff)
	li a1, 0x7fffffff; li a2, 0x40; bset a0, a1, a2
	CHECK(169, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x5f; bset a0, a1, a2
	CHECK(170, a0, 0xffffffff)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; bset a0, a1, a2
	CHECK(171, a0, 0x800000007fffffff)
	li a1, 0xffffffff80000000; li a2, 0x0; bset a0, a1, a2
	CHECK(172, a0, 0xffffffff80000001)
	li a1, 0xffffffff80000000; li a2, 0x1; bset a0, a1, a2
	CHECK(173, a0, 0xffffffff80000002)
	li a1, 0xffffffff80000000; li a2, 0x5; bset a0, a1, a2
	CHECK(174, a0, 0xffffffff80000020)
	li a1, 0xffffffff80000000; li a2, 0x1f; bset a0, a1, a2
	CHECK(175, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x20; bset a0, a1, a2
	CHECK(176, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x3f; bset a0, a1, a2
	CHECK(177, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x40; bset a0, a1, a2
	CHECK(178, a0, 0xffffffff80000001)
	li a1, 0xffffffff80000000; li a2, 0x5f; bset a0, a1, a2
	CHECK(179, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; bset a0, a1, a2
	CHECK(180, a0, 0xffffffff80000000)
	li a1, 0x123456789abcdef0; li a2, 0x0; bset a0, a1, a2
	CHECK(181, a0, 0x123456789abcdef1)
	li a1, 0x123456789abcdef0; li a2, 0x1; bset a0, a1, a2
	CHECK(182, a0, 0x123456789abcdef2)
	li a1, 0x123456789abcdef0; li a2, 0x5; bset a0, a1, a2
	CHECK(183, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1f; bset a0, a1, a2
	CHECK(184, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x20; bset a0, a1, a2
	CHECK(185, a0, 0x123456799abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x3f; bset a0, a1, a2
	CHECK(186, a0, 0x923456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x40; bset a0, a1, a2
	CHECK(187, a0, 0x123456789abcdef1)
	li a1, 0x123456789abcdef0; li a2, 0x5f; bset a0, a1, a2
	CHECK(188, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; bset a0, a1, a2
	CHECK(189, a0, 0x923456789abcdef0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; bset a0, a1, a2
	CHECK(190, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; bset a0, a1, a2
	CHECK(191, a0, 0xfffffffffffffffb)
	li a1, 0xfffffffffffffff9; li a2, 0x5; bset a0, a1, a2
	CHECK(192, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1f; bset a0, a1, a2
	CHECK(193, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x20; bset a0, a1, a2
	CHECK(194, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x3f; bset a0, a1, a2
	CHECK(195, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x40; bset a0, a1, a2
	CHECK(196, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x5f; bset a0, a1, a2
	CHECK(197, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; bset a0, a1, a2
	CHECK(198, a0, 0xfffffffffffffff9)
	li a1, 0xffffffff; li a2, 0x0; bset a0, a1, a2
	CHECK(199, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x1; bset a0, a1, a2
	CHECK(200, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x5; bset a0, a1, a2
	CHECK(201, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x1f; bset a0, a1, a2
	CHECK(202, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x20; bset a0, a1, a2
	CHECK(203, a0, 0x1ffffffff)
	li a1, 0xffffffff; li a2, 0x3f; bset a0, a1, a2
	CHECK(204, a0, 0x80000000ffffffff)
	li a1, 0xffffffff; li a2, 0x40; bset a0, a1, a2
	CHECK(205, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x5f; bset a0, a1, a2
	CHECK(206, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; bset a0, a1, a2
	CHECK(207, a0, 0x80000000ffffffff)
	li a1, 0xff00000100ff80; li a2, 0x0; bset a0, a1, a2
	CHECK(208, a0, 0xff00000100ff81)
	li a1, 0xff00000100ff80; li a2, 0x1; bset a0, a1, a2
	CHECK(209, a0, 0xff00000100ff82)
	li a1, 0xff00000100ff80; li a2, 0x5; bset a0, a1, a2
	CHECK(210, a0, 0xff00000100ffa0)
	li a1, 0xff00000100ff80; li a2, 0x1f; bset a0, a1, a2
	CHECK(211, a0, 0xff00008100ff80)
	li a1, 0xff00000100ff80; li a2, 0x20; bset a0, a1, a2
	CHECK(212, a0, 0xff00010100ff80)
	li a1, 0xff00000100ff80; li a2, 0x3f; bset a0, a1, a2
	CHECK(213, a0, 0x80ff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x40; bset a0, a1, a2
	CHECK(214, a0, 0xff00000100ff81)
	li a1, 0xff00000100ff80; li a2, 0x5f; bset a0, a1, a2
	CHECK(215, a0, 0xff00008100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; bset a0, a1, a2
	CHECK(216, a0, 0x80ff00000100ff80)
	/* binv */
	li a1, 0x0; li a2, 0x0; binv a0, a1, a2
	CHECK(217, a0, 0x1)
	li a1, 0x0; li a2, 0x1; binv a0, a1, a2
	CHECK(218, a0, 0x2)
	li a1, 0x0; li a2, 0x5; binv a0, a1, a2
	CHECK(219, a0, 0x20)
	li a1, 0x0; li a2, 0x1f; binv a0, a1, a2
	CHECK(220, a0, 0x80000000)
	li a1, 0x0; li a2, 0x20; binv a0, a1, a2
	CHECK(221, a0, 0x100000000)
	li a1, 0x0; li a2, 0x3f; binv a0, a1, a2
	CHECK(222, a0, 0x8000000000000000)
	li a1, 0x0; li a2, 0x40; binv a0, a1, a2
	CHECK(223, a0, 0x1)
	li a1, 0x0; li a2, 0x5f; binv a0, a1, a2
	CHECK(224, a0, 0x80000000)
	li a1, 0x0; li a2, 0xffffffffffffffff; binv a0, a1, a2
	CHECK(225, a0, 0x8000000000000000)
	li a1, 0x1; li a2, 0x0; binv a0, a1, a2
	CHECK(226, a0, 0x0)
	li a1, 0x1; li a2, 0x1; binv a0, a1, a2
	CHECK(227, a0, 0x3)
	li a1, 0x1; li a2, 0x5; binv a0, a1, a2
	CHECK(228, a0, 0x21)
	li a1, 0x1; li a2, 0x1f; binv a0, a1, a2
	CHECK(229, a0, 0x80000001)
	li a1, 0x1; li a2, 0x20; binv a0, a1, a2
	CHECK(230, a0, 0x100000001)
	li a1, 0x1; li a2, 0x3f; binv a0, a1, a2
	CHECK(231, a0, 0x8000000000000001)
	li a1, 0x1; li a2, 0x40; binv a0, a1, a2
	CHECK(232, a0, 0x0)
	li a1, 0x1; li a2, 0x5f; binv a0, a1, a2
	CHECK(233, a0, 0x80000001)
	li a1, 0x1; li a2, 0xffffffffffffffff; binv a0, a1, a2
	CHECK(234, a0, 0x8000000000000001)
	li a1, 0xffffffffffffffff; li a2, 0x0; binv a0, a1, a2
	CHECK(235, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x1; binv a0, a1, a2
	CHECK(236, a0, 0xfffffffffffffffd)
	li a1, 0xffffffffffffffff; li a2, 0x5; binv a0, a1, a2
	CHECK(237, a0, 0xffffffffffffffdf)
	li a1, 0xffffffffffffffff; li a2, 0x1f; binv a0, a1, a2
	CHECK(238, a0, 0xffffffff7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x20; binv a0, a1, a2
	CHECK(239, a0, 0xfffffffeffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x3f; binv a0, a1, a2
	CHECK(240, a0, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x40; binv a0, a1, a2
	CHECK(241, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x5f; binv a0, a1, a2
	CHECK(242, a0, 0xffffffff7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; binv a0, a1, a2
	CHECK(243, a0, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x0; binv a0, a1, a2
	CHECK(244, a0, 0x8000000000000001)
	li a1, 0x8000000000000000; li a2, 0x1; binv a0, a1, a2
	CHECK(245, a0, 0x8000000000000002)
	li a1, 0x8000000000000000; li a2, 0x5; binv a0, a1, a2
	CHECK(246, a0, 0x8000000000000020)
	li a1, 0x8000000000000000; li a2, 0x1f; binv a0, a1, a2
	CHECK(247, a0, 0x8000000080000000)
	li a1, 0x8000000000000000; li a2, 0x20; binv a0, a1, a2
	CHECK(248, a0, 0x8000000100000000)
	li a1, 0x8000000000000000; li a2, 0x3f; binv a0, a1, a2
	CHECK(249, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x40; binv a0, a1, a2
	CHECK(250, a0, 0x8000000000000001)
	li a1, 0x8000000000000000; li a2, 0x5f; binv a0, a1, a2
	CHECK(251, a0, 0x8000000080000000)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; binv a0, a1, a2
	CHECK(252, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; binv a0, a1, a2
	CHECK(253, a0, 0x7ffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x1; binv a0, a1, a2
	CHECK(254, a0, 0x7ffffffffffffffd)
	li a1, 0x7fffffffffffffff; li a2, 0x5; binv a0, a1, a2
	CHECK(255, a0, 0x7fffffffffffffdf)
	li a1, 0x7fffffffffffffff; li a2, 0x1f; binv a0, a1, a2
	CHECK(256, a0, 0x7fffffff7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x20; binv a0, a1, a2
	CHECK(257, a0, 0x7ffffffeffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x3f; binv a0, a1, a2
	CHECK(258, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x40; binv a0, a1, a2
	CHECK(259, a0, 0x7ffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x5f; binv a0, a1, a2
	CHECK(260, a0, 0x7fffffff7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; binv a0, a1, a2
	CHECK(261, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x0; binv a0, a1, a2
	CHECK(262, a0, 0x80000001)
	li a1, 0x80000000; li a2, 0x1; binv a0, a1, a2
	CHECK(263, a0, 0x80000002)
	li a1, 0x80000000; li a2, 0x5; binv a0, a1, a2
	CHECK(264, a0, 0x80000020)
	li a1, 0x80000000; li a2, 0x1f; binv a0, a1, a2
	CHECK(265, a0, 0x0)
	li a1, 0x80000000; li a2, 0x20; binv a0, a1, a2
	CHECK(266, a0, 0x180000000)
	li a1, 0x80000000; li a2, 0x3f; binv a0, a1, a2
	CHECK(267, a0, 0x8000000080000000)
	li a1, 0x80000000; li a2, 0x40; binv a0, a1, a2
	CHECK(268, a0, 0x80000001)
	li a1, 0x80000000; li a2, 0x5f; binv a0, a1, a2
	CHECK(269, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; binv a0, a1, a2
	CHECK(270, a0, 0x8000000080000000)
	li a1, 0x7fffffff; li a2, 0x0; binv a0, a1, a2
	CHECK(271, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0x1; binv a0, a1, a2
	CHECK(272, a0, 0x7ffffffd)
	li a1, 0x7fffffff; li a2, 0x5; binv a0, a1, a2
	CHECK(273, a0, 0x7fffffdf)
	li a1, 0x7fffffff; li a2, 0x1f; binv a0, a1, a2
	CHECK(274, a0, 0xffffffff)
	li a1, 0x7fffffff; li a2, 0x20; binv a0, a1, a2
	CHECK(275, a0, 0x17fffffff)
	li a1, 0x7fffffff; li a2, 0x3f; binv a0, a1, a2
	CHECK(276, a0, 0x800000007fffffff)
	li a1, 0x7fffffff; li a2, 0x40; binv a0, a1, a2
	CHECK(277, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0x5f; binv a0, a1, a2
	CHECK(278, a0, 0xffffffff)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; binv a0, a1, a2
	CHECK(279, a0, 0x800000007fffffff)
	li a1, 0xffffffff80000000; li a2, 0x0; binv a0, a1, a2
	CHECK(280, a0, 0xffffffff80000001)
	li a1, 0xffffffff80000000; li a2, 0x1; binv a0, a1, a2
	CHECK(281, a0, 0xffffffff80000002)
	li a1, 0xffffffff80000000; li a2, 0x5; binv a0, a1, a2
	CHECK(282, a0, 0xffffffff80000020)
	li a1, 0xffffffff80000000; li a2, 0x1f; binv a0, a1, a2
	CHECK(283, a0, 0xffffffff00000000)
	li a1, 0xffffffff80000000; li a2, 0x20; binv a0, a1, a2
	CHECK(284, a0, 0xfffffffe80000000)
	li a1, 0xffffffff80000000; li a2, 0x3f; binv a0, a1, a2
	CHECK(285, a0, 0x7fffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x40; binv a0, a1, a2
	CHECK(286, a0, 0xffffffff80000001)
	li a1, 0xffffffff80000000; li a2, 0x5f; binv a0, a1, a2
	CHECK(287, a0, 0xffffffff00000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; binv a0, a1, a2
	CHECK(288, a0, 0x7fffffff80000000)
	li a1, 0x123456789abcdef0; li a2, 0x0; binv a0, a1, a2
	CHECK(289, a0, 0x123456789abcdef1)
	li a1, 0x123456789abcdef0; li a2, 0x1; binv a0, a1, a2
	CHECK(290, a0, 0x123456789abcdef2)
	li a1, 0x123456789abcdef0; li a2, 0x5; binv a0, a1, a2
	CHECK(291, a0, 0x123456789abcded0)
	li a1, 0x123456789abcdef0; li a2, 0x1f; binv a0, a1, a2
	CHECK(292, a0, 0x123456781abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x20; binv a0, a1, a2
	CHECK(293, a0, 0x123456799abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x3f; binv a0, a1, a2
	CHECK(294, a0, 0x923456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x40; binv a0, a1, a2
	CHECK(295, a0, 0x123456789abcdef1)
	li a1, 0x123456789abcdef0; li a2, 0x5f; binv a0, a1, a2
	CHECK(296, a0, 0x123456781abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; binv a0, a1, a2
	CHECK(297, a0, 0x923456789abcdef0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; binv a0, a1, a2
	CHECK(298, a0, 0xfffffffffffffff8)
	li a1, 0xfffffffffffffff9; li a2, 0x1; binv a0, a1, a2
	CHECK(299, a0, 0xfffffffffffffffb)
	li a1, 0xfffffffffffffff9; li a2, 0x5; binv a0, a1, a2
	CHECK(300, a0, 0xffffffffffffffd9)
	li a1, 0xfffffffffffffff9; li a2, 0x1f; binv a0, a1, a2
	CHECK(301, a0, 0xffffffff7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x20; binv a0, a1, a2
	CHECK(302, a0, 0xfffffffefffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x3f; binv a0, a1, a2
	CHECK(303, a0, 0x7ffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x40; binv a0, a1, a2
	CHECK(304, a0, 0xfffffffffffffff8)
	li a1, 0xfffffffffffffff9; li a2, 0x5f; binv a0, a1, a2
	CHECK(305, a0, 0xffffffff7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; binv a0, a1, a2
	CHECK(306, a0, 0x7ffffffffffffff9)
	li a1, 0xffffffff; li a2, 0x0; binv a0, a1, a2
	CHECK(307, a0, 0xfffffffe)
	li a1, 0xffffffff; li a2, 0x1; binv a0, a1, a2
	CHECK(308, a0, 0xfffffffd)
	li a1, 0xffffffff; li a2, 0x5; binv a0, a1, a2
	CHECK(309, a0, 0xffffffdf)
	li a1, 0xffffffff; li a2, 0x1f; binv a0, a1, a2
	CHECK(310, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x20; binv a0, a1, a2
	CHECK(311, a0, 0x1ffffffff)
	li a1, 0xffffffff; li a2, 0x3f; binv a0, a1, a2
	CHECK(312, a0, 0x80000000ffffffff)
	li a1, 0xffffffff; li a2, 0x40; binv a0, a1, a2
	CHECK(313, a0, 0xfffffffe)
	li a1, 0xffffffff; li a2, 0x5f; binv a0, a1, a2
	CHECK(314, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; binv a0, a1, a2
	CHECK(315, a0, 0x80000000ffffffff)
	li a1, 0xff00000100ff80; li a2, 0x0; binv a0, a1, a2
	CHECK(316, a0, 0xff00000100ff81)
	li a1, 0xff00000100ff80; li a2, 0x1; binv a0, a1, a2
	CHECK(317, a0, 0xff00000100ff82)
	li a1, 0xff00000100ff80; li a2, 0x5; binv a0, a1, a2
	CHECK(318, a0, 0xff00000100ffa0)
	li a1, 0xff00000100ff80; li a2, 0x1f; binv a0, a1, a2
	CHECK(319, a0, 0xff00008100ff80)
	li a1, 0xff00000100ff80; li a2, 0x20; binv a0, a1, a2
	CHECK(320, a0, 0xff00010100ff80)
	li a1, 0xff00000100ff80; li a2, 0x3f; binv a0, a1, a2
	CHECK(321, a0, 0x80ff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x40; binv a0, a1, a2
	CHECK(322, a0, 0xff00000100ff81)
	li a1, 0xff00000100ff80; li a2, 0x5f; binv a0, a1, a2
	CHECK(323, a0, 0xff00008100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; binv a0, a1, a2
	CHECK(324, a0, 0x80ff00000100ff80)
	/* bext */
	li a1, 0x0; li a2, 0x0; bext a0, a1, a2
	CHECK(325, a0, 0x0)
	li a1, 0x0; li a2, 0x1; bext a0, a1, a2
	CHECK(326, a0, 0x0)
	li a1, 0x0; li a2, 0x5; bext a0, a1, a2
	CHECK(327, a0, 0x0)
	li a1, 0x0; li a2, 0x1f; bext a0, a1, a2
	CHECK(328, a0, 0x0)
	li a1, 0x0; li a2, 0x20; bext a0, a1, a2
	CHECK(329, a0, 0x0)
	li a1, 0x0; li a2, 0x3f; bext a0, a1, a2
	CHECK(330, a0, 0x0)
	li a1, 0x0; li a2, 0x40; bext a0, a1, a2
	CHECK(331, a0, 0x0)
	li a1, 0x0; li a2, 0x5f; bext a0, a1, a2
	CHECK(332, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; bext a0, a1, a2
	CHECK(333, a0, 0x0)
	li a1, 0x1; li a2, 0x0; bext a0, a1, a2
	CHECK(334, a0, 0x1)
	li a1, 0x1; li a2, 0x1; bext a0, a1, a2
	CHECK(335, a0, 0x0)
	li a1, 0x1; li a2, 0x5; bext a0, a1, a2
	CHECK(336, a0, 0x0)
	li a1, 0x1; li a2, 0x1f; bext a0, a1, a2
	CHECK(337, a0, 0x0)
	li a1, 0x1; li a2, 0x20; bext a0, a1, a2
	CHECK(338, a0, 0x0)
	li a1, 0x1; li a2, 0x3f; bext a0, a1, a2
	CHECK(339, a0, 0x0)
	li a1, 0x1; li a2, 0x40; bext a0, a1, a2
	CHECK(340, a0, 0x1)
	li a1, 0x1; li a2, 0x5f; bext a0, a1, a2
	CHECK(341, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; bext a0, a1, a2
	CHECK(342, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x0; bext a0, a1, a2
	CHECK(343, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x1; bext a0, a1, a2
	CHECK(344, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x5; bext a0, a1, a2
	CHECK(345, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x1f; bext a0, a1, a2
	CHECK(346, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x20; bext a0, a1, a2
	CHECK(347, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x3f; bext a0, a1, a2
	CHECK(348, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x40; bext a0, a1, a2
	CHECK(349, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x5f; bext a0, a1, a2
	CHECK(350, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; bext a0, a1, a2
	CHECK(351, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x0; bext a0, a1, a2
	CHECK(352, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; bext a0, a1, a2
	CHECK(353, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x5; bext a0, a1, a2
	CHECK(354, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1f; bext a0, a1, a2
	CHECK(355, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x20; bext a0, a1, a2
	CHECK(356, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x3f; bext a0, a1, a2
	CHECK(357, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x40; bext a0, a1, a2
	CHECK(358, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x5f; bext a0, a1, a2
	CHECK(359, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; bext a0, a1, a2
	CHECK(360, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x0; bext a0, a1, a2
	CHECK(361, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x1; bext a0, a1, a2
	CHECK(362, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x5; bext a0, a1, a2
	CHECK(363, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x1f; bext a0, a1, a2
	CHECK(364, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x20; bext a0, a1, a2
	CHECK(365, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x3f; bext a0, a1, a2
	CHECK(366, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x40; bext a0, a1, a2
	CHECK(367, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x5f; bext a0, a1, a2
	CHECK(368, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; bext a0, a1, a2
	CHECK(369, a0, 0x0)
	li a1, 0x80000000; li a2, 0x0; bext a0, a1, a2
	CHECK(370, a0, 0x0)
	li a1, 0x80000000; li a2, 0x1; bext a0, a1, a2
	CHECK(371, a0, 0x0)
	li a1, 0x80000000; li a2, 0x5; bext a0, a1, a2
	CHECK(372, a0, 0x0)
	li a1, 0x80000000; li a2, 0x1f; bext a0, a1, a2
	CHECK(373, a0, 0x1)
	li a1, 0x80000000; li a2, 0x20; bext a0, a1, a2
	CHECK(374, a0, 0x0)
	li a1, 0x80000000; li a2, 0x3f; bext a0, a1, a2
	CHECK(375, a0, 0x0)
	li a1, 0x80000000; li a2, 0x40; bext a0, a1, a2
	CHECK(376, a0, 0x0)
	li a1, 0x80000000; li a2, 0x5f; bext a0, a1, a2
	CHECK(377, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; bext a0, a1, a2
	CHECK(378, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x0; bext a0, a1, a2
	CHECK(379, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0x1; bext a0, a1, a2
	CHECK(380, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0x5; bext a0, a1, a2
	CHECK(381, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0x1f; bext a0, a1, a2
	CHECK(382, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x20; bext a0, a1, a2
	CHECK(383, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x3f; bext a0, a1, a2
	CHECK(384, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x40; bext a0, a1, a2
	CHECK(385, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0x5f; bext a0, a1, a2
	CHECK(386, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; bext a0, a1, a2
	CHECK(387, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x0; bext a0, a1, a2
	CHECK(388, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x1; bext a0, a1, a2
	CHECK(389, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x5; bext a0, a1, a2
	CHECK(390, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x1f; bext a0, a1, a2
	CHECK(391, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x20; bext a0, a1, a2
	CHECK(392, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x3f; bext a0, a1, a2
	CHECK(393, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x40; bext a0, a1, a2
	CHECK(394, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x5f; bext a0, a1, a2
	CHECK(395, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; bext a0, a1, a2
	CHECK(396, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0x0; bext a0, a1, a2
	CHECK(397, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x1; bext a0, a1, a2
	CHECK(398, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x5; bext a0, a1, a2
	CHECK(399, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0x1f; bext a0, a1, a2
	CHECK(400, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0x20; bext a0, a1, a2
	CHECK(401, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x3f; bext a0, a1, a2
	CHECK(402, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x40; bext a0, a1, a2
	CHECK(403, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x5f; bext a0, a1, a2
	CHECK(404, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; bext a0, a1, a2
	CHECK(405, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; bext a0, a1, a2
	CHECK(406, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x1; bext a0, a1, a2
	CHECK(407, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x5; bext a0, a1, a2
	CHECK(408, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x1f; bext a0, a1, a2
	CHECK(409, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x20; bext a0, a1, a2
	CHECK(410, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x3f; bext a0, a1, a2
	CHECK(411, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x40; bext a0, a1, a2
	CHECK(412, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x5f; bext a0, a1, a2
	CHECK(413, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; bext a0, a1, a2
	CHECK(414, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x0; bext a0, a1, a2
	CHECK(415, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x1; bext a0, a1, a2
	CHECK(416, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x5; bext a0, a1, a2
	CHECK(417, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x1f; bext a0, a1, a2
	CHECK(418, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x20; bext a0, a1, a2
	CHECK(419, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x3f; bext a0, a1, a2
	CHECK(420, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x40; bext a0, a1, a2
	CHECK(421, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x5f; bext a0, a1, a2
	CHECK(422, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; bext a0, a1, a2
	CHECK(423, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x0; bext a0, a1, a2
	CHECK(424, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x1; bext a0, a1, a2
	CHECK(425, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x5; bext a0, a1, a2
	CHECK(426, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x1f; bext a0, a1, a2
	CHECK(427, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x20; bext a0, a1, a2
	CHECK(428, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x3f; bext a0, a1, a2
	CHECK(429, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x40; bext a0, a1, a2
	CHECK(430, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x5f; bext a0, a1, a2
	CHECK(431, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; bext a0, a1, a2
	CHECK(432, a0, 0x0)
	/* bclri */
	li a1, 0x0; bclri a0, a1, 0
	CHECK(433, a0, 0x0)
	li a1, 0x0; bclri a0, a1, 1
	CHECK(434, a0, 0x0)
	li a1, 0x0; bclri a0, a1, 31
	CHECK(435, a0, 0x0)
	li a1, 0x0; bclri a0, a1, 32
	CHECK(436, a0, 0x0)
	li a1, 0x0; bclri a0, a1, 33
	CHECK(437, a0, 0x0)
	li a1, 0x0; bclri a0, a1, 63
	CHECK(438, a0, 0x0)
	li a1, 0x1; bclri a0, a1, 0
	CHECK(439, a0, 0x0)
	li a1, 0x1; bclri a0, a1, 1
	CHECK(440, a0, 0x1)
	li a1, 0x1; bclri a0, a1, 31
	CHECK(441, a0, 0x1)
	li a1, 0x1; bclri a0, a1, 32
	CHECK(442, a0, 0x1)
	li a1, 0x1; bclri a0, a1, 33
	CHECK(443, a0, 0x1)
	li a1, 0x1; bclri a0, a1, 63
	CHECK(444, a0, 0x1)
	li a1, 0xffffffffffffffff; bclri a0, a1, 0
	CHECK(445, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; bclri a0, a1, 1
	CHECK(446, a0, 0xfffffffffffffffd)
	li a1, 0xffffffffffffffff; bclri a0, a1, 31
	CHECK(447, a0, 0xffffffff7fffffff)
	li a1, 0xffffffffffffffff; bclri a0, a1, 32
	CHECK(448, a0, 0xfffffffeffffffff)
	li a1, 0xffffffffffffffff; bclri a0, a1, 33
	CHECK(449, a0, 0xfffffffdffffffff)
	li a1, 0xffffffffffffffff; bclri a0, a1, 63
	CHECK(450, a0, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; bclri a0, a1, 0
	CHECK(451, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; bclri a0, a1, 1
	CHECK(452, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; bclri a0, a1, 31
	CHECK(453, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; bclri a0, a1, 32
	CHECK(454, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; bclri a0, a1, 33
	CHECK(455, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; bclri a0, a1, 63
	CHECK(456, a0, 0x0)
	li a1, 0x7fffffffffffffff; bclri a0, a1, 0
	CHECK(457, a0, 0x7ffffffffffffffe)
	li a1, 0x7fffffffffffffff; bclri a0, a1, 1
	CHECK(458, a0, 0x7ffffffffffffffd)
	li a1, 0x7fffffffffffffff; bclri a0, a1, 31
	CHECK(459, a0, 0x7fffffff7fffffff)
	li a1, 0x7fffffffffffffff; bclri a0, a1, 32
	CHECK(460, a0, 0x7ffffffeffffffff)
	li a1, 0x7fffffffffffffff; bclri a0, a1, 33
	CHECK(461, a0, 0x7ffffffdffffffff)
	li a1, 0x7fffffffffffffff; bclri a0, a1, 63
	CHECK(462, a0, 0x7fffffffffffffff)
	li a1, 0x80000000; bclri a0, a1, 0
	CHECK(463, a0, 0x80000000)
	li a1, 0x80000000; bclri a0, a1, 1
	CHECK(464, a0, 0x80000000)
	li a1, 0x80000000; bclri a0, a1, 31
	CHECK(465, a0, 0x0)
	li a1, 0x80000000; bclri a0, a1, 32
	CHECK(466, a0, 0x80000000)
	li a1, 0x80000000; bclri a0, a1, 33
	CHECK(467, a0, 0x80000000)
	li a1, 0x80000000; bclri a0, a1, 63
	CHECK(468, a0, 0x80000000)
	li a1, 0x7fffffff; bclri a0, a1, 0
	CHECK(469, a0, 0x7ffffffe)
	li a1, 0x7fffffff; bclri a0, a1, 1
	CHECK(470, a0, 0x7ffffffd)
	li a1, 0x7fffffff; bclri a0, a1, 31
	CHECK(471, a0, 0x7fffffff)
	li a1, 0x7fffffff; bclri a0, a1, 32
	CHECK(472, a0, 0x7fffffff)
	li a1, 0x7fffffff; bclri a0, a1, 33
	CHECK(473, a0, 0x7fffffff)
	li a1, 0x7fffffff; bclri a0, a1, 63
	CHECK(474, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; bclri a0, a1, 0
	CHECK(475, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; bclri a0, a1, 1
	CHECK(476, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; bclri a0, a1, 31
	CHECK(477, a0, 0xffffffff00000000)
	li a1, 0xffffffff80000000; bclri a0, a1, 32
	CHECK(478, a0, 0xfffffffe80000000)
	li a1, 0xffffffff80000000; bclri a0, a1, 33
	CHECK(479, a0, 0xfffffffd80000000)
	li a1, 0xffffffff80000000; bclri a0, a1, 63
	CHECK(480, a0, 0x7fffffff80000000)
	li a1, 0x123456789abcdef0; bclri a0, a1, 0
	CHECK(481, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; bclri a0, a1, 1
	CHECK(482, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; bclri a0, a1, 31
	CHECK(483, a0, 0x123456781abcdef0)
	li a1, 0x123456789abcdef0; bclri a0, a1, 32
	CHECK(484, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; bclri a0, a1, 33
	CHECK(485, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; bclri a0, a1, 63
	CHECK(486, a0, 0x123456789abcdef0)
	li a1, 0xfffffffffffffff9; bclri a0, a1, 0
	CHECK(487, a0, 0xfffffffffffffff8)
	li a1, 0xfffffffffffffff9; bclri a0, a1, 1
	CHECK(488, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; bclri a0, a1, 31
	CHECK(489, a0, 0xffffffff7ffffff9)
	li a1, 0xfffffffffffffff9; bclri a0, a1, 32
	CHECK(490, a0, 0xfffffffefffffff9)
	li a1, 0xfffffffffffffff9; bclri a0, a1, 33
	CHECK(491, a0, 0xfffffffdfffffff9)
	li a1, 0xfffffffffffffff9; bclri a0, a1, 63
	CHECK(492, a0, 0x7ffffffffffffff9)
	li a1, 0xffffffff; bclri a0, a1, 0
	CHECK(493, a0, 0xfffffffe)
	li a1, 0xffffffff; bclri a0, a1, 1
	CHECK(494, a0, 0xfffffffd)
	li a1, 0xffffffff; bclri a0, a1, 31
	CHECK(495, a0, 0x7fffffff)
	li a1, 0xffffffff; bclri a0, a1, 32
	CHECK(496, a0, 0xffffffff)
	li a1, 0xffffffff; bclri a0, a1, 33
	CHECK(497, a0, 0xffffffff)
	li a1, 0xffffffff; bclri a0, a1, 63
	CHECK(498, a0, 0xffffffff)
	li a1, 0xff00000100ff80; bclri a0, a1, 0
	CHECK(499, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; bclri a0, a1, 1
	CHECK(500, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; bclri a0, a1, 31
	CHECK(501, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; bclri a0, a1, 32
	CHECK(502, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; bclri a0, a1, 33
	CHECK(503, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; bclri a0, a1, 63
	CHECK(504, a0, 0xff00000100ff80)
	/* bseti */
	li a1, 0x0; bseti a0, a1, 0
	CHECK(505, a0, 0x1)
	li a1, 0x0; bseti a0, a1, 1
	CHECK(506, a0, 0x2)
	li a1, 0x0; bseti a0, a1, 31
	CHECK(507, a0, 0x80000000)
	li a1, 0x0; bseti a0, a1, 32
	CHECK(508, a0, 0x100000000)
	li a1, 0x0; bseti a0, a1, 33
	CHECK(509, a0, 0x200000000)
	li a1, 0x0; bseti a0, a1, 63
	CHECK(510, a0, 0x8000000000000000)
	li a1, 0x1; bseti a0, a1, 0
	CHECK(511, a0, 0x1)
	li a1, 0x1; bseti a0, a1, 1
	CHECK(512, a0, 0x3)
	li a1, 0x1; bseti a0, a1, 31
	CHECK(513, a0, 0x80000001)
	li a1, 0x1; bseti a0, a1, 32
	CHECK(514, a0, 0x100000001)
	li a1, 0x1; bseti a0, a1, 33
	CHECK(515, a0, 0x200000001)
	li a1, 0x1; bseti a0, a1, 63
	CHECK(516, a0, 0x8000000000000001)
	li a1, 0xffffffffffffffff; bseti a0, a1, 0
	CHECK(517, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; bseti a0, a1, 1
	CHECK(518, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; bseti a0, a1, 31
	CHECK(519, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; bseti a0, a1, 32
	CHECK(520, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; bseti a0, a1, 33
	CHECK(521, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; bseti a0, a1, 63
	CHECK(522, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; bseti a0, a1, 0
	CHECK(523, a0, 0x8000000000000001)
	li a1, 0x8000000000000000; bseti a0, a1, 1
	CHECK(524, a0, 0x8000000000000002)
	li a1, 0x8000000000000000; bseti a0, a1, 31
	CHECK(525, a0, 0x8000000080000000)
	li a1, 0x8000000000000000; bseti a0, a1, 32
	CHECK(526, a0, 0x8000000100000000)
	li a1, 0x8000000000000000; bseti a0, a1, 33
	CHECK(527, a0, 0x8000000200000000)
	li a1, 0x8000000000000000; bseti a0, a1, 63
	CHECK(528, a0, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; bseti a0, a1, 0
	CHECK(529, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; bseti a0, a1, 1
	CHECK(530, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; bseti a0, a1, 31
	CHECK(531, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; bseti a0, a1, 32
	CHECK(532, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; bseti a0, a1, 33
	CHECK(533, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; bseti a0, a1, 63
	CHECK(534, a0, 0xffffffffffffffff)
	li a1, 0x80000000; bseti a0, a1, 0
	CHECK(535, a0, 0x80000001)
	li a1, 0x80000000; bseti a0, a1, 1
	CHECK(536, a0, 0x80000002)
	li a1, 0x80000000; bseti a0, a1, 31
	CHECK(537, a0, 0x80000000)
	li a1, 0x80000000; bseti a0, a1, 32
	CHECK(538, a0, 0x180000000)
	li a1, 0x80000000; bseti a0, a1, 33
	CHECK(539, a0, 0x280000000)
	li a1, 0x80000000; bseti a0, a1, 63
	CHECK(540, a0, 0x8000000080000000)
	li a1, 0x7fffffff; bseti a0, a1, 0
	CHECK(541, a0, 0x7fffffff)
	li a1, 0x7fffffff; bseti a0, a1, 1
	CHECK(542, a0, 0x7fffffff)
	li a1, 0x7fffffff; bseti a0, a1, 31
	CHECK(543, a0, 0xffffffff)
	li a1, 0x7fffffff; bseti a0, a1, 32
	CHECK(544, a0, 0x17fffffff)
	li a1, 0x7fffffff; bseti a0, a1, 33
	CHECK(545, a0, 0x27fffffff)
	li a1, 0x7fffffff; bseti a0, a1, 63
	CHECK(546, a0, 0x800000007fffffff)
	li a1, 0xffffffff80000000; bseti a0, a1, 0
	CHECK(547, a0, 0xffffffff80000001)
	li a1, 0xffffffff80000000; bseti a0, a1, 1
	CHECK(548, a0, 0xffffffff80000002)
	li a1, 0xffffffff80000000; bseti a0, a1, 31
	CHECK(549, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; bseti a0, a1, 32
	CHECK(550, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; bseti a0, a1, 33
	CHECK(551, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; bseti a0, a1, 63
	CHECK(552, a0, 0xffffffff80000000)
	li a1, 0x123456789abcdef0; bseti a0, a1, 0
	CHECK(553, a0, 0x123456789abcdef1)
	li a1, 0x123456789abcdef0; bseti a0, a1, 1
	CHECK(554, a0, 0x123456789abcdef2)
	li a1, 0x123456789abcdef0; bseti a0, a1, 31
	CHECK(555, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; bseti a0, a1, 32
	CHECK(556, a0, 0x123456799abcdef0)
	li a1, 0x123456789abcdef0; bseti a0, a1, 33
	CHECK(557, a0, 0x1234567a9abcdef0)
	li a1, 0x123456789abcdef0; bseti a0, a1, 63
	CHECK(558, a0, 0x923456789abcdef0)
	li a1, 0xfffffffffffffff9; bseti a0, a1, 0
	CHECK(559, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; bseti a0, a1, 1
	CHECK(560, a0, 0xfffffffffffffffb)
	li a1, 0xfffffffffffffff9; bseti a0, a1, 31
	CHECK(561, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; bseti a0, a1, 32
	CHECK(562, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; bseti a0, a1, 33
	CHECK(563, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; bseti a0, a1, 63
	CHECK(564, a0, 0xfffffffffffffff9)
	li a1, 0xffffffff; bseti a0, a1, 0
	CHECK(565, a0, 0xffffffff)
	li a1, 0xffffffff; bseti a0, a1, 1
	CHECK(566, a0, 0xffffffff)
	li a1, 0xffffffff; bseti a0, a1, 31
	CHECK(567, a0, 0xffffffff)
	li a1, 0xffffffff; bseti a0, a1, 32
	CHECK(568, a0, 0x1ffffffff)
	li a1, 0xffffffff; bseti a0, a1, 33
	CHECK(569, a0, 0x2ffffffff)
	li a1, 0xffffffff; bseti a0, a1, 63
	CHECK(570, a0, 0x80000000ffffffff)
	li a1, 0xff00000100ff80; bseti a0, a1, 0
	CHECK(571, a0, 0xff00000100ff81)
	li a1, 0xff00000100ff80; bseti a0, a1, 1
	CHECK(572, a0, 0xff00000100ff82)
	li a1, 0xff00000100ff80; bseti a0, a1, 31
	CHECK(573, a0, 0xff00008100ff80)
	li a1, 0xff00000100ff80; bseti a0, a1, 32
	CHECK(574, a0, 0xff00010100ff80)
	li a1, 0xff00000100ff80; bseti a0, a1, 33
	CHECK(575, a0, 0xff00020100ff80)
	li a1, 0xff00000100ff80; bseti a0, a1, 63
	CHECK(576, a0, 0x80ff00000100ff80)
	/* binvi */
	li a1, 0x0; binvi a0, a1, 0
	CHECK(577, a0, 0x1)
	li a1, 0x0; binvi a0, a1, 1
	CHECK(578, a0, 0x2)
	li a1, 0x0; binvi a0, a1, 31
	CHECK(579, a0, 0x80000000)
	li a1, 0x0; binvi a0, a1, 32
	CHECK(580, a0, 0x100000000)
	li a1, 0x0; binvi a0, a1, 33
	CHECK(581, a0, 0x200000000)
	li a1, 0x0; binvi a0, a1, 63
	CHECK(582, a0, 0x8000000000000000)
	li a1, 0x1; binvi a0, a1, 0
	CHECK(583, a0, 0x0)
	li a1, 0x1; binvi a0, a1, 1
	CHECK(584, a0, 0x3)
	li a1, 0x1; binvi a0, a1, 31
	CHECK(585, a0, 0x80000001)
	li a1, 0x1; binvi a0, a1, 32
	CHECK(586, a0, 0x100000001)
	li a1, 0x1; binvi a0, a1, 33
	CHECK(587, a0, 0x200000001)
	li a1, 0x1; binvi a0, a1, 63
	CHECK(588, a0, 0x8000000000000001)
	li a1, 0xffffffffffffffff; binvi a0, a1, 0
	CHECK(589, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; binvi a0, a1, 1
	CHECK(590, a0, 0xfffffffffffffffd)
	li a1, 0xffffffffffffffff; binvi a0, a1, 31
	CHECK(591, a0, 0xffffffff7fffffff)
	li a1, 0xffffffffffffffff; binvi a0, a1, 32
	CHECK(592, a0, 0xfffffffeffffffff)
	li a1, 0xffffffffffffffff; binvi a0, a1, 33
	CHECK(593, a0, 0xfffffffdffffffff)
	li a1, 0xffffffffffffffff; binvi a0, a1, 63
	CHECK(594, a0, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; binvi a0, a1, 0
	CHECK(595, a0, 0x8000000000000001)
	li a1, 0x8000000000000000; binvi a0, a1, 1
	CHECK(596, a0, 0x8000000000000002)
	li a1, 0x8000000000000000; binvi a0, a1, 31
	CHECK(597, a0, 0x8000000080000000)
	li a1, 0x8000000000000000; binvi a0, a1, 32
	CHECK(598, a0, 0x8000000100000000)
	li a1, 0x8000000000000000; binvi a0, a1, 33
	CHECK(599, a0, 0x8000000200000000)
	li a1, 0x8000000000000000; binvi a0, a1, 63
	CHECK(600, a0, 0x0)
	li a1, 0x7fffffffffffffff; binvi a0, a1, 0
	CHECK(601, a0, 0x7ffffffffffffffe)
	li a1, 0x7fffffffffffffff; binvi a0, a1, 1
	CHECK(602, a0, 0x7ffffffffffffffd)
	li a1, 0x7fffffffffffffff; binvi a0, a1, 31
	CHECK(603, a0, 0x7fffffff7fffffff)
	li a1, 0x7fffffffffffffff; binvi a0, a1, 32
	CHECK(604, a0, 0x7ffffffeffffffff)
	li a1, 0x7fffffffffffffff; binvi a0, a1, 33
	CHECK(605, a0, 0x7ffffffdffffffff)
	li a1, 0x7fffffffffffffff; binvi a0, a1, 63
	CHECK(606, a0, 0xffffffffffffffff)
	li a1, 0x80000000; binvi a0, a1, 0
	CHECK(607, a0, 0x80000001)
	li a1, 0x80000000; binvi a0, a1, 1
	CHECK(608, a0, 0x80000002)
	li a1, 0x80000000; binvi a0, a1, 31
	CHECK(609, a0, 0x0)
	li a1, 0x80000000; binvi a0, a1, 32
	CHECK(610, a0, 0x180000000)
	li a1, 0x80000000; binvi a0, a1, 33
	CHECK(611, a0, 0x280000000)
	li a1, 0x80000000; binvi a0, a1, 63
	CHECK(612, a0, 0x8000000080000000)
	li a1, 0x7fffffff; binvi a0, a1, 0
	CHECK(613, a0, 0x7ffffffe)
	li a1, 0x7fffffff; binvi a0, a1, 1
	CHECK(614, a0, 0x7ffffffd)
	li a1, 0x7fffffff; binvi a0, a1, 31
	CHECK(615, a0, 0xffffffff)
	li a1, 0x7fffffff; binvi a0, a1, 32
	CHECK(616, a0, 0x17fffffff)
	li a1, 0x7fffffff; binvi a0, a1, 33
	CHECK(617, a0, 0x27fffffff)
	li a1, 0x7fffffff; binvi a0, a1, 63
	CHECK(618, a0, 0x800000007fffffff)
	li a1, 0xffffffff80000000; binvi a0, a1, 0
	CHECK(619, a0, 0xffffffff80000001)
	li a1, 0xffffffff80000000; binvi a0, a1, 1
	CHECK(620, a0, 0xffffffff80000002)
	li a1, 0xffffffff80000000; binvi a0, a1, 31
	CHECK(621, a0, 0xffffffff00000000)
	li a1, 0xffffffff80000000; binvi a0, a1, 32
	CHECK(622, a0, 0xfffffffe80000000)
	li a1, 0xffffffff80000000; binvi a0, a1, 33
	CHECK(623, a0, 0xfffffffd80000000)
	li a1, 0xffffffff80000000; binvi a0, a1, 63
	CHECK(624, a0, 0x7fffffff80000000)
	li a1, 0x123456789abcdef0; binvi a0, a1, 0
	CHECK(625, a0, 0x123456789abcdef1)
	li a1, 0x123456789abcdef0; binvi a0, a1, 1
	CHECK(626, a0, 0x123456789abcdef2)
	li a1, 0x123456789abcdef0; binvi a0, a1, 31
	CHECK(627, a0, 0x123456781abcdef0)
	li a1, 0x123456789abcdef0; binvi a0, a1, 32
	CHECK(628, a0, 0x123456799abcdef0)
	li a1, 0x123456789abcdef0; binvi a0, a1, 33
	CHECK(629, a0, 0x1234567a9abcdef0)
	li a1, 0x123456789abcdef0; binvi a0, a1, 63
	CHECK(630, a0, 0x923456789abcdef0)
	li a1, 0xfffffffffffffff9; binvi a0, a1, 0
	CHECK(631, a0, 0xfffffffffffffff8)
	li a1, 0xfffffffffffffff9; binvi a0, a1, 1
	CHECK(632, a0, 0xfffffffffffffffb)
	li a1, 0xfffffffffffffff9; binvi a0, a1, 31
	CHECK(633, a0, 0xffffffff7ffffff9)
	li a1, 0xfffffffffffffff9; binvi a0, a1, 32
	CHECK(634, a0, 0xfffffffefffffff9)
	li a1, 0xfffffffffffffff9; binvi a0, a1, 33
	CHECK(635, a0, 0xfffffffdfffffff9)
	li a1, 0xfffffffffffffff9; binvi a0, a1, 63
	CHECK(636, a0, 0x7ffffffffffffff9)
	li a1, 0xffffffff; binvi a0, a1, 0
	CHECK(637, a0, 0xfffffffe)
	li a1, 0xffffffff; binvi a0, a1, 1
	CHECK(638, a0, 0xfffffffd)
	li a1, 0xffffffff; binvi a0, a1, 31
	CHECK(639, a0, 0x7fffffff)
	li a1, 0xffffffff; binvi a0, a1, 32
	CHECK(640, a0, 0x1ffffffff)
	li a1, 0xffffffff; binvi a0, a1, 33
	CHECK(641, a0, 0x2ffffffff)
	li a1, 0xffffffff; binvi a0, a1, 63
	CHECK(642, a0, 0x80000000ffffffff)
	li a1, 0xff00000100ff80; binvi a0, a1, 0
	CHECK(643, a0, 0xff00000100ff81)
	li a1, 0xff00000100ff80; binvi a0, a1, 1
	CHECK(644, a0, 0xff00000100ff82)
	li a1, 0xff00000100ff80; binvi a0, a1, 31
	CHECK(645, a0, 0xff00008100ff80)
	li a1, 0xff00000100ff80; binvi a0, a1, 32
	CHECK(646, a0, 0xff00010100ff80)
	li a1, 0xff00000100ff80; binvi a0, a1, 33
	CHECK(647, a0, 0xff00020100ff80)
	li a1, 0xff00000100ff80; binvi a0, a1, 63
	CHECK(648, a0, 0x80ff00000100ff80)
	/* bexti */
	li a1, 0x0; bexti a0, a1, 0
	CHECK(649, a0, 0x0)
	li a1, 0x0; bexti a0, a1, 1
	CHECK(650, a0, 0x0)
	li a1, 0x0; bexti a0, a1, 31
	CHECK(651, a0, 0x0)
	li a1, 0x0; bexti a0, a1, 32
	CHECK(652, a0, 0x0)
	li a1, 0x0; bexti a0, a1, 33
	CHECK(653, a0, 0x0)
	li a1, 0x0; bexti a0, a1, 63
	CHECK(654, a0, 0x0)
	li a1, 0x1; bexti a0, a1, 0
	CHECK(655, a0, 0x1)
	li a1, 0x1; bexti a0, a1, 1
	CHECK(656, a0, 0x0)
	li a1, 0x1; bexti a0, a1, 31
	CHECK(657, a0, 0x0)
	li a1, 0x1; bexti a0, a1, 32
	CHECK(658, a0, 0x0)
	li a1, 0x1; bexti a0, a1, 33
	CHECK(659, a0, 0x0)
	li a1, 0x1; bexti a0, a1, 63
	CHECK(660, a0, 0x0)
	li a1, 0xffffffffffffffff; bexti a0, a1, 0
	CHECK(661, a0, 0x1)
	li a1, 0xffffffffffffffff; bexti a0, a1, 1
	CHECK(662, a0, 0x1)
	li a1, 0xffffffffffffffff; bexti a0, a1, 31
	CHECK(663, a0, 0x1)
	li a1, 0xffffffffffffffff; bexti a0, a1, 32
	CHECK(664, a0, 0x1)
	li a1, 0xffffffffffffffff; bexti a0, a1, 33
	CHECK(665, a0, 0x1)
	li a1, 0xffffffffffffffff; bexti a0, a1, 63
	CHECK(666, a0, 0x1)
	li a1, 0x8000000000000000; bexti a0, a1, 0
	CHECK(667, a0, 0x0)
	li a1, 0x8000000000000000; bexti a0, a1, 1
	CHECK(668, a0, 0x0)
	li a1, 0x8000000000000000; bexti a0, a1, 31
	CHECK(669, a0, 0x0)
	li a1, 0x8000000000000000; bexti a0, a1, 32
	CHECK(670, a0, 0x0)
	li a1, 0x8000000000000000; bexti a0, a1, 33
	CHECK(671, a0, 0x0)
	li a1, 0x8000000000000000; bexti a0, a1, 63
	CHECK(672, a0, 0x1)
	li a1, 0x7fffffffffffffff; bexti a0, a1, 0
	CHECK(673, a0, 0x1)
	li a1, 0x7fffffffffffffff; bexti a0, a1, 1
	CHECK(674, a0, 0x1)
	li a1, 0x7fffffffffffffff; bexti a0, a1, 31
	CHECK(675, a0, 0x1)
	li a1, 0x7fffffffffffffff; bexti a0, a1, 32
	CHECK(676, a0, 0x1)
	li a1, 0x7fffffffffffffff; bexti a0, a1, 33
	CHECK(677, a0, 0x1)
	li a1, 0x7fffffffffffffff; bexti a0, a1, 63
	CHECK(678, a0, 0x0)
	li a1, 0x80000000; bexti a0, a1, 0
	CHECK(679, a0, 0x0)
	li a1, 0x80000000; bexti a0, a1, 1
	CHECK(680, a0, 0x0)
	li a1, 0x80000000; bexti a0, a1, 31
	CHECK(681, a0, 0x1)
	li a1, 0x80000000; bexti a0, a1, 32
	CHECK(682, a0, 0x0)
	li a1, 0x80000000; bexti a0, a1, 33
	CHECK(683, a0, 0x0)
	li a1, 0x80000000; bexti a0, a1, 63
	CHECK(684, a0, 0x0)
	li a1, 0x7fffffff; bexti a0, a1, 0
	CHECK(685, a0, 0x1)
	li a1, 0x7fffffff; bexti a0, a1, 1
	CHECK(686, a0, 0x1)
	li a1, 0x7fffffff; bexti a0, a1, 31
	CHECK(687, a0, 0x0)
	li a1, 0x7fffffff; bexti a0, a1, 32
	CHECK(688, a0, 0x0)
	li a1, 0x7fffffff; bexti a0, a1, 33
	CHECK(689, a0, 0x0)
	li a1, 0x7fffffff; bexti a0, a1, 63
	CHECK(690, a0, 0x0)
	li a1, 0xffffffff80000000; bexti a0, a1, 0
	CHECK(691, a0, 0x0)
	li a1, 0xffffffff80000000; bexti a0, a1, 1
	CHECK(692, a0, 0x0)
	li a1, 0xffffffff80000000; bexti a0, a1, 31
	CHECK(693, a0, 0x1)
	li a1, 0xffffffff80000000; bexti a0, a1, 32
	CHECK(694, a0, 0x1)
	li a1, 0xffffffff80000000; bexti a0, a1, 33
	CHECK(695, a0, 0x1)
	li a1, 0xffffffff80000000; bexti a0, a1, 63
	CHECK(696, a0, 0x1)
	li a1, 0x123456789abcdef0; bexti a0, a1, 0
	CHECK(697, a0, 0x0)
	li a1, 0x123456789abcdef0; bexti a0, a1, 1
	CHECK(698, a0, 0x0)
	li a1, 0x123456789abcdef0; bexti a0, a1, 31
	CHECK(699, a0, 0x1)
	li a1, 0x123456789abcdef0; bexti a0, a1, 32
	CHECK(700, a0, 0x0)
	li a1, 0x123456789abcdef0; bexti a0, a1, 33
	CHECK(701, a0, 0x0)
	li a1, 0x123456789abcdef0; bexti a0, a1, 63
	CHECK(702, a0, 0x0)
	li a1, 0xfffffffffffffff9; bexti a0, a1, 0
	CHECK(703, a0, 0x1)
	li a1, 0xfffffffffffffff9; bexti a0, a1, 1
	CHECK(704, a0, 0x0)
	li a1, 0xfffffffffffffff9; bexti a0, a1, 31
	CHECK(705, a0, 0x1)
	li a1, 0xfffffffffffffff9; bexti a0, a1, 32
	CHECK(706, a0, 0x1)
	li a1, 0xfffffffffffffff9; bexti a0, a1, 33
	CHECK(707, a0, 0x1)
	li a1, 0xfffffffffffffff9; bexti a0, a1, 63
	CHECK(708, a0, 0x1)
	li a1, 0xffffffff; bexti a0, a1, 0
	CHECK(709, a0, 0x1)
	li a1, 0xffffffff; bexti a0, a1, 1
	CHECK(710, a0, 0x1)
	li a1, 0xffffffff; bexti a0, a1, 31
	CHECK(711, a0, 0x1)
	li a1, 0xffffffff; bexti a0, a1, 32
	CHECK(712, a0, 0x0)
	li a1, 0xffffffff; bexti a0, a1, 33
	CHECK(713, a0, 0x0)
	li a1, 0xffffffff; bexti a0, a1, 63
	CHECK(714, a0, 0x0)
	li a1, 0xff00000100ff80; bexti a0, a1, 0
	CHECK(715, a0, 0x0)
	li a1, 0xff00000100ff80; bexti a0, a1, 1
	CHECK(716, a0, 0x0)
	li a1, 0xff00000100ff80; bexti a0, a1, 31
	CHECK(717, a0, 0x0)
	li a1, 0xff00000100ff80; bexti a0, a1, 32
	CHECK(718, a0, 0x0)
	li a1, 0xff00000100ff80; bexti a0, a1, 33
	CHECK(719, a0, 0x0)
	li a1, 0xff00000100ff80; bexti a0, a1, 63
	CHECK(720, a0, 0x0)
TEST_END
