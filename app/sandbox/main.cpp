// edgekv-sandbox: the local EdgeKV API server as a command-line program (see --help).

#include "EdgercWriter.h"
#include "SandboxCommandLine.h"
#include "SandboxSeeder.h"
#include "SandboxServer.h"
#include "ShiftedClock.h"
#include "credentials/EdgercReader.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

#include <csignal>
#include <cstdio>
#include <limits>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

using namespace edgekv;

namespace {

enum ExitCode { ExitOk = 0, ExitRuntimeError = 1, ExitUsage = 2 };

void printTo(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// One line on stderr, prefixed with the program name. Never called with a secret.
void printError(const QString& message)
{
    printTo(stderr, QStringLiteral("edgekv-sandbox: %1\n").arg(message));
}

QString expandHome(const QString& path)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

// SIGINT/SIGTERM: the handler only writes a byte to a socket pair; the event loop reads it and quits,
// so the state file is saved and sockets are closed in a normal shutdown.
int g_signalSockets[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    if (::write(g_signalSockets[0], &byte, 1) < 0) {
        // Nothing can be done in a signal handler; a lost byte means a second signal is needed.
    }
}

bool installSignalHandlers(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalSockets) != 0)
        return false;
    auto* notifier = new QSocketNotifier(g_signalSockets[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier, &app] {
        notifier->setEnabled(false);
        char byte = 0;
        if (::read(g_signalSockets[1], &byte, 1) >= 0)
            app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return sigaction(SIGINT, &action, nullptr) == 0 && sigaction(SIGTERM, &action, nullptr) == 0;
}

QString loadTls(const SandboxSettings& settings, QSslConfiguration* tls)
{
    if (!QSslSocket::supportsSsl())
        return QCoreApplication::translate("edgekv-sandbox",
                                           "HTTPS is not available: Qt found no TLS backend (OpenSSL).");
    QFile certFile(settings.tlsCertFile);
    if (!certFile.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("edgekv-sandbox", "Cannot read the certificate %1: %2")
            .arg(settings.tlsCertFile, certFile.errorString());
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull())
        return QCoreApplication::translate("edgekv-sandbox",
                                           "The certificate file %1 holds no PEM certificate.")
            .arg(settings.tlsCertFile);

    QFile keyFile(settings.tlsKeyFile);
    if (!keyFile.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("edgekv-sandbox", "Cannot read the private key %1: %2")
            .arg(settings.tlsKeyFile, keyFile.errorString());
    const QByteArray keyData = keyFile.readAll();
    QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return QCoreApplication::translate("edgekv-sandbox",
                                           "The key file %1 holds no unencrypted PEM RSA or EC private key.")
            .arg(settings.tlsKeyFile);

    *tls = QSslConfiguration::defaultConfiguration();
    tls->setLocalCertificateChain(chain);
    tls->setPrivateKey(key);
    return {};
}

// The client the server accepts: from --credentials, or new. When --credentials names the file that
// --write-edgerc writes and it does not hold the section yet, new credentials are made (first run).
QString chooseClient(const SandboxSettings& settings, SandboxClient* client)
{
    if (settings.credentialsFile.isEmpty()) {
        *client = SandboxClient::generate();
        return {};
    }
    const QString path = expandHome(settings.credentialsFile);
    const bool isWriteTarget = !settings.writeEdgercFile.isEmpty() &&
                               QFileInfo(path).absoluteFilePath() ==
                                   QFileInfo(expandHome(settings.writeEdgercFile)).absoluteFilePath() &&
                               settings.credentialsSection == settings.edgercSection;
    if (isWriteTarget && !QFileInfo::exists(path)) {
        *client = SandboxClient::generate();
        return {};
    }
    const EdgercFile file = EdgercFile::read(path);
    if (!file.fileError().isEmpty())
        return QCoreApplication::translate("edgekv-sandbox", "--credentials %1: %2")
            .arg(path, file.fileError());
    if (isWriteTarget && !file.hasSection(settings.credentialsSection)) {
        *client = SandboxClient::generate();
        return {};
    }
    const std::variant<Credentials, EdgercError> loaded = file.credentials(settings.credentialsSection);
    if (const auto* error = std::get_if<EdgercError>(&loaded))
        return QCoreApplication::translate("edgekv-sandbox", "--credentials: %1").arg(error->text());
    *client = SandboxClient::fromCredentials(std::get<Credentials>(loaded));
    return {};
}

int run(QCoreApplication& app, const SandboxSettings& parsed)
{
    SandboxSettings settings = parsed;

    std::unique_ptr<ShiftedClock> clock;
    if (settings.today.isValid()) {
        clock = std::make_unique<ShiftedClock>(settings.today);
        settings.options.clock = clock.get();
        // Clients sign with the real time (or a mock on the --today day): accept both, and what lies between.
        settings.options.timestampToleranceSeconds +=
            int(qMin<qint64>((qAbs(clock->offsetDays()) + 1) * 86400, std::numeric_limits<int>::max() / 2));
    }

    SandboxClient client;
    if (QString error = chooseClient(settings, &client); !error.isEmpty()) {
        printError(error);
        return ExitRuntimeError;
    }
    settings.options.clients = {client};

    std::optional<QSslConfiguration> tls;
    if (settings.useTls()) {
        QSslConfiguration configuration;
        if (QString error = loadTls(settings, &configuration); !error.isEmpty()) {
            printError(error);
            return ExitRuntimeError;
        }
        tls = configuration;
    }

    SandboxServer server(settings.options);
    QObject::connect(&server, &SandboxServer::stateSaveFailed, &server, [](const QString& error) {
        printError(QCoreApplication::translate("edgekv-sandbox", "Cannot save the state: %1").arg(error));
    });
    if (settings.verbose) {
        QObject::connect(&server, &SandboxServer::requestHandled, &server,
                         [](const QByteArray& method, const QByteArray& path, int status) {
                             printTo(stderr, QStringLiteral("%1 %2 -> %3\n")
                                                 .arg(QString::fromLatin1(method), QString::fromUtf8(path))
                                                 .arg(status));
                         });
    }
    if (QString error = server.loadState(); !error.isEmpty()) {
        printError(error);
        return ExitRuntimeError;
    }
    if (settings.seedCount > 0) {
        int added = 0;
        if (QString error = SandboxSeeder::seed(server, settings.seedCount, &added); !error.isEmpty()) {
            printError(error);
            return ExitRuntimeError;
        }
        if (added == 0)
            printError(QCoreApplication::translate("edgekv-sandbox",
                                                   "Not seeding: the account already holds tokens."));
    }
    if (QString error = server.listen(settings.listenAddress, settings.listenPort, tls); !error.isEmpty()) {
        printError(error);
        return ExitRuntimeError;
    }

    if (!settings.writeEdgercFile.isEmpty()) {
        const QString error = EdgercWriter::writeSection(settings.writeEdgercFile, settings.edgercSection,
                                                         server.credentialsFor(client));
        if (!error.isEmpty()) {
            printError(error);
            return ExitRuntimeError;
        }
    } else if (settings.credentialsFile.isEmpty()) {
        printError(QCoreApplication::translate(
            "edgekv-sandbox",
            "Note: the credentials of this run are random and written nowhere; use --write-edgerc "
            "FILE to let a client in."));
    }

    if (!installSignalHandlers(app)) {
        printError(
            QCoreApplication::translate("edgekv-sandbox", "Cannot install the SIGINT/SIGTERM handlers."));
        return ExitRuntimeError;
    }
    printTo(stdout, QStringLiteral("listening on %1\n").arg(server.baseUrl().toString()));

    app.exec();

    if (QString error = server.saveState(); !error.isEmpty())
        return ExitRuntimeError; // already reported through stateSaveFailed
    return ExitOk;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    installTranslations(app);
    QCoreApplication::setApplicationName(QStringLiteral("edgekv-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EDGEKV_VERSION));

    SandboxCommandLine commandLine;
    switch (commandLine.parse(QCoreApplication::arguments())) {
    case SandboxCommandLine::Result::ShowHelp:
        printTo(stdout, commandLine.helpText());
        return ExitOk;
    case SandboxCommandLine::Result::ShowVersion:
        printTo(stdout, commandLine.versionText());
        return ExitOk;
    case SandboxCommandLine::Result::Error:
        printError(commandLine.errorText());
        return ExitUsage;
    case SandboxCommandLine::Result::Run:
        break;
    }

    // The library's own log lines would repeat the errors printed here; --verbose brings them back.
    if (!commandLine.settings().verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("edgekv.sandbox*=false"));
    return run(app, commandLine.settings());
}
