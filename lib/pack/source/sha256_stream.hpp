#pragma once

#include <array>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <thread>

namespace nominate::pack {

// SHA-256 (OpenSSL EVP) of a stream of chunks, optionally on a thread of its own, so that a pass over a file
// hashes one chunk while it reads, checks and writes the next: the hash is the larger part of packing's CPU
// time (docs/performance.md), and this takes it off the path the wall clock waits on.
//
// Contract: a chunk given to update() must stay unchanged until the next update(), finish() or restart()
// returns; each of those first waits until the previous chunk is hashed. So a caller alternating between two
// buffers may refill the one it gave two calls ago. Without a thread, update() hashes at once. One stream at
// a time: restart() begins the next digest. Not for use from more than one caller thread.
class Sha256Stream {
public:
  explicit Sha256Stream(bool threaded);
  Sha256Stream(const Sha256Stream&) = delete;
  Sha256Stream& operator=(const Sha256Stream&) = delete;
  ~Sha256Stream();

  // False when OpenSSL could not set up SHA-256 (out of memory): the caller reports it.
  [[nodiscard]] bool restart();
  void update(std::span<const std::uint8_t> chunk);
  [[nodiscard]] std::array<std::uint8_t, 32> finish();
  // Returns once no chunk is being hashed: a caller that stops midway calls it before freeing its buffers.
  void wait_idle();

private:
  struct Context;
  void run();

  std::unique_ptr<Context> m_context;
  std::mutex m_mutex;
  std::condition_variable m_changed;
  std::span<const std::uint8_t> m_pending; // handed over, not yet hashed
  bool m_busy = false;
  bool m_stopping = false;
  std::thread m_worker; // last: started once the members it uses exist
};

} // namespace nominate::pack
