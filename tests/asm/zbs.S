/* Zbs: single-bit clear/set/invert/extract, index taken modulo 64 */
/* Table-driven: one check per (operation, operands) over edge values. Written by a throwaway
 * script at test-writing time, expected values computed from the RISC-V unprivileged spec
 * with Python integers, and run against qemu-riscv64. Check numbers wrap at 255. */
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
	CHECK(1, a0, 0x7fffffff7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x20; binv a0, a1, a2
	CHECK(2, a0, 0x7ffffffeffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x3f; binv a0, a1, a2
	CHECK(3, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x40; binv a0, a1, a2
	CHECK(4, a0, 0x7ffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x5f; binv a0, a1, a2
	CHECK(5, a0, 0x7fffffff7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; binv a0, a1, a2
	CHECK(6, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x0; binv a0, a1, a2
	CHECK(7, a0, 0x80000001)
	li a1, 0x80000000; li a2, 0x1; binv a0, a1, a2
	CHECK(8, a0, 0x80000002)
	li a1, 0x80000000; li a2, 0x5; binv a0, a1, a2
	CHECK(9, a0, 0x80000020)
	li a1, 0x80000000; li a2, 0x1f; binv a0, a1, a2
	CHECK(10, a0, 0x0)
	li a1, 0x80000000; li a2, 0x20; binv a0, a1, a2
	CHECK(11, a0, 0x180000000)
	li a1, 0x80000000; li a2, 0x3f; binv a0, a1, a2
	CHECK(12, a0, 0x8000000080000000)
	li a1, 0x80000000; li a2, 0x40; binv a0, a1, a2
	CHECK(13, a0, 0x80000001)
	li a1, 0x80000000; li a2, 0x5f; binv a0, a1, a2
	CHECK(14, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; binv a0, a1, a2
	CHECK(15, a0, 0x8000000080000000)
	li a1, 0x7fffffff; li a2, 0x0; binv a0, a1, a2
	CHECK(16, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0x1; binv a0, a1, a2
	CHECK(17, a0, 0x7ffffffd)
	li a1, 0x7fffffff; li a2, 0x5; binv a0, a1, a2
	CHECK(18, a0, 0x7fffffdf)
	li a1, 0x7fffffff; li a2, 0x1f; binv a0, a1, a2
	CHECK(19, a0, 0xffffffff)
	li a1, 0x7fffffff; li a2, 0x20; binv a0, a1, a2
	CHECK(20, a0, 0x17fffffff)
	li a1, 0x7fffffff; li a2, 0x3f; binv a0, a1, a2
	CHECK(21, a0, 0x800000007fffffff)
	li a1, 0x7fffffff; li a2, 0x40; binv a0, a1, a2
	CHECK(22, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0x5f; binv a0, a1, a2
	CHECK(23, a0, 0xffffffff)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; binv a0, a1, a2
	CHECK(24, a0, 0x800000007fffffff)
	li a1, 0xffffffff80000000; li a2, 0x0; binv a0, a1, a2
	CHECK(25, a0, 0xffffffff80000001)
	li a1, 0xffffffff80000000; li a2, 0x1; binv a0, a1, a2
	CHECK(26, a0, 0xffffffff80000002)
	li a1, 0xffffffff80000000; li a2, 0x5; binv a0, a1, a2
	CHECK(27, a0, 0xffffffff80000020)
	li a1, 0xffffffff80000000; li a2, 0x1f; binv a0, a1, a2
	CHECK(28, a0, 0xffffffff00000000)
	li a1, 0xffffffff80000000; li a2, 0x20; binv a0, a1, a2
	CHECK(29, a0, 0xfffffffe80000000)
	li a1, 0xffffffff80000000; li a2, 0x3f; binv a0, a1, a2
	CHECK(30, a0, 0x7fffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x40; binv a0, a1, a2
	CHECK(31, a0, 0xffffffff80000001)
	li a1, 0xffffffff80000000; li a2, 0x5f; binv a0, a1, a2
	CHECK(32, a0, 0xffffffff00000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; binv a0, a1, a2
	CHECK(33, a0, 0x7fffffff80000000)
	li a1, 0x123456789abcdef0; li a2, 0x0; binv a0, a1, a2
	CHECK(34, a0, 0x123456789abcdef1)
	li a1, 0x123456789abcdef0; li a2, 0x1; binv a0, a1, a2
	CHECK(35, a0, 0x123456789abcdef2)
	li a1, 0x123456789abcdef0; li a2, 0x5; binv a0, a1, a2
	CHECK(36, a0, 0x123456789abcded0)
	li a1, 0x123456789abcdef0; li a2, 0x1f; binv a0, a1, a2
	CHECK(37, a0, 0x123456781abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x20; binv a0, a1, a2
	CHECK(38, a0, 0x123456799abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x3f; binv a0, a1, a2
	CHECK(39, a0, 0x923456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x40; binv a0, a1, a2
	CHECK(40, a0, 0x123456789abcdef1)
	li a1, 0x123456789abcdef0; li a2, 0x5f; binv a0, a1, a2
	CHECK(41, a0, 0x123456781abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; binv a0, a1, a2
	CHECK(42, a0, 0x923456789abcdef0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; binv a0, a1, a2
	CHECK(43, a0, 0xfffffffffffffff8)
	li a1, 0xfffffffffffffff9; li a2, 0x1; binv a0, a1, a2
	CHECK(44, a0, 0xfffffffffffffffb)
	li a1, 0xfffffffffffffff9; li a2, 0x5; binv a0, a1, a2
	CHECK(45, a0, 0xffffffffffffffd9)
	li a1, 0xfffffffffffffff9; li a2, 0x1f; binv a0, a1, a2
	CHECK(46, a0, 0xffffffff7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x20; binv a0, a1, a2
	CHECK(47, a0, 0xfffffffefffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x3f; binv a0, a1, a2
	CHECK(48, a0, 0x7ffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x40; binv a0, a1, a2
	CHECK(49, a0, 0xfffffffffffffff8)
	li a1, 0xfffffffffffffff9; li a2, 0x5f; binv a0, a1, a2
	CHECK(50, a0, 0xffffffff7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; binv a0, a1, a2
	CHECK(51, a0, 0x7ffffffffffffff9)
	li a1, 0xffffffff; li a2, 0x0; binv a0, a1, a2
	CHECK(52, a0, 0xfffffffe)
	li a1, 0xffffffff; li a2, 0x1; binv a0, a1, a2
	CHECK(53, a0, 0xfffffffd)
	li a1, 0xffffffff; li a2, 0x5; binv a0, a1, a2
	CHECK(54, a0, 0xffffffdf)
	li a1, 0xffffffff; li a2, 0x1f; binv a0, a1, a2
	CHECK(55, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x20; binv a0, a1, a2
	CHECK(56, a0, 0x1ffffffff)
	li a1, 0xffffffff; li a2, 0x3f; binv a0, a1, a2
	CHECK(57, a0, 0x80000000ffffffff)
	li a1, 0xffffffff; li a2, 0x40; binv a0, a1, a2
	CHECK(58, a0, 0xfffffffe)
	li a1, 0xffffffff; li a2, 0x5f; binv a0, a1, a2
	CHECK(59, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; binv a0, a1, a2
	CHECK(60, a0, 0x80000000ffffffff)
	li a1, 0xff00000100ff80; li a2, 0x0; binv a0, a1, a2
	CHECK(61, a0, 0xff00000100ff81)
	li a1, 0xff00000100ff80; li a2, 0x1; binv a0, a1, a2
	CHECK(62, a0, 0xff00000100ff82)
	li a1, 0xff00000100ff80; li a2, 0x5; binv a0, a1, a2
	CHECK(63, a0, 0xff00000100ffa0)
	li a1, 0xff00000100ff80; li a2, 0x1f; binv a0, a1, a2
	CHECK(64, a0, 0xff00008100ff80)
	li a1, 0xff00000100ff80; li a2, 0x20; binv a0, a1, a2
	CHECK(65, a0, 0xff00010100ff80)
	li a1, 0xff00000100ff80; li a2, 0x3f; binv a0, a1, a2
	CHECK(66, a0, 0x80ff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x40; binv a0, a1, a2
	CHECK(67, a0, 0xff00000100ff81)
	li a1, 0xff00000100ff80; li a2, 0x5f; binv a0, a1, a2
	CHECK(68, a0, 0xff00008100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; binv a0, a1, a2
	CHECK(69, a0, 0x80ff00000100ff80)
	/* bext */
	li a1, 0x0; li a2, 0x0; bext a0, a1, a2
	CHECK(70, a0, 0x0)
	li a1, 0x0; li a2, 0x1; bext a0, a1, a2
	CHECK(71, a0, 0x0)
	li a1, 0x0; li a2, 0x5; bext a0, a1, a2
	CHECK(72, a0, 0x0)
	li a1, 0x0; li a2, 0x1f; bext a0, a1, a2
	CHECK(73, a0, 0x0)
	li a1, 0x0; li a2, 0x20; bext a0, a1, a2
	CHECK(74, a0, 0x0)
	li a1, 0x0; li a2, 0x3f; bext a0, a1, a2
	CHECK(75, a0, 0x0)
	li a1, 0x0; li a2, 0x40; bext a0, a1, a2
	CHECK(76, a0, 0x0)
	li a1, 0x0; li a2, 0x5f; bext a0, a1, a2
	CHECK(77, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; bext a0, a1, a2
	CHECK(78, a0, 0x0)
	li a1, 0x1; li a2, 0x0; bext a0, a1, a2
	CHECK(79, a0, 0x1)
	li a1, 0x1; li a2, 0x1; bext a0, a1, a2
	CHECK(80, a0, 0x0)
	li a1, 0x1; li a2, 0x5; bext a0, a1, a2
	CHECK(81, a0, 0x0)
	li a1, 0x1; li a2, 0x1f; bext a0, a1, a2
	CHECK(82, a0, 0x0)
	li a1, 0x1; li a2, 0x20; bext a0, a1, a2
	CHECK(83, a0, 0x0)
	li a1, 0x1; li a2, 0x3f; bext a0, a1, a2
	CHECK(84, a0, 0x0)
	li a1, 0x1; li a2, 0x40; bext a0, a1, a2
	CHECK(85, a0, 0x1)
	li a1, 0x1; li a2, 0x5f; bext a0, a1, a2
	CHECK(86, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; bext a0, a1, a2
	CHECK(87, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x0; bext a0, a1, a2
	CHECK(88, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x1; bext a0, a1, a2
	CHECK(89, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x5; bext a0, a1, a2
	CHECK(90, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x1f; bext a0, a1, a2
	CHECK(91, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x20; bext a0, a1, a2
	CHECK(92, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x3f; bext a0, a1, a2
	CHECK(93, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x40; bext a0, a1, a2
	CHECK(94, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x5f; bext a0, a1, a2
	CHECK(95, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; bext a0, a1, a2
	CHECK(96, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x0; bext a0, a1, a2
	CHECK(97, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; bext a0, a1, a2
	CHECK(98, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x5; bext a0, a1, a2
	CHECK(99, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1f; bext a0, a1, a2
	CHECK(100, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x20; bext a0, a1, a2
	CHECK(101, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x3f; bext a0, a1, a2
	CHECK(102, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x40; bext a0, a1, a2
	CHECK(103, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x5f; bext a0, a1, a2
	CHECK(104, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; bext a0, a1, a2
	CHECK(105, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x0; bext a0, a1, a2
	CHECK(106, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x1; bext a0, a1, a2
	CHECK(107, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x5; bext a0, a1, a2
	CHECK(108, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x1f; bext a0, a1, a2
	CHECK(109, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x20; bext a0, a1, a2
	CHECK(110, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x3f; bext a0, a1, a2
	CHECK(111, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x40; bext a0, a1, a2
	CHECK(112, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x5f; bext a0, a1, a2
	CHECK(113, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; bext a0, a1, a2
	CHECK(114, a0, 0x0)
	li a1, 0x80000000; li a2, 0x0; bext a0, a1, a2
	CHECK(115, a0, 0x0)
	li a1, 0x80000000; li a2, 0x1; bext a0, a1, a2
	CHECK(116, a0, 0x0)
	li a1, 0x80000000; li a2, 0x5; bext a0, a1, a2
	CHECK(117, a0, 0x0)
	li a1, 0x80000000; li a2, 0x1f; bext a0, a1, a2
	CHECK(118, a0, 0x1)
	li a1, 0x80000000; li a2, 0x20; bext a0, a1, a2
	CHECK(119, a0, 0x0)
	li a1, 0x80000000; li a2, 0x3f; bext a0, a1, a2
	CHECK(120, a0, 0x0)
	li a1, 0x80000000; li a2, 0x40; bext a0, a1, a2
	CHECK(121, a0, 0x0)
	li a1, 0x80000000; li a2, 0x5f; bext a0, a1, a2
	CHECK(122, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; bext a0, a1, a2
	CHECK(123, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x0; bext a0, a1, a2
	CHECK(124, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0x1; bext a0, a1, a2
	CHECK(125, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0x5; bext a0, a1, a2
	CHECK(126, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0x1f; bext a0, a1, a2
	CHECK(127, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x20; bext a0, a1, a2
	CHECK(128, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x3f; bext a0, a1, a2
	CHECK(129, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x40; bext a0, a1, a2
	CHECK(130, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0x5f; bext a0, a1, a2
	CHECK(131, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; bext a0, a1, a2
	CHECK(132, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x0; bext a0, a1, a2
	CHECK(133, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x1; bext a0, a1, a2
	CHECK(134, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x5; bext a0, a1, a2
	CHECK(135, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x1f; bext a0, a1, a2
	CHECK(136, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x20; bext a0, a1, a2
	CHECK(137, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x3f; bext a0, a1, a2
	CHECK(138, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x40; bext a0, a1, a2
	CHECK(139, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x5f; bext a0, a1, a2
	CHECK(140, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; bext a0, a1, a2
	CHECK(141, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0x0; bext a0, a1, a2
	CHECK(142, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x1; bext a0, a1, a2
	CHECK(143, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x5; bext a0, a1, a2
	CHECK(144, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0x1f; bext a0, a1, a2
	CHECK(145, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0x20; bext a0, a1, a2
	CHECK(146, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x3f; bext a0, a1, a2
	CHECK(147, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x40; bext a0, a1, a2
	CHECK(148, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x5f; bext a0, a1, a2
	CHECK(149, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; bext a0, a1, a2
	CHECK(150, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; bext a0, a1, a2
	CHECK(151, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x1; bext a0, a1, a2
	CHECK(152, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x5; bext a0, a1, a2
	CHECK(153, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x1f; bext a0, a1, a2
	CHECK(154, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x20; bext a0, a1, a2
	CHECK(155, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x3f; bext a0, a1, a2
	CHECK(156, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x40; bext a0, a1, a2
	CHECK(157, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x5f; bext a0, a1, a2
	CHECK(158, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; bext a0, a1, a2
	CHECK(159, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x0; bext a0, a1, a2
	CHECK(160, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x1; bext a0, a1, a2
	CHECK(161, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x5; bext a0, a1, a2
	CHECK(162, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x1f; bext a0, a1, a2
	CHECK(163, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x20; bext a0, a1, a2
	CHECK(164, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x3f; bext a0, a1, a2
	CHECK(165, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x40; bext a0, a1, a2
	CHECK(166, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x5f; bext a0, a1, a2
	CHECK(167, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; bext a0, a1, a2
	CHECK(168, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x0; bext a0, a1, a2
	CHECK(169, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x1; bext a0, a1, a2
	CHECK(170, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x5; bext a0, a1, a2
	CHECK(171, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x1f; bext a0, a1, a2
	CHECK(172, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x20; bext a0, a1, a2
	CHECK(173, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x3f; bext a0, a1, a2
	CHECK(174, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x40; bext a0, a1, a2
	CHECK(175, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x5f; bext a0, a1, a2
	CHECK(176, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; bext a0, a1, a2
	CHECK(177, a0, 0x0)
	/* bclri */
	li a1, 0x0; bclri a0, a1, 0
	CHECK(178, a0, 0x0)
	li a1, 0x0; bclri a0, a1, 1
	CHECK(179, a0, 0x0)
	li a1, 0x0; bclri a0, a1, 31
	CHECK(180, a0, 0x0)
	li a1, 0x0; bclri a0, a1, 32
	CHECK(181, a0, 0x0)
	li a1, 0x0; bclri a0, a1, 33
	CHECK(182, a0, 0x0)
	li a1, 0x0; bclri a0, a1, 63
	CHECK(183, a0, 0x0)
	li a1, 0x1; bclri a0, a1, 0
	CHECK(184, a0, 0x0)
	li a1, 0x1; bclri a0, a1, 1
	CHECK(185, a0, 0x1)
	li a1, 0x1; bclri a0, a1, 31
	CHECK(186, a0, 0x1)
	li a1, 0x1; bclri a0, a1, 32
	CHECK(187, a0, 0x1)
	li a1, 0x1; bclri a0, a1, 33
	CHECK(188, a0, 0x1)
	li a1, 0x1; bclri a0, a1, 63
	CHECK(189, a0, 0x1)
	li a1, 0xffffffffffffffff; bclri a0, a1, 0
	CHECK(190, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; bclri a0, a1, 1
	CHECK(191, a0, 0xfffffffffffffffd)
	li a1, 0xffffffffffffffff; bclri a0, a1, 31
	CHECK(192, a0, 0xffffffff7fffffff)
	li a1, 0xffffffffffffffff; bclri a0, a1, 32
	CHECK(193, a0, 0xfffffffeffffffff)
	li a1, 0xffffffffffffffff; bclri a0, a1, 33
	CHECK(194, a0, 0xfffffffdffffffff)
	li a1, 0xffffffffffffffff; bclri a0, a1, 63
	CHECK(195, a0, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; bclri a0, a1, 0
	CHECK(196, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; bclri a0, a1, 1
	CHECK(197, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; bclri a0, a1, 31
	CHECK(198, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; bclri a0, a1, 32
	CHECK(199, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; bclri a0, a1, 33
	CHECK(200, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; bclri a0, a1, 63
	CHECK(201, a0, 0x0)
	li a1, 0x7fffffffffffffff; bclri a0, a1, 0
	CHECK(202, a0, 0x7ffffffffffffffe)
	li a1, 0x7fffffffffffffff; bclri a0, a1, 1
	CHECK(203, a0, 0x7ffffffffffffffd)
	li a1, 0x7fffffffffffffff; bclri a0, a1, 31
	CHECK(204, a0, 0x7fffffff7fffffff)
	li a1, 0x7fffffffffffffff; bclri a0, a1, 32
	CHECK(205, a0, 0x7ffffffeffffffff)
	li a1, 0x7fffffffffffffff; bclri a0, a1, 33
	CHECK(206, a0, 0x7ffffffdffffffff)
	li a1, 0x7fffffffffffffff; bclri a0, a1, 63
	CHECK(207, a0, 0x7fffffffffffffff)
	li a1, 0x80000000; bclri a0, a1, 0
	CHECK(208, a0, 0x80000000)
	li a1, 0x80000000; bclri a0, a1, 1
	CHECK(209, a0, 0x80000000)
	li a1, 0x80000000; bclri a0, a1, 31
	CHECK(210, a0, 0x0)
	li a1, 0x80000000; bclri a0, a1, 32
	CHECK(211, a0, 0x80000000)
	li a1, 0x80000000; bclri a0, a1, 33
	CHECK(212, a0, 0x80000000)
	li a1, 0x80000000; bclri a0, a1, 63
	CHECK(213, a0, 0x80000000)
	li a1, 0x7fffffff; bclri a0, a1, 0
	CHECK(214, a0, 0x7ffffffe)
	li a1, 0x7fffffff; bclri a0, a1, 1
	CHECK(215, a0, 0x7ffffffd)
	li a1, 0x7fffffff; bclri a0, a1, 31
	CHECK(216, a0, 0x7fffffff)
	li a1, 0x7fffffff; bclri a0, a1, 32
	CHECK(217, a0, 0x7fffffff)
	li a1, 0x7fffffff; bclri a0, a1, 33
	CHECK(218, a0, 0x7fffffff)
	li a1, 0x7fffffff; bclri a0, a1, 63
	CHECK(219, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; bclri a0, a1, 0
	CHECK(220, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; bclri a0, a1, 1
	CHECK(221, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; bclri a0, a1, 31
	CHECK(222, a0, 0xffffffff00000000)
	li a1, 0xffffffff80000000; bclri a0, a1, 32
	CHECK(223, a0, 0xfffffffe80000000)
	li a1, 0xffffffff80000000; bclri a0, a1, 33
	CHECK(224, a0, 0xfffffffd80000000)
	li a1, 0xffffffff80000000; bclri a0, a1, 63
	CHECK(225, a0, 0x7fffffff80000000)
	li a1, 0x123456789abcdef0; bclri a0, a1, 0
	CHECK(226, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; bclri a0, a1, 1
	CHECK(227, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; bclri a0, a1, 31
	CHECK(228, a0, 0x123456781abcdef0)
	li a1, 0x123456789abcdef0; bclri a0, a1, 32
	CHECK(229, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; bclri a0, a1, 33
	CHECK(230, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; bclri a0, a1, 63
	CHECK(231, a0, 0x123456789abcdef0)
	li a1, 0xfffffffffffffff9; bclri a0, a1, 0
	CHECK(232, a0, 0xfffffffffffffff8)
	li a1, 0xfffffffffffffff9; bclri a0, a1, 1
	CHECK(233, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; bclri a0, a1, 31
	CHECK(234, a0, 0xffffffff7ffffff9)
	li a1, 0xfffffffffffffff9; bclri a0, a1, 32
	CHECK(235, a0, 0xfffffffefffffff9)
	li a1, 0xfffffffffffffff9; bclri a0, a1, 33
	CHECK(236, a0, 0xfffffffdfffffff9)
	li a1, 0xfffffffffffffff9; bclri a0, a1, 63
	CHECK(237, a0, 0x7ffffffffffffff9)
	li a1, 0xffffffff; bclri a0, a1, 0
	CHECK(238, a0, 0xfffffffe)
	li a1, 0xffffffff; bclri a0, a1, 1
	CHECK(239, a0, 0xfffffffd)
	li a1, 0xffffffff; bclri a0, a1, 31
	CHECK(240, a0, 0x7fffffff)
	li a1, 0xffffffff; bclri a0, a1, 32
	CHECK(241, a0, 0xffffffff)
	li a1, 0xffffffff; bclri a0, a1, 33
	CHECK(242, a0, 0xffffffff)
	li a1, 0xffffffff; bclri a0, a1, 63
	CHECK(243, a0, 0xffffffff)
	li a1, 0xff00000100ff80; bclri a0, a1, 0
	CHECK(244, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; bclri a0, a1, 1
	CHECK(245, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; bclri a0, a1, 31
	CHECK(246, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; bclri a0, a1, 32
	CHECK(247, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; bclri a0, a1, 33
	CHECK(248, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; bclri a0, a1, 63
	CHECK(249, a0, 0xff00000100ff80)
	/* bseti */
	li a1, 0x0; bseti a0, a1, 0
	CHECK(250, a0, 0x1)
	li a1, 0x0; bseti a0, a1, 1
	CHECK(251, a0, 0x2)
	li a1, 0x0; bseti a0, a1, 31
	CHECK(252, a0, 0x80000000)
	li a1, 0x0; bseti a0, a1, 32
	CHECK(253, a0, 0x100000000)
	li a1, 0x0; bseti a0, a1, 33
	CHECK(254, a0, 0x200000000)
	li a1, 0x0; bseti a0, a1, 63
	CHECK(255, a0, 0x8000000000000000)
	li a1, 0x1; bseti a0, a1, 0
	CHECK(1, a0, 0x1)
	li a1, 0x1; bseti a0, a1, 1
	CHECK(2, a0, 0x3)
	li a1, 0x1; bseti a0, a1, 31
	CHECK(3, a0, 0x80000001)
	li a1, 0x1; bseti a0, a1, 32
	CHECK(4, a0, 0x100000001)
	li a1, 0x1; bseti a0, a1, 33
	CHECK(5, a0, 0x200000001)
	li a1, 0x1; bseti a0, a1, 63
	CHECK(6, a0, 0x8000000000000001)
	li a1, 0xffffffffffffffff; bseti a0, a1, 0
	CHECK(7, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; bseti a0, a1, 1
	CHECK(8, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; bseti a0, a1, 31
	CHECK(9, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; bseti a0, a1, 32
	CHECK(10, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; bseti a0, a1, 33
	CHECK(11, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; bseti a0, a1, 63
	CHECK(12, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; bseti a0, a1, 0
	CHECK(13, a0, 0x8000000000000001)
	li a1, 0x8000000000000000; bseti a0, a1, 1
	CHECK(14, a0, 0x8000000000000002)
	li a1, 0x8000000000000000; bseti a0, a1, 31
	CHECK(15, a0, 0x8000000080000000)
	li a1, 0x8000000000000000; bseti a0, a1, 32
	CHECK(16, a0, 0x8000000100000000)
	li a1, 0x8000000000000000; bseti a0, a1, 33
	CHECK(17, a0, 0x8000000200000000)
	li a1, 0x8000000000000000; bseti a0, a1, 63
	CHECK(18, a0, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; bseti a0, a1, 0
	CHECK(19, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; bseti a0, a1, 1
	CHECK(20, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; bseti a0, a1, 31
	CHECK(21, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; bseti a0, a1, 32
	CHECK(22, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; bseti a0, a1, 33
	CHECK(23, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; bseti a0, a1, 63
	CHECK(24, a0, 0xffffffffffffffff)
	li a1, 0x80000000; bseti a0, a1, 0
	CHECK(25, a0, 0x80000001)
	li a1, 0x80000000; bseti a0, a1, 1
	CHECK(26, a0, 0x80000002)
	li a1, 0x80000000; bseti a0, a1, 31
	CHECK(27, a0, 0x80000000)
	li a1, 0x80000000; bseti a0, a1, 32
	CHECK(28, a0, 0x180000000)
	li a1, 0x80000000; bseti a0, a1, 33
	CHECK(29, a0, 0x280000000)
	li a1, 0x80000000; bseti a0, a1, 63
	CHECK(30, a0, 0x8000000080000000)
	li a1, 0x7fffffff; bseti a0, a1, 0
	CHECK(31, a0, 0x7fffffff)
	li a1, 0x7fffffff; bseti a0, a1, 1
	CHECK(32, a0, 0x7fffffff)
	li a1, 0x7fffffff; bseti a0, a1, 31
	CHECK(33, a0, 0xffffffff)
	li a1, 0x7fffffff; bseti a0, a1, 32
	CHECK(34, a0, 0x17fffffff)
	li a1, 0x7fffffff; bseti a0, a1, 33
	CHECK(35, a0, 0x27fffffff)
	li a1, 0x7fffffff; bseti a0, a1, 63
	CHECK(36, a0, 0x800000007fffffff)
	li a1, 0xffffffff80000000; bseti a0, a1, 0
	CHECK(37, a0, 0xffffffff80000001)
	li a1, 0xffffffff80000000; bseti a0, a1, 1
	CHECK(38, a0, 0xffffffff80000002)
	li a1, 0xffffffff80000000; bseti a0, a1, 31
	CHECK(39, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; bseti a0, a1, 32
	CHECK(40, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; bseti a0, a1, 33
	CHECK(41, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; bseti a0, a1, 63
	CHECK(42, a0, 0xffffffff80000000)
	li a1, 0x123456789abcdef0; bseti a0, a1, 0
	CHECK(43, a0, 0x123456789abcdef1)
	li a1, 0x123456789abcdef0; bseti a0, a1, 1
	CHECK(44, a0, 0x123456789abcdef2)
	li a1, 0x123456789abcdef0; bseti a0, a1, 31
	CHECK(45, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; bseti a0, a1, 32
	CHECK(46, a0, 0x123456799abcdef0)
	li a1, 0x123456789abcdef0; bseti a0, a1, 33
	CHECK(47, a0, 0x1234567a9abcdef0)
	li a1, 0x123456789abcdef0; bseti a0, a1, 63
	CHECK(48, a0, 0x923456789abcdef0)
	li a1, 0xfffffffffffffff9; bseti a0, a1, 0
	CHECK(49, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; bseti a0, a1, 1
	CHECK(50, a0, 0xfffffffffffffffb)
	li a1, 0xfffffffffffffff9; bseti a0, a1, 31
	CHECK(51, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; bseti a0, a1, 32
	CHECK(52, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; bseti a0, a1, 33
	CHECK(53, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; bseti a0, a1, 63
	CHECK(54, a0, 0xfffffffffffffff9)
	li a1, 0xffffffff; bseti a0, a1, 0
	CHECK(55, a0, 0xffffffff)
	li a1, 0xffffffff; bseti a0, a1, 1
	CHECK(56, a0, 0xffffffff)
	li a1, 0xffffffff; bseti a0, a1, 31
	CHECK(57, a0, 0xffffffff)
	li a1, 0xffffffff; bseti a0, a1, 32
	CHECK(58, a0, 0x1ffffffff)
	li a1, 0xffffffff; bseti a0, a1, 33
	CHECK(59, a0, 0x2ffffffff)
	li a1, 0xffffffff; bseti a0, a1, 63
	CHECK(60, a0, 0x80000000ffffffff)
	li a1, 0xff00000100ff80; bseti a0, a1, 0
	CHECK(61, a0, 0xff00000100ff81)
	li a1, 0xff00000100ff80; bseti a0, a1, 1
	CHECK(62, a0, 0xff00000100ff82)
	li a1, 0xff00000100ff80; bseti a0, a1, 31
	CHECK(63, a0, 0xff00008100ff80)
	li a1, 0xff00000100ff80; bseti a0, a1, 32
	CHECK(64, a0, 0xff00010100ff80)
	li a1, 0xff00000100ff80; bseti a0, a1, 33
	CHECK(65, a0, 0xff00020100ff80)
	li a1, 0xff00000100ff80; bseti a0, a1, 63
	CHECK(66, a0, 0x80ff00000100ff80)
	/* binvi */
	li a1, 0x0; binvi a0, a1, 0
	CHECK(67, a0, 0x1)
	li a1, 0x0; binvi a0, a1, 1
	CHECK(68, a0, 0x2)
	li a1, 0x0; binvi a0, a1, 31
	CHECK(69, a0, 0x80000000)
	li a1, 0x0; binvi a0, a1, 32
	CHECK(70, a0, 0x100000000)
	li a1, 0x0; binvi a0, a1, 33
	CHECK(71, a0, 0x200000000)
	li a1, 0x0; binvi a0, a1, 63
	CHECK(72, a0, 0x8000000000000000)
	li a1, 0x1; binvi a0, a1, 0
	CHECK(73, a0, 0x0)
	li a1, 0x1; binvi a0, a1, 1
	CHECK(74, a0, 0x3)
	li a1, 0x1; binvi a0, a1, 31
	CHECK(75, a0, 0x80000001)
	li a1, 0x1; binvi a0, a1, 32
	CHECK(76, a0, 0x100000001)
	li a1, 0x1; binvi a0, a1, 33
	CHECK(77, a0, 0x200000001)
	li a1, 0x1; binvi a0, a1, 63
	CHECK(78, a0, 0x8000000000000001)
	li a1, 0xffffffffffffffff; binvi a0, a1, 0
	CHECK(79, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; binvi a0, a1, 1
	CHECK(80, a0, 0xfffffffffffffffd)
	li a1, 0xffffffffffffffff; binvi a0, a1, 31
	CHECK(81, a0, 0xffffffff7fffffff)
	li a1, 0xffffffffffffffff; binvi a0, a1, 32
	CHECK(82, a0, 0xfffffffeffffffff)
	li a1, 0xffffffffffffffff; binvi a0, a1, 33
	CHECK(83, a0, 0xfffffffdffffffff)
	li a1, 0xffffffffffffffff; binvi a0, a1, 63
	CHECK(84, a0, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; binvi a0, a1, 0
	CHECK(85, a0, 0x8000000000000001)
	li a1, 0x8000000000000000; binvi a0, a1, 1
	CHECK(86, a0, 0x8000000000000002)
	li a1, 0x8000000000000000; binvi a0, a1, 31
	CHECK(87, a0, 0x8000000080000000)
	li a1, 0x8000000000000000; binvi a0, a1, 32
	CHECK(88, a0, 0x8000000100000000)
	li a1, 0x8000000000000000; binvi a0, a1, 33
	CHECK(89, a0, 0x8000000200000000)
	li a1, 0x8000000000000000; binvi a0, a1, 63
	CHECK(90, a0, 0x0)
	li a1, 0x7fffffffffffffff; binvi a0, a1, 0
	CHECK(91, a0, 0x7ffffffffffffffe)
	li a1, 0x7fffffffffffffff; binvi a0, a1, 1
	CHECK(92, a0, 0x7ffffffffffffffd)
	li a1, 0x7fffffffffffffff; binvi a0, a1, 31
	CHECK(93, a0, 0x7fffffff7fffffff)
	li a1, 0x7fffffffffffffff; binvi a0, a1, 32
	CHECK(94, a0, 0x7ffffffeffffffff)
	li a1, 0x7fffffffffffffff; binvi a0, a1, 33
	CHECK(95, a0, 0x7ffffffdffffffff)
	li a1, 0x7fffffffffffffff; binvi a0, a1, 63
	CHECK(96, a0, 0xffffffffffffffff)
	li a1, 0x80000000; binvi a0, a1, 0
	CHECK(97, a0, 0x80000001)
	li a1, 0x80000000; binvi a0, a1, 1
	CHECK(98, a0, 0x80000002)
	li a1, 0x80000000; binvi a0, a1, 31
	CHECK(99, a0, 0x0)
	li a1, 0x80000000; binvi a0, a1, 32
	CHECK(100, a0, 0x180000000)
	li a1, 0x80000000; binvi a0, a1, 33
	CHECK(101, a0, 0x280000000)
	li a1, 0x80000000; binvi a0, a1, 63
	CHECK(102, a0, 0x8000000080000000)
	li a1, 0x7fffffff; binvi a0, a1, 0
	CHECK(103, a0, 0x7ffffffe)
	li a1, 0x7fffffff; binvi a0, a1, 1
	CHECK(104, a0, 0x7ffffffd)
	li a1, 0x7fffffff; binvi a0, a1, 31
	CHECK(105, a0, 0xffffffff)
	li a1, 0x7fffffff; binvi a0, a1, 32
	CHECK(106, a0, 0x17fffffff)
	li a1, 0x7fffffff; binvi a0, a1, 33
	CHECK(107, a0, 0x27fffffff)
	li a1, 0x7fffffff; binvi a0, a1, 63
	CHECK(108, a0, 0x800000007fffffff)
	li a1, 0xffffffff80000000; binvi a0, a1, 0
	CHECK(109, a0, 0xffffffff80000001)
	li a1, 0xffffffff80000000; binvi a0, a1, 1
	CHECK(110, a0, 0xffffffff80000002)
	li a1, 0xffffffff80000000; binvi a0, a1, 31
	CHECK(111, a0, 0xffffffff00000000)
	li a1, 0xffffffff80000000; binvi a0, a1, 32
	CHECK(112, a0, 0xfffffffe80000000)
	li a1, 0xffffffff80000000; binvi a0, a1, 33
	CHECK(113, a0, 0xfffffffd80000000)
	li a1, 0xffffffff80000000; binvi a0, a1, 63
	CHECK(114, a0, 0x7fffffff80000000)
	li a1, 0x123456789abcdef0; binvi a0, a1, 0
	CHECK(115, a0, 0x123456789abcdef1)
	li a1, 0x123456789abcdef0; binvi a0, a1, 1
	CHECK(116, a0, 0x123456789abcdef2)
	li a1, 0x123456789abcdef0; binvi a0, a1, 31
	CHECK(117, a0, 0x123456781abcdef0)
	li a1, 0x123456789abcdef0; binvi a0, a1, 32
	CHECK(118, a0, 0x123456799abcdef0)
	li a1, 0x123456789abcdef0; binvi a0, a1, 33
	CHECK(119, a0, 0x1234567a9abcdef0)
	li a1, 0x123456789abcdef0; binvi a0, a1, 63
	CHECK(120, a0, 0x923456789abcdef0)
	li a1, 0xfffffffffffffff9; binvi a0, a1, 0
	CHECK(121, a0, 0xfffffffffffffff8)
	li a1, 0xfffffffffffffff9; binvi a0, a1, 1
	CHECK(122, a0, 0xfffffffffffffffb)
	li a1, 0xfffffffffffffff9; binvi a0, a1, 31
	CHECK(123, a0, 0xffffffff7ffffff9)
	li a1, 0xfffffffffffffff9; binvi a0, a1, 32
	CHECK(124, a0, 0xfffffffefffffff9)
	li a1, 0xfffffffffffffff9; binvi a0, a1, 33
	CHECK(125, a0, 0xfffffffdfffffff9)
	li a1, 0xfffffffffffffff9; binvi a0, a1, 63
	CHECK(126, a0, 0x7ffffffffffffff9)
	li a1, 0xffffffff; binvi a0, a1, 0
	CHECK(127, a0, 0xfffffffe)
	li a1, 0xffffffff; binvi a0, a1, 1
	CHECK(128, a0, 0xfffffffd)
	li a1, 0xffffffff; binvi a0, a1, 31
	CHECK(129, a0, 0x7fffffff)
	li a1, 0xffffffff; binvi a0, a1, 32
	CHECK(130, a0, 0x1ffffffff)
	li a1, 0xffffffff; binvi a0, a1, 33
	CHECK(131, a0, 0x2ffffffff)
	li a1, 0xffffffff; binvi a0, a1, 63
	CHECK(132, a0, 0x80000000ffffffff)
	li a1, 0xff00000100ff80; binvi a0, a1, 0
	CHECK(133, a0, 0xff00000100ff81)
	li a1, 0xff00000100ff80; binvi a0, a1, 1
	CHECK(134, a0, 0xff00000100ff82)
	li a1, 0xff00000100ff80; binvi a0, a1, 31
	CHECK(135, a0, 0xff00008100ff80)
	li a1, 0xff00000100ff80; binvi a0, a1, 32
	CHECK(136, a0, 0xff00010100ff80)
	li a1, 0xff00000100ff80; binvi a0, a1, 33
	CHECK(137, a0, 0xff00020100ff80)
	li a1, 0xff00000100ff80; binvi a0, a1, 63
	CHECK(138, a0, 0x80ff00000100ff80)
	/* bexti */
	li a1, 0x0; bexti a0, a1, 0
	CHECK(139, a0, 0x0)
	li a1, 0x0; bexti a0, a1, 1
	CHECK(140, a0, 0x0)
	li a1, 0x0; bexti a0, a1, 31
	CHECK(141, a0, 0x0)
	li a1, 0x0; bexti a0, a1, 32
	CHECK(142, a0, 0x0)
	li a1, 0x0; bexti a0, a1, 33
	CHECK(143, a0, 0x0)
	li a1, 0x0; bexti a0, a1, 63
	CHECK(144, a0, 0x0)
	li a1, 0x1; bexti a0, a1, 0
	CHECK(145, a0, 0x1)
	li a1, 0x1; bexti a0, a1, 1
	CHECK(146, a0, 0x0)
	li a1, 0x1; bexti a0, a1, 31
	CHECK(147, a0, 0x0)
	li a1, 0x1; bexti a0, a1, 32
	CHECK(148, a0, 0x0)
	li a1, 0x1; bexti a0, a1, 33
	CHECK(149, a0, 0x0)
	li a1, 0x1; bexti a0, a1, 63
	CHECK(150, a0, 0x0)
	li a1, 0xffffffffffffffff; bexti a0, a1, 0
	CHECK(151, a0, 0x1)
	li a1, 0xffffffffffffffff; bexti a0, a1, 1
	CHECK(152, a0, 0x1)
	li a1, 0xffffffffffffffff; bexti a0, a1, 31
	CHECK(153, a0, 0x1)
	li a1, 0xffffffffffffffff; bexti a0, a1, 32
	CHECK(154, a0, 0x1)
	li a1, 0xffffffffffffffff; bexti a0, a1, 33
	CHECK(155, a0, 0x1)
	li a1, 0xffffffffffffffff; bexti a0, a1, 63
	CHECK(156, a0, 0x1)
	li a1, 0x8000000000000000; bexti a0, a1, 0
	CHECK(157, a0, 0x0)
	li a1, 0x8000000000000000; bexti a0, a1, 1
	CHECK(158, a0, 0x0)
	li a1, 0x8000000000000000; bexti a0, a1, 31
	CHECK(159, a0, 0x0)
	li a1, 0x8000000000000000; bexti a0, a1, 32
	CHECK(160, a0, 0x0)
	li a1, 0x8000000000000000; bexti a0, a1, 33
	CHECK(161, a0, 0x0)
	li a1, 0x8000000000000000; bexti a0, a1, 63
	CHECK(162, a0, 0x1)
	li a1, 0x7fffffffffffffff; bexti a0, a1, 0
	CHECK(163, a0, 0x1)
	li a1, 0x7fffffffffffffff; bexti a0, a1, 1
	CHECK(164, a0, 0x1)
	li a1, 0x7fffffffffffffff; bexti a0, a1, 31
	CHECK(165, a0, 0x1)
	li a1, 0x7fffffffffffffff; bexti a0, a1, 32
	CHECK(166, a0, 0x1)
	li a1, 0x7fffffffffffffff; bexti a0, a1, 33
	CHECK(167, a0, 0x1)
	li a1, 0x7fffffffffffffff; bexti a0, a1, 63
	CHECK(168, a0, 0x0)
	li a1, 0x80000000; bexti a0, a1, 0
	CHECK(169, a0, 0x0)
	li a1, 0x80000000; bexti a0, a1, 1
	CHECK(170, a0, 0x0)
	li a1, 0x80000000; bexti a0, a1, 31
	CHECK(171, a0, 0x1)
	li a1, 0x80000000; bexti a0, a1, 32
	CHECK(172, a0, 0x0)
	li a1, 0x80000000; bexti a0, a1, 33
	CHECK(173, a0, 0x0)
	li a1, 0x80000000; bexti a0, a1, 63
	CHECK(174, a0, 0x0)
	li a1, 0x7fffffff; bexti a0, a1, 0
	CHECK(175, a0, 0x1)
	li a1, 0x7fffffff; bexti a0, a1, 1
	CHECK(176, a0, 0x1)
	li a1, 0x7fffffff; bexti a0, a1, 31
	CHECK(177, a0, 0x0)
	li a1, 0x7fffffff; bexti a0, a1, 32
	CHECK(178, a0, 0x0)
	li a1, 0x7fffffff; bexti a0, a1, 33
	CHECK(179, a0, 0x0)
	li a1, 0x7fffffff; bexti a0, a1, 63
	CHECK(180, a0, 0x0)
	li a1, 0xffffffff80000000; bexti a0, a1, 0
	CHECK(181, a0, 0x0)
	li a1, 0xffffffff80000000; bexti a0, a1, 1
	CHECK(182, a0, 0x0)
	li a1, 0xffffffff80000000; bexti a0, a1, 31
	CHECK(183, a0, 0x1)
	li a1, 0xffffffff80000000; bexti a0, a1, 32
	CHECK(184, a0, 0x1)
	li a1, 0xffffffff80000000; bexti a0, a1, 33
	CHECK(185, a0, 0x1)
	li a1, 0xffffffff80000000; bexti a0, a1, 63
	CHECK(186, a0, 0x1)
	li a1, 0x123456789abcdef0; bexti a0, a1, 0
	CHECK(187, a0, 0x0)
	li a1, 0x123456789abcdef0; bexti a0, a1, 1
	CHECK(188, a0, 0x0)
	li a1, 0x123456789abcdef0; bexti a0, a1, 31
	CHECK(189, a0, 0x1)
	li a1, 0x123456789abcdef0; bexti a0, a1, 32
	CHECK(190, a0, 0x0)
	li a1, 0x123456789abcdef0; bexti a0, a1, 33
	CHECK(191, a0, 0x0)
	li a1, 0x123456789abcdef0; bexti a0, a1, 63
	CHECK(192, a0, 0x0)
	li a1, 0xfffffffffffffff9; bexti a0, a1, 0
	CHECK(193, a0, 0x1)
	li a1, 0xfffffffffffffff9; bexti a0, a1, 1
	CHECK(194, a0, 0x0)
	li a1, 0xfffffffffffffff9; bexti a0, a1, 31
	CHECK(195, a0, 0x1)
	li a1, 0xfffffffffffffff9; bexti a0, a1, 32
	CHECK(196, a0, 0x1)
	li a1, 0xfffffffffffffff9; bexti a0, a1, 33
	CHECK(197, a0, 0x1)
	li a1, 0xfffffffffffffff9; bexti a0, a1, 63
	CHECK(198, a0, 0x1)
	li a1, 0xffffffff; bexti a0, a1, 0
	CHECK(199, a0, 0x1)
	li a1, 0xffffffff; bexti a0, a1, 1
	CHECK(200, a0, 0x1)
	li a1, 0xffffffff; bexti a0, a1, 31
	CHECK(201, a0, 0x1)
	li a1, 0xffffffff; bexti a0, a1, 32
	CHECK(202, a0, 0x0)
	li a1, 0xffffffff; bexti a0, a1, 33
	CHECK(203, a0, 0x0)
	li a1, 0xffffffff; bexti a0, a1, 63
	CHECK(204, a0, 0x0)
	li a1, 0xff00000100ff80; bexti a0, a1, 0
	CHECK(205, a0, 0x0)
	li a1, 0xff00000100ff80; bexti a0, a1, 1
	CHECK(206, a0, 0x0)
	li a1, 0xff00000100ff80; bexti a0, a1, 31
	CHECK(207, a0, 0x0)
	li a1, 0xff00000100ff80; bexti a0, a1, 32
	CHECK(208, a0, 0x0)
	li a1, 0xff00000100ff80; bexti a0, a1, 33
	CHECK(209, a0, 0x0)
	li a1, 0xff00000100ff80; bexti a0, a1, 63
	CHECK(210, a0, 0x0)
TEST_END
