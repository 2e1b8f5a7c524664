// The catalogue of failure codes every layer reports; docs/failure-codes.md explains each one.
#pragma once

#include <QString>

#include <cstdint>

namespace guichet {

// X(enumerator, number, stable id). Numbers are grouped by module and never reused: support
// staff and the JSON contract of guichet-cli rely on them. Add new codes at the end of a group
// and document them in docs/failure-codes.md (a test checks that every code is documented).
#define GUICHET_FAILURE_CODES(X)                                                                   \
    X(Internal, 100, "internal")                                                                   \
    X(InvalidArgument, 101, "invalid_argument")                                                    \
    X(IoError, 102, "io_error")                                                                    \
    X(Cancelled, 103, "cancelled")                                                                 \
    X(Timeout, 104, "timeout")                                                                     \
    X(NotAvailable, 105, "not_available")                                                          \
    X(UsageError, 106, "usage_error")                                                              \
    X(CryptoBackend, 200, "crypto.backend")                                                        \
    X(CryptoRandomUnavailable, 201, "crypto.random_unavailable")                                   \
    X(CryptoInvalidKey, 202, "crypto.invalid_key")                                                 \
    X(CryptoInvalidLength, 203, "crypto.invalid_length")                                           \
    X(CryptoAuthenticationFailed, 204, "crypto.authentication_failed")                             \
    X(CryptoSignatureInvalid, 205, "crypto.signature_invalid")                                     \
    X(CryptoUnsupportedAlgorithm, 206, "crypto.unsupported_algorithm")                             \
    X(CryptoMalformedInput, 207, "crypto.malformed_input")                                         \
    X(CryptoKeyAgreementFailed, 208, "crypto.key_agreement_failed")                                \
    X(CryptoStateError, 209, "crypto.state_error")                                                 \
    X(MrzNotAnMrz, 300, "mrz.not_an_mrz")                                                          \
    X(MrzWrongLength, 301, "mrz.wrong_length")                                                     \
    X(MrzInvalidCharacter, 302, "mrz.invalid_character")                                           \
    X(MrzCheckDigit, 303, "mrz.check_digit")                                                       \
    X(MrzInvalidDate, 304, "mrz.invalid_date")                                                     \
    X(MrzUnknownFormat, 305, "mrz.unknown_format")                                                 \
    X(MrzInvalidField, 306, "mrz.invalid_field")                                                   \
    X(Barcode2DDocMalformed, 400, "barcode.twoddoc_malformed")                                     \
    X(Barcode2DDocUnknownCertificate, 401, "barcode.twoddoc_unknown_certificate")                  \
    X(Barcode2DDocSignatureInvalid, 402, "barcode.twoddoc_signature_invalid")                      \
    X(Barcode2DDocNotValidAtSigning, 403, "barcode.twoddoc_not_valid_at_signing")                  \
    X(Barcode2DDocCertificateRevoked, 404, "barcode.twoddoc_certificate_revoked")                  \
    X(Barcode2DDocUnsupported, 405, "barcode.twoddoc_unsupported")                                 \
    X(BarcodeTrustStoreInvalid, 406, "barcode.trust_store_invalid")                                \
    X(BarcodePreApplicationInvalid, 407, "barcode.pre_application_invalid")                        \
    X(BarcodeTaxStampInvalid, 408, "barcode.tax_stamp_invalid")                                    \
    X(PcscServiceUnavailable, 500, "pcsc.service_unavailable")                                     \
    X(PcscNoReader, 501, "pcsc.no_reader")                                                         \
    X(PcscError, 502, "pcsc.error")                                                                \
    X(CardTlvMalformed, 510, "card.tlv_malformed")                                                 \
    X(CardApduMalformed, 511, "card.apdu_malformed")                                               \
    X(CardStatusWord, 512, "card.status_word")                                                     \
    X(CardSecureMessagingMac, 513, "card.secure_messaging_mac")                                    \
    X(CardSecureMessagingMissingStatus, 514, "card.secure_messaging_missing_status")               \
    X(CardSecureMessagingMalformed, 515, "card.secure_messaging_malformed")                        \
    X(CardBacFailed, 516, "card.bac_failed")                                                       \
    X(CardLdsMalformed, 517, "card.lds_malformed")                                                 \
    X(CardSodMalformed, 518, "card.sod_malformed")                                                 \
    X(CardDataGroupHashMismatch, 519, "card.data_group_hash_mismatch")                             \
    X(VaultNotAVault, 600, "vault.not_a_vault")                                                    \
    X(VaultWrongCredential, 601, "vault.wrong_credential")                                         \
    X(VaultCorrupt, 602, "vault.corrupt")                                                          \
    X(VaultBusy, 603, "vault.busy")                                                                \
    X(VaultExists, 604, "vault.exists")                                                            \
    X(VaultNotFound, 605, "vault.not_found")                                                       \
    X(VaultSchemaTooNew, 606, "vault.schema_too_new")                                              \
    X(VaultInvalidState, 607, "vault.invalid_state")                                               \
    X(VaultAuditBroken, 608, "vault.audit_broken")                                                 \
    X(VaultKeyringInvalid, 609, "vault.keyring_invalid")                                           \
    X(VaultWeakPassphrase, 610, "vault.weak_passphrase")                                           \
    X(VaultLastCredential, 611, "vault.last_credential")                                           \
    X(VaultConflict, 612, "vault.conflict")                                                        \
    X(VaultRetentionExceeded, 613, "vault.retention_exceeded")                                     \
    X(IdentityNoToken, 700, "identity.no_token")                                                   \
    X(IdentityTokenNotFound, 701, "identity.token_not_found")                                      \
    X(IdentityWrongPin, 702, "identity.wrong_pin")                                                 \
    X(IdentityPinLocked, 703, "identity.pin_locked")                                               \
    X(IdentityNoCertificate, 704, "identity.no_certificate")                                       \
    X(IdentityCertificateExpired, 705, "identity.certificate_expired")                             \
    X(IdentityCertificateUntrusted, 706, "identity.certificate_untrusted")                         \
    X(IdentityModuleError, 707, "identity.module_error")                                           \
    X(IdentityCertificateNotYetValid, 708, "identity.certificate_not_yet_valid")                   \
    X(IdentityNoKey, 709, "identity.no_key")                                                       \
    X(IdentityCertificateInvalid, 710, "identity.certificate_invalid")                             \
    X(IdentityNotLoggedIn, 711, "identity.not_logged_in")                                          \
    X(ApplicationRulesInvalid, 900, "application.rules_invalid")                                   \
    X(SyncSealFailed, 800, "sync.seal_failed")                                                     \
    X(SyncManifestInvalid, 801, "sync.manifest_invalid")                                           \
    X(SyncBatchInvalid, 802, "sync.batch_invalid")                                                 \
    X(SyncSignatureInvalid, 803, "sync.signature_invalid")                                         \
    X(SyncDecryptFailed, 804, "sync.decrypt_failed")                                               \
    X(SyncNothingToSeal, 805, "sync.nothing_to_seal")

enum class FailureCode : std::uint16_t {
#define GUICHET_FAILURE_ENUM(name, number, id) name = number, // NOLINT(bugprone-macro-parentheses)
    GUICHET_FAILURE_CODES(GUICHET_FAILURE_ENUM)
#undef GUICHET_FAILURE_ENUM
};

struct FailureCodeInfo {
    FailureCode code;
    std::uint16_t number;
    const char *id;
};

// The stable identifier, e.g. "crypto.authentication_failed".
[[nodiscard]] QString failureCodeId(FailureCode code);
// The support reference shown to agents, e.g. "GU-204".
[[nodiscard]] QString failureCodeReference(FailureCode code);
// Every code, in catalogue order.
[[nodiscard]] const FailureCodeInfo *failureCodeCatalogue(std::size_t *count);

} // namespace guichet
