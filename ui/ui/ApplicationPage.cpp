// The application form: document building, validation display, autosave state, finalising.
#include "ui/ApplicationPage.h"

#include "common/Log.h"
#include "ui/ErrorText.h"
#include "ui/Labels.h"
#include "ui/Language.h"

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QTime>
#include <QVBoxLayout>

namespace guichet::ui {

namespace {

constexpr int kParents = 2;

QString parentPath(int index, const char *leaf)
{
    return QStringLiteral("applicant.parents.%1.%2").arg(index).arg(QLatin1String(leaf));
}

// Sets `value` at a dotted path, creating the objects on the way.
void put(QJsonObject &object, QStringView path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        object.insert(path.toString(), value);
        return;
    }
    const QString head = path.left(dot).toString();
    QJsonObject child = object.value(head).toObject();
    put(child, path.mid(dot + 1), value);
    object.insert(head, child);
}

// An ISO date from what the agent typed: YYYY-MM-DD as is, DD/MM/YYYY converted; anything else
// as typed, so that the date rule reports it.
QString isoDate(const QString &typed)
{
    const QDate french = QDate::fromString(typed, QStringLiteral("dd/MM/yyyy"));
    return french.isValid() ? french.toString(Qt::ISODate) : typed;
}

QString withShortcut(const QString &text, const QKeySequence &keys)
{
    return QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText));
}

QGroupBox *makeGroup(QWidget *parent, const char *name, QFormLayout **form)
{
    auto *group = new QGroupBox(parent);
    group->setObjectName(QLatin1String(name));
    *form = new QFormLayout(group);
    return group;
}

} // namespace

ApplicationPage::ApplicationPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("applicationPage"));

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("applicationHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_saveLabel = new QLabel(this);
    m_saveLabel->setObjectName(QStringLiteral("autosaveIndicator"));
    m_stateNote = new QLabel(this);
    m_stateNote->setObjectName(QStringLiteral("stateNote"));
    m_stateNote->setWordWrap(true);
    m_stateNote->hide();

    auto *content = new QWidget();
    auto *grid = new QGridLayout(content);

    QFormLayout *form = nullptr;
    auto *request = makeGroup(content, "requestGroup", &form);
    addCombo(form, QStringLiteral("document_type"), "documentTypeCombo");
    addCombo(form, QStringLiteral("reason"), "reasonCombo");

    auto *civil = makeGroup(content, "civilStatusGroup", &form);
    addLine(form, QStringLiteral("applicant.surname"), "surnameEdit");
    addLine(form, QStringLiteral("applicant.usage_name"), "usageNameEdit");
    addLine(form, QStringLiteral("applicant.given_names"), "givenNamesEdit");
    addLine(form, QStringLiteral("applicant.birth_date"), "birthDateEdit")->setMaxLength(10);
    addLine(form, QStringLiteral("applicant.birth_place.town"), "birthTownEdit");
    addLine(form, QStringLiteral("applicant.birth_place.country"), "birthCountryEdit");
    addCombo(form, QStringLiteral("applicant.sex"), "sexCombo");
    addLine(form, QStringLiteral("applicant.nationality"), "nationalityEdit");

    auto *address = makeGroup(content, "addressGroup", &form);
    addLine(form, QStringLiteral("applicant.address.line1"), "addressLine1Edit");
    addLine(form, QStringLiteral("applicant.address.line2"), "addressLine2Edit");
    auto *postcode = addLine(form, QStringLiteral("applicant.address.postcode"), "postcodeEdit");
    postcode->setMaxLength(5);
    addLine(form, QStringLiteral("applicant.address.town"), "townEdit");

    auto *physical = makeGroup(content, "physicalGroup", &form);
    auto *height = addLine(form, QStringLiteral("applicant.height_cm"), "heightEdit");
    height->setValidator(new QIntValidator(0, 299, height));
    addCombo(form, QStringLiteral("applicant.eye_colour"), "eyeColourCombo");

    auto *contact = makeGroup(content, "contactGroup", &form);
    addLine(form, QStringLiteral("applicant.contact.email"), "emailEdit");
    addLine(form, QStringLiteral("applicant.contact.phone"), "phoneEdit");

    auto *parents = makeGroup(content, "parentsGroup", &form);
    addRow(form, Field{QStringLiteral("applicant.parents")}, nullptr);
    for (int i = 0; i < kParents; ++i) {
        addLine(form, parentPath(i, "surname"),
                i == 0 ? "parent1SurnameEdit" : "parent2SurnameEdit");
        addLine(form, parentPath(i, "given_names"),
                i == 0 ? "parent1GivenNamesEdit" : "parent2GivenNamesEdit");
    }

    auto *evidence = makeGroup(content, "evidenceGroup", &form);
    for (int i = 0; i < 3; ++i) {
        auto *note = new QLabel(evidence);
        note->setObjectName(QStringLiteral("evidenceNote%1").arg(i + 1));
        note->setWordWrap(true);
        form->addRow(note);
        m_evidenceNotes.append(note);
    }
    auto *preApplication =
        addLine(form, QStringLiteral("evidence.pre_application"), "preApplicationEdit");
    preApplication->setMaxLength(10);
    preApplication->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,10}")), preApplication));
    auto *taxStamp = addLine(form, QStringLiteral("evidence.tax_stamp.number"), "taxStampEdit");
    taxStamp->setMaxLength(16);
    taxStamp->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,16}")), taxStamp));
    m_otherChecks = new QLabel(evidence);
    m_otherChecks->setObjectName(QStringLiteral("otherChecks"));
    m_otherChecks->setWordWrap(true);
    m_otherChecks->setTextFormat(Qt::PlainText);
    form->addRow(m_otherChecks);

    m_groups = {request, civil, address, physical, contact, parents, evidence};
    grid->addWidget(request, 0, 0);
    grid->addWidget(civil, 1, 0);
    grid->addWidget(parents, 2, 0);
    grid->addWidget(address, 0, 1);
    grid->addWidget(physical, 1, 1);
    grid->addWidget(contact, 2, 1);
    grid->addWidget(evidence, 3, 0, 1, 2);
    grid->setRowStretch(4, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("applicationScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("validationSummary"));
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setShortcut(QKeySequence(Qt::Key_Escape));
    m_finalise = new QPushButton(this);
    m_finalise->setObjectName(QStringLiteral("finaliseButton"));
    m_finalise->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));

    auto *top = new QHBoxLayout();
    top->addWidget(m_heading, 1);
    top->addWidget(m_saveLabel);
    auto *bottom = new QHBoxLayout();
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_back);
    bottom->addWidget(m_finalise);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stateNote);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);

    // Tab order: the form from top to bottom, column by column, then the buttons.
    QWidget *previous = nullptr;
    const QStringList order{QStringLiteral("document_type"),
                            QStringLiteral("reason"),
                            QStringLiteral("applicant.surname"),
                            QStringLiteral("applicant.usage_name"),
                            QStringLiteral("applicant.given_names"),
                            QStringLiteral("applicant.birth_date"),
                            QStringLiteral("applicant.birth_place.town"),
                            QStringLiteral("applicant.birth_place.country"),
                            QStringLiteral("applicant.sex"),
                            QStringLiteral("applicant.nationality"),
                            parentPath(0, "surname"),
                            parentPath(0, "given_names"),
                            parentPath(1, "surname"),
                            parentPath(1, "given_names"),
                            QStringLiteral("applicant.address.line1"),
                            QStringLiteral("applicant.address.line2"),
                            QStringLiteral("applicant.address.postcode"),
                            QStringLiteral("applicant.address.town"),
                            QStringLiteral("applicant.height_cm"),
                            QStringLiteral("applicant.eye_colour"),
                            QStringLiteral("applicant.contact.email"),
                            QStringLiteral("applicant.contact.phone"),
                            QStringLiteral("evidence.pre_application"),
                            QStringLiteral("evidence.tax_stamp.number")};
    for (const QString &path : order) {
        Field *f = field(path);
        QWidget *editor = f->line ? static_cast<QWidget *>(f->line) : f->combo;
        if (previous)
            setTabOrder(previous, editor);
        previous = editor;
    }
    setTabOrder(previous, m_back);
    setTabOrder(m_back, m_finalise);

    connect(m_back, &QPushButton::clicked, this, &ApplicationPage::closeRequested);
    connect(m_finalise, &QPushButton::clicked, this, &ApplicationPage::requestFinalise);

    for (const QString &type : application::RuleSet::documentTypes()) {
        auto rules = application::RuleSet::builtin(type);
        if (rules)
            m_rules.insert(type, rules.value());
        else
            qCWarning(lcUi) << "built-in rules refused:" << rules.error().toString();
    }
    fillCombos();
    retranslate();
    clear();
}

QLineEdit *ApplicationPage::addLine(QFormLayout *form, const QString &path, const char *objectName)
{
    auto *line = new QLineEdit(form->parentWidget());
    line->setObjectName(QLatin1String(objectName));
    Field f{path};
    f.line = line;
    addRow(form, f, line);
    connect(line, &QLineEdit::textChanged, this, [this, path] { changed(path); });
    return line;
}

QComboBox *ApplicationPage::addCombo(QFormLayout *form, const QString &path, const char *objectName)
{
    auto *combo = new QComboBox(form->parentWidget());
    combo->setObjectName(QLatin1String(objectName));
    Field f{path};
    f.combo = combo;
    addRow(form, f, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, path] { changed(path); });
    return combo;
}

void ApplicationPage::addRow(QFormLayout *form, Field field, QWidget *editor)
{
    auto *cell = new QWidget(form->parentWidget());
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    if (editor)
        cellLayout->addWidget(editor);
    field.message = new QLabel(cell);
    field.message->setObjectName(QStringLiteral("message:") + field.path);
    field.message->setWordWrap(true);
    field.message->setTextFormat(Qt::RichText);
    field.message->hide();
    cellLayout->addWidget(field.message);
    if (editor) {
        field.label = new QLabel(form->parentWidget());
        field.label->setBuddy(editor);
        form->addRow(field.label, cell);
    } else {
        form->addRow(cell);
    }
    m_fields.append(field);
}

ApplicationPage::Field *ApplicationPage::field(const QString &path)
{
    for (Field &f : m_fields)
        if (f.path == path)
            return &f;
    Q_ASSERT_X(false, "ApplicationPage::field", "unknown field");
    return nullptr;
}

QString ApplicationPage::text(const QString &path) const
{
    for (const Field &f : m_fields) {
        if (f.path != path)
            continue;
        if (f.line)
            return f.line->text().trimmed();
        if (f.combo)
            return f.combo->currentData().toString();
    }
    return {};
}

void ApplicationPage::setText(const QString &path, const QString &value)
{
    Field *f = field(path);
    if (f->line)
        f->line->setText(value);
    else if (f->combo)
        f->combo->setCurrentIndex(std::max(0, f->combo->findData(value)));
}

void ApplicationPage::setLabel(const QString &path, const QString &text)
{
    Field *f = field(path);
    f->label->setText(text);
    QWidget *editor = f->line ? static_cast<QWidget *>(f->line) : f->combo;
    QString plain = text;
    plain.remove(u'&');
    plain.remove(u':');
    editor->setAccessibleName(plain.trimmed());
}

void ApplicationPage::fillCombos()
{
    m_loading = true;
    auto refill = [this](const QString &path, const QList<std::pair<QString, QString>> &items) {
        QComboBox *combo = field(path)->combo;
        const QString current = combo->currentData().toString();
        combo->clear();
        for (const auto &[code, name] : items)
            combo->addItem(name, code);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    QList<std::pair<QString, QString>> types;
    for (const QString &type : application::RuleSet::documentTypes())
        types.append({type, Labels::documentType(type)});
    refill(QStringLiteral("document_type"), types);
    QList<std::pair<QString, QString>> reasons{{QString(), tr("— choose —")}};
    for (const QString &reason : Labels::reasons())
        reasons.append({reason, Labels::reason(reason)});
    refill(QStringLiteral("reason"), reasons);
    refill(QStringLiteral("applicant.sex"), {{QString(), tr("— choose —")},
                                             {QStringLiteral("F"), tr("F (female)")},
                                             {QStringLiteral("M"), tr("M (male)")}});
    QList<std::pair<QString, QString>> eyes{{QString(), tr("— choose —")}};
    for (const QString &colour : Labels::eyeColours())
        eyes.append({colour, Labels::eyeColour(colour)});
    refill(QStringLiteral("applicant.eye_colour"), eyes);
    m_loading = false;
}

QJsonObject ApplicationPage::document() const
{
    QJsonObject document;
    for (const Field &f : m_fields) {
        if ((!f.line && !f.combo) || f.path.startsWith(QLatin1String("applicant.parents")) ||
            f.path.startsWith(QLatin1String("evidence.")))
            continue;
        QString value = text(f.path);
        if (value.isEmpty())
            continue;
        if (f.path == QLatin1String("applicant.height_cm"))
            put(document, f.path, value.toInt());
        else if (f.path == QLatin1String("applicant.birth_date"))
            put(document, f.path, isoDate(value));
        else
            put(document, f.path, value);
    }
    QJsonArray parents;
    for (int i = 0; i < kParents; ++i) {
        QJsonObject parent;
        for (const char *leaf : {"surname", "given_names"}) {
            const QString value = text(parentPath(i, leaf));
            if (!value.isEmpty())
                parent.insert(QLatin1String(leaf), value);
        }
        if (!parent.isEmpty())
            parents.append(parent);
    }
    if (!parents.isEmpty())
        put(document, u"applicant.parents", parents);
    if (document.contains(QLatin1String("applicant")))
        put(document, u"applicant.address.country", QStringLiteral("FRA"));

    QJsonObject evidence = m_evidence;
    evidence.remove(QLatin1String("pre_application"));
    evidence.remove(QLatin1String("tax_stamp"));
    const QString preApplication = text(QStringLiteral("evidence.pre_application")).toUpper();
    if (!preApplication.isEmpty())
        evidence.insert(QLatin1String("pre_application"), preApplication);
    const QString taxStamp = text(QStringLiteral("evidence.tax_stamp.number"));
    if (!taxStamp.isEmpty())
        evidence.insert(QLatin1String("tax_stamp"),
                        QJsonObject{{QLatin1String("number"), taxStamp},
                                    {QLatin1String("status"), QLatin1String("to_verify_online")}});
    if (!evidence.isEmpty())
        document.insert(QLatin1String("evidence"), evidence);
    return document;
}

void ApplicationPage::fromDocument(const QJsonObject &document)
{
    m_loading = true;
    for (const Field &f : m_fields) {
        if (!f.line && !f.combo)
            continue;
        const QJsonValue value = application::valueAt(document, f.path);
        setText(f.path, value.isDouble() ? QString::number(value.toInt()) : value.toString());
    }
    const QJsonArray parents =
        application::valueAt(document, QStringLiteral("applicant.parents")).toArray();
    for (int i = 0; i < kParents; ++i) {
        const QJsonObject parent = parents.at(i).toObject();
        setText(parentPath(i, "surname"), parent.value(QLatin1String("surname")).toString());
        setText(parentPath(i, "given_names"),
                parent.value(QLatin1String("given_names")).toString());
    }
    m_evidence = document.value(QLatin1String("evidence")).toObject();
    setText(QStringLiteral("evidence.pre_application"),
            m_evidence.value(QLatin1String("pre_application")).toString());
    m_loading = false;
}

void ApplicationPage::startNew()
{
    clear();
    setReadOnly(false);
    m_status = vault::statusName(vault::ApplicationStatus::Draft);
    fromDocument(QJsonObject{
        {QLatin1String("applicant"),
         QJsonObject{{QLatin1String("nationality"), QLatin1String("FRA")},
                     {QLatin1String("birth_place"),
                      QJsonObject{{QLatin1String("country"), QLatin1String("FRA")}}}}}});
    revalidate();
    retranslate();
    field(QStringLiteral("document_type"))->combo->setFocus();
}

void ApplicationPage::load(const vault::StoredApplication &stored)
{
    clear();
    m_id = stored.summary.id;
    m_status = vault::statusName(stored.summary.status);
    fromDocument(QJsonDocument::fromJson(stored.document).object());
    for (const Field &f : m_fields)
        m_touched.insert(f.path);
    setReadOnly(stored.summary.status != vault::ApplicationStatus::Draft);
    revalidate();
    retranslate();
}

void ApplicationPage::clear()
{
    m_loading = true;
    for (Field &f : m_fields) {
        if (f.line) {
            f.line->clear();
            f.line->setModified(false);
        }
        if (f.combo)
            f.combo->setCurrentIndex(0);
        f.message->clear();
        f.message->setAccessibleDescription(QString());
        f.message->hide();
    }
    m_loading = false;
    m_evidence = {};
    m_id.clear();
    m_status.clear();
    m_creating = false;
    m_changedWhileCreating = false;
    m_touched.clear();
    m_report = {};
    m_saveState = SaveState::Idle;
    m_otherChecks->clear();
    showSaveState();
}

void ApplicationPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QGroupBox *group : m_groups)
        group->setEnabled(!readOnly);
    m_stateNote->setVisible(readOnly);
}

void ApplicationPage::changed(const QString &path)
{
    if (m_loading || m_readOnly)
        return;
    m_touched.insert(path);
    revalidate();
    const QString type = text(QStringLiteral("document_type"));
    const QByteArray json = QJsonDocument(document()).toJson(QJsonDocument::Compact);
    m_saveState = SaveState::Saving;
    showSaveState();
    if (!m_id.isEmpty()) {
        Q_EMIT autosaveRequested(m_id, type, label(), json);
    } else if (m_creating) {
        m_changedWhileCreating = true;
    } else {
        m_creating = true;
        Q_EMIT createRequested(type, label(), json);
    }
}

void ApplicationPage::onDraftCreated(const vault::ApplicationSummary &summary)
{
    if (!m_creating)
        return;
    m_creating = false;
    m_id = summary.id;
    m_saveState = SaveState::Saved;
    m_savedAt = QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"));
    showSaveState();
    if (std::exchange(m_changedWhileCreating, false))
        changed(QStringLiteral("document_type"));
    revalidate();
}

void ApplicationPage::onSaved(const QString &id, qint64 revision)
{
    Q_UNUSED(revision)
    if (id != m_id)
        return;
    m_saveState = SaveState::Saved;
    m_savedAt = QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"));
    showSaveState();
}

void ApplicationPage::onSaveFailed(const QString &id, const guichet::Error &error)
{
    if (!id.isEmpty() && id != m_id)
        return;
    m_creating = false;
    m_saveState = SaveState::Failed;
    m_saveError = error;
    showSaveState();
}

void ApplicationPage::showSaveState()
{
    switch (m_saveState) {
    case SaveState::Idle:
        m_saveLabel->clear();
        break;
    case SaveState::Saving:
        m_saveLabel->setText(tr("Saving…"));
        break;
    case SaveState::Saved:
        m_saveLabel->setText(tr("Saved at %1").arg(m_savedAt));
        break;
    case SaveState::Failed:
        m_saveLabel->setText(tr("Save failed: %1").arg(ErrorText::describe(m_saveError)));
        break;
    }
    m_saveLabel->setAccessibleName(tr("Autosave"));
    m_saveLabel->setAccessibleDescription(m_saveLabel->text());
}

bool ApplicationPage::canFinalise() const
{
    return !m_readOnly && !m_id.isEmpty() && !m_creating && m_report.canFinalise();
}

QString ApplicationPage::messageFor(const QString &path) const
{
    for (const Field &f : m_fields)
        if (f.path == path)
            return f.message->isHidden() ? QString() : f.message->accessibleDescription();
    return {};
}

void ApplicationPage::revalidate()
{
    const QString type = text(QStringLiteral("document_type"));
    const auto rules = m_rules.constFind(type);
    m_report = rules == m_rules.cend()
                   ? application::ValidationReport{}
                   : application::validate(document(), *rules, QDate::currentDate());

    const QString language = currentLanguage();
    QHash<QString, QStringList> messages;
    QStringList other;
    int errors = 0;
    int warnings = 0;
    for (const auto &v : m_report.violations) {
        const bool error = v.severity == application::Rule::Severity::Error;
        (error ? errors : warnings) += 1;
        const QString line = error ? tr("✖ Error: %1").arg(v.message(language))
                                   : tr("⚠ Warning: %1").arg(v.message(language));
        QString target;
        for (const Field &f : m_fields) {
            if (f.path == v.field) {
                target = f.path;
                break;
            }
            if (target.isEmpty() && f.path.startsWith(v.field + u'.'))
                target = f.path;
        }
        if (target.isEmpty())
            other << line;
        else if (m_touched.contains(target))
            messages[target] << line;
    }
    for (Field &f : m_fields) {
        const QStringList lines = messages.value(f.path);
        // Errors and warnings differ by their symbol and words first, then by style.
        QStringList html;
        for (const QString &line : lines)
            html << (line.startsWith(u'✖') ? QStringLiteral("<b style=\"color:#a40000\">%1</b>")
                                           : QStringLiteral("<i style=\"color:#6b4e00\">%1</i>"))
                        .arg(line.toHtmlEscaped());
        f.message->setText(html.join(QStringLiteral("<br>")));
        f.message->setAccessibleDescription(lines.join(u'\n'));
        f.message->setVisible(!lines.isEmpty());
        QWidget *editor = f.line ? static_cast<QWidget *>(f.line) : f.combo;
        if (editor)
            editor->setAccessibleDescription(lines.join(u'\n'));
    }
    m_otherChecks->setText(other.join(u'\n'));
    m_summary->setText(tr("Errors: %1 · Warnings: %2").arg(errors).arg(warnings));
    m_summary->setAccessibleName(tr("Validation summary"));
    m_finalise->setEnabled(canFinalise());
}

QString ApplicationPage::label() const
{
    const QString surname = text(QStringLiteral("applicant.surname")).toUpper();
    const QString given = text(QStringLiteral("applicant.given_names"));
    return QStringList{surname, given}.join(u' ').trimmed();
}

QString ApplicationPage::summaryText() const
{
    QStringList lines;
    for (const Field &f : m_fields) {
        if (!f.label)
            continue;
        const QString value = f.line ? f.line->text().trimmed() : f.combo->currentText();
        if (value.isEmpty() ||
            (f.combo && f.combo->currentIndex() == 0 && f.path != QLatin1String("document_type")))
            continue;
        QString name = f.label->text();
        name.remove(u'&');
        lines << name + u' ' + value;
    }
    return lines.join(u'\n');
}

void ApplicationPage::requestFinalise()
{
    revalidate();
    if (!canFinalise())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Finalise the application"),
                                tr("Read these details to the applicant and have them "
                                   "confirmed. Once finalised, the application can no longer "
                                   "be changed."),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("finaliseConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(summaryText());
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Finalise"));
    const QString id = m_id;
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result == QMessageBox::Yes && id == m_id)
            Q_EMIT finaliseRequested(id);
    });
    box->open();
}

void ApplicationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillCombos();
        retranslate();
        revalidate();
        showSaveState();
    }
    QWidget::changeEvent(event);
}

void ApplicationPage::retranslate()
{
    m_heading->setText(m_id.isEmpty() ? tr("New application") : tr("Application"));
    m_stateNote->setText(tr("This application is no longer a draft (%1): it can no longer be "
                            "changed.")
                             .arg(m_status.isEmpty()
                                      ? QString()
                                      : Labels::status(vault::statusFromName(m_status).valueOr(
                                            vault::ApplicationStatus::Draft))));
    const QStringList titles{
        tr("Request"), tr("Civil status"), tr("Address"), tr("Physical description"),
        tr("Contact"), tr("Parents"),      tr("Evidence")};
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        m_groups.at(i)->setTitle(titles.at(i));
        m_groups.at(i)->setAccessibleName(titles.at(i));
    }
    setLabel(QStringLiteral("document_type"), tr("&Document:"));
    setLabel(QStringLiteral("reason"), tr("&Reason:"));
    setLabel(QStringLiteral("applicant.surname"), tr("Birth &surname:"));
    setLabel(QStringLiteral("applicant.usage_name"), tr("&Usage name:"));
    setLabel(QStringLiteral("applicant.given_names"), tr("&Given names:"));
    setLabel(QStringLiteral("applicant.birth_date"), tr("Date of &birth:"));
    setLabel(QStringLiteral("applicant.birth_place.town"), tr("Town of birth:"));
    setLabel(QStringLiteral("applicant.birth_place.country"), tr("Country of birth:"));
    setLabel(QStringLiteral("applicant.sex"), tr("Se&x:"));
    setLabel(QStringLiteral("applicant.nationality"), tr("Nationality:"));
    setLabel(QStringLiteral("applicant.address.line1"), tr("&Address:"));
    setLabel(QStringLiteral("applicant.address.line2"), tr("Address (continued):"));
    setLabel(QStringLiteral("applicant.address.postcode"), tr("&Postcode:"));
    setLabel(QStringLiteral("applicant.address.town"), tr("&Town:"));
    setLabel(QStringLiteral("applicant.height_cm"), tr("&Height (cm):"));
    setLabel(QStringLiteral("applicant.eye_colour"), tr("&Eye colour:"));
    setLabel(QStringLiteral("applicant.contact.email"), tr("E&mail:"));
    setLabel(QStringLiteral("applicant.contact.phone"), tr("P&hone:"));
    for (int i = 0; i < kParents; ++i) {
        setLabel(parentPath(i, "surname"), tr("Parent %1, surname:").arg(i + 1));
        setLabel(parentPath(i, "given_names"), tr("Parent %1, given names:").arg(i + 1));
    }
    setLabel(QStringLiteral("evidence.pre_application"), tr("Pre-application number:"));
    setLabel(QStringLiteral("evidence.tax_stamp.number"), tr("Tax stamp number:"));
    field(QStringLiteral("applicant.birth_date"))
        ->line->setPlaceholderText(tr("YYYY-MM-DD or DD/MM/YYYY"));
    field(QStringLiteral("evidence.pre_application"))
        ->line->setPlaceholderText(tr("10 letters or digits"));
    field(QStringLiteral("evidence.tax_stamp.number"))->line->setPlaceholderText(tr("16 digits"));
    m_evidenceNotes.at(0)->setText(
        tr("Current document (MRZ and chip): reading is not available in this build; the MRZ "
           "and chip engines are not wired to the desk yet."));
    m_evidenceNotes.at(1)->setText(
        tr("Proof of address (2D-Doc): reading is not available in this build; the barcode "
           "engine is not wired to the desk yet."));
    m_evidenceNotes.at(2)->setText(
        tr("Photo: capture is not available in this build. Evidence already recorded in the "
           "application is kept as it is."));
    m_otherChecks->setAccessibleName(tr("Checks on evidence"));
    m_back->setText(tr("Back to today"));
    m_back->setAccessibleName(tr("Back to today"));
    m_back->setToolTip(
        withShortcut(tr("Back to the list (the draft is saved)"), m_back->shortcut()));
    m_finalise->setText(tr("&Finalise…"));
    m_finalise->setAccessibleName(tr("Finalise the application"));
    m_finalise->setToolTip(
        withShortcut(tr("Finalise once every error is corrected"), m_finalise->shortcut()));
}

} // namespace guichet::ui
