"""« Animer la séance »: the live views of a session — the participants' (projected) and the facilitator's."""
