#include "accounts/ConnectionTester.h"

#include "credentials/AccountStore.h"
#include "ui_ConnectionTester.h"
#include "util/Clock.h"

#include <QDate>
#include <QStyle>

namespace edgekv {

ConnectionTester::ConnectionTester(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ConnectionTester>())
{
    m_ui->setupUi(this);
    m_settings.timeoutMs = 20000;
    m_settings.maxTries = 1;
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ConnectionTester::cancel);
    hide();
}

ConnectionTester::~ConnectionTester()
{
    // Deleting the client deletes its jobs; nobody should hear of them any more.
    ++m_run;
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

void ConnectionTester::clear()
{
    cancel();
    m_result = {};
    hide();
}

void ConnectionTester::showProgress(const QString& text)
{
    m_ui->icon->clear();
    m_ui->icon->hide();
    m_ui->message->setText(text);
    m_ui->progress->show();
    m_ui->cancelButton->show();
    m_ui->cancelButton->setEnabled(true);
    show();
}

void ConnectionTester::startAccount(AccountStore* store, const QString& name)
{
    cancel();
    const int run = ++m_run;
    m_running = true;
    m_result = {};
    showProgress(tr("Reading the credentials of “%1”…").arg(name));
    emit started();
    store->loadCredentials(name, this, [this, run](const AccountResult& loaded) {
        if (run != m_run)
            return;
        if (loaded.ok()) {
            m_running = false; // start() begins a new run
            start(loaded.credentials);
            return;
        }
        Result result;
        result.status = loaded.status == AccountResult::Status::KeychainUnavailable
                            ? Result::Status::KeychainUnavailable
                            : Result::Status::Failed;
        result.message = loaded.message;
        finish(result);
    });
}

void ConnectionTester::start(const Credentials& credentials)
{
    cancel();
    ++m_run;
    m_running = true;
    m_result = {};
    m_host = credentials.host;
    m_accountSwitchKey = credentials.accountSwitchKey;
    showProgress(tr("Testing the connection to %1…").arg(m_host));
    emit started();

    // A client per test: the credentials are the ones being tested, not the app's current account.
    if (m_client)
        m_client.release()->deleteLater();
    m_client = std::make_unique<EdgeKvClient>(credentials);
    m_client->setSettings(m_settings);
    if (!m_caCertificates.isEmpty())
        m_client->setExtraCaCertificates(m_caCertificates);
    m_job = m_client->listTokens(true);
    connect(m_job, &ApiJob::finished, this, &ConnectionTester::onJobFinished);
}

void ConnectionTester::cancel()
{
    if (!m_running)
        return;
    if (m_job && !m_job->isFinished()) {
        // finished() follows at once, as a Cancelled error.
        m_job->cancel();
        return;
    }
    // Still reading the credentials: that answer will be ignored.
    ++m_run;
    Result result;
    result.status = Result::Status::Cancelled;
    result.message = tr("Connection test cancelled.");
    finish(result);
}

void ConnectionTester::onJobFinished()
{
    TokenListJob* job = m_job.data();
    if (!job)
        return;
    Result result;
    if (job->isSuccess()) {
        const QList<Token>& tokens = job->result();
        result.status = Result::Status::Ok;
        result.tokenCount = int(tokens.size());
        const QDate today = Clock::system().todayUtc();
        for (const Token& token : tokens) {
            if (token.expiry.isValid() && !token.expiresNever() && token.expiry < today)
                ++result.expiredCount;
        }
        const QString where = m_accountSwitchKey.isEmpty()
                                  ? tr("Connected to %1.").arg(m_host)
                                  : tr("Connected to %1 as account %2.").arg(m_host, m_accountSwitchKey);
        QString count = tr("The account has %n EdgeKV token(s)", nullptr, result.tokenCount);
        if (result.expiredCount > 0)
            count += tr(" (%n expired)", nullptr, result.expiredCount);
        result.message = where + QLatin1Char(' ') + count + QLatin1Char('.');
    } else {
        const ApiError& error = job->error();
        result.error = error;
        QString headline;
        switch (error.kind) {
        case ApiError::Kind::Cancelled:
            result.status = Result::Status::Cancelled;
            break;
        case ApiError::Kind::Network:
        case ApiError::Kind::Tls:
            result.status = Result::Status::NoNetwork;
            headline = tr("No connection.");
            break;
        case ApiError::Kind::Timeout:
            result.status = Result::Status::Timeout;
            headline = tr("No answer in time.");
            break;
        case ApiError::Kind::Http:
            if (error.cause() == ApiError::Cause::ClockSkew) {
                result.status = Result::Status::ClockSkew;
                headline = tr("This computer's clock is off.");
            } else if (error.status == 401 || error.status == 403) {
                result.status = Result::Status::Refused;
                headline = tr("The credentials were refused (HTTP %1).").arg(error.status);
            } else {
                result.status = Result::Status::Failed;
                headline = tr("The connection test failed (HTTP %1).").arg(error.status);
            }
            break;
        default:
            result.status = Result::Status::Failed;
            headline = tr("The connection test failed.");
            break;
        }
        result.message = result.status == Result::Status::Cancelled
                             ? tr("Connection test cancelled.")
                             : headline + QLatin1Char(' ') + error.userMessage();
    }
    m_job->deleteLater();
    finish(result);
}

void ConnectionTester::finish(Result result)
{
    m_running = false;
    m_result = std::move(result);
    m_ui->progress->hide();
    m_ui->cancelButton->hide();
    const bool ok = m_result.status == Result::Status::Ok;
    const bool cancelled = m_result.status == Result::Status::Cancelled;
    const auto pixmap = ok          ? QStyle::SP_DialogApplyButton
                        : cancelled ? QStyle::SP_MessageBoxInformation
                                    : QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size));
    m_ui->icon->show();
    m_ui->message->setText(m_result.message);
    show();
    emit finished(ok);
}

} // namespace edgekv
