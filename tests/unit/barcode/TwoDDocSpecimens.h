// The ANTS 2D-Doc specimens quoted in DOMAIN.md §2 and the corpus file, shared by the tests.
#pragma once

#include "barcode/TwoDDoc.h"

#include "support/TestData.h"

#include <QByteArray>
#include <QJsonArray>

namespace guichet::test {

// T1: v03, type 00, signed 2015-07-27 with FR00/0001.
inline QByteArray domainSpecimenT1()
{
    return barcode::TwoDDoc::unescapeControlNames(
        "DC03FR000001123F1636000126FR245700010MLLE/SAMPLE/ANGELA<GS>20<GS>21BAT 2 ETG 3<GS>227 "
        "PLACE DES SPECIMENS<GS>23<GS>25METZ<GS><US>3HJIYP3OAJ4LIZNQXCTZMNQPTT5C2XICTEF4UGJ3NDE2"
        "CWM7HJOEEK4ACIY4CZOO5ZOFG35APDZMZQFEAEBWRZTW4CBPG35JE2FJ4EY");
}

// T2: v03, type 07, with the padding space of "P " that the corpus' OCR copy lost.
inline QByteArray domainSpecimenT2()
{
    return barcode::TwoDDoc::unescapeControlNames(
        "DC03FR000001092D1636070160NATACHA<GS>62SPECIMEN<GS>65P 6607CD12304<GS>67FR68F6CFR<US>"
        "EYLJXYH5R3HYO5YWTMELK7P277KKOK5TTNB26S6UAPDH2KJGT37YXNDEZTGEK2LX3OSRNAXOP4UHFWHNTOU6LTOSB"
        "MX2EBCQ36UZ4FA");
}

inline QJsonArray twoDDocCorpusVectors()
{
    return loadJson(corpusPath(QStringLiteral("2d-doc/2ddoc_vectors.json")))
        .value(QStringLiteral("vectors"))
        .toArray();
}

} // namespace guichet::test
