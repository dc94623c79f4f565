#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

namespace edgekv {

namespace {

// Debug lines (what was looked for and loaded) only with QT_LOGGING_RULES="edgekv.translations.debug=true".
Q_LOGGING_CATEGORY(lcTranslations, "edgekv.translations", QtInfoMsg)

// Loads <baseName>_<language>.qm for the first of the locale's UI languages that has one
// (de_DE falls back to de) and installs it; a miss leaves nothing behind.
bool installOne(QCoreApplication& app, const QLocale& locale, const QString& baseName,
                const QString& directory)
{
    auto* translator = new QTranslator(&app);
    if (!translator->load(locale, baseName, QStringLiteral("_"), directory)) {
        qCDebug(lcTranslations) << "no" << baseName << "translation for" << locale.uiLanguages() << "in"
                                << directory;
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    qCDebug(lcTranslations) << "loaded" << translator->filePath();
    return true;
}

} // namespace

InstalledTranslations installTranslations(QCoreApplication& app, const QLocale& locale)
{
    InstalledTranslations result;
    // Installed first, so it is asked last: the locale's own file wins wherever it has a message.
    result.plurals = installOne(app, QLocale(QLocale::English, QLocale::UnitedStates),
                                QLatin1String(TranslationsBaseName), QLatin1String(TranslationsResourcePath));
    // No shortcut for English: LANGUAGE=de with LANG=en_US still asks for German first.
    result.qt =
        installOne(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    result.app =
        installOne(app, locale, QLatin1String(TranslationsBaseName), QLatin1String(TranslationsResourcePath));
    return result;
}

} // namespace edgekv
