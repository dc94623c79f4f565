#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace edgekv {

class MainWindow;

// What the edgekv-token-manager command line asks for.
struct GuiOptions
{
    bool sandbox = false;
    int sandboxTokens = 24;
    QString edgercPath;
    QString edgercSection = QStringLiteral("default");
};

// edgekv-token-manager's command line: --sandbox [--sandbox-tokens N], --edgerc FILE [--section NAME],
// --version, --help. Parsing needs no QCoreApplication, so --version and --help work without a display.
class GuiCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::GuiCommandLine)

public:
    enum class Result { Run, ShowHelp, ShowVersion, Error };

    static constexpr const char* ProgramName = "edgekv-token-manager";
    static constexpr const char* AppId = "io.github.edgekv.TokenManager";

    // arguments as in main's argv, the program first.
    Result parse(const QStringList& arguments);

    const GuiOptions& options() const { return m_options; }
    QString errorText() const { return m_error; }
    QString helpText() const;
    static QString versionText(); // "edgekv-token-manager 0.1.0\n"

    // Opens what options ask for in window (the sandbox, an .edgerc section, or the last used account).
    // Returns an error message, which the window shows too; empty on success.
    static QString start(MainWindow& window, const GuiOptions& options);

private:
    GuiOptions m_options;
    QString m_error;
};

} // namespace edgekv
