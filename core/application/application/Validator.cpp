// Rule evaluation over application documents.
#include "application/Validator.h"

#include <QJsonArray>

namespace guichet::application {

namespace {

bool isEmptyValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return true;
    case QJsonValue::String:
        return value.toString().trimmed().isEmpty();
    case QJsonValue::Array:
        return value.toArray().isEmpty();
    case QJsonValue::Object:
        return value.toObject().isEmpty();
    case QJsonValue::Bool:
    case QJsonValue::Double:
        return false;
    }
    return true;
}

int ageInYears(const QDate &birth, const QDate &today)
{
    int years = today.year() - birth.year();
    if (today.month() < birth.month() ||
        (today.month() == birth.month() && today.day() < birth.day()))
        --years;
    return years;
}

// Whether the value breaks the rule (rules on absent values are the `required` rule's job).
bool breaks(const Rule &rule, const QJsonObject &document, const QDate &today)
{
    const QJsonValue value = valueAt(document, rule.field);
    switch (rule.kind) {
    case Rule::Kind::Required:
        return isEmptyValue(value);
    case Rule::Kind::Pattern:
        return !isEmptyValue(value) && !rule.pattern.match(value.toVariant().toString()).hasMatch();
    case Rule::Kind::OneOf:
        return !isEmptyValue(value) && !rule.values.contains(value.toVariant().toString());
    case Rule::Kind::Date: {
        if (isEmptyValue(value))
            return false;
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (!date.isValid() || value.toString().size() != 10)
            return true;
        if (rule.notFuture && date > today)
            return true;
        const int age = ageInYears(date, today);
        return (rule.minAgeYears >= 0 && age < rule.minAgeYears) ||
               (rule.maxAgeYears >= 0 && age > rule.maxAgeYears);
    }
    case Rule::Kind::Range: {
        if (isEmptyValue(value))
            return false;
        if (!value.isDouble())
            return true;
        const double number = value.toDouble();
        return (rule.hasMin && number < rule.min) || (rule.hasMax && number > rule.max);
    }
    case Rule::Kind::EvidenceRequired:
        return isEmptyValue(valueAt(document, rule.evidence));
    case Rule::Kind::MatchesEvidence: {
        const QJsonValue evidence = valueAt(document, rule.evidence);
        if (isEmptyValue(value) || isEmptyValue(evidence))
            return false; // nothing to compare yet
        return normaliseName(value.toString()) != normaliseName(evidence.toString());
    }
    }
    return false;
}

bool applies(const Rule &rule, const QJsonObject &document)
{
    if (rule.whenField.isEmpty())
        return true;
    return rule.whenValues.contains(valueAt(document, rule.whenField).toString());
}

} // namespace

QJsonValue valueAt(const QJsonObject &document, const QString &path)
{
    QJsonValue current(document);
    for (const QStringView part : QStringView(path).split(QLatin1Char('.'))) {
        if (!current.isObject())
            return {QJsonValue::Undefined};
        current = current.toObject().value(part);
    }
    return current;
}

QString normaliseName(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // accents
        if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('\'') || c == QChar(0x2019) ||
            c == QLatin1Char('<')) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        out += c.toUpper();
    }
    return out;
}

bool ValidationReport::canFinalise() const
{
    return std::none_of(violations.cbegin(), violations.cend(),
                        [](const Violation &v) { return v.severity == Rule::Severity::Error; });
}

QList<Violation> ValidationReport::forField(const QString &field) const
{
    QList<Violation> out;
    for (const Violation &v : violations) {
        if (v.field == field)
            out.append(v);
    }
    return out;
}

ValidationReport validate(const QJsonObject &document, const RuleSet &rules, const QDate &today)
{
    ValidationReport report;
    for (const Rule &rule : rules.rules()) {
        if (!applies(rule, document) || !breaks(rule, document, today))
            continue;
        report.violations.append(Violation{
            rule.id, rule.kind == Rule::Kind::EvidenceRequired ? rule.evidence : rule.field,
            rule.severity, rule.messageFr, rule.messageEn});
    }
    return report;
}

} // namespace guichet::application
