#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H
#include <stddef.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/graphviz_version.h>

// Small wrappers for what Swift cannot call directly: cgraph's function-like macros
// (agtail, aghead), `char *` parameters that cgraph never writes to, and the
// length type of gvRenderData (`unsigned int *` in 2.x, `size_t *` later).

static inline Agnode_t *cgraphviz_tail(Agedge_t *edge) { return agtail(edge); }

static inline Agnode_t *cgraphviz_head(Agedge_t *edge) { return aghead(edge); }

static inline char *cgraphviz_get(void *object, const char *name) {
  return agget(object, (char *)name);
}

static inline char *cgraphviz_name(void *object) { return agnameof(object); }

static inline int cgraphviz_is_html(const char *text) { return aghtmlstr((char *)text); }

static inline int cgraphviz_render_data(GVC_t *context, Agraph_t *graph, const char *format,
                                        char **buffer, size_t *length) {
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 3
  return gvRenderData(context, graph, format, buffer, length);
#else
  unsigned int count = 0;
  int status = gvRenderData(context, graph, format, buffer, &count);
  *length = count;
  return status;
#endif
}

#endif
