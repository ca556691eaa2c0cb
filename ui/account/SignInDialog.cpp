#include "account/SignInDialog.h"

#include "AccountInfo.h"
#include "FernandProvider.h"
#include "SignInFlow.h"
#include "common/ThemeColors.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace repdesk {

namespace {
QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // the server's or the keyring's own words
    label->setWordWrap(true);
    // An error red that stays readable on the palette's background, light or dark.
    ThemeColors::setTextColor(label, ThemeColors::errorText(label->palette()));
    label->hide();
    return label;
}
} // namespace

SignInDialog::SignInDialog(SignInFlow *flow, const QUrl &server, const QString &reason, QWidget *parent)
    : QDialog(parent), m_flow(flow)
{
    setWindowTitle(tr("Sign in to Repdesk"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Connect your HyperRep or Fernand account. Repdesk checks the key with the server, "
                                "then keeps it in your system keyring, never in a file."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!reason.isEmpty()) {
        auto *why = new QLabel(reason, this);
        why->setTextFormat(Qt::PlainText); // may quote the server
        why->setWordWrap(true);
        why->setAccessibleName(reason);
        layout->addWidget(why);
    }

    auto *form = new QFormLayout;
    m_provider = new QComboBox(this);
    m_provider->setAccessibleName(tr("Service"));
    m_provider->addItem(QStringLiteral("HyperRep"), AccountInfo::hyperRepProvider());
    m_provider->addItem(QStringLiteral("Fernand"), AccountInfo::fernandProvider());
    const QString fernandDefault = FernandProvider::defaultServer().toString();
    if (server.host() == FernandProvider::defaultServer().host())
        m_provider->setCurrentIndex(1);
    m_server = new QLineEdit(server.toString(), this);
    m_server->setAccessibleName(tr("Server"));
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_serverError = errorLabel(this);
    m_key = new QLineEdit(this);
    m_key->setAccessibleName(tr("API key"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_key->setPlaceholderText(tr("Paste your API key"));
    // Show/hide lives inside the field, so Tab still goes Server -> key -> Sign in.
    QAction *reveal = m_key->addAction(QIcon::fromTheme(QStringLiteral("view-visible")), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the key"));
    connect(reveal, &QAction::toggled, this, [this, reveal](bool shown) {
        m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setToolTip(shown ? tr("Hide the key") : tr("Show the key"));
    });
    m_keyError = errorLabel(this);
    // Switching the service swaps a default address for the other's; a typed one stays.
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this, fernandDefault](int index) {
        const QString hyperRepDefault = QStringLiteral("https://api.hyperrep.ai");
        const QString typed = m_server->text().trimmed();
        if (index == 1 && (typed.isEmpty() || typed == hyperRepDefault))
            m_server->setText(fernandDefault);
        else if (index == 0 && (typed.isEmpty() || typed == fernandDefault))
            m_server->setText(hyperRepDefault);
    });
    form->addRow(tr("Ser&vice:"), m_provider);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(QString(), m_serverError);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(QString(), m_keyError);
    layout->addLayout(form);

    auto *busyRow = new QHBoxLayout;
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Checking"));
    m_busyLabel = new QLabel(tr("Checking your key with the server…"), this);
    busyRow->addWidget(m_busy);
    busyRow->addWidget(m_busyLabel, 1);
    layout->addLayout(busyRow);

    m_keychainRow = new QWidget(this);
    auto *keychainLayout = new QVBoxLayout(m_keychainRow);
    keychainLayout->setContentsMargins(0, 0, 0, 0);
    m_keychainText = new QLabel(m_keychainRow);
    m_keychainText->setTextFormat(Qt::PlainText);
    m_keychainText->setWordWrap(true);
    m_sessionOnly = new QPushButton(tr("&Use for this session only"), m_keychainRow);
    m_sessionOnly->setToolTip(tr("Keep the key in memory until Repdesk quits; you will be asked again next time."));
    keychainLayout->addWidget(m_keychainText);
    keychainLayout->addWidget(m_sessionOnly, 0, Qt::AlignLeft);
    m_keychainRow->hide();
    layout->addWidget(m_keychainRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = m_buttons->addButton(tr("Sign &in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_sessionOnly, &QPushButton::clicked, m_flow, &SignInFlow::useForThisSessionOnly);

    connect(m_flow, &SignInFlow::busyChanged, this, &SignInDialog::setBusy);
    connect(m_flow, &SignInFlow::refused, this, [this](KeyVerifier::Reason reason, const QString &message) {
        if (reason == KeyVerifier::Reason::Insecure || reason == KeyVerifier::Reason::WrongServer)
            showServerError(message);
        else
            showKeyError(message);
    });
    connect(m_flow, &SignInFlow::unreachable, this, &SignInDialog::showServerError);
    connect(m_flow, &SignInFlow::keychainUnavailable, this, [this](const QString &message) {
        m_keychainText->setText(message);
        m_keychainText->setAccessibleName(message);
        m_keychainRow->show();
        m_sessionOnly->setFocus();
    });
    connect(m_flow, &SignInFlow::finished, this, [this] { QDialog::accept(); });

    setBusy(false);
    setMinimumWidth(460);
    QWidget::setTabOrder(m_provider, m_server);
    QWidget::setTabOrder(m_server, m_key);
    QWidget::setTabOrder(m_key, m_signIn);
    m_server->setFocus();
    m_server->selectAll();
}

QString SignInDialog::serverError() const
{
    return !m_serverError->isHidden() ? m_serverError->text() : QString();
}

QString SignInDialog::keyError() const
{
    return !m_keyError->isHidden() ? m_keyError->text() : QString();
}

QString SignInDialog::keychainMessage() const
{
    return !m_keychainRow->isHidden() ? m_keychainText->text() : QString();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_signIn->setEnabled(!busy);
    m_server->setReadOnly(busy);
    m_key->setReadOnly(busy);
}

void SignInDialog::setError(QLabel *label, QLineEdit *field, const QString &text)
{
    label->setText(text);
    label->setAccessibleName(text);
    label->setVisible(!text.isEmpty());
    // Read out with the field, so a screen reader hears why when focus returns to it.
    field->setAccessibleDescription(text);
}

void SignInDialog::clearErrors()
{
    setError(m_serverError, m_server, QString());
    setError(m_keyError, m_key, QString());
    m_keychainRow->hide();
}

void SignInDialog::showServerError(const QString &text)
{
    setError(m_serverError, m_server, text);
    m_server->setFocus();
    m_server->selectAll();
}

void SignInDialog::showKeyError(const QString &text)
{
    setError(m_keyError, m_key, text);
    m_key->setFocus();
    m_key->selectAll();
}

void SignInDialog::accept()
{
    if (m_flow->isBusy())
        return;
    clearErrors();
    // The verifier judges the address (no host, plain http to another computer)
    // before anything is sent, in the same words everywhere.
    const QString serverText = m_server->text().trimmed();
    const QUrl url = serverText.isEmpty() ? QUrl() : QUrl::fromUserInput(serverText);
    m_flow->submit(url, m_key->text().trimmed().toUtf8(), m_provider->currentData().toString());
}

void SignInDialog::reject()
{
    m_flow->cancel();
    QDialog::reject();
}

} // namespace repdesk
