// Parsing and validation of rules files.
#include "application/RuleSet.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace guichet::application {

namespace {

constexpr auto kFormat = "guichet-rules";
constexpr int kFormatVersion = 1;

Failure invalidRules(const QString &where, const QString &check, const QString &why)
{
    return fail(FailureCode::ApplicationRulesInvalid, QStringLiteral("rules file: ") + why, where,
                check);
}

Result<Rule::Kind> kindFromName(const QString &name)
{
    static const QList<std::pair<QString, Rule::Kind>> kinds{
        {QStringLiteral("required"), Rule::Kind::Required},
        {QStringLiteral("pattern"), Rule::Kind::Pattern},
        {QStringLiteral("one_of"), Rule::Kind::OneOf},
        {QStringLiteral("date"), Rule::Kind::Date},
        {QStringLiteral("range"), Rule::Kind::Range},
        {QStringLiteral("evidence_required"), Rule::Kind::EvidenceRequired},
        {QStringLiteral("matches_evidence"), Rule::Kind::MatchesEvidence},
    };
    for (const auto &[text, kind] : kinds) {
        if (text == name)
            return kind;
    }
    return invalidRules(QStringLiteral("kind"), QStringLiteral("value"),
                        QStringLiteral("unknown rule kind"));
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const auto &item : value.toArray())
        out << item.toString();
    return out;
}

Result<Rule> parseRule(const QJsonObject &o, int index)
{
    Rule rule;
    rule.id = o.value(QStringLiteral("id")).toString();
    const QString where = rule.id.isEmpty() ? QStringLiteral("rules[%1]").arg(index) : rule.id;
    if (rule.id.isEmpty())
        return invalidRules(where, QStringLiteral("id"), QStringLiteral("a rule has no id"));
    auto kind = kindFromName(o.value(QStringLiteral("kind")).toString());
    if (!kind)
        return invalidRules(where, QStringLiteral("kind"), QStringLiteral("unknown rule kind"));
    rule.kind = *kind;
    const QString severity = o.value(QStringLiteral("severity")).toString(QStringLiteral("error"));
    if (severity != QLatin1String("error") && severity != QLatin1String("warning"))
        return invalidRules(where, QStringLiteral("severity"),
                            QStringLiteral("severity must be error or warning"));
    rule.severity =
        severity == QLatin1String("error") ? Rule::Severity::Error : Rule::Severity::Warning;
    rule.field = o.value(QStringLiteral("field")).toString();
    rule.evidence = o.value(QStringLiteral("evidence")).toString();
    const bool needsField = rule.kind != Rule::Kind::EvidenceRequired;
    const bool needsEvidence =
        rule.kind == Rule::Kind::EvidenceRequired || rule.kind == Rule::Kind::MatchesEvidence;
    if (needsField && rule.field.isEmpty())
        return invalidRules(where, QStringLiteral("field"),
                            QStringLiteral("the rule names no field"));
    if (needsEvidence && rule.evidence.isEmpty())
        return invalidRules(where, QStringLiteral("evidence"),
                            QStringLiteral("the rule names no evidence"));
    if (rule.kind == Rule::Kind::Pattern) {
        rule.pattern = QRegularExpression(o.value(QStringLiteral("pattern")).toString());
        if (o.value(QStringLiteral("pattern")).toString().isEmpty() || !rule.pattern.isValid())
            return invalidRules(where, QStringLiteral("pattern"),
                                QStringLiteral("missing or invalid regular expression"));
    }
    if (rule.kind == Rule::Kind::OneOf) {
        rule.values = stringList(o.value(QStringLiteral("values")));
        if (rule.values.isEmpty())
            return invalidRules(where, QStringLiteral("values"),
                                QStringLiteral("no values listed"));
    }
    if (rule.kind == Rule::Kind::Range) {
        rule.hasMin = o.contains(QStringLiteral("min"));
        rule.hasMax = o.contains(QStringLiteral("max"));
        rule.min = o.value(QStringLiteral("min")).toDouble();
        rule.max = o.value(QStringLiteral("max")).toDouble();
        if (!rule.hasMin && !rule.hasMax)
            return invalidRules(where, QStringLiteral("min"),
                                QStringLiteral("a range needs min or max"));
    }
    if (rule.kind == Rule::Kind::Date) {
        rule.notFuture = o.value(QStringLiteral("not_future")).toBool(false);
        rule.minAgeYears = o.value(QStringLiteral("min_age_years")).toInt(-1);
        rule.maxAgeYears = o.value(QStringLiteral("max_age_years")).toInt(-1);
    }
    const QJsonObject when = o.value(QStringLiteral("when")).toObject();
    if (!when.isEmpty()) {
        rule.whenField = when.value(QStringLiteral("field")).toString();
        rule.whenValues = stringList(when.value(QStringLiteral("in")));
        if (rule.whenField.isEmpty() || rule.whenValues.isEmpty())
            return invalidRules(where, QStringLiteral("when"),
                                QStringLiteral("a condition needs a field and values"));
    }
    const QJsonObject message = o.value(QStringLiteral("message")).toObject();
    rule.messageFr = message.value(QStringLiteral("fr")).toString();
    rule.messageEn = message.value(QStringLiteral("en")).toString();
    if (rule.messageFr.isEmpty() || rule.messageEn.isEmpty())
        return invalidRules(where, QStringLiteral("message"),
                            QStringLiteral("every rule needs a French and an English message"));
    return rule;
}

} // namespace

QStringList RuleSet::documentTypes()
{
    return {QStringLiteral("cni"), QStringLiteral("passport"), QStringLiteral("residence_permit"),
            QStringLiteral("driving_licence")};
}

Result<RuleSet> RuleSet::fromJson(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return invalidRules(QStringLiteral("rules"), QStringLiteral("json"),
                            QStringLiteral("not a JSON object"));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return invalidRules(QStringLiteral("format"), QStringLiteral("value"),
                            QStringLiteral("not a Guichet rules file"));
    if (root.value(QStringLiteral("format_version")).toInt() != kFormatVersion)
        return invalidRules(QStringLiteral("format_version"), QStringLiteral("value"),
                            QStringLiteral("unsupported format version"));
    RuleSet set;
    set.m_documentType = root.value(QStringLiteral("document_type")).toString();
    set.m_rulesVersion = root.value(QStringLiteral("rules_version")).toString();
    if (!documentTypes().contains(set.m_documentType))
        return invalidRules(QStringLiteral("document_type"), QStringLiteral("value"),
                            QStringLiteral("unknown document type"));
    if (set.m_rulesVersion.isEmpty())
        return invalidRules(QStringLiteral("rules_version"), QStringLiteral("required"),
                            QStringLiteral("the rules file has no version"));
    const QJsonArray rules = root.value(QStringLiteral("rules")).toArray();
    QStringList ids;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        auto rule = parseRule(rules[i].toObject(), static_cast<int>(i));
        if (!rule)
            return fail(rule.error());
        if (ids.contains(rule->id))
            return invalidRules(rule->id, QStringLiteral("id"),
                                QStringLiteral("duplicate rule id"));
        ids << rule->id;
        set.m_rules.append(*rule);
    }
    return set;
}

Result<RuleSet> RuleSet::fromDirectory(const QString &directory, const QString &documentType)
{
    if (!documentTypes().contains(documentType))
        return fail(FailureCode::InvalidArgument, QStringLiteral("unknown document type"),
                    QStringLiteral("document_type"), QStringLiteral("value"));
    QFile file(QDir(directory).filePath(documentType + QStringLiteral(".json")));
    if (!file.open(QIODevice::ReadOnly))
        return fail(FailureCode::ApplicationRulesInvalid,
                    QStringLiteral("no rules file for this document type"), QStringLiteral("rules"),
                    QStringLiteral("exists"));
    auto set = fromJson(file.readAll());
    if (set && set->documentType() != documentType)
        return invalidRules(QStringLiteral("document_type"), QStringLiteral("match"),
                            QStringLiteral("the file is for another document type"));
    return set;
}

Result<RuleSet> RuleSet::builtin(const QString &documentType)
{
    return fromDirectory(QStringLiteral(":/guichet/rules"), documentType);
}

} // namespace guichet::application
