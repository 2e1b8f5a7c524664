// SecureBuffer: bytes that hold a secret, locked in RAM where possible and wiped when released.
#pragma once

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <span>

namespace guichet::crypto {

// Move-only on purpose: a secret is copied only where the code says copy(). Every release of
// memory (destruction, resize, assignment) wipes it with OPENSSL_cleanse, which the compiler
// cannot elide. The pages are mlock()ed when the process is allowed to, so that they are not
// swapped out; failing to lock is not an error (RLIMIT_MEMLOCK may be small).
class SecureBuffer
{
public:
    SecureBuffer() noexcept = default;
    explicit SecureBuffer(std::size_t size);
    SecureBuffer(const std::uint8_t *data, std::size_t size);
    explicit SecureBuffer(QByteArrayView data);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    [[nodiscard]] SecureBuffer copy() const;

    [[nodiscard]] std::size_t size() const noexcept { return m_size; }
    [[nodiscard]] bool isEmpty() const noexcept { return m_size == 0; }
    [[nodiscard]] std::uint8_t *data() noexcept { return m_data; }
    [[nodiscard]] const std::uint8_t *data() const noexcept { return m_data; }
    [[nodiscard]] std::span<std::uint8_t> span() noexcept { return {m_data, m_size}; }
    [[nodiscard]] std::span<const std::uint8_t> span() const noexcept { return {m_data, m_size}; }
    [[nodiscard]] QByteArrayView view() const noexcept { return {m_data, qsizetype(m_size)}; }

    // Shrinks or grows; the old storage is wiped. New bytes are zero.
    void resize(std::size_t size);
    // Appends; the old storage is wiped if it has to move.
    void append(QByteArrayView data);
    // Wipes and releases.
    void clear() noexcept;

    // Constant-time comparison of contents (lengths are not secret).
    [[nodiscard]] bool equals(QByteArrayView other) const noexcept;

private:
    void allocate(std::size_t capacity);
    void release() noexcept;

    std::uint8_t *m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
    bool m_locked = false;
};

} // namespace guichet::crypto
