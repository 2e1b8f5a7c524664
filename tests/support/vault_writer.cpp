// Test helper: saves draft revisions in a loop and prints "ack <id> <revision> <sha256>" after
// each durable commit, until killed. tst_vault_crash kills it with SIGKILL at random points.
#include "crypto/Digest.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: vault_writer VAULT PASSPHRASE\n");
        return 2;
    }
    auto vault = guichet::vault::Vault::openWithPassphrase(QString::fromLocal8Bit(argv[1]), argv[2],
                                                           QStringLiteral("writer"));
    if (!vault) {
        std::fprintf(stderr, "open: %s\n", qPrintable(vault.error().toString()));
        return 1;
    }
    auto list = (*vault)->applications();
    if (!list || list->isEmpty())
        return 1;
    const QString id = list->first().id;
    for (int n = 0;; ++n) {
        // 5 KB documents, as a real draft.
        QByteArray document = QByteArrayLiteral("{\"document_type\":\"cni\",\"n\":") +
                              QByteArray::number(n) + QByteArrayLiteral(",\"pad\":\"") +
                              QByteArray(5000, 'x') + QByteArrayLiteral("\"}");
        auto saved = (*vault)->saveDraft(id, QStringLiteral("cni"), QStringLiteral("w"), document);
        if (!saved) {
            std::fprintf(stderr, "save: %s\n", qPrintable(saved.error().toString()));
            return 1;
        }
        const QByteArray digest =
            guichet::crypto::hash(guichet::crypto::DigestAlgorithm::Sha256, document)
                .value()
                .toHex();
        std::printf("ack %s %lld %s\n", qPrintable(id), static_cast<long long>(saved->revision),
                    digest.constData());
        std::fflush(stdout);
    }
}
