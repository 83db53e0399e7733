/* Zbb: logic with negate, counts (of 0 too), sign/zero extension, min/max, rotates, orc.b, rev8 */
/* Table-driven: one check per (operation, operands) over edge values. Written by a throwaway
 * script at test-writing time, expected values computed from the RISC-V unprivileged spec
 * with Python integers, and run against qemu-riscv64. Check numbers wrap at 255. */
#include "test.h"

TEST_BEGIN
	/* andn */
	li a1, 0x0; li a2, 0x0; andn a0, a1, a2
	CHECK(1, a0, 0x0)
	li a1, 0x0; li a2, 0x1; andn a0, a1, a2
	CHECK(2, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; andn a0, a1, a2
	CHECK(3, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; andn a0, a1, a2
	CHECK(4, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; andn a0, a1, a2
	CHECK(5, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; andn a0, a1, a2
	CHECK(6, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; andn a0, a1, a2
	CHECK(7, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; andn a0, a1, a2
	CHECK(8, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; andn a0, a1, a2
	CHECK(9, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; andn a0, a1, a2
	CHECK(10, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; andn a0, a1, a2
	CHECK(11, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; andn a0, a1, a2
	CHECK(12, a0, 0x0)
	li a1, 0x1; li a2, 0x0; andn a0, a1, a2
	CHECK(13, a0, 0x1)
	li a1, 0x1; li a2, 0x1; andn a0, a1, a2
	CHECK(14, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffffffffffff; andn a0, a1, a2
	CHECK(15, a0, 0x0)
	li a1, 0x1; li a2, 0x8000000000000000; andn a0, a1, a2
	CHECK(16, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffffffffffff; andn a0, a1, a2
	CHECK(17, a0, 0x0)
	li a1, 0x1; li a2, 0x80000000; andn a0, a1, a2
	CHECK(18, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffff; andn a0, a1, a2
	CHECK(19, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff80000000; andn a0, a1, a2
	CHECK(20, a0, 0x1)
	li a1, 0x1; li a2, 0x123456789abcdef0; andn a0, a1, a2
	CHECK(21, a0, 0x1)
	li a1, 0x1; li a2, 0xfffffffffffffff9; andn a0, a1, a2
	CHECK(22, a0, 0x0)
	li a1, 0x1; li a2, 0xffffffff; andn a0, a1, a2
	CHECK(23, a0, 0x0)
	li a1, 0x1; li a2, 0xff00000100ff80; andn a0, a1, a2
	CHECK(24, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x0; andn a0, a1, a2
	CHECK(25, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; andn a0, a1, a2
	CHECK(26, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; andn a0, a1, a2
	CHECK(27, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; andn a0, a1, a2
	CHECK(28, a0, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; andn a0, a1, a2
	CHECK(29, a0, 0x8000000000000000)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; andn a0, a1, a2
	CHECK(30, a0, 0xffffffff7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; andn a0, a1, a2
	CHECK(31, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; andn a0, a1, a2
	CHECK(32, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; andn a0, a1, a2
	CHECK(33, a0, 0xedcba9876543210f)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; andn a0, a1, a2
	CHECK(34, a0, 0x6)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; andn a0, a1, a2
	CHECK(35, a0, 0xffffffff00000000)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; andn a0, a1, a2
	CHECK(36, a0, 0xff00fffffeff007f)
	li a1, 0x8000000000000000; li a2, 0x0; andn a0, a1, a2
	CHECK(37, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x1; andn a0, a1, a2
	CHECK(38, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; andn a0, a1, a2
	CHECK(39, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; andn a0, a1, a2
	CHECK(40, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; andn a0, a1, a2
	CHECK(41, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x80000000; andn a0, a1, a2
	CHECK(42, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; andn a0, a1, a2
	CHECK(43, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; andn a0, a1, a2
	CHECK(44, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; andn a0, a1, a2
	CHECK(45, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; andn a0, a1, a2
	CHECK(46, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffff; andn a0, a1, a2
	CHECK(47, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; andn a0, a1, a2
	CHECK(48, a0, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; li a2, 0x0; andn a0, a1, a2
	CHECK(49, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; andn a0, a1, a2
	CHECK(50, a0, 0x7ffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; andn a0, a1, a2
	CHECK(51, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; andn a0, a1, a2
	CHECK(52, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; andn a0, a1, a2
	CHECK(53, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; andn a0, a1, a2
	CHECK(54, a0, 0x7fffffff7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; andn a0, a1, a2
	CHECK(55, a0, 0x7fffffff80000000)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; andn a0, a1, a2
	CHECK(56, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; andn a0, a1, a2
	CHECK(57, a0, 0x6dcba9876543210f)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; andn a0, a1, a2
	CHECK(58, a0, 0x6)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; andn a0, a1, a2
	CHECK(59, a0, 0x7fffffff00000000)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; andn a0, a1, a2
	CHECK(60, a0, 0x7f00fffffeff007f)
	li a1, 0x80000000; li a2, 0x0; andn a0, a1, a2
	CHECK(61, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x1; andn a0, a1, a2
	CHECK(62, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; andn a0, a1, a2
	CHECK(63, a0, 0x0)
	li a1, 0x80000000; li a2, 0x8000000000000000; andn a0, a1, a2
	CHECK(64, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; andn a0, a1, a2
	CHECK(65, a0, 0x0)
	li a1, 0x80000000; li a2, 0x80000000; andn a0, a1, a2
	CHECK(66, a0, 0x0)
	li a1, 0x80000000; li a2, 0x7fffffff; andn a0, a1, a2
	CHECK(67, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xffffffff80000000; andn a0, a1, a2
	CHECK(68, a0, 0x0)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; andn a0, a1, a2
	CHECK(69, a0, 0x0)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; andn a0, a1, a2
	CHECK(70, a0, 0x0)
	li a1, 0x80000000; li a2, 0xffffffff; andn a0, a1, a2
	CHECK(71, a0, 0x0)
	li a1, 0x80000000; li a2, 0xff00000100ff80; andn a0, a1, a2
	CHECK(72, a0, 0x80000000)
	li a1, 0x7fffffff; li a2, 0x0; andn a0, a1, a2
	CHECK(73, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; andn a0, a1, a2
	CHECK(74, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; andn a0, a1, a2
	CHECK(75, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; andn a0, a1, a2
	CHECK(76, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; andn a0, a1, a2
	CHECK(77, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x80000000; andn a0, a1, a2
	CHECK(78, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffff; andn a0, a1, a2
	CHECK(79, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; andn a0, a1, a2
	CHECK(80, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; andn a0, a1, a2
	CHECK(81, a0, 0x6543210f)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; andn a0, a1, a2
	CHECK(82, a0, 0x6)
	li a1, 0x7fffffff; li a2, 0xffffffff; andn a0, a1, a2
	CHECK(83, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; andn a0, a1, a2
	CHECK(84, a0, 0x7eff007f)
	li a1, 0xffffffff80000000; li a2, 0x0; andn a0, a1, a2
	CHECK(85, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; andn a0, a1, a2
	CHECK(86, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; andn a0, a1, a2
	CHECK(87, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; andn a0, a1, a2
	CHECK(88, a0, 0x7fffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; andn a0, a1, a2
	CHECK(89, a0, 0x8000000000000000)
	li a1, 0xffffffff80000000; li a2, 0x80000000; andn a0, a1, a2
	CHECK(90, a0, 0xffffffff00000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; andn a0, a1, a2
	CHECK(91, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; andn a0, a1, a2
	CHECK(92, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; andn a0, a1, a2
	CHECK(93, a0, 0xedcba98700000000)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; andn a0, a1, a2
	CHECK(94, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; andn a0, a1, a2
	CHECK(95, a0, 0xffffffff00000000)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; andn a0, a1, a2
	CHECK(96, a0, 0xff00ffff80000000)
	li a1, 0x123456789abcdef0; li a2, 0x0; andn a0, a1, a2
	CHECK(97, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; andn a0, a1, a2
	CHECK(98, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; andn a0, a1, a2
	CHECK(99, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; andn a0, a1, a2
	CHECK(100, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; andn a0, a1, a2
	CHECK(101, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; andn a0, a1, a2
	CHECK(102, a0, 0x123456781abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; andn a0, a1, a2
	CHECK(103, a0, 0x1234567880000000)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; andn a0, a1, a2
	CHECK(104, a0, 0x1abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; andn a0, a1, a2
	CHECK(105, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; andn a0, a1, a2
	CHECK(106, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; andn a0, a1, a2
	CHECK(107, a0, 0x1234567800000000)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; andn a0, a1, a2
	CHECK(108, a0, 0x120056789abc0070)
	li a1, 0xfffffffffffffff9; li a2, 0x0; andn a0, a1, a2
	CHECK(109, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; andn a0, a1, a2
	CHECK(110, a0, 0xfffffffffffffff8)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; andn a0, a1, a2
	CHECK(111, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; andn a0, a1, a2
	CHECK(112, a0, 0x7ffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; andn a0, a1, a2
	CHECK(113, a0, 0x8000000000000000)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; andn a0, a1, a2
	CHECK(114, a0, 0xffffffff7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; andn a0, a1, a2
	CHECK(115, a0, 0xffffffff80000000)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; andn a0, a1, a2
	CHECK(116, a0, 0x7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; andn a0, a1, a2
	CHECK(117, a0, 0xedcba98765432109)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; andn a0, a1, a2
	CHECK(118, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; andn a0, a1, a2
	CHECK(119, a0, 0xffffffff00000000)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; andn a0, a1, a2
	CHECK(120, a0, 0xff00fffffeff0079)
	li a1, 0xffffffff; li a2, 0x0; andn a0, a1, a2
	CHECK(121, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x1; andn a0, a1, a2
	CHECK(122, a0, 0xfffffffe)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; andn a0, a1, a2
	CHECK(123, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x8000000000000000; andn a0, a1, a2
	CHECK(124, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; andn a0, a1, a2
	CHECK(125, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x80000000; andn a0, a1, a2
	CHECK(126, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x7fffffff; andn a0, a1, a2
	CHECK(127, a0, 0x80000000)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; andn a0, a1, a2
	CHECK(128, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; andn a0, a1, a2
	CHECK(129, a0, 0x6543210f)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; andn a0, a1, a2
	CHECK(130, a0, 0x6)
	li a1, 0xffffffff; li a2, 0xffffffff; andn a0, a1, a2
	CHECK(131, a0, 0x0)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; andn a0, a1, a2
	CHECK(132, a0, 0xfeff007f)
	li a1, 0xff00000100ff80; li a2, 0x0; andn a0, a1, a2
	CHECK(133, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; andn a0, a1, a2
	CHECK(134, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; andn a0, a1, a2
	CHECK(135, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; andn a0, a1, a2
	CHECK(136, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; andn a0, a1, a2
	CHECK(137, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x80000000; andn a0, a1, a2
	CHECK(138, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; andn a0, a1, a2
	CHECK(139, a0, 0xff000000000000)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; andn a0, a1, a2
	CHECK(140, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; andn a0, a1, a2
	CHECK(141, a0, 0xcb000001002100)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; andn a0, a1, a2
	CHECK(142, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; andn a0, a1, a2
	CHECK(143, a0, 0xff000000000000)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; andn a0, a1, a2
	CHECK(144, a0, 0x0)
	/* orn */
	li a1, 0x0; li a2, 0x0; orn a0, a1, a2
	CHECK(145, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x1; orn a0, a1, a2
	CHECK(146, a0, 0xfffffffffffffffe)
	li a1, 0x0; li a2, 0xffffffffffffffff; orn a0, a1, a2
	CHECK(147, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; orn a0, a1, a2
	CHECK(148, a0, 0x7fffffffffffffff)
	li a1, 0x0; li a2, 0x7fffffffffffffff; orn a0, a1, a2
	CHECK(149, a0, 0x8000000000000000)
	li a1, 0x0; li a2, 0x80000000; orn a0, a1, a2
	CHECK(150, a0, 0xffffffff7fffffff)
	li a1, 0x0; li a2, 0x7fffffff; orn a0, a1, a2
	CHECK(151, a0, 0xffffffff80000000)
	li a1, 0x0; li a2, 0xffffffff80000000; orn a0, a1, a2
	CHECK(152, a0, 0x7fffffff)
	li a1, 0x0; li a2, 0x123456789abcdef0; orn a0, a1, a2
	CHECK(153, a0, 0xedcba9876543210f)
	li a1, 0x0; li a2, 0xfffffffffffffff9; orn a0, a1, a2
	CHECK(154, a0, 0x6)
	li a1, 0x0; li a2, 0xffffffff; orn a0, a1, a2
	CHECK(155, a0, 0xffffffff00000000)
	li a1, 0x0; li a2, 0xff00000100ff80; orn a0, a1, a2
	CHECK(156, a0, 0xff00fffffeff007f)
	li a1, 0x1; li a2, 0x0; orn a0, a1, a2
	CHECK(157, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x1; orn a0, a1, a2
	CHECK(158, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0xffffffffffffffff; orn a0, a1, a2
	CHECK(159, a0, 0x1)
	li a1, 0x1; li a2, 0x8000000000000000; orn a0, a1, a2
	CHECK(160, a0, 0x7fffffffffffffff)
	li a1, 0x1; li a2, 0x7fffffffffffffff; orn a0, a1, a2
	CHECK(161, a0, 0x8000000000000001)
	li a1, 0x1; li a2, 0x80000000; orn a0, a1, a2
	CHECK(162, a0, 0xffffffff7fffffff)
	li a1, 0x1; li a2, 0x7fffffff; orn a0, a1, a2
	CHECK(163, a0, 0xffffffff80000001)
	li a1, 0x1; li a2, 0xffffffff80000000; orn a0, a1, a2
	CHECK(164, a0, 0x7fffffff)
	li a1, 0x1; li a2, 0x123456789abcdef0; orn a0, a1, a2
	CHECK(165, a0, 0xedcba9876543210f)
	li a1, 0x1; li a2, 0xfffffffffffffff9; orn a0, a1, a2
	CHECK(166, a0, 0x7)
	li a1, 0x1; li a2, 0xffffffff; orn a0, a1, a2
	CHECK(167, a0, 0xffffffff00000001)
	li a1, 0x1; li a2, 0xff00000100ff80; orn a0, a1, a2
	CHECK(168, a0, 0xff00fffffeff007f)
	li a1, 0xffffffffffffffff; li a2, 0x0; orn a0, a1, a2
	CHECK(169, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; orn a0, a1, a2
	CHECK(170, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; orn a0, a1, a2
	CHECK(171, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; orn a0, a1, a2
	CHECK(172, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; orn a0, a1, a2
	CHECK(173, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; orn a0, a1, a2
	CHECK(174, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; orn a0, a1, a2
	CHECK(175, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; orn a0, a1, a2
	CHECK(176, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; orn a0, a1, a2
	CHECK(177, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; orn a0, a1, a2
	CHECK(178, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; orn a0, a1, a2
	CHECK(179, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; orn a0, a1, a2
	CHECK(180, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x0; orn a0, a1, a2
	CHECK(181, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x1; orn a0, a1, a2
	CHECK(182, a0, 0xfffffffffffffffe)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; orn a0, a1, a2
	CHECK(183, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; orn a0, a1, a2
	CHECK(184, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; orn a0, a1, a2
	CHECK(185, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x80000000; orn a0, a1, a2
	CHECK(186, a0, 0xffffffff7fffffff)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; orn a0, a1, a2
	CHECK(187, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; orn a0, a1, a2
	CHECK(188, a0, 0x800000007fffffff)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; orn a0, a1, a2
	CHECK(189, a0, 0xedcba9876543210f)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; orn a0, a1, a2
	CHECK(190, a0, 0x8000000000000006)
	li a1, 0x8000000000000000; li a2, 0xffffffff; orn a0, a1, a2
	CHECK(191, a0, 0xffffffff00000000)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; orn a0, a1, a2
	CHECK(192, a0, 0xff00fffffeff007f)
	li a1, 0x7fffffffffffffff; li a2, 0x0; orn a0, a1, a2
	CHECK(193, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; orn a0, a1, a2
	CHECK(194, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; orn a0, a1, a2
	CHECK(195, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; orn a0, a1, a2
	CHECK(196, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; orn a0, a1, a2
	CHECK(197, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; orn a0, a1, a2
	CHECK(198, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; orn a0, a1, a2
	CHECK(199, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; orn a0, a1, a2
	CHECK(200, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; orn a0, a1, a2
	CHECK(201, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; orn a0, a1, a2
	CHECK(202, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; orn a0, a1, a2
	CHECK(203, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; orn a0, a1, a2
	CHECK(204, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x0; orn a0, a1, a2
	CHECK(205, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x1; orn a0, a1, a2
	CHECK(206, a0, 0xfffffffffffffffe)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; orn a0, a1, a2
	CHECK(207, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x8000000000000000; orn a0, a1, a2
	CHECK(208, a0, 0x7fffffffffffffff)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; orn a0, a1, a2
	CHECK(209, a0, 0x8000000080000000)
	li a1, 0x80000000; li a2, 0x80000000; orn a0, a1, a2
	CHECK(210, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x7fffffff; orn a0, a1, a2
	CHECK(211, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0xffffffff80000000; orn a0, a1, a2
	CHECK(212, a0, 0xffffffff)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; orn a0, a1, a2
	CHECK(213, a0, 0xedcba987e543210f)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; orn a0, a1, a2
	CHECK(214, a0, 0x80000006)
	li a1, 0x80000000; li a2, 0xffffffff; orn a0, a1, a2
	CHECK(215, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0xff00000100ff80; orn a0, a1, a2
	CHECK(216, a0, 0xff00fffffeff007f)
	li a1, 0x7fffffff; li a2, 0x0; orn a0, a1, a2
	CHECK(217, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x1; orn a0, a1, a2
	CHECK(218, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; orn a0, a1, a2
	CHECK(219, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; orn a0, a1, a2
	CHECK(220, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; orn a0, a1, a2
	CHECK(221, a0, 0x800000007fffffff)
	li a1, 0x7fffffff; li a2, 0x80000000; orn a0, a1, a2
	CHECK(222, a0, 0xffffffff7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffff; orn a0, a1, a2
	CHECK(223, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; orn a0, a1, a2
	CHECK(224, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; orn a0, a1, a2
	CHECK(225, a0, 0xedcba9877fffffff)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; orn a0, a1, a2
	CHECK(226, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffff; orn a0, a1, a2
	CHECK(227, a0, 0xffffffff7fffffff)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; orn a0, a1, a2
	CHECK(228, a0, 0xff00ffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x0; orn a0, a1, a2
	CHECK(229, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x1; orn a0, a1, a2
	CHECK(230, a0, 0xfffffffffffffffe)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; orn a0, a1, a2
	CHECK(231, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; orn a0, a1, a2
	CHECK(232, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; orn a0, a1, a2
	CHECK(233, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x80000000; orn a0, a1, a2
	CHECK(234, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; orn a0, a1, a2
	CHECK(235, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; orn a0, a1, a2
	CHECK(236, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; orn a0, a1, a2
	CHECK(237, a0, 0xffffffffe543210f)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; orn a0, a1, a2
	CHECK(238, a0, 0xffffffff80000006)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; orn a0, a1, a2
	CHECK(239, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; orn a0, a1, a2
	CHECK(240, a0, 0xfffffffffeff007f)
	li a1, 0x123456789abcdef0; li a2, 0x0; orn a0, a1, a2
	CHECK(241, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x1; orn a0, a1, a2
	CHECK(242, a0, 0xfffffffffffffffe)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; orn a0, a1, a2
	CHECK(243, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; orn a0, a1, a2
	CHECK(244, a0, 0x7fffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; orn a0, a1, a2
	CHECK(245, a0, 0x923456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; orn a0, a1, a2
	CHECK(246, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; orn a0, a1, a2
	CHECK(247, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; orn a0, a1, a2
	CHECK(248, a0, 0x12345678ffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; orn a0, a1, a2
	CHECK(249, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; orn a0, a1, a2
	CHECK(250, a0, 0x123456789abcdef6)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; orn a0, a1, a2
	CHECK(251, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; orn a0, a1, a2
	CHECK(252, a0, 0xff34fffffeffdeff)
	li a1, 0xfffffffffffffff9; li a2, 0x0; orn a0, a1, a2
	CHECK(253, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x1; orn a0, a1, a2
	CHECK(254, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; orn a0, a1, a2
	CHECK(255, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; orn a0, a1, a2
	CHECK(1, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; orn a0, a1, a2
	CHECK(2, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; orn a0, a1, a2
	CHECK(3, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; orn a0, a1, a2
	CHECK(4, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; orn a0, a1, a2
	CHECK(5, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; orn a0, a1, a2
	CHECK(6, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; orn a0, a1, a2
	CHECK(7, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; orn a0, a1, a2
	CHECK(8, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; orn a0, a1, a2
	CHECK(9, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x0; orn a0, a1, a2
	CHECK(10, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1; orn a0, a1, a2
	CHECK(11, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; orn a0, a1, a2
	CHECK(12, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x8000000000000000; orn a0, a1, a2
	CHECK(13, a0, 0x7fffffffffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; orn a0, a1, a2
	CHECK(14, a0, 0x80000000ffffffff)
	li a1, 0xffffffff; li a2, 0x80000000; orn a0, a1, a2
	CHECK(15, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffff; orn a0, a1, a2
	CHECK(16, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; orn a0, a1, a2
	CHECK(17, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; orn a0, a1, a2
	CHECK(18, a0, 0xedcba987ffffffff)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; orn a0, a1, a2
	CHECK(19, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xffffffff; orn a0, a1, a2
	CHECK(20, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; orn a0, a1, a2
	CHECK(21, a0, 0xff00ffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x0; orn a0, a1, a2
	CHECK(22, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x1; orn a0, a1, a2
	CHECK(23, a0, 0xfffffffffffffffe)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; orn a0, a1, a2
	CHECK(24, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; orn a0, a1, a2
	CHECK(25, a0, 0x7fffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; orn a0, a1, a2
	CHECK(26, a0, 0x80ff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x80000000; orn a0, a1, a2
	CHECK(27, a0, 0xffffffff7fffffff)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; orn a0, a1, a2
	CHECK(28, a0, 0xffffffff8100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; orn a0, a1, a2
	CHECK(29, a0, 0xff00007fffffff)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; orn a0, a1, a2
	CHECK(30, a0, 0xedffa9876543ff8f)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; orn a0, a1, a2
	CHECK(31, a0, 0xff00000100ff86)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; orn a0, a1, a2
	CHECK(32, a0, 0xffffffff0100ff80)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; orn a0, a1, a2
	CHECK(33, a0, 0xffffffffffffffff)
	/* xnor */
	li a1, 0x0; li a2, 0x0; xnor a0, a1, a2
	CHECK(34, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x1; xnor a0, a1, a2
	CHECK(35, a0, 0xfffffffffffffffe)
	li a1, 0x0; li a2, 0xffffffffffffffff; xnor a0, a1, a2
	CHECK(36, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; xnor a0, a1, a2
	CHECK(37, a0, 0x7fffffffffffffff)
	li a1, 0x0; li a2, 0x7fffffffffffffff; xnor a0, a1, a2
	CHECK(38, a0, 0x8000000000000000)
	li a1, 0x0; li a2, 0x80000000; xnor a0, a1, a2
	CHECK(39, a0, 0xffffffff7fffffff)
	li a1, 0x0; li a2, 0x7fffffff; xnor a0, a1, a2
	CHECK(40, a0, 0xffffffff80000000)
	li a1, 0x0; li a2, 0xffffffff80000000; xnor a0, a1, a2
	CHECK(41, a0, 0x7fffffff)
	li a1, 0x0; li a2, 0x123456789abcdef0; xnor a0, a1, a2
	CHECK(42, a0, 0xedcba9876543210f)
	li a1, 0x0; li a2, 0xfffffffffffffff9; xnor a0, a1, a2
	CHECK(43, a0, 0x6)
	li a1, 0x0; li a2, 0xffffffff; xnor a0, a1, a2
	CHECK(44, a0, 0xffffffff00000000)
	li a1, 0x0; li a2, 0xff00000100ff80; xnor a0, a1, a2
	CHECK(45, a0, 0xff00fffffeff007f)
	li a1, 0x1; li a2, 0x0; xnor a0, a1, a2
	CHECK(46, a0, 0xfffffffffffffffe)
	li a1, 0x1; li a2, 0x1; xnor a0, a1, a2
	CHECK(47, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0xffffffffffffffff; xnor a0, a1, a2
	CHECK(48, a0, 0x1)
	li a1, 0x1; li a2, 0x8000000000000000; xnor a0, a1, a2
	CHECK(49, a0, 0x7ffffffffffffffe)
	li a1, 0x1; li a2, 0x7fffffffffffffff; xnor a0, a1, a2
	CHECK(50, a0, 0x8000000000000001)
	li a1, 0x1; li a2, 0x80000000; xnor a0, a1, a2
	CHECK(51, a0, 0xffffffff7ffffffe)
	li a1, 0x1; li a2, 0x7fffffff; xnor a0, a1, a2
	CHECK(52, a0, 0xffffffff80000001)
	li a1, 0x1; li a2, 0xffffffff80000000; xnor a0, a1, a2
	CHECK(53, a0, 0x7ffffffe)
	li a1, 0x1; li a2, 0x123456789abcdef0; xnor a0, a1, a2
	CHECK(54, a0, 0xedcba9876543210e)
	li a1, 0x1; li a2, 0xfffffffffffffff9; xnor a0, a1, a2
	CHECK(55, a0, 0x7)
	li a1, 0x1; li a2, 0xffffffff; xnor a0, a1, a2
	CHECK(56, a0, 0xffffffff00000001)
	li a1, 0x1; li a2, 0xff00000100ff80; xnor a0, a1, a2
	CHECK(57, a0, 0xff00fffffeff007e)
	li a1, 0xffffffffffffffff; li a2, 0x0; xnor a0, a1, a2
	CHECK(58, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x1; xnor a0, a1, a2
	CHECK(59, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; xnor a0, a1, a2
	CHECK(60, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; xnor a0, a1, a2
	CHECK(61, a0, 0x8000000000000000)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; xnor a0, a1, a2
	CHECK(62, a0, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; xnor a0, a1, a2
	CHECK(63, a0, 0x80000000)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; xnor a0, a1, a2
	CHECK(64, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; xnor a0, a1, a2
	CHECK(65, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; xnor a0, a1, a2
	CHECK(66, a0, 0x123456789abcdef0)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; xnor a0, a1, a2
	CHECK(67, a0, 0xfffffffffffffff9)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; xnor a0, a1, a2
	CHECK(68, a0, 0xffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; xnor a0, a1, a2
	CHECK(69, a0, 0xff00000100ff80)
	li a1, 0x8000000000000000; li a2, 0x0; xnor a0, a1, a2
	CHECK(70, a0, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x1; xnor a0, a1, a2
	CHECK(71, a0, 0x7ffffffffffffffe)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; xnor a0, a1, a2
	CHECK(72, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; xnor a0, a1, a2
	CHECK(73, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; xnor a0, a1, a2
	CHECK(74, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x80000000; xnor a0, a1, a2
	CHECK(75, a0, 0x7fffffff7fffffff)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; xnor a0, a1, a2
	CHECK(76, a0, 0x7fffffff80000000)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; xnor a0, a1, a2
	CHECK(77, a0, 0x800000007fffffff)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; xnor a0, a1, a2
	CHECK(78, a0, 0x6dcba9876543210f)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; xnor a0, a1, a2
	CHECK(79, a0, 0x8000000000000006)
	li a1, 0x8000000000000000; li a2, 0xffffffff; xnor a0, a1, a2
	CHECK(80, a0, 0x7fffffff00000000)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; xnor a0, a1, a2
	CHECK(81, a0, 0x7f00fffffeff007f)
	li a1, 0x7fffffffffffffff; li a2, 0x0; xnor a0, a1, a2
	CHECK(82, a0, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; li a2, 0x1; xnor a0, a1, a2
	CHECK(83, a0, 0x8000000000000001)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; xnor a0, a1, a2
	CHECK(84, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; xnor a0, a1, a2
	CHECK(85, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; xnor a0, a1, a2
	CHECK(86, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; xnor a0, a1, a2
	CHECK(87, a0, 0x8000000080000000)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; xnor a0, a1, a2
	CHECK(88, a0, 0x800000007fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; xnor a0, a1, a2
	CHECK(89, a0, 0x7fffffff80000000)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; xnor a0, a1, a2
	CHECK(90, a0, 0x923456789abcdef0)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; xnor a0, a1, a2
	CHECK(91, a0, 0x7ffffffffffffff9)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; xnor a0, a1, a2
	CHECK(92, a0, 0x80000000ffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; xnor a0, a1, a2
	CHECK(93, a0, 0x80ff00000100ff80)
	li a1, 0x80000000; li a2, 0x0; xnor a0, a1, a2
	CHECK(94, a0, 0xffffffff7fffffff)
	li a1, 0x80000000; li a2, 0x1; xnor a0, a1, a2
	CHECK(95, a0, 0xffffffff7ffffffe)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; xnor a0, a1, a2
	CHECK(96, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x8000000000000000; xnor a0, a1, a2
	CHECK(97, a0, 0x7fffffff7fffffff)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; xnor a0, a1, a2
	CHECK(98, a0, 0x8000000080000000)
	li a1, 0x80000000; li a2, 0x80000000; xnor a0, a1, a2
	CHECK(99, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x7fffffff; xnor a0, a1, a2
	CHECK(100, a0, 0xffffffff00000000)
	li a1, 0x80000000; li a2, 0xffffffff80000000; xnor a0, a1, a2
	CHECK(101, a0, 0xffffffff)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; xnor a0, a1, a2
	CHECK(102, a0, 0xedcba987e543210f)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; xnor a0, a1, a2
	CHECK(103, a0, 0x80000006)
	li a1, 0x80000000; li a2, 0xffffffff; xnor a0, a1, a2
	CHECK(104, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0xff00000100ff80; xnor a0, a1, a2
	CHECK(105, a0, 0xff00ffff7eff007f)
	li a1, 0x7fffffff; li a2, 0x0; xnor a0, a1, a2
	CHECK(106, a0, 0xffffffff80000000)
	li a1, 0x7fffffff; li a2, 0x1; xnor a0, a1, a2
	CHECK(107, a0, 0xffffffff80000001)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; xnor a0, a1, a2
	CHECK(108, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; xnor a0, a1, a2
	CHECK(109, a0, 0x7fffffff80000000)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; xnor a0, a1, a2
	CHECK(110, a0, 0x800000007fffffff)
	li a1, 0x7fffffff; li a2, 0x80000000; xnor a0, a1, a2
	CHECK(111, a0, 0xffffffff00000000)
	li a1, 0x7fffffff; li a2, 0x7fffffff; xnor a0, a1, a2
	CHECK(112, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; xnor a0, a1, a2
	CHECK(113, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; xnor a0, a1, a2
	CHECK(114, a0, 0xedcba9871abcdef0)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; xnor a0, a1, a2
	CHECK(115, a0, 0x7ffffff9)
	li a1, 0x7fffffff; li a2, 0xffffffff; xnor a0, a1, a2
	CHECK(116, a0, 0xffffffff7fffffff)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; xnor a0, a1, a2
	CHECK(117, a0, 0xff00ffff8100ff80)
	li a1, 0xffffffff80000000; li a2, 0x0; xnor a0, a1, a2
	CHECK(118, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; li a2, 0x1; xnor a0, a1, a2
	CHECK(119, a0, 0x7ffffffe)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; xnor a0, a1, a2
	CHECK(120, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; xnor a0, a1, a2
	CHECK(121, a0, 0x800000007fffffff)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; xnor a0, a1, a2
	CHECK(122, a0, 0x7fffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x80000000; xnor a0, a1, a2
	CHECK(123, a0, 0xffffffff)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; xnor a0, a1, a2
	CHECK(124, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; xnor a0, a1, a2
	CHECK(125, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; xnor a0, a1, a2
	CHECK(126, a0, 0x12345678e543210f)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; xnor a0, a1, a2
	CHECK(127, a0, 0xffffffff80000006)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; xnor a0, a1, a2
	CHECK(128, a0, 0x80000000)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; xnor a0, a1, a2
	CHECK(129, a0, 0xff00007eff007f)
	li a1, 0x123456789abcdef0; li a2, 0x0; xnor a0, a1, a2
	CHECK(130, a0, 0xedcba9876543210f)
	li a1, 0x123456789abcdef0; li a2, 0x1; xnor a0, a1, a2
	CHECK(131, a0, 0xedcba9876543210e)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; xnor a0, a1, a2
	CHECK(132, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; xnor a0, a1, a2
	CHECK(133, a0, 0x6dcba9876543210f)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; xnor a0, a1, a2
	CHECK(134, a0, 0x923456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; xnor a0, a1, a2
	CHECK(135, a0, 0xedcba987e543210f)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; xnor a0, a1, a2
	CHECK(136, a0, 0xedcba9871abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; xnor a0, a1, a2
	CHECK(137, a0, 0x12345678e543210f)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; xnor a0, a1, a2
	CHECK(138, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; xnor a0, a1, a2
	CHECK(139, a0, 0x123456789abcdef6)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; xnor a0, a1, a2
	CHECK(140, a0, 0xedcba9879abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; xnor a0, a1, a2
	CHECK(141, a0, 0xed34a9876443de8f)
	li a1, 0xfffffffffffffff9; li a2, 0x0; xnor a0, a1, a2
	CHECK(142, a0, 0x6)
	li a1, 0xfffffffffffffff9; li a2, 0x1; xnor a0, a1, a2
	CHECK(143, a0, 0x7)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; xnor a0, a1, a2
	CHECK(144, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; xnor a0, a1, a2
	CHECK(145, a0, 0x8000000000000006)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; xnor a0, a1, a2
	CHECK(146, a0, 0x7ffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; xnor a0, a1, a2
	CHECK(147, a0, 0x80000006)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; xnor a0, a1, a2
	CHECK(148, a0, 0x7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; xnor a0, a1, a2
	CHECK(149, a0, 0xffffffff80000006)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; xnor a0, a1, a2
	CHECK(150, a0, 0x123456789abcdef6)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; xnor a0, a1, a2
	CHECK(151, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; xnor a0, a1, a2
	CHECK(152, a0, 0xfffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; xnor a0, a1, a2
	CHECK(153, a0, 0xff00000100ff86)
	li a1, 0xffffffff; li a2, 0x0; xnor a0, a1, a2
	CHECK(154, a0, 0xffffffff00000000)
	li a1, 0xffffffff; li a2, 0x1; xnor a0, a1, a2
	CHECK(155, a0, 0xffffffff00000001)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; xnor a0, a1, a2
	CHECK(156, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x8000000000000000; xnor a0, a1, a2
	CHECK(157, a0, 0x7fffffff00000000)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; xnor a0, a1, a2
	CHECK(158, a0, 0x80000000ffffffff)
	li a1, 0xffffffff; li a2, 0x80000000; xnor a0, a1, a2
	CHECK(159, a0, 0xffffffff80000000)
	li a1, 0xffffffff; li a2, 0x7fffffff; xnor a0, a1, a2
	CHECK(160, a0, 0xffffffff7fffffff)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; xnor a0, a1, a2
	CHECK(161, a0, 0x80000000)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; xnor a0, a1, a2
	CHECK(162, a0, 0xedcba9879abcdef0)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; xnor a0, a1, a2
	CHECK(163, a0, 0xfffffff9)
	li a1, 0xffffffff; li a2, 0xffffffff; xnor a0, a1, a2
	CHECK(164, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; xnor a0, a1, a2
	CHECK(165, a0, 0xff00ffff0100ff80)
	li a1, 0xff00000100ff80; li a2, 0x0; xnor a0, a1, a2
	CHECK(166, a0, 0xff00fffffeff007f)
	li a1, 0xff00000100ff80; li a2, 0x1; xnor a0, a1, a2
	CHECK(167, a0, 0xff00fffffeff007e)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; xnor a0, a1, a2
	CHECK(168, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; xnor a0, a1, a2
	CHECK(169, a0, 0x7f00fffffeff007f)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; xnor a0, a1, a2
	CHECK(170, a0, 0x80ff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x80000000; xnor a0, a1, a2
	CHECK(171, a0, 0xff00ffff7eff007f)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; xnor a0, a1, a2
	CHECK(172, a0, 0xff00ffff8100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; xnor a0, a1, a2
	CHECK(173, a0, 0xff00007eff007f)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; xnor a0, a1, a2
	CHECK(174, a0, 0xed34a9876443de8f)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; xnor a0, a1, a2
	CHECK(175, a0, 0xff00000100ff86)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; xnor a0, a1, a2
	CHECK(176, a0, 0xff00ffff0100ff80)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; xnor a0, a1, a2
	CHECK(177, a0, 0xffffffffffffffff)
	/* max */
	li a1, 0x0; li a2, 0x0; max a0, a1, a2
	CHECK(178, a0, 0x0)
	li a1, 0x0; li a2, 0x1; max a0, a1, a2
	CHECK(179, a0, 0x1)
	li a1, 0x0; li a2, 0xffffffffffffffff; max a0, a1, a2
	CHECK(180, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; max a0, a1, a2
	CHECK(181, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; max a0, a1, a2
	CHECK(182, a0, 0x7fffffffffffffff)
	li a1, 0x0; li a2, 0x80000000; max a0, a1, a2
	CHECK(183, a0, 0x80000000)
	li a1, 0x0; li a2, 0x7fffffff; max a0, a1, a2
	CHECK(184, a0, 0x7fffffff)
	li a1, 0x0; li a2, 0xffffffff80000000; max a0, a1, a2
	CHECK(185, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; max a0, a1, a2
	CHECK(186, a0, 0x123456789abcdef0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; max a0, a1, a2
	CHECK(187, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; max a0, a1, a2
	CHECK(188, a0, 0xffffffff)
	li a1, 0x0; li a2, 0xff00000100ff80; max a0, a1, a2
	CHECK(189, a0, 0xff00000100ff80)
	li a1, 0x1; li a2, 0x0; max a0, a1, a2
	CHECK(190, a0, 0x1)
	li a1, 0x1; li a2, 0x1; max a0, a1, a2
	CHECK(191, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffffffffffff; max a0, a1, a2
	CHECK(192, a0, 0x1)
	li a1, 0x1; li a2, 0x8000000000000000; max a0, a1, a2
	CHECK(193, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffffffffffff; max a0, a1, a2
	CHECK(194, a0, 0x7fffffffffffffff)
	li a1, 0x1; li a2, 0x80000000; max a0, a1, a2
	CHECK(195, a0, 0x80000000)
	li a1, 0x1; li a2, 0x7fffffff; max a0, a1, a2
	CHECK(196, a0, 0x7fffffff)
	li a1, 0x1; li a2, 0xffffffff80000000; max a0, a1, a2
	CHECK(197, a0, 0x1)
	li a1, 0x1; li a2, 0x123456789abcdef0; max a0, a1, a2
	CHECK(198, a0, 0x123456789abcdef0)
	li a1, 0x1; li a2, 0xfffffffffffffff9; max a0, a1, a2
	CHECK(199, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff; max a0, a1, a2
	CHECK(200, a0, 0xffffffff)
	li a1, 0x1; li a2, 0xff00000100ff80; max a0, a1, a2
	CHECK(201, a0, 0xff00000100ff80)
	li a1, 0xffffffffffffffff; li a2, 0x0; max a0, a1, a2
	CHECK(202, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x1; max a0, a1, a2
	CHECK(203, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; max a0, a1, a2
	CHECK(204, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; max a0, a1, a2
	CHECK(205, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; max a0, a1, a2
	CHECK(206, a0, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; max a0, a1, a2
	CHECK(207, a0, 0x80000000)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; max a0, a1, a2
	CHECK(208, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; max a0, a1, a2
	CHECK(209, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; max a0, a1, a2
	CHECK(210, a0, 0x123456789abcdef0)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; max a0, a1, a2
	CHECK(211, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; max a0, a1, a2
	CHECK(212, a0, 0xffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; max a0, a1, a2
	CHECK(213, a0, 0xff00000100ff80)
	li a1, 0x8000000000000000; li a2, 0x0; max a0, a1, a2
	CHECK(214, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; max a0, a1, a2
	CHECK(215, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; max a0, a1, a2
	CHECK(216, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; max a0, a1, a2
	CHECK(217, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; max a0, a1, a2
	CHECK(218, a0, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x80000000; max a0, a1, a2
	CHECK(219, a0, 0x80000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; max a0, a1, a2
	CHECK(220, a0, 0x7fffffff)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; max a0, a1, a2
	CHECK(221, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; max a0, a1, a2
	CHECK(222, a0, 0x123456789abcdef0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; max a0, a1, a2
	CHECK(223, a0, 0xfffffffffffffff9)
	li a1, 0x8000000000000000; li a2, 0xffffffff; max a0, a1, a2
	CHECK(224, a0, 0xffffffff)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; max a0, a1, a2
	CHECK(225, a0, 0xff00000100ff80)
	li a1, 0x7fffffffffffffff; li a2, 0x0; max a0, a1, a2
	CHECK(226, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; max a0, a1, a2
	CHECK(227, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; max a0, a1, a2
	CHECK(228, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; max a0, a1, a2
	CHECK(229, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; max a0, a1, a2
	CHECK(230, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; max a0, a1, a2
	CHECK(231, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; max a0, a1, a2
	CHECK(232, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; max a0, a1, a2
	CHECK(233, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; max a0, a1, a2
	CHECK(234, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; max a0, a1, a2
	CHECK(235, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; max a0, a1, a2
	CHECK(236, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; max a0, a1, a2
	CHECK(237, a0, 0x7fffffffffffffff)
	li a1, 0x80000000; li a2, 0x0; max a0, a1, a2
	CHECK(238, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x1; max a0, a1, a2
	CHECK(239, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; max a0, a1, a2
	CHECK(240, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x8000000000000000; max a0, a1, a2
	CHECK(241, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; max a0, a1, a2
	CHECK(242, a0, 0x7fffffffffffffff)
	li a1, 0x80000000; li a2, 0x80000000; max a0, a1, a2
	CHECK(243, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x7fffffff; max a0, a1, a2
	CHECK(244, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xffffffff80000000; max a0, a1, a2
	CHECK(245, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; max a0, a1, a2
	CHECK(246, a0, 0x123456789abcdef0)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; max a0, a1, a2
	CHECK(247, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xffffffff; max a0, a1, a2
	CHECK(248, a0, 0xffffffff)
	li a1, 0x80000000; li a2, 0xff00000100ff80; max a0, a1, a2
	CHECK(249, a0, 0xff00000100ff80)
	li a1, 0x7fffffff; li a2, 0x0; max a0, a1, a2
	CHECK(250, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; max a0, a1, a2
	CHECK(251, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; max a0, a1, a2
	CHECK(252, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; max a0, a1, a2
	CHECK(253, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; max a0, a1, a2
	CHECK(254, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x80000000; max a0, a1, a2
	CHECK(255, a0, 0x80000000)
	li a1, 0x7fffffff; li a2, 0x7fffffff; max a0, a1, a2
	CHECK(1, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; max a0, a1, a2
	CHECK(2, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; max a0, a1, a2
	CHECK(3, a0, 0x123456789abcdef0)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; max a0, a1, a2
	CHECK(4, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffff; max a0, a1, a2
	CHECK(5, a0, 0xffffffff)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; max a0, a1, a2
	CHECK(6, a0, 0xff00000100ff80)
	li a1, 0xffffffff80000000; li a2, 0x0; max a0, a1, a2
	CHECK(7, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x1; max a0, a1, a2
	CHECK(8, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; max a0, a1, a2
	CHECK(9, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; max a0, a1, a2
	CHECK(10, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; max a0, a1, a2
	CHECK(11, a0, 0x7fffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x80000000; max a0, a1, a2
	CHECK(12, a0, 0x80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; max a0, a1, a2
	CHECK(13, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; max a0, a1, a2
	CHECK(14, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; max a0, a1, a2
	CHECK(15, a0, 0x123456789abcdef0)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; max a0, a1, a2
	CHECK(16, a0, 0xfffffffffffffff9)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; max a0, a1, a2
	CHECK(17, a0, 0xffffffff)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; max a0, a1, a2
	CHECK(18, a0, 0xff00000100ff80)
	li a1, 0x123456789abcdef0; li a2, 0x0; max a0, a1, a2
	CHECK(19, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; max a0, a1, a2
	CHECK(20, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; max a0, a1, a2
	CHECK(21, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; max a0, a1, a2
	CHECK(22, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; max a0, a1, a2
	CHECK(23, a0, 0x7fffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; max a0, a1, a2
	CHECK(24, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; max a0, a1, a2
	CHECK(25, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; max a0, a1, a2
	CHECK(26, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; max a0, a1, a2
	CHECK(27, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; max a0, a1, a2
	CHECK(28, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; max a0, a1, a2
	CHECK(29, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; max a0, a1, a2
	CHECK(30, a0, 0x123456789abcdef0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; max a0, a1, a2
	CHECK(31, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x1; max a0, a1, a2
	CHECK(32, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; max a0, a1, a2
	CHECK(33, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; max a0, a1, a2
	CHECK(34, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; max a0, a1, a2
	CHECK(35, a0, 0x7fffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; max a0, a1, a2
	CHECK(36, a0, 0x80000000)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; max a0, a1, a2
	CHECK(37, a0, 0x7fffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; max a0, a1, a2
	CHECK(38, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; max a0, a1, a2
	CHECK(39, a0, 0x123456789abcdef0)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; max a0, a1, a2
	CHECK(40, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; max a0, a1, a2
	CHECK(41, a0, 0xffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; max a0, a1, a2
	CHECK(42, a0, 0xff00000100ff80)
	li a1, 0xffffffff; li a2, 0x0; max a0, a1, a2
	CHECK(43, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x1; max a0, a1, a2
	CHECK(44, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; max a0, a1, a2
	CHECK(45, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x8000000000000000; max a0, a1, a2
	CHECK(46, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; max a0, a1, a2
	CHECK(47, a0, 0x7fffffffffffffff)
	li a1, 0xffffffff; li a2, 0x80000000; max a0, a1, a2
	CHECK(48, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffff; max a0, a1, a2
	CHECK(49, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; max a0, a1, a2
	CHECK(50, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; max a0, a1, a2
	CHECK(51, a0, 0x123456789abcdef0)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; max a0, a1, a2
	CHECK(52, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xffffffff; max a0, a1, a2
	CHECK(53, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; max a0, a1, a2
	CHECK(54, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x0; max a0, a1, a2
	CHECK(55, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; max a0, a1, a2
	CHECK(56, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; max a0, a1, a2
	CHECK(57, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; max a0, a1, a2
	CHECK(58, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; max a0, a1, a2
	CHECK(59, a0, 0x7fffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x80000000; max a0, a1, a2
	CHECK(60, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; max a0, a1, a2
	CHECK(61, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; max a0, a1, a2
	CHECK(62, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; max a0, a1, a2
	CHECK(63, a0, 0x123456789abcdef0)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; max a0, a1, a2
	CHECK(64, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; max a0, a1, a2
	CHECK(65, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; max a0, a1, a2
	CHECK(66, a0, 0xff00000100ff80)
	/* min */
	li a1, 0x0; li a2, 0x0; min a0, a1, a2
	CHECK(67, a0, 0x0)
	li a1, 0x0; li a2, 0x1; min a0, a1, a2
	CHECK(68, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; min a0, a1, a2
	CHECK(69, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x8000000000000000; min a0, a1, a2
	CHECK(70, a0, 0x8000000000000000)
	li a1, 0x0; li a2, 0x7fffffffffffffff; min a0, a1, a2
	CHECK(71, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; min a0, a1, a2
	CHECK(72, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; min a0, a1, a2
	CHECK(73, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; min a0, a1, a2
	CHECK(74, a0, 0xffffffff80000000)
	li a1, 0x0; li a2, 0x123456789abcdef0; min a0, a1, a2
	CHECK(75, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; min a0, a1, a2
	CHECK(76, a0, 0xfffffffffffffff9)
	li a1, 0x0; li a2, 0xffffffff; min a0, a1, a2
	CHECK(77, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; min a0, a1, a2
	CHECK(78, a0, 0x0)
	li a1, 0x1; li a2, 0x0; min a0, a1, a2
	CHECK(79, a0, 0x0)
	li a1, 0x1; li a2, 0x1; min a0, a1, a2
	CHECK(80, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffffffffffff; min a0, a1, a2
	CHECK(81, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x8000000000000000; min a0, a1, a2
	CHECK(82, a0, 0x8000000000000000)
	li a1, 0x1; li a2, 0x7fffffffffffffff; min a0, a1, a2
	CHECK(83, a0, 0x1)
	li a1, 0x1; li a2, 0x80000000; min a0, a1, a2
	CHECK(84, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffff; min a0, a1, a2
	CHECK(85, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff80000000; min a0, a1, a2
	CHECK(86, a0, 0xffffffff80000000)
	li a1, 0x1; li a2, 0x123456789abcdef0; min a0, a1, a2
	CHECK(87, a0, 0x1)
	li a1, 0x1; li a2, 0xfffffffffffffff9; min a0, a1, a2
	CHECK(88, a0, 0xfffffffffffffff9)
	li a1, 0x1; li a2, 0xffffffff; min a0, a1, a2
	CHECK(89, a0, 0x1)
	li a1, 0x1; li a2, 0xff00000100ff80; min a0, a1, a2
	CHECK(90, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x0; min a0, a1, a2
	CHECK(91, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; min a0, a1, a2
	CHECK(92, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; min a0, a1, a2
	CHECK(93, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; min a0, a1, a2
	CHECK(94, a0, 0x8000000000000000)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; min a0, a1, a2
	CHECK(95, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; min a0, a1, a2
	CHECK(96, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; min a0, a1, a2
	CHECK(97, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; min a0, a1, a2
	CHECK(98, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; min a0, a1, a2
	CHECK(99, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; min a0, a1, a2
	CHECK(100, a0, 0xfffffffffffffff9)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; min a0, a1, a2
	CHECK(101, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; min a0, a1, a2
	CHECK(102, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x0; min a0, a1, a2
	CHECK(103, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x1; min a0, a1, a2
	CHECK(104, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; min a0, a1, a2
	CHECK(105, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; min a0, a1, a2
	CHECK(106, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; min a0, a1, a2
	CHECK(107, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x80000000; min a0, a1, a2
	CHECK(108, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; min a0, a1, a2
	CHECK(109, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; min a0, a1, a2
	CHECK(110, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; min a0, a1, a2
	CHECK(111, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; min a0, a1, a2
	CHECK(112, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xffffffff; min a0, a1, a2
	CHECK(113, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; min a0, a1, a2
	CHECK(114, a0, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; li a2, 0x0; min a0, a1, a2
	CHECK(115, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x1; min a0, a1, a2
	CHECK(116, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; min a0, a1, a2
	CHECK(117, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; min a0, a1, a2
	CHECK(118, a0, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; min a0, a1, a2
	CHECK(119, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; min a0, a1, a2
	CHECK(120, a0, 0x80000000)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; min a0, a1, a2
	CHECK(121, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; min a0, a1, a2
	CHECK(122, a0, 0xffffffff80000000)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; min a0, a1, a2
	CHECK(123, a0, 0x123456789abcdef0)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; min a0, a1, a2
	CHECK(124, a0, 0xfffffffffffffff9)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; min a0, a1, a2
	CHECK(125, a0, 0xffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; min a0, a1, a2
	CHECK(126, a0, 0xff00000100ff80)
	li a1, 0x80000000; li a2, 0x0; min a0, a1, a2
	CHECK(127, a0, 0x0)
	li a1, 0x80000000; li a2, 0x1; min a0, a1, a2
	CHECK(128, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; min a0, a1, a2
	CHECK(129, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x8000000000000000; min a0, a1, a2
	CHECK(130, a0, 0x8000000000000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; min a0, a1, a2
	CHECK(131, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x80000000; min a0, a1, a2
	CHECK(132, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x7fffffff; min a0, a1, a2
	CHECK(133, a0, 0x7fffffff)
	li a1, 0x80000000; li a2, 0xffffffff80000000; min a0, a1, a2
	CHECK(134, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; min a0, a1, a2
	CHECK(135, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; min a0, a1, a2
	CHECK(136, a0, 0xfffffffffffffff9)
	li a1, 0x80000000; li a2, 0xffffffff; min a0, a1, a2
	CHECK(137, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xff00000100ff80; min a0, a1, a2
	CHECK(138, a0, 0x80000000)
	li a1, 0x7fffffff; li a2, 0x0; min a0, a1, a2
	CHECK(139, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x1; min a0, a1, a2
	CHECK(140, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; min a0, a1, a2
	CHECK(141, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; min a0, a1, a2
	CHECK(142, a0, 0x8000000000000000)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; min a0, a1, a2
	CHECK(143, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x80000000; min a0, a1, a2
	CHECK(144, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffff; min a0, a1, a2
	CHECK(145, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; min a0, a1, a2
	CHECK(146, a0, 0xffffffff80000000)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; min a0, a1, a2
	CHECK(147, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; min a0, a1, a2
	CHECK(148, a0, 0xfffffffffffffff9)
	li a1, 0x7fffffff; li a2, 0xffffffff; min a0, a1, a2
	CHECK(149, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; min a0, a1, a2
	CHECK(150, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; li a2, 0x0; min a0, a1, a2
	CHECK(151, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; min a0, a1, a2
	CHECK(152, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; min a0, a1, a2
	CHECK(153, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; min a0, a1, a2
	CHECK(154, a0, 0x8000000000000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; min a0, a1, a2
	CHECK(155, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x80000000; min a0, a1, a2
	CHECK(156, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; min a0, a1, a2
	CHECK(157, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; min a0, a1, a2
	CHECK(158, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; min a0, a1, a2
	CHECK(159, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; min a0, a1, a2
	CHECK(160, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; min a0, a1, a2
	CHECK(161, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; min a0, a1, a2
	CHECK(162, a0, 0xffffffff80000000)
	li a1, 0x123456789abcdef0; li a2, 0x0; min a0, a1, a2
	CHECK(163, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x1; min a0, a1, a2
	CHECK(164, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; min a0, a1, a2
	CHECK(165, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; min a0, a1, a2
	CHECK(166, a0, 0x8000000000000000)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; min a0, a1, a2
	CHECK(167, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; min a0, a1, a2
	CHECK(168, a0, 0x80000000)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; min a0, a1, a2
	CHECK(169, a0, 0x7fffffff)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; min a0, a1, a2
	CHECK(170, a0, 0xffffffff80000000)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; min a0, a1, a2
	CHECK(171, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; min a0, a1, a2
	CHECK(172, a0, 0xfffffffffffffff9)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; min a0, a1, a2
	CHECK(173, a0, 0xffffffff)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; min a0, a1, a2
	CHECK(174, a0, 0xff00000100ff80)
	li a1, 0xfffffffffffffff9; li a2, 0x0; min a0, a1, a2
	CHECK(175, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; min a0, a1, a2
	CHECK(176, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; min a0, a1, a2
	CHECK(177, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; min a0, a1, a2
	CHECK(178, a0, 0x8000000000000000)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; min a0, a1, a2
	CHECK(179, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; min a0, a1, a2
	CHECK(180, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; min a0, a1, a2
	CHECK(181, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; min a0, a1, a2
	CHECK(182, a0, 0xffffffff80000000)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; min a0, a1, a2
	CHECK(183, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; min a0, a1, a2
	CHECK(184, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; min a0, a1, a2
	CHECK(185, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; min a0, a1, a2
	CHECK(186, a0, 0xfffffffffffffff9)
	li a1, 0xffffffff; li a2, 0x0; min a0, a1, a2
	CHECK(187, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x1; min a0, a1, a2
	CHECK(188, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; min a0, a1, a2
	CHECK(189, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x8000000000000000; min a0, a1, a2
	CHECK(190, a0, 0x8000000000000000)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; min a0, a1, a2
	CHECK(191, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x80000000; min a0, a1, a2
	CHECK(192, a0, 0x80000000)
	li a1, 0xffffffff; li a2, 0x7fffffff; min a0, a1, a2
	CHECK(193, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; min a0, a1, a2
	CHECK(194, a0, 0xffffffff80000000)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; min a0, a1, a2
	CHECK(195, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; min a0, a1, a2
	CHECK(196, a0, 0xfffffffffffffff9)
	li a1, 0xffffffff; li a2, 0xffffffff; min a0, a1, a2
	CHECK(197, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; min a0, a1, a2
	CHECK(198, a0, 0xffffffff)
	li a1, 0xff00000100ff80; li a2, 0x0; min a0, a1, a2
	CHECK(199, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x1; min a0, a1, a2
	CHECK(200, a0, 0x1)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; min a0, a1, a2
	CHECK(201, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; min a0, a1, a2
	CHECK(202, a0, 0x8000000000000000)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; min a0, a1, a2
	CHECK(203, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x80000000; min a0, a1, a2
	CHECK(204, a0, 0x80000000)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; min a0, a1, a2
	CHECK(205, a0, 0x7fffffff)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; min a0, a1, a2
	CHECK(206, a0, 0xffffffff80000000)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; min a0, a1, a2
	CHECK(207, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; min a0, a1, a2
	CHECK(208, a0, 0xfffffffffffffff9)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; min a0, a1, a2
	CHECK(209, a0, 0xffffffff)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; min a0, a1, a2
	CHECK(210, a0, 0xff00000100ff80)
	/* maxu */
	li a1, 0x0; li a2, 0x0; maxu a0, a1, a2
	CHECK(211, a0, 0x0)
	li a1, 0x0; li a2, 0x1; maxu a0, a1, a2
	CHECK(212, a0, 0x1)
	li a1, 0x0; li a2, 0xffffffffffffffff; maxu a0, a1, a2
	CHECK(213, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x8000000000000000; maxu a0, a1, a2
	CHECK(214, a0, 0x8000000000000000)
	li a1, 0x0; li a2, 0x7fffffffffffffff; maxu a0, a1, a2
	CHECK(215, a0, 0x7fffffffffffffff)
	li a1, 0x0; li a2, 0x80000000; maxu a0, a1, a2
	CHECK(216, a0, 0x80000000)
	li a1, 0x0; li a2, 0x7fffffff; maxu a0, a1, a2
	CHECK(217, a0, 0x7fffffff)
	li a1, 0x0; li a2, 0xffffffff80000000; maxu a0, a1, a2
	CHECK(218, a0, 0xffffffff80000000)
	li a1, 0x0; li a2, 0x123456789abcdef0; maxu a0, a1, a2
	CHECK(219, a0, 0x123456789abcdef0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; maxu a0, a1, a2
	CHECK(220, a0, 0xfffffffffffffff9)
	li a1, 0x0; li a2, 0xffffffff; maxu a0, a1, a2
	CHECK(221, a0, 0xffffffff)
	li a1, 0x0; li a2, 0xff00000100ff80; maxu a0, a1, a2
	CHECK(222, a0, 0xff00000100ff80)
	li a1, 0x1; li a2, 0x0; maxu a0, a1, a2
	CHECK(223, a0, 0x1)
	li a1, 0x1; li a2, 0x1; maxu a0, a1, a2
	CHECK(224, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffffffffffff; maxu a0, a1, a2
	CHECK(225, a0, 0xffffffffffffffff)
	li a1, 0x1; li a2, 0x8000000000000000; maxu a0, a1, a2
	CHECK(226, a0, 0x8000000000000000)
	li a1, 0x1; li a2, 0x7fffffffffffffff; maxu a0, a1, a2
	CHECK(227, a0, 0x7fffffffffffffff)
	li a1, 0x1; li a2, 0x80000000; maxu a0, a1, a2
	CHECK(228, a0, 0x80000000)
	li a1, 0x1; li a2, 0x7fffffff; maxu a0, a1, a2
	CHECK(229, a0, 0x7fffffff)
	li a1, 0x1; li a2, 0xffffffff80000000; maxu a0, a1, a2
	CHECK(230, a0, 0xffffffff80000000)
	li a1, 0x1; li a2, 0x123456789abcdef0; maxu a0, a1, a2
	CHECK(231, a0, 0x123456789abcdef0)
	li a1, 0x1; li a2, 0xfffffffffffffff9; maxu a0, a1, a2
	CHECK(232, a0, 0xfffffffffffffff9)
	li a1, 0x1; li a2, 0xffffffff; maxu a0, a1, a2
	CHECK(233, a0, 0xffffffff)
	li a1, 0x1; li a2, 0xff00000100ff80; maxu a0, a1, a2
	CHECK(234, a0, 0xff00000100ff80)
	li a1, 0xffffffffffffffff; li a2, 0x0; maxu a0, a1, a2
	CHECK(235, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; maxu a0, a1, a2
	CHECK(236, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; maxu a0, a1, a2
	CHECK(237, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; maxu a0, a1, a2
	CHECK(238, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; maxu a0, a1, a2
	CHECK(239, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; maxu a0, a1, a2
	CHECK(240, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; maxu a0, a1, a2
	CHECK(241, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; maxu a0, a1, a2
	CHECK(242, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; maxu a0, a1, a2
	CHECK(243, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; maxu a0, a1, a2
	CHECK(244, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; maxu a0, a1, a2
	CHECK(245, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; maxu a0, a1, a2
	CHECK(246, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x0; maxu a0, a1, a2
	CHECK(247, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x1; maxu a0, a1, a2
	CHECK(248, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; maxu a0, a1, a2
	CHECK(249, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; maxu a0, a1, a2
	CHECK(250, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; maxu a0, a1, a2
	CHECK(251, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x80000000; maxu a0, a1, a2
	CHECK(252, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; maxu a0, a1, a2
	CHECK(253, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; maxu a0, a1, a2
	CHECK(254, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; maxu a0, a1, a2
	CHECK(255, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; maxu a0, a1, a2
	CHECK(1, a0, 0xfffffffffffffff9)
	li a1, 0x8000000000000000; li a2, 0xffffffff; maxu a0, a1, a2
	CHECK(2, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; maxu a0, a1, a2
	CHECK(3, a0, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; li a2, 0x0; maxu a0, a1, a2
	CHECK(4, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; maxu a0, a1, a2
	CHECK(5, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; maxu a0, a1, a2
	CHECK(6, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; maxu a0, a1, a2
	CHECK(7, a0, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; maxu a0, a1, a2
	CHECK(8, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; maxu a0, a1, a2
	CHECK(9, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; maxu a0, a1, a2
	CHECK(10, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; maxu a0, a1, a2
	CHECK(11, a0, 0xffffffff80000000)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; maxu a0, a1, a2
	CHECK(12, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; maxu a0, a1, a2
	CHECK(13, a0, 0xfffffffffffffff9)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; maxu a0, a1, a2
	CHECK(14, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; maxu a0, a1, a2
	CHECK(15, a0, 0x7fffffffffffffff)
	li a1, 0x80000000; li a2, 0x0; maxu a0, a1, a2
	CHECK(16, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x1; maxu a0, a1, a2
	CHECK(17, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; maxu a0, a1, a2
	CHECK(18, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x8000000000000000; maxu a0, a1, a2
	CHECK(19, a0, 0x8000000000000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; maxu a0, a1, a2
	CHECK(20, a0, 0x7fffffffffffffff)
	li a1, 0x80000000; li a2, 0x80000000; maxu a0, a1, a2
	CHECK(21, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x7fffffff; maxu a0, a1, a2
	CHECK(22, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xffffffff80000000; maxu a0, a1, a2
	CHECK(23, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; maxu a0, a1, a2
	CHECK(24, a0, 0x123456789abcdef0)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; maxu a0, a1, a2
	CHECK(25, a0, 0xfffffffffffffff9)
	li a1, 0x80000000; li a2, 0xffffffff; maxu a0, a1, a2
	CHECK(26, a0, 0xffffffff)
	li a1, 0x80000000; li a2, 0xff00000100ff80; maxu a0, a1, a2
	CHECK(27, a0, 0xff00000100ff80)
	li a1, 0x7fffffff; li a2, 0x0; maxu a0, a1, a2
	CHECK(28, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; maxu a0, a1, a2
	CHECK(29, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; maxu a0, a1, a2
	CHECK(30, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; maxu a0, a1, a2
	CHECK(31, a0, 0x8000000000000000)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; maxu a0, a1, a2
	CHECK(32, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x80000000; maxu a0, a1, a2
	CHECK(33, a0, 0x80000000)
	li a1, 0x7fffffff; li a2, 0x7fffffff; maxu a0, a1, a2
	CHECK(34, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; maxu a0, a1, a2
	CHECK(35, a0, 0xffffffff80000000)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; maxu a0, a1, a2
	CHECK(36, a0, 0x123456789abcdef0)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; maxu a0, a1, a2
	CHECK(37, a0, 0xfffffffffffffff9)
	li a1, 0x7fffffff; li a2, 0xffffffff; maxu a0, a1, a2
	CHECK(38, a0, 0xffffffff)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; maxu a0, a1, a2
	CHECK(39, a0, 0xff00000100ff80)
	li a1, 0xffffffff80000000; li a2, 0x0; maxu a0, a1, a2
	CHECK(40, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; maxu a0, a1, a2
	CHECK(41, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; maxu a0, a1, a2
	CHECK(42, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; maxu a0, a1, a2
	CHECK(43, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; maxu a0, a1, a2
	CHECK(44, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x80000000; maxu a0, a1, a2
	CHECK(45, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; maxu a0, a1, a2
	CHECK(46, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; maxu a0, a1, a2
	CHECK(47, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; maxu a0, a1, a2
	CHECK(48, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; maxu a0, a1, a2
	CHECK(49, a0, 0xfffffffffffffff9)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; maxu a0, a1, a2
	CHECK(50, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; maxu a0, a1, a2
	CHECK(51, a0, 0xffffffff80000000)
	li a1, 0x123456789abcdef0; li a2, 0x0; maxu a0, a1, a2
	CHECK(52, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; maxu a0, a1, a2
	CHECK(53, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; maxu a0, a1, a2
	CHECK(54, a0, 0xffffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; maxu a0, a1, a2
	CHECK(55, a0, 0x8000000000000000)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; maxu a0, a1, a2
	CHECK(56, a0, 0x7fffffffffffffff)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; maxu a0, a1, a2
	CHECK(57, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; maxu a0, a1, a2
	CHECK(58, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; maxu a0, a1, a2
	CHECK(59, a0, 0xffffffff80000000)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; maxu a0, a1, a2
	CHECK(60, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; maxu a0, a1, a2
	CHECK(61, a0, 0xfffffffffffffff9)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; maxu a0, a1, a2
	CHECK(62, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; maxu a0, a1, a2
	CHECK(63, a0, 0x123456789abcdef0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; maxu a0, a1, a2
	CHECK(64, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; maxu a0, a1, a2
	CHECK(65, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; maxu a0, a1, a2
	CHECK(66, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; maxu a0, a1, a2
	CHECK(67, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; maxu a0, a1, a2
	CHECK(68, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; maxu a0, a1, a2
	CHECK(69, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; maxu a0, a1, a2
	CHECK(70, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; maxu a0, a1, a2
	CHECK(71, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; maxu a0, a1, a2
	CHECK(72, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; maxu a0, a1, a2
	CHECK(73, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; maxu a0, a1, a2
	CHECK(74, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; maxu a0, a1, a2
	CHECK(75, a0, 0xfffffffffffffff9)
	li a1, 0xffffffff; li a2, 0x0; maxu a0, a1, a2
	CHECK(76, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x1; maxu a0, a1, a2
	CHECK(77, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; maxu a0, a1, a2
	CHECK(78, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x8000000000000000; maxu a0, a1, a2
	CHECK(79, a0, 0x8000000000000000)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; maxu a0, a1, a2
	CHECK(80, a0, 0x7fffffffffffffff)
	li a1, 0xffffffff; li a2, 0x80000000; maxu a0, a1, a2
	CHECK(81, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffff; maxu a0, a1, a2
	CHECK(82, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; maxu a0, a1, a2
	CHECK(83, a0, 0xffffffff80000000)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; maxu a0, a1, a2
	CHECK(84, a0, 0x123456789abcdef0)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; maxu a0, a1, a2
	CHECK(85, a0, 0xfffffffffffffff9)
	li a1, 0xffffffff; li a2, 0xffffffff; maxu a0, a1, a2
	CHECK(86, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; maxu a0, a1, a2
	CHECK(87, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x0; maxu a0, a1, a2
	CHECK(88, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; maxu a0, a1, a2
	CHECK(89, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; maxu a0, a1, a2
	CHECK(90, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; maxu a0, a1, a2
	CHECK(91, a0, 0x8000000000000000)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; maxu a0, a1, a2
	CHECK(92, a0, 0x7fffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x80000000; maxu a0, a1, a2
	CHECK(93, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; maxu a0, a1, a2
	CHECK(94, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; maxu a0, a1, a2
	CHECK(95, a0, 0xffffffff80000000)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; maxu a0, a1, a2
	CHECK(96, a0, 0x123456789abcdef0)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; maxu a0, a1, a2
	CHECK(97, a0, 0xfffffffffffffff9)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; maxu a0, a1, a2
	CHECK(98, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; maxu a0, a1, a2
	CHECK(99, a0, 0xff00000100ff80)
	/* minu */
	li a1, 0x0; li a2, 0x0; minu a0, a1, a2
	CHECK(100, a0, 0x0)
	li a1, 0x0; li a2, 0x1; minu a0, a1, a2
	CHECK(101, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; minu a0, a1, a2
	CHECK(102, a0, 0x0)
	li a1, 0x0; li a2, 0x8000000000000000; minu a0, a1, a2
	CHECK(103, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffffffffffff; minu a0, a1, a2
	CHECK(104, a0, 0x0)
	li a1, 0x0; li a2, 0x80000000; minu a0, a1, a2
	CHECK(105, a0, 0x0)
	li a1, 0x0; li a2, 0x7fffffff; minu a0, a1, a2
	CHECK(106, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff80000000; minu a0, a1, a2
	CHECK(107, a0, 0x0)
	li a1, 0x0; li a2, 0x123456789abcdef0; minu a0, a1, a2
	CHECK(108, a0, 0x0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; minu a0, a1, a2
	CHECK(109, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffff; minu a0, a1, a2
	CHECK(110, a0, 0x0)
	li a1, 0x0; li a2, 0xff00000100ff80; minu a0, a1, a2
	CHECK(111, a0, 0x0)
	li a1, 0x1; li a2, 0x0; minu a0, a1, a2
	CHECK(112, a0, 0x0)
	li a1, 0x1; li a2, 0x1; minu a0, a1, a2
	CHECK(113, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffffffffffff; minu a0, a1, a2
	CHECK(114, a0, 0x1)
	li a1, 0x1; li a2, 0x8000000000000000; minu a0, a1, a2
	CHECK(115, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffffffffffff; minu a0, a1, a2
	CHECK(116, a0, 0x1)
	li a1, 0x1; li a2, 0x80000000; minu a0, a1, a2
	CHECK(117, a0, 0x1)
	li a1, 0x1; li a2, 0x7fffffff; minu a0, a1, a2
	CHECK(118, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff80000000; minu a0, a1, a2
	CHECK(119, a0, 0x1)
	li a1, 0x1; li a2, 0x123456789abcdef0; minu a0, a1, a2
	CHECK(120, a0, 0x1)
	li a1, 0x1; li a2, 0xfffffffffffffff9; minu a0, a1, a2
	CHECK(121, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff; minu a0, a1, a2
	CHECK(122, a0, 0x1)
	li a1, 0x1; li a2, 0xff00000100ff80; minu a0, a1, a2
	CHECK(123, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0x0; minu a0, a1, a2
	CHECK(124, a0, 0x0)
	li a1, 0xffffffffffffffff; li a2, 0x1; minu a0, a1, a2
	CHECK(125, a0, 0x1)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; minu a0, a1, a2
	CHECK(126, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; minu a0, a1, a2
	CHECK(127, a0, 0x8000000000000000)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; minu a0, a1, a2
	CHECK(128, a0, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; minu a0, a1, a2
	CHECK(129, a0, 0x80000000)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; minu a0, a1, a2
	CHECK(130, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; minu a0, a1, a2
	CHECK(131, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; minu a0, a1, a2
	CHECK(132, a0, 0x123456789abcdef0)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; minu a0, a1, a2
	CHECK(133, a0, 0xfffffffffffffff9)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; minu a0, a1, a2
	CHECK(134, a0, 0xffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; minu a0, a1, a2
	CHECK(135, a0, 0xff00000100ff80)
	li a1, 0x8000000000000000; li a2, 0x0; minu a0, a1, a2
	CHECK(136, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; minu a0, a1, a2
	CHECK(137, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; minu a0, a1, a2
	CHECK(138, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; minu a0, a1, a2
	CHECK(139, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; minu a0, a1, a2
	CHECK(140, a0, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x80000000; minu a0, a1, a2
	CHECK(141, a0, 0x80000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; minu a0, a1, a2
	CHECK(142, a0, 0x7fffffff)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; minu a0, a1, a2
	CHECK(143, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; minu a0, a1, a2
	CHECK(144, a0, 0x123456789abcdef0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; minu a0, a1, a2
	CHECK(145, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0xffffffff; minu a0, a1, a2
	CHECK(146, a0, 0xffffffff)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; minu a0, a1, a2
	CHECK(147, a0, 0xff00000100ff80)
	li a1, 0x7fffffffffffffff; li a2, 0x0; minu a0, a1, a2
	CHECK(148, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x1; minu a0, a1, a2
	CHECK(149, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; minu a0, a1, a2
	CHECK(150, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; minu a0, a1, a2
	CHECK(151, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; minu a0, a1, a2
	CHECK(152, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; minu a0, a1, a2
	CHECK(153, a0, 0x80000000)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; minu a0, a1, a2
	CHECK(154, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; minu a0, a1, a2
	CHECK(155, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; minu a0, a1, a2
	CHECK(156, a0, 0x123456789abcdef0)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; minu a0, a1, a2
	CHECK(157, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; minu a0, a1, a2
	CHECK(158, a0, 0xffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; minu a0, a1, a2
	CHECK(159, a0, 0xff00000100ff80)
	li a1, 0x80000000; li a2, 0x0; minu a0, a1, a2
	CHECK(160, a0, 0x0)
	li a1, 0x80000000; li a2, 0x1; minu a0, a1, a2
	CHECK(161, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; minu a0, a1, a2
	CHECK(162, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x8000000000000000; minu a0, a1, a2
	CHECK(163, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; minu a0, a1, a2
	CHECK(164, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x80000000; minu a0, a1, a2
	CHECK(165, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x7fffffff; minu a0, a1, a2
	CHECK(166, a0, 0x7fffffff)
	li a1, 0x80000000; li a2, 0xffffffff80000000; minu a0, a1, a2
	CHECK(167, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; minu a0, a1, a2
	CHECK(168, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; minu a0, a1, a2
	CHECK(169, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xffffffff; minu a0, a1, a2
	CHECK(170, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0xff00000100ff80; minu a0, a1, a2
	CHECK(171, a0, 0x80000000)
	li a1, 0x7fffffff; li a2, 0x0; minu a0, a1, a2
	CHECK(172, a0, 0x0)
	li a1, 0x7fffffff; li a2, 0x1; minu a0, a1, a2
	CHECK(173, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; minu a0, a1, a2
	CHECK(174, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; minu a0, a1, a2
	CHECK(175, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; minu a0, a1, a2
	CHECK(176, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x80000000; minu a0, a1, a2
	CHECK(177, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffff; minu a0, a1, a2
	CHECK(178, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; minu a0, a1, a2
	CHECK(179, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; minu a0, a1, a2
	CHECK(180, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; minu a0, a1, a2
	CHECK(181, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xffffffff; minu a0, a1, a2
	CHECK(182, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; minu a0, a1, a2
	CHECK(183, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; li a2, 0x0; minu a0, a1, a2
	CHECK(184, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x1; minu a0, a1, a2
	CHECK(185, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; minu a0, a1, a2
	CHECK(186, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; minu a0, a1, a2
	CHECK(187, a0, 0x8000000000000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; minu a0, a1, a2
	CHECK(188, a0, 0x7fffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0x80000000; minu a0, a1, a2
	CHECK(189, a0, 0x80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; minu a0, a1, a2
	CHECK(190, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; minu a0, a1, a2
	CHECK(191, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; minu a0, a1, a2
	CHECK(192, a0, 0x123456789abcdef0)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; minu a0, a1, a2
	CHECK(193, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; minu a0, a1, a2
	CHECK(194, a0, 0xffffffff)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; minu a0, a1, a2
	CHECK(195, a0, 0xff00000100ff80)
	li a1, 0x123456789abcdef0; li a2, 0x0; minu a0, a1, a2
	CHECK(196, a0, 0x0)
	li a1, 0x123456789abcdef0; li a2, 0x1; minu a0, a1, a2
	CHECK(197, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; minu a0, a1, a2
	CHECK(198, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; minu a0, a1, a2
	CHECK(199, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; minu a0, a1, a2
	CHECK(200, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; minu a0, a1, a2
	CHECK(201, a0, 0x80000000)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; minu a0, a1, a2
	CHECK(202, a0, 0x7fffffff)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; minu a0, a1, a2
	CHECK(203, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; minu a0, a1, a2
	CHECK(204, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; minu a0, a1, a2
	CHECK(205, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; minu a0, a1, a2
	CHECK(206, a0, 0xffffffff)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; minu a0, a1, a2
	CHECK(207, a0, 0xff00000100ff80)
	li a1, 0xfffffffffffffff9; li a2, 0x0; minu a0, a1, a2
	CHECK(208, a0, 0x0)
	li a1, 0xfffffffffffffff9; li a2, 0x1; minu a0, a1, a2
	CHECK(209, a0, 0x1)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; minu a0, a1, a2
	CHECK(210, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; minu a0, a1, a2
	CHECK(211, a0, 0x8000000000000000)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; minu a0, a1, a2
	CHECK(212, a0, 0x7fffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; minu a0, a1, a2
	CHECK(213, a0, 0x80000000)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; minu a0, a1, a2
	CHECK(214, a0, 0x7fffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; minu a0, a1, a2
	CHECK(215, a0, 0xffffffff80000000)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; minu a0, a1, a2
	CHECK(216, a0, 0x123456789abcdef0)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; minu a0, a1, a2
	CHECK(217, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; minu a0, a1, a2
	CHECK(218, a0, 0xffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; minu a0, a1, a2
	CHECK(219, a0, 0xff00000100ff80)
	li a1, 0xffffffff; li a2, 0x0; minu a0, a1, a2
	CHECK(220, a0, 0x0)
	li a1, 0xffffffff; li a2, 0x1; minu a0, a1, a2
	CHECK(221, a0, 0x1)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; minu a0, a1, a2
	CHECK(222, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x8000000000000000; minu a0, a1, a2
	CHECK(223, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; minu a0, a1, a2
	CHECK(224, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x80000000; minu a0, a1, a2
	CHECK(225, a0, 0x80000000)
	li a1, 0xffffffff; li a2, 0x7fffffff; minu a0, a1, a2
	CHECK(226, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; minu a0, a1, a2
	CHECK(227, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; minu a0, a1, a2
	CHECK(228, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; minu a0, a1, a2
	CHECK(229, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xffffffff; minu a0, a1, a2
	CHECK(230, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; minu a0, a1, a2
	CHECK(231, a0, 0xffffffff)
	li a1, 0xff00000100ff80; li a2, 0x0; minu a0, a1, a2
	CHECK(232, a0, 0x0)
	li a1, 0xff00000100ff80; li a2, 0x1; minu a0, a1, a2
	CHECK(233, a0, 0x1)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; minu a0, a1, a2
	CHECK(234, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; minu a0, a1, a2
	CHECK(235, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; minu a0, a1, a2
	CHECK(236, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x80000000; minu a0, a1, a2
	CHECK(237, a0, 0x80000000)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; minu a0, a1, a2
	CHECK(238, a0, 0x7fffffff)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; minu a0, a1, a2
	CHECK(239, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; minu a0, a1, a2
	CHECK(240, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; minu a0, a1, a2
	CHECK(241, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; minu a0, a1, a2
	CHECK(242, a0, 0xffffffff)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; minu a0, a1, a2
	CHECK(243, a0, 0xff00000100ff80)
	/* rori */
	li a1, 0x0; rori a0, a1, 0
	CHECK(244, a0, 0x0)
	li a1, 0x0; rori a0, a1, 1
	CHECK(245, a0, 0x0)
	li a1, 0x0; rori a0, a1, 31
	CHECK(246, a0, 0x0)
	li a1, 0x0; rori a0, a1, 32
	CHECK(247, a0, 0x0)
	li a1, 0x0; rori a0, a1, 33
	CHECK(248, a0, 0x0)
	li a1, 0x0; rori a0, a1, 63
	CHECK(249, a0, 0x0)
	li a1, 0x1; rori a0, a1, 0
	CHECK(250, a0, 0x1)
	li a1, 0x1; rori a0, a1, 1
	CHECK(251, a0, 0x8000000000000000)
	li a1, 0x1; rori a0, a1, 31
	CHECK(252, a0, 0x200000000)
	li a1, 0x1; rori a0, a1, 32
	CHECK(253, a0, 0x100000000)
	li a1, 0x1; rori a0, a1, 33
	CHECK(254, a0, 0x80000000)
	li a1, 0x1; rori a0, a1, 63
	CHECK(255, a0, 0x2)
	li a1, 0xffffffffffffffff; rori a0, a1, 0
	CHECK(1, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; rori a0, a1, 1
	CHECK(2, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; rori a0, a1, 31
	CHECK(3, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; rori a0, a1, 32
	CHECK(4, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; rori a0, a1, 33
	CHECK(5, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; rori a0, a1, 63
	CHECK(6, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; rori a0, a1, 0
	CHECK(7, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; rori a0, a1, 1
	CHECK(8, a0, 0x4000000000000000)
	li a1, 0x8000000000000000; rori a0, a1, 31
	CHECK(9, a0, 0x100000000)
	li a1, 0x8000000000000000; rori a0, a1, 32
	CHECK(10, a0, 0x80000000)
	li a1, 0x8000000000000000; rori a0, a1, 33
	CHECK(11, a0, 0x40000000)
	li a1, 0x8000000000000000; rori a0, a1, 63
	CHECK(12, a0, 0x1)
	li a1, 0x7fffffffffffffff; rori a0, a1, 0
	CHECK(13, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; rori a0, a1, 1
	CHECK(14, a0, 0xbfffffffffffffff)
	li a1, 0x7fffffffffffffff; rori a0, a1, 31
	CHECK(15, a0, 0xfffffffeffffffff)
	li a1, 0x7fffffffffffffff; rori a0, a1, 32
	CHECK(16, a0, 0xffffffff7fffffff)
	li a1, 0x7fffffffffffffff; rori a0, a1, 33
	CHECK(17, a0, 0xffffffffbfffffff)
	li a1, 0x7fffffffffffffff; rori a0, a1, 63
	CHECK(18, a0, 0xfffffffffffffffe)
	li a1, 0x80000000; rori a0, a1, 0
	CHECK(19, a0, 0x80000000)
	li a1, 0x80000000; rori a0, a1, 1
	CHECK(20, a0, 0x40000000)
	li a1, 0x80000000; rori a0, a1, 31
	CHECK(21, a0, 0x1)
	li a1, 0x80000000; rori a0, a1, 32
	CHECK(22, a0, 0x8000000000000000)
	li a1, 0x80000000; rori a0, a1, 33
	CHECK(23, a0, 0x4000000000000000)
	li a1, 0x80000000; rori a0, a1, 63
	CHECK(24, a0, 0x100000000)
	li a1, 0x7fffffff; rori a0, a1, 0
	CHECK(25, a0, 0x7fffffff)
	li a1, 0x7fffffff; rori a0, a1, 1
	CHECK(26, a0, 0x800000003fffffff)
	li a1, 0x7fffffff; rori a0, a1, 31
	CHECK(27, a0, 0xfffffffe00000000)
	li a1, 0x7fffffff; rori a0, a1, 32
	CHECK(28, a0, 0x7fffffff00000000)
	li a1, 0x7fffffff; rori a0, a1, 33
	CHECK(29, a0, 0x3fffffff80000000)
	li a1, 0x7fffffff; rori a0, a1, 63
	CHECK(30, a0, 0xfffffffe)
	li a1, 0xffffffff80000000; rori a0, a1, 0
	CHECK(31, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; rori a0, a1, 1
	CHECK(32, a0, 0x7fffffffc0000000)
	li a1, 0xffffffff80000000; rori a0, a1, 31
	CHECK(33, a0, 0x1ffffffff)
	li a1, 0xffffffff80000000; rori a0, a1, 32
	CHECK(34, a0, 0x80000000ffffffff)
	li a1, 0xffffffff80000000; rori a0, a1, 33
	CHECK(35, a0, 0xc00000007fffffff)
	li a1, 0xffffffff80000000; rori a0, a1, 63
	CHECK(36, a0, 0xffffffff00000001)
	li a1, 0x123456789abcdef0; rori a0, a1, 0
	CHECK(37, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; rori a0, a1, 1
	CHECK(38, a0, 0x91a2b3c4d5e6f78)
	li a1, 0x123456789abcdef0; rori a0, a1, 31
	CHECK(39, a0, 0x3579bde02468acf1)
	li a1, 0x123456789abcdef0; rori a0, a1, 32
	CHECK(40, a0, 0x9abcdef012345678)
	li a1, 0x123456789abcdef0; rori a0, a1, 33
	CHECK(41, a0, 0x4d5e6f78091a2b3c)
	li a1, 0x123456789abcdef0; rori a0, a1, 63
	CHECK(42, a0, 0x2468acf13579bde0)
	li a1, 0xfffffffffffffff9; rori a0, a1, 0
	CHECK(43, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; rori a0, a1, 1
	CHECK(44, a0, 0xfffffffffffffffc)
	li a1, 0xfffffffffffffff9; rori a0, a1, 31
	CHECK(45, a0, 0xfffffff3ffffffff)
	li a1, 0xfffffffffffffff9; rori a0, a1, 32
	CHECK(46, a0, 0xfffffff9ffffffff)
	li a1, 0xfffffffffffffff9; rori a0, a1, 33
	CHECK(47, a0, 0xfffffffcffffffff)
	li a1, 0xfffffffffffffff9; rori a0, a1, 63
	CHECK(48, a0, 0xfffffffffffffff3)
	li a1, 0xffffffff; rori a0, a1, 0
	CHECK(49, a0, 0xffffffff)
	li a1, 0xffffffff; rori a0, a1, 1
	CHECK(50, a0, 0x800000007fffffff)
	li a1, 0xffffffff; rori a0, a1, 31
	CHECK(51, a0, 0xfffffffe00000001)
	li a1, 0xffffffff; rori a0, a1, 32
	CHECK(52, a0, 0xffffffff00000000)
	li a1, 0xffffffff; rori a0, a1, 33
	CHECK(53, a0, 0x7fffffff80000000)
	li a1, 0xffffffff; rori a0, a1, 63
	CHECK(54, a0, 0x1fffffffe)
	li a1, 0xff00000100ff80; rori a0, a1, 0
	CHECK(55, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; rori a0, a1, 1
	CHECK(56, a0, 0x7f800000807fc0)
	li a1, 0xff00000100ff80; rori a0, a1, 31
	CHECK(57, a0, 0x201ff0001fe0000)
	li a1, 0xff00000100ff80; rori a0, a1, 32
	CHECK(58, a0, 0x100ff8000ff0000)
	li a1, 0xff00000100ff80; rori a0, a1, 33
	CHECK(59, a0, 0x807fc0007f8000)
	li a1, 0xff00000100ff80; rori a0, a1, 63
	CHECK(60, a0, 0x1fe00000201ff00)
	/* roriw */
	li a1, 0x0; roriw a0, a1, 0
	CHECK(61, a0, 0x0)
	li a1, 0x0; roriw a0, a1, 1
	CHECK(62, a0, 0x0)
	li a1, 0x0; roriw a0, a1, 15
	CHECK(63, a0, 0x0)
	li a1, 0x0; roriw a0, a1, 31
	CHECK(64, a0, 0x0)
	li a1, 0x1; roriw a0, a1, 0
	CHECK(65, a0, 0x1)
	li a1, 0x1; roriw a0, a1, 1
	CHECK(66, a0, 0xffffffff80000000)
	li a1, 0x1; roriw a0, a1, 15
	CHECK(67, a0, 0x20000)
	li a1, 0x1; roriw a0, a1, 31
	CHECK(68, a0, 0x2)
	li a1, 0xffffffffffffffff; roriw a0, a1, 0
	CHECK(69, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; roriw a0, a1, 1
	CHECK(70, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; roriw a0, a1, 15
	CHECK(71, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; roriw a0, a1, 31
	CHECK(72, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; roriw a0, a1, 0
	CHECK(73, a0, 0x0)
	li a1, 0x8000000000000000; roriw a0, a1, 1
	CHECK(74, a0, 0x0)
	li a1, 0x8000000000000000; roriw a0, a1, 15
	CHECK(75, a0, 0x0)
	li a1, 0x8000000000000000; roriw a0, a1, 31
	CHECK(76, a0, 0x0)
	li a1, 0x7fffffffffffffff; roriw a0, a1, 0
	CHECK(77, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; roriw a0, a1, 1
	CHECK(78, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; roriw a0, a1, 15
	CHECK(79, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; roriw a0, a1, 31
	CHECK(80, a0, 0xffffffffffffffff)
	li a1, 0x80000000; roriw a0, a1, 0
	CHECK(81, a0, 0xffffffff80000000)
	li a1, 0x80000000; roriw a0, a1, 1
	CHECK(82, a0, 0x40000000)
	li a1, 0x80000000; roriw a0, a1, 15
	CHECK(83, a0, 0x10000)
	li a1, 0x80000000; roriw a0, a1, 31
	CHECK(84, a0, 0x1)
	li a1, 0x7fffffff; roriw a0, a1, 0
	CHECK(85, a0, 0x7fffffff)
	li a1, 0x7fffffff; roriw a0, a1, 1
	CHECK(86, a0, 0xffffffffbfffffff)
	li a1, 0x7fffffff; roriw a0, a1, 15
	CHECK(87, a0, 0xfffffffffffeffff)
	li a1, 0x7fffffff; roriw a0, a1, 31
	CHECK(88, a0, 0xfffffffffffffffe)
	li a1, 0xffffffff80000000; roriw a0, a1, 0
	CHECK(89, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; roriw a0, a1, 1
	CHECK(90, a0, 0x40000000)
	li a1, 0xffffffff80000000; roriw a0, a1, 15
	CHECK(91, a0, 0x10000)
	li a1, 0xffffffff80000000; roriw a0, a1, 31
	CHECK(92, a0, 0x1)
	li a1, 0x123456789abcdef0; roriw a0, a1, 0
	CHECK(93, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; roriw a0, a1, 1
	CHECK(94, a0, 0x4d5e6f78)
	li a1, 0x123456789abcdef0; roriw a0, a1, 15
	CHECK(95, a0, 0xffffffffbde13579)
	li a1, 0x123456789abcdef0; roriw a0, a1, 31
	CHECK(96, a0, 0x3579bde1)
	li a1, 0xfffffffffffffff9; roriw a0, a1, 0
	CHECK(97, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; roriw a0, a1, 1
	CHECK(98, a0, 0xfffffffffffffffc)
	li a1, 0xfffffffffffffff9; roriw a0, a1, 15
	CHECK(99, a0, 0xfffffffffff3ffff)
	li a1, 0xfffffffffffffff9; roriw a0, a1, 31
	CHECK(100, a0, 0xfffffffffffffff3)
	li a1, 0xffffffff; roriw a0, a1, 0
	CHECK(101, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; roriw a0, a1, 1
	CHECK(102, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; roriw a0, a1, 15
	CHECK(103, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; roriw a0, a1, 31
	CHECK(104, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; roriw a0, a1, 0
	CHECK(105, a0, 0x100ff80)
	li a1, 0xff00000100ff80; roriw a0, a1, 1
	CHECK(106, a0, 0x807fc0)
	li a1, 0xff00000100ff80; roriw a0, a1, 15
	CHECK(107, a0, 0xffffffffff000201)
	li a1, 0xff00000100ff80; roriw a0, a1, 31
	CHECK(108, a0, 0x201ff00)
	/* clz */
	li a1, 0x0; clz a0, a1
	CHECK(109, a0, 0x40)
	li a1, 0x1; clz a0, a1
	CHECK(110, a0, 0x3f)
	li a1, 0xffffffffffffffff; clz a0, a1
	CHECK(111, a0, 0x0)
	li a1, 0x8000000000000000; clz a0, a1
	CHECK(112, a0, 0x0)
	li a1, 0x7fffffffffffffff; clz a0, a1
	CHECK(113, a0, 0x1)
	li a1, 0x80000000; clz a0, a1
	CHECK(114, a0, 0x20)
	li a1, 0x7fffffff; clz a0, a1
	CHECK(115, a0, 0x21)
	li a1, 0xffffffff80000000; clz a0, a1
	CHECK(116, a0, 0x0)
	li a1, 0x123456789abcdef0; clz a0, a1
	CHECK(117, a0, 0x3)
	li a1, 0xfffffffffffffff9; clz a0, a1
	CHECK(118, a0, 0x0)
	li a1, 0xffffffff; clz a0, a1
	CHECK(119, a0, 0x20)
	li a1, 0xff00000100ff80; clz a0, a1
	CHECK(120, a0, 0x8)
	/* ctz */
	li a1, 0x0; ctz a0, a1
	CHECK(121, a0, 0x40)
	li a1, 0x1; ctz a0, a1
	CHECK(122, a0, 0x0)
	li a1, 0xffffffffffffffff; ctz a0, a1
	CHECK(123, a0, 0x0)
	li a1, 0x8000000000000000; ctz a0, a1
	CHECK(124, a0, 0x3f)
	li a1, 0x7fffffffffffffff; ctz a0, a1
	CHECK(125, a0, 0x0)
	li a1, 0x80000000; ctz a0, a1
	CHECK(126, a0, 0x1f)
	li a1, 0x7fffffff; ctz a0, a1
	CHECK(127, a0, 0x0)
	li a1, 0xffffffff80000000; ctz a0, a1
	CHECK(128, a0, 0x1f)
	li a1, 0x123456789abcdef0; ctz a0, a1
	CHECK(129, a0, 0x4)
	li a1, 0xfffffffffffffff9; ctz a0, a1
	CHECK(130, a0, 0x0)
	li a1, 0xffffffff; ctz a0, a1
	CHECK(131, a0, 0x0)
	li a1, 0xff00000100ff80; ctz a0, a1
	CHECK(132, a0, 0x7)
	/* cpop */
	li a1, 0x0; cpop a0, a1
	CHECK(133, a0, 0x0)
	li a1, 0x1; cpop a0, a1
	CHECK(134, a0, 0x1)
	li a1, 0xffffffffffffffff; cpop a0, a1
	CHECK(135, a0, 0x40)
	li a1, 0x8000000000000000; cpop a0, a1
	CHECK(136, a0, 0x1)
	li a1, 0x7fffffffffffffff; cpop a0, a1
	CHECK(137, a0, 0x3f)
	li a1, 0x80000000; cpop a0, a1
	CHECK(138, a0, 0x1)
	li a1, 0x7fffffff; cpop a0, a1
	CHECK(139, a0, 0x1f)
	li a1, 0xffffffff80000000; cpop a0, a1
	CHECK(140, a0, 0x21)
	li a1, 0x123456789abcdef0; cpop a0, a1
	CHECK(141, a0, 0x20)
	li a1, 0xfffffffffffffff9; cpop a0, a1
	CHECK(142, a0, 0x3e)
	li a1, 0xffffffff; cpop a0, a1
	CHECK(143, a0, 0x20)
	li a1, 0xff00000100ff80; cpop a0, a1
	CHECK(144, a0, 0x12)
	/* clzw */
	li a1, 0x0; clzw a0, a1
	CHECK(145, a0, 0x20)
	li a1, 0x1; clzw a0, a1
	CHECK(146, a0, 0x1f)
	li a1, 0xffffffffffffffff; clzw a0, a1
	CHECK(147, a0, 0x0)
	li a1, 0x8000000000000000; clzw a0, a1
	CHECK(148, a0, 0x20)
	li a1, 0x7fffffffffffffff; clzw a0, a1
	CHECK(149, a0, 0x0)
	li a1, 0x80000000; clzw a0, a1
	CHECK(150, a0, 0x0)
	li a1, 0x7fffffff; clzw a0, a1
	CHECK(151, a0, 0x1)
	li a1, 0xffffffff80000000; clzw a0, a1
	CHECK(152, a0, 0x0)
	li a1, 0x123456789abcdef0; clzw a0, a1
	CHECK(153, a0, 0x0)
	li a1, 0xfffffffffffffff9; clzw a0, a1
	CHECK(154, a0, 0x0)
	li a1, 0xffffffff; clzw a0, a1
	CHECK(155, a0, 0x0)
	li a1, 0xff00000100ff80; clzw a0, a1
	CHECK(156, a0, 0x7)
	/* ctzw */
	/* ctzw of a value whose low word is 0 but upper word is not gives 32 by the spec, but 63
	 * under qemu-riscv64 7.2, so that case is left out */
	li a1, 0x0; ctzw a0, a1
	CHECK(157, a0, 0x20)
	li a1, 0x1; ctzw a0, a1
	CHECK(158, a0, 0x0)
	li a1, 0xffffffffffffffff; ctzw a0, a1
	CHECK(159, a0, 0x0)
	li a1, 0x7fffffffffffffff; ctzw a0, a1
	CHECK(160, a0, 0x0)
	li a1, 0x80000000; ctzw a0, a1
	CHECK(161, a0, 0x1f)
	li a1, 0x7fffffff; ctzw a0, a1
	CHECK(162, a0, 0x0)
	li a1, 0xffffffff80000000; ctzw a0, a1
	CHECK(163, a0, 0x1f)
	li a1, 0x123456789abcdef0; ctzw a0, a1
	CHECK(164, a0, 0x4)
	li a1, 0xfffffffffffffff9; ctzw a0, a1
	CHECK(165, a0, 0x0)
	li a1, 0xffffffff; ctzw a0, a1
	CHECK(166, a0, 0x0)
	li a1, 0xff00000100ff80; ctzw a0, a1
	CHECK(167, a0, 0x7)
	/* cpopw */
	li a1, 0x0; cpopw a0, a1
	CHECK(168, a0, 0x0)
	li a1, 0x1; cpopw a0, a1
	CHECK(169, a0, 0x1)
	li a1, 0xffffffffffffffff; cpopw a0, a1
	CHECK(170, a0, 0x20)
	li a1, 0x8000000000000000; cpopw a0, a1
	CHECK(171, a0, 0x0)
	li a1, 0x7fffffffffffffff; cpopw a0, a1
	CHECK(172, a0, 0x20)
	li a1, 0x80000000; cpopw a0, a1
	CHECK(173, a0, 0x1)
	li a1, 0x7fffffff; cpopw a0, a1
	CHECK(174, a0, 0x1f)
	li a1, 0xffffffff80000000; cpopw a0, a1
	CHECK(175, a0, 0x1)
	li a1, 0x123456789abcdef0; cpopw a0, a1
	CHECK(176, a0, 0x13)
	li a1, 0xfffffffffffffff9; cpopw a0, a1
	CHECK(177, a0, 0x1e)
	li a1, 0xffffffff; cpopw a0, a1
	CHECK(178, a0, 0x20)
	li a1, 0xff00000100ff80; cpopw a0, a1
	CHECK(179, a0, 0xa)
	/* sext.b */
	li a1, 0x0; sext.b a0, a1
	CHECK(180, a0, 0x0)
	li a1, 0x1; sext.b a0, a1
	CHECK(181, a0, 0x1)
	li a1, 0xffffffffffffffff; sext.b a0, a1
	CHECK(182, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; sext.b a0, a1
	CHECK(183, a0, 0x0)
	li a1, 0x7fffffffffffffff; sext.b a0, a1
	CHECK(184, a0, 0xffffffffffffffff)
	li a1, 0x80000000; sext.b a0, a1
	CHECK(185, a0, 0x0)
	li a1, 0x7fffffff; sext.b a0, a1
	CHECK(186, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; sext.b a0, a1
	CHECK(187, a0, 0x0)
	li a1, 0x123456789abcdef0; sext.b a0, a1
	CHECK(188, a0, 0xfffffffffffffff0)
	li a1, 0xfffffffffffffff9; sext.b a0, a1
	CHECK(189, a0, 0xfffffffffffffff9)
	li a1, 0xffffffff; sext.b a0, a1
	CHECK(190, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; sext.b a0, a1
	CHECK(191, a0, 0xffffffffffffff80)
	/* sext.h */
	li a1, 0x0; sext.h a0, a1
	CHECK(192, a0, 0x0)
	li a1, 0x1; sext.h a0, a1
	CHECK(193, a0, 0x1)
	li a1, 0xffffffffffffffff; sext.h a0, a1
	CHECK(194, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; sext.h a0, a1
	CHECK(195, a0, 0x0)
	li a1, 0x7fffffffffffffff; sext.h a0, a1
	CHECK(196, a0, 0xffffffffffffffff)
	li a1, 0x80000000; sext.h a0, a1
	CHECK(197, a0, 0x0)
	li a1, 0x7fffffff; sext.h a0, a1
	CHECK(198, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; sext.h a0, a1
	CHECK(199, a0, 0x0)
	li a1, 0x123456789abcdef0; sext.h a0, a1
	CHECK(200, a0, 0xffffffffffffdef0)
	li a1, 0xfffffffffffffff9; sext.h a0, a1
	CHECK(201, a0, 0xfffffffffffffff9)
	li a1, 0xffffffff; sext.h a0, a1
	CHECK(202, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; sext.h a0, a1
	CHECK(203, a0, 0xffffffffffffff80)
	/* zext.h */
	li a1, 0x0; zext.h a0, a1
	CHECK(204, a0, 0x0)
	li a1, 0x1; zext.h a0, a1
	CHECK(205, a0, 0x1)
	li a1, 0xffffffffffffffff; zext.h a0, a1
	CHECK(206, a0, 0xffff)
	li a1, 0x8000000000000000; zext.h a0, a1
	CHECK(207, a0, 0x0)
	li a1, 0x7fffffffffffffff; zext.h a0, a1
	CHECK(208, a0, 0xffff)
	li a1, 0x80000000; zext.h a0, a1
	CHECK(209, a0, 0x0)
	li a1, 0x7fffffff; zext.h a0, a1
	CHECK(210, a0, 0xffff)
	li a1, 0xffffffff80000000; zext.h a0, a1
	CHECK(211, a0, 0x0)
	li a1, 0x123456789abcdef0; zext.h a0, a1
	CHECK(212, a0, 0xdef0)
	li a1, 0xfffffffffffffff9; zext.h a0, a1
	CHECK(213, a0, 0xfff9)
	li a1, 0xffffffff; zext.h a0, a1
	CHECK(214, a0, 0xffff)
	li a1, 0xff00000100ff80; zext.h a0, a1
	CHECK(215, a0, 0xff80)
	/* orc.b */
	li a1, 0x0; orc.b a0, a1
	CHECK(216, a0, 0x0)
	li a1, 0x1; orc.b a0, a1
	CHECK(217, a0, 0xff)
	li a1, 0xffffffffffffffff; orc.b a0, a1
	CHECK(218, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; orc.b a0, a1
	CHECK(219, a0, 0xff00000000000000)
	li a1, 0x7fffffffffffffff; orc.b a0, a1
	CHECK(220, a0, 0xffffffffffffffff)
	li a1, 0x80000000; orc.b a0, a1
	CHECK(221, a0, 0xff000000)
	li a1, 0x7fffffff; orc.b a0, a1
	CHECK(222, a0, 0xffffffff)
	li a1, 0xffffffff80000000; orc.b a0, a1
	CHECK(223, a0, 0xffffffffff000000)
	li a1, 0x123456789abcdef0; orc.b a0, a1
	CHECK(224, a0, 0xffffffffffffffff)
	li a1, 0xfffffffffffffff9; orc.b a0, a1
	CHECK(225, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; orc.b a0, a1
	CHECK(226, a0, 0xffffffff)
	li a1, 0xff00000100ff80; orc.b a0, a1
	CHECK(227, a0, 0xff0000ff00ffff)
	/* rev8 */
	li a1, 0x0; rev8 a0, a1
	CHECK(228, a0, 0x0)
	li a1, 0x1; rev8 a0, a1
	CHECK(229, a0, 0x100000000000000)
	li a1, 0xffffffffffffffff; rev8 a0, a1
	CHECK(230, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; rev8 a0, a1
	CHECK(231, a0, 0x80)
	li a1, 0x7fffffffffffffff; rev8 a0, a1
	CHECK(232, a0, 0xffffffffffffff7f)
	li a1, 0x80000000; rev8 a0, a1
	CHECK(233, a0, 0x8000000000)
	li a1, 0x7fffffff; rev8 a0, a1
	CHECK(234, a0, 0xffffff7f00000000)
	li a1, 0xffffffff80000000; rev8 a0, a1
	CHECK(235, a0, 0x80ffffffff)
	li a1, 0x123456789abcdef0; rev8 a0, a1
	CHECK(236, a0, 0xf0debc9a78563412)
	li a1, 0xfffffffffffffff9; rev8 a0, a1
	CHECK(237, a0, 0xf9ffffffffffffff)
	li a1, 0xffffffff; rev8 a0, a1
	CHECK(238, a0, 0xffffffff00000000)
	li a1, 0xff00000100ff80; rev8 a0, a1
	CHECK(239, a0, 0x80ff00010000ff00)
	li a1, 0x0; li a2, 0x0; rol a0, a1, a2
	CHECK(240, a0, 0x0)
	li a1, 0x0; li a2, 0x1; rol a0, a1, a2
	CHECK(241, a0, 0x0)
	li a1, 0x0; li a2, 0x5; rol a0, a1, a2
	CHECK(242, a0, 0x0)
	li a1, 0x0; li a2, 0x1f; rol a0, a1, a2
	CHECK(243, a0, 0x0)
	li a1, 0x0; li a2, 0x20; rol a0, a1, a2
	CHECK(244, a0, 0x0)
	li a1, 0x0; li a2, 0x3f; rol a0, a1, a2
	CHECK(245, a0, 0x0)
	li a1, 0x0; li a2, 0x40; rol a0, a1, a2
	CHECK(246, a0, 0x0)
	li a1, 0x0; li a2, 0x5f; rol a0, a1, a2
	CHECK(247, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; rol a0, a1, a2
	CHECK(248, a0, 0x0)
	li a1, 0x1; li a2, 0x0; rol a0, a1, a2
	CHECK(249, a0, 0x1)
	li a1, 0x1; li a2, 0x1; rol a0, a1, a2
	CHECK(250, a0, 0x2)
	li a1, 0x1; li a2, 0x5; rol a0, a1, a2
	CHECK(251, a0, 0x20)
	li a1, 0x1; li a2, 0x1f; rol a0, a1, a2
	CHECK(252, a0, 0x80000000)
	li a1, 0x1; li a2, 0x20; rol a0, a1, a2
	CHECK(253, a0, 0x100000000)
	li a1, 0x1; li a2, 0x3f; rol a0, a1, a2
	CHECK(254, a0, 0x8000000000000000)
	li a1, 0x1; li a2, 0x40; rol a0, a1, a2
	CHECK(255, a0, 0x1)
	li a1, 0x1; li a2, 0x5f; rol a0, a1, a2
	CHECK(1, a0, 0x80000000)
	li a1, 0x1; li a2, 0xffffffffffffffff; rol a0, a1, a2
	CHECK(2, a0, 0x8000000000000000)
	li a1, 0xffffffffffffffff; li a2, 0x0; rol a0, a1, a2
	CHECK(3, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; rol a0, a1, a2
	CHECK(4, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5; rol a0, a1, a2
	CHECK(5, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1f; rol a0, a1, a2
	CHECK(6, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x20; rol a0, a1, a2
	CHECK(7, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x3f; rol a0, a1, a2
	CHECK(8, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x40; rol a0, a1, a2
	CHECK(9, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5f; rol a0, a1, a2
	CHECK(10, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; rol a0, a1, a2
	CHECK(11, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x0; rol a0, a1, a2
	CHECK(12, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x1; rol a0, a1, a2
	CHECK(13, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x5; rol a0, a1, a2
	CHECK(14, a0, 0x10)
	li a1, 0x8000000000000000; li a2, 0x1f; rol a0, a1, a2
	CHECK(15, a0, 0x40000000)
	li a1, 0x8000000000000000; li a2, 0x20; rol a0, a1, a2
	CHECK(16, a0, 0x80000000)
	li a1, 0x8000000000000000; li a2, 0x3f; rol a0, a1, a2
	CHECK(17, a0, 0x4000000000000000)
	li a1, 0x8000000000000000; li a2, 0x40; rol a0, a1, a2
	CHECK(18, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x5f; rol a0, a1, a2
	CHECK(19, a0, 0x40000000)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; rol a0, a1, a2
	CHECK(20, a0, 0x4000000000000000)
	li a1, 0x7fffffffffffffff; li a2, 0x0; rol a0, a1, a2
	CHECK(21, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; rol a0, a1, a2
	CHECK(22, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x5; rol a0, a1, a2
	CHECK(23, a0, 0xffffffffffffffef)
	li a1, 0x7fffffffffffffff; li a2, 0x1f; rol a0, a1, a2
	CHECK(24, a0, 0xffffffffbfffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x20; rol a0, a1, a2
	CHECK(25, a0, 0xffffffff7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x3f; rol a0, a1, a2
	CHECK(26, a0, 0xbfffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x40; rol a0, a1, a2
	CHECK(27, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5f; rol a0, a1, a2
	CHECK(28, a0, 0xffffffffbfffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; rol a0, a1, a2
	CHECK(29, a0, 0xbfffffffffffffff)
	li a1, 0x80000000; li a2, 0x0; rol a0, a1, a2
	CHECK(30, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x1; rol a0, a1, a2
	CHECK(31, a0, 0x100000000)
	li a1, 0x80000000; li a2, 0x5; rol a0, a1, a2
	CHECK(32, a0, 0x1000000000)
	li a1, 0x80000000; li a2, 0x1f; rol a0, a1, a2
	CHECK(33, a0, 0x4000000000000000)
	li a1, 0x80000000; li a2, 0x20; rol a0, a1, a2
	CHECK(34, a0, 0x8000000000000000)
	li a1, 0x80000000; li a2, 0x3f; rol a0, a1, a2
	CHECK(35, a0, 0x40000000)
	li a1, 0x80000000; li a2, 0x40; rol a0, a1, a2
	CHECK(36, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x5f; rol a0, a1, a2
	CHECK(37, a0, 0x4000000000000000)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; rol a0, a1, a2
	CHECK(38, a0, 0x40000000)
	li a1, 0x7fffffff; li a2, 0x0; rol a0, a1, a2
	CHECK(39, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; rol a0, a1, a2
	CHECK(40, a0, 0xfffffffe)
	li a1, 0x7fffffff; li a2, 0x5; rol a0, a1, a2
	CHECK(41, a0, 0xfffffffe0)
	li a1, 0x7fffffff; li a2, 0x1f; rol a0, a1, a2
	CHECK(42, a0, 0x3fffffff80000000)
	li a1, 0x7fffffff; li a2, 0x20; rol a0, a1, a2
	CHECK(43, a0, 0x7fffffff00000000)
	li a1, 0x7fffffff; li a2, 0x3f; rol a0, a1, a2
	CHECK(44, a0, 0x800000003fffffff)
	li a1, 0x7fffffff; li a2, 0x40; rol a0, a1, a2
	CHECK(45, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x5f; rol a0, a1, a2
	CHECK(46, a0, 0x3fffffff80000000)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; rol a0, a1, a2
	CHECK(47, a0, 0x800000003fffffff)
	li a1, 0xffffffff80000000; li a2, 0x0; rol a0, a1, a2
	CHECK(48, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; rol a0, a1, a2
	CHECK(49, a0, 0xffffffff00000001)
	li a1, 0xffffffff80000000; li a2, 0x5; rol a0, a1, a2
	CHECK(50, a0, 0xfffffff00000001f)
	li a1, 0xffffffff80000000; li a2, 0x1f; rol a0, a1, a2
	CHECK(51, a0, 0xc00000007fffffff)
	li a1, 0xffffffff80000000; li a2, 0x20; rol a0, a1, a2
	CHECK(52, a0, 0x80000000ffffffff)
	li a1, 0xffffffff80000000; li a2, 0x3f; rol a0, a1, a2
	CHECK(53, a0, 0x7fffffffc0000000)
	li a1, 0xffffffff80000000; li a2, 0x40; rol a0, a1, a2
	CHECK(54, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x5f; rol a0, a1, a2
	CHECK(55, a0, 0xc00000007fffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; rol a0, a1, a2
	CHECK(56, a0, 0x7fffffffc0000000)
	li a1, 0x123456789abcdef0; li a2, 0x0; rol a0, a1, a2
	CHECK(57, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; rol a0, a1, a2
	CHECK(58, a0, 0x2468acf13579bde0)
	li a1, 0x123456789abcdef0; li a2, 0x5; rol a0, a1, a2
	CHECK(59, a0, 0x468acf13579bde02)
	li a1, 0x123456789abcdef0; li a2, 0x1f; rol a0, a1, a2
	CHECK(60, a0, 0x4d5e6f78091a2b3c)
	li a1, 0x123456789abcdef0; li a2, 0x20; rol a0, a1, a2
	CHECK(61, a0, 0x9abcdef012345678)
	li a1, 0x123456789abcdef0; li a2, 0x3f; rol a0, a1, a2
	CHECK(62, a0, 0x91a2b3c4d5e6f78)
	li a1, 0x123456789abcdef0; li a2, 0x40; rol a0, a1, a2
	CHECK(63, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x5f; rol a0, a1, a2
	CHECK(64, a0, 0x4d5e6f78091a2b3c)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; rol a0, a1, a2
	CHECK(65, a0, 0x91a2b3c4d5e6f78)
	li a1, 0xfffffffffffffff9; li a2, 0x0; rol a0, a1, a2
	CHECK(66, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; rol a0, a1, a2
	CHECK(67, a0, 0xfffffffffffffff3)
	li a1, 0xfffffffffffffff9; li a2, 0x5; rol a0, a1, a2
	CHECK(68, a0, 0xffffffffffffff3f)
	li a1, 0xfffffffffffffff9; li a2, 0x1f; rol a0, a1, a2
	CHECK(69, a0, 0xfffffffcffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x20; rol a0, a1, a2
	CHECK(70, a0, 0xfffffff9ffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x3f; rol a0, a1, a2
	CHECK(71, a0, 0xfffffffffffffffc)
	li a1, 0xfffffffffffffff9; li a2, 0x40; rol a0, a1, a2
	CHECK(72, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x5f; rol a0, a1, a2
	CHECK(73, a0, 0xfffffffcffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; rol a0, a1, a2
	CHECK(74, a0, 0xfffffffffffffffc)
	li a1, 0xffffffff; li a2, 0x0; rol a0, a1, a2
	CHECK(75, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x1; rol a0, a1, a2
	CHECK(76, a0, 0x1fffffffe)
	li a1, 0xffffffff; li a2, 0x5; rol a0, a1, a2
	CHECK(77, a0, 0x1fffffffe0)
	li a1, 0xffffffff; li a2, 0x1f; rol a0, a1, a2
	CHECK(78, a0, 0x7fffffff80000000)
	li a1, 0xffffffff; li a2, 0x20; rol a0, a1, a2
	CHECK(79, a0, 0xffffffff00000000)
	li a1, 0xffffffff; li a2, 0x3f; rol a0, a1, a2
	CHECK(80, a0, 0x800000007fffffff)
	li a1, 0xffffffff; li a2, 0x40; rol a0, a1, a2
	CHECK(81, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x5f; rol a0, a1, a2
	CHECK(82, a0, 0x7fffffff80000000)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; rol a0, a1, a2
	CHECK(83, a0, 0x800000007fffffff)
	li a1, 0xff00000100ff80; li a2, 0x0; rol a0, a1, a2
	CHECK(84, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; rol a0, a1, a2
	CHECK(85, a0, 0x1fe00000201ff00)
	li a1, 0xff00000100ff80; li a2, 0x5; rol a0, a1, a2
	CHECK(86, a0, 0x1fe00000201ff000)
	li a1, 0xff00000100ff80; li a2, 0x1f; rol a0, a1, a2
	CHECK(87, a0, 0x807fc0007f8000)
	li a1, 0xff00000100ff80; li a2, 0x20; rol a0, a1, a2
	CHECK(88, a0, 0x100ff8000ff0000)
	li a1, 0xff00000100ff80; li a2, 0x3f; rol a0, a1, a2
	CHECK(89, a0, 0x7f800000807fc0)
	li a1, 0xff00000100ff80; li a2, 0x40; rol a0, a1, a2
	CHECK(90, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x5f; rol a0, a1, a2
	CHECK(91, a0, 0x807fc0007f8000)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; rol a0, a1, a2
	CHECK(92, a0, 0x7f800000807fc0)
	li a1, 0x0; li a2, 0x0; ror a0, a1, a2
	CHECK(93, a0, 0x0)
	li a1, 0x0; li a2, 0x1; ror a0, a1, a2
	CHECK(94, a0, 0x0)
	li a1, 0x0; li a2, 0x5; ror a0, a1, a2
	CHECK(95, a0, 0x0)
	li a1, 0x0; li a2, 0x1f; ror a0, a1, a2
	CHECK(96, a0, 0x0)
	li a1, 0x0; li a2, 0x20; ror a0, a1, a2
	CHECK(97, a0, 0x0)
	li a1, 0x0; li a2, 0x3f; ror a0, a1, a2
	CHECK(98, a0, 0x0)
	li a1, 0x0; li a2, 0x40; ror a0, a1, a2
	CHECK(99, a0, 0x0)
	li a1, 0x0; li a2, 0x5f; ror a0, a1, a2
	CHECK(100, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; ror a0, a1, a2
	CHECK(101, a0, 0x0)
	li a1, 0x1; li a2, 0x0; ror a0, a1, a2
	CHECK(102, a0, 0x1)
	li a1, 0x1; li a2, 0x1; ror a0, a1, a2
	CHECK(103, a0, 0x8000000000000000)
	li a1, 0x1; li a2, 0x5; ror a0, a1, a2
	CHECK(104, a0, 0x800000000000000)
	li a1, 0x1; li a2, 0x1f; ror a0, a1, a2
	CHECK(105, a0, 0x200000000)
	li a1, 0x1; li a2, 0x20; ror a0, a1, a2
	CHECK(106, a0, 0x100000000)
	li a1, 0x1; li a2, 0x3f; ror a0, a1, a2
	CHECK(107, a0, 0x2)
	li a1, 0x1; li a2, 0x40; ror a0, a1, a2
	CHECK(108, a0, 0x1)
	li a1, 0x1; li a2, 0x5f; ror a0, a1, a2
	CHECK(109, a0, 0x200000000)
	li a1, 0x1; li a2, 0xffffffffffffffff; ror a0, a1, a2
	CHECK(110, a0, 0x2)
	li a1, 0xffffffffffffffff; li a2, 0x0; ror a0, a1, a2
	CHECK(111, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; ror a0, a1, a2
	CHECK(112, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5; ror a0, a1, a2
	CHECK(113, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1f; ror a0, a1, a2
	CHECK(114, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x20; ror a0, a1, a2
	CHECK(115, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x3f; ror a0, a1, a2
	CHECK(116, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x40; ror a0, a1, a2
	CHECK(117, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5f; ror a0, a1, a2
	CHECK(118, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; ror a0, a1, a2
	CHECK(119, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x0; ror a0, a1, a2
	CHECK(120, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x1; ror a0, a1, a2
	CHECK(121, a0, 0x4000000000000000)
	li a1, 0x8000000000000000; li a2, 0x5; ror a0, a1, a2
	CHECK(122, a0, 0x400000000000000)
	li a1, 0x8000000000000000; li a2, 0x1f; ror a0, a1, a2
	CHECK(123, a0, 0x100000000)
	li a1, 0x8000000000000000; li a2, 0x20; ror a0, a1, a2
	CHECK(124, a0, 0x80000000)
	li a1, 0x8000000000000000; li a2, 0x3f; ror a0, a1, a2
	CHECK(125, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0x40; ror a0, a1, a2
	CHECK(126, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x5f; ror a0, a1, a2
	CHECK(127, a0, 0x100000000)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; ror a0, a1, a2
	CHECK(128, a0, 0x1)
	li a1, 0x7fffffffffffffff; li a2, 0x0; ror a0, a1, a2
	CHECK(129, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; ror a0, a1, a2
	CHECK(130, a0, 0xbfffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5; ror a0, a1, a2
	CHECK(131, a0, 0xfbffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1f; ror a0, a1, a2
	CHECK(132, a0, 0xfffffffeffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x20; ror a0, a1, a2
	CHECK(133, a0, 0xffffffff7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x3f; ror a0, a1, a2
	CHECK(134, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x40; ror a0, a1, a2
	CHECK(135, a0, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5f; ror a0, a1, a2
	CHECK(136, a0, 0xfffffffeffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; ror a0, a1, a2
	CHECK(137, a0, 0xfffffffffffffffe)
	li a1, 0x80000000; li a2, 0x0; ror a0, a1, a2
	CHECK(138, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x1; ror a0, a1, a2
	CHECK(139, a0, 0x40000000)
	li a1, 0x80000000; li a2, 0x5; ror a0, a1, a2
	CHECK(140, a0, 0x4000000)
	li a1, 0x80000000; li a2, 0x1f; ror a0, a1, a2
	CHECK(141, a0, 0x1)
	li a1, 0x80000000; li a2, 0x20; ror a0, a1, a2
	CHECK(142, a0, 0x8000000000000000)
	li a1, 0x80000000; li a2, 0x3f; ror a0, a1, a2
	CHECK(143, a0, 0x100000000)
	li a1, 0x80000000; li a2, 0x40; ror a0, a1, a2
	CHECK(144, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x5f; ror a0, a1, a2
	CHECK(145, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; ror a0, a1, a2
	CHECK(146, a0, 0x100000000)
	li a1, 0x7fffffff; li a2, 0x0; ror a0, a1, a2
	CHECK(147, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; ror a0, a1, a2
	CHECK(148, a0, 0x800000003fffffff)
	li a1, 0x7fffffff; li a2, 0x5; ror a0, a1, a2
	CHECK(149, a0, 0xf800000003ffffff)
	li a1, 0x7fffffff; li a2, 0x1f; ror a0, a1, a2
	CHECK(150, a0, 0xfffffffe00000000)
	li a1, 0x7fffffff; li a2, 0x20; ror a0, a1, a2
	CHECK(151, a0, 0x7fffffff00000000)
	li a1, 0x7fffffff; li a2, 0x3f; ror a0, a1, a2
	CHECK(152, a0, 0xfffffffe)
	li a1, 0x7fffffff; li a2, 0x40; ror a0, a1, a2
	CHECK(153, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x5f; ror a0, a1, a2
	CHECK(154, a0, 0xfffffffe00000000)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; ror a0, a1, a2
	CHECK(155, a0, 0xfffffffe)
	li a1, 0xffffffff80000000; li a2, 0x0; ror a0, a1, a2
	CHECK(156, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; ror a0, a1, a2
	CHECK(157, a0, 0x7fffffffc0000000)
	li a1, 0xffffffff80000000; li a2, 0x5; ror a0, a1, a2
	CHECK(158, a0, 0x7fffffffc000000)
	li a1, 0xffffffff80000000; li a2, 0x1f; ror a0, a1, a2
	CHECK(159, a0, 0x1ffffffff)
	li a1, 0xffffffff80000000; li a2, 0x20; ror a0, a1, a2
	CHECK(160, a0, 0x80000000ffffffff)
	li a1, 0xffffffff80000000; li a2, 0x3f; ror a0, a1, a2
	CHECK(161, a0, 0xffffffff00000001)
	li a1, 0xffffffff80000000; li a2, 0x40; ror a0, a1, a2
	CHECK(162, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x5f; ror a0, a1, a2
	CHECK(163, a0, 0x1ffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; ror a0, a1, a2
	CHECK(164, a0, 0xffffffff00000001)
	li a1, 0x123456789abcdef0; li a2, 0x0; ror a0, a1, a2
	CHECK(165, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; ror a0, a1, a2
	CHECK(166, a0, 0x91a2b3c4d5e6f78)
	li a1, 0x123456789abcdef0; li a2, 0x5; ror a0, a1, a2
	CHECK(167, a0, 0x8091a2b3c4d5e6f7)
	li a1, 0x123456789abcdef0; li a2, 0x1f; ror a0, a1, a2
	CHECK(168, a0, 0x3579bde02468acf1)
	li a1, 0x123456789abcdef0; li a2, 0x20; ror a0, a1, a2
	CHECK(169, a0, 0x9abcdef012345678)
	li a1, 0x123456789abcdef0; li a2, 0x3f; ror a0, a1, a2
	CHECK(170, a0, 0x2468acf13579bde0)
	li a1, 0x123456789abcdef0; li a2, 0x40; ror a0, a1, a2
	CHECK(171, a0, 0x123456789abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x5f; ror a0, a1, a2
	CHECK(172, a0, 0x3579bde02468acf1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; ror a0, a1, a2
	CHECK(173, a0, 0x2468acf13579bde0)
	li a1, 0xfffffffffffffff9; li a2, 0x0; ror a0, a1, a2
	CHECK(174, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; ror a0, a1, a2
	CHECK(175, a0, 0xfffffffffffffffc)
	li a1, 0xfffffffffffffff9; li a2, 0x5; ror a0, a1, a2
	CHECK(176, a0, 0xcfffffffffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x1f; ror a0, a1, a2
	CHECK(177, a0, 0xfffffff3ffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x20; ror a0, a1, a2
	CHECK(178, a0, 0xfffffff9ffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x3f; ror a0, a1, a2
	CHECK(179, a0, 0xfffffffffffffff3)
	li a1, 0xfffffffffffffff9; li a2, 0x40; ror a0, a1, a2
	CHECK(180, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x5f; ror a0, a1, a2
	CHECK(181, a0, 0xfffffff3ffffffff)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; ror a0, a1, a2
	CHECK(182, a0, 0xfffffffffffffff3)
	li a1, 0xffffffff; li a2, 0x0; ror a0, a1, a2
	CHECK(183, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x1; ror a0, a1, a2
	CHECK(184, a0, 0x800000007fffffff)
	li a1, 0xffffffff; li a2, 0x5; ror a0, a1, a2
	CHECK(185, a0, 0xf800000007ffffff)
	li a1, 0xffffffff; li a2, 0x1f; ror a0, a1, a2
	CHECK(186, a0, 0xfffffffe00000001)
	li a1, 0xffffffff; li a2, 0x20; ror a0, a1, a2
	CHECK(187, a0, 0xffffffff00000000)
	li a1, 0xffffffff; li a2, 0x3f; ror a0, a1, a2
	CHECK(188, a0, 0x1fffffffe)
	li a1, 0xffffffff; li a2, 0x40; ror a0, a1, a2
	CHECK(189, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x5f; ror a0, a1, a2
	CHECK(190, a0, 0xfffffffe00000001)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; ror a0, a1, a2
	CHECK(191, a0, 0x1fffffffe)
	li a1, 0xff00000100ff80; li a2, 0x0; ror a0, a1, a2
	CHECK(192, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; ror a0, a1, a2
	CHECK(193, a0, 0x7f800000807fc0)
	li a1, 0xff00000100ff80; li a2, 0x5; ror a0, a1, a2
	CHECK(194, a0, 0x7f800000807fc)
	li a1, 0xff00000100ff80; li a2, 0x1f; ror a0, a1, a2
	CHECK(195, a0, 0x201ff0001fe0000)
	li a1, 0xff00000100ff80; li a2, 0x20; ror a0, a1, a2
	CHECK(196, a0, 0x100ff8000ff0000)
	li a1, 0xff00000100ff80; li a2, 0x3f; ror a0, a1, a2
	CHECK(197, a0, 0x1fe00000201ff00)
	li a1, 0xff00000100ff80; li a2, 0x40; ror a0, a1, a2
	CHECK(198, a0, 0xff00000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x5f; ror a0, a1, a2
	CHECK(199, a0, 0x201ff0001fe0000)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; ror a0, a1, a2
	CHECK(200, a0, 0x1fe00000201ff00)
	li a1, 0x0; li a2, 0x0; rolw a0, a1, a2
	CHECK(201, a0, 0x0)
	li a1, 0x0; li a2, 0x1; rolw a0, a1, a2
	CHECK(202, a0, 0x0)
	li a1, 0x0; li a2, 0x5; rolw a0, a1, a2
	CHECK(203, a0, 0x0)
	li a1, 0x0; li a2, 0x1f; rolw a0, a1, a2
	CHECK(204, a0, 0x0)
	li a1, 0x0; li a2, 0x20; rolw a0, a1, a2
	CHECK(205, a0, 0x0)
	li a1, 0x0; li a2, 0x3f; rolw a0, a1, a2
	CHECK(206, a0, 0x0)
	li a1, 0x0; li a2, 0x40; rolw a0, a1, a2
	CHECK(207, a0, 0x0)
	li a1, 0x0; li a2, 0x5f; rolw a0, a1, a2
	CHECK(208, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; rolw a0, a1, a2
	CHECK(209, a0, 0x0)
	li a1, 0x1; li a2, 0x0; rolw a0, a1, a2
	CHECK(210, a0, 0x1)
	li a1, 0x1; li a2, 0x1; rolw a0, a1, a2
	CHECK(211, a0, 0x2)
	li a1, 0x1; li a2, 0x5; rolw a0, a1, a2
	CHECK(212, a0, 0x20)
	li a1, 0x1; li a2, 0x1f; rolw a0, a1, a2
	CHECK(213, a0, 0xffffffff80000000)
	li a1, 0x1; li a2, 0x20; rolw a0, a1, a2
	CHECK(214, a0, 0x1)
	li a1, 0x1; li a2, 0x3f; rolw a0, a1, a2
	CHECK(215, a0, 0xffffffff80000000)
	li a1, 0x1; li a2, 0x40; rolw a0, a1, a2
	CHECK(216, a0, 0x1)
	li a1, 0x1; li a2, 0x5f; rolw a0, a1, a2
	CHECK(217, a0, 0xffffffff80000000)
	li a1, 0x1; li a2, 0xffffffffffffffff; rolw a0, a1, a2
	CHECK(218, a0, 0xffffffff80000000)
	li a1, 0xffffffffffffffff; li a2, 0x0; rolw a0, a1, a2
	CHECK(219, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; rolw a0, a1, a2
	CHECK(220, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5; rolw a0, a1, a2
	CHECK(221, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1f; rolw a0, a1, a2
	CHECK(222, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x20; rolw a0, a1, a2
	CHECK(223, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x3f; rolw a0, a1, a2
	CHECK(224, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x40; rolw a0, a1, a2
	CHECK(225, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5f; rolw a0, a1, a2
	CHECK(226, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; rolw a0, a1, a2
	CHECK(227, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x0; rolw a0, a1, a2
	CHECK(228, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; rolw a0, a1, a2
	CHECK(229, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x5; rolw a0, a1, a2
	CHECK(230, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1f; rolw a0, a1, a2
	CHECK(231, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x20; rolw a0, a1, a2
	CHECK(232, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x3f; rolw a0, a1, a2
	CHECK(233, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x40; rolw a0, a1, a2
	CHECK(234, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x5f; rolw a0, a1, a2
	CHECK(235, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; rolw a0, a1, a2
	CHECK(236, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; rolw a0, a1, a2
	CHECK(237, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; rolw a0, a1, a2
	CHECK(238, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5; rolw a0, a1, a2
	CHECK(239, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1f; rolw a0, a1, a2
	CHECK(240, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x20; rolw a0, a1, a2
	CHECK(241, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x3f; rolw a0, a1, a2
	CHECK(242, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x40; rolw a0, a1, a2
	CHECK(243, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5f; rolw a0, a1, a2
	CHECK(244, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; rolw a0, a1, a2
	CHECK(245, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x0; rolw a0, a1, a2
	CHECK(246, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x1; rolw a0, a1, a2
	CHECK(247, a0, 0x1)
	li a1, 0x80000000; li a2, 0x5; rolw a0, a1, a2
	CHECK(248, a0, 0x10)
	li a1, 0x80000000; li a2, 0x1f; rolw a0, a1, a2
	CHECK(249, a0, 0x40000000)
	li a1, 0x80000000; li a2, 0x20; rolw a0, a1, a2
	CHECK(250, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x3f; rolw a0, a1, a2
	CHECK(251, a0, 0x40000000)
	li a1, 0x80000000; li a2, 0x40; rolw a0, a1, a2
	CHECK(252, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x5f; rolw a0, a1, a2
	CHECK(253, a0, 0x40000000)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; rolw a0, a1, a2
	CHECK(254, a0, 0x40000000)
	li a1, 0x7fffffff; li a2, 0x0; rolw a0, a1, a2
	CHECK(255, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; rolw a0, a1, a2
	CHECK(1, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffff; li a2, 0x5; rolw a0, a1, a2
	CHECK(2, a0, 0xffffffffffffffef)
	li a1, 0x7fffffff; li a2, 0x1f; rolw a0, a1, a2
	CHECK(3, a0, 0xffffffffbfffffff)
	li a1, 0x7fffffff; li a2, 0x20; rolw a0, a1, a2
	CHECK(4, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x3f; rolw a0, a1, a2
	CHECK(5, a0, 0xffffffffbfffffff)
	li a1, 0x7fffffff; li a2, 0x40; rolw a0, a1, a2
	CHECK(6, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x5f; rolw a0, a1, a2
	CHECK(7, a0, 0xffffffffbfffffff)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; rolw a0, a1, a2
	CHECK(8, a0, 0xffffffffbfffffff)
	li a1, 0xffffffff80000000; li a2, 0x0; rolw a0, a1, a2
	CHECK(9, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; rolw a0, a1, a2
	CHECK(10, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x5; rolw a0, a1, a2
	CHECK(11, a0, 0x10)
	li a1, 0xffffffff80000000; li a2, 0x1f; rolw a0, a1, a2
	CHECK(12, a0, 0x40000000)
	li a1, 0xffffffff80000000; li a2, 0x20; rolw a0, a1, a2
	CHECK(13, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x3f; rolw a0, a1, a2
	CHECK(14, a0, 0x40000000)
	li a1, 0xffffffff80000000; li a2, 0x40; rolw a0, a1, a2
	CHECK(15, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x5f; rolw a0, a1, a2
	CHECK(16, a0, 0x40000000)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; rolw a0, a1, a2
	CHECK(17, a0, 0x40000000)
	li a1, 0x123456789abcdef0; li a2, 0x0; rolw a0, a1, a2
	CHECK(18, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; rolw a0, a1, a2
	CHECK(19, a0, 0x3579bde1)
	li a1, 0x123456789abcdef0; li a2, 0x5; rolw a0, a1, a2
	CHECK(20, a0, 0x579bde13)
	li a1, 0x123456789abcdef0; li a2, 0x1f; rolw a0, a1, a2
	CHECK(21, a0, 0x4d5e6f78)
	li a1, 0x123456789abcdef0; li a2, 0x20; rolw a0, a1, a2
	CHECK(22, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x3f; rolw a0, a1, a2
	CHECK(23, a0, 0x4d5e6f78)
	li a1, 0x123456789abcdef0; li a2, 0x40; rolw a0, a1, a2
	CHECK(24, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x5f; rolw a0, a1, a2
	CHECK(25, a0, 0x4d5e6f78)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; rolw a0, a1, a2
	CHECK(26, a0, 0x4d5e6f78)
	li a1, 0xfffffffffffffff9; li a2, 0x0; rolw a0, a1, a2
	CHECK(27, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; rolw a0, a1, a2
	CHECK(28, a0, 0xfffffffffffffff3)
	li a1, 0xfffffffffffffff9; li a2, 0x5; rolw a0, a1, a2
	CHECK(29, a0, 0xffffffffffffff3f)
	li a1, 0xfffffffffffffff9; li a2, 0x1f; rolw a0, a1, a2
	CHECK(30, a0, 0xfffffffffffffffc)
	li a1, 0xfffffffffffffff9; li a2, 0x20; rolw a0, a1, a2
	CHECK(31, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x3f; rolw a0, a1, a2
	CHECK(32, a0, 0xfffffffffffffffc)
	li a1, 0xfffffffffffffff9; li a2, 0x40; rolw a0, a1, a2
	CHECK(33, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x5f; rolw a0, a1, a2
	CHECK(34, a0, 0xfffffffffffffffc)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; rolw a0, a1, a2
	CHECK(35, a0, 0xfffffffffffffffc)
	li a1, 0xffffffff; li a2, 0x0; rolw a0, a1, a2
	CHECK(36, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1; rolw a0, a1, a2
	CHECK(37, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x5; rolw a0, a1, a2
	CHECK(38, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1f; rolw a0, a1, a2
	CHECK(39, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x20; rolw a0, a1, a2
	CHECK(40, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x3f; rolw a0, a1, a2
	CHECK(41, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x40; rolw a0, a1, a2
	CHECK(42, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x5f; rolw a0, a1, a2
	CHECK(43, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; rolw a0, a1, a2
	CHECK(44, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x0; rolw a0, a1, a2
	CHECK(45, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; rolw a0, a1, a2
	CHECK(46, a0, 0x201ff00)
	li a1, 0xff00000100ff80; li a2, 0x5; rolw a0, a1, a2
	CHECK(47, a0, 0x201ff000)
	li a1, 0xff00000100ff80; li a2, 0x1f; rolw a0, a1, a2
	CHECK(48, a0, 0x807fc0)
	li a1, 0xff00000100ff80; li a2, 0x20; rolw a0, a1, a2
	CHECK(49, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x3f; rolw a0, a1, a2
	CHECK(50, a0, 0x807fc0)
	li a1, 0xff00000100ff80; li a2, 0x40; rolw a0, a1, a2
	CHECK(51, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x5f; rolw a0, a1, a2
	CHECK(52, a0, 0x807fc0)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; rolw a0, a1, a2
	CHECK(53, a0, 0x807fc0)
	li a1, 0x0; li a2, 0x0; rorw a0, a1, a2
	CHECK(54, a0, 0x0)
	li a1, 0x0; li a2, 0x1; rorw a0, a1, a2
	CHECK(55, a0, 0x0)
	li a1, 0x0; li a2, 0x5; rorw a0, a1, a2
	CHECK(56, a0, 0x0)
	li a1, 0x0; li a2, 0x1f; rorw a0, a1, a2
	CHECK(57, a0, 0x0)
	li a1, 0x0; li a2, 0x20; rorw a0, a1, a2
	CHECK(58, a0, 0x0)
	li a1, 0x0; li a2, 0x3f; rorw a0, a1, a2
	CHECK(59, a0, 0x0)
	li a1, 0x0; li a2, 0x40; rorw a0, a1, a2
	CHECK(60, a0, 0x0)
	li a1, 0x0; li a2, 0x5f; rorw a0, a1, a2
	CHECK(61, a0, 0x0)
	li a1, 0x0; li a2, 0xffffffffffffffff; rorw a0, a1, a2
	CHECK(62, a0, 0x0)
	li a1, 0x1; li a2, 0x0; rorw a0, a1, a2
	CHECK(63, a0, 0x1)
	li a1, 0x1; li a2, 0x1; rorw a0, a1, a2
	CHECK(64, a0, 0xffffffff80000000)
	li a1, 0x1; li a2, 0x5; rorw a0, a1, a2
	CHECK(65, a0, 0x8000000)
	li a1, 0x1; li a2, 0x1f; rorw a0, a1, a2
	CHECK(66, a0, 0x2)
	li a1, 0x1; li a2, 0x20; rorw a0, a1, a2
	CHECK(67, a0, 0x1)
	li a1, 0x1; li a2, 0x3f; rorw a0, a1, a2
	CHECK(68, a0, 0x2)
	li a1, 0x1; li a2, 0x40; rorw a0, a1, a2
	CHECK(69, a0, 0x1)
	li a1, 0x1; li a2, 0x5f; rorw a0, a1, a2
	CHECK(70, a0, 0x2)
	li a1, 0x1; li a2, 0xffffffffffffffff; rorw a0, a1, a2
	CHECK(71, a0, 0x2)
	li a1, 0xffffffffffffffff; li a2, 0x0; rorw a0, a1, a2
	CHECK(72, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; rorw a0, a1, a2
	CHECK(73, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5; rorw a0, a1, a2
	CHECK(74, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1f; rorw a0, a1, a2
	CHECK(75, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x20; rorw a0, a1, a2
	CHECK(76, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x3f; rorw a0, a1, a2
	CHECK(77, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x40; rorw a0, a1, a2
	CHECK(78, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x5f; rorw a0, a1, a2
	CHECK(79, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; rorw a0, a1, a2
	CHECK(80, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x0; rorw a0, a1, a2
	CHECK(81, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; rorw a0, a1, a2
	CHECK(82, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x5; rorw a0, a1, a2
	CHECK(83, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1f; rorw a0, a1, a2
	CHECK(84, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x20; rorw a0, a1, a2
	CHECK(85, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x3f; rorw a0, a1, a2
	CHECK(86, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x40; rorw a0, a1, a2
	CHECK(87, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x5f; rorw a0, a1, a2
	CHECK(88, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; rorw a0, a1, a2
	CHECK(89, a0, 0x0)
	li a1, 0x7fffffffffffffff; li a2, 0x0; rorw a0, a1, a2
	CHECK(90, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; rorw a0, a1, a2
	CHECK(91, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5; rorw a0, a1, a2
	CHECK(92, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1f; rorw a0, a1, a2
	CHECK(93, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x20; rorw a0, a1, a2
	CHECK(94, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x3f; rorw a0, a1, a2
	CHECK(95, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x40; rorw a0, a1, a2
	CHECK(96, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x5f; rorw a0, a1, a2
	CHECK(97, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; rorw a0, a1, a2
	CHECK(98, a0, 0xffffffffffffffff)
	li a1, 0x80000000; li a2, 0x0; rorw a0, a1, a2
	CHECK(99, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x1; rorw a0, a1, a2
	CHECK(100, a0, 0x40000000)
	li a1, 0x80000000; li a2, 0x5; rorw a0, a1, a2
	CHECK(101, a0, 0x4000000)
	li a1, 0x80000000; li a2, 0x1f; rorw a0, a1, a2
	CHECK(102, a0, 0x1)
	li a1, 0x80000000; li a2, 0x20; rorw a0, a1, a2
	CHECK(103, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x3f; rorw a0, a1, a2
	CHECK(104, a0, 0x1)
	li a1, 0x80000000; li a2, 0x40; rorw a0, a1, a2
	CHECK(105, a0, 0xffffffff80000000)
	li a1, 0x80000000; li a2, 0x5f; rorw a0, a1, a2
	CHECK(106, a0, 0x1)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; rorw a0, a1, a2
	CHECK(107, a0, 0x1)
	li a1, 0x7fffffff; li a2, 0x0; rorw a0, a1, a2
	CHECK(108, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; rorw a0, a1, a2
	CHECK(109, a0, 0xffffffffbfffffff)
	li a1, 0x7fffffff; li a2, 0x5; rorw a0, a1, a2
	CHECK(110, a0, 0xfffffffffbffffff)
	li a1, 0x7fffffff; li a2, 0x1f; rorw a0, a1, a2
	CHECK(111, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffff; li a2, 0x20; rorw a0, a1, a2
	CHECK(112, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x3f; rorw a0, a1, a2
	CHECK(113, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffff; li a2, 0x40; rorw a0, a1, a2
	CHECK(114, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x5f; rorw a0, a1, a2
	CHECK(115, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; rorw a0, a1, a2
	CHECK(116, a0, 0xfffffffffffffffe)
	li a1, 0xffffffff80000000; li a2, 0x0; rorw a0, a1, a2
	CHECK(117, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; rorw a0, a1, a2
	CHECK(118, a0, 0x40000000)
	li a1, 0xffffffff80000000; li a2, 0x5; rorw a0, a1, a2
	CHECK(119, a0, 0x4000000)
	li a1, 0xffffffff80000000; li a2, 0x1f; rorw a0, a1, a2
	CHECK(120, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x20; rorw a0, a1, a2
	CHECK(121, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x3f; rorw a0, a1, a2
	CHECK(122, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0x40; rorw a0, a1, a2
	CHECK(123, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x5f; rorw a0, a1, a2
	CHECK(124, a0, 0x1)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; rorw a0, a1, a2
	CHECK(125, a0, 0x1)
	li a1, 0x123456789abcdef0; li a2, 0x0; rorw a0, a1, a2
	CHECK(126, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; rorw a0, a1, a2
	CHECK(127, a0, 0x4d5e6f78)
	li a1, 0x123456789abcdef0; li a2, 0x5; rorw a0, a1, a2
	CHECK(128, a0, 0xffffffff84d5e6f7)
	li a1, 0x123456789abcdef0; li a2, 0x1f; rorw a0, a1, a2
	CHECK(129, a0, 0x3579bde1)
	li a1, 0x123456789abcdef0; li a2, 0x20; rorw a0, a1, a2
	CHECK(130, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x3f; rorw a0, a1, a2
	CHECK(131, a0, 0x3579bde1)
	li a1, 0x123456789abcdef0; li a2, 0x40; rorw a0, a1, a2
	CHECK(132, a0, 0xffffffff9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x5f; rorw a0, a1, a2
	CHECK(133, a0, 0x3579bde1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; rorw a0, a1, a2
	CHECK(134, a0, 0x3579bde1)
	li a1, 0xfffffffffffffff9; li a2, 0x0; rorw a0, a1, a2
	CHECK(135, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; rorw a0, a1, a2
	CHECK(136, a0, 0xfffffffffffffffc)
	li a1, 0xfffffffffffffff9; li a2, 0x5; rorw a0, a1, a2
	CHECK(137, a0, 0xffffffffcfffffff)
	li a1, 0xfffffffffffffff9; li a2, 0x1f; rorw a0, a1, a2
	CHECK(138, a0, 0xfffffffffffffff3)
	li a1, 0xfffffffffffffff9; li a2, 0x20; rorw a0, a1, a2
	CHECK(139, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x3f; rorw a0, a1, a2
	CHECK(140, a0, 0xfffffffffffffff3)
	li a1, 0xfffffffffffffff9; li a2, 0x40; rorw a0, a1, a2
	CHECK(141, a0, 0xfffffffffffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x5f; rorw a0, a1, a2
	CHECK(142, a0, 0xfffffffffffffff3)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; rorw a0, a1, a2
	CHECK(143, a0, 0xfffffffffffffff3)
	li a1, 0xffffffff; li a2, 0x0; rorw a0, a1, a2
	CHECK(144, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1; rorw a0, a1, a2
	CHECK(145, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x5; rorw a0, a1, a2
	CHECK(146, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x1f; rorw a0, a1, a2
	CHECK(147, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x20; rorw a0, a1, a2
	CHECK(148, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x3f; rorw a0, a1, a2
	CHECK(149, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x40; rorw a0, a1, a2
	CHECK(150, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0x5f; rorw a0, a1, a2
	CHECK(151, a0, 0xffffffffffffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; rorw a0, a1, a2
	CHECK(152, a0, 0xffffffffffffffff)
	li a1, 0xff00000100ff80; li a2, 0x0; rorw a0, a1, a2
	CHECK(153, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; rorw a0, a1, a2
	CHECK(154, a0, 0x807fc0)
	li a1, 0xff00000100ff80; li a2, 0x5; rorw a0, a1, a2
	CHECK(155, a0, 0x807fc)
	li a1, 0xff00000100ff80; li a2, 0x1f; rorw a0, a1, a2
	CHECK(156, a0, 0x201ff00)
	li a1, 0xff00000100ff80; li a2, 0x20; rorw a0, a1, a2
	CHECK(157, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x3f; rorw a0, a1, a2
	CHECK(158, a0, 0x201ff00)
	li a1, 0xff00000100ff80; li a2, 0x40; rorw a0, a1, a2
	CHECK(159, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x5f; rorw a0, a1, a2
	CHECK(160, a0, 0x201ff00)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; rorw a0, a1, a2
	CHECK(161, a0, 0x201ff00)
TEST_END
