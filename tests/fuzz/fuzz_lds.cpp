// Fuzz target: EF.COM, DG1 and EF.SOD parsers over any bytes (a chip is hostile until checked).
#include "card/emrtd/Dg1.h"
#include "card/emrtd/EfCom.h"
#include "card/emrtd/SecurityObject.h"

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace guichet::card::emrtd;
    const QByteArrayView bytes(data, static_cast<qsizetype>(size));
    if (auto com = EfCom::parse(bytes); com.ok() && com->files().size() > size)
        std::abort();
    if (auto dg1 = Dg1::parse(bytes); dg1.ok() && dg1->lines().size() > 3)
        std::abort();
    if (auto sod = SecurityObject::parse(bytes, SecurityObject::ContentTypePolicy::AllowIdData);
        sod.ok()) {
        for (const auto &[number, hash] : sod->dataGroupHashes())
            (void)sod->verifyDataGroup(number, hash);
    }
    return 0;
}
