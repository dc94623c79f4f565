#pragma once

#include <QDate>
#include <QWidget>

#include <memory>

class QAbstractButton;
class QDateEdit;
class QLabel;
class QRadioButton;

namespace Ui {
class ExpiryChooser;
}

namespace edgekv {

// The expiry part of the create form. The API does not say which token model an account issues, so the
// form assumes Akamai's current one: no expiry, an enhanced token that refreshes automatically. Choosing a
// date sends it, which asks for a legacy token (a JWT that stops working on that day); the date is limited
// to tomorrow .. six months ahead (UTC), with presets of 30, 90 and 180 days. The text under the choice says
// which kind the token will be and what that means for the bundle's edgekv_tokens.js.
class ExpiryChooser : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DefaultDays = 90;

    explicit ExpiryChooser(QWidget* parent = nullptr);
    ~ExpiryChooser() override;

    // Sets the allowed range from the UTC day; a chosen date is kept inside it.
    void setToday(const QDate& todayUtc);
    QDate today() const { return m_today; }

    // Invalid when "No expiry" is chosen.
    QDate expiry() const;
    bool isExpiring() const;
    void setNoExpiry();
    // Chooses a date (clamped to the allowed range).
    void setExpiry(const QDate& date);
    void setLatestExpiry();
    // Chooses the date days ahead, as the preset buttons do.
    void applyPreset(int days);

    // A message about the expiry (e.g. from the server); empty hides it.
    void setProblem(const QString& message);

    QRadioButton* noExpiryButton() const;
    QRadioButton* dateButton() const;
    QDateEdit* dateEdit() const;
    QAbstractButton* presetButton(int days) const; // 30, 90 or 180
    QLabel* explanationLabel() const;

signals:
    void changed();

private:
    void updateExplanation();

    std::unique_ptr<Ui::ExpiryChooser> m_ui;
    QDate m_today;
    bool m_dateChosen = false;
    bool m_settingDefault = false;
};

} // namespace edgekv
