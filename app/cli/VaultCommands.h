// `guichet-cli vault|draft|audit ...`: the encrypted vault from the shell.
#pragma once

#include "CliCommand.h"

namespace guichet::cli {

// vault create --vault PATH --passphrase-file F
class VaultCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int run(const QStringList &arguments) override;
};

// draft put|get|list|finalise --vault PATH CREDENTIALS ...
class DraftCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int run(const QStringList &arguments) override;
};

// audit verify --vault PATH CREDENTIALS
class AuditCommand final : public CliCommand
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] int run(const QStringList &arguments) override;
};

} // namespace guichet::cli
