// SQLCipher connection, statements and transactions.
#include "vault/SqlDatabase.h"

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

#include <openssl/crypto.h>

#include <fcntl.h>
#include <unistd.h>

#include <utility>

namespace guichet::vault {

namespace {

// SQLCipher 3.4 takes a raw key only as the text x'<64 hex digits>'; the text is built in a
// zeroising buffer and wiped after use.
crypto::SecureBuffer rawKeySpec(const crypto::SecureBuffer &key)
{
    static constexpr char kHex[] = "0123456789abcdef";
    crypto::SecureBuffer spec(key.size() * 2 + 3);
    auto *out = spec.data();
    *out++ = 'x';
    *out++ = '\'';
    for (const std::uint8_t byte : key.span()) {
        *out++ = static_cast<std::uint8_t>(kHex[byte >> 4]);
        *out++ = static_cast<std::uint8_t>(kHex[byte & 0x0f]);
    }
    *out = '\'';
    return spec;
}

} // namespace

SqlDatabase::SqlDatabase(sqlite3 *db) : m_db(db) { }

SqlDatabase::SqlDatabase(SqlDatabase &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)) { }

SqlDatabase &SqlDatabase::operator=(SqlDatabase &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

SqlDatabase::~SqlDatabase()
{
    close();
}

void SqlDatabase::close() noexcept
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Error SqlDatabase::lastError(FailureCode code, const QString &operation) const
{
    const int extended = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_ERROR;
    const char *text = m_db ? sqlite3_errmsg(m_db) : "no database";
    return makeError(
        code,
        QStringLiteral("%1: %2 (SQLite %3)").arg(operation, QString::fromUtf8(text)).arg(extended),
        QStringLiteral("vault.database"), operation);
}

Result<SqlDatabase> SqlDatabase::open(const QString &path, const crypto::SecureBuffer &rawKey,
                                      bool create)
{
    if (rawKey.size() != 32)
        return fail(FailureCode::CryptoInvalidKey, QStringLiteral("vault key must be 32 bytes"),
                    QStringLiteral("vault.key"), QStringLiteral("length"));
    if (create) {
        // Owner-only from the first byte (SQLite gives its -wal and -shm files the same mode).
        const QByteArray name = path.toUtf8();
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            return fail(FailureCode::IoError, QStringLiteral("cannot create the vault file"),
                        QStringLiteral("vault.path"), QStringLiteral("create"));
        ::close(fd);
    }
    sqlite3 *raw = nullptr;
    const int flags =
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    const QByteArray file = path.toUtf8();
    const int rc = sqlite3_open_v2(file.constData(), &raw, flags, nullptr);
    SqlDatabase db(raw);
    if (rc != SQLITE_OK)
        return fail(db.lastError(create ? FailureCode::IoError : FailureCode::VaultNotAVault,
                                 QStringLiteral("open")));

    const crypto::SecureBuffer spec = rawKeySpec(rawKey);
    if (sqlite3_key_v2(raw, "main", spec.data(), static_cast<int>(spec.size())) != SQLITE_OK)
        return fail(db.lastError(FailureCode::VaultCorrupt, QStringLiteral("key")));
    // Not stored in the file by SQLCipher 3.4: must be set after the key on every open.
    if (auto ok = db.exec("PRAGMA cipher_page_size = 4096;"); !ok)
        return fail(ok.error());
    // A wrong key or a file that is not a vault shows only at the first read.
    if (sqlite3_exec(raw, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr) !=
        SQLITE_OK)
        return fail(FailureCode::VaultNotAVault,
                    QStringLiteral("the database cannot be read with this vault's key"),
                    QStringLiteral("vault.database"), QStringLiteral("key"));
    for (const char *pragma : {"PRAGMA journal_mode = WAL;", "PRAGMA synchronous = FULL;",
                               "PRAGMA foreign_keys = ON;", "PRAGMA secure_delete = ON;",
                               "PRAGMA temp_store = MEMORY;", "PRAGMA busy_timeout = 5000;"}) {
        if (auto ok = db.exec(pragma); !ok)
            return fail(ok.error());
    }
    return db;
}

Result<void> SqlDatabase::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        sqlite3_free(message);
        return fail(lastError(FailureCode::VaultCorrupt, QStringLiteral("exec")));
    }
    return success();
}

Result<SqlStatement> SqlDatabase::prepare(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return fail(lastError(FailureCode::VaultCorrupt, QStringLiteral("prepare")));
    return SqlStatement(m_db, statement);
}

std::int64_t SqlDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool SqlDatabase::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

int SqlDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

Result<void> SqlDatabase::rekey(const crypto::SecureBuffer &rawKey)
{
    const crypto::SecureBuffer spec = rawKeySpec(rawKey);
    if (sqlite3_rekey_v2(m_db, "main", spec.data(), static_cast<int>(spec.size())) != SQLITE_OK)
        return fail(lastError(FailureCode::VaultCorrupt, QStringLiteral("rekey")));
    return success();
}

SqlStatement::SqlStatement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement)
{ }

SqlStatement::SqlStatement(SqlStatement &&other) noexcept
    : m_db(other.m_db), m_statement(std::exchange(other.m_statement, nullptr)),
      m_bindError(other.m_bindError)
{ }

SqlStatement &SqlStatement::operator=(SqlStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = other.m_db;
        m_statement = std::exchange(other.m_statement, nullptr);
        m_bindError = other.m_bindError;
    }
    return *this;
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_statement);
}

SqlStatement &SqlStatement::bind(int index, std::int64_t value)
{
    if (const int rc = sqlite3_bind_int64(m_statement, index, value); rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

SqlStatement &SqlStatement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (const int rc = sqlite3_bind_text(m_statement, index, utf8.constData(),
                                         static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

SqlStatement &SqlStatement::bind(int index, const QByteArray &blob)
{
    // A zero-length blob, not NULL, for an empty array.
    if (const int rc = sqlite3_bind_blob(m_statement, index, blob.isEmpty() ? "" : blob.constData(),
                                         static_cast<int>(blob.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

SqlStatement &SqlStatement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(m_statement, index); rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Result<bool> SqlStatement::step()
{
    if (m_bindError != 0)
        return fail(FailureCode::Internal,
                    QStringLiteral("SQLite bind failed (%1)").arg(m_bindError),
                    QStringLiteral("vault.database"), QStringLiteral("bind"));
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const FailureCode code = (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) ? FailureCode::VaultBusy
                                                                        : FailureCode::VaultCorrupt;
    return fail(makeError(code,
                          QStringLiteral("step: %1 (SQLite %2)")
                              .arg(QString::fromUtf8(sqlite3_errmsg(m_db)))
                              .arg(sqlite3_extended_errcode(m_db)),
                          QStringLiteral("vault.database"), QStringLiteral("step")));
}

Result<void> SqlStatement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return success();
    }
}

void SqlStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_bindError = 0;
}

std::int64_t SqlStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqlStatement::columnText(int column) const
{
    const auto *text = sqlite3_column_text(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text), size) : QString();
}

QByteArray SqlStatement::columnBlob(int column) const
{
    const void *blob = sqlite3_column_blob(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    return blob ? QByteArray(static_cast<const char *>(blob), size) : QByteArray();
}

bool SqlStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

Result<SqlTransaction> SqlTransaction::begin(SqlDatabase &db)
{
    if (auto ok = db.exec("BEGIN IMMEDIATE;"); !ok)
        return fail(ok.error());
    return SqlTransaction(&db);
}

Result<void> SqlTransaction::commit()
{
    if (!m_db)
        return fail(FailureCode::Internal, QStringLiteral("transaction already finished"));
    auto ok = m_db->exec("COMMIT;");
    m_db = nullptr;
    return ok;
}

SqlTransaction::SqlTransaction(SqlTransaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{ }

SqlTransaction::~SqlTransaction()
{
    if (m_db)
        (void)m_db->exec("ROLLBACK;");
}

} // namespace guichet::vault
