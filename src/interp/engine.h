/* What both interpreter engines include before semantics.inc: the helpers its bodies call.
 * Private to src/interp/.
 */
#ifndef ISOMORPH_INTERP_ENGINE_H
#define ISOMORPH_INTERP_ENGINE_H

#include "interp.h"
#include "atomic.h"
#include "csr.h"
#include "../isa/fpu.h"
#include "../isa/insn.h"
#include "../isa/semantics.h"
#include "../mem/access.h"
#include "../mem/mem.h"

#define INTERP_LIKELY(x) __builtin_expect(!!(x), 1)
#define INTERP_UNLIKELY(x) __builtin_expect(!!(x), 0)

#endif
