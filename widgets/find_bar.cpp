#include "find_bar.h"

#include "document.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

#include <array>

namespace iiot::ui {

FindBar::FindBar(Document* document, QWidget* parent)
    : QWidget(parent), document_(document), edit_(new QLineEdit(this)), count_(new QLabel(this)),
      find_(new QAction(tr("&Find\u2026"), this)), next_(new QAction(tr("Find &Next"), this)),
      previous_(new QAction(tr("Find Pre&vious"), this)) {
    find_->setShortcut(QKeySequence::Find);
    next_->setShortcuts(QKeySequence::FindNext);
    previous_->setShortcuts(QKeySequence::FindPrevious);
    find_->setObjectName(QStringLiteral("findAction"));
    next_->setObjectName(QStringLiteral("findNextAction"));
    previous_->setObjectName(QStringLiteral("findPreviousAction"));
    connect(find_, &QAction::triggered, this, &FindBar::activate);
    connect(next_, &QAction::triggered, this, &FindBar::findNext);
    connect(previous_, &QAction::triggered, this, &FindBar::findPrevious);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    auto* caption = new QLabel(tr("Find:"), this);
    edit_->setObjectName(QStringLiteral("findField"));
    edit_->setPlaceholderText(tr("element id, name or kind"));
    edit_->setClearButtonEnabled(true);
    edit_->setMinimumWidth(220);
    edit_->installEventFilter(this);
    count_->setMinimumWidth(90);
    auto button = [this](const QString& text, const QString& tip, auto slot) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    layout->addWidget(caption);
    layout->addWidget(edit_);
    layout->addWidget(
        button(QStringLiteral("\u25b2"), tr("Previous match (Shift+F3)"), &FindBar::findPrevious));
    layout->addWidget(button(QStringLiteral("\u25bc"), tr("Next match (F3, Enter)"), &FindBar::findNext));
    layout->addWidget(count_);
    layout->addStretch(1);
    layout->addWidget(button(QStringLiteral("\u2715"), tr("Close (Esc)"), &FindBar::close));

    connect(edit_, &QLineEdit::textChanged, this, &FindBar::search);
    connect(edit_, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(document_, &Document::projectReset, this, [this] { stale_ = true; });
    for (auto signal : {&Document::elementsAdded, &Document::elementsRemoved, &Document::elementsChanged})
        connect(document_, signal, this, [this] { stale_ = true; });
    updateSummary();
}

QStringList FindBar::findElements(const model::Project& project, const model::TypeLibrary& types,
                                  const QString& text) {
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return {};
    std::array<QStringList, 3> ranked; // exact, prefix, anywhere
    for (const model::Element& e : project.elements) {
        const model::KindInfo* kind = types.kind(e.kind);
        const std::array<QString, 4> fields{
            QString::fromStdString(e.id), e.name ? QString::fromStdString(*e.name) : QString(),
            QString::fromStdString(e.kind), kind ? QString::fromStdString(kind->label) : QString()};
        int best = -1;
        for (const QString& field : fields) {
            if (field.isEmpty())
                continue;
            if (field.compare(needle, Qt::CaseInsensitive) == 0)
                best = 0;
            else if (field.startsWith(needle, Qt::CaseInsensitive) && (best < 0 || best > 1))
                best = 1;
            else if (field.contains(needle, Qt::CaseInsensitive) && best < 0)
                best = 2;
        }
        if (best >= 0)
            ranked[static_cast<std::size_t>(best)].append(QString::fromStdString(e.id));
    }
    return ranked[0] + ranked[1] + ranked[2];
}

const QStringList& FindBar::matches() {
    if (stale_)
        search();
    return matches_;
}

void FindBar::search() {
    const QString keep = current_ >= 0 && current_ < matches_.size() ? matches_[current_] : QString();
    matches_ = findElements(document_->project(), document_->types(), edit_->text());
    current_ = keep.isEmpty() || !stale_ ? -1 : static_cast<int>(matches_.indexOf(keep));
    stale_ = false;
    updateSummary();
}

QString FindBar::summary() const {
    if (edit_->text().trimmed().isEmpty())
        return {};
    if (matches_.isEmpty())
        return tr("No match");
    if (current_ < 0)
        return matches_.size() == 1 ? tr("1 match") : tr("%1 matches").arg(matches_.size());
    return tr("%1 of %2").arg(current_ + 1).arg(matches_.size());
}

void FindBar::updateSummary() {
    count_->setText(summary());
    // A search without a match is marked on the field, as editors do.
    const bool none = !edit_->text().trimmed().isEmpty() && matches_.isEmpty();
    edit_->setStyleSheet(none ? QStringLiteral("QLineEdit { background: #fdecea; }") : QString());
}

void FindBar::activate() {
    show();
    if (parentWidget())
        parentWidget()->show(); // the tool bar (or other container) that holds the bar
    edit_->setFocus(Qt::ShortcutFocusReason);
    edit_->selectAll();
}

void FindBar::close() {
    hide();
    emit closed();
}

void FindBar::findNext() {
    step(+1);
}

void FindBar::findPrevious() {
    step(-1);
}

void FindBar::step(int direction) {
    if (edit_->text().trimmed().isEmpty()) {
        activate(); // F3 with nothing to find: ask what
        return;
    }
    const QStringList& found = matches();
    if (found.isEmpty()) {
        updateSummary();
        return;
    }
    const auto n = static_cast<int>(found.size());
    if (current_ < 0)
        current_ = direction > 0 ? 0 : n - 1;
    else
        current_ = ((current_ + direction) % n + n) % n; // wraps around both ways
    updateSummary();
    emit elementFound(found[current_]);
}

bool FindBar::eventFilter(QObject* watched, QEvent* event) {
    if (watched == edit_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace iiot::ui
