// Seal benchmark: N applications of S bytes sealed from a vault, as throughput against raw
// AES-256-GCM measured in the same run (EVP, 16 KB blocks, as `openssl speed -evp`), and the
// peak RSS of the process while sealing. Usage: bench_seal [applications] [kilobytes each].
#include "support/TestPki.h"
#include "sync/BatchSealer.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <openssl/evp.h>

#include <sys/resource.h>

#include <cstdio>

using namespace guichet;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// MB/s of AES-256-GCM over 16 KB blocks for about one second.
double aesGcmMegabytesPerSecond()
{
    EVP_CIPHER_CTX *context = EVP_CIPHER_CTX_new();
    const unsigned char key[32] = {};
    const unsigned char iv[12] = {};
    EVP_EncryptInit_ex(context, EVP_aes_256_gcm(), nullptr, key, iv);
    QByteArray in(16384, 'a');
    QByteArray out(16384 + 32, '\0');
    QElapsedTimer timer;
    timer.start();
    qint64 bytes = 0;
    while (timer.elapsed() < 1000) {
        int written = 0;
        EVP_EncryptUpdate(context, reinterpret_cast<unsigned char *>(out.data()), &written,
                          reinterpret_cast<const unsigned char *>(in.constData()),
                          static_cast<int>(in.size()));
        bytes += in.size();
    }
    EVP_CIPHER_CTX_free(context);
    return static_cast<double>(bytes) / 1e6 / (static_cast<double>(timer.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int applications = argc > 1 ? std::atoi(argv[1]) : 100;
    const int kilobytes = argc > 2 ? std::atoi(argv[2]) : 1024;
    QTemporaryDir dir;
    auto vault =
        vault::Vault::create(dir.filePath(QStringLiteral("bench.db")), "bench seal passphrase",
                             QStringLiteral("agent"), crypto::ScryptParameters{16384, 8, 1})
            .value();
    const QByteArray padding(kilobytes * 1024, 'p');
    for (int i = 0; i < applications; ++i) {
        const QByteArray document =
            QByteArrayLiteral("{\"document_type\":\"passport\",\"scan\":\"") + padding +
            QByteArrayLiteral("\",\"n\":") + QByteArray::number(i) + '}';
        const auto saved =
            vault->saveDraft({}, QStringLiteral("passport"), QStringLiteral("x"), document);
        (void)vault->finalise(saved->id);
    }
    const long rssBefore = peakRssKb();

    const auto processingKey = crypto::PrivateKey::generateRsa(2048).value();
    const auto agentKey = crypto::PrivateKey::generateEc(QStringLiteral("P-256")).value();
    const auto workstationKey = crypto::PrivateKey::generateEc(QStringLiteral("P-256")).value();
    sync::SealParameters p;
    p.workstation = QStringLiteral("ws-bench");
    p.sequence = 1;
    p.processingCertificate = test::makeCertificate(processingKey, QStringLiteral("processing"));
    p.agentKey = agentKey.native();
    p.agentCertificate = test::makeCertificate(agentKey, QStringLiteral("agent"));
    p.workstationKey = &workstationKey;
    p.workstationCertificate = test::makeCertificate(workstationKey, QStringLiteral("ws"));
    p.outputDirectory = dir.filePath(QStringLiteral("outbox"));

    const double aes = aesGcmMegabytesPerSecond();
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    qint64 plaintext = 0;
    auto batch = sync::BatchSealer::seal(
        *vault, p, [&plaintext](int, int, qint64 bytes) { plaintext = bytes; });
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    if (!batch) {
        std::fprintf(stderr, "seal failed: %s\n", qPrintable(batch.error().toString()));
        return 1;
    }
    const double sealRate = static_cast<double>(plaintext) / 1e6 / seconds;
    std::printf("{\"applications\":%d,\"kilobytes_each\":%d,\"plaintext_bytes\":%lld,\"ciphertext_"
                "bytes\":%lld,"
                "\"seal_seconds\":%.3f,\"seal_cpu_seconds\":%.3f,\"seal_mb_per_s\":%.1f,\"aes_256_"
                "gcm_mb_per_s\":%.1f,\"ratio\":%.3f,"
                "\"peak_rss_kb_before_seal\":%ld,\"peak_rss_kb_after_seal\":%ld}\n",
                applications, kilobytes, static_cast<long long>(plaintext),
                static_cast<long long>(batch->manifest.ciphertextBytes), seconds, cpu, sealRate,
                aes, sealRate / aes, rssBefore, peakRssKb());
    return 0;
}
