"""Rich-text detail of catalogue entries for the detail pane. Every value is HTML-escaped."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from desktop.domain.catalogue import Experiment, KitTemplate, Programme, Workshop
from desktop.ui import labels
from desktop.domain.wording import QT_TRANSLATE_NOOP
from desktop.ui.wording import counted



def _section(title: str, body: str) -> str:
    return f"<h3>{escape(title)}</h3>{body}" if body else ""


def _items(values) -> str:
    values = [v for v in values if v]
    if not values:
        return ""
    return "<ul>" + "".join(f"<li>{escape(v)}</li>" for v in values) + "</ul>"


def _para(value: str) -> str:
    return f"<p>{escape(value)}</p>" if value else ""


def _none() -> str:
    text = QCoreApplication.translate("Detail", "Non précisé dans le document.")
    return f"<p><i>{escape(text)}</i></p>"


def _period(e: Experiment) -> str:
    """Months and undated steps: the steps in the document's order, not assigned to a month."""
    if not e.period and not e.milestones:
        return ""
    months = QCoreApplication.translate("Detail", "Période\u00a0: %1").replace("%1", ", ".join(m[:1].lower() + m[1:] for m in e.period))
    steps = QCoreApplication.translate("Detail", "Étapes, dans l'ordre du document (qui ne les date pas)\u00a0:")
    return _para(months) + (_para(steps) + _items(e.milestones) if e.milestones else "")


def programme_html(p: Programme) -> str:
    """The cycle's own introduction: its aims and the characteristics every experiment shares."""
    return "".join([
        f"<h2>{escape(p.title)}</h2>",
        _para(p.introduction),
        _section(QCoreApplication.translate("Detail", "Objectif"), _para(p.objective) + _items(p.aims)),
        _section(QCoreApplication.translate("Detail", "Caractéristiques des expérimentations"), _items(p.characteristics)),
    ])


def experiment_html(e: Experiment) -> str:
    geo = ", ".join(x for x in (e.departement, e.region) if x)
    contact = [x for x in (e.contact.person, e.contact.role) if x]
    contact_html = _para(" – ".join(contact))
    if e.contact.email:
        contact_html += f"<p>{escape(e.contact.email)}</p>"
    if e.contact.website:
        contact_html += f"<p>{escape(e.contact.website)}</p>"
    parts = [
        f"<h2>{e.number} – {escape(e.title)}</h2>",
        f"<p><b>{escape(e.territory)}</b><br>{escape(geo)}</p>",
        _section(QCoreApplication.translate("Detail", "Communes"), _para(", ".join(e.communes))),
        _section(QCoreApplication.translate("Detail", "Objectif"), _para(e.objective) + _items(e.sub_objectives)),
        _section(QCoreApplication.translate("Detail", "Les composantes du dispositif"), _items(e.components)),
        _section(QCoreApplication.translate("Detail", "Partenaires"), _items(e.partners) or _none()),
        _section(QCoreApplication.translate("Detail", "Actions"), _items(e.actions)),
        _section(QCoreApplication.translate("Detail", "Calendrier"), _items(e.calendar) + _period(e)),
        _section(QCoreApplication.translate("Detail", "Impacts attendus"), _items(e.impacts)),
        _section(QCoreApplication.translate("Detail", "Opérateur : %1").replace("%1", e.operator.name),
                 _para(e.operator.presentation) + _items(e.operator.missions)),
        _section(QCoreApplication.translate("Detail", "Contact"), contact_html),
        _section(QCoreApplication.translate("Detail", "Corrections apportées au document source"), _items(e.corrections)),
    ]
    return "".join(parts)


def workshop_html(w: Workshop, experiment_titles: dict[int, str] | None = None) -> str:
    experiment_titles = experiment_titles or {}
    meta = " · ".join([labels.format_label(w.format), ", ".join(labels.audience_label(a) for a in w.audience),
                       labels.duration_label(w.duration_minutes)])
    outline = "".join(
        f"<tr><td align='right'>{s.minutes}&nbsp;min</td><td><b>{escape(s.title)}</b> "
        f"<i>({escape(labels.segment_kind_label(s.kind))})</i><br>{escape(s.description)}</td></tr>"
        for s in w.segments)
    origins = [f"{n} – {experiment_titles.get(n, '')}".rstrip(" –") for n in w.experiments]
    origin = labels.origin_label(w.origin)
    if w.origin == "source":  # the document plans the session; the outline is always ours
        origin = QCoreApplication.translate("Detail", "Séance prévue par le document TRESSONS\u00a0; déroulé proposé par Tresse")
    parts = [
        f"<h2>{escape(w.title)}</h2>",
        f"<p>{escape(meta)}</p>",
        _para(w.summary),
        _section(QCoreApplication.translate("Detail", "Objectifs"), _items(w.objectives)),
        _section(QCoreApplication.translate("Detail", "Déroulé"), f"<table cellspacing='4'>{outline}</table>" if outline else ""),
        _section(QCoreApplication.translate("Detail", "L'essentiel"), _items(w.key_points)),
        _section(QCoreApplication.translate("Detail", "À vous de jouer"), _items(w.worksheet)),
        _section(QCoreApplication.translate("Detail", "Pour aller plus loin"), _items(w.resources)),
        _section(QCoreApplication.translate("Detail", "Matériel"), _items(w.materials)),
        _section(QCoreApplication.translate("Detail", "Origine"), _para(origin) + _para(w.source_note) + _items(origins)),
    ]
    return "".join(parts)


def template_html(t: KitTemplate, workshops: dict[str, Workshop]) -> str:
    rows = []
    total = 0
    for i, wid in enumerate(t.workshop_ids, 1):
        w = workshops.get(wid)
        if w is None:
            continue
        total += w.duration_minutes
        rows.append(f"{i}. {w.title} ({labels.duration_label(w.duration_minutes)})")
    days = labels.days_label(t.spacing_days)
    meta = counted("Detail", QT_TRANSLATE_NOOP("Detail", "%Ln séances, %1 au total, une séance tous les %2", None, 2),
                   len(rows)) \
        .replace("%1", labels.duration_label(total)).replace("%2", days)
    parts = [
        f"<h2>{escape(t.name)}</h2>",
        _para(t.description),
        f"<p>{escape(meta)}</p>",
        _section(QCoreApplication.translate("Detail", "Ateliers"), _items(rows)),
        _section(QCoreApplication.translate("Detail", "Origine"), _para(labels.origin_label(t.origin)) + _para(t.source_note)),
    ]
    return "".join(parts)
