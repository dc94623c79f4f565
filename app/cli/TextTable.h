#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace edgekv::cli {

// Plain-text columns for a terminal: a header row and left-aligned cells separated by two spaces; the
// last column is not padded, so no line ends in blanks.
class TextTable
{
public:
    explicit TextTable(QStringList headers) : m_headers(std::move(headers)) {}

    void addRow(const QStringList& cells) { m_rows.append(cells); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString toString() const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

// text wrapped at width characters, continuation lines indented by indent spaces.
QString wrapText(const QString& text, int width, int indent);

} // namespace edgekv::cli
