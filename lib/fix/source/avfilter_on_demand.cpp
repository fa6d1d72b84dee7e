// libavfilter, loaded when `fix` first filters a video rather than when any command starts.
//
// Only the transcode uses libavfilter, but linked as usual it and the 32 shared objects it pulls in
// (rubberband, flite, placebo, zimg, …) are mapped and relocated at the start of every command — about 20 ms
// of CPU before `--version` prints (docs/performance.md). The functions transcode.cpp calls are defined here
// instead, with libavfilter's own declarations, and forward to the library opened by its soname on first use;
// the linker (--as-needed) then leaves libavfilter out of the executable's NEEDED list. Where it cannot be
// loaded, allocations give nullptr and the rest an error code, which the transcode reports as a filter error.
#include <cstdint> // before FFmpeg's headers, which want UINT64_C in C++

extern "C" {
#include <libavfilter/avfilter.h>
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavfilter/version_major.h>
#include <libavutil/error.h>
#include <libavutil/macros.h>
}

#include <cerrno>
#include <dlfcn.h>

namespace {

// The soname of the libavfilter these headers belong to (libavfilter.so.8 for FFmpeg 5.1).
constexpr const char* k_soname = "libavfilter.so." AV_STRINGIFY(LIBAVFILTER_VERSION_MAJOR);

struct Functions {
  decltype(&avfilter_get_by_name) get_by_name = nullptr;
  decltype(&avfilter_graph_alloc) graph_alloc = nullptr;
  decltype(&avfilter_graph_free) graph_free = nullptr;
  decltype(&avfilter_graph_create_filter) graph_create_filter = nullptr;
  decltype(&avfilter_graph_parse_ptr) graph_parse_ptr = nullptr;
  decltype(&avfilter_graph_config) graph_config = nullptr;
  decltype(&avfilter_inout_alloc) inout_alloc = nullptr;
  decltype(&avfilter_inout_free) inout_free = nullptr;
  decltype(&av_buffersrc_add_frame) add_frame = nullptr;
  decltype(&av_buffersrc_add_frame_flags) add_frame_flags = nullptr;
  decltype(&av_buffersink_get_frame) get_frame = nullptr;
  decltype(&av_buffersink_get_time_base) get_time_base = nullptr;
  decltype(&av_buffersink_set_frame_size) set_frame_size = nullptr;
  bool loaded = false;
};

template <typename Function> bool find(void* library, const char* name, Function& out)
{
  out = reinterpret_cast<Function>(dlsym(library, name));
  return out != nullptr;
}

Functions open_library()
{
  Functions f;
  void* library = dlopen(k_soname, RTLD_NOW | RTLD_LOCAL);
  if (library == nullptr) {
    return f;
  }
  // Kept open for the rest of the process, as a linked library would be.
  f.loaded = find(library, "avfilter_get_by_name", f.get_by_name) &&
             find(library, "avfilter_graph_alloc", f.graph_alloc) &&
             find(library, "avfilter_graph_free", f.graph_free) &&
             find(library, "avfilter_graph_create_filter", f.graph_create_filter) &&
             find(library, "avfilter_graph_parse_ptr", f.graph_parse_ptr) &&
             find(library, "avfilter_graph_config", f.graph_config) &&
             find(library, "avfilter_inout_alloc", f.inout_alloc) &&
             find(library, "avfilter_inout_free", f.inout_free) &&
             find(library, "av_buffersrc_add_frame", f.add_frame) &&
             find(library, "av_buffersrc_add_frame_flags", f.add_frame_flags) &&
             find(library, "av_buffersink_get_frame", f.get_frame) &&
             find(library, "av_buffersink_get_time_base", f.get_time_base) &&
             find(library, "av_buffersink_set_frame_size", f.set_frame_size);
  return f;
}

// Loaded once, on first use, thread-safely.
const Functions& library()
{
  static const Functions functions = open_library();
  return functions;
}

const int k_unavailable = AVERROR(ENOSYS);

} // namespace

extern "C" {

const AVFilter* avfilter_get_by_name(const char* name)
{
  return library().loaded ? library().get_by_name(name) : nullptr;
}

AVFilterGraph* avfilter_graph_alloc(void)
{
  return library().loaded ? library().graph_alloc() : nullptr;
}

void avfilter_graph_free(AVFilterGraph** graph)
{
  if (library().loaded) {
    library().graph_free(graph);
  }
}

int avfilter_graph_create_filter(AVFilterContext** context, const AVFilter* filter, const char* name,
                                 const char* args, void* opaque, AVFilterGraph* graph)
{
  return library().loaded ? library().graph_create_filter(context, filter, name, args, opaque, graph)
                          : k_unavailable;
}

int avfilter_graph_parse_ptr(AVFilterGraph* graph, const char* filters, AVFilterInOut** inputs,
                             AVFilterInOut** outputs, void* log)
{
  return library().loaded ? library().graph_parse_ptr(graph, filters, inputs, outputs, log) : k_unavailable;
}

int avfilter_graph_config(AVFilterGraph* graph, void* log)
{
  return library().loaded ? library().graph_config(graph, log) : k_unavailable;
}

AVFilterInOut* avfilter_inout_alloc(void)
{
  return library().loaded ? library().inout_alloc() : nullptr;
}

void avfilter_inout_free(AVFilterInOut** inout)
{
  if (library().loaded) {
    library().inout_free(inout);
  }
}

int av_buffersrc_add_frame(AVFilterContext* context, AVFrame* frame)
{
  return library().loaded ? library().add_frame(context, frame) : k_unavailable;
}

int av_buffersrc_add_frame_flags(AVFilterContext* context, AVFrame* frame, int flags)
{
  return library().loaded ? library().add_frame_flags(context, frame, flags) : k_unavailable;
}

int av_buffersink_get_frame(AVFilterContext* context, AVFrame* frame)
{
  return library().loaded ? library().get_frame(context, frame) : k_unavailable;
}

AVRational av_buffersink_get_time_base(const AVFilterContext* context)
{
  return library().loaded ? library().get_time_base(context) : AVRational{0, 1};
}

void av_buffersink_set_frame_size(AVFilterContext* context, unsigned frame_size)
{
  if (library().loaded) {
    library().set_frame_size(context, frame_size);
  }
}

} // extern "C"
