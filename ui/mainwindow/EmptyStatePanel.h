#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;
class QPushButton;

namespace edgekv {

// What the table area shows when there is nothing to list: a title, an explanation and at most one
// action ("Create your first token"). The window fills it for each situation.
class EmptyStatePanel : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStatePanel(QWidget* parent = nullptr);

    // actionText empty: no button.
    void setContent(const QIcon& icon, const QString& title, const QString& text,
                    const QString& actionText = {});
    QString title() const;
    QString text() const;
    QPushButton* actionButton() const { return m_button; }

signals:
    void actionTriggered();

private:
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_button;
};

} // namespace edgekv
