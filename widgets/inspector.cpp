#include "inspector.h"

#include "capability_editor.h"
#include "document.h"
#include "property_table.h"
#include "topology_scene.h"

#include "model/capability_catalogue.h"
#include "model/effective_values.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace iiot::ui {

namespace {
// Data of the combo entry that stands for differing values; never a valid value.
const QString kMixedData = QStringLiteral("\x01mixed");

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

// The group a field is shown in: its map's name for nested keys, else a topic of its own.
QString sectionOf(const QString& key, bool link) {
    if (link)
        return key == QLatin1String("channel_mhz") || key == QLatin1String("noise_w")
                   ? Inspector::tr("Wireless")
                   : (key == QLatin1String("id") || key == QLatin1String("from") ||
                              key == QLatin1String("to") || key == QLatin1String("medium")
                          ? Inspector::tr("Link")
                          : Inspector::tr("Performance"));
    if (key.startsWith(QLatin1String("compute.")))
        return Inspector::tr("Compute");
    if (key.startsWith(QLatin1String("vnf.")))
        return Inspector::tr("VNF hosting");
    if (key.startsWith(QLatin1String("power.")) || key.startsWith(QLatin1String("radio.")))
        return Inspector::tr("Power and radio");
    if (key == QLatin1String("interfaces") || key == QLatin1String("protocols"))
        return Inspector::tr("Communication");
    if (key == QLatin1String("capacity") || key == QLatin1String("properties"))
        return Inspector::tr("Resources and notes");
    return Inspector::tr("Element");
}

QString labelled(const std::string& id, const std::optional<std::string>& name) {
    return name && *name != id ? QStringLiteral("%1 (%2)").arg(q(*name), q(id)) : q(id);
}
} // namespace

const QString Inspector::kMixedText = QStringLiteral("(mixed)");

Inspector::Inspector(Document* document, TopologyScene* scene, QWidget* parent)
    : QWidget(parent), document_(document), scene_(scene), title_(new QLabel(this)),
      problem_(new QLabel(this)), tabs_(new QTabWidget(this)), pages_(new QStackedWidget(this)),
      notePage_(new QWidget(this)), note_(new QLabel(notePage_)), elementPage_(new QWidget(this)),
      linkPage_(new QWidget(this)), zonePage_(new QWidget(this)), capabilities_(new CapabilityEditor(this)),
      table_(new PropertyTable(this)), refreshTimer_(new QTimer(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    title_->setWordWrap(true);
    problem_->setObjectName(QStringLiteral("inspectorProblem"));
    problem_->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; background: #fdecea; padding: 4px; }"));
    problem_->hide();
    layout->addWidget(title_);
    layout->addWidget(problem_);
    layout->addWidget(tabs_, 1);

    auto* noteLayout = new QVBoxLayout(notePage_);
    note_->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    note_->setEnabled(false);
    noteLayout->addWidget(note_);
    elementForm_ = new QFormLayout(elementPage_);
    linkForm_ = new QFormLayout(linkPage_);
    zoneForm_ = new QFormLayout(zonePage_);
    for (QFormLayout* form : {elementForm_, linkForm_, zoneForm_}) {
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
        form->setContentsMargins(4, 4, 4, 4);
    }
    buildForm(elementForm_, Target::Element);
    buildForm(linkForm_, Target::Link);
    buildForm(zoneForm_, Target::Zone);
    pages_->addWidget(notePage_);
    pages_->addWidget(elementPage_);
    pages_->addWidget(linkPage_);
    pages_->addWidget(zonePage_);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(pages_);
    tabs_->addTab(scroll, tr("Properties"));
    tabs_->addTab(capabilities_, tr("Capabilities"));
    tabs_->addTab(table_, tr("Effective"));
    tabs_->setTabToolTip(2, tr("Every value after the type library's defaults, read-only"));

    refreshTimer_->setSingleShot(true);
    refreshTimer_->setInterval(0);
    connect(refreshTimer_, &QTimer::timeout, this, &Inspector::refresh);
    connect(scene_, &QGraphicsScene::selectionChanged, this, [this] {
        problem_->hide(); // the reason concerned the previous selection
        scheduleRefresh();
    });
    connect(document_, &Document::projectReset, this, &Inspector::scheduleRefresh);
    for (auto signal :
         {&Document::elementsAdded, &Document::elementsRemoved, &Document::elementsChanged,
          &Document::linksAdded, &Document::linksRemoved, &Document::linksChanged, &Document::zonesChanged})
        connect(document_, signal, this, &Inspector::scheduleRefresh);
    // A drag moves elements on every mouse move; only a lone element shows its position.
    connect(document_, &Document::elementsMoved, this, [this](const QStringList& ids) {
        if (elementIds_.size() == 1 && ids.contains(elementIds_.front()))
            scheduleRefresh();
    });
    connect(capabilities_, &CapabilityEditor::levelChanged, this, &Inspector::commitLevel);
    connect(capabilities_, &CapabilityEditor::resetToDefaults, this, &Inspector::resetCapabilities);
    refresh();
}

void Inspector::buildForm(QFormLayout* form, Target target) {
    const bool link = target == Target::Link;
    const qsizetype count = link                     ? linkFields().size()
                            : target == Target::Zone ? zoneFields().size()
                                                     : elementFields().size();
    QString section;
    for (int i = 0; i < count; ++i) {
        Row row;
        row.target = target;
        row.field = i;
        row.key = link ? linkFields()[i].key
                       : (target == Target::Zone ? zoneFields()[i].key : elementFields()[i].key);
        const FieldEditor kind = editorKind(row);
        // A caption wherever the fields change topic, so the long list reads in parts.
        if (const QString topic = target == Target::Zone ? tr("Zone") : sectionOf(row.key, link);
            topic != section) {
            section = topic;
            auto* caption = new QLabel(topic, this);
            QFont font = caption->font();
            font.setBold(true);
            caption->setFont(font);
            caption->setContentsMargins(0, form->rowCount() ? 8 : 0, 0, 0);
            form->addRow(caption);
        }
        // Under its section a nested key reads as its last part ("cores"); the full key is the tool tip.
        row.label = new QLabel(row.key.section(QLatin1Char('.'), -1), this);
        row.label->setToolTip(row.key);
        QWidget* editor = nullptr;
        if (kind == FieldEditor::Line || kind == FieldEditor::ReadOnly) {
            row.line = new QLineEdit(this);
            row.line->setReadOnly(kind == FieldEditor::ReadOnly);
            row.line->setClearButtonEnabled(kind == FieldEditor::Line);
            editor = row.line;
            connect(row.line, &QLineEdit::editingFinished, this, [this, key = row.key, target] {
                if (mode_ != Mode::Nothing && currentTarget() == target)
                    commit(key);
            });
        } else {
            row.combo = new QComboBox(this);
            editor = row.combo;
            connect(row.combo, &QComboBox::activated, this, [this, key = row.key, target] {
                if (mode_ != Mode::Nothing && currentTarget() == target)
                    commit(key);
            });
        }
        editor->setObjectName(QStringLiteral("field:%1").arg(row.key));
        form->addRow(row.label, editor);
        rows_.push_back(row);
    }
}

Inspector::Target Inspector::currentTarget() const {
    switch (mode_) {
    case Mode::Link:
    case Mode::Links:
        return Target::Link;
    case Mode::Zone:
        return Target::Zone;
    case Mode::Nothing:
    case Mode::Elements:
        break;
    }
    return Target::Element;
}

FieldEditor Inspector::editorKind(const Row& r) const {
    switch (r.target) {
    case Target::Link:
        return linkFields()[r.field].editor;
    case Target::Zone:
        return zoneFields()[r.field].editor;
    case Target::Element:
        break;
    }
    return elementFields()[r.field].editor;
}

QWidget* Inspector::editorOf(const Row& r) const {
    return r.line ? static_cast<QWidget*>(r.line) : r.combo;
}

QFormLayout* Inspector::formOf(Target target) const {
    return target == Target::Link ? linkForm_ : (target == Target::Zone ? zoneForm_ : elementForm_);
}

void Inspector::showPage(QWidget* page) {
    // A stacked widget is as tall as its tallest page; only the shown one may claim room, or a
    // short note would sit in a long scrolling area.
    for (QWidget* p : {notePage_, elementPage_, linkPage_, zonePage_})
        p->setSizePolicy(p == page ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                         p == page ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    pages_->setCurrentWidget(page);
    pages_->adjustSize();
}

void Inspector::scheduleRefresh() {
    refreshTimer_->start();
}

const Inspector::Row* Inspector::row(const QString& key) const {
    const Target target = currentTarget();
    for (const Row& r : rows_)
        if (r.key == key && r.target == target)
            return &r;
    return nullptr;
}

QWidget* Inspector::editor(const QString& key) const {
    const Row* r = row(key);
    if (!r || mode_ == Mode::Nothing || !isFieldVisible(key))
        return nullptr;
    return editorOf(*r);
}

bool Inspector::isFieldVisible(const QString& key) const {
    const Row* r = row(key);
    if (!r || mode_ == Mode::Nothing)
        return false;
    return formOf(r->target)->isRowVisible(editorOf(*r));
}

QString Inspector::fieldText(const QString& key) const {
    const Row* r = row(key);
    if (!r || r->mixed)
        return {};
    return r->line ? r->line->text() : r->combo->currentData().toString();
}

bool Inspector::isMixed(const QString& key) const {
    const Row* r = row(key);
    return r && r->mixed;
}

QString Inspector::problem() const {
    return problem_->isHidden() ? QString() : problem_->text();
}

QString Inspector::title() const {
    return title_->text();
}

void Inspector::refresh() {
    refreshTimer_->stop();
    if (!document_->hasProject()) {
        showNothing(tr("No project"));
        return;
    }
    const QStringList ids = scene_->selectedElementIds();
    const QStringList links = scene_->selectedLinkKeys();
    if (!ids.isEmpty()) {
        // Project order, so that "the first element" (placeholders, title) does not depend on
        // the order of clicks.
        std::vector<std::pair<int, QString>> ordered;
        for (const QString& id : ids)
            if (const int i = document_->elementIndex(id.toStdString()); i >= 0)
                ordered.emplace_back(i, id);
        std::sort(ordered.begin(), ordered.end());
        elementIds_.clear();
        for (const auto& entry : ordered)
            elementIds_.append(entry.second);
        linkKey_.clear();
        linkKeys_.clear();
        zoneId_.clear();
        if (!elementIds_.isEmpty()) {
            showElements();
            if (!links.isEmpty())
                title_->setText(title_->text() + tr(" (links in the selection are not shown)"));
            return;
        }
    }
    elementIds_.clear();
    zoneId_.clear();
    // Project order, as for elements: the first link gives the medium choices' order.
    std::vector<std::pair<int, QString>> ordered;
    for (const QString& key : links)
        if (const int i = document_->linkIndex(key); i >= 0)
            ordered.emplace_back(i, key);
    std::sort(ordered.begin(), ordered.end());
    linkKeys_.clear();
    for (const auto& entry : ordered)
        linkKeys_.append(entry.second);
    linkKey_ = linkKeys_.isEmpty() ? QString() : linkKeys_.front();
    if (!linkKeys_.isEmpty()) {
        showLinks();
        return;
    }
    const QStringList zones = scene_->selectedZoneIds();
    if (zones.size() == 1 && document_->zone(zones.front().toStdString())) {
        zoneId_ = zones.front();
        showZone();
        return;
    }
    showNothing(zones.isEmpty() ? tr("No selection") : tr("%1 zones selected").arg(zones.size()));
}

void Inspector::showNothing(const QString& note) {
    mode_ = Mode::Nothing;
    title_->setText(note);
    note_->setText(note);
    showPage(notePage_);
    capabilities_->clear();
    tabs_->setTabEnabled(1, false);
}

void Inspector::showElements() {
    mode_ = Mode::Elements;
    const model::TypeLibrary& types = document_->types();
    std::vector<const model::Element*> elements;
    elements.reserve(static_cast<std::size_t>(elementIds_.size()));
    for (const QString& id : std::as_const(elementIds_))
        elements.push_back(document_->element(id));
    const model::Element& first = *elements.front();
    const bool several = elements.size() > 1;
    filling_ = true;
    for (Row& r : rows_) {
        if (r.target != Target::Element)
            continue;
        const ElementField& field = elementFields()[r.field];
        const bool visible = !several || field.multi;
        elementForm_->setRowVisible(editorOf(r), visible);
        if (!visible)
            continue;
        const QString value = field.text(first);
        bool mixed = false;
        for (std::size_t i = 1; i < elements.size() && !mixed; ++i)
            mixed = field.text(*elements[i]) != value;
        setRow(r, value, mixed, field.fallback ? field.fallback(first, types) : QString());
    }
    filling_ = false;
    showPage(elementPage_);
    tabs_->setTabEnabled(1, true);
    capabilities_->setElements(elements, types, model::CapabilityCatalogue::builtin());
    if (several) {
        title_->setText(tr("%1 elements").arg(elements.size()));
    } else {
        const model::KindInfo* kind = types.kind(first.kind);
        title_->setText(QStringLiteral("%1 \u2014 %2")
                            .arg(labelled(first.id, first.name), kind ? q(kind->label) : q(first.kind)));
    }
}

void Inspector::showLinks() {
    const bool several = linkKeys_.size() > 1;
    mode_ = several ? Mode::Links : Mode::Link;
    std::vector<const model::Link*> links;
    for (const QString& key : std::as_const(linkKeys_))
        links.push_back(document_->link(key));
    const model::Link& first = *links.front();
    filling_ = true;
    for (Row& r : rows_) {
        if (r.target != Target::Link)
            continue;
        const LinkField& field = linkFields()[r.field];
        const bool visible = !several || field.multi;
        linkForm_->setRowVisible(editorOf(r), visible);
        if (!visible)
            continue;
        const QString value = field.text(first);
        bool mixed = false;
        for (std::size_t i = 1; i < links.size() && !mixed; ++i)
            mixed = field.text(*links[i]) != value;
        // A default that depends on the medium is shown only when it is the same for all.
        QString fallback = field.fallback ? field.fallback(first, document_->types()) : QString();
        for (std::size_t i = 1; i < links.size() && field.fallback && !fallback.isEmpty(); ++i)
            if (field.fallback(*links[i], document_->types()) != fallback)
                fallback = tr("each link's medium default");
        setRow(r, value, mixed, fallback);
    }
    filling_ = false;
    showPage(linkPage_);
    capabilities_->clear();
    tabs_->setTabEnabled(1, false);
    if (several)
        title_->setText(tr("%1 links").arg(links.size()));
    else
        title_->setText(tr("Link %1: %2 \u2194 %3").arg(linkKey_, q(first.from), q(first.to)));
}

void Inspector::showZone() {
    mode_ = Mode::Zone;
    const model::Zone& zone = *document_->zone(zoneId_.toStdString());
    filling_ = true;
    for (Row& r : rows_) {
        if (r.target != Target::Zone)
            continue;
        const ZoneField& field = zoneFields()[r.field];
        setRow(r, field.text(zone), false,
               field.fallback ? field.fallback(zone, document_->types()) : QString());
    }
    filling_ = false;
    showPage(zonePage_);
    capabilities_->clear();
    tabs_->setTabEnabled(1, false);
    const auto members =
        std::count_if(document_->project().elements.begin(), document_->project().elements.end(),
                      [&](const model::Element& e) { return e.zone == zone.id; });
    title_->setText(tr("Zone %1 \u2014 %2")
                        .arg(labelled(zone.id, zone.name),
                             members == 1 ? tr("1 element") : tr("%1 elements").arg(members)));
}

QStringList Inspector::commonMedia() const {
    const model::TypeLibrary& types = document_->types();
    QStringList common;
    bool first = true;
    for (const QString& key : linkKeys_) {
        const model::Link* link = document_->link(key);
        const model::Element* a = link ? document_->element(link->from) : nullptr;
        const model::Element* b = link ? document_->element(link->to) : nullptr;
        QStringList both;
        if (a && b) {
            const auto& mediaB = model::effectiveInterfaces(*b, types);
            for (const std::string& m : model::effectiveInterfaces(*a, types))
                if (types.medium(m) && std::find(mediaB.begin(), mediaB.end(), m) != mediaB.end())
                    both.append(q(m));
        }
        if (first)
            common = both;
        else
            common.removeIf([&](const QString& m) { return !both.contains(m); });
        first = false;
    }
    return common;
}

void Inspector::setRow(Row& r, const QString& value, bool mixed, const QString& fallback) {
    r.mixed = mixed;
    r.shown = mixed ? QString() : value;
    if (r.line) {
        r.line->setText(r.shown);
        r.line->setPlaceholderText(mixed ? kMixedText : fallback);
        r.line->setCursorPosition(0);
        r.line->setToolTip(fallback);
        return;
    }
    fillChoices(r, value, mixed);
}

void Inspector::fillChoices(Row& r, const QString& value, bool mixed) {
    QComboBox* box = r.combo;
    box->clear();
    const model::Project& project = document_->project();
    const model::TypeLibrary& types = document_->types();
    const FieldEditor kind = editorKind(r);
    if (mixed)
        box->addItem(kMixedText, kMixedData);
    switch (kind) {
    case FieldEditor::Kind:
        for (const model::KindInfo& k : types.kinds())
            box->addItem(QStringLiteral("%1 (%2)").arg(q(k.label), q(k.id)), q(k.id));
        break;
    case FieldEditor::Zone:
        box->addItem(tr("(none)"), QString());
        for (const model::Zone& z : project.zones)
            box->addItem(labelled(z.id, z.name), q(z.id));
        break;
    case FieldEditor::Subsystem:
        box->addItem(tr("(none)"), QString());
        for (const model::Subsystem& s : project.subsystems)
            box->addItem(labelled(s.id, s.name), q(s.id));
        break;
    case FieldEditor::CostFunction:
        box->addItem(tr("(default)"), QString());
        for (auto f : {model::CostFunction::Linear, model::CostFunction::Step, model::CostFunction::Inverse,
                       model::CostFunction::Exponential})
            box->addItem(QString::fromLatin1(model::toString(f)), QString::fromLatin1(model::toString(f)));
        break;
    case FieldEditor::Medium:
        // Only media both ends of every link can attach to (the validator refuses any other).
        for (const QString& m : commonMedia())
            box->addItem(q(types.medium(m.toStdString())->label) + QStringLiteral(" (%1)").arg(m), m);
        break;
    case FieldEditor::ZoneType:
        for (const model::ZoneTypeInfo& t : types.zoneTypes())
            box->addItem(QStringLiteral("%1 (%2)").arg(q(t.label), q(t.id)), q(t.id));
        break;
    case FieldEditor::Line:
    case FieldEditor::ReadOnly:
        break;
    }
    int at = mixed ? 0 : box->findData(value);
    if (at < 0) { // a value the list does not offer (an unknown kind, a dangling zone): shown as is
        box->addItem(value.isEmpty() ? tr("(none)") : value, value);
        at = box->count() - 1;
    }
    box->setCurrentIndex(at);
}

} // namespace iiot::ui
