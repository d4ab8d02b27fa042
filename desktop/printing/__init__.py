"""Printing layer: the paper documents of a kit, as PDF files (pure Python and reportlab).

Documents take domain objects and never query the database, nor import Qt. The entry point is
:func:`desktop.printing.pack.build_pack`, which writes one PDF per kind of document:

* ``programme`` (:mod:`.programme`), ``livrets`` (:mod:`.handout`), ``emargement`` and ``emargement-vierge``
  (:mod:`.attendance`), ``attestations`` (:mod:`.certificate`), ``evaluation`` and ``evaluation-resultats``
  (:mod:`.evaluation`), ``convocations`` (:mod:`.invitation`), ``chevalets`` (:mod:`.name_tents`) and
  ``cartes`` (:mod:`.session_cards`).

Shared parts: :mod:`.fonts` (the bundled DejaVu Sans, and which characters it can print: ``missing_glyphs``;
its files read by :mod:`.font_metrics`),
:mod:`.typography` (French spaces, escaping of user text), :mod:`.styles` (the one stylesheet),
:mod:`.flowables` (paragraphs that break long compound words at their hyphens, ruled lines, boxes) and
:mod:`.common` (the print context that gathers warnings, the page template with its header and « page X / Y »
footer, tables and common blocks). :mod:`.collector` is the garbage collector's part of ``tresse print``.
"""
