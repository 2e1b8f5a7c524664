// Failure codes to translated text.
#include "ui/ErrorText.h"

namespace guichet::ui {

QString ErrorText::describe(const guichet::Error &error)
{
    switch (error.code) {
    case FailureCode::VaultWrongCredential:
        return tr("Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.");
    case FailureCode::VaultNotAVault:
    case FailureCode::VaultKeyringInvalid:
        return tr("This file is not a Guichet vault, or its key file is missing or damaged.");
    case FailureCode::VaultWeakPassphrase:
        return tr("This passphrase is too weak: use at least 12 characters.");
    case FailureCode::VaultCorrupt:
        return tr("The vault is damaged. Do not delete it: call support.");
    case FailureCode::VaultBusy:
        return tr("The vault is in use by another program. Close it and try again.");
    case FailureCode::VaultExists:
        return tr("A vault already exists at this place.");
    case FailureCode::VaultNotFound:
        return tr("The vault or the application was not found.");
    case FailureCode::VaultSchemaTooNew:
        return tr("This vault was written by a newer version of Guichet.");
    case FailureCode::VaultInvalidState:
        return tr("This application can no longer be changed in this way.");
    case FailureCode::VaultAuditBroken:
        return tr("The audit log of the vault does not verify. Call support.");
    case FailureCode::VaultConflict:
        return tr("This application was changed elsewhere; reopen it.");
    case FailureCode::VaultRetentionExceeded:
        return tr("No new application can be started until the day's batch is acknowledged.");
    case FailureCode::IoError:
        return tr("The disk could not be read or written.");
    default:
        return tr("Unexpected error (%1). Call support.").arg(failureCodeReference(error.code));
    }
}

} // namespace guichet::ui
