#include "sha256_stream.hpp"

#include <openssl/evp.h>

namespace nominate::pack {

struct Sha256Stream::Context {
  EVP_MD_CTX* evp = EVP_MD_CTX_new();
  Context() = default;
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;
  ~Context() { EVP_MD_CTX_free(evp); }
};

Sha256Stream::Sha256Stream(bool threaded) : m_context(std::make_unique<Context>())
{
  if (threaded) {
    m_worker = std::thread([this] { run(); });
  }
}

Sha256Stream::~Sha256Stream()
{
  if (m_worker.joinable()) {
    {
      const std::lock_guard lock(m_mutex);
      m_stopping = true;
    }
    m_changed.notify_all();
    m_worker.join();
  }
}

void Sha256Stream::run()
{
  std::unique_lock lock(m_mutex);
  for (;;) {
    m_changed.wait(lock, [this] { return m_busy || m_stopping; });
    if (!m_busy) {
      return; // stopping, nothing pending
    }
    const auto chunk = m_pending;
    lock.unlock();
    EVP_DigestUpdate(m_context->evp, chunk.data(), chunk.size());
    lock.lock();
    m_busy = false;
    m_changed.notify_all();
  }
}

void Sha256Stream::wait_idle()
{
  if (!m_worker.joinable()) {
    return;
  }
  std::unique_lock lock(m_mutex);
  m_changed.wait(lock, [this] { return !m_busy; });
}

bool Sha256Stream::restart()
{
  wait_idle();
  return m_context->evp != nullptr && EVP_DigestInit_ex(m_context->evp, EVP_sha256(), nullptr) == 1;
}

void Sha256Stream::update(std::span<const std::uint8_t> chunk)
{
  if (chunk.empty()) {
    return;
  }
  if (!m_worker.joinable()) {
    EVP_DigestUpdate(m_context->evp, chunk.data(), chunk.size());
    return;
  }
  {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_busy; });
    m_pending = chunk;
    m_busy = true;
  }
  m_changed.notify_all();
}

std::array<std::uint8_t, 32> Sha256Stream::finish()
{
  wait_idle();
  std::array<std::uint8_t, 32> digest{};
  unsigned int length = 0;
  EVP_DigestFinal_ex(m_context->evp, digest.data(), &length);
  return digest;
}

} // namespace nominate::pack
