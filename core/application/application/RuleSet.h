// Validation rules for one document type, loaded from a versioned rules file (data, not code).
#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace guichet::application {

// One check. Kinds (docs/application.md lists their parameters):
//   required, pattern, one_of, date, range, evidence_required, matches_evidence.
struct Rule {
    enum class Kind { Required, Pattern, OneOf, Date, Range, EvidenceRequired, MatchesEvidence };
    enum class Severity { Error, Warning };

    QString id; // stable, e.g. "applicant.birth_date.past"
    Kind kind = Kind::Required;
    Severity severity = Severity::Error;
    QString field; // dotted path into the application document, e.g. "applicant.surname"
    QString evidence; // dotted path of the evidence for *_evidence rules
    QRegularExpression pattern;
    QStringList values;
    double min = 0;
    double max = 0;
    bool hasMin = false;
    bool hasMax = false;
    bool notFuture = false;
    int minAgeYears = -1;
    int maxAgeYears = -1;
    // Applies only when the document's `whenField` has one of `whenValues` (empty: always).
    QString whenField;
    QStringList whenValues;
    QString messageFr;
    QString messageEn;
};

class RuleSet
{
public:
    // From a rules file's JSON; every malformed part is refused with the rule and key named.
    [[nodiscard]] static Result<RuleSet> fromJson(const QByteArray &json);
    // The rules shipped with Guichet for a document type ("cni", "passport",
    // "residence_permit", "driving_licence"), or from `directory` when an agency overrides them.
    [[nodiscard]] static Result<RuleSet> builtin(const QString &documentType);
    [[nodiscard]] static Result<RuleSet> fromDirectory(const QString &directory,
                                                       const QString &documentType);
    [[nodiscard]] static QStringList documentTypes();

    [[nodiscard]] QString documentType() const { return m_documentType; }
    [[nodiscard]] QString rulesVersion() const { return m_rulesVersion; }
    [[nodiscard]] const QList<Rule> &rules() const { return m_rules; }

private:
    QString m_documentType;
    QString m_rulesVersion;
    QList<Rule> m_rules;
};

} // namespace guichet::application
