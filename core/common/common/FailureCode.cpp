// Stable identifiers and support references of the failure codes.
#include "common/FailureCode.h"

#include <array>

namespace guichet {

namespace {

constexpr std::array kCatalogue{
// NOLINTNEXTLINE(bugprone-macro-parentheses): X-macro expansion
#define GUICHET_FAILURE_INFO(name, number, id) FailureCodeInfo{FailureCode::name, number, id},
    GUICHET_FAILURE_CODES(GUICHET_FAILURE_INFO)
#undef GUICHET_FAILURE_INFO
};

} // namespace

QString failureCodeId(FailureCode code)
{
    for (const auto &info : kCatalogue) {
        if (info.code == code)
            return QString::fromLatin1(info.id);
    }
    return QStringLiteral("unknown");
}

QString failureCodeReference(FailureCode code)
{
    return QStringLiteral("GU-%1").arg(static_cast<unsigned>(code), 3, 10, QLatin1Char('0'));
}

const FailureCodeInfo *failureCodeCatalogue(std::size_t *count)
{
    *count = kCatalogue.size();
    return kCatalogue.data();
}

} // namespace guichet
