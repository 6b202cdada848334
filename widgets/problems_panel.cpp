#include "problems_panel.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>

namespace iiot::ui {

namespace {

constexpr int kIndexRole = Qt::UserRole;    // the row's index in problems_
constexpr int kRankRole = Qt::UserRole + 1; // severity rank: errors sort first

QIcon severityIcon(model::Severity severity) {
    const QStyle* style = QApplication::style();
    switch (severity) {
    case model::Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case model::Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case model::Severity::Info:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

QString severityName(model::Severity severity) {
    switch (severity) {
    case model::Severity::Error:
        return QObject::tr("Error");
    case model::Severity::Warning:
        return QObject::tr("Warning");
    case model::Severity::Info:
        break;
    }
    return QObject::tr("Note");
}

QString counted(int n, const char* one, const char* many) {
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

// Sorts the severity column by rank, and every column by the original order among equals, so
// that sorting never shuffles rows that compare equal.
class ProblemItem : public QTreeWidgetItem {
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem& other) const override {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const auto key = [column](const QTreeWidgetItem& item) {
            return column == ProblemsPanel::SeverityColumn ? item.data(0, kRankRole).toInt() : 0;
        };
        if (column != ProblemsPanel::SeverityColumn) {
            const int order = text(column).localeAwareCompare(other.text(column));
            if (order != 0)
                return order < 0;
        } else if (key(*this) != key(other)) {
            return key(*this) < key(other);
        }
        return data(0, kIndexRole).toInt() < other.data(0, kIndexRole).toInt();
    }
};

QString elementsText(const Problem& p) {
    constexpr int kShown = 3; // a finding can name hundreds of elements: the tooltip has them all
    QStringList shown = p.elements.mid(0, kShown);
    if (p.elements.size() > kShown)
        shown << QObject::tr("+%1 more").arg(p.elements.size() - kShown);
    return shown.join(QStringLiteral(", "));
}

} // namespace

ProblemsPanel::ProblemsPanel(QWidget* parent) : QTreeWidget(parent) {
    setColumnCount(5);
    setHeaderLabels({tr("Severity"), tr("Code"), tr("Problem"), tr("Elements"), tr("Place")});
    setRootIsDecorated(false);
    setUniformRowHeights(true); // cheap even with thousands of findings
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(ElementsColumn, QHeaderView::Interactive);
    header()->setSectionResizeMode(PlaceColumn, QHeaderView::ResizeToContents);
    header()->resizeSection(ElementsColumn, 110);
    setSortingEnabled(true);
    sortByColumn(SeverityColumn, Qt::AscendingOrder);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const Problem* p = problemAt(item))
            if (!p->elements.isEmpty() || !p->links.isEmpty())
                emit problemActivated(p->elements, p->links);
    });
}

const Problem* ProblemsPanel::problemAt(const QTreeWidgetItem* item) const {
    if (!item)
        return nullptr;
    const int index = item->data(0, kIndexRole).toInt();
    return index >= 0 && index < static_cast<int>(problems_.size())
               ? &problems_[static_cast<std::size_t>(index)]
               : nullptr;
}

void ProblemsPanel::setDiagnostics(const model::Diagnostics& diagnostics) {
    setProblems(collectProblems(diagnostics, nullptr));
}

void ProblemsPanel::setProblems(const Problems& problems) {
    if (problems == problems_ && topLevelItemCount() == static_cast<int>(problems.size()))
        return; // a live update that found the same: keep the rows, the scroll position and the current row
    const Problem* current = problemAt(currentItem());
    const Problem keep = current ? *current : Problem{};
    const bool hadCurrent = current != nullptr;

    setSortingEnabled(false); // insert unsorted, sort once
    clear();
    problems_ = problems;
    counts_ = {};
    QList<QTreeWidgetItem*> items;
    items.reserve(static_cast<qsizetype>(problems_.size()));
    QTreeWidgetItem* again = nullptr;
    for (std::size_t i = 0; i < problems_.size(); ++i) {
        const Problem& p = problems_[i];
        ++counts_[static_cast<std::size_t>(p.severity)];
        auto* item = new ProblemItem(
            QStringList{severityName(p.severity), p.code, p.message, elementsText(p), p.place});
        item->setIcon(SeverityColumn, severityIcon(p.severity));
        item->setData(0, kIndexRole, static_cast<int>(i));
        item->setData(0, kRankRole, static_cast<int>(p.severity));
        item->setToolTip(MessageColumn, p.message);
        QStringList named = p.elements;
        named += p.links;
        item->setToolTip(ElementsColumn, named.join(QStringLiteral(", ")));
        items.append(item);
        if (hadCurrent && !again && p == keep)
            again = item;
    }
    addTopLevelItems(items);
    setSortingEnabled(true);
    applyFilter();
    if (again)
        setCurrentItem(again);
    emit countsChanged();
}

QString ProblemsPanel::summary() const {
    if (problems_.empty())
        return tr("No problems");
    QStringList parts;
    parts << counted(errorCount(), "error", "errors") << counted(warningCount(), "warning", "warnings");
    if (infoCount() > 0)
        parts << counted(infoCount(), "note", "notes");
    return parts.join(QStringLiteral(", "));
}

void ProblemsPanel::setSeverityShown(model::Severity severity, bool shown) {
    shown_[static_cast<std::size_t>(severity)] = shown;
    applyFilter();
    emit countsChanged();
}

bool ProblemsPanel::isSeverityShown(model::Severity severity) const {
    return shown_[static_cast<std::size_t>(severity)];
}

int ProblemsPanel::visibleCount() const {
    int n = 0;
    for (int i = 0; i < topLevelItemCount(); ++i)
        n += !topLevelItem(i)->isHidden();
    return n;
}

void ProblemsPanel::applyFilter() {
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = topLevelItem(i);
        if (const Problem* p = problemAt(item))
            item->setHidden(!isSeverityShown(p->severity));
    }
}

} // namespace iiot::ui
