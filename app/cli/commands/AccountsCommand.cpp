#include "commands/AccountsCommand.h"

#include "CommandContext.h"
#include "TextTable.h"
#include "credentials/AccountStore.h"
#include "credentials/EdgercReader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace edgekv::cli {

QString AccountsCommand::usage() const
{
    return QStringLiteral("accounts list | import-edgerc [--section NAME...] [--linked] [--replace] | "
                          "remove NAME");
}

QString AccountsCommand::summary() const
{
    return tr("List, import (from .edgerc into the keychain, or linked) and remove stored accounts.");
}

QString AccountsCommand::description() const
{
    return tr(
        "The accounts the app shows and --account NAME uses.\n"
        "  list           every stored account: name, storage, host or linked file.\n"
        "  import-edgerc  imports sections of the --edgerc file (default ~/.edgerc), each as an account\n"
        "                 named after its section: the client token, client secret and access token go\n"
        "                 to the OS keychain (Secret Service), the rest to the settings file. With\n"
        "                 --linked only the file and section are stored and the file is read when the\n"
        "                 account is used. Without --section every section is imported. An existing\n"
        "                 account is replaced only with --replace. AKAMAI_* variables are not imported.\n"
        "  remove NAME    removes the account and its keychain entry (never the .edgerc file).");
}

QList<QCommandLineOption> AccountsCommand::options() const
{
    return {
        {QStringLiteral("section"), tr("import-edgerc: import this section (repeat for more; default: all)."),
         QStringLiteral("NAME")},
        {QStringLiteral("linked"),
         tr("import-edgerc: store a link to the file and section, not the secrets.")},
        {QStringLiteral("replace"), tr("import-edgerc: replace accounts that already have the name.")},
    };
}

QString AccountsCommand::parse(const QCommandLineParser& parser, const QStringList& positional)
{
    if (positional.isEmpty())
        return tr("accounts needs an action: list, import-edgerc or remove NAME.");
    const QString action = positional.constFirst();
    m_sections = parser.values(QStringLiteral("section"));
    m_linked = parser.isSet(QStringLiteral("linked"));
    m_replace = parser.isSet(QStringLiteral("replace"));
    const bool importOptions = !m_sections.isEmpty() || m_linked || m_replace;
    if (action == QLatin1String("list") || action == QLatin1String("remove")) {
        if (importOptions)
            return tr("--section, --linked and --replace belong to “accounts import-edgerc”.");
    }
    if (action == QLatin1String("list")) {
        m_action = Action::List;
        if (positional.size() > 1)
            return tr("accounts list takes no further arguments.");
    } else if (action == QLatin1String("import-edgerc")) {
        m_action = Action::ImportEdgerc;
        if (positional.size() > 1)
            return tr("accounts import-edgerc takes no further arguments; choose sections with --section.");
        for (QString& section : m_sections) {
            section = section.trimmed();
            if (section.isEmpty())
                return tr("--section needs a section name.");
        }
        m_sections.removeDuplicates();
    } else if (action == QLatin1String("remove")) {
        m_action = Action::Remove;
        if (positional.size() != 2)
            return tr("accounts remove needs exactly one account name.");
        m_removeName = positional.at(1);
    } else {
        return tr("“%1” is not an accounts action: use list, import-edgerc or remove NAME.").arg(action);
    }
    return {};
}

void AccountsCommand::run(CommandContext& context)
{
    auto* store = new AccountStore(&context);
    switch (m_action) {
    case Action::List:
        return list(context, *store);
    case Action::ImportEdgerc:
        return importEdgerc(context, *store);
    case Action::Remove:
        return remove(context, *store);
    }
}

void AccountsCommand::list(CommandContext& context, AccountStore& store)
{
    const QList<AccountProfile> profiles = store.list();
    if (context.json()) {
        QJsonArray array;
        for (const AccountProfile& profile : profiles) {
            QJsonObject json{{QStringLiteral("name"), profile.name},
                             {QStringLiteral("storage"), AccountProfile::kindName(profile.kind)}};
            if (profile.kind == AccountProfile::Kind::LinkedEdgerc) {
                json.insert(QStringLiteral("edgercPath"), profile.edgercPath);
                json.insert(QStringLiteral("edgercSection"), profile.edgercSection);
            } else {
                json.insert(QStringLiteral("host"), profile.host);
                json.insert(QStringLiteral("accountSwitchKey"), profile.accountSwitchKey);
            }
            array.append(json);
        }
        context.printJson(array);
    } else if (profiles.isEmpty()) {
        context.out()
            << tr("No stored accounts. Import some with “%1 accounts import-edgerc”.").arg(context.program())
            << Qt::endl;
    } else {
        TextTable table({tr("NAME"), tr("STORAGE"), tr("WHERE")});
        for (const AccountProfile& profile : profiles) {
            if (profile.kind == AccountProfile::Kind::LinkedEdgerc)
                table.addRow({profile.name, tr("linked"),
                              tr("%1 [%2]").arg(profile.edgercPath, profile.edgercSection)});
            else
                table.addRow({profile.name,
                              profile.kind == AccountProfile::Kind::Keychain ? tr("keychain") : tr("session"),
                              profile.host});
        }
        context.out() << table.toString();
    }
    context.finish(ExitCode::Success);
}

void AccountsCommand::importEdgerc(CommandContext& context, AccountStore& store)
{
    const QString path = QFileInfo(context.options().edgercPath).absoluteFilePath();
    auto file = std::make_shared<EdgercFile>(EdgercFile::read(path));
    if (!file->fileError().isEmpty())
        return context.fail(ExitCode::Usage, file->fileError());
    QStringList queue = m_sections.isEmpty() ? file->sectionNames() : m_sections;
    if (queue.isEmpty())
        return context.fail(ExitCode::Usage, tr("%1 has no sections to import.").arg(path));
    for (const QString& section : std::as_const(queue)) {
        if (!file->hasSection(section))
            return context.fail(ExitCode::Usage,
                                tr("%1 has no section [%2]; its sections are: %3.")
                                    .arg(path, section, file->sectionNames().join(QStringLiteral(", "))));
    }
    m_imported.clear();
    m_failed.clear();
    // Checked before anything is written, so a refused name never leaves half an import behind.
    for (const QString& section : std::as_const(queue)) {
        if (const QString problem = AccountStore::validateName(section); !problem.isEmpty())
            return context.fail(ExitCode::Usage,
                                tr("[%1] cannot be an account name: %2").arg(section, problem));
        if (store.contains(section) && !m_replace)
            return context.fail(ExitCode::Usage, tr("An account named “%1” exists already; add --replace to "
                                                    "replace it, or remove it first.")
                                                     .arg(section));
    }
    importNext(context, store, *file, queue);
}

void AccountsCommand::importNext(CommandContext& context, AccountStore& store, const EdgercFile& file,
                                 QStringList queue)
{
    while (!queue.isEmpty()) {
        const QString section = queue.takeFirst();
        const auto loaded = file.credentials(section);
        if (const auto* error = std::get_if<EdgercError>(&loaded)) {
            m_failed << error->text();
            continue;
        }
        if (m_linked) {
            if (const QString error = store.saveLinkedProfile(section, file.path(), section);
                !error.isEmpty())
                m_failed << tr("[%1]: %2").arg(section, error);
            else
                m_imported << section;
            continue;
        }
        const EdgercFile copy = file;
        store.saveKeychainProfile(
            section, std::get<Credentials>(loaded), &context,
            [this, &context, &store, copy, queue, section](const AccountResult& saved) {
                if (saved.status == AccountResult::Status::KeychainUnavailable) {
                    finishImport(context);
                    return context.fail(ExitCode::Failure,
                                        tr("The system keychain is unavailable (%1). [%2] and the sections "
                                           "after it were not imported and nothing was written for them; "
                                           "use --linked to keep a link to the file instead.")
                                            .arg(saved.message, section));
                }
                if (saved.ok())
                    m_imported << section;
                else
                    m_failed << tr("[%1]: %2").arg(section, saved.message);
                importNext(context, store, copy, queue);
            });
        return;
    }
    finishImport(context);
    context.finish(m_failed.isEmpty() ? ExitCode::Success : ExitCode::Failure);
}

void AccountsCommand::finishImport(CommandContext& context)
{
    const QString path = QFileInfo(context.options().edgercPath).absoluteFilePath();
    if (context.json()) {
        QJsonArray imported;
        for (const QString& name : std::as_const(m_imported))
            imported.append(
                QJsonObject{{QStringLiteral("name"), name},
                            {QStringLiteral("storage"),
                             AccountProfile::kindName(m_linked ? AccountProfile::Kind::LinkedEdgerc
                                                               : AccountProfile::Kind::Keychain)}});
        context.printJson(QJsonObject{{QStringLiteral("imported"), imported},
                                      {QStringLiteral("failed"), QJsonArray::fromStringList(m_failed)}});
    } else {
        for (const QString& name : std::as_const(m_imported)) {
            context.out() << (m_linked ? tr("Linked account “%1” to %2 [%1].").arg(name, path)
                                       : tr("Imported account “%1” into the system keychain.").arg(name))
                          << Qt::endl;
        }
    }
    for (const QString& failure : std::as_const(m_failed))
        context.printError(failure);
}

void AccountsCommand::remove(CommandContext& context, AccountStore& store)
{
    if (!store.contains(m_removeName))
        return context.fail(ExitCode::Usage, tr("There is no stored account named “%1”.").arg(m_removeName));
    store.remove(m_removeName, &context, [this, &context](const AccountResult& removed) {
        if (!removed.ok())
            return context.fail(ExitCode::Failure, removed.message);
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("removed"), m_removeName}});
        else
            context.out() << tr("Removed account “%1”.").arg(m_removeName) << Qt::endl;
        context.finish(ExitCode::Success);
    });
}

} // namespace edgekv::cli
