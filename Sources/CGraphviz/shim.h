#ifndef COOPERATIONGRAPH_CGRAPHVIZ_SHIM_H
#define COOPERATIONGRAPH_CGRAPHVIZ_SHIM_H

#include <gvc.h>
#include <cgraph.h>
#include <graphviz_version.h>

/* cgraph's accessors are macros over bit fields and pointer arithmetic, which Swift cannot
   import; these inline functions expose them. */

/* cgraph's lexer keeps unread input after a syntax error; this exported but undeclared
   function flushes it, so the next parse starts clean. */
extern void aglexbad(void);

static inline Agnode_t *cg_tail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *cg_head(Agedge_t *e) { return aghead(e); }
static inline Agmemdisc_t *cg_default_memory_discipline(void) { return &AgMemDisc; }
static inline Agiodisc_t *cg_default_io_discipline(void) { return &AgIoDisc; }
static inline unsigned long cg_seq(void *obj) { return (unsigned long)AGSEQ(obj); }

#endif
