/* Zba: shNadd, add.uw, shNadd.uw (rs1 zero-extended from 32 bits), slli.uw */
/* Table-driven: one check per (operation, operands) over edge values. Written by a throwaway
 * script at test-writing time, expected values computed from the RISC-V unprivileged spec
 * with Python integers, and run against qemu-riscv64. Check numbers wrap at 255. */
#include "test.h"

TEST_BEGIN
	/* sh1add */
	li a1, 0x0; li a2, 0x0; sh1add a0, a1, a2
	CHECK(1, a0, 0x0)
	li a1, 0x0; li a2, 0x1; sh1add a0, a1, a2
	CHECK(2, a0, 0x1)
	li a1, 0x0; li a2, 0xffffffffffffffff; sh1add a0, a1, a2
	CHECK(3, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x8000000000000000; sh1add a0, a1, a2
	CHECK(4, a0, 0x8000000000000000)
	li a1, 0x0; li a2, 0x7fffffffffffffff; sh1add a0, a1, a2
	CHECK(5, a0, 0x7fffffffffffffff)
	li a1, 0x0; li a2, 0x80000000; sh1add a0, a1, a2
	CHECK(6, a0, 0x80000000)
	li a1, 0x0; li a2, 0x7fffffff; sh1add a0, a1, a2
	CHECK(7, a0, 0x7fffffff)
	li a1, 0x0; li a2, 0xffffffff80000000; sh1add a0, a1, a2
	CHECK(8, a0, 0xffffffff80000000)
	li a1, 0x0; li a2, 0x123456789abcdef0; sh1add a0, a1, a2
	CHECK(9, a0, 0x123456789abcdef0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; sh1add a0, a1, a2
	CHECK(10, a0, 0xfffffffffffffff9)
	li a1, 0x0; li a2, 0xffffffff; sh1add a0, a1, a2
	CHECK(11, a0, 0xffffffff)
	li a1, 0x0; li a2, 0xff00000100ff80; sh1add a0, a1, a2
	CHECK(12, a0, 0xff00000100ff80)
	li a1, 0x1; li a2, 0x0; sh1add a0, a1, a2
	CHECK(13, a0, 0x2)
	li a1, 0x1; li a2, 0x1; sh1add a0, a1, a2
	CHECK(14, a0, 0x3)
	li a1, 0x1; li a2, 0xffffffffffffffff; sh1add a0, a1, a2
	CHECK(15, a0, 0x1)
	li a1, 0x1; li a2, 0x8000000000000000; sh1add a0, a1, a2
	CHECK(16, a0, 0x8000000000000002)
	li a1, 0x1; li a2, 0x7fffffffffffffff; sh1add a0, a1, a2
	CHECK(17, a0, 0x8000000000000001)
	li a1, 0x1; li a2, 0x80000000; sh1add a0, a1, a2
	CHECK(18, a0, 0x80000002)
	li a1, 0x1; li a2, 0x7fffffff; sh1add a0, a1, a2
	CHECK(19, a0, 0x80000001)
	li a1, 0x1; li a2, 0xffffffff80000000; sh1add a0, a1, a2
	CHECK(20, a0, 0xffffffff80000002)
	li a1, 0x1; li a2, 0x123456789abcdef0; sh1add a0, a1, a2
	CHECK(21, a0, 0x123456789abcdef2)
	li a1, 0x1; li a2, 0xfffffffffffffff9; sh1add a0, a1, a2
	CHECK(22, a0, 0xfffffffffffffffb)
	li a1, 0x1; li a2, 0xffffffff; sh1add a0, a1, a2
	CHECK(23, a0, 0x100000001)
	li a1, 0x1; li a2, 0xff00000100ff80; sh1add a0, a1, a2
	CHECK(24, a0, 0xff00000100ff82)
	li a1, 0xffffffffffffffff; li a2, 0x0; sh1add a0, a1, a2
	CHECK(25, a0, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x1; sh1add a0, a1, a2
	CHECK(26, a0, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; sh1add a0, a1, a2
	CHECK(27, a0, 0xfffffffffffffffd)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; sh1add a0, a1, a2
	CHECK(28, a0, 0x7ffffffffffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; sh1add a0, a1, a2
	CHECK(29, a0, 0x7ffffffffffffffd)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; sh1add a0, a1, a2
	CHECK(30, a0, 0x7ffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; sh1add a0, a1, a2
	CHECK(31, a0, 0x7ffffffd)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; sh1add a0, a1, a2
	CHECK(32, a0, 0xffffffff7ffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; sh1add a0, a1, a2
	CHECK(33, a0, 0x123456789abcdeee)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; sh1add a0, a1, a2
	CHECK(34, a0, 0xfffffffffffffff7)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; sh1add a0, a1, a2
	CHECK(35, a0, 0xfffffffd)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; sh1add a0, a1, a2
	CHECK(36, a0, 0xff00000100ff7e)
	li a1, 0x8000000000000000; li a2, 0x0; sh1add a0, a1, a2
	CHECK(37, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; sh1add a0, a1, a2
	CHECK(38, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; sh1add a0, a1, a2
	CHECK(39, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; sh1add a0, a1, a2
	CHECK(40, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; sh1add a0, a1, a2
	CHECK(41, a0, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x80000000; sh1add a0, a1, a2
	CHECK(42, a0, 0x80000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; sh1add a0, a1, a2
	CHECK(43, a0, 0x7fffffff)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; sh1add a0, a1, a2
	CHECK(44, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; sh1add a0, a1, a2
	CHECK(45, a0, 0x123456789abcdef0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; sh1add a0, a1, a2
	CHECK(46, a0, 0xfffffffffffffff9)
	li a1, 0x8000000000000000; li a2, 0xffffffff; sh1add a0, a1, a2
	CHECK(47, a0, 0xffffffff)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; sh1add a0, a1, a2
	CHECK(48, a0, 0xff00000100ff80)
	li a1, 0x7fffffffffffffff; li a2, 0x0; sh1add a0, a1, a2
	CHECK(49, a0, 0xfffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x1; sh1add a0, a1, a2
	CHECK(50, a0, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; sh1add a0, a1, a2
	CHECK(51, a0, 0xfffffffffffffffd)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; sh1add a0, a1, a2
	CHECK(52, a0, 0x7ffffffffffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; sh1add a0, a1, a2
	CHECK(53, a0, 0x7ffffffffffffffd)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; sh1add a0, a1, a2
	CHECK(54, a0, 0x7ffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; sh1add a0, a1, a2
	CHECK(55, a0, 0x7ffffffd)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; sh1add a0, a1, a2
	CHECK(56, a0, 0xffffffff7ffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; sh1add a0, a1, a2
	CHECK(57, a0, 0x123456789abcdeee)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; sh1add a0, a1, a2
	CHECK(58, a0, 0xfffffffffffffff7)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; sh1add a0, a1, a2
	CHECK(59, a0, 0xfffffffd)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; sh1add a0, a1, a2
	CHECK(60, a0, 0xff00000100ff7e)
	li a1, 0x80000000; li a2, 0x0; sh1add a0, a1, a2
	CHECK(61, a0, 0x100000000)
	li a1, 0x80000000; li a2, 0x1; sh1add a0, a1, a2
	CHECK(62, a0, 0x100000001)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; sh1add a0, a1, a2
	CHECK(63, a0, 0xffffffff)
	li a1, 0x80000000; li a2, 0x8000000000000000; sh1add a0, a1, a2
	CHECK(64, a0, 0x8000000100000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; sh1add a0, a1, a2
	CHECK(65, a0, 0x80000000ffffffff)
	li a1, 0x80000000; li a2, 0x80000000; sh1add a0, a1, a2
	CHECK(66, a0, 0x180000000)
	li a1, 0x80000000; li a2, 0x7fffffff; sh1add a0, a1, a2
	CHECK(67, a0, 0x17fffffff)
	li a1, 0x80000000; li a2, 0xffffffff80000000; sh1add a0, a1, a2
	CHECK(68, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; sh1add a0, a1, a2
	CHECK(69, a0, 0x123456799abcdef0)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; sh1add a0, a1, a2
	CHECK(70, a0, 0xfffffff9)
	li a1, 0x80000000; li a2, 0xffffffff; sh1add a0, a1, a2
	CHECK(71, a0, 0x1ffffffff)
	li a1, 0x80000000; li a2, 0xff00000100ff80; sh1add a0, a1, a2
	CHECK(72, a0, 0xff00010100ff80)
	li a1, 0x7fffffff; li a2, 0x0; sh1add a0, a1, a2
	CHECK(73, a0, 0xfffffffe)
	li a1, 0x7fffffff; li a2, 0x1; sh1add a0, a1, a2
	CHECK(74, a0, 0xffffffff)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; sh1add a0, a1, a2
	CHECK(75, a0, 0xfffffffd)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; sh1add a0, a1, a2
	CHECK(76, a0, 0x80000000fffffffe)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; sh1add a0, a1, a2
	CHECK(77, a0, 0x80000000fffffffd)
	li a1, 0x7fffffff; li a2, 0x80000000; sh1add a0, a1, a2
	CHECK(78, a0, 0x17ffffffe)
	li a1, 0x7fffffff; li a2, 0x7fffffff; sh1add a0, a1, a2
	CHECK(79, a0, 0x17ffffffd)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; sh1add a0, a1, a2
	CHECK(80, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; sh1add a0, a1, a2
	CHECK(81, a0, 0x123456799abcdeee)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; sh1add a0, a1, a2
	CHECK(82, a0, 0xfffffff7)
	li a1, 0x7fffffff; li a2, 0xffffffff; sh1add a0, a1, a2
	CHECK(83, a0, 0x1fffffffd)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; sh1add a0, a1, a2
	CHECK(84, a0, 0xff00010100ff7e)
	li a1, 0xffffffff80000000; li a2, 0x0; sh1add a0, a1, a2
	CHECK(85, a0, 0xffffffff00000000)
	li a1, 0xffffffff80000000; li a2, 0x1; sh1add a0, a1, a2
	CHECK(86, a0, 0xffffffff00000001)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; sh1add a0, a1, a2
	CHECK(87, a0, 0xfffffffeffffffff)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; sh1add a0, a1, a2
	CHECK(88, a0, 0x7fffffff00000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; sh1add a0, a1, a2
	CHECK(89, a0, 0x7ffffffeffffffff)
	li a1, 0xffffffff80000000; li a2, 0x80000000; sh1add a0, a1, a2
	CHECK(90, a0, 0xffffffff80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; sh1add a0, a1, a2
	CHECK(91, a0, 0xffffffff7fffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; sh1add a0, a1, a2
	CHECK(92, a0, 0xfffffffe80000000)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; sh1add a0, a1, a2
	CHECK(93, a0, 0x123456779abcdef0)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; sh1add a0, a1, a2
	CHECK(94, a0, 0xfffffffefffffff9)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; sh1add a0, a1, a2
	CHECK(95, a0, 0xffffffffffffffff)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; sh1add a0, a1, a2
	CHECK(96, a0, 0xfeffff0100ff80)
	li a1, 0x123456789abcdef0; li a2, 0x0; sh1add a0, a1, a2
	CHECK(97, a0, 0x2468acf13579bde0)
	li a1, 0x123456789abcdef0; li a2, 0x1; sh1add a0, a1, a2
	CHECK(98, a0, 0x2468acf13579bde1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; sh1add a0, a1, a2
	CHECK(99, a0, 0x2468acf13579bddf)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; sh1add a0, a1, a2
	CHECK(100, a0, 0xa468acf13579bde0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; sh1add a0, a1, a2
	CHECK(101, a0, 0xa468acf13579bddf)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; sh1add a0, a1, a2
	CHECK(102, a0, 0x2468acf1b579bde0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; sh1add a0, a1, a2
	CHECK(103, a0, 0x2468acf1b579bddf)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; sh1add a0, a1, a2
	CHECK(104, a0, 0x2468acf0b579bde0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; sh1add a0, a1, a2
	CHECK(105, a0, 0x369d0369d0369cd0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; sh1add a0, a1, a2
	CHECK(106, a0, 0x2468acf13579bdd9)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; sh1add a0, a1, a2
	CHECK(107, a0, 0x2468acf23579bddf)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; sh1add a0, a1, a2
	CHECK(108, a0, 0x2567acf1367abd60)
	li a1, 0xfffffffffffffff9; li a2, 0x0; sh1add a0, a1, a2
	CHECK(109, a0, 0xfffffffffffffff2)
	li a1, 0xfffffffffffffff9; li a2, 0x1; sh1add a0, a1, a2
	CHECK(110, a0, 0xfffffffffffffff3)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; sh1add a0, a1, a2
	CHECK(111, a0, 0xfffffffffffffff1)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; sh1add a0, a1, a2
	CHECK(112, a0, 0x7ffffffffffffff2)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; sh1add a0, a1, a2
	CHECK(113, a0, 0x7ffffffffffffff1)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; sh1add a0, a1, a2
	CHECK(114, a0, 0x7ffffff2)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; sh1add a0, a1, a2
	CHECK(115, a0, 0x7ffffff1)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; sh1add a0, a1, a2
	CHECK(116, a0, 0xffffffff7ffffff2)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; sh1add a0, a1, a2
	CHECK(117, a0, 0x123456789abcdee2)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; sh1add a0, a1, a2
	CHECK(118, a0, 0xffffffffffffffeb)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; sh1add a0, a1, a2
	CHECK(119, a0, 0xfffffff1)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; sh1add a0, a1, a2
	CHECK(120, a0, 0xff00000100ff72)
	li a1, 0xffffffff; li a2, 0x0; sh1add a0, a1, a2
	CHECK(121, a0, 0x1fffffffe)
	li a1, 0xffffffff; li a2, 0x1; sh1add a0, a1, a2
	CHECK(122, a0, 0x1ffffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; sh1add a0, a1, a2
	CHECK(123, a0, 0x1fffffffd)
	li a1, 0xffffffff; li a2, 0x8000000000000000; sh1add a0, a1, a2
	CHECK(124, a0, 0x80000001fffffffe)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; sh1add a0, a1, a2
	CHECK(125, a0, 0x80000001fffffffd)
	li a1, 0xffffffff; li a2, 0x80000000; sh1add a0, a1, a2
	CHECK(126, a0, 0x27ffffffe)
	li a1, 0xffffffff; li a2, 0x7fffffff; sh1add a0, a1, a2
	CHECK(127, a0, 0x27ffffffd)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; sh1add a0, a1, a2
	CHECK(128, a0, 0x17ffffffe)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; sh1add a0, a1, a2
	CHECK(129, a0, 0x1234567a9abcdeee)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; sh1add a0, a1, a2
	CHECK(130, a0, 0x1fffffff7)
	li a1, 0xffffffff; li a2, 0xffffffff; sh1add a0, a1, a2
	CHECK(131, a0, 0x2fffffffd)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; sh1add a0, a1, a2
	CHECK(132, a0, 0xff00020100ff7e)
	li a1, 0xff00000100ff80; li a2, 0x0; sh1add a0, a1, a2
	CHECK(133, a0, 0x1fe00000201ff00)
	li a1, 0xff00000100ff80; li a2, 0x1; sh1add a0, a1, a2
	CHECK(134, a0, 0x1fe00000201ff01)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; sh1add a0, a1, a2
	CHECK(135, a0, 0x1fe00000201feff)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; sh1add a0, a1, a2
	CHECK(136, a0, 0x81fe00000201ff00)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; sh1add a0, a1, a2
	CHECK(137, a0, 0x81fe00000201feff)
	li a1, 0xff00000100ff80; li a2, 0x80000000; sh1add a0, a1, a2
	CHECK(138, a0, 0x1fe00008201ff00)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; sh1add a0, a1, a2
	CHECK(139, a0, 0x1fe00008201feff)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; sh1add a0, a1, a2
	CHECK(140, a0, 0x1fdffff8201ff00)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; sh1add a0, a1, a2
	CHECK(141, a0, 0x143256789cbeddf0)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; sh1add a0, a1, a2
	CHECK(142, a0, 0x1fe00000201fef9)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; sh1add a0, a1, a2
	CHECK(143, a0, 0x1fe00010201feff)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; sh1add a0, a1, a2
	CHECK(144, a0, 0x2fd00000302fe80)
	/* sh2add */
	li a1, 0x0; li a2, 0x0; sh2add a0, a1, a2
	CHECK(145, a0, 0x0)
	li a1, 0x0; li a2, 0x1; sh2add a0, a1, a2
	CHECK(146, a0, 0x1)
	li a1, 0x0; li a2, 0xffffffffffffffff; sh2add a0, a1, a2
	CHECK(147, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x8000000000000000; sh2add a0, a1, a2
	CHECK(148, a0, 0x8000000000000000)
	li a1, 0x0; li a2, 0x7fffffffffffffff; sh2add a0, a1, a2
	CHECK(149, a0, 0x7fffffffffffffff)
	li a1, 0x0; li a2, 0x80000000; sh2add a0, a1, a2
	CHECK(150, a0, 0x80000000)
	li a1, 0x0; li a2, 0x7fffffff; sh2add a0, a1, a2
	CHECK(151, a0, 0x7fffffff)
	li a1, 0x0; li a2, 0xffffffff80000000; sh2add a0, a1, a2
	CHECK(152, a0, 0xffffffff80000000)
	li a1, 0x0; li a2, 0x123456789abcdef0; sh2add a0, a1, a2
	CHECK(153, a0, 0x123456789abcdef0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; sh2add a0, a1, a2
	CHECK(154, a0, 0xfffffffffffffff9)
	li a1, 0x0; li a2, 0xffffffff; sh2add a0, a1, a2
	CHECK(155, a0, 0xffffffff)
	li a1, 0x0; li a2, 0xff00000100ff80; sh2add a0, a1, a2
	CHECK(156, a0, 0xff00000100ff80)
	li a1, 0x1; li a2, 0x0; sh2add a0, a1, a2
	CHECK(157, a0, 0x4)
	li a1, 0x1; li a2, 0x1; sh2add a0, a1, a2
	CHECK(158, a0, 0x5)
	li a1, 0x1; li a2, 0xffffffffffffffff; sh2add a0, a1, a2
	CHECK(159, a0, 0x3)
	li a1, 0x1; li a2, 0x8000000000000000; sh2add a0, a1, a2
	CHECK(160, a0, 0x8000000000000004)
	li a1, 0x1; li a2, 0x7fffffffffffffff; sh2add a0, a1, a2
	CHECK(161, a0, 0x8000000000000003)
	li a1, 0x1; li a2, 0x80000000; sh2add a0, a1, a2
	CHECK(162, a0, 0x80000004)
	li a1, 0x1; li a2, 0x7fffffff; sh2add a0, a1, a2
	CHECK(163, a0, 0x80000003)
	li a1, 0x1; li a2, 0xffffffff80000000; sh2add a0, a1, a2
	CHECK(164, a0, 0xffffffff80000004)
	li a1, 0x1; li a2, 0x123456789abcdef0; sh2add a0, a1, a2
	CHECK(165, a0, 0x123456789abcdef4)
	li a1, 0x1; li a2, 0xfffffffffffffff9; sh2add a0, a1, a2
	CHECK(166, a0, 0xfffffffffffffffd)
	li a1, 0x1; li a2, 0xffffffff; sh2add a0, a1, a2
	CHECK(167, a0, 0x100000003)
	li a1, 0x1; li a2, 0xff00000100ff80; sh2add a0, a1, a2
	CHECK(168, a0, 0xff00000100ff84)
	li a1, 0xffffffffffffffff; li a2, 0x0; sh2add a0, a1, a2
	CHECK(169, a0, 0xfffffffffffffffc)
	li a1, 0xffffffffffffffff; li a2, 0x1; sh2add a0, a1, a2
	CHECK(170, a0, 0xfffffffffffffffd)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; sh2add a0, a1, a2
	CHECK(171, a0, 0xfffffffffffffffb)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; sh2add a0, a1, a2
	CHECK(172, a0, 0x7ffffffffffffffc)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; sh2add a0, a1, a2
	CHECK(173, a0, 0x7ffffffffffffffb)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; sh2add a0, a1, a2
	CHECK(174, a0, 0x7ffffffc)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; sh2add a0, a1, a2
	CHECK(175, a0, 0x7ffffffb)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; sh2add a0, a1, a2
	CHECK(176, a0, 0xffffffff7ffffffc)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; sh2add a0, a1, a2
	CHECK(177, a0, 0x123456789abcdeec)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; sh2add a0, a1, a2
	CHECK(178, a0, 0xfffffffffffffff5)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; sh2add a0, a1, a2
	CHECK(179, a0, 0xfffffffb)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; sh2add a0, a1, a2
	CHECK(180, a0, 0xff00000100ff7c)
	li a1, 0x8000000000000000; li a2, 0x0; sh2add a0, a1, a2
	CHECK(181, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; sh2add a0, a1, a2
	CHECK(182, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; sh2add a0, a1, a2
	CHECK(183, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; sh2add a0, a1, a2
	CHECK(184, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; sh2add a0, a1, a2
	CHECK(185, a0, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x80000000; sh2add a0, a1, a2
	CHECK(186, a0, 0x80000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; sh2add a0, a1, a2
	CHECK(187, a0, 0x7fffffff)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; sh2add a0, a1, a2
	CHECK(188, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; sh2add a0, a1, a2
	CHECK(189, a0, 0x123456789abcdef0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; sh2add a0, a1, a2
	CHECK(190, a0, 0xfffffffffffffff9)
	li a1, 0x8000000000000000; li a2, 0xffffffff; sh2add a0, a1, a2
	CHECK(191, a0, 0xffffffff)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; sh2add a0, a1, a2
	CHECK(192, a0, 0xff00000100ff80)
	li a1, 0x7fffffffffffffff; li a2, 0x0; sh2add a0, a1, a2
	CHECK(193, a0, 0xfffffffffffffffc)
	li a1, 0x7fffffffffffffff; li a2, 0x1; sh2add a0, a1, a2
	CHECK(194, a0, 0xfffffffffffffffd)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; sh2add a0, a1, a2
	CHECK(195, a0, 0xfffffffffffffffb)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; sh2add a0, a1, a2
	CHECK(196, a0, 0x7ffffffffffffffc)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; sh2add a0, a1, a2
	CHECK(197, a0, 0x7ffffffffffffffb)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; sh2add a0, a1, a2
	CHECK(198, a0, 0x7ffffffc)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; sh2add a0, a1, a2
	CHECK(199, a0, 0x7ffffffb)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; sh2add a0, a1, a2
	CHECK(200, a0, 0xffffffff7ffffffc)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; sh2add a0, a1, a2
	CHECK(201, a0, 0x123456789abcdeec)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; sh2add a0, a1, a2
	CHECK(202, a0, 0xfffffffffffffff5)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; sh2add a0, a1, a2
	CHECK(203, a0, 0xfffffffb)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; sh2add a0, a1, a2
	CHECK(204, a0, 0xff00000100ff7c)
	li a1, 0x80000000; li a2, 0x0; sh2add a0, a1, a2
	CHECK(205, a0, 0x200000000)
	li a1, 0x80000000; li a2, 0x1; sh2add a0, a1, a2
	CHECK(206, a0, 0x200000001)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; sh2add a0, a1, a2
	CHECK(207, a0, 0x1ffffffff)
	li a1, 0x80000000; li a2, 0x8000000000000000; sh2add a0, a1, a2
	CHECK(208, a0, 0x8000000200000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; sh2add a0, a1, a2
	CHECK(209, a0, 0x80000001ffffffff)
	li a1, 0x80000000; li a2, 0x80000000; sh2add a0, a1, a2
	CHECK(210, a0, 0x280000000)
	li a1, 0x80000000; li a2, 0x7fffffff; sh2add a0, a1, a2
	CHECK(211, a0, 0x27fffffff)
	li a1, 0x80000000; li a2, 0xffffffff80000000; sh2add a0, a1, a2
	CHECK(212, a0, 0x180000000)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; sh2add a0, a1, a2
	CHECK(213, a0, 0x1234567a9abcdef0)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; sh2add a0, a1, a2
	CHECK(214, a0, 0x1fffffff9)
	li a1, 0x80000000; li a2, 0xffffffff; sh2add a0, a1, a2
	CHECK(215, a0, 0x2ffffffff)
	li a1, 0x80000000; li a2, 0xff00000100ff80; sh2add a0, a1, a2
	CHECK(216, a0, 0xff00020100ff80)
	li a1, 0x7fffffff; li a2, 0x0; sh2add a0, a1, a2
	CHECK(217, a0, 0x1fffffffc)
	li a1, 0x7fffffff; li a2, 0x1; sh2add a0, a1, a2
	CHECK(218, a0, 0x1fffffffd)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; sh2add a0, a1, a2
	CHECK(219, a0, 0x1fffffffb)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; sh2add a0, a1, a2
	CHECK(220, a0, 0x80000001fffffffc)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; sh2add a0, a1, a2
	CHECK(221, a0, 0x80000001fffffffb)
	li a1, 0x7fffffff; li a2, 0x80000000; sh2add a0, a1, a2
	CHECK(222, a0, 0x27ffffffc)
	li a1, 0x7fffffff; li a2, 0x7fffffff; sh2add a0, a1, a2
	CHECK(223, a0, 0x27ffffffb)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; sh2add a0, a1, a2
	CHECK(224, a0, 0x17ffffffc)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; sh2add a0, a1, a2
	CHECK(225, a0, 0x1234567a9abcdeec)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; sh2add a0, a1, a2
	CHECK(226, a0, 0x1fffffff5)
	li a1, 0x7fffffff; li a2, 0xffffffff; sh2add a0, a1, a2
	CHECK(227, a0, 0x2fffffffb)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; sh2add a0, a1, a2
	CHECK(228, a0, 0xff00020100ff7c)
	li a1, 0xffffffff80000000; li a2, 0x0; sh2add a0, a1, a2
	CHECK(229, a0, 0xfffffffe00000000)
	li a1, 0xffffffff80000000; li a2, 0x1; sh2add a0, a1, a2
	CHECK(230, a0, 0xfffffffe00000001)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; sh2add a0, a1, a2
	CHECK(231, a0, 0xfffffffdffffffff)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; sh2add a0, a1, a2
	CHECK(232, a0, 0x7ffffffe00000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; sh2add a0, a1, a2
	CHECK(233, a0, 0x7ffffffdffffffff)
	li a1, 0xffffffff80000000; li a2, 0x80000000; sh2add a0, a1, a2
	CHECK(234, a0, 0xfffffffe80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; sh2add a0, a1, a2
	CHECK(235, a0, 0xfffffffe7fffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; sh2add a0, a1, a2
	CHECK(236, a0, 0xfffffffd80000000)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; sh2add a0, a1, a2
	CHECK(237, a0, 0x123456769abcdef0)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; sh2add a0, a1, a2
	CHECK(238, a0, 0xfffffffdfffffff9)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; sh2add a0, a1, a2
	CHECK(239, a0, 0xfffffffeffffffff)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; sh2add a0, a1, a2
	CHECK(240, a0, 0xfefffe0100ff80)
	li a1, 0x123456789abcdef0; li a2, 0x0; sh2add a0, a1, a2
	CHECK(241, a0, 0x48d159e26af37bc0)
	li a1, 0x123456789abcdef0; li a2, 0x1; sh2add a0, a1, a2
	CHECK(242, a0, 0x48d159e26af37bc1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; sh2add a0, a1, a2
	CHECK(243, a0, 0x48d159e26af37bbf)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; sh2add a0, a1, a2
	CHECK(244, a0, 0xc8d159e26af37bc0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; sh2add a0, a1, a2
	CHECK(245, a0, 0xc8d159e26af37bbf)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; sh2add a0, a1, a2
	CHECK(246, a0, 0x48d159e2eaf37bc0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; sh2add a0, a1, a2
	CHECK(247, a0, 0x48d159e2eaf37bbf)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; sh2add a0, a1, a2
	CHECK(248, a0, 0x48d159e1eaf37bc0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; sh2add a0, a1, a2
	CHECK(249, a0, 0x5b05b05b05b05ab0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; sh2add a0, a1, a2
	CHECK(250, a0, 0x48d159e26af37bb9)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; sh2add a0, a1, a2
	CHECK(251, a0, 0x48d159e36af37bbf)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; sh2add a0, a1, a2
	CHECK(252, a0, 0x49d059e26bf47b40)
	li a1, 0xfffffffffffffff9; li a2, 0x0; sh2add a0, a1, a2
	CHECK(253, a0, 0xffffffffffffffe4)
	li a1, 0xfffffffffffffff9; li a2, 0x1; sh2add a0, a1, a2
	CHECK(254, a0, 0xffffffffffffffe5)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; sh2add a0, a1, a2
	CHECK(255, a0, 0xffffffffffffffe3)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; sh2add a0, a1, a2
	CHECK(1, a0, 0x7fffffffffffffe4)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; sh2add a0, a1, a2
	CHECK(2, a0, 0x7fffffffffffffe3)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; sh2add a0, a1, a2
	CHECK(3, a0, 0x7fffffe4)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; sh2add a0, a1, a2
	CHECK(4, a0, 0x7fffffe3)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; sh2add a0, a1, a2
	CHECK(5, a0, 0xffffffff7fffffe4)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; sh2add a0, a1, a2
	CHECK(6, a0, 0x123456789abcded4)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; sh2add a0, a1, a2
	CHECK(7, a0, 0xffffffffffffffdd)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; sh2add a0, a1, a2
	CHECK(8, a0, 0xffffffe3)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; sh2add a0, a1, a2
	CHECK(9, a0, 0xff00000100ff64)
	li a1, 0xffffffff; li a2, 0x0; sh2add a0, a1, a2
	CHECK(10, a0, 0x3fffffffc)
	li a1, 0xffffffff; li a2, 0x1; sh2add a0, a1, a2
	CHECK(11, a0, 0x3fffffffd)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; sh2add a0, a1, a2
	CHECK(12, a0, 0x3fffffffb)
	li a1, 0xffffffff; li a2, 0x8000000000000000; sh2add a0, a1, a2
	CHECK(13, a0, 0x80000003fffffffc)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; sh2add a0, a1, a2
	CHECK(14, a0, 0x80000003fffffffb)
	li a1, 0xffffffff; li a2, 0x80000000; sh2add a0, a1, a2
	CHECK(15, a0, 0x47ffffffc)
	li a1, 0xffffffff; li a2, 0x7fffffff; sh2add a0, a1, a2
	CHECK(16, a0, 0x47ffffffb)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; sh2add a0, a1, a2
	CHECK(17, a0, 0x37ffffffc)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; sh2add a0, a1, a2
	CHECK(18, a0, 0x1234567c9abcdeec)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; sh2add a0, a1, a2
	CHECK(19, a0, 0x3fffffff5)
	li a1, 0xffffffff; li a2, 0xffffffff; sh2add a0, a1, a2
	CHECK(20, a0, 0x4fffffffb)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; sh2add a0, a1, a2
	CHECK(21, a0, 0xff00040100ff7c)
	li a1, 0xff00000100ff80; li a2, 0x0; sh2add a0, a1, a2
	CHECK(22, a0, 0x3fc00000403fe00)
	li a1, 0xff00000100ff80; li a2, 0x1; sh2add a0, a1, a2
	CHECK(23, a0, 0x3fc00000403fe01)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; sh2add a0, a1, a2
	CHECK(24, a0, 0x3fc00000403fdff)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; sh2add a0, a1, a2
	CHECK(25, a0, 0x83fc00000403fe00)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; sh2add a0, a1, a2
	CHECK(26, a0, 0x83fc00000403fdff)
	li a1, 0xff00000100ff80; li a2, 0x80000000; sh2add a0, a1, a2
	CHECK(27, a0, 0x3fc00008403fe00)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; sh2add a0, a1, a2
	CHECK(28, a0, 0x3fc00008403fdff)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; sh2add a0, a1, a2
	CHECK(29, a0, 0x3fbffff8403fe00)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; sh2add a0, a1, a2
	CHECK(30, a0, 0x163056789ec0dcf0)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; sh2add a0, a1, a2
	CHECK(31, a0, 0x3fc00000403fdf9)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; sh2add a0, a1, a2
	CHECK(32, a0, 0x3fc00010403fdff)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; sh2add a0, a1, a2
	CHECK(33, a0, 0x4fb00000504fd80)
	/* sh3add */
	li a1, 0x0; li a2, 0x0; sh3add a0, a1, a2
	CHECK(34, a0, 0x0)
	li a1, 0x0; li a2, 0x1; sh3add a0, a1, a2
	CHECK(35, a0, 0x1)
	li a1, 0x0; li a2, 0xffffffffffffffff; sh3add a0, a1, a2
	CHECK(36, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x8000000000000000; sh3add a0, a1, a2
	CHECK(37, a0, 0x8000000000000000)
	li a1, 0x0; li a2, 0x7fffffffffffffff; sh3add a0, a1, a2
	CHECK(38, a0, 0x7fffffffffffffff)
	li a1, 0x0; li a2, 0x80000000; sh3add a0, a1, a2
	CHECK(39, a0, 0x80000000)
	li a1, 0x0; li a2, 0x7fffffff; sh3add a0, a1, a2
	CHECK(40, a0, 0x7fffffff)
	li a1, 0x0; li a2, 0xffffffff80000000; sh3add a0, a1, a2
	CHECK(41, a0, 0xffffffff80000000)
	li a1, 0x0; li a2, 0x123456789abcdef0; sh3add a0, a1, a2
	CHECK(42, a0, 0x123456789abcdef0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; sh3add a0, a1, a2
	CHECK(43, a0, 0xfffffffffffffff9)
	li a1, 0x0; li a2, 0xffffffff; sh3add a0, a1, a2
	CHECK(44, a0, 0xffffffff)
	li a1, 0x0; li a2, 0xff00000100ff80; sh3add a0, a1, a2
	CHECK(45, a0, 0xff00000100ff80)
	li a1, 0x1; li a2, 0x0; sh3add a0, a1, a2
	CHECK(46, a0, 0x8)
	li a1, 0x1; li a2, 0x1; sh3add a0, a1, a2
	CHECK(47, a0, 0x9)
	li a1, 0x1; li a2, 0xffffffffffffffff; sh3add a0, a1, a2
	CHECK(48, a0, 0x7)
	li a1, 0x1; li a2, 0x8000000000000000; sh3add a0, a1, a2
	CHECK(49, a0, 0x8000000000000008)
	li a1, 0x1; li a2, 0x7fffffffffffffff; sh3add a0, a1, a2
	CHECK(50, a0, 0x8000000000000007)
	li a1, 0x1; li a2, 0x80000000; sh3add a0, a1, a2
	CHECK(51, a0, 0x80000008)
	li a1, 0x1; li a2, 0x7fffffff; sh3add a0, a1, a2
	CHECK(52, a0, 0x80000007)
	li a1, 0x1; li a2, 0xffffffff80000000; sh3add a0, a1, a2
	CHECK(53, a0, 0xffffffff80000008)
	li a1, 0x1; li a2, 0x123456789abcdef0; sh3add a0, a1, a2
	CHECK(54, a0, 0x123456789abcdef8)
	li a1, 0x1; li a2, 0xfffffffffffffff9; sh3add a0, a1, a2
	CHECK(55, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff; sh3add a0, a1, a2
	CHECK(56, a0, 0x100000007)
	li a1, 0x1; li a2, 0xff00000100ff80; sh3add a0, a1, a2
	CHECK(57, a0, 0xff00000100ff88)
	li a1, 0xffffffffffffffff; li a2, 0x0; sh3add a0, a1, a2
	CHECK(58, a0, 0xfffffffffffffff8)
	li a1, 0xffffffffffffffff; li a2, 0x1; sh3add a0, a1, a2
	CHECK(59, a0, 0xfffffffffffffff9)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; sh3add a0, a1, a2
	CHECK(60, a0, 0xfffffffffffffff7)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; sh3add a0, a1, a2
	CHECK(61, a0, 0x7ffffffffffffff8)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; sh3add a0, a1, a2
	CHECK(62, a0, 0x7ffffffffffffff7)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; sh3add a0, a1, a2
	CHECK(63, a0, 0x7ffffff8)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; sh3add a0, a1, a2
	CHECK(64, a0, 0x7ffffff7)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; sh3add a0, a1, a2
	CHECK(65, a0, 0xffffffff7ffffff8)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; sh3add a0, a1, a2
	CHECK(66, a0, 0x123456789abcdee8)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; sh3add a0, a1, a2
	CHECK(67, a0, 0xfffffffffffffff1)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; sh3add a0, a1, a2
	CHECK(68, a0, 0xfffffff7)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; sh3add a0, a1, a2
	CHECK(69, a0, 0xff00000100ff78)
	li a1, 0x8000000000000000; li a2, 0x0; sh3add a0, a1, a2
	CHECK(70, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; sh3add a0, a1, a2
	CHECK(71, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; sh3add a0, a1, a2
	CHECK(72, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; sh3add a0, a1, a2
	CHECK(73, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; sh3add a0, a1, a2
	CHECK(74, a0, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x80000000; sh3add a0, a1, a2
	CHECK(75, a0, 0x80000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; sh3add a0, a1, a2
	CHECK(76, a0, 0x7fffffff)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; sh3add a0, a1, a2
	CHECK(77, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; sh3add a0, a1, a2
	CHECK(78, a0, 0x123456789abcdef0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; sh3add a0, a1, a2
	CHECK(79, a0, 0xfffffffffffffff9)
	li a1, 0x8000000000000000; li a2, 0xffffffff; sh3add a0, a1, a2
	CHECK(80, a0, 0xffffffff)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; sh3add a0, a1, a2
	CHECK(81, a0, 0xff00000100ff80)
	li a1, 0x7fffffffffffffff; li a2, 0x0; sh3add a0, a1, a2
	CHECK(82, a0, 0xfffffffffffffff8)
	li a1, 0x7fffffffffffffff; li a2, 0x1; sh3add a0, a1, a2
	CHECK(83, a0, 0xfffffffffffffff9)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; sh3add a0, a1, a2
	CHECK(84, a0, 0xfffffffffffffff7)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; sh3add a0, a1, a2
	CHECK(85, a0, 0x7ffffffffffffff8)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; sh3add a0, a1, a2
	CHECK(86, a0, 0x7ffffffffffffff7)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; sh3add a0, a1, a2
	CHECK(87, a0, 0x7ffffff8)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; sh3add a0, a1, a2
	CHECK(88, a0, 0x7ffffff7)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; sh3add a0, a1, a2
	CHECK(89, a0, 0xffffffff7ffffff8)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; sh3add a0, a1, a2
	CHECK(90, a0, 0x123456789abcdee8)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; sh3add a0, a1, a2
	CHECK(91, a0, 0xfffffffffffffff1)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; sh3add a0, a1, a2
	CHECK(92, a0, 0xfffffff7)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; sh3add a0, a1, a2
	CHECK(93, a0, 0xff00000100ff78)
	li a1, 0x80000000; li a2, 0x0; sh3add a0, a1, a2
	CHECK(94, a0, 0x400000000)
	li a1, 0x80000000; li a2, 0x1; sh3add a0, a1, a2
	CHECK(95, a0, 0x400000001)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; sh3add a0, a1, a2
	CHECK(96, a0, 0x3ffffffff)
	li a1, 0x80000000; li a2, 0x8000000000000000; sh3add a0, a1, a2
	CHECK(97, a0, 0x8000000400000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; sh3add a0, a1, a2
	CHECK(98, a0, 0x80000003ffffffff)
	li a1, 0x80000000; li a2, 0x80000000; sh3add a0, a1, a2
	CHECK(99, a0, 0x480000000)
	li a1, 0x80000000; li a2, 0x7fffffff; sh3add a0, a1, a2
	CHECK(100, a0, 0x47fffffff)
	li a1, 0x80000000; li a2, 0xffffffff80000000; sh3add a0, a1, a2
	CHECK(101, a0, 0x380000000)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; sh3add a0, a1, a2
	CHECK(102, a0, 0x1234567c9abcdef0)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; sh3add a0, a1, a2
	CHECK(103, a0, 0x3fffffff9)
	li a1, 0x80000000; li a2, 0xffffffff; sh3add a0, a1, a2
	CHECK(104, a0, 0x4ffffffff)
	li a1, 0x80000000; li a2, 0xff00000100ff80; sh3add a0, a1, a2
	CHECK(105, a0, 0xff00040100ff80)
	li a1, 0x7fffffff; li a2, 0x0; sh3add a0, a1, a2
	CHECK(106, a0, 0x3fffffff8)
	li a1, 0x7fffffff; li a2, 0x1; sh3add a0, a1, a2
	CHECK(107, a0, 0x3fffffff9)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; sh3add a0, a1, a2
	CHECK(108, a0, 0x3fffffff7)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; sh3add a0, a1, a2
	CHECK(109, a0, 0x80000003fffffff8)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; sh3add a0, a1, a2
	CHECK(110, a0, 0x80000003fffffff7)
	li a1, 0x7fffffff; li a2, 0x80000000; sh3add a0, a1, a2
	CHECK(111, a0, 0x47ffffff8)
	li a1, 0x7fffffff; li a2, 0x7fffffff; sh3add a0, a1, a2
	CHECK(112, a0, 0x47ffffff7)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; sh3add a0, a1, a2
	CHECK(113, a0, 0x37ffffff8)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; sh3add a0, a1, a2
	CHECK(114, a0, 0x1234567c9abcdee8)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; sh3add a0, a1, a2
	CHECK(115, a0, 0x3fffffff1)
	li a1, 0x7fffffff; li a2, 0xffffffff; sh3add a0, a1, a2
	CHECK(116, a0, 0x4fffffff7)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; sh3add a0, a1, a2
	CHECK(117, a0, 0xff00040100ff78)
	li a1, 0xffffffff80000000; li a2, 0x0; sh3add a0, a1, a2
	CHECK(118, a0, 0xfffffffc00000000)
	li a1, 0xffffffff80000000; li a2, 0x1; sh3add a0, a1, a2
	CHECK(119, a0, 0xfffffffc00000001)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; sh3add a0, a1, a2
	CHECK(120, a0, 0xfffffffbffffffff)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; sh3add a0, a1, a2
	CHECK(121, a0, 0x7ffffffc00000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; sh3add a0, a1, a2
	CHECK(122, a0, 0x7ffffffbffffffff)
	li a1, 0xffffffff80000000; li a2, 0x80000000; sh3add a0, a1, a2
	CHECK(123, a0, 0xfffffffc80000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; sh3add a0, a1, a2
	CHECK(124, a0, 0xfffffffc7fffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; sh3add a0, a1, a2
	CHECK(125, a0, 0xfffffffb80000000)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; sh3add a0, a1, a2
	CHECK(126, a0, 0x123456749abcdef0)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; sh3add a0, a1, a2
	CHECK(127, a0, 0xfffffffbfffffff9)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; sh3add a0, a1, a2
	CHECK(128, a0, 0xfffffffcffffffff)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; sh3add a0, a1, a2
	CHECK(129, a0, 0xfefffc0100ff80)
	li a1, 0x123456789abcdef0; li a2, 0x0; sh3add a0, a1, a2
	CHECK(130, a0, 0x91a2b3c4d5e6f780)
	li a1, 0x123456789abcdef0; li a2, 0x1; sh3add a0, a1, a2
	CHECK(131, a0, 0x91a2b3c4d5e6f781)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; sh3add a0, a1, a2
	CHECK(132, a0, 0x91a2b3c4d5e6f77f)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; sh3add a0, a1, a2
	CHECK(133, a0, 0x11a2b3c4d5e6f780)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; sh3add a0, a1, a2
	CHECK(134, a0, 0x11a2b3c4d5e6f77f)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; sh3add a0, a1, a2
	CHECK(135, a0, 0x91a2b3c555e6f780)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; sh3add a0, a1, a2
	CHECK(136, a0, 0x91a2b3c555e6f77f)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; sh3add a0, a1, a2
	CHECK(137, a0, 0x91a2b3c455e6f780)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; sh3add a0, a1, a2
	CHECK(138, a0, 0xa3d70a3d70a3d670)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; sh3add a0, a1, a2
	CHECK(139, a0, 0x91a2b3c4d5e6f779)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; sh3add a0, a1, a2
	CHECK(140, a0, 0x91a2b3c5d5e6f77f)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; sh3add a0, a1, a2
	CHECK(141, a0, 0x92a1b3c4d6e7f700)
	li a1, 0xfffffffffffffff9; li a2, 0x0; sh3add a0, a1, a2
	CHECK(142, a0, 0xffffffffffffffc8)
	li a1, 0xfffffffffffffff9; li a2, 0x1; sh3add a0, a1, a2
	CHECK(143, a0, 0xffffffffffffffc9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; sh3add a0, a1, a2
	CHECK(144, a0, 0xffffffffffffffc7)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; sh3add a0, a1, a2
	CHECK(145, a0, 0x7fffffffffffffc8)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; sh3add a0, a1, a2
	CHECK(146, a0, 0x7fffffffffffffc7)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; sh3add a0, a1, a2
	CHECK(147, a0, 0x7fffffc8)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; sh3add a0, a1, a2
	CHECK(148, a0, 0x7fffffc7)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; sh3add a0, a1, a2
	CHECK(149, a0, 0xffffffff7fffffc8)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; sh3add a0, a1, a2
	CHECK(150, a0, 0x123456789abcdeb8)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; sh3add a0, a1, a2
	CHECK(151, a0, 0xffffffffffffffc1)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; sh3add a0, a1, a2
	CHECK(152, a0, 0xffffffc7)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; sh3add a0, a1, a2
	CHECK(153, a0, 0xff00000100ff48)
	li a1, 0xffffffff; li a2, 0x0; sh3add a0, a1, a2
	CHECK(154, a0, 0x7fffffff8)
	li a1, 0xffffffff; li a2, 0x1; sh3add a0, a1, a2
	CHECK(155, a0, 0x7fffffff9)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; sh3add a0, a1, a2
	CHECK(156, a0, 0x7fffffff7)
	li a1, 0xffffffff; li a2, 0x8000000000000000; sh3add a0, a1, a2
	CHECK(157, a0, 0x80000007fffffff8)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; sh3add a0, a1, a2
	CHECK(158, a0, 0x80000007fffffff7)
	li a1, 0xffffffff; li a2, 0x80000000; sh3add a0, a1, a2
	CHECK(159, a0, 0x87ffffff8)
	li a1, 0xffffffff; li a2, 0x7fffffff; sh3add a0, a1, a2
	CHECK(160, a0, 0x87ffffff7)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; sh3add a0, a1, a2
	CHECK(161, a0, 0x77ffffff8)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; sh3add a0, a1, a2
	CHECK(162, a0, 0x123456809abcdee8)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; sh3add a0, a1, a2
	CHECK(163, a0, 0x7fffffff1)
	li a1, 0xffffffff; li a2, 0xffffffff; sh3add a0, a1, a2
	CHECK(164, a0, 0x8fffffff7)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; sh3add a0, a1, a2
	CHECK(165, a0, 0xff00080100ff78)
	li a1, 0xff00000100ff80; li a2, 0x0; sh3add a0, a1, a2
	CHECK(166, a0, 0x7f800000807fc00)
	li a1, 0xff00000100ff80; li a2, 0x1; sh3add a0, a1, a2
	CHECK(167, a0, 0x7f800000807fc01)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; sh3add a0, a1, a2
	CHECK(168, a0, 0x7f800000807fbff)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; sh3add a0, a1, a2
	CHECK(169, a0, 0x87f800000807fc00)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; sh3add a0, a1, a2
	CHECK(170, a0, 0x87f800000807fbff)
	li a1, 0xff00000100ff80; li a2, 0x80000000; sh3add a0, a1, a2
	CHECK(171, a0, 0x7f800008807fc00)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; sh3add a0, a1, a2
	CHECK(172, a0, 0x7f800008807fbff)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; sh3add a0, a1, a2
	CHECK(173, a0, 0x7f7ffff8807fc00)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; sh3add a0, a1, a2
	CHECK(174, a0, 0x1a2c5678a2c4daf0)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; sh3add a0, a1, a2
	CHECK(175, a0, 0x7f800000807fbf9)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; sh3add a0, a1, a2
	CHECK(176, a0, 0x7f800010807fbff)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; sh3add a0, a1, a2
	CHECK(177, a0, 0x8f700000908fb80)
	/* add.uw */
	li a1, 0x0; li a2, 0x0; add.uw a0, a1, a2
	CHECK(178, a0, 0x0)
	li a1, 0x0; li a2, 0x1; add.uw a0, a1, a2
	CHECK(179, a0, 0x1)
	li a1, 0x0; li a2, 0xffffffffffffffff; add.uw a0, a1, a2
	CHECK(180, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x8000000000000000; add.uw a0, a1, a2
	CHECK(181, a0, 0x8000000000000000)
	li a1, 0x0; li a2, 0x7fffffffffffffff; add.uw a0, a1, a2
	CHECK(182, a0, 0x7fffffffffffffff)
	li a1, 0x0; li a2, 0x80000000; add.uw a0, a1, a2
	CHECK(183, a0, 0x80000000)
	li a1, 0x0; li a2, 0x7fffffff; add.uw a0, a1, a2
	CHECK(184, a0, 0x7fffffff)
	li a1, 0x0; li a2, 0xffffffff80000000; add.uw a0, a1, a2
	CHECK(185, a0, 0xffffffff80000000)
	li a1, 0x0; li a2, 0x123456789abcdef0; add.uw a0, a1, a2
	CHECK(186, a0, 0x123456789abcdef0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; add.uw a0, a1, a2
	CHECK(187, a0, 0xfffffffffffffff9)
	li a1, 0x0; li a2, 0xffffffff; add.uw a0, a1, a2
	CHECK(188, a0, 0xffffffff)
	li a1, 0x0; li a2, 0xff00000100ff80; add.uw a0, a1, a2
	CHECK(189, a0, 0xff00000100ff80)
	li a1, 0x1; li a2, 0x0; add.uw a0, a1, a2
	CHECK(190, a0, 0x1)
	li a1, 0x1; li a2, 0x1; add.uw a0, a1, a2
	CHECK(191, a0, 0x2)
	li a1, 0x1; li a2, 0xffffffffffffffff; add.uw a0, a1, a2
	CHECK(192, a0, 0x0)
	li a1, 0x1; li a2, 0x8000000000000000; add.uw a0, a1, a2
	CHECK(193, a0, 0x8000000000000001)
	li a1, 0x1; li a2, 0x7fffffffffffffff; add.uw a0, a1, a2
	CHECK(194, a0, 0x8000000000000000)
	li a1, 0x1; li a2, 0x80000000; add.uw a0, a1, a2
	CHECK(195, a0, 0x80000001)
	li a1, 0x1; li a2, 0x7fffffff; add.uw a0, a1, a2
	CHECK(196, a0, 0x80000000)
	li a1, 0x1; li a2, 0xffffffff80000000; add.uw a0, a1, a2
	CHECK(197, a0, 0xffffffff80000001)
	li a1, 0x1; li a2, 0x123456789abcdef0; add.uw a0, a1, a2
	CHECK(198, a0, 0x123456789abcdef1)
	li a1, 0x1; li a2, 0xfffffffffffffff9; add.uw a0, a1, a2
	CHECK(199, a0, 0xfffffffffffffffa)
	li a1, 0x1; li a2, 0xffffffff; add.uw a0, a1, a2
	CHECK(200, a0, 0x100000000)
	li a1, 0x1; li a2, 0xff00000100ff80; add.uw a0, a1, a2
	CHECK(201, a0, 0xff00000100ff81)
	li a1, 0xffffffffffffffff; li a2, 0x0; add.uw a0, a1, a2
	CHECK(202, a0, 0xffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x1; add.uw a0, a1, a2
	CHECK(203, a0, 0x100000000)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; add.uw a0, a1, a2
	CHECK(204, a0, 0xfffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; add.uw a0, a1, a2
	CHECK(205, a0, 0x80000000ffffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; add.uw a0, a1, a2
	CHECK(206, a0, 0x80000000fffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; add.uw a0, a1, a2
	CHECK(207, a0, 0x17fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; add.uw a0, a1, a2
	CHECK(208, a0, 0x17ffffffe)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; add.uw a0, a1, a2
	CHECK(209, a0, 0x7fffffff)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; add.uw a0, a1, a2
	CHECK(210, a0, 0x123456799abcdeef)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; add.uw a0, a1, a2
	CHECK(211, a0, 0xfffffff8)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; add.uw a0, a1, a2
	CHECK(212, a0, 0x1fffffffe)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; add.uw a0, a1, a2
	CHECK(213, a0, 0xff00010100ff7f)
	li a1, 0x8000000000000000; li a2, 0x0; add.uw a0, a1, a2
	CHECK(214, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; add.uw a0, a1, a2
	CHECK(215, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; add.uw a0, a1, a2
	CHECK(216, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; add.uw a0, a1, a2
	CHECK(217, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; add.uw a0, a1, a2
	CHECK(218, a0, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x80000000; add.uw a0, a1, a2
	CHECK(219, a0, 0x80000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; add.uw a0, a1, a2
	CHECK(220, a0, 0x7fffffff)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; add.uw a0, a1, a2
	CHECK(221, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; add.uw a0, a1, a2
	CHECK(222, a0, 0x123456789abcdef0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; add.uw a0, a1, a2
	CHECK(223, a0, 0xfffffffffffffff9)
	li a1, 0x8000000000000000; li a2, 0xffffffff; add.uw a0, a1, a2
	CHECK(224, a0, 0xffffffff)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; add.uw a0, a1, a2
	CHECK(225, a0, 0xff00000100ff80)
	li a1, 0x7fffffffffffffff; li a2, 0x0; add.uw a0, a1, a2
	CHECK(226, a0, 0xffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x1; add.uw a0, a1, a2
	CHECK(227, a0, 0x100000000)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; add.uw a0, a1, a2
	CHECK(228, a0, 0xfffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; add.uw a0, a1, a2
	CHECK(229, a0, 0x80000000ffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; add.uw a0, a1, a2
	CHECK(230, a0, 0x80000000fffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; add.uw a0, a1, a2
	CHECK(231, a0, 0x17fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; add.uw a0, a1, a2
	CHECK(232, a0, 0x17ffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; add.uw a0, a1, a2
	CHECK(233, a0, 0x7fffffff)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; add.uw a0, a1, a2
	CHECK(234, a0, 0x123456799abcdeef)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; add.uw a0, a1, a2
	CHECK(235, a0, 0xfffffff8)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; add.uw a0, a1, a2
	CHECK(236, a0, 0x1fffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; add.uw a0, a1, a2
	CHECK(237, a0, 0xff00010100ff7f)
	li a1, 0x80000000; li a2, 0x0; add.uw a0, a1, a2
	CHECK(238, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x1; add.uw a0, a1, a2
	CHECK(239, a0, 0x80000001)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; add.uw a0, a1, a2
	CHECK(240, a0, 0x7fffffff)
	li a1, 0x80000000; li a2, 0x8000000000000000; add.uw a0, a1, a2
	CHECK(241, a0, 0x8000000080000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; add.uw a0, a1, a2
	CHECK(242, a0, 0x800000007fffffff)
	li a1, 0x80000000; li a2, 0x80000000; add.uw a0, a1, a2
	CHECK(243, a0, 0x100000000)
	li a1, 0x80000000; li a2, 0x7fffffff; add.uw a0, a1, a2
	CHECK(244, a0, 0xffffffff)
	li a1, 0x80000000; li a2, 0xffffffff80000000; add.uw a0, a1, a2
	CHECK(245, a0, 0x0)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; add.uw a0, a1, a2
	CHECK(246, a0, 0x123456791abcdef0)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; add.uw a0, a1, a2
	CHECK(247, a0, 0x7ffffff9)
	li a1, 0x80000000; li a2, 0xffffffff; add.uw a0, a1, a2
	CHECK(248, a0, 0x17fffffff)
	li a1, 0x80000000; li a2, 0xff00000100ff80; add.uw a0, a1, a2
	CHECK(249, a0, 0xff00008100ff80)
	li a1, 0x7fffffff; li a2, 0x0; add.uw a0, a1, a2
	CHECK(250, a0, 0x7fffffff)
	li a1, 0x7fffffff; li a2, 0x1; add.uw a0, a1, a2
	CHECK(251, a0, 0x80000000)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; add.uw a0, a1, a2
	CHECK(252, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; add.uw a0, a1, a2
	CHECK(253, a0, 0x800000007fffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; add.uw a0, a1, a2
	CHECK(254, a0, 0x800000007ffffffe)
	li a1, 0x7fffffff; li a2, 0x80000000; add.uw a0, a1, a2
	CHECK(255, a0, 0xffffffff)
	li a1, 0x7fffffff; li a2, 0x7fffffff; add.uw a0, a1, a2
	CHECK(1, a0, 0xfffffffe)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; add.uw a0, a1, a2
	CHECK(2, a0, 0xffffffffffffffff)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; add.uw a0, a1, a2
	CHECK(3, a0, 0x123456791abcdeef)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; add.uw a0, a1, a2
	CHECK(4, a0, 0x7ffffff8)
	li a1, 0x7fffffff; li a2, 0xffffffff; add.uw a0, a1, a2
	CHECK(5, a0, 0x17ffffffe)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; add.uw a0, a1, a2
	CHECK(6, a0, 0xff00008100ff7f)
	li a1, 0xffffffff80000000; li a2, 0x0; add.uw a0, a1, a2
	CHECK(7, a0, 0x80000000)
	li a1, 0xffffffff80000000; li a2, 0x1; add.uw a0, a1, a2
	CHECK(8, a0, 0x80000001)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; add.uw a0, a1, a2
	CHECK(9, a0, 0x7fffffff)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; add.uw a0, a1, a2
	CHECK(10, a0, 0x8000000080000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; add.uw a0, a1, a2
	CHECK(11, a0, 0x800000007fffffff)
	li a1, 0xffffffff80000000; li a2, 0x80000000; add.uw a0, a1, a2
	CHECK(12, a0, 0x100000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; add.uw a0, a1, a2
	CHECK(13, a0, 0xffffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; add.uw a0, a1, a2
	CHECK(14, a0, 0x0)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; add.uw a0, a1, a2
	CHECK(15, a0, 0x123456791abcdef0)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; add.uw a0, a1, a2
	CHECK(16, a0, 0x7ffffff9)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; add.uw a0, a1, a2
	CHECK(17, a0, 0x17fffffff)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; add.uw a0, a1, a2
	CHECK(18, a0, 0xff00008100ff80)
	li a1, 0x123456789abcdef0; li a2, 0x0; add.uw a0, a1, a2
	CHECK(19, a0, 0x9abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x1; add.uw a0, a1, a2
	CHECK(20, a0, 0x9abcdef1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; add.uw a0, a1, a2
	CHECK(21, a0, 0x9abcdeef)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; add.uw a0, a1, a2
	CHECK(22, a0, 0x800000009abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; add.uw a0, a1, a2
	CHECK(23, a0, 0x800000009abcdeef)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; add.uw a0, a1, a2
	CHECK(24, a0, 0x11abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; add.uw a0, a1, a2
	CHECK(25, a0, 0x11abcdeef)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; add.uw a0, a1, a2
	CHECK(26, a0, 0x1abcdef0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; add.uw a0, a1, a2
	CHECK(27, a0, 0x123456793579bde0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; add.uw a0, a1, a2
	CHECK(28, a0, 0x9abcdee9)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; add.uw a0, a1, a2
	CHECK(29, a0, 0x19abcdeef)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; add.uw a0, a1, a2
	CHECK(30, a0, 0xff00009bbdde70)
	li a1, 0xfffffffffffffff9; li a2, 0x0; add.uw a0, a1, a2
	CHECK(31, a0, 0xfffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x1; add.uw a0, a1, a2
	CHECK(32, a0, 0xfffffffa)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; add.uw a0, a1, a2
	CHECK(33, a0, 0xfffffff8)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; add.uw a0, a1, a2
	CHECK(34, a0, 0x80000000fffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; add.uw a0, a1, a2
	CHECK(35, a0, 0x80000000fffffff8)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; add.uw a0, a1, a2
	CHECK(36, a0, 0x17ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; add.uw a0, a1, a2
	CHECK(37, a0, 0x17ffffff8)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; add.uw a0, a1, a2
	CHECK(38, a0, 0x7ffffff9)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; add.uw a0, a1, a2
	CHECK(39, a0, 0x123456799abcdee9)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; add.uw a0, a1, a2
	CHECK(40, a0, 0xfffffff2)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; add.uw a0, a1, a2
	CHECK(41, a0, 0x1fffffff8)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; add.uw a0, a1, a2
	CHECK(42, a0, 0xff00010100ff79)
	li a1, 0xffffffff; li a2, 0x0; add.uw a0, a1, a2
	CHECK(43, a0, 0xffffffff)
	li a1, 0xffffffff; li a2, 0x1; add.uw a0, a1, a2
	CHECK(44, a0, 0x100000000)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; add.uw a0, a1, a2
	CHECK(45, a0, 0xfffffffe)
	li a1, 0xffffffff; li a2, 0x8000000000000000; add.uw a0, a1, a2
	CHECK(46, a0, 0x80000000ffffffff)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; add.uw a0, a1, a2
	CHECK(47, a0, 0x80000000fffffffe)
	li a1, 0xffffffff; li a2, 0x80000000; add.uw a0, a1, a2
	CHECK(48, a0, 0x17fffffff)
	li a1, 0xffffffff; li a2, 0x7fffffff; add.uw a0, a1, a2
	CHECK(49, a0, 0x17ffffffe)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; add.uw a0, a1, a2
	CHECK(50, a0, 0x7fffffff)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; add.uw a0, a1, a2
	CHECK(51, a0, 0x123456799abcdeef)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; add.uw a0, a1, a2
	CHECK(52, a0, 0xfffffff8)
	li a1, 0xffffffff; li a2, 0xffffffff; add.uw a0, a1, a2
	CHECK(53, a0, 0x1fffffffe)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; add.uw a0, a1, a2
	CHECK(54, a0, 0xff00010100ff7f)
	li a1, 0xff00000100ff80; li a2, 0x0; add.uw a0, a1, a2
	CHECK(55, a0, 0x100ff80)
	li a1, 0xff00000100ff80; li a2, 0x1; add.uw a0, a1, a2
	CHECK(56, a0, 0x100ff81)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; add.uw a0, a1, a2
	CHECK(57, a0, 0x100ff7f)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; add.uw a0, a1, a2
	CHECK(58, a0, 0x800000000100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; add.uw a0, a1, a2
	CHECK(59, a0, 0x800000000100ff7f)
	li a1, 0xff00000100ff80; li a2, 0x80000000; add.uw a0, a1, a2
	CHECK(60, a0, 0x8100ff80)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; add.uw a0, a1, a2
	CHECK(61, a0, 0x8100ff7f)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; add.uw a0, a1, a2
	CHECK(62, a0, 0xffffffff8100ff80)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; add.uw a0, a1, a2
	CHECK(63, a0, 0x123456789bbdde70)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; add.uw a0, a1, a2
	CHECK(64, a0, 0x100ff79)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; add.uw a0, a1, a2
	CHECK(65, a0, 0x10100ff7f)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; add.uw a0, a1, a2
	CHECK(66, a0, 0xff00000201ff00)
	/* sh1add.uw */
	li a1, 0x0; li a2, 0x0; sh1add.uw a0, a1, a2
	CHECK(67, a0, 0x0)
	li a1, 0x0; li a2, 0x1; sh1add.uw a0, a1, a2
	CHECK(68, a0, 0x1)
	li a1, 0x0; li a2, 0xffffffffffffffff; sh1add.uw a0, a1, a2
	CHECK(69, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x8000000000000000; sh1add.uw a0, a1, a2
	CHECK(70, a0, 0x8000000000000000)
	li a1, 0x0; li a2, 0x7fffffffffffffff; sh1add.uw a0, a1, a2
	CHECK(71, a0, 0x7fffffffffffffff)
	li a1, 0x0; li a2, 0x80000000; sh1add.uw a0, a1, a2
	CHECK(72, a0, 0x80000000)
	li a1, 0x0; li a2, 0x7fffffff; sh1add.uw a0, a1, a2
	CHECK(73, a0, 0x7fffffff)
	li a1, 0x0; li a2, 0xffffffff80000000; sh1add.uw a0, a1, a2
	CHECK(74, a0, 0xffffffff80000000)
	li a1, 0x0; li a2, 0x123456789abcdef0; sh1add.uw a0, a1, a2
	CHECK(75, a0, 0x123456789abcdef0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; sh1add.uw a0, a1, a2
	CHECK(76, a0, 0xfffffffffffffff9)
	li a1, 0x0; li a2, 0xffffffff; sh1add.uw a0, a1, a2
	CHECK(77, a0, 0xffffffff)
	li a1, 0x0; li a2, 0xff00000100ff80; sh1add.uw a0, a1, a2
	CHECK(78, a0, 0xff00000100ff80)
	li a1, 0x1; li a2, 0x0; sh1add.uw a0, a1, a2
	CHECK(79, a0, 0x2)
	li a1, 0x1; li a2, 0x1; sh1add.uw a0, a1, a2
	CHECK(80, a0, 0x3)
	li a1, 0x1; li a2, 0xffffffffffffffff; sh1add.uw a0, a1, a2
	CHECK(81, a0, 0x1)
	li a1, 0x1; li a2, 0x8000000000000000; sh1add.uw a0, a1, a2
	CHECK(82, a0, 0x8000000000000002)
	li a1, 0x1; li a2, 0x7fffffffffffffff; sh1add.uw a0, a1, a2
	CHECK(83, a0, 0x8000000000000001)
	li a1, 0x1; li a2, 0x80000000; sh1add.uw a0, a1, a2
	CHECK(84, a0, 0x80000002)
	li a1, 0x1; li a2, 0x7fffffff; sh1add.uw a0, a1, a2
	CHECK(85, a0, 0x80000001)
	li a1, 0x1; li a2, 0xffffffff80000000; sh1add.uw a0, a1, a2
	CHECK(86, a0, 0xffffffff80000002)
	li a1, 0x1; li a2, 0x123456789abcdef0; sh1add.uw a0, a1, a2
	CHECK(87, a0, 0x123456789abcdef2)
	li a1, 0x1; li a2, 0xfffffffffffffff9; sh1add.uw a0, a1, a2
	CHECK(88, a0, 0xfffffffffffffffb)
	li a1, 0x1; li a2, 0xffffffff; sh1add.uw a0, a1, a2
	CHECK(89, a0, 0x100000001)
	li a1, 0x1; li a2, 0xff00000100ff80; sh1add.uw a0, a1, a2
	CHECK(90, a0, 0xff00000100ff82)
	li a1, 0xffffffffffffffff; li a2, 0x0; sh1add.uw a0, a1, a2
	CHECK(91, a0, 0x1fffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x1; sh1add.uw a0, a1, a2
	CHECK(92, a0, 0x1ffffffff)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; sh1add.uw a0, a1, a2
	CHECK(93, a0, 0x1fffffffd)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; sh1add.uw a0, a1, a2
	CHECK(94, a0, 0x80000001fffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; sh1add.uw a0, a1, a2
	CHECK(95, a0, 0x80000001fffffffd)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; sh1add.uw a0, a1, a2
	CHECK(96, a0, 0x27ffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; sh1add.uw a0, a1, a2
	CHECK(97, a0, 0x27ffffffd)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; sh1add.uw a0, a1, a2
	CHECK(98, a0, 0x17ffffffe)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; sh1add.uw a0, a1, a2
	CHECK(99, a0, 0x1234567a9abcdeee)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; sh1add.uw a0, a1, a2
	CHECK(100, a0, 0x1fffffff7)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; sh1add.uw a0, a1, a2
	CHECK(101, a0, 0x2fffffffd)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; sh1add.uw a0, a1, a2
	CHECK(102, a0, 0xff00020100ff7e)
	li a1, 0x8000000000000000; li a2, 0x0; sh1add.uw a0, a1, a2
	CHECK(103, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; sh1add.uw a0, a1, a2
	CHECK(104, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; sh1add.uw a0, a1, a2
	CHECK(105, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; sh1add.uw a0, a1, a2
	CHECK(106, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; sh1add.uw a0, a1, a2
	CHECK(107, a0, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x80000000; sh1add.uw a0, a1, a2
	CHECK(108, a0, 0x80000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; sh1add.uw a0, a1, a2
	CHECK(109, a0, 0x7fffffff)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; sh1add.uw a0, a1, a2
	CHECK(110, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; sh1add.uw a0, a1, a2
	CHECK(111, a0, 0x123456789abcdef0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; sh1add.uw a0, a1, a2
	CHECK(112, a0, 0xfffffffffffffff9)
	li a1, 0x8000000000000000; li a2, 0xffffffff; sh1add.uw a0, a1, a2
	CHECK(113, a0, 0xffffffff)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; sh1add.uw a0, a1, a2
	CHECK(114, a0, 0xff00000100ff80)
	li a1, 0x7fffffffffffffff; li a2, 0x0; sh1add.uw a0, a1, a2
	CHECK(115, a0, 0x1fffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x1; sh1add.uw a0, a1, a2
	CHECK(116, a0, 0x1ffffffff)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; sh1add.uw a0, a1, a2
	CHECK(117, a0, 0x1fffffffd)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; sh1add.uw a0, a1, a2
	CHECK(118, a0, 0x80000001fffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; sh1add.uw a0, a1, a2
	CHECK(119, a0, 0x80000001fffffffd)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; sh1add.uw a0, a1, a2
	CHECK(120, a0, 0x27ffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; sh1add.uw a0, a1, a2
	CHECK(121, a0, 0x27ffffffd)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; sh1add.uw a0, a1, a2
	CHECK(122, a0, 0x17ffffffe)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; sh1add.uw a0, a1, a2
	CHECK(123, a0, 0x1234567a9abcdeee)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; sh1add.uw a0, a1, a2
	CHECK(124, a0, 0x1fffffff7)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; sh1add.uw a0, a1, a2
	CHECK(125, a0, 0x2fffffffd)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; sh1add.uw a0, a1, a2
	CHECK(126, a0, 0xff00020100ff7e)
	li a1, 0x80000000; li a2, 0x0; sh1add.uw a0, a1, a2
	CHECK(127, a0, 0x100000000)
	li a1, 0x80000000; li a2, 0x1; sh1add.uw a0, a1, a2
	CHECK(128, a0, 0x100000001)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; sh1add.uw a0, a1, a2
	CHECK(129, a0, 0xffffffff)
	li a1, 0x80000000; li a2, 0x8000000000000000; sh1add.uw a0, a1, a2
	CHECK(130, a0, 0x8000000100000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; sh1add.uw a0, a1, a2
	CHECK(131, a0, 0x80000000ffffffff)
	li a1, 0x80000000; li a2, 0x80000000; sh1add.uw a0, a1, a2
	CHECK(132, a0, 0x180000000)
	li a1, 0x80000000; li a2, 0x7fffffff; sh1add.uw a0, a1, a2
	CHECK(133, a0, 0x17fffffff)
	li a1, 0x80000000; li a2, 0xffffffff80000000; sh1add.uw a0, a1, a2
	CHECK(134, a0, 0x80000000)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; sh1add.uw a0, a1, a2
	CHECK(135, a0, 0x123456799abcdef0)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; sh1add.uw a0, a1, a2
	CHECK(136, a0, 0xfffffff9)
	li a1, 0x80000000; li a2, 0xffffffff; sh1add.uw a0, a1, a2
	CHECK(137, a0, 0x1ffffffff)
	li a1, 0x80000000; li a2, 0xff00000100ff80; sh1add.uw a0, a1, a2
	CHECK(138, a0, 0xff00010100ff80)
	li a1, 0x7fffffff; li a2, 0x0; sh1add.uw a0, a1, a2
	CHECK(139, a0, 0xfffffffe)
	li a1, 0x7fffffff; li a2, 0x1; sh1add.uw a0, a1, a2
	CHECK(140, a0, 0xffffffff)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; sh1add.uw a0, a1, a2
	CHECK(141, a0, 0xfffffffd)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; sh1add.uw a0, a1, a2
	CHECK(142, a0, 0x80000000fffffffe)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; sh1add.uw a0, a1, a2
	CHECK(143, a0, 0x80000000fffffffd)
	li a1, 0x7fffffff; li a2, 0x80000000; sh1add.uw a0, a1, a2
	CHECK(144, a0, 0x17ffffffe)
	li a1, 0x7fffffff; li a2, 0x7fffffff; sh1add.uw a0, a1, a2
	CHECK(145, a0, 0x17ffffffd)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; sh1add.uw a0, a1, a2
	CHECK(146, a0, 0x7ffffffe)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; sh1add.uw a0, a1, a2
	CHECK(147, a0, 0x123456799abcdeee)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; sh1add.uw a0, a1, a2
	CHECK(148, a0, 0xfffffff7)
	li a1, 0x7fffffff; li a2, 0xffffffff; sh1add.uw a0, a1, a2
	CHECK(149, a0, 0x1fffffffd)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; sh1add.uw a0, a1, a2
	CHECK(150, a0, 0xff00010100ff7e)
	li a1, 0xffffffff80000000; li a2, 0x0; sh1add.uw a0, a1, a2
	CHECK(151, a0, 0x100000000)
	li a1, 0xffffffff80000000; li a2, 0x1; sh1add.uw a0, a1, a2
	CHECK(152, a0, 0x100000001)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; sh1add.uw a0, a1, a2
	CHECK(153, a0, 0xffffffff)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; sh1add.uw a0, a1, a2
	CHECK(154, a0, 0x8000000100000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; sh1add.uw a0, a1, a2
	CHECK(155, a0, 0x80000000ffffffff)
	li a1, 0xffffffff80000000; li a2, 0x80000000; sh1add.uw a0, a1, a2
	CHECK(156, a0, 0x180000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; sh1add.uw a0, a1, a2
	CHECK(157, a0, 0x17fffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; sh1add.uw a0, a1, a2
	CHECK(158, a0, 0x80000000)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; sh1add.uw a0, a1, a2
	CHECK(159, a0, 0x123456799abcdef0)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; sh1add.uw a0, a1, a2
	CHECK(160, a0, 0xfffffff9)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; sh1add.uw a0, a1, a2
	CHECK(161, a0, 0x1ffffffff)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; sh1add.uw a0, a1, a2
	CHECK(162, a0, 0xff00010100ff80)
	li a1, 0x123456789abcdef0; li a2, 0x0; sh1add.uw a0, a1, a2
	CHECK(163, a0, 0x13579bde0)
	li a1, 0x123456789abcdef0; li a2, 0x1; sh1add.uw a0, a1, a2
	CHECK(164, a0, 0x13579bde1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; sh1add.uw a0, a1, a2
	CHECK(165, a0, 0x13579bddf)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; sh1add.uw a0, a1, a2
	CHECK(166, a0, 0x800000013579bde0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; sh1add.uw a0, a1, a2
	CHECK(167, a0, 0x800000013579bddf)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; sh1add.uw a0, a1, a2
	CHECK(168, a0, 0x1b579bde0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; sh1add.uw a0, a1, a2
	CHECK(169, a0, 0x1b579bddf)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; sh1add.uw a0, a1, a2
	CHECK(170, a0, 0xb579bde0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; sh1add.uw a0, a1, a2
	CHECK(171, a0, 0x12345679d0369cd0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; sh1add.uw a0, a1, a2
	CHECK(172, a0, 0x13579bdd9)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; sh1add.uw a0, a1, a2
	CHECK(173, a0, 0x23579bddf)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; sh1add.uw a0, a1, a2
	CHECK(174, a0, 0xff0001367abd60)
	li a1, 0xfffffffffffffff9; li a2, 0x0; sh1add.uw a0, a1, a2
	CHECK(175, a0, 0x1fffffff2)
	li a1, 0xfffffffffffffff9; li a2, 0x1; sh1add.uw a0, a1, a2
	CHECK(176, a0, 0x1fffffff3)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; sh1add.uw a0, a1, a2
	CHECK(177, a0, 0x1fffffff1)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; sh1add.uw a0, a1, a2
	CHECK(178, a0, 0x80000001fffffff2)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; sh1add.uw a0, a1, a2
	CHECK(179, a0, 0x80000001fffffff1)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; sh1add.uw a0, a1, a2
	CHECK(180, a0, 0x27ffffff2)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; sh1add.uw a0, a1, a2
	CHECK(181, a0, 0x27ffffff1)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; sh1add.uw a0, a1, a2
	CHECK(182, a0, 0x17ffffff2)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; sh1add.uw a0, a1, a2
	CHECK(183, a0, 0x1234567a9abcdee2)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; sh1add.uw a0, a1, a2
	CHECK(184, a0, 0x1ffffffeb)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; sh1add.uw a0, a1, a2
	CHECK(185, a0, 0x2fffffff1)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; sh1add.uw a0, a1, a2
	CHECK(186, a0, 0xff00020100ff72)
	li a1, 0xffffffff; li a2, 0x0; sh1add.uw a0, a1, a2
	CHECK(187, a0, 0x1fffffffe)
	li a1, 0xffffffff; li a2, 0x1; sh1add.uw a0, a1, a2
	CHECK(188, a0, 0x1ffffffff)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; sh1add.uw a0, a1, a2
	CHECK(189, a0, 0x1fffffffd)
	li a1, 0xffffffff; li a2, 0x8000000000000000; sh1add.uw a0, a1, a2
	CHECK(190, a0, 0x80000001fffffffe)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; sh1add.uw a0, a1, a2
	CHECK(191, a0, 0x80000001fffffffd)
	li a1, 0xffffffff; li a2, 0x80000000; sh1add.uw a0, a1, a2
	CHECK(192, a0, 0x27ffffffe)
	li a1, 0xffffffff; li a2, 0x7fffffff; sh1add.uw a0, a1, a2
	CHECK(193, a0, 0x27ffffffd)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; sh1add.uw a0, a1, a2
	CHECK(194, a0, 0x17ffffffe)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; sh1add.uw a0, a1, a2
	CHECK(195, a0, 0x1234567a9abcdeee)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; sh1add.uw a0, a1, a2
	CHECK(196, a0, 0x1fffffff7)
	li a1, 0xffffffff; li a2, 0xffffffff; sh1add.uw a0, a1, a2
	CHECK(197, a0, 0x2fffffffd)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; sh1add.uw a0, a1, a2
	CHECK(198, a0, 0xff00020100ff7e)
	li a1, 0xff00000100ff80; li a2, 0x0; sh1add.uw a0, a1, a2
	CHECK(199, a0, 0x201ff00)
	li a1, 0xff00000100ff80; li a2, 0x1; sh1add.uw a0, a1, a2
	CHECK(200, a0, 0x201ff01)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; sh1add.uw a0, a1, a2
	CHECK(201, a0, 0x201feff)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; sh1add.uw a0, a1, a2
	CHECK(202, a0, 0x800000000201ff00)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; sh1add.uw a0, a1, a2
	CHECK(203, a0, 0x800000000201feff)
	li a1, 0xff00000100ff80; li a2, 0x80000000; sh1add.uw a0, a1, a2
	CHECK(204, a0, 0x8201ff00)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; sh1add.uw a0, a1, a2
	CHECK(205, a0, 0x8201feff)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; sh1add.uw a0, a1, a2
	CHECK(206, a0, 0xffffffff8201ff00)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; sh1add.uw a0, a1, a2
	CHECK(207, a0, 0x123456789cbeddf0)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; sh1add.uw a0, a1, a2
	CHECK(208, a0, 0x201fef9)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; sh1add.uw a0, a1, a2
	CHECK(209, a0, 0x10201feff)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; sh1add.uw a0, a1, a2
	CHECK(210, a0, 0xff00000302fe80)
	/* sh2add.uw */
	li a1, 0x0; li a2, 0x0; sh2add.uw a0, a1, a2
	CHECK(211, a0, 0x0)
	li a1, 0x0; li a2, 0x1; sh2add.uw a0, a1, a2
	CHECK(212, a0, 0x1)
	li a1, 0x0; li a2, 0xffffffffffffffff; sh2add.uw a0, a1, a2
	CHECK(213, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x8000000000000000; sh2add.uw a0, a1, a2
	CHECK(214, a0, 0x8000000000000000)
	li a1, 0x0; li a2, 0x7fffffffffffffff; sh2add.uw a0, a1, a2
	CHECK(215, a0, 0x7fffffffffffffff)
	li a1, 0x0; li a2, 0x80000000; sh2add.uw a0, a1, a2
	CHECK(216, a0, 0x80000000)
	li a1, 0x0; li a2, 0x7fffffff; sh2add.uw a0, a1, a2
	CHECK(217, a0, 0x7fffffff)
	li a1, 0x0; li a2, 0xffffffff80000000; sh2add.uw a0, a1, a2
	CHECK(218, a0, 0xffffffff80000000)
	li a1, 0x0; li a2, 0x123456789abcdef0; sh2add.uw a0, a1, a2
	CHECK(219, a0, 0x123456789abcdef0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; sh2add.uw a0, a1, a2
	CHECK(220, a0, 0xfffffffffffffff9)
	li a1, 0x0; li a2, 0xffffffff; sh2add.uw a0, a1, a2
	CHECK(221, a0, 0xffffffff)
	li a1, 0x0; li a2, 0xff00000100ff80; sh2add.uw a0, a1, a2
	CHECK(222, a0, 0xff00000100ff80)
	li a1, 0x1; li a2, 0x0; sh2add.uw a0, a1, a2
	CHECK(223, a0, 0x4)
	li a1, 0x1; li a2, 0x1; sh2add.uw a0, a1, a2
	CHECK(224, a0, 0x5)
	li a1, 0x1; li a2, 0xffffffffffffffff; sh2add.uw a0, a1, a2
	CHECK(225, a0, 0x3)
	li a1, 0x1; li a2, 0x8000000000000000; sh2add.uw a0, a1, a2
	CHECK(226, a0, 0x8000000000000004)
	li a1, 0x1; li a2, 0x7fffffffffffffff; sh2add.uw a0, a1, a2
	CHECK(227, a0, 0x8000000000000003)
	li a1, 0x1; li a2, 0x80000000; sh2add.uw a0, a1, a2
	CHECK(228, a0, 0x80000004)
	li a1, 0x1; li a2, 0x7fffffff; sh2add.uw a0, a1, a2
	CHECK(229, a0, 0x80000003)
	li a1, 0x1; li a2, 0xffffffff80000000; sh2add.uw a0, a1, a2
	CHECK(230, a0, 0xffffffff80000004)
	li a1, 0x1; li a2, 0x123456789abcdef0; sh2add.uw a0, a1, a2
	CHECK(231, a0, 0x123456789abcdef4)
	li a1, 0x1; li a2, 0xfffffffffffffff9; sh2add.uw a0, a1, a2
	CHECK(232, a0, 0xfffffffffffffffd)
	li a1, 0x1; li a2, 0xffffffff; sh2add.uw a0, a1, a2
	CHECK(233, a0, 0x100000003)
	li a1, 0x1; li a2, 0xff00000100ff80; sh2add.uw a0, a1, a2
	CHECK(234, a0, 0xff00000100ff84)
	li a1, 0xffffffffffffffff; li a2, 0x0; sh2add.uw a0, a1, a2
	CHECK(235, a0, 0x3fffffffc)
	li a1, 0xffffffffffffffff; li a2, 0x1; sh2add.uw a0, a1, a2
	CHECK(236, a0, 0x3fffffffd)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; sh2add.uw a0, a1, a2
	CHECK(237, a0, 0x3fffffffb)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; sh2add.uw a0, a1, a2
	CHECK(238, a0, 0x80000003fffffffc)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; sh2add.uw a0, a1, a2
	CHECK(239, a0, 0x80000003fffffffb)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; sh2add.uw a0, a1, a2
	CHECK(240, a0, 0x47ffffffc)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; sh2add.uw a0, a1, a2
	CHECK(241, a0, 0x47ffffffb)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; sh2add.uw a0, a1, a2
	CHECK(242, a0, 0x37ffffffc)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; sh2add.uw a0, a1, a2
	CHECK(243, a0, 0x1234567c9abcdeec)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; sh2add.uw a0, a1, a2
	CHECK(244, a0, 0x3fffffff5)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; sh2add.uw a0, a1, a2
	CHECK(245, a0, 0x4fffffffb)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; sh2add.uw a0, a1, a2
	CHECK(246, a0, 0xff00040100ff7c)
	li a1, 0x8000000000000000; li a2, 0x0; sh2add.uw a0, a1, a2
	CHECK(247, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; sh2add.uw a0, a1, a2
	CHECK(248, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; sh2add.uw a0, a1, a2
	CHECK(249, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; sh2add.uw a0, a1, a2
	CHECK(250, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; sh2add.uw a0, a1, a2
	CHECK(251, a0, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x80000000; sh2add.uw a0, a1, a2
	CHECK(252, a0, 0x80000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; sh2add.uw a0, a1, a2
	CHECK(253, a0, 0x7fffffff)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; sh2add.uw a0, a1, a2
	CHECK(254, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; sh2add.uw a0, a1, a2
	CHECK(255, a0, 0x123456789abcdef0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; sh2add.uw a0, a1, a2
	CHECK(1, a0, 0xfffffffffffffff9)
	li a1, 0x8000000000000000; li a2, 0xffffffff; sh2add.uw a0, a1, a2
	CHECK(2, a0, 0xffffffff)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; sh2add.uw a0, a1, a2
	CHECK(3, a0, 0xff00000100ff80)
	li a1, 0x7fffffffffffffff; li a2, 0x0; sh2add.uw a0, a1, a2
	CHECK(4, a0, 0x3fffffffc)
	li a1, 0x7fffffffffffffff; li a2, 0x1; sh2add.uw a0, a1, a2
	CHECK(5, a0, 0x3fffffffd)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; sh2add.uw a0, a1, a2
	CHECK(6, a0, 0x3fffffffb)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; sh2add.uw a0, a1, a2
	CHECK(7, a0, 0x80000003fffffffc)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; sh2add.uw a0, a1, a2
	CHECK(8, a0, 0x80000003fffffffb)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; sh2add.uw a0, a1, a2
	CHECK(9, a0, 0x47ffffffc)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; sh2add.uw a0, a1, a2
	CHECK(10, a0, 0x47ffffffb)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; sh2add.uw a0, a1, a2
	CHECK(11, a0, 0x37ffffffc)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; sh2add.uw a0, a1, a2
	CHECK(12, a0, 0x1234567c9abcdeec)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; sh2add.uw a0, a1, a2
	CHECK(13, a0, 0x3fffffff5)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; sh2add.uw a0, a1, a2
	CHECK(14, a0, 0x4fffffffb)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; sh2add.uw a0, a1, a2
	CHECK(15, a0, 0xff00040100ff7c)
	li a1, 0x80000000; li a2, 0x0; sh2add.uw a0, a1, a2
	CHECK(16, a0, 0x200000000)
	li a1, 0x80000000; li a2, 0x1; sh2add.uw a0, a1, a2
	CHECK(17, a0, 0x200000001)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; sh2add.uw a0, a1, a2
	CHECK(18, a0, 0x1ffffffff)
	li a1, 0x80000000; li a2, 0x8000000000000000; sh2add.uw a0, a1, a2
	CHECK(19, a0, 0x8000000200000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; sh2add.uw a0, a1, a2
	CHECK(20, a0, 0x80000001ffffffff)
	li a1, 0x80000000; li a2, 0x80000000; sh2add.uw a0, a1, a2
	CHECK(21, a0, 0x280000000)
	li a1, 0x80000000; li a2, 0x7fffffff; sh2add.uw a0, a1, a2
	CHECK(22, a0, 0x27fffffff)
	li a1, 0x80000000; li a2, 0xffffffff80000000; sh2add.uw a0, a1, a2
	CHECK(23, a0, 0x180000000)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; sh2add.uw a0, a1, a2
	CHECK(24, a0, 0x1234567a9abcdef0)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; sh2add.uw a0, a1, a2
	CHECK(25, a0, 0x1fffffff9)
	li a1, 0x80000000; li a2, 0xffffffff; sh2add.uw a0, a1, a2
	CHECK(26, a0, 0x2ffffffff)
	li a1, 0x80000000; li a2, 0xff00000100ff80; sh2add.uw a0, a1, a2
	CHECK(27, a0, 0xff00020100ff80)
	li a1, 0x7fffffff; li a2, 0x0; sh2add.uw a0, a1, a2
	CHECK(28, a0, 0x1fffffffc)
	li a1, 0x7fffffff; li a2, 0x1; sh2add.uw a0, a1, a2
	CHECK(29, a0, 0x1fffffffd)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; sh2add.uw a0, a1, a2
	CHECK(30, a0, 0x1fffffffb)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; sh2add.uw a0, a1, a2
	CHECK(31, a0, 0x80000001fffffffc)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; sh2add.uw a0, a1, a2
	CHECK(32, a0, 0x80000001fffffffb)
	li a1, 0x7fffffff; li a2, 0x80000000; sh2add.uw a0, a1, a2
	CHECK(33, a0, 0x27ffffffc)
	li a1, 0x7fffffff; li a2, 0x7fffffff; sh2add.uw a0, a1, a2
	CHECK(34, a0, 0x27ffffffb)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; sh2add.uw a0, a1, a2
	CHECK(35, a0, 0x17ffffffc)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; sh2add.uw a0, a1, a2
	CHECK(36, a0, 0x1234567a9abcdeec)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; sh2add.uw a0, a1, a2
	CHECK(37, a0, 0x1fffffff5)
	li a1, 0x7fffffff; li a2, 0xffffffff; sh2add.uw a0, a1, a2
	CHECK(38, a0, 0x2fffffffb)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; sh2add.uw a0, a1, a2
	CHECK(39, a0, 0xff00020100ff7c)
	li a1, 0xffffffff80000000; li a2, 0x0; sh2add.uw a0, a1, a2
	CHECK(40, a0, 0x200000000)
	li a1, 0xffffffff80000000; li a2, 0x1; sh2add.uw a0, a1, a2
	CHECK(41, a0, 0x200000001)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; sh2add.uw a0, a1, a2
	CHECK(42, a0, 0x1ffffffff)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; sh2add.uw a0, a1, a2
	CHECK(43, a0, 0x8000000200000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; sh2add.uw a0, a1, a2
	CHECK(44, a0, 0x80000001ffffffff)
	li a1, 0xffffffff80000000; li a2, 0x80000000; sh2add.uw a0, a1, a2
	CHECK(45, a0, 0x280000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; sh2add.uw a0, a1, a2
	CHECK(46, a0, 0x27fffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; sh2add.uw a0, a1, a2
	CHECK(47, a0, 0x180000000)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; sh2add.uw a0, a1, a2
	CHECK(48, a0, 0x1234567a9abcdef0)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; sh2add.uw a0, a1, a2
	CHECK(49, a0, 0x1fffffff9)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; sh2add.uw a0, a1, a2
	CHECK(50, a0, 0x2ffffffff)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; sh2add.uw a0, a1, a2
	CHECK(51, a0, 0xff00020100ff80)
	li a1, 0x123456789abcdef0; li a2, 0x0; sh2add.uw a0, a1, a2
	CHECK(52, a0, 0x26af37bc0)
	li a1, 0x123456789abcdef0; li a2, 0x1; sh2add.uw a0, a1, a2
	CHECK(53, a0, 0x26af37bc1)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; sh2add.uw a0, a1, a2
	CHECK(54, a0, 0x26af37bbf)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; sh2add.uw a0, a1, a2
	CHECK(55, a0, 0x800000026af37bc0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; sh2add.uw a0, a1, a2
	CHECK(56, a0, 0x800000026af37bbf)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; sh2add.uw a0, a1, a2
	CHECK(57, a0, 0x2eaf37bc0)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; sh2add.uw a0, a1, a2
	CHECK(58, a0, 0x2eaf37bbf)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; sh2add.uw a0, a1, a2
	CHECK(59, a0, 0x1eaf37bc0)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; sh2add.uw a0, a1, a2
	CHECK(60, a0, 0x1234567b05b05ab0)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; sh2add.uw a0, a1, a2
	CHECK(61, a0, 0x26af37bb9)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; sh2add.uw a0, a1, a2
	CHECK(62, a0, 0x36af37bbf)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; sh2add.uw a0, a1, a2
	CHECK(63, a0, 0xff00026bf47b40)
	li a1, 0xfffffffffffffff9; li a2, 0x0; sh2add.uw a0, a1, a2
	CHECK(64, a0, 0x3ffffffe4)
	li a1, 0xfffffffffffffff9; li a2, 0x1; sh2add.uw a0, a1, a2
	CHECK(65, a0, 0x3ffffffe5)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; sh2add.uw a0, a1, a2
	CHECK(66, a0, 0x3ffffffe3)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; sh2add.uw a0, a1, a2
	CHECK(67, a0, 0x80000003ffffffe4)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; sh2add.uw a0, a1, a2
	CHECK(68, a0, 0x80000003ffffffe3)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; sh2add.uw a0, a1, a2
	CHECK(69, a0, 0x47fffffe4)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; sh2add.uw a0, a1, a2
	CHECK(70, a0, 0x47fffffe3)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; sh2add.uw a0, a1, a2
	CHECK(71, a0, 0x37fffffe4)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; sh2add.uw a0, a1, a2
	CHECK(72, a0, 0x1234567c9abcded4)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; sh2add.uw a0, a1, a2
	CHECK(73, a0, 0x3ffffffdd)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; sh2add.uw a0, a1, a2
	CHECK(74, a0, 0x4ffffffe3)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; sh2add.uw a0, a1, a2
	CHECK(75, a0, 0xff00040100ff64)
	li a1, 0xffffffff; li a2, 0x0; sh2add.uw a0, a1, a2
	CHECK(76, a0, 0x3fffffffc)
	li a1, 0xffffffff; li a2, 0x1; sh2add.uw a0, a1, a2
	CHECK(77, a0, 0x3fffffffd)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; sh2add.uw a0, a1, a2
	CHECK(78, a0, 0x3fffffffb)
	li a1, 0xffffffff; li a2, 0x8000000000000000; sh2add.uw a0, a1, a2
	CHECK(79, a0, 0x80000003fffffffc)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; sh2add.uw a0, a1, a2
	CHECK(80, a0, 0x80000003fffffffb)
	li a1, 0xffffffff; li a2, 0x80000000; sh2add.uw a0, a1, a2
	CHECK(81, a0, 0x47ffffffc)
	li a1, 0xffffffff; li a2, 0x7fffffff; sh2add.uw a0, a1, a2
	CHECK(82, a0, 0x47ffffffb)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; sh2add.uw a0, a1, a2
	CHECK(83, a0, 0x37ffffffc)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; sh2add.uw a0, a1, a2
	CHECK(84, a0, 0x1234567c9abcdeec)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; sh2add.uw a0, a1, a2
	CHECK(85, a0, 0x3fffffff5)
	li a1, 0xffffffff; li a2, 0xffffffff; sh2add.uw a0, a1, a2
	CHECK(86, a0, 0x4fffffffb)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; sh2add.uw a0, a1, a2
	CHECK(87, a0, 0xff00040100ff7c)
	li a1, 0xff00000100ff80; li a2, 0x0; sh2add.uw a0, a1, a2
	CHECK(88, a0, 0x403fe00)
	li a1, 0xff00000100ff80; li a2, 0x1; sh2add.uw a0, a1, a2
	CHECK(89, a0, 0x403fe01)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; sh2add.uw a0, a1, a2
	CHECK(90, a0, 0x403fdff)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; sh2add.uw a0, a1, a2
	CHECK(91, a0, 0x800000000403fe00)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; sh2add.uw a0, a1, a2
	CHECK(92, a0, 0x800000000403fdff)
	li a1, 0xff00000100ff80; li a2, 0x80000000; sh2add.uw a0, a1, a2
	CHECK(93, a0, 0x8403fe00)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; sh2add.uw a0, a1, a2
	CHECK(94, a0, 0x8403fdff)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; sh2add.uw a0, a1, a2
	CHECK(95, a0, 0xffffffff8403fe00)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; sh2add.uw a0, a1, a2
	CHECK(96, a0, 0x123456789ec0dcf0)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; sh2add.uw a0, a1, a2
	CHECK(97, a0, 0x403fdf9)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; sh2add.uw a0, a1, a2
	CHECK(98, a0, 0x10403fdff)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; sh2add.uw a0, a1, a2
	CHECK(99, a0, 0xff00000504fd80)
	/* sh3add.uw */
	li a1, 0x0; li a2, 0x0; sh3add.uw a0, a1, a2
	CHECK(100, a0, 0x0)
	li a1, 0x0; li a2, 0x1; sh3add.uw a0, a1, a2
	CHECK(101, a0, 0x1)
	li a1, 0x0; li a2, 0xffffffffffffffff; sh3add.uw a0, a1, a2
	CHECK(102, a0, 0xffffffffffffffff)
	li a1, 0x0; li a2, 0x8000000000000000; sh3add.uw a0, a1, a2
	CHECK(103, a0, 0x8000000000000000)
	li a1, 0x0; li a2, 0x7fffffffffffffff; sh3add.uw a0, a1, a2
	CHECK(104, a0, 0x7fffffffffffffff)
	li a1, 0x0; li a2, 0x80000000; sh3add.uw a0, a1, a2
	CHECK(105, a0, 0x80000000)
	li a1, 0x0; li a2, 0x7fffffff; sh3add.uw a0, a1, a2
	CHECK(106, a0, 0x7fffffff)
	li a1, 0x0; li a2, 0xffffffff80000000; sh3add.uw a0, a1, a2
	CHECK(107, a0, 0xffffffff80000000)
	li a1, 0x0; li a2, 0x123456789abcdef0; sh3add.uw a0, a1, a2
	CHECK(108, a0, 0x123456789abcdef0)
	li a1, 0x0; li a2, 0xfffffffffffffff9; sh3add.uw a0, a1, a2
	CHECK(109, a0, 0xfffffffffffffff9)
	li a1, 0x0; li a2, 0xffffffff; sh3add.uw a0, a1, a2
	CHECK(110, a0, 0xffffffff)
	li a1, 0x0; li a2, 0xff00000100ff80; sh3add.uw a0, a1, a2
	CHECK(111, a0, 0xff00000100ff80)
	li a1, 0x1; li a2, 0x0; sh3add.uw a0, a1, a2
	CHECK(112, a0, 0x8)
	li a1, 0x1; li a2, 0x1; sh3add.uw a0, a1, a2
	CHECK(113, a0, 0x9)
	li a1, 0x1; li a2, 0xffffffffffffffff; sh3add.uw a0, a1, a2
	CHECK(114, a0, 0x7)
	li a1, 0x1; li a2, 0x8000000000000000; sh3add.uw a0, a1, a2
	CHECK(115, a0, 0x8000000000000008)
	li a1, 0x1; li a2, 0x7fffffffffffffff; sh3add.uw a0, a1, a2
	CHECK(116, a0, 0x8000000000000007)
	li a1, 0x1; li a2, 0x80000000; sh3add.uw a0, a1, a2
	CHECK(117, a0, 0x80000008)
	li a1, 0x1; li a2, 0x7fffffff; sh3add.uw a0, a1, a2
	CHECK(118, a0, 0x80000007)
	li a1, 0x1; li a2, 0xffffffff80000000; sh3add.uw a0, a1, a2
	CHECK(119, a0, 0xffffffff80000008)
	li a1, 0x1; li a2, 0x123456789abcdef0; sh3add.uw a0, a1, a2
	CHECK(120, a0, 0x123456789abcdef8)
	li a1, 0x1; li a2, 0xfffffffffffffff9; sh3add.uw a0, a1, a2
	CHECK(121, a0, 0x1)
	li a1, 0x1; li a2, 0xffffffff; sh3add.uw a0, a1, a2
	CHECK(122, a0, 0x100000007)
	li a1, 0x1; li a2, 0xff00000100ff80; sh3add.uw a0, a1, a2
	CHECK(123, a0, 0xff00000100ff88)
	li a1, 0xffffffffffffffff; li a2, 0x0; sh3add.uw a0, a1, a2
	CHECK(124, a0, 0x7fffffff8)
	li a1, 0xffffffffffffffff; li a2, 0x1; sh3add.uw a0, a1, a2
	CHECK(125, a0, 0x7fffffff9)
	li a1, 0xffffffffffffffff; li a2, 0xffffffffffffffff; sh3add.uw a0, a1, a2
	CHECK(126, a0, 0x7fffffff7)
	li a1, 0xffffffffffffffff; li a2, 0x8000000000000000; sh3add.uw a0, a1, a2
	CHECK(127, a0, 0x80000007fffffff8)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffffffffffff; sh3add.uw a0, a1, a2
	CHECK(128, a0, 0x80000007fffffff7)
	li a1, 0xffffffffffffffff; li a2, 0x80000000; sh3add.uw a0, a1, a2
	CHECK(129, a0, 0x87ffffff8)
	li a1, 0xffffffffffffffff; li a2, 0x7fffffff; sh3add.uw a0, a1, a2
	CHECK(130, a0, 0x87ffffff7)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff80000000; sh3add.uw a0, a1, a2
	CHECK(131, a0, 0x77ffffff8)
	li a1, 0xffffffffffffffff; li a2, 0x123456789abcdef0; sh3add.uw a0, a1, a2
	CHECK(132, a0, 0x123456809abcdee8)
	li a1, 0xffffffffffffffff; li a2, 0xfffffffffffffff9; sh3add.uw a0, a1, a2
	CHECK(133, a0, 0x7fffffff1)
	li a1, 0xffffffffffffffff; li a2, 0xffffffff; sh3add.uw a0, a1, a2
	CHECK(134, a0, 0x8fffffff7)
	li a1, 0xffffffffffffffff; li a2, 0xff00000100ff80; sh3add.uw a0, a1, a2
	CHECK(135, a0, 0xff00080100ff78)
	li a1, 0x8000000000000000; li a2, 0x0; sh3add.uw a0, a1, a2
	CHECK(136, a0, 0x0)
	li a1, 0x8000000000000000; li a2, 0x1; sh3add.uw a0, a1, a2
	CHECK(137, a0, 0x1)
	li a1, 0x8000000000000000; li a2, 0xffffffffffffffff; sh3add.uw a0, a1, a2
	CHECK(138, a0, 0xffffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x8000000000000000; sh3add.uw a0, a1, a2
	CHECK(139, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffffffffffff; sh3add.uw a0, a1, a2
	CHECK(140, a0, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; li a2, 0x80000000; sh3add.uw a0, a1, a2
	CHECK(141, a0, 0x80000000)
	li a1, 0x8000000000000000; li a2, 0x7fffffff; sh3add.uw a0, a1, a2
	CHECK(142, a0, 0x7fffffff)
	li a1, 0x8000000000000000; li a2, 0xffffffff80000000; sh3add.uw a0, a1, a2
	CHECK(143, a0, 0xffffffff80000000)
	li a1, 0x8000000000000000; li a2, 0x123456789abcdef0; sh3add.uw a0, a1, a2
	CHECK(144, a0, 0x123456789abcdef0)
	li a1, 0x8000000000000000; li a2, 0xfffffffffffffff9; sh3add.uw a0, a1, a2
	CHECK(145, a0, 0xfffffffffffffff9)
	li a1, 0x8000000000000000; li a2, 0xffffffff; sh3add.uw a0, a1, a2
	CHECK(146, a0, 0xffffffff)
	li a1, 0x8000000000000000; li a2, 0xff00000100ff80; sh3add.uw a0, a1, a2
	CHECK(147, a0, 0xff00000100ff80)
	li a1, 0x7fffffffffffffff; li a2, 0x0; sh3add.uw a0, a1, a2
	CHECK(148, a0, 0x7fffffff8)
	li a1, 0x7fffffffffffffff; li a2, 0x1; sh3add.uw a0, a1, a2
	CHECK(149, a0, 0x7fffffff9)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffffffffffff; sh3add.uw a0, a1, a2
	CHECK(150, a0, 0x7fffffff7)
	li a1, 0x7fffffffffffffff; li a2, 0x8000000000000000; sh3add.uw a0, a1, a2
	CHECK(151, a0, 0x80000007fffffff8)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffffffffffff; sh3add.uw a0, a1, a2
	CHECK(152, a0, 0x80000007fffffff7)
	li a1, 0x7fffffffffffffff; li a2, 0x80000000; sh3add.uw a0, a1, a2
	CHECK(153, a0, 0x87ffffff8)
	li a1, 0x7fffffffffffffff; li a2, 0x7fffffff; sh3add.uw a0, a1, a2
	CHECK(154, a0, 0x87ffffff7)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff80000000; sh3add.uw a0, a1, a2
	CHECK(155, a0, 0x77ffffff8)
	li a1, 0x7fffffffffffffff; li a2, 0x123456789abcdef0; sh3add.uw a0, a1, a2
	CHECK(156, a0, 0x123456809abcdee8)
	li a1, 0x7fffffffffffffff; li a2, 0xfffffffffffffff9; sh3add.uw a0, a1, a2
	CHECK(157, a0, 0x7fffffff1)
	li a1, 0x7fffffffffffffff; li a2, 0xffffffff; sh3add.uw a0, a1, a2
	CHECK(158, a0, 0x8fffffff7)
	li a1, 0x7fffffffffffffff; li a2, 0xff00000100ff80; sh3add.uw a0, a1, a2
	CHECK(159, a0, 0xff00080100ff78)
	li a1, 0x80000000; li a2, 0x0; sh3add.uw a0, a1, a2
	CHECK(160, a0, 0x400000000)
	li a1, 0x80000000; li a2, 0x1; sh3add.uw a0, a1, a2
	CHECK(161, a0, 0x400000001)
	li a1, 0x80000000; li a2, 0xffffffffffffffff; sh3add.uw a0, a1, a2
	CHECK(162, a0, 0x3ffffffff)
	li a1, 0x80000000; li a2, 0x8000000000000000; sh3add.uw a0, a1, a2
	CHECK(163, a0, 0x8000000400000000)
	li a1, 0x80000000; li a2, 0x7fffffffffffffff; sh3add.uw a0, a1, a2
	CHECK(164, a0, 0x80000003ffffffff)
	li a1, 0x80000000; li a2, 0x80000000; sh3add.uw a0, a1, a2
	CHECK(165, a0, 0x480000000)
	li a1, 0x80000000; li a2, 0x7fffffff; sh3add.uw a0, a1, a2
	CHECK(166, a0, 0x47fffffff)
	li a1, 0x80000000; li a2, 0xffffffff80000000; sh3add.uw a0, a1, a2
	CHECK(167, a0, 0x380000000)
	li a1, 0x80000000; li a2, 0x123456789abcdef0; sh3add.uw a0, a1, a2
	CHECK(168, a0, 0x1234567c9abcdef0)
	li a1, 0x80000000; li a2, 0xfffffffffffffff9; sh3add.uw a0, a1, a2
	CHECK(169, a0, 0x3fffffff9)
	li a1, 0x80000000; li a2, 0xffffffff; sh3add.uw a0, a1, a2
	CHECK(170, a0, 0x4ffffffff)
	li a1, 0x80000000; li a2, 0xff00000100ff80; sh3add.uw a0, a1, a2
	CHECK(171, a0, 0xff00040100ff80)
	li a1, 0x7fffffff; li a2, 0x0; sh3add.uw a0, a1, a2
	CHECK(172, a0, 0x3fffffff8)
	li a1, 0x7fffffff; li a2, 0x1; sh3add.uw a0, a1, a2
	CHECK(173, a0, 0x3fffffff9)
	li a1, 0x7fffffff; li a2, 0xffffffffffffffff; sh3add.uw a0, a1, a2
	CHECK(174, a0, 0x3fffffff7)
	li a1, 0x7fffffff; li a2, 0x8000000000000000; sh3add.uw a0, a1, a2
	CHECK(175, a0, 0x80000003fffffff8)
	li a1, 0x7fffffff; li a2, 0x7fffffffffffffff; sh3add.uw a0, a1, a2
	CHECK(176, a0, 0x80000003fffffff7)
	li a1, 0x7fffffff; li a2, 0x80000000; sh3add.uw a0, a1, a2
	CHECK(177, a0, 0x47ffffff8)
	li a1, 0x7fffffff; li a2, 0x7fffffff; sh3add.uw a0, a1, a2
	CHECK(178, a0, 0x47ffffff7)
	li a1, 0x7fffffff; li a2, 0xffffffff80000000; sh3add.uw a0, a1, a2
	CHECK(179, a0, 0x37ffffff8)
	li a1, 0x7fffffff; li a2, 0x123456789abcdef0; sh3add.uw a0, a1, a2
	CHECK(180, a0, 0x1234567c9abcdee8)
	li a1, 0x7fffffff; li a2, 0xfffffffffffffff9; sh3add.uw a0, a1, a2
	CHECK(181, a0, 0x3fffffff1)
	li a1, 0x7fffffff; li a2, 0xffffffff; sh3add.uw a0, a1, a2
	CHECK(182, a0, 0x4fffffff7)
	li a1, 0x7fffffff; li a2, 0xff00000100ff80; sh3add.uw a0, a1, a2
	CHECK(183, a0, 0xff00040100ff78)
	li a1, 0xffffffff80000000; li a2, 0x0; sh3add.uw a0, a1, a2
	CHECK(184, a0, 0x400000000)
	li a1, 0xffffffff80000000; li a2, 0x1; sh3add.uw a0, a1, a2
	CHECK(185, a0, 0x400000001)
	li a1, 0xffffffff80000000; li a2, 0xffffffffffffffff; sh3add.uw a0, a1, a2
	CHECK(186, a0, 0x3ffffffff)
	li a1, 0xffffffff80000000; li a2, 0x8000000000000000; sh3add.uw a0, a1, a2
	CHECK(187, a0, 0x8000000400000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffffffffffff; sh3add.uw a0, a1, a2
	CHECK(188, a0, 0x80000003ffffffff)
	li a1, 0xffffffff80000000; li a2, 0x80000000; sh3add.uw a0, a1, a2
	CHECK(189, a0, 0x480000000)
	li a1, 0xffffffff80000000; li a2, 0x7fffffff; sh3add.uw a0, a1, a2
	CHECK(190, a0, 0x47fffffff)
	li a1, 0xffffffff80000000; li a2, 0xffffffff80000000; sh3add.uw a0, a1, a2
	CHECK(191, a0, 0x380000000)
	li a1, 0xffffffff80000000; li a2, 0x123456789abcdef0; sh3add.uw a0, a1, a2
	CHECK(192, a0, 0x1234567c9abcdef0)
	li a1, 0xffffffff80000000; li a2, 0xfffffffffffffff9; sh3add.uw a0, a1, a2
	CHECK(193, a0, 0x3fffffff9)
	li a1, 0xffffffff80000000; li a2, 0xffffffff; sh3add.uw a0, a1, a2
	CHECK(194, a0, 0x4ffffffff)
	li a1, 0xffffffff80000000; li a2, 0xff00000100ff80; sh3add.uw a0, a1, a2
	CHECK(195, a0, 0xff00040100ff80)
	li a1, 0x123456789abcdef0; li a2, 0x0; sh3add.uw a0, a1, a2
	CHECK(196, a0, 0x4d5e6f780)
	li a1, 0x123456789abcdef0; li a2, 0x1; sh3add.uw a0, a1, a2
	CHECK(197, a0, 0x4d5e6f781)
	li a1, 0x123456789abcdef0; li a2, 0xffffffffffffffff; sh3add.uw a0, a1, a2
	CHECK(198, a0, 0x4d5e6f77f)
	li a1, 0x123456789abcdef0; li a2, 0x8000000000000000; sh3add.uw a0, a1, a2
	CHECK(199, a0, 0x80000004d5e6f780)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffffffffffff; sh3add.uw a0, a1, a2
	CHECK(200, a0, 0x80000004d5e6f77f)
	li a1, 0x123456789abcdef0; li a2, 0x80000000; sh3add.uw a0, a1, a2
	CHECK(201, a0, 0x555e6f780)
	li a1, 0x123456789abcdef0; li a2, 0x7fffffff; sh3add.uw a0, a1, a2
	CHECK(202, a0, 0x555e6f77f)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff80000000; sh3add.uw a0, a1, a2
	CHECK(203, a0, 0x455e6f780)
	li a1, 0x123456789abcdef0; li a2, 0x123456789abcdef0; sh3add.uw a0, a1, a2
	CHECK(204, a0, 0x1234567d70a3d670)
	li a1, 0x123456789abcdef0; li a2, 0xfffffffffffffff9; sh3add.uw a0, a1, a2
	CHECK(205, a0, 0x4d5e6f779)
	li a1, 0x123456789abcdef0; li a2, 0xffffffff; sh3add.uw a0, a1, a2
	CHECK(206, a0, 0x5d5e6f77f)
	li a1, 0x123456789abcdef0; li a2, 0xff00000100ff80; sh3add.uw a0, a1, a2
	CHECK(207, a0, 0xff0004d6e7f700)
	li a1, 0xfffffffffffffff9; li a2, 0x0; sh3add.uw a0, a1, a2
	CHECK(208, a0, 0x7ffffffc8)
	li a1, 0xfffffffffffffff9; li a2, 0x1; sh3add.uw a0, a1, a2
	CHECK(209, a0, 0x7ffffffc9)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffffffffffff; sh3add.uw a0, a1, a2
	CHECK(210, a0, 0x7ffffffc7)
	li a1, 0xfffffffffffffff9; li a2, 0x8000000000000000; sh3add.uw a0, a1, a2
	CHECK(211, a0, 0x80000007ffffffc8)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffffffffffff; sh3add.uw a0, a1, a2
	CHECK(212, a0, 0x80000007ffffffc7)
	li a1, 0xfffffffffffffff9; li a2, 0x80000000; sh3add.uw a0, a1, a2
	CHECK(213, a0, 0x87fffffc8)
	li a1, 0xfffffffffffffff9; li a2, 0x7fffffff; sh3add.uw a0, a1, a2
	CHECK(214, a0, 0x87fffffc7)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff80000000; sh3add.uw a0, a1, a2
	CHECK(215, a0, 0x77fffffc8)
	li a1, 0xfffffffffffffff9; li a2, 0x123456789abcdef0; sh3add.uw a0, a1, a2
	CHECK(216, a0, 0x123456809abcdeb8)
	li a1, 0xfffffffffffffff9; li a2, 0xfffffffffffffff9; sh3add.uw a0, a1, a2
	CHECK(217, a0, 0x7ffffffc1)
	li a1, 0xfffffffffffffff9; li a2, 0xffffffff; sh3add.uw a0, a1, a2
	CHECK(218, a0, 0x8ffffffc7)
	li a1, 0xfffffffffffffff9; li a2, 0xff00000100ff80; sh3add.uw a0, a1, a2
	CHECK(219, a0, 0xff00080100ff48)
	li a1, 0xffffffff; li a2, 0x0; sh3add.uw a0, a1, a2
	CHECK(220, a0, 0x7fffffff8)
	li a1, 0xffffffff; li a2, 0x1; sh3add.uw a0, a1, a2
	CHECK(221, a0, 0x7fffffff9)
	li a1, 0xffffffff; li a2, 0xffffffffffffffff; sh3add.uw a0, a1, a2
	CHECK(222, a0, 0x7fffffff7)
	li a1, 0xffffffff; li a2, 0x8000000000000000; sh3add.uw a0, a1, a2
	CHECK(223, a0, 0x80000007fffffff8)
	li a1, 0xffffffff; li a2, 0x7fffffffffffffff; sh3add.uw a0, a1, a2
	CHECK(224, a0, 0x80000007fffffff7)
	li a1, 0xffffffff; li a2, 0x80000000; sh3add.uw a0, a1, a2
	CHECK(225, a0, 0x87ffffff8)
	li a1, 0xffffffff; li a2, 0x7fffffff; sh3add.uw a0, a1, a2
	CHECK(226, a0, 0x87ffffff7)
	li a1, 0xffffffff; li a2, 0xffffffff80000000; sh3add.uw a0, a1, a2
	CHECK(227, a0, 0x77ffffff8)
	li a1, 0xffffffff; li a2, 0x123456789abcdef0; sh3add.uw a0, a1, a2
	CHECK(228, a0, 0x123456809abcdee8)
	li a1, 0xffffffff; li a2, 0xfffffffffffffff9; sh3add.uw a0, a1, a2
	CHECK(229, a0, 0x7fffffff1)
	li a1, 0xffffffff; li a2, 0xffffffff; sh3add.uw a0, a1, a2
	CHECK(230, a0, 0x8fffffff7)
	li a1, 0xffffffff; li a2, 0xff00000100ff80; sh3add.uw a0, a1, a2
	CHECK(231, a0, 0xff00080100ff78)
	li a1, 0xff00000100ff80; li a2, 0x0; sh3add.uw a0, a1, a2
	CHECK(232, a0, 0x807fc00)
	li a1, 0xff00000100ff80; li a2, 0x1; sh3add.uw a0, a1, a2
	CHECK(233, a0, 0x807fc01)
	li a1, 0xff00000100ff80; li a2, 0xffffffffffffffff; sh3add.uw a0, a1, a2
	CHECK(234, a0, 0x807fbff)
	li a1, 0xff00000100ff80; li a2, 0x8000000000000000; sh3add.uw a0, a1, a2
	CHECK(235, a0, 0x800000000807fc00)
	li a1, 0xff00000100ff80; li a2, 0x7fffffffffffffff; sh3add.uw a0, a1, a2
	CHECK(236, a0, 0x800000000807fbff)
	li a1, 0xff00000100ff80; li a2, 0x80000000; sh3add.uw a0, a1, a2
	CHECK(237, a0, 0x8807fc00)
	li a1, 0xff00000100ff80; li a2, 0x7fffffff; sh3add.uw a0, a1, a2
	CHECK(238, a0, 0x8807fbff)
	li a1, 0xff00000100ff80; li a2, 0xffffffff80000000; sh3add.uw a0, a1, a2
	CHECK(239, a0, 0xffffffff8807fc00)
	li a1, 0xff00000100ff80; li a2, 0x123456789abcdef0; sh3add.uw a0, a1, a2
	CHECK(240, a0, 0x12345678a2c4daf0)
	li a1, 0xff00000100ff80; li a2, 0xfffffffffffffff9; sh3add.uw a0, a1, a2
	CHECK(241, a0, 0x807fbf9)
	li a1, 0xff00000100ff80; li a2, 0xffffffff; sh3add.uw a0, a1, a2
	CHECK(242, a0, 0x10807fbff)
	li a1, 0xff00000100ff80; li a2, 0xff00000100ff80; sh3add.uw a0, a1, a2
	CHECK(243, a0, 0xff00000908fb80)
	/* slli.uw */
	li a1, 0x0; slli.uw a0, a1, 0
	CHECK(244, a0, 0x0)
	li a1, 0x0; slli.uw a0, a1, 1
	CHECK(245, a0, 0x0)
	li a1, 0x0; slli.uw a0, a1, 31
	CHECK(246, a0, 0x0)
	li a1, 0x0; slli.uw a0, a1, 32
	CHECK(247, a0, 0x0)
	li a1, 0x0; slli.uw a0, a1, 33
	CHECK(248, a0, 0x0)
	li a1, 0x0; slli.uw a0, a1, 63
	CHECK(249, a0, 0x0)
	li a1, 0x1; slli.uw a0, a1, 0
	CHECK(250, a0, 0x1)
	li a1, 0x1; slli.uw a0, a1, 1
	CHECK(251, a0, 0x2)
	li a1, 0x1; slli.uw a0, a1, 31
	CHECK(252, a0, 0x80000000)
	li a1, 0x1; slli.uw a0, a1, 32
	CHECK(253, a0, 0x100000000)
	li a1, 0x1; slli.uw a0, a1, 33
	CHECK(254, a0, 0x200000000)
	li a1, 0x1; slli.uw a0, a1, 63
	CHECK(255, a0, 0x8000000000000000)
	li a1, 0xffffffffffffffff; slli.uw a0, a1, 0
	CHECK(1, a0, 0xffffffff)
	li a1, 0xffffffffffffffff; slli.uw a0, a1, 1
	CHECK(2, a0, 0x1fffffffe)
	li a1, 0xffffffffffffffff; slli.uw a0, a1, 31
	CHECK(3, a0, 0x7fffffff80000000)
	li a1, 0xffffffffffffffff; slli.uw a0, a1, 32
	CHECK(4, a0, 0xffffffff00000000)
	li a1, 0xffffffffffffffff; slli.uw a0, a1, 33
	CHECK(5, a0, 0xfffffffe00000000)
	li a1, 0xffffffffffffffff; slli.uw a0, a1, 63
	CHECK(6, a0, 0x8000000000000000)
	li a1, 0x8000000000000000; slli.uw a0, a1, 0
	CHECK(7, a0, 0x0)
	li a1, 0x8000000000000000; slli.uw a0, a1, 1
	CHECK(8, a0, 0x0)
	li a1, 0x8000000000000000; slli.uw a0, a1, 31
	CHECK(9, a0, 0x0)
	li a1, 0x8000000000000000; slli.uw a0, a1, 32
	CHECK(10, a0, 0x0)
	li a1, 0x8000000000000000; slli.uw a0, a1, 33
	CHECK(11, a0, 0x0)
	li a1, 0x8000000000000000; slli.uw a0, a1, 63
	CHECK(12, a0, 0x0)
	li a1, 0x7fffffffffffffff; slli.uw a0, a1, 0
	CHECK(13, a0, 0xffffffff)
	li a1, 0x7fffffffffffffff; slli.uw a0, a1, 1
	CHECK(14, a0, 0x1fffffffe)
	li a1, 0x7fffffffffffffff; slli.uw a0, a1, 31
	CHECK(15, a0, 0x7fffffff80000000)
	li a1, 0x7fffffffffffffff; slli.uw a0, a1, 32
	CHECK(16, a0, 0xffffffff00000000)
	li a1, 0x7fffffffffffffff; slli.uw a0, a1, 33
	CHECK(17, a0, 0xfffffffe00000000)
	li a1, 0x7fffffffffffffff; slli.uw a0, a1, 63
	CHECK(18, a0, 0x8000000000000000)
	li a1, 0x80000000; slli.uw a0, a1, 0
	CHECK(19, a0, 0x80000000)
	li a1, 0x80000000; slli.uw a0, a1, 1
	CHECK(20, a0, 0x100000000)
	li a1, 0x80000000; slli.uw a0, a1, 31
	CHECK(21, a0, 0x4000000000000000)
	li a1, 0x80000000; slli.uw a0, a1, 32
	CHECK(22, a0, 0x8000000000000000)
	li a1, 0x80000000; slli.uw a0, a1, 33
	CHECK(23, a0, 0x0)
	li a1, 0x80000000; slli.uw a0, a1, 63
	CHECK(24, a0, 0x0)
	li a1, 0x7fffffff; slli.uw a0, a1, 0
	CHECK(25, a0, 0x7fffffff)
	li a1, 0x7fffffff; slli.uw a0, a1, 1
	CHECK(26, a0, 0xfffffffe)
	li a1, 0x7fffffff; slli.uw a0, a1, 31
	CHECK(27, a0, 0x3fffffff80000000)
	li a1, 0x7fffffff; slli.uw a0, a1, 32
	CHECK(28, a0, 0x7fffffff00000000)
	li a1, 0x7fffffff; slli.uw a0, a1, 33
	CHECK(29, a0, 0xfffffffe00000000)
	li a1, 0x7fffffff; slli.uw a0, a1, 63
	CHECK(30, a0, 0x8000000000000000)
	li a1, 0xffffffff80000000; slli.uw a0, a1, 0
	CHECK(31, a0, 0x80000000)
	li a1, 0xffffffff80000000; slli.uw a0, a1, 1
	CHECK(32, a0, 0x100000000)
	li a1, 0xffffffff80000000; slli.uw a0, a1, 31
	CHECK(33, a0, 0x4000000000000000)
	li a1, 0xffffffff80000000; slli.uw a0, a1, 32
	CHECK(34, a0, 0x8000000000000000)
	li a1, 0xffffffff80000000; slli.uw a0, a1, 33
	CHECK(35, a0, 0x0)
	li a1, 0xffffffff80000000; slli.uw a0, a1, 63
	CHECK(36, a0, 0x0)
	li a1, 0x123456789abcdef0; slli.uw a0, a1, 0
	CHECK(37, a0, 0x9abcdef0)
	li a1, 0x123456789abcdef0; slli.uw a0, a1, 1
	CHECK(38, a0, 0x13579bde0)
	li a1, 0x123456789abcdef0; slli.uw a0, a1, 31
	CHECK(39, a0, 0x4d5e6f7800000000)
	li a1, 0x123456789abcdef0; slli.uw a0, a1, 32
	CHECK(40, a0, 0x9abcdef000000000)
	li a1, 0x123456789abcdef0; slli.uw a0, a1, 33
	CHECK(41, a0, 0x3579bde000000000)
	li a1, 0x123456789abcdef0; slli.uw a0, a1, 63
	CHECK(42, a0, 0x0)
	li a1, 0xfffffffffffffff9; slli.uw a0, a1, 0
	CHECK(43, a0, 0xfffffff9)
	li a1, 0xfffffffffffffff9; slli.uw a0, a1, 1
	CHECK(44, a0, 0x1fffffff2)
	li a1, 0xfffffffffffffff9; slli.uw a0, a1, 31
	CHECK(45, a0, 0x7ffffffc80000000)
	li a1, 0xfffffffffffffff9; slli.uw a0, a1, 32
	CHECK(46, a0, 0xfffffff900000000)
	li a1, 0xfffffffffffffff9; slli.uw a0, a1, 33
	CHECK(47, a0, 0xfffffff200000000)
	li a1, 0xfffffffffffffff9; slli.uw a0, a1, 63
	CHECK(48, a0, 0x8000000000000000)
	li a1, 0xffffffff; slli.uw a0, a1, 0
	CHECK(49, a0, 0xffffffff)
	li a1, 0xffffffff; slli.uw a0, a1, 1
	CHECK(50, a0, 0x1fffffffe)
	li a1, 0xffffffff; slli.uw a0, a1, 31
	CHECK(51, a0, 0x7fffffff80000000)
	li a1, 0xffffffff; slli.uw a0, a1, 32
	CHECK(52, a0, 0xffffffff00000000)
	li a1, 0xffffffff; slli.uw a0, a1, 33
	CHECK(53, a0, 0xfffffffe00000000)
	li a1, 0xffffffff; slli.uw a0, a1, 63
	CHECK(54, a0, 0x8000000000000000)
	li a1, 0xff00000100ff80; slli.uw a0, a1, 0
	CHECK(55, a0, 0x100ff80)
	li a1, 0xff00000100ff80; slli.uw a0, a1, 1
	CHECK(56, a0, 0x201ff00)
	li a1, 0xff00000100ff80; slli.uw a0, a1, 31
	CHECK(57, a0, 0x807fc000000000)
	li a1, 0xff00000100ff80; slli.uw a0, a1, 32
	CHECK(58, a0, 0x100ff8000000000)
	li a1, 0xff00000100ff80; slli.uw a0, a1, 33
	CHECK(59, a0, 0x201ff0000000000)
	li a1, 0xff00000100ff80; slli.uw a0, a1, 63
	CHECK(60, a0, 0x0)
TEST_END
