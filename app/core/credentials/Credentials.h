#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace edgekv {

// One EdgeGrid API client: where to send requests and what to sign them with.
// clientSecret and accessToken are secrets: never log, print or write them in plain text.
struct Credentials
{
    static constexpr int DefaultMaxBody = 131072;

    QString
        host; // authority as sent in the Host header, e.g. "akab-x.luna.akamaiapis.net" or "127.0.0.1:8443"
    bool plainHttp = false; // true only for a loopback host (the local sandbox)
    QString clientToken;
    QString clientSecret;
    QString accessToken;
    QString accountSwitchKey;
    int maxBody = DefaultMaxBody;
    QStringList headersToSign;

    QString scheme() const { return plainHttp ? QStringLiteral("http") : QStringLiteral("https"); }
    // scheme://host, without a trailing slash.
    QUrl baseUrl() const;
    // The required fields that are empty, by their .edgerc names (host, client_token, ...).
    QStringList missingFields() const;
    bool isComplete() const { return missingFields().isEmpty(); }

    bool operator==(const Credentials& other) const;
    bool operator!=(const Credentials& other) const { return !(*this == other); }
};

// What a user typed or a .edgerc holds as host, cleaned up: "https://" and a trailing "/" are
// stripped; "http://" is accepted only for a loopback address (plain HTTP to the sandbox).
struct HostInput
{
    QString host;
    bool plainHttp = false;
    QString error; // empty when the input is usable

    static HostInput parse(const QString& raw);
};

// True for 127.0.0.0/8, ::1 and "localhost", with or without a port.
bool isLoopbackHost(const QString& authority);

} // namespace edgekv
