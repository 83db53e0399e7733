/* The optional x86-64 instructions the engines use when the host has them (FMA, AVX, SSE4.1,
 * BMI1), as the host's C library found them when it started: glibc reads cpuid once, before
 * main, and keeps the answers. Asking again costs: libgcc's __builtin_cpu_supports links in a
 * constructor that runs a dozen cpuid instructions at every start, and each one traps to the
 * hypervisor on a virtual machine (a tenth of a static hello world's run here).
 *
 *   if (host_has_fma()) ... vfmadd231sd ...
 */
#ifndef ISOMORPH_ISA_HOST_FEATURES_H
#define ISOMORPH_ISA_HOST_FEATURES_H

#if __has_include(<sys/platform/x86.h>) /* glibc 2.33 and later */
#include <sys/platform/x86.h>
#define HOST_HAS(glibc_name, gcc_name) (CPU_FEATURE_ACTIVE(glibc_name) != 0)
#else
#define HOST_HAS(glibc_name, gcc_name) (__builtin_cpu_init(), __builtin_cpu_supports(gcc_name) != 0)
#endif

static inline int host_has_fma(void) { return HOST_HAS(FMA, "fma"); }
static inline int host_has_avx(void) { return HOST_HAS(AVX, "avx"); }
static inline int host_has_sse41(void) { return HOST_HAS(SSE4_1, "sse4.1"); }
static inline int host_has_bmi1(void) { return HOST_HAS(BMI1, "bmi"); }

#endif
