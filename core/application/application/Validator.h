// Applies a rule set to an application document and lists what is wrong, field by field.
#pragma once

#include "application/RuleSet.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

namespace guichet::application {

struct Violation {
    QString ruleId;
    QString field;
    Rule::Severity severity = Rule::Severity::Error;
    QString messageFr;
    QString messageEn;

    [[nodiscard]] QString message(const QString &language) const
    {
        return language == QLatin1String("en") ? messageEn : messageFr;
    }
};

struct ValidationReport {
    QList<Violation> violations;
    [[nodiscard]] bool canFinalise() const; // no error (warnings allowed)
    [[nodiscard]] QList<Violation> forField(const QString &field) const;
};

// `today` makes date rules reproducible (ages, "not in the future").
[[nodiscard]] ValidationReport validate(const QJsonObject &document, const RuleSet &rules,
                                        const QDate &today);

// The value at a dotted path ("applicant.address.postcode"); Undefined when absent.
[[nodiscard]] QJsonValue valueAt(const QJsonObject &document, const QString &path);

// Upper-case, accents removed, runs of spaces/hyphens/apostrophes folded: how names on a
// document, in an MRZ and typed by an agent are compared.
[[nodiscard]] QString normaliseName(const QString &text);

} // namespace guichet::application
