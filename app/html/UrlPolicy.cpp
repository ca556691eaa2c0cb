#include "UrlPolicy.h"

#include <QList>

namespace repdesk {

namespace {

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isSchemeChar(char c)
{
    return isAsciiAlpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
}

bool isBase64Char(char c)
{
    return isAsciiAlpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=';
}

bool isControlOrSpace(unsigned char c)
{
    return c <= 0x20 || c == 0x7f;
}

} // namespace

QByteArray UrlPolicy::clean(QByteArrayView raw)
{
    qsizetype begin = 0;
    qsizetype end = raw.size();
    while (begin < end && isControlOrSpace(static_cast<unsigned char>(raw[begin])))
        ++begin;
    while (end > begin && isControlOrSpace(static_cast<unsigned char>(raw[end - 1])))
        --end;

    QByteArray out;
    out.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i) {
        const auto c = static_cast<unsigned char>(raw[i]);
        if (c < 0x20 || c == 0x7f)
            continue;
        out.append(char(c));
    }
    return out;
}

QByteArray UrlPolicy::schemeOf(QByteArrayView url)
{
    if (url.isEmpty() || !isAsciiAlpha(url[0]))
        return {};
    for (qsizetype i = 1; i < url.size(); ++i) {
        const char c = url[i];
        if (c == ':')
            return url.first(i).toByteArray().toLower();
        if (!isSchemeChar(c))
            return {};
    }
    return {};
}

bool UrlPolicy::isWebUrl(QByteArrayView url, QByteArrayView scheme)
{
    const QByteArrayView rest = url.sliced(scheme.size() + 1);
    if (!rest.startsWith("//"))
        return false;
    qsizetype hostEnd = 2;
    while (hostEnd < rest.size() && rest[hostEnd] != '/' && rest[hostEnd] != '?'
           && rest[hostEnd] != '#' && rest[hostEnd] != '\\') {
        ++hostEnd;
    }
    QByteArrayView authority = rest.sliced(2, hostEnd - 2);
    const qsizetype at = authority.lastIndexOf('@');
    if (at >= 0)
        authority = authority.sliced(at + 1);
    return !authority.isEmpty() && authority[0] != ':';
}

bool UrlPolicy::acceptLink(QByteArrayView raw, QByteArray *out)
{
    QByteArray url = clean(raw);
    const QByteArray scheme = schemeOf(url);
    bool ok = false;
    if (scheme == "http" || scheme == "https")
        ok = isWebUrl(url, scheme);
    else if (scheme == "mailto")
        ok = (url = limitMailto(url)).size() > scheme.size() + 1;
    else if (scheme == "tel")
        ok = url.size() > scheme.size() + 1;
    if (ok)
        *out = std::move(url);
    return ok;
}

QByteArray UrlPolicy::limitMailto(QByteArrayView url)
{
    if (schemeOf(url) != "mailto")
        return url.toByteArray();
    QByteArrayView rest = url.sliced(7);
    const qsizetype hash = rest.indexOf('#');
    if (hash >= 0)
        rest = rest.first(hash);
    const qsizetype question = rest.indexOf('?');
    QByteArray out = QByteArray("mailto:") + rest.first(question < 0 ? rest.size() : question).toByteArray();
    if (question < 0)
        return out;
    char separator = '?';
    const QList<QByteArray> fields = rest.sliced(question + 1).toByteArray().split('&');
    for (const QByteArray &field : fields) {
        const qsizetype equals = field.indexOf('=');
        // Field names are plain ASCII in RFC 6068; a percent-encoded name is not one we keep.
        const QByteArray name = field.first(equals < 0 ? field.size() : equals).toLower();
        if (name != "subject" && name != "body" && name != "cc")
            continue;
        out.append(separator).append(field);
        separator = '&';
    }
    return out;
}

UrlPolicy::ImageSource UrlPolicy::classifyImage(QByteArrayView raw, QByteArray *out)
{
    QByteArray url = clean(raw);
    const QByteArray scheme = schemeOf(url);
    if (scheme == "http" || scheme == "https") {
        if (!isWebUrl(url, scheme))
            return ImageSource::Rejected;
        *out = std::move(url);
        return ImageSource::Remote;
    }
    if (scheme != "data")
        return ImageSource::Rejected;

    // Mail wraps long base64 lines; the payload itself must be pure base64,
    // which rules out smuggling anything but image bytes.
    const qsizetype comma = url.indexOf(',');
    if (comma < 0)
        return ImageSource::Rejected;
    const QByteArray header = url.first(comma).toLower();
    static const char *const allowed[] = {"data:image/png;base64", "data:image/gif;base64",
                                          "data:image/jpeg;base64", "data:image/jpg;base64",
                                          "data:image/webp;base64"};
    bool known = false;
    for (const char *a : allowed)
        known = known || header == a;
    if (!known)
        return ImageSource::Rejected;

    QByteArray result = header;
    result.append(',');
    qsizetype payload = 0;
    for (qsizetype i = comma + 1; i < url.size(); ++i) {
        const char c = url[i];
        if (c == ' ')
            continue;
        if (!isBase64Char(c))
            return ImageSource::Rejected;
        result.append(c);
        ++payload;
    }
    if (payload == 0)
        return ImageSource::Rejected;
    *out = std::move(result);
    return ImageSource::Inline;
}

} // namespace repdesk
