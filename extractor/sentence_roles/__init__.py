"""The sentence-role classifier: which sentences of minutes are decisions, motion and
vote records, actions, questions or answers.

Rules read the fields inside a record well (mover, seconder, votes, owner, due date,
asker) but miss whole records whose wording they were never written for. A classifier
trained on the corpus's gold spans recognises what a sentence *is* from its words, so
the components use it to decide which sentences are records and keep their rules for
the fields. ``units`` cuts the text, ``labels`` reads training labels off gold spans,
``model`` trains and applies the spaCy ``textcat_multilabel`` model, ``training`` and
``cli`` run it from ``minutes train``.
"""
