/* RV64I shifts: amounts masked to 6 bits (5 for the W forms) */
/* Table-driven: one check per (operation, operands) over edge values. Written by a throwaway
 * script at test-writing time, expected values computed from the RISC-V unprivileged spec
 * with Python integers, and run against qemu-riscv64. A failing check prints its number. */
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
	CHECK(256, a0, 0xffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x20; sra a0, a1, a2
	CHECK(257, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x3f; sra a0, a1, a2
	CHECK(258, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x40; sra a0, a1, a2
	CHECK(259, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5f; sra a0, a1, a2
	CHECK(260, a0, 0xffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; sra a0, a1, a2
	CHECK(261, a0, 0x0)
	li a1, 0x80000000; li a2, 0x0; sra a0, a1, a2
	CHECK(262, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x1; sra a0, a1, a2
	CHECK(263, a0, 0x40000000)
	li a1, 0x80000000; li a2, 0x5; sra a0, a1, a2
	CHECK(264, a0, 0x4000000)
	li a1, 0x80000000; li a2, 0x1f; sra a0, a1, a2
	CHECK(265, a0, 0x1)
	li a1, 0x80000000; li a2, 0x20; sra a0, a1, a2
	CHECK(266, a0, 0x0)
	li a1, 0x80000000; li a2, 0x3f; sra a0, a1, a2
	CHECK(267, a0, 0x0)
	li a1, 0x80000000; li a2, 0x40; sra a0, a1, a2
	CHECK(268, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x5f; sra a0, a1, a2
	CHECK(269, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; sra a0, a1, a2
	CHECK(270, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x0; sra a0, a1, a2
	CHECK(271, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; sra a0, a1, a2
	CHECK(272, a0, 0x3fffffff)
	li a1, 0x7fffffff; li a2, 0x5; sra a0, a1, a2
	CHECK(273, a0, 0x3ffffff)
	li a1, 0x7fffffff; li a2, 0x1f; sra a0, a1, a2
	CHECK(274, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x20; sra a0, a1, a2
	CHECK(275, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x3f; sra a0, a1, a2
	CHECK(276, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x40; sra a0, a1, a2
	CHECK(277, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x5f; sra a0, a1, a2
	CHECK(278, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; sra a0, a1, a2
	CHECK(279, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x0; sra a0, a1, a2
	CHECK(280, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; sra a0, a1, a2
	CHECK(281, a0, 0xffffffffc0000000)
	li a1, 0xffffffff80000000; li a2, 0x5; sra a0, a1, a2
	CHECK(282, a0, 0xfffffffffc000000)
	li a1, 0xffffffff80000000; li a2, 0x1f; sra a0, a1, a2
	CHECK(283, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x20; sra a0, a1, a2
	CHECK(284, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x3f; sra a0, a1, a2
	CHECK(285, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x40; sra a0, a1, a2
	CHECK(286, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x5f; sra a0, a1, a2
	CHECK(287, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; sra a0, a1, a2
	CHECK(288, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x0; sra a0, a1, a2
	CHECK(289, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; sra a0, a1, a2
	CHECK(290, a0, 0x91a2b3c4d5e6f78)
	li a1, 0x123456789abcdef0; li a2, 0x5; sra a0, a1, a2
	CHECK(291, a0, 0x91a2b3c4d5e6f7)
	li a1, 0x123456789abcdef0; li a2, 0x1f; sra a0, a1, a2
	CHECK(292, a0, 0x2468acf1)
	li a1, 0x123456789abcdef0; li a2, 0x20; sra a0, a1, a2
	CHECK(293, a0, 0x12345678)
	li a1, 0x123456789abcdef0; li a2, 0x3f; sra a0, a1, a2
	CHECK(294, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x40; sra a0, a1, a2
	CHECK(295, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x5f; sra a0, a1, a2
	CHECK(296, a0, 0x2468acf1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; sra a0, a1, a2
	CHECK(297, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; sra a0, a1, a2
	CHECK(298, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; sra a0, a1, a2
	CHECK(299, a0, 0xfffffffffffffffc)
	li a1, 0xfffffffffffffff9; li a2, 0x5; sra a0, a1, a2
	CHECK(300, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x1f; sra a0, a1, a2
	CHECK(301, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x20; sra a0, a1, a2
	CHECK(302, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x3f; sra a0, a1, a2
	CHECK(303, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x40; sra a0, a1, a2
	CHECK(304, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x5f; sra a0, a1, a2
	CHECK(305, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; sra a0, a1, a2
	CHECK(306, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x0; sra a0, a1, a2
	CHECK(307, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x1; sra a0, a1, a2
	CHECK(308, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x5; sra a0, a1, a2
	CHECK(309, a0, 0x7ffffff)
	li a1, 0xffffffff; li a2, 0x1f; sra a0, a1, a2
	CHECK(310, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x20; sra a0, a1, a2
	CHECK(311, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x3f; sra a0, a1, a2
	CHECK(312, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x40; sra a0, a1, a2
	CHECK(313, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x5f; sra a0, a1, a2
	CHECK(314, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; sra a0, a1, a2
	CHECK(315, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x0; sra a0, a1, a2
	CHECK(316, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; sra a0, a1, a2
	CHECK(317, a0, 0x7f800000807fc0)
	li a1, 0xff00000100ff80; li a2, 0x5; sra a0, a1, a2
	CHECK(318, a0, 0x7f800000807fc)
	li a1, 0xff00000100ff80; li a2, 0x1f; sra a0, a1, a2
	CHECK(319, a0, 0x1fe0000)
	li a1, 0xff00000100ff80; li a2, 0x20; sra a0, a1, a2
	CHECK(320, a0, 0xff0000)
	li a1, 0xff00000100ff80; li a2, 0x3f; sra a0, a1, a2
	CHECK(321, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x40; sra a0, a1, a2
	CHECK(322, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x5f; sra a0, a1, a2
	CHECK(323, a0, 0x1fe0000)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; sra a0, a1, a2
	CHECK(324, a0, 0x0)
	/* sllw */
	li a1, 0x0; li a2, 0x0; sllw a0, a1, a2
	CHECK(325, a0, 0x0)
	li a1, 0x0; li a2, 0x1; sllw a0, a1, a2
	CHECK(326, a0, 0x0)
	li a1, 0x0; li a2, 0x5; sllw a0, a1, a2
	CHECK(327, a0, 0x0)
	li a1, 0x0; li a2, 0x1f; sllw a0, a1, a2
	CHECK(328, a0, 0x0)
	li a1, 0x0; li a2, 0x20; sllw a0, a1, a2
	CHECK(329, a0, 0x0)
	li a1, 0x0; li a2, 0x3f; sllw a0, a1, a2
	CHECK(330, a0, 0x0)
	li a1, 0x0; li a2, 0x40; sllw a0, a1, a2
	CHECK(331, a0, 0x0)
	li a1, 0x0; li a2, 0x5f; sllw a0, a1, a2
	CHECK(332, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; sllw a0, a1, a2
	CHECK(333, a0, 0x0)
	li a1, 0x1; li a2, 0x0; sllw a0, a1, a2
	CHECK(334, a0, 0x1)
	li a1, 0x1; li a2, 0x1; sllw a0, a1, a2
	CHECK(335, a0, 0x2)
	li a1, 0x1; li a2, 0x5; sllw a0, a1, a2
	CHECK(336, a0, 0x20)
	li a1, 0x1; li a2, 0x1f; sllw a0, a1, a2
	CHECK(337, a0, 0xffffffff80000000)
	li a1, 0x1; li a2, 0x20; sllw a0, a1, a2
	CHECK(338, a0, 0x1)
	li a1, 0x1; li a2, 0x3f; sllw a0, a1, a2
	CHECK(339, a0, 0xffffffff80000000)
	li a1, 0x1; li a2, 0x40; sllw a0, a1, a2
	CHECK(340, a0, 0x1)
	li a1, 0x1; li a2, 0x5f; sllw a0, a1, a2
	CHECK(341, a0, 0xffffffff80000000)
	li a1, 0x1; li a2, 0xffffffffffffffff; sllw a0, a1, a2
	CHECK(342, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; li a2, 0x0; sllw a0, a1, a2
	CHECK(343, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; sllw a0, a1, a2
	CHECK(344, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x5; sllw a0, a1, a2
	CHECK(345, a0, 0xffffffffffffffe0)
	li a1, 0xffffffffffffffff; li a2, 0x1f; sllw a0, a1, a2
	CHECK(346, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; li a2, 0x20; sllw a0, a1, a2
	CHECK(347, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x3f; sllw a0, a1, a2
	CHECK(348, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; li a2, 0x40; sllw a0, a1, a2
	CHECK(349, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5f; sllw a0, a1, a2
	CHECK(350, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; sllw a0, a1, a2
	CHECK(351, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0x0; sllw a0, a1, a2
	CHECK(352, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; sllw a0, a1, a2
	CHECK(353, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x5; sllw a0, a1, a2
	CHECK(354, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1f; sllw a0, a1, a2
	CHECK(355, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x20; sllw a0, a1, a2
	CHECK(356, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x3f; sllw a0, a1, a2
	CHECK(357, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x40; sllw a0, a1, a2
	CHECK(358, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x5f; sllw a0, a1, a2
	CHECK(359, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; sllw a0, a1, a2
	CHECK(360, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; sllw a0, a1, a2
	CHECK(361, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; sllw a0, a1, a2
	CHECK(362, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x5; sllw a0, a1, a2
	CHECK(363, a0, 0xffffffffffffffe0)
	li a1, 0x7fffffffffffffff; li a2, 0x1f; sllw a0, a1, a2
	CHECK(364, a0, 0xffffffff80000000)
	li a1, 0x7fffffffffffffff; li a2, 0x20; sllw a0, a1, a2
	CHECK(365, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x3f; sllw a0, a1, a2
	CHECK(366, a0, 0xffffffff80000000)
	li a1, 0x7fffffffffffffff; li a2, 0x40; sllw a0, a1, a2
	CHECK(367, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5f; sllw a0, a1, a2
	CHECK(368, a0, 0xffffffff80000000)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; sllw a0, a1, a2
	CHECK(369, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x0; sllw a0, a1, a2
	CHECK(370, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x1; sllw a0, a1, a2
	CHECK(371, a0, 0x0)
	li a1, 0x80000000; li a2, 0x5; sllw a0, a1, a2
	CHECK(372, a0, 0x0)
	li a1, 0x80000000; li a2, 0x1f; sllw a0, a1, a2
	CHECK(373, a0, 0x0)
	li a1, 0x80000000; li a2, 0x20; sllw a0, a1, a2
	CHECK(374, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x3f; sllw a0, a1, a2
	CHECK(375, a0, 0x0)
	li a1, 0x80000000; li a2, 0x40; sllw a0, a1, a2
	CHECK(376, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x5f; sllw a0, a1, a2
	CHECK(377, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; sllw a0, a1, a2
	CHECK(378, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x0; sllw a0, a1, a2
	CHECK(379, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; sllw a0, a1, a2
	CHECK(380, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffff; li a2, 0x5; sllw a0, a1, a2
	CHECK(381, a0, 0xffffffffffffffe0)
	li a1, 0x7fffffff; li a2, 0x1f; sllw a0, a1, a2
	CHECK(382, a0, 0xffffffff80000000)
	li a1, 0x7fffffff; li a2, 0x20; sllw a0, a1, a2
	CHECK(383, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x3f; sllw a0, a1, a2
	CHECK(384, a0, 0xffffffff80000000)
	li a1, 0x7fffffff; li a2, 0x40; sllw a0, a1, a2
	CHECK(385, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x5f; sllw a0, a1, a2
	CHECK(386, a0, 0xffffffff80000000)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; sllw a0, a1, a2
	CHECK(387, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x0; sllw a0, a1, a2
	CHECK(388, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; sllw a0, a1, a2
	CHECK(389, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x5; sllw a0, a1, a2
	CHECK(390, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x1f; sllw a0, a1, a2
	CHECK(391, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x20; sllw a0, a1, a2
	CHECK(392, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x3f; sllw a0, a1, a2
	CHECK(393, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x40; sllw a0, a1, a2
	CHECK(394, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x5f; sllw a0, a1, a2
	CHECK(395, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; sllw a0, a1, a2
	CHECK(396, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x0; sllw a0, a1, a2
	CHECK(397, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; sllw a0, a1, a2
	CHECK(398, a0, 0x3579bde0)
	li a1, 0x123456789abcdef0; li a2, 0x5; sllw a0, a1, a2
	CHECK(399, a0, 0x579bde00)
	li a1, 0x123456789abcdef0; li a2, 0x1f; sllw a0, a1, a2
	CHECK(400, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x20; sllw a0, a1, a2
	CHECK(401, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x3f; sllw a0, a1, a2
	CHECK(402, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x40; sllw a0, a1, a2
	CHECK(403, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x5f; sllw a0, a1, a2
	CHECK(404, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; sllw a0, a1, a2
	CHECK(405, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; sllw a0, a1, a2
	CHECK(406, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; sllw a0, a1, a2
	CHECK(407, a0, 0xfffffffffffffff2)
	li a1, 0xfffffffffffffff9; li a2, 0x5; sllw a0, a1, a2
	CHECK(408, a0, 0xffffffffffffff20)
	li a1, 0xfffffffffffffff9; li a2, 0x1f; sllw a0, a1, a2
	CHECK(409, a0, 0xffffffff80000000)
	li a1, 0xfffffffffffffff9; li a2, 0x20; sllw a0, a1, a2
	CHECK(410, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x3f; sllw a0, a1, a2
	CHECK(411, a0, 0xffffffff80000000)
	li a1, 0xfffffffffffffff9; li a2, 0x40; sllw a0, a1, a2
	CHECK(412, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x5f; sllw a0, a1, a2
	CHECK(413, a0, 0xffffffff80000000)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; sllw a0, a1, a2
	CHECK(414, a0, 0xffffffff80000000)
	li a1, 0xffffffff; li a2, 0x0; sllw a0, a1, a2
	CHECK(415, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1; sllw a0, a1, a2
	CHECK(416, a0, 0xfffffffffffffffe)
	li a1, 0xffffffff; li a2, 0x5; sllw a0, a1, a2
	CHECK(417, a0, 0xffffffffffffffe0)
	li a1, 0xffffffff; li a2, 0x1f; sllw a0, a1, a2
	CHECK(418, a0, 0xffffffff80000000)
	li a1, 0xffffffff; li a2, 0x20; sllw a0, a1, a2
	CHECK(419, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x3f; sllw a0, a1, a2
	CHECK(420, a0, 0xffffffff80000000)
	li a1, 0xffffffff; li a2, 0x40; sllw a0, a1, a2
	CHECK(421, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x5f; sllw a0, a1, a2
	CHECK(422, a0, 0xffffffff80000000)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; sllw a0, a1, a2
	CHECK(423, a0, 0xffffffff80000000)
	li a1, 0xff00000100ff80; li a2, 0x0; sllw a0, a1, a2
	CHECK(424, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; sllw a0, a1, a2
	CHECK(425, a0, 0x201ff00)
	li a1, 0xff00000100ff80; li a2, 0x5; sllw a0, a1, a2
	CHECK(426, a0, 0x201ff000)
	li a1, 0xff00000100ff80; li a2, 0x1f; sllw a0, a1, a2
	CHECK(427, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x20; sllw a0, a1, a2
	CHECK(428, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x3f; sllw a0, a1, a2
	CHECK(429, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x40; sllw a0, a1, a2
	CHECK(430, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x5f; sllw a0, a1, a2
	CHECK(431, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; sllw a0, a1, a2
	CHECK(432, a0, 0x0)
	/* srlw */
	li a1, 0x0; li a2, 0x0; srlw a0, a1, a2
	CHECK(433, a0, 0x0)
	li a1, 0x0; li a2, 0x1; srlw a0, a1, a2
	CHECK(434, a0, 0x0)
	li a1, 0x0; li a2, 0x5; srlw a0, a1, a2
	CHECK(435, a0, 0x0)
	li a1, 0x0; li a2, 0x1f; srlw a0, a1, a2
	CHECK(436, a0, 0x0)
	li a1, 0x0; li a2, 0x20; srlw a0, a1, a2
	CHECK(437, a0, 0x0)
	li a1, 0x0; li a2, 0x3f; srlw a0, a1, a2
	CHECK(438, a0, 0x0)
	li a1, 0x0; li a2, 0x40; srlw a0, a1, a2
	CHECK(439, a0, 0x0)
	li a1, 0x0; li a2, 0x5f; srlw a0, a1, a2
	CHECK(440, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; srlw a0, a1, a2
	CHECK(441, a0, 0x0)
	li a1, 0x1; li a2, 0x0; srlw a0, a1, a2
	CHECK(442, a0, 0x1)
	li a1, 0x1; li a2, 0x1; srlw a0, a1, a2
	CHECK(443, a0, 0x0)
	li a1, 0x1; li a2, 0x5; srlw a0, a1, a2
	CHECK(444, a0, 0x0)
	li a1, 0x1; li a2, 0x1f; srlw a0, a1, a2
	CHECK(445, a0, 0x0)
	li a1, 0x1; li a2, 0x20; srlw a0, a1, a2
	CHECK(446, a0, 0x1)
	li a1, 0x1; li a2, 0x3f; srlw a0, a1, a2
	CHECK(447, a0, 0x0)
	li a1, 0x1; li a2, 0x40; srlw a0, a1, a2
	CHECK(448, a0, 0x1)
	li a1, 0x1; li a2, 0x5f; srlw a0, a1, a2
	CHECK(449, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; srlw a0, a1, a2
	CHECK(450, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x0; srlw a0, a1, a2
	CHECK(451, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; srlw a0, a1, a2
	CHECK(452, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5; srlw a0, a1, a2
	CHECK(453, a0, 0x7ffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1f; srlw a0, a1, a2
	CHECK(454, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x20; srlw a0, a1, a2
	CHECK(455, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x3f; srlw a0, a1, a2
	CHECK(456, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x40; srlw a0, a1, a2
	CHECK(457, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5f; srlw a0, a1, a2
	CHECK(458, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; srlw a0, a1, a2
	CHECK(459, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x0; srlw a0, a1, a2
	CHECK(460, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; srlw a0, a1, a2
	CHECK(461, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x5; srlw a0, a1, a2
	CHECK(462, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1f; srlw a0, a1, a2
	CHECK(463, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x20; srlw a0, a1, a2
	CHECK(464, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x3f; srlw a0, a1, a2
	CHECK(465, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x40; srlw a0, a1, a2
	CHECK(466, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x5f; srlw a0, a1, a2
	CHECK(467, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; srlw a0, a1, a2
	CHECK(468, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; srlw a0, a1, a2
	CHECK(469, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; srlw a0, a1, a2
	CHECK(470, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5; srlw a0, a1, a2
	CHECK(471, a0, 0x7ffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1f; srlw a0, a1, a2
	CHECK(472, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x20; srlw a0, a1, a2
	CHECK(473, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x3f; srlw a0, a1, a2
	CHECK(474, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x40; srlw a0, a1, a2
	CHECK(475, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5f; srlw a0, a1, a2
	CHECK(476, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; srlw a0, a1, a2
	CHECK(477, a0, 0x1)
	li a1, 0x80000000; li a2, 0x0; srlw a0, a1, a2
	CHECK(478, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x1; srlw a0, a1, a2
	CHECK(479, a0, 0x40000000)
	li a1, 0x80000000; li a2, 0x5; srlw a0, a1, a2
	CHECK(480, a0, 0x4000000)
	li a1, 0x80000000; li a2, 0x1f; srlw a0, a1, a2
	CHECK(481, a0, 0x1)
	li a1, 0x80000000; li a2, 0x20; srlw a0, a1, a2
	CHECK(482, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x3f; srlw a0, a1, a2
	CHECK(483, a0, 0x1)
	li a1, 0x80000000; li a2, 0x40; srlw a0, a1, a2
	CHECK(484, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x5f; srlw a0, a1, a2
	CHECK(485, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; srlw a0, a1, a2
	CHECK(486, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0x0; srlw a0, a1, a2
	CHECK(487, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; srlw a0, a1, a2
	CHECK(488, a0, 0x3fffffff)
	li a1, 0x7fffffff; li a2, 0x5; srlw a0, a1, a2
	CHECK(489, a0, 0x3ffffff)
	li a1, 0x7fffffff; li a2, 0x1f; srlw a0, a1, a2
	CHECK(490, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x20; srlw a0, a1, a2
	CHECK(491, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x3f; srlw a0, a1, a2
	CHECK(492, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x40; srlw a0, a1, a2
	CHECK(493, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x5f; srlw a0, a1, a2
	CHECK(494, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; srlw a0, a1, a2
	CHECK(495, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x0; srlw a0, a1, a2
	CHECK(496, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; srlw a0, a1, a2
	CHECK(497, a0, 0x40000000)
	li a1, 0xffffffff80000000; li a2, 0x5; srlw a0, a1, a2
	CHECK(498, a0, 0x4000000)
	li a1, 0xffffffff80000000; li a2, 0x1f; srlw a0, a1, a2
	CHECK(499, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x20; srlw a0, a1, a2
	CHECK(500, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x3f; srlw a0, a1, a2
	CHECK(501, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x40; srlw a0, a1, a2
	CHECK(502, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x5f; srlw a0, a1, a2
	CHECK(503, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; srlw a0, a1, a2
	CHECK(504, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0x0; srlw a0, a1, a2
	CHECK(505, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; srlw a0, a1, a2
	CHECK(506, a0, 0x4d5e6f78)
	li a1, 0x123456789abcdef0; li a2, 0x5; srlw a0, a1, a2
	CHECK(507, a0, 0x4d5e6f7)
	li a1, 0x123456789abcdef0; li a2, 0x1f; srlw a0, a1, a2
	CHECK(508, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0x20; srlw a0, a1, a2
	CHECK(509, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x3f; srlw a0, a1, a2
	CHECK(510, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0x40; srlw a0, a1, a2
	CHECK(511, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x5f; srlw a0, a1, a2
	CHECK(512, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; srlw a0, a1, a2
	CHECK(513, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x0; srlw a0, a1, a2
	CHECK(514, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; srlw a0, a1, a2
	CHECK(515, a0, 0x7ffffffc)
	li a1, 0xfffffffffffffff9; li a2, 0x5; srlw a0, a1, a2
	CHECK(516, a0, 0x7ffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x1f; srlw a0, a1, a2
	CHECK(517, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x20; srlw a0, a1, a2
	CHECK(518, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x3f; srlw a0, a1, a2
	CHECK(519, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0x40; srlw a0, a1, a2
	CHECK(520, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x5f; srlw a0, a1, a2
	CHECK(521, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; srlw a0, a1, a2
	CHECK(522, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x0; srlw a0, a1, a2
	CHECK(523, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1; srlw a0, a1, a2
	CHECK(524, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x5; srlw a0, a1, a2
	CHECK(525, a0, 0x7ffffff)
	li a1, 0xffffffff; li a2, 0x1f; srlw a0, a1, a2
	CHECK(526, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x20; srlw a0, a1, a2
	CHECK(527, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x3f; srlw a0, a1, a2
	CHECK(528, a0, 0x1)
	li a1, 0xffffffff; li a2, 0x40; srlw a0, a1, a2
	CHECK(529, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x5f; srlw a0, a1, a2
	CHECK(530, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; srlw a0, a1, a2
	CHECK(531, a0, 0x1)
	li a1, 0xff00000100ff80; li a2, 0x0; srlw a0, a1, a2
	CHECK(532, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; srlw a0, a1, a2
	CHECK(533, a0, 0x807fc0)
	li a1, 0xff00000100ff80; li a2, 0x5; srlw a0, a1, a2
	CHECK(534, a0, 0x807fc)
	li a1, 0xff00000100ff80; li a2, 0x1f; srlw a0, a1, a2
	CHECK(535, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x20; srlw a0, a1, a2
	CHECK(536, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x3f; srlw a0, a1, a2
	CHECK(537, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x40; srlw a0, a1, a2
	CHECK(538, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x5f; srlw a0, a1, a2
	CHECK(539, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; srlw a0, a1, a2
	CHECK(540, a0, 0x0)
	/* sraw */
	li a1, 0x0; li a2, 0x0; sraw a0, a1, a2
	CHECK(541, a0, 0x0)
	li a1, 0x0; li a2, 0x1; sraw a0, a1, a2
	CHECK(542, a0, 0x0)
	li a1, 0x0; li a2, 0x5; sraw a0, a1, a2
	CHECK(543, a0, 0x0)
	li a1, 0x0; li a2, 0x1f; sraw a0, a1, a2
	CHECK(544, a0, 0x0)
	li a1, 0x0; li a2, 0x20; sraw a0, a1, a2
	CHECK(545, a0, 0x0)
	li a1, 0x0; li a2, 0x3f; sraw a0, a1, a2
	CHECK(546, a0, 0x0)
	li a1, 0x0; li a2, 0x40; sraw a0, a1, a2
	CHECK(547, a0, 0x0)
	li a1, 0x0; li a2, 0x5f; sraw a0, a1, a2
	CHECK(548, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; sraw a0, a1, a2
	CHECK(549, a0, 0x0)
	li a1, 0x1; li a2, 0x0; sraw a0, a1, a2
	CHECK(550, a0, 0x1)
	li a1, 0x1; li a2, 0x1; sraw a0, a1, a2
	CHECK(551, a0, 0x0)
	li a1, 0x1; li a2, 0x5; sraw a0, a1, a2
	CHECK(552, a0, 0x0)
	li a1, 0x1; li a2, 0x1f; sraw a0, a1, a2
	CHECK(553, a0, 0x0)
	li a1, 0x1; li a2, 0x20; sraw a0, a1, a2
	CHECK(554, a0, 0x1)
	li a1, 0x1; li a2, 0x3f; sraw a0, a1, a2
	CHECK(555, a0, 0x0)
	li a1, 0x1; li a2, 0x40; sraw a0, a1, a2
	CHECK(556, a0, 0x1)
	li a1, 0x1; li a2, 0x5f; sraw a0, a1, a2
	CHECK(557, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; sraw a0, a1, a2
	CHECK(558, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x0; sraw a0, a1, a2
	CHECK(559, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; sraw a0, a1, a2
	CHECK(560, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5; sraw a0, a1, a2
	CHECK(561, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1f; sraw a0, a1, a2
	CHECK(562, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x20; sraw a0, a1, a2
	CHECK(563, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x3f; sraw a0, a1, a2
	CHECK(564, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x40; sraw a0, a1, a2
	CHECK(565, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5f; sraw a0, a1, a2
	CHECK(566, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; sraw a0, a1, a2
	CHECK(567, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x0; sraw a0, a1, a2
	CHECK(568, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; sraw a0, a1, a2
	CHECK(569, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x5; sraw a0, a1, a2
	CHECK(570, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1f; sraw a0, a1, a2
	CHECK(571, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x20; sraw a0, a1, a2
	CHECK(572, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x3f; sraw a0, a1, a2
	CHECK(573, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x40; sraw a0, a1, a2
	CHECK(574, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x5f; sraw a0, a1, a2
	CHECK(575, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; sraw a0, a1, a2
	CHECK(576, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; sraw a0, a1, a2
	CHECK(577, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; sraw a0, a1, a2
	CHECK(578, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5; sraw a0, a1, a2
	CHECK(579, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1f; sraw a0, a1, a2
	CHECK(580, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x20; sraw a0, a1, a2
	CHECK(581, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x3f; sraw a0, a1, a2
	CHECK(582, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x40; sraw a0, a1, a2
	CHECK(583, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5f; sraw a0, a1, a2
	CHECK(584, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; sraw a0, a1, a2
	CHECK(585, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x0; sraw a0, a1, a2
	CHECK(586, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x1; sraw a0, a1, a2
	CHECK(587, a0, 0xffffffffc0000000)
	li a1, 0x80000000; li a2, 0x5; sraw a0, a1, a2
	CHECK(588, a0, 0xfffffffffc000000)
	li a1, 0x80000000; li a2, 0x1f; sraw a0, a1, a2
	CHECK(589, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x20; sraw a0, a1, a2
	CHECK(590, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x3f; sraw a0, a1, a2
	CHECK(591, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x40; sraw a0, a1, a2
	CHECK(592, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x5f; sraw a0, a1, a2
	CHECK(593, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; sraw a0, a1, a2
	CHECK(594, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x0; sraw a0, a1, a2
	CHECK(595, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; sraw a0, a1, a2
	CHECK(596, a0, 0x3fffffff)
	li a1, 0x7fffffff; li a2, 0x5; sraw a0, a1, a2
	CHECK(597, a0, 0x3ffffff)
	li a1, 0x7fffffff; li a2, 0x1f; sraw a0, a1, a2
	CHECK(598, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x20; sraw a0, a1, a2
	CHECK(599, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x3f; sraw a0, a1, a2
	CHECK(600, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x40; sraw a0, a1, a2
	CHECK(601, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x5f; sraw a0, a1, a2
	CHECK(602, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; sraw a0, a1, a2
	CHECK(603, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x0; sraw a0, a1, a2
	CHECK(604, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; sraw a0, a1, a2
	CHECK(605, a0, 0xffffffffc0000000)
	li a1, 0xffffffff80000000; li a2, 0x5; sraw a0, a1, a2
	CHECK(606, a0, 0xfffffffffc000000)
	li a1, 0xffffffff80000000; li a2, 0x1f; sraw a0, a1, a2
	CHECK(607, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x20; sraw a0, a1, a2
	CHECK(608, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x3f; sraw a0, a1, a2
	CHECK(609, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x40; sraw a0, a1, a2
	CHECK(610, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x5f; sraw a0, a1, a2
	CHECK(611, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; sraw a0, a1, a2
	CHECK(612, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x0; sraw a0, a1, a2
	CHECK(613, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; sraw a0, a1, a2
	CHECK(614, a0, 0xffffffffcd5e6f78)
	li a1, 0x123456789abcdef0; li a2, 0x5; sraw a0, a1, a2
	CHECK(615, a0, 0xfffffffffcd5e6f7)
	li a1, 0x123456789abcdef0; li a2, 0x1f; sraw a0, a1, a2
	CHECK(616, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x20; sraw a0, a1, a2
	CHECK(617, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x3f; sraw a0, a1, a2
	CHECK(618, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x40; sraw a0, a1, a2
	CHECK(619, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x5f; sraw a0, a1, a2
	CHECK(620, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; sraw a0, a1, a2
	CHECK(621, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x0; sraw a0, a1, a2
	CHECK(622, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; sraw a0, a1, a2
	CHECK(623, a0, 0xfffffffffffffffc)
	li a1, 0xfffffffffffffff9; li a2, 0x5; sraw a0, a1, a2
	CHECK(624, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x1f; sraw a0, a1, a2
	CHECK(625, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x20; sraw a0, a1, a2
	CHECK(626, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x3f; sraw a0, a1, a2
	CHECK(627, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x40; sraw a0, a1, a2
	CHECK(628, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x5f; sraw a0, a1, a2
	CHECK(629, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; sraw a0, a1, a2
	CHECK(630, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x0; sraw a0, a1, a2
	CHECK(631, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1; sraw a0, a1, a2
	CHECK(632, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x5; sraw a0, a1, a2
	CHECK(633, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1f; sraw a0, a1, a2
	CHECK(634, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x20; sraw a0, a1, a2
	CHECK(635, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x3f; sraw a0, a1, a2
	CHECK(636, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x40; sraw a0, a1, a2
	CHECK(637, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x5f; sraw a0, a1, a2
	CHECK(638, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; sraw a0, a1, a2
	CHECK(639, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x0; sraw a0, a1, a2
	CHECK(640, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; sraw a0, a1, a2
	CHECK(641, a0, 0x807fc0)
	li a1, 0xff00000100ff80; li a2, 0x5; sraw a0, a1, a2
	CHECK(642, a0, 0x807fc)
	li a1, 0xff00000100ff80; li a2, 0x1f; sraw a0, a1, a2
	CHECK(643, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x20; sraw a0, a1, a2
	CHECK(644, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x3f; sraw a0, a1, a2
	CHECK(645, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x40; sraw a0, a1, a2
	CHECK(646, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x5f; sraw a0, a1, a2
	CHECK(647, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; sraw a0, a1, a2
	CHECK(648, a0, 0x0)
	/* slli */
	li a1, 0x0; slli a0, a1, 0
	CHECK(649, a0, 0x0)
	li a1, 0x0; slli a0, a1, 1
	CHECK(650, a0, 0x0)
	li a1, 0x0; slli a0, a1, 31
	CHECK(651, a0, 0x0)
	li a1, 0x0; slli a0, a1, 32
	CHECK(652, a0, 0x0)
	li a1, 0x0; slli a0, a1, 33
	CHECK(653, a0, 0x0)
	li a1, 0x0; slli a0, a1, 63
	CHECK(654, a0, 0x0)
	li a1, 0x1; slli a0, a1, 0
	CHECK(655, a0, 0x1)
	li a1, 0x1; slli a0, a1, 1
	CHECK(656, a0, 0x2)
	li a1, 0x1; slli a0, a1, 31
	CHECK(657, a0, 0x80000000)
	li a1, 0x1; slli a0, a1, 32
	CHECK(658, a0, 0x100000000)
	li a1, 0x1; slli a0, a1, 33
	CHECK(659, a0, 0x200000000)
	li a1, 0x1; slli a0, a1, 63
	CHECK(660, a0, 0x8000000000000000)
	li a1, 0xffffffffffffffff; slli a0, a1, 0
	CHECK(661, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; slli a0, a1, 1
	CHECK(662, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; slli a0, a1, 31
	CHECK(663, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; slli a0, a1, 32
	CHECK(664, a0, 0xffffffff00000000)
	li a1, 0xffffffffffffffff; slli a0, a1, 33
	CHECK(665, a0, 0xfffffffe00000000)
	li a1, 0xffffffffffffffff; slli a0, a1, 63
	CHECK(666, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; slli a0, a1, 0
	CHECK(667, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; slli a0, a1, 1
	CHECK(668, a0, 0x0)
	li a1, 0x8000000000000000; slli a0, a1, 31
	CHECK(669, a0, 0x0)
	li a1, 0x8000000000000000; slli a0, a1, 32
	CHECK(670, a0, 0x0)
	li a1, 0x8000000000000000; slli a0, a1, 33
	CHECK(671, a0, 0x0)
	li a1, 0x8000000000000000; slli a0, a1, 63
	CHECK(672, a0, 0x0)
	li a1, 0x7fffffffffffffff; slli a0, a1, 0
	CHECK(673, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; slli a0, a1, 1
	CHECK(674, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffffffffffff; slli a0, a1, 31
	CHECK(675, a0, 0xffffffff80000000)
	li a1, 0x7fffffffffffffff; slli a0, a1, 32
	CHECK(676, a0, 0xffffffff00000000)
	li a1, 0x7fffffffffffffff; slli a0, a1, 33
	CHECK(677, a0, 0xfffffffe00000000)
	li a1, 0x7fffffffffffffff; slli a0, a1, 63
	CHECK(678, a0, 0x8000000000000000)
	li a1, 0x80000000; slli a0, a1, 0
	CHECK(679, a0, 0x80000000)
	li a1, 0x80000000; slli a0, a1, 1
	CHECK(680, a0, 0x100000000)
	li a1, 0x80000000; slli a0, a1, 31
	CHECK(681, a0, 0x4000000000000000)
	li a1, 0x80000000; slli a0, a1, 32
	CHECK(682, a0, 0x8000000000000000)
	li a1, 0x80000000; slli a0, a1, 33
	CHECK(683, a0, 0x0)
	li a1, 0x80000000; slli a0, a1, 63
	CHECK(684, a0, 0x0)
	li a1, 0x7fffffff; slli a0, a1, 0
	CHECK(685, a0, 0x7fffffff)
	li a1, 0x7fffffff; slli a0, a1, 1
	CHECK(686, a0, 0xfffffffe)
	li a1, 0x7fffffff; slli a0, a1, 31
	CHECK(687, a0, 0x3fffffff80000000)
	li a1, 0x7fffffff; slli a0, a1, 32
	CHECK(688, a0, 0x7fffffff00000000)
	li a1, 0x7fffffff; slli a0, a1, 33
	CHECK(689, a0, 0xfffffffe00000000)
	li a1, 0x7fffffff; slli a0, a1, 63
	CHECK(690, a0, 0x8000000000000000)
	li a1, 0xffffffff80000000; slli a0, a1, 0
	CHECK(691, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; slli a0, a1, 1
	CHECK(692, a0, 0xffffffff00000000)
	li a1, 0xffffffff80000000; slli a0, a1, 31
	CHECK(693, a0, 0xc000000000000000)
	li a1, 0xffffffff80000000; slli a0, a1, 32
	CHECK(694, a0, 0x8000000000000000)
	li a1, 0xffffffff80000000; slli a0, a1, 33
	CHECK(695, a0, 0x0)
	li a1, 0xffffffff80000000; slli a0, a1, 63
	CHECK(696, a0, 0x0)
	li a1, 0x123456789abcdef0; slli a0, a1, 0
	CHECK(697, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; slli a0, a1, 1
	CHECK(698, a0, 0x2468acf13579bde0)
	li a1, 0x123456789abcdef0; slli a0, a1, 31
	CHECK(699, a0, 0x4d5e6f7800000000)
	li a1, 0x123456789abcdef0; slli a0, a1, 32
	CHECK(700, a0, 0x9abcdef000000000)
	li a1, 0x123456789abcdef0; slli a0, a1, 33
	CHECK(701, a0, 0x3579bde000000000)
	li a1, 0x123456789abcdef0; slli a0, a1, 63
	CHECK(702, a0, 0x0)
	li a1, 0xfffffffffffffff9; slli a0, a1, 0
	CHECK(703, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; slli a0, a1, 1
	CHECK(704, a0, 0xfffffffffffffff2)
	li a1, 0xfffffffffffffff9; slli a0, a1, 31
	CHECK(705, a0, 0xfffffffc80000000)
	li a1, 0xfffffffffffffff9; slli a0, a1, 32
	CHECK(706, a0, 0xfffffff900000000)
	li a1, 0xfffffffffffffff9; slli a0, a1, 33
	CHECK(707, a0, 0xfffffff200000000)
	li a1, 0xfffffffffffffff9; slli a0, a1, 63
	CHECK(708, a0, 0x8000000000000000)
	li a1, 0xffffffff; slli a0, a1, 0
	CHECK(709, a0, 0xffffffff)
	li a1, 0xffffffff; slli a0, a1, 1
	CHECK(710, a0, 0x1fffffffe)
	li a1, 0xffffffff; slli a0, a1, 31
	CHECK(711, a0, 0x7fffffff80000000)
	li a1, 0xffffffff; slli a0, a1, 32
	CHECK(712, a0, 0xffffffff00000000)
	li a1, 0xffffffff; slli a0, a1, 33
	CHECK(713, a0, 0xfffffffe00000000)
	li a1, 0xffffffff; slli a0, a1, 63
	CHECK(714, a0, 0x8000000000000000)
	li a1, 0xff00000100ff80; slli a0, a1, 0
	CHECK(715, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; slli a0, a1, 1
	CHECK(716, a0, 0x1fe00000201ff00)
	li a1, 0xff00000100ff80; slli a0, a1, 31
	CHECK(717, a0, 0x807fc000000000)
	li a1, 0xff00000100ff80; slli a0, a1, 32
	CHECK(718, a0, 0x100ff8000000000)
	li a1, 0xff00000100ff80; slli a0, a1, 33
	CHECK(719, a0, 0x201ff0000000000)
	li a1, 0xff00000100ff80; slli a0, a1, 63
	CHECK(720, a0, 0x0)
	/* srli */
	li a1, 0x0; srli a0, a1, 0
	CHECK(721, a0, 0x0)
	li a1, 0x0; srli a0, a1, 1
	CHECK(722, a0, 0x0)
	li a1, 0x0; srli a0, a1, 31
	CHECK(723, a0, 0x0)
	li a1, 0x0; srli a0, a1, 32
	CHECK(724, a0, 0x0)
	li a1, 0x0; srli a0, a1, 33
	CHECK(725, a0, 0x0)
	li a1, 0x0; srli a0, a1, 63
	CHECK(726, a0, 0x0)
	li a1, 0x1; srli a0, a1, 0
	CHECK(727, a0, 0x1)
	li a1, 0x1; srli a0, a1, 1
	CHECK(728, a0, 0x0)
	li a1, 0x1; srli a0, a1, 31
	CHECK(729, a0, 0x0)
	li a1, 0x1; srli a0, a1, 32
	CHECK(730, a0, 0x0)
	li a1, 0x1; srli a0, a1, 33
	CHECK(731, a0, 0x0)
	li a1, 0x1; srli a0, a1, 63
	CHECK(732, a0, 0x0)
	li a1, 0xffffffffffffffff; srli a0, a1, 0
	CHECK(733, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; srli a0, a1, 1
	CHECK(734, a0, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; srli a0, a1, 31
	CHECK(735, a0, 0x1ffffffff)
	li a1, 0xffffffffffffffff; srli a0, a1, 32
	CHECK(736, a0, 0xffffffff)
	li a1, 0xffffffffffffffff; srli a0, a1, 33
	CHECK(737, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; srli a0, a1, 63
	CHECK(738, a0, 0x1)
	li a1, 0x8000000000000000; srli a0, a1, 0
	CHECK(739, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; srli a0, a1, 1
	CHECK(740, a0, 0x4000000000000000)
	li a1, 0x8000000000000000; srli a0, a1, 31
	CHECK(741, a0, 0x100000000)
	li a1, 0x8000000000000000; srli a0, a1, 32
	CHECK(742, a0, 0x80000000)
	li a1, 0x8000000000000000; srli a0, a1, 33
	CHECK(743, a0, 0x40000000)
	li a1, 0x8000000000000000; srli a0, a1, 63
	CHECK(744, a0, 0x1)
	li a1, 0x7fffffffffffffff; srli a0, a1, 0
	CHECK(745, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; srli a0, a1, 1
	CHECK(746, a0, 0x3fffffffffffffff)
	li a1, 0x7fffffffffffffff; srli a0, a1, 31
	CHECK(747, a0, 0xffffffff)
	li a1, 0x7fffffffffffffff; srli a0, a1, 32
	CHECK(748, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; srli a0, a1, 33
	CHECK(749, a0, 0x3fffffff)
	li a1, 0x7fffffffffffffff; srli a0, a1, 63
	CHECK(750, a0, 0x0)
	li a1, 0x80000000; srli a0, a1, 0
	CHECK(751, a0, 0x80000000)
	li a1, 0x80000000; srli a0, a1, 1
	CHECK(752, a0, 0x40000000)
	li a1, 0x80000000; srli a0, a1, 31
	CHECK(753, a0, 0x1)
	li a1, 0x80000000; srli a0, a1, 32
	CHECK(754, a0, 0x0)
	li a1, 0x80000000; srli a0, a1, 33
	CHECK(755, a0, 0x0)
	li a1, 0x80000000; srli a0, a1, 63
	CHECK(756, a0, 0x0)
	li a1, 0x7fffffff; srli a0, a1, 0
	CHECK(757, a0, 0x7fffffff)
	li a1, 0x7fffffff; srli a0, a1, 1
	CHECK(758, a0, 0x3fffffff)
	li a1, 0x7fffffff; srli a0, a1, 31
	CHECK(759, a0, 0x0)
	li a1, 0x7fffffff; srli a0, a1, 32
	CHECK(760, a0, 0x0)
	li a1, 0x7fffffff; srli a0, a1, 33
	CHECK(761, a0, 0x0)
	li a1, 0x7fffffff; srli a0, a1, 63
	CHECK(762, a0, 0x0)
	li a1, 0xffffffff80000000; srli a0, a1, 0
	CHECK(763, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; srli a0, a1, 1
	CHECK(764, a0, 0x7fffffffc0000000)
	li a1, 0xffffffff80000000; srli a0, a1, 31
	CHECK(765, a0, 0x1ffffffff)
	li a1, 0xffffffff80000000; srli a0, a1, 32
	CHECK(766, a0, 0xffffffff)
	li a1, 0xffffffff80000000; srli a0, a1, 33
	CHECK(767, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; srli a0, a1, 63
	CHECK(768, a0, 0x1)
	li a1, 0x123456789abcdef0; srli a0, a1, 0
	CHECK(769, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; srli a0, a1, 1
	CHECK(770, a0, 0x91a2b3c4d5e6f78)
	li a1, 0x123456789abcdef0; srli a0, a1, 31
	CHECK(771, a0, 0x2468acf1)
	li a1, 0x123456789abcdef0; srli a0, a1, 32
	CHECK(772, a0, 0x12345678)
	li a1, 0x123456789abcdef0; srli a0, a1, 33
	CHECK(773, a0, 0x91a2b3c)
	li a1, 0x123456789abcdef0; srli a0, a1, 63
	CHECK(774, a0, 0x0)
	li a1, 0xfffffffffffffff9; srli a0, a1, 0
	CHECK(775, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; srli a0, a1, 1
	CHECK(776, a0, 0x7ffffffffffffffc)
	li a1, 0xfffffffffffffff9; srli a0, a1, 31
	CHECK(777, a0, 0x1ffffffff)
	li a1, 0xfffffffffffffff9; srli a0, a1, 32
	CHECK(778, a0, 0xffffffff)
	li a1, 0xfffffffffffffff9; srli a0, a1, 33
	CHECK(779, a0, 0x7fffffff)
	li a1, 0xfffffffffffffff9; srli a0, a1, 63
	CHECK(780, a0, 0x1)
	li a1, 0xffffffff; srli a0, a1, 0
	CHECK(781, a0, 0xffffffff)
	li a1, 0xffffffff; srli a0, a1, 1
	CHECK(782, a0, 0x7fffffff)
	li a1, 0xffffffff; srli a0, a1, 31
	CHECK(783, a0, 0x1)
	li a1, 0xffffffff; srli a0, a1, 32
	CHECK(784, a0, 0x0)
	li a1, 0xffffffff; srli a0, a1, 33
	CHECK(785, a0, 0x0)
	li a1, 0xffffffff; srli a0, a1, 63
	CHECK(786, a0, 0x0)
	li a1, 0xff00000100ff80; srli a0, a1, 0
	CHECK(787, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; srli a0, a1, 1
	CHECK(788, a0, 0x7f800000807fc0)
	li a1, 0xff00000100ff80; srli a0, a1, 31
	CHECK(789, a0, 0x1fe0000)
	li a1, 0xff00000100ff80; srli a0, a1, 32
	CHECK(790, a0, 0xff0000)
	li a1, 0xff00000100ff80; srli a0, a1, 33
	CHECK(791, a0, 0x7f8000)
	li a1, 0xff00000100ff80; srli a0, a1, 63
	CHECK(792, a0, 0x0)
	/* srai */
	li a1, 0x0; srai a0, a1, 0
	CHECK(793, a0, 0x0)
	li a1, 0x0; srai a0, a1, 1
	CHECK(794, a0, 0x0)
	li a1, 0x0; srai a0, a1, 31
	CHECK(795, a0, 0x0)
	li a1, 0x0; srai a0, a1, 32
	CHECK(796, a0, 0x0)
	li a1, 0x0; srai a0, a1, 33
	CHECK(797, a0, 0x0)
	li a1, 0x0; srai a0, a1, 63
	CHECK(798, a0, 0x0)
	li a1, 0x1; srai a0, a1, 0
	CHECK(799, a0, 0x1)
	li a1, 0x1; srai a0, a1, 1
	CHECK(800, a0, 0x0)
	li a1, 0x1; srai a0, a1, 31
	CHECK(801, a0, 0x0)
	li a1, 0x1; srai a0, a1, 32
	CHECK(802, a0, 0x0)
	li a1, 0x1; srai a0, a1, 33
	CHECK(803, a0, 0x0)
	li a1, 0x1; srai a0, a1, 63
	CHECK(804, a0, 0x0)
	li a1, 0xffffffffffffffff; srai a0, a1, 0
	CHECK(805, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; srai a0, a1, 1
	CHECK(806, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; srai a0, a1, 31
	CHECK(807, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; srai a0, a1, 32
	CHECK(808, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; srai a0, a1, 33
	CHECK(809, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; srai a0, a1, 63
	CHECK(810, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; srai a0, a1, 0
	CHECK(811, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; srai a0, a1, 1
	CHECK(812, a0, 0xc000000000000000)
	li a1, 0x8000000000000000; srai a0, a1, 31
	CHECK(813, a0, 0xffffffff00000000)
	li a1, 0x8000000000000000; srai a0, a1, 32
	CHECK(814, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; srai a0, a1, 33
	CHECK(815, a0, 0xffffffffc0000000)
	li a1, 0x8000000000000000; srai a0, a1, 63
	CHECK(816, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; srai a0, a1, 0
	CHECK(817, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; srai a0, a1, 1
	CHECK(818, a0, 0x3fffffffffffffff)
	li a1, 0x7fffffffffffffff; srai a0, a1, 31
	CHECK(819, a0, 0xffffffff)
	li a1, 0x7fffffffffffffff; srai a0, a1, 32
	CHECK(820, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; srai a0, a1, 33
	CHECK(821, a0, 0x3fffffff)
	li a1, 0x7fffffffffffffff; srai a0, a1, 63
	CHECK(822, a0, 0x0)
	li a1, 0x80000000; srai a0, a1, 0
	CHECK(823, a0, 0x80000000)
	li a1, 0x80000000; srai a0, a1, 1
	CHECK(824, a0, 0x40000000)
	li a1, 0x80000000; srai a0, a1, 31
	CHECK(825, a0, 0x1)
	li a1, 0x80000000; srai a0, a1, 32
	CHECK(826, a0, 0x0)
	li a1, 0x80000000; srai a0, a1, 33
	CHECK(827, a0, 0x0)
	li a1, 0x80000000; srai a0, a1, 63
	CHECK(828, a0, 0x0)
	li a1, 0x7fffffff; srai a0, a1, 0
	CHECK(829, a0, 0x7fffffff)
	li a1, 0x7fffffff; srai a0, a1, 1
	CHECK(830, a0, 0x3fffffff)
	li a1, 0x7fffffff; srai a0, a1, 31
	CHECK(831, a0, 0x0)
	li a1, 0x7fffffff; srai a0, a1, 32
	CHECK(832, a0, 0x0)
	li a1, 0x7fffffff; srai a0, a1, 33
	CHECK(833, a0, 0x0)
	li a1, 0x7fffffff; srai a0, a1, 63
	CHECK(834, a0, 0x0)
	li a1, 0xffffffff80000000; srai a0, a1, 0
	CHECK(835, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; srai a0, a1, 1
	CHECK(836, a0, 0xffffffffc0000000)
	li a1, 0xffffffff80000000; srai a0, a1, 31
	CHECK(837, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; srai a0, a1, 32
	CHECK(838, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; srai a0, a1, 33
	CHECK(839, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; srai a0, a1, 63
	CHECK(840, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; srai a0, a1, 0
	CHECK(841, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; srai a0, a1, 1
	CHECK(842, a0, 0x91a2b3c4d5e6f78)
	li a1, 0x123456789abcdef0; srai a0, a1, 31
	CHECK(843, a0, 0x2468acf1)
	li a1, 0x123456789abcdef0; srai a0, a1, 32
	CHECK(844, a0, 0x12345678)
	li a1, 0x123456789abcdef0; srai a0, a1, 33
	CHECK(845, a0, 0x91a2b3c)
	li a1, 0x123456789abcdef0; srai a0, a1, 63
	CHECK(846, a0, 0x0)
	li a1, 0xfffffffffffffff9; srai a0, a1, 0
	CHECK(847, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; srai a0, a1, 1
	CHECK(848, a0, 0xfffffffffffffffc)
	li a1, 0xfffffffffffffff9; srai a0, a1, 31
	CHECK(849, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; srai a0, a1, 32
	CHECK(850, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; srai a0, a1, 33
	CHECK(851, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; srai a0, a1, 63
	CHECK(852, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; srai a0, a1, 0
	CHECK(853, a0, 0xffffffff)
	li a1, 0xffffffff; srai a0, a1, 1
	CHECK(854, a0, 0x7fffffff)
	li a1, 0xffffffff; srai a0, a1, 31
	CHECK(855, a0, 0x1)
	li a1, 0xffffffff; srai a0, a1, 32
	CHECK(856, a0, 0x0)
	li a1, 0xffffffff; srai a0, a1, 33
	CHECK(857, a0, 0x0)
	li a1, 0xffffffff; srai a0, a1, 63
	CHECK(858, a0, 0x0)
	li a1, 0xff00000100ff80; srai a0, a1, 0
	CHECK(859, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; srai a0, a1, 1
	CHECK(860, a0, 0x7f800000807fc0)
	li a1, 0xff00000100ff80; srai a0, a1, 31
	CHECK(861, a0, 0x1fe0000)
	li a1, 0xff00000100ff80; srai a0, a1, 32
	CHECK(862, a0, 0xff0000)
	li a1, 0xff00000100ff80; srai a0, a1, 33
	CHECK(863, a0, 0x7f8000)
	li a1, 0xff00000100ff80; srai a0, a1, 63
	CHECK(864, a0, 0x0)
	/* slliw */
	li a1, 0x0; slliw a0, a1, 0
	CHECK(865, a0, 0x0)
	li a1, 0x0; slliw a0, a1, 1
	CHECK(866, a0, 0x0)
	li a1, 0x0; slliw a0, a1, 15
	CHECK(867, a0, 0x0)
	li a1, 0x0; slliw a0, a1, 31
	CHECK(868, a0, 0x0)
	li a1, 0x1; slliw a0, a1, 0
	CHECK(869, a0, 0x1)
	li a1, 0x1; slliw a0, a1, 1
	CHECK(870, a0, 0x2)
	li a1, 0x1; slliw a0, a1, 15
	CHECK(871, a0, 0x8000)
	li a1, 0x1; slliw a0, a1, 31
	CHECK(872, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; slliw a0, a1, 0
	CHECK(873, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; slliw a0, a1, 1
	CHECK(874, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; slliw a0, a1, 15
	CHECK(875, a0, 0xffffffffffff8000)
	li a1, 0xffffffffffffffff; slliw a0, a1, 31
	CHECK(876, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; slliw a0, a1, 0
	CHECK(877, a0, 0x0)
	li a1, 0x8000000000000000; slliw a0, a1, 1
	CHECK(878, a0, 0x0)
	li a1, 0x8000000000000000; slliw a0, a1, 15
	CHECK(879, a0, 0x0)
	li a1, 0x8000000000000000; slliw a0, a1, 31
	CHECK(880, a0, 0x0)
	li a1, 0x7fffffffffffffff; slliw a0, a1, 0
	CHECK(881, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; slliw a0, a1, 1
	CHECK(882, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffffffffffff; slliw a0, a1, 15
	CHECK(883, a0, 0xffffffffffff8000)
	li a1, 0x7fffffffffffffff; slliw a0, a1, 31
	CHECK(884, a0, 0xffffffff80000000)
	li a1, 0x80000000; slliw a0, a1, 0
	CHECK(885, a0, 0xffffffff80000000)
	li a1, 0x80000000; slliw a0, a1, 1
	CHECK(886, a0, 0x0)
	li a1, 0x80000000; slliw a0, a1, 15
	CHECK(887, a0, 0x0)
	li a1, 0x80000000; slliw a0, a1, 31
	CHECK(888, a0, 0x0)
	li a1, 0x7fffffff; slliw a0, a1, 0
	CHECK(889, a0, 0x7fffffff)
	li a1, 0x7fffffff; slliw a0, a1, 1
	CHECK(890, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffff; slliw a0, a1, 15
	CHECK(891, a0, 0xffffffffffff8000)
	li a1, 0x7fffffff; slliw a0, a1, 31
	CHECK(892, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; slliw a0, a1, 0
	CHECK(893, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; slliw a0, a1, 1
	CHECK(894, a0, 0x0)
	li a1, 0xffffffff80000000; slliw a0, a1, 15
	CHECK(895, a0, 0x0)
	li a1, 0xffffffff80000000; slliw a0, a1, 31
	CHECK(896, a0, 0x0)
	li a1, 0x123456789abcdef0; slliw a0, a1, 0
	CHECK(897, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; slliw a0, a1, 1
	CHECK(898, a0, 0x3579bde0)
	li a1, 0x123456789abcdef0; slliw a0, a1, 15
	CHECK(899, a0, 0x6f780000)
	li a1, 0x123456789abcdef0; slliw a0, a1, 31
	CHECK(900, a0, 0x0)
	li a1, 0xfffffffffffffff9; slliw a0, a1, 0
	CHECK(901, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; slliw a0, a1, 1
	CHECK(902, a0, 0xfffffffffffffff2)
	li a1, 0xfffffffffffffff9; slliw a0, a1, 15
	CHECK(903, a0, 0xfffffffffffc8000)
	li a1, 0xfffffffffffffff9; slliw a0, a1, 31
	CHECK(904, a0, 0xffffffff80000000)
	li a1, 0xffffffff; slliw a0, a1, 0
	CHECK(905, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; slliw a0, a1, 1
	CHECK(906, a0, 0xfffffffffffffffe)
	li a1, 0xffffffff; slliw a0, a1, 15
	CHECK(907, a0, 0xffffffffffff8000)
	li a1, 0xffffffff; slliw a0, a1, 31
	CHECK(908, a0, 0xffffffff80000000)
	li a1, 0xff00000100ff80; slliw a0, a1, 0
	CHECK(909, a0, 0x100ff80)
	li a1, 0xff00000100ff80; slliw a0, a1, 1
	CHECK(910, a0, 0x201ff00)
	li a1, 0xff00000100ff80; slliw a0, a1, 15
	CHECK(911, a0, 0x7fc00000)
	li a1, 0xff00000100ff80; slliw a0, a1, 31
	CHECK(912, a0, 0x0)
	/* srliw */
	li a1, 0x0; srliw a0, a1, 0
	CHECK(913, a0, 0x0)
	li a1, 0x0; srliw a0, a1, 1
	CHECK(914, a0, 0x0)
	li a1, 0x0; srliw a0, a1, 15
	CHECK(915, a0, 0x0)
	li a1, 0x0; srliw a0, a1, 31
	CHECK(916, a0, 0x0)
	li a1, 0x1; srliw a0, a1, 0
	CHECK(917, a0, 0x1)
	li a1, 0x1; srliw a0, a1, 1
	CHECK(918, a0, 0x0)
	li a1, 0x1; srliw a0, a1, 15
	CHECK(919, a0, 0x0)
	li a1, 0x1; srliw a0, a1, 31
	CHECK(920, a0, 0x0)
	li a1, 0xffffffffffffffff; srliw a0, a1, 0
	CHECK(921, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; srliw a0, a1, 1
	CHECK(922, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; srliw a0, a1, 15
	CHECK(923, a0, 0x1ffff)
	li a1, 0xffffffffffffffff; srliw a0, a1, 31
	CHECK(924, a0, 0x1)
	li a1, 0x8000000000000000; srliw a0, a1, 0
	CHECK(925, a0, 0x0)
	li a1, 0x8000000000000000; srliw a0, a1, 1
	CHECK(926, a0, 0x0)
	li a1, 0x8000000000000000; srliw a0, a1, 15
	CHECK(927, a0, 0x0)
	li a1, 0x8000000000000000; srliw a0, a1, 31
	CHECK(928, a0, 0x0)
	li a1, 0x7fffffffffffffff; srliw a0, a1, 0
	CHECK(929, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; srliw a0, a1, 1
	CHECK(930, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; srliw a0, a1, 15
	CHECK(931, a0, 0x1ffff)
	li a1, 0x7fffffffffffffff; srliw a0, a1, 31
	CHECK(932, a0, 0x1)
	li a1, 0x80000000; srliw a0, a1, 0
	CHECK(933, a0, 0xffffffff80000000)
	li a1, 0x80000000; srliw a0, a1, 1
	CHECK(934, a0, 0x40000000)
	li a1, 0x80000000; srliw a0, a1, 15
	CHECK(935, a0, 0x10000)
	li a1, 0x80000000; srliw a0, a1, 31
	CHECK(936, a0, 0x1)
	li a1, 0x7fffffff; srliw a0, a1, 0
	CHECK(937, a0, 0x7fffffff)
	li a1, 0x7fffffff; srliw a0, a1, 1
	CHECK(938, a0, 0x3fffffff)
	li a1, 0x7fffffff; srliw a0, a1, 15
	CHECK(939, a0, 0xffff)
	li a1, 0x7fffffff; srliw a0, a1, 31
	CHECK(940, a0, 0x0)
	li a1, 0xffffffff80000000; srliw a0, a1, 0
	CHECK(941, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; srliw a0, a1, 1
	CHECK(942, a0, 0x40000000)
	li a1, 0xffffffff80000000; srliw a0, a1, 15
	CHECK(943, a0, 0x10000)
	li a1, 0xffffffff80000000; srliw a0, a1, 31
	CHECK(944, a0, 0x1)
	li a1, 0x123456789abcdef0; srliw a0, a1, 0
	CHECK(945, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; srliw a0, a1, 1
	CHECK(946, a0, 0x4d5e6f78)
	li a1, 0x123456789abcdef0; srliw a0, a1, 15
	CHECK(947, a0, 0x13579)
	li a1, 0x123456789abcdef0; srliw a0, a1, 31
	CHECK(948, a0, 0x1)
	li a1, 0xfffffffffffffff9; srliw a0, a1, 0
	CHECK(949, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; srliw a0, a1, 1
	CHECK(950, a0, 0x7ffffffc)
	li a1, 0xfffffffffffffff9; srliw a0, a1, 15
	CHECK(951, a0, 0x1ffff)
	li a1, 0xfffffffffffffff9; srliw a0, a1, 31
	CHECK(952, a0, 0x1)
	li a1, 0xffffffff; srliw a0, a1, 0
	CHECK(953, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; srliw a0, a1, 1
	CHECK(954, a0, 0x7fffffff)
	li a1, 0xffffffff; srliw a0, a1, 15
	CHECK(955, a0, 0x1ffff)
	li a1, 0xffffffff; srliw a0, a1, 31
	CHECK(956, a0, 0x1)
	li a1, 0xff00000100ff80; srliw a0, a1, 0
	CHECK(957, a0, 0x100ff80)
	li a1, 0xff00000100ff80; srliw a0, a1, 1
	CHECK(958, a0, 0x807fc0)
	li a1, 0xff00000100ff80; srliw a0, a1, 15
	CHECK(959, a0, 0x201)
	li a1, 0xff00000100ff80; srliw a0, a1, 31
	CHECK(960, a0, 0x0)
	/* sraiw */
	li a1, 0x0; sraiw a0, a1, 0
	CHECK(961, a0, 0x0)
	li a1, 0x0; sraiw a0, a1, 1
	CHECK(962, a0, 0x0)
	li a1, 0x0; sraiw a0, a1, 15
	CHECK(963, a0, 0x0)
	li a1, 0x0; sraiw a0, a1, 31
	CHECK(964, a0, 0x0)
	li a1, 0x1; sraiw a0, a1, 0
	CHECK(965, a0, 0x1)
	li a1, 0x1; sraiw a0, a1, 1
	CHECK(966, a0, 0x0)
	li a1, 0x1; sraiw a0, a1, 15
	CHECK(967, a0, 0x0)
	li a1, 0x1; sraiw a0, a1, 31
	CHECK(968, a0, 0x0)
	li a1, 0xffffffffffffffff; sraiw a0, a1, 0
	CHECK(969, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sraiw a0, a1, 1
	CHECK(970, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sraiw a0, a1, 15
	CHECK(971, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sraiw a0, a1, 31
	CHECK(972, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; sraiw a0, a1, 0
	CHECK(973, a0, 0x0)
	li a1, 0x8000000000000000; sraiw a0, a1, 1
	CHECK(974, a0, 0x0)
	li a1, 0x8000000000000000; sraiw a0, a1, 15
	CHECK(975, a0, 0x0)
	li a1, 0x8000000000000000; sraiw a0, a1, 31
	CHECK(976, a0, 0x0)
	li a1, 0x7fffffffffffffff; sraiw a0, a1, 0
	CHECK(977, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; sraiw a0, a1, 1
	CHECK(978, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; sraiw a0, a1, 15
	CHECK(979, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; sraiw a0, a1, 31
	CHECK(980, a0, 0xffffffffffffffff)
	li a1, 0x80000000; sraiw a0, a1, 0
	CHECK(981, a0, 0xffffffff80000000)
	li a1, 0x80000000; sraiw a0, a1, 1
	CHECK(982, a0, 0xffffffffc0000000)
	li a1, 0x80000000; sraiw a0, a1, 15
	CHECK(983, a0, 0xffffffffffff0000)
	li a1, 0x80000000; sraiw a0, a1, 31
	CHECK(984, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; sraiw a0, a1, 0
	CHECK(985, a0, 0x7fffffff)
	li a1, 0x7fffffff; sraiw a0, a1, 1
	CHECK(986, a0, 0x3fffffff)
	li a1, 0x7fffffff; sraiw a0, a1, 15
	CHECK(987, a0, 0xffff)
	li a1, 0x7fffffff; sraiw a0, a1, 31
	CHECK(988, a0, 0x0)
	li a1, 0xffffffff80000000; sraiw a0, a1, 0
	CHECK(989, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; sraiw a0, a1, 1
	CHECK(990, a0, 0xffffffffc0000000)
	li a1, 0xffffffff80000000; sraiw a0, a1, 15
	CHECK(991, a0, 0xffffffffffff0000)
	li a1, 0xffffffff80000000; sraiw a0, a1, 31
	CHECK(992, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; sraiw a0, a1, 0
	CHECK(993, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; sraiw a0, a1, 1
	CHECK(994, a0, 0xffffffffcd5e6f78)
	li a1, 0x123456789abcdef0; sraiw a0, a1, 15
	CHECK(995, a0, 0xffffffffffff3579)
	li a1, 0x123456789abcdef0; sraiw a0, a1, 31
	CHECK(996, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; sraiw a0, a1, 0
	CHECK(997, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; sraiw a0, a1, 1
	CHECK(998, a0, 0xfffffffffffffffc)
	li a1, 0xfffffffffffffff9; sraiw a0, a1, 15
	CHECK(999, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; sraiw a0, a1, 31
	CHECK(1000, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; sraiw a0, a1, 0
	CHECK(1001, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; sraiw a0, a1, 1
	CHECK(1002, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; sraiw a0, a1, 15
	CHECK(1003, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; sraiw a0, a1, 31
	CHECK(1004, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; sraiw a0, a1, 0
	CHECK(1005, a0, 0x100ff80)
	li a1, 0xff00000100ff80; sraiw a0, a1, 1
	CHECK(1006, a0, 0x807fc0)
	li a1, 0xff00000100ff80; sraiw a0, a1, 15
	CHECK(1007, a0, 0x201)
	li a1, 0xff00000100ff80; sraiw a0, a1, 31
	CHECK(1008, a0, 0x0)
TEST_END
