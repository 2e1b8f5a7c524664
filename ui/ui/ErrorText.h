// The one place where core's failure codes become sentences for the agent.
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace guichet::ui {

class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(guichet::ui::ErrorText)

public:
    // A translated sentence for the agent; never the technical message (support reads the log).
    [[nodiscard]] static QString describe(const guichet::Error &error);
};

} // namespace guichet::ui
