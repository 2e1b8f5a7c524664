// The MRZ model's JSON form, shared by guichet-cli and the desk's support view.
#include "mrz/MrzData.h"

#include <QJsonArray>
#include <QJsonValue>

namespace guichet::mrz {

namespace {

QJsonValue isoDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

std::optional<bool> MrzData::checkOk(const QString &field) const
{
    for (const Check &check : checks) {
        if (check.field == field)
            return check.ok;
    }
    return std::nullopt;
}

QString MrzData::formatName(MrzFormat format)
{
    switch (format) {
    case MrzFormat::TD1:
        return QStringLiteral("TD1");
    case MrzFormat::TD2:
        return QStringLiteral("TD2");
    case MrzFormat::TD3:
        return QStringLiteral("TD3");
    case MrzFormat::MRVA:
        return QStringLiteral("MRVA");
    case MrzFormat::MRVB:
        return QStringLiteral("MRVB");
    case MrzFormat::FRA_ID:
        return QStringLiteral("FRA_ID");
    }
    return QStringLiteral("unknown");
}

QString MrzData::sexCode(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return QStringLiteral("M");
    case Sex::Female:
        return QStringLiteral("F");
    case Sex::Unspecified:
        return QStringLiteral("X");
    }
    return QStringLiteral("X");
}

QJsonObject MrzData::toJson() const
{
    QJsonArray checkArray;
    for (const Check &check : checks)
        checkArray.append(
            QJsonObject{{QStringLiteral("field"), check.field}, {QStringLiteral("ok"), check.ok}});
    QJsonArray correctionArray;
    for (const Correction &correction : corrections)
        correctionArray.append(QJsonObject{{QStringLiteral("line"), correction.line},
                                           {QStringLiteral("column"), correction.column},
                                           {QStringLiteral("from"), QString(correction.from)},
                                           {QStringLiteral("to"), QString(correction.to)},
                                           {QStringLiteral("reason"), correction.reason}});
    QJsonArray errorArray;
    for (const FieldError &error : errors)
        errorArray.append(QJsonObject{{QStringLiteral("field"), error.field},
                                      {QStringLiteral("code"), failureCodeReference(error.code)},
                                      {QStringLiteral("id"), failureCodeId(error.code)},
                                      {QStringLiteral("message"), error.message}});
    return QJsonObject{
        {QStringLiteral("format"), formatName(format)},
        {QStringLiteral("valid"), valid()},
        {QStringLiteral("document_code"), documentCode},
        {QStringLiteral("issuing_state"), issuingState},
        {QStringLiteral("issuing_state_known"), issuingStateKnown},
        {QStringLiteral("document_number"), documentNumber},
        {QStringLiteral("nationality"), nationality},
        {QStringLiteral("nationality_known"), nationalityKnown},
        {QStringLiteral("birth_date"), isoDate(birthDate)},
        {QStringLiteral("sex"), sexCode(sex)},
        {QStringLiteral("expiry_date"), isoDate(expiryDate)},
        {QStringLiteral("issue_date"), isoDate(issueDate)},
        {QStringLiteral("surname"), surname},
        {QStringLiteral("given_names"), givenNames},
        {QStringLiteral("optional_data"), optionalData1},
        {QStringLiteral("optional_data_2"), optionalData2},
        {QStringLiteral("checks"), checkArray},
        {QStringLiteral("corrections"), correctionArray},
        {QStringLiteral("errors"), errorArray},
    };
}

} // namespace guichet::mrz
