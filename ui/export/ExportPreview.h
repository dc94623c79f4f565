#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace edgekv {

struct TokenExportPlan;

// The text the export dialog previews: token files with every token value masked, and a line diff of the
// existing file against the new one.
class ExportPreview
{
    Q_DECLARE_TR_FUNCTIONS(edgekv::ExportPreview)

public:
    struct DiffLine
    {
        enum class Kind { Same, Removed, Added };
        Kind kind = Kind::Same;
        QString text;
    };

    // Every JWT and every "value" string replaced by "eyJhbGciOi…(hidden #1a2b)": a JWT keeps its first ten
    // characters (the start of its public header), and a short hash tells two different values apart without
    // revealing either.
    static QString maskSecrets(const QString& text);
    static QString maskValue(const QString& value);

    // The lines of `before` turned into those of `after` (longest common subsequence). Very large inputs
    // fall back to "all removed, all added".
    static QList<DiffLine> diff(const QStringList& before, const QStringList& after);
    // A unified-style rendering: "  same", "- removed", "+ added"; unchanged lines further than `context`
    // from a change are shortened to "  … N unchanged lines".
    static QString diffText(const QList<DiffLine>& lines, int context = 3);
    // Lines of a file, without the empty string after a trailing newline.
    static QStringList splitLines(const QString& text);

    // What the plan does to the file, as HTML for a read-only QTextEdit: the merge report, then the line
    // diff of the masked old and new file with added and removed lines coloured for a light or dark
    // palette.
    // written: the plan was carried out (past tense).
    static QString changesHtml(const TokenExportPlan& plan, bool darkPalette, bool written = false);
    // The file the plan writes, masked.
    static QString fileText(const TokenExportPlan& plan);
};

} // namespace edgekv
