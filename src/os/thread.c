/* Per-thread guest state: see thread.h. */
#include "thread.h"

__thread struct os_thread *os_self;
