// `guichet-cli diagnostics`: the environment report as JSON.
#pragma once

#include "CliCommand.h"

namespace guichet::cli {

class DiagnosticsCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int run(const QStringList &arguments) override;
};

} // namespace guichet::cli
