// A thin RAII layer over SQLCipher's C API (Qt's QSQLITE driver cannot be used: PLATFORM.md).
#pragma once

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace guichet::vault {

class SqlStatement;

// One SQLCipher connection. Written by hand because no library on this platform wraps
// SQLCipher's C API; it covers only what the vault needs (prepared statements, transactions).
class SqlDatabase
{
public:
    // Opens (creating if `create`) the file and keys it with a raw 256-bit key, then applies
    // the cipher settings that SQLCipher 3.4 does not store in the file (4 KB pages).
    // A wrong key is detected here by reading sqlite_master.
    [[nodiscard]] static Result<SqlDatabase> open(const QString &path,
                                                  const crypto::SecureBuffer &rawKey, bool create);

    SqlDatabase(SqlDatabase &&other) noexcept;
    SqlDatabase &operator=(SqlDatabase &&other) noexcept;
    SqlDatabase(const SqlDatabase &) = delete;
    SqlDatabase &operator=(const SqlDatabase &) = delete;
    ~SqlDatabase();

    [[nodiscard]] Result<void> exec(const char *sql);
    [[nodiscard]] Result<SqlStatement> prepare(const char *sql);
    [[nodiscard]] std::int64_t lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] bool inTransaction() const;
    // Re-encrypts every page under a new raw key (used by the rekey policy after purges).
    [[nodiscard]] Result<void> rekey(const crypto::SecureBuffer &rawKey);

    [[nodiscard]] Error lastError(FailureCode code, const QString &operation) const;

private:
    explicit SqlDatabase(sqlite3 *db);
    void close() noexcept;
    sqlite3 *m_db = nullptr;
};

class SqlStatement
{
public:
    SqlStatement(SqlStatement &&other) noexcept;
    SqlStatement &operator=(SqlStatement &&other) noexcept;
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;
    ~SqlStatement();

    // Parameters are 1-based, as in SQLite.
    SqlStatement &bind(int index, std::int64_t value);
    SqlStatement &bind(int index, const QString &text);
    SqlStatement &bind(int index, const QByteArray &blob);
    SqlStatement &bindNull(int index);

    // True when a row is available, false when done; errors as Result.
    [[nodiscard]] Result<bool> step();
    // Runs to completion (for statements that return no rows).
    [[nodiscard]] Result<void> run();
    void reset();

    [[nodiscard]] std::int64_t columnInt(int column) const;
    [[nodiscard]] QString columnText(int column) const;
    [[nodiscard]] QByteArray columnBlob(int column) const;
    [[nodiscard]] bool columnIsNull(int column) const;

private:
    friend class SqlDatabase;
    SqlStatement(sqlite3 *db, sqlite3_stmt *statement);
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_bindError = 0;
};

// BEGIN IMMEDIATE … COMMIT, rolled back on destruction unless committed.
class SqlTransaction
{
public:
    [[nodiscard]] static Result<SqlTransaction> begin(SqlDatabase &db);
    [[nodiscard]] Result<void> commit();
    ~SqlTransaction();
    SqlTransaction(SqlTransaction &&other) noexcept;
    SqlTransaction &operator=(SqlTransaction &&) = delete;
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

private:
    explicit SqlTransaction(SqlDatabase *db) : m_db(db) { }
    SqlDatabase *m_db = nullptr;
};

} // namespace guichet::vault
