#include "export/ExportPreview.h"

#include "tokenfile/TokenExport.h"

#include <QCryptographicHash>
#include <QFontDatabase>
#include <QRegularExpression>

#include <vector>

namespace edgekv {

namespace {

// Beyond this many cells the table of the diff would cost too much memory; a real token file has a few
// dozen lines.
constexpr qsizetype MaxDiffCells = qsizetype(4) << 20;

} // namespace

QString ExportPreview::maskValue(const QString& value)
{
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).toHex().left(4));
    // "eyJ" starts the base64url of '{"', the JWT's public header; nothing after it is shown.
    const QString start = value.startsWith(QLatin1String("eyJ")) ? value.left(10) : QString();
    return start + tr("…(hidden #%1)").arg(hash);
}

QString ExportPreview::maskSecrets(const QString& text)
{
    static const QRegularExpression valueString(
        QStringLiteral(R"re(("value"\s*:\s*")((?:[^"\\\n]|\\.)*)("))re"));
    static const QRegularExpression jwt(
        QStringLiteral(R"(eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)"));

    QString masked;
    masked.reserve(text.size());
    qsizetype from = 0;
    auto it = valueString.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        masked += QStringView(text).mid(from, match.capturedStart(2) - from);
        masked += match.captured(2).isEmpty() ? QString() : maskValue(match.captured(2));
        from = match.capturedEnd(2);
    }
    masked += QStringView(text).mid(from);

    QString result;
    from = 0;
    auto jwts = jwt.globalMatch(masked);
    while (jwts.hasNext()) {
        const QRegularExpressionMatch match = jwts.next();
        result += QStringView(masked).mid(from, match.capturedStart() - from);
        result += maskValue(match.captured());
        from = match.capturedEnd();
    }
    result += QStringView(masked).mid(from);
    return result;
}

QStringList ExportPreview::splitLines(const QString& text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QStringList lines = normalised.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QList<ExportPreview::DiffLine> ExportPreview::diff(const QStringList& before, const QStringList& after)
{
    QList<DiffLine> result;
    const qsizetype n = before.size();
    const qsizetype m = after.size();
    if ((n + 1) * (m + 1) > MaxDiffCells) {
        for (const QString& line : before)
            result.append({DiffLine::Kind::Removed, line});
        for (const QString& line : after)
            result.append({DiffLine::Kind::Added, line});
        return result;
    }
    // common[i][j]: the longest common subsequence of before[i..] and after[j..].
    std::vector<int> common(size_t((n + 1) * (m + 1)), 0);
    const auto at = [m](qsizetype i, qsizetype j) {
        return size_t(i * (m + 1) + j);
    };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            common[at(i, j)] = before[i] == after[j] ? common[at(i + 1, j + 1)] + 1
                                                     : std::max(common[at(i + 1, j)], common[at(i, j + 1)]);
        }
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (before[i] == after[j]) {
            result.append({DiffLine::Kind::Same, before[i]});
            ++i;
            ++j;
        } else if (common[at(i + 1, j)] >= common[at(i, j + 1)]) {
            result.append({DiffLine::Kind::Removed, before[i++]});
        } else {
            result.append({DiffLine::Kind::Added, after[j++]});
        }
    }
    while (i < n)
        result.append({DiffLine::Kind::Removed, before[i++]});
    while (j < m)
        result.append({DiffLine::Kind::Added, after[j++]});
    return result;
}

QString ExportPreview::diffText(const QList<DiffLine>& lines, int context)
{
    const qsizetype count = lines.size();
    // Lines within `context` of a change are shown; shorter hidden runs are not worth a "…" line.
    std::vector<bool> shown(size_t(count), false);
    for (qsizetype k = 0; k < count; ++k) {
        if (lines[k].kind == DiffLine::Kind::Same)
            continue;
        for (qsizetype d = std::max<qsizetype>(0, k - context); d <= std::min(count - 1, k + context); ++d)
            shown[size_t(d)] = true;
    }
    QStringList out;
    qsizetype k = 0;
    while (k < count) {
        if (shown[size_t(k)]) {
            const DiffLine& line = lines[k];
            const QLatin1String marker(line.kind == DiffLine::Kind::Added     ? "+ "
                                       : line.kind == DiffLine::Kind::Removed ? "- "
                                                                              : "  ");
            out << marker + line.text;
            ++k;
            continue;
        }
        qsizetype end = k;
        while (end < count && !shown[size_t(end)])
            ++end;
        if (end - k < 3) {
            for (; k < end; ++k)
                out << QLatin1String("  ") + lines[k].text;
            continue;
        }
        out << tr("  … %n unchanged lines", nullptr, int(end - k));
        k = end;
    }
    return out.join(QLatin1Char('\n'));
}

QString ExportPreview::fileText(const TokenExportPlan& plan)
{
    return maskSecrets(QString::fromUtf8(plan.newBytes));
}

QString ExportPreview::changesHtml(const TokenExportPlan& plan, bool darkPalette, bool written)
{
    const QString fileName = plan.isBundle ? plan.memberPath : tokenFileName();
    QStringList facts;
    if (plan.unparseable) {
        QString reason = plan.unparseable->text();
        if (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        facts << tr("The existing %1 cannot be read (%2), so it is replaced as a whole; a .bak copy is kept.")
                     .arg(fileName, reason);
    } else if (!plan.existed) {
        facts << tr("%1 does not exist yet; it is created.").arg(fileName);
    }
    if (!plan.changesFile())
        facts << tr("The file already holds exactly these entries: there is nothing to write.");
    if (!plan.unparseable)
        facts << plan.report.lines();

    QString html = QStringLiteral("<p><b>%1</b></p><ul>")
                       .arg((written ? tr("What changed") : tr("What changes")).toHtmlEscaped());
    for (const QString& fact : std::as_const(facts))
        html += QStringLiteral("<li>%1</li>").arg(fact.toHtmlEscaped());
    html += QStringLiteral("</ul>");

    if (!plan.changesFile())
        return html;
    const QStringList before =
        plan.existed ? splitLines(maskSecrets(QString::fromUtf8(plan.previousBytes))) : QStringList();
    const QStringList after = splitLines(fileText(plan));
    const QList<DiffLine> lines = diff(before, after);
    const QStringList rendered = diffText(lines).split(QLatin1Char('\n'));

    const QString added = darkPalette ? QStringLiteral("#1f4a2c") : QStringLiteral("#dafbe1");
    const QString removed = darkPalette ? QStringLiteral("#5a1e23") : QStringLiteral("#ffebe9");
    html += QStringLiteral("<p><b>%1</b></p><pre style=\"font-family:'%2'\">")
                .arg(tr("Line by line").toHtmlEscaped(),
                     QFontDatabase::systemFont(QFontDatabase::FixedFont).family().toHtmlEscaped());
    for (const QString& line : rendered) {
        const QString escaped = line.toHtmlEscaped();
        if (line.startsWith(QLatin1String("+ ")))
            html += QStringLiteral("<span style=\"background-color:%1\">%2</span>\n").arg(added, escaped);
        else if (line.startsWith(QLatin1String("- ")))
            html += QStringLiteral("<span style=\"background-color:%1\">%2</span>\n").arg(removed, escaped);
        else
            html += escaped + QLatin1Char('\n');
    }
    html += QStringLiteral("</pre>");
    return html;
}

} // namespace edgekv
