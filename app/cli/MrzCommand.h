// `guichet-cli mrz parse [TEXT]`: an MRZ's fields, checks and repairs as JSON.
#pragma once

#include "CliCommand.h"

namespace guichet::cli {

class MrzCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int run(const QStringList &arguments) override;
};

} // namespace guichet::cli
