#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace edgekv {

// A non-modal banner above the table: what failed and what to do (ApiError::userMessage()), a Retry
// button when retrying can help, and a close button. Takes no space while hidden.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    // Shows message (plain text); retryable adds the Retry button.
    void showError(const QString& message, bool retryable = true);
    QString message() const;
    bool isRetryable() const;
    QPushButton* retryButton() const { return m_retryButton; }

signals:
    void retryRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateColors();

    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_retryButton;
    QToolButton* m_closeButton;
};

} // namespace edgekv
