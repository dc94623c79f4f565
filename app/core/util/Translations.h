#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace edgekv {

// What installTranslations() found for a locale.
struct InstalledTranslations
{
    bool app = false;     // the program's own strings (:/i18n/edgekv_<lang>.qm, built by lrelease)
    bool plurals = false; // the English plural forms (:/i18n/edgekv_en.qm), loaded under every language
    bool qt = false;      // Qt's own strings (qtbase_<lang>.qm: standard buttons, shortcuts, ...)
};

// Installs the translators for the locale (by default the system locale, from LANG/LC_ALL/LANGUAGE):
// the program's own translation compiled into the resources and Qt's qtbase translation from
// Qt's translations folder (Debian: qt6-translations-l10n). Beneath both, for every locale, the English
// plural forms (edgekv_en.qm holds only the "%n token(s)" messages), so counts read "1 token" / "2 tokens"
// in English and in any language without its own translation, which otherwise keeps the source strings. The
// translators are children of app; call this right after the application object is created and before any
// window or translated text is made.
InstalledTranslations installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

// The resource folder holding the program's .qm files and their base name ("edgekv").
inline constexpr const char* TranslationsResourcePath = ":/i18n";
inline constexpr const char* TranslationsBaseName = "edgekv";

} // namespace edgekv
