// Comparison of secrets in time that does not depend on where they differ.
#pragma once

#include <QByteArrayView>

namespace guichet::crypto {

// True when both have the same length and the same bytes. The length is treated as public;
// the content comparison takes the same time wherever the first difference lies.
[[nodiscard]] bool constantTimeEquals(QByteArrayView a, QByteArrayView b) noexcept;

} // namespace guichet::crypto
