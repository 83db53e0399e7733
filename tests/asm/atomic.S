/* A extension: lr/sc success and failure, every amo in .w and .d with sign edge cases; the .w
 * forms sign-extend the old value and ignore the upper half of rs2 */
/* Table-driven: one check per (operation, operands) over edge values. Written by a throwaway
 * script at test-writing time, expected values computed from the RISC-V unprivileged spec
 * with Python integers, and run against qemu-riscv64. A failing check prints its number. */
#include "test.h"
.data
.balign 16
cell: .zero 16
.text
TEST_BEGIN
	la s0, cell
	/* amoswap.w */
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoswap.w a0, a2, (s0)
	CHECK(1, a0, 0x0)
	ld a3, 0(s0)
	CHECK(2, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoswap.w a0, a2, (s0)
	CHECK(3, a0, 0x0)
	ld a3, 0(s0)
	CHECK(4, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoswap.w a0, a2, (s0)
	CHECK(5, a0, 0x0)
	ld a3, 0(s0)
	CHECK(6, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoswap.w a0, a2, (s0)
	CHECK(7, a0, 0x0)
	ld a3, 0(s0)
	CHECK(8, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoswap.w a0, a2, (s0)
	CHECK(9, a0, 0x0)
	ld a3, 0(s0)
	CHECK(10, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoswap.w a0, a2, (s0)
	CHECK(11, a0, 0x0)
	ld a3, 0(s0)
	CHECK(12, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoswap.w a0, a2, (s0)
	CHECK(13, a0, 0x1)
	ld a3, 0(s0)
	CHECK(14, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoswap.w a0, a2, (s0)
	CHECK(15, a0, 0x1)
	ld a3, 0(s0)
	CHECK(16, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoswap.w a0, a2, (s0)
	CHECK(17, a0, 0x1)
	ld a3, 0(s0)
	CHECK(18, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoswap.w a0, a2, (s0)
	CHECK(19, a0, 0x1)
	ld a3, 0(s0)
	CHECK(20, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoswap.w a0, a2, (s0)
	CHECK(21, a0, 0x1)
	ld a3, 0(s0)
	CHECK(22, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoswap.w a0, a2, (s0)
	CHECK(23, a0, 0x1)
	ld a3, 0(s0)
	CHECK(24, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoswap.w a0, a2, (s0)
	CHECK(25, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(26, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoswap.w a0, a2, (s0)
	CHECK(27, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(28, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoswap.w a0, a2, (s0)
	CHECK(29, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(30, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoswap.w a0, a2, (s0)
	CHECK(31, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(32, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoswap.w a0, a2, (s0)
	CHECK(33, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(34, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoswap.w a0, a2, (s0)
	CHECK(35, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(36, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoswap.w a0, a2, (s0)
	CHECK(37, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(38, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoswap.w a0, a2, (s0)
	CHECK(39, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(40, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoswap.w a0, a2, (s0)
	CHECK(41, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(42, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoswap.w a0, a2, (s0)
	CHECK(43, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(44, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoswap.w a0, a2, (s0)
	CHECK(45, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(46, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoswap.w a0, a2, (s0)
	CHECK(47, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(48, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoswap.w a0, a2, (s0)
	CHECK(49, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(50, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoswap.w a0, a2, (s0)
	CHECK(51, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(52, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoswap.w a0, a2, (s0)
	CHECK(53, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(54, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoswap.w a0, a2, (s0)
	CHECK(55, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(56, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoswap.w a0, a2, (s0)
	CHECK(57, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(58, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoswap.w a0, a2, (s0)
	CHECK(59, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(60, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoswap.w a0, a2, (s0)
	CHECK(61, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(62, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoswap.w a0, a2, (s0)
	CHECK(63, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(64, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoswap.w a0, a2, (s0)
	CHECK(65, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(66, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoswap.w a0, a2, (s0)
	CHECK(67, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(68, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoswap.w a0, a2, (s0)
	CHECK(69, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(70, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoswap.w a0, a2, (s0)
	CHECK(71, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(72, a3, 0x5a5a5a5a12345678)
	/* amoswap.d */
	li a1, 0x0; sd a1, 0(s0); li a2, 0x0
	amoswap.d a0, a2, (s0)
	CHECK(73, a0, 0x0)
	ld a3, 0(s0)
	CHECK(74, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x1
	amoswap.d a0, a2, (s0)
	CHECK(75, a0, 0x0)
	ld a3, 0(s0)
	CHECK(76, a3, 0x1)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoswap.d a0, a2, (s0)
	CHECK(77, a0, 0x0)
	ld a3, 0(s0)
	CHECK(78, a3, 0xffffffffffffffff)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x8000000000000000
	amoswap.d a0, a2, (s0)
	CHECK(79, a0, 0x0)
	ld a3, 0(s0)
	CHECK(80, a3, 0x8000000000000000)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoswap.d a0, a2, (s0)
	CHECK(81, a0, 0x0)
	ld a3, 0(s0)
	CHECK(82, a3, 0x7fffffffffffffff)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x80000000
	amoswap.d a0, a2, (s0)
	CHECK(83, a0, 0x0)
	ld a3, 0(s0)
	CHECK(84, a3, 0x80000000)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoswap.d a0, a2, (s0)
	CHECK(85, a0, 0x0)
	ld a3, 0(s0)
	CHECK(86, a3, 0xfedcba9876543210)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x0
	amoswap.d a0, a2, (s0)
	CHECK(87, a0, 0x1)
	ld a3, 0(s0)
	CHECK(88, a3, 0x0)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x1
	amoswap.d a0, a2, (s0)
	CHECK(89, a0, 0x1)
	ld a3, 0(s0)
	CHECK(90, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoswap.d a0, a2, (s0)
	CHECK(91, a0, 0x1)
	ld a3, 0(s0)
	CHECK(92, a3, 0xffffffffffffffff)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x8000000000000000
	amoswap.d a0, a2, (s0)
	CHECK(93, a0, 0x1)
	ld a3, 0(s0)
	CHECK(94, a3, 0x8000000000000000)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoswap.d a0, a2, (s0)
	CHECK(95, a0, 0x1)
	ld a3, 0(s0)
	CHECK(96, a3, 0x7fffffffffffffff)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x80000000
	amoswap.d a0, a2, (s0)
	CHECK(97, a0, 0x1)
	ld a3, 0(s0)
	CHECK(98, a3, 0x80000000)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoswap.d a0, a2, (s0)
	CHECK(99, a0, 0x1)
	ld a3, 0(s0)
	CHECK(100, a3, 0xfedcba9876543210)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amoswap.d a0, a2, (s0)
	CHECK(101, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(102, a3, 0x0)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amoswap.d a0, a2, (s0)
	CHECK(103, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(104, a3, 0x1)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoswap.d a0, a2, (s0)
	CHECK(105, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(106, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amoswap.d a0, a2, (s0)
	CHECK(107, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(108, a3, 0x8000000000000000)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoswap.d a0, a2, (s0)
	CHECK(109, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(110, a3, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amoswap.d a0, a2, (s0)
	CHECK(111, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(112, a3, 0x80000000)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoswap.d a0, a2, (s0)
	CHECK(113, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(114, a3, 0xfedcba9876543210)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x0
	amoswap.d a0, a2, (s0)
	CHECK(115, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(116, a3, 0x0)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x1
	amoswap.d a0, a2, (s0)
	CHECK(117, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(118, a3, 0x1)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoswap.d a0, a2, (s0)
	CHECK(119, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(120, a3, 0xffffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amoswap.d a0, a2, (s0)
	CHECK(121, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(122, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoswap.d a0, a2, (s0)
	CHECK(123, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(124, a3, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x80000000
	amoswap.d a0, a2, (s0)
	CHECK(125, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(126, a3, 0x80000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoswap.d a0, a2, (s0)
	CHECK(127, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(128, a3, 0xfedcba9876543210)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amoswap.d a0, a2, (s0)
	CHECK(129, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(130, a3, 0x0)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amoswap.d a0, a2, (s0)
	CHECK(131, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(132, a3, 0x1)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoswap.d a0, a2, (s0)
	CHECK(133, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(134, a3, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amoswap.d a0, a2, (s0)
	CHECK(135, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(136, a3, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoswap.d a0, a2, (s0)
	CHECK(137, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(138, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amoswap.d a0, a2, (s0)
	CHECK(139, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(140, a3, 0x80000000)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoswap.d a0, a2, (s0)
	CHECK(141, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(142, a3, 0xfedcba9876543210)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x0
	amoswap.d a0, a2, (s0)
	CHECK(143, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(144, a3, 0x0)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x1
	amoswap.d a0, a2, (s0)
	CHECK(145, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(146, a3, 0x1)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoswap.d a0, a2, (s0)
	CHECK(147, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(148, a3, 0xffffffffffffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amoswap.d a0, a2, (s0)
	CHECK(149, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(150, a3, 0x8000000000000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoswap.d a0, a2, (s0)
	CHECK(151, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(152, a3, 0x7fffffffffffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x80000000
	amoswap.d a0, a2, (s0)
	CHECK(153, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(154, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoswap.d a0, a2, (s0)
	CHECK(155, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(156, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x0
	amoswap.d a0, a2, (s0)
	CHECK(157, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(158, a3, 0x0)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x1
	amoswap.d a0, a2, (s0)
	CHECK(159, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(160, a3, 0x1)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoswap.d a0, a2, (s0)
	CHECK(161, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(162, a3, 0xffffffffffffffff)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x8000000000000000
	amoswap.d a0, a2, (s0)
	CHECK(163, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(164, a3, 0x8000000000000000)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoswap.d a0, a2, (s0)
	CHECK(165, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(166, a3, 0x7fffffffffffffff)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x80000000
	amoswap.d a0, a2, (s0)
	CHECK(167, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(168, a3, 0x80000000)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoswap.d a0, a2, (s0)
	CHECK(169, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(170, a3, 0xfedcba9876543210)
	/* amoadd.w */
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoadd.w a0, a2, (s0)
	CHECK(171, a0, 0x0)
	ld a3, 0(s0)
	CHECK(172, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoadd.w a0, a2, (s0)
	CHECK(173, a0, 0x0)
	ld a3, 0(s0)
	CHECK(174, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoadd.w a0, a2, (s0)
	CHECK(175, a0, 0x0)
	ld a3, 0(s0)
	CHECK(176, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoadd.w a0, a2, (s0)
	CHECK(177, a0, 0x0)
	ld a3, 0(s0)
	CHECK(178, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoadd.w a0, a2, (s0)
	CHECK(179, a0, 0x0)
	ld a3, 0(s0)
	CHECK(180, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoadd.w a0, a2, (s0)
	CHECK(181, a0, 0x0)
	ld a3, 0(s0)
	CHECK(182, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoadd.w a0, a2, (s0)
	CHECK(183, a0, 0x1)
	ld a3, 0(s0)
	CHECK(184, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoadd.w a0, a2, (s0)
	CHECK(185, a0, 0x1)
	ld a3, 0(s0)
	CHECK(186, a3, 0x5a5a5a5a00000002)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoadd.w a0, a2, (s0)
	CHECK(187, a0, 0x1)
	ld a3, 0(s0)
	CHECK(188, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoadd.w a0, a2, (s0)
	CHECK(189, a0, 0x1)
	ld a3, 0(s0)
	CHECK(190, a3, 0x5a5a5a5a80000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoadd.w a0, a2, (s0)
	CHECK(191, a0, 0x1)
	ld a3, 0(s0)
	CHECK(192, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoadd.w a0, a2, (s0)
	CHECK(193, a0, 0x1)
	ld a3, 0(s0)
	CHECK(194, a3, 0x5a5a5a5a12345679)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoadd.w a0, a2, (s0)
	CHECK(195, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(196, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoadd.w a0, a2, (s0)
	CHECK(197, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(198, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoadd.w a0, a2, (s0)
	CHECK(199, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(200, a3, 0x5a5a5a5afffffffe)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoadd.w a0, a2, (s0)
	CHECK(201, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(202, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoadd.w a0, a2, (s0)
	CHECK(203, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(204, a3, 0x5a5a5a5a7ffffffe)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoadd.w a0, a2, (s0)
	CHECK(205, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(206, a3, 0x5a5a5a5a12345677)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoadd.w a0, a2, (s0)
	CHECK(207, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(208, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoadd.w a0, a2, (s0)
	CHECK(209, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(210, a3, 0x5a5a5a5a80000001)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoadd.w a0, a2, (s0)
	CHECK(211, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(212, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoadd.w a0, a2, (s0)
	CHECK(213, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(214, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoadd.w a0, a2, (s0)
	CHECK(215, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(216, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoadd.w a0, a2, (s0)
	CHECK(217, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(218, a3, 0x5a5a5a5a92345678)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoadd.w a0, a2, (s0)
	CHECK(219, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(220, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoadd.w a0, a2, (s0)
	CHECK(221, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(222, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoadd.w a0, a2, (s0)
	CHECK(223, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(224, a3, 0x5a5a5a5a7ffffffe)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoadd.w a0, a2, (s0)
	CHECK(225, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(226, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoadd.w a0, a2, (s0)
	CHECK(227, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(228, a3, 0x5a5a5a5afffffffe)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoadd.w a0, a2, (s0)
	CHECK(229, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(230, a3, 0x5a5a5a5a92345677)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoadd.w a0, a2, (s0)
	CHECK(231, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(232, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoadd.w a0, a2, (s0)
	CHECK(233, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(234, a3, 0x5a5a5a5a12345679)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoadd.w a0, a2, (s0)
	CHECK(235, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(236, a3, 0x5a5a5a5a12345677)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoadd.w a0, a2, (s0)
	CHECK(237, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(238, a3, 0x5a5a5a5a92345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoadd.w a0, a2, (s0)
	CHECK(239, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(240, a3, 0x5a5a5a5a92345677)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoadd.w a0, a2, (s0)
	CHECK(241, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(242, a3, 0x5a5a5a5a2468acf0)
	/* amoadd.d */
	li a1, 0x0; sd a1, 0(s0); li a2, 0x0
	amoadd.d a0, a2, (s0)
	CHECK(243, a0, 0x0)
	ld a3, 0(s0)
	CHECK(244, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x1
	amoadd.d a0, a2, (s0)
	CHECK(245, a0, 0x0)
	ld a3, 0(s0)
	CHECK(246, a3, 0x1)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(247, a0, 0x0)
	ld a3, 0(s0)
	CHECK(248, a3, 0xffffffffffffffff)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x8000000000000000
	amoadd.d a0, a2, (s0)
	CHECK(249, a0, 0x0)
	ld a3, 0(s0)
	CHECK(250, a3, 0x8000000000000000)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(251, a0, 0x0)
	ld a3, 0(s0)
	CHECK(252, a3, 0x7fffffffffffffff)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x80000000
	amoadd.d a0, a2, (s0)
	CHECK(253, a0, 0x0)
	ld a3, 0(s0)
	CHECK(254, a3, 0x80000000)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoadd.d a0, a2, (s0)
	CHECK(255, a0, 0x0)
	ld a3, 0(s0)
	CHECK(256, a3, 0xfedcba9876543210)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x0
	amoadd.d a0, a2, (s0)
	CHECK(257, a0, 0x1)
	ld a3, 0(s0)
	CHECK(258, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x1
	amoadd.d a0, a2, (s0)
	CHECK(259, a0, 0x1)
	ld a3, 0(s0)
	CHECK(260, a3, 0x2)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(261, a0, 0x1)
	ld a3, 0(s0)
	CHECK(262, a3, 0x0)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x8000000000000000
	amoadd.d a0, a2, (s0)
	CHECK(263, a0, 0x1)
	ld a3, 0(s0)
	CHECK(264, a3, 0x8000000000000001)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(265, a0, 0x1)
	ld a3, 0(s0)
	CHECK(266, a3, 0x8000000000000000)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x80000000
	amoadd.d a0, a2, (s0)
	CHECK(267, a0, 0x1)
	ld a3, 0(s0)
	CHECK(268, a3, 0x80000001)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoadd.d a0, a2, (s0)
	CHECK(269, a0, 0x1)
	ld a3, 0(s0)
	CHECK(270, a3, 0xfedcba9876543211)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amoadd.d a0, a2, (s0)
	CHECK(271, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(272, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amoadd.d a0, a2, (s0)
	CHECK(273, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(274, a3, 0x0)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(275, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(276, a3, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amoadd.d a0, a2, (s0)
	CHECK(277, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(278, a3, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(279, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(280, a3, 0x7ffffffffffffffe)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amoadd.d a0, a2, (s0)
	CHECK(281, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(282, a3, 0x7fffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoadd.d a0, a2, (s0)
	CHECK(283, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(284, a3, 0xfedcba987654320f)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x0
	amoadd.d a0, a2, (s0)
	CHECK(285, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(286, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x1
	amoadd.d a0, a2, (s0)
	CHECK(287, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(288, a3, 0x8000000000000001)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(289, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(290, a3, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amoadd.d a0, a2, (s0)
	CHECK(291, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(292, a3, 0x0)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(293, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(294, a3, 0xffffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x80000000
	amoadd.d a0, a2, (s0)
	CHECK(295, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(296, a3, 0x8000000080000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoadd.d a0, a2, (s0)
	CHECK(297, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(298, a3, 0x7edcba9876543210)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amoadd.d a0, a2, (s0)
	CHECK(299, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(300, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amoadd.d a0, a2, (s0)
	CHECK(301, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(302, a3, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(303, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(304, a3, 0x7ffffffffffffffe)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amoadd.d a0, a2, (s0)
	CHECK(305, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(306, a3, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(307, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(308, a3, 0xfffffffffffffffe)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amoadd.d a0, a2, (s0)
	CHECK(309, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(310, a3, 0x800000007fffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoadd.d a0, a2, (s0)
	CHECK(311, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(312, a3, 0x7edcba987654320f)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x0
	amoadd.d a0, a2, (s0)
	CHECK(313, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(314, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x1
	amoadd.d a0, a2, (s0)
	CHECK(315, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(316, a3, 0x80000001)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(317, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(318, a3, 0x7fffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amoadd.d a0, a2, (s0)
	CHECK(319, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(320, a3, 0x8000000080000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(321, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(322, a3, 0x800000007fffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x80000000
	amoadd.d a0, a2, (s0)
	CHECK(323, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(324, a3, 0x100000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoadd.d a0, a2, (s0)
	CHECK(325, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(326, a3, 0xfedcba98f6543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x0
	amoadd.d a0, a2, (s0)
	CHECK(327, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(328, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x1
	amoadd.d a0, a2, (s0)
	CHECK(329, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(330, a3, 0xfedcba9876543211)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(331, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(332, a3, 0xfedcba987654320f)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x8000000000000000
	amoadd.d a0, a2, (s0)
	CHECK(333, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(334, a3, 0x7edcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(335, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(336, a3, 0x7edcba987654320f)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x80000000
	amoadd.d a0, a2, (s0)
	CHECK(337, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(338, a3, 0xfedcba98f6543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoadd.d a0, a2, (s0)
	CHECK(339, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(340, a3, 0xfdb97530eca86420)
	/* amoxor.w */
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoxor.w a0, a2, (s0)
	CHECK(341, a0, 0x0)
	ld a3, 0(s0)
	CHECK(342, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoxor.w a0, a2, (s0)
	CHECK(343, a0, 0x0)
	ld a3, 0(s0)
	CHECK(344, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoxor.w a0, a2, (s0)
	CHECK(345, a0, 0x0)
	ld a3, 0(s0)
	CHECK(346, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoxor.w a0, a2, (s0)
	CHECK(347, a0, 0x0)
	ld a3, 0(s0)
	CHECK(348, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoxor.w a0, a2, (s0)
	CHECK(349, a0, 0x0)
	ld a3, 0(s0)
	CHECK(350, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoxor.w a0, a2, (s0)
	CHECK(351, a0, 0x0)
	ld a3, 0(s0)
	CHECK(352, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoxor.w a0, a2, (s0)
	CHECK(353, a0, 0x1)
	ld a3, 0(s0)
	CHECK(354, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoxor.w a0, a2, (s0)
	CHECK(355, a0, 0x1)
	ld a3, 0(s0)
	CHECK(356, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoxor.w a0, a2, (s0)
	CHECK(357, a0, 0x1)
	ld a3, 0(s0)
	CHECK(358, a3, 0x5a5a5a5afffffffe)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoxor.w a0, a2, (s0)
	CHECK(359, a0, 0x1)
	ld a3, 0(s0)
	CHECK(360, a3, 0x5a5a5a5a80000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoxor.w a0, a2, (s0)
	CHECK(361, a0, 0x1)
	ld a3, 0(s0)
	CHECK(362, a3, 0x5a5a5a5a7ffffffe)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoxor.w a0, a2, (s0)
	CHECK(363, a0, 0x1)
	ld a3, 0(s0)
	CHECK(364, a3, 0x5a5a5a5a12345679)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoxor.w a0, a2, (s0)
	CHECK(365, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(366, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoxor.w a0, a2, (s0)
	CHECK(367, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(368, a3, 0x5a5a5a5afffffffe)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoxor.w a0, a2, (s0)
	CHECK(369, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(370, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoxor.w a0, a2, (s0)
	CHECK(371, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(372, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoxor.w a0, a2, (s0)
	CHECK(373, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(374, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoxor.w a0, a2, (s0)
	CHECK(375, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(376, a3, 0x5a5a5a5aedcba987)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoxor.w a0, a2, (s0)
	CHECK(377, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(378, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoxor.w a0, a2, (s0)
	CHECK(379, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(380, a3, 0x5a5a5a5a80000001)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoxor.w a0, a2, (s0)
	CHECK(381, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(382, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoxor.w a0, a2, (s0)
	CHECK(383, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(384, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoxor.w a0, a2, (s0)
	CHECK(385, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(386, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoxor.w a0, a2, (s0)
	CHECK(387, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(388, a3, 0x5a5a5a5a92345678)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoxor.w a0, a2, (s0)
	CHECK(389, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(390, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoxor.w a0, a2, (s0)
	CHECK(391, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(392, a3, 0x5a5a5a5a7ffffffe)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoxor.w a0, a2, (s0)
	CHECK(393, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(394, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoxor.w a0, a2, (s0)
	CHECK(395, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(396, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoxor.w a0, a2, (s0)
	CHECK(397, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(398, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoxor.w a0, a2, (s0)
	CHECK(399, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(400, a3, 0x5a5a5a5a6dcba987)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoxor.w a0, a2, (s0)
	CHECK(401, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(402, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoxor.w a0, a2, (s0)
	CHECK(403, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(404, a3, 0x5a5a5a5a12345679)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoxor.w a0, a2, (s0)
	CHECK(405, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(406, a3, 0x5a5a5a5aedcba987)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoxor.w a0, a2, (s0)
	CHECK(407, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(408, a3, 0x5a5a5a5a92345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoxor.w a0, a2, (s0)
	CHECK(409, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(410, a3, 0x5a5a5a5a6dcba987)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoxor.w a0, a2, (s0)
	CHECK(411, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(412, a3, 0x5a5a5a5a00000000)
	/* amoxor.d */
	li a1, 0x0; sd a1, 0(s0); li a2, 0x0
	amoxor.d a0, a2, (s0)
	CHECK(413, a0, 0x0)
	ld a3, 0(s0)
	CHECK(414, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x1
	amoxor.d a0, a2, (s0)
	CHECK(415, a0, 0x0)
	ld a3, 0(s0)
	CHECK(416, a3, 0x1)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(417, a0, 0x0)
	ld a3, 0(s0)
	CHECK(418, a3, 0xffffffffffffffff)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x8000000000000000
	amoxor.d a0, a2, (s0)
	CHECK(419, a0, 0x0)
	ld a3, 0(s0)
	CHECK(420, a3, 0x8000000000000000)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(421, a0, 0x0)
	ld a3, 0(s0)
	CHECK(422, a3, 0x7fffffffffffffff)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x80000000
	amoxor.d a0, a2, (s0)
	CHECK(423, a0, 0x0)
	ld a3, 0(s0)
	CHECK(424, a3, 0x80000000)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoxor.d a0, a2, (s0)
	CHECK(425, a0, 0x0)
	ld a3, 0(s0)
	CHECK(426, a3, 0xfedcba9876543210)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x0
	amoxor.d a0, a2, (s0)
	CHECK(427, a0, 0x1)
	ld a3, 0(s0)
	CHECK(428, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x1
	amoxor.d a0, a2, (s0)
	CHECK(429, a0, 0x1)
	ld a3, 0(s0)
	CHECK(430, a3, 0x0)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(431, a0, 0x1)
	ld a3, 0(s0)
	CHECK(432, a3, 0xfffffffffffffffe)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x8000000000000000
	amoxor.d a0, a2, (s0)
	CHECK(433, a0, 0x1)
	ld a3, 0(s0)
	CHECK(434, a3, 0x8000000000000001)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(435, a0, 0x1)
	ld a3, 0(s0)
	CHECK(436, a3, 0x7ffffffffffffffe)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x80000000
	amoxor.d a0, a2, (s0)
	CHECK(437, a0, 0x1)
	ld a3, 0(s0)
	CHECK(438, a3, 0x80000001)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoxor.d a0, a2, (s0)
	CHECK(439, a0, 0x1)
	ld a3, 0(s0)
	CHECK(440, a3, 0xfedcba9876543211)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amoxor.d a0, a2, (s0)
	CHECK(441, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(442, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amoxor.d a0, a2, (s0)
	CHECK(443, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(444, a3, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(445, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(446, a3, 0x0)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amoxor.d a0, a2, (s0)
	CHECK(447, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(448, a3, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(449, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(450, a3, 0x8000000000000000)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amoxor.d a0, a2, (s0)
	CHECK(451, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(452, a3, 0xffffffff7fffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoxor.d a0, a2, (s0)
	CHECK(453, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(454, a3, 0x123456789abcdef)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x0
	amoxor.d a0, a2, (s0)
	CHECK(455, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(456, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x1
	amoxor.d a0, a2, (s0)
	CHECK(457, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(458, a3, 0x8000000000000001)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(459, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(460, a3, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amoxor.d a0, a2, (s0)
	CHECK(461, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(462, a3, 0x0)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(463, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(464, a3, 0xffffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x80000000
	amoxor.d a0, a2, (s0)
	CHECK(465, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(466, a3, 0x8000000080000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoxor.d a0, a2, (s0)
	CHECK(467, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(468, a3, 0x7edcba9876543210)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amoxor.d a0, a2, (s0)
	CHECK(469, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(470, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amoxor.d a0, a2, (s0)
	CHECK(471, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(472, a3, 0x7ffffffffffffffe)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(473, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(474, a3, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amoxor.d a0, a2, (s0)
	CHECK(475, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(476, a3, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(477, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(478, a3, 0x0)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amoxor.d a0, a2, (s0)
	CHECK(479, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(480, a3, 0x7fffffff7fffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoxor.d a0, a2, (s0)
	CHECK(481, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(482, a3, 0x8123456789abcdef)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x0
	amoxor.d a0, a2, (s0)
	CHECK(483, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(484, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x1
	amoxor.d a0, a2, (s0)
	CHECK(485, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(486, a3, 0x80000001)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(487, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(488, a3, 0xffffffff7fffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amoxor.d a0, a2, (s0)
	CHECK(489, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(490, a3, 0x8000000080000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(491, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(492, a3, 0x7fffffff7fffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x80000000
	amoxor.d a0, a2, (s0)
	CHECK(493, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(494, a3, 0x0)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoxor.d a0, a2, (s0)
	CHECK(495, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(496, a3, 0xfedcba98f6543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x0
	amoxor.d a0, a2, (s0)
	CHECK(497, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(498, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x1
	amoxor.d a0, a2, (s0)
	CHECK(499, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(500, a3, 0xfedcba9876543211)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(501, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(502, a3, 0x123456789abcdef)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x8000000000000000
	amoxor.d a0, a2, (s0)
	CHECK(503, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(504, a3, 0x7edcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(505, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(506, a3, 0x8123456789abcdef)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x80000000
	amoxor.d a0, a2, (s0)
	CHECK(507, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(508, a3, 0xfedcba98f6543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoxor.d a0, a2, (s0)
	CHECK(509, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(510, a3, 0x0)
	/* amoand.w */
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoand.w a0, a2, (s0)
	CHECK(511, a0, 0x0)
	ld a3, 0(s0)
	CHECK(512, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoand.w a0, a2, (s0)
	CHECK(513, a0, 0x0)
	ld a3, 0(s0)
	CHECK(514, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoand.w a0, a2, (s0)
	CHECK(515, a0, 0x0)
	ld a3, 0(s0)
	CHECK(516, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoand.w a0, a2, (s0)
	CHECK(517, a0, 0x0)
	ld a3, 0(s0)
	CHECK(518, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoand.w a0, a2, (s0)
	CHECK(519, a0, 0x0)
	ld a3, 0(s0)
	CHECK(520, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoand.w a0, a2, (s0)
	CHECK(521, a0, 0x0)
	ld a3, 0(s0)
	CHECK(522, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoand.w a0, a2, (s0)
	CHECK(523, a0, 0x1)
	ld a3, 0(s0)
	CHECK(524, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoand.w a0, a2, (s0)
	CHECK(525, a0, 0x1)
	ld a3, 0(s0)
	CHECK(526, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoand.w a0, a2, (s0)
	CHECK(527, a0, 0x1)
	ld a3, 0(s0)
	CHECK(528, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoand.w a0, a2, (s0)
	CHECK(529, a0, 0x1)
	ld a3, 0(s0)
	CHECK(530, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoand.w a0, a2, (s0)
	CHECK(531, a0, 0x1)
	ld a3, 0(s0)
	CHECK(532, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoand.w a0, a2, (s0)
	CHECK(533, a0, 0x1)
	ld a3, 0(s0)
	CHECK(534, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoand.w a0, a2, (s0)
	CHECK(535, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(536, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoand.w a0, a2, (s0)
	CHECK(537, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(538, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoand.w a0, a2, (s0)
	CHECK(539, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(540, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoand.w a0, a2, (s0)
	CHECK(541, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(542, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoand.w a0, a2, (s0)
	CHECK(543, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(544, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoand.w a0, a2, (s0)
	CHECK(545, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(546, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoand.w a0, a2, (s0)
	CHECK(547, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(548, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoand.w a0, a2, (s0)
	CHECK(549, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(550, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoand.w a0, a2, (s0)
	CHECK(551, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(552, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoand.w a0, a2, (s0)
	CHECK(553, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(554, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoand.w a0, a2, (s0)
	CHECK(555, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(556, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoand.w a0, a2, (s0)
	CHECK(557, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(558, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoand.w a0, a2, (s0)
	CHECK(559, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(560, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoand.w a0, a2, (s0)
	CHECK(561, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(562, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoand.w a0, a2, (s0)
	CHECK(563, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(564, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoand.w a0, a2, (s0)
	CHECK(565, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(566, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoand.w a0, a2, (s0)
	CHECK(567, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(568, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoand.w a0, a2, (s0)
	CHECK(569, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(570, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoand.w a0, a2, (s0)
	CHECK(571, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(572, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoand.w a0, a2, (s0)
	CHECK(573, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(574, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoand.w a0, a2, (s0)
	CHECK(575, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(576, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoand.w a0, a2, (s0)
	CHECK(577, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(578, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoand.w a0, a2, (s0)
	CHECK(579, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(580, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoand.w a0, a2, (s0)
	CHECK(581, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(582, a3, 0x5a5a5a5a12345678)
	/* amoand.d */
	li a1, 0x0; sd a1, 0(s0); li a2, 0x0
	amoand.d a0, a2, (s0)
	CHECK(583, a0, 0x0)
	ld a3, 0(s0)
	CHECK(584, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x1
	amoand.d a0, a2, (s0)
	CHECK(585, a0, 0x0)
	ld a3, 0(s0)
	CHECK(586, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(587, a0, 0x0)
	ld a3, 0(s0)
	CHECK(588, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x8000000000000000
	amoand.d a0, a2, (s0)
	CHECK(589, a0, 0x0)
	ld a3, 0(s0)
	CHECK(590, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(591, a0, 0x0)
	ld a3, 0(s0)
	CHECK(592, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x80000000
	amoand.d a0, a2, (s0)
	CHECK(593, a0, 0x0)
	ld a3, 0(s0)
	CHECK(594, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoand.d a0, a2, (s0)
	CHECK(595, a0, 0x0)
	ld a3, 0(s0)
	CHECK(596, a3, 0x0)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x0
	amoand.d a0, a2, (s0)
	CHECK(597, a0, 0x1)
	ld a3, 0(s0)
	CHECK(598, a3, 0x0)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x1
	amoand.d a0, a2, (s0)
	CHECK(599, a0, 0x1)
	ld a3, 0(s0)
	CHECK(600, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(601, a0, 0x1)
	ld a3, 0(s0)
	CHECK(602, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x8000000000000000
	amoand.d a0, a2, (s0)
	CHECK(603, a0, 0x1)
	ld a3, 0(s0)
	CHECK(604, a3, 0x0)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(605, a0, 0x1)
	ld a3, 0(s0)
	CHECK(606, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x80000000
	amoand.d a0, a2, (s0)
	CHECK(607, a0, 0x1)
	ld a3, 0(s0)
	CHECK(608, a3, 0x0)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoand.d a0, a2, (s0)
	CHECK(609, a0, 0x1)
	ld a3, 0(s0)
	CHECK(610, a3, 0x0)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amoand.d a0, a2, (s0)
	CHECK(611, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(612, a3, 0x0)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amoand.d a0, a2, (s0)
	CHECK(613, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(614, a3, 0x1)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(615, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(616, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amoand.d a0, a2, (s0)
	CHECK(617, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(618, a3, 0x8000000000000000)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(619, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(620, a3, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amoand.d a0, a2, (s0)
	CHECK(621, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(622, a3, 0x80000000)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoand.d a0, a2, (s0)
	CHECK(623, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(624, a3, 0xfedcba9876543210)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x0
	amoand.d a0, a2, (s0)
	CHECK(625, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(626, a3, 0x0)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x1
	amoand.d a0, a2, (s0)
	CHECK(627, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(628, a3, 0x0)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(629, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(630, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amoand.d a0, a2, (s0)
	CHECK(631, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(632, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(633, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(634, a3, 0x0)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x80000000
	amoand.d a0, a2, (s0)
	CHECK(635, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(636, a3, 0x0)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoand.d a0, a2, (s0)
	CHECK(637, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(638, a3, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amoand.d a0, a2, (s0)
	CHECK(639, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(640, a3, 0x0)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amoand.d a0, a2, (s0)
	CHECK(641, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(642, a3, 0x1)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(643, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(644, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amoand.d a0, a2, (s0)
	CHECK(645, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(646, a3, 0x0)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(647, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(648, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amoand.d a0, a2, (s0)
	CHECK(649, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(650, a3, 0x80000000)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoand.d a0, a2, (s0)
	CHECK(651, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(652, a3, 0x7edcba9876543210)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x0
	amoand.d a0, a2, (s0)
	CHECK(653, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(654, a3, 0x0)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x1
	amoand.d a0, a2, (s0)
	CHECK(655, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(656, a3, 0x0)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(657, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(658, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amoand.d a0, a2, (s0)
	CHECK(659, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(660, a3, 0x0)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(661, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(662, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x80000000
	amoand.d a0, a2, (s0)
	CHECK(663, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(664, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoand.d a0, a2, (s0)
	CHECK(665, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(666, a3, 0x0)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x0
	amoand.d a0, a2, (s0)
	CHECK(667, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(668, a3, 0x0)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x1
	amoand.d a0, a2, (s0)
	CHECK(669, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(670, a3, 0x0)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(671, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(672, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x8000000000000000
	amoand.d a0, a2, (s0)
	CHECK(673, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(674, a3, 0x8000000000000000)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(675, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(676, a3, 0x7edcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x80000000
	amoand.d a0, a2, (s0)
	CHECK(677, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(678, a3, 0x0)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoand.d a0, a2, (s0)
	CHECK(679, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(680, a3, 0xfedcba9876543210)
	/* amoor.w */
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoor.w a0, a2, (s0)
	CHECK(681, a0, 0x0)
	ld a3, 0(s0)
	CHECK(682, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoor.w a0, a2, (s0)
	CHECK(683, a0, 0x0)
	ld a3, 0(s0)
	CHECK(684, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoor.w a0, a2, (s0)
	CHECK(685, a0, 0x0)
	ld a3, 0(s0)
	CHECK(686, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoor.w a0, a2, (s0)
	CHECK(687, a0, 0x0)
	ld a3, 0(s0)
	CHECK(688, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoor.w a0, a2, (s0)
	CHECK(689, a0, 0x0)
	ld a3, 0(s0)
	CHECK(690, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoor.w a0, a2, (s0)
	CHECK(691, a0, 0x0)
	ld a3, 0(s0)
	CHECK(692, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoor.w a0, a2, (s0)
	CHECK(693, a0, 0x1)
	ld a3, 0(s0)
	CHECK(694, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoor.w a0, a2, (s0)
	CHECK(695, a0, 0x1)
	ld a3, 0(s0)
	CHECK(696, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoor.w a0, a2, (s0)
	CHECK(697, a0, 0x1)
	ld a3, 0(s0)
	CHECK(698, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoor.w a0, a2, (s0)
	CHECK(699, a0, 0x1)
	ld a3, 0(s0)
	CHECK(700, a3, 0x5a5a5a5a80000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoor.w a0, a2, (s0)
	CHECK(701, a0, 0x1)
	ld a3, 0(s0)
	CHECK(702, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoor.w a0, a2, (s0)
	CHECK(703, a0, 0x1)
	ld a3, 0(s0)
	CHECK(704, a3, 0x5a5a5a5a12345679)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoor.w a0, a2, (s0)
	CHECK(705, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(706, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoor.w a0, a2, (s0)
	CHECK(707, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(708, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoor.w a0, a2, (s0)
	CHECK(709, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(710, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoor.w a0, a2, (s0)
	CHECK(711, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(712, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoor.w a0, a2, (s0)
	CHECK(713, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(714, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoor.w a0, a2, (s0)
	CHECK(715, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(716, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoor.w a0, a2, (s0)
	CHECK(717, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(718, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoor.w a0, a2, (s0)
	CHECK(719, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(720, a3, 0x5a5a5a5a80000001)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoor.w a0, a2, (s0)
	CHECK(721, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(722, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoor.w a0, a2, (s0)
	CHECK(723, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(724, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoor.w a0, a2, (s0)
	CHECK(725, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(726, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoor.w a0, a2, (s0)
	CHECK(727, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(728, a3, 0x5a5a5a5a92345678)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoor.w a0, a2, (s0)
	CHECK(729, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(730, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoor.w a0, a2, (s0)
	CHECK(731, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(732, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoor.w a0, a2, (s0)
	CHECK(733, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(734, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoor.w a0, a2, (s0)
	CHECK(735, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(736, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoor.w a0, a2, (s0)
	CHECK(737, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(738, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoor.w a0, a2, (s0)
	CHECK(739, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(740, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoor.w a0, a2, (s0)
	CHECK(741, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(742, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoor.w a0, a2, (s0)
	CHECK(743, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(744, a3, 0x5a5a5a5a12345679)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoor.w a0, a2, (s0)
	CHECK(745, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(746, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoor.w a0, a2, (s0)
	CHECK(747, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(748, a3, 0x5a5a5a5a92345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoor.w a0, a2, (s0)
	CHECK(749, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(750, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoor.w a0, a2, (s0)
	CHECK(751, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(752, a3, 0x5a5a5a5a12345678)
	/* amoor.d */
	li a1, 0x0; sd a1, 0(s0); li a2, 0x0
	amoor.d a0, a2, (s0)
	CHECK(753, a0, 0x0)
	ld a3, 0(s0)
	CHECK(754, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x1
	amoor.d a0, a2, (s0)
	CHECK(755, a0, 0x0)
	ld a3, 0(s0)
	CHECK(756, a3, 0x1)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(757, a0, 0x0)
	ld a3, 0(s0)
	CHECK(758, a3, 0xffffffffffffffff)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x8000000000000000
	amoor.d a0, a2, (s0)
	CHECK(759, a0, 0x0)
	ld a3, 0(s0)
	CHECK(760, a3, 0x8000000000000000)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(761, a0, 0x0)
	ld a3, 0(s0)
	CHECK(762, a3, 0x7fffffffffffffff)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x80000000
	amoor.d a0, a2, (s0)
	CHECK(763, a0, 0x0)
	ld a3, 0(s0)
	CHECK(764, a3, 0x80000000)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoor.d a0, a2, (s0)
	CHECK(765, a0, 0x0)
	ld a3, 0(s0)
	CHECK(766, a3, 0xfedcba9876543210)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x0
	amoor.d a0, a2, (s0)
	CHECK(767, a0, 0x1)
	ld a3, 0(s0)
	CHECK(768, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x1
	amoor.d a0, a2, (s0)
	CHECK(769, a0, 0x1)
	ld a3, 0(s0)
	CHECK(770, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(771, a0, 0x1)
	ld a3, 0(s0)
	CHECK(772, a3, 0xffffffffffffffff)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x8000000000000000
	amoor.d a0, a2, (s0)
	CHECK(773, a0, 0x1)
	ld a3, 0(s0)
	CHECK(774, a3, 0x8000000000000001)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(775, a0, 0x1)
	ld a3, 0(s0)
	CHECK(776, a3, 0x7fffffffffffffff)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x80000000
	amoor.d a0, a2, (s0)
	CHECK(777, a0, 0x1)
	ld a3, 0(s0)
	CHECK(778, a3, 0x80000001)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoor.d a0, a2, (s0)
	CHECK(779, a0, 0x1)
	ld a3, 0(s0)
	CHECK(780, a3, 0xfedcba9876543211)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amoor.d a0, a2, (s0)
	CHECK(781, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(782, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amoor.d a0, a2, (s0)
	CHECK(783, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(784, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(785, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(786, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amoor.d a0, a2, (s0)
	CHECK(787, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(788, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(789, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(790, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amoor.d a0, a2, (s0)
	CHECK(791, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(792, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoor.d a0, a2, (s0)
	CHECK(793, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(794, a3, 0xffffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x0
	amoor.d a0, a2, (s0)
	CHECK(795, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(796, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x1
	amoor.d a0, a2, (s0)
	CHECK(797, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(798, a3, 0x8000000000000001)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(799, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(800, a3, 0xffffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amoor.d a0, a2, (s0)
	CHECK(801, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(802, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(803, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(804, a3, 0xffffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x80000000
	amoor.d a0, a2, (s0)
	CHECK(805, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(806, a3, 0x8000000080000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoor.d a0, a2, (s0)
	CHECK(807, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(808, a3, 0xfedcba9876543210)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amoor.d a0, a2, (s0)
	CHECK(809, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(810, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amoor.d a0, a2, (s0)
	CHECK(811, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(812, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(813, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(814, a3, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amoor.d a0, a2, (s0)
	CHECK(815, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(816, a3, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(817, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(818, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amoor.d a0, a2, (s0)
	CHECK(819, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(820, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoor.d a0, a2, (s0)
	CHECK(821, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(822, a3, 0xffffffffffffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x0
	amoor.d a0, a2, (s0)
	CHECK(823, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(824, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x1
	amoor.d a0, a2, (s0)
	CHECK(825, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(826, a3, 0x80000001)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(827, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(828, a3, 0xffffffffffffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amoor.d a0, a2, (s0)
	CHECK(829, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(830, a3, 0x8000000080000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(831, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(832, a3, 0x7fffffffffffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x80000000
	amoor.d a0, a2, (s0)
	CHECK(833, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(834, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoor.d a0, a2, (s0)
	CHECK(835, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(836, a3, 0xfedcba98f6543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x0
	amoor.d a0, a2, (s0)
	CHECK(837, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(838, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x1
	amoor.d a0, a2, (s0)
	CHECK(839, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(840, a3, 0xfedcba9876543211)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(841, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(842, a3, 0xffffffffffffffff)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x8000000000000000
	amoor.d a0, a2, (s0)
	CHECK(843, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(844, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(845, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(846, a3, 0xffffffffffffffff)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x80000000
	amoor.d a0, a2, (s0)
	CHECK(847, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(848, a3, 0xfedcba98f6543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoor.d a0, a2, (s0)
	CHECK(849, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(850, a3, 0xfedcba9876543210)
	/* amomin.w */
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomin.w a0, a2, (s0)
	CHECK(851, a0, 0x0)
	ld a3, 0(s0)
	CHECK(852, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomin.w a0, a2, (s0)
	CHECK(853, a0, 0x0)
	ld a3, 0(s0)
	CHECK(854, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomin.w a0, a2, (s0)
	CHECK(855, a0, 0x0)
	ld a3, 0(s0)
	CHECK(856, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomin.w a0, a2, (s0)
	CHECK(857, a0, 0x0)
	ld a3, 0(s0)
	CHECK(858, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomin.w a0, a2, (s0)
	CHECK(859, a0, 0x0)
	ld a3, 0(s0)
	CHECK(860, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomin.w a0, a2, (s0)
	CHECK(861, a0, 0x0)
	ld a3, 0(s0)
	CHECK(862, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomin.w a0, a2, (s0)
	CHECK(863, a0, 0x1)
	ld a3, 0(s0)
	CHECK(864, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomin.w a0, a2, (s0)
	CHECK(865, a0, 0x1)
	ld a3, 0(s0)
	CHECK(866, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomin.w a0, a2, (s0)
	CHECK(867, a0, 0x1)
	ld a3, 0(s0)
	CHECK(868, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomin.w a0, a2, (s0)
	CHECK(869, a0, 0x1)
	ld a3, 0(s0)
	CHECK(870, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomin.w a0, a2, (s0)
	CHECK(871, a0, 0x1)
	ld a3, 0(s0)
	CHECK(872, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomin.w a0, a2, (s0)
	CHECK(873, a0, 0x1)
	ld a3, 0(s0)
	CHECK(874, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomin.w a0, a2, (s0)
	CHECK(875, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(876, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomin.w a0, a2, (s0)
	CHECK(877, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(878, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomin.w a0, a2, (s0)
	CHECK(879, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(880, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomin.w a0, a2, (s0)
	CHECK(881, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(882, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomin.w a0, a2, (s0)
	CHECK(883, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(884, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomin.w a0, a2, (s0)
	CHECK(885, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(886, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomin.w a0, a2, (s0)
	CHECK(887, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(888, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomin.w a0, a2, (s0)
	CHECK(889, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(890, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomin.w a0, a2, (s0)
	CHECK(891, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(892, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomin.w a0, a2, (s0)
	CHECK(893, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(894, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomin.w a0, a2, (s0)
	CHECK(895, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(896, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomin.w a0, a2, (s0)
	CHECK(897, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(898, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomin.w a0, a2, (s0)
	CHECK(899, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(900, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomin.w a0, a2, (s0)
	CHECK(901, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(902, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomin.w a0, a2, (s0)
	CHECK(903, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(904, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomin.w a0, a2, (s0)
	CHECK(905, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(906, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomin.w a0, a2, (s0)
	CHECK(907, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(908, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomin.w a0, a2, (s0)
	CHECK(909, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(910, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomin.w a0, a2, (s0)
	CHECK(911, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(912, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomin.w a0, a2, (s0)
	CHECK(913, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(914, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomin.w a0, a2, (s0)
	CHECK(915, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(916, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomin.w a0, a2, (s0)
	CHECK(917, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(918, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomin.w a0, a2, (s0)
	CHECK(919, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(920, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomin.w a0, a2, (s0)
	CHECK(921, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(922, a3, 0x5a5a5a5a12345678)
	/* amomin.d */
	li a1, 0x0; sd a1, 0(s0); li a2, 0x0
	amomin.d a0, a2, (s0)
	CHECK(923, a0, 0x0)
	ld a3, 0(s0)
	CHECK(924, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x1
	amomin.d a0, a2, (s0)
	CHECK(925, a0, 0x0)
	ld a3, 0(s0)
	CHECK(926, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(927, a0, 0x0)
	ld a3, 0(s0)
	CHECK(928, a3, 0xffffffffffffffff)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x8000000000000000
	amomin.d a0, a2, (s0)
	CHECK(929, a0, 0x0)
	ld a3, 0(s0)
	CHECK(930, a3, 0x8000000000000000)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(931, a0, 0x0)
	ld a3, 0(s0)
	CHECK(932, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x80000000
	amomin.d a0, a2, (s0)
	CHECK(933, a0, 0x0)
	ld a3, 0(s0)
	CHECK(934, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomin.d a0, a2, (s0)
	CHECK(935, a0, 0x0)
	ld a3, 0(s0)
	CHECK(936, a3, 0xfedcba9876543210)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x0
	amomin.d a0, a2, (s0)
	CHECK(937, a0, 0x1)
	ld a3, 0(s0)
	CHECK(938, a3, 0x0)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x1
	amomin.d a0, a2, (s0)
	CHECK(939, a0, 0x1)
	ld a3, 0(s0)
	CHECK(940, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(941, a0, 0x1)
	ld a3, 0(s0)
	CHECK(942, a3, 0xffffffffffffffff)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x8000000000000000
	amomin.d a0, a2, (s0)
	CHECK(943, a0, 0x1)
	ld a3, 0(s0)
	CHECK(944, a3, 0x8000000000000000)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(945, a0, 0x1)
	ld a3, 0(s0)
	CHECK(946, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x80000000
	amomin.d a0, a2, (s0)
	CHECK(947, a0, 0x1)
	ld a3, 0(s0)
	CHECK(948, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomin.d a0, a2, (s0)
	CHECK(949, a0, 0x1)
	ld a3, 0(s0)
	CHECK(950, a3, 0xfedcba9876543210)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amomin.d a0, a2, (s0)
	CHECK(951, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(952, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amomin.d a0, a2, (s0)
	CHECK(953, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(954, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(955, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(956, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amomin.d a0, a2, (s0)
	CHECK(957, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(958, a3, 0x8000000000000000)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(959, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(960, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amomin.d a0, a2, (s0)
	CHECK(961, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(962, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomin.d a0, a2, (s0)
	CHECK(963, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(964, a3, 0xfedcba9876543210)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x0
	amomin.d a0, a2, (s0)
	CHECK(965, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(966, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x1
	amomin.d a0, a2, (s0)
	CHECK(967, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(968, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(969, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(970, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amomin.d a0, a2, (s0)
	CHECK(971, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(972, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(973, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(974, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x80000000
	amomin.d a0, a2, (s0)
	CHECK(975, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(976, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomin.d a0, a2, (s0)
	CHECK(977, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(978, a3, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amomin.d a0, a2, (s0)
	CHECK(979, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(980, a3, 0x0)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amomin.d a0, a2, (s0)
	CHECK(981, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(982, a3, 0x1)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(983, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(984, a3, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amomin.d a0, a2, (s0)
	CHECK(985, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(986, a3, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(987, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(988, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amomin.d a0, a2, (s0)
	CHECK(989, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(990, a3, 0x80000000)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomin.d a0, a2, (s0)
	CHECK(991, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(992, a3, 0xfedcba9876543210)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x0
	amomin.d a0, a2, (s0)
	CHECK(993, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(994, a3, 0x0)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x1
	amomin.d a0, a2, (s0)
	CHECK(995, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(996, a3, 0x1)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(997, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(998, a3, 0xffffffffffffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amomin.d a0, a2, (s0)
	CHECK(999, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1000, a3, 0x8000000000000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(1001, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1002, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x80000000
	amomin.d a0, a2, (s0)
	CHECK(1003, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1004, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomin.d a0, a2, (s0)
	CHECK(1005, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1006, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x0
	amomin.d a0, a2, (s0)
	CHECK(1007, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1008, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x1
	amomin.d a0, a2, (s0)
	CHECK(1009, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1010, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(1011, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1012, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x8000000000000000
	amomin.d a0, a2, (s0)
	CHECK(1013, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1014, a3, 0x8000000000000000)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(1015, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1016, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x80000000
	amomin.d a0, a2, (s0)
	CHECK(1017, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1018, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomin.d a0, a2, (s0)
	CHECK(1019, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1020, a3, 0xfedcba9876543210)
	/* amomax.w */
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomax.w a0, a2, (s0)
	CHECK(1021, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1022, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomax.w a0, a2, (s0)
	CHECK(1023, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1024, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomax.w a0, a2, (s0)
	CHECK(1025, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1026, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomax.w a0, a2, (s0)
	CHECK(1027, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1028, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomax.w a0, a2, (s0)
	CHECK(1029, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1030, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomax.w a0, a2, (s0)
	CHECK(1031, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1032, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomax.w a0, a2, (s0)
	CHECK(1033, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1034, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomax.w a0, a2, (s0)
	CHECK(1035, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1036, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomax.w a0, a2, (s0)
	CHECK(1037, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1038, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomax.w a0, a2, (s0)
	CHECK(1039, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1040, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomax.w a0, a2, (s0)
	CHECK(1041, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1042, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomax.w a0, a2, (s0)
	CHECK(1043, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1044, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomax.w a0, a2, (s0)
	CHECK(1045, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1046, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomax.w a0, a2, (s0)
	CHECK(1047, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1048, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomax.w a0, a2, (s0)
	CHECK(1049, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1050, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomax.w a0, a2, (s0)
	CHECK(1051, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1052, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomax.w a0, a2, (s0)
	CHECK(1053, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1054, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomax.w a0, a2, (s0)
	CHECK(1055, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1056, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomax.w a0, a2, (s0)
	CHECK(1057, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(1058, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomax.w a0, a2, (s0)
	CHECK(1059, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(1060, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomax.w a0, a2, (s0)
	CHECK(1061, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(1062, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomax.w a0, a2, (s0)
	CHECK(1063, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(1064, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomax.w a0, a2, (s0)
	CHECK(1065, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(1066, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomax.w a0, a2, (s0)
	CHECK(1067, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(1068, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomax.w a0, a2, (s0)
	CHECK(1069, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(1070, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomax.w a0, a2, (s0)
	CHECK(1071, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(1072, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomax.w a0, a2, (s0)
	CHECK(1073, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(1074, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomax.w a0, a2, (s0)
	CHECK(1075, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(1076, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomax.w a0, a2, (s0)
	CHECK(1077, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(1078, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomax.w a0, a2, (s0)
	CHECK(1079, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(1080, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomax.w a0, a2, (s0)
	CHECK(1081, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(1082, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomax.w a0, a2, (s0)
	CHECK(1083, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(1084, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomax.w a0, a2, (s0)
	CHECK(1085, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(1086, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomax.w a0, a2, (s0)
	CHECK(1087, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(1088, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomax.w a0, a2, (s0)
	CHECK(1089, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(1090, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomax.w a0, a2, (s0)
	CHECK(1091, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(1092, a3, 0x5a5a5a5a12345678)
	/* amomax.d */
	li a1, 0x0; sd a1, 0(s0); li a2, 0x0
	amomax.d a0, a2, (s0)
	CHECK(1093, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1094, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x1
	amomax.d a0, a2, (s0)
	CHECK(1095, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1096, a3, 0x1)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(1097, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1098, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x8000000000000000
	amomax.d a0, a2, (s0)
	CHECK(1099, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1100, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(1101, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1102, a3, 0x7fffffffffffffff)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x80000000
	amomax.d a0, a2, (s0)
	CHECK(1103, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1104, a3, 0x80000000)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomax.d a0, a2, (s0)
	CHECK(1105, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1106, a3, 0x0)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x0
	amomax.d a0, a2, (s0)
	CHECK(1107, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1108, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x1
	amomax.d a0, a2, (s0)
	CHECK(1109, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1110, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(1111, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1112, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x8000000000000000
	amomax.d a0, a2, (s0)
	CHECK(1113, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1114, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(1115, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1116, a3, 0x7fffffffffffffff)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x80000000
	amomax.d a0, a2, (s0)
	CHECK(1117, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1118, a3, 0x80000000)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomax.d a0, a2, (s0)
	CHECK(1119, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1120, a3, 0x1)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amomax.d a0, a2, (s0)
	CHECK(1121, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1122, a3, 0x0)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amomax.d a0, a2, (s0)
	CHECK(1123, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1124, a3, 0x1)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(1125, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1126, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amomax.d a0, a2, (s0)
	CHECK(1127, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1128, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(1129, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1130, a3, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amomax.d a0, a2, (s0)
	CHECK(1131, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1132, a3, 0x80000000)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomax.d a0, a2, (s0)
	CHECK(1133, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1134, a3, 0xffffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x0
	amomax.d a0, a2, (s0)
	CHECK(1135, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(1136, a3, 0x0)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x1
	amomax.d a0, a2, (s0)
	CHECK(1137, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(1138, a3, 0x1)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(1139, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(1140, a3, 0xffffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amomax.d a0, a2, (s0)
	CHECK(1141, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(1142, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(1143, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(1144, a3, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x80000000
	amomax.d a0, a2, (s0)
	CHECK(1145, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(1146, a3, 0x80000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomax.d a0, a2, (s0)
	CHECK(1147, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(1148, a3, 0xfedcba9876543210)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amomax.d a0, a2, (s0)
	CHECK(1149, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(1150, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amomax.d a0, a2, (s0)
	CHECK(1151, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(1152, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(1153, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(1154, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amomax.d a0, a2, (s0)
	CHECK(1155, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(1156, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(1157, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(1158, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amomax.d a0, a2, (s0)
	CHECK(1159, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(1160, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomax.d a0, a2, (s0)
	CHECK(1161, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(1162, a3, 0x7fffffffffffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x0
	amomax.d a0, a2, (s0)
	CHECK(1163, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1164, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x1
	amomax.d a0, a2, (s0)
	CHECK(1165, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1166, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(1167, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1168, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amomax.d a0, a2, (s0)
	CHECK(1169, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1170, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(1171, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1172, a3, 0x7fffffffffffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x80000000
	amomax.d a0, a2, (s0)
	CHECK(1173, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1174, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomax.d a0, a2, (s0)
	CHECK(1175, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1176, a3, 0x80000000)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x0
	amomax.d a0, a2, (s0)
	CHECK(1177, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1178, a3, 0x0)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x1
	amomax.d a0, a2, (s0)
	CHECK(1179, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1180, a3, 0x1)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(1181, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1182, a3, 0xffffffffffffffff)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x8000000000000000
	amomax.d a0, a2, (s0)
	CHECK(1183, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1184, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(1185, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1186, a3, 0x7fffffffffffffff)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x80000000
	amomax.d a0, a2, (s0)
	CHECK(1187, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1188, a3, 0x80000000)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomax.d a0, a2, (s0)
	CHECK(1189, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1190, a3, 0xfedcba9876543210)
	/* amominu.w */
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amominu.w a0, a2, (s0)
	CHECK(1191, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1192, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amominu.w a0, a2, (s0)
	CHECK(1193, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1194, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amominu.w a0, a2, (s0)
	CHECK(1195, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1196, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amominu.w a0, a2, (s0)
	CHECK(1197, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1198, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amominu.w a0, a2, (s0)
	CHECK(1199, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1200, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amominu.w a0, a2, (s0)
	CHECK(1201, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1202, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amominu.w a0, a2, (s0)
	CHECK(1203, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1204, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amominu.w a0, a2, (s0)
	CHECK(1205, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1206, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amominu.w a0, a2, (s0)
	CHECK(1207, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1208, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amominu.w a0, a2, (s0)
	CHECK(1209, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1210, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amominu.w a0, a2, (s0)
	CHECK(1211, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1212, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amominu.w a0, a2, (s0)
	CHECK(1213, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1214, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amominu.w a0, a2, (s0)
	CHECK(1215, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1216, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amominu.w a0, a2, (s0)
	CHECK(1217, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1218, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amominu.w a0, a2, (s0)
	CHECK(1219, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1220, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amominu.w a0, a2, (s0)
	CHECK(1221, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1222, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amominu.w a0, a2, (s0)
	CHECK(1223, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1224, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amominu.w a0, a2, (s0)
	CHECK(1225, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1226, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amominu.w a0, a2, (s0)
	CHECK(1227, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(1228, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amominu.w a0, a2, (s0)
	CHECK(1229, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(1230, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amominu.w a0, a2, (s0)
	CHECK(1231, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(1232, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amominu.w a0, a2, (s0)
	CHECK(1233, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(1234, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amominu.w a0, a2, (s0)
	CHECK(1235, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(1236, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amominu.w a0, a2, (s0)
	CHECK(1237, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(1238, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amominu.w a0, a2, (s0)
	CHECK(1239, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(1240, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amominu.w a0, a2, (s0)
	CHECK(1241, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(1242, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amominu.w a0, a2, (s0)
	CHECK(1243, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(1244, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amominu.w a0, a2, (s0)
	CHECK(1245, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(1246, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amominu.w a0, a2, (s0)
	CHECK(1247, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(1248, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amominu.w a0, a2, (s0)
	CHECK(1249, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(1250, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amominu.w a0, a2, (s0)
	CHECK(1251, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(1252, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amominu.w a0, a2, (s0)
	CHECK(1253, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(1254, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amominu.w a0, a2, (s0)
	CHECK(1255, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(1256, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amominu.w a0, a2, (s0)
	CHECK(1257, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(1258, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amominu.w a0, a2, (s0)
	CHECK(1259, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(1260, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amominu.w a0, a2, (s0)
	CHECK(1261, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(1262, a3, 0x5a5a5a5a12345678)
	/* amominu.d */
	li a1, 0x0; sd a1, 0(s0); li a2, 0x0
	amominu.d a0, a2, (s0)
	CHECK(1263, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1264, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x1
	amominu.d a0, a2, (s0)
	CHECK(1265, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1266, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(1267, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1268, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x8000000000000000
	amominu.d a0, a2, (s0)
	CHECK(1269, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1270, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(1271, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1272, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x80000000
	amominu.d a0, a2, (s0)
	CHECK(1273, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1274, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amominu.d a0, a2, (s0)
	CHECK(1275, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1276, a3, 0x0)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x0
	amominu.d a0, a2, (s0)
	CHECK(1277, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1278, a3, 0x0)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x1
	amominu.d a0, a2, (s0)
	CHECK(1279, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1280, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(1281, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1282, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x8000000000000000
	amominu.d a0, a2, (s0)
	CHECK(1283, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1284, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(1285, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1286, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x80000000
	amominu.d a0, a2, (s0)
	CHECK(1287, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1288, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amominu.d a0, a2, (s0)
	CHECK(1289, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1290, a3, 0x1)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amominu.d a0, a2, (s0)
	CHECK(1291, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1292, a3, 0x0)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amominu.d a0, a2, (s0)
	CHECK(1293, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1294, a3, 0x1)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(1295, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1296, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amominu.d a0, a2, (s0)
	CHECK(1297, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1298, a3, 0x8000000000000000)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(1299, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1300, a3, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amominu.d a0, a2, (s0)
	CHECK(1301, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1302, a3, 0x80000000)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amominu.d a0, a2, (s0)
	CHECK(1303, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1304, a3, 0xfedcba9876543210)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x0
	amominu.d a0, a2, (s0)
	CHECK(1305, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(1306, a3, 0x0)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x1
	amominu.d a0, a2, (s0)
	CHECK(1307, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(1308, a3, 0x1)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(1309, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(1310, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amominu.d a0, a2, (s0)
	CHECK(1311, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(1312, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(1313, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(1314, a3, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x80000000
	amominu.d a0, a2, (s0)
	CHECK(1315, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(1316, a3, 0x80000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amominu.d a0, a2, (s0)
	CHECK(1317, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(1318, a3, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amominu.d a0, a2, (s0)
	CHECK(1319, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(1320, a3, 0x0)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amominu.d a0, a2, (s0)
	CHECK(1321, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(1322, a3, 0x1)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(1323, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(1324, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amominu.d a0, a2, (s0)
	CHECK(1325, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(1326, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(1327, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(1328, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amominu.d a0, a2, (s0)
	CHECK(1329, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(1330, a3, 0x80000000)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amominu.d a0, a2, (s0)
	CHECK(1331, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(1332, a3, 0x7fffffffffffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x0
	amominu.d a0, a2, (s0)
	CHECK(1333, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1334, a3, 0x0)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x1
	amominu.d a0, a2, (s0)
	CHECK(1335, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1336, a3, 0x1)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(1337, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1338, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amominu.d a0, a2, (s0)
	CHECK(1339, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1340, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(1341, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1342, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x80000000
	amominu.d a0, a2, (s0)
	CHECK(1343, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1344, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amominu.d a0, a2, (s0)
	CHECK(1345, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1346, a3, 0x80000000)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x0
	amominu.d a0, a2, (s0)
	CHECK(1347, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1348, a3, 0x0)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x1
	amominu.d a0, a2, (s0)
	CHECK(1349, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1350, a3, 0x1)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(1351, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1352, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x8000000000000000
	amominu.d a0, a2, (s0)
	CHECK(1353, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1354, a3, 0x8000000000000000)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(1355, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1356, a3, 0x7fffffffffffffff)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x80000000
	amominu.d a0, a2, (s0)
	CHECK(1357, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1358, a3, 0x80000000)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amominu.d a0, a2, (s0)
	CHECK(1359, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1360, a3, 0xfedcba9876543210)
	/* amomaxu.w */
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomaxu.w a0, a2, (s0)
	CHECK(1361, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1362, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomaxu.w a0, a2, (s0)
	CHECK(1363, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1364, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomaxu.w a0, a2, (s0)
	CHECK(1365, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1366, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomaxu.w a0, a2, (s0)
	CHECK(1367, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1368, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomaxu.w a0, a2, (s0)
	CHECK(1369, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1370, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomaxu.w a0, a2, (s0)
	CHECK(1371, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1372, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomaxu.w a0, a2, (s0)
	CHECK(1373, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1374, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomaxu.w a0, a2, (s0)
	CHECK(1375, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1376, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomaxu.w a0, a2, (s0)
	CHECK(1377, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1378, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomaxu.w a0, a2, (s0)
	CHECK(1379, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1380, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomaxu.w a0, a2, (s0)
	CHECK(1381, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1382, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomaxu.w a0, a2, (s0)
	CHECK(1383, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1384, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomaxu.w a0, a2, (s0)
	CHECK(1385, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1386, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomaxu.w a0, a2, (s0)
	CHECK(1387, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1388, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomaxu.w a0, a2, (s0)
	CHECK(1389, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1390, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomaxu.w a0, a2, (s0)
	CHECK(1391, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1392, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomaxu.w a0, a2, (s0)
	CHECK(1393, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1394, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomaxu.w a0, a2, (s0)
	CHECK(1395, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1396, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomaxu.w a0, a2, (s0)
	CHECK(1397, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(1398, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomaxu.w a0, a2, (s0)
	CHECK(1399, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(1400, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomaxu.w a0, a2, (s0)
	CHECK(1401, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(1402, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomaxu.w a0, a2, (s0)
	CHECK(1403, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(1404, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomaxu.w a0, a2, (s0)
	CHECK(1405, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(1406, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomaxu.w a0, a2, (s0)
	CHECK(1407, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(1408, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomaxu.w a0, a2, (s0)
	CHECK(1409, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(1410, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomaxu.w a0, a2, (s0)
	CHECK(1411, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(1412, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomaxu.w a0, a2, (s0)
	CHECK(1413, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(1414, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomaxu.w a0, a2, (s0)
	CHECK(1415, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(1416, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomaxu.w a0, a2, (s0)
	CHECK(1417, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(1418, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomaxu.w a0, a2, (s0)
	CHECK(1419, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(1420, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomaxu.w a0, a2, (s0)
	CHECK(1421, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(1422, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomaxu.w a0, a2, (s0)
	CHECK(1423, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(1424, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomaxu.w a0, a2, (s0)
	CHECK(1425, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(1426, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomaxu.w a0, a2, (s0)
	CHECK(1427, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(1428, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomaxu.w a0, a2, (s0)
	CHECK(1429, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(1430, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomaxu.w a0, a2, (s0)
	CHECK(1431, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(1432, a3, 0x5a5a5a5a12345678)
	/* amomaxu.d */
	li a1, 0x0; sd a1, 0(s0); li a2, 0x0
	amomaxu.d a0, a2, (s0)
	CHECK(1433, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1434, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x1
	amomaxu.d a0, a2, (s0)
	CHECK(1435, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1436, a3, 0x1)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(1437, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1438, a3, 0xffffffffffffffff)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x8000000000000000
	amomaxu.d a0, a2, (s0)
	CHECK(1439, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1440, a3, 0x8000000000000000)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(1441, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1442, a3, 0x7fffffffffffffff)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x80000000
	amomaxu.d a0, a2, (s0)
	CHECK(1443, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1444, a3, 0x80000000)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomaxu.d a0, a2, (s0)
	CHECK(1445, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1446, a3, 0xfedcba9876543210)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x0
	amomaxu.d a0, a2, (s0)
	CHECK(1447, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1448, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x1
	amomaxu.d a0, a2, (s0)
	CHECK(1449, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1450, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(1451, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1452, a3, 0xffffffffffffffff)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x8000000000000000
	amomaxu.d a0, a2, (s0)
	CHECK(1453, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1454, a3, 0x8000000000000000)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(1455, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1456, a3, 0x7fffffffffffffff)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x80000000
	amomaxu.d a0, a2, (s0)
	CHECK(1457, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1458, a3, 0x80000000)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomaxu.d a0, a2, (s0)
	CHECK(1459, a0, 0x1)
	ld a3, 0(s0)
	CHECK(1460, a3, 0xfedcba9876543210)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amomaxu.d a0, a2, (s0)
	CHECK(1461, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1462, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amomaxu.d a0, a2, (s0)
	CHECK(1463, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1464, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(1465, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1466, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amomaxu.d a0, a2, (s0)
	CHECK(1467, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1468, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(1469, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1470, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amomaxu.d a0, a2, (s0)
	CHECK(1471, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1472, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomaxu.d a0, a2, (s0)
	CHECK(1473, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(1474, a3, 0xffffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x0
	amomaxu.d a0, a2, (s0)
	CHECK(1475, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(1476, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x1
	amomaxu.d a0, a2, (s0)
	CHECK(1477, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(1478, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(1479, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(1480, a3, 0xffffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amomaxu.d a0, a2, (s0)
	CHECK(1481, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(1482, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(1483, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(1484, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x80000000
	amomaxu.d a0, a2, (s0)
	CHECK(1485, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(1486, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomaxu.d a0, a2, (s0)
	CHECK(1487, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(1488, a3, 0xfedcba9876543210)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amomaxu.d a0, a2, (s0)
	CHECK(1489, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(1490, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amomaxu.d a0, a2, (s0)
	CHECK(1491, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(1492, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(1493, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(1494, a3, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amomaxu.d a0, a2, (s0)
	CHECK(1495, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(1496, a3, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(1497, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(1498, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amomaxu.d a0, a2, (s0)
	CHECK(1499, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(1500, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomaxu.d a0, a2, (s0)
	CHECK(1501, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(1502, a3, 0xfedcba9876543210)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x0
	amomaxu.d a0, a2, (s0)
	CHECK(1503, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1504, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x1
	amomaxu.d a0, a2, (s0)
	CHECK(1505, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1506, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(1507, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1508, a3, 0xffffffffffffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amomaxu.d a0, a2, (s0)
	CHECK(1509, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1510, a3, 0x8000000000000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(1511, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1512, a3, 0x7fffffffffffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x80000000
	amomaxu.d a0, a2, (s0)
	CHECK(1513, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1514, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomaxu.d a0, a2, (s0)
	CHECK(1515, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(1516, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x0
	amomaxu.d a0, a2, (s0)
	CHECK(1517, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1518, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x1
	amomaxu.d a0, a2, (s0)
	CHECK(1519, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1520, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(1521, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1522, a3, 0xffffffffffffffff)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x8000000000000000
	amomaxu.d a0, a2, (s0)
	CHECK(1523, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1524, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(1525, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1526, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x80000000
	amomaxu.d a0, a2, (s0)
	CHECK(1527, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1528, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomaxu.d a0, a2, (s0)
	CHECK(1529, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(1530, a3, 0xfedcba9876543210)
	/* rd equal to rs2, and the aq/rl variants */
	li a1, 40; sd a1, 0(s0); li a2, 2; amoadd.d.aqrl a2, a2, (s0)
	CHECK(1531, a2, 0x28)
	ld a3, 0(s0)
	CHECK(1532, a3, 0x2a)
	amoswap.w.aq a2, zero, (s0)
	CHECK(1533, a2, 0x2a)
	ld a3, 0(s0)
	CHECK(1534, a3, 0x0)
	/* lr/sc success: rd = 0 and the store happens; lr.w sign-extends */
	li a1, 0x80000001; sw a1, 0(s0); li a2, 0x1234
	lr.w a0, (s0)
	CHECK(1535, a0, 0xffffffff80000001)
	sc.w a3, a2, (s0)
	CHECK(1536, a3, 0x0)
	lw a4, 0(s0)
	CHECK(1537, a4, 0x1234)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 77
	lr.d.aq a0, (s0)
	CHECK(1538, a0, 0x8000000000000000)
	sc.d.rl a3, a2, (s0)
	CHECK(1539, a3, 0x0)
	ld a4, 0(s0)
	CHECK(1540, a4, 0x4d)
	/* a second sc without a new lr fails and stores nothing */
	li a2, 99; sc.d a3, a2, (s0)
	CHECK(1541, a3, 0x1)
	ld a4, 0(s0)
	CHECK(1542, a4, 0x4d)
	/* sc to an address other than the reserved one fails */
	sd zero, 8(s0); lr.d a0, (s0); li a2, 5; addi a5, s0, 8; sc.d a3, a2, (a5)
	CHECK(1543, a3, 0x1)
	ld a4, 8(s0)
	CHECK(1544, a4, 0x0)
	ld a4, 0(s0)
	CHECK(1545, a4, 0x4d)
	/* an lr/sc retry loop, as compilers emit for compare-and-swap */
	li a1, 10; sd a1, 0(s0)
	2: lr.d a0, (s0); addi a2, a0, 5; sc.d a3, a2, (s0); bnez a3, 2b
	ld a4, 0(s0)
	CHECK(1546, a4, 0xf)
TEST_END
