/* A extension: lr/sc success and failure, every amo in .w and .d with sign edge cases; the .w
 * forms sign-extend the old value and ignore the upper half of rs2 */
/* Table-driven: one check per (operation, operands) over edge values. Written by a throwaway
 * script at test-writing time, expected values computed from the RISC-V unprivileged spec
 * with Python integers, and run against qemu-riscv64. Check numbers wrap at 255. */
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
	CHECK(1, a3, 0xfedcba9876543210)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x0
	amoadd.d a0, a2, (s0)
	CHECK(2, a0, 0x1)
	ld a3, 0(s0)
	CHECK(3, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x1
	amoadd.d a0, a2, (s0)
	CHECK(4, a0, 0x1)
	ld a3, 0(s0)
	CHECK(5, a3, 0x2)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(6, a0, 0x1)
	ld a3, 0(s0)
	CHECK(7, a3, 0x0)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x8000000000000000
	amoadd.d a0, a2, (s0)
	CHECK(8, a0, 0x1)
	ld a3, 0(s0)
	CHECK(9, a3, 0x8000000000000001)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(10, a0, 0x1)
	ld a3, 0(s0)
	CHECK(11, a3, 0x8000000000000000)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x80000000
	amoadd.d a0, a2, (s0)
	CHECK(12, a0, 0x1)
	ld a3, 0(s0)
	CHECK(13, a3, 0x80000001)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoadd.d a0, a2, (s0)
	CHECK(14, a0, 0x1)
	ld a3, 0(s0)
	CHECK(15, a3, 0xfedcba9876543211)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amoadd.d a0, a2, (s0)
	CHECK(16, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(17, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amoadd.d a0, a2, (s0)
	CHECK(18, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(19, a3, 0x0)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(20, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(21, a3, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amoadd.d a0, a2, (s0)
	CHECK(22, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(23, a3, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(24, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(25, a3, 0x7ffffffffffffffe)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amoadd.d a0, a2, (s0)
	CHECK(26, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(27, a3, 0x7fffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoadd.d a0, a2, (s0)
	CHECK(28, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(29, a3, 0xfedcba987654320f)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x0
	amoadd.d a0, a2, (s0)
	CHECK(30, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(31, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x1
	amoadd.d a0, a2, (s0)
	CHECK(32, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(33, a3, 0x8000000000000001)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(34, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(35, a3, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amoadd.d a0, a2, (s0)
	CHECK(36, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(37, a3, 0x0)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(38, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(39, a3, 0xffffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x80000000
	amoadd.d a0, a2, (s0)
	CHECK(40, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(41, a3, 0x8000000080000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoadd.d a0, a2, (s0)
	CHECK(42, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(43, a3, 0x7edcba9876543210)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amoadd.d a0, a2, (s0)
	CHECK(44, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(45, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amoadd.d a0, a2, (s0)
	CHECK(46, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(47, a3, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(48, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(49, a3, 0x7ffffffffffffffe)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amoadd.d a0, a2, (s0)
	CHECK(50, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(51, a3, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(52, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(53, a3, 0xfffffffffffffffe)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amoadd.d a0, a2, (s0)
	CHECK(54, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(55, a3, 0x800000007fffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoadd.d a0, a2, (s0)
	CHECK(56, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(57, a3, 0x7edcba987654320f)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x0
	amoadd.d a0, a2, (s0)
	CHECK(58, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(59, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x1
	amoadd.d a0, a2, (s0)
	CHECK(60, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(61, a3, 0x80000001)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(62, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(63, a3, 0x7fffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amoadd.d a0, a2, (s0)
	CHECK(64, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(65, a3, 0x8000000080000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(66, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(67, a3, 0x800000007fffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x80000000
	amoadd.d a0, a2, (s0)
	CHECK(68, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(69, a3, 0x100000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoadd.d a0, a2, (s0)
	CHECK(70, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(71, a3, 0xfedcba98f6543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x0
	amoadd.d a0, a2, (s0)
	CHECK(72, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(73, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x1
	amoadd.d a0, a2, (s0)
	CHECK(74, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(75, a3, 0xfedcba9876543211)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(76, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(77, a3, 0xfedcba987654320f)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x8000000000000000
	amoadd.d a0, a2, (s0)
	CHECK(78, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(79, a3, 0x7edcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoadd.d a0, a2, (s0)
	CHECK(80, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(81, a3, 0x7edcba987654320f)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x80000000
	amoadd.d a0, a2, (s0)
	CHECK(82, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(83, a3, 0xfedcba98f6543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoadd.d a0, a2, (s0)
	CHECK(84, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(85, a3, 0xfdb97530eca86420)
	/* amoxor.w */
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoxor.w a0, a2, (s0)
	CHECK(86, a0, 0x0)
	ld a3, 0(s0)
	CHECK(87, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoxor.w a0, a2, (s0)
	CHECK(88, a0, 0x0)
	ld a3, 0(s0)
	CHECK(89, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoxor.w a0, a2, (s0)
	CHECK(90, a0, 0x0)
	ld a3, 0(s0)
	CHECK(91, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoxor.w a0, a2, (s0)
	CHECK(92, a0, 0x0)
	ld a3, 0(s0)
	CHECK(93, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoxor.w a0, a2, (s0)
	CHECK(94, a0, 0x0)
	ld a3, 0(s0)
	CHECK(95, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoxor.w a0, a2, (s0)
	CHECK(96, a0, 0x0)
	ld a3, 0(s0)
	CHECK(97, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoxor.w a0, a2, (s0)
	CHECK(98, a0, 0x1)
	ld a3, 0(s0)
	CHECK(99, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoxor.w a0, a2, (s0)
	CHECK(100, a0, 0x1)
	ld a3, 0(s0)
	CHECK(101, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoxor.w a0, a2, (s0)
	CHECK(102, a0, 0x1)
	ld a3, 0(s0)
	CHECK(103, a3, 0x5a5a5a5afffffffe)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoxor.w a0, a2, (s0)
	CHECK(104, a0, 0x1)
	ld a3, 0(s0)
	CHECK(105, a3, 0x5a5a5a5a80000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoxor.w a0, a2, (s0)
	CHECK(106, a0, 0x1)
	ld a3, 0(s0)
	CHECK(107, a3, 0x5a5a5a5a7ffffffe)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoxor.w a0, a2, (s0)
	CHECK(108, a0, 0x1)
	ld a3, 0(s0)
	CHECK(109, a3, 0x5a5a5a5a12345679)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoxor.w a0, a2, (s0)
	CHECK(110, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(111, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoxor.w a0, a2, (s0)
	CHECK(112, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(113, a3, 0x5a5a5a5afffffffe)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoxor.w a0, a2, (s0)
	CHECK(114, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(115, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoxor.w a0, a2, (s0)
	CHECK(116, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(117, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoxor.w a0, a2, (s0)
	CHECK(118, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(119, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoxor.w a0, a2, (s0)
	CHECK(120, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(121, a3, 0x5a5a5a5aedcba987)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoxor.w a0, a2, (s0)
	CHECK(122, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(123, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoxor.w a0, a2, (s0)
	CHECK(124, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(125, a3, 0x5a5a5a5a80000001)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoxor.w a0, a2, (s0)
	CHECK(126, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(127, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoxor.w a0, a2, (s0)
	CHECK(128, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(129, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoxor.w a0, a2, (s0)
	CHECK(130, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(131, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoxor.w a0, a2, (s0)
	CHECK(132, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(133, a3, 0x5a5a5a5a92345678)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoxor.w a0, a2, (s0)
	CHECK(134, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(135, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoxor.w a0, a2, (s0)
	CHECK(136, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(137, a3, 0x5a5a5a5a7ffffffe)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoxor.w a0, a2, (s0)
	CHECK(138, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(139, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoxor.w a0, a2, (s0)
	CHECK(140, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(141, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoxor.w a0, a2, (s0)
	CHECK(142, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(143, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoxor.w a0, a2, (s0)
	CHECK(144, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(145, a3, 0x5a5a5a5a6dcba987)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoxor.w a0, a2, (s0)
	CHECK(146, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(147, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoxor.w a0, a2, (s0)
	CHECK(148, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(149, a3, 0x5a5a5a5a12345679)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoxor.w a0, a2, (s0)
	CHECK(150, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(151, a3, 0x5a5a5a5aedcba987)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoxor.w a0, a2, (s0)
	CHECK(152, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(153, a3, 0x5a5a5a5a92345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoxor.w a0, a2, (s0)
	CHECK(154, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(155, a3, 0x5a5a5a5a6dcba987)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoxor.w a0, a2, (s0)
	CHECK(156, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(157, a3, 0x5a5a5a5a00000000)
	/* amoxor.d */
	li a1, 0x0; sd a1, 0(s0); li a2, 0x0
	amoxor.d a0, a2, (s0)
	CHECK(158, a0, 0x0)
	ld a3, 0(s0)
	CHECK(159, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x1
	amoxor.d a0, a2, (s0)
	CHECK(160, a0, 0x0)
	ld a3, 0(s0)
	CHECK(161, a3, 0x1)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(162, a0, 0x0)
	ld a3, 0(s0)
	CHECK(163, a3, 0xffffffffffffffff)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x8000000000000000
	amoxor.d a0, a2, (s0)
	CHECK(164, a0, 0x0)
	ld a3, 0(s0)
	CHECK(165, a3, 0x8000000000000000)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(166, a0, 0x0)
	ld a3, 0(s0)
	CHECK(167, a3, 0x7fffffffffffffff)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x80000000
	amoxor.d a0, a2, (s0)
	CHECK(168, a0, 0x0)
	ld a3, 0(s0)
	CHECK(169, a3, 0x80000000)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoxor.d a0, a2, (s0)
	CHECK(170, a0, 0x0)
	ld a3, 0(s0)
	CHECK(171, a3, 0xfedcba9876543210)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x0
	amoxor.d a0, a2, (s0)
	CHECK(172, a0, 0x1)
	ld a3, 0(s0)
	CHECK(173, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x1
	amoxor.d a0, a2, (s0)
	CHECK(174, a0, 0x1)
	ld a3, 0(s0)
	CHECK(175, a3, 0x0)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(176, a0, 0x1)
	ld a3, 0(s0)
	CHECK(177, a3, 0xfffffffffffffffe)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x8000000000000000
	amoxor.d a0, a2, (s0)
	CHECK(178, a0, 0x1)
	ld a3, 0(s0)
	CHECK(179, a3, 0x8000000000000001)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(180, a0, 0x1)
	ld a3, 0(s0)
	CHECK(181, a3, 0x7ffffffffffffffe)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x80000000
	amoxor.d a0, a2, (s0)
	CHECK(182, a0, 0x1)
	ld a3, 0(s0)
	CHECK(183, a3, 0x80000001)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoxor.d a0, a2, (s0)
	CHECK(184, a0, 0x1)
	ld a3, 0(s0)
	CHECK(185, a3, 0xfedcba9876543211)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amoxor.d a0, a2, (s0)
	CHECK(186, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(187, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amoxor.d a0, a2, (s0)
	CHECK(188, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(189, a3, 0xfffffffffffffffe)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(190, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(191, a3, 0x0)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amoxor.d a0, a2, (s0)
	CHECK(192, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(193, a3, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(194, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(195, a3, 0x8000000000000000)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amoxor.d a0, a2, (s0)
	CHECK(196, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(197, a3, 0xffffffff7fffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoxor.d a0, a2, (s0)
	CHECK(198, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(199, a3, 0x123456789abcdef)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x0
	amoxor.d a0, a2, (s0)
	CHECK(200, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(201, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x1
	amoxor.d a0, a2, (s0)
	CHECK(202, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(203, a3, 0x8000000000000001)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(204, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(205, a3, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amoxor.d a0, a2, (s0)
	CHECK(206, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(207, a3, 0x0)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(208, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(209, a3, 0xffffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x80000000
	amoxor.d a0, a2, (s0)
	CHECK(210, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(211, a3, 0x8000000080000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoxor.d a0, a2, (s0)
	CHECK(212, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(213, a3, 0x7edcba9876543210)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amoxor.d a0, a2, (s0)
	CHECK(214, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(215, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amoxor.d a0, a2, (s0)
	CHECK(216, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(217, a3, 0x7ffffffffffffffe)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(218, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(219, a3, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amoxor.d a0, a2, (s0)
	CHECK(220, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(221, a3, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(222, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(223, a3, 0x0)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amoxor.d a0, a2, (s0)
	CHECK(224, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(225, a3, 0x7fffffff7fffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoxor.d a0, a2, (s0)
	CHECK(226, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(227, a3, 0x8123456789abcdef)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x0
	amoxor.d a0, a2, (s0)
	CHECK(228, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(229, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x1
	amoxor.d a0, a2, (s0)
	CHECK(230, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(231, a3, 0x80000001)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(232, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(233, a3, 0xffffffff7fffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amoxor.d a0, a2, (s0)
	CHECK(234, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(235, a3, 0x8000000080000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(236, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(237, a3, 0x7fffffff7fffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x80000000
	amoxor.d a0, a2, (s0)
	CHECK(238, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(239, a3, 0x0)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoxor.d a0, a2, (s0)
	CHECK(240, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(241, a3, 0xfedcba98f6543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x0
	amoxor.d a0, a2, (s0)
	CHECK(242, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(243, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x1
	amoxor.d a0, a2, (s0)
	CHECK(244, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(245, a3, 0xfedcba9876543211)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(246, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(247, a3, 0x123456789abcdef)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x8000000000000000
	amoxor.d a0, a2, (s0)
	CHECK(248, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(249, a3, 0x7edcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoxor.d a0, a2, (s0)
	CHECK(250, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(251, a3, 0x8123456789abcdef)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x80000000
	amoxor.d a0, a2, (s0)
	CHECK(252, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(253, a3, 0xfedcba98f6543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoxor.d a0, a2, (s0)
	CHECK(254, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(255, a3, 0x0)
	/* amoand.w */
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoand.w a0, a2, (s0)
	CHECK(1, a0, 0x0)
	ld a3, 0(s0)
	CHECK(2, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoand.w a0, a2, (s0)
	CHECK(3, a0, 0x0)
	ld a3, 0(s0)
	CHECK(4, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoand.w a0, a2, (s0)
	CHECK(5, a0, 0x0)
	ld a3, 0(s0)
	CHECK(6, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoand.w a0, a2, (s0)
	CHECK(7, a0, 0x0)
	ld a3, 0(s0)
	CHECK(8, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoand.w a0, a2, (s0)
	CHECK(9, a0, 0x0)
	ld a3, 0(s0)
	CHECK(10, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoand.w a0, a2, (s0)
	CHECK(11, a0, 0x0)
	ld a3, 0(s0)
	CHECK(12, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoand.w a0, a2, (s0)
	CHECK(13, a0, 0x1)
	ld a3, 0(s0)
	CHECK(14, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoand.w a0, a2, (s0)
	CHECK(15, a0, 0x1)
	ld a3, 0(s0)
	CHECK(16, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoand.w a0, a2, (s0)
	CHECK(17, a0, 0x1)
	ld a3, 0(s0)
	CHECK(18, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoand.w a0, a2, (s0)
	CHECK(19, a0, 0x1)
	ld a3, 0(s0)
	CHECK(20, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoand.w a0, a2, (s0)
	CHECK(21, a0, 0x1)
	ld a3, 0(s0)
	CHECK(22, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoand.w a0, a2, (s0)
	CHECK(23, a0, 0x1)
	ld a3, 0(s0)
	CHECK(24, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoand.w a0, a2, (s0)
	CHECK(25, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(26, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoand.w a0, a2, (s0)
	CHECK(27, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(28, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoand.w a0, a2, (s0)
	CHECK(29, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(30, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoand.w a0, a2, (s0)
	CHECK(31, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(32, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoand.w a0, a2, (s0)
	CHECK(33, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(34, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoand.w a0, a2, (s0)
	CHECK(35, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(36, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoand.w a0, a2, (s0)
	CHECK(37, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(38, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoand.w a0, a2, (s0)
	CHECK(39, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(40, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoand.w a0, a2, (s0)
	CHECK(41, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(42, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoand.w a0, a2, (s0)
	CHECK(43, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(44, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoand.w a0, a2, (s0)
	CHECK(45, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(46, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoand.w a0, a2, (s0)
	CHECK(47, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(48, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoand.w a0, a2, (s0)
	CHECK(49, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(50, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoand.w a0, a2, (s0)
	CHECK(51, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(52, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoand.w a0, a2, (s0)
	CHECK(53, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(54, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoand.w a0, a2, (s0)
	CHECK(55, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(56, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoand.w a0, a2, (s0)
	CHECK(57, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(58, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoand.w a0, a2, (s0)
	CHECK(59, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(60, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoand.w a0, a2, (s0)
	CHECK(61, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(62, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoand.w a0, a2, (s0)
	CHECK(63, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(64, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoand.w a0, a2, (s0)
	CHECK(65, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(66, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoand.w a0, a2, (s0)
	CHECK(67, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(68, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoand.w a0, a2, (s0)
	CHECK(69, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(70, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoand.w a0, a2, (s0)
	CHECK(71, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(72, a3, 0x5a5a5a5a12345678)
	/* amoand.d */
	li a1, 0x0; sd a1, 0(s0); li a2, 0x0
	amoand.d a0, a2, (s0)
	CHECK(73, a0, 0x0)
	ld a3, 0(s0)
	CHECK(74, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x1
	amoand.d a0, a2, (s0)
	CHECK(75, a0, 0x0)
	ld a3, 0(s0)
	CHECK(76, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(77, a0, 0x0)
	ld a3, 0(s0)
	CHECK(78, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x8000000000000000
	amoand.d a0, a2, (s0)
	CHECK(79, a0, 0x0)
	ld a3, 0(s0)
	CHECK(80, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(81, a0, 0x0)
	ld a3, 0(s0)
	CHECK(82, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x80000000
	amoand.d a0, a2, (s0)
	CHECK(83, a0, 0x0)
	ld a3, 0(s0)
	CHECK(84, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoand.d a0, a2, (s0)
	CHECK(85, a0, 0x0)
	ld a3, 0(s0)
	CHECK(86, a3, 0x0)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x0
	amoand.d a0, a2, (s0)
	CHECK(87, a0, 0x1)
	ld a3, 0(s0)
	CHECK(88, a3, 0x0)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x1
	amoand.d a0, a2, (s0)
	CHECK(89, a0, 0x1)
	ld a3, 0(s0)
	CHECK(90, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(91, a0, 0x1)
	ld a3, 0(s0)
	CHECK(92, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x8000000000000000
	amoand.d a0, a2, (s0)
	CHECK(93, a0, 0x1)
	ld a3, 0(s0)
	CHECK(94, a3, 0x0)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(95, a0, 0x1)
	ld a3, 0(s0)
	CHECK(96, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x80000000
	amoand.d a0, a2, (s0)
	CHECK(97, a0, 0x1)
	ld a3, 0(s0)
	CHECK(98, a3, 0x0)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoand.d a0, a2, (s0)
	CHECK(99, a0, 0x1)
	ld a3, 0(s0)
	CHECK(100, a3, 0x0)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amoand.d a0, a2, (s0)
	CHECK(101, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(102, a3, 0x0)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amoand.d a0, a2, (s0)
	CHECK(103, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(104, a3, 0x1)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(105, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(106, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amoand.d a0, a2, (s0)
	CHECK(107, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(108, a3, 0x8000000000000000)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(109, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(110, a3, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amoand.d a0, a2, (s0)
	CHECK(111, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(112, a3, 0x80000000)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoand.d a0, a2, (s0)
	CHECK(113, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(114, a3, 0xfedcba9876543210)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x0
	amoand.d a0, a2, (s0)
	CHECK(115, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(116, a3, 0x0)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x1
	amoand.d a0, a2, (s0)
	CHECK(117, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(118, a3, 0x0)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(119, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(120, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amoand.d a0, a2, (s0)
	CHECK(121, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(122, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(123, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(124, a3, 0x0)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x80000000
	amoand.d a0, a2, (s0)
	CHECK(125, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(126, a3, 0x0)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoand.d a0, a2, (s0)
	CHECK(127, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(128, a3, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amoand.d a0, a2, (s0)
	CHECK(129, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(130, a3, 0x0)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amoand.d a0, a2, (s0)
	CHECK(131, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(132, a3, 0x1)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(133, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(134, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amoand.d a0, a2, (s0)
	CHECK(135, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(136, a3, 0x0)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(137, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(138, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amoand.d a0, a2, (s0)
	CHECK(139, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(140, a3, 0x80000000)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoand.d a0, a2, (s0)
	CHECK(141, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(142, a3, 0x7edcba9876543210)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x0
	amoand.d a0, a2, (s0)
	CHECK(143, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(144, a3, 0x0)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x1
	amoand.d a0, a2, (s0)
	CHECK(145, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(146, a3, 0x0)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(147, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(148, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amoand.d a0, a2, (s0)
	CHECK(149, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(150, a3, 0x0)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(151, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(152, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x80000000
	amoand.d a0, a2, (s0)
	CHECK(153, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(154, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoand.d a0, a2, (s0)
	CHECK(155, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(156, a3, 0x0)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x0
	amoand.d a0, a2, (s0)
	CHECK(157, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(158, a3, 0x0)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x1
	amoand.d a0, a2, (s0)
	CHECK(159, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(160, a3, 0x0)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(161, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(162, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x8000000000000000
	amoand.d a0, a2, (s0)
	CHECK(163, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(164, a3, 0x8000000000000000)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoand.d a0, a2, (s0)
	CHECK(165, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(166, a3, 0x7edcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x80000000
	amoand.d a0, a2, (s0)
	CHECK(167, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(168, a3, 0x0)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoand.d a0, a2, (s0)
	CHECK(169, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(170, a3, 0xfedcba9876543210)
	/* amoor.w */
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoor.w a0, a2, (s0)
	CHECK(171, a0, 0x0)
	ld a3, 0(s0)
	CHECK(172, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoor.w a0, a2, (s0)
	CHECK(173, a0, 0x0)
	ld a3, 0(s0)
	CHECK(174, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoor.w a0, a2, (s0)
	CHECK(175, a0, 0x0)
	ld a3, 0(s0)
	CHECK(176, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoor.w a0, a2, (s0)
	CHECK(177, a0, 0x0)
	ld a3, 0(s0)
	CHECK(178, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoor.w a0, a2, (s0)
	CHECK(179, a0, 0x0)
	ld a3, 0(s0)
	CHECK(180, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoor.w a0, a2, (s0)
	CHECK(181, a0, 0x0)
	ld a3, 0(s0)
	CHECK(182, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoor.w a0, a2, (s0)
	CHECK(183, a0, 0x1)
	ld a3, 0(s0)
	CHECK(184, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoor.w a0, a2, (s0)
	CHECK(185, a0, 0x1)
	ld a3, 0(s0)
	CHECK(186, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoor.w a0, a2, (s0)
	CHECK(187, a0, 0x1)
	ld a3, 0(s0)
	CHECK(188, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoor.w a0, a2, (s0)
	CHECK(189, a0, 0x1)
	ld a3, 0(s0)
	CHECK(190, a3, 0x5a5a5a5a80000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoor.w a0, a2, (s0)
	CHECK(191, a0, 0x1)
	ld a3, 0(s0)
	CHECK(192, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoor.w a0, a2, (s0)
	CHECK(193, a0, 0x1)
	ld a3, 0(s0)
	CHECK(194, a3, 0x5a5a5a5a12345679)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoor.w a0, a2, (s0)
	CHECK(195, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(196, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoor.w a0, a2, (s0)
	CHECK(197, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(198, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoor.w a0, a2, (s0)
	CHECK(199, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(200, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoor.w a0, a2, (s0)
	CHECK(201, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(202, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoor.w a0, a2, (s0)
	CHECK(203, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(204, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoor.w a0, a2, (s0)
	CHECK(205, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(206, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoor.w a0, a2, (s0)
	CHECK(207, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(208, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoor.w a0, a2, (s0)
	CHECK(209, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(210, a3, 0x5a5a5a5a80000001)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoor.w a0, a2, (s0)
	CHECK(211, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(212, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoor.w a0, a2, (s0)
	CHECK(213, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(214, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoor.w a0, a2, (s0)
	CHECK(215, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(216, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoor.w a0, a2, (s0)
	CHECK(217, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(218, a3, 0x5a5a5a5a92345678)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoor.w a0, a2, (s0)
	CHECK(219, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(220, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoor.w a0, a2, (s0)
	CHECK(221, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(222, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoor.w a0, a2, (s0)
	CHECK(223, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(224, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoor.w a0, a2, (s0)
	CHECK(225, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(226, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoor.w a0, a2, (s0)
	CHECK(227, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(228, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoor.w a0, a2, (s0)
	CHECK(229, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(230, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amoor.w a0, a2, (s0)
	CHECK(231, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(232, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amoor.w a0, a2, (s0)
	CHECK(233, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(234, a3, 0x5a5a5a5a12345679)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amoor.w a0, a2, (s0)
	CHECK(235, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(236, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amoor.w a0, a2, (s0)
	CHECK(237, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(238, a3, 0x5a5a5a5a92345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amoor.w a0, a2, (s0)
	CHECK(239, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(240, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amoor.w a0, a2, (s0)
	CHECK(241, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(242, a3, 0x5a5a5a5a12345678)
	/* amoor.d */
	li a1, 0x0; sd a1, 0(s0); li a2, 0x0
	amoor.d a0, a2, (s0)
	CHECK(243, a0, 0x0)
	ld a3, 0(s0)
	CHECK(244, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x1
	amoor.d a0, a2, (s0)
	CHECK(245, a0, 0x0)
	ld a3, 0(s0)
	CHECK(246, a3, 0x1)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(247, a0, 0x0)
	ld a3, 0(s0)
	CHECK(248, a3, 0xffffffffffffffff)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x8000000000000000
	amoor.d a0, a2, (s0)
	CHECK(249, a0, 0x0)
	ld a3, 0(s0)
	CHECK(250, a3, 0x8000000000000000)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(251, a0, 0x0)
	ld a3, 0(s0)
	CHECK(252, a3, 0x7fffffffffffffff)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x80000000
	amoor.d a0, a2, (s0)
	CHECK(253, a0, 0x0)
	ld a3, 0(s0)
	CHECK(254, a3, 0x80000000)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoor.d a0, a2, (s0)
	CHECK(255, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1, a3, 0xfedcba9876543210)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x0
	amoor.d a0, a2, (s0)
	CHECK(2, a0, 0x1)
	ld a3, 0(s0)
	CHECK(3, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x1
	amoor.d a0, a2, (s0)
	CHECK(4, a0, 0x1)
	ld a3, 0(s0)
	CHECK(5, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(6, a0, 0x1)
	ld a3, 0(s0)
	CHECK(7, a3, 0xffffffffffffffff)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x8000000000000000
	amoor.d a0, a2, (s0)
	CHECK(8, a0, 0x1)
	ld a3, 0(s0)
	CHECK(9, a3, 0x8000000000000001)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(10, a0, 0x1)
	ld a3, 0(s0)
	CHECK(11, a3, 0x7fffffffffffffff)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x80000000
	amoor.d a0, a2, (s0)
	CHECK(12, a0, 0x1)
	ld a3, 0(s0)
	CHECK(13, a3, 0x80000001)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoor.d a0, a2, (s0)
	CHECK(14, a0, 0x1)
	ld a3, 0(s0)
	CHECK(15, a3, 0xfedcba9876543211)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amoor.d a0, a2, (s0)
	CHECK(16, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(17, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amoor.d a0, a2, (s0)
	CHECK(18, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(19, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(20, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(21, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amoor.d a0, a2, (s0)
	CHECK(22, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(23, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(24, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(25, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amoor.d a0, a2, (s0)
	CHECK(26, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(27, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoor.d a0, a2, (s0)
	CHECK(28, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(29, a3, 0xffffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x0
	amoor.d a0, a2, (s0)
	CHECK(30, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(31, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x1
	amoor.d a0, a2, (s0)
	CHECK(32, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(33, a3, 0x8000000000000001)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(34, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(35, a3, 0xffffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amoor.d a0, a2, (s0)
	CHECK(36, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(37, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(38, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(39, a3, 0xffffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x80000000
	amoor.d a0, a2, (s0)
	CHECK(40, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(41, a3, 0x8000000080000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoor.d a0, a2, (s0)
	CHECK(42, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(43, a3, 0xfedcba9876543210)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amoor.d a0, a2, (s0)
	CHECK(44, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(45, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amoor.d a0, a2, (s0)
	CHECK(46, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(47, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(48, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(49, a3, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amoor.d a0, a2, (s0)
	CHECK(50, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(51, a3, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(52, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(53, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amoor.d a0, a2, (s0)
	CHECK(54, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(55, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoor.d a0, a2, (s0)
	CHECK(56, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(57, a3, 0xffffffffffffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x0
	amoor.d a0, a2, (s0)
	CHECK(58, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(59, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x1
	amoor.d a0, a2, (s0)
	CHECK(60, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(61, a3, 0x80000001)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(62, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(63, a3, 0xffffffffffffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amoor.d a0, a2, (s0)
	CHECK(64, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(65, a3, 0x8000000080000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(66, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(67, a3, 0x7fffffffffffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x80000000
	amoor.d a0, a2, (s0)
	CHECK(68, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(69, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoor.d a0, a2, (s0)
	CHECK(70, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(71, a3, 0xfedcba98f6543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x0
	amoor.d a0, a2, (s0)
	CHECK(72, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(73, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x1
	amoor.d a0, a2, (s0)
	CHECK(74, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(75, a3, 0xfedcba9876543211)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(76, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(77, a3, 0xffffffffffffffff)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x8000000000000000
	amoor.d a0, a2, (s0)
	CHECK(78, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(79, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amoor.d a0, a2, (s0)
	CHECK(80, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(81, a3, 0xffffffffffffffff)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x80000000
	amoor.d a0, a2, (s0)
	CHECK(82, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(83, a3, 0xfedcba98f6543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amoor.d a0, a2, (s0)
	CHECK(84, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(85, a3, 0xfedcba9876543210)
	/* amomin.w */
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomin.w a0, a2, (s0)
	CHECK(86, a0, 0x0)
	ld a3, 0(s0)
	CHECK(87, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomin.w a0, a2, (s0)
	CHECK(88, a0, 0x0)
	ld a3, 0(s0)
	CHECK(89, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomin.w a0, a2, (s0)
	CHECK(90, a0, 0x0)
	ld a3, 0(s0)
	CHECK(91, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomin.w a0, a2, (s0)
	CHECK(92, a0, 0x0)
	ld a3, 0(s0)
	CHECK(93, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomin.w a0, a2, (s0)
	CHECK(94, a0, 0x0)
	ld a3, 0(s0)
	CHECK(95, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomin.w a0, a2, (s0)
	CHECK(96, a0, 0x0)
	ld a3, 0(s0)
	CHECK(97, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomin.w a0, a2, (s0)
	CHECK(98, a0, 0x1)
	ld a3, 0(s0)
	CHECK(99, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomin.w a0, a2, (s0)
	CHECK(100, a0, 0x1)
	ld a3, 0(s0)
	CHECK(101, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomin.w a0, a2, (s0)
	CHECK(102, a0, 0x1)
	ld a3, 0(s0)
	CHECK(103, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomin.w a0, a2, (s0)
	CHECK(104, a0, 0x1)
	ld a3, 0(s0)
	CHECK(105, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomin.w a0, a2, (s0)
	CHECK(106, a0, 0x1)
	ld a3, 0(s0)
	CHECK(107, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomin.w a0, a2, (s0)
	CHECK(108, a0, 0x1)
	ld a3, 0(s0)
	CHECK(109, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomin.w a0, a2, (s0)
	CHECK(110, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(111, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomin.w a0, a2, (s0)
	CHECK(112, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(113, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomin.w a0, a2, (s0)
	CHECK(114, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(115, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomin.w a0, a2, (s0)
	CHECK(116, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(117, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomin.w a0, a2, (s0)
	CHECK(118, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(119, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomin.w a0, a2, (s0)
	CHECK(120, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(121, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomin.w a0, a2, (s0)
	CHECK(122, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(123, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomin.w a0, a2, (s0)
	CHECK(124, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(125, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomin.w a0, a2, (s0)
	CHECK(126, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(127, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomin.w a0, a2, (s0)
	CHECK(128, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(129, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomin.w a0, a2, (s0)
	CHECK(130, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(131, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomin.w a0, a2, (s0)
	CHECK(132, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(133, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomin.w a0, a2, (s0)
	CHECK(134, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(135, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomin.w a0, a2, (s0)
	CHECK(136, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(137, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomin.w a0, a2, (s0)
	CHECK(138, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(139, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomin.w a0, a2, (s0)
	CHECK(140, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(141, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomin.w a0, a2, (s0)
	CHECK(142, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(143, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomin.w a0, a2, (s0)
	CHECK(144, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(145, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomin.w a0, a2, (s0)
	CHECK(146, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(147, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomin.w a0, a2, (s0)
	CHECK(148, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(149, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomin.w a0, a2, (s0)
	CHECK(150, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(151, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomin.w a0, a2, (s0)
	CHECK(152, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(153, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomin.w a0, a2, (s0)
	CHECK(154, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(155, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomin.w a0, a2, (s0)
	CHECK(156, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(157, a3, 0x5a5a5a5a12345678)
	/* amomin.d */
	li a1, 0x0; sd a1, 0(s0); li a2, 0x0
	amomin.d a0, a2, (s0)
	CHECK(158, a0, 0x0)
	ld a3, 0(s0)
	CHECK(159, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x1
	amomin.d a0, a2, (s0)
	CHECK(160, a0, 0x0)
	ld a3, 0(s0)
	CHECK(161, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(162, a0, 0x0)
	ld a3, 0(s0)
	CHECK(163, a3, 0xffffffffffffffff)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x8000000000000000
	amomin.d a0, a2, (s0)
	CHECK(164, a0, 0x0)
	ld a3, 0(s0)
	CHECK(165, a3, 0x8000000000000000)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(166, a0, 0x0)
	ld a3, 0(s0)
	CHECK(167, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x80000000
	amomin.d a0, a2, (s0)
	CHECK(168, a0, 0x0)
	ld a3, 0(s0)
	CHECK(169, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomin.d a0, a2, (s0)
	CHECK(170, a0, 0x0)
	ld a3, 0(s0)
	CHECK(171, a3, 0xfedcba9876543210)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x0
	amomin.d a0, a2, (s0)
	CHECK(172, a0, 0x1)
	ld a3, 0(s0)
	CHECK(173, a3, 0x0)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x1
	amomin.d a0, a2, (s0)
	CHECK(174, a0, 0x1)
	ld a3, 0(s0)
	CHECK(175, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(176, a0, 0x1)
	ld a3, 0(s0)
	CHECK(177, a3, 0xffffffffffffffff)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x8000000000000000
	amomin.d a0, a2, (s0)
	CHECK(178, a0, 0x1)
	ld a3, 0(s0)
	CHECK(179, a3, 0x8000000000000000)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(180, a0, 0x1)
	ld a3, 0(s0)
	CHECK(181, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x80000000
	amomin.d a0, a2, (s0)
	CHECK(182, a0, 0x1)
	ld a3, 0(s0)
	CHECK(183, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomin.d a0, a2, (s0)
	CHECK(184, a0, 0x1)
	ld a3, 0(s0)
	CHECK(185, a3, 0xfedcba9876543210)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amomin.d a0, a2, (s0)
	CHECK(186, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(187, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amomin.d a0, a2, (s0)
	CHECK(188, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(189, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(190, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(191, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amomin.d a0, a2, (s0)
	CHECK(192, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(193, a3, 0x8000000000000000)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(194, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(195, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amomin.d a0, a2, (s0)
	CHECK(196, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(197, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomin.d a0, a2, (s0)
	CHECK(198, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(199, a3, 0xfedcba9876543210)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x0
	amomin.d a0, a2, (s0)
	CHECK(200, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(201, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x1
	amomin.d a0, a2, (s0)
	CHECK(202, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(203, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(204, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(205, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amomin.d a0, a2, (s0)
	CHECK(206, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(207, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(208, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(209, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x80000000
	amomin.d a0, a2, (s0)
	CHECK(210, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(211, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomin.d a0, a2, (s0)
	CHECK(212, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(213, a3, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amomin.d a0, a2, (s0)
	CHECK(214, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(215, a3, 0x0)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amomin.d a0, a2, (s0)
	CHECK(216, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(217, a3, 0x1)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(218, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(219, a3, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amomin.d a0, a2, (s0)
	CHECK(220, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(221, a3, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(222, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(223, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amomin.d a0, a2, (s0)
	CHECK(224, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(225, a3, 0x80000000)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomin.d a0, a2, (s0)
	CHECK(226, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(227, a3, 0xfedcba9876543210)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x0
	amomin.d a0, a2, (s0)
	CHECK(228, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(229, a3, 0x0)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x1
	amomin.d a0, a2, (s0)
	CHECK(230, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(231, a3, 0x1)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(232, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(233, a3, 0xffffffffffffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amomin.d a0, a2, (s0)
	CHECK(234, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(235, a3, 0x8000000000000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(236, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(237, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x80000000
	amomin.d a0, a2, (s0)
	CHECK(238, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(239, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomin.d a0, a2, (s0)
	CHECK(240, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(241, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x0
	amomin.d a0, a2, (s0)
	CHECK(242, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(243, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x1
	amomin.d a0, a2, (s0)
	CHECK(244, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(245, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(246, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(247, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x8000000000000000
	amomin.d a0, a2, (s0)
	CHECK(248, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(249, a3, 0x8000000000000000)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomin.d a0, a2, (s0)
	CHECK(250, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(251, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x80000000
	amomin.d a0, a2, (s0)
	CHECK(252, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(253, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomin.d a0, a2, (s0)
	CHECK(254, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(255, a3, 0xfedcba9876543210)
	/* amomax.w */
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomax.w a0, a2, (s0)
	CHECK(1, a0, 0x0)
	ld a3, 0(s0)
	CHECK(2, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomax.w a0, a2, (s0)
	CHECK(3, a0, 0x0)
	ld a3, 0(s0)
	CHECK(4, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomax.w a0, a2, (s0)
	CHECK(5, a0, 0x0)
	ld a3, 0(s0)
	CHECK(6, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomax.w a0, a2, (s0)
	CHECK(7, a0, 0x0)
	ld a3, 0(s0)
	CHECK(8, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomax.w a0, a2, (s0)
	CHECK(9, a0, 0x0)
	ld a3, 0(s0)
	CHECK(10, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomax.w a0, a2, (s0)
	CHECK(11, a0, 0x0)
	ld a3, 0(s0)
	CHECK(12, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomax.w a0, a2, (s0)
	CHECK(13, a0, 0x1)
	ld a3, 0(s0)
	CHECK(14, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomax.w a0, a2, (s0)
	CHECK(15, a0, 0x1)
	ld a3, 0(s0)
	CHECK(16, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomax.w a0, a2, (s0)
	CHECK(17, a0, 0x1)
	ld a3, 0(s0)
	CHECK(18, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomax.w a0, a2, (s0)
	CHECK(19, a0, 0x1)
	ld a3, 0(s0)
	CHECK(20, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomax.w a0, a2, (s0)
	CHECK(21, a0, 0x1)
	ld a3, 0(s0)
	CHECK(22, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomax.w a0, a2, (s0)
	CHECK(23, a0, 0x1)
	ld a3, 0(s0)
	CHECK(24, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomax.w a0, a2, (s0)
	CHECK(25, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(26, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomax.w a0, a2, (s0)
	CHECK(27, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(28, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomax.w a0, a2, (s0)
	CHECK(29, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(30, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomax.w a0, a2, (s0)
	CHECK(31, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(32, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomax.w a0, a2, (s0)
	CHECK(33, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(34, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomax.w a0, a2, (s0)
	CHECK(35, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(36, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomax.w a0, a2, (s0)
	CHECK(37, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(38, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomax.w a0, a2, (s0)
	CHECK(39, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(40, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomax.w a0, a2, (s0)
	CHECK(41, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(42, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomax.w a0, a2, (s0)
	CHECK(43, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(44, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomax.w a0, a2, (s0)
	CHECK(45, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(46, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomax.w a0, a2, (s0)
	CHECK(47, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(48, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomax.w a0, a2, (s0)
	CHECK(49, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(50, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomax.w a0, a2, (s0)
	CHECK(51, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(52, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomax.w a0, a2, (s0)
	CHECK(53, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(54, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomax.w a0, a2, (s0)
	CHECK(55, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(56, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomax.w a0, a2, (s0)
	CHECK(57, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(58, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomax.w a0, a2, (s0)
	CHECK(59, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(60, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomax.w a0, a2, (s0)
	CHECK(61, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(62, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomax.w a0, a2, (s0)
	CHECK(63, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(64, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomax.w a0, a2, (s0)
	CHECK(65, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(66, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomax.w a0, a2, (s0)
	CHECK(67, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(68, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomax.w a0, a2, (s0)
	CHECK(69, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(70, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomax.w a0, a2, (s0)
	CHECK(71, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(72, a3, 0x5a5a5a5a12345678)
	/* amomax.d */
	li a1, 0x0; sd a1, 0(s0); li a2, 0x0
	amomax.d a0, a2, (s0)
	CHECK(73, a0, 0x0)
	ld a3, 0(s0)
	CHECK(74, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x1
	amomax.d a0, a2, (s0)
	CHECK(75, a0, 0x0)
	ld a3, 0(s0)
	CHECK(76, a3, 0x1)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(77, a0, 0x0)
	ld a3, 0(s0)
	CHECK(78, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x8000000000000000
	amomax.d a0, a2, (s0)
	CHECK(79, a0, 0x0)
	ld a3, 0(s0)
	CHECK(80, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(81, a0, 0x0)
	ld a3, 0(s0)
	CHECK(82, a3, 0x7fffffffffffffff)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x80000000
	amomax.d a0, a2, (s0)
	CHECK(83, a0, 0x0)
	ld a3, 0(s0)
	CHECK(84, a3, 0x80000000)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomax.d a0, a2, (s0)
	CHECK(85, a0, 0x0)
	ld a3, 0(s0)
	CHECK(86, a3, 0x0)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x0
	amomax.d a0, a2, (s0)
	CHECK(87, a0, 0x1)
	ld a3, 0(s0)
	CHECK(88, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x1
	amomax.d a0, a2, (s0)
	CHECK(89, a0, 0x1)
	ld a3, 0(s0)
	CHECK(90, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(91, a0, 0x1)
	ld a3, 0(s0)
	CHECK(92, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x8000000000000000
	amomax.d a0, a2, (s0)
	CHECK(93, a0, 0x1)
	ld a3, 0(s0)
	CHECK(94, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(95, a0, 0x1)
	ld a3, 0(s0)
	CHECK(96, a3, 0x7fffffffffffffff)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x80000000
	amomax.d a0, a2, (s0)
	CHECK(97, a0, 0x1)
	ld a3, 0(s0)
	CHECK(98, a3, 0x80000000)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomax.d a0, a2, (s0)
	CHECK(99, a0, 0x1)
	ld a3, 0(s0)
	CHECK(100, a3, 0x1)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amomax.d a0, a2, (s0)
	CHECK(101, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(102, a3, 0x0)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amomax.d a0, a2, (s0)
	CHECK(103, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(104, a3, 0x1)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(105, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(106, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amomax.d a0, a2, (s0)
	CHECK(107, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(108, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(109, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(110, a3, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amomax.d a0, a2, (s0)
	CHECK(111, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(112, a3, 0x80000000)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomax.d a0, a2, (s0)
	CHECK(113, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(114, a3, 0xffffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x0
	amomax.d a0, a2, (s0)
	CHECK(115, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(116, a3, 0x0)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x1
	amomax.d a0, a2, (s0)
	CHECK(117, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(118, a3, 0x1)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(119, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(120, a3, 0xffffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amomax.d a0, a2, (s0)
	CHECK(121, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(122, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(123, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(124, a3, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x80000000
	amomax.d a0, a2, (s0)
	CHECK(125, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(126, a3, 0x80000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomax.d a0, a2, (s0)
	CHECK(127, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(128, a3, 0xfedcba9876543210)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amomax.d a0, a2, (s0)
	CHECK(129, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(130, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amomax.d a0, a2, (s0)
	CHECK(131, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(132, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(133, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(134, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amomax.d a0, a2, (s0)
	CHECK(135, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(136, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(137, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(138, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amomax.d a0, a2, (s0)
	CHECK(139, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(140, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomax.d a0, a2, (s0)
	CHECK(141, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(142, a3, 0x7fffffffffffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x0
	amomax.d a0, a2, (s0)
	CHECK(143, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(144, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x1
	amomax.d a0, a2, (s0)
	CHECK(145, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(146, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(147, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(148, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amomax.d a0, a2, (s0)
	CHECK(149, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(150, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(151, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(152, a3, 0x7fffffffffffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x80000000
	amomax.d a0, a2, (s0)
	CHECK(153, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(154, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomax.d a0, a2, (s0)
	CHECK(155, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(156, a3, 0x80000000)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x0
	amomax.d a0, a2, (s0)
	CHECK(157, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(158, a3, 0x0)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x1
	amomax.d a0, a2, (s0)
	CHECK(159, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(160, a3, 0x1)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(161, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(162, a3, 0xffffffffffffffff)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x8000000000000000
	amomax.d a0, a2, (s0)
	CHECK(163, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(164, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomax.d a0, a2, (s0)
	CHECK(165, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(166, a3, 0x7fffffffffffffff)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x80000000
	amomax.d a0, a2, (s0)
	CHECK(167, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(168, a3, 0x80000000)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomax.d a0, a2, (s0)
	CHECK(169, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(170, a3, 0xfedcba9876543210)
	/* amominu.w */
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amominu.w a0, a2, (s0)
	CHECK(171, a0, 0x0)
	ld a3, 0(s0)
	CHECK(172, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amominu.w a0, a2, (s0)
	CHECK(173, a0, 0x0)
	ld a3, 0(s0)
	CHECK(174, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amominu.w a0, a2, (s0)
	CHECK(175, a0, 0x0)
	ld a3, 0(s0)
	CHECK(176, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amominu.w a0, a2, (s0)
	CHECK(177, a0, 0x0)
	ld a3, 0(s0)
	CHECK(178, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amominu.w a0, a2, (s0)
	CHECK(179, a0, 0x0)
	ld a3, 0(s0)
	CHECK(180, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amominu.w a0, a2, (s0)
	CHECK(181, a0, 0x0)
	ld a3, 0(s0)
	CHECK(182, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amominu.w a0, a2, (s0)
	CHECK(183, a0, 0x1)
	ld a3, 0(s0)
	CHECK(184, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amominu.w a0, a2, (s0)
	CHECK(185, a0, 0x1)
	ld a3, 0(s0)
	CHECK(186, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amominu.w a0, a2, (s0)
	CHECK(187, a0, 0x1)
	ld a3, 0(s0)
	CHECK(188, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amominu.w a0, a2, (s0)
	CHECK(189, a0, 0x1)
	ld a3, 0(s0)
	CHECK(190, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amominu.w a0, a2, (s0)
	CHECK(191, a0, 0x1)
	ld a3, 0(s0)
	CHECK(192, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amominu.w a0, a2, (s0)
	CHECK(193, a0, 0x1)
	ld a3, 0(s0)
	CHECK(194, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amominu.w a0, a2, (s0)
	CHECK(195, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(196, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amominu.w a0, a2, (s0)
	CHECK(197, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(198, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amominu.w a0, a2, (s0)
	CHECK(199, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(200, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amominu.w a0, a2, (s0)
	CHECK(201, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(202, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amominu.w a0, a2, (s0)
	CHECK(203, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(204, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amominu.w a0, a2, (s0)
	CHECK(205, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(206, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amominu.w a0, a2, (s0)
	CHECK(207, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(208, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amominu.w a0, a2, (s0)
	CHECK(209, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(210, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amominu.w a0, a2, (s0)
	CHECK(211, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(212, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amominu.w a0, a2, (s0)
	CHECK(213, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(214, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amominu.w a0, a2, (s0)
	CHECK(215, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(216, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amominu.w a0, a2, (s0)
	CHECK(217, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(218, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amominu.w a0, a2, (s0)
	CHECK(219, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(220, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amominu.w a0, a2, (s0)
	CHECK(221, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(222, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amominu.w a0, a2, (s0)
	CHECK(223, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(224, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amominu.w a0, a2, (s0)
	CHECK(225, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(226, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amominu.w a0, a2, (s0)
	CHECK(227, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(228, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amominu.w a0, a2, (s0)
	CHECK(229, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(230, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amominu.w a0, a2, (s0)
	CHECK(231, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(232, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amominu.w a0, a2, (s0)
	CHECK(233, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(234, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amominu.w a0, a2, (s0)
	CHECK(235, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(236, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amominu.w a0, a2, (s0)
	CHECK(237, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(238, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amominu.w a0, a2, (s0)
	CHECK(239, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(240, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amominu.w a0, a2, (s0)
	CHECK(241, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(242, a3, 0x5a5a5a5a12345678)
	/* amominu.d */
	li a1, 0x0; sd a1, 0(s0); li a2, 0x0
	amominu.d a0, a2, (s0)
	CHECK(243, a0, 0x0)
	ld a3, 0(s0)
	CHECK(244, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x1
	amominu.d a0, a2, (s0)
	CHECK(245, a0, 0x0)
	ld a3, 0(s0)
	CHECK(246, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(247, a0, 0x0)
	ld a3, 0(s0)
	CHECK(248, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x8000000000000000
	amominu.d a0, a2, (s0)
	CHECK(249, a0, 0x0)
	ld a3, 0(s0)
	CHECK(250, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(251, a0, 0x0)
	ld a3, 0(s0)
	CHECK(252, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x80000000
	amominu.d a0, a2, (s0)
	CHECK(253, a0, 0x0)
	ld a3, 0(s0)
	CHECK(254, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amominu.d a0, a2, (s0)
	CHECK(255, a0, 0x0)
	ld a3, 0(s0)
	CHECK(1, a3, 0x0)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x0
	amominu.d a0, a2, (s0)
	CHECK(2, a0, 0x1)
	ld a3, 0(s0)
	CHECK(3, a3, 0x0)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x1
	amominu.d a0, a2, (s0)
	CHECK(4, a0, 0x1)
	ld a3, 0(s0)
	CHECK(5, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(6, a0, 0x1)
	ld a3, 0(s0)
	CHECK(7, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x8000000000000000
	amominu.d a0, a2, (s0)
	CHECK(8, a0, 0x1)
	ld a3, 0(s0)
	CHECK(9, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(10, a0, 0x1)
	ld a3, 0(s0)
	CHECK(11, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x80000000
	amominu.d a0, a2, (s0)
	CHECK(12, a0, 0x1)
	ld a3, 0(s0)
	CHECK(13, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amominu.d a0, a2, (s0)
	CHECK(14, a0, 0x1)
	ld a3, 0(s0)
	CHECK(15, a3, 0x1)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amominu.d a0, a2, (s0)
	CHECK(16, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(17, a3, 0x0)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amominu.d a0, a2, (s0)
	CHECK(18, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(19, a3, 0x1)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(20, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(21, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amominu.d a0, a2, (s0)
	CHECK(22, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(23, a3, 0x8000000000000000)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(24, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(25, a3, 0x7fffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amominu.d a0, a2, (s0)
	CHECK(26, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(27, a3, 0x80000000)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amominu.d a0, a2, (s0)
	CHECK(28, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(29, a3, 0xfedcba9876543210)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x0
	amominu.d a0, a2, (s0)
	CHECK(30, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(31, a3, 0x0)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x1
	amominu.d a0, a2, (s0)
	CHECK(32, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(33, a3, 0x1)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(34, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(35, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amominu.d a0, a2, (s0)
	CHECK(36, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(37, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(38, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(39, a3, 0x7fffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x80000000
	amominu.d a0, a2, (s0)
	CHECK(40, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(41, a3, 0x80000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amominu.d a0, a2, (s0)
	CHECK(42, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(43, a3, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amominu.d a0, a2, (s0)
	CHECK(44, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(45, a3, 0x0)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amominu.d a0, a2, (s0)
	CHECK(46, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(47, a3, 0x1)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(48, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(49, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amominu.d a0, a2, (s0)
	CHECK(50, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(51, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(52, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(53, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amominu.d a0, a2, (s0)
	CHECK(54, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(55, a3, 0x80000000)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amominu.d a0, a2, (s0)
	CHECK(56, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(57, a3, 0x7fffffffffffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x0
	amominu.d a0, a2, (s0)
	CHECK(58, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(59, a3, 0x0)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x1
	amominu.d a0, a2, (s0)
	CHECK(60, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(61, a3, 0x1)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(62, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(63, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amominu.d a0, a2, (s0)
	CHECK(64, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(65, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(66, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(67, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x80000000
	amominu.d a0, a2, (s0)
	CHECK(68, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(69, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amominu.d a0, a2, (s0)
	CHECK(70, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(71, a3, 0x80000000)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x0
	amominu.d a0, a2, (s0)
	CHECK(72, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(73, a3, 0x0)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x1
	amominu.d a0, a2, (s0)
	CHECK(74, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(75, a3, 0x1)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(76, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(77, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x8000000000000000
	amominu.d a0, a2, (s0)
	CHECK(78, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(79, a3, 0x8000000000000000)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amominu.d a0, a2, (s0)
	CHECK(80, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(81, a3, 0x7fffffffffffffff)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x80000000
	amominu.d a0, a2, (s0)
	CHECK(82, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(83, a3, 0x80000000)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amominu.d a0, a2, (s0)
	CHECK(84, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(85, a3, 0xfedcba9876543210)
	/* amomaxu.w */
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomaxu.w a0, a2, (s0)
	CHECK(86, a0, 0x0)
	ld a3, 0(s0)
	CHECK(87, a3, 0x5a5a5a5a00000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomaxu.w a0, a2, (s0)
	CHECK(88, a0, 0x0)
	ld a3, 0(s0)
	CHECK(89, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomaxu.w a0, a2, (s0)
	CHECK(90, a0, 0x0)
	ld a3, 0(s0)
	CHECK(91, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomaxu.w a0, a2, (s0)
	CHECK(92, a0, 0x0)
	ld a3, 0(s0)
	CHECK(93, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomaxu.w a0, a2, (s0)
	CHECK(94, a0, 0x0)
	ld a3, 0(s0)
	CHECK(95, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a00000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomaxu.w a0, a2, (s0)
	CHECK(96, a0, 0x0)
	ld a3, 0(s0)
	CHECK(97, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomaxu.w a0, a2, (s0)
	CHECK(98, a0, 0x1)
	ld a3, 0(s0)
	CHECK(99, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomaxu.w a0, a2, (s0)
	CHECK(100, a0, 0x1)
	ld a3, 0(s0)
	CHECK(101, a3, 0x5a5a5a5a00000001)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomaxu.w a0, a2, (s0)
	CHECK(102, a0, 0x1)
	ld a3, 0(s0)
	CHECK(103, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomaxu.w a0, a2, (s0)
	CHECK(104, a0, 0x1)
	ld a3, 0(s0)
	CHECK(105, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomaxu.w a0, a2, (s0)
	CHECK(106, a0, 0x1)
	ld a3, 0(s0)
	CHECK(107, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a00000001; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomaxu.w a0, a2, (s0)
	CHECK(108, a0, 0x1)
	ld a3, 0(s0)
	CHECK(109, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomaxu.w a0, a2, (s0)
	CHECK(110, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(111, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomaxu.w a0, a2, (s0)
	CHECK(112, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(113, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomaxu.w a0, a2, (s0)
	CHECK(114, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(115, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomaxu.w a0, a2, (s0)
	CHECK(116, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(117, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomaxu.w a0, a2, (s0)
	CHECK(118, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(119, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5affffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomaxu.w a0, a2, (s0)
	CHECK(120, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(121, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomaxu.w a0, a2, (s0)
	CHECK(122, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(123, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomaxu.w a0, a2, (s0)
	CHECK(124, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(125, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomaxu.w a0, a2, (s0)
	CHECK(126, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(127, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomaxu.w a0, a2, (s0)
	CHECK(128, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(129, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomaxu.w a0, a2, (s0)
	CHECK(130, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(131, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a80000000; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomaxu.w a0, a2, (s0)
	CHECK(132, a0, 0xffffffff80000000)
	ld a3, 0(s0)
	CHECK(133, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomaxu.w a0, a2, (s0)
	CHECK(134, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(135, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomaxu.w a0, a2, (s0)
	CHECK(136, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(137, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomaxu.w a0, a2, (s0)
	CHECK(138, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(139, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomaxu.w a0, a2, (s0)
	CHECK(140, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(141, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomaxu.w a0, a2, (s0)
	CHECK(142, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(143, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a7fffffff; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomaxu.w a0, a2, (s0)
	CHECK(144, a0, 0x7fffffff)
	ld a3, 0(s0)
	CHECK(145, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000000
	amomaxu.w a0, a2, (s0)
	CHECK(146, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(147, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a500000001
	amomaxu.w a0, a2, (s0)
	CHECK(148, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(149, a3, 0x5a5a5a5a12345678)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a5ffffffff
	amomaxu.w a0, a2, (s0)
	CHECK(150, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(151, a3, 0x5a5a5a5affffffff)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a580000000
	amomaxu.w a0, a2, (s0)
	CHECK(152, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(153, a3, 0x5a5a5a5a80000000)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a57fffffff
	amomaxu.w a0, a2, (s0)
	CHECK(154, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(155, a3, 0x5a5a5a5a7fffffff)
	li a1, 0x5a5a5a5a12345678; sd a1, 0(s0); li a2, 0xa5a5a5a512345678
	amomaxu.w a0, a2, (s0)
	CHECK(156, a0, 0x12345678)
	ld a3, 0(s0)
	CHECK(157, a3, 0x5a5a5a5a12345678)
	/* amomaxu.d */
	li a1, 0x0; sd a1, 0(s0); li a2, 0x0
	amomaxu.d a0, a2, (s0)
	CHECK(158, a0, 0x0)
	ld a3, 0(s0)
	CHECK(159, a3, 0x0)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x1
	amomaxu.d a0, a2, (s0)
	CHECK(160, a0, 0x0)
	ld a3, 0(s0)
	CHECK(161, a3, 0x1)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(162, a0, 0x0)
	ld a3, 0(s0)
	CHECK(163, a3, 0xffffffffffffffff)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x8000000000000000
	amomaxu.d a0, a2, (s0)
	CHECK(164, a0, 0x0)
	ld a3, 0(s0)
	CHECK(165, a3, 0x8000000000000000)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(166, a0, 0x0)
	ld a3, 0(s0)
	CHECK(167, a3, 0x7fffffffffffffff)
	li a1, 0x0; sd a1, 0(s0); li a2, 0x80000000
	amomaxu.d a0, a2, (s0)
	CHECK(168, a0, 0x0)
	ld a3, 0(s0)
	CHECK(169, a3, 0x80000000)
	li a1, 0x0; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomaxu.d a0, a2, (s0)
	CHECK(170, a0, 0x0)
	ld a3, 0(s0)
	CHECK(171, a3, 0xfedcba9876543210)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x0
	amomaxu.d a0, a2, (s0)
	CHECK(172, a0, 0x1)
	ld a3, 0(s0)
	CHECK(173, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x1
	amomaxu.d a0, a2, (s0)
	CHECK(174, a0, 0x1)
	ld a3, 0(s0)
	CHECK(175, a3, 0x1)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(176, a0, 0x1)
	ld a3, 0(s0)
	CHECK(177, a3, 0xffffffffffffffff)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x8000000000000000
	amomaxu.d a0, a2, (s0)
	CHECK(178, a0, 0x1)
	ld a3, 0(s0)
	CHECK(179, a3, 0x8000000000000000)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(180, a0, 0x1)
	ld a3, 0(s0)
	CHECK(181, a3, 0x7fffffffffffffff)
	li a1, 0x1; sd a1, 0(s0); li a2, 0x80000000
	amomaxu.d a0, a2, (s0)
	CHECK(182, a0, 0x1)
	ld a3, 0(s0)
	CHECK(183, a3, 0x80000000)
	li a1, 0x1; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomaxu.d a0, a2, (s0)
	CHECK(184, a0, 0x1)
	ld a3, 0(s0)
	CHECK(185, a3, 0xfedcba9876543210)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amomaxu.d a0, a2, (s0)
	CHECK(186, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(187, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amomaxu.d a0, a2, (s0)
	CHECK(188, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(189, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(190, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(191, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amomaxu.d a0, a2, (s0)
	CHECK(192, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(193, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(194, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(195, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amomaxu.d a0, a2, (s0)
	CHECK(196, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(197, a3, 0xffffffffffffffff)
	li a1, 0xffffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomaxu.d a0, a2, (s0)
	CHECK(198, a0, 0xffffffffffffffff)
	ld a3, 0(s0)
	CHECK(199, a3, 0xffffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x0
	amomaxu.d a0, a2, (s0)
	CHECK(200, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(201, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x1
	amomaxu.d a0, a2, (s0)
	CHECK(202, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(203, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(204, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(205, a3, 0xffffffffffffffff)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amomaxu.d a0, a2, (s0)
	CHECK(206, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(207, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(208, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(209, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0x80000000
	amomaxu.d a0, a2, (s0)
	CHECK(210, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(211, a3, 0x8000000000000000)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomaxu.d a0, a2, (s0)
	CHECK(212, a0, 0x8000000000000000)
	ld a3, 0(s0)
	CHECK(213, a3, 0xfedcba9876543210)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x0
	amomaxu.d a0, a2, (s0)
	CHECK(214, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(215, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x1
	amomaxu.d a0, a2, (s0)
	CHECK(216, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(217, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(218, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(219, a3, 0xffffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x8000000000000000
	amomaxu.d a0, a2, (s0)
	CHECK(220, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(221, a3, 0x8000000000000000)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(222, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(223, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0x80000000
	amomaxu.d a0, a2, (s0)
	CHECK(224, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(225, a3, 0x7fffffffffffffff)
	li a1, 0x7fffffffffffffff; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomaxu.d a0, a2, (s0)
	CHECK(226, a0, 0x7fffffffffffffff)
	ld a3, 0(s0)
	CHECK(227, a3, 0xfedcba9876543210)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x0
	amomaxu.d a0, a2, (s0)
	CHECK(228, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(229, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x1
	amomaxu.d a0, a2, (s0)
	CHECK(230, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(231, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(232, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(233, a3, 0xffffffffffffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x8000000000000000
	amomaxu.d a0, a2, (s0)
	CHECK(234, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(235, a3, 0x8000000000000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(236, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(237, a3, 0x7fffffffffffffff)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0x80000000
	amomaxu.d a0, a2, (s0)
	CHECK(238, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(239, a3, 0x80000000)
	li a1, 0x80000000; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomaxu.d a0, a2, (s0)
	CHECK(240, a0, 0x80000000)
	ld a3, 0(s0)
	CHECK(241, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x0
	amomaxu.d a0, a2, (s0)
	CHECK(242, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(243, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x1
	amomaxu.d a0, a2, (s0)
	CHECK(244, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(245, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xffffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(246, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(247, a3, 0xffffffffffffffff)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x8000000000000000
	amomaxu.d a0, a2, (s0)
	CHECK(248, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(249, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x7fffffffffffffff
	amomaxu.d a0, a2, (s0)
	CHECK(250, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(251, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0x80000000
	amomaxu.d a0, a2, (s0)
	CHECK(252, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(253, a3, 0xfedcba9876543210)
	li a1, 0xfedcba9876543210; sd a1, 0(s0); li a2, 0xfedcba9876543210
	amomaxu.d a0, a2, (s0)
	CHECK(254, a0, 0xfedcba9876543210)
	ld a3, 0(s0)
	CHECK(255, a3, 0xfedcba9876543210)
	/* rd equal to rs2, and the aq/rl variants */
	li a1, 40; sd a1, 0(s0); li a2, 2; amoadd.d.aqrl a2, a2, (s0)
	CHECK(1, a2, 0x28)
	ld a3, 0(s0)
	CHECK(2, a3, 0x2a)
	amoswap.w.aq a2, zero, (s0)
	CHECK(3, a2, 0x2a)
	ld a3, 0(s0)
	CHECK(4, a3, 0x0)
	/* lr/sc success: rd = 0 and the store happens; lr.w sign-extends */
	li a1, 0x80000001; sw a1, 0(s0); li a2, 0x1234
	lr.w a0, (s0)
	CHECK(5, a0, 0xffffffff80000001)
	sc.w a3, a2, (s0)
	CHECK(6, a3, 0x0)
	lw a4, 0(s0)
	CHECK(7, a4, 0x1234)
	li a1, 0x8000000000000000; sd a1, 0(s0); li a2, 77
	lr.d.aq a0, (s0)
	CHECK(8, a0, 0x8000000000000000)
	sc.d.rl a3, a2, (s0)
	CHECK(9, a3, 0x0)
	ld a4, 0(s0)
	CHECK(10, a4, 0x4d)
	/* a second sc without a new lr fails and stores nothing */
	li a2, 99; sc.d a3, a2, (s0)
	CHECK(11, a3, 0x1)
	ld a4, 0(s0)
	CHECK(12, a4, 0x4d)
	/* sc to an address other than the reserved one fails */
	sd zero, 8(s0); lr.d a0, (s0); li a2, 5; addi a5, s0, 8; sc.d a3, a2, (a5)
	CHECK(13, a3, 0x1)
	ld a4, 8(s0)
	CHECK(14, a4, 0x0)
	ld a4, 0(s0)
	CHECK(15, a4, 0x4d)
	/* an lr/sc retry loop, as compilers emit for compare-and-swap */
	li a1, 10; sd a1, 0(s0)
	2: lr.d a0, (s0); addi a2, a0, 5; sc.d a3, a2, (s0); bnez a3, 2b
	ld a4, 0(s0)
	CHECK(16, a4, 0xf)
TEST_END
