"""Action logs and work-programme tracking across meetings.

The flow, one module per step: ``inputs`` reads records (or extracts minutes files
with one pipeline), ``log`` flattens their actions into one log (one row per
commitment per meeting), ``status`` decides done/scheduled/overdue/open with
evidence against later work programmes, agendas and minutes (``matching`` says
when a topic is the action's subject; its word lists are ``words.json``),
``workprogramme`` feeds pending actions into a committee's programme, ``formats``
writes CSV, JSON, Markdown and iCalendar, and ``cli`` registers ``minutes actions``
and ``minutes workprogramme``.
"""
