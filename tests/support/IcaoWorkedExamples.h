// The ICAO 9303-11 worked examples (../shared/corpora/icao-9303-worked-examples) for card tests.
#pragma once

#include "card/emrtd/BacAuthentication.h"
#include "support/TestData.h"

#include <QJsonArray>
#include <QJsonObject>

namespace guichet::test {

// One section: "BAC_appendix_D", "PACE_ECDH_GM_appendix_G1" or "AES_secure_messaging_gmrtd".
inline QJsonObject icaoExample(const char *section)
{
    static const QJsonObject kFile = loadJson(
        corpusPath(QStringLiteral("icao-9303-worked-examples/icao9303_p11_worked_examples.json")));
    return kFile.value(QLatin1String(section)).toObject();
}

// A hex field of a section, as bytes.
inline QByteArray icaoHex(const QJsonObject &object, const char *name)
{
    return hex(object.value(QLatin1String(name)));
}

// BAC set up as Appendix D runs it: the example's MRZ information, RND.IFD and K.IFD.
inline Result<card::emrtd::BacAuthentication> icaoBacAuthentication()
{
    const QJsonObject example = icaoExample("BAC_appendix_D");
    auto keys =
        card::emrtd::BacKeys::fromMrzInformation(example.value(QStringLiteral("mrz"))
                                                     .toObject()
                                                     .value(QStringLiteral("mrz_information"))
                                                     .toString());
    if (!keys)
        return fail(keys.error());
    return card::emrtd::BacAuthentication::createWith(
        *keys, icaoHex(example, "RND_IFD"), crypto::SecureBuffer(icaoHex(example, "K_IFD")));
}

} // namespace guichet::test
