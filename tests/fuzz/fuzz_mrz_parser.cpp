// Fuzz target: the MRZ parser must take any text, and what it returns must hold together.
#include "mrz/MrzParser.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// libFuzzer's entry point, declared for -Wmissing-declarations.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(QByteArrayView(data, static_cast<qsizetype>(size)));
    // A fixed reference day keeps runs reproducible.
    const guichet::mrz::MrzParser parser(QDate(2026, 11, 22));
    const auto result = parser.parse(text);
    if (!result.ok()) {
        if (result.error().message.isEmpty() || result.error().field.isEmpty())
            std::abort();
        return 0;
    }
    const guichet::mrz::MrzData &mrz = *result;
    (void)mrz.toJson();
    if (mrz.valid() != mrz.errors.isEmpty())
        std::abort();
    for (const auto &check : mrz.checks) {
        if (check.ok)
            continue;
        bool reported = false;
        for (const auto &error : mrz.errors)
            reported = reported || error.field == check.field;
        if (!reported)
            std::abort();
    }
    for (const auto &correction : mrz.corrections) {
        if (correction.line < 1 || correction.line > mrz.lines.size() || correction.column < 1 ||
            correction.column > mrz.lines.at(correction.line - 1).size() ||
            correction.from == correction.to)
            std::abort();
    }
    // The repaired lines read the same again, with nothing left to repair.
    const auto again = parser.parse(mrz.lines.join(QLatin1Char('\n')));
    if (!again.ok() || !again->corrections.isEmpty() || again->lines != mrz.lines ||
        again->errors != mrz.errors || again->checks != mrz.checks)
        std::abort();
    return 0;
}
