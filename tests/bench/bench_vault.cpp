// Vault benchmarks: durable autosave latency (median, p99), listing 10,000 drafts, unlock, and
// SQLCipher's cost against the same statements on an unencrypted SQLite file.
#include "vault/Vault.h"

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

#include <benchmark/benchmark.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <vector>

using namespace guichet;

namespace {

const QByteArray kPassphrase("benchmark passphrase");

QByteArray fiveKilobyteDocument(int n)
{
    return QByteArrayLiteral("{\"document_type\":\"passport\",\"n\":") + QByteArray::number(n) +
           QByteArrayLiteral(",\"pad\":\"") + QByteArray(5000, 'x') + QByteArrayLiteral("\"}");
}

void reportLatencies(benchmark::State &state, std::vector<double> &ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.empty())
        return;
    state.counters["median_ms"] = ms[ms.size() / 2];
    state.counters["p99_ms"] = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
}

// One durable autosave: a new revision of a 5 KB draft and its audit record, fsynced.
void BM_AutosaveDraft5KB(benchmark::State &state)
{
    QTemporaryDir dir;
    auto vault =
        vault::Vault::create(dir.filePath(QStringLiteral("b.db")), kPassphrase,
                             QStringLiteral("bench"), crypto::ScryptParameters{16384, 8, 1})
            .value();
    const QString id = vault
                           ->saveDraft({}, QStringLiteral("passport"), QStringLiteral("label"),
                                       fiveKilobyteDocument(0))
                           ->id;
    std::vector<double> ms;
    int n = 0;
    for (auto _ : state) {
        const QByteArray document = fiveKilobyteDocument(++n);
        const auto start = std::chrono::steady_clock::now();
        auto saved =
            vault->saveDraft(id, QStringLiteral("passport"), QStringLiteral("label"), document);
        const auto end = std::chrono::steady_clock::now();
        if (!saved)
            state.SkipWithError("save failed");
        ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    reportLatencies(state, ms);
}
BENCHMARK(BM_AutosaveDraft5KB)->Iterations(500)->Unit(benchmark::kMillisecond);

// The desk's list of the day: 10,000 drafts, sorted by last change.
void BM_List10kDrafts(benchmark::State &state)
{
    QTemporaryDir dir;
    auto vault =
        vault::Vault::create(dir.filePath(QStringLiteral("l.db")), kPassphrase,
                             QStringLiteral("bench"), crypto::ScryptParameters{16384, 8, 1})
            .value();
    for (int i = 0; i < 10000; ++i)
        (void)vault->saveDraft({}, QStringLiteral("passport"), QStringLiteral("NAME %1").arg(i),
                               QByteArrayLiteral("{\"document_type\":\"passport\"}"));
    for (auto _ : state) {
        auto list = vault->applications();
        benchmark::DoNotOptimize(list);
        if (!list || list->size() != 10000)
            state.SkipWithError("list failed");
    }
}
BENCHMARK(BM_List10kDrafts)->Iterations(20)->Unit(benchmark::kMillisecond);

// Unlock with the recovery passphrase, scrypt calibrated to >= 250 ms as in production.
void BM_UnlockWithCalibratedPassphrase(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("u.db"));
    (void)vault::Vault::create(path, kPassphrase, QStringLiteral("bench"));
    for (auto _ : state) {
        auto vault = vault::Vault::openWithPassphrase(path, kPassphrase, QStringLiteral("bench"));
        if (!vault)
            state.SkipWithError("unlock failed");
    }
}
BENCHMARK(BM_UnlockWithCalibratedPassphrase)->Iterations(5)->Unit(benchmark::kMillisecond);

// The same transaction (update a 5 KB document, insert an audit row, update the head) with the
// same pragmas, on an encrypted (arg 1) and an unencrypted (arg 0) file of the same library.
void BM_RawTransaction(benchmark::State &state)
{
    const bool encrypted = state.range(0) == 1;
    QTemporaryDir dir;
    const QByteArray file = dir.filePath(QStringLiteral("raw.db")).toUtf8();
    sqlite3 *db = nullptr;
    sqlite3_open(file.constData(), &db);
    if (encrypted) {
        const QByteArray key = QByteArrayLiteral("x'") + QByteArray(64, 'a') + '\'';
        sqlite3_key(db, key.constData(), static_cast<int>(key.size()));
        sqlite3_exec(db, "PRAGMA cipher_page_size = 4096;", nullptr, nullptr, nullptr);
    }
    sqlite3_exec(db,
                 "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;"
                 "CREATE TABLE d (id INTEGER PRIMARY KEY, doc BLOB);"
                 "CREATE TABLE a (seq INTEGER PRIMARY KEY, h BLOB);"
                 "CREATE TABLE m (k TEXT PRIMARY KEY, v BLOB);"
                 "INSERT INTO d VALUES (1, zeroblob(5000));",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *update = nullptr;
    sqlite3_stmt *audit = nullptr;
    sqlite3_stmt *head = nullptr;
    sqlite3_prepare_v2(db, "UPDATE d SET doc = ?1 WHERE id = 1;", -1, &update, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO a (h) VALUES (?1);", -1, &audit, nullptr);
    sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO m VALUES ('head', ?1);", -1, &head, nullptr);
    const QByteArray document = fiveKilobyteDocument(1);
    const QByteArray hash(32, 'h');
    std::vector<double> ms;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        sqlite3_exec(db, "BEGIN IMMEDIATE;", nullptr, nullptr, nullptr);
        sqlite3_bind_blob(update, 1, document.constData(), static_cast<int>(document.size()),
                          SQLITE_STATIC);
        sqlite3_step(update);
        sqlite3_reset(update);
        sqlite3_bind_blob(audit, 1, hash.constData(), 32, SQLITE_STATIC);
        sqlite3_step(audit);
        sqlite3_reset(audit);
        sqlite3_bind_blob(head, 1, hash.constData(), 32, SQLITE_STATIC);
        sqlite3_step(head);
        sqlite3_reset(head);
        if (sqlite3_exec(db, "COMMIT;", nullptr, nullptr, nullptr) != SQLITE_OK)
            state.SkipWithError("commit failed");
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
    }
    sqlite3_finalize(update);
    sqlite3_finalize(audit);
    sqlite3_finalize(head);
    sqlite3_close(db);
    reportLatencies(state, ms);
}
BENCHMARK(BM_RawTransaction)->Arg(0)->Arg(1)->Iterations(500)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
