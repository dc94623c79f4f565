#include "TextTable.h"

#include <algorithm>

namespace edgekv::cli {

QString TextTable::toString() const
{
    const int columns = int(m_headers.size());
    QList<int> widths(columns, 0);
    auto measure = [&widths, columns](const QStringList& row) {
        for (int i = 0; i < columns && i < row.size(); ++i)
            widths[i] = std::max(widths[i], int(row.at(i).size()));
    };
    measure(m_headers);
    for (const QStringList& row : m_rows)
        measure(row);

    QString text;
    auto append = [&text, &widths, columns](const QStringList& row) {
        QString line;
        for (int i = 0; i < columns; ++i) {
            const QString cell = i < row.size() ? row.at(i) : QString();
            line += i + 1 < columns ? cell.leftJustified(widths[i] + 2) : cell;
        }
        text += line.trimmed().isEmpty() ? QString() : line;
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        text += QLatin1Char('\n');
    };
    append(m_headers);
    for (const QStringList& row : m_rows)
        append(row);
    return text;
}

QString wrapText(const QString& text, int width, int indent)
{
    QString result;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (int p = 0; p < paragraphs.size(); ++p) {
        if (p > 0)
            result += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
        int column = indent;
        bool first = true;
        for (const QString& word : paragraphs.at(p).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!first && column + 1 + word.size() > width) {
                result += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
                column = indent;
                first = true;
            }
            if (!first) {
                result += QLatin1Char(' ');
                ++column;
            }
            result += word;
            column += int(word.size());
            first = false;
        }
    }
    return result;
}

} // namespace edgekv::cli
