/* RV64I shifts: amounts masked to 6 bits (5 for the W forms) */
/* Table-driven: one check per (operation, operands) over edge values. Written by a throwaway
 * script at test-writing time, expected values computed from the RISC-V unprivileged spec
 * with Python integers, and run against qemu-riscv64. Check numbers wrap at 255. */
#include "test.h"

TEST_BEGIN
	/* sll */
	li a1, 0x0; li a2, 0x0; sll a0, a1, a2
	CHECK(1, a0, 0x0)
	li a1, 0x0; li a2, 0x1; sll a0, a1, a2
	CHECK(2, a0, 0x0)
	li a1, 0x0; li a2, 0x5; sll a0, a1, a2
	CHECK(3, a0, 0x0)
	li a1, 0x0; li a2, 0x1f; sll a0, a1, a2
	CHECK(4, a0, 0x0)
	li a1, 0x0; li a2, 0x20; sll a0, a1, a2
	CHECK(5, a0, 0x0)
	li a1, 0x0; li a2, 0x3f; sll a0, a1, a2
	CHECK(6, a0, 0x0)
	li a1, 0x0; li a2, 0x40; sll a0, a1, a2
	CHECK(7, a0, 0x0)
	li a1, 0x0; li a2, 0x5f; sll a0, a1, a2
	CHECK(8, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; sll a0, a1, a2
	CHECK(9, a0, 0x0)
	li a1, 0x1; li a2, 0x0; sll a0, a1, a2
	CHECK(10, a0, 0x1)
	li a1, 0x1; li a2, 0x1; sll a0, a1, a2
	CHECK(11, a0, 0x2)
	li a1, 0x1; li a2, 0x5; sll a0, a1, a2
	CHECK(12, a0, 0x20)
	li a1, 0x1; li a2, 0x1f; sll a0, a1, a2
	CHECK(13, a0, 0x80000000)
	li a1, 0x1; li a2, 0x20; sll a0, a1, a2
	CHECK(14, a0, 0x100000000)
	li a1, 0x1; li a2, 0x3f; sll a0, a1, a2
	CHECK(15, a0, 0x8000000000000000)
	li a1, 0x1; li a2, 0x40; sll a0, a1, a2
	CHECK(16, a0, 0x1)
	li a1, 0x1; li a2, 0x5f; sll a0, a1, a2
	CHECK(17, a0, 0x80000000)
	li a1, 0x1; li a2, 0xffffffffffffffff; sll a0, a1, a2
	CHECK(18, a0, 0x8000000000000000)
	li a1, 0xffffffffffffffff; li a2, 0x0; sll a0, a1, a2
	CHECK(19, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; sll a0, a1, a2
	CHECK(20, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x5; sll a0, a1, a2
	CHECK(21, a0, 0xffffffffffffffe0)
	li a1, 0xffffffffffffffff; li a2, 0x1f; sll a0, a1, a2
	CHECK(22, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; li a2, 0x20; sll a0, a1, a2
	CHECK(23, a0, 0xffffffff00000000)
	li a1, 0xffffffffffffffff; li a2, 0x3f; sll a0, a1, a2
	CHECK(24, a0, 0x8000000000000000)
	li a1, 0xffffffffffffffff; li a2, 0x40; sll a0, a1, a2
	CHECK(25, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5f; sll a0, a1, a2
	CHECK(26, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; sll a0, a1, a2
	CHECK(27, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x0; sll a0, a1, a2
	CHECK(28, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x1; sll a0, a1, a2
	CHECK(29, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x5; sll a0, a1, a2
	CHECK(30, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1f; sll a0, a1, a2
	CHECK(31, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x20; sll a0, a1, a2
	CHECK(32, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x3f; sll a0, a1, a2
	CHECK(33, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x40; sll a0, a1, a2
	CHECK(34, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x5f; sll a0, a1, a2
	CHECK(35, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; sll a0, a1, a2
	CHECK(36, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; sll a0, a1, a2
	CHECK(37, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; sll a0, a1, a2
	CHECK(38, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x5; sll a0, a1, a2
	CHECK(39, a0, 0xffffffffffffffe0)
	li a1, 0x7fffffffffffffff; li a2, 0x1f; sll a0, a1, a2
	CHECK(40, a0, 0xffffffff80000000)
	li a1, 0x7fffffffffffffff; li a2, 0x20; sll a0, a1, a2
	CHECK(41, a0, 0xffffffff00000000)
	li a1, 0x7fffffffffffffff; li a2, 0x3f; sll a0, a1, a2
	CHECK(42, a0, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; li a2, 0x40; sll a0, a1, a2
	CHECK(43, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5f; sll a0, a1, a2
	CHECK(44, a0, 0xffffffff80000000)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; sll a0, a1, a2
	CHECK(45, a0, 0x8000000000000000)
	li a1, 0x80000000; li a2, 0x0; sll a0, a1, a2
	CHECK(46, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x1; sll a0, a1, a2
	CHECK(47, a0, 0x100000000)
	li a1, 0x80000000; li a2, 0x5; sll a0, a1, a2
	CHECK(48, a0, 0x1000000000)
	li a1, 0x80000000; li a2, 0x1f; sll a0, a1, a2
	CHECK(49, a0, 0x4000000000000000)
	li a1, 0x80000000; li a2, 0x20; sll a0, a1, a2
	CHECK(50, a0, 0x8000000000000000)
	li a1, 0x80000000; li a2, 0x3f; sll a0, a1, a2
	CHECK(51, a0, 0x0)
	li a1, 0x80000000; li a2, 0x40; sll a0, a1, a2
	CHECK(52, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x5f; sll a0, a1, a2
	CHECK(53, a0, 0x4000000000000000)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; sll a0, a1, a2
	CHECK(54, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x0; sll a0, a1, a2
	CHECK(55, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; sll a0, a1, a2
	CHECK(56, a0, 0xfffffffe)
	li a1, 0x7fffffff; li a2, 0x5; sll a0, a1, a2
	CHECK(57, a0, 0xfffffffe0)
	li a1, 0x7fffffff; li a2, 0x1f; sll a0, a1, a2
	CHECK(58, a0, 0x3fffffff80000000)
	li a1, 0x7fffffff; li a2, 0x20; sll a0, a1, a2
	CHECK(59, a0, 0x7fffffff00000000)
	li a1, 0x7fffffff; li a2, 0x3f; sll a0, a1, a2
	CHECK(60, a0, 0x8000000000000000)
	li a1, 0x7fffffff; li a2, 0x40; sll a0, a1, a2
	CHECK(61, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x5f; sll a0, a1, a2
	CHECK(62, a0, 0x3fffffff80000000)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; sll a0, a1, a2
	CHECK(63, a0, 0x8000000000000000)
	li a1, 0xffffffff80000000; li a2, 0x0; sll a0, a1, a2
	CHECK(64, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; sll a0, a1, a2
	CHECK(65, a0, 0xffffffff00000000)
	li a1, 0xffffffff80000000; li a2, 0x5; sll a0, a1, a2
	CHECK(66, a0, 0xfffffff000000000)
	li a1, 0xffffffff80000000; li a2, 0x1f; sll a0, a1, a2
	CHECK(67, a0, 0xc000000000000000)
	li a1, 0xffffffff80000000; li a2, 0x20; sll a0, a1, a2
	CHECK(68, a0, 0x8000000000000000)
	li a1, 0xffffffff80000000; li a2, 0x3f; sll a0, a1, a2
	CHECK(69, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x40; sll a0, a1, a2
	CHECK(70, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x5f; sll a0, a1, a2
	CHECK(71, a0, 0xc000000000000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; sll a0, a1, a2
	CHECK(72, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x0; sll a0, a1, a2
	CHECK(73, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; sll a0, a1, a2
	CHECK(74, a0, 0x2468acf13579bde0)
	li a1, 0x123456789abcdef0; li a2, 0x5; sll a0, a1, a2
	CHECK(75, a0, 0x468acf13579bde00)
	li a1, 0x123456789abcdef0; li a2, 0x1f; sll a0, a1, a2
	CHECK(76, a0, 0x4d5e6f7800000000)
	li a1, 0x123456789abcdef0; li a2, 0x20; sll a0, a1, a2
	CHECK(77, a0, 0x9abcdef000000000)
	li a1, 0x123456789abcdef0; li a2, 0x3f; sll a0, a1, a2
	CHECK(78, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x40; sll a0, a1, a2
	CHECK(79, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x5f; sll a0, a1, a2
	CHECK(80, a0, 0x4d5e6f7800000000)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; sll a0, a1, a2
	CHECK(81, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; sll a0, a1, a2
	CHECK(82, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; sll a0, a1, a2
	CHECK(83, a0, 0xfffffffffffffff2)
	li a1, 0xfffffffffffffff9; li a2, 0x5; sll a0, a1, a2
	CHECK(84, a0, 0xffffffffffffff20)
	li a1, 0xfffffffffffffff9; li a2, 0x1f; sll a0, a1, a2
	CHECK(85, a0, 0xfffffffc80000000)
	li a1, 0xfffffffffffffff9; li a2, 0x20; sll a0, a1, a2
	CHECK(86, a0, 0xfffffff900000000)
	li a1, 0xfffffffffffffff9; li a2, 0x3f; sll a0, a1, a2
	CHECK(87, a0, 0x8000000000000000)
	li a1, 0xfffffffffffffff9; li a2, 0x40; sll a0, a1, a2
	CHECK(88, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x5f; sll a0, a1, a2
	CHECK(89, a0, 0xfffffffc80000000)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; sll a0, a1, a2
	CHECK(90, a0, 0x8000000000000000)
	li a1, 0xffffffff; li a2, 0x0; sll a0, a1, a2
	CHECK(91, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x1; sll a0, a1, a2
	CHECK(92, a0, 0x1fffffffe)
	li a1, 0xffffffff; li a2, 0x5; sll a0, a1, a2
	CHECK(93, a0, 0x1fffffffe0)
	li a1, 0xffffffff; li a2, 0x1f; sll a0, a1, a2
	CHECK(94, a0, 0x7fffffff80000000)
	li a1, 0xffffffff; li a2, 0x20; sll a0, a1, a2
	CHECK(95, a0, 0xffffffff00000000)
	li a1, 0xffffffff; li a2, 0x3f; sll a0, a1, a2
	CHECK(96, a0, 0x8000000000000000)
	li a1, 0xffffffff; li a2, 0x40; sll a0, a1, a2
	CHECK(97, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x5f; sll a0, a1, a2
	CHECK(98, a0, 0x7fffffff80000000)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; sll a0, a1, a2
	CHECK(99, a0, 0x8000000000000000)
	li a1, 0xff00000100ff80; li a2, 0x0; sll a0, a1, a2
	CHECK(100, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; sll a0, a1, a2
	CHECK(101, a0, 0x1fe00000201ff00)
	li a1, 0xff00000100ff80; li a2, 0x5; sll a0, a1, a2
	CHECK(102, a0, 0x1fe00000201ff000)
	li a1, 0xff00000100ff80; li a2, 0x1f; sll a0, a1, a2
	CHECK(103, a0, 0x807fc000000000)
	li a1, 0xff00000100ff80; li a2, 0x20; sll a0, a1, a2
	CHECK(104, a0, 0x100ff8000000000)
	li a1, 0xff00000100ff80; li a2, 0x3f; sll a0, a1, a2
	CHECK(105, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x40; sll a0, a1, a2
	CHECK(106, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x5f; sll a0, a1, a2
	CHECK(107, a0, 0x807fc000000000)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; sll a0, a1, a2
	CHECK(108, a0, 0x0)
	/* srl */
	li a1, 0x0; li a2, 0x0; srl a0, a1, a2
	CHECK(109, a0, 0x0)
	li a1, 0x0; li a2, 0x1; srl a0, a1, a2
	CHECK(110, a0, 0x0)
	li a1, 0x0; li a2, 0x5; srl a0, a1, a2
	CHECK(111, a0, 0x0)
	li a1, 0x0; li a2, 0x1f; srl a0, a1, a2
	CHECK(112, a0, 0x0)
	li a1, 0x0; li a2, 0x20; srl a0, a1, a2
	CHECK(113, a0, 0x0)
	li a1, 0x0; li a2, 0x3f; srl a0, a1, a2
	CHECK(114, a0, 0x0)
	li a1, 0x0; li a2, 0x40; srl a0, a1, a2
	CHECK(115, a0, 0x0)
	li a1, 0x0; li a2, 0x5f; srl a0, a1, a2
	CHECK(116, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; srl a0, a1, a2
	CHECK(117, a0, 0x0)
	li a1, 0x1; li a2, 0x0; srl a0, a1, a2
	CHECK(118, a0, 0x1)
	li a1, 0x1; li a2, 0x1; srl a0, a1, a2
	CHECK(119, a0, 0x0)
	li a1, 0x1; li a2, 0x5; srl a0, a1, a2
	CHECK(120, a0, 0x0)
	li a1, 0x1; li a2, 0x1f; srl a0, a1, a2
	CHECK(121, a0, 0x0)
	li a1, 0x1; li a2, 0x20; srl a0, a1, a2
	CHECK(122, a0, 0x0)
	li a1, 0x1; li a2, 0x3f; srl a0, a1, a2
	CHECK(123, a0, 0x0)
	li a1, 0x1; li a2, 0x40; srl a0, a1, a2
	CHECK(124, a0, 0x1)
	li a1, 0x1; li a2, 0x5f; srl a0, a1, a2
	CHECK(125, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; srl a0, a1, a2
	CHECK(126, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x0; srl a0, a1, a2
	CHECK(127, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; srl a0, a1, a2
	CHECK(128, a0, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5; srl a0, a1, a2
	CHECK(129, a0, 0x7ffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1f; srl a0, a1, a2
	CHECK(130, a0, 0x1ffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x20; srl a0, a1, a2
	CHECK(131, a0, 0xffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x3f; srl a0, a1, a2
	CHECK(132, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x40; srl a0, a1, a2
	CHECK(133, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5f; srl a0, a1, a2
	CHECK(134, a0, 0x1ffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; srl a0, a1, a2
	CHECK(135, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x0; srl a0, a1, a2
	CHECK(136, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x1; srl a0, a1, a2
	CHECK(137, a0, 0x4000000000000000)
	li a1, 0x8000000000000000; li a2, 0x5; srl a0, a1, a2
	CHECK(138, a0, 0x400000000000000)
	li a1, 0x8000000000000000; li a2, 0x1f; srl a0, a1, a2
	CHECK(139, a0, 0x100000000)
	li a1, 0x8000000000000000; li a2, 0x20; srl a0, a1, a2
	CHECK(140, a0, 0x80000000)
	li a1, 0x8000000000000000; li a2, 0x3f; srl a0, a1, a2
	CHECK(141, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x40; srl a0, a1, a2
	CHECK(142, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x5f; srl a0, a1, a2
	CHECK(143, a0, 0x100000000)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; srl a0, a1, a2
	CHECK(144, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x0; srl a0, a1, a2
	CHECK(145, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; srl a0, a1, a2
	CHECK(146, a0, 0x3fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5; srl a0, a1, a2
	CHECK(147, a0, 0x3ffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1f; srl a0, a1, a2
	CHECK(148, a0, 0xffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x20; srl a0, a1, a2
	CHECK(149, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x3f; srl a0, a1, a2
	CHECK(150, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x40; srl a0, a1, a2
	CHECK(151, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5f; srl a0, a1, a2
	CHECK(152, a0, 0xffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; srl a0, a1, a2
	CHECK(153, a0, 0x0)
	li a1, 0x80000000; li a2, 0x0; srl a0, a1, a2
	CHECK(154, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x1; srl a0, a1, a2
	CHECK(155, a0, 0x40000000)
	li a1, 0x80000000; li a2, 0x5; srl a0, a1, a2
	CHECK(156, a0, 0x4000000)
	li a1, 0x80000000; li a2, 0x1f; srl a0, a1, a2
	CHECK(157, a0, 0x1)
	li a1, 0x80000000; li a2, 0x20; srl a0, a1, a2
	CHECK(158, a0, 0x0)
	li a1, 0x80000000; li a2, 0x3f; srl a0, a1, a2
	CHECK(159, a0, 0x0)
	li a1, 0x80000000; li a2, 0x40; srl a0, a1, a2
	CHECK(160, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x5f; srl a0, a1, a2
	CHECK(161, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; srl a0, a1, a2
	CHECK(162, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x0; srl a0, a1, a2
	CHECK(163, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; srl a0, a1, a2
	CHECK(164, a0, 0x3fffffff)
	li a1, 0x7fffffff; li a2, 0x5; srl a0, a1, a2
	CHECK(165, a0, 0x3ffffff)
	li a1, 0x7fffffff; li a2, 0x1f; srl a0, a1, a2
	CHECK(166, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x20; srl a0, a1, a2
	CHECK(167, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x3f; srl a0, a1, a2
	CHECK(168, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x40; srl a0, a1, a2
	CHECK(169, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x5f; srl a0, a1, a2
	CHECK(170, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; srl a0, a1, a2
	CHECK(171, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x0; srl a0, a1, a2
	CHECK(172, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; srl a0, a1, a2
	CHECK(173, a0, 0x7fffffffc0000000)
	li a1, 0xffffffff80000000; li a2, 0x5; srl a0, a1, a2
	CHECK(174, a0, 0x7fffffffc000000)
	li a1, 0xffffffff80000000; li a2, 0x1f; srl a0, a1, a2
	CHECK(175, a0, 0x1ffffffff)
	li a1, 0xffffffff80000000; li a2, 0x20; srl a0, a1, a2
	CHECK(176, a0, 0xffffffff)
	li a1, 0xffffffff80000000; li a2, 0x3f; srl a0, a1, a2
	CHECK(177, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x40; srl a0, a1, a2
	CHECK(178, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x5f; srl a0, a1, a2
	CHECK(179, a0, 0x1ffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; srl a0, a1, a2
	CHECK(180, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0x0; srl a0, a1, a2
	CHECK(181, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; srl a0, a1, a2
	CHECK(182, a0, 0x91a2b3c4d5e6f78)
	li a1, 0x123456789abcdef0; li a2, 0x5; srl a0, a1, a2
	CHECK(183, a0, 0x91a2b3c4d5e6f7)
	li a1, 0x123456789abcdef0; li a2, 0x1f; srl a0, a1, a2
	CHECK(184, a0, 0x2468acf1)
	li a1, 0x123456789abcdef0; li a2, 0x20; srl a0, a1, a2
	CHECK(185, a0, 0x12345678)
	li a1, 0x123456789abcdef0; li a2, 0x3f; srl a0, a1, a2
	CHECK(186, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x40; srl a0, a1, a2
	CHECK(187, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x5f; srl a0, a1, a2
	CHECK(188, a0, 0x2468acf1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; srl a0, a1, a2
	CHECK(189, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; srl a0, a1, a2
	CHECK(190, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; srl a0, a1, a2
	CHECK(191, a0, 0x7ffffffffffffffc)
	li a1, 0xfffffffffffffff9; li a2, 0x5; srl a0, a1, a2
	CHECK(192, a0, 0x7ffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x1f; srl a0, a1, a2
	CHECK(193, a0, 0x1ffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x20; srl a0, a1, a2
	CHECK(194, a0, 0xffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x3f; srl a0, a1, a2
	CHECK(195, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x40; srl a0, a1, a2
	CHECK(196, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x5f; srl a0, a1, a2
	CHECK(197, a0, 0x1ffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; srl a0, a1, a2
	CHECK(198, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x0; srl a0, a1, a2
	CHECK(199, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x1; srl a0, a1, a2
	CHECK(200, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x5; srl a0, a1, a2
	CHECK(201, a0, 0x7ffffff)
	li a1, 0xffffffff; li a2, 0x1f; srl a0, a1, a2
	CHECK(202, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x20; srl a0, a1, a2
	CHECK(203, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x3f; srl a0, a1, a2
	CHECK(204, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x40; srl a0, a1, a2
	CHECK(205, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x5f; srl a0, a1, a2
	CHECK(206, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; srl a0, a1, a2
	CHECK(207, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x0; srl a0, a1, a2
	CHECK(208, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; srl a0, a1, a2
	CHECK(209, a0, 0x7f800000807fc0)
	li a1, 0xff00000100ff80; li a2, 0x5; srl a0, a1, a2
	CHECK(210, a0, 0x7f800000807fc)
	li a1, 0xff00000100ff80; li a2, 0x1f; srl a0, a1, a2
	CHECK(211, a0, 0x1fe0000)
	li a1, 0xff00000100ff80; li a2, 0x20; srl a0, a1, a2
	CHECK(212, a0, 0xff0000)
	li a1, 0xff00000100ff80; li a2, 0x3f; srl a0, a1, a2
	CHECK(213, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x40; srl a0, a1, a2
	CHECK(214, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x5f; srl a0, a1, a2
	CHECK(215, a0, 0x1fe0000)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; srl a0, a1, a2
	CHECK(216, a0, 0x0)
	/* sra */
	li a1, 0x0; li a2, 0x0; sra a0, a1, a2
	CHECK(217, a0, 0x0)
	li a1, 0x0; li a2, 0x1; sra a0, a1, a2
	CHECK(218, a0, 0x0)
	li a1, 0x0; li a2, 0x5; sra a0, a1, a2
	CHECK(219, a0, 0x0)
	li a1, 0x0; li a2, 0x1f; sra a0, a1, a2
	CHECK(220, a0, 0x0)
	li a1, 0x0; li a2, 0x20; sra a0, a1, a2
	CHECK(221, a0, 0x0)
	li a1, 0x0; li a2, 0x3f; sra a0, a1, a2
	CHECK(222, a0, 0x0)
	li a1, 0x0; li a2, 0x40; sra a0, a1, a2
	CHECK(223, a0, 0x0)
	li a1, 0x0; li a2, 0x5f; sra a0, a1, a2
	CHECK(224, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; sra a0, a1, a2
	CHECK(225, a0, 0x0)
	li a1, 0x1; li a2, 0x0; sra a0, a1, a2
	CHECK(226, a0, 0x1)
	li a1, 0x1; li a2, 0x1; sra a0, a1, a2
	CHECK(227, a0, 0x0)
	li a1, 0x1; li a2, 0x5; sra a0, a1, a2
	CHECK(228, a0, 0x0)
	li a1, 0x1; li a2, 0x1f; sra a0, a1, a2
	CHECK(229, a0, 0x0)
	li a1, 0x1; li a2, 0x20; sra a0, a1, a2
	CHECK(230, a0, 0x0)
	li a1, 0x1; li a2, 0x3f; sra a0, a1, a2
	CHECK(231, a0, 0x0)
	li a1, 0x1; li a2, 0x40; sra a0, a1, a2
	CHECK(232, a0, 0x1)
	li a1, 0x1; li a2, 0x5f; sra a0, a1, a2
	CHECK(233, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; sra a0, a1, a2
	CHECK(234, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x0; sra a0, a1, a2
	CHECK(235, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; sra a0, a1, a2
	CHECK(236, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5; sra a0, a1, a2
	CHECK(237, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1f; sra a0, a1, a2
	CHECK(238, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x20; sra a0, a1, a2
	CHECK(239, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x3f; sra a0, a1, a2
	CHECK(240, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x40; sra a0, a1, a2
	CHECK(241, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5f; sra a0, a1, a2
	CHECK(242, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; sra a0, a1, a2
	CHECK(243, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x0; sra a0, a1, a2
	CHECK(244, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x1; sra a0, a1, a2
	CHECK(245, a0, 0xc000000000000000)
	li a1, 0x8000000000000000; li a2, 0x5; sra a0, a1, a2
	CHECK(246, a0, 0xfc00000000000000)
	li a1, 0x8000000000000000; li a2, 0x1f; sra a0, a1, a2
	CHECK(247, a0, 0xffffffff00000000)
	li a1, 0x8000000000000000; li a2, 0x20; sra a0, a1, a2
	CHECK(248, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0x3f; sra a0, a1, a2
	CHECK(249, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x40; sra a0, a1, a2
	CHECK(250, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x5f; sra a0, a1, a2
	CHECK(251, a0, 0xffffffff00000000)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; sra a0, a1, a2
	CHECK(252, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x0; sra a0, a1, a2
	CHECK(253, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; sra a0, a1, a2
	CHECK(254, a0, 0x3fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5; sra a0, a1, a2
	CHECK(255, a0, 0x3ffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1f; sra a0, a1, a2
	CHECK(1, a0, 0xffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x20; sra a0, a1, a2
	CHECK(2, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x3f; sra a0, a1, a2
	CHECK(3, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x40; sra a0, a1, a2
	CHECK(4, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5f; sra a0, a1, a2
	CHECK(5, a0, 0xffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; sra a0, a1, a2
	CHECK(6, a0, 0x0)
	li a1, 0x80000000; li a2, 0x0; sra a0, a1, a2
	CHECK(7, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x1; sra a0, a1, a2
	CHECK(8, a0, 0x40000000)
	li a1, 0x80000000; li a2, 0x5; sra a0, a1, a2
	CHECK(9, a0, 0x4000000)
	li a1, 0x80000000; li a2, 0x1f; sra a0, a1, a2
	CHECK(10, a0, 0x1)
	li a1, 0x80000000; li a2, 0x20; sra a0, a1, a2
	CHECK(11, a0, 0x0)
	li a1, 0x80000000; li a2, 0x3f; sra a0, a1, a2
	CHECK(12, a0, 0x0)
	li a1, 0x80000000; li a2, 0x40; sra a0, a1, a2
	CHECK(13, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x5f; sra a0, a1, a2
	CHECK(14, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; sra a0, a1, a2
	CHECK(15, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x0; sra a0, a1, a2
	CHECK(16, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; sra a0, a1, a2
	CHECK(17, a0, 0x3fffffff)
	li a1, 0x7fffffff; li a2, 0x5; sra a0, a1, a2
	CHECK(18, a0, 0x3ffffff)
	li a1, 0x7fffffff; li a2, 0x1f; sra a0, a1, a2
	CHECK(19, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x20; sra a0, a1, a2
	CHECK(20, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x3f; sra a0, a1, a2
	CHECK(21, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x40; sra a0, a1, a2
	CHECK(22, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x5f; sra a0, a1, a2
	CHECK(23, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; sra a0, a1, a2
	CHECK(24, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x0; sra a0, a1, a2
	CHECK(25, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; sra a0, a1, a2
	CHECK(26, a0, 0xffffffffc0000000)
	li a1, 0xffffffff80000000; li a2, 0x5; sra a0, a1, a2
	CHECK(27, a0, 0xfffffffffc000000)
	li a1, 0xffffffff80000000; li a2, 0x1f; sra a0, a1, a2
	CHECK(28, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x20; sra a0, a1, a2
	CHECK(29, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x3f; sra a0, a1, a2
	CHECK(30, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x40; sra a0, a1, a2
	CHECK(31, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x5f; sra a0, a1, a2
	CHECK(32, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; sra a0, a1, a2
	CHECK(33, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x0; sra a0, a1, a2
	CHECK(34, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; sra a0, a1, a2
	CHECK(35, a0, 0x91a2b3c4d5e6f78)
	li a1, 0x123456789abcdef0; li a2, 0x5; sra a0, a1, a2
	CHECK(36, a0, 0x91a2b3c4d5e6f7)
	li a1, 0x123456789abcdef0; li a2, 0x1f; sra a0, a1, a2
	CHECK(37, a0, 0x2468acf1)
	li a1, 0x123456789abcdef0; li a2, 0x20; sra a0, a1, a2
	CHECK(38, a0, 0x12345678)
	li a1, 0x123456789abcdef0; li a2, 0x3f; sra a0, a1, a2
	CHECK(39, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x40; sra a0, a1, a2
	CHECK(40, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x5f; sra a0, a1, a2
	CHECK(41, a0, 0x2468acf1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; sra a0, a1, a2
	CHECK(42, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; sra a0, a1, a2
	CHECK(43, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; sra a0, a1, a2
	CHECK(44, a0, 0xfffffffffffffffc)
	li a1, 0xfffffffffffffff9; li a2, 0x5; sra a0, a1, a2
	CHECK(45, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x1f; sra a0, a1, a2
	CHECK(46, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x20; sra a0, a1, a2
	CHECK(47, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x3f; sra a0, a1, a2
	CHECK(48, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x40; sra a0, a1, a2
	CHECK(49, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x5f; sra a0, a1, a2
	CHECK(50, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; sra a0, a1, a2
	CHECK(51, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x0; sra a0, a1, a2
	CHECK(52, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x1; sra a0, a1, a2
	CHECK(53, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x5; sra a0, a1, a2
	CHECK(54, a0, 0x7ffffff)
	li a1, 0xffffffff; li a2, 0x1f; sra a0, a1, a2
	CHECK(55, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x20; sra a0, a1, a2
	CHECK(56, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x3f; sra a0, a1, a2
	CHECK(57, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x40; sra a0, a1, a2
	CHECK(58, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x5f; sra a0, a1, a2
	CHECK(59, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; sra a0, a1, a2
	CHECK(60, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x0; sra a0, a1, a2
	CHECK(61, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; sra a0, a1, a2
	CHECK(62, a0, 0x7f800000807fc0)
	li a1, 0xff00000100ff80; li a2, 0x5; sra a0, a1, a2
	CHECK(63, a0, 0x7f800000807fc)
	li a1, 0xff00000100ff80; li a2, 0x1f; sra a0, a1, a2
	CHECK(64, a0, 0x1fe0000)
	li a1, 0xff00000100ff80; li a2, 0x20; sra a0, a1, a2
	CHECK(65, a0, 0xff0000)
	li a1, 0xff00000100ff80; li a2, 0x3f; sra a0, a1, a2
	CHECK(66, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x40; sra a0, a1, a2
	CHECK(67, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x5f; sra a0, a1, a2
	CHECK(68, a0, 0x1fe0000)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; sra a0, a1, a2
	CHECK(69, a0, 0x0)
	/* sllw */
	li a1, 0x0; li a2, 0x0; sllw a0, a1, a2
	CHECK(70, a0, 0x0)
	li a1, 0x0; li a2, 0x1; sllw a0, a1, a2
	CHECK(71, a0, 0x0)
	li a1, 0x0; li a2, 0x5; sllw a0, a1, a2
	CHECK(72, a0, 0x0)
	li a1, 0x0; li a2, 0x1f; sllw a0, a1, a2
	CHECK(73, a0, 0x0)
	li a1, 0x0; li a2, 0x20; sllw a0, a1, a2
	CHECK(74, a0, 0x0)
	li a1, 0x0; li a2, 0x3f; sllw a0, a1, a2
	CHECK(75, a0, 0x0)
	li a1, 0x0; li a2, 0x40; sllw a0, a1, a2
	CHECK(76, a0, 0x0)
	li a1, 0x0; li a2, 0x5f; sllw a0, a1, a2
	CHECK(77, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; sllw a0, a1, a2
	CHECK(78, a0, 0x0)
	li a1, 0x1; li a2, 0x0; sllw a0, a1, a2
	CHECK(79, a0, 0x1)
	li a1, 0x1; li a2, 0x1; sllw a0, a1, a2
	CHECK(80, a0, 0x2)
	li a1, 0x1; li a2, 0x5; sllw a0, a1, a2
	CHECK(81, a0, 0x20)
	li a1, 0x1; li a2, 0x1f; sllw a0, a1, a2
	CHECK(82, a0, 0xffffffff80000000)
	li a1, 0x1; li a2, 0x20; sllw a0, a1, a2
	CHECK(83, a0, 0x1)
	li a1, 0x1; li a2, 0x3f; sllw a0, a1, a2
	CHECK(84, a0, 0xffffffff80000000)
	li a1, 0x1; li a2, 0x40; sllw a0, a1, a2
	CHECK(85, a0, 0x1)
	li a1, 0x1; li a2, 0x5f; sllw a0, a1, a2
	CHECK(86, a0, 0xffffffff80000000)
	li a1, 0x1; li a2, 0xffffffffffffffff; sllw a0, a1, a2
	CHECK(87, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; li a2, 0x0; sllw a0, a1, a2
	CHECK(88, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; sllw a0, a1, a2
	CHECK(89, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x5; sllw a0, a1, a2
	CHECK(90, a0, 0xffffffffffffffe0)
	li a1, 0xffffffffffffffff; li a2, 0x1f; sllw a0, a1, a2
	CHECK(91, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; li a2, 0x20; sllw a0, a1, a2
	CHECK(92, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x3f; sllw a0, a1, a2
	CHECK(93, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; li a2, 0x40; sllw a0, a1, a2
	CHECK(94, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5f; sllw a0, a1, a2
	CHECK(95, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; sllw a0, a1, a2
	CHECK(96, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0x0; sllw a0, a1, a2
	CHECK(97, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; sllw a0, a1, a2
	CHECK(98, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x5; sllw a0, a1, a2
	CHECK(99, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1f; sllw a0, a1, a2
	CHECK(100, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x20; sllw a0, a1, a2
	CHECK(101, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x3f; sllw a0, a1, a2
	CHECK(102, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x40; sllw a0, a1, a2
	CHECK(103, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x5f; sllw a0, a1, a2
	CHECK(104, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; sllw a0, a1, a2
	CHECK(105, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; sllw a0, a1, a2
	CHECK(106, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; sllw a0, a1, a2
	CHECK(107, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x5; sllw a0, a1, a2
	CHECK(108, a0, 0xffffffffffffffe0)
	li a1, 0x7fffffffffffffff; li a2, 0x1f; sllw a0, a1, a2
	CHECK(109, a0, 0xffffffff80000000)
	li a1, 0x7fffffffffffffff; li a2, 0x20; sllw a0, a1, a2
	CHECK(110, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x3f; sllw a0, a1, a2
	CHECK(111, a0, 0xffffffff80000000)
	li a1, 0x7fffffffffffffff; li a2, 0x40; sllw a0, a1, a2
	CHECK(112, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5f; sllw a0, a1, a2
	CHECK(113, a0, 0xffffffff80000000)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; sllw a0, a1, a2
	CHECK(114, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x0; sllw a0, a1, a2
	CHECK(115, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x1; sllw a0, a1, a2
	CHECK(116, a0, 0x0)
	li a1, 0x80000000; li a2, 0x5; sllw a0, a1, a2
	CHECK(117, a0, 0x0)
	li a1, 0x80000000; li a2, 0x1f; sllw a0, a1, a2
	CHECK(118, a0, 0x0)
	li a1, 0x80000000; li a2, 0x20; sllw a0, a1, a2
	CHECK(119, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x3f; sllw a0, a1, a2
	CHECK(120, a0, 0x0)
	li a1, 0x80000000; li a2, 0x40; sllw a0, a1, a2
	CHECK(121, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x5f; sllw a0, a1, a2
	CHECK(122, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; sllw a0, a1, a2
	CHECK(123, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x0; sllw a0, a1, a2
	CHECK(124, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; sllw a0, a1, a2
	CHECK(125, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffff; li a2, 0x5; sllw a0, a1, a2
	CHECK(126, a0, 0xffffffffffffffe0)
	li a1, 0x7fffffff; li a2, 0x1f; sllw a0, a1, a2
	CHECK(127, a0, 0xffffffff80000000)
	li a1, 0x7fffffff; li a2, 0x20; sllw a0, a1, a2
	CHECK(128, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x3f; sllw a0, a1, a2
	CHECK(129, a0, 0xffffffff80000000)
	li a1, 0x7fffffff; li a2, 0x40; sllw a0, a1, a2
	CHECK(130, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x5f; sllw a0, a1, a2
	CHECK(131, a0, 0xffffffff80000000)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; sllw a0, a1, a2
	CHECK(132, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x0; sllw a0, a1, a2
	CHECK(133, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; sllw a0, a1, a2
	CHECK(134, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x5; sllw a0, a1, a2
	CHECK(135, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x1f; sllw a0, a1, a2
	CHECK(136, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x20; sllw a0, a1, a2
	CHECK(137, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x3f; sllw a0, a1, a2
	CHECK(138, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x40; sllw a0, a1, a2
	CHECK(139, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x5f; sllw a0, a1, a2
	CHECK(140, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; sllw a0, a1, a2
	CHECK(141, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x0; sllw a0, a1, a2
	CHECK(142, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; sllw a0, a1, a2
	CHECK(143, a0, 0x3579bde0)
	li a1, 0x123456789abcdef0; li a2, 0x5; sllw a0, a1, a2
	CHECK(144, a0, 0x579bde00)
	li a1, 0x123456789abcdef0; li a2, 0x1f; sllw a0, a1, a2
	CHECK(145, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x20; sllw a0, a1, a2
	CHECK(146, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x3f; sllw a0, a1, a2
	CHECK(147, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x40; sllw a0, a1, a2
	CHECK(148, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x5f; sllw a0, a1, a2
	CHECK(149, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; sllw a0, a1, a2
	CHECK(150, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; sllw a0, a1, a2
	CHECK(151, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; sllw a0, a1, a2
	CHECK(152, a0, 0xfffffffffffffff2)
	li a1, 0xfffffffffffffff9; li a2, 0x5; sllw a0, a1, a2
	CHECK(153, a0, 0xffffffffffffff20)
	li a1, 0xfffffffffffffff9; li a2, 0x1f; sllw a0, a1, a2
	CHECK(154, a0, 0xffffffff80000000)
	li a1, 0xfffffffffffffff9; li a2, 0x20; sllw a0, a1, a2
	CHECK(155, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x3f; sllw a0, a1, a2
	CHECK(156, a0, 0xffffffff80000000)
	li a1, 0xfffffffffffffff9; li a2, 0x40; sllw a0, a1, a2
	CHECK(157, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x5f; sllw a0, a1, a2
	CHECK(158, a0, 0xffffffff80000000)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; sllw a0, a1, a2
	CHECK(159, a0, 0xffffffff80000000)
	li a1, 0xffffffff; li a2, 0x0; sllw a0, a1, a2
	CHECK(160, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1; sllw a0, a1, a2
	CHECK(161, a0, 0xfffffffffffffffe)
	li a1, 0xffffffff; li a2, 0x5; sllw a0, a1, a2
	CHECK(162, a0, 0xffffffffffffffe0)
	li a1, 0xffffffff; li a2, 0x1f; sllw a0, a1, a2
	CHECK(163, a0, 0xffffffff80000000)
	li a1, 0xffffffff; li a2, 0x20; sllw a0, a1, a2
	CHECK(164, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x3f; sllw a0, a1, a2
	CHECK(165, a0, 0xffffffff80000000)
	li a1, 0xffffffff; li a2, 0x40; sllw a0, a1, a2
	CHECK(166, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x5f; sllw a0, a1, a2
	CHECK(167, a0, 0xffffffff80000000)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; sllw a0, a1, a2
	CHECK(168, a0, 0xffffffff80000000)
	li a1, 0xff00000100ff80; li a2, 0x0; sllw a0, a1, a2
	CHECK(169, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; sllw a0, a1, a2
	CHECK(170, a0, 0x201ff00)
	li a1, 0xff00000100ff80; li a2, 0x5; sllw a0, a1, a2
	CHECK(171, a0, 0x201ff000)
	li a1, 0xff00000100ff80; li a2, 0x1f; sllw a0, a1, a2
	CHECK(172, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x20; sllw a0, a1, a2
	CHECK(173, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x3f; sllw a0, a1, a2
	CHECK(174, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x40; sllw a0, a1, a2
	CHECK(175, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x5f; sllw a0, a1, a2
	CHECK(176, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; sllw a0, a1, a2
	CHECK(177, a0, 0x0)
	/* srlw */
	li a1, 0x0; li a2, 0x0; srlw a0, a1, a2
	CHECK(178, a0, 0x0)
	li a1, 0x0; li a2, 0x1; srlw a0, a1, a2
	CHECK(179, a0, 0x0)
	li a1, 0x0; li a2, 0x5; srlw a0, a1, a2
	CHECK(180, a0, 0x0)
	li a1, 0x0; li a2, 0x1f; srlw a0, a1, a2
	CHECK(181, a0, 0x0)
	li a1, 0x0; li a2, 0x20; srlw a0, a1, a2
	CHECK(182, a0, 0x0)
	li a1, 0x0; li a2, 0x3f; srlw a0, a1, a2
	CHECK(183, a0, 0x0)
	li a1, 0x0; li a2, 0x40; srlw a0, a1, a2
	CHECK(184, a0, 0x0)
	li a1, 0x0; li a2, 0x5f; srlw a0, a1, a2
	CHECK(185, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; srlw a0, a1, a2
	CHECK(186, a0, 0x0)
	li a1, 0x1; li a2, 0x0; srlw a0, a1, a2
	CHECK(187, a0, 0x1)
	li a1, 0x1; li a2, 0x1; srlw a0, a1, a2
	CHECK(188, a0, 0x0)
	li a1, 0x1; li a2, 0x5; srlw a0, a1, a2
	CHECK(189, a0, 0x0)
	li a1, 0x1; li a2, 0x1f; srlw a0, a1, a2
	CHECK(190, a0, 0x0)
	li a1, 0x1; li a2, 0x20; srlw a0, a1, a2
	CHECK(191, a0, 0x1)
	li a1, 0x1; li a2, 0x3f; srlw a0, a1, a2
	CHECK(192, a0, 0x0)
	li a1, 0x1; li a2, 0x40; srlw a0, a1, a2
	CHECK(193, a0, 0x1)
	li a1, 0x1; li a2, 0x5f; srlw a0, a1, a2
	CHECK(194, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; srlw a0, a1, a2
	CHECK(195, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x0; srlw a0, a1, a2
	CHECK(196, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; srlw a0, a1, a2
	CHECK(197, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5; srlw a0, a1, a2
	CHECK(198, a0, 0x7ffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1f; srlw a0, a1, a2
	CHECK(199, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x20; srlw a0, a1, a2
	CHECK(200, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x3f; srlw a0, a1, a2
	CHECK(201, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x40; srlw a0, a1, a2
	CHECK(202, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5f; srlw a0, a1, a2
	CHECK(203, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; srlw a0, a1, a2
	CHECK(204, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x0; srlw a0, a1, a2
	CHECK(205, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; srlw a0, a1, a2
	CHECK(206, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x5; srlw a0, a1, a2
	CHECK(207, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1f; srlw a0, a1, a2
	CHECK(208, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x20; srlw a0, a1, a2
	CHECK(209, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x3f; srlw a0, a1, a2
	CHECK(210, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x40; srlw a0, a1, a2
	CHECK(211, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x5f; srlw a0, a1, a2
	CHECK(212, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; srlw a0, a1, a2
	CHECK(213, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; srlw a0, a1, a2
	CHECK(214, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; srlw a0, a1, a2
	CHECK(215, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5; srlw a0, a1, a2
	CHECK(216, a0, 0x7ffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1f; srlw a0, a1, a2
	CHECK(217, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x20; srlw a0, a1, a2
	CHECK(218, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x3f; srlw a0, a1, a2
	CHECK(219, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x40; srlw a0, a1, a2
	CHECK(220, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5f; srlw a0, a1, a2
	CHECK(221, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; srlw a0, a1, a2
	CHECK(222, a0, 0x1)
	li a1, 0x80000000; li a2, 0x0; srlw a0, a1, a2
	CHECK(223, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x1; srlw a0, a1, a2
	CHECK(224, a0, 0x40000000)
	li a1, 0x80000000; li a2, 0x5; srlw a0, a1, a2
	CHECK(225, a0, 0x4000000)
	li a1, 0x80000000; li a2, 0x1f; srlw a0, a1, a2
	CHECK(226, a0, 0x1)
	li a1, 0x80000000; li a2, 0x20; srlw a0, a1, a2
	CHECK(227, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x3f; srlw a0, a1, a2
	CHECK(228, a0, 0x1)
	li a1, 0x80000000; li a2, 0x40; srlw a0, a1, a2
	CHECK(229, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x5f; srlw a0, a1, a2
	CHECK(230, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; srlw a0, a1, a2
	CHECK(231, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0x0; srlw a0, a1, a2
	CHECK(232, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; srlw a0, a1, a2
	CHECK(233, a0, 0x3fffffff)
	li a1, 0x7fffffff; li a2, 0x5; srlw a0, a1, a2
	CHECK(234, a0, 0x3ffffff)
	li a1, 0x7fffffff; li a2, 0x1f; srlw a0, a1, a2
	CHECK(235, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x20; srlw a0, a1, a2
	CHECK(236, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x3f; srlw a0, a1, a2
	CHECK(237, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x40; srlw a0, a1, a2
	CHECK(238, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x5f; srlw a0, a1, a2
	CHECK(239, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; srlw a0, a1, a2
	CHECK(240, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x0; srlw a0, a1, a2
	CHECK(241, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; srlw a0, a1, a2
	CHECK(242, a0, 0x40000000)
	li a1, 0xffffffff80000000; li a2, 0x5; srlw a0, a1, a2
	CHECK(243, a0, 0x4000000)
	li a1, 0xffffffff80000000; li a2, 0x1f; srlw a0, a1, a2
	CHECK(244, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x20; srlw a0, a1, a2
	CHECK(245, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x3f; srlw a0, a1, a2
	CHECK(246, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x40; srlw a0, a1, a2
	CHECK(247, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x5f; srlw a0, a1, a2
	CHECK(248, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; srlw a0, a1, a2
	CHECK(249, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0x0; srlw a0, a1, a2
	CHECK(250, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; srlw a0, a1, a2
	CHECK(251, a0, 0x4d5e6f78)
	li a1, 0x123456789abcdef0; li a2, 0x5; srlw a0, a1, a2
	CHECK(252, a0, 0x4d5e6f7)
	li a1, 0x123456789abcdef0; li a2, 0x1f; srlw a0, a1, a2
	CHECK(253, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0x20; srlw a0, a1, a2
	CHECK(254, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x3f; srlw a0, a1, a2
	CHECK(255, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0x40; srlw a0, a1, a2
	CHECK(1, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x5f; srlw a0, a1, a2
	CHECK(2, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; srlw a0, a1, a2
	CHECK(3, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x0; srlw a0, a1, a2
	CHECK(4, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; srlw a0, a1, a2
	CHECK(5, a0, 0x7ffffffc)
	li a1, 0xfffffffffffffff9; li a2, 0x5; srlw a0, a1, a2
	CHECK(6, a0, 0x7ffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x1f; srlw a0, a1, a2
	CHECK(7, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x20; srlw a0, a1, a2
	CHECK(8, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x3f; srlw a0, a1, a2
	CHECK(9, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x40; srlw a0, a1, a2
	CHECK(10, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x5f; srlw a0, a1, a2
	CHECK(11, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; srlw a0, a1, a2
	CHECK(12, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x0; srlw a0, a1, a2
	CHECK(13, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1; srlw a0, a1, a2
	CHECK(14, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x5; srlw a0, a1, a2
	CHECK(15, a0, 0x7ffffff)
	li a1, 0xffffffff; li a2, 0x1f; srlw a0, a1, a2
	CHECK(16, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x20; srlw a0, a1, a2
	CHECK(17, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x3f; srlw a0, a1, a2
	CHECK(18, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x40; srlw a0, a1, a2
	CHECK(19, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x5f; srlw a0, a1, a2
	CHECK(20, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; srlw a0, a1, a2
	CHECK(21, a0, 0x1)
	li a1, 0xff00000100ff80; li a2, 0x0; srlw a0, a1, a2
	CHECK(22, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; srlw a0, a1, a2
	CHECK(23, a0, 0x807fc0)
	li a1, 0xff00000100ff80; li a2, 0x5; srlw a0, a1, a2
	CHECK(24, a0, 0x807fc)
	li a1, 0xff00000100ff80; li a2, 0x1f; srlw a0, a1, a2
	CHECK(25, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x20; srlw a0, a1, a2
	CHECK(26, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x3f; srlw a0, a1, a2
	CHECK(27, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x40; srlw a0, a1, a2
	CHECK(28, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x5f; srlw a0, a1, a2
	CHECK(29, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; srlw a0, a1, a2
	CHECK(30, a0, 0x0)
	/* sraw */
	li a1, 0x0; li a2, 0x0; sraw a0, a1, a2
	CHECK(31, a0, 0x0)
	li a1, 0x0; li a2, 0x1; sraw a0, a1, a2
	CHECK(32, a0, 0x0)
	li a1, 0x0; li a2, 0x5; sraw a0, a1, a2
	CHECK(33, a0, 0x0)
	li a1, 0x0; li a2, 0x1f; sraw a0, a1, a2
	CHECK(34, a0, 0x0)
	li a1, 0x0; li a2, 0x20; sraw a0, a1, a2
	CHECK(35, a0, 0x0)
	li a1, 0x0; li a2, 0x3f; sraw a0, a1, a2
	CHECK(36, a0, 0x0)
	li a1, 0x0; li a2, 0x40; sraw a0, a1, a2
	CHECK(37, a0, 0x0)
	li a1, 0x0; li a2, 0x5f; sraw a0, a1, a2
	CHECK(38, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; sraw a0, a1, a2
	CHECK(39, a0, 0x0)
	li a1, 0x1; li a2, 0x0; sraw a0, a1, a2
	CHECK(40, a0, 0x1)
	li a1, 0x1; li a2, 0x1; sraw a0, a1, a2
	CHECK(41, a0, 0x0)
	li a1, 0x1; li a2, 0x5; sraw a0, a1, a2
	CHECK(42, a0, 0x0)
	li a1, 0x1; li a2, 0x1f; sraw a0, a1, a2
	CHECK(43, a0, 0x0)
	li a1, 0x1; li a2, 0x20; sraw a0, a1, a2
	CHECK(44, a0, 0x1)
	li a1, 0x1; li a2, 0x3f; sraw a0, a1, a2
	CHECK(45, a0, 0x0)
	li a1, 0x1; li a2, 0x40; sraw a0, a1, a2
	CHECK(46, a0, 0x1)
	li a1, 0x1; li a2, 0x5f; sraw a0, a1, a2
	CHECK(47, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; sraw a0, a1, a2
	CHECK(48, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x0; sraw a0, a1, a2
	CHECK(49, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; sraw a0, a1, a2
	CHECK(50, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5; sraw a0, a1, a2
	CHECK(51, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1f; sraw a0, a1, a2
	CHECK(52, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x20; sraw a0, a1, a2
	CHECK(53, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x3f; sraw a0, a1, a2
	CHECK(54, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x40; sraw a0, a1, a2
	CHECK(55, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5f; sraw a0, a1, a2
	CHECK(56, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; sraw a0, a1, a2
	CHECK(57, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x0; sraw a0, a1, a2
	CHECK(58, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; sraw a0, a1, a2
	CHECK(59, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x5; sraw a0, a1, a2
	CHECK(60, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1f; sraw a0, a1, a2
	CHECK(61, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x20; sraw a0, a1, a2
	CHECK(62, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x3f; sraw a0, a1, a2
	CHECK(63, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x40; sraw a0, a1, a2
	CHECK(64, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x5f; sraw a0, a1, a2
	CHECK(65, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; sraw a0, a1, a2
	CHECK(66, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; sraw a0, a1, a2
	CHECK(67, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; sraw a0, a1, a2
	CHECK(68, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5; sraw a0, a1, a2
	CHECK(69, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1f; sraw a0, a1, a2
	CHECK(70, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x20; sraw a0, a1, a2
	CHECK(71, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x3f; sraw a0, a1, a2
	CHECK(72, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x40; sraw a0, a1, a2
	CHECK(73, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5f; sraw a0, a1, a2
	CHECK(74, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; sraw a0, a1, a2
	CHECK(75, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x0; sraw a0, a1, a2
	CHECK(76, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x1; sraw a0, a1, a2
	CHECK(77, a0, 0xffffffffc0000000)
	li a1, 0x80000000; li a2, 0x5; sraw a0, a1, a2
	CHECK(78, a0, 0xfffffffffc000000)
	li a1, 0x80000000; li a2, 0x1f; sraw a0, a1, a2
	CHECK(79, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x20; sraw a0, a1, a2
	CHECK(80, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x3f; sraw a0, a1, a2
	CHECK(81, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x40; sraw a0, a1, a2
	CHECK(82, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x5f; sraw a0, a1, a2
	CHECK(83, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; sraw a0, a1, a2
	CHECK(84, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x0; sraw a0, a1, a2
	CHECK(85, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; sraw a0, a1, a2
	CHECK(86, a0, 0x3fffffff)
	li a1, 0x7fffffff; li a2, 0x5; sraw a0, a1, a2
	CHECK(87, a0, 0x3ffffff)
	li a1, 0x7fffffff; li a2, 0x1f; sraw a0, a1, a2
	CHECK(88, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x20; sraw a0, a1, a2
	CHECK(89, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x3f; sraw a0, a1, a2
	CHECK(90, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x40; sraw a0, a1, a2
	CHECK(91, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x5f; sraw a0, a1, a2
	CHECK(92, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; sraw a0, a1, a2
	CHECK(93, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x0; sraw a0, a1, a2
	CHECK(94, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; sraw a0, a1, a2
	CHECK(95, a0, 0xffffffffc0000000)
	li a1, 0xffffffff80000000; li a2, 0x5; sraw a0, a1, a2
	CHECK(96, a0, 0xfffffffffc000000)
	li a1, 0xffffffff80000000; li a2, 0x1f; sraw a0, a1, a2
	CHECK(97, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x20; sraw a0, a1, a2
	CHECK(98, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x3f; sraw a0, a1, a2
	CHECK(99, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x40; sraw a0, a1, a2
	CHECK(100, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x5f; sraw a0, a1, a2
	CHECK(101, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; sraw a0, a1, a2
	CHECK(102, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x0; sraw a0, a1, a2
	CHECK(103, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; sraw a0, a1, a2
	CHECK(104, a0, 0xffffffffcd5e6f78)
	li a1, 0x123456789abcdef0; li a2, 0x5; sraw a0, a1, a2
	CHECK(105, a0, 0xfffffffffcd5e6f7)
	li a1, 0x123456789abcdef0; li a2, 0x1f; sraw a0, a1, a2
	CHECK(106, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x20; sraw a0, a1, a2
	CHECK(107, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x3f; sraw a0, a1, a2
	CHECK(108, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x40; sraw a0, a1, a2
	CHECK(109, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x5f; sraw a0, a1, a2
	CHECK(110, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; sraw a0, a1, a2
	CHECK(111, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x0; sraw a0, a1, a2
	CHECK(112, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; sraw a0, a1, a2
	CHECK(113, a0, 0xfffffffffffffffc)
	li a1, 0xfffffffffffffff9; li a2, 0x5; sraw a0, a1, a2
	CHECK(114, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x1f; sraw a0, a1, a2
	CHECK(115, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x20; sraw a0, a1, a2
	CHECK(116, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x3f; sraw a0, a1, a2
	CHECK(117, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x40; sraw a0, a1, a2
	CHECK(118, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x5f; sraw a0, a1, a2
	CHECK(119, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; sraw a0, a1, a2
	CHECK(120, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x0; sraw a0, a1, a2
	CHECK(121, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1; sraw a0, a1, a2
	CHECK(122, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x5; sraw a0, a1, a2
	CHECK(123, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1f; sraw a0, a1, a2
	CHECK(124, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x20; sraw a0, a1, a2
	CHECK(125, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x3f; sraw a0, a1, a2
	CHECK(126, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x40; sraw a0, a1, a2
	CHECK(127, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x5f; sraw a0, a1, a2
	CHECK(128, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; sraw a0, a1, a2
	CHECK(129, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x0; sraw a0, a1, a2
	CHECK(130, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; sraw a0, a1, a2
	CHECK(131, a0, 0x807fc0)
	li a1, 0xff00000100ff80; li a2, 0x5; sraw a0, a1, a2
	CHECK(132, a0, 0x807fc)
	li a1, 0xff00000100ff80; li a2, 0x1f; sraw a0, a1, a2
	CHECK(133, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x20; sraw a0, a1, a2
	CHECK(134, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x3f; sraw a0, a1, a2
	CHECK(135, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x40; sraw a0, a1, a2
	CHECK(136, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x5f; sraw a0, a1, a2
	CHECK(137, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; sraw a0, a1, a2
	CHECK(138, a0, 0x0)
	/* slli */
	li a1, 0x0; slli a0, a1, 0
	CHECK(139, a0, 0x0)
	li a1, 0x0; slli a0, a1, 1
	CHECK(140, a0, 0x0)
	li a1, 0x0; slli a0, a1, 31
	CHECK(141, a0, 0x0)
	li a1, 0x0; slli a0, a1, 32
	CHECK(142, a0, 0x0)
	li a1, 0x0; slli a0, a1, 33
	CHECK(143, a0, 0x0)
	li a1, 0x0; slli a0, a1, 63
	CHECK(144, a0, 0x0)
	li a1, 0x1; slli a0, a1, 0
	CHECK(145, a0, 0x1)
	li a1, 0x1; slli a0, a1, 1
	CHECK(146, a0, 0x2)
	li a1, 0x1; slli a0, a1, 31
	CHECK(147, a0, 0x80000000)
	li a1, 0x1; slli a0, a1, 32
	CHECK(148, a0, 0x100000000)
	li a1, 0x1; slli a0, a1, 33
	CHECK(149, a0, 0x200000000)
	li a1, 0x1; slli a0, a1, 63
	CHECK(150, a0, 0x8000000000000000)
	li a1, 0xffffffffffffffff; slli a0, a1, 0
	CHECK(151, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; slli a0, a1, 1
	CHECK(152, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; slli a0, a1, 31
	CHECK(153, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; slli a0, a1, 32
	CHECK(154, a0, 0xffffffff00000000)
	li a1, 0xffffffffffffffff; slli a0, a1, 33
	CHECK(155, a0, 0xfffffffe00000000)
	li a1, 0xffffffffffffffff; slli a0, a1, 63
	CHECK(156, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; slli a0, a1, 0
	CHECK(157, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; slli a0, a1, 1
	CHECK(158, a0, 0x0)
	li a1, 0x8000000000000000; slli a0, a1, 31
	CHECK(159, a0, 0x0)
	li a1, 0x8000000000000000; slli a0, a1, 32
	CHECK(160, a0, 0x0)
	li a1, 0x8000000000000000; slli a0, a1, 33
	CHECK(161, a0, 0x0)
	li a1, 0x8000000000000000; slli a0, a1, 63
	CHECK(162, a0, 0x0)
	li a1, 0x7fffffffffffffff; slli a0, a1, 0
	CHECK(163, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; slli a0, a1, 1
	CHECK(164, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffffffffffff; slli a0, a1, 31
	CHECK(165, a0, 0xffffffff80000000)
	li a1, 0x7fffffffffffffff; slli a0, a1, 32
	CHECK(166, a0, 0xffffffff00000000)
	li a1, 0x7fffffffffffffff; slli a0, a1, 33
	CHECK(167, a0, 0xfffffffe00000000)
	li a1, 0x7fffffffffffffff; slli a0, a1, 63
	CHECK(168, a0, 0x8000000000000000)
	li a1, 0x80000000; slli a0, a1, 0
	CHECK(169, a0, 0x80000000)
	li a1, 0x80000000; slli a0, a1, 1
	CHECK(170, a0, 0x100000000)
	li a1, 0x80000000; slli a0, a1, 31
	CHECK(171, a0, 0x4000000000000000)
	li a1, 0x80000000; slli a0, a1, 32
	CHECK(172, a0, 0x8000000000000000)
	li a1, 0x80000000; slli a0, a1, 33
	CHECK(173, a0, 0x0)
	li a1, 0x80000000; slli a0, a1, 63
	CHECK(174, a0, 0x0)
	li a1, 0x7fffffff; slli a0, a1, 0
	CHECK(175, a0, 0x7fffffff)
	li a1, 0x7fffffff; slli a0, a1, 1
	CHECK(176, a0, 0xfffffffe)
	li a1, 0x7fffffff; slli a0, a1, 31
	CHECK(177, a0, 0x3fffffff80000000)
	li a1, 0x7fffffff; slli a0, a1, 32
	CHECK(178, a0, 0x7fffffff00000000)
	li a1, 0x7fffffff; slli a0, a1, 33
	CHECK(179, a0, 0xfffffffe00000000)
	li a1, 0x7fffffff; slli a0, a1, 63
	CHECK(180, a0, 0x8000000000000000)
	li a1, 0xffffffff80000000; slli a0, a1, 0
	CHECK(181, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; slli a0, a1, 1
	CHECK(182, a0, 0xffffffff00000000)
	li a1, 0xffffffff80000000; slli a0, a1, 31
	CHECK(183, a0, 0xc000000000000000)
	li a1, 0xffffffff80000000; slli a0, a1, 32
	CHECK(184, a0, 0x8000000000000000)
	li a1, 0xffffffff80000000; slli a0, a1, 33
	CHECK(185, a0, 0x0)
	li a1, 0xffffffff80000000; slli a0, a1, 63
	CHECK(186, a0, 0x0)
	li a1, 0x123456789abcdef0; slli a0, a1, 0
	CHECK(187, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; slli a0, a1, 1
	CHECK(188, a0, 0x2468acf13579bde0)
	li a1, 0x123456789abcdef0; slli a0, a1, 31
	CHECK(189, a0, 0x4d5e6f7800000000)
	li a1, 0x123456789abcdef0; slli a0, a1, 32
	CHECK(190, a0, 0x9abcdef000000000)
	li a1, 0x123456789abcdef0; slli a0, a1, 33
	CHECK(191, a0, 0x3579bde000000000)
	li a1, 0x123456789abcdef0; slli a0, a1, 63
	CHECK(192, a0, 0x0)
	li a1, 0xfffffffffffffff9; slli a0, a1, 0
	CHECK(193, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; slli a0, a1, 1
	CHECK(194, a0, 0xfffffffffffffff2)
	li a1, 0xfffffffffffffff9; slli a0, a1, 31
	CHECK(195, a0, 0xfffffffc80000000)
	li a1, 0xfffffffffffffff9; slli a0, a1, 32
	CHECK(196, a0, 0xfffffff900000000)
	li a1, 0xfffffffffffffff9; slli a0, a1, 33
	CHECK(197, a0, 0xfffffff200000000)
	li a1, 0xfffffffffffffff9; slli a0, a1, 63
	CHECK(198, a0, 0x8000000000000000)
	li a1, 0xffffffff; slli a0, a1, 0
	CHECK(199, a0, 0xffffffff)
	li a1, 0xffffffff; slli a0, a1, 1
	CHECK(200, a0, 0x1fffffffe)
	li a1, 0xffffffff; slli a0, a1, 31
	CHECK(201, a0, 0x7fffffff80000000)
	li a1, 0xffffffff; slli a0, a1, 32
	CHECK(202, a0, 0xffffffff00000000)
	li a1, 0xffffffff; slli a0, a1, 33
	CHECK(203, a0, 0xfffffffe00000000)
	li a1, 0xffffffff; slli a0, a1, 63
	CHECK(204, a0, 0x8000000000000000)
	li a1, 0xff00000100ff80; slli a0, a1, 0
	CHECK(205, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; slli a0, a1, 1
	CHECK(206, a0, 0x1fe00000201ff00)
	li a1, 0xff00000100ff80; slli a0, a1, 31
	CHECK(207, a0, 0x807fc000000000)
	li a1, 0xff00000100ff80; slli a0, a1, 32
	CHECK(208, a0, 0x100ff8000000000)
	li a1, 0xff00000100ff80; slli a0, a1, 33
	CHECK(209, a0, 0x201ff0000000000)
	li a1, 0xff00000100ff80; slli a0, a1, 63
	CHECK(210, a0, 0x0)
	/* srli */
	li a1, 0x0; srli a0, a1, 0
	CHECK(211, a0, 0x0)
	li a1, 0x0; srli a0, a1, 1
	CHECK(212, a0, 0x0)
	li a1, 0x0; srli a0, a1, 31
	CHECK(213, a0, 0x0)
	li a1, 0x0; srli a0, a1, 32
	CHECK(214, a0, 0x0)
	li a1, 0x0; srli a0, a1, 33
	CHECK(215, a0, 0x0)
	li a1, 0x0; srli a0, a1, 63
	CHECK(216, a0, 0x0)
	li a1, 0x1; srli a0, a1, 0
	CHECK(217, a0, 0x1)
	li a1, 0x1; srli a0, a1, 1
	CHECK(218, a0, 0x0)
	li a1, 0x1; srli a0, a1, 31
	CHECK(219, a0, 0x0)
	li a1, 0x1; srli a0, a1, 32
	CHECK(220, a0, 0x0)
	li a1, 0x1; srli a0, a1, 33
	CHECK(221, a0, 0x0)
	li a1, 0x1; srli a0, a1, 63
	CHECK(222, a0, 0x0)
	li a1, 0xffffffffffffffff; srli a0, a1, 0
	CHECK(223, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; srli a0, a1, 1
	CHECK(224, a0, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; srli a0, a1, 31
	CHECK(225, a0, 0x1ffffffff)
	li a1, 0xffffffffffffffff; srli a0, a1, 32
	CHECK(226, a0, 0xffffffff)
	li a1, 0xffffffffffffffff; srli a0, a1, 33
	CHECK(227, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; srli a0, a1, 63
	CHECK(228, a0, 0x1)
	li a1, 0x8000000000000000; srli a0, a1, 0
	CHECK(229, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; srli a0, a1, 1
	CHECK(230, a0, 0x4000000000000000)
	li a1, 0x8000000000000000; srli a0, a1, 31
	CHECK(231, a0, 0x100000000)
	li a1, 0x8000000000000000; srli a0, a1, 32
	CHECK(232, a0, 0x80000000)
	li a1, 0x8000000000000000; srli a0, a1, 33
	CHECK(233, a0, 0x40000000)
	li a1, 0x8000000000000000; srli a0, a1, 63
	CHECK(234, a0, 0x1)
	li a1, 0x7fffffffffffffff; srli a0, a1, 0
	CHECK(235, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; srli a0, a1, 1
	CHECK(236, a0, 0x3fffffffffffffff)
	li a1, 0x7fffffffffffffff; srli a0, a1, 31
	CHECK(237, a0, 0xffffffff)
	li a1, 0x7fffffffffffffff; srli a0, a1, 32
	CHECK(238, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; srli a0, a1, 33
	CHECK(239, a0, 0x3fffffff)
	li a1, 0x7fffffffffffffff; srli a0, a1, 63
	CHECK(240, a0, 0x0)
	li a1, 0x80000000; srli a0, a1, 0
	CHECK(241, a0, 0x80000000)
	li a1, 0x80000000; srli a0, a1, 1
	CHECK(242, a0, 0x40000000)
	li a1, 0x80000000; srli a0, a1, 31
	CHECK(243, a0, 0x1)
	li a1, 0x80000000; srli a0, a1, 32
	CHECK(244, a0, 0x0)
	li a1, 0x80000000; srli a0, a1, 33
	CHECK(245, a0, 0x0)
	li a1, 0x80000000; srli a0, a1, 63
	CHECK(246, a0, 0x0)
	li a1, 0x7fffffff; srli a0, a1, 0
	CHECK(247, a0, 0x7fffffff)
	li a1, 0x7fffffff; srli a0, a1, 1
	CHECK(248, a0, 0x3fffffff)
	li a1, 0x7fffffff; srli a0, a1, 31
	CHECK(249, a0, 0x0)
	li a1, 0x7fffffff; srli a0, a1, 32
	CHECK(250, a0, 0x0)
	li a1, 0x7fffffff; srli a0, a1, 33
	CHECK(251, a0, 0x0)
	li a1, 0x7fffffff; srli a0, a1, 63
	CHECK(252, a0, 0x0)
	li a1, 0xffffffff80000000; srli a0, a1, 0
	CHECK(253, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; srli a0, a1, 1
	CHECK(254, a0, 0x7fffffffc0000000)
	li a1, 0xffffffff80000000; srli a0, a1, 31
	CHECK(255, a0, 0x1ffffffff)
	li a1, 0xffffffff80000000; srli a0, a1, 32
	CHECK(1, a0, 0xffffffff)
	li a1, 0xffffffff80000000; srli a0, a1, 33
	CHECK(2, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; srli a0, a1, 63
	CHECK(3, a0, 0x1)
	li a1, 0x123456789abcdef0; srli a0, a1, 0
	CHECK(4, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; srli a0, a1, 1
	CHECK(5, a0, 0x91a2b3c4d5e6f78)
	li a1, 0x123456789abcdef0; srli a0, a1, 31
	CHECK(6, a0, 0x2468acf1)
	li a1, 0x123456789abcdef0; srli a0, a1, 32
	CHECK(7, a0, 0x12345678)
	li a1, 0x123456789abcdef0; srli a0, a1, 33
	CHECK(8, a0, 0x91a2b3c)
	li a1, 0x123456789abcdef0; srli a0, a1, 63
	CHECK(9, a0, 0x0)
	li a1, 0xfffffffffffffff9; srli a0, a1, 0
	CHECK(10, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; srli a0, a1, 1
	CHECK(11, a0, 0x7ffffffffffffffc)
	li a1, 0xfffffffffffffff9; srli a0, a1, 31
	CHECK(12, a0, 0x1ffffffff)
	li a1, 0xfffffffffffffff9; srli a0, a1, 32
	CHECK(13, a0, 0xffffffff)
	li a1, 0xfffffffffffffff9; srli a0, a1, 33
	CHECK(14, a0, 0x7fffffff)
	li a1, 0xfffffffffffffff9; srli a0, a1, 63
	CHECK(15, a0, 0x1)
	li a1, 0xffffffff; srli a0, a1, 0
	CHECK(16, a0, 0xffffffff)
	li a1, 0xffffffff; srli a0, a1, 1
	CHECK(17, a0, 0x7fffffff)
	li a1, 0xffffffff; srli a0, a1, 31
	CHECK(18, a0, 0x1)
	li a1, 0xffffffff; srli a0, a1, 32
	CHECK(19, a0, 0x0)
	li a1, 0xffffffff; srli a0, a1, 33
	CHECK(20, a0, 0x0)
	li a1, 0xffffffff; srli a0, a1, 63
	CHECK(21, a0, 0x0)
	li a1, 0xff00000100ff80; srli a0, a1, 0
	CHECK(22, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; srli a0, a1, 1
	CHECK(23, a0, 0x7f800000807fc0)
	li a1, 0xff00000100ff80; srli a0, a1, 31
	CHECK(24, a0, 0x1fe0000)
	li a1, 0xff00000100ff80; srli a0, a1, 32
	CHECK(25, a0, 0xff0000)
	li a1, 0xff00000100ff80; srli a0, a1, 33
	CHECK(26, a0, 0x7f8000)
	li a1, 0xff00000100ff80; srli a0, a1, 63
	CHECK(27, a0, 0x0)
	/* srai */
	li a1, 0x0; srai a0, a1, 0
	CHECK(28, a0, 0x0)
	li a1, 0x0; srai a0, a1, 1
	CHECK(29, a0, 0x0)
	li a1, 0x0; srai a0, a1, 31
	CHECK(30, a0, 0x0)
	li a1, 0x0; srai a0, a1, 32
	CHECK(31, a0, 0x0)
	li a1, 0x0; srai a0, a1, 33
	CHECK(32, a0, 0x0)
	li a1, 0x0; srai a0, a1, 63
	CHECK(33, a0, 0x0)
	li a1, 0x1; srai a0, a1, 0
	CHECK(34, a0, 0x1)
	li a1, 0x1; srai a0, a1, 1
	CHECK(35, a0, 0x0)
	li a1, 0x1; srai a0, a1, 31
	CHECK(36, a0, 0x0)
	li a1, 0x1; srai a0, a1, 32
	CHECK(37, a0, 0x0)
	li a1, 0x1; srai a0, a1, 33
	CHECK(38, a0, 0x0)
	li a1, 0x1; srai a0, a1, 63
	CHECK(39, a0, 0x0)
	li a1, 0xffffffffffffffff; srai a0, a1, 0
	CHECK(40, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; srai a0, a1, 1
	CHECK(41, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; srai a0, a1, 31
	CHECK(42, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; srai a0, a1, 32
	CHECK(43, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; srai a0, a1, 33
	CHECK(44, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; srai a0, a1, 63
	CHECK(45, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; srai a0, a1, 0
	CHECK(46, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; srai a0, a1, 1
	CHECK(47, a0, 0xc000000000000000)
	li a1, 0x8000000000000000; srai a0, a1, 31
	CHECK(48, a0, 0xffffffff00000000)
	li a1, 0x8000000000000000; srai a0, a1, 32
	CHECK(49, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; srai a0, a1, 33
	CHECK(50, a0, 0xffffffffc0000000)
	li a1, 0x8000000000000000; srai a0, a1, 63
	CHECK(51, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; srai a0, a1, 0
	CHECK(52, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; srai a0, a1, 1
	CHECK(53, a0, 0x3fffffffffffffff)
	li a1, 0x7fffffffffffffff; srai a0, a1, 31
	CHECK(54, a0, 0xffffffff)
	li a1, 0x7fffffffffffffff; srai a0, a1, 32
	CHECK(55, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; srai a0, a1, 33
	CHECK(56, a0, 0x3fffffff)
	li a1, 0x7fffffffffffffff; srai a0, a1, 63
	CHECK(57, a0, 0x0)
	li a1, 0x80000000; srai a0, a1, 0
	CHECK(58, a0, 0x80000000)
	li a1, 0x80000000; srai a0, a1, 1
	CHECK(59, a0, 0x40000000)
	li a1, 0x80000000; srai a0, a1, 31
	CHECK(60, a0, 0x1)
	li a1, 0x80000000; srai a0, a1, 32
	CHECK(61, a0, 0x0)
	li a1, 0x80000000; srai a0, a1, 33
	CHECK(62, a0, 0x0)
	li a1, 0x80000000; srai a0, a1, 63
	CHECK(63, a0, 0x0)
	li a1, 0x7fffffff; srai a0, a1, 0
	CHECK(64, a0, 0x7fffffff)
	li a1, 0x7fffffff; srai a0, a1, 1
	CHECK(65, a0, 0x3fffffff)
	li a1, 0x7fffffff; srai a0, a1, 31
	CHECK(66, a0, 0x0)
	li a1, 0x7fffffff; srai a0, a1, 32
	CHECK(67, a0, 0x0)
	li a1, 0x7fffffff; srai a0, a1, 33
	CHECK(68, a0, 0x0)
	li a1, 0x7fffffff; srai a0, a1, 63
	CHECK(69, a0, 0x0)
	li a1, 0xffffffff80000000; srai a0, a1, 0
	CHECK(70, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; srai a0, a1, 1
	CHECK(71, a0, 0xffffffffc0000000)
	li a1, 0xffffffff80000000; srai a0, a1, 31
	CHECK(72, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; srai a0, a1, 32
	CHECK(73, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; srai a0, a1, 33
	CHECK(74, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; srai a0, a1, 63
	CHECK(75, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; srai a0, a1, 0
	CHECK(76, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; srai a0, a1, 1
	CHECK(77, a0, 0x91a2b3c4d5e6f78)
	li a1, 0x123456789abcdef0; srai a0, a1, 31
	CHECK(78, a0, 0x2468acf1)
	li a1, 0x123456789abcdef0; srai a0, a1, 32
	CHECK(79, a0, 0x12345678)
	li a1, 0x123456789abcdef0; srai a0, a1, 33
	CHECK(80, a0, 0x91a2b3c)
	li a1, 0x123456789abcdef0; srai a0, a1, 63
	CHECK(81, a0, 0x0)
	li a1, 0xfffffffffffffff9; srai a0, a1, 0
	CHECK(82, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; srai a0, a1, 1
	CHECK(83, a0, 0xfffffffffffffffc)
	li a1, 0xfffffffffffffff9; srai a0, a1, 31
	CHECK(84, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; srai a0, a1, 32
	CHECK(85, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; srai a0, a1, 33
	CHECK(86, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; srai a0, a1, 63
	CHECK(87, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; srai a0, a1, 0
	CHECK(88, a0, 0xffffffff)
	li a1, 0xffffffff; srai a0, a1, 1
	CHECK(89, a0, 0x7fffffff)
	li a1, 0xffffffff; srai a0, a1, 31
	CHECK(90, a0, 0x1)
	li a1, 0xffffffff; srai a0, a1, 32
	CHECK(91, a0, 0x0)
	li a1, 0xffffffff; srai a0, a1, 33
	CHECK(92, a0, 0x0)
	li a1, 0xffffffff; srai a0, a1, 63
	CHECK(93, a0, 0x0)
	li a1, 0xff00000100ff80; srai a0, a1, 0
	CHECK(94, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; srai a0, a1, 1
	CHECK(95, a0, 0x7f800000807fc0)
	li a1, 0xff00000100ff80; srai a0, a1, 31
	CHECK(96, a0, 0x1fe0000)
	li a1, 0xff00000100ff80; srai a0, a1, 32
	CHECK(97, a0, 0xff0000)
	li a1, 0xff00000100ff80; srai a0, a1, 33
	CHECK(98, a0, 0x7f8000)
	li a1, 0xff00000100ff80; srai a0, a1, 63
	CHECK(99, a0, 0x0)
	/* slliw */
	li a1, 0x0; slliw a0, a1, 0
	CHECK(100, a0, 0x0)
	li a1, 0x0; slliw a0, a1, 1
	CHECK(101, a0, 0x0)
	li a1, 0x0; slliw a0, a1, 15
	CHECK(102, a0, 0x0)
	li a1, 0x0; slliw a0, a1, 31
	CHECK(103, a0, 0x0)
	li a1, 0x1; slliw a0, a1, 0
	CHECK(104, a0, 0x1)
	li a1, 0x1; slliw a0, a1, 1
	CHECK(105, a0, 0x2)
	li a1, 0x1; slliw a0, a1, 15
	CHECK(106, a0, 0x8000)
	li a1, 0x1; slliw a0, a1, 31
	CHECK(107, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; slliw a0, a1, 0
	CHECK(108, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; slliw a0, a1, 1
	CHECK(109, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; slliw a0, a1, 15
	CHECK(110, a0, 0xffffffffffff8000)
	li a1, 0xffffffffffffffff; slliw a0, a1, 31
	CHECK(111, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; slliw a0, a1, 0
	CHECK(112, a0, 0x0)
	li a1, 0x8000000000000000; slliw a0, a1, 1
	CHECK(113, a0, 0x0)
	li a1, 0x8000000000000000; slliw a0, a1, 15
	CHECK(114, a0, 0x0)
	li a1, 0x8000000000000000; slliw a0, a1, 31
	CHECK(115, a0, 0x0)
	li a1, 0x7fffffffffffffff; slliw a0, a1, 0
	CHECK(116, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; slliw a0, a1, 1
	CHECK(117, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffffffffffff; slliw a0, a1, 15
	CHECK(118, a0, 0xffffffffffff8000)
	li a1, 0x7fffffffffffffff; slliw a0, a1, 31
	CHECK(119, a0, 0xffffffff80000000)
	li a1, 0x80000000; slliw a0, a1, 0
	CHECK(120, a0, 0xffffffff80000000)
	li a1, 0x80000000; slliw a0, a1, 1
	CHECK(121, a0, 0x0)
	li a1, 0x80000000; slliw a0, a1, 15
	CHECK(122, a0, 0x0)
	li a1, 0x80000000; slliw a0, a1, 31
	CHECK(123, a0, 0x0)
	li a1, 0x7fffffff; slliw a0, a1, 0
	CHECK(124, a0, 0x7fffffff)
	li a1, 0x7fffffff; slliw a0, a1, 1
	CHECK(125, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffff; slliw a0, a1, 15
	CHECK(126, a0, 0xffffffffffff8000)
	li a1, 0x7fffffff; slliw a0, a1, 31
	CHECK(127, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; slliw a0, a1, 0
	CHECK(128, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; slliw a0, a1, 1
	CHECK(129, a0, 0x0)
	li a1, 0xffffffff80000000; slliw a0, a1, 15
	CHECK(130, a0, 0x0)
	li a1, 0xffffffff80000000; slliw a0, a1, 31
	CHECK(131, a0, 0x0)
	li a1, 0x123456789abcdef0; slliw a0, a1, 0
	CHECK(132, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; slliw a0, a1, 1
	CHECK(133, a0, 0x3579bde0)
	li a1, 0x123456789abcdef0; slliw a0, a1, 15
	CHECK(134, a0, 0x6f780000)
	li a1, 0x123456789abcdef0; slliw a0, a1, 31
	CHECK(135, a0, 0x0)
	li a1, 0xfffffffffffffff9; slliw a0, a1, 0
	CHECK(136, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; slliw a0, a1, 1
	CHECK(137, a0, 0xfffffffffffffff2)
	li a1, 0xfffffffffffffff9; slliw a0, a1, 15
	CHECK(138, a0, 0xfffffffffffc8000)
	li a1, 0xfffffffffffffff9; slliw a0, a1, 31
	CHECK(139, a0, 0xffffffff80000000)
	li a1, 0xffffffff; slliw a0, a1, 0
	CHECK(140, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; slliw a0, a1, 1
	CHECK(141, a0, 0xfffffffffffffffe)
	li a1, 0xffffffff; slliw a0, a1, 15
	CHECK(142, a0, 0xffffffffffff8000)
	li a1, 0xffffffff; slliw a0, a1, 31
	CHECK(143, a0, 0xffffffff80000000)
	li a1, 0xff00000100ff80; slliw a0, a1, 0
	CHECK(144, a0, 0x100ff80)
	li a1, 0xff00000100ff80; slliw a0, a1, 1
	CHECK(145, a0, 0x201ff00)
	li a1, 0xff00000100ff80; slliw a0, a1, 15
	CHECK(146, a0, 0x7fc00000)
	li a1, 0xff00000100ff80; slliw a0, a1, 31
	CHECK(147, a0, 0x0)
	/* srliw */
	li a1, 0x0; srliw a0, a1, 0
	CHECK(148, a0, 0x0)
	li a1, 0x0; srliw a0, a1, 1
	CHECK(149, a0, 0x0)
	li a1, 0x0; srliw a0, a1, 15
	CHECK(150, a0, 0x0)
	li a1, 0x0; srliw a0, a1, 31
	CHECK(151, a0, 0x0)
	li a1, 0x1; srliw a0, a1, 0
	CHECK(152, a0, 0x1)
	li a1, 0x1; srliw a0, a1, 1
	CHECK(153, a0, 0x0)
	li a1, 0x1; srliw a0, a1, 15
	CHECK(154, a0, 0x0)
	li a1, 0x1; srliw a0, a1, 31
	CHECK(155, a0, 0x0)
	li a1, 0xffffffffffffffff; srliw a0, a1, 0
	CHECK(156, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; srliw a0, a1, 1
	CHECK(157, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; srliw a0, a1, 15
	CHECK(158, a0, 0x1ffff)
	li a1, 0xffffffffffffffff; srliw a0, a1, 31
	CHECK(159, a0, 0x1)
	li a1, 0x8000000000000000; srliw a0, a1, 0
	CHECK(160, a0, 0x0)
	li a1, 0x8000000000000000; srliw a0, a1, 1
	CHECK(161, a0, 0x0)
	li a1, 0x8000000000000000; srliw a0, a1, 15
	CHECK(162, a0, 0x0)
	li a1, 0x8000000000000000; srliw a0, a1, 31
	CHECK(163, a0, 0x0)
	li a1, 0x7fffffffffffffff; srliw a0, a1, 0
	CHECK(164, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; srliw a0, a1, 1
	CHECK(165, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; srliw a0, a1, 15
	CHECK(166, a0, 0x1ffff)
	li a1, 0x7fffffffffffffff; srliw a0, a1, 31
	CHECK(167, a0, 0x1)
	li a1, 0x80000000; srliw a0, a1, 0
	CHECK(168, a0, 0xffffffff80000000)
	li a1, 0x80000000; srliw a0, a1, 1
	CHECK(169, a0, 0x40000000)
	li a1, 0x80000000; srliw a0, a1, 15
	CHECK(170, a0, 0x10000)
	li a1, 0x80000000; srliw a0, a1, 31
	CHECK(171, a0, 0x1)
	li a1, 0x7fffffff; srliw a0, a1, 0
	CHECK(172, a0, 0x7fffffff)
	li a1, 0x7fffffff; srliw a0, a1, 1
	CHECK(173, a0, 0x3fffffff)
	li a1, 0x7fffffff; srliw a0, a1, 15
	CHECK(174, a0, 0xffff)
	li a1, 0x7fffffff; srliw a0, a1, 31
	CHECK(175, a0, 0x0)
	li a1, 0xffffffff80000000; srliw a0, a1, 0
	CHECK(176, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; srliw a0, a1, 1
	CHECK(177, a0, 0x40000000)
	li a1, 0xffffffff80000000; srliw a0, a1, 15
	CHECK(178, a0, 0x10000)
	li a1, 0xffffffff80000000; srliw a0, a1, 31
	CHECK(179, a0, 0x1)
	li a1, 0x123456789abcdef0; srliw a0, a1, 0
	CHECK(180, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; srliw a0, a1, 1
	CHECK(181, a0, 0x4d5e6f78)
	li a1, 0x123456789abcdef0; srliw a0, a1, 15
	CHECK(182, a0, 0x13579)
	li a1, 0x123456789abcdef0; srliw a0, a1, 31
	CHECK(183, a0, 0x1)
	li a1, 0xfffffffffffffff9; srliw a0, a1, 0
	CHECK(184, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; srliw a0, a1, 1
	CHECK(185, a0, 0x7ffffffc)
	li a1, 0xfffffffffffffff9; srliw a0, a1, 15
	CHECK(186, a0, 0x1ffff)
	li a1, 0xfffffffffffffff9; srliw a0, a1, 31
	CHECK(187, a0, 0x1)
	li a1, 0xffffffff; srliw a0, a1, 0
	CHECK(188, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; srliw a0, a1, 1
	CHECK(189, a0, 0x7fffffff)
	li a1, 0xffffffff; srliw a0, a1, 15
	CHECK(190, a0, 0x1ffff)
	li a1, 0xffffffff; srliw a0, a1, 31
	CHECK(191, a0, 0x1)
	li a1, 0xff00000100ff80; srliw a0, a1, 0
	CHECK(192, a0, 0x100ff80)
	li a1, 0xff00000100ff80; srliw a0, a1, 1
	CHECK(193, a0, 0x807fc0)
	li a1, 0xff00000100ff80; srliw a0, a1, 15
	CHECK(194, a0, 0x201)
	li a1, 0xff00000100ff80; srliw a0, a1, 31
	CHECK(195, a0, 0x0)
	/* sraiw */
	li a1, 0x0; sraiw a0, a1, 0
	CHECK(196, a0, 0x0)
	li a1, 0x0; sraiw a0, a1, 1
	CHECK(197, a0, 0x0)
	li a1, 0x0; sraiw a0, a1, 15
	CHECK(198, a0, 0x0)
	li a1, 0x0; sraiw a0, a1, 31
	CHECK(199, a0, 0x0)
	li a1, 0x1; sraiw a0, a1, 0
	CHECK(200, a0, 0x1)
	li a1, 0x1; sraiw a0, a1, 1
	CHECK(201, a0, 0x0)
	li a1, 0x1; sraiw a0, a1, 15
	CHECK(202, a0, 0x0)
	li a1, 0x1; sraiw a0, a1, 31
	CHECK(203, a0, 0x0)
	li a1, 0xffffffffffffffff; sraiw a0, a1, 0
	CHECK(204, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sraiw a0, a1, 1
	CHECK(205, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sraiw a0, a1, 15
	CHECK(206, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sraiw a0, a1, 31
	CHECK(207, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; sraiw a0, a1, 0
	CHECK(208, a0, 0x0)
	li a1, 0x8000000000000000; sraiw a0, a1, 1
	CHECK(209, a0, 0x0)
	li a1, 0x8000000000000000; sraiw a0, a1, 15
	CHECK(210, a0, 0x0)
	li a1, 0x8000000000000000; sraiw a0, a1, 31
	CHECK(211, a0, 0x0)
	li a1, 0x7fffffffffffffff; sraiw a0, a1, 0
	CHECK(212, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; sraiw a0, a1, 1
	CHECK(213, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; sraiw a0, a1, 15
	CHECK(214, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; sraiw a0, a1, 31
	CHECK(215, a0, 0xffffffffffffffff)
	li a1, 0x80000000; sraiw a0, a1, 0
	CHECK(216, a0, 0xffffffff80000000)
	li a1, 0x80000000; sraiw a0, a1, 1
	CHECK(217, a0, 0xffffffffc0000000)
	li a1, 0x80000000; sraiw a0, a1, 15
	CHECK(218, a0, 0xffffffffffff0000)
	li a1, 0x80000000; sraiw a0, a1, 31
	CHECK(219, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; sraiw a0, a1, 0
	CHECK(220, a0, 0x7fffffff)
	li a1, 0x7fffffff; sraiw a0, a1, 1
	CHECK(221, a0, 0x3fffffff)
	li a1, 0x7fffffff; sraiw a0, a1, 15
	CHECK(222, a0, 0xffff)
	li a1, 0x7fffffff; sraiw a0, a1, 31
	CHECK(223, a0, 0x0)
	li a1, 0xffffffff80000000; sraiw a0, a1, 0
	CHECK(224, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; sraiw a0, a1, 1
	CHECK(225, a0, 0xffffffffc0000000)
	li a1, 0xffffffff80000000; sraiw a0, a1, 15
	CHECK(226, a0, 0xffffffffffff0000)
	li a1, 0xffffffff80000000; sraiw a0, a1, 31
	CHECK(227, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; sraiw a0, a1, 0
	CHECK(228, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; sraiw a0, a1, 1
	CHECK(229, a0, 0xffffffffcd5e6f78)
	li a1, 0x123456789abcdef0; sraiw a0, a1, 15
	CHECK(230, a0, 0xffffffffffff3579)
	li a1, 0x123456789abcdef0; sraiw a0, a1, 31
	CHECK(231, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; sraiw a0, a1, 0
	CHECK(232, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; sraiw a0, a1, 1
	CHECK(233, a0, 0xfffffffffffffffc)
	li a1, 0xfffffffffffffff9; sraiw a0, a1, 15
	CHECK(234, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; sraiw a0, a1, 31
	CHECK(235, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; sraiw a0, a1, 0
	CHECK(236, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; sraiw a0, a1, 1
	CHECK(237, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; sraiw a0, a1, 15
	CHECK(238, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; sraiw a0, a1, 31
	CHECK(239, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; sraiw a0, a1, 0
	CHECK(240, a0, 0x100ff80)
	li a1, 0xff00000100ff80; sraiw a0, a1, 1
	CHECK(241, a0, 0x807fc0)
	li a1, 0xff00000100ff80; sraiw a0, a1, 15
	CHECK(242, a0, 0x201)
	li a1, 0xff00000100ff80; sraiw a0, a1, 31
	CHECK(243, a0, 0x0)
TEST_END
