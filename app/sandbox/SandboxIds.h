#pragma once

#include <QRandomGenerator>
#include <QString>

namespace repdesk {

// Identifier shapes of the real API: short "HR_id_..." tokens and long Fernet-like "gAAAAAB..." ones
// (base64url, sometimes '='-padded) that a client must percent-encode in paths.
class SandboxIds
{
public:
    static QString hrId(QRandomGenerator &random);
    static QString fernetId(QRandomGenerator &random);
    static QString uuid(QRandomGenerator &random);

private:
    static QByteArray randomBytes(QRandomGenerator &random, int count);
};

} // namespace repdesk
