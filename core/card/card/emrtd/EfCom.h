// EfCom: the parsed EF.COM (LDS version, Unicode version and the list of data groups present).
#pragma once

#include "card/emrtd/LdsFile.h"
#include "common/Result.h"

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace guichet::card::emrtd {

// EF.COM is tag 60 holding 5F01 (LDS version "aabb"), 5F36 (Unicode version "aabbcc") and 5C
// (the tags of the data groups present). It is not covered by EF.SOD, so it only serves to plan
// which files to read; the SOD has the last word. Errors are GU-517 card.lds_malformed with
// field "ef_com.<element>" (or GU-510 when the TLV structure itself is broken).
class EfCom
{
public:
    [[nodiscard]] static Result<EfCom> parse(QByteArrayView bytes);

    // "1.7" from 0107
    [[nodiscard]] const QString &ldsVersion() const noexcept { return m_ldsVersion; }
    // "4.0.0" from 040000
    [[nodiscard]] const QString &unicodeVersion() const noexcept { return m_unicodeVersion; }
    // In the order listed.
    [[nodiscard]] const std::vector<LdsFileId> &files() const noexcept { return m_files; }
    [[nodiscard]] std::vector<int> dataGroups() const;

private:
    QString m_ldsVersion;
    QString m_unicodeVersion;
    std::vector<LdsFileId> m_files;
};

} // namespace guichet::card::emrtd
