// Zeroising, page-locked storage for secrets.
#include "crypto/SecureBuffer.h"

#include "crypto/ConstantTime.h"

#include <openssl/crypto.h>

#include <sys/mman.h>

#include <algorithm>
#include <cstring>
#include <new>
#include <utility>

namespace guichet::crypto {

SecureBuffer::SecureBuffer(std::size_t size)
{
    allocate(size);
    m_size = size;
}

SecureBuffer::SecureBuffer(const std::uint8_t *data, std::size_t size) : SecureBuffer(size)
{
    if (size > 0)
        std::memcpy(m_data, data, size);
}

SecureBuffer::SecureBuffer(QByteArrayView data)
    : SecureBuffer(reinterpret_cast<const std::uint8_t *>(data.data()),
                   static_cast<std::size_t>(data.size()))
{ }

SecureBuffer::~SecureBuffer()
{
    release();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
      m_capacity(std::exchange(other.m_capacity, 0)), m_locked(std::exchange(other.m_locked, false))
{ }

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
        m_locked = std::exchange(other.m_locked, false);
    }
    return *this;
}

SecureBuffer SecureBuffer::copy() const
{
    return {m_data, m_size};
}

void SecureBuffer::allocate(std::size_t capacity)
{
    if (capacity == 0)
        return;
    // Value-initialised so that no byte is ever indeterminate.
    m_data = new std::uint8_t[capacity]();
    m_capacity = capacity;
    m_locked = ::mlock(m_data, capacity) == 0;
}

void SecureBuffer::release() noexcept
{
    if (!m_data)
        return;
    OPENSSL_cleanse(m_data, m_capacity);
    if (m_locked)
        ::munlock(m_data, m_capacity);
    delete[] m_data;
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
    m_locked = false;
}

void SecureBuffer::resize(std::size_t size)
{
    if (size <= m_capacity) {
        if (size < m_size)
            OPENSSL_cleanse(m_data + size, m_size - size);
        else if (size > m_size)
            std::memset(m_data + m_size, 0, size - m_size);
        m_size = size;
        return;
    }
    SecureBuffer grown(size);
    if (m_size > 0)
        std::memcpy(grown.m_data, m_data, m_size);
    *this = std::move(grown);
}

void SecureBuffer::append(QByteArrayView data)
{
    if (data.isEmpty())
        return;
    const std::size_t oldSize = m_size;
    const auto extra = static_cast<std::size_t>(data.size());
    if (oldSize + extra > m_capacity) {
        SecureBuffer grown(std::max(oldSize + extra, m_capacity * 2));
        if (oldSize > 0)
            std::memcpy(grown.m_data, m_data, oldSize);
        grown.m_size = oldSize;
        *this = std::move(grown);
    }
    std::memcpy(m_data + oldSize, data.data(), extra);
    m_size = oldSize + extra;
}

void SecureBuffer::clear() noexcept
{
    release();
}

bool SecureBuffer::equals(QByteArrayView other) const noexcept
{
    return constantTimeEquals(view(), other);
}

} // namespace guichet::crypto
