#pragma once

// A call through a table of function pointers that a part fills with dlsym when it loads a library on first
// use (lib/ffmpeg, lib/heif). LazyCall<Api, &api, decltype(&::f), &Api::f>::call has f's exact signature,
// so arguments convert as they would in a direct call of f; `api` returns the filled table.

namespace nominate::core {

template <typename Api, const Api& (*Table)(), typename Function, Function Api::*Member> struct LazyCall;

template <typename Api, const Api& (*Table)(), typename Return, typename... Parameters,
          Return (*Api::*Member)(Parameters...)>
struct LazyCall<Api, Table, Return (*)(Parameters...), Member> {
  static Return call(Parameters... parameters) { return (Table().*Member)(parameters...); }
};

} // namespace nominate::core
