#include "accounts/AccountEditDialog.h"

#include "accounts/AccountValidation.h"
#include "accounts/ConnectionTester.h"
#include "accounts/KeychainStatusBanner.h"
#include "accounts/WindowFit.h"
#include "credentials/AccountStore.h"
#include "ui_AccountEditDialog.h"

#include <QPushButton>

namespace edgekv {

namespace {

// What the user typed or pasted as host, cleaned up: "https://" goes at once; a trailing "/" and outer spaces
// only when whole (a paste, or the field is left), so that typing a path does not lose its slashes silently.
QString cleanHost(const QString& text, bool whole, bool* cleaned)
{
    *cleaned = false;
    const QString trimmed = text.trimmed();
    const QString lower = trimmed.toLower();
    // Still typing the scheme.
    if (QStringLiteral("https://").startsWith(lower) || QStringLiteral("http://").startsWith(lower))
        return text;
    const bool https = lower.startsWith(QStringLiteral("https://"));
    const bool slash = whole && trimmed.endsWith(QLatin1Char('/'));
    if (!https && !slash && (!whole || trimmed == text))
        return text;
    const HostInput parsed = HostInput::parse(whole ? trimmed : text);
    // Leave what cannot be cleaned up (a path, say) for the message to explain.
    if (parsed.host.isEmpty() || !parsed.error.isEmpty())
        return https ? text.mid(text.indexOf(QStringLiteral("://")) + 3) : text;
    QString host = parsed.plainHttp ? QStringLiteral("http://") + parsed.host : parsed.host;
    // While typing, only the scheme goes.
    if (!whole && text.endsWith(QLatin1Char('/')))
        host += QLatin1Char('/');
    *cleaned = https || slash;
    return host;
}

} // namespace

AccountEditDialog::AccountEditDialog(AccountStore* store, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AccountEditDialog>()), m_store(store)
{
    setUp();
    setWindowTitle(tr("Add Account"));
    validate();
}

AccountEditDialog::AccountEditDialog(AccountStore* store, const QString& name, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AccountEditDialog>()), m_store(store), m_name(name),
      m_editing(true)
{
    setUp();
    setWindowTitle(tr("Edit Account “%1”").arg(name));
    m_ui->nameEdit->setText(name);
    m_ui->nameEdit->setReadOnly(true);
    m_ui->nameEdit->setToolTip(tr("To rename an account, add it under the new name and remove the old one."));
    loadAccount();
}

AccountEditDialog::~AccountEditDialog()
{
    // QDialog's destructor hides the dialog, and a field losing the focus must not reach this half-destroyed
    // object.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

ConnectionTester* AccountEditDialog::connectionTester() const
{
    return m_ui->connectionTester;
}

void AccountEditDialog::setUp()
{
    m_ui->setupUi(this);
    m_ui->banner->setOffers(KeychainStatusBanner::Offer::SessionOnly);
    m_ui->progressRow->hide();
    m_defaultIntro = m_ui->intro->text();
    m_ui->statusLabel->hide();
    m_saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    m_saveButton->setText(tr("&Save"));
    m_testButton = m_ui->buttonBox->addButton(tr("Test &Connection"), QDialogButtonBox::ActionRole);
    m_testButton->setAutoDefault(false);
    m_testButton->setToolTip(tr("Calls the EdgeKV API with these credentials without saving them."));
    setTabOrder(m_ui->maxBodySpin, m_testButton);

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AccountEditDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &AccountEditDialog::save);
    connect(m_testButton, &QPushButton::clicked, this, &AccountEditDialog::testConnection);
    connect(m_ui->banner, &KeychainStatusBanner::sessionOnlyRequested, this,
            &AccountEditDialog::saveForSessionOnly);
    connect(m_ui->connectionTester, &ConnectionTester::started, this, &AccountEditDialog::validate);
    connect(m_ui->connectionTester, &ConnectionTester::finished, this, &AccountEditDialog::validate);
    connect(m_ui->revealSecretButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->clientSecretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->revealSecretButton->setText(shown ? tr("Hi&de") : tr("Sh&ow"));
    });
    connect(m_ui->hostEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        // More than one character at once: a paste, cleaned up whole.
        onHostEdited(text, text.size() > m_lastHostText.size() + 1);
    });
    connect(m_ui->hostEdit, &QLineEdit::editingFinished, this,
            [this] { onHostEdited(m_ui->hostEdit->text(), true); });

    for (QLineEdit* edit : {m_ui->nameEdit, m_ui->hostEdit, m_ui->clientTokenEdit, m_ui->clientSecretEdit,
                            m_ui->accessTokenEdit, m_ui->accountSwitchKeyEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { touch(edit); });
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            if (!edit->text().isEmpty() || edit->isModified())
                touch(edit);
        });
        // A programmatic change (setCredentials) validates too, but marks nothing as touched.
        connect(edit, &QLineEdit::textChanged, this, &AccountEditDialog::validate);
    }
    connect(m_ui->maxBodySpin, &QSpinBox::valueChanged, this, &AccountEditDialog::validate);
}

void AccountEditDialog::loadAccount()
{
    // The non-secret fields show at once; the secrets follow.
    const auto profile = m_store->profile(m_name);
    if (profile) {
        m_ui->hostEdit->setText(profile->plainHttp ? QStringLiteral("http://") + profile->host
                                                   : profile->host);
        m_ui->accountSwitchKeyEdit->setText(profile->accountSwitchKey);
        m_ui->maxBodySpin->setValue(profile->maxBody);
    }
    const bool keychain = profile && profile->kind == AccountProfile::Kind::Keychain;
    setBusy(true, keychain ? tr("Reading the secrets of “%1” from the system keychain…").arg(m_name)
                           : tr("Reading the credentials of “%1”…").arg(m_name));
    m_store->loadCredentials(m_name, this, [this](const AccountResult& loaded) {
        setBusy(false);
        if (loaded.ok()) {
            setCredentials(loaded.credentials);
            m_ui->clientTokenEdit->setFocus();
            return;
        }
        if (loaded.status == AccountResult::Status::KeychainUnavailable)
            m_ui->banner->showUnavailable(loaded.message);
        showStatus(tr("The saved secrets could not be read: %1 Enter them again to save the account.")
                       .arg(loaded.message));
    });
}

QString AccountEditDialog::accountName() const
{
    return m_editing ? m_name : m_ui->nameEdit->text().trimmed();
}

void AccountEditDialog::setAccountName(const QString& name)
{
    if (!m_editing)
        m_ui->nameEdit->setText(name);
}

Credentials AccountEditDialog::credentials() const
{
    Credentials credentials;
    const HostInput host = HostInput::parse(m_ui->hostEdit->text());
    credentials.host = host.host;
    credentials.plainHttp = host.plainHttp;
    credentials.clientToken = m_ui->clientTokenEdit->text().trimmed();
    credentials.clientSecret = m_ui->clientSecretEdit->text().trimmed();
    credentials.accessToken = m_ui->accessTokenEdit->text().trimmed();
    credentials.accountSwitchKey = m_ui->accountSwitchKeyEdit->text().trimmed();
    credentials.maxBody = m_ui->maxBodySpin->value();
    credentials.headersToSign = m_headersToSign;
    return credentials;
}

void AccountEditDialog::setCredentials(const Credentials& credentials)
{
    m_ui->hostEdit->setText(credentials.plainHttp ? QStringLiteral("http://") + credentials.host
                                                  : credentials.host);
    m_ui->clientTokenEdit->setText(credentials.clientToken);
    m_ui->clientSecretEdit->setText(credentials.clientSecret);
    m_ui->accessTokenEdit->setText(credentials.accessToken);
    m_ui->accountSwitchKeyEdit->setText(credentials.accountSwitchKey);
    m_ui->maxBodySpin->setValue(credentials.maxBody);
    m_headersToSign = credentials.headersToSign;
    // Values that came from somewhere else are judged at once.
    for (QWidget* field :
         {static_cast<QWidget*>(m_ui->hostEdit), static_cast<QWidget*>(m_ui->clientTokenEdit),
          static_cast<QWidget*>(m_ui->clientSecretEdit), static_cast<QWidget*>(m_ui->accessTokenEdit),
          static_cast<QWidget*>(m_ui->accountSwitchKeyEdit)})
        m_touched.insert(field);
    validate();
}

void AccountEditDialog::onHostEdited(const QString& text, bool whole)
{
    bool cleaned = false;
    const QString host = cleanHost(text, whole, &cleaned);
    if (host != text)
        m_ui->hostEdit->setText(host);
    if (cleaned)
        m_hostNote = tr("Cleaned up: the host is entered without “https://” and without a trailing “/”.");
    else if (!whole)
        m_hostNote.clear();
    m_lastHostText = m_ui->hostEdit->text();
    validate();
}

void AccountEditDialog::touch(QWidget* field)
{
    m_touched.insert(field);
    validate();
}

void AccountEditDialog::showFieldMessage(QLabel* label, const QString& text, bool problem)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    label->setStyleSheet(problem ? QStringLiteral("color: #c0392b;") : QString());
}

void AccountEditDialog::validate()
{
    struct Field
    {
        QWidget* edit;
        QLabel* message;
        QString problem;
        QString title;
    };
    QString nameProblem;
    if (!m_editing) {
        const QString name = accountName();
        nameProblem = AccountStore::validateName(name);
        if (nameProblem.isEmpty() && m_store->contains(name)) {
            nameProblem =
                tr("An account called “%1” already exists. Choose another name, or edit that account "
                   "in the list instead.")
                    .arg(name);
        }
    }
    const QList<Field> fields{
        {m_ui->nameEdit, m_ui->nameMessage, nameProblem, tr("name")},
        {m_ui->hostEdit, m_ui->hostMessage, AccountValidation::hostProblem(m_ui->hostEdit->text()),
         tr("host")},
        {m_ui->clientTokenEdit, m_ui->clientTokenMessage,
         AccountValidation::clientTokenProblem(m_ui->clientTokenEdit->text()), tr("client token")},
        {m_ui->clientSecretEdit, m_ui->clientSecretMessage,
         AccountValidation::clientSecretProblem(m_ui->clientSecretEdit->text()), tr("client secret")},
        {m_ui->accessTokenEdit, m_ui->accessTokenMessage,
         AccountValidation::accessTokenProblem(m_ui->accessTokenEdit->text()), tr("access token")},
        {m_ui->accountSwitchKeyEdit, m_ui->accountSwitchKeyMessage,
         AccountValidation::accountSwitchKeyProblem(m_ui->accountSwitchKeyEdit->text()),
         tr("account switch key")},
    };

    QStringList open;
    for (const Field& field : fields) {
        if (!field.problem.isEmpty())
            open << field.title;
        const bool shown = m_touched.contains(field.edit) && !field.problem.isEmpty();
        if (field.edit == m_ui->hostEdit && !shown)
            showFieldMessage(field.message, m_hostNote, false);
        else
            showFieldMessage(field.message, shown ? field.problem : QString(), true);
    }
    m_valid = open.isEmpty();
    m_ui->hintLabel->setText(m_valid || m_busy ? QString()
                                               : tr("To save, fill in or fix: %1.").arg(open.join(tr(", "))));

    const bool testing = m_ui->connectionTester->isRunning();
    m_saveButton->setEnabled(m_valid && !m_busy && !testing);
    m_testButton->setEnabled(m_valid && !m_busy && !testing);
}

bool AccountEditDialog::isValid() const
{
    return m_valid;
}

void AccountEditDialog::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    for (QWidget* field :
         {static_cast<QWidget*>(m_ui->nameEdit), static_cast<QWidget*>(m_ui->hostEdit),
          static_cast<QWidget*>(m_ui->clientTokenEdit), static_cast<QWidget*>(m_ui->clientSecretEdit),
          static_cast<QWidget*>(m_ui->revealSecretButton), static_cast<QWidget*>(m_ui->accessTokenEdit),
          static_cast<QWidget*>(m_ui->accountSwitchKeyEdit), static_cast<QWidget*>(m_ui->maxBodySpin)})
        field->setEnabled(!busy);
    m_ui->progressLabel->setText(text);
    m_ui->progressRow->setVisible(busy);
    validate();
}

void AccountEditDialog::showStatus(const QString& text)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
}

void AccountEditDialog::setSessionOnly(bool sessionOnly)
{
    if (m_editing)
        return;
    m_sessionOnly = sessionOnly;
    m_saveButton->setText(sessionOnly ? tr("&Use for This Session") : tr("&Save"));
    m_ui->intro->setText(sessionOnly
                             ? tr("Enter the credentials of an API client with EdgeKV access. The account is "
                                  "kept in memory until the app quits; nothing is written to disk.")
                             : m_defaultIntro);
}

void AccountEditDialog::save()
{
    if (!m_valid || m_busy)
        return;
    if (m_sessionOnly)
        return saveForSessionOnly();
    const QString name = accountName();
    m_ui->banner->hide();
    showStatus({});
    setBusy(true, tr("Saving “%1” in the system keychain…").arg(name));
    m_store->saveKeychainProfile(name, credentials(), this, [this, name](const AccountResult& saved) {
        setBusy(false);
        if (saved.ok()) {
            emit accountSaved(name, false);
            accept();
            return;
        }
        if (saved.status == AccountResult::Status::KeychainUnavailable) {
            m_ui->banner->showUnavailable(saved.message);
            showStatus(tr("Nothing was saved. You can use the account for this session only: it is kept in "
                          "memory until the app quits."));
        } else {
            showStatus(tr("The account was not saved: %1").arg(saved.message));
        }
    });
}

void AccountEditDialog::saveForSessionOnly()
{
    if (!m_valid || m_busy)
        return;
    const QString name = accountName();
    if (const QString error = m_store->addSessionProfile(name, credentials()); !error.isEmpty()) {
        showStatus(tr("The account was not added: %1").arg(error));
        return;
    }
    emit accountSaved(name, true);
    accept();
}

void AccountEditDialog::testConnection()
{
    if (m_valid && !m_busy)
        m_ui->connectionTester->start(credentials());
}

void AccountEditDialog::reject()
{
    // Esc stops a running test first; the next Esc closes.
    if (m_ui->connectionTester->isRunning()) {
        m_ui->connectionTester->cancel();
        return;
    }
    QDialog::reject();
}

bool AccountEditDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    // Messages, banners and results appear while the dialog is open: make room for them.
    if (event->type() == QEvent::LayoutRequest && isVisible())
        growToFit(this);
    return handled;
}

} // namespace edgekv
