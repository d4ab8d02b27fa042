"""Ways to start a kit: from a template, from an experiment, by duplicating one, or blank."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from desktop.domain.call import Call, CallKind, model_call
from desktop.domain.catalogue import Experiment, KitTemplate, Workshop
from desktop.domain.kit import Attendance, Evaluation, IssuingStructure, Kit, KitWorkshop, clean_name, new_uid
from desktop.domain.session_run import SessionRun
from desktop.domain.text import plain_name


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def blank_kit(name: str) -> Kit:
    now = _now()
    return Kit(uid=new_uid(), name=clean_name(name), created=now, modified=now)


def kit_from_template(template: KitTemplate, library: dict[str, Workshop], name: str = "",
                      experiment: Experiment | None = None) -> Kit:
    """A kit holding copies of the template's workshops, in order."""
    workshops = tuple(KitWorkshop(new_uid(), library[w]) for w in template.workshop_ids if w in library)
    audience = tuple(dict.fromkeys(a for kw in workshops for a in kw.workshop.audience))
    now = _now()
    return Kit(uid=new_uid(), name=clean_name(name or plain_name(template.name)), template_id=template.id,
               experiment=template.experiment, capacity=template.capacity, audience=audience,
               territory=experiment.territory if experiment else "",
               departement=experiment.departement if experiment else "",
               workshops=workshops, created=now, modified=now,
               call=model_call(CallKind(template.call)) if template.call else Call())


def kit_from_experiment(experiment: Experiment, library: list[Workshop], name: str = "") -> Kit:
    """A kit holding copies of the library workshops drawn from the experiment's actions."""
    workshops = tuple(KitWorkshop(new_uid(), w) for w in library if experiment.number in w.experiments)
    audience = tuple(dict.fromkeys(a for kw in workshops for a in kw.workshop.audience))
    now = _now()
    return Kit(uid=new_uid(), name=clean_name(name or experiment.title), experiment=experiment.number,
               territory=experiment.territory, departement=experiment.departement, audience=audience,
               workshops=workshops, created=now, modified=now)


def duplicate_kit(kit: Kit, name: str) -> Kit:
    """A copy with new identities everywhere (workshops, participants, sessions), references kept consistent."""
    w_map = {kw.uid: new_uid() for kw in kit.workshops}
    p_map = {p.uid: new_uid() for p in kit.participants}
    s_map = {s.uid: new_uid() for s in kit.sessions}
    now = _now()
    return replace(
        kit, uid=new_uid(), name=clean_name(name), archived=False, created=now, modified=now,
        workshops=tuple(KitWorkshop(w_map[kw.uid], kw.workshop) for kw in kit.workshops),
        participants=tuple(replace(p, uid=p_map[p.uid]) for p in kit.participants),
        sessions=tuple(replace(s, uid=s_map[s.uid], kit_workshop_uid=w_map[s.kit_workshop_uid], sequence=0)
                       for s in kit.sessions if s.kit_workshop_uid in w_map),
        attendances=tuple(replace(a, session_uid=s_map[a.session_uid], participant_uid=p_map[a.participant_uid])
                          for a in kit.attendances if a.session_uid in s_map and a.participant_uid in p_map),
        evaluations=tuple(Evaluation(s_map[e.session_uid], p_map[e.participant_uid], e.scores, e.comment)
                          for e in kit.evaluations if e.session_uid in s_map and e.participant_uid in p_map),
        session_runs=tuple(SessionRun(s_map[r.session_uid], r.spent,
                                      tuple(tuple(p_map[u] for u in g if u in p_map) for g in r.groups))
                           for r in kit.session_runs if r.session_uid in s_map),
    )




def template_to_share(kit: Kit, facilitators, structure: IssuingStructure | None):
    """What « Partager comme modèle » sends: the workshops, their order and outlines, the call and its criteria
    (they name no one), and nothing personal.

    Dropped: participants, presences, evaluations, session dates, venues, the facilitators' e-mails and phones,
    the structure's signatory. Returns ``(kit, facilitators, structure)``.
    """
    kit = replace(kit, sessions=(), participants=(), attendances=(), evaluations=(), venue_uids=(), notes="")
    people = tuple(replace(f, email="", phone="") for f in facilitators if f.uid in kit.facilitator_uids)
    if structure is not None:
        structure = replace(structure, signatory_name="", signatory_role="")
    return kit, people, structure
