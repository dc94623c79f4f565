#pragma once

#include "tokens/TokenSummary.h"

#include <QList>
#include <QWidget>

class QLabel;
class QToolButton;

namespace edgekv {

class FlowLayout;

// The line above the table that answers "is anything about to break?": one button per part of
// TokenSummary ("2 expired", "1 expires within 7 days", ...) with its status icon; a click shows only
// those tokens, a second click (or "Show all") shows everything again. On the right, how many tokens
// count toward the account's token limit. Wraps onto a second line in a narrow window.
class SummaryBar : public QWidget
{
    Q_OBJECT

public:
    explicit SummaryBar(QWidget* parent = nullptr);

    void setSummary(const TokenSummary& summary);
    const TokenSummary& summary() const { return m_summary; }
    // The kinds of the part shown as active (what the table is filtered to); empty: none.
    void setActiveKinds(const QList<TokenStatus::Kind>& kinds);
    QList<TokenStatus::Kind> activeKinds() const { return m_activeKinds; }

    // The buttons currently shown, one per part, most urgent first (for tests and accessibility).
    QList<QToolButton*> partButtons() const { return m_partButtons; }
    QString text() const;
    QString limitText() const;

signals:
    // A part was clicked: filter the table to these kinds (empty: show every token again).
    void kindsActivated(const QList<edgekv::TokenStatus::Kind>& kinds);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    TokenSummary m_summary;
    QList<TokenStatus::Kind> m_activeKinds;
    FlowLayout* m_layout;
    QList<QToolButton*> m_partButtons;
    QLabel* m_allClear;
    QToolButton* m_showAllButton;
    QLabel* m_limitLabel;
};

} // namespace edgekv
