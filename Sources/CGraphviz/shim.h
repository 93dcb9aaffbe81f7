#ifndef COOPERATIONGRAPH_CGRAPHVIZ_SHIM_H
#define COOPERATIONGRAPH_CGRAPHVIZ_SHIM_H

#include <gvc.h>
#include <cgraph.h>
#include <graphviz_version.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <unistd.h>
#include <zlib.h>

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
/* The bounding box a layout gave the root graph, in points. */
static inline boxf cg_bounding_box(Agraph_t *g) { return GD_bb(g); }

/* Layout and render in a child process, so that a caller can bound their time and memory:
   gvLayout cannot be interrupted, and a layout that needs more memory than there is would
   otherwise take the whole process down. The child is a fork of the caller (Graphviz stays
   in-process, no program is run); it runs only this C code and Graphviz. */

/* Writes all of `length` bytes to `fd`, retrying after interruptions. */
static inline int cg_write_all(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t written = write(fd, bytes, length);
        if (written < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        bytes += written;
        length -= (size_t)written;
    }
    return 0;
}

/* The child's error callback (agseterrf): messages go to the child's standard error, which
   is the parent's message pipe. */
static inline int cg_child_error(char *text) {
    cg_write_all(2, text, strlen(text));
    return 0;
}

/* The child's address space now, in bytes (/proc/self/statm), or 0 when it cannot be read. */
static inline unsigned long long cg_address_space(void) {
    char text[128];
    int fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    ssize_t count = read(fd, text, sizeof text - 1);
    close(fd);
    if (count <= 0) return 0;
    text[count] = 0;
    return strtoull(text, NULL, 10) * (unsigned long long)sysconf(_SC_PAGESIZE);
}

/* The exit statuses of the child: 0 rendered; these when a stage returned an error. */
enum { CG_CHILD_LAYOUT_FAILED = 70, CG_CHILD_RENDER_FAILED = 71, CG_CHILD_WRITE_FAILED = 72 };

/* Forks; the child lays `graph` out with `layout`, renders it as `format`, writes the bytes to
   `data_fd`, and every message (cgraph's and anything printed) to `message_fd`, with the byte
   0x01 between the layout's messages and the render's. `memory_limit` (bytes, 0 for none)
   bounds what the child may allocate beyond what it shares with the parent. Returns the
   child's pid to the parent, or -1 when fork fails; the child never returns. */
static inline pid_t cg_render_in_child(GVC_t *gvc, Agraph_t *graph, const char *layout, const char *format,
                                       int data_fd, int message_fd, unsigned long long memory_limit) {
    pid_t pid = fork();
    if (pid != 0) return pid;
    int null_fd = open("/dev/null", O_RDONLY);
    if (null_fd >= 0) dup2(null_fd, 0);
    dup2(message_fd, 1);
    dup2(message_fd, 2);
    /* A crash of Graphviz ends the child at once, without the Swift runtime's backtracer
       (its "Backtrace took …" text would reach the parent) or a core file. */
    struct rlimit no_core = { 0, 0 };
    setrlimit(RLIMIT_CORE, &no_core);
    signal(SIGSEGV, SIG_DFL);
    signal(SIGBUS, SIG_DFL);
    signal(SIGILL, SIG_DFL);
    signal(SIGFPE, SIG_DFL);
    signal(SIGABRT, SIG_DFL);
    if (memory_limit > 0) {
        unsigned long long base = cg_address_space();
        struct rlimit limit = { (rlim_t)(base + memory_limit), (rlim_t)(base + memory_limit) };
        if (base > 0) setrlimit(RLIMIT_AS, &limit);
    }
    agseterrf(cg_child_error);
    if (gvLayout(gvc, graph, layout) != 0) _exit(CG_CHILD_LAYOUT_FAILED);
    cg_write_all(2, "\001", 1);
    char *result = NULL;
    unsigned int length = 0;
    if (gvRenderData(gvc, graph, format, &result, &length) != 0 || result == NULL) _exit(CG_CHILD_RENDER_FAILED);
    if (cg_write_all(data_fd, result, length) != 0) _exit(CG_CHILD_WRITE_FAILED);
    _exit(0);
}

#endif
